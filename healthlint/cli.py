"""The command line: ``healthlint check``, ``rules``, ``explain``, ``doctor``.

Only this module prints or exits. Exit codes: 0 clean, 1 findings at or above ``--fail-on``,
2 a usage, input or configuration error (always one line on stderr, never a traceback).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import click

from healthlint import __version__
from healthlint.config import AUDIENCES, Config, find_config_file, load_config
from healthlint.errors import HealthlintError, InputError
from healthlint.formats import decode_source, load_file
from healthlint.formatters import FORMATTERS
from healthlint.formatters.text import format_statistics
from healthlint.linter import Linter
from healthlint.registry import Rule, RuleSet, builtin_rule_set, load_rule_set
from healthlint.report import Report, Severity
from healthlint.walk import collect_files

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STDIN = "-"


def _split_codes(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


def _error(message: str) -> None:
    click.echo(f"healthlint: error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="healthlint")
def main() -> None:
    """healthlint — a content-quality linter for health articles."""


@dataclass
class _Run:
    """What one ``check`` invocation collected: reports, input errors, warnings."""

    reports: list[Report] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)

    def rule_set(self) -> RuleSet:
        """Every rule the linters knew, for formatters (user packs included)."""
        base = builtin_rule_set()
        return RuleSet({**base.rules, **self.rules}, base.kinds)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(FORMATTERS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option("--select", multiple=True, help="Rules to enable (codes, prefixes like HL1, names).")
@click.option("--extend-select", multiple=True, help="Rules to enable on top of the selection.")
@click.option("--ignore", multiple=True, help="Rules to disable.")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default=None,
    help="Lowest severity that makes the exit code 1 [default: warning].",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="Configuration file (default: the nearest healthlint.toml, "
    ".healthlint.toml or pyproject.toml with [tool.healthlint]).",
)
@click.option(
    "--audience",
    type=click.Choice(sorted(AUDIENCES)),
    default=None,
    help="Target audience: sets the reading-grade target.",
)
@click.option(
    "--stdin-filename", default=None, help="Name (and so format) of the article read from '-'."
)
@click.option(
    "--output",
    "-o",
    "output_path",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write the report to a file instead of standard output.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no summary or notes.")
@click.option("--statistics", is_flag=True, help="Print the number of findings per rule.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes that parse articles in parallel.",
)
@click.option(
    "--color/--no-color", default=None, help="Colour the text output [default: on a terminal]."
)
def check(
    paths: tuple[str, ...],
    output_format: str,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    fail_on: str | None,
    config_path: str | None,
    audience: str | None,
    stdin_filename: str | None,
    output_path: str | None,
    quiet: bool,
    statistics: bool,
    jobs: int,
    color: bool | None,
) -> None:
    """Lint articles: files (.txt, .md, .html), folders, or '-' for standard input."""
    overrides: dict = {}
    if select:
        overrides["select"] = _split_codes(select)
    if extend_select:
        overrides["extend_select"] = _split_codes(extend_select)
    if ignore:
        overrides["ignore"] = _split_codes(ignore)
    if audience:
        overrides["audience"] = audience
    if fail_on:
        overrides["fail_on"] = Severity.parse(fail_on)
    try:
        explicit_config = load_config(config_path) if config_path else None
        run = _lint(paths, explicit_config, overrides, stdin_filename, jobs)
    except HealthlintError as error:
        _error(str(error))
        sys.exit(EXIT_ERROR)
    for warning in dict.fromkeys(run.warnings):
        click.echo(f"healthlint: warning: {warning}", err=True)
    for message in run.errors:
        _error(message)
    reports = run.reports
    rules = run.rule_set()
    to_terminal = output_path is None and sys.stdout.isatty()
    use_colour = (color if color is not None else to_terminal) and output_format == "text"
    output = FORMATTERS[output_format](reports, rules, colour=use_colour, summary=not quiet)
    if statistics and output_format == "text":
        output += format_statistics(reports, rules)
    if not quiet and output_format == "text":
        notes = [
            f"{report.path or '<stdin>'}: {note}" for report in reports for note in report.notes
        ]
        for note in notes:
            click.echo(f"healthlint: note: {note}", err=True)
    if run.errors and not reports and output_format == "text":
        output = ""
    if output_path:
        try:
            Path(output_path).write_text(output, encoding="utf-8")
        except OSError as error:
            _error(f"{output_path}: cannot write the report ({error.strerror})")
            sys.exit(EXIT_ERROR)
    else:
        click.echo(output, nl=False, color=use_colour)
    if run.errors:
        sys.exit(EXIT_ERROR)
    threshold = overrides.get("fail_on") or _fail_on(explicit_config)
    failing = any(
        finding.severity >= threshold for report in reports for finding in report.findings
    )
    sys.exit(EXIT_FINDINGS if failing else EXIT_CLEAN)


def _fail_on(config: Config | None) -> Severity:
    if config is not None:
        return config.fail_on
    found = find_config_file(Path.cwd())
    return load_config(found).fail_on if found else Severity.WARNING


def _lint(
    paths: tuple[str, ...],
    explicit_config: Config | None,
    overrides: dict,
    stdin_filename: str | None,
    jobs: int,
) -> _Run:
    run = _Run()
    linters: dict[Path | None, Linter] = {}

    def linter_for(location: Path) -> Linter:
        config_file = None if explicit_config else find_config_file(location)
        key = explicit_config.path if explicit_config else config_file
        if key not in linters:
            base = explicit_config or (load_config(config_file) if config_file else Config())
            linters[key] = Linter(base.replace(**overrides))
        return linters[key]

    batches: dict[int, tuple[Linter, list[tuple[str, str]]]] = {}
    for path_text in paths:
        if path_text == STDIN:
            name = stdin_filename or "<stdin>"
            text = decode_source(sys.stdin.buffer.read(), name)
            linter = linter_for(Path(stdin_filename).parent if stdin_filename else Path.cwd())
            _queue(batches, linter, text, name, run)
            continue
        path = Path(path_text)
        if not path.exists():
            run.errors.append(f"{path_text}: no such file or directory")
            continue
        linter = linter_for(path if path.is_dir() else path.parent)
        files = [path] if path.is_file() else list(collect_files(path, linter.config))
        if not files:
            patterns = ", ".join(linter.config.include)
            run.errors.append(
                f"{path_text}: no files to lint in this folder (looked for {patterns})"
            )
            continue
        for file in files:
            file_linter = linter if path.is_file() else linter_for(file.parent)
            try:
                text = load_file(file, file_linter.config.max_file_size)
            except InputError as error:
                run.errors.append(str(error))
                continue
            _queue(batches, file_linter, text, str(file), run)
    for linter, items in batches.values():
        run.reports.extend(linter.check_many(items, n_process=jobs))
        run.warnings.extend(linter.warnings)
    for linter in linters.values():
        run.rules.update(linter.rule_set.rules)
    return run


def _queue(
    batches: dict[int, tuple[Linter, list[tuple[str, str]]]],
    linter: Linter,
    text: str,
    name: str,
    run: _Run,
) -> None:
    if not text.strip():
        run.errors.append(f"{name}: empty file, nothing to lint")
        return
    batches.setdefault(id(linter), (linter, []))[1].append((text, name))


# -- rules, explain, doctor -------------------------------------------------------------------


def _rule_set(config_path: str | None):
    config = load_config(config_path) if config_path else load_config()
    return load_rule_set(config.rule_packs) if config.rule_packs else builtin_rule_set()


@main.command("rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def list_rules(output_format: str, config_path: str | None) -> None:
    """List every rule: code, name, severity, pack and what it checks."""
    try:
        rule_set = _rule_set(config_path)
    except HealthlintError as error:
        _error(str(error))
        sys.exit(EXIT_ERROR)
    rules = list(rule_set.rules.values())
    if output_format == "json":
        click.echo(json.dumps([_rule_summary(rule) for rule in rules], indent=2))
        return
    name_width = max((len(rule.name) for rule in rules), default=4)
    click.echo(f"{'CODE':<7} {'NAME':<{name_width}} {'SEVERITY':<8} {'PACK':<11} SUMMARY")
    for rule in rules:
        summary = rule.summary or rule.why.split(". ")[0]
        enabled = "" if rule.enabled else " (off by default)"
        click.echo(
            f"{rule.code:<7} {rule.name:<{name_width}} {rule.severity!s:<8} {rule.pack:<11} "
            f"{summary}{enabled}"
        )


def _rule_summary(rule: Rule) -> dict:
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": str(rule.severity),
        "pack": rule.pack,
        "check": rule.check,
        "enabled": rule.enabled,
        "audiences": list(rule.audiences),
        "summary": rule.summary,
        "why": rule.why,
        "references": list(rule.references),
    }


@main.command()
@click.argument("rule")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None)
def explain(rule: str, config_path: str | None) -> None:
    """Explain a rule: what it checks, why, examples and references (by code or name)."""
    try:
        rule_set = _rule_set(config_path)
    except HealthlintError as error:
        _error(str(error))
        sys.exit(EXIT_ERROR)
    found = rule_set.rules.get(rule.upper()) or next(
        (item for item in rule_set.rules.values() if item.name == rule.lower()), None
    )
    if found is None:
        _error(f"unknown rule {rule!r}; run 'healthlint rules' to list them")
        sys.exit(EXIT_ERROR)
    for line in _explanation(found):
        click.echo(line)


def _explanation(rule: Rule) -> Iterator[str]:
    yield f"{rule.code} {rule.name} ({rule.severity}, pack: {rule.pack}, check: {rule.check})"
    if not rule.enabled:
        yield "Off by default: enable it with --extend-select " + rule.code
    if rule.audiences:
        yield f"Applies to audiences: {', '.join(rule.audiences)}"
    yield ""
    if rule.summary:
        yield rule.summary
        yield ""
    yield "Why is this a problem?"
    yield f"  {rule.why}"
    if rule.bad_examples:
        yield ""
        yield "Flagged:"
        yield from (f"  ✗ {example.text.strip()}" for example in rule.bad_examples)
    if rule.good_examples:
        yield ""
        yield "Not flagged:"
        yield from (f"  ✓ {example.text.strip()}" for example in rule.good_examples)
    if rule.references:
        yield ""
        yield "References:"
        yield from (f"  {reference}" for reference in rule.references)


@main.command()
def doctor() -> None:
    """Show which optional components are available and why not when they are not."""
    from healthlint.status import component_statuses

    for status in component_statuses():
        mark = "ok " if status.available else "-- "
        click.echo(f"{mark} {status.name}: {status.detail}")
