#!/usr/bin/env python3
"""Holds every annotation of the heldout11 set as data and writes gold.jsonl and gold.ignore.jsonl.

Run from anywhere: python3 tools/build.py
Record format follows shared/gold/corpus-gold.jsonl and corpus-gold.ignore.jsonl.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A937 = "937_civicledger-corruption-index-denmark-tops.md"
A938 = "938_meridianwire-press-freedom-index-norway.txt"
A939 = "939_bullionmonitor-central-bank-gold-q3.md"
A940 = "940_autolinereport-global-vehicle-production-2023.md"
A941 = "941_vintnerdaily-oiv-wine-production-2023.txt"
A942 = "942_travelwire-henley-passport-index-july.md"
A943 = "943_globaldevpost-jmp-drinking-water-sanitation.md"
A944 = "944_sportledger-paris-medal-table-us-china.txt"
A945 = "945_healthdesk-maternal-deaths-doctor-gap.md"
A946 = "946_aidwatchdaily-oecd-oda-2023-record.md"
A947 = "947_continentalreview-el-salvador-prison-rate.txt"
A948 = "948_fiscalcompass-interest-bill-public-debt.md"
ARTICLES = [A937, A938, A939, A940, A941, A942, A943, A944, A945, A946, A947, A948]

# metric -> (keywords, unit)
METRICS = {
    # 937 Corruption Perceptions Index
    "cpi_score": (["corruption", "cpi", "perception", "graft"], "score"),
    "cpi_score_change": (["corruption", "cpi", "perception", "graft"], "points"),
    "cpi_rank": (["corruption", "cpi", "perception", "graft"], "rank"),
    "cpi_rank_change": (["corruption", "cpi", "perception", "graft"], "places"),
    # 938 World Press Freedom Index
    "press_freedom_score": (["press", "freedom", "rsf", "media"], "score"),
    "press_freedom_score_change": (["press", "freedom", "rsf", "media"], "points"),
    "press_freedom_rank": (["press", "freedom", "rsf", "media"], "rank"),
    "press_freedom_rank_change": (["press", "freedom", "rsf", "media"], "places"),
    "jailed_journalists": (["journalist", "jail", "prison", "detain"], "count"),
    # 939 central bank gold
    "gold_purchases": (["gold", "bullion"], "tonnes"),
    "gold_holdings": (["gold", "bullion"], "tonnes"),
    "gold_holdings_change": (["gold", "bullion"], "tonnes"),
    "gold_share_of_reserves": (["gold", "bullion"], "%"),
    "gold_reserves_value": (["gold", "bullion"], "INR"),
    # 940 vehicle production
    "vehicle_production": (["vehicle", "car", "auto", "motor", "production", "output"], "count"),
    "vehicle_production_change": (["vehicle", "car", "auto", "motor", "production", "output"], "%"),
    "vehicle_production_rank": (["vehicle", "car", "auto", "motor", "production", "producer"], "rank"),
    "vehicle_market_rank": (["vehicle", "car", "auto", "market", "sales"], "rank"),
    "vehicle_exports": (["export", "shipment", "shipped"], "count"),
    # 941 wine
    "wine_production": (["wine", "production", "output", "harvest"], "hl"),
    "wine_production_change": (["wine", "production", "output", "harvest"], "%"),
    "wine_production_rank": (["wine", "production", "producer", "output"], "rank"),
    "wine_consumption": (["wine", "consum", "drink", "market"], "hl"),
    "wine_consumption_per_capita": (["consum", "capita", "per_head", "per_adult", "wine"], "litres_per_capita"),
    "wine_exports_value": (["export"], "EUR"),
    # 942 passports
    "passport_visa_free_destinations": (["passport", "visa", "destination"], "count"),
    "passport_rank": (["passport", "henley", "visa"], "rank"),
    "passport_rank_change": (["passport", "henley", "visa"], "places"),
    # 943 water and sanitation
    "safely_managed_drinking_water": (["water", "drinking"], "%"),
    "basic_sanitation": (["sanitation"], "%"),
    "open_defecation": (["defecation", "sanitation"], "%"),
    "people_without_toilet": (["toilet", "defecation", "sanitation"], "count"),
    "safely_managed_sanitation": (["sanitation"], "%"),
    "safely_managed_sanitation_change": (["sanitation"], "pp"),
    # 944 Olympic medals
    "olympic_gold_medals": (["gold", "medal"], "count"),
    "olympic_silver_medals": (["silver", "medal"], "count"),
    "olympic_medals_total": (["medal"], "count"),
    "olympic_medal_table_rank": (["medal", "olympic", "table"], "rank"),
    # 945 maternal mortality and doctors
    "maternal_deaths": (["maternal", "death", "mortality"], "count"),
    "maternal_mortality_ratio": (["maternal", "mortality"], "per_100k_births"),
    "maternal_mortality_ratio_change": (["maternal", "mortality"], "%"),
    "doctors_per_1000": (["doctor", "physician"], "per_1k"),
    # 946 official development assistance
    "oda": (["aid", "oda", "assistance", "donor"], "USD"),
    "oda_donor_rank": (["aid", "oda", "assistance", "donor"], "rank"),
    "oda_pct_gni": (["aid", "oda", "assistance", "gni"], "%"),
    "oda_in_donor_refugee_share": (["refugee", "in_donor", "aid"], "%"),
    "oda_received": (["aid", "oda", "assistance", "recei", "recipient"], "USD"),
    # 947 prisons and homicide
    "prison_population_share": (["prison", "incarcerat", "jail", "behind_bars"], "%"),
    "gang_detentions": (["detain", "detention", "arrest"], "count"),
    "prison_population_rate": (["prison", "incarcerat"], "per_100k"),
    "prison_population": (["prison", "incarcerat"], "count"),
    "prison_population_rank": (["prison", "incarcerat"], "rank"),
    "homicide_rate": (["homicide", "murder", "killing"], "per_100k"),
    # 948 public debt interest
    "net_interest_outlays": (["interest"], "USD"),
    "net_interest_change": (["interest"], "%"),
    "interest_pct_gdp": (["interest"], "%"),
    "public_debt_pct_gdp": (["debt"], "%"),
    "public_debt": (["debt"], "JPY"),
    "debt_service_budget": (["interest", "debt", "servic"], "JPY"),
    "interest_payments": (["interest"], "GBP"),
    "interest_pct_revenue": (["interest", "revenue"], "%"),
}

GOLD = []
IGNORE = []


def g(article, country, metric, value, year, quote, tier="core", yo=(), vo=None, unit=None):
    kw, default_unit = METRICS[metric]
    rec = {
        "article": article,
        "country": country,
        "metric": metric,
        "keywords": list(kw),
        "value": value,
        "unit": unit or default_unit,
        "year": year,
        "year_ok": list(yo),
        "quote": quote,
        "tier": tier,
    }
    if vo is not None:
        rec["value_ok"] = list(vo)
    GOLD.append(rec)


def ig(article, country, value, note):
    IGNORE.append({"article": article, "country": country, "value": value, "note": note})


# ---------------------------------------------------------------- 937 CPI 2024 (dateline 2025-02-11)
A = A937
q_fin = "Finland came second on 88, followed by Singapore (84) and New Zealand (83)"
g(A, "DNK", "cpi_score", 90, 2024, "Denmark has kept its place as the world's least corrupt country in Transparency International's 2024 Corruption Perceptions Index, published on Tuesday, scoring 90 out of 100", yo=[2023])  # "for the second year running": also the 2023 score
g(A, "FIN", "cpi_rank", 2, 2024, "Finland came second on 88")
g(A, "FIN", "cpi_score", 88, 2024, "Finland came second on 88")
g(A, "SGP", "cpi_score", 84, 2024, "followed by Singapore (84)")
g(A, "SGP", "cpi_rank", 3, 2024, q_fin, tier="hard")
g(A, "NZL", "cpi_score", 83, 2024, "New Zealand (83)")
g(A, "NZL", "cpi_rank", 4, 2024, q_fin, tier="hard")
q = "Luxembourg and Norway shared fifth place with 81 points each"
for c in ("LUX", "NOR"):
    g(A, c, "cpi_rank", 5, 2024, q)
    g(A, c, "cpi_score", 81, 2024, q)
q = "The United States fell to 65 from 69 in 2023, dropping four places to 28th"
g(A, "USA", "cpi_score", 65, 2024, q)
g(A, "USA", "cpi_score", 69, 2023, q)
g(A, "USA", "cpi_rank", 28, 2024, q)
g(A, "USA", "cpi_rank_change", -4, 2024, "dropping four places to 28th", vo=[4])
g(A, "USA", "cpi_score_change", -4, 2024, "| 28 | United States | 65 | -4 |", vo=[4])
g(A, "FRA", "cpi_score", 67, 2024, "France lost four points to 67")
g(A, "FRA", "cpi_score_change", -4, 2024, "France lost four points to 67", vo=[4])
g(A, "FRA", "cpi_rank", 25, 2024, "| 25 | France | 67 | -4 |")
g(A, "DEU", "cpi_score", 75, 2024, "Germany, long a regional benchmark, dropped three points to 75")
g(A, "DEU", "cpi_score_change", -3, 2024, "Germany, long a regional benchmark, dropped three points to 75", vo=[3])
g(A, "DEU", "cpi_rank", 15, 2024, "| 15 | Germany | 75 | -3 |")
q = "Britain held steady at 71 and shared 20th place with Japan"
g(A, "GBR", "cpi_score", 71, 2024, q, yo=[2023])  # "held steady": also the 2023 score
g(A, "GBR", "cpi_rank", 20, 2024, q)
g(A, "JPN", "cpi_rank", 20, 2024, q)
q = "| 76 | China | 43 | +1 |"
g(A, "CHN", "cpi_rank", 76, 2024, q)
g(A, "CHN", "cpi_score", 43, 2024, q)
g(A, "CHN", "cpi_score_change", 1, 2024, q)
g(A, "UKR", "cpi_score", 35, 2024, "Ukraine gained one point to 35")
g(A, "UKR", "cpi_score_change", 1, 2024, "Ukraine gained one point to 35")
g(A, "UKR", "cpi_rank", 105, 2024, "Ukraine gained one point to 35 despite the war; the country now sits 105th", tier="hard")
g(A, "SSD", "cpi_score", 8, 2024, "South Sudan scored just 8")
ig(A, "DNK", 1, "world's least corrupt country (superlative, no ordinal)")
ig(A, "DNK", 2, "for the second year running (count of years)")
ig(A, "DNK", 100, "out of 100 (scale maximum)")
ig(A, "SSD", 180, "the lowest of any country (superlative; would be last of 180)")
ig(A, "EST", 20, "Read-more headline: 20 years on (furniture, count of years)")

# ---------------------------------------------------------------- 938 RSF index 2024 (byline 2024-05-03)
A = A938
g(A, "NOR", "press_freedom_rank", 1, 2024, "Norway has once again taken first place in the World Press Freedom Index")
g(A, "NOR", "press_freedom_score", 91.89, 2024, "scoring 91.89 out of 100")
g(A, "NOR", "press_freedom_score_change", -3.29, 2024, "Norway's score was nonetheless down 3.29 points on last year's edition", vo=[3.29])
q = "ahead of Denmark (89.60) and Sweden (88.32), which completed the top three"
g(A, "DNK", "press_freedom_score", 89.6, 2024, "ahead of Denmark (89.60)")
g(A, "DNK", "press_freedom_rank", 2, 2024, q, tier="hard")
g(A, "SWE", "press_freedom_score", 88.32, 2024, "Sweden (88.32)")
g(A, "SWE", "press_freedom_rank", 3, 2024, q, tier="hard")
g(A, "NLD", "press_freedom_rank", 4, 2024, "The Netherlands climbed two places to fourth")
g(A, "NLD", "press_freedom_rank_change", 2, 2024, "The Netherlands climbed two places to fourth")
g(A, "NLD", "press_freedom_score", 87.73, 2024, "with the Dutch score rising to 87.73")
g(A, "FIN", "press_freedom_rank", 5, 2024, "Finland slipped to fifth")
g(A, "DEU", "press_freedom_rank", 10, 2024, "Germany re-entered the top ten in 10th place")
g(A, "FRA", "press_freedom_rank", 21, 2024, "France ranked 21st")
g(A, "GBR", "press_freedom_rank", 23, 2024, "France ranked 21st and Britain 23rd")
q = "The U.S. fell 10 places to 55th with a score of 66.59"
g(A, "USA", "press_freedom_rank", 55, 2024, q)
g(A, "USA", "press_freedom_rank_change", -10, 2024, q, vo=[10])
g(A, "USA", "press_freedom_score", 66.59, 2024, q)
g(A, "ITA", "press_freedom_rank", 46, 2024, "Italy dropped five places to 46th")
g(A, "ITA", "press_freedom_rank_change", -5, 2024, "Italy dropped five places to 46th", vo=[5])
q = "Greece, at 88th, remained the worst-placed member of the European Union despite climbing from 107th a year earlier"
g(A, "GRC", "press_freedom_rank", 88, 2024, q)
g(A, "GRC", "press_freedom_rank", 107, 2023, q)
g(A, "TUR", "press_freedom_rank", 158, 2024, "Türkiye dropped to 158th")
g(A, "IND", "press_freedom_rank", 159, 2024, "just ahead of India in 159th")
q = "China, in 172nd place, remains the world's biggest jailer of journalists, with more than 100 behind bars"
g(A, "CHN", "press_freedom_rank", 172, 2024, q)
g(A, "CHN", "jailed_journalists", 100, 2024, q, yo=[2023])
g(A, "ERI", "press_freedom_rank", 180, 2024, "Eritrea came last, at 180th")
g(A, "SYR", "press_freedom_rank", 179, 2024, "behind Syria (179th)")
g(A, "AFG", "press_freedom_rank", 178, 2024, "Afghanistan (178th)")
ig(A, "NOR", 8, "headline: for eighth year (count of years)")
ig(A, "NOR", 100, "out of 100 (scale maximum)")
ig(A, "CHN", 1, "world's biggest jailer of journalists (superlative, no ordinal)")

# ---------------------------------------------------------------- 939 central bank gold (URL date 2024-11-05)
A = A939
q = "The National Bank of Poland bought 42 tonnes in the July-September period, lifting its holdings to about 420 tonnes, or roughly 16% of its total reserves"
g(A, "POL", "gold_purchases", 42, 2024, "The National Bank of Poland bought 42 tonnes in the July-September period")
g(A, "POL", "gold_holdings", 420, 2024, q)
g(A, "POL", "gold_share_of_reserves", 16, 2024, q)
g(A, "IND", "gold_purchases", 13, 2024, "The Reserve Bank of India added 13 tonnes in the quarter")
g(A, "IND", "gold_holdings", 854.7, 2024, "The Reserve Bank of India added 13 tonnes in the quarter, taking its stockpile to 854.7 tonnes at the end of September")
g(A, "IND", "gold_reserves_value", 5.9e12, 2024, "taking its stockpile to 854.7 tonnes at the end of September, worth about 5.9 trillion rupees", vo=[5.9])
g(A, "TUR", "gold_purchases", 17, 2024, "Türkiye's central bank bought 17 tonnes")
g(A, "TUR", "gold_holdings", 595, 2024, "Türkiye's central bank bought 17 tonnes, its fifth consecutive quarter of net purchases, bringing official holdings to nearly 595 tonnes")
g(A, "CHN", "gold_holdings", 2264, 2024, "Beijing, by contrast, has kept its official holdings at 2,264 tonnes since May", yo=[2023])
g(A, "CHN", "gold_purchases", 225, 2023, "after buying 225 tonnes in 2023")
g(A, "CHN", "gold_share_of_reserves", 5, 2024, "Gold still makes up less than 5% of China's reserves", yo=[2023])
g(A, "USA", "gold_share_of_reserves", 72, 2024, "against about 72% for the United States", yo=[2023])
g(A, "UZB", "gold_holdings_change", -11, 2024, "Uzbekistan was the largest seller in the quarter, reporting a drop of 11 tonnes in its holdings", vo=[11])
g(A, "USA", "gold_holdings", 8133, 2024, "The United States remains by far the largest holder, with 8,133 tonnes", yo=[2023])
g(A, "DEU", "gold_holdings", 3352, 2024, "Germany holds 3,352 tonnes", yo=[2023])
g(A, "ITA", "gold_holdings", 2452, 2024, "Germany holds 3,352 tonnes and Italy 2,452 tonnes", yo=[2023])
q = "France and Russia have about 2,437 and 2,336 tonnes respectively"
g(A, "FRA", "gold_holdings", 2437, 2024, q, yo=[2023])
g(A, "RUS", "gold_holdings", 2336, 2024, q, yo=[2023])
g(A, "NLD", "gold_holdings", 612, 2024, "Dutch reserves stand at 612 tonnes", yo=[2023])
ig(A, "POL", 1, "the biggest single buyer (superlative)")
ig(A, "CHN", 6, "no purchases for a sixth straight month (count of months)")
ig(A, "POL", 20, "wants gold to make up 20% of reserves over time (target)")
ig(A, "TUR", 5, "fifth consecutive quarter of net purchases (count of quarters)")
ig(A, "CHN", 1, "more than any other central bank that year (superlative)")
ig(A, "UZB", 1, "the largest seller in the quarter (superlative)")
ig(A, "USA", 1, "by far the largest holder (superlative)")
ig(A, "DEU", 0.5, "Related headline: the Bundesbank keeps half its gold in Frankfurt (fraction word, furniture)")

# ---------------------------------------------------------------- 940 vehicle production 2023 (dateline 2024-03-21)
A = A940
g(A, "CHN", "vehicle_production", 30.2e6, 2023, "China alone built 30.2 million vehicles in 2023", vo=[30.2])
g(A, "CHN", "vehicle_production_change", 11.6, 2023, "China alone built 30.2 million vehicles in 2023, up 11.6% on the year before")
g(A, "CHN", "vehicle_production_rank", 1, 2023, "1. China — 30.2 million", tier="hard")
g(A, "USA", "vehicle_production", 10.6e6, 2023, "2. United States — 10.6 million", vo=[10.6])
g(A, "USA", "vehicle_production_rank", 2, 2023, "The United States remained a distant second")
g(A, "JPN", "vehicle_production", 8.99e6, 2023, "3. Japan — 8.99M", vo=[8.99])
g(A, "JPN", "vehicle_production_rank", 3, 2023, "3. Japan — 8.99M", tier="hard")
g(A, "JPN", "vehicle_production_change", 15, 2023, "Japan's output jumped almost 15%")
g(A, "IND", "vehicle_production", 5.85e6, 2023, "4. India — 5.85 million", vo=[5.85])
q = "India overtook Japan as the world's third-largest vehicle market in 2022 but remains fourth as a producer"
g(A, "IND", "vehicle_production_rank", 4, 2023, q, yo=[2024])
g(A, "IND", "vehicle_market_rank", 3, 2022, q)
g(A, "KOR", "vehicle_production", 4.24e6, 2023, "5. South Korea — 4.24 million", vo=[4.24])
g(A, "KOR", "vehicle_production_rank", 5, 2023, "5. South Korea — 4.24 million", tier="hard")
g(A, "DEU", "vehicle_production", 4.11e6, 2023, "6. Germany — 4.11 million", vo=[4.11])
g(A, "DEU", "vehicle_production_rank", 6, 2023, "6. Germany — 4.11 million", tier="hard")
g(A, "DEU", "vehicle_production", 5.6e6, 2017, "German output was still well below the 5.6 million vehicles the country made in 2017", vo=[5.6])
q = "Mexico, by contrast, lifted output to 4.0 million from 3.5 million in the previous year"
g(A, "MEX", "vehicle_production", 4.0e6, 2023, q, vo=[4.0])
g(A, "MEX", "vehicle_production", 3.5e6, 2022, q, vo=[3.5])
g(A, "MEX", "vehicle_production_rank", 7, 2023, "7. Mexico — 4.0 million", tier="hard")
g(A, "ESP", "vehicle_production", 2.45e6, 2023, "8. Spain — 2.45 million", vo=[2.45])
g(A, "ESP", "vehicle_production_rank", 8, 2023, "8. Spain — 2.45 million", tier="hard")
g(A, "BRA", "vehicle_production", 2.32e6, 2023, "9. Brazil — 2.32 million", vo=[2.32])
g(A, "BRA", "vehicle_production_rank", 9, 2023, "9. Brazil — 2.32 million", tier="hard")
g(A, "THA", "vehicle_production", 1.84e6, 2023, "10. Thailand — 1.84 million", vo=[1.84])
g(A, "THA", "vehicle_production_rank", 10, 2023, "10. Thailand — 1.84 million", tier="hard")
g(A, "THA", "vehicle_production_change", -2.0, 2023, "Thailand, Southeast Asia's biggest car-making hub, saw output fall 2.0%", vo=[2.0])
g(A, "CHN", "vehicle_exports", 4.9e6, 2023, "China shipped 4.9m vehicles abroad last year", vo=[4.9])
g(A, "JPN", "vehicle_exports", 4.4e6, 2023, "overtaking Japan (4.4 million)", vo=[4.4])
ig(A, "CHN", 0.33, "nearly a third of the world total (fraction word)")
ig(A, "THA", 1, "Southeast Asia's biggest car-making hub (superlative)")
ig(A, "CHN", 5e6, "Guangdong province alone produced more than 5 million vehicles (sub-national)")
ig(A, "CHN", 31e6, "S&P Global Mobility expects about 31 million units this year (forecast)")

# ---------------------------------------------------------------- 941 wine 2023 (byline 2024-04-25)
A = A941
g(A, "FRA", "wine_production", 48e6, 2023, "France reclaimed its place as the world's largest producer with 48 million hectolitres", vo=[48])
g(A, "FRA", "wine_production_change", 4, 2023, "France reclaimed its place as the world's largest producer with 48 million hectolitres, up 4% on the year before")
q = "Italy's output collapsed by 23% to 38.3 million hectolitres"
g(A, "ITA", "wine_production", 38.3e6, 2023, q, vo=[38.3])
g(A, "ITA", "wine_production_change", -23, 2023, q, vo=[23])
q = "Spain's harvest fell 21 per cent to 28.3 million hl"
g(A, "ESP", "wine_production", 28.3e6, 2023, q, vo=[28.3])
g(A, "ESP", "wine_production_change", -21, 2023, q, vo=[21])
q = "The United States, the fourth-largest producer, made 24.3 mhl, up 12%"
g(A, "USA", "wine_production", 24.3e6, 2023, q, vo=[24.3])
g(A, "USA", "wine_production_change", 12, 2023, q)
g(A, "USA", "wine_production_rank", 4, 2023, q)
q = "Australia's production dropped 26% to 9.6 million hectolitres"
g(A, "AUS", "wine_production", 9.6e6, 2023, q, vo=[9.6])
g(A, "AUS", "wine_production_change", -26, 2023, q, vo=[26])
g(A, "USA", "wine_consumption", 33.3e6, 2023, "The U.S. remained the biggest market at 33.3 mhl", vo=[33.3])
g(A, "FRA", "wine_consumption", 24.4e6, 2023, "ahead of France (24.4 mhl)", vo=[24.4])
g(A, "ITA", "wine_consumption", 21.8e6, 2023, "Italy (21.8 mhl)", vo=[21.8])
g(A, "DEU", "wine_consumption", 19.1e6, 2023, "Germans drank 19.1 mhl", vo=[19.1])
g(A, "PRT", "wine_consumption_per_capita", 61.7, 2023, "Measured per head, Portugal leads with 61.7 litres per adult a year", yo=[2024])
g(A, "FRA", "wine_consumption_per_capita", 46, 2023, "Portugal leads with 61.7 litres per adult a year, well ahead of France's 46", yo=[2024])
g(A, "FRA", "wine_exports_value", 11.9e9, 2023, "On exports, France earned €11.9bn", vo=[11.9])
ig(A, "FRA", 1, "world's largest producer; more than any other country by value (superlatives)")
ig(A, "USA", 1, "the biggest market (superlative)")
ig(A, "PRT", 1, "Portugal leads per head (superlative)")
ig(A, "ITA", 0.5, "In Sicily, some growers lost nearly half their crop (sub-national, fraction word)")
ig(A, "ESP", 30e6, "2024 harvest could recover to between 30 and 32 million hl (forecast, range)")
ig(A, "ESP", 32e6, "2024 harvest could recover to between 30 and 32 million hl (forecast, range)")

# ---------------------------------------------------------------- 942 Henley Passport Index (dateline 2024-07-23)
A = A942
Y, YO = 2024, [2023]
g(A, "SGP", "passport_visa_free_destinations", 195, Y, "Singaporeans can now travel to 195 of the world's 227 destinations", yo=YO)
q = "France, Germany, Italy, Japan and Spain share second place with visa-free access to 192 destinations"
for c in ("FRA", "DEU", "ITA", "JPN", "ESP"):
    g(A, c, "passport_rank", 2, Y, q, yo=YO)
    g(A, c, "passport_visa_free_destinations", 192, Y, q, yo=YO)
q = "seven European countries and South Korea are joint third on 191"
g(A, "KOR", "passport_rank", 3, Y, q, yo=YO)
g(A, "KOR", "passport_visa_free_destinations", 191, Y, q, yo=YO)
g(A, "GBR", "passport_rank", 4, Y, "Britain is fourth with 190 destinations", yo=YO)
g(A, "GBR", "passport_visa_free_destinations", 190, Y, "Britain is fourth with 190 destinations", yo=YO)
q = "Britain is fourth with 190 destinations, level with Belgium, Denmark, New Zealand, Norway and Switzerland"
for c in ("BEL", "DNK", "NZL", "NOR", "CHE"):
    g(A, c, "passport_rank", 4, Y, q, tier="hard", yo=YO)
    g(A, c, "passport_visa_free_destinations", 190, Y, q, tier="hard", yo=YO)
q = "The United States has slipped to eighth place with 186 destinations"
g(A, "USA", "passport_rank", 8, Y, q, yo=YO)
g(A, "USA", "passport_visa_free_destinations", 186, Y, q, yo=YO)
q = "the United Arab Emirates, which now ranks ninth with 185 destinations after rising 53 places in ten years"
g(A, "ARE", "passport_rank", 9, Y, q, yo=YO)
g(A, "ARE", "passport_visa_free_destinations", 185, Y, q, yo=YO)
g(A, "ARE", "passport_rank_change", 53, Y, q, yo=YO)
g(A, "IND", "passport_rank", 82, Y, "India is 82nd with 58 destinations", yo=YO)
g(A, "IND", "passport_visa_free_destinations", 58, Y, "India is 82nd with 58 destinations", yo=YO)
q = "India is 82nd with 58 destinations, the same as Senegal and Tajikistan"
for c in ("SEN", "TJK"):
    g(A, c, "passport_rank", 82, Y, q, tier="hard", yo=YO)
    g(A, c, "passport_visa_free_destinations", 58, Y, q, tier="hard", yo=YO)
q = "Afghanistan, in 104th place, offers visa-free access to just 26 destinations"
g(A, "AFG", "passport_rank", 104, Y, q, yo=YO)
g(A, "AFG", "passport_visa_free_destinations", 26, Y, q, yo=YO)
ig(A, "SGP", 1, "the most powerful passport in the world (superlative)")
ig(A, "SGP", 227, "of the world's 227 destinations (denominator)")
ig(A, "USA", 1, "in 2014 it topped the ranking jointly with Britain (superlative)")
ig(A, "GBR", 1, "in 2014 the US topped the ranking jointly with Britain (superlative)")
ig(A, "ARE", 1, "the biggest climber of the past decade (superlative)")
ig(A, "ARE", 10, "rising 53 places in ten years (count of years)")
ig(A, "SGP", 169, "gap of 169 destinations between top and bottom (difference)")
ig(A, "AFG", 169, "gap of 169 destinations between top and bottom (difference)")

# ---------------------------------------------------------------- 943 JMP water and sanitation (byline 2024-07-02; data year 2022)
A = A943
g(A, "ETH", "safely_managed_drinking_water", 13, 2022, "In Ethiopia, only 13% of the population had access to safely managed drinking water")
g(A, "ETH", "basic_sanitation", 9, 2022, "and just 9% to basic sanitation")
q = "Nigeria fared somewhat better at 30%, up from 21% in 2015"
g(A, "NGA", "safely_managed_drinking_water", 30, 2022, q)
g(A, "NGA", "safely_managed_drinking_water", 21, 2015, q)
q = "The share of Indians practising open defecation fell to 11% in 2022 from 39% in 2015"
g(A, "IND", "open_defecation", 11, 2022, q)
g(A, "IND", "open_defecation", 39, 2015, q)
g(A, "IND", "people_without_toilet", 157e6, 2022, "though that still leaves about 157 million people without a toilet of any kind", vo=[157])
g(A, "BGD", "safely_managed_drinking_water", 59, 2022, "Bangladesh reported that 59 per cent of its people used safely managed drinking water")
q = "Brazil's safely managed sanitation coverage climbed 4 percentage points between 2015 and 2022 to 53%"
g(A, "BRA", "safely_managed_sanitation", 53, 2022, q)
g(A, "BRA", "safely_managed_sanitation_change", 4, 2022, q)
ig(A, "ETH", 8, "in rural areas the water figure was barely 8% (sub-national)")
ig(A, "TCD", 0.1, "fewer than one in ten people (fraction words)")
ig(A, "IND", 80, "Uttar Pradesh tap connections above 80% (sub-national)")
ig(A, "IND", 193e6, "Jal Jeevan Mission aims to reach all 193 million rural households (target)")
ig(A, "PAK", 3, "costs Pakistan between 3 and 4 per cent of GDP (range, estimate)")
ig(A, "PAK", 4, "costs Pakistan between 3 and 4 per cent of GDP (range, estimate)")
ig(A, "ZAF", 5, "Related headline: Cape Town's Day Zero, five years later (sub-national, count of years)")

# ---------------------------------------------------------------- 944 Paris 2024 medal table (dateline Aug 11, no year; event year 2024)
A = A944
g(A, "USA", "olympic_gold_medals", 40, 2024, "The United States finished top of the Paris 2024 medal table on Sunday, drawing level with China on 40 gold medals")
g(A, "CHN", "olympic_gold_medals", 40, 2024, "drawing level with China on 40 gold medals")
g(A, "USA", "olympic_medal_table_rank", 1, 2024, "claiming first place on the strength of its 44 silvers")
g(A, "USA", "olympic_silver_medals", 44, 2024, "claiming first place on the strength of its 44 silvers")
g(A, "USA", "olympic_medals_total", 126, 2024, "The Americans collected 126 medals in all")
g(A, "CHN", "olympic_medal_table_rank", 2, 2024, "China, which finished second, ended with 91")
g(A, "CHN", "olympic_medals_total", 91, 2024, "China, which finished second, ended with 91")
q = "Japan took third place with 20 golds and 45 medals overall"
g(A, "JPN", "olympic_medal_table_rank", 3, 2024, q)
g(A, "JPN", "olympic_gold_medals", 20, 2024, q)
g(A, "JPN", "olympic_medals_total", 45, 2024, q)
g(A, "AUS", "olympic_gold_medals", 18, 2024, "ahead of Australia, whose 18 golds")
g(A, "AUS", "olympic_medals_total", 53, 2024, "The Australians won 53 medals in total")
g(A, "AUS", "olympic_medal_table_rank", 4, 2024, "Japan took third place with 20 golds and 45 medals overall, ahead of Australia", tier="hard")
q = "Hosts France finished fifth with 16 golds and 64 medals"
g(A, "FRA", "olympic_medal_table_rank", 5, 2024, q)
g(A, "FRA", "olympic_gold_medals", 16, 2024, q)
g(A, "FRA", "olympic_medals_total", 64, 2024, q)
q = "Britain were seventh with 14 golds, but their 65 medals overall"
g(A, "GBR", "olympic_medal_table_rank", 7, 2024, q)
g(A, "GBR", "olympic_gold_medals", 14, 2024, q)
g(A, "GBR", "olympic_medals_total", 65, 2024, q)
g(A, "IND", "olympic_medals_total", 6, 2024, "India returned home with six medals")
g(A, "IND", "olympic_gold_medals", 0, 2024, "India returned home with six medals, none of them gold", tier="hard")
g(A, "IND", "olympic_medals_total", 7, 2021, "down from seven at the Tokyo Olympics", yo=[2020])
g(A, "USA", "olympic_gold_medals", 39, 2021, "the U.S. had won 39 golds", yo=[2020])
ig(A, "GBR", 1, "65 medals were one more than France managed (difference)")
ig(A, "DMA", 1, "first-time medallists (not a medal count)")
ig(A, "LCA", 1, "first-time medallists (not a medal count)")

# ---------------------------------------------------------------- 945 maternal mortality and doctors (URL date 2024-05-14)
A = A945
g(A, "NGA", "maternal_deaths", 82000, 2020, "Nigeria accounted for more than a quarter of all maternal deaths worldwide in 2020, with an estimated 82,000 women dying")
g(A, "NGA", "maternal_mortality_ratio", 1047, 2020, "The country's maternal mortality ratio stood at 1,047 deaths per 100,000 live births that year", tier="hard")
g(A, "SSD", "maternal_mortality_ratio", 1223, 2020, "South Sudan recorded the highest ratio, at 1,223")
g(A, "TCD", "maternal_mortality_ratio", 1063, 2020, "and Chad 1,063")
g(A, "NOR", "maternal_mortality_ratio", 2, 2020, "Norway's was 2")
g(A, "JPN", "maternal_mortality_ratio", 4, 2020, "Norway's was 2 and Japan's 4")
q = "Its rate climbed to 32.9 per 100,000 in 2021, during the pandemic, before falling to 22.3 the following year"
g(A, "USA", "maternal_mortality_ratio", 32.9, 2021, q, tier="hard")
g(A, "USA", "maternal_mortality_ratio", 22.3, 2022, q, tier="hard")
q = "India cut its ratio to 97 per 100,000 live births in 2018-20, from 130 in 2014-16, a drop of about 25%"
g(A, "IND", "maternal_mortality_ratio", 97, 2020, q, yo=[2018, 2019])
g(A, "IND", "maternal_mortality_ratio", 130, 2016, q, yo=[2014, 2015])
g(A, "IND", "maternal_mortality_ratio_change", -25, 2020, q, yo=[2018, 2019], vo=[25])
g(A, "NGA", "doctors_per_1000", 0.4, 2024, "Nigeria has roughly 0.4 doctors per 1,000 people", yo=[2023])
g(A, "AUT", "doctors_per_1000", 5.4, 2024, "Austria reports 5.4 practising doctors per 1,000 inhabitants", yo=[2023])
g(A, "DEU", "doctors_per_1000", 4.5, 2024, "Austria reports 5.4 practising doctors per 1,000 inhabitants and Germany 4.5", yo=[2023])
g(A, "USA", "doctors_per_1000", 2.7, 2024, "while the U.S. has 2.7", yo=[2023])
g(A, "JPN", "doctors_per_1000", 2.6, 2024, "while the U.S. has 2.7 and Japan 2.6", yo=[2023])
g(A, "TUR", "doctors_per_1000", 2.2, 2024, "Türkiye, at 2.2, has one of the lowest densities among members", yo=[2023])
ig(A, "NGA", 0.25, "more than a quarter of all maternal deaths worldwide (fraction word)")
ig(A, "SSD", 1, "recorded the highest ratio (superlative)")
ig(A, "IND", 70, "target of below 70 by 2030 (target)")
ig(A, "NGA", 20000, "rural Kano State: one doctor for every 20,000 residents (sub-national)")
ig(A, "NGA", 1, "rural Kano State: one doctor for every 20,000 residents (sub-national)")

# ---------------------------------------------------------------- 946 ODA 2023 (dateline 2024-04-11)
A = A946
q = "The five largest donors by volume were the United States ($66.0 billion), Germany ($36.7bn), Japan ($19.6bn), the United Kingdom ($19.1bn) and France ($15.4bn)"
g(A, "USA", "oda", 66.0e9, 2023, "the United States ($66.0 billion)", vo=[66.0])
g(A, "DEU", "oda", 36.7e9, 2023, "Germany ($36.7bn)", vo=[36.7])
g(A, "JPN", "oda", 19.6e9, 2023, "Japan ($19.6bn)", vo=[19.6])
g(A, "GBR", "oda", 19.1e9, 2023, "the United Kingdom ($19.1bn)", vo=[19.1])
g(A, "FRA", "oda", 15.4e9, 2023, "France ($15.4bn)", vo=[15.4])
for rank, c in enumerate(("USA", "DEU", "JPN", "GBR", "FRA"), start=1):
    g(A, c, "oda_donor_rank", rank, 2023, q, tier="hard")
g(A, "NOR", "oda_pct_gni", 1.09, 2023, "Norway (1.09%)")
g(A, "LUX", "oda_pct_gni", 0.99, 2023, "Luxembourg (0.99%)")
g(A, "SWE", "oda_pct_gni", 0.91, 2023, "Sweden (0.91%)")
g(A, "DEU", "oda_pct_gni", 0.79, 2023, "Germany (0.79%)")
g(A, "DNK", "oda_pct_gni", 0.74, 2023, "Denmark (0.74%)")
g(A, "NOR", "oda_pct_gni", 0.86, 2022, "Norway's ratio was up from 0.86% the year before")
g(A, "USA", "oda_pct_gni", 0.24, 2023, "The U.S. gave just 0.24% of GNI")
q = "Japan's ratio rose to 0.44% from 0.39% a year earlier"
g(A, "JPN", "oda_pct_gni", 0.44, 2023, q)
g(A, "JPN", "oda_pct_gni", 0.39, 2022, q)
g(A, "GBR", "oda_pct_gni", 0.58, 2023, "while Britain's fell to 0.58%")
g(A, "GBR", "oda_in_donor_refugee_share", 28, 2023, "The UK spent £15.4bn on aid last year, and 28% of it went on housing and supporting refugees in Britain")
g(A, "UKR", "oda_received", 20e9, 2023, "Ukraine remained the largest single recipient, receiving $20bn in bilateral aid", vo=[20])
ig(A, "GBR", 15.4e9, "UK aid of £15.4bn is the same 2023 figure as the $19.1bn in gold (currency conversion)")
ig(A, "GBR", 0.7, "pledged to restore aid to 0.7% of GNI (target)")
for c in ("NOR", "LUX", "SWE", "DEU", "DNK"):
    ig(A, c, 0.7, "UN target of 0.7% of GNI named in the same sentence (target)")
ig(A, "DEU", 1e9, "draft budget foresees further cuts of around €1bn next year (forecast)")
ig(A, "UKR", 1, "the largest single recipient (superlative)")
ig(A, "SWE", 1, "Related headline: Sweden's aid overhaul, one year on (furniture, count of years)")

# ---------------------------------------------------------------- 947 prisons and homicide (no date anywhere)
A = A947
q = "Just under 1.7% of Salvadorans are behind bars after two years of emergency rule, during which more than 80,000 people have been detained on suspicion of gang membership"
g(A, "SLV", "prison_population_share", 1.7, None, q)
g(A, "SLV", "gang_detentions", 80000, None, q)
g(A, "SLV", "prison_population_rate", 1086, 2023, "El Salvador's prison population rate reached 1,086 per 100,000 people in 2023")
g(A, "USA", "prison_population_rate", 541, 2022, "the rate in the United States, which stood at 541 in 2022")
q = "In absolute terms Brazil holds about 850,000 prisoners, the third-largest prison population in the world after the U.S. and China"
g(A, "BRA", "prison_population", 850000, None, q)
g(A, "BRA", "prison_population_rank", 3, None, q)
g(A, "USA", "prison_population_rank", 1, None, q, tier="hard")
g(A, "CHN", "prison_population_rank", 2, None, q, tier="hard")
g(A, "TUR", "prison_population_rate", 360, None, "Türkiye stands out with around 360 prisoners per 100,000")
g(A, "NOR", "prison_population_rate", 54, None, "against 54 in Norway")
g(A, "DEU", "prison_population_rate", 67, None, "and 67 in Germany")
q = "El Salvador's murder rate fell to 2.4 per 100,000 in 2023, from 106 in 2015"
g(A, "SLV", "homicide_rate", 2.4, 2023, q)
g(A, "SLV", "homicide_rate", 106, 2015, q)
g(A, "HND", "homicide_rate", 31, None, "Honduras recorded 31 killings per 100,000 people last year")
g(A, "MEX", "homicide_rate", 24, None, "Honduras recorded 31 killings per 100,000 people last year, Mexico 24")
g(A, "JAM", "homicide_rate", 49, None, "Mexico 24 and Jamaica 49")
ig(A, "SLV", 1, "locks up a larger share than any other country; world's highest incarceration rate (superlative)")
ig(A, "SLV", 2, "two years of emergency rule (count of years); roughly double the US rate (ratio)")
ig(A, "GBR", 144, "England and Wales, 144 per 100,000 (sub-national jurisdiction)")
ig(A, "GBR", 135, "Scotland, 135 per 100,000 (sub-national jurisdiction)")
ig(A, "SLV", 12, "between 12 and 15 per cent of detainees have no proven gang links (range, estimate)")
ig(A, "SLV", 15, "between 12 and 15 per cent of detainees have no proven gang links (range, estimate)")
ig(A, "SLV", 40000, "Terrorism Confinement Centre capacity of 40,000 (one facility)")

# ---------------------------------------------------------------- 948 interest bills (no date anywhere)
A = A948
q = "In the United States, net interest on the federal debt reached $882 billion in fiscal year 2024, which ended in September, up 34% from a year earlier"
g(A, "USA", "net_interest_outlays", 882e9, 2024, q, yo=[2023], vo=[882])
g(A, "USA", "net_interest_change", 34, 2024, q, yo=[2023])
g(A, "USA", "interest_pct_gdp", 3.1, 2024, "That is equivalent to 3.1% of U.S. GDP", yo=[2023])
q = "Japan, whose gross public debt stands at about 250% of GDP, or more than ¥1,200 trillion"
g(A, "JPN", "public_debt_pct_gdp", 250, None, q)
g(A, "JPN", "public_debt", 1.2e15, None, q, vo=[1200])
g(A, "JPN", "debt_service_budget", 27e12, 2025, "Tokyo's budget for fiscal 2024 set aside 27 trillion yen for debt servicing", yo=[2024], vo=[27])
q = "Britain spent about £111bn on debt interest in the 2023-24 financial year, or 4.1% of GDP"
g(A, "GBR", "interest_payments", 111e9, 2024, q, yo=[2023], vo=[111])
g(A, "GBR", "interest_pct_gdp", 4.1, 2024, q, yo=[2023])
q = "Italy paid €78.5bn in interest in 2023, or 3.8% of GDP"
g(A, "ITA", "interest_payments", 78.5e9, 2023, q, vo=[78.5], unit="EUR")
g(A, "ITA", "interest_pct_gdp", 3.8, 2023, q)
g(A, "DEU", "interest_payments", 37.7e9, 2023, "Germany's federal interest bill climbed to €37.7B the same year", vo=[37.7], unit="EUR")
q = "India's central government paid 10.6 trillion rupees in interest in the 2023-24 fiscal year, close to 40% of its revenue receipts"
g(A, "IND", "interest_payments", 10.6e12, 2024, q, yo=[2023], vo=[10.6], unit="INR")
g(A, "IND", "interest_pct_revenue", 40, 2024, q, yo=[2023])
g(A, "BRA", "interest_pct_gdp", 7.8, None, "Brazil's interest bill, at 7.8% of GDP in the 12 months to August")
ig(A, "USA", 1e12, "CBO projects the bill will top $1 trillion in fiscal 2026 (forecast)")
ig(A, "JPN", 0.25, "roughly a quarter of total spending (fraction word)")
ig(A, "GBR", 2, "more than twice its defence budget (ratio)")
ig(A, "GBR", 0.25, "a quarter of its gilts are linked to inflation (fraction word)")
ig(A, "GBR", 30, "a cheap bet for thirty years (count of years, in a quote)")
ig(A, "DEU", 10, "a tenfold increase on 2021 (ratio)")
ig(A, "ITA", 1, "the heaviest burden among the bloc's big economies (superlative)")
ig(A, "IND", 1, "the single largest item of spending (superlative)")
ig(A, "BRA", 12, "in the 12 months to August (length of period)")
ig(A, "BRA", 10, "benchmark rate above 10% (interest rate, a price)")
ig(A, "IND", 4.5, "Related headline: fiscal deficit path to 4.5% (target, furniture)")


# Numbers on each page that are in neither file, checked by hand (used by check.py's scan).
# Each entry: the number as it is written (digits or number word) and why it is neither gold nor ignore.
NEITHER = {
    A937: [("2025", "date"), ("11", "date"), ("2024", "index edition year"), ("43", "global average (aggregate)"),
           ("two", "two-thirds of all countries (aggregate)"), ("thirds", "two-thirds of all countries (aggregate)"), ("180", "countries assessed (aggregate)"),
           ("50", "threshold (aggregate)"), ("zero", "scale minimum"), ("2023", "comparison year"),
           ("2012", "year"), ("148", "count of countries (aggregate)"), ("47", "count of countries (aggregate)")],
    A938: [("2024", "date / edition"), ("3", "date"), ("180", "countries assessed (aggregate)"), ("five", "indicators (method)"),
           ("one", "one of five indicators"), ("7.6", "worldwide average change (aggregate)"), ("half", "world population (aggregate)"),
           ("ten", "top ten (DEU rank 10 is gold)")],
    A939: [("186", "all central banks (aggregate)"), ("2023", "year"), ("2,700", "gold price (world)"), ("900", "forecast for all central banks (aggregate)"),
           ("1,037", "all central banks last year (aggregate)"), ("2022", "year"), ("one", "'the one reserve asset'"),
           ("two", "ETF headline, count of years (world)"),
           ("third", "the third quarter (period)"), ("first", "Related headline: first quarterly ETF inflow (world)"), ("quarter", "the quarter / consecutive quarter (period)")],
    A940: [("30", "headline restating 30.2 million"), ("10", "world output growth 10% (aggregate); Toyota 10 million (company); THA rank 10 is gold"), ("93.5", "world output (aggregate)"),
           ("2019", "year"), ("2024", "date"), ("21", "date"), ("2023", "year"), ("ten", "'ten largest producers'"),
           ("3", "BYD sales (company)"), ("5", "Guangdong (ignored as 5e6)"),
           ("31", "forecast (ignored as 31e6)"), ("2022", "year"), ("2017", "year")],
    A941: [("1961", "year"), ("10", "world production change 10% (aggregate)"), ("237", "world production (aggregate)"),
           ("2.6", "world consumption change (aggregate)"), ("221", "world consumption (aggregate)"), ("1996", "year"),
           ("2024", "date / forecast year"), ("25", "date"), ("2023", "year"), ("half", "ignored as 0.5"),
           ("30", "ignored as 30e6"), ("32", "ignored as 32e6")],
    A942: [("2024", "date"), ("23", "date"), ("227", "world destinations (also ignored for SGP)"), ("seven", "count of countries in a tier"),
           ("2014", "year"), ("2015", "year"), ("2006", "year"), ("eighth", "headline restating USA rank 8")],
    A943: [("2024", "date"), ("2", "date"), ("one", "one in four (world share, aggregate); one in ten (ignored for TCD as 0.1)"), ("2022", "year"), ("2015", "year"),
           ("ten", "one in ten (ignored for TCD as 0.1)"), ("2020", "year of a law"), ("2030", "goal year"),
           ("six", "six-fold increase in world rate of progress (aggregate)"), ("Zero", "Related headline: Day Zero (not a number)"), ("five", "ignored for ZAF")],
    A944: [("11", "date"), ("2024", "event year"), ("four", "medals of one athlete (person)"), ("one", "ignored for GBR"),
           ("91", "NOCs with a medal (aggregate); CHN 91 is gold"), ("Three", "years between Games"), ("2021", "year"),
           ("9.5", "tickets sold (event aggregate)"), ("1996", "year"), ("2026", "year"), ("2028", "year"), ("2032", "year")],
    A945: [("2020", "year"), ("100,000", "rate base"), ("223", "global ratio (aggregate)"), ("single-digit", "vague"),
           ("2021", "year"), ("2022", "year"), ("2018-20", "period"), ("2014-16", "period"), ("2030", "target year"),
           ("1,000", "rate base"), ("3.7", "OECD average (aggregate)"), ("one", "'one of the lowest' / Kano (ignored)"),
           ("2024", "date"), ("14", "date")],
    A946: [("224", "headline, all DAC members (aggregate)"), ("2024", "date"), ("11", "date"), ("32", "members (aggregate)"),
           ("223.7", "all DAC members (aggregate)"), ("2023", "year"), ("1.8", "DAC growth (aggregate)"),
           ("five", "count of donors / countries"), ("0.7", "UN target (ignored where next to a country)"),
           ("15.4", "FRA $15.4bn is gold; GBR £15.4bn ignored"), ("one", "ignored for SWE"), ("G7", "group name")],
    A947: [("two", "ignored for SLV"), ("100,000", "rate base"), ("2023", "year"), ("2022", "year"), ("2015", "year"),
           ("first", "'for the first time in decades' (not a rank)"),
           ("none", "none of the neighbouring presidents (not a figure)")],
    A948: [("2024", "fiscal year"), ("1990s", "decade"), ("2026", "fiscal year"), ("1", "ignored as 1e12"),
           ("2023-24", "fiscal year"), ("2023", "year"), ("2021", "year"), ("2022", "year"), ("12", "ignored for BRA"),
           ("quarter", "ignored as 0.25"), ("twice", "ignored as 2"), ("thirty", "ignored as 30"), ("tenfold", "ignored as 10"),
           ("4.5", "ignored for IND"), ("None", "'None of this means' (not a figure)"), ("one", "'one not spent on schools' (not a figure)")],
}


def main():
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in GOLD:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "gold.ignore.jsonl"), "w", encoding="utf-8") as f:
        for r in IGNORE:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    core = sum(r["tier"] == "core" for r in GOLD)
    hard = sum(r["tier"] == "hard" for r in GOLD)
    print(f"wrote {len(GOLD)} gold ({core} core, {hard} hard) and {len(IGNORE)} ignore records")


if __name__ == "__main__":
    main()
