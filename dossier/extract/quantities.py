"""Quantities: counts, money and percentages with unit, qualifier, range and casualty role.

Token based; every word list lives in ``knowledge/quantity_words.json``. Rules:

* numbers: digits ("18,000", "1.5"), digits with a scale word or suffix ("1.5 million",
  "$1.2bn", "$3m"), number words ("three thousand", "twenty-five", "a dozen",
  "half a million"); currency symbols and names give the unit ("$" USD, "€" EUR, "£" GBP,
  "dollars", "euros"); "%", "percent" give "percent".
* vague plurals ("hundreds of thousands of Syrians", "millions", "dozens of") take the scale
  word's own value (hundreds -> 100, hundreds of thousands -> 100000, dozens -> 12) with
  qualifier "vague_plural"; "several hundred" and "a few thousand" likewise.
* qualifiers from the words just before: around/about/nearly/some/... -> approx;
  over/more than -> more_than; at least -> at_least; fewer than/under -> less_than;
  up to/as many as -> up_to; a range without a cue -> range.
* ranges: "between 200 and 300", "200-300 people", "two or three" keep both ends
  (``value`` and ``value_max``); a scale word on the upper end applies to the lower one
  ("two to three hundred"); a percentage and money or a count are two figures, not a range
  ("fell 3.77% to $95.61").
* unit: the counted noun after the number, skipping adjectives and lists of nationalities
  ("18,000 Iraqi, Afghan, and Pakistani Shia fighters" -> "fighters"); "the lives of N" gives
  "lives"; "the displacement of millions" gives "people displaced"; "%" gives "percent";
  "four others", "twelve more", "four of them" take the counted noun of the quantity before
  them in the sentence ("Kobe Bryant and eight others": people); a bare count takes the noun
  that "the number of" or "death toll" names just before it; a bare casualty count ("30
  dead") gives "people", or the noun of the count it is joined to ("16 soldiers dead and 11
  wounded"); otherwise "". Shares of a whole are percentages ("a fifth of", "nearly half of").
* casualty: "killed 12 people", "12 people were killed", "17 injured people", "at least 30
  dead", "claimed the lives of hundreds" set ``casualty`` (killed/dead/injured/wounded/
  missing/displaced/abducted/detained), and the role is part of the unit ("people killed").
  A single victim with no number ("A journalist was killed", "killed a soldier") is a count
  of 1, and so is "one" only in such a casualty role ("one" is otherwise a pronoun). The role
  spreads over one group of victims: an aside ("30 people, including 12 children, died"),
  "along with", the bare items of a list ("killed a scientist and nine soldiers").
* durations are counted in their time unit ("three days", "a two-week ceasefire", "a 30-day
  truce", "more than a decade" = 10 years), but not when they place something in time
  ("13 years earlier", "24 hours ago") or give an age ("a 12-year-old").
* not quantities: dates and years (the ``dates`` layer), times of day, labels ("Branch 215",
  "Resolution 2254", "Route 1", "Article 5": a label word or a capitalised name just before),
  phone numbers, URLs, ordinals ("3rd"), counts of times ("three times"), and "the two"
  or "the three of them" after a definite determiner (they point back; "the three sites",
  "all three sites" count).

Every pattern is linear in the text's length: a megabyte without spaces or of punctuation
is tokenised once and never rescanned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any, NamedTuple

from dossier.document import Document, Quantity
from dossier.knowledge import load_data
from dossier.spans import SpanIndex

_TOKEN = re.compile(
    r"[A-Za-z](?:\.[A-Za-z])+\.?"  # abbreviations: U.S., a.m.
    r"|[A-Za-z]+-?\d+[A-Za-z\d]*(?:-\d+)?"  # model names and codes: F-16, MH17, COVID-19
    r"|\d+(?:[.,]\d+)*"  # numbers: 18,000  1.5
    r"|[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+)*"  # words: al-Qaeda, Kata'ib, złotys
    r"|\S"
)
_VALID_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}(?![\w.])"
    r"|(?<![\w.-])\+\d[\d\s.-]{6,}\d"
    r"|\b\d{3}-\d{4}\b"
)
# an e-mail address starts where its run of address characters starts, so a long run
# without "@" is scanned once, not once per character
_URL = re.compile(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_MARKS = ("://", "www.", "@")  # every match of _URL holds one of them
# an HTML tag left in the text ('<img src="..." width="1210" height="1795" />'): its
# attribute values are no quantities (rule numbers_inside_markup); bounded, so linear
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]{0,1000})?/?>")
_SENTENCE_END = frozenset({".", "!", "?", ";", ":", "\n"})
# a number glued after these is part of a name or code: "Branch#5", "9/11", "P5+1"
_GLUED_TO_A_NAME = frozenset({"/", ":", "#", "-", ".", "+"})


@cache
def _words() -> dict[str, Any]:
    return load_data("quantity_words.json")


@cache
def _phrase_table(key: str) -> dict[tuple[str, ...], Any]:
    """A word-list entry as {tuple of lower-case tokens: label}. For "qualifier_cues" the
    label is the qualifier; for lists it is the phrase itself."""
    entry = _words()[key]
    if key == "qualifier_cues":
        entry = {phrase: label for label, phrases in entry.items() for phrase in phrases}
    elif isinstance(entry, list):
        entry = {phrase: phrase for phrase in entry}
    return {
        tuple(t.lower() for t in _TOKEN.findall(phrase)): label for phrase, label in entry.items()
    }


@cache
def _phrases_by_word(key: str, last: bool) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """The phrases of ``key`` grouped by their first (or last) word, for fast look-up."""
    grouped: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for phrase, label in _phrase_table(key).items():
        grouped.setdefault(phrase[-1] if last else phrase[0], []).append((phrase, label))
    return grouped


class _Token(NamedTuple):
    """A token with its lower case and first-character class read once (hot loops)."""

    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_digits: bool
    line_start: bool = False  # a line break stands between it and the token before


@dataclass
class _Number:
    value: float
    first: int  # index of the first token (currency symbol included)
    end: int  # index after the last token
    kind: str  # "digits", "words" or "vague"
    core: int = 0  # index of the first token of the number itself
    scaled: bool = False
    currency: str | None = None
    percent: bool = False
    scale: float = 1.0


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    hyphens = frozenset(_words()["hyphen_variants"])
    previous_end = -1  # where the token before ends (none yet)
    for match in _TOKEN.finditer(text):
        word = match.group()
        first = word[0]
        if word in hyphens:
            word = first = "-"  # "50 U.S.C. 1701‑1706" with a non-breaking hyphen
        start, end = match.span()
        line_start = previous_end >= 0 and text.find("\n", previous_end, start) >= 0
        tokens.append(
            _Token(word, start, end, word.lower(), first.isalpha(), first.isdigit(), line_start)
        )
        previous_end = end
    return tokens


def _match_phrase_at(tokens: list[_Token], index: int, key: str) -> tuple[Any, int] | None:
    """Longest phrase of list ``key`` starting at ``index``: (label, index after it)."""
    if index >= len(tokens):
        return None
    best: tuple[Any, int] | None = None
    for phrase, label in _phrases_by_word(key, False).get(tokens[index].lower, ()):
        end = index + len(phrase)
        if (
            end <= len(tokens)
            and (best is None or end > best[1])
            and all(tokens[index + k].lower == word for k, word in enumerate(phrase))
        ):
            best = (label, end)
    return best


def _match_phrase_before(tokens: list[_Token], index: int, key: str) -> tuple[Any, int] | None:
    """Longest phrase of list ``key`` ending just before ``index``: (label, its first index)."""
    if index <= 0:
        return None
    best: tuple[Any, int] | None = None
    for phrase, label in _phrases_by_word(key, True).get(tokens[index - 1].lower, ()):
        start = index - len(phrase)
        if (
            start >= 0
            and (best is None or start < best[1])
            and all(tokens[start + k].lower == word for k, word in enumerate(phrase))
        ):
            best = (label, start)
    return best


def _adjacent(left: _Token, right: _Token) -> bool:
    return left.end == right.start


def _parse_word_number(tokens: list[_Token], index: int) -> _Number | None:
    words = _words()
    numbers: dict[str, int] = words["number_words"]
    scales: dict[str, int] = words["scale_words"]
    dozens: dict[str, int] = words["dozen_words"]
    position = index
    total = 0.0
    current = 0.0
    used = False
    scaled = False
    scale = 1.0  # the scale words that end the number: "three hundred thousand" = 100000
    fraction = _match_phrase_at(tokens, index, "fraction_prefixes")
    if (
        fraction
        and fraction[1] < len(tokens)
        and (tokens[fraction[1]].lower in scales or tokens[fraction[1]].lower in dozens)
    ):  # "half a million", "half a dozen"
        current = float(fraction[0])
        position = fraction[1]
        used = True
    elif (
        tokens[index].lower in {"a", "an"}
        and index + 1 < len(tokens)
        and (tokens[index + 1].lower in scales or tokens[index + 1].lower in dozens)
    ):
        current = 1.0
        position = index + 1
        used = True
    while position < len(tokens) and tokens[position].is_word:
        word = tokens[position].lower
        parts = word.split("-")
        if all(part in numbers for part in parts) and (current == 0 or current % 10 == 0):
            current += sum(numbers[part] for part in parts)
        elif word in scales and used:
            if scales[word] == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scales[word]
                current = 0
            after_scale = position > index and tokens[position - 1].lower in scales
            scale = scale * scales[word] if after_scale else float(scales[word])
            scaled = True
        elif word in dozens and used:
            current = (current or 1) * dozens[word]
            scaled = True
        elif (
            word == "and"
            and used
            and tokens[position - 1].lower in scales  # "two hundred and five", not "two and three"
            and position + 1 < len(tokens)
            and tokens[position + 1].lower.split("-")[0] in numbers
        ):
            pass
        else:
            break
        used = True
        position += 1
    if not used or position == index:
        return None
    return _Number(total + current, index, position, "words", scaled=scaled, scale=scale)


def _parse_vague(tokens: list[_Token], index: int) -> _Number | None:
    words = _words()
    found = _match_phrase_at(tokens, index, "vague_plurals")
    if found:
        label, end = found
        if tokens[index].lower == "scores" and (end >= len(tokens) or tokens[end].lower != "of"):
            return None
        return _Number(float(label), index, end, "vague", scaled=True)
    determiner = _match_phrase_at(tokens, index, "vague_determiners")
    if determiner and determiner[1] < len(tokens):
        head = tokens[determiner[1]].lower
        scale = words["scale_words"].get(head.removesuffix("s"))
        if scale:
            return _Number(float(scale), index, determiner[1] + 1, "vague", scaled=True)
    return None


def _parse_digits(tokens: list[_Token], index: int) -> _Number | None:
    token = tokens[index]
    if not token.is_digits or not _VALID_NUMBER.match(token.text):
        return None
    words = _words()
    value = float(token.text.replace(",", ""))
    position = index + 1
    scale = 1.0
    if position < len(tokens):
        following = tokens[position]
        if _adjacent(token, following) and following.lower in words["scale_suffixes"]:
            scale = float(words["scale_suffixes"][following.lower])
            position += 1
        else:
            while position < len(tokens) and tokens[position].lower in words["scale_words"]:
                scale *= words["scale_words"][tokens[position].lower]
                position += 1
            if position < len(tokens) and tokens[position].lower in words["dozen_words"]:
                scale *= words["dozen_words"][tokens[position].lower]
                position += 1
    return _Number(value * scale, index, position, "digits", scaled=scale > 1, scale=scale)


def _parse_duration_words(tokens: list[_Token], index: int) -> _Number | None:
    """ "two-week" (a number word glued to a time unit), and "a"/"an" before a time unit
    after a qualifier ("more than a decade"); the unit is read by ``_duration_at``."""
    words = _words()
    token = tokens[index]
    head, _, tail = token.lower.rpartition("-")
    if head and tail in words["duration_units"]:
        parts = head.split("-")
        if all(part in words["number_words"] for part in parts):
            value = float(sum(words["number_words"][part] for part in parts))
            return _Number(value, index, index + 1, "words")
    if (
        token.lower in {"a", "an"}
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in words["duration_units"]
        and _match_phrase_before(tokens, index, "qualifier_cues")
    ):
        return _Number(1.0, index, index + 1, "a")
    return None


def _parse_fraction_of(tokens: list[_Token], index: int) -> _Number | None:
    """A share of a whole as a percentage: "a fifth of the country" (20), "nearly half of
    the production" (50), "more than half the total", a change "by one-third" or "by half";
    not a part of a time ("the second half of the year") or a
    scaled number ("a quarter of a million", read by ``_parse_word_number``)."""
    found = _match_phrase_at(tokens, index, "fractions_of_a_whole")
    if found is None:
        return None
    value, end = found
    words = _words()
    after = tokens[end].lower if end < len(tokens) else ""
    previous = _previous_word_index(tokens, index)
    of_a_whole = (
        after == "of" and end + 1 < len(tokens) and tokens[end + 1].lower not in {"a", "an"}
    )
    before_the = after == "the" and tokens[end - 1].lower in words["fractions_before_the"]
    by_a_share = (  # "decreased by one-third", "cut ... by half." (not "by a third party")
        previous is not None
        and tokens[previous].lower == "by"
        and (not after or not tokens[end].is_word or after in words["fraction_by_followers"])
    )
    if not (of_a_whole or before_the or by_a_share):
        return None
    if previous is not None and tokens[previous].lower in _words()["fraction_blockers"]:
        return None
    return _Number(float(value), index, end, "fraction", percent=True)


def _parse_share(tokens: list[_Token], index: int) -> _Number | None:
    """A share written as a ratio, as a percentage: "one in five teachers" (20), "more than
    one in three women", "two out of three Yemenis" (66.7). share_joiners gives the largest
    whole each joiner takes as a ratio ("188 out of 200 members" are counts); the part is at
    most ten and smaller than the whole, and a time unit after the whole makes it no share
    ("two in 24 hours")."""
    part = _parse_digits(tokens, index) or _parse_word_number(tokens, index)
    if part is None or part.scaled or not 0 < part.value <= 10:
        return None
    for joiner, largest in _words()["share_joiners"].items():
        words = joiner.split()
        after = part.end + len(words)
        if [t.lower for t in tokens[part.end : after]] != words or after >= len(tokens):
            continue
        whole = _parse_digits(tokens, after) or _parse_word_number(tokens, after)
        if whole is None or whole.scaled or not part.value < whole.value <= largest:
            return None
        if whole.end < len(tokens) and tokens[whole.end].lower in _words()["time_units"]:
            return None
        if whole.end < len(tokens) and tokens[whole.end].lower in {"%", "percent"}:
            return None
        share = round(100 * part.value / whole.value, 1)
        return _Number(share, index, whole.end, "share", percent=True)
    return None


@cache
def _number_openers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What a token must be for ``_parse_number`` to read a number from it: (its text: a
    currency sign or code, "US"; its lower case: "a"/"an" or the first word of a vague,
    fraction or share phrase; the first part of its lower case before a hyphen: a number
    word), unless it starts with a digit."""
    words = _words()
    texts = {"US", *words["currency_symbols"], *words["currency_codes"]}
    lowers = {"a", "an"}
    for key in ("vague_plurals", "vague_determiners", "fractions_of_a_whole",
                "fraction_prefixes"):
        lowers.update(_phrases_by_word(key, False))
    return frozenset(texts), frozenset(lowers), frozenset(words["number_words"])


def _may_open_number(token: _Token) -> bool:
    """False where ``_parse_number`` finds no number (most words): none of its readers
    (currency, vague, share, digits, duration, fraction, number words) starts there."""
    texts, lowers, numbers = _number_openers()
    return (
        token.is_digits
        or token.text in texts
        or token.lower in lowers
        or token.lower.split("-", 1)[0] in numbers
    )


def _parse_number(tokens: list[_Token], index: int) -> _Number | None:
    """A number (with currency and percent) starting at ``index``."""
    symbols: dict[str, str] = _words()["currency_symbols"]
    codes: dict[str, str] = _words()["currency_codes"]
    currency = None
    core_index = index
    token = tokens[index]
    if (
        token.text == "US"
        and index + 1 < len(tokens)
        and tokens[index + 1].text == "$"
        and _adjacent(token, tokens[index + 1])
    ):
        currency, core_index = symbols["us$"], index + 2
    elif token.text in symbols:
        currency, core_index = symbols[token.text], index + 1
    elif token.text in codes and index + 1 < len(tokens) and tokens[index + 1].is_digits:
        currency, core_index = codes[token.text], index + 1  # "EUR 550 million"
    if core_index >= len(tokens):
        return None
    number = _parse_vague(tokens, core_index)
    if number is None and currency is None:
        number = _parse_share(tokens, core_index)
    if number is None:
        number = _parse_digits(tokens, core_index)
    if number is None and currency is None:
        number = _parse_duration_words(tokens, core_index)
    if number is None and currency is None:
        number = _parse_fraction_of(tokens, core_index)  # before "two" of "two thirds of"
    if number is None and tokens[core_index].is_word:
        number = _parse_word_number(tokens, core_index)
    if number is None:
        return None
    number.core = core_index
    number.first = index
    number.currency = currency
    _add_a_half(tokens, number)
    if currency is None:
        named = _match_phrase_at(tokens, number.end, "currency_names")
        if named:
            number.currency, number.end = named
        elif number.end < len(tokens) and tokens[number.end].text in codes:
            number.currency, number.end = codes[tokens[number.end].text], number.end + 1
    if number.currency is None:
        percent = _match_phrase_at(tokens, number.end, "percent_words")
        if percent:
            number.percent, number.end = True, percent[1]
    return number


def _add_a_half(tokens: list[_Token], number: _Number) -> None:
    """ "ten and a half years" = 10.5 years, "two and a half million" = 2,500,000 (rule
    and_a_half): the fraction after a whole number, then the scale word after it."""
    words = _words()
    if number.kind not in {"digits", "words"} or number.scaled:
        return
    half = _match_phrase_at(tokens, number.end, "half_suffixes")
    if half is None:
        return
    number.value += half[0]
    number.end = half[1]
    if number.end < len(tokens) and tokens[number.end].lower in words["scale_words"]:
        scale = words["scale_words"][tokens[number.end].lower]
        number.value *= scale
        number.scaled, number.scale = True, scale
        number.end += 1


def _previous_word_index(tokens: list[_Token], index: int) -> int | None:
    """Index of the word before ``index``, looking through one "." or "#" ("No. 5")."""
    position = index - 1
    if position >= 0 and tokens[position].text in {".", "#"}:
        position -= 1
    return position if position >= 0 and tokens[position].is_word else None


def _word_before_parentheses(tokens: list[_Token], index: int) -> int | None:
    """Index of the word before a short parenthesis that ends just before ``index``."""
    if index < 3 or tokens[index - 1].text != ")":
        return None
    for position in range(index - 2, max(0, index - 8), -1):
        if tokens[position].text == "(":
            return position - 1 if tokens[position - 1].is_word else None
    return None


def _sentence_initial(tokens: list[_Token], index: int) -> bool:
    return index == 0 or tokens[index - 1].text in _SENTENCE_END | {'"', "“", "(", "—"}


def _looks_plural(word: str) -> bool:
    words = _words()
    low = word.lower()
    if low in words["irregular_plural_nouns"]:
        return True
    if low.endswith(tuple(words["irregular_plural_suffixes"])) and len(low) > 4:
        return low not in words["irregular_plural_suffix_exceptions"]
    return (
        len(low) > 2
        and low.endswith("s")
        and not low.endswith(("ss", "'s", "’s"))
        and low not in words["non_plural_s_words"]
        and not word.isupper()
    )


def _inside_brackets(tokens: list[_Token], index: int, reach: int = 30) -> bool:
    """Whether an opening bracket within ``reach`` tokens before ``index`` is still open."""
    depth = 0
    for token in tokens[max(0, index - reach) : index]:
        depth += (token.text == "(") - (token.text == ")")
        depth = max(depth, 0)
    return depth > 0


def _is_label(tokens: list[_Token], number: _Number) -> bool:
    """A label, not a count: "Branch 215", "Resolution 2254", "Route 1", "No. 5"."""
    if number.currency or number.kind in {"vague", "fraction", "share"}:
        return False
    first, end = number.first, number.end
    if (
        number.kind == "digits"
        and first > 0
        and end < len(tokens)
        and tokens[first - 1].text == "("
        and tokens[end].text == ")"
        and _adjacent(tokens[first - 1], tokens[first])
        and _adjacent(tokens[end - 1], tokens[end])
    ):
        return True  # a list marker or a reference: "(1) Criminal cartels", "(2)"
    if (
        number.kind == "digits"
        and end < len(tokens)
        and tokens[end].text == ")"
        and _adjacent(tokens[end - 1], tokens[end])
        and not _inside_brackets(tokens, first)
    ):
        return True  # a list marker with no opening bracket: "focus on 1) support for
        # Ukraine; 2) enhancing cooperation"; not "(the blast killed 12)"
    if end < len(tokens) and tokens[end].lower in _words()["label_followers"]:
        return True  # a code's title: "50 U.S.C. 1701"
    before_aside = _word_before_parentheses(tokens, number.first)
    if before_aside is not None and tokens[before_aside].lower in _words()["label_words"]:
        return True  # "Executive Order (E.O.) 13224"
    previous = _previous_word_index(tokens, number.first)
    if previous is None:
        # "#5", "§ 2751" (rule section_sign_labels)
        return tokens[number.first - 1].text in _words()["label_symbols"] if number.first else False
    word = tokens[previous]
    if word.lower in _words()["label_words"]:
        return True
    if previous < number.first - 1 and tokens[number.first - 1].text == ".":
        # across a full stop only a label word labels ("No. 5"): "in Gaza. Three" counts,
        # a list marker does not ("Minister. 1. Unofficial results")
        return (
            number.end < len(tokens)
            and tokens[number.end].text == "."
            and _adjacent(tokens[number.end - 1], tokens[number.end])
        )
    if word.lower.endswith(("'s", "’s")):
        return False  # a possessive owns a count: "Europe's five top military powers"
    if not word.text[0].isupper() or _sentence_initial(tokens, previous):
        return False
    known = (
        set(_words()["casualty_cues_before"])
        | {w for phrase in _phrase_table("qualifier_cues") for w in phrase}
        | set(_words()["vague_determiners"])
    )
    if word.lower in known:
        return False
    following = tokens[number.end] if number.end < len(tokens) else None
    return not (following is not None and following.is_word and _looks_plural(following.text))


def _is_excluded(tokens: list[_Token], number: _Number, blocked: SpanIndex) -> bool:
    words = _words()
    first = tokens[number.first]
    core = tokens[number.core]
    last = tokens[number.end - 1]
    if blocked.overlaps(first.start, last.end):
        return True
    if number.kind == "digits" and not number.currency:
        before = tokens[number.first - 1] if number.first else None
        if (
            before is not None
            and _adjacent(before, core)
            and (before.is_word or before.is_digits or before.text in _GLUED_TO_A_NAME)
        ):
            return True
    if number.end < len(tokens):
        after = tokens[number.end]
        glued = _adjacent(last, after)
        if glued and (after.is_word or after.text in {"/", ":", "+"}):  # "the 3+1 mechanism"
            return True
        if glued and after.text in {"-", "–"} and number.end + 1 < len(tokens):
            nxt = tokens[number.end + 1]
            if (
                nxt.is_word
                and nxt.lower not in words["scale_words"]
                and nxt.lower not in words["duration_units"]
                and nxt.lower not in words["hyphen_measure_units"]
                and nxt.lower not in words["hyphen_count_units"]
            ):
                return True  # "12-year-old"; not "a 30-day truce", "a 400-mile march", "5-member"
        if after.lower in words["time_of_day_suffixes"]:
            return True
        if (
            after.lower in words["time_units"]
            and after.lower not in words["duration_units"]
            and last.lower.rsplit("-", 1)[-1] not in words["duration_units"]
            and not _counted_despite_time_unit(after.lower, number.value)
        ):
            return True  # "three times", "two rounds", "two terms"; not "20 million rounds" of
            # ammunition nor "a five-year term" (a duration already)
        compound = after.lower.split("-")
        if after.is_word and len(compound) > 1 and compound[0] in words["time_units"]:
            return True  # "12 year-old"
    return (
        _is_label(tokens, number)
        or _is_identifier(tokens, number)
        or _is_age(tokens, number)
        or _is_reading(tokens, number)
    )


def _is_identifier(tokens: list[_Token], number: _Number) -> bool:
    """A number that names, not counts (rule identifier_not_count): a list marker opening the
    text ("1. In the Middle East"), or a number in a list after an identifier noun
    ("sections 2, 3, 4, and 5", "title 3")."""
    if number.kind != "digits" or number.currency:
        return False
    first = number.first
    if first == 0 and number.end < len(tokens) and tokens[number.end].text == ".":
        return _adjacent(tokens[number.end - 1], tokens[number.end])
    following = tokens[number.end] if number.end < len(tokens) else None
    if following is not None and following.is_word and _looks_plural(following.text):
        return False  # a count after a verb: "the court orders 5 people released"
    position = first - 1
    while position >= 0 and (
        tokens[position].is_digits or tokens[position].lower in {",", "and", "or"}
    ):
        position -= 1
    return (
        position >= 0
        and tokens[position].lower in _words()["identifier_nouns"]
        and tokens[position + 1].is_digits
    )


def _counted_despite_time_unit(word: str, value: float) -> bool:
    """A word that counts times when small ("two rounds" of talks) and things when large
    ("20 million rounds" of ammunition)."""
    threshold = _words()["time_units_counted_from"].get(word)
    return threshold is not None and value >= threshold


def _is_reading(tokens: list[_Token], number: _Number) -> bool:
    """A reading on a scale, not a count: "magnitude 6.3", "a magnitude of 4.0", "a 6.3
    magnitude earthquake", "the magnitude was 5.5", "the 5.0 earthquake"."""
    words = _words()
    readings = words["reading_words"]
    previous = number.first - 1
    if previous > 0 and tokens[previous].lower in words["reading_links"]:
        previous -= 1  # "a magnitude of 4.0", "the magnitude was 5.5"
    if previous >= 0 and tokens[previous].lower in readings:
        return True
    if number.end >= len(tokens):
        return False
    following = tokens[number.end].lower
    decimal = number.kind == "digits" and "." in tokens[number.core].text
    after_a_decimal = words["reading_nouns_after_a_decimal"]
    return following in readings or (decimal and following in after_a_decimal)


def _is_age(tokens: list[_Token], number: _Number) -> bool:
    """An age, not a count: "aged 78", "at the age of 95", "Zamora, 67, attended"."""
    if number.currency or number.percent or number.kind not in {"digits", "words"}:
        return False
    if _match_phrase_before(tokens, number.first, "age_cues_before"):
        return True
    if _in_a_list_of_ages(tokens, number) or _age_bound(tokens, number):
        return True
    first, end = number.first, number.end
    if (  # "He was 86.", "Gee was 17 when he arrived", "He would have been 80 on ..."
        number.kind == "digits"
        and number.value < 120
        and _match_phrase_before(tokens, first, "age_cues_person_before")
        and (
            end == len(tokens)
            or tokens[end].text in {".", ",", ";"}
            or tokens[end].lower in _words()["age_followers"]
        )
    ):
        return True
    return (
        number.kind == "digits"
        and number.value < 120
        and first >= 2
        and end < len(tokens)
        and tokens[first - 1].text == ","
        and tokens[end].text == ","
        and tokens[first - 2].is_word
        and (  # "Zamora, 67, attended", "Another brother, 22, was still chained"
            tokens[first - 2].text[0].isupper()
            or tokens[first - 2].lower in _words()["person_nouns"]
        )
        and not (first >= 3 and tokens[first - 3].lower in _words()["place_prepositions"])
        and not _match_phrase_at(tokens, end + 1, "aside_openers")
    )


def _age_bound(tokens: list[_Token], number: _Number) -> bool:
    """An age limit after a group of people (rule age_bound_after_people): "children under
    five", "people over 65", "those under 19"; "people over 3 days" counts days."""
    words = _words()
    if number.value >= 120 or number.core < 2:
        return False
    cue, holder = tokens[number.core - 1], tokens[number.core - 2]
    if cue.lower not in words["age_bound_cues"] or holder.lower not in words["age_bound_holders"]:
        return False
    end = number.end
    if end < len(tokens) and tokens[end].is_word:
        following = tokens[end].lower
        if following not in words["age_list_units"] and _looks_plural(following):
            return False
    return True


def _in_a_list_of_ages(tokens: list[_Token], number: _Number) -> bool:
    """A later item of a list or range of ages opened by an age cue (rule ages_in_a_list):
    "men aged 18 to 60", "aged nine, ten, thirteen and 49", "ranging in age from eleven to
    75"; an item that goes on to a counted noun is a count ("aged 45, and 12 others")."""
    words = _words()
    end = number.end
    if end < len(tokens) and tokens[end].is_word:
        following = tokens[end].lower
        if following not in words["age_list_units"] and (
            _looks_plural(following) or following in words["person_nouns"]
        ):
            return False
    joiners = set(words["age_list_joiners"])
    numbers: dict[str, int] = words["number_words"]
    index = number.first - 1
    seen_joiner = False
    for _ in range(words["age_list_reach"]):
        if index < 0:
            return False
        token = tokens[index]
        if token.lower in joiners:
            seen_joiner = True
        elif seen_joiner and (token.is_digits or token.lower.split("-")[0] in numbers):
            if _match_phrase_before(tokens, index, "age_cues_before"):
                return True
            seen_joiner = False
        else:
            return False
        index -= 1
    return False


def _skip_partitive(tokens: list[_Token], index: int, number: _Number) -> int:
    """Index of the counted noun phrase: past "of" after vague plurals and scale words."""
    if [t.lower for t in tokens[index : index + 2]] == ["out", "of"] and index + 2 < len(tokens):
        whole = _parse_number(tokens, index + 2)
        if whole is not None and whole.kind in {"digits", "words"} and not whole.currency:
            # "188 out of 200 members", "17 out of 18 of the area's districts": the whole's
            return _skip_partitive(tokens, whole.end, whole)  # counted noun
    if index < len(tokens) and tokens[index].lower == "of":
        if number.kind == "vague" or number.scaled:
            index += 1
            if index < len(tokens) and tokens[index].lower in {"the", "their", "its"}:
                index += 1
                whole = _parse_number(tokens, index) if index < len(tokens) else None
                if whole is not None and whole.kind in {"digits", "words"} and not whole.currency:
                    index = whole.end  # "20 million of the 150 million chickens"
        elif (owner_end := _capitalised_owner_end(tokens, index + 1)) is not None:
            index = owner_end  # "two of Khan's victims", "700 of Sub-Saharan Africa's most
            # promising young leaders"
        elif index + 1 < len(tokens) and tokens[index + 1].lower in {
            "the",
            "its",
            "their",
            "his",
            "her",
            "our",
            "these",
            "those",
        }:
            index += 2
            if (
                index + 1 < len(tokens)
                and tokens[index].lower.endswith(("'s", "’s"))
                and tokens[index + 1].is_digits
            ):
                index += 1  # "12 of the state's 41 pledged delegates": past the owner
            whole = _parse_number(tokens, index) if index < len(tokens) else None
            if whole is not None and whole.kind in {"digits", "words"} and not whole.currency:
                index = whole.end  # "74 of the 141 governments": the whole's counted noun
    return index


def _capitalised_owner_end(tokens: list[_Token], index: int) -> int | None:
    """The index after a name of one to three capitalised words ending in "'s" at ``index``
    when a plural noun follows it within four words ("Khan's victims", "Sub-Saharan Africa's
    most promising young leaders"), else None."""
    for end in range(index, min(index + 4, len(tokens))):
        word = tokens[end].text
        if not (word[:1].isupper() or word == "-"):
            return None
        if tokens[end].lower.endswith(("'s", "’s")):
            following = tokens[end + 1 : end + 5]
            plural = next((i for i, t in enumerate(following) if _looks_plural(t.text)), None)
            if plural is None or any(t.text[:1].isupper() or not t.text.isalpha()
                                     for t in following[:plural]):
                return None
            return end + 1
    return None


def _head_noun(tokens: list[_Token], index: int, *, singular: bool) -> tuple[str, int]:
    """The counted noun after a number and the index after it ("" when there is none)."""
    words = _words()
    if not singular and _invariant_demonym(tokens, index):
        return tokens[index].text, index + 1  # "killed five Lebanese and two Syrians"
    stop = set(words["unit_stop_words"])
    casualty_after = {phrase[0] for phrase in _phrase_table("casualty_cues_after")}
    seen: list[int] = []
    plural_run: list[int] = []
    position = index
    while position < len(tokens) and len(seen) < 8:
        token = tokens[position]
        if token.line_start:
            break  # a title without a full stop: "... rises to 31" over "Pakistan officials"
        if token.text == "," or token.lower in {"and", "or"}:
            if plural_run or not seen:
                break
        elif token.text == "-" and seen and seen[-1] == position - 1 and (
            _adjacent(tokens[position - 1], token)
            and position + 1 < len(tokens)
            and tokens[position + 1].lower in {"and", "or"}
        ):
            pass  # "45,000 large- and small-scale farmers": a hyphen left hanging
        elif token.is_word:
            low = token.lower
            acronym = len(token.text) > 1 and token.text.isupper()  # "IS fighters", "US troops"
            participle = (  # "221 reported cases", "40 confirmed deaths"
                low in words["participles_before_nouns"]
                and not seen
                and position + 1 < len(tokens)
                and tokens[position + 1].is_word
                and _looks_plural(tokens[position + 1].text)
            )
            if (low in stop and not acronym and not participle) or (
                low in casualty_after and not plural_run and not seen
            ):
                break
            if plural_run and not _looks_plural(token.text):
                break
            if not singular and _looks_plural(token.text):
                plural_run.append(position)
            seen.append(position)
        else:
            break
        position += 1
    if plural_run:
        return tokens[plural_run[-1]].text, plural_run[-1] + 1
    if singular:
        for candidate in seen:
            if tokens[candidate].lower in words["person_nouns"]:
                return tokens[candidate].text, candidate + 1
    for candidate in seen:
        if tokens[candidate].lower in words["measure_units"]:
            return tokens[candidate].text, candidate + 1
    if (
        seen
        and seen[-1] == position - 1
        and tokens[seen[-1]].text[0].isupper()
        and position < len(tokens)
        and tokens[position].lower in words["demonym_followers"]
    ):
        return tokens[seen[-1]].text, position  # "1.1 million Sudanese have fled"
    return "", index


def _invariant_demonym(tokens: list[_Token], index: int) -> bool:
    """Whether a count's noun is a people's name with no plural ending ("300 Congolese
    crossed", "killed five Lebanese and two Syrians", "12 Sudanese."): a capitalised word
    with one of ``invariant_demonym_suffixes``, not a modifier of a noun after it ("200
    Chinese troops", "Chinese-made drones")."""
    if index >= len(tokens):
        return False
    word = tokens[index]
    if not (word.is_word and word.text[0].isupper()) or word.text.isupper():
        return False
    if not word.lower.endswith(tuple(_words()["invariant_demonym_suffixes"])):
        return False
    if index + 1 == len(tokens):
        return True
    after = tokens[index + 1]
    if after.line_start:
        return True
    if after.text == "-" or (after.is_word and _adjacent(word, after)):
        return False
    return not after.is_word or not (after.text[0].isupper() or _looks_plural(after.text))


def _casualty_before(tokens: list[_Token], index: int) -> str | None:
    if index > 0 and tokens[index - 1].lower in {"another", "all"}:  # "killed all six"
        index -= 1
    found = _match_phrase_before(tokens, index, "casualty_cues_before")
    return found[0] if found else None


def _starts_object(tokens: list[_Token], index: int) -> bool:
    """True when the words at ``index`` look like the object of an active verb."""
    if index >= len(tokens):
        return False
    token = tokens[index]
    if token.is_digits or token.text in _words()["currency_symbols"]:
        return True
    if not token.is_word:
        return False
    words = _words()
    return (
        token.lower in words["object_starters"]
        or token.lower.split("-")[0] in words["number_words"]
        or token.lower in words["vague_plurals"]
        or (token.text[0].isupper() and not _sentence_initial(tokens, index))
        or _looks_plural(token.text)
    )


def _casualty_after(tokens: list[_Token], index: int) -> str | None:
    """Casualty cue after the count ("12 people were killed", "30 dead"); in "gunmen killed
    three" the counted gunmen are the actors, not victims."""
    words = _words()
    gap = set(words["casualty_gap_words"])
    auxiliaries = set(words["passive_auxiliaries"])
    position = _past_aside(tokens, index)
    passive = False
    skipped_place = False
    for _ in range(6):
        found = _match_phrase_at(tokens, position, "casualty_cues_after")
        if found:
            label, end = found
            transitive = tokens[position].lower in words["transitive_casualty_verbs"]
            if transitive and not passive and _starts_object(tokens, end):
                return None
            return label
        if position < len(tokens) and (
            tokens[position].lower in gap or tokens[position].lower.endswith("ly")
        ):
            passive = passive or tokens[position].lower in auxiliaries
            position += 1
            continue
        if not skipped_place and position == index:
            after_place = _past_place_phrase(tokens, position)
            if after_place is not None:  # "All 189 on the aircraft died"
                skipped_place, position = True, after_place
                continue
        break
    return None


def _past_aside(tokens: list[_Token], index: int) -> int:
    """The index after an aside between commas or dashes that opens with one of
    ``aside_openers`` ("30 people, including 12 children, died"), else ``index``."""
    if index + 1 >= len(tokens) or tokens[index].text not in {",", "—", "–", "("}:
        return index
    if not _match_phrase_at(tokens, index + 1, "aside_openers"):
        return index
    closer = {"(": ")"}.get(tokens[index].text, tokens[index].text)
    for position in range(index + 2, min(len(tokens), index + 16)):
        if tokens[position].text == closer:
            return position + 1
        if tokens[position].text in _SENTENCE_END:
            break
    return index


def _past_place_phrase(tokens: list[_Token], index: int) -> int | None:
    """The index after a short place phrase ("on the aircraft", "from various groups")
    when a casualty cue or an auxiliary follows it, else None."""
    words = _words()
    if index >= len(tokens) or tokens[index].lower not in words["place_prepositions"]:
        return None
    stop = set(words["casualty_gap_words"]) | (set(words["unit_stop_words"]) - {"the", "a", "an"})
    if index + 1 >= len(tokens) or not tokens[index + 1].is_word:
        return None
    for position in range(index + 2, min(len(tokens), index + 6)):
        token = tokens[position]
        if _match_phrase_at(tokens, position, "casualty_cues_after") or (
            token.lower in words["passive_auxiliaries"] or token.lower in {"have", "has", "had"}
        ):
            return position
        if not token.is_word or token.lower in stop:
            return None
    return None


def _parse_range_end(tokens: list[_Token], number: _Number, start_index: int) -> _Number | None:
    """Upper end of "between A and B", "A-B", "A to B", "A or B"."""
    if number.end + 1 >= len(tokens) or number.kind == "vague":
        return None
    joiner = tokens[number.end]
    if joiner.lower not in _words()["range_joiners"]:
        return None
    if joiner.lower == "and" and not (
        start_index > 0 and tokens[start_index - 1].lower == "between"
    ):
        return None
    upper = _parse_number(tokens, number.end + 1)
    if upper is None or upper.kind == "vague" or upper.kind != number.kind:
        return None
    if (number.percent and not upper.percent) or (number.currency and upper.percent):
        return None  # "fell 3.77% to $95.61": a change and a new level, not one range
    if joiner.text in {"-", "–"} and not (
        _adjacent(tokens[number.end - 1], joiner) and _adjacent(joiner, tokens[upper.first])
    ) and not (number.currency and upper.currency):  # "$6 - $8 billion": one range
        return None
    return upper


def _changes_from(tokens: list[_Token], start_index: int) -> bool:
    """ "from A to B" after a word of change in its clause ("increase the number of
    destroyers from four to six", "leaped from 46 percent to 85 percent"): two figures, a
    before and an after, not one range."""
    if start_index == 0 or tokens[start_index - 1].lower != "from":
        return False
    words = _words()
    cues = set(words["change_from_cues"])
    for position in range(
        start_index - 2, max(-1, start_index - 2 - words["change_from_reach"]), -1
    ):
        token = tokens[position]
        if token.text in _SENTENCE_END or token.text in {";", ":"}:
            return False
        if token.lower in cues:
            return True
    return False


@dataclass
class _Found:
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    start: int
    end: int
    casualty: str | None
    refers_back: bool = False  # "four others": the counted noun comes from before
    reach_back: int = 0  # sentences back its antecedent may be ("eight of them": 1)
    counts_people: bool = True  # not money, a percentage or a duration
    single_victim: bool = False  # "a woman": no antecedent for "nineteen others"
    unit_guessed: bool = False  # "people" for a casualty count without a noun ("11 wounded")
    large_scale: bool = False  # written with "million" or more ("2.5 billion", "millions")
    first_token: int = -1  # index of its first token (qualifier included)
    after_token: int = -1  # index after its counted noun (or after the number)


def _duration_at(tokens: list[_Token], number: _Number, index: int) -> tuple[str, int] | None:
    """A duration after the number ("three days", "two decades", "30-day", "two-week"): its
    unit in the plural and the index after it; None when there is none or when it places
    something in time instead ("13 years earlier", "24 hours ago", "a 12-year-old")."""
    words = _words()
    units: dict[str, str] = words["duration_units"]
    compound = tokens[number.end - 1].lower.rsplit("-", 1)
    if number.kind == "words" and len(compound) == 2 and compound[1] in units:
        unit_word, after = compound[1], number.end  # "a two-week ceasefire"
    elif (
        index + 1 < len(tokens)
        and tokens[index].text in {"-", "–"}
        and _adjacent(tokens[index - 1], tokens[index])
        and tokens[index + 1].lower in units
    ):
        unit_word, after = tokens[index + 1].lower, index + 2  # "a 30-day truce"
    elif index < len(tokens) and tokens[index].lower in units:
        unit_word, after = tokens[index].lower, index + 1
    else:
        return None
    if (
        after < len(tokens)
        and tokens[after].text in {"-", "–"}
        and _adjacent(tokens[after - 1], tokens[after])
    ):
        return None  # "a 12-year-old boy"; not "the last two years – a long time –"
    if _match_phrase_at(tokens, after, "relative_time_followers"):
        return None
    if _match_phrase_before(tokens, number.first, "age_cues_before"):
        return None
    number.value *= words["duration_multipliers"].get(unit_word, 1)
    return units[unit_word], after


def _hyphen_measure(tokens: list[_Token], number: _Number, index: int) -> tuple[str, int] | None:
    """A measure or a count of members glued to the number by a hyphen ("400-mile",
    "30-kilometer", "100,000-square-kilometer", "3.5 million-square-kilometer", the scale word
    glued to the unit; "the 27-nation bloc"): its unit in the plural and the index after it."""
    words = _words()
    units: dict[str, str] = {**words["hyphen_measure_units"], **words["hyphen_count_units"]}
    if (
        index + 1 < len(tokens)
        and tokens[index].text in {"-", "–"}
        and _adjacent(tokens[index - 1], tokens[index])
        and _adjacent(tokens[index], tokens[index + 1])
        and tokens[index + 1].lower in units
    ):
        return units[tokens[index + 1].lower], index + 2
    scale, _, unit = tokens[index].lower.partition("-") if index < len(tokens) else ("", "", "")
    if number.kind == "digits" and scale in words["scale_words"] and unit in units:
        number.value *= words["scale_words"][scale]
        return units[unit], index + 1
    return None


def _casualty_adjective(tokens: list[_Token], index: int) -> tuple[str, int] | None:
    """A casualty participle before the counted noun ("17 injured people")."""
    if index + 1 >= len(tokens):
        return None
    role = _words()["casualty_adjectives"].get(tokens[index].lower)
    if role and tokens[index + 1].is_word and _looks_plural(tokens[index + 1].text):
        return role, index + 1
    return None


def _victims_named_by_role(tokens: list[_Token], index: int) -> str | None:
    """The role of "the dead", "the injured", "the deceased" at ``index`` (a casualty word
    standing for the people, right after "the" and before no noun): "Four of the deceased
    were from overseas" counts people dead; else None."""
    if index == 0 or index >= len(tokens) or tokens[index - 1].lower != "the":
        return None
    role = _words()["victims_by_role"].get(tokens[index].lower)
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if role is None or (
        following is not None
        and following.is_word
        and following.lower not in _words()["unit_stop_words"]
    ):
        return None  # "the injured soldiers": the noun counts
    return role


@cache
def _casualty_roles() -> frozenset[str]:
    """Every casualty role ("killed", "dead", "wounded", ...)."""
    words = _words()
    return frozenset(words["casualty_cues_before"].values()) | frozenset(
        words["casualty_cues_after"].values()
    )


def _with_role(unit: str, casualty: str | None) -> str:
    """The casualty role is part of the unit: "people killed", "civilians displaced"."""
    if not casualty or not unit or unit in {"USD", "EUR", "GBP", "lives", "bodies", "percent"}:
        return unit
    if _says_its_role(unit):  # "deaths" already says the role
        return unit
    if casualty in unit.split():
        return unit
    return f"{unit} {casualty}"


def _quantity_at(tokens: list[_Token], number: _Number) -> tuple[_Found | None, int]:
    """Build the quantity that ``number`` begins; returns it and the index to go on from."""
    words = _words()
    qualifier_match = _match_phrase_before(tokens, number.first, "qualifier_cues")
    qualifier = qualifier_match[0] if qualifier_match else "exact"
    start_index = qualifier_match[1] if qualifier_match else number.first
    if number.kind == "vague":
        qualifier = "vague_plural"
    upper = _parse_range_end(tokens, number, start_index)
    after: _Number | None = None  # "from four to six": the figure after the change
    if upper is not None and _changes_from(tokens, start_index):
        after, upper = upper, None  # a before and an after: each is read on its own
        if not number.scaled and after.scaled and number.value * after.scale <= after.value:
            number.value *= after.scale  # "from 110 to 190 million"
        number.currency = number.currency or after.currency
        number.percent = number.percent or after.percent
    value_max = None
    end_index = number.end
    tally = _vote_tally(tokens, number, start_index)
    if tally is not None:
        return tally, number.end  # "votes 39–0": 39 votes in favour, then 0 votes against
    if upper is not None and tokens[number.end].text in {"-", "–"} and upper.value <= number.value:
        return None, upper.end  # a score or a vote: "won 1-0", "52-48"
    if upper is not None:
        if not number.scaled and upper.scaled and number.value * upper.scale <= upper.value:
            number.value *= upper.scale
        if number.value < upper.value:
            value_max = upper.value
            end_index = upper.end
            number.currency = number.currency or upper.currency
            number.percent = number.percent or upper.percent
            qualifier = "range" if qualifier == "exact" else qualifier
        if start_index > 0 and tokens[start_index - 1].lower == "between":
            start_index -= 1
    if [t.lower for t in tokens[end_index : end_index + 2]] == ["or", "so"]:
        qualifier = "approx" if qualifier == "exact" else qualifier
        end_index += 2
    # "100 or more employees", "$1,000 or more" (rule or_more_after_a_count)
    qualifier, end_index = _qualifier_after(tokens, end_index, qualifier)
    casualty = _casualty_before(tokens, start_index)
    duration = None
    if not number.currency and not number.percent:
        duration = _duration_at(tokens, number, end_index)
    if duration is None and number.kind == "a":
        return None, number.end  # "a" counts only a qualified duration ("over a decade")
    if (
        duration is None
        and number.kind == "words"
        and number.value == 1
        and casualty is None
        and not (number.percent or number.currency)  # "one percent of them" is a share
    ):
        after_one = _head_noun(tokens, end_index, singular=True)
        if _casualty_after(tokens, after_one[1]) is None:
            return None, number.end
    after_determiner = unit_guessed = False
    if number.kind == "words" and casualty is None and qualifier == "exact" and duration is None:
        previous = _previous_word_index(tokens, start_index)
        after_determiner = (
            previous == start_index - 1 and tokens[previous].lower in words["anaphoric_determiners"]
        )
    refers_back = False
    reach_back = 0
    if number.currency:
        unit, unit_end = number.currency, end_index
    elif number.percent:
        unit, unit_end = words["percent_unit"], end_index
    elif duration is not None:
        unit, unit_end = duration
        end_index = max(end_index, unit_end)
    elif (measure := _hyphen_measure(tokens, number, end_index)) is not None:
        unit, unit_end = measure  # "a 400-mile march": miles
        end_index = unit_end
    else:
        noun_index = _skip_partitive(tokens, end_index, number)
        if noun_index < len(tokens) and tokens[noun_index].lower in words["unit_skip_words"]:
            noun_index += 1  # "60,000 such operations": the noun after "such"
        referring = _match_phrase_at(tokens, noun_index, "referring_counts")
        if referring:  # "four others", "twelve more", "four of them": what they stand for
            refers_back = True
            reach_back, noun_index = referring
        if (
            noun_index + 1 < len(tokens)
            and tokens[noun_index].text in {"“", '"'}
            and _adjacent(tokens[noun_index], tokens[noun_index + 1])
        ):
            noun_index += 1  # 23 “high-threat illegal aliens”: the noun inside the quotes
        adjective = _casualty_adjective(tokens, noun_index)
        if adjective:
            casualty, noun_index = adjective
        unit, unit_end = _head_noun(tokens, noun_index, singular=number.value == 1)
        if not unit and (victims := _victims_named_by_role(tokens, noun_index)):
            casualty, unit, unit_end = victims, words["victims_unit"], noun_index + 1
        if number.kind == "vague" and unit.lower() in words["currency_names"]:
            unit = words["currency_names"][unit.lower()]  # "millions of dollars": USD
        if not unit and after_determiner and _counts_people_who(tokens, noun_index, number):
            unit, unit_end = "people", noun_index  # "the 78 who were released"
        if unit.lower() in words["time_units"] and not _counted_despite_time_unit(
            unit.lower(), number.value
        ):
            return None, end_index
        if after_determiner and (number.value <= 2 or referring or not unit):
            # "the three sites" counts them; "the two regimes" names a pair, and "the
            # three of them" points back
            return None, number.end
        if not unit and after is not None:  # "from five to 10 years": the after's unit
            unit = (
                _duration_at(tokens, after, after.end)
                or _head_noun(tokens, after.end, singular=False)
            )[0]
        if not unit:
            unit_end = referring[1] if referring else end_index
    if not number.currency and not number.percent and duration is None:
        preceding_noun = _match_phrase_before(tokens, start_index, "unit_from_preceding_noun")
        if preceding_noun:
            unit = preceding_noun[0]
        if unit:  # "Sixty-six people or more were injured", "25 years or more"
            qualifier, unit_end = _qualifier_after(tokens, unit_end, qualifier)
        casualty = casualty or _casualty_after(tokens, unit_end)
        if unit.lower() in words["role_taking_nouns"] and casualty is None:
            toll = _unit_from_nearby_noun(tokens, start_index) or ""  # "the death toll rising
            if (role := toll.rpartition(" ")[2]) in _casualty_roles():  # to 22 people": killed
                casualty = role
        if (
            not unit
            and unit_end < len(tokens)
            and tokens[unit_end].lower in words["casualty_nouns"]
        ):
            unit = tokens[unit_end].lower  # "eleven deaths" counts deaths, not people
        if not unit:
            nominal = _match_phrase_before(tokens, start_index, "unit_from_nominal_cue")
            nearby = _unit_from_nearby_noun(tokens, start_index)
            if nominal:
                unit = nominal[0]
            elif nearby:
                unit = nearby
            elif casualty and not refers_back:
                unit, unit_guessed = "people", True
            role = unit.split()[-1] if unit else ""  # "the death toll rose to 14": killed
            if (nominal or nearby) and casualty is None and role in _casualty_roles():
                casualty = role
    found = _Found(
        value=number.value,
        value_max=value_max,
        unit=unit,
        qualifier=qualifier,
        start=tokens[start_index].start,
        end=tokens[end_index - 1].end,
        casualty=casualty,
        refers_back=refers_back and not unit,
        reach_back=reach_back,
        counts_people=not (number.currency or number.percent or duration),
        first_token=start_index,
        after_token=max(unit_end, end_index),
        unit_guessed=unit_guessed,
        large_scale=number.scaled and number.value >= words["money_continuation_min_value"],
    )
    return found, end_index


def _counts_people_who(tokens: list[_Token], index: int, number: _Number) -> bool:
    """A bare count of more than one followed by "who" counts people ("the 78 who were
    released")."""
    return (
        index < len(tokens)
        and tokens[index].lower in _words()["people_relative_pronouns"]
        and number.value > 1
        and not (number.currency or number.percent)
    )


def _people_before_who(tokens: list[_Token], found: list[_Found]) -> None:
    """A bare count still without a noun that "who" follows counts people ("Of the 2.8
    million who voted"); run after the elided-noun pass, which names them better
    ("about 65 contributors ... another 250 who have volunteered")."""
    for quantity in found:
        after = quantity.after_token
        if (
            not quantity.unit
            and quantity.counts_people
            and quantity.value > 1
            and 0 <= after < len(tokens)
            and tokens[after].lower in _words()["people_relative_pronouns"]
        ):
            quantity.unit, quantity.refers_back = "people", False


def _vote_tally(tokens: list[_Token], number: _Number, start_index: int) -> _Found | None:
    """A vote's tally after a word of voting ("votes 39–0", "voted 368-7", "a vote of
    52–48"): the first number counts the votes in favour, the one after the dash the votes
    against."""
    if number.kind != "digits" or number.currency or number.percent:
        return None
    dash = {"-", "–", "—"}
    unit = None
    if (
        number.end + 1 < len(tokens)
        and tokens[number.end].text in dash
        and tokens[number.end + 1].is_digits
        and _match_phrase_before(tokens, start_index, "vote_words")
    ):
        unit = "votes in favour"
    elif (
        start_index >= 2
        and tokens[start_index - 1].text in dash
        and tokens[start_index - 2].is_digits
        and _match_phrase_before(tokens, start_index - 2, "vote_words")
    ):
        unit = "votes against"
    if unit is None:
        return None
    return _Found(
        value=number.value,
        value_max=None,
        unit=unit,
        qualifier="exact",
        start=tokens[start_index].start,
        end=tokens[number.end - 1].end,
        casualty=None,
        counts_people=False,
        first_token=start_index,
        after_token=number.end,
    )


def _unit_from_nearby_noun(tokens: list[_Token], index: int) -> str | None:
    """The unit a noun a few words before gives a bare number: "the death toll rose from
    fourteen to 31" (people killed); only words stand between them."""
    nouns: dict[str, str] = _words()["unit_from_nearby_noun"]
    for position in range(index - 1, max(-1, index - _words()["nearby_noun_reach"]), -1):
        token = tokens[position]
        if token.lower in nouns and position >= index - 5:
            return nouns[token.lower]
        if token.lower in {"said", "says", "say", "told", "reported", "according"}:
            return None  # "A number of officials said 40 were hurt": another clause
        if _match_phrase_at(tokens, position, "counted_noun_openers") and not (
            position and tokens[position - 1].lower in {"a", "an"}  # "a number of": several
        ):
            # "the number of refugees in the camp fell to 230,000": what the number counts,
            # with the role said before it ("the number of detained UN personnel")
            role = _match_phrase_at(tokens, position + 2, "casualty_cues_after")
            noun, after = _head_noun(tokens, role[1] if role else position + 2, singular=False)
            casualty = role[0] if role else _casualty_after(tokens, after)
            return _with_role(noun, casualty) if noun else None
        if not token.is_word:
            return None
    return None


def _single_victims(tokens: list[_Token], used: set[int]) -> list[_Found]:
    """Single victims without a number ("A journalist was killed", "killed a soldier",
    "Another person is killed")."""
    words = _words()
    determiners = set(words["single_victim_determiners"])
    stop = set(words["unit_stop_words"]) - determiners
    found: list[_Found] = []
    for index, token in enumerate(tokens):
        if token.lower not in determiners or index in used:
            continue
        position = index + 1
        noun_end = None
        while position < len(tokens) and position - index <= 5 and tokens[position].is_word:
            if tokens[position].lower in stop:
                break
            person = _match_phrase_at(tokens, position, "person_nouns")
            if person:
                noun_end = person[1]
            position += 1
        if noun_end is None:
            continue
        casualty = _casualty_before(tokens, index) or _casualty_after(tokens, noun_end)
        if casualty is None:
            continue
        found.append(
            _Found(
                1.0,
                None,
                tokens[noun_end - 1].text,
                "exact",
                token.start,
                tokens[noun_end - 1].end,
                casualty,
                first_token=index,
                after_token=noun_end,
                single_victim=True,
            )
        )
    return found


def _only_list_joiners(tokens: list[_Token], start: int, end: int) -> bool:
    """True when the tokens from ``start`` to ``end`` join two items of one list: ",",
    "and", ", and", after an optional place phrase ("five children in a bus and two ...")."""
    place_end = _past_place_phrase_plain(tokens, start, end)
    between = [t.lower for t in tokens[place_end if place_end is not None else start : end]]
    return between in ([","], ["and"], [",", "and"])


def _past_place_phrase_plain(tokens: list[_Token], start: int, end: int) -> int | None:
    """The index after a place phrase ("in a church bus") opening at ``start`` and ending
    at the first list joiner before ``end``."""
    words = _words()
    if start >= end or tokens[start].lower not in words["place_prepositions"]:
        return None
    for position in range(start + 1, min(end, start + 6)):
        if tokens[position].text == "," or tokens[position].lower == "and":
            return position if position > start + 1 else None
        if not tokens[position].is_word:
            return None
    return None


def _bare_item(tokens: list[_Token], quantity: _Found) -> bool:
    """A quantity that is a bare list item: nothing but punctuation, a conjunction or a
    place phrase follows its counted noun (not "... and three gunmen fled")."""
    after = quantity.after_token
    if after >= len(tokens):
        return True
    token = tokens[after]
    return (
        token.text in _SENTENCE_END | {",", ")", "—", "–"}
        or token.lower in {"and", "or"}
        or token.lower in _words()["place_prepositions"]
    )


def _qualifier_after(tokens: list[_Token], at: int, qualifier: str) -> tuple[str, int]:
    """The qualifier an "or more" / "or less" at ``at`` gives an exact figure, and where the
    figure's words end (rule or_more_after_a_count)."""
    postfix = _match_phrase_at(tokens, at, "qualifier_cues_after")
    if not postfix:
        return qualifier, at
    return (postfix[0] if qualifier == "exact" else qualifier), postfix[1]


def _whole_of_a_part(tokens: list[_Token], quantity: _Found) -> bool:
    """Whether a count is the whole a later part is taken from (rule whole_keeps_no_role):
    "Of the 29 people on board, 27 were killed" (the 29 were not all killed)."""
    first = quantity.first_token
    if first > 0 and tokens[first - 1].lower == "the":
        first -= 1
    return (
        first > 0
        and tokens[first - 1].lower == "of"
        and (first == 1 or not (tokens[first - 2].is_word or tokens[first - 2].is_digits))
    )


def _says_its_role(unit: str) -> bool:
    """Whether a unit ends in a casualty noun that says the role itself ("deaths",
    "fatalities"): a count of it says nothing of the counts listed before it either."""
    return bool(unit) and unit.split()[-1] in _words()["casualty_nouns"]


def _share_casualty_roles(tokens: list[_Token], found: list[_Found]) -> None:
    """A casualty role spreads to the counts that belong to the same victims: those an
    aside includes ("killed 30 people, including 12 children") and the bare items of one
    list ("killed a scientist and nine soldiers"; "18 guards, three staff and five
    passengers were among those killed")."""
    countable = [q for q in found if q.counts_people]
    for earlier, later in pairwise(countable):
        if earlier.after_token < 0 or later.first_token < earlier.after_token:
            continue
        between = tokens[earlier.first_token : later.first_token]
        if any(t.text in _SENTENCE_END for t in between) or len(between) > 24:
            continue
        if earlier.casualty and not later.casualty:
            included = _match_phrase_before(tokens, later.first_token, "casualty_sharing_openers")
            if included or (
                _only_list_joiners(tokens, earlier.after_token, later.first_token)
                and _bare_item(tokens, later)
            ):
                later.casualty = earlier.casualty
    for earlier, later in reversed(list(pairwise(countable))):
        if (
            later.casualty
            and not earlier.casualty
            and not _casualty_roles() & set(earlier.unit.split())  # "death toll at 35, 135 wounded"
            and not _says_its_role(later.unit)  # "nine cases and eight deaths"
            and not _whole_of_a_part(tokens, earlier)  # "Of the 29 people on board, 27 died"
            and earlier.after_token >= 0
            and later.first_token >= earlier.after_token
            and _only_list_joiners(tokens, earlier.after_token, later.first_token)
        ):
            earlier.casualty = later.casualty
    for quantity in found:
        if quantity.casualty and not quantity.unit and not quantity.refers_back:
            quantity.unit, quantity.unit_guessed = "people", True
    for earlier, later in pairwise(countable):  # "16 soldiers dead and 11 wounded"
        between = [t.lower for t in tokens[earlier.after_token : later.first_token]]
        if (
            later.unit_guessed
            and earlier.casualty
            and earlier.unit
            and not earlier.unit_guessed
            and not earlier.single_victim
            and 1 < len(between) <= 3
            and between[-1] in {"and", ","}
            and _match_phrase_at(tokens, earlier.after_token, "casualty_cues_after")
        ):
            later.unit, later.unit_guessed = earlier.unit, False
    for earlier, later in pairwise(countable):  # "killed 30 civilians, including 12 in Kharkiv"
        if (
            later.unit_guessed
            and earlier.unit
            and not earlier.unit_guessed
            and not earlier.single_victim
            and _in_an_aside(tokens, later)
            and not _in_an_aside(tokens, earlier)
            and earlier.after_token >= 0
            and not any(
                t.text in {".", "!", "?"} for t in tokens[earlier.after_token : later.first_token]
            )
        ):
            nouns = [w for w in earlier.unit.split() if w not in _casualty_roles()]
            later.unit = " ".join([*nouns, later.casualty or ""]).strip()
            later.unit_guessed = False


def _person_noun_end(tokens: list[_Token], index: int) -> int | None:
    """The index after a person noun among the (at most five) words from ``index``
    ("one member", "one police officer"), else None."""
    stop = set(_words()["unit_stop_words"])
    position = index
    while position < len(tokens) and position - index < 5 and tokens[position].is_word:
        if tokens[position].lower in stop:
            return None
        person = _match_phrase_at(tokens, position, "person_nouns")
        if person:
            return person[1]
        position += 1
    return None


def _past_a_named_body(tokens: list[_Token], index: int) -> int:
    """The index after "of (the) <Capitalised Name>" ("member of the Coast Guard"), else
    ``index``."""
    if index >= len(tokens) or tokens[index].lower != "of":
        return index
    position = index + 1
    if position < len(tokens) and tokens[position].lower == "the":
        position += 1
    start = position
    while position < len(tokens) and position - start < 5 and tokens[position].text[0].isupper():
        position += 1
    return position if position > start else index


def _one_listed_with_victims(tokens: list[_Token], found: list[_Found]) -> list[_Found]:
    """ "one" before a person noun as the last bare item of a list of victims is one more
    victim with their role ("fourteen civilians, five Armed Forces personnel, and one member
    of the Coast Guard"; "the killing of two perpetrators and one officer")."""
    added: list[_Found] = []
    starts = {q.first_token for q in found}
    for earlier in found:
        if not earlier.casualty or earlier.after_token < 0 or not earlier.counts_people:
            continue
        joiner_end = earlier.after_token
        while joiner_end < len(tokens) and tokens[joiner_end].lower in {",", "and"}:
            joiner_end += 1
        if joiner_end == earlier.after_token or joiner_end in starts:
            continue
        if joiner_end >= len(tokens) or tokens[joiner_end].lower != "one":
            continue
        if not _only_list_joiners(tokens, earlier.after_token, joiner_end):
            continue
        noun_end = _person_noun_end(tokens, joiner_end + 1)
        if noun_end is None:
            continue
        item = _Found(
            1.0,
            None,
            tokens[noun_end - 1].text,
            "exact",
            tokens[joiner_end].start,
            tokens[noun_end - 1].end,
            earlier.casualty,
            first_token=joiner_end,
            after_token=_past_a_named_body(tokens, noun_end),
        )
        if _bare_item(tokens, item):
            item.after_token = noun_end
            added.append(item)
    return added


def _spacy_token_at(doc: Document, start: int) -> Any | None:
    """The language layer's token that starts at character ``start``, if any."""
    spacy_doc = doc.layers.get("spacy")
    if spacy_doc is None:
        return None
    span = spacy_doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == start else None


def _counted_by_subject(doc: Document, tokens: list[_Token], quantity: _Found) -> str | None:
    """The unit of a bare number that a count changed to or from: what the verb's object
    or subject counts ("the death toll ... increases to 64": people killed; "Deaths in these
    attacks surged from 88": deaths; "casualties increased to 167": casualties)."""
    words = _words()
    verb_index = quantity.first_token - 1
    if tokens[quantity.first_token].lower in words["change_verbs"]:
        verb_index = quantity.first_token  # the verb is the qualifier: "tolls ... exceeded 100"
    while verb_index >= 0 and tokens[verb_index].lower in words["change_particles"]:
        verb_index -= 1
    if verb_index < 0 or tokens[verb_index].lower not in words["change_verbs"]:
        return None
    verb = _spacy_token_at(doc, tokens[verb_index].start)
    if verb is not None:
        objects = [
            c
            for c in verb.children  # not the number itself: "tolls ... exceeded 100"
            if c.dep_ in {"dobj", "obj"} and not quantity.start <= c.idx < quantity.end
        ]
        counted = objects or [
            c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}
        ]
        for noun in counted:
            lemma = noun.lemma_.lower()
            if lemma in words["unit_from_nearby_noun"]:
                return words["unit_from_nearby_noun"][lemma]
            if lemma in words["counted_noun_heads"]:
                of = [c for c in noun.children if c.lower_ == "of"]
                nouns = [c for c in of[0].children if c.pos_ in {"NOUN", "PROPN"}] if of else []
                nouns = nouns or [  # the universal-dependencies parse: nmod with case "of"
                    c
                    for c in noun.children
                    if c.dep_ == "nmod" and any(g.lower_ == "of" for g in c.children)
                ]
                return nouns[0].text if nouns and _looks_plural(nouns[0].text) else None
            if noun.pos_ == "NOUN" and _looks_plural(noun.text):
                return noun.text
        if counted:
            return None
    clause_start = verb_index
    while clause_start > 0 and tokens[clause_start - 1].text not in _SENTENCE_END | {","}:
        clause_start -= 1
    clause = tokens[clause_start:verb_index]
    for token in reversed(clause):  # "The death toll from the wildfires increases to 24"
        if token.lower in words["unit_from_nearby_noun"]:
            return words["unit_from_nearby_noun"][token.lower]
    for k, token in enumerate(clause[:-2]):  # "The number of internet users in China under
        # the age of 18 reached 196 million", the verb misparsed: what the number counts
        if token.lower in words["counted_noun_heads"] and clause[k + 1].lower == "of":
            counted = next((t for t in clause[k + 2 : k + 5] if _looks_plural(t.text)), None)
            if counted is not None:
                return counted.text
    if any(t.lower in words["place_prepositions"] or t.lower == "of" for t in clause):
        return None  # "Deaths in these attacks surged": the noun before the verb is no subject
    auxiliaries = {*words["passive_auxiliaries"], "has", "have", "had"}
    while clause and clause[-1].lower in auxiliaries:
        clause = clause[:-1]
    if clause and clause[-1].is_word and _looks_plural(clause[-1].text):
        return clause[-1].text  # "the total reported casualties increased to 167"
    return None


def _counted_as_compared(tokens: list[_Token], found: list[_Found], number: int) -> _Found | None:
    """The quantity a bare number is compared with: "504 attacks in 2024, compared with 116"
    (attacks), "to 425 from 440", "from five people to six"."""
    quantity = found[number]
    cue = _match_phrase_before(tokens, quantity.first_token, "comparison_cues")
    after = quantity.after_token
    if cue is None or (after < len(tokens) and tokens[after].lower == "of"):
        return None  # not "from 164 of 165 constituencies"
    for earlier in reversed(found[:number]):
        if earlier.after_token < 0 or quantity.first_token - earlier.after_token > 12:
            return None
        between = tokens[earlier.after_token : quantity.first_token]
        if any(t.text in _SENTENCE_END for t in between):
            return None
        if not earlier.unit or earlier.refers_back:
            continue
        if cue[0] == "to" and not (
            earlier.first_token > 0 and tokens[earlier.first_token - 1].lower == "from"
        ):
            return None  # "to" compares only after "from": not "won 52 to 48"
        return earlier
    return None


def _units_of_changed_counts(doc: Document, tokens: list[_Token], found: list[_Found]) -> None:
    """Bare numbers that a count changed to or is compared with take its unit."""
    for number, quantity in enumerate(found):
        if quantity.unit or quantity.refers_back or not quantity.counts_people:
            continue
        unit = _counted_by_subject(doc, tokens, quantity)
        if unit:
            quantity.unit = unit
            continue
        compared = _counted_as_compared(tokens, found, number)
        if compared is not None:
            quantity.unit = compared.unit
            quantity.casualty = quantity.casualty or compared.casualty


def _units_of_elided_counts(doc: Document, tokens: list[_Token], found: list[_Found]) -> None:
    """A bare number whose counted noun is left out because the count just before it names
    it takes that noun without its role ("gained 13 seats and Liberal Democrats lost 10",
    "earned 8 delegates, Joe Biden earned 6", "300 aid trucks ... instead of the 600
    agreed"): the count before stands in the same sentence or the one before, in the same
    paragraph, and is a count of things (not money, a percentage, a duration or a guess)."""
    words = _words()
    for number in range(1, len(found)):
        quantity, earlier = found[number], found[number - 1]
        if quantity.unit or quantity.refers_back or not quantity.counts_people:
            continue
        if quantity.qualifier == "vague_plural":
            continue  # "numbering in the millions"
        if not earlier.unit or not earlier.counts_people or earlier.unit_guessed:
            continue
        if earlier.first_token > 0 and tokens[earlier.first_token - 1].text == "(":
            continue  # "(37 kg)", "(45 kilometers per hour)": a conversion in parentheses
        if (
            earlier.single_victim
            or doc.sentence_at(quantity.start) - doc.sentence_at(earlier.start) not in {0, 1}
            or "\n" in doc.text[earlier.end : quantity.start]
        ):
            continue
        if quantity.first_token - earlier.after_token > words["elided_count_reach"]:
            continue
        if _names_its_own_thing(doc, tokens, quantity):
            continue
        nouns = [w for w in earlier.unit.split() if w not in _casualty_roles()]
        quantity.unit = " ".join(nouns)


def _currencies_of_bare_amounts(doc: Document, tokens: list[_Token], found: list[_Found]) -> None:
    """A bare amount written with "million" or more and no counted noun, right after money
    in its sentence or the one before, or right before money in its sentence, is money in
    the same currency ("$58.5 billion, a more than 5 billion ... increase", "an $800 million
    increase; 2.5 billion across the interagency", "over $50 billion ... We've mobilized
    billions more", "will invest 861 million in the region ... a commitment of $4
    billion": looking ahead only after a verb of paying); not after a word of population
    ("a country of 5 million")."""
    words = _words()
    currencies = {
        *words["currency_codes"].values(),
        *words["currency_names"].values(),
        *words["currency_symbols"].values(),
    }
    for number in range(len(found)):
        quantity = found[number]
        if quantity.unit or not quantity.large_scale:
            continue  # "billions more" (refers back) takes the money's currency too
        window = tokens[max(0, quantity.first_token - 3) : quantity.first_token]
        if any(t.lower in words["money_continuation_blockers_before"] for t in window):
            continue
        here = doc.sentence_at(quantity.start)
        # the money before it, in its sentence or the one before; else the money after it
        # in its sentence ("will invest 861 million in the region ... of $4 billion")
        before = [(e, doc.text[e.end : quantity.start], {0, 1}) for e in found[:number][-1:]]
        spent = any(t.lower in words["money_verbs_before"] for t in window)  # "invest 861
        # million": only an amount a verb of paying governs looks ahead
        money_after = (e for e in found[number + 1 :] if e.unit in currencies)
        later = next(money_after, None) if spent else None
        after = [(later, doc.text[quantity.end : later.start], {0})] if later is not None else []
        neighbours = before + after
        for money, between, distances in neighbours:
            if money.unit not in currencies or money.counts_people or "\n" in between:
                continue
            if abs(doc.sentence_at(money.start) - here) not in distances:
                continue
            quantity.unit, quantity.counts_people = money.unit, False
            quantity.refers_back = False
            break


_CLAUSE_WORDS = frozenset(
    {"VERB", "AUX", "ADV", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "DET", "PUNCT", "SPACE"}
)


def _names_its_own_thing(doc: Document, tokens: list[_Token], quantity: _Found) -> bool:
    """Whether the words around a bare number say what it is, so that no count before it
    lends it a noun: "from 164 of 165 constituencies", "four or more people", "4.5 per
    100,000", "2,000 Javelin", "(37 kg)", "the magnitude was 5.5", "younger than five",
    "the Group of Six"."""
    words = _words()
    after, first = quantity.after_token, quantity.first_token
    if after < len(tokens):
        if tokens[after].lower in words["elided_count_blockers_after"]:
            return True
        following = _spacy_token_at(doc, tokens[after].start)
        dated = any(d.start <= tokens[after].start < d.end for d in doc.dates)
        if following is not None and following.pos_ not in _CLAUSE_WORDS and not dated:
            return True  # a noun, a name, an adjective or a unit follows; not a date's word
            # ("out of 300 last year")
    if first > 0 and tokens[first - 1].lower in words["elided_count_blockers_before"]:
        return True
    if first > 0 and after < len(tokens) and tokens[first - 1].text == tokens[after].text == ",":
        return True  # "Another brother, 22, was still chained": an age
    number = tokens[first]
    return number.text[0].isupper() and not _sentence_initial(tokens, first) and number.is_word


def _qualify_conversions(tokens: list[_Token], found: list[_Found]) -> None:
    """A measure converted in parentheses right after a qualified one is qualified alike:
    "about 160 km (100 miles)" = about 100 miles."""
    for number in range(1, len(found)):
        quantity, earlier = found[number], found[number - 1]
        first = quantity.first_token
        if (
            quantity.qualifier == "exact"
            and earlier.qualifier in {"approx", "more_than", "at_least", "less_than", "up_to"}
            and first > 0
            and tokens[first - 1].text == "("
            and earlier.after_token == first - 1
            and quantity.unit
            and earlier.unit
        ):
            quantity.qualifier = earlier.qualifier


def _blocked_spans(doc: Document) -> SpanIndex:
    """Dates (the ``dates`` layer), phone numbers, addresses and HTML tags: never
    quantities. A span of time up to the publication ("for the last five years") is a date
    and a duration."""
    spans = [(date.start, date.end) for date in doc.dates if date.granularity != "span"]
    spans += [m.span() for m in _PHONE.finditer(doc.text)]
    if any(mark in doc.text for mark in _URL_MARKS):  # a link or address holds one
        spans += [m.span() for m in _URL.finditer(doc.text)]
    spans += [m.span() for m in _MARKUP_TAG.finditer(doc.text)]
    return SpanIndex(spans)


def _resolve_referring_counts(doc: Document, tokens: list[_Token], found: list[_Found]) -> None:
    """ "injuring four others", "four of them": the counted noun of the nearest quantity
    before it in the same sentence, or for a partitive in the sentence before when its own
    has none (``referring_counts``: "Gunmen abducted 20 students. Eight of them were
    released": students), else "people" for a casualty count. A count in an aside is no
    antecedent ("kills 18 people, including three children, and injures ten others" = 10
    people injured), and a count of one gives "people" ("kills one person and injures three
    others") unless its noun is the same in the plural ("one security personnel")."""
    for number, quantity in enumerate(found):
        if not quantity.refers_back:
            continue
        sentence = doc.sentence_at(quantity.start)
        candidates = [
            q
            for q in found[:number]
            if q.unit and not q.refers_back and not q.single_victim and q.counts_people
        ]
        earlier = [q for q in candidates if doc.sentence_at(q.start) == sentence]
        if not any(doc.sentence_at(q.start) == sentence for q in found[:number]):
            reached = range(sentence - quantity.reach_back, sentence)
            earlier = [q for q in candidates if doc.sentence_at(q.start) in reached]
        main = [q for q in earlier if not _in_an_aside(tokens, q)]
        earlier = main or earlier
        if earlier:  # its noun without its role: "64 people killed, with 257 others missing"
            nouns = [w for w in earlier[-1].unit.split() if w not in _casualty_roles()]
            one = earlier[-1].value == 1 and not (  # "one security personnel": the same noun
                nouns and nouns[-1] in _words()["irregular_plural_nouns"]
            )
            quantity.unit = "people" if one else " ".join(nouns) or earlier[-1].unit
        elif quantity.casualty or _after_a_person(doc, quantity.start):
            quantity.unit = "people"
        quantity.refers_back = False


def _in_an_aside(tokens: list[_Token], quantity: _Found) -> bool:
    """Whether a count opens an aside ("including three children", "among them two women")."""
    return quantity.first_token > 0 and bool(
        _match_phrase_before(tokens, quantity.first_token, "aside_openers")
    )


def _after_a_person(doc: Document, start: int) -> bool:
    """Whether a count follows a person's name and "and" ("Kobe Bryant and eight others"),
    by the language layer's named entities when the document has them."""
    spacy_doc = doc.layers.get("spacy")
    before = re.search(r"(\w)\W*,?\s+(?:and|with)\s+$", doc.text[max(0, start - 40) : start])
    if spacy_doc is None or before is None:
        return False
    offset = max(0, start - 40) + before.start(1)
    return any(
        ent.label_ == "PERSON" and ent.start_char <= offset < ent.end_char for ent in spacy_doc.ents
    )


def find_quantities(doc: Document) -> list[Quantity]:
    """Every quantity in ``doc.text`` (see the module docstring for the rules).

    doc (Document): with the ``dates`` layer (dates and years are not quantities).
    """
    tokens = _tokenize(doc.text)
    blocked = _blocked_spans(doc)
    found: list[_Found] = []
    used: set[int] = set()
    symbols = _words()["currency_symbols"]
    index = 0
    while index < len(tokens):
        if not (tokens[index].text[0].isalnum() or tokens[index].text in symbols):
            index += 1  # punctuation never starts a number
            continue
        number = _parse_number(tokens, index) if _may_open_number(tokens[index]) else None
        if number is None:
            index += 1
            continue
        if _is_excluded(tokens, number, blocked):
            index = number.end
            continue
        quantity, next_index = _quantity_at(tokens, number)
        if quantity is not None:
            found.append(quantity)
            used.update(range(index, next_index))
        index = max(next_index, index + 1)
    found += _single_victims(tokens, used)
    found.sort(key=lambda q: q.start)
    _share_casualty_roles(tokens, found)
    found += _one_listed_with_victims(tokens, found)
    found.sort(key=lambda q: q.start)
    _units_of_changed_counts(doc, tokens, found)
    _units_of_elided_counts(doc, tokens, found)
    _currencies_of_bare_amounts(doc, tokens, found)
    _people_before_who(tokens, found)
    _qualify_conversions(tokens, found)
    _resolve_referring_counts(doc, tokens, found)
    return [
        Quantity(
            value=q.value,
            unit=_with_role(q.unit, q.casualty),
            qualifier=q.qualifier,  # type: ignore[arg-type]
            text=doc.text[q.start : q.end],
            start=q.start,
            end=q.end,
            sentence=doc.sentence_at(q.start),
            value_max=q.value_max,
            casualty=q.casualty,
        )
        for q in found
    ]
