"""Score readability rules on the labelled corpora in ``tests/corpora/readability/``.

Each corpus file holds one short passage a line (``#`` starts a comment line). What the rule
should flag is marked ``[[like this]]``; a passage with no marks must not be flagged. A finding
counts as a true positive when it overlaps a marked span.

Shared by ``tests/test_readability_corpus.py`` (regression floors) and
``benchmarks/readability_accuracy.py`` (prints the figures).
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus_score import Score

from healthlint import Config, Linter

CORPUS_DIR = Path(__file__).resolve().parent / "corpora" / "readability"
MARK = re.compile(r"\[\[(.+?)\]\]")
CORPORA = {"jargon": "HL305", "passive": "HL304", "acronyms": "HL306"}


def read_corpus(name: str) -> list[tuple[str, list[tuple[int, int]]]]:
    """Passages of a corpus without their marks, each with the marked spans."""
    passages = []
    for line in (CORPUS_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        spans, text, position = [], "", 0
        for match in MARK.finditer(line):
            text += line[position : match.start()]
            spans.append((len(text), len(text) + len(match.group(1))))
            text += match.group(1)
            position = match.end()
        passages.append((text + line[position:], spans))
    return passages


def score(name: str) -> Score:
    """Run the corpus's rule (alone) on each passage and compare with the marks."""
    code = CORPORA[name]
    linter = Linter(Config(select=(code,), audience="patient"))
    result = Score()
    passages = read_corpus(name)
    reports = linter.check_many([(text, "passage.txt") for text, _spans in passages])
    for (text, spans), report in zip(passages, reports, strict=True):
        found = [(f.start, f.end) for f in report.findings if f.code == code]
        matched = set()
        for start, end in found:
            hits = [i for i, (s, e) in enumerate(spans) if start < e and s < end]
            if hits:
                result.true_positives += 1
                matched.update(hits)
            else:
                result.false_positives += 1
                result.mistakes.append(f"false positive {text[start:end]!r} in: {text}")
        for index, (start, end) in enumerate(spans):
            if index not in matched:
                result.false_negatives += 1
                result.mistakes.append(f"missed {text[start:end]!r} in: {text}")
    return result
