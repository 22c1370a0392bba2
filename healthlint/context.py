"""What a rule sees of one article: the document, its spaCy ``Doc``, the configuration, and a
memo of shared analyses computed once and read by every rule that needs them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.tokens import Doc, Span

from healthlint.document import Block, Document

if TYPE_CHECKING:
    from healthlint.config import Config

T = TypeVar("T")


class LintContext:
    """One article under analysis. Rules read it; they never change it or do I/O."""

    def __init__(
        self,
        document: Document,
        doc: Doc,
        config: Config,
        features: frozenset[str],
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.document = document
        self.doc = doc
        self.config = config
        self.features = features
        self._warn = warn
        self._memo: dict[str, Any] = {}

    def warn(self, message: str) -> None:
        """Tell the user something about the run, not the article (an optional component is
        unavailable, say). The linter keeps each distinct message once, in ``Linter.warnings``."""
        if self._warn is not None:
            self._warn(message)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """Compute a shared analysis once per article; later calls return the same value."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @property
    def text(self) -> str:
        """The article's prose."""
        return self.document.text

    def sentences(self) -> list[Span]:
        """The prose sentences, without blank separator tokens at either end."""
        return self.memo("sentences", self._trimmed_sentences)

    def _trimmed_sentences(self) -> list[Span]:
        sentences = []
        for sentence in self.doc.sents:
            start, end = sentence.start, sentence.end
            while start < end and self.doc[start].is_space:
                start += 1
            while end > start and self.doc[end - 1].is_space:
                end -= 1
            if end > start:
                sentences.append(self.doc[start:end])
        return sentences

    def block_of(self, span: Span) -> Block | None:
        """The block (heading, paragraph, ...) a span starts in."""
        return self.document.block_at(span.start_char)
