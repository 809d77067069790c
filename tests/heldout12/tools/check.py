#!/usr/bin/env python3
"""Validate the heldout12 set: corpus pages, gold.jsonl, gold.ignore.jsonl.

    python3 tools/check.py            # errors and a summary
    python3 tools/check.py -v         # also list every number token per page and what accounts for it

Exit status 1 if there is any error.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
SHARED_GOLD = "/work/shared/gold/corpus-gold.jsonl"
SHARED_IGNORE = "/work/shared/gold/corpus-gold.ignore.jsonl"

GOLD_FIELDS = ["article", "country", "metric", "keywords", "value", "unit", "year", "year_ok", "quote", "tier"]
GOLD_OPTIONAL_LAST = "value_ok"
IGNORE_FIELDS = ["article", "country", "value", "note"]

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

SCALES = [("lakh crore", 1e12), ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3),
          ("lakh", 1e5), ("crore", 1e7), ("bn", 1e9), ("tn", 1e12), ("M", 1e6), ("B", 1e9), ("m", 1e6), ("k", 1e3)]
SCALE_RE = re.compile(r"\s?(" + "|".join(re.escape(s) for s, _ in SCALES) + r")\b")
SCALE = dict(SCALES)

WORDS = {
    "zero": [0], "one": [1], "two": [2], "three": [3], "four": [4], "five": [5], "six": [6], "seven": [7],
    "eight": [8], "nine": [9], "ten": [10], "eleven": [11], "twelve": [12], "thirteen": [13], "fourteen": [14],
    "fifteen": [15], "sixteen": [16], "seventeen": [17], "eighteen": [18], "nineteen": [19], "twenty": [20],
    "thirty": [30], "forty": [40], "fifty": [50], "sixty": [60], "seventy": [70], "eighty": [80], "ninety": [90],
    "hundred": [100], "thousand": [1000], "dozen": [12],
    "first": [1], "second": [2], "third": [3, 0.33], "fourth": [4, 0.25], "fifth": [5, 0.2], "sixth": [6],
    "seventh": [7], "eighth": [8], "ninth": [9], "tenth": [10, 0.1], "eleventh": [11], "twelfth": [12],
    "half": [0.5], "halved": [0.5], "quarter": [0.25], "twice": [2], "double": [2], "doubled": [2],
    "triple": [3], "tripled": [3],
}
WORD_RE = re.compile(r"\b(" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b", re.I)
FRACTION_RE = re.compile(r"\b(one|two|three)\s+in\s+(two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
A_SCALE_RE = re.compile(r"\b(?:a|one)\s+(million|billion|trillion)\b", re.I)
NUM_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
ORD_SUFFIX_RE = re.compile(r"(st|nd|rd|th)\b")
YEAR_SPAN_RE = re.compile(r"\b((?:19|20)\d\d)(?:s)?(?:[-/–]((?:19|20)?\d\d))?\b")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

errors = []


def err(msg):
    errors.append(msg)


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def split_page(text):
    """Return (front_matter_lines or None, body)."""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        return text[4:end].split("\n"), text[end + 5:]
    return None, text


def tokens(text):
    """Numeric tokens of a text: list of (start, surface, candidate values, is_year)."""
    out = []
    taken = []
    for m in FRACTION_RE.finditer(text):
        a = WORDS[m.group(1).lower()][0]
        b = WORDS[m.group(2).lower()][0]
        out.append((m.start(), m.group(0), [round(a / b, 2), a / b], False))
        taken.append((m.start(), m.end()))
    for m in A_SCALE_RE.finditer(text):
        out.append((m.start(), m.group(0), [SCALE[m.group(1).lower()]], False))
        taken.append((m.start(), m.end()))
    year_spans = []
    for m in YEAR_SPAN_RE.finditer(text):
        year_spans.append((m.start(), m.end()))
    for m in NUM_RE.finditer(text):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in taken):
            continue
        raw = float((m.group(1) + (m.group(2) or "")).replace(",", ""))
        cands = [raw]
        sm = SCALE_RE.match(text, e)
        if sm:
            cands.append(raw * SCALE[sm.group(1)])
            surface = text[s:sm.end()]
        else:
            surface = m.group(0)
            om = ORD_SUFFIX_RE.match(text, e)
            if om:
                surface += om.group(0)
        is_year = (any(a <= s < b for a, b in year_spans) and "," not in m.group(1) and not m.group(2)
                   and not sm)
        out.append((s, surface, cands, is_year))
    for m in WORD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        cands = list(WORDS[m.group(1).lower()])
        sm = SCALE_RE.match(text, m.end())
        if sm and sm.group(1) in ("million", "billion", "trillion", "lakh", "crore"):
            cands += [c * SCALE[sm.group(1)] for c in cands]
        out.append((m.start(), m.group(0), cands, False))
    return sorted(out)


def load_jsonl(path, what):
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                if not line.strip():
                    err(f"{what}:{i}: empty line")
                    continue
                try:
                    rows.append((i, json.loads(line, object_pairs_hook=lambda kv: kv)))
                except json.JSONDecodeError as ex:
                    err(f"{what}:{i}: not JSON: {ex}")
    except OSError as ex:
        err(f"{what}: cannot read: {ex}")
    return rows


def shared_orders():
    """Field orders found in the shared gold files (if readable), to confirm ours match."""
    orders = {}
    for path, key in ((SHARED_GOLD, "gold"), (SHARED_IGNORE, "ignore")):
        try:
            with open(path, encoding="utf-8") as f:
                orders[key] = {tuple(k for k in json.loads(l).keys()) for l in f if l.strip()}
        except OSError:
            pass
    return orders


def main():
    verbose = "-v" in sys.argv
    # ------------------------------------------------------------ pages
    files = sorted(os.listdir(CORPUS))
    pages = {}
    md = [f for f in files if f.endswith(".md")]
    txt = [f for f in files if f.endswith(".txt")]
    if len(md) != 8 or len(txt) != 4 or len(files) != 12:
        err(f"corpus: expected 8 .md + 4 .txt, found {len(md)} md, {len(txt)} txt, {len(files)} files")
    nums = sorted(int(f[:3]) for f in files if re.match(r"^\d{3}_", f))
    if nums != list(range(949, 961)):
        err(f"corpus: numbers should be 949..960 once each, got {nums}")
    for f in files:
        if not re.match(r"^\d{3}_[a-z0-9]+(?:-[a-z0-9]+)+\.(md|txt)$", f):
            err(f"{f}: file name not like 949_outletname-topic-slug.md")
        raw = open(os.path.join(CORPUS, f), "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as ex:
            err(f"{f}: not UTF-8 ({ex})")
            continue
        if text.endswith("\n"):
            err(f"{f}: ends with a newline")
        if "\r" in text:
            err(f"{f}: contains CR")
        fm, body = split_page(text)
        if f.endswith(".md"):
            if fm is None:
                err(f"{f}: .md without front matter")
                continue
            keys = [l.split(":", 1)[0] for l in fm]
            if keys not in (["url", "date", "title"], ["url", "title"]):
                err(f"{f}: front matter keys {keys}, want url, [date], title")
            meta = {l.split(":", 1)[0]: l.split(":", 1)[1].strip() for l in fm}
            if not re.match(r"^https?://[^\s]+$", meta.get("url", "")):
                err(f"{f}: bad url")
            headline = body.split("\n", 1)[0].strip()
            if meta.get("title") != headline:
                err(f"{f}: title {meta.get('title')!r} != headline {headline!r}")
            if "date" in meta:
                dm = re.match(r"^(\d{4})-(\d\d)-(\d\d)$", meta["date"])
                if not dm:
                    err(f"{f}: date not ISO")
                else:
                    y, mo, d = int(dm.group(1)), int(dm.group(2)), int(dm.group(3))
                    in_url = f"{y}/{mo:02d}/{d:02d}" in meta["url"]
                    mon = MONTHS[mo - 1]
                    pat = (rf"(\b{d}\s+{mon}\s+{y}\b)|(\b({mon}|{mon[:3]}\.?)\s+{d},\s+{y}\b)")
                    in_text = re.search(pat, body) is not None
                    if not (in_url or in_text):
                        err(f"{f}: date {meta['date']} shows neither in the URL nor in the text")
        else:
            if fm is not None:
                err(f"{f}: .txt must be page text only (no front matter)")
        wc = len(body.split())
        if not 300 <= wc <= 550:
            err(f"{f}: body has {wc} words, want 300-550")
        pages[f] = (text, body, wc)

    # ------------------------------------------------------------ gold files
    orders = shared_orders()
    gold_rows = load_jsonl(os.path.join(ROOT, "gold.jsonl"), "gold.jsonl")
    ign_rows = load_jsonl(os.path.join(ROOT, "gold.ignore.jsonl"), "gold.ignore.jsonl")
    gold, ign = [], []
    for i, kv in gold_rows:
        keys = [k for k, _ in kv]
        if keys != GOLD_FIELDS and keys != GOLD_FIELDS + [GOLD_OPTIONAL_LAST]:
            err(f"gold.jsonl:{i}: fields {keys}")
        if "gold" in orders and tuple(keys) not in orders["gold"]:
            err(f"gold.jsonl:{i}: field order not found in the shared gold file")
        gold.append((i, dict(kv)))
    for i, kv in ign_rows:
        keys = [k for k, _ in kv]
        if keys != IGNORE_FIELDS:
            err(f"gold.ignore.jsonl:{i}: fields {keys}")
        if "ignore" in orders and tuple(keys) not in orders["ignore"]:
            err(f"gold.ignore.jsonl:{i}: field order not found in the shared ignore file")
        ign.append((i, dict(kv)))

    seen = set()
    allowed = {f: [] for f in pages}  # values that account for page numbers
    per_page = {f: {"core": 0, "hard": 0, "ignore": 0} for f in pages}
    gold_vals = {}
    for i, r in gold:
        w = f"gold.jsonl:{i}"
        art = r.get("article")
        if art not in pages:
            err(f"{w}: unknown article {art!r}")
            continue
        text = pages[art][0]
        if r.get("country") not in ISO3:
            err(f"{w}: country {r.get('country')!r} is not ISO alpha-3")
        m = r.get("metric", "")
        if not re.match(r"^[a-z0-9]+(?:_[a-z0-9]+)*$", m):
            err(f"{w}: metric {m!r} not snake_case")
        kws = r.get("keywords")
        if not (isinstance(kws, list) and kws and all(isinstance(k, str) and k == k.lower() and k for k in kws)):
            err(f"{w}: keywords must be a non-empty list of lower-case strings")
        elif not any(k in m for k in kws):
            err(f"{w}: metric {m!r} contains none of its own keywords {kws}")
        v = r.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err(f"{w}: value must be a number")
            continue
        if not isinstance(r.get("unit"), str) or not r["unit"]:
            err(f"{w}: unit missing")
        y = r.get("year")
        if y is not None and not (isinstance(y, int) and 1900 <= y <= 2100):
            err(f"{w}: bad year {y!r}")
        yo = r.get("year_ok")
        if not (isinstance(yo, list) and all(isinstance(x, int) for x in yo)) or (y is not None and y in yo):
            err(f"{w}: bad year_ok {yo!r}")
        if r.get("tier") not in ("core", "hard"):
            err(f"{w}: tier {r.get('tier')!r}")
        vo = r.get("value_ok")
        if "value_ok" in r and not (isinstance(vo, list) and vo and all(isinstance(x, (int, float)) for x in vo)):
            err(f"{w}: value_ok must be a non-empty list of numbers")
        vo = vo or []
        if v < 0 and not any(close(x, -v) for x in vo):
            err(f"{w}: negative value {v} needs the positive in value_ok")
        if r["unit"] == "rank" and not (isinstance(v, int) and v >= 1):
            err(f"{w}: rank must be a positive integer")
        q = r.get("quote", "")
        if not q or q not in text:
            err(f"{w}: quote not verbatim in {art}: {q!r}")
        elif r.get("tier") == "core":
            cands = [c for _, _, cs, _ in tokens(q) for c in cs]
            if not any(close(c, x) for c in cands for x in (v, -v)):
                err(f"{w}: core value {v} not readable (fully scaled, sign aside) from quote {q!r}")
            for x in vo:
                if not any(close(c, y) for c in cands for y in (x, -x)):
                    err(f"{w}: value_ok {x} not readable from quote {q!r}")
        key = (art, r["country"], m, v)
        if key in seen:
            err(f"{w}: duplicate key {key}")
        seen.add(key)
        per_page[art][r["tier"]] += 1
        gold_vals.setdefault((art, r["country"]), []).extend([v, -v] + list(vo))
        allowed[art].extend(("gold", x, f"{r['country']} {m}") for x in [v, -v] + list(vo))

    for i, r in ign:
        w = f"gold.ignore.jsonl:{i}"
        art = r.get("article")
        if art not in pages:
            err(f"{w}: unknown article {art!r}")
            continue
        if r.get("country") not in ISO3:
            err(f"{w}: country {r.get('country')!r} is not ISO alpha-3")
        v = r.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err(f"{w}: value must be a number")
            continue
        if not isinstance(r.get("note"), str) or not r["note"]:
            err(f"{w}: note missing")
        if any(close(v, x) for x in gold_vals.get((art, r["country"]), [])):
            err(f"{w}: collides with gold on ({art}, {r['country']}, {v})")
        per_page[art]["ignore"] += 1
        allowed[art].append(("ignore", v, f"{r['country']} {r['note']}"))

    for f in pages:
        if per_page[f]["core"] + per_page[f]["hard"] == 0:
            err(f"{f}: no gold records")

    # ------------------------------------------------------------ every page number accounted for
    try:
        acc = json.load(open(os.path.join(ROOT, "tools", "accounted.json"), encoding="utf-8"))
    except OSError as ex:
        err(f"tools/accounted.json: {ex} (run tools/build.py first)")
        acc = {}
    for f, rows in acc.items():
        if f not in pages:
            err(f"accounted.json: unknown article {f}")
            continue
        allowed[f].extend(("accounted", v, note) for v, note in rows)
    for f, (text, body, wc) in pages.items():
        if verbose:
            print(f"\n== {f}")
        for pos, surface, cands, is_year in tokens(body):
            hits = [(src, note) for src, val, note in allowed[f] for c in cands if close(c, val)]
            if is_year and not hits:
                hits = [("year", "year / date")]
            if not hits:
                ctx = body[max(0, pos - 40):pos + 40].replace("\n", " ")
                err(f"{f}: number {surface!r} not accounted for: ...{ctx}...")
            elif verbose:
                shown = []
                for src, note in hits:
                    if (src, note) not in shown:
                        shown.append((src, note))
                print(f"  {surface!r:18} " + " | ".join(f"{s}: {n[:60]}" for s, n in shown[:3]))

    # ------------------------------------------------------------ summary
    tot = {"core": 0, "hard": 0, "ignore": 0}
    for f in sorted(pages):
        for k in tot:
            tot[k] += per_page[f][k]
        print(f"{f:62} words {pages[f][2]:3}  core {per_page[f]['core']:3}  hard {per_page[f]['hard']:2}  ignore {per_page[f]['ignore']:2}")
    print(f"{'TOTAL':62}            core {tot['core']:3}  hard {tot['hard']:2}  ignore {tot['ignore']:2}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    assert len(ISO3) == 249, len(ISO3)
    sys.exit(main())
