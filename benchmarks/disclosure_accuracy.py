"""Measure the HL2xx disclosure rules (not part of the test run).

    .venv/bin/python benchmarks/disclosure_accuracy.py [--corpora ../shared/corpora] [--errors]

Prints, per rule, precision and recall on the labelled corpus in tests/corpora/disclosure
(the "tuning" documents, the "holdout" documents written after the rules were tuned, and all);
the recommendation detector behind HL202 on the shared health-advice corpus (research
conclusions, read in place, never copied) as a proxy; and the speed of the HL2xx rules.

First run of the held-out documents, before any change prompted by them (14 documents):
HL201 P=0.20 (4 false positives: disclaimer wordings "should not be used as a substitute",
"isn't medical advice", "not a substitute for the advice of", "does not replace professional
advice"), HL202 P=0.50 and HL203 P=0.00 (a stroke-rehabilitation page), HL204 P=0.00
("Words: Ben Carter" byline); every other rule 1.00; recall 1.00 for every rule.

First run of the second held-out batch ("holdout2", 12 documents, written after those fixes):
HL202 P=0.00 (2 false positives: "your diabetes team" and "the eye unit" not taken for
professionals), HL208 P=0.50 ("a 2023 survey by the Royal College of ..." not taken for a
source), HL209 P=0.00 (the Amazon Associates disclosure wording), HL210 P=0.00 (an editorial
"some studies suggest magnesium may improve sleep" taken for a product claim); every other
rule 1.00; recall 1.00 for every rule. Each was fixed by a general pattern, not a special case.

First run of the third held-out batch ("holdout3", 10 documents): six rules had one or two
errors each — HL201 (a WebMD-style "never disregard professional medical advice" disclaimer),
HL202 ("seek help urgently"), HL204 (a bare "Maya Goldberg, MS, RDN" credential line), HL208
(a link to a professional society), HL209 ("Advertisement" label, "paid links") and HL210
missed a claim whose product name follows the claim ("Formulated to boost energy ..., Vital
Greens blends spirulina"); HL203 and the others were right. Unseen wordings remain the main
source of error: expect lower figures than the tuned corpus on other publishers' pages.

First run of the fourth held-out batch ("holdout4", 11 documents): HL204 2 false positives (a
"Nadia Karimi, pharmacist · 11 February 2026" line without "By"; "Reporting by ..." rejected
as a name), HL206 1 (the same line's date), HL208 2 ("Llewelyn MJ et al. ... BMJ 2017;358"
and "the World Health Organization's guidance" without a link), HL209 1 ("we may get paid if
you buy"); every other rule right; no missed finding.

First run of the fifth held-out batch ("holdout5", 10 documents, after the cue-based
fallbacks; one label corrected on inspection: t-energy-drink-ad.md has no advice to consult a
professional, so HL202 is expected there): HL201 1 false positive ("The content of this page is
educational"), HL206 1 (a Dublin Core `dcterms.modified` meta tag), HL208 4 ("Evidence: NICE
guideline ...", an EFSA link, "published in the New England Journal of Medicine", "Guidance
from the Centers for Disease Control ..."), HL209 1 missed (a brand's own page with "Buy a
12-pack and save 25%"), HL210 1 missed ("B vitamins that help reduce tiredness and fatigue").

After the structural-presence rework (bylines as page furniture with labels, credentials or a
spaCy PERSON; datelines; reference-like blocks; disclaimers by meaning), four more held-out
batches, each scored before any change it prompted (rules not listed: no finding expected or
made, or 1.00/1.00):
- holdout6 (9 docs; first run still on the pre-rework detectors): HL201 P=0.33, HL204 P=0.17,
  HL206 P=0.50, HL208 P=0.50, HL209 P=0.00 (1 FP); HL207 1.00; recall 1.00 everywhere.
- holdout7 (9 docs): HL201 P=0.67, HL204 P=0.25, HL206 R=0.00 (a date inside a sentence at the
  top taken for a dateline), HL208 P=0.00 (3 FP); HL202 1.00/1.00.
- holdout8 (9 docs): HL201 P=0.00 R=0.00, HL202 P=0.50, HL204 P=0.00 R=0.00, HL206 R=0.50,
  HL208 P=0.00 R=0.00, HL210 R=0.00; the misses were one weight-loss blog not taken for health
  content; HL205, HL207, HL209 1.00/1.00.
- holdout9 (8 docs): HL202 P=0.00 (1 FP), HL208 P=0.00 R=0.00 (2 FP, 1 FN); HL201, HL203,
  HL204, HL206 1.00/1.00.
- holdout10 (8 docs): HL201 P=0.50, HL202 P=0.00, HL204 P=0.50, HL206 P=0.00 (1 FP each: a
  "general and not tailored to you" notice, "your physiotherapist can adapt them", "From the
  desk of Dr ...", "Spring 2026"); HL207, HL208, HL209, HL210 1.00/1.00; recall 1.00.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from disclosure_corpus import load_corpus, score_corpus  # noqa: E402

from healthlint import Config, Linter  # noqa: E402
from healthlint.analysis.disclosure.recommendations import recommends_treatment  # noqa: E402
from healthlint.nlp import get_pipeline  # noqa: E402

PARSE = frozenset({"sentences", "tags", "lemmas", "parse"})
SAMPLE = ROOT.parent / "shared" / "samples" / "muscle-spasms-upper-back.txt"


def corpus_figures(show_errors: bool) -> None:
    """Per-rule precision and recall on each part of the labelled corpus."""
    documents = load_corpus()
    for name in [*dict.fromkeys(document.set for document in documents), "all"]:
        part = [d for d in documents if name == "all" or d.set == name]
        print(f"\n{name}: {len(part)} documents")
        print(f"{'rule':6} {'TP':>3} {'FP':>3} {'FN':>3} {'precision':>9} {'recall':>6}")
        for code, score in score_corpus(part).items():
            print(
                f"{code:6} {score.true_positives:3} {score.false_positives:3} "
                f"{score.false_negatives:3} {score.precision:9.2f} {score.recall:6.2f}"
            )
            if show_errors:
                for error in score.mistakes:
                    print(f"       {error}")


def advice_proxy(corpora: Path) -> None:
    """How often the HL202 recommendation detector fires on each advice class."""
    path = corpora / "advice" / "health_advice_dev.csv"
    if not path.exists():
        print(f"\n{path} not found: skipping the advice proxy")
        return
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    pipeline = get_pipeline(PARSE)
    began = time.perf_counter()
    fired = {"0": [0, 0], "1": [0, 0], "2": [0, 0]}
    docs = pipeline.nlp.pipe((row["sentence"] for row in rows), batch_size=64)
    for row, doc in zip(rows, docs, strict=True):
        counts = fired[row["label"]]
        counts[0] += recommends_treatment(doc[:])
        counts[1] += 1
    rate = len(rows) / (time.perf_counter() - began)
    print("\nHL202 recommendation detector on health_advice_dev.csv (research conclusions):")
    for label, name in (("0", "no advice"), ("1", "weak advice"), ("2", "strong advice")):
        hits, total = fired[label]
        print(f"  {name:14} fires on {hits:4}/{total:4} = {hits / total:.2f}")
    print(f"  ({rate:,.0f} sentences/s including the parse)")


def speed() -> None:
    """Words per second of the HL2xx rules alone, parse included, on the sample article."""
    if not SAMPLE.exists():
        return
    text = SAMPLE.read_text(encoding="utf-8")
    linter = Linter(Config(select=("HL2",)))
    linter.check(text, SAMPLE.name)
    runs = 10
    began = time.perf_counter()
    for _ in range(runs):
        report = linter.check(text, SAMPLE.name)
    seconds = (time.perf_counter() - began) / runs
    words = report.metrics.get("words", 0)
    codes = sorted({finding.code for finding in report.findings})
    print(f"\nsample article: {words} words, {seconds * 1000:.0f} ms per check with HL2xx only")
    print(f"  ({words / seconds:,.0f} words/s); findings: {', '.join(codes)}")


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    parser.add_argument("--errors", action="store_true", help="list misclassified documents")
    arguments = parser.parse_args()
    corpus_figures(arguments.errors)
    advice_proxy(arguments.corpora)
    speed()


if __name__ == "__main__":
    main()
