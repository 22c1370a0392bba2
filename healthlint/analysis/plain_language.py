"""The word lists of the readability rules, shipped in ``healthlint/data/readability/`` and
loaded once per process.

- ``jargon.tsv``: medical jargon with plain alternatives (format documented in the file).
- ``acronyms.txt``: acronyms most readers know without a definition.
- the everyday vocabulary: the most frequent English words of pyspellchecker's word-frequency
  list (a runtime dependency already; ranked once and saved between runs:
  :mod:`healthlint.run_cache`); a word outside it is *unfamiliar* to a lay reader.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from healthlint.nlp import tokenize_words
from healthlint.run_cache import Saved, load_or_build

DATA_PACKAGE = "healthlint"
JARGON_RESOURCE = "data/readability/jargon.tsv"
ACRONYMS_RESOURCE = "data/readability/acronyms.txt"
#: How many of the most frequent English words count as everyday vocabulary.
EVERYDAY_VOCABULARY_SIZE = 10_000
PLAIN_SEPARATOR = " | "
#: The ranked everyday words as saved between runs.
SAVED_RANKING = Saved("everyday-words", list, lambda: [Path(__file__)], ("pyspellchecker",))


@dataclass(frozen=True)
class JargonTerm:
    """A jargon term, its words as the tokenizer splits them, and plain alternatives."""

    term: str
    words: tuple[str, ...]
    plain: tuple[str, ...]


def parse_jargon(text: str) -> tuple[JargonTerm, ...]:
    """Parse lexicon text: ``term<TAB>plain | plain`` lines; ``#`` comments and blanks skipped.

    Raises ``ValueError`` naming the line for a malformed entry or a duplicate term.
    """
    terms: dict[str, JargonTerm] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        term, separator, plain = line.partition("\t")
        term = term.strip().lower()
        alternatives = tuple(item.strip() for item in plain.split(PLAIN_SEPARATOR.strip()))
        if not separator or not term or not all(alternatives):
            raise ValueError(f"jargon lexicon line {number}: expected 'term<TAB>plain'")
        if term in terms:
            raise ValueError(f"jargon lexicon line {number}: {term!r} is listed twice")
        words = tuple(word.lower() for word in tokenize_words(term))
        terms[term] = JargonTerm(term, words, alternatives)
    return tuple(terms.values())


def parse_word_list(text: str) -> frozenset[str]:
    """One entry a line; ``#`` comments and blank lines skipped; case is kept."""
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _read(resource: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(resource).read_text(encoding="utf-8")


@cache
def builtin_jargon() -> tuple[JargonTerm, ...]:
    """The bundled jargon lexicon."""
    return parse_jargon(_read(JARGON_RESOURCE))


@cache
def common_acronyms() -> frozenset[str]:
    """Acronyms that need no definition (COVID-19, HIV, DNA, ...)."""
    return parse_word_list(_read(ACRONYMS_RESOURCE))


def everyday_words() -> frozenset[str]:
    """The :data:`EVERYDAY_VOCABULARY_SIZE` most frequent English words, lowercase."""
    return frequent_words(EVERYDAY_VOCABULARY_SIZE)


@cache
def frequent_words(size: int) -> frozenset[str]:
    """The ``size`` most frequent English words (pyspellchecker's frequency list), lowercase."""
    return frozenset(word for word, _count in _ranked_words()[:size])


@cache
def _ranked_words() -> list[tuple[str, int]]:
    return load_or_build(SAVED_RANKING, _rank_words)


def _rank_words() -> list[tuple[str, int]]:
    from spellchecker import SpellChecker  # imported lazily: it loads a 160,000-word list

    frequencies = SpellChecker(language="en").word_frequency.dictionary
    return heapq.nlargest(EVERYDAY_VOCABULARY_SIZE, frequencies.items(), key=lambda item: item[1])
