"""All database access: one transaction per document, the same content stored once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

import dossier
from dossier.analysis import content_hash
from dossier.document import Document
from dossier.store.corpus import add_documents, load_corpus, member_facts, save_changes
from dossier.store.models import (
    AttributionRow,
    Base,
    DateRow,
    DocumentRow,
    EntityRow,
    EventRow,
    MentionRow,
    QuantityRow,
    SentenceRow,
)
from dossier.store.query import QUERIES, QueryFilter

DEFAULT_DB = "dossier.db"


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a file path (SQLite) or a URL given as is."""
    target = str(target)
    if target.startswith(("postgresql://", "postgres://")):
        # SQLAlchemy's default PostgreSQL driver is psycopg2; dossier ships psycopg 3
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target if "://" in target else f"sqlite:///{target}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _rows(doc: Document, hash_: str, pipeline: str) -> DocumentRow:
    row = DocumentRow(
        id=doc.id,
        content_hash=hash_,
        title=doc.metadata.title,
        url=doc.metadata.url,
        published=doc.metadata.published,
        language=doc.metadata.language,
        source=doc.metadata.source,
        author=doc.metadata.author,
        issuer=doc.metadata.issuer,
        text=doc.text,
        pipeline=pipeline,
        analysis=doc.to_dict(),
    )
    row.sentences = [SentenceRow(**s.model_dump()) for s in doc.sentences]
    row.entities = [
        EntityRow(
            **e.model_dump(exclude={"mentions"}),
            mentions=[MentionRow(**m.model_dump()) for m in e.mentions],
        )
        for e in doc.entities
    ]
    row.events = [
        EventRow(
            **e.model_dump(exclude={"trigger"}),
            trigger_start=e.trigger.start,
            trigger_end=e.trigger.end,
            trigger_text=e.trigger.text,
        )
        for e in doc.events
    ]
    row.attributions = [
        AttributionRow(
            **a.model_dump(exclude={"claim"}),
            claim_start=a.claim.start,
            claim_end=a.claim.end,
            claim_text=a.claim.text,
        )
        for a in doc.attributions
    ]
    row.quantities = [QuantityRow(**q.model_dump()) for q in doc.quantities]
    row.dates = [DateRow(**d.model_dump()) for d in doc.dates]
    return row


class Store:
    """A dossier database (SQLite by default, any SQLAlchemy URL otherwise)."""

    def __init__(self, target: str | Path = DEFAULT_DB) -> None:
        self.url = database_url(target)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)

    def save(self, doc: Document, *, pipeline: str | None = None) -> bool:
        """Store ``doc`` in one transaction; False when the same content is already stored."""
        hash_ = content_hash(doc.text)
        with self._session.begin() as session:
            if session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == hash_)):
                return False
            if session.get(DocumentRow, doc.id) is not None:
                raise ValueError(f"document id {doc.id!r} is already stored with different content")
            session.add(_rows(doc, hash_, pipeline or f"dossier {dossier.__version__}"))
        return True

    def get(self, doc_id: str) -> Document | None:
        with Session(self.engine) as session:
            row = session.get(DocumentRow, doc_id)
            return None if row is None else Document.from_dict(row.analysis)

    def documents(self) -> Iterator[Document]:
        with Session(self.engine) as session:
            for analysis in session.scalars(select(DocumentRow.analysis).order_by(DocumentRow.id)):
                yield Document.from_dict(analysis)

    def count(self, table: type[Base] = DocumentRow) -> int:
        with Session(self.engine) as session:
            return session.scalar(select(func.count()).select_from(table)) or 0

    def corpus(self, *, batch: int = 200):
        """The corpus view, first brought up to date with the articles stored since its last
        update (only those are resolved and merged; the rest is read back as stored)."""
        with self._session.begin() as session:
            corpus = load_corpus(session)
            new = [
                doc_id
                for doc_id in session.scalars(select(DocumentRow.id).order_by(DocumentRow.id))
                if doc_id not in corpus.stored
            ]
            for start in range(0, len(new), batch):
                chosen = new[start : start + batch]
                rows = session.scalars(
                    select(DocumentRow.analysis).where(DocumentRow.id.in_(chosen))
                )
                add_documents(session, corpus, [Document.from_dict(row) for row in rows])
                save_changes(session, corpus)
            save_changes(session, corpus)
        engine = self.engine
        corpus.member_facts = lambda document, entity: member_facts(engine, document, entity)
        corpus.query = self.query
        return corpus

    def query(self, kind: str, **filters: Any) -> list[dict[str, Any]]:
        """Rows of one kind (events, actors, claims, sentences) that pass ``filters`` (the
        fields of ``dossier.store.query.QueryFilter``). Call ``corpus()`` first so that the
        corpus tables hold every stored article."""
        if kind not in QUERIES:
            raise ValueError(f"{kind}: not a query; use one of {', '.join(QUERIES)}")
        with self.engine.begin() as connection:
            return QUERIES[kind](connection, QueryFilter(**filters))

    def close(self) -> None:
        self.engine.dispose()
