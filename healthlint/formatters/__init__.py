"""Formatters turn reports into text; they never print or decide exit codes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from healthlint.formatters.github import format_github
from healthlint.formatters.json import format_json
from healthlint.formatters.sarif import format_sarif
from healthlint.formatters.text import format_text
from healthlint.registry import RuleSet
from healthlint.report import Report


class Formatter(Protocol):
    """Renders reports; ``colour`` and ``summary`` matter to the text format only."""

    def __call__(
        self, reports: Sequence[Report], rules: RuleSet, *, colour: bool = ..., summary: bool = ...
    ) -> str: ...


FORMATTERS: dict[str, Formatter] = {
    "text": format_text,
    "json": format_json,
    "sarif": format_sarif,
    "github": format_github,
}

__all__ = ["FORMATTERS", "Formatter"]
