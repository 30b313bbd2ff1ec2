"""References: the words that stand for an actor without naming it.

A definite description whose head noun fits an actor type ("the group", "the militant
group", "the army") is the nearest earlier actor of that type within a few sentences.

In a text issued in someone's own name (``doc.metadata.issuer``: a statement, a joint
statement, a speech), "we", "I", "our" outside quotations are the issuer; in a joint statement
of several governments, each of them. In a transcript, where paragraphs open with a speaker's
label ("SECRETARY BLINKEN: ...", "MS. PSAKI: ..."), they are the speaker of the turn they are in
instead: the person the label names, the issuer when it names no one, nobody for a question or
an operator. Each such word becomes a Mention of the entity (or
entities) it stands for, with the rule id in the entity's ``rules``, so that events and
attributions find it by offset like any other mention.

The rules are data: ``knowledge/reference_rules.json`` (id, the words, what they resolve to,
examples and counter-examples).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.attrs import IDX, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from dossier.document import Document, Entity, Mention
from dossier.extract.syntax import _affiliation, event_cues
from dossier.extract.triggers import load_triggers
from dossier.knowledge import load_data

QUOTES = "\"“”"


@lru_cache(maxsize=1)
def reference_rules() -> list[dict[str, Any]]:
    """The rules in ``dossier/knowledge/reference_rules.json``."""
    return load_data("reference_rules.json")["rules"]


@lru_cache(maxsize=1)
def first_person_words() -> frozenset[str]:
    """The words of the speaker's own voice ("we", "our", "I" ...) that stand for a text's
    issuer (rule reference.issuer_first_person)."""
    rule = next(r for r in reference_rules() if r["id"] == "reference.issuer_first_person")
    return frozenset(rule["words"])


def _normal(text: str) -> str:
    return re.sub(r"[^\w ]+", " ", text.lower().replace("’", "'")).strip()


def _contains(text: str, name: str) -> tuple[int, int] | None:
    """Where ``name`` occurs in ``text`` as whole words (both normalised), else None."""
    name = re.sub(r"\s+", " ", re.sub(r"^the ", "", _normal(name)))  # "J. Blinken": one space
    if len(name) < 2:
        return None
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    return found.span() if found else None


def issuer_entities(doc: Document, *, separators: str = r",|;| and | & ") -> list[Entity]:
    """The entities the issuer names: each part of a list of issuers ("Governments of the
    United States, France, and Italy") gives the entities of the longest names in it that do
    not overlap ("G7 foreign ministers of Canada": the ministers and Canada); a part naming a
    person gives the person only."""
    issuer = doc.metadata.issuer
    if not issuer:
        return []
    found: list[Entity] = []
    for part in re.split(separators, issuer):
        text = re.sub(r"\s+", " ", _normal(part))
        matches = []
        for entity in doc.entities:
            spans = [_contains(text, name) for name in (entity.name, *entity.aliases)]
            spans = [span for span in spans if span is not None]
            if spans:
                matches.append((max(spans, key=lambda span: span[1] - span[0]), entity))
        taken: list[tuple[tuple[int, int], Entity]] = []
        for span, entity in sorted(matches, key=lambda m: m[0][0] - m[0][1]):  # longest first
            if all(span[1] <= other[0] or other[1] <= span[0] for other, _ in taken):
                taken.append((span, entity))
        if any(entity.type == "PERSON" for _, entity in taken):  # "Canadian Minister of
            # Foreign Affairs Marc Garneau": the minister speaks, not Canada beside him
            taken = [(span, entity) for span, entity in taken if entity.type == "PERSON"]
        for _, entity in sorted(taken, key=lambda m: m[0][0]):
            if all(entity.id != e.id for e in found):
                found.append(entity)
    return found


def _quotation_at(quotations: tuple[list[int], list[int]], offset: int) -> int | None:
    """The number of the quotation (of ``_quotations``) holding ``offset``, else None."""
    starts, ends = quotations
    place = bisect_right(starts, offset) - 1
    return place if place >= 0 and offset < ends[place] else None


@lru_cache(maxsize=1)
def _transcript_label() -> dict[str, Any]:
    """The speaker-label layout rule of ``attribution_rules.json`` that the turn rule names,
    with the turn rule's own ``label`` pattern."""
    rule = next(r for r in reference_rules() if r["resolves_to"] == "turn_speaker")
    layout = load_data("attribution_rules.json").get("layout_rules", [])
    return {**next(r for r in layout if r["id"] == rule["label_rule"]), "label": rule["label"]}


class _People:
    """The people of a document, found by where they are mentioned and by the last word of
    their name; made once per document (a label's look-up over every mention of every
    entity was quadratic in a long transcript)."""

    def __init__(self, doc: Document) -> None:
        people = [e for e in doc.entities if e.type == "PERSON"]
        mentions = sorted((m.start, m.end, n) for n, e in enumerate(people) for m in e.mentions)
        self.people = people
        self.issuers = issuer_entities(doc)  # who a label naming no one stands for
        self.starts = [start for start, _, _ in mentions]
        self.mentions = mentions
        self.by_last_word: dict[str, Entity] = {}
        for person in people:
            for last in _normal(person.name).split()[-1:]:
                self.by_last_word.setdefault(last, person)

    def inside(self, start: int, end: int) -> Entity | None:
        """The first person (in the document's order) mentioned wholly inside [start, end)."""
        within = self.mentions[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
        found = [n for _, mention_end, n in within if mention_end <= end]
        return self.people[min(found)] if found else None


def _label_speakers(people: _People, start: int, end: int, label: str) -> list[Entity]:
    """Who a turn's label names: a person mentioned inside it, else the person whose name
    ends with its last word ("MR. KIRBY": John Kirby), else the issuer."""
    inside = people.inside(start, end)
    if inside is not None:
        return [inside]
    last = _normal(label).split()[-1:]
    named = people.by_last_word.get(last[0]) if last else None
    return [named] if named is not None else people.issuers


def transcript_turns(doc: Document) -> list[tuple[int, list[Entity]]]:
    """(start offset, speakers) of each turn of a transcript, in text order: a turn opens
    with a paragraph that starts with a speaker's label and runs to the next one; a label of
    no speaker ("Q", "MODERATOR") gives a turn of nobody."""
    rule = _transcript_label()
    turns: list[tuple[int, list[Entity]]] = []
    people: _People | None = None
    for paragraph in doc.paragraphs:
        if paragraph.heading:
            continue
        text = doc.text[paragraph.start : paragraph.end]
        offset = paragraph.start + len(text) - len(text.lstrip())
        match = re.match(rule["label"], doc.text[offset : paragraph.end])
        if match is None:
            continue
        label = match.group("label").strip()
        words = [w for w in label.split() if w.upper() not in rule["honorifics"]]
        if not words or len(label.split()) > rule["max_words"] or label != label.upper():
            continue
        if label.upper() in rule["not_speakers"]:
            turns.append((offset, []))
            continue
        start, end = offset + match.start("label"), offset + match.end("label")
        people = people or _People(doc)
        turns.append((offset, _label_speakers(people, start, end, " ".join(words))))
    return turns


@dataclass(frozen=True)
class Voices:
    """Who speaks in their own voice where: a transcript's turns (start offsets and
    speakers, in text order) and, before the first turn or without turns, the issuer."""

    starts: list[int]
    speakers: list[list[Entity]]
    issuers: list[Entity]

    def at(self, offset: int) -> list[Entity]:
        place = bisect_right(self.starts, offset) - 1
        return self.speakers[place] if place >= 0 else self.issuers


def voices(doc: Document) -> Voices:
    """The document's ``Voices``, read once and kept in ``doc.layers["voices"]``."""
    found = doc.layers.get("voices")
    if found is None:
        turns = transcript_turns(doc) if _has_turn_rule() else []
        found = Voices([s for s, _ in turns], [p for _, p in turns], issuer_entities(doc))
        doc.layers["voices"] = found
    return found


def speakers_at(doc: Document, offset: int) -> list[Entity]:
    """Who speaks in their own voice at ``offset``: the speaker of its transcript turn, else
    the issuer."""
    return voices(doc).at(offset)


def find_references(doc: Document) -> list[tuple[Entity, Mention, str]]:
    """(entity, mention, rule id) for every word that stands for an actor (see module notes).

    doc (Document): with the ``spacy``, ``sentences`` and ``entities`` layers.
    RETURNS (list[tuple[Entity, Mention, str]]): in text order.
    """
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None:
        return []
    found: list[tuple[Entity, Mention, str]] = []
    own_voices = voices(doc)
    issuers = own_voices.issuers
    first_turn = own_voices.starts[0] if own_voices.starts else len(doc.text)
    heading_sentences = {s.id for s in doc.sentences if s.kind == "heading"}
    antecedent_rules = [r for r in reference_rules() if r["resolves_to"] == "antecedent"]
    quotations: tuple[list[int], list[int]] | None = None  # read once, when first needed
    for rule in reference_rules():
        if rule["resolves_to"] == "antecedent":
            continue  # after the descriptions, which they may stand for
        if rule["resolves_to"] == "nearest_of_type":
            found += _descriptions(doc, rule, heading_sentences)
            continue
        if rule["resolves_to"] == "only_state_military":
            found += _government_forces(doc, rule, heading_sentences)
            continue
        if rule["resolves_to"] == "last_two_actors":
            found += _pairs(doc, rule, heading_sentences)
            continue
        if rule["resolves_to"] == "named_with_head":
            found += _named_heads(doc, rule, heading_sentences, found)
            continue
        if rule["resolves_to"] == "titled_person":
            found += _titled_people(doc, rule, heading_sentences, found)
            continue
        voice = issuers
        if rule["resolves_to"] == "turn_speaker":
            if not own_voices.starts:
                continue
        elif rule["resolves_to"] == "opening_voice":
            if issuers or not doc.metadata.issuer:
                continue
            voice = _opening_voice(doc, rule, heading_sentences)
            if not voice:
                continue
        elif rule["resolves_to"] != "issuer" or not issuers:
            continue
        words = set(rule["words"])
        for token in tokens_of_forms(spacy_doc, words):
            if token.pos_ != "PRON":
                continue
            if (token.idx >= first_turn) != (rule["resolves_to"] == "turn_speaker"):
                continue  # a transcript's turns have their own speakers
            quotations = quotations or _quotations(doc)
            if _quotation_at(quotations, token.idx) is not None:
                continue  # "we" in a quotation is the speaker quoted, not the issuer
            sentence = doc.sentence_at(token.idx)
            if sentence in heading_sentences:
                continue
            mention = Mention(
                start=token.idx,
                end=token.idx + len(token.text),
                text=token.text,
                sentence=sentence,
            )
            speakers = own_voices.at(token.idx) if rule["resolves_to"] == "turn_speaker" else voice
            found += [(entity, mention, rule["id"]) for entity in speakers]
    if antecedent_rules:
        found += _pronouns(doc, antecedent_rules, heading_sentences, found)
    return sorted(found, key=lambda item: item[1].start)


def _opening_voice(doc: Document, rule: dict[str, Any], headings: set[int]) -> list[Entity]:
    """Who a text issued by an office that it never names speaks for (rule
    ``reference.unnamed_issuer_voice``): the actor it opens with ("Office of the Spokesperson
    ... The United States condemns ..."), the subject of its first ``rule["sentences"]`` body
    sentences, each conjunct a mention of an actor of ``rule["types"]``, where a verb speaks in
    the present (``rule["tags"]``), not a copula or a state (``rule["not_verbs"]``)."""
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None:
        return []
    actors = [e for e in doc.entities if e.type in rule["types"]]

    def actor_at(offset: int) -> Entity | None:
        return next(
            (e for e in actors if any(m.start <= offset < m.end for m in e.mentions)), None
        )

    starts, _ = _quotations(doc)
    body = [s for s in doc.sentences if s.id not in headings][: rule["sentences"]]
    for sentence in body:
        span = spacy_doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None or any(sentence.start <= q < sentence.end for q in starts):
            continue  # a sentence with a quotation may be someone else's voice
        verb = span.root
        tenses = {t.tag_ for t in (verb, *verb.children) if t.dep_ in {"ROOT", "aux"}}
        if verb.pos_ != "VERB" or verb.lemma_ in rule["not_verbs"]:
            continue  # "The treaty has been a vital component": no one speaks
        if tenses.isdisjoint(rule["tags"]):
            continue  # "Congress answered the President's call": a report, not a voice
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        heads = [t for s in subjects for t in (s, *s.conjuncts)]
        named = [actor_at(t.idx) for t in heads]
        if heads and all(named):
            return list({a.id: a for a in named if a is not None}.values())
    return []


def tokens_of_forms(spacy_doc: Doc, forms: Iterable[str]) -> list[Token]:
    """The tokens whose lower-case form is one of ``forms``, in text order, looked up in an
    index of the Doc's forms made once per Doc (a loop over the tokens for every rule made a
    Token object per word and rule: the references stage cost more than the rest on short
    texts)."""
    places = _places_by_form(spacy_doc)
    wanted = _form_hashes(frozenset(forms))
    if len(places) < len(wanted):  # a short text: look its few forms up among the rule's
        found = sorted(i for form, at in places.items() if form in wanted for i in at)
    else:
        found = sorted(i for form in wanted for i in places.get(form, ()))
    return [spacy_doc[i] for i in found]


@lru_cache(maxsize=1)
def _places_by_form(spacy_doc: Doc) -> dict[int, list[int]]:
    """{hash of a lower-case form: the token places that have it} for ``spacy_doc``, made
    once for the Doc the stage is reading (the last Doc only: a Doc hashes by identity)."""
    places: dict[int, list[int]] = {}
    for i, form in enumerate(spacy_doc.to_array(LOWER).tolist()):
        places.setdefault(form, []).append(i)
    return places


@lru_cache(maxsize=256)
def _form_hashes(forms: frozenset[str]) -> frozenset[int]:
    """The string hashes of ``forms`` (worked out once per rule: a rule is asked about
    every document)."""
    return frozenset(hash_string(form) for form in forms)


def _description_head(token: Token, rule: dict[str, Any], *, titled: bool = False) -> bool:
    """A definite description with nothing that names its own referent: "the group", "the
    militant group", "The Secretary" (a title the rule lets be capitalised as a name:
    ``capitalised_heads``); not "the group of donors", "a group", "the Wagner group". With
    ``titled``, a name before the head is part of a title ("the Russian president", "the
    Taliban leader"): the caller finds it written before a person's name."""
    if token.lower_ not in rule["heads"] or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    capitalised = (*rule.get("capitalised_heads", ()), *rule.get("document_heads", ()))
    if token.pos_ == "PROPN" and token.lower_ not in capitalised:
        return False
    children = list(token.children)
    determiners = [c for c in children if c.dep_ == "det"]
    bare = not determiners and token.lower_ in rule.get("bare_heads", ())  # "Authorities
    if not bare and (  # arrested ...": a plural head that needs no article
        len(determiners) != 1 or determiners[0].lower_ not in rule["determiners"]
    ):
        return False
    kinds = set(rule.get("title_kinds", {}).get(token.lower_, ()))  # "The Deputy Secretary"
    return not any(
        (
            c.dep_ in {"nmod", "prep", "acl", "acl:relcl", "appos", "nummod", "nmod:poss", "poss"}
            or (c.pos_ == "PROPN" and c.dep_ not in {"conj", "cc"})  # not another party
            or (c.dep_ in {"amod", "compound"} and c.text[:1].isupper())
        )
        and not (titled and c.dep_ in {"amod", "compound"} and c.i < token.i)
        and not _placed_or_charged(c)
        and not (c.dep_ in {"amod", "compound"} and c.lower_ in kinds)
        for c in children
    )


def _placed_or_charged(child: Token) -> bool:
    """A phrase the parser hung on a description that does not name another referent: where
    it is ("negotiated with the insurgents in Doha", "in Qatar's capital") or what it is
    accused of ("accused the group of killing civilians", the "of" clause hung on the noun)."""
    markers = {c.lower_ for c in child.children if c.dep_ in {"case", "mark"}}
    if child.dep_ == "nmod" and markers == {"in"} and child.pos_ in {"PROPN", "NOUN"}:
        return True  # "the insurgents in Doha", "in Qatar's capital, Doha"
    return child.dep_ == "acl" and markers & {"of", "for"} != set()


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


def _dominant_actor(
    doc: Document, start: int, types: set[str], terms: dict[str, Any]
) -> Entity | None:
    """The one actor of ``types`` a text is about: named before ``start`` at least
    ``min_mentions`` times, and at least ``ratio`` times as often as any other of the
    types in the whole text ("the government" of a report on Sudan that names no other
    state as often)."""
    counts = sorted(
        ((len(e.mentions), e) for e in doc.entities if e.type in types),
        key=lambda pair: -pair[0],
    )
    if not counts:
        return None
    top, entity = counts[0]
    runner_up = counts[1][0] if len(counts) > 1 else 0
    before = sum(m.end <= start for m in entity.mentions)
    if before < terms["min_mentions"] or top < terms["ratio"] * runner_up:
        return None
    return entity


def _affiliated_words(noun: Token, reach: int = 6) -> list[Token]:
    """The words after "linked with", "affiliated to" right after ``noun``, read in the
    word order when the parse missed the participle ("Militants linked with the banned
    Baloch Liberation Army")."""
    doc = noun.doc
    if noun.i + 2 >= len(doc):
        return []
    participle, marker = doc[noun.i + 1], doc[noun.i + 2]
    if participle.lower_ not in event_cues()["affiliation_participles"] or (
        marker.lower_ not in {"with", "to"}
    ):
        return []
    return list(doc[noun.i + 3 : min(len(doc), noun.i + 3 + reach)])


def _linked_actor(
    token: Token,
    types: set[str],
    index: _Antecedents,
    back: int,
    skip: frozenset[int] = frozenset(),
    nouns: Iterable[str] = (),
) -> Entity | None:
    """The actor of ``types`` that an earlier phrase with the description's noun (or one of
    ``nouns``) named ("3R rebels", "militants linked with the BLA", "the militant group
    Hezbollah"), the latest within ``back`` tokens; the text's own link beats a nearer actor
    of the type."""
    words = {token.lower_, token.lemma_.lower(), *nouns}
    for i in range(token.i - 1, max(-1, token.i - 1 - back), -1):
        other = index.spacy_doc[i]
        if (other.lower_ not in words and other.lemma_.lower() not in words) or other.i in skip:
            continue
        named = [other, *(c for c in other.children if c.dep_ in _LINKS)]
        if (allied := _affiliation(other)) is not None:
            named.append(allied)
        named += _affiliated_words(other)
        for part in named:
            entity = index.entity_of.get(part.i) or index.modifier_of.get(part.i)
            if entity is not None and entity.type in types:
                return entity
    return None


def _other_link(
    token: Token,
    types: set[str],
    index: _Antecedents,
    back: int,
    entity: Entity,
    nouns: Iterable[str] = (),
) -> bool:
    """Whether an earlier phrase with the description's noun (or one of ``nouns``) within
    ``back`` tokens named an actor of ``types`` other than ``entity``."""
    words = {token.lower_, token.lemma_.lower(), *nouns}
    for i in range(token.i - 1, max(-1, token.i - 1 - back), -1):
        other = index.spacy_doc[i]
        if other.lower_ not in words and other.lemma_.lower() not in words:
            continue
        named = [other, *(c for c in other.children if c.dep_ in _LINKS)]
        for part in named:
            found = index.entity_of.get(part.i) or index.modifier_of.get(part.i)
            if found is not None and found.type in types and found.id != entity.id:
                return True
    return False


def _descriptions(
    doc: Document, rule: dict[str, Any], heading_sentences: set[int]
) -> list[tuple[Entity, Mention, str]]:
    found: list[tuple[Entity, Mention, str]] = []
    index: _Antecedents | None = None
    for token in tokens_of_forms(doc.layers["spacy"], rule["heads"]):
        if not _description_head(token, rule):
            continue
        sentence = doc.sentence_at(token.idx)
        if sentence in heading_sentences:
            continue
        start = min(
            [token.idx]
            + [c.left_edge.idx for c in token.lefts if c.dep_.split(":")[0] not in _NOT_PHRASE]
        )  # "the group", not "as well as the group" nor "of the group"
        types = set(rule["heads"][token.lower_])
        if index is None:
            index = _Antecedents(doc, [])
        back, nouns = rule["link_tokens_back"], rule.get("linked_nouns", ())
        entity = _linked_actor(token, types, index, back, nouns=nouns)
        if entity is not None and rule.get("linked_unique") and _other_link(
            token, types, index, back, entity, nouns
        ):
            continue  # "the Kenyan government ... the Somali government ... the government"
        if entity is not None and rule.get("linked_only") and not any(
            m.end <= start and sentence - m.sentence <= rule["sentences_back"]
            for m in entity.mentions
        ):
            continue  # the text called someone else "the regime" since
        if entity is None and not rule.get("linked_only"):
            entity = _nearest_actor(doc, start, types, sentence, rule["sentences_back"])
        if entity is None and "dominant" in rule:
            entity = _dominant_actor(doc, start, types, rule["dominant"])
        if entity is None:
            continue
        end = token.idx + len(token.text)
        mention = Mention(start=start, end=end, text=doc.text[start:end], sentence=sentence)
        found.append((entity, mention, rule["id"]))
    return found


def _government_forces(
    doc: Document, rule: dict[str, Any], heading_sentences: set[int]
) -> list[tuple[Entity, Mention, str]]:
    """"government troops" standing for the one state's military the text names
    (``reference.government_forces``)."""
    militaries = [
        e for e in doc.entities
        if e.type == "MILITARY" and (e.code or "").endswith("MIL") and len(e.code or "") == 6
    ]
    if len(militaries) != 1:
        return []
    found: list[tuple[Entity, Mention, str]] = []
    heads, modifiers = set(rule["heads"]), set(rule["modifiers"])
    for token in tokens_of_forms(doc.layers["spacy"], heads):
        if token.pos_ != "NOUN":
            continue
        marks = [c for c in token.children if c.dep_ in {"compound", "amod"}]
        if len(marks) != 1 or marks[0].lower_ not in modifiers or marks[0].i != token.i - 1:
            continue  # "government troops"; not "Afghan government forces"
        sentence = doc.sentence_at(token.idx)
        if sentence in heading_sentences:
            continue
        start, end = marks[0].idx, token.idx + len(token.text)
        mention = Mention(start=start, end=end, text=doc.text[start:end], sentence=sentence)
        found.append((militaries[0], mention, rule["id"]))
    return found


# the words left of a noun that are not part of its phrase ("of", "according to", commas)
_NOT_PHRASE = {"case", "punct", "cc", "mark", "fixed", "prep", "advmod"}


def _bare_description(token: Token, rule: dict[str, Any]) -> bool:
    """A definite description with no modifier of its own: "the court"; not "the separatist
    group", whose modifier may not fit the name ("the Special Services Group")."""
    return _description_head(token, rule) and not any(
        c.dep_ in {"amod", "compound"} for c in token.children
    )


def _titled_people(
    doc: Document,
    rule: dict[str, Any],
    heading_sentences: set[int],
    found: list[tuple[Entity, Mention, str]],
) -> list[tuple[Entity, Mention, str]]:
    """"the president" after "President Donald Trump", "the foreign minister" after
    "Foreign Minister Retno Marsudi", "the judge" after "Judge Erick Garcia": the nearest
    earlier person within ``sentences_back`` sentences whose name the title (the
    description's words, or one of the head's ``titles``) stands right before, or after
    whose name it follows (", the mayor of"); a nearer unnamed use of the noun ("the
    country's information minister") stops the walk. A bare description is not a title some
    ``title_kinds`` word narrows ("the Secretary" is not "Foreign Secretary Truss")."""
    taken = {mention.end for _, mention, _ in found}
    spacy_doc = doc.layers["spacy"]
    people = sorted(
        (m.start, m.end, e) for e in doc.entities if e.type == "PERSON" for m in e.mentions
    )
    in_mention = _mention_tokens(doc, spacy_doc)
    person_starts = {m_start for m_start, _, _ in people}  # a title right before a name
    first_uses: dict[str, int] = {}  # a document head's first description ("The President")
    result: list[tuple[Entity, Mention, str]] = []
    for token in tokens_of_forms(spacy_doc, rule["heads"]):
        if token.i in in_mention or not _description_head(token, rule, titled=True):
            continue
        if any(c.dep_ == "conj" and _has_of_phrase(c) for c in token.children):
            continue  # "the president and chief executive officer of ...": one person's
            # titles; "the Secretary and Foreign Ministers condemned" is two parties
        sentence = doc.sentence_at(token.idx)
        if token.pos_ == "PROPN" and token.lower_ in rule.get("document_heads", ()):
            # "The President" capitalised: the text's own president, the one its title names
            named = " ".join(  # "The Vice President": the heading's vice president
                [*(c.lower_ for c in token.lefts if c.dep_ in {"compound", "amod"}), token.lower_]
            )
            title = re.compile(rf"(?<![\w-]){re.escape(named)}\s+$", re.I)
            if named not in first_uses:  # where the text first says "The President"
                first_uses[named] = token.idx
            first_use = first_uses[named]
            own = next(  # named in a heading before the text first says "The President"
                (person for m_start, m_end, person in people
                 if m_end <= first_use and doc.sentence_at(m_start) in heading_sentences
                 and title.search(doc.text[max(0, m_start - 40) : m_start])),
                None,
            )
            if own is not None:
                start = min([token.idx] + [c.left_edge.idx for c in token.lefts if c.dep_ == "det"])
                end = token.idx + len(token.text)
                if end not in taken:
                    mention = Mention(start=start, end=end, text=doc.text[start:end],
                                      sentence=sentence)
                    result.append((own, mention, rule["id"]))
            if own is not None or named == token.lower_:
                continue  # else "The Vice President": the nearest one so titled, below
        end = token.idx + len(token.text)
        if sentence in heading_sentences or end in taken:
            continue
        modifiers = [c.lower_ for c in token.lefts if c.dep_ in {"compound", "amod"}]
        words = [" ".join([*modifiers, title]) for title in rule["titles"][token.lower_]]
        before = re.compile(  # "President Donald Trump", "Secretary of State Antony Blinken"
            rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})"
            rf"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}?[\w’'-]+)?\s+$",
            re.I,
        )
        after = re.compile(
            rf"^,\s+(?:the\s+)?(?:[\w.'’-]+\s+){{0,3}}?(?:{'|'.join(map(re.escape, words))})"
            rf"(?!\w)",
            re.I,
        )
        inside = re.compile(rf"(?:{'|'.join(map(re.escape, words))})\s", re.I)
        start = min([token.idx] + [c.left_edge.idx for c in token.lefts if c.dep_ == "det"])
        entity: Entity | None = None
        reached = 0
        kinds = set(rule.get("title_kinds", {}).get(token.lower_, ()))
        for m_start, m_end, person in _recent(doc, people, start, sentence, rule["sentences_back"]):
            titled = before.search(doc.text[max(0, m_start - 40) : m_start])
            if titled and not modifiers and kinds and (
                _word_before(doc.text, max(0, m_start - 40) + titled.start()).lower() in kinds
            ):
                titled = None  # "the Secretary" is not "Foreign Secretary Truss"
            if (
                titled
                or inside.match(doc.text[m_start:m_end])  # "Justice Gibson Mandaza"
                or after.search(doc.text[m_end : m_end + 80])
            ):
                entity, reached = person, m_end
                break
        if entity is None:
            continue
        if any(
            other.lower_ == token.lower_
            and other.i not in in_mention
            and not _description_head(other, rule)  # an earlier "the president" is the same
            and not (other.idx <= reached + 80 and after.search(doc.text[reached : other.idx + 20]))
            and not (other.i + 1 < len(spacy_doc) and spacy_doc[other.i + 1].idx in person_starts)
            for other in spacy_doc[: token.i]
            if other.idx >= reached
        ):
            continue  # another one of that title since: "the country's information minister"
        mention = Mention(start=start, end=end, text=doc.text[start:end], sentence=sentence)
        result.append((entity, mention, rule["id"]))
    return result


def _word_before(text: str, at: int) -> str:
    """The word that ends right before ``at`` (spaces skipped), or ""."""
    found = re.search(r"([\w.'’-]+)\s*$", text[max(0, at - 30) : at])
    return found.group(1) if found else ""


def _has_of_phrase(token: Token) -> bool:
    """Whether ``token`` has an "of" phrase ("chief executive officer of Symplicity")."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "of")
        or (c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ == "of" for k in c.children))
        for c in token.children
    )


def _mention_tokens(doc: Document, spacy_doc: Doc) -> frozenset[int]:
    """The indices of the tokens inside any entity's mention."""
    return frozenset(
        token.i
        for e in doc.entities
        for m in e.mentions
        for token in (spacy_doc.char_span(m.start, m.end, alignment_mode="expand") or ())
    )


def _recent(
    doc: Document,
    mentions: list[tuple[int, int, Entity]],
    start: int,
    sentence: int,
    sentences_back: int,
) -> Iterator[tuple[int, int, Entity]]:
    """The mentions (sorted ``(start, end, entity)``) that end before ``start``, nearest
    first, as far back as ``sentences_back`` sentences before ``sentence``."""
    for m_start, m_end, entity in reversed(mentions):
        if m_end > start:
            continue
        if sentence - doc.sentence_at(m_start) > sentences_back:
            return
        yield m_start, m_end, entity


def _named_before_noun(
    token: Token,
    rule: dict[str, Any],
    spacy_doc: Doc,
    owners: dict[int, tuple[Entity, int]],
    start: int,
) -> tuple[Entity, int] | None:
    """The actor named right after or right before an earlier, undetermined use of the
    description's noun within ``link_tokens_back`` tokens ("the media association CamboJA",
    "The Conti ransomware group": Conti), with the end of that use or name; the latest."""
    for i in range(token.i - 1, max(-1, token.i - 1 - rule["link_tokens_back"]), -1):
        other = spacy_doc[i]
        if other.lower_ != token.lower_ or other.i in owners or other.idx >= start:
            continue
        if other.i + 1 < len(spacy_doc) and other.i + 1 in owners:  # "association CamboJA"
            return owners[other.i + 1]
        for j in range(other.i - 1, max(-1, other.i - 4), -1):
            if j in owners:
                return owners[j][0], other.idx + len(other.text)
            if spacy_doc[j].pos_ not in {"NOUN", "ADJ", "PROPN"}:
                break
    return None


def _named_heads(
    doc: Document,
    rule: dict[str, Any],
    heading_sentences: set[int],
    found: list[tuple[Entity, Mention, str]],
) -> list[tuple[Entity, Mention, str]]:
    """"the court" after "the International Court of Justice", "the group" after "the Group
    of Seven" or "the Conti ransomware group": the nearest earlier actor of the rule's types
    within ``sentences_back`` sentences whose name, or whose mention as written, holds the
    description's head noun, or that an earlier phrase with the noun named; a nearer noun
    of the same word that names no actor ("a court in Nairobi", "another court") stops the
    walk. Words an earlier rule resolved are left to it."""
    taken = {mention.end for _, mention, _ in found}  # the head noun ends the words
    types = set(rule["types"])
    named = sorted(
        (m.start, m.end, e) for e in doc.entities if e.type in types for m in e.mentions
    )
    spacy_doc = doc.layers["spacy"]
    in_mention = _mention_tokens(doc, spacy_doc)
    owners = {
        token.i: (e, m.end)
        for e in doc.entities
        if e.type in types
        for m in e.mentions
        for token in (spacy_doc.char_span(m.start, m.end, alignment_mode="expand") or ())
    }
    token_starts = spacy_doc.to_array(IDX).tolist()
    found_here: list[tuple[Entity, Mention, str]] = []
    index: _Antecedents | None = None
    for token in tokens_of_forms(spacy_doc, rule["heads"]):
        if token.i in in_mention or not _bare_description(token, rule):
            continue
        sentence = doc.sentence_at(token.idx)
        start = min(
            [token.idx]
            + [c.left_edge.idx for c in token.lefts if c.dep_.split(":")[0] not in _NOT_PHRASE]
        )
        if sentence in heading_sentences or token.idx + len(token.text) in taken:
            continue
        entity: Entity | None = None
        reached = 0
        for m_start, m_end, candidate in _recent(
            doc, named, start, sentence, rule["sentences_back"]
        ):
            if _heads_name(token.lower_, doc.text[m_start:m_end]) or _heads_name(
                token.lower_, candidate.name
            ):
                entity, reached = candidate, m_end
                break
        if index is None:
            index = _Antecedents(doc, [])
        # a noun outside the names ("the Conti ransomware group"), not one inside a name
        linked = _linked_actor(token, types, index, rule["link_tokens_back"], in_mention)
        if linked is not None and (entity is None or linked is not entity):
            # the text's own link ("the Conti ransomware group") when it is the nearer
            spans = [m for m in linked.mentions if m.end <= start]
            if spans and (entity is None or spans[-1].end > reached):
                entity, reached = linked, spans[-1].end
        described = _named_before_noun(token, rule, spacy_doc, owners, start)
        if described is not None and (entity is None or described[1] > reached):
            entity, reached = described
        if entity is None:
            continue
        first = bisect_left(token_starts, reached)
        if any(
            other.lower_ == token.lower_
            and other.pos_ == "NOUN"
            and other.i not in in_mention
            and not _bare_description(other, rule)
            for other in spacy_doc[first : token.i]
        ):
            continue  # "a court in October ... the court": some other court
        end = token.idx + len(token.text)
        mention = Mention(start=start, end=end, text=doc.text[start:end], sentence=sentence)
        found_here.append((entity, mention, rule["id"]))
    return found_here


def _heads_name(word: str, name: str) -> bool:
    """Whether a noun heads a name: the word before its "of" ("Court of Justice"), else its
    last word ("the Conti ransomware group"); not "Speaker of the House" for "the House"."""
    low = name.lower()
    if " of " in low:
        return re.search(rf"(?<!\w){re.escape(word)} of ", low) is not None
    return re.search(rf"(?<!\w){re.escape(word)}$", low) is not None


def _two_sides(latest_first: list[Entity]) -> list[Entity]:
    """The last two actors that are two sides: not two bodies of one state (by the first
    three letters of their codes: "U.S. military" and "Congress" are one side; an armed
    group is a side of its own, "the Taliban" against "Afghanistan")."""

    def side(entity: Entity) -> str:
        if entity.type == "ARMED_GROUP" or not entity.code:
            return entity.id
        return entity.code[:3]

    sides: list[Entity] = []
    for entity in latest_first:
        if all(side(e) != side(entity) for e in sides):
            sides.append(entity)
        if len(sides) == 2:
            break
    return sides


def _demonym_state(doc: Document, head: Token) -> Entity | None:
    """The state (with a code) a nationality word before ``head`` names ("both Afghan
    rivals"), else None."""
    for child in head.children:
        if child.dep_ != "amod" or child.i > head.i:
            continue
        for entity in doc.entities:
            if entity.type == "STATE" and entity.code and any(
                m.start <= child.idx < m.end for m in entity.mentions
            ):
                return entity
    return None


_SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}


def _pairs(
    doc: Document, rule: dict[str, Any], heading_sentences: set[int]
) -> list[tuple[Entity, Mention, str]]:
    """"the two sides", "both countries": the last two sides of the types the head noun
    allows ("leaders" people, "countries" states) mentioned within ``sentences_back``
    sentences, each resolving the same words; nothing when one of them was last named in a
    list of more than two actors ("Britain, Canada, France, Japan and the United States");
    ``bare_heads``: a number standing alone as a subject with one of its determiners ("The
    two discussed ..."), only when exactly two fitting actors were named within
    ``bare_sentences_back`` sentences; ``issuer_pair_heads`` ("both sides") in a text issued in
    the name of exactly two actors stand for them ("Joint Statement from President Biden and
    Prime Minister Meloni ... Both sides welcome ...")."""
    found: list[tuple[Entity, Mention, str]] = []
    head_types: dict[str, list[str]] = rule.get("head_types", {})
    all_types = set(rule["types"]).union(*map(set, head_types.values()))
    # (entity's place, start, end) of the mentions of each sentence, made at the first head
    # (a scan of every mention per head was quadratic); a mention before a word lies in its
    # sentence or an earlier one
    by_sentence: dict[int, list[tuple[int, int, int]]] | None = None
    bare = rule.get("bare_heads", {})
    issuers: list[Entity] | None = None  # read at the first head of issuer_pair_heads
    spacy_doc = doc.layers["spacy"]
    if not spacy_doc.has_annotation("DEP"):
        return found  # no parse (the blank model): no counted heads to read
    # only the words that may head such a phrase (a Token per word of the text cost more)
    for token in tokens_of_forms(spacy_doc, frozenset([*bare, *rule["heads"]])):
        counter = any(  # "the two leaders" is counted, "the leaders" bare
            c.dep_ in {"nummod", "det"} and c.lower_ in rule["counters"] for c in token.children
        )
        is_bare = token.lower_ in bare and not counter
        if is_bare:  # "The two discussed ...": the number is the phrase's head; "The leaders
            # agreed ...": a noun of people with no number; "They agreed ...", a pronoun, with
            # no determiner at all, opening its sentence as the main clause's subject (not
            # "Militants said they released ...")
            wanted, counted = bare[token.lower_], token.dep_ in _SUBJECT_DEPS
            if token.pos_ == "PRON":
                counted = counted and token.i == token.sent.start and token.head.dep_ == "ROOT"
        else:
            wanted, counted = rule["counters"], token.lower_ in rule["heads"]
            counted = counted and token.pos_ == "NOUN"
        if not counted:
            continue
        determiners = {c.lower_ for c in token.children if c.dep_ in {"nummod", "det"}}
        if determiners.isdisjoint(wanted) if wanted else determiners:
            continue
        sentence = doc.sentence_at(token.idx)
        if sentence in heading_sentences:
            continue
        start = min(c.idx for c in token.subtree if c.i <= token.i)
        if token.lower_ in rule.get("issuer_pair_heads", ()):
            if issuers is None:
                issuers = issuer_entities(doc)
            if len(issuers) == 2:  # "Both sides welcome ..." in a joint statement of two
                end = token.idx + len(token.text)
                mention = Mention(start=start, end=end, text=doc.text[start:end], sentence=sentence)
                found += [(entity, mention, rule["id"]) for entity in issuers]
                continue
        if by_sentence is None:
            by_sentence = {}
            for place, entity in enumerate(doc.entities):
                for m in entity.mentions if entity.type in all_types else ():
                    by_sentence.setdefault(m.sentence, []).append((place, m.start, m.end))
        types = set(head_types.get(token.lower_, rule["types"]))
        country = _demonym_state(doc, token) if rule.get("demonym_sides") else None
        latest: dict[int, tuple[int, int]] = {}  # entity's place: its last mention before
        back = rule["bare_sentences_back"] if is_bare else rule["sentences_back"]
        # a bare head may reach further back ("The leaders" in a readout, after a sentence
        # naming only one of them) to the nearest sentences that name two, never a heading
        reach = rule.get("bare_heads_back", {}).get(token.lower_, back) if is_bare else back
        first = sentence  # the earliest sentence read
        for earlier in range(sentence, sentence - reach - 1, -1):
            if is_bare and sentence - earlier > back and len(latest) >= 2:
                break
            if is_bare and earlier in heading_sentences:
                continue
            first = earlier
            for place, m_start, m_end in by_sentence.get(earlier, ()):
                entity = doc.entities[place]
                if country is not None:  # "both Afghan rivals": two sides of that country
                    if (entity.code or "")[:3] != country.code[:3]:
                        continue
                elif entity.type not in types:
                    continue
                if entity.type == "INTERNATIONAL_ORG" and _NAME_GOES_ON.match(doc.text, m_end):
                    continue  # "the G7 Partnership for Global Infrastructure": no side
                if m_end <= start and m_start > latest.get(place, (m_start - 1, 0))[0]:
                    latest[place] = (m_start, m_end)
        last = sorted(latest.items(), key=lambda item: -item[1][0])
        if is_bare and len(last) != 2:
            continue  # "The two" after three people named: which two is not clear
        if is_bare and sentence - first > back and not _named_together(by_sentence, first, latest):
            continue  # further back, only a sentence naming both ("Biden spoke with Kishida")
        sides = _two_sides([doc.entities[place] for place, _ in last])
        if len(sides) < 2:
            continue
        spans = [latest[doc.entities.index(entity)] for entity in sides]
        if rule.get("lists_block") and any(_in_list(doc, span, by_sentence) for span in spans):
            continue
        end = token.idx + len(token.text)
        mention = Mention(start=start, end=end, text=doc.text[start:end], sentence=sentence)
        found += [(entity, mention, rule["id"]) for entity in sides]
    return found


def _named_together(
    by_sentence: dict[int, list[tuple[int, int, int]]], sentence: int, places: dict[int, Any]
) -> bool:
    """Whether ``sentence`` mentions every entity at ``places``."""
    return set(places) <= {place for place, _, _ in by_sentence.get(sentence, ())}


_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # a capitalised word right after: a longer name
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*(?:the\s+)?", re.IGNORECASE)


def _in_list(
    doc: Document, span: tuple[int, int], by_sentence: dict[int, list[tuple[int, int, int]]]
) -> bool:
    """Whether the mention at ``span`` is one of a list of three or more actor mentions
    joined only by commas, "and", "or" ("Britain, Canada, France and Japan")."""
    sentence = doc.sentence_at(span[0])
    spans = sorted({(s, e) for _, s, e in by_sentence.get(sentence, ())})
    at = spans.index(span) if span in spans else -1
    if at < 0:
        return False
    first = last = at
    while first > 0 and _LIST_GLUE.fullmatch(doc.text[spans[first - 1][1] : spans[first][0]]):
        first -= 1
    while last + 1 < len(spans) and _LIST_GLUE.fullmatch(
        doc.text[spans[last][1] : spans[last + 1][0]]
    ):
        last += 1
    return last - first >= 2


SUBJECTS = {"nsubj", "nsubj:outer", "nsubj:pass", "nsubjpass"}
POSSESSORS = {"nmod:poss", "poss"}
# the relations inside one noun phrase, climbed from a name to the noun it belongs to
_PHRASE_PARTS = {"flat", "flat:name", "fixed", "appos"}
_MODIFIERS = {"compound", "amod", "nmod:desc", "nmod:unmarked"}
# how a noun is tied to the name it describes: "3R rebels", "the group Hezbollah", "ISIS's
# fighters", "militants of al-Shabaab"
_LINKS = _MODIFIERS | _PHRASE_PARTS | {"nmod:poss", "poss", "nmod"}
# nouns that head a phrase of their own (not a modifier inside another noun's phrase)
_NOUN_PHRASE_DEPS = SUBJECTS | {"obj", "dobj", "iobj", "obl", "nmod", "pobj", "conj", "attr"}


def _quotations(doc: Document) -> tuple[list[int], list[int]]:
    """The quotations of the text as sorted starts and ends, each paragraph's marks read by
    the side they face: a mark glued to the word after it and not to the one before opens
    a quotation (and ends one left open: a source text that forgot a closing mark no longer
    turns every later quotation inside out), one glued to the word before closes it, and
    an unclosed one runs to its paragraph's end."""
    starts: list[int] = []
    ends: list[int] = []
    text = doc.text
    for paragraph in doc.paragraphs:
        opened: int | None = None
        for found in re.finditer(f"[{QUOTES}]", text[paragraph.start : paragraph.end]):
            at = paragraph.start + found.start()
            if _opens(text, at, paragraph.start, paragraph.end):
                if opened is not None:
                    starts.append(opened)
                    ends.append(at)
                opened = at
            elif opened is not None:
                starts.append(opened)
                ends.append(at)
                opened = None
        if opened is not None:
            starts.append(opened)
            ends.append(paragraph.end)
    return starts, ends


def _opens(text: str, at: int, begin: int, end: int) -> bool:
    """Whether the quotation mark at ``at`` opens a quotation: "“", or a straight mark with
    a space, a bracket, a dash or the paragraph's start before it and a word after it."""
    mark = text[at]
    if mark in "“”":
        return mark == "“"
    before = text[at - 1] if at > begin else " "
    after = text[at + 1] if at + 1 < end else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


class _Antecedents:
    """The noun phrases of a parse that a pronoun may stand for: each token of an actor's
    mention or of a resolved description, with its entity and the phrase's head."""

    def __init__(self, doc: Document, described: list[tuple[Entity, Mention, str]]) -> None:
        self.doc = doc
        self.spacy_doc: Doc = doc.layers["spacy"]
        self.entity_of: dict[int, Entity | None] = {}
        self.head_of: dict[int, int] = {}
        self.modifier_of: dict[int, Entity] = {}  # names that modify another noun
        spans = [(e, m) for e in doc.entities for m in e.mentions] + [
            (e, m) for e, m, _ in described
        ]
        for entity, mention in spans:
            span = self.spacy_doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            head = self._phrase_head(span.root)
            if head.dep_ in _MODIFIERS and head.head.pos_ == "NOUN":
                for token in span:  # a name inside another noun's phrase: "a Ukraine
                    self.modifier_of.setdefault(token.i, entity)  # ceasefire deal"
                continue
            for token in span:
                self.entity_of.setdefault(token.i, entity)
                self.head_of.setdefault(token.i, head.i)
        self.quote_starts, self.quote_ends = _quotations(doc)
        self.voices = voices(doc)
        self.genders: dict[str, str] = {}  # entity id: the gender a pronoun gave it
        self._titles_read = False
        self._person_spans = [
            (entity, mention.start, mention.end) for entity, mention in spans
            if entity.type == "PERSON"
        ]

    def learn_title_genders(self, titles: dict[str, str]) -> None:
        """Once: the gender of each person a title of one gender names ("King Maha
        Vajiralongkorn", a resolved "the crown prince"), unless a pronoun gave one first."""
        if self._titles_read or not titles:
            return
        self._titles_read = True
        text = self.doc.text
        for entity, start, end in self._person_spans:
            before = text[max(0, start - 12) : start].lower().split()  # "King" Maha ...
            own = text[start:end].lower().split()  # "the crown prince"
            gender = titles.get(before[-1] if before else "") or titles.get(own[-1] if own else "")
            if gender is not None:
                self.genders.setdefault(entity.id, gender)

    def turn_speakers(self, offset: int) -> set[str]:
        """Ids of the speaker of the transcript turn holding ``offset`` (none before the
        first turn): who speaks in a turn says "I", so "he" there is someone else."""
        starts = self.voices.starts
        if not starts or offset < starts[0]:
            return set()
        return {entity.id for entity in self.voices.at(offset)}

    @staticmethod
    def _phrase_head(token: Token) -> Token:
        """The noun a name belongs to ("spokesman Zabihullah Mujahid": spokesman)."""
        for _ in range(4):
            if token.dep_ not in _PHRASE_PARTS or token.head.i == token.i:
                break
            token = token.head
        return token

    def quotation(self, offset: int) -> int | None:
        """The number of the quotation holding ``offset``, else None."""
        return _quotation_at((self.quote_starts, self.quote_ends), offset)


_OBJECTS = {"obj", "dobj", "iobj", "obl", "pobj", "nmod", "dative"}


def _act_verb(verb: Token) -> bool:
    """Whether ``verb`` is an act by itself in the trigger lexicon (a record with no object
    noun and no particle: "accuse", "undermine", "sanction"; not "make", "see", "vote")."""
    return verb.pos_ == "VERB" and any(
        record.object is None and record.particle is None
        for record in load_triggers().get(verb.lemma_.lower(), "VERB")
    )


def _expletive(pronoun: Token, rule: dict[str, Any]) -> bool:
    """An "it" that stands for no one or for a thing: marked expletive by the parse ("It is
    now for Russia to accept"), the subject of a verb such as "seem" ("it appears that") or
    of a copula ("It was one of the deadliest attacks"); with ``object_needs_event_verb``,
    an object or oblique "it" but the object of an act verb ("see to it", "vote for it")."""
    if pronoun.lower_ != "it":
        return False
    if pronoun.dep_ == "expl":
        return True
    head = pronoun.head
    if pronoun.dep_ in {"obj", "dobj"} and head.lemma_.lower() in rule.get("idiom_heads", []):
        return True  # "as one member put it"
    if rule.get("object_needs_event_verb") and pronoun.dep_ in _OBJECTS:
        # an object "it" is mostly a thing ("vote for it", "build on it"): an actor only as
        # the object of a verb that is itself an act ("accusing it of", "undermine it")
        return pronoun.dep_ not in {"obj", "dobj"} or not _act_verb(head)
    return pronoun.dep_ in SUBJECTS and (
        head.lemma_.lower() in rule.get("expletive_heads", [])
        or any(c.dep_ == "cop" for c in head.children)  # "It was one of the deadliest"
    )


def _own_subjects(pronoun: Token, index: _Antecedents) -> set[str]:
    """Ids of the subjects of an object pronoun's clause and of the clauses it complements
    ("X continues to undermine it": X is not "it")."""
    ids: set[str] = set()
    verb = pronoun.head
    for _ in range(4):
        for child in verb.children:
            if child.dep_ in SUBJECTS and (entity := index.entity_of.get(child.i)) is not None:
                ids.add(entity.id)
        if verb.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return ids


def _speakers(
    pronoun: Token,
    quotation: int,
    index: _Antecedents,
    decided: dict[int, tuple[Entity | None, str]],
    continued_back: int = 0,
) -> set[str]:
    """Ids of the actors that are subjects outside its quotation in the pronoun's sentence
    and in the one the quotation opens in, named or an earlier pronoun's answer (the
    "Yesilada said" of a quotation, the "he" of "In his message, he praised him: "He was
    ..."", the "Morell" of 'Morell praised him: "Tony was one of the best. He will be
    missed."': who speaks of himself says "I")."""
    ids: set[str] = set()
    opening = index.spacy_doc.char_span(
        index.quote_starts[quotation], index.quote_starts[quotation] + 1,
        alignment_mode="expand",
    )
    sentences = [pronoun.sent]
    if opening is not None and opening[0].sent.start != pronoun.sent.start:
        sentences.append(opening[0].sent)
    for token in (t for sentence in sentences for t in sentence):
        ids |= _outside_subject(token, quotation, index, decided)
    # a quotation that goes on in a sentence of its own ('"...," said Becerra. "He knows
    # ..."'): the speaker of the quoted sentences right before it
    sentence = sentences[-1]
    for _ in range(continued_back if not ids else 0):
        if sentence.start == 0:
            break
        sentence = index.spacy_doc[sentence.start - 1].sent
        quoted = {index.quotation(t.idx) for t in sentence} - {None}
        if not quoted:
            break
        for token in sentence:  # '"...," wrote Steve Winwood': the parse's object
            ids |= _outside_subject(token, index.quotation(token.idx), index, decided, True)
        if ids:
            break
    return ids


def _outside_subject(
    token: Token,
    quotation: int | None,
    index: _Antecedents,
    decided: dict[int, tuple[Entity | None, str]],
    root_object: bool = False,
) -> set[str]:
    """The id of the actor ``token`` names or an earlier pronoun's answer, when it is a
    subject outside ``quotation`` (and outside any quotation when that is None), or with
    ``root_object`` the object of its sentence's main verb."""
    if index.quotation(token.idx) is not None and (
        quotation is None or index.quotation(token.idx) == quotation
    ):
        return set()
    if token.i in decided:
        entity = decided[token.i][0]
        head = token
    else:
        entity = index.entity_of.get(token.i)
        head = index.spacy_doc[index.head_of[token.i]] if entity is not None else token
    if entity is None:
        return set()
    if head.dep_ in SUBJECTS or (
        root_object and head.dep_ in {"obj", "dobj"} and head.head.i == head.sent.root.i
    ):
        return {entity.id}
    return set()


def _coordinated(head: Token, index: _Antecedents) -> bool:
    """Whether a phrase is one of a coordination of actors ("Iran and the United States")."""
    return any(
        index.entity_of.get(t.i) is not None or t.pos_ == "PROPN"
        for t in (*[c for c in head.children if c.dep_ == "conj"], head.head)
        if t is not head and (t.dep_ == "conj" or head.dep_ == "conj")
    )


def _clause_subject(pronoun: Token, rule: dict[str, Any], index: _Antecedents) -> Entity | None:
    """A possessive on its verb's object stands for the verb's subject when that fits
    ("Biden named Kamala Harris as his running mate", "Harris attacked Biden and blasted
    her behavior"): the subject of the verb, or of the verb it is joined to."""
    noun = pronoun.head
    if noun.dep_ not in {"obj", "dobj", "obl"}:
        return None
    verb = noun.head
    for _ in range(2):
        for child in verb.children:
            if child.dep_ in SUBJECTS and child.i < pronoun.i:
                entity = index.entity_of.get(child.i)
                fits = entity is not None and _fits(entity, child, rule)
                return entity if fits else None
        if verb.dep_ != "conj":
            break
        verb = verb.head
    return None


def _subject_ahead(pronoun: Token, rule: dict[str, Any], index: _Antecedents) -> Entity | None:
    """A possessive before its sentence's main subject stands for that subject when it fits
    ("In his statement, Netanyahu found ...")."""
    root = pronoun.sent.root
    for child in root.children:
        if child.dep_ in SUBJECTS and child.i > pronoun.i:
            entity = index.entity_of.get(child.i)
            if entity is not None and _fits(entity, child, rule):
                return entity
            return None
    return None


def _fits(entity: Entity, head: Token, rule: dict[str, Any]) -> bool:
    """Whether an actor named with ``head`` agrees with the rule's type and number."""
    if entity.type not in rule["types"]:
        return False
    # a common noun's number ("security forces"); a name's tag says little ("United States")
    return not (rule["number"] == "singular" and head.tag_ == "NNS")


def _main_subject(head: Token) -> bool:
    """Whether a phrase's head is the subject (or a subject's possessor) of its sentence's
    main clause or of a clause joined to it ("X said ... and added")."""
    if head.dep_ in POSSESSORS:
        head = head.head
    if head.dep_ not in SUBJECTS:
        return False
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.i == verb.sent.root.i


def _voice_of_main_subject(head: Token, rule: dict[str, Any]) -> bool:
    """Whether a phrase's head names whose statement (``voice_nouns``) the main subject of
    its sentence is: "The G7 joint statement said ... They called on China": the G7."""
    return (
        head.dep_ in POSSESSORS | {"compound"}
        and head.head.lemma_.lower() in rule.get("voice_nouns", ())
        and _main_subject(head.head)
    )


def _blocks(token: Token, rule: dict[str, Any]) -> bool:
    """A noun phrase that names no actor but agrees with the pronoun: "analysts" for
    "they", "the attack" for "it", "the driver" for "he"."""
    if token.pos_ == "PRON" and token.lower_ in rule.get("blocking_pronouns", ()):
        return True  # "Everyone had their own story"
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in _NOUN_PHRASE_DEPS | {"ROOT"}:
        return False
    if rule["number"] == "plural":
        return token.tag_ in {"NNS", "NNPS"}
    if token.pos_ != "NOUN":
        return False
    if "PERSON" in rule["types"]:
        return token.lower_ in rule.get("blocking_nouns", ())
    return token.tag_ == "NN"


def _coordination(
    head: Token, index: _Antecedents, excluded: set[str]
) -> tuple[Entity, ...] | None:
    """The actors of a coordination whose every conjunct names one ("The United States and
    the European Union"), else None."""
    actors: list[Entity] = []
    for conjunct in (head, *head.conjuncts):
        entity = index.entity_of.get(conjunct.i)
        if entity is None or entity.type == "LOCATION" or entity.id in excluded:
            return None
        if all(entity.id != a.id for a in actors):
            actors.append(entity)
    return tuple(actors) if len(actors) > 1 else None


def _conditional_addressee(
    pronoun: Token, rule: dict[str, Any], index: _Antecedents
) -> Entity | None:
    """The one warned, threatened or punished (``conditional_addressee``): the subject of a
    condition ("if he invaded") on what a verb of its ``verbs`` says will follow stands for
    the verb's object or ``prepositions`` noun, not its subject ("Biden warned Putin that
    the West would respond if he invaded": Putin; "will impose costs on Russia if it
    invades": Russia)."""
    words = rule.get("conditional_addressee")
    clause = pronoun.head
    if not words or clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in words["markers"] for c in clause.children
    ):
        return None
    verb = clause.head
    for _ in range(words["levels"]):
        if verb.lemma_.lower() in words["verbs"] or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() not in words["verbs"]:
        return None
    objects = [c for c in verb.children if c.dep_ in {"obj", "dobj", "iobj"}]
    nouns = objects + [
        n
        for head in (verb, *objects)
        for n in head.children
        if n.dep_ in {"obl", "nmod", "prep"}
        and any(g.lower_ in words["prepositions"] for g in (n, *n.children))
    ]
    for noun in nouns:
        entity = index.entity_of.get(noun.i)
        if entity is not None and _fits(entity, noun, rule):
            return entity
    return None


def _antecedent(
    pronoun: Token,
    rule: dict[str, Any],
    index: _Antecedents,
    decided: dict[int, tuple[Entity | None, str]],
) -> Entity | tuple[Entity, ...] | None:
    """The actor ``pronoun`` stands for by ``rule`` (see the rules' notes), the actors of a
    coordination for a subject "they", else None."""
    spacy_doc = index.spacy_doc
    quotation = index.quotation(pronoun.idx)
    subject_only = pronoun.dep_ in SUBJECTS
    object_pronoun = not subject_only and pronoun.dep_ not in POSSESSORS
    # the speaker of a transcript turn is "I" in it, never "he" outside a quotation; a
    # person an earlier pronoun called "he" is not "she"
    speaking = (
        index.turn_speakers(pronoun.idx)
        if quotation is None and rule.get("not_turn_speaker") else set()
    )
    gender = rule.get("genders", {}).get(pronoun.lower_)
    if gender is not None:
        index.learn_title_genders(rule.get("title_genders", {}))
        speaking |= {e_id for e_id, other in index.genders.items() if other != gender}
    if pronoun.dep_ in POSSESSORS and quotation is None and (
        ahead := _subject_ahead(pronoun, rule, index)
    ) and ahead.id not in speaking:
        return ahead
    if subject_only and (warned := _conditional_addressee(pronoun, rule, index)) is not None:
        return warned
    if pronoun.dep_ in POSSESSORS and (
        own := _clause_subject(pronoun, rule, index)
    ) and own.id not in speaking:
        return own
    excluded = set() if subject_only or pronoun.dep_ in POSSESSORS else _own_subjects(
        pronoun, index
    )
    excluded |= speaking
    if quotation is not None:
        excluded |= _speakers(
            pronoun, quotation, index, decided, rule.get("continued_quotation_back", 0)
        )
    first = _window_start(pronoun, rule["sentences_back"], quotation is None, index)
    own_sentence = pronoun.sent.start
    other_in_own = False  # a fitting actor of its own sentence that is no subject
    for i in range(pronoun.i - 1, first - 1, -1):
        token = spacy_doc[i]
        if i < own_sentence and other_in_own and rule.get("own_sentence_actor_blocks"):
            return None  # "The press asked Trump ..., but he declined": not a subject before
        if (
            subject_only and i < own_sentence and rule.get("subjectless_sentence_blocks")
            and token.dep_ == "ROOT" and token.tag_ in {"VBD", "VBZ", "VBP"}
            and not any(c.dep_ in SUBJECTS for c in token.children)
            and index.quotation(token.idx) is None
        ):
            return _lost_subject(token, rule, index, excluded)
        held_by = index.quotation(token.idx)
        if held_by is not None and held_by != quotation:
            continue  # another voice's words
        if i in decided:
            answer = decided[i][0]
            if answer is not None and answer.id in excluded:
                continue  # the speaker named by a pronoun
            if decided[i][1] == rule["id"] and (not subject_only or token.dep_ in SUBJECTS):
                return answer
            continue
        entity = index.entity_of.get(i)
        if entity is None and token.tag_ == "NNS" and rule["number"] == "plural":
            # "G7 countries", "Houthi rebels": the group the plural noun's modifier names
            entity = next(
                (
                    e
                    for c in token.children
                    if c.dep_ in _MODIFIERS
                    and (e := index.modifier_of.get(c.i)) is not None
                    and _fits(e, token, rule)
                ),
                None,
            )
            head = token
        elif entity is None and i < own_sentence and _voice_of_main_subject(token, rule):
            entity, head = index.modifier_of.get(i), token  # "The G7 statement said"
        else:
            head = spacy_doc[index.head_of[i]] if entity is not None else token
        if head.i != i and i + 1 < len(spacy_doc) and index.head_of.get(i + 1) == head.i:
            continue  # the phrase is judged once, at its last word
        # a subject pronoun stands for a subject: in its own sentence any earlier one, in
        # an earlier sentence that of the main clause ("Analysts argue that X gained. They")
        if (
            subject_only and i >= own_sentence and entity is not None
            and head.dep_ not in SUBJECTS and _fits(entity, head, rule)
            and (quotation is None or index.quotation(token.idx) == quotation)
        ):
            other_in_own = True
        if subject_only and not (
            _main_subject(head) or _voice_of_main_subject(head, rule)
            if i < own_sentence
            else head.dep_ in SUBJECTS or (head.dep_ in POSSESSORS and head.head.dep_ in SUBJECTS)
        ):
            continue
        if entity is None:
            # a nearer subject that names no actor; for an object pronoun also a nearer
            # noun of its own sentence ("spoke out against the attack, calling it")
            # with possessive_nouns_block, a possessive's too ("women ... their lives")
            near = object_pronoun or (
                pronoun.dep_ in POSSESSORS and rule.get("possessive_nouns_block", False)
            )
            blocking = token.dep_ in SUBJECTS | {"ROOT"} or (near and i >= own_sentence)
            if blocking and _blocks(token, rule):
                return None
            continue
        if (
            object_pronoun
            and head.dep_ == "nmod"
            and head.head.i not in index.entity_of
            and _blocks(head.head, rule)
        ):
            return None  # the actor names part of a thing: "the attack on Iraq, calling it"
        if rule["number"] == "plural" and _coordinated(head, index):
            # "Pakistan and China ... their": more than one actor; a subject "they" that
            # opens a clause of a later sentence than a main subject coordinating actors only
            # ("France and Germany condemned the coup. They called ..."): each of them
            later = subject_only and i < own_sentence
            return _coordination(head, index, excluded) if later else None
        if _fits(entity, head, rule) and entity.id not in excluded:
            return entity
    if subject_only and rule.get("only_one_nearby"):
        return _only_one(pronoun, rule, index, first, quotation, excluded)
    return None


def _lost_subject(
    root: Token, rule: dict[str, Any], index: _Antecedents, excluded: set[str]
) -> Entity | None:
    """The subject of an earlier sentence whose finite main verb lost it in the parse ("Like
    Lutnick, Kevin Hassett, director of the council, emphasized ..."): the fitting actor
    named last before the verb, outside quotations; else nothing (not an older sentence's)."""
    for i in range(root.i - 1, root.sent.start - 1, -1):
        entity = index.entity_of.get(i)
        token = index.spacy_doc[i]
        if entity is None or index.quotation(token.idx) is not None:
            continue
        head = index.spacy_doc[index.head_of[i]]
        if _fits(entity, head, rule) and entity.id not in excluded:
            return entity
    return None


def _window_start(pronoun: Token, back: int, outside: bool, index: _Antecedents) -> int:
    """The first token of the sentences a pronoun looks back over: its own and ``back``
    earlier ones; for a pronoun outside quotations, sentences wholly inside one are not
    counted ('"The building has collapsed," he said': the speaker is named before)."""
    spacy_doc = index.spacy_doc
    first = pronoun.sent.start
    counted = 0
    while counted < back and first > 0:
        sentence = spacy_doc[first - 1].sent
        first = sentence.start
        quoted = index.quotation(sentence.start_char)
        if not (outside and quoted is not None and quoted == index.quotation(
            max(sentence.start_char, sentence.end_char - 2)
        )):
            counted += 1
    return first


def _only_one(
    pronoun: Token,
    rule: dict[str, Any],
    index: _Antecedents,
    first: int,
    quotation: int | None,
    excluded: set[str],
) -> Entity | None:
    """When no subject answers a subject pronoun (a parse gone wrong), the one actor of the
    rule's types mentioned in the window, if only one is."""
    fitting: dict[str, Entity] = {}
    for i in range(first, pronoun.i):
        entity = index.entity_of.get(i)
        held_by = index.quotation(index.spacy_doc[i].idx)
        if entity is None or (held_by is not None and held_by != quotation):
            continue
        if entity.type in rule["types"]:
            fitting[entity.id] = entity
    if len(fitting) == 1 and not set(fitting) & excluded:
        return next(iter(fitting.values()))
    return None


def _pronouns(
    doc: Document,
    rules: list[dict[str, Any]],
    heading_sentences: set[int],
    described: list[tuple[Entity, Mention, str]],
) -> list[tuple[Entity, Mention, str]]:
    """Third-person pronouns resolved by the ``antecedent`` rules, in text order (an earlier
    pronoun's answer is a later one's); each pronoun's answer, an entity or None, also goes
    to ``doc.layers["pronouns"]`` by its offset."""
    rule_of = {word: rule for rule in rules for word in rule["words"]}
    answers: dict[int, Entity | None] = doc.layers.setdefault("pronouns", {})
    pronouns = [t for t in tokens_of_forms(doc.layers["spacy"], rule_of) if t.pos_ == "PRON"]
    if not pronouns:
        return []  # no index of antecedents to build
    index = _Antecedents(doc, [d for d in described if d[2] not in MENTION_RULES])
    decided: dict[int, tuple[Entity | None, str]] = {}
    found: list[tuple[Entity, Mention, str]] = []
    for token in pronouns:
        rule = rule_of[token.lower_]
        if token.i in index.entity_of:
            continue
        sentence = doc.sentence_at(token.idx)
        if sentence in heading_sentences:
            continue
        if _expletive(token, rule):
            answers[token.idx] = None
            continue
        answer = _antecedent(token, rule, index, decided)
        entities = answer if isinstance(answer, tuple) else (answer,) if answer else ()
        decided[token.i] = (entities[0] if len(entities) == 1 else None, rule["id"])
        gender = rule.get("genders", {}).get(token.lower_)
        if gender is not None and len(entities) == 1:
            index.genders.setdefault(entities[0].id, gender)
        answers[token.idx] = entities[0] if entities else None
        end = token.idx + len(token.text)
        for entity in entities:
            mention = Mention(start=token.idx, end=end, text=token.text, sentence=sentence)
            found.append((entity, mention, rule["id"]))
    return found


# Rules whose words become mentions in the output; the others (descriptions such as "the
# group") stay in the working layer ``doc.layers["references"]``, which the event and
# attribution rules read like mentions, so that the entity's names stay names.
MENTION_RULES = {
    "reference.issuer_first_person",
    "reference.turn_first_person",
    "reference.unnamed_issuer_voice",
}


def _has_turn_rule() -> bool:
    return any(r["resolves_to"] == "turn_speaker" for r in reference_rules())


def add_references(doc: Document) -> None:
    """Attach ``find_references``: the rule id to each entity; a mention (issuer voice) or
    an entry (entity, mention) in ``doc.layers["references"]`` (descriptions)."""
    layer: list[tuple[Entity, Mention]] = doc.layers.setdefault("references", [])
    starts: dict[str, set[int]] = {}
    grown: dict[str, Entity] = {}
    for entity, mention, rule_id in find_references(doc):
        if rule_id not in MENTION_RULES:
            layer.append((entity, mention))
        else:
            taken = starts.get(entity.id)
            if taken is None:  # read once per entity, not per mention added
                taken = starts[entity.id] = {m.start for m in entity.mentions}
            if mention.start not in taken:
                taken.add(mention.start)
                entity.mentions.append(mention)
                grown[entity.id] = entity
        if rule_id not in entity.rules:
            entity.rules.append(rule_id)
    for entity in grown.values():  # in text order, sorted once
        entity.mentions.sort(key=lambda m: m.start)


__all__ = [
    "add_references",
    "find_references",
    "issuer_entities",
    "reference_rules",
    "speakers_at",
    "transcript_turns",
    "voices",
]
