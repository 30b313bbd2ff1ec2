"""The trigger lexicon: the built file is what scripts/build_triggers.py makes, and every hand
record with examples finds its event there (and none in its counter-examples)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

import dossier
from dossier import knowledge
from dossier.extract.triggers import NO_EVENT, parse_trigger

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
BUILT = Path(knowledge.__file__).resolve().parent / "event_triggers.jsonl"


def _build_script():
    spec = importlib.util.spec_from_file_location("build_triggers", ROOT / "scripts" /
                                                  "build_triggers.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_reproduces_the_shipped_lexicon(tmp_path: Path) -> None:
    if not (DATA / "petrarch2_dictionaries" / "CAMEO.2.0.txt").exists():
        pytest.skip("../shared/data is not beside the project")
    out = tmp_path / "event_triggers.jsonl"
    assert _build_script().main(["--data", str(DATA), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == BUILT.read_text(encoding="utf-8")


def test_built_lexicon_holds_every_hand_record() -> None:
    """Cheap and without ../shared/data: the built file is not older than the hand file."""
    built = [json.loads(line) for line in BUILT.read_text(encoding="utf-8").splitlines()]
    keys = {(r["lemma"], r["pos"], r["particle"], r["object"]): r["type"] for r in built[1:]}
    script = _build_script()
    hand = {
        (r["lemma"], r.get("pos", "VERB"), r.get("particle"), r.get("object")): r["type"]
        for r in script.read_hand(script.HAND_FILE)
    }  # a later hand record replaces an earlier one with the same key
    for key, event_type in hand.items():
        assert keys.get(key) == event_type, key


def _hand_cases(field: str) -> list[tuple[str, dict]]:
    script = _build_script()
    cases = []
    for record in script.read_hand(script.HAND_FILE):
        trigger = parse_trigger(record, "hand")
        if trigger is not None:
            cases += [(trigger.rule_id, case) for case in record.get(field, [])]
    return cases


def _rule_events(text: str, rule_id: str) -> list[tuple[str, set[str], set[str]]]:
    doc = dossier.analyze(text)
    by_id = {e.id: e for e in doc.entities}

    def names(entity_id: str | None) -> set[str]:
        entity = by_id.get(entity_id or "")
        return {n.lower() for n in (entity.name, *entity.aliases)} if entity else set()

    def described(span: object) -> set[str]:  # a group as written ("20 passengers")
        return {span.text.lower()} if span is not None else set()

    return [
        (e.type, names(e.source), names(e.target) | described(e.target_text))
        for e in doc.events
        if rule_id in e.rules
    ]


@pytest.mark.parametrize(("rule_id", "case"), _hand_cases("examples"))
def test_hand_trigger_finds_its_example(rule_id: str, case: dict) -> None:
    event_type, source, target = case["event"]
    found = _rule_events(case["text"], rule_id)
    assert any(
        t == event_type and any(source.lower() in n for n in s)
        and (target is None or any(target.lower() in n for n in g))
        for t, s, g in found
    ), found


@pytest.mark.parametrize(("rule_id", "case"), _hand_cases("counter_examples"))
def test_hand_trigger_ignores_its_counter_example(rule_id: str, case: dict) -> None:
    assert _rule_events(case["text"], rule_id) == []
    if rule_id.endswith(f":{NO_EVENT}"):  # a no-event record: no record of its word acts
        word = re.split(r"[_+@:]", rule_id.removeprefix("trigger."))[0]
        doc = dossier.analyze(case["text"])
        assert not [
            r for e in doc.events for r in e.rules if re.match(rf"trigger\.{word}[_+@:]", r)
        ]
