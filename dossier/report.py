"""A readable summary of one analysed Document, as rich renderables (printed by the CLI).

Article text is never markup: every string that comes from an input reaches the screen as a
plain ``Text`` (rich markup such as ``[/i]`` is shown as written) with its terminal control
characters shown as escapes (see ``printable``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from rich import box
from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dossier.document import Document, TextSpan

# C0 and C1 control characters but newline and tab (escape sequences, hyperlinks, bells,
# carriage returns), DEL, and the bidi embeddings, overrides and isolates that reorder text.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every terminal control character written as an escape (``\\x1b``)."""
    return UNPRINTABLE.sub(lambda match: match.group().encode("unicode_escape").decode(), text)


def plain(text: str, style: str = "") -> Text:
    """Input text for the screen: no markup, no control characters."""
    return Text(printable(text), style=style)


def _add_row(table: Table, *cells: str) -> None:
    table.add_row(*(plain(cell) for cell in cells))


def _argument(names: dict[str, str], entity_id: str | None, described: TextSpan | None) -> str:
    """An event's source or target: the entity's name, or a described group in quotes."""
    if entity_id:
        return names.get(entity_id, "-")
    return f"\u201c{described.text}\u201d" if described is not None else "-"


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=False)
    for column in columns:
        table.add_column(Text(column), overflow="fold")
    return table


def render_report(doc: Document, *, explain: bool = False) -> Group:
    """Title, date, actors by type, events, sources, numbers, dates and the opinion share;
    ``explain`` adds the ids of the rules behind each event and source."""
    names = {entity.id: entity.name for entity in doc.entities}
    meta = doc.metadata
    opinion = sum(s.kind == "opinion" for s in doc.sentences)
    body = [s for s in doc.sentences if s.kind != "heading"]
    header = Text()
    header.append(plain(meta.title or "(untitled)", style="bold"))
    header.append(plain(f"\npublished: {meta.published or 'unknown'}"))
    if meta.published_reasoning:
        header.append(plain(f" ({meta.published_reasoning})", style="dim"))
    header.append(plain(f"\nurl: {meta.url or '-'}   id: {doc.id}   source: {meta.source or '-'}"))
    header.append(
        f"\n{len(doc.sentences)} sentences, {opinion} opinion "
        f"({opinion / len(body):.0%} of body sentences)"
        if body
        else "\nno sentences"
    )
    questions = [s.text for s in doc.sentences if s.is_question]
    if questions:
        header.append(f"\nquestions asked: {len(questions)}")
    parts: list = [Panel(header, title="dossier", expand=False)]

    by_type: dict[str, list[str]] = defaultdict(list)
    for entity in sorted(doc.entities, key=lambda e: -len(e.mentions)):
        label = f"{entity.name} ({len(entity.mentions)})"
        if entity.code:
            label += f" [{entity.code}]"
        by_type[entity.type].append(label)
    if by_type:
        actors = _table("Actors", "type", "canonical name (mentions) [code]")
        for type_, labels in sorted(by_type.items()):
            _add_row(actors, type_, ", ".join(labels))
        parts.append(actors)

    if doc.events:
        columns = ["type", "source", "target", "date", "mode", "trigger"]
        events = _table("Events", *columns, *(["rules"] if explain else []))
        for event in doc.events:
            _add_row(
                events,
                event.type,
                _argument(names, event.source, event.source_text),
                _argument(names, event.target, event.target_text),
                event.date or "-",
                event.mode,
                event.trigger.text,
                *([", ".join(event.rules) or "-"] if explain else []),
            )
        parts.append(events)

    if doc.attributions:
        sources = _table("Sources", "who", "type", "cue", "claim", *(["rules"] if explain else []))
        for attribution in doc.attributions:
            claim = attribution.claim.text
            _add_row(
                sources,
                attribution.source_text,
                attribution.source_type,
                attribution.cue,
                claim if len(claim) < 90 else claim[:87] + "...",
                *([", ".join(attribution.rules) or "-"] if explain else []),
            )
        parts.append(sources)

    if doc.quantities:
        numbers = _table("Numbers", "text", "value", "unit", "qualifier")
        for quantity in doc.quantities:
            value = f"{quantity.value:,.10g}"
            if quantity.value_max is not None:
                value += f"-{quantity.value_max:,.10g}"
            _add_row(numbers, quantity.text, value, quantity.unit, quantity.qualifier)
        parts.append(numbers)

    if doc.dates:
        dates = _table("Dates", "text", "value", "granularity")
        for mention in doc.dates:
            _add_row(dates, mention.text, mention.value, mention.granularity)
        parts.append(dates)
    return Group(*parts)


def render_scores(scores: dict) -> Table:
    """The ``dossier eval`` table."""
    table = _table("dossier eval", "yardstick", "score", "detail")
    entities = scores["entities"]
    for key, label in (
        ("core_recall", "core-entity recall"),
        ("precision", "entity precision"),
        ("type_accuracy", "entity type accuracy"),
    ):
        item = entities[key]
        table.add_row(label, f"{item['accuracy']:.3f}", f"{item['correct']}/{item['total']}")
    for level in ("lenient", "strict"):
        item = scores["events"][level]
        table.add_row(
            f"event F1 ({level})",
            f"{item['f1']:.3f}",
            f"P {item['precision']:.2f} R {item['recall']:.2f} "
            f"({item['matched']} of {item['predicted']} predicted, {item['expected']} gold)",
        )
    item = scores["attributions"]
    table.add_row(
        "attribution F1",
        f"{item['f1']:.3f}",
        f"P {item['precision']:.2f} R {item['recall']:.2f} "
        f"({item['matched']} of {item['predicted']} predicted, {item['expected']} gold)",
    )
    for key, label in (
        ("quantities", "quantity value accuracy"),
        ("dates", "date value accuracy"),
        ("opinion", "opinion/fact accuracy"),
    ):
        item = scores[key]
        table.add_row(label, f"{item['accuracy']:.3f}", f"{item['correct']}/{item['total']}")
    item = scores["questions"]
    table.add_row("question recall", f"{item['recall']:.3f}", f"{item['found']}/{item['total']}")
    return table


CORPUS_COLUMNS = {
    "core_recall": "core",
    "typed_core_recall": "typed",
    "entity_precision": "entP",
    "event_f1_lenient": "ev",
    "event_f1_strict": "ev+t",
    "attribution_f1": "attr",
    "quantity_accuracy": "qty",
    "date_accuracy": "date",
    "opinion_accuracy": "opin",
    "question_recall": "qst",
}


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def render_corpus_scores(result: dict) -> Table:
    """The ``dossier eval`` table over several articles: one row each, then the macro means
    (all, tuning part, held-out part)."""
    table = _table("dossier eval", "article", *CORPUS_COLUMNS.values())
    table.box = box.SIMPLE_HEAD  # narrow enough for an 80-column terminal or a log
    table.show_edge = False
    table.pad_edge = False
    table.padding = (0, 1, 0, 0)
    for column in table.columns:
        column.no_wrap = True
    for column in table.columns[1:]:
        column.min_width = 4  # "0.88"
    table.columns[0].overflow = "ellipsis"
    table.columns[0].max_width = 18
    for article in result["articles"]:
        name = article["article"] + (" (held out)" if article["held_out"] else "")
        table.add_row(
            escape(name), *(_cell(article["headline"].get(key)) for key in CORPUS_COLUMNS)
        )
    table.add_section()
    for part, means in result["macro"].items():
        label = f"mean {part.replace('_', '-')} ({result['counts'][part]})"
        table.add_row(label, *(_cell(means.get(key)) for key in CORPUS_COLUMNS))
    return table


def render_actor(dossier: dict) -> Group:
    """The ``dossier actor`` report: every value from article text is shown as text, never
    read as markup."""
    header = Text()
    header.append(f"{dossier['name']} ", style="bold")
    header.append(f"({dossier['type']}), in {len(dossier['articles'])} article(s)")
    if dossier["aliases"]:
        header.append("\nalso: " + ", ".join(dossier["aliases"][:20]))
    codes = ", ".join(
        f"{c['code']} ({c['first']} .. {c['last']})" for c in dossier["codes"]
    )
    header.append(f"\ncodes: {codes or '-'}   stance: {dossier['stance']}")
    parts: list = [Panel(header, expand=False)]
    for role in ("as_source", "as_target"):
        if dossier[role]:
            table = _table(f"Events {role.replace('_', ' ')}", "type", "month: events")
            for type_, months in sorted(dossier[role].items()):
                table.add_row(type_, ", ".join(f"{m}: {n}" for m, n in months.items()))
            parts.append(table)
    for role in ("partners", "adversaries"):
        if dossier[role]:
            listed = ", ".join(f"{p['actor']} ({p['events']})" for p in dossier[role])
            parts.append(Text(f"{role}: {listed}"))
    if dossier["events"]:
        table = _table("Events and the sentences behind them", "event", "articles", "sentence")
        for event in dossier["events"][:50]:
            first = event["mentions"][0]
            table.add_row(
                Text(f"{event['type']} {event['date'] or 'undated'}"),
                Text(str(event["num_articles"])),
                Text(f"{first['sentence']} [{first['document']}]"),
            )
        parts.append(table)
    if dossier["claims"]:
        table = _table("Claims it makes", "cue", "claim", "article")
        for claim in dossier["claims"][:30]:
            table.add_row(Text(claim["cue"]), Text(claim["claim"]), Text(claim["document"]))
        parts.append(table)
    return Group(*parts)


def actor_html(dossier: dict) -> str:
    """The actor dossier as one self-contained HTML page; every value is escaped."""
    from html import escape as esc

    def table(headers: list[str], rows: list[list[object]]) -> str:
        head = "".join(f"<th>{esc(h)}</th>" for h in headers)
        body = "".join(
            "<tr>" + "".join(f"<td>{esc(str(cell))}</td>" for cell in row) + "</tr>"
            for row in rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    codes = [[c["code"], c["first"], c["last"]] for c in dossier["codes"]]
    parts = [
        f"<h1>{esc(dossier['name'])} <small>{esc(dossier['type'])}</small></h1>",
        f"<p>In {len(dossier['articles'])} article(s). Also: "
        f"{esc(', '.join(dossier['aliases'])) or '-'}. Stance: {esc(str(dossier['stance']))}</p>",
        "<h2>Codes over time</h2>",
        table(["code", "first", "last"], codes),
    ]
    for role in ("as_source", "as_target"):
        rows = [
            [type_, ", ".join(f"{m}: {n}" for m, n in months.items())]
            for type_, months in sorted(dossier[role].items())
        ]
        parts += [f"<h2>Events {role.replace('_', ' ')}</h2>", table(["type", "events"], rows)]
    for role in ("partners", "adversaries"):
        rows = [[p["actor"], p["events"]] for p in dossier[role]]
        parts += [f"<h2>{role.title()}</h2>", table(["actor", "events"], rows)]
    events = [
        [e["type"], e["date"] or "undated", e["num_articles"], m["sentence"], m["document"]]
        for e in dossier["events"]
        for m in e["mentions"]
    ]
    parts += [
        "<h2>Events and the sentences behind them</h2>",
        table(["type", "date", "articles", "sentence", "article"], events),
    ]
    claims = [[c["cue"], c["claim"], c["document"]] for c in dossier["claims"]]
    parts += ["<h2>Claims it makes</h2>", table(["cue", "claim", "article"], claims)]
    style = (
        "body{font-family:sans-serif;max-width:70em;margin:2em auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.3em;vertical-align:top;text-align:left}"
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{esc(dossier['name'])}"
        f"</title><style>{style}</style></head><body>{''.join(parts)}</body></html>\n"
    )
