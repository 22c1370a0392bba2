"""HTML reader on the standard library's HTML tokenizer, which reports the exact source
position of every tag, text run, entity and comment.

``script``, ``style``, ``template``, ``noscript``, ``svg``, ``math``, ``pre``, ``code`` and the
``head`` are not prose; entities are decoded and mapped to their whole source span.
``<meta>`` tags (author, description, ``article:published_time``...), ``<title>`` and
JSON-LD (``datePublished``, ``dateModified``, ``author``, ``reviewedBy``, ``lastReviewed``,
``citation``) become metadata.
"""

from __future__ import annotations

import html
import json
from html.parser import HTMLParser

from healthlint.document import BlockKind, Directive, Document, Link, ProseBuilder
from healthlint.formats.directives import parse_directive
from healthlint.formats.metadata import merge_metadata

NON_PROSE = frozenset(
    {"script", "style", "template", "noscript", "svg", "math", "pre", "code", "textarea", "head"}
)
VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)
BLOCKS: dict[str, BlockKind] = {
    "p": "paragraph",
    "li": "list_item",
    "dt": "list_item",
    "dd": "list_item",
    "blockquote": "quote",
    "td": "table_cell",
    "th": "table_cell",
    "caption": "paragraph",
    "figcaption": "paragraph",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
}
CONTAINERS = frozenset(
    {
        "html",
        "body",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "ul",
        "ol",
        "dl",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "figure",
        "form",
        "address",
        "details",
        "summary",
        "hr",
        "br",
    }
)


def read_html(source: str, path: str | None = None) -> Document:
    """Read an HTML article."""
    reader = _HtmlReader(source, path)
    reader.feed(source)
    reader.close()
    return reader.document()


class _HtmlReader(HTMLParser):
    def __init__(self, source: str, path: str | None) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.path = path
        self.builder = ProseBuilder(source)
        # HTMLParser counts lines by "\n" only.
        self._newline_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        self.skip_stack: list[str] = []
        self.block_stack: list[tuple[str, BlockKind, int]] = []
        self.implicit_block = False
        self.links: list[tuple[str, int]] = []
        self.finished_links: list[Link] = []
        self.directives: list[Directive] = []
        self.meta: dict[str, str] = {}
        self.json_ld: list[object] = []
        self.metadata: dict = {}
        self.capture: str | None = None
        self.captured: list[str] = []

    # -- positions --------------------------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._newline_starts[line - 1] + column

    # -- tags -------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(attributes)
            return
        if tag == "time" and attributes.get("datetime", "").strip():
            # <time itemprop="dateModified" datetime="..."> dates the page; a bare one, the post.
            key = attributes.get("itemprop", "").strip().lower() or "date"
            self.meta.setdefault(key, attributes["datetime"].strip())
        if tag in ("a", "link") and "author" in attributes.get("rel", "").lower().split():
            # rel="author" declares authorship; the link's title or target identifies the author.
            author = attributes.get("title", "").strip() or attributes.get("href", "").strip()
            if author:
                self.meta.setdefault("rel-author", author)
        if tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self.capture, self.captured = "json_ld", []
        elif tag == "title":
            self.capture, self.captured = "title", []
        if tag in NON_PROSE:
            if tag not in VOID:
                self.skip_stack.append(tag)
            return
        if self.skip_stack:
            return
        if tag in BLOCKS:
            self._close_implicit()
            kind = BLOCKS[tag]
            level = int(tag[1]) if kind == "heading" else 0
            if tag == "h1" and not any(b.is_heading for b in self.builder.blocks):
                kind = "title"
            if self.block_stack:  # nested block (a <p> inside <li>): close the outer part
                self.builder.end_block(self.block_stack[-1][1], self.block_stack[-1][2])
            self.builder.begin_block()
            self.block_stack.append((tag, kind, level))
        elif tag in CONTAINERS:
            self._close_implicit()
            if tag == "br":
                at = self._offset()
                self.builder.add("\n", at, at + len(self.get_starttag_text() or "<br>"))
        elif tag == "a":
            self.links.append((attributes.get("href", ""), self.builder.length))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.skip_stack:
            if tag in self.skip_stack:
                while self.skip_stack and self.skip_stack.pop() != tag:
                    pass
                if tag in ("script", "title", "head") and self.capture:
                    self._finish_capture()
            elif tag == "title" and self.capture == "title":
                self._finish_capture()
            return
        if tag in BLOCKS and any(entry[0] == tag for entry in self.block_stack):
            while self.block_stack:
                open_tag, kind, level = self.block_stack.pop()
                self.builder.end_block(kind, level)
                if open_tag == tag:
                    break
            if self.block_stack:  # text after a nested block continues the outer block
                self.builder.begin_block()
        elif tag in CONTAINERS:
            self._close_implicit()
        elif tag == "a" and self.links:
            url, start = self.links.pop()
            self.finished_links.append(Link(url, start, self.builder.length))

    # -- text -------------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self.capture:
            self.captured.append(data)
            return
        if self.skip_stack:
            return
        start = self._offset()
        if not self.block_stack and not self.implicit_block:
            if not data.strip():
                return
            self.builder.begin_block()
            self.implicit_block = True
        self.builder.copy(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._entity(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._entity(f"&#{name}")

    def _entity(self, text: str) -> None:
        start = self._offset()
        end = start + len(text)
        if self.source.startswith(";", end):
            end += 1
        decoded = html.unescape(self.source[start:end])
        if self.capture:
            self.captured.append(decoded)
            return
        if self.skip_stack:
            return
        if not self.block_stack and not self.implicit_block:
            self.builder.begin_block()
            self.implicit_block = True
        self.builder.add(decoded, start, end)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = start + len(data) + 7  # "<!--" + data + "-->"
        directive = parse_directive(data, start, end)
        if directive is not None:
            self.directives.append(directive)

    # -- metadata ---------------------------------------------------------------------------

    def _meta(self, attributes: dict[str, str]) -> None:
        key = attributes.get("name") or attributes.get("property") or attributes.get("itemprop")
        content = attributes.get("content", "").strip()
        if key and content:
            self.meta.setdefault(key.lower(), content)

    def _finish_capture(self) -> None:
        text = "".join(self.captured)
        if self.capture == "title":
            self.meta.setdefault("title", " ".join(text.split()))
        elif self.capture == "json_ld":
            try:
                self.json_ld.append(json.loads(text))
            except json.JSONDecodeError:
                self.metadata.setdefault("warnings", []).append("JSON-LD block is not valid JSON")
        self.capture, self.captured = None, []

    def _close_implicit(self) -> None:
        if self.implicit_block:
            self.builder.end_block("paragraph")
            self.implicit_block = False

    def document(self) -> Document:
        self._close_implicit()
        while self.block_stack:
            _tag, kind, level = self.block_stack.pop()
            self.builder.end_block(kind, level)
        for item in _json_ld_items(self.json_ld):
            merge_metadata(self.metadata, item)
        merge_metadata(self.metadata, self.meta)
        if self.meta:
            self.metadata["meta"] = dict(self.meta)
        if self.json_ld:
            self.metadata["json_ld"] = list(self.json_ld)
        self.finished_links.sort(key=lambda link: link.start)
        return self.builder.build(
            "html",
            self.path,
            links=self.finished_links,
            metadata=self.metadata,
            directives=self.directives,
        )


def _json_ld_items(blocks: list[object]) -> list[dict]:
    """Flatten JSON-LD blocks (objects, arrays, ``@graph``) into their objects, pages first."""
    items: list[dict] = []
    pending = list(blocks)
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            if "@graph" in item:
                pending.extend(item["@graph"] if isinstance(item["@graph"], list) else [])
            items.append(item)
    page_types = ("MedicalWebPage", "WebPage", "Article", "NewsArticle", "BlogPosting")
    return sorted(items, key=lambda entry: str(entry.get("@type")) not in page_types)
