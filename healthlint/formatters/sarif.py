"""SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.

Every rule that fired is described in ``tool.driver.rules`` (help text from its ``why`` and
examples); results carry physical locations with 1-based lines and columns counted in
Unicode code points (declared by ``columnKind``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from healthlint import __version__
from healthlint.registry import Rule, RuleSet
from healthlint.report import Report, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFORMATION_URI = "https://pypi.org/project/healthlint/"


def _uri(path: str | None) -> str:
    if path is None:
        return "stdin"
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return candidate.as_uri()
    return quote(candidate.as_posix())


def _rule_descriptor(rule: Rule) -> dict:
    bad = "\n".join(f"- {example.text.strip()}" for example in rule.bad_examples[:3])
    good = "\n".join(f"- {example.text.strip()}" for example in rule.good_examples[:3])
    help_text = rule.why
    markdown = f"**{rule.code} {rule.name}**\n\n{rule.why}"
    if bad:
        help_text += f"\n\nExamples that trigger it:\n{bad}"
        markdown += f"\n\n*Triggers:*\n\n{bad}"
    if good:
        help_text += f"\n\nExamples that do not:\n{good}"
        markdown += f"\n\n*Passes:*\n\n{good}"
    descriptor: dict = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name.replace("-", " ")},
        "fullDescription": {"text": rule.why},
        "help": {"text": help_text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["health", rule.pack]},
    }
    if rule.references:
        descriptor["helpUri"] = rule.references[0]
    return descriptor


def format_sarif(reports: Sequence[Report], rules: RuleSet, **_options: bool) -> str:
    """One SARIF log with one run."""
    used_codes = sorted({finding.code for report in reports for finding in report.findings})
    descriptors = [
        _rule_descriptor(rules.rules[code]) for code in used_codes if code in rules.rules
    ]
    index = {descriptor["id"]: position for position, descriptor in enumerate(descriptors)}
    results = []
    for report in reports:
        for finding in report.findings:
            region = {
                "startLine": finding.line,
                "startColumn": finding.column,
                "endLine": finding.end_line,
                "endColumn": max(finding.end_column, finding.column + 1)
                if finding.end_line == finding.line
                else finding.end_column,
                "charOffset": finding.start,
                "charLength": finding.end - finding.start,
            }
            message = finding.message
            if finding.suggestions:
                message += f" Suggestion: {'; '.join(finding.suggestions[:3])}."
            result = {
                "ruleId": finding.code,
                "level": LEVELS[finding.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(report.path)},
                            "region": region,
                        }
                    }
                ],
                "properties": {"name": finding.name, "data": finding.data},
            }
            if finding.code in index:
                result["ruleIndex"] = index[finding.code]
            results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "healthlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": descriptors,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False, default=str) + "\n"
