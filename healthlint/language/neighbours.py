"""Finding the known words near a string: an index of each word and its one-letter deletions
(the symmetric-delete method), built once per word list.

Two strings share an index key after deleting up to one letter from each of their single edits
when they are about two edits apart, so a look-up costs a few hundred dictionary probes instead
of generating every string two edits away.
"""

from __future__ import annotations

from collections.abc import Iterable

from healthlint.language.edits import edits1, transpositions


def deletions(word: str) -> set[str]:
    """The strings one deleted letter away from ``word``."""
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


def deletion_variants(word: str, twice: bool) -> set[str]:
    """``word`` and its one-letter deletions, and its two-letter ones when ``twice``."""
    variants = deletions(word) | {word}
    if twice:
        variants |= {shorter for variant in list(variants) for shorter in deletions(variant)}
    return variants


def file_under(index: dict[str, str], keys: Iterable[str], word: str) -> None:
    """File ``word`` under each key of ``index`` (the words of a key are one space-separated
    string: strings, unlike lists, cost the garbage collector nothing)."""
    for key in keys:
        found = index.get(key)
        index[key] = word if found is None else f"{found} {word}"


def filed_under(index: dict[str, str], keys: Iterable[str]) -> set[str]:
    """The words filed under any of ``keys``."""
    found: set[str] = set()
    for key in keys:
        words = index.get(key)
        if words:
            found.update(words.split(" "))
    return found


class NeighbourIndex:
    """Words (alphabetic, lowercase) found by the strings about two edits from them."""

    def __init__(self, words: Iterable[str]) -> None:
        self._index: dict[str, str] = {}
        for word in words:
            if word.isalpha():
                file_under(self._index, deletions(word) | {word}, word)

    def near(self, word: str) -> set[str]:
        """Indexed words about two edits or less from the lowercase ``word`` (not itself):
        those that share a form with one of its single edits after deleting up to one letter
        on each side."""
        keys = {word}
        for edited in edits1(word):
            keys.add(edited)
            keys |= deletions(edited)
        return filed_under(self._index, keys) - {word}

    def holding(self, word: str) -> set[str]:
        """Indexed words about one edit from the lowercase ``word``, or that it holds with one
        or two letters more (the index keys among its deletions)."""
        return filed_under(self._index, deletion_variants(word, twice=True))

    def near_quickly(self, word: str) -> set[str]:
        """Most of :meth:`near`, about twenty times faster: the indexed words that share a
        form with a single edit of ``word``, or with a deletion after a deletion or swap."""
        keys = edits1(word) | {word}
        for edited in deletions(word) | transpositions(word):
            keys |= deletions(edited)
        return filed_under(self._index, keys) - {word}
