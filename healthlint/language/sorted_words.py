"""Large sorted word lists kept as one block of text and searched by bisection: a tenth of the
memory of a set of their words (or a dict of their values), and loaded in the time it takes to
decompress or sort them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


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
        return _line_of(self._text, word.encode("ascii")) is not None

    def extends(self, prefix: str) -> bool:
        """Whether a listed word is ``prefix`` with more letters after it."""
        if not prefix.isascii() or "\n" in prefix:
            return False
        key = prefix.encode("ascii")
        following = _first_line_after(self._text, key)
        return following is not None and following.startswith(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._text.decode("ascii").split())

    def __len__(self) -> int:
        return self._text.count(b"\n") - 1


class SortedTable:
    """Values by lowercase ASCII key, kept as ``key<TAB>value`` lines in sorted order and looked
    up by binary search over the text itself."""

    def __init__(self, lines: Iterable[str]) -> None:
        """``lines``: ``key<TAB>value`` in sorted order, each key once."""
        self._text = ("\n" + "".join(line + "\n" for line in lines)).encode("ascii")

    def get(self, key: str) -> str | None:
        """The value of ``key`` (None when it is not in the table)."""
        if not key.isascii() or "\n" in key or "\t" in key:
            return None
        line = _line_of(self._text, key.encode("ascii"))
        return None if line is None else line.partition(b"\t")[2].decode("ascii")

    def __len__(self) -> int:
        return self._text.count(b"\n") - 1

    def __bool__(self) -> bool:
        return len(self._text) > 1


def _line_of(text: bytes, key: bytes) -> bytes | None:
    """The line of ``text`` (sorted lines between line breaks, a tab after each key if it has a
    value) whose key is ``key``."""
    low, high = 0, len(text) - 1
    while high - low > 1:
        before = text.rfind(b"\n", low, (low + high) // 2 + 1)
        after = text.index(b"\n", before + 1)
        line = text[before + 1 : after]
        listed = line.partition(b"\t")[0]
        if listed == key:
            return line
        if listed < key:
            low = after
        else:
            high = before
    return None


def _first_line_after(text: bytes, key: bytes) -> bytes | None:
    """The first of the sorted lines of ``text`` that sorts after ``key``."""
    low, high = 0, len(text) - 1
    found = None
    while high - low > 1:
        before = text.rfind(b"\n", low, (low + high) // 2 + 1)
        after = text.index(b"\n", before + 1)
        line = text[before + 1 : after]
        if line > key:
            found, high = line, before
        else:
            low = after
    return found
