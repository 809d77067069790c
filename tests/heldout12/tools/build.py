#!/usr/bin/env python3
"""Hold every annotation of the heldout12 pages as data and write gold.jsonl and
gold.ignore.jsonl (plus tools/accounted.json, the hand-checked list of page
numbers that are neither gold nor ignore: years, dates, aggregates, bases, ...).

Run from anywhere:  python3 tools/build.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# metric id -> keyword stems (lower case); any one of them should appear in a
# sensible metric name chosen by an extractor.
KW = {
    # 949 fisheries
    "aquaculture_production": ["aquacult", "farm", "fish"],
    "aquaculture_production_change": ["aquacult", "farm", "fish"],
    "aquaculture_production_rank": ["aquacult", "farm", "fish"],
    "capture_fisheries_production": ["captur", "catch", "landing", "wild", "fish"],
    "farmed_salmon_production": ["salmon"],
    "farmed_salmon_production_rank": ["salmon"],
    "seafood_exports": ["export"],
    "seafood_imports": ["import"],
    "aquatic_food_consumption_per_capita": ["consum", "eat", "intake", "food"],
    "fish_landings": ["land", "catch"],
    "fish_landings_value": ["land", "catch"],
    # 950 ports
    "container_throughput": ["container", "teu", "throughput", "port"],
    "container_throughput_change": ["container", "teu", "throughput", "port"],
    "container_throughput_rank": ["container", "teu", "throughput", "port"],
    # 951 obesity / diabetes
    "adult_obesity_rate": ["obes"],
    "obesity_rate_women": ["obes"],
    "obesity_rate_men": ["obes"],
    "obesity_rate_women_change": ["obes"],
    "obesity_rank_women": ["obes"],
    "obesity_rank_men": ["obes"],
    "obesity_treatment_cost": ["obes", "cost"],
    "adults_with_diabetes": ["diabet"],
    "adults_with_diabetes_rank": ["diabet"],
    "diabetes_prevalence": ["diabet"],
    # 952 PM2.5
    "pm25_concentration": ["pm2", "pm25", "particulate", "pollution", "air"],
    "pm25_concentration_change": ["pm2", "pm25", "particulate", "pollution", "air"],
    "pm25_rank": ["pm2", "pm25", "particulate", "pollut", "air"],
    # 953 happiness
    "happiness_score": ["happi", "life", "wellbeing", "score"],
    "happiness_score_change": ["happi", "life", "wellbeing", "score"],
    "happiness_rank": ["happi", "life", "wellbeing"],
    "happiness_rank_under_30": ["happi", "young", "under", "youth"],
    # 954 hours / productivity
    "annual_hours_worked": ["hour", "work"],
    "annual_hours_worked_change": ["hour", "work"],
    "annual_hours_worked_rank": ["hour", "work"],
    "gdp_per_hour_worked": ["productiv", "per_hour", "per hour", "hour"],
    "gdp_per_hour_worked_rank": ["productiv", "per_hour", "per hour", "hour"],
    "workers_with_right_to_shorter_hours": ["shorter", "hour", "flexib", "workforce"],
    # 955 gender pay gap
    "gender_pay_gap": ["gap", "pay", "wage"],
    "gender_pay_gap_change": ["gap", "pay", "wage"],
    "gender_pay_gap_rank": ["gap", "pay", "wage"],
    "gender_pay_gap_rank_oecd": ["gap", "pay", "wage"],
    "adjusted_gender_pay_gap": ["gap", "pay", "wage"],
    "gender_pay_gap_full_time": ["gap", "pay", "wage"],
    "gender_pay_gap_all_employees": ["gap", "pay", "wage"],
    "gender_pension_gap": ["pension"],
    "hourly_wage_women": ["wage", "earn", "pay"],
    "hourly_wage_men": ["wage", "earn", "pay"],
    "monthly_wage_women": ["wage", "earn", "pay"],
    # 956 mining
    "lithium_production": ["lithium"],
    "lithium_production_change": ["lithium"],
    "lithium_production_rank": ["lithium"],
    "lithium_reserves": ["lithium", "reserve"],
    "lithium_reserves_rank": ["lithium", "reserve"],
    "lithium_export_earnings": ["lithium", "export"],
    "copper_production": ["copper"],
    "copper_production_change": ["copper"],
    "copper_production_rank": ["copper"],
    "copper_exports": ["copper", "export"],
    "rare_earth_production": ["rare"],
    "rare_earth_production_rank": ["rare"],
    "rare_earth_share_of_world_output": ["rare", "share"],
    # 957 alcohol
    "alcohol_consumption_per_capita": ["alcohol", "consum", "drink"],
    "alcohol_consumption_change": ["alcohol", "consum", "drink"],
    "alcohol_specific_deaths": ["alcohol", "death"],
    "alcohol_specific_death_rate": ["alcohol", "death"],
    "alcohol_specific_deaths_change": ["alcohol", "death"],
    # 958 education
    "school_enrolment": ["enrol"],
    "school_enrolment_change": ["enrol"],
    "school_enrolment_girls_change": ["enrol", "girl"],
    "school_enrolment_boys_change": ["enrol", "boy"],
    "number_of_schools": ["school"],
    "number_of_teachers": ["teacher"],
    "secondary_gross_enrolment_ratio": ["enrol", "ger"],
    "secondary_dropout_rate": ["dropout", "drop"],
    "literacy_rate": ["litera"],
    "female_literacy_rate": ["litera"],
    "male_literacy_rate": ["litera"],
    "adult_literacy_rate": ["litera"],
    "education_budget": ["educat", "budget", "allocat", "spend"],
    "school_education_budget": ["school", "educat", "budget", "allocat"],
    "samagra_shiksha_allocation": ["samagra", "shiksha", "allocat", "budget"],
    # 959 tuberculosis
    "share_of_global_tb_cases": ["tb", "tubercul", "share", "case"],
    "tb_notified_cases": ["tb", "tubercul", "case", "notif"],
    "tb_incidence_rate": ["tb", "tubercul", "incidence"],
    "tb_incidence_rate_change": ["tb", "tubercul", "incidence"],
    "tb_people_fell_ill": ["tb", "tubercul", "ill", "incidence", "case"],
    "tb_prevalence_per_1000": ["tb", "tubercul", "prevalence"],
    "tb_cases": ["tb", "tubercul", "case"],
    # 960 cocoa
    "cocoa_production": ["cocoa"],
    "cocoa_production_change": ["cocoa"],
    "cocoa_production_rank": ["cocoa"],
    "cocoa_harvest_value": ["cocoa", "value", "harvest"],
    "cocoa_grindings": ["grind", "cocoa", "process"],
    "cocoa_grindings_change": ["grind", "cocoa", "process"],
}

F949 = "949_bluewaterwire-farmed-fish-overtakes-wild-catch.md"
F950 = "950_portsandboxes-container-throughput-country-ranking.md"
F951 = "951_pulsehealthdaily-obesity-billion-people.txt"
F952 = "952_cleanairdispatch-most-polluted-countries-pm25.md"
F953 = "953_northernledger-happiness-report-finland-seventh-year.md"
F954 = "954_workweekreview-oecd-working-hours-productivity.txt"
F955 = "955_schumanwire-gender-pay-gap-estonia-austria.md"
F956 = "956_oreandalloy-lithium-copper-usgs-summaries.md"
F957 = "957_harbourlinepost-alcohol-consumption-who-europe.txt"
F958 = "958_deccanledger-udise-school-enrolment-falls.md"
F959 = "959_meridianhealthreview-tuberculosis-deadliest-infection.txt"
F960 = "960_commoditycourier-cocoa-slump-ecuador-gains.md"


def G(c, m, v, u, y, yo, q, t="core", vo=None):
    """One gold record: country, metric, value, unit, year, year_ok, quote, tier, value_ok."""
    return dict(c=c, m=m, v=v, u=u, y=y, yo=yo, q=q, t=t, vo=vo)


GOLD = {}
IGNORE = {}
ACCOUNTED = {}

# ---------------------------------------------------------------- 949 fisheries
Q = "China alone harvested about 53 million tonnes of farmed fish, shrimp and molluscs, followed by India (10.4 million tonnes) and Indonesia (5.5 million tonnes)"
Q2 = "Vietnam and Bangladesh completed the top five, at 5.2 million and 2.7 million tonnes respectively"
Q3 = "On the wild side, China landed 11.8 million tonnes, Indonesia 7.2 million and Peru 5.3 million, down from 6.6 million tonnes a year earlier"
GOLD[F949] = [
    G("CHN", "aquaculture_production", 53e6, "tonnes", 2022, [], Q, vo=[53]),
    G("IND", "aquaculture_production", 10.4e6, "tonnes", 2022, [], Q, vo=[10.4]),
    G("IDN", "aquaculture_production", 5.5e6, "tonnes", 2022, [], Q, vo=[5.5]),
    G("VNM", "aquaculture_production", 5.2e6, "tonnes", 2022, [], Q2, vo=[5.2]),
    G("BGD", "aquaculture_production", 2.7e6, "tonnes", 2022, [], Q2, vo=[2.7]),
    G("CHN", "aquaculture_production_rank", 1, "rank", 2022, [], Q, "hard"),
    G("IND", "aquaculture_production_rank", 2, "rank", 2022, [], Q, "hard"),
    G("IDN", "aquaculture_production_rank", 3, "rank", 2022, [], Q, "hard"),
    G("VNM", "aquaculture_production_rank", 4, "rank", 2022, [], Q2, "hard"),
    G("BGD", "aquaculture_production_rank", 5, "rank", 2022, [], Q2, "hard"),
    G("CHN", "capture_fisheries_production", 11.8e6, "tonnes", 2022, [], Q3, vo=[11.8]),
    G("IDN", "capture_fisheries_production", 7.2e6, "tonnes", 2022, [], Q3, vo=[7.2]),
    G("PER", "capture_fisheries_production", 5.3e6, "tonnes", 2022, [], Q3, vo=[5.3]),
    G("PER", "capture_fisheries_production", 6.6e6, "tonnes", 2021, [], Q3, vo=[6.6]),
    G("NOR", "farmed_salmon_production", 1.5e6, "tonnes", 2022, [],
      "Norway remained the biggest producer of farmed Atlantic salmon in 2022 at 1.5 million tonnes", vo=[1.5]),
    G("NOR", "farmed_salmon_production_rank", 1, "rank", 2022, [],
      "Norway remained the biggest producer of farmed Atlantic salmon in 2022 at 1.5 million tonnes, with Chile in second place", "hard"),
    G("CHL", "farmed_salmon_production", 1e6, "tonnes", 2022, [], "with Chile in second place on just under 1 million", vo=[1]),
    G("CHL", "farmed_salmon_production_rank", 2, "rank", 2022, [], "with Chile in second place"),
    G("NOR", "seafood_exports", 172e9, "NOK", 2023, [],
      "The kingdom's seafood exports were worth a record 172 billion kroner (about $16bn) last year", "hard", vo=[172]),
    G("EGY", "aquaculture_production", 1.6e6, "tonnes", 2022, [],
      "In Africa, Egypt led with roughly 1.6 million tonnes of farmed tilapia and mullet", vo=[1.6]),
    G("NGA", "aquaculture_production_change", -4.2, "%", 2022, [],
      "Nigeria's output shrank by 4.2% to around 262,000 tonnes", vo=[4.2]),
    G("NGA", "aquaculture_production", 262000, "tonnes", 2022, [], "Nigeria's output shrank by 4.2% to around 262,000 tonnes"),
    G("JPN", "aquatic_food_consumption_per_capita", 44, "kg_per_capita", 2022, [],
      "Japanese consumption has fallen by nearly a third since 2001, to about 44 kg in 2022"),
    G("MDV", "aquatic_food_consumption_per_capita", 80, "kg_per_capita", 2022, [],
      "the Maldives tops the table at more than 80 kg a head"),
    G("JPN", "seafood_imports", 2.2e12, "JPY", 2023, [], "Japan's seafood import bill reached ¥2.2 trillion last year", vo=[2.2]),
    G("GBR", "fish_landings", 620000, "tonnes", 2022, [],
      "British vessels landed 620,000 tonnes of fish and shellfish worth £1.0 billion in 2022"),
    G("GBR", "fish_landings_value", 1.0e9, "GBP", 2022, [],
      "British vessels landed 620,000 tonnes of fish and shellfish worth £1.0 billion in 2022", vo=[1.0]),
]
IGNORE[F949] = [
    ("IND", 4e6, "range end: India, Russia and the U.S. each caught between 4 and 5 million tonnes"),
    ("IND", 5e6, "range end: between 4 and 5 million tonnes"),
    ("RUS", 4e6, "range end: between 4 and 5 million tonnes"),
    ("RUS", 5e6, "range end: between 4 and 5 million tonnes"),
    ("USA", 4e6, "range end: between 4 and 5 million tonnes"),
    ("USA", 5e6, "range end: between 4 and 5 million tonnes"),
    ("NOR", 16e9, "conversion of the 172 billion kroner already in gold (about $16bn)"),
    ("EGY", 1, "regional superlative: Egypt led (in Africa), no ordinal"),
    ("JPN", 0.33, "fraction word: fallen by nearly a third since 2001"),
    ("MDV", 1, "superlative without ordinal: the Maldives tops the table"),
    ("VNM", 4e9, "furniture headline (Read more): Vietnam shrimp exporters eye $4B year"),
]
ACCOUNTED[F949] = [
    (8, "date: June 8, 2024"), (185.4e6, "world aggregate"), (94.4e6, "world aggregate"), (51, "world aggregate share"),
    (223.2e6, "world aggregate"), (90, "regional aggregate (Asia share, in a quote)"), (20.7, "world average"),
    (37.7, "world share of stocks overfished"), (35.4, "world share 2019"), (10, "world forecast +10% by 2032"),
    (1, "'for the first time' / 'first anchoveta season' (no figure)"),
    (4, "range start '4' in 'between 4 and 5 million' (scale carried by 'million'; ignore holds 4e6)"),
]

# ---------------------------------------------------------------- 950 ports
T = {
    "CHN": ("| 1 | China | 296.2M | +4.9% |", 1, 296.2, 4.9),
    "USA": ("| 2 | United States | 58.9M | -8.6% |", 2, 58.9, -8.6),
    "SGP": ("| 3 | Singapore | 39.0M | +4.6% |", 3, 39.0, 4.6),
    "KOR": ("| 4 | South Korea | 30.6M | +1.6% |", 4, 30.6, 1.6),
    "MYS": ("| 5 | Malaysia | 28.1M | +3.0% |", 5, 28.1, 3.0),
    "IND": ("| 6 | India | 25.4M | +7.9% |", 6, 25.4, 7.9),
    "ARE": ("| 7 | UAE | 21.4M | +1.4% |", 7, 21.4, 1.4),
    "JPN": ("| 8 | Japan | 21.0M | -2.5% |", 8, 21.0, -2.5),
}
GOLD[F950] = []
for iso, (row, rank, mteu, chg) in T.items():
    if iso == "CHN":
        q = "China handled 296.2 million TEU at its coastal and river ports, up 4.9% on the year before"
        GOLD[F950] += [G(iso, "container_throughput", round(mteu * 1e6), "TEU", 2023, [], q, vo=[mteu]),
                       G(iso, "container_throughput_change", chg, "%", 2023, [], q)]
    else:
        GOLD[F950] += [G(iso, "container_throughput", round(mteu * 1e6), "TEU", 2023, [], row, vo=[mteu]),
                       G(iso, "container_throughput_change", chg, "%", 2023, [], row,
                         vo=[abs(chg)] if chg < 0 else None)]
    GOLD[F950].append(G(iso, "container_throughput_rank", rank, "rank", 2023, [], row))
GOLD[F950] += [
    G("DEU", "container_throughput", 12.6e6, "TEU", 2023, [], "Germany, which sits outside the top ten, handled 12.6 million TEU, down 6.1%", vo=[12.6]),
    G("DEU", "container_throughput_change", -6.1, "%", 2023, [], "Germany, which sits outside the top ten, handled 12.6 million TEU, down 6.1%", vo=[6.1]),
    G("NLD", "container_throughput", 14.4e6, "TEU", 2023, [], "The Netherlands managed 14.4 million TEU, a drop of 7%", vo=[14.4]),
    G("NLD", "container_throughput_change", -7, "%", 2023, [], "The Netherlands managed 14.4 million TEU, a drop of 7%", vo=[7]),
    G("TUR", "container_throughput", 13.1e6, "TEU", 2023, [], "Türkiye bucked the trend with 13.1 million TEU, up 5.2%", vo=[13.1]),
    G("TUR", "container_throughput_change", 5.2, "%", 2023, [], "Türkiye bucked the trend with 13.1 million TEU, up 5.2%"),
    G("MAR", "container_throughput_rank", 22, "rank", 2023, [],
      "the kingdom ranked 22nd out of more than 120 countries, up from 31st in 2013", "hard"),
    G("MAR", "container_throughput_rank", 31, "rank", 2013, [],
      "the kingdom ranked 22nd out of more than 120 countries, up from 31st in 2013", "hard"),
]
IGNORE[F950] = [
    ("CHN", 0.33, "fraction word: more than a third of the global total"),
    ("USA", 16.6e6, "sub-national: ports of Los Angeles and Long Beach, 16.6 million TEU"),
    ("USA", 12.4, "sub-national: Los Angeles and Long Beach down 12.4%"),
    ("DEU", 0.1, "fraction word: German ports fell by nearly a tenth (quote)"),
    ("DEU", 10, "threshold: sits outside the top ten (not a rank)"),
    ("IND", 50e6, "target: 50 million TEU a year by 2030"),
    ("IND", 23.2e6, "sub-national and planned: Vadhavan terminal capacity"),
    ("MAR", 8.6e6, "sub-national: Tanger Med complex handled 8.6 million TEU"),
    ("MAR", 120, "base of ranking: out of more than 120 countries"),
    ("SGP", 4, "furniture headline (Related): Tuas mega-port opens fourth phase"),
]
ACCOUNTED[F950] = [
    (14, "date: 14 March 2024; also 'adding 10 to 14 days' (no country)"), (0.9, "world aggregate change"),
    (866e6, "world aggregate"), (20, "'twenty-foot' unit name"), (10, "'10 to 14 days' voyage time, no country"),
]

# ---------------------------------------------------------------- 951 obesity
QUS = "In the United States, 43.8% of women and 41.6% of men were classed as obese in 2022, up from 21.2% and 16.9% in 1990"
QTN = "Tonga and Nauru topped the ranking for women, at 74.1% and 70.4% respectively"
QGB = "Britain fared somewhat better, with adult obesity of 28.1%, ranking 87th for women and 55th for men"
QDI = "China had the largest number, 140.9 million, followed by India with 74.2 million and Pakistan with 33 million"
GOLD[F951] = [
    G("TON", "obesity_rate_women", 74.1, "%", 2022, [], QTN),
    G("NRU", "obesity_rate_women", 70.4, "%", 2022, [], QTN),
    G("TON", "obesity_rank_women", 1, "rank", 2022, [], QTN, "hard"),
    G("NRU", "obesity_rank_women", 2, "rank", 2022, [], QTN, "hard"),
    G("USA", "obesity_rate_women", 43.8, "%", 2022, [], QUS),
    G("USA", "obesity_rate_men", 41.6, "%", 2022, [], QUS),
    G("USA", "obesity_rate_women", 21.2, "%", 1990, [], QUS),
    G("USA", "obesity_rate_men", 16.9, "%", 1990, [], QUS),
    G("GBR", "adult_obesity_rate", 28.1, "%", 2022, [], QGB),
    G("GBR", "obesity_rank_women", 87, "rank", 2022, [], QGB),
    G("GBR", "obesity_rank_men", 55, "rank", 2022, [], QGB),
    G("IND", "obesity_rate_women_change", 7.6, "pp", 2022, [],
      "Obesity among Indian women rose 7.6 percentage points over the period, to 9.8%"),
    G("IND", "obesity_rate_women", 9.8, "%", 2022, [],
      "Obesity among Indian women rose 7.6 percentage points over the period, to 9.8%"),
    G("JPN", "obesity_rate_men", 5.5, "%", 2022, [], "Japan's rate for men, 5.5%"),
    G("MEX", "adult_obesity_rate", 36.9, "%", 2022, [],
      "In Mexico, the 2022 national health and nutrition survey (Ensanut) found that 36.9% of adults were obese"),
    G("MEX", "obesity_treatment_cost", 240e9, "MXN", 2024, [2023],
      "treating obesity-related illness costs the public system around 240 billion pesos a year", "hard", vo=[240]),
    G("CHN", "adults_with_diabetes", 140.9e6, "count", 2021, [], QDI, vo=[140.9]),
    G("IND", "adults_with_diabetes", 74.2e6, "count", 2021, [], QDI, vo=[74.2]),
    G("PAK", "adults_with_diabetes", 33e6, "count", 2021, [], QDI, vo=[33]),
    G("CHN", "adults_with_diabetes_rank", 1, "rank", 2021, [], QDI, "hard"),
    G("IND", "adults_with_diabetes_rank", 2, "rank", 2021, [], QDI, "hard"),
    G("PAK", "adults_with_diabetes_rank", 3, "rank", 2021, [], QDI, "hard"),
    G("PAK", "diabetes_prevalence", 30.8, "%", 2021, [], "Pakistan's adult prevalence of 30.8% was the highest of any country"),
]
IGNORE[F951] = [
    ("GBR", 200, "base of ranking: among the 200 countries and territories studied"),
    ("PAK", 1, "superlative without ordinal: the highest of any country"),
    ("PAK", 0.25, "fraction: nearly one in four adults with diabetes undiagnosed"),
    ("CHL", 8, "furniture headline (Read more), count of years: food-label law, eight years on"),
]
ACCOUNTED[F951] = [
    (1e9, "world aggregate: more than a billion / one billion people"), (1, "date: 1 March 2024"),
    (2, "world ratio: more than doubled"), (3, "world ratio: nearly tripled"), (60, "regional: rates above 60% in Polynesia"),
    (537e6, "world aggregate"),
]

# ---------------------------------------------------------------- 952 PM2.5
LIST952 = [("BGD", "Bangladesh", 79.9), ("PAK", "Pakistan", 73.7), ("IND", "India", 54.4), ("TJK", "Tajikistan", 49.0),
           ("BFA", "Burkina Faso", 46.6), ("IRQ", "Iraq", 43.8), ("ARE", "United Arab Emirates", 43.0),
           ("NPL", "Nepal", 42.4), ("EGY", "Egypt", 42.4), ("COD", "DR Congo", 40.8)]
GOLD[F952] = []
for i, (iso, name, v) in enumerate(LIST952, 1):
    q = f"{i}. {name} – {v:.1f} µg/m³"
    GOLD[F952] += [G(iso, "pm25_concentration", v, "ug_m3", 2023, [], q),
                   G(iso, "pm25_rank", i, "rank", 2023, [], q)]
QCA = "Canada's record wildfire season sent smoke across the continent: the country's average climbed to 10.3 µg/m³, from 7.4 µg/m³ a year earlier"
GOLD[F952] += [
    G("IND", "pm25_rank", 8, "rank", 2022, [], "India moved up from eighth place in 2022"),
    G("IND", "pm25_concentration", 53.3, "ug_m3", 2022, [],
      "India moved up from eighth place in 2022, as its average rose from 53.3 µg/m³ the year before"),
    G("CHN", "pm25_concentration_change", 6.3, "%", 2023, [], "China's average rose 6.3% to 32.5 µg/m³"),
    G("CHN", "pm25_concentration", 32.5, "ug_m3", 2023, [], "China's average rose 6.3% to 32.5 µg/m³"),
    G("CHN", "pm25_rank", 19, "rank", 2023, [], "The country ranked 19th.", "hard"),
    G("CAN", "pm25_concentration", 10.3, "ug_m3", 2023, [], QCA),
    G("CAN", "pm25_concentration", 7.4, "ug_m3", 2022, [], QCA),
    G("USA", "pm25_concentration", 9.1, "ug_m3", 2023, [], "The U.S. recorded 9.1 µg/m³, up from 8.9 in 2022"),
    G("USA", "pm25_concentration", 8.9, "ug_m3", 2022, [], "The U.S. recorded 9.1 µg/m³, up from 8.9 in 2022"),
]
IGNORE[F952] = [
    ("BGD", 16, "ratio: nearly 16 times the WHO guideline"),
    ("IND", 118.9, "sub-national: Begusarai in Bihar"),
    ("IND", 92.7, "sub-national: New Delhi"),
    ("PAK", 15, "sub-national target: cut PM2.5 in Lahore by 15% by 2026"),
    ("CHN", 5, "count of years: reversing five years of steady improvement"),
    ("CAN", 1, "regional superlative without ordinal: most polluted nation in the region"),
]
ACCOUNTED[F952] = [
    (10, "title/list size: the 10 most polluted countries, ten countries"), (2.5, "name: PM2.5"),
    (30000, "count of monitors, no country"), (5, "WHO guideline 5 µg/m³ (not a country figure)"),
    (7, "aggregate count: only seven countries and territories"), (1, "'first-hand' (idiom)"),
]

# ---------------------------------------------------------------- 953 happiness
Y24 = (2024, [2023])
GOLD[F953] = [
    G("FIN", "happiness_rank", 1, "rank", *Y24,
      "Finland has been named the world's happiest country for the seventh year in a row", "hard"),
    G("FIN", "happiness_score", 7.741, "score", *Y24, "The Nordic country scored 7.741 out of 10", "hard"),
    G("DNK", "happiness_score", 7.583, "score", *Y24, "Denmark came second with 7.583"),
    G("DNK", "happiness_rank", 2, "rank", *Y24, "Denmark came second with 7.583"),
    G("ISL", "happiness_score", 7.525, "score", *Y24, "ahead of Iceland (7.525) and Sweden (7.344)"),
    G("SWE", "happiness_score", 7.344, "score", *Y24, "ahead of Iceland (7.525) and Sweden (7.344)"),
    G("ISL", "happiness_rank", 3, "rank", *Y24, "Denmark came second with 7.583, ahead of Iceland (7.525) and Sweden (7.344)", "hard"),
    G("SWE", "happiness_rank", 4, "rank", *Y24, "Denmark came second with 7.583, ahead of Iceland (7.525) and Sweden (7.344)", "hard"),
    G("ISR", "happiness_rank", 5, "rank", *Y24, "Israel held on to fifth place"),
    G("NLD", "happiness_rank", 6, "rank", *Y24, "The Netherlands was sixth and Norway seventh"),
    G("NOR", "happiness_rank", 7, "rank", *Y24, "The Netherlands was sixth and Norway seventh"),
    G("LUX", "happiness_rank", 8, "rank", *Y24, "with Luxembourg, Switzerland and Australia rounding out the top ten", "hard"),
    G("CHE", "happiness_rank", 9, "rank", *Y24, "with Luxembourg, Switzerland and Australia rounding out the top ten", "hard"),
    G("AUS", "happiness_rank", 10, "rank", *Y24, "with Luxembourg, Switzerland and Australia rounding out the top ten", "hard"),
    G("USA", "happiness_rank", 23, "rank", *Y24, "the United States fell out of the top 20, sliding to 23rd from 15th a year earlier"),
    G("USA", "happiness_rank", 15, "rank", 2023, [2022], "the United States fell out of the top 20, sliding to 23rd from 15th a year earlier"),
    G("USA", "happiness_score_change", -0.17, "points", *Y24, "Its score dropped 0.17 points to 6.725.", "hard", vo=[0.17]),
    G("USA", "happiness_score", 6.725, "score", *Y24, "Its score dropped 0.17 points to 6.725.", "hard"),
    G("DEU", "happiness_rank", 24, "rank", *Y24, "Germany also left the top group, slipping to 24th"),
    G("GBR", "happiness_rank", 20, "rank", *Y24, "while Britain was 20th"),
    G("CRI", "happiness_rank", 12, "rank", *Y24, "Costa Rica and Kuwait entered the top 20, at 12th and 13th."),
    G("KWT", "happiness_rank", 13, "rank", *Y24, "Costa Rica and Kuwait entered the top 20, at 12th and 13th."),
    G("LTU", "happiness_rank_under_30", 1, "rank", *Y24, "Among people under 30, Lithuania ranked first"),
    G("USA", "happiness_rank_under_30", 62, "rank", *Y24, "Among people under 30, Lithuania ranked first, while the U.S. came 62nd"),
    G("CHN", "happiness_rank", 60, "rank", *Y24, "China ranked 60th, Japan 51st and India 126th out of 143"),
    G("JPN", "happiness_rank", 51, "rank", *Y24, "China ranked 60th, Japan 51st and India 126th out of 143"),
    G("IND", "happiness_rank", 126, "rank", *Y24, "China ranked 60th, Japan 51st and India 126th out of 143"),
    G("AFG", "happiness_score", 1.721, "score", *Y24, "Afghanistan, where the Taliban's restrictions on women have tightened, came last with a score of 1.721"),
    G("AFG", "happiness_rank", 143, "rank", *Y24, "Afghanistan, where the Taliban's restrictions on women have tightened, came last", "hard"),
    G("LBN", "happiness_score", 2.707, "score", *Y24, "second-from-bottom Lebanon at 2.707"),
    G("LBN", "happiness_rank", 142, "rank", *Y24, "second-from-bottom Lebanon at 2.707", "hard"),
]
IGNORE[F953] = [
    ("FIN", 7, "count of years: happiest country for the seventh year in a row (also headline)"),
    ("USA", 20, "threshold, not a rank: fell out of the top 20 (also headline)"),
    ("CRI", 20, "threshold, not a rank: entered the top 20"),
    ("KWT", 20, "threshold, not a rank: entered the top 20"),
    ("USA", 10, "threshold: Americans aged 60 and over placed in the top ten"),
    ("IND", 143, "base of ranking: out of 143"),
    ("DNK", 4, "furniture headline (Read more): Denmark's four-day-week debate"),
]
ACCOUNTED[F953] = [
    (20, "date: March 20, 2024"), (10, "scale: out of 10"), (30, "age threshold: under 30"),
    (60, "age threshold: aged 60 and over"), (1, "'For the first time' (no figure)"),
]

# ---------------------------------------------------------------- 954 hours / productivity (no date)
QH = "The average Colombian worker logged 2,297 hours in 2022, ahead of Mexico (2,226 hours) and Costa Rica (2,149)"
QL = "Germany recorded 1,341 hours, followed by Denmark on 1,372 and the Netherlands on 1,427"
QK = "South Korea, long notorious for its punishing schedules, has cut its annual hours sharply, from 2,512 in 2000 to 1,901 in 2022 — a drop of 611 hours"
QP = "Ireland topped the OECD's productivity table in 2022 at $128.8 of GDP per hour worked, measured at purchasing power parity, followed by Norway ($115.4) and Luxembourg ($113.8)"
QP2 = "Germany generated $88.0 per hour and the U.S. $97.0"
GOLD[F954] = [
    G("COL", "annual_hours_worked", 2297, "hours", 2022, [], QH),
    G("MEX", "annual_hours_worked", 2226, "hours", 2022, [], QH),
    G("CRI", "annual_hours_worked", 2149, "hours", 2022, [], QH),
    G("COL", "annual_hours_worked_rank", 1, "rank", 2022, [],
      "Workers in Colombia put in more hours than anyone else in the OECD", "hard"),
    G("MEX", "annual_hours_worked_rank", 2, "rank", 2022, [], QH, "hard"),
    G("CRI", "annual_hours_worked_rank", 3, "rank", 2022, [], QH, "hard"),
    G("DEU", "annual_hours_worked", 1341, "hours", 2022, [], QL),
    G("DNK", "annual_hours_worked", 1372, "hours", 2022, [], QL),
    G("NLD", "annual_hours_worked", 1427, "hours", 2022, [], QL),
    G("KOR", "annual_hours_worked", 2512, "hours", 2000, [], QK),
    G("KOR", "annual_hours_worked", 1901, "hours", 2022, [], QK),
    G("KOR", "annual_hours_worked_change", -611, "hours", 2022, [], QK, vo=[611]),
    G("USA", "annual_hours_worked", 1811, "hours", 2022, [], "The U.S. averaged 1,811 hours"),
    G("GBR", "annual_hours_worked", 1532, "hours", 2022, [], "Britain stood at 1,532"),
    G("JPN", "annual_hours_worked_change", -0.4, "%", 2022, [], "Japan's figure shrank by 0.4% to 1,607", vo=[0.4]),
    G("JPN", "annual_hours_worked", 1607, "hours", 2022, [], "Japan's figure shrank by 0.4% to 1,607"),
    G("GRC", "annual_hours_worked", 1886, "hours", None, [2022], "Greek employees work 1,886 hours a year"),
    G("IRL", "gdp_per_hour_worked", 128.8, "USD", 2022, [], QP),
    G("NOR", "gdp_per_hour_worked", 115.4, "USD", 2022, [], QP),
    G("LUX", "gdp_per_hour_worked", 113.8, "USD", 2022, [], QP),
    G("IRL", "gdp_per_hour_worked_rank", 1, "rank", 2022, [], QP, "hard"),
    G("NOR", "gdp_per_hour_worked_rank", 2, "rank", 2022, [], QP, "hard"),
    G("LUX", "gdp_per_hour_worked_rank", 3, "rank", 2022, [], QP, "hard"),
    G("DEU", "gdp_per_hour_worked", 88.0, "USD", 2022, [], QP2),
    G("USA", "gdp_per_hour_worked", 97.0, "USD", 2022, [], QP2),
    G("KOR", "gdp_per_hour_worked", 49.4, "USD", 2022, [], "Korea's productivity, at $49.4 an hour"),
    G("COL", "gdp_per_hour_worked", 20, "USD", 2022, [], "Colombia came last among the 38 members at about $20 an hour"),
    G("COL", "gdp_per_hour_worked_rank", 38, "rank", 2022, [], "Colombia came last among the 38 members", "hard"),
    G("ISL", "workers_with_right_to_shorter_hours", 86, "%", None, [],
      "roughly 86% of the workforce now has the right to shorter hours or more flexible schedules"),
]
IGNORE[F954] = [
    ("DEU", 40, "computed comparison: roughly 40% fewer hours than a Colombian"),
    ("KOR", 52, "legal cap: 52-hour cap on the working week"),
    ("GRC", 1, "regional superlative without ordinal: the most in the European Union"),
    ("KOR", 0.5, "fraction: just over half the American level"),
    ("COL", 48, "legal working week (policy parameter), from 48 hours"),
    ("COL", 42, "target: to 42 hours by 2026"),
    ("CHL", 44, "legal working week (policy parameter)"),
    ("CHL", 40, "target: on the way to 40 hours"),
    ("ESP", 40, "standard week (policy parameter)"),
    ("ESP", 37.5, "proposal/target: 37.5 hours"),
]
ACCOUNTED[F954] = [
    (1752, "OECD average (aggregate)"), (1, "'one hour at a time' (policy step, no figure)"),
    (4, "furniture headline (Related) without country: the four-day week"),
]

# ---------------------------------------------------------------- 955 gender pay gap (URL-only date)
QE = "The gap was widest in Estonia, at 21.3%, followed by Austria (18.4%), the Czech Republic (17.9%) and Germany (17.7%)"
QS = "while Belgium (0.7%), Romania (3.8%) and Italy (4.3%) also recorded small differences"
QF = "France's gap narrowed by 1.2 percentage points to 13.9%, and Spain's shrank 0.7 points to 8.7%"
QD = "Germany's own statistics office, Destatis, puts the unadjusted gap at 18% for 2023, with women earning an average gross hourly wage of €20.84 against €25.30 for men"
QJ = "Japan's gap, the second widest in the OECD after South Korea's 31.2%, stood at 21.3% in 2022"
QB = "Britain's Office for National Statistics reported a gap of 7.7% for full-time employees in April 2023, and 14.3% for all employees"
GOLD[F955] = [
    G("EST", "gender_pay_gap", 21.3, "%", 2022, [], QE),
    G("AUT", "gender_pay_gap", 18.4, "%", 2022, [], QE),
    G("CZE", "gender_pay_gap", 17.9, "%", 2022, [], QE),
    G("DEU", "gender_pay_gap", 17.7, "%", 2022, [], QE),
    G("EST", "gender_pay_gap_rank", 1, "rank", 2022, [], QE, "hard"),
    G("AUT", "gender_pay_gap_rank", 2, "rank", 2022, [], QE, "hard"),
    G("CZE", "gender_pay_gap_rank", 3, "rank", 2022, [], QE, "hard"),
    G("DEU", "gender_pay_gap_rank", 4, "rank", 2022, [], QE, "hard"),
    G("LUX", "gender_pay_gap", -0.7, "%", 2022, [],
      "Luxembourg was the only member state where women out-earned men, with a gap of minus 0.7%", vo=[0.7]),
    G("BEL", "gender_pay_gap", 0.7, "%", 2022, [], QS),
    G("ROU", "gender_pay_gap", 3.8, "%", 2022, [], QS),
    G("ITA", "gender_pay_gap", 4.3, "%", 2022, [], QS),
    G("FRA", "gender_pay_gap_change", -1.2, "pp", 2022, [], QF, vo=[1.2]),
    G("FRA", "gender_pay_gap", 13.9, "%", 2022, [], QF),
    G("ESP", "gender_pay_gap_change", -0.7, "pp", 2022, [], QF, vo=[0.7]),
    G("ESP", "gender_pay_gap", 8.7, "%", 2022, [], QF),
    G("POL", "gender_pay_gap", 7.8, "%", 2022, [], "Poland came in at 7.8%"),
    G("DEU", "gender_pay_gap", 18, "%", 2023, [], QD),
    G("DEU", "hourly_wage_women", 20.84, "EUR", 2023, [], QD),
    G("DEU", "hourly_wage_men", 25.30, "EUR", 2023, [], QD),
    G("DEU", "adjusted_gender_pay_gap", 6, "%", 2023, [],
      "The adjusted gap, which compares women and men in similar jobs with similar qualifications, stood at 6%", "hard"),
    G("NLD", "gender_pension_gap", 38.7, "%", 2022, [], "Dutch women's pensions were 38.7% lower than men's in 2022"),
    G("GBR", "gender_pay_gap_full_time", 7.7, "%", 2023, [], QB),
    G("GBR", "gender_pay_gap_all_employees", 14.3, "%", 2023, [], QB),
    G("JPN", "gender_pay_gap", 21.3, "%", 2022, [], QJ),
    G("JPN", "gender_pay_gap_rank_oecd", 2, "rank", 2022, [], QJ),
    G("KOR", "gender_pay_gap", 31.2, "%", 2022, [], QJ),
    G("KOR", "gender_pay_gap_rank_oecd", 1, "rank", 2022, [], QJ, "hard"),
    G("JPN", "monthly_wage_women", 262600, "JPY", 2023, [],
      "Japanese women earned an average monthly wage of 262,600 yen in 2023"),
]
IGNORE[F955] = [
    ("ISL", 5, "furniture headline (Related), count of years: five years on"),
]
ACCOUNTED[F955] = [
    (12.7, "EU aggregate (also headline)"), (13.0, "EU aggregate a year earlier"),
    (100, "EU directive threshold: companies with 100 or more employees"),
    (5, "EU directive threshold: gap of 5% or more"),
    (1, "'the only member state' is not written as a number; 'one of the widest' (no figure)"),
]

# ---------------------------------------------------------------- 956 mining
QLI = "Chile came second with 44,000 tonnes and China third with 33,000 tonnes"
QAR = "Argentina's output rose 55% to 9,600 tonnes"
QZW = "Zimbabwe, which produced just 800 tonnes two years ago, mined 3,400 tonnes, level with Canada"
QRES = "Chile holds the largest, at 9.3 million tonnes, ahead of Australia's 6.2 million"
QCU = "In copper, Chile remained the top miner, with about 5 million tonnes in 2023, followed by Peru at 2.6 million tonnes and the Democratic Republic of the Congo at 2.5 million"
QCU2 = "China mined 1.7 million tonnes of copper, and the U.S. 1.1 million, a decline of 9%"
QRE = "China also mined 240,000 tonnes of rare earths, giving Beijing about 68% of global output, down from more than 90% a decade ago"
Y24b = (2024, [2023])
GOLD[F956] = [
    G("AUS", "lithium_production", 86000, "tonnes", 2023, [],
      "Australia mined an estimated 86,000 tonnes of lithium content last year"),
    G("AUS", "lithium_production_rank", 1, "rank", 2023, [],
      "Australia mined an estimated 86,000 tonnes of lithium content last year, keeping its place as the world's largest producer", "hard"),
    G("CHL", "lithium_production", 44000, "tonnes", 2023, [], QLI),
    G("CHL", "lithium_production_rank", 2, "rank", 2023, [], QLI),
    G("CHN", "lithium_production", 33000, "tonnes", 2023, [], QLI),
    G("CHN", "lithium_production_rank", 3, "rank", 2023, [], QLI),
    G("ARG", "lithium_production_change", 55, "%", 2023, [], QAR),
    G("ARG", "lithium_production", 9600, "tonnes", 2023, [], QAR),
    G("BRA", "lithium_production", 4900, "tonnes", 2023, [], "Brazil's nearly tripled to 4,900 tonnes"),
    G("ZWE", "lithium_production", 800, "tonnes", 2022, [2021], QZW),  # "two years ago": page 2024 -> 2022; 2021 if read from data year 2023
    G("ZWE", "lithium_production", 3400, "tonnes", 2023, [], QZW),
    G("CAN", "lithium_production", 3400, "tonnes", 2023, [], QZW, "hard"),
    G("CHL", "lithium_reserves", 9.3e6, "tonnes", *Y24b, QRES, vo=[9.3]),
    G("CHL", "lithium_reserves_rank", 1, "rank", *Y24b, QRES, "hard"),
    G("AUS", "lithium_reserves", 6.2e6, "tonnes", *Y24b, QRES, vo=[6.2]),
    G("CHL", "copper_production", 5e6, "tonnes", 2023, [], QCU, vo=[5]),
    G("PER", "copper_production", 2.6e6, "tonnes", 2023, [], QCU, vo=[2.6]),
    G("COD", "copper_production", 2.5e6, "tonnes", 2023, [], QCU, vo=[2.5]),
    G("CHL", "copper_production_rank", 1, "rank", 2023, [], QCU, "hard"),
    G("PER", "copper_production_rank", 2, "rank", 2023, [], QCU, "hard"),
    G("COD", "copper_production_rank", 3, "rank", 2023, [], QCU, "hard"),
    G("CHN", "copper_production", 1.7e6, "tonnes", 2023, [], QCU2, vo=[1.7]),
    G("USA", "copper_production", 1.1e6, "tonnes", 2023, [], QCU2, vo=[1.1]),
    G("USA", "copper_production_change", -9, "%", 2023, [], QCU2, vo=[9]),
    G("CHL", "copper_exports", 50.8e9, "USD", 2023, [], "Chile's copper exports were worth US$50.8bn in 2023", vo=[50.8]),
    G("CHN", "rare_earth_production", 240000, "tonnes", 2023, [], QRE),
    G("CHN", "rare_earth_share_of_world_output", 68, "%", 2023, [], QRE),
    G("CHN", "rare_earth_share_of_world_output", 90, "%", 2014, [2013], QRE),
    G("USA", "rare_earth_production", 43000, "tonnes", 2023, [],
      "The U.S. was the second-largest producer, at 43,000 tonnes"),
    G("USA", "rare_earth_production_rank", 2, "rank", 2023, [],
      "The U.S. was the second-largest producer, at 43,000 tonnes"),
    G("AUS", "lithium_export_earnings", 18.6e9, "AUD", 2023, [2022],
      "Australia's resources ministry expects lithium export earnings to fall to A$9.1 billion in 2024-25, from a record A$18.6 billion in 2022-23",
      vo=[18.6]),
]
IGNORE[F956] = [
    ("BRA", 3, "ratio: Brazil's output nearly tripled"),
    ("COD", 2, "ratio: the DRC's output has more than doubled since 2018"),
    ("CHL", 0.5, "fraction: copper about half of Chile's total exports"),
    ("AUS", 9.1e9, "forecast: lithium export earnings to fall to A$9.1 billion in 2024-25"),
]
ACCOUNTED[F956] = [
    (2, "date: February 2, 2024; 'two years ago' (relative year of ZWE 800)"),
    (0.2, "two-country aggregate: Argentina and China more than a fifth of world reserves"),
    (80, "world price change: lithium prices fell about 80%"),
    (1.33e6, "company figure: Codelco output"), (0.25, "company: lowest in a quarter of a century"),
]

# ---------------------------------------------------------------- 957 alcohol
QA = "The Czech Republic, Latvia and Moldova each exceeded 12 litres, with Germany (12.2 litres) and Britain (11.4 litres) not far behind"
QLT = "Lithuania, which raised the legal drinking age to 20 in 2018, cut consumption from 15.0 litres in 2012 to 11.1 litres in 2019"
QUK = "In Britain, alcohol-specific deaths reached 10,048 in 2022, a rate of 15.9 per 100,000 people and up 4% on the year before"
QIE = "Consumption there fell to 10.2 litres per adult in 2023, down 0.4 litres on a year earlier"
GOLD[F957] = [
    G("ROU", "alcohol_consumption_per_capita", 17.0, "litres_per_capita", 2019, [],
      "Romania recorded the highest level of any country, 17.0 litres per person aged 15 and over"),
    G("CZE", "alcohol_consumption_per_capita", 12, "litres_per_capita", 2019, [], QA),
    G("LVA", "alcohol_consumption_per_capita", 12, "litres_per_capita", 2019, [], QA),
    G("MDA", "alcohol_consumption_per_capita", 12, "litres_per_capita", 2019, [], QA),
    G("DEU", "alcohol_consumption_per_capita", 12.2, "litres_per_capita", 2019, [], QA),
    G("GBR", "alcohol_consumption_per_capita", 11.4, "litres_per_capita", 2019, [], QA),
    G("FRA", "alcohol_consumption_per_capita", 11.1, "litres_per_capita", 2019, [],
      "France, where consumption has nearly halved since the 1960s, stood at 11.1 litres"),
    G("RUS", "alcohol_consumption_change", -43, "%", 2016, [],
      "Russia's consumption fell 43% between 2003 and 2016", vo=[43]),
    G("LTU", "alcohol_consumption_per_capita", 15.0, "litres_per_capita", 2012, [], QLT),
    G("LTU", "alcohol_consumption_per_capita", 11.1, "litres_per_capita", 2019, [], QLT),
    G("IND", "alcohol_consumption_per_capita", 4.9, "litres_per_capita", 2019, [],
      "In India, consumption per adult reached 4.9 litres, up from 2.4 litres in 2005"),
    G("IND", "alcohol_consumption_per_capita", 2.4, "litres_per_capita", 2005, [],
      "In India, consumption per adult reached 4.9 litres, up from 2.4 litres in 2005"),
    G("GBR", "alcohol_specific_deaths", 10048, "count", 2022, [], QUK),
    G("GBR", "alcohol_specific_death_rate", 15.9, "per_100k", 2022, [], QUK),
    G("GBR", "alcohol_specific_deaths_change", 4, "%", 2022, [], QUK),
    G("IRL", "alcohol_consumption_per_capita", 10.2, "litres_per_capita", 2023, [], QIE, "hard"),
    G("IRL", "alcohol_consumption_change", -0.4, "litres", 2023, [], QIE, "hard", vo=[0.4]),
]
IGNORE[F957] = [
    ("ROU", 1, "superlative without ordinal: the highest level of any country"),
    ("FRA", 0.5, "fraction: consumption has nearly halved since the 1960s"),
    ("LTU", 20, "policy parameter: legal drinking age raised to 20"),
    ("GBR", 22.9, "sub-national: Scotland's rate 22.9 per 100,000"),
    ("GBR", 50, "price and sub-national: Scottish minimum price of 50p per unit"),
    ("GBR", 65, "furniture headline (Read more), proposed price: minimum unit price to 65p"),
]
ACCOUNTED[F957] = [
    (26, "date: 26 June 2024"), (9.2, "regional aggregate: WHO European region"), (5.5, "world average"),
    (2.6e6, "world aggregate deaths"), (15, "age threshold: aged 15 and over"), (100000, "rate base: per 100,000"),
    (4, "'four UK nations' (count of nations); the GBR +4% gold value coincides"),
    (20, "WHO global target: cut by 20% by 2030 (not a country figure)"), (0.1, "world fraction: one in ten"),
]

# ---------------------------------------------------------------- 958 India education
Y958 = (2024, [2023])
QEN = "Total enrolment in Indian schools dropped to 24.8 crore in the 2023-24 academic year from 25.17 crore in 2022-23, a fall of about 37 lakh students"
QGB8 = "Girls' enrolment fell by 16 lakh and boys' by 21 lakh."
QSC = "The number of schools also shrank, to 14.72 lakh from 14.89 lakh a year earlier"
QSEC = "At the secondary level, India's gross enrolment ratio stood at 77.4%, and the dropout rate was 14.1%"
QLIT = "put India's literacy rate for people aged seven and above at 80.9%, with female literacy at 74.6% and male literacy at 87.2%"
QBUD = "India's Union Budget for 2024-25 allocated ₹1.48 lakh crore to education, including ₹73,008 crore for school education"
QUN = "UNESCO estimates the adult literacy rate in Sri Lanka at 92% and in Bangladesh at 76%, while Pakistan trails at 58%"
GOLD[F958] = [
    G("IND", "school_enrolment", 248e6, "count", *Y958, QEN, vo=[24.8]),
    G("IND", "school_enrolment", 251.7e6, "count", 2023, [2022], QEN, vo=[25.17]),
    G("IND", "school_enrolment_change", -3.7e6, "count", *Y958, QEN, vo=[3.7e6, 37]),
    G("IND", "school_enrolment_girls_change", -1.6e6, "count", *Y958, QGB8, "hard", vo=[1.6e6, 16]),
    G("IND", "school_enrolment_boys_change", -2.1e6, "count", *Y958, QGB8, "hard", vo=[2.1e6, 21]),
    G("IND", "number_of_schools", 1.472e6, "count", *Y958, QSC, "hard", vo=[14.72]),
    G("IND", "number_of_schools", 1.489e6, "count", 2023, [2022], QSC, "hard", vo=[14.89]),
    G("IND", "number_of_teachers", 9.807e6, "count", *Y958, "The country had 98.07 lakh teachers.", "hard", vo=[98.07]),
    G("IND", "secondary_gross_enrolment_ratio", 77.4, "%", *Y958, QSEC),
    G("IND", "secondary_dropout_rate", 14.1, "%", *Y958, QSEC),
    G("IND", "literacy_rate", 80.9, "%", *Y958, QLIT),
    G("IND", "female_literacy_rate", 74.6, "%", *Y958, QLIT),
    G("IND", "male_literacy_rate", 87.2, "%", *Y958, QLIT),
    G("IND", "education_budget", 1.48e12, "INR", 2025, [2024], QBUD, vo=[1.48]),
    G("IND", "school_education_budget", 7.3008e11, "INR", 2025, [2024], QBUD, vo=[73008]),
    G("IND", "samagra_shiksha_allocation", 3.701e11, "INR", 2025, [2024],
      "The flagship Samagra Shiksha scheme received 37,010 crore rupees.", "hard", vo=[37010]),
    G("LKA", "adult_literacy_rate", 92, "%", 2025, [2024], QUN),
    G("BGD", "adult_literacy_rate", 76, "%", 2025, [2024], QUN),
    G("PAK", "adult_literacy_rate", 58, "%", 2025, [2024], QUN),
]
IGNORE[F958] = [
    ("IND", 610000, "sub-national: Bihar enrolment fall of 6.1 lakh"),
    ("IND", 550000, "sub-national: Uttar Pradesh enrolment fall of 5.5 lakh"),
    ("IND", 95.3, "sub-national: Kerala literacy 95.3%"),
    ("IND", 100, "target: 100% gross enrolment ratio by 2030"),
    ("IND", 2, "furniture headline (Also read): board exams twice a year from 2026"),
]
ACCOUNTED[F958] = [
    (12, "date: Jan 12, 2025"), (9, "time: 09:40 IST"), (40, "time: 09:40 IST"),
    (7, "age threshold: aged seven and above"), (1, "'a unique ID' is not a number (no figure)"),
]

# ---------------------------------------------------------------- 959 tuberculosis (no date)
QSH = "India (26%), Indonesia (10%), China (6.8%), the Philippines (6.8%) and Pakistan (6.3%)"
QIN = "Its estimated incidence rate fell to 195 per 100,000 people from 237 in 2015, a decline of 17.7%."
QPH = "The Philippines has one of the highest incidence rates in Asia: a national prevalence survey found 11.6 cases per 1,000 adults in 2016, and the estimated incidence now stands at 643 per 100,000"
QUS9 = "The U.S. reported 9,615 cases in 2023, a rate of 2.9 per 100,000"
GOLD[F959] = [
    G("IND", "share_of_global_tb_cases", 26, "%", 2023, [], QSH),
    G("IDN", "share_of_global_tb_cases", 10, "%", 2023, [], QSH),
    G("CHN", "share_of_global_tb_cases", 6.8, "%", 2023, [], QSH),
    G("PHL", "share_of_global_tb_cases", 6.8, "%", 2023, [], QSH),
    G("PAK", "share_of_global_tb_cases", 6.3, "%", 2023, [], QSH),
    G("IND", "tb_notified_cases", 2.55e6, "count", 2023, [], "India notified 2.55 million cases in 2023", vo=[2.55]),
    G("IND", "tb_incidence_rate", 195, "per_100k", 2023, [], QIN, "hard"),
    G("IND", "tb_incidence_rate", 237, "per_100k", 2015, [], QIN, "hard"),
    G("IND", "tb_incidence_rate_change", -17.7, "%", 2023, [], QIN, "hard", vo=[17.7]),
    G("IDN", "tb_people_fell_ill", 1e6, "count", 2023, [],
      "In Indonesia, more than a million people are estimated to have fallen ill in 2023"),
    G("PHL", "tb_prevalence_per_1000", 11.6, "per_1000", 2016, [], QPH),
    G("PHL", "tb_incidence_rate", 643, "per_100k", None, [2023], QPH),
    G("RUS", "tb_incidence_rate", 39, "per_100k", 2023, [],
      "Russia has cut its incidence by more than half since 2015, to 39 per 100,000 in 2023"),
    G("ZAF", "tb_incidence_rate", 427, "per_100k", None, [],
      "South Africa, which last year recorded an incidence of 427 per 100,000"),
    G("USA", "tb_cases", 9615, "count", 2023, [], QUS9),
    G("USA", "tb_incidence_rate", 2.9, "per_100k", 2023, [], QUS9),
]
IGNORE[F959] = [
    ("IND", 1, "superlative without ordinal: the highest number ever recorded by any country"),
    ("RUS", 0.5, "fraction: cut its incidence by more than half since 2015"),
    ("GBR", 10.7, "sub-national: England notifications rose 10.7%"),
    ("GBR", 4850, "sub-national: England notifications 4,850"),
    ("IND", 5, "count of years: eliminating TB by 2025, five years ahead of 2030"),
]
ACCOUNTED[F959] = [
    (19, "name: COVID-19"), (8.2e6, "world aggregate"), (10.8e6, "world aggregate"), (1.25e6, "world aggregate"),
    (5, "'Five countries' (count of countries)"), (56, "five-country aggregate share"),
    (100000, "rate base: per 100,000"), (1000, "rate base: per 1,000"), (1, "'one of the highest', 'Every one of these deaths' (no figure)"),
    (42, "three-country aggregate share of MDR-TB"), (5.7e9, "aggregate funding, low- and middle-income countries"),
    (13e9, "aggregate funding need"), (0.5, "aggregate: less than half"),
]

# ---------------------------------------------------------------- 960 cocoa
Y960 = (2024, [2023])
QCI = "Cocoa output in Côte d'Ivoire, the world's top producer, fell 22.5 per cent in the 2023/24 season to about 1.76 million tonnes, from 2.27 million tonnes in the previous season"
QGH = "Ghana, the second-largest grower, produced about 580,000 tonnes in 2023/24, down from 654,000 tonnes"
QEC = "Ecuador, now the third-largest producer, harvested a record 430,000 tonnes, and Cameroon and Nigeria followed with 290,000 and 280,000 tonnes respectively"
QGR = "In the third quarter, Ivorian grindings fell 4.6 per cent to 166,000 tonnes"
GOLD[F960] = [
    G("CIV", "cocoa_production_change", -22.5, "%", *Y960, QCI, vo=[22.5]),
    G("CIV", "cocoa_production", 1.76e6, "tonnes", *Y960, QCI, vo=[1.76]),
    G("CIV", "cocoa_production", 2.27e6, "tonnes", 2023, [2022], QCI, vo=[2.27]),
    G("CIV", "cocoa_production_rank", 1, "rank", *Y960, "Côte d'Ivoire, the world's top producer", "hard"),
    G("GHA", "cocoa_production_rank", 2, "rank", *Y960, "Ghana, the second-largest grower"),
    G("GHA", "cocoa_production", 580000, "tonnes", *Y960, QGH),
    G("GHA", "cocoa_production", 654000, "tonnes", 2023, [2022], QGH),
    G("ECU", "cocoa_production_rank", 3, "rank", *Y960, "Ecuador, now the third-largest producer"),
    G("ECU", "cocoa_production", 430000, "tonnes", *Y960, QEC),
    G("CMR", "cocoa_production", 290000, "tonnes", *Y960, QEC),
    G("NGA", "cocoa_production", 280000, "tonnes", *Y960, QEC),
    G("CMR", "cocoa_production_rank", 4, "rank", *Y960, QEC, "hard"),
    G("NGA", "cocoa_production_rank", 5, "rank", *Y960, QEC, "hard"),
    G("BRA", "cocoa_production_change", 8, "%", *Y960, "In Brazil, output rose 8 per cent to about 220,000 tonnes"),
    G("BRA", "cocoa_production", 220000, "tonnes", *Y960, "In Brazil, output rose 8 per cent to about 220,000 tonnes"),
    G("BRA", "cocoa_harvest_value", 4.1e9, "BRL", 2023, [],
      "The country's cocoa bean harvest was worth 4.1 billion reais in 2023", "hard", vo=[4.1]),
    G("IDN", "cocoa_production_change", -6, "%", *Y960, "Indonesia's harvest shrank by 6 per cent to 160,000 tonnes", vo=[6]),
    G("IDN", "cocoa_production", 160000, "tonnes", *Y960, "Indonesia's harvest shrank by 6 per cent to 160,000 tonnes"),
    G("CIV", "cocoa_grindings_change", -4.6, "%", 2024, [], QGR, vo=[4.6]),
    G("CIV", "cocoa_grindings", 166000, "tonnes", 2024, [], QGR),
]
IGNORE[F960] = [
    ("ECU", 10, "count of years: planted high-yield clones ten years ago (quote)"),
    ("CIV", 1800, "price: farmgate price 1,800 CFA francs per kilogram"),
    ("GHA", 45, "price change: Cocobod lifted its price by 45 per cent"),
    ("GHA", 3100, "price: 3,100 cedis per bag"),
    ("CIV", 1.9e6, "forecast: Ivorian output to recover to 1.9 million tonnes in 2024/25"),
    ("GHA", 600e6, "furniture headline (Related): Cocobod secures $600m loan"),
]
ACCOUNTED[F960] = [
    (29, "date: Nov. 29, 2024"), (13.1, "world aggregate change"), (4.38e6, "world aggregate"),
    (462000, "world deficit"), (12000, "futures price, no country"), (3, "'third quarter' (period); 'prices triple' (no country)"),
    (0.25, "'third quarter' (period, not a fraction)"),
]


def gold_records():
    out = []
    for art in sorted(GOLD):
        for g in GOLD[art]:
            rec = {
                "article": art, "country": g["c"], "metric": g["m"], "keywords": KW[g["m"]],
                "value": g["v"], "unit": g["u"], "year": g["y"], "year_ok": list(g["yo"]),
                "quote": g["q"], "tier": g["t"],
            }
            if g["vo"]:
                rec["value_ok"] = list(g["vo"])
            out.append(rec)
    return out


def ignore_records():
    out = []
    for art in sorted(IGNORE):
        for c, v, note in IGNORE[art]:
            out.append({"article": art, "country": c, "value": v, "note": note})
    return out


def norm(v):
    """Plain JSON numbers: ints where integral and large, floats rounded to kill binary noise."""
    if isinstance(v, float):
        r = round(v, 6)
        if abs(r) >= 1000 and r == int(r):
            return int(r)
        return r
    return v


def main():
    gold = gold_records()
    for r in gold:
        r["value"] = norm(r["value"])
        if "value_ok" in r:
            r["value_ok"] = [norm(x) for x in r["value_ok"]]
    ign = ignore_records()
    for r in ign:
        r["value"] = norm(r["value"])
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in gold:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "gold.ignore.jsonl"), "w", encoding="utf-8") as f:
        for r in ign:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    acc = {art: [[norm(v), note] for v, note in rows] for art, rows in ACCOUNTED.items()}
    with open(os.path.join(ROOT, "tools", "accounted.json"), "w", encoding="utf-8") as f:
        json.dump(acc, f, ensure_ascii=False, indent=1)
    core = sum(1 for r in gold if r["tier"] == "core")
    print(f"wrote {len(gold)} gold ({core} core, {len(gold) - core} hard), {len(ign)} ignore")


if __name__ == "__main__":
    main()
