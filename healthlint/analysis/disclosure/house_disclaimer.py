"""Find the publisher's own disclaimer (config ``house-disclaimer``) in an article, fuzzily.

Words are compared case-insensitively without punctuation, so line breaks, markup and curly
quotes do not matter. The best-aligned stretch of prose is found with :mod:`difflib`; the
words that differ from the configured text are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
#: Below this share of the disclaimer's words, the text is missing rather than altered.
PRESENT_RATIO = 0.6


@dataclass(frozen=True)
class Word:
    """A word of the prose with its prose offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DisclaimerMatch:
    """Where the house disclaimer stands in the prose and how it differs from the original.

    ``ratio`` is difflib's similarity (1.0 = identical words); ``changes`` are edits such as
    ``"'doctor' → 'physician'"``, ``"missing 'not'"`` or ``"added 'always'"``.
    """

    start: int
    end: int
    ratio: float
    changes: tuple[str, ...]

    @property
    def exact(self) -> bool:
        """True when every word matches."""
        return not self.changes


def words_of(text: str) -> list[Word]:
    """The words of a text, normalised for comparison (lower case, straight apostrophes)."""
    return [
        Word(match.group().lower().replace("’", "'"), match.start(), match.end())
        for match in WORD.finditer(text)
    ]


def find_house_disclaimer(prose: str, disclaimer: str) -> DisclaimerMatch | None:
    """The stretch of ``prose`` that best matches ``disclaimer``, or ``None`` when too little
    of it is there."""
    wanted = [word.text for word in words_of(disclaimer)]
    found = _candidate_region(wanted, words_of(prose))
    if not wanted or not found:
        return None
    window = _best_window(wanted, [word.text for word in found])
    if window is None:
        return None
    first, last = _widen(prose, found, wanted, *window)
    matcher = SequenceMatcher(
        None, wanted, [word.text for word in found[first:last]], autojunk=False
    )
    if matcher.ratio() < PRESENT_RATIO:
        return None
    return DisclaimerMatch(
        found[first].start, found[last - 1].end, matcher.ratio(), tuple(_changes(matcher))
    )


def _candidate_region(wanted: list[str], found: list[Word]) -> list[Word]:
    """The prose words around the stretch richest in the disclaimer's vocabulary, so the
    alignment below runs on a few dozen words rather than the whole article."""
    size = int(len(wanted) * 1.5) + 2
    if len(found) <= 3 * size:
        return found
    vocabulary = set(wanted)
    flags = [word.text in vocabulary for word in found]
    count = best = sum(flags[:size])
    best_start = 0
    for start in range(1, len(found) - size + 1):
        count += flags[start + size - 1] - flags[start - 1]
        if count > best:
            best, best_start = count, start
    return found[max(0, best_start - len(wanted)) : best_start + size + len(wanted)]


def _best_window(wanted: list[str], found: list[str]) -> tuple[int, int] | None:
    """Indices ``[first, last)`` of the prose words densest in words matched to the disclaimer."""
    matcher = SequenceMatcher(None, wanted, found, autojunk=False)
    matched = sorted(
        position
        for _, start, size in matcher.get_matching_blocks()
        for position in range(start, start + size)
    )
    if not matched:
        return None
    span = int(len(wanted) * 1.5) + 2
    best: tuple[int, int, int] | None = None
    low = 0
    for high, position in enumerate(matched):
        while position - matched[low] >= span:
            low += 1
        count = high - low + 1
        if best is None or count > best[0]:
            best = (count, matched[low], position + 1)
    if best is None:
        return None
    return best[1], best[2]


def _widen(
    prose: str, found: list[Word], wanted: list[str], first: int, last: int
) -> tuple[int, int]:
    """Take in changed words at either edge ("That article ..." for "This article ..."): as
    many prose words as the disclaimer has unmatched words there, within the same block."""
    opcodes = SequenceMatcher(
        None, wanted, [word.text for word in found[first:last]], autojunk=False
    ).get_opcodes()
    head, tail = opcodes[0], opcodes[-1]
    if head[0] == "delete":
        for _ in range(head[2] - head[1]):
            if first == 0 or "\n\n" in prose[found[first - 1].end : found[first].start]:
                break
            first -= 1
    if tail[0] == "delete":
        for _ in range(tail[2] - tail[1]):
            if last == len(found) or "\n\n" in prose[found[last - 1].end : found[last].start]:
                break
            last += 1
    return first, last


def _changes(matcher: SequenceMatcher) -> list[str]:
    wanted, region = matcher.a, matcher.b
    changes = []
    for tag, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        original = " ".join(wanted[a_start:a_end])
        written = " ".join(region[b_start:b_end])
        if tag == "replace":
            changes.append(f"'{original}' → '{written}'")
        elif tag == "delete":
            changes.append(f"missing '{original}'")
        elif tag == "insert":
            changes.append(f"added '{written}'")
    return changes
