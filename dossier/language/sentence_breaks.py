"""Sentence starts the parser misses, and starts it wrongly makes, set from declared rules
(``knowledge/sentence_breaks.json``).

Before the parse, the token each rule names is marked as a sentence start or as a token that
continues a sentence; the parser keeps a start it is given, but not always a mark that a
token continues one (it may still cut a sentence there, or just before a forced start). So
after the parse the tokens marked to continue a sentence are read again: where one still
opens a sentence, that sentence's tree is hung under the tree before it (the joined
sentence keeps the root that is a verb, else the first one), and doc.sents follows."""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from dossier.knowledge import load_data

PIPE_NAME = "dossier_sentence_breaks"
REPAIR_PIPE_NAME = "dossier_sentence_joins"
# Where the marking step leaves the tokens that must continue a sentence for the repair step
# (removed by it: no later stage reads or stores it).
_JOINS_KEY = "dossier_sentence_joins"


def sentence_break_rules() -> list[dict]:
    """The declared rules, each with its Matcher pattern, the place of the token it marks and
    whether that token starts a sentence (``joins`` false, the default) or continues one;
    rules with ``first`` true mark before all others."""
    return load_data("sentence_breaks.json")["rules"]


class SentenceBreaks:
    """Marks the token each rule says starts a sentence, then the token each joining rule
    says continues one (rules marked ``first`` before the others; a token the layout or an
    earlier rule already marks, as the words of a heading, is left as it is). A rule marked
    ``in_list`` applies only in a paragraph that opens with the mark its match holds second;
    a joining rule marked ``after_parse`` marks nothing before the parse (a mark changes how
    the model parses the words around it) and only joins where the parser cut."""

    def __init__(self, nlp: Language, rules: list[dict] | None = None) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.starts: dict[int, int] = {}
        self.joins: set[int] = set()
        self.first: set[int] = set()
        self.in_lists: set[int] = set()
        self.after_parse: set[int] = set()
        for rule in rules if rules is not None else sentence_break_rules():
            key = nlp.vocab.strings.add(rule["id"])
            self.matcher.add(rule["id"], [rule["pattern"]])
            self.starts[key] = rule["starts"]
            if rule.get("joins", False):
                self.joins.add(key)
            if rule.get("first", False):
                self.first.add(key)
            if rule.get("in_list", False):
                self.in_lists.add(key)
            if rule.get("after_parse", False):
                self.after_parse.add(key)

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        joined: list[int] = []
        for first, starting in ((True, True), (True, False), (False, True), (False, False)):
            for rule, start, _ in matches:
                if (rule in self.first) is not first or (rule not in self.joins) is not starting:
                    continue
                if rule in self.in_lists and not _in_list_opened_by(doc, doc[start + 1].text):
                    continue
                token = doc[start + self.starts[rule]]
                if rule in self.after_parse:  # no mark: the parse is left as the model
                    joined.append(token.i)  # makes it, and only a cut it makes is joined
                    continue
                if token.i > 0 and token.is_sent_start is None:
                    token.is_sent_start = starting
                    if not starting:
                        joined.append(token.i)
        if joined:
            doc.user_data[_JOINS_KEY] = joined
        return doc


def _in_list_opened_by(doc: Doc, mark: str) -> bool:
    """Whether ``doc`` (a paragraph) opens with the list mark ``mark``: a list whose items
    ingest flattened into one paragraph ("- Addison, age 14, ... - Ayslin, age 15, ...")."""
    first = next((token for token in doc if not token.is_space), None)
    return first is not None and first.text == mark


def join_sentences(doc: Doc, tokens: list[int]) -> Doc:
    """``doc`` with no sentence opening at any of ``tokens``: where one does, the tree of
    its sentence and the tree of the sentence before become one (the later root hung under
    the earlier, unless only the later is a verb). Characters and tokens stay as they are."""
    heads = [token.head.i for token in doc]
    verbs = {token.i for token in doc if token.pos_ in ("VERB", "AUX")}

    def root(i: int) -> int:
        while heads[i] != i:
            i = heads[i]
        return i

    moved: dict[int, int] = {}
    for i in sorted(set(tokens)):
        if not 0 < i < len(doc) or not doc[i].is_sent_start:
            continue  # the parser did not cut here: nothing to join
        before, after = root(i - 1), root(i)
        if before == after:
            continue
        keep, hang = (after, before) if after in verbs and before not in verbs else (before, after)
        heads[hang] = keep
        moved[hang] = keep
    if not moved:
        return doc
    array = doc.to_array([HEAD, DEP]).astype("int64")
    punct, dep = doc.vocab.strings.add("punct"), doc.vocab.strings.add("dep")
    for hang, keep in moved.items():
        array[hang, 0] = keep - hang
        array[hang, 1] = punct if doc[hang].is_punct else dep
    doc.from_array([HEAD, DEP], array.astype(numpy.uint64))
    return doc


def repair_sentence_joins(doc: Doc) -> Doc:
    """Joins the sentences the parser still opened at a token the rules marked as continuing
    one (see join_sentences)."""
    tokens = doc.user_data.pop(_JOINS_KEY, None)
    if tokens and doc.has_annotation("DEP"):
        join_sentences(doc, tokens)
    return doc


@Language.factory(PIPE_NAME)
def make_sentence_breaks(nlp: Language, name: str) -> SentenceBreaks:
    return SentenceBreaks(nlp)


@Language.component(REPAIR_PIPE_NAME)
def sentence_joins(doc: Doc) -> Doc:
    return repair_sentence_joins(doc)


def add_sentence_breaks(nlp: Language) -> None:
    """Put the rules between the tagger and the parser of a pipeline that has both, and the
    repair of their joins right after the parser."""
    if {"tagger", "parser"} <= set(nlp.pipe_names) and PIPE_NAME not in nlp.pipe_names:
        nlp.add_pipe(PIPE_NAME, before="parser")
        nlp.add_pipe(REPAIR_PIPE_NAME, after="parser")
