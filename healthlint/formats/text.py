"""Plain-text reader: paragraphs are separated by blank lines; short unpunctuated lines are
headings, the first of them at the top of the file the title; ``- `` or ``1. `` lines are list
items. ``<!-- healthlint-... -->`` comments are directives, not prose."""

from __future__ import annotations

import re

from healthlint.document import Document, ProseBuilder
from healthlint.formats.directives import COMMENT_PATTERN, directives_in

_BLANK_LINES = re.compile(r"(?:[ \t]*(?:\r\n|\r|\n)){2,}")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*•+]|\d{1,3}[.)])[ \t]+")
_TERMINAL_PUNCTUATION = ".!?:;,\"'”’)…"
_HEADING_MAX_WORDS = 15


def read_text(source: str, path: str | None = None) -> Document:
    """Read a plain-text article."""
    builder = ProseBuilder(source)
    paragraph_spans = _paragraph_spans(source)
    for index, (start, end) in enumerate(paragraph_spans):
        lines = _line_spans(source, start, end)
        if len(lines) == 1 and _looks_like_heading(source[start:end]):
            kind = "title" if index == 0 else "heading"
            builder.begin_block()
            _copy_without_comments(builder, source, start, end)
            builder.end_block(kind, level=1 if kind == "title" else 2)
        elif all(_LIST_MARKER.match(source, line_start) for line_start, _ in lines):
            for line_start, line_end in lines:
                marker = _LIST_MARKER.match(source, line_start)
                builder.begin_block()
                _copy_without_comments(builder, source, marker.end(), line_end)
                builder.end_block("list_item")
        else:
            builder.begin_block()
            _copy_without_comments(builder, source, start, end)
            builder.end_block("paragraph")
    return builder.build("text", path, directives=directives_in(source))


def _paragraph_spans(source: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in _BLANK_LINES.finditer(source):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(source)))
    return [(start, end) for start, end in (_strip(source, s, e) for s, e in spans) if end > start]


def _strip(source: str, start: int, end: int) -> tuple[int, int]:
    while start < end and source[start].isspace():
        start += 1
    while end > start and source[end - 1].isspace():
        end -= 1
    return start, end


def _line_spans(source: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\r\n]+", source[start:end]):
        spans.append((start + match.start(), start + match.end()))
    return spans


def _looks_like_heading(line: str) -> bool:
    stripped = COMMENT_PATTERN.sub("", line).strip()
    if not stripped or stripped[-1] in _TERMINAL_PUNCTUATION:
        return False
    return len(stripped.split()) <= _HEADING_MAX_WORDS and not _LIST_MARKER.match(stripped)


def _copy_without_comments(builder: ProseBuilder, source: str, start: int, end: int) -> None:
    position = start
    for match in COMMENT_PATTERN.finditer(source, start, end):
        builder.copy(position, match.start())
        position = match.end()
    builder.copy(position, end)
