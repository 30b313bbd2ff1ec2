"""Look-up of knowledge-base actors in a parsed text.

Every name, alias, demonym and capital in ``dossier/knowledge`` is indexed by its lower-cased
text; a text is scanned for the longest indexed run of tokens at each position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.tokens import Doc

from dossier import knowledge
from dossier.language import doc_text

MAX_NAME_TOKENS = 12
FUZZY_MIN_SCORE = 92  # rapidfuzz ratio for a spelling variant of a known multi-word name
# "Antony J. Blinken", "John F. Kerry": a known person's name with a middle initial
_MIDDLE_INITIAL = re.compile(r"^(\S+) [A-Z]\. (?=\S)")
TYPE_PRIORITY = [
    "STATE",
    "INTERNATIONAL_ORG",
    "ARMED_GROUP",
    "MILITARY",
    "POLITICAL_PARTY",
    "MEDIA",
    "GOVERNMENT_BODY",
    "PERSON",
    "ORGANIZATION",
    "GROUP",
    "EVENT",
    "LOCATION",
]


@lru_cache(maxsize=1 << 16)
def index_key(text: str) -> str:
    """The form names are indexed and looked up by."""
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'")).strip().lower()


_EL = re.compile(r"(^|[\s-])el(?=[-\s])")
_AL = re.compile(r"(^|[\s-])al(?=[-\s])")


# the article assimilated to a "sun letter": al-Shabaab = ash-Shabaab, al-Nusra = an-Nusra
_SUN_LETTER = re.compile(r"(^|[\s-])al-(sh|th|dh|[tdrzsn])")
# the article joined by a hyphen or written apart: "al-Qaeda", "al Qaeda"
_ARTICLE_HYPHEN = re.compile(r"(^|\s)(al|el)-(?=\w)")
_ARTICLE_APART = re.compile(r"(^|\s)(al|el) (?=\w)")
_ASSIMILATED = re.compile(r"(^|[\s-])a(sh|th|dh|[tdrzsn])-(?=\2)")


def article_variants(key: str) -> set[str]:
    """The same name with the Arabic article spelt another way ("deir al-balah", "deir
    el-balah"; "ash-shabaab", "al-shabaab"; "al-qaeda", "al qaeda"), as the knowledge base
    and the news spell it either way."""
    variants = {_EL.sub(r"\1al", key), _AL.sub(r"\1el", key)}
    variants |= {_SUN_LETTER.sub(r"\1a\2-\2", key), _ASSIMILATED.sub(r"\1al-", key)}
    variants |= {_ARTICLE_HYPHEN.sub(r"\1\2 ", key), _ARTICLE_APART.sub(r"\1\2-", key)}
    return variants - {key}


@lru_cache(maxsize=1 << 14)
def _with_variants(key: str) -> frozenset[str]:
    """``key`` and its ``article_variants`` (worked out once per name found)."""
    return frozenset({key} | article_variants(key))


def _bounds(doc: Doc) -> list[tuple[int, int, bool, bool]]:
    """Each token's (start, end, is_space, is_punct), read as one array (a Token object
    per token cost more than the look-ups)."""
    return [
        (start, start + length, bool(space), bool(punct))
        for start, length, space, punct in doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).tolist()
    ]


@dataclass(frozen=True)
class Role:
    code: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class KnownActor:
    """One knowledge-base actor."""

    index: int
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    country: str | None = None
    roles: tuple[Role, ...] = ()
    source: str = ""


@dataclass
class Entry:
    """What one indexed text names: actors by that name, or a state by its demonym/capital."""

    role: str = "name"  # name | demonym | capital
    actors: list[KnownActor] = field(default_factory=list)
    actor: KnownActor | None = None


def _merge_key(record: Any) -> tuple[str, str]:
    return index_key(record.name), record.type


class Gazetteer:
    """The knowledge base indexed for look-up."""

    def __init__(self, records: list[Any]) -> None:
        self.actors: list[KnownActor] = []
        merged: dict[tuple[str, str], int] = {}
        extras: dict[int, dict[str, list[str]]] = {}
        for record in records:
            key = _merge_key(record)
            aliases = tuple(dict.fromkeys(a for a in (record.aliases or []) if a != record.name))
            if key in merged:
                old = self.actors[merged[key]]
                hand = str(getattr(record, "source", "")).startswith("hand")
                self.actors[merged[key]] = KnownActor(
                    index=old.index,
                    name=record.name if hand else old.name,
                    type=old.type,
                    aliases=tuple(dict.fromkeys(old.aliases + aliases)),
                    code=(record.code if hand and record.code else old.code or record.code),
                    country=old.country or getattr(record, "country", None),
                    roles=old.roles or self._roles(record),
                    source=old.source,
                )
            else:
                merged[key] = len(self.actors)
                self.actors.append(
                    KnownActor(
                        index=len(self.actors),
                        name=record.name,
                        type=record.type,
                        aliases=aliases,
                        code=record.code,
                        country=getattr(record, "country", None),
                        roles=self._roles(record),
                        source=str(getattr(record, "source", "")),
                    )
                )
            index = merged[key]
            slot = extras.setdefault(index, {"demonyms": [], "capitals": []})
            slot["demonyms"] += list(getattr(record, "demonyms", None) or [])
            slot["capitals"] += list(getattr(record, "capitals", None) or [])

        self.entries: dict[str, Entry] = {}
        self.places: dict[str, KnownActor] = {}
        for actor in self.actors:
            for name in (actor.name, *actor.aliases):
                entry = self.entries.setdefault(index_key(name), Entry())
                if entry.role == "name" and actor not in entry.actors:
                    entry.actors.append(actor)
                if actor.type == "LOCATION":
                    self.places.setdefault(index_key(name), actor)
        # a current state's demonym or capital wins over a former state's ("Moscow", "Soviet")
        in_order = sorted(
            extras.items(), key=lambda item: ("former" in self.actors[item[0]].source, item[0])
        )
        for index, slot in in_order:
            state = self.actors[index]
            if state.type != "STATE":
                continue
            for role in ("demonyms", "capitals"):
                for text in slot[role]:
                    key = index_key(text)
                    if key in self.entries and self.entries[key].role != "name":
                        continue  # already a demonym or capital of an earlier state
                    if (
                        self.entries.get(key)
                        and self.entries[key].role == "name"
                        and any(
                            a.type not in {"LOCATION", "GROUP"} for a in self.entries[key].actors
                        )
                    ):
                        continue  # a name of its own (a person, a party) wins
                    self.entries[key] = Entry(role=role[:-1], actor=state)
        for key, entry in list(self.entries.items()):
            if entry.role == "name":
                for variant in article_variants(key):
                    self.entries.setdefault(variant, entry)
        self.prefixes = {key[:3].rstrip() for key in self.entries}  # looked up stripped too
        # each multi-word name's beginnings up to a space: "united", "united nations", ...
        self.word_prefixes = {
            key[:place] for key in self.entries for place, c in enumerate(key) if c == " "
        }
        self.longest_key = max((len(key) for key in self.entries), default=0)

    @staticmethod
    def _roles(record: Any) -> tuple[Role, ...]:
        """Date-bounded codes, with ISO date strings (records may hold dates or strings)."""
        roles = []
        for role in getattr(record, "roles", None) or []:
            fields = role if isinstance(role, dict) else vars(role)
            start, end = fields.get("start"), fields.get("end")
            roles.append(
                Role(
                    code=fields["code"],
                    start=str(start) if start else None,
                    end=str(end) if end else None,
                )
            )
        return tuple(roles)

    @staticmethod
    def case_fits(name: str, text: str) -> bool:
        """Acronyms match only as written; other names only where the text is capitalised."""
        letters = [c for c in name if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            return text.replace("’", "'") == name.replace("’", "'") or (
                len(letters) > 4 and text.isupper()
            )
        return any(c.isupper() for c in text) or not any(c.isupper() for c in name)

    def longest_at(
        self, doc: Doc, text: str, i: int, bounds: list[tuple[int, int, bool, bool]] | None = None
    ) -> tuple[int, int, Entry] | None:
        """The longest knowledge-base name starting at token ``i`` (``text`` is doc.text;
        ``bounds`` the tokens' (start, end, is_space, is_punct), computed when not given)."""
        bounds = bounds or _bounds(doc)
        start, _, is_space, is_punct = bounds[i]
        if is_space or is_punct:
            return None
        if text[start : start + 3].replace("’", "'").lower().rstrip() not in self.prefixes:
            return None
        second = text[bounds[i + 1][0] : bounds[i + 1][1]] if i + 1 < len(doc) else ""
        initial = len(second) == 2 and second[0].isupper() and second[1] == "."  # "J."
        last = min(len(doc), i + MAX_NAME_TOKENS)
        if not initial:  # a middle initial is looked up in another form
            last = self._last_possible_end(text, i, last, bounds)
        for j in range(last, i, -1):
            _, end, is_space, _ = bounds[j - 1]
            if is_space or end - start > self.longest_key + 3:  # + a middle initial
                continue
            span_text = text[start:end]
            # cleaned text has single spaces, so index_key's whitespace fold is not needed
            entry = self.entries.get(span_text.replace("’", "'").lower())
            if entry is None and initial and j > i + 2:
                span_text = _MIDDLE_INITIAL.sub(r"\1 ", span_text)
                entry = self.person_entry(span_text)
            if entry is None:
                continue
            if entry.role != "name" or any(
                self.case_fits(n, span_text) for n in self._matching_names(entry, span_text)
            ):
                return i, j, entry
        return None

    def _last_possible_end(
        self, text: str, i: int, last: int, bounds: list[tuple[int, int, bool, bool]]
    ) -> int:
        """The last token end up to ``last`` a name starting at token ``i`` may reach: a
        name runs past a space only where some name begins with the words before it (names
        are indexed with single spaces, so no longer span can be a name)."""
        start = bounds[i][0]
        for j in range(i + 1, last):
            before = bounds[j - 1][1]
            if bounds[j][0] > before and (
                text[start:before].replace("’", "'").lower() not in self.word_prefixes
            ):
                return j
        return last

    def _lone_unknown_word(
        self, text: str, i: int, bounds: list[tuple[int, int, bool, bool]]
    ) -> bool:
        """Whether ``longest_at`` finds no name at token ``i`` by its first look-up alone,
        the case of most words: one that is the last token or has a space after it, begins
        no longer name, is no name itself and is followed by no middle initial."""
        start, end, _, _ = bounds[i]
        key = text[start:end].replace("’", "'").lower()
        if key in self.entries:
            return False
        if i + 1 == len(bounds):
            return True
        next_start, next_end, _, _ = bounds[i + 1]
        second = text[next_start:next_end]
        initial = len(second) == 2 and second[0].isupper() and second[1] == "."
        return next_start > end and key not in self.word_prefixes and not initial

    def find(self, doc: Doc) -> list[tuple[int, int, Entry]]:
        """Knowledge-base names in ``doc`` as (start token, end token, entry): the longest
        first where two overlap ("the UN Office for ..." over "the UN")."""
        text = doc_text(doc)
        bounds = _bounds(doc)
        prefixes = self.prefixes
        # longest_at's first test, made here for every token (most tokens start no name)
        starts = [
            i
            for i, (start, _, is_space, is_punct) in enumerate(bounds)
            if not (is_space or is_punct)
            and text[start : start + 3].replace("’", "'").lower().rstrip() in prefixes
        ]
        matches = [
            m
            for i in starts
            if not self._lone_unknown_word(text, i, bounds)
            and (m := self.longest_at(doc, text, i, bounds)) is not None
        ]
        openers, longer = _longer_places()
        matches = [  # "New Mexico", "Northern Ireland": a longer place the base does not list
            m for m in matches
            if not (
                m[0] > 0 and doc[m[0] - 1].whitespace_ and (
                    doc[m[0] - 1].text in openers or doc[m[0] - 1 : m[1]].text in longer
                )
            )
        ]
        taken: set[int] = set()
        found = []
        for start, end, entry in sorted(matches, key=lambda m: (m[0] - m[1], m[0])):
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                found.append((start, end, entry))
        return sorted(found, key=lambda m: m[0])

    def person_entry(self, text: str) -> Entry | None:
        """The known persons named ``text``, without any other actor of that name."""
        entry = self.entries.get(index_key(text))
        persons = [a for a in entry.actors if a.type == "PERSON"] if entry else []
        return Entry(actors=persons) if persons else None

    @staticmethod
    def _matching_names(entry: Entry, span_text: str) -> list[str]:
        keys = _with_variants(index_key(span_text))
        return [n for a in entry.actors for n in (a.name, *a.aliases) if index_key(n) in keys]

    @property
    def _by_prefix(self) -> dict[str, list[str]]:
        """Multi-word names by their first three letters (built on first use)."""
        if not hasattr(self, "_prefix_buckets"):
            buckets: dict[str, list[str]] = {}
            for key, entry in self.entries.items():
                if entry.role == "name" and " " in key:
                    buckets.setdefault(key[:3], []).append(key)
            self._prefix_buckets = buckets
        return self._prefix_buckets

    def closest(self, text: str) -> KnownActor | None:
        """The known actor a multi-word name is a spelling variant of, if one is close enough."""
        key = index_key(text)
        candidates = self._by_prefix.get(key[:3], [])
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if best is None:
            return None
        actors = [a for a in self.entries[best[0]].actors if a.type != "LOCATION"]
        return actors[0] if len(actors) == 1 else None

    def state_named(self, text: str) -> KnownActor | None:
        """The state a name, demonym or capital stands for ("Iraqi", "Baghdad", "US")."""
        entry = self.entries.get(index_key(text))
        if entry is None:
            return None
        if entry.role != "name":
            return entry.actor
        states = [a for a in entry.actors if a.type == "STATE"]
        return states[0] if states else None

    def entry(self, text: str) -> Entry | None:
        return self.entries.get(index_key(text))

    def place(self, text: str) -> KnownActor | None:
        return self.places.get(index_key(text))

    @staticmethod
    def names_of(actor: KnownActor) -> list[str]:
        return [actor.name, *actor.aliases]

    @staticmethod
    def active(role: Role, published: str | None) -> bool:
        if published is None:
            return role.end is None
        return (role.start is None or role.start <= published) and (
            role.end is None or published <= role.end
        )

    def code_of(self, actor: KnownActor, published: str | None) -> str | None:
        """The actor's code, date-aware where the knowledge base bounds roles by dates."""
        for role in actor.roles:
            if role.code and self.active(role, published):
                return role.code
        return actor.code

    def choose(
        self, actors: list[KnownActor], published: str | None, text: str, written: str = ""
    ) -> KnownActor:
        """One actor for an ambiguous name (``written`` as in the text): named in full
        elsewhere in the text, in office, curated, typed, whose own name it is (not an alias
        of another's: a lumped record "Al-Arifeen" lists "Lashkar-e-Taiba"). A name that
        is just what is written ("Badr", a town) is no sign of being named in full."""
        if len(actors) == 1:
            return actors[0]

        def preference(actor: KnownActor) -> tuple:
            return (
                actor.name not in text or actor.name.lower() == written.lower(),
                not any(self.active(r, published) for r in actor.roles),
                not actor.source.startswith("hand"),
                TYPE_PRIORITY.index(actor.type) if actor.type in TYPE_PRIORITY else 99,
                not (written and index_key(actor.name) == index_key(written)),  # not an alias
                actor.index,
            )

        return min(actors, key=preference)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of every knowledge file (cached for the process)."""
    return Gazetteer(knowledge.load_actors())


@lru_cache(maxsize=1)
def _longer_places() -> tuple[frozenset[str], frozenset[str]]:
    """Words that, right before a name, make it another place, and such whole names
    (``longer_place_openers``, ``longer_place_names`` of the actor patterns: "New" of "New
    Mexico"; "Northern Ireland")."""
    patterns = knowledge.load_data("actor_patterns.json")
    return (
        frozenset(patterns["longer_place_openers"]),
        frozenset(patterns["longer_place_names"]),
    )

