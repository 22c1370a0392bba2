"""Systematic chemical names: words built from nomenclature pieces ("tetrahydrobiopterin",
"eicosapentaenoic", "glycerophospholipids"), which no word list can hold in full.

The pieces are in ``healthlint/data/spelling/chemistry.txt`` (healthlint's own). A word is a
chemical name when it is one or more pieces followed by a known word or an ending piece; the
lexicon still rejects it when a common word is one edit away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from healthlint.language.labelled import labelled_words

#: Splits deeper than this are not tried (real names rarely chain more pieces).
MAX_PIECES: Final = 6
#: A known word closing a chemical name must be at least this long ("vitamin", "acetic").
MIN_TAIL: Final = 4


@dataclass(frozen=True)
class Nomenclature:
    """The pieces of systematic names: those that chain, and those that end a name."""

    parts: frozenset[str]
    ends: frozenset[str]

    @classmethod
    def parse(cls, text: str) -> Nomenclature:
        """Read the ``part:`` and ``end:`` lines of the data file."""
        found = labelled_words(text, "part", "end")
        return cls(frozenset(found["part"]), frozenset(found["end"]))

    def is_name(self, word: str, known: Callable[[str], bool], depth: int = 0) -> bool:
        """Whether ``word`` is one or more pieces and then a known word or an ending piece."""
        if depth > MAX_PIECES:
            return False
        for cut in range(2, len(word) - 1):
            if word[:cut] not in self.parts:
                continue
            rest = word[cut:]
            if rest in self.ends or (len(rest) >= MIN_TAIL and known(rest)):
                return True
            if self.is_name(rest, known, depth + 1):
                return True
        return False
