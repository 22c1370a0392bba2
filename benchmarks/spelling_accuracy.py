"""Measure the spell checker (HL401) on the shared corpora; prints the figures.

1. Detection and suggestions: each misspelling of ``spelling/aspell_pairs.tsv`` in a carrier
   sentence; detected when HL401 flags exactly that word; first / top-3 when the correction
   (case-insensitive) is the first / among the first three suggestions. Also reported for the
   two halves of the list: the even rows (the half used when tuning) and the odd rows (held
   out: check tuning on it, never tune on it); and for the misspellings that are not on
   codespell's list of common misspellings, which the speller also reads; and for all of them
   capitalised at the start of a sentence, where a word is flagged only near a known word
   (names start sentences too). The list holds some words of SCOWL's own lists ("alright",
   "miniscule", and both "behavior" and "behaviour"); the misses among them are counted, as
   no checker that accepts SCOWL's words can catch them; and the rows the list contradicts
   (it gives "behavior" → "behaviour" and "behaviour" → "behavior"), which no checker that
   accepts both dialects can catch. The words of the carrier rank the suggestions as an
   article's would; the first suggestion is also given as the word alone is ranked.
2. Flags per 1,000 words on the clean medical sentences of
   ``claims/pubmed_causal_language_use.csv`` and ``readability/medreadme_train_dev.csv``: all
   of them, and the false ones, which are all but the flags on the corpora's own misspellings
   ("acheives", "womens"), judged one by one in ``corpus_errors.tsv`` (a word not judged there
   counts as a false flag; the judged words are words, never the corpora's sentences);
   ``--held-out`` adds ``advice/health_advice_dev.csv`` and the BioScope abstracts of
   ``hedging/``, sentence by sentence and put back together as whole abstracts (linted as
   documents, as articles are).
3. Typos of medical words: 1,500 words of six letters or more that the speller accepts in the
   clean sentences (the BioScope abstracts too with ``--held-out``), each given one random slip
   after its first letter (a dropped or swapped letter, or a neighbouring key typed instead or
   as well; seed 7); a slip that makes another listed word is skipped. Detection, and the
   word itself first / among the first three suggestions. The words, and each word's slip,
   are drawn by a hash of the word (:func:`stable_shuffle`), as are the samples of 4 and 5:
   a change that makes the speller accept a few more words measures the same sample.
4. Suggestions for other real misspellings: 1,500 entries of codespell's list (one-word
   corrections the lexicon lists, none of the aspell misspellings; seed 3), ranked with the
   list's own corrections switched off: the correction first / among the first three.
5. Names at the start of a sentence, when Faker is installed (``pip install faker``; not a
   dependency): 1,000 personal names from 19 of its locales that the speller does not know
   (seed 5), each starting a sentence alone ("Khanna found …") and with a neighbour that shows
   it is a name ("Khanna said …", "Priya Khanna …", "Khanna, MD, …", "Khanna et al. …"), and
   alone after a sentence with such a cue ("Khanna said … Khanna found …"): the share
   flagged.
6. Apostrophes dropped: every possessive of a word in consonant + y ("the body's natural
   rhythm") in the clean sentences (the held-out ones too) and in the news texts of
   ``readability/onestopenglish_sample.jsonl``, and 400 of their plurals in -ies ("studies";
   seed 5), each written as the word + s ("bodys", "studys") in its sentence: detection and
   the writer's word first.
7. Slips in context: 1,500 words of four letters or more, in lowercase, that the speller
   accepts, drawn from the sentences of each corpus (the clean sentences, the news texts;
   with ``--held-out`` the held-out ones too; seed 7), each given one slip as in 3 and linted
   in its sentence: detection, and the word first (and among the first three) as linted, where
   the words either side rank the suggestions, and as the word alone is ranked.
8. Speed: the speller alone on 50,000 words after start-up (a fresh per-word cache).

Run: ``.venv/bin/python benchmarks/spelling_accuracy.py [--show N] [--held-out]`` (needs
../shared).
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import importlib
import json
import random
import re
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from healthlint import Config, Linter
from healthlint.language.builtin_lexicon import default_lexicon
from healthlint.language.lexicon import MISSPELLING_LETTERS, Lexicon
from healthlint.language.misspellings import common_misspellings
from healthlint.language.speller import Speller
from healthlint.language.suggest import suggest

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
CORPUS_ERRORS = Path(__file__).resolve().parent / "corpus_errors.tsv"
CARRIER = "Yesterday the nurse wrote {word} in the notes."
#: The same misspellings capitalised at the start of a sentence, where names are too.
START_CARRIER = "{word} was what the nurse wrote in the notes."
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
LONG_WORD = re.compile(r"\b[a-z]{6,}\b")
T = TypeVar("T")
#: The seed the slips of sections 3 and 7 are drawn with.
SLIP_SEED = 7


def aspell_pairs() -> list[tuple[str, str]]:
    with (CORPORA / "spelling" / "aspell_pairs.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    return [(row[0], row[1]) for row in rows[1:] if len(row) == 2]


def clean_sentences(held_out: bool = False) -> dict[str, list[str]]:
    """The issue's two clean medical corpora; with ``held_out``, also two never used in
    tuning (health-advice conclusions and BioScope abstract sentences)."""
    texts = {
        "pubmed_causal_language_use": _column("claims/pubmed_causal_language_use.csv", "sentence"),
        "medreadme_train_dev": _column("readability/medreadme_train_dev.csv", "Sentence"),
    }
    if held_out:
        texts["health_advice_dev (held out)"] = _column("advice/health_advice_dev.csv", "sentence")
        with (CORPORA / "hedging" / "bioscope_abstracts_sentences.jsonl").open() as handle:
            rows = [json.loads(line) for line in handle]
        texts["bioscope_abstracts (held out)"] = [row["text"] for row in rows]
        texts["bioscope_abstracts, whole abstracts (held out)"] = _abstracts(rows)
    return texts


def _abstracts(rows: list[dict[str, str]]) -> list[str]:
    """BioScope's sentences put back together as abstracts (ids "S12.1", "S12.2", …): the
    first sentence, the title, on a line of its own, the rest as one paragraph. Linted as
    documents, a word the abstract defines or uses as a symbol in one sentence is known in
    the others, as in an article."""
    abstracts: dict[str, list[str]] = {}
    for row in rows:
        abstracts.setdefault(row["id"].rsplit(".", 1)[0], []).append(row["text"])
    return [f"{title}\n\n{' '.join(body)}" for title, *body in abstracts.values()]


def _column(name: str, column: str) -> list[str]:
    with (CORPORA / name).open(encoding="utf-8") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def measure_misspellings(linter: Linter, show: int) -> None:
    pairs = aspell_pairs()
    outcomes, missed, wrong_first = _aspell_outcomes(linter, pairs, CARRIER)
    print(f"aspell_pairs.tsv: {len(pairs)} misspellings in a carrier sentence")
    _print_outcomes("", outcomes)
    speller = Speller(default_lexicon())
    alone = sum(
        detected and [s.lower() for s in speller.suggest(wrong)[:1]] == [right.lower()]
        for (wrong, right), (detected, _, _) in zip(pairs, outcomes, strict=True)
    )
    print(f"  first, the word ranked alone (not by the carrier's words) {alone / len(pairs):.3f}")
    _print_outcomes("even rows (tuning half): ", outcomes[0::2])
    _print_outcomes("odd rows (held-out half): ", outcomes[1::2])
    listed = common_misspellings()
    off_list = [
        outcome
        for (wrong, _), outcome in zip(pairs, outcomes, strict=True)
        if wrong.lower() not in listed
    ]
    _print_outcomes("not on codespell's list of common misspellings: ", off_list)
    curated = default_lexicon().curated
    words = [wrong for wrong in missed if wrong.lower() in curated]
    print(
        f"  missed words that SCOWL's US and UK size-70 lists hold: {len(words)} "
        f"(detection {1 - len(words) / len(pairs):.3f} at most without flagging them): "
        f"{', '.join(words[: show or 8])}"
    )
    both_ways = contradicted(pairs)
    print(
        f"  misspellings the list also gives as the correction of their own correction: "
        f"{len(both_ways)} (a checker that accepts both dialects misses them all, detection "
        f"{1 - len(both_ways) / len(pairs):.3f} at most): {', '.join(both_ways)}"
    )
    if show:
        print(f"  missed: {missed[:show]}")
        print(f"  wrong first: {wrong_first[:show]}")
    capitalised = [(wrong[:1].upper() + wrong[1:], right) for wrong, right in pairs]
    at_start, _, _ = _aspell_outcomes(linter, capitalised, START_CARRIER)
    _print_outcomes("capitalised at the start of the sentence: ", at_start)


def contradicted(pairs: list[tuple[str, str]]) -> list[str]:
    """The misspellings whose correction the list also gives as a misspelling of them, case
    aside ("behavior" → "behaviour" and "behaviour" → "behavior")."""
    lowered = {(wrong.lower(), right.lower()) for wrong, right in pairs}
    return [
        wrong
        for wrong, right in pairs
        if wrong.lower() != right.lower() and (right.lower(), wrong.lower()) in lowered
    ]


def _aspell_outcomes(
    linter: Linter, pairs: list[tuple[str, str]], carrier: str
) -> tuple[list[tuple[bool, bool, bool]], list[str], list[str]]:
    """Each misspelling in ``carrier``: (detected, right word first, in the first three), and
    the misspellings missed and those with another word first."""
    texts = [carrier.format(word=wrong) for wrong, _ in pairs]
    outcomes: list[tuple[bool, bool, bool]] = []
    missed: list[str] = []
    wrong_first: list[str] = []
    for (wrong, right), text, report in zip(pairs, texts, linter.check_many(texts), strict=True):
        start = text.index(wrong)
        hits = [f for f in report.findings if f.start == start and f.end == start + len(wrong)]
        if not hits:
            missed.append(wrong)
            outcomes.append((False, False, False))
            continue
        suggestions = [s.lower() for s in hits[0].suggestions]
        is_first = bool(suggestions) and suggestions[0] == right.lower()
        outcomes.append((True, is_first, right.lower() in suggestions[:3]))
        if not is_first:
            wrong_first.append(f"{wrong}->{right} got {suggestions[:3]}")
    return outcomes, missed, wrong_first


def _print_outcomes(label: str, outcomes: list[tuple[bool, bool, bool]]) -> None:
    total = len(outcomes)
    detected, first, top3 = (sum(column) for column in zip(*outcomes, strict=True))
    if label:
        print(f"  {label}{total} misspellings")
    print(f"  detection        {detected / total:.3f} ({detected}/{total})")
    print(
        f"  first suggestion {first / total:.3f} ({first}/{total}; "
        f"{first / max(detected, 1):.3f} of those detected)"
    )
    print(
        f"  in first three   {top3 / total:.3f} ({top3}/{total}; "
        f"{top3 / max(detected, 1):.3f} of those detected)"
    )


def corpus_errors() -> dict[str, dict[str, tuple[str, ...]]]:
    """The clean corpora's own misspellings, judged by reading them (``corpus_errors.tsv``):
    corpus → word → what the writer meant."""
    judged: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in CORPUS_ERRORS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            corpus, word, meant = line.split("\t")
            judged.setdefault(corpus, {})[word] = tuple(m.strip() for m in meant.split("/"))
    return judged


def measure_false_flags(linter: Linter, show: int, held_out: bool) -> None:
    judged = corpus_errors()
    for name, sentences in clean_sentences(held_out).items():
        words = sum(len(WORD.findall(sentence)) for sentence in sentences)
        errors = judged.get(name.split()[0].rstrip(","), {})
        flagged: Counter[str] = Counter()
        right_first = 0
        for report in linter.check_many(sentences):
            for finding in report.findings:
                word = finding.data["word"]
                flagged[word] += 1
                meant = errors.get(word)
                first = finding.suggestions[:1]
                right_first += meant is not None and bool(first) and first[0] in meant
        count = sum(flagged.values())
        own = sum(flagged[word] for word in errors)
        false = count - own
        print(f"{name}: {len(sentences)} texts, {words} words")
        print(f"  flags            {count} = {1000 * count / words:.2f} per 1,000 words")
        if errors:
            print(
                f"  false flags      {false} = {1000 * false / words:.2f} per 1,000 words"
                f" ({own} flags are the corpus's own misspellings, {right_first} of them"
                " with the writer's word first)"
            )
        if show:
            false_words = [(w, n) for w, n in flagged.most_common() if w not in errors]
            print(f"  most flagged: {false_words[:show]}")
            if errors:
                print(f"  own misspellings not flagged: {sorted(set(errors) - set(flagged))}")


KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEY_PLACE = {
    key: (row, column) for row, keys in enumerate(KEYBOARD) for column, key in enumerate(keys)
}
SYNTHETIC_TYPOS = 1500


def stable_shuffle(items: Iterable[T], seed: int) -> list[T]:
    """``items`` in an order set by a hash of each item and ``seed``: a sample drawn from the
    front stays the same but for the items added or taken away, so a change that makes the
    speller accept a few more words measures the same sample, not a new one."""
    return sorted(items, key=lambda item: hashlib.blake2b(f"{seed}:{item}".encode()).digest())


def _neighbouring_key(key: str, chance: random.Random) -> str:
    row, column = KEY_PLACE[key]
    around = [
        KEYBOARD[r][c]
        for r in (row - 1, row, row + 1)
        for c in (column - 1, column, column + 1)
        if 0 <= r < len(KEYBOARD) and 0 <= c < len(KEYBOARD[r]) and (r, c) != (row, column)
    ]
    return chance.choice(around)


def _slip(word: str, chance: random.Random) -> str:
    """``word`` with one slip after its first letter."""
    at = chance.randrange(1, len(word))
    kind = chance.randrange(4)
    if kind == 0:
        return word[:at] + word[at + 1 :]
    if kind == 1:
        return word[:at] + _neighbouring_key(word[at], chance) + word[at:]
    if kind == 2:
        return word[:at] + _neighbouring_key(word[at], chance) + word[at + 1 :]
    return word[:at] + word[at + 1 : at + 2] + word[at] + word[at + 2 :]


def _unlisted_slip(word: str, lexicon: Lexicon) -> str | None:
    """``word`` with its one slip (:func:`_slip`, drawn with ``SLIP_SEED`` and the word), or
    None when the slip changes nothing or makes a word the lexicon lists or names."""
    typo = _slip(word, random.Random(f"{SLIP_SEED}:{word}"))
    listed = typo in lexicon.counts or typo in lexicon.names or typo in lexicon.rare
    return None if typo == word or listed else typo


def measure_synthetic_typos(held_out: bool) -> None:
    lexicon = default_lexicon()
    speller = Speller(lexicon)
    corpora = clean_sentences(held_out)
    groups = {"clean sentences' words": [*corpora][:2]}
    if held_out:
        groups["BioScope words (held out)"] = ["bioscope_abstracts (held out)"]
    for label, names in groups.items():
        found = {w for name in names for s in corpora[name] for w in LONG_WORD.findall(s)}
        words = stable_shuffle((w for w in found if speller.is_correct(w)), seed=SLIP_SEED)
        pairs = []
        for word in words:
            typo = _unlisted_slip(word, lexicon)
            if typo is not None:
                pairs.append((typo, word))
            if len(pairs) == SYNTHETIC_TYPOS:
                break
        outcomes = []
        for typo, word in pairs:
            if speller.is_correct(typo):
                outcomes.append((False, False, False))
                continue
            suggestions = [suggestion.lower() for suggestion in speller.suggest(typo)]
            outcomes.append((True, suggestions[:1] == [word], word in suggestions[:3]))
        print(f"typos of medical words, {label}: {len(pairs)} slips")
        _print_outcomes("", outcomes)


def listed_misspelling_pairs() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """codespell's misspellings with one correction the lexicon lists, none of aspell's: the
    ``SYNTHETIC_TYPOS`` measured (seed 3), and the rest (tools/tune_suggestion_costs.py fits
    the suggestion costs on these, never on the measured ones)."""
    listed = default_lexicon()
    aspell = {wrong.lower() for wrong, _ in aspell_pairs()}
    pairs = [
        (wrong, fixes[0])
        for wrong, fixes in listed.misspellings.items()
        if len(fixes) == 1 and fixes[0] in listed.counts and wrong not in aspell
        if len(wrong) >= MISSPELLING_LETTERS
    ]
    shuffled = stable_shuffle(pairs, seed=3)
    return shuffled[:SYNTHETIC_TYPOS], shuffled[SYNTHETIC_TYPOS:]


def measure_listed_misspellings() -> None:
    lexicon = dataclasses.replace(default_lexicon(), misspellings={})
    pairs, _ = listed_misspelling_pairs()
    first = top3 = 0
    for wrong, right in pairs:
        suggestions = suggest(wrong, lexicon, 3)
        first += suggestions[:1] == [right]
        top3 += right in suggestions
    print(f"codespell's misspellings (not aspell's), its corrections switched off: {len(pairs)}")
    print(f"  first suggestion {first / len(pairs):.3f}   in first three {top3 / len(pairs):.3f}")


#: Faker's locales the names are drawn from, and the sentences they start.
NAME_LOCALES = (
    *("en_US", "en_GB", "en_IN", "ga_IE", "de_DE", "nl_NL", "fr_FR", "it_IT", "es_ES", "pt_BR"),
    *("sv_SE", "da_DK", "no_NO", "fi_FI", "pl_PL", "cs_CZ", "hu_HU", "ro_RO", "tr_TR"),
)
NAME_ALONE = "{name} found the trial too small."
NAMED_BY_NEIGHBOURS = (
    "{name} said the trial was too small.",
    "{first} {name} led the trial.",
    "{name}, MD, led the trial.",
    "{name} et al. found the trial too small.",
)
NAMES = 1000


def _unknown_names(speller: Speller) -> list[str] | None:
    """Faker's personal names the speller does not know, shuffled (None without Faker)."""
    try:
        providers = [
            importlib.import_module(f"faker.providers.person.{locale}").Provider
            for locale in NAME_LOCALES
        ]
    except ImportError:
        return None
    found = set()
    for provider in providers:
        for listing in ("last_names", "first_names", "first_names_male", "first_names_female"):
            names = getattr(provider, listing, ())
            found.update(name for name in names if re.fullmatch(r"[A-Z][a-z]{3,}", name))
    unknown = (name for name in found if not speller.is_correct(name))
    return stable_shuffle(unknown, seed=5)[:NAMES]


POSSESSIVE_Y = re.compile(r"\b([A-Za-z]*[a-z][b-df-hj-np-tv-xz]y)['’]s\b")
PLURAL_IES = re.compile(r"\b([A-Za-z]*[a-z][b-df-hj-np-tv-xz])ies\b")
PLURALS = 400


def apostrophe_cases() -> dict[str, list[tuple[str, int, str, str]]]:
    """``(sentence, start, written, meant)`` by kind: each possessive of a consonant + y word
    in the clean sentences and the news texts, and ``PLURALS`` of their -ies plurals, written
    as the word + s."""
    texts = [sentence for corpus in clean_sentences(held_out=True).values() for sentence in corpus]
    with (CORPORA / "readability" / "onestopenglish_sample.jsonl").open(encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f]
    cases: dict[str, list[tuple[str, int, str, str]]] = {"possessive": [], "plural": []}
    for kind, pattern, ending in (("possessive", POSSESSIVE_Y, "s"), ("plural", PLURAL_IES, "ys")):
        for text in texts:
            for match in pattern.finditer(text):
                written = match.group(1) + ending
                meant = match.group(0).replace("’", "'")
                changed = text[: match.start()] + written + text[match.end() :]
                cases[kind].append((changed, match.start(), written, meant))
    cases["plural"] = stable_shuffle(cases["plural"], seed=5)[:PLURALS]
    return cases


def measure_apostrophes(linter: Linter) -> None:
    print("apostrophes dropped in the clean sentences and news texts (the word + s)")
    for kind, cases in apostrophe_cases().items():
        reports = linter.check_many([text for text, _, _, _ in cases])
        detected = first = 0
        for (_, start, _, meant), report in zip(cases, reports, strict=True):
            hits = [finding for finding in report.findings if finding.start == start]
            detected += bool(hits)
            first += bool(hits) and hits[0].suggestions[:1] == (meant,)
        print(
            f"  {kind:10} {len(cases):4}: detection {detected / len(cases):.3f}, "
            f"the writer's word first {first / len(cases):.3f} ({first}/{len(cases)})"
        )


def measure_names(linter: Linter) -> None:
    names = _unknown_names(Speller(default_lexicon()))
    if names is None:
        print("names at the start of a sentence: skipped (pip install faker to measure)")
        return
    firsts = names[1:] + names[:1]
    alone = [NAME_ALONE.format(name=name) for name in names]
    cued = [
        NAMED_BY_NEIGHBOURS[index % len(NAMED_BY_NEIGHBOURS)].format(name=name, first=first)
        for index, (name, first) in enumerate(zip(names, firsts, strict=True))
    ]
    later = [f"{first} {second}" for first, second in zip(cued, alone, strict=True)]
    print(f"names at the start of a sentence: {len(names)} personal names the speller lacks")
    for label, texts, offsets in (
        ("alone", alone, [0] * len(alone)),
        ("with a neighbour that shows a name", cued, [0] * len(cued)),
        ("alone, after a sentence with such a cue", later, [len(text) + 1 for text in cued]),
    ):
        reports = linter.check_many(texts)
        flagged = sum(
            any(finding.start == offset for finding in report.findings)
            for report, offset in zip(reports, offsets, strict=True)
        )
        print(f"  flagged {label:41} {flagged / len(texts):.3f} ({flagged}/{len(texts)})")


IN_CONTEXT = 1500
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
CONTEXT_WORD = re.compile(r"\b[a-z]{4,}\b")


def context_corpora(held_out: bool) -> dict[str, list[str]]:
    """The sentences slips are put in, by corpus: the clean ones, the news texts' (split at
    sentence ends), and with ``held_out`` the held-out ones."""
    corpora = clean_sentences(held_out)
    with (CORPORA / "readability" / "onestopenglish_sample.jsonl").open(encoding="utf-8") as f:
        news = [s for line in f for s in SENTENCE_END.split(json.loads(line)["text"])]
    groups = {"clean sentences": [s for name in [*corpora][:2] for s in corpora[name]]}
    groups["news texts"] = news
    if held_out:
        groups["health advice (held out)"] = corpora["health_advice_dev (held out)"]
        groups["BioScope sentences (held out)"] = corpora["bioscope_abstracts (held out)"]
    return groups


def context_cases(sentences: list[str], speller: Speller) -> list[tuple[str, int, str, str]]:
    """``(sentence, start, slip, word)``: ``IN_CONTEXT`` words of the sentences, each with a
    slip (as :func:`_slip`) that no list holds and the speller rejects, put in its place."""
    places = ((s, m.start(), m.group()) for s in sentences for m in CONTEXT_WORD.finditer(s))
    cases = []
    lexicon = speller.lexicon
    for sentence, start, word in stable_shuffle(set(places), seed=SLIP_SEED):
        if not speller.is_correct(word):
            continue
        typo = _unlisted_slip(word, lexicon)
        if typo is None or speller.is_correct(typo):
            continue
        changed = sentence[:start] + typo + sentence[start + len(word) :]
        cases.append((changed, start, typo, word))
        if len(cases) == IN_CONTEXT:
            break
    return cases


def measure_in_context(linter: Linter, held_out: bool) -> None:
    speller = Speller(default_lexicon())
    print("slips in context: the word first as linted (the words around it rank), and alone")
    for label, sentences in context_corpora(held_out).items():
        cases = context_cases(sentences, speller)
        outcomes, alone = [], 0
        for (_, start, typo, word), report in zip(
            cases, linter.check_many([case[0] for case in cases]), strict=True
        ):
            hits = [f for f in report.findings if f.start == start and f.end == start + len(typo)]
            suggestions = [s.lower() for s in hits[0].suggestions] if hits else []
            outcomes.append((bool(hits), suggestions[:1] == [word], word in suggestions[:3]))
            alone += bool(hits) and speller.suggest(typo)[:1] == (word,)
        print(f"  {label}: {len(cases)} slips")
        _print_outcomes("", outcomes)
        print(f"  first, the word alone {alone / len(cases):.3f} ({alone}/{len(cases)})")


def measure_speed() -> None:
    lexicon = default_lexicon()
    sentences = [s for corpus in clean_sentences().values() for s in corpus]
    words = [w for s in sentences for w in WORD.findall(s)][:50_000]
    speller = Speller(lexicon)
    len(lexicon.phrases)  # start-up: the common phrases are read on first use
    started = time.perf_counter()
    for word in words:
        speller.is_correct(word)
    elapsed = time.perf_counter() - started
    print(
        f"speed: {len(words)} words ({len(set(words))} distinct) checked in {elapsed:.3f} s "
        "after start-up (fresh cache)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=0, help="list up to N misses and flags")
    parser.add_argument(
        "--held-out", action="store_true", help="also count flags on two corpora not tuned on"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    default_lexicon()
    print(f"lexicon loaded in {time.perf_counter() - started:.2f} s")
    linter = Linter(Config(select=("HL401",)))
    measure_misspellings(linter, args.show)
    measure_false_flags(linter, args.show, args.held_out)
    measure_synthetic_typos(args.held_out)
    measure_listed_misspellings()
    measure_names(linter)
    measure_apostrophes(linter)
    measure_in_context(linter, args.held_out)
    measure_speed()


if __name__ == "__main__":
    main()
