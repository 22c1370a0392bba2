"""``acronym``: an acronym used before it is spelled out (or never spelled out).

An acronym is a word whose letters are mostly capitals, two at least ("NSAID", "NSAIDs",
"PrEP", "A1C"). It is *spelled out* where it appears in brackets after its long form ("non-steroidal
anti-inflammatory drugs (NSAIDs)"), is followed by its long form in brackets ("NSAIDs
(anti-inflammatory painkillers)"), or is followed by "stands for" / ", or …,". Common acronyms
(COVID-19, HIV, DNA, …; ``healthlint/data/readability/acronyms.txt``), the configuration's
``known-acronyms`` and the ``known`` parameter are never flagged; nor are Roman numerals or
capitalised emphasis ("do NOT stop").

Parameters: ``known`` (more acronyms to accept), ``skip_blocks`` (default title and heading).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from spacy.tokens import Doc, Token

from healthlint.analysis.plain_language import common_acronyms, everyday_words, frequent_words
from healthlint.checks.base import Check, Hit, optional
from healthlint.context import LintContext

WORD = re.compile(r"^[A-Za-z][A-Za-z0-9&\-]*[A-Za-z0-9]$")
CAPITAL_SHARE = 0.6
ROMAN_NUMERAL = re.compile(r"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
LONG_FORM_WINDOW = 8
#: Capitalised words this common are emphasis ("do NOT"), whatever their length.
VERY_COMMON_WORDS = 1_000
#: Capitalised everyday words this long are emphasis ("WARNING"); shorter ones ("DASH",
#: "ACE") are more often acronyms.
EMPHASIS_MIN_LENGTH = 5


class AcronymCheck(Check):
    """Flag the first use of an acronym that is not spelled out there."""

    kind: ClassVar[str] = "acronym"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences"})
    parameters: ClassVar[Mapping[str, str]] = {
        "known": "acronyms that need no definition, added to the built-in list",
        "skip_blocks": "block kinds to ignore (default: title, heading)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.known = frozenset(optional(params, "known", list, []))
        self.skip_blocks = frozenset(optional(params, "skip_blocks", list, ["title", "heading"]))

    def run(self, context: LintContext) -> Iterator[Hit]:
        known = self.known | common_acronyms() | frozenset(context.config.known_acronyms)
        doc = context.doc
        first_use: dict[str, Token] = {}
        long_forms: dict[str, str] = {}
        for token in doc:
            name = acronym_name(token)
            if name is None or name in known or _is_emphasis(token):
                continue
            block = context.document.block_at(token.idx)
            if block is not None and block.kind in self.skip_blocks:
                continue
            long_form = spelled_out_at(doc, token, name)
            if long_form is not None:
                long_forms.setdefault(name, long_form)
            first_use.setdefault(name, token)
        for name, token in first_use.items():
            if spelled_out_at(doc, token, name) is not None:
                continue
            long_form = long_forms.get(name)
            suggestions = (f"{long_form} ({name})",) if long_form else ()
            yield Hit(
                token.idx,
                token.idx + len(token.text),
                data={
                    "acronym": name,
                    "long_form": long_form or "",
                    "when": "before it is spelled out"
                    if long_form
                    else "without being spelled out",
                },
                suggestions=suggestions,
            )


def acronym_name(token: Token) -> str | None:
    """The acronym a token is (plural and possessive endings removed), or ``None``.

    Two or more capitals making up most of the letters: "NSAIDs", "PrEP", "A1C", "COVID-19".
    """
    text = token.text
    if text.endswith("'s"):
        text = text[:-2]
    if text.endswith("s") and text[-2:-1].isupper():
        text = text[:-1]
    if not WORD.match(text) or ROMAN_NUMERAL.match(text):
        return None
    letters = [char for char in text if char.isalpha()]
    capitals = sum(1 for char in letters if char.isupper())
    if capitals < 2 or capitals < CAPITAL_SHARE * len(letters):
        return None
    return text


def _is_emphasis(token: Token) -> bool:
    """Capitals used to shout ("do NOT stop", "WARNING"): a very common word, a long everyday
    word, or next to a capitalised everyday word."""
    if not token.is_upper:
        return False
    lower = token.lower_
    if lower in frequent_words(VERY_COMMON_WORDS) or (
        len(lower) >= EMPHASIS_MIN_LENGTH and lower in everyday_words()
    ):
        return True
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(
        n.is_alpha and n.is_upper and len(n) > 1 and n.lower_ in everyday_words()
        for n in neighbours
    )


def spelled_out_at(doc: Doc, token: Token, name: str) -> str | None:
    """The long form when this use of the acronym spells it out, else ``None``."""
    i = token.i
    if i > 0 and i + 1 < len(doc) and doc[i - 1].text == "(" and doc[i + 1].text == ")":
        return _words_before(doc, i - 1, name)
    following = [t for t in doc[i + 1 : i + 1 + LONG_FORM_WINDOW] if not t.is_space]
    texts = [t.lower_ for t in following]
    if texts[:1] == ["("] and ")" in texts and texts.index(")") > 1:
        return " ".join(t.text for t in following[1 : texts.index(")")])
    if texts[:2] == ["stands", "for"] or texts[:3] == [",", "which", "stands"]:
        return name
    if texts[:2] == [",", "or"] and "," in texts[2:]:
        return " ".join(t.text for t in following[2 : 2 + texts[2:].index(",")])
    return None


def _words_before(doc: Doc, bracket: int, name: str) -> str | None:
    letters = sum(1 for char in name if char.isalpha())
    words: list[Token] = []
    index = bracket - 1
    while index >= 0 and len(words) < letters + 2:
        token = doc[index]
        if (token.is_punct and token.text != "-") or token.is_space:
            break
        words.insert(0, token)
        index -= 1
    if not words:
        return None
    initials = [t for t in words if t.is_alpha]
    keep = max(1, min(len(initials), letters))
    first = initials[-keep] if initials else words[0]
    return doc[first.i : bracket].text.strip()
