"""``passive_voice``: clauses in the passive voice, found in the dependency parse (a verb with
an ``auxpass`` "be" auxiliary or an ``nsubjpass`` subject), with the agent when there is one
("was prescribed by your doctor" → "your doctor prescribed").

Parameters: ``skip_verbs`` (lemmas never flagged; default ``born``), ``skip_blocks`` (default
title and heading), ``include_get`` (also flag "get" passives such as "get tested"; default
false — they read as active and plain).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from spacy.tokens import Span, Token

from healthlint.checks.base import Check, Hit, optional
from healthlint.context import LintContext

PASSIVE_AUXILIARY = "auxpass"
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
PAST_AUXILIARIES = frozenset({"was", "were"})
#: Right dependents of the agent's noun that start a clause rather than extend the noun.
AGENT_STOPS = frozenset({"relcl", "acl", "ccomp", "advcl", "prep", "punct", "mark", "appos"})


class PassiveVoiceCheck(Check):
    """Flag each passive verb group, naming the agent ("by …") if the sentence gives one."""

    kind: ClassVar[str] = "passive_voice"
    needs: ClassVar[frozenset[str]] = frozenset({"sentences", "tags", "parse"})
    parameters: ClassVar[Mapping[str, str]] = {
        "skip_verbs": "verbs (participles or lemmas) never flagged (default: born)",
        "skip_blocks": "block kinds to ignore (default: title, heading)",
        "include_get": "also flag 'get' passives such as 'get tested' (default false)",
    }

    def __init__(self, params: Mapping[str, Any]) -> None:
        super().__init__(params)
        self.skip_verbs = frozenset(optional(params, "skip_verbs", list, ["born"]))
        self.skip_blocks = frozenset(optional(params, "skip_blocks", list, ["title", "heading"]))
        self.include_get = bool(optional(params, "include_get", bool, False))

    def run(self, context: LintContext) -> Iterator[Hit]:
        for sentence in context.sentences():
            block = context.block_of(sentence)
            if block is not None and block.kind in self.skip_blocks:
                continue
            for verb in passive_verbs(sentence, self.include_get):
                if verb.lower_ in self.skip_verbs or verb.lemma_.lower() in self.skip_verbs:
                    continue
                yield self._hit(verb)

    def _hit(self, verb: Token) -> Hit:
        auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
        auxiliaries += [child for child in verb.children if child.dep_ == "neg"]
        start = min([verb.i, *(token.i for token in auxiliaries)])
        doc = verb.doc
        agent = _agent(verb)
        data: dict[str, Any] = {"verb": verb.text, "agent": agent or ""}
        suggestions: tuple[str, ...] = ()
        message = None
        if agent:
            message = (
                f"Passive voice: '{doc[start : verb.i + 1].text}' — make '{agent}' the subject"
            )
            passive_aux = next((t for t in auxiliaries if t.dep_ == "auxpass"), None)
            regular_past = verb.tag_ == "VBN" and verb.lower_.endswith("ed")
            if regular_past and passive_aux is not None and passive_aux.lower_ in PAST_AUXILIARIES:
                suggestions = (f"{agent} {verb.text}",)
        return Hit(
            doc[start].idx,
            verb.idx + len(verb.text),
            data=data,
            suggestions=suggestions,
            message=message,
        )


def passive_verbs(sentence: Span, include_get: bool = False) -> list[Token]:
    """The verbs of the passive clauses of a sentence."""
    verbs: dict[int, Token] = {}
    for token in sentence:
        if token.dep_ == PASSIVE_AUXILIARY:
            if token.lemma_.lower() == "get" and not include_get:
                continue
            verbs[token.head.i] = token.head
        elif token.dep_ in PASSIVE_SUBJECTS and token.head.i not in verbs:
            head = token.head
            if any(child.dep_ == PASSIVE_AUXILIARY for child in head.children):
                continue  # handled by its auxiliary above
            if head.tag_ == "VBN":
                verbs[head.i] = head
    return [verbs[index] for index in sorted(verbs)]


def _agent(verb: Token) -> str | None:
    """The noun phrase after "by", without clauses that hang off it ("by many that …")."""
    for child in verb.children:
        if child.dep_ != "agent":
            continue
        for noun in child.children:
            if noun.dep_ != "pobj":
                continue
            end = noun.i + 1
            for right in noun.rights:
                if right.dep_ in AGENT_STOPS:
                    break
                end = right.right_edge.i + 1
            return verb.doc[noun.left_edge.i : end].text
    return None
