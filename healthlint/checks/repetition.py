"""``repetition``: a word written twice in a row ("the the"), across a line break too, but
not across a blank line (a heading and the paragraph under it are separate).

Words are compared whole: "you you're" is no repeat ("you're" is one word the tokenizer
splits), nor is "A A/G" (a sequence) or "AS as" (an acronym beside the word it spells).

Parameters: ``allow`` — words that may be doubled on purpose ("that that", "had had").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Final

from spacy.tokens import Token

from healthlint.checks.base import Check, CheckError, Hit, optional
from healthlint.context import LintContext

#: Characters that join a token to its neighbour into one written word ("A/G", "e-mail").
JOINERS: Final = frozenset("'’/-‐_@\\")


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
            if previous is not None and self._repeats(previous, token):
                yield Hit(
                    previous.idx,
                    token.idx + len(token.text),
                    data={"word": token.text},
                    suggestions=(previous.text,),
                )
            previous = token

    def _repeats(self, previous: Token, token: Token) -> bool:
        return (
            token.is_alpha
            and token.lower_ == previous.lower_
            and token.lower_ not in self.allow
            and "\n\n" not in previous.whitespace_
            and _whole_word(previous)
            and _whole_word(token)
            and not _acronym_beside_word(previous.text, token.text)
        )


def _whole_word(token: Token) -> bool:
    """Whether ``token`` is a written word by itself, not a piece the tokenizer cut from one
    ("you" of "you're", "A" of "A/G")."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    glued_before = before is not None and not before.whitespace_ and _joins(before.text[-1])
    glued_after = after is not None and not token.whitespace_ and _joins(after.text[0])
    return not (glued_before or glued_after)


def _joins(character: str) -> bool:
    return character.isalnum() or character in JOINERS


def _acronym_beside_word(first: str, second: str) -> bool:
    """One of the two is in capitals and the other is not: "AS as", "A a"."""
    return first.isupper() != second.isupper()
