"""HL401 misspelled-word: the embedded spell checker on healthlint's own labelled sentences
(a regression floor), and its behaviour on what is and is not a word to check."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from healthlint import Config, Linter
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.speller import Speller
from healthlint.language.suggest import match_case

CORPUS = Path(__file__).parent / "corpora" / "language" / "spelling.tsv"
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.95
FIRST_SUGGESTION_FLOOR = 0.9


def _cases() -> list[tuple[str, set[str]]]:
    cases = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, expected = line.split("\t")
            cases.append((sentence, set() if expected == "-" else set(expected.split(" | "))))
    return cases


@pytest.fixture(scope="module")
def hl401() -> Linter:
    return Linter(Config(select=("HL401",)))


def _flagged(linter: Linter, text: str) -> list[str]:
    return [text[f.start : f.end] for f in linter.check(text).findings]


def test_spelling_corpus_meets_its_floors(hl401: Linter) -> None:
    true_positive = false_positive = false_negative = right_first = 0
    for sentence, expected in _cases():
        report = hl401.check(sentence)
        found = {sentence[f.start : f.end]: f.suggestions for f in report.findings}
        wanted = dict(item.split("->") for item in expected)
        true_positive += len(found.keys() & wanted.keys())
        false_positive += len(found.keys() - wanted.keys())
        false_negative += len(wanted.keys() - found.keys())
        right_first += sum(
            1 for word, meant in wanted.items() if found.get(word, ("",))[:1] == (meant,)
        )
    assert true_positive / (true_positive + false_positive) >= PRECISION_FLOOR
    assert true_positive / (true_positive + false_negative) >= RECALL_FLOOR
    assert right_first / (true_positive + false_negative) >= FIRST_SUGGESTION_FLOOR


def test_the_sample_article_title_typo_is_caught_with_its_case_kept(
    hl401: Linter, sample_text: str
) -> None:
    report = hl401.check(sample_text, "article.txt")
    conspiracy = [f for f in report.findings if sample_text[f.start : f.end] == "Conspriracy"]
    assert conspiracy and conspiracy[0].suggestions[0] == "Conspiracy"


@pytest.mark.parametrize(
    "text",
    [
        "Metformin lowers HbA1c; see https://example.org/metforminn or mail a@b.org.",
        "Take 500mg twice daily; COVID-19 and SARS-CoV-2 tests were negative.",
        "Dr. Nguyen and Prof. Okonkwo met in Reykjavík and São Paulo.",
        "The NSAID and the mRNA vaccine were given together.",
        "Share it with #backpainrelief or @physioteam today.",
        "Drosophila melanogaster and E. coli are model organisms.",
        "Pre-eclampsia and post-operative pain were recorded.",
    ],
)
def test_what_is_not_a_word_to_check_is_skipped(hl401: Linter, text: str) -> None:
    assert _flagged(hl401, text) == []


def test_inline_code_in_markdown_is_not_spell_checked(hl401: Linter) -> None:
    text = "Run `healthlnt --fix` after editing."
    assert hl401.check(text, "notes.md").findings == []


def test_a_capitalised_typo_at_the_start_of_a_sentence_is_still_a_typo(hl401: Linter) -> None:
    assert _flagged(hl401, "Recieve the vaccine in the autumn.") == ["Recieve"]


def test_a_long_capitalised_typo_may_carry_more_slips(hl401: Linter) -> None:
    """A long word at the start of a sentence is flagged two slips from a word; a short one
    only one slip away (short names are often near a word)."""
    assert _flagged(hl401, "Goberment advice changed in 2020.") == ["Goberment"]
    assert _flagged(hl401, "Unfortunatly the trial was small.") == ["Unfortunatly"]
    assert _flagged(hl401, "Dezube said the trial was small.") == []
    # a Latin name gets no such allowance: "Hepatocystis" is two slips from "hepatocytes"
    assert _flagged(hl401, "Hepatocystis infects monkeys.") == []


def test_a_gene_symbol_the_words_around_it_show_is_not_a_typo(hl401: Linter) -> None:
    text = "The jun and fos family binds DNA. Fos proteins and the kinases lck and fyn matter."
    assert _flagged(hl401, text) == []
    assert _flagged(hl401, "A dominant-negative nef-binding factor was used.") == []
    # a cheap slip of "its" before "gene" may be one; joined by a hyphen, it is a symbol
    assert _flagged(hl401, "The ets gene was silent.") == ["ets"]
    assert _flagged(hl401, "An ets-binding factor was used.") == []
    # with no such word beside it, a short unknown word is checked
    assert _flagged(hl401, "The fos was high.") == ["fos"]


def test_a_symbol_written_after_a_letter_and_a_hyphen_is_one_everywhere(hl401: Linter) -> None:
    assert _flagged(hl401, "Expression of c-fos rose. Later fos fell.") == []
    assert _flagged(hl401, "Later fos fell.") == ["fos"]


def test_a_word_after_a_prefix_and_a_hyphen_is_read_with_the_prefix(hl401: Linter) -> None:
    # "empt" alone is one slip from "empty", "ordinator" from "ordinate"
    assert _flagged(hl401, "Doctors pre-empt it with pre-emptive care.") == []
    assert _flagged(hl401, "Care co-ordinators and a co-ordinator met.") == []
    assert _flagged(hl401, "Care co-ordinatros met.") == ["ordinatros"]


@pytest.mark.parametrize(
    "text",
    [
        "The antibiotic ciprofloxacin (cipro) was given. Cipro resistance rose; stop cipro early.",
        "Patients took dexamethasone (Dex) daily, and dex-resistant cells grew.",
        "Cholera toxin (Ctx), a potent activator, raised cAMP.",
        "The effect of alpha-tocopherol (alpha-tcp) was small.",
        # no space before the bracket: the tokenizer keeps "dexamethasone(dex)-resistant" whole
        "Highly dexamethasone(dex)-resistant clones grew, and dex-resistant cells too.",
    ],
)
def test_a_short_form_defined_in_brackets_is_not_a_typo(hl401: Linter, text: str) -> None:
    assert _flagged(hl401, text) == []


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("Take cipro twice a day.", "cipro"),  # never defined here
        ("Dry the skin with a towel (towl) afterwards.", "towl"),  # the word before, misspelled
        ("Dry it with a towel(towl). The towl was wet.", "towl"),  # so too inside a token
        ("Most patients (pateints) recovered.", "pateints"),  # too long for a short form
        ("Take the tablets (untill the pain stops).", "untill"),  # not a short form at all
    ],
)
def test_a_misspelling_in_brackets_is_still_a_typo(hl401: Linter, text: str, typo: str) -> None:
    assert _flagged(hl401, text) == [typo]


def test_two_prefixes_before_one_word_are_no_slip_of_each_other(hl401: Linter) -> None:
    text = "Preactivated and crossreactive cells, crosslinkage and unreactivated controls."
    assert _flagged(hl401, text) == []
    assert _flagged(hl401, "The cells were preactivatd.") == ["preactivatd"]


@pytest.mark.parametrize("text", ["Teh gene was silent.", "The tge gene was silent."])
def test_a_slip_of_a_common_word_before_gene_is_still_a_typo(hl401: Linter, text: str) -> None:
    assert len(_flagged(hl401, text)) == 1


def test_a_particle_of_a_name_is_not_a_typo(hl401: Linter) -> None:
    text = "Heavy periods can be a sign of von Willebrand disease, as ibn Sina wrote."
    assert _flagged(hl401, text) == []
    assert _flagged(hl401, "The von was late.") == ["von"]


def test_a_name_at_the_start_of_a_sentence_is_not_a_typo(hl401: Linter) -> None:
    assert _flagged(hl401, "Okonkwo said the trial was small.") == []
    assert _flagged(hl401, "Schwarzenegger said the trial was small.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Priya Khanna, a cardiologist, led the trial.",
        "Priya K. Khanna led the trial.",
        "Khanna, MD, led the trial.",
        "Khanna said the trial was small.",
        "Khanna told reporters the trial was small.",
        "Khanna et al. found the trial too small.",
        "Khanna and colleagues found the trial too small.",
        "Khanna (2019) found the trial too small.",
    ],
)
def test_a_name_its_neighbours_show_is_not_a_typo_at_the_start(
    hl401: Linter, sentence: str
) -> None:
    """A surname, an initial, a credential, a verb of saying, "et al." or a year after a
    capitalised word at the start of a sentence shows it is a name ("Khanna" is a slip from
    "Khan", "Priya" from "pray")."""
    assert _flagged(hl401, sentence) == []


def test_a_name_alone_at_the_start_is_still_checked_and_so_is_a_typo_before_a_cue(
    hl401: Linter,
) -> None:
    # "Nicoline" is a slip from "nicotine", and no neighbour shows it is a name
    assert _flagged(hl401, "Nicoline found the trial too small.") == ["Nicoline"]
    assert _flagged(hl401, "Almast everyone said the trial was small.") == ["Almast"]
    # in a title, a run of capitalised words is no sign of a name
    title = "# Muscle Spasms – the Conspriracy Theory\n"
    assert [title[f.start : f.end] for f in hl401.check(title, "a.md").findings] == ["Conspriracy"]


def test_a_name_a_cue_showed_once_is_a_name_at_the_start_of_later_sentences(
    hl401: Linter,
) -> None:
    # alone, "Nicoline" is a slip from "nicotine"; after "Nicoline said", a name
    assert _flagged(hl401, "Nicoline said the trial was small. Nicoline found it.") == []
    assert _flagged(hl401, "Nicoline found the trial small. Nicoline said so.") == []
    # a cue for one name vouches for no other word
    text = "Nicoline said the trial was small. Almast everyone agreed."
    assert _flagged(hl401, text) == ["Almast"]


def test_a_capitalised_word_english_text_uses_often_is_a_name_at_the_start(
    hl401: Linter,
) -> None:
    """wordfreq counts names too: "Khanna" and "Priya" are used about once in two million
    words, so at the start of a sentence they are names, not slips from "Khan" and "pray";
    a common misspelling is still flagged, and so is a short word ("Teh")."""
    assert _flagged(hl401, "Khanna found the trial too small.") == []
    assert _flagged(hl401, "Priya led the trial.") == []
    assert _flagged(hl401, "Recieve the vaccine in the autumn.") == ["Recieve"]
    assert _flagged(hl401, "Teh trial was small.") == ["Teh"]
    # lowercase, they are still typos
    assert _flagged(hl401, "The trial was led by priya.") == ["priya"]


def test_everyday_health_words_the_general_lists_miss_are_known(hl401: Linter) -> None:
    text = "Most 11-year-olds have never smoked, but vapers often start young."
    assert _flagged(hl401, text) == []
    assert _flagged(hl401, "Snus and exergaming were studied in young adults.") == []
    disclosure = "The funder had no role in the study; each payor covered the visits."
    assert _flagged(hl401, disclosure) == []


def test_a_doubled_letter_inflection_is_checked_against_the_real_form(hl401: Linter) -> None:
    assert _flagged(hl401, "The pain occured at night.") == ["occured"]
    assert _flagged(hl401, "The pain occurred at night and recurred later.") == []


def test_an_es_ending_follows_only_a_hissing_sound_or_an_o_and_they_take_no_s() -> None:
    speller = Speller(default_lexicon())
    assert not speller.is_correct("transplantationes")
    assert all(speller.is_correct(word) for word in ("boxes", "rashes", "echoes", "sinuses"))
    # and a hissing sound takes -es, not -s ("stomachs" is said with a k)
    assert not any(speller.is_correct(word) for word in ("processs", "viruss", "snuss", "boxs"))
    assert speller.is_correct("stomachs") and speller.is_correct("snuses")


def test_an_inflection_the_curated_list_does_not_have_is_checked_like_a_rare_word() -> None:
    speller = Speller(default_lexicon())
    # SCOWL lists the real inflections of its words; "lossing" is a typo of "losing"
    assert not speller.is_correct("lossing") and not speller.is_correct("faver")
    assert speller.is_correct("losing") and speller.is_correct("regimens")
    # another ending of the same word one edit away does not make it a typo
    assert speller.is_correct("attaches")


@pytest.mark.parametrize("typo", ["hstological", "phwrmacological", "psycghopathy", "hydroase"])
def test_a_word_only_its_shape_vouches_for_is_a_typo_of_a_listed_word_one_slip_away(
    typo: str,
) -> None:
    """Endings such as "-ological", "-opathy" and "-ase" make words look medical; a listed
    word or term one edit away that English text uses is the likelier reading."""
    assert not default_lexicon().is_known(typo)


@pytest.mark.parametrize("word", ["theranostic", "downmodulated", "microtitre", "deacylate"])
def test_another_ending_or_dialect_of_a_listed_term_is_no_rival(word: str) -> None:
    assert default_lexicon().is_known(word)


@pytest.mark.parametrize("word", ["reburn", "reburned", "interworm", "midguts"])
def test_a_prefix_before_a_common_short_word_is_a_word(word: str) -> None:
    """ "reburn" is "re" + "burn"; "return", one letter away, is "re" + "turn": a slip from it
    would make a real word of "turn", which no speller flags either."""
    assert default_lexicon().is_known(word)


@pytest.mark.parametrize("typo", ["rebond", "parasits", "preparking", "reactin", "epitops"])
def test_a_prefixed_word_a_letter_from_a_listed_one_is_still_a_typo(typo: str) -> None:
    """ "rebond" is "re" + "bond", but "rebound" holds it with a letter more."""
    assert not default_lexicon().is_known(typo)


@pytest.mark.parametrize("typo", ["gatroenterology", "transfoeming"])
def test_a_typo_that_only_looks_british_is_still_a_typo(typo: str) -> None:
    """The oe → e pattern makes "gatroenterology" look like a British form of a shape word."""
    assert not default_lexicon().is_known(typo)


@pytest.mark.parametrize("word", ["oesophageal", "coeliac", "orthopaedic", "manoeuvre"])
def test_british_forms_are_known(word: str) -> None:
    assert default_lexicon().is_known(word)


@pytest.mark.parametrize("word", ["cafes", "cliches", "naivete", "protege", "entrees"])
def test_a_loanword_written_without_its_accents_is_known(word: str) -> None:
    """SCOWL lists "cafés" and "clichés"; English writers often leave the accents off."""
    assert default_lexicon().is_known(word)


def test_a_rare_verb_form_is_not_inflected_again() -> None:
    """The big lists hold rare verb forms ("shivving"); a second ending on one is a typo."""
    lexicon = default_lexicon()
    assert "shivving" in lexicon.rare and lexicon.is_known("shivving")
    assert not lexicon.is_known("shivvinging")
    assert lexicon.is_known("singing") and lexicon.is_known("stringing")


def test_rare_variants_in_the_big_word_lists_do_not_hide_common_misspellings() -> None:
    speller = Speller(default_lexicon())
    assert not speller.is_correct("persue") and not speller.is_correct("belive")
    assert speller.is_correct("adjuvant") and speller.is_correct("bariatric")


def test_systematic_chemical_names_are_words_but_chemical_looking_typos_are_not() -> None:
    speller = Speller(default_lexicon())
    for word in ("dihydrotestosterone", "triiodothyronine", "tetrahydrocannabinol"):
        assert speller.is_correct(word), word
    # a piece followed by a misspelled word is not a name; nor a typo of a common word
    assert not speller.is_correct("hydroxyvitamni")
    assert not speller.is_correct("polyunsaturaed")


def test_a_name_is_a_word_only_when_capitalised() -> None:
    speller = Speller(default_lexicon())
    assert speller.is_correct("Seoul") and speller.is_correct("July")
    assert not speller.is_correct("susan")


def test_accepted_words_are_whole_words_only() -> None:
    speller = Speller(default_lexicon(), accept=["zorblatine"])
    assert speller.is_correct("zorblatine") and speller.is_correct("Zorblatine")
    assert not speller.is_correct("zorblatinex")
    assert not speller.is_correct("xzorblatine")


def test_rejected_words_are_flagged_even_when_the_dictionary_knows_them() -> None:
    linter = Linter(Config(select=("HL401",), vocabulary_reject=("utilize",)))
    (finding,) = linter.check("Utilize the inhaler daily.").findings
    assert "reject" in finding.message


def test_suggestions_are_ranked_and_keep_the_case_of_the_word() -> None:
    speller = Speller(default_lexicon())
    assert speller.suggest("recieve")[0] == "receive"
    assert speller.suggest("Seperate")[0] == "Separate"
    assert speller.suggest("alot")[0] == "a lot"
    assert match_case("NAUSEUS", "nauseous") == "NAUSEOUS"


def test_medical_words_general_checkers_miss_are_known() -> None:
    speller = Speller(default_lexicon())
    words = "fasciculations metformin musculoskeletal fibromyalgia pectoralis anaemia"
    words += " randomised programme paediatric oesophagus haemorrhage tumours colour"
    words += " cardiomyopathy pembrolizumab empagliflozin noninvasive postoperatively"
    assert [word for word in words.split() if not speller.is_correct(word)] == []


def test_fifty_thousand_words_are_checked_well_within_the_time_budget() -> None:
    lexicon = default_lexicon()
    text = CORPUS.read_text(encoding="utf-8") * 200
    words = re.findall(r"[A-Za-z]+", text)[:50_000]
    speller = Speller(lexicon)
    started = time.perf_counter()
    for word in words:
        speller.is_correct(word)
    # the benchmark measures ~0.1 s for 50,000 words of this kind; allow for a busy machine
    assert time.perf_counter() - started < 1.0
