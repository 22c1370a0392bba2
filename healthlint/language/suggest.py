"""Ranked corrections for a misspelled word.

Candidates are the known words within about two edits, found through an index of each word
and its one-letter deletions (built on first use), plus a split into two common words
("alot" → "a lot"). Each is scored by a weighted edit distance (cheap slips cost less), how
common the word is, and whether the first letter was kept (people rarely miss it); the
original's capitalisation is restored.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Final

from healthlint.language.edits import edits1, substitution_cost, weighted_distance
from healthlint.language.lexicon import Lexicon
from healthlint.language.phonetic import skeleton

#: How much one decade of word frequency is worth, in edit-cost units.
FREQUENCY_WEIGHT: Final = 0.2
#: Extra cost when the first letter changes (unless it sounds alike).
FIRST_LETTER_COST: Final = 0.6
#: Each half of a split must be at least this common ("a lot", "in case").
SPLIT_COUNT: Final = 20000
SPLIT_COST: Final = 0.5
MAX_COST: Final = 2.6
#: A candidate that sounds the same may be further away in letters, and ranks a little higher.
MAX_SOUND_COST: Final = 4.5
SOUND_BONUS: Final = 0.5
#: Words rarer than this in the general list are not offered as corrections.
INDEX_COUNT: Final = 100
#: Only words at least this common are found by sound (far misspellings are of common words).
SOUND_INDEX_COUNT: Final = 1000


def deletions(word: str) -> set[str]:
    """The strings one deleted letter away from ``word``."""
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


@cache
def _deletion_index(lexicon: Lexicon) -> dict[str, str]:
    """Each suggestible word and its deletions → the words (space-separated) they come from."""
    index: dict[str, str] = {}
    for word, count in lexicon.counts.items():
        if count < INDEX_COUNT or not word.isalpha():
            continue
        for key in deletions(word) | {word}:
            found = index.get(key)
            index[key] = word if found is None else f"{found} {word}"
    return index


def candidates(word: str, lexicon: Lexicon) -> set[str]:
    """Known words about two edits or less from the lowercase ``word``: those that share a
    form with one of its single edits after deleting up to one letter on each side."""
    index = _deletion_index(lexicon)
    keys = {word}
    for edited in edits1(word):
        keys.add(edited)
        keys |= deletions(edited)
    found: set[str] = set()
    for key in keys:
        words = index.get(key)
        if words:
            found.update(words.split(" "))
    found.discard(word)
    return found


@cache
def _sound_index(lexicon: Lexicon) -> dict[str, str]:
    """Each suggestible word's sound skeleton and its one-deletion variants → the words."""
    index: dict[str, str] = {}
    for word, count in lexicon.counts.items():
        if count < SOUND_INDEX_COUNT or not word.isalpha():
            continue
        key = skeleton(word)
        for variant in deletions(key) | {key}:
            found = index.get(variant)
            index[variant] = word if found is None else f"{found} {word}"
    return index


def sound_alikes(word: str, lexicon: Lexicon) -> set[str]:
    """Known words whose sound skeleton is within about one edit of the word's."""
    index = _sound_index(lexicon)
    key = skeleton(word)
    found: set[str] = set()
    for variant in deletions(key) | {key}:
        words = index.get(variant)
        if words:
            found.update(words.split(" "))
    return found


def _splits(word: str, lexicon: Lexicon) -> list[str]:
    return [
        f"{word[:cut]} {word[cut:]}"
        for cut in range(1, len(word))
        if lexicon.count(word[:cut]) >= SPLIT_COUNT and lexicon.count(word[cut:]) >= SPLIT_COUNT
    ]


def score(word: str, candidate: str, count: int) -> float:
    """Lower is better: the cost of the slips plus the rarity of the candidate."""
    cost = weighted_distance(word, candidate.replace(" ", ""))
    if candidate[0] != word[0] and substitution_cost(word[0], candidate[0]) > 0.6:
        cost += FIRST_LETTER_COST
    return cost + FREQUENCY_WEIGHT * (8.0 - math.log10(max(count, 1)))


def suggest(word: str, lexicon: Lexicon, limit: int = 5) -> list[str]:
    """Up to ``limit`` corrections for ``word``, best first, in the original's case."""
    lower = word.lower()
    scored = []
    sound = skeleton(lower)
    for candidate in candidates(lower, lexicon) | sound_alikes(lower, lexicon):
        distance = weighted_distance(lower, candidate)
        same_sound = skeleton(candidate) == sound
        if distance <= (MAX_SOUND_COST if same_sound else MAX_COST):
            bonus = SOUND_BONUS if same_sound else 0.0
            scored.append((score(lower, candidate, lexicon.count(candidate)) - bonus, candidate))
    for split in _splits(lower, lexicon):
        left, right = split.split(" ")
        count = min(lexicon.count(left), lexicon.count(right))
        scored.append((score(lower, split, count) + SPLIT_COST, split))
    scored.sort()
    return [match_case(word, candidate) for _, candidate in scored[:limit]]


def match_case(original: str, suggestion: str) -> str:
    """``suggestion`` written in the case pattern of ``original`` (Title, UPPER or lower)."""
    if len(original) > 1 and original.isupper():
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion
