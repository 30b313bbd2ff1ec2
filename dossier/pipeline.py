"""Stages and the pipeline that runs them over Documents.

A stage reads the layers it ``requires`` and adds the layers it ``assigns``; building a
pipeline fails fast when a stage needs a layer that no earlier stage provides.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from time import perf_counter, process_time
from typing import Any

from dossier.document import Document, Paragraph
from dossier.pieces import Piece, cut_pieces, merge_pieces

# Layers every Document has after ingest.
INGEST_LAYERS = ("text", "metadata", "paragraphs")
# Documents analysed together (the parser's batch): many short documents parse faster in
# batches of 64 than of 16 (2,000 one-paragraph documents: language stage 3.1-3.5 -> 2.7-2.8
# CPU seconds). A batch closes at MAX_BATCH_CHARS characters as well, so that memory stays
# bounded.
BATCH_DOCUMENTS = 64
MAX_BATCH_CHARS = 200_000
# A document of at least SPLIT_CHARS characters is analysed in paragraph groups of about
# PIECE_CHARS characters, shared out over forked processes (see Pipeline._process_in_pieces):
# 20,000 short paragraphs (1.4 MB), 2 quiet cores: 30.8 s with only the parse forked, 22-23 s
# in pieces (the parse alone in one process: 20 s). Smaller documents are analysed whole.
SPLIT_CHARS = 200_000
PIECE_CHARS = 100_000
# Run through every stage before a large document's pieces are forked, so that what the
# stages load on first use (the model, the knowledge files) is loaded once and shared.
WARM_UP_TEXT = "The minister met the envoy in the capital on Monday, officials said."


class PipelineError(ValueError):
    """A pipeline whose stages do not fit together."""


@dataclass(frozen=True)
class Stage:
    """A named step: ``run(doc)`` adds the ``assigns`` layers to one Document.

    ``run_batch`` may be given where processing many documents at once pays (``nlp.pipe``).
    ``finish`` is the stage's document-level part for a document analysed in pieces: run
    once over the merged document (e.g. what needs every date of the text).
    """

    name: str
    run: Callable[[Document], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    run_batch: Callable[[list[Document]], None] | None = None
    finish: Callable[[Document], None] | None = None

    def process(self, docs: list[Document]) -> None:
        if self.run_batch is not None:
            self.run_batch(docs)
        else:
            for doc in docs:
                self.run(doc)


@dataclass
class Pipeline:
    """Stages in order; times each stage (seconds and CPU seconds of this process, summed
    over all documents; for a document analysed in pieces, summed over its pieces and
    processes, with the merge as ``pieces.merge``)."""

    stages: list[Stage]
    timings: dict[str, float] = field(default_factory=dict)
    cpu_timings: dict[str, float] = field(default_factory=dict)
    split_chars: int = SPLIT_CHARS
    piece_chars: int = PIECE_CHARS
    warmed_up: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        available = set(INGEST_LAYERS)
        names = set()
        for stage in self.stages:
            if stage.name in names:
                raise PipelineError(f"two stages are named {stage.name!r}")
            names.add(stage.name)
            missing = [layer for layer in stage.requires if layer not in available]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {', '.join(missing)}, "
                    "which no earlier stage assigns"
                )
            available.update(stage.assigns)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, doc: Document) -> Document:
        self.process([doc])
        return doc

    def process(self, docs: list[Document]) -> list[Document]:
        """Run every stage over a batch of documents, in place (a large one in pieces)."""
        if docs and not _frozen:  # load the model and the knowledge, then freeze them
            self._warm_up(docs[0])
            _freeze_loaded_objects()
        processes = _fork_processes()
        large = [doc for doc in docs if processes > 1 and len(doc.text) >= self.split_chars]
        whole = [doc for doc in docs if not any(doc is other for other in large)]
        if whole:
            self._run_stages(whole)
        for doc in large:
            self._process_in_pieces(doc, processes)
        return docs

    def _run_stages(self, docs: list[Document]) -> None:
        for stage in self.stages:
            began, cpu_began = perf_counter(), process_time()
            stage.process(docs)
            self._add_time(stage.name, perf_counter() - began, process_time() - cpu_began)

    def _add_time(self, name: str, seconds: float, cpu_seconds: float) -> None:
        self.timings[name] = self.timings.get(name, 0.0) + seconds
        self.cpu_timings[name] = self.cpu_timings.get(name, 0.0) + cpu_seconds

    def _process_in_pieces(self, doc: Document, processes: int) -> None:
        """Analyse ``doc`` in paragraph groups, the last shares in forked processes and the
        first here meanwhile; then merge them (offsets shifted, ids renumbered) and run the
        stages' document-level parts once over the whole."""
        size = min(self.piece_chars, -(-len(doc.text) // processes))
        pieces = cut_pieces(doc, size)
        if len(pieces) < 2:
            self._run_stages([doc])
            return
        cuts = _share_cuts([len(piece.doc.text) for piece in pieces], processes)
        shares = [pieces[start:end] for start, end in itertools.pairwise(cuts)]
        self._warm_up(doc)
        children = [_PieceChild(self, share) for share in shares[1:] if share]
        try:
            with _one_process() if children else nullcontext():
                self._analyse_pieces(shares[0])
            for child in children:
                child.collect(self)
        finally:
            for child in children:
                child.stop()
        began, cpu_began = perf_counter(), process_time()
        merge_pieces(doc, pieces)
        for stage in self.stages:
            if stage.finish is not None:
                stage.finish(doc)
        self._add_time("pieces.merge", perf_counter() - began, process_time() - cpu_began)

    def _warm_up(self, doc: Document) -> None:
        """Every stage once over a one-sentence document (untimed), before the first fork:
        the CLI's first document is often the large one, and the forked process would load
        the model and the knowledge again (about 2 CPU seconds on its share's path)."""
        if self.warmed_up:
            return
        self.warmed_up = True
        text = WARM_UP_TEXT
        small = Document(
            id="warm-up",
            text=text,
            paragraphs=[Paragraph(start=0, end=len(text))],
            metadata=doc.metadata.model_copy(),
        )
        try:
            for stage in self.stages:
                stage.process([small])
        except Exception:  # only a warm-up: the real run reports any failure
            return

    def _analyse_pieces(self, pieces: list[Piece]) -> None:
        """Each piece through every stage, one after the other (memory stays bounded); their
        working layers (the parse) are dropped."""
        for piece in pieces:
            self._run_stages([piece.doc])
            piece.doc.layers.clear()

    def process_each(self, docs: list[Document]) -> list[Exception | None]:
        """Run a batch; if it fails, each document alone, so that a bad one loses only itself.

        RETURNS (list): for each document, None when it was analysed, else its error.
        """
        try:
            self.process(docs)
        except Exception as error:  # skip-and-report: the caller names the document
            if len(docs) == 1:
                return [error]
        else:
            return [None] * len(docs)
        errors: list[Exception | None] = []
        for doc in docs:
            try:
                self.process([doc])
            except Exception as error:
                errors.append(error)
            else:
                errors.append(None)
        return errors

    def pipe(
        self,
        docs: Iterable[Document],
        *,
        batch_size: int = BATCH_DOCUMENTS,
        on_error: Callable[[Document, Exception], None] | None = None,
    ) -> Iterator[Document]:
        """Stream documents through the pipeline in batches, in input order.

        A batch holds ``batch_size`` documents or MAX_BATCH_CHARS characters, whichever
        comes first. on_error: called with each document whose analysis fails, which is
        then left out; without it the first failure is raised.
        """
        batch: list[Document] = []
        characters = 0
        for doc in docs:
            batch.append(doc)
            characters += len(doc.text)
            if len(batch) >= batch_size or characters >= MAX_BATCH_CHARS:
                yield from self._finish(batch, on_error)
                batch, characters = [], 0
        if batch:
            yield from self._finish(batch, on_error)

    def _finish(
        self, batch: list[Document], on_error: Callable[[Document, Exception], None] | None
    ) -> Iterator[Document]:
        if on_error is None:
            yield from self.process(batch)
            return
        errors = self.process_each(batch)
        for doc, error in zip(batch, errors, strict=True):
            if error is None:
                yield doc
            else:
                on_error(doc, error)


_frozen = False


def _freeze_loaded_objects() -> None:
    """Once per process, after a warm-up document (not a real batch: its objects would
    never be collected) has loaded the model and the knowledge base (about 450,000 objects
    that live as long as the process): ``gc.freeze()`` them, so that
    the collector's full passes, triggered by the objects an analysis makes, no longer walk
    them all (0.15 CPU s a pass; one in each 2,000-paragraph document). Objects that become
    unreachable are still freed by reference counting; the outputs do not change."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def _fork_processes() -> int:
    """How many processes a large document may be analysed in (the parse's setting)."""
    from dossier.language import parse_processes

    return parse_processes()


def _one_process() -> Any:
    from dossier.language import one_process

    return one_process()


def _share_cuts(lengths: list[int], parts: int) -> list[int]:
    """Cut points 0 = c0 <= ... <= c_parts = len(lengths): each cut at the piece boundary
    nearest to an even share of the characters, the earlier one on a tie (the first share
    is the parent's, which then also merges)."""
    total = sum(lengths)
    ends = list(itertools.accumulate(lengths))
    cuts = [0]
    for part in range(1, parts):
        target = total * part / parts
        best = min(
            range(cuts[-1], len(lengths) + 1),
            key=lambda i: (abs((ends[i - 1] if i else 0) - target), i),
        )
        cuts.append(best)
    cuts.append(len(lengths))
    return cuts


class _PieceChild:
    """A forked process that analyses a share of the pieces and sends them back."""

    def __init__(self, pipeline: Pipeline, pieces: list[Piece]) -> None:
        self.pieces = pieces
        context = multiprocessing.get_context("fork")
        self.receiving, sending = context.Pipe(duplex=False)
        self.process = context.Process(
            target=_analyse_in_child, args=(pipeline, pieces, sending), daemon=True
        )
        self.process.start()
        sending.close()

    def collect(self, pipeline: Pipeline) -> None:
        """The child's analysed pieces in place of the unanalysed ones; if it failed, the
        share is analysed here."""
        try:
            docs, timings, cpu_timings = self.receiving.recv()
        except EOFError:
            pipeline._analyse_pieces(self.pieces)
            return
        for piece, analysed in zip(self.pieces, docs, strict=True):
            piece.doc = analysed
        for name, seconds in timings.items():
            pipeline._add_time(name, seconds, cpu_timings[name])

    def stop(self) -> None:
        self.receiving.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


def _analyse_in_child(pipeline: Pipeline, pieces: list[Piece], connection: Any) -> None:
    """A forked process's share: the analysed pieces and the stage times, pickled."""
    pipeline.timings, pipeline.cpu_timings = {}, {}
    pipeline._analyse_pieces(pieces)
    connection.send(([piece.doc for piece in pieces], pipeline.timings, pipeline.cpu_timings))
    connection.close()
