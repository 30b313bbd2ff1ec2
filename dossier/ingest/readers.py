"""Read articles from files, folders, JSON Lines corpora and stdin.

Readers yield ``RawArticle`` items or ``IngestError`` records, so that a batch can report a bad
item and go on with the rest.
"""

from __future__ import annotations

import errno
import itertools
import json
import os
import re
import stat
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from dossier.ingest.clean import CleanedText, clean_text

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"
ARTICLE_FORMATS = ("text", "markdown", "html")
# libxml2 stops parsing at this nesting depth unless told otherwise; trafilatura's cost grows
# with depth, so a page nested deeper than MAX_HTML_DEPTH is read as plain text instead.
LIBXML_DEPTH = 255
MAX_HTML_DEPTH = 400
# Characters XML (and so lxml's trees) cannot hold.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# How long a named pipe given by name may go without a writer before it is refused.
PIPE_WAIT_SECONDS = 5.0
OPTIONAL_FIELDS = ("title", "url", "published")
# A JSON line may be this many times --max-bytes (a character escaped as \uXXXX takes six
# bytes), plus room for the other fields: a longer line is refused without being read whole.
JSON_ESCAPE_FACTOR = 6
JSON_FIELDS_ROOM = 65_536


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


def article_from_record(record: object, where: str) -> RawArticle:
    """A RawArticle from a JSON object (or a Python dict): ``text`` required; ``id``,
    ``title``, ``url``, ``published`` and ``format`` optional, each of the right type."""
    if not isinstance(record, dict):
        raise IngestError(where, "is not a JSON object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise IngestError(where, "has no non-empty 'text' field")
    identifier = record.get("id")
    if identifier is not None and (
        isinstance(identifier, bool) or not isinstance(identifier, str | int)
    ):
        raise IngestError(where, f"'id' must be a string or a number, not {identifier!r:.60}")
    for key in OPTIONAL_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise IngestError(where, f"'{key}' must be a string, not {value!r:.60}")
    format_ = record.get("format", "text")
    if format_ not in ARTICLE_FORMATS:
        raise IngestError(
            where, f"'format' must be one of {', '.join(ARTICLE_FORMATS)}, not {format_!r:.60}"
        )
    return RawArticle(
        text=body,
        source=where,
        format=format_,
        id=None if identifier is None else str(identifier),
        **{key: record.get(key) for key in OPTIONAL_FIELDS},
    )


def parse_jsonl(
    text: str, where: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | IngestError]:
    """Articles from JSON Lines (see article_from_record); a bad line is an IngestError
    naming the file and line. ``max_bytes`` bounds each article's text."""
    # only "\n" ends a line: JSON strings may hold U+2028 and other line separators
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _article_from_line(line, f"{where}:{number}", max_bytes=max_bytes)


def _article_from_line(line: str, place: str, *, max_bytes: int) -> RawArticle | IngestError:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return IngestError(place, f"malformed JSON ({error.msg}, column {error.colno})")
    except RecursionError:
        return IngestError(place, "malformed JSON (nested too deeply)")
    try:
        article = article_from_record(record, place)
    except IngestError as error:
        return error
    size = len(article.text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return IngestError(
            place,
            f"has a text of {size:,} bytes, over the limit of {max_bytes:,} "
            "(raise it with --max-bytes)",
        )
    return article


def read_jsonl_file(path: Path, *, max_bytes: int) -> Iterator[RawArticle | IngestError]:
    """The articles of a JSON Lines file, read line by line: ``max_bytes`` bounds each
    article's text, not the file; a line longer than JSON_ESCAPE_FACTOR times that (plus
    JSON_FIELDS_ROOM) is refused and skipped without being held in memory."""
    max_line = JSON_ESCAPE_FACTOR * max_bytes + JSON_FIELDS_ROOM
    any_text = False
    with path.open("rb") as stream:
        for number in itertools.count(1):
            data = stream.readline(max_line + 1)
            if not data:
                break
            place = f"{path}:{number}"
            if number == 1 and b"\x00" in data[:8192]:
                yield IngestError(str(path), "looks like a binary file (NUL bytes); give JSONL")
                return
            if len(data) > max_line and not data.endswith(b"\n"):
                while data and not data.endswith(b"\n"):  # skip the rest of the line
                    data = stream.readline(1 << 20)
                any_text = True
                yield IngestError(
                    place, f"is a line of over {max_line:,} bytes (raise --max-bytes)"
                )
                continue
            try:
                line = data.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as error:
                any_text = True
                yield IngestError(
                    place, f"is not valid UTF-8 (byte {error.start}); re-encode it as UTF-8"
                )
                continue
            if line.strip():
                any_text = True
                yield _article_from_line(line, place, max_bytes=max_bytes)
    if not any_text:
        yield IngestError(str(path), "is empty or whitespace only")


def _read_limited(
    stream: BinaryIO, where: str, *, max_bytes: int, already_read: bytes = b""
) -> bytes:
    """At most ``max_bytes`` (counting ``already_read``) from ``stream``; IngestError when
    there is more."""
    data = already_read + stream.read(max(0, max_bytes + 1 - len(already_read)))
    if len(data) > max_bytes:
        raise IngestError(
            where, f"is over the limit of {max_bytes:,} bytes (raise it with --max-bytes)"
        )
    return data


def _read_pipe(path: Path, *, max_bytes: int) -> bytes:
    """A named pipe's bytes; IngestError when no process writes to it within
    PIPE_WAIT_SECONDS (reading would wait for ever)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    deadline = time.monotonic() + PIPE_WAIT_SECONDS
    with os.fdopen(descriptor, "rb", buffering=0) as pipe:
        first = b""
        while not first:
            try:
                first = os.read(descriptor, 65536)
            except BlockingIOError:  # a writer is there, with nothing written yet
                break
            if not first and time.monotonic() > deadline:  # no writer opened the pipe
                raise IngestError(
                    str(path),
                    f"is a named pipe that no process wrote to within {PIPE_WAIT_SECONDS:g} s",
                )
            if not first:
                time.sleep(0.05)
        os.set_blocking(descriptor, True)
        return _read_limited(pipe, str(path), max_bytes=max_bytes, already_read=first)


def _read_file(path: Path, *, max_bytes: int) -> bytes:
    """The bytes of a file, a named pipe or a device given by name, at most ``max_bytes``."""
    status = path.stat()
    if stat.S_ISREG(status.st_mode) and status.st_size > max_bytes:
        raise IngestError(
            str(path),
            f"is {status.st_size:,} bytes, over the limit of {max_bytes:,} "
            "(raise it with --max-bytes)",
        )
    if stat.S_ISFIFO(status.st_mode):
        return _read_pipe(path, max_bytes=max_bytes)
    with path.open("rb") as stream:
        return _read_limited(stream, str(path), max_bytes=max_bytes)


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
        yield from parse_jsonl(text, where, max_bytes=max_bytes)
    else:
        yield RawArticle(text=text, source=where, format=kind, id=None)


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "device"


def walk_folder(folder: Path) -> Iterator[Path | IngestError]:
    """Files with a supported suffix under ``folder`` (hidden ones left out), sorted, and an
    IngestError for everything else that would have to be skipped silently: a subfolder
    that cannot be listed, a symbolic link that loops or leads nowhere, a named pipe, socket
    or device (never opened)."""
    visited = {folder.resolve()}

    def visit(directory: Path) -> Iterator[Path | IngestError]:
        try:
            with os.scandir(directory) as listing:
                names = sorted(entry.name for entry in listing)
        except OSError as error:
            yield IngestError(str(directory), f"folder cannot be read ({error.strerror})")
            return
        for name in names:
            if name.startswith("."):
                continue
            path = directory / name
            try:
                mode = path.stat().st_mode  # follows symbolic links
            except OSError as error:
                problem = {
                    errno.ELOOP: "is a symbolic link that loops",
                    errno.ENOENT: "is a symbolic link to nothing",
                }.get(error.errno or 0, f"cannot be read ({error.strerror})")
                yield IngestError(str(path), f"{problem}; skipped")
                continue
            if stat.S_ISDIR(mode):
                real = path.resolve()
                if real in visited:
                    yield IngestError(str(path), "leads back to a folder already read; skipped")
                    continue
                visited.add(real)
                yield from visit(path)
            elif stat.S_ISREG(mode):
                if path.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield path
            else:
                yield IngestError(str(path), f"is a {_special_kind(mode)}, not a file; skipped")

    yield from visit(folder)


def iter_files(path: Path) -> Iterator[Path]:
    """Files under ``path`` with a supported suffix, sorted; ``path`` itself if it is a file."""
    if path.is_dir():
        yield from (item for item in walk_folder(path) if isinstance(item, Path))
    else:
        yield path


def read_inputs(
    inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawArticle | IngestError]:
    """Every article in the given paths, folders (recursive) or ``-`` (stdin), in order.

    Whatever cannot be read is an IngestError naming it, in its place in the order.
    """
    for name in inputs:
        if name == STDIN:
            try:
                data = _read_limited(sys.stdin.buffer, "<stdin>", max_bytes=max_bytes)
            except IngestError as error:
                yield error
                continue
            yield from read_source(data, "<stdin>", max_bytes=max_bytes)
            continue
        path = Path(name)
        try:
            is_folder = path.is_dir()
            path.stat()
        except OSError as error:
            problem = "does not exist" if error.errno == errno.ENOENT else error.strerror
            yield IngestError(name, str(problem))
            continue
        found = False
        for file in walk_folder(path) if is_folder else [path]:
            if isinstance(file, IngestError):
                yield file
                continue
            found = True
            if file.suffix.lower() in JSONL_SUFFIXES and file.is_file():
                yield from _read_jsonl_or_error(file, max_bytes=max_bytes)
                continue
            try:
                data = _read_file(file, max_bytes=max_bytes)
            except IngestError as error:
                yield error
                continue
            except OSError as error:
                yield IngestError(str(file), f"cannot be read ({error.strerror})")
                continue
            yield from read_source(data, str(file), suffix=file.suffix.lower(), max_bytes=max_bytes)
        if is_folder and not found:
            suffixes = ", ".join(sorted(SUPPORTED_SUFFIXES))
            yield IngestError(name, f"is a folder with no articles in it (files ending {suffixes})")


def _read_jsonl_or_error(path: Path, *, max_bytes: int) -> Iterator[RawArticle | IngestError]:
    try:
        yield from read_jsonl_file(path, max_bytes=max_bytes)
    except OSError as error:
        yield IngestError(str(path), f"cannot be read ({error.strerror})")


def extract_html(html: str, where: str) -> RawArticle:
    """Main text (as Markdown, keeping headings), title, date and url of a web page.

    A page nested deeper than libxml2 parses by default is parsed again without that
    limit; one nested deeper than MAX_HTML_DEPTH (trafilatura's cost grows with depth), or
    one trafilatura fails on, is read as plain text (see page_text).
    """
    extracted = _trafilatura(html)
    if extracted is None or not (extracted.text or "").strip():
        html = _NOT_XML.sub("", html)
        tree = _parse_deep_html(html)
        depth = 0 if tree is None else _depth(tree)
        if depth > LIBXML_DEPTH:
            extracted = _trafilatura(tree) if depth <= MAX_HTML_DEPTH else None
            if extracted is None or not (extracted.text or "").strip():
                return RawArticle(text=page_text(html, where), source=where, format="markdown")
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


def _trafilatura(page):
    """trafilatura's extraction of a page (a string or an lxml tree); None when it fails."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            page, with_metadata=True, include_formatting=True, include_comments=False
        )
    except (ValueError, TypeError, RecursionError):  # text lxml refuses in a tree it builds
        return None


def _parse_deep_html(html: str):
    """The page's lxml tree with no nesting limit below libxml2's largest (2048)."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        collect_ids=False, default_doctype=False, remove_comments=True, huge_tree=True
    )
    try:
        return lxml_html.fromstring(html, parser=parser)
    except ValueError:  # a string with an encoding declaration
        return lxml_html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except etree.ParserError:  # nothing to parse
        return None


def _depth(tree) -> int:
    from lxml import etree

    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


class _PageText(HTMLParser):
    """The visible text of a page as Markdown paragraphs, in one linear pass."""

    HIDDEN = frozenset({
        "script", "style", "noscript", "template", "head", "title", "svg", "math",
        "iframe", "object", "button", "select", "textarea",
    })  # fmt: skip
    HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
    BLOCKS = HEADINGS | frozenset({
        "p", "div", "br", "li", "tr", "td", "th", "section", "article", "blockquote", "pre",
        "ul", "ol", "table", "header", "footer", "main", "aside", "nav", "figure",
        "figcaption", "dd", "dt", "hr",
    })  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.hidden = 0

    def _break(self, prefix: str = "") -> None:
        words = " ".join("".join(self.current).split())
        if words:
            self.blocks.append(words)
        self.current = [prefix]

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self._break("# " if tag in self.HEADINGS else "")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.current.append(data)


def page_text(html: str, where: str) -> str:
    """The visible text of a page, block by block (scripts, styles, attributes and links
    left out), for pages too deep for trafilatura."""
    reader = _PageText()
    reader.feed(html)
    # no close(): it would emit an unclosed comment or an unfinished tag at the end as text;
    # a browser shows neither
    reader._break()
    blocks = [block for block in reader.blocks if block.strip("# ")]
    if not blocks:
        raise IngestError(where, "no main text found in the HTML")
    return "\n\n".join(blocks)


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
    cleaned = clean_text(
        article.text,
        markdown=article.format in {"markdown", "text"},
        title=article.title,
        given_url=article.url,
    )
    if not cleaned.text.strip():
        raise IngestError(article.source, "has no text left after cleaning")
    return article, cleaned
