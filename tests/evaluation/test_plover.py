"""The PLOVER GSR scorer with a stub analyser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.table import Table

from dossier.document import Document, Entity, Event, Mention, TextSpan
from dossier.evaluation import GoldError
from dossier.evaluation.plover import load_plover, plover_type, render_plover, score_plover

RECORDS = [
    {"text": "Iran attacked Israel.", "event": "FIGHT",
     "actor": [{"actorText": "Iran"}], "recipient": [{"actorText": "Israel"}]},
    {"text": "Egypt demanded talks.", "event": "DEMAND",
     "actor": [{"actorText": "Egyptian government"}], "recipient": []},
    {"text": "Nothing happened.", "event": "AGREE", "actor": [], "recipient": []},
]


def _entity(entity_id: str, name: str, mention: str) -> Entity:
    return Entity(id=entity_id, name=name, type="STATE",
                  mentions=[Mention(start=0, end=len(mention), text=mention, sentence=0)])


def _event(event_type: str, source: str, target: str | None = None) -> Event:
    return Event(id="E", type=event_type, source=source, target=target, sentence=0,
                 trigger=TextSpan(start=0, end=1, text="x"))


def stub_analyze(text: str) -> Document:
    doc = Document(id="t", text=text)
    if text.startswith("Iran"):
        doc.entities = [_entity("e1", "Islamic Republic of Iran", "Iran"),
                        _entity("e2", "Israel", "Israel")]
        doc.events = [_event("ASSAULT", "e1", "e2"), _event("THREATEN", "e1")]
    elif text.startswith("Egypt"):
        doc.entities = [_entity("e1", "Egypt", "Egypt")]
        doc.events = [_event("REQUEST", "e1")]
    return doc


@pytest.mark.parametrize(
    ("label", "expected"),
    [("FIGHT", "ASSAULT"), ("DEMAND", "REQUEST"), ("DISAPPROVE", "ACCUSE"),
     ("INVESTIGATE", "ACCUSE"), ("AGREE", "AGREE")],
)
def test_plover_type_maps_old_labels(label: str, expected: str) -> None:
    assert plover_type(label) == expected


def test_score_plover() -> None:
    scores = score_plover(RECORDS, stub_analyze)
    assert scores["type_recall"] == {"value": 0.667, "hits": 2, "total": 3}
    assert scores["type_precision"] == {"value": 0.667, "hits": 2, "total": 3}
    # Iran->Israel, Egypt (contained in "egyptian government"); not the empty AGREE one
    assert scores["triple_recall"] == {"value": 0.667, "hits": 2, "total": 3}
    assert scores["confusions"] == {"ASSAULT": {"THREATEN": 1}}
    json.dumps(scores)
    assert isinstance(render_plover(scores), Table)


def test_load_plover(tmp_path: Path) -> None:
    path = tmp_path / "gsr.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    assert load_plover(path) == RECORDS
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"gsr\.jsonl:1"):
        load_plover(path)
