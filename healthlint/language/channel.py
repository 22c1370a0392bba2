"""How likely a typed string is as a slip for a meant word: the error model that ranks
spelling suggestions (a noisy channel, in edit-cost units; lower is likelier).

It is an optimal-string-alignment distance whose costs know which slips people make:

- keys: a letter for the key beside it, or an extra letter struck with its neighbour;
- sounds: a vowel for a vowel (most of all in an unstressed ending: -ance/-ence, -able/-ible),
  consonants that spell one sound (c/k/s, d/t, m/n), multi-letter spellings of one sound
  (f/ph, k/ck, x/ks, -tion/-sion, -le/-al);
- letters: a doubled letter written once or a single one doubled, a dropped vowel or silent
  letter (the h of "wh"/"gh"/"rh", a final e), two letters swapped (ie/ei cheapest).

What each kind of slip costs is a :class:`SlipCosts`. ``SLIPS``, set by hand, is what the
speller's typo gates count with (their limits were set against measured false flags);
suggestions are ranked with costs fitted to real misspellings
(:data:`healthlint.language.suggest.RANKING_SLIPS`).

:class:`Typed` prepares one typed string, so that comparing it with the hundreds of candidate
words costs one small dynamic-programming table each, abandoned as soon as it passes a limit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Final

from healthlint.language.edits import LETTERS

VOWELS: Final = frozenset("aeiouy")
#: Letters that stand for similar sounds.
SOUND_ALIKE: Final = ("ckqs", "sz", "fv", "gj", "mn", "dt", "bp", "iy", "xs")
#: Keyboard rows and how far each is shifted to the right (in keys).
KEYBOARD_ROWS: Final = (("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75))

#: Multi-letter spellings of one sound: (typed, meant, cost); each applies both ways.
SPELLINGS: Final = (
    ("f", "ph", 0.4),
    ("f", "gh", 0.6),
    ("k", "ck", 0.35),
    ("c", "ck", 0.35),
    ("k", "ch", 0.5),
    ("x", "ks", 0.4),
    ("x", "cks", 0.5),
    ("x", "cs", 0.4),
    ("s", "sc", 0.45),
    ("c", "sc", 0.45),
    ("sion", "tion", 0.35),
    ("shun", "tion", 0.5),
    ("sh", "ti", 0.5),
    ("ch", "tu", 0.6),
    ("le", "al", 0.5),
    ("le", "el", 0.4),
    ("er", "re", 0.4),
    ("or", "our", 0.4),
    ("j", "dg", 0.5),
    ("w", "wh", 0.35),
    ("r", "wr", 0.4),
    ("n", "kn", 0.4),
)
#: Letters after which an h is silent or merely marks the sound ("wh", "gh", "rh", "ch").
SILENT_H_AFTER: Final = frozenset("wgrcstpk")
INFINITY: Final = float("inf")


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    places = {
        letter: (row, shift + column)
        for row, (keys, shift) in enumerate(KEYBOARD_ROWS)
        for column, letter in enumerate(keys)
    }
    return {
        letter: frozenset(
            other
            for other, (row2, x2) in places.items()
            if other != letter
            and abs(row - row2) <= 1
            and abs(x - x2) <= (1.0 if row == row2 else 0.8)
        )
        for letter, (row, x) in places.items()
    }


KEYBOARD: Final = _keyboard_neighbours()


@dataclass(frozen=True, eq=False)
class SlipCosts:
    """What each kind of slip costs, in edit-cost units (an unrelated letter for another about
    1). Compared by identity: each set is made once, and tables are built from it on first
    use."""

    #: A vowel for a vowel; in the last four letters of both words (unstressed endings),
    #: ``ending_vowel``.
    vowel: float = 0.6
    ending_vowel: float = 0.45
    #: A consonant for one that spells a similar sound (``SOUND_ALIKE``).
    sound: float = 0.6
    #: A letter for the key beside it.
    key: float = 0.8
    #: A letter for an unrelated one.
    other: float = 1.0
    #: A letter written once where it is doubled, or doubled where it is single.
    double: float = 0.35
    vowel_indel: float = 0.7
    #: A silent letter dropped or added (h after a consonant, a final e).
    silent: float = 0.55
    #: An extra letter struck with the key beside it.
    key_insert: float = 0.75
    consonant_indel: float = 1.0
    #: A consonant dropped from a cluster of consonants ("goverment").
    cluster_omit: float = 0.85
    transpose: float = 0.7
    #: Swapped vowels ("ie" for "ei"), the commonest transposition.
    vowel_transpose: float = 0.3
    #: Two letters swapped around a third ("revelant" for "relevant").
    metathesis: float = 0.8

    @cached_property
    def substitution(self) -> dict[str, dict[str, float]]:
        """typed letter → meant letter → the cost of the one for the other."""
        return {
            typed: {meant: self._substitute(typed, meant) for meant in LETTERS} for typed in LETTERS
        }

    @cached_property
    def ending_substitution(self) -> dict[str, dict[str, float]]:
        """The same in an unstressed ending, where a vowel for a vowel costs less."""
        return {
            typed: {
                meant: self.ending_vowel
                if typed in VOWELS and meant in VOWELS and typed != meant
                else cost
                for meant, cost in row.items()
            }
            for typed, row in self.substitution.items()
        }

    def _substitute(self, typed: str, meant: str) -> float:
        if typed == meant:
            return 0.0
        if typed in VOWELS and meant in VOWELS:
            return self.vowel
        if any(typed in group and meant in group for group in SOUND_ALIKE):
            return self.sound
        if meant in KEYBOARD.get(typed, ()):
            return self.key
        return self.other

    def indels(self, word: str, omitted: bool = False) -> list[float]:
        """The cost of each letter of ``word`` being extra (typed) or, ``omitted``, missing
        (meant): a consonant beside another is left out more easily ("goverment")."""
        costs = []
        last = len(word) - 1
        for index, letter in enumerate(word):
            before = word[index - 1] if index else ""
            after = word[index + 1] if index < last else ""
            if letter in (before, after):
                cost = self.double
            elif (letter == "h" and before in SILENT_H_AFTER) or (
                letter == "e" and index == last and index >= 3
            ):
                cost = self.silent
            elif letter in VOWELS:
                cost = self.vowel_indel
            elif omitted and ((before and before not in VOWELS) or (after and after not in VOWELS)):
                cost = self.cluster_omit
            else:
                cost = self.consonant_indel
            costs.append(cost)
        return costs


#: The costs set by hand, which the speller's typo gates count with.
SLIPS: Final = SlipCosts()
_ANY_ROW: Final[dict[str, float]] = {}


@lru_cache(maxsize=1 << 16)
def _omission_costs(word: str, costs: SlipCosts) -> tuple[float, ...]:
    """The cost of each letter of the meant ``word`` being left out."""
    return tuple(costs.indels(word, omitted=True))


def _spelling_rules() -> dict[str, tuple[tuple[str, str, float], ...]]:
    """Each multi-letter rule both ways, keyed by the typed side's last letter."""
    rules: dict[str, list[tuple[str, str, float]]] = {}
    for one, other, cost in SPELLINGS:
        for typed, meant in ((one, other), (other, one)):
            rules.setdefault(typed[-1], []).append((typed, meant, cost))
    return {letter: tuple(found) for letter, found in rules.items()}


RULES: Final = _spelling_rules()
#: How many rows back a cell of the table may reach: a rule's typed side, or a metathesis (3).
LOOKBACK: Final = max([3] + [len(typed) for found in RULES.values() for typed, _, _ in found])


class Typed:
    """A typed (lowercase) string, prepared to be compared with many meant words at the
    slip costs ``slips``."""

    def __init__(self, typed: str, slips: SlipCosts = SLIPS) -> None:
        self.text = typed
        self.slips = slips
        costs = slips.indels(typed)
        for index, letter in enumerate(typed):
            # struck with a neighbouring key ("quiwet": w beside e)
            near = KEYBOARD.get(letter, frozenset())
            beside = typed[index - 1 : index] + typed[index + 1 : index + 2]
            if any(other in near for other in beside):
                costs[index] = min(costs[index], slips.key_insert)
        rows = [slips.substitution.get(letter, _ANY_ROW) for letter in typed]
        ending_rows = [slips.ending_substitution.get(letter, _ANY_ROW) for letter in typed]
        # the rules whose typed side ends at each letter
        rules = [
            tuple(
                (len(source), target, cost)
                for source, target, cost in RULES.get(typed[end - 1], ())
                if typed.endswith(source, 0, end)
            )
            for end in range(1, len(typed) + 1)
        ]
        padded = "\0\0" + typed
        self._rules_rows = [
            (
                letter,
                padded[i + 1],
                padded[i],
                costs[i],
                rows[i],
                ending_rows[i],
                rules[i],
            )
            for i, letter in enumerate(typed)
        ]

    def cost(self, meant: str, limit: float = INFINITY) -> float:
        """The cost of the slips that turn ``meant`` into the typed string (``INFINITY`` once
        it is certain to exceed ``limit``)."""
        typed = self.text
        slips = self.slips
        other_cost, metathesis = slips.other, slips.metathesis
        transpose, vowel_transpose = slips.transpose, slips.vowel_transpose
        deletes = _omission_costs(meant, slips)
        rows = self._rules_rows
        cols = len(meant) + 1
        # padded so that the letters before the first are never equal to a letter
        padded = "\0\0" + meant
        ending = len(meant) - 4
        typed_ending = len(typed) - 4
        before_previous: list[float] = []
        previous = [0.0] * cols
        for j in range(1, cols):
            previous[j] = previous[j - 1] + deletes[j - 1]
        table = [previous]
        # the smallest cell of each of the last LOOKBACK rows: every later cell costs at least
        # the least of them, so once all exceed ``limit`` the cost will too
        recent_least = [0.0] * LOOKBACK
        for i, (letter, back, back2, insert, row, ending_row, rules) in enumerate(rows, 1):
            current = [previous[0] + insert] + [0.0] * (cols - 1)
            in_ending = i > typed_ending
            for j in range(1, cols):
                target = padded[j + 1]
                if target == letter:
                    best = previous[j - 1]
                else:
                    ending_cell = in_ending and j > ending
                    best = previous[j - 1] + (ending_row if ending_cell else row).get(
                        target, other_cost
                    )
                    other = previous[j] + insert
                    if other < best:
                        best = other
                    other = current[j - 1] + deletes[j - 1]
                    if other < best:
                        best = other
                    if back == target and letter == padded[j]:
                        swap = (
                            vowel_transpose if letter in VOWELS and target in VOWELS else transpose
                        )
                        other = before_previous[j - 2] + swap
                        if other < best:
                            best = other
                    if back2 == target and letter == padded[j - 1] and back == padded[j]:
                        other = table[i - 3][j - 3] + metathesis
                        if other < best:
                            best = other
                for size, spelled, cost in rules:
                    start = j - len(spelled)
                    if start >= 0 and meant.startswith(spelled, start, j):
                        other = table[i - size][start] + cost
                        if other < best:
                            best = other
                current[j] = best
            recent_least[i % LOOKBACK] = min(current)
            if min(recent_least) > limit:
                return INFINITY
            before_previous, previous = previous, current
            table.append(current)
        return previous[-1]


def slip_cost(typed: str, meant: str, slips: SlipCosts = SLIPS) -> float:
    """The cost of typing ``typed`` (lowercase) for the word ``meant``."""
    return Typed(typed, slips).cost(meant)
