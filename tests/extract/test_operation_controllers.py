"""An operation noun's act belongs to the subject of the verb governing it only when that verb
carries it out ("launched strikes that killed", the light verbs of event_cues.json), not when
it judges or reports it ("condemned the attacks that killed")."""

from __future__ import annotations

import pytest

import dossier


@pytest.mark.parametrize(
    ("text", "assault"),
    [
        ("The United States condemned the recent attacks that killed civilians in Kabul.", None),
        ("Canada condemns attacks killing civilians in Ukraine.", None),
        ("Russia launched strikes that killed five people in Odesa.", "Russia"),
        ("Israel carried out raids killing three Palestinians.", "Israel"),
    ],
)
def test_operation_noun_act_is_its_governing_subject_only_when_carried_out(
    text: str, assault: str | None
) -> None:
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    sources = {names.get(e.source or "") for e in doc.events if e.type == "ASSAULT"}
    assert sources == ({assault} if assault else set())
