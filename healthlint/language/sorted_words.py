"""A large sorted word list kept as one block of text and searched by bisection: a tenth of
the memory of a set of its words, and loaded in the time it takes to decompress it."""

from __future__ import annotations

from collections.abc import Iterator


class SortedWords:
    """Lowercase ASCII words, one a line in sorted order, looked up by binary search over the
    text itself (no index is built)."""

    def __init__(self, text: bytes) -> None:
        """``text``: the words, sorted, one a line (lines starting with '#' come first and are
        left out)."""
        start = 0
        while text.startswith(b"#", start):
            start = text.index(b"\n", start) + 1
        words = text[start:].strip(b"\n")
        self._text = b"\n" + words + b"\n" if words else b"\n"

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word.isascii() or "\n" in word:
            return False
        key = word.encode("ascii")
        text = self._text
        # the word, if listed, is a line between the line breaks at low and high
        low, high = 0, len(text) - 1
        while high - low > 1:
            before = text.rfind(b"\n", low, (low + high) // 2 + 1)
            after = text.index(b"\n", before + 1)
            line = text[before + 1 : after]
            if line == key:
                return True
            if line < key:
                low = after
            else:
                high = before
        return False

    def __iter__(self) -> Iterator[str]:
        return iter(self._text.decode("ascii").split())

    def __len__(self) -> int:
        return self._text.count(b"\n") - 1
