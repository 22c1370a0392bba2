"""Suggestions weighed by how English writes them: a split into two words that the list of
common phrases does not hold ranks below a one-letter fix ("inpossible" is "impossible", not
"in possible"), and a possessive is offered only where English writes it ("body's", never
"explicit's")."""

from __future__ import annotations

import dataclasses

import pytest

from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.lexicon import Lexicon
from healthlint.language.suggest import suggest


@pytest.fixture(scope="module")
def unlisted() -> Lexicon:
    """The built-in lexicon without codespell's corrections, which would decide these."""
    return dataclasses.replace(default_lexicon(), misspellings={})


@pytest.mark.parametrize(
    ("typo", "meant", "split"),
    [
        ("inpossible", "impossible", "in possible"),
        ("upsupported", "unsupported", "up supported"),
        ("innecessarily", "unnecessarily", "in necessarily"),
    ],
)
def test_a_split_into_no_common_phrase_ranks_below_the_word(
    unlisted: Lexicon, typo: str, meant: str, split: str
) -> None:
    suggestions = suggest(typo, unlisted, 3)
    assert suggestions[0] == meant
    assert split in suggestions


@pytest.mark.parametrize(("typo", "phrase"), [("mostlikely", "most likely"), ("incase", "in case")])
def test_a_common_phrase_run_together_is_still_split_first(
    unlisted: Lexicon, typo: str, phrase: str
) -> None:
    assert suggest(typo, unlisted, 3)[0] == phrase


@pytest.mark.parametrize(
    ("typo", "meant", "never"),
    [
        ("explicits", "explicit", "explicit's"),
        ("controversials", "controversial", "controversial's"),
    ],
)
def test_no_possessive_english_never_writes(
    unlisted: Lexicon, typo: str, meant: str, never: str
) -> None:
    suggestions = suggest(typo, unlisted, 5)
    assert suggestions[0] == meant
    assert never not in suggestions


@pytest.mark.parametrize(
    ("typo", "possessive"), [("bodys", "body's"), ("womens", "women's"), ("Swedens", "Sweden's")]
)
def test_a_possessive_english_writes_is_still_offered(
    unlisted: Lexicon, typo: str, possessive: str
) -> None:
    assert possessive in suggest(typo, unlisted, 3)
