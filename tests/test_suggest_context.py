"""HL401 suggestions ranked by the words around the misspelling: the word English writes beside
them goes first ("redy to" is "ready", "spinal cird" is "cord"); a pair of rare words, a
possessive or a neighbour across punctuation or itself unknown says nothing."""

from __future__ import annotations

import pytest
import spacy

from healthlint import Config, Linter
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.context import Neighbours, context_cost
from healthlint.language.speller import Speller
from healthlint.language.suggest import suggest


@pytest.fixture(scope="module")
def hl401() -> Linter:
    return Linter(Config(select=("HL401",)))


@pytest.mark.parametrize(
    ("text", "typo", "meant", "alone"),
    [
        ("We are redy to go home.", "redy", "ready", "red"),
        ("They aso note the risk.", "aso", "also", "as"),
        ("He was an amature athlete.", "amature", "amateur", "a mature"),
        ("Fibre helps with delayed bowe movements.", "bowe", "bowel", "bow"),
        ("The spinal cird was compressed.", "cird", "cord", "card"),
        ("The clinical tria was stopped early.", "tria", "trial", "trio"),
        ("It is hard to classiy obesity.", "classiy", "classify", "classy"),
        ("Lowering levesl of cholesterol helps.", "levesl", "levels", "level"),
    ],
)
def test_the_word_written_beside_the_neighbours_goes_first(
    hl401: Linter, text: str, typo: str, meant: str, alone: str
) -> None:
    (finding,) = hl401.check(text).findings
    assert text[finding.start : finding.end] == typo
    assert finding.suggestions[0] == meant
    # the word alone ranks another first: the neighbours decided it
    assert suggest(typo, default_lexicon())[0] == alone


def test_a_neighbour_that_suits_costs_less_and_one_that_does_not_more() -> None:
    lexicon = default_lexicon()
    before_to = Neighbours(after="to")
    assert context_cost("ready", before_to, lexicon) < 0
    assert context_cost("red", before_to, lexicon) > context_cost("ready", before_to, lexicon)
    # "an a" is no pair of English, so the split after "an" costs more than the word
    after_an = Neighbours(before="an")
    assert context_cost("a mature", after_an, lexicon) > context_cost("amateur", after_an, lexicon)


@pytest.mark.parametrize(
    ("candidate", "neighbours"),
    [
        ("pyridoxine", Neighbours("metformin", "glycation")),  # rare words: absence says nothing
        ("body's", Neighbours("the", "natural")),  # the list of bigrams holds no apostrophes
        ("ready", Neighbours()),
    ],
)
def test_what_the_list_of_bigrams_cannot_tell_costs_nothing(
    candidate: str, neighbours: Neighbours
) -> None:
    assert context_cost(candidate, neighbours, default_lexicon()) == 0.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we are redy to go", Neighbours("are", "to")),
        ("we are redy. To go", Neighbours("are", None)),  # a full stop parts them
        ("(redy) to go", Neighbours(None, None)),  # brackets, no space
        ("we arre redy to go", Neighbours(None, "to")),  # an unknown word is no context
        ("redy", Neighbours(None, None)),
    ],
)
def test_the_neighbours_are_known_words_across_a_space(text: str, expected: Neighbours) -> None:
    doc = spacy.blank("en")(text)
    (token,) = [token for token in doc if token.text == "redy"]
    assert Speller(default_lexicon()).neighbours(token) == expected


@pytest.mark.parametrize(
    ("text", "typo", "meant"),
    [
        ("Two prospective studys of the drug were stopped.", "studys", "studies"),
        ("She needed physical therapys after the operation.", "therapys", "therapies"),
    ],
)
def test_a_plural_is_weighed_by_its_singulars_pair_when_the_list_lacks_its_own(
    hl401: Linter, text: str, typo: str, meant: str
) -> None:
    """The list of bigrams holds "prospective study" and "physical therapy" but not their
    plurals: the typed -s, not the list's choice of number, decides."""
    (finding,) = hl401.check(text).findings
    assert text[finding.start : finding.end] == typo
    assert finding.suggestions[0] == meant


def test_an_unlisted_plural_pair_costs_what_its_singulars_pair_does() -> None:
    lexicon = default_lexicon()
    assert lexicon.phrases.frequency("prospective studies") is None
    assert lexicon.phrases.frequency("prospective study") is not None
    after_prospective = Neighbours(before="prospective")
    plural = context_cost("studies", after_prospective, lexicon)
    assert plural < 0
    assert plural == context_cost("study", after_prospective, lexicon)


@pytest.mark.parametrize("typo", ["activitys", "therapys", "studys"])
def test_a_seeded_plural_near_in_letters_is_offered_once(typo: str) -> None:
    suggestions = suggest(typo, default_lexicon())
    assert len(suggestions) == len(set(suggestions))
    in_context = suggest(typo, default_lexicon(), neighbours=Neighbours("physical", "for"))
    assert len(in_context) == len(set(in_context))


def test_a_word_both_seeded_and_near_in_letters_keeps_its_cheaper_cost() -> None:
    """The word "species" is seeded as the -ies plural of "specys" (dear: "specy" is no
    word) and is one slip away in letters (cheap): the cheaper cost ranks it."""
    assert suggest("specys", default_lexicon())[0] == "species"
