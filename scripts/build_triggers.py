"""Build ``dossier/knowledge/event_triggers.jsonl`` from the CAMEO verb dictionary.

Each verb block of PETRARCH2's ``CAMEO.2.0.txt`` (``---  VERB  [code]  ---``) lists synonyms,
some with a code of their own; every synonym takes its own code or the block's, which
``CAMEO2PLOVER-2021.txt`` maps to a PLOVER 0.8 type (the most specific code listed wins;
codes that map to nothing, such as 01 statements and 02 appeals, are skipped). Verbs too
generic or ambiguous in news English are dropped (``TOO_GENERIC``). The hand-written
supplement ``event_triggers_hand.jsonl`` is merged last and wins on the same key; a hand
record with ``"type": null`` removes the CAMEO entry.

Usage: python scripts/build_triggers.py [--data DIR] [--hand FILE] [--out FILE]

Run it after every edit of the hand file: the shipped ``event_triggers.jsonl`` is exactly its
output (``tests/extract/test_triggers.py`` rebuilds it and compares, byte for byte).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
KNOWLEDGE = ROOT / "dossier" / "knowledge"
HAND_FILE = KNOWLEDGE / "event_triggers_hand.jsonl"
OUT_FILE = KNOWLEDGE / "event_triggers.jsonl"

PARTICLES = {"up", "down", "out", "off", "back", "away", "over", "in", "on", "through", "aside"}
DEFAULT_PREPS = {"against": "target", "for": "target", "to": "target", "with": "target"}

# Synonyms a news text uses far more often in another sense than the CAMEO block's, or too
# generic to carry an event on their own: a wrong event is worse than a missing one.
# Reviewed by hand over the generated list; keys are "lemma", "lemma_particle" or
# "lemma+object" as in CAMEO. Verbs the hand file re-types need not be listed here.
TOO_GENERIC = {
    "abhor", "analyse", "argue", "ascertain", "audit", "aver", "avow", "belittle", "bemoan",
    "brand", "challenge", "charge", "chasten", "check", "claim", "comb", "compensate", "compete",
    "contend", "contest", "contradict", "contrast", "contravene", "counter", "counterbalance",
    "crucify", "cry", "debase", "defile", "degrade", "despair", "differ", "dig", "disagree",
    "disappoint", "discourage", "dishearten", "dispute", "dissent", "dress_down", "examine",
    "explore", "express", "glance_over", "grieve", "humble", "humiliate", "implicate", "lament",
    "lecture", "look_over", "mine", "monitor", "mourn", "regret", "renounce", "research", "sadden",
    "scan", "scoff", "search", "skim", "slight", "study", "suspect", "swear", "sweep", "unearth",
    "wail", "weep", "whine", "wrangle", "inspect", "grill", "interrogate", "aim", "assure",
    "certify", "comply", "decide", "determine", "endeavor", "endeavour", "ensure", "expect",
    "gear_up", "groom", "guarantee", "intend", "is+determined", "mean", "offer", "plan", "prepare",
    "proffer", "ready", "resurrect", "resuscitate", "revive", "seek", "signal", "strive",
    "subscribe", "train", "vote", "vouch", "want", "contribute", "defend", "evacuate", "guard",
    "help", "interfere", "intervene", "look+after", "protect", "safeguard", "shield", "stabilise",
    "stabilize", "step_in", "tend", "ward", "altercate", "best", "blow", "break", "bruise", "bust",
    "cane", "circle", "conflict", "contaminate", "corrupt", "crack", "damage", "die", "disarm",
    "dishonor", "dishonour", "dominate", "duel", "engage", "explode", "fire", "hammer", "hang",
    "harm", "hit", "impair", "intrude_on", "kick", "lash", "mar", "master", "match", "overcome",
    "overshadow", "overtake", "overwhelm", "pit", "quarrel", "ram", "ring", "rip", "ruin",
    "shatter", "smash", "spoil", "square_off", "struggle", "surmount", "surround", "tarnish",
    "tear", "target", "vitiate", "wrestle", "foray", "foray+into", "appropriate", "bar",
    "beef_up", "bill", "block", "boycott", "cage", "catch", "compel", "constrain", "contain",
    "curb", "enclose", "enforce", "exclude", "extract", "force", "grab", "hold", "impel", "impose",
    "infest", "inflict", "inhabit", "levy", "moderate", "overturn", "pirate", "pluck", "pull",
    "reinforce", "remove", "reside", "restrain", "restrict", "revolutionise", "revolutionize",
    "segregate", "shun", "snatch", "subvert", "take", "tax", "veto", "vote_down", "withhold",
    "abide", "allow", "approve", "arbitrate", "authorise", "authorize", "bide", "bow", "clear",
    "compromise", "concession", "conciliate", "consent", "countenance", "declassify",
    "decriminalise", "decriminalize", "detach", "disconnect", "disengage", "disentangle",
    "draw_back", "drop_out", "emancipate", "empower", "enable", "exculpate", "exonerate", "fill",
    "forswear", "free", "get_out", "go_through", "hash_out", "intercede", "intermediate",
    "legalise", "legalize", "legislate", "liberate", "loosen", "obey", "pass", "permit", "recede",
    "relax", "resettle", "resign", "resolve", "retire", "satify", "set+free", "settle",
    "settle_on", "submit", "succumb", "tease", "tolerate", "undo", "unloose", "untie", "verify",
    "vindicate", "absolve", "abstain", "acquit", "unblock", "acquaint", "amass", "apprise",
    "apprize", "approach", "arrive", "assemble", "attend", "brave", "cable", "call", "cluster",
    "come", "communicate", "communicate+with", "confront", "conglomerate", "congregate", "conjoin",
    "consider", "constellate", "contemplate", "converge", "debate", "depart", "egress", "elicit",
    "embark", "encounter", "excogitate", "face", "find_out", "flock", "gather", "get+together",
    "give+notice", "go", "go+forth", "go_away", "hear", "huddle", "innovate", "insert", "interact",
    "introduce", "invite", "join", "journey", "learn", "leave", "leave+behind", "meditate", "mull",
    "muse", "notify", "promulgate", "pull_out", "reason", "reconsider", "ruminate", "run+into",
    "send+word", "speculate", "summon", "think", "tour", "touring", "travel", "unite", "walk_out",
    "weigh", "abate", "accord", "add", "administer", "allocate", "allot", "ameliorate", "amplify",
    "appease", "apportion", "assign", "assist", "assuage", "attach", "attire", "augment", "award",
    "benefit", "bequeath", "bestow", "better", "bind", "blend", "boost", "buy", "chain",
    "coalesce", "combine", "command", "compound", "conduct", "conflate", "connect", "constitute",
    "control", "deepen", "dictate", "direct", "ease", "enact", "endow", "enhance", "enjoin",
    "enlarge", "enlist", "enroll", "entrust", "equip", "escalate", "establish", "exaggerate",
    "exchange", "expand", "expediate", "facilitate", "found", "furnish", "fuse", "gear", "give",
    "govern", "grant", "handle", "head", "heighten", "import", "improve", "increase", "institute",
    "intensify", "invest", "issue", "lead", "link", "magnify", "manage", "merge", "mitigate",
    "outfit", "oversee", "pay", "prescribe", "provide", "purchase", "re-establish", "redouble",
    "regulate", "relate", "render", "rule", "serve", "simplify", "steer", "step_up", "stock",
    "supervise", "supervize", "supply", "swap", "task", "tender", "tie_in", "trade", "unify",
    "underwrite", "drum_up", "garner", "overfly", "parade", "pull+together", "rally", "agitate",
    "agonise", "agonize", "annoy", "arouse", "badger", "bother", "demonstrate", "discomfit",
    "disconcert", "disquiet", "disturb", "enkindle", "harass", "harry", "hassle", "irk",
    "irritate", "loot", "pester", "plague", "provoke", "rag", "torment", "upset", "vex", "breach",
    "defect", "defer", "delay", "fail", "forestall", "hamper", "hinder", "impede", "inhibit",
    "override", "postpone", "prevent", "procrastinate", "remit", "retard", "shelve", "stall",
    "stymie", "table", "bid", "campaign", "clamor", "clamour", "crusade", "decree", "insist",
    "necessitate", "need", "order", "press", "push", "abort", "countermine", "disarray",
    "disorder", "disrupt", "disband", "rescind", "betray", "admire", "admit", "advertise",
    "advertize", "affect", "affirm", "agree", "ally", "associate", "bargain", "barter", "bless",
    "celebrate", "cheer", "clap", "collaborate", "commemorate", "concert", "confess", "confide",
    "conform", "cooperate", "coordinate", "correlate", "deal", "divulge", "embolden", "encourage",
    "enliven", "esteem", "exalt", "expose", "exuberate", "exult", "favor", "favour", "felicitate",
    "forgave", "forgiven", "formalize", "galvanize", "glorify", "greet", "haggle", "hail",
    "harmonise", "harmonize", "honor", "honour", "impact", "influence", "inspire", "integrate",
    "invigorate", "legitimise", "legitimize", "orchestrate", "organise", "organize", "persuade",
    "prefer", "prize", "profess", "promote", "reassert", "reassure", "recognise", "recognize",
    "rejoice", "respect", "reveal", "revitalize", "reward", "rouse", "salute", "sanctify", "spur",
    "synchronise", "synchronize", "tempt", "toast", "triumph", "unionise", "unionize", "unveil",
    "value", "appreciate", "thank", "caution", "risk", "endanger", "warn", "dismiss", "spy",
    "dismay", "distrust", "rake", "re-examine", "reexamine", "scrutinize", "blaspheme", "savage",
    "curse", "fault", "lend", "loan", "beat", "blast", "hurt", "defeat", "grapple", "fight_down",
    "abuse", "combat", "thump", "whip", "reave", "ravish", "talk_over", "ratify", "ponder",
    "reinvite", "abandon",
}


def cameo_to_plover(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type from ``CAMEO2PLOVER-2021.txt``."""
    mapping: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        found = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if found:
            mapping[found.group(1)] = found.group(2)
    return mapping


def plover_type(code: str, mapping: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code: the most specific prefix the table lists."""
    for length in range(len(code), 1, -1):
        if code[:length] in mapping:
            return mapping[code[:length]]
    return None


def _code(text: str) -> str | None:
    found = re.search(r"\[([0-9:-]*)\]", text)
    if not found:
        return None
    code = found.group(1).split(":")[0]
    return code if code.isdigit() else None


def cameo_verbs(path: Path) -> list[tuple[str, str | None, str | None, str]]:
    """(lemma, particle, object, CAMEO code) for every synonym of every coded verb block."""
    verbs: list[tuple[str, str | None, str | None, str]] = []
    block_code: str | None = None
    in_patterns = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not in_patterns:
            continue
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("- "):
            continue
        if line.startswith("---"):
            block_code = _code(line)
            continue
        code = _code(line) or block_code
        words = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
        if not code or len(words) != 1:
            continue
        word = words[0].lstrip("+").rstrip("_").lower()
        parts = [part for part in word.split("_") if part]
        if len(parts) == 1:
            verbs.append((parts[0], None, None, code))
        elif len(parts) == 2 and parts[1] in PARTICLES:
            verbs.append((parts[0], parts[1], None, code))
        elif len(parts) == 2 and parts[1].isalpha() and len(parts[1]) > 3:
            verbs.append((parts[0], None, parts[1], code))
    return verbs


def _key(record: dict[str, Any]) -> tuple[Any, ...]:
    return (
        record["lemma"], record["pos"], record.get("particle"), record.get("object"),
        record.get("adverb"),
    )


def read_hand(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("//"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise SystemExit(f"{path}:{number}: not JSON ({error})") from None
        if "_meta" not in record:
            records.append(record)
    return records


def build(data: Path, hand: Path = HAND_FILE) -> list[dict[str, Any]]:
    mapping = cameo_to_plover(data / "plover_gsr" / "CAMEO2PLOVER-2021.txt")
    records: dict[tuple[Any, ...], dict[str, Any]] = {}
    cameo_file = data / "petrarch2_dictionaries" / "CAMEO.2.0.txt"
    for lemma, particle, obj, code in cameo_verbs(cameo_file):
        name = lemma + (f"_{particle}" if particle else "") + (f"+{obj}" if obj else "")
        if name in TOO_GENERIC:
            continue
        event_type = plover_type(code, mapping)
        if event_type is None:
            continue
        record = {
            "lemma": lemma, "pos": "VERB", "type": event_type, "particle": particle,
            "object": obj, "preps": DEFAULT_PREPS, "passive_agent": "by", "cameo": code,
            "source": "cameo",
        }
        records.setdefault(_key(record), record)
    for record in read_hand(hand):
        full = {
            "lemma": record["lemma"], "pos": record.get("pos", "VERB"), "type": record["type"],
            "particle": record.get("particle"), "object": record.get("object"),
            "preps": record.get("preps", DEFAULT_PREPS), "passive_agent": "by",
            "cameo": record.get("cameo"), "source": "hand",
        }
        if record.get("target_required"):
            full["target_required"] = True
        if record.get("object_target"):
            full["object_target"] = True
        if record.get("adverb"):
            full["adverb"] = record["adverb"]
        if record.get("agents"):
            full["agents"] = record["agents"]
        if record.get("patients"):
            full["patients"] = record["patients"]
        if record.get("patient_target"):
            full["patient_target"] = True
        if record.get("person_actor"):
            full["person_actor"] = True
        if record.get("not_by_speaker"):
            full["not_by_speaker"] = True
        if record.get("object_clause"):
            full["object_clause"] = True
        if record.get("intransitive"):
            full["intransitive"] = True
        if record.get("transitive"):
            full["transitive"] = True
        if record.get("untargeted_actor_types"):
            full["untargeted_actor_types"] = record["untargeted_actor_types"]
        if record.get("object_owner_target"):
            full["object_owner_target"] = True
        if record.get("object_compound_target"):
            full["object_compound_target"] = True
        if full["type"] is None:
            records.pop(_key(full), None)
        else:
            records[_key(full)] = full
    return sorted(records.values(), key=lambda r: (r["lemma"], r["pos"], str(r["particle"])))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--hand", type=Path, default=HAND_FILE)
    parser.add_argument("--out", type=Path, default=OUT_FILE)
    args = parser.parse_args(argv)
    records = build(args.data, args.hand)
    meta = {
        "_meta": {
            "kind": "event_triggers",
            "source": "PETRARCH2 CAMEO.2.0.txt verb blocks (github.com/openeventdata/petrarch2) "
            "mapped with PLOVER CAMEO2PLOVER-2021.txt, plus event_triggers_hand.jsonl",
            "licence": "MIT (CAMEO.2.0.txt, Open Event Data Alliance); hand records MIT",
            "built_by": "scripts/build_triggers.py",
        }
    }
    lines = [json.dumps(meta, ensure_ascii=False)]
    lines += [json.dumps(record, ensure_ascii=False) for record in records]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stderr.write(f"{args.out}: {len(records)} triggers\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
