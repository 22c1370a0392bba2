"""The labelled HL2xx corpus in tests/corpora/disclosure: load it, lint it, score each rule.

Used by tests/test_disclosure_corpus.py (regression floor) and
benchmarks/disclosure_accuracy.py (prints the figures).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from corpus_score import Score

from healthlint import Linter
from healthlint.config import config_from_mapping
from healthlint.registry import builtin_rule_set

CORPUS = Path(__file__).resolve().parent / "corpora" / "disclosure"
FAMILY = "HL2"


@dataclass(frozen=True)
class LabelledDocument:
    """One corpus document: its path, the codes it must get, its configuration, and its set
    (``tuning``, or ``holdout`` for documents written after the rules were tuned)."""

    path: Path
    must: frozenset[str]
    config: Mapping[str, Any]
    set: str = "tuning"


def family_codes() -> list[str]:
    """Every built-in HL2xx rule code."""
    return [code for code in builtin_rule_set().rules if code.startswith(FAMILY)]


def load_corpus() -> list[LabelledDocument]:
    """The labelled documents, with each document's configuration merged over the defaults."""
    labels = yaml.safe_load((CORPUS / "labels.yml").read_text(encoding="utf-8"))
    defaults = labels.get("defaults", {}).get("config", {})
    return [
        LabelledDocument(
            CORPUS / name,
            frozenset(entry.get("must", [])),
            {**defaults, **entry.get("config", {})},
            entry.get("set", "tuning"),
        )
        for name, entry in labels["documents"].items()
    ]


def found_codes(document: LabelledDocument, codes: list[str]) -> set[str]:
    """The HL2xx codes healthlint reports on one document."""
    config = config_from_mapping(document.config).replace(select=tuple(codes))
    report = Linter(config).check(document.path.read_text(encoding="utf-8"), str(document.path))
    return {finding.code for finding in report.findings}


def score_corpus(documents: list[LabelledDocument]) -> dict[str, Score]:
    """Per-rule precision/recall counts; ``mistakes`` names each misclassified document."""
    codes = family_codes()
    scores = {code: Score() for code in codes}
    for document, found in _results(documents, codes):
        for code in codes:
            score = scores[code]
            expected, reported = code in document.must, code in found
            if expected and reported:
                score.true_positives += 1
            elif reported:
                score.false_positives += 1
                score.mistakes.append(f"false positive: {document.path.name}")
            elif expected:
                score.false_negatives += 1
                score.mistakes.append(f"missed: {document.path.name}")
    return scores


def _results(
    documents: list[LabelledDocument], codes: list[str]
) -> Iterator[tuple[LabelledDocument, set[str]]]:
    for document in documents:
        yield document, found_codes(document, codes)
