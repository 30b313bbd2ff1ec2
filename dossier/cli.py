"""The `dossier` command: a thin layer over the Python API. Only this module prints."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

import dossier
from dossier.analysis import ingest, normalize_published
from dossier.document import Document, json_schema
from dossier.ingest import DEFAULT_MAX_BYTES, IngestError, RawArticle, read_inputs
from dossier.ingest.readers import iter_files
from dossier.report import render_report, render_scores
from dossier.stages import default_pipeline
from dossier.store import DEFAULT_DB, Store

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


def _error(error: IngestError | Exception) -> None:
    stderr.print(f"[red]error[/red]: {error}", highlight=False, soft_wrap=True)


def _print_scores(scores: dict, *, as_json: bool, render) -> None:
    """A yardstick's scores as JSON or as its table."""
    if as_json:
        stdout.out(json.dumps(scores, indent=2), highlight=False)
    else:
        stdout.print(render(scores))


def _analyse_batch(pipeline, docs: list[Document]) -> list[tuple[Document, Exception | None]]:
    """Analyse a batch; if it fails, one by one, so a bad document only loses itself."""
    try:
        return [(doc, None) for doc in pipeline.process(docs)]
    except Exception:
        results = []
        for doc in docs:
            try:
                results.append((pipeline(doc), None))
            except Exception as error:
                results.append((doc, error))
        return results


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
    explain: Annotated[
        bool, typer.Option("--explain", help="With --format report: show the rules behind items.")
    ] = False,
) -> None:
    """Analyse articles, store them, and print a report or JSON.

    Examples:

      dossier analyze article.txt

      dossier analyze corpus.jsonl --format jsonl > out.jsonl

      cat page.html | dossier analyze - --format json --published 2025-12-10
    """
    try:
        default_published = normalize_published(published)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--published") from None
    items = list(read_inputs(paths, max_bytes=max_bytes))
    articles = [item for item in items if isinstance(item, RawArticle)]
    failures = 0
    if output is OutputFormat.json and len(articles) > 1:
        raise typer.BadParameter(
            f"--format json takes one article, got {len(articles)}; use --format jsonl",
            param_hint="--format",
        )
    store = None if no_store else Store(db)
    pipeline = default_pipeline()
    stored = duplicates = analysed = 0
    printed_reports = 0

    def emit(doc: Document) -> None:
        nonlocal stored, duplicates, analysed, printed_reports
        analysed += 1
        if store is not None:
            if store.save(doc):
                stored += 1
            else:
                duplicates += 1
        if output is OutputFormat.json:
            stdout.out(doc.to_json(indent=2), highlight=False)
        elif output is OutputFormat.jsonl:
            sys.stdout.write(doc.to_json() + "\n")
        elif output is OutputFormat.report and (reports is None or printed_reports < reports):
            stdout.print(render_report(doc, explain=explain))
            printed_reports += 1

    progress = Progress(
        TextColumn("analysing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=stderr,
        disable=len(items) <= 1,
        transient=True,
    )
    batch: list[Document] = []
    with progress:
        task = progress.add_task("analysing", total=len(items))

        def flush() -> None:
            for doc, error in _analyse_batch(pipeline, batch):
                if error is None:
                    emit(doc)
                else:
                    _error(f"{doc.metadata.source}: analysis failed ({error})")
            progress.advance(task, len(batch))
            batch.clear()

        for item in items:
            if isinstance(item, IngestError):
                _error(item)
                failures += 1
                progress.advance(task)
                continue
            if item.published is None:
                item.published = default_published
            try:
                batch.append(ingest(item))
            except (IngestError, ValueError) as error:
                _error(error)
                failures += 1
                progress.advance(task)
                continue
            if len(batch) >= 16:
                flush()
        flush()
    if len(items) > 1 or failures:
        summary = f"{analysed} analysed"
        if store is not None:
            summary += f", {stored} stored in {db}, {duplicates} already stored"
        summary += f", {len(items) - analysed} failed"
        stderr.print(summary)
    if analysed == 0 or (strict and analysed < len(items)):
        raise typer.Exit(1)


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
) -> None:
    """Measure speed (words/s, documents/s) of the tokenizer, the language backbone and the
    full pipeline on one process and on all cores, time per stage, and peak memory."""
    from rich.table import Table

    from dossier.bench import corpus_from_paths, default_corpus, run_bench

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


if __name__ == "__main__":
    app()
