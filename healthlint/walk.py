"""Finding the articles to lint under a folder: include and exclude globs, hidden and vendored
folders skipped. Explicitly named files are always linted."""

from __future__ import annotations

import contextlib
import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

from healthlint.config import Config

SKIPPED_FOLDERS = frozenset(
    {"node_modules", "__pycache__", "venv", ".venv", "build", "dist", "site-packages", "_build"}
)


def collect_files(folder: Path, config: Config) -> Iterator[Path]:
    """Files below ``folder`` whose names match ``include`` and whose paths match no ``exclude``.

    Exclude globs are matched against the path relative to the configuration's folder, the
    path relative to ``folder`` and the file or folder name.
    """
    for directory, subdirectories, files in os.walk(folder):
        here = Path(directory)
        subdirectories[:] = sorted(
            name
            for name in subdirectories
            if not name.startswith(".")
            and name not in SKIPPED_FOLDERS
            and not _excluded(here / name, folder, config)
        )
        for name in sorted(files):
            path = here / name
            if any(fnmatch.fnmatch(name, pattern) for pattern in config.include) and not _excluded(
                path, folder, config
            ):
                yield path


def _excluded(path: Path, folder: Path, config: Config) -> bool:
    if not config.exclude:
        return False
    candidates = {path.name, path.relative_to(folder).as_posix()}
    with contextlib.suppress(ValueError):
        candidates.add(path.resolve().relative_to(config.root.resolve()).as_posix())
    return any(
        fnmatch.fnmatch(candidate, pattern)
        or fnmatch.fnmatch(candidate, pattern.rstrip("/") + "/*")
        for candidate in candidates
        for pattern in config.exclude
    )
