"""The `dossier` command: a thin layer over the Python API. Only this module prints."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

import dossier
from dossier.analysis import ingest, normalize_published
from dossier.document import Document, json_schema
from dossier.ingest import DEFAULT_MAX_BYTES, IngestError, RawArticle, read_inputs
from dossier.ingest.readers import JSONL_SUFFIXES, iter_files
from dossier.pipeline import BATCH_DOCUMENTS, MAX_BATCH_CHARS
from dossier.report import plain, render_report, render_scores
from dossier.stages import default_pipeline
from dossier.store import DEFAULT_DB, Store, StoreError

app = typer.Typer(
    help="Turn news and opinion articles about politics and armed conflict into structured, "
    "source-attributed evidence: actors, PLOVER events, sources, numbers, dates, opinion.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
stdout = Console()
stderr = Console(stderr=True)


class OutputFormat(StrEnum):
    report = "report"
    json = "json"
    jsonl = "jsonl"
    none = "none"


def _version(value: bool) -> None:
    if value:
        stdout.print(f"dossier {dossier.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """dossier: structured evidence from conflict news."""


def _error(error: IngestError | Exception | str) -> None:
    """One error line on stderr; the message is shown as written, never as markup."""
    stderr.print(Text("error", style="red") + Text(": ") + plain(str(error)), soft_wrap=True)


def _print_scores(scores: dict, *, as_json: bool, render) -> None:
    """A yardstick's scores as JSON or as its table."""
    if as_json:
        stdout.out(json.dumps(scores, indent=2), highlight=False)
    else:
        stdout.print(render(scores))


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


@dataclass
class _Tally:
    """What became of the inputs of one `dossier analyze` run."""

    analysed: int = 0
    stored: int = 0
    already_stored: int = 0
    stored_meanwhile: int = 0  # analysed here, stored first by another run or a repeat
    failed: int = 0

    def summary(self, db: str | None) -> str:
        line = f"{self.analysed} analysed"
        if db is not None:
            line += f", {self.stored} stored in {db}, {self.already_stored} already stored"
            line += " (not analysed again)"
            if self.stored_meanwhile:
                line += f", {self.stored_meanwhile} stored meanwhile (by another run or"
                line += " as a repeated text)"
        return line + f", {self.failed} failed"


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (searched recursively) or - for stdin. Text, "
            "Markdown, HTML, or JSON Lines (one article per line with a 'text' field)."
        ),
    ],
    output: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="report: readable summary; json: one "
            "article's dossier/1 JSON; jsonl: one line per article; none.",
        ),
    ] = OutputFormat.report,
    db: Annotated[
        str, typer.Option(help="SQLite file (or SQLAlchemy URL) to store results in.")
    ] = DEFAULT_DB,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Do not write to the database.")
    ] = False,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for inputs that give none.")
    ] = None,
    reports: Annotated[
        int | None, typer.Option(help="With --format report: print only the first N reports.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option(help="Refuse inputs larger than this.")
    ] = DEFAULT_MAX_BYTES,
    strict: Annotated[bool, typer.Option(help="Exit non-zero if any input fails.")] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show the full traceback of an unexpected error.")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="With --format report: show the rules behind items.")
    ] = False,
) -> None:
    """Analyse articles, store them, and print a report or JSON.

    A bad input gets one error line naming the file (and line); a batch skips it and goes
    on. Articles whose text is already stored are not analysed again: their stored
    analysis is printed.

    Examples:

      dossier analyze article.txt

      dossier analyze corpus.jsonl --format jsonl > out.jsonl

      cat page.html | dossier analyze - --format json --published 2025-12-10
    """
    try:
        default_published = normalize_published(published)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--published") from None
    try:
        store = None if no_store else Store(db)
        tally = _analyse_inputs(
            paths,
            store=store,
            output=output,
            default_published=default_published,
            reports=reports,
            max_bytes=max_bytes,
            explain=explain,
        )
    except (typer.BadParameter, typer.Exit):
        raise
    except StoreError as error:
        _error(error)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        _error("interrupted; every document reported as stored is complete in the database")
        raise typer.Exit(130) from None
    except Exception as error:
        if debug:
            raise
        _error(f"{type(error).__name__}: {_first_line(error)} (run with --debug for details)")
        raise typer.Exit(1) from None
    if tally.failed or tally.analysed + tally.already_stored > 1:
        stderr.print(plain(tally.summary(None if store is None else db)), soft_wrap=True)
    if tally.analysed + tally.already_stored == 0 or (strict and tally.failed):
        raise typer.Exit(1)


def _analyse_inputs(
    paths: list[str],
    *,
    store: Store | None,
    output: OutputFormat,
    default_published: str | None,
    reports: int | None,
    max_bytes: int,
    explain: bool = False,
) -> _Tally:
    """Read, analyse, store and print every input in order; bad items are reported and
    skipped. RETURNS (_Tally): the counts for the summary line."""
    items: Iterable[RawArticle | IngestError] = read_inputs(paths, max_bytes=max_bytes)
    if output is OutputFormat.json:
        items = list(items)
        articles = sum(isinstance(item, RawArticle) for item in items)
        if articles > 1:
            raise typer.BadParameter(
                f"--format json takes one article, got {articles}; use --format jsonl",
                param_hint="--format",
            )
    pipeline = default_pipeline()
    tally = _Tally()
    printed_reports = 0

    def fail(message: str | Exception) -> None:
        _error(message)
        tally.failed += 1

    def emit(doc: Document) -> None:
        nonlocal printed_reports
        if output is OutputFormat.json:
            stdout.out(doc.to_json(indent=2), highlight=False)
        elif output is OutputFormat.jsonl:
            sys.stdout.write(doc.to_json() + "\n")
        elif output is OutputFormat.report and (reports is None or printed_reports < reports):
            stdout.print(render_report(doc, explain=explain))
            printed_reports += 1

    def save(doc: Document) -> bool:
        """Store ``doc``; False (reported) when its id is taken by another text."""
        if store is None:
            return True
        try:
            if store.save(doc):
                tally.stored += 1
            else:
                tally.stored_meanwhile += 1
        except ValueError as error:
            fail(f"{doc.metadata.source}: {error}; give it another id")
            return False
        return True

    progress = Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        disable=len(paths) == 1 and not Path(paths[0]).is_dir() and not _is_jsonl(paths[0]),
        transient=True,
        # Redrawn after each batch, by no thread of its own: a large document is analysed
        # in forked processes only where this process runs no other thread.
        auto_refresh=False,
    )
    # Documents wait here in input order: those already stored hold their stored analysis.
    batch: list[tuple[Document, bool]] = []
    with progress:
        task = progress.add_task("analysing", total=None)

        def advance(count: int = 1) -> None:
            progress.update(task, advance=count, refresh=True)

        def flush() -> None:
            fresh = [doc for doc, stored in batch if not stored]
            errors = iter(pipeline.process_each(fresh))
            for doc, stored in batch:
                error = None if stored else next(errors)
                if error is not None:
                    reason = f"{type(error).__name__}: {_first_line(error)}"
                    fail(f"{doc.metadata.source}: analysis failed ({reason})")
                elif stored:
                    emit(doc)
                elif save(doc):
                    tally.analysed += 1
                    emit(doc)
            advance(len(batch))
            batch.clear()

        characters = 0
        for item in items:
            if isinstance(item, IngestError):
                fail(item)
                advance()
                continue
            if item.published is None:
                item.published = default_published
            try:
                doc = ingest(item)
            except IngestError as error:
                fail(error)
                advance()
                continue
            stored = _stored_analysis(store, doc, load=output is not OutputFormat.none)
            if stored is not None:
                tally.already_stored += 1
                batch.append((stored, True))
            else:
                batch.append((doc, False))
                characters += len(doc.text)
            if len(batch) >= BATCH_DOCUMENTS or characters >= MAX_BATCH_CHARS:
                flush()
                characters = 0
        flush()
    return tally


def _stored_analysis(store: Store | None, doc: Document, *, load: bool) -> Document | None:
    """The stored analysis of ``doc``'s text (``doc`` itself when ``load`` is False), or
    None when it is not stored yet."""
    if store is None:
        return None
    if not load:
        return doc if store.contains(doc.content_hash) else None
    return store.get_by_hash(doc.content_hash)


def _is_jsonl(path: str) -> bool:
    return Path(path).suffix.lower() in JSONL_SUFFIXES


@app.command()
def schema() -> None:
    """Print the JSON Schema of one analysed document (dossier/1)."""
    stdout.out(json.dumps(json_schema(), indent=2), highlight=False)


@app.command(name="eval")
def evaluate(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Gold files (*.gold.json) or folders of them; each is scored against the "
            "article its 'doc' names beside it (a text file given right after a gold file is "
            "its text instead)."
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date YYYY-MM-DD for a single article without one."),
    ] = None,
) -> None:
    """Score the analysis of annotated articles against their hand annotations.

    One article: the full table (entities, events lenient/strict, attributions, quantities,
    dates, opinion/fact, questions). Several, or a folder such as ../shared/dev/corpus: one
    row per article and the macro mean of every metric, over all articles and apart for the
    tuning part and the held-out part (dossier/evaluation/held_out.json). Scored exactly as
    ../shared/dev/ANNOTATION.md says.
    """
    from dossier.evaluation import (
        GoldError,
        find_gold_files,
        load_gold,
        score_corpus,
        score_document,
    )
    from dossier.report import render_corpus_scores

    try:
        pairs = find_gold_files(paths)
    except GoldError as error:
        _error(error)
        raise typer.Exit(2) from None
    if not pairs:
        _error(f"{', '.join(map(str, paths))}: no gold files (*.gold.json) found")
        raise typer.Exit(2)
    pipeline = default_pipeline()

    def analyse(text: Path) -> Document:
        items = list(read_inputs([str(text)]))
        if len(items) != 1 or isinstance(items[0], IngestError):
            raise GoldError(f"{text}: cannot read the article ({items[0] if items else 'empty'})")
        article = items[0]
        article.published = article.published or normalize_published(published)
        return pipeline(ingest(article))

    try:
        if len(pairs) == 1:
            gold_path, text_path = pairs[0]
            scores = score_document(load_gold(gold_path), analyse(text_path))
            _print_scores(scores, as_json=as_json, render=render_scores)
            return
        progress = Progress(
            TextColumn("scoring"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=stderr,
            transient=True,
        )
        with progress:
            task = progress.add_task("scoring", total=len(pairs))

            def analyse_and_count(text: Path) -> Document:
                doc = analyse(text)
                progress.advance(task)
                return doc

            result = score_corpus(pairs, analyse_and_count)
    except GoldError as error:
        _error(error)
        raise typer.Exit(2) from None
    _print_scores(result, as_json=as_json, render=render_corpus_scores)


def largest_file(paths: list[str] | None, examples: Path) -> Path | None:
    """The article the one-article memory figure is measured on: the largest file given."""
    files = [p for name in (paths or [str(examples)]) for p in iter_files(Path(name))]
    files = [f for f in files if f.is_file()]
    return max(files, key=lambda f: f.stat().st_size) if files else None


@app.command()
def bench(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles to measure on (default: GUM and EWT test "
            "documents from --data-dir, plus examples/)."
        ),
    ] = None,
    data_dir: Annotated[Path, typer.Option(help="Folder holding the UD treebanks.")] = Path(
        "../shared/data"
    ),
    processes: Annotated[int | None, typer.Option(help="Processes for the all-cores runs.")] = None,
    limit: Annotated[int | None, typer.Option(help="Use only the first N documents.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    sizes: Annotated[
        bool,
        typer.Option(
            "--sizes",
            help="Instead: seconds and peak memory of one analysis of real prose at "
            "10 KB, 100 KB, 1 MB and 5 MB (each in a fresh process).",
        ),
    ] = False,
    short: Annotated[
        int | None,
        typer.Option(
            help="Instead: N short paragraphs (8-16 words) of real prose as one document and "
            "as N documents, against the backbone alone (one process).",
        ),
    ] = None,
    prose: Annotated[
        Path,
        typer.Option(help="With --sizes or --short: the articles to cut the texts from."),
    ] = Path("../shared/corpus/state_dept_2021_2022.jsonl.gz"),
    largest: Annotated[
        int, typer.Option(help="With --sizes: measure sizes up to this many bytes.")
    ] = 5_000_000,
    corpus: Annotated[
        str | None,
        typer.Option(
            help="Measure the corpus view instead: copy the articles stored in this database "
            "into a new one up to --corpus-size, build the view, add one, time the queries."
        ),
    ] = None,
    corpus_size: Annotated[int, typer.Option(help="With --corpus: articles to measure on.")] = (
        10_000
    ),
) -> None:
    """Measure speed (words/s, documents/s) of the tokenizer, the language backbone and the
    full pipeline on one process and on all cores, time per stage, and peak memory; with
    --sizes, one analysis per text size; with --corpus, the corpus view at scale."""
    from rich.table import Table

    from dossier.bench import DEFAULT_SIZES, corpus_from_paths, default_corpus, run_bench

    if sizes:
        _bench_sizes(prose, [size for size in DEFAULT_SIZES if size <= largest], as_json=as_json)
        return
    if short:
        _bench_short(prose, short)
        return
    if corpus:
        from dossier.corpus.bench import bench_corpus

        try:
            figures = bench_corpus(corpus, size=corpus_size)
        except (StoreError, ValueError) as error:
            _error(error)
            raise typer.Exit(2) from None
        stdout.out(json.dumps(figures, indent=2), highlight=False)
        return

    examples = Path("examples")
    texts = corpus_from_paths(paths) if paths else default_corpus(data_dir, examples)
    if limit:
        texts = texts[:limit]
    if not texts:
        _error("no documents to measure: give PATHS or a --data-dir holding the UD treebanks")
        raise typer.Exit(2)
    stderr.print(f"measuring on {len(texts)} documents ...")
    report = run_bench(texts, processes=processes, memory_article=largest_file(paths, examples))
    if as_json:
        stdout.out(json.dumps(report, indent=2), highlight=False)
        return
    table = Table(
        title=f"dossier bench: {report['documents']} documents, {report['words']:,} words"
    )
    for column in ("level", "processes", "words/s", "documents/s", "seconds"):
        table.add_column(column, justify="right")
    for m in report["measures"]:
        table.add_row(
            m["name"],
            str(m["processes"]),
            f"{m['words_per_second']:,}",
            f"{m['documents_per_second']:,}",
            f"{m['seconds']:.2f}",
        )
    stdout.print(table)
    stages = Table(title="time per stage (one process, full pipeline)")
    stages.add_column("stage")
    stages.add_column("seconds", justify="right")
    for name, seconds in report["stage_seconds"].items():
        stages.add_row(name, f"{seconds:.2f}")
    stdout.print(stages)
    stdout.print(f"peak RSS of this process: {report['peak_rss_mb']} MB")
    if "analyze_one_article_peak_rss_mb" in report:
        stdout.print(
            f"peak RSS of `dossier analyze` on one article: "
            f"{report['analyze_one_article_peak_rss_mb']} MB"
        )


def _require_prose(prose: Path) -> None:
    """Exit 2 with one line when the benchmark's prose file is missing."""
    if not prose.exists():
        _error(f"{prose}: no such file; give --prose (articles as JSON Lines or text files)")
        raise typer.Exit(2)


def _bench_short(prose: Path, count: int) -> None:
    from dossier.bench import run_short_bench

    _require_prose(prose)
    stderr.print(f"analysing {count:,} short paragraphs of {prose.name} ...")
    try:
        report = run_short_bench(prose, count)
    except ValueError as error:
        _error(error)
        raise typer.Exit(1) from None
    stdout.out(json.dumps(report, indent=2), highlight=False)


def _bench_sizes(prose: Path, sizes: list[int], *, as_json: bool) -> None:
    from rich.table import Table

    from dossier.bench import run_size_bench

    _require_prose(prose)
    stderr.print(f"analysing real prose of {len(sizes)} sizes, each in a fresh process ...")
    try:
        results = run_size_bench(prose, sizes)
    except (RuntimeError, ValueError) as error:
        _error(error)
        raise typer.Exit(1) from None
    if as_json:
        stdout.out(json.dumps(results, indent=2), highlight=False)
        return
    table = Table(title=f"dossier bench --sizes: one analysis of prose from {prose.name}")
    for column in ("bytes", "words", "seconds", "CPU seconds", "peak MB", "CPU s per MB"):
        table.add_column(column, justify="right")
    for row in results:
        per_mb = row["cpu_seconds"] / (row["bytes"] / 1_000_000)
        table.add_row(
            f"{row['bytes']:,}",
            f"{row['words']:,}",
            f"{row['seconds']:.1f}",
            f"{row['cpu_seconds']:.1f}",
            f"{row['peak_rss_mb']:,.0f}",
            f"{per_mb:.1f}",
        )
    stdout.print(table)


@app.command(name="eval-re3d")
def evaluate_re3d(
    data_dir: Annotated[
        Path, typer.Option(help="The re3d folder (its three source folders).")
    ] = Path("../shared/data/re3d"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score actor recognition on re3d: distinct (name, type) pairs per document, per type,
    on the held-out documents (never used in training or tuning) and on all."""
    from dossier.analysis import analyze as analyse_text
    from dossier.evaluation.re3d import load_re3d, render_re3d, score_re3d

    if not data_dir.exists():
        _error(f"{data_dir}: no re3d data here; give --data-dir")
        raise typer.Exit(2)
    scores = score_re3d(load_re3d(data_dir), analyse_text)
    _print_scores(scores, as_json=as_json, render=render_re3d)


@app.command(name="eval-plover")
def evaluate_plover(
    path: Annotated[
        Path,
        typer.Argument(
            help="PLOVER gold sentences, JSON Lines (e.g. ../shared/data/plover_gsr/dev.jsonl)."
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score event coding on hand-coded PLOVER sentences: type recall, type precision, and
    recall of (type, source, target) matched on actor text."""
    from dossier.analysis import analyze as analyse_text
    from dossier.evaluation.plover import load_plover, render_plover, score_plover

    if not path.exists():
        _error(f"{path}: no such file")
        raise typer.Exit(2)
    scores = score_plover(load_plover(path), analyse_text)
    _print_scores(scores, as_json=as_json, render=render_plover)


def _open_corpus(db: str):
    """The corpus view of the database ``db``, or a clear error."""
    import dossier.corpus

    if "://" not in db and not Path(db).exists():
        _error(f"{db}: no such database; analyse articles into it first (dossier analyze ...)")
        raise typer.Exit(2)
    try:
        return dossier.corpus.open(db)
    except StoreError as error:
        _error(error)
        raise typer.Exit(2) from None


def _event_filter(
    types: list[str] | None, since: str | None, until: str | None, modes: list[str] | None,
    min_reports: int,
):
    from datetime import date

    from dossier.corpus import EventFilter

    try:
        first = date.fromisoformat(since) if since else None
        last = date.fromisoformat(until) if until else None
    except ValueError as error:
        _error(f"--since/--until: {error} (give YYYY-MM-DD)")
        raise typer.Exit(2) from None
    return EventFilter(
        since=first,
        until=last,
        types=frozenset(t.upper() for t in types or ()),
        modes=frozenset(modes or ("asserted",)),
        min_reports=min_reports,
    )


DB_OPTION = typer.Option(help="The dossier database (SQLite file or SQLAlchemy URL).")


@app.command()
def export(
    format: Annotated[
        str,
        typer.Argument(help="jsonl, csv (PLOVER field names), parquet, plover, graphml, gexf."),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write (standard output for text formats)."),
    ] = None,
    db: Annotated[str, DB_OPTION] = DEFAULT_DB,
    types: Annotated[
        list[str] | None, typer.Option("--type", help="Only this PLOVER type (repeatable).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Only events on or before YYYY-MM-DD.")] = None,
    modes: Annotated[
        list[str] | None,
        typer.Option("--mode", help="Event modes to keep (repeatable; default asserted)."),
    ] = None,
    min_reports: Annotated[
        int, typer.Option(help="Only events reported by at least this many articles.")
    ] = 1,
) -> None:
    """Export the corpus view: merged events (one row per corpus event, with the articles and
    sources behind it) or the actor network (GraphML and GEXF open in Gephi).

    Example: dossier export csv -o events.csv --type ASSAULT --since 2025-01-01
    """
    from dossier.corpus.export import (
        ExportFormat,
        write_events,
        write_graph,
        write_parquet,
    )

    try:
        chosen = ExportFormat(format.lower())
    except ValueError:
        _error(f"{format}: unknown format; use one of {', '.join(f.value for f in ExportFormat)}")
        raise typer.Exit(2) from None
    keep = _event_filter(types, since, until, modes, min_reports)
    corpus = _open_corpus(db)
    if chosen in (ExportFormat.graphml, ExportFormat.gexf, ExportFormat.parquet) and not output:
        _error(f"{chosen}: give a file with --output")
        raise typer.Exit(2)
    if chosen in (ExportFormat.graphml, ExportFormat.gexf):
        graph = corpus.network(keep)
        write_graph(graph, chosen, output)
        edges = graph.number_of_edges()
        stderr.print(f"{graph.number_of_nodes()} actors, {edges} edges -> {output}")
        return
    events = corpus.corpus_events(keep)
    if chosen is ExportFormat.parquet:
        count = write_parquet(events, corpus.actors, output)
    elif output:
        with output.open("w", encoding="utf-8", newline="") as handle:
            count = write_events(events, corpus.actors, chosen, handle)
    else:
        count = write_events(events, corpus.actors, chosen, sys.stdout)
    stderr.print(f"{count} corpus events from {len(corpus.documents)} articles")


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="A name, alias or acronym of the actor.")],
    db: Annotated[str, DB_OPTION] = DEFAULT_DB,
    output: Annotated[
        str, typer.Option("--format", "-f", help="report (readable), json or html (a page).")
    ] = "report",
) -> None:
    """The actor dossier across the corpus: aliases and codes over time, events as source and
    as target by type and month, partners and adversaries, the claims it makes, its stance,
    and the sentences and articles behind each event."""
    from dossier.report import actor_html, render_actor

    if output not in ("report", "json", "html"):
        _error(f"{output}: unknown format; use report, json or html")
        raise typer.Exit(2)
    found = _open_corpus(db).actor(name)
    if found is None:
        _error(f"{name}: no actor of that name or alias in {db}")
        raise typer.Exit(1)
    if output == "json":
        stdout.out(json.dumps(found, indent=2, ensure_ascii=False), highlight=False)
    elif output == "html":
        sys.stdout.write(actor_html(found))
    else:
        stdout.print(render_actor(found))


@app.command(name="why-merged")
def why_merged(
    first: Annotated[str, typer.Argument(help="One name.")],
    second: Annotated[str, typer.Argument(help="The other name.")],
    db: Annotated[str, DB_OPTION] = DEFAULT_DB,
) -> None:
    """Why two names are one corpus actor: the chain of shared names, acronyms, codes and near
    spellings that joined them (exit 1 when they are different actors)."""
    from rich.markup import escape

    chain = _open_corpus(db).actors.why_merged(first, second)
    if chain is None:
        stdout.print(f"{escape(first)!r} and {escape(second)!r} are not one actor in {escape(db)}")
        raise typer.Exit(1)
    for step in chain:
        joined = f" <- {step.joined.name!r} ({step.joined.document})" if step.joined else ""
        line = f"{step.member.name!r} ({step.member.document}){joined}: {step.reason}"
        stdout.print(escape(line), highlight=False)


@app.command()
def query(
    kind: Annotated[str, typer.Argument(help="events, actors, claims or sentences.")],
    db: Annotated[str, DB_OPTION] = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option(help="About this actor (any name, alias or acronym).")
    ] = None,
    type_: Annotated[
        str | None, typer.Option("--type", help="PLOVER event type, or actor type.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="On or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="On or before YYYY-MM-DD.")] = None,
    mode: Annotated[
        str | None,
        typer.Option(help="Event mode (asserted, negated, ...); for sentences their kind."),
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="Only articles whose source contains this.")
    ] = None,
    text: Annotated[
        str | None,
        typer.Option(help="Words the sentence (full-text search), claim or actor name holds."),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
) -> None:
    """Query the corpus: merged events, actors, claims (who says what) or sentences, with
    filters; --text searches sentences in full text.

    Examples: dossier query events --actor Hezbollah --type ASSAULT --since 2024-10-01;
    dossier query sentences --text "ceasefire talks" --actor Qatar
    """
    from rich.table import Table

    from dossier.store.query import QUERIES

    if kind not in QUERIES:
        _error(f"{kind}: not a query; use one of {', '.join(QUERIES)}")
        raise typer.Exit(2)
    if "://" not in db and not Path(db).exists():
        _error(f"{db}: no such database; analyse articles into it first (dossier analyze ...)")
        raise typer.Exit(2)
    filters = dict(
        actor=actor, type=type_, since=since, until=until, mode=mode, source=source, text=text
    )
    try:
        store = Store(db)
        rows = store.query(kind, limit=limit, **filters)
        store.close()
    except StoreError as error:
        _error(error)
        raise typer.Exit(2) from None
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(title=f"{len(rows)} {kind}", title_justify="left")
    for column in rows[0] if rows else ["(no rows)"]:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(Text(str(value)) for value in row.values()))
    stdout.print(table)


@app.command(name="eval-corpus")
def evaluate_corpus(
    shared_corpus: Annotated[
        Path, typer.Option(help="The folder of open articles the labelled set names.")
    ] = Path("../shared/corpus"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score how the corpus view merges reports of one event, and names of one actor, across
    articles: precision and recall over hand-labelled pairs of real reports
    (dossier/evaluation/merge_gold.json), with how many labelled reports the extraction found."""
    from dossier.evaluation.corpus_merge import evaluate_merges, render_merges

    if not shared_corpus.exists():
        _error(f"{shared_corpus}: no such folder; give --shared-corpus")
        raise typer.Exit(2)
    pipeline = default_pipeline()
    scores = evaluate_merges(shared_corpus, lambda raw: pipeline(ingest(raw)))
    _print_scores(scores, as_json=as_json, render=render_merges)


@app.command()
def timeline(
    db: Annotated[str, DB_OPTION] = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option(help="Events this actor did or underwent (any of its names).")
    ] = None,
    target: Annotated[
        str | None, typer.Option(help="With --actor: only events from it to this actor.")
    ] = None,
    types: Annotated[
        list[str] | None, typer.Option("--type", help="Only this PLOVER type (repeatable).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="From YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="To YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of a table.")] = False,
) -> None:
    """Corpus events in date order, for one actor, one pair of actors, or all; undated events
    are listed apart. Asserted events only.

    Example: dossier timeline --actor Israel --target Hezbollah --type ASSAULT
    """
    from rich.table import Table

    keep = _event_filter(types, since, until, None, 1)
    corpus = _open_corpus(db)
    found = corpus.timeline(actor=actor, target=target, keep=keep)
    names = corpus.actors.actors
    canonical = corpus.actors.canonical

    def name(actor_id: str | None) -> str:
        return names[canonical(actor_id)].name if actor_id else "-"

    if as_json:
        payload = {part: [e.to_dict() for e in events] for part, events in found.items()}
        stdout.out(json.dumps(payload, indent=2, ensure_ascii=False), highlight=False)
        return
    for part, events in found.items():
        table = Table(title=f"{len(events)} {part} events", title_justify="left")
        for column in ("date", "type", "source", "target", "articles", "sentence"):
            table.add_column(column, overflow="fold")
        for event in events:
            table.add_row(
                event.date or "undated",
                event.type,
                Text(name(event.source)),
                Text(name(event.target)),
                str(len(event.articles)),
                Text(event.mentions[0].sentence),
            )
        stdout.print(table)


@app.command()
def serve(
    db: Annotated[str, DB_OPTION] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the corpus view: JSON endpoints for events, actors, claims, sentences, actor
    dossiers, the network, timelines and why-merged (described at /docs), and a web page at /
    to search events and open an actor's dossier.

    Example: dossier serve --db corpus.db, then open http://127.0.0.1:8000/
    """
    import uvicorn

    from dossier.api import create_app

    if "://" not in db and not Path(db).exists():
        _error(f"{db}: no such database; analyse articles into it first (dossier analyze ...)")
        raise typer.Exit(2)
    try:
        application = create_app(db)
    except StoreError as error:
        _error(error)
        raise typer.Exit(2) from None
    uvicorn.run(application, host=host, port=port)


if __name__ == "__main__":
    app()
