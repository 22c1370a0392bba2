"""The list of common misspellings (codespell's, read from the installed package): which of
its words are flagged, which the lexicon still vouches for, and the corrections it puts
first."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import ModuleType

import pytest

from healthlint import Config, Linter
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.misspellings import common_misspellings, parse
from healthlint.language.speller import Speller


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(default_lexicon())


def test_the_list_is_read_from_the_installed_codespell() -> None:
    listed = common_misspellings()
    assert len(listed) > 50_000
    assert listed["supercede"] == ("supersede",)


def test_parse_keeps_every_correction_and_leaves_out_names_and_self_corrections() -> None:
    text = "abbout->about, abbot,\nAmercia->America\nteh->the\nfoo->foo, bar,\nnoarrow\n"
    assert parse(text) == {"abbout": ("about", "abbot"), "teh": ("the",)}


@pytest.mark.parametrize(
    ("typo", "correction"),
    [
        ("supercede", "supersede"),
        ("playwrite", "playwright"),
        ("internation", "international"),
        ("childrens", "children's"),
        ("diptheria", "diphtheria"),
    ],
)
def test_a_listed_misspelling_no_list_vouches_for_is_flagged_with_its_correction_first(
    speller: Speller, typo: str, correction: str
) -> None:
    assert not speller.is_correct(typo)
    assert speller.suggest(typo)[0] == correction


@pytest.mark.parametrize(
    "word",
    [
        "miliary",  # miliary tuberculosis: the curated lists know it ("military" on the list)
        "tabes",  # tabes dorsalis
        "transferrin",  # healthlint's medical vocabulary
        "importin",  # a protein's -in, not a dropped g of "importing"
        "homogenous",  # used nearly as often as "homogeneous"
    ],
)
def test_a_listed_word_that_something_vouches_for_is_not_flagged(
    speller: Speller, word: str
) -> None:
    assert word in default_lexicon().misspellings
    assert speller.is_correct(word)


@pytest.mark.parametrize(
    ("typo", "correction"),
    [
        ("dependance", "dependence"),
        ("absorbant", "absorbent"),
        ("idealogy", "ideology"),
        ("tieing", "tying"),
        ("reenforced", "reinforced"),
    ],
)
def test_a_variant_scowl_does_not_recommend_is_flagged_when_the_list_has_it(
    speller: Speller, typo: str, correction: str
) -> None:
    lexicon = default_lexicon()
    assert typo in lexicon.curated and typo in lexicon.variants
    assert not speller.is_correct(typo)
    assert speller.suggest(typo)[0] == correction


@pytest.mark.parametrize(
    "word",
    [
        "combatting",  # British: "combating" is only twice as frequent
        "homogenous",
        "crystalize",  # and so its other forms, decided with it
        "crystalizes",
        "crystalizing",
        "apices",  # variants the list does not have
        "cueing",
    ],
)
def test_a_variant_nearly_as_common_as_its_correction_or_not_on_the_list_is_accepted(
    speller: Speller, word: str
) -> None:
    assert word in default_lexicon().variants
    assert speller.is_correct(word)


def test_short_listed_words_are_left_alone(speller: Speller) -> None:
    """Three letters are too few to tell a typo from a gene or an abbreviation: the list's
    "sxl" → "xsl" would make the gene name at the start of a sentence look like a slip."""
    assert {"ser", "sxl"} <= default_lexicon().misspellings.keys()
    assert speller.is_correct("ser")
    linter = Linter(Config(select=("HL401",)))
    assert linter.check("Sxl controls sex determination in flies.").findings == []


def test_the_projects_accept_list_wins_over_the_list() -> None:
    assert Speller(default_lexicon(), accept=["supercede"]).is_correct("supercede")


def test_without_codespell_the_list_is_empty_and_the_linter_says_so_once(
    monkeypatch: pytest.MonkeyPatch, hide_package: Callable[[ModuleType, str], None]
) -> None:
    from healthlint.checks import spelling
    from healthlint.language import misspellings

    hide_package(misspellings, "codespell_lib")
    assert misspellings.common_misspellings.__wrapped__() == {}
    without = dataclasses.replace(default_lexicon(), misspellings={})
    monkeypatch.setattr(spelling, "default_lexicon", lambda: without)
    linter = Linter(Config(select=("HL401",)))
    linter.check("The nurse wrote recieve.")
    linter.check("The nurse wrote recieve again.")
    assert len([w for w in linter.warnings if "codespell" in w]) == 1
