"""The actor knowledge base: shipped files, record shapes, loader behaviour."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from dossier import knowledge
from dossier.knowledge import (
    ActorRecord,
    AgentRecord,
    KnowledgeError,
    is_acronym,
    load_actors,
    load_agents,
)

KNOWLEDGE_DIR = Path(knowledge.__file__).resolve().parent
SHIPPED = sorted(KNOWLEDGE_DIR.glob("*.jsonl"))
HEADER = {"_meta": {"kind": "actors", "source": "test", "licence": "MIT"}}


@pytest.fixture(autouse=True)
def _no_user_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(knowledge.ENV_VAR, raising=False)


@pytest.fixture(scope="module")
def actors() -> list[ActorRecord]:
    return load_actors()


def named(actors: list[ActorRecord], name: str, rtype: str | None = None) -> ActorRecord:
    found = [a for a in actors if a.name == name and (rtype is None or a.type == rtype)]
    assert found, f"no record named {name!r}"
    return found[0]


def with_form(actors: list[ActorRecord], form: str, rtype: str) -> list[ActorRecord]:
    key = form.casefold()
    return [a for a in actors if a.type == rtype and key in {f.casefold() for f in
                                                              a.surface_forms}]


def write_user_file(folder: Path, *records: object, header: object = HEADER) -> Path:
    path = folder / "mine.jsonl"
    lines = [json.dumps(header)] + [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------------- shipped files


def test_every_file_has_a_meta_header() -> None:
    names = {p.name for p in SHIPPED}
    assert {"states.jsonl", "places.jsonl", "actors_phoenix.jsonl", "actors_mideast.jsonl",
            "groups.jsonl", "agents.jsonl"} <= names
    for path in SHIPPED:
        meta = json.loads(path.read_text(encoding="utf-8").splitlines()[0])["_meta"]
        assert meta["kind"] and meta["source"] and meta["licence"], path.name
        if meta["kind"] not in knowledge.ACTOR_KINDS | {"agents"}:
            continue  # another reader's file (event triggers)
        assert meta["built_by"] == "scripts/build_knowledge.py", path.name
        lines = path.read_text(encoding="utf-8").splitlines()
        assert meta["records"] == len(lines) - 1, path.name


def test_knowledge_base_stays_small() -> None:
    ours = ["states", "places", "actors_phoenix", "actors_mideast", "groups", "agents"]
    assert sum((KNOWLEDGE_DIR / f"{name}.jsonl").stat().st_size for name in ours) < 6_000_000


def test_files_of_other_kinds_are_skipped(tmp_path: Path) -> None:
    path = write_user_file(tmp_path, {"lemma": "attack", "pos": "VERB"},
                           header={"_meta": {"kind": "event_triggers", "source": "t",
                                             "licence": "MIT"}})
    assert load_actors([path]) == [] and load_agents([path]) == []


def test_every_pycountry_state_is_there_with_demonyms(actors: list[ActorRecord]) -> None:
    import pycountry

    states = {a.code: a for a in actors if a.type == "STATE"}
    assert {c.alpha_3 for c in pycountry.countries} <= set(states)
    iraq = states["IRQ"]
    assert iraq.name == "Iraq" and iraq.country == "IRQ"
    assert {"Iraqi", "Iraqis"} <= set(iraq.demonyms)
    assert iraq.capitals == ("Baghdad",)
    assert states["IRN"].name == "Iran"
    assert states["SYR"].name == "Syria" and "Syrian Arab Republic" in states["SYR"].aliases
    assert states["RUS"].name == "Russia" and states["KOR"].name == "South Korea"
    assert {"US", "U.S.", "USA", "United States of America", "America"} <= set(
        states["USA"].aliases
    )
    assert {"British", "Britons"} <= set(states["GBR"].demonyms)
    assert {"Afghan", "Afghans"} <= set(states["AFG"].demonyms)
    assert "Pakistani" in states["PAK"].demonyms
    # sovereign states (not uninhabited territories) all carry demonyms and a capital
    for code in ("EGY", "LBN", "YEM", "JOR", "TUR", "SAU", "ISR", "PSE", "UKR", "SDN", "LBY"):
        assert states[code].demonyms and states[code].capitals, code


def test_kataib_hezbollah_is_an_armed_group_with_transliterations(
    actors: list[ActorRecord],
) -> None:
    kh = named(actors, "Kata'ib Hezbollah")
    assert kh.type == "ARMED_GROUP" and kh.code == "IRQREB" and kh.country == "IRQ"
    assert {"Kata'ib Hizballah", "Kataib Hezbollah", "Hezbollah Brigades"} <= set(kh.aliases)
    assert kh.source.startswith("hand: ")


def test_curated_middle_east_actors(actors: list[ActorRecord]) -> None:
    assert named(actors, "Islamic Revolutionary Guard Corps").code == "IRNMIL"
    irgc = named(actors, "Islamic Revolutionary Guard Corps")
    assert irgc.type == "MILITARY" and {"IRGC", "Revolutionary Guards", "Pasdaran"} <= set(
        irgc.aliases
    )
    assert "Bashar al-Asad" in named(actors, "Bashar al-Assad").aliases
    assert "Qasem Soleimani" in named(actors, "Qassem Soleimani").aliases
    assert "Hizballah" in named(actors, "Hezbollah").aliases
    sharaa = named(actors, "Ahmed al-Sharaa")
    assert "Abu Mohammed al-Jolani" in sharaa.aliases
    assert sharaa.code_on(date(2020, 1, 1)) == "SYRREB"
    assert sharaa.code_on(date(2025, 3, 1)) == "SYRGOV"
    assert named(actors, "Syrian Arab Army").type == "MILITARY"
    assert {"ISIS", "ISIL", "Daesh"} <= set(named(actors, "Islamic State").aliases)
    # the TV channel is MEDIA, the town of the same name a LOCATION
    assert named(actors, "Al Mayadeen").type == "MEDIA"
    assert with_form(actors, "Mayadin", "LOCATION")
    assert with_form(actors, "Mayadeen", "LOCATION")
    for form in ("Abu Kamal", "Al-Bukamal", "Albu Kamal"):
        assert with_form(actors, form, "LOCATION"), form
    for record in actors:
        if record.source.startswith("hand"):
            assert len(record.source) > len("hand: "), record.name


def test_maliki_is_dated_and_keeps_his_surname(actors: list[ActorRecord]) -> None:
    maliki = named(actors, "Nouri al-Maliki")
    assert {"Nuri al-Maliki", "Maliki", "Nouri Maliki"} <= set(maliki.aliases)
    assert maliki.code_on(date(2010, 6, 1)) == "IRQGOV"


def test_phoenix_person_has_date_bounded_roles(actors: list[ActorRecord]) -> None:
    phoenix = [a for a in actors if a.type == "PERSON" and a.source == "phoenix"]
    assert len(phoenix) > 10_000
    saddam = named(actors, "Saddam Hussein", "PERSON")
    assert saddam.source == "phoenix" and saddam.country == "IRQ"
    govs = [r for r in saddam.roles if r.code == "IRQGOV"]
    assert govs and all(r.start and r.end for r in govs)
    assert saddam.code_on(date(1990, 8, 2)) == "IRQGOV"
    assert saddam.code_on(date(2005, 1, 1)) == "IRQELI"


def test_militant_leaders_listed_with_groups_are_persons(actors: list[ActorRecord]) -> None:
    types = {a.type for a in actors if a.name in {"Abu Ayyub al-Masri", "Abdullah Sungkar"}}
    assert types == {"PERSON"}
    assert {a.type for a in actors if a.name == "Abu Sayyaf"} == {"ARMED_GROUP"}


def test_places_named_like_people_are_left_out(actors: list[ActorRecord]) -> None:
    places = {a.name: a for a in actors if a.type == "LOCATION"}
    assert "Kennedy" not in places  # a Bogota locality, mostly a surname in news
    assert "Hamid" not in places["Isparta"].aliases  # a GeoNames alternate, a given name
    assert "Amara" in places["Al 'Amarah"].aliases  # a conflict-country town keeps spellings


def test_phoenix_names_are_proper_case(actors: list[ActorRecord]) -> None:
    names = {a.name for a in actors if a.source.startswith("phoenix")}
    assert not [n for n in names if n.isupper() and len(n) > 8 and " " in n]
    assert "Abd al-Aziz al-Hakim" in names
    # listed twice in Phoenix (Korean minister, UN Secretary-General): one record, both roles
    ban = with_form(actors, "Ban Ki-Moon", "PERSON")
    assert len(ban) == 1 and {r.code for r in ban[0].roles} >= {"KORGOVBUS", "IGOUNO"}
    assert ban[0].code_on(date(2010, 1, 1)) == "IGOUNO"


def test_no_alias_is_an_english_stop_word(actors: list[ActorRecord]) -> None:
    bad = [
        (a.name, form)
        for a in actors
        for form in a.surface_forms
        if form.lower() in STOP_WORDS and not is_acronym(form)
    ]
    assert not bad, bad[:20]


def test_places_drop_english_words_and_keep_conflict_towns(actors: list[ActorRecord]) -> None:
    places = {f.casefold() for a in actors if a.type == "LOCATION" for f in a.surface_forms}
    for word in ("nice", "reading", "mobile", "split", "batman", "of", "van", "hope"):
        assert word not in places, word
    for town in ("mosul", "raqqa", "deir ez-zor", "kobani", "tyre", "hodeidah", "kirkuk",
                 "middle east", "west bank", "golan heights", "gaza strip", "kurdistan"):
        assert town in places, town
    anbar = with_form(actors, "Anbar", "LOCATION")
    assert anbar and anbar[0].feature == "region" and anbar[0].country == "IRQ"
    mosul = with_form(actors, "Mosul", "LOCATION")[0]
    assert mosul.feature == "city" and mosul.population and mosul.population > 1_000_000


def test_places_keep_their_own_name_not_a_commoner_clipped_word(
    actors: list[ActorRecord],
) -> None:
    names = {a.name for a in actors if a.type == "LOCATION"}
    assert {"Doha", "Bonn", "Arish", "Raqqa"} <= names
    assert not {"Doh", "Bon", "Aris"} & names


def test_groups_are_religious_and_ethnic(actors: list[ActorRecord]) -> None:
    shia = named(actors, "Shia", "GROUP")
    assert {"Shiite", "Shi'a", "Shiites"} <= set(shia.aliases)
    assert "Kurdish" in named(actors, "Kurds", "GROUP").aliases
    assert with_form(actors, "Yazidis", "GROUP") and with_form(actors, "Alawites", "GROUP")
    assert with_form(actors, "Masalit", "GROUP") and not with_form(actors, "Masalit", "LOCATION")
    assert not with_form(actors, "Fula", "LOCATION")  # a people's name is no town's alias


def test_agents_give_sectors_for_common_nouns() -> None:
    agents = {a.word: a for a in load_agents()}
    assert agents["militia"].plural == "militias" and agents["militia"].sector == "UAF"
    assert agents["troop"].plural == "troops" and agents["troop"].sector == "MIL"
    assert agents["regime"].sector == "GOV" and agents["government"].sector == "GOV"
    assert agents["police"].sector == "COP" and agents["police"].plural is None
    assert agents["rebel"].plural == "rebels" and agents["rebel"].sector == "REB"
    assert agents["opposition"].sector == "OPP"
    assert agents["policeman"].plural == "policemen"
    assert agents["peacekeeping troops"].prefix


# ------------------------------------------------------------------------------ loader


def test_loader_is_cached_and_returns_fresh_lists() -> None:
    first, second = load_actors(), load_actors()
    assert first == second and first is not second
    assert knowledge._load.cache_info().hits >= 1


def test_user_folder_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_user_file(tmp_path, {"name": "Test Brigade of Nowhere", "type": "ARMED_GROUP",
                               "aliases": ["TBN"], "code": "IRQREB", "country": "IRQ",
                               "source": "hand: test"})
    monkeypatch.setenv(knowledge.ENV_VAR, str(tmp_path))
    found = [a for a in load_actors() if a.name == "Test Brigade of Nowhere"]
    assert found and found[0].aliases == ("TBN",)
    assert str(tmp_path / "mine.jsonl") in knowledge.knowledge_files()


def test_explicit_paths_and_agent_files(tmp_path: Path) -> None:
    path = write_user_file(tmp_path, {"word": "sniper", "plural": "snipers", "sector": "MIL",
                                      "source": "hand: test"},
                           header={"_meta": {"kind": "agents", "source": "t", "licence": "MIT"}})
    assert load_actors([path]) == []
    assert load_agents([path]) == [
        AgentRecord(word="sniper", plural="snipers", sector="MIL", source="hand: test")
    ]


def test_bad_record_names_file_and_line(tmp_path: Path) -> None:
    write_user_file(
        tmp_path,
        {"name": "Fine", "type": "PERSON", "source": "hand: test"},
        {"name": "Broken", "type": "WARLORD", "source": "hand: test"},
    )
    with pytest.raises(KnowledgeError, match=r"mine\.jsonl:3: bad ActorRecord: type"):
        load_actors([tmp_path])


def test_bad_json_and_bad_header_name_the_line(tmp_path: Path) -> None:
    path = write_user_file(tmp_path, {"name": "Fine", "type": "PERSON", "source": "s"},
                           "{not json")
    with pytest.raises(KnowledgeError, match=r"mine\.jsonl:3: not valid JSON"):
        load_actors([path])
    path = write_user_file(tmp_path, {"name": "Fine", "type": "PERSON", "source": "s"},
                           header={"kind": "actors"})
    with pytest.raises(KnowledgeError, match=r"mine\.jsonl:1: "):
        load_actors([path])


def test_record_rules(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="ends"):
        ActorRecord.model_validate({"name": "X", "type": "PERSON", "source": "s",
                                    "roles": [{"code": "IRQGOV", "start": "2010-01-01",
                                               "end": "2009-01-01"}]})
    with pytest.raises(ValueError):
        ActorRecord.model_validate({"name": "X", "type": "PERSON", "source": "s",
                                    "country": "Iraq"})
    with pytest.raises(ValueError):  # unknown fields are typos, not data
        ActorRecord.model_validate({"name": "X", "type": "PERSON", "source": "s", "alias": []})
    with pytest.raises(KnowledgeError, match="does not exist"):
        load_actors([tmp_path / "missing"])
