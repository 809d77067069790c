#!/usr/bin/env python3
"""Validate the heldout18 set: pages, gold, ignore and accounted number tokens.

Checks
  pages     file names, 8 .md + 4 .txt, front matter shape (url first, then date/title),
            body opens with the headline (= title when given), 300-550 words,
            no trailing newline, at least one undated .md page
  gold      fields and types, ISO3 codes, snake_case metrics, 1-3 lower-case keywords,
            tier core, negative values carry their absolute figure in value_ok,
            rank metrics end in _rank with unit rank, no duplicate
            (article, country, metric, value), quote occurs verbatim in the body,
            and the value (or a value_ok) is printed inside the quote
  ignore    fields, ISO3 codes, value printed somewhere in the article
  accounted fields, context occurs in the body, token occurs (inside the context)
  tokens    every number token of every body (digits, number words, ordinals,
            fractions such as 'half') is covered by
              - a gold record whose quote contains it and whose value / value_ok
                (at any scale) or year / year_ok equals it, or
              - an ignore record of the same article with that value (any scale), or
              - an accounted entry (token text, and context if given)
Prints the errors and ends with "check.py: N errors".
"""
import json
import math
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())

CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
# ordinals that are also fractions
FRACTION_ORDINALS = {"third": 1 / 3, "fourth": 1 / 4, "fifth": 1 / 5, "sixth": 1 / 6,
                     "eighth": 1 / 8, "tenth": 1 / 10}
OTHER_WORDS = {"half": [0.5], "halves": [0.5], "quarter": [0.25], "quarters": [0.25],
               "thirds": [1 / 3], "fifths": [0.2], "dozen": [12], "dozens": [12],
               "twice": [2], "hundred": [100], "thousand": [1000]}

UNIT_WORDS = "|".join(list(CARDINALS)[1:10] + [o for o in ORDINALS if ORDINALS[o] < 10])
SIMPLE_WORDS = sorted(list(CARDINALS) + list(TENS) + list(ORDINALS) + list(OTHER_WORDS),
                      key=len, reverse=True)
WORD_RE = re.compile(
    r"\b(?:(?P<tens>%s)-(?P<unit>%s)|(?P<word>%s))\b" % (
        "|".join(TENS), UNIT_WORDS, "|".join(SIMPLE_WORDS)),
    re.IGNORECASE)
DIGIT_RE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")

SCALES = [1, 1e3, 1e6, 1e9, 1e12, 100, 0.01]

GOLD_FIELDS = {"article", "country", "metric", "keywords", "value", "value_ok", "unit", "year",
               "year_ok", "quote", "tier"}
GOLD_REQUIRED = GOLD_FIELDS - {"value_ok"}
IGNORE_FIELDS = {"article", "country", "value", "note"}
ACC_FIELDS = {"article", "token", "kind", "note", "context"}
ACC_REQUIRED = ACC_FIELDS - {"context"}

errors = []


def err(msg):
    errors.append(msg)


def word_values(m):
    if m.group("tens"):
        t = TENS[m.group("tens").lower()]
        u = m.group("unit").lower()
        return [t + (CARDINALS.get(u) or ORDINALS.get(u))]
    w = m.group("word").lower()
    vals = []
    if w in CARDINALS:
        vals.append(CARDINALS[w])
    if w in TENS:
        vals.append(TENS[w])
    if w in ORDINALS:
        vals.append(ORDINALS[w])
    if w in FRACTION_ORDINALS:
        vals.append(FRACTION_ORDINALS[w])
    if w in OTHER_WORDS:
        vals.extend(OTHER_WORDS[w])
    return vals


def tokens(body):
    """List of (start, end, text, [values])."""
    out = []
    for m in DIGIT_RE.finditer(body):
        out.append((m.start(), m.end(), m.group(0), [float(m.group(0).replace(",", ""))]))
    for m in WORD_RE.finditer(body):
        out.append((m.start(), m.end(), m.group(0), word_values(m)))
    out.sort()
    return out


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def value_matches(tok_vals, targets):
    for v in tok_vals:
        for s in SCALES:
            for t in targets:
                if t is None:
                    continue
                if close(v * s, abs(float(t))):
                    return True
    return False


def spans_of(body, s):
    out, i = [], body.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = body.find(s, i + 1)
    return out


def load_pages():
    pages = {}
    names = sorted(os.listdir(CORPUS))
    name_re = re.compile(r"^(10(2[1-9]|3[0-2]))_[a-z0-9-]+\.(md|txt)$")
    nums = []
    for n in names:
        m = name_re.match(n)
        if not m:
            err("page %s: bad file name" % n)
            continue
        nums.append(int(m.group(1)))
        raw = open(os.path.join(CORPUS, n), encoding="utf-8").read()
        if raw.endswith("\n"):
            err("page %s: ends with a newline" % n)
        meta = {}
        if n.endswith(".md"):
            if not raw.startswith("---\n"):
                err("page %s: no front matter" % n)
                continue
            head, sep, body = raw[4:].partition("\n---\n")
            if not sep:
                err("page %s: front matter not closed" % n)
                continue
            keys = []
            for line in head.split("\n"):
                k, _, v = line.partition(": ")
                keys.append(k)
                meta[k] = v
            if keys[0] != "url" or not set(keys) <= {"url", "date", "title"}:
                err("page %s: front matter keys %s (url first, then date/title)" % (n, keys))
            order = [k for k in ("url", "date", "title") if k in keys]
            if keys != order:
                err("page %s: front matter order %s" % (n, keys))
            if "date" in meta and not re.match(r"^\d{4}-\d{2}-\d{2}$", meta["date"]):
                err("page %s: bad date %r" % (n, meta["date"]))
            if "title" in meta and body.split("\n", 1)[0] != meta["title"]:
                err("page %s: body does not open with the title" % n)
        else:
            body = raw
            if raw.startswith("---"):
                err("page %s: .txt page has front matter" % n)
        words = len(body.split())
        if not 300 <= words <= 550:
            err("page %s: %d words (want 300-550)" % (n, words))
        pages[n] = {"body": body, "meta": meta, "tokens": tokens(body)}
    if sorted(nums) != list(range(1021, 1033)):
        err("pages: expected 1021..1032 exactly once, got %s" % sorted(nums))
    md = [n for n in pages if n.endswith(".md")]
    txt = [n for n in pages if n.endswith(".txt")]
    if len(md) != 8 or len(txt) != 4:
        err("pages: want 8 .md and 4 .txt, got %d and %d" % (len(md), len(txt)))
    if not any("date" not in pages[n]["meta"] for n in md):
        err("pages: no undated .md page")
    return pages


def load_jsonl(path):
    recs = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err("%s:%d: blank line" % (os.path.basename(path), i))
                continue
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                err("%s:%d: bad JSON (%s)" % (os.path.basename(path), i, e))
    return recs


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_gold(gold, pages):
    seen = set()
    for i, r in enumerate(gold, 1):
        tag = "gold:%d" % i
        keys = set(r)
        if not GOLD_REQUIRED <= keys or not keys <= GOLD_FIELDS:
            err("%s: fields %s" % (tag, sorted(keys)))
            continue
        if r["article"] not in pages:
            err("%s: article %s not found" % (tag, r["article"]))
            continue
        if r["country"] not in ISO3:
            err("%s: bad ISO3 %r" % (tag, r["country"]))
        if not re.match(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$", r["metric"]):
            err("%s: metric %r not snake_case" % (tag, r["metric"]))
        kw = r["keywords"]
        if (not isinstance(kw, list) or not 1 <= len(kw) <= 3
                or not all(isinstance(k, str) and k == k.lower() and k.strip() for k in kw)):
            err("%s: keywords %r" % (tag, kw))
        if not is_num(r["value"]):
            err("%s: value %r" % (tag, r["value"]))
            continue
        vok = r.get("value_ok", [])
        if not isinstance(vok, list) or not all(is_num(v) for v in vok):
            err("%s: value_ok %r" % (tag, vok))
            vok = []
        if r["value"] < 0 and not any(close(v, -r["value"]) for v in vok):
            err("%s: negative value without its absolute figure in value_ok" % tag)
        if not isinstance(r["unit"], str) or not r["unit"]:
            err("%s: unit %r" % (tag, r["unit"]))
        if r["metric"].endswith("_rank") != (r["unit"] == "rank"):
            err("%s: rank metric/unit mismatch" % tag)
        y = r["year"]
        if y is not None and not (isinstance(y, int) and 1900 <= y <= 2100):
            err("%s: year %r" % (tag, y))
        if not isinstance(r["year_ok"], list) or not all(isinstance(v, int) for v in r["year_ok"]):
            err("%s: year_ok %r" % (tag, r["year_ok"]))
        if y is not None and y in r["year_ok"]:
            err("%s: year repeated in year_ok" % tag)
        date = pages[r["article"]]["meta"].get("date")
        if date and y is not None and y > int(date[:4]):
            err("%s: year %s after the page date %s" % (tag, y, date))
        if r["tier"] != "core":
            err("%s: tier %r" % (tag, r["tier"]))
        key = (r["article"], r["country"], r["metric"], r["value"])
        if key in seen:
            err("%s: duplicate %s" % (tag, key))
        seen.add(key)
        body = pages[r["article"]]["body"]
        spans = spans_of(body, r["quote"])
        if not spans:
            err("%s: quote not found verbatim in %s: %r" % (tag, r["article"], r["quote"]))
            continue
        targets = [r["value"]] + vok
        ok = False
        for (s, e, text, vals) in pages[r["article"]]["tokens"]:
            if any(a <= s and e <= b for a, b in spans) and value_matches(vals, targets):
                ok = True
        if not ok:
            err("%s: value %r not printed in its quote" % (tag, r["value"]))


def check_ignore(ignore, pages):
    for i, r in enumerate(ignore, 1):
        tag = "ignore:%d" % i
        if set(r) != IGNORE_FIELDS:
            err("%s: fields %s" % (tag, sorted(r)))
            continue
        if r["article"] not in pages:
            err("%s: article %s not found" % (tag, r["article"]))
            continue
        if r["country"] not in ISO3:
            err("%s: bad ISO3 %r" % (tag, r["country"]))
        if not is_num(r["value"]) or not isinstance(r["note"], str) or not r["note"]:
            err("%s: value/note" % tag)
            continue
        if not any(value_matches(vals, [r["value"]]) for (_, _, _, vals) in pages[r["article"]]["tokens"]):
            err("%s: value %r not printed in %s" % (tag, r["value"], r["article"]))


def acc_spans(acc, pages):
    """Token spans an accounted entry covers."""
    body = pages[acc["article"]]["body"]
    toks = pages[acc["article"]]["tokens"]
    ctx = acc.get("context")
    cspans = spans_of(body, ctx) if ctx is not None else [(0, len(body))]
    return [(s, e) for (s, e, text, _) in toks
            if text.lower() == acc["token"].lower() and any(a <= s and e <= b for a, b in cspans)]


def check_accounted(accounted, pages):
    for i, r in enumerate(accounted, 1):
        tag = "accounted:%d" % i
        keys = set(r)
        if not ACC_REQUIRED <= keys or not keys <= ACC_FIELDS:
            err("%s: fields %s" % (tag, sorted(keys)))
            continue
        if r["article"] not in pages:
            err("%s: article %s not found" % (tag, r["article"]))
            continue
        if not r["kind"] or not r["note"]:
            err("%s: empty kind/note" % tag)
        if "context" in r and not spans_of(pages[r["article"]]["body"], r["context"]):
            err("%s: context %r not in %s" % (tag, r["context"], r["article"]))
            continue
        if not acc_spans(r, pages):
            err("%s: token %r not found%s" % (tag, r["token"],
                                              " in context" if "context" in r else ""))


def check_tokens(pages, gold, ignore, accounted):
    for name, p in sorted(pages.items()):
        body, toks = p["body"], p["tokens"]
        covered = set()
        for r in gold:
            if r.get("article") != name or "quote" not in r:
                continue
            spans = spans_of(body, r["quote"])
            targets = [r["value"]] + list(r.get("value_ok", []))
            years = ([r["year"]] if r.get("year") is not None else []) + list(r.get("year_ok", []))
            for (s, e, text, vals) in toks:
                if not any(a <= s and e <= b for a, b in spans):
                    continue
                if value_matches(vals, targets):
                    covered.add(s)
                elif re.fullmatch(r"\d{4}", text) and int(text) in years:
                    covered.add(s)
        for r in ignore:
            if r.get("article") != name:
                continue
            for (s, e, text, vals) in toks:
                if value_matches(vals, [r["value"]]):
                    covered.add(s)
        for r in accounted:
            if r.get("article") != name or ("context" in r and not spans_of(body, r["context"])):
                continue
            for (s, e) in acc_spans(r, pages):
                covered.add(s)
        for (s, e, text, vals) in toks:
            if s not in covered:
                line = body[max(0, s - 40): e + 40].replace("\n", " ")
                err("token %s @%d %r unaccounted: ...%s..." % (name, s, text, line))


def main():
    pages = load_pages()
    gold = load_jsonl(os.path.join(ROOT, "gold.jsonl"))
    ignore = load_jsonl(os.path.join(ROOT, "gold.ignore.jsonl"))
    try:
        accounted = json.load(open(os.path.join(ROOT, "tools", "accounted.json"), encoding="utf-8"))
    except (OSError, ValueError) as e:
        err("accounted.json: %s" % e)
        accounted = []
    check_gold(gold, pages)
    check_ignore(ignore, pages)
    check_accounted(accounted, pages)
    check_tokens(pages, gold, ignore, accounted)
    for e in errors:
        print(e)
    n_tok = sum(len(p["tokens"]) for p in pages.values())
    print("pages: %d, number tokens: %d, gold: %d, ignore: %d, accounted: %d"
          % (len(pages), n_tok, len(gold), len(ignore), len(accounted)))
    print("check.py: %d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
