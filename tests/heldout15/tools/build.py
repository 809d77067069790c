#!/usr/bin/env python3
"""Build the heldout15 gold files from the annotations below (all annotation is data here).

Writes:  gold.jsonl, gold.ignore.jsonl, tools/accounted.json
usage:   python3 tools/build.py
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FILES = {int(p.name[:3]): p.name for p in CORPUS.iterdir() if p.is_file()}

GOLD, IGNORE, ACC = [], [], []

# keyword families (any one should appear in a sensible metric id/label)
KW = {
    "cotton_prod": ["cotton", "production", "output", "crop", "harvest", "grower"],
    "cotton_mill": ["mill", "consumption", "consume", "use", "spinning", "demand"],
    "stocks": ["stock", "stocks", "ending", "inventory", "carryover"],
    "area": ["area", "acre", "acreage", "hectare", "planted", "planting", "plantings"],
    "alu_prod": ["aluminium", "aluminum", "production", "output", "smelting", "primary"],
    "alu_cap": ["capacity", "cap", "ceiling", "limit"],
    "alu_share": ["share", "aluminium", "aluminum", "production", "output", "global"],
    "smelters": ["smelter", "smelters", "plants", "count"],
    "diab_n": ["diabetes", "diabetic", "adults", "people", "cases", "patients", "number"],
    "diab_prev": ["prevalence", "rate", "diabetes", "share"],
    "undiag": ["undiagnosed", "diagnosed", "unaware"],
    "petrol": ["petrol", "gasoline", "unleaded", "fuel", "price", "super"],
    "diesel": ["diesel", "fuel", "price"],
    "fuel_tax": ["tax", "taxes", "excise", "duty", "vat", "share"],
    "mar_rate": ["marriage", "marriages", "wedding", "weddings", "rate"],
    "mar_n": ["marriage", "marriages", "wedding", "weddings", "number", "count"],
    "div_rate": ["divorce", "divorces", "rate"],
    "age_marry": ["age", "marriage", "marry", "married", "first"],
    "samesex": ["same-sex", "same", "gay", "marriage", "share"],
    "fed_rating": ["rating", "average", "federation", "elo", "chess"],
    "fed_rank": ["rank", "ranking", "position", "place", "federation"],
    "gm": ["grandmaster", "grandmasters", "gm", "gms", "chess"],
    "rated": ["rated", "players", "player", "fide", "chess"],
    "cash": ["cash", "share", "payment", "payments", "transactions", "pos"],
    "wallet": ["wallet", "cash", "carried", "holdings", "average"],
    "atm": ["atm", "atms", "cash", "machines"],
    "cats": ["cat", "cats", "feline", "pet", "pets", "population"],
    "dogs": ["dog", "dogs", "canine", "pet", "pets", "population"],
    "pet_own": ["ownership", "households", "household", "own", "owners", "pet", "pets", "share"],
    "dog_own": ["ownership", "households", "household", "own", "owners", "dog", "dogs", "share"],
    "petfood": ["pet", "food", "petfood", "sales", "market"],
    "honey": ["honey", "production", "output", "harvest"],
    "hives": ["hive", "hives", "colony", "colonies", "beehives"],
    "beekeepers": ["beekeeper", "beekeepers", "producers", "apiarists", "registered"],
    "honey_yield": ["yield", "honey", "per", "productivity"],
    "colony_loss": ["loss", "losses", "lost", "colony", "colonies", "mortality"],
    "bike_sales": ["bicycle", "bicycles", "bike", "bikes", "sales", "sold", "units"],
    "ebike_share": ["e-bike", "ebike", "electric", "share"],
    "bike_prod": ["bicycle", "bicycles", "bike", "bikes", "production", "produced", "manufacturing", "output"],
    "ebike_price": ["price", "e-bike", "ebike", "average", "cost"],
    "bike_stock": ["bicycle", "bicycles", "bike", "bikes", "stock", "fleet", "owned", "number"],
    "bike_pc": ["per", "capita", "inhabitant", "person", "bicycle", "bicycles", "bike"],
    "cycle_km": ["kilometre", "kilometres", "km", "distance", "cycling", "cycled", "ride"],
    "trip_share": ["trip", "trips", "modal", "share", "cycling", "bicycle"],
    "days_lost": ["days", "working", "strike", "strikes", "lost", "stoppage", "industrial"],
    "strike_share": ["share", "days", "strike", "sector", "health", "transport"],
    "strikers": ["workers", "involved", "strikers", "participants", "employees"],
    "stoppages": ["stoppages", "stoppage", "strikes", "disputes", "number"],
    "disputes": ["disputes", "dispute", "strikes", "labour", "conflicts", "number"],
    "rol_score": ["score", "rule", "law", "index", "wjp"],
    "rol_rank": ["rank", "ranking", "position", "place", "rule", "law", "wjp"],
}
CHG = ["change", "growth", "increase", "decrease", "decline", "fall", "drop", "rise", "cut"]


def G(num, country, metric, kw, value, unit, year, quote, tier="core", year_ok=(), value_ok=None, change=False):
    kws = list(KW[kw] if isinstance(kw, str) else kw)
    if change:
        kws += [k for k in CHG if k not in kws]
    if "rank" in metric:
        kws += [k for k in ["rank", "ranking", "position", "place", "largest", "top"] if k not in kws]
    rec = {"article": FILES[num], "country": country, "metric": metric, "keywords": kws,
           "value": value, "unit": unit, "year": year, "year_ok": list(year_ok), "quote": quote, "tier": tier}
    if value_ok is not None:
        rec["value_ok"] = list(value_ok)   # last, as in shared/gold/corpus-gold.jsonl
    GOLD.append(rec)


def I(num, country, value, note):
    IGNORE.append({"article": FILES[num], "country": country, "value": value, "note": note})


def A(num, token, context, kind, note):
    ACC.append({"article": FILES[num], "token": token, "context": context, "kind": kind, "note": note})


# ---------------------------------------------------------------- 985 cotton (USDA WASDE), dated 2025-05-13
Y, YO = 2025, [2026]          # 2025/26 marketing year
P, PO = 2024, [2025]          # 2024/25 marketing year
G(985, "CHN", "cotton_production", "cotton_prod", 31000000, "bales", Y, "China remains the biggest grower, with output seen at 31.0 million bales", year_ok=YO)
G(985, "CHN", "cotton_production", "cotton_prod", 32000000, "bales", P, "down from 32.0 million a year earlier", year_ok=PO)
G(985, "IND", "cotton_production", "cotton_prod", 24500000, "bales", Y, "India was forecast at 24.5 million bales", year_ok=YO)
G(985, "BRA", "cotton_production", "cotton_prod", 16500000, "bales", Y, "Brazil (16.5 million)", year_ok=YO)
G(985, "USA", "cotton_production", "cotton_prod", 14500000, "bales", Y, "the United States (14.5 million)", year_ok=YO)
G(985, "PAK", "cotton_production", "cotton_prod", 5500000, "bales", Y, "Pakistan (5.5 million)", year_ok=YO)
G(985, "BRA", "cotton_production_change", "cotton_prod", 3, "%", Y, "Brazil's crop would be about 3% larger than last season's 16.0 million bales", year_ok=YO, change=True)
G(985, "BRA", "cotton_production", "cotton_prod", 16000000, "bales", P, "Brazil's crop would be about 3% larger than last season's 16.0 million bales", year_ok=PO)
G(985, "BRA", "cotton_area", "area", 2100000, "hectares", Y, "to an estimated 2.1 million hectares", year_ok=YO)
G(985, "USA", "cotton_planted_area", "area", 9900000, "acres", 2025, "farmers intend to plant 9.9 million acres this year")
G(985, "USA", "cotton_planted_area_change", "area", -12, "%", 2025, "9.9 million acres this year, 12% less than in 2024", value_ok=[12], change=True)
G(985, "USA", "cotton_ending_stocks", "stocks", 4900000, "bales", Y, "The USDA expects U.S. ending stocks to climb to 4.9 million bales by July 31, 2026", year_ok=YO)
G(985, "CHN", "cotton_mill_use", "cotton_mill", 37500000, "bales", Y, "Chinese spinning mills are expected to use 37.5 million bales", year_ok=YO)
G(985, "CHN", "cotton_mill_use_change", "cotton_mill", -2, "%", Y, "37.5 million bales, down 2% from 2024/25", year_ok=YO, value_ok=[2], change=True)
G(985, "IND", "cotton_mill_use", "cotton_mill", 25500000, "bales", Y, "Mill use in India and Pakistan was forecast at 25.5 million and 10.4 million bales respectively", year_ok=YO)
G(985, "PAK", "cotton_mill_use", "cotton_mill", 10400000, "bales", Y, "Mill use in India and Pakistan was forecast at 25.5 million and 10.4 million bales respectively", year_ok=YO)
G(985, "BGD", "cotton_mill_use", "cotton_mill", 8300000, "bales", Y, "Bangladesh, which grows almost no cotton of its own, will consume about 8.3 million", year_ok=YO)
G(985, "VNM", "cotton_mill_use", "cotton_mill", 7600000, "bales", Y, "Vietnam's mills were seen using a record 7.6 million bales", year_ok=YO)
G(985, "BEN", "cotton_production", "cotton_prod", 1400000, "bales", Y, "Benin remains the top grower at 1.4 million bales", year_ok=YO)
G(985, "CHN", "cotton_production_rank", "cotton_prod", 1, "rank", Y, "China remains the biggest grower", tier="hard", year_ok=YO)
I(985, "BRA", 1900, "Mato Grosso (a state, not Brazil) yields top 1,900 kilograms of lint per hectare")
A(985, "second", "for a second straight season", "phrase", "second straight season of cuts")
A(985, "five", "near five-year lows", "phrase", "price lows, duration")
A(985, "first", "In its first supply and demand estimates", "ordinal", "first report of the season")
A(985, "117.4", "world cotton production at 117.4 million", "aggregate", "world production 2025/26")
A(985, "480", "480-lb bales", "unit", "bale size")
A(985, "116.8", "up from 116.8 million in 2024/25", "aggregate", "world production 2024/25")
A(985, "117.6", "Global mill use was forecast at 117.6 million bales", "aggregate", "world mill use")
A(985, "74", "at about 74 million bales", "aggregate", "world ending stocks")
A(985, "second", "as a second crop after soybeans", "phrase", "second crop (cropping system)")
A(985, "six", "the most in six years", "phrase", "duration")
A(985, "61", "Jim Hollis, 61", "person", "farmer's age")
A(985, "3,200", "on 3,200 acres near Lubbock", "person", "one farm's acreage")
A(985, "third", "a third of his land", "person", "share of one farm")
A(985, "66", "At 66 cents a pound", "price", "cotton price, not a country claim")
A(985, "7.2", "forecast at 7.2 million bales", "aggregate", "African combined output")
A(985, "two", "for two seasons", "phrase", "duration")

# ---------------------------------------------------------------- 986 aluminium, date only in URL (2025-02-20)
G(986, "CHN", "aluminium_production", "alu_prod", 44000000, "tonnes", 2024, "China's primary aluminium output rose 4.6% last year to a record 44.0 million tonnes")
G(986, "CHN", "aluminium_production_change", "alu_prod", 4.6, "%", 2024, "China's primary aluminium output rose 4.6% last year to a record 44.0 million tonnes", change=True)
G(986, "CHN", "aluminium_capacity_cap", "alu_cap", 45000000, "tonnes", None, "the 45-million-tonne capacity ceiling Beijing imposed", year_ok=[2024, 2025])
G(986, "CHN", "aluminium_world_share", "alu_share", 60, "%", 2024, "Chinese smelters supplied about 60% of the world's metal")
G(986, "IND", "aluminium_production", "alu_prod", 4200000, "tonnes", 2024, "India, the second-largest producer, made 4.2 million tonnes")
G(986, "IND", "aluminium_production_rank", "alu_prod", 2, "rank", 2024, "India, the second-largest producer")
G(986, "RUS", "aluminium_production", "alu_prod", 3900000, "tonnes", 2024, "Russia (about 3.9 million)")
G(986, "CAN", "aluminium_production", "alu_prod", 3300000, "tonnes", 2024, "Canada (3.3 million)")
G(986, "DEU", "aluminium_production", "alu_prod", 190000, "tonnes", 2024, "German primary output fell to roughly 190,000 tonnes last year")
G(986, "NOR", "aluminium_production", "alu_prod", 1300000, "tonnes", 2024, "Norway, home to Norsk Hydro, held steady at 1.3 million tonnes")
G(986, "USA", "aluminium_production", "alu_prod", 670000, "tonnes", 2024, "U.S. primary production slipped to about 670,000 tonnes last year")
G(986, "USA", "aluminium_smelters", "smelters", 4, "count", 2024, "670,000 tonnes last year from just four operating smelters", year_ok=[2025])
G(986, "CHN", "aluminium_production_rank", "alu_prod", 1, "rank", 2024, "bringing the world's dominant producer within touching distance", tier="hard")
I(986, "IND", 25, "Indian output grown by roughly a quarter since 2019 (no token)")
I(986, "CHN", 6000000, "Yunnan province (subnational) hosts about 6 million tonnes of capacity")
I(986, "CHN", 44600000, "analyst forecast: national output about 44.6 million tonnes this year")
I(986, "USA", 20, "more than 20 smelters in the early 1990s (historical, vague year)")
I(986, "USA", 25, "25% tariff on imported aluminium (trade policy)")
A(986, "72.9", "Global production reached 72.9 million tonnes", "aggregate", "world production")
A(986, "1.2", "Output outside China rose just 1.2%", "aggregate", "rest of world growth")
A(986, "28.9", "to 28.9 million tonnes", "aggregate", "rest of world production")
A(986, "third", "about a third of their capacity", "aggregate", "EU + Britain capacity idled")
A(986, "four", "less than half its level four years earlier", "phrase", "relative time for a vague comparison")
A(986, "1.62", "produced a record 1.62 million tonnes", "company", "Alba output (company)")
A(986, "2.74", "reported output of 2.74 million tonnes", "company", "EGA output (company), not the UAE total")
A(986, "two", "across its two sites", "company", "EGA sites")
A(986, "2,419", "averaged $2,419 a tonne", "price", "LME price")
A(986, "7", "up 7% on the year", "price", "LME price change")
A(986, "2,600", "above $2,600 this month", "price", "LME price")
A(986, "3", "grow by around 3% a year through 2030", "aggregate", "global demand forecast")

# ---------------------------------------------------------------- 987 diabetes (IDF atlas), byline April 8, 2025; data year 2024
D, DO = 2024, [2025]
G(987, "CHN", "adults_with_diabetes", "diab_n", 148000000, "people", D, "China has the largest number of adults with diabetes, at 148 million", year_ok=DO)
G(987, "IND", "adults_with_diabetes", "diab_n", 89800000, "people", D, "followed by India with 89.8 million", year_ok=DO)
G(987, "USA", "adults_with_diabetes", "diab_n", 38500000, "people", D, "the United States with 38.5 million", year_ok=DO)
G(987, "PAK", "adults_with_diabetes", "diab_n", 34500000, "people", D, "Pakistan (34.5 million)", year_ok=DO)
G(987, "IDN", "adults_with_diabetes", "diab_n", 20400000, "people", D, "Indonesia (20.4 million)", year_ok=DO)
G(987, "BRA", "adults_with_diabetes", "diab_n", 16600000, "people", D, "Brazil (16.6 million)", year_ok=DO)
G(987, "MEX", "adults_with_diabetes", "diab_n", 13600000, "people", D, "Mexico, with 13.6 million, is seventh", year_ok=DO)
G(987, "MEX", "adults_with_diabetes_rank", "diab_n", 7, "rank", D, "Mexico, with 13.6 million, is seventh", year_ok=DO)
G(987, "CHN", "adults_with_diabetes", "diab_n", 140900000, "people", 2021, "In 2021 the atlas had counted 140.9 million Chinese adults with the disease")
G(987, "PAK", "diabetes_prevalence", "diab_prev", 31.4, "%", D, "Pakistan has the highest age-adjusted rate, at 31.4% of adults", year_ok=DO)
G(987, "PAK", "diabetes_prevalence_change", "diab_prev", 4.7, "pp", D, "4.7 percentage points more than in the previous atlas", year_ok=DO, change=True)
G(987, "PAK", "diabetes_prevalence", "diab_prev", 26.7, "%", 2021, "at 31.4% of adults, 4.7 percentage points more than in the previous atlas", tier="hard")
G(987, "EGY", "diabetes_prevalence", "diab_prev", 20.9, "%", D, "Egypt (20.9%)", year_ok=DO)
G(987, "SAU", "diabetes_prevalence", "diab_prev", 18.7, "%", D, "Saudi Arabia (18.7%)", year_ok=DO)
G(987, "USA", "diabetes_prevalence", "diab_prev", 10.7, "%", D, "the U.S. figure is 10.7%", year_ok=DO)
G(987, "CHN", "diabetes_prevalence", "diab_prev", 13.0, "%", D, "China's 13.0%", year_ok=DO)
G(987, "IND", "diabetes_prevalence", "diab_prev", 10.5, "%", D, "India's 10.5%", year_ok=DO)
G(987, "IND", "diabetes_undiagnosed_share", "undiag", 43, "%", D, "the atlas estimates that 43% of Indians with diabetes are undiagnosed", year_ok=DO)
_q = "China has the largest number of adults with diabetes, at 148 million, followed by India with 89.8 million and the United States with 38.5 million"
G(987, "CHN", "adults_with_diabetes_rank", "diab_n", 1, "rank", D, _q, tier="hard", year_ok=DO)
G(987, "IND", "adults_with_diabetes_rank", "diab_n", 2, "rank", D, _q, tier="hard", year_ok=DO)
G(987, "USA", "adults_with_diabetes_rank", "diab_n", 3, "rank", D, _q, tier="hard", year_ok=DO)
I(987, "PAK", 4, "implied rank in the 'top six' list (no token)")
I(987, "IDN", 5, "implied rank in the 'top six' list (no token)")
I(987, "BRA", 6, "implied rank: Brazil completes the top six")
I(987, "PAK", 1, "highest prevalence among large countries only (restricted rank, no token)")
I(987, "IND", 156700000, "projection: 156.7 million by 2050")
I(987, "MEX", 16.7, "roughly one in six adults aged 20 to 79 (ratio, approximate)")
A(987, "One", "One in nine adults now lives", "aggregate", "headline: world ratio")
A(987, "nine", "One in nine adults now lives", "aggregate", "headline: world ratio")
A(987, "589", "reached 589 million in 2024", "aggregate", "world adults with diabetes")
A(987, "one", "roughly one in nine people", "aggregate", "world ratio")
A(987, "nine", "roughly one in nine people", "aggregate", "world ratio")
A(987, "20", "aged 20 to 79", "age", "age band of the atlas")
A(987, "79", "aged 20 to 79", "age", "age band of the atlas")
A(987, "11th", "the 11th edition of the IDF Diabetes Atlas", "ordinal", "edition number")
A(987, "537", "up from 537 million in the previous edition", "aggregate", "world 2021")
A(987, "853", "climb to 853 million by 2050", "aggregate", "world projection")
A(987, "Four", "Four in ten adults with the condition", "aggregate", "world undiagnosed ratio")
A(987, "ten", "Four in ten adults with the condition", "aggregate", "world undiagnosed ratio")
A(987, "six", "complete the top six", "phrase", "list size")
A(987, "40", "a global average of about 40%", "aggregate", "world undiagnosed share")
A(987, "one", "roughly one in six of the country's population", "ratio", "Mexico ratio, see ignore MEX 16.7")
A(987, "six", "roughly one in six of the country's population", "ratio", "Mexico ratio, see ignore MEX 16.7")
A(987, "1", "type 1 diabetes is smaller", "name", "diabetes type")
A(987, "1", "live with type 1,", "name", "diabetes type")
A(987, "1.9", "Around 1.9 million children", "aggregate", "world type 1 count")
A(987, "3.4", "responsible for 3.4 million deaths in 2024", "aggregate", "world deaths")
A(987, "one", "one every nine seconds", "aggregate", "world death frequency")
A(987, "nine", "one every nine seconds", "aggregate", "world death frequency")
A(987, "215", "covers 215 countries and territories", "coverage", "atlas coverage")
A(987, "250", "more than 250 data sources", "coverage", "atlas sources")
A(987, "19.9", "at 19.9%", "aggregate", "MENA region prevalence")
A(987, "5.3", "the lowest, 5.3%", "aggregate", "Africa region prevalence")
A(987, "64", "Professor Helen Achterberg, 64", "person", "age")
A(987, "ten", "ten years ago", "phrase", "relative time")

# ---------------------------------------------------------------- 988 petrol prices, dated 2025-06-02 (byline date too)
F = 2025
G(988, "NLD", "petrol_price", "petrol", 2.01, "EUR_per_litre", F, "a litre of Euro-Super 95 cost an average of €2.01 in the Netherlands last week")
G(988, "DNK", "petrol_price", "petrol", 1.92, "EUR_per_litre", F, "Denmark (€1.92)")
G(988, "FIN", "petrol_price", "petrol", 1.86, "EUR_per_litre", F, "Finland (€1.86)")
G(988, "MLT", "petrol_price", "petrol", 1.34, "EUR_per_litre", F, "motorists in Malta paid €1.34")
G(988, "BGR", "petrol_price", "petrol", 1.21, "EUR_per_litre", F, "those in Bulgaria just €1.21")
for c3, name, pet, die, chg in [("DEU", "Germany", 1.71, 1.59, 7.2), ("FRA", "France", 1.76, 1.62, 9.5),
                                ("ITA", "Italy", 1.73, 1.63, 10.1), ("ESP", "Spain", 1.52, 1.44, 11.8),
                                ("POL", "Poland", 1.41, 1.43, 8.4)]:
    row = f"| {name} | {pet:.2f} | {die:.2f} | -{chg} cents |"
    G(988, c3, "petrol_price", "petrol", pet, "EUR_per_litre", F, row)
    G(988, c3, "diesel_price", "diesel", die, "EUR_per_litre", F, row)
    G(988, c3, "petrol_price_change", "petrol", round(-chg / 100, 4), "EUR_per_litre", F, row,
      value_ok=[round(chg / 100, 4), -chg, chg], change=True)
G(988, "DEU", "petrol_price_rank", "petrol", 9, "rank", F, "ranks only ninth among the 27 member states for petrol")
G(988, "NLD", "petrol_price_rank", "petrol", 1, "rank", F, "Drivers in the Netherlands are again paying the highest petrol prices in the European Union", tier="hard")
G(988, "FIN", "fuel_tax_share", "fuel_tax", 58, "%", F, "excise duty and VAT make up 58% of the petrol price in Finland")
G(988, "ITA", "fuel_tax_share", "fuel_tax", 56, "%", F, "56% in Italy")
G(988, "POL", "fuel_tax_share", "fuel_tax", 41, "%", F, "about 41% in Poland")
G(988, "POL", "petrol_price", "petrol", 6.02, "PLN_per_litre", F, "Polish drivers paid about 6.02 zloty a litre for petrol last week")
G(988, "GBR", "petrol_price", "petrol", 1.326, "GBP_per_litre", F, "British drivers paid an average of 132.6p a litre for unleaded in late May", value_ok=[132.6])
G(988, "GBR", "diesel_price", "diesel", 1.392, "GBP_per_litre", F, "diesel averaged 139.2p", value_ok=[139.2])
G(988, "CHE", "petrol_price", "petrol", 1.71, "CHF_per_litre", F, "In Switzerland, petrol cost about CHF 1.71 a litre")
G(988, "USA", "gasoline_price", "petrol", 3.16, "USD_per_gallon", F, "the national average for regular gasoline at $3.16 a gallon last week")
G(988, "USA", "gasoline_price_change", "petrol", -0.41, "USD_per_gallon", F, "$3.16 a gallon last week, 41 cents lower than a year earlier", value_ok=[0.41, -41, 41], change=True)
G(988, "USA", "federal_fuel_tax", ["tax", "excise", "duty", "fuel", "federal"], 0.184, "USD_per_gallon", F,
  "federal fuel tax has been frozen at 18.4 cents a gallon since 1993", year_ok=[1993], value_ok=[18.4])
I(988, "NLD", 0.17, "ANWB estimate: excise phase-out could add around 17 cents a litre (forecast)")
A(988, "95", "a litre of Euro-Super 95 cost", "name", "fuel grade")
A(988, "95", "| Euro-Super 95 (€/litre)", "name", "fuel grade (table header)")
A(988, "five", "Prices in the five largest EU markets", "phrase", "list size")
A(988, "27", "among the 27 member states", "aggregate", "EU member count")
A(988, "64", "averaged about $64 a barrel", "price", "Brent crude (commodity)")
A(988, "83", "down from $83 a year earlier", "price", "Brent crude (commodity)")

# ---------------------------------------------------------------- 989 marriage/divorce (Eurostat), dateline 18 July 2025; data year 2023
M = 2023
G(989, "CYP", "marriage_rate", "mar_rate", 9.1, "per_1000", M, "Cyprus registered 9.1 marriages per 1,000 inhabitants")
G(989, "HUN", "marriage_rate", "mar_rate", 6.4, "per_1000", M, "Hungary (6.4)")
G(989, "LVA", "marriage_rate", "mar_rate", 6.0, "per_1000", M, "Latvia (6.0)")
G(989, "ITA", "marriage_rate", "mar_rate", 3.1, "per_1000", M, "The lowest rates were in Italy and Portugal, at 3.1 and 3.2 respectively")
G(989, "PRT", "marriage_rate", "mar_rate", 3.2, "per_1000", M, "The lowest rates were in Italy and Portugal, at 3.1 and 3.2 respectively")
G(989, "SVN", "marriage_rate", "mar_rate", 3.0, "per_1000", M, "Slovenia (3.0)")
G(989, "SVN", "marriage_rate_rank", "mar_rate", 27, "rank", M, "Slovenia (3.0), which came last of the 27 member states", tier="hard")
G(989, "CYP", "marriage_rate_rank", "mar_rate", 1, "rank", M, "Cyprus again recording by far the highest marriage rate in the European Union", tier="hard")
G(989, "HUN", "marriage_rate", "mar_rate", 3.6, "per_1000", 2010, "Hungary's rate has risen steeply since 2010, when it stood at 3.6")
G(989, "DEU", "marriages", "mar_n", 361000, "count", M, "Germany recorded 361,000 weddings, 7.6% fewer than in the previous year")
G(989, "DEU", "marriages_change", "mar_n", -7.6, "%", M, "Germany recorded 361,000 weddings, 7.6% fewer than in the previous year", value_ok=[7.6], change=True)
G(989, "FRA", "marriages", "mar_n", 241000, "count", M, "France celebrated about 241,000, down 3%")
G(989, "FRA", "marriages_change", "mar_n", -3, "%", M, "France celebrated about 241,000, down 3%", value_ok=[3], change=True)
G(989, "POL", "marriages", "mar_n", 146000, "count", M, "Poland, with roughly 146,000")
G(989, "LVA", "divorce_rate", "div_rate", 2.9, "per_1000", M, "Latvia and Lithuania had the highest rates, at 2.9 and 2.8")
G(989, "LTU", "divorce_rate", "div_rate", 2.8, "per_1000", M, "Latvia and Lithuania had the highest rates, at 2.9 and 2.8")
G(989, "MLT", "divorce_rate", "div_rate", 0.7, "per_1000", M, "Malta, where divorce became legal only in 2011, recorded 0.7")
G(989, "IRL", "divorce_rate", "div_rate", 0.6, "per_1000", M, "Ireland's rate of 0.6 was the lowest in the bloc")
G(989, "SWE", "mean_age_first_marriage_men", "age_marry", 36.4, "years", M, "The mean age at first marriage in Sweden was 36.4 for men and 34.1 for women")
G(989, "SWE", "mean_age_first_marriage_women", "age_marry", 34.1, "years", M, "The mean age at first marriage in Sweden was 36.4 for men and 34.1 for women")
G(989, "ROU", "mean_age_first_marriage_men", "age_marry", 30.1, "years", M, "compared with 30.1 and 27.4 respectively in Romania")
G(989, "ROU", "mean_age_first_marriage_women", "age_marry", 27.4, "years", M, "compared with 30.1 and 27.4 respectively in Romania")
_q = "national data show they make up about 2% of marriages in the Netherlands and Belgium"
G(989, "NLD", "same_sex_marriage_share", "samesex", 2, "%", None, _q, year_ok=[2023, 2024, 2025])
G(989, "BEL", "same_sex_marriage_share", "samesex", 2, "%", None, _q, year_ok=[2023, 2024, 2025])
A(989, "1.8", "About 1.8 million marriages took place across the EU", "aggregate", "EU marriages")
A(989, "3.9", "a crude rate of 3.9 per 1,000 people", "aggregate", "EU marriage rate 2023")
A(989, "1,000", "a crude rate of 3.9 per 1,000 people", "rate base", "per 1,000")
A(989, "4.2", "down from 4.2 a year earlier", "aggregate", "EU marriage rate 2022")
A(989, "1,000", "9.1 marriages per 1,000 inhabitants", "rate base", "per 1,000")
A(989, "1.6", "the EU rate was 1.6 per 1,000 people", "aggregate", "EU divorce rate")
A(989, "1,000", "the EU rate was 1.6 per 1,000 people", "rate base", "per 1,000")
A(989, "two", "live apart for two of the previous three years", "law", "Irish separation rule")
A(989, "three", "live apart for two of the previous three years", "law", "Irish separation rule")
A(989, "first", "The mean age at first marriage", "phrase", "metric wording")
A(989, "first", "first-time brides", "phrase", "metric wording")
A(989, "four", "by more than four years since the early 2000s", "aggregate", "EU change in bride age")
A(989, "16", "access to marriage in 16 member states", "aggregate", "EU count of states")
A(989, "first", "the first two countries to allow them", "phrase", "historical order")
A(989, "two", "the first two countries to allow them", "phrase", "historical order")

# ---------------------------------------------------------------- 990 chess (FIDE), dateline Dec 16, 2024
C = 2024
G(990, "USA", "chess_federation_rating", "fed_rating", 2727, "rating", C, "The U.S. led with 2,727")
G(990, "IND", "chess_federation_rating", "fed_rating", 2722, "rating", C, "India (2,722)")
G(990, "CHN", "chess_federation_rating", "fed_rating", 2706, "rating", C, "China (2,706)")
G(990, "IND", "chess_federation_rank", "fed_rank", 2, "rank", C, "India rose to second place among national federations")
G(990, "USA", "chess_federation_rank", "fed_rank", 1, "rank", C, "behind only the United States", tier="hard")
G(990, "CHN", "chess_federation_rank", "fed_rank", 3, "rank", C, "ahead of India (2,722), China (2,706) and Russia", tier="hard")
G(990, "IND", "grandmasters", "gm", 85, "count", C, "The country now has 85 grandmasters")
G(990, "IND", "grandmasters", "gm", 64, "count", 2019, "up from 64 five years earlier", tier="hard")
G(990, "IND", "fide_rated_players", "rated", 41000, "count", C, "about 41,000 FIDE-rated players, more than any other federation")
G(990, "IND", "fide_rated_players_rank", "rated", 1, "rank", C, "about 41,000 FIDE-rated players, more than any other federation", tier="hard")
G(990, "DEU", "fide_rated_players", "rated", 28000, "count", C, "Germany and France have roughly 28,000 and 27,500 rated players respectively")
G(990, "FRA", "fide_rated_players", "rated", 27500, "count", C, "Germany and France have roughly 28,000 and 27,500 rated players respectively")
G(990, "RUS", "grandmasters", "gm", 250, "count", C, "Russia still has by far the most grandmasters, more than 250")
G(990, "RUS", "grandmasters_rank", "gm", 1, "rank", C, "Russia still has by far the most grandmasters", tier="hard")
G(990, "CHN", "chess_women_federation_rating", "fed_rating", 2512, "rating", C, "China stayed top with an average of 2,512")
G(990, "CHN", "chess_women_federation_rank", "fed_rank", 1, "rank", C, "In the women's federation ranking, China stayed top", tier="hard")
G(990, "IND", "chess_women_federation_rank", "fed_rank", 4, "rank", C, "while India was fourth")
I(990, "IND", 21, "Olympiad open team: 21 of 22 match points (computed; the text says dropping one of 22)")
I(990, "CHN", 30, "plan: 30 regional training centres by 2027")
I(990, "IND", 1500000000, "federation request for 1.5 billion rupees (not a fact yet)")
A(990, "18", "at the age of 18", "person", "Gukesh's age")
A(990, "7.5", "Ding Liren 7.5-6.5", "person", "match score")
A(990, "6.5", "Ding Liren 7.5-6.5", "person", "match score")
A(990, "1.35", "collecting $1.35 million", "person", "prize money")
A(990, "2.5", "the $2.5 million prize fund", "event", "prize fund")
A(990, "ten", "their ten best players", "method", "index method")
A(990, "five", "64 five years earlier", "phrase", "relative time (year of the hard record)")
A(990, "Ten", "Ten years ago a boy", "phrase", "relative time")
A(990, "two", "two or three coaches", "person", "quote")
A(990, "three", "two or three coaches", "person", "quote")
A(990, "46", "R. Srinath, 46", "person", "age")
A(990, "one", "who ran one of Gukesh's early camps", "phrase", "pronoun use")
A(990, "31", "Tamil Nadu alone has produced 31 grandmasters", "subnational", "state count")
A(990, "first", "for the first time", "phrase", "first time")
A(990, "one", "dropping just one of 22", "event", "match points, see ignore IND 21")
A(990, "22", "dropping just one of 22", "event", "match points, see ignore IND 21")
A(990, "21", "Arjun Erigaisi, 21", "person", "age")
A(990, "second", "became only the second Indian", "person", "ordinal of a person")
A(990, "2,800", "to pass a rating of 2,800", "person", "rating threshold")
A(990, "19", "Praggnanandhaa, 19", "person", "age")
A(990, "20", "in the world top 20", "person", "ranking band")
A(990, "55", "Anand, 55", "person", "age")
A(990, "first", "the country's first grandmaster in 1988", "person", "historical ordinal")
A(990, "two", "the past two women's world champions", "person", "count of champions")
A(990, "1.5", "for 1.5 billion rupees", "request", "see ignore")
A(990, "five", "over five years to build", "phrase", "duration")
A(990, "5", "a cash award of 5 million rupees", "person", "award to a person")
A(990, "50", "a prize of 50 million rupees", "subnational", "state prize to a person")

# ---------------------------------------------------------------- 991 cash (ECB SPACE), dated 2024-12-19
K = 2024
G(991, "MLT", "cash_share_pos_transactions", "cash", 67, "%", K, "Cash still dominates in Malta, where it was used in 67% of in-store payments")
G(991, "SVN", "cash_share_pos_transactions", "cash", 64, "%", K, "Slovenia (64%)")
G(991, "AUT", "cash_share_pos_transactions", "cash", 61, "%", K, "Austria (61%)")
G(991, "ITA", "cash_share_pos_transactions", "cash", 61, "%", K, "Italy (61%)")
G(991, "NLD", "cash_share_pos_transactions", "cash", 22, "%", K, "the Netherlands and Finland, at 22% and 21% respectively")
G(991, "FIN", "cash_share_pos_transactions", "cash", 21, "%", K, "the Netherlands and Finland, at 22% and 21% respectively")
_q = "In Germany, long seen as the euro area's cash stronghold, the share fell to 51%, 12 percentage points lower than two years earlier"
G(991, "DEU", "cash_share_pos_transactions", "cash", 51, "%", K, _q)
G(991, "DEU", "cash_share_pos_transactions_change", "cash", -12, "pp", K, _q, value_ok=[12], change=True)
G(991, "DEU", "cash_share_pos_transactions", "cash", 63, "%", 2022, _q, tier="hard")
G(991, "ESP", "cash_share_pos_transactions", "cash", 57, "%", K, "Spain recorded 57%, down 8 points")
G(991, "ESP", "cash_share_pos_transactions_change", "cash", -8, "pp", K, "Spain recorded 57%, down 8 points", value_ok=[8], change=True)
G(991, "ESP", "cash_share_pos_transactions", "cash", 65, "%", 2022, "Spain recorded 57%, down 8 points", tier="hard")
G(991, "FRA", "cash_share_pos_transactions", "cash", 43, "%", K, "and France 43%")
G(991, "DEU", "average_cash_in_wallet", "wallet", 103, "EUR", K, "German consumers carried an average of €103 in their wallets")
G(991, "BEL", "atm_count", "atm", 4900, "count", 2023, "the count dropped to fewer than 4,900", year_ok=[2024])
G(991, "SWE", "cash_share_purchases", "cash", 8, "%", 2023, "Sweden's Riksbank says cash was used in just 8% of purchases last year")
G(991, "GBR", "cash_share_payments", "cash", 12, "%", None, "UK Finance puts the share at 12%", year_ok=[2023, 2024])
G(991, "JPN", "banknotes_in_circulation", ["banknotes", "notes", "cash", "circulation", "currency"], 1.2e14, "JPY", None,
  "banknotes in circulation there are worth about ¥120tn", year_ok=[2024])
I(991, "JPN", 20, "cash worth roughly a fifth of annual output (fraction word, no token)")
A(991, "fifth", "roughly a fifth of the country's annual output", "ratio", "see ignore JPN 20")
I(991, "GBR", 33, "about a third of UK payments were cash in 2019 (fraction word)")
A(991, "52", "Cash slips to 52% of euro area shop payments", "aggregate", "headline: euro area share")
A(991, "52", "Cash was used in 52% of point-of-sale transactions in the euro area", "aggregate", "euro area share 2024")
A(991, "59", "down from 59% in 2022", "aggregate", "euro area share 2022")
A(991, "79", "79% in 2016", "aggregate", "euro area share 2016")
A(991, "first", "cards overtook cash for the first time", "phrase", "first time")
A(991, "45", "they accounted for 45% of the amount", "aggregate", "euro area card share by value")
A(991, "39", "against 39% for cash", "aggregate", "euro area cash share by value")
A(991, "third", "the ECB's third study", "ordinal", "study edition")
A(991, "41,000", "surveyed about 41,000 people", "method", "sample size")
A(991, "20", "in all 20 euro countries", "aggregate", "euro area member count")
A(991, "two", "lower than two years earlier", "phrase", "relative time (year of the hard record)")
A(991, "62", "62% of euro area consumers", "aggregate", "euro area attitude")
A(991, "first", "since the first study", "ordinal", "study edition")
A(991, "one", "Only about one in five said", "aggregate", "euro area ratio")
A(991, "five", "Only about one in five said", "aggregate", "euro area ratio")
A(991, "10", "fell by roughly 10% between 2020 and 2023", "aggregate", "euro area ATM change")
A(991, "four", "where the four biggest banks pooled", "company", "banks")
A(991, "third", "about a third of payments as recently as 2019", "ratio", "see ignore GBR 33")

# ---------------------------------------------------------------- 992 pets (FEDIAF), no date anywhere -> years null unless explicit
G(992, "RUS", "cats", "cats", 23000000, "count", None, "Russia has the largest pet population of any country covered, with 23.0 million cats and 17.9 million dogs")
G(992, "RUS", "dogs", "dogs", 17900000, "count", None, "Russia has the largest pet population of any country covered, with 23.0 million cats and 17.9 million dogs")
G(992, "RUS", "pet_population_rank", ["pet", "pets", "population"], 1, "rank", None, "Russia has the largest pet population of any country covered", tier="hard")
G(992, "DEU", "cats", "cats", 15700000, "count", None, "Germany leads with 15.7 million cats and 10.5 million dogs")
G(992, "DEU", "dogs", "dogs", 10500000, "count", None, "Germany leads with 15.7 million cats and 10.5 million dogs")
G(992, "FRA", "cats", "cats", 15100000, "count", None, "France (15.1 million cats, 7.6 million dogs)")
G(992, "FRA", "dogs", "dogs", 7600000, "count", None, "France (15.1 million cats, 7.6 million dogs)")
G(992, "ITA", "cats", "cats", 10200000, "count", None, "Italy (10.2 million cats, 8.8 million dogs)")
G(992, "ITA", "dogs", "dogs", 8800000, "count", None, "Italy (10.2 million cats, 8.8 million dogs)")
G(992, "DEU", "dogs", "dogs", 9400000, "count", 2019, "Germany had just 9.4 million dogs in 2019")
G(992, "GBR", "dogs", "dogs", 13500000, "count", None, "has 13.5 million dogs and 12.5 million cats")
G(992, "GBR", "cats", "cats", 12500000, "count", None, "has 13.5 million dogs and 12.5 million cats")
G(992, "ROU", "pet_owning_households_share", "pet_own", 59, "%", None, "In Romania, 59% of households have at least one pet")
G(992, "ROU", "pet_owning_households_share_rank", "pet_own", 1, "rank", None, "59% of households have at least one pet, the highest share in the report", tier="hard")
G(992, "POL", "dog_owning_households_share", "dog_own", 46, "%", None, "Polish households are the most dog-minded: 46% own at least one dog")
G(992, "DEU", "dog_owning_households_share", "dog_own", 21, "%", None, "against 21% in Germany")
G(992, "DEU", "pet_food_sales", "petfood", 4500000000, "EUR", None, "with pet food sales of about €4.5bn")
G(992, "DEU", "pet_food_sales_rank", "petfood", 1, "rank", None, "Germany is the biggest single market", tier="hard")
A(992, "352", "about 352 million pets", "aggregate", "Europe")
A(992, "129", "129 million cats", "aggregate", "Europe")
A(992, "106", "106 million dogs", "aggregate", "Europe")
A(992, "54", "54 million ornamental birds", "aggregate", "Europe")
A(992, "33", "33 million small mammals", "aggregate", "Europe")
A(992, "49", "Around 49% of European households", "aggregate", "Europe")
A(992, "one", "at least one pet", "phrase", "definition of ownership")
A(992, "46", "up from 46% in last year's edition", "aggregate", "Europe, previous edition")
A(992, "one", "at least one dog", "phrase", "definition of ownership")
A(992, "29.2", "at €29.2 billion a year", "aggregate", "Europe pet food market")
A(992, "6.7", "sales growing 6.7%", "aggregate", "Europe pet food growth")
A(992, "45", "roughly 45% of European pet food sales", "company", "Mars + Nestlé share")
A(992, "one", "struggles with one of the continent's", "phrase", "pronoun use")
A(992, "34", "Anna Kowalczyk, 34", "person", "age")
A(992, "200", "more than 200 brands of treats", "person", "one shop")
A(992, "140,000", "about 140,000 people in Europe", "aggregate", "Europe jobs")
A(992, "10.4", "an estimated €10.4 billion on pet care services", "aggregate", "Europe services")

# ---------------------------------------------------------------- 993 honey, dateline 3 September 2024
G(993, "ARG", "honey_production", "honey", 55000, "tonnes", 2023, "Argentina's honey harvest fell to about 55,000 tonnes in the 2023/24 season", year_ok=[2024])
G(993, "ARG", "honey_production", "honey", 70000, "tonnes", 2022, "down from roughly 70,000 tonnes in the previous season", year_ok=[2023])
G(993, "ARG", "honey_production_change", "honey", -21.4, "%", 2023, "fell to about 55,000 tonnes in the 2023/24 season, down from roughly 70,000 tonnes in the previous season",
  tier="hard", year_ok=[2024], value_ok=[21.4, -21, 21, -15000, 15000], change=True)
G(993, "ARG", "beehives", "hives", 2900000, "count", 2023, "The country had about 2.9 million hives in 2023")
G(993, "ARG", "beekeepers", "beekeepers", 19000, "count", 2023, "listed 19,000 active beekeepers at the end of that year")
G(993, "ARG", "beekeepers", "beekeepers", 25000, "count", 2015, "down from more than 25,000 in 2015")
G(993, "CHN", "honey_production", "honey", 462000, "tonnes", 2022, "China dominates, with output estimated at 462,000 tonnes")
G(993, "TUR", "honey_production", "honey", 118000, "tonnes", 2022, "Türkiye (118,000 tonnes)")
G(993, "IRN", "honey_production", "honey", 79000, "tonnes", 2022, "Iran (79,000)")
G(993, "IND", "honey_production", "honey", 70000, "tonnes", 2022, "India (70,000)")
G(993, "UKR", "honey_production", "honey", 68000, "tonnes", 2022, "Ukraine (68,000)")
G(993, "CHN", "honey_production_rank", "honey", 1, "rank", 2022, "China dominates, with output estimated at 462,000 tonnes, followed by Türkiye", tier="hard")
G(993, "TUR", "honey_production_rank", "honey", 2, "rank", 2022, "followed by Türkiye (118,000 tonnes)", tier="hard")
G(993, "USA", "honey_production", "honey", 139000000, "lb", 2023, "harvested 139 million pounds of honey last year")
G(993, "USA", "bee_colonies", "hives", 2600000, "count", 2023, "from 2.6 million colonies")
G(993, "USA", "honey_yield_per_colony", "honey_yield", 53.5, "lb", 2023, "an average of 53.5 pounds per colony")
G(993, "USA", "bee_colony_loss", "colony_loss", 55.6, "%", 2024, "American beekeepers also lost 55.6% of their managed colonies between April 2023 and April 2024", year_ok=[2023])
G(993, "ROU", "honey_production", "honey", 31000, "tonnes", 2022, "Europe's largest producer, Romania, harvested about 31,000 tonnes in 2022")
I(993, "ARG", 65000, "forecast: around 65,000 tonnes in the 2024/25 season")
I(993, "ARG", 2300, "port price paid to producers, US$2,300 a tonne")
I(993, "ARG", -20, "hives a fifth fewer than a decade earlier (fraction word)")
I(993, "ROU", 1, "Europe's largest producer (regional rank, no token)")
A(993, "fifth", "a fifth fewer than a decade earlier", "ratio", "see ignore ARG -20")
A(993, "two", "at two dollars a kilo", "person", "quote, price")
A(993, "58", "Marcelo Ibáñez, 58", "person", "age")
A(993, "600", "keeps 600 colonies near Azul", "person", "one beekeeper")
A(993, "1.89", "about 1.89 million tonnes of honey in 2022", "aggregate", "world production")
A(993, "second", "once the second-largest producer", "phrase", "historical rank, no year")
A(993, "five", "slipped out of the top five", "phrase", "list size")
A(993, "five", "five or more colonies", "method", "survey threshold")
A(993, "second", "the second-highest loss since surveys began", "phrase", "rank of a loss rate among years")
A(993, "20", "for 20 years", "person", "career length")
A(993, "20", "some 20 million hives across the bloc", "aggregate", "EU hives")
A(993, "one", "one hive gives us 30 kilos", "person", "quote, yield")
A(993, "30", "one hive gives us 30 kilos", "person", "quote, yield")
A(993, "15", "Last season it was 15", "person", "quote, yield")

# ---------------------------------------------------------------- 994 bicycles (CONEBI), dated 2024-09-26; data year 2023
B = 2023
for c3, name, sold, share, chg in [("DEU", "Germany", "4.0", 53, 14), ("FRA", "France", "2.2", 33, 15),
                                   ("ITA", "Italy", "1.4", 19, 23), ("ESP", "Spain", "0.9", 23, 18),
                                   ("NLD", "Netherlands", "0.9", 56, 6)]:
    row = f"| {name} | {sold} | {share} | -{chg} |"
    G(994, c3, "bicycle_sales", "bike_sales", int(round(float(sold) * 1e6)), "units", B, row)
    G(994, c3, "ebike_share_of_sales", "ebike_share", share, "%", B, row)
    G(994, c3, "bicycle_sales_change", "bike_sales", -chg, "%", B, row, value_ok=[chg], change=True)
G(994, "PRT", "bicycle_production", "bike_prod", 2800000, "units", B, "Portugal is again the EU's largest bicycle manufacturer, having produced 2.8 million units in 2023")
G(994, "ROU", "bicycle_production", "bike_prod", 1500000, "units", B, "ahead of Romania (1.5 million)")
G(994, "DEU", "ebike_average_price", "ebike_price", 2950, "EUR", B, "The average e-bike sold in Germany cost €2,950 in 2023, up from €2,800 a year earlier")
G(994, "DEU", "ebike_average_price", "ebike_price", 2800, "EUR", 2022, "The average e-bike sold in Germany cost €2,950 in 2023, up from €2,800 a year earlier")
G(994, "NLD", "bicycle_stock", "bike_stock", 23000000, "count", None, "The Netherlands counts some 23 million bicycles, roughly 1.3 for every inhabitant", year_ok=[2024])
G(994, "NLD", "bicycles_per_capita", "bike_pc", 1.3, "per_person", None, "The Netherlands counts some 23 million bicycles, roughly 1.3 for every inhabitant", year_ok=[2024])
G(994, "NLD", "cycling_km_per_person", "cycle_km", 1000, "km_per_year", None, "the Dutch ride about 1,000 kilometres each per year on average", year_ok=[2024])
G(994, "DNK", "cycling_trip_share", "trip_share", 16, "%", None, "In Denmark, bicycles account for around 16% of all trips", year_ok=[2024])
G(994, "DEU", "ebike_sales", ["e-bike", "ebike", "electric", "sales", "sold", "units"], 2120000, "units", B,
  "| Germany | 4.0 | 53 | -14 |", tier="hard", value_ok=[2100000])   # 4.0 million x 53%
G(994, "DEU", "bicycle_sales_rank", "bike_sales", 1, "rank", B, "| Germany | 4.0 | 53 | -14 |", tier="hard")  # first row of "The largest markets"
I(994, "PRT", 1, "EU's largest bicycle manufacturer (regional rank, no token)")
A(994, "second", "for a second straight year", "phrase", "second straight year")
A(994, "13.3", "13.3 million bicycles and e-bikes were sold in the EU", "aggregate", "EU sales")
A(994, "11", "11% fewer than in 2022", "aggregate", "EU sales change")
A(994, "7", "Sales of e-bikes slipped 7%", "aggregate", "EU e-bike change")
A(994, "5.1", "to 5.1 million units", "aggregate", "EU e-bike sales")
A(994, "four", "nearly four in ten bikes", "aggregate", "EU e-bike ratio")
A(994, "ten", "nearly four in ten bikes", "aggregate", "EU e-bike ratio")
A(994, "12.4", "Total EU production fell to 12.4 million bikes", "aggregate", "EU production")
A(994, "30", "discounts of 30 to 40 percent", "trade", "retail discounts")
A(994, "40", "discounts of 30 to 40 percent", "trade", "retail discounts")
A(994, "six", "EU e-bike sales of six million units by 2026", "aggregate", "EU forecast")

# ---------------------------------------------------------------- 995 strikes, byline 14 March 2025
G(995, "GBR", "working_days_lost_strikes", "days_lost", 482000, "days", 2024, "Britain lost 482,000 working days to strikes in 2024")
G(995, "GBR", "working_days_lost_strikes", "days_lost", 2700000, "days", 2023, "The total compares with 2.7 million days in 2023 and 2.5 million in 2022")
G(995, "GBR", "working_days_lost_strikes", "days_lost", 2500000, "days", 2022, "The total compares with 2.7 million days in 2023 and 2.5 million in 2022")
G(995, "GBR", "working_days_lost_strikes_change", "days_lost", -82.1, "%", 2024, "Britain lost 482,000 working days to strikes in 2024", tier="hard", value_ok=[82.1, -82, 82], change=True)
G(995, "GBR", "strike_days_share_health_social_work", "strike_share", 29, "%", 2024, "Health and social work accounted for 29% of days lost last year")
G(995, "GBR", "strike_days_share_transport_storage", "strike_share", 24, "%", 2024, "transport and storage for 24%")
G(995, "GBR", "workers_involved_in_strikes", "strikers", 236000, "count", 2024, "Some 236,000 workers took part in stoppages during the year, down from 710,000 a year earlier")
G(995, "GBR", "workers_involved_in_strikes", "strikers", 710000, "count", 2023, "Some 236,000 workers took part in stoppages during the year, down from 710,000 a year earlier")
G(995, "GBR", "work_stoppages", "stoppages", 371, "count", 2024, "The ONS counted 371 separate stoppages in 2024")
for rank, c3, name, v in [(1, "FRA", "France", 103), (2, "BEL", "Belgium", 91), (3, "CAN", "Canada", 79),
                          (4, "ESP", "Spain", 56), (5, "NOR", "Norway", 42), (6, "GBR", "United Kingdom", 37),
                          (7, "DEU", "Germany", 18), (8, "SWE", "Sweden", 2)]:
    G(995, c3, "working_days_lost_per_1000_employees", "days_lost", v, "per_1000_employees", 2023,
      f"{rank}. {name} – {v}", year_ok=[2019])
    I(995, c3, rank, f"list position {rank}. in the ETUI days-lost ranking (rank of a 2019-2023 average)")
G(995, "DEU", "labour_disputes", "disputes", 312, "count", 2023, "counted 312 labour disputes in 2023, up from 225 a year earlier")
G(995, "DEU", "labour_disputes", "disputes", 225, "count", 2022, "counted 312 labour disputes in 2023, up from 225 a year earlier")
G(995, "DEU", "working_days_lost_strikes", "days_lost", 1500000, "days", 2023, "The country lost an estimated 1.5 million working days")
I(995, "FRA", 14, "14 days of action against the pension reform in 2023 (protest days)")
I(995, "GBR", 50, "50% ballot turnout threshold (law, introduced 2016)")
I(995, "GBR", 1000000, "CBI forecast: back above one million days a year by 2027")
I(995, "GBR", 38000, "revision: 2023 figure revised up by 38,000 days")
A(995, "three", "lowest in three years", "phrase", "headline, duration")
A(995, "57", "Dave Pritchard, 57", "person", "age")
A(995, "third", "about a third fewer than at the peak", "ratio", "vague comparison with an unnamed peak year")
A(995, "1,000", "working days lost per 1,000 employees", "rate base", "per 1,000")

# ---------------------------------------------------------------- 996 WJP Rule of Law Index 2024, dated 2024-10-23
W = 2024
for rank, c3, name, score in [(1, "DNK", "Denmark", "0.90"), (2, "NOR", "Norway", "0.89"), (3, "FIN", "Finland", "0.87"),
                              (4, "SWE", "Sweden", "0.86"), (5, "DEU", "Germany", "0.83"), (6, "NZL", "New Zealand", "0.83")]:
    row = f"| {rank} | {name} | {score} |"
    G(996, c3, "rule_of_law_rank", "rol_rank", rank, "rank", W, row)
    G(996, c3, "rule_of_law_score", "rol_score", float(score), "score", W, row)
_q = "Japan and the United Kingdom placed 14th and 15th respectively, with scores of 0.79 and 0.78"
G(996, "JPN", "rule_of_law_rank", "rol_rank", 14, "rank", W, _q)
G(996, "GBR", "rule_of_law_rank", "rol_rank", 15, "rank", W, _q)
G(996, "JPN", "rule_of_law_score", "rol_score", 0.79, "score", W, _q)
G(996, "GBR", "rule_of_law_score", "rol_score", 0.78, "score", W, _q)
_q = "The United States ranked 26th out of 142, with a score of 0.70, down from 0.71 a year earlier"
G(996, "USA", "rule_of_law_rank", "rol_rank", 26, "rank", W, _q)
G(996, "USA", "rule_of_law_score", "rol_score", 0.70, "score", W, _q)
G(996, "USA", "rule_of_law_score", "rol_score", 0.71, "score", 2023, _q)
_q = "Hungary again posted the lowest score, 0.51, a drop of 0.01 from 2023 that left it 73rd overall"
G(996, "HUN", "rule_of_law_score", "rol_score", 0.51, "score", W, _q)
G(996, "HUN", "rule_of_law_score_change", "rol_score", -0.01, "score", W, _q, value_ok=[0.01], change=True)
G(996, "HUN", "rule_of_law_rank", "rol_rank", 73, "rank", W, _q)
G(996, "HUN", "rule_of_law_score", "rol_score", 0.52, "score", 2023, _q, tier="hard")
G(996, "POL", "rule_of_law_rank", "rol_rank", 32, "rank", W, "Poland climbed four places to 32nd")
G(996, "POL", "rule_of_law_rank_change", "rol_rank", 4, "places", W, "Poland climbed four places to 32nd", change=True)
G(996, "VEN", "rule_of_law_score", "rol_score", 0.26, "score", W, "Venezuela remained last of all 142 with 0.26")
G(996, "VEN", "rule_of_law_rank", "rol_rank", 142, "rank", W, "Venezuela remained last of all 142 with 0.26", tier="hard")
G(996, "KHM", "rule_of_law_score", "rol_score", 0.31, "score", W, "Cambodia (0.31)")
G(996, "AFG", "rule_of_law_score", "rol_score", 0.32, "score", W, "Afghanistan (0.32)")
G(996, "GEO", "rule_of_law_score", "rol_score", 0.59, "score", W, "Georgia and Moldova, both candidates for EU membership, scored 0.59 and 0.55 respectively")
G(996, "MDA", "rule_of_law_score", "rol_score", 0.55, "score", W, "Georgia and Moldova, both candidates for EU membership, scored 0.59 and 0.55 respectively")
I(996, "HUN", 1, "lowest score within the EU (regional rank, no token)")
A(996, "seventh", "weakens for seventh year running", "aggregate", "title: world trend")
A(996, "seventh", "for the seventh consecutive year", "aggregate", "world trend")
A(996, "57", "Scores fell in 57% of the 142 countries", "aggregate", "world share declining")
A(996, "142", "Scores fell in 57% of the 142 countries", "coverage", "countries covered")
A(996, "66", "compared with 66% a year earlier", "aggregate", "world share declining 2023")
A(996, "0", "from 0 to 1", "method", "score scale")
A(996, "1", "from 0 to 1", "method", "score scale")
A(996, "eight", "on eight factors", "method", "index factors")
A(996, "214,000", "more than 214,000 households", "method", "survey size")
A(996, "3,400", "3,400 legal practitioners", "method", "survey size")
A(996, "first", "Denmark kept first place", "duplicate", "repeats the table's rank 1 (gold DNK rank)")
A(996, "142", "ranked 26th out of 142", "coverage", "countries covered")
A(996, "one", "one of the biggest improvements", "phrase", "pronoun use")
A(996, "two", "roughly two-thirds of its countries", "aggregate", "Latin America share")
A(996, "100", "more than 100 million people", "organisation", "WJP media reach")
A(996, "4.4", "4.4 billion people live in countries", "aggregate", "world population affected")


def main():
    with open(ROOT / "gold.jsonl", "w", encoding="utf-8") as f:
        for r in GOLD:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(ROOT / "gold.ignore.jsonl", "w", encoding="utf-8") as f:
        for r in IGNORE:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (ROOT / "tools" / "accounted.json").write_text(json.dumps(ACC, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"build.py: {len(GOLD)} gold ({sum(r['tier'] == 'core' for r in GOLD)} core, "
          f"{sum(r['tier'] == 'hard' for r in GOLD)} hard), {len(IGNORE)} ignore, {len(ACC)} accounted")


if __name__ == "__main__":
    main()
