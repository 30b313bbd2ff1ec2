import pytest

import dossier
from dossier.document import Document, json_schema
from dossier.pipeline import Pipeline, PipelineError, Stage


def _noop(doc: Document) -> None:
    return None


def test_pipeline_fails_fast_on_missing_layer() -> None:
    with pytest.raises(PipelineError, match="requires sentences, entities"):
        Pipeline(
            [
                Stage(
                    name="events",
                    run=_noop,
                    requires=("sentences", "entities"),
                    assigns=("events",),
                ),
                Stage(name="language", run=_noop, assigns=("sentences",)),
            ]
        )


def test_pipeline_rejects_duplicate_stage_names() -> None:
    stage = Stage(name="x", run=_noop)
    with pytest.raises(PipelineError, match="two stages"):
        Pipeline([stage, stage])


def test_analyze_sentences_respect_paragraphs_and_headings(blank_model: None) -> None:
    text = (
        "Ceasefire Talks Stall in Cairo\n\nNegotiators left on Monday. Hamas said it would "
        "return.\n\nWhat Happens Now?\n\nFighting resumed in Rafah."
    )
    doc = dossier.analyze(text)
    assert [s.text for s in doc.sentences] == [
        "Ceasefire Talks Stall in Cairo",
        "Negotiators left on Monday.",
        "Hamas said it would return.",
        "What Happens Now?",
        "Fighting resumed in Rafah.",
    ]
    assert [s.kind == "heading" for s in doc.sentences] == [True, False, False, True, False]
    assert [s.is_question for s in doc.sentences] == [False, False, False, True, False]
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text


def test_analyze_dev_article_no_sentence_spans_heading_and_text(
    dev_text: str, blank_model: None
) -> None:
    doc = dossier.analyze(dev_text)
    headings = [p for p in doc.paragraphs if p.heading]
    for sentence in doc.sentences:
        for heading in headings:
            inside = heading.start <= sentence.start < heading.end
            assert not inside or sentence.end <= heading.end
    questions = [s.text for s in doc.sentences if s.is_question and s.kind == "heading"]
    assert len(questions) == 5


def test_document_round_trips_through_json(blank_model: None) -> None:
    doc = dossier.analyze(
        "Rebels shelled Goma on 3 May 2024.",
        published="2024-05-04",
        title="Goma",
        url="https://example.org/goma",
    )
    again = Document.model_validate_json(doc.to_json())
    assert again == doc
    data = doc.to_dict()
    assert data["schema"] == "dossier/1"
    assert data["metadata"] == {
        "title": "Goma",
        "url": "https://example.org/goma",
        "published": "2024-05-04",
        "language": "en",
        "author": None,
        "issuer": None,
        "source": "<api>",
        "published_inferred": None,
        "published_reasoning": None,
    }


def test_json_schema_names_every_layer() -> None:
    properties = json_schema()["properties"]
    for layer in (
        "schema",
        "id",
        "metadata",
        "text",
        "sentences",
        "entities",
        "events",
        "attributions",
        "quantities",
        "dates",
    ):
        assert layer in properties


def test_analyze_many_streams_in_order_with_ids(blank_model: None) -> None:
    items = [{"id": "x1", "text": "Troops withdrew from Kherson."}, "Talks resumed in Doha."]
    docs = list(dossier.analyze_many(items))
    assert docs[0].id == "x1" and docs[0].text == "Troops withdrew from Kherson."
    assert docs[1].text == "Talks resumed in Doha."


def test_analyze_rejects_empty_text() -> None:
    with pytest.raises(ValueError, match="empty"):
        dossier.analyze("   ")


def test_analyze_rejects_bad_published_date() -> None:
    with pytest.raises(ValueError, match="not ISO"):
        dossier.analyze("Troops withdrew.", published="last Tuesday")
