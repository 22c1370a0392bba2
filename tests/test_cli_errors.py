"""Bad input on the command line: each is one line on stderr and exit code 2, never a
traceback, and healthlint never modifies the files it checks."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from healthlint.cli import main


def run(*args: str, stdin: bytes | str | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin)


def assert_one_line_error(result: Result, *expected: str) -> None:
    """Exit 2, exactly one line on stderr containing every expected fragment, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    for fragment in expected:
        assert fragment in lines[0], lines[0]


def test_missing_path_is_one_line_error(project: Path) -> None:
    assert_one_line_error(run("check", "nowhere.md"), "nowhere.md", "no such file")


def test_folder_with_nothing_to_lint_is_one_line_error(project: Path) -> None:
    (project / "empty").mkdir()
    (project / "empty" / "notes.pdf").write_bytes(b"%PDF")
    assert_one_line_error(run("check", "empty"), "empty", "no files to lint")


def test_binary_file_is_one_line_error(project: Path) -> None:
    (project / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_one_line_error(run("check", "image.md"), "image.md", "binary")


def test_invalid_utf8_names_the_byte_offset(project: Path) -> None:
    (project / "latin1.txt").write_bytes("Caf\u00e9 au lait.".encode("latin-1"))
    assert_one_line_error(run("check", "latin1.txt"), "latin1.txt", "UTF-8", "byte offset 3")


@pytest.mark.parametrize("content", ["", "   \n\n\t\n"])
def test_empty_or_blank_file_is_one_line_error(project: Path, content: str) -> None:
    (project / "blank.md").write_text(content, encoding="utf-8")
    assert_one_line_error(run("check", "blank.md"), "blank.md", "empty")


def test_file_over_max_file_size_is_one_line_error(project: Path) -> None:
    (project / "healthlint.toml").write_text(
        'rule-packs = ["pack.yml"]\nmax-file-size = 100\n', encoding="utf-8"
    )
    (project / "big.txt").write_text("A zebra walks. " * 20, encoding="utf-8")
    assert_one_line_error(run("check", "big.txt"), "big.txt", "300 bytes", "100-byte limit")


def test_malformed_toml_is_one_line_error(project: Path) -> None:
    (project / "healthlint.toml").write_text("select = [HL101\n", encoding="utf-8")
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    assert_one_line_error(run("check", "a.md"), "healthlint.toml", "invalid TOML")


def test_malformed_yaml_rule_pack_is_one_line_error(project: Path) -> None:
    (project / "pack.yml").write_text("rules:\n  - code: [HL901\n", encoding="utf-8")
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    assert_one_line_error(run("check", "a.md"), "pack.yml", "invalid YAML")


def test_unknown_code_on_the_command_line_is_one_line_error(project: Path) -> None:
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    assert_one_line_error(run("check", "--select", "HL999", "a.md"), "HL999", "select")


@pytest.mark.parametrize(
    ("setting", "where"),
    [
        ('select = ["HL977"]', "select"),
        ('ignore = ["HL977"]', "ignore"),
        ('extend-select = ["HL977"]', "extend-select"),
        ('[severity]\nHL977 = "error"', "severity"),
        ('[per-file-ignores]\n"*.md" = ["HL977"]', "per-file-ignores"),
    ],
)
def test_unknown_code_in_configuration_is_one_line_error(
    project: Path, setting: str, where: str
) -> None:
    (project / "healthlint.toml").write_text(
        f'rule-packs = ["pack.yml"]\n{setting}\n', encoding="utf-8"
    )
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    assert_one_line_error(run("check", "a.md"), "healthlint.toml", "HL977", where)


def test_unknown_configuration_key_is_one_line_error(project: Path) -> None:
    (project / "healthlint.toml").write_text('colour-scheme = "dark"\n', encoding="utf-8")
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    assert_one_line_error(run("check", "a.md"), "healthlint.toml", "unknown key 'colour-scheme'")


def test_missing_explicit_config_file_is_one_line_error(project: Path) -> None:
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    assert_one_line_error(run("check", "--config", "other.toml", "a.md"), "other.toml")


@pytest.mark.parametrize(
    "args",
    [
        ("check",),
        ("check", "--format", "xml", "a.md"),
        ("check", "--no-such-option", "a.md"),
        ("check", "--fail-on", "fatal", "a.md"),
        ("frobnicate",),
    ],
)
def test_click_usage_errors_exit_2(project: Path, args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert "Usage:" in result.stderr or "Error" in result.stderr


def test_unknown_rule_in_explain_is_one_line_error(project: Path) -> None:
    assert_one_line_error(run("explain", "HL999"), "HL999")


def test_checked_files_are_never_modified(project: Path) -> None:
    articles = {
        "a.md": "# Zebra\n\nA zebra. <!-- healthlint-disable-next-line HL999 -->\nAn okapi.\n",
        "b.html": "<p>A zebra &amp; an okapi.</p>\n",
        "c.txt": "Zebra facts\r\n\r\nA zebra runs.\r\n",
    }
    for name, text in articles.items():
        (project / name).write_bytes(text.encode("utf-8"))
    before = {name: hashlib.sha256((project / name).read_bytes()).hexdigest() for name in articles}
    mtimes = {name: (project / name).stat().st_mtime_ns for name in articles}
    for output_format in ("text", "json", "sarif", "github"):
        result = run("check", "--format", output_format, "a.md", "b.html", "c.txt")
        assert result.exit_code == 1
    after = {name: hashlib.sha256((project / name).read_bytes()).hexdigest() for name in articles}
    assert after == before
    assert {name: (project / name).stat().st_mtime_ns for name in articles} == mtimes


def test_good_files_are_still_reported_beside_a_bad_one(project: Path) -> None:
    (project / "a.md").write_text("A zebra.\n", encoding="utf-8")
    result = run("check", "a.md", "missing.md")
    assert result.exit_code == 2
    assert "a.md:1:3: HL901" in result.stdout
    assert result.stderr.splitlines() == [
        "healthlint: error: missing.md: no such file or directory"
    ]
