"""Rebuild ``healthlint/data/spelling/scowl_variants.txt.gz`` from Debian's ``scowl`` package:
the lowercase words of SCOWL's lists up to size 70 that SCOWL holds only as spelling variants
of level 2 or 3 (“acceptable but not recommended”, “seldom used”: "dependance", "absorbant",
"miniscule"), not in any of its word lists proper or its level-1 variants. Entries ending in
``'s`` and entries with non-ASCII letters are dropped (the variants are told from words by
their exact spelling). Run it only to refresh the list; healthlint reads the shipped one.

Fetch and unpack the package into a folder of its own:

    apt-get download scowl && dpkg-deb -x scowl_*_all.deb /tmp/scowl

Run: ``.venv/bin/python tools/build_scowl_variants.py /tmp/scowl``
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path

from word_lists import write_word_list

LISTS = Path("usr/share/dict/scowl")
#: A list's file name: its category ("british_variant_2-words") and size ("70").
LIST_NAME = re.compile(r"(?P<category>[a-z_0-9-]+)\.(?P<size>\d+)")
LARGEST_SIZE = 70
WEAK_VARIANTS = ("variant_2", "variant_3")


def weak_variants(root: Path) -> list[str]:
    """The words only SCOWL's level-2 and level-3 variant lists (size 70 or less) hold."""
    weak: set[str] = set()
    proper: set[str] = set()
    for path in sorted((root / LISTS).iterdir()):
        name = LIST_NAME.fullmatch(path.name)
        if name is None or int(name["size"]) > LARGEST_SIZE:
            continue
        words = _lowercase_words(path)
        category = name["category"]
        if any(level in category for level in WEAK_VARIANTS):
            if category.endswith("-words"):
                weak |= words
        else:
            proper |= words
    return sorted(weak - proper)


def _lowercase_words(path: Path) -> set[str]:
    lines = path.read_text(encoding="latin-1").splitlines()
    return {
        word
        for word in lines
        if word and word.islower() and word.isascii() and not word.endswith("'s")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="the folder the scowl package was unpacked in")
    root = parser.parse_args().root
    version = _debian_version(root / "usr/share/doc/scowl/changelog.Debian.gz")
    source = f"SCOWL as packaged by Debian (scowl {version}; MIT-like, see SCOWL-LICENSE.txt)"
    write_word_list("scowl_variants.txt.gz", weak_variants(root), source)


def _debian_version(changelog: Path) -> str:
    first = gzip.decompress(changelog.read_bytes()).decode("utf-8").splitlines()[0]
    return first.split("(", 1)[1].split(")", 1)[0]


if __name__ == "__main__":
    main()
