"""Causal verbs found by their spelling where the parser missed them.

The small spaCy model often tags the verb of a short, headline-like sentence ("Green tea burns
belly fat") as a noun, and sometimes parses a long sentence with no main verb at all. Word
order still shows the verb: a subject, an inflected causal verb, an object.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

from healthlint.analysis.claim_words import words


def _verb_forms(verbs: frozenset[str]) -> dict[str, str]:
    """Inflected form → causal verb ("reduces", "reduced" → "reduce")."""
    forms: dict[str, str] = {}
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        for form in (verb + "s", verb + "es", stem + "ed", verb + "d"):
            forms[form] = verb
        if verb.endswith("y"):
            forms[verb[:-1] + "ied"] = verb
            forms[verb[:-1] + "ies"] = verb
    return forms


VERB_FORMS: Final = _verb_forms(words("claims", "causal_verbs"))


def headline_verb(sentence: Span) -> Token | None:
    """ "Green tea burns belly fat": in short, headline-like sentences, and in any sentence the
    parser left without a main verb, the small model often tags the verb as a noun or an
    adjective. Fall back to word order: a subject, a causal verb form, an object."""
    tokens = [token for token in sentence if not token.is_punct]
    verbless = sentence.root.pos_ not in ("VERB", "AUX")
    if len(tokens) > 10 and not verbless:
        return None
    for index, (previous, token, following) in enumerate(
        zip(tokens, tokens[1:], tokens[2:], strict=False)
    ):
        if token.lower_ not in VERB_FORMS or not (
            following.pos_ in ("NOUN", "ADJ", "DET", "PRON", "PROPN", "NUM")
            or following.tag_ == "VBG"
        ):
            continue
        if token.lower_.endswith("s") and previous.pos_ in ("NOUN", "PROPN", "ADJ"):
            return token
        if verbless and token.lower_.endswith("ed") and _ends_subject(tokens[: index + 1]):
            return token  # "Doses of 300 mg significantly reduced levels of LDL"
    return None


def _ends_subject(tokens: list[Token]) -> bool:
    """Whether the words before a verb form end like a subject noun phrase (adverbs skipped):
    "doses of 300 mg (significantly)", not "patients with" or "the"."""
    words = [token for token in tokens if token.pos_ != "ADV"]
    return bool(words) and words[-1].pos_ in ("NOUN", "PROPN", "NUM")
