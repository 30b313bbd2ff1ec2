"""The built-in stages, listed in one place (no registration by import side effect).

Each stage is a thin wrapper: an extractor function reads the Document and returns records,
and the stage attaches them as its layer.
"""

from __future__ import annotations

from bisect import bisect_right

from dossier.document import Document, Sentence
from dossier.extract.actors import find_entities
from dossier.extract.attributions import find_attributions
from dossier.extract.dates import find_dates, infer_publication_date
from dossier.extract.events import find_events
from dossier.extract.opinion import classify_sentences
from dossier.extract.quantities import find_quantities
from dossier.extract.references import add_references
from dossier.language import load, parse_paragraphs
from dossier.pipeline import Pipeline, Stage


def _sentences_from_spacy(doc: Document) -> list[Sentence]:
    headings = sorted((p.start, p.end) for p in doc.paragraphs if p.heading)
    heading_starts = [start for start, _ in headings]

    def in_heading(offset: int) -> bool:  # bisection: a text may hold thousands of headings
        index = bisect_right(heading_starts, offset) - 1
        return index >= 0 and offset < headings[index][1]

    sentences: list[Sentence] = []
    for span in doc.layers["spacy"].sents:
        text = span.text
        start = span.start_char + (len(text) - len(text.lstrip()))
        end = span.end_char - (len(text) - len(text.rstrip()))
        if start >= end:
            continue
        sentences.append(
            Sentence(
                id=len(sentences),
                start=start,
                end=end,
                text=doc.text[start:end],
                kind="heading" if in_heading(start) else "fact",
                is_question=doc.text[start:end].rstrip('"”’) ').endswith("?"),
            )
        )
    return sentences


def _language_batch(docs: list[Document]) -> None:
    nlp = load()
    parsed = parse_paragraphs(nlp, [(doc.text, doc.paragraphs) for doc in docs])
    for doc, spacy_doc in zip(docs, parsed, strict=True):
        doc.layers["spacy"] = spacy_doc
        doc.sentences = _sentences_from_spacy(doc)


def _language(doc: Document) -> None:
    _language_batch([doc])


LANGUAGE = Stage(
    name="language",
    run=_language,
    run_batch=_language_batch,
    requires=("text", "paragraphs"),
    assigns=("spacy", "sentences"),
)


def _dates(doc: Document) -> None:
    doc.dates = find_dates(doc)  # they do not depend on the inferred publication date
    _infer_published(doc)


def _infer_published(doc: Document) -> None:
    """The publication date inferred from every date of the text (the whole text's, when
    it was analysed in pieces)."""
    if doc.metadata.published is None:
        inferred, reasoning = infer_publication_date(doc, doc.dates)
        doc.metadata.published_inferred = inferred
        doc.metadata.published_reasoning = reasoning


def _quantities(doc: Document) -> None:
    """The quantities an analyst can count or sum: a number that counts nothing the text
    names ("the princess, 67, announced", "defeated Caboolture 43-5", "at 6.3") is left
    out, though the rules read it (no unit is borrowed for it)."""
    doc.quantities = [q for q in find_quantities(doc) if q.unit]


def _actors(doc: Document) -> None:
    doc.entities = find_entities(doc)


def _references(doc: Document) -> None:
    add_references(doc)


def _attributions(doc: Document) -> None:
    doc.attributions = find_attributions(doc)


def _events(doc: Document) -> None:
    doc.events = find_events(doc)


def _opinion(doc: Document) -> None:
    for sentence, (kind, score, is_question, holder) in zip(
        doc.sentences, classify_sentences(doc), strict=True
    ):
        sentence.kind = kind
        sentence.opinion_score = score
        sentence.is_question = is_question
        sentence.opinion_holder = holder


DATES = Stage(
    "dates", _dates, requires=("sentences",), assigns=("dates",), finish=_infer_published
)
QUANTITIES = Stage(
    "quantities", _quantities, requires=("sentences", "dates"), assigns=("quantities",)
)
ACTORS = Stage("actors", _actors, requires=("spacy", "sentences"), assigns=("entities",))
REFERENCES = Stage(
    "references", _references, requires=("spacy", "entities"), assigns=("references",)
)
ATTRIBUTIONS = Stage(
    "attributions", _attributions, requires=("spacy", "entities", "dates"),
    assigns=("attributions",),
)
EVENTS = Stage(
    "events",
    _events,
    requires=("spacy", "entities", "dates", "attributions", "opinion"),
    assigns=("events",),
)
OPINION = Stage("opinion", _opinion, requires=("sentences", "attributions"), assigns=("opinion",))

DEFAULT_STAGES: list[Stage] = [
    LANGUAGE,
    DATES,
    QUANTITIES,
    ACTORS,
    REFERENCES,
    ATTRIBUTIONS,
    OPINION,
    EVENTS,
]


def default_pipeline() -> Pipeline:
    """The pipeline ``dossier.analyze`` runs."""
    return Pipeline(list(DEFAULT_STAGES))
