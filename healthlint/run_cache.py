"""Data that healthlint builds from its word lists, saved between runs so that a run does not
build it again.

Building the spelling lexicon, with the indexes suggestions search, takes seconds, and the
syllable table and the everyday vocabulary of the readability rules most of another; a
command-line run or a pre-commit hook would pay that at every start. The first run saves each
(the lexicon is a pickle of about 35 MB) in the user's cache folder (``platformdirs``:
``~/.cache/healthlint`` on Linux), and later runs load them instead. A file's name is a
fingerprint of everything it is made from: the code and data files that build it (by content),
the versions of the packages whose data it reads, and Python's version; when one of them changes
a new file is written, and of the older ones only the newest two are kept. A file that cannot be
read is built again; a folder that cannot be written to leaves the data built anew each run, as
with no cache. ``HEALTHLINT_CACHE_DIR`` names another folder, and ``HEALTHLINT_NO_CACHE=1``
turns the cache off. Only files in that folder are loaded, which healthlint wrote for the same
user (they are created readable by that user alone).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Final, TypeVar, cast

import platformdirs

T = TypeVar("T")

CACHE_DIR_VARIABLE: Final = "HEALTHLINT_CACHE_DIR"
NO_CACHE_VARIABLE: Final = "HEALTHLINT_NO_CACHE"
SUFFIX: Final = ".pickle"
#: How many files of one name are kept, the newest: other installs (a pre-commit environment
#: beside a project's) may use another healthlint and so another fingerprint.
KEPT: Final = 3


@dataclass(frozen=True)
class Saved:
    """What one saved piece of data is and is made from."""

    #: The start of its file's name ("lexicon").
    name: str
    #: The type a loaded file must hold (anything else is built again).
    kind: type
    #: The code and data files that build it.
    files: Callable[[], Iterable[Path]]
    #: The distributions whose data it reads (their versions are in the fingerprint).
    packages: tuple[str, ...]

    def path(self) -> Path | None:
        """The file it is saved in this run (None when ``HEALTHLINT_NO_CACHE`` is set)."""
        if os.environ.get(NO_CACHE_VARIABLE, "").strip() not in ("", "0"):
            return None
        folder = os.environ.get(CACHE_DIR_VARIABLE, "").strip()
        root = Path(folder) if folder else Path(platformdirs.user_cache_dir("healthlint"))
        key = fingerprint(self.files(), package_versions(self.packages))
        return root / f"{self.name}-{key}{SUFFIX}"


def load_or_build(
    saved: Saved, build: Callable[[], T], prepare: Callable[[T], None] | None = None
) -> T:
    """The data an earlier run saved for these inputs when there is one; else ``build``'s,
    with ``prepare`` run on it (what it would otherwise make on first use, to be saved along),
    saved for the next run."""
    path = saved.path()
    if path is None:
        return build()
    loaded = _load(path)
    if isinstance(loaded, saved.kind):
        return cast(T, loaded)
    built = build()
    if prepare is not None:
        prepare(built)
    _save(built, path)
    return built


def fingerprint(files: Iterable[Path], versions: Iterable[str]) -> str:
    """A short hash of the files' names and contents, the versions and Python's version."""
    digest = hashlib.sha256(f"{sys.version_info[:3]} {pickle.HIGHEST_PROTOCOL}".encode())
    for version in versions:
        digest.update(version.encode() + b"\0")
    for file in sorted(files):
        digest.update(file.name.encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def package_versions(names: Iterable[str]) -> list[str]:
    """Each distribution's name and version ("absent" when it is not installed)."""
    versions = []
    for name in names:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} absent")
    return versions


def _load(path: Path) -> object:
    """What is saved at ``path``, or None when there is nothing or it cannot be read."""
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except Exception:  # none yet, a damaged file or one of an older healthlint: built again
        return None


def _save(data: object, path: Path) -> None:
    """Write ``data`` to ``path`` whole or not at all (another process may be reading the
    folder), and remove the files of its other fingerprints but the newest ``KEPT``; a folder
    that cannot be written to is left alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, part = tempfile.mkstemp(dir=path.parent, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, path)
    except OSError:
        Path(part).unlink(missing_ok=True)
        return
    name = path.name.rsplit("-", 1)[0]
    others = [other for other in path.parent.glob(f"{name}-*{SUFFIX}") if other != path]
    others.sort(key=_written, reverse=True)
    for other in others[KEPT - 1 :]:
        other.unlink(missing_ok=True)


def _written(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
