import pytest

from dossier.document import Document, Entity, Event, Mention, Sentence, TextSpan
from dossier.evaluation import normalize_name, score_document
from dossier.evaluation.gold import locate


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("The Tufuf Brigade", "tufuf brigade"),
        ("Asa'ib Ahl al-Haq", "asaib ahl al haq"),
        ("Iraq's", "iraq"),
        ("Bashar al-Asad", "bashar al asad"),
        ("Ṣanʿāʾ", "sana"),
    ],
)
def test_normalize_name(name: str, normal: str) -> None:
    assert normalize_name(name) == normal


def test_locate_ignores_whitespace_and_markdown_dollar() -> None:
    assert locate("around \\$460  million", "so around $460 million was") == (3, 22)


def _doc() -> Document:
    text = "Hamas attacked Israel. Qatar mediated."
    return Document(
        id="t",
        text=text,
        sentences=[
            Sentence(id=0, start=0, end=22, text=text[:22]),
            Sentence(id=1, start=23, end=38, text=text[23:]),
        ],
        entities=[
            Entity(
                id="e1",
                name="Hamas",
                type="ARMED_GROUP",
                mentions=[Mention(start=0, end=5, text="Hamas", sentence=0)],
            ),
            Entity(id="e2", name="Israel", type="LOCATION"),
            Entity(id="e3", name="Qatar", type="STATE"),
            Entity(id="e4", name="Mediated", type="PERSON"),
        ],
        events=[
            Event(
                id="v1",
                type="ASSAULT",
                source="e1",
                target="e2",
                sentence=0,
                trigger=TextSpan(start=6, end=14, text="attacked"),
            ),
            Event(
                id="v2",
                type="CONSULT",
                source="e3",
                target="e1",
                sentence=1,
                trigger=TextSpan(start=29, end=37, text="mediated"),
            ),
        ],
    )


def test_score_document_counts_matches_types_and_events() -> None:
    gold = {
        "entities": [
            {"names": ["Hamas"], "type": "ARMED_GROUP", "core": True},
            {"names": ["Israel"], "type": "STATE", "core": True},
            {"names": ["Egypt"], "type": "STATE", "core": True},
            {"names": ["Qatar"], "type": "STATE", "core": False},
        ],
        "events": [
            {
                "type": "ASSAULT",
                "source": "Hamas",
                "target": "Israel",
                "sentence_hint": "Hamas attacked",
            },
            {
                "type": "CONSULT",
                "source": "Qatar",
                "target": None,
                "sentence_hint": "Qatar mediated",
            },
        ],
    }
    scores = score_document(gold, _doc())
    assert scores["entities"]["core_recall"]["correct"] == 2
    assert scores["entities"]["precision"]["correct"] == 3
    assert scores["entities"]["type_accuracy"]["correct"] == 2  # Israel typed LOCATION
    assert scores["entities"]["missed_core"] == ["Egypt"]
    assert scores["events"]["lenient"]["matched"] == 2
    assert scores["events"]["strict"]["matched"] == 1  # v2 has a target the gold lacks
