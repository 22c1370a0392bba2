"""Whether an article gives health information, and whether it recommends a treatment,
supplement, dosage, diet or exercise regime.

A sentence recommends when it states a dosage ("400 mg a day"), or gives advice — an
imperative ("Take ibuprofen with food"), a second-person modal ("you should try magnesium"), or
a recommending phrase ("it is best to", "is the best technique for recovery") — about something
the reader takes or does for their health (the ``treatment_terms`` of the lexicon).

The sentence analyzer (``healthlint.analysis.sentences``) scores advice strength for the claims
rules; this module asks a narrower question, from the same parse, for the disclosure rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from healthlint.analysis.disclosure.evidence import Evidence
from healthlint.analysis.disclosure.lexicon import lexicon
from healthlint.context import LintContext

MODALS = frozenset({"should", "must", "can", "could", "may", "might", "need", "ought", "'d"})
STRONG_MODALS = frozenset({"should", "must", "ought"})
PASSIVE_ADVICE = frozenset({"recommend", "advise", "prescribe", "consider", "offer"})
WANTING = frozenset({"need", "want", "try", "like", "wish", "aim"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
NOT_A_COMMAND = SUBJECTS | {"compound", "pobj", "dobj", "attr", "amod"}
LEADING = frozenset({"ADV", "INTJ", "PUNCT", "SPACE", "CCONJ"})
#: A page gives health information when it uses this many health words (two of them distinct).
HEALTH_TERMS_MINIMUM = 3


def health_content_condition(context: LintContext) -> Evidence | None:
    """The first health word of an article that uses enough of them, or ``None``."""

    def compute() -> Evidence | None:
        first = None
        distinct: set[str] = set()
        for count, match in enumerate(lexicon().health_terms.finditer(context.text), start=1):
            first = first or match
            distinct.add(match.group().lower())
            if count >= HEALTH_TERMS_MINIMUM and len(distinct) >= 2:
                return Evidence("prose", first.group(), first.start(), first.end())
        return None

    return context.memo("disclosure.health_content", compute)


def recommends_treatment_condition(context: LintContext) -> Evidence | None:
    """The first sentence that recommends a treatment, dosage, diet or exercise, or ``None``."""

    def compute() -> Evidence | None:
        for sentence in context.sentences():
            if recommends_treatment(sentence):
                return Evidence("prose", sentence.text, sentence.start_char, sentence.end_char)
        return None

    return context.memo("disclosure.recommends_treatment", compute)


def recommends_treatment(sentence: Span) -> bool:
    """Whether one sentence recommends a treatment, supplement, dosage, diet or exercise."""
    words = lexicon()
    text = sentence.text
    if words.dosage.search(text):
        return True
    if text.rstrip().endswith("?") or not words.treatment_terms.search(text):
        return False
    return (
        words.recommend_phrases.search(text) is not None
        or _is_imperative(sentence)
        or _advises_you(sentence)
        or _advises_passively(sentence)
    )


def _is_imperative(sentence: Span) -> bool:
    """An advice verb that opens a clause without a subject: "Gently massage the muscle"."""
    verbs = lexicon().recommend_verbs
    for token in sentence:
        if token.pos_ in LEADING or token.lower_ in ("please", "do", "don't", "never", "always"):
            continue
        if token.lower_ == "if" or token.dep_ == "mark":
            break  # a conditional clause first: look at the main clause's root below
        return _advice_verb(token, verbs)
    root = sentence.root
    return root.tag_ == "VB" and _advice_verb(root, verbs)


def _advice_verb(token: Token, verbs: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    if lemma not in verbs and token.lower_ not in verbs:
        return False
    if token.tag_ not in ("VB", "VBP", "NN", "NNP") or token.dep_ in NOT_A_COMMAND:
        return False  # "Exercise may help" and "Use of supplements" are subjects, not commands
    return not any(child.dep_ in SUBJECTS for child in token.children)


def _advises_passively(sentence: Span) -> bool:
    """A passive recommendation: "Ibuprofen should be taken with food", "is recommended"."""
    verbs = lexicon().recommend_verbs | PASSIVE_ADVICE
    for token in sentence:
        if token.tag_ != "VBN" or token.lemma_.lower() not in verbs:
            continue
        auxiliaries = {child.lower_ for child in token.children if child.dep_ in ("aux", "auxpass")}
        if auxiliaries & STRONG_MODALS and "be" in {
            child.lemma_ for child in token.children if child.dep_ == "auxpass"
        }:
            return True
    return False


def _advises_you(sentence: Span) -> bool:
    """A second-person modal: "you should take", "you may want to try", "you can use"."""
    verbs = lexicon().recommend_verbs
    for token in sentence:
        if token.lower_ != "you" or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        head = token.head
        has_modal = any(child.dep_ == "aux" and child.lower_ in MODALS for child in head.children)
        if head.lemma_.lower() in verbs and has_modal:
            return True
        if head.lemma_.lower() in WANTING and any(
            child.dep_ == "xcomp" and child.lemma_.lower() in verbs for child in head.children
        ):
            return True
    return False
