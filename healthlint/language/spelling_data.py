"""Reading the spell checker's data files, shipped in ``healthlint/data/spelling/`` (their
sources and licences are in that folder's README)."""

from __future__ import annotations

import gzip
from importlib import resources
from importlib.resources.abc import Traversable


def read_text(name: str) -> str:
    """The text of a plain data file ("medical.txt")."""
    return _file(name).read_text("utf-8")


def read_gzipped(name: str) -> bytes:
    """The decompressed bytes of a gzipped word list ("science_words.txt.gz")."""
    return gzip.decompress(_file(name).read_bytes())


def word_set(name: str) -> frozenset[str]:
    """The words of a gzipped word list, lines starting with '#' left out."""
    text = read_gzipped(name).decode("utf-8")
    return frozenset(
        word for line in text.splitlines() if not line.startswith("#") for word in line.split()
    )


def _file(name: str) -> Traversable:
    return resources.files("healthlint").joinpath("data", "spelling", name)
