"""Reading the spell checker's data files, shipped in ``healthlint/data/spelling/`` (their
sources and licences are in that folder's README)."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable


def read_text(name: str) -> str:
    """The text of a plain data file ("medical.txt")."""
    return _file(name).read_text("utf-8")


def read_gzipped(name: str) -> bytes:
    """The decompressed bytes of a gzipped word list ("science_words.txt.gz")."""
    return gzip.decompress(_file(name).read_bytes())


def words_in(text: str) -> Iterator[str]:
    """The whitespace-separated words of ``text``, comment lines ('#') left out."""
    for line in text.splitlines():
        if not line.lstrip().startswith("#"):
            yield from line.split()


def word_set(name: str) -> frozenset[str]:
    """The words of a gzipped word list (:func:`words_in`)."""
    return frozenset(words_in(read_gzipped(name).decode("utf-8")))


def _file(name: str) -> Traversable:
    return resources.files("healthlint").joinpath("data", "spelling", name)
