"""healthlint — a content-quality linter for health articles.

The public API::

    import healthlint
    report = healthlint.check(text, filename=None, config=None)
    report = healthlint.check_file(path, config=None)
    sentences = healthlint.analyze(text)
    reports = healthlint.Linter(config).check_many(texts, n_process=1)
    config = healthlint.load_config(path=None)
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("healthlint")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"

from healthlint.api import analyze, check, check_file
from healthlint.config import Config, load_config
from healthlint.errors import ConfigError, HealthlintError, InputError
from healthlint.linter import Linter
from healthlint.report import Finding, Report, Severity

__all__ = [
    "Config",
    "ConfigError",
    "Finding",
    "HealthlintError",
    "InputError",
    "Linter",
    "Report",
    "Severity",
    "__version__",
    "analyze",
    "check",
    "check_file",
    "load_config",
]
