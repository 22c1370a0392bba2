"""Behaviour of the HL3xx check kinds beyond their rule examples."""

from __future__ import annotations

import json
from functools import cache

import pytest

from healthlint import Config, Linter
from healthlint.analysis.plain_language import builtin_jargon, parse_jargon
from healthlint.config import config_from_mapping
from healthlint.report import Finding, Severity


@cache
def _linter(code: str, settings: str) -> Linter:
    base = config_from_mapping(json.loads(settings)) if settings else Config()
    return Linter(base.replace(select=(code,)))


def _findings(code: str, text: str, filename: str = "a.txt", **settings: object) -> list[Finding]:
    key = json.dumps(settings, sort_keys=True) if settings else ""
    report = _linter(code, key).check(text, filename)
    return [finding for finding in report.findings if finding.code == code]


HARD = (
    "Pharmacological management of hypertension encompasses antihypertensive medication, "
    "dietary sodium restriction and the modification of cardiovascular risk factors, "
    "including hyperlipidemia and physical inactivity. Adherence to the prescribed regimen "
    "substantially reduces the probability of cerebrovascular accidents."
)
EASY = "Eat less salt. Walk each day. Take your pills. Check your blood pressure each week. "


# -- HL301 reading grade -------------------------------------------------------------------


def test_grade_target_follows_the_audience() -> None:
    text = HARD + " " + EASY * 2
    assert _findings("HL301", text, audience="patient")
    assert not _findings("HL301", text, audience="professional")
    assert not _findings("HL301", text, **{"audience": "patient", "target-grade": 40})


def test_grade_finding_names_the_hardest_sentence() -> None:
    (finding,) = _findings("HL301", HARD + " " + EASY * 2, audience="patient")
    assert "Pharmacological management" in finding.data["drivers"][0]
    assert finding.data["target"] == 6
    assert "above the target of 6" in finding.message


def test_hardest_section_is_reported_by_its_heading() -> None:
    text = f"# Blood pressure\n\n{EASY * 4}\n\n## Treatment\n\n{HARD}\n\n## Tips\n\n{EASY * 4}\n"
    findings = _findings("HL301", text, "a.md", audience="general")
    scopes = [finding.data["scope"] for finding in findings]
    assert "the section 'Treatment'" in scopes
    assert "the section 'Tips'" not in scopes


# -- HL302 / HL303 lengths -----------------------------------------------------------------


def test_long_sentence_reports_its_word_count_and_grows_to_a_warning() -> None:
    thirty = " ".join(["word"] * 29) + " end."
    forty = " ".join(["word"] * 39) + " end."
    (long,) = _findings("HL302", thirty)
    (very_long,) = _findings("HL302", forty)
    assert "30 words" in long.message and long.severity is Severity.INFO
    assert very_long.severity is Severity.WARNING


def test_paragraph_of_many_words_is_long_even_with_few_sentences() -> None:
    sentence = " ".join(["word"] * 24) + " end. "
    assert _findings("HL303", sentence * 5)
    assert not _findings("HL303", sentence * 4)


# -- HL304 passive voice -------------------------------------------------------------------


def test_passive_with_agent_suggests_the_active_sentence() -> None:
    (finding,) = _findings("HL304", "Your blood pressure was checked by the nurse.")
    assert finding.data["agent"] == "the nurse"
    assert finding.suggestions == ("the nurse checked",)
    assert "make 'the nurse' the subject" in finding.message


def test_passive_span_covers_the_auxiliaries() -> None:
    text = "The tablets should not be crushed."
    (finding,) = _findings("HL304", text)
    assert text[finding.start : finding.end] == "should not be crushed"


# -- HL305 jargon --------------------------------------------------------------------------


def test_jargon_suggests_its_plain_alternative() -> None:
    (finding,) = _findings("HL305", "Ibuprofen is an analgesic.")
    assert finding.suggestions == ("pain reliever",)
    assert "pain reliever" in finding.message


def test_each_jargon_term_is_reported_once_and_inflections_match() -> None:
    findings = _findings("HL305", "Infarctions are common. An infarction can kill.")
    assert [finding.data["term"] for finding in findings] == ["infarction"]


def test_longest_jargon_term_wins() -> None:
    (finding,) = _findings("HL305", "A deep vein thrombosis can follow a long flight.")
    assert finding.data["term"] == "deep vein thrombosis"


def test_british_spelling_matches_the_lexicon_entry() -> None:
    (finding,) = _findings("HL305", "The test showed hyperkalaemia.")
    assert finding.suggestions == ("high potassium",)


def test_jargon_in_a_heading_is_not_flagged() -> None:
    text = "# Hypertension\n\nHypertension means high blood pressure."
    assert not _findings("HL305", text, "a.md")


def test_house_terms_and_ignored_terms_come_from_rule_options() -> None:
    options = {"medical-jargon": {"terms": {"erythropoietin": "a hormone"}, "ignore": ["renal"]}}
    text = "Erythropoietin comes from the renal tissue."
    findings = _findings("HL305", text, **{"rule-options": options})
    assert [finding.data["term"] for finding in findings] == ["erythropoietin"]


def test_bundled_lexicon_has_at_least_400_terms_with_plain_alternatives() -> None:
    terms = builtin_jargon()
    assert len(terms) >= 400
    assert all(term.plain and all(term.plain) for term in terms)


@pytest.mark.parametrize(
    "text", ["no tab here", "term\t", "dup\tone\ndup\ttwo"], ids=["no-tab", "empty", "duplicate"]
)
def test_malformed_lexicon_lines_are_rejected_with_their_line(text: str) -> None:
    with pytest.raises(ValueError, match="line"):
        parse_jargon(text)


# -- HL306 acronyms ------------------------------------------------------------------------


def test_acronym_defined_later_suggests_its_long_form() -> None:
    text = "Ask about PrEP. Pre-exposure prophylaxis (PrEP) lowers the risk of infection."
    (finding,) = _findings("HL306", text)
    assert finding.data["acronym"] == "PrEP"
    assert finding.suggestions == ("Pre-exposure prophylaxis (PrEP)",)
    assert "before it is spelled out" in finding.message


def test_known_acronyms_from_the_configuration_are_skipped() -> None:
    assert _findings("HL306", "Your eGFR is normal.")
    assert not _findings("HL306", "Your eGFR is normal.", **{"known-acronyms": ["eGFR"]})


# -- HL307 wordy phrases -------------------------------------------------------------------


def test_wordy_phrase_suggests_the_shorter_form() -> None:
    (finding,) = _findings("HL307", "Stretch every morning in order to stay supple.")
    assert finding.suggestions == ("to",)


# -- HL308 number formats ------------------------------------------------------------------


def test_mixed_formats_suggest_one_denominator() -> None:
    text = "About 20% of adults snore, and 1 in 4 of them has sleep apnoea."
    (finding,) = _findings("HL308", text)
    assert finding.suggestions == ("20 in 100", "25 in 100")


@pytest.mark.parametrize(
    "text",
    [
        "Symptoms last 24/7 for 5 in 100 people.",
        "Cases rose by 5 in 2020, to 12% of the total.",
        "About 20% of adults snore.\n\nOne in four of them has sleep apnoea.",
    ],
    ids=["idiom", "year", "separate-paragraphs"],
)
def test_number_formats_ignore_idioms_years_and_other_paragraphs(text: str) -> None:
    assert not _findings("HL308", text)


def test_professional_audience_turns_the_readability_rules_off() -> None:
    codes = {rule.code for rule in Linter(Config(audience="professional")).rules}
    assert not {code for code in codes if code.startswith("HL3")}
    assert {f"HL30{n}" for n in range(1, 9)} <= {rule.code for rule in Linter(Config()).rules}
