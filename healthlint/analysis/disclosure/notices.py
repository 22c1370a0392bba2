"""Notices a health page should carry, and what makes them necessary.

Evidence: a medical-advice disclaimer, advice to consult a professional, emergency guidance,
a disclosure of paid relationships, the FDA supplement statement. Conditions: red-flag
symptoms, promotion (sponsor metadata, affiliate links, calls to buy), and structure/function
claims about a supplement.
"""

from __future__ import annotations

import re

from healthlint.analysis.disclosure.evidence import Evidence, search_prose
from healthlint.analysis.disclosure.lexicon import lexicon
from healthlint.context import LintContext

NEEDLESS = re.compile(
    r"(?:no need to|(?:do|does|will) not need to|(?:don|doesn|won)['’]t need to|needn['’]t|"
    r"without (?:having to|needing to)|instead of having to)\s*$",
    re.IGNORECASE,
)
#: Link text that asks the reader to buy: "Buy a 12-pack", "Shop now".
BUY_LINK = re.compile(r"\s*(?:buy|shop|order|purchase|get yours|add to (?:cart|basket))\b", re.I)
#: Disclaimers stand in the first or last few blocks of a page.
EDGE_BLOCKS = 3
DISCLAIMER_HEADING_WORDS = ("disclaimer", "medical disclaimer", "important", "important notice")
#: What a disclaimer speaks of: the page itself ("this leaflet", "nothing here", "it").
_CONTENT = (
    r"\b(?:(?:this|these|our|the|such|all|any) (?:[\w-]+ )?(?:pages?|articles?|information|info|"
    r"content|leaflets?|site|website|guides?|posts?|blog|materials?|resources?|newsletters?|"
    r"videos?|podcasts?|booklets?|fact ?sheets?|texts?|tips|answers|services?|app)|here|nothing|"
    r"none of|it|this|what you read)\b"
)
_PROFESSIONAL_OR_CARE = (
    r"\b(?:advice|diagnos\w*|treatments?|care|consultations?|examinations?|assessments?|opinions?|"
    r"appointments?|visits?|check-?ups?|conversations?|relationships?|doctors?|physicians?|gps?|"
    r"pharmacists?|nurses?|clinicians?|providers?|professionals?|specialists?|therapists?|"
    r"physio\w*|dentists?|midwi(?:fe|ves)|medical|health ?care|audiologists?|dietitians?|team)\b"
)
#: Disclaimers recognised by meaning, one sentence each: the page does not replace care,
#: is general or educational information only, cannot diagnose, or is not medical advice.
DISCLAIMER_MEANINGS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"^(?=.*{_CONTENT})(?=.*{_PROFESSIONAL_OR_CARE}).*"
        rf"\b(?:not|no|never|cannot|[a-z]+n['’]t|nothing)\b.*"
        rf"\b(?:replac\w*|substitut\w*|take the place of|stand in for|instead of|alternative to)"
        rf"\b",
        rf"\b(?:nothing|none of)\b.*\b(?:replac\w*|substitut\w*|take the place of)\b.*"
        rf"{_PROFESSIONAL_OR_CARE}",
        r"\b(?:general|educational|informational|information|education) (?:[\w-]+ ){0,2}?"
        r"(?:only|purposes)\b",
        rf"{_CONTENT}.*\b(?:cannot|can['’]t|(?:does|do|will|is|are)(?: not|n['’]t)"
        rf"(?: (?:able|meant|intended|designed|supposed))?(?: to)?) (?:be used to )?"
        rf"(?:diagnose|treat|replace|give (?:you )?(?:personal |individual )?(?:medical )?advice|"
        rf"advise you|tell you what)",
        r"\bnot (?:[\w-]+ ){0,3}?(?:medical|health|clinical|professional|personal|"
        r"individual|healthcare) advice\b",
        rf"{_CONTENT}.*\b(?:is|are)(?: not|n['’]t) (?:a |an )?(?:diagnosis|prescription|"
        rf"(?:medical )?consultation|medical (?:service|opinion))",
        rf"{_CONTENT}.*\bnot (?:a |an )?(?:medical |professional )?(?:treatment|diagnosis|therapy|"
        rf"advice|medical care|prescription)\b",
        r"\b(?:nothing|none of)\b.*\b(?:medical|health|professional|personal|clinical) advice\b",
        rf"{_CONTENT}.*\bnot (?:tailored|personali[sz]ed|individuali[sz]ed|specific|personal|"
        rf"adapted) (?:to|for) (?:you|your|individual)",
    )
)
#: Every meaning above needs one of these words: a cheap filter before the full patterns.
_MEANING_HINT = re.compile(
    r"replac|substitut|take the place|stand in for|instead of|alternative to|only\b|purposes|"
    r"diagnos|treat|advi[cs]|prescription|consultation|therapy|medical care|tell you what|"
    r"tailored|personali[sz]ed|individuali[sz]ed|specific|personal|adapted",
    re.IGNORECASE,
)
#: "Always consult your doctor before starting any new treatment", "see your doctor about
#: any symptoms": advice to consult that covers the whole page.
_GENERAL_CONSULT = re.compile(
    (
        r"\b(?:about|with|if you have|regarding) (?:any|all) "
        r"(?:questions?|concerns?|symptoms?|medical|health|worries)\b|"
        r"\bbefore (?:starting|making|changing|beginning|trying|taking|acting on|following|"
        r"stopping|using) (?:any|a|this|these|anything)\b"
    ).replace(" ", r"\s+"),  # the prose keeps its line breaks
    re.IGNORECASE,
)


def disclaimer_evidence(context: LintContext) -> Evidence | None:
    """A "not a substitute for medical advice" notice or a Disclaimer section, or ``None``."""
    found = search_prose(context, "disclaimer", lexicon().disclaimer)
    if found is not None:
        return found
    document = context.document
    for heading, body in document.sections():
        if heading is None or not body:
            continue
        title = document.block_text(heading).strip(" :").lower()
        if title in DISCLAIMER_HEADING_WORDS:
            return Evidence("prose", title, heading.start, heading.end)
    return cue_sentence(
        context, "disclaimer", lexicon().disclaimer_cues, edge_blocks=EDGE_BLOCKS
    ) or _disclaimer_by_meaning(context)


def _disclaimer_by_meaning(context: LintContext) -> Evidence | None:
    """A sentence that says the page is no substitute for care, is information only, or asks
    the reader to consult a professional about any question before acting on it."""

    def compute() -> Evidence | None:
        prose = context.text
        consults = [match.end() for match in lexicon().consult.finditer(prose)]
        for sentence in context.sentences():
            text = " ".join(sentence.text.split())
            general = any(
                _GENERAL_CONSULT.search(prose, end, sentence.end_char)
                for end in consults
                if sentence.start_char <= end <= sentence.end_char
            )
            if general or (
                _MEANING_HINT.search(text)
                and any(meaning.search(text) for meaning in DISCLAIMER_MEANINGS)
            ):
                return Evidence("prose", text, sentence.start_char, sentence.end_char)
        return None

    return context.memo("disclosure.disclaimer_meaning", compute)


def consult_evidence(context: LintContext) -> Evidence | None:
    """Advice to talk to a doctor, pharmacist or other professional, or ``None``; "you do not
    need to see a doctor" is not such advice."""

    def compute() -> Evidence | None:
        text = context.text
        for match in lexicon().consult.finditer(text):
            if not NEEDLESS.search(text[max(0, match.start() - 30) : match.start()]):
                return Evidence(
                    "prose", " ".join(match.group().split()), match.start(), match.end()
                )
        return None

    return context.memo("disclosure.consult", compute)


def emergency_evidence(context: LintContext) -> Evidence | None:
    """An emergency number, emergency department or crisis line, or ``None``."""
    return search_prose(context, "emergency", lexicon().emergency)


def red_flag_condition(context: LintContext) -> Evidence | None:
    """The first mention of a red-flag symptom (chest pain, stroke, anaphylaxis, ...)."""
    return search_prose(context, "red_flags", lexicon().red_flags)


def disclosure_evidence(context: LintContext) -> Evidence | None:
    """A disclosure of sponsorship, affiliate earnings or other interests, or ``None``."""
    if context.document.metadata.get("disclosure"):
        return Evidence("metadata", "disclosure")
    words = lexicon()
    return (
        search_prose(context, "sponsorship", words.sponsorship)
        or search_prose(context, "disclosure", words.disclosure)
        or cue_sentence(context, "disclosure", words.disclosure_cues)
    )


def cue_sentence(
    context: LintContext,
    name: str,
    cues: tuple[re.Pattern[str], ...],
    edge_blocks: int | None = None,
) -> Evidence | None:
    """The first sentence that matches every cue; with ``edge_blocks``, only sentences in the
    first or last that many blocks (where notices stand) are read."""

    def compute() -> Evidence | None:
        blocks = context.document.blocks
        allowed = None
        if edge_blocks is not None:
            allowed = {*blocks[:edge_blocks], *blocks[-edge_blocks:]}
        for sentence in context.sentences():
            if allowed is not None and context.block_of(sentence) not in allowed:
                continue
            text = sentence.text
            if all(cue.search(text) for cue in cues):
                return Evidence("prose", text, sentence.start_char, sentence.end_char)
        return None

    return context.memo(f"disclosure.cues.{name}", compute)


def promotion_condition(context: LintContext) -> Evidence | None:
    """A paid relationship the reader must be told about: sponsor metadata, an affiliate or
    tracking link, or a call to buy."""
    document = context.document
    if document.metadata.get("sponsor"):
        return Evidence("metadata", f"sponsor: {document.metadata['sponsor']}")
    words = lexicon()
    for link in document.links:
        calls_to_buy = BUY_LINK.match(document.text[link.start : link.end])
        if words.affiliate_urls.search(link.url) or calls_to_buy:
            return Evidence("link", link.url, link.start, max(link.end, link.start + 1))
    return search_prose(context, "promotion", words.promotion)


def supplement_claim_condition(context: LintContext) -> Evidence | None:
    """The first structure/function claim ("support healthy joints") in a sentence that names a
    supplement ("Our turmeric capsules ...") or follows one in the same block, skipping
    reported, denied or questioned ones."""

    def compute() -> Evidence | None:
        words = lexicon()
        previous = ""
        for sentence in context.sentences():
            text = sentence.text
            named_before, previous = previous, text
            if text.rstrip().endswith("?"):
                continue
            match = words.structure_function.search(text)
            names_supplement = words.supplements.search(text) or (
                _same_block(context, sentence.start_char, sentence.start_char - 2)
                and words.supplements.search(named_before)
            )
            if match and names_supplement and not words.claim_distance.search(text):
                start = sentence.start_char + match.start()
                return Evidence(
                    "prose", " ".join(match.group().split()), start, start + len(match.group())
                )
        return None

    return context.memo("disclosure.supplement_claim", compute)


def _same_block(context: LintContext, offset: int, earlier: int) -> bool:
    """Whether two prose offsets lie in the same block (a claim and the sentence before it)."""
    return earlier >= 0 and context.document.block_at(offset) is context.document.block_at(earlier)


def fda_statement_evidence(context: LintContext) -> Evidence | None:
    """Both sentences of the FDA statement (singular or plural, across lines), or ``None``."""
    words = lexicon()
    evaluated = search_prose(context, "fda_evaluated", words.fda_evaluated)
    intended = search_prose(context, "fda_intended", words.fda_intended)
    if evaluated is None or intended is None:
        return None
    return Evidence("prose", "FDA statement", evaluated.start, intended.end)


def fda_statement_parts_missing(context: LintContext) -> list[str]:
    """Which of the two FDA sentences the prose lacks ("evaluated", "intended")."""
    words = lexicon()
    return [
        part
        for part, pattern in (("evaluated", words.fda_evaluated), ("intended", words.fda_intended))
        if search_prose(context, f"fda_{part}", pattern) is None
    ]
