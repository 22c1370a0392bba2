"""``reading_grade``: the reading grade of the article, and of its hardest sections, above the
audience's target (``audience``: patient 6, general 8, professional off; ``target-grade``
overrides). Each finding names the sentences that drive the grade up.

Parameters: ``metric`` (the figure compared: ``grade`` by default, or ``smog``,
``flesch_kincaid_grade``, ``gunning_fog``), ``target`` (overrides the configuration),
``min_words`` (shorter texts are not graded, default 100), ``max_sections`` (hardest sections
reported, default 3), ``drivers`` (sentences named per finding, default 2).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from healthlint.analysis.metrics import section_stats
from healthlint.analysis.readability import (
    TextStats,
    body_sentence_indices,
    sentence_stats,
    total,
)
from healthlint.checks.base import Check, CheckError, Hit, optional
from healthlint.context import LintContext

METRICS = ("grade", "smog", "flesch_kincaid_grade", "gunning_fog")
QUOTE_LENGTH = 60


class ReadingGradeCheck(Check):
    """Compare a grade formula with the target, for the article and per section."""

    kind: ClassVar[str] = "reading_grade"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "lemmas"})
    parameters: ClassVar[Mapping[str, str]] = {
        "metric": "figure compared with the target: " + ", ".join(METRICS),
        "target": "grade target (default: the configuration's audience or target-grade)",
        "min_words": "texts with fewer words are not graded (default 100)",
        "max_sections": "how many of the hardest sections to report (default 3)",
        "drivers": "how many of the hardest sentences each finding names (default 2)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.metric = optional(params, "metric", str, "grade")
        if self.metric not in METRICS:
            raise CheckError(f"'metric' must be one of {', '.join(METRICS)}")
        self.target = optional(params, "target", (int, float), None)
        self.min_words = optional(params, "min_words", int, 100)
        self.max_sections = optional(params, "max_sections", int, 3)
        self.drivers = optional(params, "drivers", int, 2)

    def run(self, context: LintContext) -> Iterator[Hit]:
        target = self.target if self.target is not None else context.config.grade_target
        if target is None:
            return
        stats = sentence_stats(context)
        body = body_sentence_indices(context)
        document = total([stats[index] for index in body])
        if document.words >= self.min_words and self._value(document) > target:
            first = context.sentences()[body[0]]
            yield self._hit(context, "the article", document, body, target, first.start_char)
        sections = section_stats(context)
        if len(sections) < 2:
            return
        hard = [
            section
            for section in sections
            if section[3].words >= self.min_words / 2 and self._value(section[3]) > target
        ]
        hard.sort(key=lambda section: -self._value(section[3]))
        sentences = context.sentences()
        for heading, start, end, counts in hard[: self.max_sections]:
            inside = [i for i in body if start <= sentences[i].start_char < end]
            where = f"the section '{heading}'" if heading else "the opening section"
            yield self._hit(context, where, counts, inside, target, start)

    def _value(self, stats: TextStats) -> float:
        return float(getattr(stats, self.metric))

    def _hit(
        self,
        context: LintContext,
        where: str,
        counts: TextStats,
        indices: list[int],
        target: float,
        start: int,
    ) -> Hit:
        stats = sentence_stats(context)
        sentences = context.sentences()
        ranked = sorted(indices, key=lambda i: (-(stats[i].polysyllables + stats[i].hard_words), i))
        drivers = [_quote(sentences[i].text) for i in ranked[: self.drivers]]
        value = round(self._value(counts), 1)
        formula = "" if self.metric == "grade" else f" ({self.metric})"
        message = (
            f"{where[0].upper()}{where[1:]} reads at grade {value}{formula}, above the "
            f"target of {target:g}"
        )
        if drivers:
            message += "; hardest sentences: " + "; ".join(f"“{text}”" for text in drivers)
        end = next((s.end_char for s in sentences if s.start_char >= start), start + 1)
        return Hit(
            start,
            end,
            data={
                "grade": value,
                "metric": self.metric,
                "target": target,
                "scope": where,
                "drivers": drivers,
            },
            message=message,
        )


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LENGTH else text[: QUOTE_LENGTH - 1].rstrip() + "…"
