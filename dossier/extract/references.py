"""References: the words that stand for an actor without naming it.

In a text issued in someone's own name (``doc.metadata.issuer``: a statement, a joint
statement, a speech), "we", "I", "our" outside quotations are the issuer; in a joint statement
of several governments, each of them. Each such word becomes a Mention of the entity (or
entities) it stands for, with the rule id in the entity's ``rules``, so that events and
attributions find it by offset like any other mention.

The rules are data: ``knowledge/reference_rules.json`` (id, the words, what they resolve to,
examples and counter-examples).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from dossier.document import Document, Entity, Mention

QUOTES = "\"“”"


@lru_cache(maxsize=1)
def reference_rules() -> list[dict[str, Any]]:
    """The rules in ``dossier/knowledge/reference_rules.json``."""
    path = resources.files("dossier.knowledge").joinpath("reference_rules.json")
    return json.loads(path.read_text(encoding="utf-8"))["rules"]


def _normal(text: str) -> str:
    return re.sub(r"[^\w ]+", " ", text.lower().replace("’", "'")).strip()


def _contains(text: str, name: str) -> tuple[int, int] | None:
    """Where ``name`` occurs in ``text`` as whole words (both normalised), else None."""
    name = re.sub(r"^the ", "", _normal(name))
    if len(name) < 2:
        return None
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    return found.span() if found else None


def issuer_entities(doc: Document, *, separators: str = r",|;| and | & ") -> list[Entity]:
    """The entities the issuer names: each part of a list of issuers ("Governments of the
    United States, France, and Italy") gives the entity with the longest name in it."""
    issuer = doc.metadata.issuer
    if not issuer:
        return []
    found: list[Entity] = []
    for part in re.split(separators, issuer):
        text = re.sub(r"\s+", " ", _normal(part))
        best: tuple[int, Entity] | None = None
        for entity in doc.entities:
            for name in (entity.name, *entity.aliases):
                span = _contains(text, name)
                if span is not None and (best is None or span[1] - span[0] > best[0]):
                    best = (span[1] - span[0], entity)
        if best is not None and all(best[1].id != e.id for e in found):
            found.append(best[1])
    return found


def _inside_quotation(doc: Document, start: int) -> bool:
    """Whether ``start`` is inside a quotation of its paragraph (an odd number of quotation
    marks before it), where "we" is the speaker quoted, not the issuer."""
    paragraph = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
    begin = paragraph.start if paragraph is not None else 0
    return sum(doc.text.count(q, begin, start) for q in QUOTES) % 2 == 1


def find_references(doc: Document) -> list[tuple[Entity, Mention, str]]:
    """(entity, mention, rule id) for every word that stands for an actor (see module notes).

    doc (Document): with the ``spacy``, ``sentences`` and ``entities`` layers.
    RETURNS (list[tuple[Entity, Mention, str]]): in text order.
    """
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None:
        return []
    found: list[tuple[Entity, Mention, str]] = []
    issuers = issuer_entities(doc)
    heading_sentences = {s.id for s in doc.sentences if s.kind == "heading"}
    for rule in reference_rules():
        if rule["resolves_to"] != "issuer" or not issuers:
            continue
        words = set(rule["words"])
        for token in spacy_doc:
            if token.lower_ not in words or token.pos_ != "PRON":
                continue
            if _inside_quotation(doc, token.idx):
                continue
            sentence = doc.sentence_at(token.idx)
            if sentence in heading_sentences:
                continue
            mention = Mention(
                start=token.idx,
                end=token.idx + len(token.text),
                text=token.text,
                sentence=sentence,
            )
            found += [(entity, mention, rule["id"]) for entity in issuers]
    return sorted(found, key=lambda item: item[1].start)


def add_references(doc: Document) -> None:
    """Attach ``find_references`` to the entities: a mention each, and the rule id."""
    for entity, mention, rule_id in find_references(doc):
        if all(m.start != mention.start for m in entity.mentions):
            entity.mentions.append(mention)
            entity.mentions.sort(key=lambda m: m.start)
        if rule_id not in entity.rules:
            entity.rules.append(rule_id)


__all__ = ["add_references", "find_references", "issuer_entities", "reference_rules"]
