"""Checks for heldout7: corpus layout, byte cuts, gold/ignore format, clashes,
README counts. Prints OK when everything holds, otherwise lists problems
and exits 1."""
import datetime as dt
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import articles  # noqa: E402  (full page texts, to prove the cuts are mid-word)

LIMIT = 2000
GOLD_KEYS = ["article", "country", "metric", "keywords", "value", "value_ok",
             "unit", "year", "year_ok", "quote", "tier"]
IGNORE_KEYS = ["article", "country", "value", "note"]
ISO3 = {  # every code this set may use, with its name, all real ISO 3166-1 alpha-3
    "AUS": "Australia", "BEL": "Belgium", "BRA": "Brazil", "CAN": "Canada",
    "CHE": "Switzerland", "CHN": "China", "DEU": "Germany", "DNK": "Denmark",
    "ESP": "Spain", "FRA": "France", "GBR": "United Kingdom", "HKG": "Hong Kong",
    "IDN": "Indonesia", "IND": "India", "ISR": "Israel", "ITA": "Italy",
    "JPN": "Japan", "KOR": "South Korea", "MEX": "Mexico", "MYS": "Malaysia",
    "NGA": "Nigeria", "POL": "Poland", "SGP": "Singapore", "THA": "Thailand",
    "TUR": "Turkey", "TWN": "Taiwan", "USA": "United States", "VNM": "Vietnam",
    "ZAF": "South Africa",
}
UNITS = {"%", "pp", "USD", "EUR", "THB", "INR", "count", "rank", "tonnes",
         "TWh", "GW", "tCO2e", "years", "children_per_woman"}
EVIDENCE_WORDS = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|highest|largest|most|"
    r"topped|top|followed)\b", re.I)
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

problems = []


def bad(msg):
    problems.append(msg)


def split_page(raw, name):
    """Return (front dict or None, body bytes)."""
    if name.endswith(".txt"):
        if raw.startswith(b"---"):
            bad(f"{name}: .txt must not have front matter")
        return None, raw
    if not raw.startswith(b"---\n"):
        bad(f"{name}: .md must start with front matter")
        return {}, raw
    end = raw.index(b"\n---\n", 3)
    head = raw[4:end].decode("utf-8")
    body = raw[end + 5:]
    front, keys = {}, []
    for line in head.split("\n"):
        k, _, v = line.partition(": ")
        if v.startswith('"'):
            v = json.loads(v)
        front[k] = v
        keys.append(k)
    if keys[0] != "url" or not set(keys) <= {"url", "date", "title"}:
        bad(f"{name}: front matter keys {keys} (want url, then date/title only)")
    if [k for k in ("url", "date", "title") if k in keys] != keys:
        bad(f"{name}: front matter key order {keys}")
    return front, body


def date_forms(d):
    day = str(d.day)
    mon = MONTHS[d.month - 1]
    return [d.isoformat(), d.strftime("%Y%m%d"), f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{mon} {day}, {d.year}", f"{day} {mon} {d.year}", f"{day} {mon}, {d.year}",
            f"{mon[:3]} {day} {d.year}", f"{d.day} {mon[:3]} {d.year}"]


FULL_DATE = re.compile(
    r"\b(19|20)\d\d-\d\d-\d\d\b|/(19|20)\d\d(0[1-9]|1[0-2])[0-3]\d/|/(19|20)\d\d/\d\d/\d\d/|"
    r"\b(" + "|".join(MONTHS) + r")\s+\d{1,2},\s+(19|20)\d\d\b|"
    r"\b\d{1,2}\s+(" + "|".join(MONTHS) + r"),?\s+(19|20)\d\d\b")


def check_corpus():
    cdir = os.path.join(ROOT, "corpus")
    names = sorted(os.listdir(cdir))
    src = {a["name"]: a for a in articles.ARTICLES}
    bodies = {}
    if len(names) != 14:
        bad(f"corpus has {len(names)} files, want 14")
    nums = [n[:3] for n in names]
    if nums != [str(i) for i in range(801, 815)]:
        bad(f"corpus numbering {nums}")
    kinds = {"md": 0, "txt": 0, "cut": 0, "whole": 0, "dated": 0, "undated": 0}
    for n in names:
        if not re.fullmatch(r"8\d\d_[a-z0-9]+(-[a-z0-9]+)+\.(md|txt)", n):
            bad(f"{n}: bad file name")
        kinds[n.rsplit(".", 1)[1]] += 1
        raw = open(os.path.join(cdir, n), "rb").read()
        front, body = split_page(raw, n)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as e:
            bad(f"{n}: body is not valid UTF-8 ({e})")
            continue
        bodies[n] = text
        if raw.endswith(b"\n"):
            bad(f"{n}: ends with a newline")
        if n not in src:
            bad(f"{n}: not in tools/articles.py")
            continue
        full = src[n]["full"].encode("utf-8")
        if len(body) > LIMIT:
            bad(f"{n}: body is {len(body)} bytes (> {LIMIT})")
        if len(body) == LIMIT:
            kinds["cut"] += 1
            if full[:LIMIT] != body:
                bad(f"{n}: body is not the first {LIMIT} bytes of the source page")
            nxt = full[LIMIT:].decode("utf-8")[:1]
            if not (text[-1].isalnum() and nxt.isalnum()):
                bad(f"{n}: cut is not mid-word ({text[-8:]!r}|{nxt!r})")
        else:
            kinds["whole"] += 1
            if full.rstrip(b"\n") != body:
                bad(f"{n}: whole page differs from its source")
        # date situation
        url = (front or {}).get("url", "")
        visible = url + "\n" + text
        if front is not None and "date" in front:
            kinds["dated"] += 1
            d = dt.date.fromisoformat(front["date"])
            if not any(f in visible for f in date_forms(d)):
                bad(f"{n}: front-matter date {d} not visible in URL or text")
        else:
            kinds["undated"] += 1
            m = FULL_DATE.search(visible)
            if m:
                bad(f"{n}: has no date line but shows a full date {m.group(0)!r}")
        if front is not None and "title" in front and front["title"] not in text:
            bad(f"{n}: title not found in body")
    if not (9 <= kinds["md"] <= 11 and 3 <= kinds["txt"] <= 5):
        bad(f"md/txt split {kinds['md']}/{kinds['txt']}")
    if not 2 <= kinds["whole"] <= 3:
        bad(f"{kinds['whole']} whole pages (want 2-3)")
    return bodies, kinds


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def same(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                bad(f"{os.path.basename(path)}:{i}: blank line")
                continue
            rows.append((i, json.loads(line)))
    return rows


def check_gold(bodies):
    gold = load_jsonl(os.path.join(ROOT, "gold.jsonl"))
    seen = set()
    values = {}
    for i, r in gold:
        where = f"gold.jsonl:{i}"
        if list(r) != GOLD_KEYS:
            bad(f"{where}: keys {list(r)}")
            continue
        if r["article"] not in bodies:
            bad(f"{where}: unknown article {r['article']}")
            continue
        if r["country"] not in ISO3:
            bad(f"{where}: country {r['country']!r} not in the ISO list")
        if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", r["metric"]):
            bad(f"{where}: metric {r['metric']!r} is not snake_case")
        kw = r["keywords"]
        if not (isinstance(kw, list) and 2 <= len(kw) <= 4 and all(
                isinstance(k, str) and k == k.lower() and k.strip() == k and k for k in kw)):
            bad(f"{where}: keywords {kw!r}")
        elif not any(k.replace("&", "n") in r["metric"] or k in r["metric"] for k in kw):
            bad(f"{where}: no keyword occurs in metric id {r['metric']}")
        if not isinstance(r["value"], float) or not math.isfinite(r["value"]):
            bad(f"{where}: value {r['value']!r} is not a finite float")
        if not (isinstance(r["value_ok"], list) and all(is_num(v) for v in r["value_ok"])):
            bad(f"{where}: value_ok {r['value_ok']!r}")
        elif any(same(v, r["value"]) for v in r["value_ok"]):
            bad(f"{where}: value_ok repeats value")
        if r["value"] < 0 and not any(same(v, -r["value"]) for v in r["value_ok"]):
            bad(f"{where}: negative value without its unsigned form in value_ok")
        if r["unit"] not in UNITS:
            bad(f"{where}: unit {r['unit']!r}")
        if r["unit"] == "rank" and (r["value"] < 1 or r["value"] != int(r["value"])):
            bad(f"{where}: rank value {r['value']}")
        y = r["year"]
        if y is not None and not (isinstance(y, int) and 1990 <= y <= 2030):
            bad(f"{where}: year {y!r}")
        if not (isinstance(r["year_ok"], list) and all(isinstance(v, int) for v in r["year_ok"])):
            bad(f"{where}: year_ok {r['year_ok']!r}")
        elif y in r["year_ok"]:
            bad(f"{where}: year_ok repeats year")
        q = r["quote"]
        if not isinstance(q, str) or not q or q not in bodies[r["article"]]:
            bad(f"{where}: quote is not a verbatim substring of the body: {q!r}")
        elif not EVIDENCE_WORDS.search(q):
            bad(f"{where}: quote shows no number or rank word: {q!r}")
        if r["tier"] not in ("core", "hard"):
            bad(f"{where}: tier {r['tier']!r}")
        key = (r["article"], r["country"], r["metric"], r["value"])
        if key in seen:
            bad(f"{where}: duplicate (article, country, metric, value) {key}")
        seen.add(key)
        values.setdefault((r["article"], r["country"]), []).extend([r["value"]] + r["value_ok"])
    return [r for _, r in gold], values


def check_ignore(bodies, values):
    ign = load_jsonl(os.path.join(ROOT, "gold.ignore.jsonl"))
    for i, r in ign:
        where = f"gold.ignore.jsonl:{i}"
        if list(r) != IGNORE_KEYS:
            bad(f"{where}: keys {list(r)}")
            continue
        if r["article"] not in bodies:
            bad(f"{where}: unknown article {r['article']}")
        if r["country"] not in ISO3:
            bad(f"{where}: country {r['country']!r}")
        if not is_num(r["value"]):
            bad(f"{where}: value {r['value']!r}")
            continue
        if not (isinstance(r["note"], str) and r["note"].strip()):
            bad(f"{where}: empty note")
        for v in values.get((r["article"], r["country"]), []):
            if same(v, r["value"]):
                bad(f"{where}: clashes with a gold value/value_ok {v} for {r['country']}")
    return [r for _, r in ign]


def check_readme(gold, ign):
    path = os.path.join(ROOT, "README.md")
    if not os.path.exists(path):
        bad("README.md missing")
        return
    text = open(path, encoding="utf-8").read()
    want = {}
    for r in gold:
        c = want.setdefault(r["article"], [0, 0, 0, 0])
        c[0] += 1
        c[1 if r["tier"] == "core" else 2] += 1
    for r in ign:
        want.setdefault(r["article"], [0, 0, 0, 0])[3] += 1
    for art, (tot, core, hard, nign) in want.items():
        m = re.search(r"^\|\s*`" + re.escape(art) + r"`\s*\|(.*)$", text, re.M)
        if not m:
            bad(f"README: no table row for {art}")
            continue
        cells = [c.strip() for c in m.group(1).split("|")]
        if f"{tot} ({core}/{hard})" not in cells or str(nign) not in cells:
            bad(f"README: row for {art} should say gold {tot} ({core}/{hard}) and ignore {nign}: {cells}")
    ncore = sum(1 for r in gold if r["tier"] == "core")
    total = f"{len(gold)} ({ncore}/{len(gold) - ncore})"
    if total not in text:
        bad(f"README: total {total} not stated")


def main():
    bodies, kinds = check_corpus()
    gold, values = check_gold(bodies)
    ign = check_ignore(bodies, values)
    check_readme(gold, ign)
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    ncore = sum(1 for r in gold if r["tier"] == "core")
    print(f"corpus: {len(bodies)} pages ({kinds['md']} md, {kinds['txt']} txt; "
          f"{kinds['cut']} cut at {LIMIT} bytes, {kinds['whole']} whole; "
          f"{kinds['dated']} dated, {kinds['undated']} without a full date)")
    print(f"gold: {len(gold)} records ({ncore} core, {len(gold) - ncore} hard); ignore: {len(ign)}")
    print("OK")


if __name__ == "__main__":
    main()
