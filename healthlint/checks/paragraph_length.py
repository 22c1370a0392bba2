"""``paragraph_length``: paragraphs with too many sentences or words.

Parameters: ``max_sentences`` (default 5), ``max_words`` (default 120), ``blocks`` (block kinds
checked; default paragraph and quote).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from healthlint.analysis.readability import sentence_stats
from healthlint.checks.base import Check, Hit, optional
from healthlint.context import LintContext


class ParagraphLengthCheck(Check):
    """Flag each paragraph over ``max_sentences`` sentences or ``max_words`` words."""

    kind: ClassVar[str] = "paragraph_length"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences"})
    parameters: ClassVar[Mapping[str, str]] = {
        "max_sentences": "most sentences allowed in a paragraph (default 5)",
        "max_words": "most words allowed in a paragraph (default 120)",
        "blocks": "block kinds checked (default: paragraph, quote)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.max_sentences = optional(params, "max_sentences", int, 5)
        self.max_words = optional(params, "max_words", int, 120)
        self.blocks = frozenset(optional(params, "blocks", list, ["paragraph", "quote"]))

    def run(self, context: LintContext) -> Iterator[Hit]:
        stats = sentence_stats(context)
        sentences = context.sentences()
        position = 0
        for block in context.document.blocks:
            sentence_count = words = 0
            while position < len(sentences) and sentences[position].start_char < block.end:
                if sentences[position].start_char >= block.start:
                    sentence_count += 1
                    words += stats[position].words
                position += 1
            if block.kind not in self.blocks:
                continue
            if sentence_count > self.max_sentences or words > self.max_words:
                yield Hit(
                    block.start,
                    block.end,
                    data={
                        "sentences": sentence_count,
                        "words": words,
                        "max_sentences": self.max_sentences,
                        "max_words": self.max_words,
                    },
                )
