"""``languagetool``: LanguageTool's grammar, punctuation, style and confused-word checks, when
a LanguageTool server (or a local install) is available — reported under HL451–HL455 by the
category of each match.

Parameters: ``categories`` — the LanguageTool category ids this rule reports, or
``["OTHER"]`` for every category no other HL45x rule takes.

LanguageTool is reached through ``language-tool-python`` (GPL-3.0-only, the optional extra
``healthlint[languagetool]``), imported here and only here. It is never downloaded: without a
configured server or a ready local install these rules find nothing, and healthlint says once
why (``healthlint doctor`` shows it too). Matches are fetched once per article and shared by
the HL45x rules; LanguageTool's one-word spelling matches are left to HL401, which knows
medical words and the project's vocabulary, and its word-repeat rule to HL404.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, ClassVar, Final

from healthlint.checks.base import Check, CheckError, Hit, require
from healthlint.config import Config, load_config
from healthlint.context import LintContext
from healthlint.errors import ConfigError
from healthlint.language.languagetool import (
    CATEGORY_CODES,
    LANGUAGES,
    OTHER_CODE,
    OWN_RULES,
    SPELLING_CATEGORY,
    Endpoint,
    LanguageToolMatch,
    endpoint,
    is_single_word,
    local_install_problem,
)
from healthlint.language.speller import misspellings, speller_of

OTHER: Final = "OTHER"


class LanguageToolUnavailable(RuntimeError):
    """LanguageTool cannot be used here; the message says why."""


_clients: dict[tuple[Endpoint, str, float], Any] = {}
_lock = threading.Lock()


def client(where: Endpoint, language: str, timeout: float) -> Any:
    """A ``language_tool_python.LanguageTool`` for ``where`` (created once per process),
    with ``timeout`` seconds on start-up and on every request. A failure is remembered too,
    so an unreachable server costs one timeout per process, not one per article."""
    key = (where, language, timeout)
    with _lock:
        if key not in _clients:
            try:
                _clients[key] = _connect(where, language, timeout)
            except LanguageToolUnavailable as error:
                _clients[key] = error
        found = _clients[key]
    if isinstance(found, LanguageToolUnavailable):
        raise found
    return found


def _connect(where: Endpoint, language: str, timeout: float) -> Any:
    try:
        import language_tool_python
    except ImportError:
        raise LanguageToolUnavailable(
            "language-tool-python is not installed (pip install 'healthlint[languagetool]')"
        ) from None
    if where.local_path is not None:
        problem = local_install_problem(where.local_path, timeout)
        if problem:
            raise LanguageToolUnavailable(problem)
    timed = type("TimedLanguageTool", (language_tool_python.LanguageTool,), {"_TIMEOUT": timeout})
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(timed, language, remote_server=where.url)
    try:
        return future.result(timeout=timeout)
    except FutureTimeout:
        raise LanguageToolUnavailable(f"LanguageTool did not start within {timeout:g} s") from None
    except Exception as error:  # the library raises several unrelated types
        place = where.url or where.local_path
        raise LanguageToolUnavailable(f"LanguageTool at {place} is not usable: {error}") from None
    finally:
        pool.shutdown(wait=False)


def _skipped(context: LintContext, reason: str) -> None:
    context.warn(f"LanguageTool rules (HL451–HL455) skipped: {reason}")


def languagetool_matches(context: LintContext) -> list[LanguageToolMatch]:
    """LanguageTool's matches on the article's prose, without those healthlint's own rules
    cover (fetched once per article; empty when LanguageTool is not available)."""
    return context.memo("language.languagetool", lambda: _fetch(context))


def _fetch(context: LintContext) -> list[LanguageToolMatch]:
    config = context.config
    where = endpoint(config)
    if where is None:
        return []
    try:
        tool = client(where, LANGUAGES[config.dialect], config.languagetool_timeout)
        raw = tool.check(context.text)
    except LanguageToolUnavailable as error:
        _skipped(context, str(error))
        return []
    except Exception as error:  # a failed request must not stop the lint
        _skipped(context, f"a request failed: {error}")
        return []
    matches = [_convert(match) for match in raw]
    return [match for match in matches if _kept(match, context)]


def _convert(match: Any) -> LanguageToolMatch:
    return LanguageToolMatch(
        start=match.offset,
        end=match.offset + match.error_length,
        message=match.message,
        replacements=tuple(match.replacements),
        rule_id=match.rule_id,
        category=match.category,
        issue_type=match.rule_issue_type,
    )


def _kept(match: LanguageToolMatch, context: LintContext) -> bool:
    if match.rule_id in OWN_RULES:
        return False
    text = context.text[match.start : match.end]
    if match.category == SPELLING_CATEGORY and is_single_word(text):
        return False
    if any(word.start < match.end and match.start < word.end for word in misspellings(context)):
        return False
    accepted = speller_of(context).accepted
    return not any(word.lower() in accepted for word in re.findall(r"[\w'’-]+", text))


class LanguageToolCheck(Check):
    """Report LanguageTool's matches of some categories."""

    kind: ClassVar[str] = "languagetool"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "tags"})
    parameters: ClassVar[Mapping[str, str]] = {
        "categories": "LanguageTool category ids to report, or [OTHER] for the rest",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        categories = require(params, "categories", list)
        known = set(CATEGORY_CODES) | {OTHER, SPELLING_CATEGORY}
        unknown = [item for item in categories if item not in known]
        if unknown or not categories:
            raise CheckError(f"'categories' must list LanguageTool category ids, not {unknown}")
        self.categories = frozenset(categories)

    def _reports(self, match: LanguageToolMatch) -> bool:
        if match.category in self.categories:
            return True
        return OTHER in self.categories and match.code == OTHER_CODE

    def run(self, context: LintContext) -> Iterator[Hit]:
        for match in languagetool_matches(context):
            if self._reports(match):
                yield Hit(
                    match.start,
                    match.end,
                    data={"rule_id": match.rule_id, "category": match.category},
                    suggestions=match.replacements[:3],
                    message=f"{match.message} (LanguageTool {match.rule_id})",
                )


def languagetool_availability(config: Config | None = None) -> tuple[bool, str]:
    """Whether HL451–HL455 can reach LanguageTool with ``config`` (default: the nearest
    configuration file), and a sentence saying where, or why not."""
    if config is None:
        try:
            config = load_config()
        except ConfigError as error:
            return False, f"configuration error: {error}"
    where = endpoint(config)
    if where is None:
        return False, (
            "not configured (set [languagetool] url or HEALTHLINT_LANGUAGETOOL_URL, or LTP_PATH "
            "to a LanguageTool install with Java 17+); HL451–HL455 are skipped"
        )
    try:
        client(where, LANGUAGES[config.dialect], config.languagetool_timeout)
    except LanguageToolUnavailable as error:
        return False, f"{error}; HL451–HL455 are skipped"
    return True, f"server at {where.url}" if where.url else f"local install at {where.local_path}"
