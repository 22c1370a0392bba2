"""The HL2xx check kinds: requirement (item X when condition Y), currency and
house-disclaimer — positions, data, configuration and parameter validation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from healthlint import Config, Linter
from healthlint.checks.currency import CurrencyCheck
from healthlint.checks.requirement import RequirementCheck
from healthlint.config import config_from_mapping
from healthlint.errors import ConfigError
from healthlint.registry import builtin_rule_set, parse_pack

ARTICLE = """Easing Tension Headaches

Tension headaches feel like a tight band around the head. Stress, poor sleep and long hours
at a screen are common triggers. Regular meals, enough water and short breaks from the screen
can reduce how often they happen. Most tension headaches ease within a few hours, and a simple
pain reliever can help when one starts.
"""
UNTITLED = """Tension headaches feel like a tight band around the head. Stress, poor sleep and
long hours at a screen are common triggers. Regular meals, enough water and short breaks from
the screen can reduce how often they happen. Most tension headaches ease within a few hours,
and a simple pain reliever can help when one starts.
"""


def _lint(text: str, filename: str = "article.txt", **settings: object) -> list:
    config = config_from_mapping(settings) if settings else Config()
    if config.select is None:
        config = config.replace(select=("HL2",))
    return Linter(config).check(text, filename).findings


def _codes(text: str, filename: str = "article.txt", **settings: object) -> set[str]:
    return {finding.code for finding in _lint(text, filename, **settings)}


def test_missing_item_points_at_the_title_and_names_the_item() -> None:
    finding = next(f for f in _lint(ARTICLE) if f.code == "HL204")
    assert (finding.line, finding.column) == (1, 1)
    assert finding.end_column == len("Easing Tension Headaches") + 1
    assert finding.data["item"] == "author"
    assert finding.suggestions and "byline" in finding.suggestions[0]


def test_missing_item_without_a_title_points_at_line_one() -> None:
    finding = next(f for f in _lint(UNTITLED) if f.code == "HL206")
    assert finding.line == 1
    assert finding.data["item"] == "date"


def test_sample_article_lacks_disclaimer_author_date_and_sources(sample_text: str) -> None:
    codes = _codes(sample_text, "muscle-spasms-upper-back.txt")
    assert {"HL201", "HL204", "HL206", "HL208"} <= codes


def test_short_fragments_are_not_reported_as_incomplete_articles() -> None:
    assert _codes("Take 400 mg of magnesium a day for cramps and back pain.") == set()


def test_a_short_titled_page_is_an_article() -> None:
    page = "Back Spasms\n\nThis oil eases back spasms and muscle pain. Doctors agree.\n"
    assert {"HL201", "HL204", "HL206", "HL208"} <= _codes(page)


def test_emergency_finding_points_at_the_first_red_flag() -> None:
    text = ARTICLE + "\nSudden chest pain with sweating can be a heart attack.\n"
    finding = next(f for f in _lint(text) if f.code == "HL203")
    assert text[finding.start : finding.end].lower() == "chest pain"
    assert finding.data["because"] == "chest pain"


def test_reviewer_is_required_for_patient_audience_only_by_default() -> None:
    assert "HL205" in _codes(ARTICLE, audience="patient", select=["HL205"])
    assert "HL205" not in _codes(ARTICLE, audience="general", select=["HL205"])


def test_disclaimer_and_consult_advice_are_not_required_for_professionals() -> None:
    advice = ARTICLE + "\nTake 400 mg of ibuprofen three times a day with food.\n"
    assert {"HL201", "HL202"} <= _codes(advice, audience="general")
    assert not {"HL201", "HL202"} & _codes(advice, audience="professional")


def test_require_table_overrides_the_audience_default() -> None:
    assert "HL205" in _codes(ARTICLE, require={"reviewer": True}, select=["HL205"])
    assert "HL204" not in _codes(ARTICLE, require={"author": False}, select=["HL204"])


def test_per_file_require_wins_for_matching_paths(tmp_path: Path) -> None:
    config = config_from_mapping(
        {
            "select": ["HL204", "HL205"],
            "per-file-require": {"news/*": {"author": False}, "leaflets/*": {"reviewer": True}},
        },
        tmp_path / "healthlint.toml",
    )
    linter = Linter(config)

    def codes(relative: str) -> set[str]:
        path = str(tmp_path / relative)
        return {finding.code for finding in linter.check(ARTICLE, path).findings}

    assert codes("news/brief.txt") == set()
    assert codes("leaflets/headache.txt") == {"HL204", "HL205"}
    assert codes("blog/headache.txt") == {"HL204"}


def test_per_file_require_rejects_non_boolean_values() -> None:
    with pytest.raises(ConfigError, match="per-file-require"):
        config_from_mapping({"per-file-require": {"news/*": {"author": "no"}}})


def test_unknown_item_in_require_is_a_configuration_error_naming_file_and_key(
    tmp_path: Path,
) -> None:
    path = tmp_path / "healthlint.toml"
    with pytest.raises(ConfigError, match=r"healthlint\.toml: unknown item 'reviwer' in 'require'"):
        config_from_mapping({"require": {"reviwer": True}}, path)
    with pytest.raises(ConfigError, match=r"unknown item 'autor' in 'per-file-require\.news/\*'"):
        config_from_mapping({"per-file-require": {"news/*": {"autor": False}}}, path)


def test_require_accepts_built_in_house_disclaimer_and_rule_pack_items(tmp_path: Path) -> None:
    pack = tmp_path / "house.yml"
    pack.write_text(
        """
rules:
  - code: XY202
    name: missing-helpline-item
    message: "No helpline number"
    why: "House style."
    check: requirement
    item: helpline
    item_patterns: ["nurse helpline"]
    examples: {bad: ["x"], good: ["y"]}
""",
        encoding="utf-8",
    )
    config = config_from_mapping(
        {
            "rule-packs": [str(pack)],
            "require": {"reviewer": True, "house-disclaimer": False, "helpline": True},
        },
        tmp_path / "healthlint.toml",
    )
    assert config.require == {"reviewer": True, "house-disclaimer": False, "helpline": True}
    with pytest.raises(ConfigError, match="unknown item 'helpline'"):
        config_from_mapping({"require": {"helpline": True}})


def test_requirement_with_custom_patterns_works_in_a_house_pack() -> None:
    pack = """
rules:
  - code: XY201
    name: missing-helpline
    message: "No helpline number"
    why: "House style: every page lists our nurse helpline."
    check: requirement
    item: helpline
    item_patterns: ["0800 555 0100", "nurse helpline"]
    when_patterns: ["\\\\bheadaches?\\\\b"]
"""
    rule_set = builtin_rule_set()
    (rule,) = parse_pack(pack, "house.yml", rule_set.kinds)
    check = RequirementCheck(rule.params)
    linter = Linter(Config(select=("XY201",)), rule_set=_with_rule(rule_set, rule))
    assert [f.code for f in linter.check(ARTICLE, "a.txt").findings] == ["XY201"]
    helped = ARTICLE + "\nCall our nurse helpline on 0800 555 0100.\n"
    assert linter.check(helped, "a.txt").findings == []
    assert check.item == "helpline"


def _with_rule(rule_set, rule):
    from healthlint.registry import RuleSet

    return RuleSet({**rule_set.rules, rule.code: rule}, rule_set.kinds)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"item": "horoscope"}, "unknown item"),
        ({"item": "author", "when": "full-moon"}, "unknown when"),
        ({"item": "author", "at": "footer"}, "'at' must be one of"),
        ({"item": "author", "required_for": ["pilots"]}, "unknown audience"),
        ({"item": "x", "item_patterns": ["("]}, "invalid regular expression"),
        ({"item": "x", "item_patterns": []}, "non-empty list"),
    ],
)
def test_requirement_rejects_bad_parameters(params: dict, message: str) -> None:
    from healthlint.checks import CheckError

    with pytest.raises(CheckError, match=message):
        RequirementCheck(params)


def test_requirement_needs_the_parse_only_for_conditions_that_use_it() -> None:
    assert (
        "parse"
        in RequirementCheck({"item": "consult-professional", "when": "recommends-treatment"}).needs
    )
    assert "parse" not in RequirementCheck({"item": "author", "when": "health-content"}).needs


STALE = "Sunscreen Basics\n\nLast reviewed: 14 March 2022\n\nUse a broad-spectrum sunscreen.\n"


def test_outdated_review_uses_the_injected_today_and_points_at_the_date() -> None:
    options = {"rule-options": {"HL207": {"today": "2026-01-15"}}, "select": ["HL207"]}
    (finding,) = _lint(STALE, **options)
    assert STALE[finding.start : finding.end] == "14 March 2022"
    assert finding.data["date"] == "2022-03-14"
    assert finding.data["age_years"] == pytest.approx(3.8, abs=0.05)
    older = {"rule-options": {"HL207": {"today": "2024-01-15"}}, "select": ["HL207"]}
    assert _lint(STALE, **older) == []


def test_outdated_review_honours_review_max_age_years() -> None:
    options = {
        "rule-options": {"HL207": {"today": "2026-01-15"}},
        "select": ["HL207"],
        "review-max-age-years": 5,
    }
    assert _lint(STALE, **options) == []


def test_outdated_review_prefers_the_review_date_over_a_newer_update() -> None:
    text = "Gout\n\nUpdated 2 May 2025. Last reviewed 1 March 2020.\n\nGout causes joint pain.\n"
    options = {"rule-options": {"HL207": {"today": "2026-01-15"}}, "select": ["HL207"]}
    (finding,) = _lint(text, **options)
    assert finding.data["date_kind"] == "reviewed"


def test_currency_rejects_a_bad_today() -> None:
    from healthlint.checks import CheckError

    with pytest.raises(CheckError, match="ISO date"):
        CurrencyCheck({"today": "next tuesday"})
    assert CurrencyCheck({"today": dt.date(2025, 1, 2)}).today == dt.date(2025, 1, 2)


HOUSE = "This article is general information and is not a substitute for advice from your doctor."


def test_altered_house_disclaimer_reports_the_changed_words_where_it_stands() -> None:
    text = (
        ARTICLE
        + "\nThis article is general information and is a substitute for advice from your "
        + "physician.\n"
    )
    (finding,) = _lint(text, **{"house-disclaimer": HOUSE, "select": ["HL211"]})
    assert finding.data["state"] == "altered"
    assert "missing 'not'" in finding.message
    assert "'doctor' → 'physician'" in finding.message
    assert finding.line > 1


def test_house_disclaimer_matches_across_lines_and_markup() -> None:
    text = (
        "# Sleep\n\nKeep regular hours.\n\nThis article is *general information* and is not a\n"
        "substitute for advice from your [doctor](https://example.org).\n"
    )
    assert _lint(text, "a.md", **{"house-disclaimer": HOUSE, "select": ["HL211"]}) == []


def test_missing_house_disclaimer_is_reported_at_the_title() -> None:
    (finding,) = _lint(ARTICLE, **{"house-disclaimer": HOUSE, "select": ["HL211"]})
    assert finding.data["state"] == "missing"
    assert finding.line == 1


def test_per_file_require_can_exempt_paths_from_the_house_disclaimer(tmp_path: Path) -> None:
    config = config_from_mapping(
        {
            "select": ["HL211"],
            "house-disclaimer": HOUSE,
            "per-file-require": {"news/*": {"house-disclaimer": False}},
        },
        tmp_path / "healthlint.toml",
    )
    linter = Linter(config)
    assert linter.check(ARTICLE, str(tmp_path / "news" / "a.txt")).findings == []
    assert len(linter.check(ARTICLE, str(tmp_path / "blog" / "a.txt")).findings) == 1


def test_house_disclaimer_counts_as_the_medical_disclaimer() -> None:
    text = ARTICLE + "\n" + HOUSE + "\n"
    assert "HL201" not in _codes(text, **{"house-disclaimer": HOUSE, "select": ["HL201"]})
