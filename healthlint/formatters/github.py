"""GitHub Actions workflow commands: ``::warning file=...,line=...::message``."""

from __future__ import annotations

from collections.abc import Sequence

from healthlint.registry import RuleSet
from healthlint.report import Report, Severity

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def format_github(reports: Sequence[Report], _rules: RuleSet, **_options: bool) -> str:
    """One annotation per finding."""
    lines = []
    for report in reports:
        path = report.path or "<stdin>"
        for finding in report.findings:
            properties = ",".join(
                [
                    f"file={_escape_property(path)}",
                    f"line={finding.line}",
                    f"col={finding.column}",
                    f"endLine={finding.end_line}",
                    f"endColumn={finding.end_column}",
                    f"title={_escape_property(f'{finding.code} {finding.name}')}",
                ]
            )
            message = finding.message
            if finding.suggestions:
                message += f" (suggestion: {'; '.join(finding.suggestions[:3])})"
            lines.append(f"::{LEVELS[finding.severity]} {properties}::{_escape_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")
