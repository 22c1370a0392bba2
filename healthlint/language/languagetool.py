"""LanguageTool, when a server is there: where to find it, and how its matches become HL45x
findings. The client library (``language-tool-python``, GPL-3.0) is imported only by the
grammar check (:mod:`healthlint.checks.grammar`), never here.

A server comes from ``[languagetool] url`` in the configuration or the
``HEALTHLINT_LANGUAGETOOL_URL`` environment variable; a local install is used only when
``LTP_PATH`` names a folder that already holds ``languagetool-server.jar`` and Java 17 or
newer is on the PATH. Nothing is ever downloaded.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from healthlint.config import Config

URL_VARIABLE: Final = "HEALTHLINT_LANGUAGETOOL_URL"
LOCAL_VARIABLE: Final = "LTP_PATH"
MIN_JAVA: Final = 17
#: LanguageTool rule categories → the healthlint rule that reports them.
CATEGORY_CODES: Final = {
    "GRAMMAR": "HL451",
    "PUNCTUATION": "HL452",
    "TYPOGRAPHY": "HL452",
    "STYLE": "HL453",
    "REDUNDANCY": "HL453",
    "PLAIN_ENGLISH": "HL453",
    "WIKIPEDIA": "HL453",
    "REPETITIONS_STYLE": "HL453",
    "CONFUSED_WORDS": "HL454",
    "COLLOCATIONS": "HL454",
    "SEMANTICS": "HL454",
}
OTHER_CODE: Final = "HL455"
#: LanguageTool rules healthlint has its own, medically aware version of.
OWN_RULES: Final = frozenset({"ENGLISH_WORD_REPEAT_RULE", "ENGLISH_WORD_REPEAT_BEGINNING_RULE"})
SPELLING_CATEGORY: Final = "TYPOS"
LANGUAGES: Final = {"any": "en", "en-US": "en-US", "en-GB": "en-GB"}


@dataclass(frozen=True)
class Endpoint:
    """Where LanguageTool is: a server URL or a local install folder (one of them)."""

    url: str | None = None
    local_path: Path | None = None


@dataclass(frozen=True)
class LanguageToolMatch:
    """One LanguageTool match, in prose offsets (Python characters)."""

    start: int
    end: int
    message: str
    replacements: tuple[str, ...]
    rule_id: str
    category: str
    issue_type: str

    @property
    def code(self) -> str:
        """The healthlint rule that reports this match."""
        return CATEGORY_CODES.get(self.category, OTHER_CODE)


def endpoint(config: Config) -> Endpoint | None:
    """The LanguageTool the configuration or environment points at, if any."""
    url = config.languagetool_url or os.environ.get(URL_VARIABLE, "").strip()
    if url:
        return Endpoint(url=url)
    local = os.environ.get(LOCAL_VARIABLE, "").strip()
    return Endpoint(local_path=Path(local)) if local else None


def local_install_problem(path: Path, timeout: float) -> str | None:
    """Why a local install under ``path`` cannot be used (``None`` when it can)."""
    if not any(path.glob("**/languagetool-server.jar")):
        return (
            f"{LOCAL_VARIABLE}={path} holds no languagetool-server.jar "
            "(healthlint never downloads LanguageTool)"
        )
    java = shutil.which("java")
    if java is None:
        return f"Java {MIN_JAVA}+ is needed for a local LanguageTool and none is on the PATH"
    try:
        result = subprocess.run(
            [java, "-version"], capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"could not run java -version ({error})"
    version = java_major_version(result.stderr + result.stdout)
    if version is None or version < MIN_JAVA:
        return f"Java {MIN_JAVA}+ is needed for a local LanguageTool; found {version or 'unknown'}"
    return None


def java_major_version(output: str) -> int | None:
    """The major version in ``java -version`` output ("1.8.0_292" → 8, "17.0.2" → 17)."""
    match = re.search(r'version "(\d+)(?:\.(\d+))?', output)
    if match is None:
        return None
    major = int(match.group(1))
    return int(match.group(2) or 0) if major == 1 else major


def is_single_word(text: str) -> bool:
    """Whether ``text`` is one word (LanguageTool's spelling matches on one word are left to
    healthlint's own medically aware spell checker)."""
    return re.fullmatch(r"[\w'’-]+", text) is not None
