"""A sound skeleton of English words, to find corrections that are far in letters but near in
sound ("appresteate" → "appreciate", "bureaucracy" for "beaurocracy").

The skeleton keeps the first letter's sound class and the consonant sounds after it: common
spellings of one sound are merged (ph/f, ck/k/c/q, s/z/soft c, tion/sion), vowels and
silent letters dropped, repeats collapsed.
"""

from __future__ import annotations

import re
from typing import Final

RULES: Final = (
    (re.compile(r"^kn|^gn|^pn|^wr|^ps"), lambda m: m.group()[1]),
    (re.compile(r"[st]i(?=on|a)|sh|ch(?!r)|tch"), lambda _m: "X"),
    (re.compile(r"ph"), lambda _m: "f"),
    (re.compile(r"c(?=[eiy])"), lambda _m: "s"),
    (re.compile(r"ck|c|q|ch"), lambda _m: "k"),
    (re.compile(r"x"), lambda _m: "ks"),
    (re.compile(r"z"), lambda _m: "s"),
    (re.compile(r"dg(?=[eiy])|g(?=[eiy])"), lambda _m: "j"),
    (re.compile(r"gh(?![aeiouy])"), lambda _m: ""),
    (re.compile(r"(?<=[^aeiouy])[hw]|[hw](?![aeiouy])"), lambda _m: ""),
    (re.compile(r"mb$"), lambda _m: "m"),
)
VOWELS: Final = re.compile(r"[aeiouy]")
REPEATS: Final = re.compile(r"(.)\1+")


def skeleton(word: str) -> str:
    """The sound skeleton of a lowercase word: "appreciate" → "aprsxt"-like keys."""
    if not word:
        return ""
    text = word.lower()
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    first = "a" if text[:1] in "aeiouy" else text[:1]
    rest = VOWELS.sub("", text[1:])
    return REPEATS.sub(r"\1", first + rest)
