"""Trees the parser gets wrong in a way a pattern recognises, set right after the parse from
declared rules (``knowledge/parse_repairs.json``), so that every stage reads the repaired
tree: "The U.S. imposed sanctions on Dodik", read as "the U.S.-imposed sanctions", gets
"imposed" as its root with "sanctions" its object."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc

from dossier.knowledge import load_data

PIPE_NAME = "dossier_parse_repairs"


def parse_repair_rules() -> list[dict[str, Any]]:
    """The declared rules: each a DependencyMatcher pattern and the edits it makes."""
    return load_data("parse_repairs.json")["rules"]


class ParseRepairs:
    """Runs every rule's pattern over a parsed Doc and applies its edits (each token edited
    at most once, the first rule to reach it winning)."""

    def __init__(self, nlp: Language) -> None:
        self.rules = {rule["id"]: rule for rule in parse_repair_rules()}
        self.matcher = DependencyMatcher(nlp.vocab)
        for rule_id, rule in self.rules.items():
            self.matcher.add(rule_id, [rule["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP") or not self.rules:
            return doc
        edits: Edits = {}
        for match_id, token_ids in self.matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            nodes = [node["RIGHT_ID"] for node in rule["pattern"]]
            place = dict(zip(nodes, token_ids, strict=True))
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
            these = {token: (head, *rest) for token, head, *rest in planned}
            if any(_loops(doc, these, edits, token) for token in these):
                continue  # two rules' edits would make each word the other's head
            edits.update(these)
        if edits:
            _apply(doc, edits)
        return doc


Edits = dict[int, tuple[int | None, str | None, str | None, str | None]]


def _loops(doc: Doc, planned: Edits, edits: Edits, token: int) -> bool:
    """Whether the heads, as the ``planned`` edits on top of the earlier ``edits`` would leave
    them, lead from ``token`` back to it."""
    seen = {token}
    current = token
    for _ in range(len(doc)):
        edit = planned.get(current) or edits.get(current)
        head = edit[0] if edit is not None and edit[0] is not None else doc[current].head.i
        if head == current:
            return False  # a root
        if head in seen:
            return True
        seen.add(head)
        current = head
    return True


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
