"""The actor network: corpus actors as nodes, corpus events as dated, typed, weighted edges.

An edge joins a source and a target actor for one PLOVER type; its weight is the number of
corpus events, and it carries the reports behind them, the first and last date, the PLOVER
quad class and the conflict/cooperation score of the type (the PLOVER manual's Table 2.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from dossier.corpus.actors import ActorResolver
from dossier.corpus.events import CorpusEvent
from dossier.knowledge import load_data

if TYPE_CHECKING:
    import networkx as nx


@cache
def plover_types() -> dict[str, dict]:
    """PLOVER type -> {"quad": 1..4, "quad_class": name, "score": -10..10}."""
    data = load_data("plover_types.json")
    classes = data["quad_classes"]
    return {
        name: {**entry, "quad_class": classes[str(entry["quad"])]}
        for name, entry in data["types"].items()
    }


@dataclass(frozen=True)
class EventFilter:
    """Which corpus events to keep. Only asserted events by default."""

    since: date | None = None
    until: date | None = None
    types: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset({"asserted"})
    documents: frozenset[str] = frozenset()
    min_reports: int = 1

    def keeps(self, event: CorpusEvent) -> bool:
        if self.types and event.type not in self.types:
            return False
        if self.modes and event.mode not in self.modes:
            return False
        if self.documents and not (event.articles & self.documents):
            return False
        if len(event.articles) < self.min_reports:
            return False
        if self.since or self.until:
            if event.window is None:
                return False
            if self.since and event.window[1] < self.since:
                return False
            if self.until and event.window[0] > self.until:
                return False
        return True


def build_network(
    events: list[CorpusEvent], actors: ActorResolver, *, keep: EventFilter | None = None
) -> nx.MultiDiGraph:
    """A directed multigraph with one edge per (source, target, PLOVER type)."""
    import networkx as nx

    keep = keep or EventFilter()
    graph = nx.MultiDiGraph()
    edges: dict[tuple[str, str, str], list[CorpusEvent]] = {}
    for event in events:
        if event.source is None or event.target is None or not keep.keeps(event):
            continue
        edges.setdefault((event.source, event.target, event.type), []).append(event)
    kinds = plover_types()
    for (source, target, type_), grouped in sorted(edges.items()):
        for actor_id in (source, target):
            if actor_id not in graph:
                actor = actors.actors[actor_id]
                graph.add_node(actor_id, label=actor.name, type=actor.type)
        days = [d for e in grouped if e.window for d in e.window]
        kind = kinds.get(type_, {"quad": 0, "quad_class": "unknown", "score": 0.0})
        graph.add_edge(
            source,
            target,
            key=type_,
            type=type_,
            weight=len(grouped),
            reports=sum(len(e.articles) for e in grouped),
            first=min(days).isoformat() if days else "",
            last=max(days).isoformat() if days else "",
            quad=kind["quad"],
            quad_class=kind["quad_class"],
            score=kind["score"],
            events=" ".join(e.id for e in grouped),
        )
    return graph
