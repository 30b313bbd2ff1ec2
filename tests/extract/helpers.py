"""Hand-built Documents for the extractor tests (no pipeline needed)."""

from __future__ import annotations

import re
from collections.abc import Collection

from dossier.document import Document, Metadata, Paragraph, Sentence

_SENTENCE = re.compile(r"[^.!?\s][^.!?]*(?:[.!?]+[\"”’)]*|$)")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


def make_doc(text: str, published: str | None = None, headings: Collection[int] = ()) -> Document:
    """A Document over ``text``: paragraphs split on blank lines (``headings`` gives the
    indexes of heading paragraphs), sentences split with a simple regex."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for number, block in enumerate(_PARAGRAPH.finditer(text)):
        paragraphs.append(
            Paragraph(start=block.start(), end=block.end(), heading=number in headings)
        )
        for match in _SENTENCE.finditer(text, block.start(), block.end()):
            chunk = match.group().rstrip()
            if chunk:
                sentences.append(
                    Sentence(
                        id=len(sentences),
                        start=match.start(),
                        end=match.start() + len(chunk),
                        text=chunk,
                    )
                )
    return Document(
        id="test",
        text=text,
        metadata=Metadata(published=published),
        paragraphs=paragraphs,
        sentences=sentences,
    )
