"""The analyses behind the HL2xx rules: bylines, dates, references, notices, recommendations
and the fuzzy house-disclaimer match, each on real parsed documents."""

from __future__ import annotations

import datetime as dt

import pytest

from healthlint import Config
from healthlint.analysis.disclosure import CONDITIONS, ITEMS
from healthlint.analysis.disclosure.dates import currency_date, found_dates, parse_date
from healthlint.analysis.disclosure.house_disclaimer import find_house_disclaimer
from healthlint.analysis.disclosure.recommendations import recommends_treatment
from healthlint.analysis.disclosure.references import is_source_url
from healthlint.context import LintContext
from healthlint.formats import read_document
from healthlint.nlp import get_pipeline

PARSE = frozenset({"sentences", "tags", "lemmas", "parse"})


def _context(source: str, filename: str = "a.txt") -> LintContext:
    document = read_document(source, filename)
    pipeline = get_pipeline(PARSE)
    return LintContext(document, pipeline(document.text), Config(), pipeline.features)


def _item(name: str, source: str, filename: str = "a.txt") -> bool:
    return ITEMS[name].find(_context(source, filename)) is not None


def _condition(name: str, source: str, filename: str = "a.txt") -> bool:
    return CONDITIONS[name].find(_context(source, filename)) is not None


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe, MD",
        "Written by Sam Lee | Updated 2 May 2024",
        "Author: A. Khan",
        "By Dr. Maria de la Cruz",
        "By the Harbor Naturals editorial team",
        "Words: Ben Carter",
        "Maya Goldberg, MS, RDN",
        "Nadia Karimi, pharmacist · 11 February 2026",
        "Reporting by Julien Moreau",
    ],
)
def test_bylines_name_an_author(byline: str) -> None:
    assert _item("author", f"Title\n\n{byline}\n\nSome text.")


@pytest.mark.parametrize(
    "line",
    [
        "By the time you notice stiffness, the muscle has been tight for days.",
        "By Taking Care Of Yourself",
        "Medically reviewed by Dr Ravi Patel",
        "By Monday the swelling should be down.",
    ],
)
def test_phrases_that_are_not_bylines_name_no_author(line: str) -> None:
    assert not _item("author", f"Title\n\n{line}\n\nSome text.")


def test_author_comes_from_front_matter_and_json_ld() -> None:
    assert _item("author", "---\nauthors: [Jess Holloway]\n---\n# T\n\nText.", "a.md")
    page = (
        '<script type="application/ld+json">{"@type": "Article", "author": {"@type": '
        '"Person", "name": "Ana Lima"}}</script><h1>T</h1><p>Text.</p>'
    )
    assert _item("author", page, "a.html")
    scholar = '<head><meta name="citation_author" content="Lee, Sam"></head><h1>T</h1><p>X.</p>'
    assert _item("author", scholar, "a.html")
    linked = '<h1>T</h1><p><a rel="author" href="/team/ana-lima">Our writer</a> explains.</p>'
    assert _item("author", linked, "a.html")


def test_reviewer_lines_and_metadata() -> None:
    assert _item("reviewer", "T\n\nMedically reviewed by Dr Ravi Patel, MD\n\nText.")
    assert _item("reviewer", "T\n\nReviewed by our clinical team\n\nText.")
    assert _item("reviewer", "---\nmedically_reviewed_by: Dr Osei\n---\n# T\n\nText.", "a.md")
    assert not _item("reviewer", "T\n\nYour dose should be reviewed by a pharmacist.\n\nText.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01", dt.date(2024, 3, 1)),
        ("2024-03-01T10:00:00Z", dt.date(2024, 3, 1)),
        ("3 March 2024", dt.date(2024, 3, 3)),
        ("3rd March 2024", dt.date(2024, 3, 3)),
        ("March 3, 2024", dt.date(2024, 3, 3)),
        ("Sept 2023", dt.date(2023, 9, 1)),
        ("13/04/2024", dt.date(2024, 4, 13)),
        ("03/15/2026", dt.date(2026, 3, 15)),
        ("not a date", None),
        ("2024-13-45", None),
    ],
)
def test_dates_parse_iso_and_english_month_names(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_labelled_dates_are_found_and_next_review_dates_ignored() -> None:
    dates = found_dates(
        _context("T\n\nPage last reviewed: 12 May 2023\nNext review due: 12 May 2026\n\nText.")
    )
    assert [(date.kind, date.value) for date in dates] == [("reviewed", dt.date(2023, 5, 12))]


def test_a_study_date_in_the_prose_does_not_date_the_page() -> None:
    text = (
        "T\n\nA trial published in March 2019 found that people who kept moving after a back "
        "strain recovered sooner than those who rested in bed for several days, and the effect "
        "lasted for at least a year.\n"
    )
    assert found_dates(_context(text)) == []


def test_currency_date_prefers_the_latest_review() -> None:
    dates = found_dates(
        _context("T\n\nPublished 2 May 2025. Reviewed 1 March 2020. Reviewed 1 June 2021.\n\nX.")
    )
    chosen = currency_date(dates)
    assert chosen is not None and chosen.value == dt.date(2021, 6, 1)


def test_dublin_core_meta_dates_the_page() -> None:
    page = '<head><meta name="dcterms.modified" content="2026-05-20"></head><h1>T</h1><p>X</p>'
    assert found_dates(_context(page, "a.html"))[0].value == dt.date(2026, 5, 20)


def test_front_matter_date_aliases() -> None:
    dates = found_dates(_context("---\nlast_updated: 2025-11-02\n---\n# T\n\nText.\n", "a.md"))
    assert [(date.kind, date.value) for date in dates] == [("modified", dt.date(2025, 11, 2))]


def test_html_time_element_dates_the_page() -> None:
    page = '<h1>T</h1><p>By Nadia Haddad <time datetime="2025-12-18">18 Dec</time></p>'
    dates = found_dates(_context(page, "a.html"))
    assert dates[0].value == dt.date(2025, 12, 18)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://pubmed.ncbi.nlm.nih.gov/123/", True),
        ("https://www.nhs.uk/conditions/flu/", True),
        ("https://doi.org/10.1002/x", True),
        ("https://example.gov/report", True),
        ("https://www.amazon.com/dp/B00", False),
        ("mailto:someone@example.org", False),
    ],
)
def test_source_urls_are_journals_and_agencies(url: str, expected: bool) -> None:
    assert is_source_url(url) is expected


@pytest.mark.parametrize(
    "body",
    [
        "References\n1. Smith J. A trial. BMJ 2020.",
        "Sources: NHS; CDC.",
        "A review (Smith et al., 2020) found this.",
        "See PMID: 12345678 for details.",
        "Llewelyn MJ et al. The antibiotic course has had its day. BMJ 2017;358:j3418.",
        "The World Health Organization's guidance on hand hygiene explains the steps.",
        "Evidence: NICE guideline NG226, Osteoarthritis in over 16s (2022).",
        "The trial was published in the New England Journal of Medicine.",
        "Guidance from the Centers for Disease Control and Prevention informed this article.",
    ],
)
def test_references_in_the_prose_count_as_sources(body: str) -> None:
    assert _item("sources", f"Title\n\nSome health text.\n\n{body}\n")


def test_a_named_survey_counts_as_a_source() -> None:
    text = "Title\n\nA 2023 survey by the Royal College of Nursing found most nurses agree.\n"
    assert _item("sources", text)
    assert not _item("sources", "Title\n\nAccording to experts, most nurses agree.\n")


def test_a_link_naming_an_authority_counts_as_a_source() -> None:
    text = "# T\n\nThe [British Hypertension Society](https://bihsoc.org/) lists monitors.\n"
    assert _item("sources", text, "a.md")


def test_an_attributed_link_counts_as_a_source_and_a_shop_link_does_not() -> None:
    cited = "# T\n\nA [review by the AAP](https://publications.aap.org/x) found this.\n"
    shop = "# T\n\nBuy the [FlexCore roller](https://shop.example.com/roller) for this.\n"
    assert _item("sources", cited, "a.md")
    assert not _item("sources", shop, "a.md")


@pytest.mark.parametrize(
    "notice",
    [
        "This page is not a substitute for professional medical advice.",
        "The information should not be used as a substitute for professional medical care.",
        "Disclaimer: I'm not a doctor and this isn't medical advice.",
        "This guide is not a substitute for the advice of your own healthcare team.",
        "This page does not replace professional advice.",
        "For information only.",
        "Never disregard professional medical advice because of something you read here.",
    ],
)
def test_disclaimer_wordings(notice: str) -> None:
    assert _item("disclaimer", f"Title\n\nSome text.\n\n{notice}\n")


def test_an_unfamiliar_disclaimer_at_the_end_is_recognised_by_its_cues() -> None:
    body = "Most sore throats get better within a week.\n\n" * 6
    closing = "Nothing here should stand in for an appointment; no diagnosis is given by a nurse."
    assert _item("disclaimer", f"Title\n\n{body}{closing}\n")


def test_cue_words_in_the_middle_of_an_article_are_not_a_disclaimer() -> None:
    middle = "Do not stop your medicine without advice from your doctor."
    body = "Most sore throats get better within a week.\n\n" * 4
    assert not _item("disclaimer", f"Title\n\n{body}{middle}\n\n{body}")


def test_a_diet_is_no_substitute_is_not_a_disclaimer() -> None:
    text = "Title\n\nVitamin pills are not a substitute for a varied diet.\n"
    assert not _item("disclaimer", text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Take 400 mg of magnesium a day.", True),
        ("Gently massage the muscle with warm oil.", True),
        ("If the pain persists, take ibuprofen with food.", True),
        ("You may want to try yoga.", True),
        ("Exercising is the best technique for recovery.", True),
        ("Ibuprofen should be taken with food.", True),
        ("Exercise may lower the risk of breast cancer.", False),
        ("Many people take ibuprofen for back pain.", False),
        ("Doctors often prescribe antibiotics for this infection.", False),
        ("Does magnesium help with cramps?", False),
        ("Call 911 if the pain spreads to your arm.", False),
    ],
)
def test_recommendation_detection(sentence: str, expected: bool) -> None:
    doc = get_pipeline(PARSE)(sentence)
    assert recommends_treatment(doc[:]) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Our turmeric capsules support healthy joints.", True),
        ("These gummies help maintain a healthy immune system.", True),
        ("Vitamin C supplements are marketed to boost immunity.", False),
        ("There is no evidence that zinc supplements boost immunity.", False),
        ("Does fish oil support heart health?", False),
        ("Formulated to boost energy, our greens powder blends spirulina and kale.", True),
        ("Our shots contain B vitamins that help reduce tiredness and fatigue.", True),
    ],
)
def test_supplement_structure_function_claims(sentence: str, expected: bool) -> None:
    assert _condition("supplement-claims", f"Title\n\n{sentence}\n") is expected


@pytest.mark.parametrize(
    "statement",
    [
        "These statements have not been evaluated by the Food and Drug Administration. "
        "This product is not intended to diagnose, treat, cure, or prevent any disease.",
        "This statement has not been evaluated by the FDA.\nThese products are not intended "
        "to diagnose, treat, cure or prevent any disease.",
    ],
)
def test_fda_statement_is_matched_tolerantly(statement: str) -> None:
    assert _item("fda-statement", f"Title\n\n{statement}\n")


def test_fda_statement_across_html_markup() -> None:
    page = (
        "<h1>T</h1><p>These statements have <em>not</em> been evaluated by the<br>Food &amp; "
        "Drug Administration. This product is not intended to<br>diagnose, treat, cure, or "
        "prevent any disease.</p>"
    )
    assert _item("fda-statement", page, "a.html")


def test_half_an_fda_statement_is_not_the_statement() -> None:
    text = (
        "Title\n\nThese statements have not been evaluated by the Food and Drug Administration.\n"
    )
    assert not _item("fda-statement", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chest pain that spreads to the arm can be a heart attack.", True),
        ("Call for help if their face is drooping or their speech is slurred.", True),
        ("Some people have suicidal thoughts.", True),
        ("Getting back to walking after a stroke takes months of practice.", False),
        ("Swimming the breast stroke is gentle on the joints.", False),
    ],
)
def test_red_flags(text: str, expected: bool) -> None:
    assert _condition("red-flags", f"Title\n\n{text}\n") is expected


@pytest.mark.parametrize(
    "guidance",
    [
        "Call 911 immediately.",
        "Call or text 988 to reach the Suicide and Crisis Lifeline.",
        "Go to A&E straight away.",
        "Seek emergency medical help.",
        "Ring 999 for an ambulance.",
    ],
)
def test_emergency_guidance_wordings(guidance: str) -> None:
    assert _item("emergency-guidance", f"Title\n\n{guidance}\n")


@pytest.mark.parametrize(
    "advice",
    [
        "Talk to your diabetes team if you have hypos often.",
        "Call the eye unit if the pain gets worse.",
        "Speak to your child's doctor.",
        "Your physiotherapist will set exercises that suit you.",
        "Seek help urgently if your child is gasping for air.",
    ],
)
def test_consult_advice_wordings(advice: str) -> None:
    assert _item("consult-professional", f"Title\n\n{advice}\n")


def test_saying_no_doctor_is_needed_is_not_consult_advice() -> None:
    text = "Title\n\nMost colds get better on their own; you do not need to see a doctor.\n"
    assert not _item("consult-professional", text)


@pytest.mark.parametrize(
    "notice",
    [
        "As an Amazon Associate I earn from qualifying purchases.",
        "This post contains affiliate links.",
        "Sponsored by HydraMax.",
        "We may earn a commission when you buy through our links.",
        "Some links on this page are paid links.",
        "We may get paid if you buy something through links in this article.",
        "Fizzly gave us complimentary cases to try.",
        "Advertisement",
    ],
)
def test_disclosure_wordings(notice: str) -> None:
    assert _item("disclosure", f"Title\n\n{notice}\n")


def test_promotion_from_affiliate_links_sponsor_metadata_and_discount_codes() -> None:
    assert _condition("promotion", "# T\n\nBuy the [roller](https://amzn.to/3x).\n", "a.md")
    assert _condition("promotion", "---\nsponsor: Acme\n---\n# T\n\nText.\n", "a.md")
    assert _condition("promotion", "T\n\nUse code STAND15 for 15% off.\n")
    assert _condition("promotion", "# T\n\n[Buy a 12-pack](https://zing.example/shop).\n", "a.md")
    assert not _condition("promotion", "# T\n\nRead the [NHS page](https://www.nhs.uk/).\n", "a.md")


def test_house_disclaimer_reports_edge_replacements_as_changes() -> None:
    wanted = "This article is for general information only. It is not a substitute for advice."
    prose = "T\n\nThat article is for general information only. It is not a substitute for help.\n"
    match = find_house_disclaimer(prose, wanted)
    assert match is not None
    assert match.changes == ("'this' → 'that'", "'advice' → 'help'")


def test_house_disclaimer_far_from_the_text_is_missing() -> None:
    wanted = "This article is for general information only. It is not a substitute for advice."
    assert find_house_disclaimer("T\n\nSleep well and eat your greens.\n", wanted) is None


def test_house_disclaimer_is_found_in_the_middle_of_a_long_article() -> None:
    wanted = "This article is general information and is not a substitute for advice from a doctor."
    filler = "Regular exercise and good sleep help your back, your joints and your mood. " * 60
    prose = f"T\n\n{filler}\n\nThis article is general information and is a substitute for "
    prose += f"advice from a physician.\n\n{filler}\n"
    match = find_house_disclaimer(prose, wanted)
    assert match is not None
    assert prose[match.start : match.end].startswith("This article is general information")
    assert match.changes == ("missing 'not'", "'doctor' → 'physician'")
