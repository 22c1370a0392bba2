"""Shared fixtures: one linter per configuration, reused across tests (the spaCy model loads
once per process)."""

from __future__ import annotations

from pathlib import Path

import pytest

from healthlint import Config, Linter

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
SAMPLE_ARTICLE = SHARED / "samples" / "muscle-spasms-upper-back.txt"


@pytest.fixture(scope="session")
def linter() -> Linter:
    """A linter with the default configuration."""
    return Linter(Config())


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The real article in ../shared/samples (skips when shared/ is not beside the repo)."""
    if not SAMPLE_ARTICLE.exists():
        pytest.skip("../shared/samples is not available")
    return SAMPLE_ARTICLE.read_text(encoding="utf-8")
