"""Score event extraction on the PLOVER gold-standard records (``plover_gsr/dev.jsonl``).

Each record is one sentence with one gold event type and its actor and recipient texts. The
records carry PLOVER 0.5b1 labels; they are mapped to 0.8 first (FIGHT -> ASSAULT, DEMAND ->
REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE).

- type recall: sentences whose gold type is among the predicted event types;
- type precision: predicted events whose type is the sentence's gold type, over all predicted;
- triple recall: gold (type, source, target) found among predicted events, actors matched on
  text (normalised, either containing the other) against the predicted entity's name,
  aliases and mention texts; an empty gold side is not checked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import product
from pathlib import Path
from typing import Any

from rich.table import Table

from dossier.document import Document, Entity, Event
from dossier.evaluation.gold import GoldError, normalize_name
from dossier.jsonlines import read_json_lines

LABELS_0_5_TO_0_8 = {
    "FIGHT": "ASSAULT",
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
}


def plover_type(label: str) -> str:
    """The PLOVER 0.8 type of a 0.5b1 (or already 0.8) label."""
    return LABELS_0_5_TO_0_8.get(label, label)


def load_plover(path: str | Path) -> list[dict[str, Any]]:
    """The gold records of a PLOVER GSR JSONL file (one sentence per line)."""
    records: list[dict[str, Any]] = []
    for number, record in read_json_lines(path, error=GoldError, what="the PLOVER records"):
        if not isinstance(record, dict) or "text" not in record or "event" not in record:
            raise GoldError(f"{path}:{number}: not a PLOVER record (needs 'text' and 'event')")
        records.append(record)
    return records


def _actor_texts(side: Iterable[dict[str, Any]] | None) -> list[str]:
    texts = [normalize_name(a.get("actorText") or "") for a in side or []]
    return [text for text in texts if text]


def _entity_texts(entity: Entity) -> set[str]:
    names = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
    return {normalize_name(name) for name in names} - {""}


def _names_match(gold_text: str | None, names: set[str]) -> bool:
    if gold_text is None:
        return True
    return any(gold_text in name or name in gold_text for name in names)


def _triple_found(
    event_type: str, source: str | None, target: str | None, events: list[Event],
    names: dict[str, set[str]],
) -> bool:
    for event in events:
        if event.type != event_type:
            continue
        source_names = names.get(event.source or "", set())
        target_names = names.get(event.target or "", set())
        if event.target is None and event.target_text is not None:  # a described target
            target_names = {normalize_name(event.target_text.text)}
        if source is not None and not _names_match(source, source_names):
            continue
        if target is not None and not _names_match(target, target_names):
            continue
        return True
    return False


def _share(hits: int, total: int) -> dict[str, Any]:
    return {"value": round(hits / total, 3) if total else 0.0, "hits": hits, "total": total}


def score_plover(
    records: list[dict[str, Any]], analyze: Callable[[str], Document]
) -> dict[str, Any]:
    """Type recall, type precision and triple recall over the records, as a JSON-ready dict.

    records (list[dict]): from ``load_plover``.
    analyze (Callable[[str], Document]): analyses one sentence.
    RETURNS (dict): ``type_recall``, ``type_precision``, ``triple_recall`` (each value, hits,
        total), ``by_type`` (per gold type) and ``confusions`` (gold -> predicted counts).
    """
    recalled = predicted = correct = triples = triples_found = 0
    by_type: dict[str, dict[str, int]] = defaultdict(
        lambda: {"sentences": 0, "recalled": 0, "predicted": 0, "correct": 0}
    )
    confusions: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for record in records:
        gold_type = plover_type(record["event"])
        doc = analyze(record["text"])
        types = [event.type for event in doc.events]
        names = {entity.id: _entity_texts(entity) for entity in doc.entities}
        row = by_type[gold_type]
        row["sentences"] += 1
        row["predicted"] += len(types)
        row["correct"] += types.count(gold_type)
        row["recalled"] += gold_type in types
        recalled += gold_type in types
        predicted += len(types)
        correct += types.count(gold_type)
        for event_type in types:
            if event_type != gold_type:
                confusions[gold_type][event_type] += 1
        sources = _actor_texts(record.get("actor")) or [None]
        targets = _actor_texts(record.get("recipient")) or [None]
        for source, target in product(sources, targets):
            triples += 1
            triples_found += _triple_found(gold_type, source, target, doc.events, names)
    return {
        "sentences": len(records),
        "type_recall": _share(recalled, len(records)),
        "type_precision": _share(correct, predicted),
        "triple_recall": _share(triples_found, triples),
        "by_type": {name: dict(row) for name, row in sorted(by_type.items())},
        "confusions": {gold: dict(row) for gold, row in sorted(confusions.items())},
    }


def render_plover(scores: dict[str, Any]) -> Table:
    """The scores as a table: the three totals, then one row per gold type."""
    table = Table(title=f"dossier eval-plover ({scores['sentences']} sentences)")
    for column in ("type", "sentences", "type recall", "type precision", "predicted"):
        table.add_column(column)
    for name, row in scores["by_type"].items():
        recall = row["recalled"] / row["sentences"] if row["sentences"] else 0.0
        precision = row["correct"] / row["predicted"] if row["predicted"] else 0.0
        table.add_row(
            name, str(row["sentences"]), f"{recall:.3f}", f"{precision:.3f}",
            str(row["predicted"]),
        )
    table.add_section()
    table.add_row(
        "all", str(scores["sentences"]), f"{scores['type_recall']['value']:.3f}",
        f"{scores['type_precision']['value']:.3f}", str(scores["type_precision"]["total"]),
    )
    triple = scores["triple_recall"]
    table.caption = (
        f"(type, source, target) recall {triple['value']:.3f} "
        f"({triple['hits']}/{triple['total']})"
    )
    return table
