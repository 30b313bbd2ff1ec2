"""Sentence starts the parser misses (``knowledge/sentence_breaks.json``), set before it parses."""

from __future__ import annotations

import pytest

from dossier.language.sentence_breaks import PIPE_NAME, sentence_break_rules

RULES = sentence_break_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule["id"])
def test_sentence_break_rule_splits_its_examples(nlp, rule) -> None:
    assert rule["examples"] and rule["counter_examples"], f"{rule['id']} needs both"
    for example in rule["examples"]:
        sentences = [s.text for s in nlp(example["text"]).sents]
        assert sentences == example["sentences"], f"{rule['id']} on {example['text']!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule["id"])
def test_sentence_break_rule_keeps_its_counter_examples_whole(nlp, rule) -> None:
    for example in rule["counter_examples"]:
        if rule.get("joins", False):  # a joining rule must leave these splits as they are
            sentences = [s.text for s in nlp(example["text"]).sents]
            assert sentences == example["sentences"], f"{rule['id']} joins {example['text']!r}"
        else:
            assert len(list(nlp(example).sents)) == 1, f"{rule['id']} splits {example!r}"


def test_the_parser_alone_misses_a_start_the_rule_gives(nlp) -> None:
    text = RULES[0]["examples"][0]["text"]
    assert len(list(nlp(text).sents)) == 2
    with nlp.select_pipes(disable=[PIPE_NAME]):
        assert len(list(nlp(text).sents)) == 1
