"""US and British spellings: which words are one dialect's form of the other's.

The table is built once from the known words: explicit pairs from
``data/spelling/us_uk.txt`` (stems such as ``color``/``colour`` also cover ``discolored``) and
the regular patterns below (-ize/-ise, -yze/-yse, -eled/-elled, -emia/-aemia).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

US: Final = "en-US"
GB: Final = "en-GB"

#: Prefixes a stem pair may follow: "discolored", "hypoglycemia", "milliliter".
STEM_PREFIXES: Final = (
    "",
    "dis",
    "un",
    "re",
    "mis",
    "pre",
    "over",
    "under",
    "de",
    "non",
    "co",
    "post",
    "hypo",
    "hyper",
    "anti",
    "poly",
    "micro",
    "neo",
    "sub",
    "peri",
    "para",
    "endo",
    "intra",
    "inter",
    "dys",
    "an",
    "a",
    "pro",
    "milli",
    "centi",
    "deci",
    "kilo",
    "nano",
)
#: -ize words that are not -ize/-ise pairs.
IZE_EXCEPTIONS: Final = frozenset({"size", "seize", "prize", "capsize", "maize", "baize", "assize"})
#: (pattern, British replacement, whether group 1 must itself be a known word).
REGULAR_PATTERNS: Final = (
    (re.compile(r"^(\w{3,})iz(e|es|ed|ing|er|ers|ation|ations|able)$"), r"\1is\2", False),
    (re.compile(r"^(\w{2,})yz(e|es|ed|ing|er|ers)$"), r"\1ys\2", False),
    (re.compile(r"^(\w*[^aeiou][aeiou]l)(ed|ing|er|ers)$"), r"\1l\2", True),
    (re.compile(r"^(\w{3,}[^d])emia$"), r"\1aemia", False),
)


#: British spelling patterns and their American forms, tried on words no list knows.
BRITISH_PATTERNS: Final = (
    (re.compile(r"is(e|es|ed|ing|er|ers|ation|ations|ational|able|ability)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing|er|ers)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|ful|less|able|ite|ites|al)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z])tre(s|d)?$"), r"ter\1"),
    (re.compile(r"aem"), "em"),
    (re.compile(r"(?<=[a-z])oe(?=[a-z])"), "e"),
    (re.compile(r"^oe"), "e"),
    (re.compile(r"(?<=[^aeiou][aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
)


def british_to_american(word: str) -> str:
    """The American form of a word by the regular British patterns (unchanged if none)."""
    for pattern, replacement in BRITISH_PATTERNS:
        word = pattern.sub(replacement, word)
    return word


@dataclass(frozen=True)
class DialectTable:
    """Pairs of US and British spellings, both ways, lowercase."""

    us_to_gb: Mapping[str, str] = field(default_factory=dict)
    gb_to_us: Mapping[str, str] = field(default_factory=dict)
    #: US forms British English also uses in some sense; never reported as American.
    shared: frozenset[str] = frozenset()

    def dialect_of(self, word: str) -> tuple[str, str] | None:
        """``(dialect, other form)`` when ``word`` is one dialect's spelling, else ``None``."""
        lower = word.lower()
        if lower in self.us_to_gb and lower not in self.shared:
            return US, self.us_to_gb[lower]
        if lower in self.gb_to_us:
            return GB, self.gb_to_us[lower]
        return None

    def variants(self) -> Iterable[str]:
        """Every spelling in the table, both dialects."""
        yield from self.us_to_gb
        yield from self.gb_to_us


@dataclass(frozen=True)
class _PairLine:
    us: str
    gb: str
    stem: bool
    shared: bool


def parse_pairs(text: str) -> list[_PairLine]:
    """Read ``us_uk.txt``: ``us gb [stem] [shared]`` a line, ``#`` comments."""
    lines = []
    for raw in text.splitlines():
        parts = raw.split("#", 1)[0].split()
        if len(parts) < 2:
            continue
        flags = set(parts[2:])
        lines.append(_PairLine(parts[0], parts[1], "stem" in flags, "shared" in flags))
    return lines


def build_table(pair_text: str, known_words: Collection[str]) -> DialectTable:
    """The dialect table for ``known_words`` (lowercase; either dialect's forms may appear)."""
    pairs = parse_pairs(pair_text)
    us_to_gb: dict[str, str] = {}
    shared: set[str] = set()
    for pair in pairs:
        for suffix in ("", "s"):
            us_to_gb[pair.us + suffix] = pair.gb + suffix
        if pair.shared:
            shared.update({pair.us, pair.us + "s"})
    stems = {pair.us: pair.gb for pair in pairs if pair.stem}
    stem_pattern = re.compile(
        "^("
        + "|".join(sorted((p for p in STEM_PREFIXES if p), key=len, reverse=True))
        + ")?("
        + "|".join(sorted(map(re.escape, stems), key=len, reverse=True))
        + r")(\w*)$"
    )
    for word in known_words:
        match = stem_pattern.match(word)
        if match:
            prefix, stem, rest = match.group(1) or "", match.group(2), match.group(3)
            us_to_gb.setdefault(word, prefix + stems[stem] + rest)
            continue
        british = _regular_british(word, known_words)
        if british:
            us_to_gb.setdefault(word, british)
    gb_to_us = {gb: us for us, gb in us_to_gb.items() if gb != us}
    us_to_gb = {us: gb for us, gb in us_to_gb.items() if gb != us and us not in gb_to_us}
    return DialectTable(us_to_gb, gb_to_us, frozenset(shared))


def _regular_british(word: str, known_words: Collection[str]) -> str | None:
    if word in IZE_EXCEPTIONS or word.endswith("aemia"):
        return None
    for pattern, replacement, base_must_be_known in REGULAR_PATTERNS:
        match = pattern.match(word)
        if match and (not base_must_be_known or match.group(1) in known_words):
            british = pattern.sub(replacement, word)
            return None if _inflects_another_word(british, known_words) else british
    return None


def _inflects_another_word(british: str, known_words: Collection[str]) -> bool:
    """Whether a doubled-l form is a regular inflection of a word of its own ("pulled" is
    "pull" + "ed", not the British "puled"), so the two are not a dialect pair."""
    doubled = british.rfind("ll")
    return doubled > 0 and british[: doubled + 2] in known_words
