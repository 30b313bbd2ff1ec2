"""Actor layer rules, on a small hand-made knowledge base and rule-based sentences only."""

from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from dossier.analysis import ingest
from dossier.document import Document, Paragraph, Sentence
from dossier.extract.actors import ActorFinder, patterns, stance_of
from dossier.extract.gazetteer import Gazetteer, load_gazetteer
from dossier.ingest import RawArticle
from dossier.stages import LANGUAGE


def record(name: str, type_: str, aliases=(), code=None, **extra) -> SimpleNamespace:
    return SimpleNamespace(
        name=name,
        type=type_,
        aliases=list(aliases),
        code=code,
        country=extra.pop("country", None),
        roles=extra.pop("roles", []),
        source=extra.pop("source", "hand: test"),
        **extra,
    )


KB = Gazetteer(
    [
        record(
            "Ukraine",
            "STATE",
            ["Republic of Ukraine"],
            "UKR",
            demonyms=["Ukrainian"],
            capitals=["Kyiv"],
        ),
        record(
            "Russia",
            "STATE",
            ["Russian Federation"],
            "RUS",
            demonyms=["Russian", "Russians"],
            capitals=["Moscow"],
        ),
        record("Afghanistan", "STATE", [], "AFG", demonyms=["Afghan"], capitals=["Kabul"]),
        record("Kyiv", "LOCATION", ["Kiev"], country="UKR"),
        record(
            "Volodymyr Zelensky",
            "PERSON",
            ["Zelensky", "Zelenskyy"],
            "UKRGOV",
            roles=[{"code": "UKRGOV", "start": "2019-05-20", "end": None}],
        ),
        record(
            "Petro Poroshenko",
            "PERSON",
            ["Poroshenko"],
            "UKRGOV",
            roles=[
                {"code": "UKRGOV", "start": "2014-06-07", "end": "2019-05-20"},
                {"code": "UKROPP", "start": "2019-05-21", "end": None},
            ],
        ),
        record(
            "United States",
            "STATE",
            ["US", "U.S."],
            "USA",
            demonyms=["American"],
            capitals=["Washington"],
        ),
    ]
)

ENGLISH = spacy.blank("en")


def analyse(text: str, published: str | None = None) -> Document:
    doc = ingest(RawArticle(text=text, source="test", published=published))
    LANGUAGE.run(doc)
    return doc


def entities(text: str, published: str | None = None) -> dict[str, object]:
    doc = analyse(text, published)
    return {e.name: e for e in ActorFinder(doc, KB).build()}


@pytest.fixture(autouse=True)
def _blank(blank_model: None) -> None:
    return None


def test_actors_aliases_join_one_entity_with_every_mention_span() -> None:
    doc = analyse("Zelensky met officials. Later Volodymyr Zelensky spoke again.")
    [entity] = ActorFinder(doc, KB).build()
    assert entity.name == "Volodymyr Zelensky" and entity.type == "PERSON"
    assert [doc.text[m.start : m.end] for m in entity.mentions] == [
        "Zelensky",
        "Volodymyr Zelensky",
    ]
    assert entity.mentions[1].sentence == 1


def test_actors_acronyms_are_case_sensitive() -> None:
    found = entities("The US said it would help us.")
    assert [m.text for m in found["United States"].mentions] == ["US"]


def test_actors_capital_as_agent_is_its_state_and_as_place_a_location() -> None:
    found = entities("Kyiv's leaders decided to respond. Sirens sounded in Kyiv.")
    assert [m.text for m in found["Ukraine"].mentions] == ["Kyiv"]
    assert found["Kyiv"].type == "LOCATION"
    assert found["Kyiv"].mentions[0].start > found["Ukraine"].mentions[0].start


def test_actors_demonym_with_government_noun_names_the_state() -> None:
    found = entities("The Russian government denied it.")
    assert found["Russia"].type == "STATE"
    assert "Russian government" in found["Russia"].aliases


def test_actors_nationality_of_an_unnamed_state_is_a_group() -> None:
    found = entities("Afghan fighters crossed the river.")
    assert found["Afghan"].type == "GROUP"
    assert found["Afghan"].code is None


def test_actors_an_ambiguous_name_is_not_settled_by_itself() -> None:
    kb = Gazetteer([
        record("Badr", "LOCATION", [], country="EGY", source="geonames"),
        record("Badr Organization", "ARMED_GROUP", ["Badr"], "IRQREB"),
    ])
    [entity] = ActorFinder(analyse("Gunmen attacked Badr offices overnight."), kb).build()
    assert entity.name == "Badr Organization"


def test_actors_the_army_is_the_military_last_named_with_it() -> None:
    found = entities("The Russian army shelled the town. The army later denied it.")
    army = found["Russian army"]
    assert (army.type, army.code) == ("MILITARY", "RUSMIL")
    assert [m.text for m in army.mentions] == ["Russian army", "army"]
    both = entities("The Russian army and the Ukrainian army clashed. The army withdrew.")
    assert [m.text for m in both["Russian army"].mentions] == ["Russian army"]
    officials = entities("Russian officials spoke. The officials later denied it.")
    assert [m.text for m in officials["Russia"].mentions] == ["Russian officials", "officials"]


def test_actors_a_run_of_names_after_a_known_given_name_is_a_person() -> None:
    people = [record(f"Hamid {surname}", "PERSON") for surname in ("Ali", "Omar", "Said")]
    kb = Gazetteer([*people, record("Mosul", "LOCATION", country="IRQ")])
    doc = analyse("Residents said Hamid Dawud al-Zawi had fled Mosul.")
    found = {e.name: e.type for e in ActorFinder(doc, kb).build()}
    assert found == {"Hamid Dawud al-Zawi": "PERSON", "Mosul": "LOCATION"}


def test_actors_a_name_after_a_two_word_office_leaves_the_office_out() -> None:
    found = entities("Secretary General Ann Lee condemned the strikes.")
    assert found["Ann Lee"].type == "PERSON"


def test_actors_one_rebel_is_no_group() -> None:
    found = entities("He was a Russian rebel before the war. Russian rebels withdrew.")
    assert [m.text for m in found["Russian rebels"].mentions] == ["Russian rebels"]


def test_actors_generic_group_singular_and_plural_are_one() -> None:
    found = entities("Russian rebel positions were hit. Later the Russian rebels withdrew.")
    assert [m.text for m in found["Russian rebels"].mentions] == ["Russian rebel", "Russian rebels"]


def test_actors_nationality_before_an_office_title_is_the_state() -> None:
    found = entities("The Afghan Foreign Minister met Afghan fighters.")
    assert found["Afghanistan"].type == "STATE"
    assert [m.text for m in found["Afghanistan"].mentions] == ["Afghan"]
    assert found["Afghan"].type == "GROUP"  # the fighters: a group apart from the state


def test_actors_nationality_with_a_people_noun_keeps_the_noun_in_its_mention() -> None:
    found = entities("Afghan civilians fled, and Afghan Shia stayed.")
    assert found["Afghan"].type == "GROUP"
    assert [m.text for m in found["Afghan"].mentions] == ["Afghan civilians", "Afghan"]


def test_actors_state_name_with_an_organ_noun_is_the_state_acting() -> None:
    found = entities("U.S. officials said the US army and U.S. Marines would stay.")
    assert [m.text for m in found["United States"].mentions] == ["U.S. officials"]
    [military] = [e for e in found.values() if e.type == "MILITARY"]
    assert [m.text for m in military.mentions] == ["US army", "U.S. Marines"]


def test_actors_a_named_states_people_are_a_group_apart_from_it() -> None:
    found = entities("Russia says Russians and Russian civilians fled. Russian officials agreed.")
    assert [m.text for m in found["Russia"].mentions] == ["Russia", "Russian officials"]
    people = [e for e in found.values() if e.type == "GROUP"]
    assert [[m.text for m in e.mentions] for e in people] == [["Russians", "Russian civilians"]]


def test_actors_faith_group_with_people_or_armed_noun() -> None:
    kb = Gazetteer([record("Sunni", "GROUP", ["Sunnis"], "MUS")])
    found = {e.name: e for e in ActorFinder(
        analyse("Sunni civilians fled as Sunni militants advanced."), kb).build()}
    assert [m.text for m in found["Sunni"].mentions] == ["Sunni civilians"]
    assert (found["Sunni militants"].type, found["Sunni militants"].code) == ("ARMED_GROUP", None)


def test_actors_a_known_surname_after_another_given_name_is_not_that_person() -> None:
    kb = Gazetteer([record("Bashar al-Assad", "PERSON", ["Assad", "al-Assad"], "SYRGOV")])
    doc = analyse("It was founded by Bassel al-Assad and later run by President al-Assad.")
    mentions = {e.name: [m.text for m in e.mentions] for e in ActorFinder(doc, kb).build()}
    assert mentions.get("Bashar al-Assad") == ["al-Assad"]


def test_actors_a_place_name_that_runs_into_a_longer_name_is_not_the_place() -> None:
    kb = Gazetteer([record("Isparta", "LOCATION", ["Hamid"], country="TUR")])
    inside = ActorFinder(analyse("Officials said Hamid Dawud al-Zawi had fled."), kb).build()
    alone = ActorFinder(analyse("The fighting reached Hamid on Sunday."), kb).build()
    assert "Isparta" not in {e.name for e in inside}
    assert [e.name for e in alone] == ["Isparta"]


def test_actors_a_place_name_as_a_surname_after_al_is_not_the_place() -> None:
    kb = Gazetteer([record("Sadr City", "LOCATION", ["Sadr"], country="IRQ")])
    surname = ActorFinder(analyse("He studied under Mohammad Sadiq al-Sadr for years."), kb)
    place = ActorFinder(analyse("Militias patrolled Sadr after the vote."), kb)
    assert surname.build() == []
    assert [e.name for e in place.build()] == ["Sadr City"]


def test_actors_a_known_person_drops_a_multi_word_title() -> None:
    kb = Gazetteer([record("Ann Lee", "PERSON", ["Prime Minister Ann Lee"])])
    doc = analyse("Prime Minister Ann Lee resigned.")
    [entity] = ActorFinder(doc, kb).build()
    assert [m.text for m in entity.mentions] == ["Ann Lee"]


def test_actors_an_article_before_a_place_is_part_of_its_name() -> None:
    kb = Gazetteer([record("Al-Fashir", "LOCATION", ["Fasher"], country="SDN")])
    doc = analyse("Shelling hit El Fasher and the Fasher district again.")
    [place] = ActorFinder(doc, kb).build()
    assert [m.text for m in place.mentions] == ["El Fasher", "Fasher district"]


def test_actors_codes_follow_the_publication_date() -> None:
    before = entities("Poroshenko spoke.", published="2016-01-01")["Petro Poroshenko"]
    after = entities("Poroshenko spoke.", published="2021-01-01")["Petro Poroshenko"]
    assert (before.code, after.code) == ("UKRGOV", "UKROPP")


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "Militias such as Liwa Abu Fadl al-Abbas fought there.",
            "Liwa Abu Fadl al-Abbas",
            "ARMED_GROUP",
        ),
        ("Fighters of the Hamza Brigade withdrew.", "Hamza Brigade", "ARMED_GROUP"),
        ("Sheikh Ahmed Yassin spoke.", "Ahmed Yassin", "PERSON"),
        (
            "The Kurdistan Democratic Party objected.",
            "Kurdistan Democratic Party",
            "POLITICAL_PARTY",
        ),
        ("Kyiv Independent reported it, Rudaw News said.", "Rudaw News", "MEDIA"),
        ("The elite Radwan Force withdrew.", "Radwan Force", "ARMED_GROUP"),
        ("Jaysh al-Thuwar joined the alliance.", "Jaysh al-Thuwar", "ARMED_GROUP"),
        ("They fought in the Battle of Kobani.", "Battle of Kobani", "EVENT"),
        ("The Syrian Arab Red Crescent helped.", "Syrian Arab Red Crescent", "ORGANIZATION"),
        ("He founded the Anbar Awakening in 2006.", "Anbar Awakening", "ARMED_GROUP"),
        ("The Arakan Army seized the town.", "Arakan Army", "ARMED_GROUP"),
        ("The Afghan National Army retreated.", "Afghan National Army", "MILITARY"),
        ("Radio Andalus carried the claim.", "Radio Andalus", "MEDIA"),
        ("Al Assad University Hospital was hit.", "Al Assad University Hospital", "LOCATION"),
        ("The Government of National Accord objected.", "Government of National Accord",
         "GOVERNMENT_BODY"),
        ("Militias known as the Guardians of the Dawn fired.", "Guardians of the Dawn",
         "ARMED_GROUP"),
        ("Washington designated Fadak Media on Tuesday.", "Fadak Media", "MEDIA"),
        ("Mr Price said the attacks must stop.", "Price", "PERSON"),
        ("He met Council Chairman Rashad al-Alimi.", "Rashad al-Alimi", "PERSON"),
        ("Turkey launched Operation Olive Branch.", "Operation Olive Branch", "EVENT"),
        ("Later Nur ad-Din took the city.", "Nur ad-Din", "PERSON"),
        ("Clashes broke out in Ain al-Hilweh.", "Ain al-Hilweh", "LOCATION"),
        ("The Internal Security Forces set up checkpoints.", "Internal Security Forces",
         "GOVERNMENT_BODY"),
        ("The city's ruler, Badr al-Din Lu'lu', submitted.", "Badr al-Din Lu'lu'", "PERSON"),
    ],
)
def test_actors_context_types_unknown_names(text: str, name: str, type_: str) -> None:
    found = entities(text)
    assert found[name].type == type_


def test_actors_acronym_in_parentheses_joins_its_expansion() -> None:
    found = entities("The Syrian National Army (SNA) advanced. Later the SNA retreated.")
    assert found["Syrian National Army"].aliases == ["SNA"]
    assert len(found["Syrian National Army"].mentions) == 3


def test_actors_surname_joins_full_name_unknown_to_knowledge() -> None:
    found = entities("Sheikh Ahmed Yassin spoke. Sheikh Yassin left.")
    assert len(found["Ahmed Yassin"].mentions) == 2


def test_actors_stance_reads_evaluative_words_near_mentions() -> None:
    doc = analyse(
        "The brutal and corrupt Russian government failed. Ukraine won a genuine victory."
    )
    for entity in ActorFinder(doc, KB).build():
        doc.entities.append(entity)
    stance = {e.name: stance_of(doc, e) for e in doc.entities}
    assert stance["Russia"] < 0 < stance["Ukraine"]


def test_actors_stance_is_null_without_signal() -> None:
    doc = analyse("Ukraine held talks on Monday.")
    [ukraine] = ActorFinder(doc, KB).build()
    assert stance_of(doc, ukraine) is None


@pytest.mark.parametrize(
    ("text", "name", "type_", "code"),
    [
        ("Russian militias shelled the town.", "Russian militias", "ARMED_GROUP", "RUSUAF"),
        ("Ukrainian rebels withdrew.", "Ukrainian rebels", "ARMED_GROUP", "UKRREB"),
        ("Russian forces shelled the town.", "Russian forces", "MILITARY", "RUSMIL"),
        ("The Russian opposition protested.", "Russian opposition", "ORGANIZATION", "RUSOPP"),
    ],
)
def test_actors_nationality_with_non_state_noun_is_a_generic_actor(
    text: str, name: str, type_: str, code: str
) -> None:
    found = entities(text)
    assert (found[name].type, found[name].code) == (type_, code)


def test_actors_capital_of_a_current_state_wins_over_a_former_one() -> None:
    kb = Gazetteer([
        record("Soviet Union", "STATE", ["USSR"], "SUN", demonyms=["Soviet"],
               capitals=["Moscow"], source="pycountry ISO 3166-3 (former country)"),
        record("Russia", "STATE", [], "RUS", demonyms=["Russian"], capitals=["Moscow"]),
    ])
    doc = analyse("Moscow's leaders said so.")
    assert [e.name for e in ActorFinder(doc, kb).build()] == ["Russia"]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Analysts at the Institute for the Study of War said so.",
         "Institute for the Study of War", "ORGANIZATION"),
        ("The Ministry of Defence said so.", "Ministry of Defence", "GOVERNMENT_BODY"),
        ("Rebels took the Kyiv Dam at dawn.", "Kyiv Dam", "LOCATION"),
        ("He led the Kyiv Operational Command.", "Kyiv Operational Command", "MILITARY"),
    ],
)
def test_actors_institution_names_run_over_of_and_for(text: str, name: str, type_: str) -> None:
    assert entities(text)[name].type == type_


def test_actors_a_known_person_with_a_middle_initial_is_that_person() -> None:
    kb = Gazetteer([record("Ann Lee", "PERSON", code="USAGOV"), record("Annex", "LOCATION")])
    doc = analyse("Ann B. Lee met officials. Ann Lee spoke. Ann C. Smith left.")
    found = {e.name: [m.text for m in e.mentions] for e in ActorFinder(doc, kb).build()}
    assert found == {"Ann Lee": ["Ann B. Lee", "Ann Lee"]}


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky, Secretary of State, spoke.",
        "Zelensky, the Secretary of State, spoke.",
        "Secretary of State Zelensky spoke.",
    ],
)
def test_actors_an_office_beside_a_person_is_the_persons_title(text: str) -> None:
    office = record("US Secretary of State", "GOVERNMENT_BODY", ["Secretary of State"], "USAGOV")
    kb = Gazetteer([office, record("Volodymyr Zelensky", "PERSON", ["Zelensky"])])
    assert [e.name for e in ActorFinder(analyse(text), kb).build()] == ["Volodymyr Zelensky"]


def test_actors_an_office_alone_stays_an_actor() -> None:
    office = record("US Secretary of State", "GOVERNMENT_BODY", ["Secretary of State"], "USAGOV")
    doc = analyse("The Secretary of State said so.")
    assert [e.name for e in ActorFinder(doc, Gazetteer([office])).build()] == [
        "US Secretary of State"
    ]


def test_actors_an_unknown_name_before_a_place_unit_is_a_place() -> None:
    doc = analyse(
        "Shells hit the Mezzeh district and Harasta suburbs of Damascus, not Kharg island."
    )
    found = {e.name: e.type for e in ActorFinder(doc, KB).build()}
    assert found == {
        "Mezzeh district": "LOCATION", "Harasta suburbs": "LOCATION", "Kharg island": "LOCATION"
    }


def test_actors_a_name_after_a_role_noun_is_a_person() -> None:
    found = entities("The journalist Ann Lee met the official Kyiv Post editors.")
    assert found["Ann Lee"].type == "PERSON"
    assert "Kyiv Post" not in found or found["Kyiv Post"].type != "PERSON"


def test_actors_a_place_name_running_on_with_al_is_not_the_place() -> None:
    kb = Gazetteer([record("Bab", "LOCATION", ["Al-Bab"], country="SYR")])
    doc = analyse("Trucks crossed at the Bab al-Hawa crossing. Shells hit Al-Bab.")
    found = {e.name: [m.text for m in e.mentions] for e in ActorFinder(doc, kb).build()}
    assert found == {"Bab al-Hawa crossing": ["Bab al-Hawa crossing"], "Bab": ["Al-Bab"]}


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "The Department of Foreign Affairs and Trade advises against travel.",
            "Department of Foreign Affairs and Trade",
            "GOVERNMENT_BODY",
        ),
        ("The Bureau of Counterterrorism spoke.", "Bureau of Counterterrorism", "GOVERNMENT_BODY"),
    ],
)
def test_actors_institution_names_run_over_and(text: str, name: str, type_: str) -> None:
    assert entities(text)[name].type == type_


def test_actors_and_does_not_join_two_institutions() -> None:
    found = entities("The Ministry of Defence and Interior Ministry officials met.")
    assert {"Ministry of Defence", "Interior Ministry"} <= set(found)


def test_actors_a_known_name_ending_in_an_office_before_a_person_is_the_body() -> None:
    envoy = record("UN Envoy", "INTERNATIONAL_ORG", code="IGOUNO")
    un = record("United Nations", "INTERNATIONAL_ORG", ["UN"], "IGOUNO")
    kb = Gazetteer([envoy, un, record("Ann Lee", "PERSON")])
    found = {e.name: [m.text for m in e.mentions] for e in ActorFinder(
        analyse("UN Envoy Ann Lee met them."), kb
    ).build()}
    assert found == {"United Nations": ["UN"], "Ann Lee": ["Ann Lee"]}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The Afghan president spoke.", "STATE"),
        ("The Afghan ambassador spoke.", "STATE"),
        ("An Afghan commander of the rebels spoke.", "GROUP"),
    ],
)
def test_actors_nationality_before_a_lower_case_state_office(text: str, type_: str) -> None:
    [entity] = entities(text).values()
    assert entity.type == type_


def mentions_by_name(text: str, kb: Gazetteer) -> dict[str, tuple[str, list[str]]]:
    found = ActorFinder(analyse(text), kb).build()
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in found}


def test_actors_words_before_a_bracketed_acronym_that_spell_it_are_one_name() -> None:
    kb = Gazetteer([record("African Union", "INTERNATIONAL_ORG", ["AU"], "IGOAFR")])
    found = mentions_by_name(
        "Troops of the African Union Transition Mission in Somalia (ATMIS) left. ATMIS said"
        " so. The Improvised Explosive Device (IED) went off.",
        kb,
    )
    assert found == {
        "African Union Transition Mission in Somalia": (
            "INTERNATIONAL_ORG",
            ["African Union Transition Mission in Somalia", "ATMIS", "ATMIS"],
        )
    }


def test_actors_the_texts_own_expansion_beats_another_known_meaning() -> None:
    kb = Gazetteer([
        record("China", "STATE", ["PRC"], "CHN"),
        record("Economic Community of West African States", "INTERNATIONAL_ORG", [], "IGOWAF"),
        record("ECOWAS", "INTERNATIONAL_ORG", [], "IGOWAFBUS"),
        record("Popular Resistance Committees", "ARMED_GROUP", [], "PSEREB"),
    ])
    found = mentions_by_name(
        "The Popular Resistance Committees (PRC) fired. Later the PRC denied it. The Economic"
        " Community of West African States (ECOWAS) met.",
        kb,
    )
    assert found["Popular Resistance Committees"][1] == [
        "Popular Resistance Committees", "PRC", "PRC"
    ]
    assert found["Economic Community of West African States"][1][-1] == "ECOWAS"
    assert "China" not in found and "ECOWAS" not in found


def test_actors_an_institution_name_does_not_run_into_a_person() -> None:
    kb = Gazetteer([
        record("Muqtada al-Sadr", "PERSON", ["Sadr"], "IRQPTY"),
        record("Badr Organization", "ARMED_GROUP", [], "IRQREB"),
    ])
    found = mentions_by_name(
        "The Mahdi Army of Muqtada al-Sadr fought. The Badr Organization of Basra objected.", kb
    )
    assert found["Mahdi Army"][0] == "ARMED_GROUP"
    assert found["Muqtada al-Sadr"][0] == "PERSON"
    assert found["Badr Organization"][1] == ["Badr Organization"]


def hand_parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str],
                ents: list[str] | None = None, spaces: list[bool] | None = None) -> Document:
    """A Document over a hand-built parse (tags = POS; sentences from the heads)."""
    spacy_doc = Doc(ENGLISH.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=pos,
                    ents=ents or ["O"] * len(words), spaces=spaces)
    doc = Document(id="test", text=spacy_doc.text, sentences=[
        Sentence(id=n, start=s.start_char, end=s.end_char, text=s.text)
        for n, s in enumerate(spacy_doc.sents)
    ])
    doc.layers["spacy"] = spacy_doc
    return doc


def test_actors_a_name_listed_only_with_places_is_a_place() -> None:
    words = ["They", "fought", "in", "Tikrit", ",", "Amerli", "and", "Fallujah", "."]
    heads = [1, 1, 3, 1, 5, 3, 7, 3, 1]
    deps = ["nsubj", "ROOT", "case", "obl", "punct", "appos", "cc", "conj", "punct"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "B-LOC", "O", "B-PERSON", "O", "B-LOC", "O"]
    doc = hand_parsed(words, heads, deps, pos, ents)
    kb = Gazetteer([record("Tikrit", "LOCATION"), record("Fallujah", "LOCATION")])
    found = {e.name: e.type for e in ActorFinder(doc, kb).build()}
    assert found == {"Tikrit": "LOCATION", "Amerli": "LOCATION", "Fallujah": "LOCATION"}


def test_actors_a_name_listed_only_with_armed_groups_is_an_armed_group() -> None:
    words = ["Groups", "included", "Ahrar", "al-Sham", "and", "Suqour", "al-Sham", "."]
    heads = [1, 1, 1, 2, 5, 2, 5, 1]
    deps = ["nsubj", "ROOT", "obj", "flat", "cc", "conj", "flat", "punct"]
    pos = ["NOUN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT"]
    ents = ["O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O"]
    doc = hand_parsed(words, heads, deps, pos, ents)
    kb = Gazetteer([record("Ahrar al-Sham", "ARMED_GROUP", [], "SYRREB")])
    found = {e.name: e.type for e in ActorFinder(doc, kb).build()}
    assert found == {"Ahrar al-Sham": "ARMED_GROUP", "Suqour al-Sham": "ARMED_GROUP"}


def test_actors_the_ners_longer_place_name_beats_a_known_place_inside_it() -> None:
    words = ["She", "flew", "to", "New", "York", "and", "York", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 1]
    deps = ["nsubj", "ROOT", "case", "compound", "obl", "cc", "conj", "punct"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O"]
    doc = hand_parsed(words, heads, deps, pos, ents)
    kb = Gazetteer([record("York", "LOCATION", country="GBR")])
    found = {e.name: [m.text for m in e.mentions] for e in ActorFinder(doc, kb).build()}
    assert found == {"New York": ["New York"], "York": ["York"]}


def test_actors_a_proper_noun_to_the_tagger_alone_is_still_a_proper_noun() -> None:
    words = ["Bayan", "Jabr", ",", "a", "Badr", "commander", ",", "became", "minister", "."]
    heads = [1, 7, 1, 5, 5, 1, 1, 7, 7, 7]
    deps = ["amod", "nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "xcomp",
            "punct"]
    pos = ["ADJ", "PROPN", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"]
    doc = hand_parsed(words, heads, deps, pos)
    for token, tag in zip(doc.layers["spacy"], ["NNP", "NNP", ",", "DT", "NNP", "NN", ",",
                                                "VBD", "NN", "."], strict=True):
        token.tag_ = tag
    found = {e.name: e.type for e in ActorFinder(doc, Gazetteer([])).build()}
    assert found["Bayan Jabr"] == "PERSON"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Russian strikes hit a power plant.", "Russian"),
        ("Russian air strikes hit a power plant.", "Russian"),
        ("Twelve died, the Russian health ministry said.", "Russian health ministry"),
        ("They fled across the Russian border.", "Russian"),
        ("He met his Russian counterpart.", "Russian"),
    ],
)
def test_actors_a_nationality_before_a_states_act_or_ministry_is_the_state(
    text: str, mention: str
) -> None:
    assert mentions_by_name(text, KB)["Russia"] == ("STATE", [mention])


def test_actors_a_states_name_before_a_known_bodys_name_is_that_body() -> None:
    kb = Gazetteer([
        *KB.actors,
        record("US Treasury Department", "GOVERNMENT_BODY", ["Department of the Treasury"],
               "USAGOV"),
    ])
    found = mentions_by_name("The U.S. Department of the Treasury acted on Monday.", kb)
    assert found == {
        "US Treasury Department": ("GOVERNMENT_BODY", ["U.S. Department of the Treasury"])
    }


def test_actors_a_known_body_after_its_states_government_is_that_body() -> None:
    kb = Gazetteer([
        *KB.actors,
        record("US Treasury Department", "GOVERNMENT_BODY", ["Office of Foreign Assets Control"],
               "USAGOV"),
    ])
    found = mentions_by_name(
        "The U.S. federal government's Office of Foreign Assets Control acted.", kb
    )
    assert found == {
        "US Treasury Department": (
            "GOVERNMENT_BODY", ["U.S. federal government's Office of Foreign Assets Control"]
        )
    }


def test_actors_a_body_named_after_an_international_organisation_is_one() -> None:
    kb = Gazetteer([record("United Nations", "INTERNATIONAL_ORG", ["UN"], "IGOUNO")])
    found = mentions_by_name("Aid came from the United Nations Development Programme.", kb)
    assert found["United Nations Development Programme"][0] == "INTERNATIONAL_ORG"


def test_actors_the_arabic_article_matches_spelt_either_way() -> None:
    kb = Gazetteer([
        record("Deir el-Balah", "LOCATION", country="PSE"),
        record("Abdel Fattah al-Sisi", "PERSON", [], "EGYGOV"),
    ])
    found = mentions_by_name("Abdel Fattah el-Sisi spoke of Deir al-Balah.", kb)
    assert found == {
        "Abdel Fattah al-Sisi": ("PERSON", ["Abdel Fattah el-Sisi"]),
        "Deir el-Balah": ("LOCATION", ["Deir al-Balah"]),
    }


def test_actors_the_arabic_article_matches_assimilated_to_a_sun_letter() -> None:
    kb = Gazetteer([
        record("Al-Shabaab", "ARMED_GROUP", [], "SOMREB"),
        record("Ar-Raqqa", "LOCATION", country="SYR"),
    ])
    found = mentions_by_name("Ash-Shabaab fighters left al-Raqqa.", kb)
    assert found == {
        "Al-Shabaab": ("ARMED_GROUP", ["Ash-Shabaab"]),
        "Ar-Raqqa": ("LOCATION", ["al-Raqqa"]),
    }


def test_actors_a_faith_word_after_a_given_name_is_a_surname() -> None:
    kb = Gazetteer([
        record("Muslims", "GROUP", ["Muslim"]),
        *(record(f"Salih {n}", "PERSON") for n in ("Ali", "Omar", "Hamid")),
    ])
    found = mentions_by_name("Its co-chair Salih Muslim spoke in Brussels.", kb)
    assert found["Salih Muslim"] == ("PERSON", ["Salih Muslim"])
    assert "Muslims" not in found


def test_actors_a_person_in_a_byline_heading_is_found() -> None:
    words = ["Press", "Statement", "\n", "Matthew", "Miller", ",", "Spokesperson", "\n"]
    spaces = [True, False, False, True, False, True, False, False]
    doc = hand_parsed(words, [1, 1, 1, 4, 4, 4, 4, 4], ["compound", "ROOT", "dep", "compound",
                      "ROOT", "punct", "appos", "dep"],
                      ["NOUN", "NOUN", "SPACE", "PROPN", "PROPN", "PUNCT", "NOUN", "SPACE"],
                      ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"], spaces)
    doc.paragraphs = [Paragraph(start=0, end=16, heading=True),
                      Paragraph(start=16, end=len(doc.text) - 1, heading=True)]
    kb = Gazetteer([record(f"Matthew {n}", "PERSON") for n in ("Ali", "Omar", "Hamid")])
    found = {e.name: e.type for e in ActorFinder(doc, kb).build()}
    assert found == {"Matthew Miller": "PERSON"}


@pytest.mark.parametrize(("issuer", "found"), [("Ann Vale", {"Ann Vale": "PERSON"}), (None, {})])
def test_actors_the_issuer_named_in_a_heading_is_found(issuer: str | None, found: dict) -> None:
    words = ["Statement", "by", "Envoy", "Ann", "Vale", "\n", "We", "act", "."]
    spaces = [True, True, True, True, False, False, True, False, False]
    doc = hand_parsed(words, [0, 0, 4, 4, 1, 0, 7, 7, 7], ["ROOT", "prep", "compound",
                      "compound", "pobj", "dep", "nsubj", "ROOT", "punct"],
                      ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "SPACE", "PRON", "VERB",
                       "PUNCT"],
                      ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"], spaces)
    doc.paragraphs = [Paragraph(start=0, end=27, heading=True),
                      Paragraph(start=28, end=len(doc.text), heading=False)]
    doc.metadata.issuer = issuer
    assert {e.name: e.type for e in ActorFinder(doc, Gazetteer([])).build()} == found


def test_actors_an_officer_after_an_institution_name_is_apart() -> None:
    found = mentions_by_name(
        "Institute for Peace and International Security President Ann Vale: “It may take years.”",
        Gazetteer([]),
    )
    assert found == {
        "Institute for Peace and International Security": (
            "ORGANIZATION", ["Institute for Peace and International Security"]
        ),
        "Ann Vale": ("PERSON", ["Ann Vale"]),
    }


def test_actors_a_title_before_an_institution_name_names_no_person() -> None:
    found = entities("He heads the General Intelligence Service in Kabul.")
    assert found["General Intelligence Service"].type == "GOVERNMENT_BODY"


def test_actors_a_name_set_off_by_commas_after_a_role_noun_is_a_person() -> None:
    words = ["The", "spokesman", ",", "Ann", "Lee", ",", "said", "so", "."]
    heads = [1, 6, 3, 6, 3, 3, 6, 6, 6]
    deps = ["det", "nsubj", "punct", "appos", "flat", "punct", "ROOT", "advmod", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "ADV", "PUNCT"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    doc = hand_parsed(words, heads, deps, pos, ents)
    found = {e.name: e.type for e in ActorFinder(doc, Gazetteer([])).build()}
    assert found == {"Ann Lee": "PERSON"}


def test_actors_an_organisations_other_name_in_brackets_is_the_same() -> None:
    found = entities("Jaysh al-Islam (Army of Islam) held Douma. The Army of Islam left.")
    [group] = [e for e in found.values() if e.type == "ARMED_GROUP"]
    assert [m.text for m in group.mentions] == ["Jaysh al-Islam", "Army of Islam", "Army of Islam"]


def test_actors_a_name_sharing_a_persons_surname_is_a_person_of_that_family() -> None:
    words = ["Zahran", "Alloush", "led", "it", ".", "Mohammed", "Alloush", "spoke", ".",
             "Alloush", "died", "."]
    heads = [1, 2, 2, 2, 2, 6, 7, 7, 7, 10, 10, 10]
    deps = ["compound", "nsubj", "ROOT", "obj", "punct", "compound", "nsubj", "ROOT", "punct",
            "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PRON", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT",
           "PROPN", "VERB", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON",
            "O", "O"]
    doc = hand_parsed(words, heads, deps, pos, ents)
    found = {
        e.name: (e.type, [m.text for m in e.mentions])
        for e in ActorFinder(doc, Gazetteer([])).build()
    }
    assert found == {
        "Zahran Alloush": ("PERSON", ["Zahran Alloush"]),
        "Mohammed Alloush": ("PERSON", ["Mohammed Alloush", "Alloush"]),
    }


def test_actors_a_name_after_an_alias_cue_is_the_same_actor() -> None:
    found = entities(
        "Sheikh Ahmed Yassin, also known as Sheikh Abu Saloh, fled. Sheikh Abu Saloh returned."
    )
    assert [m.text for m in found["Ahmed Yassin"].mentions] == [
        "Ahmed Yassin", "Abu Saloh", "Abu Saloh"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sheikh Abu Saloh, whose real name was Sheikh Ahmed Yassin, fled.",
        "Sheikh Abu Saloh (born Sheikh Ahmed Yassin) fled.",
    ],
)
def test_actors_a_real_or_birth_name_is_the_same_actor(text: str) -> None:
    found = entities(text)
    assert [m.text for m in found["Abu Saloh"].mentions] == ["Abu Saloh", "Ahmed Yassin"]


def test_actors_a_name_a_known_place_locates_is_a_place() -> None:
    words = ["He", "died", "in", "Barisha", ",", "Idlib", "."]
    heads = [1, 1, 3, 1, 5, 3, 1]
    deps = ["nsubj", "ROOT", "case", "obl", "punct", "appos", "punct"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "O", "B-LOC", "O"]
    doc = hand_parsed(words, heads, deps, pos, ents)
    kb = Gazetteer([record("Idlib", "LOCATION", country="SYR")])
    found = {e.name: e.type for e in ActorFinder(doc, kb).build()}
    assert found == {"Barisha": "LOCATION", "Idlib": "LOCATION"}


def test_actors_a_place_name_that_is_a_named_persons_surname_is_the_person() -> None:
    kb = Gazetteer([
        record("Sadr City", "LOCATION", ["Sadr"], country="IRQ"),
        record("Muqtada al-Sadr", "PERSON", [], "IRQPTY"),
    ])
    found = mentions_by_name(
        "Muqtada al-Sadr spoke. Sadr's spokesman wrote. Fighting spread in Sadr.", kb
    )
    assert found == {
        "Muqtada al-Sadr": ("PERSON", ["Muqtada al-Sadr", "Sadr"]),
        "Sadr City": ("LOCATION", ["Sadr"]),
    }


def test_actors_a_name_before_a_role_leaves_its_title_out() -> None:
    words = ["Major", "General", "Ann", "Lee", ",", "the", "commander", ",", "left", "."]
    heads = [3, 3, 3, 8, 6, 6, 3, 3, 8, 8]
    deps = ["compound", "compound", "compound", "nsubj", "punct", "det", "appos", "punct",
            "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
           "PUNCT"]
    doc = hand_parsed(words, heads, deps, pos)
    found = {e.name: [m.text for m in e.mentions] for e in ActorFinder(doc, KB).build()}
    assert found == {"Ann Lee": ["Ann Lee"]}


def test_actors_a_name_before_a_comma_and_the_is_no_person_by_that_alone() -> None:
    found = entities("According to the newspaper Al-Sabah, the government arrested them.")
    assert "Al-Sabah" not in found or found["Al-Sabah"].type != "PERSON"


def test_actors_wal_joins_the_words_of_an_arabic_name() -> None:
    found = entities("Katibat al-Tawhid wal-Jihad claimed the attack.")
    assert found["Katibat al-Tawhid wal-Jihad"].type == "ARMED_GROUP"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Russian state television said so.", "Russian state television", "RUSMED"),
        ("Afghan media reported it.", "Afghan media", "AFGMED"),
    ],
)
def test_actors_a_nationality_with_a_media_noun_is_that_states_media(
    text: str, name: str, code: str
) -> None:
    found = entities(text)
    assert (found[name].type, found[name].code) == ("MEDIA", code)


@pytest.mark.parametrize(
    ("noun", "type_"), [("rift", "STATE"), ("flights", "LOCATION")]
)
def test_actors_capitals_in_a_relation_between_them_are_their_states(
    noun: str, type_: str
) -> None:
    doc = hand_parsed(
        ["The", noun, "between", "Kyiv", "and", "Moscow", "grew", "."],
        [1, 6, 3, 1, 5, 3, 6, 6],
        ["det", "nsubj", "case", "nmod", "cc", "conj", "ROOT", "punct"],
        ["DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
    )
    found = {e.name: e.type for e in ActorFinder(doc, KB).build()}
    assert set(found.values()) == {type_}


def test_actors_a_name_after_a_media_noun_is_the_outlet() -> None:
    doc = hand_parsed(
        ["The", "Iraqi", "newspaper", "Al", "-", "Sabah", "said", "so", "."],
        [2, 2, 6, 5, 5, 2, 6, 6, 6],
        ["det", "amod", "nsubj", "compound", "punct", "appos", "ROOT", "advmod", "punct"],
        ["DET", "ADJ", "NOUN", "PROPN", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"],
        ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
        [True, True, True, False, False, True, True, False, False],
    )
    found = {e.name: e.type for e in ActorFinder(doc, Gazetteer([])).build()}
    assert found == {"Al-Sabah": "MEDIA"}


def test_actors_the_last_word_of_an_organisations_name_is_short_for_it() -> None:
    found = entities("The Syrian Democratic Council met. Later the Council objected.")
    [council] = [e for e in found.values() if e.type == "GOVERNMENT_BODY"]
    assert [m.text for m in council.mentions] == ["Syrian Democratic Council", "Council"]


def test_actors_a_hyphenated_modifier_is_no_part_of_the_name_after_it() -> None:
    kb = Gazetteer([record("Syrian Democratic Forces", "ARMED_GROUP", ["SDF"], "SYRREB")])
    found = mentions_by_name("He met the U.S.-backed Syrian Democratic Forces.", kb)
    assert found == {"Syrian Democratic Forces": ("ARMED_GROUP", ["Syrian Democratic Forces"])}


def test_actors_a_capital_in_a_dateline_is_the_place_filed_from() -> None:
    # the parser read the dateline as the subject; it is where the story was filed
    doc = hand_parsed(
        ["KYIV", "-", "Kyiv", "wants", "talks", "."],
        [3, 3, 3, 3, 3, 3],
        ["nsubj", "punct", "nsubj", "ROOT", "obj", "punct"],
        ["PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"],
    )
    found = {e.type: [m.text for m in e.mentions] for e in ActorFinder(doc, KB).build()}
    assert found == {"LOCATION": ["KYIV"], "STATE": ["Kyiv"]}


def test_actors_a_name_set_off_before_a_persons_role_is_a_person() -> None:
    doc = hand_parsed(
        ["Minni", "Minawi", ",", "the", "governor", "of", "Darfur", ",", "spoke", "."],
        [1, 8, 4, 4, 1, 6, 4, 1, 8, 8],
        ["compound", "nsubj", "punct", "det", "appos", "case", "nmod", "punct", "ROOT",
         "punct"],
        ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
        ["B-LOC", "I-LOC", "O", "O", "O", "O", "B-LOC", "O", "O", "O"],
    )
    found = {e.name: e.type for e in ActorFinder(doc, Gazetteer([])).build()}
    assert found == {"Minni Minawi": "PERSON", "Darfur": "LOCATION"}


def test_actors_a_noun_between_a_name_and_a_place_noun_is_part_of_the_place() -> None:
    doc = hand_parsed(
        ["They", "shelled", "the", "Abu", "Shouk", "displacement", "camp", "."],
        [1, 1, 6, 4, 6, 6, 1, 1],
        ["nsubj", "ROOT", "det", "compound", "compound", "compound", "obj", "punct"],
        ["PRON", "VERB", "DET", "PROPN", "PROPN", "NOUN", "NOUN", "PUNCT"],
    )
    found = {e.name: e.type for e in ActorFinder(doc, Gazetteer([])).build()}
    assert found == {"Abu Shouk displacement camp": "LOCATION"}


def test_actors_every_entity_records_the_rules_that_made_it() -> None:
    found = entities("Kyiv's leaders met Zelensky. The Russian army shelled Kyiv.")
    assert all(entity.rules for entity in found.values())
    assert "kb.capital_as_agent" in found["Ukraine"].rules
    assert found["Kyiv"].rules == ["kb.place"]


def test_actors_a_join_records_its_rule_on_the_entity() -> None:
    found = entities("The Syrian Democratic Council met. Later the Council objected.")
    [council] = [e for e in found.values() if e.type == "GOVERNMENT_BODY"]
    assert "join.short_form" in council.rules


def test_actors_a_word_that_names_a_body_of_its_own_is_no_short_form() -> None:
    kb = Gazetteer(
        [record("White House", "GOVERNMENT_BODY"), record("Security Council", "GOVERNMENT_BODY")]
    )
    doc = analyse("The White House and the Security Council met. The House and the Council voted.")
    found = {e.name: [m.text for m in e.mentions] for e in ActorFinder(doc, kb).build()}
    assert found["White House"] == ["White House"]  # the House of Representatives
    assert found["Security Council"] == ["Security Council", "Council"]


DECLARED_RULES = patterns()["rules"]
# the rules that read the parse run their examples through the shipped model
# (tests/extract/test_named_bodies.py); the others with the blank one here
BLANK_RULES = [rule for rule in DECLARED_RULES if not rule.get("parsed")]


def typed_mentions(text: str) -> set[tuple[str, str]]:
    """(type, mention text) of every entity the shipped knowledge base finds in ``text``."""
    found = ActorFinder(analyse(text), load_gazetteer()).build()
    return {(e.type, m.text) for e in found for m in e.mentions}


def traced_mentions(text: str) -> set[tuple[str, str, str]]:
    """(type, mention text, rule id) of every entity found in ``text``, for each of its rules."""
    found = ActorFinder(analyse(text), load_gazetteer()).build()
    return {(e.type, m.text, rule) for e in found for m in e.mentions for rule in e.rules}


@pytest.mark.parametrize(
    ("rule", "text", "mention"),
    [(r, text, mention) for r in BLANK_RULES for text, mention in r["examples"]],
    ids=lambda value: value["id"] if isinstance(value, dict) else None,
)
def test_actors_declared_rule_finds_its_examples(rule: dict, text: str, mention: str) -> None:
    if rule["produces"] == "NONE":  # a rule that drops a name: no entity has that mention
        assert mention not in {text for _, text in typed_mentions(text)}
        return
    assert (rule["produces"], mention, rule["id"]) in traced_mentions(text)


@pytest.mark.parametrize(
    ("rule", "text", "mention"),
    [(r, text, mention) for r in BLANK_RULES for text, mention in r["counter_examples"]],
    ids=lambda value: value["id"] if isinstance(value, dict) else None,
)
def test_actors_declared_rule_leaves_its_counter_examples(
    rule: dict, text: str, mention: str
) -> None:
    if rule["produces"] == "NONE":  # a rule that drops a name leaves this one
        assert mention in {text for _, text in typed_mentions(text)}
        return
    assert (rule["produces"], mention) not in typed_mentions(text)


def test_actors_every_declared_rule_has_examples_and_counter_examples() -> None:
    for rule in DECLARED_RULES:
        assert {"id", "produces", "doc"} <= rule.keys()
        assert rule["examples"] and rule["counter_examples"], rule["id"]


def test_actors_a_name_after_an_office_inside_an_ner_span_is_the_person() -> None:
    doc = hand_parsed(
        ["National", "Security", "Advisor", "Jake", "Sullivan", "said", "so", ".",
         "Sullivan", "left", "."],
        [4, 4, 4, 4, 5, 5, 5, 5, 9, 9, 9],
        ["compound", "compound", "compound", "compound", "nsubj", "ROOT", "advmod", "punct",
         "nsubj", "ROOT", "punct"],
        ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT", "PROPN", "VERB",
         "PUNCT"],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"],
    )
    found = {e.name: (e.type, [m.text for m in e.mentions], e.rules)
             for e in ActorFinder(doc, Gazetteer([])).build()}
    assert found == {"Jake Sullivan": (
        "PERSON", ["Jake Sullivan", "Sullivan"],
        ["ner.ORG", "person.after_office", "join.surname_mention"],
    )}


def test_actors_a_surname_two_people_share_joins_neither() -> None:
    kb = Gazetteer([record("Zahran Alloush", "PERSON"), record("Mohammed Alloush", "PERSON")])
    doc = analyse("Zahran Alloush met Mohammed Alloush. Later Alloush left.")
    found = {e.name: [m.text for m in e.mentions] for e in ActorFinder(doc, kb).build()}
    assert found == {"Zahran Alloush": ["Zahran Alloush"], "Mohammed Alloush": ["Mohammed Alloush"]}


def test_actors_a_state_office_beside_a_person_is_the_persons_title() -> None:
    kb = Gazetteer([
        record("United States", "STATE", ["US"], "USA"),
        record("Secretary of State", "GOVERNMENT_BODY", ["US Secretary of State"], "USAGOV"),
    ])
    doc = hand_parsed(
        ["US", "Secretary", "of", "State", "Ann", "Lee", "spoke", "."],
        [1, 5, 3, 1, 5, 6, 6, 6],
        ["compound", "compound", "case", "nmod", "compound", "nsubj", "ROOT", "punct"],
        ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
        ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )
    found = {e.name: e.type for e in ActorFinder(doc, kb).build()}
    assert found == {"Ann Lee": "PERSON"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Zarga Council on Foreign Relations said so.", "Zarga Council on Foreign Relations"),
        ("The Zarga Council on July 20 said so.", "Zarga Council"),
        ("The Zarga Council on Syria said so.", "Zarga Council"),
    ],
)
def test_actors_an_institution_runs_over_on_and_a_topic_not_a_date(text: str, name: str) -> None:
    assert name in entities(text)


def test_actors_a_title_in_a_title_case_headline_names_no_person() -> None:
    found = entities("Rebel Chief Hails Troop Exit\n\nLater Chief Ann Lee spoke.")
    assert "Hails Troop Exit" not in found and found["Ann Lee"].type == "PERSON"


def test_actors_a_name_ending_in_a_sea_word_is_a_place() -> None:
    found = entities("Ships crossed the Zarga Strait and the Kimo Sea.")
    assert {found["Zarga Strait"].type, found["Kimo Sea"].type} == {"LOCATION"}


def test_actors_an_acronym_after_comma_or_joins_the_name_that_spells_it() -> None:
    found = entities("The Zarga Liberation Army, or ZLA, attacked. Later ZLA withdrew.")
    army = found["Zarga Liberation Army"]
    assert [m.text for m in army.mentions] == ["Zarga Liberation Army", "ZLA", "ZLA"]


def test_actors_peoples_inside_a_name_carries_it_on() -> None:
    found = mentions_by_name(
        "The Ogaden People’s Liberation Front rejected the plan.", Gazetteer([])
    )
    assert found == {
        "Ogaden People’s Liberation Front": ("ARMED_GROUP", ["Ogaden People’s Liberation Front"])
    }
    kb = Gazetteer([record("Iran", "STATE", [], "IRN")])
    assert "Iran" in mentions_by_name("Iran's Navy Command sailed on.", kb)


@pytest.mark.parametrize(
    ("issuer", "person"),
    [
        ("Jake Sullivan", "Jake Sullivan"),
        ("The White House", None),
        ("Office of the Spokesperson", None),
        ("Governments of Canada and Chile", None),
        (None, None),
    ],
)
def test_actors_only_a_persons_name_is_an_issuer_person(issuer: str | None, person: str | None):
    doc = analyse("The envoy spoke.")
    doc.metadata.issuer = issuer
    assert ActorFinder(doc, KB).issuer_person == person


def test_actors_a_hyphened_linking_vowel_keeps_a_name_whole() -> None:
    found = entities("A bomb went off in Kabul's western Dasht-e-Barchi neighborhood.")
    assert found["Dasht-e-Barchi neighborhood"].type == "LOCATION"
    assert "Barchi neighborhood" not in found


def test_actors_a_capital_that_starts_a_longer_name_is_no_place() -> None:
    text = "Blinken spoke at the Kyiv Security Forum. Talks in Kyiv went on."
    found = ActorFinder(analyse(text), KB).build()
    kyiv = [m.start for e in found for m in e.mentions if m.text == "Kyiv"]
    assert kyiv == [text.rindex("Kyiv")]


def test_actors_an_unknown_body_after_its_states_name_is_that_states() -> None:
    text = (
        "Afghanistan's Ministry of Foreign Affairs denied it. "
        "Pakistan's Ministry of Foreign Affairs disagreed."
    )
    found = ActorFinder(analyse(text), load_gazetteer()).build()
    assert sorted(e.name for e in found if e.type == "GOVERNMENT_BODY") == [
        "Afghanistan's Ministry of Foreign Affairs",
        "Pakistan's Ministry of Foreign Affairs",
    ]
    assert {"Afghanistan", "Pakistan"} <= {e.name for e in found}


def test_actors_a_unit_noun_after_a_capital_as_a_place_is_part_of_its_mention() -> None:
    found = typed_mentions("Fighting raged in the Damascus suburbs.")
    assert ("LOCATION", "Damascus suburbs") in found


def test_actors_the_coalition_against_isis_is_one_actor_under_its_other_names() -> None:
    text = (
        "Ministers of the Global Coalition to Defeat Daesh met in Rome. "
        "The D-ISIS Coalition and the Global Coalition to Counter ISIL are the same body."
    )
    found = ActorFinder(analyse(text), load_gazetteer()).build()
    [coalition] = [e for e in found if e.name == "Operation Inherent Resolve"]
    assert len(coalition.mentions) == 3
    assert not any(e.type == "ARMED_GROUP" for e in found)  # no ISIS inside the names


def test_actors_a_name_is_its_own_record_before_an_alias_of_another() -> None:
    # the Phoenix data lists "Lashkar-e-Taiba" both as a record and as an alias of "Al-Arifeen"
    text = "Pakistan-based Lashkar-e-Taiba attacked a hotel in Mumbai in 2008."
    found = ActorFinder(analyse(text), load_gazetteer()).build()
    assert ("Lashkar-e-Taiba", "SASREB") in [(e.name, e.code) for e in found]
    assert "Al-Arifeen" not in [e.name for e in found]


def test_actors_a_known_owners_unit_takes_the_owners_type() -> None:
    # join.owner_qualified: VOA is a media, so its language service is one too; the owner
    # is no mention of its own there
    found = typed_mentions("This story originated in VOA's Somali Service.")
    assert ("MEDIA", "VOA's Somali Service") in found
    assert not any(text == "VOA" for _, text in found)
    # a lower-case owner is no name: the unit stays as its words give it
    found = typed_mentions("The army's 4th Division shelled the town.")
    assert ("MILITARY", "4th Division") in found


def test_actors_an_arabic_article_written_apart_is_part_of_the_name() -> None:
    # "al Qaeda" (White House, State Department usage) as "al-Qaeda": the article is in the
    # mention, which joins the known group
    found = typed_mentions("The Taliban have not cut ties with al Qaeda, officials said.")
    assert ("ARMED_GROUP", "al Qaeda") in found
    assert ("ARMED_GROUP", "Qaeda") not in found
    assert ("PERSON", "Bashar al Assad") in typed_mentions("Bashar al Assad met the envoy.")


def _people_after(words: list[str], ents: list[str]) -> dict[str, list[str]]:
    """Each entity's mention texts in a flat hand parse (every word hung on the first)."""
    heads = [0] * len(words)
    deps = ["ROOT"] + ["dep"] * (len(words) - 1)
    pos = ["PROPN" if e != "O" else "VERB" for e in ents]
    doc = hand_parsed(words, heads, deps, pos, ents)
    return {e.name: [m.text for m in e.mentions] for e in ActorFinder(doc, Gazetteer([])).build()}


def test_actors_a_given_name_alone_is_the_one_person_of_that_full_name() -> None:
    words = ["Kamal", "Rahimov", "arrived", "and", "Kamal", "spoke"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O"]
    assert _people_after(words, ents) == {"Kamal Rahimov": ["Kamal Rahimov", "Kamal"]}


def test_actors_a_given_name_two_people_share_joins_neither() -> None:
    words = ["Ahmed", "Karimi", "met", "Ahmed", "Nouri", "and", "Ahmed", "spoke"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O"]
    found = _people_after(words, ents)
    assert found["Ahmed"] == ["Ahmed"] and found["Ahmed Karimi"] == ["Ahmed Karimi"]


def test_actors_a_named_summit_or_conference_is_an_event() -> None:
    found = typed_mentions(
        "Leaders met at the Democracy Summit. Envoys went to the Review Conference."
    )
    assert ("EVENT", "Democracy Summit") in found
    assert ("EVENT", "Review Conference") in found


def test_actors_a_summit_named_after_a_body_keeps_the_body() -> None:
    found = typed_mentions("Obama made the pledge at the G7 Ise-Shima Summit in May 2016.")
    assert not any(type_ == "EVENT" for type_, _ in found)
    assert not any("Shima Summit" in text for _, text in found)


def test_actors_a_name_typed_by_its_context_keeps_that_type_in_every_mention() -> None:
    found = typed_mentions(
        "Morocco hosts the African Lion multilateral military exercises. "
        "African Lion began on Monday."
    )
    assert {type_ for type_, text in found if text == "African Lion"} == {"EVENT"}


def test_actors_a_family_noun_before_a_name_makes_a_person() -> None:
    found = typed_mentions("The ban covers his wife, Elena Sheiman, and her sister Olga Brava.")
    assert ("PERSON", "Elena Sheiman") in found
    assert ("PERSON", "Olga Brava") in found


def test_actors_an_office_domain_word_is_no_actor() -> None:
    words = ["The", "Departments", "of", "State", "and", "Justice", "met", "Mark", "Dow", ".",
             "Justice", "Brown", "left", "."]
    heads = [1, 6, 3, 1, 5, 3, 6, 8, 6, 6, 11, 12, 12, 12]
    deps = ["det", "nsubj", "case", "nmod", "cc", "conj", "ROOT", "compound", "obj", "punct",
            "compound", "nsubj", "ROOT", "punct"]
    pos = ["DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT",
           "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-LOC", "O", "B-PERSON", "O", "B-PERSON", "I-PERSON", "O",
            "B-PERSON", "I-PERSON", "O", "O"]
    doc = hand_parsed(words, heads, deps, pos, ents)
    found = {e.name: e.type for e in ActorFinder(doc, Gazetteer([])).build()}
    assert "State" not in found and "Justice" not in found
    assert found.get("Mark Dow") == "PERSON"
    assert found.get("Justice Brown") == "PERSON"  # no office before it


def test_actors_a_place_of_the_ner_listed_only_with_persons_is_a_person() -> None:
    words = ["Senators", "led", "by", "Jim", "Risch", "and", "Pete", "Ricketts", "wrote", "."]
    heads = [8, 0, 4, 4, 1, 7, 7, 4, 8, 8]
    deps = ["nsubj", "acl", "case", "compound", "obl", "cc", "compound", "conj", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-LOC", "I-LOC", "O", "O"]
    found = {e.name: (e.type, e.rules) for e in ActorFinder(
        hand_parsed(words, heads, deps, pos, ents), Gazetteer([])).build()}
    assert found["Pete Ricketts"] == ("PERSON", ["ner.LOC", "type.listed_with"])


def test_actors_a_place_after_a_preposition_stays_a_place_beside_persons() -> None:
    words = ["In", "East", "Africa", ",", "Ann", "Lee", "and", "Mark", "Dow", "met", "."]
    heads = [2, 2, 9, 2, 5, 2, 8, 8, 5, 9, 9]
    deps = ["case", "compound", "obl", "punct", "compound", "conj", "cc", "compound", "conj",
            "ROOT", "punct"]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    ents = ["O", "B-LOC", "I-LOC", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON",
            "O", "O"]
    found = {e.name: e.type for e in ActorFinder(
        hand_parsed(words, heads, deps, pos, ents), Gazetteer([])).build()}
    assert found["East Africa"] == "LOCATION"


@pytest.mark.parametrize(
    "text",
    [
        "The below is attributable to Spokesperson Ned Price: the Secretary met Kenya's minister.",
        "Department Spokesperson Ned Price said the talks with Kenya were useful.",
    ],
)
def test_actors_spokesperson_is_a_title_like_spokesman(text: str) -> None:
    found = typed_mentions(text)
    assert ("PERSON", "Ned Price") in found
    assert not [mention for kind, mention in found if "Spokesperson" in mention]


def test_actors_the_office_word_before_a_name_is_no_part_of_it() -> None:
    words = ["Minister", "of", "Justice", "Naser", "Eldin", "Abdel", "Bari", "said", "so", "."]
    heads = [6, 2, 0, 6, 6, 6, 7, 7, 7, 7]
    deps = ["nmod:desc", "case", "nmod", "flat", "flat", "flat", "nsubj", "ROOT", "advmod",
            "punct"]
    pos = ["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "B-PERSON", "I-PERSON", "I-PERSON",
            "O", "O", "O"]
    found = {e.name: e.type for e in ActorFinder(hand_parsed(words, heads, deps, pos, ents),
                                                 Gazetteer([])).build()}
    assert found == {"Naser Eldin Abdel Bari": "PERSON"}


def test_actors_a_day_after_a_place_is_no_part_of_a_name() -> None:
    words = ["Crowds", "marched", "in", "Kyiv", "Thursday", "."]
    doc = hand_parsed(words, [1, 1, 3, 1, 1, 1], ["nsubj", "ROOT", "case", "obl",
                      "obl:unmarked", "punct"], ["NOUN", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
                      ["O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    found = {e.name: e.type for e in ActorFinder(doc, KB).build()}
    assert found == {"Kyiv": "LOCATION"}


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "expected"),
    [
        (  # the side a relation is with; flights with a capital go to the place
            ["It", "raised", "tension", "with", "Kyiv", ".", "Flights", "with", "Kyiv",
             "resumed", "."],
            [1, 1, 1, 4, 2, 1, 9, 8, 6, 9, 9],
            ["nsubj", "ROOT", "obj", "case", "nmod", "punct", "nsubj", "case", "nmod", "ROOT",
             "punct"],
            ["PRON", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "VERB",
             "PUNCT"],
            {"STATE": ["Kyiv"], "LOCATION": ["Kyiv"]},
        ),
        (  # the side an act is against
            ["It", "threatened", "retaliation", "against", "Kyiv", "."],
            [1, 1, 1, 4, 2, 1],
            ["nsubj", "ROOT", "obj", "case", "nmod", "punct"],
            ["PRON", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
            {"STATE": ["Kyiv"]},
        ),
    ],
)
def test_actors_capital_a_relation_is_with_or_an_act_against_is_its_state(
    words: list[str], heads: list[int], deps: list[str], pos: list[str], expected: dict
) -> None:
    doc = hand_parsed(words, heads, deps, pos)
    found = {e.type: [m.text for m in e.mentions] for e in ActorFinder(doc, KB).build()}
    assert found == expected
