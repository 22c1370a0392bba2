"""The spaCy pipeline cache: one model per set of needs, reused for snippet analyses."""

from __future__ import annotations

from healthlint import nlp
from healthlint.nlp import get_pipeline, shared_pipeline

ARTICLE_LINE = "Dr. Hannah Ode wrote this article in London."


def test_shared_pipeline_reuses_a_loaded_pipeline_instead_of_loading_another() -> None:
    get_pipeline(frozenset({"parse", "entities"}))
    loaded = dict(nlp._cache)

    shared = shared_pipeline(frozenset({"entities"}))

    assert "entities" in shared.features | shared.idle  # run, or loaded for .entities()
    assert any(shared is pipeline for pipeline in loaded.values())
    assert nlp._cache == loaded


def test_get_pipeline_is_loaded_once_per_set_of_needs() -> None:
    needs = frozenset({"lemmas"})
    assert get_pipeline(needs) is get_pipeline(needs)
    assert "parser" not in get_pipeline(needs).nlp.pipe_names


def test_a_pipeline_without_entities_loads_the_recogniser_idle_for_snippets() -> None:
    """A linter whose rules need no entities does not run NER on articles, yet a snippet's
    entities come from that same model (no second one loaded), as from one that runs NER."""
    idle = get_pipeline(frozenset({"lemmas", "parse", "tags"}))
    assert "ner" not in idle.nlp.pipe_names and "entities" in idle.idle
    assert idle(ARTICLE_LINE).ents == ()

    running = get_pipeline(frozenset({"parse", "entities"}))
    for text in (ARTICLE_LINE, "Reviewed by Priya Khanna, MD", "Back Pain Basics"):
        from_idle = [(entity.text, entity.label_) for entity in idle.entities(text).ents]
        assert from_idle == [(entity.text, entity.label_) for entity in running(text).ents]
    assert idle.entities(ARTICLE_LINE).ents
