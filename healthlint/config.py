"""Configuration: ``[tool.healthlint]`` in pyproject.toml, ``healthlint.toml`` or
``.healthlint.toml``; the file nearest to the linted article wins.

Every key is validated; an unknown key or a value of the wrong type is a :class:`ConfigError`
naming the file and the key. Rule codes are checked against the loaded rules by the linter.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healthlint.errors import ConfigError
from healthlint.report import Severity

CONFIG_FILENAMES = (".healthlint.toml", "healthlint.toml", "pyproject.toml")
AUDIENCES = {"patient": 6.0, "general": 8.0, "professional": None}
DIALECTS = ("any", "en-US", "en-GB")
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")


@dataclass(frozen=True)
class Config:
    """Validated settings. ``path`` is the file they came from (``None`` for defaults)."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    audience: str = "general"
    target_grade: float | None = None
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    max_file_size: int = 5 * 1024 * 1024
    rule_packs: tuple[Path, ...] = ()
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    house_disclaimer: str | None = None
    vocabulary_accept: tuple[str, ...] = ()
    vocabulary_reject: tuple[str, ...] = ()
    dialect: str = "any"
    known_acronyms: tuple[str, ...] = ()
    languagetool_url: str | None = None
    languagetool_timeout: float = 10.0
    require: Mapping[str, bool] = field(default_factory=dict)
    per_file_require: Mapping[str, Mapping[str, bool]] = field(default_factory=dict)
    review_max_age_years: float = 3.0

    @property
    def root(self) -> Path:
        """The folder relative paths in the configuration are resolved against."""
        return self.path.parent if self.path else Path.cwd()

    @property
    def grade_target(self) -> float | None:
        """The reading-grade target: ``target-grade`` if set, else the audience's."""
        if self.target_grade is not None:
            return self.target_grade
        return AUDIENCES[self.audience]

    def replace(self, **changes: Any) -> Config:
        """A copy with some settings changed (used for command-line overrides)."""
        return dataclasses.replace(self, **changes)


# -- validators -------------------------------------------------------------------------------

Validator = Callable[[Any, str, "Path | None"], Any]


def _string(value: Any, key: str, _root: Path | None) -> str:
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string")
    return value


def _strings(value: Any, key: str, _root: Path | None) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"'{key}' must be a list of strings")
    return tuple(value)


def _codes(value: Any, key: str, root: Path | None) -> tuple[str, ...]:
    return tuple(code.strip() for code in _strings(value, key, root))


def _number(value: Any, key: str, _root: Path | None) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ValueError(f"'{key}' must be a non-negative number")
    return float(value)


def _size(value: Any, key: str, _root: Path | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"'{key}' must be a positive whole number of bytes")
    return value


def _choice(choices: tuple[str, ...]) -> Validator:
    def validate(value: Any, key: str, _root: Path | None) -> str:
        if value not in choices:
            raise ValueError(f"'{key}' must be one of {', '.join(choices)}, not {value!r}")
        return value

    return validate


def _severity(value: Any, key: str, _root: Path | None) -> Severity:
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be error, warning or info")
    try:
        return Severity.parse(value)
    except ValueError as error:
        raise ValueError(f"'{key}': {error}") from None


def _table(value: Any, key: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise ValueError(f"'{key}' must be a table")
    return value


def _per_file_ignores(value: Any, key: str, root: Path | None) -> dict[str, tuple[str, ...]]:
    return {
        glob: _codes(codes, f"{key}.{glob}", root) for glob, codes in _table(value, key).items()
    }


def _severities(value: Any, key: str, root: Path | None) -> dict[str, Severity]:
    return {
        code: _severity(level, f"{key}.{code}", root) for code, level in _table(value, key).items()
    }


def _paths(value: Any, key: str, root: Path | None) -> tuple[Path, ...]:
    base = root or Path.cwd()
    return tuple((base / item).resolve() for item in _strings(value, key, root))


def _rule_options(value: Any, key: str, _root: Path | None) -> dict[str, dict[str, Any]]:
    return {
        rule: dict(_table(options, f"{key}.{rule}")) for rule, options in _table(value, key).items()
    }


def _booleans(value: Any, key: str, _root: Path | None) -> dict[str, bool]:
    table = _table(value, key)
    for item, flag in table.items():
        if not isinstance(flag, bool):
            raise ValueError(f"'{key}.{item}' must be true or false")
    return dict(table)


def _per_file_require(value: Any, key: str, root: Path | None) -> dict[str, dict[str, bool]]:
    return {
        glob: _booleans(items, f"{key}.{glob}", root) for glob, items in _table(value, key).items()
    }


def _words_from_files(value: Any, key: str, root: Path | None) -> tuple[str, ...]:
    words: list[str] = []
    for path in _paths(value, key, root):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as error:
            raise ValueError(f"'{key}': cannot read vocabulary file {path} ({error})") from None
        words.extend(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    return tuple(words)


# key in the file → (attribute, validator)
TOP_LEVEL_KEYS: dict[str, tuple[str, Validator]] = {
    "select": ("select", _codes),
    "extend-select": ("extend_select", _codes),
    "ignore": ("ignore", _codes),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "severity": ("severity", _severities),
    "fail-on": ("fail_on", _severity),
    "audience": ("audience", _choice(tuple(AUDIENCES))),
    "target-grade": ("target_grade", _number),
    "include": ("include", _strings),
    "exclude": ("exclude", _strings),
    "max-file-size": ("max_file_size", _size),
    "rule-packs": ("rule_packs", _paths),
    "rule-options": ("rule_options", _rule_options),
    "house-disclaimer": ("house_disclaimer", _string),
    "dialect": ("dialect", _choice(DIALECTS)),
    "known-acronyms": ("known_acronyms", _strings),
    "require": ("require", _booleans),
    "per-file-require": ("per_file_require", _per_file_require),
    "review-max-age-years": ("review_max_age_years", _number),
}
VOCABULARY_KEYS: dict[str, tuple[str, Validator]] = {
    "accept": ("vocabulary_accept", _strings),
    "reject": ("vocabulary_reject", _strings),
    "accept-files": ("vocabulary_accept", _words_from_files),
    "reject-files": ("vocabulary_reject", _words_from_files),
}
LANGUAGETOOL_KEYS: dict[str, tuple[str, Validator]] = {
    "url": ("languagetool_url", _string),
    "timeout": ("languagetool_timeout", _number),
}
SUBTABLES = {"vocabulary": VOCABULARY_KEYS, "languagetool": LANGUAGETOOL_KEYS}


def config_from_mapping(data: Mapping[str, Any], path: Path | None = None) -> Config:
    """Validate a ``[tool.healthlint]`` mapping into a :class:`Config`."""
    where = str(path) if path else "configuration"
    values: dict[str, Any] = {"path": path}
    root = path.parent if path else None
    for key, value in data.items():
        try:
            if key in SUBTABLES:
                _read_subtable(values, key, _table(value, key), root)
                continue
            if key not in TOP_LEVEL_KEYS:
                known = ", ".join(sorted([*TOP_LEVEL_KEYS, *SUBTABLES]))
                raise ValueError(f"unknown key '{key}' (known keys: {known})")
            attribute, validate = TOP_LEVEL_KEYS[key]
            values[attribute] = validate(value, key, root)
        except ValueError as error:
            raise ConfigError(f"{where}: {error}") from None
    _check_required_items(values, where)
    return Config(**values)


def _check_required_items(values: Mapping[str, Any], where: str) -> None:
    """Reject an item of ``require`` / ``per-file-require`` that no rule checks (a typo)."""
    named = [("require", item) for item in values.get("require", {})] + [
        (f"per-file-require.{glob}", item)
        for glob, items in values.get("per_file_require", {}).items()
        for item in items
    ]
    if not named:
        return
    from healthlint.analysis.disclosure import requirement_items  # here: import cycle

    known = requirement_items(values.get("rule_packs", ()))
    for key, item in named:
        if item not in known:
            raise ConfigError(
                f"{where}: unknown item '{item}' in '{key}' (known items: {', '.join(known)})"
            )


def _read_subtable(
    values: dict[str, Any], name: str, table: Mapping[str, Any], root: Path | None
) -> None:
    keys = SUBTABLES[name]
    for key, value in table.items():
        if key not in keys:
            raise ValueError(f"unknown key '{name}.{key}' (known: {', '.join(keys)})")
        attribute, validate = keys[key]
        result = validate(value, f"{name}.{key}", root)
        if isinstance(result, tuple) and attribute in values:
            result = values[attribute] + result
        values[attribute] = result


def load_config(path: str | Path | None = None) -> Config:
    """Load configuration from ``path``, or find the nearest file from the current folder.

    Returns the defaults when no configuration file is found.
    """
    if path is not None:
        return _load_file(Path(path))
    found = find_config_file(Path.cwd())
    return _load_file(found) if found else Config()


def find_config_file(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``.

    A pyproject.toml counts only when it has a ``[tool.healthlint]`` table.
    """
    folder = start if start.is_dir() else start.parent
    for directory in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_FILENAMES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "healthlint" in data.get("tool", {})


def _load_file(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration ({error})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML ({error})") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("healthlint", {})
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.healthlint] must be a table")
    return config_from_mapping(data, path.resolve())
