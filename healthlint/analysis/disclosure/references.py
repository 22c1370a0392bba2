"""Where an article's facts come from: a references section, metadata ``sources``/``citation``,
citation markers (DOI, PMID, "et al., 2020", footnotes) or links to journals and health agencies.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from healthlint.analysis.disclosure.evidence import Evidence, search_prose
from healthlint.analysis.disclosure.lexicon import lexicon
from healthlint.context import LintContext
from healthlint.document import Block

#: Words that make a linked sentence an attribution: "a review by [the AAP] found ...".
ATTRIBUTION = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|review|meta-analysis|research(?:ers)?|guidelines?|guidance|"
    r"journal|published|according to|evidence|report(?:ed)?|survey|data from|fact ?sheet)\b",
    re.IGNORECASE,
)
#: Link text that names an authority: "the [British Hypertension Society](...)".
AUTHORITY = re.compile(
    r"\b(?:Society|Association|College|Institute|Institutes|Foundation|Academy|Council|Agency|"
    r"Department|Ministry|Organi[sz]ation|Federation|Centers?|Centres?|Administration|Service|"
    r"Board|Commission|Trust|Alliance|Network|Journal|Library)\b"
)
#: Headings that may head a list of sources ("Evidence behind this page", "Where this
#: information comes from", "Further information"); the section must hold a link or an item
#: that reads like a reference.
SOURCE_HEADING = re.compile(
    r"\b(?:references?|sources?|bibliography|citations?|cited|literature|evidence|research|"
    r"studies|reading|comes? from|based on|further information|more information|resources|"
    r"useful links|learn more|find out more|guidelines?|where (?:[\w'’]+ ){0,4}from|"
    r"(?:our|this|the) information)\b",
    re.IGNORECASE,
)
#: Marks of a bibliographic reference: each names one kind of evidence.
REFERENCE_MARKS = tuple(
    re.compile(pattern)
    for pattern in (
        r"(?i)\bet al\b",
        r"(?i)\b(?:doi|pmid|pmcid|isbn)\b|\b10\.\d{4,9}/",
        r"\b(?:19|20)\d\d ?;|\b\d+ ?\(\d+\)|\b\d+ ?: ?\d+ ?[-–] ?\d+\b|\((?:19|20)\d\d[a-z]?\)",
        r"(?i)\b(?:retrieved|accessed|available) (?:from|at|on)\b|https?://|\bwww\.",
        r"\b[A-Z][^\W\d_A-Z]+(?:[-'’][^\W\d_]+)? [A-Z]{1,3}(?:,|\.| and\b)",
        r"^\s*(?:\[\d{1,3}\]|\d{1,3}[.)]\s)",
        r"\b(?:J|Med|Ann|Clin|Rev|Proc|Arch|Int|Am|Br|Eur|N Engl)\.? [A-Z][a-z]*|"
        r"\b(?:Journal|Lancet|BMJ|JAMA|Cochrane|Guideline|NICE|WHO|CDC|NHS)\b",
        r"(?i)\b(?:(?:19|20)\d\d)\b",
    )
)
#: A block reads like a reference when it carries this many different marks (fewer under a
#: heading that announces sources).
REFERENCE_MIN_MARKS = 3
SECTION_MIN_MARKS = 2
#: Parts of a furniture line: "Author: R. Singh | Updated 2026-01-09 | Sources: WHO".
SEGMENTS = re.compile(r"\s+[|·•]\s+")
#: A web address written out in the text ("https://www.nice.org.uk/guidance/ng220").
BARE_URL = re.compile(r"\bhttps?://[^\s<>()\]]+|\bwww\.[^\s<>()\]]+", re.IGNORECASE)
FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]\s]+\]:\s*\S", re.MULTILINE)


def is_source_url(url: str) -> bool:
    """Whether a link points at a journal, a literature database or a health agency."""
    host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    if not host:
        return False
    words = lexicon()
    if host.rsplit(".", 1)[-1] in words.source_tlds:
        return True
    return any(host == domain or host.endswith("." + domain) for domain in words.source_domains)


def _attributed(context: LintContext, url: str, offset: int) -> bool:
    """An outbound web link in a sentence that attributes a finding to it."""
    if urlsplit(url.strip()).scheme not in ("http", "https"):
        return False
    block = context.document.block_at(offset)
    if block is None:
        return False
    text = context.document.text
    sentence_start = max(text.rfind(". ", block.start, offset) + 1, block.start)
    sentence_end = text.find(". ", offset, block.end)
    sentence = text[sentence_start : block.end if sentence_end < 0 else sentence_end]
    return ATTRIBUTION.search(sentence) is not None


def _names_an_authority(text: str, url: str) -> bool:
    """An outbound web link whose text names an authority ("American Heart Association")."""
    return urlsplit(url.strip()).scheme in ("http", "https") and AUTHORITY.search(text) is not None


def _reads_like_reference(text: str, minimum: int = 0) -> bool:
    """Whether a block looks like a bibliographic reference ("Choi HK, et al. ... N Engl J
    Med. 2004;350:1093-1103", "Retrieved from https://..."): ``minimum`` marks (default
    :data:`REFERENCE_MIN_MARKS`), or a web address of a journal or health agency."""
    marks = sum(1 for mark in REFERENCE_MARKS if mark.search(text))
    if marks >= (minimum or REFERENCE_MIN_MARKS):
        return True
    return any(
        is_source_url(address if "://" in address else "https://" + address)
        for address in BARE_URL.findall(text)
    )


def _is_external(url: str) -> bool:
    """A link to another site (not a relative link to the publisher's own pages)."""
    return urlsplit(url.strip()).scheme in ("http", "https")


def _only_internal_links(context: LintContext, body: list[Block]) -> bool:
    """A "Further reading" section that only links the publisher's own pages: every block is
    a relative link's text and nothing reads like a reference."""
    document = context.document
    for block in body:
        links = [link for link in document.links if block.start <= link.start < block.end]
        text = document.block_text(block)
        if not links or any(_is_external(link.url) for link in links):
            return False
        if _reads_like_reference(text, SECTION_MIN_MARKS):
            return False
    return True


def sources_evidence(context: LintContext) -> Evidence | None:
    """The first sign that the article cites its sources, or ``None``."""
    return context.memo("disclosure.sources", lambda: _find_sources(context))


def _find_sources(context: LintContext) -> Evidence | None:
    document = context.document
    if document.metadata.get("sources"):
        return Evidence("metadata", "sources")
    headings, labels = lexicon().reference_headings, lexicon().source_labels
    for heading, body in document.sections():
        if (
            heading is not None
            and body
            and headings.match(document.block_text(heading))
            and not _only_internal_links(context, body)
        ):
            return Evidence("prose", document.block_text(heading), heading.start, heading.end)
    for block in document.blocks:  # "Sources: NHS; CDC" as a paragraph or a furniture segment
        text = document.block_text(block)
        for segment in SEGMENTS.split(text):
            label = headings.match(segment) or labels.match(segment)
            if (
                label
                and segment[label.end() : label.end() + 1] in (":", "\n")
                and segment[label.end() + 1 :].strip()
            ):
                return Evidence("prose", segment[: label.end() + 1], block.start, block.end)
    for heading, body in document.sections():
        if heading is not None and SOURCE_HEADING.search(document.block_text(heading)):
            for block in body:
                if _reads_like_reference(document.block_text(block), SECTION_MIN_MARKS) or any(
                    block.start <= link.start < block.end and _is_external(link.url)
                    for link in document.links
                ):
                    return Evidence(
                        "prose", document.block_text(heading), heading.start, heading.end
                    )
    for block in document.blocks:
        text = document.block_text(block)
        if _reads_like_reference(text):
            return Evidence("prose", " ".join(text.split()), block.start, block.end)
    for link in document.links:
        if (
            is_source_url(link.url)
            or _attributed(context, link.url, link.start)
            or _names_an_authority(document.text[link.start : link.end], link.url)
        ):
            return Evidence("link", link.url, link.start, max(link.end, link.start + 1))
    if document.format == "markdown" and FOOTNOTE_DEFINITION.search(document.source):
        return Evidence("prose", "footnotes")
    return search_prose(context, "citations", lexicon().citations)
