"""Trees the parser gets wrong (``knowledge/parse_repairs.json``), set right after it parses."""

from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dossier.language.parse_repairs import PIPE_NAME, _blocks, parse_repair_rules

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


def test_rules_run_where_they_may_match_find_what_the_whole_doc_matcher_finds(nlp) -> None:
    """Running each rule only over the trees that have the values its nodes require changes
    no match (nor their order)."""
    texts = [ex["text"] for rule in RULES for ex in rule["examples"] + rule["counter_examples"]]
    with nlp.select_pipes(disable=[PIPE_NAME]):
        doc = nlp(" ".join(texts))
    matcher = DependencyMatcher(nlp.vocab)
    for rule in RULES:
        matcher.add(rule["id"], [rule["pattern"]])
    expected = [(nlp.vocab.strings[key], token_ids) for key, token_ids in matcher(doc)]
    found = [
        (rule["id"], list(place.values()))
        for rule, place in nlp.get_pipe(PIPE_NAME)._matches(doc)
    ]
    assert expected and found == expected


def test_blocks_hold_whole_trees() -> None:
    vocab = Vocab()
    two = Doc(vocab, words=["a", "b", "c", "d"], heads=[0, 0, 2, 2], deps=["ROOT", "dep"] * 2)
    assert _blocks(two).tolist() == [0, 0, 1, 1]
    crossed = Doc(vocab, words=["a", "b", "c", "d"], heads=[0, 1, 0, 1], deps=["ROOT"] * 4)
    assert _blocks(crossed).tolist() == [0, 0, 0, 0]
