"""Who wrote and who reviewed an article: metadata first, then bylines in the prose.

A byline is a short line such as "By Jane Doe, MD", "Written by Sam Lee" or "Author: A. Khan";
a review line is "Medically reviewed by Dr Ravi Patel" or "Reviewed by our clinical team".
Only short blocks are searched, so "reviewed by a pharmacist" inside advice is not a byline.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from healthlint.analysis.disclosure.evidence import Evidence
from healthlint.analysis.disclosure.structure import edge_blocks, is_person
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
#: Any credential-like abbreviation: two or more capitals in a short token ("MPharm", "FRCGP").
ANY_CREDENTIAL = rf"(?:{CREDENTIAL}|(?-i:[A-Z][a-z]*[A-Z][A-Za-z]{{0,5}})\.?)"
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


#: A line of page furniture: "Reporter: Hannah Ode", "Words — Daniel Osei, MPharm",
#: "Prepared by the Diabetes Education Team", "— Priya Raman, RD".
_SEGMENTS = re.compile(r"\s*(?:\n|[|·•]|(?<=[a-z])\.\s+(?=[A-Z]))\s*")
_LABELLED = re.compile(
    r"^(?P<label>[^:\n]{1,40}?)\s*(?::|[—–]|\s-\s|(?<=\s)(?:by|of|from)\b)\s*:?\s*"
    r"(?P<rest>\S.*)$"
)
_NAMED = re.compile(
    rf"^(?P<name>{NAME}|{TEAM})(?P<tail>\s*(?:,|\(|[—–]).*)?$",
)
_TITLED = re.compile(r"(?:Dr|Prof|Professor)\.?\s")
#: A name line may end with a role of at most this many words ("Consultant Neurologist").
ROLE_MAX_WORDS = 6
#: After a byline label the name comes first; what follows it is free ("the Information Team
#: at the Memory Support Network").
_NAME_FIRST = re.compile(rf"^(?P<name>{NAME}|{TEAM})(?![\w'’-])")
#: "This FAQ was put together by Grace Liu, a cardiac nurse": the page says who wrote it.
AUTHORED_SENTENCE = re.compile(
    rf"\b(?:was|were|is|are|has been|have been) (?:[a-z]+ ){{0,2}}?(?:written|put together|"
    rf"prepared|compiled|produced|created|researched|edited|authored|developed|drafted) "
    rf"(?:together )?by\s+(?P<name>{NAME}|{TEAM})"
)
_ROLE_TAIL = re.compile(
    rf"^\s*(?:,|\(|[—–])\s*(?:{ANY_CREDENTIAL}(?![\w-])|[a-z][a-z -]{{2,40}}\)?$)"
)
BYLINE_CUES = re.compile(
    r"\b(?:by|authors?|writers?|written|words|text|story|reporter|reporting|correspondent|"
    r"editors?|edited|journalist|contributors?|columnist|illustrations?|prepared|produced|"
    r"compiled|created|researched|posted|byline)\b",
    re.IGNORECASE,
)
NOT_AUTHOR_LABEL = re.compile(
    r"\b(?:review\w*|checked|approved|verified|sources?|references?|evidence|citations?|date|"
    r"updated|published|modified|tags?|categor(?:y|ies)|topics?|contact|phone|tel|e-?mail|"
    r"address|see also|images?|photos?|photograph\w*|credits?|caused|funded|sponsored)\b",
    re.IGNORECASE,
)


def furniture_byline(text: str) -> re.Match[str] | None:
    """The name in one segment of a byline-like line, or ``None``: a labelled name ("Reporter:
    Hannah Ode"), a name with credentials or a role ("Jo Brennan (audiologist)"), or a line
    that is only a person's name."""
    segment = text.strip().lstrip("—–-~ ").strip()
    labelled = _LABELLED.match(segment)
    if labelled is not None:
        label = labelled.group("label")
        named = _NAME_FIRST.match(labelled.group("rest"))
        if NOT_AUTHOR_LABEL.search(label) or named is None:
            return None
        cued = BYLINE_CUES.search(label) is not None
        # "Answered by Chidi Okafor": any short label, when what follows is a person's name.
        if not cued and (len(label.split()) > 3 or not _is_person(named.group("name"))):
            return None
        return named if _names_a_person(named.group("name")) else None
    named = _NAMED.match(segment)
    if named is None or not _names_a_person(named.group("name")):
        return None
    tail = named.group("tail")
    if tail and _ROLE_TAIL.match(tail):
        return named
    # "Dr. Harriet Vance, Consultant Neurologist": a person's name, then anything short.
    if tail and len(tail.split()) > ROLE_MAX_WORDS:
        return None
    return named if _is_person(named.group("name")) else None


def _is_person(name: str) -> bool:
    """A name with a title ("Dr Aled Jones") or one the entity recogniser reads as a person."""
    return _TITLED.match(name) is not None or is_person(name)


def _structural_byline(context: LintContext) -> Evidence | None:
    document = context.document
    for block in edge_blocks(context):
        text = document.block_text(block)
        offset = block.start
        for segment in _SEGMENTS.split(text):
            if segment and furniture_byline(segment) is not None:
                start = offset + text.find(segment)
                return Evidence("prose", segment, start, start + len(segment))
        authored = AUTHORED_SENTENCE.search(text)
        if authored is not None and _names_a_person(authored.group("name")):
            return Evidence(
                "prose", authored.group(), offset + authored.start(), offset + authored.end()
            )
    return None


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
        structural = _structural_byline(context)
        if structural is not None:
            return structural
        for heading, body in document.sections():
            if (
                heading is not None
                and body
                and ABOUT_AUTHOR_HEADING.match(document.block_text(heading))
            ):
                return Evidence("prose", document.block_text(heading), heading.start, heading.end)
        return None

    return context.memo("disclosure.author", compute)
