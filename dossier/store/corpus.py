"""The corpus view in the database: corpus actors, their members, corpus events and their
mentions, kept up to date article by article.

``update_corpus`` loads what is stored (no resolution is redone: members keep their actor),
adds the articles not yet in it, and writes back only the actors and events that changed.
"""

from __future__ import annotations

from sqlalchemy import JSON, Float, ForeignKey, Integer, String, Text, delete, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from dossier.corpus import Corpus
from dossier.corpus.actors import ActorRef, CorpusActor, Evidence, name_key
from dossier.corpus.events import CorpusEvent, EventMention, date_window
from dossier.document import Document
from dossier.store.models import (
    AttributionRow,
    Base,
    DocumentRow,
    EntityRow,
    EventRow,
    SentenceRow,
)


class CorpusActorRow(Base):
    __tablename__ = "corpus_actors"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    aliases: Mapped[list] = mapped_column(JSON)
    codes: Mapped[list] = mapped_column(JSON)
    articles: Mapped[int] = mapped_column(Integer)


class CorpusActorNameRow(Base):
    """Every name and alias of a corpus actor, normalised, for look-ups by name."""

    __tablename__ = "corpus_actor_names"

    actor_id: Mapped[str] = mapped_column(String, primary_key=True)
    key: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class CorpusDocumentRow(Base):
    """An article already added to the corpus view."""

    __tablename__ = "corpus_documents"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )


class CorpusMemberRow(Base):
    __tablename__ = "corpus_members"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    actor_id: Mapped[str] = mapped_column(String, index=True)
    reason: Mapped[str] = mapped_column(Text)
    joined_document: Mapped[str | None] = mapped_column(String)
    joined_entity: Mapped[str | None] = mapped_column(String)


class CorpusEventRow(Base):
    __tablename__ = "corpus_events"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    source: Mapped[str | None] = mapped_column(String, index=True)
    target: Mapped[str | None] = mapped_column(String, index=True)
    location: Mapped[str | None] = mapped_column(String)
    mode: Mapped[str] = mapped_column(String(16), index=True)
    first_day: Mapped[str | None] = mapped_column(String(10), index=True)
    last_day: Mapped[str | None] = mapped_column(String(10))
    num_mentions: Mapped[int] = mapped_column(Integer)
    num_articles: Mapped[int] = mapped_column(Integer, index=True)
    num_sources: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)


class CorpusEventMentionRow(Base):
    __tablename__ = "corpus_event_mentions"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    event_id: Mapped[str] = mapped_column(String, primary_key=True)
    corpus_event_id: Mapped[str] = mapped_column(String, index=True)


def load_corpus(session: Session) -> Corpus:
    """The stored corpus view, rebuilt from its tables without resolving anything again."""
    corpus = Corpus()
    resolver, merger = corpus.actors, corpus.events
    for row in session.scalars(select(CorpusActorRow)):
        resolver.actors[row.id] = CorpusActor(id=row.id, name=row.name, type=row.type)
    refs: dict[tuple[str, str], ActorRef] = {}
    members = session.execute(
        select(
            CorpusMemberRow.actor_id,
            CorpusMemberRow.document_id,
            CorpusMemberRow.entity_id,
            CorpusMemberRow.reason,
            CorpusMemberRow.joined_document,
            CorpusMemberRow.joined_entity,
            EntityRow.name,
            EntityRow.type,
            EntityRow.aliases,
            EntityRow.code,
            DocumentRow.published,
        )
        .join(
            EntityRow,
            (EntityRow.document_id == CorpusMemberRow.document_id)
            & (EntityRow.id == CorpusMemberRow.entity_id),
        )
        .join(DocumentRow, DocumentRow.id == CorpusMemberRow.document_id)
        .order_by(CorpusMemberRow.actor_id)
    )
    evidence = []
    for member in members:
        ref = ActorRef(
            document=member.document_id,
            entity=member.entity_id,
            name=member.name,
            type=member.type,
            aliases=tuple(member.aliases or ()),
            code=member.code,
            published=member.published,
        )
        refs[ref.document, ref.entity] = ref
        resolver.restore(member.actor_id, ref)
        evidence.append((ref, member.joined_document, member.joined_entity, member.reason))
    for ref, document, entity, reason in evidence:
        joined = refs.get((document, entity)) if document else None
        resolver.restore_evidence(Evidence(ref, joined, reason))
    for row in session.scalars(select(CorpusEventRow)):
        merger.events[row.id] = CorpusEvent(
            id=row.id,
            type=row.type,
            source=row.source,
            target=row.target,
            mode=row.mode,
            window=date_window(f"{row.first_day}/{row.last_day}") if row.first_day else None,
            location=row.location,
        )
    mentions = session.execute(
        select(
            CorpusEventMentionRow.corpus_event_id,
            EventRow.id,
            EventRow.type,
            EventRow.source,
            EventRow.target,
            EventRow.location,
            EventRow.mode,
            EventRow.date,
            EventRow.trigger_text,
            EventRow.attributed_to,
            EventRow.confidence,
            EventRow.sentence.label("sentence_id"),
            SentenceRow.text.label("sentence"),
            DocumentRow.id.label("document"),
            DocumentRow.published,
            DocumentRow.source.label("outlet"),
        )
        .join(
            EventRow,
            (EventRow.document_id == CorpusEventMentionRow.document_id)
            & (EventRow.id == CorpusEventMentionRow.event_id),
        )
        .join(DocumentRow, DocumentRow.id == EventRow.document_id)
        .outerjoin(
            SentenceRow,
            (SentenceRow.document_id == EventRow.document_id)
            & (SentenceRow.id == EventRow.sentence),
        )
    )
    claims = dict(
        session.execute(
            select(AttributionRow.document_id + ":" + AttributionRow.id, AttributionRow.source_text)
        ).all()
    )
    actor = resolver.actor_of_member
    for row in mentions:
        merger.restore(
            row.corpus_event_id,
            EventMention(
                document=row.document,
                event=row.id,
                type=row.type,
                source=actor(row.document, row.source),
                target=actor(row.document, row.target),
                location=actor(row.document, row.location),
                mode=row.mode,
                date=row.date,
                window=date_window(row.date, row.published),
                sentence=row.sentence or "",
                trigger=row.trigger_text,
                outlet=row.outlet,
                attributed_to=claims.get(f"{row.document}:{row.attributed_to}"),
                confidence=row.confidence,
                sentence_id=row.sentence_id,
            ),
        )
    corpus.stored = set(session.scalars(select(CorpusDocumentRow.document_id)))
    resolver.clear_changes()
    merger.clear_changes()
    if resolver.actors and session.scalar(select(CorpusActorNameRow.actor_id).limit(1)) is None:
        resolver.changed.update(resolver.actors)  # names of a corpus stored before they were
    return corpus


def save_changes(session: Session, corpus: Corpus) -> None:
    """Write the actors and events that changed since the corpus was loaded."""
    resolver, merger = corpus.actors, corpus.events
    for absorbed, into in resolver.removed.items():
        session.execute(delete(CorpusActorRow).where(CorpusActorRow.id == absorbed))
        session.execute(delete(CorpusActorNameRow).where(CorpusActorNameRow.actor_id == absorbed))
        session.execute(
            update(CorpusMemberRow)
            .where(CorpusMemberRow.actor_id == absorbed)
            .values(actor_id=resolver.canonical(into))
        )
    for actor_id in resolver.changed:
        if actor_id not in resolver.actors:
            continue
        actor = resolver.actors[actor_id]
        session.merge(
            CorpusActorRow(
                id=actor.id,
                name=actor.name,
                type=actor.type,
                aliases=actor.aliases,
                codes=actor.codes(),
                articles=len(actor.documents),
            )
        )
        session.execute(delete(CorpusActorNameRow).where(CorpusActorNameRow.actor_id == actor_id))
        keys = {name_key(name) for name in (actor.name, *actor.aliases)} - {""}
        session.add_all(CorpusActorNameRow(actor_id=actor_id, key=key) for key in sorted(keys))
    for evidence in resolver.new_evidence:
        member = evidence.member
        session.merge(
            CorpusMemberRow(
                document_id=member.document,
                entity_id=member.entity,
                actor_id=resolver.actor_of(member.document, member.entity),
                reason=evidence.reason,
                joined_document=evidence.joined.document if evidence.joined else None,
                joined_entity=evidence.joined.entity if evidence.joined else None,
            )
        )
    for absorbed, into in merger.removed.items():
        session.execute(delete(CorpusEventRow).where(CorpusEventRow.id == absorbed))
        session.execute(
            update(CorpusEventMentionRow)
            .where(CorpusEventMentionRow.corpus_event_id == absorbed)
            .values(corpus_event_id=merger.canonical(into))
        )
    for event_id in merger.changed:
        event = merger.events[event_id]
        session.merge(
            CorpusEventRow(
                id=event.id,
                type=event.type,
                source=event.source,
                target=event.target,
                location=event.location,
                mode=event.mode,
                first_day=event.window[0].isoformat() if event.window else None,
                last_day=event.window[1].isoformat() if event.window else None,
                num_mentions=len(event.mentions),
                num_articles=len(event.articles),
                num_sources=len(event.sources),
                confidence=event.confidence,
            )
        )
    for mention, event_id in merger.new_mentions:
        session.merge(
            CorpusEventMentionRow(
                document_id=mention.document,
                event_id=mention.event,
                corpus_event_id=merger.canonical(event_id),
            )
        )
    resolver.clear_changes()
    merger.clear_changes()


def add_documents(session: Session, corpus: Corpus, docs: list[Document]) -> int:
    """Add the articles the stored corpus lacks; returns how many were added."""
    added = 0
    for doc in docs:
        if doc.id not in corpus.stored:
            corpus.add(doc, keep_document=False)
            session.merge(CorpusDocumentRow(document_id=doc.id))
            added += 1
    return added


def new_documents(session: Session, *, limit: int | None = None) -> list[str]:
    """Ids of the stored articles the corpus view lacks, in id order (the first ``limit``)."""
    added = select(CorpusDocumentRow.document_id)
    chosen = select(DocumentRow.id).where(DocumentRow.id.not_in(added)).order_by(DocumentRow.id)
    return list(session.scalars(chosen.limit(limit)))


def member_facts(engine, document: str, entity: str) -> tuple[float | None, list[dict]]:
    """What one article says of one of its entities: its stance and the claims it makes."""
    with Session(engine) as session:
        stance = session.scalar(
            select(EntityRow.stance).where(
                (EntityRow.document_id == document) & (EntityRow.id == entity)
            )
        )
        claims = [
            {
                "document": document,
                "sentence": row.sentence,
                "cue": row.cue,
                "claim": row.claim_text,
            }
            for row in session.scalars(
                select(AttributionRow).where(
                    (AttributionRow.document_id == document) & (AttributionRow.source == entity)
                )
            )
        ]
    return stance, claims
