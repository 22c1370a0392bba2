"""The LanguageTool integration (HL451–HL455), tested against a stand-in server.

LanguageTool (a Java program) cannot be installed on these machines, so these tests run
``tests/languagetool_standin.py``: a stdlib ``http.server`` on 127.0.0.1, started and stopped
by the fixtures, that speaks LanguageTool's documented ``/v2/languages`` and ``/v2/check``
JSON faithfully (UTF-16 offsets, replacements, rule ids, issue types and categories). The
real ``language-tool-python`` client talks to it.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from languagetool_standin import StandInServer

from healthlint import Config, Linter
from healthlint.checks import grammar
from healthlint.language.languagetool import (
    LOCAL_VARIABLE,
    URL_VARIABLE,
    Endpoint,
    endpoint,
    java_major_version,
    local_install_problem,
)
from healthlint.report import Report

pytest.importorskip("language_tool_python", reason="the healthlint[languagetool] extra")

LANGUAGETOOL_CODES = ("HL451", "HL452", "HL453", "HL454", "HL455")


@pytest.fixture
def server() -> Iterator[StandInServer]:
    with StandInServer() as running:
        yield running


def _lint(url: str, text: str, *codes: str, **config: object) -> Report:
    selected = codes or (*LANGUAGETOOL_CODES, "HL401", "HL404")
    return Linter(Config(languagetool_url=url, select=selected, **config)).check(text)


def _found(report: Report, text: str) -> set[tuple[str, str]]:
    return {(finding.code, text[finding.start : finding.end]) for finding in report.findings}


def test_matches_are_reported_under_hl45x_codes_by_category(server: StandInServer) -> None:
    text = "If he go out , ask about future plans. Walking helps more then rest."
    found = _found(_lint(server.url, text), text)
    assert ("HL451", "go") in found  # GRAMMAR
    assert ("HL452", " ,") in found  # TYPOGRAPHY
    assert ("HL453", "future plans") in found  # REDUNDANCY
    assert ("HL454", "then") in found  # CONFUSED_WORDS


def test_other_categories_go_to_hl455_with_the_replacements(server: StandInServer) -> None:
    text = "It hurts. rest helps."
    (finding,) = _lint(server.url, text, "HL455").findings
    assert text[finding.start : finding.end] == "r"
    assert list(finding.suggestions) == ["R"]
    assert "UPPERCASE_SENTENCE_START" in finding.message


def test_offsets_stay_right_after_characters_outside_the_basic_plane(
    server: StandInServer,
) -> None:
    text = "😀 🩺 Walking helps more then rest."
    found = _found(_lint(server.url, text, "HL454"), text)
    assert found == {("HL454", "then")}


def test_one_word_spelling_matches_are_left_to_the_medical_spell_checker(
    server: StandInServer,
) -> None:
    text = "Metformin works. Most people recieve it and fasciculations fade."
    found = _found(_lint(server.url, text), text)
    assert found == {("HL401", "recieve")}


def test_word_repeats_are_left_to_hl404(server: StandInServer) -> None:
    text = "Take the the tablets."
    found = _found(_lint(server.url, text), text)
    assert found == {("HL404", "the the")}


def test_the_project_vocabulary_silences_matches_on_accepted_words(
    server: StandInServer,
) -> None:
    text = "Do not take to much Zorblatine at once."
    assert _found(_lint(server.url, text, "HL455"), text) == {("HL455", "to much Zorblatine")}
    accepted = _lint(server.url, text, "HL455", vocabulary_accept=("zorblatine",))
    assert accepted.findings == []


def test_one_request_per_article_whatever_the_number_of_rules(server: StandInServer) -> None:
    _lint(server.url, "If he go out , it hurts.")
    assert server.check_requests == 1


def test_the_environment_variable_names_the_server(
    server: StandInServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(URL_VARIABLE, server.url)
    text = "If he go out, it hurts."
    report = Linter(Config(select=("HL451",))).check(text)
    assert _found(report, text) == {("HL451", "go")}


def test_configuration_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(URL_VARIABLE, "http://127.0.0.1:9")
    assert endpoint(Config(languagetool_url="http://example.invalid")) == Endpoint(
        url="http://example.invalid"
    )


def test_without_a_server_nothing_is_requested_and_nothing_is_said(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(URL_VARIABLE, raising=False)
    monkeypatch.delenv(LOCAL_VARIABLE, raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report = Linter(Config(select=LANGUAGETOOL_CODES)).check("If he go out , it hurts.")
    assert report.findings == []


def test_an_unreachable_server_is_reported_once_and_the_lint_goes_on() -> None:
    with StandInServer() as stopped:
        url = stopped.url
    linter = Linter(Config(languagetool_url=url, languagetool_timeout=2, select=("HL451", "HL404")))
    first = linter.check("Take the the tablets.")
    second = linter.check("Take the the capsules.")
    assert [finding.code for finding in first.findings + second.findings] == ["HL404", "HL404"]
    assert len([w for w in linter.warnings if "LanguageTool" in w]) == 1


def test_a_server_slower_than_the_timeout_is_given_up_on_time() -> None:
    with StandInServer(delay=3.0) as slow:
        started = time.monotonic()
        with pytest.raises(grammar.LanguageToolUnavailable, match="within 1 s"):
            grammar.client(Endpoint(url=slow.url), "en-US", 1.0)
        assert time.monotonic() - started < 2.5


def test_a_local_install_without_the_server_jar_is_refused_not_downloaded(
    tmp_path: Path,
) -> None:
    problem = local_install_problem(tmp_path, timeout=5)
    assert problem is not None and "languagetool-server.jar" in problem
    with pytest.raises(grammar.LanguageToolUnavailable, match="never downloads"):
        grammar.client(Endpoint(local_path=tmp_path), "en-US", 5.0)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.2" 2022-01-18', 17),
        ('java version "1.8.0_292"', 8),
        ('openjdk version "21" 2023-09-19', 21),
        ("no java here", None),
    ],
)
def test_java_major_version_reads_old_and_new_version_strings(
    output: str, major: int | None
) -> None:
    assert java_major_version(output) == major


def test_doctor_reports_a_reachable_server(server: StandInServer) -> None:
    available, detail = grammar.languagetool_availability(Config(languagetool_url=server.url))
    assert available and server.url in detail


def test_doctor_says_why_languagetool_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(URL_VARIABLE, raising=False)
    monkeypatch.delenv(LOCAL_VARIABLE, raising=False)
    available, detail = grammar.languagetool_availability(Config())
    assert not available and "not configured" in detail


def test_doctor_lists_languagetool_and_the_spelling_dictionary() -> None:
    from healthlint.status import component_statuses

    names = [status.name for status in component_statuses()]
    assert "LanguageTool" in names and "spelling dictionary" in names
