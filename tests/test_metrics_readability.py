"""report.metrics: textstat's formulas on our sentences, per section, and the jargon-aware
grade."""

from __future__ import annotations

import subprocess
import sys
from functools import cache

import pytest
import textstat

from healthlint import Config, Linter
from healthlint.report import Report

FORMULAS = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "smog": textstat.smog_index,
    "gunning_fog": textstat.gunning_fog,
    "dale_chall": textstat.dale_chall_readability_score,
    "average_sentence_length": textstat.words_per_sentence,
    "words": textstat.lexicon_count,
    "sentences": textstat.sentence_count,
}
# Texts whose sentences textstat's regular expression and spaCy split the same way.
SAME_SENTENCES = [
    "Wash your hands often. Use soap and warm water. Dry them on a clean towel.",
    "High blood pressure rarely causes symptoms, so many people do not know they have it. "
    "Regular checks at a pharmacy or clinic can find it early. Treatment usually combines "
    "medicine with changes to diet, exercise and alcohol consumption.",
    "Ibuprofen is an anti-inflammatory painkiller. It isn't suitable for everyone! Don't take "
    "it if you've had a stomach ulcer. Are you pregnant? Ask a pharmacist first.",
    "Osteoporosis weakens bones. Fractures occur after minor falls. Vitamin D supplementation "
    "and weight-bearing physical activity are recommended interventions.",
]


@cache
def _linter(audience: str = "general") -> Linter:
    return Linter(Config(select=("HL301",), audience=audience))


def _report(text: str, filename: str = "article.txt") -> Report:
    return _linter().check(text, filename)


@pytest.mark.parametrize("text", SAME_SENTENCES)
@pytest.mark.parametrize("figure", sorted(FORMULAS))
def test_formula_equals_textstat_on_the_same_text(text: str, figure: str) -> None:
    assert _report(text).metrics[figure] == pytest.approx(FORMULAS[figure](text), abs=0.006)


def test_abbreviations_do_not_split_sentences_as_they_do_in_textstat() -> None:
    text = "Take 2.5 mg of the medicine, e.g. with breakfast, and see Dr. Patel in a week."
    assert textstat.sentence_count(text) > 1
    assert _report(text).metrics["sentences"] == 1


def test_metrics_keep_words_and_sentences_and_add_every_formula() -> None:
    metrics = _report(SAME_SENTENCES[1]).metrics
    expected = {"words", "sentences", "grade", "smog", "flesch_kincaid_grade"}
    assert expected | {"flesch_reading_ease", "gunning_fog", "dale_chall", "jargon_share"} <= set(
        metrics
    )


def test_headings_are_not_counted_as_sentences() -> None:
    plain = _report("Wash your hands often. Use soap and warm water.").metrics
    headed = _report("# Hand washing\n\nWash your hands often. Use soap and warm water.", "a.md")
    assert headed.metrics["words"] == plain["words"]
    assert headed.metrics["smog"] == plain["smog"]


def test_each_section_is_measured_under_its_heading() -> None:
    text = (
        "# Colds\n\nIntro text about colds and how long they last.\n\n"
        "## Symptoms\n\nYou may have a sore throat and a runny nose. You may also sneeze.\n\n"
        "## Treatment\n\nPharmacological management encompasses antipyretic and analgesic "
        "medication administered orally."
    )
    metrics = _report(text, "colds.md").metrics
    sections = {section["heading"]: section for section in metrics["sections"]}
    assert list(sections) == ["Colds", "Symptoms", "Treatment"]
    assert sum(section["words"] for section in sections.values()) == metrics["words"]
    assert sections["Treatment"]["grade"] > sections["Symptoms"]["grade"]
    assert [section["line"] for section in sections.values()] == [3, 7, 11]


def test_jargon_raises_the_grade_above_smog() -> None:
    plain = _report("Aspirin can thin the blood. It helps stop a heart attack.").metrics
    jargon = _report("Aspirin is an anticoagulant. It helps prevent myocardial infarction.")
    assert plain["grade"] == pytest.approx(plain["smog"], abs=0.01)
    assert jargon.metrics["grade"] > jargon.metrics["smog"] + 2
    assert jargon.metrics["jargon_share"] > 0.2


def test_names_are_not_unfamiliar_words() -> None:
    metrics = _report("Mr. Okonkwo met Dr. Fitzgerald in Bristol on Monday.").metrics
    assert metrics["unfamiliar_share"] == 0


def test_importing_healthlint_does_not_load_textstat() -> None:
    code = "import sys, healthlint; print('textstat' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_doctor_reports_textstat_offline_and_the_word_lists() -> None:
    from healthlint.status import component_statuses

    (status,) = [item for item in component_statuses() if item.name == "readability"]
    assert status.available
    assert "textstat 0.7.8" in status.detail and "jargon terms" in status.detail


def test_syllable_counts_equal_textstats_own_for_every_word_of_the_sample_and_lexicon() -> None:
    from textstat.backend import counts

    from healthlint.analysis.plain_language import builtin_jargon
    from healthlint.analysis.readability import TEXTSTAT_LANGUAGE, syllables

    words = {
        word for term in builtin_jargon() for word in (*term.words, *" ".join(term.plain).split())
    }
    words |= {"fasciculations", "well-known", "HbA1c", "isn't", "zorblatine", "café", "100mg"}
    mismatches = {
        word for word in words if syllables(word) != counts.count_syllables(word, TEXTSTAT_LANGUAGE)
    }
    assert mismatches == set()
