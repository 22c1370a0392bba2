"""Contractions written without their apostrophe ("dont", "Im"), which spaCy's tokenizer splits
in two, and negations no list has ("wan't")."""

from __future__ import annotations

import pytest

from healthlint import Config, Linter
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.speller import Speller


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=("HL401",)))


def _flags(linter: Linter, text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.suggestions[0]) for f in linter.check(text).findings]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("You dont need a prescription.", [("dont", "don't")]),
        ("Dont take more than 4 g a day.", [("Dont", "Don't")]),
        ("Im not sure it helps.", [("Im", "I'm")]),
        ("Theyre fine, and youve seen them.", [("Theyre", "They're"), ("youve", "you've")]),
        ("The results didnt change.", [("didnt", "didn't")]),
    ],
)
def test_a_contraction_without_its_apostrophe_is_one_flag_with_the_contraction(
    linter: Linter, text: str, flags: list[tuple[str, str]]
) -> None:
    assert _flags(linter, text) == flags


@pytest.mark.parametrize(
    "text",
    [
        "I don't know, and it isn't clear.",
        "I don’t know.",  # a curly apostrophe
        "We wont be long.",  # "wont" and "cant" are words too
        "Ill patients need rest, and we'll see them.",
        "I do not know.",
    ],
)
def test_contractions_with_their_apostrophe_and_words_are_not_flagged(
    linter: Linter, text: str
) -> None:
    assert _flags(linter, text) == []


def test_a_negation_must_be_listed_while_a_possessive_is_checked_by_its_word() -> None:
    speller = Speller(default_lexicon())
    assert not speller.is_correct("wan't")
    assert speller.is_correct("doesn't")
    assert speller.is_correct("patients'")
    assert not speller.is_correct("pateints'")
