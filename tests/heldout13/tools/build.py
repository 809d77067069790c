#!/usr/bin/env python3
"""Build gold.jsonl and gold.ignore.jsonl for heldout13.

Every annotation is held here as data. Records were written from the finished
pages in corpus/, sentence by sentence. Run from anywhere:

    python3 tools/build.py && python3 tools/check.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A = {
    961: "961_ledgerdaily-life-expectancy-rankings.md",
    962: "962_meridianwire-latin-america-homicide-rates.md",
    963: "963_canopydispatch-tropical-forest-loss-2024.txt",
    964: "964_globalbrief-unhcr-refugee-hosting-countries.md",
    965: "965_railhorizon-high-speed-network-length.md",
    966: "966_dairymarketsweekly-india-milk-output.txt",
    967: "967_healthdesk-under-five-mortality-igme.md",
    968: "968_orbitalledger-launch-count-by-country.md",
    969: "969_savannabusiness-mobile-money-accounts.txt",
    970: "970_cmreview-china-cement-output-slump.md",
    971: "971_humanitarianrecord-global-food-crises-report.txt",
    972: "972_maritimeledger-global-ship-orders-2024.md",
}

# metric -> (keywords, unit)
M = {
    # 961 life expectancy
    "life_expectancy": (["life", "expectancy", "longevity"], "years"),
    "life_expectancy_rank": (["life", "expectancy", "longevity"], "rank"),
    "life_expectancy_change": (["life", "expectancy", "change", "gain", "increase", "decline"], "years"),
    "life_expectancy_female": (["female", "women"], "years"),
    "life_expectancy_gender_gap": (["gap", "differ", "sex", "gender"], "years"),
    # 962 homicide
    "homicide_rate": (["homicide", "murder", "killing"], "per_100k"),
    "homicide_rate_rank": (["homicide", "murder", "killing"], "rank"),
    "homicides": (["homicide", "murder", "killing", "victim"], "count"),
    "homicides_change": (["homicide", "murder", "killing", "change", "drop", "fall", "decline", "decrease"], "%"),
    # 963 forest loss
    "primary_forest_loss": (["forest", "deforest", "tree"], "ha"),
    "primary_forest_loss_rank": (["forest", "deforest", "tree"], "rank"),
    "primary_forest_loss_change": (["forest", "deforest", "change", "increase", "rise", "growth"], "%"),
    "tropical_forest_loss_share": (["share", "forest", "deforest"], "%"),
    # 964 refugees
    "refugees_hosted": (["refugee", "host"], "count"),
    "refugees_hosted_rank": (["refugee", "host"], "rank"),
    "refugees_hosted_change": (["refugee", "change", "fall", "decline", "decrease"], "count"),
    "forcibly_displaced": (["displace"], "count"),
    "refugees_abroad": (["abroad", "origin", "outside", "fled"], "count"),
    # 965 high-speed rail
    "high_speed_rail_length": (["speed", "hsr", "rail", "network", "line"], "km"),
    "high_speed_rail_length_rank": (["speed", "hsr", "rail", "network", "line"], "rank"),
    "new_high_speed_line_opened": (["new", "open", "added", "construct", "built"], "km"),
    "rail_passengers": (["passenger", "ridership", "trip", "traveller"], "count"),
    "rail_passengers_change": (["passenger", "ridership", "trip", "change", "growth", "rise", "increase"], "%"),
    # 966 milk
    "milk_production": (["milk", "dairy"], "t"),
    "milk_production_rank": (["milk", "dairy"], "rank"),
    "milk_production_change": (["milk", "dairy", "change", "growth", "rise", "increase"], "%"),
    "milk_availability_per_capita": (["capita", "per_person", "availability"], "g_per_day"),
    "milk_yield_per_cow": (["yield"], "kg_per_day"),
    "milk_solids_collected": (["solids", "collection"], "kg"),
    # 967 child mortality
    "under5_mortality_rate": (["under5", "under_5", "under_five", "child", "mortality"], "per_1000"),
    "under5_mortality_rate_rank": (["under5", "under_5", "under_five", "child", "mortality"], "rank"),
    "under5_deaths": (["death"], "count"),
    "infant_mortality_rate": (["infant"], "per_1000"),
    "neonatal_share_of_under5_deaths": (["neonatal", "newborn"], "%"),
    "neonatal_share_change": (["neonatal", "newborn", "change", "increase", "rise"], "pp"),
    # 968 space
    "orbital_launches": (["launch"], "count"),
    "orbital_launches_rank": (["launch"], "rank"),
    "launches_hosted": (["launch"], "count"),
    "active_satellites": (["satellite"], "count"),
    "space_budget": (["budget", "space", "nasa"], None),
    # 969 mobile money
    "mobile_money_transaction_value": (["transaction", "value"], None),
    "mobile_money_transaction_value_change": (["transaction", "value", "change", "growth", "rise", "increase"], "%"),
    "mobile_money_accounts": (["account", "wallet"], "count"),
    "mobile_money_accounts_change": (["account", "wallet", "change", "growth", "rise", "increase"], "%"),
    "mobile_money_active_share": (["active"], "%"),
    "mobile_money_account_ownership": (["ownership", "adult", "account"], "%"),
    "mobile_money_account_ownership_rank": (["ownership", "adult", "account"], "rank"),
    # 970 cement
    "cement_production": (["cement", "output", "production"], "t"),
    "cement_production_rank": (["cement", "output", "production"], "rank"),
    "cement_production_change": (["cement", "output", "production", "change", "growth", "fall", "decline", "rise"], "%"),
    "cement_consumption_per_capita": (["consumption", "capita"], "kg"),
    "cement_sales": (["sales"], "t"),
    "cement_sales_change": (["cement", "sales", "change", "fall", "decline"], "%"),
    # 971 food insecurity
    "acute_food_insecurity": (["food", "hunger", "insecurity"], "count"),
    "acute_food_insecurity_rank": (["food", "hunger", "insecurity"], "rank"),
    "acute_food_insecurity_change": (["food", "hunger", "insecurity", "change", "fall", "decline", "decrease"], "count"),
    "acute_food_insecurity_share": (["share", "percent", "proportion", "food", "hunger", "insecurity"], "%"),
    "acute_food_insecurity_share_change": (["food", "hunger", "insecurity", "change", "increase", "rise"], "pp"),
    "catastrophic_hunger_ipc5": (["catastroph", "ipc5", "phase_5", "famine"], "count"),
    # 972 shipbuilding
    "shipbuilding_orders": (["order", "shipbuild"], "CGT"),
    "shipbuilding_orders_rank": (["order", "shipbuild"], "rank"),
    "shipbuilding_orders_share": (["share", "order", "shipbuild"], "%"),
    "shipbuilding_orders_change": (["order", "shipbuild", "change", "growth", "fall", "decline", "rise"], "%"),
    "shipbuilding_orders_value": (["value", "worth"], "USD"),
    "shipbuilding_orderbook": (["orderbook", "backlog"], "CGT"),
    "commercial_ship_deliveries": (["deliver", "completion"], "count"),
}

GOLD = []
IGNORE = []


def g(art, country, metric, value, year, quote, tier="core", year_ok=(), value_ok=None, unit=None):
    kw, munit = M[metric]
    rec = {
        "article": A[art],
        "country": country,
        "metric": metric,
        "keywords": kw,
        "value": value,
        "unit": unit or munit,
        "year": year,
        "year_ok": list(year_ok),
        "quote": quote,
        "tier": tier,
    }
    alts = list(value_ok or [])
    if isinstance(value, (int, float)) and value < 0 and -value not in alts:
        alts.insert(0, -value)
    if alts:
        rec["value_ok"] = alts
    GOLD.append(rec)


def ig(art, country, value, note):
    IGNORE.append({"article": A[art], "country": country, "value": value, "note": note})


# ---------------------------------------------------------------- 961 life expectancy
# page date 2025-04-09 (byline); table is 2023 data
T961 = {
    "JPN": (1, 84.1, "| 1 | Japan | 84.1 |"),
    "CHE": (2, 83.8, "| 2 | Switzerland | 83.8 |"),
    "KOR": (3, 83.5, "| 3 | South Korea | 83.5 |"),
    "ESP": (4, 83.3, "| 4 | Spain | 83.3 |"),
    "AUS": (5, 83.2, "| 5 | Australia | 83.2 |"),
    "ITA": (6, 83.1, "| 6 | Italy | 83.1 |"),
}
for c, (rk, le, q) in T961.items():
    g(961, c, "life_expectancy_rank", rk, 2023, q)
    g(961, c, "life_expectancy", le, 2023, q)
g(961, "JPN", "life_expectancy_female", 87.1, 2023, "Japanese women can now expect to live to 87.1 years", year_ok=[2024, 2025])
g(961, "ESP", "life_expectancy_rank", 3, 2021, "Korea has now overtaken Spain, which held third place in 2021.")
Q = "The United States ranked 29th out of 38 OECD members at 78.4 years, a gain of 0.9 years on 2022 but still 0.5 years short of its 2014 peak of 78.9."
g(961, "USA", "life_expectancy_rank", 29, 2023, "The United States ranked 29th out of 38 OECD members at 78.4 years")
g(961, "USA", "life_expectancy", 78.4, 2023, "The United States ranked 29th out of 38 OECD members at 78.4 years")
g(961, "USA", "life_expectancy_change", 0.9, 2023, "The United States ranked 29th out of 38 OECD members at 78.4 years, a gain of 0.9 years on 2022")
g(961, "USA", "life_expectancy", 78.9, 2014, Q)
g(961, "USA", "life_expectancy", 76.4, 2021, "Americans born in 2021 could expect just 76.4 years")
Q = "In Britain the figure was 81.3 years in 2023, down 0.4 from the 81.7 recorded in 2019."
g(961, "GBR", "life_expectancy", 81.3, 2023, Q)
g(961, "GBR", "life_expectancy_change", -0.4, 2023, Q)
g(961, "GBR", "life_expectancy", 81.7, 2019, Q)
g(961, "CHN", "life_expectancy", 79.0, 2023, "China's National Health Commission put national life expectancy at 79.0 years for 2023")
g(961, "IND", "life_expectancy", 70.8, 2020, "India's Sample Registration System reported 70.8 years for the 2016-20 period", year_ok=[2016])
g(961, "LVA", "life_expectancy_gender_gap", 9.6, 2023, "The gap was widest in Latvia, at 9.6 years")
g(961, "ISL", "life_expectancy_gender_gap", 2.9, 2023, "and narrowest in Iceland, at 2.9")
ig(961, "USA", 38, "out of 38 OECD members (ranking base)")
ig(961, "USA", 0.5, "0.5 years short of its 2014 peak (derived difference)")
ig(961, "GBR", 76.8, "Scotland at 76.8 (sub-national)")
ig(961, "GBR", 1, "Scotland lowest of the UK's nations (sub-national lone superlative)")
ig(961, "GBR", 4, "the UK's four nations (count of constituent nations, not a metric)")
ig(961, "LVA", 1, "gap widest in Latvia (lone superlative)")
ig(961, "ISL", 1, "gap narrowest in Iceland (lone superlative, from the bottom)")
ig(961, "USA", 5, "distance to the rich world roughly five years (analyst's derived gap)")
ig(961, "JPN", 86, "OECD projection: 86 years by 2050 (forecast)")
ig(961, "JPN", 5, "Related headline: Five habits ... Okinawa (furniture)")
ig(961, "GBR", 68, "Related headline: UK state pension age to reach 68 (furniture)")

# ---------------------------------------------------------------- 962 homicide
# page date 2025-02-18 (dateline); list is 2024 data
g(962, "ECU", "homicide_rate", 46.2, 2023, "Ecuador remained the most violent country in mainland Latin America last year despite a steep fall from 46.2 homicides per 100,000 people in 2023")
g(962, "ECU", "homicides", 7000, 2024, "The country's interior ministry counted roughly 7,000 killings in 2024", tier="hard")
g(962, "ECU", "homicides_change", -16, 2024, "The country's interior ministry counted roughly 7,000 killings in 2024, a drop of 16% on the year", tier="hard")
L962 = [("ECU", "Ecuador", 38.8), ("VEN", "Venezuela", 26.2), ("COL", "Colombia", 25.4), ("HND", "Honduras", 25.3),
        ("MEX", "Mexico", 24.9), ("BRA", "Brazil", 20.8), ("CRI", "Costa Rica", 16.6), ("GTM", "Guatemala", 16.1)]
for i, (c, name, v) in enumerate(L962, 1):
    q = "%d. %s — %s" % (i, name, v)
    g(962, c, "homicide_rate_rank", i, 2024, q)
    g(962, c, "homicide_rate", v, 2024, q)
g(962, "HND", "homicide_rate", 31.1, 2023, "Honduras, which had a rate of 31.1 two years ago")
g(962, "SLV", "homicide_rate", 1.9, 2024, "El Salvador reported 1.9 homicides per 100,000 residents")
g(962, "CHL", "homicide_rate", 6.0, 2024, "Chile stood at 6.0 and Argentina at 3.8")
g(962, "ARG", "homicide_rate", 3.8, 2024, "Chile stood at 6.0 and Argentina at 3.8")
Q = "Mexico's national public security system counted 30,057 victims of intentional homicide in 2024, 6.8% fewer than the previous year."
g(962, "MEX", "homicides", 30057, 2024, Q)
g(962, "MEX", "homicides_change", -6.8, 2024, Q)
Q = "Brazil's latest complete tally, for 2023, came to 46,328 violent intentional deaths, down 3.4% on the previous year"
g(962, "BRA", "homicides", 46328, 2023, Q)
g(962, "BRA", "homicides_change", -3.4, 2023, Q)
g(962, "ECU", "homicide_rate", 8, 2020, "Five years ago its rate was below 8.", tier="hard")
g(962, "HTI", "homicides", 5600, 2024, "InSight Crime's figures exclude Haiti, where the UN documented more than 5,600 killings in 2024")
ig(962, "ECU", 5, "five years ago (count of years)")
ig(962, "HND", 2, "two years ago (count of years)")
ig(962, "CRI", 2, "rate roughly double in a decade (ratio)")
ig(962, "ARG", 1, "lowest in the country's history (lone superlative)")
ig(962, "MEX", 96, "Colima state about 96 per 100,000 (sub-national)")
ig(962, "MEX", 1, "Colima highest rate (sub-national superlative)")
ig(962, "HTI", 1000000, "Read more headline: displaced 1 million people (furniture)")
ig(962, "CRI", 880, "Read more headline: murders hit record 880 in 2023 (furniture)")

# ---------------------------------------------------------------- 963 forest loss
# page date 2025-05-21 (dateline); "last year" = 2024
Q = "Brazil accounted for the largest area, with 2.82 million hectares lost, about 42% of the tropical total."
g(963, "BRA", "primary_forest_loss", 2820000, 2024, Q, value_ok=[2.82])
g(963, "BRA", "tropical_forest_loss_share", 42, 2024, Q)
g(963, "BRA", "primary_forest_loss_rank", 1, 2024, "Brazil accounted for the largest area", tier="hard")
g(963, "BRA", "primary_forest_loss", 1230000, 2023, "That compared with 1.23 million hectares for the country in 2023", tier="hard", value_ok=[1.23])
Q = "Bolivia came second with 1.48 million hectares, a roughly 200% increase"
g(963, "BOL", "primary_forest_loss_rank", 2, 2024, Q)
g(963, "BOL", "primary_forest_loss", 1480000, 2024, Q, value_ok=[1.48])
g(963, "BOL", "primary_forest_loss_change", 200, 2024, Q)
Q = "DR Congo, in third place, lost 590,000 hectares"
g(963, "COD", "primary_forest_loss_rank", 3, 2024, Q)
g(963, "COD", "primary_forest_loss", 590000, 2024, Q)
Q = "Indonesia, fourth on the list, saw primary forest loss rise 11% to 260,000 hectares"
g(963, "IDN", "primary_forest_loss_rank", 4, 2024, Q)
g(963, "IDN", "primary_forest_loss_change", 11, 2024, Q)
g(963, "IDN", "primary_forest_loss", 260000, 2024, Q)
g(963, "MYS", "primary_forest_loss", 62000, 2024, "while neighbouring Malaysia's was broadly flat at 62,000 hectares")
Q = "Peru and Colombia, fifth and sixth, lost 162,000 and 107,000 hectares respectively"
g(963, "PER", "primary_forest_loss_rank", 5, 2024, Q)
g(963, "COL", "primary_forest_loss_rank", 6, 2024, Q)
g(963, "PER", "primary_forest_loss", 162000, 2024, Q)
g(963, "COL", "primary_forest_loss", 107000, 2024, Q)
g(963, "COL", "primary_forest_loss_change", 50, 2024, "with Colombia's loss up by about 50 per cent after a 2023 low")
ig(963, "BRA", 6288, "Legal Amazon clear-cutting 6,288 sq km (sub-national region)")
ig(963, "BRA", -30.6, "Legal Amazon clear-cutting fell 30.6% (sub-national region)")
ig(963, "BRA", 12, "in the 12 months to July 2024 (period length)")
ig(963, "BRA", 9, "lowest level in nine years (count of years)")
ig(963, "BRA", 3, "cut clearing for pasture by roughly a third (fraction word)")
ig(963, "BRA", 125000000000, "hopes to launch a $125 billion fund (target)")
ig(963, "IDN", 3, "Read more headline: 3 things to know (furniture)")
ig(963, "BOL", 8, "Read more headline: fire season lasted 8 months (furniture)")

# ---------------------------------------------------------------- 964 refugees
# page date 2025-06-12 (URL only); table end-2024; present-tense stocks -> 2025 with 2024 ok
T964 = [("IRN", "| 1 | Iran | 3.5m | Afghanistan |", 3500000, 3.5),
        ("TUR", "| 2 | Türkiye | 2.9m | Syria |", 2900000, 2.9),
        ("COL", "| 3 | Colombia | 2.8m | Venezuela |", 2800000, 2.8),
        ("DEU", "| 4 | Germany | 2.7m | Ukraine, Syria |", 2700000, 2.7),
        ("UGA", "| 5 | Uganda | 1.8m | South Sudan, DR Congo |", 1800000, 1.8)]
for i, (c, q, v, raw) in enumerate(T964, 1):
    g(964, c, "refugees_hosted_rank", i, 2024, q)
    g(964, c, "refugees_hosted", v, 2024, q, value_ok=[raw])
g(964, "TUR", "refugees_hosted_change", -300000, 2024, "Türkiye, the largest host for most of the past decade, saw its refugee population fall by about 300,000 last year")
Q = "Pakistan, sixth, hosts about 1.5 million Afghans"
g(964, "PAK", "refugees_hosted_rank", 6, 2025, Q, year_ok=[2024])
g(964, "PAK", "refugees_hosted", 1500000, 2025, Q, year_ok=[2024], value_ok=[1.5])
g(964, "TCD", "refugees_hosted", 1300000, 2025, "Chad now hosts about 1.3 million refugees", year_ok=[2024], value_ok=[1.3])
g(964, "BGD", "refugees_hosted", 1000000, 2025, "Bangladesh shelters about a million Rohingya", tier="hard", year_ok=[2024])
g(964, "LBN", "refugees_hosted", 1400000, 2025, "Relative to its size, Lebanon carries the heaviest load: it hosts about 1.4 million refugees", year_ok=[2024], value_ok=[1.4])
g(964, "SDN", "forcibly_displaced", 14300000, 2025, "Sudan remains the largest displacement crisis, with 14.3 million Sudanese forcibly displaced", year_ok=[2024], value_ok=[14.3])
g(964, "UKR", "refugees_abroad", 6900000, 2024, "6.9 million Ukrainians were refugees abroad at the end of 2024", value_ok=[6.9])
ig(964, "TUR", 1, "the largest host for most of the past decade (lone superlative, past period)")
ig(964, "PAK", 800000, "expelled more than 800,000 since late 2023 (cumulative over a period)")
ig(964, "TCD", 700000, "more than 700,000 crossed from Sudan since April 2023 (cumulative arrivals)")
ig(964, "LBN", 1, "Lebanon carries the heaviest load (lone superlative)")
ig(964, "LBN", 0.25, "roughly a quarter of its population (fraction)")
ig(964, "SDN", 1, "the largest displacement crisis (lone superlative)")
ig(964, "DEU", 1000000, "expected to fall below 1 million by end-2026 (forecast)")
ig(964, "SDN", 4000000, "Related headline: 4 million have fled (furniture)")
ig(964, "COL", 2000000, "Related headline: regularisation reaches 2 million (furniture)")

# ---------------------------------------------------------------- 965 high-speed rail
# page date 2025-01-14 (Updated stamp); list "January 2025" stock -> 2025 with 2024 ok
L965 = [("CHN", "China", "48,000", 48000), ("ESP", "Spain", "3,966", 3966), ("JPN", "Japan", "3,081", 3081),
        ("FRA", "France", "2,735", 2735), ("DEU", "Germany", "1,631", 1631), ("ITA", "Italy", "1,467", 1467)]
for i, (c, name, s, v) in enumerate(L965, 1):
    q = "%d. %s — %s" % (i, name, s)
    g(965, c, "high_speed_rail_length_rank", i, 2025, q, year_ok=[2024])
    g(965, c, "high_speed_rail_length", v, 2025, q, year_ok=[2024])
g(965, "CHN", "new_high_speed_line_opened", 2457, 2024, "China opened 2,457 km of new high-speed line in 2024")
Q = "China's railways carried 4.3 billion passenger trips last year, up 11.9% on the previous year"
g(965, "CHN", "rail_passengers", 4300000000, 2024, Q, value_ok=[4.3])
g(965, "CHN", "rail_passengers_change", 11.9, 2024, Q)
Q = "Japan's Shinkansen lines carried about 430 million passengers in the year to March 2024, 14% more than a year earlier."
g(965, "JPN", "rail_passengers", 430000000, 2024, Q, year_ok=[2023], value_ok=[430])
g(965, "JPN", "rail_passengers_change", 14, 2024, Q, year_ok=[2023])
Q = "In Spain, where three operators now compete on the main routes, high-speed ridership rose 18% last year to 40.5 million passengers."
g(965, "ESP", "rail_passengers", 40500000, 2024, Q, value_ok=[40.5])
g(965, "ESP", "rail_passengers_change", 18, 2024, Q)
Q = "Saudi Arabia's 453 km Haramain line, Morocco's 186 km Al Boraq and Indonesia's 142 km Whoosh line are the only examples"
g(965, "SAU", "high_speed_rail_length", 453, 2025, Q, year_ok=[2024])
g(965, "MAR", "high_speed_rail_length", 186, 2025, Q, year_ok=[2024])
g(965, "IDN", "high_speed_rail_length", 142, 2025, Q, year_ok=[2024])
ig(965, "ESP", 3, "three operators compete (count of operators)")
ig(965, "IND", 508, "508 km corridor scheduled to open from 2027 (not yet in operation; plan)")
ig(965, "GBR", 5, "Read more headline: HS2: five things (furniture)")
ig(965, "VNM", 67000000000, "Read more headline: $67bn north-south line (furniture; planned cost)")

# ---------------------------------------------------------------- 966 milk
# no page date at all; "last year" unresolvable -> null
Q = "India produced 239.3 million tonnes of milk in the 2023-24 fiscal year, according to the Department of Animal Husbandry and Dairying, up 3.8% on the previous year"
g(966, "IND", "milk_production", 239300000, 2024, "India produced 239.3 million tonnes of milk in the 2023-24 fiscal year", year_ok=[2023], value_ok=[239.3])
g(966, "IND", "milk_production_change", 3.8, 2024, Q, year_ok=[2023])
g(966, "IND", "milk_production_rank", 1, 2024, "cementing the country's position as the world's largest producer", tier="hard", year_ok=[2023])
Q = "The United States, in second place, produced 102.7 million tonnes of cow's milk in 2023"
g(966, "USA", "milk_production_rank", 2, 2023, Q)
g(966, "USA", "milk_production", 102700000, 2023, Q, value_ok=[102.7])
Q = "followed by Pakistan (65.7 million) and China (42 million)"
g(966, "PAK", "milk_production", 65700000, 2023, Q, value_ok=[65.7])
g(966, "CHN", "milk_production", 42000000, 2023, Q, value_ok=[42])
g(966, "PAK", "milk_production_rank", 3, 2023, Q, tier="hard")
g(966, "CHN", "milk_production_rank", 4, 2023, Q, tier="hard")
Q = "Brazil and Germany produced 35.4 million and 32.4 million tonnes respectively."
g(966, "BRA", "milk_production", 35400000, 2023, Q, value_ok=[35.4])
g(966, "DEU", "milk_production", 32400000, 2023, Q, value_ok=[32.4])
g(966, "CHN", "milk_production_change", 6.7, 2023, "Chinese output grew 6.7% in 2023")
Q = "Russian production rose 1.4% last year to 33.6 million tonnes"
g(966, "RUS", "milk_production_change", 1.4, None, Q)
g(966, "RUS", "milk_production", 33600000, None, Q, value_ok=[33.6])
g(966, "IND", "milk_availability_per_capita", 471, 2024, "The department says per-capita availability has reached 471 grams a day", tier="hard", year_ok=[2023])
g(966, "IND", "milk_yield_per_cow", 9, None, "Average yield is still under 9 kg a day for crossbred cows", tier="hard")
g(966, "USA", "milk_yield_per_cow", 30, None, "against 30 kg or more on a typical American dairy farm")
g(966, "NZL", "milk_solids_collected", 1880000000, 2024, "In New Zealand, the world's biggest dairy exporter, milk solids collections reached 1.88 billion kg in the 2023/24 season.", year_ok=[2023], value_ok=[1.88])
ig(966, "IND", 239000000, "headline 239 million tonnes (rounding of the 239.3 million gold figure)")
ig(966, "IND", 16.2, "Uttar Pradesh 16.2% of national total (sub-national)")
ig(966, "IND", 14.5, "Rajasthan 14.5% (sub-national)")
ig(966, "IND", 330000000, "target of 330 million tonnes by 2033-34 (target)")
ig(966, "NZL", 1, "the world's biggest dairy exporter (lone superlative)")
ig(966, "IRL", 5, "More-from headline: 5 charts (furniture)")
ig(966, "CHN", 2, "More-from headline: herd shrinks for a 2nd year (furniture)")

# ---------------------------------------------------------------- 967 child mortality
# no page date at all; figures are from the IGME estimates for 2023 (context)
T967 = [("NER", "| Niger | 115 | 227 |", 115, 227), ("NGA", "| Nigeria | 105 | 183 |", 105, 183),
        ("SOM", "| Somalia | 104 | 174 |", 104, 174), ("TCD", "| Chad | 101 | 187 |", 101, 187),
        ("SLE", "| Sierra Leone | 93 | 235 |", 93, 235)]
for i, (c, q, v23, v00) in enumerate(T967, 1):
    g(967, c, "under5_mortality_rate", v23, 2023, q)
    g(967, c, "under5_mortality_rate", v00, 2000, q)
    g(967, c, "under5_mortality_rate_rank", i, 2023, q, tier="hard")
g(967, "NGA", "under5_deaths", 835000, 2023, "Nigeria alone accounted for 835,000 under-five deaths")
g(967, "IND", "under5_deaths", 690000, 2023, "while India recorded 690,000")
Q = "India's rate has nonetheless fallen to 29 per 1,000, from 94 in 2000"
g(967, "IND", "under5_mortality_rate", 29, 2023, Q)
g(967, "IND", "under5_mortality_rate", 94, 2000, Q)
g(967, "BGD", "under5_mortality_rate", 31, 2023, "and Bangladesh's to 31")
g(967, "PAK", "infant_mortality_rate", 52, 2023, "In Pakistan, 52 of every 1,000 babies die before their first birthday")
Q = "Rwanda cut its under-five rate from 184 in 2000 to 39 in 2023"
g(967, "RWA", "under5_mortality_rate", 184, 2000, Q)
g(967, "RWA", "under5_mortality_rate", 39, 2023, Q)
Q = "In Brazil, deaths in the first 28 days of life accounted for 58% of under-five deaths in 2023, up 2.3 percentage points from a decade earlier."
g(967, "BRA", "neonatal_share_of_under5_deaths", 58, 2023, Q)
g(967, "BRA", "neonatal_share_change", 2.3, 2023, Q)
g(967, "ISL", "under5_mortality_rate", 1.6, 2023, "a child born in Iceland, where the rate is about 1.6")
ig(967, "NGA", 5, "close to a fifth of the global total (fraction word)")
ig(967, "PAK", 1, "highest infant mortality rate in South Asia (lone superlative)")
ig(967, "RWA", 1, "one of the steepest declines (not a rank)")
ig(967, "NER", 80, "roughly 80 times as likely (ratio)")
ig(967, "NGA", 60, "Nigeria's plan to reach 60 by 2030 (target)")
ig(967, "GHA", 1000000, "Related headline: rollout passes 1 million children (furniture)")
ig(967, "SLE", 3, "Related headline: 3 midwives (furniture)")

# ---------------------------------------------------------------- 968 space launches
# page date 2025-01-08 (byline)
T968 = [("USA", "| United States | 158 |", 158), ("CHN", "| China | 68 |", 68),
        ("RUS", "| Russia | 17 |", 17), ("JPN", "| Japan | 7 |", 7),
        ("IND", "| India | 5 |", 5), ("IRN", "| Iran | 4 |", 4)]
for c, q, v24 in T968:
    g(968, c, "orbital_launches", v24, 2024, q)
g(968, "USA", "orbital_launches_rank", 1, 2024, "with the United States leading the count by a wide margin", tier="hard")
g(968, "CHN", "orbital_launches_rank", 2, 2024, "China finished second for a fifth straight year")
g(968, "RUS", "orbital_launches_rank", 3, 2024, "Russia, in third place, conducted its fewest launches in more than 60 years")
g(968, "JPN", "orbital_launches_rank", 4, 2024, "Japan ranked fourth after its new H3 rocket returned to flight")
g(968, "PRK", "orbital_launches", 1, 2024, "North Korea's sole attempt, in May, ended in an explosion", tier="hard")
g(968, "NZL", "launches_hosted", 13, 2024, "New Zealand, where Rocket Lab flies its Electron rocket from the Mahia Peninsula, hosted 13 launches.")
g(968, "USA", "active_satellites", 8500, 2025, "The United States operates more than 8,500 active satellites", year_ok=[2024])
Q = "compared with about 1,000 for China and 700 for Britain"
g(968, "CHN", "active_satellites", 1000, 2025, Q, year_ok=[2024])
g(968, "GBR", "active_satellites", 700, 2025, Q, year_ok=[2024])
g(968, "USA", "space_budget", 24900000000, 2024, "NASA received $24.9B in fiscal 2024", tier="hard", year_ok=[2023], value_ok=[24.9], unit="USD")
g(968, "IND", "space_budget", 130000000000, 2025, "India allocated INR 130 billion to its Department of Space for 2024-25", year_ok=[2024], value_ok=[130], unit="INR")
ig(968, "CHN", 5, "second for a fifth straight year (count of years)")
ig(968, "RUS", 60, "fewest launches in more than 60 years (count of years)")
ig(968, "CHN", 100, "plans about 100 launches in 2025 (forecast)")
ig(968, "JPN", 2, "Further reading headline: 2 failed touchdowns (furniture)")
ig(968, "IRN", 3, "Further reading headline: 3 new spaceports (furniture)")
ig(968, "ARE", 2, "Further reading headline: UAE plans a 2nd lunar rover (furniture)")

# ---------------------------------------------------------------- 969 mobile money
# page date 2025-03-27 (Updated stamp); "last year" = 2024
Q = "The Central Bank of Kenya said the value of mobile money transactions reached 8.7 trillion shillings last year, up from 7.9 trillion a year earlier"
g(969, "KEN", "mobile_money_transaction_value", 8700000000000, 2024, Q, value_ok=[8.7], unit="KES")
g(969, "KEN", "mobile_money_transaction_value", 7900000000000, 2023, Q, value_ok=[7.9], unit="KES")
g(969, "KEN", "mobile_money_accounts", 82100000, 2024, Q + ", while registered accounts climbed to 82.1 million", value_ok=[82.1])
Q = "The World Bank's Global Findex survey ranks Kenya first in Africa for adult mobile money ownership, at 79% in 2021"
g(969, "KEN", "mobile_money_account_ownership_rank", 1, 2021, Q)
g(969, "KEN", "mobile_money_account_ownership", 79, 2021, Q)
Q = "followed by Uganda (66%) and Gabon (64%)"
g(969, "UGA", "mobile_money_account_ownership", 66, 2021, Q)
g(969, "GAB", "mobile_money_account_ownership", 64, 2021, Q)
g(969, "UGA", "mobile_money_account_ownership_rank", 2, 2021, Q, tier="hard")
g(969, "GAB", "mobile_money_account_ownership_rank", 3, 2021, Q, tier="hard")
Q = "Ghana was fourth, at 60%."
g(969, "GHA", "mobile_money_account_ownership_rank", 4, 2021, Q)
g(969, "GHA", "mobile_money_account_ownership", 60, 2021, Q)
Q = "Ghanaian mobile money transactions were worth 1.9 trillion cedis (about $150bn) in 2024, the Bank of Ghana said, up 48% from 2023"
g(969, "GHA", "mobile_money_transaction_value", 1900000000000, 2024, Q, value_ok=[1.9], unit="GHS")
g(969, "GHA", "mobile_money_transaction_value_change", 48, 2024, Q)
g(969, "NGA", "mobile_money_account_ownership", 9, 2021, "only 9% of Nigerian adults had a mobile money account in 2021")
Q = "Bangladesh had 236.6 million registered mobile financial services accounts at the end of December, up 6.9% on the year, of which roughly 40% were active"
g(969, "BGD", "mobile_money_accounts", 236600000, 2024, Q, value_ok=[236.6])
g(969, "BGD", "mobile_money_accounts_change", 6.9, 2024, Q)
g(969, "BGD", "mobile_money_active_share", 40, 2024, Q)
g(969, "PAK", "mobile_money_accounts", 98200000, 2024, "Pakistan's branchless banking wallets rose to 98.2 million in the October-December quarter", value_ok=[98.2])
ig(969, "GHA", 150000000000, "about $150bn (conversion of the 1.9 trillion cedis gold figure)")
ig(969, "NGA", 1, "Africa's most populous country (lone superlative)")
ig(969, "UGA", 0.5, "0.5% levy on withdrawals (tax rate, policy parameter)")
ig(969, "TZA", 4000, "levy capped at 4,000 shillings per transaction (price)")
ig(969, "KEN", 94, "Nairobi County 94% of adults (sub-national)")
ig(969, "ETH", 2, "accounts expected to double by 2027 (forecast, ratio)")
ig(969, "ETH", 3, "Also-read headline: a 3rd operator (furniture)")

# ---------------------------------------------------------------- 970 cement
# page date 2025-01-20 (dateline); table = 2023 USGS estimates
Q = "China's cement output fell 9.5% to 1.825 billion tonnes in 2024"
g(970, "CHN", "cement_production", 1825000000, 2024, Q, value_ok=[1.825])
g(970, "CHN", "cement_production_change", -9.5, 2024, Q)
T970 = [("CHN", "| 1 | China | 2.02bn | -0.7% |", 2020000000, 2.02, -0.7),
        ("IND", "| 2 | India | 410m | +7.8% |", 410000000, 410, 7.8),
        ("VNM", "| 3 | Vietnam | 113m | -4.6% |", 113000000, 113, -4.6),
        ("USA", "| 4 | United States | 91m | -2.2% |", 91000000, 91, -2.2),
        ("TUR", "| 5 | Turkey | 82m | +6.5% |", 82000000, 82, 6.5),
        ("BRA", "| 6 | Brazil | 62m | -1.6% |", 62000000, 62, -1.6)]
for i, (c, q, v, raw, ch) in enumerate(T970, 1):
    g(970, c, "cement_production_rank", i, 2023, q)
    g(970, c, "cement_production", v, 2023, q, value_ok=[raw])
    g(970, c, "cement_production_change", ch, 2023, q)
Q = "Iran had 63 million tonnes and Indonesia had 61 million."
g(970, "IRN", "cement_production", 63000000, 2023, Q, value_ok=[63])
g(970, "IDN", "cement_production", 61000000, 2023, Q, value_ok=[61])
g(970, "IND", "cement_production", 427000000, 2024, "India's production rose to 427 million tonnes in the 2023-24 fiscal year", year_ok=[2023], value_ok=[427])
Q = "Per-capita consumption in China is still around 1,300 kg, compared with about 290 kg in India and 300 kg in the U.S."
g(970, "CHN", "cement_consumption_per_capita", 1300, 2025, Q, year_ok=[2024])
g(970, "IND", "cement_consumption_per_capita", 290, 2025, Q, year_ok=[2024])
g(970, "USA", "cement_consumption_per_capita", 300, 2025, Q, year_ok=[2024])
Q = "Saudi Arabia's cement sales fell 4.1% to 46.6 million tonnes in 2024"
g(970, "SAU", "cement_sales", 46600000, 2024, Q, value_ok=[46.6])
g(970, "SAU", "cement_sales_change", -4.1, 2024, Q)
ig(970, "CHN", 4, "property slump entered its fourth year (count of years)")
ig(970, "CHN", 0.5, "roughly half of the world's cement (fraction word)")
ig(970, "IRN", 6, "outside the top six (top-N threshold)")
ig(970, "IND", 7, "industry expects growth of 7-8% this year (forecast range, low end)")
ig(970, "IND", 8, "industry expects growth of 7-8% this year (forecast range, high end)")
ig(970, "CHN", 146000000, "Guangdong province 146 million tonnes (sub-national)")
ig(970, "CHN", 3, "output falls another 3% to 5% in 2025 (forecast range, low end)")
ig(970, "CHN", 5, "output falls another 3% to 5% in 2025 (forecast range, high end)")
ig(970, "CHN", 1750000000, "roughly 1.75 billion tonnes in 2025 (forecast)")
ig(970, "VNM", 5, "Related headline: 5 plants mothballed (furniture)")
ig(970, "IND", 4, "Related headline: Adani to buy 4 more cement makers (furniture)")

# ---------------------------------------------------------------- 971 food insecurity
# page date 2025-05-16 (byline); "last year" = 2024
Q = "Nigeria had the largest number of people in crisis or worse, classified as IPC Phase 3 or above, at 31.8 million, up from 24.9 million in 2023."
g(971, "NGA", "acute_food_insecurity", 31800000, 2024, Q, value_ok=[31.8])
g(971, "NGA", "acute_food_insecurity", 24900000, 2023, Q, value_ok=[24.9])
g(971, "NGA", "acute_food_insecurity_rank", 1, 2024, "Nigeria had the largest number of people in crisis or worse", tier="hard")
Q = "It was followed by the Democratic Republic of Congo (25.6 million) and Sudan (24.6 million)."
g(971, "COD", "acute_food_insecurity", 25600000, 2024, Q, value_ok=[25.6])
g(971, "SDN", "acute_food_insecurity", 24600000, 2024, Q, value_ok=[24.6])
g(971, "COD", "acute_food_insecurity_rank", 2, 2024, Q, tier="hard")
g(971, "SDN", "acute_food_insecurity_rank", 3, 2024, Q, tier="hard")
Q = "Bangladesh and Yemen ranked fourth and fifth, with 23.6 million and 17.1 million people respectively"
g(971, "BGD", "acute_food_insecurity_rank", 4, 2024, Q)
g(971, "YEM", "acute_food_insecurity_rank", 5, 2024, Q)
g(971, "BGD", "acute_food_insecurity", 23600000, 2024, Q, value_ok=[23.6])
g(971, "YEM", "acute_food_insecurity", 17100000, 2024, Q, value_ok=[17.1])
Q = "and Afghanistan (15.8 million) and Myanmar (14.4 million) came next"
g(971, "AFG", "acute_food_insecurity", 15800000, 2024, Q, value_ok=[15.8])
g(971, "MMR", "acute_food_insecurity", 14400000, 2024, Q, value_ok=[14.4])
g(971, "AFG", "acute_food_insecurity_rank", 6, 2024, Q, tier="hard")
g(971, "MMR", "acute_food_insecurity_rank", 7, 2024, Q, tier="hard")
g(971, "AFG", "acute_food_insecurity_change", -2300000, 2024, "Afghanistan's total fell 2.3 million", value_ok=[2300000, 2.3, -2.3])
g(971, "SSD", "acute_food_insecurity_share", 57, 2024, "South Sudan was worst affected, with 57% of people in crisis")
Q = "In Haiti, 5.7 million people, or 48% of the population analysed, faced acute hunger, up 4 percentage points from the previous year"
g(971, "HTI", "acute_food_insecurity", 5700000, 2024, Q, value_ok=[5.7])
g(971, "HTI", "acute_food_insecurity_share", 48, 2024, Q)
g(971, "HTI", "acute_food_insecurity_share_change", 4, 2024, Q)
g(971, "SDN", "catastrophic_hunger_ipc5", 638000, 2024, "638,000 Sudanese were classified in Phase 5, the catastrophic level")
ig(971, "SSD", 1, "South Sudan worst affected (lone superlative)")
ig(971, "NGA", 33100000, "could reach 33.1 million in the lean season (forecast)")
ig(971, "SDN", 500, "More-on headline: inside 500 days of siege (furniture)")
ig(971, "HTI", 2, "More-on headline: gangs block 2 main roads (furniture)")

# ---------------------------------------------------------------- 972 shipbuilding
# page date 2025-01-09 (URL only)
Q = "Chinese shipyards won 46.45 million compensated gross tonnes (CGT) of new orders in 2024, or 70% of the global total"
g(972, "CHN", "shipbuilding_orders", 46450000, 2024, Q, value_ok=[46.45])
g(972, "CHN", "shipbuilding_orders_share", 70, 2024, Q)
g(972, "CHN", "shipbuilding_orders_rank", 1, 2024, "extending the country's lead over South Korea", tier="hard")
Q = "South Korea came second with 10.98 million CGT, a 17% share and up 9% from 2023"
g(972, "KOR", "shipbuilding_orders_rank", 2, 2024, Q)
g(972, "KOR", "shipbuilding_orders", 10980000, 2024, Q, value_ok=[10.98])
g(972, "KOR", "shipbuilding_orders_share", 17, 2024, Q)
g(972, "KOR", "shipbuilding_orders_change", 9, 2024, Q)
Q = "while Japan was a distant third at 3.3 million CGT, or 5% of the market"
g(972, "JPN", "shipbuilding_orders_rank", 3, 2024, Q)
g(972, "JPN", "shipbuilding_orders", 3300000, 2024, Q, value_ok=[3.3])
g(972, "JPN", "shipbuilding_orders_share", 5, 2024, Q)
g(972, "JPN", "shipbuilding_orders_change", -38, 2024, "Japanese orders fell 38%")
Q = "Chinese yards booked orders worth about $110B and Korean yards about $56B"
g(972, "CHN", "shipbuilding_orders_value", 110000000000, 2024, Q, value_ok=[110])
g(972, "KOR", "shipbuilding_orders_value", 56000000000, 2024, Q, value_ok=[56])
g(972, "KOR", "shipbuilding_orderbook", 37300000, 2024, "Korea's orderbook stood at 37.3 million CGT at the end of December", value_ok=[37.3])
g(972, "USA", "commercial_ship_deliveries", 5, 2024, "The United States, whose yards delivered just five ocean-going commercial vessels last year")
ig(972, "KOR", 3, "roughly three years of work (orderbook cover, count of years)")
ig(972, "CHN", 16100000, "Jiangsu province 16.1 million CGT (sub-national)")
ig(972, "KOR", 10000000, "expects around 10 million CGT in 2025 (forecast)")
ig(972, "USA", 250, "bill would expand fleet to 250 ships (target)")
ig(972, "USA", 10, "within 10 years (count of years)")
ig(972, "JPN", 1000000000000, "Read-more headline: ¥1 trillion fund (furniture)")
ig(972, "IND", 7, "Read-more headline: 7 things to know (furniture)")


def _num(v):
    if isinstance(v, float) and v.is_integer() and abs(v) >= 1000:
        return int(v)
    return v


def main():
    for r in GOLD:
        r["value"] = _num(r["value"])
        if "value_ok" in r:
            r["value_ok"] = [_num(x) for x in r["value_ok"]]
    for r in IGNORE:
        r["value"] = _num(r["value"])
    order = {a: i for i, a in enumerate(sorted(A.values()))}
    GOLD.sort(key=lambda r: order[r["article"]])  # stable: keeps page order inside an article
    IGNORE.sort(key=lambda r: order[r["article"]])
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in GOLD:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "gold.ignore.jsonl"), "w", encoding="utf-8") as f:
        for r in IGNORE:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    core = sum(r["tier"] == "core" for r in GOLD)
    hard = sum(r["tier"] == "hard" for r in GOLD)
    print("gold: %d records (%d core, %d hard); ignore: %d records" % (len(GOLD), core, hard, len(IGNORE)))


if __name__ == "__main__":
    main()
