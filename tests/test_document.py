"""Document: the source map, line:column, blocks and sections."""

from __future__ import annotations

from healthlint import Linter
from healthlint.document import ProseBuilder, line_starts
from healthlint.formats import read_document


def test_line_starts_handle_every_line_ending() -> None:
    assert line_starts("a\nb\r\nc\rd") == [0, 2, 5, 7]
    assert line_starts("") == [0]


def test_line_column_is_one_based_and_counts_characters() -> None:
    document = read_document("é ab\ncd zebra\n", "a.txt")
    assert document.line_column(0) == (1, 1)
    assert document.line_column(3) == (1, 4)
    assert document.line_column(8) == (2, 4)
    assert document.source_line(2) == "cd zebra"
    assert document.offset_of_line(2) == 5


def test_source_span_of_a_prose_span_across_a_block_separator() -> None:
    source = "# Head\n\nBody text.\n"
    document = read_document(source, "a.md")
    assert document.text == "Head\n\nBody text."
    assert document.source_span(0, len(document.text)) == (2, len(source) - 1)
    assert source[slice(*document.source_span(6, 10))] == "Body"


def test_source_span_is_clamped_to_the_prose() -> None:
    document = read_document("Zebra.", "a.txt")
    assert document.source_span(-5, 100) == (0, 6)
    assert read_document("", "a.txt").source_span(0, 3) == (0, 0)


def test_prose_builder_maps_added_text_to_the_whole_span() -> None:
    builder = ProseBuilder("x&amp;y")
    builder.begin_block()
    builder.copy(0, 1)
    builder.add("&", 1, 6)
    builder.copy(6, 7)
    block = builder.end_block("paragraph")
    document = builder.build("html", None)
    assert document.text == "x&y" and block is not None
    assert document.source_span(1, 2) == (1, 6)


def test_blank_blocks_are_dropped() -> None:
    builder = ProseBuilder("   ")
    builder.begin_block()
    builder.copy(0, 3)
    assert builder.end_block("paragraph") is None
    assert builder.blocks == []


def test_sections_group_blocks_under_their_heading() -> None:
    document = read_document("Intro.\n\n# One\n\nA.\n\nB.\n\n## Two\n\nC.\n", "a.md")
    sections = [
        (heading and document.block_text(heading), [document.block_text(b) for b in body])
        for heading, body in document.sections()
    ]
    assert sections == [(None, ["Intro."]), ("One", ["A.", "B."]), ("Two", ["C."])]
    assert document.title is not None and document.block_text(document.title) == "One"
    assert document.block_at(document.text.index("B.")).kind == "paragraph"
    assert document.block_at(document.text.index("\n\n")) is None


def test_pipeline_leaves_out_components_no_enabled_rule_needs(marker_linter: Linter) -> None:
    names = set(marker_linter.pipeline.nlp.pipe_names)
    assert "ner" not in names and "parser" not in names
    assert {"tagger", "lemmatizer"} <= names
    doc = marker_linter.pipeline("Heading\n\nFirst sentence here. Second one.")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Heading",
        "First sentence here.",
        "Second one.",
    ]
