"""Corpus events: the same act reported by several articles becomes one event.

Two event mentions are one corpus event when they have the same PLOVER type, the same mode
class (asserted apart from the rest), the same corpus source actor, compatible targets (the
same actor, or one of them unknown), time windows that meet, and the same place when both
give one. The window follows the date's precision: a day is that day, a month the month, a
year the year; an undated report of an act stands for the week before its publication. An
event without a source actor is never merged across articles: nothing says who acted.
Confidence grows with independent reports (GDELT's NumMentions, NumSources, NumArticles).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from rapidfuzz import fuzz

from dossier.corpus.actors import ActorResolver
from dossier.document import Document

#: How far before its publication an undated report of an act may lie.
UNDATED_WINDOW_DAYS = 7
#: rapidfuzz token-set ratio at which two sentences tell an undated act in the same words.
SAME_WORDS_MIN_SCORE = 80.0
#: Meetings: talks and summits last several days and each report dates the session it
#: tells, so their reports' dates may miss each other by MEETING_SLACK_DAYS; and their place
#: is told as a venue, a region or a city ("Charlevoix", "Quebec"), so places do not part
#: them. Other acts keep their day and place (two strikes on two days, or in two towns on
#: one day, are two events).
MEETING_TYPES = frozenset({"CONSULT"})
MEETING_SLACK_DAYS = 1


def _stem(word: str) -> str:
    """A trigger word's first letters: 'killed' and 'killing', 'struck' and 'strikes' differ
    only where this stops."""
    return word.lower()[:4]


@dataclass(frozen=True)
class EventMention:
    """One article's event, with its actors resolved to corpus actors."""

    document: str
    event: str
    type: str
    source: str | None
    target: str | None
    location: str | None
    mode: str
    date: str | None
    window: tuple[date, date] | None
    sentence: str
    trigger: str
    outlet: str | None
    attributed_to: str | None
    confidence: float
    #: the id of the sentence in its article that reports it
    sentence_id: int | None = None


@dataclass
class CorpusEvent:
    """One act across the articles that report it."""

    id: str
    type: str
    source: str | None
    target: str | None
    mode: str
    window: tuple[date, date] | None
    location: str | None = None
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def articles(self) -> set[str]:
        return {m.document for m in self.mentions}

    @property
    def sources(self) -> set[str]:
        """Distinct sources that report it: the claim's source if any, else the outlet."""
        return {m.attributed_to or m.outlet or m.document for m in self.mentions}

    @property
    def confidence(self) -> float:
        """1 - the chance that every independent report (one per article) is wrong."""
        doubt = 1.0
        for document in self.articles:
            best = max(m.confidence for m in self.mentions if m.document == document)
            doubt *= 1.0 - best
        return round(1.0 - doubt, 3)

    @property
    def date(self) -> str | None:
        """The most precise date the reports give (the window's day when it is one day)."""
        if self.window is None:
            return None
        first, last = self.window
        return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "mode": self.mode,
            "date": self.date,
            "location": self.location,
            "num_mentions": len(self.mentions),
            "num_articles": len(self.articles),
            "num_sources": len(self.sources),
            "confidence": self.confidence,
            "mentions": [
                {
                    "document": m.document,
                    "event": m.event,
                    "sentence": m.sentence,
                    "sentence_id": m.sentence_id,
                    "trigger": m.trigger,
                    "date": m.date,
                }
                for m in self.mentions
            ],
        }


def date_window(value: str | None, published: str | None = None) -> tuple[date, date] | None:
    """The days a date value may mean: YYYY, YYYY-MM, YYYY-MM-DD(THH:MM), YYYY-Www, A/B; an
    undated act stands for the week before ``published``."""
    if not value:
        if not published:
            return None
        day = _day(published)
        return None if day is None else (day - timedelta(days=UNDATED_WINDOW_DAYS), day)
    if "/" in value:
        first, _, last = value.partition("/")
        start, end = date_window(first), date_window(last)
        return (start[0], end[1]) if start and end else None
    if week := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        return monday, monday + timedelta(days=6)
    if day := _day(value[:10]):
        return day, day
    if month := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, number = int(month[1]), int(month[2])
        if 1 <= number <= 12:
            last = calendar.monthrange(year, number)[1]
            return date(year, number, 1), date(year, number, last)
    if year := re.fullmatch(r"(\d{4})", value):
        return date(int(year[1]), 1, 1), date(int(year[1]), 12, 31)
    return None


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _meet(a: tuple[date, date] | None, b: tuple[date, date] | None, slack: int = 0) -> bool:
    """Whether two windows overlap, or miss each other by at most ``slack`` days."""
    if a is None or b is None:
        return False
    gap = timedelta(days=slack)
    return a[0] - gap <= b[1] and b[0] - gap <= a[1]


def _narrower(a: tuple[date, date] | None, b: tuple[date, date] | None):
    """The days both windows allow; two windows that do not overlap (a multi-day act
    dated by two of its days) give the days from the first to the last."""
    if a is None or b is None:
        return a or b
    if not _meet(a, b):
        return min(a[0], b[0]), max(a[1], b[1])
    return max(a[0], b[0]), min(a[1], b[1])


def _mode_class(mode: str) -> str:
    return "asserted" if mode == "asserted" else "other"


def _months(first: date, last: date) -> list[tuple[int, int]]:
    """The (year, month) of every month from ``first`` to ``last``."""
    return [
        (number // 12, number % 12 + 1)
        for number in range(first.year * 12 + first.month - 1, last.year * 12 + last.month)
    ]


def event_number(event_id: str) -> int:
    """The creation order of a corpus event ("V12" -> 12)."""
    return int(event_id.removeprefix("V"))


def _key(event: CorpusEvent | EventMention) -> tuple[str, str, str]:
    """What two reports of one act share: PLOVER type, mode class and source actor."""
    return (event.type, _mode_class(event.mode), event.source or "")


def _actors_of(item: CorpusEvent | EventMention) -> set[str]:
    return {a for a in (item.source, item.target, item.location) if a}


class EventMerger:
    """Adds articles' events one at a time and keeps one corpus event per act."""

    def __init__(self, actors: ActorResolver) -> None:
        self.actors = actors
        self.events: dict[str, CorpusEvent] = {}
        #: (key, month) -> the events of that key whose window touches that month: a
        #: report is compared only with the events of its key around its own dates
        self._by_month: dict[tuple[tuple[str, str, str], tuple[int, int]], set[str]] = {}
        self._merges_seen = 0
        self._next = 1
        self.changed: set[str] = set()
        self.removed: dict[str, str] = {}
        self.new_mentions: list[tuple[EventMention, str]] = []
        self._of_mention: dict[tuple[str, str], str] = {}
        #: corpus actor id -> the events that name it (as source, target or place) in the
        #: event or in one of its reports: what an actor merge must re-key
        self._of_actor: dict[str, set[str]] = {}
        #: where stored events come from when the view holds only part of them (a
        #: database-backed update): the events of a key whose windows meet a window, and the
        #: events that name some actors
        self.fetch: Callable[[tuple[str, str, str], tuple[date, date]], None] | None = None
        self.fetch_naming: Callable[[list[str]], None] | None = None

    def clear_changes(self) -> None:
        """Forget what changed (after it was written)."""
        self.changed.clear()
        self.removed.clear()
        self.new_mentions.clear()

    def canonical(self, event_id: str) -> str:
        """The id an event has now (events merge when their actors do)."""
        while event_id in self.removed and event_id not in self.events:
            event_id = self.removed[event_id]
        return event_id

    def restore_event(self, event: CorpusEvent) -> None:
        """Put back a stored event (without its reports: see ``restore``)."""
        self.events[event.id] = event
        self._note_actors(event.id, event)
        self._file(event)
        self._next = max(self._next, event_number(event.id) + 1)
        self._merges_seen = len(self.actors.absorbed)

    def restore(self, event_id: str, mention: EventMention) -> None:
        """Put back a stored report of a restored event, with no merging."""
        self.events[event_id].mentions.append(mention)
        self._of_mention[mention.document, mention.event] = event_id
        self._note_actors(event_id, mention)

    def _note_actors(self, event_id: str, *items: CorpusEvent | EventMention) -> None:
        for item in items:
            for actor_id in _actors_of(item):
                self._of_actor.setdefault(actor_id, set()).add(event_id)

    def __len__(self) -> int:
        return len(self.events)

    def add_document(self, doc: Document) -> dict[str, str]:
        """Merge every event of ``doc`` (its entities must be resolved); event id -> corpus
        event id."""
        sentences = {s.id: s.text for s in doc.sentences}
        attributions = {a.id: a.source_text for a in doc.attributions}
        assigned = {}
        for event in doc.events:
            actor = self._actor(doc.id)
            mention = EventMention(
                document=doc.id,
                event=event.id,
                type=event.type,
                source=actor(event.source),
                target=actor(event.target),
                location=actor(event.location),
                mode=event.mode,
                date=event.date,
                window=date_window(event.date, doc.metadata.published),
                sentence=sentences.get(event.sentence, ""),
                trigger=event.trigger.text,
                outlet=doc.metadata.source,
                attributed_to=attributions.get(event.attributed_to or ""),
                confidence=event.confidence,
                sentence_id=event.sentence,
            )
            assigned[event.id] = self.add(mention)
        return assigned

    def _actor(self, document: str):
        def resolve(entity: str | None) -> str | None:
            return None if entity is None else self.actors.actor_of(document, entity)

        return resolve

    def follow_actor_merges(self) -> None:
        """Re-key the events whose actors were merged since the last article (only those:
        the events that name an absorbed actor), and merge the events that became reports
        of one act."""
        absorbed = self.actors.absorbed[self._merges_seen :]
        if not absorbed:
            return
        self._merges_seen = len(self.actors.absorbed)
        if self.fetch_naming is not None:
            self.fetch_naming(absorbed)
        touched: set[str] = set()
        for actor_id in absorbed:
            touched |= self._of_actor.pop(actor_id, set())
        canonical = self.actors.canonical
        moved = []
        for event_id in sorted(touched, key=event_number):
            event = self.events.get(event_id)
            if event is None:
                continue  # merged into another event since
            before = (event.source, event.target, event.location)
            old_key = _key(event)
            event.source = event.source and canonical(event.source)
            event.target = event.target and canonical(event.target)
            event.location = event.location and canonical(event.location)
            event.mentions = [
                replace(
                    mention,
                    source=mention.source and canonical(mention.source),
                    target=mention.target and canonical(mention.target),
                    location=mention.location and canonical(mention.location),
                )
                if mention.source or mention.target or mention.location
                else mention
                for mention in event.mentions
            ]
            self._note_actors(event_id, event, *event.mentions)
            if (event.source, event.target, event.location) != before:
                self.changed.add(event.id)
                moved.append(event.id)
                if _key(event) != old_key:
                    self._file(event)
        for event_id in moved:
            self._merge_into_earlier(event_id)

    def _merge_into_earlier(self, event_id: str) -> None:
        """Merge an event with another of its key when every report of the later one fits
        the earlier; the earlier id stays."""
        event = self.events.get(event_id)
        if event is None:
            return
        key = _key(event)
        self._fetch(key, event.window)
        for other_id in self._candidates(key, event.window):
            if other_id == event_id or other_id not in self.events:
                continue
            first, later = sorted((event_id, other_id), key=event_number)
            kept, absorbed = self.events[first], self.events[later]
            if all(self._same(kept, mention) for mention in absorbed.mentions):
                for mention in absorbed.mentions:
                    self._join(kept, mention)
                self._note_actors(first, kept, *absorbed.mentions)
                del self.events[later]
                self.changed.discard(later)
                self.changed.add(first)
                self.removed[later] = first
                if later == event_id:
                    return
                event = kept
                event_id = first

    def _fetch(self, key: tuple[str, str, str], window: tuple[date, date] | None) -> None:
        """Bring in the stored events a report with this key and window may join (none when
        nothing says who acted or when: such a report joins no stored event)."""
        if self.fetch is not None and key[2] and window is not None:
            self.fetch(key, window)

    def _join(self, event: CorpusEvent, mention: EventMention) -> None:
        event.mentions.append(mention)
        event.target = event.target or mention.target
        event.location = event.location or mention.location
        window = _narrower(event.window, mention.window)
        if window != event.window:
            event.window = window
            self._file(event)  # a window that grew (meetings) touches more months

    def _file(self, event: CorpusEvent) -> None:
        """Index ``event`` under its key and each month its window touches (entries left
        under an old key or month are skipped by ``_candidates``)."""
        if event.window is None:
            return  # an undated event with no publication date joins nothing
        key = _key(event)
        for month in _months(*event.window):
            self._by_month.setdefault((key, month), set()).add(event.id)

    def _candidates(self, key: tuple[str, str, str], window: tuple[date, date] | None):
        """The events of ``key`` whose windows may meet ``window`` (with the meetings'
        slack: ``_same`` decides), in creation order."""
        if window is None:
            return []
        slack = timedelta(days=MEETING_SLACK_DAYS)
        first, last = window[0] - slack, window[1] + slack
        found: set[str] = set()
        for month in _months(first, last):
            found |= self._by_month.get((key, month), set())
        events = self.events
        chosen = []
        for event_id in found:
            event = events.get(event_id)
            if event is None or event.window is None:
                continue
            if event.window[0] <= last and first <= event.window[1] and _key(event) == key:
                chosen.append(event_id)
        return sorted(chosen, key=event_number)

    def add(self, mention: EventMention) -> str:
        """The corpus event ``mention`` joins (made if none fits); a mention added before
        keeps its event."""
        known = self._of_mention.get((mention.document, mention.event))
        if known is not None:
            return self.canonical(known)
        self.follow_actor_merges()
        key = _key(mention)
        self._fetch(key, mention.window)
        for event_id in self._candidates(key, mention.window):
            event = self.events[event_id]
            if self._same(event, mention):
                self._join(event, mention)
                self._note_actors(event_id, event, mention)
                self._of_mention[mention.document, mention.event] = event_id
                self.changed.add(event_id)
                self.new_mentions.append((mention, event_id))
                return event_id
        event_id = f"V{self._next}"
        self._next += 1
        self.events[event_id] = CorpusEvent(
            id=event_id,
            type=mention.type,
            source=mention.source,
            target=mention.target,
            mode=mention.mode,
            window=mention.window,
            location=mention.location,
            mentions=[mention],
        )
        self._file(self.events[event_id])
        self._of_mention[mention.document, mention.event] = event_id
        self._note_actors(event_id, mention)
        self.changed.add(event_id)
        self.new_mentions.append((mention, event_id))
        return event_id

    @staticmethod
    def _same(event: CorpusEvent, mention: EventMention) -> bool:
        """Dated reports of one act meet in time and may leave the target out; a report
        without a date must also name the same target and tell it in the same words (the
        same sentence, or the same trigger against the same target)."""
        meeting = event.type in MEETING_TYPES
        if not _meet(event.window, mention.window, MEETING_SLACK_DAYS if meeting else 0):
            return False  # the cheapest test first: most events of a key are other days
        if event.target and mention.target and event.target != mention.target:
            return False
        places = (event.location, mention.location)
        if all(places) and places[0] != places[1] and not meeting:
            return False
        if mention.source is None and mention.document not in event.articles:
            return False
        if mention.date and any(m.date for m in event.mentions):
            return True
        if event.target != mention.target:
            return False
        return any(
            fuzz.token_set_ratio(m.sentence, mention.sentence) >= SAME_WORDS_MIN_SCORE
            or (mention.target and _stem(m.trigger) == _stem(mention.trigger))
            for m in event.mentions
        )


def merge_events(docs: Iterable[Document], actors: ActorResolver) -> EventMerger:
    """A merger holding the corpus events of ``docs`` (already added to ``actors``)."""
    merger = EventMerger(actors)
    for doc in docs:
        merger.add_document(doc)
    return merger
