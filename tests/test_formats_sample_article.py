"""The real sample article saved as text, Markdown and HTML gives the same findings on the same
words, each at the right line:column of its own file."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthlint import Config, Linter, check_file
from healthlint.formats import read_document

SAMPLE_PACK = """\
pack: sample-fixture
rules:
  - code: HL951
    name: sample-phrase
    severity: warning
    message: "'{text}' flagged"
    why: A fixture rule that flags a few phrases of the sample article.
    examples:
      bad: ["Muscle spasms hurt."]
      good: ["Nothing here."]
    check: phrase
    phrases: [muscle spasm, excruciating, massage, posture, upper back, twitching]
"""


def _convert(text: str, suffix: str) -> tuple[str, list[str]]:
    """The article in another format, line for line; returns the source and each line's prefix.

    The first line is the title, short lines without final punctuation are headings, other
    non-blank lines are paragraphs (that is how the text reader reads the article).
    """
    lines = text.split("\n")
    out, prefixes = [], []
    for index, line in enumerate(lines):
        if not line.strip():
            out.append(line)
            prefixes.append("")
            continue
        heading = len(line.split()) <= 15 and line.rstrip()[-1] not in ".!?:;,\"'”’)…"
        if suffix == ".md":
            prefix = "# " if index == 0 else "## " if heading else ""
            out.append(prefix + line)
        else:
            tag = "h1" if index == 0 else "h2" if heading else "p"
            prefix = f"<{tag}>"
            out.append(f"{prefix}{line}</{tag}>")
        prefixes.append(prefix)
    source = "\n".join(out)
    if suffix == ".html":
        source = f"<!DOCTYPE html>\n<html><body>\n{source}\n</body></html>\n"
        prefixes = ["", "", *prefixes]
    return source, prefixes


@pytest.fixture(scope="module")
def sample_linter(tmp_path_factory: pytest.TempPathFactory) -> Linter:
    pack = tmp_path_factory.mktemp("packs") / "sample.yml"
    pack.write_text(SAMPLE_PACK, encoding="utf-8")
    return Linter(Config(rule_packs=(pack,), select=("HL951",)))


def test_sample_article_needs_no_escaping(sample_text: str) -> None:
    assert "&" not in sample_text and "<" not in sample_text and "*" not in sample_text


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_sample_findings_land_on_the_same_words_in_each_format(
    sample_text: str, sample_linter: Linter, tmp_path: Path, suffix: str
) -> None:
    text_path = tmp_path / "article.txt"
    text_path.write_text(sample_text, encoding="utf-8")
    converted, prefixes = _convert(sample_text, suffix)
    converted_path = tmp_path / f"article{suffix}"
    converted_path.write_text(converted, encoding="utf-8")

    from_text = check_file(text_path, sample_linter.config)
    from_converted = check_file(converted_path, sample_linter.config)

    assert len(from_text.findings) >= 10
    assert len(from_converted.findings) == len(from_text.findings)
    offset = 2 if suffix == ".html" else 0
    for plain, other in zip(from_text.findings, from_converted.findings, strict=True):
        flagged = sample_text[plain.start : plain.end]
        assert converted[other.start : other.end] == flagged
        assert other.line == plain.line + offset
        assert other.column == plain.column + len(prefixes[other.line - 1])
        assert other.message == plain.message
        line_text = converted.split("\n")[other.line - 1]
        assert line_text[other.column - 1 :].startswith(flagged)


def test_sample_article_prose_is_the_same_in_each_format(sample_text: str) -> None:
    text_words = read_document(sample_text, "a.txt").text.split()
    for suffix in (".md", ".html"):
        converted, _ = _convert(sample_text, suffix)
        assert read_document(converted, f"a{suffix}").text.split() == text_words


def test_sample_titles_and_headings_are_recognised_in_each_format(sample_text: str) -> None:
    kinds = [block.kind for block in read_document(sample_text, "a.txt").blocks]
    assert kinds[0] == "title" and "heading" in kinds
    for suffix in (".md", ".html"):
        converted, _ = _convert(sample_text, suffix)
        assert [block.kind for block in read_document(converted, f"a{suffix}").blocks] == kinds
