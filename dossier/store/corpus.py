"""The corpus view in the database: corpus actors, their members, corpus events and their
mentions, kept up to date article by article.

``update_corpus`` loads what is stored (no resolution is redone: members keep their actor),
adds the articles not yet in it, and writes back only the actors and events that changed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    cast,
    delete,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from dossier.corpus import Corpus
from dossier.corpus.actors import NOT_ACTORS, ActorRef, CorpusActor, Evidence, name_key
from dossier.corpus.events import CorpusEvent, EventMention, date_window
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


def _chunks(values: list, size: int = 500):
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _replace_rows(session: Session, table, key, rows: list[dict]) -> None:
    """Delete the rows whose ``key`` is among ``rows``' keys and insert ``rows``, in bulk."""
    ids = [row[key.key] for row in rows]
    for chunk in _chunks(ids):
        session.execute(delete(table).where(key.in_(chunk)))
    if rows:
        session.execute(table.__table__.insert(), rows)


def save_changes(session: Session, corpus: Corpus) -> None:
    """Write the actors and events that changed since the corpus was loaded, with bulk
    deletes and inserts (a row per changed actor or event, not a statement per row)."""
    resolver, merger = corpus.actors, corpus.events
    absorbed_actors = list(resolver.removed)
    for chunk in _chunks(absorbed_actors):
        session.execute(delete(CorpusActorRow).where(CorpusActorRow.id.in_(chunk)))
        session.execute(delete(CorpusActorNameRow).where(CorpusActorNameRow.actor_id.in_(chunk)))
    for absorbed, into in resolver.removed.items():
        session.execute(
            update(CorpusMemberRow)
            .where(CorpusMemberRow.actor_id == absorbed)
            .values(actor_id=resolver.canonical(into))
        )
    changed = [resolver.actors[a] for a in sorted(resolver.changed) if a in resolver.actors]
    _replace_rows(
        session,
        CorpusActorRow,
        CorpusActorRow.id,
        [
            {
                "id": actor.id,
                "name": actor.name,
                "type": actor.type,
                "aliases": actor.aliases,
                "codes": actor.codes(),
                "articles": len(actor.documents),
            }
            for actor in changed
        ],
    )
    for chunk in _chunks([actor.id for actor in changed]):
        session.execute(delete(CorpusActorNameRow).where(CorpusActorNameRow.actor_id.in_(chunk)))
    names = [
        {"actor_id": actor.id, "key": key}
        for actor in changed
        for key in sorted({name_key(name) for name in (actor.name, *actor.aliases)} - {""})
    ]
    if names:
        session.execute(CorpusActorNameRow.__table__.insert(), names)
    members = {
        (e.member.document, e.member.entity): {
            "document_id": e.member.document,
            "entity_id": e.member.entity,
            "actor_id": resolver.actor_of(e.member.document, e.member.entity),
            "reason": e.reason,
            "joined_document": e.joined.document if e.joined else None,
            "joined_entity": e.joined.entity if e.joined else None,
        }
        for e in reversed(resolver.new_evidence)  # the first reason of a member is kept
    }
    if members:
        session.execute(CorpusMemberRow.__table__.insert(), list(members.values()))
    for chunk in _chunks(list(merger.removed)):
        session.execute(delete(CorpusEventRow).where(CorpusEventRow.id.in_(chunk)))
    for absorbed, into in merger.removed.items():
        session.execute(
            update(CorpusEventMentionRow)
            .where(CorpusEventMentionRow.corpus_event_id == absorbed)
            .values(corpus_event_id=merger.canonical(into))
        )
    _replace_rows(
        session,
        CorpusEventRow,
        CorpusEventRow.id,
        [
            {
                "id": event.id,
                "type": event.type,
                "source": event.source,
                "target": event.target,
                "location": event.location,
                "mode": event.mode,
                "first_day": event.window[0].isoformat() if event.window else None,
                "last_day": event.window[1].isoformat() if event.window else None,
                "num_mentions": len(event.mentions),
                "num_articles": len(event.articles),
                "num_sources": len(event.sources),
                "confidence": event.confidence,
            }
            for event in (merger.events[e] for e in sorted(merger.changed))
        ],
    )
    mentions = [
        {
            "document_id": mention.document,
            "event_id": mention.event,
            "corpus_event_id": merger.canonical(event_id),
        }
        for mention, event_id in merger.new_mentions
    ]
    if mentions:
        session.execute(CorpusEventMentionRow.__table__.insert(), mentions)
    resolver.clear_changes()
    merger.clear_changes()


@cache
def _aliases(stored: str | None) -> tuple[str, ...]:
    """An entity's stored aliases (JSON text), decoded once per distinct list."""
    return tuple(json.loads(stored)) if stored else ()


def add_stored_documents(session: Session, corpus: Corpus, ids: list[str]) -> int:
    """Add the stored articles ``ids`` that the corpus view lacks, in id order, read from
    the entity and event tables (the view needs neither the whole analysis JSON nor its
    validation). Returns how many were added."""
    chosen = sorted(set(ids) - corpus.stored)
    if not chosen:
        return 0
    documents = {
        row.id: row
        for row in session.execute(
            select(DocumentRow.id, DocumentRow.published, DocumentRow.source).where(
                DocumentRow.id.in_(chosen)
            )
        )
    }
    refs: dict[str, list[ActorRef]] = defaultdict(list)
    entities = session.execute(
        select(
            EntityRow.document_id,
            EntityRow.id,
            EntityRow.name,
            EntityRow.type,
            cast(EntityRow.aliases, Text).label("aliases"),
            EntityRow.code,
        )
        .where(EntityRow.document_id.in_(chosen) & EntityRow.type.not_in(NOT_ACTORS))
        .order_by(EntityRow.pk)
    )
    for row in entities:
        refs[row.document_id].append(
            ActorRef(
                document=row.document_id,
                entity=row.id,
                name=row.name,
                type=row.type,
                aliases=_aliases(row.aliases),
                code=row.code,
                published=documents[row.document_id].published,
            )
        )
    events: dict[str, list] = defaultdict(list)
    rows = session.execute(
        select(
            EventRow.document_id,
            EventRow.id,
            EventRow.type,
            EventRow.source,
            EventRow.target,
            EventRow.location,
            EventRow.mode,
            EventRow.date,
            EventRow.sentence,
            EventRow.trigger_text,
            EventRow.confidence,
            SentenceRow.text.label("sentence_text"),
            AttributionRow.source_text.label("claimed_by"),
        )
        .outerjoin(
            SentenceRow,
            (SentenceRow.document_id == EventRow.document_id)
            & (SentenceRow.id == EventRow.sentence),
        )
        .outerjoin(
            AttributionRow,
            (AttributionRow.document_id == EventRow.document_id)
            & (AttributionRow.id == EventRow.attributed_to),
        )
        .where(EventRow.document_id.in_(chosen))
        .order_by(EventRow.pk)
    )
    for row in rows:
        events[row.document_id].append(row)
    resolver, merger = corpus.actors, corpus.events
    for document in chosen:
        corpus.stored.add(document)
        for ref in refs[document]:
            resolver.add(ref)
        article = documents[document]
        for row in events[document]:
            merger.add(
                EventMention(
                    document=document,
                    event=row.id,
                    type=row.type,
                    source=resolver.actor_of_member(document, row.source),
                    target=resolver.actor_of_member(document, row.target),
                    location=resolver.actor_of_member(document, row.location),
                    mode=row.mode,
                    date=row.date,
                    window=date_window(row.date, article.published),
                    sentence=row.sentence_text or "",
                    trigger=row.trigger_text,
                    outlet=article.source,
                    attributed_to=row.claimed_by,
                    confidence=row.confidence,
                    sentence_id=row.sentence,
                )
            )
    session.execute(CorpusDocumentRow.__table__.insert(), [{"document_id": d} for d in chosen])
    return len(chosen)


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
