"""Suggestions ranked again by the words around the misspelling: "redy" before "to" is
"ready", "aso" after "they" is "also", "maket" after "export" is "market".

A candidate that English writes beside the misspelling's neighbours more often than its two
words' own frequencies predict (their association: the pair's frequency in symspellpy's list
of bigrams, :mod:`healthlint.language.phrases`, less the frequencies of its words, in cB)
costs less; one written beside them less often costs more. A pair the list does not hold
was written less often than the list's least count: when the two words are common enough
that even a weak association would have put the pair on the list, that absence costs
``UNLISTED_COST``; otherwise it says nothing. The list often holds only the commoner number of
a noun or verb ("prospective study", not "prospective studies"): a plural or third-person
candidate whose pair is not listed is weighed by its base's pair, so that the typed ending,
not the list, decides between "study" and "studies". Without the list, nothing is ranked
again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from healthlint.language.affixes import INFLECTIONS
from healthlint.language.lexicon import Lexicon
from healthlint.language.phrases import LEAST_LISTED_FREQUENCY
from healthlint.language.usage import frequency

#: How much one decade (100 cB) of association with a neighbour is worth, in slip-cost units:
#: the weight of a decade of usage in the candidate's own rarity
#: (:data:`healthlint.language.suggest.FREQUENCY_WEIGHT`), so that rarity and context together
#: score the candidate as a bigram model of English would.
CONTEXT_WEIGHT: Final = 0.25
#: The association (cB) of a pair neither likelier nor unlikelier than any other beside the
#: word ("the market"); more is a bonus, less a cost.
EXPECTED_ASSOCIATION: Final = 100
#: Associations above this (set phrases: "per cent") count as this much.
ASSOCIATION_CAP: Final = 400
#: The cost of a pair of common words that the list of bigrams does not hold.
UNLISTED_COST: Final = 0.3
#: How many of the cheapest candidates are ranked again.
CONTEXT_POOL: Final = 8
#: The inflections that make a plural or a third person ("studies", "boxes", "helps"): a
#: candidate with one whose pair is not listed is weighed by its base's pair.
NUMBER_ENDINGS: Final = tuple(
    (ending, base) for ending, base in INFLECTIONS if ending in ("ies", "es", "s")
)
#: The least length of such a base ("has" is no number of "ha").
MIN_NUMBER_BASE: Final = 3


@dataclass(frozen=True)
class Neighbours:
    """The lowercase words just before and after a misspelling, across a space (None at a
    sentence's edge, beside punctuation or beside another unknown word)."""

    before: str | None = None
    after: str | None = None


def ranked_in_context(
    costed: list[tuple[float, str]], neighbours: Neighbours, lexicon: Lexicon
) -> list[tuple[float, str]]:
    """``costed`` (cost, candidate) pairs, each cost plus :func:`context_cost`, cheapest
    first (a stable sort: ties keep their order)."""
    if not lexicon.phrases:
        return costed
    ranked = [(cost + context_cost(text, neighbours, lexicon), text) for cost, text in costed]
    return sorted(ranked, key=lambda pair: pair[0])


def context_cost(candidate: str, neighbours: Neighbours, lexicon: Lexicon) -> float:
    """What ``candidate`` costs, or saves (below 0), beside ``neighbours``: its first word
    after the word before, its last before the word after ("a lot" is "a" after, "lot"
    before). A candidate with an apostrophe or hyphen, which the list never holds, costs
    nothing."""
    words = candidate.split(" ")
    if not all(word.isalpha() for word in words):
        return 0.0
    cost = 0.0
    if neighbours.before is not None:
        cost += _pair_cost(neighbours.before, words[0], lexicon, candidate_first=False)
    if neighbours.after is not None:
        cost += _pair_cost(words[-1], neighbours.after, lexicon, candidate_first=True)
    return cost


def _pair_cost(first: str, second: str, lexicon: Lexicon, candidate_first: bool) -> float:
    """The cost of ``second`` written after ``first``, from their association; when the list
    does not hold the pair, from the pair the candidate's base makes (:func:`_number_base`),
    if the list holds that one."""
    association = _association(first, second, lexicon)
    if association is None:
        base = _number_base(first if candidate_first else second, lexicon)
        if base is not None:
            pair = (base, second) if candidate_first else (first, base)
            association = _association(*pair, lexicon)
    if association is None:
        alone = frequency(first, lexicon) + frequency(second, lexicon)
        listed_if_expected = alone + EXPECTED_ASSOCIATION > LEAST_LISTED_FREQUENCY
        return UNLISTED_COST if listed_if_expected else 0.0
    return -CONTEXT_WEIGHT * (min(association, ASSOCIATION_CAP) - EXPECTED_ASSOCIATION) / 100


def _association(first: str, second: str, lexicon: Lexicon) -> float | None:
    """How much more often (cB) the list writes ``first second`` than its words' frequencies
    predict; None when the list does not hold the pair."""
    together = lexicon.phrases.frequency(f"{first} {second}")
    if together is None:
        return None
    return together - frequency(first, lexicon) - frequency(second, lexicon)


def _number_base(word: str, lexicon: Lexicon) -> str | None:
    """The listed base of a plural or third-person ``word`` ("studies" → "study", "boxes" →
    "box", "helps" → "help"), or None."""
    for ending, replacement in NUMBER_ENDINGS:
        if word.endswith(ending):
            base = word[: -len(ending)] + replacement
            if len(base) >= MIN_NUMBER_BASE and base in lexicon.counts:
                return base
    return None
