import json

from typer.testing import CliRunner

from dossier.bench import documents_from_conllu
from dossier.cli import app

from .conftest import EXAMPLES


def test_bench_reads_documents_from_conllu(tmp_path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text(
        "# newdoc id = a\n# text = One two.\n1\tOne\n\n# text = Three.\n1\tThree\n\n"
        "# newdoc id = b\n# text = Four five six.\n1\tFour\n",
        encoding="utf-8",
    )
    assert documents_from_conllu(path) == ["One two. Three.", "Four five six."]


def test_bench_command_measures_every_level(blank_model: None) -> None:
    result = CliRunner().invoke(
        app, ["bench", str(EXAMPLES), "--processes", "2", "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    levels = {(m["name"], m["processes"]) for m in report["measures"]}
    assert levels == {(level, n) for level in ("tokenizer", "backbone", "full") for n in (1, 2)}
    assert report["documents"] == len(list(EXAMPLES.iterdir())) and report["words"] > 1000
    assert all(m["words_per_second"] > 0 for m in report["measures"])
    assert "language" in report["stage_seconds"]
    assert report["analyze_one_article_peak_rss_mb"] > 0


def test_bench_sizes_measures_each_size_in_a_fresh_process(tmp_path, blank_model: None) -> None:
    prose = tmp_path / "prose.jsonl"
    paragraph = "Officials said the talks would resume in Doha next week. " * 5
    prose.write_text(
        "\n".join(json.dumps({"text": f"{paragraph}\n\n{paragraph}"}) for _ in range(40)),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["bench", "--sizes", "--prose", str(prose), "--largest", "10000", "--json"]
    )
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.stdout)
    assert 9_000 < row["bytes"] <= 10_000 and row["words"] > 1_000
    assert row["seconds"] > 0 and row["cpu_seconds"] > 0 and row["peak_rss_mb"] > 0


def test_bench_short_measures_short_paragraphs_against_the_backbone(
    tmp_path, blank_model: None
) -> None:
    prose = tmp_path / "prose.jsonl"
    paragraph = "Officials said the talks would resume in Doha next week. Aid arrived. " * 3
    prose.write_text("\n".join(json.dumps({"text": paragraph}) for _ in range(20)))
    result = CliRunner().invoke(app, ["bench", "--short", "40", "--prose", str(prose)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["paragraphs"] == 40 and report["words"] == 40 * 10
    assert report["full_documents_stage_seconds"].keys() >= {"language", "attributions"}
    assert report["full_one_document_over_backbone_cpu"] > 0
    assert report["full_one_document_processes_children_cpu_seconds"] >= 0


def test_short_paragraphs_are_sentences_of_eight_to_sixteen_words() -> None:
    from dossier.bench import short_paragraphs

    texts = ["Too short. One two three four five six seven eight nine ten.\n\nAnd so on here."]
    assert short_paragraphs(texts, 1) == ["One two three four five six seven eight nine ten."]
