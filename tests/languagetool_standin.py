"""A stand-in LanguageTool server for the tests: stdlib ``http.server`` on 127.0.0.1 in a
thread. LanguageTool itself (Java) cannot be installed on these machines, so this speaks its
documented HTTP API — ``GET /v2/languages`` and ``POST``/``GET /v2/check`` — with the same
JSON shapes: matches with ``offset``/``length`` in UTF-16 code units (LanguageTool is Java),
``replacements`` as ``[{"value": ...}]``, ``context``, ``sentence``, ``type`` and ``rule``
with ``id``, ``description``, ``issueType`` and ``category`` ``{id, name}``.

Its "rules" are a handful of regular expressions named and categorised like real
LanguageTool rules, enough to exercise every path of healthlint's integration.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
]
CONTEXT_CHARS = 40
#: The port the rule examples of rules/language.yml point at (tests/conftest.py serves it).
EXAMPLES_PORT = 47651


@dataclass(frozen=True)
class StandInRule:
    """A LanguageTool-like rule: a pattern, its replacement, message and category."""

    rule_id: str
    description: str
    issue_type: str
    category_id: str
    category_name: str
    pattern: re.Pattern[str]
    message: str
    replacement: str


RULES = (
    StandInRule(
        "HE_VERB_AGR",
        "Agreement error: third person singular",
        "grammar",
        "GRAMMAR",
        "Grammar",
        re.compile(r"\b(?:he|she|it) (go|take)\b", re.IGNORECASE),
        "The pronoun ‘he’ is usually used with a third-person or a past tense verb.",
        "{0}es",
    ),
    StandInRule(
        "COMMA_PARENTHESIS_WHITESPACE",
        "Use of whitespace before comma and before/after parentheses",
        "whitespace",
        "TYPOGRAPHY",
        "Typography",
        re.compile(r" ,"),
        "Put a space after the comma, but not before the comma.",
        ",",
    ),
    StandInRule(
        "FUTURE_PLANS",
        "Redundancy: future plans",
        "style",
        "REDUNDANCY",
        "Redundant Phrases",
        re.compile(r"\bfuture plans\b"),
        "This phrase is redundant. Consider using “plans”.",
        "plans",
    ),
    StandInRule(
        "THAN_THEN",
        "Confusion of then/than",
        "misspelling",
        "CONFUSED_WORDS",
        "Commonly Confused Words",
        re.compile(r"(?<=more )then\b"),
        "Did you mean “than”?",
        "than",
    ),
    StandInRule(
        "UPPERCASE_SENTENCE_START",
        "Checks that a sentence starts with an uppercase letter",
        "typographical",
        "CASING",
        "Capitalization",
        re.compile(r"(?:^|(?<=[.!?] ))([a-z])(?=\w* )"),
        "This sentence does not start with an uppercase letter.",
        "upper",
    ),
    StandInRule(
        "ENGLISH_WORD_REPEAT_RULE",
        "Word repetition (e.g. 'will will')",
        "duplication",
        "MISC",
        "Miscellaneous",
        re.compile(r"\b(\w+) \1\b"),
        "Possible typo: you repeated a word.",
        "{0}",
    ),
    StandInRule(
        "MORFOLOGIK_RULE_EN_US",
        "Possible spelling mistake",
        "misspelling",
        "TYPOS",
        "Possible Typo",
        re.compile(r"\b(?:metformin|fasciculations|recieve|zorblatine)\b", re.IGNORECASE),
        "Possible spelling mistake found.",
        "",
    ),
    StandInRule(
        "TO_TOO",
        "Confusion: to/too",
        "misspelling",
        "TYPOS",
        "Possible Typo",
        re.compile(r"\bto much zorblatine\b", re.IGNORECASE),
        "Did you mean “too much”?",
        "too much",
    ),
)


def utf16_length(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (what Java's ``String.length`` counts)."""
    return len(text.encode("utf-16-le")) // 2


def check(text: str, language: str) -> dict:
    """The JSON LanguageTool's ``/v2/check`` returns for ``text``."""
    matches = [match for rule in RULES for match in _matches(rule, text)]
    matches.sort(key=lambda match: match["offset"])
    return {
        "software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {
            "name": "English",
            "code": language,
            "detectedLanguage": {"name": "English", "code": language, "confidence": 0.99},
        },
        "matches": matches,
    }


def _matches(rule: StandInRule, text: str) -> Iterator[dict]:
    for found in rule.pattern.finditer(text):
        group = 1 if found.groups() else 0
        start, end = found.start(group), found.end(group)
        if rule.replacement == "upper":
            value = found.group(group).upper()
        else:
            value = rule.replacement.format(*(found.groups() or [found.group()]))
        context_start = max(0, start - CONTEXT_CHARS)
        context = text[context_start : end + CONTEXT_CHARS]
        yield {
            "message": rule.message,
            "shortMessage": "",
            "replacements": [{"value": value}] if value else [],
            "offset": utf16_length(text[:start]),
            "length": utf16_length(text[start:end]),
            "context": {
                "text": context,
                "offset": utf16_length(text[context_start:start]),
                "length": utf16_length(text[start:end]),
            },
            "sentence": text,
            "type": {"typeName": "Other"},
            "rule": {
                "id": rule.rule_id,
                "description": rule.description,
                "issueType": rule.issue_type,
                "category": {"id": rule.category_id, "name": rule.category_name},
            },
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        }


class StandInServer(ThreadingHTTPServer):
    """The server, counting the check requests it answers; ``delay`` slows every answer."""

    daemon_threads = True
    #: Several test sessions on one machine may serve the examples' port at once (SO_REUSEPORT):
    #: every one of them answers the same way.
    allow_reuse_port = True

    def __init__(self, delay: float = 0.0, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.delay = delay
        self.check_requests = 0
        self.languages_requests = 0
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def server_bind(self) -> None:
        """Bind with SO_REUSEPORT where the platform has it."""
        if hasattr(socket, "SO_REUSEPORT"):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        super().server_bind()

    @property
    def url(self) -> str:
        """The base URL a client is given (``http://127.0.0.1:PORT``)."""
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> StandInServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(timeout=5)


class _Handler(BaseHTTPRequestHandler):
    server: StandInServer

    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""

    def do_GET(self) -> None:
        url = urlparse(self.path)
        if url.path == "/v2/languages":
            self.server.languages_requests += 1
            self._reply(LANGUAGES)
        elif url.path == "/v2/check":
            self._check(parse_qs(url.query))
        else:
            self._reply({"error": f"unknown path {url.path}"}, status=404)

    def do_POST(self) -> None:
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length", "0"))
        form = parse_qs(self.rfile.read(length).decode("utf-8"))
        if url.path == "/v2/check":
            self._check(form)
        else:
            self._reply({"error": f"unknown path {url.path}"}, status=404)

    def _check(self, form: dict[str, list[str]]) -> None:
        self.server.check_requests += 1
        text = form.get("text", [""])[0]
        language = form.get("language", ["en-US"])[0]
        if language not in {entry["longCode"] for entry in LANGUAGES} | {"auto"}:
            self._reply({"error": f"unsupported language {language}"}, status=400)
            return
        self._reply(check(text, language))

    def _reply(self, body: object, status: int = 200) -> None:
        time.sleep(self.server.delay)
        data = json.dumps(body).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
