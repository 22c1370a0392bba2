"""The ``claim`` and ``headline`` check kinds and the HL1xx rules built on them."""

from __future__ import annotations

import pytest

from healthlint import Config, Linter
from healthlint.checks.base import CheckError
from healthlint.checks.claim import ClaimCheck, HeadlineCheck


def codes(text: str, filename: str | None = None, select: str = "HL1") -> list[str]:
    """The HL1xx codes found in a text."""
    report = Linter(Config().replace(select=(select,))).check(text, filename)
    return [finding.code for finding in report.findings]


def test_the_sample_article_is_flagged_for_its_unsupported_generalisations(
    sample_text: str,
) -> None:
    report = Linter(Config().replace(select=("HL1",))).check(sample_text, "sample.txt")
    flagged = {(f.code, sample_text[f.start : f.end]) for f in report.findings}
    assert any(
        code == "HL102" and text.startswith("Muscles are liable for most pain")
        for code, text in flagged
    )
    assert ("HL110", "the best technique") in flagged


def test_finding_data_carries_the_claim_strength() -> None:
    report = Linter(Config().replace(select=("HL102",))).check("Sugar causes cancer.")
    (finding,) = report.findings
    assert finding.data["claim_strength"] == "direct_causal"
    assert "cite" in finding.message


def test_a_careful_paragraph_gets_no_claim_findings() -> None:
    text = (
        "Higher sugar intake is linked to weight gain [1]. Cutting sugary drinks may help "
        "some people lose a little weight. In a 2019 trial of 300 adults, swapping sugary "
        "drinks for water led to an average loss of 1 kg over six months [2].\n"
    )
    assert codes(text) == []


def test_consult_advice_anywhere_in_the_article_excuses_dosage_advice() -> None:
    dose = "Take 1,000 mg of paracetamol up to four times a day."
    assert codes(dose, select="HL107") == ["HL107"]
    assert codes(dose + "\n\nAsk a pharmacist if you take other medicines.", select="HL107") == []


def test_an_absolute_risk_in_the_next_sentence_excuses_a_relative_one() -> None:
    relative = "The drug cuts your risk of a stroke by 40%."
    assert codes(relative, select="HL105") == ["HL105"]
    absolute = relative + " That is a fall from 5 in 100 people to 3 in 100."
    assert codes(absolute, select="HL105") == []


def test_a_claim_in_a_references_section_is_not_flagged() -> None:
    text = (
        "# Salt\n\nSalt may raise blood pressure [1].\n\n## References\n\n"
        "1. He FJ. Salt reduction lowers cardiovascular risk. BMJ. 2013.\n"
    )
    assert codes(text, "article.md", select="HL102") == []


def test_a_headline_backed_by_a_cited_direct_claim_is_not_an_overclaim() -> None:
    text = "# Statins lower cholesterol\n\nStatins lower LDL cholesterol by a third [1].\n"
    assert codes(text, "article.md", select="HL108") == []


def test_a_headline_over_a_correlational_body_is_an_overclaim() -> None:
    text = "# Coffee prevents liver cancer\n\nCoffee drinking is linked to less liver cancer [1].\n"
    assert codes(text, "article.md", select="HL108") == ["HL108"]


def test_a_hedged_headline_is_not_an_overclaim() -> None:
    text = "# Coffee may lower the risk of liver cancer\n\nCoffee is linked to it [1].\n"
    assert codes(text, "article.md", select="HL108") == []


def test_an_unknown_signal_is_a_rule_error() -> None:
    with pytest.raises(CheckError, match="unknown signal"):
        ClaimCheck({"signal": "horoscope"})


def test_an_unknown_claim_strength_is_a_rule_error() -> None:
    with pytest.raises(CheckError, match="claim_strength"):
        ClaimCheck({"claim_strength": ["very_causal"]})


def test_an_unknown_parameter_is_a_rule_error() -> None:
    with pytest.raises(CheckError, match="unknown parameter"):
        HeadlineCheck({"signal": "statistic"})


def test_rule_options_can_narrow_a_rule() -> None:
    config = Config().replace(
        select=("HL102",), rule_options={"HL102": {"skip_blocks": ["paragraph"]}}
    )
    report = Linter(config).check("Sugar causes cancer.\n")
    assert report.findings == []


@pytest.mark.parametrize(
    "text",
    [
        "Here is what doctors won't tell you about sugar.",
        "This balm has no side effects.",
    ],
)
def test_a_negation_inside_the_matched_phrase_does_not_negate_it(text: str) -> None:
    assert codes(text + "\n", select="HL101") == ["HL101"]


@pytest.mark.parametrize(
    "text", ["This tea does not cure arthritis.", "There is no cure for the common cold."]
)
def test_a_negation_outside_the_phrase_still_negates_it(text: str) -> None:
    assert codes(text + "\n", select="HL101") == []
