#!/usr/bin/env python3
"""Validate the heldout15 evaluation set.

Checks page format, gold / ignore / accounted files, and that every number
token on every page is accounted for (gold quote + value, accounted.json
context, ignore value + note, or a year/date/time).

usage: python3 tools/check.py [--tokens 98x]
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIRST, LAST = 985, 996

ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR BHS
BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV
CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM
GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN
IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE
LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS
MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK
PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR
SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY
USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE XKX
""".split())

GOLD_FIELDS = {"article", "country", "metric", "keywords", "value", "unit", "year", "year_ok", "quote", "tier"}
GOLD_OPTIONAL = {"value_ok"}
IGNORE_FIELDS = {"article", "country", "value", "note"}
ACC_FIELDS = {"article", "token", "context", "kind", "note"}

CARD = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
        "hundred thousand dozen").split()
CARD_VAL = dict(zip(CARD, list(range(1, 21)) + [30, 40, 50, 60, 70, 80, 90, 100, 1000, 12]))
ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
       "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
ORD_VAL = {w: i + 1 for i, w in enumerate(ORD)}
WORD_VAL = {**CARD_VAL, **ORD_VAL}
WORD_RE = re.compile(r"\b(" + "|".join(sorted(WORD_VAL, key=len, reverse=True)) + r")\b", re.I)
DIGIT_RE = re.compile(r"(?<![\dA-Za-z])(?<!\d[.,])([-\u2212]?)(\d+(?:,\d{3})*(?:\.\d+)?)(?:st|nd|rd|th)?")

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
DATE_RES = [
    re.compile(r"(?<![\d,.$€£])(?:1[89]\d{2}|20\d{2})(?:[/-]\d{2})?s?(?!\d|,\d|\.\d)"),  # 2024, 2023/24, 2021-22, 1990s
    re.compile(r"\b(?:" + MONTHS + r")\.? \d{1,2}\b"),                          # May 13, Dec 12, Sept 26
    re.compile(r"\b\d{1,2} (?:" + MONTHS + r")\b"),                             # 18 July
    re.compile(r"\b\d{1,2}:\d{2}\b"),                                            # 16:06
]
SCALES = (0.01, 1, 1e3, 1e6, 1e9, 1e12)

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def split_page(name, text):
    """Return (front-matter dict or None, body, list of (start,end) spans to skip in token scan)."""
    skip = []
    if not text.startswith("---\n"):
        return None, text, skip
    end = text.find("\n---\n", 4)
    if end < 0:
        err(f"{name}: front matter not closed")
        return {}, text, skip
    fm = {}
    pos = 4
    for line in text[4:end].split("\n"):
        k, _, v = line.partition(": ")
        fm[k] = v
        if k in ("url", "date"):
            skip.append((pos, pos + len(line)))
        pos += len(line) + 1
    skip.append((0, 4))
    skip.append((end, end + 5))
    return fm, text[end + 5:], skip


def tokens(text, skip):
    out = []
    for m in DIGIT_RE.finditer(text):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in skip):
            continue
        v = float(m.group(2).replace(",", ""))
        if m.group(1):
            v = -v
        out.append({"start": s, "end": e, "text": m.group(0), "bare": m.group(2), "value": v, "kind": "digit"})
    for m in WORD_RE.finditer(text):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in skip):
            continue
        out.append({"start": s, "end": e, "text": m.group(0), "bare": m.group(0).lower(),
                    "value": float(WORD_VAL[m.group(0).lower()]), "kind": "word"})
    out.sort(key=lambda t: t["start"])
    return out


def date_spans(text):
    spans = []
    for rx in DATE_RES:
        spans += [(m.start(), m.end()) for m in rx.finditer(text)]
    return spans


def occurrences(text, sub):
    i = text.find(sub)
    while i >= 0:
        yield i, i + len(sub)
        i = text.find(sub, i + 1)


def record_values(rec):
    vals = [rec["value"], abs(rec["value"])]
    vals += rec.get("value_ok", []) or []
    return [float(v) for v in vals]


def value_match(tok, rec):
    tv = [tok["value"], abs(tok["value"])]
    for r in record_values(rec):
        for t in tv:
            for sc in SCALES:
                if close(r, t * sc):
                    return True
    return False


def load_jsonl(path):
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path.name}:{i}: bad JSON ({e})")
    return rows


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def main(argv):
    dump = None
    if "--tokens" in argv:
        dump = argv[argv.index("--tokens") + 1]

    # ---- pages
    pages = {}
    files = sorted(p for p in CORPUS.iterdir() if p.is_file())
    name_re = re.compile(r"^(\d{3})_[a-z0-9]+(?:-[a-z0-9]+)+\.(md|txt)$")
    nums = []
    n_md = n_txt = 0
    for p in files:
        m = name_re.match(p.name)
        if not m:
            err(f"{p.name}: bad file name")
            continue
        nums.append(int(m.group(1)))
        raw = p.read_bytes()
        text = raw.decode("utf-8")
        if raw.endswith(b"\n"):
            err(f"{p.name}: ends with a newline")
        fm, body, skip = split_page(p.name, text)
        if m.group(2) == "md":
            n_md += 1
            if fm is None:
                err(f"{p.name}: .md page without front matter")
            else:
                keys = list(fm)
                if not keys or keys[0] != "url" or not fm["url"].startswith("http"):
                    err(f"{p.name}: front matter must start with url")
                allowed = ["url", "date", "title"]
                if [k for k in keys if k not in allowed] or keys != [k for k in allowed if k in keys]:
                    err(f"{p.name}: front matter keys {keys} (want url, then date and/or title)")
                if "date" in fm and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fm["date"]):
                    err(f"{p.name}: bad date {fm['date']!r}")
        else:
            n_txt += 1
            if fm is not None:
                err(f"{p.name}: .txt page has front matter")
            if not body.split("\n", 1)[0].strip():
                err(f"{p.name}: .txt page must open with a headline line")
        words = len(body.split())
        if not 300 <= words <= 550:
            err(f"{p.name}: body has {words} words (want 300-550)")
        pages[p.name] = {"text": text, "skip": skip, "fm": fm}
    if sorted(nums) != list(range(FIRST, LAST + 1)):
        err(f"page numbers {sorted(nums)} are not {FIRST}..{LAST}")
    if (n_md, n_txt) != (8, 4):
        err(f"want 8 .md and 4 .txt pages, found {n_md} and {n_txt}")

    # ---- gold
    gold = load_jsonl(ROOT / "gold.jsonl")
    seen = set()
    for i, r in enumerate(gold, 1):
        where = f"gold.jsonl:{i}"
        keys = set(r)
        if not GOLD_FIELDS <= keys or keys - GOLD_FIELDS - GOLD_OPTIONAL:
            err(f"{where}: fields {sorted(keys)}")
            continue
        if r["article"] not in pages:
            err(f"{where}: unknown article {r['article']}")
            continue
        if r["country"] not in ISO3:
            err(f"{where}: bad ISO3 {r['country']!r}")
        if not is_num(r["value"]):
            err(f"{where}: value {r['value']!r} is not a number")
            continue
        if "value_ok" in r and (not isinstance(r["value_ok"], list) or not all(is_num(v) for v in r["value_ok"])):
            err(f"{where}: bad value_ok")
        kw = r["keywords"]
        if not isinstance(kw, list) or not kw or any(not isinstance(k, str) or k != k.lower() or not k for k in kw):
            err(f"{where}: keywords must be a non-empty list of lowercase strings")
        if not isinstance(r["metric"], str) or not re.fullmatch(r"[a-z0-9_]+", r["metric"]):
            err(f"{where}: bad metric id {r['metric']!r}")
        y = r["year"]
        if y is not None and (not isinstance(y, int) or not 1900 <= y <= 2100):
            err(f"{where}: bad year {y!r}")
        if not isinstance(r["year_ok"], list) or any(not isinstance(v, int) for v in r["year_ok"]):
            err(f"{where}: bad year_ok")
        if r["tier"] not in ("core", "hard"):
            err(f"{where}: bad tier {r['tier']!r}")
        text = pages[r["article"]]["text"]
        if not isinstance(r["quote"], str) or r["quote"] not in text:
            err(f"{where}: quote not verbatim in page: {r['quote']!r}")
            continue
        if r["tier"] == "core":
            ok = False
            if not all(is_num(v) for v in (r.get("value_ok") or [])):
                continue
            for a, b in occurrences(text, r["quote"]):
                for t in tokens(text[a:b], []):
                    if value_match(t, r):
                        ok = True
            if not ok:
                err(f"{where}: core record value {r['value']} has no matching token in its quote")
        k = (r["article"], r["country"], r["metric"], r["value"], r["year"])
        if k in seen:
            err(f"{where}: duplicate record {k}")
        seen.add(k)

    # ---- ignore
    ignore = load_jsonl(ROOT / "gold.ignore.jsonl")
    for i, r in enumerate(ignore, 1):
        where = f"gold.ignore.jsonl:{i}"
        if set(r) != IGNORE_FIELDS:
            err(f"{where}: fields {sorted(r)}")
            continue
        if r["article"] not in pages:
            err(f"{where}: unknown article {r['article']}")
        if r["country"] not in ISO3:
            err(f"{where}: bad ISO3 {r['country']!r}")
        if not is_num(r["value"]):
            err(f"{where}: value {r['value']!r} is not a number")
        if not isinstance(r["note"], str) or not r["note"]:
            err(f"{where}: empty note")

    # ---- accounted
    acc = json.loads((ROOT / "tools" / "accounted.json").read_text(encoding="utf-8"))
    for i, r in enumerate(acc, 1):
        where = f"accounted.json[{i}]"
        if set(r) != ACC_FIELDS:
            err(f"{where}: fields {sorted(r)}")
            continue
        if r["article"] not in pages:
            err(f"{where}: unknown article {r['article']}")
            continue
        if r["context"] not in pages[r["article"]]["text"]:
            err(f"{where}: context not in page: {r['context']!r}")
        elif not any(t["bare"] == r["token"].lower() or t["text"] == r["token"]
                     for t in tokens(r["context"], [])):
            err(f"{where}: token {r['token']!r} is not a number token of its context")
        if not r["kind"] or not r["note"]:
            err(f"{where}: kind and note are required")

    # ---- token accounting
    used_acc = set()
    for name, pg in sorted(pages.items()):
        text = pg["text"]
        dspans = date_spans(text)
        g = [r for r in gold if r.get("article") == name and isinstance(r.get("quote"), str)
             and is_num(r.get("value")) and all(is_num(v) for v in (r.get("value_ok") or []))]
        ig = [r for r in ignore if r.get("article") == name and is_num(r.get("value"))]
        ac = [(i, r) for i, r in enumerate(acc) if r.get("article") == name]
        gspans = [(a, b, r) for r in g for a, b in occurrences(text, r["quote"])]
        aspans = [(a, b, i, r) for i, r in ac for a, b in occurrences(text, r["context"])]
        rows = []
        for t in tokens(text, pg["skip"]):
            how = None
            if any(a <= t["start"] and t["end"] <= b for a, b in dspans):
                how = "date/year"
            if how is None:
                for a, b, r in gspans:
                    if a <= t["start"] and t["end"] <= b and value_match(t, r):
                        how = f"gold {r['country']} {r['metric']}={r['value']} ({r['tier']})"
                        break
            if how is None:
                for a, b, i, r in aspans:
                    if a <= t["start"] and t["end"] <= b and r["token"].lower() in (t["bare"], t["text"].lower()):
                        how = f"acc {r['kind']}: {r['note']}"
                        used_acc.add(i)
                        break
            if how is None:
                for r in ig:
                    if value_match(t, r) and t["text"].lower().lstrip("-\u2212") in r["note"].lower():
                        how = f"ignore {r['country']} {r['value']}: {r['note']}"
                        break
            line_start = text.rfind("\n", 0, t["start"]) + 1
            line_no = text.count("\n", 0, t["start"]) + 1
            ctx = text[max(line_start, t["start"] - 30):t["end"] + 30].replace("\n", " ")
            rows.append((line_no, t["text"], how, ctx))
            if how is None:
                err(f"{name}:{line_no}: unaccounted number token {t['text']!r} in ...{ctx}...")
        if dump and name.startswith(dump):
            print(f"== {name}: {len(rows)} number tokens")
            for line_no, tt, how, ctx in rows:
                print(f"  L{line_no:<3} {tt:>12}  {how or 'UNACCOUNTED'}   | {ctx}")
    for i, r in enumerate(acc):
        if i not in used_acc and r.get("article") in pages:
            err(f"accounted.json[{i + 1}]: entry accounts for no token ({r.get('token')!r} in {r.get('context')!r})")

    print(f"check.py: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
