"""Dossier's actor knowledge base: record models and loaders.

The knowledge base is a set of JSON Lines files. Every file starts with a header line
``{"_meta": {"kind": ..., "source": ..., "licence": ...}}`` followed by one record per line.
Files whose kind is ``"agents"`` hold :class:`AgentRecord` lines; kinds in
:data:`ACTOR_KINDS` (states, places, actors, groups, events) hold :class:`ActorRecord` lines;
files of other kinds (the event-trigger lexicon) are left to their own readers. The files
shipped in this package are rebuilt by ``scripts/build_knowledge.py``; users add their own
files of the same shape in folders named by the environment variable
``DOSSIER_KNOWLEDGE_PATH`` (``os.pathsep``-separated: a colon on POSIX; each entry a folder,
whose ``*.jsonl`` files are read, or a single file). See ``README.md`` in this folder.

Aliases written entirely in capitals (``US``, ``WHO``, ``IS``) are acronyms: match them
case-sensitively (see :func:`is_acronym`).
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Iterable
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)

__all__ = [
    "ACTOR_KINDS",
    "ACTOR_TYPES",
    "ENV_VAR",
    "ActorRecord",
    "AgentRecord",
    "KnowledgeError",
    "Role",
    "is_acronym",
    "knowledge_files",
    "load_actors",
    "load_agents",
]

ENV_VAR = "DOSSIER_KNOWLEDGE_PATH"
AGENT_KIND = "agents"
# Header kinds whose lines are ActorRecords. Files of any other kind in the same folders
# (event_triggers, ...) belong to other readers and are skipped.
ACTOR_KINDS = frozenset({"states", "places", "actors", "groups", "events"})
# Kinds of JSON Lines file that hold actor records; other kinds (event triggers, ...) have
# loaders of their own and are passed over here.
ACTOR_KINDS = frozenset({"actors", "states", "places", "groups"})

ActorType = Literal[
    "STATE",
    "PERSON",
    "ARMED_GROUP",
    "MILITARY",
    "GOVERNMENT_BODY",
    "POLITICAL_PARTY",
    "INTERNATIONAL_ORG",
    "MEDIA",
    "ORGANIZATION",
    "LOCATION",
    "GROUP",
    "EVENT",
]
ACTOR_TYPES: tuple[str, ...] = ActorType.__args__  # type: ignore[attr-defined]

_CODE = r"^[A-Z]{3,18}$"
_Text = Field(min_length=1, max_length=300)


class KnowledgeError(ValueError):
    """A knowledge file is missing, unreadable or holds a bad record (message names file:line)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Role(_Frozen):
    """A CAMEO/PLOVER code that applies between two dates (either end may be open)."""

    code: str = Field(pattern=_CODE)
    start: date | None = None
    end: date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Role:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"role {self.code} ends ({self.end}) before it starts ({self.start})")
        return self

    def applies(self, when: date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


class ActorRecord(_Frozen):
    """One actor, place, group or event, with every surface form it is written as."""

    name: str = _Text
    type: ActorType
    aliases: tuple[str, ...] = ()
    code: str | None = Field(default=None, pattern=_CODE)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    feature: Literal["city", "region", "area"] | None = None  # LOCATION only
    population: int | None = Field(default=None, ge=0)  # LOCATION only
    source: str = _Text

    @model_validator(mode="after")
    def _check(self) -> ActorRecord:
        for field in ("aliases", "demonyms", "capitals"):
            for value in getattr(self, field):
                if not value.strip() or len(value) > 300:
                    raise ValueError(f"{field} holds an empty or overlong string: {value!r}")
        if (self.feature or self.population is not None) and self.type != "LOCATION":
            raise ValueError("feature/population are for LOCATION records only")
        return self

    @property
    def surface_forms(self) -> tuple[str, ...]:
        """The name followed by every alias, without duplicates."""
        return tuple(dict.fromkeys((self.name, *self.aliases)))

    def code_on(self, when: date | None) -> str | None:
        """The code that applies on ``when`` (PETRARCH semantics).

        The latest-starting dated role that covers ``when``; failing that, the undated role
        (the default, often an ``ELI`` code for former office holders); failing that, ``code``.
        """
        if when is not None:
            dated = [r for r in self.roles if (r.start or r.end) and r.applies(when)]
            if dated:
                return max(dated, key=lambda r: r.start or date.min).code
            default = [r for r in self.roles if not (r.start or r.end)]
            if default:
                return default[-1].code
        return self.code


class AgentRecord(_Frozen):
    """A common noun for an actor's sector ("militia" -> UAF), so "Iraqi militias" -> IRQUAF."""

    word: str = _Text
    plural: str | None = None
    sector: str = Field(pattern=_CODE)
    prefix: bool = False  # True: the sector goes before the country code (IGO peacekeepers)
    source: str = _Text


class _Meta(BaseModel):
    model_config = ConfigDict(extra="allow")

    kind: str = Field(min_length=1)
    source: str = Field(min_length=1)
    licence: str = Field(min_length=1)
    built_by: str | None = None


_ACTOR_LIST = TypeAdapter(tuple[ActorRecord, ...])
_AGENT_LIST = TypeAdapter(tuple[AgentRecord, ...])


def is_acronym(alias: str) -> bool:
    """True for aliases written in capitals (``US``, ``U.N.``, ``WHO``): match them by case."""
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# --------------------------------------------------------------------------- file discovery

# A source is (origin, name, stamp): origin "pkg" for files shipped in this package, "fs" for
# files on disk. The stamp (mtime, size) makes the cache notice a user file that changed.
_Source = tuple[str, str, tuple[int, int]]


def _package_sources() -> list[_Source]:
    root = resources.files(__name__)
    names = sorted(e.name for e in root.iterdir() if e.name.endswith(".jsonl") and e.is_file())
    return [("pkg", name, (0, 0)) for name in names]


def _fs_sources(entries: Iterable[str | os.PathLike[str]]) -> list[_Source]:
    found: list[_Source] = []
    for entry in entries:
        path = Path(entry).expanduser()
        if path.is_dir():
            files = sorted(p for p in path.glob("*.jsonl") if p.is_file())
        elif path.is_file():
            files = [path]
        else:
            raise KnowledgeError(f"knowledge path does not exist: {path}")
        for file in files:
            stat = file.stat()
            found.append(("fs", str(file.resolve()), (stat.st_mtime_ns, stat.st_size)))
    return found


def _sources(paths: Iterable[str | os.PathLike[str]] | None) -> tuple[_Source, ...]:
    if paths is not None:
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        return tuple(_fs_sources(paths))
    env = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    return tuple(_package_sources() + _fs_sources(env))


def knowledge_files(paths: Iterable[str | os.PathLike[str]] | None = None) -> list[str]:
    """The files :func:`load_actors` and :func:`load_agents` read, in reading order."""
    return [name if origin == "fs" else f"dossier/knowledge/{name}" for origin, name, _ in
            _sources(paths)]


# --------------------------------------------------------------------------------- parsing


def _read_text(source: _Source) -> tuple[str, str]:
    origin, name, _ = source
    try:
        if origin == "pkg":
            return f"dossier/knowledge/{name}", resources.files(__name__).joinpath(name).read_text(
                encoding="utf-8"
            )
        return name, Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{name}: cannot read knowledge file: {exc}") from exc


def _short(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err.get("loc", ())) or "record"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


@functools.lru_cache(maxsize=16)
def _parse(source: _Source) -> tuple[str, tuple[ActorRecord | AgentRecord, ...]]:
    label, text = _read_text(source)
    lines = text.splitlines()
    if not lines:
        raise KnowledgeError(f"{label}:1: empty file: the first line must be a _meta header")
    try:
        header = json.loads(lines[0])
        meta = _Meta.model_validate(header["_meta"])
    except (ValueError, KeyError, TypeError) as exc:
        raise KnowledgeError(
            f'{label}:1: the first line must be {{"_meta": {{"kind", "source", "licence"}}}}'
            f" ({exc.__class__.__name__})"
        ) from exc
    if meta.kind != AGENT_KIND and meta.kind not in ACTOR_KINDS:
        return meta.kind, ()  # another loader's file (event triggers, ...)
    if meta.kind != AGENT_KIND and meta.kind not in ACTOR_KINDS:
        return meta.kind, ()
    agents = meta.kind == AGENT_KIND
    model: type[ActorRecord] | type[AgentRecord] = AgentRecord if agents else ActorRecord
    body = [(n, line) for n, line in enumerate(lines[1:], start=2) if line.strip()]
    try:  # fast path: the whole file in one call
        adapter = _AGENT_LIST if agents else _ACTOR_LIST
        return meta.kind, adapter.validate_json("[" + ",".join(line for _, line in body) + "]")
    except ValidationError:
        pass
    for number, line in body:  # slow path: find the first bad line
        try:
            model.model_validate_json(line)
        except ValidationError as exc:
            if any(e.get("type") == "json_invalid" for e in exc.errors()):
                raise KnowledgeError(f"{label}:{number}: not valid JSON") from exc
            raise KnowledgeError(f"{label}:{number}: bad {model.__name__}: {_short(exc)}") from exc
    raise KnowledgeError(f"{label}: not valid JSON Lines")  # e.g. two records on one line


@functools.lru_cache(maxsize=8)
def _load(sources: tuple[_Source, ...], agents: bool) -> tuple[ActorRecord | AgentRecord, ...]:
    out: list[ActorRecord | AgentRecord] = []
    for source in sources:
        kind, records = _parse(source)
        if (kind == AGENT_KIND) == agents:
            out.extend(records)  # (other kinds parse to no records)
    return tuple(out)


def load_actors(paths: Iterable[str | os.PathLike[str]] | None = None) -> list[ActorRecord]:
    """Every actor record (states, places, actors, groups, events), validated and cached.

    ``paths=None`` reads the files shipped with dossier plus those named by
    ``DOSSIER_KNOWLEDGE_PATH``; otherwise only the given files or folders. Raises
    :class:`KnowledgeError` naming the file and line of the first bad record.
    """
    return list(_load(_sources(paths), agents=False))  # type: ignore[arg-type]


def load_agents(paths: Iterable[str | os.PathLike[str]] | None = None) -> list[AgentRecord]:
    """Every agent record (sector nouns such as "militia", "troops", "regime"), cached."""
    return list(_load(_sources(paths), agents=True))  # type: ignore[arg-type]
