"""Human output in the style of ruff: ``path:line:col: CODE message``, the source line with a
caret under the span, the suggestion, and a summary."""

from __future__ import annotations

from collections.abc import Sequence

import click

from healthlint.document import line_starts
from healthlint.registry import RuleSet
from healthlint.report import Finding, Report, Severity

SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
#: Source lines longer than this are shown as a window around the flagged words.
MAX_EXCERPT = 110
CONTEXT_BEFORE = 30
ELLIPSIS = "…"


def format_text(
    reports: Sequence[Report], _rules: RuleSet, *, colour: bool = False, summary: bool = True
) -> str:
    """Findings with source context, then (unless ``summary`` is false) a one-line summary."""
    blocks = []
    for report in reports:
        starts = line_starts(report.source)
        for finding in report.findings:
            blocks.append(_finding_block(report, finding, starts, colour))
    if summary:
        blocks.append(summary_line(reports, colour))
    return "\n".join(blocks) + "\n" if blocks else ""


def _style(text: str, colour: bool, **style: object) -> str:
    return click.style(text, **style) if colour else text  # type: ignore[arg-type]


def _finding_block(report: Report, finding: Finding, starts: list[int], colour: bool) -> str:
    path = report.path or "<stdin>"
    head = (
        f"{_style(path, colour, bold=True)}:{finding.line}:{finding.column}: "
        f"{_style(finding.code, colour, fg=SEVERITY_COLOURS[finding.severity], bold=True)} "
        f"[{finding.severity}] {finding.message}"
    )
    lines = [head]
    source_line = _line_text(report.source, starts, finding.line)
    if source_line is not None:
        gutter = " " * len(str(finding.line))
        if finding.end_line == finding.line:
            width = max(1, finding.end_column - finding.column)
        else:
            width = max(1, len(source_line) - finding.column + 1)
        excerpt, offset, width = excerpt_around(
            source_line.expandtabs(1), finding.column - 1, width
        )
        caret = " " * offset + "^" * width
        lines += [
            f"{gutter} |",
            f"{finding.line} | {excerpt}",
            f"{gutter} | {_style(caret, colour, fg=SEVERITY_COLOURS[finding.severity])}",
        ]
        if finding.suggestions:
            lines.append(f"{gutter} = suggestion: {'; '.join(finding.suggestions[:5])}")
    lines.append("")
    return "\n".join(lines)


def excerpt_around(line: str, start: int, width: int) -> tuple[str, int, int]:
    """A window of a long line around ``line[start:start + width]``.

    Returns the excerpt (with ``…`` where it was cut), the span's offset in it and the span's
    width, itself cut to the window. Lines up to :data:`MAX_EXCERPT` characters are kept whole.
    """
    if len(line) <= MAX_EXCERPT:
        return line, start, width
    begin = max(0, start - CONTEXT_BEFORE)
    end = min(len(line), begin + MAX_EXCERPT)
    begin = max(0, min(begin, end - MAX_EXCERPT))
    prefix = ELLIPSIS if begin > 0 else ""
    suffix = ELLIPSIS if end < len(line) else ""
    shown_width = max(1, min(width, end - start))
    return f"{prefix}{line[begin:end]}{suffix}", len(prefix) + start - begin, shown_width


def _line_text(source: str, starts: list[int], line: int) -> str | None:
    if not source or line > len(starts):
        return None
    end = starts[line] if line < len(starts) else len(source)
    return source[starts[line - 1] : end].rstrip("\r\n")


def summary_line(reports: Sequence[Report], colour: bool = False) -> str:
    """ "Found N findings (...) in M files." or "All checks passed!"."""
    findings = [finding for report in reports for finding in report.findings]
    files = len(reports)
    if not findings:
        return _style(
            f"All checks passed! ({files} file{'s' if files != 1 else ''} checked)",
            colour,
            fg="green",
        )
    by_severity = {severity: 0 for severity in Severity}
    for finding in findings:
        by_severity[finding.severity] += 1
    parts = [
        f"{count} {severity}{'s' if count != 1 and severity != Severity.INFO else ''}"
        for severity, count in sorted(by_severity.items(), reverse=True)
        if count
    ]
    noun = "finding" if len(findings) == 1 else "findings"
    files_text = f"{files} file{'s' if files != 1 else ''}"
    return f"Found {len(findings)} {noun} ({', '.join(parts)}) in {files_text}."


def format_statistics(reports: Sequence[Report], rules: RuleSet) -> str:
    """Counts per rule, most frequent first, like ``ruff --statistics``."""
    counts: dict[str, int] = {}
    for report in reports:
        for code, count in report.counts().items():
            counts[code] = counts.get(code, 0) + count
    width = max((len(str(count)) for count in counts.values()), default=1)
    lines = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = rules.rules.get(code)
        lines.append(f"{count:>{width}}\t{code}\t{rule.name if rule else ''}")
    return "\n".join(lines) + ("\n" if lines else "")
