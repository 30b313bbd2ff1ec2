"""Read articles from files, folders, JSON Lines corpora and stdin.

Readers yield ``RawArticle`` items or ``IngestError`` records, so that a batch can report a bad
item and go on with the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dossier.ingest.clean import CleanedText, clean_text

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"


class IngestError(Exception):
    """An input that cannot be read; ``where`` names the file (and line)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


@dataclass
class RawArticle:
    """One article as read, before cleaning."""

    text: str
    source: str
    format: str = "text"  # text | markdown | html
    id: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise IngestError(
            where, "looks like a binary file (NUL bytes); give text, Markdown, HTML or JSONL"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(
            where, f"is not valid UTF-8 (byte {error.start}); re-encode it as UTF-8"
        ) from None


def _check_not_empty(text: str, where: str) -> None:
    if not text.strip():
        raise IngestError(where, "is empty or whitespace only")


def _sniff_format(text: str, suffix: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "markdown" if suffix in {".md", ".markdown"} else "text"
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return "html"
    first_line = head.split("\n", 1)[0]
    if first_line.startswith("{") and first_line.rstrip().endswith("}"):
        return "jsonl"
    return "text"


def parse_jsonl(text: str, where: str) -> Iterator[RawArticle | IngestError]:
    """Articles from JSON Lines: ``text`` required; ``id``, ``title``, ``url``, ``published``."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        place = f"{where}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield IngestError(place, f"malformed JSON ({error.msg}, column {error.colno})")
            continue
        if not isinstance(record, dict):
            yield IngestError(place, "is not a JSON object")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield IngestError(place, "has no non-empty 'text' field")
            continue
        fields = {key: record.get(key) for key in ("id", "title", "url", "published")}
        if fields["id"] is not None:
            fields["id"] = str(fields["id"])
        yield RawArticle(text=body, source=place, format=record.get("format", "text"), **fields)


def _read_bytes(path: Path, *, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(
            str(path),
            f"is {size:,} bytes, over the limit of {max_bytes:,} (raise it with --max-bytes)",
        )
    return path.read_bytes()


def read_source(
    data: bytes, where: str, *, suffix: str = "", max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | IngestError]:
    """Articles in one input's bytes (a file's or stdin's)."""
    if len(data) > max_bytes:
        yield IngestError(where, f"is {len(data):,} bytes, over the limit of {max_bytes:,}")
        return
    try:
        text = _decode(data, where)
        _check_not_empty(text, where)
    except IngestError as error:
        yield error
        return
    kind = _sniff_format(text, suffix)
    if kind == "jsonl":
        yield from parse_jsonl(text, where)
    else:
        yield RawArticle(text=text, source=where, format=kind, id=None)


def iter_files(path: Path) -> Iterator[Path]:
    """Files under ``path`` with a supported suffix, sorted; ``path`` itself if it is a file."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
            if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES and not hidden:
                yield child
    else:
        yield path


def read_inputs(
    inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | IngestError]:
    """Every article in the given paths, folders (recursive) or ``-`` (stdin), in order."""
    for name in inputs:
        if name == STDIN:
            yield from read_source(sys.stdin.buffer.read(), "<stdin>", max_bytes=max_bytes)
            continue
        path = Path(name)
        if not path.exists():
            yield IngestError(name, "does not exist")
            continue
        for file in iter_files(path):
            try:
                data = _read_bytes(file, max_bytes=max_bytes)
            except IngestError as error:
                yield error
                continue
            except OSError as error:
                yield IngestError(str(file), f"cannot be read ({error.strerror})")
                continue
            yield from read_source(data, str(file), suffix=file.suffix.lower(), max_bytes=max_bytes)


def extract_html(html: str, where: str) -> RawArticle:
    """Main text (as Markdown, keeping headings), title, date and url of a web page."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_formatting=True, include_comments=False
    )
    if extracted is None or not (extracted.text or "").strip():
        raise IngestError(where, "no main text found in the HTML")
    return RawArticle(
        text=extracted.text,
        source=where,
        format="markdown",
        title=extracted.title,
        url=extracted.url,
        published=extracted.date,
    )


def prepare(article: RawArticle) -> tuple[RawArticle, CleanedText]:
    """Turn a raw article into cleaned text, filling metadata the text itself gives."""
    if article.format == "html":
        extracted = extract_html(article.text, article.source)
        article = RawArticle(
            text=extracted.text,
            source=article.source,
            format="markdown",
            id=article.id,
            title=article.title or extracted.title,
            url=article.url or extracted.url,
            published=article.published or extracted.published,
        )
    cleaned = clean_text(article.text, markdown=article.format in {"markdown", "text"})
    if not cleaned.text.strip():
        raise IngestError(article.source, "has no text left after cleaning")
    return article, cleaned
