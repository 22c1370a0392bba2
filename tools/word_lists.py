"""Writing the word lists shipped in ``healthlint/data/spelling/`` (shared by the build tools)."""

from __future__ import annotations

import gzip
from pathlib import Path

SPELLING_DATA = Path(__file__).resolve().parent.parent / "healthlint" / "data" / "spelling"


def write_word_list(name: str, words: list[str], source: str) -> None:
    """Write ``words`` one a line, gzipped reproducibly, under a header naming their ``source``
    (its package, version and licence)."""
    target = SPELLING_DATA / name
    header = f"# Words of {source}; see this folder's README.md.\n"
    text = header + "\n".join(words) + "\n"
    target.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(words)} words written to {target}")
