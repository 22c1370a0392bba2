"""Measure the sentence analyzer on the shared development corpora (not part of the test run).

    .venv/bin/python benchmarks/claims_accuracy.py [--corpora ../shared/corpora] [--errors N]
        [--half even|odd]

Prints macro-F1 with per-class precision and recall for claim strength (Yu et al. 2019,
4 classes), advice strength (Li et al. 2021, 3 classes) and hedged sentences (BioScope), and
the analyzer's speed in sentences per second. The corpora are read in place, never copied.
``--half`` scores only the even or odd rows of each corpus: study errors on one half, and
keep a change only if it also helps the other.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from healthlint.analysis.sentences import SentenceAnalysis, analyze_span
from healthlint.nlp import get_pipeline

ROOT = Path(__file__).resolve().parent.parent
CLAIM_LABELS = {"0": "none", "1": "direct_causal", "2": "conditional_causal", "3": "correlational"}
ADVICE_LABELS = {"0": "none", "1": "weak", "2": "strong"}


def analyse(sentences: Sequence[str]) -> tuple[list[SentenceAnalysis], float, float]:
    """Analyse each corpus item as one sentence; return the analyses, sentences/s end to end
    (spaCy parse included) and sentences/s of the analysis alone."""
    pipeline = get_pipeline(frozenset({"parse", "lemmas"}))
    began = time.perf_counter()
    docs = list(pipeline.nlp.pipe(sentences, batch_size=64))
    parsed = time.perf_counter()
    analyses = [analyze_span(doc[:]) for doc in docs]
    done = time.perf_counter()
    return analyses, len(sentences) / (done - began), len(sentences) / (done - parsed)


def scores(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict:
    """Per-class precision, recall and F1, and their macro average."""
    table = {}
    for label in labels:
        true_positive = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        predicted_count = sum(p == label for p in predicted)
        gold_count = sum(g == label for g in gold)
        precision = true_positive / predicted_count if predicted_count else 0.0
        recall = true_positive / gold_count if gold_count else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = (precision, recall, f1, gold_count)
    macro = sum(row[2] for row in table.values()) / len(labels)
    return {"classes": table, "macro_f1": macro}


def report(title: str, result: dict, speeds: tuple[float, float], headline: str) -> None:
    """Print one corpus's figures."""
    figure = (
        f"macro-F1 {result['macro_f1']:.3f}"
        if headline == "macro"
        else f"F1 ({headline}) {result['classes'][headline][2]:.3f}"
    )
    print(
        f"\n{title}: {figure}  ({speeds[0]:,.0f} sentences/s with the spaCy parse, "
        f"{speeds[1]:,.0f}/s analysis alone)"
    )
    for label, (precision, recall, f1, count) in result["classes"].items():
        print(f"  {label:<20} P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}  (n={count})")


def show_errors(
    texts: Sequence[str], gold: Sequence[str], predicted: Sequence[str], count: int
) -> None:
    """Print a random sample of misclassified sentences."""
    errors = [(t, g, p) for t, g, p in zip(texts, gold, predicted, strict=True) if g != p]
    for text, expected, got in random.Random(0).sample(errors, min(count, len(errors))):
        print(f"  gold={expected} got={got}: {text[:160]}")


def run(
    title: str,
    texts: list[str],
    gold: list[str],
    labels: Sequence[str],
    predict: Callable[[SentenceAnalysis], str],
    errors: int,
    headline: str = "macro",
) -> None:
    """Score one corpus and print it."""
    analyses, *speeds = analyse(texts)
    predicted = [predict(analysis) for analysis in analyses]
    result = scores(gold, predicted, labels)
    report(title, result, (speeds[0], speeds[1]), headline)
    if errors:
        show_errors(texts, gold, predicted, errors)


def main() -> None:
    """Read the corpora, score each task and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--errors", type=int, default=0, help="print N misclassified examples")
    parser.add_argument("--task", choices=("claims", "advice", "hedging"), action="append")
    parser.add_argument("--half", choices=("even", "odd"), help="score only these rows")
    arguments = parser.parse_args()
    offset = {"even": 0, "odd": 1}.get(arguments.half or "")

    def half(rows: list) -> list:
        return rows if offset is None else rows[offset::2]

    tasks = arguments.task or ["claims", "advice", "hedging"]
    corpora: Path = arguments.corpora
    get_pipeline(frozenset({"parse", "lemmas"}))("Warm up the pipeline.")
    if "claims" in tasks:
        with (corpora / "claims" / "pubmed_causal_language_use.csv").open(encoding="utf-8") as f:
            rows = half(list(csv.DictReader(f)))
        run(
            "claim strength (pubmed_causal_language_use.csv, 4 classes)",
            [row["sentence"] for row in rows],
            [CLAIM_LABELS[row["label"]] for row in rows],
            list(CLAIM_LABELS.values()),
            lambda analysis: analysis.claim_strength,
            arguments.errors,
        )
    if "advice" in tasks:
        with (corpora / "advice" / "health_advice_dev.csv").open(encoding="utf-8") as f:
            rows = half(list(csv.DictReader(f)))
        run(
            "advice strength (health_advice_dev.csv, 3 classes)",
            [row["sentence"] for row in rows],
            [ADVICE_LABELS[row["label"]] for row in rows],
            list(ADVICE_LABELS.values()),
            lambda analysis: analysis.advice_strength,
            arguments.errors,
        )
    if "hedging" in tasks:
        path = corpora / "hedging" / "bioscope_abstracts_sentences.jsonl"
        with path.open(encoding="utf-8") as f:
            items = half([json.loads(line) for line in f if line.strip()])
        labels = ["speculative", "certain"]
        run(
            "hedged sentences (bioscope_abstracts_sentences.jsonl)",
            [item["text"] for item in items],
            [labels[0] if item["speculative"] else labels[1] for item in items],
            labels,
            lambda analysis: "speculative" if analysis.hedged else "certain",
            arguments.errors,
            headline="speculative",
        )


if __name__ == "__main__":
    main()
