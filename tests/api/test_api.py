"""The corpus view's HTTP API, against a database of three real dev-corpus articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dossier.analysis import ingest
from dossier.api import create_app
from dossier.corpus.bench import copy_of
from dossier.ingest import RawArticle, read_inputs
from dossier.stages import default_pipeline
from dossier.store import Store
from tests.conftest import SHARED

ARTICLES = [
    "wikinews_20190915_saudi_oil_drone_attacks.txt",  # Houthis claim drone attacks on Saudi oil
    "state_20210610_sanctions_houthi_network.txt",  # sanctions on a Houthi network
    "wh_20220313_sullivan_iran_missile_erbil.md",  # Iran's missile attack on Erbil
]


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    paths = [SHARED / "dev" / "corpus" / name for name in ARTICLES]
    if not all(path.exists() for path in paths):
        pytest.skip("../shared/dev/corpus is not beside the project")
    target = tmp_path_factory.mktemp("api") / "corpus.db"
    store = Store(target)
    pipeline = default_pipeline()
    for item in read_inputs([str(path) for path in paths]):
        assert isinstance(item, RawArticle)
        store.save(pipeline(ingest(item)))
    store.close()
    return target


@pytest.fixture(scope="module")
def client(database: Path) -> TestClient:
    return TestClient(create_app(str(database)))


def test_every_event_report_links_to_its_sentence_and_article(client: TestClient) -> None:
    events = client.get("/api/events", params={"limit": 200}).json()
    assert len(events) >= 5
    for event in events:
        assert event["reports"], event
        assert event["sentence"] == event["reports"][0]["text"]
        for report in event["reports"]:
            said = client.get(report["links"]["sentence"]).json()
            assert said["text"] == report["text"]
            assert said["document"] == report["document"]
            article = client.get(report["links"]["article"]).json()
            assert report["text"] in [s["text"] for s in article["sentences"]]
        one = client.get(event["links"]["event"]).json()
        assert (one["type"], one["source"], one["target"]) == (
            event["type"],
            event["source"],
            event["target"],
        )


def test_event_filters_by_actor_type_date_and_words(client: TestClient) -> None:
    [iran] = client.get("/api/actors", params={"actor": "Iran"}).json()
    assert iran["name"] == "Iran"
    about_iran = client.get("/api/events", params={"actor": "Iranian"}).json()
    assert about_iran
    for event in about_iran:
        one = client.get(event["links"]["event"]).json()
        assert iran["id"] in (one["source_id"], one["target_id"])
    assaults = client.get("/api/events", params={"type": "assault"}).json()
    assert assaults and {e["type"] for e in assaults} == {"ASSAULT"}
    since = client.get("/api/events", params={"since": "2022-01-01"}).json()
    assert since and all(e["last_day"] >= "2022-01-01" for e in since if e["last_day"])
    assert client.get("/api/events", params={"since": "2030-01-01"}).json() == []
    missiles = client.get("/api/events", params={"text": "missile"}).json()
    assert missiles
    assert all(any("missile" in r["text"].lower() for r in e["reports"]) for e in missiles)
    assert client.get("/api/events", params={"since": "last week"}).status_code == 422
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


def test_sentences_by_full_text_and_claims_link_back(client: TestClient) -> None:
    found = client.get("/api/sentences", params={"text": "missile attack"}).json()
    assert found
    for row in found:
        assert "missile" in row["text"].lower() and "attack" in row["text"].lower()
        assert client.get(row["links"]["sentence"]).json()["text"] == row["text"]
    claims = client.get("/api/claims").json()
    assert claims
    for claim in claims:
        said = client.get(claim["links"]["sentence"]).json()
        assert claim["claim"] in said["text"] or said["text"] in claim["claim"]


def test_actor_dossier_by_name_or_id_with_linked_events(client: TestClient) -> None:
    by_name = client.get("/api/actor/Ansar Allah").json()
    assert by_name["name"] == "Houthis"
    assert len(by_name["articles"]) == 2
    by_id = client.get(f"/api/actor/{by_name['id']}").json()
    assert by_id["articles"] == by_name["articles"]
    assert by_name["events"]
    for event in by_name["events"]:
        assert by_name["id"] in (event["source_id"], event["target_id"])
        for mention in event["mentions"]:
            said = client.get(mention["links"]["sentence"]).json()
            assert said["text"] == mention["sentence"]
    assert client.get("/api/actor/Nobody Of That Name").status_code == 404


def test_network_edges_join_listed_nodes_and_open_their_events(client: TestClient) -> None:
    network = client.get("/api/network").json()
    assert network["edges"]
    nodes = {node["id"]: node for node in network["nodes"]}
    for edge in network["edges"]:
        assert edge["source"] in nodes and edge["target"] in nodes
        assert edge["weight"] == len(edge["events"])
        for link in edge["links"]["events"]:
            event = client.get(link).json()
            assert event["type"] == edge["type"]
            assert (event["source_id"], event["target_id"]) == (edge["source"], edge["target"])
    only_iran = client.get("/api/network", params={"actor": "Iran"}).json()
    iran = client.get("/api/actors", params={"actor": "Iran"}).json()[0]["id"]
    assert all(iran in (e["source"], e["target"]) for e in only_iran["edges"])


def test_timeline_in_date_order(client: TestClient) -> None:
    timeline = client.get("/api/timeline").json()
    days = [event["date"] for event in timeline["dated"]]
    assert len(days) >= 3
    assert days == sorted(days)
    assert client.get("/api/timeline", params={"actor": "Houthis"}).json()["dated"]


def test_why_merged_gives_the_chain(client: TestClient) -> None:
    merged = client.get("/api/why-merged", params={"first": "Huthis", "second": "Houthi"}).json()
    assert merged["merged"] and merged["chain"]
    assert client.get(merged["chain"][0]["member"]["links"]["article"]).status_code == 200
    apart = client.get("/api/why-merged", params={"first": "Iran", "second": "Yemen"}).json()
    assert apart == {"merged": False, "chain": []}


def test_page_puts_article_text_in_as_text_only(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "/api/events?" in page.text and "/api/actor/" in page.text
    # every value from the database goes in through textContent, none through innerHTML
    assert "textContent" in page.text
    assert "innerHTML" not in page.text and "insertAdjacentHTML" not in page.text


def test_articles_stored_later_reach_the_served_view(database: Path, client: TestClient) -> None:
    before = client.get("/api/actor/Houthis").json()
    store = Store(database)
    original = store.get(before["articles"][0])
    store.save(copy_of(original, 1))
    store.close()
    after = client.get("/api/actor/Houthis").json()
    assert after["articles"] == sorted([*before["articles"], f"{original.id}~1"])
