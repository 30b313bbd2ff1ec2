"""`dossier bench`: words/s and documents/s of the tokenizer, the backbone and the full
pipeline, on one process and on all cores; time per stage; peak memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from time import perf_counter

from dossier.ingest import RawArticle, read_inputs

DEFAULT_UD_FILES = (
    "ud_english_gum_open/en_gum-ud-test.open.conllu",
    "ud_english_ewt/en_ewt-ud-test.conllu",
)


def documents_from_conllu(path: Path) -> list[str]:
    """Raw documents of a CoNLL-U file: sentence texts joined, split at ``# newdoc``."""
    documents: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc") or not documents:
            documents.append([])
        if line.startswith("# newpar") and documents[-1]:
            documents[-1].append("\n\n")
        if line.startswith("# text = "):
            documents[-1].append(line[len("# text = ") :])
    texts = []
    for sentences in documents:
        text = " ".join(sentences).replace(" \n\n ", "\n\n").strip()
        if text:
            texts.append(text)
    return texts


def default_corpus(data_dir: Path, examples: Path | None) -> list[str]:
    """GUM and EWT test documents plus the examples, when they are there."""
    texts: list[str] = []
    for name in DEFAULT_UD_FILES:
        if (data_dir / name).exists():
            texts += documents_from_conllu(data_dir / name)
    if examples is not None and examples.exists():
        texts += corpus_from_paths([str(examples)])
    return texts


def corpus_from_paths(paths: Iterable[str]) -> list[str]:
    return [item.text for item in read_inputs(paths) if isinstance(item, RawArticle)]


@dataclass
class Measure:
    name: str
    processes: int
    documents: int
    words: int
    seconds: float

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def documents_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict:
        return {
            **asdict(self),
            "words_per_second": round(self.words_per_second),
            "documents_per_second": round(self.documents_per_second, 2),
        }


def _timed(run: Callable[[], object]) -> float:
    began = perf_counter()
    run()
    return perf_counter() - began


def _chunks(texts: list[str], parts: int) -> list[list[str]]:
    return [texts[i::parts] for i in range(parts)]


def _tokenize(texts: list[str]) -> int:
    from dossier.language import load

    nlp = load()
    return sum(len(doc) for doc in nlp.tokenizer.pipe(texts))


def _backbone(texts: list[str]) -> int:
    from dossier.language import load

    nlp = load()
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))


def _full(texts: list[str]) -> dict[str, float]:
    from dossier.analysis import analyze_many
    from dossier.stages import default_pipeline

    pipeline = default_pipeline()
    for _ in analyze_many(texts, pipeline=pipeline):
        pass
    return dict(pipeline.timings)


def _parallel(function: Callable[[list[str]], object], texts: list[str], processes: int) -> float:
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(function, _chunks(texts, processes)))  # warm each worker's model
        return _timed(lambda: list(pool.map(function, _chunks(texts, processes))))


def count_words(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def peak_rss_of_analyze(article: Path) -> float:
    """Peak resident memory (MB) of `dossier analyze` on one article, in a fresh process."""
    subprocess.run(
        [sys.executable, "-m", "dossier.cli", "analyze", str(article), "--no-store", "-f", "none"],
        check=True,
        capture_output=True,
    )
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def run_bench(
    texts: list[str], *, processes: int | None = None, memory_article: Path | None = None
) -> dict:
    """Measure the three levels on one process and on ``processes`` (all cores by default)."""
    processes = processes or os.cpu_count() or 1
    words = count_words(texts)
    # first, while no other child process has run: RUSAGE_CHILDREN keeps the largest child
    memory = peak_rss_of_analyze(memory_article) if memory_article is not None else None
    _full(texts[:3])  # load the model and the knowledge base once before timing
    measures: list[Measure] = []
    stage_seconds: dict[str, float] = {}
    for name, function in (("tokenizer", _tokenize), ("backbone", _backbone), ("full", _full)):
        began = perf_counter()
        result = function(texts)
        measures.append(Measure(name, 1, len(texts), words, perf_counter() - began))
        if name == "full":
            stage_seconds = result
        if processes > 1:
            seconds = _parallel(function, texts, processes)
            measures.append(Measure(name, processes, len(texts), words, seconds))
    report = {
        "documents": len(texts),
        "words": words,
        "measures": [m.to_dict() for m in measures],
        "stage_seconds": {k: round(v, 3) for k, v in stage_seconds.items()},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if memory is not None:
        report["analyze_one_article_peak_rss_mb"] = round(memory, 1)
    return report
