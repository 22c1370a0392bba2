"""Errors that healthlint reports to the user as one line and exit code 2."""

from __future__ import annotations


class HealthlintError(Exception):
    """A usage, input or configuration problem the user can fix; never a bug in healthlint."""


class InputError(HealthlintError):
    """A file that cannot be linted: missing, binary, not UTF-8, too large, malformed."""


class ConfigError(HealthlintError):
    """Invalid configuration: malformed TOML/YAML, an unknown key, an unknown rule code."""
