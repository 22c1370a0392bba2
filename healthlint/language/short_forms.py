"""Short forms an article defines: a word in brackets right after the words it abbreviates
("ciprofloxacin (cipro)", "erythropoietin (Epo)", "cholera toxin (Ctx)", "alpha-tocopherol
(alpha-tcp)").

A bracketed short form is taken for an abbreviation when its letters can be found, in order, in
the words just before the bracket, its first letter starting one of them: the matching of
Schwartz and Hearst ("A simple algorithm for identifying abbreviation definitions in biomedical
text", PSB 2003), with their limit on the long form (at most ``min(letters + 5, 2 · letters)``
words) and a tighter one on the short form (two to ``MAX_LETTERS`` letters a word, one or two
words, and no cheap slip of a word before it), so that a misspelling in brackets is not taken
for one. A bracket written without a space before it stays inside one token
("dexamethasone(dex)-resistant"), and is read there too. A short form met once so is one
wherever it stands in the article ("a dex-resistant line").
"""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Doc, Span, Token

from healthlint.language.channel import Typed

#: The most letters a word of a short form may have ("cipro"); longer bracketed words are
#: left to the speller.
MAX_LETTERS: Final = 5
#: A short form has at most this many words ("alpha-tcp" is one).
MAX_WORDS: Final = 2
#: How far the closing bracket may be from the opening one, in tokens.
MAX_TOKENS: Final = 6
#: A bracketed word this cheap a slip of a word before it is that word misspelled.
SLIP: Final = 1.0
HYPHENS: Final = frozenset({"-", "‐"})
#: A short form in brackets inside a token, right after a word ("dexamethasone(dex)").
INSIDE: Final = re.compile(r"(?P<long>[A-Za-z][A-Za-z-]*)\((?P<short>[A-Za-z][A-Za-z-]*)\)")


def defined_short_forms(doc: Doc) -> frozenset[str]:
    """The lowercase words of the short forms that ``doc`` defines in brackets."""
    found: set[str] = set()
    for token in doc:
        found.update(_defined_inside(doc, token))
        if token.text != "(" or token.i == 0:
            continue
        inner = _bracketed(doc, token.i)
        if inner is not None:
            parts = [part.lower_ for part in inner if part.is_alpha]
            found.update(_abbreviation(inner.text, parts, _words_before(doc, token.i, parts)))
    return frozenset(found)


def _defined_inside(doc: Doc, token: Token) -> list[str]:
    """The short forms defined in brackets inside one token, which the tokenizer leaves whole
    when no space comes before the bracket ("dexamethasone(dex)-resistant")."""
    found = []
    for match in INSIDE.finditer(token.text):
        parts = [part.lower() for part in match["short"].split("-") if part.isalpha()]
        long = f"{_words_before(doc, token.i, parts)} {match['long']}"
        found.extend(_abbreviation(match["short"], parts, long))
    return found


def _abbreviation(short: str, parts: list[str], long: str) -> list[str]:
    """The words of ``short`` when it abbreviates ``long``: short words, whose letters ``long``
    holds in order, and no slip of a word of it."""
    if not parts or any(len(part) > MAX_LETTERS for part in parts):
        return []
    if _abbreviates(short, long) and not _slip_of(parts, long):
        return parts
    return []


def _bracketed(doc: Doc, opening: int) -> Span | None:
    """What stands between the bracket at ``opening`` and its closing one, when that is one or
    two words (a comma or semicolon ends it: "(Tac, p55, CD25)" defines "Tac")."""
    end = opening + 1
    while end < len(doc) and end - opening <= MAX_TOKENS and doc[end].text not in ")],;":
        end += 1
    if end >= len(doc) or end == opening + 1 or doc[end].text not in "),;":
        return None
    inner = doc[opening + 1 : end]
    if len(inner.text.split()) > MAX_WORDS:
        return None
    return inner


def _words_before(doc: Doc, opening: int, parts: list[str]) -> str:
    """At most ``min(letters + 5, 2 · letters)`` words before the bracket, for the letters of
    the short form's ``parts``, back to the start of its sentence or the nearest punctuation
    other than a hyphen."""
    letters = sum(len(part) for part in parts)
    start = _sentence_start(doc, opening)
    for index in range(opening - 1, start - 1, -1):
        if doc[index].is_punct and doc[index].text not in HYPHENS:
            start = index + 1
            break
    words = doc[start:opening].text.split()
    return " ".join(words[-min(letters + 5, 2 * letters) :])


def _sentence_start(doc: Doc, index: int) -> int:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return doc[index].sent.start
    return 0


def _slip_of(parts: list[str], long: str) -> bool:
    """Whether a word of the short form is a cheap slip of a word before it: the same word
    misspelled in brackets ("a towel (towl)"), not an abbreviation."""
    words = long.lower().split()
    return any(typed.cost(word, SLIP) <= SLIP for typed in map(Typed, parts) for word in words)


def _abbreviates(short: str, long: str) -> bool:
    """Whether the letters of ``short`` appear in ``long`` in order, right to left, with its
    first letter at the start of a word and the long form longer than the short one
    (Schwartz and Hearst's matching)."""
    short, long = short.lower(), long.lower()
    at = len(long) - 1
    characters = [character for character in short if character.isalnum()]
    for index in range(len(characters) - 1, -1, -1):
        wanted = characters[index]
        first = index == 0
        while at >= 0 and (long[at] != wanted or (first and at > 0 and long[at - 1].isalnum())):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return len(long.strip()) > len(short)
