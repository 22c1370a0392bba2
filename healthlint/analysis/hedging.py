"""Hedge cues: the words that mark a statement as tentative ("may", "suggests", "likely").

The cue inventory follows the hedging literature (Hyland 1998; the BioScope and CoNLL-2010
annotation guidelines): modal auxiliaries of possibility, epistemic verbs, adverbs and
adjectives of likelihood, and a few fixed expressions. Words that are hedges only in some
uses are checked against the dependency parse: "appears to reduce" hedges, "a rash appears"
does not; "indicates that" hedges, "indicates the dose" does not.
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

from healthlint.analysis.claim_words import words
from healthlint.analysis.phrases import PhraseIndex

#: Modal auxiliaries of possibility ("can" is left out: it states an ability as often as it
#: hedges, and the claim analysis treats it separately).
MODALS: Final = frozenset({"may", "might", "could", "would"})
#: Adverbs and adjectives of likelihood, hedges wherever they modify a claim.
LIKELIHOOD_WORDS: Final = words("hedging", "likelihood_words")
#: Nouns that present a statement as conjecture.
CONJECTURE_NOUNS: Final = frozenset(
    {"hypothesis", "possibility", "speculation", "conjecture", "likelihood", "notion"}
)
#: Verbs that hedge whatever their complement is ("suggests", "we propose").
SPECULATION_VERBS: Final = frozenset(
    {"suggest", "propose", "hypothesize", "hypothesise", "speculate", "postulate", "imply"}
)
#: Verbs that hedge only with a clausal or infinitival complement ("appears to", "indicates
#: that", "is thought to", "we believe that").
COMPLEMENT_VERBS: Final = words("hedging", "complement_verbs")
COMPLEMENT_DEPS: Final = frozenset({"ccomp", "xcomp", "acomp", "oprd"})
#: Verbs after which "whether"/"if" opens an open question ("to determine whether").
QUESTION_VERBS: Final = words("hedging", "question_verbs")
UNCERTAIN_PHRASES: Final = (
    ("not", "known"),
    ("not", "clear"),
    ("not", "certain"),
    ("remains", "to", "be"),
    ("remain", "to", "be"),
    ("cannot", "be", "excluded"),
    ("cannot", "be", "ruled", "out"),
    ("can", "not", "be", "excluded"),
    ("can", "not", "be", "ruled", "out"),
    ("raise", "the", "possibility"),
    ("raises", "the", "possibility"),
    ("in", "theory"),
    ("and", "/", "or"),
    ("and/or",),
)
UNCERTAIN_INDEX: Final = PhraseIndex(UNCERTAIN_PHRASES)
COMPARATIVES_BEFORE_LIKELY: Final = frozenset({"more", "less", "as", "most", "least", "times"})


def find_hedges(sentence: Span) -> list[tuple[str, int]]:
    """The hedge cues in a sentence, lower-cased ("may", "suggest", "not known"), each with
    the document index of the token that carries it."""
    cues: list[tuple[str, int]] = []
    for token in sentence:
        cue = _token_cue(token)
        if cue:
            cues.append((cue, token.i))
    cues.extend(_phrase_cues(sentence))
    return cues


def _token_cue(token: Token) -> str | None:
    lower = token.lower_
    lemma = token.lemma_.lower()
    if lower in MODALS and token.tag_ == "MD":
        return lower
    if lower in LIKELIHOOD_WORDS:
        return _likelihood_cue(token)
    if lemma in CONJECTURE_NOUNS and token.pos_ == "NOUN":
        return lemma
    if token.pos_ not in ("VERB", "AUX"):
        if lower in ("whether", "if") and token.dep_ == "mark":
            return _question_cue(token)
        return None
    if lemma in SPECULATION_VERBS:
        return lemma
    if lemma in COMPLEMENT_VERBS and _has_complement(token):
        return lemma
    return None


def _likelihood_cue(token: Token) -> str | None:
    lower = token.lower_
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and lower != "putative"):
        return None  # "membrane potential"
    previous = token.nbor(-1) if token.i > token.sent.start else None
    if previous is not None:
        if lower in ("likely", "unlikely") and previous.lower_ in COMPARATIVES_BEFORE_LIKELY:
            return None  # "more likely to develop": a comparison of risk, not a hedge
        if lower == "possible" and previous.lower_ in ("as", "whenever", "wherever", "if"):
            return None  # "as soon as possible"
    return lower


def _has_complement(token: Token) -> bool:
    if any(child.dep_ in COMPLEMENT_DEPS for child in token.children):
        return True
    # "is thought to be", "is believed to": passive with an infinitive
    return token.tag_ == "VBN" and any(child.dep_ == "auxpass" for child in token.children)


def _question_cue(token: Token) -> str | None:
    if token.lower_ == "whether":
        return "whether"
    clause = token.head  # "to see if it works": the if-clause is the verb's object
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in QUESTION_VERBS:
        return "if"
    return None


def _phrase_cues(sentence: Span) -> list[tuple[str, int]]:
    found: dict[str, int] = {}
    for phrase, index in UNCERTAIN_INDEX.find(sentence):
        found.setdefault(phrase, index)
    return list(found.items())
