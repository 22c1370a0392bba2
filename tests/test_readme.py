"""The README's configuration and rule-pack examples are real: they load, validate and work."""

from __future__ import annotations

import re
from pathlib import Path

from healthlint import Linter, load_config

README = Path(__file__).resolve().parent.parent / "README.md"


def _block(language: str, after_heading: str) -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index(after_heading) :]
    match = re.search(rf"```{language}\n(.*?)```", section, re.DOTALL)
    assert match is not None, f"no {language} block after {after_heading!r}"
    return match.group(1)


def test_readme_configuration_example_loads_and_builds_a_linter(tmp_path: Path) -> None:
    (tmp_path / "styles").mkdir()
    (tmp_path / "styles" / "house.yml").write_text(
        _block("yaml", "### Rule packs are data"), encoding="utf-8"
    )
    (tmp_path / "styles" / "accept.txt").write_text("# house words\nZorblatine\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(_block("toml", "## Configuration"), encoding="utf-8")

    config = load_config(tmp_path / "pyproject.toml")
    linter = Linter(config)

    assert config.audience == "patient"
    assert "Zorblatine" in config.vocabulary_accept
    assert "HS101" in {rule.code for rule in linter.rules}


def test_readme_house_pack_example_flags_its_bad_example(tmp_path: Path) -> None:
    pack = tmp_path / "house.yml"
    pack.write_text(_block("yaml", "### Rule packs are data"), encoding="utf-8")
    (tmp_path / "healthlint.toml").write_text(
        'rule-packs = ["house.yml"]\nselect = ["HS101"]\n', encoding="utf-8"
    )
    linter = Linter(load_config(tmp_path / "healthlint.toml"))

    bad = linter.check("Kale is a superfood.")
    good = linter.check("Kale is a good source of vitamin K.")

    assert [finding.code for finding in bad.findings] == ["HS101"]
    assert good.findings == []
