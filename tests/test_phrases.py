"""Common phrases run together ("bloodpressure"): symspellpy's bigram list, read from the
installed package, and the lexicon's test that tells them from compounds written closed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import ModuleType

import pytest

from healthlint import Config, Linter
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.phrases import COUNT_SCALE, Phrases, common_phrases, parse
from healthlint.language.speller import Speller
from healthlint.language.suggest import suggest


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(default_lexicon())


def test_the_list_is_read_from_the_installed_symspellpy() -> None:
    phrases = common_phrases()
    assert len(phrases) > 100_000
    found = phrases.get("bloodpressure")
    assert found is not None and found.phrase == "blood pressure"


def test_parse_keeps_phrases_of_words_and_the_commoner_reading_of_the_same_letters() -> None:
    text = "spa in 900\nblood pressure 1000\ncare4 you 10\nbar gain 20\nbarg ain 70\nbad\n"
    assert parse(text) == ["bargain\t70\t4", "bloodpressure\t1000\t5"]
    found = Phrases(lambda: text).get("bargain")
    assert found is not None and found.phrase == "barg ain"


def test_how_often_a_phrase_is_written_apart_short_words_too() -> None:
    phrases = Phrases(lambda: "in fact 1000000\nheart attack 1000\ncare4 you 10\n")
    assert phrases.frequency("in fact") == pytest.approx(600 - COUNT_SCALE)
    assert phrases.frequency("heart attack") == pytest.approx(300 - COUNT_SCALE)
    assert phrases.frequency("in possible") is None
    assert phrases.frequency("care4 you") is None
    assert common_phrases().frequency("a lot") is not None


def test_a_count_is_turned_into_a_usage_frequency() -> None:
    found = Phrases(lambda: "heart attack 1000000\n").get("heartattack")
    assert found is not None
    assert found.frequency == pytest.approx(600 - COUNT_SCALE)


@pytest.mark.parametrize(
    ("closed", "phrase"),
    [
        ("bloodpressure", "blood pressure"),
        ("heartattack", "heart attack"),
        ("sideeffects", "side effects"),
        ("takecare", "take care"),
        ("painrelief", "pain relief"),
    ],
)
def test_a_common_phrase_run_together_is_flagged_with_the_phrase_first(
    speller: Speller, closed: str, phrase: str
) -> None:
    assert not speller.is_correct(closed)
    assert speller.suggest(closed)[0] == phrase


@pytest.mark.parametrize(
    "word",
    [
        "birthweight",  # science writes these closed often enough
        "herpesvirus",
        "radiofrequency",
        "handwashing",
        "skinfold",  # not a common phrase
        "wellbeing",  # listed words are never taken for phrases
        "caregiver",
    ],
)
def test_compounds_written_closed_are_not_taken_for_phrases(speller: Speller, word: str) -> None:
    assert speller.is_correct(word)


def test_the_linter_flags_a_phrase_run_together_in_its_sentence() -> None:
    linter = Linter(Config(select=("HL401",)))
    (finding,) = linter.check("Check your bloodpressure every morning.").findings
    assert finding.suggestions[0] == "blood pressure"


def test_a_split_into_two_content_words_ranks_below_a_one_slip_word() -> None:
    lexicon = default_lexicon()
    assert suggest("focusking", lexicon)[0] == "focusing"
    assert suggest("revbleeding", lexicon)[0] == "rebleeding"
    assert suggest("alot", lexicon)[0] == "a lot"  # beside a function word: still first


def test_without_symspellpy_no_phrase_is_known_and_the_linter_says_so_once(
    monkeypatch: pytest.MonkeyPatch, hide_package: Callable[[ModuleType, str], None]
) -> None:
    from healthlint.checks import spelling
    from healthlint.language import phrases

    hide_package(phrases, "symspellpy")
    empty = phrases.common_phrases.__wrapped__()
    assert len(empty) == 0 and empty.get("bloodpressure") is None
    without = dataclasses.replace(default_lexicon(), phrases=empty)
    monkeypatch.setattr(spelling, "default_lexicon", lambda: without)
    linter = Linter(Config(select=("HL401",)))
    linter.check("The nurse wrote recieve.")
    linter.check("The nurse wrote recieve again.")
    assert len([w for w in linter.warnings if "symspellpy" in w]) == 1
