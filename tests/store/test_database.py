from pathlib import Path

import dossier
from dossier.store import Store
from dossier.store.models import SentenceRow


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
