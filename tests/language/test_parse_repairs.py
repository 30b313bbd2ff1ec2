"""Trees the parser gets wrong (``knowledge/parse_repairs.json``), set right after it parses."""

from __future__ import annotations

import pytest

from dossier.language.parse_repairs import PIPE_NAME, parse_repair_rules

RULES = parse_repair_rules()


def _relations(doc) -> set[tuple[str, ...]]:
    """(word, head, relation) of every token, and (word, head, relation, part of speech)."""
    return {(t.text, t.head.text, t.dep_) for t in doc} | {
        (t.text, t.head.text, t.dep_, t.pos_) for t in doc
    }


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule["id"])
def test_parse_repair_rule_sets_its_examples_right(nlp, rule) -> None:
    assert rule["examples"] and rule["counter_examples"], f"{rule['id']} needs both"
    for example in rule["examples"]:
        found = _relations(nlp(example["text"]))
        for relation in example["relations"]:
            assert tuple(relation) in found, f"{rule['id']} on {example['text']!r}: {relation}"
        with nlp.select_pipes(disable=[PIPE_NAME]):  # the parser alone gets it wrong
            assert not all(
                tuple(r) in _relations(nlp(example["text"])) for r in example["relations"]
            ), f"{rule['id']}: the parser already parses {example['text']!r} right"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule["id"])
def test_parse_repair_rule_leaves_its_counter_examples(nlp, rule) -> None:
    for example in rule["counter_examples"]:
        found = _relations(nlp(example["text"]))
        for relation in example["relations"]:
            assert tuple(relation) in found, f"{rule['id']} on {example['text']!r}: {relation}"


def test_repaired_sentence_keeps_one_root_and_its_bounds(nlp) -> None:
    doc = nlp("The U.S. imposed sanctions on Dodik in 2023. Russia objected on Monday.")
    assert [s.text for s in doc.sents] == [
        "The U.S. imposed sanctions on Dodik in 2023.", "Russia objected on Monday."
    ]
    assert [s.root.text for s in doc.sents] == ["imposed", "objected"]
    assert doc[2].tag_ == "VBD"


def test_two_repairs_never_make_two_words_each_others_head(nlp) -> None:
    # "LADY" is read as an apposition of "God" by one rule and the first of two coordinated
    # subjects by another: applying both would loop the tree
    doc = nlp("THE FIRST LADY: And God bless our troops, for sure.")
    for token in doc:
        ancestors = list(token.ancestors)  # a loop raises or never reaches the root
        assert token not in ancestors
    assert all(sentence.root is not None for sentence in doc.sents)
