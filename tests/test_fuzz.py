"""Property-based tests: whatever analysts feed dossier, no exception escapes and every span's
offsets point at its text.

The budget is small by default (the CI run); ``make fuzz`` sets DOSSIER_FUZZ_EXAMPLES for a
long run with fresh random inputs (docs/reliability.md records its size and findings).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from rich.console import Console

from dossier.analysis import ingest
from dossier.document import Attribution, Document, Entity, Event, Mention, TextSpan
from dossier.ingest import IngestError, RawArticle, read_source
from dossier.ingest.readers import parse_jsonl
from dossier.language import MODEL_SETTING
from dossier.report import render_report
from dossier.stages import default_pipeline

EXAMPLES = int(os.environ.get("DOSSIER_FUZZ_EXAMPLES", "0"))
LONG_RUN = EXAMPLES > 0
settings.register_profile(
    "fuzz",
    deadline=None,
    derandomize=not LONG_RUN,  # CI sees the same inputs every run; `make fuzz` new ones
    database=None,
    print_blob=True,
    # a long run reports its first failing input as found: shrinking a page takes minutes
    phases=[Phase.explicit, Phase.generate] if LONG_RUN else list(Phase),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("fuzz")


def budget(ci_examples: int, share: float = 1.0) -> settings:
    """``ci_examples`` in the suite; ``share`` of DOSSIER_FUZZ_EXAMPLES in a long run."""
    return settings(max_examples=max(1, int(EXAMPLES * share)) if LONG_RUN else ci_examples)


PROSE = [
    "Rebels seized the town of Goma on Monday, officials said.",
    "\u201cWe will not withdraw,\u201d the Houthi spokesman told Al Jazeera on 3 May 2024.",
    "At least 1,200 people were killed and 3.5 million displaced, the UN said.",
    "Iraq's Prime Minister Mohammed Shia al-Sudani met Iranian officials in Baghdad.",
    "Is this the end of the ceasefire? Analysts doubt it.",
    "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b \u0625\u0646 \u0627\u0644\u0647\u062c\u0648\u0645 \u0641\u0634\u0644.",  # noqa: E501 Arabic
    "He said \u201c[/i] and [/quote] [bold red]loud[/]\u201d were \u201cfine\u201d.",
    "$500 a month, 20-30 drones, 15% more, 7 km east, 2,000,000 barrels.",
]
SPECIALS = [
    "\x00", "\x1b[31m", "\x1b]8;;https://example.org\x1b\\", "\x07", "\r", "\x0c", "\x85",
    "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066", "\u2069", "\u061c",
    "\u0301", "\u0651", "\u200d", "\ufeff", "\u00ad", "\u2028", "\u2029",
    "\U0001f600", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1fa\U0001f1e6",
    "[/i]", "[/quote]", "[link=https://x]", "&lt;", "&amp;", "\\<", "**", "# ", "> ", "- ",
    "[a](javascript:alert(1))", "<script>alert(1)</script>", "<b>", "</div>", "<p>", "<!--",
]  # fmt: skip
HTML_TAGS = ["div", "p", "span", "b", "i", "a", "section", "article", "table", "td", "li"]


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Text as scraped: prose, random Unicode, control and bidi characters, markup, long runs,
    long lines and many short lines, in any mix."""
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(PROSE),
                st.sampled_from(SPECIALS),
                st.text(max_size=40),
                st.text(st.characters(codec="utf-8"), max_size=20),
                st.sampled_from(["\n", "\n\n", " ", "\t", "  \n  "]),
                st.tuples(
                    st.sampled_from([*SPECIALS, "word ", ".", "(", "[", "1", "a", "-", "\n"]),
                    st.integers(1, 400),
                ).map(lambda pair: pair[0] * pair[1]),
            ),
            max_size=16,
        )
    )
    return "".join(pieces)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Pages with deep, unclosed and broken nesting, scripts, handlers and links."""
    deep = draw(st.integers(0, 4)) == 0
    depth = draw(st.integers(250, 600) if deep else st.integers(0, 30))
    tags = [draw(st.sampled_from(HTML_TAGS)) for _ in range(min(depth, 40))] * (
        depth // 40 + 1
    )
    tags = tags[:depth]
    opening = "".join(f'<{tag} onclick="steal()">' for tag in tags)
    closing = "".join(f"</{tag}>" for tag in reversed(tags)) if draw(st.booleans()) else ""
    body = draw(texts())
    link = '<a href="javascript:steal()">more</a>'
    head = "<html><head><title>" + draw(st.text(max_size=20)) + "</title>"
    return head + "<script>steal()</script></head><body>" + opening + body + link + closing


@st.composite
def inputs(draw: st.DrawFn) -> tuple[bytes, str]:
    """The bytes of one input and its file suffix: text, Markdown, HTML, JSON Lines, or
    broken UTF-8."""
    # HTML is one input in eight: trafilatura takes a hundred times longer than the rest
    kind = draw(st.sampled_from([*["text"] * 3, *["markdown"] * 2, *["jsonl"] * 2, "bytes"]))
    if draw(st.integers(0, 7)) == 0:
        kind = "html"
    if kind == "html":
        return draw(html_pages()).encode("utf-8", "surrogatepass"), ".html"
    if kind == "jsonl":
        records = draw(st.lists(jsonl_records(), max_size=4))
        return "\n".join(records).encode("utf-8", "surrogatepass"), ".jsonl"
    if kind == "bytes":
        return draw(st.binary(max_size=300)), draw(st.sampled_from([".txt", ".html", ""]))
    data = draw(texts()).encode("utf-8", "surrogatepass")
    return data, ".md" if kind == "markdown" else ".txt"


def jsonl_records() -> st.SearchStrategy[str]:
    values = st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(), texts(), st.lists(st.integers())
    )
    record = st.fixed_dictionaries(
        {"text": st.one_of(texts(), values)},
        optional={key: values for key in ("id", "title", "url", "published", "format")},
    )
    return st.one_of(record.map(json.dumps), st.text(max_size=30))


@contextmanager
def spacy_model(name: str) -> Iterator[None]:
    saved = os.environ.get(MODEL_SETTING)
    os.environ[MODEL_SETTING] = name
    try:
        yield
    finally:
        if saved is None:
            del os.environ[MODEL_SETTING]
        else:
            os.environ[MODEL_SETTING] = saved


def ingested(data: bytes, suffix: str) -> list[Document]:
    """Every Document the input gives; IngestErrors are the expected way to refuse."""
    docs = []
    for item in read_source(data, "fuzz" + suffix, suffix=suffix):
        if isinstance(item, IngestError):
            continue
        try:
            docs.append(ingest(item))
        except IngestError:
            continue
    return docs


def spans(doc: Document) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of every item that quotes the text."""
    for sentence in doc.sentences:
        yield sentence.start, sentence.end, sentence.text
    for entity in doc.entities:
        for mention in entity.mentions:
            yield mention.start, mention.end, mention.text
    for event in doc.events:
        yield event.trigger.start, event.trigger.end, event.trigger.text
    for attribution in doc.attributions:
        yield attribution.claim.start, attribution.claim.end, attribution.claim.text
    for item in (*doc.quantities, *doc.dates):
        yield item.start, item.end, item.text


def assert_offsets_exact(doc: Document) -> None:
    for paragraph in doc.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(doc.text)
    for start, end, text in spans(doc):
        assert 0 <= start <= end <= len(doc.text)
        assert doc.text[start:end] == text


def rendered(doc: Document) -> str:
    console = Console(file=io.StringIO(), width=100, force_terminal=False, color_system=None)
    console.print(render_report(doc))
    return console.file.getvalue()


@budget(150, share=0.8)
@given(inputs())
def test_fuzz_ingest_never_raises_and_keeps_offsets(data: tuple[bytes, str]) -> None:
    for doc in ingested(*data):
        assert doc.text.strip()
        assert_offsets_exact(doc)
        if data[1] == ".html":  # scripts, on* handlers and javascript: links all call it
            assert "steal()" not in doc.text


@budget(40, share=0.15)
@given(inputs())
def test_fuzz_pipeline_blank_model_keeps_offsets(data: tuple[bytes, str]) -> None:
    with spacy_model("blank"):
        pipeline = default_pipeline()
        for doc in ingested(*data):
            pipeline(doc)
            assert_offsets_exact(doc)
            assert "\x1b" not in rendered(doc)


@budget(15, share=0.005)
@given(texts())
def test_fuzz_pipeline_full_model_keeps_offsets(text: str) -> None:
    docs = ingested(text.encode("utf-8", "surrogatepass"), ".txt")
    pipeline = default_pipeline()
    for doc in docs:
        pipeline(doc)
        assert_offsets_exact(doc)
        assert "\x1b" not in rendered(doc)


@budget(60, share=0.03)
@given(texts(), texts(), texts())
def test_fuzz_report_prints_article_text_as_written(claim: str, who: str, name: str) -> None:
    text = f"{who} said {claim}. {name}."
    doc = Document(id="fuzz", text=text)
    doc.entities = [
        Entity(id="e1", name=name or "x", type="PERSON", code="[X]", mentions=[
            Mention(start=0, end=len(who), text=who, sentence=0),
        ])
    ]  # fmt: skip
    doc.attributions = [
        Attribution(
            id="a1",
            source_text=who,
            source_type="person",
            cue="said",
            claim=TextSpan(start=0, end=len(text), text=text),
            sentence=0,
        )
    ]
    doc.events = [
        Event(id="v1", type="ASSAULT", source="e1", sentence=0, trigger=doc.span(0, len(who)))
    ]
    output = rendered(doc)
    assert not any(character in output for character in "\x1b\x07\x9b\x08\r\u202e")


@budget(100, share=0.015)
@given(st.lists(jsonl_records(), max_size=6))
def test_fuzz_jsonl_lines_are_articles_or_named_errors(records: list[str]) -> None:
    text = "\n".join(records)
    for item in parse_jsonl(text, "corpus.jsonl"):
        if isinstance(item, IngestError):
            assert item.where.startswith("corpus.jsonl:")
        else:
            assert isinstance(item, RawArticle) and item.text.strip()
            assert all(
                value is None or isinstance(value, str)
                for value in (item.id, item.title, item.url, item.published)
            )
