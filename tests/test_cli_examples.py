"""The example articles: the good ones are clean under every built-in rule, the bad ones are
flagged at the same words in each format, and the batch script runs."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from healthlint.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = EXAMPLES / "articles"
FORMATS = ["md", "txt", "html"]


@pytest.mark.parametrize("suffix", FORMATS)
def test_good_example_is_clean_with_every_builtin_rule(suffix: str) -> None:
    result = CliRunner().invoke(main, ["check", str(ARTICLES / f"back-pain-good.{suffix}")])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("All checks passed!")


@pytest.mark.parametrize(
    ("suffix", "positions"),
    [
        ("md", ["1:7", "3:10", "3:46", "3:69", "6:1", "6:19", "6:45"]),
        ("txt", ["1:5", "3:10", "3:46", "3:69", "5:1", "5:19", "5:45"]),
        ("html", ["5:9", "6:21", "6:66", "7:1", "8:4", "8:22", "8:48"]),
    ],
)
def test_bad_example_is_flagged_on_the_same_words(suffix: str, positions: list[str]) -> None:
    path = ARTICLES / f"back-pain-bad.{suffix}"
    result = CliRunner().invoke(main, ["check", "--quiet", "--select", "HL101", str(path)])
    assert result.exit_code == 1
    heads = [line for line in result.stdout.splitlines() if line.startswith(str(path))]
    assert [head.split(":", 1)[1].split(": ")[0] for head in heads] == positions
    source = path.read_text(encoding="utf-8").splitlines()
    flagged = []
    for position in positions:
        line, column = map(int, position.split(":"))
        flagged.append(re.match(r"[\w%]+", source[line - 1][column - 1 :]).group())
    assert flagged == ["Miracle", "cures", "100%", "no", "Doctors", "secret", "guaranteed"]


def test_pipeline_script_writes_a_csv_row_per_article(tmp_path: Path) -> None:
    output = tmp_path / "report.csv"
    completed = subprocess.run(
        [sys.executable, str(EXAMPLES / "pipeline.py"), str(ARTICLES), str(output)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    rows = list(csv.DictReader(output.open(encoding="utf-8")))
    by_name = {Path(row["path"]).name: row for row in rows}
    assert len(rows) == len([p for p in ARTICLES.iterdir() if p.suffix in (".md", ".txt", ".html")])
    assert "HL101" in by_name["back-pain-bad.md"]["codes"].split()
    assert by_name["back-pain-good.html"]["codes"] == ""
