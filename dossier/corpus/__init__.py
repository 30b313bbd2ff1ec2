"""The corpus view: actors and events across articles, their network and timeline.

    corpus = dossier.corpus.open("dossier.db")   # or Corpus(documents)
    corpus.actor("Hezbollah")                     # the actor dossier
    corpus.network(EventFilter(types=frozenset({"ASSAULT"})))
    corpus.timeline(actor="Hezbollah")

Articles are added one at a time; adding one updates the corpus actors and events without
recomputing the rest, and adding the same article again changes nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from dossier.corpus.actors import ActorRef, ActorResolver, CorpusActor, Evidence
from dossier.corpus.events import CorpusEvent, EventMerger, date_window
from dossier.corpus.network import EventFilter, build_network, plover_types
from dossier.document import Document

__all__ = [
    "ActorRef",
    "ActorResolver",
    "Corpus",
    "CorpusActor",
    "CorpusEvent",
    "EventFilter",
    "EventMerger",
    "Evidence",
    "date_window",
    "open",
    "plover_types",
]


class Corpus:
    """Corpus actors and events of the articles added so far."""

    def __init__(self, docs: Iterable[Document] = ()) -> None:
        self.actors = ActorResolver()
        self.events = EventMerger(self.actors)
        self.documents: dict[str, Document] = {}
        #: whether each actor holds one member per distinct name, type, aliases and code
        #: rather than every member (a database-backed update; the database counts articles)
        self.partial = False
        #: ids of every article added (kept or not)
        self.stored: set[str] = set()
        #: (document, entity) -> (stance, claims): what the articles say of one member; the
        #: database-backed corpus looks it up instead of keeping every article
        self.member_facts: Callable[[str, str], tuple[float | None, list[dict]]] = (
            self._facts_in_documents
        )
        #: kind, filters -> rows: queries over the database a corpus was opened from
        self.query: Callable[..., list[dict[str, Any]]] = self._no_database
        for doc in docs:
            self.add(doc)

    @staticmethod
    def _no_database(kind: str, **filters: Any) -> list[dict[str, Any]]:
        raise ValueError("queries need a database: open the corpus with dossier.corpus.open(url)")

    def add(self, doc: Document, *, keep_document: bool = True) -> bool:
        """Add one analysed article; False when it was already added."""
        if doc.id in self.stored:
            return False
        self.stored.add(doc.id)
        if keep_document:
            self.documents[doc.id] = doc
        self.actors.add_document(doc)
        self.events.add_document(doc)
        self.events.follow_actor_merges()  # also when the article reports no event
        return True

    def _facts_in_documents(self, document: str, entity: str) -> tuple[float | None, list[dict]]:
        doc = self.documents.get(document)
        if doc is None:
            return None, []
        found = next((e for e in doc.entities if e.id == entity), None)
        claims = [
            {"document": doc.id, "sentence": a.sentence, "cue": a.cue, "claim": a.claim.text}
            for a in doc.attributions
            if a.source == entity
        ]
        return (found.stance if found else None), claims

    def corpus_events(self, keep: EventFilter | None = None) -> list[CorpusEvent]:
        self.events.follow_actor_merges()
        keep = keep or EventFilter(modes=frozenset())
        return [e for e in self.events.events.values() if keep.keeps(e)]

    def network(self, keep: EventFilter | None = None):
        """The actor network (networkx MultiDiGraph) of the kept events."""
        return build_network(self.corpus_events(keep or EventFilter()), self.actors, keep=keep)

    def timeline(
        self,
        *,
        actor: str | None = None,
        target: str | None = None,
        keep: EventFilter | None = None,
    ) -> dict[str, list[CorpusEvent]]:
        """Events in date order ("dated") and the undated apart ("undated"), for one actor
        (as source or target), one pair (``actor`` -> ``target``), or all."""
        chosen = self._ids(actor)
        targets = self._ids(target)
        events = [
            e
            for e in self.corpus_events(keep)
            if (not chosen or e.source in chosen or (not targets and e.target in chosen))
            and (not targets or e.target in targets)
        ]
        dated = sorted((e for e in events if e.window), key=lambda e: (e.window, e.id))
        return {"dated": dated, "undated": [e for e in events if not e.window]}

    def _ids(self, name: str | None) -> set[str]:
        return {a.id for a in self.actors.find(name)} if name else set()

    def actor(self, name: str) -> dict[str, Any] | None:
        """The actor dossier: aliases and codes over time, events as source and as target by
        type and month, partners and adversaries, the claims it makes, its stance across
        articles, and the sentences and articles behind each fact."""
        found = self.actors.find(name)
        if not found:
            return None
        actor = found[0]
        events = self.corpus_events()
        as_source = [e for e in events if e.source == actor.id]
        as_target = [e for e in events if e.target == actor.id]
        kinds = plover_types()
        partners: Counter[str] = Counter()
        adversaries: Counter[str] = Counter()
        for event in as_source + as_target:
            other = event.target if event.source == actor.id else event.source
            if other is None or other == actor.id:
                continue
            score = kinds.get(event.type, {"score": 0.0})["score"]
            (partners if score > 0 else adversaries)[other] += 1
        claims, stances = [], []
        for member in actor.members:
            stance, said = self.member_facts(member.document, member.entity)
            if stance is not None:
                stances.append(stance)
            claims.extend(said)

        def by_type_and_month(chosen: list[CorpusEvent]) -> dict[str, dict[str, int]]:
            table: dict[str, Counter[str]] = defaultdict(Counter)
            for event in chosen:
                month = event.window[0].isoformat()[:7] if event.window else "undated"
                table[event.type][month] += 1
            return {type_: dict(sorted(months.items())) for type_, months in table.items()}

        def named(counter: Counter[str]) -> list[dict[str, Any]]:
            return [
                {"id": (known := self.actors.canonical(a)), "actor": self.actors.actors[known].name,
                 "events": n}
                for a, n in counter.most_common(10)
            ]

        return {
            "id": actor.id,
            "name": actor.name,
            "type": actor.type,
            "aliases": actor.aliases,
            "codes": actor.codes(),
            "articles": sorted(actor.documents),
            "as_source": by_type_and_month(as_source),
            "as_target": by_type_and_month(as_target),
            "partners": named(partners),
            "adversaries": named(adversaries),
            "claims": claims,
            "stance": round(sum(stances) / len(stances), 3) if stances else None,
            "events": [e.to_dict() for e in sorted(as_source + as_target, key=lambda e: e.id)],
        }


def open(target: str | Path = "dossier.db") -> Corpus:
    """The corpus view of every article stored at ``target`` (a path or a SQLAlchemy URL),
    brought up to date with the articles stored since it was last opened."""
    from dossier.store import Store

    store = Store(target)
    try:
        return store.corpus()
    finally:
        store.close()
