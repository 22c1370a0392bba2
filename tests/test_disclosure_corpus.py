"""Regression floor for the HL2xx rules on the labelled corpus in tests/corpora/disclosure:
every rule keeps precision and recall of at least 0.95.

The figures themselves are printed by benchmarks/disclosure_accuracy.py.
"""

from __future__ import annotations

import pytest
from disclosure_corpus import CORPUS, family_codes, load_corpus, score_corpus

FLOOR = 0.95
MINIMUM_DOCUMENTS = 40


@pytest.fixture(scope="module")
def scores() -> dict:
    return score_corpus(load_corpus())


def test_corpus_has_enough_documents_in_every_format() -> None:
    documents = load_corpus()
    suffixes = {document.path.suffix for document in documents}
    assert len(documents) >= MINIMUM_DOCUMENTS
    assert suffixes == {".txt", ".md", ".html"}
    assert all(document.path.exists() for document in documents)


def test_every_corpus_file_is_labelled() -> None:
    labelled = {document.path.name for document in load_corpus()}
    on_disk = {path.name for path in CORPUS.iterdir() if path.name != "labels.yml"}
    assert on_disk == labelled


def test_every_rule_is_expected_somewhere_in_the_corpus() -> None:
    expected = set().union(*(document.must for document in load_corpus()))
    assert expected == set(family_codes())


@pytest.mark.parametrize("code", family_codes())
def test_rule_precision_and_recall_stay_above_the_floor(scores: dict, code: str) -> None:
    score = scores[code]
    assert score.precision >= FLOOR, score.mistakes
    assert score.recall >= FLOOR, score.mistakes
