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
        if wanted != "any":
            return
        counts = Counter(word.dialect for word in words)
        if len(counts) < 2:
            return
        majority = max(counts, key=lambda dialect: (counts[dialect], dialect == words[0].dialect))
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
