import pytest

from dossier import language
from dossier.language import SHIPPED_MODEL, ModelNotFoundError, load, model_name


def test_loader_setting_selects_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_SPACY_MODEL", "blank")
    assert model_name() == "blank"
    nlp = load()
    assert nlp.pipe_names == ["sentencizer"]


def test_loader_missing_pipeline_error_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_SPACY_MODEL", "en_no_such_pipeline")
    with pytest.raises(ModelNotFoundError) as error:
        load()
    message = str(error.value)
    assert "en_no_such_pipeline" in message and "DOSSIER_SPACY_MODEL" in message


def test_loader_default_is_the_shipped_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOSSIER_SPACY_MODEL", raising=False)
    assert model_name() == language.DEFAULT_MODEL
    if not (SHIPPED_MODEL / "config.cfg").exists():
        pytest.skip("the shipped model is not built in this checkout")
    nlp = load()
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    doc = nlp("Troops withdrew from the town. Officials in Kyiv confirmed it on Monday.")
    assert len(list(doc.sents)) == 2
    assert all(token.dep_ for token in doc)


def test_loader_splits_a_bracket_glued_to_a_name(blank_model: None) -> None:
    nlp = load()
    words = [t.text for t in nlp.make_doc("Abboud Qanbar(Arabic: x) met al-Assad in f(x).")]
    assert words[:4] == ["Abboud", "Qanbar", "(", "Arabic"]
    assert "al" in words and "-" in words  # the pipeline's own infixes are kept


def test_loader_parts_an_abbreviation_from_a_hyphened_word(blank_model: None) -> None:
    nlp = load()
    text = "A U.S.-led coalition and U.N.-backed talks, e.g.-style."
    words = [t.text for t in nlp.make_doc(text)]
    assert words[:5] == ["A", "U.S.", "-", "led", "coalition"]
    assert words[6:9] == ["U.N.", "-", "backed"]
    assert "e.g.-style" in words  # a lower-case abbreviation is no actor's name


def test_paragraphs_are_parsed_apart_and_joined_unchanged(blank_model: None) -> None:
    from dossier.document import Paragraph
    from dossier.language import parse_paragraphs

    text = "Jets Strike After Rocket Fire\n\nIsraeli jets struck. Hezbollah fired.\n"
    paragraphs = [Paragraph(start=0, end=29, heading=True), Paragraph(start=31, end=68)]
    [doc] = parse_paragraphs(load(), [(text, paragraphs)])
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Jets Strike After Rocket Fire", "Israeli jets struck.", "Hezbollah fired."
    ]


def test_sentence_chunks_give_the_matches_of_the_whole_parse(monkeypatch) -> None:
    from spacy.matcher import DependencyMatcher

    from dossier.language import sentence_chunks

    monkeypatch.delenv("DOSSIER_SPACY_MODEL", raising=False)
    if not (SHIPPED_MODEL / "config.cfg").exists():
        pytest.skip("the shipped model is not built in this checkout")
    nlp = load()
    doc = nlp(
        "Officials said the convoy was hit near Kherson. Rebels denied it on Monday. "
        "The ministry said that two soldiers were wounded, and aid groups said more fled. "
        "Talks resumed in Doha."
    )
    matcher = DependencyMatcher(nlp.vocab)
    matcher.add("said", [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "say"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}},
        {"LEFT_ID": "cue", "REL_OP": ">>", "RIGHT_ID": "claim", "RIGHT_ATTRS": {"POS": "VERB"}},
    ]])
    chunks = list(sentence_chunks(doc, max_tokens=12))
    assert len(chunks) > 2  # several sentences each (one alone when it is longer)
    assert "".join(chunk.text_with_ws for _, chunk in chunks) == doc.text_with_ws
    starts = [start for start, _ in chunks]
    assert starts == sorted(starts) and all(doc[start].is_sent_start for start in starts)
    for start, chunk in chunks:
        assert [(t.dep_, t.head.i + start) for t in chunk] == [
            (t.dep_, t.head.i) for t in doc[start : start + len(chunk)]
        ]
    chunked = sorted(
        (key, [start + i for i in ids]) for start, chunk in chunks for key, ids in matcher(chunk)
    )
    assert chunked == sorted(matcher(doc)) and len(chunked) >= 2
