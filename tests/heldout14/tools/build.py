#!/usr/bin/env python3
"""Hold every heldout14 annotation as data and write the three answer files.

Writes ../gold.jsonl, ../gold.ignore.jsonl and accounted.json (beside this file).
Run `python3 tools/build.py && python3 tools/check.py`.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

A973 = "973_thegridreport-asia-coal-consumption.md"
A974 = "974_savannafarmer-kenya-fertiliser-use.txt"
A975 = "975_learningpost-south-asia-literacy-league.md"
A976 = "976_screenledger-box-office-2023-markets.md"
A977 = "977_meridianhealthwire-dengue-americas-record.txt"
A978 = "978_retailpulse-online-share-retail-sales.md"
A979 = "979_windpowerdesk-global-wind-capacity-ranking.md"
A980 = "980_iberiahealthwire-organ-donation-spain-record.txt"
A981 = "981_plantationsdaily-palm-oil-output-2024.md"
A982 = "982_afrimedwire-world-malaria-report-burden.txt"
A983 = "983_asiahealthobserver-korea-doctor-shortage-oecd.md"
A984 = "984_leafandcup-kenya-tea-output-record.md"

GOLD, IGNORE, ACCOUNTED = [], [], []


def g(article, country, metric, keywords, value, unit, year, quote, tier="core",
      year_ok=(), value_ok=None):
    """One gold record. Negative values get their positive added to value_ok."""
    vok = list(value_ok or [])
    if value < 0 and -value not in vok:
        vok.append(-value)
    rec = {"article": article, "country": country, "metric": metric,
           "keywords": list(keywords), "value": value, "unit": unit, "year": year,
           "year_ok": list(year_ok), "quote": quote, "tier": tier}
    if vok:
        rec["value_ok"] = vok
    GOLD.append(rec)


def ig(article, country, value, note):
    IGNORE.append({"article": article, "country": country, "value": value, "note": note})


def acc(article, token, value, kind, note):
    ACCOUNTED.append({"article": article, "token": token, "value": value, "kind": kind,
                      "note": note})


def sc(x, scale):
    """Fully scaled value, rounded so that 19.34 * 1e6 is 19340000.0."""
    return float(round(x * scale, 6))


M = 1e6
B = 1e9
T = 1e12

# =============================================================== 973 coal (page date 2024-07-23)
a = A973
KW = ["coal", "consum", "burn", "demand"]
KW_CH = ["coal", "consum", "change", "growth", "increase", "decline", "fall", "rise", "cut"]
KW_RK = ["coal", "consum", "rank"]
rows = [(1, "CHN", "China", "91.94", 91.94, "+4.7%", 4.7),
        (2, "IND", "India", "21.98", 21.98, "+9.8%", 9.8),
        (3, "USA", "United States", "8.20", 8.2, "-17.0%", -17.0),
        (4, "IDN", "Indonesia", "5.08", 5.08, "+14.9%", 14.9),
        (5, "JPN", "Japan", "4.62", 4.62, "-7.8%", -7.8),
        (6, "RUS", "Russia", "3.44", 3.44, "+0.5%", 0.5)]
for rk, iso, name, cell, val, chcell, ch in rows:
    row = f"| {rk} | {name} | {cell} | {chcell} |"
    g(a, iso, "coal_consumption_rank", KW_RK, rk, "rank", 2023, row)
    g(a, iso, "coal_consumption", KW, val, "EJ", 2023, row)
    g(a, iso, "coal_consumption_change", KW_CH, ch, "%", 2023, row)
g(a, "CHN", "share_of_world_coal_consumption", ["coal", "share", "consum"], 56, "%", 2023,
  "China alone accounted for 56% of that total.")
g(a, "DEU", "coal_consumption_change", KW_CH, -23, "%", 2023,
  "Germany cut its use by 23% to 1.95 exajoules")
g(a, "DEU", "coal_consumption", KW, 1.95, "EJ", 2023,
  "Germany cut its use by 23% to 1.95 exajoules")
g(a, "KOR", "coal_consumption_rank", KW_RK, 9, "rank", 2023,
  "South Korea slipped to ninth place among consumers.")
g(a, "KOR", "coal_consumption_change", KW_CH, -5.3, "%", 2023,
  "The country reduced its coal burn by 5.3% to 2.93 exajoules", tier="hard")
g(a, "KOR", "coal_consumption", KW, 2.93, "EJ", 2023,
  "The country reduced its coal burn by 5.3% to 2.93 exajoules", tier="hard")
g(a, "VNM", "coal_consumption_rank", KW_RK, 10, "rank", 2023, "Vietnam climbed to 10th")
ig(a, "CHN", 6.2, "Shanxi province consumption growth (sub-national)")
ig(a, "IND", 0.75, "about three-quarters of electricity from coal (fraction word)")
ig(a, "IND", 6, "demand growth of 6% to 7% a year until 2030 (forecast, range end)")
ig(a, "IND", 7, "demand growth of 6% to 7% a year until 2030 (forecast, range end)")
ig(a, "JPN", 3, "use has fallen for three years running (count of years)")
ig(a, "JPN", 1 / 3, "almost a third of its power from coal (fraction word)")
acc(a, "164 exajoules", 164, "aggregate", "world coal consumption 2023")
acc(a, "1.6%", 1.6, "aggregate", "world consumption growth")
acc(a, "753 million tonnes", 753 * M, "company", "Coal India dispatches")
acc(a, "22% less", 22, "aggregate", "European Union consumption fall (regional aggregate)")

# =============================================================== 974 fertiliser (2025-03-12)
a = A974
KW = ["fertili", "nutrient"]
KW_CH = ["fertili", "nutrient", "change", "growth", "rise", "increase"]
g(a, "KEN", "fertiliser_use_per_hectare", KW, 36.4, "kg/ha", 2022,
  "Kenyan growers applied an average of 36.4 kilograms of fertiliser nutrients per hectare of cropland in 2022")
g(a, "KEN", "fertiliser_use_change", KW_CH, 11, "%", 2022,
  "The country's usage rose 11% from 32.8 kg in 2021", tier="hard")
g(a, "KEN", "fertiliser_use_per_hectare", KW, 32.8, "kg/ha", 2021,
  "The country's usage rose 11% from 32.8 kg in 2021", tier="hard")
g(a, "ETH", "fertiliser_use_per_hectare", KW, 29.8, "kg/ha", 2022,
  "Ethiopia, which pushes subsidised blends through its cooperative unions, reached 29.8 kg per hectare")
q = "while Tanzania and Uganda used 14.2 kg and 3.1 kg respectively"
g(a, "TZA", "fertiliser_use_per_hectare", KW, 14.2, "kg/ha", 2022, q)
g(a, "UGA", "fertiliser_use_per_hectare", KW, 3.1, "kg/ha", 2022, q)
q = "Nigerian farmers applied 11.6 kg, down from 16.9 kg in 2020"
g(a, "NGA", "fertiliser_use_per_hectare", KW, 11.6, "kg/ha", 2022, q)
g(a, "NGA", "fertiliser_use_per_hectare", KW, 16.9, "kg/ha", 2020, q)
g(a, "EGY", "fertiliser_use_per_hectare", KW, 376, "kg/ha", 2022,
  "Egypt, where irrigated farming in the Nile valley is among the most intensive anywhere, used 376 kg per hectare.")
q = "China applied 369 kg, India 172 kg and the United States 126 kg"
g(a, "CHN", "fertiliser_use_per_hectare", KW, 369, "kg/ha", 2022, q)
g(a, "IND", "fertiliser_use_per_hectare", KW, 172, "kg/ha", 2022, q)
g(a, "USA", "fertiliser_use_per_hectare", KW, 126, "kg/ha", 2022, q)
g(a, "BRA", "fertiliser_use_per_hectare", KW, 207, "kg/ha", 2022,
  "Brazil, whose soybean boom has made it the largest fertiliser buyer in the world, stood at 207 kg.")
g(a, "KEN", "fertiliser_use_rank_in_sub_saharan_africa", ["fertili", "rank"], 4, "rank", 2022,
  "Kenya ranked fourth among the 48 sub-Saharan countries in the FAO series")
ig(a, "KEN", 90, "Uasin Gishu county, close to 90 kg per hectare (sub-national)")
ig(a, "KEN", 0, "arid north, close to zero (sub-national)")
ig(a, "KEN", 2500, "subsidised bag price, 2,500 shillings (price)")
ig(a, "KEN", 6500, "open-market bag price, 6,500 shillings (price)")
ig(a, "KEN", 45, "ministry expects 45 kg per hectare by 2026 (forecast)")
ig(a, "KEN", 48, "among the 48 sub-Saharan countries (ranking base)")
acc(a, "17 kg", 17, "aggregate", "sub-Saharan Africa average (regional aggregate)")
acc(a, "139 kg", 139, "aggregate", "world average")
acc(a, "50-kilogram", 50, "product", "bag size of subsidised fertiliser")
acc(a, "50 kg per hectare", 50, "aggregate", "Abuja 2006 pledge for Africa as a whole (regional target)")
acc(a, "14%", 14, "company", "Yara East African sales growth")
acc(a, "lime first", 1, "idiom", "'first' as an adverb in a quote")

# =============================================================== 975 literacy (no date at all)
a = A975
KW = ["literacy", "literate"]
KW_RK = ["literacy", "rank"]
lines = [(1, "MDV", "Maldives", "97.9", 2021), (2, "LKA", "Sri Lanka", "92.4", 2022),
         (3, "IND", "India", "76.3", 2022), (4, "BGD", "Bangladesh", "74.9", 2022),
         (5, "NPL", "Nepal", "71.2", 2021), (6, "BTN", "Bhutan", "70.9", 2022),
         (7, "PAK", "Pakistan", "58.0", 2019), (8, "AFG", "Afghanistan", "37.3", 2022)]
for rk, iso, name, cell, yr in lines:
    line = f"{rk}. {name} – {cell}% ({yr})"
    g(a, iso, "adult_literacy_rank_in_south_asia", KW_RK, rk, "rank", yr, line)
    g(a, iso, "adult_literacy_rate", KW, float(cell), "%", yr, line)
g(a, "BGD", "literacy_rate_aged_seven_and_older", KW, 77.9, "%", None,
  "Bangladesh's statistics bureau said the literacy rate for people aged seven and older rose to 77.9% last year")
g(a, "PAK", "literacy_rate_aged_10_and_above", KW, 62.8, "%", 2024,
  "Pakistan's Economic Survey 2023-24 put the rate for those aged 10 and above at 62.8%", year_ok=[2023])
g(a, "NPL", "literacy_rate_change", ["literacy", "change", "gain", "increase", "rise"], 5.3, "pp", 2021,
  "Nepal's census recorded a gain of 5.3 percentage points over the decade to 2021")
q = "In Pakistan, 73% of men can read and write but only 49% of women, a gap of 24 percentage points."
g(a, "PAK", "male_literacy_rate", ["literacy", "male", "men"], 73, "%", None, q)
g(a, "PAK", "female_literacy_rate", ["literacy", "female", "women"], 49, "%", None, q)
g(a, "PAK", "literacy_gender_gap", ["literacy", "gap", "gender"], 24, "pp", None, q)
q = "Indian women have closed part of the distance: female literacy reached 70.3% in 2022, up from 59.3% a decade earlier."
g(a, "IND", "female_literacy_rate", ["literacy", "female", "women"], 70.3, "%", 2022, q)
g(a, "IND", "female_literacy_rate", ["literacy", "female", "women"], 59.3, "%", 2012, q)
g(a, "AFG", "female_literacy_rate", ["literacy", "female", "women"], 23, "%", None,
  "Female literacy there stands at just 23%, the lowest rate in the region", tier="hard")
ig(a, "AFG", 2, "progress made over two decades (count of years)")
ig(a, "IND", 96.2, "Kerala literacy (sub-national)")
ig(a, "IND", 61.8, "Bihar literacy (sub-national)")
ig(a, "PAK", 90, "pledge to reach 90% by 2030 (target)")
ig(a, "PAK", 70, "would reach barely 70% at past pace (projection)")
acc(a, "nearly half", 0.5, "aggregate", "South Asia's share of the world's illiterate adults (regional fraction)")
acc(a, "aged 15 and over", 15, "age_threshold", "UNESCO adult population definition")
acc(a, "aged seven and older", 7, "age_threshold", "Bangladesh survey population")
acc(a, "aged 10 and above", 10, "age_threshold", "Pakistan survey population")
acc(a, "target 4.6", 4.6, "label", "SDG target number")
acc(a, "754 million", 754 * M, "aggregate", "adults worldwide lacking literacy")
acc(a, "two-thirds", 2 / 3, "aggregate", "share of women among illiterate adults worldwide (fraction)")

# =============================================================== 976 box office (2024-01-09)
a = A976
KW = ["box", "ticket", "takings", "receipt", "gross", "revenue", "cinema"]
KW_CH = KW + ["change", "growth", "rise", "increase"]
KW_RK = ["box", "market", "rank", "cinema"]
q = "In the U.S., ticket sales rose 21% to $9.07bn"
g(a, "USA", "box_office_revenue_change", KW_CH, 21, "%", 2023, q)
g(a, "USA", "box_office_revenue", KW, sc(9.07, B), "USD", 2023, q, value_ok=[9.07])
q = "Chinese box office receipts jumped 83% to 54.9 billion yuan ($7.7bn)"
g(a, "CHN", "box_office_revenue_change", KW_CH, 83, "%", 2023, q)
g(a, "CHN", "box_office_revenue", KW, sc(54.9, B), "CNY", 2023, q, value_ok=[54.9])
g(a, "CHN", "domestic_film_share_of_box_office", ["share", "local", "domestic", "box"], 84, "%", 2023,
  "Chinese box office receipts jumped 83% to 54.9 billion yuan ($7.7bn) after three years of pandemic closures, with local titles taking almost 84% of the total.")
q = "Top-grossing markets in 2023, in US dollars, were led by the United States, followed by China and Japan."
g(a, "USA", "box_office_market_rank", KW_RK, 1, "rank", 2023, q, tier="hard")
g(a, "CHN", "box_office_market_rank", KW_RK, 2, "rank", 2023, q, tier="hard")
q = "Japan held on to third place among national markets with ¥221.5 billion"
g(a, "JPN", "box_office_market_rank", KW_RK, 3, "rank", 2023, q)
g(a, "JPN", "box_office_revenue", KW, sc(221.5, B), "JPY", 2023, q, value_ok=[221.5])
g(a, "IND", "box_office_revenue", KW, sc(12226, 1e7), "INR", 2023,
  "India's admissions-driven market earned a record Rs 12,226 crore", value_ok=[12226])
g(a, "IND", "hindi_film_share_of_box_office", ["hindi", "share", "box", "takings"], 44, "%", 2023,
  "Hindi-language films accounted for 44% of Indian takings")
g(a, "FRA", "cinema_admissions", ["admission", "ticket", "cinema", "attendance"], sc(181, M), "count", 2023,
  "France sold 181 million tickets", value_ok=[181])
q = "Germany grossed €934m, with admissions there up 23% on 2022"
g(a, "DEU", "box_office_revenue", KW, sc(934, M), "EUR", 2023, q, value_ok=[934])
g(a, "DEU", "cinema_admissions_change", ["admission", "ticket", "cinema", "attendance", "change"], 23, "%", 2023, q)
g(a, "KOR", "box_office_revenue", KW, sc(1.26, T), "KRW", 2023,
  "Korean box office revenue reached only KRW 1.26 trillion", value_ok=[1.26])
g(a, "KOR", "box_office_market_rank", KW_RK, 8, "rank", 2023,
  "the country slipped to eighth place among the world's markets", tier="hard")
q = "Local films took a 50.3% share, down 4.6 percentage points"
g(a, "KOR", "domestic_film_share_of_box_office", ["share", "local", "domestic", "box"], 50.3, "%", 2023, q, tier="hard")
g(a, "KOR", "domestic_film_share_change", ["share", "local", "domestic", "change", "point"], -4.6, "pp", 2023, q, tier="hard")
q = "Average admissions per person fell to 2.4 last year, from 4.4 in 2019, when Koreans were the most frequent filmgoers on the planet."
g(a, "KOR", "cinema_admissions_per_person", ["admission", "per person", "per capita", "cinema", "filmgo"], 2.4, "per_person", 2023, q, tier="hard")
g(a, "KOR", "cinema_admissions_per_person", ["admission", "per person", "per capita", "cinema", "filmgo"], 4.4, "per_person", 2019, q, tier="hard")
q = "Mexico's takings rose 16% to 17.2 billion pesos"
g(a, "MEX", "box_office_revenue_change", KW_CH, 16, "%", 2023, q)
g(a, "MEX", "box_office_revenue", KW, sc(17.2, B), "MXN", 2023, q, value_ok=[17.2])
g(a, "BRA", "box_office_revenue_change", KW_CH, 15, "%", 2023, "Brazil grew its box office by 15%")
ig(a, "CHN", 7.7e9, "$7.7bn (conversion of the yuan figure)")
ig(a, "CHN", 3, "three years of pandemic closures (count of years)")
ig(a, "CHN", 60e9, "2024 could top 60 billion yuan (forecast)")
ig(a, "CHN", 2.4e9, "Shanghai took CNY 2.4 billion (sub-national)")
ig(a, "KOR", 66, "about 66% of its 2019 level (ratio)")
acc(a, "$33.9bn", 33.9 * B, "aggregate", "worldwide box office 2023")
acc(a, "about 15% short", 15, "aggregate", "world shortfall against pre-pandemic average")
acc(a, "$1.44bn", 1.44 * B, "product", "Barbie worldwide gross")
acc(a, "second-biggest studio", 2, "company", "Warner Bros. studio rank")
acc(a, "£978m", 978 * M, "aggregate", "Britain and Ireland combined (two-country aggregate)")
acc(a, "$31.5bn", 31.5 * B, "aggregate", "Gower Street global forecast for 2024")

# =============================================================== 977 dengue (2024-08-14)
a = A977
KW = ["dengue", "case", "infection"]
KW_D = ["dengue", "death", "fatal", "kill"]
g(a, "BRA", "dengue_cases", KW, sc(6.5, M), "count", 2024,
  "Brazil has registered 6.5 million probable dengue cases so far this year", value_ok=[6.5])
g(a, "BRA", "dengue_cases", KW, sc(1.65, M), "count", 2023,
  "Brazil has registered 6.5 million probable dengue cases so far this year, almost four times the 1.65 million recorded in the whole of last year",
  value_ok=[1.65])
q = "Confirmed deaths have reached 5,041, against 1,179 in 2023"
g(a, "BRA", "dengue_deaths", KW_D, 5041, "count", 2024, q, tier="hard")
g(a, "BRA", "dengue_deaths", KW_D, 1179, "count", 2023, q, tier="hard")
g(a, "BRA", "dengue_incidence", ["dengue", "incidence", "rate"], 3030, "per_100k", 2024,
  "The national incidence rate stands at 3,030 cases per 100,000 inhabitants", tier="hard")
g(a, "BRA", "monthly_dengue_cases", KW, 1e6, "count", 2024,
  "the ministry logged more than a million probable cases in March alone", tier="hard")
g(a, "BRA", "share_of_dengue_cases_in_the_americas", ["share", "dengue", "case"], 80, "%", 2024,
  "Brazil now accounts for more than 80% of the dengue cases reported in the Americas")
q = "Argentina logged 577,000 cases and 419 deaths in the 2023-24 season"
g(a, "ARG", "dengue_cases", KW, 577000, "count", 2024, q, year_ok=[2023])
g(a, "ARG", "dengue_deaths", KW_D, 419, "count", 2024, q, year_ok=[2023])
q = "while Paraguay reported 291,000 suspected cases and Peru 252,000, with 240 deaths"
g(a, "PRY", "dengue_cases", KW, 291000, "count", 2024, q, year_ok=[2023])
g(a, "PER", "dengue_cases", KW, 252000, "count", 2024, q, year_ok=[2023])
g(a, "PER", "dengue_deaths", KW_D, 240, "count", 2024, q, year_ok=[2023])
q = "Colombia and Mexico followed with 231,000 and 41,000 cases respectively."
g(a, "COL", "dengue_cases", KW, 231000, "count", 2024, q)
g(a, "MEX", "dengue_cases", KW, 41000, "count", 2024, q)
q = "health officials in Bangladesh are bracing for a repeat of 2023, when dengue killed 1,705 people and sent 321,179 to hospital"
g(a, "BGD", "dengue_deaths", KW_D, 1705, "count", 2023, q)
g(a, "BGD", "dengue_hospitalisations", ["dengue", "hospital", "admission"], 321179, "count", 2023, q)
g(a, "BGD", "dengue_deaths", KW_D, 129, "count", 2024,
  "So far this year the country has reported 129 deaths.", tier="hard")
ig(a, "BRA", 4, "almost four times last year's total (ratio)")
ig(a, "BRA", 1.6e6, "Minas Gerais 1.6 million cases (sub-national)")
ig(a, "BRA", 9000, "Federal District incidence above 9,000 per 100,000 (sub-national)")
acc(a, "per 100,000", 100000, "rate_base", "incidence base")
acc(a, "10.8 million", 10.8 * M, "aggregate", "cases in the Americas (PAHO, regional)")
acc(a, "aged 10 to 14", 10, "age_threshold", "vaccine eligibility, lower bound")
acc(a, "aged 10 to 14", 14, "age_threshold", "vaccine eligibility, upper bound")
acc(a, "100 million", 100 * M, "company", "World Mosquito Program factory capacity (organisation figure)")
acc(a, "10 million", 10 * M, "aggregate", "reported cases worldwide")

# =============================================================== 978 online retail share (2024-05-06)
a = A978
KW = ["online", "e-commerce", "ecommerce", "share"]
KW_CH = ["online", "e-commerce", "share", "change", "point"]
KW_RK = ["online", "e-commerce", "rank"]
items = [("KOR", "South Korea", "31.4", "+0.9"), ("CHN", "China", "27.6", "+0.4"),
         ("GBR", "United Kingdom", "26.6", "-0.4"), ("NOR", "Norway", "19.5", "+1.1"),
         ("USA", "United States", "15.4", "+0.8")]
for iso, name, sh, ch in items:
    line = f"- {name}: {sh}% ({ch} pp)"
    if iso != "GBR":
        g(a, iso, "online_share_of_retail_sales", KW, float(sh), "%", 2023, line)
    g(a, iso, "online_share_of_retail_sales_change", KW_CH, float(ch), "pp", 2023, line)
g(a, "GBR", "online_share_of_retail_sales", KW, 26.6, "%", 2023, "Britain came third on 26.6%")
g(a, "GBR", "online_retail_share_rank", KW_RK, 3, "rank", 2023, "Britain came third on 26.6%")
g(a, "KOR", "online_retail_share_rank", KW_RK, 1, "rank", 2023,
  "South Korea remains the world's most digital shopping market.", tier="hard", year_ok=[2024])
g(a, "CHN", "online_retail_share_rank", KW_RK, 2, "rank", 2023,
  "China followed closely with 27.6%, official data show", tier="hard")
q = "Chinese online sales of physical goods still grew 8.4% to 13.0 trillion yuan"
g(a, "CHN", "online_retail_sales_growth", ["online", "e-commerce", "sales", "growth", "change"], 8.4, "%", 2023, q)
g(a, "CHN", "online_retail_sales", ["online", "e-commerce", "sales"], sc(13.0, T), "CNY", 2023, q, value_ok=[13.0])
g(a, "USA", "online_retail_sales", ["online", "e-commerce", "sales"], sc(1.12, T), "USD", 2023,
  "The United States, where Amazon alone handles close to 40% of online orders, lagged at 15.4%, with online sales reaching $1.12 trillion.",
  value_ok=[1.12])
q = "Germany ranked 12th out of the 40 markets tracked, with online purchases making up 12.8% of retail turnover"
g(a, "DEU", "online_retail_share_rank", KW_RK, 12, "rank", 2023, q)
g(a, "DEU", "online_share_of_retail_sales", KW, 12.8, "%", 2023, q)
g(a, "FRA", "online_share_of_retail_sales", KW, 12.5, "%", 2023, "while France was just behind at 12.5%")
g(a, "FRA", "online_retail_share_rank", KW_RK, 13, "rank", 2023,
  "Germany ranked 12th out of the 40 markets tracked, with online purchases making up 12.8% of retail turnover, while France was just behind at 12.5%.",
  tier="hard")
g(a, "IDN", "online_share_of_retail_sales", KW, 9.7, "%", 2023,
  "In Indonesia, e-commerce accounted for 9.7% of retail")
g(a, "BRA", "online_share_of_retail_sales", KW, 11.1, "%", 2023, "while Brazil reached 11.1%")
q = "Shoppers in the UAE, where malls remain a major leisure destination, bought 7.7% of their goods online, up from 6.9% a year earlier."
g(a, "ARE", "online_share_of_retail_sales", KW, 7.7, "%", 2023, q)
g(a, "ARE", "online_share_of_retail_sales", KW, 6.9, "%", 2022, q)
g(a, "IND", "online_share_of_retail_sales", KW, 7, "%", 2024, "India's online share remains low at 7%",
  year_ok=[2023])
q = "Japan, often assumed to be a leader, ranked only 17th, with an online share of 9.4%"
g(a, "JPN", "online_retail_share_rank", KW_RK, 17, "rank", 2023, q)
g(a, "JPN", "online_share_of_retail_sales", KW, 9.4, "%", 2023, q)
ig(a, "DEU", 40, "out of the 40 markets tracked (ranking base)")
ig(a, "KOR", 10, "where Korea was ten years ago (count of years)")
ig(a, "IND", 14, "could make up 14% of retail by 2028 (forecast)")
ig(a, "IND", 1 / 3, "Mumbai and Delhi more than a third of orders (sub-national, fraction word)")
acc(a, "close to 40%", 40, "company", "Amazon's share of US online orders")

# =============================================================== 979 wind (2024-04-17)
a = A979
KW = ["wind", "capacity", "installed"]
KW_RK = ["wind", "capacity", "rank"]
KW_ADD = ["wind", "addition", "added", "install", "new"]
KW_ADD_RK = ["wind", "addition", "install", "rank"]
KW_OFF = ["offshore"]
lst = [(1, "CHN", "China", 441), (2, "USA", "United States", 148), (3, "DEU", "Germany", 69),
       (4, "IND", "India", 45), (5, "ESP", "Spain", 31), (6, "GBR", "United Kingdom", 30),
       (7, "BRA", "Brazil", 29), (8, "FRA", "France", 23)]
for rk, iso, name, gw in lst:
    line = f"{rk}. {name} – {gw} GW"
    g(a, iso, "installed_wind_capacity_rank", KW_RK, rk, "rank", 2023, line)
    g(a, iso, "installed_wind_capacity", KW, gw, "GW", 2023, line)
q = "Chinese developers connected 75.9 GW in a single year, followed by the U.S. (6.4 GW) and Brazil (4.8 GW)."
g(a, "CHN", "new_wind_capacity_added", KW_ADD, 75.9, "GW", 2023, q)
g(a, "USA", "new_wind_capacity_added", KW_ADD, 6.4, "GW", 2023, q)
g(a, "BRA", "new_wind_capacity_added", KW_ADD, 4.8, "GW", 2023, q)
g(a, "CHN", "new_wind_installations_rank", KW_ADD_RK, 1, "rank", 2023, q, tier="hard")
g(a, "USA", "new_wind_installations_rank", KW_ADD_RK, 2, "rank", 2023, q, tier="hard")
g(a, "BRA", "new_wind_installations_rank", KW_ADD_RK, 3, "rank", 2023, q, tier="hard")
q = "Germany added 3.6 GW and India 2.8 GW"
g(a, "DEU", "new_wind_capacity_added", KW_ADD, 3.6, "GW", 2023, q)
g(a, "IND", "new_wind_capacity_added", KW_ADD, 2.8, "GW", 2023, q)
g(a, "CHN", "offshore_wind_capacity", KW_OFF, 37.8, "GW", 2024, "China operates 37.8 GW at sea",
  year_ok=[2023])
g(a, "GBR", "offshore_wind_capacity", KW_OFF, 14.7, "GW", 2024,
  "while the UK, the long-time leader, has 14.7 GW", year_ok=[2023])
q = "The Netherlands added 1.9 GW and is now fourth in offshore capacity behind Germany."
g(a, "NLD", "new_offshore_wind_capacity_added", ["offshore", "added", "addition", "install"], 1.9, "GW", 2023, q)
g(a, "NLD", "offshore_wind_capacity_rank", ["offshore", "rank"], 4, "rank", 2024, q, year_ok=[2023])
g(a, "USA", "wind_installations_change", ["wind", "install", "change", "fall", "decline"], -25, "%", 2023,
  "Installations fell 25% as high interest rates and supply-chain delays held back projects", tier="hard")
g(a, "USA", "offshore_wind_capacity", KW_OFF, 42, "MW", 2023,
  "offshore wind remained tiny at just 42 megawatts across a pair of pilot farms", tier="hard")
ig(a, "CHN", 2, "headline: more than Europe has in two decades (count of years)")
for iso in ("GBR", "ESP", "SWE"):
    ig(a, iso, 1, "each installed between one and two gigawatts (range end)")
    ig(a, iso, 2, "each installed between one and two gigawatts (range end)")
ig(a, "BRA", 2, "climbed two places (rank movement)")
ig(a, "BRA", 5, "a fifth straight year of auctions (count of years)")
ig(a, "BRA", 0.5, "Bahia and Rio Grande do Norte host more than half of the fleet (sub-national, fraction)")
ig(a, "CHN", 0.5, "more than half the global offshore total (fraction word)")
ig(a, "IND", 10, "tendered 10 GW of offshore sites (plan, not installed capacity)")
ig(a, "IND", 30, "wants 30 GW of offshore wind by 2030 (target)")
acc(a, "one terawatt", 1, "aggregate", "world wind fleet passed one terawatt")
acc(a, "117 gigawatts", 117, "aggregate", "world additions 2023")
acc(a, "half as much again", 0.5, "aggregate", "world additions growth (fraction word)")
acc(a, "one notable change", 1, "idiom", "'one' as determiner")
acc(a, "320 gigawatts", 320, "aggregate", "world installation need per year (target)")
acc(a, "three times", 3, "aggregate", "ratio of needed to actual world additions")
acc(a, "16.9 GW", 16.9, "company", "Vestas order intake")
acc(a, "fourth quarter", 4, "company", "Vestas returned to profit in Q4")
acc(a, "six of the top ten", 6, "company", "Chinese manufacturers in turbine supplier league")
acc(a, "six of the top ten", 10, "company", "top-ten turbine supplier league (threshold)")

# =============================================================== 980 organ donation (2024-02-22)
a = A980
KW = ["donor", "donation", "organ"]
KW_RK = ["donor", "donation", "rank"]
g(a, "ESP", "deceased_organ_donors_per_million", KW, 49.4, "per_million", 2023,
  "Spain recorded 49.4 deceased organ donors per million population last year")
g(a, "ESP", "organ_donation_rank", KW_RK, 1, "rank", 2023,
  "Spain recorded 49.4 deceased organ donors per million population last year, a national record that keeps the country in first place in the world")
q = "The ONT counted 2,346 deceased donors in 2023, up 9% on 2022, and a total of 5,861 transplants."
g(a, "ESP", "deceased_organ_donors", KW, 2346, "count", 2023, q, tier="hard")
g(a, "ESP", "deceased_organ_donors_change", KW + ["change", "increase", "growth"], 9, "%", 2023, q, tier="hard")
g(a, "ESP", "organ_transplants", ["transplant"], 5861, "count", 2023, q, tier="hard")
q = "The United States is in second place with 48.0 donors per million, after an increase of 8.5%."
g(a, "USA", "deceased_organ_donors_per_million", KW, 48.0, "per_million", 2023, q, year_ok=[2024])
g(a, "USA", "organ_donation_rank", KW_RK, 2, "rank", 2023, q, year_ok=[2024])
g(a, "USA", "deceased_organ_donation_change", KW + ["change", "increase", "growth"], 8.5, "%", 2023, q)
g(a, "USA", "organ_transplants", ["transplant"], 46000, "count", 2023,
  "American transplant centres performed more than 46,000 transplants")
q = "Portugal ranked third with 33.6 donors per million, ahead of France on 27.9, Belgium on 27.4 and Croatia on 26.9."
g(a, "PRT", "organ_donation_rank", KW_RK, 3, "rank", 2023, q)
for iso, v in (("PRT", 33.6), ("FRA", 27.9), ("BEL", 27.4), ("HRV", 26.9)):
    g(a, iso, "deceased_organ_donors_per_million", KW, v, "per_million", 2023, q)
g(a, "ITA", "deceased_organ_donors_per_million", KW, 28.2, "per_million", 2023,
  "Italy reached 28.2, a level not seen since the early 2000s")
g(a, "DEU", "deceased_organ_donors_per_million", KW, 11.4, "per_million", 2023,
  "Germany remained near the bottom of the European league at 11.4")
q = "The UK reached 21.7 donors per million, down 0.8 from 2022"
g(a, "GBR", "deceased_organ_donors_per_million", KW, 21.7, "per_million", 2023, q)
g(a, "GBR", "deceased_organ_donors_per_million_change", KW + ["change", "decline", "fall"], -0.8, "per_million", 2023, q)
g(a, "BRA", "deceased_organ_donors_per_million", KW, 19.9, "per_million", 2023,
  "Brazil remains the largest public transplant system in Latin America but managed only 19.9 donors per million")
g(a, "ARG", "deceased_organ_donors_per_million", KW, 19.4, "per_million", 2023,
  "Argentina, which adopted an opt-out law in 2018, stood at 19.4.")
g(a, "KOR", "deceased_organ_donors_per_million", KW, 8.9, "per_million", 2023,
  "South Korea recorded 8.9 donors per million")
g(a, "JPN", "deceased_organ_donors_per_million", KW, 1.0, "per_million", 2023,
  "Japan, where cultural resistance to brain-death donation runs deep, was at just 1.0")
g(a, "JPN", "transplant_waiting_list", ["waiting", "transplant"], 16000, "count", 2024,
  "The country's waiting list exceeds 16,000 patients.", tier="hard", year_ok=[2023])
g(a, "ESP", "average_age_of_organ_donors", ["age", "donor"], 60, "years", 2024,
  "The average age of Spanish donors is already above 60", year_ok=[2023])
ig(a, "ESP", 0.5, "almost half of donations after circulatory death (fraction word)")
ig(a, "GBR", 4, "its four nations (count)")
ig(a, "GBR", 1250, "England deceased donors (sub-national)")
ig(a, "ESP", 55, "raise the rate to 55 per million by 2026 (target)")
ig(a, "ESP", 0.25, "a quarter of donors over 70 (fraction word)")
acc(a, "per million", 1e6, "rate_base", "donors per million population")
acc(a, "over 70", 70, "age_threshold", "donor age band")
acc(a, "fewer than 10%", 10, "aggregate", "worldwide share of transplant needs met")
acc(a, "for the first time", 1, "idiom", "'first time' (not a rank)")
acc(a, "receive one", 1, "idiom", "'one' as pronoun")

# =============================================================== 981 palm oil (2025-01-15)
a = A981
KW = ["palm", "production", "output", "produc"]
KW_CH = ["palm", "production", "output", "change", "growth", "decline", "fall", "rise"]
q = "Malaysia produced 19.34 million tonnes of crude palm oil in 2024, the Malaysian Palm Oil Board said, up 4.3% from 18.55 million tonnes a year earlier"
g(a, "MYS", "palm_oil_production", KW, sc(19.34, M), "tonnes", 2024, "Malaysia produced 19.34 million tonnes of crude palm oil in 2024", value_ok=[19.34])
g(a, "MYS", "palm_oil_production_change", KW_CH, 4.3, "%", 2024, q)
g(a, "MYS", "palm_oil_production", KW, sc(18.55, M), "tonnes", 2023, q, value_ok=[18.55])
g(a, "MYS", "fresh_fruit_bunch_yield", ["yield"], 15.9, "t/ha", 2024,
  "But the country's average yield of fresh fruit bunches remained stuck near 15.9 tonnes per hectare", tier="hard")
q = "output of crude palm oil fell to 48.16 million tonnes, down 3.8%"
g(a, "IDN", "palm_oil_production", KW, sc(48.16, M), "tonnes", 2024, q, tier="hard", value_ok=[48.16])
g(a, "IDN", "palm_oil_production_change", KW_CH, -3.8, "%", 2024, q, tier="hard")
table = [("IDN", "Indonesia", "47.0", "47.5"), ("MYS", "Malaysia", "18.6", "19.0"),
         ("THA", "Thailand", "3.5", "3.3"), ("COL", "Colombia", "1.9", "2.0"),
         ("NGA", "Nigeria", "1.4", "1.5")]
for iso, name, v23, v24 in table:
    row = f"| {name} | {v23} | {v24} |"
    g(a, iso, "palm_oil_production", KW, sc(float(v23), M), "tonnes", 2023, row,
      year_ok=[2022], value_ok=[float(v23)])
    g(a, iso, "palm_oil_production", KW, sc(float(v24), M), "tonnes", 2024, row,
      year_ok=[2023], value_ok=[float(v24)])
g(a, "THA", "palm_oil_producer_rank", ["palm", "produc", "rank"], 3, "rank", 2025,
  "Thailand, the third-largest producer, suffered the sharpest drop among major growers", year_ok=[2024])
g(a, "MYS", "share_of_oil_palms_older_than_20_years", ["palm", "older", "ageing", "share"], 40, "%", 2025,
  "About 40% of Malaysian oil palms are older than 20 years", year_ok=[2024])
g(a, "IDN", "biodiesel_blend_mandate", ["biodiesel", "blend"], 35, "%", 2023,
  "Indonesia raised its mandatory biodiesel blend to 35% in 2023")
g(a, "IDN", "domestic_palm_oil_consumption", ["consum", "domestic", "palm"], sc(23.8, M), "tonnes", 2024,
  "Domestic consumption reached 23.8 million tonnes in 2024, the association estimates.", tier="hard",
  value_ok=[23.8])
ig(a, "IDN", 17, "Riau province share of national harvest (sub-national)")
ig(a, "MYS", 5.1e6, "photo caption: Sabah produced 5.1 million tonnes (sub-national)")
ig(a, "MYS", 20, "20 tonnes per hectare the board considers achievable (benchmark/target)")
ig(a, "IDN", 40, "plans to move to a 40% blend this year (target)")
ig(a, "IDN", 2e6, "blend will absorb around 2 million tonnes more (forecast)")
ig(a, "IDN", 49.5e6, "GAPKI expects 49.5 million tonnes in 2025 (forecast)")
ig(a, "MYS", 19.5e6, "board forecasts 19.5 million tonnes (forecast)")
ig(a, "MYS", 4180, "futures averaged 4,180 ringgit a tonne (price)")
acc(a, "two biggest growers", 2, "aggregate", "top-two producers (threshold)")
acc(a, "8.7 million tonnes", 8.7 * M, "company", "SD Guthrie fresh fruit bunch output")
acc(a, "older than 20 years", 20, "age_threshold", "age band of oil palms")

# =============================================================== 982 malaria (dateline Dec. 11, no year)
a = A982
KW_SH = ["share", "case", "malaria"]
KW_SHD = ["share", "death", "malaria"]
KW_RK = ["malaria", "rank", "burden"]
q = "Nigeria and the Democratic Republic of the Congo accounted for 26% and 13% of global cases, respectively, followed by Uganda (5%) and Ethiopia (4%)."
for rk, iso, v in ((1, "NGA", 26), (2, "COD", 13), (3, "UGA", 5), (4, "ETH", 4)):
    g(a, iso, "share_of_global_malaria_cases", KW_SH, v, "%", 2023, q)
    g(a, iso, "malaria_burden_rank", KW_RK, rk, "rank", 2023, q, tier="hard")
q = "For deaths, the shares were 31% for Nigeria, 12% for DR Congo and 4% for Niger."
for iso, v in (("NGA", 31), ("COD", 12), ("NER", 4)):
    g(a, iso, "share_of_global_malaria_deaths", KW_SHD, v, "%", 2023, q)
q = "Nigeria's toll remains staggering: the report estimates about 68 million cases and 184,800 deaths in 2023."
g(a, "NGA", "malaria_cases", ["malaria", "case"], sc(68, M), "count", 2023, q, value_ok=[68])
g(a, "NGA", "malaria_deaths", ["malaria", "death"], 184800, "count", 2023, q)
g(a, "NGA", "malaria_incidence", ["malaria", "incidence"], 296, "per_1000", 2023,
  "The country's incidence was 296 cases per 1,000 population at risk", tier="hard")
q = "reported cases there rose to 4.1 million in 2023 from 1.8 million in 2022"
g(a, "ETH", "malaria_cases", ["malaria", "case"], sc(4.1, M), "count", 2023, q, tier="hard", value_ok=[4.1])
g(a, "ETH", "malaria_cases", ["malaria", "case"], sc(1.8, M), "count", 2022, q, tier="hard", value_ok=[1.8])
g(a, "RWA", "malaria_cases_change", ["malaria", "case", "change", "decline", "cut"], -70, "%", 2023,
  "Rwanda has cut its cases by roughly 70% since 2016", year_ok=[2024])
q = "In Asia, India accounted for about half of all cases in the WHO South-East Asia region, but its estimated burden fell to 2 million cases in 2023, a 69% decline since 2017."
g(a, "IND", "malaria_cases", ["malaria", "case"], sc(2, M), "count", 2023, q, value_ok=[2])
g(a, "IND", "malaria_cases_change", ["malaria", "case", "change", "decline"], -69, "%", 2023, q)
g(a, "PNG", "malaria_cases", ["malaria", "case"], sc(1.7, M), "count", 2023,
  "Papua New Guinea has the highest incidence, with an estimated 1.7 million cases in 2023", value_ok=[1.7])
g(a, "PAK", "malaria_cases", ["malaria", "case"], sc(2.1, M), "count", 2023,
  "Pakistan's cases jumped to 2.1 million in 2023", value_ok=[2.1])
ig(a, "EGY", 44, "the 44th country to be certified malaria-free (order of certification, not a ranking)")
ig(a, "IND", 0.5, "about half of all cases in the South-East Asia region (fraction word)")
ig(a, "NGA", 0.2, "Kano and Katsina more than a fifth of national cases (sub-national, fraction word)")
ig(a, "CMR", 1, "the first to start routine vaccine use (lone superlative)")
acc(a, "263 million", 263 * M, "aggregate", "world cases 2023")
acc(a, "597,000", 597000, "aggregate", "world deaths 2023")
acc(a, "about 94%", 94, "aggregate", "Africa's share of cases (regional)")
acc(a, "95% of deaths", 95, "aggregate", "Africa's share of deaths (regional)")
acc(a, "Four countries", 4, "aggregate", "four countries carried over half of deaths (top-N)")
acc(a, "just over half", 0.5, "aggregate", "share of world deaths in four countries (fraction)")
acc(a, "per 1,000", 1000, "rate_base", "incidence base")
acc(a, "one of the highest", 1, "idiom", "'one of'")
acc(a, "$4 billion", 4 * B, "aggregate", "world malaria funding 2023")
acc(a, "$8.3 billion", 8.3 * B, "aggregate", "world funding need per year")
acc(a, "less than half", 0.5, "aggregate", "funding as fraction of need (world)")
acc(a, "Eight African countries", 8, "aggregate", "countries rolling out vaccines (regional count)")

# =============================================================== 983 doctors (2024-09-10)
a = A983
KW_DOC = ["doctor", "physician"]
KW_GRAD = ["graduate", "medical"]
table = [("AUT", "Austria", "5.4", "14.6"), ("DEU", "Germany", "4.5", "12.1"),
         ("GBR", "United Kingdom", "3.2", "13.3"), ("USA", "United States", "2.7", "7.8"),
         ("JPN", "Japan", "2.6", "7.2"), ("KOR", "Korea", "2.6", "7.3"),
         ("MEX", "Mexico", "2.5", "13.0"), ("TUR", "Türkiye", "2.2", "14.1")]
for iso, name, doc, grad in table:
    row = f"| {name} | {doc} | {grad} |"
    g(a, iso, "practising_doctors_per_1000_people", KW_DOC, float(doc), "per_1000", 2022, row)
    g(a, iso, "medical_graduates_per_100k_people", KW_GRAD, float(grad), "per_100k", 2022, row)
g(a, "KOR", "doctors_per_capita_rank", ["doctor", "physician", "rank"], 35, "rank", 2022,
  "On the 2022 figures, Korea ranked joint 35th among the 38 member states for practising doctors")
KW_Q = ["quota", "medical school", "admission", "places", "intake"]
g(a, "KOR", "medical_school_admission_quota", KW_Q, 3058, "count", 2024,
  "the annual medical school quota, which had been frozen at 3,058 since 2006", tier="hard", year_ok=[2023])
g(a, "KOR", "trainee_doctors_on_strike", ["trainee", "doctor", "strike", "walk"], 12000, "count", 2024,
  "About 12,000 trainee doctors walked off the job in protest.", tier="hard")
q = "the final figure for 2025 is 4,567 places, an increase of 1,509"
g(a, "KOR", "medical_school_admission_quota", KW_Q, 4567, "count", 2025, q, tier="hard")
g(a, "KOR", "medical_school_quota_increase", KW_Q + ["increase"], 1509, "count", 2025, q, tier="hard")
g(a, "KOR", "doctor_consultations_per_person", ["consultation", "visit", "doctor"], 15.7, "per_person", 2024,
  "Koreans see a doctor 15.7 times a year", year_ok=[2023])
g(a, "JPN", "medical_school_intake", KW_Q, 9403, "count", 2024,
  "Tokyo raised its medical school intake to a record 9,403 places in 2024", tier="hard")
ig(a, "KOR", 7, "seven months into the walkout (duration)")
ig(a, "KOR", 38, "among the 38 member states (ranking base)")
ig(a, "KOR", 10000, "short of 10,000 physicians by 2035 (forecast)")
ig(a, "KOR", 3.7, "Seoul doctors per 1,000 (sub-national)")
ig(a, "KOR", 1.4, "North Gyeongsang doctors per 1,000 (sub-national)")
ig(a, "KOR", 2000, "announced plan to add 2,000 places, later scaled back (plan)")
ig(a, "KOR", 1, "more consultations than any other OECD population (lone superlative)")
ig(a, "USA", 86000, "AAMC projects shortage of up to 86,000 by 2036 (forecast)")
acc(a, "per 1,000", 1000, "rate_base", "doctors per 1,000 people")
acc(a, "per 100,000", 100000, "rate_base", "graduates per 100,000 people")
acc(a, "| OECD average | 3.7 | 14.3 |", 3.7, "aggregate", "OECD average doctors per 1,000")
acc(a, "| OECD average | 3.7 | 14.3 |", 14.3, "aggregate", "OECD average graduates per 100,000")

# =============================================================== 984 tea (2025-02-18)
a = A984
KW = ["tea", "production", "output", "harvest", "produc", "crop"]
KW_CH = ["tea", "production", "output", "harvest", "change", "growth", "decline", "fall", "rise"]
KW_RK = ["tea", "produc", "rank"]
g(a, "KEN", "tea_production", KW, sc(598.2, M), "kg", 2024,
  "Kenya produced a record 598.2 million kilograms of made tea last year", value_ok=[598.2])
q = "Output was up 4.9% from 570.4 million kg in 2023."
g(a, "KEN", "tea_production_change", KW_CH, 4.9, "%", 2024, q, tier="hard")
g(a, "KEN", "tea_production", KW, sc(570.4, M), "kg", 2023, q, tier="hard", value_ok=[570.4])
q = "The country remains the world's third-largest producer and the biggest supplier of black tea for blending, with about 650,000 smallholder farmers growing the crop."
g(a, "KEN", "tea_producer_rank", KW_RK, 3, "rank", 2025, q, tier="hard", year_ok=[2024])
g(a, "KEN", "smallholder_tea_farmers", ["smallholder", "farmer", "grower"], 650000, "count", 2025, q,
  tier="hard", year_ok=[2024])
g(a, "IND", "tea_producer_rank", KW_RK, 2, "rank", 2025,
  "India, the second-largest producer after China, had a difficult year.", year_ok=[2024])
g(a, "CHN", "tea_producer_rank", KW_RK, 1, "rank", 2025,
  "China, by far the largest grower, harvested 3.55 million tonnes in 2024", tier="hard", year_ok=[2024])
q = "cut Indian production by 7.8% to 1,284 million kg"
g(a, "IND", "tea_production_change", KW_CH, -7.8, "%", 2024, q)
g(a, "IND", "tea_production", KW, sc(1284, M), "kg", 2024, q, value_ok=[1284])
q = "Sri Lanka's harvest rose 2.2% to 261.4 million kg"
g(a, "LKA", "tea_production_change", KW_CH, 2.2, "%", 2024, q)
g(a, "LKA", "tea_production", KW, sc(261.4, M), "kg", 2024, q, value_ok=[261.4])
g(a, "CHN", "tea_production", KW, sc(3.55, M), "tonnes", 2024,
  "China, by far the largest grower, harvested 3.55 million tonnes in 2024", value_ok=[3.55])
g(a, "TUR", "tea_production", KW, 283000, "tonnes", 2024,
  "Türkiye, which consumes more tea per person than any other country, produced 283,000 tonnes")
q = "Vietnam, the world's sixth-largest producer, harvested about 190,000 tonnes"
g(a, "VNM", "tea_producer_rank", KW_RK, 6, "rank", 2025, q, year_ok=[2024])
g(a, "VNM", "tea_production", KW, 190000, "tonnes", 2024, q)
g(a, "IDN", "tea_production", KW, 124000, "tonnes", 2024, "Indonesia's output slipped to 124,000 tonnes")
ig(a, "KEN", 2, "a second consecutive season (count of years)")
ig(a, "IND", 5, "the first annual fall in five years (count of years)")
ig(a, "IND", 60e6, "Assam alone lost close to 60 million kg (sub-national)")
ig(a, "LKA", 40e6, "about 40 million kg short of the old level (difference)")
ig(a, "LKA", 300e6, "300 million kg regularly produced a decade ago (vague historical level)")
ig(a, "KEN", 2.31, "Mombasa auction average $2.31 per kg in 2024 (price)")
ig(a, "KEN", 2.46, "Mombasa auction average $2.46 the previous year (price)")
ig(a, "KEN", 610e6, "board expects around 610 million kg this year (forecast)")
ig(a, "IDN", 3, "its lowest in three decades (count of years)")
ig(a, "LKA", 20, "Related headline: eyes 20% jump (furniture, forecast)")
ig(a, "IND", 15, "Related headline: 15-year low in Assam (furniture, count of years)")
ig(a, "RWA", 0.75, "Related headline: three-quarters of Rwanda's tea (furniture, fraction word)")
acc(a, "the first annual fall", 1, "idiom", "'first' (not a rank)")
acc(a, "first-flush", 1, "label", "tea harvest name")
acc(a, "a hollow one", 1, "idiom", "'one' as pronoun")


def main():
    with open(ROOT / "gold.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(json.dumps(r) for r in GOLD) + "\n")
    with open(ROOT / "gold.ignore.jsonl", "w", encoding="utf-8") as f:
        f.write("\n".join(json.dumps(r) for r in IGNORE) + "\n")
    with open(ROOT / "tools" / "accounted.json", "w", encoding="utf-8") as f:
        json.dump(ACCOUNTED, f, indent=1)
        f.write("\n")
    print(f"build.py: {len(GOLD)} gold ({sum(r['tier'] == 'core' for r in GOLD)} core, "
          f"{sum(r['tier'] == 'hard' for r in GOLD)} hard), {len(IGNORE)} ignore, "
          f"{len(ACCOUNTED)} accounted")


if __name__ == "__main__":
    main()
