"""Stages and the pipeline that runs them over Documents.

A stage reads the layers it ``requires`` and adds the layers it ``assigns``; building a
pipeline fails fast when a stage needs a layer that no earlier stage provides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from time import perf_counter, process_time

from dossier.document import Document

# Layers every Document has after ingest.
INGEST_LAYERS = ("text", "metadata", "paragraphs")
# Documents analysed together (the parser's batch): many short documents parse faster in
# batches of 64 than of 16 (2,000 one-paragraph documents: language stage 3.1-3.5 -> 2.7-2.8
# CPU seconds). A batch closes at MAX_BATCH_CHARS characters as well, so that memory stays
# bounded.
BATCH_DOCUMENTS = 64
MAX_BATCH_CHARS = 200_000


class PipelineError(ValueError):
    """A pipeline whose stages do not fit together."""


@dataclass(frozen=True)
class Stage:
    """A named step: ``run(doc)`` adds the ``assigns`` layers to one Document.

    ``run_batch`` may be given where processing many documents at once pays (``nlp.pipe``).
    """

    name: str
    run: Callable[[Document], None]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()
    run_batch: Callable[[list[Document]], None] | None = None

    def process(self, docs: list[Document]) -> None:
        if self.run_batch is not None:
            self.run_batch(docs)
        else:
            for doc in docs:
                self.run(doc)


@dataclass
class Pipeline:
    """Stages in order; times each stage (seconds and CPU seconds of this process, summed
    over all documents)."""

    stages: list[Stage]
    timings: dict[str, float] = field(default_factory=dict)
    cpu_timings: dict[str, float] = field(default_factory=dict)

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
        """Run every stage over a batch of documents, in place."""
        for stage in self.stages:
            began, cpu_began = perf_counter(), process_time()
            stage.process(docs)
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + perf_counter() - began
            self.cpu_timings[stage.name] = (
                self.cpu_timings.get(stage.name, 0.0) + process_time() - cpu_began
            )
        return docs

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
