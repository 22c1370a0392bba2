"""The sorted word list searched by bisection: it answers as a set of the same words would."""

from __future__ import annotations

import random

import pytest

from healthlint.language.sorted_words import SortedTable, SortedWords
from healthlint.language.spelling_data import read_gzipped


def _listing(words: list[str]) -> bytes:
    return ("# a header line\n# another\n" + "\n".join(words) + "\n").encode("ascii")


@pytest.mark.parametrize("seed", range(40))
def test_membership_matches_a_set_of_the_same_words(seed: int) -> None:
    chance = random.Random(seed)
    words = sorted({"".join(chance.choices("abc", k=chance.randint(1, 4))) for _ in range(25)})
    listed = SortedWords(_listing(words))
    probes = {"".join(chance.choices("abc", k=chance.randint(1, 5))) for _ in range(80)}
    for probe in probes | set(words):
        assert (probe in listed) == (probe in words), probe
    assert list(listed) == words
    assert len(listed) == len(words)
    for probe in probes | set(words) | {""}:
        longer = any(word.startswith(probe) and word != probe for word in words)
        assert listed.extends(probe) == longer, probe


@pytest.mark.parametrize("seed", range(20))
def test_a_table_answers_as_a_dict_of_the_same_rows(seed: int) -> None:
    chance = random.Random(seed)
    keys = {"".join(chance.choices("abc", k=chance.randint(1, 4))) for _ in range(25)}
    rows = {key: str(chance.randint(0, 999)) for key in keys}
    table = SortedTable(sorted(f"{key}\t{value}" for key, value in rows.items()))
    probes = {"".join(chance.choices("abc", k=chance.randint(1, 5))) for _ in range(80)}
    for probe in probes | keys:
        assert table.get(probe) == rows.get(probe), probe
    assert len(table) == len(rows)
    assert table.get("a\tb") is None and table.get("") is None and table.get("ä") is None


def test_an_empty_list_and_odd_probes() -> None:
    empty = SortedWords(b"# only a header\n")
    assert len(empty) == 0 and "a" not in empty and list(empty) == []
    listed = SortedWords(_listing(["alpha", "beta"]))
    assert "" not in listed
    assert "alpha\nbeta" not in listed
    assert "bëta" not in listed
    assert 3 not in listed
    assert "# a header line" not in listed


def test_the_shipped_science_list_is_sorted_and_searchable() -> None:
    text = read_gzipped("science_words.txt.gz")
    words = [line for line in text.decode("ascii").splitlines() if not line.startswith("#")]
    assert words == sorted(set(words))
    listed = SortedWords(text)
    sample = random.Random(0).sample(words, 500)
    assert all(word in listed for word in sample)
    known = set(words)
    assert not any(word + "q" in listed for word in sample if word + "q" not in known)
