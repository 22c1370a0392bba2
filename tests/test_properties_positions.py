"""Property-based tests of the readers' source maps, over generated text, Markdown and HTML.

Each generator builds a document from pieces it knows the prose of: prose words come from
``PROSE_WORDS``, and everything that must not be prose (code, URLs, comments, scripts) uses
``HIDDEN_WORDS``. For every generated document:

- every prose character maps back to the source character(s) it came from;
- every prose word's source span is exactly that word;
- hidden words never reach the prose, and every prose word the generator wrote does;
- a finding's ``source[start:end]`` is exactly the flagged word, at the right line:column.
"""

from __future__ import annotations

import html
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from healthlint import Linter
from healthlint.document import Document
from healthlint.formats import read_document

PROSE_WORDS = ("zebra", "muscle", "Back", "pain", "rest", "heat", "daily", "Spasm", "tea")
HIDDEN_WORDS = ("qqcode", "qqurl", "qqcomment", "qqscript")
MARKER = "zebra"
WORD = re.compile(r"[A-Za-z]+")
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")

prose_word = st.sampled_from(PROSE_WORDS)
hidden_word = st.sampled_from(HIDDEN_WORDS)


def _words(draw: st.DrawFn, low: int = 1, high: int = 4) -> str:
    return " ".join(draw(st.lists(prose_word, min_size=low, max_size=high)))


# -- Markdown ----------------------------------------------------------------------------------


@st.composite
def markdown_inline(draw: st.DrawFn) -> str:
    """One inline piece of Markdown."""
    words = _words(draw, 1, 3)
    hidden = draw(hidden_word)
    return draw(
        st.sampled_from(
            [
                words,
                f"*{words}*",
                f"**{words}**",
                f"_{words}_",
                f"`{hidden}`",
                f"``{hidden} ` {hidden}``",
                f"[{words}](https://example.org/{hidden})",
                f'[{words}](https://example.org/{hidden} "{hidden}")',
                f"<https://example.org/{hidden}>",
                f"![{hidden}](https://example.org/{hidden}.png)",
                f"{words} &amp; {words}",
                f"{words} &#233;t&eacute;",
                f"{words}\\*",
                f"\\[{words}\\]",
                f"<span>{words}</span>",
                f"<!-- {hidden} -->",
            ]
        )
    )


@st.composite
def markdown_line(draw: st.DrawFn) -> str:
    """A line of inline pieces separated by spaces; it starts with a word, because a line
    that starts with ``<!--`` is a raw HTML block in CommonMark, not a paragraph."""
    pieces = draw(st.lists(markdown_inline(), min_size=0, max_size=4))
    return " ".join([_words(draw, 1, 2), *pieces])


@st.composite
def markdown_block(draw: st.DrawFn) -> str:
    """One Markdown block."""
    line = draw(markdown_line())
    hidden = draw(hidden_word)
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return f"{'#' * draw(st.integers(1, 6))} {line}"
    if choice == 1:
        items = draw(st.lists(markdown_line(), min_size=1, max_size=3))
        marker = draw(st.sampled_from(["-", "*", "1."]))
        return "\n".join(f"{marker} {item}" for item in items)
    if choice == 2:
        lines = draw(st.lists(markdown_line(), min_size=1, max_size=3))
        return "\n".join(f"> {item}" for item in lines)
    if choice == 3:
        return f"```\n{hidden} {hidden}\n```"
    if choice == 4:
        return f"    {hidden} {hidden}"
    if choice == 5:
        return f"<!-- {hidden} -->"
    if choice == 6:
        return f"{line}\n{'=' * 3}"
    if choice == 7:
        second = draw(markdown_line())
        return f"{line}  \n{second}"
    if choice == 8:
        return f"| {_words(draw)} | {_words(draw)} |\n| --- | --- |\n| {line} | {_words(draw)} |"
    lines = draw(st.lists(markdown_line(), min_size=1, max_size=3))
    return "\n".join(lines)


@st.composite
def markdown_document(draw: st.DrawFn) -> str:
    """A Markdown article: optional front matter, then blocks separated by blank lines."""
    blocks = draw(st.lists(markdown_block(), min_size=1, max_size=6))
    for index in range(1, len(blocks)):
        # After a list, an indented block continues the list item: it is not code there.
        if blocks[index].startswith("    ") and blocks[index - 1][:2] in ("- ", "* ", "1."):
            blocks[index] = "```\n" + blocks[index].strip() + "\n```"
    front = f"---\ntitle: {draw(hidden_word)}\n---\n" if draw(st.booleans()) else ""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return (front + "\n\n".join(blocks) + "\n").replace("\n", newline)


# -- HTML --------------------------------------------------------------------------------------


@st.composite
def html_inline(draw: st.DrawFn) -> str:
    """One inline piece of HTML."""
    words = _words(draw, 1, 3)
    hidden = draw(hidden_word)
    return draw(
        st.sampled_from(
            [
                words,
                f"<em>{words}</em>",
                f"<strong>{words}</strong>",
                f'<a href="https://example.org/{hidden}">{words}</a>',
                f"{words} &amp; {words}",
                f"{words}&nbsp;{words}",
                f"&#233;t&#xE9; {words}",
                f"<code>{hidden}</code>",
                f"{words}<br>{words}",
                f"<!-- {hidden} -->",
                f"<span\nclass='x'>{words}</span>",
            ]
        )
    )


@st.composite
def html_block(draw: st.DrawFn) -> str:
    """One HTML block."""
    inline = " ".join(draw(st.lists(html_inline(), min_size=1, max_size=4)))
    hidden = draw(hidden_word)
    choice = draw(st.integers(0, 7))
    if choice == 0:
        return f"<p>{inline}</p>"
    if choice == 1:
        level = draw(st.integers(1, 6))
        return f"<h{level}>{inline}</h{level}>"
    if choice == 2:
        items = draw(st.lists(st.just(inline), min_size=1, max_size=3))
        return "<ul>\n" + "\n".join(f"  <li>{item}</li>" for item in items) + "\n</ul>"
    if choice == 3:
        return f"<script>var {hidden} = '<p>{hidden}</p>';</script>"
    if choice == 4:
        return f"<style>.{hidden} {{ color: red }}</style>"
    if choice == 5:
        return f"<pre>{hidden}\n  {hidden}</pre>"
    if choice == 6:
        return f"<div>\n{inline}\n</div>"
    return f"<blockquote><p>{inline}</p></blockquote>"


@st.composite
def html_document(draw: st.DrawFn) -> str:
    """An HTML page: a head with metadata, then blocks."""
    blocks = draw(st.lists(html_block(), min_size=1, max_size=6))
    head = (
        f"<head><title>{draw(hidden_word)}</title>"
        f'<meta name="author" content="{draw(hidden_word)}"></head>'
    )
    body = "\n".join(blocks)
    return f"<!DOCTYPE html>\n<html>{head}\n<body>\n{body}\n</body></html>\n"


# -- plain text --------------------------------------------------------------------------------


@st.composite
def text_document(draw: st.DrawFn) -> str:
    """A plain-text article: headings, paragraphs, list items and directive comments."""
    blocks = []
    for _ in range(draw(st.integers(1, 6))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            blocks.append(_words(draw, 1, 5))
        elif choice == 1:
            lines = [_words(draw, 2, 6) + "." for _ in range(draw(st.integers(1, 3)))]
            blocks.append("\n".join(lines))
        elif choice == 2:
            items = [f"- {_words(draw)}" for _ in range(draw(st.integers(1, 3)))]
            blocks.append("\n".join(items))
        else:
            blocks.append(f"{_words(draw)}. <!-- {draw(hidden_word)} --> {_words(draw)}.")
    separator = draw(st.sampled_from(["\n\n", "\n \n", "\r\n\r\n", "\n\n\n"]))
    return separator.join(blocks) + draw(st.sampled_from(["", "\n"]))


# -- the properties ----------------------------------------------------------------------------


def _visible_words(source: str, format_name: str) -> list[str]:
    """The prose words a generated source holds, found by removing what is not prose."""
    if format_name == "html":
        source = re.sub(r"<(script|style|pre|code|head)\b.*?</\1>", " ", source, flags=re.S)
        source = re.sub(r"<!--.*?-->|<[^>]*>", " ", source, flags=re.S)
        source = html.unescape(source)
    elif format_name == "markdown":
        source = re.sub(r"\A---\n.*?\n---\n", "", source.replace("\r\n", "\n"), flags=re.S)
        source = re.sub(r"```.*?```|<!--.*?-->", " ", source, flags=re.S)
        source = re.sub(r"^    .*$", " ", source, flags=re.M)
        not_prose = r"!\[[^\]]*\]\([^)]*\)|``.*?``|`[^`]*`|\]\([^)]*\)|<https?:[^>]*>"
        source = re.sub(not_prose, " ", source)
        source = html.unescape(re.sub(r"<[^>]*>", " ", source))
    else:
        source = re.sub(r"<!--.*?-->", " ", source, flags=re.S)
    return [word for word in WORD.findall(source) if word in PROSE_WORDS]


def assert_source_map_is_exact(document: Document) -> None:
    """Every prose character and word maps back to exactly where it came from."""
    source, text = document.source, document.text
    assert len(document.source_starts) == len(text) == len(document.source_ends)
    for index, char in enumerate(text):
        start, end = document.source_starts[index], document.source_ends[index]
        assert 0 <= start <= end <= len(source)
        original = source[start:end]
        if end - start == 1:
            assert original == char or (char.isspace() and original.isspace()), (index, char)
            # a decoded entity maps to the whole entity, not to its "&"
            assert not (char == "&" and ENTITY.match(source, start)), (index, source[start:])
        elif end > start:
            decoded = html.unescape(original)
            assert (
                char in decoded
                or original == "\\" + char
                or (char == "\n" and original.lower().startswith("<br"))
                or (char.isspace() and original.isspace())
            ), (index, char, original)
        else:
            assert char.isspace(), (index, char)
    for match in WORD.finditer(text):
        start, end = document.source_span(match.start(), match.end())
        assert source[start:end] == match.group(), (match.group(), source[start:end])


def assert_prose_words_complete(document: Document) -> None:
    """Hidden words stay out of the prose; every visible word is in it, in order."""
    prose_words = WORD.findall(document.text)
    assert not set(prose_words) & set(HIDDEN_WORDS)
    visible = [word for word in prose_words if word in PROSE_WORDS]
    assert visible == _visible_words(document.source, document.format)


PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY_SETTINGS
@given(markdown_document())
def test_markdown_prose_maps_back_to_its_source_characters(source: str) -> None:
    document = read_document(source, "article.md")
    assert_source_map_is_exact(document)
    assert_prose_words_complete(document)


@PROPERTY_SETTINGS
@given(html_document())
def test_html_prose_maps_back_to_its_source_characters(source: str) -> None:
    document = read_document(source, "article.html")
    assert_source_map_is_exact(document)
    assert_prose_words_complete(document)


@PROPERTY_SETTINGS
@given(text_document())
def test_text_prose_maps_back_to_its_source_characters(source: str) -> None:
    document = read_document(source, "article.txt")
    assert_source_map_is_exact(document)
    assert_prose_words_complete(document)


# -- findings land on the flagged words --------------------------------------------------------


def _line_column(source: str, offset: int) -> tuple[int, int]:
    """1-based line:column computed independently of the engine (any line ending)."""
    before = source[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1


def _assert_findings_on_marker(linter: Linter, source: str, filename: str) -> None:
    report = linter.check(source, filename)
    expected = _visible_words(source, report.format).count(MARKER)
    assert len(report.findings) == expected
    for finding in report.findings:
        assert source[finding.start : finding.end] == MARKER
        assert (finding.line, finding.column) == _line_column(source, finding.start)
        assert (finding.end_line, finding.end_column) == _line_column(source, finding.end)


FINDING_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FINDING_SETTINGS
@given(source=markdown_document())
def test_markdown_findings_cover_exactly_the_flagged_word(
    marker_linter: Linter, source: str
) -> None:
    _assert_findings_on_marker(marker_linter, source, "article.md")


@FINDING_SETTINGS
@given(source=html_document())
def test_html_findings_cover_exactly_the_flagged_word(marker_linter: Linter, source: str) -> None:
    _assert_findings_on_marker(marker_linter, source, "article.html")


@FINDING_SETTINGS
@given(source=text_document())
def test_text_findings_cover_exactly_the_flagged_word(marker_linter: Linter, source: str) -> None:
    _assert_findings_on_marker(marker_linter, source, "article.txt")


def test_marker_linter_runs_only_the_fixture_and_engine_rules(marker_linter: Linter) -> None:
    assert [rule.code for rule in marker_linter.rules] == ["HL001", "HL002", "HL901", "HL902"]
