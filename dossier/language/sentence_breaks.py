"""Sentence starts the parser misses, set from declared rules (``knowledge/sentence_breaks.json``)
after tagging and before parsing: the parser keeps a sentence start it is given."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from dossier.knowledge import load_data

PIPE_NAME = "dossier_sentence_breaks"


def sentence_break_rules() -> list[dict]:
    """The declared rules, each with its Matcher pattern and the place of the start."""
    return load_data("sentence_breaks.json")["rules"]


class SentenceBreaks:
    """Marks the token each rule says starts a sentence (a token the layout already marks,
    as the words of a heading, is left as it is)."""

    def __init__(self, nlp: Language, rules: list[dict] | None = None) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.starts: dict[int, int] = {}
        for rule in rules if rules is not None else sentence_break_rules():
            self.matcher.add(rule["id"], [rule["pattern"]])
            self.starts[nlp.vocab.strings[rule["id"]]] = rule["starts"]

    def __call__(self, doc: Doc) -> Doc:
        for rule, start, _ in self.matcher(doc):
            token = doc[start + self.starts[rule]]
            if token.is_sent_start is None:
                token.is_sent_start = True
        return doc


@Language.factory(PIPE_NAME)
def make_sentence_breaks(nlp: Language, name: str) -> SentenceBreaks:
    return SentenceBreaks(nlp)


def add_sentence_breaks(nlp: Language) -> None:
    """Put the rules between the tagger and the parser of a pipeline that has both."""
    if {"tagger", "parser"} <= set(nlp.pipe_names) and PIPE_NAME not in nlp.pipe_names:
        nlp.add_pipe(PIPE_NAME, before="parser")
