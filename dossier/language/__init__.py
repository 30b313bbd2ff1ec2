"""The language backbone: tokens, sentences, tags, parse and entity spans from spaCy.

``load()`` returns dossier's own shipped pipeline (``dossier/language/model``). The setting
``DOSSIER_SPACY_MODEL`` (environment) selects another installed spaCy pipeline by name or
path instead, e.g. ``en_core_web_trf``; ``blank`` selects a rule-based tokenizer and
sentencizer with no statistical model (fast, for tests and tokenizer benchmarks).
"""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from dossier.document import Paragraph

MODEL_SETTING = "DOSSIER_SPACY_MODEL"
SHIPPED_MODEL = Path(__file__).parent / "model"
DEFAULT_MODEL = "dossier"
BLANK_MODEL = "blank"
# A bracket glued to the word before it, as in "Abboud Qanbar(Arabic: ...)", is a token.
GLUED_BRACKET = r"(?<=[^\W\d_])[(\[](?=\w)"


class ModelNotFoundError(RuntimeError):
    """The selected spaCy pipeline is not installed."""


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


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    nlp = _load_pipeline(name)
    infixes = nlp.tokenizer.infix_finditer
    pattern = infixes.__self__.pattern if infixes is not None else None  # the pipeline's own
    infixes = [pattern, GLUED_BRACKET] if pattern else [*nlp.Defaults.infixes, GLUED_BRACKET]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


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
        return spacy.load(SHIPPED_MODEL)
    try:
        return spacy.load(name)
    except OSError:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} (from {MODEL_SETTING}) is not installed; install it "
            f"(e.g. `pip install {name}`) or unset {MODEL_SETTING} to use dossier's own model"
        ) from None


def paragraph_chunks(text: str, paragraphs: list[Paragraph]) -> list[tuple[str, bool]]:
    """``text`` cut at paragraph starts, each piece with the whitespace after it and whether
    it is a heading; joined they are ``text`` again."""
    starts = sorted({0, *(p.start for p in paragraphs if 0 < p.start < len(text))})
    headings = {p.start for p in paragraphs if p.heading}
    ends = [*starts[1:], len(text)]
    return [(text[a:b], a in headings) for a, b in zip(starts, ends, strict=True) if b > a]


def parse_paragraphs(
    nlp: Language, items: list[tuple[str, list[Paragraph]]], batch_size: int = 64
) -> list[Doc]:
    """Each text parsed paragraph by paragraph, so that a headline's words do not colour the
    parse of the sentence after it, then joined into one Doc per text (same characters)."""
    chunked = [paragraph_chunks(text, paragraphs) for text, paragraphs in items]

    def pieces():
        for chunks in chunked:
            for chunk, heading in chunks:
                doc = nlp.make_doc(chunk)
                for token in doc[1:]:
                    if heading:
                        token.is_sent_start = False
                yield doc

    parsed = iter(nlp.pipe(pieces(), batch_size=batch_size))
    joined = []
    for (text, _), chunks in zip(items, chunked, strict=True):
        docs = [next(parsed) for _ in chunks]
        doc = Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc(text)
        joined.append(doc)
    return joined


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
