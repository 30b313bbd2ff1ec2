"""The re3d scorer: gold pairs, uncertain spans, titles, and per-type counts."""

import ast
import json
from pathlib import Path

import pytest

from dossier.document import Document, Entity, Mention
from dossier.evaluation import re3d
from dossier.evaluation.re3d import held_out, load_re3d, score_re3d

TEXT = "Foreign Minister Ann Lee visited Rome, Italy. Lee met Bob Stone in Paris."


def _write_re3d(root: Path) -> None:
    folder = root / "Source"
    folder.mkdir()
    document = {"_id": "D1", "text": TEXT + "[3]"}
    spans = [
        ("Foreign Minister Ann Lee", "Person", 1.0),
        ("Rome, Italy", "Location", 1.0),
        ("Italy", "Location", 0.0),  # nested, the annotators disagreed
        ("Bob Stone", "Person", 0.3),
        ("Paris", "Location", 0.9),
        ("it", "Organisation", 1.0),  # a pronoun is no name
    ]
    entities = []
    for value, type_, confidence in spans:
        begin = TEXT.index(value)
        entities.append(
            {"documentId": "D1", "begin": begin, "end": begin + len(value), "type": type_,
             "value": value, "confidence": confidence}
        )
    (folder / "documents.json").write_text(json.dumps(document) + "\n", encoding="utf-8")
    (folder / "entities.json").write_text(
        "\n".join(json.dumps(e) for e in entities), encoding="utf-8"
    )


def _analysed(names: list[tuple[str, str]]) -> Document:
    entities = []
    for number, (text, type_) in enumerate(names, start=1):
        start = TEXT.index(text)
        mention = Mention(start=start, end=start + len(text), text=text, sentence=0)
        entities.append(Entity(id=f"e{number}", name=text, type=type_, mentions=[mention]))
    return Document(id="D1", text=TEXT, entities=entities)


def test_re3d_gold_keeps_sure_names_and_sets_uncertain_ones_apart(tmp_path: Path) -> None:
    _write_re3d(tmp_path)
    [document] = load_re3d(tmp_path)
    assert document["text"] == TEXT  # citation marks removed
    # "Rome, Italy" names Rome; the state after the comma is not required
    assert document["gold"] == {("ann lee", "Person"), ("rome", "Location"),
                                ("paris", "Location")}
    assert document["uncertain"] == {("italy", "Location"), ("bob stone", "Person")}


def test_re3d_uncertain_predictions_count_neither_way(tmp_path: Path) -> None:
    _write_re3d(tmp_path)
    documents = load_re3d(tmp_path)
    predicted = _analysed([("Ann Lee", "PERSON"), ("Bob Stone", "PERSON"), ("Italy", "LOCATION"),
                           ("Rome", "LOCATION"), ("Lee met", "PERSON")])
    scores = score_re3d(documents, lambda text: predicted)["all"]
    assert scores["Person"]["precision"] == 0.5  # Ann Lee right, "Lee met" wrong, Bob Stone moot
    assert scores["Location"] == {"precision": 1.0, "recall": 0.5, "f1": 0.667, "gold": 2}


def test_re3d_held_out_is_a_stable_tenth_based_split() -> None:
    ids = [f"doc{i}" for i in range(1000)]
    share = sum(held_out(i) for i in ids) / len(ids)
    assert 0.25 < share < 0.35
    assert held_out("doc1") == held_out("doc1")


def test_re3d_a_title_written_with_dots_is_stripped_from_a_persons_name() -> None:
    from dossier.evaluation.re3d import _pair

    assert _pair("he dr ibrahim al jaafari", "Person") == ("ibrahim al jaafari", "Person")
    assert _pair("he dr ibrahim al jaafari", "Location")[0] == "he dr ibrahim al jaafari"


def test_re3d_a_lower_case_description_is_no_predicted_name(tmp_path: Path) -> None:
    _write_re3d(tmp_path)
    documents = load_re3d(tmp_path)
    predicted = _analysed([("Ann Lee", "PERSON"), ("visited", "PERSON")])
    scores = score_re3d(documents, lambda text: predicted)["all"]
    assert scores["Person"]["precision"] == 1.0  # "visited" is read as the gold reads it


def test_the_scorers_import_no_extractor() -> None:
    folder = Path(re3d.__file__).parent
    for module in folder.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = [
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        ] + [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
             for alias in node.names]
        assert not [name for name in imported if name.startswith("dossier.extract")], module


def _mentioned(entity_type: str, text: str, name: str) -> tuple[Document, Entity]:
    sentence = f"{text} met on Monday."
    mention = Mention(start=0, end=len(text), text=text, sentence=0)
    entity = Entity(id="e1", name=name, type=entity_type, mentions=[mention])
    return Document(id="d", text=sentence, entities=[entity]), entity


@pytest.mark.parametrize(
    ("entity_type", "text", "name", "coarse"),
    [
        ("STATE", "Iraqi officials", "Iraq", "Organisation"),  # a state's organ or people
        ("GROUP", "Syrian civilians", "Syrian civilians", "Organisation"),
        ("GROUP", "Syrians", "Syrians", "Organisation"),  # a nationality's people
        ("STATE", "Syrian", "Syria", None),  # a nationality word alone
        ("GROUP", "Shia Arabs", "Shia Arabs", None),  # a known group's name
        ("STATE", "Iraq", "Iraq", "Location"),  # no parse: the state as a place
        ("PERSON", "Haider al-Abadi", "Haider al-Abadi", "Person"),
    ],
)
def test_mention_types_are_read_from_the_output(
    entity_type: str, text: str, name: str, coarse: str | None
) -> None:
    doc, entity = _mentioned(entity_type, text, name)
    assert re3d.mention_type(doc, entity, entity.mentions[0]) == coarse
