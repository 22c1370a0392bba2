"""Suppression comments in text, Markdown and HTML, and the engine rules that police them
(HL001 unused-suppression, HL002 unknown-suppression-code)."""

from __future__ import annotations

import pytest

from healthlint import Linter, Report

FORMATS = ["a.txt", "a.md", "a.html"]


@pytest.fixture
def linter(marker_linter: Linter) -> Linter:
    """HL901 (zebra), HL902 (okapi), HL001 and HL002."""
    return marker_linter


def wrap(lines: list[str], filename: str) -> str:
    """Each line its own paragraph, in the file's format (comments stay as they are)."""
    if filename.endswith(".html"):
        return "\n".join(line if line.startswith("<!--") else f"<p>{line}</p>" for line in lines)
    separator = "\n\n" if filename.endswith(".md") else "\n"
    return separator.join(lines) + "\n"


def found(report: Report) -> list[tuple[str, str]]:
    """(code, flagged source text) of each finding, comments shortened to their action."""
    result = []
    for finding in report.findings:
        text = report.source[finding.start : finding.end]
        if text.startswith("<!--"):
            text = text[4:-3].split()[0]
        result.append((finding.code, text))
    return result


@pytest.mark.parametrize("filename", FORMATS)
def test_disable_and_enable_silence_a_region(linter: Linter, filename: str) -> None:
    source = wrap(
        [
            "A zebra before.",
            "<!-- healthlint-disable HL901 -->",
            "A zebra and an okapi inside.",
            "<!-- healthlint-enable HL901 -->",
            "A zebra after.",
        ],
        filename,
    )
    assert found(linter.check(source, filename)) == [
        ("HL901", "zebra"),
        ("HL902", "okapi"),
        ("HL901", "zebra"),
    ]


@pytest.mark.parametrize("filename", FORMATS)
def test_disable_without_codes_silences_everything_until_enable(
    linter: Linter, filename: str
) -> None:
    source = wrap(
        [
            "<!-- healthlint-disable -->",
            "A zebra and an okapi.",
            "<!-- healthlint-enable -->",
            "An okapi after.",
        ],
        filename,
    )
    assert found(linter.check(source, filename)) == [("HL902", "okapi")]


@pytest.mark.parametrize("filename", FORMATS)
def test_disable_without_enable_lasts_to_the_end(linter: Linter, filename: str) -> None:
    source = wrap(
        ["A zebra.", "<!-- healthlint-disable HL901, HL902 -->", "A zebra, an okapi."], filename
    )
    assert found(linter.check(source, filename)) == [("HL901", "zebra")]


@pytest.mark.parametrize("filename", FORMATS)
def test_disable_next_line_silences_only_the_next_line(linter: Linter, filename: str) -> None:
    source = wrap(
        [
            "<!-- healthlint-disable-next-line HL901 -->",
            "A zebra and an okapi.",
            "A zebra again.",
        ],
        filename,
    )
    assert found(linter.check(source, filename)) == [("HL902", "okapi"), ("HL901", "zebra")]


def test_disable_next_line_at_the_end_of_a_line_applies_to_the_following_line(
    linter: Linter,
) -> None:
    source = "A zebra here. <!-- healthlint-disable-next-line -->\nA zebra there.\n"
    report = linter.check(source, "a.md")
    assert [(f.code, f.line) for f in report.findings] == [("HL901", 1)]


@pytest.mark.parametrize("filename", FORMATS)
def test_unused_suppression_is_reported_on_the_comment(linter: Linter, filename: str) -> None:
    source = wrap(["<!-- healthlint-disable-next-line HL901 -->", "Nothing here."], filename)
    report = linter.check(source, filename)
    assert found(report) == [("HL001", "healthlint-disable-next-line")]
    finding = report.findings[0]
    assert (finding.line, finding.column) == (1, 1)
    assert "HL901" in finding.message


def test_only_the_unused_code_of_a_comment_is_reported(linter: Linter) -> None:
    source = "<!-- healthlint-disable-next-line HL901 HL902 -->\nA zebra.\n"
    report = linter.check(source, "a.md")
    assert [finding.code for finding in report.findings] == ["HL001"]
    assert "HL902" in report.findings[0].message and "HL901" not in report.findings[0].message
    assert report.findings[0].suggestions == ("remove HL902 from the comment",)


def test_unused_disable_all_is_reported(linter: Linter) -> None:
    report = linter.check("<!-- healthlint-disable -->\nNothing.\n", "a.md")
    assert [finding.code for finding in report.findings] == ["HL001"]
    assert "all" in report.findings[0].message


def test_codes_of_rules_not_enabled_for_the_file_are_not_reported(
    linter: Linter,
) -> None:
    only_zebra = Linter(linter.config.replace(ignore=("HL902",)), linter.rule_set)
    report = only_zebra.check("<!-- healthlint-disable-next-line HL902 -->\nAn okapi.\n", "a.md")
    assert report.findings == []


def test_unknown_code_is_reported_and_not_as_unused(linter: Linter) -> None:
    report = linter.check("<!-- healthlint-disable-next-line HL9999 -->\nA zebra.\n", "a.md")
    assert found(report) == [("HL002", "healthlint-disable-next-line"), ("HL901", "zebra")]
    assert "HL9999" in report.findings[0].message


def test_engine_findings_can_themselves_be_suppressed(linter: Linter) -> None:
    source = (
        "<!-- healthlint-disable HL001 -->\n\n"
        "<!-- healthlint-disable-next-line HL901 -->\nNothing.\n"
    )
    assert linter.check(source, "a.md").findings == []


def test_comments_inside_code_are_not_directives(linter: Linter) -> None:
    source = "```\n<!-- healthlint-disable -->\n```\n\nA zebra.\n"
    assert found(linter.check(source, "a.md")) == [("HL901", "zebra")]
    html = "<pre>&lt;!-- healthlint-disable --&gt;</pre><p>A zebra.</p>"
    assert found(linter.check(html, "a.html")) == [("HL901", "zebra")]
