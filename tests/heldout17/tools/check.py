#!/usr/bin/env python3
"""Validator for the heldout17 evaluation set.

Checks
  * page layout: 12 pages numbered 1009-1020, 8 .md with front matter (url first, then optional
    date/title, closing ---) and 4 plain .txt pages; 300-550 body words; no trailing newline;
  * gold.jsonl / gold.ignore.jsonl: field sets, ISO3 codes, numeric values, years, tiers,
    keywords (lowercase, at least one inside the metric id), no duplicate
    (article, country, metric, value), every quote verbatim in its page, core values visible in
    their quote (allowing scale words / pence-cents);
  * tools/accounted.json: every entry used, every context present in its page;
  * number accounting: every number token in every page body (digits, ordinals, number words)
    is a year / date / time, or is covered by a gold record (token inside the quote and value
    matching), by an ignore record (value matching), or by accounted.json (surface, optionally
    restricted to a context string).

Usage: python3 tools/check.py [--tokens 1010]
Ends by printing "check.py: N errors".
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

GOLD_REQUIRED = {"article", "country", "metric", "keywords", "value", "unit", "year", "year_ok",
                 "quote", "tier"}
GOLD_OPTIONAL = {"value_ok"}
IGNORE_FIELDS = {"article", "country", "value", "note"}

FALLBACK_ISO3 = set("""AFG AGO ARG AUS AUT BEL BGR BRA BTN BWA CAN CHL CHN COD COL DEU DNK DOM EST FIN
FJI FRA GBR GRC HKG HRV HUN IDN IND IRL ISL ISR ITA JPN KEN KOR LSO LTU LUX LVA MAC MEX MLT NGA NLD
NZL PER PHL PLW POL PRT ROU RUS SAU SDN SGP SLV SSD SVK SVN SWE SWZ SYR TUR UGA UKR USA YEM ZAF
ZWE""".split())


def load_iso3():
    path = "/usr/share/iso-codes/json/iso_3166-1.json"
    try:
        with open(path, encoding="utf-8") as fh:
            return {c["alpha_3"] for c in json.load(fh)["3166-1"]}
    except (OSError, ValueError, KeyError):
        return FALLBACK_ISO3


ISO3 = load_iso3()

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
              "seventy": 70, "eighty": 80, "ninety": 90}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fiftieth": 50, "hundredth": 100,
}
# scale words (hundred, thousand, million, bn ...) only scale a neighbouring number, so they are not
# tokens of their own; "half" and "dozen" are.
OTHER_WORDS = {"half": 0.5, "dozen": 12}
SIMPLE_WORDS = {**UNITS_WORDS, **TENS_WORDS, **ORDINAL_WORDS, **OTHER_WORDS}

MONTHS = ("january february march april may june july august september october november "
          "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
MONTH_RE = r"(?:%s)\.?" % "|".join(MONTHS)

TOKEN_RE = re.compile(
    r"(?P<time>(?<![\w.])\d{1,2}:\d{2}(?![\d]))"
    r"|(?P<num>(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?P<ord>st|nd|rd|th)?(?![\d]))"
    r"|(?P<compound>\b(?:%s)-(?:%s)\b)"
    r"|(?P<word>\b(?:%s)\b)" % (
        "|".join(TENS_WORDS), "|".join(k for k in UNITS_WORDS if UNITS_WORDS[k] < 10 and k != "zero"),
        "|".join(sorted(SIMPLE_WORDS, key=len, reverse=True))),
    re.IGNORECASE,
)
SCALES = (1.0, 1e3, 1e6, 1e9, 1e12, 0.01)


def page_id(name):
    return name.split("_", 1)[0]


def split_page(text):
    """Return (front_matter_dict or None, body, body_offset)."""
    if not text.startswith("---\n"):
        return None, text, 0
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}, text, 0
    fm_lines = text[4:end].split("\n")
    fm = {}
    for line in fm_lines:
        key, _, val = line.partition(": ")
        fm.setdefault("_order", []).append(key)
        fm[key] = val
    return fm, text[end + 5:], end + 5


def tokens_of(text, body_offset):
    out = []
    body = text[body_offset:]
    for m in TOKEN_RE.finditer(body):
        start, end = m.start() + body_offset, m.end() + body_offset
        surface = m.group(0)
        if m.group("time"):
            out.append(dict(surface=surface, start=start, end=end, value=None, kind="time"))
            continue
        if m.group("num"):
            digits = surface
            if m.group("ord"):
                digits = surface[: -len(m.group("ord"))]
            value = float(digits.replace(",", ""))
            out.append(dict(surface=surface, start=start, end=end, value=value, kind="num",
                            ordinal=bool(m.group("ord")), commas="," in digits, decimal="." in digits))
            continue
        if m.group("compound"):
            a, b = surface.lower().split("-")
            out.append(dict(surface=surface, start=start, end=end,
                            value=float(TENS_WORDS[a] + UNITS_WORDS[b]), kind="word"))
            continue
        out.append(dict(surface=surface, start=start, end=end,
                        value=float(SIMPLE_WORDS[surface.lower()]), kind="word"))
    return out


def classify_calendar(text, tok):
    """Return 'year', 'date', 'time' or None."""
    if tok["kind"] == "time":
        return "time"
    if tok["kind"] != "num":
        return None
    v, s, e = tok["value"], tok["start"], tok["end"]
    after = text[e:e + 12]
    before = text[max(0, s - 14):s]
    if (not tok["ordinal"] and not tok["commas"] and not tok["decimal"] and len(tok["surface"]) == 4
            and 1900 <= v <= 2099 and not re.match(r"\s*(%|per|million|billion|bn|m\b)", after)
            and not re.search(r"[$€£¥]\s*$", before)):
        return "year"
    if (len(tok["surface"]) == 2 and not tok["decimal"]
            and re.search(r"(?:19|20)\d\d[-–/]$", before)):
        return "year"
    if not tok["decimal"] and not tok["commas"] and 1 <= v <= 31:
        if re.search(r"\b%s\s+$" % MONTH_RE, before, re.IGNORECASE):
            return "date"
        if re.match(r"\s+%s\b" % MONTH_RE, after, re.IGNORECASE):
            return "date"
    return None


def value_matches(token_value, target):
    if target is None or token_value is None:
        return False
    t = abs(float(target))
    for s in SCALES:
        x = token_value * s
        if math.isclose(x, t, rel_tol=1e-9, abs_tol=1e-12):
            return True
    return False


def find_all(haystack, needle):
    spans, i = [], haystack.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = haystack.find(needle, i + 1)
    return spans


def read_jsonl(path, errors):
    rows = []
    if not os.path.exists(path):
        errors.append(f"missing {os.path.relpath(path, ROOT)}")
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                errors.append(f"{os.path.basename(path)}:{n}: bad JSON ({exc})")
    return rows


def main(argv):
    dump = None
    if "--tokens" in argv:
        i = argv.index("--tokens")
        dump = argv[i + 1] if i + 1 < len(argv) else None
    errors, warnings = [], []

    # ---- pages
    pages = {}
    names = sorted(os.listdir(CORPUS)) if os.path.isdir(CORPUS) else []
    ids = [page_id(n) for n in names]
    if ids != [str(i) for i in range(1009, 1021)]:
        errors.append(f"pages must be numbered 1009-1020, got {ids}")
    md = [n for n in names if n.endswith(".md")]
    txt = [n for n in names if n.endswith(".txt")]
    if len(md) != 8 or len(txt) != 4:
        errors.append(f"need 8 .md and 4 .txt pages, got {len(md)} and {len(txt)}")
    for name in names:
        if not re.match(r"^\d{4}_[a-z0-9]+-[a-z0-9-]+\.(md|txt)$", name):
            errors.append(f"{name}: bad file name")
        with open(os.path.join(CORPUS, name), encoding="utf-8") as fh:
            text = fh.read()
        if text.endswith("\n"):
            errors.append(f"{name}: ends with a newline")
        fm, body, off = split_page(text)
        if name.endswith(".md"):
            if fm is None or not fm:
                errors.append(f"{name}: .md page without front matter")
            else:
                order = fm.get("_order", [])
                if not order or order[0] != "url":
                    errors.append(f"{name}: front matter must start with url")
                if [k for k in order if k not in ("url", "date", "title")]:
                    errors.append(f"{name}: unexpected front matter keys {order}")
                if order != sorted(order, key=["url", "date", "title"].index):
                    errors.append(f"{name}: front matter order must be url, date, title")
                if "date" in fm and not re.match(r"^\d{4}-\d{2}-\d{2}$", fm["date"]):
                    errors.append(f"{name}: bad date {fm['date']!r}")
                if "title" in fm and not body.startswith(fm["title"]):
                    errors.append(f"{name}: body does not open with the title")
        elif fm is not None:
            errors.append(f"{name}: .txt page must not have front matter")
        words = len(re.findall(r"\S+", body))
        if not 300 <= words <= 550:
            errors.append(f"{name}: body has {words} words (want 300-550)")
        pages[name] = dict(text=text, body_offset=off, tokens=tokens_of(text, off))

    # ---- gold
    gold = read_jsonl(GOLD, errors)
    seen = set()
    for n, r in enumerate(gold, 1):
        where = f"gold:{n}"
        keys = set(r)
        if not GOLD_REQUIRED <= keys or keys - GOLD_REQUIRED - GOLD_OPTIONAL:
            errors.append(f"{where}: fields {sorted(keys)}")
            continue
        if r["article"] not in pages:
            errors.append(f"{where}: unknown article {r['article']}")
            continue
        if r["country"] not in ISO3:
            errors.append(f"{where}: bad ISO3 {r['country']}")
        if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
            errors.append(f"{where}: value does not parse: {r['value']!r}")
        for v in r.get("value_ok", []) or []:
            if not isinstance(v, (int, float)):
                errors.append(f"{where}: value_ok does not parse: {v!r}")
        if "value_ok" in r and not isinstance(r["value_ok"], list):
            errors.append(f"{where}: value_ok must be a list")
        if r["year"] is not None and not (isinstance(r["year"], int) and 1980 <= r["year"] <= 2030):
            errors.append(f"{where}: bad year {r['year']!r}")
        if not isinstance(r["year_ok"], list) or any(not isinstance(y, int) for y in r["year_ok"]):
            errors.append(f"{where}: bad year_ok {r['year_ok']!r}")
        if r["tier"] not in ("core", "hard"):
            errors.append(f"{where}: bad tier {r['tier']!r}")
        kws = r["keywords"]
        if not kws or any(not isinstance(k, str) or k != k.lower() or not k for k in kws):
            errors.append(f"{where}: keywords must be non-empty lowercase strings")
        elif not any(k in r["metric"] for k in kws):
            errors.append(f"{where}: no keyword occurs in metric {r['metric']!r}")
        if not re.match(r"^[a-z0-9_]+$", r["metric"]):
            errors.append(f"{where}: bad metric id {r['metric']!r}")
        key = (r["article"], r["country"], r["metric"], r["value"])
        if key in seen:
            errors.append(f"{where}: duplicate record {key}")
        seen.add(key)
        text = pages[r["article"]]["text"]
        spans = find_all(text, r["quote"])
        if not spans:
            errors.append(f"{where}: quote not in page: {r['quote']!r}")
            continue
        if r["tier"] == "core":
            targets = [r["value"]] + list(r.get("value_ok", []) or [])
            ok = any(s <= t["start"] and t["end"] <= e and any(value_matches(t["value"], x) for x in targets)
                     for (s, e) in spans for t in pages[r["article"]]["tokens"])
            if not ok:
                errors.append(f"{where}: core value {r['value']} not visible in its quote")

    # ---- ignore
    ignore = read_jsonl(IGNORE, errors)
    for n, r in enumerate(ignore, 1):
        where = f"ignore:{n}"
        if set(r) != IGNORE_FIELDS:
            errors.append(f"{where}: fields {sorted(r)}")
            continue
        if r["article"] not in pages:
            errors.append(f"{where}: unknown article {r['article']}")
        if r["country"] not in ISO3:
            errors.append(f"{where}: bad ISO3 {r['country']}")
        if not isinstance(r["value"], (int, float)):
            errors.append(f"{where}: value does not parse: {r['value']!r}")

    # ---- accounted
    accounted = []
    if os.path.exists(ACCOUNTED):
        with open(ACCOUNTED, encoding="utf-8") as fh:
            accounted = json.load(fh)
    else:
        errors.append("missing tools/accounted.json")
    for n, a in enumerate(accounted, 1):
        if not {"article", "token", "kind", "note"} <= set(a) or set(a) - {"article", "token", "kind", "note", "context"}:
            errors.append(f"accounted:{n}: fields {sorted(a)}")
        if a.get("article") not in pages:
            errors.append(f"accounted:{n}: unknown article {a.get('article')}")
        elif a.get("context") and not find_all(pages[a["article"]]["text"], a["context"]):
            errors.append(f"accounted:{n}: context not in page: {a['context']!r}")

    # ---- token accounting
    used_acc, used_ign = set(), set()
    for name, p in pages.items():
        text = p["text"]
        g_rows = [r for r in gold if r.get("article") == name and "quote" in r]
        g_spans = [(r, find_all(text, r["quote"])) for r in g_rows]
        i_rows = [(i, r) for i, r in enumerate(ignore) if r.get("article") == name]
        a_rows = [(i, a) for i, a in enumerate(accounted) if a.get("article") == name]
        for t in p["tokens"]:
            how = classify_calendar(text, t)
            if how is None:
                for r, spans in g_spans:
                    targets = [r["value"]] + list(r.get("value_ok", []) or [])
                    if any(s <= t["start"] and t["end"] <= e for s, e in spans) and \
                            any(value_matches(t["value"], x) for x in targets):
                        how = f"gold {r['country']} {r['metric']}={r['value']} ({r['tier']})"
                        break
            if how is None:
                # context-restricted entries first, then plain surface entries
                for i, a in sorted(a_rows, key=lambda ia: not ia[1].get("context")):
                    if a["token"].lower() != t["surface"].lower():
                        continue
                    if a.get("context"):
                        if not any(s <= t["start"] and t["end"] <= e for s, e in find_all(text, a["context"])):
                            continue
                    how = f"accounted {a['kind']}: {a['note']}"
                    used_acc.add(i)
                    break
            if how is None:
                hits = [(i, r) for i, r in i_rows if value_matches(t["value"], r["value"])]
                if hits:
                    used_ign.update(i for i, _ in hits)
                    how = "ignore " + "; ".join(f"{r['country']} {r['value']}: {r['note']}" for _, r in hits)
            t["how"] = how
            if how is None:
                line = text[max(0, t["start"] - 40):t["end"] + 40].replace("\n", " ")
                errors.append(f"{name}: unaccounted token {t['surface']!r} at {t['start']}: ...{line}...")
        if dump and page_id(name) == dump:
            print(f"== {name}: {len(p['tokens'])} number tokens")
            for t in p["tokens"]:
                ctx = text[max(0, t["start"] - 30):t["end"] + 30].replace("\n", " ")
                print(f"{t['start']:5d} {t['surface']!r:>14} -> {t['how']}\n        ...{ctx}...")
    for i, a in enumerate(accounted):
        if i not in used_acc:
            errors.append(f"accounted:{i + 1}: entry never used ({a.get('article')} {a.get('token')!r} {a.get('context')!r})")
    for i, r in enumerate(ignore):
        if i not in used_ign:
            warnings.append(f"ignore:{i + 1}: no number token on the page carries this value ({r['article']} {r['country']} {r['value']}: {r['note']})")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"check.py: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
