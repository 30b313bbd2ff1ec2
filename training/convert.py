"""Convert the read-only corpora in /work/shared/data into spaCy DocBin files.

Usage: python training/convert.py [--data /work/shared/data] [--out training/corpus]

Outputs (all in training/corpus/, gitignored):
  UD (tagger / morphologizer / parser), EWT + GUM:
    ud_train.spacy, ud_dev.spacy, ewt_test.spacy, gum_test.spacy, ewt_dev.spacy, gum_dev.spacy
  NER (labels PERSON, ORG, LOC, NORP):
    ner_train.spacy  UNER-EWT train (approx.) + wikigold + GUM train entities + re3d train part (oversampled)
    ner_dev.spacy    UNER-EWT final dev
    uner_test.spacy  UNER-EWT final test
    re3d_test.spacy  re3d held-out documents, "named" normalisation (see below)
    re3d_test_raw.spacy  re3d held-out documents, every PERSON/ORG/LOC/NORP span with confidence >= 0.5
    ewt_test_raw.txt raw text of EWT test (speed measurement)

Everything is deterministic (no randomness; the re3d split is by md5 of the document id).
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import re
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

LABELS = ("PERSON", "ORG", "LOC", "NORP")
UNER_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
WIKIGOLD_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
RE3D_MAP = {"Person": "PERSON", "Organisation": "ORG", "Location": "LOC", "Nationality": "NORP"}
GUM_MAP = {"person": "PERSON", "organization": "ORG", "place": "LOC"}
RE3D_TEST_BUCKETS = {0, 1, 2}  # md5(doc id) % 10 in these -> held out (10 of 39 documents)
RE3D_OVERSAMPLE = 4
SENTS_PER_DOC = 10

# Nationality / religious / political-group words (NORP). None of UNER, wikigold or GUM annotate
# these, so in those corpora a token from this list outside a PERSON/ORG/LOC span is labelled NORP
# (silver annotation); re3d's Nationality spans are gold.
_NORP = [
    "Afghan",
    "Afghans",
    "Albanian",
    "Albanians",
    "Algerian",
    "Algerians",
    "American",
    "Americans",
    "Arab",
    "Arabs",
    "Arabian",
    "Arabic",
    "Armenian",
    "Armenians",
    "Assyrian",
    "Assyrians",
    "Australian",
    "Australians",
    "Austrian",
    "Austrians",
    "Azerbaijani",
    "Azeri",
    "Bahraini",
    "Bahrainis",
    "Baloch",
    "Baluch",
    "Bangladeshi",
    "Belgian",
    "Belarusian",
    "Bosnian",
    "Brazilian",
    "Brazilians",
    "British",
    "Briton",
    "Britons",
    "Bulgarian",
    "Burmese",
    "Cambodian",
    "Canadian",
    "Canadians",
    "Chadian",
    "Chaldean",
    "Chaldeans",
    "Chechen",
    "Chechens",
    "Chilean",
    "Chinese",
    "Christian",
    "Christians",
    "Circassian",
    "Colombian",
    "Congolese",
    "Coptic",
    "Copts",
    "Croatian",
    "Cuban",
    "Cubans",
    "Cypriot",
    "Czech",
    "Danish",
    "Druze",
    "Dutch",
    "Egyptian",
    "Egyptians",
    "Emirati",
    "Emiratis",
    "English",
    "Eritrean",
    "Estonian",
    "Ethiopian",
    "Ethiopians",
    "European",
    "Europeans",
    "Filipino",
    "Finnish",
    "French",
    "Georgian",
    "German",
    "Germans",
    "Greek",
    "Greeks",
    "Hindu",
    "Hindus",
    "Hungarian",
    "Indian",
    "Indians",
    "Indonesian",
    "Iranian",
    "Iranians",
    "Iraqi",
    "Iraqis",
    "Irish",
    "Islamic",
    "Islamist",
    "Islamists",
    "Israeli",
    "Israelis",
    "Italian",
    "Italians",
    "Japanese",
    "Jew",
    "Jews",
    "Jewish",
    "Jordanian",
    "Jordanians",
    "Kazakh",
    "Kenyan",
    "Korean",
    "Koreans",
    "Kurd",
    "Kurds",
    "Kurdish",
    "Kuwaiti",
    "Kuwaitis",
    "Lebanese",
    "Libyan",
    "Libyans",
    "Lithuanian",
    "Malaysian",
    "Malian",
    "Mexican",
    "Mexicans",
    "Mongolian",
    "Moroccan",
    "Moroccans",
    "Muslim",
    "Muslims",
    "Moslem",
    "Moslems",
    "Nigerian",
    "Nigerians",
    "Norwegian",
    "Omani",
    "Pakistani",
    "Pakistanis",
    "Palestinian",
    "Palestinians",
    "Persian",
    "Persians",
    "Polish",
    "Portuguese",
    "Qatari",
    "Qataris",
    "Romanian",
    "Russian",
    "Russians",
    "Salafi",
    "Salafist",
    "Salafists",
    "Saudi",
    "Saudis",
    "Scottish",
    "Serb",
    "Serbs",
    "Serbian",
    "Shia",
    "Shiite",
    "Shiites",
    "Shi'ite",
    "Shi'ites",
    "Shias",
    "Sikh",
    "Sikhs",
    "Somali",
    "Somalis",
    "Spanish",
    "Sudanese",
    "Sunni",
    "Sunnis",
    "Swedish",
    "Swiss",
    "Syrian",
    "Syrians",
    "Syriac",
    "Taliban",
    "Tajik",
    "Thai",
    "Tunisian",
    "Tunisians",
    "Turk",
    "Turks",
    "Turkish",
    "Turkmen",
    "Turkoman",
    "Turkomans",
    "Ugandan",
    "Ukrainian",
    "Ukrainians",
    "Uzbek",
    "Vietnamese",
    "Welsh",
    "Western",
    "Wahhabi",
    "Yazidi",
    "Yazidis",
    "Yezidi",
    "Yemeni",
    "Yemenis",
    "Zimbabwean",
    "Alawite",
    "Alawites",
    "Alawi",
    "Ismaili",
    "Bedouin",
    "Bedouins",
    "Pashtun",
    "Pashtuns",
    "Hazara",
    "Hazaras",
    "Catholic",
    "Catholics",
    "Protestant",
    "Protestants",
    "Orthodox",
    "Buddhist",
    "Buddhists",
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
    "Democratic",
    "Communist",
    "Communists",
    "Socialist",
    "Socialists",
    "Baathist",
    "Baathists",
    "Ba'athist",
    "Ba'athists",
    "Jihadist",
    "Jihadists",
    "Mandaean",
    "Mandaeans",
    "Sabian",
    "Shabak",
    "Kakai",
    "Yarsani",
    "Iranian-backed",
]
NORP_WORDS = set(_NORP) - {"Democratic", "Orthodox", "Western", "English", "Islamic"}


def md5_bucket(key: str, n: int = 10) -> int:
    return int(hashlib.md5(key.encode("utf8")).hexdigest(), 16) % n


# ----------------------------------------------------------------------------- CoNLL-U
def read_conllu(path):
    """Yield sentences: dict(words, spaces, tags, pos, morphs, lemmas, heads, deps, misc, newdoc)."""
    sent = None
    newdoc = None

    def fresh():
        return {
            "words": [],
            "spaces": [],
            "tags": [],
            "pos": [],
            "morphs": [],
            "lemmas": [],
            "heads": [],
            "deps": [],
            "misc": [],
            "newdoc": None,
            "sent_id": None,
        }

    sent = fresh()
    mwt_end, mwt_space = -1, True
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent["words"]:
                    sent["newdoc"] = newdoc
                    newdoc = None
                    yield sent
                sent = fresh()
                mwt_end = -1
                continue
            if line.startswith("#"):
                m = re.match(r"# newdoc id = (.*)", line)
                if m:
                    newdoc = m.group(1).strip()
                m = re.match(r"# sent_id = (.*)", line)
                if m:
                    sent["sent_id"] = m.group(1).strip()
                continue
            cols = line.split("\t")
            tid = cols[0]
            if "." in tid:
                continue  # empty nodes
            if "-" in tid:
                _a, b = tid.split("-")
                mwt_end = int(b)
                mwt_space = "SpaceAfter=No" not in cols[9]
                continue
            i = int(tid)
            misc = cols[9]
            if mwt_end >= i:
                space = mwt_space if i == mwt_end else False
            else:
                space = "SpaceAfter=No" not in misc
            sent["words"].append(cols[1])
            sent["spaces"].append(space)
            sent["lemmas"].append(cols[2])
            sent["pos"].append(cols[3])
            sent["tags"].append(cols[4])
            sent["morphs"].append("" if cols[5] == "_" else cols[5])
            sent["heads"].append(int(cols[6]))
            sent["deps"].append(cols[7])
            sent["misc"].append(misc)
    if sent["words"]:
        sent["newdoc"] = newdoc
        yield sent


def ud_doc(vocab, sents):
    words, spaces, tags, pos, morphs, lemmas, heads, deps, sent_starts = (
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
    )
    for s in sents:
        off = len(words)
        n = len(s["words"])
        for j in range(n):
            words.append(s["words"][j])
            sp = s["spaces"][j]
            if j == n - 1:
                sp = True  # separate sentences by a space when concatenated
            spaces.append(sp)
            tags.append(s["tags"][j])
            pos.append(s["pos"][j])
            morphs.append(s["morphs"][j])
            lemmas.append(s["lemmas"][j])
            h = s["heads"][j]
            heads.append(off + j if h == 0 else off + h - 1)
            deps.append("ROOT" if h == 0 else s["deps"][j])
            sent_starts.append(j == 0)
    spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )


def group(sents, n=SENTS_PER_DOC):
    buf = []
    for s in sents:
        if s["newdoc"] is not None and buf:
            yield buf
            buf = []
        buf.append(s)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


# ----------------------------------------------------------------------------- NER helpers
def norp_silver(doc, spans):
    """Add NORP spans for lexicon words not covered by spans."""
    covered = set()
    for sp in spans:
        covered.update(range(sp.start, sp.end))
    out = list(spans)
    for tok in doc:
        if tok.i not in covered and tok.text in NORP_WORDS:
            out.append(Span(doc, tok.i, tok.i + 1, label="NORP"))
    return sorted(out, key=lambda s: s.start)


def set_ents(doc, spans):
    spans = spacy.util.filter_spans(spans)
    doc.set_ents(spans, default="outside")
    return doc


def read_iob(path, sep, col_tok, col_tag, io=False):
    """Read (I)OB2 files -> list of sentences [(tokens, tags)] with document breaks (None)."""
    sents, toks, tags = [], [], []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# newdoc") or line.startswith("-DOCSTART-"):
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                sents.append(None)
                continue
            if line.startswith("#"):
                continue
            if not line.strip():
                if toks:
                    sents.append((toks, tags))
                    toks, tags = [], []
                continue
            cols = line.split(sep)
            toks.append(cols[col_tok])
            tags.append(cols[col_tag])
    if toks:
        sents.append((toks, tags))
    return sents


def iob_spans(tags, io=False):
    """Return [(start, end, type)] from IOB2 (or IO) tags."""
    spans, start, typ = [], None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (io and t.startswith("I-") and t[2:] != typ):
            if start is not None:
                spans.append((start, i, typ))
                start, typ = None, None
            if t.startswith("B-") or (io and t.startswith("I-")):
                start, typ = i, t[2:]
        elif t.startswith("I-") and (start is None or t[2:] != typ):  # orphan I-
            if start is not None:
                spans.append((start, i, typ))
            start, typ = i, t[2:]
    return spans


def iob_docs(vocab, sents, label_map, misc_to_norp=False, silver=True):
    """Group sentences (respecting document breaks) into Docs with entity annotation."""
    docs = []
    buf = []

    def flush():
        if not buf:
            return
        words, spaces, ents, starts = [], [], [], []
        for toks, tags in buf:
            off = len(words)
            words.extend(toks)
            spaces.extend([True] * len(toks))
            starts.extend([True] + [False] * (len(toks) - 1))
            for s, e, t in iob_spans(tags, io=misc_to_norp):
                ents.append((off + s, off + e, t))
        spaces[-1] = False
        doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
        spans = []
        missing = []
        for s, e, t in ents:
            if t in label_map:
                spans.append(Span(doc, s, e, label=label_map[t]))
            elif t == "MISC" and misc_to_norp and e - s == 1 and doc[s].text in NORP_WORDS:
                spans.append(Span(doc, s, e, label="NORP"))
            else:
                missing.append(Span(doc, s, e))  # MISC etc.: unknown for our label set
        if silver:
            covered = set()
            for sp in missing:
                covered.update(range(sp.start, sp.end))
            spans = [
                sp
                for sp in norp_silver(doc, spans)
                if not (sp.label_ == "NORP" and sp.start in covered)
            ]
        spans = spacy.util.filter_spans(spans)
        doc.set_ents(
            spans,
            missing=[
                m for m in missing if not any(m.start < sp.end and sp.start < m.end for sp in spans)
            ],
            default="outside",
        )
        docs.append(doc)
        buf.clear()

    for item in sents:
        if item is None:
            flush()
            continue
        buf.append(item)
        if len(buf) >= SENTS_PER_DOC:
            flush()
    flush()
    return docs


def read_uner_by_id(path):
    out, sid, toks, tags = {}, None, [], []
    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id = "):
                sid = line[len("# sent_id = ") :].strip()
            elif line.startswith("#"):
                continue
            elif not line.strip():
                if toks:
                    out[sid] = (toks, tags)
                toks, tags = [], []
            else:
                cols = line.split("\t")
                toks.append(cols[1])
                tags.append(cols[2])
    if toks:
        out[sid] = (toks, tags)
    return out


def ewt_uner_docs(vocab, conllu_path, uner, silver=True):
    """EWT UD documents carrying the UNER entity annotation of the same sentences."""
    docs = []
    stats = [0, 0]
    for chunk in group(read_conllu(conllu_path)):
        doc = ud_doc(vocab, chunk)
        spans, missing, off = [], [], 0
        for s in chunk:
            n = len(s["words"])
            u = uner.get(s["sent_id"])
            if u is None or u[0] != s["words"]:
                missing.append(Span(doc, off, off + n))
                stats[1] += 1
            else:
                stats[0] += 1
                for a, b, t in iob_spans(u[1]):
                    if t in UNER_MAP:
                        spans.append(Span(doc, off + a, off + b, label=UNER_MAP[t]))
            off += n
        if silver:
            blocked = {i for m in missing for i in range(m.start, m.end)}
            spans = [sp for sp in norp_silver(doc, spans) if sp.start not in blocked]
        doc.set_ents(spacy.util.filter_spans(spans), missing=missing, default="outside")
        docs.append(doc)
    print(
        f"  UNER merged into {conllu_path.rsplit('/', 1)[-1]}: {stats[0]} sentences matched, "
        f"{stats[1]} left without entity annotation",
        file=sys.stderr,
    )
    return docs


# ----------------------------------------------------------------------------- GUM entities
ENT_OPEN = re.compile(r"\(([^()|]+)")
ALLOWED_INNER = {"NNP", "NNPS", "IN", "CC", "HYPH", "POS", "CD", "DT"}


def gum_entity_docs(vocab, path, legacy=False):
    """Named PERSON/ORG/LOC mentions from GUM's MISC Entity= annotation (proper-noun heuristic).

    legacy=True reproduces the conversion the shipped model v1 was trained on: a bug cut every
    multi-word mention to its first word (``Token.sent_start`` is -1, i.e. truthy, inside a sentence)
    and other proper nouns were left O instead of missing."""
    docs = []
    for chunk in group(read_conllu(path)):
        doc = ud_doc(vocab, chunk)
        tags = [t.tag_ for t in doc]
        misc = [m for s in chunk for m in s["misc"]]
        stack = {}
        mentions = []
        for i, m in enumerate(misc):
            ent = None
            for field in m.split("|"):
                if field.startswith("Entity="):
                    ent = field[len("Entity=") :]
            if ent is None:
                continue
            # process openings and closings in order
            pos = 0
            while pos < len(ent):
                c = ent[pos]
                if c == "(":
                    j = pos + 1
                    while j < len(ent) and ent[j] not in "()":
                        j += 1
                    body = ent[pos + 1 : j]
                    parts = body.split("-", 7)
                    eid, etype = parts[0], parts[1] if len(parts) > 1 else ""
                    wiki = parts[7] if len(parts) > 7 else None
                    if j < len(ent) and ent[j] == ")":  # single-token mention
                        mentions.append((i, i + 1, etype, wiki))
                        j += 1
                    else:
                        stack.setdefault(eid, []).append((i, etype, wiki))
                    pos = j
                elif c == ")":
                    pos += 1
                else:
                    j = pos
                    while j < len(ent) and ent[j] not in "()":
                        j += 1
                    eid = ent[pos:j]
                    if j < len(ent) and ent[j] == ")" and stack.get(eid):
                        st, etype, wiki = stack[eid].pop()
                        mentions.append((st, i + 1, etype, wiki))
                    pos = j + 1
        spans = []
        for s, e, etype, wiki in mentions:
            if etype not in GUM_MAP:
                continue
            while s < e and tags[s] == "DT":
                s += 1
            # truncate at first disallowed token
            k = s
            while k < e and (tags[k] in ALLOWED_INNER or (tags[k] in ("NNP", "NNPS"))):
                if (doc[k].sent_start if legacy else doc[k].is_sent_start) and k > s:
                    break
                k += 1
            e = k
            while e > s and tags[e - 1] not in ("NNP", "NNPS", "CD"):
                e -= 1
            if e <= s or tags[s] not in ("NNP", "NNPS"):
                continue
            if wiki is None and any(t not in ("NNP", "NNPS", "HYPH") for t in tags[s:e]):
                continue
            spans.append(Span(doc, s, e, label=GUM_MAP[etype]))
        spans = spacy.util.filter_spans(spans)
        spans = spacy.util.filter_spans(norp_silver(doc, spans))
        # Proper nouns outside a kept span (GUM types them abstract/object/event..., or the heuristic
        # dropped the mention) are marked missing rather than O: UNER tags e.g. product and software
        # makers as ORG, and an O here would contradict it.
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        missing = [] if legacy else [Span(doc, i, i + 1) for i in range(len(doc))
                                     if i not in covered and tags[i] in ("NNP", "NNPS")]
        doc.set_ents(spans, missing=missing, default="outside")
        docs.append(doc)
    return docs


# ----------------------------------------------------------------------------- re3d
PRONOUNS = {
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "ours",
    "you",
    "your",
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
    "theirs",
    "this",
    "that",
    "these",
    "those",
    "who",
    "which",
}


def load_re3d(root):
    docs, ents = {}, {}
    for f in sorted(glob.glob(os.path.join(root, "*", "documents.json"))):
        for line in Path(f).read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                d = json.loads(line)
                docs[d["_id"]] = d
    for f in sorted(glob.glob(os.path.join(root, "*", "entities.json"))):
        for line in Path(f).read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                e = json.loads(line)
                ents.setdefault(e["documentId"], []).append(e)
    return docs, ents


def re3d_doc(nlp, text, ents, named=True):
    """named=True: drop pronoun / all-lowercase mentions and strip leading determiners."""
    # Wikipedia citation markers ("[1]") are blanked with spaces of equal length, so offsets stay valid
    text = re.sub(r"\[\d+\]", lambda m: " " * len(m.group()), text)
    doc = nlp.make_doc(text)
    spans = []
    for e in ents:
        if e["confidence"] < 0.5 or e["type"] not in RE3D_MAP:
            continue
        sp = doc.char_span(e["begin"], e["end"], label=RE3D_MAP[e["type"]], alignment_mode="expand")
        if sp is not None and len(sp.text) > e["end"] - e["begin"] + 2:
            sp = doc.char_span(
                e["begin"], e["end"], label=RE3D_MAP[e["type"]], alignment_mode="contract"
            )
        if sp is None or len(sp) == 0:
            continue
        if named:
            s, en = sp.start, sp.end
            while s < en and doc[s].lower_ in ("the", "a", "an", "its", "their", "our"):
                s += 1
            while en > s and doc[en - 1].is_punct:
                en -= 1
            if en <= s:
                continue
            toks = doc[s:en]
            if len(toks) == 1 and toks[0].lower_ in PRONOUNS:
                continue
            if not any(t.text[:1].isupper() for t in toks):
                continue
            if not toks[0].text[:1].isupper():
                continue
            sp = Span(doc, s, en, label=sp.label_)
        spans.append(sp)
    # resolve overlaps: prefer longest span (spacy.util.filter_spans)
    spans = spacy.util.filter_spans(spans)
    doc.set_ents(spans, default="outside")
    # sentence starts for the parser-less NER pipeline are not needed
    return doc


# ----------------------------------------------------------------------------- main
def save(docs, path):
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    db.to_disk(path)
    nw = sum(len(d) for d in docs)
    ne = sum(len(d.ents) for d in docs)
    print(
        f"  {os.path.basename(path)}: {len(docs)} docs, {nw} tokens, {ne} entities", file=sys.stderr
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "corpus"))
    ap.add_argument("--re3d-oversample", type=int, default=RE3D_OVERSAMPLE)
    ap.add_argument("--no-gum-ner", action="store_true")
    ap.add_argument("--gum-legacy", action="store_true",
                    help="GUM entity conversion as used for the shipped model v1 (see gum_entity_docs)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    D, OUT = args.data, args.out
    nlp = spacy.blank("en")
    vocab = nlp.vocab

    def ewt(s):
        return os.path.join(D, "ud_english_ewt", f"en_ewt-ud-{s}.conllu")
    def gum(s):
        return os.path.join(D, "ud_english_gum_open", f"en_gum-ud-{s}.open.conllu")
    print("UD", file=sys.stderr)
    ud = {}
    for name, path in [
        ("ewt_train", ewt("train")),
        ("gum_train", gum("train")),
        ("ewt_dev", ewt("dev")),
        ("gum_dev", gum("dev")),
        ("ewt_test", ewt("test")),
        ("gum_test", gum("test")),
    ]:
        ud[name] = [ud_doc(vocab, g) for g in group(read_conllu(path))]
    save(ud["ewt_train"] + ud["gum_train"], os.path.join(OUT, "ud_train.spacy"))
    save(ud["ewt_dev"] + ud["gum_dev"], os.path.join(OUT, "ud_dev.spacy"))
    for name in ("ewt_dev", "gum_dev", "ewt_test", "gum_test"):
        save(ud[name], os.path.join(OUT, f"{name}.spacy"))
    # raw text of EWT test for speed measurement (one document per line)
    with open(os.path.join(OUT, "ewt_test_raw.txt"), "w", encoding="utf8") as fh:
        for d in ud["ewt_test"]:
            fh.write(d.text.replace("\n", " ") + "\n")

    print("NER", file=sys.stderr)
    def uner(f):
        return os.path.join(D, "uner_english_ewt", f)
    uner_train = iob_docs(
        vocab, read_iob(uner("en_ewt-ud-train.approx.iob2"), "\t", 1, 2), UNER_MAP
    )
    uner_dev = iob_docs(
        vocab, read_iob(uner("en_ewt-ud-dev.iob2"), "\t", 1, 2), UNER_MAP, silver=False
    )
    uner_test = iob_docs(
        vocab, read_iob(uner("en_ewt-ud-test.iob2"), "\t", 1, 2), UNER_MAP, silver=False
    )
    wiki = iob_docs(
        vocab,
        read_iob(os.path.join(D, "wikigold", "wikigold.conll.txt"), " ", 0, 1),
        WIKIGOLD_MAP,
        misc_to_norp=True,
    )
    gum_ner = [] if args.no_gum_ner else gum_entity_docs(vocab, gum("train"), legacy=args.gum_legacy)
    gum_ner_dev = gum_entity_docs(vocab, gum("dev"), legacy=args.gum_legacy)
    ewt_train_ner = ewt_uner_docs(
        vocab, ewt("train"), read_uner_by_id(uner("en_ewt-ud-train.approx.iob2"))
    )
    ewt_dev_ner = ewt_uner_docs(vocab, ewt("dev"), read_uner_by_id(uner("en_ewt-ud-dev.iob2")))
    docs, ents = load_re3d(os.path.join(D, "re3d"))
    re3d_train, re3d_test, re3d_test_raw = [], [], []
    for did in sorted(docs):
        text = docs[did]["text"]
        if md5_bucket(did) in RE3D_TEST_BUCKETS:
            re3d_test.append(re3d_doc(nlp, text, ents.get(did, []), named=True))
            re3d_test_raw.append(re3d_doc(nlp, text, ents.get(did, []), named=False))
        else:
            re3d_train.append(re3d_doc(nlp, text, ents.get(did, []), named=True))
    save(uner_train, os.path.join(OUT, "uner_train.spacy"))
    save(wiki, os.path.join(OUT, "wikigold.spacy"))
    save(gum_ner, os.path.join(OUT, "gum_ner_train.spacy"))
    save(re3d_train, os.path.join(OUT, "re3d_train.spacy"))
    save(
        uner_train + wiki + gum_ner + re3d_train * args.re3d_oversample,
        os.path.join(OUT, "ner_train.spacy"),
    )
    # joint corpus: one shared tok2vec for tagger, morphologizer, parser and ner
    save(
        ewt_train_ner + gum_ner + wiki + re3d_train * args.re3d_oversample,
        os.path.join(OUT, "joint_train.spacy"),
    )
    save(ewt_dev_ner + gum_ner_dev, os.path.join(OUT, "joint_dev.spacy"))
    save(uner_dev, os.path.join(OUT, "ner_dev.spacy"))
    save(uner_test, os.path.join(OUT, "uner_test.spacy"))
    save(re3d_test, os.path.join(OUT, "re3d_test.spacy"))
    save(re3d_test_raw, os.path.join(OUT, "re3d_test_raw.spacy"))


if __name__ == "__main__":
    main()
