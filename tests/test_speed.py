"""The look-ups that keep the pipeline linear give the answers of the scans they replace,
on a real article analysed with the shipped model."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import LEMMA, LOWER
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from dossier.analysis import analyze
from dossier.document import Document
from dossier.extract.attributions import _matcher, attribution_rules
from dossier.extract.dates import _other_year_near, find_dates, infer_publication_date
from dossier.extract.events import _attribution_for, _DateIndex
from dossier.language import (
    IndexedDependencyMatcher,
    Words,
    _tokens_of_whole_runs,
    _tokens_with,
    load,
    required_words,
    sentence_bounds,
    sentence_chunks,
    sentence_matches,
    sentence_spans,
)
from dossier.spans import Paragraphs, SortedSpans
from tests.conftest import DEV_TEXT


@pytest.fixture(scope="module")
def analysed() -> Document:
    if not DEV_TEXT.exists():
        pytest.skip("../shared/dev is not beside the project")
    return analyze(DEV_TEXT.read_text(encoding="utf-8"), published="2024-12-10")


def test_sorted_spans_meet_like_a_scan(analysed: Document) -> None:
    ents = [(e.start, e.end, e.label_) for e in analysed.layers["spacy"].ents]
    assert len(ents) > 20
    spans = SortedSpans(ents)
    for start in range(0, len(analysed.layers["spacy"]) + 2, 3):
        for end in (start, start + 1, start + 4):
            assert spans.meeting(start, end) == [s for s in ents if s[0] < end and start < s[1]]


def test_paragraph_look_ups_agree_with_a_scan(analysed: Document) -> None:
    paragraphs = analysed.paragraphs
    index = Paragraphs.of(analysed)
    assert index.starts is not None  # ingest leaves paragraphs in order and apart
    for offset in range(-1, len(analysed.text) + 1, 7):
        holding = next((p for p in paragraphs if p.start <= offset < p.end), None)
        assert index.holding(offset) is holding
        latest = max((p.start for p in paragraphs if p.start <= offset), default=0)
        assert index.last_start(offset) == latest


def test_event_dates_and_claims_agree_with_a_scan(analysed: Document) -> None:
    assert analysed.dates and analysed.attributions
    index = _DateIndex.of(analysed)
    for offset in range(0, len(analysed.text), 5):
        paragraph = next((p for p in analysed.paragraphs if p.start <= offset < p.end), None)
        earlier = [
            d for d in analysed.dates
            if d.end <= offset and (paragraph is None or d.start >= paragraph.start)
        ]
        expected = max(earlier, key=lambda d: d.start).value if earlier else None
        assert index.last_before(analysed, offset) == expected
        claim = next(
            (a.id for a in analysed.attributions if a.claim.start <= offset < a.claim.end), None
        )
        assert _attribution_for(analysed.attributions, offset) == claim


def test_sentence_chunks_copy_like_spacy_and_keep_every_match(analysed: Document) -> None:
    parse = analysed.layers["spacy"]
    attrs = parse._get_array_attrs()
    array = parse.to_array(attrs)
    for offset, chunk in sentence_chunks(parse, max_tokens=60):
        reference = parse[offset : offset + len(chunk)].as_doc(array_head=attrs, array=array)
        assert (chunk.to_array(attrs) == reference.to_array(attrs)).all()
    patterns = [p for rule in attribution_rules() for p in rule["patterns"]]
    needs = required_words(patterns)
    assert needs is not None and "say" in needs.lemma and "according" in needs.lower
    matcher = _matcher(parse.vocab)

    def matches(**options: object) -> list[tuple[int, list[int]]]:
        return sorted(
            (key, [offset + i for i in tokens])
            for offset, chunk in sentence_chunks(parse, **options)
            for key, tokens in matcher(chunk)
        )

    every = matches()
    assert every and matches(needs=needs) == every
    assert required_words([*patterns, [{"RIGHT_ID": "x", "RIGHT_ATTRS": {"POS": "X"}}]]) is None


def test_lemma_index_as_sets_gives_the_same_lemmas(analysed: Document) -> None:
    nlp = load()
    lemmatizer = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    as_sets = dict(table.items())
    assert all(isinstance(words, frozenset) for words in as_sets.values())
    parse = analysed.layers["spacy"]
    try:
        for key, value in as_sets.items():
            table[key] = sorted(value)
        lemmatizer.cache = {}
        with_lists = [lemmatizer.rule_lemmatize(t) for t in parse]
    finally:
        for key, value in as_sets.items():
            table[key] = value
        lemmatizer.cache = {}
    assert len(parse) > 1000
    assert [lemmatizer.rule_lemmatize(t) for t in parse] == with_lists


def test_cue_word_test_agrees_with_numpy_isin(analysed: Document) -> None:
    parse = analysed.layers["spacy"]
    needs = required_words(p for rule in attribution_rules() for p in rule["patterns"])
    assert needs is not None
    columns = parse.to_array([LOWER, LEMMA])
    strings = parse.vocab.strings
    expected = numpy.isin(
        columns[:, 0], [strings.as_int(w) for w in needs.lower]
    ) | numpy.isin(columns[:, 1], [strings.as_int(w) for w in needs.lemma])
    assert 0 < expected.sum() < len(parse)
    assert (_tokens_with(parse, needs) == expected).all()
    assert not _tokens_with(parse, Words(frozenset(), frozenset())).any()


def test_stray_year_test_agrees_with_a_scan() -> None:
    cases = [[2021], [2021, 2021], [1850, 2021], [1920, 2021], [1921, 2021, 2024], [5, 2021]]
    for years in cases:
        for own in years:
            for year in (own, own + 1, own + 100, own + 101, own - 101):
                others = list(years)
                others.remove(own)
                scan = any(abs(year - other) <= 100 for other in others)
                assert _other_year_near(sorted(years), year, own) == scan, (years, own, year)


def test_publication_date_inferred_from_the_dates_found_once(analysed: Document) -> None:
    undated = analyze(DEV_TEXT.read_text(encoding="utf-8"))
    assert undated.metadata.published is None and undated.metadata.published_inferred
    assert infer_publication_date(undated, undated.dates) == infer_publication_date(undated)
    assert undated.dates == find_dates(undated)


def test_indexed_dependency_matcher_finds_what_spacy_finds(analysed: Document) -> None:
    parse = analysed.layers["spacy"]
    spacy_matcher, indexed = DependencyMatcher(parse.vocab), IndexedDependencyMatcher(parse.vocab)
    for rule in attribution_rules():
        for number, pattern in enumerate(rule["patterns"]):
            spacy_matcher.add(f"{rule['id']}#{number}", [pattern])
            indexed.add(f"{rule['id']}#{number}", [pattern])

    def positions(matcher: DependencyMatcher, chunk: Doc) -> list:  # in spaCy's order
        maps = matcher._get_keys_to_position_maps(chunk)
        return [(root, {key: list(found) for key, found in by_key.items()})
                for root, by_key in maps.items()]

    found = 0
    for _, chunk in sentence_chunks(parse, max_tokens=300):
        assert positions(indexed, chunk) == positions(spacy_matcher, chunk)
        matches = indexed(chunk)
        assert matches == spacy_matcher(chunk)
        found += len(matches)
    assert found > 10
    assert indexed._index  # every node of the rules is searched by the index
    unread = IndexedDependencyMatcher(parse.vocab)  # a test it does not read: spaCy searches
    unread.add("long", [[{"RIGHT_ID": "w", "RIGHT_ATTRS": {"LENGTH": {">": 6}}}]])
    assert unread(parse) and unread._index is False


def test_sentence_spans_are_spacys_sentences(analysed: Document) -> None:
    parse = analysed.layers["spacy"]
    assert list(sentence_spans(parse)) == [(s.start, s.end) for s in parse.sents]
    short = load()("Troops left the town. Officials said talks would resume on Monday.")
    assert list(sentence_spans(short)) == [(s.start, s.end) for s in short.sents]


def test_dependency_search_gives_spacys_matches_for_every_operator() -> None:
    nlp = load()
    doc = nlp("The minister said on Monday that rebels attacked two villages near the border, "
              "and officials in the capital said the army would respond.")
    anything = {"RIGHT_ID": "a", "RIGHT_ATTRS": {}}
    spacy_matcher, indexed = DependencyMatcher(doc.vocab), IndexedDependencyMatcher(doc.vocab)
    for operator in (">", "<", ">>", "<<", ".", ".*", ";", ";*", "$+", "$-", "$++", "$--",
                     ">+", ">-", ">++", ">--", "<+", "<-", "<++", "<--"):
        pattern = [anything, {"LEFT_ID": "a", "REL_OP": operator, "RIGHT_ID": "b",
                              "RIGHT_ATTRS": {}},
                   {"LEFT_ID": "b", "REL_OP": ">", "RIGHT_ID": "c",
                    "RIGHT_ATTRS": {"POS": {"IN": ["NOUN", "PROPN", "ADP"]}}}]
        spacy_matcher.add(operator, [pattern])
        indexed.add(operator, [pattern])
    found = indexed(doc)
    assert found == spacy_matcher(doc) and len(found) > 50


def test_layout_cues_are_sought_only_beside_a_layout_verb(
    analysed: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dossier.extract import attributions

    layout = {r["id"] for r in attributions.layout_rules()}
    short = analyze(
        "“We will not leave our homes,” said Ahmed Ali, a local official.\n\n"
        "The minister told reporters: “The army is ready to defend the border.”\n\n"
        "The talks collapsed on Friday after the rebels walked out, diplomats said."
    )
    docs = [analysed, short]
    found = [attributions.find_attributions(doc) for doc in docs]
    assert any(a.rules[0] in layout for a in found[1])
    monkeypatch.setattr(attributions, "_layout_verb_at", lambda doc: [True] * len(doc))
    assert [attributions.find_attributions(doc) for doc in docs] == found


def test_matches_in_place_are_the_copies_matches(analysed: Document) -> None:
    parse = analysed.layers["spacy"]
    matcher = _matcher(parse.vocab)
    needs = required_words(p for rule in attribution_rules() for p in rule["patterns"])

    def by_sentence(found: list[tuple[int, list[int]]]) -> dict[int, list]:
        grouped: dict[int, list] = {}
        for key, tokens in found:
            grouped.setdefault(sentence_bounds(parse, tokens[0])[0], []).append((key, tokens))
        return grouped

    copied = [(key, [offset + i for i in tokens])
              for offset, chunk in sentence_chunks(parse, needs=needs)
              for key, tokens in matcher(chunk)]
    assert _tokens_of_whole_runs(parse, needs) is not None
    in_place = sentence_matches(matcher, parse, needs=needs)
    assert len(in_place) > 10 and by_sentence(in_place) == by_sentence(copied)
    # a tree across two runs of copied sentences (sentences from a hook, as spaCy keeps a
    # parse's sentences whole): the copies are matched, as before
    words = ["He", "said", "it", ".", "Dogs", "bark", ".", "They", "said", "so", "."]
    crossing = Doc(parse.vocab, words=words, heads=[1, 1, 1, 1, 5, 5, 5, 8, 1, 8, 8],
                   deps=["nsubj", "ROOT", "obj", "punct", "nsubj", "ROOT", "punct", "nsubj",
                         "conj", "advmod", "punct"],
                   lemmas=["he", "say", "it", ".", "dog", "bark", ".", "they", "say", "so", "."])
    crossing.user_hooks["sents"] = lambda doc: [doc[0:4], doc[4:7], doc[7:11]]
    assert _tokens_of_whole_runs(crossing, needs) is None
    assert sentence_matches(matcher, crossing, needs=needs) == [
        (key, [offset + i for i in tokens])
        for offset, chunk in sentence_chunks(crossing, needs=needs)
        for key, tokens in matcher(chunk)
    ]
