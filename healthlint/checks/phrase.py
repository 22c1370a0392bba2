"""``phrase``: flag words and multi-word phrases, lemma-aware ("cure" finds "cures", "cured").

Parameters: ``phrases`` (list of phrases, or a mapping phrase → suggestion or list of
suggestions), ``case_sensitive`` (default false), ``skip_negated`` (skip a match that a
negation governs: "does not cure"), ``skip_blocks`` (block kinds to ignore, e.g. ``quote``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

from spacy.tokens import Span, Token

from healthlint.checks.base import Check, CheckError, Hit, optional, require
from healthlint.context import LintContext
from healthlint.nlp import tokenize_words

NEGATIONS = frozenset({"not", "n't", "no", "never", "without", "nor", "cannot", "neither"})
NEGATION_WINDOW = 4


@dataclass(frozen=True)
class Phrase:
    """A phrase to find and what to suggest instead (split into words when first used)."""

    text: str
    suggestions: tuple[str, ...]


def word_forms(word: str) -> frozenset[str]:
    """The word and its regular English inflections (plural, -ed, -ing, third person)."""
    forms = {word}
    if not word.isalpha() or len(word) < 3:
        return frozenset(forms)
    forms.update({word + "s", word + "es", word + "ed", word + "ing", word + "d"})
    if word.endswith("e"):
        forms.update({word[:-1] + "ing", word + "d"})
    if word.endswith("y") and word[-2] not in "aeiou":
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    if word[-1] in "bdgmnpt" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return frozenset(forms)


class PhraseCheck(Check):
    """Find listed phrases, comparing each word by its lemma or a regular inflection."""

    kind: ClassVar[str] = "phrase"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "lemmas"})
    parameters: ClassVar[Mapping[str, str]] = {
        "phrases": "phrases to flag: a list, or a mapping phrase -> suggestion(s)",
        "case_sensitive": "compare case too (default false)",
        "skip_negated": "ignore a match governed by a negation such as 'not' (default false)",
        "skip_blocks": "block kinds to ignore: title, heading, paragraph, list_item, quote, ...",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        raw = require(params, "phrases", (list, dict))
        self.case_sensitive = bool(optional(params, "case_sensitive", bool, False))
        self.skip_negated = bool(optional(params, "skip_negated", bool, False))
        self.skip_blocks = frozenset(optional(params, "skip_blocks", list, []))
        if self.skip_negated:
            self.needs = PhraseCheck.needs | {"parse"}
        self.phrases = tuple(self._compile(raw))
        if not self.phrases:
            raise CheckError("'phrases' is empty")

    def _compile(self, raw: list | dict) -> Iterator[Phrase]:
        items = raw.items() if isinstance(raw, dict) else ((phrase, None) for phrase in raw)
        for text, suggestion in items:
            if not isinstance(text, str) or not text.strip():
                raise CheckError(f"phrase {text!r} is not a non-empty string")
            if suggestion is None:
                suggestions: tuple[str, ...] = ()
            elif isinstance(suggestion, str):
                suggestions = (suggestion,)
            elif isinstance(suggestion, list) and all(isinstance(s, str) for s in suggestion):
                suggestions = tuple(suggestion)
            else:
                raise CheckError(f"suggestion for {text!r} must be a string or a list of strings")
            yield Phrase(text, suggestions)

    def _normal(self, word: str) -> str:
        return word if self.case_sensitive else word.lower()

    @cached_property
    def _by_first_word(self) -> dict[str, list[tuple[Phrase, list[frozenset[str]]]]]:
        index: dict[str, list[tuple[Phrase, list[frozenset[str]]]]] = {}
        for phrase in self.phrases:
            words = [self._normal(word) for word in tokenize_words(phrase.text)]
            forms = [word_forms(word) for word in words]
            for form in forms[0]:
                index.setdefault(form, []).append((phrase, forms))
        for candidates in index.values():
            candidates.sort(key=lambda item: -len(item[1]))
        return index

    def _keys(self, token: Token) -> tuple[str, str]:
        text = token.text if self.case_sensitive else token.lower_
        lemma = token.lemma_ if self.case_sensitive else token.lemma_.lower()
        return text, lemma or text

    def run(self, context: LintContext) -> Iterator[Hit]:
        index = self._by_first_word
        for sentence in context.sentences():
            if self.skip_blocks:
                block = context.block_of(sentence)
                if block is not None and block.kind in self.skip_blocks:
                    continue
            yield from self._run_sentence(sentence, index)

    def _run_sentence(self, sentence: Span, index: dict) -> Iterator[Hit]:
        position = 0
        tokens = list(sentence)
        while position < len(tokens):
            text, lemma = self._keys(tokens[position])
            candidates = index.get(text, []) + index.get(lemma, [])
            matched = self._longest_match(tokens, position, candidates)
            if matched is None:
                position += 1
                continue
            phrase, length = matched
            span = sentence.doc[tokens[position].i : tokens[position].i + length]
            if not (self.skip_negated and is_negated(span)):
                yield Hit(
                    span.start_char,
                    span.end_char,
                    data={"phrase": phrase.text},
                    suggestions=phrase.suggestions,
                )
            position += length

    def _longest_match(
        self, tokens: list[Token], position: int, candidates: list
    ) -> tuple[Phrase, int] | None:
        for phrase, forms in candidates:
            length = len(forms)
            if position + length > len(tokens):
                continue
            if all(
                any(key in forms[offset] for key in self._keys(tokens[position + offset]))
                for offset in range(length)
            ):
                return phrase, length
        return None


def is_negated(span: Span) -> bool:
    """Whether a negation governs the span: a ``neg`` dependent of its head or of the span's
    words, or (without a parse) a negation word shortly before it in the sentence. A negation
    that is itself part of the matched phrase ("doctors won't tell you", "no side effects")
    does not negate it."""
    doc = span.doc
    if doc.has_annotation("DEP"):
        heads = {token for token in span} | {token.head for token in span}
        for token in heads:
            for child in token.children:
                if span.start <= child.i < span.end:
                    continue
                if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                    return True
    sentence_start = span.sent.start if doc.has_annotation("SENT_START") else 0
    window_start = max(sentence_start, span.start - NEGATION_WINDOW)
    return any(token.lower_ in NEGATIONS for token in doc[window_start : span.start])
