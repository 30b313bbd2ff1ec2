"""Score one analysed Document against a hand annotation (the dev article's gold format).

Matching follows the gold's ``note``: names match after normalisation (case, accents,
punctuation, a leading "the", a trailing possessive); hints are verbatim substrings of the
article, located in the cleaned text with any run of whitespace matching any other.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from dossier.document import Document, Entity, Event, Sentence, TextSpan
from dossier.names import normalize_name


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


def locate(hint: str, text: str) -> tuple[int, int] | None:
    """Where a verbatim hint stands in the cleaned text (whitespace-insensitive)."""
    hint = hint.replace("\\$", "$").strip()
    pattern = r"\s+".join(re.escape(part) for part in hint.split())
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else None


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is None or (a[0] < b[1] and b[0] < a[1])


def _entity_names(entity: Entity) -> set[str]:
    """Its name, aliases and every mention's text, normalised."""
    names = [entity.name, *entity.aliases, *(m.text for m in entity.mentions)]
    return {normalize_name(n) for n in names} - {""}


def _words(text: str) -> set[str]:
    return set(normalize_name(text).split())


def _claim_key(text: str) -> str:
    return normalize_name(text)


def _claims_match(gold: str, system: str) -> bool:
    """The first 40 normalised characters of one claim inside the other."""
    return bool(gold and system) and (gold[:40] in system or system[:40] in gold)


def _describe_gold_event(event: dict[str, Any]) -> str:
    return f"{event.get('id')} {event['type']} {event.get('source')} -> {event.get('target')}"


def _set_prf(right: int, predicted: int, found: int, expected: int) -> dict[str, Any]:
    """P/R/F1 of set matching: ``right`` of ``predicted`` system items match some gold item,
    ``found`` of ``expected`` gold items are matched by some system item."""
    precision = right / predicted if predicted else 0.0
    recall = found / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "matched": found,
        "predicted": predicted,
        "expected": expected,
    }


def _prf(true_positives: int, predicted: int, expected: int) -> dict[str, Any]:
    """P/R/F1 of one-to-one matching: the same count on both sides."""
    return _set_prf(true_positives, predicted, true_positives, expected)


def _ratio(hits: int, total: int) -> dict[str, float]:
    return {"accuracy": round(hits / total, 3) if total else 0.0, "correct": hits, "total": total}


_NONE = TextSpan(start=0, end=0, text="")


class _Scorer:
    def __init__(self, gold: dict[str, Any], doc: Document) -> None:
        self.gold = gold
        self.doc = doc
        self.gold_names = [{normalize_name(n) for n in g["names"]} - {""} for g in gold["entities"]]
        self.system_names = {e.id: _entity_names(e) for e in doc.entities}
        self.sentence_spans = {s.id: (s.start, s.end) for s in doc.sentences}

    def names_for(self, gold_name: str | None) -> set[str]:
        """Every accepted name of the gold entity that ``gold_name`` names (or the
        description itself, for a described group)."""
        if gold_name is None:
            return set()
        key = normalize_name(gold_name)
        for names in self.gold_names:
            if key in names:
                return names
        return {key}

    def actor_matches(self, entity_id: str | None, gold_name: str | None) -> bool:
        if gold_name is None:
            return True
        return bool(self.system_names.get(entity_id or "", set()) & self.names_for(gold_name))

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
        core = {i for i, g in enumerate(gold_entities) if g.get("core", True)}
        return {
            "core_recall": _ratio(len(matched_gold & core), len(core)),
            "typed_core_recall": _ratio(len(typed_right & core), len(core)),
            "precision": _ratio(system_hits, len(self.doc.entities)),
            "type_accuracy": _ratio(len(typed_right), len(matched_gold)),
            "missed_core": [gold_entities[i]["names"][0] for i in sorted(core - matched_gold)],
            "mistyped": [gold_entities[i]["names"][0] for i in sorted(matched_gold - typed_right)],
            "unmatched_system": [
                e.name
                for e in self.doc.entities
                if not any(self.system_names[e.id] & names for names in self.gold_names)
            ],
        }

    def _event_matches(self, event: Event, gold_event: dict[str, Any], *, strict: bool) -> bool:
        if event.type != gold_event["type"]:
            return False
        source = gold_event.get("source")
        if source is None:
            hint = locate(gold_event.get("sentence_hint") or "", self.doc.text)
            sentence = self.sentence_spans.get(event.sentence, (-1, -1))
            if hint is None or not _overlaps(hint, sentence):
                return False
        elif not self.argument_matches(event.source, event.source_text, source):
            return False
        return not strict or self.argument_matches(
            event.target, event.target_text, gold_event.get("target")
        )

    def argument_matches(
        self, entity_id: str | None, described: TextSpan | None, gold_name: str | None
    ) -> bool:
        """An event argument: the entity, or a described group or thing ("12 civilians"),
        which matches a gold name only when equal after the same normalisation (no
        containment: the guide has the group written exactly as the text words it)."""
        if entity_id is None and described is not None and gold_name is not None:
            return normalize_name(described.text) in self.names_for(gold_name)
        return self.actor_matches(entity_id, gold_name)

    def events(self) -> dict[str, Any]:
        """Events matched as sets: recall over gold events, precision over system events."""
        gold_events = self.gold.get("events", [])
        results: dict[str, Any] = {}
        for level, strict in (("lenient", False), ("strict", True)):
            pairs = [
                (i, event.id)
                for i, gold_event in enumerate(gold_events)
                for event in self.doc.events
                if self._event_matches(event, gold_event, strict=strict)
            ]
            found = {i for i, _ in pairs}
            right = {event_id for _, event_id in pairs}
            results[level] = _set_prf(
                len(right), len(self.doc.events), len(found), len(gold_events)
            )
            results[level]["missed"] = [
                _describe_gold_event(g) for i, g in enumerate(gold_events) if i not in found
            ]
            results[level]["wrong"] = [
                self._describe_event(e) for e in self.doc.events if e.id not in right
            ]
        return results

    def _describe_event(self, event: Event) -> str:
        names = {e.id: e.name for e in self.doc.entities}
        source = names.get(event.source or "") or (event.source_text or _NONE).text or "-"
        target = names.get(event.target or "") or (event.target_text or _NONE).text or "-"
        return f"{event.type} {source} -> {target} [{event.trigger.text}]"

    def attributions(self) -> dict[str, Any]:
        """One to one: the source (either name containing the other) and the claim (the first
        40 normalised characters of one inside the other)."""
        used: set[str] = set()
        hits = 0
        missed = []
        for gold_attribution in self.gold.get("attributions", []):
            accepted = self.names_for(gold_attribution["source"])
            claim = _claim_key(gold_attribution.get("claim_hint", ""))
            for attribution in self.doc.attributions:
                if attribution.id in used:
                    continue
                names = {normalize_name(attribution.source_text)}
                names |= self.system_names.get(attribution.source or "", set())
                named = any(a and b and (a in b or b in a) for a in names for b in accepted)
                if named and _claims_match(claim, _claim_key(attribution.claim.text)):
                    used.add(attribution.id)
                    hits += 1
                    break
            else:
                missed.append(f"{gold_attribution['source']}: {gold_attribution.get('cue')}")
        scores = _prf(hits, len(self.doc.attributions), len(self.gold.get("attributions", [])))
        scores["missed"] = missed
        scores["wrong"] = [
            f"{a.source_text}: {a.cue} | {a.claim.text[:60]} [{','.join(a.rules)}]"
            for a in self.doc.attributions
            if a.id not in used
        ]
        return scores

    def _spans_at(self, hint: str, items: Iterable[Any]) -> list[Any]:
        span = locate(hint, self.doc.text)
        if span is None:
            return []
        return [item for item in items if item.start < span[1] and span[0] < item.end]

    def quantities(self) -> dict[str, Any]:
        """Value within 1% and a word of the unit shared; then also the qualifier."""
        scored = [
            q for q in self.gold.get("quantities", []) if q.get("qualifier") != "vague_plural"
        ]
        hits = qualified = 0
        missed = []
        for gold_quantity in scored:
            unit_words = _words(gold_quantity.get("unit", ""))
            found = [
                q
                for q in self._spans_at(gold_quantity["hint"], self.doc.quantities)
                if abs(q.value - gold_quantity["value"]) <= 0.01 * abs(gold_quantity["value"])
                and unit_words & _words(q.unit)
            ]
            hits += bool(found)
            qualified += any(q.qualifier == gold_quantity.get("qualifier") for q in found)
            if not found:
                value, unit = gold_quantity["value"], gold_quantity.get("unit")
                missed.append(f"{gold_quantity['hint']} = {value} {unit}")
        scores = _ratio(hits, len(scored))
        scores["with_qualifier"] = _ratio(qualified, len(scored))
        scores["missed"] = missed
        return scores

    def dates(self) -> dict[str, Any]:
        gold_dates = self.gold.get("dates", [])
        hits = 0
        missed = []
        for gold_date in gold_dates:
            found = self._spans_at(gold_date["text"], self.doc.dates)
            if any(d.value == gold_date["value"] for d in found):
                hits += 1
            else:
                got = ", ".join(f"{d.text}={d.value}" for d in found) or "nothing"
                missed.append(f"{gold_date['text']} = {gold_date['value']} (got {got})")
        scores = _ratio(hits, len(gold_dates))
        scores["missed"] = missed
        return scores

    def _sentence_for(self, hint: str) -> Sentence | None:
        span = locate(hint, self.doc.text)
        if span is None:
            return None
        index = bisect_right(self._sentence_starts, span[0]) - 1
        return self.doc.sentences[index] if index >= 0 else None

    @property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.doc.sentences]

    def opinion(self) -> dict[str, Any]:
        examples = [(s, "opinion") for s in self.gold.get("opinion_sentences_examples", [])]
        examples += [(s, "fact") for s in self.gold.get("factual_sentences_examples", [])]
        hits = 0
        wrong = []
        for hint, kind in examples:
            sentence = self._sentence_for(hint)
            if sentence is not None and sentence.kind == kind:
                hits += 1
            else:
                wrong.append(f"{kind}: {hint[:80]}")
        scores = _ratio(hits, len(examples))
        scores["wrong"] = wrong
        return scores

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


def headline_scores(scores: dict[str, Any]) -> dict[str, float | None]:
    """The one number per yardstick that the quality floors pin; None where the article has
    nothing to score (no gold attributions, quantities, dates ...), so macro means skip it."""
    entities, events = scores["entities"], scores["events"]

    def defined(item: dict[str, Any], key: str, total: str = "total") -> float | None:
        return item[key] if item[total] else None

    return {
        "core_recall": defined(entities["core_recall"], "accuracy"),
        "typed_core_recall": defined(entities["typed_core_recall"], "accuracy"),
        "entity_precision": defined(entities["precision"], "accuracy"),
        "type_accuracy": defined(entities["type_accuracy"], "accuracy"),
        "event_f1_lenient": defined(events["lenient"], "f1", "expected"),
        "event_f1_strict": defined(events["strict"], "f1", "expected"),
        "attribution_f1": defined(scores["attributions"], "f1", "expected"),
        "quantity_accuracy": defined(scores["quantities"], "accuracy"),
        "quantity_qualifier_accuracy": defined(scores["quantities"]["with_qualifier"], "accuracy"),
        "date_accuracy": defined(scores["dates"], "accuracy"),
        "opinion_accuracy": defined(scores["opinion"], "accuracy"),
        "question_recall": defined(scores["questions"], "recall"),
    }


HELD_OUT_FILE = Path(__file__).with_name("held_out.json")


def held_out_articles() -> set[str]:
    """The corpus articles kept out of all tuning (their gold file names)."""
    return set(json.loads(HELD_OUT_FILE.read_text(encoding="utf-8"))["articles"])


def find_gold_files(paths: Iterable[str | Path]) -> list[tuple[Path, Path]]:
    """(gold, text) pairs from gold files and folders of them: the text is the file the gold's
    ``doc`` names, beside it. A text file given right after a gold file is its text."""
    pairs: list[tuple[Path, Path]] = []
    for path in map(Path, paths):
        if path.is_dir():
            for gold_path in sorted(path.rglob("*.gold.json")):
                pairs.append((gold_path, _text_beside(gold_path)))
        elif path.name.endswith(".gold.json"):
            pairs.append((path, _text_beside(path)))
        elif pairs and path.exists():
            pairs[-1] = (pairs[-1][0], path)
        else:
            raise GoldError(f"{path}: neither a gold file (*.gold.json) nor a folder of them")
    return pairs


def _text_beside(gold_path: Path) -> Path:
    named = load_gold(gold_path).get("doc")
    if named and (gold_path.parent / named).exists():
        return gold_path.parent / named
    stem = gold_path.name.removesuffix(".gold.json")
    for suffix in (".txt", ".md", ".html"):
        if (gold_path.parent / f"{stem}{suffix}").exists():
            return gold_path.parent / f"{stem}{suffix}"
    raise GoldError(f"{gold_path}: no text beside it (looked for {named or stem + '.txt'})")


def macro_means(rows: list[dict[str, float | None]]) -> dict[str, float | None]:
    """The mean of every metric over the articles where it is defined."""
    keys = {key for row in rows for key in row}
    means: dict[str, float | None] = {}
    for key in sorted(keys):
        values = [row[key] for row in rows if row.get(key) is not None]
        means[key] = round(sum(values) / len(values), 3) if values else None
    return means


def score_corpus(
    pairs: list[tuple[Path, Path]],
    analyse: Callable[[Path], Document],
    *,
    held_out: set[str] | None = None,
) -> dict[str, Any]:
    """Every article scored, its headline numbers, and macro means over all articles and
    over the tuning and held-out parts."""
    held_out = held_out_articles() if held_out is None else held_out
    articles = []
    for gold_path, text_path in pairs:
        scores = score_document(load_gold(gold_path), analyse(text_path))
        articles.append(
            {
                "article": gold_path.name.removesuffix(".gold.json"),
                "held_out": gold_path.name in held_out,
                "headline": headline_scores(scores),
                "scores": scores,
            }
        )
    parts = {"all": [a["headline"] for a in articles]}
    if any(a["held_out"] for a in articles):
        parts["tuning"] = [a["headline"] for a in articles if not a["held_out"]]
        parts["held_out"] = [a["headline"] for a in articles if a["held_out"]]
    return {
        "articles": articles,
        "macro": {part: macro_means(rows) for part, rows in parts.items()},
        "counts": {part: len(rows) for part, rows in parts.items()},
    }
