#!/usr/bin/env python3
"""Validate the heldout13 pages and their gold.

    python3 tools/build.py && python3 tools/check.py

Prints one line per problem and ends with "check.py: N errors".
Exit status is 1 when there are errors.
"""
import json
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
GOLD = os.path.join(ROOT, "gold.jsonl")
IGNORE = os.path.join(ROOT, "gold.ignore.jsonl")
ACCOUNTED = os.path.join(ROOT, "tools", "accounted.json")

GOLD_FIELDS = ["article", "country", "metric", "keywords", "value", "unit", "year", "year_ok", "quote", "tier"]
GOLD_FIELDS_OK = GOLD_FIELDS + ["value_ok"]
IGNORE_FIELDS = ["article", "country", "value", "note"]
FM_ORDER = ["url", "date", "title"]
ACCOUNTED_KINDS = {"world_aggregate", "regional_aggregate", "company", "person", "date",
                   "rate_base", "age_threshold", "threshold", "label"}

# ISO 3166-1 alpha-3 (officially assigned codes)
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
USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
MONTH_NUM = {m.lower(): i for i, ms in enumerate([
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1) for m in [ms]}

SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
         "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12}
SCALE_RE = r"(?:\s?(?P<sw>thousand|million|billion|trillion)\b|(?P<sa>bn|mn|mln|tn|trn|[kKmMbB])\b)"

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
       "nineteenth": 19, "twentieth": 20}
FRAC = {"half": 0.5, "halved": 0.5, "twice": 2, "double": 2, "doubled": 2, "triple": 3, "tripled": 3,
        "treble": 3, "trebled": 3, "quadrupled": 4, "dozen": 12, "hundred": 100}
WORDS = dict(UNITS, **TENS, **ORD, **FRAC)
WORD_RE = (r"(?<![\w-])(?P<w>(?:" + "|".join(sorted(TENS, key=len, reverse=True)) + r")-(?:"
           + "|".join(sorted(list(UNITS) + list(ORD), key=len, reverse=True)) + r")|"
           + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b(?:\s(?P<ws>thousand|million|billion|trillion)\b)?")
A_SCALE_RE = r"\b(?:a|one)\s(?P<as>thousand|million|billion|trillion)\b"
A_QUARTER_RE = r"\b(?:a|one)[\s-]quarter\b"
DIGIT_RE = (r"(?<![A-Za-z0-9_.,])(?P<d>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
            r"(?:(?P<ord>st|nd|rd|th)\b|" + SCALE_RE + r")?")

errors = []


def err(msg):
    errors.append(msg)


def close(a, b):
    if a == b:
        return True
    if a == 0 or b == 0:
        return abs(a - b) < 1e-9
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b))


def split_page(text):
    """Return (front_matter_lines or None, body)."""
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4)
        return text[4:end].split("\n"), text[end + 5:]
    return None, text


def blank_dates(text):
    """Replace dates, times and the tail of split years with spaces; return text and ISO dates found."""
    found = []
    out = text

    def sub(pattern, fn=None):
        nonlocal out
        def rep(m):
            if fn:
                fn(m)
            return " " * (m.end() - m.start())
        out = re.sub(pattern, rep, out)

    def dmy(m):
        found.append("%s-%02d-%02d" % (m.group(3), MONTH_NUM[m.group(2)[:3].lower()], int(m.group(1))))

    def mdy(m):
        if m.group(3):
            found.append("%s-%02d-%02d" % (m.group(3), MONTH_NUM[m.group(1)[:3].lower()], int(m.group(2))))

    sub(r"\b(\d{1,2}) (" + MONTHS + r")\.? ((?:19|20)\d{2})\b", dmy)
    sub(r"\b(\d{1,2}) (" + MONTHS + r")\b(?! \d)")
    sub(r"\b(" + MONTHS + r")\.? (\d{1,2})\b(?:, ((?:19|20)\d{2})\b)?", mdy)
    sub(r"\b\d{1,2}:\d{2}\b")
    sub(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")
    # split years: keep the first year, blank the tail ("2023-24", "2016-20", "2023/24")
    out = re.sub(r"\b((?:19|20)\d{2})([-–/]\d{2})\b", lambda m: m.group(1) + " " * len(m.group(2)), out)
    return out, found


def number_tokens(text):
    """Yield dicts {raw, value, scaled, is_year, span, text} for every number token."""
    toks = []
    for m in re.finditer(DIGIT_RE, text):
        s = m.group("d")
        raw = float(s.replace(",", ""))
        scale = 1.0
        sw = m.group("sw") or m.group("sa")
        if sw:
            scale = SCALE[sw.lower()]
        is_year = (not sw and not m.group("ord") and "," not in s and "." not in s and 1900 <= raw <= 2100)
        toks.append({"raw": raw, "scaled": raw * scale, "has_scale": bool(sw), "is_year": is_year,
                     "span": m.span(), "text": m.group(0)})
    for m in re.finditer(WORD_RE, text, flags=re.I):
        w = m.group("w").lower()
        if "-" in w:
            a, b = w.split("-")
            raw = TENS[a] + (UNITS.get(b) or ORD.get(b))
        else:
            raw = WORDS[w]
        sw = m.group("ws")
        scale = SCALE[sw.lower()] if sw else 1.0
        toks.append({"raw": float(raw), "scaled": raw * scale, "has_scale": bool(sw), "is_year": False,
                     "span": m.span(), "text": m.group(0)})
    for m in re.finditer(A_SCALE_RE, text, flags=re.I):
        toks.append({"raw": 1.0, "scaled": SCALE[m.group("as").lower()], "has_scale": True,
                     "is_year": False, "span": m.span(), "text": m.group(0)})
    for m in re.finditer(A_QUARTER_RE, text, flags=re.I):
        toks.append({"raw": 0.25, "scaled": 0.25, "has_scale": False, "is_year": False,
                     "span": m.span(), "text": m.group(0)})
    # drop a bare "one"/"a" token swallowed by "a million"
    spans = [t["span"] for t in toks if t["text"].lower().startswith(("a ", "one "))]
    toks = [t for t in toks if not any(s[0] <= t["span"][0] and t["span"][1] <= s[1] and t["span"] != s
                                       for s in spans)]
    return toks


def word_count(body):
    return len([w for w in body.split() if re.search(r"[A-Za-z0-9]", w)])


def load_jsonl(path, fields_options):
    recs = []
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    for i, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except Exception as e:  # noqa
            err("%s:%d: does not parse: %s" % (os.path.basename(path), i, e))
            continue
        if list(r.keys()) not in fields_options:
            err("%s:%d: field names/order %s" % (os.path.basename(path), i, list(r.keys())))
        recs.append(r)
    return recs


def main():
    # ---------------------------------------------------------------- pages
    files = sorted(os.listdir(CORPUS))
    pages = {}
    md = [f for f in files if f.endswith(".md")]
    txt = [f for f in files if f.endswith(".txt")]
    if len(md) != 8 or len(txt) != 4 or len(files) != 12:
        err("corpus: want 8 .md + 4 .txt, got %d md, %d txt, %d files" % (len(md), len(txt), len(files)))
    nums = sorted(int(f[:3]) for f in files if re.match(r"^\d{3}_", f))
    if nums != list(range(961, 973)):
        err("corpus: numbering %s is not 961..972" % nums)
    for f in files:
        if not re.match(r"^\d{3}_[a-z0-9]+-[a-z0-9-]+\.(md|txt)$", f):
            err("%s: file name not like 961_<outletslug>-<topic-slug>.md" % f)
        with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
            text = fh.read()
        pages[f] = text
        if text.endswith("\n"):
            err("%s: trailing newline" % f)
        fm, body = split_page(text)
        wc = word_count(body)
        if not 300 <= wc <= 550:
            err("%s: %d words (want 300-550)" % (f, wc))
        first = next((l for l in body.split("\n") if l.strip()), "")
        _, body_dates = blank_dates(body)
        if f.endswith(".txt"):
            if fm is not None:
                err("%s: .txt page has front matter" % f)
            continue
        if fm is None:
            err("%s: .md page without front matter" % f)
            continue
        keys, vals = [], {}
        for line in fm:
            m = re.match(r"^([a-z]+): (.+)$", line)
            if not m:
                err("%s: bad front-matter line %r" % (f, line))
                continue
            keys.append(m.group(1))
            vals[m.group(1)] = m.group(2)
        if [k for k in FM_ORDER if k in keys] != keys or "url" not in keys or "title" not in keys:
            err("%s: front matter keys %s (want url[, date], title in that order)" % (f, keys))
        if vals.get("title") != first:
            err("%s: title %r != headline %r" % (f, vals.get("title"), first))
        url = vals.get("url", "")
        url_dates = ["%s-%s-%s" % m.groups() for m in re.finditer(r"/((?:19|20)\d{2})/?(\d{2})/?(\d{2})/", url)]
        shown = set(url_dates) | set(body_dates)
        if "date" in vals:
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", vals["date"]):
                err("%s: date %r not ISO" % (f, vals["date"]))
            if vals["date"] not in shown:
                err("%s: front-matter date %s not shown in URL or text (%s)" % (f, vals["date"], sorted(shown)))
        elif shown:
            err("%s: a date is shown (%s) but front matter has no date" % (f, sorted(shown)))

    # ---------------------------------------------------------------- gold files
    gold = load_jsonl(GOLD, [GOLD_FIELDS, GOLD_FIELDS_OK])
    ign = load_jsonl(IGNORE, [IGNORE_FIELDS])
    with open(ACCOUNTED, encoding="utf-8") as fh:
        acc = json.load(fh)

    keys = set()
    gold_by_art = {}
    for r in gold:
        a = r.get("article")
        tag = "gold %s %s %s %s" % (a, r.get("country"), r.get("metric"), r.get("value"))
        if a not in pages:
            err("%s: unknown article" % tag)
            continue
        gold_by_art.setdefault(a, []).append(r)
        if r["country"] not in ISO3:
            err("%s: country not ISO alpha-3" % tag)
        if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
            err("%s: value not numeric" % tag)
            continue
        if r["tier"] not in ("core", "hard"):
            err("%s: tier %r" % (tag, r["tier"]))
        if not (r["year"] is None or isinstance(r["year"], int)):
            err("%s: year %r" % (tag, r["year"]))
        if not isinstance(r["year_ok"], list) or not all(isinstance(y, int) for y in r["year_ok"]):
            err("%s: year_ok %r" % (tag, r["year_ok"]))
        if not isinstance(r["keywords"], list) or not r["keywords"] or any(k != k.lower() for k in r["keywords"]):
            err("%s: keywords must be a non-empty list of lower-case stems" % tag)
        elif not any(k in r["metric"].lower() for k in r["keywords"]):
            err("%s: metric contains none of its keywords %s" % (tag, r["keywords"]))
        if "value_ok" in r and (not isinstance(r["value_ok"], list) or not r["value_ok"]):
            err("%s: value_ok present but empty" % tag)
        if r["quote"] not in pages[a]:
            err("%s: quote not verbatim: %r" % (tag, r["quote"]))
        if "\n" in r["quote"]:
            err("%s: quote spans lines" % tag)
        k = (a, r["country"], r["metric"], r["value"])
        if k in keys:
            err("%s: duplicate (article,country,metric,value)" % tag)
        keys.add(k)
        if r["value"] < 0 and not any(close(-r["value"], x) for x in r.get("value_ok", [])):
            err("%s: negative value without its positive in value_ok" % tag)
        if r["unit"] == "rank" and not (isinstance(r["value"], int) and r["value"] >= 1):
            err("%s: rank value must be a positive integer" % tag)
        if r["tier"] == "core":
            qtext, _ = blank_dates(r["quote"])
            vals = [t["scaled"] for t in number_tokens(qtext)]
            if not any(close(abs(r["value"]), v) for v in vals):
                err("%s: core value not readable from quote %r (read %s)" % (tag, r["quote"], vals))
    for f in pages:
        if f not in gold_by_art:
            err("%s: page has no gold" % f)

    ig_keys = set()
    for r in ign:
        a = r.get("article")
        tag = "ignore %s %s %s" % (a, r.get("country"), r.get("value"))
        if a not in pages:
            err("%s: unknown article" % tag)
            continue
        if r["country"] not in ISO3:
            err("%s: country not ISO alpha-3" % tag)
        if not isinstance(r["value"], (int, float)):
            err("%s: value not numeric" % tag)
        if not r.get("note"):
            err("%s: empty note" % tag)
        if (a, r["country"], r["value"]) in ig_keys:
            err("%s: duplicate ignore record" % tag)
        ig_keys.add((a, r["country"], r["value"]))
    gold_acv = {}
    for r in gold:
        gold_acv.setdefault((r["article"], r["country"]), []).extend([r["value"]] + r.get("value_ok", []))
    for r in ign:
        for v in gold_acv.get((r["article"], r["country"]), []):
            if close(v, r["value"]):
                err("ignore/gold collision: %s %s %s" % (r["article"], r["country"], r["value"]))

    for i, r in enumerate(acc):
        if list(r.keys()) != ["article", "value", "kind", "note"]:
            err("accounted[%d]: fields %s" % (i, list(r.keys())))
        if r.get("article") not in pages:
            err("accounted[%d]: unknown article %r" % (i, r.get("article")))
        if r.get("kind") not in ACCOUNTED_KINDS:
            err("accounted[%d]: kind %r" % (i, r.get("kind")))
        if not r.get("note"):
            err("accounted[%d]: empty note" % i)

    # ---------------------------------------------------------------- every number accounted for
    allowed = {}
    for r in gold:
        allowed.setdefault(r["article"], []).extend([r["value"]] + r.get("value_ok", []))
    for r in ign:
        allowed.setdefault(r["article"], []).append(r["value"])
    for r in acc:
        allowed.setdefault(r["article"], []).append(r["value"])
    used_acc = set()
    for f, text in pages.items():
        fm, body = split_page(text)
        scan, _ = blank_dates(body)
        vals = [abs(v) for v in allowed.get(f, [])]
        for t in number_tokens(scan):
            if t["is_year"]:
                continue
            cand = [t["scaled"]] if t["has_scale"] else [t["raw"]]
            if not any(close(c, v) for c in cand for v in vals):
                line = body[:t["span"][0]].count("\n") + 1
                err("%s: body line %d: number %r (%s) not accounted for" % (f, line, t["text"], cand[0]))
        for i, r in enumerate(acc):
            if r["article"] == f:
                if any(close(abs(r["value"]), t["scaled"] if t["has_scale"] else t["raw"])
                       for t in number_tokens(scan)):
                    used_acc.add(i)
    for i, r in enumerate(acc):
        if i not in used_acc:
            err("accounted[%d]: value %s does not occur on %s" % (i, r["value"], r["article"]))

    for e in errors:
        print(e)
    core = sum(r.get("tier") == "core" for r in gold)
    hard = sum(r.get("tier") == "hard" for r in gold)
    print("pages: %d; gold: %d (%d core, %d hard); ignore: %d; accounted: %d"
          % (len(pages), len(gold), core, hard, len(ign), len(acc)))
    print("check.py: %d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
