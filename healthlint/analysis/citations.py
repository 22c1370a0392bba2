"""Evidence: what supports a claim where it stands.

Four kinds: ``citation`` (a marker such as ``[3]``, ``(Smith et al., 2021)``, a DOI, a PMID,
a URL), ``link`` (a hyperlink in the source markup), ``named_source`` ("according to the
CDC", "the American Heart Association recommends", "published in The Lancet") and ``study``
(a study described well enough to be found: "a 2019 trial", "a randomized trial of 1,200
adults"). "Studies show" names nothing and is not evidence.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.tokens import Span, Token

from healthlint.analysis.claim_words import words
from healthlint.document import Block, Document

CITATION_PATTERNS: Final = (
    re.compile(r"\[\s*\^?\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\]"),
    re.compile(
        r"\((?:[^()]{0,80}?\b(?:et al\.?|[A-Z][A-Za-z'’\-]+)[^()]{0,40}?,?\s*"
        r"(?:19|20)\d{2}[a-z]?(?:\s*[;,][^()]{0,120})?)\)"
    ),
    re.compile(r"\b(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/[^\s\])]+", re.I),
    re.compile(r"\bPMID:?\s*\d{5,9}\b|\bPMC\d{5,9}\b"),
    re.compile(r"\bhttps?://\S+|\bwww\.[a-z0-9-]+\.[a-z]{2,}\S*", re.I),
    re.compile(r"(?<=[a-z.,)])[¹²³⁴⁵⁶⁷⁸⁹⁰]+"),
)
#: Bodies whose acronym alone identifies a source ("the CDC says").
KNOWN_SOURCES: Final = words("citations", "known_sources")
ORGANIZATION_HEADS: Final = words("citations", "organization_heads")
VAGUE_SOURCES: Final = words("citations", "vague_sources")
REPORTING_VERBS: Final = words("citations", "reporting_verbs")
STUDY_NOUNS: Final = (
    r"(?:stud(?:y|ies)|trials?|reviews?|meta-?analys[ie]s|analys[ie]s|surveys?|cohorts?"
    r"|experiments?)"
)
STUDY_PATTERNS: Final = (
    re.compile(rf"\b(?:19|20)\d{{2}}\b[^.;]{{0,60}}\b{STUDY_NOUNS}\b", re.I),
    re.compile(rf"\b{STUDY_NOUNS}\b[^.;]{{0,40}}\b(?:in|from|of)\s+(?:19|20)\d{{2}}\b", re.I),
    re.compile(
        r"\b(?:randomi[sz]ed|placebo-controlled|double-blind(?:ed)?|prospective|retrospective|"
        r"systematic|longitudinal|cross-sectional|case-control|population-based|Cochrane)\b"
        rf"[^.;]{{0,40}}\b{STUDY_NOUNS}\b",
        re.I,
    ),
    re.compile(
        rf"\b{STUDY_NOUNS}\b[^.;]{{0,60}}\b(?:of|involving|with|including|in|among|followed)\s+"
        r"(?:more than |nearly |almost |about |over )?\d[\d,.]*\s+(?:\w+\s+){0,2}"
        r"(?:people|adults|participants|patients|women|men|children|subjects|volunteers|"
        r"infants|teens|adolescents|individuals|smokers|nurses|veterans)\b",
        re.I,
    ),
    re.compile(rf"\b{STUDY_NOUNS}\b[^.;]{{0,30}}\bpublished in\b", re.I),
)
PUBLISHED_IN: Final = re.compile(
    r"\b(?:published|reported|appeared)\s+(?:in|by)\s+(?:the\s+)?[A-Z][\w&-]+"
)
REFERENCE_HEADINGS: Final = re.compile(
    r"^\s*(?:references?|sources?|bibliography|citations?|works cited|literature cited|"
    r"notes|footnotes|further reading)\s*:?\s*$",
    re.I,
)


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of citation markers in prose: ``[3]``, ``(Smith, 2021)``, DOIs, PMIDs, URLs."""
    spans = []
    for pattern in CITATION_PATTERNS:
        spans.extend(match.span() for match in pattern.finditer(text))
    return sorted(spans)


def source_kinds(sentence: Span) -> tuple[str, ...]:
    """Named sources and described studies in a sentence (``named_source``, ``study``)."""
    kinds = []
    if _has_named_source(sentence):
        kinds.append("named_source")
    text = sentence.text
    if any(pattern.search(text) for pattern in STUDY_PATTERNS):
        kinds.append("study")
    return tuple(kinds)


def _has_named_source(sentence: Span) -> bool:
    if PUBLISHED_IN.search(sentence.text):
        return True
    tokens = list(sentence)
    for index, token in enumerate(tokens):
        if token.lower_ == "according" and index + 1 < len(tokens):
            if tokens[index + 1].lower_ == "to" and _is_named(tokens[index + 2 : index + 7]):
                return True
        elif (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.head.lemma_.lower() in REPORTING_VERBS
            and _is_named(list(token.subtree))
        ):
            return True
    return False


def _is_named(tokens: list[Token]) -> bool:
    """A proper name, a known body's acronym or an organisation's name in these tokens."""
    words = [token for token in tokens if not token.is_punct and token.lower_ != "the"]
    if not words or words[0].lower_ in VAGUE_SOURCES:
        return False
    for token in words:
        if token.lower_ in KNOWN_SOURCES and token.text.isupper():
            return True
        if token.text[:1].isupper() and token.lower_ in ORGANIZATION_HEADS:
            return True
    first = words[0]
    return first.pos_ == "PROPN" and first.text[:1].isupper() and first.lower_ not in ("i",)


def reference_blocks(document: Document) -> list[Block]:
    """The blocks of a references section ("References", "Sources", ...), heading included."""
    found: list[Block] = []
    for heading, body in document.sections():
        if heading is not None and REFERENCE_HEADINGS.match(document.block_text(heading)):
            found.append(heading)
            found.extend(body)
    return found


def has_reference_list(document: Document) -> bool:
    """Whether the article lists its sources (a references section or ``sources`` metadata)."""
    return bool(document.metadata.get("sources")) or bool(reference_blocks(document))
