import json
from pathlib import Path

from typer.testing import CliRunner

from dossier.cli import app
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


def test_cli_eval_prints_every_yardstick(blank_model: None) -> None:
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
