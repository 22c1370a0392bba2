"""A sound skeleton of English words, to find corrections that are far in letters but near in
sound ("appresteate" → "appreciate", "bureaucracy" for "beaurocracy").

The skeleton keeps the first letter's sound class and the consonant sounds after it: common
spellings of one sound are merged (ph/f, ck/k/c/q, s/z/soft c, tion/sion), vowels and
silent letters dropped, repeats collapsed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

SILENT_START: Final = ("kn", "gn", "pn", "wr", "ps")
#: "sh", "tch", soft "ti"/"si" and "ch" sound alike ("X"); a Greek "ch" (before l or r, after
#: s or y: "chronic", "school", "psych") is a k.
SH_SOUND: Final = re.compile(r"[st]i(?=on|a)|sh|(?<![sy])ch(?![rl])|tch")
SOFT_C: Final = re.compile(r"c(?=[eiy])")
SOFT_G: Final = re.compile(r"dg(?=[eiy])|g(?=[eiy])")
SILENT_GH: Final = re.compile(r"gh(?![aeiouy])")
SILENT_HW: Final = re.compile(r"(?<=[^aeiouy])[hw]|[hw](?![aeiouy])")
DROP_VOWELS: Final = str.maketrans("", "", "aeiouy")


@lru_cache(maxsize=1 << 17)
def skeleton(word: str) -> str:
    """The sound skeleton of a lowercase word: "appreciate" → "aprsxt"-like keys."""
    if not word:
        return ""
    text = word.lower()
    if text.startswith(SILENT_START):
        text = text[1:]
    text = SH_SOUND.sub("X", text).replace("ph", "f")
    text = SOFT_C.sub("s", text).replace("ck", "k").replace("c", "k").replace("q", "k")
    text = text.replace("x", "ks").replace("z", "s")
    text = SILENT_HW.sub("", SILENT_GH.sub("", SOFT_G.sub("j", text)))
    if text.endswith("mb"):
        text = text[:-1]
    first = "a" if text[:1] in "aeiouy" else text[:1]
    # one letter for a repeated sound
    kept = [first]
    for letter in text[1:].translate(DROP_VOWELS):
        if letter != kept[-1]:
            kept.append(letter)
    return "".join(kept)
