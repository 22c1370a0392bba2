"""The pre-commit hook, run by the real ``pre-commit try-repo`` against a temporary git
repository: it passes on a clean article and fails on a bad one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
CLEAN = "# Stretching\n\nGentle stretching may ease a stiff back for some people.\n"
BAD = "# Stretching\n\nThis stretch cures back pain for good.\n"


def test_hook_definition_matches_what_pre_commit_expects() -> None:
    hooks = yaml.safe_load((PROJECT_ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    (hook,) = hooks
    assert hook["id"] == "healthlint"
    assert hook["language"] == "python"
    assert hook["require_serial"] is True
    assert hook["entry"] == "healthlint check"
    assert set(hook["types_or"]) == {"markdown", "html", "plain-text"}


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def _try_repo(repo: Path, home: Path, wheelhouse: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PRE_COMMIT_HOME": str(home), "PIP_NO_COMPILE": "1"}
    environment["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    # pre-commit's pip installs the hook's dependencies from the shared wheelhouse.
    environment["PIP_NO_INDEX"] = "1"
    environment["PIP_FIND_LINKS"] = str(wheelhouse)
    environment.pop("PYTHONPATH", None)
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(PROJECT_ROOT), "healthlint", "--all-files"],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=900,
        env=environment,
    )


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not PRE_COMMIT.exists(), reason="pre-commit is not installed (test extra)")
def test_pre_commit_try_repo_passes_clean_and_fails_bad_articles(
    tmp_path: Path, wheelhouse: Path
) -> None:
    repo = tmp_path / "content"
    repo.mkdir()
    _git(repo, "init", "-q")
    # Pin the rules, so the test is about the hook and not about every rule family.
    (repo / "healthlint.toml").write_text('select = ["HL101"]\n', encoding="utf-8")
    (repo / "stretching.md").write_text(CLEAN, encoding="utf-8")
    (repo / "LICENSE").write_text("Permission is guaranteed.\n", encoding="utf-8")
    _git(repo, "add", ".")
    home = tmp_path / "pre-commit-home"

    clean = _try_repo(repo, home, wheelhouse)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout

    (repo / "claims.html").write_text(f"<p>{BAD.splitlines()[-1]}</p>\n", encoding="utf-8")
    (repo / "claims.txt").write_text(BAD, encoding="utf-8")
    _git(repo, "add", ".")
    bad = _try_repo(repo, home, wheelhouse)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "Failed" in bad.stdout
    assert "claims.html:1:17: HL101" in bad.stdout
    assert "claims.txt:3:14: HL101" in bad.stdout
    assert "LICENSE" not in bad.stdout
    assert (repo / "claims.txt").read_text(encoding="utf-8") == BAD
