"""``spelling``: words the embedded spell checker (general English + medical vocabulary +
the project's ``[vocabulary]``) does not know, with ranked corrections spelled in the
article's dialect (:func:`~healthlint.checks.dialect.article_dialect`).

Parameters: ``max_suggestions`` (default 3).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from healthlint.checks.base import Check, Hit, optional
from healthlint.checks.dialect import article_dialect, in_dialect
from healthlint.context import LintContext
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.speller import misspellings


class SpellingCheck(Check):
    """Flag misspelled words; skip names, acronyms, numbers, URLs and code."""

    kind: ClassVar[str] = "spelling"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "tags"})
    parameters: ClassVar[Mapping[str, str]] = {
        "max_suggestions": "how many corrections to offer (default 3)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.max_suggestions = int(optional(params, "max_suggestions", int, 3))

    def run(self, context: LintContext) -> Iterator[Hit]:
        lexicon = default_lexicon()
        if not lexicon.attested.usage:
            context.warn(
                "HL401 runs without wordfreq's usage list (the wordfreq package is not "
                "installed), so more rare correct words are flagged; reinstall healthlint"
            )
        if not lexicon.misspellings:
            context.warn(
                "HL401 runs without codespell's list of common misspellings (the codespell "
                "package is not installed), so fewer typos are caught; reinstall healthlint"
            )
        if not lexicon.phrases:
            context.warn(
                "HL401 runs without symspellpy's list of common phrases (the symspellpy "
                "package is not installed), so phrases run together ('bloodpressure') are "
                "not caught; reinstall healthlint"
            )
        words = list(misspellings(context))
        dialect = article_dialect(context) if words else None
        for word in words:
            spelled = (
                word.suggestions
                if dialect is None
                else in_dialect(word.suggestions, dialect, context)
            )
            suggestions = spelled[: self.max_suggestions]
            if word.rejected_by_vocabulary:
                message = f"'{word.text}' is on the project's reject list"
            elif suggestions:
                message = f"'{word.text}' may be misspelled: did you mean '{suggestions[0]}'?"
            else:
                message = (
                    f"'{word.text}' is not in the dictionary; if it is right, add it to "
                    "[vocabulary] accept"
                )
            yield Hit(
                word.start,
                word.end,
                data={"word": word.text},
                suggestions=suggestions,
                message=message,
            )
