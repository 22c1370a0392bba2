"""The spaCy pipeline cache: one model per set of needs, reused for snippet analyses."""

from __future__ import annotations

from healthlint import nlp
from healthlint.nlp import get_pipeline, shared_pipeline


def test_shared_pipeline_reuses_a_loaded_pipeline_instead_of_loading_another() -> None:
    get_pipeline(frozenset({"parse", "entities"}))
    loaded = dict(nlp._cache)

    shared = shared_pipeline(frozenset({"entities"}))

    assert "entities" in shared.features
    assert any(shared is pipeline for pipeline in loaded.values())
    assert nlp._cache == loaded


def test_get_pipeline_is_loaded_once_per_set_of_needs() -> None:
    needs = frozenset({"lemmas"})
    assert get_pipeline(needs) is get_pipeline(needs)
    assert "parser" not in get_pipeline(needs).nlp.pipe_names
