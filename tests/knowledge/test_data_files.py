"""The one loader of the JSON data files: schemas, errors naming file and line, user overrides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dossier import knowledge
from dossier.knowledge import DATA_SCHEMAS, KnowledgeError, load_data

KNOWLEDGE_DIR = Path(knowledge.__file__).resolve().parent


@pytest.fixture(autouse=True)
def _no_user_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(knowledge.ENV_VAR, raising=False)


def test_every_json_file_in_the_folder_has_a_schema_and_passes_it() -> None:
    assert {p.name for p in KNOWLEDGE_DIR.glob("*.json")} == set(DATA_SCHEMAS)
    for name in DATA_SCHEMAS:
        written = json.loads((KNOWLEDGE_DIR / name).read_text(encoding="utf-8"))
        assert load_data(name) == knowledge.with_typographic_apostrophes(written)


def test_each_call_returns_a_copy_the_caller_may_change() -> None:
    load_data("opinion_cues.json")["hedges"].clear()
    assert "perhaps" in load_data("opinion_cues.json")["hedges"]


def test_a_user_file_replaces_the_keys_it_gives(monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "opinion_cues.json").write_text(json.dumps({"hedges": ["conceivably"]}))
    monkeypatch.setenv(knowledge.ENV_VAR, str(tmp_path))
    cues = load_data("opinion_cues.json")
    assert cues["hedges"] == ["conceivably"]
    assert cues["evaluative"] == json.loads(
        (KNOWLEDGE_DIR / "opinion_cues.json").read_text(encoding="utf-8")
    )["evaluative"]


def test_user_rules_replace_the_rule_of_their_id_and_add_the_others(
    monkeypatch, tmp_path: Path
) -> None:
    shipped = load_data("reference_rules.json")["rules"]
    changed = {**shipped[0], "words": ["we", "us"]}
    added = {**shipped[1], "id": "reference.my_rule"}
    (tmp_path / "reference_rules.json").write_text(json.dumps({"rules": [changed, added]}))
    monkeypatch.setenv(knowledge.ENV_VAR, str(tmp_path))
    rules = load_data("reference_rules.json")["rules"]
    ids = [rule["id"] for rule in shipped] + ["reference.my_rule"]
    assert [rule["id"] for rule in rules] == ids
    assert rules[0]["words"] == ["we", "us"]


@pytest.mark.parametrize(
    ("name", "content", "line", "message"),
    [
        ("attribution_cues.json", '{\n "x": 1,\n "reporting_verbs": ["say", {}]\n}', 3, "verbs"),
        ("opinion_model.json", '{\n  "bias": 0.1,\n  "threshold": "high"\n}', 3, "threshold"),
        ("event_cues.json", '{\n  "negation_words": ["not",\n  }', 3, "not valid JSON"),
        ("reference_rules.json", '{"rules": [\n {"id": "a"},\n {"id": "a"}\n]}', 2, "two rules"),
        ("time_words.json", '[\n  "months"\n]', 1, "must be a JSON object"),
    ],
)
def test_a_bad_user_file_is_named_with_its_line(
    monkeypatch, tmp_path: Path, name: str, content: str, line: int, message: str
) -> None:
    (tmp_path / name).write_text(content)
    monkeypatch.setenv(knowledge.ENV_VAR, str(tmp_path))
    with pytest.raises(KnowledgeError) as error:
        load_data(name)
    assert str(error.value).startswith(f"{tmp_path / name}:{line}:")
    assert message in str(error.value)


def test_an_unknown_data_file_is_refused() -> None:
    with pytest.raises(KnowledgeError, match="no such knowledge data file"):
        load_data("cues.json")


def test_cues_with_an_apostrophe_also_read_the_typographic_one() -> None:
    cues = load_data("event_cues.json")
    assert {"n't", "n\u2019t"} <= set(cues["negation_words"])
    written = json.loads((Path(knowledge.__file__).parent / "attribution_rules.json").read_text())
    loaded = load_data("attribution_rules.json")
    assert [r["examples"] for r in loaded["rules"]] == [r["examples"] for r in written["rules"]]
