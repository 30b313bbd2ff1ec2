"""The event-chain rules (dossier/knowledge/event_chains.json) on their own examples and
counter-examples, through the shipped pipeline."""

from __future__ import annotations

import pytest

from dossier.analysis import ingest
from dossier.document import Document
from dossier.extract.event_chains import chain_rules
from dossier.ingest import RawArticle
from dossier.stages import default_pipeline

CASES = [
    (rule["id"], case, expected)
    for rule in chain_rules()
    for expected, cases in ((True, rule["examples"]), (False, rule["counter_examples"]))
    for case in cases
]


def _triples(doc: Document, rule_id: str | None = None) -> set[tuple[str, str | None, str | None]]:
    names = {e.id: e.name for e in doc.entities}
    return {
        (
            e.type,
            names.get(e.source or ""),
            names.get(e.target or "") or (e.target_text.text if e.target_text else None),
        )
        for e in doc.events
        if rule_id is None or rule_id in e.rules
    }


@pytest.mark.parametrize(("rule_id", "case", "is_example"), CASES)
def test_chain_rule_on_its_examples(rule_id: str, case: dict, is_example: bool) -> None:
    doc = default_pipeline()(ingest(RawArticle(text=case["text"], source="<test>")))
    expected = tuple(case["event"])
    if is_example:
        assert expected in _triples(doc, rule_id)
    else:
        assert expected not in _triples(doc)


def test_an_indefinite_act_names_no_earlier_one() -> None:
    text = "Militants attacked the Sahafi Hotel. Past attacks were claimed by Al-Shabab."
    doc = default_pipeline()(ingest(RawArticle(text=text, source="<test>")))
    assert not any(r.startswith("chain.") for e in doc.events for r in e.rules)
