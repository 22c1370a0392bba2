"""Reading the small data files whose lines start with a label ("prefix:", "part:")."""

from __future__ import annotations


def labelled_words(text: str, *labels: str) -> dict[str, set[str]]:
    """The words of the lines that start with each ``label:``, by label (other lines are
    ignored)."""
    found: dict[str, set[str]] = {label: set() for label in labels}
    for line in text.splitlines():
        label, colon, words = line.partition(":")
        if colon and label in found:
            found[label].update(words.split())
    return found
