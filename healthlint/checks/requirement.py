"""``requirement``: a document-level check — item X must be present when condition Y holds.

Parameters:

- ``item``: what must be present. A built-in item (``disclaimer``, ``consult-professional``,
  ``emergency-guidance``, ``author``, ``reviewer``, ``date``, ``sources``, ``disclosure``,
  ``fda-statement``), or any name when ``item_patterns`` says how to find it. The name is
  also the key of the ``require`` and ``per-file-require`` configuration tables.
- ``item_patterns``: regular expressions; the item is present when one matches the prose.
- ``when``: the condition (``always``, ``health-content``, ``recommends-treatment``,
  ``red-flags``, ``promotion``, ``supplement-claims``); default ``always``.
- ``when_patterns``: regular expressions; the condition holds when one matches the prose.
- ``required``: whether the item is required by default (default true);
  ``required_for``: audiences for which it is required by default (others: not required).
  Configuration (``require``, ``per-file-require``) overrides both.
- ``at``: where the finding points — ``title`` (default; line 1 without a title) or
  ``condition`` (where the condition first holds, e.g. the first red-flag symptom).
- ``how``: how to add the item (shown as a suggestion; built-in items have a default).
- ``min_words``: a document with fewer words and no title over its text is a fragment (a
  snippet in an editor, a rule example), not an article, and is skipped (default 50).

Patterns use the lexicon's conventions: case-insensitive, a space matches any whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from spacy.attrs import IS_ALPHA

from healthlint.analysis.disclosure import CONDITIONS, ITEMS, Detector, is_required
from healthlint.analysis.disclosure.evidence import Evidence, search_prose, title_span
from healthlint.analysis.disclosure.lexicon import compile_pattern
from healthlint.checks.base import Check, CheckError, Hit, optional, require
from healthlint.config import AUDIENCES
from healthlint.context import LintContext

POSITIONS = ("title", "condition")
DEFAULT_MIN_WORDS = 50


BECAUSE_MAX_CHARS = 60


def shorten(text: str, limit: int = BECAUSE_MAX_CHARS) -> str:
    """A one-line excerpt of at most ``limit`` characters, cut at a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def word_count(context: LintContext) -> int:
    """Words in the article's prose (memoised)."""
    return context.memo("disclosure.words", lambda: context.doc.count_by(IS_ALPHA).get(1, 0))


def is_article(context: LintContext, min_words: int) -> bool:
    """A whole article rather than a fragment: long enough, or a title over some text."""
    document = context.document
    titled = document.title is not None and len(document.blocks) >= 2
    return titled or word_count(context) >= min_words


class RequirementCheck(Check):
    """Report a missing item — a disclaimer, a byline, a date — when the article needs it."""

    kind: ClassVar[str] = "requirement"
    parameters: ClassVar[Mapping[str, str]] = {
        "item": "the item that must be present (a built-in item, or a name for item_patterns)",
        "item_patterns": "regular expressions that find the item in the prose",
        "when": "the condition under which the item is needed (default: always)",
        "when_patterns": "regular expressions whose match makes the item necessary",
        "required": "whether the item is required by default (default true)",
        "required_for": "audiences for which the item is required by default",
        "at": "where a finding points: title (default) or condition",
        "how": "how to add the item (a suggestion)",
        "min_words": "skip untitled documents shorter than this many words (default 50)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.item = require(params, "item", str)
        self.item_detector = self._detector(
            "item", self.item, optional(params, "item_patterns", list, None), ITEMS
        )
        self.when = optional(params, "when", str, "always")
        self.condition = self._detector(
            "when", self.when, optional(params, "when_patterns", list, None), CONDITIONS
        )
        self.required = bool(optional(params, "required", bool, True))
        self.required_for = tuple(optional(params, "required_for", list, []))
        unknown = set(self.required_for) - set(AUDIENCES)
        if unknown:
            raise CheckError(f"unknown audience(s) in 'required_for': {', '.join(sorted(unknown))}")
        self.at = optional(params, "at", str, "title")
        if self.at not in POSITIONS:
            raise CheckError(f"'at' must be one of {', '.join(POSITIONS)}, not {self.at!r}")
        self.how = optional(params, "how", str, self.item_detector.how)
        self.min_words = optional(params, "min_words", int, DEFAULT_MIN_WORDS)
        self.needs = self.item_detector.needs | self.condition.needs

    @staticmethod
    def _detector(
        name: str, value: str, patterns: list | None, known: Mapping[str, Detector]
    ) -> Detector:
        if patterns is None:
            if value not in known:
                raise CheckError(
                    f"unknown {name} {value!r} (built-in: {', '.join(known)}; or give "
                    f"{name}_patterns)"
                )
            return known[value]
        if not patterns or not all(isinstance(item, str) and item for item in patterns):
            raise CheckError(f"'{name}_patterns' must be a non-empty list of strings")
        try:
            pattern = compile_pattern("|".join(f"(?:{item})" for item in patterns))
        except re.error as error:
            raise CheckError(
                f"'{name}_patterns' has an invalid regular expression: {error}"
            ) from None

        def find(context: LintContext) -> Evidence | None:
            return search_prose(context, f"{name}.{value}.{pattern.pattern}", pattern)

        return Detector(find)

    def _required(self, context: LintContext) -> bool:
        config = context.config
        default = self.required and (not self.required_for or config.audience in self.required_for)
        return is_required(self.item, config, context.document.path, default)

    def run(self, context: LintContext) -> Iterator[Hit]:
        if not is_article(context, self.min_words) or not self._required(context):
            return
        condition = self.condition.find(context)
        if condition is None or self.item_detector.find(context) is not None:
            return
        data = {"item": self.item, "condition": self.when, "because": shorten(condition.detail)}
        suggestions = (self.how,) if self.how else ()
        if self.at == "condition" and condition.start is not None:
            end = condition.end if condition.end is not None else condition.start + 1
            yield Hit(condition.start, end, data=data, suggestions=suggestions)
            return
        start, end, in_source = title_span(context)
        yield Hit(start, end, data=data, suggestions=suggestions, in_source=in_source)
