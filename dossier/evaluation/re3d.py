"""`dossier eval-re3d`: actor recognition on re3d's Syria/Iraq documents.

Scored as distinct (name, coarse type) pairs per document, so that re3d's nested and repeated
spans do not dominate. re3d gives every span the annotators' agreement as a confidence; a span
below 0.5 (often a name nested in a longer one, "Iraq" in "northern Iraq") is neither required
nor wrong: a prediction of it is not counted either way; so is the state in "Rome, Italy",
a span that names Rome. The held-out part is the same as the
model's: documents whose md5(id) % 10 is 0, 1 or 2 are never used for training or tuning.

The scorer judges the pipeline's output only (entities, their mentions and aliases, events,
attributions, the parse layer): it imports no extractor. Names are compared after the same
normalisation on both sides, which reads dossier's knowledge data (state names, demonyms,
capitals and person titles) through ``dossier.knowledge``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from rich.table import Table

from dossier import knowledge
from dossier.document import Document, Entity, Mention
from dossier.evaluation.gold import normalize_name

COARSE_TYPES = ("Person", "Organisation", "Location")
HELD_OUT_BUCKETS = {0, 1, 2}
OUR_COARSE = {
    "PERSON": "Person",
    "STATE": "Location",
    "LOCATION": "Location",
    "ARMED_GROUP": "Organisation",
    "MILITARY": "Organisation",
    "GOVERNMENT_BODY": "Organisation",
    "POLITICAL_PARTY": "Organisation",
    "INTERNATIONAL_ORG": "Organisation",
    "MEDIA": "Organisation",
    "ORGANIZATION": "Organisation",
}
_PRONOUNS = {
    "i",
    "we",
    "us",
    "our",
    "you",
    "he",
    "him",
    "his",
    "she",
    "her",
    "it",
    "its",
    "they",
    "them",
    "their",
    "this",
    "that",
    "these",
    "those",
    "who",
    "which",
}
AGENT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "obl:agent", "agent", "nmod:poss", "poss"}
_DETERMINERS = re.compile(r"^(the|a|an|its|their|our)\s+", re.IGNORECASE)


def held_out(document_id: str) -> bool:
    return int(hashlib.md5(document_id.encode("utf8")).hexdigest(), 16) % 10 in HELD_OUT_BUCKETS


def _json_lines(path: Path) -> list[dict[str, Any]]:
    return [
        json.loads(line)
        for line in path.read_text(encoding="utf-8-sig").splitlines()
        if line.strip()
    ]


def named_form(text: str) -> str | None:
    """A gold span as a name: determiners dropped; pronouns and lower-case phrases skipped."""
    text = _DETERMINERS.sub("", text.strip()).strip(" ,.;:")
    if not text or text.lower() in _PRONOUNS or not text[:1].isupper():
        return None
    return normalize_name(text)


@lru_cache(maxsize=1)
def _known_names() -> tuple[frozenset[str], frozenset[str]]:
    """Every name, alias and capital of a state and every name of a group in the knowledge
    base, and every demonym ("Iraqi", "Iraqis"), normalised."""
    names: set[str] = set()
    demonyms: set[str] = set()
    for record in knowledge.load_actors():
        if record.type == "STATE":
            names.update(normalize_name(n) for n in (*record.surface_forms, *record.capitals))
            demonyms.update(normalize_name(d) for d in record.demonyms)
        elif record.type == "GROUP":  # "Shia Arabs": a group's name, not its people
            names.update(normalize_name(n) for n in record.surface_forms)
    return frozenset(names), frozenset(demonyms)


def _place_and_state(value: str) -> tuple[str, str | None]:
    """ "Rome, Italy" names Rome; the state after the comma only says which Rome."""
    place, comma, state = value.rpartition(",")
    names, demonyms = _known_names()
    if comma and place.strip() and normalize_name(state) in names | demonyms:
        return place, normalize_name(state)
    return value, None


def load_re3d(root: Path) -> list[dict[str, Any]]:
    """Documents with their gold (name, type) pairs, in a stable order."""
    documents = []
    for folder in sorted(p for p in root.iterdir() if (p / "documents.json").exists()):
        entities: dict[str, list[dict[str, Any]]] = {}
        for entity in _json_lines(folder / "entities.json"):
            entities.setdefault(entity["documentId"], []).append(entity)
        for document in _json_lines(folder / "documents.json"):
            gold, uncertain = set(), set()
            for entity in entities.get(document["_id"], []):
                value, qualifier = entity["value"], None
                if entity["type"] == "Location":
                    value, qualifier = _place_and_state(value)
                name = named_form(value)
                if entity["type"] in COARSE_TYPES and name:
                    sure = entity.get("confidence", 1) >= 0.5
                    (gold if sure else uncertain).add(_pair(name, entity["type"]))
                if qualifier:
                    uncertain.add((qualifier, "Location"))
            documents.append(
                {
                    "id": document["_id"],
                    "folder": folder.name,
                    "text": re.sub(r"\[\d+\]", "", document["text"]),
                    "gold": gold,
                    "uncertain": uncertain - gold,
                }
            )
    return documents


def _strip_title(name: str) -> str:
    """A person's name without a leading nationality or title ("secretary kerry" -> "kerry",
    "iraqi president fuad masum" -> "fuad masum")."""
    words = name.split()
    while len(words) > 1 and (words[0] in _titles() or _is_demonym(words[0])):
        words = words[1:]
    return " ".join(words)


def _is_demonym(word: str) -> bool:
    return word in {"u", "s", "us"} or word in _known_names()[1]


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    patterns = knowledge.load_data("actor_patterns.json")
    titles = patterns["person_titles"] + patterns["title_words"]
    # "H.E." is written with its dots in a title list and as "he" in a normalised name
    words = {w for title in titles for w in normalize_name(title.replace(".", "")).split()}
    return frozenset(
        words | {"mr", "mrs", "ms", "dr", "foreign", "prime", "deputy", "vice", "citizen"}
    )


def _pair(name: str, type_: str) -> tuple[str, str]:
    return (_strip_title(name) if type_ == "Person" else name, type_)


def mention_type(doc: Document, entity: Entity, mention: Mention) -> str | None:
    """re3d's coarse type for one mention, read from the output: people of a nationality
    ("Syrians", "Syrian civilians") and a state acting or its organs ("Iraqi soldiers") are an
    Organisation, a state as a place a Location; a nationality word alone is not scored."""
    if entity.type not in {"STATE", "GROUP"}:
        return OUR_COARSE.get(entity.type)
    text = mention.text
    known_names, demonyms = _known_names()
    if len(text.split()) > 1 and normalize_name(text) not in known_names:
        return "Organisation"  # a nationality's people or a state's organ ("Iraqi officials")
    if normalize_name(text) in demonyms:
        # "Syrians": the people, which re3d marks as an Organisation; "Syrian": a nationality
        return "Organisation" if text.lower().endswith("s") and not text.isupper() else None
    if entity.type == "GROUP":
        return None
    spacy_doc = doc.layers.get("spacy")
    span = (
        spacy_doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if spacy_doc is not None
        else None
    )
    if span is None:
        return "Location"
    if len(span) == 1 and span.root.dep_ in {"compound", "amod"}:
        # "U.S. assistance": the state acts in the event its noun names; "U.S. embassy": a
        # nationality word
        head = span.root.head
        return "Organisation" if _event_at(doc, head.idx) else None
    if span.root.dep_ in AGENT_DEPS:
        return "Organisation"
    return "Location"


def _event_at(doc: Document, offset: int) -> bool:
    return any(event.trigger.start == offset for event in doc.events)


def predicted_pairs(doc: Document) -> set[tuple[str, str]]:
    """(name, coarse type) of every mention, read as the gold is (``named_form``): a
    lower-case description ("the international community") is no name on either side."""
    pairs = set()
    for entity in doc.entities:
        for mention in entity.mentions:
            if named_form(mention.text) is None:
                continue
            coarse = mention_type(doc, entity, mention)
            if coarse is not None:
                pairs.add(_pair(normalize_name(mention.text), coarse))
    return pairs


def score_re3d(documents: list[dict[str, Any]], analyze: Callable[[str], Document]) -> dict:
    """Per-type precision, recall and F1 over held-out and all documents."""
    counts = {part: Counter() for part in ("held_out", "all")}
    for document in documents:
        predicted = predicted_pairs(analyze(document["text"])) - document["uncertain"]
        parts = ["all"] + (["held_out"] if held_out(document["id"]) else [])
        for part in parts:
            for type_ in COARSE_TYPES:
                gold = {p for p in document["gold"] if p[1] == type_}
                guess = {p for p in predicted if p[1] == type_}
                counts[part][type_, "tp"] += len(gold & guess)
                counts[part][type_, "fp"] += len(guess - gold)
                counts[part][type_, "fn"] += len(gold - guess)
    scores: dict[str, Any] = {
        "documents": {"all": len(documents), "held_out": sum(held_out(d["id"]) for d in documents)},
    }
    for part, counter in counts.items():
        scores[part] = {}
        for type_ in (*COARSE_TYPES, "overall"):
            types = COARSE_TYPES if type_ == "overall" else (type_,)
            tp = sum(counter[t, "tp"] for t in types)
            fp = sum(counter[t, "fp"] for t in types)
            fn = sum(counter[t, "fn"] for t in types)
            precision = tp / (tp + fp) if tp + fp else 0.0
            recall = tp / (tp + fn) if tp + fn else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            scores[part][type_] = {
                "precision": round(precision, 3),
                "recall": round(recall, 3),
                "f1": round(f1, 3),
                "gold": tp + fn,
            }
    return scores


def render_re3d(scores: dict) -> Table:
    """The ``dossier eval-re3d`` table."""
    table = Table(title="dossier eval-re3d (distinct name/type pairs per document)")
    for column in ("part", "type", "precision", "recall", "F1", "gold"):
        table.add_column(column)
    for part in ("held_out", "all"):
        for type_, item in scores[part].items():
            table.add_row(
                part,
                type_,
                f"{item['precision']:.3f}",
                f"{item['recall']:.3f}",
                f"{item['f1']:.3f}",
                str(item["gold"]),
            )
    return table
