"""Rebuild ``healthlint/data/spelling/science_words.txt.gz`` from the npm package
``@cspell/dict-scientific-terms-us`` (MIT; Street Side Software; its words came from John
Petrie's scientific word list): every entry of four or more letters and nothing but letters,
lowercased, one a line. Run it only to refresh the list; healthlint reads the shipped one.

It needs Node.js, with the dictionary and cspell's trie reader installed in a folder of its own:

    npm install --prefix /tmp/science @cspell/dict-scientific-terms-us@3.1.0 cspell-trie

Run: ``.venv/bin/python tools/build_science_words.py /tmp/science``
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
from pathlib import Path

from word_lists import write_word_list

PACKAGE = Path("node_modules/@cspell/dict-scientific-terms-us")
READER = Path("node_modules/.bin/cspell-trie")
#: The trie marks an entry's case-insensitive form with a leading "~".
ENTRY = re.compile(r"~?([A-Za-z]{4,})")


def science_words(prefix: Path) -> list[str]:
    trie = prefix / PACKAGE / "dict" / "custom_scientific_US.trie.gz"
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "words.txt"
        reader = [str(prefix / READER), "reader", str(trie), "-o", str(listing)]
        subprocess.run(reader, check=True, capture_output=True)
        lines = listing.read_text(encoding="utf-8").splitlines()
    return sorted({match[1].lower() for line in lines if (match := ENTRY.fullmatch(line))})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("prefix", type=Path, help="the folder npm installed the packages in")
    prefix = parser.parse_args().prefix
    version = json.loads((prefix / PACKAGE / "package.json").read_text())["version"]
    source = f"@cspell/dict-scientific-terms-us {version} (MIT, Street Side Software)"
    write_word_list("science_words.txt.gz", science_words(prefix), source)


if __name__ == "__main__":
    main()
