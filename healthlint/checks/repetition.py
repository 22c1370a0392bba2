"""``repetition``: a word written twice in a row ("the the"), across a line break too, but
not across a blank line (a heading and the paragraph under it are separate).

Parameters: ``allow`` — words that may be doubled on purpose ("that that", "had had").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from spacy.tokens import Token

from healthlint.checks.base import Check, CheckError, Hit, optional
from healthlint.context import LintContext


class RepetitionCheck(Check):
    """Flag the second of two identical consecutive words."""

    kind: ClassVar[str] = "repetition"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences"})
    parameters: ClassVar[Mapping[str, str]] = {
        "allow": "words that may be doubled on purpose (case-insensitive)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        allow = optional(params, "allow", list, [])
        if not all(isinstance(word, str) for word in allow):
            raise CheckError("'allow' must be a list of strings (quote yes/no in YAML)")
        self.allow = frozenset(word.lower() for word in allow)

    def run(self, context: LintContext) -> Iterator[Hit]:
        previous: Token | None = None
        for token in context.doc:
            if token.is_space:
                if "\n\n" in token.text:
                    previous = None
                continue
            if (
                previous is not None
                and token.is_alpha
                and token.lower_ == previous.lower_
                and token.lower_ not in self.allow
                and "\n\n" not in previous.whitespace_
            ):
                yield Hit(
                    previous.idx,
                    token.idx + len(token.text),
                    data={"word": token.text},
                    suggestions=(previous.text,),
                )
            previous = token
