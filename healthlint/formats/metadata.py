"""Normalise page metadata (front matter, ``<meta>``, JSON-LD) to one set of keys.

Readers store what they find under these canonical keys in :attr:`Document.metadata`:

``title``, ``author``, ``reviewed_by``, ``date_published``, ``date_modified``,
``last_reviewed``, ``sources``, ``description``, ``sponsor``, ``disclosure``, ``type``.

The raw mapping a reader found stays available under ``front_matter`` (Markdown) or
``meta`` / ``json_ld`` (HTML).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

CANONICAL_KEYS: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "name": "title",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "writer": "author",
    "article:author": "author",
    "citation_author": "author",
    "dc.creator": "author",
    "rel_author": "author",
    "creator": "author",
    "contributor": "author",
    "contributors": "author",
    "dc.contributor": "author",
    "reviewed_by": "reviewed_by",
    "reviewedby": "reviewed_by",
    "reviewer": "reviewed_by",
    "medically_reviewed_by": "reviewed_by",
    "medical_reviewer": "reviewed_by",
    "date": "date_published",
    "published": "date_published",
    "date_published": "date_published",
    "datepublished": "date_published",
    "publish_date": "date_published",
    "published_time": "date_published",
    "article:published_time": "date_published",
    "pubdate": "date_published",
    "published_at": "date_published",
    "publication_date": "date_published",
    "datecreated": "date_published",
    "citation_publication_date": "date_published",
    "dcterms.created": "date_published",
    "dcterms.issued": "date_published",
    "dc.date": "date_published",
    "dcterms.modified": "date_modified",
    "updated": "date_modified",
    "modified": "date_modified",
    "date_modified": "date_modified",
    "datemodified": "date_modified",
    "lastmod": "date_modified",
    "last_updated": "date_modified",
    "updated_at": "date_modified",
    "date_updated": "date_modified",
    "modified_date": "date_modified",
    "last_modified": "date_modified",
    "article:modified_time": "date_modified",
    "last_reviewed": "last_reviewed",
    "lastreviewed": "last_reviewed",
    "reviewed": "last_reviewed",
    "review_date": "last_reviewed",
    "reviewed_on": "last_reviewed",
    "last_reviewed_date": "last_reviewed",
    "medically_reviewed": "last_reviewed",
    "date_reviewed": "last_reviewed",
    "sources": "sources",
    "references": "sources",
    "citations": "sources",
    "citation": "sources",
    "bibliography": "sources",
    "description": "description",
    "sponsor": "sponsor",
    "sponsored_by": "sponsor",
    "funder": "sponsor",
    "disclosure": "disclosure",
    "disclosures": "disclosure",
    "affiliate_disclosure": "disclosure",
    "@type": "type",
    "type": "type",
}


def canonical_key(key: str) -> str | None:
    """The canonical metadata key for a raw key, or ``None`` when healthlint does not use it."""
    normalised = key.strip().lower().replace("-", "_").replace(" ", "_")
    return CANONICAL_KEYS.get(normalised) or CANONICAL_KEYS.get(key.strip().lower())


def person_names(value: Any) -> list[str]:
    """Names from a metadata value: a string, a list, or schema.org ``Person`` objects."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, Mapping):
        name = value.get("name") or value.get("@name")
        return person_names(name)
    if isinstance(value, Iterable):
        names: list[str] = []
        for item in value:
            names.extend(person_names(item))
        return names
    return [str(value)]


def merge_metadata(target: dict[str, Any], raw: Mapping[str, Any]) -> None:
    """Copy the keys of ``raw`` that healthlint knows into ``target`` under canonical names.

    Values already present win: the first source a reader consults has priority.
    """
    for key, value in raw.items():
        if not isinstance(key, str):
            continue
        canonical = canonical_key(key)
        if canonical is None or value in (None, "", [], {}):
            continue
        if canonical in ("author", "reviewed_by"):
            value = person_names(value)
            if not value:
                continue
        target.setdefault(canonical, value)
