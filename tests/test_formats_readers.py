"""Reader behaviour on specific constructs: what is prose, what is metadata, and where it maps."""

from __future__ import annotations

import pytest

from healthlint import InputError
from healthlint.document import Document
from healthlint.formats import read_document


def spans(document: Document, word: str) -> list[tuple[int, int]]:
    """(line, column) in the source of each occurrence of ``word`` in the prose."""
    found, start = [], document.text.find(word)
    while start >= 0:
        source_start, _ = document.source_span(start, start + len(word))
        found.append(document.line_column(source_start))
        start = document.text.find(word, start + 1)
    return found


# -- Markdown --------------------------------------------------------------------------------


def test_markdown_front_matter_is_metadata_not_prose() -> None:
    source = (
        "---\ntitle: Back pain\nauthor: [Ann Lee, Bo Chan]\ndate: 2025-01-02\n"
        "reviewed_by: {name: Dr Cho}\n---\n# Heading\n\nBody zebra.\n"
    )
    document = read_document(source, "a.md")
    assert document.text == "Heading\n\nBody zebra."
    assert document.metadata["title"] == "Back pain"
    assert document.metadata["author"] == ["Ann Lee", "Bo Chan"]
    assert document.metadata["reviewed_by"] == ["Dr Cho"]
    assert str(document.metadata["date_published"]) == "2025-01-02"
    assert spans(document, "zebra") == [(9, 6)]


def test_markdown_invalid_front_matter_is_an_input_error_with_a_line() -> None:
    with pytest.raises(InputError, match=r"a\.md:\d+: front matter is not valid YAML"):
        read_document("---\ntitle: [unclosed\n---\nText.\n", "a.md")


def test_markdown_code_comments_urls_and_definitions_are_not_prose() -> None:
    source = (
        'Use `qqcode` and <!-- qqcomment --> see [the zebra](https://x.org/qqurl "qqtitle").\n\n'
        "```\nqqfence\n```\n\n    qqindented\n\n[ref]: https://x.org/qqdef\n\n"
        "Also [a zebra][ref] and <https://x.org/qqauto> and ![qqalt](q.png).\n"
    )
    document = read_document(source, "a.md")
    assert "qq" not in document.text
    assert spans(document, "zebra") == [(1, 46), (11, 9)]
    assert [link.url for link in document.links] == [
        "https://x.org/qqurl",
        "https://x.org/qqdef",
        "https://x.org/qqauto",
    ]
    first = document.links[0]
    assert document.text[first.start : first.end] == "the zebra"


def test_markdown_autolink_inside_a_blockquote_keeps_following_words_in_place() -> None:
    document = read_document("> <https://x.org/a> zebra\n", "a.md")
    assert spans(document, "zebra") == [(1, 21)]


def test_markdown_blocks_have_kinds_and_nesting_is_flattened() -> None:
    source = "# Title\n\n## Part\n\n- one\n  - two\n\n> quoted\n\n| a | b |\n|---|---|\n| c | d |\n"
    document = read_document(source, "a.md")
    kinds = [(block.kind, document.block_text(block)) for block in document.blocks]
    assert kinds == [
        ("title", "Title"),
        ("heading", "Part"),
        ("list_item", "one"),
        ("list_item", "two"),
        ("quote", "quoted"),
        ("table_cell", "a"),
        ("table_cell", "b"),
        ("table_cell", "c"),
        ("table_cell", "d"),
    ]


def test_markdown_escapes_and_entities_map_to_their_whole_source() -> None:
    document = read_document("A \\*zebra\\* &amp; caf&eacute;\n", "a.md")
    assert document.text == "A *zebra* & café"
    star = document.text.index("*")
    assert document.source[slice(*document.source_span(star, star + 1))] == "\\*"
    amp = document.text.index("&")
    assert document.source[slice(*document.source_span(amp, amp + 1))] == "&amp;"


def test_markdown_footnote_reference_becomes_a_bracketed_marker() -> None:
    document = read_document("Stretching helps[^1].\n\n[^1]: A trial.\n", "a.md")
    assert document.text.startswith("Stretching helps[1].")


# -- HTML ------------------------------------------------------------------------------------


def test_html_metadata_from_meta_tags_and_json_ld() -> None:
    source = (
        "<html><head><title>Page</title>"
        '<meta name="author" content="Ann Lee">'
        '<meta property="article:published_time" content="2025-03-01">'
        '<script type="application/ld+json">{"@type": "MedicalWebPage", '
        '"datePublished": "2025-02-01", "dateModified": "2025-04-01", '
        '"author": {"@type": "Person", "name": "Bo Chan"}}</script>'
        "</head><body><p>Zebra.</p></body></html>"
    )
    document = read_document(source, "a.html")
    assert document.text == "Zebra."
    assert document.metadata["author"] == ["Bo Chan"]  # JSON-LD first, then <meta>
    assert document.metadata["date_published"] == "2025-02-01"
    assert document.metadata["date_modified"] == "2025-04-01"
    assert document.metadata["meta"]["author"] == "Ann Lee"
    assert document.metadata["meta"]["article:published_time"] == "2025-03-01"


def test_html_meta_author_alone_is_the_author() -> None:
    document = read_document('<meta name="author" content="Ann Lee"><p>Hi.</p>', "a.html")
    assert document.metadata["author"] == ["Ann Lee"]


def test_html_non_prose_elements_are_skipped() -> None:
    source = (
        "<p>One zebra</p><script>var qqscript = '<p>x</p>';</script>"
        "<style>.qqstyle{}</style><template><p>qqtemplate</p></template>"
        "<noscript>qqnoscript</noscript><pre>qqpre</pre><p>two <code>qqcode</code> zebra</p>"
        "<!-- qqcomment --><![CDATA[qqcdata]]>"
    )
    document = read_document(source, "a.html")
    assert "qq" not in document.text
    assert document.text.count("zebra") == 2


def test_html_entities_decode_and_map_to_the_entity() -> None:
    source = "<p>Caf&eacute; &amp zebra&#8212;&#x2014;&nbsp;done</p>"
    document = read_document(source, "a.html")
    assert document.text == "Café & zebra——\xa0done"
    dash = document.text.index("—")
    assert document.source[slice(*document.source_span(dash, dash + 1))] == "&#8212;"


def test_html_positions_with_uppercase_tags_and_crlf() -> None:
    source = "<HTML>\r\n<BODY>\r\n<P>First line\r\nsecond zebra</P>\r\n</BODY></HTML>"
    document = read_document(source, "a.htm")
    assert spans(document, "zebra") == [(4, 8)]


# -- text ------------------------------------------------------------------------------------


def test_text_headings_lists_and_comments() -> None:
    source = "Back Pain Basics\n\nWhat helps\n\n- Rest a day.\n- Heat <!-- note --> helps.\n"
    document = read_document(source, "a.txt")
    kinds = [(block.kind, document.block_text(block)) for block in document.blocks]
    assert kinds == [
        ("title", "Back Pain Basics"),
        ("heading", "What helps"),
        ("list_item", "Rest a day."),
        ("list_item", "Heat  helps."),
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_text_line_columns_with_every_line_ending(newline: str) -> None:
    source = newline.join(["Title here", "", "A first line.", "Then a zebra."]) + newline
    document = read_document(source, "a.txt")
    assert spans(document, "zebra") == [(4, 8)]
