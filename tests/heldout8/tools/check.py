"""Checks /tmp/heldout8: JSON parses, fields, quotes verbatim, every corpus file has gold, ISO codes, front matter."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISO3 = set("""AFG ALB DZA AND AGO ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI KHM CMR CAN
CPV CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU
GHA GRC GRD GTM GIN GNB GUY HTI HND HKG HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR
LBY LIE LTU LUX MAC MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN
PAK PLW PSE PAN PNG PRY PER PHL POL PRT PRI QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP
LKA SDN SUR SWE CHE SYR TWN TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE""".split())
GF = ["article","country","metric","keywords","value","value_ok","unit","year","year_ok","quote","tier"]
errs = []
files = sorted(os.listdir(os.path.join(ROOT, "corpus")))
texts = {f: open(os.path.join(ROOT, "corpus", f), encoding="utf-8").read() for f in files}
gold = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
ign = [json.loads(l) for l in open(os.path.join(ROOT, "gold.ignore.jsonl"), encoding="utf-8")]
seen = set()
for r in gold:
    if list(r) != GF: errs.append(("fields", r))
    if r["article"] not in texts: errs.append(("no such article", r["article"])); continue
    if r["quote"] not in texts[r["article"]]: errs.append(("quote not verbatim", r["article"], r["quote"]))
    if r["country"] not in ISO3: errs.append(("iso", r["country"]))
    if r["tier"] not in ("core", "hard"): errs.append(("tier", r))
    if not r["keywords"] or any(k != k.lower() for k in r["keywords"]): errs.append(("keywords", r))
    if not isinstance(r["value"], (int, float)) or not all(isinstance(v, (int, float)) for v in r["value_ok"]): errs.append(("value", r))
    if r["year"] is not None and not isinstance(r["year"], int): errs.append(("year", r))
    if r["year"] is None and r["year_ok"]: errs.append(("year_ok without year", r))
    if not re.fullmatch(r"[a-z0-9_]+", r["metric"]): errs.append(("metric", r["metric"]))
    key = (r["article"], r["country"], r["metric"], r["value"])
    if key in seen: errs.append(("duplicate", key))
    seen.add(key)
for r in ign:
    if list(r) != ["article","country","value","note"]: errs.append(("ignore fields", r))
    if r["article"] not in texts: errs.append(("ignore article", r["article"]))
    if r["country"] not in ISO3: errs.append(("ignore iso", r["country"]))
    for g in gold:
        if g["article"] == r["article"] and g["country"] == r["country"] and r["value"] in [g["value"]] + g["value_ok"]:
            errs.append(("ignore value collides with gold", r))
for f, t in texts.items():
    if not any(g["article"] == f for g in gold): errs.append(("no gold", f))
    if not re.fullmatch(r"9\d\d_[a-z0-9]+-[a-z0-9-]+\.(md|txt)", f): errs.append(("name", f))
    if f.endswith(".md"):
        m = re.match(r'---\nurl: "https://[^"]+"\n(date: \d{4}-\d\d-\d\d\n)?(title: [^\n]+\n)?---\n', t)
        if not m: errs.append(("front matter", f))
    elif t.startswith("---"): errs.append(("txt with front matter", f))
    n = len(re.sub(r"^---\n.*?\n---\n", "", t, flags=re.S).split())
    if not 250 <= n <= 600: errs.append(("word count", f, n))
print("files", len(files), "md", sum(f.endswith(".md") for f in files), "txt", sum(f.endswith(".txt") for f in files))
print("gold", len(gold), "core", sum(g["tier"] == "core" for g in gold), "hard", sum(g["tier"] == "hard" for g in gold), "ignore", len(ign))
for e in errs: print("ERROR", *e)
sys.exit(1 if errs else 0)
