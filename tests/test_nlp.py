"""The spaCy pipeline cache: one model per set of needs, reused for snippet analyses."""

from __future__ import annotations

from healthlint.nlp import get_pipeline, shared_pipeline


def test_shared_pipeline_reuses_a_loaded_pipeline_that_provides_the_needs() -> None:
    full = get_pipeline(frozenset({"parse", "entities"}))
    assert shared_pipeline(frozenset({"entities"})) is full


def test_get_pipeline_is_loaded_once_per_set_of_needs() -> None:
    needs = frozenset({"lemmas"})
    assert get_pipeline(needs) is get_pipeline(needs)
    assert "parser" not in get_pipeline(needs).nlp.pipe_names
