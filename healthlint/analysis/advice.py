"""Advice strength: does a sentence tell someone what to do, and how firmly?

The scheme is Li, Wang & Yu (EMNLP 2021): ``strong`` advice ("should", "must", "we
recommend", an imperative, a dose to take), ``weak`` advice ("may be considered", "could be
an option", "is a useful alternative") and ``none``. Recommendations about research
("further studies should ...") are not health advice.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from spacy.tokens import Span, Token

from healthlint.analysis.claim_words import words

AdviceStrength = Literal["none", "weak", "strong"]

STRONG_MODALS: Final = frozenset({"should", "must", "shall", "ought"})
WEAK_MODALS: Final = frozenset({"may", "might", "could", "can", "would"})
#: Verbs that recommend; hedged ("may be recommended") they are weak advice.
RECOMMEND_VERBS: Final = frozenset(
    {"recommend", "advise", "urge", "encourage", "advocate", "warrant"}
)
#: Passive predicates that prescribe: "X is indicated", "screening is suggested".
PRESCRIBING_PASSIVES: Final = frozenset({"indicated", "suggested", "required", "mandated"})
#: Nouns that state a need for a practice: "the need for screening".
NEED_NOUNS: Final = frozenset({"need", "necessity", "requirement"})
#: Evaluative adjectives that commend a practice: "may be a useful adjunct".
COMMENDING_ADJECTIVES: Final = words("advice", "commending_adjectives")
#: Nouns that present a practice as one to choose: "an option", "a useful tool".
PRACTICE_NOUNS: Final = words("advice", "practice_nouns")
#: "provides an alternative", "offers benefit": a practice put forward.
OFFERING_VERBS: Final = frozenset({"offer", "provide", "represent", "constitute"})
OFFERED_NOUNS: Final = frozenset(
    {"option", "alternative", "choice", "adjunct", "strategy", "approach", "method", "benefit"}
)
#: Verbs that stress a practice's importance.
EMPHASIS_VERBS: Final = frozenset(
    {
        "emphasize",
        "emphasise",
        "highlight",
        "underscore",
        "underline",
        "stress",
        "show",
        "demonstrate",
        "confirm",
        "reinforce",
        "support",
        "indicate",
        "suggest",
    }
)
#: Verbs of testing: research advice when "further" or "future" work is meant.
TESTING_VERBS: Final = frozenset(
    {
        "evaluate",
        "examine",
        "investigate",
        "explore",
        "study",
        "assess",
        "compare",
        "test",
        "define",
        "determine",
        "address",
        "undergo",
    }
)
#: A need that is changed or measured is an outcome: "reduces the need for", "a lower need".
CHANGE_VERBS: Final = frozenset(
    {
        "reduce",
        "decrease",
        "increase",
        "lower",
        "raise",
        "eliminate",
        "avoid",
        "obviate",
        "cut",
        "minimize",
        "minimise",
        "predict",
    }
)
CHANGED: Final = frozenset(
    {"increased", "reduced", "decreased", "lower", "higher", "greater", "less", "lesser"}
)
#: Practice verbs that, hedged and passive, commend: "can be performed", "could be used".
PRACTICE_VERBS: Final = words("advice", "practice_verbs")
#: What "support"/"provide support for" commends when it is a practice, not a finding.
THEORY_NOUNS: Final = words("advice", "theory_nouns")
#: Imperatives addressed to the reader of a paper, not advice about health.
EDITORIAL_VERBS: Final = frozenset({"cite", "click", "read", "visit", "subscribe", "share"})
#: "need to", "have to": necessity.
NECESSITY_VERBS: Final = frozenset({"need", "have"})
#: Predicates that make a practice advisable: "is essential", "is necessary".
STRONG_PREDICATES: Final = words("advice", "strong_predicates")
#: Predicates that commend a practice without requiring it: "is important", "is an option".
WEAK_PREDICATES: Final = words("advice", "weak_predicates")
#: Practice-commending verbs with a modal: "may benefit from", "could be used".
WEAK_VERBS: Final = frozenset({"consider", "use", "benefit", "offer", "apply", "support", "help"})
#: What research advice is about: "further studies should", "needs to be confirmed".
RESEARCH_WORDS: Final = words("advice", "research_words")
RESEARCH_VERBS: Final = words("advice", "research_verbs")
DOSE_PATTERN: Final = re.compile(
    r"\b\d[\d,.]*\s?(?:mg|mcg|µg|μg|g|grams?|milligrams?|micrograms?|iu|IU|ml|mL|units?|"
    r"tablets?|capsules?|pills?|drops?|teaspoons?|tablespoons?|cups?|glasses?)\b"
    r"(?:\s*(?:a|per|each|every|/)\s*(?:day|daily|week|night|dose|meal|d)\b)?",
)
IMPERATIVE_OPENERS: Final = frozenset({"always", "never", "please", "do", "don't", "be"})


def advice_strength(sentence: Span) -> AdviceStrength:
    """How firmly the sentence advises a health practice."""
    if _is_research_advice(sentence):
        return "none"
    strongest: AdviceStrength = "none"
    for token in sentence:
        strength = _token_advice(token)
        if strength == "strong":
            return "strong"
        if strength == "weak":
            strongest = "weak"
    if strongest == "none" and _is_imperative(sentence):
        return "strong"
    return strongest


def has_dose(sentence: Span) -> bool:
    """Whether the sentence names an amount to take ("2,000 mg a day", "two tablets")."""
    return DOSE_PATTERN.search(sentence.text) is not None


def _is_hedged(token: Token) -> bool:
    return any(
        child.tag_ == "MD" and child.lower_ in WEAK_MODALS
        for child in (*token.children, *token.head.children)
        if child.head in (token, token.head)
    )


def _token_advice(token: Token) -> AdviceStrength:
    lower = token.lower_
    lemma = token.lemma_.lower()
    if token.tag_ == "MD" and lower in STRONG_MODALS:
        return "weak" if _hedged_strong(token) else "strong"
    if lemma in NECESSITY_VERBS and any(
        child.dep_ == "xcomp" and any(c.lower_ == "to" for c in child.children)
        for child in token.children
    ):
        return "weak" if _is_hedged(token) else "strong"
    if lemma in RECOMMEND_VERBS and token.pos_ == "VERB" and lemma != "suggest":
        if lemma in ("warrant", "require") and not _has_practice_object(token):
            return "none"
        return "weak" if _is_hedged(token) else "strong"
    if lemma in ("recommendation", "guideline") and token.dep_ in ("nsubj", "dobj", "attr"):
        return "weak"
    if lemma in NEED_NOUNS and token.pos_ == "NOUN" and _states_need(token):
        return "strong"
    if lower in PRESCRIBING_PASSIVES and _is_bare_passive(token):
        return "weak" if _is_hedged(token) else "strong"
    if lower in COMMENDING_ADJECTIVES and token.dep_ == "amod":
        noun = token.head
        if noun.lemma_.lower() in PRACTICE_NOUNS and noun.dep_ in ("attr", "dobj", "oprd"):
            return "weak"
    if (
        lemma in PRACTICE_NOUNS
        and token.dep_ == "attr"
        and token.lemma_.lower()
        in (
            "option",
            "alternative",
            "choice",
            "adjunct",
            "candidate",
        )
    ):
        return "weak"
    if lemma in OFFERED_NOUNS and token.dep_ == "dobj" and _is_offered(token):
        return "weak"
    if lemma == "importance" and _stresses_importance(token):
        return "weak"
    if lemma in PRACTICE_VERBS and token.pos_ == "VERB" and _is_hedged_passive(token):
        return "weak"
    if lemma == "support" and _supports_practice(token):
        return "weak"
    if lower in STRONG_PREDICATES and token.dep_ in ("acomp", "attr", "ROOT"):
        return "weak" if _is_hedged(token) else "strong"
    if lower in WEAK_PREDICATES and token.dep_ in ("acomp", "attr", "oprd"):
        return "weak"
    if lemma in WEAK_VERBS and token.pos_ == "VERB" and _is_hedged(token):
        return "weak"
    return "none"


def _is_offered(noun: Token) -> bool:
    """ "offers an alternative", "provides a strategy", "represents an option": a practice
    put forward as one to choose."""
    return noun.head.lemma_.lower() in OFFERING_VERBS


def _stresses_importance(noun: Token) -> bool:
    """ "These findings highlight the importance of screening", "X is of importance in Y"."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in EMPHASIS_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ == "be"


def _is_bare_passive(token: Token) -> bool:
    """ "X is indicated", not "as indicated by Y" or "it is suggested that ..."."""
    deps = {child.dep_ for child in token.children}
    return "auxpass" in deps and not deps & {"ccomp", "agent", "xcomp"}


def _states_need(token: Token) -> bool:
    """ "the need for screening", "a need to remove": a practice needed, not further study."""
    if token.dep_ == "pobj" and token.head.lower_ in ("without", "of"):
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in CHANGE_VERBS:
        return False  # "reduces the need for opioids": an outcome, not advice
    if any(child.dep_ == "amod" and child.lower_ in CHANGED for child in token.children):
        return False  # "an increased need for ventilation"
    children = list(token.children)
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("for", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return not any(o.lemma_.lower() in RESEARCH_WORDS for o in objects)
        if child.dep_ in ("acl", "relcl") and child.tag_ == "VB":
            return True
    return token.dep_ == "nsubj" and token.head.lemma_.lower() == "exist"


def _is_hedged_passive(token: Token) -> bool:
    children = list(token.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    return any(
        c.tag_ == "MD" and c.lower_ in ("can", "could", "may", "might", "cannot") for c in children
    )


def _supports_practice(token: Token) -> bool:
    """ "support the use of X", "provide support for screening"."""
    if token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ == "dobj"]
    elif token.pos_ == "NOUN":
        objects = [
            o for c in token.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
        ]
    else:
        return False
    return any(o.lemma_.lower() not in THEORY_NOUNS and o.pos_ == "NOUN" for o in objects)


def _hedged_strong(token: Token) -> bool:
    head = token.head
    return any(
        child.lower_ in ("perhaps", "possibly", "probably", "potentially")
        for child in head.children
    )


def _has_practice_object(token: Token) -> bool:
    return any(
        child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() not in RESEARCH_WORDS
        for child in token.children
    )


def _is_research_advice(sentence: Span) -> bool:
    """ "Further studies should ...", "results need to be confirmed": advice to researchers."""
    root = sentence.root
    root_lemma = root.lemma_.lower()
    subjects = [child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")]
    prescriptive = root_lemma in ("need", "require", "warrant", "merit", "necessary") or any(
        child.tag_ == "MD" and child.lower_ in STRONG_MODALS for child in root.children
    )
    if prescriptive and any(
        subject.lemma_.lower() in RESEARCH_WORDS or subject.lower_ in RESEARCH_WORDS
        for subject in subjects
    ):
        return True
    verbs = [root, *(child for child in root.children if child.dep_ in ("xcomp", "ccomp"))]
    if any(verb.lemma_.lower() in RESEARCH_VERBS for verb in verbs):
        return True
    if root_lemma in ("require", "need", "warrant", "merit") and any(
        child.dep_ == "dobj" and child.lemma_.lower() in RESEARCH_WORDS for child in root.children
    ):
        return True
    words = {token.lower_ for token in sentence}
    if words & {"further", "future"} and any(
        verb.lemma_.lower() in TESTING_VERBS for verb in verbs
    ):
        return True  # "X should be evaluated further", "in future, X should be compared"
    return bool(words & {"further", "future", "additional", "larger"}) and bool(
        words & {"studies", "study", "research", "trials", "investigation", "investigations"}
    )


def _is_imperative(sentence: Span) -> bool:
    """A bare command: "Take 2,000 mg a day.", "Do not stop taking it.", "Always wear ..."."""
    root = sentence.root
    first = next((token for token in sentence if not token.is_punct), None)
    if first is None or root.pos_ not in ("VERB", "AUX"):
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in root.children):
        return False
    if root.tag_ != "VB" or sentence.text.rstrip().endswith("?"):
        return False
    if root.lemma_.lower() in EDITORIAL_VERBS:
        return False
    return first == root or first.lower_ in IMPERATIVE_OPENERS or first.i < root.i <= first.i + 2
