"""The ``healthlint`` command: paths, stdin, output options, exit codes and colour."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from healthlint import __version__
from healthlint.cli import main

HEALTHLINT = Path(sys.executable).parent / "healthlint"
ANSI = "\x1b["


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def test_text_output_shows_position_source_line_caret_suggestion_and_summary(
    project: Path,
) -> None:
    (project / "a.md").write_text("# Title\n\nWe saw a *zebra* today.\n", encoding="utf-8")
    result = run("check", "a.md")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "a.md:3:11: HL901 [warning] 'zebra' is the marker word",
        "  |",
        "3 | We saw a *zebra* today.",
        "  |           ^^^^^",
        "  = suggestion: horse",
        "",
        "Found 1 finding (1 warning) in 1 file.",
    ]


def test_clean_file_exits_0_with_a_summary(project: Path) -> None:
    (project / "a.txt").write_text("Nothing to see.\n", encoding="utf-8")
    result = run("check", "a.txt")
    assert result.exit_code == 0
    assert result.stdout == "All checks passed! (1 file checked)\n"


def test_fail_on_sets_the_lowest_failing_severity(project: Path) -> None:
    (project / "a.txt").write_text("An okapi.\n", encoding="utf-8")
    assert run("check", "a.txt").exit_code == 0  # info is below the default 'warning'
    assert run("check", "--fail-on", "info", "a.txt").exit_code == 1
    (project / "b.txt").write_text("A zebra.\n", encoding="utf-8")
    assert run("check", "--fail-on", "error", "b.txt").exit_code == 0
    assert run("check", "--fail-on", "warning", "b.txt").exit_code == 1


def test_fail_on_from_configuration(project: Path) -> None:
    (project / "healthlint.toml").write_text(
        'rule-packs = ["pack.yml"]\nselect = ["HL9"]\nfail-on = "info"\n', encoding="utf-8"
    )
    (project / "a.txt").write_text("An okapi.\n", encoding="utf-8")
    assert run("check", "a.txt").exit_code == 1


def test_folder_walk_uses_include_and_exclude(project: Path) -> None:
    (project / "healthlint.toml").write_text(
        'rule-packs = ["pack.yml"]\nselect = ["HL901"]\ninclude = ["*.md", "*.html"]\n'
        'exclude = ["drafts", "*.skip.md"]\n',
        encoding="utf-8",
    )
    docs = project / "docs"
    (docs / "drafts").mkdir(parents=True)
    (docs / ".hidden").mkdir()
    (docs / "one.md").write_text("A zebra.\n", encoding="utf-8")
    (docs / "two.html").write_text("<p>A zebra.</p>\n", encoding="utf-8")
    (docs / "three.txt").write_text("A zebra.\n", encoding="utf-8")
    (docs / "four.skip.md").write_text("A zebra.\n", encoding="utf-8")
    (docs / "drafts" / "five.md").write_text("A zebra.\n", encoding="utf-8")
    (docs / ".hidden" / "six.md").write_text("A zebra.\n", encoding="utf-8")
    result = run("check", "--format", "json", "docs")
    paths = sorted(Path(report["path"]).name for report in json.loads(result.stdout)["reports"])
    assert paths == ["one.md", "two.html"]


def test_explicitly_named_file_is_linted_even_if_not_included(project: Path) -> None:
    (project / "notes.rst").write_text("A zebra.\n", encoding="utf-8")
    assert "notes.rst:1:3: HL901" in run("check", "notes.rst").stdout


def test_stdin_with_stdin_filename_picks_format_and_name(project: Path) -> None:
    result = run("check", "--stdin-filename", "page.html", "-", stdin="<p>A <b>zebra</b></p>\n")
    assert result.exit_code == 1
    assert result.stdout.startswith("page.html:1:9: HL901")


def test_stdin_without_a_name_is_text(project: Path) -> None:
    result = run("check", "-", stdin="# A zebra\n")
    assert result.stdout.startswith("<stdin>:1:5: HL901")


def test_output_option_writes_the_report_to_a_file(project: Path) -> None:
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    (project / "out").mkdir()
    result = run("check", "--format", "json", "--output", "out/report.json", "a.md")
    assert result.exit_code == 1
    assert result.stdout == ""
    report = json.loads((project / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["findings"] == 1


def test_output_to_a_missing_folder_is_one_line_error(project: Path) -> None:
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    result = run("check", "--output", "nowhere/report.txt", "a.md")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert "nowhere/report.txt" in result.stderr


def test_quiet_prints_findings_only(project: Path) -> None:
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    result = run("check", "--quiet", "a.md")
    assert "Found" not in result.stdout
    assert result.stdout.startswith("a.md:1:3: HL901")
    (project / "b.md").write_text("Nothing.\n", encoding="utf-8")
    assert run("check", "-q", "b.md").stdout == ""


def test_statistics_counts_findings_per_rule(project: Path) -> None:
    (project / "a.md").write_text("A zebra, a zebra and an okapi.\n", encoding="utf-8")
    result = run("check", "--statistics", "a.md")
    assert result.stdout.splitlines()[-2:] == ["2\tHL901\tmarker-word", "1\tHL902\tmarker-info"]


def test_select_ignore_and_extend_select_on_the_command_line(project: Path) -> None:
    (project / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")

    def codes(*args: str) -> list[str]:
        output = run("check", "--format", "json", *args, "a.md").stdout
        return [finding["code"] for finding in json.loads(output)["reports"][0]["findings"]]

    assert codes() == ["HL901", "HL902"]
    assert codes("--select", "HL902") == ["HL902"]
    assert codes("--ignore", "marker-word") == ["HL902"]
    assert codes("--select", "HL901", "--extend-select", "HL902") == ["HL901", "HL902"]
    assert codes("--select", "HL901,HL902", "--ignore", "HL9") == []


def test_version_option() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"healthlint, version {__version__}"


def test_rules_lists_every_rule_and_explain_describes_one(project: Path) -> None:
    table = run("rules").stdout
    assert "HL001" in table and "HL901" in table and "marker-word" in table
    listed = json.loads(run("rules", "--format", "json").stdout)
    assert {"HL001", "HL002", "HL901"} <= {rule["code"] for rule in listed}
    explanation = run("explain", "marker-word").stdout
    assert explanation.startswith("HL901 marker-word (warning")
    assert "A zebra here." in explanation


def _subprocess_output(args: list[str], cwd: Path, terminal: bool) -> str:
    environment = {**os.environ, "NO_COLOR": "", "TERM": "xterm"}
    environment.pop("NO_COLOR")
    if not terminal:
        completed = subprocess.run(
            [str(HEALTHLINT), *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            env=environment,
            timeout=120,
        )
        return completed.stdout
    main_fd, child_fd = pty.openpty()
    process = subprocess.Popen(
        [str(HEALTHLINT), *args], cwd=cwd, stdout=child_fd, stderr=child_fd, env=environment
    )
    os.close(child_fd)
    chunks = []
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(main_fd)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(not HEALTHLINT.exists(), reason="the healthlint script is not installed")
def test_colour_only_on_a_terminal(project: Path) -> None:
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    piped = _subprocess_output(["check", "a.md"], project, terminal=False)
    assert "a.md:1:3:" in piped and ANSI not in piped
    on_terminal = _subprocess_output(["check", "a.md"], project, terminal=True)
    assert ANSI in on_terminal and "HL901" in on_terminal


def test_jobs_option_gives_the_same_report_as_one_process(project: Path) -> None:
    for index in range(4):
        (project / f"a{index}.md").write_text(f"# Part {index}\n\nA zebra, an okapi.\n", "utf-8")
    paths = [f"a{index}.md" for index in range(4)]
    one = run("check", "--format", "json", *paths)
    two = run("check", "--format", "json", "--jobs", "2", *paths)
    assert one.exit_code == two.exit_code == 1
    assert json.loads(one.stdout)["reports"] == json.loads(two.stdout)["reports"]
