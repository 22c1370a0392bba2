"""The built-in lexicon, assembled from the word lists (once per user and version: it is saved
between runs): pyspellchecker's general English frequencies, SCOWL's curated lists (sizes 70 and
80, names, and the variants it does not recommend), healthlint's medical vocabulary, combining
forms, drug and science stems, the US/UK table, chemical name parts and the words never offered
as corrections (``unsuggested.txt``: profanity), with the attested words
(:mod:`healthlint.language.attested`), the common misspellings
(:mod:`healthlint.language.misspellings`) and the common phrases
(:mod:`healthlint.language.phrases`)."""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Final

from healthlint.language.attested import attestation
from healthlint.language.chemistry import Nomenclature
from healthlint.language.dialect import build_table
from healthlint.language.labelled import labelled_words
from healthlint.language.lexicon import MEDICAL_COUNT, Lexicon
from healthlint.language.misspellings import common_misspellings
from healthlint.language.phrases import common_phrases
from healthlint.language.spelling_data import read_text, word_set, words_in
from healthlint.language.suggest import prepare_indexes
from healthlint.run_cache import Saved, load_or_build

#: Counts at or below this in the general list are its noise floor (one-off subtitle words,
#: many of them misspellings): such words are not known unless something else vouches for them.
NOISE_FLOOR: Final = 50
#: A general-list word this common is a word even when SCOWL does not list it ("ok", "email").
TRUST_COUNT: Final = 5000
#: The count SCOWL words missing from the general list are given (below the suggestion index).
CURATED_COUNT: Final = NOISE_FLOOR + 1


@cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon (loaded on first use, then shared by the whole process): saved
    between runs (:mod:`healthlint.run_cache`), with the suggestions' indexes."""
    return load_or_build(SAVED_LEXICON, build_lexicon, _prepare)


def _lexicon_inputs() -> list[Path]:
    """healthlint's spelling code and data: what the lexicon is built by and from."""
    package = Path(str(resources.files("healthlint")))
    code = (package / "language").glob("*.py")
    data = (package / "data" / "spelling").iterdir()
    return [path for path in (*code, *data) if path.is_file()]


#: The lexicon as saved between runs; its fingerprint holds the versions of the packages whose
#: data it reads.
SAVED_LEXICON: Final = Saved(
    "lexicon",
    Lexicon,
    _lexicon_inputs,
    ("healthlint", "pyspellchecker", "wordfreq", "codespell", "symspellpy"),
)


def _prepare(lexicon: Lexicon) -> None:
    """Make now what the lexicon would otherwise make on first use (the phrase table, the
    sets of common words and contractions, the suggestions' indexes), to be saved with it."""
    len(lexicon.phrases)
    _ = lexicon.common, lexicon.contractions, lexicon.all_forms
    prepare_indexes(lexicon)


def build_lexicon() -> Lexicon:
    """The built-in lexicon, built from its word lists."""
    general = _general_counts()
    curated = word_set("scowl_words.txt.gz")
    counts = {
        word: count
        for word, count in general.items()
        if count > NOISE_FLOOR and (word in curated or count >= TRUST_COUNT)
    }
    names = word_set("scowl_names.txt.gz")
    rare = frozenset((general.keys() | word_set("scowl_rare.txt.gz")) - counts.keys() - names)
    for word in curated:
        counts.setdefault(word, CURATED_COUNT)
    medical = frozenset(word.lower() for word in words_in(read_text("medical.txt")))
    for word in medical:
        counts[word] = max(counts.get(word, 0), MEDICAL_COUNT)
    forms = read_text("combining_forms.txt")
    combining = labelled_words(forms, "prefix", "any")
    initial, anywhere = combining["prefix"], combining["any"]
    dialects = build_table(read_text("us_uk.txt"), counts.keys())
    for us, british in dialects.us_to_gb.items():
        shared = max(counts.get(us, 0), counts.get(british, 0))
        counts[us] = counts[british] = max(shared, NOISE_FLOOR + 1)
    science_endings = tuple(words_in(read_text("science_suffixes.txt")))
    stems = tuple(words_in(read_text("drug_stems.txt"))) + science_endings
    return Lexicon(
        counts,
        rare - counts.keys(),
        curated,
        medical,
        names,
        stems,
        frozenset(science_endings),
        frozenset(initial),
        frozenset(anywhere),
        dialects,
        Nomenclature.parse(read_text("chemistry.txt")),
        attestation(),
        common_misspellings(),
        word_set("scowl_variants.txt.gz") & curated,
        common_phrases(),
        frozenset(words_in(read_text("unsuggested.txt"))),
    )


def _general_counts() -> dict[str, int]:
    package = resources.files("spellchecker").joinpath("resources", "en.json.gz")
    with package.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)
