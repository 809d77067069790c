#!/usr/bin/env python3
"""Validator for the heldout16 evaluation set.

Checks:
  * page format (front matter for .md, headline+body for .txt, no final newline, 300-550 body words)
  * gold.jsonl: fields as in shared/gold/corpus-gold.jsonl, quote verbatim in its page, value numeric,
    ISO3 valid, years sane; core records must have a number token in the quote that parses to the value
  * gold.ignore.jsonl: fields article/country/value/note, ISO3 valid, value matches a number on the page
  * accounted.json: tok occurs inside quote, quote occurs in page
  * every number token (digits, number words, ordinals) of every page is accounted for by gold
    (token inside the record's quote and parsing to its value), ignore (value match anywhere on the page),
    accounted.json (tok inside quote), or is a year / date / time / front-matter token.

Usage: check.py [--tokens 99x]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "corpus")

ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR BHR
BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL
COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK
FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV
HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO
LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG
MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN
PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE
SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO
TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())

GOLD_FIELDS = ["article", "country", "metric", "keywords", "value", "unit", "year", "year_ok", "quote", "tier"]
GOLD_OPTIONAL = ["value_ok"]
IGN_FIELDS = ["article", "country", "value", "note"]
ACC_FIELDS = ["article", "tok", "quote", "kind", "note"]

CARD = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split())}
CARD.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
             "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12})
ORD = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
ORD.update({"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100})
WORDS = dict(CARD); WORDS.update(ORD)

MONTHS = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
SCALES = [("trillion", 1e12), ("tn", 1e12), ("billion", 1e9), ("bn", 1e9), ("million", 1e6), ("mn", 1e6),
          ("m", 1e6), ("crore", 1e7), ("lakh", 1e5), ("thousand", 1e3), ("k", 1e3)]

NUM_RE = re.compile(r"(?<![\w.,])([+\-\u2212]?)(\d[\d,]*(?:\.\d+)?)")
WORD_RE = re.compile(r"\b(" + "|".join(sorted(WORDS, key=len, reverse=True)) + r")\b", re.I)


def load_pages():
    pages = {}
    for f in sorted(os.listdir(CORPUS)):
        with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
            pages[f] = fh.read()
    return pages


def tokens(text):
    """Return number tokens: dicts with start, end, text, num (float), scale (float or None)."""
    out = []
    for m in NUM_RE.finditer(text):
        sign, digits = m.group(1), m.group(2)
        s = m.start(2)
        # a sign only counts if it does not follow a digit (2022-23) or a letter
        neg = False
        if sign:
            prev = text[m.start(1) - 1] if m.start(1) > 0 else " "
            if prev.isalnum():
                sign = ""
            else:
                neg = sign in "-\u2212"
        if digits.endswith(","):
            digits = digits[:-1]
        e = s + len(digits)
        try:
            num = float(digits.replace(",", ""))
        except ValueError:
            continue
        if neg:
            num = -num
        rest = text[e:e + 12]
        scale = None
        for w, f in SCALES:
            if re.match(r"\s?" + w + r"\b", rest, re.I) if len(w) > 2 else re.match(w + r"\b", rest):
                scale = f
                break
        out.append({"start": s, "end": e, "text": digits, "num": num, "scale": scale, "word": False})
    for m in WORD_RE.finditer(text):
        w = m.group(1).lower()
        out.append({"start": m.start(), "end": m.end(), "text": m.group(1), "num": float(WORDS[w]),
                    "scale": None, "word": True})
    out.sort(key=lambda t: t["start"])
    return out


def auto_kind(text, t, fm_end):
    """Year / date / time / front matter, or None."""
    s, e = t["start"], t["end"]
    if s < fm_end:
        line_start = text.rfind("\n", 0, s) + 1
        line = text[line_start:text.find("\n", s)]
        if line.startswith("url:") or line.startswith("date:"):
            return "frontmatter"
    if t["word"]:
        return None
    d = t["text"]
    before, after = text[max(0, s - 12):s], text[e:e + 12]
    if re.fullmatch(r"\d{1,2}", d) and re.search(r"(?:^|[^\d])(?:19|20)\d\d[/\-\u2013]$", before):
        return "year"  # 2024/25, 2022-23
    if re.fullmatch(r"\d{1,2}", d) and (re.search(r"\b(?:" + MONTHS + r")\.?\s$", before, re.I)
                                         or re.match(r"\s(?:" + MONTHS + r")\b", after, re.I)):
        return "date"
    if re.fullmatch(r"\d{1,2}", d) and re.match(r":\d\d", after):
        return "time"
    if re.fullmatch(r"\d\d", d) and re.search(r"\d:$", before):
        return "time"
    if re.fullmatch(r"\d{1,2}\.\d\d", d) and re.match(r"\s?(?:am|pm)\b", after, re.I):
        return "time"
    if re.fullmatch(r"(?:19|20)\d\d", d) and not t["scale"] and not re.match(r"\s?(?:%|per|points)", after):
        return "year"
    return None


def front_matter_end(text):
    if text.startswith("---\n"):
        i = text.find("\n---\n", 3)
        return i + 5 if i >= 0 else 0
    return 0


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def token_values(t):
    vals = [t["num"], abs(t["num"])]
    if t["scale"]:
        vals += [t["num"] * t["scale"], abs(t["num"]) * t["scale"]]
    # a bare number may carry a scale given elsewhere in the sentence (tables, "respectively")
    for f in (1e3, 1e6, 1e9, 1e12):
        vals.append(abs(t["num"]) * f)
    return vals


def matches(t, values):
    tv = token_values(t)
    return any(close(a, b) or close(abs(a), abs(b)) for a in tv for b in values)


def occurrences(text, quote):
    out, i = [], text.find(quote)
    while i >= 0:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def load_jsonl(p):
    recs = []
    with open(p, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                recs.append((n, json.loads(line)))
    return recs


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def main(argv):
    dump = None
    if "--tokens" in argv:
        dump = argv[argv.index("--tokens") + 1]
    errors = []
    err = errors.append
    pages = load_pages()
    names = list(pages)

    # ---------- page format ----------
    nums = [f.split("_")[0] for f in names]
    if sorted(int(n) for n in nums) != list(range(997, 1009)):
        err("pages must be numbered 997..1008, got %s" % sorted(nums))
    n_md = sum(f.endswith(".md") for f in names)
    n_txt = sum(f.endswith(".txt") for f in names)
    if (n_md, n_txt) != (8, 4):
        err("want 8 .md and 4 .txt pages, got %d and %d" % (n_md, n_txt))
    for f, text in pages.items():
        if not re.fullmatch(r"\d{3,4}_[a-z0-9]+(?:-[a-z0-9]+)+\.(md|txt)", f):
            err("%s: bad file name" % f)
        if text.endswith("\n"):
            err("%s: ends with a newline" % f)
        if f.endswith(".md"):
            m = re.match(r"---\nurl: (\S+)\n(date: \d{4}-\d\d-\d\d\n)?(title: [^\n]+\n)?---\n", text)
            if not m:
                err("%s: bad front matter" % f)
                continue
            body = text[m.end():]
        else:
            if text.startswith("---"):
                err("%s: .txt page must not have front matter" % f)
            body = text.split("\n", 1)[1] if "\n" in text else ""
            if body.split("\n", 1)[0].strip():
                err("%s: headline line must be followed by a blank line" % f)
        wc = len(body.split())
        if not 300 <= wc <= 550:
            err("%s: body has %d words (want 300-550)" % (f, wc))

    # ---------- records ----------
    gold = load_jsonl(os.path.join(ROOT, "gold.jsonl"))
    ign = load_jsonl(os.path.join(ROOT, "gold.ignore.jsonl"))
    with open(os.path.join(HERE, "accounted.json"), encoding="utf-8") as fh:
        acc = json.load(fh)

    toks = {f: tokens(t) for f, t in pages.items()}
    cover = {f: [[] for _ in toks[f]] for f in pages}
    fm = {f: front_matter_end(t) for f, t in pages.items()}

    seen = set()
    for n, r in gold:
        where = "gold.jsonl:%d" % n
        keys = list(r)
        want = [k for k in GOLD_FIELDS]
        if [k for k in keys if k not in GOLD_OPTIONAL] != want or any(k not in want + GOLD_OPTIONAL for k in keys):
            err("%s: fields %s, want %s (+ optional value_ok)" % (where, keys, want))
            continue
        if r["article"] not in pages:
            err("%s: unknown article %s" % (where, r["article"]))
            continue
        text = pages[r["article"]]
        if r["country"] not in ISO3:
            err("%s: bad ISO3 %r" % (where, r["country"]))
        if not (isinstance(r["metric"], str) and re.fullmatch(r"[a-z0-9_]+", r["metric"])):
            err("%s: bad metric id" % where)
        kw = r["keywords"]
        if not (isinstance(kw, list) and kw and all(isinstance(k, str) and k == k.lower() and k.strip() for k in kw)):
            err("%s: keywords must be a non-empty list of lowercase strings" % where)
        if not is_num(r["value"]):
            err("%s: value %r does not parse as a number" % (where, r["value"]))
            continue
        vok = r.get("value_ok", [])
        if not (isinstance(vok, list) and all(is_num(v) for v in vok)):
            err("%s: bad value_ok" % where)
            vok = []
        if not isinstance(r["unit"], str) or not r["unit"]:
            err("%s: bad unit" % where)
        y = r["year"]
        if y is not None and not (isinstance(y, int) and 1800 <= y <= 2100):
            err("%s: bad year %r" % (where, y))
        if not (isinstance(r["year_ok"], list) and all(isinstance(v, int) and 1800 <= v <= 2100 for v in r["year_ok"])):
            err("%s: bad year_ok" % where)
        if r["tier"] not in ("core", "hard"):
            err("%s: tier must be core or hard" % where)
        key = (r["article"], r["country"], r["metric"], r["value"])
        if key in seen:
            err("%s: duplicate record %s" % (where, key))
        seen.add(key)
        occ = occurrences(text, r["quote"])
        if not r["quote"] or not occ:
            err("%s: quote not found verbatim in %s: %r" % (where, r["article"], r["quote"]))
            continue
        hit = False
        for i, t in enumerate(toks[r["article"]]):
            if any(qs <= t["start"] and t["end"] <= qe for qs, qe in occ) and matches(t, [r["value"]] + vok):
                cover[r["article"]][i].append("gold:%s/%s" % (r["country"], r["metric"]))
                hit = True
        if not hit and r["tier"] == "core":
            err("%s: core record has no number token in its quote matching value %r" % (where, r["value"]))

    for n, r in ign:
        where = "gold.ignore.jsonl:%d" % n
        if list(r) != IGN_FIELDS:
            err("%s: fields %s, want %s" % (where, list(r), IGN_FIELDS))
            continue
        if r["article"] not in pages:
            err("%s: unknown article %s" % (where, r["article"]))
            continue
        if r["country"] not in ISO3:
            err("%s: bad ISO3 %r" % (where, r["country"]))
        if not is_num(r["value"]):
            err("%s: value %r does not parse" % (where, r["value"]))
            continue
        hit = False
        for i, t in enumerate(toks[r["article"]]):
            if matches(t, [r["value"]]):
                cover[r["article"]][i].append("ignore:%s" % r["country"])
                hit = True
        if not hit and not r["note"].startswith("implied"):
            err("%s: value %r matches no number on the page (notes for number-less claims start with 'implied')"
                % (where, r["value"]))

    for n, r in enumerate(acc, 1):
        where = "accounted.json[%d]" % n
        if list(r) != ACC_FIELDS:
            err("%s: fields %s, want %s" % (where, list(r), ACC_FIELDS))
            continue
        if r["article"] not in pages:
            err("%s: unknown article %s" % (where, r["article"]))
            continue
        occ = occurrences(pages[r["article"]], r["quote"])
        if not occ:
            err("%s: quote not found in %s: %r" % (where, r["article"], r["quote"]))
            continue
        hit = False
        for i, t in enumerate(toks[r["article"]]):
            if t["text"].lower() == r["tok"].lower() and any(qs <= t["start"] and t["end"] <= qe for qs, qe in occ):
                cover[r["article"]][i].append("acc:%s" % r["kind"])
                hit = True
        if not hit:
            err("%s: tok %r is not a number token inside its quote" % (where, r["tok"]))

    # ---------- every token accounted ----------
    for f, text in pages.items():
        for i, t in enumerate(toks[f]):
            k = auto_kind(text, t, fm[f])
            if k:
                cover[f][i].append("auto:" + k)
            if not cover[f][i]:
                ctx = text[max(0, t["start"] - 40):t["end"] + 30].replace("\n", " ")
                err("%s: unaccounted number %r at %d: ...%s..." % (f, t["text"], t["start"], ctx))

    if dump:
        f = next((x for x in pages if x.startswith(dump + "_")), None)
        if not f:
            print("no page %s" % dump)
        else:
            text = pages[f]
            print("tokens of %s" % f)
            for i, t in enumerate(toks[f]):
                ctx = text[max(0, t["start"] - 30):t["end"] + 25].replace("\n", " ")
                print("%6d %-12s %-45s | %s" % (t["start"], t["text"], ", ".join(sorted(set(cover[f][i]))) or "-- UNACCOUNTED --", ctx))

    for e in errors:
        print("ERROR", e)
    print("check.py: %d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
