"""A list mark that opens a paragraph is parsed apart from its item and then hung on it."""

from __future__ import annotations

from spacy.language import Language

from dossier.document import Paragraph
from dossier.language import doc_text, parse_paragraphs


def _parse(nlp: Language, text: str):
    starts = [0, *(i + 2 for i in range(len(text)) if text.startswith("\n\n", i))]
    paragraphs = [Paragraph(start=s, end=s) for s in starts]
    [doc] = parse_paragraphs(nlp, [(text, paragraphs)])
    return doc


def test_a_list_item_parses_as_the_sentence_without_its_mark(nlp: Language) -> None:
    text = (
        "Niger\n\n- According to the Department of State, terrorists and their supporters are "
        "active in planning kidnappings in Niger, and they may attack anywhere in the country."
    )
    doc = _parse(nlp, text)
    assert doc_text(doc) == text  # the same characters
    by_text = {t.text: t for t in doc}
    assert by_text["Department"].dep_ != "nsubj", [(t.text, t.dep_) for t in doc]
    assert by_text["-"].dep_ == "punct" and not by_text["According"].is_sent_start
    assert [s.text for s in doc.sents][1].startswith("- According")


def test_a_paragraph_of_flattened_items_keeps_its_marks(nlp: Language) -> None:
    text = "Nominees\n\n- Jane Roe, Ambassador to Chad - John Doe, Ambassador to Mali"
    doc = _parse(nlp, text)
    assert doc_text(doc) == text
    assert doc[2].text == "-" and doc[2].is_sent_start  # the paragraph is not split at its mark
