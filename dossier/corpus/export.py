"""Exports of the corpus view in the formats analysts' tools read.

Events: JSON Lines (every field and the mentions behind each event), CSV with PLOVER field
names (one row per corpus event), Parquet (pyarrow), PLOVER JSON records (one per line, the
PLOVER manual's chapter 6). Network: GraphML and GEXF (Gephi). Event rows are written as they
are made, so a large export streams.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import networkx as nx

from dossier.corpus.actors import ActorResolver
from dossier.corpus.events import CorpusEvent
from dossier.corpus.network import plover_types


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"
    graphml = "graphml"
    gexf = "gexf"


#: CSV columns: PLOVER's field names first, then the corpus counts.
CSV_FIELDS = (
    "id",
    "date",
    "enddate",
    "event",
    "mode",
    "actor",
    "actor_type",
    "actor_code",
    "recipient",
    "recipient_type",
    "recipient_code",
    "event_loc",
    "quad_code",
    "event_scale",
    "num_mentions",
    "num_articles",
    "num_sources",
    "confidence",
    "text",
    "documents",
)


def event_rows(events: Iterable[CorpusEvent], actors: ActorResolver) -> Iterator[dict[str, Any]]:
    """One flat row per corpus event, with PLOVER field names."""
    kinds = plover_types()

    def actor(actor_id: str | None) -> tuple[str, str, str]:
        if actor_id is None:
            return "", "", ""
        found = actors.actors[actors.canonical(actor_id)]
        codes = found.codes()
        return found.name, found.type, codes[-1]["code"] if codes else ""

    for event in events:
        source, target, place = actor(event.source), actor(event.target), actor(event.location)
        kind = kinds.get(event.type, {"quad": None, "score": None})
        yield {
            "id": event.id,
            "date": event.window[0].isoformat() if event.window else "",
            "enddate": event.window[1].isoformat() if event.window else "",
            "event": event.type,
            "mode": event.mode,
            "actor": source[0],
            "actor_type": source[1],
            "actor_code": source[2],
            "recipient": target[0],
            "recipient_type": target[1],
            "recipient_code": target[2],
            "event_loc": place[0],
            "quad_code": kind["quad"],
            "event_scale": kind["score"],
            "num_mentions": len(event.mentions),
            "num_articles": len(event.articles),
            "num_sources": len(event.sources),
            "confidence": event.confidence,
            "text": event.mentions[0].sentence,
            "documents": " ".join(sorted(event.articles)),
        }


def plover_record(event: CorpusEvent, actors: ActorResolver) -> dict[str, Any]:
    """A PLOVER JSON record (manual, chapter 6)."""
    row = next(event_rows([event], actors))

    def entity(name: str, code: str) -> list[dict[str, str]]:
        return [{"entity_text": name, "code": code[:3], "sector": code[3:]}] if name else []

    return {
        "id": event.id,
        "date": row["date"],
        "enddate": row["enddate"],
        "actor": entity(row["actor"], row["actor_code"]),
        "recipient": entity(row["recipient"], row["recipient_code"]),
        "event": [event.type],
        "mode": [event.mode],
        "event_loc": {"name": row["event_loc"]} if row["event_loc"] else None,
        "event_text": [m.trigger for m in event.mentions],
        "quad_code": row["quad_code"],
        "event_scale": row["event_scale"],
        "text": row["text"],
        "comment": f"{len(event.articles)} article(s): {row['documents']}",
    }


def write_events(
    events: Iterable[CorpusEvent], actors: ActorResolver, format: ExportFormat, out: IO[str]
) -> int:
    """Stream corpus events to ``out`` as JSON Lines, CSV or PLOVER JSON; returns the count."""
    count = 0
    if format is ExportFormat.csv:
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for row in event_rows(events, actors):
            writer.writerow(row)
            count += 1
        return count
    for event in events:
        record = event.to_dict() if format is ExportFormat.jsonl else plover_record(event, actors)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(
    events: Iterable[CorpusEvent], actors: ActorResolver, path: Path, *, batch: int = 10_000
) -> int:
    """Corpus events as a Parquet file, written in row groups of ``batch`` events."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema(
        [
            (name, pa.int64() if name.startswith("num_") or name == "quad_code" else pa.string())
            for name in CSV_FIELDS
        ]
    )
    schema = schema.set(CSV_FIELDS.index("event_scale"), pa.field("event_scale", pa.float64())).set(
        CSV_FIELDS.index("confidence"), pa.field("confidence", pa.float64())
    )
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        rows: list[dict[str, Any]] = []
        for row in event_rows(events, actors):
            rows.append(row)
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                count += len(rows)
                rows.clear()
        if rows or count == 0:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(rows)
    return count


def write_graph(graph: nx.MultiDiGraph, format: ExportFormat, path: Path) -> None:
    """The network as GraphML or GEXF (both open in Gephi)."""
    if format is ExportFormat.graphml:
        nx.write_graphml(graph, path)
    elif format is ExportFormat.gexf:
        nx.write_gexf(graph, path)
    else:
        raise ValueError(f"{format}: not a graph format (graphml, gexf)")
