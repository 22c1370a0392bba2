"""The document-level evidence the HL2xx rules look for, and the conditions that make it
necessary, by name.

:data:`ITEMS` maps an item (``author``, ``disclaimer``, ``sources``, ...) to a finder that
returns :class:`Evidence` of it or ``None``; :data:`CONDITIONS` maps a condition
(``health-content``, ``recommends-treatment``, ``red-flags``, ...) to a finder that returns
where the condition first holds. The ``requirement`` check kind combines the two: "item X
must be present when condition Y holds". Every finding is memoised on the lint context, so
rules that share an analysis compute it once per article.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from healthlint.analysis.disclosure.bylines import author_evidence, reviewer_evidence
from healthlint.analysis.disclosure.dates import found_dates
from healthlint.analysis.disclosure.evidence import Evidence
from healthlint.analysis.disclosure.house_disclaimer import DisclaimerMatch, find_house_disclaimer
from healthlint.analysis.disclosure.notices import (
    consult_evidence,
    disclaimer_evidence,
    disclosure_evidence,
    emergency_evidence,
    fda_statement_evidence,
    promotion_condition,
    red_flag_condition,
    supplement_claim_condition,
)
from healthlint.analysis.disclosure.recommendations import (
    health_content_condition,
    recommends_treatment_condition,
)
from healthlint.analysis.disclosure.references import sources_evidence
from healthlint.config import Config
from healthlint.context import LintContext

__all__ = [
    "CONDITIONS",
    "ITEMS",
    "Detector",
    "Evidence",
    "house_disclaimer_match",
    "is_required",
    "requirement_items",
]

Finder = Callable[[LintContext], "Evidence | None"]
PARSE = frozenset({"sentences", "tags", "lemmas", "parse"})
SENTENCES = frozenset({"sentences"})


@dataclass(frozen=True)
class Detector:
    """A named item or condition: how to find it, what the pipeline must provide, and (for
    items) how an author adds it."""

    find: Finder
    needs: frozenset[str] = SENTENCES
    how: str = ""


def house_disclaimer_match(context: LintContext) -> DisclaimerMatch | None:
    """The configured house disclaimer's best match in the prose (``None`` when not configured
    or not found)."""
    disclaimer = context.config.house_disclaimer
    if not disclaimer:
        return None
    return context.memo(
        "disclosure.house_disclaimer", lambda: find_house_disclaimer(context.text, disclaimer)
    )


def _any_disclaimer(context: LintContext) -> Evidence | None:
    found = disclaimer_evidence(context)
    if found is None and (match := house_disclaimer_match(context)) is not None:
        found = Evidence("prose", "house disclaimer", match.start, match.end)
    return found


def _any_date(context: LintContext) -> Evidence | None:
    dates = found_dates(context)
    if not dates:
        return None
    first = dates[0]
    return Evidence(
        "metadata" if first.start is None else "prose", first.text, first.start, first.end
    )


def _always(_context: LintContext) -> Evidence | None:
    return Evidence("rule", "always")


ITEMS: dict[str, Detector] = {
    "disclaimer": Detector(
        _any_disclaimer,
        how="add a short notice such as 'This article is for general information and is not a "
        "substitute for advice from your doctor.'",
    ),
    "consult-professional": Detector(
        consult_evidence,
        how="tell readers to talk to a doctor or pharmacist before starting, stopping or "
        "changing a treatment",
    ),
    "emergency-guidance": Detector(
        emergency_evidence,
        how="say when to call an emergency number (911, 999, 112) or a crisis line such as 988",
    ),
    "author": Detector(
        author_evidence,
        how="add a byline ('By Jane Doe, RN') or an 'author' entry in the front matter or "
        "meta tags",
    ),
    "reviewer": Detector(
        reviewer_evidence,
        how="add 'Medically reviewed by <name, credentials>' or a 'reviewed_by' metadata entry",
    ),
    "date": Detector(
        _any_date,
        how="add a visible 'Published' or 'Last reviewed' date, or 'date'/'last_reviewed' metadata",
    ),
    "sources": Detector(
        sources_evidence,
        how="add a 'References' section or link the studies and guidelines the facts come from",
    ),
    "disclosure": Detector(
        disclosure_evidence,
        how="state who paid for the article and whether links earn a commission, near the top",
    ),
    "fda-statement": Detector(
        fda_statement_evidence,
        how="add: 'These statements have not been evaluated by the Food and Drug Administration. "
        "This product is not intended to diagnose, treat, cure, or prevent any disease.'",
    ),
}

CONDITIONS: dict[str, Detector] = {
    "always": Detector(_always),
    "health-content": Detector(health_content_condition),
    "recommends-treatment": Detector(recommends_treatment_condition, needs=PARSE),
    "red-flags": Detector(red_flag_condition),
    "promotion": Detector(promotion_condition),
    "supplement-claims": Detector(supplement_claim_condition),
}


HOUSE_DISCLAIMER_ITEM = "house-disclaimer"


def requirement_items(extra_packs: Iterable[Path] = ()) -> tuple[str, ...]:
    """Every item name ``require`` / ``per-file-require`` may name: the built-in items, the
    house disclaimer, and the ``item`` of every ``requirement`` rule in the built-in, plugin
    and given rule packs."""
    from healthlint.registry import builtin_rule_set, load_rule_set  # here: import cycle

    packs = tuple(extra_packs)
    rule_set = load_rule_set(packs) if packs else builtin_rule_set()
    declared = [
        str(rule.params["item"])
        for rule in rule_set.rules.values()
        if rule.check == "requirement" and "item" in rule.params
    ]
    return tuple(dict.fromkeys([*ITEMS, HOUSE_DISCLAIMER_ITEM, *declared]))


def is_required(item: str, config: Config, path: str | None, default: bool) -> bool:
    """Whether ``item`` is required for the article at ``path``.

    ``per-file-require`` (the last matching glob that names the item) wins over ``require``,
    which wins over the rule's default for the configured audience.
    """
    required = config.require.get(item, default)
    if path is None or not config.per_file_require:
        return required
    relative = _relative(path, config)
    for pattern, items in config.per_file_require.items():
        if item in items and (
            fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern)
        ):
            required = items[item]
    return required


def _relative(path: str, config: Config) -> str:
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(absolute, config.root)).as_posix()
