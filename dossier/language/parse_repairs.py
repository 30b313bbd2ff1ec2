"""Trees the parser gets wrong in a way a pattern recognises, set right after the parse from
declared rules (``knowledge/parse_repairs.json``), so that every stage reads the repaired
tree: "The U.S. imposed sanctions on Dodik", read as "the U.S.-imposed sanctions", gets
"imposed" as its root with "sanctions" its object."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from dossier.knowledge import load_data

PIPE_NAME = "dossier_parse_repairs"
# the attributes a token holds as the id the matcher gives a pattern's string for them
STRING_ATTRS = {
    "DEP": DEP, "TAG": TAG, "POS": POS, "LEMMA": LEMMA, "LOWER": LOWER, "NORM": NORM,
    "ORTH": ORTH, "TEXT": ORTH,
}


def parse_repair_rules() -> list[dict[str, Any]]:
    """The declared rules: each a DependencyMatcher pattern and the edits it makes."""
    return load_data("parse_repairs.json")["rules"]


class ParseRepairs:
    """Runs every rule's pattern over a parsed Doc and applies its edits (each token edited
    at most once, the first rule to reach it winning).

    A match lies within one dependency tree, so a rule is run only over the trees that have,
    for each node of its pattern, a token with the values the node requires (``_tests``)."""

    def __init__(self, nlp: Language) -> None:
        self.rules = {rule["id"]: rule for rule in parse_repair_rules()}
        self.matchers: dict[str, DependencyMatcher] = {}
        for rule_id, rule in self.rules.items():
            self.matchers[rule_id] = DependencyMatcher(nlp.vocab)
            self.matchers[rule_id].add(rule_id, [rule["pattern"]])
        tests = {
            rule_id: [_tests(node["RIGHT_ATTRS"], nlp.vocab.strings) for node in rule["pattern"]]
            for rule_id, rule in self.rules.items()
        }
        self.tests = sorted({test for nodes in tests.values() for node in nodes for test in node})
        self.nodes = {  # per rule and node, the tests its token must pass (in self.tests)
            rule_id: [[self.tests.index(test) for test in node] for node in nodes]
            for rule_id, nodes in tests.items()
        }

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP") or not self.rules:
            return doc
        edits: dict[int, tuple[int | None, str | None, str | None, str | None]] = {}
        for rule, place in self._matches(doc):
            if any(
                child.dep_ in deps
                for node, deps in rule.get("without_children", {}).items()
                for child in doc[place[node]].children
            ):
                continue  # a pattern cannot say a relation is missing: the rule lists them
            planned = [
                (
                    place[edit["node"]],
                    place[edit["head"]] if "head" in edit else None,
                    edit.get("dep"),
                    edit.get("tag"),
                    edit.get("pos"),
                )
                for edit in rule["edits"]
            ]
            for move in rule.get("move_modifiers", []):  # "Iran-backed Houthis fired":
                before = place[move["to"]]  # the modifiers left of the new head are its own
                planned += [
                    (child.i, before, None, None, None)
                    for child in doc[place[move["from"]]].children
                    if child.dep_ in move["deps"] and child.i < before
                ]
            if any(token in edits for token, *_ in planned):
                continue
            for token, head, dep, tag, pos in planned:
                edits[token] = (head, dep, tag, pos)
        if edits:
            _apply(doc, edits)
        return doc

    def _matches(self, doc: Doc) -> Iterator[tuple[dict[str, Any], dict[str, int]]]:
        """Each rule's matches, rule after rule, as the token of each node: the rule's
        matcher runs over a copy of each block of whole trees that may hold one."""
        block = _blocks(doc)
        starts = numpy.flatnonzero(numpy.diff(block, prepend=-1))
        ends = numpy.append(starts[1:], len(doc))
        possible = self._possible(doc, block, len(starts))
        attrs = doc._get_array_attrs()  # every token attribute, as Span.as_doc copies them
        array = doc.to_array(attrs)
        copies: dict[int, Doc] = {}
        for rule_id, rule in self.rules.items():
            nodes = [node["RIGHT_ID"] for node in rule["pattern"]]
            for index in numpy.flatnonzero(possible[rule_id]).tolist():
                start, end = int(starts[index]), int(ends[index])
                if index not in copies:
                    copies[index] = _copy(doc[start:end], attrs, array[start:end])
                for _, token_ids in self.matchers[rule_id](copies[index]):
                    yield rule, {node: start + i for node, i in zip(nodes, token_ids, strict=True)}

    def _possible(self, doc: Doc, block: numpy.ndarray, count: int) -> dict[str, numpy.ndarray]:
        """Per rule, whether each of the ``count`` blocks has, for each node of its pattern,
        a token that passes the node's tests."""
        columns = {attr: doc.to_array(attr) for attr in {attr for attr, _ in self.tests}}
        passes = [
            _one_of(columns[attr], numpy.array(values, dtype=numpy.uint64))
            for attr, values in self.tests
        ]
        possible: dict[str, numpy.ndarray] = {}
        for rule_id, nodes in self.nodes.items():
            present = numpy.ones(count, dtype=bool)
            for node in filter(None, nodes):  # a node without tests fits any token
                fits = numpy.logical_and.reduce([passes[i] for i in node])
                present &= numpy.bincount(block[fits], minlength=count) > 0
            possible[rule_id] = present
        return possible


def _tests(attrs: dict[str, Any], strings: StringStore) -> list[tuple[int, tuple[int, ...]]]:
    """What a node's RIGHT_ATTRS require of its token that a string attribute can tell
    (``STRING_ATTRS``): the attribute, and its value or values ('IN'), as the matcher's ids,
    sorted. The other conditions (NOT_IN, REGEX, IS_PUNCT...) are left to the matcher."""
    tests = []
    for name, value in attrs.items():
        if isinstance(value, dict) and list(value) == ["IN"]:
            value = value["IN"]
        elif isinstance(value, str):
            value = [value]
        attr = STRING_ATTRS.get(name.upper())
        if attr and value and isinstance(value, list) and all(isinstance(v, str) for v in value):
            tests.append((attr, tuple(sorted({strings.add(v) for v in value}))))
    return tests


def _one_of(column: numpy.ndarray, allowed: numpy.ndarray) -> numpy.ndarray:
    """Whether each value of ``column`` is in ``allowed`` (sorted and not empty)."""
    at = numpy.searchsorted(allowed, column).clip(max=len(allowed) - 1)
    return allowed[at] == column


def _copy(span: Span, attrs: tuple[int, ...], array: numpy.ndarray) -> Doc:
    """The span as a Doc of its own, with the token attributes ``array`` holds for it (what
    Span.as_doc makes of a span of whole trees, without the vectors it averages)."""
    words = [token.text for token in span]
    spaces = [bool(token.whitespace_) for token in span]
    copy = Doc(span.doc.vocab, words=words, spaces=spaces)
    copy.from_array(attrs, array)
    return copy


def _blocks(doc: Doc) -> numpy.ndarray:
    """Each token's block: the shortest runs of tokens that each hold whole dependency trees
    (as a rule, a block is a sentence)."""
    index = numpy.arange(len(doc))
    roots = index + doc.to_array(HEAD).astype(numpy.int64)
    for _ in range(len(doc).bit_length()):  # each step doubles the distance climbed
        roots = roots[roots]
    last = numpy.zeros(len(doc), dtype=numpy.int64)
    numpy.maximum.at(last, roots, index)  # each tree's last token
    ends = numpy.maximum.accumulate(last[roots]) == index  # no tree runs on past the token
    return numpy.concatenate([[0], numpy.cumsum(ends)[:-1]])


def _apply(
    doc: Doc, edits: dict[int, tuple[int | None, str | None, str | None, str | None]]
) -> None:
    """Each token's new head, relation, tag and part of speech (None: kept as the parser
    gave it)."""
    array = doc.to_array([HEAD, DEP, TAG, POS]).astype(numpy.uint64)
    strings = doc.vocab.strings
    for token, (head, dep, tag, pos) in edits.items():
        if head is not None:
            array[token, 0] = numpy.int64(head - token).astype(numpy.uint64)  # relative
        if dep is not None:
            array[token, 1] = strings.add(dep)
        if tag is not None:
            array[token, 2] = strings.add(tag)
        if pos is not None:
            array[token, 3] = POS_IDS[pos]
    doc.from_array([HEAD, DEP, TAG, POS], array)


@Language.factory(PIPE_NAME)
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs(nlp)


def add_parse_repairs(nlp: Language) -> None:
    """Put the repairs right after the parser (after the repair of sentence joins)."""
    if "parser" in nlp.pipe_names and PIPE_NAME not in nlp.pipe_names:
        after = "dossier_sentence_joins" if "dossier_sentence_joins" in nlp.pipe_names else "parser"
        nlp.add_pipe(PIPE_NAME, after=after)
