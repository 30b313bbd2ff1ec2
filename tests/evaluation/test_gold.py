import pytest

from dossier.document import Attribution, Document, Entity, Event, Mention, Sentence, TextSpan
from dossier.evaluation import macro_means, normalize_name, score_document
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
    assert scores["events"]["strict"]["matched"] == 2  # a gold event without target: any target


def test_score_events_as_sets_and_null_sources_by_sentence() -> None:
    gold = {
        "entities": [{"names": ["Hamas"], "type": "ARMED_GROUP", "core": True}],
        "events": [
            {"type": "ASSAULT", "source": "Hamas", "target": None, "sentence_hint": "x"},
            {"type": "ASSAULT", "source": "Hamas", "target": None, "sentence_hint": "y"},
            {"type": "CONSULT", "source": None, "target": None, "sentence_hint": "Qatar med"},
            {"type": "CONSULT", "source": None, "target": None, "sentence_hint": "Hamas att"},
        ],
    }
    events = score_document(gold, _doc())["events"]["lenient"]
    # one system ASSAULT matches both gold ASSAULTs (sets, not one to one); the null-source
    # CONSULT matches only in its own sentence
    assert (events["matched"], events["expected"]) == (3, 4)
    assert (events["precision"], events["predicted"]) == (1.0, 2)


def test_a_described_target_matches_the_gold_words_exactly() -> None:
    text = "An air raid by Hamas killed 12 civilians."
    doc = Document(
        id="t",
        text=text,
        sentences=[Sentence(id=0, start=0, end=len(text), text=text)],
        entities=[Entity(id="e1", name="Hamas", type="ARMED_GROUP")],
        events=[
            Event(
                id="v1",
                type="ASSAULT",
                source="e1",
                target_text=TextSpan(start=28, end=40, text="12 civilians"),
                sentence=0,
                trigger=TextSpan(start=21, end=27, text="killed"),
            )
        ],
    )

    def strict_matched(target: str) -> int:
        gold = {
            "entities": [{"names": ["Hamas"], "type": "ARMED_GROUP", "core": True}],
            "events": [
                {"type": "ASSAULT", "source": "Hamas", "target": target, "sentence_hint": "x"}
            ],
        }
        return score_document(gold, doc)["events"]["strict"]["matched"]

    assert strict_matched("12 Civilians") == 1  # equal after normalisation
    assert strict_matched("the 12 civilians") == 1  # a leading "the" is dropped
    assert strict_matched("civilians") == 0  # no containment
    assert strict_matched("Israel") == 0


def test_score_attributions_by_source_and_claim_start() -> None:
    text = "The ministry said that 30 people were killed in the strike on Monday."
    doc = Document(
        id="t",
        text=text,
        sentences=[Sentence(id=0, start=0, end=len(text), text=text)],
        attributions=[
            Attribution(
                id="a1",
                source_text="The ministry",
                source_type="GOVERNMENT_BODY",
                cue="said",
                claim=TextSpan(start=23, end=len(text) - 1, text=text[23:-1]),
                sentence=0,
            )
        ],
    )
    gold = {
        "entities": [],
        "attributions": [
            {"source": "the health ministry", "cue": "said", "claim_hint": "30 people were"},
            {"source": "the ministry", "cue": "said", "claim_hint": "nobody was killed"},
        ],
    }
    scores = score_document(gold, doc)["attributions"]
    assert (scores["matched"], scores["predicted"], scores["expected"]) == (1, 1, 2)


def test_macro_means_skip_articles_without_the_metric() -> None:
    rows = [{"a": 1.0, "b": None}, {"a": 0.5, "b": 0.2}]
    assert macro_means(rows) == {"a": 0.75, "b": 0.2}
