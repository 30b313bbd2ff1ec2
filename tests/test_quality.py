"""Quality ratchet (model-dependent): the corpus macro means stay at or above their pinned
floors, and our own example articles keep their must-find and must-not-find items."""

import hashlib
import json
from pathlib import Path

import pytest

import dossier
from dossier.analysis import ingest
from dossier.evaluation import find_gold_files, score_corpus
from dossier.evaluation.plover import load_plover, score_plover
from dossier.evaluation.re3d import load_re3d, score_re3d
from dossier.ingest import read_inputs
from dossier.language import SHIPPED_MODEL
from dossier.stages import default_pipeline

from .conftest import DEV_GOLD, EXAMPLES, SHARED

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())
EXPECTED = json.loads((Path(__file__).parent / "data" / "examples_expected.json").read_text())

pytestmark = pytest.mark.skipif(
    not (SHIPPED_MODEL / "config.cfg").exists(), reason="the shipped model is not built here"
)


CORPUS = SHARED / "dev" / "corpus"


def _gold_files() -> list[Path]:
    return [*sorted(CORPUS.glob("*.gold.json")), DEV_GOLD]


@pytest.fixture(scope="module")
def corpus_means() -> dict[str, float]:
    if not CORPUS.exists():
        pytest.skip("../shared/dev/corpus is not beside the project")
    pipeline = default_pipeline()

    def analyse(path: Path) -> dossier.Document:
        [article] = read_inputs([str(path)])
        return pipeline(ingest(article))

    return score_corpus(find_gold_files(_gold_files()), analyse)["macro"]["all"]


def test_quality_floors_were_measured_on_this_gold() -> None:
    if not CORPUS.exists():
        pytest.skip("../shared/dev/corpus is not beside the project")
    digest = hashlib.sha256()
    for path in sorted(_gold_files(), key=lambda p: p.name):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    assert digest.hexdigest() == FLOORS["gold_sha256"]


@pytest.mark.parametrize("metric", sorted(FLOORS["corpus"]))
def test_quality_corpus_means_at_or_above_floor(corpus_means: dict, metric: str) -> None:
    assert corpus_means[metric] >= FLOORS["corpus"][metric]


@pytest.fixture(scope="module")
def plover_scores() -> dict:
    path = SHARED / "data" / "plover_gsr" / "dev.jsonl"
    if not path.exists():
        pytest.skip("../shared/data/plover_gsr is not beside the project")
    pipeline = default_pipeline()
    return score_plover(load_plover(path), lambda text: dossier.analyze(text, pipeline=pipeline))


@pytest.mark.parametrize("metric", sorted(FLOORS["plover_dev"]))
def test_quality_plover_dev_at_or_above_floor(plover_scores: dict, metric: str) -> None:
    assert plover_scores[metric]["value"] >= FLOORS["plover_dev"][metric]


@pytest.fixture(scope="module")
def re3d_scores() -> dict:
    root = SHARED / "data" / "re3d"
    if not root.exists():
        pytest.skip("../shared/data/re3d is not beside the project")
    pipeline = default_pipeline()
    return score_re3d(load_re3d(root), lambda text: dossier.analyze(text, pipeline=pipeline))


@pytest.mark.parametrize("part", ["held_out", "all"])
def test_quality_re3d_at_or_above_floor(re3d_scores: dict, part: str) -> None:
    assert re3d_scores[part]["overall"]["f1"] >= FLOORS["re3d"][f"{part}_f1"]


@pytest.fixture(scope="module")
def examples() -> dict[str, dossier.Document]:
    docs = {}
    for name in EXPECTED:
        if name.startswith("_"):
            continue
        [article] = read_inputs([str(EXAMPLES / name)])
        docs[name] = default_pipeline()(ingest(article))
    return docs


def _names(doc: dossier.Document) -> dict[str, str]:
    return {e.name: e.type for e in doc.entities}


@pytest.mark.parametrize("name", [n for n in EXPECTED if not n.startswith("_")])
def test_quality_examples_must_find_and_must_not_find(examples, name: str) -> None:
    doc, expected = examples[name], EXPECTED[name]
    found = _names(doc)
    for entity, type_ in expected["entities"]:
        assert found.get(entity) == type_, (entity, type_, found)
    mentioned = {m.text for e in doc.entities for m in e.mentions} | set(found)
    for text in expected["not_entities"]:
        assert text not in mentioned
    names = {e.id: e.name for e in doc.entities}
    events = {(v.type, names.get(v.source), names.get(v.target)) for v in doc.events}
    for type_, source, target in expected["events"]:
        assert (type_, source, target) in events, (type_, source, target, events)
    quantities = {(q.value, q.unit, q.qualifier) for q in doc.quantities}
    for value, unit, qualifier in expected["quantities"]:
        assert (value, unit, qualifier) in quantities
    dates = {(d.text, d.value) for d in doc.dates}
    for text, value in expected["dates"]:
        assert (text, value) in dates
    sources = {a.source_text for a in doc.attributions}
    for source in expected["attribution_sources"]:
        assert source in sources


@pytest.mark.parametrize(
    ("text", "source", "claim"),
    [
        (
            "Russian forces launched 43 drones at Ukraine overnight, the Ukrainian Air Force "
            "said on Sunday.",
            "Ukrainian Air Force",
            "Russian forces launched 43 drones at Ukraine overnight",
        ),
        (
            "Three soldiers were killed, the military said.",
            "the military",
            "Three soldiers were killed",
        ),
        (
            "According to local medics, 12 people died in the strike.",
            "local medics",
            "12 people died in the strike",
        ),
    ],
)
def test_quality_trailing_and_leading_sources(text: str, source: str, claim: str) -> None:
    [attribution] = dossier.analyze(text).attributions
    assert (attribution.source_text, attribution.claim.text) == (source, claim)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # Russia is no entity of its own here: its forces (MILITARY) act
            "Russian forces launched 43 drones at Ukraine overnight.",
            ("ASSAULT", "Russian forces", "Ukraine"),
        ),
        ("Hezbollah fired rockets into northern Israel.", ("ASSAULT", "Hezbollah", "Israel")),
        ("Officials in Brussels told Reuters that talks resumed.", None),
    ],
)
def test_quality_weapons_fired_at_a_target(text: str, expected: tuple | None) -> None:
    doc = dossier.analyze(text)
    names = {e.id: e.name for e in doc.entities}
    events = [(v.type, names.get(v.source), names.get(v.target)) for v in doc.events]
    assert events == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Mali's junta expelled the envoy, accusing Paris of hostile remarks.", "France", "STATE"),
        ("Soldiers were killed in an ambush near the town of Boni.", "Boni", "LOCATION"),
        ("The president visited Paris on Monday.", "Paris", "LOCATION"),
        ("Washington and Riyadh openly support the plan.", "Saudi Arabia", "STATE"),
        ("Flights from Cairo and Amman resumed on Monday.", "Amman", "LOCATION"),
        ("Tehran, which arms the Houthis, denied the report.", "Iran", "STATE"),
    ],
)
def test_quality_places_and_their_governments(text: str, name: str, type_: str) -> None:
    found = {e.name: e.type for e in dossier.analyze(text).entities}
    assert found.get(name) == type_, found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "Fighters attacked a checkpoint in Diyala Province on Monday.",
            "Diyala Province",
            "LOCATION",
        ),
        ("Forces liberated the Syrian town of Dabiq on Sunday.", "Dabiq", "LOCATION"),
    ],
)
def test_quality_place_names_stop_at_their_edges(text: str, name: str, type_: str) -> None:
    found = {m.text: e.type for e in dossier.analyze(text).entities for m in e.mentions}
    assert any(name in text_ and t == type_ for text_, t in found.items()), found
    assert not any("Monday" in text_ or "Sunday" in text_ for text_ in found)


@pytest.mark.parametrize(
    ("text", "mention", "type_"),
    [
        (
            "According to Michael Knights of the Washington Institute, the militants won.",
            "Michael Knights",
            "PERSON",
        ),
        ("The researcher Belkis Wille documented executions.", "Belkis Wille", "PERSON"),
        ("Air strikes by the Combined Joint Task Force resumed.", "Combined Joint Task Force",
         "MILITARY"),
    ],
)
def test_quality_persons_and_units_the_ner_mistypes(text: str, mention: str, type_: str) -> None:
    found = {m.text: e.type for e in dossier.analyze(text).entities for m in e.mentions}
    assert found.get(mention) == type_, found


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Staff Colonel Abd al-Amir Hassan leads the unit.", {"Abd al-Amir Hassan": "PERSON"}),
        ("Rebels hold the general Syrian area.", {"Syrian": "GROUP"}),
    ],
)
def test_quality_titles_before_names(text: str, mentions: dict[str, str]) -> None:
    found = {m.text: e.type for e in dossier.analyze(text).entities for m in e.mentions}
    assert found == mentions
