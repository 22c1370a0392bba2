"""``house-disclaimer``: the publisher's own disclaimer (configuration ``house-disclaimer``)
must appear word for word. An altered copy is reported where it stands, with the changed
words; a missing one at the title. Without a configured text the check does nothing; the item
``house-disclaimer`` of ``require`` / ``per-file-require`` turns it off for some paths.

Parameters: none.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from healthlint.analysis.disclosure import house_disclaimer_match, is_required
from healthlint.analysis.disclosure.evidence import title_span
from healthlint.checks.base import Check, Hit
from healthlint.context import LintContext

MAX_CHANGES_SHOWN = 5


class HouseDisclaimerCheck(Check):
    """Report a missing or altered house disclaimer."""

    kind: ClassVar[str] = "house-disclaimer"

    def run(self, context: LintContext) -> Iterator[Hit]:
        config = context.config
        disclaimer = config.house_disclaimer
        if not disclaimer or not disclaimer.strip():
            return
        if not is_required("house-disclaimer", config, context.document.path, default=True):
            return
        match = house_disclaimer_match(context)
        if match is None:
            start, end, in_source = title_span(context)
            yield Hit(
                start,
                end,
                data={"item": "house-disclaimer", "state": "missing", "changes": ""},
                message="The house disclaimer is missing; add it as configured",
                suggestions=(disclaimer.strip(),),
                in_source=in_source,
            )
            return
        if match.exact:
            return
        shown = "; ".join(match.changes[:MAX_CHANGES_SHOWN])
        more = len(match.changes) - MAX_CHANGES_SHOWN
        if more > 0:
            shown += f"; and {more} more"
        yield Hit(
            match.start,
            match.end,
            data={"item": "house-disclaimer", "state": "altered", "changes": shown},
            suggestions=(disclaimer.strip(),),
        )
