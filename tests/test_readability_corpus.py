"""Regression floors for the jargon, passive-voice and acronym rules on our own labelled
corpora (tests/corpora/readability; see its README)."""

from __future__ import annotations

import pytest
from readability_corpus import CORPORA, read_corpus, score

FLOOR = 0.9


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_rule_keeps_precision_and_recall_above_the_floor(name: str) -> None:
    result = score(name)
    assert result.precision >= FLOOR, "\n".join(result.mistakes)
    assert result.recall >= FLOOR, "\n".join(result.mistakes)


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_has_marked_and_unmarked_passages(name: str) -> None:
    passages = read_corpus(name)
    marked = [text for text, spans in passages if spans]
    assert len(marked) >= 15
    assert len(passages) - len(marked) >= 15
