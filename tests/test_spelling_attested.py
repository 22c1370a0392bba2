"""Words the curated lists miss but usage (wordfreq) or the drug dictionary attest, and the
typo test that keeps their misspellings out; compounds, derivations and codes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from types import ModuleType

import pytest

from healthlint import Config, Linter
from healthlint.language.attested import UNSEEN, attestation
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.sorted_words import SortedWords
from healthlint.language.speller import Speller


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller(default_lexicon())


def test_usage_frequencies_come_from_wordfreq_in_centibels() -> None:
    usage = attestation()
    assert usage.frequency("the") > usage.frequency("heart") > usage.frequency("intravitreal")
    assert usage.frequency("intravitreal") > UNSEEN
    assert usage.frequency("zqxjkvbw") == UNSEEN


@pytest.mark.parametrize(
    "word", ["intravitreal", "chikungunya", "zebrafish", "extubation", "polyadenylation"]
)
def test_a_rare_word_that_usage_attests_is_known(speller: Speller, word: str) -> None:
    assert speller.is_correct(word)


@pytest.mark.parametrize("word", ["enviromental", "definately", "seperate", "recieve", "familes"])
def test_a_common_misspelling_in_the_usage_list_is_still_a_typo(
    speller: Speller, word: str
) -> None:
    assert attestation().frequency(word) > UNSEEN  # the usage list holds it...
    assert not speller.is_correct(word)  # ...but the correct word is far more frequent


def test_a_used_word_is_no_typo_of_itself_without_its_prefix(speller: Speller) -> None:
    """ "reentrant" is "re" + "entrant", which is far more frequent, but no slip of it."""
    assert attestation().frequency("entrant") - attestation().frequency("reentrant") > 100
    assert speller.is_correct("reentrant") and speller.is_correct("macroreentrant")


@pytest.mark.parametrize("word", ["tranexamic", "dexmedetomidine", "stavudine", "cytarabine"])
def test_a_drug_dictionary_word_is_known(speller: Speller, word: str) -> None:
    assert word in attestation().drugs
    assert speller.is_correct(word)


def test_a_misspelled_synonym_in_the_drug_dictionary_is_a_typo(speller: Speller) -> None:
    assert "acetominophen" in attestation().drugs
    assert not speller.is_correct("acetominophen")
    assert speller.suggest("acetominophen")[0] == "acetaminophen"


@pytest.mark.parametrize(
    "word",
    ["trypomastigote", "bradyzoite", "hypomimia", "palinopsia", "xanthelasma", "koilonychia"],
)
def test_a_scientific_term_is_known_thanks_to_the_science_list(word: str) -> None:
    lexicon = default_lexicon()
    without = dataclasses.replace(
        lexicon, attested=dataclasses.replace(lexicon.attested, science=SortedWords(b""))
    )
    assert word in lexicon.attested.science
    assert lexicon.is_known(word)
    assert not without.is_known(word)


@pytest.mark.parametrize("word", ["hypoxemia", "nephrology", "embryocarcinoma", "musicology"])
def test_a_science_ending_after_letters_a_known_word_starts_with_is_a_term(
    speller: Speller, word: str
) -> None:
    assert speller.is_correct(word)


@pytest.mark.parametrize("word", ["hypkoxemia", "paarsitological", "pseudoautkosomal"])
def test_a_science_ending_after_letters_no_word_starts_with_is_a_typo(
    speller: Speller, word: str
) -> None:
    assert not speller.is_correct(word)


@pytest.mark.parametrize("word", ["licens", "impresus", "extracta"])
def test_a_science_word_a_slip_from_a_far_more_frequent_word_is_a_typo(
    speller: Speller, word: str
) -> None:
    """The list holds Latin epithets that are also slips of English words."""
    assert word in attestation().science
    assert not speller.is_correct(word)


@pytest.mark.parametrize("word", ["workstream", "lightmask", "skinfold", "bloodmeal", "casemix"])
def test_two_common_content_words_written_as_one_are_a_compound(
    speller: Speller, word: str
) -> None:
    assert speller.is_correct(word)


@pytest.mark.parametrize("word", ["mostlikely", "alot", "eachother"])
def test_a_function_word_joined_to_another_is_a_spacing_error(speller: Speller, word: str) -> None:
    assert not speller.is_correct(word)


def test_a_compound_a_slip_from_a_frequent_word_is_its_typo(speller: Speller) -> None:
    assert not speller.is_correct("properally")  # proper + ally, but "properly"
    assert speller.suggest("properally")[0] == "properly"


@pytest.mark.parametrize("word", ["hypoxemic", "dyslipidemic", "hypercholesterolemic"])
def test_a_derivation_of_a_medical_word_is_known_even_one_letter_from_its_base(
    speller: Speller, word: str
) -> None:
    assert speller.is_correct(word)


@pytest.mark.parametrize("word", ["paranets", "precion", "prefices"])
def test_a_prefix_before_a_short_or_unlisted_rest_does_not_make_a_word(
    speller: Speller, word: str
) -> None:
    assert not speller.is_correct(word)


def test_the_word_part_of_a_code_before_a_hyphen_is_not_checked() -> None:
    linter = Linter(Config(select=("HL401",)))
    text = "Cytarabine (ara-C) was compared with the dal-OUTCOMES results."
    assert linter.check(text).findings == []


def test_a_gene_name_after_a_letter_and_a_hyphen_is_not_checked() -> None:
    linter = Linter(Config(select=("HL401",)))
    text = "Expression of c-fos and E-selectin rose, but the nurse wrote recieve."
    flagged = [text[f.start : f.end] for f in linter.check(text).findings]
    assert flagged == ["recieve"]


def test_without_wordfreq_the_usage_list_is_empty_and_nothing_fails(
    hide_package: Callable[[ModuleType, str], None],
) -> None:
    from healthlint.language import attested

    hide_package(attested, "wordfreq")
    assert attested._wordfreq_usage() == {}
    assert "tranexamic" in attested.word_set("drug_words.txt.gz")


def test_without_the_usage_list_the_linter_says_so_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from healthlint.checks import spelling

    empty = attestation().__class__({}, attestation().drugs, attestation().science)
    without = dataclasses.replace(default_lexicon(), attested=empty)
    monkeypatch.setattr(spelling, "default_lexicon", lambda: without)
    linter = Linter(Config(select=("HL401",)))
    linter.check("The nurse wrote recieve.")
    linter.check("The nurse wrote recieve again.")
    assert len([w for w in linter.warnings if "wordfreq" in w]) == 1


@pytest.mark.parametrize(
    "word",
    [
        "adhesivity",  # adhesive → -ivity
        "multimerizing",  # multimer → -ize
        "chromatinized",  # chromatin → -ize
        "macrophagelike",  # a known word and -like
        "myelomonoblastic",  # combining forms: myelo, mono, blastic
        "karyophilic",  # karyo, philic
    ],
)
def test_regular_derivations_and_combining_forms_of_known_words_are_known(
    speller: Speller, word: str
) -> None:
    assert speller.is_correct(word)


@pytest.mark.parametrize("word", ["adhesivety", "macrophgelike", "activeity", "feelslike"])
def test_a_misspelled_base_or_a_wrong_ending_makes_no_derivation(
    speller: Speller, word: str
) -> None:
    assert not speller.is_correct(word)


@pytest.mark.parametrize(
    "word",
    [
        "complexed",  # a term: "completed" is x for t, no likely slip
        "forkhead",  # a term: "forehead" is k for e
        "episome",  # a term: "episode" is m for d
    ],
)
def test_a_term_one_unrelated_letter_from_a_common_word_is_known(
    speller: Speller, word: str
) -> None:
    assert speller.is_correct(word)


@pytest.mark.parametrize(
    "word",
    [
        "pyrrolidinedithiocarbamate",  # pyrrolidine, dithio, carbamate
        "lipoarabinomannan",  # lipo, arabino, mannan
        "methylthiogliotoxin",  # methyl, thio and a long term
        "furanosylcytosine",  # furanosyl, cytosine
        "gammadelta",  # two Greek letters (gammadelta T cells)
        "gammac",  # a Greek letter and a letter (the gammac chain)
    ],
)
def test_chemical_names_and_greek_letter_symbols_are_known(speller: Speller, word: str) -> None:
    assert speller.is_correct(word)


@pytest.mark.parametrize(
    "word",
    [
        "dinasour",  # "di" + a short junk term of the term lists is no chemical name
        "gammadeltaa",  # Greek letters and then two letters
        "pyrrolidinedithiocarbmate",  # a chemical name with a letter dropped
        "methylthiogliotoxn",  # a long term misspelled after the pieces
    ],
)
def test_a_misspelling_is_no_chemical_name_or_greek_symbol(speller: Speller, word: str) -> None:
    assert not speller.is_correct(word)
