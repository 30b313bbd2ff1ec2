"""Every declared event rule (dossier/knowledge/event_rules.json) on its examples and
counter-examples, through the shipped pipeline."""

from __future__ import annotations

import pytest

import dossier
from dossier.document import Document, Entity
from dossier.extract.event_rules import ARGUMENT_KINDS, RULE_KINDS, STAND_IN_KINDS, event_rules

EXAMPLES = [(rule["id"], case) for rule in event_rules() for case in rule["examples"]]
COUNTER_EXAMPLES = [
    (rule["id"], case) for rule in event_rules() for case in rule["counter_examples"]
]


def _names(entity: Entity | None) -> set[str]:
    if entity is None:
        return set()
    return {n.lower() for n in (entity.name, *entity.aliases)}


def _rule_events(doc: Document, rule_id: str) -> list[tuple[str, set[str], set[str]]]:
    """(type, source names or described source words, target names or described target
    words) of the rule's events."""
    by_id = {e.id: e for e in doc.entities}
    return [
        (
            e.type,
            _names(by_id.get(e.source or ""))
            | ({e.source_text.text.lower()} if e.source_text else set()),
            _names(by_id.get(e.target or ""))
            | ({e.target_text.text.lower()} if e.target_text else set()),
        )
        for e in doc.events
        if rule_id in e.rules
    ]


def test_event_rules_have_an_engine_and_cases() -> None:
    for rule in event_rules():
        assert rule["kind"] in {*RULE_KINDS, *STAND_IN_KINDS, *ARGUMENT_KINDS}, rule["id"]
        assert rule["examples"] and rule["counter_examples"], rule["id"]


@pytest.mark.parametrize(("rule_id", "case"), EXAMPLES)
def test_event_rule_matches_its_example(rule_id: str, case: dict) -> None:
    event_type, source, target = case["event"]
    found = _rule_events(dossier.analyze(case["text"]), rule_id)
    assert any(
        t == event_type
        and (source.lower() in s if source is not None else not s)
        and (target is None or target.lower() in g)
        for t, s, g in found
    ), found


@pytest.mark.parametrize(("rule_id", "case"), COUNTER_EXAMPLES)
def test_event_rule_ignores_its_counter_example(rule_id: str, case: dict) -> None:
    assert _rule_events(dossier.analyze(case["text"]), rule_id) == []
