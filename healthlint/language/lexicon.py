"""The words healthlint knows: a general English frequency list, the medical vocabulary, the
US/UK table, and what a word's shape says (inflections, prefixes, medical combining forms and
drug-name stems).

The general list is pyspellchecker's English frequency list (MIT), read from the installed
wheel: it gives how common a word is, but holds junk and misspellings, so its words are trusted
only when SCOWL's curated lists up to size 60 (``scowl_words.txt.gz``: its lowercase words;
see that folder's README for the licence) also list them, or when they are very common. SCOWL's
capitalised words (``scowl_names.txt.gz``: "July", "Seoul") are words only when capitalised.
Words only SCOWL's size-70 list holds (``scowl_rare.txt.gz``), or only the frequency list, are
rare: known when no common word is one edit away ("persue" is not: "pursue" is). The medical
data under ``healthlint/data/spelling/`` is healthlint's own. Everything is lowercase; the
lexicon is loaded once per process by :func:`default_lexicon`.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Final

from healthlint.language.chemistry import Nomenclature
from healthlint.language.dialect import DialectTable, british_to_american, build_table
from healthlint.language.edits import edits1

#: Counts at or below this in the general list are its noise floor (one-off subtitle words,
#: many of them misspellings): such words are not known unless something else vouches for them.
NOISE_FLOOR: Final = 50
#: A general-list word this common is a word even when SCOWL does not list it ("ok", "email").
TRUST_COUNT: Final = 5000
#: The count SCOWL words missing from the general list are given (below the suggestion index).
CURATED_COUNT: Final = NOISE_FLOOR + 1
#: A word known only by its shape is rejected when a word this common is one edit away.
NEIGHBOUR_COUNT: Final = 500
#: The count the medical vocabulary's words are given for ranking suggestions.
MEDICAL_COUNT: Final = 2000
#: Inflections: (ending, what replaces it to give the base). The base must be listed.
INFLECTIONS: Final = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("s", ""),
    ("es", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("er", "e"),
    ("ers", ""),
    ("ers", "e"),
)
#: Derivations: (ending, replacement, endings the base must have ("" = any)). The base must be
#: listed, at least four letters long and reasonably common.
DERIVATIONS: Final = (
    ("ly", "", ("al", "ous", "ive", "ent", "ant", "ate", "ar", "ful", "less", "ible", "able")),
    ("ally", "", ("ic",)),
    ("ness", "", ("ful", "less", "ous", "ive", "ed", "y")),
    ("ity", "", ("al", "ar", "ive", "ic", "ous", "ile")),
    ("ities", "", ("al", "ar", "ive", "ic", "ous", "ile")),
    ("ment", "", ("")),
    ("ments", "", ("")),
    ("ation", "e", ("")),
    ("ations", "e", ("")),
    ("ation", "", ("")),
    ("able", "", ("")),
    ("able", "e", ("")),
    ("ic", "", ("")),
    ("ic", "ia", ("")),
    ("ism", "", ("")),
    ("ist", "", ("")),
    ("ists", "", ("")),
    ("al", "", ("")),
    # Latin and Greek noun → adjective: meniscus → meniscal, psoriasis → psoriatic
    ("al", "us", ("")),
    ("al", "um", ("")),
    ("ar", "um", ("")),
    ("ar", "us", ("")),
    ("tic", "sis", ("")),
    ("ic", "y", ("")),
    ("ically", "y", ("")),
    ("ory", "e", ("ate",)),
)
#: Prefixes that join a listed word ("noninvasive", "reanalysis", "postoperative").
PREFIXES: Final = (
    "non",
    "un",
    "anti",
    "pre",
    "post",
    "re",
    "sub",
    "super",
    "inter",
    "intra",
    "extra",
    "hyper",
    "hypo",
    "micro",
    "macro",
    "multi",
    "poly",
    "pseudo",
    "semi",
    "over",
    "under",
    "counter",
    "trans",
    "peri",
    "para",
    "auto",
    "endo",
    "mono",
    "neuro",
    "cardio",
    "immuno",
    "psycho",
    "photo",
    "radio",
    "pro",
    "up",
    "ultra",
    "bio",
    "retro",
    "supra",
    "infra",
    "contra",
    "meta",
    "socio",
    "neo",
    "hemi",
    "epi",
    "electro",
    "hydro",
    "thermo",
    "cyto",
    "onco",
    "gastro",
    "hepato",
    "nephro",
    "osteo",
    "myo",
    "angio",
    "vaso",
    "glyco",
    "lipo",
    "pharmaco",
)
#: Prefixes seen only before a hyphen ("co-author", "ex-smoker").
HYPHEN_PREFIXES: Final = frozenset({"co", "ex", "self", "mid", "bi", "tri", "de", "pro"})
#: A base or the word after a prefix must be at least this common in the general list.
BASE_COUNT: Final = 200


def _data(name: str) -> str:
    return resources.files("healthlint").joinpath("data", "spelling", name).read_text("utf-8")


def _sibling(word: str, near: str, base: str | None) -> bool:
    """Whether ``near`` is another inflection of ``word``'s base with a suffix of the same
    length ("attached" beside "attaches"): not a word ``word`` is a typo of."""
    return base is not None and len(near) == len(word) and near.startswith(base)


def _words(text: str) -> Iterator[str]:
    for line in text.splitlines():
        if not line.lstrip().startswith("#"):
            yield from line.split()


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Known words with their counts, and the shape knowledge that extends them."""

    counts: dict[str, int]
    #: Words at the general list's noise floor: known only with no common word one edit away.
    rare: frozenset[str]
    #: Words of the curated list (SCOWL), which lists their inflections itself.
    curated: frozenset[str]
    #: Names (lowercase), words only when written with a capital ("July", "Seoul").
    names: frozenset[str]
    drug_stems: tuple[str, ...]
    initial_forms: frozenset[str]
    any_forms: frozenset[str]
    dialects: DialectTable
    chemistry: Nomenclature

    @cached_property
    def common(self) -> frozenset[str]:
        """Words common enough that a word one edit away is more likely a typo of them."""
        return frozenset(word for word, count in self.counts.items() if count >= NEIGHBOUR_COUNT)

    @cached_property
    def all_forms(self) -> frozenset[str]:
        """Combining forms allowed after the first."""
        return self.initial_forms | self.any_forms

    def count(self, word: str) -> int:
        """How common a known word is (0 when unknown)."""
        return self.counts.get(word, 0)

    def is_listed(self, word: str) -> bool:
        """Whether the lowercase ``word`` is in a word list (either dialect's spelling)."""
        return word in self.counts

    def is_known(self, word: str) -> bool:
        """Whether the lowercase ``word`` is a word: listed; an inflection of a word listed
        outside SCOWL (which lists inflections itself) with no other form of that word one
        edit away ("occured" is not: "occurred" is); a British form of a known American word;
        or a regular form (an inflection of a SCOWL word that SCOWL does not list, a
        derivation, a prefix, medical combining forms, a drug or science stem, a rare word)
        with no common word one edit away that it would more likely be a typo of."""
        if word in self.counts:
            return True
        base = self._inflection_base(word)
        if base is not None and base in self.counts and base not in self.curated:
            return not any(
                near != base and near.startswith(base) for near in edits1(word) & self.common
            )
        if self._british(word):
            return True
        if word not in self.rare and base is None and not self._by_shape(word):
            return False
        return not any(
            not word.startswith(near) and not _sibling(word, near, base)
            for near in edits1(word) & self.common
        )

    def _by_shape(self, word: str) -> bool:
        return (
            self._derived(word)
            or self._prefixed(word)
            or self._drug(word)
            or self._combining(word, first=True)
            or self.chemistry.is_name(word, self._chemical_tail)
        )

    def _chemical_tail(self, word: str) -> bool:
        return self._common(word) or self.count(word) >= MEDICAL_COUNT or self._inflected(word)

    def _british(self, word: str) -> bool:
        american = british_to_american(word)
        return american != word and self.is_known(american)

    def is_prefix(self, word: str) -> bool:
        """Whether ``word`` is a prefix written before a hyphen ("pre-", "co-", "cardio-")."""
        return word in PREFIXES or word in self.initial_forms or word in HYPHEN_PREFIXES

    def _inflected(self, word: str) -> bool:
        return self._inflection_base(word) is not None

    def _inflection_base(self, word: str) -> str | None:
        """The listed (or rare) word ``word`` inflects, if any."""
        for suffix, replacement in INFLECTIONS:
            base = word[: -len(suffix)] + replacement
            # "studys": a consonant + y base takes -ies, not -s
            takes_ies = suffix == "s" and base[-2:-1] not in "aeiou" and base.endswith("y")
            listed = base in self.counts or base in self.rare
            if word.endswith(suffix) and len(base) >= 3 and listed and not takes_ies:
                return base
        return None

    def _derived(self, word: str) -> bool:
        for suffix, replacement, base_endings in DERIVATIONS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                base = word[: -len(suffix)] + replacement
                if self._common(base) and base.endswith(base_endings):
                    return True
        return False

    def _common(self, word: str) -> bool:
        return self.counts.get(word, 0) >= BASE_COUNT or word in self.curated

    def _prefixed(self, word: str) -> bool:
        for prefix in PREFIXES:
            rest = word[len(prefix) :]
            if not word.startswith(prefix) or len(rest) < 5 - (len(prefix) > 2):
                continue
            if (
                self._common(rest)
                or self._inflected(rest)
                or self._derived(rest)
                or self._drug(rest)
                or self._combining(rest, first=True)
            ):
                return True
        return False

    def _drug(self, word: str) -> bool:
        if len(word) < 7 or not word.endswith(self.drug_stems):
            return False
        return any(word.endswith(stem) and len(word) - len(stem) >= 3 for stem in self.drug_stems)

    def _combining(self, word: str, first: bool, depth: int = 0) -> bool:
        """Whether ``word`` splits into combining forms (the first from the initial list)."""
        if depth and (word in self.any_forms or (len(word) >= 5 and self._common(word))):
            return True
        if depth > 3 or len(word) < 3:
            return False
        forms = self.initial_forms if first else self.all_forms
        for cut in range(2, len(word) - 1):
            if word[:cut] not in forms:
                continue
            if self._combining(word[cut:], first=False, depth=depth + 1):
                return True
            # a linking vowel: cardi-o-myopathy
            linked = word[cut] == "o" and cut + 1 < len(word)
            if linked and self._combining(word[cut + 1 :], first=False, depth=depth + 1):
                return True
        return False


@cache
def default_lexicon() -> Lexicon:
    """The built-in lexicon (loaded on first use, then shared by the whole process)."""
    general = _general_counts()
    curated = _curated_words("scowl_words.txt.gz")
    counts = {
        word: count
        for word, count in general.items()
        if count > NOISE_FLOOR and (word in curated or count >= TRUST_COUNT)
    }
    names = _curated_words("scowl_names.txt.gz")
    rare = frozenset((general.keys() | _curated_words("scowl_rare.txt.gz")) - counts.keys() - names)
    for word in curated:
        counts.setdefault(word, CURATED_COUNT)
    for word in _words(_data("medical.txt")):
        lower = word.lower()
        counts[lower] = max(counts.get(lower, 0), MEDICAL_COUNT)
    forms = _data("combining_forms.txt")
    initial, anywhere = _combining_forms(forms)
    dialects = build_table(_data("us_uk.txt"), counts.keys())
    for us, british in dialects.us_to_gb.items():
        shared = max(counts.get(us, 0), counts.get(british, 0))
        counts[us] = counts[british] = max(shared, NOISE_FLOOR + 1)
    stems = tuple(_words(_data("drug_stems.txt"))) + tuple(_words(_data("science_suffixes.txt")))
    return Lexicon(
        counts,
        rare - counts.keys(),
        curated,
        names,
        stems,
        frozenset(initial),
        frozenset(anywhere),
        dialects,
        Nomenclature.parse(_data("chemistry.txt")),
    )


def _general_counts() -> dict[str, int]:
    package = resources.files("spellchecker").joinpath("resources", "en.json.gz")
    with package.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)


def _curated_words(name: str) -> frozenset[str]:
    package = resources.files("healthlint").joinpath("data", "spelling", name)
    with package.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return frozenset(text.read().split())


def _combining_forms(text: str) -> tuple[set[str], set[str]]:
    initial: set[str] = set()
    anywhere: set[str] = set()
    for line in text.splitlines():
        if line.startswith("prefix:"):
            initial.update(line.removeprefix("prefix:").split())
        elif line.startswith("any:"):
            anywhere.update(line.removeprefix("any:").split())
    return initial, anywhere
