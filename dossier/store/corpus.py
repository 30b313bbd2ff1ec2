"""The corpus view in the database: corpus actors, their members, corpus events and their
mentions, kept up to date article by article.

``update_corpus`` loads what is stored (no resolution is redone: members keep their actor),
adds the articles not yet in it, and writes back only the actors and events that changed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, timedelta
from functools import cache

from sqlalchemy import (
    JSON,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    cast,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from dossier.corpus import Corpus
from dossier.corpus.actors import (
    NOT_ACTORS,
    ActorRef,
    ActorResolver,
    CorpusActor,
    Evidence,
    name_key,
)
from dossier.corpus.events import (
    MEETING_SLACK_DAYS,
    CorpusEvent,
    EventMention,
    EventMerger,
    date_window,
    event_number,
)
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


class CorpusActorKeyRow(Base):
    """The keys a corpus actor's members may share with a new entity ("TYPE|key": exact
    keys, and the long words of names for near spellings): an update looks up the keys of
    its new entities here and loads only the actors they may join."""

    __tablename__ = "corpus_actor_keys"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    actor_id: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    #: the first member with the key (what a new member that shares it joined)
    document_id: Mapped[str | None] = mapped_column(String)
    entity_id: Mapped[str | None] = mapped_column(String)


class CorpusDocumentRow(Base):
    """An article already added to the corpus view."""

    __tablename__ = "corpus_documents"

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    #: the article's publication date (what the sentences naming an actor are sorted by)
    published: Mapped[str | None] = mapped_column(String(10))


class CorpusMemberRow(Base):
    __tablename__ = "corpus_members"
    #: an actor's members, with their articles and entities in the index itself
    __table_args__ = (
        Index("ix_corpus_members_actor_id_document_id", "actor_id", "document_id", "entity_id"),
    )

    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    actor_id: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(Text)
    joined_document: Mapped[str | None] = mapped_column(String)
    joined_entity: Mapped[str | None] = mapped_column(String)


class CorpusEventRow(Base):
    __tablename__ = "corpus_events"
    #: the stored events a new report may join: same type and source, meeting windows
    __table_args__ = (
        Index("ix_corpus_events_source_type_first_day", "source", "type", "first_day"),
    )

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


def _restore_actors(
    session: Session, resolver: ActorResolver, actor_ids: list[str] | None = None
) -> list[tuple[ActorRef, str | None, str | None, str]]:
    """Put back stored actors with every member (all, or those of ``actor_ids``); returns
    each member with the member it joined and why."""
    chosen = [None] if actor_ids is None else list(_chunks(actor_ids))
    refs: list[tuple[ActorRef, str | None, str | None, str]] = []
    for chunk in chosen:
        actors = select(CorpusActorRow)
        members = (
            select(
                CorpusMemberRow.actor_id,
                CorpusMemberRow.document_id,
                CorpusMemberRow.entity_id,
                CorpusMemberRow.reason,
                CorpusMemberRow.joined_document,
                CorpusMemberRow.joined_entity,
                EntityRow.name,
                EntityRow.type,
                cast(EntityRow.aliases, Text).label("aliases"),
                EntityRow.code,
                DocumentRow.published,
            )
            .join(
                EntityRow,
                (EntityRow.document_id == CorpusMemberRow.document_id)
                & (EntityRow.id == CorpusMemberRow.entity_id),
            )
            .join(DocumentRow, DocumentRow.id == CorpusMemberRow.document_id)
            .order_by(CorpusMemberRow.actor_id, EntityRow.pk)
        )
        if chunk is not None:
            actors = actors.where(CorpusActorRow.id.in_(chunk))
            members = members.where(CorpusMemberRow.actor_id.in_(chunk))
        for row in session.scalars(actors):
            resolver.actors[row.id] = CorpusActor(id=row.id, name=row.name, type=row.type)
        for member in session.execute(members):
            ref = ActorRef(
                document=member.document_id,
                entity=member.entity_id,
                name=member.name,
                type=member.type,
                aliases=_aliases(member.aliases),
                code=member.code,
                published=member.published,
            )
            resolver.restore(member.actor_id, ref)
            refs.append((ref, member.joined_document, member.joined_entity, member.reason))
    return refs


def _restore_actor_summaries(session: Session, resolver: ActorResolver, actor_ids: list[str]):
    """Put back stored actors without their members (an actor named in every article has
    thousands): their names, code dates and stored keys."""
    for chunk in _chunks(actor_ids):
        keys: dict[str, list] = defaultdict(list)
        rows = select(CorpusActorKeyRow).where(CorpusActorKeyRow.actor_id.in_(chunk))
        for row in session.scalars(rows):
            type_ = row.key.partition("|")[0]
            member = ActorRef(document=row.document_id, entity=row.entity_id, name="", type=type_)
            keys[row.actor_id].append((row.key, member))
        for row in session.scalars(select(CorpusActorRow).where(CorpusActorRow.id.in_(chunk))):
            actor = CorpusActor(id=row.id, name=row.name, type=row.type)
            resolver.restore_summary(actor, row.aliases, row.codes, keys[row.id])


def _with_report_context(query):
    """``query`` over events joined to each event's sentence and the attribution that
    reports it (both may be absent)."""
    return query.outerjoin(
        SentenceRow,
        (SentenceRow.document_id == EventRow.document_id) & (SentenceRow.id == EventRow.sentence),
    ).outerjoin(
        AttributionRow,
        (AttributionRow.document_id == EventRow.document_id)
        & (AttributionRow.id == EventRow.attributed_to),
    )


def _restore_events(session: Session, merger: EventMerger, event_ids: list[str] | None) -> None:
    """Put back stored events with every report (all, or those of ``event_ids``), their
    actors as the stored members say."""
    source, target, place = (aliased(CorpusMemberRow) for _ in range(3))

    def member(alias, entity):
        return alias, (alias.document_id == EventRow.document_id) & (alias.entity_id == entity)

    for chunk in (
        [None] if event_ids is None else list(_chunks(sorted(event_ids, key=event_number)))
    ):
        events = select(CorpusEventRow)
        mentions = (
            select(
                CorpusEventMentionRow.corpus_event_id,
                EventRow.id,
                EventRow.type,
                source.actor_id.label("source"),
                target.actor_id.label("target"),
                place.actor_id.label("location"),
                EventRow.mode,
                EventRow.date,
                EventRow.trigger_text,
                EventRow.confidence,
                EventRow.sentence.label("sentence_id"),
                SentenceRow.text.label("sentence"),
                DocumentRow.id.label("document"),
                DocumentRow.published,
                DocumentRow.source.label("outlet"),
                AttributionRow.source_text.label("claimed_by"),
            )
            .join(
                EventRow,
                (EventRow.document_id == CorpusEventMentionRow.document_id)
                & (EventRow.id == CorpusEventMentionRow.event_id),
            )
            .join(DocumentRow, DocumentRow.id == EventRow.document_id)
            .outerjoin(*member(source, EventRow.source))
            .outerjoin(*member(target, EventRow.target))
            .outerjoin(*member(place, EventRow.location))
        )
        mentions = _with_report_context(mentions).order_by(
            CorpusEventMentionRow.document_id, EventRow.pk
        )
        if chunk is not None:
            events = events.where(CorpusEventRow.id.in_(chunk))
            mentions = mentions.where(CorpusEventMentionRow.corpus_event_id.in_(chunk))
        rows = sorted(session.scalars(events), key=lambda row: event_number(row.id))
        for row in rows:
            merger.restore_event(
                CorpusEvent(
                    id=row.id,
                    type=row.type,
                    source=row.source,
                    target=row.target,
                    mode=row.mode,
                    window=date_window(f"{row.first_day}/{row.last_day}")
                    if row.first_day
                    else None,
                    location=row.location,
                )
            )
        for row in session.execute(mentions):
            merger.restore(
                row.corpus_event_id,
                EventMention(
                    document=row.document,
                    event=row.id,
                    type=row.type,
                    source=row.source,
                    target=row.target,
                    location=row.location,
                    mode=row.mode,
                    date=row.date,
                    window=date_window(row.date, row.published),
                    sentence=row.sentence or "",
                    trigger=row.trigger_text,
                    outlet=row.outlet,
                    attributed_to=row.claimed_by,
                    confidence=row.confidence,
                    sentence_id=row.sentence_id,
                ),
            )


def _keys_stored(session: Session) -> bool:
    """Whether the actors' look-up keys are stored (not so in a view made before them)."""
    return (
        session.scalar(select(CorpusActorKeyRow.actor_id).limit(1)) is not None
        or session.scalar(select(CorpusActorRow.id).limit(1)) is None
    )


def partial_update_possible(session: Session) -> bool:
    """Whether new articles can be added to the stored view without loading all of it: a
    view is stored, with its actors' look-up keys."""
    has_view = session.scalar(select(CorpusDocumentRow.document_id).limit(1)) is not None
    return has_view and _keys_stored(session)


def load_corpus(session: Session) -> Corpus:
    """The stored corpus view, rebuilt from its tables without resolving anything again."""
    corpus = Corpus()
    resolver, merger = corpus.actors, corpus.events
    evidence = _restore_actors(session, resolver)
    refs = {(ref.document, ref.entity): ref for ref, *_ in evidence}
    for ref, document, entity, reason in evidence:
        joined = refs.get((document, entity)) if document else None
        resolver.restore_evidence(Evidence(ref, joined, reason))
    _restore_events(session, merger, None)
    corpus.stored = set(session.scalars(select(CorpusDocumentRow.document_id)))
    resolver.clear_changes()
    merger.clear_changes()
    if resolver.actors and session.scalar(select(CorpusActorNameRow.actor_id).limit(1)) is None:
        resolver.changed.update(resolver.actors)  # names of a corpus stored before they were
    if not _keys_stored(session):
        for actor in resolver.actors.values():  # keys of a corpus stored before they were
            actor.fresh_keys = set(actor.keys)
            resolver.changed.add(actor.id)
    return corpus


class StoredView:
    """A corpus view that holds only what an update touches: the stored actors that its new
    entities may join (found by their keys) and the stored events that its new reports may
    join (same type, mode class and source, windows that meet), loaded as they are asked
    for. Adding an article to it costs what that article touches, not the corpus size."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.corpus = Corpus()
        self.corpus.partial = True
        resolver, merger = self.corpus.actors, self.corpus.events
        resolver.fetch, merger.fetch, merger.fetch_naming = self.actors, self.events, self.naming
        self._keys: set[str] = set()
        self._windows: set[tuple] = set()
        self._named: set[str] = set()
        self._events: set[str] = set()
        numbers = (
            session.scalar(select(func.max(cast(func.substr(table.id, 2), Integer))))
            for table in (CorpusActorRow, CorpusEventRow)
        )
        resolver._next, merger._next = ((number or 0) + 1 for number in numbers)

    def actors(self, ref: ActorRef) -> None:
        keys = ref.wanted_keys() - self._keys
        if not keys:
            return
        self._keys |= keys
        resolver = self.corpus.actors
        found: set[str] = set()
        for chunk in _chunks(sorted(keys)):
            found.update(
                self.session.scalars(
                    select(CorpusActorKeyRow.actor_id).where(CorpusActorKeyRow.key.in_(chunk))
                )
            )
        new = sorted(a for a in found if a not in resolver.actors and a not in resolver.removed)
        if new:
            _restore_actor_summaries(self.session, resolver, new)

    def events(self, key: tuple[str, str, str], window: tuple[date, date]) -> None:
        if (key, window) in self._windows:
            return
        self._windows.add((key, window))
        type_, mode_class, source = key
        slack = timedelta(days=MEETING_SLACK_DAYS)
        asserted = CorpusEventRow.mode == "asserted"
        chosen = select(CorpusEventRow.id).where(
            (CorpusEventRow.source == source)
            & (CorpusEventRow.type == type_)
            & (asserted if mode_class == "asserted" else ~asserted)
            & (CorpusEventRow.first_day <= (window[1] + slack).isoformat())
            & (CorpusEventRow.last_day >= (window[0] - slack).isoformat())
        )
        self._load_events(set(self.session.scalars(chosen)))

    def naming(self, actor_ids: list[str]) -> None:
        wanted = sorted(set(actor_ids) - self._named)
        self._named.update(wanted)
        found: set[str] = set()
        for chunk in _chunks(wanted):
            found.update(
                self.session.scalars(
                    select(CorpusEventMentionRow.corpus_event_id)
                    .join(
                        EventRow,
                        (EventRow.document_id == CorpusEventMentionRow.document_id)
                        & (EventRow.id == CorpusEventMentionRow.event_id),
                    )
                    .join(
                        CorpusMemberRow,
                        (CorpusMemberRow.document_id == EventRow.document_id)
                        & CorpusMemberRow.entity_id.in_(
                            [EventRow.source, EventRow.target, EventRow.location]
                        ),
                    )
                    .where(CorpusMemberRow.actor_id.in_(chunk))
                    .distinct()
                )
            )
        self._load_events(found)

    def _load_events(self, found: set[str]) -> None:
        merger = self.corpus.events
        new = [e for e in found - self._events if e not in merger.removed]
        self._events.update(new)
        if new:
            _restore_events(self.session, merger, new)


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


def _insert_new(session: Session, table):
    """An INSERT that skips rows whose primary key is stored already."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).on_conflict_do_nothing()


def save_changes(session: Session, corpus: Corpus) -> None:
    """Write the actors and events that changed since the corpus was loaded, with bulk
    deletes and inserts (a row per changed actor or event, not a statement per row)."""
    resolver, merger = corpus.actors, corpus.events
    merger.follow_actor_merges()  # actors merged by an article without events
    absorbed_actors = list(resolver.removed)
    for chunk in _chunks(absorbed_actors):
        session.execute(delete(CorpusActorRow).where(CorpusActorRow.id.in_(chunk)))
        session.execute(delete(CorpusActorNameRow).where(CorpusActorNameRow.actor_id.in_(chunk)))
        session.execute(delete(CorpusActorKeyRow).where(CorpusActorKeyRow.actor_id.in_(chunk)))
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
    keys = [
        {
            "actor_id": actor.id,
            "key": key,
            "document_id": actor.keys[key].document,
            "entity_id": actor.keys[key].entity,
        }
        for actor in changed
        for key in actor.fresh_keys
    ]
    if keys:
        session.execute(_insert_new(session, CorpusActorKeyRow), keys)
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
    if corpus.partial:  # its actors hold only some of their members: count in the database
        articles = (
            select(func.count(func.distinct(CorpusMemberRow.document_id)))
            .where(CorpusMemberRow.actor_id == CorpusActorRow.id)
            .scalar_subquery()
        )
        for chunk in _chunks([actor.id for actor in changed]):
            session.execute(
                update(CorpusActorRow).where(CorpusActorRow.id.in_(chunk)).values(articles=articles)
            )
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
    published = {document: row.published for document, row in documents.items()}
    for document, entity, name, type_, aliases, code in entities:
        refs[document].append(
            ActorRef(
                document=document,
                entity=entity,
                name=name,
                type=type_,
                aliases=_aliases(aliases),
                code=code,
                published=published[document],
            )
        )
    events: dict[str, list] = defaultdict(list)
    rows = session.execute(
        _with_report_context(
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
    session.execute(
        CorpusDocumentRow.__table__.insert(),
        [{"document_id": d, "published": documents[d].published} for d in chosen],
    )
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
