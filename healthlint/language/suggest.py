"""Ranked corrections for a misspelled word.

Candidates are the suggestible words about two edits away (the lexicon's symmetric-delete
index); rarer listed words and names that English text still uses (wordfreq) about one edit
away; for a long word, every known word one edit away (medical, drug and science terms no index
holds); words that sound alike (an index of sound skeletons, built on first use); and splits
into two common words ("alot" → "a lot"). Each is scored as a noisy channel: the cost of the
slips that turn it into the typed string (:mod:`healthlint.language.channel`: keys, sounds,
doubled and silent letters, swaps) plus its rarity in usage (wordfreq's centibels), a little
more when the first letter changed (people rarely miss it), when it is in no word list (a name
for a lowercase word, a drug or science term) or when a split has no function word or is no
common phrase (symspellpy's list of bigrams: "in fact", not "in possible"), a little
less when it sounds the same. The candidates are aligned cheapest-first, and an alignment stops
as soon as it cannot beat the best few. A word on the list of common misspellings has the
list's corrections first ("supercede" → "supersede"); a contraction without its apostrophe,
the contraction ("dont" → "don't"), and a common phrase run together, the phrase
("bloodpressure" → "blood pressure"). Profanity and slurs are never offered (the lexicon's
``unsuggested`` words). The original's capitalisation is restored
(a name keeps its capital: "pensylvania" → "Pennsylvania"); the word itself is offered only as
a name written in lowercase ("london" → "London"). Given the words either side, the cheapest
few are ranked again by them (:mod:`healthlint.language.context`).
"""

from __future__ import annotations

import heapq
import re
from functools import cache, lru_cache
from typing import Final

from healthlint.language.affixes import FUNCTION_WORDS, PREFIXES
from healthlint.language.channel import INFINITY, VOWELS, SlipCosts, Typed
from healthlint.language.context import CONTEXT_POOL, Neighbours, ranked_in_context
from healthlint.language.edits import edits1
from healthlint.language.lexicon import (
    MIN_PREFIXED_REST,
    MISSPELLING_LETTERS,
    SUGGESTIBLE_COUNT,
    Lexicon,
)
from healthlint.language.neighbours import (
    NeighbourIndex,
    deletion_variants,
    file_under,
    filed_under,
)
from healthlint.language.phonetic import skeleton
from healthlint.language.usage import frequency

#: The slip costs suggestions are ranked with: the channel's hand-set costs
#: (:data:`healthlint.language.channel.SLIPS`) refitted to real misspellings by
#: ``tools/tune_suggestion_costs.py`` (codespell entries no benchmark measures, and the even
#: rows of the aspell list). A vowel, a key beside the meant one or an unrelated letter costs
#: more than the speller's typo gates count it, a dropped consonant less.
RANKING_SLIPS: Final = SlipCosts(
    vowel=0.75,
    ending_vowel=0.56,
    sound=0.54,
    key=1.0,
    other=1.1,
    key_insert=0.82,
    consonant_indel=0.8,
    cluster_omit=0.68,
)
#: How much one decade (100 cB) of usage frequency is worth, in slip-cost units.
FREQUENCY_WEIGHT: Final = 0.25
#: The frequency (cB) of the commonest words; the prior is counted from it.
TOP_FREQUENCY: Final = -150
#: Typed words longer than this are also matched against every known word one edit away.
TERM_LETTERS: Final = 7
#: The least frequency (cB) a listed word below the suggestible count, or a name, needs to be
#: in the pool.
RARE_FREQUENCY: Final = -720
NAME_FREQUENCY: Final = -650
#: Extra cost of a name offered for a word typed in lowercase.
NAME_COST: Final = 0.6
#: Extra cost when the first letter changes (unless it sounds alike).
FIRST_LETTER_COST: Final = 0.6
FIRST_SOUND_COST: Final = 0.36
#: A possessive written without its apostrophe ("womens"), of a word at least this frequent.
APOSTROPHE_COST: Final = 0.3
POSSESSIVE_FREQUENCY: Final = -550
#: ... and whose possessive English writes at least this often (cB, wordfreq).
POSSESSIVE_USAGE: Final = -720
#: Endings of verbs, which have no possessive ("identifys" is "identifies").
VERB_ENDINGS: Final = ("ify",)
#: Each half of a split must be at least this frequent (cB), a half of one or two letters
#: ``SHORT_SPLIT_FREQUENCY``; one letter only "a" and "i".
SPLIT_FREQUENCY: Final = -500
SPLIT_COST: Final = 0.69
#: Extra cost of a split into two content words ("focus king" for "focusking"): a missed
#: space is likeliest next to a function word ("a lot", "in fact").
CONTENT_SPLIT_COST: Final = 1.5
SHORT_SPLIT_FREQUENCY: Final = -350
#: Extra cost of a split the list of common phrases does not hold ("in possible").
UNLISTED_SPLIT_COST: Final = 1.0
SPLIT_LETTERS: Final = frozenset("ai")
MAX_COST: Final = 3.4
#: Long words may carry more slips: this much more per letter past six.
LENGTH_ALLOWANCE: Final = 0.15
#: A candidate that sounds the same may be further away in letters, and ranks a little higher.
MAX_SOUND_COST: Final = 4.5
SOUND_BONUS: Final = 0.24
#: Extra cost of a candidate with no vowel (an abbreviation) or one letter other than a and i.
ABBREVIATION_COST: Final = 1.0
VOWEL: Final = re.compile("[aeiouy]")
#: Only words at least this frequent (cB) are found by sound; those at least ``FAR_FREQUENCY``
#: with a skeleton of ``FAR_LENGTH`` sounds or more also two sounds away.
SOUND_FREQUENCY: Final = -650
FAR_FREQUENCY: Final = -550
#: Rarer words down to this frequency are found by sound only under their own skeleton.
RARE_SOUND_FREQUENCY: Final = -700
FAR_LENGTH: Final = 7


@cache
def _rarer_words(lexicon: Lexicon) -> tuple[str, ...]:
    """The listed words below the suggestible count, and the names, that English text uses
    often enough to be offered."""
    frequency = lexicon.attested.frequency
    rare = [
        word
        for word, count in lexicon.counts.items()
        if count < SUGGESTIBLE_COUNT and word.isalpha() and frequency(word) >= RARE_FREQUENCY
    ]
    names = [
        name
        for name in lexicon.names
        if name not in lexicon.counts and name.isalpha() and frequency(name) >= NAME_FREQUENCY
    ]
    return tuple(rare + names)


def prepare_indexes(lexicon: Lexicon) -> None:
    """Build the indexes suggestions search now rather than at the first misspelling (before
    the lexicon is saved between runs: :mod:`healthlint.run_cache`)."""
    _ = lexicon.suggestible
    _rarer(lexicon)
    _sound_index(lexicon)


def _rarer(lexicon: Lexicon) -> NeighbourIndex:
    """The rarer words and names, each under itself and its one-letter deletions."""
    return lexicon.index("rarer words", lambda built: NeighbourIndex(_rarer_words(built)))


def candidates(word: str, lexicon: Lexicon) -> set[str]:
    """Suggestible words about two edits or less from the lowercase ``word``, rarer words and
    names about one edit from it (or that it holds with one or two letters more), and any
    known word of ``TERM_LETTERS`` letters or more one edit from it: the listed, medical,
    drug and science words, and the words usage attests often enough (:func:`_is_term`), that
    are too rare to be indexed ("immunoistochemical" → "immunohistochemical")."""
    found = lexicon.suggestible.near(word) | _rarer(lexicon).holding(word)
    if len(word) > TERM_LETTERS:
        found |= {near for near in edits1(word) if _is_term(near, lexicon)}
    return found


def _is_term(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` may be offered though no index holds it: a known word that is listed,
    a term (drug, science) or used at least as often as the rarer words offered
    (``RARE_FREQUENCY``; wordfreq also knows misspellings: "excersise")."""
    attested = lexicon.attested
    vouched = (
        word in lexicon.counts
        or attested.is_term(word)
        or attested.frequency(word) >= RARE_FREQUENCY
    )
    return vouched and lexicon.is_known(word)


def _sound_index(lexicon: Lexicon) -> dict[str, str]:
    return lexicon.index("sound skeletons", _build_sound_index)


def _build_sound_index(lexicon: Lexicon) -> dict[str, str]:
    """The sound skeletons of the words that may be offered (common enough: far misspellings
    are of common words) and their deletion variants → the words: one letter deleted, or two
    from the long skeletons of the commonest words."""
    index: dict[str, str] = {}
    words = [word for word, count in lexicon.counts.items() if count >= SUGGESTIBLE_COUNT]
    for word in (*words, *_rarer_words(lexicon)):
        usage = frequency(word, lexicon)
        if usage >= SOUND_FREQUENCY and word.isalpha():
            key = skeleton(word)
            far = usage >= FAR_FREQUENCY and len(key) >= FAR_LENGTH
            file_under(index, deletion_variants(key, far), word)
        elif usage >= RARE_SOUND_FREQUENCY and word.isalpha():
            file_under(index, (skeleton(word),), word)
    return index


def sound_alikes(word: str, lexicon: Lexicon) -> set[str]:
    """Known words whose sound skeleton is about one edit from the word's (two for a long
    word and a common one)."""
    key = skeleton(word)
    return filed_under(_sound_index(lexicon), deletion_variants(key, len(key) >= FAR_LENGTH))


def prior(word: str, lexicon: Lexicon) -> float:
    """The cost of a candidate's rarity: ``FREQUENCY_WEIGHT`` per decade below the top."""
    return FREQUENCY_WEIGHT * (TOP_FREQUENCY - frequency(word, lexicon)) / 100


def _first_letter_cost(word: str, candidate: str) -> float:
    """The cost of a changed first letter: less when it sounds the same ("ph" for "f")."""
    if candidate[0] == word[0]:
        return 0.0
    if skeleton(candidate[:2])[:1] == skeleton(word[:2])[:1]:
        return FIRST_SOUND_COST
    return FIRST_LETTER_COST


def _splits(word: str, lexicon: Lexicon) -> list[tuple[float, str]]:
    """The splits of ``word`` into two listed words ("alot" → "a lot"), each with its cost: a
    missed space (more with no function word beside it, and more when the list of common
    phrases, if there is one, does not hold the two words) and the rarity of both words, less
    the bonus of sounding the same (it has the same letters)."""
    found = []
    listed_phrases = bool(lexicon.phrases)
    for cut in range(1, len(word)):
        left, right = word[:cut], word[cut:]
        if _splittable(left, lexicon) and _splittable(right, lexicon):
            cost = SPLIT_COST + prior(left, lexicon) + prior(right, lexicon) - SOUND_BONUS
            if left not in FUNCTION_WORDS and right not in FUNCTION_WORDS:
                cost += CONTENT_SPLIT_COST
            phrase = f"{left} {right}"
            if listed_phrases and lexicon.phrases.frequency(phrase) is None:
                cost += UNLISTED_SPLIT_COST
            found.append((cost, phrase))
    return found


def _possessive(word: str, lexicon: Lexicon, named: bool) -> list[tuple[float, str]]:
    """The possessive a missing apostrophe hides (:func:`possessive_of`), when English writes
    it (:func:`_written_as_possessive`: not "explicit's"), with its cost; for a consonant + y,
    the plural in -ies first, of any known word ("studys" → "studies", then "study's": the
    speller puts the possessive first before a noun; "hemoglobinopathys" →
    "hemoglobinopathies"); neither for a word the lexicon does not offer."""
    base = word[:-1]
    if not word.endswith("s") or len(base) < 3 or base in lexicon.unsuggested:
        return []
    cost = APOSTROPHE_COST + prior(base, lexicon)
    found = []
    plural = base[:-1] + "ies"
    if (
        base.endswith("y")
        and base[-2:-1] not in VOWELS
        and lexicon.is_known(plural)
        and plural not in lexicon.unsuggested
    ):
        found.append((cost, plural))
        cost += APOSTROPHE_COST
    possessive = possessive_of(word, lexicon, named)
    if possessive is not None and _written_as_possessive(base, lexicon):
        found.append((cost, possessive))
    return found


def possessive_of(word: str, lexicon: Lexicon, named: bool) -> str | None:
    """The possessive the lowercase ``word`` in -s may be missing its apostrophe from
    ("womens" → "women's"; typed with a capital, also a name's: "Swedens" → "Sweden's"): of
    a listed word at least ``POSSESSIVE_FREQUENCY`` frequent, no verb, that may be offered."""
    base = word[:-1]
    if not word.endswith("s") or len(base) < 3 or base in lexicon.unsuggested:
        return None
    listed = base in lexicon.counts or (named and base in lexicon.names)
    if (
        listed
        and frequency(base, lexicon) >= POSSESSIVE_FREQUENCY
        and not base.endswith(VERB_ENDINGS)
    ):
        return f"{base}'s"
    return None


def _written_as_possessive(base: str, lexicon: Lexicon) -> bool:
    """Whether English text writes ``base`` + 's at least ``POSSESSIVE_USAGE`` often (wordfreq
    counts "body's", never "explicit's": an adjective has no possessive); without a usage
    list, any base."""
    attested = lexicon.attested
    return not attested.usage or attested.frequency(f"{base}'s") >= POSSESSIVE_USAGE


def _prefixed(typed: Typed, lexicon: Lexicon, near: set[str]) -> list[tuple[float, str]]:
    """Terms that a prefix and a corrected rest make ("postconditiong" → "postconditioning":
    no word list holds it, but a list of terms does), each with its cost as any candidate's
    (:func:`_word_cost` and the slips); not the words listed or ``near`` already
    ("preoperative")."""
    word = typed.text
    found = []
    for prefix in PREFIXES:
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or len(rest) < MIN_PREFIXED_REST or lexicon.is_known(rest):
            continue
        for fix in lexicon.suggestible.near(rest):
            fixed = prefix + fix
            if fixed in near or fixed in lexicon.counts or not _is_term(fixed, lexicon):
                continue
            cost = typed.cost(fixed, MAX_COST) + _word_cost(fixed, lexicon)
            if cost < INFINITY:
                found.append((cost, fixed))
    return found


def _splittable(half: str, lexicon: Lexicon) -> bool:
    """Whether ``half`` may be one word of a split: a listed word, common enough, that may be
    offered; one or two letters only when a common function word ("a", "of"; not "ed",
    "er")."""
    if half not in lexicon.counts or (len(half) == 1 and half not in SPLIT_LETTERS):
        return False
    if half in lexicon.unsuggested:
        return False
    least = SHORT_SPLIT_FREQUENCY if len(half) <= 2 else SPLIT_FREQUENCY
    return frequency(half, lexicon) >= least


def suggest(
    word: str, lexicon: Lexicon, limit: int = 5, neighbours: Neighbours | None = None
) -> list[str]:
    """Up to ``limit`` corrections for ``word``, best first, in the original's case; with
    the words around it, the cheapest few ranked again by how English writes them beside
    those words (:mod:`healthlint.language.context`)."""
    lower = word.lower()
    if not lower or limit <= 0:
        return []
    named = word[:1].isupper()
    if neighbours is None:
        costed = scored(lower, lexicon, limit, named)
    else:
        costed = scored(lower, lexicon, max(limit, CONTEXT_POOL), named)
        costed = ranked_in_context(costed, neighbours, lexicon)
    ranked = [candidate for _, candidate in costed]
    certain = lexicon.spacing_fix(lower)
    if certain is not None:
        ranked = [certain, *(candidate for candidate in ranked if candidate != certain)]
    listed = [fix.lower() for fix in lexicon.misspellings.get(lower, ())]
    if listed and len(lower) >= MISSPELLING_LETTERS:
        # the list's corrections first, in the order of their cost when ranked too
        listed.sort(key=lambda fix: ranked.index(fix) if fix in ranked else len(ranked))
        ranked = listed + [candidate for candidate in ranked if candidate not in listed]
    return [_written(word, candidate, lexicon) for candidate in ranked[:limit]]


def scored(lower: str, lexicon: Lexicon, limit: int, named: bool) -> list[tuple[float, str]]:
    """The ``limit`` cheapest corrections of the lowercase ``lower`` (typed with a capital when
    ``named``) with their costs, cheapest first."""
    typed = Typed(lower, RANKING_SLIPS)
    near = candidates(lower, lexicon)
    sounding = sound_alikes(lower, lexicon) - near
    seeded = _seeded(typed, lexicon, named, near, sounding)
    best = [(-cost, text) for text, cost in seeded.items()]
    heapq.heapify(best)
    while len(best) > limit:
        heapq.heappop(best)
    # the words near in letters first, then those that only sound alike: the best few are
    # found early, and aligning the rest stops as soon as they cannot beat them
    for found, far in ((near - seeded.keys(), False), (sounding - seeded.keys(), True)):
        ahead = _ahead(lower, found, lexicon, named, far)
        for fixed, most, candidate in ahead:
            bar = -best[0][0] if len(best) >= limit else INFINITY
            if fixed >= bar:
                break
            bound = min(most, bar - fixed)
            if abs(len(candidate) - len(lower)) * RANKING_SLIPS.double > bound:
                continue
            cost = typed.cost(candidate, bound)
            if cost <= bound:
                heapq.heappush(best, (-(cost + fixed), candidate))
                if len(best) > limit:
                    heapq.heappop(best)
    return sorted((-cost, text) for cost, text in best)


def _seeded(
    typed: Typed, lexicon: Lexicon, named: bool, near: set[str], sounding: set[str]
) -> dict[str, float]:
    """The corrections proposed whole, each with its cost: splits, the plural or possessive
    a missing apostrophe hides, and prefixed terms. One that is also among the words ``near``
    in letters or ``sounding`` alike ("activitys": the plural "activities" is one slip away
    too) is offered once, at the cheaper of its costs."""
    lower = typed.text
    proposed = (
        _splits(lower, lexicon)
        + _possessive(lower, lexicon, named)
        + _prefixed(typed, lexicon, near)
    )
    cheapest: dict[str, float] = {}
    for cost, text in proposed:
        cheapest[text] = min(cost, cheapest.get(text, INFINITY))
    for found, far in ((near & cheapest.keys(), False), (sounding & cheapest.keys(), True)):
        for fixed, most, candidate in _ahead(lower, found, lexicon, named, far):
            cost = typed.cost(candidate, most)
            if cost <= most:
                cheapest[candidate] = min(cost + fixed, cheapest[candidate])
    return cheapest


def _ahead(
    word: str, found: set[str], lexicon: Lexicon, named: bool, far: bool
) -> list[tuple[float, float, str]]:
    """The candidates with what they cost before their slips are counted, and the most their
    slips may cost, cheapest first; never the words the lexicon does not offer (profanity).
    Words ``far`` in letters are kept only when they sound the same or are common
    (``FAR_FREQUENCY``)."""
    sound = skeleton(word)
    allowance = LENGTH_ALLOWANCE * max(0, len(word) - 6)
    ahead = []
    for candidate in found:
        if candidate == word and (candidate in lexicon.counts or named):
            continue
        if candidate in lexicon.unsuggested:
            continue
        same = skeleton(candidate) == sound
        if far and not same and frequency(candidate, lexicon) < FAR_FREQUENCY:
            continue
        fixed = _word_cost(candidate, lexicon) + _first_letter_cost(word, candidate)
        if same:
            ahead.append((fixed - SOUND_BONUS, MAX_SOUND_COST + allowance, candidate))
        else:
            ahead.append((fixed, MAX_COST + allowance, candidate))
    ahead.sort()
    return ahead


@lru_cache(maxsize=1 << 16)
def _word_cost(candidate: str, lexicon: Lexicon) -> float:
    """What a candidate costs whatever was typed: its rarity, being in no word list (a name
    offered for a word typed in lowercase, a drug or science term), having no vowel (an
    abbreviation: "dr", "rs")."""
    cost = prior(candidate, lexicon)
    if candidate not in lexicon.counts:
        cost += NAME_COST
    if not VOWEL.search(candidate):
        cost += ABBREVIATION_COST
    if len(candidate) == 1 and candidate not in SPLIT_LETTERS:
        cost += ABBREVIATION_COST
    return cost


def _written(original: str, candidate: str, lexicon: Lexicon) -> str:
    """A candidate in the original's case; a name (not also a word) with its capital."""
    if candidate not in lexicon.counts and candidate in lexicon.names:
        candidate = candidate[:1].upper() + candidate[1:]
    if candidate == "i" or candidate.startswith("i'"):
        candidate = "I" + candidate[1:]  # the pronoun: "im" → "I'm"
    return match_case(original, candidate)


def match_case(original: str, suggestion: str) -> str:
    """``suggestion`` written in the case pattern of ``original`` (Title, UPPER or lower)."""
    if len(original) > 1 and original.isupper():
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
