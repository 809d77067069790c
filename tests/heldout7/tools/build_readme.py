"""Fill README.template.md with the per-file table and totals -> README.md."""
import collections
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
META = {
    "801": ("VnExpress International", "Vietnam 2023 exports/imports, phones, rice, GDP, arrivals; Thailand arrivals", "full date in byline + front matter (2024-01-03)"),
    "802": ("Mexico News Daily", "Mexico overtakes China as top US import source; FDI, remittances; Vietnam", "none (txt)"),
    "803": ("The Local Germany", "German 2023 exports, surplus, GDP components, jobless rate", "URL `/20240208/` + byline (2024-02-08)"),
    "804": ("The Rio Times", "Brazil 2023 inflation, Selic, exports, unemployment", "byline (2024-01-11)"),
    "805": ("Markets Wrap (newsletter)", "Turkey hike, BoE hold, Brazil Selic; whole page", "none (txt; only “© 2024”)"),
    "806": ("Euronews", "Spain and South Africa unemployment; Eurostat DEU/ITA", "none"),
    "807": ("ABC News (Australia)", "Australia 2023 power mix, coal, emissions; POL/DEU/GBR coal", "URL `/2024-05-08/` + byline"),
    "808": ("ETEnergyWorld", "India FY24 solar, coal, EVs (lakh/crore); Ember coal table", "none (txt; “Apr 09” without year)"),
    "809": ("Quartz", "Italy births/fertility/life expectancy vs Nigeria population", "none"),
    "810": ("Travel Weekly Asia", "Thailand 2023 arrivals; SE Asian rivals; France/Spain", "headline only (2024-01-15)"),
    "811": ("The Straits Times", "Tortoise Global AI Index 2024 (SGP 3rd); private AI investment", "none"),
    "812": ("Globes", "OECD R&D intensity 2022 (ISR 1st, KOR 2nd); whole page", "byline + footer (2024-03-19)"),
    "813": ("BetaKit", "Canada 9th in Global AI Index; AI investment; R&D", "none (txt; “© 2024”)"),
    "814": ("Korea Bizwire", "Korea 6th in IMD digital competitiveness 2024; whole page", "none (“June 18” without year)"),
}


def main():
    g = [json.loads(l) for l in open(os.path.join(ROOT, "gold.jsonl"), encoding="utf-8")]
    i = [json.loads(l) for l in open(os.path.join(ROOT, "gold.ignore.jsonl"), encoding="utf-8")]
    c = collections.defaultdict(lambda: [0, 0, 0])
    for r in g:
        c[r["article"]][0 if r["tier"] == "core" else 1] += 1
    for r in i:
        c[r["article"]][2] += 1
    rows = []
    for a in sorted(c):
        outlet, topic, date = META[a[:3]]
        co, h, ig = c[a]
        rows.append(f"| `{a}` | {outlet} | {topic} | {date} | {co + h} ({co}/{h}) | {ig} |")
    ncore = sum(r["tier"] == "core" for r in g)
    tpl = open(os.path.join(ROOT, "tools", "README.template.md"), encoding="utf-8").read()
    out = (tpl.replace("{TABLE}", "\n".join(rows))
              .replace("{TOTAL}", f"{len(g)} ({ncore}/{len(g) - ncore})")
              .replace("{NIGN}", str(len(i))))
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(out)
    print("wrote README.md")


if __name__ == "__main__":
    main()
