"""Rebuild ``healthlint/data/spelling/drug_words.txt.gz`` from the drug-named-entity-recognition
package (MIT; Fast Data Science): every word of four or more letters in its drug names and
synonyms, lowercased, one a line. Run it only to refresh the list after upgrading that package
(``pip install drug-named-entity-recognition==VERSION``); healthlint reads the shipped list.

Run: ``.venv/bin/python tools/build_drug_words.py``
"""

from __future__ import annotations

import bz2
import io
import pickle
import re
from importlib import metadata, resources

from word_lists import write_word_list

PACKAGE = "drug_named_entity_recognition"
WORD = re.compile(r"[a-z]+")
MIN_LENGTH = 4


class PlainDataUnpickler(pickle.Unpickler):
    """Unpickles dicts, lists, strings and numbers only: any class reference is refused."""

    def find_class(self, module: str, name: str) -> type:
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")


def drug_words() -> list[str]:
    packed = resources.files(PACKAGE).joinpath("drug_ner_dictionary.pkl.bz2").read_bytes()
    data = PlainDataUnpickler(io.BytesIO(bz2.decompress(packed))).load()
    names = data["drug_variant_to_canonical"]
    words = {word for name in names for word in WORD.findall(name.lower())}
    return sorted(word for word in words if len(word) >= MIN_LENGTH)


def main() -> None:
    version = metadata.version("drug-named-entity-recognition")
    source = f"the drug names in drug-named-entity-recognition {version} (MIT, Fast Data Science)"
    write_word_list("drug_words.txt.gz", drug_words(), source)


if __name__ == "__main__":
    main()
