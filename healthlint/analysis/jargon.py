"""Find medical jargon in a spaCy ``Doc``, and whether each use is explained on the spot.

Matching is case-insensitive, multi-word and lemma-aware: a token matches a lexicon word by its
text, its lemma or a regular inflection ("infarctions", "contraindicated"). The longest term
wins ("deep vein thrombosis" over "thrombosis").

A use is *explained* when the plain meaning is given right there:

- in brackets after it, or the term is the bracketed one: "hypertension (high blood
  pressure)", "high blood pressure (hypertension)";
- after a comma or dash: "hypertension, or high blood pressure,", "…, which means …",
  "…, also called …", "hypertension – high blood pressure –";
- by a definition: "Hypertension means …", "… is when …", "… is a condition in which …",
  "… is the medical word for …";
- by naming: "… , called hypertension", "… known as hypertension", "doctors call this …";
- by one of its plain alternatives close by in the same sentence ("Edema is swelling …");
- by the next sentence: "This means …", "It is when …".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from healthlint.analysis.plain_language import JargonTerm
from healthlint.checks.phrase import word_forms

DASHES = frozenset({"—", "–", "--"})
AFTER_COMMA = frozenset(
    {"or", "which", "that", "meaning", "also", "known", "called", "i.e.", "ie", "a", "an"}
)
DEFINING_VERBS = frozenset({"mean", "means", "meaning", "refer", "refers", "describe", "describes"})
DEFINING_NOUNS = frozenset(
    {
        "condition",
        "disease",
        "disorder",
        "illness",
        "infection",
        "type",
        "kind",
        "form",
        "name",
        "word",
        "term",
        "medicine",
        "drug",
        "test",
        "procedure",
        "problem",
        "group",
        "class",
        "way",
        "sign",
        "state",
        "process",
        "tube",
        "device",
    }
)
NAMING_WORDS = frozenset({"called", "termed", "named"})
DETERMINERS = frozenset({"a", "an", "the", "this", "your"})
NEXT_SENTENCE_STARTS = frozenset({"this", "that", "it"})
BE = frozenset({"is", "are", "was", "were"})
CALL = frozenset({"call", "calls"})
FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "or", "and", "that", "it", "is", "with", "as"}
    | {"by", "from", "for", "when", "you", "your", "not", "be", "can", "do", "does", "this"}
)
BRITISH_MIN_LENGTH = 6
#: How many tokens either side of a term are searched for its plain alternative.
PLAIN_WINDOW = 10


@dataclass(frozen=True)
class JargonUse:
    """One use of a jargon term: token range ``[start, end)``, characters, and whether the
    plain meaning is given where it appears."""

    term: JargonTerm
    start: int
    end: int
    start_char: int
    end_char: int
    explained: bool


class JargonMatcher:
    """Finds the terms of a lexicon in a ``Doc``; build once per lexicon."""

    def __init__(self, terms: Iterable[JargonTerm]) -> None:
        self.index: dict[str, list[tuple[JargonTerm, list[frozenset[str]]]]] = {}
        for term in terms:
            forms = [word_forms(word) for word in term.words]
            for form in forms[0]:
                self.index.setdefault(form, []).append((term, forms))
        for candidates in self.index.values():
            candidates.sort(key=lambda item: -len(item[0].words))

    def find(self, doc: Doc) -> list[JargonUse]:
        """Every use of a lexicon term in the document, in order."""
        uses: list[JargonUse] = []
        position = 0
        while position < len(doc):
            token = doc[position]
            candidates = [
                candidate for key in set(_keys(token)) for candidate in self.index.get(key, [])
            ]
            candidates.sort(key=lambda item: -len(item[0].words))
            matched = _longest(doc, position, candidates)
            if matched is None:
                position += 1
                continue
            term, length = matched
            span = doc[position : position + length]
            uses.append(
                JargonUse(
                    term,
                    span.start,
                    span.end,
                    span.start_char,
                    span.end_char,
                    is_explained(doc, span.start, span.end, term.plain),
                )
            )
            position += length
        return uses


def _keys(token: Token) -> tuple[str, ...]:
    lower = token.lower_
    keys = (lower, token.lemma_.lower() or lower)
    american = american_spelling(lower)
    return keys if american == lower else (*keys, american)


def american_spelling(word: str) -> str:
    """British medical spellings folded to American ("oedema" → "edema", "anaemia" →
    "anemia"), so one lexicon entry finds both."""
    if len(word) < BRITISH_MIN_LENGTH or ("ae" not in word and "oe" not in word):
        return word
    return word.replace("ae", "e").replace("oe", "e")


def _longest(
    doc: Doc, position: int, candidates: Sequence[tuple[JargonTerm, list[frozenset[str]]]]
) -> tuple[JargonTerm, int] | None:
    for term, forms in candidates:
        length = len(forms)
        if position + length > len(doc):
            continue
        if all(
            any(key in forms[offset] for key in _keys(doc[position + offset]))
            for offset in range(length)
        ):
            return term, length
    return None


def _words(doc: Doc, start: int, end: int) -> list[str]:
    start, end = max(start, 0), min(end, len(doc))
    return [token.lower_ for token in doc[start:end] if not token.is_space]


def is_explained(doc: Doc, start: int, end: int, plain: Sequence[str] = ()) -> bool:
    """Whether the term at tokens ``[start, end)`` comes with its plain meaning: by the
    patterns of the module docstring, or one of its ``plain`` alternatives said nearby in the
    same sentence ("Edema is swelling caused by fluid")."""
    return (
        _explained_after(doc, end)
        or _explained_before(doc, start)
        or _explained_next_sentence(doc, end)
        or _plain_nearby(doc, start, end, plain)
    )


def _plain_nearby(doc: Doc, start: int, end: int, plain: Sequence[str]) -> bool:
    if not plain:
        return False
    sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
    window = [
        token
        for token in doc[max(sentence.start, start - PLAIN_WINDOW) : start]
        if not token.is_space
    ] + [token for token in doc[end : min(sentence.end, end + PLAIN_WINDOW)] if not token.is_space]
    texts = {token.lower_ for token in window} | {token.lemma_.lower() for token in window}
    for alternative in plain:
        words = [
            word
            for word in alternative.lower().replace(",", " ").split()
            if word.isalpha() and word not in FUNCTION_WORDS
        ]
        if words and all(word in texts for word in words):
            return True
    return False


def _explained_after(doc: Doc, end: int) -> bool:
    after = _words(doc, end, end + 8)
    if not after:
        return False
    first = after[0]
    if first == "(":
        inside = _words(doc, end + 1, end + 3)
        # "(MI)" only introduces an abbreviation; "(high blood pressure)" explains.
        return bool(inside) and not (doc[end + 1].text.isupper() and inside[1:2] == [")"])
    if first in DASHES or first == ":" or (first == "-" and doc[end - 1].whitespace_):
        return True
    if first == "," and len(after) > 1 and after[1] in AFTER_COMMA:
        return after[1] not in {"which", "that"} or any(
            word in after[2:4] for word in ("means", "is", "are", "describes")
        )
    if first in DEFINING_VERBS:
        return True
    if first in BE and len(after) > 1:
        rest = after[1:6]
        if rest[0] in {"when", "where", "what"}:
            return True
        if rest[0] in DETERMINERS | {"another", "medical"}:
            return any(word in DEFINING_NOUNS for word in rest[1:4])
    return False


def _explained_before(doc: Doc, start: int) -> bool:
    before = _words(doc, start - 6, start)
    while before and before[-1] in DETERMINERS:
        before.pop()
    if not before:
        return False
    last = before[-1]
    if last == "(":
        return True
    if last in NAMING_WORDS or before[-2:] == ["known", "as"]:
        return True
    if last == "or" and before[-2:-1] == [","]:
        return True
    if last in CALL or (last in {"it", "that", "them"} and before[-2:-1] == ["call"]):
        return True
    return last == "is" and any(word in ("term", "word", "name") for word in before[-3:-1])


def _explained_next_sentence(doc: Doc, end: int) -> bool:
    if not doc.has_annotation("SENT_START"):
        return False
    sentence_end = doc[end - 1].sent.end
    following = _words(doc, sentence_end, sentence_end + 4)
    if len(following) < 3 or following[0] not in NEXT_SENTENCE_STARTS:
        return False
    return following[1] == "means" or (following[1] == "is" and following[2] in {"when", "what"})
