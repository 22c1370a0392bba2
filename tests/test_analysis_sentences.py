"""The sentence analyzer (healthlint.analyze): claim strength, advice strength, hedges and
evidence, on our own sentences and articles."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import healthlint
from healthlint import Config, Linter
from healthlint.analysis.sentences import SentenceAnalysis, sentence_analyses
from healthlint.context import LintContext
from healthlint.formats import read_document

LABELS = Path(__file__).resolve().parent / "corpora" / "claims" / "analysis.yml"
#: Regression floors on tests/corpora/claims/analysis.yml (measured: 0.93, 0.98, 1.00).
MIN_CLAIM_ACCURACY = 0.85
MIN_ADVICE_ACCURACY = 0.9
MIN_HEDGE_ACCURACY = 0.9


def only(text: str) -> SentenceAnalysis:
    """The analysis of a one-sentence text."""
    analyses = healthlint.analyze(text)
    assert len(analyses) == 1, analyses
    return analyses[0]


def analyses_of(source: str, filename: str) -> list[SentenceAnalysis]:
    """Analyse an article in any format through the linter's pipeline."""
    linter = Linter(Config().replace(select=("HL102",)))
    document = read_document(source, filename)
    context = LintContext(
        document, linter.pipeline(document.text), linter.config, linter.pipeline.features
    )
    return sentence_analyses(context)


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Sugar causes cancer.", "direct_causal"),
        ("Statins reduce the risk of a heart attack.", "direct_causal"),
        ("Muscles are responsible for most back pain.", "direct_causal"),
        ("Coffee may protect against liver disease.", "conditional_causal"),
        ("Exercise appears to improve sleep.", "conditional_causal"),
        ("Higher sugar intake is linked to weight gain.", "correlational"),
        ("Obesity is associated with type 2 diabetes.", "correlational"),
        ("The clinic opens at 9 a.m. on weekdays.", "none"),
        ("More research is needed to find out whether zinc shortens colds.", "none"),
    ],
)
def test_claim_strength_follows_the_yu_scheme(text: str, strength: str) -> None:
    assert only(text).claim_strength == strength


@pytest.mark.parametrize(
    "text",
    [
        "The assessment of these risk factors took two years.",
        "Data on common risk factors were collected by nurses.",
        "Vitamin D levels were measured in relation to the season.",
    ],
)
def test_a_relation_named_as_the_topic_of_another_noun_is_no_claim(text: str) -> None:
    assert only(text).claim_strength == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Smokers are at increased risk of lung cancer.",
        "Ferritin may serve as a marker of iron stores.",
        "This trial adds evidence for a link between sleep and mood.",
    ],
)
def test_a_relation_that_is_an_argument_of_the_clause_is_a_claim(text: str) -> None:
    assert only(text).claim_strength == "correlational"


def test_a_verb_the_parser_missed_in_a_long_sentence_is_still_found() -> None:
    text = (
        "Doses of 20 mg significantly reduced levels of LDL cholesterol in the second year "
        "of the trial."
    )
    assert only(text).claim_strength == "direct_causal"


def test_the_relation_nearest_the_root_states_the_main_claim() -> None:
    analysis = only(
        "Regular exercise lowers blood pressure, which is associated with fewer strokes."
    )
    assert analysis.claim_strength == "direct_causal"


@pytest.mark.parametrize(
    "text",
    [
        "Inflammation is involved in the damage to the joint lining.",
        "Sleep plays an important role in memory.",
        "Fibre makes a large contribution to gut health.",
        "Blood flow was limited by the tight bandage.",
    ],
)
def test_periphrastic_causal_claims_are_direct(text: str) -> None:
    assert only(text).claim_strength == "direct_causal"


@pytest.mark.parametrize(
    "text",
    [
        "The patients involved in the study were older.",
        "The analysis was limited by the small number of patients.",
    ],
)
def test_participation_and_study_limitations_are_no_claim(text: str) -> None:
    assert only(text).claim_strength == "none"


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("People with diabetes have a higher risk of kidney disease.", "correlational"),
        ("The clinic runs a programme for high-risk patients.", "none"),
        ("Patients at high risk of falls were given hip protectors.", "none"),
    ],
)
def test_a_risk_level_is_a_claim_only_when_predicated(text: str, strength: str) -> None:
    assert only(text).claim_strength == strength


def test_a_denied_cure_is_marked_negated() -> None:
    analysis = only("This tea does not cure arthritis.")
    assert analysis.negated
    assert not only("This tea cures arthritis.").negated


def test_increased_as_an_adjective_states_no_cause() -> None:
    assert only("Increased screen time was observed in teenagers.").claim_strength != (
        "direct_causal"
    )


def test_a_hedge_on_the_reporting_verb_leaves_the_reported_claim_direct() -> None:
    analysis = only("The results suggest that the diet lowers cholesterol.")
    assert analysis.claim_strength == "direct_causal"
    assert analysis.hedged and "suggest" in analysis.hedge_cues


def test_claim_modal_and_generic_describe_how_the_claim_is_stated() -> None:
    assert only("Stress can cause headaches.").claim_modal == "can"
    assert only("Sugar causes cancer.").generic
    assert not only("In the trial, the drug reduced pain.").generic
    assert not only("We found that exercise lowers blood pressure.").generic


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Take 2,000 mg of vitamin C a day.", "strong"),
        ("You should see a doctor if the rash spreads.", "strong"),
        ("We recommend a flu vaccine every autumn.", "strong"),
        ("Do not give aspirin to children under 16.", "strong"),
        ("Physiotherapy could be considered for long-lasting back pain.", "weak"),
        ("Yoga is a reasonable alternative for people who dislike the gym.", "weak"),
        ("Further studies should confirm these results.", "none"),
        ("Psoriasis is a long-term skin condition.", "none"),
        ("This drug offers an alternative to surgery.", "weak"),
        ("These findings highlight the importance of hand washing.", "weak"),
        ("Regional anaesthesia reduces the need for opioids.", "none"),
        ("This treatment should be evaluated further in larger trials.", "none"),
        ("Children with a fever should be examined by a doctor.", "strong"),
    ],
)
def test_advice_strength(text: str, strength: str) -> None:
    assert only(text).advice_strength == strength


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Green tea may help.", "may"),
        ("The virus is thought to spread through droplets.", "think"),
        ("It is unclear whether the supplement works.", "unclear"),
        ("These findings indicate that the drug is safe.", "indicate"),
    ],
)
def test_hedge_cues_are_found(text: str, cue: str) -> None:
    analysis = only(text)
    assert analysis.hedged
    assert cue in analysis.hedge_cues


@pytest.mark.parametrize(
    "text",
    [
        "A rash appears within two days.",
        "The test indicates the dose you need.",
        "Take your tablets as soon as possible.",
        "Smokers are more likely to develop gum disease.",
        "You should see a doctor if the rash spreads.",
    ],
)
def test_words_that_only_sometimes_hedge_do_not_hedge_here(text: str) -> None:
    assert not only(text).hedged


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Smoking causes lung cancer [1].", "citation"),
        ("Smoking causes lung cancer (Doll et al., 1954).", "citation"),
        ("Smoking causes lung cancer (doi:10.1136/bmj.1.4877.1451).", "citation"),
        ("According to the CDC, smoking causes most lung cancers.", "named_source"),
        ("The American Cancer Society says smoking causes most lung cancers.", "named_source"),
        ("A 2019 trial of 500 adults found that the drug lowered pain.", "study"),
    ],
)
def test_evidence_kinds_in_the_sentence(text: str, kind: str) -> None:
    analysis = only(text)
    assert analysis.evidence
    assert kind in analysis.evidence_kinds


@pytest.mark.parametrize(
    "text",
    [
        "Studies show that sugar causes cancer.",
        "According to experts, sugar causes cancer.",
        "Smoking causes lung cancer.",
    ],
)
def test_vague_or_absent_sources_are_not_evidence(text: str) -> None:
    assert not only(text).evidence


def test_a_markdown_link_is_evidence_for_its_sentence_only() -> None:
    source = (
        "Coffee is linked to less liver disease ([Kennedy 2017](https://example.org/k)). "
        "Coffee cures cancer.\n"
    )
    first, second = analyses_of(source, "article.md")
    assert "link" in first.evidence_kinds
    assert not second.evidence


def test_a_footnote_marker_is_evidence() -> None:
    source = "Salt raises blood pressure.[^1]\n\n[^1]: He FJ, et al. BMJ. 2013.\n"
    assert "citation" in analyses_of(source, "article.md")[0].evidence_kinds


def test_a_named_source_frames_the_rest_of_its_paragraph_without_a_reference_list() -> None:
    source = (
        "According to the NHS, salt raises blood pressure. It also strains the kidneys.\n\n"
        "Salt causes strokes.\n"
    )
    first, second, third = analyses_of(source, "article.txt")
    assert first.evidence and second.evidence
    assert not third.evidence


def test_a_reference_list_raises_the_bar_to_the_sentence_itself() -> None:
    source = (
        "Salt and health\n\nAccording to the NHS, salt raises blood pressure. "
        "It also strains the kidneys.\n\nReferences\n\n1. NHS. Salt. 2023.\n"
    )
    analyses = analyses_of(source, "article.txt")
    strains = next(a for a in analyses if a.text.startswith("It also"))
    assert not strains.evidence


def test_analyze_offsets_point_into_the_text() -> None:
    text = "Sugar causes cancer. Exercise may lower blood pressure."
    for analysis in healthlint.analyze(text):
        assert text[analysis.start : analysis.end] == analysis.text


def test_analyses_are_computed_once_per_article() -> None:
    linter = Linter(Config().replace(select=("HL102",)))
    document = read_document("Sugar causes cancer.", None)
    context = LintContext(
        document, linter.pipeline(document.text), linter.config, linter.pipeline.features
    )
    assert sentence_analyses(context) is sentence_analyses(context)


def test_the_analyzer_stays_above_its_floor_on_our_labelled_sentences() -> None:
    rows = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    claims = advice = hedges = 0
    for text, claim_strength, advice_strength, hedged in rows:
        analysis = healthlint.analyze(text)[0]
        claims += analysis.claim_strength == claim_strength
        advice += analysis.advice_strength == advice_strength
        hedges += analysis.hedged == hedged
    assert claims / len(rows) >= MIN_CLAIM_ACCURACY
    assert advice / len(rows) >= MIN_ADVICE_ACCURACY
    assert hedges / len(rows) >= MIN_HEDGE_ACCURACY
