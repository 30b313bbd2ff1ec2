"""Dossier's knowledge: the one loader of every data file in this folder, with its schema.

``load_data(name)`` reads a JSON data file (cue lists, rules, models; see DATA_SCHEMAS): the
shipped file, validated against its kind's schema, with a user's file of the same name in a
``DOSSIER_KNOWLEDGE_PATH`` folder laid over it (its keys replace the shipped ones; its rules
replace the shipped rules of the same id and add the others). Errors name the file and line.

The actor knowledge base:

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

import copy
import functools
import json
import os
import re
from collections.abc import Iterable
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, Literal

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
    "load_data",
    "user_paths",
    "with_typographic_apostrophes",
]

ENV_VAR = "DOSSIER_KNOWLEDGE_PATH"
AGENT_KIND = "agents"
# Header kinds whose lines are ActorRecords. Files of any other kind in the same folders
# (event_triggers, ...) belong to other readers and are skipped.
ACTOR_KINDS = frozenset({"states", "places", "actors", "groups", "events"})

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
    return tuple(_package_sources() + _fs_sources(user_paths()))


def user_paths() -> list[str]:
    """The folders and files the ``DOSSIER_KNOWLEDGE_PATH`` setting lists, in order."""
    return [p.strip() for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]


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


# ------------------------------------------------------------------ JSON data files (schemas)

Scalar = str | int | float | bool | None
WordValue = Scalar | list[Scalar | list[Any]] | dict[str, Any]  # a list holds no objects


class _DataFile(BaseModel):
    """A JSON data file: an object whose ``_meta`` (optional) says where it comes from."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    meta: dict[str, Any] | None = Field(None, alias="_meta")


class Rule(BaseModel):
    """A declared rule: an id, what it matches and produces, its examples."""

    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    examples: list[Any] = []
    counter_examples: list[Any] = []


def _unique_ids(rules: list[Rule]) -> list[Rule]:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise ValueError(f"two rules have the id {rule.id!r}")
        seen.add(rule.id)
    return rules


class WordLists(_DataFile):
    """Named word lists and tables (cue files): each key a list, a table or a value; a
    ``rules`` key, when there, holds rules with unique ids."""

    __pydantic_extra__: dict[str, WordValue]
    rules: list[Rule] | None = None

    @model_validator(mode="after")
    def _check(self) -> WordLists:
        _unique_ids(self.rules or [])
        return self


class RuleFile(_DataFile):
    """Declared rules (attribution, event, reference rules), with unique ids."""

    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _check(self) -> RuleFile:
        _unique_ids(self.rules)
        return self


class LinearModel(_DataFile):
    """A trained linear scorer: a bias, a threshold and a weight per feature."""

    bias: float
    threshold: float
    weights: dict[str, float] = Field(min_length=1)


class PloverTypes(_DataFile):
    """PLOVER event types with their quad class and score."""

    quad_classes: dict[str, str]
    types: dict[str, dict[str, Any]] = Field(min_length=1)


# The schema of every JSON data file; a file not listed here cannot be loaded.
DATA_SCHEMAS: dict[str, type[_DataFile]] = {
    "actor_patterns.json": WordLists,
    "attribution_cues.json": WordLists,
    "event_cues.json": WordLists,
    "opinion_cues.json": WordLists,
    "quantity_words.json": WordLists,
    "text_repair.json": WordLists,
    "time_words.json": WordLists,
    "header_patterns.json": WordLists,
    "attribution_rules.json": RuleFile,
    "event_rules.json": RuleFile,
    "reference_rules.json": RuleFile,
    "event_chains.json": RuleFile,
    "inline_headings.json": RuleFile,
    "sentence_breaks.json": RuleFile,
    "parse_repairs.json": RuleFile,
    "opinion_model.json": LinearModel,
    "plover_types.json": PloverTypes,
}


def _json_object(label: str, text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise KnowledgeError(f"{label}:{error.lineno}: not valid JSON ({error.msg})") from None
    if not isinstance(data, dict):
        raise KnowledgeError(f"{label}:1: must be a JSON object")
    return data


def _key_line(text: str, key: object) -> int:
    """The line of the first ``"key":`` in a JSON text (1 when not found)."""
    found = re.search(rf'"{re.escape(str(key))}"\s*:', text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _validated(name: str, label: str, text: str, data: dict[str, Any]) -> None:
    try:
        DATA_SCHEMAS[name].model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = error.get("loc", ())
        line = _key_line(text, where[0]) if where else 1
        if len(where) > 1 and where[0] == "rules" and isinstance(where[1], int):
            rule = data["rules"][where[1]]
            if isinstance(rule, dict) and isinstance(rule.get("id"), str):
                line = _rule_line(text, rule["id"], line)
        schema = DATA_SCHEMAS[name].__name__
        raise KnowledgeError(f"{label}:{line}: bad {schema}: {_short(exc)}") from None


def _rule_line(text: str, rule_id: str, default: int) -> int:
    found = re.search(rf'"id"\s*:\s*"{re.escape(rule_id)}"', text)
    return text.count("\n", 0, found.start()) + 1 if found else default


def _overlaid(shipped: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """``shipped`` with the user's keys in place of its own; rules by id (replaced or added)."""
    merged = {**shipped, **{key: value for key, value in user.items() if key != "rules"}}
    if isinstance(user.get("rules"), list) and isinstance(shipped.get("rules"), list):
        rules = {rule.get("id"): rule for rule in shipped["rules"] if isinstance(rule, dict)}
        for rule in user["rules"]:
            rules[rule.get("id") if isinstance(rule, dict) else None] = rule
        merged["rules"] = list(rules.values())
    elif "rules" in user:
        merged["rules"] = user["rules"]
    return merged


def _user_data_files(name: str) -> list[Path]:
    files = []
    for entry in user_paths():
        path = Path(entry).expanduser()
        if path.is_dir() and (path / name).is_file():
            files.append(path / name)
        elif path.is_file() and path.name == name:
            files.append(path)
    return files


@functools.lru_cache(maxsize=64)
def _load_data(name: str, user_files: tuple[tuple[str, int, int], ...]) -> dict[str, Any]:
    label = f"dossier/knowledge/{name}"
    try:
        text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{label}: cannot read knowledge file: {exc}") from exc
    data = _json_object(label, text)
    _validated(name, label, text, data)
    for user_file, _, _ in user_files:
        try:
            user_text = Path(user_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{user_file}: cannot read knowledge file: {exc}") from exc
        user_data = _json_object(user_file, user_text)
        user_rules = user_data.get("rules")
        if isinstance(user_rules, list):
            ids = [rule.get("id") for rule in user_rules if isinstance(rule, dict)]
            twice = next((i for n, i in enumerate(ids) if i in ids[:n]), None)
            if twice is not None:
                line = _rule_line(user_text, str(twice), 1)
                raise KnowledgeError(f"{user_file}:{line}: two rules have the id {twice!r}")
        data = _overlaid(data, user_data)
        _validated(name, user_file, user_text, data)
    return with_typographic_apostrophes(data)


EXAMPLE_KEYS = frozenset({"examples", "counter_examples"})


def with_typographic_apostrophes(data: Any) -> Any:
    """``data`` with every short cue written with a straight apostrophe ("n't", "'ll",
    "won't", "i don't think") also listed with the typographic one most news text uses
    ("n’t", "’ll"), so that "didn’t attack" negates as "didn't attack" does; examples are
    left as written."""
    if isinstance(data, dict):
        return {
            key: value if key in EXAMPLE_KEYS else with_typographic_apostrophes(value)
            for key, value in data.items()
        }
    if isinstance(data, list):
        items = [with_typographic_apostrophes(item) for item in data]
        twins = [
            item.replace("'", "’")
            for item in items
            if isinstance(item, str) and "'" in item and len(item.split()) <= 4
        ]
        return items + [twin for twin in twins if twin not in items]
    return data


def load_data(name: str) -> dict[str, Any]:
    """The JSON data file ``name`` of this folder (a key of DATA_SCHEMAS), validated, with
    the files of that name in the ``DOSSIER_KNOWLEDGE_PATH`` folders laid over it in order.

    Raises KnowledgeError naming the file and line. Each call returns a fresh copy (callers
    may change it); the files are read once per process unless a user file changes.
    """
    if name not in DATA_SCHEMAS:
        raise KnowledgeError(f"{name}: no such knowledge data file ({', '.join(DATA_SCHEMAS)})")
    stamps = []
    for path in _user_data_files(name):
        status = path.stat()
        stamps.append((str(path.resolve()), status.st_mtime_ns, status.st_size))
    return copy.deepcopy(_load_data(name, tuple(stamps)))
