"""The affixes and function words English words are built from, for the lexicon's shape rules:
inflections, derivations, prefixes, and the words that are written apart from the next."""

from __future__ import annotations

from typing import Final

#: Inflections: (ending, what replaces it to give the base). The base must be listed.
INFLECTIONS: Final = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("s", ""),
    ("es", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("er", "e"),
    ("ers", ""),
    ("ers", "e"),
)
#: The names of the Greek letters, which science joins to another or to a letter: "gammadelta"
#: T cells, the "gammac" chain (γc).
GREEK_LETTERS: Final = frozenset(
    """alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho
    sigma tau upsilon phi chi psi omega""".split()  # noqa: SIM905
)
#: The endings of the words that take -ize as they are ("decidualize", "polymerize").
IZE_BASE_ENDINGS: Final = ("al", "ar", "mer", "in")
#: Derivations: (ending, replacement, endings the base must have ("" = any)). The base must be
#: listed, at least four letters long and reasonably common.
DERIVATIONS: Final = (
    ("ly", "", ("al", "ous", "ive", "ent", "ant", "ate", "ar", "ful", "less")),
    # detectable → detectably
    ("ly", "le", ("ible", "able")),
    ("ally", "", ("ic",)),
    ("ness", "", ("ful", "less", "ous", "ive", "ed", "y")),
    ("ity", "", ("al", "ar", "ic")),
    ("ities", "", ("al", "ar", "ic")),
    # adhesive → adhesivity, fragile → fragility, viscous → viscosity
    ("ity", "e", ("ive", "ile")),
    ("ities", "e", ("ive", "ile")),
    ("osity", "ous", ("")),
    ("ment", "", ("")),
    ("ments", "", ("")),
    ("ation", "e", ("")),
    ("ations", "e", ("")),
    ("ation", "", ("")),
    ("able", "", ("")),
    ("able", "e", ("")),
    ("ic", "", ("")),
    ("ic", "ia", ("")),
    ("ism", "", ("")),
    ("ist", "", ("")),
    ("ists", "", ("")),
    ("al", "", ("")),
    # Latin and Greek noun → adjective: meniscus → meniscal, psoriasis → psoriatic
    ("al", "us", ("")),
    ("al", "um", ("")),
    ("ar", "um", ("")),
    ("ar", "us", ("")),
    ("tic", "sis", ("")),
    ("ic", "y", ("")),
    ("ically", "y", ("")),
    ("ory", "e", ("ate",)),
    # hypoxaemia → hypoxaemic, leiomyoma → leiomyomatous, opacify → opacification
    ("emic", "emia", ("")),
    ("atous", "a", ("oma",)),
    ("ication", "y", ("")),
    ("ization", "ize", ("")),
    ("ization", "", ("")),
    # dye → dyeless, extrapolate → extrapolability
    ("less", "", ("")),
    ("ability", "ate", ("")),
    # decidual → decidualized, polymer → polymerize, chromatin → chromatinized
    ("ized", "", IZE_BASE_ENDINGS),
    ("izes", "", IZE_BASE_ENDINGS),
    ("ize", "", IZE_BASE_ENDINGS),
    ("izing", "", IZE_BASE_ENDINGS),
    # macrophage → macrophagelike
    ("like", "", ("")),
    # differentiate → differentiative, clonus → clonic
    ("ative", "ate", ("")),
    ("ic", "us", ("")),
)
#: Prefixes that join a listed word ("noninvasive", "reanalysis", "postoperative").
PREFIXES: Final = (
    "non",
    "un",
    "anti",
    "pre",
    "post",
    "re",
    "sub",
    "super",
    "inter",
    "intra",
    "extra",
    "hyper",
    "hypo",
    "micro",
    "macro",
    "multi",
    "poly",
    "pseudo",
    "semi",
    "over",
    "under",
    "counter",
    "cross",
    "trans",
    "peri",
    "para",
    "auto",
    "endo",
    "mono",
    "neuro",
    "cardio",
    "immuno",
    "psycho",
    "photo",
    "radio",
    "pro",
    "up",
    "ultra",
    "bio",
    "retro",
    "supra",
    "infra",
    "contra",
    "meta",
    "socio",
    "neo",
    "hemi",
    "epi",
    "electro",
    "hydro",
    "thermo",
    "cyto",
    "onco",
    "gastro",
    "hepato",
    "nephro",
    "osteo",
    "myo",
    "angio",
    "vaso",
    "glyco",
    "lipo",
    "pharmaco",
    "mid",
    "mis",
    "de",
    "co",
    "down",
    "uni",
    "xeno",
    "hetero",
    "homo",
    "dys",
)
#: Prefixes seen only before a hyphen ("co-author", "ex-smoker").
HYPHEN_PREFIXES: Final = frozenset({"co", "ex", "self", "mid", "bi", "tri", "de", "pro"})
#: A prefix that begins many ordinary words needs a longer rest ("co" + "localized").
LONG_REST_PREFIXES: Final = {"co": 7, "de": 6}
#: Words that are written apart from the next ("a lot", "in fact", "each other", "most likely"):
#: two words run together, one of them a function word, are a spacing error, not a compound.
FUNCTION_WORDS: Final = frozenset(
    """a an the this that these those each every any some no all most more much many other
    another one in on at of to for with by from as into onto upon off over under up out down
    about after before and or but if than then so not is be it its their our your his her my
    we you they he she there here where when what which who can may will would should could
    very too also just even ever never""".split()  # noqa: SIM905 (a word list reads as prose)
)
