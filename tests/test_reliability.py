"""Issue 15: nothing lost, cost linear in length, safe printing, concurrent writers.

Each test reproduces one failure the reliability probe found (docs/reliability.md).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import random
from pathlib import Path

import pytest
from rich.console import Console

import dossier
from dossier.document import (
    Attribution,
    Document,
    Entity,
    Mention,
    Quantity,
    Sentence,
    TextSpan,
    content_hash,
)
from dossier.ingest import IngestError, RawArticle, read_inputs, readers
from dossier.ingest.readers import extract_html
from dossier.language import MAX_PIECE_CHARS, paragraph_chunks, piece_ends
from dossier.pipeline import Pipeline, Stage
from dossier.report import printable, render_report
from dossier.stages import default_pipeline
from dossier.store import Store

from .conftest import EXAMPLES

# --- safe printing -------------------------------------------------------------------------

HOSTILE = (
    "[/i] [/quote] [bold]x[/] \x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ "
    "\x1b[2J\x9b31m\a"
)


def _report_text(doc: Document) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(render_report(doc))
    return console.file.getvalue()


def _doc_quoting(text: str) -> Document:
    doc = Document(id="q", text=text, metadata={"title": text, "source": text})
    doc.sentences = [Sentence(id=0, start=0, end=len(text), text=text)]
    doc.entities = [
        Entity(
            id="e1",
            name=text,
            type="PERSON",
            code="[IRQGOV]",
            mentions=[Mention(start=0, end=len(text), text=text, sentence=0)],
        )
    ]
    doc.attributions = [
        Attribution(
            id="a1",
            source_text=text,
            source_type="person",
            cue=text,
            claim=TextSpan(start=0, end=len(text), text=text),
            sentence=0,
        )
    ]
    doc.quantities = [Quantity(value=1, unit=text, text=text, start=0, end=len(text), sentence=0)]
    return doc


def test_report_shows_markup_in_article_text_as_written() -> None:
    output = _report_text(_doc_quoting(HOSTILE))
    assert "[/i] [/quote] [bold]x[/]" in output
    assert "[IRQGOV]" in output


def test_report_never_prints_terminal_control_sequences() -> None:
    output = _report_text(_doc_quoting(HOSTILE))
    assert not {"\x1b", "\x9b", "\a"} & set(output)
    assert "\\x1b]8;;https://evil.example" in output  # shown, not followed


def test_printable_keeps_text_but_escapes_controls() -> None:
    arabic = "\u0642\u0627\u0644 \u200f\u0625\u0646"
    assert printable(arabic) == arabic
    assert printable("a\x1b[31mb\u202ec\n\td") == "a\\x1b[31mb\\u202ec\n\td"


# --- nothing lost in a batch ---------------------------------------------------------------


def test_analyze_many_skips_and_reports_bad_items(blank_model: None) -> None:
    errors: list[tuple[str, str]] = []
    items = [
        "Troops withdrew from Kherson.",
        "   ",
        {"text": "Talks resumed.", "published": 20240101},
        {"text": "Talks stalled.", "format": ["html"]},
        {"text": "Rebels advanced.", "published": "last week"},
        {"id": "last", "text": "Aid arrived in Gaza."},
    ]
    docs = list(dossier.analyze_many(items, on_error=lambda w, e: errors.append((w, str(e)))))
    assert [doc.text for doc in docs] == ["Troops withdrew from Kherson.", "Aid arrived in Gaza."]
    assert [where for where, _ in errors] == ["item 1", "item 2", "item 3", "item 4"]
    assert "'published' must be a string" in errors[1][1]
    assert "'format' must be one of" in errors[2][1]


def test_analyze_many_warns_without_a_handler(blank_model: None) -> None:
    with pytest.warns(dossier.analysis.SkippedItemWarning, match="item 0"):
        docs = list(dossier.analyze_many(["", "Talks resumed."]))
    assert [doc.text for doc in docs] == ["Talks resumed."]


def _fails_on_poison(doc: Document) -> None:
    if "poison" in doc.text:
        raise RuntimeError("stage broke")


def test_pipeline_failure_loses_only_the_bad_document(blank_model: None) -> None:
    pipeline = Pipeline([*default_pipeline().stages, Stage("breaks", _fails_on_poison)])
    errors: list[str] = []
    texts = ["First text.", "A poison pill.", "Third text.", "Fourth text."]
    docs = list(
        dossier.analyze_many(texts, pipeline=pipeline, on_error=lambda w, e: errors.append(w))
    )
    assert [doc.text for doc in docs] == ["First text.", "Third text.", "Fourth text."]
    assert errors == ["item 1"]


# --- linear cost -------------------------------------------------------------------------


def test_sentence_at_bisects_like_a_scan() -> None:
    text = "ab. " * 2_000
    doc = Document(id="s", text=text)
    doc.sentences = [Sentence(id=i, start=4 * i, end=4 * i + 3, text="ab.") for i in range(2_000)]
    for offset in [0, 1, 3, 4, 5, 4 * 1_999 + 2, len(text) + 10, *random.sample(range(8_000), 50)]:
        expected = max((s.id for s in doc.sentences if s.start <= offset), default=0)
        assert doc.sentence_at(offset) == expected
    doc.sentences = doc.sentences[:10]  # a new list is read again
    assert doc.sentence_at(7_000) == 9


def test_long_paragraph_is_cut_into_pieces_below_the_limit() -> None:
    line = "Shelling continued near the border and officials said more people fled. "
    text = (line * 17_000)[:1_200_000]  # one paragraph over spaCy's limit of 1,000,000
    ends = piece_ends(text, 0, len(text))
    starts = [0, *ends[:-1]]
    assert ends[-1] == len(text)
    assert all(0 < end - start <= MAX_PIECE_CHARS for start, end in zip(starts, ends, strict=True))
    assert all(text[end - 2 : end] == ". " for end in ends[:-1])  # cut after sentences


def test_piece_cuts_prefer_lines_then_spaces_then_the_limit() -> None:
    lines = "\n".join(["a few words on a line"] * 1_000)
    assert all(lines[end - 1] == "\n" for end in piece_ends(lines, 0, len(lines))[:-1])
    run = "x" * 12_000  # no place to cut: hard cuts at the limit
    assert piece_ends(run, 0, len(run)) == [5_000, 10_000, 12_000]


def test_paragraph_chunks_join_to_the_text(blank_model: None) -> None:
    text = "Heading\n\n" + "word " * 3_000 + "\n\n" + "x" * 11_000
    doc = dossier.analyze(text)
    chunks = paragraph_chunks(doc.text, doc.paragraphs)
    assert "".join(chunk for chunk, _ in chunks) == doc.text
    assert max(len(chunk) for chunk, _ in chunks) <= MAX_PIECE_CHARS
    for sentence in doc.sentences:
        assert doc.text[sentence.start : sentence.end] == sentence.text


# --- concurrent writers ------------------------------------------------------------------


def _article(number: int) -> Document:
    text = f"Article {number}: shelling continued near the border on day {number}."
    return Document(
        id=f"doc-{number}",
        text=text,
        sentences=[Sentence(id=0, start=0, end=len(text), text=text)],
    )


def _write(db: str, numbers: list[int], start: multiprocessing.synchronize.Barrier) -> None:
    start.wait()
    store = Store(db)
    for number in numbers:
        store.save(_article(number))


def test_four_writers_on_a_new_database_store_every_document_once(tmp_path: Path) -> None:
    db = str(tmp_path / "new.db")
    shared = list(range(40))  # two writers store the same articles at once
    batches = [shared, shared, list(range(40, 80)), list(range(80, 120))]
    context = multiprocessing.get_context("fork")
    start = context.Barrier(len(batches))
    writers = [context.Process(target=_write, args=(db, b, start)) for b in batches]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=120)
    assert [writer.exitcode for writer in writers] == [0, 0, 0, 0]
    store = Store(db)
    assert store.count() == 120
    assert sorted(doc.id for doc in store.documents()) == sorted(f"doc-{n}" for n in range(120))


def test_store_takes_the_content_hash_from_the_document(tmp_path: Path) -> None:
    doc = _article(1)
    assert doc.content_hash == content_hash(doc.text)
    store = Store(tmp_path / "d.db")
    assert not store.contains(doc.content_hash)
    store.save(doc)
    assert store.contains(doc.content_hash)
    assert store.get_by_hash(doc.content_hash) == doc


# --- inputs ------------------------------------------------------------------------------


def test_folder_reports_what_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Troops withdrew.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    items = list(read_inputs([str(tmp_path)]))
    articles = [item.text for item in items if isinstance(item, RawArticle)]
    errors = {Path(e.where).name: e.message for e in items if isinstance(e, IngestError)}
    assert articles == ["Troops withdrew."]
    assert "symbolic link to nothing" in errors["gone.txt"]
    assert "loops" in errors["loop"]
    assert "named pipe" in errors["pipe.txt"]
    assert "already read" in errors["up"]


def test_empty_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    [error] = read_inputs([str(tmp_path)])
    assert isinstance(error, IngestError) and error.where == str(tmp_path)
    assert "no articles" in error.message


def test_named_pipe_without_writer_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(readers, "PIPE_WAIT_SECONDS", 0.2)
    os.mkfifo(tmp_path / "feed")
    [error] = read_inputs([str(tmp_path / "feed")])
    assert isinstance(error, IngestError) and "no process wrote to" in error.message


def test_named_pipe_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "feed"
    os.mkfifo(fifo)
    pid = os.fork()
    if pid == 0:  # the writer
        with open(fifo, "w", encoding="utf-8") as pipe:
            pipe.write("Rebels advanced on the city.")
        os._exit(0)
    [article] = read_inputs([str(fifo)])
    os.waitpid(pid, 0)
    assert isinstance(article, RawArticle) and article.text == "Rebels advanced on the city."


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("format", 5, "'format' must be one of"),
        ("published", 20240101, "'published' must be a string"),
        ("title", ["x"], "'title' must be a string"),
        ("id", {"a": 1}, "'id' must be a string or a number"),
    ],
)
def test_jsonl_metadata_of_the_wrong_type_names_file_and_line(
    tmp_path: Path, field: str, value: object, message: str
) -> None:
    import json

    path = tmp_path / "c.jsonl"
    good = json.dumps({"text": "Talks resumed."})
    path.write_text(good + "\n" + json.dumps({"text": "X.", field: value}) + "\n" + good)
    items = list(read_inputs([str(path)]))
    assert [type(item).__name__ for item in items] == ["RawArticle", "IngestError", "RawArticle"]
    assert items[1].where == f"{path}:2" and message in items[1].message


def test_jsonl_lines_end_only_at_newlines(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "One\u2028two."}\n{"text": "Three."}\n', encoding="utf-8")
    assert [item.text for item in read_inputs([str(path)])] == ["One\u2028two.", "Three."]


@pytest.mark.parametrize(
    ("depth", "junk"),
    [(300, ""), (3_000, ""), (300, "\x06\x00\x98"), (3_000, "<!--"), (3_000, "<!-- a comment -->")],
)
def test_deeply_nested_page_keeps_its_text_and_drops_scripts(depth: int, junk: str) -> None:
    body = "<p>Rebels seized the town of Goma on Monday, officials said, after the fighting.</p>"
    page = (
        "<html><head><title>T</title><script>steal()</script></head><body>"
        + '<div onclick="steal()">' * depth
        + body
        + junk
        + '<a href="javascript:steal()">more</a>'
        + "</div>" * depth
        + "</body></html>"
    )
    article = extract_html(page, "deep.html")
    assert "Rebels seized the town of Goma" in article.text
    assert "steal" not in article.text


def test_tail_suffix_search_tokenizes_like_spacy(blank_model: None) -> None:
    import spacy

    from dossier.language import TailSearch, load

    nlp = load()
    plain_tokenizer = spacy.blank("en").tokenizer
    plain_tokenizer.infix_finditer = nlp.tokenizer.infix_finditer
    assert isinstance(nlp.tokenizer.suffix_search.__self__, TailSearch)
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.iterdir())]
    texts += ["He said (in 2024), \"it's 5km away...\" U.S.-led.", "x" + ")" * 300 + "." * 60]
    for text in texts:
        assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in plain_tokenizer(text)]
