#!/usr/bin/env python3
"""Check /tmp/heldout10 gold files and pages. Exit 1 on any error; warnings don't fail.

Checks: JSON parses; field names and order match the shared gold files; every quote
appears verbatim in its page; every page has gold; ISO 3166-1 alpha-3 codes valid;
no duplicate keys; no ignore/gold collisions; 250-600 words per page; plus sanity
checks on types, file layout and whether each value can be read from its quote.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
SHARED_GOLD = "/work/shared/gold/corpus-gold.jsonl"
SHARED_IGNORE = "/work/shared/gold/corpus-gold.ignore.jsonl"

# ISO 3166-1 alpha-3 (249 codes, as in pycountry 26.2.16)
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

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{i}: blank line")
                continue
            try:
                out.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{i}: bad JSON: {e}")
    return out


def key_orders(path):
    return {tuple(r.keys()) for _, r in load_jsonl(path)}


def page_body(name):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        text = f.read()
    if name.endswith(".md"):
        if not text.startswith("---\n"):
            err(f"{name}: .md without front matter")
            return text, text
        head, sep, body = text[4:].partition("\n---\n")
        if not sep:
            err(f"{name}: front matter not closed")
            return text, text
        keys = [l.split(":", 1)[0] for l in head.splitlines()]
        if not keys or keys[0] != "url" or not set(keys) <= {"url", "date", "title"}:
            err(f"{name}: front matter keys {keys} (want url, then date/title)")
        if [k for k in keys if k != "url"] not in ([], ["date"], ["title"], ["date", "title"]):
            err(f"{name}: front matter order {keys}")
        m = re.search(r"^date: (\d{4}-\d{2}-\d{2})$", head, re.M)
        if "date" in keys and not m:
            err(f"{name}: date not ISO")
        return text, body
    return text, text


NUM_RE = re.compile(r"\d[\d,]*(?:\.\d+)?")


WORDS = {
    "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4, "fourth": 4,
    "five": 5, "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7, "eight": 8, "eighth": 8,
    "nine": 9, "ninth": 9, "ten": 10, "tenth": 10, "fourteen": 14,
}
ORD_RE = re.compile(r"(\d+)(?:st|nd|rd|th)\b")


def numbers_in(quote):
    vals = set()
    low = quote.lower()
    for w, n in WORDS.items():
        for m in re.finditer(r"\b%s\b(\s+thousand)?" % w, low):
            vals.add(float(n * (1000 if m.group(1) else 1)))
    for tok in ORD_RE.findall(low):
        vals.add(float(tok))
    for tok in NUM_RE.findall(quote):
        try:
            vals.add(float(tok.replace(",", "")))
        except ValueError:
            pass
    return vals


def value_readable(rec):
    """True if |value| (or a value_ok) appears in the quote, unscaled or scaled."""
    cands = [rec["value"]] + list(rec.get("value_ok", []))
    nums = numbers_in(rec["quote"])
    for c in cands:
        for scale in (1, 1e3, 1e6, 1e9, 1e12):
            x = abs(c) / scale
            if any(abs(x - n) <= 1e-9 * max(1.0, abs(n)) for n in nums):
                return True
    return False


def main():
    gold_orders = key_orders(SHARED_GOLD)
    ign_orders = key_orders(SHARED_IGNORE)
    base = min(gold_orders, key=len)  # the plain record; value_ok may follow it
    allowed_gold = {base} | {k for k in gold_orders if k[: len(base)] == base}
    allowed_ign = ign_orders

    pages = sorted(os.path.basename(p) for p in glob.glob(os.path.join(CORPUS, "*")))
    want = [f"{n}_" for n in range(925, 937)]
    if [p[:4] for p in pages] != want:
        err(f"page names: {pages}")
    md = [p for p in pages if p.endswith(".md")]
    txt = [p for p in pages if p.endswith(".txt")]
    if (len(md), len(txt)) != (8, 4):
        err(f"want 8 .md and 4 .txt, have {len(md)} and {len(txt)}")
    texts = {}
    for p in pages:
        if not re.fullmatch(r"9(2[5-9]|3[0-6])_[a-z0-9]+(-[a-z0-9]+)+\.(md|txt)", p):
            err(f"{p}: bad file name")
        full, body = page_body(p)
        texts[p] = full
        if full.endswith("\n"):
            warn(f"{p}: ends with a newline (store pages do not)")
        n = len(body.split())
        if not 250 <= n <= 600:
            err(f"{p}: {n} words (want 250-600)")

    gold = load_jsonl(os.path.join(ROOT, "gold.jsonl"))
    ign = load_jsonl(os.path.join(ROOT, "gold.ignore.jsonl"))

    seen = {}
    per_page = {p: 0 for p in pages}
    gold_avk = {}
    for i, r in gold:
        where = f"gold.jsonl:{i}"
        if tuple(r.keys()) not in allowed_gold:
            err(f"{where}: fields {list(r.keys())} differ from shared gold {sorted(allowed_gold)}")
            continue
        a = r["article"]
        if a not in texts:
            err(f"{where}: unknown article {a}")
            continue
        per_page[a] += 1
        if r["country"] not in ISO3:
            err(f"{where}: bad ISO code {r['country']}")
        if not (isinstance(r["metric"], str) and re.fullmatch(r"[a-z0-9_]+", r["metric"])):
            err(f"{where}: bad metric {r['metric']!r}")
        kw = r["keywords"]
        if not (isinstance(kw, list) and kw and all(isinstance(k, str) and k == k.lower() and k for k in kw)):
            err(f"{where}: keywords must be non-empty lower-case strings")
        if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool):
            err(f"{where}: value not numeric")
        if not isinstance(r["unit"], str) or not r["unit"]:
            err(f"{where}: bad unit")
        if r["year"] is not None and not (isinstance(r["year"], int) and 1900 <= r["year"] <= 2100):
            err(f"{where}: bad year {r['year']}")
        if not (isinstance(r["year_ok"], list) and all(isinstance(y, int) for y in r["year_ok"])):
            err(f"{where}: bad year_ok")
        if r["year"] in r["year_ok"]:
            err(f"{where}: year repeated in year_ok")
        if r["tier"] not in ("core", "hard"):
            err(f"{where}: bad tier {r['tier']}")
        if "value_ok" in r:
            vo = r["value_ok"]
            if not (isinstance(vo, list) and vo and all(isinstance(v, (int, float)) for v in vo)):
                err(f"{where}: bad value_ok")
            elif r["value"] in vo:
                err(f"{where}: value repeated in value_ok")
        if not isinstance(r["quote"], str) or r["quote"] not in texts[a]:
            err(f"{where}: quote not verbatim in {a}: {r['quote']!r}")
        elif not value_readable(r) and r["tier"] == "core":
            warn(f"{where}: core {r['country']} {r['metric']}={r['value']} not readable from its quote")
        key = (a, r["country"], r["metric"], r["value"])
        if key in seen:
            err(f"{where}: duplicate key {key} (first at line {seen[key]})")
        seen[key] = i
        gold_avk.setdefault((a, r["country"], float(r["value"])), i)

    for p, n in per_page.items():
        if n == 0:
            err(f"{p}: no gold records")

    seen_i = {}
    for i, r in ign:
        where = f"gold.ignore.jsonl:{i}"
        if tuple(r.keys()) not in allowed_ign:
            err(f"{where}: fields {list(r.keys())} differ from shared ignore {sorted(allowed_ign)}")
            continue
        if r["article"] not in texts:
            err(f"{where}: unknown article {r['article']}")
        if r["country"] not in ISO3:
            err(f"{where}: bad ISO code {r['country']}")
        if not isinstance(r["value"], (int, float)):
            err(f"{where}: value not numeric")
            continue
        if not r.get("note"):
            err(f"{where}: empty note")
        k = (r["article"], r["country"], float(r["value"]))
        if k in seen_i:
            err(f"{where}: duplicate ignore key {k} (first at line {seen_i[k]})")
        seen_i[k] = i
        if k in gold_avk:
            err(f"{where}: collides with gold.jsonl:{gold_avk[k]} {k}")

    try:
        import pycountry  # optional cross-check of the embedded list
        real = {c.alpha_3 for c in pycountry.countries}
        if real != ISO3:
            warn(f"embedded ISO list differs from pycountry: {sorted(real ^ ISO3)}")
    except ImportError:
        pass

    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    core = sum(1 for _, r in gold if r.get("tier") == "core")
    print(f"{len(pages)} pages, {len(gold)} gold ({core} core, {len(gold) - core} hard), "
          f"{len(ign)} ignore; {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
