from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import dossier
from dossier.store import Store
from dossier.store.models import DateRow, DocumentRow, EntityRow, EventRow, MentionRow, SentenceRow


def test_store_saves_once_per_content(tmp_path: Path, blank_model: None) -> None:
    store = Store(tmp_path / "d.db")
    doc = dossier.analyze("Militias withdrew from the border. Officials confirmed it.")
    assert store.save(doc) is True
    assert store.save(doc) is False
    assert store.count() == 1
    assert store.count(SentenceRow) == 2
    assert store.get(doc.id) == doc


def test_store_keeps_finished_documents_when_a_later_one_fails(
    tmp_path: Path, blank_model: None
) -> None:
    store = Store(tmp_path / "d.db")
    first = dossier.analyze("Troops crossed the river.", id="same")
    clash = dossier.analyze("A different text with the same id.", id="same")
    assert store.save(first)
    try:
        store.save(clash)
    except ValueError as error:
        assert "already stored" in str(error)
    else:
        raise AssertionError("an id clash must not pass silently")
    assert [d.text for d in store.documents()] == ["Troops crossed the river."]


def test_save_many_stores_what_save_stores(tmp_path: Path, blank_model: None) -> None:
    texts = [
        "Hezbollah fired rockets at Israel on Monday, the army said. Two people died.",
        "Israel struck Hezbollah positions in Lebanon. Officials in Beirut condemned it.",
    ]
    docs = [dossier.analyze(text) for text in texts]
    one_by_one, bulk = Store(tmp_path / "a.db"), Store(tmp_path / "b.db")
    for doc in docs:
        one_by_one.save(doc)
    assert bulk.save_many(docs) == 2
    assert bulk.save_many(docs) == 0  # the same content is stored once
    tables = [DocumentRow, SentenceRow, EntityRow, MentionRow, EventRow, DateRow]
    assert [bulk.count(t) for t in tables] == [one_by_one.count(t) for t in tables]
    assert [bulk.get(d.id) for d in docs] == docs
    # mentions belong to their own entities
    with Session(bulk.engine) as session:
        pairs = session.execute(
            select(EntityRow.document_id, EntityRow.id, MentionRow.text).join(
                MentionRow, MentionRow.entity_pk == EntityRow.pk
            )
        ).all()
    expected = {(d.id, e.id, m.text) for d in docs for e in d.entities for m in e.mentions}
    assert set(pairs) == expected
    clash = dossier.analyze("Another text under a stored id.", id=docs[0].id)
    with pytest.raises(ValueError, match="already stored"):
        bulk.save_many([clash])
