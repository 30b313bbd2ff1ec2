"""Score one analysed Document against a hand annotation (the dev article's gold format).

Matching follows the gold's ``note``: names match after normalisation (case, accents,
punctuation, a leading "the", a trailing possessive); hints are verbatim substrings of the
article, located in the cleaned text with any run of whitespace matching any other.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from dossier.document import Document, Entity


class GoldError(ValueError):
    """A gold annotation file that cannot be read."""


def load_gold(path: str | Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise GoldError(f"{path}: cannot read the gold annotation ({error})") from None
    if not isinstance(gold, dict) or "entities" not in gold:
        raise GoldError(f"{path}: not a dossier gold annotation (no 'entities')")
    return gold


def normalize_name(name: str) -> str:
    """Case, accents, punctuation, a leading 'the' and a trailing possessive removed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    text = re.sub(r"['’`ʿʾʻʼ]s$", "", text)
    text = re.sub(r"['’`ʿʾʻʼ]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def locate(hint: str, text: str) -> tuple[int, int] | None:
    """Where a verbatim hint stands in the cleaned text (whitespace-insensitive)."""
    hint = hint.replace("\\$", "$").strip()
    pattern = r"\s+".join(re.escape(part) for part in hint.split())
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else None


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is None or (a[0] < b[1] and b[0] < a[1])


def _entity_names(entity: Entity) -> set[str]:
    return {normalize_name(n) for n in [entity.name, *entity.aliases]} - {""}


def _prf(true_positives: int, predicted: int, expected: int) -> dict[str, float]:
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "matched": true_positives,
        "predicted": predicted,
        "expected": expected,
    }


def _ratio(hits: int, total: int) -> dict[str, float]:
    return {"accuracy": round(hits / total, 3) if total else 0.0, "correct": hits, "total": total}


class _Scorer:
    def __init__(self, gold: dict[str, Any], doc: Document) -> None:
        self.gold = gold
        self.doc = doc
        self.gold_names = [{normalize_name(n) for n in g["names"]} for g in gold["entities"]]
        self.system_names = {e.id: _entity_names(e) for e in doc.entities}
        self.sentence_spans = {s.id: (s.start, s.end) for s in doc.sentences}

    def names_for(self, gold_name: str | None) -> set[str]:
        """Every accepted name of the gold entity that ``gold_name`` names."""
        if gold_name is None:
            return set()
        key = normalize_name(gold_name)
        for names in self.gold_names:
            if key in names:
                return names
        return {key}

    def actor_matches(self, entity_id: str | None, gold_name: str | None) -> bool:
        if gold_name is None or entity_id is None:
            return gold_name is None and entity_id is None
        return bool(self.system_names.get(entity_id, set()) & self.names_for(gold_name))

    def entities(self) -> dict[str, Any]:
        gold_entities = self.gold["entities"]
        matched_gold: set[int] = set()
        typed_right: set[int] = set()
        system_hits = 0
        for entity in self.doc.entities:
            names = self.system_names[entity.id]
            hits = [i for i, gold_names in enumerate(self.gold_names) if names & gold_names]
            if hits:
                system_hits += 1
            matched_gold.update(hits)
            typed_right.update(i for i in hits if gold_entities[i]["type"] == entity.type)
        core = [i for i, g in enumerate(gold_entities) if g.get("core", True)]
        return {
            "core_recall": _ratio(len(matched_gold & set(core)), len(core)),
            "precision": _ratio(system_hits, len(self.doc.entities)),
            "type_accuracy": _ratio(len(typed_right), len(matched_gold)),
            "missed_core": [gold_entities[i]["names"][0] for i in core if i not in matched_gold],
            "unmatched_system": [
                e.name
                for e in self.doc.entities
                if not any(self.system_names[e.id] & names for names in self.gold_names)
            ],
        }

    def _in_sentence(self, sentence: int, hint: str | None) -> bool:
        span = locate(hint, self.doc.text) if hint else None
        return _overlaps(span, self.sentence_spans.get(sentence, (-1, -1)))

    def events(self) -> dict[str, Any]:
        results = {}
        for level, with_target in (("lenient", False), ("strict", True)):
            used: set[str] = set()
            hits = 0
            for gold_event in self.gold.get("events", []):
                for event in self.doc.events:
                    if event.id in used or event.type != gold_event["type"]:
                        continue
                    if not self.actor_matches(event.source, gold_event.get("source")):
                        continue
                    if with_target and not self.actor_matches(
                        event.target, gold_event.get("target")
                    ):
                        continue
                    if not self._in_sentence(event.sentence, gold_event.get("sentence_hint")):
                        continue
                    used.add(event.id)
                    hits += 1
                    break
            results[level] = _prf(hits, len(self.doc.events), len(self.gold.get("events", [])))
        return results

    def attributions(self) -> dict[str, Any]:
        used: set[str] = set()
        hits = 0
        for gold_attribution in self.gold.get("attributions", []):
            accepted = self.names_for(gold_attribution["source"])
            claim = locate(gold_attribution.get("claim_hint", ""), self.doc.text)
            for attribution in self.doc.attributions:
                if attribution.id in used:
                    continue
                names = {normalize_name(attribution.source_text)}
                names |= self.system_names.get(attribution.source or "", set())
                named = bool(names & accepted) or any(
                    a and b and (a in b or b in a) for a in names for b in accepted
                )
                sentence = self.sentence_spans.get(attribution.sentence, (-1, -1))
                claim_span = (attribution.claim.start, attribution.claim.end)
                if named and (_overlaps(claim, claim_span) or _overlaps(claim, sentence)):
                    used.add(attribution.id)
                    hits += 1
                    break
        return _prf(hits, len(self.doc.attributions), len(self.gold.get("attributions", [])))

    def _spans_at(self, hint: str, items: Iterable[Any]) -> list[Any]:
        span = locate(hint, self.doc.text)
        if span is None:
            return []
        return [item for item in items if item.start < span[1] and span[0] < item.end]

    def quantities(self) -> dict[str, Any]:
        scored = [
            q for q in self.gold.get("quantities", []) if q.get("qualifier") != "vague_plural"
        ]
        hits = 0
        for gold_quantity in scored:
            found = self._spans_at(gold_quantity["hint"], self.doc.quantities)
            if any(abs(q.value - gold_quantity["value"]) < 1e-6 * max(1, q.value) for q in found):
                hits += 1
        return _ratio(hits, len(scored))

    def dates(self) -> dict[str, Any]:
        gold_dates = self.gold.get("dates", [])
        hits = sum(
            any(d.value == g["value"] for d in self._spans_at(g["text"], self.doc.dates))
            for g in gold_dates
        )
        return _ratio(hits, len(gold_dates))

    def _sentence_for(self, hint: str):
        span = locate(hint, self.doc.text)
        if span is None:
            return None
        for sentence in self.doc.sentences:
            if sentence.start <= span[0] < sentence.end:
                return sentence
        return None

    def opinion(self) -> dict[str, Any]:
        examples = [(s, "opinion") for s in self.gold.get("opinion_sentences_examples", [])]
        examples += [(s, "fact") for s in self.gold.get("factual_sentences_examples", [])]
        hits = 0
        for hint, kind in examples:
            sentence = self._sentence_for(hint)
            hits += sentence is not None and sentence.kind == kind
        return _ratio(hits, len(examples))

    def questions(self) -> dict[str, Any]:
        questions = self.gold.get("questions", [])
        hits = 0
        for hint in questions:
            sentence = self._sentence_for(hint)
            hits += sentence is not None and sentence.is_question
        return {
            "recall": round(hits / len(questions), 3) if questions else 0.0,
            "found": hits,
            "total": len(questions),
        }


def score_document(gold: dict[str, Any], doc: Document) -> dict[str, Any]:
    """Every yardstick of the gold format, as a JSON-ready dict."""
    scorer = _Scorer(gold, doc)
    return {
        "entities": scorer.entities(),
        "events": scorer.events(),
        "attributions": scorer.attributions(),
        "quantities": scorer.quantities(),
        "dates": scorer.dates(),
        "opinion": scorer.opinion(),
        "questions": scorer.questions(),
    }


def headline_scores(scores: dict[str, Any]) -> dict[str, float]:
    """The one number per yardstick that the quality floors pin."""
    entities, events = scores["entities"], scores["events"]
    return {
        "core_recall": entities["core_recall"]["accuracy"],
        "entity_precision": entities["precision"]["accuracy"],
        "type_accuracy": entities["type_accuracy"]["accuracy"],
        "event_f1_lenient": events["lenient"]["f1"],
        "event_f1_strict": events["strict"]["f1"],
        "attribution_f1": scores["attributions"]["f1"],
        "quantity_accuracy": scores["quantities"]["accuracy"],
        "date_accuracy": scores["dates"]["accuracy"],
        "opinion_accuracy": scores["opinion"]["accuracy"],
        "question_recall": scores["questions"]["recall"],
    }
