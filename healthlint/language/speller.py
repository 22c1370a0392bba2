"""The spell checker: a lexicon, the project's vocabulary, and a cache per distinct word.

``Speller.is_correct`` answers for one word (any case); ``Speller.suggest`` ranks corrections.
Both cache their answers, so a word costs its look-up once per process however often it
appears. The project's ``[vocabulary]`` lists are whole words, compared without case:
accepting "metformin" accepts neither "metforminn" nor "xmetformin".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final

from spacy.tokens import Token

from healthlint.context import LintContext
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.channel import slip_cost
from healthlint.language.context import Neighbours
from healthlint.language.eponyms import eponym_slips
from healthlint.language.lexicon import Lexicon
from healthlint.language.suggest import match_case, possessive_of, suggest
from healthlint.language.words import word_after, word_before, words_to_check

SUGGESTION_CACHE_SIZE: Final = 4096
#: A capitalised word at the start of a sentence or in a title is flagged only when its best
#: correction is at most this far (names are seldom that close to a common word), or, for a
#: word of ``LONG_CAREFUL_LETTERS`` or more, ``LONG_CAREFUL_DISTANCE`` ("Goberment" →
#: "Government": a long word carries more slips, and long names are seldom near a word).
CAREFUL_DISTANCE: Final = 1.2
LONG_CAREFUL_LETTERS: Final = 8
LONG_CAREFUL_DISTANCE: Final = 2.0
#: A capitalised word in such a place, of ``NAME_LETTERS`` or more, that English text uses at
#: least this often (cB: once in 4.5 million words) is taken for a name: wordfreq counts names
#: too ("Priya", "Khanna"), and a typo that common is on the list of common misspellings,
#: which still flags it. Shorter words are typos that common too ("Teh", "Ths").
NAME_USAGE: Final = -650
NAME_LETTERS: Final = 4
#: Endings of Latin names (genera: "Hepatocystis", "Plasmodium"), which get no such allowance.
LATIN_NAME_ENDINGS: Final = ("is", "us", "um", "ae", "ia", "ella", "ii")
#: The parts of speech of a noun, and of a word a possessive goes before (its noun, or an
#: adjective of it).
NOUN_TAGS: Final = frozenset({"NOUN", "PROPN"})
NOUN_PHRASE_TAGS: Final = NOUN_TAGS | {"ADJ"}
#: Words that, just before a word in -s, make it a verb or a plural, not a possessive.
RELATIVE_PRONOUNS: Final = frozenset({"that", "which", "who"})
PLURAL_DETERMINERS: Final = frozenset(
    {
        "these",
        "those",
        "other",
        "many",
        "several",
        "some",
        "few",
        "both",
        "all",
        "various",
        "numerous",
        "multiple",
        "most",
        "more",
        "fewer",
    }
)
#: An adjective after a word in -s makes it a possessive only when a noun follows within this
#: many tokens, across these tags and hyphens ("the bodys long-term health").
ADJECTIVE_REACH: Final = 4
MODIFIER_TAGS: Final = frozenset({"ADJ", "ADV"})


class Speller:
    """Decides whether words are spelled right, and what they should be."""

    def __init__(
        self, lexicon: Lexicon, accept: Iterable[str] = (), reject: Iterable[str] = ()
    ) -> None:
        self.lexicon = lexicon
        self.accepted = frozenset(word.lower() for word in accept)
        self.rejected = frozenset(word.lower() for word in reject)
        self._verdicts: dict[str, bool] = {}
        self._suggest = lru_cache(maxsize=SUGGESTION_CACHE_SIZE)(self._compute_suggestions)

    def is_correct(self, word: str) -> bool:
        """Whether ``word`` is spelled right (its case is ignored, except that a name is
        right only capitalised; ’ counts as ')."""
        verdict = self._verdicts.get(word)
        if verdict is None:
            lower = word.lower().replace("’", "'")
            name = word[:1].isupper() and lower in self.lexicon.names
            verdict = (name and lower not in self.rejected) or self._decide(lower)
            self._verdicts[word] = verdict
        return verdict

    def is_rejected(self, word: str) -> bool:
        """Whether the project's vocabulary rejects ``word``."""
        return word.lower() in self.rejected

    def _decide(self, lower: str) -> bool:
        if lower in self.rejected:
            return False
        if lower in self.accepted or self.lexicon.is_known(lower):
            return True
        if "'" in lower and (lower == "n't" or not lower.endswith("n't")):
            # a possessive, an unlisted contraction of known words or the tokenizer's "n't"; a
            # whole negation must be listed ("wan't" is no word)
            return all(self.lexicon.is_known(part) for part in lower.split("'") if len(part) > 1)
        return False

    def suggest(
        self, word: str, limit: int = 5, neighbours: Neighbours | None = None
    ) -> tuple[str, ...]:
        """Corrections for ``word``, best first, in its case, ranked by the words around it
        when given; never a rejected word."""
        return self._suggest(word, limit, neighbours)

    def _compute_suggestions(
        self, word: str, limit: int, neighbours: Neighbours | None
    ) -> tuple[str, ...]:
        found = suggest(word, self.lexicon, limit + len(self.rejected), neighbours)
        return tuple(item for item in found if item.lower() not in self.rejected)[:limit]

    def neighbours(self, token: Token) -> Neighbours:
        """The words either side of ``token`` that may rank its corrections: known words,
        across a space (:class:`~healthlint.language.context.Neighbours`)."""
        return Neighbours(self._known_word(word_before(token)), self._known_word(word_after(token)))

    def _known_word(self, token: Token | None) -> str | None:
        if token is None or not token.is_alpha or not self.is_correct(token.text):
            return None
        return token.lower_


@cache
def speller_for(accept: tuple[str, ...], reject: tuple[str, ...]) -> Speller:
    """The process-wide speller for one vocabulary (built on first use)."""
    return Speller(default_lexicon(), accept, reject)


@dataclass(frozen=True)
class Misspelling:
    """A word the speller rejects: where it is, and what it should be."""

    start: int
    end: int
    text: str
    suggestions: tuple[str, ...]
    rejected_by_vocabulary: bool


def speller_of(context: LintContext) -> Speller:
    """The speller for the article's configuration."""
    config = context.config
    return speller_for(tuple(config.vocabulary_accept), tuple(config.vocabulary_reject))


def misspellings(context: LintContext) -> list[Misspelling]:
    """The article's misspelled words, in order (computed once, shared by the language
    rules): the words the speller rejects, and the eponyms written as a plural ("Crohns
    disease", :mod:`healthlint.language.eponyms`) that the project does not accept."""
    return context.memo("language.misspellings", lambda: _misspellings(context))


def _misspellings(context: LintContext) -> list[Misspelling]:
    speller = speller_of(context)
    found = list(_find(context, speller))
    flagged = {word.start for word in found}
    found += [
        Misspelling(token.idx, token.idx + len(token.text), token.text, suggestions, False)
        for token, suggestions in eponym_slips(context.doc)
        if token.idx not in flagged and token.lower_ not in speller.accepted
    ]
    return sorted(found, key=lambda word: word.start)


def _find(context: LintContext, speller: Speller) -> Iterator[Misspelling]:
    for candidate in words_to_check(context, speller.lexicon):
        text = candidate.text
        if speller.is_correct(text):
            continue
        if candidate.careful and _used_as_name(text, speller):
            continue
        joined = candidate.joined is not None
        suggestions = speller.suggest(
            text, neighbours=None if joined else speller.neighbours(candidate.token)
        )
        if candidate.careful and not _close(text, suggestions):
            continue
        if not joined and _reads_as_possessive(candidate.token):
            suggestions = _possessive_first(text, suggestions, speller.lexicon)
        start = candidate.start
        yield Misspelling(start, start + len(text), text, suggestions, speller.is_rejected(text))


def _reads_as_possessive(token: Token) -> bool:
    """Whether ``token`` reads as a possessive missing its apostrophe ("the bodys natural
    rhythm"): the word after it, across a space, is a noun or an adjective before a noun
    (:func:`_before_a_noun`; not "babys older than a week", "propertys different from"), and
    nothing marks ``token`` as a verb ("a signal that specifys") or a plural ("other studys
    support", "propertys such as")."""
    following = word_after(token)
    if following is None or token.tag_ == "VBZ":
        return False
    if following.pos_ not in NOUN_PHRASE_TAGS or following.lower_ == "such":
        return False
    if following.pos_ == "ADJ" and not _before_a_noun(following):
        return False
    before = token.doc[max(token.i - 2, 0) : token.i]
    if before and before[-1].lower_ in RELATIVE_PRONOUNS:
        return False
    return not any(word.lower_ in PLURAL_DETERMINERS or word.pos_ == "NUM" for word in before)


def _before_a_noun(adjective: Token) -> bool:
    """Whether a noun follows ``adjective`` within ``ADJECTIVE_REACH`` tokens, across other
    adjectives, adverbs and hyphens ("natural rhythm", "long-term health", "older sister"):
    the adjective may describe it, not the word before ("older than", "different from")."""
    doc = adjective.doc
    for following in doc[adjective.i + 1 : adjective.i + 1 + ADJECTIVE_REACH]:
        if following.pos_ in NOUN_TAGS:
            return True
        if following.pos_ not in MODIFIER_TAGS and following.text != "-":
            return False
    return False


def _possessive_first(word: str, suggestions: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """``suggestions`` with the possessive of ``word`` (the word with its apostrophe put
    back: "body's" for "bodys", "Obesity's" for "Obesitys", though English seldom writes it)
    first, when it has one (:func:`~healthlint.language.suggest.possessive_of`)."""
    possessive = possessive_of(word.lower(), lexicon, named=word[:1].isupper())
    if possessive is None:
        return suggestions
    rest = (suggestion for suggestion in suggestions if suggestion.lower() != possessive)
    return (match_case(word, possessive), *rest)


def _used_as_name(word: str, speller: Speller) -> bool:
    """Whether English text uses ``word`` often enough to be a name, and it is no known slip:
    a common misspelling, a contraction without its apostrophe ("Dont") or a phrase run
    together, or a word the project rejects."""
    lower = word.lower()
    lexicon = speller.lexicon
    if len(lower) < NAME_LETTERS or speller.is_rejected(lower):
        return False
    if lexicon.is_common_misspelling(lower) or lexicon.spacing_fix(lower) is not None:
        return False
    return lexicon.attested.frequency(lower) >= NAME_USAGE


def _close(word: str, suggestions: tuple[str, ...]) -> bool:
    if not suggestions:
        return False
    long = len(word) >= LONG_CAREFUL_LETTERS and not word.endswith(LATIN_NAME_ENDINGS)
    most = LONG_CAREFUL_DISTANCE if long else CAREFUL_DISTANCE
    return slip_cost(word.lower(), suggestions[0].lower()) <= most


def dictionary_summary() -> str:
    """What the spell checker knows, for ``healthlint doctor``."""
    lexicon = default_lexicon()
    attested = lexicon.attested
    usage = (
        f"{len(attested.usage):,} words with their usage from wordfreq"
        if attested.usage
        else "no usage list (install wordfreq for fewer flags on rare correct words)"
    )
    terms = (
        f"{len(attested.drugs):,} drug-name words (from drug-named-entity-recognition), "
        f"{len(attested.science):,} scientific terms (from cspell's dictionaries)"
    )
    typos = (
        f"{len(lexicon.misspellings):,} common misspellings from codespell"
        if lexicon.misspellings
        else "no list of common misspellings (install codespell to catch more typos)"
    )
    phrases = (
        f"{len(lexicon.phrases):,} common phrases from symspellpy"
        if len(lexicon.phrases)
        else "no list of common phrases (install symspellpy to catch 'bloodpressure' and to "
        "rank suggestions by the words around them)"
    )
    return (
        f"{len(lexicon.counts):,} words (general English from SCOWL and pyspellchecker, "
        f"{len(lexicon.names):,} names from SCOWL, healthlint's medical vocabulary, "
        f"{len(lexicon.dialects.us_to_gb):,} US/UK pairs), {usage}, {terms}, {typos}, {phrases}, "
        "plus medical word shapes"
    )
