"""``number_formats``: one passage that mixes percentages, natural frequencies ("1 in 5") and
fractions ("a third of"), leaving the reader to convert between them. A passage is a sentence
and the next one in the same block.

Parameters: ``window`` (sentences read together, default 2).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from healthlint.checks.base import Check, Hit, optional
from healthlint.context import LintContext

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twenty": 20, "hundred": 100, "thousand": 1000, "a": 1,
}  # fmt: skip
NUMBER = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(word for word in NUMBER_WORDS if word != "a") + ")"
PERCENT = re.compile(rf"\b({NUMBER})\s*(?:%|per ?cent\b)", re.IGNORECASE)
FREQUENCY = re.compile(
    rf"\b({NUMBER})\s+(?:in|out of)\s+(?:every\s+)?({NUMBER})\b(?!\s*(?:%|per ?cent))",
    re.IGNORECASE,
)
FRACTION = re.compile(
    r"\b(?:(?:one|a|two)[ -]thirds?|(?:one|a|three)[ -]quarters?|half|one[ -]half|"
    r"(?:one|a|two|three|four)[ -]fifths?)\s+of\b|\b([1-9])/([2-9]|10)\b(?!/)",
    re.IGNORECASE,
)


#: Anything a proportion needs: a digit, a number word or a fraction word.
HINT = re.compile(rf"\d|half|third|quarter|fifth|\b{NUMBER}\b", re.IGNORECASE)


@dataclass(frozen=True)
class NumberUse:
    """A number in one format: where it is and its value per 100 when known."""

    kind: str
    start: int
    end: int
    per_hundred: float | None


class NumberFormatsCheck(Check):
    """Flag passages that state proportions in more than one format."""

    kind: ClassVar[str] = "number_formats"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences"})
    parameters: ClassVar[Mapping[str, str]] = {
        "window": "how many consecutive sentences of a block are read together (default 2)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.window = max(1, optional(params, "window", int, 2))

    def run(self, context: LintContext) -> Iterator[Hit]:
        sentences = context.sentences()
        blocks = [context.block_of(sentence) for sentence in sentences]
        reported_until = -1
        for index, sentence in enumerate(sentences):
            if not _may_hold_numbers(sentence.text):
                continue
            last = index
            while last + 1 < min(len(sentences), index + self.window):
                if blocks[last + 1] is not blocks[index]:
                    break
                last += 1
            start, end = sentence.start_char, sentences[last].end_char
            uses = number_uses(context.text, start, end)
            kinds = {use.kind for use in uses}
            if len(kinds) < 2 or uses[0].start < reported_until:
                continue
            reported_until = end
            yield Hit(
                uses[0].start,
                uses[-1].end,
                data={"formats": " and ".join(sorted(kinds))},
                suggestions=_suggestions(uses),
            )


def _may_hold_numbers(text: str) -> bool:
    """A cheap filter: a passage without a digit or a fraction word has no proportion."""
    return HINT.search(text) is not None


def number_uses(text: str, start: int, end: int) -> list[NumberUse]:
    """The proportions stated in ``text[start:end]``, in order."""
    passage = text[start:end]
    uses = [
        NumberUse("percentages", start + m.start(), start + m.end(), _number(m.group(1)))
        for m in PERCENT.finditer(passage)
    ]
    for match in FREQUENCY.finditer(passage):
        part, whole = _number(match.group(1)), _number(match.group(2))
        if part is None or whole is None or not 0 < part < whole or _looks_like_year(whole):
            continue
        value = 100 * part / whole
        uses.append(
            NumberUse("natural frequencies", start + match.start(), start + match.end(), value)
        )
    for match in FRACTION.finditer(passage):
        value = 100 * int(match.group(1)) / int(match.group(2)) if match.group(1) else None
        uses.append(NumberUse("fractions", start + match.start(), start + match.end(), value))
    return sorted(uses, key=lambda use: use.start)


def _looks_like_year(value: float) -> bool:
    return value.is_integer() and 1800 <= value <= 2200


def _number(text: str) -> float | None:
    text = text.lower().replace(",", "")
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _suggestions(uses: list[NumberUse]) -> tuple[str, ...]:
    """Each proportion restated as 'N in 100', so all can be compared directly."""
    restated = []
    for use in uses:
        if use.per_hundred is not None:
            restated.append(f"{use.per_hundred:.3g} in 100")
    return tuple(dict.fromkeys(restated))
