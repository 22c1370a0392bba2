"""Who wrote and who reviewed an article: metadata first, then bylines in the prose.

A byline is a short line such as "By Jane Doe, MD", "Written by Sam Lee" or "Author: A. Khan";
a review line is "Medically reviewed by Dr Ravi Patel" or "Reviewed by our clinical team".
Only short blocks are searched, so "reviewed by a pharmacist" inside advice is not a byline.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from healthlint.analysis.disclosure.evidence import Evidence
from healthlint.context import LintContext

BYLINE_MAX_WORDS = 40
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"(?:[{_UPPER}][\w'’.-]*|(?:van|von|de|da|del|der|le|la|bin|al|y|di)\b)"
NAME = (
    rf"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Nurse)\.?\s+)?[{_UPPER}][\w'’.-]*"
    rf"(?:[ \t]+{_NAME_WORD}){{1,4}}"
)
TEAM = (
    r"(?:(?i:our|the|a)\s+(?:[\w-]+\s+){0,3}(?i:team|board|panel|editors|staff|desk|advisers|"
    r"advisors|reviewers|experts))"
)
_REVIEW_LABEL = (
    r"(?i:(?:medically|clinically|medical(?:ly)?|expert|professionally|peer|fact)[- ]"
    r"(?:reviewed|checked)(?: by)?|reviewed by|medical reviewers?:|reviewers?:|review(?:ed)? by)"
)
REVIEWER = re.compile(rf"(?<![\w-]){_REVIEW_LABEL}\s*:?\s*(?:{NAME}|{TEAM})")
AUTHOR = re.compile(
    rf"(?:^|(?<=[|•·—–-]\s)|(?<=\n))(?i:by)[ \t:]+(?:{NAME}|{TEAM})"
    rf"|(?<![\w-])(?i:written by|words by|story by|article by|reporting by|authored by|"
    rf"posted by|compiled by|authors?:|writers?:|words:|text:|story:|written and reviewed by)"
    rf"\s*:?\s*(?:{NAME}|{TEAM})",
    re.MULTILINE,
)
CREDENTIAL = (
    r"(?:MD|DO|MBBS|MBChB|MB|BCh|BS|BSc|MS|MSc|MA|MPH|MPhil|PhD|DPhil|PharmD|RPh|RN|BSN|MSN|"
    r"NP|APRN|PA-C|PA|RD|RDN|LD|CDE|CDCES|DPT|PT|OT|DDS|DMD|DC|LPN|CNM|IBCLC|FRCP|FRCS|"
    r"FACP|FACC|MRCGP|MRCP|FAAP|CPT|CSCS|LCSW|PsyD)\.?"
)
LABEL_WORDS = frozenset({"by", "author", "authors", "writer", "writers", "words", "text", "story"})
#: A line that is a name with credentials or a role: "Maya Goldberg, MS, RDN",
#: "Nadia Karimi, pharmacist · 11 February 2026".
CREDENTIAL_LINE = re.compile(
    rf"^[ \t]*{NAME},[ \t]*(?:{CREDENTIAL}(?:,?[ \t]+{CREDENTIAL}|,[ \t]*{CREDENTIAL})*"
    rf"|[a-z][a-z -]{{2,40}}?)[ \t]*(?:[·|•—–][^\n]*)?$",
    re.MULTILINE,
)
_REVIEW_BEFORE = re.compile(r"(?i:reviewed|checked)\s*$")
ABOUT_AUTHOR_HEADING = re.compile(r"^(?i:about (?:the |our )?authors?|authors?|contributors?)\W*$")


def _names_a_person(text: str) -> bool:
    """Reject title-case phrases that are not names ("By Taking Care Of Yourself")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    labels = [index for index, word in enumerate(words[:4]) if word.lower() in LABEL_WORDS]
    if labels:
        words = words[labels[-1] + 1 :]  # drop "Written by", "Reporting by", "Author:"
    capitalised = [word for word in words if word[0].isupper()]
    return not any(
        word.lower() in STOP_WORDS or word.lower().endswith("ing") for word in capitalised[1:]
    ) and not (capitalised and capitalised[0].lower().endswith("ing"))


def _short_blocks(context: LintContext) -> list[tuple[int, str]]:
    document = context.document
    return [
        (block.start, document.block_text(block))
        for block in document.blocks
        if len(document.block_text(block).split()) <= BYLINE_MAX_WORDS
    ]


def reviewer_evidence(context: LintContext) -> Evidence | None:
    """A medical reviewer named in metadata or a review line, or ``None``."""

    def compute() -> Evidence | None:
        names = context.document.metadata.get("reviewed_by")
        if names:
            return Evidence("metadata", f"reviewed_by: {', '.join(names)}")
        for offset, text in _short_blocks(context):
            match = REVIEWER.search(text)
            if match and _names_a_person(match.group()):
                return Evidence(
                    "prose", match.group(), offset + match.start(), offset + match.end()
                )
        return None

    return context.memo("disclosure.reviewer", compute)


def author_evidence(context: LintContext) -> Evidence | None:
    """An author named in metadata, a byline, or an "About the author" section, or ``None``."""

    def compute() -> Evidence | None:
        names = context.document.metadata.get("author")
        if names:
            return Evidence("metadata", f"author: {', '.join(names)}")
        document = context.document
        for offset, text in _short_blocks(context):
            for match in [*AUTHOR.finditer(text), *CREDENTIAL_LINE.finditer(text)]:
                if _REVIEW_BEFORE.search(text[: match.start()]) or not _names_a_person(
                    match.group()
                ):
                    continue  # "Medically reviewed by ..." names the reviewer
                return Evidence(
                    "prose", match.group(), offset + match.start(), offset + match.end()
                )
        for heading, body in document.sections():
            if (
                heading is not None
                and body
                and ABOUT_AUTHOR_HEADING.match(document.block_text(heading))
            ):
                return Evidence("prose", document.block_text(heading), heading.start, heading.end)
        return None

    return context.memo("disclosure.author", compute)
