"""``currency``: the article's review (or, failing that, update or publication) date must not
be older than a maximum age.

Parameters: ``max_age_years`` (default: the configuration's ``review-max-age-years``, 3) and
``today`` (an ISO date standing in for today's date, for tests and reproducible reports;
default: the real date). An article with no date at all is the ``requirement`` kind's business.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from healthlint.analysis.disclosure.dates import currency_date, found_dates, parse_date
from healthlint.analysis.disclosure.evidence import title_span
from healthlint.checks.base import Check, CheckError, Hit, optional
from healthlint.context import LintContext

DAYS_PER_YEAR = 365.25


class CurrencyCheck(Check):
    """Report an article whose medical review is older than the allowed age."""

    kind: ClassVar[str] = "currency"
    parameters: ClassVar[Mapping[str, str]] = {
        "max_age_years": "oldest acceptable review date, in years (default: review-max-age-years)",
        "today": "ISO date used as today (default: the real date)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        maximum = optional(params, "max_age_years", (int, float), None)
        if maximum is not None and (isinstance(maximum, bool) or maximum <= 0):
            raise CheckError("'max_age_years' must be a positive number")
        self.max_age_years: float | None = maximum
        today = optional(params, "today", (str, dt.date), None)
        self.today = parse_date(today) if today is not None else None
        if today is not None and self.today is None:
            raise CheckError(f"'today' must be an ISO date such as 2025-01-31, not {today!r}")

    def run(self, context: LintContext) -> Iterator[Hit]:
        date = currency_date(found_dates(context))
        if date is None:
            return
        today = self.today or dt.date.today()
        maximum = self.max_age_years or context.config.review_max_age_years
        age = (today - date.value).days / DAYS_PER_YEAR
        if age <= maximum:
            return
        data = {
            "date": date.value.isoformat(),
            "date_kind": date.kind,
            "age_years": round(age, 1),
            "max_age_years": maximum,
        }
        suggestion = (f"review the article and update its {date.kind} date",)
        if date.start is not None and date.end is not None:
            yield Hit(date.start, date.end, data=data, suggestions=suggestion)
            return
        start, end, in_source = title_span(context)
        yield Hit(start, end, data=data, suggestions=suggestion, in_source=in_source)
