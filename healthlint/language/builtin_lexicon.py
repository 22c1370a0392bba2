"""The built-in lexicon, assembled once per process from the word lists: pyspellchecker's
general English frequencies, SCOWL's curated lists (sizes 70 and 80, names, and the variants
it does not recommend), healthlint's medical vocabulary, combining forms, drug and science
stems, the US/UK table and chemical name parts, with the attested words
(:mod:`healthlint.language.attested`), the common misspellings
(:mod:`healthlint.language.misspellings`) and the common phrases
(:mod:`healthlint.language.phrases`)."""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources
from typing import Final

from healthlint.language.attested import attestation
from healthlint.language.chemistry import Nomenclature
from healthlint.language.dialect import build_table
from healthlint.language.labelled import labelled_words
from healthlint.language.lexicon import MEDICAL_COUNT, Lexicon
from healthlint.language.misspellings import common_misspellings
from healthlint.language.phrases import common_phrases
from healthlint.language.spelling_data import read_text, word_set, words_in

#: Counts at or below this in the general list are its noise floor (one-off subtitle words,
#: many of them misspellings): such words are not known unless something else vouches for them.
NOISE_FLOOR: Final = 50
#: A general-list word this common is a word even when SCOWL does not list it ("ok", "email").
TRUST_COUNT: Final = 5000
#: The count SCOWL words missing from the general list are given (below the suggestion index).
CURATED_COUNT: Final = NOISE_FLOOR + 1


@cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon (loaded on first use, then shared by the whole process)."""
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
    )


def _general_counts() -> dict[str, int]:
    package = resources.files("spellchecker").joinpath("resources", "en.json.gz")
    with package.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)
