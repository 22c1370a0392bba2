"""JSON output: ``{"schema_version", "tool", "reports": [report.to_dict(), ...], "summary"}``.

The schema is ``healthlint/schema/report-v1.json`` (JSON Schema 2020-12).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from healthlint import __version__
from healthlint.registry import RuleSet
from healthlint.report import SCHEMA_VERSION, Report, Severity


def format_json(reports: Sequence[Report], _rules: RuleSet, **_options: bool) -> str:
    """All reports as one JSON document."""
    findings = [finding for report in reports for finding in report.findings]
    document = {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "healthlint", "version": __version__},
        "reports": [report.to_dict() for report in reports],
        "summary": {
            "files": len(reports),
            "findings": len(findings),
            **{
                str(severity): sum(1 for finding in findings if finding.severity == severity)
                for severity in Severity
            },
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False, default=str) + "\n"
