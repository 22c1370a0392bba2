"""Every rule documents itself with examples; each ``bad`` example must trigger the rule and
each ``good`` example must not."""

from __future__ import annotations

import pytest

from healthlint import Config, Linter
from healthlint.config import config_from_mapping
from healthlint.registry import Example, Rule, builtin_rule_set

SUFFIXES = {"text": "example.txt", "markdown": "example.md", "html": "example.html"}
RULES = list(builtin_rule_set().rules.values())


def _cases(kind: str) -> list:
    cases = []
    for rule in RULES:
        examples = rule.bad_examples if kind == "bad" else rule.good_examples
        for index, example in enumerate(examples):
            cases.append(pytest.param(rule, example, id=f"{rule.code}-{kind}-{index}"))
    return cases


def _codes_found(rule: Rule, example: Example) -> list[str]:
    base = config_from_mapping(example.config) if example.config else Config()
    linter = Linter(base.replace(select=(rule.code,)))
    report = linter.check(example.text, SUFFIXES.get(example.format, example.format))
    return [finding.code for finding in report.findings]


def test_every_rule_has_bad_and_good_examples() -> None:
    missing = [rule.code for rule in RULES if not rule.bad_examples or not rule.good_examples]
    assert missing == []


@pytest.mark.parametrize(("rule", "example"), _cases("bad"))
def test_bad_example_triggers_its_rule(rule: Rule, example: Example) -> None:
    assert rule.code in _codes_found(rule, example), example.text


@pytest.mark.parametrize(("rule", "example"), _cases("good"))
def test_good_example_does_not_trigger_its_rule(rule: Rule, example: Example) -> None:
    assert rule.code not in _codes_found(rule, example), example.text
