"""All database access: one transaction per document, the same content stored once.

Several processes may write into one SQLite database at once: the schema is created with
``IF NOT EXISTS`` inside one write transaction, each document is written in a transaction
that takes the write lock before it checks the content hash (``BEGIN IMMEDIATE``), the
journal is WAL (readers never block the writer) and a busy timeout makes a writer wait for
the lock instead of failing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, false, func, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import (
    ArgumentError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.schema import CreateIndex, CreateTable

import dossier
from dossier.document import Document
from dossier.store.corpus import (
    CorpusDocumentRow,
    StoredView,
    add_stored_documents,
    load_corpus,
    member_facts,
    new_documents,
    partial_update_possible,
    save_changes,
)
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
from dossier.store.query import QUERIES, QueryFilter, ensure_full_text

DEFAULT_DB = "dossier.db"
# Seconds a SQLite writer waits for another process's write lock before it gives up.
BUSY_TIMEOUT_SECONDS = 60
# Up to this many new articles update the stored view in place (loading only the actors and
# events they touch); more are added to the whole view loaded in memory.
INCREMENTAL_MAX = 500
# Execution option that makes a SQLite transaction take the write lock when it begins.
WRITE_LOCK = "dossier_write_lock"


class StoreError(Exception):
    """A database that cannot be opened or written; the message names it and the fix."""


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a file path (SQLite) or a URL given as is."""
    target = str(target)
    if target.startswith(("postgresql://", "postgres://")):
        # SQLAlchemy's default PostgreSQL driver is psycopg2; dossier ships psycopg 3
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target if "://" in target else f"sqlite:///{target}"


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Transactions are begun by _sqlite_begin, not by the driver (SQLAlchemy's recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(WRITE_LOCK, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _create_schema(connection: Connection) -> None:
    """Every table and index, each only if absent, so that concurrent creators agree; then
    a write that changes nothing, so that a read-only database fails here."""
    for table in Base.metadata.sorted_tables:
        connection.execute(CreateTable(table, if_not_exists=True))
        for index in sorted(table.indexes, key=lambda index: index.name or ""):
            connection.execute(CreateIndex(index, if_not_exists=True))
    connection.execute(delete(DocumentRow).where(false()))


MIGRATIONS = Path(__file__).with_name("migrations")
#: The revision a database made before migrations existed is stamped with.
BASELINE = "0001"


def _migrations(connection: Connection):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _upgrade_schema(connection: Connection) -> None:
    """A new database gets the whole schema and the newest revision; an older one is
    upgraded in place by the Alembic migrations (one made before migrations existed is
    first stamped with the baseline). Runs under the write lock, so concurrent openers
    take turns; PostgreSQL takes an advisory lock for the same reason."""
    from alembic import command
    from sqlalchemy import inspect, text

    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(7262817)"))
    tables = set(inspect(connection).get_table_names())
    config = _migrations(connection)
    if "documents" not in tables:
        _create_schema(connection)
        ensure_full_text(connection)
        command.stamp(config, "head")
        return
    if "alembic_version" not in tables:
        command.stamp(config, BASELINE)
    command.upgrade(config, "head")
    _create_schema(connection)
    ensure_full_text(connection)


def _sqlite_path_problem(url: str) -> str | None:
    """Why a SQLite file path cannot hold a database, when the file system already tells."""
    if not url.startswith("sqlite:///") or url.startswith(("sqlite:///file:", "sqlite:///:")):
        return None
    path = Path(url.removeprefix("sqlite:///").split("?", 1)[0])
    if path.is_dir():
        return "is a folder, not a database file"
    if not path.parent.is_dir():
        return f"cannot be created: the folder {path.parent} does not exist"
    return None


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
            **e.model_dump(exclude={"trigger", "source_text", "target_text"}),
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


def _bulk_rows(docs: list[Document], pipeline: str, next_entity: int) -> dict[type, list]:
    """The rows of every table for ``docs``, as dicts for bulk inserts; entities get their
    primary keys from ``next_entity`` on, so that their mentions can name them."""
    rows: dict[type, list] = {
        table: []
        for table in (
            DocumentRow,
            SentenceRow,
            EntityRow,
            MentionRow,
            EventRow,
            AttributionRow,
            QuantityRow,
            DateRow,
        )
    }
    for doc in docs:
        meta = doc.metadata
        rows[DocumentRow].append(
            dict(
                id=doc.id,
                content_hash=doc.content_hash,
                title=meta.title,
                url=meta.url,
                published=meta.published,
                language=meta.language,
                source=meta.source,
                author=meta.author,
                issuer=meta.issuer,
                text=doc.text,
                pipeline=pipeline,
                analysis=doc.to_dict(),
            )
        )
        of_doc = {"document_id": doc.id}
        rows[SentenceRow] += [{**s.model_dump(), **of_doc} for s in doc.sentences]
        for entity in doc.entities:
            rows[EntityRow].append(
                {**entity.model_dump(exclude={"mentions"}), **of_doc, "pk": next_entity}
            )
            rows[MentionRow] += [
                {**m.model_dump(), "entity_pk": next_entity} for m in entity.mentions
            ]
            next_entity += 1
        rows[EventRow] += [
            {
                **e.model_dump(exclude={"trigger", "source_text", "target_text"}),
                **of_doc,
                "trigger_start": e.trigger.start,
                "trigger_end": e.trigger.end,
                "trigger_text": e.trigger.text,
            }
            for e in doc.events
        ]
        rows[AttributionRow] += [
            {
                **a.model_dump(exclude={"claim"}),
                **of_doc,
                "claim_start": a.claim.start,
                "claim_end": a.claim.end,
                "claim_text": a.claim.text,
            }
            for a in doc.attributions
        ]
        rows[QuantityRow] += [{**q.model_dump(), **of_doc} for q in doc.quantities]
        rows[DateRow] += [{**d.model_dump(), **of_doc} for d in doc.dates]
    return rows


class Store:
    """A dossier database (SQLite by default, any SQLAlchemy URL otherwise).

    Opening checks that the database can be written, so that a bad target fails before any
    analysis; every problem is a StoreError naming the target.
    """

    def __init__(self, target: str | Path = DEFAULT_DB) -> None:
        self.url = database_url(target)
        self.name = str(target)
        problem = _sqlite_path_problem(self.url)
        if problem:
            raise StoreError(f"{self.name}: {problem}")
        sqlite = self.url.startswith("sqlite")
        try:
            self.engine: Engine = create_engine(
                self.url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS} if sqlite else {}
            )
        except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as error:
            raise StoreError(
                f"{self.name}: not a database dossier can open ({_first_line(error)}); "
                "give a file path or a SQLAlchemy URL such as sqlite:///dossier.db"
            ) from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._writer = self.engine.execution_options(**{WRITE_LOCK: True})
        try:
            self._upgrade_schema()
        except SQLAlchemyError as error:
            self.engine.dispose()
            reason = _first_line(getattr(error, "orig", None) or error)
            raise StoreError(f"{self.name}: cannot open or write the database ({reason})") from None
        self._session = sessionmaker(self._writer, expire_on_commit=False)

    def _upgrade_schema(self) -> None:
        """Create or upgrade the schema in one write transaction. Processes opening a new
        SQLite database at the same moment can be told "database is locked" at once, without
        the busy timeout's wait (switching a new file to WAL needs it to itself): try again
        until the timeout."""
        deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
        pause = 0.05
        while True:
            try:
                with self._writer.begin() as connection:
                    _upgrade_schema(connection)
                return
            except OperationalError as error:
                if "locked" not in str(error.orig) or time.monotonic() + pause > deadline:
                    raise
                self.engine.dispose()  # a connection that failed half-way is not reused
                time.sleep(pause)
                pause = min(pause * 2, 1.0)

    def save(self, doc: Document, *, pipeline: str | None = None) -> bool:
        """Store ``doc`` in one transaction; False when the same content is already stored.

        Raises ValueError when another text is already stored under ``doc.id``.
        """
        hash_ = doc.content_hash
        try:
            with self._session.begin() as session:
                if self._stored_id(session, hash_) is not None:
                    return False
                if session.get(DocumentRow, doc.id) is not None:
                    raise ValueError(
                        f"document id {doc.id!r} is already stored with different content"
                    )
                session.add(_rows(doc, hash_, pipeline or f"dossier {dossier.__version__}"))
        except IntegrityError:
            # another process stored the same content (or id) between our check and write
            if self.contains(hash_):
                return False
            raise ValueError(
                f"document id {doc.id!r} is already stored with different content"
            ) from None
        return True

    def save_many(self, docs: list[Document], *, pipeline: str | None = None) -> int:
        """Store many documents in one transaction with bulk inserts (much faster than
        ``save`` one by one, for imports and benchmarks); those whose content is already
        stored are skipped. Returns how many were stored.

        Raises ValueError when another text is already stored under one of the ids.
        """
        made_by = pipeline or f"dossier {dossier.__version__}"
        with self._writer.begin() as connection:
            hashes = {doc.content_hash: doc for doc in docs}
            stored = set(
                connection.scalars(
                    select(DocumentRow.content_hash).where(DocumentRow.content_hash.in_(hashes))
                )
            )
            fresh = [doc for hash_, doc in hashes.items() if hash_ not in stored]
            taken = set(
                connection.scalars(
                    select(DocumentRow.id).where(DocumentRow.id.in_([d.id for d in fresh]))
                )
            )
            if taken:
                raise ValueError(
                    f"document id {sorted(taken)[0]!r} is already stored with different content"
                )
            if fresh:
                next_entity = (connection.scalar(select(func.max(EntityRow.pk))) or 0) + 1
                for table, rows in _bulk_rows(fresh, made_by, next_entity).items():
                    if rows:
                        connection.execute(table.__table__.insert(), rows)
        return len(fresh)

    @staticmethod
    def _stored_id(session: Session, hash_: str) -> str | None:
        return session.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == hash_))

    def contains(self, hash_: str) -> bool:
        """Whether a document with this content hash is stored (see Document.content_hash)."""
        with Session(self.engine) as session:
            return self._stored_id(session, hash_) is not None

    def get_by_hash(self, hash_: str) -> Document | None:
        """The stored analysis of the text with this content hash."""
        with Session(self.engine) as session:
            analysis = session.scalar(
                select(DocumentRow.analysis).where(DocumentRow.content_hash == hash_)
            )
            return None if analysis is None else Document.from_dict(analysis)

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

    def update_corpus(self, *, batch: int = 1000) -> int:
        """Bring the corpus view up to date with the articles stored since its last update:
        only those are resolved and merged, and only what changed is written. A few new
        articles load only the stored actors and events they may join; many are added to
        the whole view. Returns how many articles were added (nothing is read back when
        there are none)."""
        with Session(self.engine) as session:
            if not new_documents(session, limit=1):
                return 0  # no write lock taken
        with self._session.begin() as session:
            new = new_documents(session)
            if new:
                self._add_to_corpus(session, self._view_for(session, new), new, batch)
        return len(new)

    @staticmethod
    def _view_for(session: Session, new: list[str]):
        """What ``new`` articles are added to: the part of the stored view they touch, or
        the whole view (many articles, or a view stored before its look-up keys)."""
        if len(new) <= INCREMENTAL_MAX and partial_update_possible(session):
            return StoredView(session).corpus
        return load_corpus(session)

    def corpus(self, *, batch: int = 1000):
        """The corpus view (dossier.corpus.Corpus), up to date with every stored article."""
        with self._session.begin() as session:
            new = new_documents(session)
            if len(new) <= INCREMENTAL_MAX and partial_update_possible(session):
                self._add_to_corpus(session, StoredView(session).corpus, new, batch)
                new = []
            corpus = load_corpus(session)
            self._add_to_corpus(session, corpus, new, batch)
        engine = self.engine
        corpus.member_facts = lambda document, entity: member_facts(engine, document, entity)
        corpus.query = self.query
        return corpus

    def refresh_corpus(self, corpus, *, batch: int = 1000):
        """``corpus`` (held since an earlier ``corpus()``) brought up to date: the articles
        stored since are added to it; when another process updated the stored view meanwhile,
        the view is loaded again. Nothing is locked when nothing is new. RETURNS the
        up-to-date corpus."""

        def in_view(session: Session) -> int:
            return session.scalar(select(func.count()).select_from(CorpusDocumentRow)) or 0

        with Session(self.engine) as session:
            stale = in_view(session) != len(corpus.stored)
            if not stale and not new_documents(session, limit=1):
                return corpus
        if not stale:
            with self._session.begin() as session:
                stale = in_view(session) != len(corpus.stored)  # checked again under the lock
                if not stale:
                    self._add_to_corpus(session, corpus, new_documents(session), batch)
        return self.corpus(batch=batch) if stale else corpus

    @staticmethod
    def _add_to_corpus(session: Session, corpus, new: list[str], batch: int) -> None:
        for start in range(0, len(new), batch):
            add_stored_documents(session, corpus, new[start : start + batch])
            save_changes(session, corpus)
        save_changes(session, corpus)

    def query(self, kind: str, **filters: Any) -> list[dict[str, Any]]:
        """Rows of one kind (events, actors, claims, sentences) that pass ``filters`` (the
        fields of ``dossier.store.query.QueryFilter``), after the corpus view is brought up
        to date."""
        self.update_corpus()
        if kind not in QUERIES:
            raise ValueError(f"{kind}: not a query; use one of {', '.join(QUERIES)}")
        with self.engine.begin() as connection:
            return QUERIES[kind](connection, QueryFilter(**filters))

    def close(self) -> None:
        self.engine.dispose()


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
