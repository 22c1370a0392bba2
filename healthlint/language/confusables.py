"""Commonly confused words, decided by context (the tagger and the parser).

Each detector looks at one token and its neighbours and returns the word that was meant, or
``None``; it is asked only about the words it is registered for (:func:`triggered_by`). The
detectors are written for precision: each fires only on a pattern where the other word is the
only reading ("more then", "to loose weight", "there doctor"), and stays quiet when the
sentence could be right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from spacy.tokens import Token

Detector = Callable[[Token], str | None]
#: Each detector's trigger words: it is asked only about a token written as one of them.
TRIGGERS: dict[Detector, frozenset[str]] = {}


def triggered_by(*words: str) -> Callable[[Detector], Detector]:
    """Register the lowercase ``words`` a detector looks at (``TRIGGERS``)."""

    def register(detector: Detector) -> Detector:
        TRIGGERS[detector] = frozenset(words)
        return detector

    return register


def detectors_by_word(detectors: tuple[Detector, ...]) -> dict[str, tuple[Detector, ...]]:
    """``detectors`` indexed by their trigger words, in their order."""
    index: dict[str, list[Detector]] = {}
    for detector in detectors:
        for word in TRIGGERS[detector]:
            index.setdefault(word, []).append(detector)
    return {word: tuple(found) for word, found in index.items()}


MODALS: Final = frozenset(
    {"can", "could", "may", "might", "must", "shall", "should", "will", "would", "to", "ca"}
)
SUBJECT_PRONOUNS: Final = frozenset({"i", "you", "we", "they"})
POSSESSIVES: Final = frozenset({"my", "your", "his", "her", "its", "our", "their"})
OBJECT_PRONOUNS: Final = POSSESSIVES | {"you", "me", "him", "them", "us"}
DETERMINERS: Final = frozenset({"a", "an", "the", "this", "that", "any", "some", "no", "every"})
#: Words of degree that "too" stands before ("too late", "too much", "too tight").
DEGREE_WORDS: Final = frozenset(
    """much many late early soon high low hot cold tight big small long little fast slow hard
    strong weak heavy tired busy sick young old often quickly far""".split()  # noqa: SIM905
)
#: Verbs whose "to" names a setting or level ("set it to low", "the dose drops to low").
CHANGE_VERBS: Final = frozenset(
    """set turn switch change reduce lower raise increase decrease drop fall rise go move
    adjust shift come get""".split()  # noqa: SIM905
)
#: Verbs after which "to much" + a noun is "too much" ("eat to much salt").
CONSUMING_VERBS: Final = frozenset({"eat", "drink", "take", "have", "use", "consume", "add"})
#: Words that open the clause a verb such as "affect" takes as its object ("affect how").
QUESTION_WORDS: Final = frozenset({"how", "whether", "what", "when", "where", "why", "which"})
#: Words before "whether" that "weather" cannot follow ("not sure weather").
WHETHER_BEFORE: Final = frozenset(
    {"sure", "unsure", "unclear", "uncertain", "wonder", "wondering", "decide", "deciding"}
)
#: Verbs of asking, before "whether" and the clause it opens ("ask weather the tablets"; not
#: "ask weather forecasters").
ASKING_VERBS: Final = frozenset({"ask", "asks", "asked", "asking", "enquire", "inquire"})
COMPARATIVE_WORDS: Final = frozenset(
    {"more", "less", "fewer", "rather", "other", "greater", "better", "worse", "higher", "lower"}
)
TIME_WORDS: Final = frozenset(
    {"today", "tomorrow", "tonight", "yesterday", "now", "again", "too", "once", "twice", "first"}
)
#: What "it's" comes before as "it is", not as "its": a time ("it's time", "it's now").
TIMES: Final = TIME_WORDS | {"time"}
#: Verbs that take a clause ("I think it's time"), after which "it's" is right.
REPORTING_VERBS: Final = frozenset(
    {
        "think",
        "know",
        "say",
        "believe",
        "feel",
        "hope",
        "guess",
        "seem",
        "mean",
        "suppose",
        "realise",
        "realize",
        "find",
        "hear",
        "see",
        "notice",
        "understand",
        "decide",
        "agree",
        "remember",
        "forget",
        "tell",
        "show",
        "wish",
        "bet",
        "worry",
        "fear",
        "admit",
        "claim",
        "argue",
        "report",
        "note",
        "suggest",
        "explain",
        "learn",
        "expect",
        "assume",
        "ensure",
    }
)
LOSE_OBJECTS: Final = frozenset(
    {
        "weight",
        "pounds",
        "kilos",
        "kilograms",
        "fat",
        "sleep",
        "hair",
        "blood",
        "consciousness",
        "appetite",
        "interest",
        "control",
        "sight",
        "vision",
        "hearing",
        "muscle",
        "teeth",
        "fluids",
        "water",
    }
)
COMPLEMENTARY_HEADS: Final = frozenset(
    {
        "medicine",
        "therapy",
        "therapies",
        "treatment",
        "treatments",
        "health",
        "approach",
        "approaches",
        "care",
        "practitioners",
        "practices",
    }
)
#: Words after "its" that only "it's" can have before them ("its a good idea").
IT_IS_FOLLOWERS: Final = frozenset({"a", "an", "the", "not", "been", "going"})
#: Words that open a clause, which no possessive stands before ("its because", "its whether").
CLAUSE_OPENERS: Final = frozenset({"because", "whether", "why", "how", "when", "what"})
#: Tags after "like" when "its like" is "it's like": "its like saying", "its like a".
LIKE_CLAUSE_TAGS: Final = frozenset({"VBG", "DT", "PRP", "PRP$"})
#: Adjectives that "it's" puts before an infinitive ("it's easy to forget"), which the tagger
#: may take for nouns after "its".
INFINITIVE_ADJECTIVES: Final = frozenset(
    """easy hard difficult important essential vital crucial necessary possible impossible
    safe unsafe safer best better normal common rare helpful useful wise tempting okay""".split()  # noqa: SIM905
)
#: Prepositions that also start a clause, after which "its" may stand for "it's" ("as its easy").
CLAUSE_ADPS: Final = frozenset({"as", "like", "than", "because", "since", "while", "if"})
#: Prepositions that cannot follow a possessive: "its in balance", "its about an hour".
SPATIAL_PREPOSITIONS: Final = frozenset({"in", "on", "at", "about", "over", "from", "with"})
#: Latin words after "in" that make a modifier: "its in vitro activity".
LATIN_AFTER_PREPOSITION: Final = frozenset({"vitro", "vivo", "situ", "utero", "silico", "vacuo"})
#: Adjectives that take "to" after "you're" or "they're": "your able to" is "you're able to".
READY_ADJECTIVES: Final = frozenset(
    {"able", "likely", "unlikely", "supposed", "allowed", "advised", "encouraged", "required"}
)
#: Words before the participle "led" ("has led to", "was led by").
PERFECT_OR_PASSIVE: Final = frozenset({"has", "have", "had", "having", "was", "were", "been"})
#: Nouns after "prostate": "prostate cancer", "prostate exam".
PROSTATE_HEADS: Final = frozenset(
    """cancer cancers gland exam examination biopsy enlargement problems problem health surgery
    tumour tumor tumours tumors cells tissue screening test tests specific check checks
    disease""".split()  # noqa: SIM905
)
#: What "illicit" describes: "illicit drugs", "illicit drug use".
UNLAWFUL_THINGS: Final = frozenset({"drug", "drugs", "substance", "substances", "trade"})
#: Marks that join two words into one ("high-affinity", "and/or").
JOINING_MARKS: Final = frozenset({"-", "‐", "–", "/"})
#: Adjectives that stand for a noun after a possessive: "on its own", "its like", "its due".
NOMINAL_ADJECTIVES: Final = frozenset({"own", "like", "due"})
#: Words after which "advise" can only be the noun "advice" ("medical advise").
ADVICE_BEFORE: Final = frozenset(
    {"medical", "professional", "expert", "seek", "for", "some", "good", "the", "this", "of"}
    | {"legal", "any", "no", "such", "more", "general", "specific"}
)
#: Verbs whose object "advise" is the noun: "give advise", "ignore advise".
ADVICE_VERBS: Final = frozenset({"give", "get", "offer", "provide", "need", "follow", "ignore"})
#: Prepositions before "advise" used as a noun ("without advise").
ADVICE_PREPOSITIONS: Final = frozenset({"without", "with", "on", "from", "about", "after"})
PRESCRIBERS: Final = frozenset(
    {
        "doctor",
        "doctors",
        "physician",
        "physicians",
        "gp",
        "nurse",
        "clinician",
        "dentist",
        "psychiatrist",
        "prescriber",
        "pharmacist",
        "specialist",
        "consultant",
    }
)


def _next(token: Token, offset: int = 1) -> Token | None:
    index = token.i + offset
    doc = token.doc
    if 0 <= index < len(doc) and not doc[index].is_space:
        return doc[index]
    return None


def _previous(token: Token) -> Token | None:
    return _next(token, -1)


@triggered_by("it")
def its_for_its(token: Token) -> str | None:
    """ "it's" written for the possessive "its": "lost it's effect", "because of it's side
    effects", "has it's own coating" — after a preposition or an action verb, before a noun."""
    following = _next(token)
    if token.lower_ != "it" or following is None or following.lower_ not in {"'s", "’s"}:
        return None
    after, previous = _next(following), _previous(token)
    if after is None or previous is None:
        return None
    if after.lower_ == "own":
        return "its"
    if after.pos_ != "NOUN" or after.lower_ in TIMES:
        return None
    if previous.pos_ == "ADP" and previous.lower_ not in {"like", "as", "than", "that"}:
        return "its"
    if previous.pos_ == "VERB" and previous.lemma_ not in REPORTING_VERBS:
        return "its"
    return None


@triggered_by("it")
def its_for_its_subject(token: Token) -> str | None:
    """ "it's" before a noun phrase that a verb follows: the noun is the subject, so "it"
    owns it ("it's side effects include", "but it's coating can upset"); not before a time
    ("it's time people knew")."""
    after = _next(token, 2)
    if after is None or after.lower_ in TIMES:
        return None
    return _possessive_for_contraction(token, "it", "'s", "its")


@triggered_by("its")
def its_for_it_is(token: Token) -> str | None:
    """ "its" written for "it's": "its a good idea", "its not serious", "its been", "its
    probably the", "its in balance", "its worth asking", and before an adjective or a
    participle that owns nothing ("its important to", "its usually mild", "its caused by",
    "its best to", "its so taxing"); not after a preposition ("on its own", "at its
    busiest") nor before a noun ("its highly toxic metabolite", "its in vitro activity", "its
    on-target effects")."""
    following = _next(token)
    if token.lower_ != "its" or following is None:
        return None
    if following.lower_ in IT_IS_FOLLOWERS:
        return "it's"
    after = _next(following)
    if following.lower_ in CLAUSE_OPENERS and after is not None:
        # "its whether you", not "its how and why"
        return "it's" if after.pos_ not in {"PUNCT", "CCONJ"} else None
    if following.lower_ == "like" and after is not None and after.tag_ in LIKE_CLAUSE_TAGS:
        return "it's"
    if following.lower_ in INFINITIVE_ADJECTIVES and _before_infinitive(after):
        return "it's"
    return _contraction_before_predicate(token, "it's")


def _before_infinitive(word: Token | None) -> bool:
    """Whether ``word`` is "to" before a verb that does not describe a noun after it ("easy
    to forget", "easy to use the app"; not "its easy to use app")."""
    verb = _next(word) if word is not None and word.lower_ == "to" else None
    if verb is None or verb.tag_ != "VB":
        return False
    after = _next(verb)
    return after is None or after.tag_ not in {"NN", "NNS", "JJ"}


def _contraction_before_predicate(token: Token, contraction: str) -> str | None:
    """A possessive ("its", "your", "their") written for ``contraction`` because what follows
    it is a predicate, not a noun it owns: an adjective or participle that ends its phrase
    ("your active.", "their able to"), a preposition ("its in balance"), "worth" before a
    verb or an article ("its worth asking")."""
    following = _next(token)
    previous = _previous(token)
    if following is None:
        return None
    if previous is not None and previous.pos_ == "ADP" and previous.lower_ not in CLAUSE_ADPS:
        return None
    if _preposition_after(following):
        return contraction
    word, adverbs = following, 0
    while word is not None and word.tag_ in {"RB", "RBR"}:
        word, adverbs = _next(word), adverbs + 1
    if word is None:
        return None
    after = _next(word)
    if word.lower_ == "worth":
        return contraction if after is not None and after.tag_ in {"VBG", "DT"} else None
    if word.lower_ in NOMINAL_ADJECTIVES:
        return None
    if adverbs and (word.lower_ in IT_IS_FOLLOWERS or word.tag_ == "DT"):
        return contraction
    if word.tag_ == "JJS":
        # "its best to wait", not "gave its best to the patients"
        return contraction if _before_infinitive(after) else None
    if word.tag_ == "VBG" and after is not None and after.tag_ in {"JJ", "JJR"}:
        # "your feeling dizzy.", "their getting worse", not "their corresponding nuclear factors"
        return contraction if _ends_adjective_phrase(_next(after)) else None
    predicative = {"JJ", "JJR", "VBN", "VBG"} if adverbs else {"JJ", "JJR", "VBN"}
    if word.tag_ in predicative and _ends_adjective_phrase(after):
        return contraction
    return None


def _preposition_after(word: Token) -> bool:
    """Whether ``word``, right after a possessive, is a preposition, which a possessive never
    has before it ("its in balance"), unless it starts a Latin phrase or a hyphenated word
    ("its in vitro activity", "its on-target effects")."""
    after = _next(word)
    if word.tag_ != "IN" or word.lower_ not in SPATIAL_PREPOSITIONS or after is None:
        return False
    joined = not word.whitespace_ and after.text in JOINING_MARKS
    return not joined and after.lower_ not in LATIN_AFTER_PREPOSITION


def _ends_adjective_phrase(after: Token | None) -> bool:
    """Whether ``after`` ends the phrase of the adjective before it, rather than go on to a
    noun it describes: a full stop, "to", a preposition, a clause; "and" before a verb; not a
    hyphen that joins the adjective into a longer one ("its high-affinity receptors")."""
    if after is None:
        return True
    if after.text in JOINING_MARKS and not after.doc[after.i - 1].whitespace_:
        return False
    if after.lower_ == "to" and _next(after) is not None and _next(after).tag_ in {"JJ", "JJR"}:
        return False  # a range: "its mild to moderate pain"
    if after.pos_ in {"PUNCT", "PART", "ADP", "SCONJ", "DET", "PRON", "AUX"}:
        return True
    if after.pos_ == "CCONJ":
        other = _next(after)
        if other is None:
            return False
        if other.tag_ in {"VBZ", "VBD", "VBP"} or other.lower_ == "not":
            return True
        return other.tag_ == "JJ" and _ends_adjective_phrase_plainly(_next(other))
    return False


def _ends_adjective_phrase_plainly(after: Token | None) -> bool:
    """:func:`_ends_adjective_phrase` without a further conjunction."""
    return after is None or (after.pos_ != "CCONJ" and _ends_adjective_phrase(after))


@triggered_by("there")
def there_for_their(token: Token) -> str | None:
    """ "there" before a noun it owns: "ask there doctor", "take there medicine", "in there
    original tube"."""
    following = _next(token)
    previous = _previous(token)
    if token.lower_ != "there" or following is None or previous is None:
        return None
    if token.dep_ == "poss" and token.head.pos_ == "NOUN" and following.tag_ == "JJ":
        return "their"  # the parse owns the noun: "in there original tube"
    if following.tag_ not in {"NN", "NNS"} or following.lower_ in TIME_WORDS:
        return None
    if previous.pos_ not in {"VERB", "ADP"} or previous.lemma_ in {"be", "go", "get", "stay"}:
        return None
    if token.dep_ == "expl" or following.dep_ in {"npadvmod", "advmod"}:
        return None
    return "their"


@triggered_by("their")
def their_for_there(token: Token) -> str | None:
    """ "their" before a verb: "their are many causes", "their is no cure"."""
    following = _next(token)
    if token.lower_ != "their" or following is None:
        return None
    if following.lower_ in {"is", "are", "was", "were", "will", "has", "have", "may", "might"}:
        return "there"
    return None


@triggered_by("then")
def then_for_than(token: Token) -> str | None:
    """ "then" after a comparative: "more then", "better then", "other then", "faster then
    they expect"."""
    previous = _previous(token)
    following = _next(token)
    if token.lower_ != "then" or previous is None or following is None:
        return None
    if following.is_punct:
        return None
    if following.pos_ == "PRON":
        # "faster then they expect", not "if it gets worse then you ..."
        opened = any(word.pos_ == "SCONJ" for word in token.doc[token.sent.start : token.i])
        return "than" if previous.tag_ in {"JJR", "RBR"} and not opened else None
    for back in range(token.i - 1, max(token.sent.start, token.i - 5) - 1, -1):
        word = token.doc[back]
        if word.tag_ in {"JJR", "RBR"} or word.lower_ in COMPARATIVE_WORDS:
            return "than"
        if word.is_punct or word.pos_ in {"CCONJ", "SCONJ", "VERB", "AUX"}:
            return None
    return None


@triggered_by("than")
def than_for_then(token: Token) -> str | None:
    """ "than" where a sequence is meant: ", than", "and than", "since than"."""
    previous = _previous(token)
    if token.lower_ != "than" or previous is None:
        return None
    if previous.lower_ in {",", "and", "since", "until", "till", "just", "by"}:
        sentence = token.sent
        before = sentence.doc[sentence.start : token.i]
        if not any(t.tag_ in {"JJR", "RBR"} or t.lower_ in COMPARATIVE_WORDS for t in before):
            return "then"
    return None


@triggered_by("affect", "affects")
def affect_for_effect(token: Token) -> str | None:
    """The noun "effect" written "affect": "the affect of", "an affect on"."""
    previous, following = _previous(token), _next(token)
    if token.lower_ not in {"affect", "affects"} or previous is None or following is None:
        return None
    owner = previous.lower_ in DETERMINERS | POSSESSIVES | {"side", "no", "positive", "negative"}
    if owner and following.lower_ in {"of", "on", "is", "was", "will", "."}:
        return "effect" if token.lower_ == "affect" else "effects"
    return None


@triggered_by("effect", "effects", "effected")
def effect_for_affect(token: Token) -> str | None:
    """The verb "affect" written "effect": "can effect your sleep", "smoking effects the
    lungs" (a verb whose object is a pronoun or a possessive noun phrase)."""
    following = _next(token)
    forms = {"effect": "affect", "effects": "affects", "effected": "affected"}
    if token.lower_ not in forms or following is None:
        return None
    previous = _previous(token)
    verb_slot = previous is not None and (
        previous.lower_ in MODALS or previous.lower_ in SUBJECT_PRONOUNS
    )
    if following.lower_ in OBJECT_PRONOUNS and (token.pos_ == "VERB" or verb_slot):
        return forms[token.lower_]
    if verb_slot and following.lower_ in QUESTION_WORDS:  # "can effect how quickly"
        return forms[token.lower_]
    if _verb_with_owned_object(token, following):
        return forms[token.lower_]
    passive = previous is not None and previous.lower_ in {"be", "is", "are", "was", "were", "been"}
    if passive and token.lower_ == "effected" and following.lower_ == "by":
        return "affected"
    return None


def _verb_with_owned_object(token: Token, following: Token) -> bool:
    """Whether ``token`` heads its sentence and a possessive right after it starts its object:
    "Smoking effects your lungs" (parsed with "effects" as a noun), not "the effects your
    doctor mentioned" (a clause)."""
    if token.dep_ != "ROOT" or following.tag_ != "PRP$":
        return False
    owned = following.head
    return owned.head == token and owned.dep_ in {"dobj", "appos"}


@triggered_by("loose")
def loose_for_lose(token: Token) -> str | None:
    """ "loose" for the verb "lose": "to loose weight", "you may loose sleep", "patients
    loose weight"."""
    following = _next(token)
    previous = _previous(token)
    if token.lower_ != "loose" or following is None or previous is None:
        return None
    if previous.lower_ in MODALS or following.tag_ == "PRP$":  # "loose your appetite"
        return "lose"
    if following.lower_ in LOSE_OBJECTS and (
        previous.lower_ in SUBJECT_PRONOUNS or previous.tag_ == "NNS" or token.pos_ == "VERB"
    ):
        return "lose"
    return None


@triggered_by("lose")
def lose_for_loose(token: Token) -> str | None:
    """ "lose" for the adjective "loose": "wear lose clothing", "a lose tooth", and wherever
    the tagger reads it as an adjective before a noun ("lose shoes")."""
    previous, following = _previous(token), _next(token)
    if token.lower_ != "lose" or previous is None:
        return None
    if previous.lower_ in {"a", "too", "very", "is", "are", "feel", "feels", "become"}:
        return "loose"
    if following is not None and following.lower_ in {"clothing", "clothes", "stools", "stool"}:
        return "loose"
    if token.tag_ == "JJ" and token.dep_ == "amod" and following is not None:
        return "loose"  # the tagger reads it as an adjective: "wear lose shoes"
    return None


@triggered_by("complimentary")
def complimentary_for_complementary(token: Token) -> str | None:
    """ "complimentary medicine" (free) for "complementary medicine" (alongside)."""
    following = _next(token)
    heads = COMPLEMENTARY_HEADS | {"and", "or"}
    if token.lower_ == "complimentary" and following is not None and following.lower_ in heads:
        return "complementary"
    return None


@triggered_by("advice")
def advice_for_advise(token: Token) -> str | None:
    """The noun "advice" used as a verb: "we advice you", "doctors advice patients"."""
    previous, following = _previous(token), _next(token)
    if token.lower_ != "advice" or previous is None or following is None:
        return None
    if previous.lower_ in MODALS | SUBJECT_PRONOUNS | {"doctors", "experts", "please"} and (
        following.lower_ in OBJECT_PRONOUNS | {"patients", "people", "that", "against", "the"}
    ):
        return "advise"
    return None


@triggered_by("advise")
def advise_for_advice(token: Token) -> str | None:
    """The verb "advise" used as a noun: "medical advise", "seek advise", "without advise",
    "dietary advise", "conflicting advise" (an adjective or participle before it, when the
    tagger also reads it as a noun)."""
    previous = _previous(token)
    if token.lower_ != "advise" or previous is None:
        return None
    if previous.lower_ in POSSESSIVES | ADVICE_BEFORE:
        return "advice"
    described = previous.tag_ == "JJ" or (previous.tag_ == "VBG" and previous.dep_ == "amod")
    if token.tag_ == "NN" and (described or previous.lower_ in ADVICE_PREPOSITIONS):
        return "advice"  # "dietary advise", "conflicting advise"
    if token.dep_ == "dobj" and previous.pos_ == "VERB" and previous.lemma_ in ADVICE_VERBS:
        return "advice"  # "give advise on"
    return None


@triggered_by("breath")
def breath_for_breathe(token: Token) -> str | None:
    """The noun "breath" as a verb: "to breath deeply", "you can't breath", "and breath
    out"."""
    previous, following = _previous(token), _next(token)
    if token.lower_ != "breath" or previous is None:
        return None
    verb_slot = previous.lower_ in MODALS | {"n't", "not"} | SUBJECT_PRONOUNS
    if verb_slot and (following is None or following.pos_ in {"ADV", "ADP", "PUNCT", "CCONJ"}):
        return "breathe"
    # "and breath out slowly", not "a deep breath out" or "a breath in"
    if previous.pos_ == "CCONJ" and following is not None and following.lower_ in {"in", "out"}:
        return "breathe"
    return None


@triggered_by("breathe", "breathes")
def breathe_for_breath(token: Token) -> str | None:
    """The verb "breathe" as a noun: "short of breathe", "a deep breathe", "deep breathes"."""
    previous = _previous(token)
    if token.lower_ not in {"breathe", "breathes"} or previous is None:
        return None
    if token.lower_ == "breathes":
        return "breaths" if previous.tag_ in {"JJ", "CD"} else None
    if previous.lower_ in POSSESSIVES | {"a", "of", "deep", "bad", "every", "each", "the"}:
        return "breath"
    return None


@triggered_by("doze", "dozes")
def doze_for_dose(token: Token) -> str | None:
    """ "doze" (nap) for "dose": "a doze of 5 mg", "the missed doze", "daily doze"."""
    previous, following = _previous(token), _next(token)
    if token.lower_ not in {"doze", "dozes"} or previous is None:
        return None
    dose_words = {
        "missed",
        "daily",
        "first",
        "second",
        "next",
        "single",
        "high",
        "low",
        "double",
        "recommended",
        "maximum",
        "starting",
        "usual",
        "extra",
    }
    if previous.lower_ in dose_words or previous.like_num:
        return "dose" if token.lower_ == "doze" else "doses"
    if following is not None and following.lower_ == "of" and previous.lower_ in DETERMINERS:
        return "dose" if token.lower_ == "doze" else "doses"
    return None


@triggered_by("dose", "dosed", "dosing")
def dose_for_doze(token: Token) -> str | None:
    """ "dose off" for "doze off"."""
    following = _next(token)
    forms = {"dose": "doze", "dosed": "dozed", "dosing": "dozing"}
    if token.lower_ in forms and following is not None and following.lower_ == "off":
        return forms[token.lower_]
    return None


@triggered_by("proscribe", "proscribes", "proscribed", "proscribing")
def proscribe_for_prescribe(token: Token) -> str | None:
    """ "proscribe" (forbid) where a prescriber prescribes: "the doctor proscribed
    antibiotics", "proscribed for you"."""
    forms = {
        "proscribe": "prescribe",
        "proscribes": "prescribes",
        "proscribed": "prescribed",
        "proscribing": "prescribing",
    }
    if token.lower_ not in forms:
        return None
    subjects = [child for child in token.children if child.dep_ in {"nsubj", "agent"}]
    subjects += [grand for child in subjects for grand in child.children if child.dep_ == "agent"]
    if any(subject.lower_ in PRESCRIBERS for subject in subjects):
        return forms[token.lower_]
    following = _next(token)
    after = _next(token, 2)
    recipients = OBJECT_PRONOUNS | PRESCRIBERS | {"patients", "people", "a", "your"}
    if (
        following is not None
        and after is not None
        and following.lower_ in {"for", "to", "by"}
        and after.lower_ in recipients
    ):
        return forms[token.lower_]
    return None


@triggered_by("your")
def youre_for_your(token: Token) -> str | None:
    """ "your" written for "you're": "your not sure", "your going to", "your able to", "your a
    smoker"; not "your welcome pack" nor "your breathing"."""
    return _contraction_for_possessive(token, "your", "you're")


@triggered_by("their", "there")
def theyre_for_their(token: Token) -> str | None:
    """ "their" or "there" written for "they're": "their going to", "their able to"; not "is
    there going to be"."""
    if token.lower_ == "their":
        return _contraction_for_possessive(token, "their", "they're")
    if token.lower_ != "there":
        return None
    following, after = _next(token), _next(token, 2)
    if following is None or after is None or after.lower_ != "to":
        return None
    if following.lower_ not in {"going"} | READY_ADJECTIVES:
        return None
    verb = _next(token, 3)  # not "is there going to be"
    return None if verb is None or verb.lower_ == "be" else "they're"


def _contraction_for_possessive(
    token: Token, possessive: str, contraction: str, before_predicate: bool = True
) -> str | None:
    """``possessive`` written for ``contraction`` before what no possessive has after it:
    "not", an article, "welcome" alone, "going to", "able to"; with ``before_predicate``, also
    an adjective that ends its phrase (:func:`_contraction_before_predicate`)."""
    following = _next(token)
    if token.lower_ != possessive or following is None:
        return None
    after = _next(following)
    if following.lower_ in {"not", "a", "an", "the"}:
        return contraction
    if following.lower_ == "welcome" and (after is None or after.is_punct):
        return contraction
    ready = following.lower_ in {"going"} | READY_ADJECTIVES
    if ready and after is not None and after.lower_ == "to":
        return contraction
    return _contraction_before_predicate(token, contraction) if before_predicate else None


@triggered_by("you")
def your_for_youre(token: Token) -> str | None:
    """ "you're" written for "your": "you're doctor will check", a noun and its verb after
    it."""
    return _possessive_for_contraction(token, "you", "'re", "your")


@triggered_by("they")
def their_for_theyre(token: Token) -> str | None:
    """ "they're" written for "their": "they're symptoms usually improve"."""
    return _possessive_for_contraction(token, "they", "'re", "their")


@triggered_by("who")
def whose_for_whos(token: Token) -> str | None:
    """ "who's" written for "whose": "anyone who's symptoms get worse"."""
    return _possessive_for_contraction(token, "who", "'s", "whose")


def _possessive_for_contraction(
    token: Token, pronoun: str, ending: str, possessive: str
) -> str | None:
    """``pronoun`` + ``ending`` ("you're") before a bare noun (after its adjectives, with the
    nouns that modify it) that a verb follows: the noun is the subject, so the pronoun owns it
    ("you're doctor will", "who's blood pressure is"); or before a bare singular noun after a
    verb, its object ("tell you're doctor")."""
    following = _next(token)
    if token.lower_ != pronoun or following is None or token.whitespace_:
        return None
    if following.lower_.replace("’", "'") != ending:
        return None
    noun = _next(token, 2)
    while noun is not None and noun.dep_ == "amod" and noun.head.i > noun.i:
        noun = _next(noun)  # "who's immune system is"
    if noun is None or noun.tag_ not in {"NN", "NNS"}:
        return None
    before = _previous(token)
    if before is not None and before.tag_ == "VB" and noun.tag_ == "NN":
        return possessive  # the object of a verb: "tell you're doctor"
    while noun.dep_ == "compound" and _next(noun) is not None and noun.head.i > noun.i:
        noun = _next(noun)  # "who's blood pressure is", "who's parents smoke are"
    verb = _next(noun)
    while verb is not None and verb.tag_ == "RB":
        verb = _next(verb)
    if verb is not None and verb.tag_ in {"MD", "VBZ", "VBP", "VBD"}:
        return possessive
    return None


@triggered_by("whose")
def whos_for_whose(token: Token) -> str | None:
    """ "whose" written for "who's": "whose going to", "whose been", "whose able to"."""
    following = _next(token)
    if token.lower_ != "whose" or following is None:
        return None
    if following.lower_ == "been" or following.tag_ == "VBD":  # "whose had a reaction"
        return "who's"
    return _contraction_for_possessive(token, "whose", "who's", before_predicate=False)


@triggered_by("lead")
def led_for_lead(token: Token) -> str | None:
    """ "lead" for the past participle "led": "has lead to", "was lead by"."""
    previous, following = _previous(token), _next(token)
    if token.lower_ != "lead" or previous is None or following is None:
        return None
    if previous.lower_ in PERFECT_OR_PASSIVE and following.lower_ in {"to", "by"}:
        return "led"
    return None


@triggered_by("weather")
def whether_for_weather(token: Token) -> str | None:
    """ "weather or not" for "whether or not"; after "sure", "wonder", "decide"; after "ask"
    before the clause it opens."""
    previous, following, after = _previous(token), _next(token), _next(token, 2)
    if token.lower_ != "weather" or following is None or after is None:
        return None
    if previous is not None and previous.lower_ in WHETHER_BEFORE:
        return "whether"  # "not sure weather the drug is safer"
    opens_clause = following.tag_ in {"DT", "PRP", "PRP$", "EX"} or following.lower_ == "to"
    if previous is not None and previous.lower_ in ASKING_VERBS and opens_clause:
        return "whether"  # "ask weather the tablets can be crushed"
    return "whether" if following.lower_ == "or" and after.lower_ == "not" else None


@triggered_by("prostrate")
def prostate_for_prostrate(token: Token) -> str | None:
    """ "prostrate" (lying face down) for the gland: "prostrate cancer", "an enlarged
    prostrate"."""
    previous, following = _previous(token), _next(token)
    if token.lower_ != "prostrate":
        return None
    if following is not None and following.lower_ in PROSTATE_HEADS:
        return "prostate"
    return "prostate" if previous is not None and previous.lower_ == "enlarged" else None


@triggered_by("mucus", "mucous")
def mucus_for_mucous(token: Token) -> str | None:
    """ "mucous" (the adjective) used as the noun "mucus": "cough up mucous", "mucous in the
    stool"; and "mucus membranes" for "mucous membranes"."""
    following = _next(token)
    if token.lower_ == "mucus":
        membranes = following is not None and following.lower_ in {"membrane", "membranes"}
        return "mucous" if membranes else None
    if token.lower_ != "mucous":
        return None
    if following is None or following.pos_ in {"PUNCT", "ADP", "AUX", "VERB"}:
        return "mucus"
    return None


@triggered_by("illicit", "elicit")
def illicit_for_elicit(token: Token) -> str | None:
    """ "elicit" (draw out) for "illicit" (unlawful) before what is unlawful: "elicit drugs";
    and "illicit" used as a verb: "to illicit an immune response"."""
    previous, following = _previous(token), _next(token)
    if following is None:
        return None
    if token.lower_ == "illicit":
        verb_slot = previous is not None and previous.lower_ in MODALS
        return "elicit" if verb_slot and following.tag_ in {"DT", "PRP$"} else None
    if token.lower_ != "elicit" or (previous is not None and previous.lower_ in MODALS):
        return None
    if following.lower_ in UNLAWFUL_THINGS and token.whitespace_:
        return "illicit"
    return None


@triggered_by("to")
def too_for_to(token: Token) -> str | None:
    """ "to" for "too" before a word of degree that ends its phrase: "it is to late", "you
    eat to much.", "not to tight", "far to hot to touch", "to much sugar" after a verb of
    eating or taking; not in a range ("from low to high"), after a noun, an adjective or a
    participle ("exposure to cold", "sensitive to cold", "exposed to cold"), after a verb of
    change ("set it to low"), nor before the noun it describes ("to low levels")."""
    previous, following = _previous(token), _next(token)
    if token.lower_ != "to" or previous is None or following is None:
        return None
    if following.lower_ not in DEGREE_WORDS or previous.pos_ not in {"AUX", "VERB", "PART", "ADV"}:
        return None
    if previous.tag_ == "VBN" or (previous.pos_ == "VERB" and previous.lemma_ in CHANGE_VERBS):
        return None
    if any(word.lower_ == "from" for word in token.doc[token.sent.start : token.i]):
        return None
    after = _next(following)
    if following.lower_ == "much" and after is not None and after.tag_ == "NN":
        return "too" if previous.lemma_ in CONSUMING_VERBS else None
    if after is None or (after.is_punct and after.text not in JOINING_MARKS):
        return "too"
    return "too" if after.lower_ in {"to", "for"} else None


@triggered_by("of")
def of_for_have(token: Token) -> str | None:
    """ "of" written for "have" (they sound alike) between a modal and a past participle:
    "should of called", "could of been", "shouldn't of gone"; not "could of course"."""
    previous, following = _previous(token), _next(token)
    if token.lower_ != "of" or previous is None or following is None:
        return None
    if previous.lower_ in {"n't", "not"}:
        previous = _previous(previous)
    if previous is None or previous.tag_ != "MD":
        return None
    return "have" if following.tag_ in {"VBN", "VBD"} or following.lower_ == "been" else None


DETECTORS: Final[dict[str, tuple[Detector, ...]]] = {
    "its": (its_for_its, its_for_its_subject, its_for_it_is),
    "their-there": (there_for_their, their_for_there),
    "then-than": (then_for_than, than_for_then),
    "affect-effect": (affect_for_effect, effect_for_affect),
    "lose-loose": (loose_for_lose, lose_for_loose),
    "complement-compliment": (complimentary_for_complementary,),
    "advice-advise": (advice_for_advise, advise_for_advice),
    "breath-breathe": (breath_for_breathe, breathe_for_breath),
    "dose-doze": (doze_for_dose, dose_for_doze),
    "prescribe-proscribe": (proscribe_for_prescribe,),
    "your-you're": (youre_for_your, your_for_youre),
    "their-they're": (theyre_for_their, their_for_theyre),
    "whose-who's": (whos_for_whose, whose_for_whos),
    "lead-led": (led_for_lead,),
    "weather-whether": (whether_for_weather,),
    "prostate-prostrate": (prostate_for_prostrate,),
    "mucus-mucous": (mucus_for_mucous,),
    "elicit-illicit": (illicit_for_elicit,),
    "to-too": (too_for_to,),
    "have-of": (of_for_have,),
}
