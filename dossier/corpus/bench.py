"""`dossier bench --corpus`: the corpus view at scale.

The stored articles of a database are copied into a new one until it holds ``size``
articles (each copy a week later than the one before, so that copies report other events),
then the corpus view is built from scratch, updated with one more article, and each kind of
query is timed. Every figure is wall-clock seconds on one process.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from dossier.document import Document

#: Articles written to the copy in one transaction.
FILL_BATCH = 100
#: Each kind of query with filters an analyst would use.
QUERY_CASES: list[tuple[str, dict[str, Any]]] = [
    ("events", {"type": "ASSAULT"}),
    ("events", {"actor": "United States", "since": "2022-01-01"}),
    ("events", {"text": "ceasefire"}),
    ("actors", {"text": "army"}),
    ("claims", {"actor": "United States"}),
    ("sentences", {"text": "ceasefire talks"}),
    ("sentences", {"actor": "Russia", "mode": "opinion"}),
]


def _later(value: str | None, days: int) -> str | None:
    """A YYYY-MM-DD value ``days`` later; other values as they are."""
    if not value or len(value) != 10:
        return value
    try:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    except ValueError:
        return value


def copy_of(doc: Document, number: int) -> Document:
    """The ``number``-th copy of ``doc``: its own id and text (so its own content hash),
    dated ``number`` weeks later."""
    data = doc.to_dict()
    days = 7 * number
    data["id"] = f"{doc.id}~{number}"
    data["text"] = doc.text + " " * number
    data["metadata"]["published"] = _later(doc.metadata.published, days)
    for event in data["events"]:
        event["date"] = _later(event["date"], days)
    for mention in data["dates"]:
        mention["value"] = _later(mention["value"], days)
    return Document.from_dict(data)


def _timed(run: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def bench_corpus(source: str, *, size: int = 10_000, work_dir: Path | None = None) -> dict:
    """Figures of the corpus view over ``size`` articles made from those stored at
    ``source``."""
    from dossier.store import Store

    originals = list(Store(source).documents())
    if not originals:
        raise ValueError(f"{source}: no stored articles to copy")
    folder = Path(work_dir or tempfile.mkdtemp(prefix="dossier-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "corpus.db"
    store = Store(target)
    copied, number = 0, 0
    fill_seconds = time.perf_counter()
    while copied < size:
        batch = [copy_of(doc, number) if number else doc for doc in originals[: size - copied]]
        for start in range(0, len(batch), FILL_BATCH):
            store.save_many(batch[start : start + FILL_BATCH])
        copied += len(batch)
        number += 1
    fill_seconds = time.perf_counter() - fill_seconds
    build_seconds, corpus = _timed(store.corpus)
    extra = copy_of(originals[0], number + 1)
    store.save(extra)
    update_seconds, corpus = _timed(store.corpus)
    queries = []
    for kind, filters in QUERY_CASES:
        runs = [_timed(partial(store.query, kind, **filters)) for _ in range(5)]
        queries.append(
            {
                "query": kind,
                "filters": filters,
                "rows": len(runs[0][1]),
                "median_ms": round(statistics.median(s for s, _ in runs) * 1000, 1),
                "max_ms": round(max(s for s, _ in runs) * 1000, 1),
            }
        )
    store.close()
    return {
        "articles": copied + 1,
        "from_stored": len(originals),
        "database": str(target),
        "fill_seconds": round(fill_seconds, 1),
        "build_seconds": round(build_seconds, 2),
        "update_one_seconds": round(update_seconds, 2),
        "corpus_actors": len(corpus.actors),
        "corpus_events": len(corpus.events),
        "queries": queries,
    }
