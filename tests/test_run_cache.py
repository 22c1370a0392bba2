"""Data saved between runs (healthlint.run_cache): loaded instead of built, the same as built,
built again when the file is damaged or an input changes, and never in the way when the
folder cannot be written to or the cache is off."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLE_ARTICLE

from healthlint.language.builtin_lexicon import SAVED_LEXICON, default_lexicon
from healthlint.language.suggest import suggest
from healthlint.run_cache import (
    CACHE_DIR_VARIABLE,
    KEPT,
    NO_CACHE_VARIABLE,
    Saved,
    fingerprint,
    load_or_build,
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder for one test, with the cache on."""
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(tmp_path / "cache"))
    monkeypatch.delenv(NO_CACHE_VARIABLE, raising=False)
    return tmp_path / "cache"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """A data file the saved table is made from."""
    path = tmp_path / "table.txt"
    path.write_text("fever 2\nrash 1\n", encoding="utf-8")
    return path


class Table:
    """Builds a table from ``source`` and counts how often it had to."""

    def __init__(self, source: Path) -> None:
        self.source = source
        self.builds = 0
        self.saved = Saved("table", dict, lambda: [source], ("pytest",))

    def build(self) -> dict[str, int]:
        self.builds += 1
        lines = self.source.read_text(encoding="utf-8").split("\n")
        return {word: int(count) for word, count in (line.split() for line in lines if line)}

    def load(self) -> dict[str, int]:
        return load_or_build(self.saved, self.build)


def test_the_first_run_saves_what_it_builds_and_the_next_loads_it(
    folder: Path, source: Path
) -> None:
    table = Table(source)
    assert table.load() == {"fever": 2, "rash": 1}
    assert table.load() == {"fever": 2, "rash": 1}
    assert table.builds == 1
    saved = list(folder.iterdir())
    assert [path.name for path in saved] == [table.saved.path().name]  # no part file left
    assert saved[0].stat().st_mode & 0o077 == 0  # readable by its user alone


def test_a_changed_input_is_built_again_and_only_the_newest_files_are_kept(
    folder: Path, source: Path
) -> None:
    table = Table(source)
    written = []
    for count in range(KEPT + 2):
        source.write_text(f"fever {count}\n", encoding="utf-8")
        assert table.load() == {"fever": count}
        written.append(table.saved.path())
        second = 1_000_000_000 * (count + 1)
        os.utime(written[-1], ns=(second, second))  # one second apart: ordered by when written
    assert table.builds == KEPT + 2
    assert sorted(folder.iterdir()) == sorted(written[-KEPT:])  # the newest, this run's too
    source.write_text(f"fever {KEPT}\n", encoding="utf-8")  # an input of a kept file again
    assert table.load() == {"fever": KEPT} and table.builds == KEPT + 2


@pytest.mark.parametrize(
    "content", [b"", b"not a pickle", pickle.dumps(["a", "list"]), pickle.dumps({1})[:-3]]
)
def test_a_damaged_or_foreign_file_is_built_again_and_replaced(
    folder: Path, source: Path, content: bytes
) -> None:
    table = Table(source)
    path = table.saved.path()
    folder.mkdir()
    path.write_bytes(content)
    assert table.load() == {"fever": 2, "rash": 1}
    assert table.builds == 1
    assert pickle.loads(path.read_bytes()) == {"fever": 2, "rash": 1}


def test_a_folder_that_cannot_be_written_to_leaves_the_data_built_each_run(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(CACHE_DIR_VARIABLE, str(blocker / "cache"))
    table = Table(source)
    assert table.load() == table.load() == {"fever": 2, "rash": 1}
    assert table.builds == 2


def test_with_the_cache_off_nothing_is_saved(
    folder: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NO_CACHE_VARIABLE, "1")
    table = Table(source)
    table.load()
    table.load()
    assert table.builds == 2
    assert table.saved.path() is None
    assert not folder.exists()


def test_the_fingerprint_follows_contents_and_versions_not_order(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("a", encoding="utf-8")
    two.write_text("b", encoding="utf-8")
    key = fingerprint([one, two], ["wordfreq 3.1"])
    assert fingerprint([two, one], ["wordfreq 3.1"]) == key
    assert fingerprint([one, two], ["wordfreq 3.2"]) != key
    two.write_text("c", encoding="utf-8")
    assert fingerprint([one, two], ["wordfreq 3.1"]) != key


def test_the_saved_lexicon_is_the_built_one(folder: Path) -> None:
    """Loaded from its file, the lexicon knows and suggests what the built one does."""
    built = default_lexicon()
    load_or_build(SAVED_LEXICON, lambda: built, lambda lexicon: None)  # saved if not yet
    loaded = load_or_build(SAVED_LEXICON, pytest.fail)
    assert loaded is not built
    assert loaded.counts == built.counts and loaded.rare == built.rare
    assert loaded.indexes.keys() == built.indexes.keys() == {"rarer words", "sound skeletons"}
    words = ["fasciculations", "randomised", "bloodpressure", "dont", "alchohol", "teh", "cipro"]
    assert [loaded.is_known(word) for word in words] == [built.is_known(word) for word in words]
    for typo in ["conspriracy", "recieve", "metformn", "pateints", "beaurocracy"]:
        assert suggest(typo, loaded) == suggest(typo, built)


def test_a_second_command_line_run_loads_and_reports_the_same(folder: Path) -> None:
    if not SAMPLE_ARTICLE.exists():
        pytest.skip("../shared/samples is not available")
    command = [str(Path(sys.executable).parent / "healthlint"), "check", str(SAMPLE_ARTICLE)]
    environment = {**os.environ, CACHE_DIR_VARIABLE: str(folder)}
    runs = []
    for _ in range(2):
        run = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=300)
        runs.append(run)
        saved = sorted(path.name.rsplit("-", 1)[0] for path in folder.iterdir())
        assert saved == ["everyday-words", "lexicon", "syllables"]
    assert runs[0].returncode == runs[1].returncode == 1
    assert runs[0].stdout == runs[1].stdout and "Conspiracy" in runs[0].stdout
