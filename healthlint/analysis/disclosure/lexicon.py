"""The word lists and patterns of the disclosure rules, kept as data in
``healthlint/data/disclosure/lexicon.yml`` and compiled once per process.

In every pattern a space matches any run of whitespace (line breaks included) and `` ?`` an
optional one, so a phrase split over two lines of the source still matches. ``{name}``
inserts another entry of the file (e.g. ``{professionals}``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

LEXICON_RESOURCE = ("healthlint", "data/disclosure/lexicon.yml")
_ALTERNATION = re.compile(r"\s*\|\s*")


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns, one attribute per entry of the lexicon file."""

    consult: re.Pattern[str]
    disclaimer: re.Pattern[str]
    emergency: re.Pattern[str]
    red_flags: re.Pattern[str]
    reference_headings: re.Pattern[str]
    source_labels: re.Pattern[str]
    citations: re.Pattern[str]
    sponsorship: re.Pattern[str]
    disclosure: re.Pattern[str]
    promotion: re.Pattern[str]
    affiliate_urls: re.Pattern[str]
    supplements: re.Pattern[str]
    structure_function: re.Pattern[str]
    claim_distance: re.Pattern[str]
    treatment_terms: re.Pattern[str]
    dosage: re.Pattern[str]
    recommend_phrases: re.Pattern[str]
    health_terms: re.Pattern[str]
    fda_evaluated: re.Pattern[str]
    fda_intended: re.Pattern[str]
    disclaimer_cues: tuple[re.Pattern[str], ...]
    disclosure_cues: tuple[re.Pattern[str], ...]
    source_domains: frozenset[str]
    source_tlds: frozenset[str]
    recommend_verbs: frozenset[str]


def compile_pattern(pattern: str, entries: dict[str, str] | None = None) -> re.Pattern[str]:
    """Compile one lexicon pattern: fill ``{name}`` slots, make spaces whitespace-tolerant."""
    for name, value in (entries or {}).items():
        pattern = pattern.replace("{" + name + "}", value)
    pattern = pattern.replace(" ?", r"\s*").replace(" ", r"\s+")
    return re.compile(pattern, re.IGNORECASE)


def _alternation(value: str) -> str:
    """A folded word list (``a|b|\\n c``) as one tidy alternation group."""
    return _ALTERNATION.sub("|", value.strip())


def _any_of(patterns: list[str], entries: dict[str, str]) -> re.Pattern[str]:
    return compile_pattern("|".join(f"(?:{item})" for item in patterns), entries)


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (read from package data once per process)."""
    package, name = LEXICON_RESOURCE
    raw: dict[str, Any] = yaml.safe_load(resources.files(package).joinpath(name).read_text("utf-8"))
    words = {
        key: _alternation(raw[key])
        for key in (
            "professionals",
            "whose",
            "advice_words",
            "supplements",
            "structure_function_verbs",
            "body_functions",
            "treatment_terms",
            "health_terms",
            "claim_distance",
            "reference_headings",
        )
    }
    structure_function = r"\b{structure_function_verbs}\b.{0,60}?\b{body_functions}\b"
    return Lexicon(
        consult=_any_of(raw["consult"], words),
        disclaimer=_any_of(raw["disclaimer"], words),
        emergency=_any_of(raw["emergency"], words),
        red_flags=_any_of(raw["red_flags"], words),
        reference_headings=compile_pattern(words["reference_headings"]),
        source_labels=compile_pattern(raw["source_labels"]),
        citations=_any_of(raw["citations"], words),
        sponsorship=_any_of(raw["sponsorship"], words),
        disclosure=_any_of(raw["disclosure"], words),
        promotion=_any_of(raw["promotion"], words),
        affiliate_urls=_any_of(raw["affiliate_urls"], words),
        supplements=compile_pattern(r"\b{supplements}\b", words),
        structure_function=compile_pattern(structure_function, words),
        claim_distance=compile_pattern(words["claim_distance"]),
        treatment_terms=compile_pattern(r"\b" + words["treatment_terms"] + r"\b"),
        dosage=compile_pattern(raw["dosage"]),
        recommend_phrases=_any_of(raw["recommend_phrases"], words),
        health_terms=compile_pattern(r"\b" + words["health_terms"] + r"\b"),
        fda_evaluated=compile_pattern(raw["fda_statement"]["evaluated"]),
        fda_intended=compile_pattern(raw["fda_statement"]["intended"]),
        disclaimer_cues=tuple(compile_pattern(item) for item in raw["disclaimer_cues"].values()),
        disclosure_cues=tuple(compile_pattern(item) for item in raw["disclosure_cues"].values()),
        source_domains=frozenset(raw["source_domains"]),
        source_tlds=frozenset(raw["source_tlds"]),
        recommend_verbs=frozenset(raw["recommend_verbs"]),
    )
