"""Names of bodies the knowledge base lacks, typed by their last word, through the shipped
pipeline: where such a name starts, and what a police force is."""

from __future__ import annotations

import pytest

import dossier
from dossier.extract.actors import patterns


def _entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in dossier.analyze(text).entities}


def _typed_speakers(text: str) -> tuple[dict[str, str], list[str | None]]:
    """Each entity's type by name, and the entity each attribution names as its source."""
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    return {e.name: e.type for e in doc.entities}, [names.get(a.source or "") for a in
                                                     doc.attributions]


def test_a_named_police_force_is_a_government_body_that_acts() -> None:
    doc = dossier.analyze("A 32-year-old man was arrested by Cumbria Police on Tuesday.")
    types = {e.name: e.type for e in doc.entities}
    assert types.get("Cumbria Police") == "GOVERNMENT_BODY", types
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, names.get(e.source or "")) for e in doc.events] == [
        ("COERCE", "Cumbria Police")
    ]


def test_a_capitalised_preposition_or_day_opens_no_name() -> None:
    found = _entities("On Friday Ford Motor Company said it would cut 3,000 jobs.")
    assert "Ford Motor Company" in found, found
    assert not any(name.startswith(("On ", "Friday")) for name in found), found
    found = _entities("On Police reform, the candidates disagreed.")
    assert not any(name.startswith("On ") for name in found), found


def test_a_demonym_before_an_act_of_war_names_the_state() -> None:
    # "the Russian war against Ukraine": the state wages it; "Russian speakers" stay a group
    doc = dossier.analyze("The Russian war against Ukraine continues. Russian speakers in Riga "
                          "protested on Monday.")
    names = {e.id: e.name for e in doc.entities}
    assert ("ASSAULT", "Russia", "Ukraine") in [
        (e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events
    ]
    types = {e.name: e.type for e in doc.entities}
    assert types.get("Russia") == "STATE", types


def test_a_demonym_before_a_soldier_names_the_state_forces() -> None:
    # "a Thai soldier" is one of Thailand's forces, as "Thai soldiers" are; not a nationality
    types = _entities("A Cambodian soldier was killed in an exchange of fire with a Thai soldier.")
    assert types.get("Thai soldier") == "MILITARY", types
    assert "Thai" not in types, types


def test_a_brotherhood_is_an_organisation_not_its_faiths_people() -> None:
    import dossier

    doc = dossier.analyze("Egypt banned the Muslim Brotherhood in 2013.")
    assert {(e.name, e.type) for e in doc.entities} == {
        ("Egypt", "STATE"), ("Muslim Brotherhood", "ORGANIZATION")
    }


def test_coordinated_demonyms_share_their_organ_noun() -> None:
    # "Armenian and Azerbaijani forces": the Armenian forces too, not a nationality; with
    # "officials" each state acts ("Israeli and Palestinian officials")
    doc = dossier.analyze("Armenian and Azerbaijani forces exchanged fire on the border.")
    names = {e.id: e.name for e in doc.entities}
    assert {(e.name, e.type) for e in doc.entities} == {
        ("Armenian forces", "MILITARY"), ("Azerbaijani forces", "MILITARY")
    }
    assert ("ASSAULT", "Armenian forces", "Azerbaijani forces") in [
        (e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events
    ]
    types = _entities("Israeli and Palestinian officials met in Cairo.")
    assert types.get("Israel") == "STATE" and types.get("Palestine") == "STATE", types


def test_a_demonym_hyphened_to_a_backer_participle_is_the_state() -> None:
    # "Iranian-backed militias": Iran backs them, also where the text never names Iran; a
    # bare demonym stays the nationality ("Afghan fighters")
    types = _entities("Iranian-backed militias attacked U.S. forces in Syria on Monday.")
    assert types.get("Iran") == "STATE" and "Iranian" not in types, types
    types = _entities("Afghan fighters attacked the base on Monday.")
    assert types.get("Afghan") == "GROUP", types


def test_a_title_word_alone_is_no_person() -> None:
    found = _entities(
        "“We will not allow Iran to obtain a nuclear weapon,” said Assistant Secretary of State"
        " for International Security and Nonproliferation Eliot Kang."
    )
    assert "Assistant" not in found, found


def test_an_office_field_word_ends_the_body_before_its_officer() -> None:
    # "Affairs", "Foreign", "General" name an office's field: they end the body's name,
    # and open no office of their own; a title head ("President") does
    found = _entities("Iran's Ministry of Foreign Affairs Spokesman Saeed Khatibzadeh said the "
                      "talks would resume.")
    assert "Ministry of Foreign Affairs" in {n.removeprefix("Iran's ") for n in found}, found
    assert found.get("Saeed Khatibzadeh") == "PERSON", found
    found = _entities("Assistant Secretary of the Bureau of Western Hemisphere Affairs Brian "
                      "Nichols met officials in Quito.")
    assert "Bureau of Western Hemisphere Affairs" in found, found
    assert found.get("Brian Nichols") == "PERSON", found
    found = _entities("Institute for Science and International Security President David "
                      "Albright said Iran had expanded enrichment.")
    assert "Institute for Science and International Security" in found, found
    assert found.get("David Albright") == "PERSON", found


def test_a_body_named_with_two_ands_is_one_name() -> None:
    found = _entities("The Bureau of Oceans and International Environmental and Scientific "
                      "Affairs hosted the event.")
    assert "Bureau of Oceans and International Environmental and Scientific Affairs" in found
    found = _entities("The Ministry of Defence and Interior Ministry officials met.")
    assert {"Ministry of Defence", "Interior Ministry"} <= set(found), found


def test_the_holder_of_an_office_named_by_its_field_is_the_person() -> None:
    # "Assistant Secretary of State for <field> <Name>": the field names no actor
    found, speakers = _typed_speakers(
        "“This latest commitment shows our resolve,” said Assistant Secretary of State for "
        "International Security and Nonproliferation Eliot Kang."
    )
    assert found.get("Eliot Kang") == "PERSON", found
    assert speakers == ["Eliot Kang"]
    found = _entities("Under Secretary of State for Political Affairs Victoria Nuland said the "
                      "talks were useful.")
    assert found.get("Victoria Nuland") == "PERSON", found
    found = _entities("Special Envoy for Yemen Tim Lenderking traveled to Riyadh on Monday.")
    assert found.get("Yemen") == "STATE" and found.get("Tim Lenderking") == "PERSON", found


def test_a_two_word_surname_is_the_person_named_in_full() -> None:
    doc = dossier.analyze("Foreign Minister Jean-Yves Le Drian met Blinken. Le Drian said France "
                          "would help.")
    people = {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "PERSON"}
    assert people.get("Jean-Yves Le Drian") == ["Jean-Yves Le Drian", "Le Drian"], people
    doc = dossier.analyze("John Smith met Anna Smith in Rome. Anna Smith left on Monday.")
    people = {e.name for e in doc.entities if e.type == "PERSON"}
    assert {"John Smith", "Anna Smith"} <= people, people


def test_a_name_the_ner_took_for_a_place_that_speaks_is_a_person() -> None:
    found, speakers = _typed_speakers(
        "Bobi Wine told VOA that police blocked his rallies. “We will not stop,” he said."
    )
    assert found.get("Bobi Wine") == "PERSON", found
    assert set(speakers) == {"Bobi Wine"}
    # a known place that speaks is its state, as the knowledge base has it
    found = _entities("New Caledonia told the court it would appeal.")
    assert found.get("New Caledonia") != "PERSON", found


def test_a_surname_after_a_days_name_is_the_person_named_before() -> None:
    doc = dossier.analyze(
        "Greek Prime Minister Kyriakos Mitsotakis spoke in Washington on Monday. Later on"
        " Tuesday Mitsotakis met with the International Monetary Fund. He said the talks"
        " went well."
    )
    mentions = {e.name: [m.text for m in e.mentions] for e in doc.entities}
    assert mentions["Kyriakos Mitsotakis"][:2] == ["Kyriakos Mitsotakis", "Mitsotakis"], mentions
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, names.get(e.source or "")) for e in doc.events] == [
        ("CONSULT", "Kyriakos Mitsotakis")
    ]
    # a given name before the surname still makes another person's name
    doc = dossier.analyze("Paul Ryan spoke on Monday. Later Kate Ryan asked him a question.")
    assert [m.text for m in next(e for e in doc.entities if e.name == "Paul Ryan").mentions] == [
        "Paul Ryan"
    ]


PARSED_RULES = [rule for rule in patterns()["rules"] if rule.get("parsed")]


def _traced(text: str) -> set[tuple[str, str, str]]:
    """(type, mention text, rule id) of every entity the shipped pipeline finds."""
    doc = dossier.analyze(text)
    return {(e.type, m.text, rule) for e in doc.entities for m in e.mentions for rule in e.rules}


@pytest.mark.parametrize(
    ("rule", "text", "mention"),
    [(r, text, mention) for r in PARSED_RULES for text, mention in r["examples"]],
    ids=lambda value: value["id"] if isinstance(value, dict) else None,
)
def test_a_parsed_actor_rule_finds_its_examples(rule: dict, text: str, mention: str) -> None:
    assert (rule["produces"], mention, rule["id"]) in _traced(text)


@pytest.mark.parametrize(
    ("rule", "text", "mention"),
    [(r, text, mention) for r in PARSED_RULES for text, mention in r["counter_examples"]],
    ids=lambda value: value["id"] if isinstance(value, dict) else None,
)
def test_a_parsed_actor_rule_leaves_its_counter_examples(
    rule: dict, text: str, mention: str
) -> None:
    assert (rule["produces"], mention) not in {(t, m) for t, m, _ in _traced(text)}


def test_an_ner_span_ends_at_no_preposition_and_a_capitalised_common_noun_names_nothing() -> None:
    found = _entities("Troops from Chad attacked the rebels near the border.")
    assert not any(name.startswith("Troops") for name in found), found
    assert found.get("Chad") == "STATE", found


def test_fighters_from_an_armed_group_act_for_it_but_troops_from_a_state_come_from_it() -> None:
    doc = dossier.analyze("Militants from al-Shabab attacked a military base on Monday.")
    names = {e.id: e.name for e in doc.entities}
    assert [(e.type, names.get(e.source or "")) for e in doc.events] == [
        ("ASSAULT", "Al-Shabaab")
    ]
    doc = dossier.analyze("Soldiers from Chad attacked the rebels near the border.")
    names = {e.id: e.name for e in doc.entities}
    assert all(names.get(e.source or "") != "Chad" for e in doc.events), doc.events


def test_a_word_after_of_in_a_name_is_no_short_form_of_it() -> None:
    doc = dossier.analyze(
        "Nancy Pelosi, the Democratic Speaker of the House, announced the vote in a letter to"
        " other members of the House. The House has impeached two presidents before."
    )
    short = [e.name for e in doc.entities for m in e.mentions if m.text == "House"]
    assert all("Speaker" not in name for name in short), short
