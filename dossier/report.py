"""A readable summary of one analysed Document, as rich renderables (printed by the CLI)."""

from __future__ import annotations

from collections import defaultdict

from rich.console import Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dossier.document import Document


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def render_report(doc: Document, *, explain: bool = False) -> Group:
    """Title, date, actors by type, events, sources, numbers, dates and the opinion share;
    ``explain`` adds the ids of the rules behind each event and source."""
    names = {entity.id: entity.name for entity in doc.entities}
    meta = doc.metadata
    opinion = sum(s.kind == "opinion" for s in doc.sentences)
    body = [s for s in doc.sentences if s.kind != "heading"]
    header = Text()
    header.append(meta.title or "(untitled)", style="bold")
    header.append(f"\npublished: {meta.published or 'unknown'}")
    if meta.published_reasoning:
        header.append(f" ({meta.published_reasoning})", style="dim")
    header.append(f"\nurl: {meta.url or '-'}   id: {doc.id}   source: {meta.source or '-'}")
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
            actors.add_row(type_, ", ".join(labels))
        parts.append(actors)

    if doc.events:
        columns = ["type", "source", "target", "date", "mode", "trigger"]
        events = _table("Events", *columns, *(["rules"] if explain else []))
        for event in doc.events:
            events.add_row(
                event.type,
                names.get(event.source or "", "-"),
                names.get(event.target or "", "-"),
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
            sources.add_row(
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
            numbers.add_row(quantity.text, value, quantity.unit, quantity.qualifier)
        parts.append(numbers)

    if doc.dates:
        dates = _table("Dates", "text", "value", "granularity")
        for mention in doc.dates:
            dates.add_row(mention.text, mention.value, mention.granularity)
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
    "core_recall": "core R",
    "typed_core_recall": "typed R",
    "entity_precision": "ent P",
    "event_f1_lenient": "ev F1",
    "event_f1_strict": "ev F1+t",
    "attribution_f1": "attr F1",
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
    table.columns[0].no_wrap = True
    table.columns[0].overflow = "ellipsis"
    table.columns[0].max_width = 40
    for article in result["articles"]:
        name = article["article"] + (" (held out)" if article["held_out"] else "")
        table.add_row(
            escape(name), *(_cell(article["headline"].get(key)) for key in CORPUS_COLUMNS)
        )
    table.add_section()
    for part, means in result["macro"].items():
        label = f"macro mean: {part.replace('_', '-')} ({result['counts'][part]})"
        table.add_row(label, *(_cell(means.get(key)) for key in CORPUS_COLUMNS))
    return table
