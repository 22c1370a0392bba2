"""Document metrics reported in ``report.metrics``: readability for the article and for each
section under its heading.

The formulas read the body prose (titles and headings are left out, as they are not
sentences); ``words`` and ``sentences`` count textstat's way (see
:mod:`healthlint.analysis.readability`). Each section entry carries its ``heading`` text
(``None`` before the first heading), the source ``line`` where its body starts, and the same
figures.
"""

from __future__ import annotations

from typing import Any

from healthlint.analysis.readability import (
    TextStats,
    body_sentence_indices,
    sentence_stats,
    total,
)
from healthlint.context import LintContext
from healthlint.document import Block, Document


def document_metrics(context: LintContext) -> dict[str, Any]:
    """The article's readability figures, with a ``sections`` list (see the module doc)."""
    stats = sentence_stats(context)
    body = body_sentence_indices(context)
    metrics: dict[str, Any] = total([stats[index] for index in body]).as_metrics()
    document = context.document
    metrics["sections"] = [
        {"heading": heading, "line": _line(document, start), **section.as_metrics()}
        for heading, start, _end, section in section_stats(context)
    ]
    return metrics


def _line(document: Document, prose_offset: int) -> int:
    source_start, _source_end = document.source_span(prose_offset, prose_offset + 1)
    return document.line_column(source_start)[0]


def section_stats(context: LintContext) -> list[tuple[str | None, int, int, TextStats]]:
    """``(heading text, prose start, prose end, counts)`` for each section with body prose."""
    return context.memo("readability.sections", lambda: _section_stats(context))


def _section_stats(context: LintContext) -> list[tuple[str | None, int, int, TextStats]]:
    stats = sentence_stats(context)
    sentences = context.sentences()
    body = body_sentence_indices(context)
    document = context.document
    result = []
    for heading, blocks in document.sections():
        if not blocks:
            continue
        start, end = blocks[0].start, blocks[-1].end
        inside = [stats[i] for i in body if start <= sentences[i].start_char < end]
        if not inside:
            continue
        result.append((_heading_text(document.text, heading), start, end, total(inside)))
    return result


def _heading_text(text: str, heading: Block | None) -> str | None:
    return text[heading.start : heading.end].strip() if heading is not None else None
