"""Aliases of the shipped knowledge through the whole pipeline: a state's short forms name
the state, not an unrelated group that shares them."""

from __future__ import annotations

import dossier


def _names(text: str) -> dict[str, str]:
    doc = dossier.analyze(text)
    return {doc.text[m.start : m.end]: e.name for e in doc.entities for m in e.mentions}


def test_central_african_republic_short_forms_name_the_state() -> None:
    names = _names(
        "The C.A.R. accuses the rebel group of killing civilians. At this point in the CAR, "
        "we haven't made any determination."
    )
    assert names.get("C.A.R.") == "Central African Republic", names
    assert names.get("CAR") == "Central African Republic", names


def test_a_longer_place_the_base_lacks_is_not_the_state_it_ends_with() -> None:
    text = "The governor of New Mexico met Mexico's president in Santa Fe."
    doc = dossier.analyze(text)
    mexico = [e for e in doc.entities if e.name == "Mexico"]
    assert [m.start for e in mexico for m in e.mentions] == [text.index("Mexico's")]
    text = "Biden flew from Northern Ireland to Ireland."
    doc = dossier.analyze(text)
    ireland = [e for e in doc.entities if e.name == "Ireland"]
    assert [m.start for e in ireland for m in e.mentions] == [text.rindex("Ireland")]


def test_a_states_government_of_phrase_is_the_state() -> None:
    names = _names("The Government of Iraq and the government of the Russian Federation objected.")
    assert names.get("Government of Iraq") == "Iraq", names
    assert names.get("government of the Russian Federation") == "Russia", names


def test_a_representatives_title_is_no_part_of_the_name() -> None:
    names = _names(
        "Rep. Jim Jordan and Congresswoman Debbie Dingell praised the deal, and Professor "
        "Anna Kowalczyk of Warsaw University said it would last."
    )
    assert names.get("Anna Kowalczyk") == "Anna Kowalczyk", names
    assert names.get("Jim Jordan") == "Jim Jordan", names
    assert names.get("Debbie Dingell") == "Debbie Dingell", names


def test_a_social_network_as_a_channel_is_no_actor() -> None:
    assert "Telegram" not in _names("The ministry posted the video on Telegram on Monday.")
    assert _names("The company Twitter removed the accounts on Monday.").get("Twitter")


def test_a_state_that_ends_a_longer_name_is_not_the_state() -> None:
    names = _names("Our next question will go to Steve Holland with Reuters.")
    assert "Netherlands" not in names.values(), names
    names = _names("Trade with Latin America grew, and fighting near Lake Chad went on.")
    assert not {"United States", "Chad"} & set(names.values()), names
    names = _names("Defense Minister Israel Katz ordered the army into Gaza.")
    assert "Israel" not in names.values(), names


def test_a_direction_word_before_a_state_keeps_the_state() -> None:
    names = _names("Fighting in Eastern Ukraine went on, the governor said.")
    assert names.get("Ukraine") == "Ukraine", names
