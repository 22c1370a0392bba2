"""Configuration: which file applies, and what each key does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from healthlint import Config, ConfigError, Linter, Severity, check_file, load_config
from healthlint.cli import main
from healthlint.config import config_from_mapping, find_config_file

PACK_LINE = 'rule-packs = ["pack.yml"]\n'


def codes_in(path: Path, config: Config | None = None) -> list[str]:
    return [finding.code for finding in check_file(path, config).findings]


def cli_codes(*args: str) -> list[str]:
    output = CliRunner().invoke(main, ["check", "--format", "json", *args]).stdout
    return [
        finding["code"]
        for report in json.loads(output)["reports"]
        for finding in report["findings"]
    ]


# -- which file ------------------------------------------------------------------------------


def test_nearest_configuration_file_wins(project: Path) -> None:
    sub = project / "sub" / "deeper"
    sub.mkdir(parents=True)
    (project / "sub" / ".healthlint.toml").write_text(
        'rule-packs = ["../pack.yml"]\nselect = ["HL902"]\n', encoding="utf-8"
    )
    (sub / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    (project / "b.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    assert find_config_file(sub) == (project / "sub" / ".healthlint.toml").resolve()
    assert codes_in(sub / "a.md") == ["HL902"]
    assert codes_in(project / "b.md") == ["HL901", "HL902"]
    assert cli_codes("sub/deeper/a.md", "b.md") == ["HL902", "HL901", "HL902"]


def test_pyproject_counts_only_with_a_tool_healthlint_table(project: Path) -> None:
    sub = project / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config_file(sub) == (project / "healthlint.toml").resolve()
    (sub / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.healthlint]\nrule-packs = ["../pack.yml"]\n'
        'select = ["HL901"]\n',
        encoding="utf-8",
    )
    assert find_config_file(sub) == (sub / "pyproject.toml").resolve()
    (sub / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    assert codes_in(sub / "a.md") == ["HL901"]


def test_dotfile_wins_over_plain_name_in_the_same_folder(project: Path) -> None:
    (project / ".healthlint.toml").write_text(PACK_LINE + 'select = ["HL902"]\n', encoding="utf-8")
    assert find_config_file(project) == (project / ".healthlint.toml").resolve()
    assert load_config().select == ("HL902",)


def test_no_configuration_file_gives_defaults(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    if find_config_file(tmp_path) is None:
        assert load_config() == Config()


def test_explicit_config_option_overrides_discovery(project: Path) -> None:
    (project / "other.toml").write_text(PACK_LINE + 'select = ["HL902"]\n', encoding="utf-8")
    (project / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    assert cli_codes("--config", "other.toml", "a.md") == ["HL902"]


# -- what the keys do ------------------------------------------------------------------------


def _write(project: Path, settings: str) -> None:
    (project / "healthlint.toml").write_text(PACK_LINE + settings, encoding="utf-8")


def test_select_prefix_and_ignore_by_name(project: Path) -> None:
    _write(project, 'select = ["HL9"]\nignore = ["marker-info"]\n')
    (project / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    assert codes_in(project / "a.md") == ["HL901"]


def test_extend_select_enables_a_rule_that_is_off_by_default(project: Path) -> None:
    pack = (project / "pack.yml").read_text(encoding="utf-8")
    pack = pack.replace(
        "    check: phrase\n    phrases: [okapi]",
        "    enabled: false\n    check: phrase\n    phrases: [okapi]",
    )
    (project / "pack.yml").write_text(pack, encoding="utf-8")
    (project / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    _write(project, "")
    assert "HL902" not in codes_in(project / "a.md")
    _write(project, 'extend-select = ["HL902"]\n')
    assert "HL902" in codes_in(project / "a.md")


def test_per_file_ignores_match_globs_relative_to_the_config(project: Path) -> None:
    _write(project, 'select = ["HL9"]\n[per-file-ignores]\n"drafts/*.md" = ["HL901"]\n')
    (project / "drafts").mkdir()
    (project / "drafts" / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    (project / "b.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    assert codes_in(project / "drafts" / "a.md") == ["HL902"]
    assert codes_in(project / "b.md") == ["HL901", "HL902"]


def test_severity_override_by_code_or_name(project: Path) -> None:
    _write(project, 'select = ["HL9"]\n[severity]\nHL901 = "error"\nmarker-info = "warning"\n')
    (project / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    severities = [finding.severity for finding in check_file(project / "a.md").findings]
    assert severities == [Severity.ERROR, Severity.WARNING]


def test_rule_options_override_a_rules_parameters(project: Path) -> None:
    _write(project, 'select = ["HL901"]\n[rule-options.marker-word]\nphrases = ["giraffe"]\n')
    (project / "a.md").write_text("A zebra and a giraffe.\n", encoding="utf-8")
    report = check_file(project / "a.md")
    assert [report.source[f.start : f.end] for f in report.findings] == ["giraffe"]


def test_rule_options_with_a_bad_parameter_is_a_config_error(project: Path) -> None:
    _write(project, '[rule-options.HL901]\nphrasez = ["giraffe"]\n')
    with pytest.raises(ConfigError, match="phrasez"):
        Linter(load_config())


def test_audience_limits_rules_meant_for_other_audiences(project: Path) -> None:
    pack = (project / "pack.yml").read_text(encoding="utf-8")
    pack = pack.replace(
        "    check: phrase\n    phrases: [okapi]",
        "    audiences: [patient]\n    check: phrase\n    phrases: [okapi]",
    )
    (project / "pack.yml").write_text(pack, encoding="utf-8")
    _write(project, 'select = ["HL9"]\naudience = "professional"\n')
    (project / "a.md").write_text("A zebra and an okapi.\n", encoding="utf-8")
    assert codes_in(project / "a.md") == ["HL901"]
    assert load_config().grade_target is None
    _write(project, 'select = ["HL9"]\naudience = "patient"\n')
    assert codes_in(project / "a.md") == ["HL901", "HL902"]
    assert load_config().grade_target == 6.0
    assert cli_codes("--audience", "professional", "a.md") == ["HL901"]


def test_rule_packs_add_user_rules(project: Path) -> None:
    config = load_config()
    assert config.rule_packs == ((project / "pack.yml").resolve(),)
    assert "HL901" in Linter(config).rule_set.rules


def test_missing_rule_pack_is_a_config_error(project: Path) -> None:
    _write(project, "")
    (project / "pack.yml").unlink()
    with pytest.raises(ConfigError, match=r"pack\.yml"):
        Linter(load_config())


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"audience": "children"}, "'audience' must be one of"),
        ({"select": "HL101"}, None),
        ({"select": [1, 2]}, "'select' must be a list of strings"),
        ({"max-file-size": -1}, "'max-file-size' must be a positive"),
        ({"fail-on": "fatal"}, "unknown severity"),
        ({"severity": {"HL101": "loud"}}, "unknown severity"),
        ({"vocabulary": {"accept": ["ok"], "deny": ["x"]}}, "unknown key 'vocabulary.deny'"),
        ({"colour": True}, "unknown key 'colour'"),
    ],
)
def test_values_are_validated(mapping: dict, message: str | None) -> None:
    if message is None:
        assert config_from_mapping(mapping).select == ("HL101",)
        return
    with pytest.raises(ConfigError, match=message):
        config_from_mapping(mapping, Path("/x/healthlint.toml"))
