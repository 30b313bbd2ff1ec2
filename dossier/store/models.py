"""SQLAlchemy tables: one row per document and one per item of each layer."""

from __future__ import annotations

from sqlalchemy import JSON, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    language: Mapped[str] = mapped_column(String(8))
    source: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    issuer: Mapped[str | None] = mapped_column(Text, index=True)
    text: Mapped[str] = mapped_column(Text)
    pipeline: Mapped[str] = mapped_column(String, doc="dossier version and stages that made it")
    analysis: Mapped[dict] = mapped_column(JSON, doc="the whole dossier/1 JSON document")

    sentences: Mapped[list[SentenceRow]] = relationship(cascade="all, delete-orphan")
    entities: Mapped[list[EntityRow]] = relationship(cascade="all, delete-orphan")
    events: Mapped[list[EventRow]] = relationship(cascade="all, delete-orphan")
    attributions: Mapped[list[AttributionRow]] = relationship(cascade="all, delete-orphan")
    quantities: Mapped[list[QuantityRow]] = relationship(cascade="all, delete-orphan")
    dates: Mapped[list[DateRow]] = relationship(cascade="all, delete-orphan")


def _document_key() -> Mapped[str]:
    return mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)


class SentenceRow(Base):
    __tablename__ = "sentences"
    __table_args__ = (
        Index("ix_sentences_document_id_id", "document_id", "id"),
        Index("ix_sentences_document_id_kind", "document_id", "kind"),
    )

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _document_key()
    id: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    opinion_score: Mapped[float] = mapped_column(Float)
    is_question: Mapped[bool]
    opinion_holder: Mapped[str | None] = mapped_column(String)


class EntityRow(Base):
    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_document_id_id", "document_id", "id"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _document_key()
    id: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(Text, index=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    aliases: Mapped[list] = mapped_column(JSON)
    code: Mapped[str | None] = mapped_column(String(32), index=True)
    stance: Mapped[float | None] = mapped_column(Float)
    rules: Mapped[list] = mapped_column(JSON)
    mentions: Mapped[list[MentionRow]] = relationship(cascade="all, delete-orphan")


class MentionRow(Base):
    __tablename__ = "mentions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity_pk: Mapped[int] = mapped_column(
        ForeignKey("entities.pk", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    sentence: Mapped[int] = mapped_column(Integer)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_document_id_sentence", "document_id", "sentence"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _document_key()
    id: Mapped[str] = mapped_column(String)
    type: Mapped[str] = mapped_column(String(32), index=True)
    source: Mapped[str | None] = mapped_column(String)
    target: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String(21), index=True)
    location: Mapped[str | None] = mapped_column(String)
    mode: Mapped[str] = mapped_column(String(16))
    attributed_to: Mapped[str | None] = mapped_column(String)
    sentence: Mapped[int] = mapped_column(Integer)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    trigger_text: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    rules: Mapped[list] = mapped_column(JSON)


class AttributionRow(Base):
    __tablename__ = "attributions"
    __table_args__ = (Index("ix_attributions_document_id_source", "document_id", "source"),)

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _document_key()
    id: Mapped[str] = mapped_column(String)
    source: Mapped[str | None] = mapped_column(String)
    source_text: Mapped[str] = mapped_column(Text)
    source_type: Mapped[str] = mapped_column(String(32))
    cue: Mapped[str] = mapped_column(Text)
    claim_start: Mapped[int] = mapped_column(Integer)
    claim_end: Mapped[int] = mapped_column(Integer)
    claim_text: Mapped[str] = mapped_column(Text)
    sentence: Mapped[int] = mapped_column(Integer)
    rules: Mapped[list] = mapped_column(JSON)


class QuantityRow(Base):
    __tablename__ = "quantities"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _document_key()
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String)
    qualifier: Mapped[str] = mapped_column(String(16))
    casualty: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[int] = mapped_column(Integer)


class DateRow(Base):
    __tablename__ = "dates"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = _document_key()
    text: Mapped[str] = mapped_column(Text)
    value: Mapped[str] = mapped_column(String(21), index=True)
    granularity: Mapped[str] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[int] = mapped_column(Integer)
