"""The Python API: ``analyze`` one text, ``analyze_many`` a stream of them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date

from dossier.document import Document, Metadata
from dossier.ingest import CleanedText, RawArticle, prepare
from dossier.pipeline import Pipeline
from dossier.stages import default_pipeline


def content_hash(text: str) -> str:
    """The identity of a cleaned text: the same content is stored once."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
    """Clean a raw article into a Document (no analysis yet)."""
    article, cleaned = prepare(article)
    return build_document(article, cleaned)


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


def analyze_many(
    items: Iterable[str | RawArticle | dict],
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 16,
) -> Iterator[Document]:
    """Analyse a stream of articles (texts, dicts with ``text`` and metadata, or RawArticles)."""
    pipeline = pipeline or default_pipeline()

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, str):
                item = RawArticle(text=item, source="<api>")
            elif isinstance(item, dict):
                item = RawArticle(
                    text=item["text"],
                    source=item.get("source", "<api>"),
                    format=item.get("format", "text"),
                    id=item.get("id"),
                    title=item.get("title"),
                    url=item.get("url"),
                    published=normalize_published(item.get("published")),
                )
            yield ingest(item)

    yield from pipeline.pipe(documents(), batch_size=batch_size)


__all__ = ["analyze", "analyze_many", "build_document", "content_hash", "ingest"]
