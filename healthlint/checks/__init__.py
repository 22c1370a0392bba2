"""Check kinds: the only Python a rule needs. One module per kind, found automatically, plus
kinds that plugins register under the ``healthlint.rules`` entry-point group."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from healthlint.checks.base import Check, CheckError, Hit

__all__ = ["Check", "CheckError", "Hit", "builtin_kinds"]


@cache
def builtin_kinds() -> dict[str, type[Check]]:
    """Every check kind shipped with healthlint, by its ``kind`` name."""
    kinds: dict[str, type[Check]] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base" or module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Check)
                and value is not Check
                and value.__module__ == module.__name__
                and getattr(value, "kind", None)
            ):
                kinds[value.kind] = value
    return kinds
