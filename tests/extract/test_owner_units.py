"""join.owner_qualified with the trained model: an owner the NER joins to a unit's name."""

from __future__ import annotations

from dossier.analysis import analyze


def mentions(text: str) -> set[tuple[str, str]]:
    return {(e.type, m.text) for e in analyze(text).entities for m in e.mentions}


def test_an_owner_the_ner_reads_with_the_unit_names_it() -> None:
    found = mentions("The Coalition’s Small Group regularly meets to coordinate efforts.")
    assert ("ORGANIZATION", "Coalition’s Small Group") in found


def test_an_office_word_owns_no_unit() -> None:
    found = mentions("The President’s Ceremonial Office released the schedule.")
    assert not any(text.startswith("President") for _, text in found)


def test_a_unit_modifying_a_noun_is_no_unit_of_the_owner() -> None:
    found = mentions(
        "I know this is likely your last briefing as the AFP’s State Department correspondent."
    )
    assert not any(text.startswith("AFP’s") for _, text in found)


def test_a_state_owner_is_no_organisations() -> None:
    found = mentions(
        "Officials said the Russian Federation’s Federal Security Service made arrests."
    )
    assert not any(text.startswith("Russian Federation’s") for _, text in found)
