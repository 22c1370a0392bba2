"""The labelled HL4xx corpora in tests/corpora/language: load one, lint it, score it.

Each line is a sentence, a tab and the expected finding: the text it should cover and, for
HL405, ``->`` and the suggestion ("there->their"), or ``-`` when the rule should stay
quiet. ``\\n`` in a line stands for a line break.
"""

from __future__ import annotations

from pathlib import Path

from corpus_score import Score

from healthlint import Linter

CORPORA = Path(__file__).resolve().parent / "corpora" / "language"


def load(name: str) -> list[tuple[str, str]]:
    """The (sentence, expected) rows of ``tests/corpora/language/<name>.tsv``."""
    rows = []
    for line in (CORPORA / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, expected = line.split("\t")
            rows.append((sentence.replace("\\n", "\n"), expected.replace("\\n", "\n")))
    return rows


def labels(linter: Linter, sentence: str, with_suggestion: bool) -> set[str]:
    """The findings on ``sentence`` written as the corpus labels them."""
    found = set()
    for finding in linter.check(sentence).findings:
        label = sentence[finding.start : finding.end]
        if with_suggestion:
            label += f"->{finding.suggestions[0]}"
        found.add(label)
    return found


def score(linter: Linter, rows: list[tuple[str, str]], with_suggestion: bool) -> Score:
    """Lint every row and count the findings against the labels."""
    result = Score()
    for sentence, expected in rows:
        wanted = set() if expected == "-" else {expected}
        found = labels(linter, sentence, with_suggestion)
        result.true_positives += len(found & wanted)
        result.false_positives += len(found - wanted)
        result.false_negatives += len(wanted - found)
        if found != wanted:
            result.mistakes.append(f"{sentence!r}: expected {expected!r}, found {sorted(found)}")
    return result
