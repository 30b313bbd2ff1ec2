"""A person's name through the shipped pipeline: where the NER stops short of a name the
parser reads as one (its last part hung on it as ``flat``), the name runs on."""

from __future__ import annotations

import dossier


def _people(text: str) -> set[str]:
    return {e.name for e in dossier.analyze(text).entities if e.type == "PERSON"}


def test_name_runs_on_over_a_part_the_ner_left_out() -> None:
    people = _people(
        "The Treasury also designated Hani ‘Abd-al-Majid Muhammad As’ad, a Yemeni accountant."
    )
    assert "Hani ‘Abd-al-Majid Muhammad As’ad" in people, people


def test_name_stops_before_the_next_word_of_the_sentence() -> None:
    people = _people("Judge Amy Coney Barrett said on Monday that the court would rule soon.")
    assert "Amy Coney Barrett" in people, people
    assert not any("said" in name or "Monday" in name for name in people), people


def test_a_known_surname_after_a_given_name_opening_the_sentence_is_another_person() -> None:
    son = _people("Mojtaba Khamenei met the commanders of the Revolutionary Guards on Sunday.")
    father = _people("Meanwhile Khamenei met the commanders of the Revolutionary Guards.")
    assert "Mojtaba Khamenei" in son and "Ali Khamenei" not in son, son
    assert father == {"Ali Khamenei"}, father


def test_a_person_after_a_titles_phrase_is_the_one_who_acts_and_speaks() -> None:
    welcomed = dossier.analyze("UN Special Envoy for Yemen Hans Grundberg welcomed the truce.")
    names = {e.id: e.name for e in welcomed.entities}
    assert [(e.type, names.get(e.source)) for e in welcomed.events] == [
        ("SUPPORT", "Hans Grundberg")
    ]
    said = dossier.analyze("U.S. Special Envoy for Iran Robert Malley said talks would resume.")
    names = {e.id: e.name for e in said.entities}
    assert [names.get(a.source) for a in said.attributions] == ["Robert Malley"]


def test_a_name_the_ner_ran_into_a_preposition_stops_before_it() -> None:
    people = _people(
        "Special Representative for Afghanistan Tom West told reporters the talks were useful."
    )
    assert people == {"Tom West"}, people


def test_a_surname_alone_keeps_standing_for_the_person_it_first_stood_for() -> None:
    text = (
        "Jimmy Lai is in prison. Lai founded a newspaper. His son Sebastien Lai spoke on "
        "Monday. Lai is 77. \"He is strong,\" the younger Lai said."
    )
    found = dossier.analyze(text).entities
    sentences = {e.name: sorted(m.sentence for m in e.mentions) for e in found}
    assert sentences["Jimmy Lai"] == [0, 1, 3]
    assert sentences["Sebastien Lai"] == [2, 4]
