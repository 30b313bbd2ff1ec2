"""`dossier bench`: words/s and documents/s of the tokenizer, the backbone and the full
pipeline, on one process and on all cores; time per stage; peak memory. `dossier bench
--sizes`: seconds and peak memory of one analysis of real prose from 10 KB to 5 MB.
`dossier bench --short N`: N short paragraphs of real prose as one document and as N
documents, against the backbone alone."""

from __future__ import annotations

import gzip
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from time import perf_counter, process_time

from dossier.ingest import RawArticle, read_inputs
from dossier.pipeline import Pipeline

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
    from threadpoolctl import threadpool_limits

    from dossier.language import load

    nlp = load()
    with threadpool_limits(limits=1, user_api="blas"):  # as the language stage runs it
        return sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))


def _full(texts: list[str]) -> dict[str, float]:
    return dict(_full_documents(texts).timings)


def _full_documents(texts: list[str]) -> Pipeline:
    """The pipeline that analysed each text as one document (its stage timings)."""
    from dossier.analysis import analyze_many
    from dossier.stages import default_pipeline

    pipeline = default_pipeline()
    for _ in analyze_many(texts, pipeline=pipeline):
        pass
    return pipeline


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
        result = _in_one_process(function)(texts)  # a long text's parse is not forked
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


# `dossier bench --sizes`: one text of each size, analysed in a fresh process.
DEFAULT_SIZES = (10_000, 100_000, 1_000_000, 5_000_000)
DEFAULT_PROSE = Path("../shared/corpus/state_dept_2021_2022.jsonl.gz")


def prose_texts(path: Path) -> Iterable[str]:
    """Article texts from a JSON Lines file (gzip or not) or from any other readable input."""
    if path.name.endswith((".jsonl.gz", ".jsonl")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)["text"]
    else:
        yield from corpus_from_paths([str(path)])


def prose_of_size(texts: Iterable[str], size: int) -> str:
    """Articles joined by blank lines up to ``size`` UTF-8 bytes, cut at a paragraph end."""
    paragraphs: list[str] = []
    total = 0
    for text in texts:
        for paragraph in text.split("\n\n"):
            paragraph = paragraph.strip()
            length = len(paragraph.encode("utf-8")) + 2
            if not paragraph:
                continue
            if total + length > size:
                return "\n\n".join(paragraphs)
            paragraphs.append(paragraph)
            total += length
    raise ValueError(f"the prose holds fewer than {size:,} bytes")


def analyse_in_fresh_process(path: Path) -> tuple[float, float, float]:
    """Seconds, CPU seconds and peak resident memory (MB) of `dossier analyze` on one file.

    On a shared machine the CPU seconds (user + system) compare runs better than the wall
    time, which grows with the other processes' load."""
    command = [sys.executable, "-m", "dossier.cli", "analyze", str(path), "--no-store"]
    command += ["-f", "none", "--max-bytes", str(path.stat().st_size + 1)]
    began = perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = perf_counter() - began
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        message = process.stderr.read().decode("utf-8", "replace").strip()[-300:]
        raise RuntimeError(f"dossier analyze failed on {path}: {message}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def run_size_bench(prose: Path, sizes: Iterable[int] = DEFAULT_SIZES) -> list[dict]:
    """Time and peak memory of one analysis of real prose at each size (bytes)."""
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            text = prose_of_size(prose_texts(prose), size)
            path = Path(folder) / f"prose_{size}.txt"
            path.write_text(text, encoding="utf-8")
            seconds, cpu_seconds, peak = analyse_in_fresh_process(path)
            results.append(
                {
                    "bytes": path.stat().st_size,
                    "words": len(text.split()),
                    "seconds": round(seconds, 2),
                    "cpu_seconds": round(cpu_seconds, 2),
                    "peak_rss_mb": round(peak, 1),
                }
            )
    return results


# `dossier bench --short N`: many short paragraphs (issue 15: 20,000 in under 30 s).
SHORT_WORDS = (8, 16)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def short_paragraphs(texts: Iterable[str], count: int) -> list[str]:
    """The first ``count`` sentences of 8 to 16 words in ``texts``, each a paragraph."""
    paragraphs: list[str] = []
    for text in texts:
        for paragraph in text.split("\n\n"):
            for sentence in _SENTENCE.split(paragraph.strip()):
                words = len(sentence.split())
                if SHORT_WORDS[0] <= words <= SHORT_WORDS[1] and sentence[-1:] in ".!?":
                    paragraphs.append(sentence)
                    if len(paragraphs) == count:
                        return paragraphs
    raise ValueError(f"the prose holds fewer than {count:,} short sentences")


def _full_one_document(paragraphs: list[str]) -> Pipeline:
    """The pipeline that analysed the paragraphs joined into one document."""
    from dossier.analysis import analyze
    from dossier.stages import default_pipeline

    pipeline = default_pipeline()
    analyze("\n\n".join(paragraphs), pipeline=pipeline)
    return pipeline


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _in_one_process(function: Callable[[list[str]], object]) -> Callable[[list[str]], object]:
    """``function`` run with every parse in this process (DOSSIER_PROCESSES=1)."""
    from dossier.language import PROCESSES_SETTING

    def run(paragraphs: list[str]) -> object:
        saved = os.environ.get(PROCESSES_SETTING)
        os.environ[PROCESSES_SETTING] = "1"
        try:
            return function(paragraphs)
        finally:
            if saved is None:
                del os.environ[PROCESSES_SETTING]
            else:
                os.environ[PROCESSES_SETTING] = saved

    return run


def run_short_bench(prose: Path, count: int) -> dict:
    """Seconds (wall and CPU) of the backbone and of the full pipeline on ``count`` short
    paragraphs of real prose, as one document and as ``count`` documents (one process, model
    loaded), and each full run's ratio to the backbone; then the one document again on all
    cores (``full_one_document_processes``: its parse forked or, above the pipeline's
    ``split_chars``, all its stages run in paragraph groups in forked processes; wall
    seconds, and CPU seconds of this process and of the forked ones)."""
    paragraphs = short_paragraphs(prose_texts(prose), count)
    _full(paragraphs[:3])  # load the model and the knowledge base once before timing
    report: dict = {
        "paragraphs": count,
        "words": count_words(paragraphs),
        "characters": sum(len(p) for p in paragraphs),
    }
    measured: dict[str, float] = {}  # unrounded, for the ratios
    for name, function in (
        ("backbone", _backbone),
        ("full_one_document", _in_one_process(_full_one_document)),
        ("full_documents", _in_one_process(_full_documents)),
        ("full_one_document_processes", _full_one_document),
    ):
        began, cpu_began, children_began = perf_counter(), process_time(), _children_cpu()
        result = function(paragraphs)
        measured[f"{name}_seconds"] = perf_counter() - began
        measured[f"{name}_cpu_seconds"] = process_time() - cpu_began
        report[f"{name}_seconds"] = round(measured[f"{name}_seconds"], 2)
        report[f"{name}_cpu_seconds"] = round(measured[f"{name}_cpu_seconds"], 2)
        if name == "full_one_document_processes":
            report[f"{name}_children_cpu_seconds"] = round(_children_cpu() - children_began, 2)
        if isinstance(result, Pipeline):
            report[f"{name}_stage_seconds"] = {k: round(v, 2) for k, v in result.timings.items()}
            report[f"{name}_stage_cpu_seconds"] = {
                k: round(v, 2) for k, v in result.cpu_timings.items()
            }
    for name in ("full_one_document", "full_documents"):
        for figure, label in (("seconds", "wall"), ("cpu_seconds", "cpu")):
            backbone = measured[f"backbone_{figure}"]
            ratio = measured[f"{name}_{figure}"] / backbone if backbone > 0 else None
            report[f"{name}_over_backbone_{label}"] = ratio and round(ratio, 2)
    report["load_average"] = round(os.getloadavg()[0], 2)
    return report
