"""Source → Document: the prose a linter reads, with a map back to the source.

A reader (see :mod:`healthlint.formats`) turns a file's text into a :class:`Document`. The
document's ``text`` is the prose only — markup, code, scripts and comments removed, blocks
separated by a blank line — and every prose character remembers the source span it came from,
so a finding on prose offsets maps back to exact ``line:column`` positions in the file.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

BlockKind = Literal["title", "heading", "paragraph", "list_item", "quote", "table_cell"]
BLOCK_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Block:
    """A unit of prose structure: a heading, a paragraph, a list item, ...

    ``start`` and ``end`` are prose offsets into :attr:`Document.text`; ``level`` is the
    heading level (1 for the title) and 0 for other blocks.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0

    @property
    def is_heading(self) -> bool:
        """True for titles and headings."""
        return self.kind in ("title", "heading")


@dataclass(frozen=True)
class Link:
    """A hyperlink: its target and the prose offsets of its text (empty text is allowed)."""

    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Directive:
    """A ``healthlint-disable``/``-enable``/``-disable-next-line`` comment in the source.

    ``codes`` is empty when the directive applies to every rule. ``start``/``end`` are source
    offsets of the whole comment.
    """

    action: Literal["disable", "enable", "disable-next-line"]
    codes: tuple[str, ...]
    start: int
    end: int


@dataclass
class Document:
    """An article ready to lint: prose text, structure, metadata and the source map."""

    source: str
    text: str
    format: str
    path: str | None = None
    blocks: list[Block] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    directives: list[Directive] = field(default_factory=list)
    source_starts: array = field(default_factory=lambda: array("l"))
    source_ends: array = field(default_factory=lambda: array("l"))
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._line_starts = line_starts(self.source)

    # -- position mapping -------------------------------------------------------------------

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a prose span ``[start, end)`` to the source span that produced it."""
        if not self.text:
            return (0, 0)
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return (self.source_starts[start], self.source_ends[end - 1])

    def line_column(self, source_offset: int) -> tuple[int, int]:
        """1-based ``(line, column)`` of a source offset; columns count characters."""
        line_index = bisect.bisect_right(self._line_starts, source_offset) - 1
        return (line_index + 1, source_offset - self._line_starts[line_index] + 1)

    def source_line(self, line: int) -> str:
        """The text of a 1-based source line, without its line break."""
        starts = self._line_starts
        begin = starts[line - 1]
        finish = starts[line] if line < len(starts) else len(self.source)
        return self.source[begin:finish].rstrip("\r\n")

    def offset_of_line(self, line: int) -> int:
        """Source offset of the first character of a 1-based line."""
        return self._line_starts[min(max(line, 1), len(self._line_starts)) - 1]

    # -- structure --------------------------------------------------------------------------

    @property
    def title(self) -> Block | None:
        """The title block, or the first heading when the format marks no title."""
        for block in self.blocks:
            if block.kind == "title":
                return block
        return next((block for block in self.blocks if block.kind == "heading"), None)

    def block_at(self, offset: int) -> Block | None:
        """The block that contains a prose offset."""
        starts = [block.start for block in self.blocks]
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.blocks[index].end:
            return self.blocks[index]
        return None

    def block_text(self, block: Block) -> str:
        """The prose of one block."""
        return self.text[block.start : block.end]

    def sections(self) -> Iterator[tuple[Block | None, list[Block]]]:
        """Yield ``(heading, blocks under it)``; the first heading may be ``None``."""
        heading: Block | None = None
        body: list[Block] = []
        for block in self.blocks:
            if block.is_heading:
                if heading is not None or body:
                    yield heading, body
                heading, body = block, []
            else:
                body.append(block)
        if heading is not None or body:
            yield heading, body


def line_starts(source: str) -> list[int]:
    """Offsets where each line of ``source`` begins (``\\n``, ``\\r\\n`` and ``\\r`` endings)."""
    starts = [0]
    index = 0
    length = len(source)
    while index < length:
        char = source[index]
        if char == "\n":
            starts.append(index + 1)
        elif char == "\r":
            if index + 1 < length and source[index + 1] == "\n":
                index += 1
            starts.append(index + 1)
        index += 1
    return starts


class ProseBuilder:
    """Accumulates prose while recording, for every character, the source span behind it."""

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._length = 0
        self.starts = array("l")
        self.ends = array("l")
        self.blocks: list[Block] = []
        self._block_start: int | None = None

    @property
    def length(self) -> int:
        """Number of prose characters so far."""
        return self._length

    def copy(self, source_start: int, source_end: int) -> None:
        """Append ``source[source_start:source_end]`` verbatim, one character per offset."""
        if source_end <= source_start:
            return
        self._parts.append(self.source[source_start:source_end])
        self.starts.extend(range(source_start, source_end))
        self.ends.extend(range(source_start + 1, source_end + 1))
        self._length += source_end - source_start

    def add(self, text: str, source_start: int, source_end: int) -> None:
        """Append text that stands for a whole source span (an entity, an escape, a break)."""
        if not text:
            return
        self._parts.append(text)
        self.starts.extend([source_start] * len(text))
        self.ends.extend([source_end] * len(text))
        self._length += len(text)

    def last_char(self) -> str:
        """The most recent prose character, or an empty string."""
        return self._parts[-1][-1] if self._parts else ""

    def begin_block(self) -> None:
        """Separate what follows from earlier prose by a blank line and open a block."""
        if self._length:
            at = self.ends[-1]
            self.add(BLOCK_SEPARATOR, at, at)
        self._block_start = self._length

    def end_block(self, kind: BlockKind, level: int = 0) -> Block | None:
        """Close the open block; blank blocks are dropped (and their separator kept)."""
        start = self._block_start
        self._block_start = None
        if start is None:
            return None
        # Trim whitespace at both ends so the block covers exactly its words.
        prose = self.text()
        end = self._length
        while start < end and prose[start].isspace():
            start += 1
        while end > start and prose[end - 1].isspace():
            end -= 1
        if start == end:
            return None
        block = Block(kind, start, end, level)
        self.blocks.append(block)
        return block

    def text(self) -> str:
        """The prose so far."""
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def build(
        self,
        format_name: str,
        path: str | None,
        *,
        links: list[Link] | None = None,
        metadata: Mapping[str, Any] | None = None,
        directives: list[Directive] | None = None,
    ) -> Document:
        """Freeze the accumulated prose into a :class:`Document`."""
        return Document(
            source=self.source,
            text=self.text(),
            format=format_name,
            path=path,
            blocks=list(self.blocks),
            links=list(links or []),
            metadata=dict(metadata or {}),
            directives=list(directives or []),
            source_starts=self.starts,
            source_ends=self.ends,
        )
