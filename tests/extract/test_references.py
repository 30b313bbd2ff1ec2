"""The reference rules (dossier/knowledge/reference_rules.json) on their own examples and
counter-examples, through the shipped pipeline."""

from __future__ import annotations

import pytest

from dossier.analysis import ingest
from dossier.document import Document, Entity, Mention
from dossier.extract.references import issuer_entities, reference_rules
from dossier.ingest import RawArticle
from dossier.stages import default_pipeline

CASES = [
    (rule["id"], case, expected)
    for rule in reference_rules()
    for expected, cases in ((True, rule["examples"]), (False, rule["counter_examples"]))
    for case in cases
]


def _analysed(text: str, issuer: str | None) -> Document:
    doc = ingest(RawArticle(text=text, source="<test>"))
    doc.metadata.issuer = issuer
    return default_pipeline()(doc)


@pytest.mark.parametrize(("rule_id", "case", "is_example"), CASES)
def test_reference_rule_on_its_examples(rule_id: str, case: dict, is_example: bool) -> None:
    doc = _analysed(case["text"], case["issuer"])
    start = doc.text.index(case["word"]) + len(case["word"]) - len(case["word"].lstrip())
    mentions = [(e, m) for e in doc.entities for m in e.mentions]
    mentions += doc.layers["references"]
    resolved = sorted(
        e.name for e, m in mentions if m.start <= start < m.end and rule_id in e.rules
    )
    assert resolved == sorted(case["resolves"])
    assert bool(resolved) is is_example


def _entity(entity_id: str, name: str, aliases: list[str]) -> Entity:
    return Entity(
        id=entity_id,
        name=name,
        type="STATE",
        aliases=aliases,
        mentions=[Mention(start=0, end=len(name), text=name, sentence=0)],
    )


@pytest.mark.parametrize(
    ("issuer", "expected"),
    [
        ("Governments of the United States of America, France, and Italy", ["e1", "e2", "e3"]),
        ("Antony J. Blinken, Secretary of State", ["e4"]),
        ("Office of the Spokesperson", []),
        # a part names a body and its state: both, in the order written
        ("The G7 foreign ministers of Canada, France, and Italy", ["e5", "e6", "e2", "e3"]),
    ],
)
def test_issuer_entities_one_per_listed_issuer(issuer: str, expected: list[str]) -> None:
    doc = Document(id="t", text="x")
    doc.entities = [
        _entity("e1", "United States", ["U.S.", "United States of America"]),
        _entity("e2", "France", ["French"]),
        _entity("e3", "Italy", []),
        _entity("e4", "Antony Blinken", ["Antony J. Blinken", "Blinken"]),
        _entity("e5", "G7 Foreign Ministers", []),
        _entity("e6", "Canada", []),
    ]
    doc.metadata.issuer = issuer
    assert [e.id for e in issuer_entities(doc)] == expected


def _sources(text: str) -> list[tuple[str | None, str]]:
    doc = _analysed(text, None)
    names = {e.id: e.name for e in doc.entities}
    return [(names.get(a.source or ""), a.claim.text) for a in doc.attributions]


def test_organisation_pronoun_is_an_attribution_source() -> None:
    """'it said' is the organisation the rule resolves it to (before, 'it' was no source)."""
    sources = _sources(
        "The Baloch Liberation Army claimed responsibility for the attack on Tuesday. In a "
        "statement, it said it had taken more than 100 passengers hostage."
    )
    assert ("Baloch Liberation Army", "it had taken more than 100 passengers hostage") in sources


def test_pronoun_outside_a_quotation_is_not_a_name_inside_it() -> None:
    """'he added' after a quotation naming Kim Jong Un is the analyst named before it."""
    sources = _sources(
        'Analyst Scott Snyder spoke to VOA. "It is in the interest of Kim Jong Un to ensure '
        'that any meetings succeed," he added.'
    )
    assert [name for name, _ in sources] == ["Scott Snyder"]


def test_a_quotation_left_unclosed_does_not_turn_later_ones_inside_out() -> None:
    """A source text that forgot a closing mark: the next opening mark starts a quotation
    of its own, so 'He said' after the last quotation is outside any and is Evans (read
    by pairs of marks, it was inside a quotation whose speaker is Evans, so no one)."""
    sources = _sources(
        'Mark Evans runs a garage in Vienna. The market "was ruled by petrol cars, Evans '
        'said. "Both makers are now in trouble." He said tariffs will raise the price of '
        "Chinese cars."
    )
    assert ("Mark Evans", "tariffs will raise the price of Chinese cars") in sources


def test_unresolved_pronoun_gives_no_source() -> None:
    """A nearer subject that names no actor ('Security analysts') leaves 'they' to no one:
    the attribution keeps no entity rather than the Taliban named in between."""
    sources = _sources(
        "Security analysts argue that the Taliban gained ground. A reduction in US forces, "
        "they warn, would create a vacuum."
    )
    assert all(name != "Taliban" for name, _ in sources)


def test_a_transcript_turn_speaks_for_its_labelled_speaker_not_the_issuer() -> None:
    text = (
        "Secretary Blinken met NATO Secretary General Jens Stoltenberg in Brussels.\n\n"
        "SECRETARY GENERAL STOLTENBERG: Thank you. We condemn the attacks on civilians.\n\n"
        "Q Jen, do we know whether Russia will attack Kyiv?\n\n"
        "SECRETARY BLINKEN: We condemn the Russian strikes on Ukraine."
    )
    doc = _analysed(text, "Antony J. Blinken")
    names = {e.id: e.name for e in doc.entities}
    accusers = sorted(names[e.source] for e in doc.events if e.type == "ACCUSE" and e.source)
    assert accusers == ["Antony Blinken", "Jens Stoltenberg"]
    reporter_we = text.index("do we") + 3
    assert not any(m.start == reporter_we for e in doc.entities for m in e.mentions)


def test_a_joint_statement_we_met_gives_one_event_per_government_not_every_pair() -> None:
    """Six issuers saying "we met": six CONSULT events (event.reciprocal_limit), not 30
    ordered pairs; a demand keeps one event per issuer, as the guide's coordinated sources."""
    issuer = "Governments of Canada, France, Germany, Italy, Japan, and the United Kingdom"
    doc = _analysed(
        f"The following statement was released by the {issuer}.\n\n"
        "We met in Geneva on Monday. We call on all parties to respect the ceasefire.",
        issuer,
    )
    met = [e for e in doc.events if e.trigger.text == "met"]
    assert len(met) == 6 and all(e.target is None for e in met)
    assert all("event.reciprocal_limit" in e.rules for e in met)
    assert len({e.source for e in met}) == 6
    assert len([e for e in doc.events if e.type == "REQUEST"]) == 6


def test_two_issuers_meeting_stay_a_pair_both_ways() -> None:
    doc = _analysed(
        "The following statement was released by the Governments of France and Germany.\n\n"
        "We met in Geneva on Monday.",
        "Governments of France and Germany",
    )
    met = [e for e in doc.events if e.trigger.text == "met"]
    assert len(met) == 2 and all(e.target is not None for e in met)


def test_an_issuer_part_naming_a_person_gives_the_person_not_the_country() -> None:
    doc = Document(id="t", text="x")
    blinken = _entity("e1", "Antony Blinken", ["Antony J. Blinken"])
    garneau = _entity("e3", "Marc Garneau", [])
    blinken.type = garneau.type = "PERSON"
    doc.entities = [blinken, _entity("e2", "Canada", ["Canadian"]), garneau]
    doc.metadata.issuer = (
        "Secretary of State Antony J. Blinken and Canadian Minister of Foreign Affairs Marc Garneau"
    )
    assert [e.id for e in issuer_entities(doc)] == ["e1", "e3"]
    doc.metadata.issuer = "Governments of Canada and France"
    assert [e.id for e in issuer_entities(doc)] == ["e2"]


def test_a_noun_heads_a_name_before_its_of_or_as_its_last_word() -> None:
    from dossier.extract.references import _heads_name

    assert _heads_name("court", "the International Court of Justice")
    assert _heads_name("group", "the Conti ransomware group")
    assert not _heads_name("house", "Democratic Speaker of the House")
    assert not _heads_name("council", "President of the European Council")
