"""Queries over the stored corpus view: the sentences naming an actor, found newest first a
batch of articles at a time, are those (and in the order) one query over all gives."""

import pytest
from sqlalchemy import text

from dossier.document import Document, Entity, Mention, Metadata, Sentence
from dossier.store import Store
from dossier.store import query as queries

SENTENCES = [
    ("Israeli jets struck the port.", "fact"),
    ("The strike was a grave mistake.", "opinion"),
    ("Hezbollah fired rockets at Israel.", "fact"),
    ("Israel must stop now.", "opinion"),
]


def _article(doc_id: str, published: str | None, named_in: list[int]) -> Document:
    """An article of the four sentences above whose entity Israel is named in the
    sentences ``named_in``."""
    text_ = " ".join(sentence for sentence, _ in SENTENCES)
    sentences, start = [], 0
    for number, (sentence, kind) in enumerate(SENTENCES):
        sentences.append(
            Sentence(id=number, start=start, end=start + len(sentence), text=sentence, kind=kind)
        )
        start += len(sentence) + 1
    mentions = [
        Mention(start=sentences[n].start, end=sentences[n].start + 6, text="Israel", sentence=n)
        for n in named_in
    ]
    return Document(
        id=doc_id,
        text=f"{text_} ({doc_id})",
        metadata=Metadata(published=published, source=f"outlet of {doc_id}"),
        sentences=sentences,
        entities=[Entity(id="e1", name="Israel", type="STATE", mentions=mentions)],
    )


@pytest.fixture
def store(tmp_path) -> Store:
    store = Store(tmp_path / "q.db")
    days = ["2024-10-03", "2024-10-01", "2024-10-01", None, "2024-10-02", "2024-10-01", None]
    for number, day in reversed(list(enumerate(days))):  # a later article, an earlier row
        store.save(_article(f"a{number}", day, [[0, 1], [1, 3], [0, 2, 3], [3]][number % 4]))
    store.save(
        Document(
            id="other",
            text="Nothing about it.",
            metadata=Metadata(published="2024-10-04"),
            sentences=[Sentence(id=0, start=0, end=17, text="Nothing about it.")],
        )
    )
    store.update_corpus()
    return store


@pytest.mark.parametrize("batches", [(1,), (1, 2), (2, 3), (2, 2, 2), (100, 1000)])
@pytest.mark.parametrize("limit", [1, 3, 5, 6, 50])
@pytest.mark.parametrize("mode", [None, "opinion", "question"])
def test_sentences_naming_an_actor_in_batches_are_those_of_one_query(
    store: Store, monkeypatch, batches, limit, mode
) -> None:
    keep = queries.QueryFilter(actor="Israel", mode=mode, limit=limit)
    with store.engine.connect() as connection:
        actors = queries._actor_ids(connection, "Israel")
        whole = queries._sentences(connection, keep, actors)
        monkeypatch.setattr(queries, "SENTENCE_BATCHES", batches)
        assert queries.query_sentences(connection, keep) == whole
    if mode != "question":
        assert whole  # the case is not empty
    days = [row["published"] for row in whole]
    dated = [day for day in days if day]
    assert dated == sorted(dated, reverse=True) and days == dated + [None] * (
        len(days) - len(dated)
    )


def test_sentences_naming_an_actor_newest_first(store: Store) -> None:
    found = store.query("sentences", actor="Israel", mode="opinion", limit=3)
    assert [(s["document"], s["sentence"]) for s in found] == [("a0", 1), ("a4", 1), ("a5", 1)]
    assert store.query("sentences", actor="Israel", since="2024-10-02") == store.query(
        "sentences", actor="Israel", limit=4
    )
    assert {s["document"] for s in store.query("sentences", actor="Israel", source="of a6")} == {
        "a6"
    }


def test_the_view_keeps_each_article_date(store: Store) -> None:
    with store.engine.connect() as connection:
        query = text("SELECT document_id, published FROM corpus_documents")
        rows = {document: published for document, published in connection.execute(query)}
    assert rows["a0"] == "2024-10-03" and rows["a3"] is None and rows["other"] == "2024-10-04"
