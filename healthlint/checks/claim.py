"""``claim`` and ``headline``: rules on the sentence analysis (claim strength, advice, hedges,
evidence) and on the claim signals of :mod:`healthlint.analysis.signals`.

``claim`` parameters (all optional; a sentence must satisfy every one given):
``claim_strength`` / ``advice_strength`` (lists of accepted values), ``hedged``,
``evidence``, ``negated``, ``generic`` (booleans the analysis must equal), ``skip_modals``
(modals that exempt a claim: ``[can, may]``), ``signal`` (flag each occurrence of this signal
instead of the whole sentence), ``unless_nearby`` (a signal that, in the same sentence or the
next one of its paragraph, excuses the hit), ``unless_document`` (a signal that anywhere in the
article excuses every hit), ``skip_blocks`` (block kinds to ignore).

``headline`` flags a title whose claim is stronger than anything the body supports:
parameters ``claim_strength`` (title strengths to check, default ``[direct_causal]``) and
``skip_modals``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, get_args

from spacy.tokens import Span

from healthlint.analysis.advice import AdviceStrength
from healthlint.analysis.citations import reference_blocks
from healthlint.analysis.claims import ClaimStrength
from healthlint.analysis.sentences import SentenceAnalysis, claim_sentences, sentence_analyses
from healthlint.analysis.signals import SIGNALS, Signal
from healthlint.checks.base import Check, CheckError, Hit, optional
from healthlint.context import LintContext

BOOLEAN_FILTERS = ("hedged", "evidence", "negated", "generic")
BLOCK_KINDS = frozenset({"title", "heading", "paragraph", "list_item", "quote", "table_cell"})


def _signal_name(params: Mapping[str, Any], name: str) -> str | None:
    value = optional(params, name, str, None)
    if value is not None and value not in SIGNALS:
        raise CheckError(f"unknown {name} {value!r} (known: {', '.join(sorted(SIGNALS))})")
    return value


def _choices(params: Mapping[str, Any], name: str, allowed: tuple[str, ...]) -> frozenset[str]:
    values = optional(params, name, list, list(allowed))
    unknown = set(values) - set(allowed)
    if unknown:
        raise CheckError(f"{name}: unknown value(s) {', '.join(sorted(map(str, unknown)))}")
    return frozenset(values)


class ClaimCheck(Check):
    """Flag sentences (or signals in them) whose analysis matches the rule's filters."""

    kind: ClassVar[str] = "claim"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "lemmas", "parse"})
    parameters: ClassVar[Mapping[str, str]] = {
        "claim_strength": "claim strengths to flag (none, correlational, conditional_causal, "
        "direct_causal)",
        "advice_strength": "advice strengths to flag (none, weak, strong)",
        "hedged": "flag only sentences whose hedged flag equals this",
        "evidence": "flag only sentences whose evidence flag equals this",
        "negated": "flag only sentences whose negated flag equals this",
        "generic": "flag only claims stated (or not) as present-tense general truths",
        "skip_modals": "modals that exempt a claim, e.g. [can, may]",
        "signal": f"flag each occurrence of a signal: {', '.join(sorted(SIGNALS))}",
        "unless_nearby": "a signal that excuses a hit in the same or the next sentence",
        "unless_document": "a signal that excuses every hit when found anywhere in the article",
        "skip_blocks": "block kinds to ignore: title, heading, paragraph, list_item, quote, ...",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.claim_strengths = _choices(params, "claim_strength", get_args(ClaimStrength))
        self.advice_strengths = _choices(params, "advice_strength", get_args(AdviceStrength))
        self.flags = {
            name: bool(params[name])
            for name in BOOLEAN_FILTERS
            if optional(params, name, bool, None) is not None
        }
        self.skip_modals = frozenset(optional(params, "skip_modals", list, []))
        self.signal = _signal_name(params, "signal")
        self.unless_nearby = _signal_name(params, "unless_nearby")
        self.unless_document = _signal_name(params, "unless_document")
        self.skip_blocks = (
            _choices(params, "skip_blocks", tuple(BLOCK_KINDS))
            if ("skip_blocks" in params)
            else frozenset()
        )

    def run(self, context: LintContext) -> Iterator[Hit]:
        if self.unless_document and _document_has(context, self.unless_document):
            return
        sentences = claim_sentences(context)
        analyses = sentence_analyses(context)
        excluded = _reference_offsets(context)
        for index, (sentence, analysis) in enumerate(zip(sentences, analyses, strict=True)):
            if sentence.start_char in excluded or not self._matches(analysis):
                continue
            block = context.block_of(sentence)
            if block is not None and block.kind in self.skip_blocks:
                continue
            if self.unless_nearby and self._excused(context, sentences, index):
                continue
            yield from self._hits(context, sentence, analysis)

    def _matches(self, analysis: SentenceAnalysis) -> bool:
        if analysis.claim_strength not in self.claim_strengths:
            return False
        if analysis.advice_strength not in self.advice_strengths:
            return False
        if analysis.claim_modal in self.skip_modals:
            return False
        return all(getattr(analysis, name) is value for name, value in self.flags.items())

    def _excused(self, context: LintContext, sentences: list[Span], index: int) -> bool:
        finder = SIGNALS[self.unless_nearby]
        neighbours = [sentences[index]]
        if index + 1 < len(sentences):
            following = sentences[index + 1]
            if context.block_of(following) == context.block_of(sentences[index]):
                neighbours.append(following)
        return any(finder(sentence) for sentence in neighbours)

    def _hits(
        self, context: LintContext, sentence: Span, analysis: SentenceAnalysis
    ) -> Iterator[Hit]:
        data = {
            "claim_strength": analysis.claim_strength,
            "advice_strength": analysis.advice_strength,
            "hedged": analysis.hedged,
            "evidence": analysis.evidence,
            "claim_cue": analysis.claim_cue,
        }
        if self.signal is None:
            yield Hit(
                sentence.start_char, sentence.end_char, data={**data, "cue": analysis.claim_cue}
            )
            return
        signals: list[Signal] = context.memo(
            f"claim.signal.{self.signal}.{sentence.start_char}",
            lambda: SIGNALS[self.signal](sentence),
        )
        for signal in signals:
            yield Hit(signal.start, signal.end, data={**data, "cue": signal.cue})


class HeadlineCheck(Check):
    """Flag a title that claims a cause the body does not back with cited, unhedged text."""

    kind: ClassVar[str] = "headline"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "lemmas", "parse"})
    parameters: ClassVar[Mapping[str, str]] = {
        "claim_strength": "title claim strengths to check (default [direct_causal])",
        "skip_modals": "modals that exempt the title's claim, e.g. [can, may]",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.claim_strengths = (
            _choices(params, "claim_strength", get_args(ClaimStrength))
            if "claim_strength" in params
            else frozenset({"direct_causal"})
        )
        self.skip_modals = frozenset(optional(params, "skip_modals", list, []))

    def run(self, context: LintContext) -> Iterator[Hit]:
        title = context.document.title
        if title is None:
            return
        analyses = sentence_analyses(context)
        headline = [a for a in analyses if title.start <= a.start < title.end]
        body = [a for a in analyses if not _in_heading(context, a)]
        if not body:
            return
        supported = any(
            a.claim_strength == "direct_causal" and a.evidence and not a.hedged and not a.negated
            for a in body
        )
        if supported:
            return
        strongest = _strongest(body)
        for analysis in headline:
            if (
                analysis.claim_strength in self.claim_strengths
                and not analysis.negated
                and not analysis.hedged
                and analysis.claim_modal not in self.skip_modals
            ):
                yield Hit(
                    analysis.start,
                    analysis.end,
                    data={
                        "claim_strength": analysis.claim_strength,
                        "body_strength": strongest,
                        "claim_cue": analysis.claim_cue,
                    },
                )


def _in_heading(context: LintContext, analysis: SentenceAnalysis) -> bool:
    block = context.document.block_at(analysis.start)
    return block is not None and block.is_heading


def _strongest(analyses: list[SentenceAnalysis]) -> str:
    """The strongest claim the body makes with support, in words for the message."""
    supported = [a for a in analyses if a.evidence and a.claim_strength != "none"]
    if any(a.claim_strength == "direct_causal" and a.hedged for a in supported):
        return "hedged causal claims"
    if supported:
        return "hedged or correlational claims"
    return "no cited claim"


def _document_has(context: LintContext, signal: str) -> bool:
    finder = SIGNALS[signal]
    return context.memo(
        f"claim.document.{signal}",
        lambda: any(finder(sentence) for sentence in context.sentences()),
    )


def _reference_offsets(context: LintContext) -> frozenset[int]:
    """Sentence starts inside a references section (reference entries are not claims)."""

    def compute() -> frozenset[int]:
        blocks = reference_blocks(context.document)
        return frozenset(
            sentence.start_char
            for sentence in context.sentences()
            if any(block.start <= sentence.start_char < block.end for block in blocks)
        )

    return context.memo("claim.reference_offsets", compute)
