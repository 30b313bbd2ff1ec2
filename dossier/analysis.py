"""The Python API: ``analyze`` one text, ``analyze_many`` a stream of them."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from dossier.document import Document, Metadata, content_hash
from dossier.ingest import CleanedText, IngestError, RawArticle, prepare
from dossier.ingest.readers import article_from_record
from dossier.pipeline import BATCH_DOCUMENTS, Pipeline
from dossier.stages import default_pipeline


class SkippedItemWarning(UserWarning):
    """An item of ``analyze_many`` that could not be analysed and was left out."""


def normalize_published(value: str | date | None) -> str | None:
    """``YYYY-MM-DD`` from a date or an ISO string (a longer timestamp is cut to its day)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()[:10]
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise ValueError(f"published date {value!r} is not ISO YYYY-MM-DD") from None


def build_document(article: RawArticle, cleaned: CleanedText) -> Document:
    """A Document holding the ingest layer (text, paragraphs, metadata)."""
    return Document(
        id=article.id or content_hash(cleaned.text)[:16],
        text=cleaned.text,
        paragraphs=cleaned.paragraphs,
        metadata=Metadata(
            title=article.title or cleaned.title,
            url=article.url or cleaned.url,
            published=normalize_published(article.published) or cleaned.published,
            published_reasoning=None if article.published else cleaned.published_reasoning,
            source=article.source,
            author=cleaned.author,
            issuer=cleaned.issuer,
        ),
    )


def ingest(article: RawArticle) -> Document:
    """Clean a raw article into a Document (no analysis yet).

    Raises IngestError naming the article's source when it cannot be used.
    """
    article, cleaned = prepare(article)
    try:
        return build_document(article, cleaned)
    except ValueError as error:  # a bad publication date or metadata value
        message = str(error).strip().splitlines()[0]
        raise IngestError(article.source, message) from None


def analyze(
    text: str,
    published: str | date | None = None,
    title: str | None = None,
    url: str | None = None,
    *,
    id: str | None = None,
    format: str = "text",
    pipeline: Pipeline | None = None,
) -> Document:
    """Analyse one article.

    text (str): the article as plain text, Markdown or HTML (``format="html"``).
    published: publication date; relative dates are resolved against it.
    RETURNS (Document): every layer filled; ``doc.to_json()`` gives the schema.
    """
    if not text or not text.strip():
        raise ValueError("text is empty")
    article = RawArticle(
        text=text,
        source="<api>",
        format=format,
        id=id,
        title=title,
        url=url,
        published=normalize_published(published),
    )
    doc = ingest(article)
    return (pipeline or default_pipeline())(doc)


def _warn_skipped(where: str, error: Exception) -> None:
    reason = error.message if isinstance(error, IngestError) else f"{type(error).__name__}: {error}"
    warnings.warn(f"{where}: skipped ({reason})", SkippedItemWarning, stacklevel=3)


def analyze_many(
    items: Iterable[str | RawArticle | dict],
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = BATCH_DOCUMENTS,
    on_error: Callable[[str, Exception], None] | None = None,
) -> Iterator[Document]:
    """Analyse a stream of articles (texts, dicts with ``text`` and metadata, or RawArticles).

    Documents come out in input order. An item that cannot be read or analysed is left out
    and reported, and the rest go on: ``on_error(where, error)`` is called with the item's
    source (``item N`` for texts and dicts, counted from 0) or, without it, a
    SkippedItemWarning is issued.
    """
    pipeline = pipeline or default_pipeline()
    report = on_error or _warn_skipped
    names: dict[int, str] = {}  # id(doc) -> how errors name it, while it is in the pipe

    def documents() -> Iterator[Document]:
        for index, item in enumerate(items):
            where = item.source if isinstance(item, RawArticle) else f"item {index}"
            try:
                doc = ingest(_raw_article(item, where))
            except IngestError as error:
                report(where, IngestError(where, error.message))
                continue
            names[id(doc)] = where
            yield doc

    def failed(doc: Document, error: Exception) -> None:
        report(names.pop(id(doc)), error)

    for doc in pipeline.pipe(documents(), batch_size=batch_size, on_error=failed):
        names.pop(id(doc), None)
        yield doc


def _raw_article(item: str | RawArticle | dict, where: str) -> RawArticle:
    """An analyze_many item as a RawArticle; IngestError when it is not a usable one."""
    if isinstance(item, RawArticle):
        return item
    if isinstance(item, str):
        if not item.strip():
            raise IngestError(where, "is empty or whitespace only")
        return RawArticle(text=item, source="<api>")
    if isinstance(item, dict):
        article = article_from_record(item, where)
        source = item.get("source", "<api>")
        article.source = source if isinstance(source, str) else "<api>"
        return article
    raise IngestError(where, f"is of type {type(item).__name__}, not a text, dict or RawArticle")


__all__ = [
    "SkippedItemWarning",
    "analyze",
    "analyze_many",
    "build_document",
    "ingest",
]
