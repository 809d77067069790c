#!/usr/bin/env python3
"""Build the gold files of the heldout18 evaluation set from the data below.

Writes (relative to the set root, the parent of tools/):
  gold.jsonl          one record per (article, country, metric, value)
  gold.ignore.jsonl   statements that may be extracted or not
  tools/accounted.json  number tokens that are in neither file, with the reason

All annotations live in this file as data. Run:  python3 tools/build.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")

ARTICLES = {}
for _name in sorted(os.listdir(CORPUS)):
    ARTICLES[_name.split("_", 1)[0]] = _name


def art(num):
    return ARTICLES[str(num)]


# metric id -> (keywords, default unit)
METRICS = {
    # 1021
    "home_ownership_rate": (["ownership", "owner", "homeownership"], "%"),
    "mortgage_share": (["mortgage", "loan", "owner"], "%"),
    "overcrowding_rate": (["overcrowding", "overcrowded", "crowding"], "%"),
    "overcrowding_rate_rank": (["overcrowding", "overcrowded", "crowding"], "rank"),
    # 1022
    "smoking_rate": (["smoking", "smoke", "smokers"], "%"),
    "smokers": (["smokers", "smoking", "smoke"], "count"),
    "vaping_rate": (["vaping", "vape", "vapers"], "%"),
    "cigarette_pack_price": (["price", "pack", "cigarette"], None),
    "cigarette_pack_price_change": (["price", "pack", "cigarette"], None),
    "daily_smoking_rate": (["smoking", "smoke", "smokers"], "%"),
    "daily_smoking_rate_change_pp": (["smoking", "smoke", "smokers"], "pp"),
    # 1023
    "road_deaths_per_million": (["deaths", "fatalities", "road"], "per_million"),
    "road_deaths": (["deaths", "fatalities", "road"], "count"),
    "road_deaths_change_since_2019": (["deaths", "fatalities", "road"], "%"),
    # 1024
    "rice_exports": (["exports", "export", "rice"], "tonnes"),
    "rice_exports_change": (["exports", "export", "rice"], "%"),
    "rice_export_value": (["exports", "export", "earnings"], "USD"),
    "rice_exports_rank": (["exports", "export", "exporter"], "rank"),
    "rice_imports": (["imports", "import", "buyers"], "tonnes"),
    # 1025
    "olympic_gold_medals": (["gold", "golds", "medals"], "count"),
    "olympic_medals_total": (["medals", "medal", "total"], "count"),
    "olympic_medal_table_rank": (["medal", "table", "gold"], "rank"),
    "olympic_medals_total_rank": (["medals", "medal", "total"], "rank"),
    # 1026
    "cinema_admissions": (["admissions", "tickets", "cinema"], "count"),
    "cinema_admissions_change": (["admissions", "tickets", "cinema"], "%"),
    "cinema_admissions_rank": (["admissions", "tickets", "cinema"], "rank"),
    "domestic_film_share": (["domestic", "national", "film"], "%"),
    "cinema_visits_per_capita": (["visits", "admissions", "cinema"], "per_capita"),
    # 1027
    "car_exports": (["exports", "export", "vehicles"], "count"),
    "car_exports_change": (["exports", "export", "vehicles"], "%"),
    "car_exports_rank": (["exports", "export", "exporter"], "rank"),
    "car_export_value": (["exports", "export", "value"], "USD"),
    "car_export_value_change": (["exports", "export", "value"], "%"),
    # 1028
    "primary_forest_loss": (["forest", "loss", "deforestation"], "hectares"),
    "primary_forest_loss_change": (["forest", "loss", "deforestation"], "%"),
    "primary_forest_loss_rank": (["forest", "loss", "deforestation"], "rank"),
    # 1029
    "annual_hours_worked": (["hours", "worked", "working"], "hours"),
    "annual_hours_worked_rank": (["hours", "worked", "working"], "rank"),
    "long_hours_share": (["hours", "long", "employees"], "%"),
    # 1030
    "household_saving_rate": (["saving", "savings", "save"], "%"),
    "household_saving_rate_change_pp": (["saving", "savings", "save"], "pp"),
    "household_debt_to_income": (["debt", "household", "income"], "%"),
    # 1031
    "total_fertility_rate": (["fertility", "birth", "tfr"], "children_per_woman"),
    "total_fertility_rate_q4": (["fertility", "birth", "quarter"], "children_per_woman"),
    "births": (["births", "born", "babies"], "count"),
    "births_change": (["births", "born", "babies"], "%"),
    "natural_population_change": (["population", "natural", "decline"], "count"),
    # 1032
    "wine_production": (["wine", "production", "output"], "hectolitres"),
    "wine_production_change": (["wine", "production", "output"], "%"),
    "wine_production_rank": (["wine", "production", "producer"], "rank"),
}

GOLD = []
IGNORE = []
ACCOUNTED = []


def num(x):
    """Round away float noise; ints stay ints."""
    x = round(float(x), 6)
    return int(x) if x == int(x) else x


def G(a, country, metric, value, year, quote, unit=None, year_ok=(), value_ok=None):
    kw, default_unit = METRICS[metric]
    rec = {
        "article": art(a),
        "country": country,
        "metric": metric,
        "keywords": list(kw),
        "value": num(value),
    }
    if value_ok is None and value < 0:
        value_ok = [abs(value)]
    if value_ok is not None:
        rec["value_ok"] = [num(v) for v in value_ok]
    rec["unit"] = unit or default_unit
    rec["year"] = year
    rec["year_ok"] = list(year_ok)
    rec["quote"] = quote
    rec["tier"] = "core"
    GOLD.append(rec)


def I(a, country, value, note):
    IGNORE.append({"article": art(a), "country": country, "value": num(value), "note": note})


def A(a, token, kind, note, context=None):
    rec = {"article": art(a), "token": token, "kind": kind, "note": note}
    if context is not None:
        rec["context"] = context
    ACCOUNTED.append(rec)


M = 1_000_000
BN = 1_000_000_000

# ---------------------------------------------------------------- 1021 home ownership (2025-01-14)
q = "In Romania, 95.6% of the population lived in an owner-occupied dwelling in 2023, ahead of Slovakia (93.6) and Croatia (90.5)."
G(1021, "ROU", "home_ownership_rate", 95.6, 2023, q)
G(1021, "SVK", "home_ownership_rate", 93.6, 2023, q)
G(1021, "HRV", "home_ownership_rate", 90.5, 2023, q)
q = "Germany recorded an ownership rate of 47.6%, followed by Austria with 51.4%."
G(1021, "DEU", "home_ownership_rate", 47.6, 2023, q)
G(1021, "AUT", "home_ownership_rate", 51.4, 2023, q)
q = "In the Netherlands and Sweden, 60.1% and 52.3% of the population respectively lived in a home with an outstanding loan"
G(1021, "NLD", "mortgage_share", 60.1, 2023, q)
G(1021, "SWE", "mortgage_share", 52.3, 2023, q)
q = "Some 40.5% of Romanians lived in an overcrowded household in 2023, second only to Latvia at 41.1%"
G(1021, "ROU", "overcrowding_rate", 40.5, 2023, q)
G(1021, "LVA", "overcrowding_rate", 41.1, 2023, q)
G(1021, "ROU", "overcrowding_rate_rank", 2, 2023, q)

I(1021, "ROU", 1, "less than 1% live in a home with a mortgage (upper bound only)")
I(1021, "CYP", 5, "overcrowding rate below 5% (upper bound only)")
I(1021, "MLT", 5, "overcrowding rate below 5% (upper bound only)")
I(1021, "IRL", 5, "overcrowding rate below 5% (upper bound only)")
I(1021, "DEU", 6.1, "asking rents in Germany's seven largest cities rose 6.1% in 2024 (sub-national, portal data)")
I(1021, "DEU", 545000, "Vonovia, the country's biggest landlord, about 545,000 flats (company figure)")
I(1021, "DEU", 4, "Vonovia expects rents to rise around 4% a year (company forecast)")
I(1021, "DEU", 15.9, "Berlin: 15.9% of households own their home (sub-national)")

A(1021, "14", "date", "dateline day", "BRUSSELS, Jan 14")
A(1021, "2023", "date", "data year of a rank statement with no figure", "in the European Union in 2023, while")
A(1021, "69.2", "aggregate", "EU-wide ownership rate")
A(1021, "69.1", "aggregate", "EU-wide ownership rate a year earlier")
A(1021, "1990", "date", "decade ('1990s')", "1990s")
A(1021, "one", "phrase", "'one of the highest'", "one of the highest overcrowding")
A(1021, "16.8", "aggregate", "EU average overcrowding rate")
A(1021, "seven", "count", "number of cities in a sub-national figure", "seven largest cities")
A(1021, "2024", "date", "year of the sub-national rent figure", "rose 6.1% in 2024")
A(1021, "2024", "date", "next publication", "publish 2024 figures")
A(1021, "24", "name", "part of a company name", "ImmoScout24")

# ---------------------------------------------------------------- 1022 UK smoking (2024-11-06)
G(1022, "GBR", "smoking_rate", 11.9, 2023,
  "The proportion of adults in the UK who smoke cigarettes fell to 11.9% last year")
G(1022, "GBR", "smokers", 6.0 * M, 2023, "The ONS said about 6.0 million adults smoked in 2023.")
G(1022, "GBR", "vaping_rate", 9.8, 2023,
  "Daily or occasional vaping, by contrast, rose to 9.8% of people aged 16 and over.")
q = "A typical pack of 20 cigarettes now costs about £16 in the UK, roughly 80p more than a year ago, compared with about €12 in France."
G(1022, "GBR", "cigarette_pack_price", 16, 2024, q, unit="GBP")
G(1022, "GBR", "cigarette_pack_price_change", 0.8, 2024, q, unit="GBP", value_ok=[80])
G(1022, "FRA", "cigarette_pack_price", 12, 2024, q, unit="EUR")
q = "In France, 23.1% of adults aged 18 to 75 smoked daily in 2023, 1.4 percentage points less than a year earlier"
G(1022, "FRA", "daily_smoking_rate", 23.1, 2023, q)
G(1022, "FRA", "daily_smoking_rate_change_pp", -1.4, 2023, q)
G(1022, "SWE", "daily_smoking_rate", 5.4, 2023, "Sweden reported a daily smoking rate of just 5.4% in 2023")
G(1022, "AUS", "daily_smoking_rate", 8.3, 2023,
  "Australia, which introduced plain packaging in 2012, had a daily smoking rate of 8.3% in 2022-23",
  year_ok=[2022])
G(1022, "JPN", "smoking_rate", 14.8, 2022,
  "Japan's health ministry put the share of adults who smoke at 14.8% in 2022")

I(1022, "GBR", 11.2, "Scotland 11.2% (home nation)")
I(1022, "GBR", 13.0, "Northern Ireland 13.0% (home nation)")
I(1022, "GBR", 11.6, "England 11.6% (home nation)")
I(1022, "GBR", 12.5, "Wales 12.5% (home nation)")
I(1022, "GBR", 8, "Imperial Brands UK tobacco volumes down about 8% (company figure)")
I(1022, "GBR", 5, "smoke-free defined as a smoking rate of 5% or less (target)")

A(1022, "11.9", "repeat", "headline repeat of the UK smoking rate", "record low of 11.9%")
A(1022, "four", "count", "the four UK nations", "four nations")
A(1022, "16", "age", "age band", "aged 16 and over")
A(1022, "16", "age", "age band", "aged 16 to 24")
A(1022, "24", "age", "age band", "aged 16 to 24")
A(1022, "20", "unit", "cigarettes per pack", "pack of 20")
A(1022, "1", "date", "birth-date cut-off", "January 1, 2009")
A(1022, "2009", "date", "birth-date cut-off", "January 1, 2009")
A(1022, "18", "age", "age band", "aged 18 to 75")
A(1022, "75", "age", "age band", "aged 18 to 75")
A(1022, "2012", "date", "year plain packaging was introduced", "in 2012")
A(1022, "23", "date", "second half of a financial year '2022-23'", "2022-23")
A(1022, "300,000", "sample", "survey sample size")
A(1022, "one", "phrase", "'from one year to the next'", "from one year to the next")

# ---------------------------------------------------------------- 1023 EU road deaths (2024-03-08)
q = "Sweden and Denmark again had the safest roads, with 22 and 27 deaths per million inhabitants respectively"
G(1023, "SWE", "road_deaths_per_million", 22, 2023, q)
G(1023, "DNK", "road_deaths_per_million", 27, 2023, q)
q = "while Romania (81) and Bulgaria (82) recorded the highest rates"
G(1023, "ROU", "road_deaths_per_million", 81, 2023, q)
G(1023, "BGR", "road_deaths_per_million", 82, 2023, q)
for c, name, deaths, chg in [("FRA", "France", "3,167", -2), ("DEU", "Germany", "2,839", -7),
                             ("POL", "Poland", "1,893", -35)]:
    q = "| %s | %s | %d%% |" % (name, deaths, chg)
    G(1023, c, "road_deaths", int(deaths.replace(",", "")), 2023, q)
    G(1023, c, "road_deaths_change_since_2019", chg, 2023, q)
G(1023, "NOR", "road_deaths", 110, 2023, "Norway recorded 110 road deaths in 2023")

I(1023, "POL", 1 / 3, "cut deaths by more than a third since 2019 (vague fraction)")
I(1023, "DEU", 481, "Bavaria 481 road deaths (sub-national)")

A(1023, "1", "aggregate", "EU-wide change, headline", "edge down 1%")
A(1023, "1", "aggregate", "EU-wide change", "a 1% decrease")
A(1023, "2030", "date", "EU target year (headline and body)")
A(1023, "20,400", "aggregate", "EU road deaths total")
A(1023, "2022", "date", "comparison base year of an EU aggregate", "decrease on 2022")
A(1023, "46", "aggregate", "EU average deaths per million")
A(1023, "three", "count", "rows in the table", "the three member states")
A(1023, "2023", "date", "table header", "Deaths in 2023")
A(1023, "2019", "date", "table header (base year)", "Change since 2019")
A(1023, "one", "phrase", "'every one of these deaths'", "Every one")
A(1023, "2019", "date", "base year of a vague fraction", "improvement since 2019")
A(1023, "135,000", "aggregate", "EU serious injuries")
A(1023, "52", "aggregate", "EU share of car occupants among those killed")
A(1023, "18", "aggregate", "EU share of pedestrians")
A(1023, "10", "aggregate", "EU share of cyclists")
A(1023, "2020", "date", "EU target base year", "between 2020 and 2030")
A(1023, "2023", "date", "provisional data note", "figures for 2023 are provisional")

# ---------------------------------------------------------------- 1024 rice exports (2024-01-10)
q = "Vietnam exported a record 8.1 million tonnes of rice last year, up 14.4% from 2022"
G(1024, "VNM", "rice_exports", 8.1 * M, 2023, q)
G(1024, "VNM", "rice_exports_change", 14.4, 2023, q)
G(1024, "VNM", "rice_export_value", 4.78 * BN, 2023, "Export earnings rose to $4.78bn")
q = "Its exports fell to about 17.8 million tonnes in 2023 from a record 22.3 million tonnes in 2022"
G(1024, "IND", "rice_exports", 17.8 * M, 2023, q)
G(1024, "IND", "rice_exports", 22.3 * M, 2022, q)
q = "Thailand, the second-largest exporter, shipped 8.76 million tonnes"
G(1024, "THA", "rice_exports", 8.76 * M, 2023, q)
G(1024, "THA", "rice_exports_rank", 2, 2023, q, year_ok=[2024])
G(1024, "VNM", "rice_exports_rank", 3, 2023, "leaving Vietnam in third place")
G(1024, "PAK", "rice_exports", 3.7 * M, 2023, "Pakistan followed with about 3.7 million tonnes.")
G(1024, "PHL", "rice_imports", 3.9 * M, 2023, "the Philippines: 3.9 million tonnes")
G(1024, "IDN", "rice_imports", 3.3 * M, 2023, "Indonesia: 3.3 million tonnes")
G(1024, "CHN", "rice_imports", 2.6 * M, 2023, "China: 2.6 million tonnes")

I(1024, "IND", 20, "20% duty on parboiled rice exports (policy rate)")
I(1024, "VNM", 7.5 * M, "association expects 7.5-8 million tonnes in 2024 (forecast)")
I(1024, "VNM", 8 * M, "association expects 7.5-8 million tonnes in 2024 (forecast)")
I(1024, "VNM", 24.1 * M, "Mekong Delta paddy harvest (sub-national)")
I(1024, "VNM", 0.5, "Mekong Delta grows more than half of Vietnam's rice (sub-national, vague fraction)")
I(1024, "VNM", 40, "Loc Troi Group, one of the country's biggest exporters, +40% shipments (company figure)")

A(1024, "8.1", "repeat", "headline repeat of Vietnam's exports", "record 8.1 million tonnes as India")
A(1024, "10", "date", "dateline day", "Jan 10")
A(1024, "2022", "date", "comparison base year", "up 14.4% from 2022")
A(1024, "15", "duration", "highest prices in 15 years")
A(1024, "2023", "date", "year of the importer list", "world markets in 2023")
A(1024, "first", "period", "'first half of this year'", "first half of this year")
A(1024, "half", "period", "'first half of this year'", "first half of this year")
A(1024, "2024", "date", "forecast year")
A(1024, "one", "phrase", "'one of the country's biggest exporters'", "one of the country's")
A(1024, "third", "count", "a third crop each year", "third crop")

# ---------------------------------------------------------------- 1025 Paris medal table (2024-08-12)
q = "drawing level with China on 40 gold medals"
G(1025, "USA", "olympic_gold_medals", 40, 2024, q)
G(1025, "CHN", "olympic_gold_medals", 40, 2024, q)
q = "The Americans won 126 medals in total, their best haul at an overseas Games, while China collected 91."
G(1025, "USA", "olympic_medals_total", 126, 2024, q)
G(1025, "CHN", "olympic_medals_total", 91, 2024, q)
q = "Japan came third in the table with 20 golds."
G(1025, "JPN", "olympic_gold_medals", 20, 2024, q)
G(1025, "JPN", "olympic_medal_table_rank", 3, 2024, q)
G(1025, "FRA", "olympic_medals_total", 64, 2024, "France's 64 medals were its biggest haul since the 1900 Games")
q = "Britain finished seventh on gold medals, with 14, but third on the overall count with 65 medals, one more than France."
G(1025, "GBR", "olympic_gold_medals", 14, 2024, q)
G(1025, "GBR", "olympic_medal_table_rank", 7, 2024, q)
G(1025, "GBR", "olympic_medals_total", 65, 2024, q)
G(1025, "GBR", "olympic_medals_total_rank", 3, 2024, q)
G(1025, "LCA", "olympic_medals_total", 2, 2024, "Saint Lucia won two medals, a gold and a silver")

I(1025, "USA", 4, "top of the medal table for the fourth Games in a row (streak)")
I(1025, "GBR", 330 * M, "UK Sport invested about £330 million over the Paris cycle (agency funding, multi-year)")
I(1025, "USA", 47, "Gracenote projection of 47 golds in 2028 (forecast)")

A(1025, "67", "score", "basketball final score", "67-66")
A(1025, "66", "score", "basketball final score", "67-66")
A(1025, "1900", "date", "earlier Games", "1900 Games")
A(1025, "four", "person", "golds won by one swimmer", "four individual golds")
A(1025, "one", "difference", "'one more than France'", "one more than France")
A(1025, "Sixty-five", "repeat", "quote repeating Britain's medal total")
A(1025, "first", "person", "Dominica's first Olympic medal", "first Olympic medal")
A(1025, "Ninety-one", "aggregate", "teams winning at least one medal")
A(1025, "206", "aggregate", "number of teams")
A(1025, "one", "phrase", "'at least one medal'", "at least one medal")
A(1025, "2028", "date", "next Games")

# ---------------------------------------------------------------- 1026 cinema admissions (undated)
q = "France remained the continent's biggest market by admissions, selling 180.8 million tickets, an increase of 18.9% on the previous year"
G(1026, "FRA", "cinema_admissions", 180.8 * M, None, q)
G(1026, "FRA", "cinema_admissions_change", 18.9, None, q)
G(1026, "FRA", "cinema_admissions", 213.3 * M, 2019,
  "That was still well short of 2019, when French cinemas sold 213.3 million tickets.")
q = "It was followed by the United Kingdom (123.6 million), Germany (95.7 million) and Spain (75.5 million)."
G(1026, "GBR", "cinema_admissions", 123.6 * M, None, q)
G(1026, "DEU", "cinema_admissions", 95.7 * M, None, q)
G(1026, "ESP", "cinema_admissions", 75.5 * M, None, q)
q = "Poland, where admissions rose to 55.3 million, climbed two places to sixth."
G(1026, "POL", "cinema_admissions", 55.3 * M, None, q)
G(1026, "POL", "cinema_admissions_rank", 6, None, q)
G(1026, "FRA", "domestic_film_share", 39.8, None, "French productions accounted for 39.8% of admissions in France")
q = "Ireland and France led with 2.8 and 2.7 visits per inhabitant respectively"
G(1026, "IRL", "cinema_visits_per_capita", 2.8, None, q)
G(1026, "FRA", "cinema_visits_per_capita", 2.7, None, q)

I(1026, "POL", 2, "climbed two places (rank change)")
I(1026, "FRA", 47.2 * M, "Ile-de-France region 47.2 million tickets (sub-national)")
I(1026, "FRA", 0.25, "Ile-de-France more than a quarter of the national total (sub-national, vague fraction)")
I(1026, "GBR", 2026, "UK admissions back to 2019 levels by 2026 (forecast; year as value)")

A(1026, "fifth", "aggregate", "Europe-wide gap to pre-pandemic level (vague fraction)", "about a fifth below")
A(1026, "one", "phrase", "'one of the highest national shares'", "one of the highest")
A(1026, "40", "company", "tickets sold by one film", "about 40 million tickets")
A(1026, "28", "company", "tickets sold by one film", "roughly 28 million")
A(1026, "2019", "date", "reference year of a forecast", "return to 2019 levels")

# ---------------------------------------------------------------- 1027 car exports (2024-01-12)
q = "China exported 4.91 million vehicles last year, up 57.9% from 2022"
G(1027, "CHN", "car_exports", 4.91 * M, 2023, q)
G(1027, "CHN", "car_exports_change", 57.9, 2023, q)
q = "Japan, which slipped to second place, shipped 4.42 million vehicles abroad"
G(1027, "JPN", "car_exports", 4.42 * M, 2023, q)
G(1027, "JPN", "car_exports_rank", 2, 2023, q)
G(1027, "JPN", "car_exports", 6.73 * M, 1985, "far below its peak of 6.73 million in 1985")
G(1027, "DEU", "car_exports", 3.1 * M, 2023,
  "German carmakers exported 3.1 million passenger cars from domestic plants")
q = "South Korea's car exports reached a record $70.9 billion in value, up 31.1% on the year"
G(1027, "KOR", "car_export_value", 70.9 * BN, 2023, q)
G(1027, "KOR", "car_export_value_change", 31.1, 2023, q)
G(1027, "MEX", "car_exports", 3.47 * M, 2023, "Mexico exported 3.47 million light vehicles")

I(1027, "RUS", 900000, "took more than 900,000 Chinese cars (bilateral flow, lower bound)")
I(1027, "CHN", 3.02 * M, "BYD, China's largest carmaker, sold 3.02 million vehicles (company figure)")
I(1027, "CHN", 243000, "BYD shipped about 243,000 overseas (company figure)")
I(1027, "CHN", 5.5 * M, "CAAM expects exports of 5.5 million this year (forecast)")
I(1027, "MEX", 80, "about 80% of Mexico's exports go to the US (bilateral share)")
I(1027, "USA", 27.5, "27.5% US tariff on cars made in China (policy rate)")

A(1027, "2022", "date", "comparison base year", "up 57.9% from 2022")
A(1027, "first", "phrase", "'for the first time'", "for the first time")
A(1027, "Ten", "duration", "'ten years ago'")
A(1027, "2023", "date", "year of a company figure", "3.02 million vehicles in 2023")
A(1027, "11.2", "company", "Toyota worldwide sales")
A(1027, "2023", "date", "year of a company figure", "worldwide in 2023")
A(1027, "fourth", "company", "Toyota streak", "fourth year in a row")

# ---------------------------------------------------------------- 1028 tropical forest loss (dateline 2024-04-04)
q = "Brazil's primary forest loss fell 36% in 2023 to about 1.1 million hectares"
G(1028, "BRA", "primary_forest_loss_change", -36, 2023, q)
G(1028, "BRA", "primary_forest_loss", 1.1 * M, 2023, q)
G(1028, "COL", "primary_forest_loss_change", -49, 2023,
  "In Colombia, losses dropped 49%, to the lowest level in more than two decades")
q = "The Democratic Republic of Congo ranked second, losing some 530,000 hectares"
G(1028, "COD", "primary_forest_loss_rank", 2, 2023, q)
G(1028, "COD", "primary_forest_loss", 530000, 2023, q)
q = "Bolivia came third after a 27% increase, with about 490,000 hectares lost"
G(1028, "BOL", "primary_forest_loss_rank", 3, 2023, q)
G(1028, "BOL", "primary_forest_loss_change", 27, 2023, q)
G(1028, "BOL", "primary_forest_loss", 490000, 2023, q)
q = "Laos and Nicaragua posted increases of 23% and 19% respectively."
G(1028, "LAO", "primary_forest_loss_change", 23, 2023, q)
G(1028, "NIC", "primary_forest_loss_change", 19, 2023, q)
G(1028, "IDN", "primary_forest_loss", 929000, 2016,
  "although it remained far below its peak of 929,000 hectares in 2016")

I(1028, "IDN", 0.25, "loss rose by more than a quarter (vague fraction)")
I(1028, "BRA", 43, "Cerrado clearing up 43% (biome, sub-national)")
I(1028, "BRA", 0.2, "Para state about a fifth of Brazil's loss (sub-national, vague fraction)")

A(1028, "4", "date", "dateline day", "April 4, 2024")
A(1028, "2024", "date", "dateline year", "April 4, 2024")
A(1028, "3.7", "aggregate", "tropics-wide primary forest loss")
A(1028, "10", "comparison", "football pitches per minute", "almost 10 football pitches")
A(1028, "2022", "date", "comparison base year of an aggregate", "unchanged from 2022")
A(1028, "two", "duration", "'more than two decades'", "two decades")
A(1028, "140", "aggregate", "countries signing a pledge")
A(1028, "26", "name", "summit name", "COP26")
A(1028, "2021", "date", "year of the pledge", "in 2021")
A(1028, "2030", "date", "target year")

# ---------------------------------------------------------------- 1029 working hours (2024-07-18)
q = "Workers in Mexico put in an average of 2,207 hours last year, more than in any other member of the OECD, while German workers clocked just 1,343 hours"
G(1029, "MEX", "annual_hours_worked", 2207, 2023, q)
G(1029, "DEU", "annual_hours_worked", 1343, 2023, q)
q = "Costa Rica (2,171) and Chile (1,953) followed Mexico"
G(1029, "CRI", "annual_hours_worked", 2171, 2023, q)
G(1029, "CHL", "annual_hours_worked", 1953, 2023, q)
q = "Greece, at 1,897 hours, ranked fourth"
G(1029, "GRC", "annual_hours_worked", 1897, 2023, q)
G(1029, "GRC", "annual_hours_worked_rank", 4, 2023, q)
G(1029, "USA", "annual_hours_worked", 1799, 2023, "The United States came in at 1,799 hours")
q = "most strikingly in South Korea, long known for a punishing work culture. Annual hours there fell to 1,872 in 2023 from 2,464 in 2000"
G(1029, "KOR", "annual_hours_worked", 1872, 2023, q)
G(1029, "KOR", "annual_hours_worked", 2464, 2000, q)
G(1029, "TUR", "long_hours_share", 21, None,
  "In Turkey, 21% of employees usually work 50 hours or more a week", year_ok=[2023, 2024])

I(1029, "DNK", 1450, "fewer than 1,450 hours (upper bound only)")
I(1029, "NOR", 1450, "fewer than 1,450 hours (upper bound only)")
I(1029, "NLD", 1450, "fewer than 1,450 hours (upper bound only)")
I(1029, "KOR", 52, "maximum working week of 52 hours (legal rule)")
I(1029, "MEX", 48, "standard working week of 48 hours (legal rule)")
I(1029, "MEX", 40, "proposed 40-hour week (target)")
I(1029, "ESP", 37.5, "bill to cut the standard week to 37.5 hours by 2025 (target)")
I(1029, "ESP", 40, "current standard week of 40 hours (legal rule)")
I(1029, "GBR", 54, "54 of 61 companies kept a four-day week (company figures)")
I(1029, "GBR", 61, "61 companies in a four-day week pilot (company figures)")

A(1029, "38", "aggregate", "OECD membership", "38-member")
A(1029, "864", "derived", "difference between two gold values")
A(1029, "108", "derived", "difference expressed in working days")
A(1029, "eight", "unit", "length of a working day", "eight-hour")
A(1029, "1,742", "aggregate", "OECD average")
A(1029, "two", "duration", "'past two decades'", "two decades")
A(1029, "2018", "date", "year of a policy change")
A(1029, "2025", "date", "target year")
A(1029, "50", "threshold", "definition of a long week", "50 hours or more")
A(1029, "10", "aggregate", "OECD average share of long weeks", "about 10%")
A(1029, "four", "unit", "'four-day week'", "four-day")
A(1029, "2022", "date", "year of a company pilot", "pilot in 2022")

# ---------------------------------------------------------------- 1030 household saving (undated)
q = "Households in Switzerland saved 18.6% of their disposable income last year, the highest rate among rich economies, while American families put aside just 4.5%"
G(1030, "CHE", "household_saving_rate", 18.6, None, q)
G(1030, "USA", "household_saving_rate", 4.5, None, q)
q = "The Netherlands (13.9%) and Germany (11.4%) also ranked among the biggest savers."
G(1030, "NLD", "household_saving_rate", 13.9, None, q)
G(1030, "DEU", "household_saving_rate", 11.4, None, q)
G(1030, "USA", "household_saving_rate_change_pp", -1.9, None,
  "In the United States the rate was 1.9 percentage points lower than two years earlier")
q = "Italian households, long famed for their thrift, put aside 6.9% of their income, down from 8.3% a year earlier"
G(1030, "ITA", "household_saving_rate", 6.9, None, q)
G(1030, "ITA", "household_saving_rate", 8.3, None, q)
G(1030, "DNK", "household_debt_to_income", 243, None, "| Denmark | 243 |")
G(1030, "NOR", "household_debt_to_income", 228, None, "| Norway | 228 |")
G(1030, "AUS", "household_debt_to_income", 197, None, "| Australia | 197 |")

I(1030, "USA", 4.8, "OECD expects the US saving rate to edge up to 4.8% next year (forecast)")

A(1030, "two", "duration", "'two years earlier' (comparison span, page undated)", "two years earlier")
A(1030, "555", "company", "UBS client deposits")
A(1030, "2020", "date", "start of the pandemic swings", "since 2020")

# ---------------------------------------------------------------- 1031 fertility (dateline 2024-02-28)
q = "fell to 0.72 last year from 0.78 in 2022"
G(1031, "KOR", "total_fertility_rate", 0.72, 2023, q)
G(1031, "KOR", "total_fertility_rate", 0.78, 2022, q)
q = "The number of babies born dropped 7.7% to about 230,000"
G(1031, "KOR", "births", 230000, 2023, q)
G(1031, "KOR", "births_change", -7.7, 2023, q)
G(1031, "KOR", "natural_population_change", -122800, 2023,
  "causing a natural population decline of some 122,800 people")
G(1031, "KOR", "total_fertility_rate_q4", 0.65, 2023, "In the fourth quarter alone, the rate dipped to 0.65")
G(1031, "JPN", "total_fertility_rate", 1.26, 2022, "Japan's fertility rate was 1.26 in 2022")
G(1031, "CHN", "births", 9.02 * M, 2023,
  "China's population fell for a second year in 2023 as births dropped to 9.02 million")
G(1031, "ITA", "total_fertility_rate", 1.24, 2022, "Italy recorded a rate of 1.24 in 2022")
G(1031, "USA", "total_fertility_rate", 1.62, 2023, "the rate in the United States fell to 1.62 in 2023")

I(1031, "KOR", 0.5, "births less than half the level of a decade earlier (vague fraction)")
I(1031, "KOR", 4, "deaths exceeded births for the fourth year running (streak)")
I(1031, "KOR", 0.55, "Seoul 0.55 (sub-national)")
I(1031, "KOR", 0.97, "Sejong 0.97 (sub-national)")
I(1031, "KOR", 380e12, "more than 380 trillion won spent since 2006 (cumulative, lower bound)")
I(1031, "KOR", 0.68, "projected 0.68 this year (forecast)")
I(1031, "CHN", 2, "population fell for a second year (streak)")

A(1031, "0.72", "repeat", "headline repeat of Korea's fertility rate", "new world low of 0.72")
A(1031, "28", "date", "dateline day", "Feb. 28, 2024")
A(1031, "2024", "date", "dateline year", "Feb. 28, 2024")
A(1031, "fourth", "period", "quarter label", "fourth quarter")
A(1031, "quarter", "period", "quarter label, not a fraction", "fourth quarter")
A(1031, "first", "phrase", "'the first time'", "the first time a quarterly")
A(1031, "0.7", "threshold", "threshold crossed by the quarterly rate", "below 0.7")
A(1031, "2.1", "threshold", "replacement fertility rate")
A(1031, "one", "phrase", "'one child' in a quote", "one child")
A(1031, "285", "conversion", "USD conversion of a cumulative (ignored) figure", "$285 billion")
A(1031, "2006", "date", "start of cumulative spending")
A(1031, "100", "company", "Booyoung Group payment per baby", "100 million won")

# ---------------------------------------------------------------- 1032 wine production (dateline 2024-04-25)
q = "France reclaimed its place as the world's biggest producer with 48.0 million hectolitres, up 4% on 2022"
G(1032, "FRA", "wine_production", 48.0 * M, 2023, q)
G(1032, "FRA", "wine_production_change", 4, 2023, q)
q = "while Italy slipped to second after its output fell 23% to 38.3 million hectolitres"
G(1032, "ITA", "wine_production_rank", 2, 2023, q)
G(1032, "ITA", "wine_production_change", -23, 2023, q)
G(1032, "ITA", "wine_production", 38.3 * M, 2023, q)
q = "In Spain, production dropped 21% to 28.3 million hectolitres"
G(1032, "ESP", "wine_production_change", -21, 2023, q)
G(1032, "ESP", "wine_production", 28.3 * M, 2023, q)
G(1032, "USA", "wine_production", 24.3 * M, 2023,
  "The United States, where California accounts for more than 80% of the harvest, produced 24.3 million hectolitres.")
q = "Australia and Chile produced 9.6 million and 11.0 million hectolitres respectively, declines of 26% and 12%"
G(1032, "AUS", "wine_production", 9.6 * M, 2023, q)
G(1032, "CHL", "wine_production", 11.0 * M, 2023, q)
G(1032, "AUS", "wine_production_change", -26, 2023, q)
G(1032, "CHL", "wine_production_change", -12, 2023, q)

I(1032, "USA", 80, "California more than 80% of the US harvest (sub-national, lower bound)")
I(1032, "ARG", 0.25, "harvest shrank by nearly a quarter (vague fraction)")
I(1032, "FRA", 9500, "Bordeaux growers pulling up about 9,500 hectares (sub-national)")

A(1032, "62", "duration", "'62-year low' in the headline", "62-year")
A(1032, "25", "date", "dateline day", "April 25, 2024")
A(1032, "2024", "date", "dateline year", "April 25, 2024")
A(1032, "10", "aggregate", "world production change", "fell 10%")
A(1032, "237", "aggregate", "world production")
A(1032, "1961", "date", "record comparison year")
A(1032, "2022", "date", "comparison base year", "up 4% on 2022")
A(1032, "221", "aggregate", "world consumption")
A(1032, "1996", "date", "record comparison year")
A(1032, "15", "company", "Treasury Wine Estates share price fall")
A(1032, "2024", "date", "forecast year of an aggregate", "decline in 2024")
A(1032, "2", "aggregate", "forecast world decline", "about 2%")


def write_jsonl(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write_jsonl(os.path.join(ROOT, "gold.jsonl"), GOLD)
    write_jsonl(os.path.join(ROOT, "gold.ignore.jsonl"), IGNORE)
    with open(os.path.join(ROOT, "tools", "accounted.json"), "w", encoding="utf-8") as f:
        json.dump(ACCOUNTED, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("build.py: %d gold, %d ignore, %d accounted" % (len(GOLD), len(IGNORE), len(ACCOUNTED)))
