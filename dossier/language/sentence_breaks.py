"""Sentence starts the parser misses, and starts it wrongly makes, set from declared rules
(``knowledge/sentence_breaks.json``) after tagging and before parsing: the parser keeps a
sentence start, or a token marked as no start, it is given."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from dossier.knowledge import load_data

PIPE_NAME = "dossier_sentence_breaks"


def sentence_break_rules() -> list[dict]:
    """The declared rules, each with its Matcher pattern, the place of the token it marks and
    whether that token starts a sentence (``joins`` false, the default) or continues one."""
    return load_data("sentence_breaks.json")["rules"]


class SentenceBreaks:
    """Marks the token each rule says starts a sentence, then the token each joining rule
    says continues one (a token the layout or a start rule already marks, as the words of a
    heading, is left as it is)."""

    def __init__(self, nlp: Language, rules: list[dict] | None = None) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.starts: dict[int, int] = {}
        self.joins: set[int] = set()
        for rule in rules if rules is not None else sentence_break_rules():
            key = nlp.vocab.strings.add(rule["id"])
            self.matcher.add(rule["id"], [rule["pattern"]])
            self.starts[key] = rule["starts"]
            if rule.get("joins", False):
                self.joins.add(key)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        for starting in (True, False):
            for rule, start, _ in matches:
                if (rule not in self.joins) is not starting:
                    continue
                token = doc[start + self.starts[rule]]
                if token.i > 0 and token.is_sent_start is None:
                    token.is_sent_start = starting
        return doc


@Language.factory(PIPE_NAME)
def make_sentence_breaks(nlp: Language, name: str) -> SentenceBreaks:
    return SentenceBreaks(nlp)


def add_sentence_breaks(nlp: Language) -> None:
    """Put the rules between the tagger and the parser of a pipeline that has both."""
    if {"tagger", "parser"} <= set(nlp.pipe_names) and PIPE_NAME not in nlp.pipe_names:
        nlp.add_pipe(PIPE_NAME, before="parser")
