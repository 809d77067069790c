#!/usr/bin/env python3
"""Validates the heldout11 set: corpus layout, gold.jsonl, gold.ignore.jsonl.

Run: python3 tools/build.py && python3 tools/check.py      (exit code 1 on any error)
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
sys.path.insert(0, os.path.join(ROOT, "tools"))
import build  # noqa: E402  (for ARTICLES and the NEITHER list of hand-checked leftovers)

GOLD_FIELDS = ["article", "country", "metric", "keywords", "value", "unit", "year", "year_ok", "quote", "tier"]
GOLD_OPTIONAL_LAST = "value_ok"
IGNORE_FIELDS = ["article", "country", "value", "note"]
SHARED_GOLD = "/work/shared/gold/corpus-gold.jsonl"
SHARED_IGNORE = "/work/shared/gold/corpus-gold.ignore.jsonl"

ISO3 = set("""
AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BES
BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD COK CRI CIV HRV
CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF PYF ATF GAB GMB GEO DEU
GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND IDN IRN IRQ IRL IMN ISR ITA JAM
JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ
MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN
PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU
SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL
TON TTO TUN TUR TKM TCA TUV UGA UKR ARE GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE
""".split())

WORDS = {
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
    "half": 0.5, "quarter": 0.25, "thirds": 2 / 3, "double": 2, "twice": 2, "tenfold": 10,
}
SCALE = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mhl": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
         "trillion": 1e12, "tn": 1e12}
NUM_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:-(\d{2}))?([A-Za-z]*)")
WORD_RE = re.compile(r"[A-Za-z]+")

errors = []


def err(msg):
    errors.append(msg)


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{n}: blank line")
                continue
            try:
                rows.append((n, json.loads(line, object_pairs_hook=lambda kv: kv)))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{n}: does not parse: {e}")
    return rows


def split_page(name, text):
    """Return (front matter list of (key, value), body)."""
    if name.endswith(".txt"):
        return None, text
    if not text.startswith("---\n"):
        err(f"{name}: .md must start with '---'")
        return [], text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(f"{name}: front matter not closed")
        return [], text
    fm = []
    for line in text[4:end].split("\n"):
        k, _, v = line.partition(": ")
        fm.append((k, v))
    return fm, text[end + 5:]


def numbers_in(text):
    """All numbers written in text, as (token, raw value, scaled value or None)."""
    out = []
    for m in NUM_RE.finditer(text):
        whole, dec, _, suffix = m.groups()
        raw = float(whole.replace(",", "") + ("." + dec if dec else ""))
        scaled = None
        suf = suffix.lower()
        if suf in SCALE:
            scaled = raw * SCALE[suf]
        else:
            nxt = WORD_RE.match(text[m.end():].lstrip())
            if nxt and nxt.group(0).lower() in SCALE and text[m.end():m.end() + 1] == " ":
                scaled = raw * SCALE[nxt.group(0).lower()]
        out.append((m.group(0), raw, scaled))
    for m in WORD_RE.finditer(text):
        w = m.group(0).lower()
        if w in WORDS:
            out.append((m.group(0), float(WORDS[w]), None))
    return out


def main():
    # ---------------------------------------------------------------- corpus files
    names = sorted(os.listdir(CORPUS))
    md = [n for n in names if n.endswith(".md")]
    txt = [n for n in names if n.endswith(".txt")]
    if len(md) != 8 or len(txt) != 4 or len(names) != 12:
        err(f"corpus: want 8 .md + 4 .txt, have {len(md)} .md + {len(txt)} .txt ({len(names)} files)")
    if [n[:3] for n in names] != [str(i) for i in range(937, 949)]:
        err("corpus: files must be numbered 937..948, one each")
    if names != sorted(build.ARTICLES):
        err("corpus: file names differ from build.ARTICLES")
    bodies = {}
    pages = {}
    for n in names:
        if not re.fullmatch(r"\d{3}_[a-z0-9]+(-[a-z0-9]+)+\.(md|txt)", n):
            err(f"{n}: file name not like 937_outletname-topic-slug.md")
        with open(os.path.join(CORPUS, n), encoding="utf-8") as f:
            text = f.read()
        pages[n] = text
        if text.endswith("\n"):
            err(f"{n}: ends with a newline")
        if "\r" in text:
            err(f"{n}: has CR characters")
        fm, body = split_page(n, text)
        bodies[n] = body
        if fm is not None:
            keys = [k for k, _ in fm]
            if keys not in (["url", "date", "title"], ["url", "title"]):
                err(f"{n}: front matter keys {keys}, want url, [date,] title")
            d = dict(fm)
            if not d.get("url", "").startswith("https://"):
                err(f"{n}: url missing or not https")
            if "date" in d:
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"]):
                    err(f"{n}: date not ISO: {d['date']}")
                elif d["date"][:4] not in body and d["date"][:4] not in d.get("url", ""):
                    err(f"{n}: date {d['date']} shows in neither text nor url")
            if "title" in d and not body.startswith(d["title"] + "\n"):
                err(f"{n}: body does not start with the title")
        words = len(body.split())
        if not 300 <= words <= 550:
            err(f"{n}: body has {words} words, want 300-550")

    # ---------------------------------------------------------------- field order vs shared files
    gold_fields, ignore_fields = GOLD_FIELDS, IGNORE_FIELDS
    if os.path.exists(SHARED_GOLD):
        shared = {tuple(k for k, _ in r) for _, r in read_jsonl(SHARED_GOLD)}
        want = {tuple(GOLD_FIELDS), tuple(GOLD_FIELDS + [GOLD_OPTIONAL_LAST])}
        if shared - want:
            err(f"shared gold has field orders this checker does not know: {shared - want}")
    if os.path.exists(SHARED_IGNORE):
        shared = {tuple(k for k, _ in r) for _, r in read_jsonl(SHARED_IGNORE)}
        if shared != {tuple(IGNORE_FIELDS)}:
            err(f"shared ignore field order differs: {shared}")

    gold_rows = read_jsonl(os.path.join(ROOT, "gold.jsonl"))
    ign_rows = read_jsonl(os.path.join(ROOT, "gold.ignore.jsonl"))

    gold, ign = [], []
    for n, kv in gold_rows:
        keys = [k for k, _ in kv]
        if keys != gold_fields and keys != gold_fields + [GOLD_OPTIONAL_LAST]:
            err(f"gold.jsonl:{n}: fields {keys}")
            continue
        gold.append((n, dict(kv)))
    for n, kv in ign_rows:
        keys = [k for k, _ in kv]
        if keys != ignore_fields:
            err(f"gold.ignore.jsonl:{n}: fields {keys}")
            continue
        ign.append((n, dict(kv)))

    # ---------------------------------------------------------------- gold records
    seen = set()
    per_article = {a: 0 for a in names}
    for n, r in gold:
        where = f"gold.jsonl:{n} ({r.get('article')} {r.get('country')} {r.get('metric')} {r.get('value')})"
        a = r["article"]
        if a not in pages:
            err(f"{where}: unknown article")
            continue
        per_article[a] += 1
        if r["country"] not in ISO3:
            err(f"{where}: country not ISO alpha-3")
        if not re.fullmatch(r"[a-z0-9_]+", r["metric"]):
            err(f"{where}: metric not snake_case")
        kw = r["keywords"]
        if not kw or not all(isinstance(k, str) and k == k.lower() and k for k in kw):
            err(f"{where}: keywords must be non-empty lower-case strings")
        elif not any(k in r["metric"] for k in kw):
            err(f"{where}: metric name contains none of its keywords")
        if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
            err(f"{where}: value not a number")
        if not isinstance(r["unit"], str) or not r["unit"]:
            err(f"{where}: unit missing")
        y = r["year"]
        if y is not None and not (isinstance(y, int) and 1900 <= y <= 2030):
            err(f"{where}: bad year {y}")
        if not isinstance(r["year_ok"], list) or not all(isinstance(x, int) for x in r["year_ok"]):
            err(f"{where}: year_ok must be a list of ints")
        elif y in r["year_ok"]:
            err(f"{where}: year repeated in year_ok")
        if r["tier"] not in ("core", "hard"):
            err(f"{where}: tier {r['tier']}")
        if "value_ok" in r and (not r["value_ok"] or not all(isinstance(x, (int, float)) for x in r["value_ok"])):
            err(f"{where}: value_ok must be a non-empty list of numbers when present")
        if isinstance(r["value"], (int, float)) and r["value"] < 0 and not any(
                close(x, -r["value"]) for x in r.get("value_ok", [])):
            err(f"{where}: negative value without its positive in value_ok")
        q = r["quote"]
        if not q or q not in pages[a]:
            err(f"{where}: quote not verbatim in page: {q!r}")
        key = (a, r["country"], r["metric"], r["value"])
        if key in seen:
            err(f"{where}: duplicate (article,country,metric,value)")
        seen.add(key)
        if r["tier"] == "core":
            wanted = [abs(r["value"])] + [abs(x) for x in r.get("value_ok", [])]
            found = numbers_in(q)
            if not any(close(w, raw) or (sc is not None and close(w, sc)) for w in wanted for _, raw, sc in found):
                err(f"{where}: core value not readable from quote {q!r}")
    for a, c in per_article.items():
        if c == 0:
            err(f"{a}: no gold records")

    # ---------------------------------------------------------------- ignore records
    gold_cv = {(r["article"], r["country"], r["value"]) for _, r in gold}
    ign_keys = set()
    for n, r in ign:
        where = f"gold.ignore.jsonl:{n} ({r.get('article')} {r.get('country')} {r.get('value')})"
        if r["article"] not in pages:
            err(f"{where}: unknown article")
        if r["country"] not in ISO3:
            err(f"{where}: country not ISO alpha-3")
        if not isinstance(r["value"], (int, float)):
            err(f"{where}: value not a number")
        if not r["note"]:
            err(f"{where}: empty note")
        k = (r["article"], r["country"], r["value"])
        if k in gold_cv:
            err(f"{where}: collides with a gold record on (article,country,value)")
        if k in ign_keys:
            err(f"{where}: duplicate ignore record")
        ign_keys.add(k)

    # ---------------------------------------------------------------- scan every number on every page
    for a in names:
        vals = []
        for _, r in gold:
            if r["article"] == a:
                vals += [r["value"]] + r.get("value_ok", [])
        for _, r in ign:
            if r["article"] == a:
                vals.append(r["value"])
        vals = [abs(v) for v in vals]
        neither = {tok for tok, _ in build.NEITHER.get(a, [])}
        for tok, raw, sc in numbers_in(bodies[a]):
            if any(close(v, raw) or (sc is not None and close(v, sc)) for v in vals):
                continue
            bare = re.sub(r"[A-Za-z]+$", "", tok)
            if tok in neither or bare in neither or tok.lower() in {t.lower() for t in neither}:
                continue
            err(f"{a}: number {tok!r} is in neither gold, ignore nor the hand-checked NEITHER list")

    core = sum(r["tier"] == "core" for _, r in gold)
    hard = len(gold) - core
    for e in errors:
        print("ERROR", e)
    print(f"{len(gold)} gold ({core} core, {hard} hard), {len(ign)} ignore, {len(names)} pages: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
