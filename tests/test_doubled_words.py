"""HL404 doubled-word on healthlint's own labelled sentences, with precision and recall floors,
and the cases that must stay quiet because the two words are not the same written word."""

from __future__ import annotations

import pytest
from language_corpus import labels, load, score

from healthlint import Config, Linter

PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.95


@pytest.fixture(scope="module")
def hl404() -> Linter:
    return Linter(Config(select=("HL404",)))


def test_doubled_words_corpus_meets_precision_and_recall_floors(hl404: Linter) -> None:
    result = score(hl404, load("doubled_words"), with_suggestion=False)
    assert result.precision >= PRECISION_FLOOR, result.mistakes
    assert result.recall >= RECALL_FLOOR, result.mistakes


def test_the_corpus_has_both_doublings_and_look_alikes() -> None:
    expected = [label for _, label in load("doubled_words")]
    assert sum(label != "-" for label in expected) >= 20
    assert sum(label == "-" for label in expected) >= 15


@pytest.mark.parametrize(
    "text",
    [
        "Support groups remind you you’re not alone.",  # "you’re" is one word
        "The motif reads A A/G at that site.",  # "A/G" is one written word
        "Take it with a glass of water and and-or milk.",
        "We measured AS as a marker of uptake.",  # an acronym beside the word
    ],
)
def test_pieces_of_a_longer_word_or_an_acronym_are_no_doubling(hl404: Linter, text: str) -> None:
    assert labels(hl404, text, with_suggestion=False) == set()


def test_a_doubled_word_in_capitals_is_still_found(hl404: Linter) -> None:
    assert labels(hl404, "TAKE THE THE TABLETS WITH FOOD.", with_suggestion=False) == {"THE THE"}
