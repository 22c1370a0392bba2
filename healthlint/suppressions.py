"""Applying ``healthlint-disable`` / ``-enable`` / ``-disable-next-line`` directives.

A ``disable`` without codes silences every rule until an ``enable``; ``enable`` without codes
ends every open ``disable``. ``disable-next-line`` applies to the next line with content after
the comment. Usage is recorded per directive and code so unused suppressions can be reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from healthlint.document import Directive, Document

ALL_CODES = "*"


@dataclass
class Suppression:
    """One directive's effect: which codes, over which source range, and what it silenced."""

    directive: Directive
    codes: tuple[str, ...]
    start: int
    end: int
    used: set[str] = field(default_factory=set)

    def covers(self, code: str, offset: int) -> bool:
        """Whether this suppression silences ``code`` at a source offset."""
        return self.start <= offset < self.end and (code in self.codes or ALL_CODES in self.codes)


def build_suppressions(document: Document) -> list[Suppression]:
    """Turn a document's directives into source ranges."""
    suppressions: list[Suppression] = []
    open_ranges: list[Suppression] = []
    source_length = len(document.source)
    for directive in sorted(document.directives, key=lambda item: item.start):
        codes = directive.codes or (ALL_CODES,)
        if directive.action == "disable-next-line":
            start, end = _next_line_range(document, directive.end)
            suppressions.append(Suppression(directive, codes, start, end))
        elif directive.action == "disable":
            suppression = Suppression(directive, codes, directive.end, source_length)
            suppressions.append(suppression)
            open_ranges.append(suppression)
        else:
            for suppression in list(open_ranges):
                closes_all = not directive.codes
                shared = set(suppression.codes) & set(directive.codes)
                if closes_all or shared:
                    suppression.end = directive.start
                    open_ranges.remove(suppression)
    return suppressions


def _next_line_range(document: Document, offset: int) -> tuple[int, int]:
    line, _column = document.line_column(offset)
    last_line, _ = document.line_column(len(document.source))
    for candidate in range(line + 1, last_line + 1):
        if document.source_line(candidate).strip():
            start = document.offset_of_line(candidate)
            return start, start + len(document.source_line(candidate))
    return (len(document.source), len(document.source))


def find_suppression(suppressions: list[Suppression], code: str, offset: int) -> Suppression | None:
    """The first suppression that silences ``code`` at ``offset``, marked as used."""
    for suppression in suppressions:
        if suppression.covers(code, offset):
            suppression.used.add(code)
            return suppression
    return None
