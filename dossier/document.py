"""The one record that flows through the pipeline and its JSON schema (``dossier/1``).

Ingest fixes ``Document.text``; every later stage adds its own layer, and every item in a
layer carries character offsets into that text.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_ID = "dossier/1"


def content_hash(text: str) -> str:
    """The identity of a cleaned text (SHA-256, hex): the same content is stored once."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

SentenceKind = Literal["fact", "opinion", "question", "heading"]
EventMode = Literal["asserted", "negated", "speculative", "hypothetical"]
Qualifier = Literal[
    "exact", "approx", "more_than", "at_least", "less_than", "up_to", "range", "vague_plural"
]


class Record(BaseModel):
    """Base for every layer item: strict field names, round-trips through dicts."""

    model_config = ConfigDict(extra="forbid")


class Metadata(Record):
    title: str | None = None
    url: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD publication date")
    language: str = "en"
    source: str | None = Field(None, description="Where the input came from (file path, URL)")
    published_inferred: str | None = Field(
        None, description="YYYY-MM(-DD) lower bound inferred from the text when none was given"
    )
    published_reasoning: str | None = Field(
        None, description="How the publication date was inferred when no metadata gave it"
    )
    author: str | None = Field(None, description="The byline's author(s)")
    issuer: str | None = Field(
        None,
        description="Who issued the text in their own name (a statement, a speech, a "
        "briefing); its 'we' and 'I' are this actor",
    )


class Paragraph(Record):
    start: int
    end: int
    heading: bool = False


class Sentence(Record):
    id: int
    start: int
    end: int
    text: str
    kind: SentenceKind = "fact"
    opinion_score: float = 0.0
    is_question: bool = False
    opinion_holder: str | None = Field(
        None,
        description="Whose opinion an opinion sentence is: 'author', or the id of the "
        "attribution whose claim it is",
    )


class TextSpan(Record):
    start: int
    end: int
    text: str


class Mention(TextSpan):
    sentence: int


class Entity(Record):
    id: str
    name: str = Field(description="Canonical name")
    type: str
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    code: str | None = Field(None, description="CAMEO/PLOVER-style actor code, e.g. IRQGOV")
    stance: float | None = Field(None, description="Article's attitude toward it, -1..1")
    rules: list[str] = Field(
        default_factory=list, description="Ids of the rules that found or typed it"
    )


class Event(Record):
    id: str
    type: str = Field(description="PLOVER 0.8 event type")
    source: str | None = Field(None, description="Entity id of the actor")
    target: str | None = Field(None, description="Entity id of the recipient")
    source_text: TextSpan | None = Field(
        None,
        description="The actor as the text describes it, when it is a described group and "
        "no entity (set only when source is None)",
    )
    target_text: TextSpan | None = Field(
        None,
        description="The recipient as the text describes it, when it is a described group or "
        "thing and no entity ('12 civilians', 'commercial shipping'; set only when target is "
        "None)",
    )
    date: str | None = None
    location: str | None = Field(None, description="Entity id of the place")
    mode: EventMode = "asserted"
    attributed_to: str | None = Field(None, description="Attribution id")
    sentence: int
    trigger: TextSpan
    confidence: float = 0.5
    rules: list[str] = Field(default_factory=list, description="Ids of the rules that made it")


class Attribution(Record):
    id: str
    source: str | None = Field(None, description="Entity id of the source, when named")
    source_text: str
    source_type: str
    cue: str
    claim: TextSpan
    sentence: int
    rules: list[str] = Field(default_factory=list, description="Ids of the rules that made it")


class Quantity(Record):
    value: float
    unit: str
    qualifier: Qualifier = "exact"
    text: str
    start: int
    end: int
    sentence: int
    value_max: float | None = Field(None, description="Upper end of a range")
    casualty: str | None = Field(None, description="killed/injured/... when a casualty count")


class DateMention(Record):
    text: str
    value: str = Field(description="YYYY-MM-DD, YYYY-MM, YYYY or YYYY/YYYY")
    granularity: str
    start: int
    end: int
    sentence: int


class Document(Record):
    """One analysed article. ``to_json`` gives the ``dossier/1`` schema."""

    schema_id: str = Field(SCHEMA_ID, alias="schema")
    id: str
    metadata: Metadata = Field(default_factory=Metadata)
    text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    # Layers that are not part of the output (the spaCy parse, stage bookkeeping).
    _layers: dict[str, Any] = PrivateAttr(default_factory=dict)
    # Sentence starts for bisection, with the sentence list they were read from.
    _sentence_starts: tuple[list[Sentence] | None, int, list[int]] = PrivateAttr(
        default=(None, 0, [])
    )

    @property
    def layers(self) -> dict[str, Any]:
        """Working layers shared between stages, never serialised (e.g. ``"spacy"``).

        Read from pydantic's store of private attributes directly: ``self._layers`` goes
        through ``BaseModel.__getattr__``, whose descriptor test raises and catches an
        AttributeError on each read (stages read the layers tens of thousands of times)."""
        return self.__pydantic_private__["_layers"]

    def __eq__(self, other: object) -> bool:
        """Equal when the serialised layers are equal (working layers are ignored)."""
        return isinstance(other, Document) and self.to_dict() == other.to_dict()

    __hash__ = None  # mutable record

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return cls.model_validate(data)

    @property
    def content_hash(self) -> str:
        """The identity of this document's text: the store keeps each content once."""
        return content_hash(self.text)

    def sentence_at(self, offset: int) -> int:
        """Id of the sentence that contains character ``offset`` (the nearest before it).

        Bisection over the sentence starts, read again whenever ``sentences`` is replaced or
        changes length (sentences are in text order and their offsets never change).
        """
        sentences, count, starts = self.__pydantic_private__["_sentence_starts"]  # see layers
        if sentences is not self.sentences or count != len(self.sentences):
            starts = [sentence.start for sentence in self.sentences]
            self._sentence_starts = (self.sentences, len(self.sentences), starts)
        index = bisect_right(starts, offset) - 1
        return self.sentences[index].id if index >= 0 else 0

    def sentence(self, sentence_id: int) -> Sentence | None:
        """The sentence with id ``sentence_id`` (ids are list positions; else a scan)."""
        if 0 <= sentence_id < len(self.sentences):
            sentence = self.sentences[sentence_id]
            if sentence.id == sentence_id:
                return sentence
        return next((s for s in self.sentences if s.id == sentence_id), None)

    def span(self, start: int, end: int) -> TextSpan:
        return TextSpan(start=start, end=end, text=self.text[start:end])


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one analysed document."""
    return Document.model_json_schema(by_alias=True)
