"""Measure the readability metrics and rules (not part of the test run).

    .venv/bin/python benchmarks/readability_accuracy.py [--corpora ../shared/corpora]

Prints, on the shared corpora (read in place, never copied):

- MedReadMe (Jiang & Xu 2024): Pearson r of each formula, and of the jargon-aware ``grade``,
  with the human difficulty rating of each sentence (goal for ``grade``: r >= 0.60);
- OneStopEnglish: the share of same-topic level pairs (elementary < intermediate < advanced)
  that ``grade`` orders correctly (goal: >= 95%);

then precision and recall of HL305/HL304/HL306 on the labelled corpora under
``tests/corpora/readability/``, and the lint speed with and without the readability part.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from healthlint import Config, Linter

ROOT = Path(__file__).resolve().parent.parent
FIGURES = (
    "grade",
    "smog",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "gunning_fog",
    "dale_chall",
    "words",
    "jargon_share",
    "unfamiliar_share",
)


def pearson(xs: list[float], ys: list[float]) -> float:
    """Pearson's correlation coefficient."""
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    spread_x = math.sqrt(sum((x - mean_x) ** 2 for x in xs))
    spread_y = math.sqrt(sum((y - mean_y) ** 2 for y in ys))
    return covariance / (spread_x * spread_y) if spread_x and spread_y else 0.0


def metrics_of(linter: Linter, texts: list[str]) -> list[dict]:
    """``report.metrics`` of each text, linted as a plain-text article."""
    return [report.metrics for report in linter.check_many((text, "item.txt") for text in texts)]


def medreadme(linter: Linter, corpora: Path) -> None:
    """Correlation of each figure with the human ratings, sentence by sentence."""
    with (corpora / "readability" / "medreadme_train_dev.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    ratings = [float(row["Readability"]) for row in rows]
    metrics = metrics_of(linter, [row["Sentence"] for row in rows])
    print(f"MedReadMe: Pearson r with human difficulty ratings ({len(rows)} sentences)")
    for figure in FIGURES:
        values = [float(item.get(figure, 0.0)) for item in metrics]
        sign = -1 if figure == "flesch_reading_ease" else 1
        print(f"  {figure:<22} r = {sign * pearson(values, ratings):.3f}")


def onestopenglish(linter: Linter, corpora: Path) -> None:
    """Share of level pairs of one topic that each figure orders correctly."""
    path = corpora / "readability" / "onestopenglish_sample.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    metrics = metrics_of(linter, [item["text"] for item in items])
    by_topic: dict[str, dict[int, dict]] = {}
    for item, figures in zip(items, metrics, strict=True):
        by_topic.setdefault(item["topic"], {})[item["level_rank"]] = figures
    print(f"OneStopEnglish: level pairs ordered correctly ({len(by_topic)} topics)")
    for figure in ("grade", "smog", "flesch_kincaid_grade"):
        right = total = 0
        for levels in by_topic.values():
            for low, high in itertools.combinations(sorted(levels), 2):
                total += 1
                right += levels[low][figure] < levels[high][figure]
        print(f"  {figure:<22} {right}/{total} = {right / total:.1%}")


def labelled_corpora() -> None:
    """Precision and recall of the jargon, passive and acronym rules on our own corpora."""
    sys.path.insert(0, str(ROOT / "tests"))
    from readability_corpus import CORPORA, score

    print("Labelled corpora (tests/corpora/readability):")
    for name, code in CORPORA.items():
        result = score(name)
        print(
            f"  {code} {name:<9} P {result.precision:.3f}  R {result.recall:.3f}  "
            f"(TP {result.true_positives}, FP {result.false_positives}, "
            f"FN {result.false_negatives})"
        )


def speed(corpora: Path, repeats: int = 3) -> None:
    """Lint speed with every rule and metrics, and without the HL3xx rules and metrics.

    Both end to end (``check_many``: parse + rules) and on documents parsed once (rules and
    metrics only), so the readability part's own cost shows apart from spaCy's.
    """
    import healthlint.linter as linter_module
    from healthlint.formats import read_document

    path = corpora / "readability" / "onestopenglish_sample.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    words = sum(len(text.split()) for text in texts)
    full, without = Linter(Config()), Linter(Config(ignore=("HL3",)))
    parsed = list(full.pipeline.nlp.pipe(texts))
    documents = [read_document(text, "item.txt") for text in texts]
    original_metrics = linter_module.document_metrics

    def best(run: Callable[[], object], readability: bool) -> float:
        linter_module.document_metrics = original_metrics if readability else _counts_only
        try:
            run()  # warm up: model, textstat, word lists
            times = []
            for _ in range(repeats):
                began = time.perf_counter()
                run()
                times.append(time.perf_counter() - began)
        finally:
            linter_module.document_metrics = original_metrics
        return min(times)

    def checks_only(linter: Linter) -> Callable[[], object]:
        return lambda: [linter.check_document(d, p) for d, p in zip(documents, parsed, strict=True)]

    def end_to_end(linter: Linter) -> Callable[[], object]:
        return lambda: list(linter.check_many(texts))

    alone, nothing = Linter(Config(select=("HL3",))), Linter(Config(select=()))
    parse = best(lambda: list(full.pipeline.nlp.pipe(texts)), True)
    print(f"Lint speed on {len(texts)} articles, {words:,} words (best of {repeats}):")
    print(f"  spaCy parse alone                      {words / parse:9,.0f} words/s")
    for label, with_part, without_part in (
        ("end to end, every rule (check_many)", end_to_end(full), end_to_end(without)),
        ("on parsed documents, every rule", checks_only(full), checks_only(without)),
        ("on parsed documents, HL3xx vs no rule", checks_only(alone), checks_only(nothing)),
    ):
        slow, fast = best(with_part, True), best(without_part, False)
        print(
            f"  {label:<38} with readability {words / slow:9,.0f} words/s, without "
            f"{words / fast:9,.0f} words/s; difference "
            f"{1000 * (slow - fast) / words * 1000:.0f} ms per 1,000 words"
        )


def _counts_only(context: object) -> dict:
    """The engine's metrics before the readability part: words and sentences."""
    sentences = context.sentences()  # type: ignore[attr-defined]
    return {"words": sum(len(s) for s in sentences), "sentences": len(sentences)}


def main() -> None:
    """Run every measurement and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--skip-speed", action="store_true", help="skip the speed measurement")
    parser.add_argument("--speed-only", action="store_true", help="only measure the speed")
    arguments = parser.parse_args()
    if not arguments.speed_only:
        linter = Linter(Config(select=("HL301",)))
        medreadme(linter, arguments.corpora)
        onestopenglish(linter, arguments.corpora)
        labelled_corpora()
    if not arguments.skip_speed:
        speed(arguments.corpora)


if __name__ == "__main__":
    main()
