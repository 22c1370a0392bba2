"""``confusables``: commonly confused words decided by context (their/there, its/it's,
then/than, affect/effect, lose/loose, complement/compliment, advice/advise,
breath/breathe, dose/doze, prescribe/proscribe, your/you're, their/they're, whose/who's,
lead/led, weather/whether, prostate/prostrate, mucus/mucous, elicit/illicit). The detectors
live in :mod:`healthlint.language.confusables`.

Parameters: ``pairs`` — which detector groups to run (default: all).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from spacy.tokens import Token

from healthlint.checks.base import Check, CheckError, Hit, optional
from healthlint.context import LintContext
from healthlint.language.confusables import DETECTORS, detectors_by_word


class ConfusablesCheck(Check):
    """Flag a word that context shows should be its look-alike."""

    kind: ClassVar[str] = "confusables"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "tags", "lemmas", "parse"})
    parameters: ClassVar[Mapping[str, str]] = {
        "pairs": f"detector groups to run (default all): {', '.join(DETECTORS)}",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        pairs = optional(params, "pairs", list, list(DETECTORS))
        unknown = [pair for pair in pairs if pair not in DETECTORS]
        if unknown:
            raise CheckError(f"unknown confusable pair(s): {', '.join(map(str, unknown))}")
        detectors = tuple(detector for pair in pairs for detector in DETECTORS[pair])
        self.detectors = detectors_by_word(detectors)

    def run(self, context: LintContext) -> Iterator[Hit]:
        for sentence in context.sentences():
            for token in sentence:
                for detector in self.detectors.get(token.lower_, ()):
                    meant = detector(token)
                    if meant is None:
                        continue
                    end = token.idx + len(token.text)
                    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
                    if following is not None and _contraction_ending(token, following):
                        end = following.idx + len(following.text)  # "it's" is two tokens
                    written = context.text[token.idx : end]
                    yield Hit(
                        token.idx,
                        end,
                        data={"written": written, "meant": meant},
                        suggestions=(_case_like(written, meant),),
                    )
                    break


def _contraction_ending(token: Token, following: Token) -> bool:
    """Whether ``following`` is the rest of a contraction ``token`` starts ("'re" of "you're")."""
    return not token.whitespace_ and following.text[:1] in {"'", "’"}


def _case_like(written: str, meant: str) -> str:
    return meant[:1].upper() + meant[1:] if written[:1].isupper() else meant
