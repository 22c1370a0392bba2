"""Eponyms written as a plural: the possessive of a condition's namesake without its
apostrophe ("Alzheimers disease", "Bells palsy", "Lymes disease").

A capitalised word is a name to the speller, so "Crohns" passes it; this reads the names in
``data/spelling/eponyms.txt`` (healthlint's own list) instead. A name English also uses alone
("Parkinsons") is flagged anywhere, the others only before a word the list gives as the head
of such a term ("palsy", "syndrome"). The corrections keep the writer's letters: the
possessive and the name alone ("Alzheimer's", "Alzheimer"), or for a place, or a person whose
term takes no possessive, the name alone ("Lyme", "Apgar").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Final

from spacy.tokens import Doc, Token

from healthlint.language.labelled import labelled_words
from healthlint.language.spelling_data import read_text
from healthlint.language.words import word_after

#: The shortest name the list may hold ("Pott", "Reye").
MIN_NAME_LETTERS: Final = 3


@dataclass(frozen=True)
class Eponyms:
    """The names (lowercase, without accents) by how they are flagged, and the heads."""

    alone: frozenset[str]
    named: frozenset[str]
    plain: frozenset[str]
    heads: frozenset[str]

    def corrections(self, token: Token) -> tuple[str, ...]:
        """The corrections of ``token`` when it is a listed name with an s for an apostrophe,
        best first (none otherwise)."""
        text = token.text
        name = text[:-1]
        if len(name) < MIN_NAME_LETTERS or not text.endswith("s") or not name[:1].isupper():
            return ()
        if not name.isalpha() or any(letter.isupper() for letter in name[1:]):
            return ()
        if _before_apostrophe(token):
            return ()  # a possessive written after the s ("Sjogrens' syndrome")
        key = _unaccented(name).lower()
        head = _before_head(token, self.heads)
        if key in self.plain:
            return (name,) if head else ()
        if key in self.alone or (head and key in self.named):
            return (f"{name}'s", name) if head else (f"{name}'s",)
        return ()


def eponym_slips(doc: Doc) -> Iterator[tuple[Token, tuple[str, ...]]]:
    """The eponyms of ``doc`` written as a plural ("Crohns disease"), with their
    corrections."""
    eponyms = listed_eponyms()
    for token in doc:
        suggestions = eponyms.corrections(token)
        if suggestions:
            yield token, suggestions


@cache
def listed_eponyms() -> Eponyms:
    """The list in ``data/spelling/eponyms.txt`` (read once per process)."""
    found = labelled_words(read_text("eponyms.txt"), "alone", "named", "plain", "heads")
    alone, named, plain = (
        frozenset(word.lower() for word in found[label]) for label in ("alone", "named", "plain")
    )
    return Eponyms(alone, named, plain, frozenset(found["heads"]))


def _before_head(token: Token, heads: frozenset[str]) -> bool:
    """Whether the word after ``token``, across a space, is a head ("palsy")."""
    following = word_after(token)
    return following is not None and following.lower_ in heads


def _before_apostrophe(token: Token) -> bool:
    """Whether an apostrophe follows ``token`` with no space between ("Sjogrens'")."""
    doc = token.doc
    return not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text in ("'", "’")


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(letter for letter in decomposed if not unicodedata.combining(letter))
