"""References: the words that stand for an actor without naming it.

A definite description whose head noun fits an actor type ("the group", "the militant
group", "the army") is the nearest earlier actor of that type within a few sentences.

In a text issued in someone's own name (``doc.metadata.issuer``: a statement, a joint
statement, a speech), "we", "I", "our" outside quotations are the issuer; in a joint statement
of several governments, each of them. Each such word becomes a Mention of the entity (or
entities) it stands for, with the rule id in the entity's ``rules``, so that events and
attributions find it by offset like any other mention.

The rules are data: ``knowledge/reference_rules.json`` (id, the words, what they resolve to,
examples and counter-examples).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Token

from dossier.document import Document, Entity, Mention
from dossier.knowledge import load_data
from dossier.spans import Paragraphs

QUOTES = "\"“”"


@lru_cache(maxsize=1)
def reference_rules() -> list[dict[str, Any]]:
    """The rules in ``dossier/knowledge/reference_rules.json``."""
    return load_data("reference_rules.json")["rules"]


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
    paragraph = Paragraphs.of(doc).holding(start)
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
        if rule["resolves_to"] == "nearest_of_type":
            found += _descriptions(doc, rule, heading_sentences)
            continue
        if rule["resolves_to"] == "last_two_actors":
            found += _pairs(doc, rule, heading_sentences)
            continue
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


def _description_head(token: Token, rule: dict[str, Any]) -> bool:
    """A definite description with nothing that names its own referent: "the group", "the
    militant group"; not "the group of donors", "a group", "the Wagner group"."""
    if token.lower_ not in rule["heads"] or token.pos_ != "NOUN":
        return False
    children = list(token.children)
    determiners = [c for c in children if c.dep_ == "det"]
    if len(determiners) != 1 or determiners[0].lower_ not in rule["determiners"]:
        return False
    return not any(
        c.dep_ in {"nmod", "prep", "acl", "acl:relcl", "appos", "nummod", "nmod:poss", "poss"}
        or c.pos_ == "PROPN"
        or (c.dep_ in {"amod", "compound"} and c.text[:1].isupper())
        for c in children
    )


def _nearest_actor(
    doc: Document, start: int, types: set[str], sentence: int, back: int
) -> Entity | None:
    """The entity of the allowed types mentioned last before ``start`` within ``back``
    sentences (its own mentions, not ones added by references)."""
    best: tuple[int, Entity] | None = None
    for entity in doc.entities:
        if entity.type not in types:
            continue
        for mention in entity.mentions:
            if mention.end <= start and sentence - mention.sentence <= back and (
                best is None or mention.start > best[0]
            ):
                best = (mention.start, entity)
    return best[1] if best is not None else None


def _descriptions(
    doc: Document, rule: dict[str, Any], heading_sentences: set[int]
) -> list[tuple[Entity, Mention, str]]:
    found: list[tuple[Entity, Mention, str]] = []
    for token in doc.layers["spacy"]:
        if not _description_head(token, rule):
            continue
        sentence = doc.sentence_at(token.idx)
        if sentence in heading_sentences:
            continue
        start = min(c.idx for c in token.subtree if c.i <= token.i)
        entity = _nearest_actor(
            doc, start, set(rule["heads"][token.lower_]), sentence, rule["sentences_back"]
        )
        if entity is None:
            continue
        end = token.idx + len(token.text)
        mention = Mention(start=start, end=end, text=doc.text[start:end], sentence=sentence)
        found.append((entity, mention, rule["id"]))
    return found


def _pairs(
    doc: Document, rule: dict[str, Any], heading_sentences: set[int]
) -> list[tuple[Entity, Mention, str]]:
    """"the two sides", "both countries": the last two actors of the allowed types mentioned
    within ``sentences_back`` sentences, each resolving the same words."""
    found: list[tuple[Entity, Mention, str]] = []
    types = set(rule["types"])
    # (entity's place, start, end) of the mentions of each sentence, made at the first head
    # (a scan of every mention per head was quadratic); a mention before a word lies in its
    # sentence or an earlier one
    by_sentence: dict[int, list[tuple[int, int, int]]] | None = None
    for token in doc.layers["spacy"]:
        if token.lower_ not in rule["heads"] or token.pos_ != "NOUN":
            continue
        counters = {c.lower_ for c in token.children if c.dep_ in {"nummod", "det"}}
        if not counters & set(rule["counters"]):
            continue
        sentence = doc.sentence_at(token.idx)
        if sentence in heading_sentences:
            continue
        start = min(c.idx for c in token.subtree if c.i <= token.i)
        if by_sentence is None:
            by_sentence = {}
            for place, entity in enumerate(doc.entities):
                for m in entity.mentions if entity.type in types else ():
                    by_sentence.setdefault(m.sentence, []).append((place, m.start, m.end))
        latest: dict[int, int] = {}  # entity's place: its last mention's start
        for earlier in range(sentence - rule["sentences_back"], sentence + 1):
            for place, m_start, m_end in by_sentence.get(earlier, ()):
                if m_end <= start and m_start > latest.get(place, m_start - 1):
                    latest[place] = m_start
        last = [(latest[place], doc.entities[place]) for place in sorted(latest)]
        if len(last) < 2:
            continue
        end = token.idx + len(token.text)
        mention = Mention(start=start, end=end, text=doc.text[start:end], sentence=sentence)
        found += [(entity, mention, rule["id"]) for _, entity in sorted(last)[-2:]]
    return found


# Rules whose words become mentions in the output; the others (descriptions such as "the
# group") stay in the working layer ``doc.layers["references"]``, which the event and
# attribution rules read like mentions, so that the entity's names stay names.
MENTION_RULES = {"reference.issuer_first_person"}


def add_references(doc: Document) -> None:
    """Attach ``find_references``: the rule id to each entity; a mention (issuer voice) or
    an entry (entity, mention) in ``doc.layers["references"]`` (descriptions)."""
    layer: list[tuple[Entity, Mention]] = doc.layers.setdefault("references", [])
    for entity, mention, rule_id in find_references(doc):
        if rule_id not in MENTION_RULES:
            layer.append((entity, mention))
        elif all(m.start != mention.start for m in entity.mentions):
            entity.mentions.append(mention)
            entity.mentions.sort(key=lambda m: m.start)
        if rule_id not in entity.rules:
            entity.rules.append(rule_id)


__all__ = ["add_references", "find_references", "issuer_entities", "reference_rules"]
