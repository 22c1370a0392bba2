"""Rebuild ``scowl_words.txt.gz``, ``scowl_names.txt.gz`` and ``scowl_rare.txt.gz`` in
``healthlint/data/spelling/`` from Debian's SCOWL word-list packages (2020.12.07-2):

- ``scowl_words``: the lowercase entries of the US and UK size-70 ("large") lists;
- ``scowl_names``: their other entries, lowercased (names: "July", "Seoul"), less the words;
- ``scowl_rare``: what the size-80 ("huge") lists add to the size-70 ones, lowercased.

Entries ending in ``'s`` are dropped, and accents are taken off ("café" is "cafe", "cliché"
"cliche"), as writers of English commonly leave them off: the checker reads only ASCII words.
Run it only to refresh the lists; healthlint reads the shipped ones.

Fetch and unpack the four packages into one folder:

    apt-get download wamerican-large wbritish-large wamerican-huge wbritish-huge
    for deb in w*-large_*.deb w*-huge_*.deb; do dpkg-deb -x "$deb" /tmp/scowl-dicts; done

Run: ``.venv/bin/python tools/build_scowl_lists.py /tmp/scowl-dicts``
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

from word_lists import write_word_list

DICTS = Path("usr/share/dict")
SOURCE = "SCOWL as packaged by Debian 2020.12.07-2"
LARGE = ("american-english-large", "british-english-large")
HUGE = ("american-english-huge", "british-english-huge")


def entries(root: Path, names: tuple[str, ...]) -> set[str]:
    """The entries of the named lists, accents taken off, without those ending in ``'s``."""
    found = set()
    for name in names:
        for line in (root / DICTS / name).read_text(encoding="utf-8").splitlines():
            word = _without_accents(line.strip())
            if word and not word.endswith("'s"):
                found.add(word)
    return found


def _without_accents(word: str) -> str:
    """``word`` in ASCII letters: "café" → "cafe"; empty when letters would be lost ("ø")."""
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    letters = sum(character.isalpha() for character in word)
    return folded if sum(character.isalpha() for character in folded) == letters else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path, help="the folder the packages were unpacked in")
    root = parser.parse_args().root
    large, huge = entries(root, LARGE), entries(root, HUGE)
    words = {entry for entry in large if entry.islower()}
    names = {entry.lower() for entry in large if not entry.islower()} - words
    rare = {entry.lower() for entry in huge} - {entry.lower() for entry in large}
    write_word_list("scowl_words.txt.gz", sorted(words), f"{SOURCE}, size 70")
    write_word_list("scowl_names.txt.gz", sorted(names), f"{SOURCE}, size 70, capitalised")
    write_word_list("scowl_rare.txt.gz", sorted(rare), f"{SOURCE}, added at size 80")


if __name__ == "__main__":
    main()
