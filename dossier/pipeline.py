"""Stages and the pipeline that runs them over Documents.

A stage reads the layers it ``requires`` and adds the layers it ``assigns``; building a
pipeline fails fast when a stage needs a layer that no earlier stage provides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from time import perf_counter

from dossier.document import Document

# Layers every Document has after ingest.
INGEST_LAYERS = ("text", "metadata", "paragraphs")


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
    """Stages in order; times each stage (seconds, summed over all documents)."""

    stages: list[Stage]
    timings: dict[str, float] = field(default_factory=dict)

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
            began = perf_counter()
            stage.process(docs)
            self.timings[stage.name] = self.timings.get(stage.name, 0.0) + perf_counter() - began
        return docs

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 16) -> Iterator[Document]:
        """Stream documents through the pipeline in batches, in input order."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self.process(batch)
                batch = []
        if batch:
            yield from self.process(batch)
