"""Where a relation word names a topic instead of stating a relation.

"The association between X and Y" is asserted when it is an argument of the clause ("an
association was found", "X serves as a marker of Y", "patients are at increased risk"), but
only mentioned when it sits inside another noun phrase ("our understanding of the
relationship", "the assessment of risk factors", "data on risk factors") or in the
prepositional idiom "in relation to".
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from healthlint.analysis.claim_words import words

#: Nouns under which a relation is still asserted: "evidence for the link", "insight into".
SUPPORT_NOUNS: Final = words("claims", "support_nouns")
#: Prepositions that make a noun phrase the topic of another noun ("understanding of").
TOPIC_PREPOSITIONS: Final = frozenset({"of", "on", "concerning", "about", "regarding"})
#: Endings of nouns that name an action ("assessment", "identification", "understanding").
ACTIVITY_SUFFIXES: Final = ("tion", "sion", "ment", "ing", "sis")
#: Words that name research and its products ("data on risk factors").
RESEARCH_NOUNS: Final = words("claims", "research_nouns")


def is_topic_mention(token: Token) -> bool:
    """A relation noun nested as the topic of another noun, or in "in relation to"."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj":
        return False
    preposition = token.head
    if token.lower_ == "relation" and preposition.lower_ in ("in", "with"):
        return True
    holder = preposition.head
    return (
        preposition.lower_ in TOPIC_PREPOSITIONS
        and holder.pos_ == "NOUN"
        and _names_activity(holder)
    )


def _names_activity(noun: Token) -> bool:
    """ "understanding", "assessment", "identification", "analysis", "data": nouns of doing
    research or of its products, whose "of"-phrase is their topic."""
    lemma = noun.lemma_.lower()
    if lemma in SUPPORT_NOUNS:
        return False
    return (
        lemma in RESEARCH_NOUNS
        or noun.lower_ in RESEARCH_NOUNS
        or lemma.endswith(ACTIVITY_SUFFIXES)
    )


def is_about_research(verb: Token) -> bool:
    """Whether the verb's subject is the study or its results ("the analysis was limited")."""
    return any(
        child.dep_ in ("nsubj", "nsubjpass")
        and (child.lemma_.lower() in RESEARCH_NOUNS or child.lower_ in RESEARCH_NOUNS)
        for child in verb.children
    )
