"""Acts named by a noun or by a verb with a meeting noun (issue 14): coded with their actor,
never asserted when threatened, conditional or denied (real sentences, shipped pipeline)."""

from __future__ import annotations

import pytest

import dossier


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(type, source name, target name, mode) of every event in ``text``."""
    doc = dossier.analyze(text)
    names = {entity.id: entity.name for entity in doc.entities}
    return [(e.type, names.get(e.source or ""), names.get(e.target or ""), e.mode)
            for e in doc.events]


def test_an_actors_aggression_against_a_named_victim_is_an_assault() -> None:
    events = _events("These entities continue to sustain Russia's aggression against Ukraine.")
    assert ("ASSAULT", "Russia", "Ukraine", "asserted") in events


@pytest.mark.parametrize(
    "text",
    [
        "NATO warned of the threat of Russian aggression against Ukraine.",  # threatened
        "Kenya's fight against corruption is a priority.",  # no actor fought
        "The fight against terrorism calls for a holistic approach.",
    ],
)
def test_an_unrealised_or_generic_act_noun_is_no_assault(text: str) -> None:
    assert not [e for e in _events(text) if e[0] == "ASSAULT"]


def test_a_conditional_aggression_is_not_asserted() -> None:
    events = _events(
        "Any further aggression by Russia against Ukraine would have massive consequences."
    )
    assert [mode for kind, _, _, mode in events if kind == "ASSAULT"] == ["hypothetical"]


def test_attending_a_meeting_is_consulting_and_its_mode_follows_the_clause() -> None:
    assert ("CONSULT", "Taliban", None, "asserted") in _events(
        "The Taliban attended a U.N.-organized meeting for the first time last month in Doha."
    )
    assert ("CONSULT", "Antony Blinken", None, "hypothetical") in _events(
        "Blinken would attend the meeting if invited."
    )
    # a refusal to take part is coded as such, not as a meeting
    assert [kind for kind, *_ in _events("Russia did not attend the summit in Geneva.")] == [
        "REJECT"
    ]


def test_an_attacks_nationality_inside_a_compound_is_its_actor() -> None:
    events = _events(
        "Russia and Ukraine traded blame. Russian missile attacks on Kyiv killed four people."
    )
    assert any(t == "ASSAULT" and source == "Russia" for t, source, _, _ in events), events



def test_a_weapons_nationality_inside_a_compound_is_its_actor() -> None:
    events = _events("Iran denied it. Iranian Shahed drones struck Kuwait International Airport.")
    assert any(t == "ASSAULT" and source == "Iran" for t, source, _, _ in events), events


def test_the_agent_of_the_attack_a_casualty_died_in_acts() -> None:
    events = _events("Five soldiers were killed in an ambush launched by al-Shabaab militants.")
    assert any(t == "ASSAULT" and source == "Al-Shabaab" for t, source, _, _ in events), events


def test_a_request_in_a_quotation_running_on_is_its_speakers() -> None:
    events = _events(
        "British Foreign Secretary David Lammy told reporters: “The ball is now in Russia’s "
        "court. It is now for Russia to accept it.”"
    )
    assert ("REQUEST", "David Lammy", "Russia", "asserted") in events, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Biden announced a new aid package for Ukraine.",
         ("AID", "Joe Biden", "Ukraine")),
        ("The EU adopted a new sanctions package against Russia.",
         ("SANCTION", "European Union", "Russia")),
    ],
)
def test_an_act_noun_on_a_package_is_the_packages_act(text: str, expected: tuple) -> None:
    assert expected in [e[:3] for e in _events(text)], _events(text)
