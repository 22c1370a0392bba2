"""Document metrics reported in ``report.metrics``."""

from __future__ import annotations

from typing import Any

from healthlint.context import LintContext


def document_metrics(context: LintContext) -> dict[str, Any]:
    """Counts every report carries: words and sentences of the prose."""
    sentences = context.sentences()
    words = sum(1 for token in context.doc if token.is_alpha or token.like_num)
    return {"words": words, "sentences": len(sentences)}
