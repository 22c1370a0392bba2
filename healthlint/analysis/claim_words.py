"""The sentence analyzer's word lists, kept as data in ``healthlint/data/claims/words.yml``
and read once per process."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def _lexicon() -> dict[str, Any]:
    text = resources.files("healthlint").joinpath("data/claims/words.yml").read_text("utf-8")
    return yaml.safe_load(text)


def words(module: str, name: str) -> frozenset[str]:
    """One word list, lower-cased: ``words("claims", "causal_verbs")``."""
    return frozenset(str(word).lower() for word in _lexicon()[module][name])
