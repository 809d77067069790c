#!/usr/bin/env python3
"""Every annotation of the heldout17 set, as data.

Writes ../gold.jsonl, ../gold.ignore.jsonl and accounted.json (numbers that belong in neither
gold file, each with a kind and a note).

Conventions (as in /work/shared/gold/corpus-gold.jsonl):
  value   fully scaled (2.97 million -> 2970000); percentages as plain numbers (28% -> 28);
          pence/cents converted to the main unit with the printed figure in value_ok;
          decreases negative with the absolute figure in value_ok.
  year    the year the figure refers to; relative years resolve against the page's own date
          (front matter, URL or byline); null when the text gives no way to tell; year_ok lists
          other defensible readings.
  tier    core = stated outright; hard = needs inference (implied country, computed value,
          rank implied by an enumeration or a superlative).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ART = {
    "1009": "1009_agroledger-mexico-avocado-output-record.md",
    "1010": "1010_healthwireafrica-unaids-hiv-infections.md",
    "1011": "1011_rugbypulse-ireland-top-world-rankings.txt",
    "1012": "1012_euromobilitywire-poland-cars-per-inhabitant.md",
    "1013": "1013_blueplanetdispatch-marine-protected-areas.md",
    "1014": "1014_pixelledger-china-us-games-market.txt",
    "1015": "1015_meridianpost-global-peace-index.md",
    "1016": "1016_pensionsobserver-oecd-retirement-ages.md",
    "1017": "1017_southernminerals-botswana-diamond-output.txt",
    "1018": "1018_gridwatchdaily-eu-household-electricity-prices.md",
    "1019": "1019_harbourtimes-australia-gambling-losses.txt",
    "1020": "1020_riskdesk-natcat-insured-losses.md",
}

GOLD, IGNORE, ACC = [], [], []
_cur = None


def page(pid):
    global _cur
    _cur = ART[pid]


def G(country, metric, keywords, value, unit, year, quote, tier="core", year_ok=None, value_ok=None):
    rec = {"article": _cur, "country": country, "metric": metric, "keywords": keywords,
           "value": value, "unit": unit, "year": year, "year_ok": year_ok or [],
           "quote": quote, "tier": tier}
    if value_ok is not None:
        rec["value_ok"] = value_ok
    GOLD.append(rec)


def I(country, value, note):
    IGNORE.append({"article": _cur, "country": country, "value": value, "note": note})


def A(token, kind, note, context=None):
    rec = {"article": _cur, "token": token, "kind": kind, "note": note}
    if context:
        rec["context"] = context
    ACC.append(rec)


# keyword sets
KW_AVO = ["production", "output", "harvest", "avocado", "tonnes"]
KW_RANK = ["rank", "position", "place", "largest", "top"]

# ---------------------------------------------------------------- 1009 avocado (2025-03-18)
page("1009")
G("MEX", "avocado_production", KW_AVO, 2970000, "tonnes", 2023,
  "Mexico remained by far the largest grower, harvesting 2.97 million tonnes")
G("MEX", "avocado_production", KW_AVO, 2530000, "tonnes", 2022,
  "up from 2.53 million tonnes a year earlier")
G("MEX", "avocado_production_share_world", ["share", "production", "output", "world"], 28, "%", 2023,
  "The country now accounts for roughly 28% of world output", year_ok=[2025])
G("MEX", "avocado_production_rank", KW_RANK + ["production", "grower"], 1, "rank", 2023,
  "Mexico remained by far the largest grower", tier="hard")
G("COL", "avocado_production", KW_AVO, 1090000, "tonnes", 2023, "Colombia came second with 1.09 million tonnes")
G("COL", "avocado_production_rank", KW_RANK + ["production"], 2, "rank", 2023, "Colombia came second with 1.09 million tonnes")
G("PER", "avocado_production", KW_AVO, 871000, "tonnes", 2023, "ahead of Peru (871,000 tonnes)")
G("IDN", "avocado_production", KW_AVO, 865000, "tonnes", 2023, "Indonesia (865,000)")
_q = "ahead of Peru (871,000 tonnes), Indonesia (865,000) and the Dominican Republic"
G("PER", "avocado_production_rank", KW_RANK + ["production"], 3, "rank", 2023, _q, tier="hard")
G("IDN", "avocado_production_rank", KW_RANK + ["production"], 4, "rank", 2023, _q, tier="hard")
G("DOM", "avocado_production_rank", KW_RANK + ["production"], 5, "rank", 2023, _q, tier="hard")
G("KEN", "avocado_production", KW_AVO, 684000, "tonnes", 2023, "Kenya, Africa's biggest producer, ranked sixth at 684,000 tonnes")
G("KEN", "avocado_production_rank", KW_RANK + ["production"], 6, "rank", 2023, "Kenya, Africa's biggest producer, ranked sixth at 684,000 tonnes")
G("COL", "avocado_planted_area", ["area", "hectare", "planted", "land"], 140000, "hectares", 2024,
  "Colombia's planted area reached roughly 140,000 hectares last year")
G("MEX", "avocado_yield", ["yield", "hectare", "productivity"], 11.5, "t/ha", None,
  "Mexican orchards average about 11.5 tonnes per hectare", year_ok=[2023, 2025])
G("KEN", "avocado_yield", ["yield", "hectare", "productivity"], 9.8, "t/ha", None,
  "compared with 9.8 tonnes in Kenya", year_ok=[2023, 2025])
G("IDN", "avocado_yield", ["yield", "hectare", "productivity"], 7, "t/ha", None,
  "less than 7 tonnes in Indonesia", year_ok=[2023, 2025])
KW_CONS = ["consumption", "capita", "person", "eat", "intake", "avocado"]
G("USA", "avocado_consumption_per_capita", KW_CONS, 9.1, "pounds", 2023,
  "Americans ate an average of 9.1 pounds of avocado per person in 2023")
G("USA", "avocado_consumption_per_capita", KW_CONS, 2.2, "pounds", 2001, "up from 2.2 pounds in 2001")
G("MEX", "avocado_wholesale_price", ["price", "wholesale", "avocado"], 42, "MXN/kg", 2025,
  "wholesale prices averaged 42 pesos (about $2.45) a kilogram in February", tier="hard", value_ok=[2.45])
G("MEX", "avocado_wholesale_price_change", ["price", "change", "wholesale", "fall", "decline"], -15, "%", 2025,
  "15% below the level of a year earlier", tier="hard", value_ok=[15])
I("PER", 8, "forecast: output to rise by 8% to 10% this season (lower bound)")
I("PER", 10, "forecast: output to rise by 8% to 10% this season (upper bound)")
I("MEX", 33, "'more than a third' of world output a decade ago (vague fraction)")
I("CHL", 25, "'lost a quarter of its orchards' since 2010 (no numeral)")
I("KEN", 342000, "'nearly double its harvest five years earlier' -> about 342,000 t in 2018 (vague)")
A("10.5", "aggregate", "world avocado production 2023")
A("third", "fraction", "Mexico 'more than a third' a decade ago (see ignore)", "more than a third a decade ago")
A("five", "duration", "five years earlier", "nearly double its harvest five years earlier")
A("three", "multiplier", "Colombian area three times a decade earlier", "about three times the level")
A("10,000", "generic", "water need per hectare, not a country figure")
A("ten", "rank-threshold", "Chile once a top-ten producer", "top-ten producer")
A("1.23", "company", "Mission Produce revenue")
A("220,000", "company", "Westfalia Fruit volume")

# ---------------------------------------------------------------- 1010 HIV (2024-07-23, URL only)
page("1010")
KW_PLHIV = ["living", "plhiv", "people", "infected"]
KW_NEW = ["infection", "new", "incidence", "cases"]
G("ZAF", "people_living_with_hiv", KW_PLHIV, 7700000, "people", None,
  "South Africa, which has the world's largest epidemic with about 7.7 million people living with the virus",
  year_ok=[2023, 2024])
G("ZAF", "hiv_epidemic_rank", ["rank", "largest", "epidemic"], 1, "rank", None,
  "South Africa, which has the world's largest epidemic", tier="hard", year_ok=[2023, 2024])
G("ZAF", "new_hiv_infections", KW_NEW, 150000, "people", 2023, "recorded roughly 150,000 new infections last year")
G("ZAF", "new_hiv_infections", KW_NEW, 390000, "people", 2012, "compared with more than 390,000 in 2012")
G("KEN", "new_hiv_infections", KW_NEW, 16752, "people", 2023,
  "put the country's new adult and child infections at 16,752 in 2023")
G("KEN", "new_hiv_infections", KW_NEW, 22154, "people", 2022, "down from 22,154 a year earlier")
G("UGA", "new_hiv_infections", KW_NEW, 38000, "people", 2023, "Uganda reported 38,000")
G("ZWE", "new_hiv_infections", KW_NEW, 15000, "people", 2023, "and Zimbabwe 15,000")
KW_PREV = ["prevalence", "rate", "adult"]
for c, v, name in (("SWZ", 25.1, "Eswatini"), ("LSO", 19.3, "Lesotho"), ("BWA", 18.2, "Botswana"),
                   ("ZAF", 16.6, "South Africa"), ("ZWE", 10.8, "Zimbabwe")):
    G(c, "adult_hiv_prevalence", KW_PREV, v, "%", None, f"| {name} | {v} |", year_ok=[2023, 2024])
G("RUS", "new_hiv_diagnoses", ["diagnos", "new", "infection", "cases"], 49700, "people", 2023,
  "Russia's federal AIDS centre registered 49,700 new diagnoses last year")
G("PHL", "new_hiv_infections_change", ["infection", "increase", "change", "rise", "growth"], 411, "%", 2023,
  "In the Philippines, the number of people acquiring HIV each year rose 411% between 2010 and 2023")
KW_ART = ["coverage", "treatment", "antiretroviral", "therapy", "art"]
G("UGA", "art_coverage", KW_ART, 91, "%", 2023,
  "In Uganda, 91% of people living with HIV were on antiretroviral therapy last year")
G("UGA", "art_coverage_change", ["coverage", "change", "points", "increase", "treatment"], 6, "pp", 2023,
  "up six percentage points from 2020")
G("UGA", "art_coverage", KW_ART, 85, "%", 2020,
  "91% of people living with HIV were on antiretroviral therapy last year, up six percentage points from 2020",
  tier="hard")
_q = "Nigeria, which has about 1.9 million people living with the virus, lags at 76%"
G("NGA", "people_living_with_hiv", KW_PLHIV, 1900000, "people", None, _q, year_ok=[2023, 2024])
G("NGA", "art_coverage", KW_ART, 76, "%", None, _q, year_ok=[2023])
A("1.3", "aggregate", "world new infections 2023")
A("three", "multiplier", "three times the global target", "more than three times the target")
A("370,000", "aggregate", "global 2025 target")
A("half", "fraction", "region home to more than half of people with HIV", "more than half of the 39.9 million")
A("39.9", "aggregate", "people living with HIV worldwide")
A("59", "aggregate", "eastern and southern Africa decline since 2010")
A("15", "age-range", "ages 15-49", "ages 15-49")
A("49", "age-range", "ages 15-49", "ages 15-49")
A("20", "aggregate", "eastern Europe and central Asia rise since 2010", "risen by 20% since 2010")
A("65", "age", "Winnie Byanyima's age")
A("15.7", "aggregate", "Global Fund pledges")
A("seventh", "ordinal", "seventh replenishment")
A("18", "aggregate", "Global Fund target")
A("630,000", "aggregate", "AIDS-related deaths worldwide")
A("51", "aggregate", "deaths change since 2010")
A("5", "aggregate", "funding change, low- and middle-income countries", "dropped 5% in 2023")
A("19.8", "aggregate", "funding, low- and middle-income countries")
A("29.3", "aggregate", "funding needed")

# ---------------------------------------------------------------- 1011 rugby (16 October 2023, byline)
page("1011")
KW_PTS = ["points", "rating", "ranking", "score"]
KW_RR = ["rank", "ranking", "position", "place"]
for n, c, name, pts in ((1, "IRL", "Ireland", "89.47"), (2, "ZAF", "South Africa", "89.21"),
                        (3, "NZL", "New Zealand", "88.81"), (4, "FRA", "France", "87.83"),
                        (7, "ARG", "Argentina", "79.31"), (9, "FJI", "Fiji", "77.27"),
                        (10, "AUS", "Australia", "76.50")):
    q = f"{n}. {name} – {pts}"
    G(c, "rugby_ranking_points", KW_PTS, float(pts), "points", 2023, q)
    G(c, "rugby_world_rank", KW_RR, n, "rank", 2023, q)
G("IRL", "rugby_ranking_points_change", ["change", "points", "drop", "fall"], -1.82, "points", 2023,
  "Andy Farrell's side dropped 1.82 points to 89.47", tier="hard", value_ok=[1.82])
G("PRT", "rugby_world_rank", KW_RR, 13, "rank", 2023, "rose to a record 13th")
G("JPN", "rugby_world_rank", KW_RR, 14, "rank", 2023, "whose 14th is their lowest position since 2015")
KW_PL = ["players", "registered", "licensed", "participants"]
G("IRL", "registered_rugby_players", KW_PL, 95000, "players", None,
  "Ireland has about 95,000 registered players", year_ok=[2023])
G("FRA", "registered_rugby_players", KW_PL, 300000, "players", None,
  "France has more than 300,000 licensed players", year_ok=[2023])
G("FRA", "registered_rugby_players_rank", ["rank", "largest", "players"], 1, "rank", None,
  "France has more than 300,000 licensed players, the largest total in the world", tier="hard", year_ok=[2023])
I("GBR", 83.43, "Scotland ranking points (home nation, no ISO 3166-1 code)")
I("GBR", 5, "Scotland rank 5 (home nation)")
I("GBR", 79.95, "England ranking points (home nation)")
I("GBR", 6, "England rank 6 (home nation)")
I("GBR", 78.26, "Wales ranking points (home nation)")
I("GBR", 8, "Wales rank 8 (home nation)")
I("NZL", 2, "climbed two places (rank change)")
I("IRL", 17, "won 17 tests in a row (team streak)")
A("28", "score", "match score", "28-24 defeat")
A("24", "score", "match score", "28-24 defeat")
A("89.47", "repeat", "Ireland points, gold quote is the list line", "dropped 1.82 points to 89.47")
A("89.21", "repeat", "South Africa points, see list", "ahead of South Africa (89.21)")
A("third", "repeat", "New Zealand rank, see list", "to third on 88.81")
A("88.81", "repeat", "New Zealand points, see list", "to third on 88.81")
A("29", "score", "match score", "Springboks 29-28")
A("28", "score", "match score", "Springboks 29-28")
A("fourth", "repeat", "France rank, see list", "slipped to fourth")
A("four", "duration", "four years", "consistency over four years")
A("one", "count", "one night", "not one night")
A("one", "count", "one defeat", "because of one defeat")
A("ten", "list-size", "top ten", "The top ten as of")
A("tenth", "repeat", "Australia rank, see list", "Australia's tenth place")
A("first", "ordinal", "first time out of the pool", "for the first time. Jones")
A("63", "age", "Eddie Jones's age")
A("four", "duration", "years left on contract", "with four years left")
A("24", "score", "match score", "Fiji 24-23")
A("23", "score", "match score", "Fiji 24-23")
A("first", "ordinal", "Portugal's first World Cup win", "the first World Cup win in their history")
A("one", "count", "one place above Japan", "one place above Japan")
A("78,000", "event", "quarter-final attendance")
A("2.4", "event", "tournament tickets sold")
A("eight", "duration", "eight years ago", "eight years ago")
A("seventh", "repeat", "Argentina rank, see list", "Argentina, seventh")
A("first", "ordinal", "first semi-final", "first semi-final")

# ---------------------------------------------------------------- 1012 cars per 1,000 (2025-02-07)
page("1012")
KW_CPT = ["cars", "car", "motorisation", "motorization", "vehicles", "ownership", "density"]
KW_FLEET = ["fleet", "cars", "stock", "passenger", "vehicles"]
KW_AGE = ["age", "old", "years"]
G("POL", "cars_per_1000_inhabitants", KW_CPT, 687, "per_1000", 2023,
  "The country counted 687 cars per 1,000 inhabitants in 2023")
G("ITA", "cars_per_1000_inhabitants", KW_CPT, 684, "per_1000", 2023, "against 684 in Italy")
G("LUX", "cars_per_1000_inhabitants", KW_CPT, 681, "per_1000", 2023, "and 681 in Luxembourg")
G("POL", "cars_per_1000_inhabitants_rank", KW_RANK + ["cars"], 1, "rank", 2023,
  "Poland now has more passenger cars per head than any other European Union member", tier="hard",
  year_ok=[2025])
G("LVA", "cars_per_1000_inhabitants", KW_CPT, 409, "per_1000", 2023, "Latvia had just 409 cars per 1,000 people")
G("ROU", "cars_per_1000_inhabitants", KW_CPT, 417, "per_1000", 2023, "and Romania 417")
G("ROU", "cars_per_1000_inhabitants_change_pct", ["change", "growth", "rise", "increase"], 60, "%", 2023,
  "Romania's ratio has risen by almost 60% since 2013", year_ok=[2025])
G("DEU", "passenger_car_fleet", KW_FLEET, 49100000, "cars", None,
  "Germany still has by far the largest fleet, with 49.1 million passenger cars on its roads", year_ok=[2023, 2025])
G("DEU", "passenger_car_fleet_rank", KW_RANK + ["fleet"], 1, "rank", None,
  "Germany still has by far the largest fleet", tier="hard", year_ok=[2023, 2025])
_q = "Italy and France followed with 40.9 million and 38.9 million respectively"
G("ITA", "passenger_car_fleet", KW_FLEET, 40900000, "cars", None, _q, year_ok=[2023, 2025])
G("FRA", "passenger_car_fleet", KW_FLEET, 38900000, "cars", None, _q, year_ok=[2023, 2025])
G("ESP", "passenger_car_fleet", KW_FLEET, 25600000, "cars", None, "Spain ranked fourth at 25.6 million", year_ok=[2023, 2025])
G("ESP", "passenger_car_fleet_rank", KW_RANK + ["fleet"], 4, "rank", None, "Spain ranked fourth at 25.6 million",
  year_ok=[2023, 2025])
G("GRC", "car_average_age", KW_AGE, 17.3, "years", 2023, "Greek cars were the oldest, at 17.3 years")
G("EST", "car_average_age", KW_AGE, 16.9, "years", 2023, "followed by Estonia (16.9)")
G("POL", "car_average_age", KW_AGE, 15.6, "years", 2023, "and Poland (15.6)")
G("LUX", "car_average_age", KW_AGE, 7.6, "years", 2023,
  "Luxembourg had the youngest fleet, with an average age of 7.6 years")
G("AUT", "car_average_age", KW_AGE, 9.1, "years", 2023, "ahead of Austria at 9.1")
for c, name, v, ch in (("DEU", "Germany", 583, 18), ("FRA", "France", 571, 12), ("ESP", "Spain", 538, 24)):
    G(c, "cars_per_1000_inhabitants", KW_CPT, v, "per_1000", 2023, f"| {name} | {v} | +{ch} |")
for c, name, v, ch in (("POL", "Poland", 687, 77), ("ITA", "Italy", 684, 38), ("DEU", "Germany", 583, 18),
                       ("FRA", "France", 571, 12), ("ESP", "Spain", 538, 24)):
    G(c, "cars_per_1000_inhabitants_change", ["change", "increase", "growth", "rise"], ch, "per_1000", 2023,
      f"| {name} | {v} | +{ch} |")
G("POL", "cars_per_1000_inhabitants", KW_CPT, 610, "per_1000", 2018, "| Poland | 687 | +77 |", tier="hard")
G("ITA", "cars_per_1000_inhabitants", KW_CPT, 646, "per_1000", 2018, "| Italy | 684 | +38 |", tier="hard")
G("USA", "vehicles_per_1000_people", KW_CPT, 850, "per_1000", None,
  "the United States has about 850 vehicles per 1,000 people", year_ok=[2023, 2025])
G("CHN", "vehicles_per_1000_people", KW_CPT, 230, "per_1000", None,
  "China, where ownership was negligible at the turn of the century, has roughly 230", year_ok=[2023, 2025])
I("POL", 700, "forecast: Polish ratio to pass 700 within two years")
I("POL", 100000, "Stellantis Tychy plant builds more than 100,000 cars a year (company plant in Poland)")
A("1,000", "rate-base", "per 1,000 inhabitants")
A("560", "aggregate", "EU average 2023")
A("529", "aggregate", "EU average 2018")
A("five", "duration", "five years earlier", "five years earlier")
A("252", "aggregate", "EU car fleet")
A("1.2", "aggregate", "EU fleet growth")
A("second", "compound", "second-hand", "second-hand")
A("12.3", "aggregate", "EU average car age 2023")
A("11.5", "aggregate", "EU average car age 2018")
A("687", "repeat", "Poland ratio, gold quote in prose", "| Poland | 687")
A("684", "repeat", "Italy ratio, gold quote in prose", "| Italy | 684")
A("66", "age", "Carlos Tavares's age")
A("two", "duration", "within two years", "within two years")

# ---------------------------------------------------------------- 1013 marine protected areas (2024-06-08)
page("1013")
KW_MPA = ["share", "protected", "coverage", "marine", "waters", "ocean", "mpa"]
KW_MPAA = ["area", "protected", "marine", "extent", "mpa"]
G("PLW", "no_take_share_of_eez", ["share", "protected", "closed", "fishing", "eez", "ocean"], 80, "%", None,
  "Palau has closed 80% of its exclusive economic zone to commercial fishing since 2020", year_ok=[2020, 2024])
G("CHL", "marine_protected_share", KW_MPA, 43, "%", None, "Chile protects about 43% of its waters", year_ok=[2024])
G("AUS", "marine_protected_share", KW_MPA, 48, "%", 2023, "Australia raised its share to 48% last year")
G("GBR", "marine_protected_share", KW_MPA, 38, "%", None,
  "the United Kingdom says 38% of its seas, including overseas territories, are now designated", year_ok=[2024])
_q = "France, which has the second-largest maritime domain in the world at about 10.2 million square kilometres"
G("FRA", "maritime_area", ["area", "maritime", "eez", "domain", "sea"], 10200000, "sq_km", None, _q, year_ok=[2024])
G("FRA", "maritime_area_rank", ["rank", "maritime", "eez", "domain", "largest"], 2, "rank", None, _q, year_ok=[2024])
G("FRA", "marine_protected_share", KW_MPA, 33, "%", None, "reports 33% coverage", year_ok=[2024])
G("FRA", "fully_protected_share", ["fully", "protected", "strict", "share"], 2, "%", None,
  "less than 2% of the waters around mainland France are fully protected", year_ok=[2024])
for n, c, name, v in ((1, "USA", "United States", 3.6), (2, "FRA", "France", 3.4), (3, "AUS", "Australia", 3.3),
                      (4, "GBR", "United Kingdom", 2.6), (5, "CHL", "Chile", 1.6)):
    q = f"{n}. {name} – {v} million sq km"
    G(c, "marine_protected_area", KW_MPAA, int(round(v * 1e6)), "sq_km", None, q, year_ok=[2024])
    G(c, "marine_protected_area_rank", ["rank", "protected", "marine", "largest", "extent"], n, "rank", None, q,
      year_ok=[2024])
G("CAN", "marine_protected_share", KW_MPA, 14.7, "%", 2023,
  "Canada, which protected 14.7% of its ocean by the end of last year")
G("CAN", "marine_protected_share_change", ["change", "points", "increase", "protected"], 0.9, "pp", 2023,
  "up 0.9 percentage points from 2022")
G("CAN", "marine_protected_share", KW_MPA, 13.8, "%", 2022,
  "Canada, which protected 14.7% of its ocean by the end of last year, up 0.9 percentage points from 2022",
  tier="hard")
G("IDN", "marine_protected_area", KW_MPAA + ["conservation", "hectare"], 29300000, "hectares", None,
  "Indonesia has designated 29.3 million hectares (293,000 sq km) of marine conservation areas",
  value_ok=[293000], year_ok=[2024])
I("CAN", 25, "target: 25% by 2025")
I("IDN", 97500000, "target: 97.5 million hectares by 2045")
A("third", "fraction", "headline: less than a third of the way to the goal", "less than a third of the way")
A("8.4", "aggregate", "world ocean share protected")
A("2.8", "aggregate", "world ocean fully/highly protected")
A("200", "aggregate", "governments in the framework")
A("30", "target", "global 30% target", "protect 30% of land and sea")
A("one", "count", "one of the largest in the tropics", "one of the largest in the tropics")
A("15.8", "aggregate", "global funding need")
A("1.2", "aggregate", "global spending now")
A("60", "treaty", "ratifications needed")
A("first", "ordinal", "first step", "The first step")

# ---------------------------------------------------------------- 1014 video games (no date)
page("1014")
KW_GR = ["games", "gaming", "revenue", "spending", "market"]
KW_GRK = ["rank", "games", "gaming", "market", "largest"]
G("USA", "video_games_revenue", KW_GR, 46400000000, "USD", None,
  "The United States remains the largest market for video games, with consumer spending of about $46.4 billion last year")
G("USA", "video_games_market_rank", KW_GRK, 1, "rank", None,
  "The United States remains the largest market for video games", tier="hard")
G("CHN", "video_games_revenue", KW_GR, 45900000000, "USD", None, "Chinese players spent $45.9bn over the same period")
G("CHN", "video_games_market_rank", KW_GRK, 2, "rank", None,
  "but China is catching up fast", tier="hard")
G("JPN", "video_games_revenue", KW_GR, 16900000000, "USD", None, "Japan was a distant third on $16.9bn")
G("JPN", "video_games_market_rank", KW_GRK, 3, "rank", None, "Japan was a distant third on $16.9bn")
_q = "followed by South Korea ($7.6bn), Germany ($6.3bn) and the United Kingdom"
G("KOR", "video_games_revenue", KW_GR, 7600000000, "USD", None, "South Korea ($7.6bn)")
G("DEU", "video_games_revenue", KW_GR, 6300000000, "USD", None, "Germany ($6.3bn)")
G("KOR", "video_games_market_rank", KW_GRK, 4, "rank", None, _q, tier="hard")
G("DEU", "video_games_market_rank", KW_GRK, 5, "rank", None, _q, tier="hard")
G("GBR", "video_games_market_rank", KW_GRK, 6, "rank", None, _q, tier="hard")
_q = "Brazil, the biggest market in Latin America, generated $2.7bn and ranked 10th worldwide"
G("BRA", "video_games_revenue", KW_GR, 2700000000, "USD", None, _q)
G("BRA", "video_games_market_rank", KW_GRK, 10, "rank", None, _q)
G("CHN", "gamers", ["gamers", "players", "users"], 668000000, "people", None,
  "counted 668 million gamers at the end of last year")
_q = "domestic revenue from games rose 13.95% to 302.96 billion yuan"
G("CHN", "video_games_revenue", KW_GR, 302960000000, "CNY", None, _q)
G("CHN", "video_games_revenue_change", ["growth", "change", "rise", "increase", "revenue"], 13.95, "%", None, _q)
G("CHN", "mobile_games_share", ["mobile", "phone", "share"], 75, "%", None,
  "In China about three quarters of spending goes on games played on phones", tier="hard")
G("JPN", "console_games_share", ["console", "share"], 30, "%", None,
  "in Japan console games still take roughly 30% of the market")
_q = "sales of games, add-ons and hardware in Germany fell 2% to 9.7 billion euros in the previous year"
G("DEU", "games_sales", ["games", "gaming", "sales", "revenue", "market"], 9700000000, "EUR", None, _q)
G("DEU", "games_sales_change", ["change", "fall", "decline", "sales", "growth"], -2, "%", None, _q, value_ok=[2])
G("DEU", "share_of_people_playing", ["share", "play", "players", "gamers", "people"], 58, "%", None,
  "the share of people who play at least occasionally held steady at around 58%")
_q = "India has more than 440 million gamers, second only to China by that measure"
G("IND", "gamers", ["gamers", "players", "users"], 440000000, "people", None, _q)
G("IND", "gamers_rank", ["rank", "gamers", "players"], 2, "rank", None, _q)
KW_ARPU = ["spending", "per", "player", "gamer", "arpu", "spend"]
G("IND", "games_spending_per_gamer", KW_ARPU, 1, "USD", None, "the average Indian gamer spends less than $1 a year")
G("KOR", "games_spending_per_gamer", KW_ARPU, 130, "USD", None, "against more than $130 in South Korea")
I("CHN", 50, "'nearly half the population' plays games")
I("SAU", 50000000000, "target: games sector to contribute 50 billion riyals by 2030")
I("SAU", 39000, "target: 39,000 jobs by 2030")
A("half", "computed-gap", "US-China gap of half a billion dollars", "barely half a billion dollars")
A("184", "aggregate", "global games spending")
A("half", "fraction", "see ignore CHN 50", "nearly half the population")
A("first", "ordinal", "first time past 300 billion", "the first time it has passed")
A("300", "threshold", "300 billion yuan mark", "the 300 billion mark")
A("three", "fraction", "three quarters -> 75 in gold (hard)", "about three quarters of spending")
A("141.3", "company", "Nintendo Switch units")
A("second", "ordinal", "Nintendo's second best-selling hardware", "the second best-selling piece")
A("80", "company", "Tencent and NetEase market value lost")
A("179.9", "company", "Tencent games revenue")
A("38", "company", "Savvy Games Group acquisition budget")
A("Two", "aggregate", "two countries account for half of spending", "Two countries account for roughly half")
A("half", "aggregate", "US+China share of world spending", "account for roughly half")
A("one", "count", "one of them", "one of them can change")

# ---------------------------------------------------------------- 1015 Global Peace Index (2024-06-12)
page("1015")
KW_GPI = ["score", "index", "peace", "gpi"]
KW_GPIR = ["rank", "index", "peace", "gpi", "place"]
G("ISL", "global_peace_index_score", KW_GPI, 1.112, "score", 2024, "Iceland scored 1.112 on the index")
G("ISL", "global_peace_index_rank", KW_GPIR, 1, "rank", 2024,
  "Iceland has been named the world's most peaceful country", tier="hard")
_q = "ahead of Ireland (1.303), Austria (1.313), New Zealand (1.323)"
G("IRL", "global_peace_index_score", KW_GPI, 1.303, "score", 2024, "Ireland (1.303)")
G("AUT", "global_peace_index_score", KW_GPI, 1.313, "score", 2024, "Austria (1.313)")
G("NZL", "global_peace_index_score", KW_GPI, 1.323, "score", 2024, "New Zealand (1.323)")
G("IRL", "global_peace_index_rank", KW_GPIR, 2, "rank", 2024, _q, tier="hard")
G("AUT", "global_peace_index_rank", KW_GPIR, 3, "rank", 2024, _q, tier="hard")
G("NZL", "global_peace_index_rank", KW_GPIR, 4, "rank", 2024, "New Zealand's fourth place")
G("SGP", "global_peace_index_rank", KW_GPIR, 5, "rank", 2024,
  "and Singapore, which entered the top five for the first time", tier="hard")
_q = "Yemen replaced Afghanistan as the least peaceful country, ranking 163rd out of 163 with a score of 3.397"
G("YEM", "global_peace_index_rank", KW_GPIR, 163, "rank", 2024, _q)
G("YEM", "global_peace_index_score", KW_GPI, 3.397, "score", 2024, _q)
G("USA", "global_peace_index_rank", KW_GPIR, 132, "rank", 2024, "The United States fell to 132nd")
G("RUS", "global_peace_index_rank", KW_GPIR, 157, "rank", 2024, "Russia ranked 157th")
G("ISR", "global_peace_index_rank", KW_GPIR, 155, "rank", 2024, "and Israel 155th")
G("ISR", "global_peace_index_score_change", ["change", "deterioration", "score", "worsen"], 9.3, "%", 2024,
  "pushed Israel's score up by 9.3%")
_q = ("Ukraine and Afghanistan bore the highest costs relative to the size of their economies, "
      "at 68.6% and 39.2% of GDP respectively")
KW_COV = ["violence", "cost", "gdp", "economic", "impact"]
G("UKR", "economic_cost_of_violence_gdp", KW_COV, 68.6, "% of GDP", 2023, _q)
G("AFG", "economic_cost_of_violence_gdp", KW_COV, 39.2, "% of GDP", 2023, _q)
_q = "El Salvador recorded the biggest improvement, climbing 21 places to 96th"
G("SLV", "global_peace_index_rank", KW_GPIR, 96, "rank", 2024, _q)
G("SLV", "global_peace_index_rank_change", ["change", "places", "improvement", "climb", "rank"], 21, "places", 2024, _q)
G("JPN", "global_peace_index_rank", KW_GPIR, 17, "rank", 2024, "In Asia, Japan ranked 17th")
G("AUS", "global_peace_index_rank", KW_GPIR, 24, "rank", 2024, "Australia slipped two places to 24th")
I("ISL", 17, "17th consecutive year at the top (streak; also in headline)")
I("AUS", 2, "slipped two places (rank change)")
A("56", "aggregate", "active state-based conflicts")
A("Second", "name", "Second World War", "Second World War")
A("five", "count", "bottom five", "complete the bottom five")
A("first", "ordinal", "first time in top five", "for the first time.")
A("97", "aggregate", "countries that deteriorated")
A("first", "ordinal", "index first compiled", "first compiled")
A("Ninety-two", "aggregate", "countries involved in external conflict")
A("19.1", "aggregate", "world economic impact of violence")
A("13.5", "aggregate", "share of global GDP")
A("2,380", "aggregate", "per person worldwide")
A("third", "ordinal", "state of emergency in its third year", "now in its third year")
A("second", "ordinal", "Japan second-best in Asia", "second-best score")
A("two", "count", "only two regions", "only two regions")
A("one", "count", "one of only two regions", "one of only two regions")
A("ten", "hypothetical", "gain ten places", "gain ten places")
A("30", "aggregate", "countries separated by less than 0.1 points")
A("0.1", "aggregate", "score gap in mid-table")
A("99.7", "aggregate", "population coverage")
A("23", "method", "number of indicators")

# ---------------------------------------------------------------- 1016 pensions (2023-12-14, URL only)
page("1016")
KW_RA = ["retirement", "pension", "age"]
KW_RR = ["replacement", "pension", "net", "rate"]
G("DNK", "normal_retirement_age", KW_RA, 74, "years", None,
  "will not be able to draw a state pension until they are 74", year_ok=[2022, 2023])
G("DNK", "normal_retirement_age_rank", ["rank", "highest", "retirement"], 1, "rank", None,
  "the highest normal retirement age in the developed world", tier="hard", year_ok=[2022, 2023])
G("EST", "normal_retirement_age", KW_RA, 71, "years", None, "Estonia and Italy follow at 71", year_ok=[2023])
G("ITA", "normal_retirement_age", KW_RA, 71, "years", None, "Estonia and Italy follow at 71", year_ok=[2023])
G("NLD", "normal_retirement_age", KW_RA, 70, "years", None, "and the Netherlands and Sweden at 70", year_ok=[2023])
G("SWE", "normal_retirement_age", KW_RA, 70, "years", None, "and the Netherlands and Sweden at 70", year_ok=[2023])
G("COL", "retirement_age_women", KW_RA + ["women"], 57, "years", None, "Colombia still allows women to retire at 57",
  year_ok=[2023])
_q = "Luxembourg, Slovenia and Turkey have a normal retirement age of 62 for a full career"
for c in ("LUX", "SVN", "TUR"):
    G(c, "normal_retirement_age", KW_RA, 62, "years", None, _q, year_ok=[2023])
G("NLD", "net_replacement_rate", KW_RR, 93.2, "%", None,
  "A worker on average earnings in the Netherlands can expect a net pension worth 93.2% of previous income",
  year_ok=[2023])
G("PRT", "net_replacement_rate", KW_RR, 98.8, "%", None, "and in Portugal 98.8%", year_ok=[2023])
G("JPN", "net_replacement_rate", KW_RR, 38.8, "%", None, "In Japan the figure is 38.8%", year_ok=[2023])
G("LTU", "net_replacement_rate", KW_RR, 29.5, "%", None, "in Lithuania just 29.5%", year_ok=[2023])
G("GBR", "net_replacement_rate", KW_RR, 54.8, "%", None, "Britain, at 54.8%, ranks 29th out of 38", year_ok=[2023])
G("GBR", "net_replacement_rate_rank", ["rank", "replacement"], 29, "rank", None, "Britain, at 54.8%, ranks 29th out of 38",
  year_ok=[2023])
KW_POV = ["poverty", "elderly", "poor", "old"]
G("KOR", "old_age_poverty_rate", KW_POV, 40.4, "%", None,
  "South Korea has the highest old-age poverty rate in the OECD: 40.4% of people aged 66 and over", year_ok=[2023])
G("KOR", "old_age_poverty_rate_rank", ["rank", "poverty", "highest"], 1, "rank", None,
  "South Korea has the highest old-age poverty rate in the OECD", tier="hard", year_ok=[2023])
G("EST", "old_age_poverty_rate", KW_POV, 34.6, "%", None, "Estonia follows at 34.6%", year_ok=[2023])
KW_PS = ["spending", "pension", "gdp", "expenditure"]
_q = "reaches 15.6% in Greece and 15.4% in Italy"
G("GRC", "public_pension_spending_gdp", KW_PS, 15.6, "% of GDP", None, _q, year_ok=[2023])
G("ITA", "public_pension_spending_gdp", KW_PS, 15.4, "% of GDP", None, _q, year_ok=[2023])
I("FRA", 62, "French minimum age before the 2023 reform (62 -> 64)")
I("FRA", 64, "French minimum age by 2030 (reform target)")
A("74", "repeat", "headline repeats Denmark 74", "Danes face retirement at 74")
A("38", "aggregate", "number of OECD countries")
A("66.3", "aggregate", "OECD average future retirement age")
A("64.4", "aggregate", "OECD average current retirement age")
A("three", "duration", "three months a year", "adding three months a year")
A("61.4", "aggregate", "OECD average net replacement rate")
A("66", "age-threshold", "aged 66 and over", "aged 66 and over")
A("half", "fraction", "half the median income", "less than half the median")
A("three", "multiplier", "nearly three times the OECD average", "nearly three times")
A("14.2", "aggregate", "OECD old-age poverty average")
A("7.7", "aggregate", "OECD pension spending average")
A("one", "aggregate", "one in five older workers", "one in five older workers")
A("five", "aggregate", "one in five older workers", "one in five older workers")
A("five", "duration", "at least five years", "at least five years")
A("26", "aggregate", "gender pension gap across OECD")
A("58", "age", "Hervé Lambert's age")

# ---------------------------------------------------------------- 1017 diamonds (Jan. 30, 2024 dateline)
page("1017")
KW_DP = ["diamond", "production", "output", "carats", "mined"]
KW_DV = ["value", "worth", "diamond", "production"]
KW_DR = ["rank", "production", "producer", "largest", "diamond"]
KW_PPC = ["price", "carat", "per", "average", "value"]
_q = "Botswana, the world's largest producer of diamonds by value, mined 25.1 million carats in 2022, worth $5.4 billion"
G("BWA", "diamond_production", KW_DP, 25100000, "carats", 2022, _q)
G("BWA", "diamond_production_value", KW_DV, 5400000000, "USD", 2022, _q)
G("BWA", "diamond_production_value_rank", KW_DR + ["value"], 1, "rank", None,
  "Botswana, the world's largest producer of diamonds by value", tier="hard", year_ok=[2022])
_q = "Only Russia produced more by volume, with 41.9 million carats valued at $3.5 billion"
G("RUS", "diamond_production", KW_DP, 41900000, "carats", 2022, _q)
G("RUS", "diamond_production_value", KW_DV, 3500000000, "USD", 2022, _q)
G("RUS", "diamond_production_rank", KW_DR, 1, "rank", 2022, _q, tier="hard")
G("BWA", "diamond_production_rank", KW_DR, 2, "rank", 2022, _q, tier="hard")
G("CAN", "diamond_production", KW_DP, 16300000, "carats", 2022, "Canada ranked third at 16.3 million carats")
G("CAN", "diamond_production_rank", KW_DR, 3, "rank", 2022, "Canada ranked third at 16.3 million carats")
G("COD", "diamond_production", KW_DP, 9900000, "carats", 2022, "the Democratic Republic of Congo (9.9 million)")
G("ZAF", "diamond_production", KW_DP, 9700000, "carats", 2022, "South Africa (9.7 million)")
G("AGO", "diamond_production", KW_DP, 8800000, "carats", 2022, "and Angola (8.8 million)")
_q = "ahead of the Democratic Republic of Congo (9.9 million), South Africa (9.7 million) and Angola (8.8 million)"
G("COD", "diamond_production_rank", KW_DR, 4, "rank", 2022, _q, tier="hard")
G("ZAF", "diamond_production_rank", KW_DR, 5, "rank", 2022, _q, tier="hard")
G("AGO", "diamond_production_rank", KW_DR, 6, "rank", 2022, _q, tier="hard")
G("BWA", "diamond_price_per_carat", KW_PPC, 215, "USD", 2022, "Botswana's stones fetched an average of $215 a carat")
G("RUS", "diamond_price_per_carat", KW_PPC, 84, "USD", 2022, "more than double Russia's $84")
G("COD", "diamond_price_per_carat", KW_PPC, 8, "USD", 2022,
  "far above the $8 a carat typical of Congo's industrial-grade output")
G("IND", "diamond_cutting_share", ["share", "cutting", "polishing", "polish", "cut"], 90, "%", None,
  "The country cuts and polishes about nine in 10 of the world's diamonds", tier="hard", year_ok=[2024])
G("IND", "diamond_jobs_lost", ["jobs", "job", "employment", "lost", "losses"], 50000, "jobs", None,
  "factories in and around Surat have shed an estimated 50,000 jobs since mid-2022", tier="hard",
  year_ok=[2023, 2024])
I("BWA", 33, "diamonds 'roughly a third' of government revenue")
I("BWA", 20, "diamonds 'a fifth' of GDP")
I("RUS", 90, "Alrosa mines about 90% of the country's diamonds (company share)")
I("AGO", 17500000, "target: 17.5 million carats by 2027")
A("85", "company", "Anglo American stake in De Beers")
A("31.9", "company", "De Beers production 2023")
A("6", "company", "De Beers production change", "6% less than in 2022")
A("26", "company", "De Beers 2024 guidance low")
A("29", "company", "De Beers 2024 guidance high")
A("70", "company", "share of De Beers output from Debswana")
A("50", "company", "Debswana 50-50 joint venture", "50-50 joint venture")
A("third", "fraction", "see ignore BWA 33", "roughly a third of government revenue")
A("fifth", "fraction", "see ignore BWA 20", "a fifth of gross domestic product")
A("17", "aggregate", "lab-grown share of jewellery market")
A("Seven", "name", "Group of Seven")
A("one", "regulation", "sanctions threshold one carat", "one carat or more")
A("0.5", "regulation", "sanctions threshold 0.5 carats")
A("nine", "fraction", "nine in 10 -> 90 in gold (hard)", "nine in 10")
A("10", "fraction", "nine in 10 -> 90 in gold (hard)", "nine in 10")
A("one", "count", "one of the largest discoveries", "one of the largest discoveries")
A("half", "duration", "half a century", "half a century")
A("57", "age", "Duncan Wanblad's age")

# ---------------------------------------------------------------- 1018 electricity prices (2024-10-30)
page("1018")
KW_EP = ["price", "electricity", "household", "kwh", "tariff"]
KW_EPC = ["change", "increase", "rise", "price"]
G("DEU", "household_electricity_price", KW_EP, 0.3951, "EUR/kWh", 2024, "In Germany the price was €0.3951")
G("DEU", "household_electricity_price_rank", ["rank", "highest", "price"], 1, "rank", 2024,
  "Germans are still paying more than anyone else in the bloc", tier="hard")
G("IRL", "household_electricity_price", KW_EP, 0.3712, "EUR/kWh", 2024, "followed by Ireland at €0.3712")
G("BEL", "household_electricity_price", KW_EP, 0.3641, "EUR/kWh", 2024, "and Belgium at €0.3641")
G("HUN", "household_electricity_price", KW_EP, 0.1034, "EUR/kWh", 2024, "Hungary (€0.1034)")
G("BGR", "household_electricity_price", KW_EP, 0.1197, "EUR/kWh", 2024, "Bulgaria (€0.1197)")
G("MLT", "household_electricity_price", KW_EP, 0.1243, "EUR/kWh", 2024, "and Malta (€0.1243)")
G("HRV", "household_electricity_price_change", KW_EPC, 19.6, "%", 2024, "Croatia (+19.6%)")
G("EST", "household_electricity_price_change", KW_EPC, 15.7, "%", 2024, "Estonia (+15.7%)")
G("SVK", "household_electricity_price_change", KW_EPC, 14.4, "%", 2024, "Slovakia (+14.4%)")
G("NLD", "household_electricity_price_change", KW_EPC, -29.7, "%", 2024, "the Netherlands (-29.7%)", value_ok=[29.7])
G("DNK", "household_electricity_price_change", KW_EPC, -24.5, "%", 2024, "Denmark (-24.5%)", value_ok=[24.5])
G("DNK", "electricity_tax_share", ["tax", "taxes", "levies", "share"], 49.6, "%", 2024,
  "The share was highest in Denmark, at 49.6%")
G("GBR", "electricity_unit_rate", ["price", "rate", "unit", "electricity", "kwh", "cap"], 0.245, "GBP/kWh", 2024,
  "Ofgem set the capped unit rate at 24.50p per kWh from October 1", value_ok=[24.5])
G("GBR", "electricity_standing_charge", ["standing", "charge", "daily"], 0.6099, "GBP/day", 2024,
  "with a daily standing charge of 60.99p", value_ok=[60.99])
_q = "putting the typical annual dual-fuel bill at £1,717, 10% more than in the previous quarter"
G("GBR", "typical_energy_bill", ["bill", "annual", "typical", "energy"], 1717, "GBP", 2024, _q)
G("GBR", "typical_energy_bill_change", ["change", "increase", "rise", "bill"], 10, "%", 2024, _q)
G("USA", "household_electricity_price", KW_EP, 0.165, "USD/kWh", 2023,
  "American households paid an average of 16.5 cents per kWh last year", value_ok=[16.5])
G("JPN", "energy_subsidies", ["subsidy", "subsidies", "support", "spending"], 3700000000000, "JPY", 2023,
  "The government spent ¥3.7tn on electricity and gas support in the fiscal year that ended in March 2024",
  year_ok=[2024])
A("first", "ordinal", "first time / first half")
A("half", "period", "first / second half of the year")
A("three", "duration", "first fall in three years", "first time in three years")
A("0.2889", "aggregate", "EU average household price H1 2024")
A("0.2895", "aggregate", "EU average household price H2 2023")
A("second", "ordinal", "second half of 2023", "second half of 2023")
A("24.8", "aggregate", "EU tax share")
A("5.1", "aggregate", "EU tax share change (percentage points)")
A("half", "fraction", "wholesale prices half of two years ago", "Wholesale prices are half what")
A("two", "duration", "two years ago", "two years ago")
A("0.1867", "aggregate", "EU non-household price")
A("two", "fraction", "two-thirds", "two-thirds")
A("0.5", "aggregate", "EU minimum electricity tax")

# ---------------------------------------------------------------- 1019 gambling (5 March 2024, byline)
page("1019")
KW_GL = ["gambling", "losses", "lost", "spending", "expenditure"]
KW_GLA = ["per", "adult", "gambling", "losses", "capita"]
G("AUS", "gambling_losses", KW_GL, 31500000000, "AUD", 2023,
  "Australians lost A$31.5 billion on legal gambling in the 2022-23 financial year", year_ok=[2022])
G("AUS", "gambling_losses_per_adult", KW_GLA, 1527, "AUD", 2023, "the equivalent of about A$1,527 for every adult",
  year_ok=[2022])
G("AUS", "gambling_losses_per_adult", KW_GLA, 1100, "USD", 2022,
  "Measured in US dollars, Australians lost roughly US$1,100 per adult in 2022")
G("SGP", "gambling_losses_per_adult", KW_GLA, 950, "USD", 2022, "ahead of Singapore (US$950)")
G("HKG", "gambling_losses_per_adult", KW_GLA, 740, "USD", 2022, "Hong Kong (US$740)")
G("AUS", "gambling_losses_rank", ["rank", "top", "gambling"], 1, "rank", None,
  "That keeps the country at the top of global rankings", tier="hard", year_ok=[2022, 2023])
_q = "ahead of Singapore (US$950), Hong Kong (US$740) and Finland"
G("SGP", "gambling_losses_rank", ["rank", "top", "gambling"], 2, "rank", 2022, _q, tier="hard")
G("HKG", "gambling_losses_rank", ["rank", "top", "gambling"], 3, "rank", 2022, _q, tier="hard")
G("FIN", "gambling_losses_rank", ["rank", "top", "gambling"], 4, "rank", 2022, _q, tier="hard")
G("AUS", "gaming_machines", ["machines", "pokies", "gaming", "poker"], 184000, "machines", None,
  "Nationally there are around 184,000", tier="hard", year_ok=[2023, 2024])
G("USA", "sports_betting_states", ["states", "legal", "sports", "betting"], 38, "states", None,
  "sports betting is now legal in 38 states and Washington, DC", year_ok=[2024])
G("USA", "sports_betting_handle", ["bet", "betting", "wagered", "handle", "sports"], 119800000000, "USD", 2023,
  "Americans bet a record $119.8 billion on sports last year")
G("USA", "sports_betting_revenue", ["revenue", "betting", "operators", "sports"], 10900000000, "USD", 2023,
  "generating $10.9 billion in revenue for operators")
G("GBR", "gross_gambling_yield", ["gambling", "yield", "ggy", "revenue"], 15100000000, "GBP", 2023,
  "Britain's Gambling Commission put the industry's gross gambling yield at £15.1bn in the year to March 2023",
  year_ok=[2022])
G("GBR", "online_gambling_share", ["online", "share", "remote"], 42, "%", 2023,
  "with online betting and gaming making up 42% of the total", year_ok=[2022])
_q = "gross gaming revenue jumped 334% last year to 183.1 billion patacas"
G("MAC", "gross_gaming_revenue", ["gaming", "revenue", "casino", "ggr"], 183100000000, "MOP", 2023, _q)
G("MAC", "gross_gaming_revenue_change", ["change", "growth", "increase", "rise", "jump"], 334, "%", 2023, _q)
G("MAC", "gross_gaming_revenue", ["gaming", "revenue", "casino", "ggr"], 42200000000, "MOP", 2022, _q, tier="hard")
I("AUS", 50, "pokies 'more than half' of losses")
I("AUS", 87000, "New South Wales machines (state, not the country)")
I("AUS", 114, "one machine for every 114 adults (ratio)")
I("MAC", 37, "revenue 37% below the 2019 level (comparison)")
I("AUS", 1000000000, "analyst estimate: offshore websites take A$1 billion or more a year")
A("31", "headline", "headline rounding of A$31.5bn", "losses top A$31bn")
A("half", "fraction", "see ignore AUS 50", "more than half of the losses")
A("one", "ratio", "see ignore AUS 114", "one for every 114 adults")
A("three", "duration", "ad ban within three years", "within three years")
A("50", "age", "Peta Murphy's age", "aged 50")
A("31", "count", "committee recommendations", "31 recommendations")
A("2", "policy", "proposed stake limit", "between £2 and £5")
A("5", "policy", "proposed stake limit", "between £2 and £5")
A("six", "company", "casino operators in Macau", "six casino operators")
A("108.7", "company", "operators' investment commitments")
A("ten", "duration", "licence term", "ten years of their new licences")
A("2.4", "company", "Star Entertainment loss")
A("80", "company", "Star share price fall")

# ---------------------------------------------------------------- 1020 nat-cat losses (2024-01-09)
page("1020")
KW_LOSS = ["losses", "overall", "economic", "damage", "catastrophe"]
KW_INS = ["insured", "losses", "insurance", "claims"]
G("TUR", "disaster_deaths", ["deaths", "killed", "fatalities", "died", "death"], 50800, "people", 2023,
  "More than 58,000 people were killed, about 50,800 of them in Turkey")
G("SYR", "disaster_deaths", ["deaths", "killed", "fatalities", "died", "death"], 7200, "people", 2023,
  "More than 58,000 people were killed, about 50,800 of them in Turkey", tier="hard")
_q = "In the United States, overall losses reached $66 billion, of which $50 billion was insured, an insurance ratio of about 76%"
G("USA", "natcat_overall_losses", KW_LOSS, 66000000000, "USD", 2023, _q)
G("USA", "natcat_insured_losses", KW_INS, 50000000000, "USD", 2023, _q)
G("USA", "natcat_insurance_ratio", ["ratio", "insured", "insurance", "share"], 76, "%", 2023, _q)
G("USA", "storm_insured_losses", ["storm", "thunderstorm", "hail", "insured", "losses"], 35000000000, "USD", 2023,
  "Severe thunderstorms and hail alone cost insurers a record $35 billion in the country")
_q = ("Floods in the Emilia-Romagna region of Italy in May caused losses of about $10 billion, "
      "of which only about $1.1 billion was insured")
G("ITA", "flood_losses", ["flood", "losses", "damage"], 10000000000, "USD", 2023, _q)
G("ITA", "flood_insured_losses", ["insured", "flood", "losses"], 1100000000, "USD", 2023, _q)
G("ITA", "flood_uninsured_share", ["uninsured", "gap", "share", "protection"], 89, "%", 2023, _q, tier="hard")
_q = ("In Slovenia, August floods caused damage the government put at EUR 9.9 billion, "
      "equal to about 16% of the country's economic output")
G("SVN", "flood_damage", ["flood", "damage", "losses"], 9900000000, "EUR", 2023, _q)
G("SVN", "flood_damage_share_gdp", ["gdp", "output", "share", "damage"], 16, "% of GDP", 2023, _q)
G("NZL", "insured_claims", KW_INS, 2300000000, "NZD", 2023, "with insured claims of NZ$2.3 billion")
KW_ISH = ["insured", "share", "insurance", "protection"]
G("IND", "natcat_insured_share", KW_ISH, 8, "%", None,
  "In India only about 8% of natural catastrophe losses are insured", year_ok=[2023, 2024])
G("PHL", "natcat_insured_share", KW_ISH, 2, "%", None, "in the Philippines the share is below 2%", year_ok=[2023, 2024])
for c in ("TUR", "SYR"):
    I(c, 50000000000, "Turkey-Syria earthquakes overall losses (one event, two countries)")
    I(c, 5500000000, "Turkey-Syria earthquakes insured losses (one event, two countries)")
A("95", "aggregate", "world insured losses 2023")
A("250", "aggregate", "world overall losses 2023")
A("58,000", "event", "earthquake deaths in both countries")
A("five", "frequency", "five of the last ten years", "in five of the last ten years")
A("ten", "frequency", "five of the last ten years", "in five of the last ten years")
A("74,000", "aggregate", "world disaster deaths 2023")
A("10,000", "aggregate", "world average deaths previous decade")
A("ten", "duration", "previous ten years", "the previous ten years")
A("5", "market", "reinsurance rate rises", "between 5% and 10%")
A("10", "market", "reinsurance rate rises", "between 5% and 10%")
A("5", "forecast", "Swiss Re world loss growth", "5% to 7%")
A("7", "forecast", "Swiss Re world loss growth", "5% to 7%")


def main():
    order = {v: k for k, v in ART.items()}
    GOLD.sort(key=lambda r: order[r["article"]])
    IGNORE.sort(key=lambda r: order[r["article"]])
    ACC.sort(key=lambda r: order[r["article"]])
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in GOLD:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "gold.ignore.jsonl"), "w", encoding="utf-8") as fh:
        for r in IGNORE:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "accounted.json"), "w", encoding="utf-8") as fh:
        json.dump(ACC, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    core = sum(r["tier"] == "core" for r in GOLD)
    print(f"build.py: {len(GOLD)} gold ({core} core, {len(GOLD) - core} hard), "
          f"{len(IGNORE)} ignore, {len(ACC)} accounted")


if __name__ == "__main__":
    main()
