"""How often English text uses a word, for ranking corrections."""

from __future__ import annotations

import math
from typing import Final

from healthlint.language.lexicon import Lexicon

#: A listed word no usage list has is given a frequency from its count: cB ≈ this + 100·log10.
COUNT_OFFSET: Final = -900


def frequency(word: str, lexicon: Lexicon) -> float:
    """How often English text uses ``word`` (cB), from its count when no usage list has it."""
    attested = lexicon.attested.frequency(word)
    count = lexicon.count(word)
    if count and attested <= COUNT_OFFSET:
        return COUNT_OFFSET + 100 * math.log10(count)
    return attested
