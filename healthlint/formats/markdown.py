"""Markdown reader built on markdown-it-py (CommonMark + tables, front matter, footnotes).

Block tokens carry line maps; inline text is aligned character by character with the source
lines of its block, so escapes, entities, emphasis markers and line prefixes (``>``, list
indentation) are skipped exactly. Code, inline code, raw HTML, images and link URLs are not
prose; link text is. A footnote reference becomes ``[label]`` in the prose so analyses see the
citation marker where it stands.
"""

from __future__ import annotations

import html
import re
from functools import cache

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from healthlint.document import BlockKind, Directive, Document, Link, ProseBuilder, line_starts
from healthlint.errors import InputError
from healthlint.formats.directives import directives_in
from healthlint.formats.metadata import merge_metadata

_CONTAINER_OPENERS = {
    "blockquote_open": "blockquote",
    "bullet_list_open": "list_item",
    "ordered_list_open": "list_item",
    "list_item_open": "list_item",
    "th_open": "table_cell",
    "td_open": "table_cell",
}
_CONTAINER_CLOSERS = {opener.replace("_open", "_close") for opener in _CONTAINER_OPENERS}
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@cache
def _parser() -> MarkdownIt:
    return (
        MarkdownIt("commonmark", {"html": True})
        .enable("table")
        .use(front_matter_plugin)
        .use(footnote_plugin)
    )


def read_markdown(source: str, path: str | None = None) -> Document:
    """Read a Markdown article."""
    return _MarkdownReader(source, path).read()


class _MarkdownReader:
    def __init__(self, source: str, path: str | None) -> None:
        self.source = source
        self.path = path
        self.builder = ProseBuilder(source)
        self.line_starts = line_starts(source)
        self.links: list[Link] = []
        self.directives: list[Directive] = []
        self.metadata: dict = {}
        self.cursor = 0

    def read(self) -> Document:
        containers: list[str] = []
        heading_level = 0
        for token in _parser().parse(self.source):
            kind = token.type
            if kind == "front_matter":
                self._front_matter(token)
            elif kind in _CONTAINER_OPENERS:
                containers.append(_CONTAINER_OPENERS[kind])
            elif kind in _CONTAINER_CLOSERS:
                containers.pop()
            elif kind == "heading_open":
                heading_level = int(token.tag[1])
            elif kind == "heading_close":
                heading_level = 0
            elif kind == "inline":
                self._inline_block(
                    token, self._block_kind(containers, heading_level), heading_level
                )
            elif kind in ("html_block", "code_block", "fence"):
                self._skip_block(token)
        if not self.metadata.get("title"):
            title = next((b for b in self.builder.blocks if b.kind == "title"), None)
            if title is not None:
                self.metadata["title"] = self.builder.text()[title.start : title.end]
        return self.builder.build(
            "markdown",
            self.path,
            links=self.links,
            metadata=self.metadata,
            directives=self.directives,
        )

    # -- blocks -----------------------------------------------------------------------------

    def _block_kind(self, containers: list[str], heading_level: int) -> BlockKind:
        if heading_level:
            has_title = any(block.kind == "title" for block in self.builder.blocks)
            earlier_headings = any(block.is_heading for block in self.builder.blocks)
            if heading_level == 1 and not has_title and not earlier_headings:
                return "title"
            return "heading"
        for container in reversed(containers):
            if container == "blockquote":
                return "quote"
            return container  # type: ignore[return-value]
        return "paragraph"

    def _front_matter(self, token: Token) -> None:
        try:
            data = yaml.safe_load(token.content) if token.content.strip() else {}
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f":{mark.line + 2}" if mark is not None else ""
            raise InputError(
                f"{self.path or '<stdin>'}{where}: front matter is not valid YAML "
                f"({getattr(error, 'problem', None) or error})"
            ) from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise InputError(f"{self.path or '<stdin>'}:1: front matter must be a YAML mapping")
        self.metadata["front_matter"] = data
        merge_metadata(self.metadata, data)

    def _skip_block(self, token: Token) -> None:
        if token.map is None:
            return
        start, end = self._line_range(token.map)
        if token.type == "html_block":
            self.directives.extend(directives_in(self.source, start, end))
        self.cursor = max(self.cursor, end)

    def _line_range(self, line_map: list[int]) -> tuple[int, int]:
        first, last = line_map
        start = self.line_starts[first] if first < len(self.line_starts) else len(self.source)
        end = self.line_starts[last] if last < len(self.line_starts) else len(self.source)
        return start, end

    # -- inline -----------------------------------------------------------------------------

    def _inline_block(self, token: Token, kind: BlockKind, level: int) -> None:
        if token.map is not None:
            region_start, region_end = self._line_range(token.map)
            self.cursor = max(self.cursor, region_start)
        else:
            region_end = len(self.source)
        builder = self.builder
        builder.begin_block()
        link_stack: list[tuple[str, int, bool]] = []
        skip_depth = 0
        for child in token.children or []:
            ctype = child.type
            if ctype == "link_open":
                autolink = child.markup == "autolink" or child.info == "auto"
                link_stack.append((str(child.attrs.get("href", "")), builder.length, autolink))
                if autolink:
                    skip_depth += 1
                    self._skip_past("<", region_end)  # not a blockquote's ">" before it
            elif ctype == "link_close" and link_stack:
                url, start, autolink = link_stack.pop()
                if autolink:
                    skip_depth -= 1
                    self.links.append(Link(url, builder.length, builder.length))
                    self._skip_past(">", region_end)
                else:
                    self.links.append(Link(url, start, builder.length))
                    self._skip_link_destination(region_end)
            elif skip_depth:
                continue
            elif ctype == "text":
                self._align(child.content, region_end)
            elif ctype in ("softbreak", "hardbreak"):
                newline = self.source.find("\n", self.cursor, region_end)
                if newline < 0:
                    builder.add(" ", self.cursor, self.cursor)
                else:
                    builder.add("\n", newline, newline + 1)
                    self.cursor = newline + 1
            elif ctype == "code_inline":
                self._skip_code_span(child, region_end)
            elif ctype == "html_inline":
                self._skip_inline_html(child, region_end)
            elif ctype == "image":
                self._skip_image(region_end)
            elif ctype == "footnote_ref":
                self._footnote_reference(child, region_end)
        builder.end_block(kind, level=1 if kind == "title" else level)

    def _align(self, content: str, region_end: int) -> None:
        """Append ``content``, mapping each character to the source character it came from."""
        source = self.source
        builder = self.builder
        index = 0
        run_start = -1
        position = self.cursor
        while index < len(content) and position < region_end:
            char = content[index]
            found = source[position]
            entity = _ENTITY.match(source, position, region_end) if found == "&" else None
            decoded = html.unescape(entity.group()) if entity else ""
            escaped = (
                found == "\\"
                and char in _ESCAPABLE
                and position + 1 < region_end
                and source[position + 1] == char
            )
            is_entity = entity is not None and content.startswith(decoded, index)
            if found == char and not escaped and not is_entity:
                if run_start < 0:
                    run_start = position
                position += 1
                index += 1
                continue
            if run_start >= 0:
                builder.copy(run_start, position)
                run_start = -1
            if escaped:  # a backslash escape stands for the character after it
                builder.add(char, position, position + 2)
                position += 2
                index += 1
            elif is_entity:
                builder.add(decoded, position, entity.end())
                index += len(decoded)
                position = entity.end()
            elif entity:
                position = entity.end()
            else:
                position += 1
        if run_start >= 0:
            builder.copy(run_start, position)
        if index < len(content):
            # Text the source no longer shows (normalised by the parser): keep it, unmapped
            # to a wider span than the place it belongs.
            builder.add(content[index:], position, position)
        self.cursor = position

    def _skip_past(self, text: str, region_end: int) -> None:
        found = self.source.find(text, self.cursor, region_end)
        if found >= 0:
            self.cursor = found + len(text)

    def _skip_code_span(self, child: Token, region_end: int) -> None:
        fence = child.markup or "`"
        opening = self.source.find(fence, self.cursor, region_end)
        if opening < 0:
            return
        closing = self.source.find(fence, opening + len(fence), region_end)
        if closing >= 0:
            self.cursor = closing + len(fence)

    def _skip_inline_html(self, child: Token, region_end: int) -> None:
        found = self.source.find(child.content, self.cursor, region_end)
        if found < 0:
            return
        end = found + len(child.content)
        self.directives.extend(directives_in(self.source, found, end))
        self.cursor = end

    def _skip_image(self, region_end: int) -> None:
        opening = self.source.find("![", self.cursor, region_end)
        if opening >= 0:
            self.cursor = opening + 2
            self._skip_past("]", region_end)
            self._skip_link_destination(region_end)

    def _skip_link_destination(self, region_end: int) -> None:
        """Move past ``](destination "title")`` or ``][label]`` after a link's text."""
        source = self.source
        position = self.cursor
        if position < region_end and source[position] == "]":
            position += 1
        if position < region_end and source[position] == "(":
            depth = 0
            quote = ""
            while position < region_end:
                char = source[position]
                if quote:
                    if char == quote:
                        quote = ""
                elif char in "\"'" and depth == 1 and source[position - 1].isspace():
                    quote = char
                elif char == "(":
                    depth += 1
                elif char == ")":
                    depth -= 1
                    if depth == 0:
                        position += 1
                        break
                elif char == "\\":
                    position += 1
                position += 1
        elif position < region_end and source[position] == "[":
            closing = source.find("]", position, region_end)
            if closing >= 0:
                position = closing + 1
        self.cursor = position

    def _footnote_reference(self, child: Token, region_end: int) -> None:
        label = str(child.meta.get("label", ""))
        marker = f"[^{label}]"
        found = self.source.find(marker, self.cursor, region_end)
        if found < 0:
            return
        self.builder.add(f"[{label}]", found, found + len(marker))
        self.cursor = found + len(marker)
