"""Rule packs (YAML) → :class:`Rule` objects, plus check kinds from plugins.

A pack is a YAML mapping with ``pack`` (its name), an optional ``description`` and ``rules``,
a list of rule entries::

    - code: HL101
      name: absolute-claim
      severity: warning
      message: "'{text}' promises more than any treatment can"
      why: >
        One paragraph shown by ``healthlint explain``.
      examples:
        bad: ["This tea cures arthritis."]
        good: ["This tea may ease stiffness in some people."]
      references: ["https://..."]
      check: phrase            # the check kind
      phrases: [cure, miracle] # the kind's parameters, inline

Packs come from three places: the built-in ``rules/`` folder (installed as
``healthlint.rules``), the configuration's ``rule-packs``, and plugins registered under the
``healthlint.rules`` entry-point group (a pack path, a :class:`~healthlint.checks.Check`
subclass, or a list of those).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from healthlint.checks import Check, CheckError, builtin_kinds
from healthlint.errors import ConfigError
from healthlint.report import Severity

ENTRY_POINT_GROUP = "healthlint.rules"
# libyaml's safe loader when PyYAML was built with it (about 10x faster), else the pure one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CODE_PATTERN = re.compile(r"^[A-Z]{2,6}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
RULE_KEYS = frozenset(
    {
        "code",
        "name",
        "severity",
        "message",
        "why",
        "examples",
        "references",
        "check",
        "enabled",
        "audiences",
        "options",
        "summary",
    }
)


@dataclass(frozen=True)
class Example:
    """A rule example: text, the format it is written in, and configuration it assumes."""

    text: str
    format: str = "text"
    config: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """A rule as defined in a pack: documentation plus a check kind and its parameters."""

    code: str
    name: str
    severity: Severity
    message: str
    why: str
    check: str
    params: Mapping[str, Any]
    pack: str
    bad_examples: tuple[Example, ...] = ()
    good_examples: tuple[Example, ...] = ()
    references: tuple[str, ...] = ()
    enabled: bool = True
    audiences: tuple[str, ...] = ()
    summary: str = ""

    def applies_to(self, audience: str) -> bool:
        """Whether the rule is meant for an audience (all audiences when none are listed)."""
        return not self.audiences or audience in self.audiences


@dataclass(frozen=True)
class RuleSet:
    """Every known rule and check kind."""

    rules: Mapping[str, Rule]
    kinds: Mapping[str, type[Check]]

    def resolve(self, selector: str) -> list[Rule]:
        """Rules matching a selector: ``ALL``, a code, a code prefix (``HL1``) or a rule name."""
        selector = selector.strip()
        if selector.upper() == "ALL":
            return list(self.rules.values())
        upper = selector.upper()
        by_code = [rule for code, rule in self.rules.items() if code.startswith(upper)]
        if by_code:
            return by_code
        return [rule for rule in self.rules.values() if rule.name == selector.lower()]

    def build_check(self, rule: Rule, overrides: Mapping[str, Any] | None = None) -> Check:
        """Instantiate a rule's check kind with its parameters (and configured overrides)."""
        params = {**rule.params, **(overrides or {})}
        try:
            return self.kinds[rule.check](params)
        except CheckError as error:
            raise ConfigError(f"rule {rule.code} ({rule.pack}): {error}") from None


def load_rule_set(extra_packs: Iterable[Path] = ()) -> RuleSet:
    """Load the built-in packs, plugin packs and kinds, and the given extra pack files."""
    kinds = dict(builtin_kinds())
    sources: list[tuple[str, Traversable | Path]] = list(_builtin_pack_files())
    for entry in _plugin_objects():
        if isinstance(entry, type) and issubclass(entry, Check):
            kinds[entry.kind] = entry
        elif isinstance(entry, str | Path | Traversable):
            sources.extend(_pack_files(Path(entry) if isinstance(entry, str) else entry))
    for path in extra_packs:
        if not path.exists():
            raise ConfigError(f"rule pack {path}: no such file or folder")
        sources.extend(_pack_files(path))
    rules: dict[str, Rule] = {}
    names: dict[str, str] = {}
    for display, file in sources:
        for rule in parse_pack(_read_text(display, file), display, kinds):
            if rule.code in rules:
                raise ConfigError(
                    f"{display}: rule {rule.code} is already defined in {rules[rule.code].pack}"
                )
            if rule.name in names:
                raise ConfigError(
                    f"{display}: rule name {rule.name!r} is already used by {names[rule.name]}"
                )
            rules[rule.code] = rule
            names[rule.name] = rule.code
    return RuleSet(dict(sorted(rules.items())), kinds)


@cache
def builtin_rule_set() -> RuleSet:
    """The built-in and plugin rules, loaded once per process."""
    return load_rule_set()


def _builtin_pack_files() -> Iterator[tuple[str, Traversable]]:
    yield from _pack_files(resources.files("healthlint.rules"), label="rules")


def _pack_files(
    root: Traversable | Path, label: str | None = None
) -> Iterator[tuple[str, Traversable | Path]]:
    """YAML packs in a file or folder, each with the name to show in messages."""
    if root.is_file():
        yield str(root), root
        return
    for item in sorted(root.iterdir(), key=lambda entry: entry.name):
        if item.is_file() and item.name.endswith((".yml", ".yaml")):
            yield (f"{label}/{item.name}" if label else str(item)), item


def _plugin_objects() -> Iterator[Any]:
    for entry_point in metadata.entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry_point.load()
        except Exception as error:  # a broken plugin must not take the linter down silently
            raise ConfigError(f"plugin {entry_point.name!r} failed to load: {error}") from None
        if callable(loaded) and not isinstance(loaded, type):
            loaded = loaded()
        if isinstance(loaded, list | tuple):
            yield from loaded
        else:
            yield loaded


def _read_text(display: str, file: Traversable | Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{display}: cannot read rule pack ({error})") from None


def parse_pack(text: str, display: str, kinds: Mapping[str, type[Check]]) -> list[Rule]:
    """Parse and validate one YAML pack."""
    try:
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ConfigError(
            f"{display}{where}: invalid YAML ({getattr(error, 'problem', error)})"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules", []), list):
        raise ConfigError(f"{display}: a rule pack is a mapping with a 'rules' list")
    pack = str(data.get("pack") or Path(display).stem)
    return [_parse_rule(entry, pack, display, kinds) for entry in data.get("rules", [])]


def _parse_rule(entry: Any, pack: str, display: str, kinds: Mapping[str, type[Check]]) -> Rule:
    if not isinstance(entry, dict):
        raise ConfigError(f"{display}: each rule must be a mapping")
    code = str(entry.get("code", ""))
    where = f"{display}: rule {code or '(no code)'}"
    if not CODE_PATTERN.match(code):
        raise ConfigError(f"{where}: 'code' must be letters and three digits, like HL101")
    name = entry.get("name")
    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        raise ConfigError(f"{where}: 'name' must be a kebab-case slug")
    for key in ("message", "why", "check"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ConfigError(f"{where}: '{key}' is required and must be text")
    kind = entry["check"]
    if kind not in kinds:
        raise ConfigError(
            f"{where}: unknown check kind {kind!r} (known: {', '.join(sorted(kinds))})"
        )
    try:
        severity = Severity.parse(str(entry.get("severity", "warning")))
    except ValueError as error:
        raise ConfigError(f"{where}: {error}") from None
    params = {key: value for key, value in entry.items() if key not in RULE_KEYS}
    examples = entry.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"bad", "good"}:
        raise ConfigError(f"{where}: 'examples' must be a mapping with 'bad' and 'good' lists")
    rule = Rule(
        code=code,
        name=name,
        severity=severity,
        message=entry["message"].strip(),
        why=" ".join(entry["why"].split()),
        check=kind,
        params=params,
        pack=pack,
        bad_examples=_examples(examples.get("bad"), where),
        good_examples=_examples(examples.get("good"), where),
        references=tuple(str(item) for item in entry.get("references") or ()),
        enabled=bool(entry.get("enabled", True)),
        audiences=tuple(entry.get("audiences") or ()),
        summary=str(entry.get("summary") or ""),
    )
    try:
        kinds[kind](params)
    except CheckError as error:
        raise ConfigError(f"{where}: {error}") from None
    return rule


def _examples(raw: Any, where: str) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: examples must be lists")
    examples = []
    for item in raw:
        if isinstance(item, str):
            examples.append(Example(item))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            examples.append(
                Example(
                    item["text"], str(item.get("format", "text")), dict(item.get("config") or {})
                )
            )
        else:
            raise ConfigError(f"{where}: an example is text or a mapping with 'text'")
    return tuple(examples)
