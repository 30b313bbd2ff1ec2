"""A verb whose object is a text or a record (event_cues.json non_event_objects: "released a
guide", "released its findings") is no event; releasing people or seizing a book is."""

from __future__ import annotations

import pytest

import dossier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The International Atomic Energy Agency released a guide for inspectors.", set()),
        ("Human Rights Watch released its findings on Monday.", set()),
        ("The Taliban released 20 prisoners on Friday.", {("CONCEDE", "Taliban")}),
        ("The Taliban banned her book last year.", {("COERCE", "Taliban")}),
    ],
)
def test_a_text_as_object_makes_no_event(text: str, expected: set[tuple[str, str]]) -> None:
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    assert {(e.type, names.get(e.source or "")) for e in doc.events} == expected
