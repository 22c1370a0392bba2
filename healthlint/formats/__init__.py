"""Readers: one per input format. Only this package reads files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from healthlint.document import Document
from healthlint.errors import InputError
from healthlint.formats.html import read_html
from healthlint.formats.markdown import read_markdown
from healthlint.formats.text import read_text

Reader = Callable[[str, "str | None"], Document]

READERS: dict[str, Reader] = {"text": read_text, "markdown": read_markdown, "html": read_html}
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024


def format_for(filename: str | None) -> str:
    """The format a file name's suffix selects; plain text when there is none or it is unknown."""
    if not filename:
        return "text"
    return SUFFIXES.get(Path(filename).suffix.lower(), "text")


def read_document(
    source: str, filename: str | None = None, format_name: str | None = None
) -> Document:
    """Parse ``source`` into a :class:`Document` with the reader for its format."""
    return READERS[format_name or format_for(filename)](source, filename)


def decode_source(data: bytes, display_name: str) -> str:
    """Decode a file's bytes as UTF-8 (a BOM is allowed), refusing binary data."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{display_name}: binary file (it contains NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{display_name}: not valid UTF-8 (byte 0x{data[error.start]:02x} at byte offset "
            f"{error.start}); save the file as UTF-8"
        ) from None
    return text


def load_file(path: Path, max_size: int = DEFAULT_MAX_FILE_SIZE) -> str:
    """Read a file to lint, with the checks that turn bad input into one clear error."""
    display_name = str(path)
    if not path.exists():
        raise InputError(f"{display_name}: no such file or directory")
    if path.is_dir():
        raise InputError(f"{display_name}: is a directory")
    try:
        size = path.stat().st_size
        if size > max_size:
            raise InputError(
                f"{display_name}: file is {size:,} bytes, over the {max_size:,}-byte limit "
                "(set max-file-size in the configuration to raise it)"
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{display_name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{display_name}: cannot be read ({error.strerror})") from None
    return decode_source(data, display_name)
