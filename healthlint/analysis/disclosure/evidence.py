"""What the disclosure analyses return: where an item or a condition was found."""

from __future__ import annotations

import re
from dataclasses import dataclass

from healthlint.context import LintContext


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence: where it came from and what it says.

    ``origin`` is ``prose``, ``metadata`` or ``link``; ``start``/``end`` are prose offsets
    when the evidence is in the prose (``None`` otherwise); ``detail`` is the matched text,
    metadata key or URL, for messages and debugging.
    """

    origin: str
    detail: str
    start: int | None = None
    end: int | None = None


def search_prose(context: LintContext, key: str, pattern: re.Pattern[str]) -> Evidence | None:
    """The first match of ``pattern`` in the prose, memoised under ``key``."""

    def compute() -> Evidence | None:
        match = pattern.search(context.text)
        if match is None:
            return None
        return Evidence("prose", " ".join(match.group().split()), match.start(), match.end())

    return context.memo(f"disclosure.search.{key}", compute)


def title_span(context: LintContext) -> tuple[int, int, bool]:
    """Where a finding about the whole article points: the title's prose span, else line 1.

    Returns ``(start, end, in_source)``: prose offsets of the title, or source offsets of the
    first non-blank line when the document has no title.
    """
    title = context.document.title
    if title is not None:
        return title.start, title.end, False
    source = context.document.source
    stripped = source.lstrip()
    start = len(source) - len(stripped)
    end = source.find("\n", start)
    return start, (len(source) if end < 0 else end), True
