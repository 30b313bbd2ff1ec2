"""The store, the corpus view and its queries on a real PostgreSQL server."""

import pytest

from dossier.corpus import Corpus
from dossier.store import Store, database_url

from ..corpus.test_corpus import HEZBOLLAH, ISRAEL, _article
from ..postgres import NoPostgres, postgres_server


@pytest.fixture(scope="module")
def postgres_url():
    try:
        with postgres_server() as url:
            yield url
    except NoPostgres as error:
        pytest.skip(f"no PostgreSQL server could be started here: {error}")


def test_database_url_uses_psycopg_for_postgresql() -> None:
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("a/b.db") == "sqlite:///a/b.db"


def test_postgres_store_corpus_and_queries(postgres_url: str, monkeypatch) -> None:
    from dossier.store import query

    strike = [("ASSAULT", "Israel", "Hezbollah", "2024-10-01")]
    articles = [
        _article("a", "2024-10-01", [ISRAEL, HEZBOLLAH], strike),
        _article("b", "2024-10-02", [("Hizbullah", "ARMED_GROUP", []), ISRAEL], []),
        _article("c", "2024-10-02", [ISRAEL, HEZBOLLAH], strike),
    ]
    store = Store(postgres_url)
    for doc in articles:
        assert store.save(doc) is True
    assert store.save(articles[0]) is False
    assert store.get("b") == articles[1]
    corpus = store.corpus()
    assert len(corpus.actors) == len(Corpus(articles).actors)
    [event] = corpus.query("events", actor="Hizbullah")
    assert (event["source"], event["num_articles"]) == ("Israel", 2)
    found = corpus.query("sentences", text="reports", until="2024-10-01")
    assert [s["document"] for s in found] == ["a"]
    naming = corpus.query("sentences", actor="Hizbullah")
    assert [s["document"] for s in naming] == ["b", "c", "a"]  # newest first, then stored
    monkeypatch.setattr(query, "SENTENCE_BATCHES", (1, 1))
    assert corpus.query("sentences", actor="Hizbullah", limit=2) == naming[:2]
    store.close()


def test_postgres_view_grows_article_by_article(postgres_url: str) -> None:
    from sqlalchemy import text

    from ..corpus.test_corpus import _summary

    def strike(name: str) -> list[tuple]:
        return [("ASSAULT", name, "Israel", "2024-10-01")]

    articles = [
        _article(
            "d", "2024-10-01", [("Hizbullah", "ARMED_GROUP", []), ISRAEL], strike("Hizbullah")
        ),
        _article(
            "f", "2024-10-02", [("Hezbollah", "ARMED_GROUP", []), ISRAEL], strike("Hezbollah")
        ),
        # one actor (and one strike) only now
        _article("e", "2024-10-02", [HEZBOLLAH, ISRAEL], []),
    ]
    store = Store(postgres_url)
    with store.engine.begin() as connection:  # another test's articles stay out of this view
        connection.execute(text("DELETE FROM documents"))
        for table in ("corpus_actors", "corpus_actor_names", "corpus_actor_keys", "corpus_events"):
            connection.execute(text(f"DELETE FROM {table}"))
    for doc in articles:
        store.save(doc)
        assert store.update_corpus() == 1
    corpus = store.corpus()
    assert _summary(corpus) == _summary(Corpus(articles))
    assert [sorted(e.articles) for e in corpus.corpus_events()] == [["d", "f"]]
    store.close()


def test_postgres_view_stored_before_article_dates_gets_them(postgres_url: str) -> None:
    from alembic import command
    from sqlalchemy import inspect, text

    from dossier.store.database import _migrations

    store = Store(postgres_url)
    store.save(_article("g", "2024-10-03", [ISRAEL, HEZBOLLAH]))
    store.update_corpus()
    with store.engine.begin() as connection:
        command.downgrade(_migrations(connection), "0004")
    store.close()
    again = Store(postgres_url)
    with again.engine.connect() as connection:
        dates = dict(
            connection.execute(text("SELECT document_id, published FROM corpus_documents")).all()
        )
    indexes = {i["name"] for i in inspect(again.engine).get_indexes("corpus_members")}
    assert dates["g"] == "2024-10-03"
    assert "ix_corpus_members_actor_id_document_id" in indexes
    assert "ix_corpus_members_actor_id" not in indexes
    sentence_indexes = {i["name"] for i in inspect(again.engine).get_indexes("sentences")}
    assert "ix_sentences_document_id_kind" in sentence_indexes
    every = again.query("sentences", actor="Hizbullah")
    assert every and again.query("sentences", actor="Hizbullah", mode=every[0]["kind"]) == [
        row for row in every if row["kind"] == every[0]["kind"]
    ]
    again.close()
