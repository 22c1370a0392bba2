"""Page furniture by position: the short blocks at the top and bottom of an article, where
bylines, dates and notices stand, and whether a short text names a person.

A person is recognised by spaCy's named-entity recogniser, run on the short candidate text
only (a few words per article), so the article itself need not be parsed for entities; the
pipeline the linter already loaded is reused when it has one.
"""

from __future__ import annotations

from functools import lru_cache

from healthlint.context import LintContext
from healthlint.document import Block
from healthlint.nlp import shared_pipeline

#: Blocks after the title, and blocks at the end, that count as the page's top and bottom.
TOP_BLOCKS = 6
BOTTOM_BLOCKS = 5
#: Page furniture is short: a byline or dateline has at most this many words.
SHORT_WORDS = 25
ENTITIES = frozenset({"entities"})


def edge_blocks(context: LintContext, max_words: int = SHORT_WORDS) -> list[Block]:
    """The short blocks at the top and bottom of the article, in order (headings included:
    the plain-text reader takes an unpunctuated byline or dateline for a heading)."""

    def compute() -> list[Block]:
        document = context.document
        body = [block for block in document.blocks if block.kind != "title"]
        chosen = {*body[:TOP_BLOCKS], *body[-BOTTOM_BLOCKS:]}
        return [
            block
            for block in body
            if block in chosen and len(document.block_text(block).split()) <= max_words
        ]

    return context.memo(f"disclosure.edge_blocks.{max_words}", compute)


@lru_cache(maxsize=2048)
def is_person(text: str) -> bool:
    """Whether spaCy reads ``text`` (a short candidate such as "Hannah Ode") as a person's
    name of at least two words; ``False`` when no entity recogniser is installed."""
    doc = shared_pipeline(ENTITIES).entities(text)
    if doc is None:
        return False
    return any(entity.label_ == "PERSON" and len(entity) >= 2 for entity in doc.ents)
