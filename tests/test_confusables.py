"""HL405 confused-word on healthlint's own labelled sentences, with a precision floor, and
the detectors' behaviour on cases that must stay quiet."""

from __future__ import annotations

import pytest
from language_corpus import labels, load, score

from healthlint import Config, Linter

PRECISION_FLOOR = 0.9
RECALL_FLOOR = 0.85


@pytest.fixture(scope="module")
def hl405() -> Linter:
    return Linter(Config(select=("HL405",)))


def _flags(linter: Linter, sentence: str) -> set[str]:
    return labels(linter, sentence, with_suggestion=True)


@pytest.mark.parametrize(
    "corpus",
    ["confusables", "confusables_holdout", "confusables_holdout2", "confusables_holdout3"],
)
def test_confusables_corpus_meets_precision_and_recall_floors(hl405: Linter, corpus: str) -> None:
    result = score(hl405, load(corpus), with_suggestion=True)
    assert result.precision >= PRECISION_FLOOR, result.mistakes
    assert result.recall >= RECALL_FLOOR, result.mistakes


def test_the_corpus_has_both_errors_and_correct_look_alikes() -> None:
    expected = [label for _, label in load("confusables")]
    assert sum(label != "-" for label in expected) >= 30
    assert sum(label == "-" for label in expected) >= 30


def test_suggestion_keeps_a_capital_at_the_start_of_a_sentence(hl405: Linter) -> None:
    assert _flags(hl405, "Their are many causes of back pain.") == {"Their->There"}


def test_its_finding_covers_both_tokens_of_the_contraction(hl405: Linter) -> None:
    text = "The drug lost it's effect."
    (finding,) = hl405.check(text).findings
    assert text[finding.start : finding.end] == "it's"


def test_a_pair_can_be_left_out_through_rule_options() -> None:
    config = Config(select=("HL405",), rule_options={"HL405": {"pairs": ["then-than"]}})
    linter = Linter(config)
    assert linter.check("Ask there doctor.").findings == []
    assert len(linter.check("Walking is better then resting.").findings) == 1
