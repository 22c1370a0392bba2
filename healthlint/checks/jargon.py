"""``jargon``: medical jargon that has a plain alternative, unless the article explains the
term where it first appears ("hypertension (high blood pressure)", "…, which means …"; see
:mod:`healthlint.analysis.jargon`). Each term is reported once, at its first use.

Parameters: ``lexicon`` (``builtin`` for the bundled list of about 600 terms, or ``none``),
``terms`` (more terms: a mapping term → plain alternative or list of them), ``ignore`` (terms
never flagged), ``skip_blocks`` (default title and heading: a heading names the topic).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property
from typing import Any, ClassVar

from healthlint.analysis.jargon import JargonMatcher, JargonUse
from healthlint.analysis.plain_language import JargonTerm, parse_jargon
from healthlint.analysis.readability import jargon_uses
from healthlint.checks.base import Check, CheckError, Hit, optional
from healthlint.context import LintContext


class JargonCheck(Check):
    """Flag the first, unexplained use of each jargon term, suggesting plain words."""

    kind: ClassVar[str] = "jargon"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "lemmas"})
    parameters: ClassVar[Mapping[str, str]] = {
        "lexicon": "'builtin' (the bundled lexicon, default) or 'none'",
        "terms": "extra terms: a mapping term -> plain alternative(s)",
        "ignore": "terms never flagged",
        "skip_blocks": "block kinds to ignore (default: title, heading)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.lexicon = optional(params, "lexicon", str, "builtin")
        if self.lexicon not in ("builtin", "none"):
            raise CheckError("'lexicon' must be 'builtin' or 'none'")
        self.extra = _extra_terms(optional(params, "terms", dict, {}))
        self.ignore = frozenset(term.lower() for term in optional(params, "ignore", list, []))
        self.skip_blocks = frozenset(optional(params, "skip_blocks", list, ["title", "heading"]))
        if self.lexicon == "none" and not self.extra:
            raise CheckError("no terms: give 'terms' or use the builtin lexicon")

    @cached_property
    def _extra_matcher(self) -> JargonMatcher | None:
        return JargonMatcher(self.extra) if self.extra else None

    def run(self, context: LintContext) -> Iterator[Hit]:
        uses: list[JargonUse] = []
        if self.lexicon == "builtin":
            uses.extend(jargon_uses(context))
        if self._extra_matcher is not None:
            uses.extend(self._extra_matcher.find(context.doc))
            uses.sort(key=lambda use: (use.start, -use.end))
        seen: set[str] = set()
        covered_until = -1
        for use in uses:
            if use.start < covered_until or use.term.term in seen:
                continue
            if use.term.term in self.ignore:
                continue
            block = context.document.block_at(use.start_char)
            if block is not None and block.kind in self.skip_blocks:
                continue
            seen.add(use.term.term)
            covered_until = use.end
            if use.explained:
                continue
            yield Hit(
                use.start_char,
                use.end_char,
                data={"term": use.term.term, "plain": use.term.plain[0]},
                suggestions=use.term.plain,
            )


def _extra_terms(raw: Mapping[str, Any]) -> tuple[JargonTerm, ...]:
    lines = []
    for term, plain in raw.items():
        alternatives = [plain] if isinstance(plain, str) else plain
        if not isinstance(term, str) or not isinstance(alternatives, list) or not alternatives:
            raise CheckError(f"jargon term {term!r} needs a plain alternative or a list of them")
        lines.append(f"{term}\t{' | '.join(str(item) for item in alternatives)}")
    try:
        return parse_jargon("\n".join(lines))
    except ValueError as error:
        raise CheckError(str(error)) from None
