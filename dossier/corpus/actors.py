"""Corpus actors: one per real-world referent, whatever each article called it.

Each article's entities are added one at a time (so a corpus grows without being recomputed).
An entity joins the corpus actor that shares a key with it, and only an actor of the same
type: its canonical name, an alias or an acronym, a state's code, or a near spelling of a
multi-word name (rapidfuzz). When one entity matches two actors, they become one. Every join
keeps its evidence, so ``why_merged`` can print the chain that made two names one actor.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz

from dossier.document import Document, Entity
from dossier.names import normalize_name

#: Types whose knowledge code names one referent (a state's ISO code); other codes, such as
#: IRQGOV, are shared by many actors and are no evidence of identity.
CODE_IS_IDENTITY = frozenset({"STATE"})
#: Types whose one-word aliases ("Biden", "Sadr") are too ambiguous to join articles.
FULL_NAMES_ONLY = frozenset({"PERSON"})
#: Lowest rapidfuzz token-sort ratio at which two multi-word names are one spelling.
FUZZY_MIN_SCORE = 93.0
#: Entity types that never become corpus actors (named events stay per article).
NOT_ACTORS = frozenset({"EVENT"})
#: Kinds of organisation: an untyped ORGANIZATION may be any of them, but two different kinds
#: are never one actor ("Hamas" the armed group and a party of the same name stay apart).
ORGANIZATION_KINDS = frozenset(
    {"ARMED_GROUP", "MILITARY", "GOVERNMENT_BODY", "POLITICAL_PARTY", "INTERNATIONAL_ORG", "MEDIA"}
)


#: Words of a name that stands for armed forces ("Pakistan military", "Somali security
#: forces"): an article may use it for its state, but the forces are another actor, so such
#: a name is never an alias of a state.
FORCE_WORDS = frozenset(
    {"army", "military", "forces", "force", "troops", "soldiers", "navy", "police", "security"}
)


def names_forces(name: str) -> bool:
    """Whether ``name`` names armed or security forces rather than their state."""
    return not FORCE_WORDS.isdisjoint(name_key(name).split())


def compatible(first: str, second: str) -> bool:
    """Types one actor may have in two articles: the same, or an organisation untyped in one."""
    if first == second:
        return True
    return "ORGANIZATION" in (first, second) and {first, second} - {"ORGANIZATION"} <= (
        ORGANIZATION_KINDS
    )


def _types_matching(type_: str) -> tuple[str, ...]:
    if type_ == "ORGANIZATION":
        return ("ORGANIZATION", *sorted(ORGANIZATION_KINDS))
    if type_ in ORGANIZATION_KINDS:
        return (type_, "ORGANIZATION")
    return (type_,)


#: names compared across articles as the scorers compare them (remembered: a corpus asks
#: for the same names again and again)
name_key = cache(normalize_name)


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isupper() and letters.isalpha()


@dataclass(frozen=True)
class ActorRef:
    """One article's entity, as the corpus sees it."""

    document: str
    entity: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    published: str | None = None
    #: what resolution reads of it: members with one signature join one actor (made once:
    #: resolution asks for it again and again)
    signature: tuple = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.type == "STATE":  # "Pakistan military" is not a name of Pakistan
            own = tuple(alias for alias in self.aliases if not names_forces(alias))
            object.__setattr__(self, "aliases", own)
        object.__setattr__(self, "signature", (self.type, self.name, self.aliases, self.code))

    @classmethod
    def of(cls, doc: Document, entity: Entity) -> ActorRef:
        return cls(
            document=doc.id,
            entity=entity.id,
            name=entity.name,
            type=entity.type,
            aliases=tuple(entity.aliases),
            code=entity.code,
            published=doc.metadata.published,
        )

    @property
    def keys(self) -> frozenset[str]:
        """The exact keys this entity may share with an actor of its type (worked out once
        per signature)."""
        return _match_keys(*self.signature)

    @property
    def stored_keys(self) -> frozenset[str]:
        """What the database indexes its actor by ("TYPE|key"): its exact keys and, for near
        spellings, the long words of its name (``wanted_keys`` looks them up); worked out
        once per signature."""
        return _stored_keys_of(self.signature)

    def wanted_keys(self) -> set[str]:
        """The stored keys of the actors this entity may join."""
        keys = set(self.keys)
        if " " in name_key(self.name):
            keys |= {f"word:{word}" for word in _long_words(self.name)}
        return {f"{type_}|{key}" for type_ in _types_matching(self.type) for key in keys}


@cache
def _match_keys(type_: str, name: str, aliases: tuple[str, ...], code: str | None) -> frozenset:
    """An entity's exact keys (see ``ActorRef.keys``)."""
    keys = {f"name:{name_key(name)}"}
    for alias in aliases:
        if alias == alias.lower():
            continue  # a common noun the article used for it ("the government")
        if _is_acronym(alias):
            keys.add(f"acronym:{alias.replace('.', '')}")
        elif type_ not in FULL_NAMES_ONLY or len(name_key(alias).split()) > 1:
            keys.add(f"name:{name_key(alias)}")
    if name != name.lower() and _is_acronym(name):
        keys.add(f"acronym:{name.replace('.', '')}")
    if code and type_ in CODE_IS_IDENTITY:
        keys.add(f"code:{code}")
    return frozenset(k for k in keys if not k.endswith(":"))


#: Between a spelling and its country in a stored "spelling:" key.
SPELLING_SEPARATOR = "\x1f"


@cache
def _stored_keys_of(signature: tuple) -> frozenset[str]:
    """The stored keys of the entities with this signature (see ``ActorRef.stored_keys``)."""
    type_, name, _, code = signature
    return _stored_keys(type_, name, _match_keys(*signature), code and code[:3])


def _stored_keys(
    type_: str, name: str, keys: frozenset[str], country: str | None
) -> frozenset[str]:
    words = {f"word:{word}" for word in _long_words(name)}
    spelling = name_key(name)
    if " " in spelling:  # what a near spelling is scored against
        words.add(f"spelling:{spelling}{SPELLING_SEPARATOR}{country or ''}")
    return frozenset(f"{type_}|{key}" for key in keys | words)


@dataclass
class CorpusActor:
    """One real-world actor across the corpus. Members join through ``join``, which keeps
    its names, articles and code spans up to date (a large actor is not re-read each time)."""

    id: str
    name: str
    type: str
    members: list[ActorRef] = field(default_factory=list)
    _names: set[str] = field(default_factory=set, repr=False, compare=False)
    _documents: set[str] = field(default_factory=set, repr=False, compare=False)
    _spans: dict[str, tuple[str | None, str | None]] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: (normalised multi-word name, country of its code) -> the first member with it: what
    #: near spellings are compared with (a name said by a thousand members is scored once)
    spellings: dict[tuple[str, str | None], ActorRef] = field(
        default_factory=dict, repr=False, compare=False
    )
    #: the stored keys of its members (``ActorRef.stored_keys``), each with the first member
    #: that has it, and the keys not yet written
    keys: dict[str, ActorRef] = field(default_factory=dict, repr=False, compare=False)
    fresh_keys: set[str] = field(default_factory=set, repr=False, compare=False)
    #: the signatures of its members (a member with one of them changes no name or key)
    _signatures: set[tuple] = field(default_factory=set, repr=False, compare=False)

    def join(self, refs: Iterable[ActorRef]) -> None:
        """Add members (a member with the signature of one before adds only its article and
        code dates: its names, keys and spelling are the actor's already)."""
        for ref in refs:
            self.members.append(ref)
            self._documents.add(ref.document)
            if ref.code is not None:
                self.span(ref.code, ref.published, ref.published)
            if ref.signature in self._signatures:
                continue
            self._signatures.add(ref.signature)
            self._names.add(ref.name)
            self._names.update(ref.aliases)
            stored_keys = ref.stored_keys
            if not stored_keys <= self.keys.keys():
                for key in stored_keys - self.keys.keys():
                    self.keys[key] = ref
                    self.fresh_keys.add(key)
            spelling = name_key(ref.name)
            if " " in spelling:
                self.spellings.setdefault((spelling, ref.code[:3] if ref.code else None), ref)

    def absorb(self, other: CorpusActor) -> None:
        """Take in the members of ``other``, and its names, code dates, spellings and keys
        (all that an actor restored without its members holds)."""
        self.join(other.members)
        self._names |= other._names
        self._documents |= other._documents
        for code, (first, last) in other._spans.items():
            self.span(code, first, last)
        for spelling, member in other.spellings.items():
            self.spellings.setdefault(spelling, member)
        for key, member in other.keys.items():
            if key not in self.keys:
                self.keys[key] = member
                self.fresh_keys.add(key)

    def span(self, code: str, first: str | None, last: str | None) -> None:
        """Widen the publication dates of ``code`` to take in ``first`` to ``last``."""
        low, high = known = self._spans.get(code, (None, None))
        for day in (first, last):
            if day:
                if low is None or day < low:
                    low = day
                if high is None or day > high:
                    high = day
        if (low, high) != known or code not in self._spans:
            self._spans[code] = (low, high)

    @property
    def aliases(self) -> list[str]:
        return sorted(self._names - {self.name})

    @property
    def documents(self) -> set[str]:
        """The articles that name it (read only)."""
        return self._documents

    def codes_spans(self) -> dict[str, tuple[str | None, str | None]]:
        """Code -> first and last publication date (read only)."""
        return self._spans

    def codes(self) -> list[dict[str, str | None]]:
        """Each code the articles gave it, with the first and last publication date: a
        leader's code follows the date of the article."""
        return [
            {"code": code, "first": first, "last": last}
            for code, (first, last) in sorted(self._spans.items(), key=lambda kv: kv[1][0] or "")
        ]


@dataclass(frozen=True)
class Evidence:
    """Why a member joined: the key (or fuzzy score) it shares with an earlier member."""

    member: ActorRef
    joined: ActorRef | None
    reason: str


class ActorResolver:
    """Adds articles' entities one at a time and keeps one corpus actor per referent."""

    def __init__(self) -> None:
        self.actors: dict[str, CorpusActor] = {}
        self._by_key: dict[tuple[str, str], str] = {}
        #: (type, key) -> the first member indexed with it (the one a later member joins)
        self._first_with: dict[tuple[str, str], ActorRef] = {}
        #: signature of a member resolved before -> its first key (see ``add``)
        self._resolved: dict[tuple, str] = {}
        self._by_word: dict[tuple[str, str], set[str]] = {}
        self._of_member: dict[tuple[str, str], str] = {}
        self._merged_into: dict[str, str] = {}
        #: ids of the actors merged into others, in the order they were merged
        self.absorbed: list[str] = []
        self._evidence: list[Evidence] = []
        self._next = 1
        self.changed: set[str] = set()
        self.removed: dict[str, str] = {}
        self.new_evidence: list[Evidence] = []
        #: called with each entity before it is resolved, to bring in the stored actors it
        #: may join (a database-backed view loads only those)
        self.fetch: Callable[[ActorRef], None] | None = None

    def clear_changes(self) -> None:
        """Forget what changed (after it was written)."""
        for actor_id in self.changed:
            if actor_id in self.actors:
                self.actors[actor_id].fresh_keys.clear()
        self.changed.clear()
        self.removed.clear()
        self.new_evidence.clear()

    def restore(self, actor_id: str, ref: ActorRef) -> None:
        """Put back a stored member of a stored actor, with no resolution."""
        actor = self.actors[actor_id]
        actor.join([ref])
        actor.fresh_keys.clear()  # stored already
        self._of_member[ref.document, ref.entity] = actor_id
        self._index(actor_id, ref)
        self._next = max(self._next, int(actor_id.removeprefix("A")) + 1)

    def restore_summary(
        self,
        actor: CorpusActor,
        aliases: Iterable[str],
        codes: Iterable[dict],
        keys: Iterable[tuple[str, ActorRef]],
    ) -> None:
        """Put back a stored actor without its members: its names, code dates and stored keys
        (each with the first member that has it) are all that resolving new entities against
        it and writing it back read."""
        self.actors[actor.id] = actor
        actor._names.update((actor.name, *aliases))
        for code in codes:
            actor.span(code["code"], code["first"], code["last"])
        for key, member in keys:
            actor.keys[key] = member
            type_, _, key = key.partition("|")
            kind, _, value = key.partition(":")
            if kind == "word":
                self._by_word.setdefault((type_, value), set()).add(actor.id)
            elif kind == "spelling":
                spelling, _, country = value.partition(SPELLING_SEPARATOR)
                actor.spellings.setdefault((spelling, country or None), member)
            else:
                self._by_key.setdefault((type_, key), actor.id)
                self._first_with.setdefault((type_, key), member)
        self._next = max(self._next, int(actor.id.removeprefix("A")) + 1)

    def restore_evidence(self, evidence: Evidence) -> None:
        self._evidence.append(evidence)

    def actor_of_member(self, document: str, entity: str | None) -> str | None:
        return None if entity is None else self.actor_of(document, entity)

    def __len__(self) -> int:
        return len(self.actors)

    def add_document(self, doc: Document) -> dict[str, str]:
        """Resolve every entity of ``doc``; returns entity id -> corpus actor id."""
        return {
            entity.id: self.add(ActorRef.of(doc, entity))
            for entity in doc.entities
            if entity.type not in NOT_ACTORS
        }

    def actor_of(self, document: str, entity: str) -> str | None:
        found = self._of_member.get((document, entity))
        return None if found is None else self.canonical(found)

    def add(self, ref: ActorRef) -> str:
        """The corpus actor ``ref`` joins (made if none matches)."""
        known = self._of_member.get((ref.document, ref.entity))
        if known is not None:
            return self.canonical(known)
        if self.fetch is not None:
            self.fetch(ref)
        first_key = self._resolved.get(ref.signature)
        if first_key is not None:
            # the same name, aliases, type and code as a member before: the same actor, for
            # the same reason (exact for types that only ever match their own type)
            actor_id = self.canonical(self._by_key[ref.type, first_key])
            self._note(Evidence(ref, self._first_with[ref.type, first_key], f"same {first_key}"))
            self.actors[actor_id].join([ref])
            self.changed.add(actor_id)
            self._of_member[ref.document, ref.entity] = actor_id
            return actor_id
        matches: dict[str, tuple[ActorRef | None, str]] = {}
        for key in sorted(ref.keys):
            for type_ in _types_matching(ref.type):
                actor_id = self._by_key.get((type_, key))
                if actor_id is None:
                    continue
                actor_id = self.canonical(actor_id)
                if compatible(self.actors[actor_id].type, ref.type):
                    reason = f"same {key}"
                    member = self._first_with.get((type_, key))
                    matches.setdefault(actor_id, (member, reason))
        if not matches:
            fuzzy = self._fuzzy_match(ref)
            if fuzzy is not None:
                actor_id, member, score = fuzzy
                matches[actor_id] = (member, f"near spelling ({score:.0f}): {ref.name!r}")
        if not matches:
            actor_id = self._new_actor(ref)
            self._note(Evidence(ref, None, "first seen"))
        else:
            ordered = sorted(matches, key=lambda a: int(a.removeprefix("A")))
            actor_id = ordered[0]
            ordered = [actor_id] + [
                other
                for other in ordered[1:]
                if compatible(self.actors[actor_id].type, self.actors[other].type)
            ]
            for other in ordered[1:]:
                self._merge(actor_id, other)
            member, reason = matches[actor_id]
            self._note(Evidence(ref, member, reason))
            for other in ordered[1:]:
                member, reason = matches[other]
                self._evidence.append(Evidence(ref, member, reason))
        actor = self.actors[actor_id]
        actor.join([ref])
        self.changed.add(actor_id)
        if actor.type == "ORGANIZATION":
            actor.type = ref.type  # the kind an article gave is more than none
        self._of_member[ref.document, ref.entity] = actor_id
        self._index(actor_id, ref)
        return actor_id

    def why_merged(self, first: str, second: str) -> list[Evidence] | None:
        """The chain of evidence that joins the names ``first`` and ``second`` (None when
        they are not one actor)."""
        starts = self._members_named(first)
        goals = self._members_named(second)
        if not starts or not goals:
            return None
        links: dict[ActorRef, list[tuple[ActorRef, Evidence]]] = {}
        for evidence in self._evidence:
            if evidence.joined is not None:
                links.setdefault(evidence.member, []).append((evidence.joined, evidence))
                links.setdefault(evidence.joined, []).append((evidence.member, evidence))
        for member in starts & goals:
            return [Evidence(member, None, f"article {member.document} gives both names")]
        queue = deque((start, []) for start in starts)
        seen = set(starts)
        while queue:
            member, path = queue.popleft()
            if member in goals:
                return path
            for neighbour, evidence in links.get(member, []):
                if neighbour not in seen:
                    seen.add(neighbour)
                    queue.append((neighbour, [*path, evidence]))
        return None

    def get(self, actor_id: str) -> CorpusActor | None:
        """The actor with this id now (following merges), or None for an unknown id."""
        if actor_id not in self.actors and actor_id not in self._merged_into:
            return None
        return self.actors[self.canonical(actor_id)]

    def find(self, name: str) -> list[CorpusActor]:
        """Actors with this name or alias (normalised), most reported first; a corpus
        actor's id (as the API's links give it) finds that actor."""
        if (by_id := self.get(name)) is not None:
            return [by_id]
        key = name_key(name)
        found = {
            self.canonical(self._of_member[m.document, m.entity]) for m in self._members_named(name)
        }
        actors = [self.actors[a] for a in found]
        actors += [a for a in self.actors.values() if a.id not in found and name_key(a.name) == key]
        return sorted(actors, key=lambda a: -len(a.members))

    def __iter__(self) -> Iterator[CorpusActor]:
        return iter(self.actors.values())

    # internals

    def _members_named(self, name: str) -> set[ActorRef]:
        key = name_key(name)
        return {
            member
            for actor in self.actors.values()
            for member in actor.members
            if key in {name_key(member.name), *(name_key(a) for a in member.aliases)}
        }

    def _note(self, evidence: Evidence) -> None:
        """Keep why a member joined (the first reason is the one stored with it)."""
        self._evidence.append(evidence)
        self.new_evidence.append(evidence)

    def _new_actor(self, ref: ActorRef) -> str:
        actor_id = f"A{self._next}"
        self._next += 1
        self.actors[actor_id] = CorpusActor(id=actor_id, name=ref.name, type=ref.type)
        return actor_id

    def canonical(self, actor_id: str) -> str:
        """The id an actor has now (actors merge as articles are added)."""
        while actor_id in self._merged_into:
            actor_id = self._merged_into[actor_id]
        return actor_id

    @property
    def merges(self) -> int:
        """How many actors have been merged into others so far."""
        return len(self._merged_into)

    def _merge(self, into: str, other: str) -> None:
        absorbed = self.actors.pop(other)
        self.actors[into].absorb(absorbed)
        self.removed[other] = into
        self.changed.add(into)
        if self.actors[into].type == "ORGANIZATION":
            self.actors[into].type = absorbed.type
        self._merged_into[other] = into
        self.absorbed.append(other)

    def _index(self, actor_id: str, ref: ActorRef) -> None:
        for key in ref.keys:
            self._by_key.setdefault((ref.type, key), actor_id)
            self._first_with.setdefault((ref.type, key), ref)
        if ref.type not in ORGANIZATION_KINDS | {"ORGANIZATION"}:
            self._resolved.setdefault(ref.signature, min(ref.keys))
        for word in _long_words(ref.name):
            self._by_word.setdefault((ref.type, word), set()).add(actor_id)

    def _fuzzy_match(self, ref: ActorRef) -> tuple[str, ActorRef, float] | None:
        """The best actor of the same type whose multi-word name is a near spelling."""
        mine = name_key(ref.name)
        if len(mine.split()) < 2:
            return None
        candidates = {
            self.canonical(a)
            for word in _long_words(ref.name)
            for type_ in _types_matching(ref.type)
            for a in self._by_word.get((type_, word), ())
        }
        best: tuple[str, ActorRef, float] | None = None
        for actor_id in sorted(candidates, key=_actor_number):  # ties: the earliest actor
            if not compatible(self.actors[actor_id].type, ref.type):
                continue
            for (theirs, country), member in self.actors[actor_id].spellings.items():
                if _other_country(ref.code, country):
                    continue
                score = fuzz.token_sort_ratio(mine, theirs)
                if score >= FUZZY_MIN_SCORE and (best is None or score > best[2]):
                    best = (actor_id, member, score)
        return best


def _actor_number(actor_id: str) -> int:
    """The creation order of a corpus actor ("A12" -> 12)."""
    return int(actor_id.removeprefix("A"))


def _other_country(code: str | None, other: str | None) -> bool:
    """Whether two CAMEO-style codes name different countries ("IRNGOV", "IRQGOV"): near
    spellings such as "Government of Iran" and "Government of Iraq" are then two actors."""
    return bool(code and other) and code[:3] != other[:3]


def _long_words(name: str) -> set[str]:
    return {word for word in name_key(name).split() if len(word) >= 4}


def resolve_actors(docs: Iterable[Document]) -> ActorResolver:
    """A resolver holding the corpus actors of ``docs``."""
    resolver = ActorResolver()
    for doc in docs:
        resolver.add_document(doc)
    return resolver
