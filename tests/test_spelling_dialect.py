"""HL402/HL403 (US and British spellings) and HL404 (doubled words)."""

from __future__ import annotations

import pytest

from healthlint import Config, Linter
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.dialect import GB, US, british_to_american


def _found(text: str, *codes: str, **config: object) -> list[tuple[str, str, tuple[str, ...]]]:
    report = Linter(Config(select=codes, **config)).check(text)
    return [(f.code, text[f.start : f.end], tuple(f.suggestions)) for f in report.findings]


@pytest.mark.parametrize(
    ("american", "british"),
    [
        ("color", "colour"),
        ("randomized", "randomised"),
        ("anemia", "anaemia"),
        ("hemoglobin", "haemoglobin"),
        ("center", "centre"),
        ("analyze", "analyse"),
        ("esophagus", "oesophagus"),
        ("labeled", "labelled"),
        ("hypoglycemia", "hypoglycaemia"),
        ("milliliters", "millilitres"),
        ("centimeter", "centimetre"),
        ("kilometers", "kilometres"),
    ],
)
def test_the_dialect_table_pairs_american_and_british_forms(american: str, british: str) -> None:
    table = default_lexicon().dialects
    assert table.dialect_of(american) == (US, british)
    assert table.dialect_of(british) == (GB, american)


def test_a_shared_unit_is_not_counted_as_american() -> None:
    """A micrometer is also the measuring tool in British English."""
    assert default_lexicon().dialects.dialect_of("micrometer") != (US, "micrometre")


def test_words_that_only_look_like_a_pattern_are_not_paired() -> None:
    table = default_lexicon().dialects
    assert table.dialect_of("size") is None
    assert table.dialect_of("academia") is None
    assert table.dialect_of("feeling") is None


@pytest.mark.parametrize("word", ["pulled", "filled", "killed", "rolled", "puled"])
def test_an_inflection_of_a_double_l_word_is_no_dialect_form(word: str) -> None:
    assert default_lexicon().dialects.dialect_of(word) is None


def test_british_patterns_give_the_american_form() -> None:
    assert british_to_american("organisational") == "organizational"
    assert british_to_american("haemorrhagic") == "hemorrhagic"


def test_en_us_reports_british_spellings_with_the_american_form() -> None:
    text = "Anaemia was common in the randomised trial."
    found = _found(text, "HL402", dialect="en-US")
    assert found == [
        ("HL402", "Anaemia", ("Anemia",)),
        ("HL402", "randomised", ("randomized",)),
    ]


def test_en_gb_reports_american_spellings_but_not_shared_ones() -> None:
    text = "The randomized program treated anemia; a meter measured it."
    found = _found(text, "HL402", dialect="en-GB")
    assert [(word, fix) for _, word, fix in found] == [
        ("randomized", ("randomised",)),
        ("anemia", ("anaemia",)),
    ]


def test_any_dialect_accepts_both_and_enforces_nothing() -> None:
    assert _found("The randomised trial treated anemia.", "HL402") == []


def test_mixing_reports_the_spellings_of_the_less_used_dialect() -> None:
    text = "The randomized trial treated the tumor. A second randomised trial was small."
    found = _found(text, "HL403")
    assert found == [("HL403", "randomised", ("randomized",))]


def test_mixing_is_left_to_hl402_when_a_dialect_is_set() -> None:
    text = "The randomized trial treated the tumour."
    assert _found(text, "HL403", dialect="en-GB") == []


@pytest.mark.parametrize(
    ("dialect", "expected"),
    [
        ("en-US", [("Behavour", ("Behavior",)), ("anemea", ("anemia",))]),
        ("en-GB", [("Behavour", ("Behaviour",)), ("anemea", ("anaemia",))]),
    ],
)
def test_hl401_suggests_the_configured_dialects_spelling(
    dialect: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    found = _found("Behavour changes come with anemea.", "HL401", dialect=dialect)
    assert [(word, suggestions[:1]) for _, word, suggestions in found] == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The colour of the skin and the tumour spoke in faver of surgery.", "favour"),
        ("The color of the skin and the tumor spoke in faver of surgery.", "favor"),
    ],
)
def test_with_any_dialect_hl401_suggests_the_spelling_the_article_uses(
    text: str, first: str
) -> None:
    (found,) = _found(text, "HL401")
    assert found[1] == "faver"
    assert found[2][0] == first
    assert len(set(found[2])) == len(found[2])


def test_a_doubled_word_is_found_across_a_line_break() -> None:
    text = "Ask your pharmacist about the\nthe side effects."
    assert _found(text, "HL404") == [("HL404", "the\nthe", ("the",))]


def test_a_heading_and_its_paragraph_are_not_a_doubled_word() -> None:
    text = "# Causes\n\nCauses of back pain include strain."
    assert _found(text, "HL404") == []


def test_deliberate_doublings_and_different_words_pass() -> None:
    assert _found("He said that that dose was high. She had had a fever.", "HL404") == []
