"""Which tokens of an article are words to spell-check, and how sure a flag on each would be.

Not words to check: numbers and anything with a digit ("500mg", "COVID-19", "HbA1c"), names
after a letter and a hyphen ("c-fos", "E-selectin"), the word part of a code before a hyphen
("ara-C"), short gene and protein symbols that the words around them show ("the fos family",
"the kinases lck and fyn"), short forms the article defines in brackets ("ciprofloxacin
(cipro)": :mod:`healthlint.language.short_forms`), acronyms and words with inner capitals
("NSAID", "mRNA"), URLs, e-mail addresses, hashtags and handles, contraction pieces, single
letters and two-letter tokens (but a contraction written without its apostrophe, which the
tokenizer splits, is one word: "dont"), words with letters outside ASCII (names and loanwords
such as "Reykjavík"), capitalised words inside a sentence (names) and the particles of names
("von Willebrand"). A capitalised word that starts a sentence, or stands in a title or heading,
is checked with care: it is flagged only when it is close to a known word and is not a name the
document uses elsewhere (inside a sentence, or with one of the cues below), that spaCy marks as
a named entity, or that its neighbours show to be a name: a first name before a surname or an
initial ("Priya Khanna", "Priya K. Khanna"), a name before a credential ("Khanna, MD"), a verb
of saying ("Khanna said"), "et al." or "and colleagues", or a year in brackets ("Khanna
(2019)"). (The speller also takes for a name such a word that English text uses often.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from spacy.tokens import Token

from healthlint.context import LintContext
from healthlint.language.affixes import FUNCTION_WORDS
from healthlint.language.channel import Typed
from healthlint.language.edits import transpositions
from healthlint.language.lexicon import Lexicon
from healthlint.language.short_forms import defined_short_forms

WORD: Final = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
TITLE_BLOCKS: Final = frozenset({"title", "heading"})
NAME_ENTITIES: Final = frozenset(
    {"PERSON", "GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
HONORIFICS: Final = frozenset({"dr", "mr", "mrs", "ms", "prof", "st", "sr", "jr", "dame", "sir"})
#: Lowercase particles inside a name, before its capitalised part: "von Willebrand", "ibn Sina".
NAME_PARTICLES: Final = frozenset(
    {"von", "van", "der", "den", "de", "du", "da", "di", "del", "della", "ter", "ten", "ibn", "zu"}
)
CONTRACTION_STEMS: Final = frozenset({"ca", "wo", "sha", "ai", "gon", "wan", "got"})
MIN_LENGTH: Final = 3
HYPHENS: Final = frozenset({"-", "‐", "–"})
ADDRESS: Final = re.compile(
    r"://|^www\.|[a-z]\.(?:com|org|net|gov|edu|int|io|uk|de|fr|au|ca|nz|html?|pdf)\b", re.I
)
#: A capitalised word at least this common is an English word, not a genus ("Many", "The").
COMMON_WORD_COUNT: Final = 5000
#: An initial or an abbreviated genus: "K." in "Priya K. Khanna", "E." in "E. coli".
INITIAL: Final = re.compile(r"[A-Z]\.")
LATIN_ENDINGS: Final = ("i", "ae", "us", "um", "is", "a", "ans", "ens", "es", "er", "ix", "ax")
#: Verbs that follow a person's name at the start of a sentence ("Khanna said", "Khanna told").
SAYING_VERBS: Final = frozenset(
    """said says told tells added adds explained explains noted notes wrote writes asked asks
    agreed agrees warned warns cautioned cautions recalled recalls replied replies recommends
    recommended advises advised stressed stresses emphasized emphasizes emphasised emphasises
    acknowledged acknowledges concluded concludes continued continues argued argues""".split()  # noqa: SIM905
)
#: Credentials written after a name and a comma ("Khanna, MD").
CREDENTIALS: Final = frozenset(
    """MD PhD DO RN MPH MBBS MBChB FRCP NP DNP PharmD RD MSN MS DDS DMD OD DPM APRN CNM
    LPN""".split()  # noqa: SIM905
)
#: An author's name before "et al." or "and colleagues", or before a year in brackets.
AUTHOR_FOLLOWERS: Final = frozenset(
    {("et", "al"), ("and", "colleagues"), ("and", "coworkers"), ("and", "co-workers")}
)
YEAR: Final = re.compile(r"(?:1[89]|20)\d\d[a-z]?")
#: Gene and protein symbols are short ("fos", "src", "lck"): a word of this many letters at
#: most, in no word list, is one when a word below follows or precedes it.
SYMBOL_LETTERS: Final = 4
#: Words that follow a gene or protein symbol, after a space or a hyphen ("the fos gene",
#: "ets-binding", "ras transformation").
SYMBOL_FOLLOWERS: Final = frozenset(
    """gene genes oncogene oncogenes protooncogene protooncogenes protein proteins promoter
    promoters mrna mrnas transcript transcripts family kinase kinases locus loci allele alleles
    product products expression binding induced mediated dependent deficient null knockout
    mutant mutants receptor receptors domain domains homolog homologs homologue homologues
    transgene transgenes pathway signaling signalling transcription transformation
    transformed""".split()  # noqa: SIM905
)
#: Nor is a symbol a slip this cheap of a function word ("tge gene", "ets" for "its").
SYMBOL_SLIP: Final = 0.8
#: Words before a symbol or a list of them ("the gene eed", "the kinases lck and fyn").
SYMBOL_LEADERS: Final = frozenset({"gene", "genes", "oncogene", "oncogenes", "kinase", "kinases"})
#: What joins the symbols of a list.
LIST_JOINERS: Final = frozenset({"and", "or", ","})
#: Characters that glue a word into something that is not prose: #tag, @handle, a/path, a_b.
GLUE: Final = frozenset({"#", "@", "/", "_", "\\"})


@dataclass(frozen=True)
class Candidate:
    """A token to spell-check. ``careful``: a capitalised word in a checked position, to flag
    only when a close correction exists."""

    token: Token
    careful: bool
    #: The word when it spans more than ``token``: a contraction written without its
    #: apostrophe, which the tokenizer splits ("dont" into "do" and "nt").
    joined: str | None = None

    @property
    def text(self) -> str:
        """The word as written."""
        return self.joined or self.token.text

    @property
    def start(self) -> int:
        """Where the word starts in the document's text."""
        return self.token.idx


def words_to_check(context: LintContext, lexicon: Lexicon) -> list[Candidate]:
    """The article's tokens that are words to spell-check (shared by the language rules)."""
    return context.memo("language.words_to_check", lambda: _select(context, lexicon))


def _select(context: LintContext, lexicon: Lexicon) -> list[Candidate]:
    doc = context.doc
    names = _article_names(context)
    symbols = _gene_symbols(context, lexicon) | defined_short_forms(doc)
    has_entities = doc.has_annotation("ENT_IOB")
    selected = []
    for sentence in context.sentences():
        block = context.block_of(sentence)
        in_title = block is not None and block.kind in TITLE_BLOCKS
        joined_to = -1
        for token in sentence:
            if token.i == joined_to:
                continue
            at_start = token.i == sentence.start or _after_opening(token)
            joined = _without_apostrophe(token, lexicon)
            if joined is not None and not (_skipped(token) or _in_address(token, context.text)):
                joined_to = token.i + 1
                careful = (at_start or in_title) and joined[0].isupper()
                selected.append(Candidate(token, careful=careful, joined=joined))
                continue
            text = token.text
            if len(text) < MIN_LENGTH or not WORD.fullmatch(text) or _skipped(token):
                continue
            if _before_hyphen(token) and (lexicon.is_prefix(token.lower_) or _before_code(token)):
                continue
            if _after_letter_code(token) or _after_prefix(token, lexicon):
                continue
            if _in_address(token, context.text) or _species_epithet(token, sentence.start, lexicon):
                continue
            if token.lower_ in symbols:
                continue
            if text[0].isupper():
                if any(letter.isupper() for letter in text[1:]):
                    continue
                if not (at_start or in_title) or text in names:
                    continue
                if has_entities and token.ent_type_ in NAME_ENTITIES:
                    continue
                selected.append(Candidate(token, careful=True))
            elif not any(letter.isupper() for letter in text):
                selected.append(Candidate(token, careful=False))
    return selected


def _without_apostrophe(token: Token, lexicon: Lexicon) -> str | None:
    """The contraction without its apostrophe that ``token`` starts and the tokenizer split
    ("dont" into "do" and "nt", "Im" into "I" and "m"), as written; not a word ("cant")."""
    doc = token.doc
    if token.whitespace_ or token.i + 1 >= len(doc) or not token.is_alpha:
        return None
    following = doc[token.i + 1]
    if not following.is_alpha:
        return None
    joined = token.text + following.text
    if joined.lower() not in lexicon.contractions:
        return None
    ends_word = (
        following.i + 1 >= len(doc) or following.whitespace_ or not doc[following.i + 1].is_alpha
    )
    return joined if ends_word else None


def _skipped(token: Token) -> bool:
    """Hashtags, handles, paths, names after an honorific, a name's particle ("von
    Willebrand"), and contraction stems ("ca")."""
    doc = token.doc
    if token.like_url or token.like_email:
        return True
    if token.i > 0:
        previous = doc[token.i - 1]
        if not previous.whitespace_ and previous.text in GLUE:
            return True
        if previous.lower_.rstrip(".") in HONORIFICS:
            return True
    if token.text in NAME_PARTICLES and token.i + 1 < len(doc):
        following = doc[token.i + 1].text
        if _capitalised(following):
            return True
    if token.i + 1 < len(doc) and not token.whitespace_:
        following = doc[token.i + 1]
        if following.text in GLUE:
            return True
        if following.lower_.replace("’", "'") == "n't":
            return token.lower_ in CONTRACTION_STEMS
    return False


def _in_address(token: Token, text: str) -> bool:
    """Part of a web address or file name that the tokenizer split ("clinicaltrials.gov").

    ``text`` is the document's prose (the Doc's text; ``Doc.text`` rebuilds it on every call).
    """
    start = token.idx
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = token.idx + len(token.text)
    while end < len(text) and not text[end].isspace():
        end += 1
    return ADDRESS.search(text[start:end].rstrip(".,;:)]")) is not None


def _species_epithet(token: Token, sentence_start: int, lexicon: Lexicon) -> bool:
    """The second, Latin word of a species name: "Aedes aegypti", "E. coli"."""
    if token.i == 0 or not token.text.islower() or not token.text.endswith(LATIN_ENDINGS):
        return False
    genus = token.doc[token.i - 1]
    if INITIAL.fullmatch(genus.text):
        return True
    if not (_capitalised(genus.text) and genus.is_alpha):
        return False
    return genus.i != sentence_start or lexicon.count(genus.lower_) < COMMON_WORD_COUNT


def _before_hyphen(token: Token) -> bool:
    doc = token.doc
    return token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in HYPHENS


def _before_code(token: Token) -> bool:
    """The word part of a code or name such as "ara-C" or "dal-OUTCOMES" (what follows the
    hyphen is not a lowercase word)."""
    doc = token.doc
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    return after is not None and not doc[token.i + 1].whitespace_ and not after.is_lower


def word_before(token: Token) -> Token | None:
    """The token before ``token`` when a space parts them (none at the start)."""
    if token.i == 0:
        return None
    previous = token.doc[token.i - 1]
    return previous if previous.whitespace_ else None


def word_after(token: Token) -> Token | None:
    """The token after ``token`` when a space parts them ("palsy" in "Bells palsy"; none in
    "Sjogrens'" or at the end)."""
    doc = token.doc
    if not token.whitespace_ or token.i + 1 >= len(doc):
        return None
    return doc[token.i + 1]


def _hyphened_to(token: Token) -> Token | None:
    """The token a hyphen joins to ``token`` from before, with no space either side ("c" in
    "c-fos")."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text not in HYPHENS or doc[token.i - 1].whitespace_:
        return None
    before = doc[token.i - 2]
    return None if before.whitespace_ else before


def _after_letter_code(token: Token) -> bool:
    """A gene, protein or isomer name after a letter and a hyphen: "c-fos", "E-selectin",
    "N-acetyl"."""
    letter = _hyphened_to(token)
    return letter is not None and len(letter.text) == 1 and letter.is_alpha


def _after_prefix(token: Token, lexicon: Lexicon) -> bool:
    """The word after a prefix and a hyphen that makes a known word when the two are written
    as one: "co-ordinator" ("ordinator" alone is no word, "coordinator" is)."""
    prefix = _hyphened_to(token)
    return (
        prefix is not None
        and lexicon.is_prefix(prefix.lower_)
        and lexicon.is_known(prefix.lower_ + token.lower_)
    )


def _named_by_neighbours(token: Token) -> bool:
    """Whether the words after a capitalised ``token`` show it to be a name: a surname or an
    initial ("Priya Khanna", "Priya K. Khanna"), a comma and a credential ("Khanna, MD"), a
    verb of saying ("Khanna said"), "et al." or "and colleagues", a year in brackets
    ("Khanna (2019)")."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    text = following.text
    if text == ",":
        return after is not None and after.text in CREDENTIALS
    if text == "(":
        return after is not None and YEAR.fullmatch(after.text) is not None
    if not token.whitespace_:
        return False
    if INITIAL.fullmatch(text) or text.lower() in SAYING_VERBS:
        return True
    if after is not None and (following.lower_, after.lower_.rstrip(".")) in AUTHOR_FOLLOWERS:
        return True
    return following.is_alpha and _capitalised(text)


def _capitalised(text: str) -> bool:
    """A capital and then lowercase letters only: "Khanna", not "NSAID" or "mRNA"."""
    return text[:1].isupper() and text[1:].islower()


def _after_opening(token: Token) -> bool:
    """A word right after an opening quote, bracket or list marker starts a sentence too."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and (
        previous.is_left_punct or previous.is_quote or previous.text == ":"
    )


def _article_names(context: LintContext) -> frozenset[str]:
    """Capitalised words the article uses as names outside titles: inside sentences, or at
    the start of one with neighbours that show a name ("Khanna said"); a name met once with
    such a cue is a name at the start of any sentence ("Khanna found")."""
    names = set()
    for sentence in context.sentences():
        block = context.block_of(sentence)
        if block is not None and block.kind in TITLE_BLOCKS:
            continue
        for token in sentence:
            text = token.text
            if not _capitalised(text):
                continue
            at_start = token.i == sentence.start or _after_opening(token)
            if not at_start or _named_by_neighbours(token):
                names.add(text)
    return frozenset(names)


def _gene_symbols(context: LintContext, lexicon: Lexicon) -> frozenset[str]:
    """Short words in no word list (lowercase) that the article uses as gene or protein
    symbols: before a word such as "gene", "family" or "-binding" ("the fos family",
    "ets-binding", "the (pag) gene"), after a letter and a hyphen ("c-fos"), or after "gene"
    or "kinases", with the rest of a list ("the kinases lck and fyn"); not a likely slip of a
    common word ("teh gene") or, unless a hyphen joins it to such a word ("ets-binding"), of a
    function word ("tge gene"). A symbol met once so is a symbol wherever it stands in the
    article ("Fos proteins …")."""
    doc = context.doc
    words = {token.lower_ for token in doc}
    unlisted = {word for word in words if _unlisted_short_word(word, lexicon)}
    possible = {word for word in unlisted if not _function_word_slip(word)}
    symbols = set()
    for token in doc:
        if token.lower_ not in unlisted:
            continue
        following = _word_after_symbol(token)
        if (
            following is not None
            and following.lower_ in SYMBOL_FOLLOWERS
            and (token.lower_ in possible or _glued(token))
        ):
            symbols.add(token.lower_)
            continue
        if token.lower_ not in possible:
            continue
        if _after_letter_code(token):
            symbols.add(token.lower_)
            continue
        before = token.i - 1
        while before >= 0 and (
            doc[before].lower_ in LIST_JOINERS or doc[before].lower_ in possible
        ):
            before -= 1
        if before >= 0 and doc[before].lower_ in SYMBOL_LEADERS:
            symbols.add(token.lower_)
    return frozenset(symbols)


def _word_after_symbol(token: Token) -> Token | None:
    """The token after ``token``, past a hyphen ("ets-binding") or a bracket around it
    ("(tra) gene")."""
    doc = token.doc
    following = token.i + 1
    if following + 1 >= len(doc):
        return doc[following] if following < len(doc) else None
    bracketed = doc[following].text == ")" and token.i > 0 and doc[token.i - 1].text == "("
    return doc[following + 1] if _glued(token) or bracketed else doc[following]


def _glued(token: Token) -> bool:
    """Whether a hyphen joins ``token`` to the next word ("ets-binding")."""
    doc = token.doc
    return token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in HYPHENS


def _unlisted_short_word(word: str, lexicon: Lexicon) -> bool:
    """A short word of letters that no list holds and no common word with two letters
    swapped ("teh")."""
    if not MIN_LENGTH <= len(word) <= SYMBOL_LETTERS or not word.isalpha():
        return False
    return not lexicon.is_listed(word) and not transpositions(word) & lexicon.common


def _function_word_slip(word: str) -> bool:
    """Whether ``word`` is a cheap slip of a function word ("tge", "ets" for "its"): before
    "gene" it may be that word misspelled, but not glued by a hyphen ("ets-binding")."""
    typed = Typed(word)
    return any(typed.cost(other, SYMBOL_SLIP) <= SYMBOL_SLIP for other in FUNCTION_WORDS)
