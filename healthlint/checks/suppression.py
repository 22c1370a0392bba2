"""``suppression``: report suppression comments that are wrong or do nothing (HL0xx).

A late kind: it runs after every other rule has been filtered through the suppressions, and
reads what they silenced from ``context.memo("suppressions")``. ``report`` selects what it
looks for:

- ``unused``: a ``disable``/``disable-next-line`` comment, or one code in it, that silenced
  nothing. Codes whose rule is not enabled for this file are not reported (they may be
  enabled elsewhere), nor are late rules' own codes (their findings come after this check).
- ``unknown``: a code no loaded rule has.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import ClassVar

from healthlint.checks.base import Check, CheckError, Hit, require
from healthlint.context import LintContext
from healthlint.suppressions import ALL_CODES, Suppression

REPORTS = ("unused", "unknown")


class SuppressionCheck(Check):
    """Find suppression comments that silence nothing or name codes that do not exist."""

    kind: ClassVar[str] = "suppression"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences"})
    late: ClassVar[bool] = True
    parameters: ClassVar[Mapping[str, str]] = {
        "report": "what to report: 'unused' (silenced nothing) or 'unknown' (no such code)",
    }

    def __init__(self, params: Mapping[str, object]) -> None:
        super().__init__(params)
        self.report = require(self.params, "report", str)
        if self.report not in REPORTS:
            raise CheckError(f"parameter 'report' must be one of {', '.join(REPORTS)}")

    def run(self, context: LintContext) -> Iterator[Hit]:
        suppressions: list[Suppression] = context.memo("suppressions", list)
        known: frozenset[str] = context.memo("known_codes", frozenset)
        for suppression in suppressions:
            if self.report == "unknown":
                unknown = [code for code in suppression.codes if code != ALL_CODES]
                unknown = [code for code in unknown if code not in known]
                if unknown:
                    yield _hit(suppression, unknown)
            else:
                unused = self._unused_codes(suppression, context)
                if unused:
                    yield _hit(suppression, unused)

    @staticmethod
    def _unused_codes(suppression: Suppression, context: LintContext) -> list[str]:
        enabled: frozenset[str] = context.memo("enabled_codes", frozenset)
        late: frozenset[str] = context.memo("late_codes", frozenset)
        if suppression.codes == (ALL_CODES,):
            return [] if suppression.used else ["all"]
        return [
            code
            for code in suppression.codes
            if code in enabled and code not in late and code not in suppression.used
        ]


def _hit(suppression: Suppression, codes: list[str]) -> Hit:
    directive = suppression.directive
    return Hit(
        directive.start,
        directive.end,
        data={"codes": ", ".join(codes), "action": directive.action},
        suggestions=("remove the comment",)
        if len(codes) == len(suppression.codes)
        else (f"remove {', '.join(codes)} from the comment",),
        in_source=True,
    )
