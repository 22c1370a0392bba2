"""The words healthlint knows: a general English frequency list, the medical vocabulary, the
US/UK table, and what a word's shape says (inflections, prefixes, medical combining forms and
drug-name stems).

The general list is pyspellchecker's English frequency list (MIT), read from the installed
wheel: it gives how common a word is, but holds junk and misspellings, so its words are trusted
only when SCOWL's curated lists up to size 70 (``scowl_words.txt.gz``: its lowercase words;
see that folder's README for the licence) also list them, or when they are very common. SCOWL's
capitalised words (``scowl_names.txt.gz``: "July", "Seoul") are words only when capitalised.
Words only SCOWL's size-80 list holds (``scowl_rare.txt.gz``), or only the frequency list, are
rare: known when no common word is one edit away ("persue" is not: "pursue" is). The medical
data under ``healthlint/data/spelling/`` is healthlint's own. A word on codespell's list of
common misspellings is rejected unless a curated or medical list has it (a curated word that
SCOWL holds only as a variant it does not recommend, ``scowl_variants.txt.gz``, only when its
correction is far more frequent). Everything is lowercase; the built-in lexicon is assembled
once per process by :func:`healthlint.language.builtin_lexicon.default_lexicon`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Final, TypeVar

from healthlint.language.affixes import (
    DERIVATIONS,
    FUNCTION_WORDS,
    GREEK_LETTERS,
    HYPHEN_PREFIXES,
    INFLECTIONS,
    LONG_REST_PREFIXES,
    PREFIXES,
)
from healthlint.language.attested import UNSEEN, Attestation
from healthlint.language.channel import Typed
from healthlint.language.chemistry import Nomenclature
from healthlint.language.dialect import DialectTable, british_to_american
from healthlint.language.edits import edits1
from healthlint.language.misspellings import Corrections
from healthlint.language.neighbours import NeighbourIndex
from healthlint.language.phrases import Phrases, RunTogether

T = TypeVar("T")

#: A word known only by its shape is rejected when a word this common is one edit away.
NEIGHBOUR_COUNT: Final = 500
#: The count the medical vocabulary's words are given for ranking suggestions.
MEDICAL_COUNT: Final = 2000
#: A base or the word after a prefix must be at least this common in the general list, or
#: listed by wordfreq above its floor (-790 cB: once in 80 million words).
BASE_COUNT: Final = 200
BASE_USAGE: Final = -790
#: The word after a prefix has at least this many letters ("pre" + "natal"), or one letter
#: fewer when it is a common word ("re" + "burn", "inter" + "worm").
MIN_PREFIXED_REST: Final = 5
#: Each word of a compound has at least this many letters and is this common.
COMPOUND_PART: Final = 4
COMPOUND_COUNT: Final = 5000
#: A word of three letters may be part of a compound when both are this common ("casemix").
SHORT_COMPOUND_PART: Final = 3
SHORT_PART_COUNT: Final = 20000
#: Words rarer than this in the general list are not offered as corrections.
SUGGESTIBLE_COUNT: Final = 100
#: A word only wordfreq attests is a typo of a suggestible word at most ``TYPO_COST`` slip
#: costs away (channel.py: a doubled or dropped letter, a swapped vowel; a little more for each
#: letter past eight) that is ``USAGE_MARGIN`` centibels more frequent (100 cB: ten times); a
#: term (a drug-dictionary word or a scientific term), of a common word one edit away
#: ``TERM_MARGIN`` more frequent.
TYPO_COST: Final = 1.1
LONG_WORD_COST: Final = 0.1
USAGE_MARGIN: Final = 100
TERM_MARGIN: Final = 250
#: The most a likely slip of one letter for another costs (channel.py: below an unrelated
#: letter's 1.0).
SLIP_COST: Final = 0.9
#: A word on the list of common misspellings is one when a correction is this much more
#: frequent (50 cB: three times) and the word has at least ``MISSPELLING_LETTERS`` letters.
MISSPELLING_MARGIN: Final = 50
MISSPELLING_LETTERS: Final = 4
#: A curated word SCOWL holds only as a variant it does not recommend is a common misspelling
#: when a correction is this much more frequent (100 cB: ten times; not "combatting").
VARIANT_MARGIN: Final = 100
#: An unlisted word is a common phrase run together when English writes the phrase this much
#: more often apart (320 cB: 1,600 times; "bloodpressure", not "birthweight" or "halflife").
RUN_TOGETHER_MARGIN: Final = 320
#: A term closing a chemical name has at least this many letters ("gliotoxin").
TERM_TAIL_LETTERS: Final = 7
#: A Greek letter's name this long may be joined to one letter ("gammac").
GREEK_WITH_LETTER: Final = 4
#: A head before the letters a science ending follows has at least this many letters.
KNOWN_HEAD_LETTERS: Final = 4
#: A plural or verb form in "-es" is made from a word with one of these endings.
ES_BASE_ENDINGS: Final = ("s", "x", "z", "ch", "sh", "o")
HISSING_ENDINGS: Final = ("s", "x", "z", "sh")
#: The endings of the contractions whose apostrophe a writer may drop ("dont", "theyre").
CONTRACTION_ENDINGS: Final = ("n't", "'re", "'ve", "'ll", "'m", "'d")


def _sibling(word: str, near: str, base: str | None) -> bool:
    """Whether ``near`` is another inflection of ``word``'s base with a suffix of the same
    length ("attached" beside "attaches"): not a word ``word`` is a typo of."""
    return base is not None and len(near) == len(word) and near.startswith(base)


def _likely_slip(typed: Typed, near: str) -> bool:
    """Whether the typed word is a likely slip for ``near``, one edit away: a letter more or
    less, or one for a letter it is often mistaken for (a key beside it, a sound, a vowel); not
    two unrelated letters ("episome" is no slip for "episode", "complexed" for "completed")."""
    return len(near) != len(typed.text) or typed.cost(near, SLIP_COST) <= SLIP_COST


def _greek_symbols(word: str) -> bool:
    """Whether ``word`` is a Greek letter's name joined to another's ("alphabeta") or, a name
    of four letters or more, to one letter ("gammac", "kappab")."""
    return any(
        word.startswith(name)
        and (
            word[len(name) :] in GREEK_LETTERS
            or (len(name) >= GREEK_WITH_LETTER and len(word) == len(name) + 1)
        )
        for name in GREEK_LETTERS
    )


def _prefix_of(word: str, near: str) -> bool:
    """Whether ``word`` is ``near`` with a prefix before it ("reentrant" is "re" + "entrant"):
    not a typo of it."""
    return len(word) > len(near) and word.endswith(near) and word[: -len(near)] in PREFIXES


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Known words with their counts, and the shape knowledge that extends them."""

    counts: dict[str, int]
    #: Words at the general list's noise floor: known only with no common word one edit away.
    rare: frozenset[str]
    #: Words of the curated list (SCOWL), which lists their inflections itself.
    curated: frozenset[str]
    #: Words of healthlint's medical vocabulary.
    medical: frozenset[str]
    #: Names (lowercase), words only when written with a capital ("July", "Seoul").
    names: frozenset[str]
    #: Endings of drug names and of science terms (``science_endings``: "-ology", "-emia").
    drug_stems: tuple[str, ...]
    science_endings: frozenset[str]
    initial_forms: frozenset[str]
    any_forms: frozenset[str]
    dialects: DialectTable
    chemistry: Nomenclature
    attested: Attestation
    #: Common misspellings and their corrections (codespell's list).
    misspellings: Corrections
    #: Curated words SCOWL holds only as variants it does not recommend ("dependance").
    variants: frozenset[str]
    #: Common two-word phrases by their words written closed ("bloodpressure").
    phrases: Phrases
    #: Known words never offered as corrections (profanity and slurs).
    unsuggested: frozenset[str]
    #: Indexes other modules build from the lexicon (:meth:`index`), kept with it.
    indexes: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def common(self) -> frozenset[str]:
        """Words common enough that a word one edit away is more likely a typo of them."""
        return frozenset(word for word, count in self.counts.items() if count >= NEIGHBOUR_COUNT)

    @cached_property
    def all_forms(self) -> frozenset[str]:
        """Combining forms allowed after the first."""
        return self.initial_forms | self.any_forms

    @cached_property
    def contractions(self) -> dict[str, str]:
        """The listed contractions by their letters alone, when those are no listed word
        ("dont" → "don't"; not "cant", "wont")."""
        return {
            word.replace("'", ""): word
            for word in self.counts
            if "'" in word
            and word.endswith(CONTRACTION_ENDINGS)
            and word.replace("'", "") not in self.counts
        }

    @cached_property
    def suggestible(self) -> NeighbourIndex:
        """The words common enough to be offered as corrections, indexed by their near forms."""
        return NeighbourIndex(w for w, count in self.counts.items() if count >= SUGGESTIBLE_COUNT)

    def index(self, name: str, build: Callable[[Lexicon], T]) -> T:
        """The index called ``name`` that ``build`` makes from this lexicon (the suggestions'
        sound index, say): built on first use and kept with the lexicon, so that a lexicon
        saved between runs (:mod:`healthlint.run_cache`) holds it too."""
        if name not in self.indexes:
            self.indexes[name] = build(self)
        return self.indexes[name]

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
        with no common word one edit away that it would more likely be a typo of; never a
        common misspelling (:meth:`is_common_misspelling`) or, unlisted, a contraction without
        its apostrophe ("dont", not "cant") or a common phrase run together
        (:meth:`run_together`)."""
        if self.is_common_misspelling(word):
            return False
        if word in self.counts:
            return True
        if self.spacing_fix(word) is not None:
            return False
        base = self._inflection_base(word)
        if base is not None and base in self.counts and base not in self.curated:
            return not any(
                near != base and near.startswith(base) for near in edits1(word) & self.common
            )
        if self._attested(word, base):
            return True
        if self._british(word):
            return not self._rivalled(word, base, None, shape_only=True)
        derived_from = self._derivation_base(word)
        if (
            word not in self.rare
            and base is None
            and derived_from is None
            and not self._formed_or_plural(word)
        ):
            return False
        return not self._rivalled(
            word, base, derived_from, shape_only=word not in self.rare and base is None
        )

    def _rivalled(
        self, word: str, base: str | None, derived_from: str | None, shape_only: bool
    ) -> bool:
        """Whether a rival (:meth:`_rivals`) that is not the start of ``word``, another
        inflection of its base or the word it derives from is one edit away."""
        return any(
            not word.startswith(near)
            and not _sibling(word, near, base)
            and near != derived_from
            and not self._prefixed_alike(word, near)
            for near in self._rivals(word, shape_only)
        )

    def _prefixed_alike(self, word: str, near: str) -> bool:
        """Whether ``word`` and ``near`` are prefixed words that no slip connects: of one
        length, one prefix before two common words ("reburn" and "return": the slip would make
        a real word of the second, which no speller flags; a letter more or less is another
        matter: "preparking" is "preparing"); or two prefixes before one common word
        ("preactivated" and "reactivated")."""
        if len(word) == len(near):
            return any(
                word.startswith(prefix)
                and near.startswith(prefix)
                and self._common(word[len(prefix) :])
                and self._common(near[len(prefix) :])
                for prefix in PREFIXES
            )
        return any(
            word.startswith(prefix)
            and self._common(word[len(prefix) :])
            and any(near == other + word[len(prefix) :] for other in PREFIXES if other != prefix)
            for prefix in PREFIXES
        )

    def _rivals(self, word: str, shape_only: bool) -> set[str]:
        """The words one edit from ``word`` that it would more likely be a typo of: the common
        ones; for a word only its shape vouches for, also the listed words and terms that
        English text uses ("hstological" has the shape of "-ological" words, and
        "histological" is listed), but not another ending of it ("theranostics",
        "downmodulates") or its other dialect's spelling ("microtiter")."""
        near = edits1(word)
        common = near & self.common
        if not shape_only:
            return common
        frequency = self.attested.frequency
        spelled = self.dialects.dialect_of(word)
        other_dialect = {british_to_american(word), spelled[1] if spelled else word}
        return common | {
            other
            for other in near
            if frequency(other) > UNSEEN
            and (other in self.counts or self.attested.is_term(other))
            and not other.startswith(word)
            and other[:-1] != word[:-1]
            and other not in other_dialect
        }

    def spacing_fix(self, word: str) -> str | None:
        """The one correction an unlisted ``word`` has: its contraction ("dont" → "don't") or
        the common phrase it runs together ("bloodpressure" → "blood pressure")."""
        if word in self.counts:
            return None
        if word in self.contractions:
            return self.contractions[word]
        together = self.run_together(word)
        return together.phrase if together else None

    def run_together(self, word: str) -> RunTogether | None:
        """The common phrase the lowercase ``word`` writes without its space ("heartattack"),
        when English writes it apart ``RUN_TOGETHER_MARGIN`` cB more often than closed (not
        "skinfold", "herpesvirus": science writes them closed)."""
        found = self.phrases.get(word)
        if found is None or found.frequency - self.attested.frequency(word) < RUN_TOGETHER_MARGIN:
            return None
        return found

    def is_common_misspelling(self, word: str) -> bool:
        """Whether the lowercase ``word`` is on the list of common misspellings and nothing
        vouches for it: not shorter than ``MISSPELLING_LETTERS``; not in the medical
        vocabulary or the curated lists (the list is made for code and general text:
        "miliary" and "tabes" are on it), unless SCOWL holds it only as a variant it does not
        recommend ("dependance", "absorbant"); a correction at least ``MISSPELLING_MARGIN``
        cB more frequent (``VARIANT_MARGIN`` for such a variant: "homogenous" is not, it is
        used nearly as often as "homogeneous"; an inflection of such a variant is decided by its
        base); and not a protein's "-in" taken for "-ing" ("importin")."""
        fixes = self.misspellings.get(word)
        if fixes is None or len(word) < MISSPELLING_LETTERS:
            return False
        if word in self.medical or word + "g" in fixes:
            return False
        if word in self.curated and word not in self.variants:
            return False
        base = self._inflection_base(word)
        if base in self.variants and base in self.misspellings and base != word:
            # decided once for all the forms of a variant: "crystalizes" as "crystalize"
            return self.is_common_misspelling(base)
        margin = VARIANT_MARGIN if word in self.curated else MISSPELLING_MARGIN
        frequency = self.attested.frequency
        usage = frequency(word)
        return any(
            min(frequency(part) for part in fix.lower().split()) - usage >= margin for fix in fixes
        )

    def _attested(self, word: str, base: str | None) -> bool:
        """Whether usage or a list of terms (drugs, science) vouches for ``word``, and it is no
        likely typo of a far more frequent word. A term is a typo of a common word one likely
        slip away (:func:`_likely_slip`) that is ``TERM_MARGIN`` cB more frequent ("alchohol";
        not "episome", though "episode" is one letter away); a word only wordfreq knows,
        of a suggestible word a slip or two away that is ``USAGE_MARGIN`` cB more frequent
        ("enviromental": "environmental" is 400 times as frequent)."""
        if word in self.names:
            return False
        usage = self.attested.frequency(word)
        frequency = self.attested.frequency
        if self.attested.is_term(word):
            typed = Typed(word)
            return not any(
                frequency(near) - usage > TERM_MARGIN and _likely_slip(typed, near)
                for near in edits1(word) & self.common
                if not _sibling(word, near, base)
            )
        return usage != UNSEEN and not self._usage_typo(word, base)

    def _usage_typo(self, word: str, base: str | None) -> bool:
        """Whether ``word`` is two common words run together, or a suggestible word a slip or
        two away is ``USAGE_MARGIN`` cB more frequent ("enviromental": "environmental" is 400
        times as frequent), other than the word after a prefix ("reentrant")."""
        if self._split_by_function_word(word):
            return True
        usage = self.attested.frequency(word)
        frequency = self.attested.frequency
        most_cost = TYPO_COST + LONG_WORD_COST * max(0, len(word) - 8)
        typed = Typed(word)
        return any(
            frequency(near) - usage > USAGE_MARGIN and typed.cost(near, most_cost) <= most_cost
            for near in self.suggestible.near_quickly(word)
            if not _sibling(word, near, base) and not _prefix_of(word, near)
        )

    def _split_by_function_word(self, word: str) -> bool:
        """Whether ``word`` is two common words run together, one of them a function word
        ("alot", "eachother", "infact"): usage lists hold such spacing errors."""
        return any(
            (word[:cut] in FUNCTION_WORDS or word[cut:] in FUNCTION_WORDS)
            and min(self.count(word[:cut]), self.count(word[cut:])) >= COMPOUND_COUNT
            for cut in range(1, len(word))
        )

    def _formed_or_plural(self, word: str) -> bool:
        """Known by its form (a shape other than a derivation, which the caller has tried), or
        the plural of a word known by shape or usage ("avermectins", "rotamers")."""
        if self._formed(word):
            return True
        singular = word[:-1]
        if not word.endswith("s") or word.endswith(("ss", "ys")) or singular in self.counts:
            return False
        return self._by_shape(singular) or self._attested(singular, None)

    def _by_shape(self, word: str) -> bool:
        return self._derived(word) or self._formed(word)

    def _formed(self, word: str) -> bool:
        """Known by a shape other than a derivation: a prefix, a compound, a drug stem,
        combining forms, a chemical name."""
        return (
            self._prefixed(word)
            or (self._compound(word) and not self._usage_typo(word, None))
            or self._drug(word)
            or self._combining(word, first=True)
            or self.chemistry.is_name(word, self._chemical_tail)
            or _greek_symbols(word)
        )

    def _chemical_tail(self, word: str) -> bool:
        """Whether ``word`` may close a chemical name: a common or medical word, an inflection,
        or a long term that usage vouches for ("methylthio" + "gliotoxin")."""
        return (
            self._common(word)
            or self.count(word) >= MEDICAL_COUNT
            or self._inflected(word)
            or (
                len(word) >= TERM_TAIL_LETTERS
                and self.attested.is_term(word)
                and self._attested(word, None)
            )
        )

    def _british(self, word: str) -> bool:
        """Whether ``word`` is the British form of a known American word by the regular
        patterns (the caller still looks for rivals: "gatroenterology" is no British form)."""
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
            if not word.endswith(suffix):
                continue
            base = word[: -len(suffix)] + replacement
            # "studys": a consonant + y base takes -ies, not -s
            wrong_ending = suffix == "s" and base[-2:-1] not in "aeiou" and base.endswith("y")
            # "transplantationes": -es follows a hissing sound or an o ("axes", "heroes"); a
            # hissing sound takes -es, not -s ("processs", "boxs"; but "stomachs")
            wrong_ending |= suffix == "es" and not base.endswith(ES_BASE_ENDINGS)
            wrong_ending |= suffix == "s" and base.endswith(HISSING_ENDINGS)
            # "bigginging": a rare verb form is not inflected again
            rare_form = base in self.rare and base.endswith(("ing", "ed"))
            listed = base in self.counts or (base in self.rare and not rare_form)
            if len(base) >= 3 and listed and not wrong_ending:
                return base
        return None

    def _derived(self, word: str) -> bool:
        return self._derivation_base(word) is not None

    def _derivation_base(self, word: str) -> str | None:
        """The common (or used) word ``word`` derives from, if any."""
        for suffix, replacement, base_endings in DERIVATIONS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                base = word[: -len(suffix)] + replacement
                if base.endswith(base_endings) and (self._common(base) or self._in_use(base)):
                    return base
        return None

    def _common(self, word: str) -> bool:
        return self.counts.get(word, 0) >= BASE_COUNT or word in self.curated

    def _in_use(self, word: str) -> bool:
        """Whether an unlisted ``word`` is used often enough (or is a term: drug, science),
        and is no likely typo, to be the base of a derivation or the word after a prefix."""
        usage = self.attested.frequency(word)
        return (usage >= BASE_USAGE or self.attested.is_term(word)) and self._attested(word, None)

    def _compound(self, word: str) -> bool:
        """Two common content words written as one: "workstream", "skinfold", "lightmask"
        (not "mostlikely": a function word is written apart; and, in :meth:`_formed`, not
        a slip or two from a frequent word: "properally")."""
        if len(word) < 2 * COMPOUND_PART - 1:
            return False
        for cut in range(SHORT_COMPOUND_PART, len(word) - SHORT_COMPOUND_PART + 1):
            left, right = word[:cut], word[cut:]
            if left in FUNCTION_WORDS or right in FUNCTION_WORDS:
                continue
            right_count = max(self.count(right), self.count(self._inflection_base(right) or ""))
            least = COMPOUND_COUNT if min(cut, len(right)) >= COMPOUND_PART else SHORT_PART_COUNT
            if min(self.count(left), right_count) >= least:
                return True
        return False

    def _prefixed(self, word: str) -> bool:
        for prefix in PREFIXES:
            if not word.startswith(prefix):
                continue
            rest = word[len(prefix) :]
            shortest = LONG_REST_PREFIXES.get(prefix, MIN_PREFIXED_REST)
            if len(rest) == shortest - 1 and self.count(rest) >= COMPOUND_COUNT:
                shortest -= 1
            if len(rest) < shortest:
                continue
            if (
                self._common(rest)
                or self._in_use(rest)
                or self._inflection_base(rest) in self.counts
                or self._derived(rest)
                or self._drug(rest)
                or self._combining(rest, first=True)
                or (rest in self.rare and self.is_known(rest))
            ):
                return True
        return False

    def _drug(self, word: str) -> bool:
        """Whether ``word`` ends with a drug stem ("-tinib") or a science ending ("-emia")
        after at least three letters; before a science ending, letters a known word starts
        with (:meth:`_known_start`: "hypoxemia", "embryocarcinoma"; not "hypkoxemia")."""
        if len(word) < 7 or not word.endswith(self.drug_stems):
            return False
        return any(
            word.endswith(stem)
            and len(word) - len(stem) >= 3
            and (stem not in self.science_endings or self._known_start(word[: -len(stem)]))
            for stem in self.drug_stems
        )

    def _known_start(self, start: str) -> bool:
        """Whether ``start`` is a common word, or a scientific term begins with it or with what
        follows a combining form or a common word at its head ("embryo" + "carcin-")."""
        science = self.attested.science
        return (
            self._common(start)
            or science.extends(start)
            or any(
                (start[:cut] in self.initial_forms or self._common(start[:cut]))
                and science.extends(start[cut:])
                for cut in range(KNOWN_HEAD_LETTERS, len(start) - 2)
            )
        )

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
