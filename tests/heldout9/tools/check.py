#!/usr/bin/env python3
"""Check gold.jsonl / gold.ignore.jsonl and the pages in corpus/.

Checks: JSON parses (duplicate JSON keys rejected); field names and order match
the shared gold; every quote appears verbatim in its page; every page has gold;
ISO alpha-3 codes valid; no duplicate keys; no ignore/gold collisions; pages
250-600 words; basic value/year/tier types. Exits 1 on any problem.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = Path("/work/shared/gold")
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")

problems = []


def bad(msg):
    problems.append(msg)


def no_dup_keys(pairs):
    keys = [k for k, _ in pairs]
    dups = {k for k in keys if keys.count(k) > 1}
    if dups:
        raise ValueError(f"duplicate JSON keys {sorted(dups)}")
    return dict(pairs)


def load_jsonl(path):
    recs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            bad(f"{path.name}:{n}: blank line")
            continue
        try:
            recs.append((n, json.loads(line, object_pairs_hook=no_dup_keys)))
        except ValueError as err:
            bad(f"{path.name}:{n}: invalid JSON: {err}")
    return recs


def iso_codes():
    if ISO_JSON.exists():
        data = json.loads(ISO_JSON.read_text(encoding="utf-8"))
        return {c["alpha_3"] for c in data["3166-1"]}
    import pycountry  # fallback
    return {c.alpha_3 for c in pycountry.countries}


def page_body(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".md":
        if not text.startswith("---\n"):
            bad(f"{path.name}: .md page without YAML front matter")
            return text
        end = text.find("\n---\n", 4)
        if end < 0:
            bad(f"{path.name}: front matter not closed")
            return text
        return text[end + 5:]
    return text


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def main():
    # reference formats from the shared gold
    shared_gold = [r for _, r in load_jsonl(SHARED / "corpus-gold.jsonl")]
    shared_ign = [r for _, r in load_jsonl(SHARED / "corpus-gold.ignore.jsonl")]
    gold_orders = {tuple(r.keys()) for r in shared_gold}
    ign_orders = {tuple(r.keys()) for r in shared_ign}
    shared_articles = {r["article"] for r in shared_gold}
    if any("/" in a for a in shared_articles):
        bad("shared gold uses paths with '/': article naming convention changed, re-check")

    pages = {p.name: p for p in sorted(CORPUS.iterdir()) if p.is_file()}
    texts = {name: p.read_text(encoding="utf-8") for name, p in pages.items()}
    isos = iso_codes()

    gold = load_jsonl(ROOT / "gold.jsonl")
    ign = load_jsonl(ROOT / "gold.ignore.jsonl")

    seen = set()
    gold_avc = set()
    per_page = {name: 0 for name in pages}
    for n, r in gold:
        where = f"gold.jsonl:{n}"
        if tuple(r.keys()) not in gold_orders:
            bad(f"{where}: field order {list(r.keys())} not one of the shared gold's {sorted(gold_orders)}")
            continue
        a = r["article"]
        if a not in pages:
            bad(f"{where}: article {a!r} not in corpus/")
            continue
        per_page[a] += 1
        if r["country"] not in isos:
            bad(f"{where}: {r['country']!r} is not an ISO 3166-1 alpha-3 code")
        if r["quote"] not in texts[a]:
            bad(f"{where}: quote not verbatim in {a}: {r['quote']!r}")
        if not is_num(r["value"]):
            bad(f"{where}: value not a number")
        if "value_ok" in r and (not r["value_ok"] or not all(is_num(v) for v in r["value_ok"])):
            bad(f"{where}: value_ok must be a non-empty list of numbers when present")
        if r["year"] is not None and not isinstance(r["year"], int):
            bad(f"{where}: year must be int or null")
        if not isinstance(r["year_ok"], list) or not all(isinstance(y, int) for y in r["year_ok"]):
            bad(f"{where}: year_ok must be a list of ints")
        if r["year"] is not None and r["year"] in r["year_ok"]:
            bad(f"{where}: year repeated in year_ok")
        if r["tier"] not in ("core", "hard"):
            bad(f"{where}: tier {r['tier']!r}")
        if not r["keywords"] or any(k != k.lower() for k in r["keywords"]):
            bad(f"{where}: keywords must be non-empty and lower-case")
        if is_num(r["value"]) and r["value"] < 0 and -r["value"] not in r.get("value_ok", []):
            bad(f"{where}: negative value without its other sign in value_ok")
        if r["unit"] == "rank" and not (isinstance(r["value"], int) and r["value"] >= 1):
            bad(f"{where}: rank value must be a positive int")
        key = (a, r["country"], r["metric"], r["value"])
        if key in seen:
            bad(f"{where}: duplicate gold key {key}")
        seen.add(key)
        gold_avc.add((a, r["country"], r["value"]))

    seen_i = set()
    for n, r in ign:
        where = f"gold.ignore.jsonl:{n}"
        if tuple(r.keys()) not in ign_orders:
            bad(f"{where}: field order {list(r.keys())} not the shared ignore's {sorted(ign_orders)}")
            continue
        if r["article"] not in pages:
            bad(f"{where}: article {r['article']!r} not in corpus/")
        if r["country"] not in isos:
            bad(f"{where}: {r['country']!r} is not an ISO 3166-1 alpha-3 code")
        if not is_num(r["value"]):
            bad(f"{where}: value not a number")
        key = (r["article"], r["country"], r["value"])
        if key in seen_i:
            bad(f"{where}: duplicate ignore key {key}")
        seen_i.add(key)
        if key in gold_avc:
            bad(f"{where}: collides with a gold record {key}")

    for name, count in per_page.items():
        if count == 0:
            bad(f"{name}: no gold records")

    md = [n for n in pages if n.endswith(".md")]
    txt = [n for n in pages if n.endswith(".txt")]
    if len(md) != 8 or len(txt) != 4:
        bad(f"expected 8 .md and 4 .txt pages, found {len(md)} and {len(txt)}")
    for name, p in pages.items():
        if not re.match(r"^9(1[3-9]|2[0-4])_[a-z0-9]+-[a-z0-9-]+\.(md|txt)$", name):
            bad(f"{name}: file name not like 913_outlet-topic.md")
        words = len(page_body(p).split())
        if not 250 <= words <= 600:
            bad(f"{name}: {words} words, outside 250-600")

    if problems:
        for m in problems:
            print("FAIL", m)
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"OK: {len(pages)} pages, {len(gold)} gold, {len(ign)} ignore records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
