"""The corpus view served over HTTP: JSON endpoints and one plain HTML page.

    dossier serve --db corpus.db      # then open http://127.0.0.1:8000/

The JSON endpoints answer the same questions as the CLI (``dossier query``, ``actor``,
``timeline``, ``why-merged``, ``export graphml``); every corpus fact carries ``links`` to the
sentences and articles behind it (``/api/articles/{id}`` and
``/api/articles/{id}/sentences/{n}``). Queries are SQL over the stored view; the actor
dossier, network, timeline and why-merged read the corpus view held in memory, brought up to
date with the articles stored since the last request.
"""

from __future__ import annotations

import threading
from datetime import date
from importlib import resources
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse

from dossier.corpus import Corpus, EventFilter
from dossier.store import Store
from dossier.store.query import article, corpus_event, event_reports, sentence

MAX_ROWS = 1000

Actor = Annotated[str | None, Query(description="Any name, alias or acronym, or an id.")]
Since = Annotated[date | None, Query(description="On or after this day.")]
Until = Annotated[date | None, Query(description="On or before this day.")]
Limit = Annotated[int, Query(ge=1, le=MAX_ROWS)]

Types = Annotated[list[str] | None, Query(alias="type", description="PLOVER types.")]
Modes = Annotated[
    list[str] | None, Query(alias="mode", description="Event modes (default asserted).")
]


def article_link(document: str) -> str:
    return f"/api/articles/{quote(document, safe='')}"


def sentence_link(document: str, sentence_id: int | None) -> str | None:
    return None if sentence_id is None else f"{article_link(document)}/sentences/{sentence_id}"


def actor_link(actor_id: str | None) -> str | None:
    return None if actor_id is None else f"/api/actor/{quote(actor_id, safe='')}"


def event_link(event_id: str) -> str:
    return f"/api/events/{quote(event_id, safe='')}"


def _linked_report(report: dict[str, Any], sentence_key: str = "sentence") -> dict[str, Any]:
    """A report (or claim) with links to its article and sentence."""
    document = report["document"]
    return {
        **report,
        "links": {
            "article": article_link(document),
            "sentence": sentence_link(document, report.get(sentence_key)),
        },
    }


class CorpusHolder:
    """The corpus view of one database, loaded once and kept up to date between requests."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._corpus: Corpus | None = None
        self._lock = threading.Lock()

    def __call__(self) -> Corpus:
        with self._lock:
            if self._corpus is None:
                self._corpus = self.store.corpus()
            else:
                self._corpus = self.store.refresh_corpus(self._corpus)
            return self._corpus


def _event_dict(corpus: Corpus, event) -> dict[str, Any]:
    """A corpus event as the API gives it: names beside ids, links on every report."""
    data = event.to_dict()
    for role in ("source", "target", "location"):
        actor = corpus.actors.get(data[role]) if data[role] else None
        data[f"{role}_id"] = data[role]
        data[role] = actor.name if actor else None
    data["mentions"] = [_linked_report(m, "sentence_id") for m in data["mentions"]]
    data["links"] = {
        "event": event_link(event.id),
        "source": actor_link(data["source_id"]),
        "target": actor_link(data["target_id"]),
    }
    return data


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def create_app(db: str) -> FastAPI:
    """The FastAPI application serving the corpus view stored at ``db`` (a SQLite path or a
    SQLAlchemy URL)."""
    store = Store(db)
    holder = CorpusHolder(store)
    app = FastAPI(
        title="dossier corpus view",
        summary="Actors and events across articles, each fact linked to its sentences.",
    )
    app.state.store = store

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> str:
        return resources.files("dossier.api").joinpath("page.html").read_text("utf-8")

    def rows(kind: str, **filters: Any) -> list[dict[str, Any]]:
        try:
            return store.query(kind, **filters)
        except ValueError as error:
            raise HTTPException(400, str(error)) from None

    @app.get("/api/events")
    def events(
        actor: Actor = None,
        type: str | None = None,
        since: Since = None,
        until: Until = None,
        mode: str | None = None,
        source: Annotated[str | None, Query(description="Article source contains.")] = None,
        text: Annotated[str | None, Query(description="Full-text search of sentences.")] = None,
        limit: Limit = 50,
    ) -> list[dict[str, Any]]:
        """Corpus events, newest first, each with every report (article and sentence)."""
        found = rows(
            "events", actor=actor, type=type, since=_day(since), until=_day(until), mode=mode,
            source=source, text=text, limit=limit,
        )
        with store.engine.connect() as connection:
            reports = event_reports(connection, [row["id"] for row in found])
        for row in found:
            row["reports"] = [_linked_report(r) for r in reports.get(row["id"], [])]
            row["links"] = {"event": event_link(row["id"])}
        return found

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict[str, Any]:
        """One corpus event with every report of it."""
        with store.engine.connect() as connection:
            found = corpus_event(connection, event_id)
        if found is None:
            raise HTTPException(404, f"no corpus event {event_id}")
        found["reports"] = [_linked_report(r) for r in found["reports"]]
        found["links"] = {
            "source": actor_link(found["source_id"]),
            "target": actor_link(found["target_id"]),
        }
        return found

    @app.get("/api/actors")
    def actors(
        actor: Actor = None,
        type: str | None = None,
        text: Annotated[str | None, Query(description="A name containing this.")] = None,
        limit: Limit = 50,
    ) -> list[dict[str, Any]]:
        """Corpus actors, most reported first, each with a link to its dossier."""
        found = rows("actors", actor=actor, type=type, text=text, limit=limit)
        for row in found:
            row["links"] = {"dossier": actor_link(row["id"])}
        return found

    @app.get("/api/claims")
    def claims(
        actor: Actor = None,
        since: Since = None,
        until: Until = None,
        source: str | None = None,
        text: Annotated[str | None, Query(description="The claim contains this.")] = None,
        limit: Limit = 50,
    ) -> list[dict[str, Any]]:
        """Attributed claims (who says what), newest first."""
        found = rows(
            "claims", actor=actor, since=_day(since), until=_day(until), source=source,
            text=text, limit=limit,
        )
        return [_linked_report(row) for row in found]

    @app.get("/api/sentences")
    def sentences(
        actor: Actor = None,
        since: Since = None,
        until: Until = None,
        kind: Annotated[str | None, Query(description="fact, opinion, question, heading.")] = None,
        source: str | None = None,
        text: Annotated[str | None, Query(description="Full-text search.")] = None,
        limit: Limit = 50,
    ) -> list[dict[str, Any]]:
        """Sentences by full-text search, naming an actor, or of a kind."""
        found = rows(
            "sentences", actor=actor, since=_day(since), until=_day(until), mode=kind,
            source=source, text=text, limit=limit,
        )
        return [_linked_report(row) for row in found]

    @app.get("/api/actor/{name}")
    def actor_dossier(name: str) -> dict[str, Any]:
        """The actor dossier (by name, alias, acronym or id): aliases, codes over time,
        events by type and month, partners, adversaries, claims, stance, and links."""
        corpus = holder()
        found = corpus.actor(name)
        if found is None:
            raise HTTPException(404, f"no actor named {name}")
        found["events"] = [
            _event_dict(corpus, corpus.events.events[corpus.events.canonical(e["id"])])
            for e in found["events"]
        ]
        found["claims"] = [_linked_report(c) for c in found["claims"]]
        for role in ("partners", "adversaries"):
            for other in found[role]:
                other["links"] = {"dossier": actor_link(other["id"])}
        found["links"] = {"articles": [article_link(d) for d in found["articles"]]}
        return found

    def event_filter(
        types: list[str] | None, since: date | None, until: date | None, modes: list[str] | None,
        min_reports: int,
    ) -> EventFilter:
        return EventFilter(
            since=since,
            until=until,
            types=frozenset(t.upper() for t in types or ()),
            modes=frozenset(modes or ("asserted",)),
            min_reports=min_reports,
        )

    @app.get("/api/network")
    def network(
        actor: Actor = None,
        types: Types = None,
        since: Since = None,
        until: Until = None,
        modes: Modes = None,
        min_reports: Annotated[int, Query(ge=1)] = 1,
        limit: Annotated[int, Query(ge=1, le=10 * MAX_ROWS)] = 500,
    ) -> dict[str, Any]:
        """The actor network: nodes and (source, target, type) edges, the most reported
        first, each edge linking to its events; ``actor`` keeps the edges it is on."""
        corpus = holder()
        graph = corpus.network(event_filter(types, since, until, modes, min_reports))
        chosen = {a.id for a in corpus.actors.find(actor)} if actor else None
        edges = [
            {
                "source": source,
                "target": target,
                **{k: v for k, v in data.items() if k != "events"},
                "events": data["events"].split(),
                "links": {"events": [event_link(e) for e in data["events"].split()]},
            }
            for source, target, data in graph.edges(data=True)
            if chosen is None or {source, target} & chosen
        ]
        edges.sort(key=lambda e: (-e["reports"], -e["weight"], e["source"], e["target"]))
        edges = edges[:limit]
        used = {e["source"] for e in edges} | {e["target"] for e in edges}
        nodes = [
            {"id": node, **graph.nodes[node], "links": {"dossier": actor_link(node)}}
            for node in sorted(used)
        ]
        return {"nodes": nodes, "edges": edges}

    @app.get("/api/timeline")
    def timeline(
        actor: Actor = None,
        target: Annotated[str | None, Query(description="With actor: events to it.")] = None,
        types: Types = None,
        since: Since = None,
        until: Until = None,
        modes: Modes = None,
    ) -> dict[str, list[dict[str, Any]]]:
        """Corpus events in date order and the undated apart, for one actor, one pair, or
        all."""
        corpus = holder()
        keep = event_filter(types, since, until, modes, 1)
        found = corpus.timeline(actor=actor, target=target, keep=keep)
        return {part: [_event_dict(corpus, e) for e in events] for part, events in found.items()}

    @app.get("/api/why-merged")
    def why_merged(first: str, second: str) -> dict[str, Any]:
        """Why two names are one corpus actor: the chain of evidence (empty when they are
        not one actor)."""
        chain = holder().actors.why_merged(first, second)

        def member(ref) -> dict[str, Any] | None:
            if ref is None:
                return None
            return {
                "name": ref.name,
                "type": ref.type,
                "document": ref.document,
                "entity": ref.entity,
                "links": {"article": article_link(ref.document)},
            }

        steps = [
            {"member": member(s.member), "joined": member(s.joined), "reason": s.reason}
            for s in chain or []
        ]
        return {"merged": chain is not None, "chain": steps}

    @app.get("/api/articles/{document}")
    def one_article(document: str) -> dict[str, Any]:
        """One stored article: metadata and sentences, each with its link."""
        with store.engine.connect() as connection:
            found = article(connection, document)
        if found is None:
            raise HTTPException(404, f"no article {document}")
        for item in found["sentences"]:
            item["links"] = {"sentence": sentence_link(document, item["id"])}
        return found

    @app.get("/api/articles/{document}/sentences/{sentence_id}")
    def one_sentence(document: str, sentence_id: int) -> dict[str, Any]:
        """One sentence of one article, with a link to the article."""
        with store.engine.connect() as connection:
            found = sentence(connection, document, sentence_id)
        if found is None:
            raise HTTPException(404, f"no sentence {sentence_id} in article {document}")
        found["links"] = {"article": article_link(document)}
        return found

    return app
