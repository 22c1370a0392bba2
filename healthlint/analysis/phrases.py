"""Fixed multi-word expressions ("due to", "not known") found by their first word."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span


class PhraseIndex:
    """Lower-cased word sequences, indexed by first word for a single pass over a sentence."""

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            self._by_first.setdefault(phrase[0], []).append(phrase)

    def find(self, sentence: Span) -> list[tuple[str, int]]:
        """Each match as (the phrase joined by spaces, document index of its first token)."""
        words = [token.lower_ for token in sentence]
        found = []
        for index, word in enumerate(words):
            for phrase in self._by_first.get(word, ()):
                if tuple(words[index : index + len(phrase)]) == phrase:
                    found.append((" ".join(phrase), sentence.start + index))
        return found
