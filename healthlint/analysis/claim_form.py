"""How a claim is stated: the verb that carries it, its modal ("can", "may") and whether it
is put as a present-tense general truth ("Sugar causes cancer") or as a report ("the drug
reduced pain in the trial", "we found")."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from healthlint.analysis.verb_forms import VERB_FORMS


def governing_verb(token: Token) -> Token:
    """The verb whose clause states the relation ("lowers"; "is" in "is effective")."""
    word = token
    for _ in range(8):
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("amod", "aux", "auxpass"):
            return word
        if word.head.i == word.i:
            return word
        word = word.head
    return word


def claim_modal(token: Token) -> str:
    """The modal verb on the relation's clause ("can", "may", "will"), or ""."""
    verb = governing_verb(token)
    for word in (verb, verb.head) if verb.dep_ in ("xcomp",) else (verb,):
        for child in word.children:
            if child.tag_ == "MD":
                return {"ca": "can", "wo": "will"}.get(child.lower_, child.lower_)
    return ""


#: Verbs whose past tense is spelled like the present, so a tagger can only guess.
SAME_IN_PAST: Final = frozenset({"cut", "hit", "put", "set", "hurt", "spread", "cost", "shut"})


def _past_context(verb: Token) -> bool:
    """A past-time marker in the clause: "in 2019", "in the trial", "after", "was"."""
    return any(
        (token.like_num and len(token.text) == 4 and token.text[:2] in ("19", "20"))
        or token.lower_ in ("trial", "study", "ago", "after", "was", "were")
        for token in verb.subtree
    )


def _is_personal_report(subject: Token) -> bool:
    """ "we found", "some people find": experience or a finding, not a general claim."""
    if subject.lower_ in ("we", "i"):
        return True
    return any(child.lower_ in ("some", "many") for child in subject.children)


def is_generic(token: Token) -> bool:
    """Whether the relation is stated as a present-tense general truth about its subject
    ("Sugar causes cancer"), not a report of what happened ("the drug reduced pain") or a
    first-person finding ("we found")."""
    verb = governing_verb(token)
    if verb.head.dep_ == "ROOT" and verb.dep_ in ("ccomp", "xcomp"):
        reporter = verb.head
        if any(c.dep_ == "nsubj" and _is_personal_report(c) for c in reporter.children):
            return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(subject.lower_ in ("we", "i") for subject in subjects):
        return False
    tags = {verb.tag_} | {c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.pos_ != "VERB" and verb.lower_.endswith("s") and verb.lower_ in VERB_FORMS:
        return True  # a verb in -s the tagger took for a plural noun ("blend relieves")
    if verb.tag_ == "VBD" and verb.lower_ in SAME_IN_PAST and not _past_context(verb):
        return True  # "capsules cut your risk": past and present look alike
    modals = {c.lower_ for c in verb.children if c.tag_ == "MD"}
    return bool(tags & {"VBZ", "VBP"}) or bool(modals & {"will", "wo", "can", "ca"})
