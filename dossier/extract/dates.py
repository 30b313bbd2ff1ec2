"""Date mentions: absolute dates, ranges, relative expressions and anniversaries.

Detection is regex based, built from the word lists in ``knowledge/time_words.json``.
Rules, in the order they are tried on each stretch of text (the longest match wins):

* absolute dates: "December 8, 2024", "8 December 2024", "Dec. 8", "March 2019", ISO
  "2024-12-08", bare years "2011" (not after a label word such as "Resolution", not a count
  such as "more than 2000 people"), decades "the 1990s" (a range); a month name counts only
  capitalised, and a bare month ("in March") only after a preposition, so "they may be",
  "a protest march" and "March on Washington" are not dates. Day dates without a year take
  the year of the date the text last spoke of, else the publication year (moved back one
  year when that would put a past event after publication); with neither they are skipped.
* ranges: "between 2012 and 2014", "from 2012 to 2014", "2012-2014", "2012–14",
  "December 8-10, 2024" give "A/B" with granularity "range".
* offsets: "13 years earlier", "two years later", "a year before." count from the date the
  text last spoke of (any mention before it), else ("earlier" only) from the publication
  date; "N years ago" counts from the publication date. A forward offset with no date before
  it, or one that would put a past act after publication, is left unresolved. The result is
  no finer than the offset unit (years give a year), except "N years ago today" (that day).
  "Since then" runs from the date the text spoke of last, close before it, to publication.
  "before"/"after" count only at a clause end ("a year before the war" is skipped).
* spans back: "for the last five years", "over the past two weeks", "in the last 6 months"
  run from that many units before the publication day to it (and anchor nothing after);
  "has ... for nearly two decades" starts no finer than its unit (2005/2025-03-13).
* month possessives: "December's peak" is the month a bare month would be, kept only within
  three months of the publication month ("May's" is a name, not a month).
* named days: "International Women's Day", "Christmas Eve" (a table of fixed days) take the
  year a month-day without a year takes; "every Christmas Day" is a habit, not a date.
* fiscal years: "Fiscal Year 2021", "FY 2022", "FY23" are the (US federal) fiscal year's
  interval, October 1 of the year before to September 30.
* anchor phrases: "the following year", "that year", "the next day" from the same anchor.
* publication-relative: "yesterday", "last week", "this month", "next year", "last July",
  "on Tuesday" need the publication date and are skipped without one (never invented). A bare
  weekday means the latest such day on or before publication, or the next one when the
  sentence speaks of the future (or a present verb of a timetable stands just before it:
  "the court rules Wednesday"); "Sunday Times", "Bloody Sunday" are names, not dates.
* anniversaries: "the first anniversary of <event>" is the anchor date plus N years. The
  anchor is the most salient full (day) date mentioned before it: the day date mentioned
  most often, ties going to the earliest; a month date serves when no day date exists.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from dossier.document import DateMention, Document
from dossier.knowledge import load_data

_ABSOLUTE_KINDS = frozenset({"iso", "mdy", "dmy", "my", "month", "year", "decade", "year_range"})
_EVENT_STOP_WORDS = frozenset(
    [
        "that",
        "which",
        "who",
        "when",
        "while",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "as",
        "and",
        "but",
        "with",
        "on",
        "at",
        "in",
        "by",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# a month-day date up to this many days after publication is upcoming, not a year old
_SOON_DAYS = 14
_CENTURY = 100


@cache
def _time_words() -> dict[str, Any]:
    return load_data("time_words.json")


@cache
def _quantity_words() -> dict[str, Any]:
    return load_data("quantity_words.json")


def _alternation(words: list[str], *, capitalise: bool = False) -> str:
    """Regex alternation, longest first so that "Sept" wins over "Sep"."""
    ordered = sorted(set(words), key=len, reverse=True)
    forms = [w.capitalize() if capitalise else w for w in ordered]
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[:1], []).append(re.escape(form[1:]))
    if len({first.lower() for first in groups}) < len(groups) or not all(map(str.isascii, groups)):
        return "|".join(re.escape(form) for form in forms)  # first letters equal in any case
    # grouped by first letter, in the same order (the same matches): the engine tries one
    # group per position, not every word
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


@dataclass(frozen=True)
class _Point:
    """A calendar point at year, month or day granularity."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> str:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])


@dataclass(frozen=True)
class _Value:
    first: _Point
    last: _Point | None = None
    week: str | None = None  # an ISO week, "2025-W11"
    time: str | None = None  # a time of day, "04:00"
    span: bool = False  # a length of time up to the publication ("for the last five years")

    def iso(self) -> str:
        if self.week:
            return self.week
        if self.time:
            return f"{self.first.iso()}T{self.time}"
        return self.first.iso() if self.last is None else f"{self.first.iso()}/{self.last.iso()}"

    @property
    def granularity(self) -> str:
        if self.week or self.time:
            return "week" if self.week else "time"
        if self.span:
            return "span"
        return "range" if self.last is not None else self.first.granularity


@dataclass
class _Candidate:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None] = field(default_factory=dict)
    parts: tuple[_Candidate, ...] = ()


@dataclass(frozen=True)
class _Patterns:
    regexes: tuple[tuple[str, re.Pattern[str]], ...]
    # by kind: words one of which every match of the kind's patterns holds as the screen
    # finds them (a month name, "anniversary"); a text without any is not searched for it
    screens: dict[str, re.Pattern[str]]
    months: dict[str, int]
    ordinals: dict[str, int]
    counts: dict[str, int]
    year_of_next_date: re.Pattern[str]  # ", and April 9, 2025" after a date without a year


@cache
def _patterns() -> _Patterns:
    words = _time_words()
    months = {**words["months"], **words["month_abbreviations"]}
    month_alt = _alternation(list(months), capitalise=True)
    full_month_alt = _alternation(list(words["months"]), capitalise=True)
    weekday_alt = _alternation(list(words["weekdays"]), capitalise=True)
    count_alt = _alternation(list(words["count_words"]))
    ordinal_alt = _alternation(list(words["ordinals"]))
    unit_alt = _alternation(list(words["offset_units"]))
    direction_alt = _alternation([*words["offset_directions"], *words["ago_words"]])
    modifier_alt = _alternation(list(words["publication_relative_modifiers"]))
    pub_unit_alt = _alternation(words["publication_relative_units"])
    pub_word_alt = _alternation(list(words["publication_relative_words"]))
    anchor_alt = _alternation(list(words["anchor_relative_phrases"]))
    anniversary_alt = _alternation(words["anniversary_words"])
    named_alt = _alternation([k for k in words["named_periods"] if k != "_doc"])
    day_names = sorted((k for k in words["named_days"] if k != "_doc"), key=len, reverse=True)
    named_day_alt = "|".join(re.escape(k).replace("'", "['’]") for k in day_names)
    periods = [*words["publication_relative_periods"], *words["publication_relative_spans"]]
    period_alt = _alternation([k for k in periods if k != "_doc"])
    part_alt = _alternation([k for k in words["month_parts"] if k != "_doc"])
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:1[89]|20)\d\d|2100)"
    month = rf"(?P<month>{month_alt})"
    season_alt = _alternation([k for k in words["seasons"] if k != "_doc"])
    season_modifier_alt = _alternation(list(words["season_modifiers"]))
    gap = r"[^\S\n]+"  # a date's parts stand on one line: "rises to 31\n\nMarch 14" is two
    range_joiner_alt = _alternation(words["month_day_range_joiners"])
    range_blocker_alt = "|".join([*map(re.escape, words["month_day_range_blockers"]), r"[a-z]+s"])
    span_preposition_alt = _alternation(words["span_back_prepositions"])
    approximator_alt = _alternation(words["span_back_approximators"])
    same_day_alt = _alternation(words["ago_same_day_words"])
    since_alt = _alternation(words["since_anchor"]["phrases"])
    span_unit_alt = _alternation(words["span_back_units"])
    vague_alt = _alternation([k for k in words["span_vague_counts"] if k != "_doc"])
    ahead_preposition_alt = _alternation(words["span_ahead_prepositions"])
    fiscal_alt = "|".join(map(re.escape, words["fiscal_year"]["names"]))
    fiscal_short_alt = "|".join(map(re.escape, words["fiscal_year"]["glued_names"]))
    regexes = [
        (
            "time",
            re.compile(
                r"\b(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
                r"(?P<ampm>[AaPp](?:\.\s?[Mm]\.|\s?[Mm]\b))(?:\s+local time)?"
                r"|\b(?P<hhmm>[0-2]\d[0-5]\d)\s*(?:UTC|GMT)\b"
            ),
        ),
        (
            "month_part",
            re.compile(rf"\b(?i:(?P<part>{part_alt}))[-\s]+(?P<month>{full_month_alt})\b"),
        ),
        (
            "mdy",  # "from March 27 to 31", "between March 27 and 31"
            re.compile(
                rf"\b(?:from|between)\s+{month}\.?\s+{day}\s+(?:to|through|until|and)\s+"
                rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s+[a-z])(?:,?\s+{year}\b)?"
            ),
        ),
        (
            "mdy",  # "met on May 9 and 10", "March 4 to 11", "December 9th and 10th, 2021"
            re.compile(
                rf"\b{month}\.?{gap}{day}{gap}(?:{range_joiner_alt}){gap}"
                rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!{gap}(?:{range_blocker_alt})\b)"
                rf"(?:,?{gap}{year}\b)?"
            ),
        ),
        ("pub_period", re.compile(rf"\b(?P<phrase>{period_alt})\b", re.IGNORECASE)),
        ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b")),
        (
            "mdy",
            re.compile(
                rf"\b(?:(?:{weekday_alt}),?\s+)?{month}\.?{gap}{day}"
                rf"(?:\s*[-–]\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?\b(?:,?{gap}{year}\b)?"
            ),
        ),
        ("dmy", re.compile(rf"\b{day}{gap}(?:of\s+)?{month}\b\.?(?:,?{gap}{year}\b)?")),
        ("my", re.compile(rf"\b{month}\.?,?{gap}(?:of\s+)?{year}\b")),
        ("year_range", re.compile(rf"\b{year}\s*[-–—/]\s*(?P<year2>\d{{4}}|\d{{2}})\b")),
        ("decade", re.compile(r"\b(?P<decade>(?:1[89]|20)\d0)s\b")),
        ("year", re.compile(rf"\b{year}\b")),
        ("month_possessive", re.compile(rf"\b(?P<month>{full_month_alt})(?=['’]s\b)")),
        ("month", re.compile(rf"\b(?P<month>{full_month_alt})\b")),
        (
            "offset",
            re.compile(
                rf"\b(?:(?P<n>\d+|(?:{count_alt})(?:-(?:{count_alt}))?)|(?P<vague>{vague_alt}))"
                rf"\s+(?P<unit>{unit_alt})\s+"
                rf"(?P<dir>{direction_alt})\b(?:\s+(?P<today>{same_day_alt})\b)?",
                re.IGNORECASE,
            ),
        ),
        (
            "offset",  # "days later", "years ago": a vague count
            re.compile(
                r"\b(?P<unit>days|weeks|months)\s+(?P<dir>later|earlier|ago)\b",
                re.IGNORECASE,
            ),
        ),
        (
            "span_back",  # "for the last five years", "(has been ongoing) for seventeen years"
            re.compile(
                rf"\bfor\s+(?P<last>the\s+(?:last|past)\s+)?(?:(?P<approx>{approximator_alt})\s+)?"
                rf"(?P<n>\d+|{count_alt})\s+(?P<unit>years|decades|months)\b",
                re.IGNORECASE,
            ),
        ),
        (
            "span_back",  # "in the past two years", "over the last three weeks"
            re.compile(
                rf"\b(?:{span_preposition_alt})\s+(?P<last>the\s+(?:last|past)\s+)"
                rf"(?:(?P<n>\d+|{count_alt}|{vague_alt})\s+)?(?P<unit>{span_unit_alt})\b",
                re.IGNORECASE,
            ),
        ),
        (
            "span_ahead",  # "in the coming days", "over the next 60 days"
            re.compile(
                rf"\b(?:{ahead_preposition_alt})\s+the\s+(?P<dir>next|coming)\s+"
                rf"(?:(?P<n>\d+|{count_alt}|{vague_alt})\s+)?(?P<unit>{span_unit_alt})\b",
                re.IGNORECASE,
            ),
        ),
        (
            "fiscal_year",  # "Fiscal Year 2021", "FY 2022", "FY22"
            re.compile(
                rf"\b(?:(?:{fiscal_alt})[^\S\n]?(?P<fy>(?:19|20)\d\d)|(?:{fiscal_short_alt})"
                r"(?P<fy2>\d\d))\b(?![-–/]\d)"
            ),
        ),
        ("anchor", re.compile(rf"\b(?P<phrase>{anchor_alt})\b", re.IGNORECASE)),
        ("since_anchor", re.compile(rf"\b(?P<phrase>{since_alt})\b", re.IGNORECASE)),
        ("pub_word", re.compile(rf"\b(?P<phrase>{pub_word_alt})\b", re.IGNORECASE)),
        (
            "pub_rel",
            re.compile(
                rf"\b(?P<mod>(?i:{modifier_alt}))\s+"
                rf"(?P<unit>(?i:{pub_unit_alt})|{full_month_alt}|{weekday_alt})\b"
            ),
        ),
        (
            "season",  # "the spring of 2018", "summer 2024", "winter 2021/2022", "last summer"
            re.compile(
                rf"\b(?:(?P<smod>(?i:{season_modifier_alt}))\s+)?(?P<season>(?i:{season_alt}))"
                rf"(?:(?:\s+of)?{gap}(?P<year>(?:1[89]|20)\d\d)(?:/(?P<year2>\d{{4}}|\d\d))?\b)?"
            ),
        ),
        ("weekday", re.compile(rf"\b(?P<weekday>{weekday_alt})\b")),
        ("named_period", re.compile(rf"\b(?P<period>{named_alt})\b")),
        ("named_day", re.compile(rf"\b(?P<day_name>{named_day_alt})\b")),
        (
            "anniversary",
            re.compile(
                rf"\b(?:the\s+)?(?:(?P<ord>{ordinal_alt})|(?P<ordnum>\d+)(?:st|nd|rd|th)"
                rf"|(?P<ny>\d+|{count_alt})[-\s]year)\s+(?:{anniversary_alt})\s+of\b",
                re.IGNORECASE,
            ),
        ),
    ]
    joiner_alt = _alternation(words["coordinated_date_joiners"])
    year_of_next_date = re.compile(
        rf"{gap}?(?:{joiner_alt}){gap}(?:{month_alt}){gap}[0-3]?\d(?:st|nd|rd|th)?,?{gap}{year}\b"
    )
    month_screen = re.compile(month_alt)  # as written: the patterns ask for it capitalised
    screens = {kind: month_screen for kind in ("month_part", "mdy", "dmy", "my", "month")}
    screens["month_possessive"] = month_screen
    screens["anniversary"] = re.compile(anniversary_alt, re.IGNORECASE)
    screens["weekday"] = re.compile(weekday_alt)
    screens["named_period"] = re.compile(named_alt)
    screens["named_day"] = re.compile(named_day_alt)
    screens["season"] = re.compile(season_alt, re.IGNORECASE)
    digit_screen = re.compile(r"\d")  # every match of these kinds holds a digit
    screens |= dict.fromkeys(("time", "iso", "year_range", "decade", "year", "fiscal_year"),
                             digit_screen)
    return _Patterns(
        regexes=tuple(regexes),
        screens=screens,
        months={k.lower(): v for k, v in months.items()},
        ordinals=words["ordinals"],
        counts=words["count_words"],
        year_of_next_date=year_of_next_date,
    )


def _previous_word(text: str, start: int) -> str:
    match = re.search(r"([A-Za-z][A-Za-z.\-'’]*)\W*$", text[max(0, start - 40) : start])
    return match.group(1).lower().rstrip(".") if match else ""


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*([A-Za-z][A-Za-z\-']*)", text[end : end + 40])
    return match.group(1) if match else ""


def _at_clause_end(text: str, end: int) -> bool:
    """True when the words after ``end`` do not continue the phrase ("before the war")."""
    rest = text[end : end + 40]
    if not rest.strip() or re.match(r"\s*[^\w\s]", rest):
        return True
    return _next_word(text, end).lower() in _time_words()["clause_words"]


def _looks_plural(word: str) -> bool:
    qwords = _quantity_words()
    low = word.lower()
    if low in qwords["irregular_plural_nouns"]:
        return True
    return (
        word.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in qwords["non_plural_s_words"]
    )


def _is_year(text: str, start: int, end: int) -> bool:
    """A four-digit number that stands as a year, not a count, label or part of a number."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    mid = text[max(0, start - 4) : start].lower() == "mid-"
    if (before[-1:] in {"$", "€", "£", "¥", "#", "/", "-", "–"} and not mid) or re.search(
        r"\d[,.]$", before
    ):
        return False
    if re.match(r"[,.]\d|[/%]|\w", after):
        return False
    words = _time_words()
    previous = _previous_word(text, start)
    if previous in _quantity_words()["label_words"] or previous in words["year_count_cues_before"]:
        return False
    following = _next_word(text, end)
    scale = _quantity_words()["scale_words"]
    if following.lower() in scale or following.lower() in {"percent", "per"}:
        return False
    return not (_looks_plural(following) and previous not in words["year_context_before"])


def _weekday_is_date(text: str, start: int, end: int) -> bool:
    """A weekday is a date ("on Tuesday") unless part of a name ("Sunday Times", "Bloody
    Sunday")."""
    following = _next_word(text, end)
    if following[:1].isupper() and not re.match(r"[,.;:]", text[end : end + 1]):
        return False
    return _previous_word(text, start) not in _time_words()["weekday_name_prefixes"]


def _bare_month_is_date(text: str, start: int, end: int) -> bool:
    if text[max(0, start - 4) : start].lower() == "mid-":
        return True
    if _next_word(text, end) in _time_words()["bare_month_event_nouns"]:
        return True  # "a deadly January attack", "the October attack"
    return _previous_word(text, start) in _time_words()["bare_month_before"]


_POSSESSIVE = re.compile(r"['’]s\b")


def _accept(kind: str, text: str, match: re.Match[str]) -> bool:
    start, end = match.span()
    if kind == "year":
        return _is_year(text, start, end)
    if kind == "year_range":
        first, second = match.group("year"), match.group("year2")
        last = int(first[:2] + second) if len(second) == 2 else int(second)
        return int(first) < last <= 2100 and not re.match(r"[-–/]\d", text[end : end + 2])
    if kind == "month":  # a possessive one is a month_possessive ("after November's ...")
        return _bare_month_is_date(text, start, end) and not _POSSESSIVE.match(text, end)
    if kind == "named_day":  # not "every Christmas Day", "the Veterans Day Observance"
        generic = _previous_word(text, start) in _time_words()["named_day_generic_before"]
        return not generic and not _next_word(text, end)[:1].isupper()
    if kind == "month_possessive":  # "December's peak", "to May's Brexit deal" (a name)
        return match.group("month").lower() not in _time_words()["month_possessive"]["not_months"]
    if kind == "weekday":
        return _weekday_is_date(text, start, end)
    if kind == "pub_rel":
        return _previous_word(text, start) != "the"
    if kind == "season":  # "the fall of Kabul", "a hot summer": a season needs a year or "last"
        before = re.search(r"\b([A-Z][\w'’-]*)\s+$", text[max(0, start - 30) : start])
        named = (  # "the Arab Spring of 2011"; not "In Spring 2020"
            match.group("season")[0].isupper()
            and before is not None
            and before.group(1).lower() not in _time_words()["year_context_before"]
        )
        return bool(match.group("year") or match.group("smod")) and not named
    if kind in {"mdy", "dmy"}:
        return 1 <= int(match.group("day")) <= 31
    if kind == "offset":
        direction = match.group("dir").lower()
        if direction in _time_words()["offset_directions_need_clause_end"]:
            return _at_clause_end(text, end)
        return True
    if kind == "anchor" and match.group("phrase").lower().endswith(("before", "after")):
        free = _time_words()["anchor_phrases_free_of_clause_end"]
        if match.group("phrase").lower() in free:  # "48 hours after" counts from elsewhere
            return not re.search(
                r"(?:\d|\b(?:few|several|many|some))\s*$", text[max(0, start - 40) : start]
            )
        return _at_clause_end(text, end)
    if kind == "span_back":
        return bool(match.group("last")) or _reaches_publication(text, start)
    if kind == "pub_word" and match.group("phrase").lower() == "now":
        return text[end : end + 1] != "-"  # "now-defunct"
    return True


def _reaches_publication(text: str, start: int) -> bool:
    """Whether a span before ``start`` runs up to the present: a perfect or an ongoing
    state in the words just before ("has raged for", "ongoing for"), not "jailed for"."""
    before = re.findall(r"[a-z']+", text[max(0, start - 50) : start].lower())[-5:]
    return any(word in _time_words()["span_to_present_cues"] for word in before)


def _event_end(text: str, end: int) -> int:
    """End of the noun phrase after "anniversary of": up to punctuation, a clause word or a
    word that looks like a verb or adverb ("-ed", "-ly"), at most eight words."""
    position = end
    for taken, word in enumerate(_WORD.finditer(text, end)):
        low = word.group().lower()
        gap = text[position : word.start()]
        if gap.strip() or taken >= 8 or (low in _EVENT_STOP_WORDS and (taken or low != "the")):
            break
        if taken and low.endswith(("ed", "ly")):
            break
        position = word.end()
    return position


def _raw_candidates(text: str) -> list[_Candidate]:
    found: list[_Candidate] = []
    patterns = _patterns()
    screened: dict[re.Pattern[str], bool] = {}  # per screen: whether the text passes it
    for kind, regex in patterns.regexes:
        screen = patterns.screens.get(kind)
        if screen is not None:
            if screen not in screened:
                screened[screen] = screen.search(text) is not None
            if not screened[screen]:
                continue  # none of the words every match of this kind holds
        for match in regex.finditer(text):
            if not _accept(kind, text, match):
                continue
            end = _event_end(text, match.end()) if kind == "anniversary" else match.end()
            if (
                text[end - 1] == "."
                and (match.groupdict().get("month") or "").lower() in (_time_words()["months"])
                and kind in {"dmy", "month"}
            ):
                end -= 1
            found.append(_Candidate(match.start(), end, kind, match.groupdict()))
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[_Candidate] = []
    for candidate in found:
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(candidate)
    return _merge_ranges(text, chosen)


def _merge_ranges(text: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Join "between A and B", "from A to B" and "A-B" into one range candidate."""
    openers: dict[str, list[str]] = _time_words()["range_openers"]
    dashes = _time_words()["range_dashes"]
    merged: list[_Candidate] = []
    index = 0
    while index < len(candidates):
        current = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if (
            following is not None
            and current.kind in _ABSOLUTE_KINDS
            and following.kind in _ABSOLUTE_KINDS
        ):
            joiner = text[current.end : following.start].strip().lower()
            opener = re.search(r"(\w+)\s+$", text[max(0, current.start - 12) : current.start])
            opener_word = opener.group(1).lower() if opener else ""
            start = None
            if opener_word in openers and joiner in openers[opener_word]:
                start = current.start - len(opener.group(0)) if opener else current.start
            elif joiner in dashes and len(text[current.end : following.start]) <= 3:
                start = current.start
            if start is not None:
                merged.append(_Candidate(start, following.end, "range", parts=(current, following)))
                index += 2
                continue
        merged.append(current)
        index += 1
    return merged


def date_expression_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every date-like expression (used to keep dates out of quantities)."""
    return [(c.start, c.end) for c in _raw_candidates(text)]


def _parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _add_years(point: _Point, years: int) -> _Point:
    day = point.day
    if point.month == 2 and day == 29 and not calendar.isleap(point.year + years):
        day = 28
    return _Point(point.year + years, point.month, day)


def _add_months(point: _Point, months: int) -> _Point:
    if point.month is None:
        return _Point(point.year + months // 12)
    index = point.year * 12 + point.month - 1 + months
    year, month = divmod(index, 12)
    day = point.day
    if day is not None:
        day = min(day, calendar.monthrange(year, month + 1)[1])
    return _Point(year, month + 1, day)


def _add_days(point: _Point, days: int) -> _Point:
    if point.day is None:
        return (
            _add_months(point, round(days / 30.4))
            if point.month
            else _add_years(point, round(days / 365.25))
        )
    moved = point.first_day() + timedelta(days=days)
    return _Point(moved.year, moved.month, moved.day)


def _shift(point: _Point, unit: str, amount: int) -> _Point:
    """Move ``point`` and keep no more precision than the unit gives (years give a year)."""
    if unit == "hour":
        return _add_days(point, round(amount / 24))
    if unit == "year":
        return _Point(point.year + amount)
    if unit == "month":
        moved = _add_months(point, amount)
        return _Point(moved.year, moved.month)
    return _add_days(point, amount)


def _from_date(day: date) -> _Point:
    return _Point(day.year, day.month, day.day)


def _has_future_cue(passage: str) -> bool:
    # "the next morning", "the following day" tell a story's sequence, not the future
    low = re.sub(
        r"\bthe (?:next|following) (?:day|morning|night|evening|afternoon)\b", " ", passage.lower()
    )
    for phrase in _time_words()["future_cue_blockers"]:  # "due to a landslide": a cause
        low = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", " ", low)
    return any(re.search(pattern, low) for pattern in _future_cue_patterns())


@cache
def _future_cue_patterns() -> tuple[str, ...]:
    """One regex per future cue; a cue of ``future_cues_after_be`` ("due to", "going to")
    counts only after the forms of "be" listed for it ("is due to vote", "we're going to
    meet"), not as a cause ("suspended due to concerns")."""
    after_be = {k: v for k, v in _time_words()["future_cues_after_be"].items() if k != "_doc"}

    def pattern(cue: str) -> str:
        if cue not in after_be:
            return rf"(?<!\w){re.escape(cue)}(?!\w)"
        be_alt = "|".join(
            re.escape(word) if word[0] in "'’" else rf"(?<!\w){re.escape(word)}"
            for word in after_be[cue]
        )
        return rf"(?:{be_alt})\s+(?:not\s+)?{re.escape(cue)}(?!\w)"

    cues = [*_time_words()["future_cues"], *after_be]
    return tuple(pattern(cue) for cue in dict.fromkeys(cues))


def _scheduled_present_before(text: str, start: int) -> bool:
    """A verb of a scheduled act in the present tense just before a weekday looks ahead:
    "the court rules Wednesday", "President Biden arrives on Wednesday"."""
    before = re.search(r"([A-Za-z]+)\s+(?:on\s+)?$", text[max(0, start - 30) : start])
    verbs = _time_words()["schedule_verbs_before_a_weekday"]
    return before is not None and before.group(1) in verbs


def _month_future_near(text: str, start: int) -> bool:
    """A cue before a month-day date in its clause that looks ahead ("would ... by")."""
    left = re.split(_clause_break(), text[max(0, start - 120) : start])[-1].lower()
    return any(
        re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", left)
        for cue in _time_words()["month_future_cues"]
    )


@cache
def _clause_break() -> str:
    """What ends the clause a future cue is looked for in: a comma, semicolon, colon or full
    stop (not a dash: transcripts break their sentences with dashes); not the dot of a
    one-letter abbreviation before a name or a lower-case word ("U.S. District Court", "D.C.
    on Friday"), unless a sentence opens after it ("D.C. On Saturday, ...")."""
    openers = "|".join(map(re.escape, _time_words()["sentence_openers_after_abbreviation"]))
    return rf"[,;:!?\n]|(?<!\b[A-Z])\.|(?<=\b[A-Z])\.(?=\s+(?:{openers})\b)"


def _future_near(text: str, start: int, end: int) -> bool:
    """A future cue in the clause around ``text[start:end]`` ("will meet on Monday")."""
    left_pieces = re.split(_clause_break(), text[max(0, start - 120) : start])
    left = left_pieces[-1]
    right_pieces = re.split(rf"{_clause_break()}|\b(?:that|which|who)\b", text[end : end + 120])
    right = right_pieces[0]
    opens_clause = len(left.split()) <= 1 and text[end : end + 1] == ","
    if opens_clause and len(right_pieces) > 1:  # "On Monday, the President will host ..."
        after_comma = _clause_break().replace(",", "", 1)
        right = re.split(rf"{after_comma}|\b(?:that|which|who)\b", text[end + 1 : end + 120])[0]
        if len(left_pieces) > 1 and text[: max(0, start - len(left))].rstrip().endswith(","):
            left = f"{left_pieces[-2]} {left}"  # set off inside a clause: "I will increase,
            # on April 2nd, the tariffs"
    if _has_future_cue(left):
        return True
    return _has_future_cue(right) and not _reported_that_day(left, right)


def _reported_that_day(left: str, right: str) -> bool:
    """Whether a date with a future word only after it is the day of a past report the
    clause ties it to (``weekday_of_a_past_report``): a verb of saying right before it ("said
    Sunday he will resign", "told reporters on Monday the talks will"), or, for a date opening
    the clause, one before the future word ("On Sunday, the minister said he will resign")."""
    report_before, report = _report_patterns()
    if report_before.search(left):
        return True
    if left.strip() and left.strip().lower() != "on":
        return False
    found = report.search(right)
    return found is not None and not _has_future_cue(right[: found.start()])


@cache
def _report_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A past verb of saying that ends a clause's words before a date (with up to four words
    and an "on" after it: "told reporters on"), and one anywhere."""
    verbs = "|".join(map(re.escape, _time_words()["past_report_verbs"]))
    return (
        re.compile(rf"\b(?:{verbs})(?:\s+\S+){{0,4}}?(?:\s+on)?\s*$", re.IGNORECASE),
        re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE),
    )


@dataclass
class _Context:
    doc: Document
    published: date | None
    last: _Point | None = None
    sentence_year: tuple[int, int] | None = None  # (sentence, year) of the last explicit year
    sentence_day: tuple[int, _Point] | None = None  # (sentence, day) of the last month-day
    day_dates: list[tuple[int, _Point]] = field(default_factory=list)
    last_at: int | None = None  # where the mention that set ``last`` ends
    last_end: _Point | None = None  # the end of that mention's value ("1946" of "1900-1946")

    def sentence_text(self, offset: int) -> str:
        sentence_id = self.doc.sentence_at(offset)
        for sentence in self.doc.sentences:
            if sentence.id == sentence_id and sentence.start <= offset <= sentence.end:
                return sentence.text
        return self.doc.text[max(0, offset - 150) : offset + 150]

    def context_year(
        self, month: int, day: int | None, offset: int, end: int | None = None
    ) -> int | None:
        """Year for a date written without one. With a publication date: the year of an
        explicit date earlier in the same sentence, else the latest occurrence on or before
        publication, or the next one when the clause speaks of the future or the date falls
        within a fortnight after publication ("ahead of the April 11 meeting"; ``end``, where
        the date's words end, lets a clause after it be read: "On April 2, the President
        will ..."). Without one: the year of the date the text last spoke of."""
        if self.published is None:
            return self.last.year if self.last is not None else None
        if self.sentence_year is not None and self.sentence_year[0] == self.doc.sentence_at(
            offset
        ):
            return self.sentence_year[1]
        if self.sentence_day is not None and self.sentence_day[0] == self.doc.sentence_at(offset):
            earlier = self.sentence_day[1]  # "on February 22, followed by ... on February 29"
            if (month, day or 1) >= (earlier.month or 1, earlier.day or 1):
                return earlier.year
        published = self.published
        this_year = date(
            published.year, month, min(day or 1, calendar.monthrange(published.year, month)[1])
        )
        future = _future_near(self.doc.text, offset, offset if end is None else end)
        if day is None and month == published.month:
            return published.year
        if this_year > published:
            soon = (this_year - published).days <= _SOON_DAYS
            ahead = future or soon or _month_future_near(self.doc.text, offset)
            return published.year if ahead else published.year - 1
        return published.year + 1 if future and this_year < published else published.year


def _number(word: str) -> int | None:
    low = word.lower()
    if low.isdigit():
        return int(low)
    tens, _, units = low.partition("-")  # "seventy-five"
    if units:
        ten, unit = _patterns().counts.get(tens), _patterns().counts.get(units)
        if ten is None or unit is None or ten % 10 or ten < 20 or not 1 <= unit <= 9:
            return None
        return ten + unit
    return _patterns().counts.get(low)


def _month_day(
    groups: dict[str, str | None], context: _Context, offset: int, end: int | None = None
) -> _Value | None:
    month = _patterns().months[(groups.get("month") or "").lower().rstrip(".")]
    day = int(groups["day"]) if groups.get("day") else None
    next_date = (
        _patterns().year_of_next_date.match(context.doc.text, end)
        if end is not None and day is not None and not groups.get("year")
        else None
    )
    if groups.get("year"):
        year: int | None = int(groups["year"] or 0)
    elif next_date:  # "on April 8 and April 9, 2025": the year written once for both
        year = int(next_date.group("year"))
    else:
        year = context.context_year(month, day, offset, end)
    if year is None:
        return None
    if day is not None and day > calendar.monthrange(year, month)[1]:
        return None
    first = _Point(year, month, day)
    if groups.get("day2"):
        day2 = int(groups["day2"])
        if day is None or not day < day2 <= calendar.monthrange(year, month)[1]:
            return None
        return _Value(first, _Point(year, month, day2))
    return _Value(first)


def _resolve_absolute(candidate: _Candidate, context: _Context) -> _Value | None:
    groups = candidate.groups
    kind = candidate.kind
    if kind == "iso":
        try:
            day = date(int(groups["year"] or 0), int(groups["mnum"] or 0), int(groups["dnum"] or 0))
        except ValueError:
            return None
        return _Value(_from_date(day))
    if kind in {"mdy", "dmy", "my", "month"}:
        return _month_day(groups, context, candidate.start, candidate.end)
    if kind == "year":
        return _Value(_Point(int(groups["year"] or 0)))
    if kind == "decade":
        decade = int(groups["decade"] or 0)
        return _Value(_Point(decade), _Point(decade + 9))
    if kind == "year_range":
        first = groups["year"] or ""
        second = groups["year2"] or ""
        last = int(first[:2] + second) if len(second) == 2 else int(second)
        return _Value(_Point(int(first)), _Point(last))
    return None


def _resolve_range(candidate: _Candidate, context: _Context) -> _Value | None:
    first_part, last_part = candidate.parts
    last = _resolve_absolute(last_part, context)
    if last is None:
        return None
    groups = dict(first_part.groups)
    if not groups.get("year") and first_part.kind in {"mdy", "dmy", "month"}:
        groups["year"] = str(last.first.year)
    first = _resolve_absolute(
        _Candidate(first_part.start, first_part.end, first_part.kind, groups), context
    )
    if first is None or first.first.first_day() > last.first.first_day():
        return None
    return _Value(first.first, last.last or last.first)


# on the same line: a byline or heading above ("Department Spokesperson\n\nToday, ...") is
# no name
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][A-Za-z]+[ \t\u00a0]+$")


def _names_tail(text: str, start: int, phrase: str) -> bool:
    """A capitalised word like "Today" after a capitalised word ends a name, not a date
    (rule today_in_a_name): "USA Today", "India Today", "Pakistan Today"."""
    if phrase not in _time_words()["name_tail_words"]:
        return False
    return _CAPITALISED_WORD_BEFORE.search(text[max(0, start - 40) : start]) is not None


def _publication_relative(candidate: _Candidate, context: _Context) -> _Value | None:
    published = context.published
    if published is None:
        return None
    words = _time_words()
    groups = candidate.groups
    if candidate.kind == "pub_word":
        if _names_tail(context.doc.text, candidate.start, groups["phrase"] or ""):
            return None
        unit, amount = words["publication_relative_words"][(groups["phrase"] or "").lower()]
        return _Value(_from_date(published + timedelta(days=amount)))
    if candidate.kind == "pub_period":
        return _period(published, (groups["phrase"] or "").lower())
    direction = words["publication_relative_modifiers"][(groups["mod"] or "").lower()]
    unit = (groups["unit"] or "").lower()
    if (
        unit == "weekend"
        and direction == 0
        and published.weekday() in words["weekend_looks_back"]["weekdays"]
        and not _future_near(context.doc.text, candidate.start, candidate.end)
    ):
        direction = -1  # "what he said in Munich this weekend", in a Tuesday briefing
    if unit in words["weeks_as_iso_week"]["units"]:
        year, week, _ = (published + timedelta(weeks=direction)).isocalendar()
        return _Value(_from_date(published), week=f"{year:04d}-W{week:02d}")
    if unit == "year":
        return _Value(_Point(published.year + direction))
    if unit == "month":
        return _Value(_shift(_Point(published.year, published.month), "month", direction))
    if unit in {"week", "weekend"}:
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=direction)
        first, last = (monday, monday + timedelta(days=6))
        if unit == "weekend":
            first = monday + timedelta(days=5)
        return _Value(_from_date(first), _from_date(last))
    if unit in words["months"]:
        month = words["months"][unit]
        year = published.year
        if direction < 0 and month >= published.month:
            year -= 1
        elif direction > 0 and month <= published.month:
            year += 1
        return _Value(_Point(year, month))
    if unit in words["weekdays"]:
        return _Value(_weekday(published, words["weekdays"][unit], direction))
    return None


def _season(groups: dict[str, str | None], context: _Context) -> _Value | None:
    """A season as months: "the spring of 2018" = 2018-03/2018-05, "winter 2021/2022" =
    2021-12/2022-02; "this", "last", "next" count from the publication day."""
    first_month, last_month = _time_words()["seasons"][(groups["season"] or "").lower()]
    crosses = last_month < first_month  # winter runs into the next year
    if groups["year"]:
        year = int(groups["year"])
        if crosses and not groups["year2"]:
            return None  # "winter 2022": which winter is unclear
    elif context.published is not None:
        published = context.published
        direction = _time_words()["season_modifiers"][(groups["smod"] or "").lower()]
        year = published.year
        if crosses and published.month <= last_month:
            year -= 1  # in February, this winter began last December
        current = date(year, first_month, 1) <= published
        ended = current and _Point(year + crosses, last_month).last_day() < published
        if direction < 0 and not ended:
            year -= 1
        elif direction > 0 and current:
            year += 1
    else:
        return None
    return _Value(_Point(year, first_month), _Point(year + crosses, last_month))


def _period(published: date, phrase: str) -> _Value | None:
    """A period counted from the publication day ("earlier this month", "so far this year",
    "in recent years")."""
    spans = _time_words()["publication_relative_spans"]
    if phrase in spans:
        unit, back = spans[phrase]
        if unit == "day":
            first = published - timedelta(days=back)
            return _Value(
                _Point(first.year, first.month, first.day),
                _Point(published.year, published.month, published.day),
                span=True,
            )
        if unit == "year":
            return _Value(_Point(published.year - back), _Point(published.year))
        start = _add_months(_Point(published.year, published.month), -back)
        return _Value(start, _Point(published.year, published.month))
    unit, first, last = _time_words()["publication_relative_periods"][phrase]
    if unit == "week":
        start = published - timedelta(days=published.weekday())
        end = start + timedelta(days=6)
    elif unit == "month":
        start = published.replace(day=1)
        end = published.replace(day=calendar.monthrange(published.year, published.month)[1])
    else:
        start, end = date(published.year, 1, 1), date(published.year, 12, 31)
    last_sunday = published - timedelta(days=(published.weekday() - 6) % 7 or 7)
    bounds = {
        "unit_start": start,
        "unit_end": end,
        "last_weekend_start": last_sunday - timedelta(days=1),
        "last_weekend_end": last_sunday,
    }

    def bound(name: str) -> date:
        """A named bound, or the publication day shifted by days ("pub", "pub-8", "pub+1")."""
        if name in bounds:
            return bounds[name]
        shift = re.fullmatch(r"pub([+-]\d+)?", name)
        if shift is None:
            raise ValueError(f"time_words.json: unknown period bound {name!r}")
        return published + timedelta(days=int(shift.group(1) or 0))

    if bound(first) > bound(last):
        return None
    if bound(first) == bound(last):
        return _Value(_from_date(bound(first)))
    return _Value(_from_date(bound(first)), _from_date(bound(last)))


def _weekday(published: date, weekday: int, direction: int) -> _Point:
    """Latest ``weekday`` on/before publication (-1: strictly before, +1: strictly after)."""
    back = (published.weekday() - weekday) % 7
    if direction < 0:
        back = back or 7
        return _from_date(published - timedelta(days=back))
    forward = (weekday - published.weekday()) % 7
    if direction > 0:
        return _from_date(published + timedelta(days=forward or 7))
    return _from_date(published - timedelta(days=back))


def _resolve(candidate: _Candidate, context: _Context) -> _Value | None:
    kind = candidate.kind
    groups = candidate.groups
    if kind in _ABSOLUTE_KINDS:
        return _resolve_absolute(candidate, context)
    if kind == "range":
        return _resolve_range(candidate, context)
    if kind in {"pub_word", "pub_rel", "pub_period"}:
        return _publication_relative(candidate, context)
    if kind == "month_part":
        return _month_part(groups, context, candidate.start)
    if kind == "month_possessive":
        return _month_possessive(candidate, context)
    if kind == "named_period":
        return _named_period(groups["period"] or "", context)
    if kind == "named_day":
        return _named_day(groups["day_name"] or "", context, candidate.start)
    if kind == "season":
        return _season(groups, context)
    if kind == "time":
        return _time_of_day(groups, context)
    if kind == "weekday":
        if context.published is None:
            return None
        future = _future_near(
            context.doc.text, candidate.start, candidate.end
        ) or _scheduled_present_before(context.doc.text, candidate.start)
        weekday = _time_words()["weekdays"][(groups["weekday"] or "").lower()]
        if future:
            forward = (weekday - context.published.weekday()) % 7
            return _Value(_from_date(context.published + timedelta(days=forward)))
        return _Value(_weekday(context.published, weekday, 0))
    if kind == "offset":
        vague = groups.get("n") is None
        amount = _number(groups["n"]) if not vague else _vague_count(groups.get("vague"))
        unit, size = _time_words()["offset_units"][(groups["unit"] or "").lower()]
        direction_word = (groups["dir"] or "").lower()
        published = _from_date(context.published) if context.published else None
        if direction_word in _time_words()["ago_words"]:
            if groups.get("today") and published is not None and amount is not None:
                # "Seven years ago today": the same day that many units back
                day = -amount * size if unit in {"day", "hour"} else 0
                back = {"year": _add_years, "month": _add_months}
                moved = back[unit](published, -amount * size) if unit in back else published
                return _Value(_add_days(moved, day) if day else moved)
            anchor, direction = published, -1
        else:
            anchor, direction = (
                context.last or published,
                _time_words()["offset_directions"][direction_word],
            )
        if anchor is None or amount is None:
            return None
        if direction > 0 and context.last is None:
            return None  # "Eighteen years later": later than a date the text never gave
        shifted = _shift(anchor, unit, direction * amount * size)
        if (
            direction > 0
            and context.published is not None
            and shifted.first_day() > context.published
            and not _future_near(context.doc.text, candidate.start, candidate.end)
        ):
            return None  # counted from the wrong date: a past act after its own report
        return _Value(_coarsened(shifted, unit) if vague else shifted)
    if kind == "anchor":
        anchor = context.last or (_from_date(context.published) if context.published else None)
        if anchor is None:
            return None
        unit, amount = _time_words()["anchor_relative_phrases"][(groups["phrase"] or "").lower()]
        if unit == "same":  # "at the time": the date the text last spoke of
            return _Value(anchor) if context.last is not None else None
        if unit == "day" and anchor.day is None:
            return None
        if unit == "month" and anchor.month is None:
            return None
        return _Value(_shift(anchor, unit, amount))
    if kind == "anniversary":
        return _anniversary(groups, context, candidate.start)
    if kind == "since_anchor":
        return _since_anchor(candidate, context)
    if kind in {"span_back", "span_ahead"} and context.published is not None:
        counted = _span_amount(groups)
        if counted is None:
            return None
        unit, amount = counted
        published = _from_date(context.published)
        if kind == "span_ahead":
            first = published if groups["dir"].lower() == "next" else _add_days(published, 1)
            return _Value(first, _shift_point(published, unit, amount), span=True)
        first = _shift_point(published, unit, -amount)
        if groups.get("approx"):  # "for nearly two decades": a start no finer than the unit
            first = _Point(first.year, first.month if unit == "month" else None)
        return _Value(first, published, span=True)
    if kind == "fiscal_year":
        return _fiscal_year(groups["fy"] or groups["fy2"] or "")
    return None


def _vague_count(words: str | None) -> int:
    """How many units a vague count stands for: "a few" 3, "a couple of" 2, none 2."""
    counts = _time_words()["span_vague_counts"]
    key = re.sub(r"\s+", " ", (words or "").lower())
    return counts.get(key, _time_words()["offset_vague"]["no_count"])


def _coarsened(point: _Point, unit: str) -> _Point:
    """A point no finer than a vague offset of ``unit`` allows ("a few days later": the month)."""
    granularity = _time_words()["offset_vague"]["granularity"].get(unit, "month")
    if granularity == "year":
        return _Point(point.year)
    return _Point(point.year, point.month)


def _span_amount(groups: dict[str, str | None]) -> tuple[str, int] | None:
    """(unit, how many) a span counts: its number, a vague count ("few" = 3), one for a
    singular unit, the declared default of a plural one reaching ahead ("the coming days"),
    else None ("over the past months"); hours as whole days."""
    words = _time_words()
    unit_word = (groups["unit"] or "").lower()
    unit, size = words["offset_units"][unit_word]
    count = (groups.get("n") or "").lower()
    if count in words["span_vague_counts"]:
        amount: int | None = words["span_vague_counts"][count]
    elif count:
        amount = _number(count)
    elif not unit_word.endswith("s"):
        amount = 1
    elif groups.get("dir") and unit_word in words["span_ahead_defaults"]:
        unit, amount = words["span_ahead_defaults"][unit_word]
        size = 1
    else:
        amount = None
    if amount is None:
        return None
    if unit == "hour":
        return "day", max(1, -(-amount * size // 24))
    return unit, amount * size


def _shift_point(point: _Point, unit: str, amount: int) -> _Point:
    if unit == "year":
        return _add_years(point, amount)
    if unit == "month":
        return _add_months(point, amount)
    return _add_days(point, amount)


def _month_possessive(candidate: _Candidate, context: _Context) -> _Value | None:
    """"December's peak": the month as a bare month resolves it, kept only when it lies
    near the publication month (rule month_possessive_is_near)."""
    if context.published is None:
        return None
    value = _month_day(candidate.groups, context, candidate.start, candidate.end)
    if value is None or value.first.month is None:
        return None
    away = abs(
        value.first.year * 12
        + value.first.month
        - context.published.year * 12
        - context.published.month
    )
    return value if away <= _time_words()["month_possessive"]["max_months_away"] else None


def _since_anchor(candidate: _Candidate, context: _Context) -> _Value | None:
    """"Since then": from the date the text just spoke of (close before it) to publication."""
    rule = _time_words()["since_anchor"]
    anchor, at = context.last_end, context.last_at  # "between 1900 and 1946. Since then"
    if anchor is None or at is None or context.published is None:
        return None
    if candidate.start - at > rule["max_chars_from_anchor"]:
        return None  # the last date is too far back to be what "then" means
    if anchor.last_day() >= context.published:
        return None  # "then" is the publication day itself, or later: no span
    return _Value(anchor, _from_date(context.published), span=True)


def _fiscal_year(written: str) -> _Value:
    """A (US federal) fiscal year as the interval it covers: "Fiscal Year 2021" =
    2020-10-01/2021-09-30 (the first month is time_words.json's fiscal_year.first_month)."""
    year = int(written) if len(written) == 4 else 2000 + int(written)
    first_month = _time_words()["fiscal_year"]["first_month"]
    if first_month == 1:
        return _Value(_Point(year, 1, 1), _Point(year, 12, 31))
    last_month = first_month - 1
    last_day = calendar.monthrange(year, last_month)[1]
    return _Value(_Point(year - 1, first_month, 1), _Point(year, last_month, last_day))


def _named_period(name: str, context: _Context) -> _Value | None:
    """A period of the calendar that moves from year to year ("Ramadan"): the latest one
    begun on or before the publication day."""
    if context.published is None:
        return None
    dates = _time_words()["named_periods"][name]
    begun = [
        (date.fromisoformat(first), date.fromisoformat(last))
        for first, last in dates.values()
        if date.fromisoformat(first) <= context.published
    ]
    if not begun:
        return None
    first, last = max(begun)
    if (context.published - first).days > 366:
        return None  # no table year covers the text
    return _Value(_from_date(first), _from_date(last))


def _named_day(name: str, context: _Context, offset: int) -> _Value | None:
    """A day of the calendar with a name ("World Refugee Day", "Christmas Eve"): its month
    and day, in the year a month-day written without one would take."""
    month, day = _time_words()["named_days"][name.replace("’", "'")]
    year = context.context_year(month, day, offset)
    return None if year is None else _Value(_Point(year, month, day))


def _month_part(groups: dict[str, str | None], context: _Context, offset: int) -> _Value | None:
    """"early March" = days 1-10, "mid-March" 11-20, "late March" 21 to the end."""
    month = _patterns().months[(groups.get("month") or "").lower()]
    year = context.context_year(month, None, offset)
    if year is None:
        return None
    first, last = _time_words()["month_parts"][(groups.get("part") or "").lower()]
    last = min(last, calendar.monthrange(year, month)[1])
    return _Value(_Point(year, month, first), _Point(year, month, last))


def _time_of_day(groups: dict[str, str | None], context: _Context) -> _Value | None:
    """A clock time on the day the text last spoke of (else the publication day)."""
    day = context.last if context.last is not None and context.last.day else None
    if day is None and context.published is not None:
        day = _from_date(context.published)
    if day is None:
        return None
    if groups.get("hhmm"):
        hour, minute = int(groups["hhmm"][:2]), int(groups["hhmm"][2:])
    else:
        hour, minute = int(groups["hour"] or 0), int(groups["minute"] or 0)
        meridiem = (groups.get("ampm") or "").lower()[:1]
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if hour > 23:
        return None
    return _Value(day, time=f"{hour:02d}:{minute:02d}")


def _anniversary(
    groups: dict[str, str | None], context: _Context, start: int
) -> _Value | None:
    """"the 20th anniversary": the day the text is about most, that many years on; when that
    is decades away, the day named right before, if it is near the publication ("out by
    September 11. That would be the 20th anniversary of the attacks")."""
    patterns = _patterns()
    if groups.get("ord"):
        years = patterns.ordinals.get((groups["ord"] or "").lower())
    elif groups.get("ordnum"):
        years = int(groups["ordnum"] or 0)
    else:
        years = _number(groups.get("ny") or "")
    anchor = _salient_day(context.day_dates)
    if anchor is None or not years:
        return None
    value = _add_years(anchor, years)
    published = context.published
    if published is not None and abs(value.year - published.year) > 1:
        # an anniversary is near the day it is spoken of, not decades away
        before = [point for at, point in context.day_dates if at < start]
        named = before[-1] if before and _said_of_a_day(context.doc.text, start) else None
        if named and named.granularity == "day" and abs(named.year - published.year) <= 1:
            return _Value(named)
        return None
    return _Value(value)


def _said_of_a_day(text: str, start: int) -> bool:
    """Whether the anniversary at ``start`` is said of a day just named ("That would be the
    20th anniversary", "which marks the 75th anniversary")."""
    return _anniversary_subject().search(text[max(0, start - 40) : start]) is not None


@cache
def _anniversary_subject() -> re.Pattern[str]:
    """A subject and copula that say an anniversary of a day just named ("That would be")."""
    words = _time_words()["anniversary_of_a_named_day"]
    subjects = "|".join(map(re.escape, words["subjects"]))
    copulas = "|".join(map(re.escape, words["copulas"]))
    return re.compile(rf"\b(?:{subjects})\s+(?:{copulas})\s+$", re.IGNORECASE)


def _salient_day(dates: list[tuple[int, _Point]]) -> _Point | None:
    """The day date mentioned most often, ties to the earliest; else the first month date."""
    for wanted in ("day", "month"):
        counts: dict[_Point, list[int]] = {}
        for position, point in dates:
            if point.granularity == wanted:
                counts.setdefault(point, []).append(position)
        if counts:
            return max(counts, key=lambda p: (len(counts[p]), -min(counts[p])))
    return None


def find_dates(doc: Document) -> list[DateMention]:
    """Every date mention in ``doc.text`` with a normalised value (see module docstring)."""
    context = _Context(doc=doc, published=_parse_published(doc.metadata.published))
    mentions: list[DateMention] = []
    for candidate in _raw_candidates(doc.text):
        value = _resolve(candidate, context)
        if value is None:
            continue
        mentions.append(
            DateMention(
                text=doc.text[candidate.start : candidate.end],
                value=value.iso(),
                granularity=value.granularity,
                start=candidate.start,
                end=candidate.end,
                sentence=doc.sentence_at(candidate.start),
            )
        )
        if (
            candidate.kind in {"decade", "time", "fiscal_year", "named_day"}
            or value.week
            or value.span
        ):  # "the 1990s", "04:00", "FY 2022", "the past 20 years", "ahead of Christmas Day"
            continue  # anchor nothing
        context.last = value.first
        context.last_at = candidate.end
        context.last_end = value.last or value.first
        if candidate.kind in _ABSOLUTE_KINDS or candidate.kind == "range":
            context.day_dates.append((candidate.start, value.first))
            if value.first.month is not None and (
                candidate.groups.get("year") or candidate.kind in {"iso", "range"}
            ):  # "On March 3, 2015, ... and on March 5": not "since 2014 ... on Feb. 27"
                context.sentence_year = (doc.sentence_at(candidate.start), value.first.year)
            elif value.first.day is not None and candidate.kind in {"mdy", "dmy"}:
                context.sentence_day = (doc.sentence_at(candidate.start), value.first)
    return _clock_times_on_their_day(doc.text, mentions)


def _clock_times_on_their_day(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A clock time right before the day it falls on ("at 4 a.m. Wednesday", "at 10 p.m.
    local time on Sunday") takes that day, not the day spoken of before it (rule
    clock_time_before_its_day)."""
    links = set(_time_words()["clock_day_links"])
    for number, mention in enumerate(mentions[:-1]):
        after = mentions[number + 1]
        gap = re.findall(r"[\w.]+", text[mention.end : after.start].lower())
        if (
            "T" in mention.value
            and len(after.value) == 10
            and after.start - mention.end <= 30
            and all(word in links for word in gap)
            and not re.search(r"[;:!?]|\.\s", text[mention.end : after.start])
        ):
            mentions[number] = mention.model_copy(
                update={"value": f"{after.value}T{mention.value.split('T')[1]}"}
            )
    return mentions


def _names_a_plan(text: str, mention: DateMention) -> bool:
    """A year used as a modifier ("the 2030 agenda") often names a target, not a past date."""
    return (
        mention.granularity == "year"
        and re.search(r"\bthe\s+$", text[max(0, mention.start - 5) : mention.start]) is not None
        and re.match(r" [A-Za-z]", text[mention.end : mention.end + 2]) is not None
    )


def _other_year_near(years: list[int], year: int, own: int) -> bool:
    """Whether sorted ``years``, less one ``own``, hold a year within a century of ``year``
    (counted by bisection: a scan per date was quadratic in the number of dates)."""
    near = bisect_right(years, year + _CENTURY) - bisect_left(years, year - _CENTURY)
    if abs(year - own) <= _CENTURY:
        near -= 1
    return near > 0


def infer_publication_date(
    doc: Document, mentions: list[DateMention] | None = None
) -> tuple[str | None, str | None]:
    """Publication date from metadata, else a lower bound from the latest past/present date.

    An article is written on or after every date it speaks of as past or present, so the
    latest such date (sentences with a future cue such as "will" or "scheduled" are ignored)
    bounds the publication date from below; it is given at month precision ("2025-12") or
    year precision when the text only gives years.

    mentions: ``find_dates(doc)`` when the caller has it (found once, not twice).
    """
    published = doc.metadata.published
    if published:
        return published, "publication date given in the metadata"
    best: tuple[date, DateMention] | None = None
    if mentions is None:
        mentions = find_dates(doc)
    years = sorted(int(m.value[:4]) for m in mentions)
    for mention in mentions:
        if _future_near(doc.text, mention.start, mention.end) or _names_a_plan(doc.text, mention):
            continue
        last = mention.value.split("/")[-1].split("T")[0]
        if "W" in last:
            continue
        point = _Point(*[int(p) for p in last.split("-")])
        if len(years) > 1 and not _other_year_near(years, point.year, int(mention.value[:4])):
            continue  # a stray year a century from every other date the text gives
        if best is None or point.first_day() > best[0]:
            best = (point.first_day(), mention)
    if best is None:
        return None, None
    mention = best[1]
    value = mention.value.split("/")[-1]
    bound = value[:7]
    reasoning = (
        f"written on or after {value}: the text speaks of {mention.text!r} ({value}) "
        "as past or present"
    )
    return bound, reasoning
