"""Common misspellings and their corrections: codespell's main list ("supercede" →
"supersede", "diptheria" → "diphtheria"), about 65,000 entries derived from Wikipedia's
Lists of common misspellings.

The list (CC BY-SA 3.0) is read at run time from the installed codespell package, never copied
into healthlint, and none of codespell's code is run. It is loaded on first use; without
codespell the list is empty (healthlint doctor says so) and the lint goes on without it.
"""

from __future__ import annotations

from functools import cache

from healthlint.language.installed_data import package_folder

#: word (lowercase) → its corrections, commonest first, as the list writes them.
Corrections = dict[str, tuple[str, ...]]


@cache
def common_misspellings() -> Corrections:
    """codespell's list of common misspellings (empty when codespell is not installed)."""
    folder = package_folder("codespell_lib")
    listing = folder / "data" / "dictionary.txt" if folder else None
    if listing is None or not listing.is_file():
        return {}
    text = listing.read_text(encoding="utf-8")
    return parse(text)


def parse(text: str) -> Corrections:
    """Read codespell's ``wrong->right1, right2,`` lines; words with a capital (names,
    acronyms) are left out, as is an entry whose correction is the word itself."""
    corrections: Corrections = {}
    for line in text.splitlines():
        wrong, arrow, right = line.partition("->")
        if not arrow or not wrong.islower():
            continue
        fixes = tuple(fix.strip() for fix in right.split(",") if fix.strip())
        if fixes and wrong not in (fix.lower() for fix in fixes):
            corrections[wrong] = fixes
    return corrections
