"""The functions behind ``healthlint.check``, ``check_file`` and ``analyze``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from healthlint.config import Config, find_config_file, load_config
from healthlint.formats import load_file
from healthlint.linter import Linter
from healthlint.report import Report

_default_linters: dict[Path | None, Linter] = {}


def _linter(config: Config | None) -> Linter:
    if config is not None:
        return Linter(config)
    if None not in _default_linters:
        _default_linters[None] = Linter(Config())
    return _default_linters[None]


def check(text: str, filename: str | None = None, config: Config | None = None) -> Report:
    """Lint an article given as text. ``filename``'s suffix picks the format (.md, .html, .txt);
    ``config`` defaults to healthlint's defaults (no configuration file is read)."""
    return _linter(config).check(text, filename)


def check_file(path: str | Path, config: Config | None = None) -> Report:
    """Lint a file. Without ``config``, the configuration file nearest to it applies.

    Raises :class:`~healthlint.errors.InputError` for a missing, binary or non-UTF-8 file.
    """
    path = Path(path)
    if config is None:
        found = find_config_file(path.parent if path.parent.exists() else Path.cwd())
        config = load_config(found) if found else None
    max_size = config.max_file_size if config else Config().max_file_size
    text = load_file(path, max_size)
    return _linter(config).check(text, str(path))


def analyze(text: str) -> list[Any]:
    """Sentence-level analysis: claim strength, advice strength, hedges, evidence."""
    from healthlint.analysis.sentences import analyze_text

    return analyze_text(text)
