"""Words attested outside the curated lists: how often English text uses a word, the names of
drugs and medical substances, and scientific terms.

- Usage: wordfreq's large English list (code Apache-2.0, data CC BY-SA 4.0), read at run time
  from the installed package, never copied into healthlint: about 290,000 words, and 18,000
  possessives ("body's"), with their frequency in Wikipedia, news, books, subtitles and the
  web, in centibels (the file's bin index; -300 cB is once per 1,000 words). It knows
  "intravitreal" and "chikungunya", but also common misspellings ("enviromental"), so the
  lexicon accepts a word it alone attests only when no far more frequent word is a slip or two
  away.
- Drugs: ``data/spelling/drug_words.txt.gz``, the words of about 107,000 drug names and
  synonyms from the drug-named-entity-recognition package (MIT; see that folder's README and
  ``tools/build_drug_words.py``): "tranexamic", "dexmedetomidine".
- Science: ``data/spelling/science_words.txt.gz``, about 665,000 words of the scientific terms
  list of cspell's dictionaries (MIT; ``tools/build_science_words.py``): chemicals, proteins,
  organisms, anatomy and lab methods ("xanthelasma", "trypomastigote"), kept as one sorted
  block of text (:class:`~healthlint.language.sorted_words.SortedWords`).

The drug and science words are terms: like usage lists, they hold misspellings, and the
lexicon applies the same typo test to both. All are loaded on first use. Without wordfreq the
usage list is empty (healthlint doctor says so) and the lint goes on with the other lists.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from typing import Final

from healthlint.language.installed_data import package_folder
from healthlint.language.sorted_words import SortedWords
from healthlint.language.spelling_data import read_gzipped, word_set

#: The frequency (cB) given to a word no source lists: below wordfreq's floor of -800 cB.
UNSEEN: Final = -900


@dataclass(frozen=True, eq=False)
class Attestation:
    """Usage frequencies (centibels, 0 = every word), the drug-dictionary words and the
    scientific terms."""

    usage: dict[str, int]
    drugs: frozenset[str]
    science: SortedWords

    def frequency(self, word: str) -> int:
        """How often English text uses the lowercase ``word``, in centibels (higher is more
        common; :data:`UNSEEN` when no source lists it)."""
        return self.usage.get(word, UNSEEN)

    def is_term(self, word: str) -> bool:
        """Whether the lowercase ``word`` is a drug-dictionary word or a scientific term."""
        return word in self.drugs or word in self.science


@cache
def attestation() -> Attestation:
    """The attested words (loaded once per process)."""
    return Attestation(
        _wordfreq_usage(),
        word_set("drug_words.txt.gz"),
        SortedWords(read_gzipped("science_words.txt.gz")),
    )


def _wordfreq_usage() -> dict[str, int]:
    folder = package_folder("wordfreq")
    source = folder / "data" / "large_en.msgpack.gz" if folder else None
    if source is None or not source.is_file():
        return {}
    try:
        import msgpack
    except ModuleNotFoundError:
        return {}
    packed = source.read_bytes()
    bins = msgpack.unpackb(gzip.decompress(packed), raw=False)
    header, words_by_bin = bins[0], bins[1:]
    if not isinstance(header, dict) or header.get("format") != "cB":
        return {}
    return {
        word: -index
        for index, words in enumerate(words_by_bin)
        for word in words
        if word.isascii() and word.removesuffix("'s").isalpha()
    }
