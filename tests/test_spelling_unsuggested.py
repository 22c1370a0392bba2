"""Profanity and slurs are known but never offered as corrections (the lexicon's
``unsuggested`` words, ``data/spelling/unsuggested.txt``): usage lists hold them as very
frequent words, so they used to rank first for innocent typos ("tets" → "tits")."""

from __future__ import annotations

import pytest

from healthlint import Config, Linter
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.lexicon import Lexicon
from healthlint.language.suggest import suggest


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return default_lexicon()


def test_the_list_is_loaded_and_its_words_are_known(lexicon: Lexicon) -> None:
    assert {"tits", "fuck", "wank"} <= lexicon.unsuggested
    assert all(lexicon.is_known(word) for word in lexicon.unsuggested)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("tets", "test"), ("wrank", "rank"), ("fluk", "fluke"), ("shitt", "shot")],
)
def test_an_innocent_typo_gets_no_profanity(lexicon: Lexicon, typo: str, meant: str) -> None:
    suggestions = suggest(typo, lexicon, 5)
    assert suggestions[0] == meant
    assert not set(suggestions) & lexicon.unsuggested


def test_a_letter_dropped_from_a_listed_word_gets_none_of_them(lexicon: Lexicon) -> None:
    """A letter dropped from one of the words ("fuk", "shitt") may be a typo of it, but the
    correction offered is never one of them."""
    typos = {
        word[:cut] + word[cut + 1 :]
        for word in lexicon.unsuggested
        for cut in range(1, len(word))
        if len(word) >= 4 and not lexicon.is_known(word[:cut] + word[cut + 1 :])
    }
    assert len(typos) > 150
    offered = {typo: set(suggest(typo, lexicon, 5)) & lexicon.unsuggested for typo in typos}
    assert {typo: words for typo, words in offered.items() if words} == {}


def test_a_sentence_with_a_typo_gets_the_meant_word() -> None:
    text = "The blood tets came back normal."
    (finding,) = Linter(Config(select=("HL401",))).check(text).findings
    assert text[finding.start : finding.end] == "tets"
    assert "tits" not in finding.suggestions
    assert finding.suggestions[0] == "test"
