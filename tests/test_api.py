"""The public library API, exactly as DESIGN.md lists it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import healthlint
from healthlint import Config, Finding, InputError, Linter, Report, Severity
from healthlint.cli import main

ARTICLE_MD = "# Zebra care\n\nFeed the *zebra* daily.\n\n<!-- a comment about a zebra -->\n"


def test_public_names_exist() -> None:
    for name in ("check", "check_file", "analyze", "Linter", "load_config", "Report", "Finding"):
        assert hasattr(healthlint, name), name
    assert callable(healthlint.analyze)
    assert isinstance(healthlint.__version__, str)


def test_check_returns_findings_with_source_offsets_and_positions(marker_linter: Linter) -> None:
    report = healthlint.check(ARTICLE_MD, filename="care.md", config=marker_linter.config)
    assert isinstance(report, Report)
    assert report.path == "care.md" and report.format == "markdown"
    assert [(f.code, f.line, f.column) for f in report.findings] == [
        ("HL901", 1, 3),
        ("HL901", 3, 11),
    ]
    finding = report.findings[1]
    assert isinstance(finding, Finding)
    assert ARTICLE_MD[finding.start : finding.end] == "zebra"
    assert finding.severity is Severity.WARNING
    assert finding.suggestions == ("horse",)
    assert finding.name == "marker-word" and "zebra" in finding.message
    assert report.metrics["words"] > 0 and report.metrics["sentences"] > 0


def test_check_without_filename_reads_plain_text(marker_linter: Linter) -> None:
    report = healthlint.check("# A zebra\n", config=marker_linter.config)
    assert report.format == "text"
    assert [(f.line, f.column) for f in report.findings] == [(1, 5)]


def test_check_with_default_config_runs_the_builtin_rules() -> None:
    report = healthlint.check("Stretch gently.", "a.txt")
    assert isinstance(report.findings, list)
    assert all(finding.code.startswith("HL") for finding in report.findings)


def test_check_file_uses_the_nearest_configuration(project: Path) -> None:
    (project / "a.html").write_text("<p>A zebra &amp; an okapi.</p>", encoding="utf-8")
    report = healthlint.check_file(project / "a.html")
    assert [finding.code for finding in report.findings] == ["HL901", "HL902"]
    assert report.path == str(project / "a.html")


def test_check_file_raises_input_error_for_bad_files(project: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        healthlint.check_file(project / "missing.md")
    (project / "bad.txt").write_bytes(b"ok \xff no")
    with pytest.raises(InputError, match="byte offset 3"):
        healthlint.check_file(project / "bad.txt")


def test_load_config_finds_the_nearest_file_or_takes_a_path(project: Path) -> None:
    config = healthlint.load_config()
    assert isinstance(config, Config)
    assert config.select == ("HL901", "HL902")
    assert config.path == (project / "healthlint.toml").resolve()
    assert healthlint.load_config(project / "healthlint.toml") == config


@pytest.mark.parametrize("n_process", [1, 2])
def test_check_many_streams_reports_in_input_order(marker_linter: Linter, n_process: int) -> None:
    items = [
        ("A zebra.", "one.txt"),
        "Nothing here.",
        ("<p>An <em>okapi</em>, a zebra.</p>", "three.html"),
        ("# Zebra\n\nAn okapi.", "four.md"),
    ] * 2
    reports = list(marker_linter.check_many(iter(items), n_process=n_process, batch_size=2))
    assert [report.path for report in reports] == ["one.txt", None, "three.html", "four.md"] * 2
    codes = [[finding.code for finding in report.findings] for report in reports]
    assert codes == [["HL901"], [], ["HL902", "HL901"], ["HL901", "HL902"]] * 2
    pairs = [(item, None) if isinstance(item, str) else item for item in items]
    one_by_one = [marker_linter.check(text, name) for text, name in pairs]
    assert [r.to_dict() for r in reports] == [r.to_dict() for r in one_by_one]


def test_report_to_dict_is_the_json_outputs_report_object(project: Path) -> None:
    (project / "a.md").write_text(ARTICLE_MD, encoding="utf-8")
    output = CliRunner().invoke(main, ["check", "--format", "json", "a.md"]).stdout
    from_cli = json.loads(output)["reports"][0]
    from_api = healthlint.check_file("a.md").to_dict()
    assert json.loads(json.dumps(from_api)) == from_cli


def test_linter_is_reusable_and_exposes_its_rules(marker_linter: Linter) -> None:
    assert [rule.code for rule in marker_linter.rules] == ["HL001", "HL002", "HL901", "HL902"]
    first = marker_linter.check("A zebra.", "a.txt")
    second = marker_linter.check("A zebra.", "a.txt")
    assert first.to_dict() == second.to_dict()


def test_empty_text_gives_a_note_not_an_error(marker_linter: Linter) -> None:
    report = marker_linter.check("   \n", "a.md")
    assert report.findings == [] and report.notes == ["empty document: nothing to lint"]
