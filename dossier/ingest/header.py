"""A saved page's header and chrome: front matter, bylines, labelled fields, date lines,
navigation links, and who issues the text.

The rules are data (``knowledge/header_patterns.json``); this module applies them. What the
header tells (title, publication date, url, author, issuer) becomes metadata; chrome and
bylines leave the text; a date line stays in it, so that the publication date has a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import pairwise
from typing import Any
from urllib.parse import urlparse

from dossier.knowledge import load_data

_MD_LINK_AT_START = re.compile(r"^\s*\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_MARKUP = re.compile(r"\*\*|__|^#+\s*|^\s*>\s?")
_YAML_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):\s?(?P<value>.*)$")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# a block of at least this many words, ending a sentence, starts the body
_BODY_WORDS = 15
_TERMINAL = tuple('.!?…:"”’»')
_OPENING_PARAGRAPHS = 4


@dataclass(frozen=True)
class HeaderRule:
    """One declared rule of ``header_patterns.json``."""

    id: str
    scope: str
    produces: str
    pattern: re.Pattern[str]
    examples: tuple[Any, ...] = ()
    counter_examples: tuple[str, ...] = ()


@dataclass
class HeaderInfo:
    """What the header and chrome of a text told: metadata, and the rules that fired."""

    title: str | None = None
    published: str | None = None
    published_reasoning: str | None = None
    url: str | None = None
    author: str | None = None
    issuer: str | None = None
    rules: list[str] = field(default_factory=list)
    date_lines: list[str] = field(default_factory=list)  # header lines kept as date lines


@cache
def header_patterns() -> dict[str, Any]:
    """The parsed ``header_patterns.json``."""
    return load_data("header_patterns.json")


@cache
def header_rules() -> dict[str, HeaderRule]:
    """Every declared header rule by id, its pattern compiled."""
    return {
        record["id"]: HeaderRule(
            id=record["id"],
            scope=record["scope"],
            produces=record["produces"],
            pattern=re.compile(record["pattern"]),
            examples=tuple(record.get("examples", ())),
            counter_examples=tuple(record.get("counter_examples", ())),
        )
        for record in header_patterns()["rules"]
    }


def _rule(rule_id: str) -> re.Pattern[str]:
    return header_rules()[rule_id].pattern


@cache
def _months() -> dict[str, int]:
    words = load_data("time_words.json")
    return {**words["months"], **words["month_abbreviations"]}


def parse_header_date(text: str) -> str | None:
    """``YYYY-MM-DD`` of a full written date ("Thursday, January 24, 2019", "3 March 2024",
    "2022-03-13"), or None."""
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        year, month, day = map(int, iso.groups())
    else:
        mdy = re.search(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b", text)
        dmy = re.search(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b", text)
        if mdy and mdy.group(1).lower() in _months():
            month, day, year = _months()[mdy.group(1).lower()], int(mdy.group(2)), int(mdy[3])
        elif dmy and dmy.group(2).lower() in _months():
            day, month, year = int(dmy.group(1)), _months()[dmy.group(2).lower()], int(dmy[3])
        else:
            return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _yaml_scalar(value: str) -> str:
    """The value of a one-line or joined YAML scalar (quotes and escapes decoded)."""
    value = value.strip()
    if value.startswith("'") and value.endswith("'") and len(value) > 1:
        return value[1:-1].replace("''", "'")
    if value.startswith('"') and value.endswith('"') and len(value) > 1:
        inner = value[1:-1]
        inner = re.sub(r"\\_", "\u00a0", inner)
        inner = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), inner)
        inner = re.sub(r"\\U([0-9a-fA-F]{8})", lambda m: chr(int(m.group(1), 16)), inner)
        return inner.replace('\\"', '"').replace("\\\\", "\\")
    return value


def parse_front_matter(block: str) -> list[tuple[str, str, str]]:
    """(key, value, first line) of each top-level field of a YAML front matter block; a
    double-quoted value continued with a trailing backslash, or an indented continuation,
    is joined."""
    fields: list[tuple[str, str, str]] = []
    for line in block.split("\n"):
        match = _YAML_KEY.match(line)
        if match:
            fields.append((match["key"].lower(), match["value"], line))
        elif fields and line.strip():  # a continuation of the value above
            key, value, first = fields[-1]
            if value.endswith("\\"):
                value = value[:-1] + line.lstrip().removeprefix("\\")
            else:
                value = f"{value} {line.strip()}"
            fields[-1] = (key, value, first)
    return [(key, _yaml_scalar(value), first) for key, value, first in fields]


def split_front_matter(text: str, info: HeaderInfo) -> str:
    """Text with its YAML front matter replaced by the title (a heading) and the date line;
    every field fills ``info``."""
    match = re.match(r"\A\s*---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", text, re.DOTALL)
    if not match:
        return text
    keys = header_patterns()["front_matter"]
    fields = parse_front_matter(match.group(1))
    values = {key: (value, line) for key, value, line in reversed(fields)}
    kept: list[str] = []

    def first(kind: str) -> tuple[str, str] | None:
        return next((values[k] for k in keys[kind] if values.get(k, ("", ""))[0]), None)

    title = first("title")
    if title:
        info.title = re.sub(r"\s+", " ", title[0].replace("\u00a0", " ")).strip()
        kept.append(info.title)
    published = first("published")
    if published and parse_header_date(published[0]):
        info.published = parse_header_date(published[0])
        info.published_reasoning = f"from the front matter ({published[1].strip()!r})"
        kept.append(published[1].strip())
        info.date_lines.append(published[1].strip())
    url = first("url")
    if url:
        info.url = url[0].strip()
    author = first("author")
    if author:
        info.author = author[0].strip()
    info.rules.append("front_matter")
    return "\n\n".join([*kept, text[match.end() :]])


def _visible_words(line: str) -> int:
    return len(_WORD.findall(_MD_MARKUP.sub("", _MD_LINK.sub(r"\1", line))))


def _drop_chrome_link_at_start(line: str) -> str:
    """'[Listen](...)Title ...' loses its leading control link."""
    match = _MD_LINK_AT_START.match(line)
    labels = header_patterns()["chrome_link_labels"]["labels"]
    if match and match.group(1).strip().lower() in labels and line[match.end() :].strip():
        return line[match.end() :]
    return line


def _field(label: str, value: str, info: HeaderInfo) -> None:
    label = label.lower()
    value = _MD_LINK.sub(r"\1", value).strip()
    if label in {"source", "url", "link"} and info.url is None and value.startswith("http"):
        info.url = value.split()[0]
    elif label.startswith(("author", "by")) and info.author is None:
        info.author = value
    elif "date" in label and info.published is None and parse_header_date(value):
        info.published = parse_header_date(value)
        info.published_reasoning = f"from the header field {label!r} ({value!r})"


def _header_line(line: str, info: HeaderInfo) -> list[str]:
    """A header line as it stays in the text (none, itself, or split at a labelled date)."""
    plain = _MD_MARKUP.sub("", line).strip()
    field_match = _rule("metadata_field_line").match(line)
    if field_match:
        _field(field_match["label"], field_match["value"], info)
        info.rules.append("metadata_field_line")
        return []
    byline = _rule("byline").match(plain)
    if byline:
        info.author = info.author or byline["author"]
        info.rules.append("byline")
        return []
    labelled = _rule("published_label_date").search(line)
    if labelled and parse_header_date(labelled["date"]):
        if info.published is None:
            info.published = parse_header_date(labelled["date"])
            info.published_reasoning = f"from the header line {labelled.group().strip()!r}"
            info.rules.append("published_label_date")
        before = line[: labelled.start()].rstrip()
        info.date_lines.append(re.sub(r"\s+", " ", line[labelled.start() :]).strip())
        return [before, line[labelled.start() :]] if before.strip() else [line]
    if info.published is None:
        for rule_id in ("front_matter_date", "date_line"):
            dated = _rule(rule_id).match(plain)
            if dated and parse_header_date(dated["date"]):
                info.published = parse_header_date(dated["date"])
                info.published_reasoning = f"from the date line {plain!r} under the title"
                info.rules.append(rule_id)
                info.date_lines.append(re.sub(r"\s+", " ", plain))
                break
    return [line]


def _wire_dateline(paragraph: str, text: str, info: HeaderInfo) -> None:
    """Publication date from a wire dateline opening the body ("GAZA CITY, March 3 - ")."""
    dateline = _rule("wire_dateline").match(paragraph)
    if info.published is not None or dateline is None:
        return
    written = dateline["date"]
    if not re.search(r"\d{4}$", written):
        years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
        if not years:  # no year in the text: an invented one could be a century off
            return
        written = f"{written}, {max(years)}"
    found = parse_header_date(written.replace(".", ""))
    if found:
        info.published = found
        info.published_reasoning = f"from the wire dateline {dateline.group().strip()!r}"
        info.rules.append("wire_dateline")


def _is_link_list_line(line: str) -> bool:
    """A line of several links, or a list item that is one link: never running text broken
    over lines, which a lone link inside a paragraph may be ("according to\n[Reuters](...)")."""
    return len(_MD_LINK.findall(line)) > 1 or bool(re.match(r"\s*[-*+]\s+\[", line))


def _starts_body(block: str) -> bool:
    """A block of running text: long, and ending a sentence."""
    return _visible_words(block) >= _BODY_WORDS and block.rstrip().endswith(_TERMINAL)


def _is_chrome(line: str) -> bool:
    if not line.strip():
        return False
    return bool(_rule("chrome_rule_line").match(line) or _rule("chrome_link_line").match(line))


def strip_header(text: str, info: HeaderInfo) -> str:
    """Text without chrome lines, bylines and labelled header fields; header facts go to
    ``info``. Blocks stay separated by blank lines; body text is never removed."""
    text = split_front_matter(text, info)
    blocks = re.split(r"\n[ \t]*\n", text)
    in_header = True
    kept_blocks: list[str] = []
    for block in blocks:
        lines: list[str] = []
        block_lines = block.split("\n")
        text_lines = "\n".join(line for line in block_lines if not _is_chrome(line))
        opens_body = in_header and _starts_body(text_lines)
        if opens_body:
            in_header = False
            _wire_dateline(text_lines, text, info)
        for number, line in enumerate(block_lines):
            if opens_body and number == 0 and len(block_lines) > 1 and info.published is None:
                dated = _rule("date_line").match(_MD_MARKUP.sub("", line).strip())
                if dated and parse_header_date(dated["date"]):  # "Friday, March 29, 2019\n..."
                    _header_line(line, info)
                    kept_blocks.append(line)
                    continue
            if _is_chrome(line) and (
                in_header or len(block_lines) == 1 or _is_link_list_line(line)
            ):
                info.rules.append("chrome")
                continue
            line = _drop_chrome_link_at_start(line)
            if in_header:
                pieces = _header_line(line, info)
                if len(pieces) > 1:  # a date glued to the line before it starts a block
                    lines.append(pieces[0])
                    kept_blocks.append("\n".join(lines))
                    lines = pieces[1:]
                    continue
                lines.extend(pieces)
            else:
                lines.append(line)
        kept_blocks.append("\n".join(lines))
    return "\n\n".join(b for b in kept_blocks if b.strip())


def _strip_office(name: str) -> str:
    """'National Security Advisor Jake Sullivan' -> 'Jake Sullivan'."""
    role_words = set(header_patterns()["issuer_role_words"]["words"])
    tokens = name.split()
    while tokens and tokens[0].lower() in role_words:
        tokens.pop(0)
    return " ".join(tokens)


def _cut_issuer_tail(issuer: str) -> str:
    """'Governments of A and B following their strategic dialogue' -> 'Governments of A and
    B' (``issuer_tails``: an occasion, a purpose or a meeting after the list of issuers)."""
    tails = re.compile(header_patterns()["issuer_tails"]["pattern"])
    return tails.sub("", issuer, count=1).strip() or issuer


def _names_an_occasion(issuer: str) -> bool:
    """Whether a title's issuer is an occasion ("the Syria Special Envoy Meeting")."""
    words = issuer.lower().split()
    return bool(words) and words[-1] in header_patterns()["occasion_words"]["words"]


_CLOSING_PARAGRAPHS = 4  # a letter's signature stands among its last paragraphs


def _signer(paragraphs: list[tuple[str, bool]]) -> str | None:
    """Who signs a letter: the name right after its closing "Sincerely," (title case when
    written in capitals), else None."""
    texts = [" ".join(text.split()) for text, _ in paragraphs[-_CLOSING_PARAGRAPHS:]]
    texts = [re.sub(r"<[^>]*>", "", text).strip() for text in texts]
    for closing, name in [*pairwise(texts), *((text, "") for text in texts)]:
        match = _rule("issuer_signature").match(f"{closing}\n{name}".strip())
        if match:
            issuer = match["issuer"]
            return issuer.title() if issuer.isupper() else issuer
    return None


def find_issuer(
    paragraphs: list[tuple[str, bool]], title: str | None, url: str | None, author: str | None
) -> tuple[str | None, str | None]:
    """(issuer, rule id) of a text issued in someone's name, from its opening, header lines,
    title or site; None for a report with a byline."""
    body_index = next(
        (
            i
            for i, (text, heading) in enumerate(paragraphs)
            if not heading and len(text.split()) >= _BODY_WORDS
        ),
        len(paragraphs),
    )
    opening = [text for text, heading in paragraphs[body_index : body_index + _OPENING_PARAGRAPHS]]
    opening += [text for text, _ in paragraphs[:body_index]]
    for rule_id in (
        "issuer_released_by",
        "issuer_statement_by",
        "issuer_released_the_following",
        "issuer_we_the",
        "issuer_attributable_to",
    ):
        for text in opening:
            match = _rule(rule_id).match(text)
            if match and rule_id == "issuer_attributable_to":
                return _strip_office(match["issuer"]), rule_id
            if match:
                return _cut_issuer_tail(match["issuer"]), rule_id
    names = [
        match["issuer"]
        for text, _ in paragraphs[:body_index]
        if (match := _rule("issuer_name_line").match(text))
    ]
    if len(names) == 1:
        return names[0], "issuer_name_line"
    if title:
        match = _rule("issuer_listed_in_title").match(title)
        if match and not _names_an_occasion(match["issuer"]):
            return match["issuer"], "issuer_listed_in_title"
        match = _rule("issuer_joint_leaders_in_title").match(title)
        if match:
            return match["issuer"], "issuer_joint_leaders_in_title"
        match = _rule("issuer_in_title").match(title)
        if match and _strip_office(match["issuer"]) and not _names_an_occasion(match["issuer"]):
            return _strip_office(match["issuer"]), "issuer_in_title"
    signer = _signer(paragraphs)
    if signer is not None:  # "Sincerely, JOSEPH R. BIDEN JR.": a letter speaks for its signer
        return signer, "issuer_signature"
    for text, _ in paragraphs[:body_index]:  # after the title, which may name whom it speaks for
        match = _rule("issuer_office_line").match(text)
        if match:
            return match["issuer"], "issuer_office_line"
    if author is None and url:
        host = urlparse(url).netloc.lower()
        for site, owner in header_patterns()["issuing_sites"]["sites"].items():
            if host == site or host.endswith("." + site):
                return owner, "issuing_site"
    return None, None
