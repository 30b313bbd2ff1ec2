"""Acts aimed at, looked forward to or intended are hypothetical (mode.aimed_act,
mode.anticipated_act, mode.intended_act in dossier/knowledge/event_rules.json; their examples
carry the mode), a planned meeting is hypothetical (mode.planned_act), and 'meet' with a need,
goal or challenge is no meeting and 'attack' with a principle or a freedom no assault
(event_triggers_hand.jsonl, type NONE); "not only" negates nothing, "did not hesitate to"
does not negate the act (event_cues.json)."""

from __future__ import annotations

import pytest

import dossier
from dossier.extract.event_rules import event_rules

MODE_CASES = [
    (rule["id"], case) for rule in event_rules() for case in rule["examples"] if "mode" in case
]


@pytest.mark.parametrize(("rule_id", "case"), MODE_CASES)
def test_mode_rule_gives_its_mode(rule_id: str, case: dict) -> None:
    doc = dossier.analyze(case["text"])
    modes = {e.mode for e in doc.events if rule_id in e.rules and e.type == case["event"][0]}
    assert modes == {case["mode"]}, [(e.type, e.mode, e.rules) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "event_type", "mode"),
    [
        ("Iran is ready to negotiate with the United States.", "CONSULT", "hypothetical"),
        ("I look forward to discussing these issues with Prime Minister Sunak.", None, None),
        ("Russia used drones to attack Kyiv.", "ASSAULT", "asserted"),
        ("Jake Sullivan traveled to Kyiv today to meet with President Zelenskyy.",
         "CONSULT", "asserted"),
        ("Secretary Blinken met Foreign Minister Kuleba in Brussels.", "CONSULT", "asserted"),
        ("Putin is not only attacking Ukraine, he is attacking its allies.", "ASSAULT", "asserted"),
        ("Russia did not attack Kyiv.", "ASSAULT", "negated"),
        ("Russia failed to seize Kyiv.", "COERCE", "negated"),
        # a negated negating head cancels: the act is done
        ("Russia did not hesitate to attack Kyiv.", "ASSAULT", "asserted"),
        # a refusal is asserted, unless a clause above it is only wished
        ("Iran said it would not negotiate with the United States.", "REJECT", "asserted"),
        ("The U.N. should respond by committing to never discussing the future of Kabul.",
         "REJECT", "hypothetical"),
        ("Russia didn’t attack Kyiv.", "ASSAULT", "negated"),  # the typographic apostrophe
        ("Russia won’t attack Kyiv, Peskov said.", "ASSAULT", "negated"),
        ("Ukraine has done absolutely nothing to threaten Russia.", "THREATEN", "negated"),
        ("Russia did everything to threaten Ukraine.", "THREATEN", "asserted"),
        ("Hamas needs to accept the deal.", "AGREE", "hypothetical"),
    ],
)
def test_mode_of_short_sentences(text: str, event_type: str | None, mode: str | None) -> None:
    events = dossier.analyze(text).events
    if event_type is None:
        assert all(e.mode != "asserted" for e in events), [(e.type, e.mode) for e in events]
        return
    assert {e.mode for e in events if e.type == event_type} == {mode}


@pytest.mark.parametrize(
    "text",
    [
        "The plan will help Ukraine meet its immediate humanitarian needs.",
        "Morocco is on track to meet this ambitious target.",
        "We will work side by side to meet all the challenges of our time.",
    ],
)
def test_meeting_a_need_is_no_meeting(text: str) -> None:
    assert not [e for e in dossier.analyze(text).events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Putin is attacking the very foundations of global peace and security.", False),
        ("Russia has attacked the principles of the UN Charter.", False),
        ("Russian forces attacked the town of Bakhmut.", True),
    ],
)
def test_an_attack_on_an_idea_is_no_assault(text: str, kept: bool) -> None:
    assert bool([e for e in dossier.analyze(text).events if e.type == "ASSAULT"]) is kept


def test_to_blame_makes_the_subject_the_target() -> None:
    doc = dossier.analyze("Defense Minister Yoav Gallant said Hamas is to blame for the war.")
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events] == [
        ("ACCUSE", "Yoav Gallant", "Hamas")
    ]
    assert not dossier.analyze("Civilians are not to blame.").events


def test_an_act_in_the_event_of_a_condition_is_hypothetical() -> None:
    # "in the event that ...", "in case ...": a condition, not a report; "in this case" is none
    doc = dossier.analyze("Sanctions are ready in the event that Russia does launch an invasion.")
    assert [(e.type, e.mode) for e in doc.events if e.type == "ASSAULT"] == [
        ("ASSAULT", "hypothetical")
    ]
    doc = dossier.analyze(  # the clause the parser hangs apart from "in the event"
        "Officials are coordinating sanctions that can be used in the event that Russia "
        "invades Ukraine."
    )
    assert [(e.type, e.mode) for e in doc.events] == [("ASSAULT", "hypothetical")]
    doc = dossier.analyze("In this case, Israel attacked Hamas positions in Rafah.")
    assert [(e.type, e.mode) for e in doc.events if e.type == "ASSAULT"] == [
        ("ASSAULT", "asserted")
    ]
