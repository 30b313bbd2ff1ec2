"""Every attribution rule (dossier/knowledge/attribution_rules.json) on its own examples and
counter-examples, through the shipped pipeline."""

from __future__ import annotations

import pytest

import dossier
from dossier.extract.attributions import attribution_rules, layout_rules

ALL_RULES = [*attribution_rules(), *layout_rules()]

EXAMPLES = [
    pytest.param(rule["id"], *example, id=f"{rule['id']}: {example[0][:40]}")
    for rule in ALL_RULES
    for example in rule["examples"]
]
COUNTER_EXAMPLES = [
    pytest.param(rule["id"], text, id=f"{rule['id']}: {text[:40]}")
    for rule in ALL_RULES
    for text in rule["counter_examples"]
]


def test_attribution_rules_have_an_id_a_product_and_cases() -> None:
    ids = [rule["id"] for rule in ALL_RULES]
    assert len(ids) == len(set(ids))
    for rule in ALL_RULES:
        assert rule["produces"] and (rule.get("patterns") or rule.get("kind"))
        assert rule["examples"] or rule["counter_examples"], rule["id"]


@pytest.mark.parametrize(("rule_id", "text", "source", "claim"), EXAMPLES)
def test_attribution_rule_matches_its_examples(
    rule_id: str, text: str, source: str, claim: str
) -> None:
    found = [
        (a.source_text.lower(), a.claim.text)
        for a in dossier.analyze(text).attributions
        if rule_id in a.rules
    ]
    source = source.lower()
    assert any(
        (source in got_source or got_source in source) and got_claim.startswith(claim)
        for got_source, got_claim in found
    ), found


@pytest.mark.parametrize(("rule_id", "text"), COUNTER_EXAMPLES)
def test_attribution_rule_ignores_its_counter_examples(rule_id: str, text: str) -> None:
    found = [a for a in dossier.analyze(text).attributions if rule_id in a.rules]
    assert found == []
