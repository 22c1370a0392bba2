"""``dialect``: US and British spellings. ``mode: enforce`` reports the other dialect's
spellings when the configuration sets ``dialect = "en-US"`` or ``"en-GB"``; ``mode:
consistency`` (for ``dialect = "any"``) reports an article that mixes the two, at the
spellings of the dialect it uses less.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from healthlint.checks.base import Check, CheckError, Hit, require
from healthlint.context import LintContext
from healthlint.language.dialect import GB, US, british_to_american
from healthlint.language.speller import speller_of
from healthlint.language.suggest import match_case
from healthlint.language.words import words_to_check

NAMES = {US: "American", GB: "British"}
MODES = ("enforce", "consistency")


@dataclass(frozen=True)
class DialectWord:
    """A word spelled the way one dialect spells it."""

    start: int
    end: int
    text: str
    dialect: str
    other: str


def dialect_words(context: LintContext) -> list[DialectWord]:
    """The article's words that are one dialect's spelling (computed once per article)."""
    return context.memo("language.dialect_words", lambda: list(_find(context)))


def _find(context: LintContext) -> Iterator[DialectWord]:
    lexicon = speller_of(context).lexicon
    for candidate in words_to_check(context, lexicon):
        text = candidate.text
        lower = text.lower().replace("’", "'")
        found = lexicon.dialects.dialect_of(lower)
        if found is None:
            american = british_to_american(lower)
            if american == lower or not lexicon.is_known(american) or lexicon.is_listed(lower):
                continue
            found = (GB, american)
        dialect, other = found
        start = candidate.start
        yield DialectWord(start, start + len(text), text, dialect, match_case(text, other))


def article_dialect(context: LintContext) -> str | None:
    """The dialect the article is to be written in: the configured one, or, for ``dialect =
    "any"``, the one most of its dialect words use (:func:`majority_dialect`); None when it
    has none."""
    wanted = context.config.dialect
    return wanted if wanted != "any" else majority_dialect(dialect_words(context))


def majority_dialect(words: list[DialectWord]) -> str | None:
    """The dialect most of ``words`` use, the first word's on a tie; None for no words."""
    counts = Counter(word.dialect for word in words)
    if not counts:
        return None
    return max(counts, key=lambda dialect: (counts[dialect], dialect == words[0].dialect))


def in_dialect(suggestions: tuple[str, ...], dialect: str, context: LintContext) -> tuple[str, ...]:
    """``suggestions`` with each of the other dialect's spellings replaced by ``dialect``'s,
    in its case ("Favor" → "Favour" for en-GB), each once, in order."""
    table = speller_of(context).lexicon.dialects
    spelled: dict[str, None] = {}
    for suggestion in suggestions:
        found = table.dialect_of(suggestion)
        if found is not None and found[0] != dialect:
            suggestion = match_case(suggestion, found[1])
        spelled.setdefault(suggestion, None)
    return tuple(spelled)


class DialectCheck(Check):
    """Report spellings of the dialect the article should not use, or mixes in."""

    kind: ClassVar[str] = "dialect"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "tags"})
    parameters: ClassVar[Mapping[str, str]] = {
        "mode": "enforce (the configured dialect) or consistency (no mixing when it is 'any')",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.mode = require(params, "mode", str)
        if self.mode not in MODES:
            raise CheckError(f"'mode' must be one of {', '.join(MODES)}, not {self.mode!r}")

    def run(self, context: LintContext) -> Iterator[Hit]:
        wanted = context.config.dialect
        words = dialect_words(context)
        if self.mode == "enforce":
            if wanted != "any":
                yield from self._hits(words, unwanted=GB if wanted == US else US, wanted=wanted)
            return
        majority = majority_dialect(words)
        if wanted != "any" or majority is None:
            return
        yield from self._hits(words, unwanted=GB if majority == US else US, wanted=majority)

    def _hits(self, words: list[DialectWord], unwanted: str, wanted: str) -> Iterator[Hit]:
        for word in words:
            if word.dialect == unwanted:
                yield Hit(
                    word.start,
                    word.end,
                    data={
                        "dialect": NAMES[unwanted],
                        "wanted": NAMES[wanted],
                        "suggestion": word.other,
                    },
                    suggestions=(word.other,),
                )
