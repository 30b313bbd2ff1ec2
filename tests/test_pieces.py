"""A large document analysed in paragraph groups over forked processes: the groups join to
the text, every span of the merged result gives its text, ids are unique and resolve, and a
document below the threshold is analysed whole, as before."""

from __future__ import annotations

import itertools
import random

import pytest

from dossier import language
from dossier.analysis import analyze
from dossier.document import Document, Entity, Mention, Paragraph
from dossier.pieces import Piece, _EntityMerger, cut_pieces, paragraph_groups
from dossier.pipeline import Pipeline
from dossier.stages import DEFAULT_STAGES

# Short sentences written for this test (no article's text).
SENTENCES = (
    "Foreign Minister Anna Berg met President Karl Dorn in Vienna on 3 March 2024.",
    "Berg said the talks on the border were useful.",
    "Rebels killed 12 soldiers near the northern border on Tuesday, the army said.",
    "The government condemned the attack and promised an inquiry.",
    "Dorn accused the rebels of breaking the ceasefire.",
    "Police arrested 40 protesters in the capital, officials said.",
    "The United Nations called for calm.",
    "Will the truce hold?",
)


def _text(paragraphs: int, seed: int) -> str:
    chooser = random.Random(seed)
    return "\n\n".join(
        " ".join(chooser.sample(SENTENCES, chooser.randint(1, 3))) for _ in range(paragraphs)
    )


def _spans_are_exact(doc: Document) -> None:
    text = doc.text
    spans = [*doc.sentences, *doc.quantities, *doc.dates]
    spans += [m for e in doc.entities for m in e.mentions]
    spans += [a.claim for a in doc.attributions]
    spans += [s for e in doc.events for s in (e.trigger, e.source_text, e.target_text) if s]
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text


def _ids_are_unique_and_resolve(doc: Document) -> None:
    for records in (doc.entities, doc.events, doc.attributions):
        ids = [r.id for r in records]
        assert len(set(ids)) == len(ids)
    assert [s.id for s in doc.sentences] == list(range(len(doc.sentences)))
    entities = {e.id for e in doc.entities}
    attributions = {a.id for a in doc.attributions}
    for event in doc.events:
        assert {event.source, event.target, event.location} <= entities | {None}
        assert event.attributed_to in attributions | {None}
        sentence = doc.sentences[event.sentence]
        assert sentence.start <= event.trigger.start < sentence.end
    for attribution in doc.attributions:
        assert attribution.source in entities | {None}
    for sentence in doc.sentences:
        assert sentence.opinion_holder in attributions | {None, "author"}
    for item in [m for e in doc.entities for m in e.mentions] + doc.quantities + doc.dates:
        sentence = doc.sentences[item.sentence]
        assert sentence.start <= item.start < sentence.end


def test_paragraph_groups_join_to_the_text() -> None:
    text = "aaaa\n\nbb\n\ncccccc\n\nd"
    starts = [0, 6, 10, 18]
    paragraphs = [
        Paragraph(start=s, end=e)
        for s, e in zip(starts, [4, 8, 16, 19], strict=True)
    ]
    doc = Document(id="x", text=text, paragraphs=paragraphs)
    groups = paragraph_groups(doc, 6)
    assert groups[0][0] == 0 and groups[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(groups))
    assert {start for start, _ in groups} <= set(starts)
    assert len(groups) > 1
    pieces = cut_pieces(doc, 6)
    assert "".join(piece.doc.text for piece in pieces) == text
    for piece in pieces:
        for paragraph in piece.doc.paragraphs:
            assert paragraph.start + piece.offset in starts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_document_in_pieces_keeps_spans_and_ids(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    monkeypatch.setenv(language.PROCESSES_SETTING, "2")
    if language.parse_processes() < 2:
        pytest.skip("this process may not fork (threads or no Linux)")
    text = _text(60, seed)
    whole = analyze(text, pipeline=Pipeline(list(DEFAULT_STAGES), split_chars=10**9))
    pipeline = Pipeline(list(DEFAULT_STAGES), split_chars=1_000, piece_chars=700)
    split = analyze(text, pipeline=pipeline)
    assert "pieces.merge" in pipeline.timings
    _spans_are_exact(split)
    _ids_are_unique_and_resolve(split)
    assert [(s.start, s.end) for s in split.sentences] == [
        (s.start, s.end) for s in whole.sentences
    ]
    assert len({(e.type, e.name) for e in split.entities}) == len(split.entities)  # merged
    assert {(e.type, e.trigger.start) for e in split.events}
    assert split.metadata == whole.metadata


def test_document_below_the_threshold_is_analysed_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(language.PROCESSES_SETTING, "2")
    text = _text(20, 4)
    pipeline = Pipeline(list(DEFAULT_STAGES), split_chars=len(text) + 1)
    doc = analyze(text, pipeline=pipeline)
    assert "pieces.merge" not in pipeline.timings
    monkeypatch.setenv(language.PROCESSES_SETTING, "1")
    assert doc == analyze(text, pipeline=Pipeline(list(DEFAULT_STAGES)))


def _person(name: str, start: int) -> Entity:
    mention = Mention(start=start, end=start + len(name), text=name, sentence=0)
    return Entity(id="e1", name=name, type="PERSON", mentions=[mention])


def test_a_surname_joins_the_full_name_of_another_piece_only() -> None:
    merger = _EntityMerger()
    first, second = Piece(0, Document(id="x", text="")), Piece(100, Document(id="x", text=""))
    full = merger.add(_person("Karl Dorn", 0), first, 0)
    surname = merger.add(_person("DORN", 5), second, 3)
    assert [e.name for e in merger.entities()] == ["Karl Dorn"]
    assert surname.id == full.id == "e1" and "DORN" in full.aliases
    assert [m.start for m in full.mentions] == [0, 105]
    merger = _EntityMerger()
    merger.add(_person("Karl Dorn", 0), first, 0)
    merger.add(_person("Dorn", 20), first, 0)  # kept apart by the actor stage: stays apart
    assert [e.name for e in merger.entities()] == ["Karl Dorn", "Dorn"]


# Issue 15, the CLI's 20,000 short paragraphs: the parent analysing its share of the pieces
# forked the parse of each of its pieces again (three processes on two cores, each parse sent
# back as a DocBin), and the model and knowledge were first loaded after the fork, once in
# each process (the bench loads them before it times).
_SEEN_PROCESSES: list[int] = []
_LOADS = None


def _recording_stage(doc: Document) -> None:
    if len(doc.text) > 200:  # a piece, not the warm-up sentence
        _SEEN_PROCESSES.append(language.parse_processes())


def _loading_stage(doc: Document) -> None:
    _load_once()


def _load_once() -> None:
    global _LOADED
    if not _LOADED:
        _LOADED = True
        with _LOADS.get_lock():
            _LOADS.value += 1


_LOADED = False


def _piece_pipeline(run) -> Pipeline:
    from dossier.pipeline import Stage

    return Pipeline([Stage(name="probe", run=run)], split_chars=1_000, piece_chars=300)


def _plain_doc(paragraphs: int) -> Document:
    sentence = "The minister met the envoy in the capital on Monday."
    text = "\n\n".join([sentence] * paragraphs)
    step = len(sentence) + 2
    spans = [Paragraph(start=i * step, end=i * step + len(sentence)) for i in range(paragraphs)]
    return Document(id="x", text=text, paragraphs=spans)


def test_parent_does_not_fork_again_while_its_piece_children_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(language.PROCESSES_SETTING, "2")
    if language.parse_processes() < 2:
        pytest.skip("this process may not fork (threads or no Linux)")
    _SEEN_PROCESSES.clear()
    _piece_pipeline(_recording_stage)(_plain_doc(40))
    assert _SEEN_PROCESSES and set(_SEEN_PROCESSES) == {1}
    assert language.parse_processes() == 2  # and may fork again afterwards


def test_lazy_loads_happen_once_before_the_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    global _LOADS, _LOADED
    monkeypatch.setenv(language.PROCESSES_SETTING, "2")
    if language.parse_processes() < 2:
        pytest.skip("this process may not fork (threads or no Linux)")
    _LOADS, _LOADED = multiprocessing.get_context("fork").Value("i", 0), False
    _piece_pipeline(_loading_stage)(_plain_doc(40))
    assert _LOADS.value == 1


def test_the_parent_takes_the_smaller_share() -> None:
    from dossier.pipeline import _share_cuts

    assert _share_cuts([100, 100, 100], 2) == [0, 1, 3]
    assert _share_cuts([100] * 15, 2) == [0, 7, 15]
    assert _share_cuts([10, 300, 10], 2) == [0, 1, 3]
    assert _share_cuts([50, 50, 50, 50], 2) == [0, 2, 4]
    assert _share_cuts([100, 100], 1) == [0, 2]
