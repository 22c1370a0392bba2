"""When an article was published, updated and medically reviewed.

Dates come from metadata (front matter, ``<meta>``, JSON-LD, ``<time>``) and from labelled
dates in the prose: "Published 3 March 2024", "Last updated: 2024-03-03", "Page last reviewed:
12 May 2023", "Medically reviewed by Dr Lee on March 3, 2024", or a date on a byline line.
Dates are parsed with the standard library (ISO 8601 and English month names).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from healthlint.analysis.disclosure.structure import edge_blocks
from healthlint.context import LintContext

DateKind = Literal["published", "modified", "reviewed"]
METADATA_KEYS: dict[str, DateKind] = {
    "last_reviewed": "reviewed",
    "date_modified": "modified",
    "date_published": "published",
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
#: The month a season's issue is dated from ("Spring 2026" → March 2026).
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
DATE = (
    rf"(?:\d{{4}}-\d{{2}}-\d{{2}}(?:T[\d:.+Z-]+)?|\d{{4}}-\d{{2}}\b|\d{{4}}/\d{{1,2}}/\d{{1,2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_MONTH},?\s+\d{{4}}|{_SEASON}\s+\d{{4}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})"
)
LABELS: dict[str, DateKind] = {
    "reviewed": "reviewed",
    "revised": "modified",
    "updated": "modified",
    "modified": "modified",
    "published": "published",
    "posted": "published",
    "written": "published",
    "date": "published",
    "dated": "published",
    "first published": "published",
}
LABELLED_DATE = re.compile(
    r"(?<![\w-])(?P<label>reviewed|revised|updated|modified|first published|published|posted|"
    r"written|dated|date)\b(?P<between>[^.\n!?]{0,80}?)(?P<date>" + DATE + r")",
    re.IGNORECASE,
)
BARE_DATE = re.compile(rf"(?<![\w-]){DATE}(?![\w-])", re.IGNORECASE)
_NOT_A_LAST_DATE = re.compile(
    r"\b(?:next|due|expir\w*|until|review date|valid|deadline|event|closes?|born|died)\b",
    re.IGNORECASE,
)
_SOMEONE_ELSES = re.compile(
    r"\b(?:study|studies|trial|trials|research|paper|journal|report|review article|guideline)\b",
    re.IGNORECASE,
)
#: Dated lines are short ("Page last reviewed: 12 May 2023"); longer blocks are article prose.
DATE_LINE_MAX_WORDS = 25
BYLINE_HINT = re.compile(r"(?:^|\s)(?:by|author)\b|[·|•]", re.IGNORECASE)
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%B %Y", "%b %Y")


@dataclass(frozen=True)
class FoundDate:
    """A date and what it dates; ``start``/``end`` are prose offsets (``None`` for metadata)."""

    kind: DateKind
    value: dt.date
    text: str
    start: int | None = None
    end: int | None = None


def parse_date(value: Any) -> dt.date | None:
    """A date from a metadata value or a date string; ``None`` when it cannot be read."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return _safe_date(int(text[:4]), int(text[5:]), 1)
    season = re.fullmatch(rf"({_SEASON})\s+(\d{{4}})", text, re.IGNORECASE)
    if season:
        return _safe_date(int(season.group(2)), SEASON_MONTHS[season.group(1).lower()], 1)
    slashed = re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", text)
    if slashed:
        return _safe_date(*(int(part) for part in slashed.groups()))
    numeric = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if numeric:
        first, second, year = (int(part) for part in numeric.groups())
        # 13/04/2024 is day-first; 04/13/2024 month-first; ambiguous ones are read month-first.
        return _safe_date(year, second, first) if first > 12 else _safe_date(year, first, second)
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", text).replace(",", " ").replace(".", " ")
    cleaned = re.sub(r"\bsept\b", "sep", " ".join(cleaned.split()), flags=re.IGNORECASE)
    for pattern in _FORMATS:
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def found_dates(context: LintContext) -> list[FoundDate]:
    """Every publication, update and review date of the article, metadata first."""
    return context.memo("disclosure.dates", lambda: _find_dates(context))


def _find_dates(context: LintContext) -> list[FoundDate]:
    document = context.document
    dates: list[FoundDate] = []
    edge = set(edge_blocks(context, DATE_LINE_MAX_WORDS))
    for key, kind in METADATA_KEYS.items():
        value = document.metadata.get(key)
        parsed = parse_date(value)
        if parsed is not None:
            dates.append(FoundDate(kind, parsed, f"{key}: {value}"))
    for block in document.blocks:
        text = document.block_text(block)
        if len(text.split()) > DATE_LINE_MAX_WORDS:
            continue
        labelled = False
        for match in LABELLED_DATE.finditer(text):
            before = text[: match.start()]
            if _NOT_A_LAST_DATE.search(before[-12:]) or _SOMEONE_ELSES.search(before):
                continue
            parsed = parse_date(match.group("date"))
            if parsed is None:
                continue
            labelled = True
            kind = LABELS[match.group("label").lower()]
            start = block.start + match.start("date")
            dates.append(FoundDate(kind, parsed, match.group(), start, start + len(match["date"])))
        if not labelled and (BYLINE_HINT.search(text) or block in edge):
            hinted = BYLINE_HINT.search(text) is not None
            for match in BARE_DATE.finditer(text):
                parsed = parse_date(match.group())
                if (
                    parsed is not None
                    and not _NOT_A_LAST_DATE.search(text[: match.start()])
                    and (hinted or _is_dateline(text, match))
                ):
                    start = block.start + match.start()
                    end = start + len(match.group())
                    dates.append(FoundDate("published", parsed, match.group(), start, end))
    return dates


#: A dateline: the date with at most this many other words on its line ("Thursday 9 April").
DATELINE_OTHER_WORDS = 3
_LINE_BREAK = re.compile(r"\n|[|·•]")


def _is_dateline(text: str, match: re.Match[str]) -> bool:
    """Whether a bare date stands on a line of its own (give or take a weekday or a label),
    not inside a sentence ("Vaccines are offered from 1 October")."""
    starts = [found.end() for found in _LINE_BREAK.finditer(text, 0, match.start())]
    line_start = starts[-1] if starts else 0
    following = _LINE_BREAK.search(text, match.end())
    line_end = following.start() if following else len(text)
    others = text[line_start : match.start()].split() + text[match.end() : line_end].split()
    return len(others) <= DATELINE_OTHER_WORDS


def currency_date(dates: list[FoundDate]) -> FoundDate | None:
    """The date that says how current the medical content is: the newest review date, else the
    newest update or publication date."""
    reviewed = [date for date in dates if date.kind == "reviewed"]
    pool = reviewed or dates
    return max(pool, key=lambda date: date.value) if pool else None
