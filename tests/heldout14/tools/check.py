#!/usr/bin/env python3
"""Validate the heldout14 evaluation set.

Checks the twelve pages in corpus/, gold.jsonl, gold.ignore.jsonl and
tools/accounted.json against each other.  Prints one line per error and ends
with "check.py: N errors".  `--tokens FILE` dumps the number tokens that the
checker finds on one page, with how each one is accounted for.
"""
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold.jsonl"
IGNORE = ROOT / "gold.ignore.jsonl"
ACCOUNTED = ROOT / "tools" / "accounted.json"

GOLD_FIELDS = ["article", "country", "metric", "keywords", "value", "unit", "year",
               "year_ok", "quote", "tier"]
GOLD_FIELDS_ALT = GOLD_FIELDS + ["value_ok"]
IGNORE_FIELDS = ["article", "country", "value", "note"]
FRONT_KEYS = ["url", "date", "title"]          # order used by shared/corpus-extra
NUMBERS = list(range(973, 985))
N_MD, N_TXT = 8, 4
MIN_WORDS, MAX_WORDS = 300, 550
ACCOUNTED_KINDS = {"aggregate", "company", "rate_base", "age_threshold", "label",
                   "product", "idiom", "url_id"}

ISO3 = set("""ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL
BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE
CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA
ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB
GNQ GRC GRD GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR
ITA JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX
LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI
MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL
PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM
SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN
TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB
ZWE""".split())
assert len(ISO3) == 249

# ---------------------------------------------------------------- number tokens
SCALES = {"trillion": 1e12, "tn": 1e12, "trn": 1e12, "billion": 1e9, "bn": 1e9, "bil": 1e9,
          "million": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
          "crore": 1e7, "lakh": 1e5}
GLUED_SCALES = ("bn", "bil", "mn", "m", "tn", "trn", "k")
SPACED_SCALES = ("trillion", "billion", "million", "thousand", "crore", "lakh", "bn", "mn", "tn")
UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
            "hundredth": 100}
DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
          "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]

DIGIT_RE = re.compile(
    r"(?<![A-Za-z0-9_.,])([+\-−]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    r"(?:(st|nd|rd|th)\b|(" + "|".join(GLUED_SCALES) + r")\b|\s+(" + "|".join(SPACED_SCALES)
    + r")\b)?")
UNIT_ALT = "|".join(list(UNITS) + list(TENS))
WORD_RE = re.compile(
    r"\b(?:(?P<fnum>one|two|three|four)-(?P<fden>thirds?|quarters?|fifths?|tenths?)"
    r"|(?P<fa>a|one) (?P<fden2>third|quarter|fifth|tenth)(?= of\b)"
    r"|(?P<half>half|halves)"
    r"|(?P<quarter>quarters?)(?= of\b)"
    r"|(?P<ord>" + "|".join(ORDINALS) + r")"
    r"|(?:(?P<card>(?:" + "|".join(TENS) + r")-(?:" + "|".join(list(UNITS)[1:10]) + r")|"
    + UNIT_ALT + r")|(?P<art>a|per))(?:\s+(?P<wscale>hundred|thousand|million|billion|trillion|dozen))?"
    r")\b", re.IGNORECASE)
DATE_DAY_RES = [re.compile(MONTHS + r"\.?\s+(\d{1,2})\b"),
                re.compile(r"\b(\d{1,2})\s+" + MONTHS + r"\b")]


def word_value(w):
    w = w.lower()
    if w in UNITS:
        return UNITS[w]
    if w in TENS:
        return TENS[w]
    a, b = w.split("-")
    return TENS[a] + UNITS[b]


def number_tokens(text):
    """Return a list of dicts: start, end, surface, values (candidate floats), kind."""
    toks = []
    date_spans = set()
    for rx in DATE_DAY_RES:
        for m in rx.finditer(text):
            date_spans.add(m.span(1))
    for m in DIGIT_RE.finditer(text):
        sign, intpart, frac, ordsuf, glued, spaced = m.groups()
        start = m.start(2)
        num = float(intpart.replace(",", "") + (frac or ""))
        signed = -num if sign in ("-", "−") else num
        scale = SCALES[(glued or spaced).lower()] if (glued or spaced) else None
        values = {signed}
        if scale:
            values.add(signed * scale)
        kind = "ordinal" if ordsuf else "digit"
        after = text[m.end(2) + len(frac or ""):m.end(2) + len(frac or "") + 1]
        before = text[max(0, start - 5):start]
        if (start, m.end(2)) in date_spans:
            kind = "date"
        elif re.search(r"\d:$", text[max(0, start - 2):start]) or after == ":":
            kind = "time"
        elif (not frac and not scale and not ordsuf and "," not in intpart and len(intpart) == 4
              and 1900 <= int(intpart) <= 2100 and after != "%" and not sign):
            kind = "year"
        elif len(intpart) == 2 and not frac and re.fullmatch(r"\d{4}[-/]", before or ""):
            kind = "year"
        toks.append(dict(start=m.start(), end=m.end(), surface=m.group(0), values=values,
                         kind=kind))
    taken = [(t["start"], t["end"]) for t in toks]
    for m in WORD_RE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        g = m.groupdict()
        if g["fnum"]:
            v, kind = word_value(g["fnum"]) / DENOMS[g["fden"].lower()], "fraction"
        elif g["fa"]:
            v, kind = 1 / DENOMS[g["fden2"].lower()], "fraction"
        elif g["half"]:
            v, kind = 0.5, "fraction"
        elif g["quarter"]:
            v, kind = 0.25, "fraction"
        elif g["ord"]:
            v, kind = ORDINALS[g["ord"].lower()], "ordinal"
        elif g["card"]:
            v, kind = word_value(g["card"]), "word"
        elif g["art"]:
            if not g["wscale"]:
                continue            # plain "a" / "per"
            v, kind = 1, "word"
        else:
            continue
        values = {float(v)}
        if g.get("wscale"):
            sc = g["wscale"].lower()
            mult = 12 if sc == "dozen" else (100 if sc == "hundred" else SCALES[sc])
            values = {float(v) * mult}
            if not g["art"]:
                values.add(float(v))
        toks.append(dict(start=m.start(), end=m.end(), surface=m.group(0), values=values,
                         kind=kind))
    toks.sort(key=lambda t: t["start"])
    return toks


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def any_close(values, pool):
    return any(close(v, p) for v in values for p in pool)


# ---------------------------------------------------------------- pages
def split_page(path, raw):
    """Return (front matter dict in order, body text)."""
    if path.suffix == ".txt":
        return None, raw
    if not raw.startswith("---\n"):
        return {}, raw
    end = raw.index("\n---\n", 4)
    fm = {}
    for line in raw[4:end].split("\n"):
        k, _, v = line.partition(": ")
        fm[k] = v
    return fm, raw[end + 5:]


def date_renderings(iso):
    y, mo, d = (int(x) for x in iso.split("-"))
    mn = MONTH_NAMES[mo - 1]
    ab = mn[:3]
    forms = {iso, f"{y}/{mo:02d}/{d:02d}", f"{y}{mo:02d}{d:02d}", f"{y}.{mo:02d}.{d:02d}"}
    for m in {mn, ab, ab + ".", "Sept."} if mo == 9 else {mn, ab, ab + "."}:
        forms |= {f"{m} {d}, {y}", f"{d} {m} {y}"}
    return forms


def main(argv):
    errors = []

    def err(msg):
        errors.append(msg)
        print("ERROR:", msg)

    # -- files
    pages = {}
    for p in sorted(CORPUS.iterdir()):
        if not re.fullmatch(r"(\d{3})_[a-z0-9]+(?:-[a-z0-9]+)+\.(md|txt)", p.name):
            err(f"{p.name}: bad file name")
            continue
        pages[p.name] = p.read_text(encoding="utf-8")
    nums = sorted(int(n[:3]) for n in pages)
    if nums != NUMBERS:
        err(f"corpus numbering is {nums}, expected 973..984 once each")
    n_md = sum(n.endswith(".md") for n in pages)
    n_txt = sum(n.endswith(".txt") for n in pages)
    if (n_md, n_txt) != (N_MD, N_TXT):
        err(f"expected {N_MD} md + {N_TXT} txt, found {n_md} + {n_txt}")

    bodies = {}
    for name, raw in pages.items():
        path = CORPUS / name
        if raw.endswith("\n"):
            err(f"{name}: trailing newline")
        if "\r" in raw:
            err(f"{name}: carriage return")
        fm, body = split_page(path, raw)
        bodies[name] = body
        words = len(body.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(f"{name}: {words} words in body, want {MIN_WORDS}-{MAX_WORDS}")
        if len(raw.split()) > MAX_WORDS:
            err(f"{name}: {len(raw.split())} words including front matter")
        first_line = next((ln.strip() for ln in body.split("\n") if ln.strip()), "")
        if fm is None:
            if not first_line:
                err(f"{name}: empty page")
            continue
        keys = list(fm)
        if not keys or keys[0] != "url" or keys != [k for k in FRONT_KEYS if k in keys]:
            err(f"{name}: front-matter keys {keys}, want url[, date][, title] in that order")
        if any(not v.strip() for v in fm.values()):
            err(f"{name}: empty front-matter value")
        if "title" in fm and fm["title"] != first_line:
            err(f"{name}: title {fm['title']!r} is not the headline {first_line!r}")
        if "date" in fm:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fm["date"]):
                err(f"{name}: date {fm['date']!r} not ISO")
            elif not any(f in fm.get("url", "") or f in body for f in date_renderings(fm["date"])):
                err(f"{name}: front-matter date {fm['date']} shown neither in URL nor in text")

    # -- jsonl
    def load_jsonl(path, fields_ok):
        recs = []
        for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{path.name}:{i}: does not parse ({e})")
                continue
            if list(r) not in fields_ok:
                err(f"{path.name}:{i}: fields {list(r)}")
            r["_line"] = i
            recs.append(r)
        return recs

    gold = load_jsonl(GOLD, [GOLD_FIELDS, GOLD_FIELDS_ALT])
    ign = load_jsonl(IGNORE, [IGNORE_FIELDS])
    try:
        acc = json.loads(ACCOUNTED.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        err(f"accounted.json: {e}")
        acc = []

    gold_vals, ign_vals, acc_vals = {}, {}, {}
    anchors = {}    # article -> [(source, anchor text, values)]: quotes and accounted tokens
    seen = set()
    for r in gold:
        where = f"gold.jsonl:{r['_line']}"
        a = r.get("article")
        if a not in pages:
            err(f"{where}: unknown article {a!r}")
            continue
        if r["country"] not in ISO3:
            err(f"{where}: country {r['country']!r} is not ISO alpha-3")
        if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
            err(f"{where}: value not numeric")
            continue
        vok = r.get("value_ok", [])
        if "value_ok" in r and not vok:
            err(f"{where}: empty value_ok (omit the field instead)")
        if r["value"] < 0 and not any(close(-r["value"], v) for v in vok):
            err(f"{where}: negative value {r['value']} without its positive in value_ok")
        key = (a, r["country"], r["metric"], float(r["value"]))
        if key in seen:
            err(f"{where}: duplicate {key}")
        seen.add(key)
        kws = r["keywords"]
        if not kws or any(k != k.lower() for k in kws):
            err(f"{where}: keywords must be non-empty lower case")
        if not any(k in r["metric"].lower() for k in kws):
            err(f"{where}: metric {r['metric']!r} contains none of {kws}")
        if not r["unit"]:
            err(f"{where}: empty unit")
        if r["year"] is not None and not isinstance(r["year"], int):
            err(f"{where}: year must be int or null")
        if not isinstance(r["year_ok"], list) or r["year"] in r["year_ok"]:
            err(f"{where}: year_ok must be a list without the year itself")
        if r["tier"] not in ("core", "hard"):
            err(f"{where}: tier {r['tier']!r}")
        q = r["quote"]
        if "\n" in q or q not in pages[a]:
            err(f"{where}: quote is not a verbatim single-line substring: {q!r}")
        if r["tier"] == "core":
            qvals = set().union(*(t["values"] for t in number_tokens(q))) if q else set()
            if not any_close(qvals, [r["value"]] + vok):
                err(f"{where}: core value {r['value']} not readable from quote {q!r}")
        gold_vals.setdefault((a, r["country"]), []).extend([r["value"]] + vok)
        gold_vals.setdefault(a, []).extend([r["value"]] + vok)
        anchors.setdefault(a, []).append(("gold", q, [r["value"]] + vok))

    for r in ign:
        where = f"gold.ignore.jsonl:{r['_line']}"
        a = r.get("article")
        if a not in pages:
            err(f"{where}: unknown article {a!r}")
            continue
        if r["country"] not in ISO3:
            err(f"{where}: country {r['country']!r} is not ISO alpha-3")
        if not r["note"].strip():
            err(f"{where}: empty note")
        if any_close([r["value"]], gold_vals.get((a, r["country"]), [])):
            err(f"{where}: collides with a gold value for {a} {r['country']} {r['value']}")
        ign_vals.setdefault(a, []).append(r["value"])

    for i, r in enumerate(acc):
        where = f"accounted.json[{i}]"
        if list(r) != ["article", "token", "value", "kind", "note"]:
            err(f"{where}: fields {list(r)}")
            continue
        if r["article"] not in pages:
            err(f"{where}: unknown article {r['article']!r}")
            continue
        if r["kind"] not in ACCOUNTED_KINDS:
            err(f"{where}: kind {r['kind']!r} not in {sorted(ACCOUNTED_KINDS)}")
        if r["token"].lower() not in pages[r["article"]].lower():
            err(f"{where}: token {r['token']!r} not on the page")
        if not r["note"].strip():
            err(f"{where}: empty note")
        acc_vals.setdefault(r["article"], []).append(r["value"])
        anchors.setdefault(r["article"], []).append(("accounted", r["token"], [r["value"]]))

    for name in pages:
        if name not in gold_vals:
            err(f"{name}: no gold records")

    # -- every number token accounted for
    dump = argv[argv.index("--tokens") + 1] if "--tokens" in argv else None
    repeats = []
    for name, raw in pages.items():
        fm, body = split_page(CORPUS / name, raw)
        g, i_, a_ = gold_vals.get(name, []), ign_vals.get(name, []), acc_vals.get(name, [])
        texts = [body]
        if fm:
            texts.append(fm.get("title", ""))
            url = fm.get("url", "")
            url_wo_dates = re.sub(r"/(19|20)\d\d/\d\d/\d\d/", "/", url)
            for m in re.finditer(r"\d+", url_wo_dates):
                if re.fullmatch(r"(19|20)\d\d", m.group()):
                    continue
                if not any_close([float(m.group())], a_):
                    err(f"{name}: url number {m.group()} not accounted")
        for text in texts:
            # spans of quotes / accounted tokens on this text, with the values they account for
            spans = []
            low = text.lower()
            for source, anchor, vals in anchors.get(name, []):
                hay, needle = (text, anchor) if source == "gold" else (low, anchor.lower())
                start = hay.find(needle)
                while needle and start != -1:
                    spans.append((source, start, start + len(needle), vals))
                    start = hay.find(needle, start + 1)
            for t in number_tokens(text):
                placed = [src for src, s0, e0, vals in spans
                          if s0 <= t["start"] and t["end"] <= e0 and any_close(t["values"], vals)]
                # a token is accounted for, in this order of preference: as a year/date/time;
                # inside a gold quote or an accounted token with a matching value; by value as
                # an ignore record; by value as a repeat of a gold value elsewhere on the page.
                if t["kind"] in ("year", "date", "time"):
                    how = t["kind"]
                elif "gold" in placed:
                    how = "gold"
                elif "accounted" in placed:
                    how = "accounted"
                elif any_close(t["values"], i_):
                    how = "ignore"
                elif any_close(t["values"], g):
                    how = "gold-repeat"
                    repeats.append(f"{name}: {t['surface']!r}")
                else:
                    how = None
                    line = text[:t["start"]].count("\n") + 1
                    err(f"{name}: number token {t['surface']!r} (line {line}) not accounted")
                if dump and name.startswith(dump):
                    print(f"  {t['surface']!r:28} {t['kind']:9} {sorted(t['values'])} -> {how}")

    if "--repeats" in argv:
        for r in repeats:
            print("repeat of a gold value outside its quote:", r)
    print(f"check.py: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
