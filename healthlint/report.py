"""Findings and reports: the values every formatter and API user reads."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


class Severity(enum.IntEnum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        """Read ``"error"``, ``"warning"`` or ``"info"`` (any case)."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r} (expected error, warning or info)"
            ) from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    """One problem at one place in the source.

    ``start``/``end`` are offsets into the source text, so ``source[start:end]`` is exactly the
    flagged text; ``line``/``column`` (1-based, columns in characters) point at ``start``.
    """

    code: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    suggestions: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The finding as a JSON-ready mapping (see ``healthlint/schema/report-v1.json``)."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "suggestions": list(self.suggestions),
            "data": self.data,
        }


@dataclass
class Report:
    """The result of linting one article."""

    path: str | None
    format: str
    findings: list[Finding] = field(default_factory=list)
    metrics: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    source: str = field(default="", repr=False)

    def counts(self) -> Counter[str]:
        """Number of findings per rule code."""
        return Counter(finding.code for finding in self.findings)

    def at_or_above(self, severity: Severity) -> list[Finding]:
        """Findings whose severity is at least ``severity``."""
        return [finding for finding in self.findings if finding.severity >= severity]

    def to_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready mapping, versioned by ``schema_version``."""
        return {
            "schema_version": SCHEMA_VERSION,
            "path": self.path,
            "format": self.format,
            "findings": [finding.to_dict() for finding in self.findings],
            "metrics": self.metrics,
            "notes": list(self.notes),
        }
