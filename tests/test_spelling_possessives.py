"""HL401 on possessives written without their apostrophe: a condition's namesake written as a
plural ("Crohns disease"), which the speller alone takes for a name, and a word in -s whose
possessive is likelier than its plural before a noun ("the bodys natural rhythm")."""

from __future__ import annotations

import pytest

from healthlint import Config, Linter


@pytest.fixture(scope="module")
def hl401() -> Linter:
    return Linter(Config(select=("HL401",)))


def _findings(linter: Linter, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[f.start : f.end], f.suggestions) for f in linter.check(text).findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was treated for Crohns disease.", [("Crohns", ("Crohn's", "Crohn"))]),
        ("Crohns disease affects the gut.", [("Crohns", ("Crohn's", "Crohn"))]),
        ("He has lived with Parkinsons for years.", [("Parkinsons", ("Parkinson's",))]),
        ("Ménières disease causes vertigo.", [("Ménières", ("Ménière's", "Ménière"))]),
        ("Children with Downs syndrome were seen.", [("Downs", ("Down's", "Down"))]),
        ("Ticks spread Lymes disease.", [("Lymes", ("Lyme",))]),
    ],
)
def test_a_namesake_written_as_a_plural_is_flagged_with_its_possessive(
    hl401: Linter, text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _findings(hl401, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Graves disease and Williams syndrome were ruled out.",
        "Crohn's disease and Alzheimer disease are both written correctly here.",
        "The Bells visited the Turners on Sunday.",
        "Down syndrome is a genetic condition.",
        "Lyme disease is spread by ticks.",
        "Sjogrens' syndrome was diagnosed.",
    ],
)
def test_namesakes_written_right_and_plural_surnames_are_not_flagged(
    hl401: Linter, text: str
) -> None:
    assert _findings(hl401, text) == []


def test_a_namesake_the_project_accepts_is_not_flagged() -> None:
    linter = Linter(Config(select=("HL401",), vocabulary_accept=("Crohns",)))
    assert _findings(linter, "She was treated for Crohns disease.") == []


@pytest.mark.parametrize(
    ("text", "word", "first"),
    [
        ("The bodys natural rhythm is set by light.", "bodys", "body's"),
        ("The companys model was tested.", "companys", "company's"),
        ("Many companys hire nurses.", "companys", "companies"),
        ("Other studys support this advice.", "studys", "studies"),
        ("The enzyme that accompanys cell death was found.", "accompanys", "accompanies"),
        ("The test identifys the virus.", "identifys", "identifies"),
        ("Treating hemoglobinopathys is now possible.", "hemoglobinopathys", "hemoglobinopathies"),
        # an adjective before its noun makes a possessive; one that describes the word does not
        ("Protect the bodys long-term health.", "bodys", "body's"),
        ("The babys older sister was at the visit.", "babys", "baby's"),
        ("The dose suits babys older than a week.", "babys", "babies"),
        (
            "We found two isoforms with propertys different from those of p70.",
            "propertys",
            "properties",
        ),
    ],
)
def test_a_possessive_comes_first_before_a_noun_and_a_plural_elsewhere(
    hl401: Linter, text: str, word: str, first: str
) -> None:
    found = dict(_findings(hl401, text))
    assert found[word][0] == first
