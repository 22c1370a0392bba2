"""Edit operations on words: the strings one edit away, and a weighted edit distance that
knows which slips people make (a doubled letter, a vowel for a vowel, two letters swapped)."""

from __future__ import annotations

from typing import Final

LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
VOWELS: Final = frozenset("aeiouy")
#: Letters that stand for similar sounds; swapping them is a cheap, common slip.
SOUND_ALIKE: Final = tuple(
    frozenset(group) for group in ("ckqs", "sz", "fv", "gj", "mn", "dt", "bp", "iy", "xs")
)
KEYBOARD_ROWS: Final = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion from ``word``."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [left + right[1:] for left, right in splits if right]
    transposes = [
        left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1
    ]
    replaces = [left + c + right[1:] for left, right in splits if right for c in LETTERS]
    inserts = [left + c + right for left, right in splits for c in LETTERS]
    return set(deletes + transposes + replaces + inserts)


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    neighbours: dict[str, set[str]] = {}
    for row in KEYBOARD_ROWS:
        for index, letter in enumerate(row):
            near = {row[i] for i in (index - 1, index + 1) if 0 <= i < len(row)}
            neighbours.setdefault(letter, set()).update(near)
    return {letter: frozenset(near) for letter, near in neighbours.items()}


KEYBOARD: Final = _keyboard_neighbours()


def substitution_cost(a: str, b: str) -> float:
    """The cost of writing ``a`` where ``b`` was meant."""
    if a == b:
        return 0.0
    if a in VOWELS and b in VOWELS:
        return 0.6
    if any(a in group and b in group for group in SOUND_ALIKE):
        return 0.6
    if b in KEYBOARD.get(a, ()):
        return 0.8
    return 1.0


def _indel_cost(word: str, index: int) -> float:
    """The cost of the letter at ``index`` being extra (or missing): a doubled letter is
    the cheapest slip, a vowel next."""
    letter = word[index]
    if (index > 0 and word[index - 1] == letter) or (
        index + 1 < len(word) and word[index + 1] == letter
    ):
        return 0.4
    return 0.7 if letter in VOWELS else 1.0


def weighted_distance(typed: str, meant: str) -> float:
    """Optimal-string-alignment distance from ``typed`` to ``meant`` with the costs above."""
    rows, cols = len(typed) + 1, len(meant) + 1
    previous_previous: list[float] = []
    previous = [0.0] * cols
    for j in range(1, cols):
        previous[j] = previous[j - 1] + _indel_cost(meant, j - 1)
    for i in range(1, rows):
        current = [previous[0] + _indel_cost(typed, i - 1)] + [0.0] * (cols - 1)
        for j in range(1, cols):
            current[j] = min(
                previous[j] + _indel_cost(typed, i - 1),
                current[j - 1] + _indel_cost(meant, j - 1),
                previous[j - 1] + substitution_cost(typed[i - 1], meant[j - 1]),
            )
            if i > 1 and j > 1 and typed[i - 1] == meant[j - 2] and typed[i - 2] == meant[j - 1]:
                current[j] = min(current[j], previous_previous[j - 2] + 0.7)
        previous_previous, previous = previous, current
    return previous[-1]
