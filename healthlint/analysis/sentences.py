"""Sentence-level analysis (claim strength, advice, hedges, evidence): built by the claims issue."""

from __future__ import annotations

from typing import Any


def analyze_text(text: str) -> list[Any]:
    """Not available yet: the sentence analyzer lands with the unsupported-claims rules."""
    raise NotImplementedError("healthlint.analyze() arrives with the unsupported-claims analyzer")
