"""Fit the costs that rank spelling suggestions to real misspellings, by coordinate descent.

The costs are ``RANKING_SLIPS`` (what each kind of slip costs, a
:class:`~healthlint.language.channel.SlipCosts`) and the constants of
:mod:`healthlint.language.suggest` (a candidate's rarity, a changed first letter, a split, a
name). They are fitted on misspellings no benchmark measures:

- 1,500 of codespell's list (seed 11) from those ``benchmarks/spelling_accuracy.py`` leaves
  out of its own sample, ranked with the list's corrections switched off;
- the even rows of ``../shared/corpora/spelling/aspell_pairs.tsv`` (the tuning half; the odd
  rows are held out), counted ``ASPELL_WEIGHT`` times, as they are the harder list.

The score is the number of corrections ranked first plus the number among the first three.
Each sweep tries every constant at ``FACTORS`` times its value and keeps the first change that
raises the score by ``LEAST_GAIN`` or more; it stops after ``--sweeps`` sweeps or when no
change helps. It prints each change, then the held-out figures (aspell's odd rows, the
benchmark's codespell sample) before and after. It changes no file: copy the values it
prints into :mod:`healthlint.language.suggest`. The speller's typo gates count slips with the
channel's own costs (``SLIPS``), so what it flags does not move.

Run: ``.venv/bin/python tools/tune_suggestion_costs.py [--sweeps N]`` (about 10 s a trial;
needs ../shared and codespell).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from healthlint.language import suggest
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.lexicon import Lexicon

Pairs = list[tuple[str, str]]
SLIP_FIELDS = tuple(field.name for field in dataclasses.fields(suggest.RANKING_SLIPS))
SUGGEST_COSTS = (
    *("FREQUENCY_WEIGHT", "NAME_COST", "FIRST_LETTER_COST", "FIRST_SOUND_COST"),
    *("APOSTROPHE_COST", "SPLIT_COST", "CONTENT_SPLIT_COST", "SOUND_BONUS"),
    *("ABBREVIATION_COST", "LENGTH_ALLOWANCE", "MAX_COST", "MAX_SOUND_COST"),
)
FACTORS = (0.8, 1.25, 0.9, 1.1)
ASPELL_WEIGHT = 3
LEAST_GAIN = 1
TRAINING_PAIRS = 1500
TRAINING_SEED = 11


def _benchmark() -> ModuleType:
    """``benchmarks/spelling_accuracy.py``, for its lists of pairs."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "spelling_accuracy.py"
    spec = importlib.util.spec_from_file_location("spelling_accuracy", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def current_costs() -> dict[str, float]:
    """The costs :mod:`healthlint.language.suggest` holds now."""
    slips = {name: getattr(suggest.RANKING_SLIPS, name) for name in SLIP_FIELDS}
    return {**slips, **{name: getattr(suggest, name) for name in SUGGEST_COSTS}}


def apply_costs(costs: dict[str, float]) -> None:
    """Set the costs in :mod:`healthlint.language.suggest`, and clear what was computed from
    them."""
    slips = {name: value for name, value in costs.items() if name in SLIP_FIELDS}
    suggest.RANKING_SLIPS = dataclasses.replace(suggest.RANKING_SLIPS, **slips)
    for name, value in costs.items():
        if name not in SLIP_FIELDS:
            setattr(suggest, name, value)
    suggest._word_cost.cache_clear()


def ranked(pairs: Pairs, lexicon: Lexicon, known: Lexicon) -> tuple[int, int]:
    """How many corrections are first, and among the first three, of the misspellings
    ``known`` does not accept."""
    first = top3 = 0
    for wrong, right in pairs:
        if known.is_known(wrong.lower()) or known.is_known(wrong):
            continue
        suggestions = [found.lower() for found in suggest.suggest(wrong, lexicon, 3)]
        first += suggestions[:1] == [right.lower()]
        top3 += right.lower() in suggestions
    return first, top3


@dataclasses.dataclass
class Tuning:
    """The pairs to fit and to check, and the lexicons to rank them with."""

    listed: Lexicon
    unlisted: Lexicon
    codespell: Pairs
    aspell_even: Pairs
    #: name → the pairs and the lexicon they are ranked with
    held_out: dict[str, tuple[Pairs, Lexicon]]

    def score(self, costs: dict[str, float]) -> int:
        """The training score of ``costs``: first plus first three, aspell's weighted."""
        apply_costs(costs)
        codespell = ranked(self.codespell, self.unlisted, self.listed)
        aspell = ranked(self.aspell_even, self.listed, self.listed)
        return sum(codespell) + ASPELL_WEIGHT * sum(aspell)

    def report(self, label: str, costs: dict[str, float]) -> None:
        apply_costs(costs)
        for name, (pairs, lexicon) in self.held_out.items():
            first, top3 = ranked(pairs, lexicon, self.listed)
            print(f"{label} {name}: first {first}, first three {top3} of {len(pairs)}")


def _tuning() -> Tuning:
    benchmark = _benchmark()
    listed = default_lexicon()
    unlisted = dataclasses.replace(listed, misspellings={})
    measured, rest = benchmark.listed_misspelling_pairs()
    training = benchmark.stable_shuffle(rest, seed=TRAINING_SEED)[:TRAINING_PAIRS]
    aspell = benchmark.aspell_pairs()
    # the candidates do not depend on the costs: find each word's once
    suggest.candidates = lru_cache(maxsize=None)(suggest.candidates)
    suggest.sound_alikes = lru_cache(maxsize=None)(suggest.sound_alikes)
    return Tuning(
        listed=listed,
        unlisted=unlisted,
        codespell=training,
        aspell_even=aspell[0::2],
        held_out={
            "aspell odd rows": (aspell[1::2], listed),
            "codespell benchmark sample": (measured, unlisted),
        },
    )


def descend(tuning: Tuning, start: dict[str, float], sweeps: int) -> dict[str, float]:
    """The costs coordinate descent reaches from ``start``."""
    best, best_score = dict(start), tuning.score(start)
    print(f"start: score {best_score}")
    for sweep in range(sweeps):
        changed = False
        for name in best:
            for factor in FACTORS:
                trial = {**best, name: round(best[name] * factor, 2)}
                score = tuning.score(trial)
                if score >= best_score + LEAST_GAIN:
                    best, best_score, changed = trial, score, True
                    print(f"sweep {sweep + 1}: {name} = {trial[name]} (score {score})")
                    break
        if not changed:
            break
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweeps", type=int, default=1)
    arguments = parser.parse_args()
    tuning = _tuning()
    start = current_costs()
    tuning.report("before", start)
    best = descend(tuning, start, arguments.sweeps)
    tuning.report("after", best)
    for name, value in best.items():
        if value != start[name]:
            where = "RANKING_SLIPS." if name in SLIP_FIELDS else ""
            print(f"{where}{name} = {value}  (was {start[name]})")


if __name__ == "__main__":
    main()
