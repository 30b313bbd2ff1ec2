import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.pipeline import Pipeline
from dossier.store import Store

from .conftest import DEV_GOLD, DEV_TEXT, EXAMPLES

runner = CliRunner()


def test_cli_version_and_help() -> None:
    assert runner.invoke(app, ["--version"]).output.startswith("dossier ")
    result = runner.invoke(app, ["analyze", "--help"])
    assert result.exit_code == 0 and "--format" in result.output


def test_cli_schema_is_json() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert "sentences" in json.loads(result.output)["properties"]


def test_cli_analyze_json(tmp_path: Path, blank_model: None) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Kyiv said a drone hit Odesa. Moscow denied it.", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "analyze",
            str(path),
            "-f",
            "json",
            "--db",
            str(tmp_path / "d.db"),
            "--published",
            "2024-02-03",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "dossier/1" and data["metadata"]["published"] == "2024-02-03"
    assert len(data["sentences"]) == 2
    assert Store(tmp_path / "d.db").count() == 1


def test_cli_batch_skips_bad_item_and_stores_the_rest(tmp_path: Path, blank_model: None) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "one", "text": "Troops withdrew."})
        + "\n{broken\n"
        + json.dumps({"id": "three", "text": "Talks resumed."})
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["analyze", str(corpus), "-f", "jsonl", "--db", str(tmp_path / "d.db")]
    )
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [line["id"] for line in lines] == ["one", "three"]
    assert f"{corpus}:2" in result.stderr
    assert Store(tmp_path / "d.db").count() == 2


def test_cli_single_bad_file_exits_non_zero(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--no-store"])
    assert result.exit_code == 1
    assert str(path) in result.stderr and "empty" in result.stderr


def test_cli_report_on_examples(tmp_path: Path, blank_model: None) -> None:
    result = runner.invoke(
        app, ["analyze", str(EXAMPLES), "--db", str(tmp_path / "d.db"), "--reports", "1"]
    )
    assert result.exit_code == 0, result.output
    first = sorted(EXAMPLES.iterdir())[0]  # the report shown is the first article read
    assert first.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")[:30] in result.stdout
    assert Store(tmp_path / "d.db").count() == len(list(EXAMPLES.iterdir()))


def test_cli_eval_prints_every_yardstick(blank_model: None, dev_text: str) -> None:
    # dev_text: skipped, like the other tests of ../shared, in a clone without it
    result = runner.invoke(app, ["eval", str(DEV_GOLD), str(DEV_TEXT), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == {
        "entities",
        "events",
        "attributions",
        "quantities",
        "dates",
        "opinion",
        "questions",
    }
    assert scores["questions"]["recall"] == 1.0


def _jsonl(path: Path, *records: dict | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_batch_reports_bad_metadata_and_id_clashes_and_keeps_going(
    tmp_path: Path, blank_model: None
) -> None:
    corpus = _jsonl(
        tmp_path / "c.jsonl",
        {"id": "a", "text": "Troops withdrew.", "format": 5},
        {"id": "b", "text": "Talks resumed.", "published": 20240101},
        {"id": "c", "text": "Aid arrived.", "title": ["x"]},
        {"id": "d", "text": "Rebels advanced.", "published": "last week"},
        {"id": "e", "text": "Shelling continued."},
        {"id": "e", "text": "A different text under the same id."},
        {"id": "g", "text": "Drones struck a depot."},
    )
    result = runner.invoke(
        app, ["analyze", str(corpus), "-f", "jsonl", "--db", str(tmp_path / "d.db")]
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["e", "g"]
    for line in (1, 2, 3, 4, 6):
        assert f"{corpus}:{line}:" in result.stderr
    assert "already stored with different content" in result.stderr
    assert Store(tmp_path / "d.db").count() == 2


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("{tmp}/missing/d.db", "does not exist"),
        ("{tmp}", "is a folder"),
        ("{tmp}/junk.db", "file is not a database"),
        ("nosuchdb://host/x", "not a database dossier can open"),
        ("sqlite:///file:{tmp}/ro.db?mode=ro&uri=true", "readonly"),
    ],
)
def test_cli_bad_db_is_one_line_before_any_analysis(
    tmp_path: Path, target: str, message: str
) -> None:
    (tmp_path / "junk.db").write_text("not a database", encoding="utf-8")
    Store(tmp_path / "ro.db").close()
    target = target.format(tmp=tmp_path)
    # the input does not exist: the database is checked before any input is read
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt"), "--db", target])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and target in result.stderr and message in result.stderr
    assert "nope.txt" not in result.stderr


def test_cli_empty_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = runner.invoke(app, ["analyze", str(tmp_path / "empty"), "--no-store"])
    assert result.exit_code == 1
    assert "no articles" in result.stderr and str(tmp_path / "empty") in result.stderr


def test_cli_resumed_run_does_not_analyse_stored_texts_again(
    tmp_path: Path, blank_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _jsonl(
        tmp_path / "c.jsonl", {"id": "a", "text": "Troops withdrew."}, {"id": "b", "text": "Talks."}
    )
    db = str(tmp_path / "d.db")
    first = runner.invoke(app, ["analyze", str(corpus), "-f", "jsonl", "--db", db])
    analysed: list[str] = []
    process_each = Pipeline.process_each

    def counting(self: Pipeline, docs: list) -> list:
        analysed.extend(doc.id for doc in docs)
        return process_each(self, docs)

    monkeypatch.setattr(Pipeline, "process_each", counting)
    _jsonl(corpus, *corpus.read_text().splitlines(), {"id": "c", "text": "Aid arrived."})
    again = runner.invoke(app, ["analyze", str(corpus), "-f", "jsonl", "--db", db])
    assert again.exit_code == 0, again.output
    assert analysed == ["c"]
    assert again.stdout.splitlines()[:2] == first.stdout.splitlines()
    assert "1 analysed" in again.stderr and "2 already stored" in again.stderr
    assert Store(db).count() == 3


def test_cli_unexpected_error_is_one_line_unless_debug(
    tmp_path: Path, blank_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> Pipeline:
        raise RuntimeError("the model is corrupt\nsecond line")

    monkeypatch.setattr("dossier.cli.default_pipeline", broken)
    path = tmp_path / "a.txt"
    path.write_text("Troops withdrew.", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--no-store"])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: RuntimeError: the model is corrupt (run with --debug for details)\n"
    )
    result = runner.invoke(app, ["analyze", str(path), "--no-store", "--debug"])
    assert isinstance(result.exception, RuntimeError)


def test_cli_error_lines_show_names_as_written(tmp_path: Path) -> None:
    path = tmp_path / "[bold]x[i]\x1b[2J.txt"
    path.write_text(" ", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--no-store"])
    assert result.exit_code == 1
    assert "[bold]x[i]\\x1b[2J.txt" in result.stderr and "\x1b" not in result.stderr


def test_cli_max_bytes_bounds_each_jsonl_article_not_the_file(
    tmp_path: Path, blank_model: None
) -> None:
    records = [
        {"id": f"a{n}", "text": f"Talks resumed in Doha on day {n}, officials said."}
        for n in range(50)
    ]
    corpus = _jsonl(tmp_path / "c.jsonl", *records, {"id": "big", "text": "word " * 300})
    assert corpus.stat().st_size > 3_000
    result = runner.invoke(
        app, ["analyze", str(corpus), "--no-store", "-f", "none", "--max-bytes", "1000"]
    )
    assert result.exit_code == 0
    assert "50 analysed, 1 failed" in result.output
    assert f"{corpus}:51" in result.output and "over the limit of 1,000" in result.output


def test_cli_summary_tells_texts_another_run_stored_meanwhile(
    tmp_path: Path, blank_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two runs started together on the same articles: both analyse them, one stores them.
    # The other said "2 analysed, 0 stored, 2 already stored (not analysed again)".
    corpus = _jsonl(
        tmp_path / "c.jsonl", {"id": "a", "text": "Troops withdrew."}, {"id": "b", "text": "Talks."}
    )
    monkeypatch.setattr(Store, "save", lambda self, doc: False)  # the other run was first
    db = str(tmp_path / "d.db")
    result = runner.invoke(app, ["analyze", str(corpus), "-f", "none", "--db", db])
    assert result.exit_code == 0, result.output
    summary = result.stderr.strip().splitlines()[-1]
    assert "2 analysed" in summary and "0 already stored" in summary
    assert "2 stored meanwhile (by another run" in summary


def test_cli_progress_bar_leaves_large_documents_free_to_fork(
    tmp_path: Path, blank_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With more than one input the progress bar is shown; its refresh thread made
    # `parse_processes()` answer 1 (no fork beside a thread), so a large document of a folder
    # or JSON Lines file was analysed in one process, twice as slow as given alone.
    from dossier import language

    monkeypatch.setenv(language.PROCESSES_SETTING, "2")
    if language.parse_processes() < 2:
        pytest.skip("this process may not fork (threads or no Linux)")
    seen: list[int] = []
    process = Pipeline.process

    def recording(self: Pipeline, docs: list) -> list:
        seen.append(language.parse_processes())
        return process(self, docs)

    monkeypatch.setattr(Pipeline, "process", recording)
    corpus = _jsonl(
        tmp_path / "c.jsonl", {"id": "a", "text": "Troops withdrew."}, {"id": "b", "text": "Talks."}
    )
    result = runner.invoke(app, ["analyze", str(corpus), "-f", "none", "--no-store"])
    assert result.exit_code == 0, result.output
    assert seen and set(seen) == {2}
