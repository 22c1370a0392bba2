"""Sentence analysis: claim strength, advice strength, hedges and evidence, per sentence.

Computed once per article (:func:`sentence_analyses` memoises it on the lint context) and read
by the HL1xx rules; :func:`analyze_text` is the public ``healthlint.analyze``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from healthlint.analysis.advice import AdviceStrength, advice_strength
from healthlint.analysis.citations import citation_spans, has_reference_list, source_kinds
from healthlint.analysis.claim_form import claim_modal, is_generic
from healthlint.analysis.claims import ClaimStrength, claim_cues, claim_strength
from healthlint.analysis.hedging import find_hedges
from healthlint.context import LintContext
from healthlint.document import Document

#: Evidence kinds that frame the rest of their paragraph.
FRAMING_KINDS = frozenset({"named_source", "study"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "cannot"})


@dataclass(frozen=True)
class SentenceAnalysis:
    """What one sentence claims and advises, how tentatively, and what supports it.

    ``start``/``end`` are prose offsets (offsets into the text given to
    :func:`analyze_text`). ``evidence`` is true when the sentence carries support itself or,
    in an article without a reference list, when a source named earlier in its paragraph
    frames it. ``negated`` marks a
    denied relation ("does not cure"); ``claim_cue`` is the word that states the relation,
    ``claim_modal`` the modal on it ("can", "may", "will"); ``generic`` says it is stated in the
    present tense as a general truth ("Sugar causes cancer"), not reported as a finding.
    """

    text: str
    start: int
    end: int
    claim_strength: Literal["none", "correlational", "conditional_causal", "direct_causal"]
    advice_strength: Literal["none", "weak", "strong"]
    hedged: bool
    hedge_cues: tuple[str, ...]
    evidence: bool
    evidence_kinds: tuple[str, ...]
    negated: bool = False
    claim_cue: str = ""
    claim_modal: str = ""
    generic: bool = False


def sentence_analyses(context: LintContext) -> list[SentenceAnalysis]:
    """The analysis of every sentence of the article, computed once per article."""
    return context.memo(
        "sentence_analyses", lambda: analyze_sentences(claim_sentences(context), context.document)
    )


def claim_sentences(context: LintContext) -> list[Span]:
    """The article's sentences, with fragments the parser split off rejoined: in
    "Probiotics heal leaky gut." the small model sometimes ends a sentence after the first
    word. A piece with no closing punctuation followed, in the same block, by a piece that
    starts in lower case is one sentence, and so is a sentence followed by a piece with no
    words ("[1].")."""

    def compute() -> list[Span]:
        merged: list[Span] = []
        for sentence in context.sentences():
            if merged and _continues(context, merged[-1], sentence):
                merged[-1] = context.doc[merged[-1].start : sentence.end]
            else:
                merged.append(sentence)
        return merged

    return context.memo("claim_sentences", compute)


def _continues(context: LintContext, previous: Span, sentence: Span) -> bool:
    if context.block_of(previous) != context.block_of(sentence):
        return False
    if not any(token.is_alpha for token in sentence):
        return True  # a citation marker split off after the full stop: "[1]."
    if previous.text.rstrip()[-1:] in ".!?:;\"'”’)":
        return False
    return sentence.text.lstrip()[:1].islower()


def analyze_text(text: str) -> list[SentenceAnalysis]:
    """Analyse plain text sentence by sentence (the public ``healthlint.analyze``)."""
    from healthlint.config import Config
    from healthlint.formats import read_document
    from healthlint.nlp import get_pipeline

    document = read_document(text, None, "text")
    pipeline = get_pipeline(frozenset({"parse", "lemmas"}))
    context = LintContext(document, pipeline(document.text), Config(), pipeline.features)
    analyses = sentence_analyses(context)
    if document.text == text:
        return analyses
    return [_with_source_offsets(analysis, document) for analysis in analyses]


def analyze_sentences(sentences: list[Span], document: Document) -> list[SentenceAnalysis]:
    """Analyse each sentence, then attribute citations and spread support within paragraphs."""
    own = _own_evidence(sentences, document)
    if not has_reference_list(document):
        own = _spread_within_blocks(sentences, own, document)
    return [analyze_span(sentence, kinds) for sentence, kinds in zip(sentences, own, strict=True)]


def analyze_span(sentence: Span, evidence_kinds: tuple[str, ...] = ()) -> SentenceAnalysis:
    """Analyse one parsed sentence; ``evidence_kinds`` is the support found around it."""
    hedges = find_hedges(sentence)
    hedged_tokens = frozenset(index for _, index in hedges)
    cues = claim_cues(sentence)
    strength: ClaimStrength = claim_strength(sentence, cues, hedged_tokens)
    main = _main_cue(cues, strength)
    advice: AdviceStrength = advice_strength(sentence)
    return SentenceAnalysis(
        text=sentence.text,
        start=sentence.start_char,
        end=sentence.end_char,
        claim_strength=strength,
        advice_strength=advice,
        hedged=bool(hedges),
        hedge_cues=tuple(dict.fromkeys(cue for cue, _ in hedges)),
        evidence=bool(evidence_kinds),
        evidence_kinds=evidence_kinds,
        negated=main is not None and is_negated(main),
        claim_cue=main.text if main is not None else "",
        claim_modal=claim_modal(main) if main is not None else "",
        generic=main is not None and is_generic(main),
    )


def _main_cue(cues: list, strength: ClaimStrength) -> Token | None:
    if strength == "none":
        return None
    kind = "correlational" if strength == "correlational" else "causal"
    tokens = [cue.token for cue in cues if cue.kind == kind]
    return tokens[0] if tokens else None


def is_negated(token: Token) -> bool:
    """Whether a negation governs the word that states a relation ("does not cause", "no
    effect", "has not been shown to reduce")."""
    for word in (token, token.head, *(c for c in token.children if c.dep_ in ("dobj", "attr"))):
        for child in word.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "neither")):
                return True
    start = max(token.sent.start, token.i - 3)
    return any(word.lower_ in NEGATION_WORDS for word in token.doc[start : token.i])


def _own_evidence(sentences: list[Span], document: Document) -> list[tuple[str, ...]]:
    starts = [sentence.start_char for sentence in sentences]
    kinds: list[set[str]] = [set(source_kinds(sentence)) for sentence in sentences]
    for start, _ in citation_spans(document.text):
        index = _owner(sentences, starts, start, document)
        if index is not None:
            kinds[index].add("citation")
    for link in document.links:
        index = _owner(sentences, starts, link.start, document)
        if index is not None and link.url.strip():
            kinds[index].add("link")
    return [tuple(sorted(found)) for found in kinds]


def _owner(sentences: list[Span], starts: list[int], offset: int, document: Document) -> int | None:
    """The sentence a marker belongs to: a marker before a sentence's first word (``[3]``
    split off after the full stop) belongs to the sentence before it in the same block."""
    index = bisect.bisect_right(starts, offset) - 1
    if index < 0:
        return None
    sentence = sentences[index]
    before = document.text[sentence.start_char : offset]
    if index > 0 and not any(char.isalnum() for char in before):
        previous = sentences[index - 1]
        if document.block_at(previous.start_char) == document.block_at(sentence.start_char):
            return index - 1
    return index


def _spread_within_blocks(
    sentences: list[Span], own: list[tuple[str, ...]], document: Document
) -> list[tuple[str, ...]]:
    """Without a reference list, a source named or a study described in a paragraph ("According
    to the CDC, ...") also supports the sentences after it in that paragraph. Citation
    markers and links support only their own sentence."""
    spread = []
    carried: tuple[str, ...] = ()
    previous_block = None
    for sentence, kinds in zip(sentences, own, strict=True):
        block = document.block_at(sentence.start_char)
        if block != previous_block or block is None or block.is_heading:
            carried = ()
        previous_block = block
        spread.append(kinds or carried)
        framing = tuple(kind for kind in kinds if kind in FRAMING_KINDS)
        if framing:
            carried = framing
    return spread


def _with_source_offsets(analysis: SentenceAnalysis, document: Document) -> SentenceAnalysis:
    start, end = document.source_span(analysis.start, analysis.end)
    return SentenceAnalysis(
        **{**analysis.__dict__, "start": start, "end": end, "text": document.source[start:end]}
    )
