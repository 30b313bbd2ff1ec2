"""Queries over the stored corpus: events, actors, claims and sentences, with filters and
full-text search over sentences (SQLite FTS5; PostgreSQL's full-text search on a server).

Every function takes a SQLAlchemy connection and returns plain dicts, newest first where the
rows have dates, at most ``limit`` of them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, text

from dossier.corpus.actors import name_key


@dataclass(frozen=True)
class QueryFilter:
    """What to keep: rows about an actor (any of its names), of a PLOVER type, in a date
    range (YYYY-MM-DD), of a mode, from an article source, or whose sentence has ``text``."""

    actor: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    mode: str | None = None
    source: str | None = None
    text: str | None = None
    limit: int = 50


def _actor_ids(connection: Connection, name: str) -> list[str]:
    rows = connection.execute(
        text("SELECT DISTINCT actor_id FROM corpus_actor_names WHERE key = :key"),
        {"key": name_key(name)},
    )
    return [row[0] for row in rows]


def _in(column: str, values: list[str], params: dict[str, Any], prefix: str) -> str:
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return f"{column} IN ({', '.join(names) or 'NULL'})"


def _article_filters(keep: QueryFilter, params: dict[str, Any]) -> list[str]:
    """Conditions on the article (``documents`` as ``d``): its date range and source."""
    where = []
    if keep.since:
        params["since"] = keep.since
        where.append("d.published >= :since")
    if keep.until:
        params["until"] = keep.until
        where.append("d.published <= :until")
    if keep.source:
        params["source"] = f"%{keep.source.lower()}%"
        where.append("LOWER(d.source) LIKE :source")
    return where


def ensure_full_text(connection: Connection) -> None:
    """Create the sentence full-text index if it is missing (SQLite: an FTS5 table kept by
    triggers; PostgreSQL: a GIN index on the English text vector). Opening a store does it
    (with its schema), so no search waits for it."""
    if connection.dialect.name == "postgresql":
        connection.execute(
            text(
                "CREATE INDEX IF NOT EXISTS sentences_fts ON sentences "
                "USING GIN (to_tsvector('english', text))"
            )
        )
        return
    exists = connection.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = 'sentences_fts'")
    ).first()
    if exists:
        return
    connection.execute(
        text(
            "CREATE VIRTUAL TABLE sentences_fts USING fts5("
            "text, content='sentences', content_rowid='pk')"
        )
    )
    connection.execute(
        text(
            "CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN "
            "INSERT INTO sentences_fts(rowid, text) VALUES (new.pk, new.text); END"
        )
    )
    connection.execute(
        text(
            "CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN "
            "INSERT INTO sentences_fts(sentences_fts, rowid, text) "
            "VALUES ('delete', old.pk, old.text); END"
        )
    )
    connection.execute(text("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')"))


def _text_match(connection: Connection, params: dict[str, Any], query: str) -> str:
    """A condition on ``s.pk`` (the sentences table as ``s``) for the words of ``query``."""
    params["text"] = query
    if connection.dialect.name == "postgresql":
        return "to_tsvector('english', s.text) @@ plainto_tsquery('english', :text)"
    words = [w.replace('"', "") for w in query.split()]
    params["text"] = " ".join(f'"{w}"' for w in words if w)
    return "s.pk IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH :text)"


def query_events(connection: Connection, keep: QueryFilter) -> list[dict[str, Any]]:
    """Corpus events with their actors' names and the first sentence that reports each."""
    params: dict[str, Any] = {"limit": keep.limit}
    where = ["1 = 1"]
    if keep.actor:
        ids = _actor_ids(connection, keep.actor)
        as_source, as_target = _in("e.source", ids, params, "a"), _in("e.target", ids, params, "b")
        where.append(f"({as_source} OR {as_target})")
    if keep.type:
        params["type"] = keep.type.upper()
        where.append("e.type = :type")
    if keep.mode:
        params["mode"] = keep.mode
        where.append("e.mode = :mode")
    if keep.since:
        params["since"] = keep.since
        where.append("e.last_day >= :since")
    if keep.until:
        params["until"] = keep.until
        where.append("e.first_day <= :until")
    if keep.source:
        params["source"] = f"%{keep.source.lower()}%"
        where.append(
            "e.id IN (SELECT m.corpus_event_id FROM corpus_event_mentions m "
            "JOIN documents d ON d.id = m.document_id WHERE LOWER(d.source) LIKE :source)"
        )
    if keep.text:
        where.append(
            "e.id IN (SELECT m.corpus_event_id FROM sentences s "
            "JOIN events v ON v.document_id = s.document_id AND v.sentence = s.id "
            "JOIN corpus_event_mentions m ON m.document_id = v.document_id AND m.event_id = v.id "
            f"WHERE {_text_match(connection, params, keep.text)})"
        )
    sql = (
        "SELECT e.id, e.type, e.mode, e.first_day, e.last_day, e.num_mentions, e.num_articles, "
        "e.num_sources, e.confidence, src.name AS source, tgt.name AS target "
        "FROM corpus_events e "
        "LEFT JOIN corpus_actors src ON src.id = e.source "
        "LEFT JOIN corpus_actors tgt ON tgt.id = e.target "
        f"WHERE {' AND '.join(where)} "
        "ORDER BY e.first_day IS NULL, e.first_day DESC, e.id LIMIT :limit"
    )
    rows = [dict(row._mapping) for row in connection.execute(text(sql), params)]
    reports = event_reports(connection, [row["id"] for row in rows])
    for row in rows:
        first = reports.get(row["id"], [{}])[0]
        row["sentence"] = first.get("text")
    return rows


def event_reports(connection: Connection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every report of each corpus event: its article, the sentence (id and text), trigger
    and date, in article and sentence order."""
    if not event_ids:
        return {}
    params: dict[str, Any] = {}
    chosen = _in("m.corpus_event_id", event_ids, params, "e")
    rows = connection.execute(
        text(
            "SELECT m.corpus_event_id AS event, m.document_id AS document, d.published, "
            "v.sentence, s.text, v.trigger_text AS trigger, v.date, v.mode "
            "FROM corpus_event_mentions m "
            "JOIN events v ON v.document_id = m.document_id AND v.id = m.event_id "
            "JOIN documents d ON d.id = m.document_id "
            "LEFT JOIN sentences s ON s.document_id = v.document_id AND s.id = v.sentence "
            f"WHERE {chosen} ORDER BY m.document_id, v.sentence"
        ),
        params,
    )
    reports: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        report = dict(row._mapping)
        reports.setdefault(report.pop("event"), []).append(report)
    return reports


def corpus_event(connection: Connection, event_id: str) -> dict[str, Any] | None:
    """One corpus event with its actors' ids and names and every report of it."""
    row = connection.execute(
        text(
            "SELECT e.id, e.type, e.mode, e.first_day, e.last_day, e.num_mentions, "
            "e.num_articles, e.num_sources, e.confidence, e.source AS source_id, "
            "src.name AS source, e.target AS target_id, tgt.name AS target, "
            "e.location AS location_id, loc.name AS location FROM corpus_events e "
            "LEFT JOIN corpus_actors src ON src.id = e.source "
            "LEFT JOIN corpus_actors tgt ON tgt.id = e.target "
            "LEFT JOIN corpus_actors loc ON loc.id = e.location WHERE e.id = :id"
        ),
        {"id": event_id},
    ).first()
    if row is None:
        return None
    return {**row._mapping, "reports": event_reports(connection, [event_id]).get(event_id, [])}


def article(connection: Connection, document_id: str) -> dict[str, Any] | None:
    """One stored article: its metadata and its sentences (id, offsets, kind, text)."""
    row = connection.execute(
        text(
            "SELECT id, title, url, published, source, author, issuer FROM documents WHERE id = :id"
        ),
        {"id": document_id},
    ).first()
    if row is None:
        return None
    sentences = connection.execute(
        text(
            'SELECT id, start, "end", kind, text FROM sentences WHERE document_id = :id ORDER BY id'
        ),
        {"id": document_id},
    )
    return {**row._mapping, "sentences": [dict(s._mapping) for s in sentences]}


def sentence(connection: Connection, document_id: str, sentence_id: int) -> dict[str, Any] | None:
    """One sentence of one stored article, with the article's title and date."""
    row = connection.execute(
        text(
            'SELECT s.document_id AS document, d.title, d.published, s.id, s.start, s."end", '
            "s.kind, s.text FROM sentences s JOIN documents d ON d.id = s.document_id "
            "WHERE s.document_id = :document AND s.id = :id"
        ),
        {"document": document_id, "id": sentence_id},
    ).first()
    return None if row is None else dict(row._mapping)


def query_actors(connection: Connection, keep: QueryFilter) -> list[dict[str, Any]]:
    """Corpus actors by name or alias (``actor``), type, or a name containing ``text``,
    most reported first."""
    params: dict[str, Any] = {"limit": keep.limit}
    where = ["1 = 1"]
    if keep.actor:
        where.append(_in("a.id", _actor_ids(connection, keep.actor), params, "a"))
    if keep.type:
        params["type"] = keep.type.upper()
        where.append("a.type = :type")
    if keep.text:
        params["text"] = f"%{name_key(keep.text)}%"
        where.append("a.id IN (SELECT actor_id FROM corpus_actor_names WHERE key LIKE :text)")
    sql = (
        "SELECT a.id, a.name, a.type, a.articles, a.aliases, a.codes FROM corpus_actors a "
        f"WHERE {' AND '.join(where)} ORDER BY a.articles DESC, a.id LIMIT :limit"
    )
    return [dict(row._mapping) for row in connection.execute(text(sql), params)]


def query_claims(connection: Connection, keep: QueryFilter) -> list[dict[str, Any]]:
    """Attributed claims: who says what, in which article, newest first."""
    params: dict[str, Any] = {"limit": keep.limit}
    where = ["1 = 1"]
    joins = ""
    if keep.actor:
        ids = _actor_ids(connection, keep.actor)
        joins = (
            "JOIN corpus_members c ON c.document_id = t.document_id AND c.entity_id = t.source "
            f"AND {_in('c.actor_id', ids, params, 'a')} "
        )
    where += _article_filters(keep, params)
    if keep.text:
        params["claim"] = f"%{keep.text.lower()}%"
        where.append("LOWER(t.claim_text) LIKE :claim")
    sql = (
        "SELECT t.document_id AS document, t.sentence, d.published, t.source_text AS source, "
        "t.source_type, t.cue, t.claim_text AS claim FROM attributions t "
        f"JOIN documents d ON d.id = t.document_id {joins}"
        f"WHERE {' AND '.join(where)} "
        "ORDER BY d.published IS NULL, d.published DESC, t.pk LIMIT :limit"
    )
    return [dict(row._mapping) for row in connection.execute(text(sql), params)]


#: How many of an actor's articles, newest first, its sentences are looked for in at a time
#: before the rest are looked at at once: the first batch usually fills a page, so an actor
#: named in thousands of articles costs a few of them.
SENTENCE_BATCHES = (100, 1000)


def query_sentences(connection: Connection, keep: QueryFilter) -> list[dict[str, Any]]:
    """Sentences by full-text search (``text``), naming an actor, or of a kind (``mode``
    is read as the sentence kind here: fact, opinion, question, heading).

    Sentences naming an actor (with no ``text`` to search) are looked for in its articles
    newest first, a batch of articles at a time (SENTENCE_BATCHES), until ``limit`` are
    found or the rate so far says the next batch would not find them (the rest is then
    looked at at once); a batch never splits the articles of one day, so the order is the
    one over all of them."""
    if not keep.actor:
        return _sentences(connection, keep)
    actors = _actor_ids(connection, keep.actor)
    if keep.text:  # the full-text index narrows the sentences first
        return _sentences(connection, keep, actors)
    articles = _articles_naming(connection, keep, actors)
    rows: list[dict[str, Any]] = []
    start = 0
    for size in SENTENCE_BATCHES:
        if start == len(articles) or len(rows) == keep.limit:
            return rows
        if len(rows) * size < (keep.limit - len(rows)) * start:
            break  # at the rate so far this batch would not fill the page: the rest at once
        end = min(start + size, len(articles))
        while end < len(articles) and articles[end][1] == articles[end - 1][1]:
            end += 1  # the rest of the last article's day
        batch = [document for document, _ in articles[start:end]]
        rows += _sentences(connection, replace(keep, limit=keep.limit - len(rows)), actors, batch)
        start = end
    if start < len(articles) and len(rows) < keep.limit:
        older = articles[start - 1][1]
        rest = replace(keep, limit=keep.limit - len(rows))
        rows += _sentences(connection, rest, actors, older_than=older)
    return rows


def _articles_naming(
    connection: Connection, keep: QueryFilter, actors: list[str]
) -> list[tuple[str, str | None]]:
    """The articles (id, publication date) that name one of ``actors``, pass ``keep``'s
    article filters and hold a sentence of ``keep.mode``'s kind when given, newest first,
    undated last (read from the view's own rows and indexes, not from the articles)."""
    params: dict[str, Any] = {}
    where = [_in("c.actor_id", actors, params, "a")]
    joins = "JOIN corpus_documents d ON d.document_id = c.document_id "
    if keep.source:  # the only filter the view's row of an article cannot answer
        joins += "JOIN documents a ON a.id = c.document_id "
        params["source"] = f"%{keep.source.lower()}%"
        where.append("LOWER(a.source) LIKE :source")
    where += _article_filters(replace(keep, source=None), params)
    if keep.mode:  # only articles holding a sentence of that kind (the kind index answers)
        params["kind"] = keep.mode
        where.append(
            "EXISTS (SELECT 1 FROM sentences k "
            "WHERE k.document_id = c.document_id AND k.kind = :kind)"
        )
    articles = [
        (row[0], row[1])
        for row in connection.execute(
            text(
                "SELECT DISTINCT c.document_id, d.published FROM corpus_members c "
                f"{joins}WHERE {' AND '.join(where)}"
            ),
            params,
        )
    ]
    articles.sort(key=lambda row: row[1] or "", reverse=True)
    articles.sort(key=lambda row: row[1] is None)  # stable: undated articles last
    return articles


def _sentences(
    connection: Connection,
    keep: QueryFilter,
    actors: list[str] | None = None,
    articles: list[str] | None = None,
    *,
    older_than: str | None = None,
) -> list[dict[str, Any]]:
    """The sentences ``keep`` asks for; with ``actors``, only those that name one of them,
    in ``articles`` (when given) or in articles published before ``older_than`` or undated
    (when given)."""
    params: dict[str, Any] = {"limit": keep.limit}
    where = ["1 = 1"]
    if keep.text:
        where.append(_text_match(connection, params, keep.text))
    joins = ""
    if actors is not None:
        chosen = [_in("c.actor_id", actors, params, "a")]
        if articles is not None:
            chosen.append(_in("c.document_id", articles, params, "d"))
        joins = (
            "JOIN (SELECT DISTINCT n.document_id AS doc, x.sentence AS sid "
            "FROM corpus_members c "
            "JOIN entities n ON n.document_id = c.document_id AND n.id = c.entity_id "
            "JOIN mentions x ON x.entity_pk = n.pk "
            f"WHERE {' AND '.join(chosen)}) hit "
            "ON hit.doc = s.document_id AND hit.sid = s.id "
        )
    if older_than is not None:
        params["older_than"] = older_than
        where.append("(d.published < :older_than OR d.published IS NULL)")
    if keep.mode:
        params["kind"] = keep.mode
        where.append("s.kind = :kind")
    where += _article_filters(keep, params)
    sql = (
        "SELECT s.document_id AS document, d.published, s.id AS sentence, s.kind, s.start, "
        's."end", s.text FROM sentences s JOIN documents d ON d.id = s.document_id '
        f"{joins}WHERE {' AND '.join(where)} "
        "ORDER BY d.published IS NULL, d.published DESC, s.pk LIMIT :limit"
    )
    return [dict(row._mapping) for row in connection.execute(text(sql), params)]


QUERIES = {
    "events": query_events,
    "actors": query_actors,
    "claims": query_claims,
    "sentences": query_sentences,
}
