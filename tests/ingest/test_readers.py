import json
from pathlib import Path

import pytest

from dossier.ingest import IngestError, RawArticle, prepare, read_inputs
from dossier.ingest.readers import JSON_FIELDS_ROOM, read_jsonl_file


def read(*paths: Path | str, **options) -> list:
    return list(read_inputs([str(p) for p in paths], **options))


def test_read_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rebels seized the town.", encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, RawArticle) and article.text == "Rebels seized the town."
    assert article.source == str(path)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"   \n\n\t ", "empty"),
    ],
)
def test_read_bad_file_gives_error_naming_it(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [error] = read(path)
    assert isinstance(error, IngestError)
    assert str(path) in str(error) and message in str(error)


def test_read_file_over_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    [error] = read(path, max_bytes=100)
    assert isinstance(error, IngestError) and "over the limit" in str(error)


def test_read_missing_path(tmp_path: Path) -> None:
    [error] = read(tmp_path / "nope.txt")
    assert isinstance(error, IngestError) and "does not exist" in str(error)


def test_read_jsonl_reports_bad_line_and_keeps_others(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "Troops withdrew.", "published": "2024-01-02"}),
        "{not json",
        json.dumps({"id": "a3", "title": "no text"}),
        json.dumps({"id": 4, "text": "Talks resumed in Doha."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read(path)
    assert [type(i).__name__ for i in items] == [
        "RawArticle",
        "IngestError",
        "IngestError",
        "RawArticle",
    ]
    assert items[0].id == "a1" and items[0].published == "2024-01-02"
    assert items[3].id == "4"
    assert f"{path}:2" in str(items[1]) and "malformed JSON" in str(items[1])
    assert f"{path}:3" in str(items[2]) and "'text'" in str(items[2])


def test_read_directory_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.md").write_text("First.", encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text("Third.", encoding="utf-8")
    (tmp_path / "skip.bin").write_bytes(b"\x00")
    assert [a.text for a in read(tmp_path)] == ["First.", "Second.", "Third."]


def test_prepare_html_takes_main_text_and_metadata() -> None:
    html = (
        "<html><head><title>Strike hits depot</title>"
        "<meta property='og:url' content='https://news.example/strike'>"
        "<meta name='date' content='2024-03-02'></head><body><article>"
        "<h1>Strike hits depot</h1><p>A drone strike hit a fuel depot near Kharkiv on Saturday, "
        "regional officials said, and firefighters worked through the night.</p>"
        "<h2>What Comes Next?</h2><p>Officials said repairs would take weeks and that the "
        "depot had been targeted twice before this year.</p></article></body></html>"
    )
    article, cleaned = prepare(RawArticle(text=html, source="page.html", format="html"))
    assert article.title == "Strike hits depot"
    assert article.url == "https://news.example/strike"
    assert article.published == "2024-03-02"
    assert "fuel depot near Kharkiv" in cleaned.text and "<p>" not in cleaned.text
    headings = [cleaned.text[p.start : p.end] for p in cleaned.paragraphs if p.heading]
    assert "What Comes Next?" in headings


def test_html_less_than_sign_is_plain_in_the_cleaned_text() -> None:
    from dossier.ingest.readers import RawArticle, prepare

    html = (
        "<html><head><title>Vote</title></head><body><article><h1>Turnout Low</h1>"
        "<p>Turnout was &lt;5% in the eastern provinces on Sunday, officials said, and observers "
        "agreed that the vote had been marred by violence across the region.</p></article>"
        "</body></html>"
    )
    _, cleaned = prepare(RawArticle(text=html, source="page.html", format="html"))
    assert "Turnout was <5% in the eastern provinces" in cleaned.text
    assert "\\<" not in cleaned.text


def test_max_bytes_bounds_each_jsonl_article_not_the_file(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    text = "Troops withdrew from the border town on Monday, officials said. " * 2
    lines = [json.dumps({"id": f"a{i}", "text": text}) for i in range(40)]
    lines.insert(7, json.dumps({"id": "big", "text": "word " * 200}))
    path.write_text("\n".join(lines), encoding="utf-8")
    assert path.stat().st_size > 5_000  # the file is far over the limit, each article under
    items = read(path, max_bytes=500)
    assert [isinstance(item, RawArticle) for item in items] == [True] * 7 + [False] + [True] * 33
    assert items[7].where == f"{path}:8" and "1,000 bytes, over the limit of 500" in str(items[7])


def test_a_jsonl_line_too_long_for_any_article_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    huge = json.dumps({"text": "x" * (JSON_FIELDS_ROOM + 1_000)})
    path.write_text(
        "\n".join([json.dumps({"text": "Talks resumed."}), huge, json.dumps({"text": "Aid."})]),
        encoding="utf-8",
    )
    items = list(read_jsonl_file(path, max_bytes=20))
    assert [getattr(item, "text", None) for item in items] == ["Talks resumed.", None, "Aid."]
    assert items[1].where == f"{path}:2" and "is a line of over" in items[1].message


def test_jsonl_file_of_blank_lines_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n  \n\n", encoding="utf-8")
    [error] = read(path)
    assert isinstance(error, IngestError) and "empty" in error.message
