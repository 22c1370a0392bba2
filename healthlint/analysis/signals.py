"""Claim signals: the patterns the HL1xx rules look for inside a sentence.

Each signal is a function ``(sentence) -> list[Signal]`` registered in :data:`SIGNALS` under
the name rules use (``signal: statistic``). Word lists live in
``healthlint/data/claims/words.yml`` under ``signals``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from spacy.tokens import Span, Token

from healthlint.analysis.advice import has_dose
from healthlint.analysis.claim_words import words
from healthlint.analysis.claims import is_asserted


@dataclass(frozen=True)
class Signal:
    """Where a signal was found (prose offsets) and the words that carry it."""

    start: int
    end: int
    cue: str


NUMBER_WORD = r"(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)"
POPULATION = (
    r"(?:people|adults|americans|britons|women|men|children|kids|teens|patients|cases|"
    r"deaths|smokers|users|seniors|babies|infants|individuals|the population)"
)
PERCENT = r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
#: "1% hydrocortisone cream": a percentage that is a strength, not a statistic.
CONCENTRATION_WORDS = (
    r"cream|gel|ointment|solution|lotion|milk|alcohol|saline|strength|concentration|fat|"
    r"hydrocortisone|benzoyl|peroxide|minoxidil|w/v|v/v|"
    r"effective|safe|natural|pure|organic|guaranteed|satisfaction"  # absolute language: HL101
)
STATISTIC_PATTERNS: Final = (
    re.compile(rf"\b{PERCENT}(?!\s*(?:[\w-]+\s)?(?:{CONCENTRATION_WORDS}))", re.I),
    re.compile(rf"\b{NUMBER_WORD}\s+(?:in|out of)\s+(?:every\s+)?{NUMBER_WORD}\b", re.I),
    re.compile(r"\b\d+(?:\.\d+)?\s*(?:-fold|fold|times (?:more|less|higher|lower|as))", re.I),
    re.compile(
        rf"\b(?:half|a third|one-third|two-thirds|a quarter|three-quarters|the majority|most)"
        rf"\s+of\s+(?:all\s+|the\s+)?(?:\w+\s+)?{POPULATION}\b",
        re.I,
    ),
    re.compile(rf"\b\d[\d,.]*\s+(?:million|billion)(?:\s+{POPULATION})?\b", re.I),
)
RISK_CHANGE_VERBS = r"(?:cuts?|cutting|reduc\w*|lower\w*|rais\w*|increas\w*|boost\w*|slash\w*)"
RELATIVE_RISK_PATTERNS: Final = (
    re.compile(
        rf"\b{RISK_CHANGE_VERBS}\s+(?:\w+\s+){{0,4}}?(?:risk|chances?|odds|likelihood)\s+"
        rf"(?:[\w-]+\s+){{0,6}}?by\s+(?:up to\s+|about\s+|nearly\s+|almost\s+|around\s+|"
        rf"as much as\s+|more than\s+|over\s+)?(?:{PERCENT}|half|a third|a quarter)",
        re.I,
    ),
    re.compile(
        rf"\b{PERCENT}\s+(?:lower|higher|greater|reduced|increased|less|more|smaller|bigger)"
        r"\s+(?:\w+\s+){0,2}?(?:risk|chances?|odds|likelihood)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:halves|halved|halving|doubles|doubled|doubling|triples|tripled|tripling|"
        r"quadruples|quadrupled)\s+(?:\w+\s+){0,3}?(?:risk|chances?|odds|likelihood)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:risk|chances?|odds|likelihood)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?in half\b", re.I
    ),
    re.compile(
        r"\b(?:twice|three times|four times|\d+(?:\.\d+)? times)\s+(?:as|more|less)\s+likely\b",
        re.I,
    ),
)
ABSOLUTE_RISK_PATTERN: Final = re.compile(
    rf"\babsolute\b|\bpercentage points?\b|\bfrom\s+(?:about\s+)?{NUMBER_WORD}\s?"
    rf"(?:%|percent|in\s+[\d,]+|out of\s+[\d,]+)?\s+to\s+{NUMBER_WORD}|"
    rf"\b{NUMBER_WORD}\s+(?:in|out of)\s+(?:every\s+)?[\d,]+|\bper\s+[\d,]{{3,}}\b|"
    r"\bnumber needed to (?:treat|harm)\b|\bbaseline risk\b",
    re.I,
)
VAGUE_SUBJECT = (
    r"(?:(?:many|most|some|several|numerous|countless|recent|new|multiple|various|other)\s+)?"
    r"(?:studies|research|experts|scientists|doctors|physicians|researchers|science|"
    r"specialists|nutritionists|health experts|medical experts|clinical trials|trials)"
)
VAGUE_VERB = (
    r"(?:\w+ly\s+)?(?:(?:has|have)\s+(?:long\s+)?)?(?:shows?|shown|proves?|proven|proved|"
    r"confirms?|confirmed|demonstrates?|demonstrated|agrees?|says?|said|suggests?|suggested|"
    r"finds?|found|recommends?|recommended|indicates?|indicated|reveals?|revealed|believes?|"
    r"claims?|knows?|known|supports?|agreed|tells? us)"
)
VAGUE_ATTRIBUTION_PATTERNS: Final = (
    re.compile(rf"(?<![\w,] )(?<!\d )\b{VAGUE_SUBJECT}\s+{VAGUE_VERB}\b", re.I),
    re.compile(r"\b(?:clinically|scientifically|medically)\s+(?:proven|tested and proven)\b", re.I),
    re.compile(
        r"\b(?:it is|it's|it has been|has been|have been)\s+(?:been\s+)?"
        r"(?:proven|scientifically shown|well established|a (?:well-known |proven )?fact)\b",
        re.I,
    ),
    re.compile(r"\bscience (?:says|shows|proves|tells us)\b", re.I),
    re.compile(r"\baccording to (?:research|studies|experts|scientists|doctors|science)\b", re.I),
    re.compile(
        r"\b(?:considered|believed|thought|known|accepted)\s+by\s+(?:many|most|experts|doctors|"
        r"scientists|some|researchers)\b",
        re.I,
    ),
    re.compile(r"\b(?:everyone|everybody) knows\b|\bit is (?:common knowledge|well known)\b", re.I),
)
TESTIMONIAL_PATTERNS: Final = (
    re.compile(r"\b(?:cured|healed|fixed|saved|changed|transformed) my\b", re.I),
    re.compile(
        r"\bmy (?:\w+\s+){0,3}?(?:pain|arthritis|symptoms|condition|diabetes|migraines?|acne|"
        r"eczema|anxiety|depression|cancer|blood pressure|blood sugar|weight|psoriasis|"
        r"headaches?|insomnia|back|knees?|joints?)\b[^.]{0,40}?\b(?:disappeared|vanished|"
        r"went away|(?:is|was|are|were) (?:completely |totally )?gone|cleared up|"
        r"(?:is|was|are|were) (?:completely |totally )?(?:cured|healed|normal))",
        re.I,
    ),
    re.compile(
        r"\bI (?:was|am|have been|got|became) (?:completely |totally |finally )?"
        r"(?:cured|healed|pain-free|symptom-free|cancer-free)\b",
    ),
    re.compile(r"\bI (?:lost|dropped|shed) \d+ (?:pounds|lbs?|kg|kilos|kilograms)\b"),
    re.compile(r"\b(?:it|this|they) (?:worked|works) (?:wonders |miracles |great )?for me\b", re.I),
    re.compile(r"\bchanged my life\b|\bI(?:'ve| have) never felt better\b", re.I),
    re.compile(
        r"\b(?:thousands|millions|hundreds) of (?:satisfied |happy )?(?:customers|users|people|"
        r"patients|women|men) (?:swear|say|report|rave|agree|love|have)\b",
        re.I,
    ),
    re.compile(r"\b(?:customers|users|reviewers|buyers) (?:swear|rave)\b", re.I),
    re.compile(r"\breal (?:people|results),? real (?:results|people)\b", re.I),
    re.compile(
        r"\b(?:worked|works) for my (?:mom|mother|dad|father|wife|husband|friend|sister|"
        r"brother|neighbou?r|son|daughter|aunt|uncle|grandmother|grandfather)\b",
        re.I,
    ),
)
SUPERLATIVE_PATTERN: Final = re.compile(
    r"\b(?:the\s+)(?:very\s+)?(?:best|most effective|most powerful|safest|only|greatest|"
    r"strongest|fastest|number one|#1|ultimate|most proven)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:treatments?|techniques?|ways?|remed(?:y|ies)|cures?|methods?|approach(?:es)?|"
    r"options?|therap(?:y|ies)|solutions?|supplements?|medicines?|exercises?|diets?|"
    r"foods?|answers?|fix(?:es)?|strateg(?:y|ies))\b(?!\s+(?:to|for you to)\s+"
    r"(?:know|find|tell|check|learn|confirm|diagnose|find out|see|decide|be sure)\b)",
    re.I,
)
CONSULT_PATTERN: Final = re.compile(
    r"\b(?:talk|speak|consult|check|ask|see|call|contact|discuss|tell)\w*\b[^.!?]{0,60}?\b"
    r"(?:doctor|physician|pharmacist|health ?care (?:provider|professional|team)|GP|nurse|"
    r"dietitian|clinician|specialist|provider|midwife|care team)s?\b|"
    r"\bunder (?:medical|a doctor's) supervision\b|\bmedical advice\b|"
    r"\b(?:doctor|physician|pharmacist|GP|nurse|provider)s?\s+(?:tells?|says?|advises?|"
    r"recommends?|prescribes?|suggests?|directs?)\b|\bas (?:directed|prescribed)\b",
    re.I,
)
MEDICATION_WORDS: Final = words("signals", "medication_words")
PRODUCT_WORDS: Final = words("signals", "product_words")
DISEASE_WORDS: Final = words("signals", "disease_words")
DISEASE_VERBS: Final = words("signals", "disease_verbs")
NEGATIONS: Final = frozenset({"not", "n't", "never", "no", "cannot", "without"})
DISEASE_SUFFIXES: Final = ("itis", "osis", "emia", "aemia", "oma", "pathy", "algia")


def _regex_signals(sentence: Span, patterns: tuple[re.Pattern[str], ...]) -> list[Signal]:
    offset = sentence.start_char
    found = []
    text = sentence.text
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not _is_mention(text, match.start(), match.end()):
                found.append(Signal(offset + match.start(), offset + match.end(), match.group()))
    return sorted(found, key=lambda signal: signal.start)


QUOTES: Final = "\"'“”‘’"


def _is_mention(text: str, start: int, end: int) -> bool:
    """A phrase quoted as a phrase ("studies show" in a style guide) is mentioned, not used."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return bool(before) and before in QUOTES and bool(after) and after in QUOTES


def statistic(sentence: Span) -> list[Signal]:
    """A figure about people or risk: "80%", "1 in 3 adults", "twice as many", "most adults"."""
    return _regex_signals(sentence, STATISTIC_PATTERNS)


def relative_risk(sentence: Span) -> list[Signal]:
    """A relative change in risk: "cuts your risk by 50%", "doubles the risk"."""
    return _regex_signals(sentence, RELATIVE_RISK_PATTERNS)


def absolute_risk(sentence: Span) -> list[Signal]:
    """An absolute figure: "from 2 in 100 to 1 in 100", "percentage points", "per 10,000"."""
    return _regex_signals(sentence, (ABSOLUTE_RISK_PATTERN,))


def vague_attribution(sentence: Span) -> list[Signal]:
    """An unnamed authority: "studies show", "experts agree", "clinically proven"."""
    return _regex_signals(sentence, VAGUE_ATTRIBUTION_PATTERNS)


def testimonial(sentence: Span) -> list[Signal]:
    """A personal story offered as proof: "it cured my arthritis", "I lost 20 pounds"."""
    return _regex_signals(sentence, TESTIMONIAL_PATTERNS)


def superlative(sentence: Span) -> list[Signal]:
    """A superlative about a treatment: "the best technique for recovery", "the only cure"."""
    return _regex_signals(sentence, (SUPERLATIVE_PATTERN,))


def consult_professional(sentence: Span) -> list[Signal]:
    """Advice to ask a professional: "talk to your doctor or pharmacist"."""
    return _regex_signals(sentence, (CONSULT_PATTERN,))


def medication_advice(sentence: Span) -> list[Signal]:
    """A dose, or words about taking, stopping or changing a medicine or supplement."""
    if has_dose(sentence):
        return [Signal(sentence.start_char, sentence.end_char, "dose")]
    for token in sentence:
        if token.lemma_.lower() in MEDICATION_WORDS or token.lower_ in MEDICATION_WORDS:
            return [Signal(token.idx, token.idx + len(token.text), token.text)]
    return []


def disease_claim(sentence: Span) -> list[Signal]:
    """A product said to treat, cure, prevent or mitigate a disease or its symptoms
    ("This tea cures arthritis", "turmeric capsules help prevent cancer")."""
    found = []
    tokens = list(sentence)
    for index, token in enumerate(tokens):
        if _disease_verb(token) is None or _is_denied(token) or not is_asserted(token):
            continue
        subject = _claim_subject(token)
        if subject is not None and _is_product(subject) and _has_disease_object(token):
            start = min(subject.left_edge.idx, token.idx)
        else:  # the small model misparses short claims: fall back to word order
            start = _product_before(tokens, index)
            if start is None or not _disease_after(tokens, index):
                continue
        found.append(
            Signal(
                start,
                token.idx + len(token.text),
                sentence.doc.text[start : token.idx + len(token.text)],
            )
        )
    return found


def _disease_verb(token: Token) -> str | None:
    lower = token.lower_
    if token.pos_ == "VERB" and token.lemma_.lower() in DISEASE_VERBS:
        return token.lemma_.lower()
    # "treats" mis-tagged as a plural noun in a short claim; "remedy" the noun is no verb
    if token.pos_ in ("NOUN", "ADJ") and lower.endswith("s"):
        for form in (lower[:-1], lower[:-2]):
            if form in DISEASE_VERBS:
                return form
    return None


def _product_before(tokens: list[Token], index: int) -> int | None:
    for token in reversed(tokens[max(0, index - 5) : index]):
        if token.lower_ in NEGATIONS or token.is_punct:
            return None
        if token.lower_ in PRODUCT_WORDS or token.lemma_.lower() in PRODUCT_WORDS:
            return token.idx
    return None


def _disease_after(tokens: list[Token], index: int) -> bool:
    for token in tokens[index + 1 : index + 7]:
        if token.is_punct and token.text not in ("-", "'"):
            return False
        lower = token.lower_
        if lower in DISEASE_WORDS or (len(lower) > 6 and lower.endswith(DISEASE_SUFFIXES)):
            return True
    return False


def _is_denied(token: Token) -> bool:
    return any(child.dep_ == "neg" for word in (token, token.head) for child in word.children)


def _has_disease_object(verb: Token) -> bool:
    for child in verb.subtree:
        if child.i == verb.i or child.pos_ not in ("NOUN", "PROPN"):
            continue
        lower = child.lower_
        if lower in DISEASE_WORDS or child.lemma_.lower() in DISEASE_WORDS:
            return True
        if len(lower) > 6 and lower.endswith(DISEASE_SUFFIXES):
            return True
    return False


def _claim_subject(verb: Token) -> Token | None:
    word = verb
    for _ in range(4):
        for child in word.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if word.dep_ in ("xcomp", "ccomp", "conj", "advcl") and word.head.i != word.i:
            word = word.head
        else:
            break
    return None


def _is_product(subject: Token) -> bool:
    words_in_subject = [token for token in subject.subtree if token.i <= subject.i]
    return any(
        token.lower_ in PRODUCT_WORDS or token.lemma_.lower() in PRODUCT_WORDS
        for token in words_in_subject
    )


SIGNALS: Final[dict[str, Callable[[Span], list[Signal]]]] = {
    "statistic": statistic,
    "relative_risk": relative_risk,
    "absolute_risk": absolute_risk,
    "vague_attribution": vague_attribution,
    "testimonial": testimonial,
    "superlative": superlative,
    "consult_professional": consult_professional,
    "medication_advice": medication_advice,
    "disease_claim": disease_claim,
}
