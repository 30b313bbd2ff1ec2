"""Repairs that text copied from the web needs before any analysis.

``clean_text`` returns the cleaned text (paragraphs separated by one blank line) with its
paragraph spans (a news dateline, "KYIV (AP) - ", is a heading span of its own); every later
offset points into that text, which nothing changes afterwards.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from dossier.document import Paragraph
from dossier.ingest.header import HeaderInfo, find_issuer, strip_header
from dossier.knowledge import load_data

# zero-width characters, the soft hyphen and the bidi marks and embeddings of text copied
# from Arabic and Hebrew pages (U+200E/F, U+202A-E, U+2066-9, U+061C)
_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c"
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
    None,
)
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000\t\f\v"), " ")

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((\S+?)(?:\s+\"[^\"]*\")?\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^>\s]+)>")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|<>~%&\"'=:;,@^])")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")
_URL = re.compile(r"(?:https?|ftp)://[^\s<>()\[\]]+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

# A news dateline: "KYIV (AP) - ", "SANAA, Yemen (Reuters) — ", "WASHINGTON — ".
_DATELINE = re.compile(
    r"^[A-Z][A-Z'.\-]{2,}(?: [A-Z][A-Z'.\-]+){0,3}(?:, [A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+)?)?"
    r"(?: \([A-Za-z&. ]{1,25}\))? ?[-–—]+ (?=[A-Z\"“])"
)
_TERMINAL = tuple('.!?…:;"”’»)]')
_REPAIR_WORDS = load_data("text_repair.json")
# Words that cannot end an English sentence: a paragraph ending in one was broken mid-sentence.
_DANGLING_WORDS = frozenset(_REPAIR_WORDS["dangling_words"])
_SMALL_WORDS = frozenset(_REPAIR_WORDS["title_small_words"])
_MAX_HEADING_WORDS = 20
_INLINE_HEADINGS = load_data("inline_headings.json")["rules"]
# a sentence end inside a paragraph: ". " or '." ' (not after "Mr." or "U.S.", checked apart)
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
_ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "maj", "rep", "sen", "gov")
)
_RUN_WORD = re.compile(r"[\w‘’'“”\"(),&/-]+")
# a transcript turn opens with its speaker in capitals: "QUESTION:", "MR PRICE:", "Q:"
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſ"  # any Latin capital: "PRESIDENT NAUSĖDA:"
_SPEAKER_LABEL = re.compile(
    rf"^(?:[{_CAPITAL}][{_CAPITAL}.'’-]*\s){{0,3}}[{_CAPITAL}][{_CAPITAL}.'’-]*:\s"
)


@dataclass
class CleanedText:
    """The output of ``clean_text``: text, its paragraphs and what the repairs found."""

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str | None = None
    url: str | None = None
    published: str | None = None
    published_reasoning: str | None = None
    author: str | None = None
    issuer: str | None = None


# terminal escape sequences pasted with scraped text (colours, hyperlinks, cursor moves):
# control sequences, operating-system commands (closed by BEL or ESC \\, bounded) and
# two-character escapes; none is article text
_TERMINAL_ESCAPE = re.compile(
    r"\x1b\[[0-?]{0,32}[ -/]{0,8}[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]"
)


def normalize_unicode(raw: str) -> str:
    """NFC-normalise, drop terminal escape sequences and invisible characters and make every
    space an ASCII space."""
    text = _TERMINAL_ESCAPE.sub("", unicodedata.normalize("NFC", raw))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_INVISIBLE).translate(_SPACES)


def _is_link_only(paragraph: str) -> bool:
    """A paragraph made of nothing but links and URLs (a copied "source" line)."""
    rest = _MD_LINK.sub(" ", paragraph)
    rest = _MD_AUTOLINK.sub(" ", rest)
    rest = _URL.sub(" ", rest)
    return bool(_URL.search(paragraph)) and not re.search(r"\w", rest)


def _strip_markdown_line(line: str) -> tuple[str, bool]:
    """Remove Markdown syntax from one line; say whether it was a heading."""
    heading = _MD_HEADING.match(line)
    if heading:
        line = heading.group(1)
    line = _MD_QUOTE.sub("", line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_EMPHASIS.sub(r"\2", line)
    line = _MD_ESCAPE.sub(r"\1", line)
    return line, heading is not None


def _title_case_ratio(paragraph: str) -> float:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", paragraph) if w.lower() not in _SMALL_WORDS]
    if not words:
        return 0.0
    return sum(w[0].isupper() for w in words) / len(words)


def looks_like_heading(paragraph: str) -> bool:
    """A short stand-alone line that reads as a title or section heading."""
    words = paragraph.split()
    if not words or len(words) > _MAX_HEADING_WORDS or _SPEAKER_LABEL.match(paragraph):
        return False
    if paragraph.endswith("?"):
        return _title_case_ratio(paragraph) >= 0.6
    return not (paragraph.endswith(_TERMINAL) or paragraph.endswith(","))


def _inline_heading_at(paragraph: str, start: int, rule: dict) -> int | None:
    """End of an inline subheading starting at ``start`` under ``rule``, or None."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", paragraph[start : start + 200])]
    if not words or not paragraph[start].isupper():
        return None
    for count in range(1, min(len(words), rule["max_words"] + 1)):
        run = [paragraph[start + a : start + b] for a, b in words[:count]]
        if not _RUN_WORD.fullmatch(run[-1]):
            return None  # sentence punctuation inside the run: an ordinary sentence
        following = paragraph[start + words[count][0] : start + words[count][1]]
        if following not in rule["openers"]:
            continue
        if count < rule["min_words"]:
            return None
        last = run[-1].lower().strip("‘’'“”\"()")
        lowered = {w.lower().strip("‘’'“”\"(),") for w in run}
        after = paragraph[start + words[count][1] :].split(None, 1)[:1] or [""]
        capital_after = after[0][:1].isupper()
        article = following in rule["articles"]
        if (
            run[-1].endswith(",")
            or last in _DANGLING_WORDS
            or lowered & set(rule["clause_words"])
            or (article and capital_after and last.endswith("ed"))
            or (article and after[0].lower() in _DANGLING_WORDS)
            or (capital_after and run[-1].lstrip("‘“\"(")[:1].isupper())
        ):
            return None
        return start + words[count - 1][1]
    return None


def inline_heading_rules() -> list[dict]:
    """The declared inline-heading rules (``knowledge/inline_headings.json``)."""
    return _INLINE_HEADINGS


def inline_headings(paragraph: str, rules: list[dict] | None = None) -> list[tuple[int, int]]:
    """Spans of section subheadings a flattened page left inside a running paragraph.

    "... injured 60 others. Airstrikes kill 50 militants Hours after ..." holds the heading
    "Airstrikes kill 50 militants"; the rules and their examples are in inline_headings.json.
    """
    rules = _INLINE_HEADINGS if rules is None else rules
    spans: list[tuple[int, int]] = []
    for end in _SENTENCE_END.finditer(paragraph):
        before = paragraph[: end.start()].rsplit(None, 1)
        word = before[-1] if before else ""
        if not word or "." in word or len(word) == 1 or word.lower() in _ABBREVIATIONS:
            continue
        for rule in rules:
            found = _inline_heading_at(paragraph, end.end(), rule)
            if found is not None:
                spans.append((end.end(), found))
                break
    return spans


def _body_paragraphs(paragraph: str, offset: int, start: int) -> list[Paragraph]:
    """Spans of a body paragraph from ``start``; a subheading left inline gets its own."""
    spans: list[Paragraph] = []
    for head_start, head_end in inline_headings(paragraph):
        if head_start < start:
            continue
        if paragraph[start:head_start].strip():
            end = len(paragraph[:head_start].rstrip())
            spans.append(Paragraph(start=offset + start, end=offset + end))
        spans.append(Paragraph(start=offset + head_start, end=offset + head_end, heading=True))
        start = head_end + len(paragraph[head_end:]) - len(paragraph[head_end:].lstrip())
    spans.append(Paragraph(start=offset + start, end=offset + len(paragraph)))
    return spans


def _broken_mid_sentence(first: str, second: str) -> bool:
    """Whether ``second`` continues the sentence that ``first`` leaves open."""
    if not first or not second or first.endswith(_TERMINAL):
        return False
    last_word = re.sub(r"\W+$", "", first.rsplit(None, 1)[-1]).lower()
    return (
        second[0].islower() or first.endswith((",", "-", "–", "—")) or last_word in _DANGLING_WORDS
    )


# Issuers read from no more than an office line or the site: a title given apart from the
# text may name the real ones.
_WEAK_ISSUER_RULES = {None, "issuer_office_line", "issuing_site"}


def clean_text(
    raw: str, *, markdown: bool = True, title: str | None = None, given_url: str | None = None
) -> CleanedText:
    """Clean copied article text and split it into paragraphs.

    raw (str): the text as copied (plain text or Markdown).
    markdown (bool): strip Markdown syntax (escapes, links, heading markers).
    title, given_url: given apart from the text (metadata), read for the issuer: the title
        where the text gives none but an office line or its site ("Joint Statement of the
        United States and Japan"), the url where the text has none.
    RETURNS (CleanedText): text with paragraphs joined by a blank line, and their spans.
    """
    text = normalize_unicode(raw)
    header = HeaderInfo()
    if markdown:
        text = strip_header(text, header)
    blocks = [b for b in _BLANK_LINE.split(text) if b.strip()]

    url = None
    if blocks and _is_link_only(blocks[-1]):
        url = _URL.search(blocks.pop()).group(0).rstrip(".,;:")

    paragraphs: list[tuple[str, bool]] = []
    for block in blocks:
        lines = []
        for line in block.split("\n"):
            if markdown:
                line, is_heading = _strip_markdown_line(line)
                if is_heading and lines:  # a heading line inside a block starts its own paragraph
                    paragraphs.append((" ".join(lines), False))
                    lines = []
                if is_heading:
                    paragraphs.append((re.sub(r"\s+", " ", line).strip(), True))
                    continue
            lines.append(line)
        joined = re.sub(r"\s+", " ", " ".join(lines)).strip()
        if markdown:  # a link whose label is broken over two lines
            joined = _MD_LINK.sub(r"\1", joined)
        if joined:
            paragraphs.append((joined, False))

    merged: list[tuple[str, bool]] = []
    for paragraph, heading in paragraphs:
        if paragraph in header.date_lines:
            heading = True
        if (
            merged
            and not heading
            and not merged[-1][1]
            and _broken_mid_sentence(merged[-1][0], paragraph)
        ):
            merged[-1] = (merged[-1][0] + " " + paragraph, False)
        else:
            merged.append((paragraph, heading))

    result = CleanedText(
        text="",
        url=header.url or url,
        title=header.title,
        published=header.published,
        published_reasoning=header.published_reasoning,
        author=header.author,
    )
    pieces: list[str] = []
    offset = 0
    for index, (paragraph, marked) in enumerate(merged):
        heading = (
            marked
            or looks_like_heading(paragraph)
            or (index == 0 and paragraph.strip() == (header.title or "").strip())
        )  # the front matter's title is the title, however long
        if heading and index == 0 and result.title is None:
            result.title = paragraph
        dateline = None if heading else _DATELINE.match(paragraph)
        if heading:
            result.paragraphs.append(
                Paragraph(start=offset, end=offset + len(paragraph), heading=True)
            )
            body_start = None
        elif dateline:  # a paragraph of its own, so that "KYIV" is not read as a subject
            result.paragraphs.append(
                Paragraph(start=offset, end=offset + len(dateline.group().rstrip()), heading=True)
            )
            body_start = dateline.end()
        else:
            body_start = 0
        if body_start is not None:
            result.paragraphs += _body_paragraphs(paragraph, offset, body_start)
        pieces.append(paragraph)
        offset += len(paragraph) + 2
    result.text = "\n\n".join(pieces)
    paragraphs = [(result.text[p.start : p.end], p.heading) for p in result.paragraphs]
    url = result.url or given_url
    result.issuer, how = find_issuer(paragraphs, result.title, url, result.author)
    if title and title != result.title and how in _WEAK_ISSUER_RULES:
        issuer, how = find_issuer(paragraphs, title, url, result.author)
        if how is not None and how.endswith("_in_title"):  # "Joint Statement of A and B"
            result.issuer = issuer  # given apart, over "Office of the Spokesperson"
    return result
