"""Suppression comments: ``<!-- healthlint-disable HL101 -->`` and friends, in every format."""

from __future__ import annotations

import re

from healthlint.document import Directive

DIRECTIVE_PATTERN = re.compile(
    r"^\s*healthlint-(?P<action>disable-next-line|disable|enable)\b(?P<codes>[^\n]*?)\s*$"
)
COMMENT_PATTERN = re.compile(r"<!--(?P<body>.*?)-->", re.DOTALL)
_CODE_SPLIT = re.compile(r"[\s,]+")


def parse_directive(comment_body: str, start: int, end: int) -> Directive | None:
    """Turn the inside of one comment into a :class:`Directive`, or ``None`` if it is not one.

    Codes may be separated by spaces or commas; they are upper-cased, and the linter reports
    codes it does not know.
    """
    match = DIRECTIVE_PATTERN.match(comment_body)
    if match is None:
        return None
    codes = tuple(code.upper() for code in _CODE_SPLIT.split(match["codes"].strip()) if code)
    return Directive(match["action"], codes, start, end)  # type: ignore[arg-type]


def directives_in(source: str, start: int = 0, end: int | None = None) -> list[Directive]:
    """All directive comments between two source offsets."""
    found = []
    for match in COMMENT_PATTERN.finditer(source, start, len(source) if end is None else end):
        directive = parse_directive(match["body"], match.start(), match.end())
        if directive is not None:
            found.append(directive)
    return found
