"""Speed of healthlint: words per second of ``Linter().check_many`` over a folder of articles,
and the cold-start time of ``healthlint check`` on one article: the first run, which builds the
data saved between runs (:mod:`healthlint.run_cache`) in an empty cache folder, a run after it,
which loads that data, and a run with the cache off.

Usage::

    .venv/bin/python benchmarks/speed.py [FOLDER ...] [--min-words 50000] [--runs 5]
                                         [--jobs 1] [--article PATH]

By default the articles are examples/articles plus ../shared/samples, repeated until the batch
holds at least ``--min-words`` words. Prints a table; not part of the test run.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from healthlint import Config, Linter
from healthlint.formats import SUFFIXES
from healthlint.run_cache import CACHE_DIR_VARIABLE, NO_CACHE_VARIABLE

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDERS = (ROOT / "examples" / "articles", ROOT.parent / "shared" / "samples")
HEALTHLINT = Path(sys.executable).parent / "healthlint"


def load_articles(folders: list[Path]) -> list[tuple[str, str]]:
    """``(text, path)`` for every article in the folders."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix.lower() in SUFFIXES:
                found.append((path.read_text(encoding="utf-8"), str(path)))
    return found


def words_in(text: str) -> int:
    """A format-independent word count of the source (markup words included)."""
    return len(re.findall(r"[A-Za-z]+", text))


def throughput(
    articles: list[tuple[str, str]], min_words: int, jobs: int, select: tuple[str, ...] | None
) -> dict[str, float]:
    """Lint a batch of at least ``min_words`` words once (after a warm-up) and time it."""
    batch: list[tuple[str, str]] = []
    while sum(words_in(text) for text, _ in batch) < min_words:
        batch.extend(articles)
    linter = Linter(Config(select=select))
    list(linter.check_many(articles[:2]))  # load the model and lazy resources first
    started = time.perf_counter()
    reports = list(linter.check_many(batch, n_process=jobs))
    elapsed = time.perf_counter() - started
    prose_words = sum(report.metrics.get("words", 0) for report in reports)
    findings = sum(len(report.findings) for report in reports)
    return {
        "articles": len(batch),
        "words": prose_words,
        "seconds": elapsed,
        "words_per_second": prose_words / elapsed,
        "findings": findings,
    }


def cold_start(article: Path, runs: int, select: str | None) -> dict[str, list[float]]:
    """Wall-clock seconds of ``healthlint check ARTICLE`` in a new process, ``runs`` times
    each: the first run in an empty cache folder, the run after it, and with no cache."""
    command = [str(HEALTHLINT), "check", "--quiet", *(["--select", select] if select else [])]
    times: dict[str, list[float]] = {"first run": [], "later run": [], "no cache": []}
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            cached = {**os.environ, CACHE_DIR_VARIABLE: folder}
            times["first run"].append(_timed([*command, str(article)], cached))
            times["later run"].append(_timed([*command, str(article)], cached))
        uncached = {**os.environ, NO_CACHE_VARIABLE: "1"}
        times["no cache"].append(_timed([*command, str(article)], uncached))
    return times


def _timed(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False, env=environment)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--min-words", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5, help="cold-start runs (median shown)")
    parser.add_argument("--jobs", type=int, default=1, help="n_process for check_many")
    parser.add_argument("--article", type=Path, default=None, help="article for cold start")
    parser.add_argument("--select", default=None, help="rule codes, comma-separated (all)")
    options = parser.parse_args()

    folders = options.folders or [folder for folder in DEFAULT_FOLDERS if folder.exists()]
    articles = load_articles(folders)
    if not articles:
        sys.exit("no articles found in " + ", ".join(map(str, folders)))
    select = tuple(options.select.split(",")) if options.select else None
    result = throughput(articles, options.min_words, options.jobs, select)
    article = options.article or Path(articles[-1][1])
    times = cold_start(article, options.runs, options.select)

    rows = [
        ("folders", ", ".join(str(folder) for folder in folders)),
        ("rules", options.select or "all enabled by default"),
        ("distinct articles", f"{len(articles)}"),
        ("batch: articles", f"{result['articles']:.0f}"),
        ("batch: prose words", f"{result['words']:.0f}"),
        ("batch: findings", f"{result['findings']:.0f}"),
        (f"check_many (n_process={options.jobs}) seconds", f"{result['seconds']:.2f}"),
        ("words per second", f"{result['words_per_second']:,.0f}"),
        (f"cold start: healthlint check {article.name}", f"median of {options.runs} (min-max), s"),
    ]
    rows += [
        (f"  {kind}", f"{statistics.median(runs):.2f} ({min(runs):.2f}-{max(runs):.2f})")
        for kind, runs in times.items()
    ]
    width = max(len(label) for label, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 12}")
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
