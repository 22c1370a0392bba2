"""Spelling suggestions: the error model's costs and the ranking's general behaviour."""

from __future__ import annotations

import pytest

from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.channel import Typed, slip_cost
from healthlint.language.phonetic import skeleton
from healthlint.language.suggest import RANKING_SLIPS, suggest


@pytest.mark.parametrize(
    ("typed", "likelier", "less_likely"),
    [
        ("leter", "letter", "lever"),  # a doubled letter written once
        ("acheive", "achieve", "archive"),  # swapped vowels
        ("fysical", "physical", "fiscal"),  # one sound, two spellings (ph/f)
        ("wich", "which", "wick"),  # a silent h
        ("relevence", "relevance", "reverence"),  # a vowel in an unstressed ending
        ("revelant", "relevant", "revenant"),  # letters swapped around a third
    ],
)
def test_common_slips_cost_less(typed: str, likelier: str, less_likely: str) -> None:
    assert slip_cost(typed, likelier) < slip_cost(typed, less_likely)


def test_only_a_vowel_costs_less_in_an_unstressed_ending() -> None:
    vowel = slip_cost("resistence", "resistance")
    assert vowel < slip_cost("rasistance", "resistance")  # a vowel before the ending
    # a consonant that sounds alike costs what it costs anywhere ("d" for "t")
    assert slip_cost("endet", "ended") == slip_cost("tended", "dended") > vowel


def test_ranking_counts_its_own_costs_and_the_gates_theirs() -> None:
    # a dropped consonant: cheaper when ranking (fitted to real misspellings) than for the
    # speller's typo gates, whose limits were set at the hand-set costs
    assert Typed("ordinator", RANKING_SLIPS).cost("coordinator") < slip_cost(
        "ordinator", "coordinator"
    )
    assert slip_cost("ordinator", "coordinator", RANKING_SLIPS) == Typed(
        "ordinator", RANKING_SLIPS
    ).cost("coordinator")


def test_a_misspelling_usage_knows_is_not_offered() -> None:
    # wordfreq has "excersise" (rarely): too rare to be offered when no list holds it
    found = suggest("excercise", default_lexicon(), 5)
    assert found[0] == "exercise" and "excersise" not in found


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("phone", "fone"),  # 'ph' for 'f': its first letter alone costs more than the limit
        ("nashion", "nation"),  # 'sh' for 't'
        ("ceck", "check"),  # a silent h, between letters
    ],
)
def test_a_limit_never_cuts_off_a_cost_within_it(typed: str, meant: str) -> None:
    cost = slip_cost(typed, meant)
    assert Typed(typed).cost(meant, limit=cost) == cost


def test_a_limit_cuts_off_a_cost_beyond_it() -> None:
    assert Typed("phone").cost("tone", limit=0.5) == float("inf")


def test_the_skeleton_merges_spellings_of_one_sound() -> None:
    assert skeleton("pharmacy") == skeleton("farmasy")
    assert skeleton("psychology") == skeleton("sykology")
    assert skeleton("chronic") == skeleton("kronik")


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("hemorrage", "hemorrhage"),
        ("neccesary", "necessary"),
        ("atleast", "at least"),
        ("Londen", "London"),
        ("pensylvania", "Pennsylvania"),  # a name keeps its capital
        ("PARACETAMOLL", "PARACETAMOL"),
    ],
)
def test_the_likeliest_correction_comes_first_in_the_right_case(typed: str, first: str) -> None:
    assert suggest(typed, default_lexicon(), 5)[:1] == [first]


def test_a_known_word_is_not_its_own_suggestion() -> None:
    found = suggest("colour", default_lexicon(), 5)
    assert "colour" not in found and "color" in found


def test_a_missing_apostrophe_is_suggested_as_the_possessive() -> None:
    lexicon = default_lexicon()
    assert suggest("womens", lexicon)[0] == "women's"
    assert suggest("Childs", lexicon)[0] == "Child's"
    # a consonant + y: the plural in -ies first, then the possessive
    assert suggest("babys", lexicon)[:2] == ["babies", "baby's"]
    assert suggest("studys", lexicon)[:2] == ["studies", "study's"]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("hyperbilirubinmia", "hyperbilirubinemia"),
        ("immunoistochemical", "immunohistochemical"),
        ("subgthreshold", "subthreshold"),
        ("rhabdomyolyis", "rhabdomyolysis"),
        ("pheochromocytma", "pheochromocytoma"),
        ("keratoconjunctivits", "keratoconjunctivitis"),
        ("cytoskeletn", "cytoskeleton"),  # known from usage only
        ("survivorhsip", "survivorship"),
    ],
)
def test_a_long_word_one_slip_from_a_rare_medical_or_science_word_gets_it(
    typed: str, first: str
) -> None:
    """Words no usage list ranks (curated, medical, drug and science words) are found one
    edit away from a long typed word."""
    assert suggest(typed, default_lexicon(), 3)[:1] == [first]


def test_a_prefix_and_a_corrected_rest_give_a_term_no_word_list_holds() -> None:
    # two slips from "postconditioning", which only a list of terms holds: no candidate pool
    # reaches it but through "post" and "conditioning"
    assert suggest("postconditiong", default_lexicon(), 3)[:1] == ["postconditioning"]


def test_a_prefix_and_a_corrected_rest_give_no_word_nobody_uses() -> None:
    # "unthreats" and "ungreat" have the shape of words, but no list of terms or usage has them
    assert {"unthreats", "ungreat"}.isdisjoint(suggest("untreatd", default_lexicon()))
