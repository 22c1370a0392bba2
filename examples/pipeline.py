"""Batch-lint a folder of articles with the healthlint library and write a CSV summary.

Usage::

    python examples/pipeline.py examples/articles report.csv [--jobs 2]

One row per article: path, format, words, reading grade (when the readability rules report
one), number of findings per severity, and the codes found. The exit code is 1 when any
article has an error-level finding, so the script can gate a publishing pipeline.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

import healthlint
from healthlint import Severity

SUFFIXES = {".md", ".markdown", ".txt", ".html", ".htm"}


def articles(folder: Path) -> Iterator[tuple[str, str]]:
    """``(text, filename)`` pairs for every article below ``folder``."""
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in SUFFIXES and path.is_file():
            yield path.read_text(encoding="utf-8"), str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("output", type=Path, help="CSV file to write")
    parser.add_argument("--jobs", type=int, default=1, help="processes for parsing")
    options = parser.parse_args(argv)

    linter = healthlint.Linter(healthlint.load_config())
    errors = 0
    with options.output.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["path", "format", "words", "grade", "errors", "warnings", "infos", "codes"]
        )
        for report in linter.check_many(articles(options.folder), n_process=options.jobs):
            by_severity = {severity: 0 for severity in Severity}
            for finding in report.findings:
                by_severity[finding.severity] += 1
            errors += by_severity[Severity.ERROR]
            writer.writerow(
                [
                    report.path,
                    report.format,
                    report.metrics.get("words", ""),
                    report.metrics.get("grade", ""),
                    by_severity[Severity.ERROR],
                    by_severity[Severity.WARNING],
                    by_severity[Severity.INFO],
                    " ".join(sorted(report.counts())),
                ]
            )
    print(f"wrote {options.output}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
