"""`dossier bench --corpus`: the corpus view at scale.

The stored articles of a database are copied into a new one until it holds ``size``
articles (each copy a week later than the one before, so that copies report other events),
then the corpus view is built from scratch and written, loaded whole, updated with one more
article and with the same article again, and each kind of query is timed. Every figure is
wall-clock seconds on one process; memory is the process's peak resident size.
"""

from __future__ import annotations

import resource
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


def _cpu_timed(run: Callable[[], object]) -> tuple[float, float, object]:
    """Wall-clock and CPU seconds of ``run`` (on a shared machine the CPU seconds are what
    one free core would take), and its result."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _peak_mb() -> int:
    """The process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def fill_copies(source: str, target: Path, size: int) -> tuple[Document, int, int]:
    """Store ``size`` articles at ``target``, copied from those stored at ``source``; returns
    the first original, how many originals there are and the number of the next copy."""
    from dossier.store import Store

    originals = list(Store(source).documents())
    if not originals:
        raise ValueError(f"{source}: no stored articles to copy")
    store = Store(target)
    copied, number = 0, 0
    while copied < size:
        batch = [copy_of(doc, number) if number else doc for doc in originals[: size - copied]]
        for start in range(0, len(batch), FILL_BATCH):
            store.save_many(batch[start : start + FILL_BATCH])
        copied += len(batch)
        number += 1
    store.close()
    return originals[0], len(originals), number


def measure_view(target: Path, extra: Document) -> dict:
    """Figures of the corpus view of the articles stored at ``target``: the whole view built
    and written, loaded whole (as ``dossier serve`` holds it), updated with ``extra`` (only
    what it touches is loaded) and with ``extra`` again (nothing to do), then each query."""
    from dossier.store import Store

    store = Store(target)
    build_seconds, build_cpu, _ = _cpu_timed(store.update_corpus)
    build_peak = _peak_mb()
    load_seconds, load_cpu, corpus = _cpu_timed(store.corpus)
    actors, events = len(corpus.actors), len(corpus.events)
    del corpus
    store.save(extra)
    update_seconds, update_cpu, added = _cpu_timed(store.update_corpus)
    store.save(extra)
    again_seconds, _, added_again = _cpu_timed(store.update_corpus)
    queries = []
    for kind, filters in QUERY_CASES:
        runs = [_cpu_timed(partial(store.query, kind, **filters)) for _ in range(5)]
        queries.append(
            {
                "query": kind,
                "filters": filters,
                "rows": len(runs[0][2]),
                "median_ms": round(statistics.median(run[0] for run in runs) * 1000, 1),
                "max_ms": round(max(run[0] for run in runs) * 1000, 1),
                "median_cpu_ms": round(statistics.median(run[1] for run in runs) * 1000, 1),
            }
        )
    articles = store.count()
    store.close()
    return {
        "articles": articles,
        "database": str(target),
        "build_seconds": round(build_seconds, 2),
        "build_cpu_seconds": round(build_cpu, 2),
        "build_peak_mb": build_peak,
        "load_seconds": round(load_seconds, 2),
        "load_cpu_seconds": round(load_cpu, 2),
        "update_one_seconds": round(update_seconds, 3),
        "update_one_cpu_seconds": round(update_cpu, 3),
        "update_one_added": added,
        "update_again_seconds": round(again_seconds, 3),
        "update_again_added": added_again,
        "corpus_actors": actors,
        "corpus_events": events,
        "peak_mb": _peak_mb(),
        "queries": queries,
    }


def bench_corpus(source: str, *, size: int = 10_000, work_dir: Path | None = None) -> dict:
    """Figures of the corpus view over ``size`` articles made from those stored at
    ``source`` (see ``measure_view``), with the seconds taken to store the copies."""
    folder = Path(work_dir or tempfile.mkdtemp(prefix="dossier-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "corpus.db"
    fill_seconds, (first, originals, number) = _timed(partial(fill_copies, source, target, size))
    figures = measure_view(target, copy_of(first, number + 1))
    return {
        "from_stored": originals,
        "fill_seconds": round(fill_seconds, 1),
        **figures,
    }
