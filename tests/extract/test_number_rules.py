"""The declared rules of quantity_words.json and time_words.json: every example and
counter-example gives what it says (a value at its span, or nothing when the value is null)."""

from __future__ import annotations

from typing import Any

import pytest

from dossier import analyze
from dossier.extract.dates import find_dates
from dossier.extract.quantities import find_quantities
from dossier.knowledge import load_data
from tests.extract.helpers import make_doc


def _cases(file: str) -> list[Any]:
    return [
        pytest.param(case, id=f"{rule['id']}-{kind}-{number}")
        for rule in load_data(file)["rules"]
        for kind in ("examples", "counter_examples")
        for number, case in enumerate(rule[kind])
    ]


def _at_span(items: list[Any], text: str, span: str) -> list[Any]:
    start = text.index(span)
    return [item for item in items if item.start < start + len(span) and start < item.end]


@pytest.mark.parametrize("case", _cases("quantity_words.json"))
def test_quantity_rules(case: dict[str, Any]) -> None:
    """A case marked "parsed" runs the whole pipeline (its rule reads the parse); a unit of
    "" asks for a quantity without a unit."""
    published = case.get("published", "2024-05-01")
    if case.get("parsed"):
        quantities = analyze(case["text"], published=published).quantities
    else:
        doc = make_doc(case["text"], published=published)
        doc.dates = find_dates(doc)
        quantities = find_quantities(doc)
    found = _at_span(quantities, case["text"], case["span"])
    if case["value"] is None:
        assert found == []
    else:
        assert any(
            q.value == case["value"]
            and (
                q.unit == ""
                if case.get("unit") == ""
                else case.get("unit", "") in [*q.unit.split(), ""]
            )
            and case.get("qualifier", q.qualifier) == q.qualifier
            for q in found
        ), [(q.text, q.value, q.unit, q.qualifier) for q in found]


@pytest.mark.parametrize("case", _cases("time_words.json"))
def test_date_rules(case: dict[str, Any]) -> None:
    doc = make_doc(case["text"], published=case.get("published"))
    found = _at_span(find_dates(doc), case["text"], case["span"])
    if case["value"] is None:
        assert found == []
    else:
        assert case["value"] in [d.value for d in found], [(d.text, d.value) for d in found]
