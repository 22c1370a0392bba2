"""Plugins: a distribution that registers a check kind and a rule pack under the
``healthlint.rules`` entry-point group is found by the registry, with no other set-up."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from healthlint import Config, ConfigError, Linter
from healthlint.registry import load_rule_set

PLUGIN_MODULE = '''
"""A healthlint plugin: one check kind and one rule pack."""
from pathlib import Path

from healthlint.checks import Check, Hit


class ShoutCheck(Check):
    """Flags words written in capitals."""

    kind = "shout"
    needs = frozenset({"sentences"})
    parameters = {"min_length": "shortest word to flag"}

    def run(self, context):
        for token in context.doc:
            if token.is_upper and len(token) >= self.params.get("min_length", 4):
                yield Hit(token.idx, token.idx + len(token))


def plugin():
    return [ShoutCheck, str(Path(__file__).with_name("shout_pack.yml"))]
'''

PLUGIN_PACK = """
pack: shout
rules:
  - code: XY101
    name: shouting
    severity: info
    message: "'{text}' is written in capitals"
    why: Capitals read as shouting.
    examples:
      bad: ["This is VERY important."]
      good: ["This is very important."]
    check: shout
    min_length: 3
"""


def _install_plugin(site: Path, entry_point: str) -> None:
    (site / "shout_plugin.py").write_text(textwrap.dedent(PLUGIN_MODULE), encoding="utf-8")
    (site / "shout_pack.yml").write_text(PLUGIN_PACK, encoding="utf-8")
    dist_info = site / "shout_plugin-1.0.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: shout-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist_info / "entry_points.txt").write_text(
        f"[healthlint.rules]\nshout = {entry_point}\n", encoding="utf-8"
    )


@pytest.fixture
def plugin_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("shout_plugin", None)


def test_entry_point_plugin_adds_a_check_kind_and_a_pack(plugin_site: Path) -> None:
    _install_plugin(plugin_site, "shout_plugin:plugin")
    rule_set = load_rule_set()
    assert "shout" in rule_set.kinds
    assert rule_set.rules["XY101"].pack == "shout"
    linter = Linter(Config(select=("XY101",)), rule_set)
    report = linter.check("Stretch GENTLY every day.", "a.txt")
    assert [(finding.code, finding.column) for finding in report.findings] == [("XY101", 9)]


def test_broken_plugin_is_a_config_error_naming_it(plugin_site: Path) -> None:
    _install_plugin(plugin_site, "shout_plugin:no_such_function")
    with pytest.raises(ConfigError, match="plugin 'shout' failed to load"):
        load_rule_set()
