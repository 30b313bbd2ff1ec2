"""The schema is kept by Alembic migrations: a database made before them upgrades in place."""

import sqlite3
from pathlib import Path

import sqlalchemy as sa

import dossier
from dossier.store import Store

OLD_SCHEMA = Path(__file__).parents[1] / "data" / "schema_0_1_sqlite.sql"


def _columns(store: Store, table: str) -> set[str]:
    return {column["name"] for column in sa.inspect(store.engine).get_columns(table)}


def _version(store: Store) -> str:
    with store.engine.connect() as connection:
        return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def test_an_old_database_upgrades_in_place_and_keeps_its_documents(tmp_path, blank_model) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as connection:
        connection.executescript(OLD_SCHEMA.read_text())
        connection.execute(
            "INSERT INTO documents VALUES ('old', 'h', 't', NULL, '2024-01-01', 'en', NULL, "
            "'Hamas attacked.', 'dossier 0.1', '{}')"
        )
    store = Store(path)
    assert {"author", "issuer"} <= _columns(store, "documents")
    assert "rules" in _columns(store, "events")
    assert "corpus_actors" in sa.inspect(store.engine).get_table_names()
    assert store.contains("h")
    doc = dossier.analyze("Rebels shelled Goma on 3 May 2024.", published="2024-05-04")
    assert store.save(doc) is True
    head = _version(store)
    store.close()
    again = Store(path)
    assert _version(again) == head
    assert again.get(doc.id) == doc


def test_a_new_database_starts_at_the_newest_revision(tmp_path) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from dossier.store.database import MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    store = Store(tmp_path / "new.db")
    assert _version(store) == ScriptDirectory.from_config(config).get_current_head()
    assert {"opinion_holder"} <= _columns(store, "sentences")


def test_a_view_stored_before_article_dates_gets_them(tmp_path) -> None:
    from alembic import command

    from dossier.store.database import _migrations

    from ..corpus.test_corpus import HEZBOLLAH, ISRAEL, _article

    store = Store(tmp_path / "view.db")
    store.save(_article("a", "2024-10-01", [ISRAEL, HEZBOLLAH]))
    store.update_corpus()
    with store.engine.begin() as connection:
        command.downgrade(_migrations(connection), "0004")
    assert "published" not in _columns(store, "corpus_documents")
    store.close()
    again = Store(tmp_path / "view.db")
    with again.engine.connect() as connection:
        dates = connection.execute(sa.text("SELECT published FROM corpus_documents")).all()
    indexes = {i["name"] for i in sa.inspect(again.engine).get_indexes("corpus_members")}
    assert [tuple(row) for row in dates] == [("2024-10-01",)]
    assert "ix_corpus_members_actor_id_document_id" in indexes
    assert "ix_corpus_members_actor_id" not in indexes
    assert [s["document"] for s in again.query("sentences", actor="Hizbullah")] == ["a"]
    sentence_indexes = {i["name"] for i in sa.inspect(again.engine).get_indexes("sentences")}
    assert "ix_sentences_document_id_kind" in sentence_indexes  # 0006, after a downgrade
    every = again.query("sentences", actor="Hizbullah")
    for kind in {"fact", "opinion", "question", "heading"}:  # by kind: the same rows, filtered
        by_kind = again.query("sentences", actor="Hizbullah", mode=kind)
        assert by_kind == [row for row in every if row["kind"] == kind]
