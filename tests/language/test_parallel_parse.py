"""A large parse split over forked processes gives the parse of one process."""

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from dossier import language
from dossier.ingest import RawArticle, prepare
from dossier.language import SHIPPED_MODEL, _even_cuts, load, parse_paragraphs

COLUMNS = [ORTH, IDX, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]


def test_cuts_share_the_characters_evenly() -> None:
    assert _even_cuts([1] * 10, 2) == [0, 5, 10]
    assert _even_cuts([5, 1, 1, 1, 1, 1], 2) == [0, 1, 6]
    assert _even_cuts([3, 3, 3], 3) == [0, 1, 2, 3]
    assert _even_cuts([4], 2) == [0, 1, 1]  # a part may be empty


def test_processes_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(language.PROCESSES_SETTING, "1")
    assert language.parse_processes() == 1
    monkeypatch.setenv(language.PROCESSES_SETTING, "2")
    assert language.parse_processes() in {1, 2}  # 1 where forking is not safe here


def test_forked_parse_is_the_parse_of_one_process(
    monkeypatch: pytest.MonkeyPatch, dev_text: str
) -> None:
    monkeypatch.delenv("DOSSIER_SPACY_MODEL", raising=False)
    if not (SHIPPED_MODEL / "config.cfg").exists():
        pytest.skip("the shipped model is not built in this checkout")
    _, cleaned = prepare(RawArticle(text=dev_text, source="dev"))
    items = [(cleaned.text, cleaned.paragraphs), ("Troops withdrew.\n\nTalks resumed.", [])]
    monkeypatch.setattr(language, "MIN_PARALLEL_CHARS", 100)
    monkeypatch.setenv(language.PROCESSES_SETTING, "1")
    alone = parse_paragraphs(load(), items)
    monkeypatch.setenv(language.PROCESSES_SETTING, "2")
    if language.parse_processes() < 2:
        pytest.skip("this process may not fork (threads or no Linux)")
    forked = parse_paragraphs(load(), items)
    for one, other in zip(alone, forked, strict=True):
        assert other.text == one.text
        assert (other.to_array(COLUMNS) == one.to_array(COLUMNS)).all()
