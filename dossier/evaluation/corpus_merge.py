"""`dossier eval-corpus`: how well the corpus view merges reports of one event, and names of
one actor, across articles.

The labelled set (``merge_gold.json``) names real articles of ``../shared/corpus``, the
sentences that report each event (a verbatim hint, the PLOVER type and an event label) and
the names each article uses for each actor (with an actor label). Every pair of labelled
reports from two articles is the same event when their labels agree; the system says so
when the corpus puts the events it found in those sentences into one corpus event. Pairs are
scored only when the system found an event of the labelled type in both sentences (coverage
says how many); actors likewise, by the corpus actor of the entity that has the name.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

from rich.table import Table

from dossier.corpus import Corpus
from dossier.document import Document
from dossier.evaluation.gold import locate, normalize_name
from dossier.ingest import RawArticle

MERGE_GOLD = Path(__file__).with_name("merge_gold.json")


def load_merge_gold(path: Path = MERGE_GOLD) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def read_articles(gold: dict[str, Any], shared_corpus: Path) -> dict[str, RawArticle]:
    """The labelled set's articles, by their key, as raw articles."""
    wanted: dict[str, list[str]] = {}
    for key, where in gold["articles"].items():
        wanted.setdefault(where, []).append(key)
    articles: dict[str, RawArticle] = {}
    for where, keys in wanted.items():
        path = shared_corpus / where
        if where.endswith(".jsonl.gz"):
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    item = json.loads(line)
                    if item["id"] in keys:
                        articles[item["id"]] = RawArticle(
                            text=item["text"],
                            source=f"{where}:{item['id']}",
                            id=item["id"],
                            title=item.get("title"),
                            url=item.get("url"),
                            published=item.get("published"),
                        )
        else:
            [key] = keys
            articles[key] = RawArticle(
                text=path.read_text(encoding="utf-8"), source=where, format="markdown", id=key
            )
    missing = set(gold["articles"]) - set(articles)
    if missing:
        raise FileNotFoundError(f"{shared_corpus}: labelled articles not found: {sorted(missing)}")
    return articles


def _prf(pairs: list[tuple[bool, bool]]) -> dict[str, Any]:
    both = sum(gold and said for gold, said in pairs)
    said = sum(s for _, s in pairs)
    gold = sum(g for g, _ in pairs)
    precision = both / said if said else 0.0
    recall = both / gold if gold else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "pairs": len(pairs),
        "gold_same": gold,
        "said_same": said,
        "both": both,
    }


def _report_events(doc: Document, report: dict[str, Any], corpus_event: dict) -> set[str]:
    span = locate(report["hint"], doc.text)
    if span is None:
        return set()
    sentences = {s.id: (s.start, s.end) for s in doc.sentences}
    found = set()
    for event in doc.events:
        start, end = sentences.get(event.sentence, (-1, -1))
        if event.type == report["type"] and start < span[1] and span[0] < end:
            found.add(corpus_event[doc.id, event.id])
    return found


def _named_actors(doc: Document, name: str, corpus: Corpus) -> set[str]:
    key = normalize_name(name)
    found = set()
    for entity in doc.entities:
        names = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
        if key in {normalize_name(n) for n in names}:
            actor = corpus.actors.actor_of(doc.id, entity.id)
            if actor is not None:
                found.add(actor)
    return found


def score_merges(gold: dict[str, Any], docs: dict[str, Document], corpus: Corpus) -> dict:
    """Event-merge and actor-merge precision and recall over labelled pairs."""
    corpus.events.follow_actor_merges()
    corpus_event = {
        (m.document, m.event): event.id
        for event in corpus.events.events.values()
        for m in event.mentions
    }
    reports = [
        (r, _report_events(docs[r["article"]], r, corpus_event)) for r in gold["event_reports"]
    ]
    covered = [(r, found) for r, found in reports if found]
    event_pairs = [
        (a["event"] == b["event"], bool(found_a & found_b))
        for (a, found_a), (b, found_b) in combinations(covered, 2)
        if a["article"] != b["article"] and a["type"] == b["type"]
    ]
    names = [
        (n, _named_actors(docs[n["article"]], n["name"], corpus)) for n in gold["actor_names"]
    ]
    named = [(n, found) for n, found in names if found]
    actor_pairs, wrong_actors = [], set()
    for (a, found_a), (b, found_b) in combinations(named, 2):
        if a["article"] != b["article"]:
            actor_pairs.append((a["actor"] == b["actor"], bool(found_a & found_b)))
            if actor_pairs[-1] == (False, True):
                wrong_actors.add(f"{a['name']} = {b['name']}")
    return {
        "events": {**_prf(event_pairs), "covered": len(covered), "reports": len(reports)},
        "actors": {**_prf(actor_pairs), "covered": len(named), "names": len(names)},
        "missed_reports": [f"{r['article']}: {r['type']} {r['hint']}" for r, f in reports if not f],
        "wrong_actor_merges": sorted(wrong_actors),
    }


def evaluate_merges(
    shared_corpus: Path, analyse: Callable[[RawArticle], Document], gold_path: Path = MERGE_GOLD
) -> dict:
    gold = load_merge_gold(gold_path)
    docs = {key: analyse(raw) for key, raw in read_articles(gold, shared_corpus).items()}
    return score_merges(gold, docs, Corpus(docs.values()))


def render_merges(scores: dict) -> Table:
    table = Table(title="dossier eval-corpus (labelled pairs across articles)")
    for column in ("merges", "precision", "recall", "pairs", "same (gold)", "coverage"):
        table.add_column(column)
    for kind, unit in (("events", "reports"), ("actors", "names")):
        item = scores[kind]
        table.add_row(
            kind,
            f"{item['precision']:.3f}",
            f"{item['recall']:.3f}",
            str(item["pairs"]),
            str(item["gold_same"]),
            f"{item['covered']}/{item[unit]} {unit} found",
        )
    return table
