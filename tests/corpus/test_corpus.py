import csv
import io
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest

from dossier.corpus import Corpus, EventFilter, date_window
from dossier.corpus.export import ExportFormat, write_events, write_graph, write_parquet
from dossier.document import Document, Entity, Event, Mention, Metadata, Sentence, TextSpan


def _article(
    doc_id: str,
    published: str,
    entities: list[tuple[str, str, list[str]]],
    events: list[tuple[str, str, str | None, str | None]] = (),
    *,
    codes: dict[str, str] | None = None,
) -> Document:
    """A hand-made analysed article: entities (name, type, aliases) get ids e1, e2, ...;
    events are (type, source name, target name, date)."""
    text = f"One sentence reports it ({doc_id})."
    ids = {name: f"e{i}" for i, (name, _, _) in enumerate(entities, start=1)}
    return Document(
        id=doc_id,
        text=text,
        metadata=Metadata(published=published, source=f"outlet of {doc_id}"),
        sentences=[Sentence(id=0, start=0, end=len(text), text=text)],
        entities=[
            Entity(
                id=ids[name],
                name=name,
                type=type_,
                aliases=aliases,
                code=(codes or {}).get(name),
                mentions=[Mention(start=0, end=3, text=text[:3], sentence=0)],
            )
            for name, type_, aliases in entities
        ],
        events=[
            Event(
                id=f"v{i}",
                type=type_,
                source=ids[source],
                target=ids.get(target or ""),
                date=date,
                sentence=0,
                trigger=TextSpan(start=4, end=12, text="sentence"),
                confidence=0.6,
            )
            for i, (type_, source, target, date) in enumerate(events, start=1)
        ],
    )


ISRAEL = ("Israel", "STATE", ["Israeli"])
HEZBOLLAH = ("Hezbollah", "ARMED_GROUP", ["Hizbullah"])


def test_corpus_one_actor_per_referent_across_articles() -> None:
    corpus = Corpus(
        [
            _article("a", "2024-10-01", [ISRAEL, HEZBOLLAH]),
            _article(
                "b", "2024-10-02", [("Hizbullah", "ARMED_GROUP", []), ("Israel", "STATE", [])]
            ),
            _article("c", "2024-10-03", [("Hezbollah", "POLITICAL_PARTY", [])]),
        ]
    )
    [armed] = [a for a in corpus.actors if a.type == "ARMED_GROUP"]
    assert armed.documents == {"a", "b"}
    assert "Hizbullah" in armed.aliases
    # never across incompatible types: the party of the same name stays apart
    assert {a.type for a in corpus.actors.find("Hezbollah")} == {"ARMED_GROUP", "POLITICAL_PARTY"}


def test_corpus_common_noun_aliases_join_nothing() -> None:
    corpus = Corpus(
        [
            _article("a", "2024-10-01", [("China", "STATE", ["government", "Chinese"])]),
            _article("b", "2024-10-01", [("United States", "STATE", ["government", "U.S."])]),
        ]
    )
    assert len(corpus.actors) == 2


def test_corpus_acronyms_and_near_spellings_join_and_explain_why() -> None:
    corpus = Corpus(
        [
            _article("a", "2024-10-01", [("Israel Defense Forces", "MILITARY", ["IDF"])]),
            _article("b", "2024-10-02", [("IDF", "MILITARY", [])]),
            _article("c", "2024-10-02", [("Kata'ib Hezbollah", "ARMED_GROUP", [])]),
            _article("d", "2024-10-02", [("Kataib Hizbollah", "ARMED_GROUP", [])]),
            _article("e", "2024-10-02", [("John Smith", "PERSON", [])]),
            _article("f", "2024-10-02", [("Joan Smith", "PERSON", [])]),
        ]
    )
    assert len(corpus.actors) == 4
    chain = corpus.actors.why_merged("IDF", "Israel Defense Forces")
    assert chain and "gives both names" in chain[0].reason  # article a: "... (IDF)"
    [idf] = [a for a in corpus.actors if a.type == "MILITARY"]
    assert idf.documents == {"a", "b"}
    near = corpus.actors.why_merged("Kataib Hizbollah", "Kata'ib Hezbollah")
    assert near and near[0].reason.startswith("near spelling")
    assert corpus.actors.why_merged("John Smith", "Joan Smith") is None


def test_corpus_near_spellings_of_two_countries_bodies_stay_apart() -> None:
    # one letter apart, but the articles coded them to two countries
    codes = {"Government of Iran": "IRNGOV", "Government of Iraq": "IRQGOV"}
    reports = [
        ("a", "2021-06-10", "Government of Iran"),
        ("b", "2022-03-13", "Government of Iraq"),
        ("c", "2022-03-14", "Government of Iraq"),
    ]
    corpus = Corpus(
        _article(doc, day, [(name, "GOVERNMENT_BODY", [])], codes=codes)
        for doc, day, name in reports
    )
    assert sorted(len(actor.documents) for actor in corpus.actors) == [1, 2]
    assert corpus.actors.why_merged("Government of Iran", "Government of Iraq") is None


def test_corpus_a_state_is_not_its_forces() -> None:
    # an article that calls Pakistan's army "Pakistan military" beside the state
    state = ("Pakistan", "STATE", ["Pakistani", "Pakistan military"])
    forces = ("Pakistan military", "MILITARY", [])
    corpus = Corpus([_article("a", "2025-03-14", [state]), _article("b", "2025-03-12", [forces])])
    [pakistan] = [a for a in corpus.actors if a.type == "STATE"]
    assert pakistan.aliases == ["Pakistani"]
    assert [a.type for a in corpus.actors.find("Pakistan military")] == ["MILITARY"]
    assert corpus.actors.why_merged("Pakistan", "Pakistan military") is None


def test_corpus_untyped_organisation_joins_a_typed_one() -> None:
    corpus = Corpus(
        [
            _article("a", "2024-10-01", [("Hamas", "ORGANIZATION", [])]),
            _article("b", "2024-10-02", [("Hamas", "ARMED_GROUP", [])]),
        ]
    )
    [actor] = list(corpus.actors)
    assert actor.type == "ARMED_GROUP"


def test_corpus_codes_follow_the_article_dates() -> None:
    person = ("Joe Biden", "PERSON", [])
    corpus = Corpus(
        [
            _article("a", "2016-05-01", [person], codes={"Joe Biden": "USAGOV"}),
            _article("b", "2019-05-01", [person], codes={"Joe Biden": "USAELI"}),
            _article("c", "2022-05-01", [person], codes={"Joe Biden": "USAGOV"}),
        ]
    )
    [actor] = list(corpus.actors)
    assert actor.codes() == [
        {"code": "USAGOV", "first": "2016-05-01", "last": "2022-05-01"},
        {"code": "USAELI", "first": "2019-05-01", "last": "2019-05-01"},
    ]


def test_corpus_merges_reports_of_one_event_and_keeps_two_days_apart() -> None:
    strike = [("ASSAULT", "Israel", "Hezbollah", "2024-10-01")]
    corpus = Corpus(
        [
            _article("a", "2024-10-01", [ISRAEL, HEZBOLLAH], strike),
            _article("b", "2024-10-02", [ISRAEL, HEZBOLLAH], strike),
            # undated, published the next day: the same strike
            _article(
                "c", "2024-10-02", [ISRAEL, HEZBOLLAH], [("ASSAULT", "Israel", "Hezbollah", None)]
            ),
            # two days later: another strike
            _article(
                "d",
                "2024-10-03",
                [ISRAEL, HEZBOLLAH],
                [("ASSAULT", "Israel", "Hezbollah", "2024-10-03")],
            ),
        ]
    )
    events = sorted(corpus.corpus_events(), key=lambda e: -len(e.articles))
    assert [sorted(e.articles) for e in events] == [["a", "b", "c"], ["d"]]
    assert events[0].date == "2024-10-01"
    assert len(events[0].sources) == 3
    assert events[0].confidence > events[1].confidence


def test_corpus_meeting_reports_may_give_two_days_and_two_places_strikes_may_not() -> None:
    g7 = ("G7", "INTERNATIONAL_ORG", ["Group of Seven"])

    def report(doc_id: str, type_: str, day: str, place: str) -> Document:
        entities = [g7, ISRAEL, (place, "LOCATION", [])]
        events = [(type_, "G7", None, day), ("ASSAULT", "Israel", None, day)]
        article = _article(doc_id, day, entities, events)
        article.events[0].location = "e3"  # the meeting's place
        return article

    corpus = Corpus(
        [
            # the G7 ministers' meeting, dated by two of its days and named by venue and region
            report("a", "CONSULT", "2025-03-13", "Quebec"),
            report("b", "CONSULT", "2025-03-12", "Charlevoix"),
        ]
    )
    meetings = [e for e in corpus.corpus_events() if e.type == "CONSULT"]
    assert [sorted(e.articles) for e in meetings] == [["a", "b"]]
    assert meetings[0].date == "2025-03-12/2025-03-13"
    # Israeli strikes reported on two days are two strikes
    strikes = [e for e in corpus.corpus_events() if e.type == "ASSAULT"]
    assert sorted(sorted(e.articles) for e in strikes) == [["a"], ["b"]]


def test_corpus_adding_an_article_again_changes_nothing() -> None:
    article = _article(
        "a", "2024-10-01", [ISRAEL, HEZBOLLAH], [("ASSAULT", "Israel", "Hezbollah", None)]
    )
    corpus = Corpus([article])
    before = (len(corpus.actors), len(corpus.events))
    assert corpus.add(article) is False
    assert (len(corpus.actors), len(corpus.events)) == before


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024-10-01", "2024-10-01", "2024-10-01"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2024", "2024-01-01", "2024-12-31"),
        ("2025-W11", "2025-03-10", "2025-03-16"),
        ("2024-12-08/2024-12-10", "2024-12-08", "2024-12-10"),
        (None, "2024-09-24", "2024-10-01"),
    ],
)
def test_date_window_follows_precision(value, first, last) -> None:
    window = date_window(value, "2024-10-01")
    assert (window[0].isoformat(), window[1].isoformat()) == (first, last)


@pytest.fixture
def two_sided() -> Corpus:
    return Corpus(
        [
            _article(
                "a",
                "2024-10-01",
                [ISRAEL, HEZBOLLAH],
                [
                    ("ASSAULT", "Israel", "Hezbollah", "2024-10-01"),
                    ("ASSAULT", "Hezbollah", "Israel", "2024-10-01"),
                ],
            ),
            _article(
                "b",
                "2024-11-27",
                [ISRAEL, HEZBOLLAH],
                [("AGREE", "Israel", "Hezbollah", "2024-11-26")],
            ),
        ]
    )


def test_network_edges_are_typed_dated_and_scored(two_sided: Corpus) -> None:
    graph = two_sided.network()
    edges = {
        (graph.nodes[s]["label"], graph.nodes[t]["label"], k): d
        for s, t, k, d in graph.edges(keys=True, data=True)
    }
    assert edges["Israel", "Hezbollah", "ASSAULT"]["quad_class"] == "material conflict"
    assert edges["Israel", "Hezbollah", "AGREE"]["score"] > 0
    assert edges["Israel", "Hezbollah", "AGREE"]["first"] == "2024-11-26"
    only_assaults = two_sided.network(EventFilter(types=frozenset({"ASSAULT"})))
    assert only_assaults.number_of_edges() == 2


def test_timeline_per_actor_pair_and_undated(two_sided: Corpus) -> None:
    timeline = two_sided.timeline(actor="Israel", target="Hezbollah")
    assert [e.type for e in timeline["dated"]] == ["ASSAULT", "AGREE"]
    assert timeline["undated"] == []


def test_actor_dossier_lists_partners_adversaries_and_events(two_sided: Corpus) -> None:
    dossier = two_sided.actor("Hizbullah")
    assert dossier["name"] == "Hezbollah"
    assert dossier["as_source"] == {"ASSAULT": {"2024-10": 1}}
    [israel] = two_sided.actors.find("Israel")
    assert dossier["adversaries"] == [{"id": israel.id, "actor": "Israel", "events": 2}]
    assert dossier["partners"] == [{"id": israel.id, "actor": "Israel", "events": 1}]
    # the dossier's links name actors by id, and an id finds the same dossier
    assert two_sided.actor(dossier["id"])["name"] == "Hezbollah"


def test_exports_load_in_their_readers(two_sided: Corpus, tmp_path) -> None:
    events = two_sided.corpus_events()
    out = io.StringIO()
    assert write_events(events, two_sided.actors, ExportFormat.csv, out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["event"] for r in rows} == {"ASSAULT", "AGREE"}
    assert rows[0]["actor"] and rows[0]["quad_code"]
    out = io.StringIO()
    write_events(events, two_sided.actors, ExportFormat.plover, out)
    record = json.loads(out.getvalue().splitlines()[0])
    assert {"id", "date", "actor", "recipient", "event", "mode"} <= set(record)
    assert write_parquet(events, two_sided.actors, tmp_path / "e.parquet") == 3
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 3
    for format in (ExportFormat.graphml, ExportFormat.gexf):
        path = tmp_path / f"n.{format}"
        write_graph(two_sided.network(), format, path)
        graph = nx.read_graphml(path) if format is ExportFormat.graphml else nx.read_gexf(path)
        assert graph.number_of_edges() == 3


def test_cli_export_actor_and_why_merged(two_sided: Corpus, tmp_path) -> None:
    from typer.testing import CliRunner

    from dossier.cli import app
    from dossier.store import Store

    db = tmp_path / "c.db"
    store = Store(db)
    for doc in two_sided.documents.values():
        store.save(doc)
    store.close()
    runner = CliRunner()
    result = runner.invoke(app, ["export", "csv", "--db", str(db), "--type", "assault"])
    assert result.exit_code == 0, result.output
    assert [r["event"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["ASSAULT"] * 2
    graph_path = tmp_path / "n.gexf"
    result = runner.invoke(app, ["export", "gexf", "--db", str(db), "-o", str(graph_path)])
    assert result.exit_code == 0 and nx.read_gexf(graph_path).number_of_nodes() == 2
    result = runner.invoke(app, ["actor", "Hizbullah", "--db", str(db), "-f", "json"])
    assert json.loads(result.stdout)["name"] == "Hezbollah"
    assert runner.invoke(app, ["why-merged", "Hezbollah", "Israel", "--db", str(db)]).exit_code == 1
    result = runner.invoke(app, ["export", "xml", "--db", str(db)])
    assert result.exit_code == 2 and "unknown format" in result.output
    result = runner.invoke(app, ["actor", "X", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no such database" in result.output


def _summary(corpus: Corpus) -> tuple[list[str], list[str]]:
    actors = corpus.actors.actors
    return (
        sorted(str((a.name, a.type, sorted(a.documents))) for a in actors.values()),
        sorted(
            str((e.type, actors[e.source].name, e.date, sorted(e.articles)))
            for e in corpus.events.events.values()
        ),
    )


def test_stored_corpus_grows_article_by_article_as_if_built_at_once(tmp_path) -> None:
    from dossier.store import Store

    strike = [("ASSAULT", "Hezbollah", "Israel", "2024-10-01")]
    articles = [
        _article("a", "2024-10-01", [ISRAEL, ("Hezbollah", "ARMED_GROUP", [])], strike),
        _article(
            "b",
            "2024-10-02",
            [("Hizbullah", "ARMED_GROUP", []), ISRAEL],
            [("ASSAULT", "Hizbullah", "Israel", "2024-10-01")],
        ),
        # joins the actors of a and b into one only now ("Hezbollah", also "Hizbullah")
        _article("c", "2024-10-02", [HEZBOLLAH, ISRAEL], strike),
        _article("d", "2024-10-05", [ISRAEL, HEZBOLLAH], [("AGREE", "Israel", "Hezbollah", None)]),
    ]
    store = Store(tmp_path / "c.db")
    for doc in articles[:2]:
        store.save(doc)
    assert len(store.corpus().actors) == 3  # "Hizbullah" of b is not yet known as Hezbollah
    for doc in articles[2:]:
        store.save(doc)
    grown = store.corpus()
    assert _summary(grown) == _summary(Corpus(articles))
    again = store.corpus()
    assert _summary(again) == _summary(grown)
    [event] = [e for e in again.corpus_events() if e.type == "ASSAULT"]
    assert event.articles == {"a", "b", "c"}


def test_queries_filter_events_actors_claims_and_sentences(two_sided: Corpus, tmp_path) -> None:
    from dossier.store import Store

    store = Store(tmp_path / "q.db")
    for doc in two_sided.documents.values():
        store.save(doc)
    corpus = store.corpus()
    events = corpus.query("events", actor="Hizbullah", type="assault")
    assert {(e["source"], e["target"]) for e in events} == {
        ("Israel", "Hezbollah"),
        ("Hezbollah", "Israel"),
    }
    assert corpus.query("events", since="2024-11-01")[0]["type"] == "AGREE"
    assert corpus.query("events", text="reports (b)")[0]["type"] == "AGREE"
    assert [a["name"] for a in corpus.query("actors", text="hizb")] == ["Hezbollah"]
    assert corpus.query("claims", actor="Israel") == []
    sentences = corpus.query("sentences", text="reports", actor="Israel", until="2024-10-31")
    assert [s["document"] for s in sentences] == ["a"]
    with pytest.raises(ValueError, match="not a query"):
        store.query("places")


def test_actor_html_escapes_article_text(two_sided: Corpus) -> None:
    from dossier.report import actor_html

    dossier = two_sided.actor("Israel")
    dossier["claims"] = [{"cue": "said", "claim": "<script>alert(1)</script>", "document": "a"}]
    page = actor_html(dossier)
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    assert page.startswith("<!doctype html>") and "<h1>Israel" in page


def test_merge_scores_count_labelled_pairs_across_articles() -> None:
    from dossier.evaluation.corpus_merge import score_merges

    strike = [("ASSAULT", "Israel", "Hezbollah", "2024-10-01")]
    docs = {
        "a": _article("a", "2024-10-01", [ISRAEL, HEZBOLLAH], strike),
        "b": _article("b", "2024-10-02", [ISRAEL, HEZBOLLAH], strike),
        "c": _article("c", "2024-10-09", [ISRAEL, HEZBOLLAH], [(*strike[0][:3], "2024-10-08")]),
    }
    gold = {
        "event_reports": [
            {"article": key, "type": "ASSAULT", "hint": "reports it", "event": label}
            for key, label in (("a", "strike-1"), ("b", "strike-1"), ("c", "strike-2"))
        ],
        "actor_names": [
            {"article": "a", "name": "Hezbollah", "actor": "H"},
            {"article": "c", "name": "Hizbullah", "actor": "H"},
            {"article": "b", "name": "Israel", "actor": "I"},
        ],
    }
    scores = score_merges(gold, docs, Corpus(docs.values()))
    events = scores["events"]
    assert (events["precision"], events["recall"], events["pairs"], events["gold_same"]) == (
        1.0,
        1.0,
        3,
        1,
    )
    assert (scores["actors"]["precision"], scores["actors"]["recall"]) == (1.0, 1.0)
    assert scores["actors"]["pairs"] == 3


def test_cli_timeline_lists_dated_events_in_order(two_sided: Corpus, tmp_path) -> None:
    from typer.testing import CliRunner

    from dossier.cli import app
    from dossier.store import Store

    db = tmp_path / "t.db"
    store = Store(db)
    for doc in two_sided.documents.values():
        store.save(doc)
    store.close()
    result = CliRunner().invoke(
        app, ["timeline", "--db", str(db), "--actor", "Israel", "--target", "Hezbollah", "--json"]
    )
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert [(e["type"], e["date"]) for e in found["dated"]] == [
        ("ASSAULT", "2024-10-01"),
        ("AGREE", "2024-11-26"),
    ]


def test_corpus_bench_copies_articles_later_and_times_every_query(two_sided, tmp_path) -> None:
    from dossier.corpus.bench import QUERY_CASES, bench_corpus
    from dossier.store import Store

    store = Store(tmp_path / "s.db")
    for doc in two_sided.documents.values():
        store.save(doc)
    store.close()
    figures = bench_corpus(str(tmp_path / "s.db"), size=6, work_dir=tmp_path / "bench")
    assert (figures["articles"], figures["from_stored"]) == (7, 2)
    # copies are dated a week apart, so their strikes stay separate events
    assert figures["corpus_events"] > len(two_sided.corpus_events())
    assert [q["query"] for q in figures["queries"]] == [kind for kind, _ in QUERY_CASES]
    assert (figures["update_one_added"], figures["update_again_added"]) == (1, 0)


def _stored_view(store) -> dict[str, list]:
    """Every row of the stored corpus view, in a stable order."""
    from sqlalchemy import text

    tables = ["corpus_actors", "corpus_members", "corpus_actor_names", "corpus_actor_keys"]
    tables += ["corpus_events", "corpus_event_mentions", "corpus_documents"]
    with store.engine.connect() as connection:
        return {
            table: sorted(map(str, connection.execute(text(f"SELECT * FROM {table}"))))
            for table in tables
        }


def test_articles_added_one_at_a_time_load_only_what_they_touch(tmp_path) -> None:
    from sqlalchemy.orm import Session

    from dossier.corpus.actors import ActorRef
    from dossier.store import Store
    from dossier.store.corpus import StoredView

    def strike(doc_id, published, attacker, day, target=ISRAEL):
        return _article(
            doc_id,
            published,
            [attacker, target],
            [("ASSAULT", attacker[0], target[0], day)],
            codes={"Israel": "ISR"},  # its dates of publication are kept with its code
        )

    articles = [
        strike("a", "2024-10-01", ("Kataib Hezbollah", "ARMED_GROUP", []), "2024-10-01"),
        strike("b", "2024-10-02", ("Houthis", "ARMED_GROUP", []), "2024-10-02"),
        strike("c", "2024-10-02", ("Kata'ib Hezbollah", "ARMED_GROUP", []), "2024-10-01"),
        strike("d", "2024-10-03", ("Ansar Allah", "ARMED_GROUP", []), "2024-10-02"),
        # joins the actors of b and d only now, so their strikes become one event
        strike("e", "2024-10-04", ("Ansar Allah", "ARMED_GROUP", ["Houthis"]), "2024-10-02"),
        strike("f", "2024-10-09", ISRAEL, "2024-10-08", target=HEZBOLLAH),
    ]
    store = Store(tmp_path / "one.db")
    for doc in articles:
        store.save(doc)
        assert store.update_corpus() == 1
    at_once = Store(tmp_path / "all.db")
    for doc in articles:
        at_once.save(doc)
    assert _summary(store.corpus()) == _summary(Corpus(articles)) == _summary(at_once.corpus())
    actor_rows = "SELECT name, type, aliases, codes, articles FROM corpus_actors ORDER BY name"
    with store.engine.connect() as one, at_once.engine.connect() as other:  # ids aside
        assert list(one.exec_driver_sql(actor_rows)) == list(other.exec_driver_sql(actor_rows))
    houthi_strikes = [e for e in store.corpus().corpus_events() if e.articles & {"b", "d"}]
    assert [sorted(e.articles) for e in houthi_strikes] == [["b", "d", "e"]]
    with Session(store.engine) as session:  # a new "Israel" loads Israel, no armed group
        view = StoredView(session)
        view.corpus.actors.add(ActorRef("g", "e1", "Israel", "STATE", ("Israeli",)))
        assert [a.name for a in view.corpus.actors] == ["Israel"]
    extra = strike("g", "2024-10-10", ISRAEL, "2024-10-08", target=HEZBOLLAH)
    store.save(extra)
    assert store.update_corpus() == 1
    before = _stored_view(store)
    assert store.save(extra) is False and store.update_corpus() == 0
    assert _stored_view(store) == before


@pytest.mark.parametrize("first", ["CBC News", "NBC News"])
def test_a_near_spelling_as_close_to_two_actors_joins_the_earlier(first: str) -> None:
    from dossier.corpus.actors import ActorRef, ActorResolver

    second = {"CBC News": "NBC News", "NBC News": "CBC News"}[first]
    resolver = ActorResolver()
    earlier = resolver.add(ActorRef(document="a", entity="e1", name=first, type="MEDIA"))
    resolver.add(ActorRef(document="b", entity="e1", name=second, type="MEDIA"))
    joined = resolver.add(ActorRef(document="c", entity="e1", name="CNBC News", type="MEDIA"))
    assert joined == earlier
