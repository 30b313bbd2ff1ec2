"""Dependency-parse helpers the event and attribution extractors share: relation names,
prepositional arguments, coordination, passives, and the actor a noun phrase names."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from dossier.document import Document, Entity
from dossier.knowledge import load_data
from dossier.names import normalize_name

NON_ACTOR_TYPES = {"EVENT"}  # entity types that never act

# Dependency relations: Universal Dependencies names, ClearNLP names after them.
SUBJECT = {"nsubj", "nsubj:outer"}
PASSIVE_SUBJECT = {"nsubj:pass", "nsubjpass"}
PASSIVE_AUX = {"aux:pass", "auxpass"}
OBJECT = {"obj", "dobj"}
INDIRECT_OBJECT = {"iobj", "dative"}
OBLIQUE = {"obl", "nmod", "obl:agent", "obl:unmarked", "obl:npmod", "obl:tmod"}
AGENT = {"obl:agent", "agent"}
POSSESSOR = {"nmod:poss", "poss"}
MODIFIER = {"amod", "compound", "nmod:desc", "flat", "nmod:unmarked"}
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
PARTICLE = {"compound:prt", "prt"}
NOMINAL = {"NOUN", "PROPN", "X"}
NAME_PARTS = {"flat", "compound", "fixed", "flat:name"}


@lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The cue lists in ``dossier/knowledge/attribution_cues.json``."""
    return load_data("attribution_cues.json")


@lru_cache(maxsize=1)
def event_cues() -> dict[str, Any]:
    """The cue lists in ``dossier/knowledge/event_cues.json``, as sets (a table of lists, as
    a dict of sets)."""
    data = load_data("event_cues.json")
    return {
        key: {k: set(v) for k, v in value.items()} if isinstance(value, dict) else set(value)
        for key, value in data.items()
        if key != "_meta"
    }


# --------------------------------------------------------------------------- parse helpers


def preposition(token: Token) -> str | None:
    """The case marker of an oblique or nominal modifier ("by", "according to")."""
    if token.dep_ == "pobj" and token.head.dep_ in {"prep", "agent"}:
        return token.head.lower_
    for child in token.children:
        if child.dep_ == "case" and child.pos_ in {"ADP", "VERB", "SCONJ", "ADV"}:
            fixed = [c.lower_ for c in child.children if c.dep_ == "fixed"]
            return " ".join([child.lower_, *fixed])
    return None


def prep_args(token: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, noun) for every prepositional argument or modifier of ``token``."""
    for child in token.children:
        if child.dep_ in OBLIQUE:
            marker = preposition(child)
            if marker:
                yield marker, child
        elif child.dep_ in {"prep", "agent"}:
            for noun in child.children:
                if noun.dep_ == "pobj":
                    yield child.lower_, noun


def _opposed(conjunct: Token) -> bool:
    """A conjunct joined by "but" or "yet" ("claimed by the Houthis in Yemen, but both Saudi
    Arabia and the United States have alleged ...": the subject of another clause the parser
    hung on the noun), unless "but also" ("not only A but also B")."""
    words = {c.lower_ for c in conjunct.children if c.dep_ in {"cc", "advmod"}}
    return bool(words & {"but", "yet"}) and "also" not in words


def with_conjuncts(token: Token) -> list[Token]:
    """The token and its coordinated nouns, also those the parser hung on a name part
    ("Jaish al-Islam and Ahrar al-Sham": "and Ahrar" may attach to "al")."""
    found = [token]
    pending = [token]
    while pending:
        current = pending.pop()
        parts = [current, *(c for c in current.children if c.dep_ in NAME_PARTS)]
        for part in parts:
            items = [  # a name part tagged ADJ ("Sayyid al-Shuhada") still names
                c for c in part.children
                if c.dep_ == "conj" and (c.pos_ in NOMINAL or c.text[:1].isupper())
                and not _opposed(c)
            ]
            if items:  # "A, the B Brigade, and C": a list item the parser made an apposition
                items += [c for c in part.children if c.dep_ == "appos" and c.i < items[-1].i]
            for child in items:
                if child not in found:
                    found.append(child)
                    pending.append(child)
    return sorted(found, key=lambda t: t.i)


def coordinated_modifier_actors(noun: Token, index: EntityIndex) -> list[Entity]:
    """The actors of a noun's coordinated modifiers when the noun names one of them
    ("Hungarian and Romanian officials", "US and British forces", "the foreign ministers of
    Japan and South Korea": each state), in order; empty when the modifiers are not
    coordinated or the noun names none of them."""
    own = actor_of(noun, index)
    found: list[Entity] = []
    for modifier in noun.children:
        owners = modifier.dep_ == "nmod" and noun.tag_ in {"NNS", "NNPS"} and any(
            c.dep_ == "case" and c.lower_ == "of" for c in modifier.children
        )  # "the foreign ministers of Japan and South Korea": each state
        if (modifier.dep_ not in MODIFIER or modifier.i > noun.i) and not owners:
            continue
        if not any(c.dep_ == "conj" for c in modifier.children):
            continue
        for each in with_conjuncts(modifier):
            entity = index.entity_at(each)
            if entity is not None and entity not in found:
                found.append(entity)
    return found if own is not None and own in found else []


def marked(verbs: Iterable[Token], words: set[str], deps: set[str]) -> bool:
    """Whether a verb of the clause has one of ``words`` as a child in one of ``deps``."""
    return any(c.lower_ in words and c.dep_ in deps for verb in verbs for c in verb.children)


def listed_examples(token: Token) -> list[Token]:
    """The examples a group noun lists ("militias such as A and B", "groups like A",
    "factions including A"): A and B."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in OBLIQUE | {"nmod", "appos", "prep"} and child.i > token.i:
            markers = {c.lower_ for c in child.children if c.dep_ in {"case", "mark", "prep"}}
            if child.dep_ == "prep":
                markers.add(child.lower_)
            if markers & {"such", "like", "including"}:
                found += with_conjuncts(child)
    return found


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in PASSIVE_SUBJECT | PASSIVE_AUX for c in verb.children):
        return True
    # "militias backed by Iraq"; not "drones struck positions", tagged VBN but with an object
    has_object = any(c.dep_ in OBJECT for c in verb.children)
    if has_object or verb.tag_ != "VBN":
        return False
    return verb.dep_ in {"acl", "amod"} or shares_passive(verb)


def shares_passive(verb: Token) -> bool:
    """Whether a participle is a passive by the auxiliary of the verb it is coordinated with
    ("were neutralized or captured by the army": "captured" too); not with a subject or an
    auxiliary of its own ("were killed and have been buried")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and head.pos_ == "VERB"
        and head.i < verb.i
        and any(c.dep_ in PASSIVE_AUX for c in head.children)
        and not any(
            c.dep_ in SUBJECT | PASSIVE_SUBJECT | PASSIVE_AUX | OBJECT | {"aux", "cop"}
            for c in verb.children
        )
    )


class EntityIndex:
    """Which entity each token of the spaCy parse belongs to (by the entity's mentions and
    the resolved descriptions of ``doc.layers["references"]``)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc  # the document indexed, for rules that read its other layers
        self.spacy_doc: Doc = doc.layers["spacy"]
        self.by_token: dict[int, Entity] = {}
        self.spans_at: dict[int, list[tuple[int, int, Entity]]] = {}
        self.by_id = {entity.id: entity for entity in doc.entities}
        self.rule_by_token: dict[int, str] = {}
        # the mentions, then the descriptions the references stage resolved ("the group")
        mentions = [(e, m) for e in doc.entities for m in e.mentions]
        for entity, mention in mentions + list(doc.layers.get("references", [])):
            span = self.spacy_doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                self.by_token.setdefault(token.i, entity)
                self.spans_at.setdefault(token.i, []).append((mention.start, mention.end, entity))
        # the pronouns the references stage answered, an entity or None, by token
        # token starts read as one array: iterating the Doc makes a Token object per word
        starts = self.spacy_doc.to_array(IDX).tolist() if doc.layers.get("pronouns") else []
        by_offset = {start: i for i, start in enumerate(starts)}
        self.pronouns: dict[int, Entity | None] = {
            by_offset[offset]: entity
            for offset, entity in doc.layers.get("pronouns", {}).items()
            if offset in by_offset
        }
        self._bare_forces_act_for_state(doc)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every entity's normalised name (read once per document)."""
        return frozenset(w for e in self.by_id.values() for w in normalize_name(e.name).split())

    def state_of(self, person: Entity, *, armed: bool = False) -> Entity | None:
        """The state a person serves, where the text names it: the STATE entity of the
        country in the person's code, for an office holder (``office_sectors``); with
        ``armed``, that state's military where the text names it."""
        code = person.code or ""
        if len(code) < 6 or code[3:6] not in event_cues()["office_sectors"]:
            return None
        wanted = [("MILITARY", code[:3] + "MIL")] if armed else []
        for kind, wanted_code in [*wanted, ("STATE", code[:3])]:
            for entity in self.by_id.values():
                if entity.type == kind and entity.code == wanted_code:
                    return entity
        return None

    @cached_property
    def entity_types(self) -> frozenset[str]:
        """The types of the document's entities."""
        return frozenset(e.type for e in self.by_id.values())

    def _bare_forces_act_for_state(self, doc: Document) -> None:
        """A bare "Afghan forces" is the state's military as an entity (ANNOTATION.md), but
        the annotations code the acts of bare "X forces" as the state's ("the redeployment of
        US forces": MOBILIZE the United States), while as a target it stays as written ("the
        Taliban attacked Afghan forces"); so as an event's source such a mention stands for
        the state, where the state is an entity of its own. "Somali security forces" or "the
        Pakistani military" stay the military."""
        self.forces_state: dict[int, tuple[Entity, Entity]] = {}
        states = {e.code: e for e in doc.entities if e.type == "STATE" and e.code}
        for entity in doc.entities:
            code = entity.code or ""
            state = states.get(code[:-3]) if entity.type == "MILITARY" else None
            if state is None or not code.endswith("MIL"):
                continue
            for mention in entity.mentions:
                span = self.spacy_doc.char_span(
                    mention.start, mention.end, alignment_mode="expand"
                )
                if span is None or len(span) < 2 or span[-1].lower_ != "forces":
                    continue
                if self.spacy_doc[span.end - 2].is_lower:
                    continue  # "Somali security forces", "Afghan government forces"
                for token in span:
                    self.forces_state[token.i] = (entity, state)

    def acting_source(self, token: Token, entity: Entity) -> Entity:
        """The actor ``entity``, named at ``token``, is as an event's source: the state for
        a bare "X forces" (``_bare_forces_act_for_state``), else itself."""
        forces, state = self.forces_state.get(token.i, (None, None))
        return state if forces is entity and state is not None else entity

    def stand_in(self, token: Token, entity: Entity, rule_id: str) -> None:
        """Let ``token`` (a word that names no one by itself, such as a quoted "we") stand
        for ``entity``, by the declared rule ``rule_id``; a mention already there wins."""
        if token.i not in self.by_token:
            self.by_token[token.i] = entity
            self.rule_by_token[token.i] = rule_id

    def rule_at(self, token: Token) -> str | None:
        """The declared rule that made ``token`` stand for its entity, if any."""
        return self.rule_by_token.get(token.i)

    def entity_at(self, token: Token) -> Entity | None:
        entity = self.by_token.get(token.i)
        if entity is not None and entity.type in NON_ACTOR_TYPES:
            return None
        return entity

    def co_referents(self, token: Token) -> list[Entity]:
        """The entities besides ``entity_at`` that share its very mention at ``token`` (the
        governments a joint statement's "we" stands for)."""
        entity = self.entity_at(token)
        spans = self.spans_at.get(token.i, [])
        own = {(start, end) for start, end, e in spans if e is entity}
        return [
            e
            for start, end, e in spans
            if e is not entity and (start, end) in own and e.type not in NON_ACTOR_TYPES
        ]

    def entity_before(self, token: Token, *, person: bool) -> Entity | None:
        """The nearest entity mentioned earlier in the token's sentence (for a pronoun)."""
        for i in range(token.i - 1, token.sent.start - 1, -1):
            entity = self.entity_at(self.spacy_doc[i])
            if entity is not None and (entity.type == "PERSON") == person:
                return entity
        return None


def pronoun_entity(pronoun: Token, index: EntityIndex) -> Entity | None:
    """A possessive pronoun on a role noun: the subject of the clause, else the nearest
    fitting entity earlier in the sentence ("Iran and its proxies", "Maliki and his circle");
    the references stage's answer where it gave one."""
    if pronoun.i in index.pronouns:
        return index.pronouns[pronoun.i]
    person = pronoun.lower_ in {"his", "her"}
    noun = pronoun.head
    if noun.dep_ in OBJECT | OBLIQUE | {"pobj"}:
        verb = noun.head if noun.dep_ != "pobj" else noun.head.head
        for child in verb.children:
            if child.dep_ in SUBJECT:
                entity = index.entity_at(child) or actor_of(child, index)
                if entity is not None and (entity.type == "PERSON") == person:
                    return entity
    root = pronoun.sent.root
    for child in root.children:  # "X rejected the plan until their demands are met": X
        if child.dep_ in SUBJECT and child.i < pronoun.i:
            entity = actor_of(child, index)
            if entity is not None and (entity.type == "PERSON") == person:
                return entity
    return index.entity_before(pronoun, person=person)


def _subject_entity(verb: Token, index: EntityIndex) -> Entity | None:
    for child in verb.children:
        if child.dep_ in SUBJECT | PASSIVE_SUBJECT and child.pos_ != "PRON":
            return actor_of(child, index)
    return None


def _is_role_subject(token: Token) -> bool:
    """A nationality or name modifying a role noun that is a subject ("Afghan rebel leaders")."""
    head = token.head
    role_nouns = event_cues()["role_nouns"]
    return (
        token.dep_ in MODIFIER
        and head.dep_ in SUBJECT | PASSIVE_SUBJECT
        and (head.lower_ in role_nouns or head.lemma_.lower() in role_nouns)
    )


def _governing_subjects(verb: Token, index: EntityIndex) -> set[str]:
    """Ids of the subjects of a verb and of the verbs it complements ("X continues to
    undermine it": X is not "it")."""
    ids: set[str] = set()
    current = verb
    for _ in range(4):
        entity = _subject_entity(current, index)
        if entity is not None:
            ids.add(entity.id)
        if current.dep_ not in {"xcomp", "conj", "advcl", "ccomp"} or current.head.i == current.i:
            break
        current = current.head
    return ids


def resolve_pronoun(pronoun: Token, index: EntityIndex) -> Entity | None:
    """The actor a subject or object pronoun (he, she, it, they) refers to.

    A subject pronoun takes the nearest actor that is itself a subject earlier in the
    sentence, else the subject of the previous sentence ("When Washington wants ..., it
    threatens"); an object pronoun the nearest earlier actor that is not its clause's subject;
    the references stage's answer where it gave one.
    """
    if pronoun.i in index.pronouns:
        return index.pronouns[pronoun.i]
    person = pronoun.lower_ in {"he", "she", "him", "her"}
    doc = pronoun.doc
    is_subject = pronoun.dep_ in SUBJECT | PASSIVE_SUBJECT
    own_subjects = set() if is_subject else _governing_subjects(pronoun.head, index)
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        token = doc[i]
        entity = index.entity_at(token)
        if entity is None or (entity.type == "PERSON") != person or entity.type == "LOCATION":
            continue
        if (
            is_subject
            and token.dep_ not in SUBJECT | PASSIVE_SUBJECT | POSSESSOR
            and not (_is_role_subject(token))
        ):
            continue
        if entity.id in own_subjects:
            continue
        return entity
    if is_subject and pronoun.sent.start > 0:
        previous = doc[pronoun.sent.start - 1].sent
        entity = _subject_entity(previous.root, index)
        if entity is not None and (entity.type == "PERSON") == person:
            return entity
    return None


def _affiliation(noun: Token) -> Token | None:
    """The group a plural noun is tied to by a participle of affiliation: "militants linked
    with X", "gunmen affiliated to X", also parsed with the participle as the clause head."""
    words = event_cues()["affiliation_participles"]
    participles = [c for c in noun.children if c.dep_ in {"acl", "amod"} and c.lower_ in words]
    if noun.dep_ in SUBJECT and noun.head.lower_ in words:
        participles.append(noun.head)
    for participle in participles:
        for marker, allied in prep_args(participle):
            if marker in {"with", "to"}:
                return allied
    return None


def antecedent(token: Token) -> Token | None:
    """The noun a relative pronoun argument stands for: "X, which was attacked", "A and B
    (all of which have been attacked)": X, A; None for any other token."""
    relatives = event_cues()["relative_pronouns"]
    pronoun = token if token.lower_ in relatives else next(
        (c for c in token.children if c.lower_ in relatives and c.dep_ in {"nmod", "prep"}),
        None,
    )
    if pronoun is None or token.dep_ not in SUBJECT | PASSIVE_SUBJECT | OBJECT:
        return None
    clause = token.head
    if clause.dep_ not in {"acl:relcl", "parataxis", "relcl"} or clause.head.i == clause.i:
        return None
    noun = clause.head
    if noun.pos_ not in NOMINAL or noun.i >= token.i:
        return None
    if pronoun.lower_ in PERSON_RELATIVES:
        return _person_in_apposition(noun) or noun
    return noun


PERSON_RELATIVES = frozenset({"who", "whom"})


def _person_in_apposition(noun: Token) -> Token | None:
    """The person whose apposition the parser hung a "who" clause inside: "Arnel Belizaire,
    a former member of Haiti's Chamber of Deputies, who is accused of ...": Belizaire, not the
    Chamber. Only a singular noun, up through an apposition (not "President Sisi and the
    officials who played a role")."""
    if noun.ent_type_ == "PERSON" or noun.tag_ not in {"NN", "NNP"}:
        return None
    word, apposed = noun, False
    for _ in range(4):
        if word.dep_ not in {"nmod", "appos", "compound", "flat", "conj"} or word.head is word:
            return None
        apposed = apposed or word.dep_ == "appos"
        word = word.head
        if word.ent_type_ == "PERSON":
            return word if apposed else None
    return None


def _seated(place: Token, entity: Entity, index: EntityIndex) -> Entity | None:
    """The actor a "<place>-based" modifier sits before, when the parse made the place the
    head ("Somalia-based al-Shabab has been attacking": al-Shabab, not Somalia)."""
    doc = place.doc
    if place.i + 3 >= len(doc) or doc[place.i + 1].text != "-":
        return None
    if doc[place.i + 2].lower_ not in event_cues()["seat_participles"]:
        return None
    for token in doc[place.i + 3 : place.i + 6]:
        named = index.entity_at(token)
        if named is not None and named is not entity:
            return named
    return None


def _place_of_a_thing(noun: Token, part: Token, index: EntityIndex) -> bool:
    """Whether a place name in a common noun's compound only places a thing ("a Kabul
    hotel", "a Crans-Montana nightclub"), the noun being no word for people who act (a role,
    a force, a delegation: "Kabul police", "Gaza residents") nor for the place itself
    ("Mariupol city")."""
    if part.dep_ != "compound" or noun.pos_ != "NOUN":
        return False
    entity = index.entity_at(part)
    return (
        entity is not None
        and entity.type == "LOCATION"
        and noun.lower_ not in _acting_nouns()
        and noun.lemma_.lower() not in _acting_nouns()
    )


@lru_cache(maxsize=1)
def _acting_nouns() -> frozenset[str]:
    """Nouns of people who act, or of a place itself, for ``_place_of_a_thing``: the role,
    armed, delegate and place nouns of the event cues."""
    words = event_cues()
    kinds = ("role_nouns", "armed_nouns", "delegate_nouns", "place_nouns")
    return frozenset(w for kind in kinds for w in words[kind])


_NOT_OWN_PHRASE = {"conj", "cc", "punct", "appos", "acl", "acl:relcl", "parataxis"}


@lru_cache(maxsize=1)
def _person_titles() -> frozenset[str]:
    return frozenset(load_data("actor_patterns.json")["person_titles"])


def person_after_title(token: Token, index: EntityIndex) -> Entity | None:
    """The person a capitalised title names at the end of its own "to", "for" or "of" phrase,
    where the parser hung the name inside that phrase ("Special Envoy for Yemen Hans
    Grundberg", "U.S. Special Envoy for Iran Robert Malley", "Ambassador to the United
    Nations Linda Thomas-Greenfield"): the title's holder, not the body or state the phrase
    names."""
    if token.pos_ != "PROPN" or token.lower_ not in _person_titles():
        return None
    if not any(
        child.i > token.i and child.dep_ in OBLIQUE and preposition(child) in {"to", "for", "of"}
        for child in token.children
    ):
        return None
    end = max(  # the title's own phrase, not a title joined to it ("... and Minister of X Y")
        [token.i] + [c.right_edge.i for c in token.children if c.dep_ not in _NOT_OWN_PHRASE]
    )
    entity = index.entity_at(token.doc[end])
    return entity if entity is not None and entity.type == "PERSON" else None


def _governed_state(noun: Token, named: Entity, index: EntityIndex) -> Entity:
    """The state a leader's administration or government is ("the Trump administration", "the
    Netanyahu government": ANNOTATION.md, a state's government is the STATE), where the text
    names it; else the entity named."""
    if named.type == "PERSON" and noun.lower_ in event_cues()["leader_government_nouns"]:
        return index.state_of(named) or named
    return named


def _former(token: Token, index: EntityIndex) -> bool:
    """Whether a role noun names one who no longer acts for anyone (``former_words``), and no
    person is named with it ("a former U.S. envoy, Zalmay Khalilzad," is Khalilzad)."""
    return any(
        c.dep_ == "amod" and c.lower_ in event_cues()["former_words"] for c in token.children
    ) and not any(
        c.dep_ in NAME_PARTS | {"appos"}
        and (named := index.entity_at(c)) is not None and named.type == "PERSON"
        for c in token.children
    )


def _name_after(token: Token, index: EntityIndex) -> Entity | None:
    """The person named right after a common noun that describes them ("the journalist
    Jose Ruben Zamora", "opposition leader Alexei Navalny"), where the parser hung the name
    elsewhere than on the noun."""
    if token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
        return None
    follower = token.doc[token.i + 1]
    named = index.entity_at(follower)
    if named is None or named.type != "PERSON" or follower.head.i == token.i:
        return None
    name = [t for t in token.doc[follower.i : follower.i + 6] if index.entity_at(t) is named]
    if any(t.dep_.startswith("nsubj") for t in name):
        return None  # "the policies Trump mentioned": the subject of a relative clause
    return named


def _is_role_noun(token: Token) -> bool:
    """Whether ``token`` is a role noun that stands for whom it serves (``role_nouns``)."""
    roles = event_cues()["role_nouns"]
    return token.lemma_.lower() in roles or token.lower_ in roles


def _represented_state(token: Token, index: EntityIndex) -> Entity | None:
    """The state a representative to an international body serves, where its modifiers name
    both ("Iran's U.N. ambassador", "the Chinese U.N. envoy"; ``representative_nouns``)."""
    named = [
        index.entity_at(c) for c in token.children if c.dep_ in POSSESSOR | MODIFIER | NAME_PARTS
    ]
    if not any(e is not None and e.type == "INTERNATIONAL_ORG" for e in named):
        return None
    return next((e for e in named if e is not None and e.type == "STATE"), None)


def actor_of(token: Token, index: EntityIndex, *, depth: int = 0) -> Entity | None:
    """The entity a noun phrase headed by ``token`` names, directly or through a role noun."""
    entity = index.entity_at(token)
    if entity is not None:
        return _seated(token, entity, index) or entity
    if token.pos_ == "PRON" and token.lower_ in event_cues()["reference_pronouns"]:
        return resolve_pronoun(token, index)
    if depth > 2:
        return None
    if (titled := person_after_title(token, index)) is not None:
        return titled  # "Special Envoy for Yemen Hans Grundberg welcomed": the envoy named
    if token.pos_ in {"NOUN", "PROPN"} and (allied := _affiliation(token)) is not None:
        return actor_of(allied, index, depth=depth + 1)  # "militants linked with the BLA"
    if token.lower_ in event_cues()["representative_nouns"] and (
        sender := _represented_state(token, index)
    ) is not None:
        return sender  # "Iran's U.N. ambassador": Iran, not the UN
    if _is_role_noun(token) and _former(token, index):
        return None  # "a former Israeli official", "a former State Department official"
    for child in token.children:  # a name part, or the name in apposition ("Qatar's emir,
        # Sheikh Hamad, launched"), or after a title the parser made a list of ("Secretary of
        # State Antony J. Blinken met", with "Antony" a list item of "Secretary")
        if (
            child.dep_ in NAME_PARTS | {"appos"}
            or (child.dep_ == "list" and token.pos_ == "PROPN" and child.pos_ == "PROPN")
        ) and index.entity_at(child) is not None:
            if _place_of_a_thing(token, child, index):
                continue  # "a Kabul hotel, which killed ...": a place, no actor
            return _governed_state(token, index.entity_at(child), index)
    if token.lower_ in event_cues()["person_state_nouns"]:
        for child in token.children:  # "Erdogan said his country would", "Ghani said his
            if child.dep_ in POSSESSOR and child.lower_ in {"his", "her"}:  # forces had killed"
                owner = pronoun_entity(child, index)
                if owner is not None and owner.type == "PERSON":
                    armed = token.lower_ in event_cues()["armed_nouns"]  # his state (its
                    return index.state_of(owner, armed=armed)  # military); else none
    if token.lower_ in event_cues()["group_member_nouns"]:
        for marker, noun in prep_args(token):  # "Militants from al-Shabab attacked": the
            group = actor_of(noun, index, depth=depth + 1) if marker == "from" else None
            if group is not None and group.type in {"ARMED_GROUP", "MILITARY"}:  # group's
                return group  # own; not "troops from Chad" (where they come from)
    if (named := _name_after(token, index)) is not None:
        return named  # "arrested the journalist Jose Ruben Zamora", the name hung elsewhere
    if not _is_role_noun(token):
        return None
    for child in token.children:
        if child.dep_ in POSSESSOR:
            if child.lower_ in event_cues()["personal_pronouns"]:
                named = [index.entity_at(c) for c in token.children if c.dep_ in MODIFIER]
                named = [e for e in named if e is not None]
                # "his Sudanese counterpart": the nationality names the actor, not "his"
                if named:
                    return named[0]
                owner = pronoun_entity(child, index)
                if owner is not None and owner.type == "PERSON" and (
                    token.lower_ in event_cues()["armed_nouns"]
                ):
                    return None  # "his soldiers" of a commissioner: not his own army
                return owner
            owner = actor_of(child, index, depth=depth + 1)
            if owner is not None and owner.type == "PERSON" and child.pos_ == "PRON" and (
                token.lower_ in event_cues()["armed_nouns"]
            ):
                return None  # "our brave soldiers" said by a commissioner: not his own
            return owner
    for child in token.children:
        if child.dep_ in MODIFIER and (named := index.entity_at(child)) is not None:
            return _governed_state(token, named, index)
    attack = token.lower_ in event_cues()["attack_nouns"] or (
        token.lower_ in event_cues()["armed_nouns"]  # "Iranian Shahed drones"
    )
    for child in token.children:  # "US Predator attacks": the name inside a compound chain,
        if child.dep_ == "compound":  # or for an attack or a force its nationality ("Russian
            for part in child.children:  # missile attacks"; not "Cambodian conservation groups")
                if (part.dep_ == "compound" or (attack and part.dep_ == "amod")) and (
                    index.entity_at(part) is not None
                ):
                    return index.entity_at(part)
    for marker, noun in prep_args(token):
        if marker == "of" or (  # "officials of X", "diplomats from the G7"; not "forces
            marker == "from" and token.lower_ in event_cues()["delegate_nouns"]  # from Panama"
        ) or (marker == "for" and token.lower_ in event_cues()["spokesperson_nouns"]):
            return actor_of(noun, index, depth=depth + 1)
    return None
