"""The language backbone: tokens, sentences, tags, parse and entity spans from spaCy.

``load()`` returns dossier's own shipped pipeline (``dossier/language/model``). The setting
``DOSSIER_SPACY_MODEL`` (environment) selects another installed spaCy pipeline by name or
path instead, e.g. ``en_core_web_trf``; ``blank`` selects a rule-based tokenizer and
sentencizer with no statistical model (fast, for tests and tokenizer benchmarks).
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import re
import sys
import threading
import unicodedata
import warnings
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, DocBin
from spacy.util import compile_infix_regex
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from dossier.document import Paragraph
from dossier.language.parse_repairs import add_parse_repairs
from dossier.language.sentence_breaks import add_sentence_breaks

MODEL_SETTING = "DOSSIER_SPACY_MODEL"
SHIPPED_MODEL = Path(__file__).parent / "model"
DEFAULT_MODEL = "dossier"
BLANK_MODEL = "blank"
# A bracket glued to the word before it, as in "Abboud Qanbar(Arabic: ...)", is a token.
GLUED_BRACKET = r"(?<=[^\W\d_])[(\[](?=\w)"
# A hyphen after an abbreviation's last period ("U.S.-led", "U.N.-backed", "U.K.-brokered")
# parts the abbreviation from the word it modifies, as "US-led" is parted.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)[-‐–](?=[A-Za-z])"


class ModelNotFoundError(RuntimeError):
    """The selected spaCy pipeline is not installed."""


def doc_text(doc: Doc) -> str:
    """The text of a parse, joined once and kept in ``doc.user_data`` (spaCy's ``Doc.text``
    joins every token on each call: a look-up per sentence or match would be quadratic)."""
    text = doc.user_data.get("dossier.text")
    if text is None:
        text = doc.user_data["dossier.text"] = doc.text
    return text


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The token start and end of ``doc[i].sent``, by bisection over the sentence starts
    (read once per parse and kept in ``doc.user_data``): spaCy's ``Token.sent`` makes a
    Span and walks token by token to both ends of the sentence on each call. A parse with
    sentence hooks or no sentence boundaries is left to spaCy."""
    starts = _sentence_starts(doc)
    if starts is False:
        sentence = doc[i].sent
        return sentence.start, sentence.end
    place = bisect_right(starts, i)
    return (
        starts[place - 1] if place else 0,
        starts[place] if place < len(starts) else len(doc),
    )


def _sentence_starts(doc: Doc) -> list[int] | bool:
    """The tokens whose SENT_START is 1, read once per parse and kept in ``doc.user_data``;
    False for a parse with sentence hooks or no sentence boundaries (left to spaCy)."""
    starts = doc.user_data.get("dossier.sentence_starts")
    if starts is None:
        usable = not (
            "sent" in doc.user_span_hooks
            or "sent" in doc.user_token_hooks
            or "sents" in doc.user_hooks
        ) and doc.has_annotation("SENT_START")
        column = doc.to_array([SENT_START]) if usable else None
        starts = numpy.flatnonzero(column == 1).tolist() if column is not None else False
        doc.user_data["dossier.sentence_starts"] = starts
    return starts


def sentence_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """The token start and end of each of ``doc.sents``, from the sentence starts kept by
    ``_sentence_starts`` (spaCy makes a Span for each)."""
    starts = _sentence_starts(doc)
    if starts is False:
        yield from ((sentence.start, sentence.end) for sentence in doc.sents)
        return
    start = 0
    for i in starts:
        if i > 0:
            yield start, i
            start = i
    if start != len(doc):
        yield start, len(doc)


def model_name() -> str:
    """The pipeline the setting selects (``dossier`` for the shipped one)."""
    return os.environ.get(MODEL_SETTING, "").strip() or DEFAULT_MODEL


def _blank() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def load(name: str | None = None) -> Language:
    """The spaCy pipeline named by ``name`` or by the setting (loaded once per process).

    name (str | None): ``dossier`` (shipped), ``blank``, or any installed spaCy pipeline.
    RETURNS (Language): the loaded pipeline; raises ModelNotFoundError with the fix.
    """
    return _load(name or model_name())


@lru_cache(maxsize=1)
def irregular_verb_lemmas() -> dict[str, tuple[str, ...]]:
    """The verb forms the shipped model's lemmatizer lists as exceptions, with their lemmas
    ("shot": shoot, "fought": fight), read from its lookup tables whatever model the text is
    parsed with; empty when the tables are not there."""
    path = SHIPPED_MODEL / "lemmatizer" / "lookups"
    if not path.exists():
        return {}
    lookups = Lookups().from_disk(path)
    if not lookups.has_table("lemma_exc"):
        return {}
    verbs = lookups.get_table("lemma_exc").get("verb", {})
    return {form: tuple(lemmas) for form, lemmas in verbs.items()}


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    nlp = _load_pipeline(name)
    infixes = nlp.tokenizer.infix_finditer
    pattern = infixes.__self__.pattern if infixes is not None else None  # the pipeline's own
    ours = [GLUED_BRACKET, ABBREVIATION_HYPHEN]
    infixes = [pattern, *ours] if pattern else [*nlp.Defaults.infixes, *ours]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if nlp.tokenizer.suffix_search is not None:
        nlp.tokenizer.suffix_search = TailSearch(nlp.tokenizer.suffix_search).search
    _index_lemmas_as_sets(nlp)
    add_sentence_breaks(nlp)
    add_parse_repairs(nlp)
    return nlp


def _index_lemmas_as_sets(nlp: Language) -> None:
    """The rule lemmatizer's word index per part of speech as sets, not lists.

    spaCy's ``Lemmatizer.rule_lemmatize`` only asks ``form in index``, once per rule that
    fits a word's ending, and the shipped tables are lists (57,528 nouns): each new word
    scanned them, a fifth of the parse's time. Sets give the same answers.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


class TailSearch:
    """A suffix search that reads only the last ``tail`` characters of a token.

    spaCy's suffix patterns end in ``$``, so each search scans the whole rest of a token and
    a run of closing brackets or punctuation without spaces costs time quadratic in its
    length; the tokenizer uses only the length of the match, which the tail gives as well
    (no suffix, ")", "'s", "km", "...", is that long). ``pattern`` is the original one, for
    spaCy's serialisation.
    """

    def __init__(self, search: Callable[[str], re.Match | None], tail: int = 64) -> None:
        self._search = search
        self.tail = tail
        self.pattern = getattr(getattr(search, "__self__", None), "pattern", None)

    def search(self, string: str) -> re.Match | None:
        return self._search(string[-self.tail :])


def _load_pipeline(name: str) -> Language:
    if name == BLANK_MODEL:
        return _blank()
    if name == DEFAULT_MODEL:
        if not (SHIPPED_MODEL / "config.cfg").exists():
            warnings.warn(
                f"dossier's shipped model is missing at {SHIPPED_MODEL} (rebuild it with "
                "`make model`); falling back to rule-based sentences with no parse or NER",
                stacklevel=2,
            )
            return _blank()
        return _load_with_numpy_ops(SHIPPED_MODEL)
    try:
        return _load_with_numpy_ops(name)
    except OSError:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} (from {MODEL_SETTING}) is not installed; install it "
            f"(e.g. `pip install {name}`) or unset {MODEL_SETTING} to use dossier's own model"
        ) from None


def _load_with_numpy_ops(name: str | Path) -> Language:
    """spaCy's pipeline with its matrix products in numpy's BLAS, not in blis.

    A blis wheel built for any CPU falls back to its generic kernels (no SIMD): on this
    project's machines its products took 3 to 4 times as long as numpy's OpenBLAS on one
    thread; the parses are the same. The parse runs with numpy's BLAS on one thread (see
    parse_paragraphs): the matrices of a small model are too small to share between threads.
    """
    with use_ops("numpy", use_blis=False):
        return spacy.load(name)


def paragraph_chunks(text: str, paragraphs: list[Paragraph]) -> list[tuple[str, bool]]:
    """``text`` cut at paragraph starts, each piece with the whitespace after it and whether
    it is a heading; joined they are ``text`` again.

    A paragraph longer than MAX_PIECE_CHARS is cut further (see piece_ends), so that the
    parser's time and memory stay linear in the length of the text and no piece reaches
    spaCy's limit of a million characters.
    """
    starts = sorted({0, *(p.start for p in paragraphs if 0 < p.start < len(text))})
    headings = {p.start for p in paragraphs if p.heading}
    ends = [*starts[1:], len(text)]
    chunks = []
    for start, end in zip(starts, ends, strict=True):
        piece_start = start
        for piece_end in piece_ends(text, start, end):
            chunks.append((text[piece_start:piece_end], start in headings))
            piece_start = piece_end
    return [(chunk, heading) for chunk, heading in chunks if chunk]


# Pieces the parser sees are at most this long; cuts prefer a line break, then a sentence
# end, then a space, looking back at most half a piece from the longest cut.
MAX_PIECE_CHARS = 5_000
_LINE_BREAK = re.compile(r"\n\s*")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")


def piece_ends(text: str, start: int, end: int, limit: int = MAX_PIECE_CHARS) -> list[int]:
    """Where to cut ``text[start:end]`` into pieces of at most ``limit`` characters (the
    last end is ``end``); each cut falls after a line break, a sentence end or a space
    where one lies in the second half of the piece, else at the limit itself."""
    ends = []
    while end - start > limit:
        window_start, window_end = start + limit // 2, start + limit
        cut = window_end
        for boundary in (_LINE_BREAK, _SENTENCE_END, _SPACE):
            found = [m.end() for m in boundary.finditer(text, window_start, window_end)]
            if found:
                cut = found[-1]
                break
        while cut < end and unicodedata.combining(text[cut]):  # keep marks on their letter
            cut += 1
        ends.append(cut)
        start = cut
    ends.append(end)
    return ends


def parse_paragraphs(
    nlp: Language, items: list[tuple[str, list[Paragraph]]], batch_size: int = 64
) -> list[Doc]:
    """Each text parsed paragraph by paragraph (long paragraphs in pieces, see
    paragraph_chunks), so that a headline's words do not colour the parse of the sentence
    after it, then joined into one Doc per text (same characters).

    The pieces' tensors are dropped (no stage reads them): they would hold a hundred
    floats per token of the whole text. A large input is parsed in several processes (see
    parse_processes); the parses are the same.
    """
    chunked = [
        _apart_from_list_marks(paragraph_chunks(text, paragraphs)) for text, paragraphs in items
    ]
    with threadpool_limits(limits=1, user_api="blas"):
        parsed = iter(
            _parse_pieces(nlp, [piece for chunks in chunked for piece in chunks], batch_size)
        )
        joined = []
        for (text, _), chunks in zip(items, chunked, strict=True):
            docs = [next(parsed) for _ in chunks]
            if len(docs) == 1 and chunks[0][0] == text:
                # one piece: its parse as it is, not joined into a copy (the same annotation)
                docs[0].user_data["dossier.text"] = text  # see doc_text
                joined.append(docs[0])
                continue
            doc = (
                Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
                if docs
                else nlp.make_doc(text)
            )
            joined.append(_list_marks_joined(doc, docs, chunks))
    return joined


# A list mark opening a paragraph ("- According to the Department of State, ..."): parsed
# apart, the parser reads the sentence after it as it reads one without it.
_LIST_MARK = re.compile(r"[-*•–]\s+(?=\S)")
_MARK_ALONE = re.compile(r"[-*•–]\s+")


def _apart_from_list_marks(chunks: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The pieces with a list mark that opens one cut off as a piece of its own (marked by
    the mark's text being a whole piece that ``_MARK_ALONE`` matches), when the piece is one
    list item."""
    apart: list[tuple[str, bool]] = []
    for chunk, heading in chunks:
        mark = _LIST_MARK.match(chunk)
        if mark is not None and not heading and f" {chunk[0]} " not in chunk[mark.end() :]:
            # one item: a paragraph of items flattened ("- A - B - C") keeps its marks for
            # the sentence-break rules that read them (in_list)
            apart += [(chunk[: mark.end()], heading), (chunk[mark.end() :], heading)]
        else:
            apart.append((chunk, heading))
    return apart


def _list_marks_joined(doc: Doc, docs: list[Doc], chunks: list[tuple[str, bool]]) -> Doc:
    """``doc`` with each list mark parsed apart hung as punctuation on the root of the
    sentence it opens, in that sentence (characters and tokens as they are)."""
    marks: list[int] = []
    start = 0
    for piece, (chunk, _) in zip(docs, chunks, strict=True):
        if _MARK_ALONE.fullmatch(chunk) and len(piece) == 1 and start + 1 < len(doc):
            marks.append(start)
        start += len(piece)
    if not marks or not doc.has_annotation("DEP"):
        return doc
    array = doc.to_array([HEAD, DEP]).astype(numpy.uint64)
    punct = doc.vocab.strings.add("punct")
    for mark in marks:
        root = doc[mark + 1]
        while root.head.i != root.i:
            root = root.head
        array[mark, 0] = numpy.int64(root.i - mark).astype(numpy.uint64)
        array[mark, 1] = punct
    doc.from_array([HEAD, DEP], array)
    return doc


PROCESSES_SETTING = "DOSSIER_PROCESSES"
# Below this many characters the parse stays in one process: a forked process costs more
# than it saves (parsing takes about 18 µs of CPU per character).
MIN_PARALLEL_CHARS = 20_000
_held_to_one_process = 0  # > 0 inside ``one_process()``


@contextmanager
def one_process() -> Iterator[None]:
    """Every parse in this process while inside: the caller already keeps the other cores
    busy (the pipeline's parent while its forked processes analyse their pieces)."""
    global _held_to_one_process
    _held_to_one_process += 1
    try:
        yield
    finally:
        _held_to_one_process -= 1


def parse_processes() -> int:
    """How many processes a large parse may use: ``DOSSIER_PROCESSES`` (environment), else
    the cores this process may run on, at most 2 (``1`` keeps every parse in this process).

    More processes are used only where forking is safe: on Linux, from a process that runs
    no other Python thread and is no multiprocessing worker itself.
    """
    setting = os.environ.get(PROCESSES_SETTING, "").strip()
    wanted = int(setting) if setting.isdigit() else min(2, len(os.sched_getaffinity(0)))
    if wanted < 2 or sys.platform != "linux" or threading.active_count() > 1:
        return 1
    if _held_to_one_process:
        return 1
    if multiprocessing.parent_process() is not None:
        return 1
    return wanted


def _parse_pieces(nlp: Language, pieces: list[tuple[str, bool]], batch_size: int) -> list[Doc]:
    """The pieces (text, is heading) parsed in order, without tensors: the last parts in
    forked processes that send their parses back as a DocBin, the first here meanwhile."""
    processes = parse_processes()
    if processes < 2 or sum(len(text) for text, _ in pieces) < MIN_PARALLEL_CHARS:
        return _parse_here(nlp, pieces, batch_size)
    cuts = _even_cuts([len(text) for text, _ in pieces], processes)
    context = multiprocessing.get_context("fork")
    children = []
    try:
        for start, end in itertools.pairwise(cuts[1:]):
            receiving, sending = context.Pipe(duplex=False)
            child = context.Process(
                target=_parse_in_child,
                args=(nlp, pieces[start:end], batch_size, sending),
                daemon=True,
            )
            child.start()
            sending.close()
            children.append((child, receiving, start, end))
        docs = _parse_here(nlp, pieces[: cuts[1]], batch_size)
        for _child, receiving, start, end in children:
            try:
                data = receiving.recv_bytes()
            except EOFError:  # the child failed: parse its part here
                docs += _parse_here(nlp, pieces[start:end], batch_size)
            else:
                docs += DocBin().from_bytes(data).get_docs(nlp.vocab)
            finally:
                receiving.close()
        return docs
    finally:
        for child, *_ in children:
            if child.is_alive():
                child.terminate()
            child.join()


def _even_cuts(lengths: list[int], parts: int) -> list[int]:
    """Cut points 0 = c0 <= c1 <= ... <= c_parts = len(lengths) giving each part about the
    same number of characters."""
    total = sum(lengths)
    cuts, running = [0], 0
    for i, length in enumerate(lengths):
        running += length
        while len(cuts) < parts and running >= total * len(cuts) / parts:
            cuts.append(i + 1)
    while len(cuts) <= parts:
        cuts.append(len(lengths))
    return cuts


def _parse_here(nlp: Language, pieces: list[tuple[str, bool]], batch_size: int) -> list[Doc]:
    def docs() -> Iterator[Doc]:
        for text, heading in pieces:
            doc = nlp.make_doc(text)
            if heading:
                for token in doc[1:]:
                    token.is_sent_start = False
            yield doc

    return [_without_tensor(doc) for doc in nlp.pipe(docs(), batch_size=batch_size)]


def _parse_in_child(
    nlp: Language, pieces: list[tuple[str, bool]], batch_size: int, connection: Any
) -> None:
    """A forked process's part: its parses sent back as one DocBin's bytes."""
    with threadpool_limits(limits=1, user_api="blas"):
        parsed = DocBin(store_user_data=False, docs=_parse_here(nlp, pieces, batch_size))
    connection.send_bytes(parsed.to_bytes())
    connection.close()


# spaCy's entity IOB codes in a Doc array
_MISSING, _INSIDE, _BEGIN = 0, 1, 3

# A stage that matches over a parse in pieces (sentence_chunks) sees at most this many tokens.
MAX_CHUNK_TOKENS = 20_000


def sentence_chunks(
    doc: Doc, max_tokens: int = MAX_CHUNK_TOKENS, *, needs: Words | None = None
) -> Iterator[tuple[int, Doc]]:
    """``doc`` as copies of runs of whole sentences of at most ``max_tokens`` tokens (a
    longer sentence alone), each with the index of its first token in ``doc``.

    For matchers whose memory grows with the Doc they run over (spaCy's DependencyMatcher
    keeps every token's subtree): a tree never crosses a sentence, so the matches are the
    same. The Doc is read into an array once; each copy costs its own length (spaCy's
    ``Span.as_doc`` also reads all the Doc's entities for each copy: quadratic).

    needs: words (``required_words``) of which a sentence must hold one to be copied; the
    sentences left out break the runs.
    """
    read: list[Any] = []  # the Doc's array, read on the first copy (a whole Doc needs none)

    def copy(start: int, end: int) -> Doc:
        if start == 0 and end == len(doc) and doc[0].ent_iob != _INSIDE:
            return doc  # as _copy_of_tokens gives it
        if not read:
            read.append(doc._get_array_attrs())
            read.append(doc.to_array(read[0]))
        return _copy_of_tokens(doc, start, end, read[0], read[1])

    wanted = _tokens_with(doc, needs) if needs is not None else None
    start = end = 0
    for sentence_start, sentence_end in sentence_spans(doc):
        if wanted is not None and not wanted[sentence_start:sentence_end].any():
            if end > start:
                yield start, copy(start, end)
            start = end = sentence_end
            continue
        if sentence_end - start > max_tokens and end > start:
            yield start, copy(start, end)
            start = end
        end = sentence_end
    if end > start:
        yield start, copy(start, end)


def sentence_matches(
    matcher: DependencyMatcher,
    doc: Doc,
    max_tokens: int = MAX_CHUNK_TOKENS,
    *,
    needs: Words | None = None,
) -> list[tuple[int, list[int]]]:
    """The matches (match id, token ids in ``doc``) of ``matcher`` over the copies
    ``sentence_chunks`` hands out, each sentence's in the order its copy gives them.

    A Doc of at most ``max_tokens`` whose copies would each hold whole trees is matched in
    place instead, on the tokens of the copied sentences only (an IndexedDependencyMatcher
    whose index reads every node): the same trees, so the same matches, without a copy."""
    if len(doc) <= max_tokens and isinstance(matcher, IndexedDependencyMatcher) and (
        matcher.indexed()
    ):
        allowed = _tokens_of_whole_runs(doc, needs)
        if allowed is not None:
            return matcher(doc, None if allowed is True else allowed) if allowed else []
    return [
        (match_id, [offset + i for i in token_ids])
        for offset, chunk in sentence_chunks(doc, max_tokens, needs=needs)
        for match_id, token_ids in matcher(chunk)
    ]


def _tokens_of_whole_runs(doc: Doc, needs: Words | None) -> list[bool] | bool | None:
    """For each token, whether its sentence holds one of ``needs`` (as sentence_chunks
    copies it); True when every sentence does (the whole Doc, as sentence_chunks hands it
    out), an empty list when none does; None when a head of such a token lies outside its
    run of such sentences (a copy would cut that tree)."""
    if needs is None:
        return True
    wanted = _tokens_with(doc, needs)
    spans = list(sentence_spans(doc))
    kept = [bool(wanted[start:end].any()) for start, end in spans]
    if all(kept):
        return True
    if not any(kept):
        return []
    run = numpy.full(len(doc), -1, dtype="int64")
    runs = 0
    previous = False
    for (start, end), keep in zip(spans, kept, strict=True):
        if keep:
            runs += not previous
            run[start:end] = runs
        previous = keep
    heads = doc.to_array([HEAD]).astype("int64").reshape(-1) + numpy.arange(len(doc))
    inside = run >= 0
    if (run[heads[inside]] != run[inside]).any():
        return None
    return inside.tolist()


class Words(NamedTuple):
    """Lower-case forms and lemmas: a token with either may start a match."""

    lower: frozenset[str]
    lemma: frozenset[str]


def required_words(patterns: Iterable[list[dict[str, Any]]]) -> Words | None:
    """Words of which every DependencyMatcher pattern needs a token to have one (each
    pattern's first node that asks for a ``LOWER`` or ``LEMMA`` string or list), so that a
    sentence with none of them holds no match; None when some pattern asks for no word."""
    lower: set[str] = set()
    lemma: set[str] = set()
    for pattern in patterns:
        for node in pattern:
            found = next(
                (
                    (key, [value] if isinstance(value, str) else value["IN"])
                    for key, value in node.get("RIGHT_ATTRS", {}).items()
                    if key in {"LOWER", "LEMMA"}
                    and (isinstance(value, str) or (isinstance(value, dict) and [*value] == ["IN"]))
                ),
                None,
            )
            if found is not None:
                (lower if found[0] == "LOWER" else lemma).update(found[1])
                break
        else:
            return None
    return Words(frozenset(lower), frozenset(lemma))


# Up to this many tokens, a token's values are looked up in sets one by one: numpy's cost
# per call outweighs its speed on the few rows of a short text.
_FEW_TOKENS = 40


def _tokens_with(doc: Doc, words: Words) -> numpy.ndarray:
    """For each token of ``doc``, whether its lower-case form or its lemma is in ``words``."""
    columns = doc.to_array([LOWER, LEMMA])
    if len(doc) <= _FEW_TOKENS:  # a few rows: a set look-up each (see _rows_as_tested)
        lower_ids, lemma_ids = _id_sets(words, doc.vocab.strings)
        return numpy.array(
            [form in lower_ids or lemma in lemma_ids for form, lemma in columns.tolist()],
            dtype=bool,
        )
    lower, lemma = _sorted_ids(words, doc.vocab.strings)
    return _is_in(columns[:, 0], lower) | _is_in(columns[:, 1], lemma)


@lru_cache(maxsize=16)
def _id_sets(words: Words, strings: Any) -> tuple[frozenset[int], frozenset[int]]:
    """The string ids of ``words``' lower-case forms and lemmas, as sets."""
    lower, lemma = _sorted_ids(words, strings)
    return frozenset(lower.tolist()), frozenset(lemma.tolist())


@lru_cache(maxsize=16)
def _sorted_ids(words: Words, strings: Any) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The string ids of ``words``' lower-case forms and lemmas, each sorted (read once: a
    document of one short paragraph spent more time building them than matching)."""
    return tuple(  # type: ignore[return-value]
        numpy.unique(numpy.array([strings.as_int(w) for w in group], dtype=numpy.uint64))
        for group in (words.lower, words.lemma)
    )


def _is_in(values: numpy.ndarray, sorted_ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, sorted_ids)`` by bisection (isin sorts both arrays on each call)."""
    if not len(sorted_ids):
        return numpy.zeros(len(values), dtype=bool)
    places = numpy.searchsorted(sorted_ids, values).clip(max=len(sorted_ids) - 1)
    return sorted_ids[places] == values


def _copy_of_tokens(
    doc: Doc, start: int, end: int, array_head: list[int], array: numpy.ndarray
) -> Doc:
    """``doc[start:end].as_doc()`` for whole sentences: the same annotation, an entity cut
    at either end left without annotation as ``as_doc`` leaves it, in time of the copy.

    The whole of ``doc`` is ``doc`` itself (no entity is cut; callers only read it): a
    document of one sentence, as short documents are, is not copied."""
    whole = start == 0 and end == len(doc) and end > 0
    if whole and (ENT_IOB not in array_head or array[0, array_head.index(ENT_IOB)] != _INSIDE):
        return doc
    piece = array[start:end].copy()
    heads = piece[:, array_head.index(HEAD)].astype("int64") if HEAD in array_head else None
    if heads is not None:
        targets = numpy.arange(len(piece)) + heads
        if len(piece) and (targets.min() < 0 or targets.max() >= len(piece)):
            return doc[start:end].as_doc(array_head=array_head, array=array)  # a tree cut
    if ENT_IOB in array_head:
        iob, kind = array_head.index(ENT_IOB), array_head.index(ENT_TYPE)
        cut = []  # token places of the entities cut at the start and at the end
        place = 0
        while place < len(piece) and piece[place, iob] == _INSIDE:
            cut.append(place)
            place += 1
        if end < len(doc) and array[end, iob] == _INSIDE:
            place = len(piece) - 1
            while place >= 0 and piece[place, iob] == _INSIDE:
                cut.append(place)
                place -= 1
            if place >= 0 and piece[place, iob] == _BEGIN:
                cut.append(place)
        for place in cut:
            piece[place, iob] = _MISSING
            piece[place, kind] = 0
    tokens = doc[start:end]
    copy = Doc(
        doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens]
    )
    copy.from_array(array_head, piece)
    return copy


def _without_tensor(doc: Doc) -> Doc:
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def make_doc(nlp: Language, text: str, paragraphs: list[Paragraph]) -> Doc:
    """Tokenise ``text`` and fix sentence boundaries the layout gives.

    Each paragraph starts a sentence, and a heading paragraph is one sentence of its own;
    the parser or sentencizer decides every other boundary.
    """
    doc = nlp.make_doc(text)
    starts = {p.start for p in paragraphs}
    headings = [(p.start, p.end) for p in paragraphs if p.heading]
    for token in doc:
        if token.i == 0:
            continue
        if token.idx in starts:
            token.is_sent_start = True
        elif any(start < token.idx < end for start, end in headings):
            token.is_sent_start = False
    return doc


# Token attributes an indexed node search reads, by the names patterns give them.
_NODE_COLUMNS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "LEMMA": LEMMA, "POS": POS,
                 "TAG": TAG, "DEP": DEP}
_READ = (LEMMA, LOWER, ORTH, TAG, DEP, POS)  # read in this order, the most selective first
_MAX_FITTING = 5_000  # rows of token values kept with the nodes they fit, at most


class _Node(NamedTuple):
    """One node pattern: its match id in spaCy's token Matcher and its tests."""

    match_id: int
    tests: tuple[tuple[int, bool, frozenset[int]], ...]  # (place in _READ, wanted, values)
    regexes: tuple[tuple[int, re.Pattern[str]], ...]  # (place in _READ, REGEX)
    morph: frozenset[int] | None  # MORPH IS_SUPERSET


class IndexedDependencyMatcher(DependencyMatcher):
    """spaCy's DependencyMatcher with the same matches, whose search for the tokens each
    node pattern fits is indexed by the words and labels the nodes ask for.

    spaCy runs every node pattern as a token pattern at every token (its Python predicates
    cost about 70 µs a token for the attribution rules); here a token is tried only on the
    nodes that list one of its values, plus the nodes that list none. When a node has a
    test other than a string, ``IN``, ``NOT_IN`` or ``REGEX`` on ORTH/TEXT/LOWER/LEMMA/POS/
    TAG/DEP or ``MORPH`` ``IS_SUPERSET``, the search is left to spaCy.
    """

    _index: Any = None

    def __init__(self, vocab: Any, *, validate: bool = False) -> None:
        super().__init__(vocab, validate=validate)
        self._plans: dict[int, list[tuple[_Plan, list[int], frozenset[int]]]] = {}
        self._fitting: dict[tuple[int, ...], Any] = {}  # a token's values -> nodes they fit

    def add(self, key: str, patterns: list, *, on_match: Any = None) -> None:
        super().add(key, patterns, on_match=on_match)
        self._index = None
        self._plans.clear()
        self._fitting.clear()

    def __call__(self, doclike: Any, allowed: list[bool] | None = None) -> list:
        """spaCy's matches in spaCy's order (by key, pattern, tree, then its nodes' places
        in turn). spaCy tries every combination of the places its nodes fit (with a node
        that fits any token, all of a sentence's tokens for each) and then checks the
        relations; here each node's places are tried in order only where the relations to
        the nodes before it hold, and a pattern with a node that fits no token of a tree is
        passed over: the same matches, in the same order."""
        if not isinstance(doclike, Doc):
            return super().__call__(doclike)
        doc = doclike
        maps = self._get_keys_to_position_maps(doc, allowed)
        reached: dict[tuple[int, str], set[int]] = {}  # (token, operator) -> the tokens

        def related(node: int, operator: str) -> set[int]:
            found = reached.get((node, operator))
            if found is None:
                found = reached[(node, operator)] = {
                    token.i for token in self._ops[operator](doc, node)
                }
            return found

        matched: list = []
        for key in self._patterns:
            for plan, tokens_to_key, needed in self._plan(key):
                for keys_to_position in maps.values():
                    if needed <= keys_to_position.keys():
                        places = [keys_to_position[node] for node in tokens_to_key]
                        matched += [(key, found) for found in _tree_matches(plan, places, related)]
        for i, (match_id, _) in enumerate(matched):
            on_match = self._callbacks.get(match_id)
            if on_match is not None:
                on_match(self, doc, i, matched)
        return matched

    def _plan(self, key: int) -> list[tuple[_Plan, list[int], frozenset[int]]]:
        """For each pattern of ``key``: per node, the relations to check once its place is
        chosen, each to a node chosen before it or to itself; its nodes' keys, in order
        and as a set (made once)."""
        plans = self._plans.get(key)
        if plans is None:
            plans = self._plans[key] = [
                (_relations_by_node(tree, len(tokens_to_key)), tokens_to_key,
                 frozenset(tokens_to_key))
                for tree, tokens_to_key in zip(
                    self._tree[key], self._tokens_to_key[key], strict=True
                )
            ]
        return plans

    def indexed(self) -> bool:
        """Whether every node is searched by the index (else spaCy searches)."""
        if self._index is None:
            self._index = self._node_index()
        return self._index is not False

    def _get_keys_to_position_maps(self, doc: Doc, allowed: list[bool] | None = None) -> Any:
        """spaCy's map {tree root: {node key: tokens}}; ``allowed``: the only tokens that
        may fit a node (the index's search only)."""
        if not self.indexed():
            return super()._get_keys_to_position_maps(doc)
        roots = _tree_roots(doc)
        found: Any = defaultdict(lambda: defaultdict(list))
        fitting = self._fitting
        if len(fitting) > _MAX_FITTING:
            fitting.clear()
        index: _Index = self._index
        values = doc.to_array(list(_READ))
        strings = doc.vocab.strings
        # the values REGEXes read, as they are; in the rows, each value as the tests see it
        raw = {place: values[:, place].tolist() for place in index.read_raw}
        every = index.every
        for i, row in enumerate(_rows_as_tested(values, index)):
            if allowed is not None and not allowed[i]:
                continue
            fit = fitting.get(row)
            if fit is None:
                fit = fitting[row] = self._fitting_nodes(row)
            plain, checked = fit
            by_id = None  # a tree is listed once a token of it fits a node
            if every or plain:
                by_id = found.get(roots[i])
                if by_id is None:
                    by_id = found[roots[i]]
                    if every:  # nodes every token fits: one list of the tree's tokens
                        tokens: list[int] = []
                        for match_id in every:
                            by_id[match_id] = tokens
                if every:
                    by_id[every[0]].append(i)
                for match_id in plain:
                    by_id[match_id].append(i)
            for match_id, morph, regexes in checked:
                if regexes and not all(
                    regex.search(strings[raw[place][i]]) for place, regex in regexes
                ):
                    continue  # as spaCy reads it: a search in the string
                if morph is None or morph <= {get_string_id(f) for f in doc[i].morph}:
                    if by_id is None:
                        by_id = found[roots[i]]
                    by_id[match_id].append(i)
        return found

    def _fitting_nodes(self, row: tuple[int, ...]) -> tuple[list[int], list[_Fit]]:
        """The nodes but those of ``_Index.every`` a token with these values (``_READ``, as
        ``_Index.columns`` gives them) may fit, in spaCy's order, as their match ids: those
        it fits, and those it fits if its values pass their REGEXes and its morphology has
        their MORPH features (None: none). The same tests as spaCy's, by the token's values
        alone (kept per distinct row in ``_fitting``); spaCy reads MORPH from the token's
        features, one by one."""
        index: _Index = self._index
        candidates = [node for node in index.always if node[1] is not None]
        for place, table in index.tables:
            candidates += table.get(row[place], ())
        fit = [(match_id, rest) for match_id, rest in candidates if rest is None or (
            _fits_values(rest, row)
        )]
        plain = [match_id for match_id, rest in fit if rest is None or not _checked(rest)]
        checked = [
            (match_id, rest.morph, rest.regexes)
            for match_id, rest in fit
            if rest is not None and _checked(rest)
        ]
        return plain, checked

    def _node_index(self) -> _Index | bool:
        """The nodes indexed by the values they ask for; False when some node has a test
        this search does not read."""
        always: list[tuple[int, _Node | None]] = []
        tables: dict[int, dict[int, list[tuple[int, _Node | None]]]] = {}
        listed: dict[int, set[int]] = {place: set() for place in range(len(_READ))}
        read_raw: set[int] = set()
        for key, patterns in self._patterns.items():
            for pattern, match_ids in zip(patterns, self._tokens_to_key[key], strict=True):
                for (attrs,), match_id in zip(pattern, match_ids, strict=True):
                    node = _node(attrs, match_id, self.vocab)
                    if node is None:
                        return False
                    for place, _, values in node.tests:
                        listed[place].update(values)
                    read_raw.update(place for place, _ in node.regexes)
                    indexed = [test for test in node.tests if test[1]]
                    if not indexed:
                        always.append((match_id, node if _has_tests(node) else None))
                        continue
                    chosen = min(indexed, key=lambda test: test[0])
                    rest = node._replace(tests=tuple(t for t in node.tests if t is not chosen))
                    table = tables.setdefault(chosen[0], {})
                    for value in chosen[2]:
                        table.setdefault(value, []).append(
                            (match_id, rest if _has_tests(rest) else None)
                        )
        absent = {place: _absent(values) for place, values in listed.items()}
        columns = [
            (place, numpy.array(sorted(values), dtype=numpy.uint64), absent[place])
            for place, values in listed.items()
        ]
        column_sets = tuple((frozenset(values), absent[place]) for place, values in listed.items())
        every = [match_id for match_id, rest in always if rest is None]
        return _Index(
            always, every, sorted(tables.items()), columns, frozenset(read_raw), column_sets
        )


def _rows_as_tested(values: numpy.ndarray, index: _Index) -> list[tuple[int, ...]]:
    """Each token's row of values (``_READ``) with every value no test lists replaced by
    its column's ``absent`` value (``_Index.columns``)."""
    if len(values) <= _FEW_TOKENS:
        sets = index.column_sets
        return [
            tuple(value if value in sets[place][0] else sets[place][1]
                  for place, value in enumerate(row))
            for row in values.tolist()
        ]
    for place, listed, absent in index.columns:
        column = values[:, place]
        values[:, place] = numpy.where(_is_in(column, listed), column, absent)
    return list(map(tuple, values.tolist()))


class _Index(NamedTuple):
    """IndexedDependencyMatcher's index of its nodes."""

    always: list[tuple[int, _Node | None]]  # the nodes with no value to index by
    every: list[int]  # those with no test at all (every token fits them), by match id
    # [(place in _READ, {value: nodes})]: each node as its match id and the tests left once
    # its value is found (None: none left)
    tables: list[tuple[int, dict[int, list[tuple[int, _Node | None]]]]]
    # per place in _READ, the values the tests list and one they do not: any other value
    # stands for that one in a row (it passes the same tests)
    columns: list[tuple[int, Any, int]]
    read_raw: frozenset[int]  # the places a REGEX reads, as they are
    # the same per place in _READ, the listed values as a set: (listed, absent)
    column_sets: tuple[tuple[frozenset[int], int], ...]


# a node a token may fit: its match id, the features its MORPH must have, its REGEXes
_Fit = tuple[int, frozenset[int] | None, tuple[tuple[int, re.Pattern[str]], ...]]


def _checked(node: _Node) -> bool:
    """Whether a node has tests a row of values does not answer (REGEX, MORPH)."""
    return bool(node.regexes) or node.morph is not None


def _absent(values: set[int]) -> int:
    """A string id that is not among ``values``."""
    return next(n for n in itertools.count() if n not in values)


# per node: the relations (earlier node, operator) it must be reached by, and the
# relations (operator, earlier node or itself) that must reach from it
_Plan = list[tuple[list[tuple[int, str]], list[tuple[str, int]]]]


def _relations_by_node(tree: Any, nodes: int) -> _Plan:
    """Each relation (left, operator, right) of a pattern's tree checked at the later of
    its two nodes, as spaCy's check of the complete combination checks them all."""
    plan: _Plan = [([], []) for _ in range(nodes)]
    for left in range(nodes):
        for operator, right in tree.get(left, ()):
            if right > left:
                plan[right][0].append((left, operator))
            else:
                plan[left][1].append((operator, right))
    return plan


def _tree_matches(
    plan: _Plan, places: list[list[int]], related: Callable[[int, str], set[int]]
) -> Iterator[list[int]]:
    """Every choice of one place per node (``itertools.product`` order) whose relations
    hold: each node's places tried in order where its relations to the earlier ones hold."""
    chosen = [0] * len(places)
    last = len(places) - 1

    def extend(node: int) -> Iterator[list[int]]:
        reached_by, reaching = plan[node]
        for place in places[node]:
            if not all(place in related(chosen[left], op) for left, op in reached_by):
                continue
            if not all(
                (place if right == node else chosen[right]) in related(place, op)
                for op, right in reaching
            ):
                continue
            chosen[node] = place
            if node == last:
                yield list(chosen)
            else:
                yield from extend(node + 1)

    return extend(0)


def _has_tests(node: _Node) -> bool:
    return bool(node.tests or node.regexes or node.morph is not None)


def _node(attrs: dict[str, Any], match_id: int, vocab: Any) -> _Node | None:
    """The tests of one node's ``RIGHT_ATTRS``; None when one is of another kind."""
    tests = []
    regexes = []
    morph = None
    for name, value in attrs.items():
        column = _NODE_COLUMNS.get(name)
        if isinstance(value, dict) and len(value) == 1:
            ((operator, listed),) = value.items()
            if column is not None and operator == "REGEX" and isinstance(listed, str):
                regexes.append((_READ.index(column), re.compile(listed)))
                continue
            if not isinstance(listed, list) or not all(isinstance(v, str) for v in listed):
                return None
            if name == "MORPH" and operator == "IS_SUPERSET":
                morph = frozenset(vocab.morphology.add(v) for v in listed)
            elif column is not None and operator in {"IN", "NOT_IN"}:
                values = frozenset(map(get_string_id, listed))
                tests.append((_READ.index(column), operator == "IN", values))
            else:
                return None
        elif column is not None and isinstance(value, str):
            tests.append((_READ.index(column), True, frozenset([get_string_id(value)])))
        else:
            return None
    return _Node(match_id, tuple(tests), tuple(regexes), morph)


def _fits_values(node: _Node, row: tuple[int, ...]) -> bool:
    """Whether a token with these values passes the node's tests but ``REGEX``es and
    ``MORPH`` (see _get_keys_to_position_maps)."""
    return all((row[place] in values) is wanted for place, wanted, values in node.tests)


def _tree_roots(doc: Doc) -> list[int]:
    """For each token, the root its heads lead to (``list(token.ancestors)[-1]``)."""
    if len(doc) <= _FEW_TOKENS:
        heads = [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
        roots = []
        for head in heads:
            while heads[head] != head:
                head = heads[head]
            roots.append(head)
        return roots
    heads = doc.to_array([HEAD]).astype("int64") + numpy.arange(len(doc))
    while True:
        higher = heads[heads]
        if (higher == heads).all():
            return heads.tolist()
        heads = higher
