"""Two-word phrases run together: "bloodpressure", "sideeffects", "heartattack", told from
compounds written closed ("skinfold", "birthweight", "herpesvirus") by how much more often
English writes them apart.

The phrases are symspellpy's list of 242,342 common English bigrams with their counts (MIT,
from Wolf Garbe's SymSpell), read at run time from the installed symspellpy package, never
copied into healthlint; none of its code is run. The list is loaded on the first
look-up; without symspellpy it is empty (healthlint doctor says so) and no word is taken for a
phrase run together.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Final

from healthlint.language.installed_data import package_folder
from healthlint.language.sorted_words import SortedTable

#: The list's counts in wordfreq's centibels: 100·log10(count) less this (the median gap over
#: the common words both lists have; "the" is 23 billion in one, -127 cB in the other).
COUNT_SCALE: Final = 1190
#: The least count the list holds: a pair of words English writes less often is not listed.
LEAST_COUNT: Final = 6_400_000
#: ... in cB: how often a pair is written at most when the list does not hold it.
LEAST_LISTED_FREQUENCY: Final = 100 * math.log10(LEAST_COUNT) - COUNT_SCALE
#: Each word of a phrase run together has at least this many letters ("eye drops").
PHRASE_WORD_LETTERS: Final = 3
#: A line of the list: the two words (all letters, ``PHRASE_WORD_LETTERS`` or more each: "spa
#: in" is no reading of "spain") and the phrase's count.
PHRASE_LINE: Final = re.compile(
    rf"^([a-z]{{{PHRASE_WORD_LETTERS},}}) ([a-z]{{{PHRASE_WORD_LETTERS},}}) (\d+)$",
    re.MULTILINE | re.ASCII,
)
#: Any line of the list of two words of letters, for how often a phrase is written apart.
WRITTEN_LINE: Final = re.compile(r"^([a-z]+ [a-z]+) (\d+)$", re.MULTILINE | re.ASCII)


@dataclass(frozen=True)
class RunTogether:
    """A phrase and how often English text writes it apart (cB, as wordfreq)."""

    phrase: str
    frequency: float


@dataclass
class Phrases:
    """The common phrases by their words written closed ("bloodpressure" → "blood pressure"),
    and how often each is written apart ("in fact"), read (``read``: the list's text) on first
    use into sorted tables (a dict of them would take 50 MB)."""

    read: Callable[[], str] | None = None
    _closed: SortedTable | None = field(default=None, repr=False)
    _written: SortedTable | None = field(default=None, repr=False)

    def get(self, closed: str) -> RunTogether | None:
        """The phrase the lowercase ``closed`` writes without its space, if it is a common one
        (the commoner reading when it splits two ways)."""
        found = self._tables()[0].get(closed)
        if found is None:
            return None
        count, _, cut = found.partition("\t")
        phrase = f"{closed[: int(cut)]} {closed[int(cut) :]}"
        return RunTogether(phrase, 100 * math.log10(int(count)) - COUNT_SCALE)

    def frequency(self, phrase: str) -> float | None:
        """How often English text writes the two words of ``phrase`` ("in fact"), in cB as
        wordfreq; None when the list does not hold it."""
        count = self._tables()[1].get(phrase)
        return None if count is None else 100 * math.log10(int(count)) - COUNT_SCALE

    def __len__(self) -> int:
        return len(self._tables()[0])

    def __bool__(self) -> bool:
        return bool(self._tables()[0])

    def _tables(self) -> tuple[SortedTable, SortedTable]:
        """The phrases by their closed form, and their counts by the phrase written apart."""
        if self._closed is None or self._written is None:
            text = self.read() if self.read else ""
            self._closed = SortedTable(parse(text))
            counts = dict(WRITTEN_LINE.findall(text))
            self._written = SortedTable(f"{phrase}\t{counts[phrase]}" for phrase in sorted(counts))
        return self._closed, self._written


def parse(text: str) -> list[str]:
    """symspellpy's ``first second count`` lines as sorted ``closed<TAB>count<TAB>cut`` rows
    (``cut``: the length of the first word), the commoner phrase when two split the same
    letters."""
    rows = sorted(
        f"{first}{second}\t{count}\t{len(first)}"
        for first, second, count in PHRASE_LINE.findall(text)
    )
    kept: list[str] = []
    for row in rows:
        closed, count, _ = row.split("\t")
        if kept and kept[-1].startswith(closed + "\t"):
            if int(count) > int(kept[-1].split("\t")[1]):
                kept[-1] = row
        else:
            kept.append(row)
    return kept


@cache
def common_phrases() -> Phrases:
    """symspellpy's common bigrams (none when symspellpy is not installed)."""
    folder = package_folder("symspellpy")
    listings = sorted(folder.glob("frequency_bigramdictionary_en*.txt")) if folder else []
    if not listings:
        return Phrases()
    return Phrases(partial(listings[-1].read_text, encoding="utf-8"))
