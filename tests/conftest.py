"""Shared fixtures: one linter per configuration, reused across tests (the spaCy model loads
once per process); the data healthlint saves between runs goes to a folder of the test session's
own (:mod:`healthlint.run_cache`), so that tests neither read nor write the user's."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from languagetool_standin import EXAMPLES_PORT, StandInServer

from healthlint import Config, Linter
from healthlint.run_cache import CACHE_DIR_VARIABLE, NO_CACHE_VARIABLE

SESSION_CACHE = Path(tempfile.mkdtemp(prefix="healthlint-test-cache-"))


def pytest_configure(config: pytest.Config) -> None:
    """Before collection (test modules build linters as they load): the session's cache."""
    os.environ[CACHE_DIR_VARIABLE] = str(SESSION_CACHE)
    os.environ.pop(NO_CACHE_VARIABLE, None)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(SESSION_CACHE, ignore_errors=True)


PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
SAMPLE_ARTICLE = SHARED / "samples" / "muscle-spasms-upper-back.txt"


@pytest.fixture
def hide_package(monkeypatch: pytest.MonkeyPatch) -> Callable[[ModuleType, str], None]:
    """Make ``module``'s ``package_folder(package)`` find nothing, as if ``package`` were not
    installed (for the optional data packages healthlint reads)."""

    def hide(module: ModuleType, package: str) -> None:
        real_folder = module.package_folder

        def folder(name: str) -> Path | None:
            return None if name == package else real_folder(name)

        monkeypatch.setattr(module, "package_folder", folder)

    return hide


@pytest.fixture(scope="session")
def linter() -> Linter:
    """A linter with the default configuration."""
    return Linter(Config())


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The real article in ../shared/samples (skips when shared/ is not beside the repo)."""
    if not SAMPLE_ARTICLE.exists():
        pytest.skip("../shared/samples is not available")
    return SAMPLE_ARTICLE.read_text(encoding="utf-8")


MARKER_PACK = """\
pack: fixture
rules:
  - code: HL901
    name: marker-word
    severity: warning
    message: "'{text}' is the marker word"
    why: A test fixture that flags one word, so engine tests do not depend on real rules.
    examples:
      bad: ["A zebra here."]
      good: ["Nothing here."]
    check: phrase
    phrases:
      zebra: horse
  - code: HL902
    name: marker-info
    severity: info
    message: "'{text}' is the quiet marker"
    why: A test fixture rule with severity info.
    examples:
      bad: ["An okapi here."]
      good: ["Nothing here."]
    check: phrase
    phrases: [okapi]
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary project folder (the current directory) with a fixture rule pack: HL901
    flags "zebra" (warning), HL902 flags "okapi" (info); only they are selected."""
    (tmp_path / "pack.yml").write_text(MARKER_PACK, encoding="utf-8")
    (tmp_path / "healthlint.toml").write_text(
        'rule-packs = ["pack.yml"]\nselect = ["HL901", "HL902"]\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def marker_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture rule pack (HL901 zebra, HL902 okapi) written to a temporary file."""
    pack = tmp_path_factory.mktemp("packs") / "pack.yml"
    pack.write_text(MARKER_PACK, encoding="utf-8")
    return pack


@pytest.fixture(scope="session")
def marker_linter(marker_pack: Path) -> Linter:
    """A linter running the fixture rules and the engine rules (HL001, HL002) only."""
    return Linter(Config(rule_packs=(marker_pack,), select=("HL9", "HL0")))


@pytest.fixture(scope="session", autouse=True)
def languagetool_standin() -> Iterator[StandInServer]:
    """The stand-in LanguageTool server the HL45x rule examples point at (127.0.0.1 only)."""
    with StandInServer(port=EXAMPLES_PORT) as server:
        yield server


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """healthlint's wheel, every runtime dependency and the build backend as wheels, fetched
    once for the slow tests, which then install from it without the network."""
    import subprocess
    import sys

    folder = tmp_path_factory.mktemp("wheelhouse")
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    command = [sys.executable, "-m", "pip", "wheel", "-q", "-w", str(folder)]
    built = subprocess.run(
        [*command, str(PROJECT_ROOT), "setuptools>=68", "wheel"],
        capture_output=True,
        text=True,
        timeout=900,
        env=environment,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    return folder
