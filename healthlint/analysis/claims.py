"""Claim strength: does a sentence state a relationship, and how strongly?

The scheme is Yu, Li & Wang (EMNLP 2019): ``correlational`` ("is associated with", "was
higher among"), ``conditional_causal`` (a causal claim hedged: "may reduce", "appears to
improve"), ``direct_causal`` ("reduces", "leads to", "is effective") and ``none``.

A causal word counts only where the parse shows it relating a cause to an effect: a verb with
an object or an agent ("X lowers Y", "Y is caused by X"), a verb with its preposition ("leads
to", "results in", "contributes to"), a causal adjective with a subject ("X is effective",
"X is responsible for Y") or a causal noun with its argument ("the effect of X", "a role in
Y"). "Increased risk" (an adjective) and "mortality decreased" (no agent) state no cause.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from spacy.tokens import Span, Token

from healthlint.analysis.claim_scope import is_about_research, is_topic_mention
from healthlint.analysis.claim_words import words
from healthlint.analysis.phrases import PhraseIndex
from healthlint.analysis.verb_forms import VERB_FORMS, headline_verb

ClaimStrength = Literal["none", "correlational", "conditional_causal", "direct_causal"]

#: Verbs whose subject causes a change in their object.
CAUSAL_VERBS: Final = words("claims", "causal_verbs")  # inflected: VERB_FORMS
#: Verbs that carry cause with a preposition: "leads to", "results in", "contributes to".
CAUSAL_PREPOSITION_VERBS: Final = {
    "lead": frozenset({"to"}),
    "result": frozenset({"in"}),
    "contribute": frozenset({"to", "towards", "toward"}),
    "give": frozenset({"rise"}),
    "protect": frozenset({"against", "from"}),
    "help": frozenset({"with"}),
    "account": frozenset({"for"}),
    "benefit": frozenset({"from"}),
}
#: Verbs that pass cause on through another verb: "helps reduce", "makes X worse".
CAUSAL_CONTROL_VERBS: Final = frozenset({"help", "make", "allow", "enable", "let", "keep"})
#: Adjectives that predicate an effect of their subject: "X is effective".
CAUSAL_ADJECTIVES: Final = words("claims", "causal_adjectives")
#: Nouns that name an effect of one thing on another: "the effect of X on Y".
CAUSAL_NOUNS: Final = words("claims", "causal_nouns")
#: Verbs that attribute an effect to their subject: "X has an effect", "X provides benefit".
EFFECT_VERBS: Final = frozenset(
    {"have", "provide", "show", "confer", "exert", "produce", "offer", "play", "make"}
)
#: "X is crucial for Y": a necessary cause.
NECESSITY_ADJECTIVES: Final = frozenset(
    {"crucial", "critical", "essential", "central", "key", "vital", "necessary", "important"}
)
#: Causal connectives: "due to", "because of", "as a result of", "owing to".
CAUSAL_CONNECTIVES: Final = (
    ("due", "to"),
    ("because", "of"),
    ("owing", "to"),
    ("attributable", "to"),
    ("attributed", "to"),
    ("as", "a", "result", "of"),
    ("as", "a", "consequence", "of"),
    ("thanks", "to"),
)
CONNECTIVE_INDEX: Final = PhraseIndex(CAUSAL_CONNECTIVES)
#: Words of association: "associated with", "correlates", "linked to", "predictor".
CORRELATION_WORDS: Final = words("claims", "correlation_words")
#: "related to", "connected with", "tied to" need their preposition.
CORRELATION_PREPOSITION_WORDS: Final = {
    "related": frozenset({"to", "with"}),
    "relate": frozenset({"to", "with"}),
    "connect": frozenset({"to", "with"}),
    "connected": frozenset({"to", "with"}),
    "tie": frozenset({"to"}),
    "vary": frozenset({"with", "by", "according"}),
    "increase": frozenset({"with"}),
    "decrease": frozenset({"with"}),
    "rise": frozenset({"with"}),
    "fall": frozenset({"with"}),
    "change": frozenset({"with"}),
    "differ": frozenset({"by", "between", "among", "across", "with"}),
    "depend": frozenset({"on", "upon"}),
    "dependent": frozenset({"on", "upon"}),
    "accompany": frozenset({"by"}),
}
#: "higher/lower/more/less ... in/among/than": group comparisons are correlational.
COMPARISON_WORDS: Final = words("claims", "comparison_words")
COMPARISON_PREPOSITIONS: Final = frozenset({"in", "among", "than", "for", "with"})
RISK_WORDS: Final = frozenset({"risk", "odds", "hazard", "likelihood", "incidence", "chance"})
RISK_LEVELS: Final = words("claims", "risk_levels")
#: Nouns that name one thing as a sign of another: "a risk factor for", "a marker of".
MARKER_NOUNS: Final = words("claims", "marker_nouns")
#: Verbs and nouns of change: with no agent they report a change, not its cause.
CHANGE_WORDS: Final = words("claims", "change_words")
CHANGE_NOUNS: Final = words("claims", "change_nouns")
OBJECT_DEPS: Final = frozenset({"dobj", "obj", "attr", "ccomp", "xcomp", "dative"})
#: Words under which a relation is sought, needed or planned rather than asserted.
NON_ASSERTIVE_HEADS: Final = words("claims", "non_assertive_heads")
REASON_MARKS: Final = frozenset({"as", "because", "since", "although", "while", "whereas"})
DEONTIC_MODALS: Final = frozenset({"should", "must", "shall", "ought"})
#: "can"/"may" family: a causal verb governed by these is a conditional claim.
CONDITIONAL_MODALS: Final = frozenset({"may", "might", "could", "would"})


@dataclass(frozen=True)
class ClaimCue:
    """What made a sentence a claim: the kind of relation and the word that states it."""

    kind: Literal["causal", "correlational"]
    token: Token
    #: A change or a comparison ("X fell", "higher in Y"): a relation only if nothing
    #: stronger is stated.
    weak: bool = False


def claim_cues(sentence: Span) -> list[ClaimCue]:
    """Every word in the sentence that states a causal or correlational relation."""
    cues = []
    for token in sentence:
        if _is_correlational(token):
            cues.append(ClaimCue("correlational", token))
        elif _is_causal(token):
            cues.append(ClaimCue("causal", token))
        elif _is_weak_correlational(token):
            cues.append(ClaimCue("correlational", token, weak=True))
    for start in _connective_starts(sentence):
        cues.append(ClaimCue("causal", sentence.doc[start]))
    asserted = [
        cue
        for cue in cues
        if is_asserted(cue.token)
        and not (cue.kind == "correlational" and is_topic_mention(cue.token))
    ]
    if not asserted:
        headline = headline_verb(sentence)
        if headline is not None:
            asserted.append(ClaimCue("causal", headline))
    return asserted


def claim_strength(
    sentence: Span, cues: list[ClaimCue], hedged_tokens: frozenset[int]
) -> ClaimStrength:
    """The strength of the sentence's main claim.

    ``hedged_tokens`` are indices of hedge cue words in the sentence; a causal cue is
    conditional when one of them (or "can") governs it or sits in its clause.
    """
    if not cues:
        return "none"
    causal = [cue for cue in cues if cue.kind == "causal"]
    correlational = [cue for cue in cues if cue.kind == "correlational"]
    strong = [cue for cue in correlational if not cue.weak]
    if (correlational and not causal) or (strong and _first_is_correlational(strong, causal)):
        return "correlational"
    if any(not _is_conditional(cue.token, hedged_tokens) for cue in causal):
        return "direct_causal"
    return "conditional_causal"


def _first_is_correlational(correlational: list[ClaimCue], causal: list[ClaimCue]) -> bool:
    """The relation nearest the root of the parse states the main claim."""
    return min(_depth(c.token) for c in correlational) <= min(_depth(c.token) for c in causal)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _is_conditional(token: Token, hedged_tokens: frozenset[int]) -> bool:
    """A modal or a hedge on the way from the causal word to its clause's root: "may reduce",
    "could play a role in reducing", "appears to improve". A hedge on a reporting verb
    ("suggests that X reduces Y") leaves the reported claim direct, as in Yu et al."""
    word = token
    for _ in range(12):
        for child in word.children:
            if child.tag_ == "MD" and child.lower_ in CONDITIONAL_MODALS:
                return True
            if child.i in hedged_tokens and child.dep_ in ("advmod", "aux", "acomp", "amod"):
                return True
        if word is not token and word.i in hedged_tokens and word.pos_ != "NOUN":
            return word.lemma_.lower() in ("appear", "seem", "likely", "unlikely")
        if word.dep_ in ("ccomp", "ROOT") or word.head.i == word.i:
            return False
        word = word.head
    return False


def is_asserted(token: Token) -> bool:
    """Whether the relation a word states is asserted, not asked about, planned, needed or
    advised: "to determine whether X reduces Y", "strategies to reduce Y", "studies are
    needed to assess the effect of X" and "X should lead to Y" assert nothing."""
    word = token
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in word.children):
            return False
        if word.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in REASON_MARKS for c in word.children
        ):
            return True  # "..., as it helps reduce complications": a reason, asserted
        if any(c.tag_ == "MD" and c.lower_ in DEONTIC_MODALS for c in word.children):
            return False
        if word.dep_ == "acl" and _is_infinitive(word):
            return False
        if word.dep_ == "pcomp" and word.tag_ == "VBG" and word.head.lower_ in ("for", "at"):
            return False
        if _is_purpose_clause(word):
            return False
        head = word.head
        if head.i == word.i:
            return True
        if (head.lemma_.lower() in NON_ASSERTIVE_HEADS or head.lower_ in NON_ASSERTIVE_HEADS) and (
            head.pos_ != "NOUN" or head.lemma_.lower() == "need"
        ):
            return False
        word = head
    return True


def _is_purpose_clause(word: Token) -> bool:
    """ "(in order) to reduce Y", or "to reduce" under "needed", "aimed", "designed"."""
    if word.dep_ not in ("advcl", "xcomp", "acl") or not _is_infinitive(word):
        return False
    return word.dep_ != "xcomp" or word.head.lemma_.lower() in NON_ASSERTIVE_HEADS


def _is_infinitive(word: Token) -> bool:
    return word.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


def _is_correlational(token: Token) -> bool:
    lemma = token.lemma_.lower()
    lower = token.lower_
    if lemma in CORRELATION_WORDS or lower in CORRELATION_WORDS:
        return (
            token.pos_ in ("VERB", "NOUN", "ADJ", "AUX", "PROPN")
            and not _is_compound_modifier(token)
            and token.dep_ != "acl"
        )
    for word in (lower, lemma):
        prepositions = CORRELATION_PREPOSITION_WORDS.get(word)
        if prepositions is not None and _has_preposition(token, prepositions):
            return token.dep_ not in ("acl", "amod")
    return False


def _is_weak_correlational(token: Token) -> bool:
    lemma = token.lemma_.lower()
    lower = token.lower_
    if (
        lower in COMPARISON_WORDS
        and token.pos_ in ("ADJ", "ADV", "VERB")
        and _is_group_comparison(token)
    ):
        return True
    if lower in ("likely", "prone", "susceptible") and any(
        child.lower_ in ("more", "less") for child in token.children
    ):
        return True
    if lemma in MARKER_NOUNS and token.pos_ == "NOUN":
        return token.dep_ != "compound" and (
            lemma not in ("factor", "sign")
            or any(child.lower_ in ("risk", "prognostic", "predictive") for child in token.children)
        )
    if lemma in RISK_WORDS and token.pos_ == "NOUN":
        return _is_stated_risk(token)
    if lower in ("compared", "relative") and any(
        child.lower_ in ("with", "to") for child in token.children
    ):
        return True
    if token.tag_ in ("JJR", "RBR") and token.dep_ == "amod" and token.head.dep_ == "dobj":
        return token.head.head.lemma_.lower() in ("have", "show", "exhibit", "display")
    if (lemma in CORRELATION_WORDS or lower in CORRELATION_WORDS) and token.dep_ == "acl":
        return True  # "factors associated with X": a modifier, weaker than a stated relation
    for word in (lower, lemma):
        prepositions = CORRELATION_PREPOSITION_WORDS.get(word)
        if prepositions is not None and _has_preposition(token, prepositions):
            return True  # "genes related to"
    if lemma in CHANGE_NOUNS and token.pos_ == "NOUN":
        return token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and any(
            child.dep_ == "prep" and child.lower_ == "in" for child in token.children
        )
    if lemma in CHANGE_WORDS and token.pos_ == "VERB" and token.dep_ != "amod":
        return _is_agentless_change(token)
    return False


def _is_stated_risk(token: Token) -> bool:
    """ "X has a higher risk of Y", "X is at increased risk": a risk level predicated of a
    group. "A high-risk group" and "patients at high risk" only describe whom they mean."""
    if token.dep_ == "compound":
        return False
    if token.dep_ == "pobj" and token.head.head.pos_ not in ("VERB", "AUX"):
        return False
    return _has_adj(token) or (token.dep_ == "pobj" and token.head.lower_ == "at")


def _is_agentless_change(token: Token) -> bool:
    """ "HbA1c decreased after treatment", "weight was reduced": a change with no cause named."""
    deps = {child.dep_ for child in token.children}
    if deps & {"dobj", "obj", "agent", "xcomp", "ccomp"}:
        return False
    return bool(deps & {"nsubj", "nsubjpass"})


def _is_compound_modifier(token: Token) -> bool:
    return token.dep_ == "compound" or (token.dep_ == "amod" and token.lower_ == "related")


def _has_preposition(token: Token, prepositions: frozenset[str]) -> bool:
    return any(
        child.lower_ in prepositions and child.dep_ in ("prep", "agent", "advmod", "dative")
        for child in token.children
    )


def _has_adj(token: Token) -> bool:
    return any(
        child.dep_ in ("amod", "compound") and child.lower_ in RISK_LEVELS
        for child in token.children
    )


def _is_group_comparison(token: Token) -> bool:
    if token.dep_ not in ("acomp", "ROOT", "advmod", "attr", "amod", "conj", "oprd"):
        return False
    if token.dep_ == "amod" and token.head.dep_ not in ("attr", "acomp", "dobj"):
        return False
    scope = (token, token.head) if token.dep_ in ("advmod", "amod", "acomp") else (token,)
    return any(
        child.dep_ == "prep" and child.lower_ in COMPARISON_PREPOSITIONS
        for word in scope
        for child in word.children
    )


def _is_causal(token: Token) -> bool:
    lemma = token.lemma_.lower()
    pos = token.pos_
    if pos == "VERB":
        return _is_causal_verb(token, lemma)
    if pos in ("ADJ", "NOUN") and token.dep_ in ("ROOT", "conj", "relcl", "ccomp"):
        # the small model sometimes tags "improved" in "X improved Y" as an adjective
        verb = VERB_FORMS.get(token.lower_)
        if verb and any(child.dep_ == "dobj" for child in token.children):
            return True
    if pos == "ADJ" and (lemma in CAUSAL_ADJECTIVES or token.lower_ in CAUSAL_ADJECTIVES):
        if token.dep_ == "amod":  # "X is an effective treatment"
            return token.head.dep_ in ("attr", "oprd")
        return token.dep_ in ("acomp", "ROOT", "attr", "oprd", "conj")
    if pos == "NOUN" and lemma in CAUSAL_NOUNS:
        return _causal_noun_has_argument(token) or (
            token.dep_ == "dobj" and token.head.lemma_.lower() in EFFECT_VERBS
        )
    if pos == "ADJ" and lemma in NECESSITY_ADJECTIVES:
        return token.dep_ in ("acomp", "conj") and any(
            child.dep_ == "prep" and child.lower_ in ("for", "in", "to") for child in token.children
        )
    return False


def _is_causal_verb(token: Token, lemma: str) -> bool:
    if token.dep_ == "amod":
        return False  # "increased risk", "reduced mobility"
    children = list(token.children)
    prepositions = CAUSAL_PREPOSITION_VERBS.get(lemma)
    if prepositions and any(
        child.lower_ in prepositions and child.dep_ in ("prep", "dobj", "dative")
        for child in children
    ):
        return True
    if lemma == "make" and any(
        child.dep_ in ("ccomp", "xcomp")
        and child.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.lower_ != "it" for c in child.children)
        for child in children
    ):
        return True  # "makes you gain weight"
    if lemma in CAUSAL_CONTROL_VERBS:
        return any(
            child.dep_ in ("xcomp", "ccomp") and _is_causal_verb(child, child.lemma_.lower())
            for child in children
        ) or (lemma == "help" and any(c.dep_ in ("xcomp", "ccomp") for c in children))
    if lemma in ("involve", "implicate"):  # "X is involved in Y"
        return any(c.dep_ == "nsubjpass" for c in children) and any(
            c.dep_ == "prep" and c.lower_ == "in" for c in children
        )
    if lemma not in CAUSAL_VERBS:
        return False
    is_passive = any(child.dep_ in ("auxpass", "nsubjpass") for child in children)
    if is_passive and lemma == "limit" and is_about_research(token):
        return False  # "the analysis was limited by small numbers": a study's limitation
    if is_passive:
        return any(
            child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by")
            for child in children
        )
    return any(child.dep_ in OBJECT_DEPS for child in children) or (
        lemma in ("cause", "prevent", "protect", "cure", "heal")
    )


def _causal_noun_has_argument(token: Token) -> bool:
    if token.dep_ in ("compound",):
        return False
    prepositions = {child.lower_ for child in token.children if child.dep_ == "prep"}
    if token.lemma_.lower() == "role":
        return bool(prepositions & {"in", "for"})
    if token.lemma_.lower() in ("improvement", "reduction", "prevention", "protection"):
        return "in" in prepositions and "of" in prepositions
    return bool(prepositions & {"of", "on", "in", "for", "against"}) and token.dep_ != "pobj"


def _connective_starts(sentence: Span) -> list[int]:
    return [index for _, index in CONNECTIVE_INDEX.find(sentence)]
