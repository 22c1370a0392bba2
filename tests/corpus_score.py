"""Precision and recall of one rule over a labelled corpus (shared by the corpus helpers)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Score:
    """Confusion counts of one rule over a corpus, with the mistakes for inspection."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    mistakes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of findings that were expected (1.0 when there were none)."""
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        """Share of expected findings that were found (1.0 when none were expected)."""
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0
