"""Presence recognised by structure and meaning rather than listed phrases: bylines as page
furniture (labels, credentials, spaCy PERSON), datelines at the top or bottom, reference-like
blocks and source sections, and disclaimers by what they say."""

from __future__ import annotations

import pytest

from healthlint import Config
from healthlint.analysis.disclosure import ITEMS
from healthlint.analysis.disclosure.bylines import furniture_byline
from healthlint.analysis.disclosure.structure import is_person
from healthlint.context import LintContext
from healthlint.formats import read_document
from healthlint.nlp import get_pipeline

PARSE = frozenset({"sentences", "tags", "lemmas", "parse"})
BODY = (
    "Tinnitus is the name for hearing sounds such as ringing or buzzing that do not come from "
    "outside the body. It often goes with some hearing loss.\n\n"
    "Quiet background sound makes tinnitus less intrusive, especially at bedtime."
)


def _found(item: str, source: str, filename: str = "a.txt") -> bool:
    document = read_document(source, filename)
    pipeline = get_pipeline(PARSE)
    context = LintContext(document, pipeline(document.text), Config(), pipeline.features)
    return ITEMS[item].find(context) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Reporter: Hannah Ode",
        "Words — Daniel Osei, MPharm",
        "Prepared by the Diabetes Education Team",
        "— Priya Raman, RD",
        "Text and illustrations: Jo Brennan (audiologist)",
        "Dr. Harriet Vance, Consultant Neurologist",
        "Answered by Chidi Okafor, MRPharmS",
        "Produced by the Information Team at the Memory Support Network",
        "From the desk of Dr Aled Jones, Senior Partner",
    ],
)
def test_furniture_lines_that_name_an_author(line: str) -> None:
    assert furniture_byline(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Clinically checked by: Amira Haddad, Diabetes Specialist Nurse",
        "Date of issue: June 2025",
        "Thursday 9 April 2026",
        "Living With Tinnitus",
        "Caused by Group A Strep",
        "Sources: NHS England",
        "Photo: Jane Doe",
    ],
)
def test_furniture_lines_that_name_no_author(line: str) -> None:
    assert furniture_byline(line) is None


def test_person_names_come_from_the_entity_recogniser() -> None:
    if "entities" not in get_pipeline(frozenset({"entities"})).features:
        pytest.skip("no spaCy model with an entity recogniser is installed")
    assert is_person("Hannah Ode")
    assert not is_person("Feel Better Soon")


def test_a_byline_at_the_bottom_and_an_authorship_sentence_name_the_author() -> None:
    assert _found("author", f"Tinnitus\n\n{BODY}\n\n— Priya Raman, RD · Last modified 2025-11-04")
    sentence = "This FAQ was put together by Grace Liu, a cardiac nurse, in January 2026."
    assert _found("author", f"Tinnitus\n\n{BODY}\n\n{sentence}")


def test_a_quoted_expert_near_the_top_is_not_a_byline() -> None:
    quote = "“Most cases clear up on their own,” says Dr Ayesha Khan, a GP in Leeds."
    assert not _found("author", f"Tinnitus\n\n{quote}\n\n{BODY}")


def test_a_dateline_on_its_own_line_dates_the_page_but_a_date_in_a_sentence_does_not() -> None:
    assert _found("date", f"Tinnitus\n\nThursday 9 April 2026\n\n{BODY}")
    assert _found("date", f"Tinnitus\n\n2026/03/02\n\n{BODY}")
    assert _found("date", f"Tinnitus\n\nSpring 2026\n\n{BODY}")
    event = "Free hearing checks are offered from 1 October 2026 at most pharmacies."
    assert not _found("date", f"Tinnitus\n\n{event}\n\n{BODY}")


@pytest.mark.parametrize(
    "references",
    [
        "1. Choi HK, Atkinson K, et al. Purine-rich foods and the risk of gout. "
        "N Engl J Med. 2004;350:1093-1103.",
        "[1] Hemilä H. Zinc lozenges and the common cold. JRSM Open. 2017;8(5).",
        "Key sources:\nhttps://www.nice.org.uk/guidance/ng220",
        "Information adapted from the British Association of Dermatologists.",
    ],
)
def test_reference_like_blocks_are_sources_without_a_heading(references: str) -> None:
    assert _found("sources", f"Tinnitus\n\n{BODY}\n\n{references}")


def test_a_source_section_heading_needs_a_reference_or_an_outside_link() -> None:
    cited = "## Evidence behind this page\n\n- Qaseem A, et al. Annals of Internal Medicine, 2017."
    assert _found("sources", f"# Tinnitus\n\n{BODY}\n\n{cited}", "a.md")
    internal = "## Further reading\n\n- [Our guide to choosing a mattress](/guides/mattress)"
    assert not _found("sources", f"# Tinnitus\n\n{BODY}\n\n{internal}", "a.md")


@pytest.mark.parametrize(
    "notice",
    [
        "Nothing on this page replaces a conversation with your own GP about your treatment.",
        "Educational content only; it is not a substitute for an assessment by a physiotherapist.",
        "This leaflet gives general information only and cannot diagnose your child.",
        "Use this as a starting point for a conversation with your health visitor, not as a "
        "replacement for one.",
        "This page offers support, not treatment.",
        "Nothing in this article should be taken as personal medical advice.",
        "Always consult your healthcare provider before starting any new supplement.",
        "Please note: the exercises shown here are general and not tailored to you.",
    ],
)
def test_disclaimers_are_recognised_by_meaning(notice: str) -> None:
    assert _found("disclaimer", f"Tinnitus\n\n{BODY}\n\n{notice}")


@pytest.mark.parametrize(
    "advice",
    [
        "Check with your pharmacist before using antacids for more than two weeks.",
        "Speak to a GP or audiologist if tinnitus appears suddenly.",
        "Do not replace your hearing aid batteries with cheap ones.",
    ],
)
def test_specific_advice_is_not_a_disclaimer(advice: str) -> None:
    assert not _found("disclaimer", f"Tinnitus\n\n{BODY}\n\n{advice}")
