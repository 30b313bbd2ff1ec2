"""A large Document cut into paragraph groups and the analysed groups merged back.

The pipeline analyses a document above ``Pipeline.split_chars`` characters in pieces (see
``Pipeline._process_in_pieces``): each piece is a Document of whole paragraphs, analysed by
every stage in a forked process, and ``merge_pieces`` joins the results into the original
Document: every offset shifted by the piece's start, sentence numbers and ids renumbered
across the document, and entities of the same name and type in different pieces merged into
one. The spans keep their text, so ``doc.text[start:end]`` still gives it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, TypeVar

from dossier.document import Document, Entity, Record, TextSpan


@dataclass
class Piece:
    """A paragraph group: where it starts in the whole text and its own Document."""

    offset: int
    doc: Document


def paragraph_groups(doc: Document, max_chars: int) -> list[tuple[int, int]]:
    """``doc.text`` cut at paragraph starts into (start, end) groups of about ``max_chars``
    characters at most (a longer paragraph is a group of its own); joined they are the text."""
    starts = sorted({0, *(p.start for p in doc.paragraphs if 0 < p.start < len(doc.text))})
    cuts = [0]
    for start in starts[1:]:
        if start - cuts[-1] >= max_chars:
            cuts.append(start)
    if len(doc.text) - cuts[-1] < max_chars // 4 and len(cuts) > 1:
        cuts.pop()  # no small last group: join it to the one before
    return list(zip(cuts, [*cuts[1:], len(doc.text)], strict=True))


def _shifted_paragraphs(doc: Document, start: int, end: int) -> list:
    return [
        p.model_copy(update={"start": p.start - start, "end": p.end - start})
        for p in doc.paragraphs
        if start <= p.start < end
    ]


def cut_pieces(doc: Document, max_chars: int) -> list[Piece]:
    """The ingest layers of ``doc`` as one Document per paragraph group."""
    pieces = []
    for start, end in paragraph_groups(doc, max_chars):
        piece = Document(
            id=doc.id,
            text=doc.text[start:end],
            paragraphs=_shifted_paragraphs(doc, start, end),
            metadata=doc.metadata.model_copy(),
        )
        pieces.append(Piece(start, piece))
    return pieces


R = TypeVar("R", bound=Record)


def _moved(record: R, offset: int, base: int = 0, **update: Any) -> R:
    """A copy of ``record`` with its offsets shifted by ``offset`` and its sentence number
    by ``base`` (copies, not changes in place: a piece's records may share a span)."""
    fields = type(record).model_fields
    if "start" in fields:
        update |= {"start": record.start + offset, "end": record.end + offset}
    if "sentence" in fields:
        update["sentence"] = record.sentence + base
    return record.model_copy(update=update)


def _moved_span(span: TextSpan | None, offset: int) -> TextSpan | None:
    return None if span is None else _moved(span, offset)


@dataclass
class _Numbering:
    """Old ids of one piece to the merged document's ids."""

    sentence_base: int
    entities: dict[str, Entity]
    attributions: dict[str, str]

    def entity_id(self, old: str | None) -> str | None:
        entity = None if old is None else self.entities.get(old)
        return None if entity is None else entity.id


class _EntityMerger:
    """Entities of all pieces, one per type and name (in any case) across the document; a
    one-word person joins the one person of several words whose last word it is."""

    def __init__(self) -> None:
        self.by_name: dict[tuple[str, str], Entity] = {}
        self.weights: dict[int, list[tuple[float, int]]] = {}
        self.joined: list[tuple[Entity, Entity]] = []  # (absorbed, kept)
        self.pieces: dict[int, set[int]] = {}  # the pieces an entity was found in

    def add(self, entity: Entity, piece: Piece, base: int) -> Entity:
        mentions = [_moved(mention, piece.offset, base) for mention in entity.mentions]
        entity = entity.model_copy(update={"mentions": mentions})
        self._weigh(entity, entity)
        self.pieces[id(entity)] = {piece.offset}
        key = (entity.type, entity.name.lower())
        kept = self.by_name.get(key)
        if kept is None:
            self.by_name[key] = entity
            return entity
        self._absorb(kept, entity)
        return entity

    def _weigh(self, kept: Entity, entity: Entity) -> None:
        if entity.stance is not None:
            self.weights.setdefault(id(kept), []).append((entity.stance, len(entity.mentions)))

    def _absorb(self, kept: Entity, entity: Entity) -> None:
        kept.mentions += entity.mentions
        kept.aliases += [a for a in [entity.name, *entity.aliases] if a not in kept.aliases]
        kept.aliases = [a for a in kept.aliases if a != kept.name]
        kept.rules += [r for r in entity.rules if r not in kept.rules]
        kept.code = kept.code or entity.code
        self.weights.setdefault(id(kept), []).extend(self.weights.pop(id(entity), []))
        self.pieces[id(kept)] |= self.pieces[id(entity)]
        self.joined.append((entity, kept))

    def _join_surnames(self, entities: list[Entity]) -> list[Entity]:
        full_names: dict[str, list[Entity]] = {}
        for entity in entities:
            words = entity.name.split()
            if entity.type == "PERSON" and len(words) > 1:
                full_names.setdefault(words[-1].lower(), []).append(entity)
        kept = []
        for entity in entities:
            owners = full_names.get(entity.name.lower(), []) if entity.type == "PERSON" else []
            # not where the actor stage saw both in one piece and kept them apart
            if len(owners) == 1 and not self.pieces[id(owners[0])] & self.pieces[id(entity)]:
                self._absorb(owners[0], entity)
            else:
                kept.append(entity)
        return kept

    def entities(self) -> list[Entity]:
        """The merged entities in order of first mention, numbered e1, e2, ..."""
        merged = self._join_surnames(list(self.by_name.values()))
        for entity in merged:
            entity.mentions.sort(key=lambda m: m.start)
            weights = self.weights.get(id(entity), [])
            total = sum(count for _, count in weights)
            if len(weights) > 1 and total:  # a mention-weighted mean of the pieces' stances
                entity.stance = round(sum(s * count for s, count in weights) / total, 2)
        merged.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
        for number, entity in enumerate(merged, start=1):
            entity.id = f"e{number}"
        for absorbed, kept in reversed(self.joined):  # the last join first: ids end final
            absorbed.id = kept.id
        return merged


def merge_pieces(doc: Document, pieces: list[Piece]) -> None:
    """Fill ``doc``'s analysed layers from its analysed pieces (in text order)."""
    merger = _EntityMerger()
    numberings: list[_Numbering] = []
    doc.sentences, doc.attributions, doc.events, doc.quantities, doc.dates = [], [], [], [], []
    for piece in pieces:
        part, offset, base = piece.doc, piece.offset, len(doc.sentences)
        numbering = _Numbering(
            base, {e.id: merger.add(e, piece, base) for e in part.entities}, attributions={}
        )
        for attribution in part.attributions:
            new_id = numbering.attributions[attribution.id] = f"A{len(doc.attributions) + 1}"
            doc.attributions.append(  # its source is renamed once the entities are numbered
                _moved(
                    attribution, 0, base, id=new_id, claim=_moved_span(attribution.claim, offset)
                )
            )
        for sentence in part.sentences:
            holder = sentence.opinion_holder  # an attribution id, "author" or None
            doc.sentences.append(
                _moved(
                    sentence, offset, id=sentence.id + base,
                    opinion_holder=numbering.attributions.get(holder, holder),
                )
            )
        doc.quantities += [_moved(q, offset, base) for q in part.quantities]
        doc.dates += [_moved(d, offset, base) for d in part.dates]
        numberings.append(numbering)
    doc.entities = merger.entities()
    attributions = iter(doc.attributions)
    for piece, numbering in zip(pieces, numberings, strict=True):
        for attribution in itertools.islice(attributions, len(piece.doc.attributions)):
            attribution.source = numbering.entity_id(attribution.source)
        _merge_events(doc, piece, numbering)


def _merge_events(doc: Document, piece: Piece, numbering: _Numbering) -> None:
    """The piece's events, ids and offsets in the merged document (entity ids are final)."""
    offset = piece.offset
    for event in piece.doc.events:
        attributed_to = event.attributed_to
        doc.events.append(
            _moved(
                event, 0, numbering.sentence_base,
                id=f"E{len(doc.events) + 1}",
                source=numbering.entity_id(event.source),
                target=numbering.entity_id(event.target),
                location=numbering.entity_id(event.location),
                attributed_to=attributed_to and numbering.attributions.get(attributed_to),
                trigger=_moved_span(event.trigger, offset),
                source_text=_moved_span(event.source_text, offset),
                target_text=_moved_span(event.target_text, offset),
            )
        )


__all__ = ["Piece", "cut_pieces", "merge_pieces", "paragraph_groups"]
