"""Packaging: the wheel carries the rule packs and the schema, installs into a clean virtual
environment and lints an example; the development install is editable and finds the packs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tomllib
import venv
from importlib import metadata, resources
from pathlib import Path
from zipfile import ZipFile

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BAD_EXAMPLE = PROJECT_ROOT / "examples" / "articles" / "back-pain-bad.md"


def _run(command: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment["PIP_NO_COMPILE"] = "1"  # byte-compiling spaCy's dependencies is slow
    environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=environment
    )


def test_development_install_is_editable_and_finds_the_packs() -> None:
    # healthlint.rules maps to the top-level rules/ folder only through the installed
    # (editable) package mapping: the source tree alone has no healthlint/rules.
    rules_folder = resources.files("healthlint.rules")
    assert Path(str(rules_folder)).resolve() == (PROJECT_ROOT / "rules").resolve()
    assert metadata.version("healthlint")
    packs = {item.name for item in rules_folder.iterdir()}
    assert {"engine.yml", "claims.yml"} <= packs
    schema = resources.files("healthlint").joinpath("schema/report-v1.json")
    assert json.loads(schema.read_text(encoding="utf-8"))["title"].startswith("healthlint")


def test_every_subpackage_is_listed_in_pyproject() -> None:
    """pyproject.toml lists packages explicitly (rules/ installs as healthlint.rules), so a
    new subpackage that is not listed would be missing from the wheel."""
    listed = set(
        tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {
        ".".join(init.parent.relative_to(PROJECT_ROOT).parts)
        for init in (PROJECT_ROOT / "healthlint").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


@pytest.mark.slow
def test_wheel_installs_into_a_clean_venv_and_lints_an_example(
    tmp_path: Path, wheelhouse: Path
) -> None:
    (wheel,) = wheelhouse.glob("healthlint-*.whl")
    names = ZipFile(wheel).namelist()
    assert "healthlint/rules/engine.yml" in names and "healthlint/rules/claims.yml" in names
    assert "healthlint/schema/report-v1.json" in names
    assert not any(name.startswith(("tests/", "benchmarks/", "examples/")) for name in names)

    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / "bin" / "python"
    offline = ["--no-index", "--find-links", str(wheelhouse)]
    installed = _run([str(python), "-m", "pip", "install", "-q", *offline, str(wheel)], tmp_path)
    assert installed.returncode == 0, installed.stderr[-2000:]

    article = tmp_path / "article.md"
    shutil.copy(BAD_EXAMPLE, article)
    healthlint = environment / "bin" / "healthlint"
    checked = _run([str(healthlint), "check", "--select", "HL101", "article.md"], cwd=tmp_path)
    assert checked.returncode == 1, checked.stderr
    assert "article.md:3:10: HL101" in checked.stdout
    assert "no trained spaCy model" not in checked.stderr

    rules = _run([str(healthlint), "rules"], cwd=tmp_path)
    assert "HL001" in rules.stdout and "HL101" in rules.stdout
    doctor = _run([str(healthlint), "doctor"], cwd=tmp_path)
    assert "ok  spaCy model: en_core_web_sm" in doctor.stdout
