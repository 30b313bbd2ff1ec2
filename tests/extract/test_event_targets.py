"""Event targets on real sentences, through the shipped pipeline: the written group
(target.written_group), the object past a manner phrase (target.past_manner), what
is no described target (a date, a measure of the act)."""

from __future__ import annotations

import pytest

import dossier


def _arguments(text: str, event_type: str, side: str) -> set[str]:
    """The ``side`` ("source" or "target") of the events of ``event_type``: an entity's name
    or the words written."""
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    written = [(getattr(e, side), getattr(e, f"{side}_text")) for e in doc.events
               if e.type == event_type]
    return {names.get(entity or "") or (span.text if span else "-") for entity, span in written}


def _targets(text: str, event_type: str) -> set[str]:
    return _arguments(text, event_type, "target")


@pytest.mark.parametrize(
    ("text", "event_type", "side", "expected"),
    [
        pytest.param(
            "The United States will expand its cooperation with Israel and other Middle East "
            "partners.",
            "COOPERATE", "target", {"Israel", "other Middle East partners"},
            id="a_written_group_coordinated_with_a_name_is_a_target_beside_it",
        ),
        pytest.param(
            "Guatemalan authorities arrested the journalist Jose Ruben Zamora in July 2022.",
            "COERCE", "target", {"Jose Ruben Zamora"},
            id="the_person_named_right_after_the_noun_that_describes_them",
        ),
        pytest.param(
            "Biden said he did not support the policies Trump mentioned.",
            "REJECT", "target", {"-"},
            id="not_the_subject_of_a_relative_clause_after_the_noun",
        ),
        pytest.param(
            "The Israeli military said it has killed two Hamas militants in the Gaza Strip.",
            "ASSAULT", "target", {"two Hamas militants"},
            id="a_counted_group_is_the_target_as_written_not_its_armed_group",
        ),
        pytest.param(
            "The United States imposed visa restrictions on Eritrean government officials.",
            "SANCTION", "target", {"Eritrea"},
            id="a_state_organ_keeps_the_state_as_target",
        ),
        pytest.param(
            "Japan condemned in the strongest terms North Korea’s launch of a ballistic missile.",
            "ACCUSE", "target", {"North Korea"},
            id="the_object_past_in_the_strongest_terms_gives_the_accused",
        ),
        pytest.param(
            "I directed United States forces to conduct discrete strikes on November 11, 2024.",
            "ASSAULT", "target", {"-"},
            id="a_date_is_no_described_target",
        ),
        pytest.param(
            "U.S. forces carried out a series of airstrikes in Syria.",
            "ASSAULT", "target", {"-"},
            id="a_measure_of_the_attack_is_no_target",
        ),
        pytest.param(
            "Security forces arrested dozens of protesters in Tehran on Saturday.",
            "COERCE", "target", {"dozens of protesters"},
            id="people_in_a_city_are_no_act_on_the_city",
        ),
        pytest.param(
            "Berlin rejected recent calls by Belarus's rulers for immediate economic aid.",
            "REJECT", "target", {"Belarus"},
            id="a_state_s_rulers_stand_for_the_state",
        ),
        # "its" is the tanker's; read as Iran's it would make Iran its own target.
        pytest.param(
            "The Iranian justice ministry seizes a foreign-flagged oil tanker and detains its "
            "sixteen crew members.",
            "COERCE", "target", {"-"},
            id="an_act_on_its_own_people_read_as_the_source_keeps_no_target",
        ),
        pytest.param(
            "At least four people are killed in Russian missile and drone attacks on Kyiv, "
            "Ukraine.",
            "ASSAULT", "target", {"four people"},
            id="a_casualty_in_a_weapon_phrase_the_parser_split_from_its_attack",
        ),
        pytest.param(
            "Iran has supplied hundreds of drones to Russia, officials said.",
            "AID", "target", {"Russia"},
            id="the_recipient_hung_on_what_is_given_is_the_target",
        ),
        pytest.param(
            "Japan announced a donation of 1.2 million vaccine doses to Vietnam.",
            "AID", "target", {"Vietnam"},
            id="the_recipient_hung_on_what_a_noun_of_giving_gives_is_the_target",
        ),
        pytest.param(
            "Tens of thousands of Sudanese protested in Khartoum on Thursday.",
            "PROTEST", "source", {"Sudanese"},
            id="a_count_of_a_count_stands_for_the_people_counted",
        ),
        pytest.param(
            "Ankara launched strikes on the Kurdish militia, the YPG, in northeast Syria.",
            "ASSAULT", "target", {"People's Protection Units"},
            id="a_generic_group_named_by_the_name_set_off_after_it_is_that_one_target",
        ),
        pytest.param(
            "Thailand deported 40 Uyghurs to China on Thursday.",
            "COERCE", "target", {"Uyghurs"},
            id="where_the_deported_are_sent_is_no_target",
        ),
        pytest.param(
            "Jean Pierre Moise, a former member of Haiti's Chamber of Deputies, who is accused "
            "of smuggling weapons, was arrested on Monday.",
            "ACCUSE", "target", {"Jean Pierre Moise"},
            id="who_after_a_persons_apposition_is_that_person",
        ),
        pytest.param(
            "Amidst Russia’s unprovoked and unjustified war against Ukraine, the regime has "
            "found new ways to punish its own citizens.",
            "ASSAULT", "source", {"Russia"},
            id="a_possessive_the_parser_hung_apart_from_its_act_noun_is_the_actor",
        ),
        pytest.param(
            "The United States condemns Russia’s brutal, unprovoked and illegal invasion of "
            "Ukraine.",
            "ACCUSE", "target", {"Russia"},
            id="the_condemned_act_of_a_possessive_hung_apart_is_that_possessors",
        ),
    ],
)
def test_event_argument(text: str, event_type: str, side: str, expected: set[str]) -> None:
    """Sources or targets of one event type, each case a sentence of its own."""
    assert _arguments(text, event_type, side) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a casualty participle describes its noun: the noun was hit, it did not act
        "The aircraft crashed in Ghazni, resulting in all crew and high-ranking CIA members "
        "killed.",
        "The war went on for years, leaving thousands of innocent Afghan civilians killed.",
        "Militants stormed the base, with three Nigerian soldiers killed.",
    ],
)
def test_victims_of_a_casualty_participle_are_no_source(text: str) -> None:
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    sources = [names.get(e.source or "") for e in doc.events if e.type == "ASSAULT"]
    assert not [s for s in sources if s and s != "Militants"], sources


def test_an_actor_that_kills_is_still_the_source() -> None:
    doc = dossier.analyze("Boko Haram fighters killed three Nigerian soldiers on Monday.")
    names = {e.id: e.name for e in doc.entities}
    assert ("ASSAULT", "Boko Haram") in [(e.type, names.get(e.source or "")) for e in doc.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia invaded Ukraine in 2022 and was condemned by the United Nations.", {"Russia"}),
        ("Turkey is under EU sanctions and was condemned by Egypt on Monday.", {"Turkey"}),
        # a relative pronoun's antecedent is no shared subject
        ("Egypt rejected a claim that was made by Israel and was condemned by Jordan.", {"-"}),
    ],
)
def test_a_passive_verb_joined_to_another_shares_its_subject(
    text: str, expected: set[str]
) -> None:
    assert _targets(text, "ACCUSE") == expected


def test_every_actor_joined_in_condemning_condemns() -> None:
    text = "Iran fired missiles at Erbil on Sunday. The United States stands with Prime Minister "
    text += "Kadhimi and the leaders of the Kurdistan Region, President Nechirvan Barzani, and "
    text += "Prime Minister Masrour Barzani, in condemning this assault on the sovereignty of Iraq."
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    accusers = {names.get(e.source or "") for e in doc.events if e.type == "ACCUSE"}
    assert {"United States", "Mustafa al-Kadhimi", "Nechirvan Barzani", "Masrour Barzani"} <= (
        accusers
    ), accusers


def test_a_persons_soldiers_are_not_that_person_acting() -> None:
    text = "“Our brave soldiers shot dead two militants,” District Commissioner Omar Osman "
    text += "Alasow said."
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    assert all(names.get(e.source or "") != "Omar Osman Alasow" for e in doc.events), doc.events


def test_two_casualty_verbs_share_the_attack_they_died_in() -> None:
    text = "Twelve Ukrainian servicemembers are killed and 60 more are injured in a Russian "
    text += "missile strike on a training camp in Dnipropetrovsk Oblast."
    assert "Twelve Ukrainian servicemembers" in _targets(text, "ASSAULT")


def test_a_bare_group_as_passive_agent_acts_when_no_group_is_named() -> None:
    doc = dossier.analyze("Two soldiers were killed by militants near the border on Monday.")
    assert [(e.type, e.source_text.text if e.source_text else None) for e in doc.events] == [
        ("ASSAULT", "militants")
    ]


def test_the_by_phrase_the_parser_hung_on_an_attacks_target_names_its_actor() -> None:
    text = "Ali Khamenei was killed in an airstrike on his compound by Israel and the United "
    text += "States on February 28."
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    sources = {names.get(e.source or "") for e in doc.events if e.type == "ASSAULT"}
    assert {"Israel", "United States"} <= sources, sources


def test_an_attack_on_their_position_read_as_the_attackers_keeps_the_event() -> None:
    text = "Four more South African peacekeepers are killed after M23 forces launch a mortar "
    text += "attack on their position at Goma Airport."
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    assert ("ASSAULT", "M23") in {(e.type, names.get(e.source or "")) for e in doc.events}
