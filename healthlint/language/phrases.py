"""Two-word phrases run together: "bloodpressure", "sideeffects", "heartattack", told from
compounds written closed ("skinfold", "birthweight", "herpesvirus") by how much more often
English writes them apart.

The phrases are symspellpy's list of the 242,342 commonest English bigrams (MIT; counted in
Google Books Ngrams over SCOWL's words), read at run time from the installed symspellpy
package, never copied into healthlint; none of its code is run. The list is loaded on the first
look-up; without symspellpy it is empty (healthlint doctor says so) and no word is taken for a
phrase run together.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Final

from healthlint.language.installed_data import package_folder

#: The list's counts in wordfreq's centibels: 100·log10(count) less this (the median gap over
#: the common words both lists have; "the" is 23 billion in one, -127 cB in the other).
COUNT_SCALE: Final = 1190
#: Each word of a phrase run together has at least this many letters ("eye drops").
PHRASE_WORD_LETTERS: Final = 3


#: A line of the list: the two words (all letters, ``PHRASE_WORD_LETTERS`` or more each: "spa
#: in" is no reading of "spain") and the phrase's count.
PHRASE_LINE: Final = re.compile(
    rf"^([a-z]{{{PHRASE_WORD_LETTERS},}}) ([a-z]{{{PHRASE_WORD_LETTERS},}}) (\d+)$", re.MULTILINE
)


@dataclass(frozen=True)
class RunTogether:
    """A phrase and how often English text writes it apart (cB, as wordfreq)."""

    phrase: str
    frequency: float


@dataclass
class Phrases:
    """The common phrases by their words written closed ("bloodpressure" → "blood pressure"),
    read from the list's text on first use."""

    source: str | None = None
    _closed: dict[str, tuple[str, str, str]] | None = field(default=None, repr=False)

    def get(self, closed: str) -> RunTogether | None:
        """The phrase the lowercase ``closed`` writes without its space, if it is a common one
        (the commoner reading when it splits two ways)."""
        found = self._by_closed_form().get(closed)
        if found is None:
            return None
        first, second, count = found
        return RunTogether(f"{first} {second}", 100 * math.log10(int(count)) - COUNT_SCALE)

    def __len__(self) -> int:
        return len(self._by_closed_form())

    def _by_closed_form(self) -> dict[str, tuple[str, str, str]]:
        if self._closed is None:
            self._closed = parse(self.source or "")
            self.source = None
        return self._closed


def parse(text: str) -> dict[str, tuple[str, str, str]]:
    """symspellpy's ``first second count`` lines by the words written closed: ``(first,
    second, count)``, the commoner phrase when two split the same letters."""
    closed: dict[str, tuple[str, str, str]] = {}
    for first, second, count in PHRASE_LINE.findall(text):
        known = closed.get(first + second)
        if known is None or int(known[2]) < int(count):
            closed[first + second] = (first, second, count)
    return closed


@cache
def common_phrases() -> Phrases:
    """symspellpy's common bigrams (none when symspellpy is not installed)."""
    folder = package_folder("symspellpy")
    listings = sorted(folder.glob("frequency_bigramdictionary_en*.txt")) if folder else []
    if not listings:
        return Phrases()
    return Phrases(listings[-1].read_text(encoding="utf-8"))
