"""The contract between rules and check kinds.

A check kind is a small class: built once from a rule's parameters (validated then), it runs
on a :class:`~healthlint.context.LintContext` and yields :class:`Hit` objects with prose
offsets. The linter turns hits into findings. Kinds declare the pipeline features they need so
components no enabled rule needs can be left out.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from healthlint.context import LintContext
from healthlint.report import Severity


@dataclass(frozen=True)
class Hit:
    """A check's raw result: prose offsets, and what the finding should say.

    ``message`` replaces the rule's message template when given; otherwise the template is
    filled from ``data`` plus ``text`` (the flagged prose). ``severity`` overrides the rule's
    default for this hit (a very long sentence is worse than a long one). ``in_source`` says
    the offsets are source offsets, for hits on what is not prose (metadata, comments).
    """

    start: int
    end: int
    data: Mapping[str, Any] = field(default_factory=dict)
    suggestions: tuple[str, ...] = ()
    message: str | None = None
    severity: Severity | None = None
    in_source: bool = False


class CheckError(ValueError):
    """A rule's parameters do not fit its check kind."""


class Check(ABC):
    """Base class of every check kind. Subclasses set ``kind`` and implement :meth:`run`."""

    kind: ClassVar[str]
    #: Pipeline features this kind needs (see :data:`healthlint.nlp.FEATURES`).
    needs: ClassVar[frozenset[str]] = frozenset({"sentences"})
    #: Parameter names this kind accepts, with a one-line description each.
    parameters: ClassVar[Mapping[str, str]] = {}
    #: Late checks run after suppressions are applied and read their outcome.
    late: ClassVar[bool] = False

    def __init__(self, params: Mapping[str, Any]) -> None:
        unknown = set(params) - set(self.parameters)
        if unknown:
            known = ", ".join(sorted(self.parameters)) or "none"
            raise CheckError(
                f"unknown parameter(s) {', '.join(sorted(unknown))} for check kind "
                f"{self.kind!r} (accepted: {known})"
            )
        self.params = dict(params)

    @abstractmethod
    def run(self, context: LintContext) -> Iterable[Hit]:
        """Yield the hits of this check on one article."""


def require(params: Mapping[str, Any], name: str, expected: type | tuple[type, ...]) -> Any:
    """Read a required parameter of the right type, or raise :class:`CheckError`."""
    if name not in params:
        raise CheckError(f"missing parameter {name!r}")
    value = params[name]
    if not isinstance(value, expected):
        names = (
            expected.__name__
            if isinstance(expected, type)
            else "/".join(t.__name__ for t in expected)
        )
        raise CheckError(f"parameter {name!r} must be {names}, not {type(value).__name__}")
    return value


def optional(
    params: Mapping[str, Any], name: str, expected: type | tuple[type, ...], default: Any
) -> Any:
    """Read an optional parameter of the right type, or its default."""
    if name not in params:
        return default
    return require(params, name, expected)
