"""``sentence_length``: sentences longer than a word limit, worse past a second limit.

Parameters: ``max_words`` (default 25), ``warning_words`` (past it the finding is a warning,
default 35), ``skip_blocks`` (block kinds to ignore; default title, heading, table_cell).
Words are counted as the readability formulas count them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from healthlint.analysis.readability import sentence_stats
from healthlint.checks.base import Check, Hit, optional
from healthlint.context import LintContext
from healthlint.report import Severity

DEFAULT_SKIP = ["title", "heading", "table_cell"]


class SentenceLengthCheck(Check):
    """Flag each sentence over ``max_words`` words, with its count."""

    kind: ClassVar[str] = "sentence_length"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences"})
    parameters: ClassVar[Mapping[str, str]] = {
        "max_words": "longest sentence allowed, in words (default 25)",
        "warning_words": "longer sentences are reported as warnings (default 35)",
        "skip_blocks": "block kinds to ignore (default: title, heading, table_cell)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.max_words = optional(params, "max_words", int, 25)
        self.warning_words = optional(params, "warning_words", int, 35)
        self.skip_blocks = frozenset(optional(params, "skip_blocks", list, DEFAULT_SKIP))

    def run(self, context: LintContext) -> Iterator[Hit]:
        stats = sentence_stats(context)
        for sentence, counts in zip(context.sentences(), stats, strict=True):
            if counts.words <= self.max_words:
                continue
            block = context.block_of(sentence)
            if block is not None and block.kind in self.skip_blocks:
                continue
            yield Hit(
                sentence.start_char,
                sentence.end_char,
                data={"words": counts.words, "max_words": self.max_words},
                severity=Severity.WARNING if counts.words > self.warning_words else None,
            )
