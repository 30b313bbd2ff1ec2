"""The look-ups that keep the pipeline linear give the answers of the scans they replace,
on a real article analysed with the shipped model."""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import LEMMA, LOWER

from dossier.analysis import analyze
from dossier.document import Document
from dossier.extract.attributions import _matcher, attribution_rules
from dossier.extract.dates import _other_year_near, find_dates, infer_publication_date
from dossier.extract.events import _attribution_for, _DateIndex
from dossier.language import Words, _tokens_with, load, required_words, sentence_chunks
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
