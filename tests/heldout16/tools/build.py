#!/usr/bin/env python3
"""Every annotation of the heldout16 set, as data.

Writes ../gold.jsonl, ../gold.ignore.jsonl and accounted.json.

  G(...)  gold record: one (article, country, metric, value)
  I(...)  ignore record: may be extracted or not without penalty
  A(...)  accounted number: belongs in neither file (company/person figure, aggregate, threshold,
          repeat of a figure already in gold, ...). `tok` is the number token as written, `quote` a
          verbatim stretch of the page around it; every occurrence of `tok` inside every occurrence
          of `quote` is accounted.
Years, dates, times and front-matter numbers are accounted automatically by check.py.
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FILES = {int(f.split("_")[0]): f for f in os.listdir(os.path.join(ROOT, "corpus"))}

GOLD, IGN, ACC = [], [], []


def G(a, c, metric, kw, value, unit, year, quote, tier="core", year_ok=(), value_ok=None):
    r = {"article": FILES[a], "country": c, "metric": metric, "keywords": list(kw), "value": value,
         "unit": unit, "year": year, "year_ok": list(year_ok), "quote": quote, "tier": tier}
    if value_ok is not None:
        r["value_ok"] = list(value_ok)
    GOLD.append(r)


def I(a, c, value, note):
    IGN.append({"article": FILES[a], "country": c, "value": value, "note": note})


def A(a, tok, quote, kind, note):
    ACC.append({"article": FILES[a], "tok": tok, "quote": quote, "kind": kind, "note": note})


def rep(a, tok, quote, note="repeat of a figure already in gold"):
    A(a, tok, quote, "repeat", note)


# keyword sets ------------------------------------------------------------------------------------
K_OLIVE = ["olive", "production", "output", "harvest", "crop"]
K_OLIVE_SHARE = ["share", "world", "supply"]
K_OLIVE_CHG = ["change", "drop", "fall", "decline", "growth", "production", "output"]
K_OLIVE_RANK = ["rank", "position", "place", "producer"]
K_ORIGIN = ["price", "origin", "producer", "wholesale"]
K_RETAIL = ["price", "retail", "supermarket", "consumer"]
K_PURCH = ["purchase", "consumption", "household", "bought", "demand", "sales"]

K_FIFA = ["fifa", "rank", "ranking", "position", "place"]
K_FIFA_PTS = ["fifa", "points", "rating", "score"]
K_FIFA_CHG = ["change", "climb", "move", "movement", "places", "rise", "drop"]

K_STARS = ["michelin", "star", "starred", "restaurant"]
K_3STAR = ["three", "3", "three_star", "3star", "star"]
K_2STAR = ["two", "2", "two_star", "2star", "star"]
K_1STAR = ["one_star", "1star", "one", "1_star", "star"]
K_NEWSTAR = ["new", "award", "awarded", "gain", "gained", "added", "promot", "promotion"]
K_LOSTSTAR = ["withdraw", "withdrawn", "lost", "loss", "removed", "demot", "demotion", "stripped"]
K_GREEN = ["green", "sustainab", "sustainable", "sustainability"]
K_FEMALE = ["women", "female", "woman"]

K_PUNCT = ["punctual", "punctuality", "on_time", "ontime", "on-time", "delay", "reliab", "reliability"]
K_PUNCT_CHG = ["change", "punctual", "point", "delta"]
K_CANCEL = ["cancel", "cancellation", "cancelled", "cancellations"]
K_RAILRANK = ["rank", "position", "place", "punctual"]
K_STAFF = ["staff", "shortage", "affected", "driver"]

K_RECYC = ["recycl", "recycling", "recycled", "compost", "composting"]
K_RECYC_CHG = ["change", "recycl", "point", "increase"]
K_LANDFILL = ["landfill", "landfilled", "landfilling", "disposal", "buried"]
K_WASTE = ["waste", "generat", "generation", "per_capita", "kg", "rubbish"]
K_DEPOSIT = ["deposit", "container", "collected", "bottle", "return"]

K_ABX = ["antibiotic", "antimicrobial", "consumption", "ddd", "dose", "use"]
K_ABX_HOSP = ["hospital", "inpatient", "hospitals"]
K_ABX_CHG = ["change", "increase", "growth", "consumption", "cut", "reduction"]
K_CARBA = ["resist", "resistance", "resistant", "carbapenem", "klebsiella"]
K_AMR_DEATH = ["death", "mortality", "died", "kill"]
K_AMR_INF = ["infection", "infections", "resistant", "resistance", "case"]
K_UNNEC = ["unnecessary", "viral", "prescription", "prescriptions", "inappropriate"]

K_LEAVE = ["age", "leav", "leaving", "home", "parental", "move", "moving"]
K_LEAVE_M = ["men", "male", "man"]
K_LEAVE_F = ["women", "female", "woman"]
K_LEAVE_CHG = ["change", "increase", "rise", "age"]
K_LEAVE_RANK = ["rank", "position", "place"]
K_RENT = ["rent", "rental", "salary", "income", "affordab", "affordability", "housing"]
K_EMANC = ["emancipat", "emancipation", "moved", "independent", "leav", "leaving", "living", "share"]
K_LIVEPAR = ["living", "parent", "share", "home"]

K_TEMP = ["temperature", "record", "heat", "celsius", "degree", "max"]
K_ALERT = ["alert", "alerts", "warning", "warnings", "cities", "city"]
K_HEATDEATH = ["death", "deaths", "mortality", "died", "fatalit", "fatalities"]
K_HEATRATE = ["death", "mortality", "rate", "per_million", "million"]

K_MUSRANK = ["rank", "position", "place", "market"]
K_MUSCHG = ["change", "rank", "climb", "move", "place"]
K_MUSGROW = ["growth", "grow", "revenue", "increase", "change", "rise"]
K_MUSREV = ["revenue", "market", "sales", "size", "value"]
K_STREAM = ["stream", "share"]
K_PHYS = ["physical", "cd", "share"]
K_VINYL = ["vinyl", "lp", "record", "unit", "sales"]
K_CD = ["cd", "unit", "sales", "physical"]
K_ALBUM = ["album", "shipment", "sales", "physical"]
K_STREAMGROW = ["stream", "growth"]

K_RANSOM_SHARE = ["share", "victim", "ransomware", "leak"]
K_RANSOM_RANK = ["rank", "position", "place"]
K_COMPLAINT = ["complaint", "report", "ransomware", "incident"]
K_RLOSS = ["loss", "ransomware", "damage", "cost"]
K_CLOSS = ["loss", "cybercrime", "damage", "cost"]
K_CCHG = ["change", "increase", "growth", "rise", "loss", "damage"]
K_INCID = ["incident", "attack", "handled", "significant"]
K_NATSIG = ["significant", "national", "incident"]
K_HIGHSIG = ["highly", "significant", "incident"]
K_CREPORT = ["report", "cybercrime", "complaint", "incident"]
K_AVGCOST = ["cost", "average", "small", "business"]
K_AGENCY = ["agenc", "agency", "agencies", "government", "disrupt", "disrupted", "affected"]

K_SWF_PROFIT = ["profit", "gain", "earn", "return", "result"]
K_SWF_RET = ["return", "performance", "yield"]
K_SWF_REL = ["relative", "excess", "benchmark", "return"]
K_SWF_EQRET = ["equit", "equity", "equities", "stock", "share", "return"]
K_SWF_BOND = ["bond", "fixed", "return"]
K_SWF_RE = ["real", "estate", "property", "return"]
K_SWF_EQSHARE = ["equit", "equity", "equities", "allocation", "share", "portfolio", "weight"]
K_SWF_VAL = ["value", "asset", "size", "worth", "aum", "fund", "market"]
K_SWF_PC = ["per_capita", "capita", "per_person", "citizen", "per"]
K_SWF_OWN = ["ownership", "own", "stake", "share"]
K_SWF_TECH = ["tech", "return"]
K_SWF_WD = ["withdraw", "withdrawal", "transfer", "spend", "spending", "budget", "draw"]
K_SWF_RANK = ["rank", "largest", "position"]

K_SUGAR = ["sugar", "production", "output"]
K_SUGARCONS = ["consumption", "demand"]
K_ETHANOL = ["ethanol", "diver", "diversion", "diverted"]
K_SUGRANK = ["rank", "ranking", "producer", "position", "largest"]
K_STOCK = ["stock", "stocks", "inventor", "inventory", "inventories", "opening", "reserve"]
K_MSP = ["price", "minimum", "msp", "selling"]
K_ARREARS = ["arrear", "arrears", "dues", "owed", "unpaid", "payment", "cane"]
K_PERCAP = ["per_capita", "capita", "consumption", "per"]

# 997 olive oil ---------------------------------------------------------------------------------
a = 997
q = "The agriculture ministry estimates Spanish output at 1.26 million tonnes of olive oil in the 2024/25 crop year"
G(a, "ESP", "olive_oil_production", K_OLIVE, 1260000, "tonnes", 2024, q, year_ok=[2025])
G(a, "ESP", "olive_oil_production", K_OLIVE, 853000, "tonnes", 2023, "up from 853,000 tonnes in 2023/24", year_ok=[2024])
G(a, "ESP", "olive_oil_production", K_OLIVE, 666000, "tonnes", 2022,
  "nearly double the 666,000 tonnes pressed in the drought-hit 2022/23 campaign", year_ok=[2023])
G(a, "ESP", "olive_oil_world_share", K_OLIVE_SHARE, 40, "%", 2024,
  "The country accounts for about 40% of world supply this season", year_ok=[2025])
G(a, "TUN", "olive_oil_production", K_OLIVE, 340000, "tonnes", 2024, "Tunisia expects 340,000 tonnes", year_ok=[2025])
q = "Greece and Portugal are estimated at 250,000 and 160,000 tonnes respectively"
G(a, "GRC", "olive_oil_production", K_OLIVE, 250000, "tonnes", 2024, q, year_ok=[2025])
G(a, "PRT", "olive_oil_production", K_OLIVE, 160000, "tonnes", 2024, q, year_ok=[2025])
G(a, "ITA", "olive_oil_production", K_OLIVE, 224000, "tonnes", 2024,
  "Italy, where a hot, dry summer hit yields in Puglia, is seen at just 224,000 tonnes", year_ok=[2025])
G(a, "ITA", "olive_oil_production_change", K_OLIVE_CHG, -32, "%", 2024,
  "is seen at just 224,000 tonnes, a 32% drop from last season", year_ok=[2025], value_ok=[32])
G(a, "TUR", "olive_oil_production", K_OLIVE, 400000, "tonnes", 2024,
  "Turkey, which overtook Italy a year ago, should hold at roughly 400,000 tonnes", year_ok=[2025])
G(a, "ESP", "olive_oil_origin_price", K_ORIGIN, 4.35, "EUR/kg", 2024,
  "Extra virgin oil traded at an average of €4.35 a kilo in Jaén in the week to Nov 15")
G(a, "ESP", "olive_oil_origin_price", K_ORIGIN, 8.90, "EUR/kg", 2023, "against €8.90 a year earlier")
for c, row, prev, price in [("TUN", "| Tunisia | 340,000 | 220,000 | 4.60 |", 220000, 4.60),
                            ("GRC", "| Greece | 250,000 | 175,000 | 7.10 |", 175000, 7.10),
                            ("ITA", "| Italy | 224,000 | 329,000 | 9.20 |", 329000, 9.20),
                            ("PRT", "| Portugal | 160,000 | 158,000 | 6.85 |", 158000, 6.85)]:
    G(a, c, "olive_oil_production", K_OLIVE, prev, "tonnes", 2023, row, year_ok=[2024])
    G(a, c, "olive_oil_origin_price", K_ORIGIN, price, "EUR/kg", 2024, row)
    tok_now = row.split(" | ")[1]
    rep(a, tok_now, row, "table repeats the 2024/25 estimate given in prose")
rep(a, "1,260,000", "| Spain | 1,260,000 | 853,000 | 4.35 |")
rep(a, "853,000", "| Spain | 1,260,000 | 853,000 | 4.35 |")
rep(a, "4.35", "| Spain | 1,260,000 | 853,000 | 4.35 |")
q = ("The average price of a litre of extra virgin oil in Spanish supermarkets fell to €6.95 in October "
     "from a peak of €9.88 in February")
G(a, "ESP", "olive_oil_retail_price", K_RETAIL, 6.95, "EUR/l", 2024, q)
G(a, "ESP", "olive_oil_retail_price", K_RETAIL, 9.88, "EUR/l", 2024, q)
G(a, "ESP", "olive_oil_household_purchases_change", K_PURCH, -17, "%", 2024,
  "households still bought 17% less olive oil in the first nine months of the year than in the same period of 2023",
  value_ok=[17])
G(a, "ESP", "olive_oil_producer_rank", K_OLIVE_RANK, 1, "rank", 2024, "Spain ranks first among producers", year_ok=[2025])
G(a, "TUR", "olive_oil_producer_rank", K_OLIVE_RANK, 2, "rank", 2024,
  "Spain ranks first among producers, ahead of Turkey and Tunisia", tier="hard", year_ok=[2025])
G(a, "TUN", "olive_oil_producer_rank", K_OLIVE_RANK, 3, "rank", 2024,
  "Spain ranks first among producers, ahead of Turkey and Tunisia", tier="hard", year_ok=[2025])
G(a, "ITA", "olive_oil_producer_rank", K_OLIVE_RANK, 5, "rank", 2024,
  "Italy, for decades the runner-up, has slipped to fifth place", year_ok=[2025])
I(a, "ESP", 1500000, "farm union forecast for 2025/26 (not a fact)")
A(a, "three", "best harvest in three seasons", "duration", "three seasons")
A(a, "3.1", "puts global production at 3.1 million tonnes", "aggregate", "world production")
A(a, "second", "the second-largest crop in its history", "ordinal", "rank within Tunisia's own history")
A(a, "first", "in the first nine months of the year", "period", "first nine months")
A(a, "nine", "in the first nine months of the year", "period", "first nine months")
A(a, "first", "reported first-half sales of €492 million, up 12%", "period", "first half")
A(a, "492", "reported first-half sales of €492 million, up 12%", "company", "Deoleo sales")
A(a, "12", "reported first-half sales of €492 million, up 12%", "company", "Deoleo sales growth")
A(a, "four", "For four years we have lived", "person", "farmer's quote")
A(a, "61", "Cristóbal Gallego, 61, who farms 40 hectares", "age", "farmer's age")
A(a, "40", "Cristóbal Gallego, 61, who farms 40 hectares", "person", "farm size")
A(a, "one", "Asaja, one of Spain's main farm unions", "word", "'one of'")
A(a, "5", "the IOC expects world consumption to rise by about 5% next season", "aggregate", "world consumption forecast")

# 998 FIFA ranking ------------------------------------------------------------------------------
a = 998
rows = [("ARG", 1, "Argentina", "1,901.48", 1901.48, " points"), ("FRA", 2, "France", "1,854.91", 1854.91, ""),
        ("ESP", 3, "Spain", "1,835.67", 1835.67, ""), ("BRA", 5, "Brazil", "1,775.85", 1775.85, ""),
        ("BEL", 6, "Belgium", "1,772.35", 1772.35, ""), ("NLD", 7, "Netherlands", "1,771.25", 1771.25, ""),
        ("PRT", 8, "Portugal", "1,756.77", 1756.77, ""), ("COL", 9, "Colombia", "1,727.58", 1727.58, ""),
        ("ITA", 10, "Italy", "1,726.01", 1726.01, "")]
for c, rank, name, tok, pts, suffix in rows:
    q = "%d. %s – %s%s" % (rank, name, tok, suffix)
    G(a, c, "fifa_ranking", K_FIFA, rank, "rank", 2024, q)
    G(a, c, "fifa_ranking_points", K_FIFA_PTS, pts, "points", 2024, q)
I(a, "GBR", 4, "England (no ISO3 of its own): rank 4, 'stay fourth'")
I(a, "GBR", 1812.24, "England (no ISO3 of its own): points")
I(a, "GBR", 11, "Scotland (no ISO3 of its own): fell 11 places")
I(a, "GBR", 50, "Scotland (no ISO3 of its own): 50th")
I(a, "ARG", 46.57, "points gap to France")
I(a, "ESP", 7, "seven straight wins at Euro 2024")
I(a, "SMR", 20, "no win in 20 years")
G(a, "ESP", "fifa_ranking_change", K_FIFA_CHG, 5, "places", 2024, "Spain climbed five places to third")
rep(a, "third", "Spain climbed five places to third", "rank 3 is in gold from the list")
A(a, "third", "Spain surge to third in FIFA ranking", "headline", "headline repeats rank 3")
rep(a, "1,901.48", "Lionel Scaloni's side now have 1,901.48 points")
rep(a, "second", "who held second place")
rep(a, "1,835.67", "lifted them to 1,835.67 points")
A(a, "ten", "The top ten", "word", "top ten")
A(a, "ten", "into the top ten", "word", "top ten")
G(a, "COL", "fifa_ranking_change", K_FIFA_CHG, 3, "places", 2024,
  "Colombia's run to the Copa América final pushed them up three places")
A(a, "first", "for the first time since 2016", "word", "first time")
A(a, "16", "ended in the last 16", "sport", "tournament round")
G(a, "ITA", "fifa_ranking_change", K_FIFA_CHG, -1, "places", 2024, "fell one place to tenth", value_ok=[1])
rep(a, "tenth", "fell one place to tenth")
q = "Germany, the Euro hosts, rose three places to 13th"
G(a, "DEU", "fifa_ranking", K_FIFA, 13, "rank", 2024, q)
G(a, "DEU", "fifa_ranking_change", K_FIFA_CHG, 3, "places", 2024, q)
G(a, "MAR", "fifa_ranking", K_FIFA, 14, "rank", 2024, "Morocco, 14th, remain the best-placed African side")
G(a, "JPN", "fifa_ranking", K_FIFA, 18, "rank", 2024, "Japan are the top Asian team in 18th")
q = "The United States, who went out in the group stage of a Copa América played on home soil, dropped two places to 16th"
G(a, "USA", "fifa_ranking", K_FIFA, 16, "rank", 2024, q)
G(a, "USA", "fifa_ranking_change", K_FIFA_CHG, -2, "places", 2024, q, value_ok=[2])
q = ("Canada were the big winners of the South American tournament: Jesse Marsch's semi-finalists "
     "jumped eight places to 40th out of 210 ranked teams")
G(a, "CAN", "fifa_ranking", K_FIFA, 40, "rank", 2024, q)
G(a, "CAN", "fifa_ranking_change", K_FIFA_CHG, 8, "places", 2024, q)
A(a, "210", "40th out of 210 ranked teams", "aggregate", "number of ranked teams")
q = "Georgia, who reached the knockout stage on their first appearance at a major tournament, climbed 14 places to 61st"
G(a, "GEO", "fifa_ranking", K_FIFA, 61, "rank", 2024, q)
G(a, "GEO", "fifa_ranking_change", K_FIFA_CHG, 14, "places", 2024, q)
A(a, "first", "their first appearance at a major tournament", "word", "first appearance")
G(a, "SMR", "fifa_ranking", K_FIFA, 210, "rank", 2024, "San Marino remain 210th")
A(a, "17", "Lamine Yamal, who turned 17", "age", "player's age")
A(a, "first", "after the first round of Nations League fixtures", "word", "first round")

# 999 Michelin ----------------------------------------------------------------------------------
a = 999
G(a, "FRA", "michelin_starred_restaurants", K_STARS, 654, "count", 2025,
  "France now has 654 restaurants holding at least one Michelin star")
A(a, "654", "a record 654 starred tables", "headline", "headline repeats 654")
A(a, "one", "at least one Michelin star", "word", "'at least one star' defines the count")
G(a, "FRA", "michelin_new_stars", K_NEWSTAR, 51, "count", 2025, "inspectors handed out 51 new stars")
G(a, "FRA", "michelin_stars_withdrawn", K_LOSTSTAR, 41, "count", 2025, "and withdrew 41")
G(a, "FRA", "michelin_starred_restaurants", K_STARS, 639, "count", 2024,
  "A year earlier, the French guide listed 639 starred restaurants.")
q = "The 2025 selection counts 31 three-star restaurants, 77 two-star restaurants and 546 one-star establishments."
G(a, "FRA", "michelin_three_star_restaurants", K_3STAR, 31, "count", 2025, q)
G(a, "FRA", "michelin_two_star_restaurants", K_2STAR, 77, "count", 2025, q)
G(a, "FRA", "michelin_one_star_restaurants", K_1STAR, 546, "count", 2025, q)
A(a, "three", "three-star", "label", "'three-star' category name")
A(a, "two", "two-star", "label", "'two-star' category name")
A(a, "one", "one-star", "label", "'one-star' category name")
G(a, "FRA", "michelin_green_stars", K_GREEN, 98, "count", 2025,
  "The guide also awarded its green star for sustainable cooking to 98 French restaurants.")
I(a, "FRA", 125, "Paris (a city), 125 starred addresses")
A(a, "33", "Camille Larrieu, 33,", "age", "chef's age")
A(a, "two", "went straight to two stars", "restaurant", "one restaurant's stars")
A(a, "two", "two hours before the ceremony", "person", "quote")
q = "Japan, whose guides cover only some regions, lists 406 starred restaurants and has 26 three-star restaurants"
G(a, "JPN", "michelin_starred_restaurants", K_STARS, 406, "count", None, q, year_ok=[2025])
G(a, "JPN", "michelin_three_star_restaurants", K_3STAR, 26, "count", None, q, year_ok=[2025])
G(a, "JPN", "michelin_three_star_rank", ["rank", "position", "place"], 2, "rank", None,
  "has 26 three-star restaurants, second only to France", tier="hard", year_ok=[2025])
G(a, "ITA", "michelin_starred_restaurants", K_STARS, 395, "count", 2025,
  "Italy's 2025 edition is the runner-up with 395 starred restaurants")
G(a, "ITA", "michelin_starred_rank_europe", ["rank", "position", "place", "runner"], 2, "rank", 2025,
  "Italy's 2025 edition is the runner-up", tier="hard")
q = "ahead of Germany (340), Spain (269) and Belgium"
G(a, "DEU", "michelin_starred_restaurants", K_STARS, 340, "count", None, q, year_ok=[2025])
G(a, "ESP", "michelin_starred_restaurants", K_STARS, 269, "count", None, q, year_ok=[2025])
q = "The Great Britain & Ireland guide, presented in Manchester in February, counted 189 and 25 starred restaurants respectively."
G(a, "GBR", "michelin_starred_restaurants", K_STARS, 189, "count", 2025, q)
G(a, "IRL", "michelin_starred_restaurants", K_STARS, 25, "count", 2025, q)
q = "Only about 6% of France's starred kitchens are led by a female chef, up from 4% five years ago"
G(a, "FRA", "michelin_starred_female_chef_share", K_FEMALE, 6, "%", None, q, year_ok=[2025])
G(a, "FRA", "michelin_starred_female_chef_share", K_FEMALE, 4, "%", 2020, q, tier="hard")
A(a, "five", "4% five years ago", "duration", "'five years ago' (relative year)")
I(a, "FRA", 15000, "inspectors ate more than 15,000 meals this year")
A(a, "two", "strip two stars from a Lyon institution", "restaurant", "one restaurant's stars")
A(a, "420", "costs €420 before wine", "restaurant", "one restaurant's menu price")
A(a, "40", "roughly 40% more than the average three-star menu in Italy", "comparison",
  "one restaurant's price vs an Italian average")
A(a, "1.9", "reported net income of €1.9bn last year", "company", "Michelin net income")
A(a, "45", "more than 45 destinations worldwide", "company", "guide coverage")
A(a, "first", "would be the first available only as an app", "word", "first")
A(a, "first", "a first star typically lifts bookings by a third", "word", "first star")
A(a, "third", "lifts bookings by a third", "fraction", "a third (effect on a restaurant)")

# 1000 rail punctuality (dated only in the URL: 2024-05-02) ---------------------------------------
a = 1000
G(a, "CHE", "rail_punctuality", K_PUNCT, 92.5, "%", 2023,
  "Swiss Federal Railways (SBB) said 92.5% of its passengers reached their destination with less than three minutes' delay in 2023.")
A(a, "three", "less than three minutes' delay", "threshold", "punctuality definition")
q = ("At Deutsche Bahn, only 64.0% of long-distance trains arrived less than six minutes late, "
     "down from 65.2% in 2022")
G(a, "DEU", "rail_punctuality", K_PUNCT, 64.0, "%", 2023, q)
G(a, "DEU", "rail_punctuality", K_PUNCT, 65.2, "%", 2022, q)
A(a, "six", "less than six minutes late", "threshold", "punctuality definition")
G(a, "DEU", "rail_cancellations", K_CANCEL, 1.4, "%", 2023,
  "The German operator also cancelled about 1.4% of long-distance services outright last year", tier="hard")
for c, row, lvl, chg in [("AUT", "| Austria | ÖBB | 95.6% | +0.4 pp |", 95.6, 0.4),
                         ("CHE", "| Switzerland | SBB | 92.5% | +0.2 pp |", None, 0.2),
                         ("NLD", "| Netherlands | NS | 90.7% | -1.1 pp |", 90.7, -1.1),
                         ("ITA", "| Italy | Trenitalia (regional) | 89.2% | +0.6 pp |", 89.2, 0.6),
                         ("ESP", "| Spain | Renfe (long distance) | 83.1% | -2.9 pp |", 83.1, -2.9),
                         ("DEU", "| Germany | DB (long distance) | 64.0% | -1.2 pp |", None, -1.2)]:
    if lvl is not None:
        G(a, c, "rail_punctuality", K_PUNCT, lvl, "%", 2023, row)
    else:
        rep(a, row.split(" | ")[2].rstrip("%"), row)
    G(a, c, "rail_punctuality_change", K_PUNCT_CHG, chg, "pp", 2023, row,
      value_ok=[abs(chg)] if chg < 0 else None)
A(a, "5", "5 min", "threshold", "table: delay threshold")
A(a, "29", "29 s", "threshold", "table: delay threshold")
A(a, "3", "3 min", "threshold", "table: delay threshold")
A(a, "6", "6 min", "threshold", "table: delay threshold")
q = "67.8% of trains in Great Britain were on time in the 2023-24 financial year, against 68.4% in the previous year"
G(a, "GBR", "rail_punctuality", K_PUNCT, 67.8, "%", 2023, q, year_ok=[2024])
G(a, "GBR", "rail_punctuality", K_PUNCT, 68.4, "%", 2022, q, year_ok=[2023])
A(a, "22", "In a comparison of 22 networks", "aggregate", "number of networks compared")
A(a, "five", "a common five-minute threshold", "threshold", "CER definition")
G(a, "AUT", "rail_punctuality_rank", K_RAILRANK, 1, "rank", None, "Austria came first", year_ok=[2023, 2024])
G(a, "DEU", "rail_punctuality_rank", K_RAILRANK, 19, "rank", None, "Germany placed 19th", year_ok=[2023, 2024])
G(a, "POL", "rail_punctuality_rank", K_RAILRANK, 21, "rank", None,
  "Poland, where a large renewal programme has closed dozens of lines for engineering work, ranked 21st.",
  year_ok=[2023, 2024])
A(a, "132.8", "Deutsche Bahn paid out €132.8m in compensation last year", "company", "DB compensation payments")
A(a, "2.35", "posted a net loss of €2.35bn", "company", "DB net loss")
A(a, "11,000", "runs more than 11,000 trains a day", "company", "SBB operations")
A(a, "42", "Anja Bergmann, 42,", "age", "commuter's age")
I(a, "DEU", 27e9, "planned rail spending by 2027 (promise)")
I(a, "DEU", 70, "DB punctuality target")
A(a, "three", "to 70% within three years", "duration", "target horizon")
A(a, "third", "about a third more traffic than in 1994", "fraction", "network traffic vs 1994 (DEU, vague)")
I(a, "DEU", 4000, "more than 4,000 bridges need replacing")
G(a, "NLD", "rail_staff_shortage_trains_affected", K_STAFF, 10, "%", 2023,
  "NS said almost 10% of its trains were affected by staff shortages in the autumn", tier="hard")

# 1001 municipal waste recycling ------------------------------------------------------------------
a = 1001
G(a, "DEU", "municipal_waste_recycling_rate", K_RECYC, 69.1, "%", 2022,
  "Germany recycled or composted 69.1% of its municipal waste in 2022")
q = "Austria (62.5%), Slovenia (60.8%) and the Netherlands (57.9%) followed"
for c, v in [("AUT", 62.5), ("SVN", 60.8), ("NLD", 57.9)]:
    G(a, c, "municipal_waste_recycling_rate", K_RECYC, v, "%", 2022, q)
q = "Romania and Malta brought up the rear at 11.3% and 11.1% respectively"
G(a, "ROU", "municipal_waste_recycling_rate", K_RECYC, 11.3, "%", 2022, q)
G(a, "MLT", "municipal_waste_recycling_rate", K_RECYC, 11.1, "%", 2022, q)
A(a, "48.6", "the municipal recycling rate stood at 48.6%", "aggregate", "EU rate")
A(a, "0.3", "up 0.3 percentage points on the previous year", "aggregate", "EU change")
A(a, "55", "well short of the 55% that member states", "aggregate", "EU legal target")
A(a, "18", "18 of the 27 member states", "aggregate", "member states at risk")
A(a, "27", "18 of the 27 member states", "aggregate", "EU membership")
for c, row, lvl, chg in [("DEU", "| Germany | 69.1% | +4.1 |", None, 4.1),
                         ("SVN", "| Slovenia | 60.8% | +19.1 |", None, 19.1),
                         ("ITA", "| Italy | 53.3% | +14.9 |", 53.3, 14.9),
                         ("POL", "| Poland | 40.6% | +24.8 |", 40.6, 24.8),
                         ("GRC", "| Greece | 17.3% | -0.5 |", 17.3, -0.5),
                         ("ROU", "| Romania | 11.3% | -3.3 |", None, -3.3)]:
    if lvl is not None:
        G(a, c, "municipal_waste_recycling_rate", K_RECYC, lvl, "%", 2022, row)
    else:
        rep(a, row.split(" | ")[1].rstrip("%"), row)
    G(a, c, "municipal_waste_recycling_rate_change", K_RECYC_CHG, chg, "pp", 2022, row,
      year_ok=[2012], value_ok=[abs(chg)] if chg < 0 else None)
G(a, "POL", "municipal_waste_recycling_rate", K_RECYC, 15.8, "%", 2012,
  "Poland, which recycled barely a sixth of its household rubbish a decade ago", tier="hard",
  value_ok=[16.7, 16.67])
A(a, "sixth", "barely a sixth of its household rubbish", "fraction", "vague fraction; gold gives the table-derived 15.8")
q = "its landfill rate of 78% is the third highest in the bloc"
G(a, "GRC", "municipal_waste_landfill_rate", K_LANDFILL, 78, "%", None, q, year_ok=[2022, 2024])
G(a, "GRC", "municipal_waste_landfill_rank", ["rank", "landfill", "position"], 3, "rank", None, q, year_ok=[2022, 2024])
q = "Malta remains the extreme case, sending 86% of its municipal waste to landfill in 2022, ahead of Cyprus (61%) and Greece."
G(a, "MLT", "municipal_waste_landfill_rate", K_LANDFILL, 86, "%", 2022, q)
G(a, "CYP", "municipal_waste_landfill_rate", K_LANDFILL, 61, "%", 2022, q)
A(a, "513", "generated 513 kilograms of municipal waste", "aggregate", "EU per capita")
A(a, "4", "4 kg less than in 2021 but 19 kg more than in 2012", "aggregate", "EU change")
A(a, "19", "4 kg less than in 2021 but 19 kg more than in 2012", "aggregate", "EU change")
q = ("Austrians produced the most, 827 kg per person, ahead of Denmark (787 kg) and Luxembourg (720 kg), "
     "while Romanians generated the least, at 301 kg.")
for c, v in [("AUT", 827), ("DNK", 787), ("LUX", 720), ("ROU", 301)]:
    G(a, c, "municipal_waste_per_capita", K_WASTE, v, "kg", 2022, q)
q = "Switzerland, which is not bound by EU targets, reported a recycling rate of 52.9%, and Norway 40.8%"
G(a, "CHE", "municipal_waste_recycling_rate", K_RECYC, 52.9, "%", None, q, year_ok=[2022])
G(a, "NOR", "municipal_waste_recycling_rate", K_RECYC, 40.8, "%", None, q, year_ok=[2022])
A(a, "8", "its European recycling revenue rose 8%", "company", "Veolia revenue")
A(a, "first", "in the first nine months of last year", "period", "first nine months")
A(a, "nine", "in the first nine months of last year", "period", "first nine months")
A(a, "six", "plans to open six sorting plants", "company", "Remondis plans")
I(a, "POL", 45, "government expects 45% in 2025 (target)")
I(a, "ROU", 2.5e9, "deposit scheme estimate: 2.5 billion bottles a year (pledge)")
G(a, "ROU", "deposit_return_containers_collected", K_DEPOSIT, 1e9, "count", None,
  "Romania's deposit system, launched in November 2023, has already collected more than 1 billion containers",
  year_ok=[2023, 2024])

# 1002 antibiotic use (no date at all) ------------------------------------------------------------
a = 1002
G(a, "GRC", "antibiotic_consumption", K_ABX, 31.6, "DDD/1000/day", 2022,
  "Greece consuming 31.6 defined daily doses (DDD) per 1,000 inhabitants per day in 2022")
A(a, "1,000", "per 1,000", "unit", "rate base")
I(a, "GRC", 3, "almost three times the Dutch level (ratio)")
q = "Romania (28.0) and Bulgaria (27.3) followed Greece"
G(a, "ROU", "antibiotic_consumption", K_ABX, 28.0, "DDD/1000/day", 2022, q)
G(a, "BGR", "antibiotic_consumption", K_ABX, 27.3, "DDD/1000/day", 2022, q)
A(a, "19.4", "an EU/EEA average of 19.4 DDD", "aggregate", "EU/EEA average")
q = "The Netherlands, at 9.8, remained the most sparing prescriber, ahead of Austria (11.6) and Sweden (12.1)."
for c, v in [("NLD", 9.8), ("AUT", 11.6), ("SWE", 12.1)]:
    G(a, c, "antibiotic_consumption", K_ABX, v, "DDD/1000/day", 2022, q)
G(a, "GRC", "antibiotic_consumption_change", K_ABX_CHG, 3.1, "%", 2022,
  "Overall consumption in Greece was 3.1% higher than a year earlier")
q = "Hospital consumption ranged from 0.9 DDD per 1,000 inhabitants per day in the Netherlands to 2.4 in Bulgaria."
G(a, "NLD", "antibiotic_consumption_hospital", K_ABX_HOSP, 0.9, "DDD/1000/day", 2022, q)
G(a, "BGR", "antibiotic_consumption_hospital", K_ABX_HOSP, 2.4, "DDD/1000/day", 2022, q)
G(a, "GRC", "carbapenem_resistance_klebsiella", K_CARBA, 66.3, "%", None,
  "In Greece, 66.3% of Klebsiella pneumoniae samples taken from the bloodstream were resistant to carbapenems",
  year_ok=[2022])
I(a, "FIN", 1, "less than 1% (upper bound)")
G(a, "ITA", "carbapenem_resistance_klebsiella", K_CARBA, 24.9, "%", None, "Italy, where the figure was 24.9%",
  tier="hard", year_ok=[2022])
A(a, "35,000", "kill more than 35,000 people a year in the EU/EEA", "aggregate", "EU/EEA deaths")
A(a, "third", "about a third of those deaths", "fraction", "Italy's share, vague")
G(a, "ITA", "amr_deaths", K_AMR_DEATH, 11000, "count", None, "with an estimated 11,000 annually")
A(a, "five", "give in within five minutes", "person", "doctor's quote")
G(a, "ESP", "antibiotic_consumption_change", K_ABX_CHG, -9.6, "%", 2022,
  "cut community consumption by 9.6% between 2014 and 2022", year_ok=[2014], value_ok=[9.6])
I(a, "PRT", 20, "range 20-25% of prescriptions unnecessary (lower bound)")
I(a, "PRT", 25, "range 20-25% of prescriptions unnecessary (upper bound)")
G(a, "CZE", "antibiotic_prescriptions_children_unnecessary", K_UNNEC, 41, "%", None,
  "Last year, the Czech health ministry reported that 41% of antibiotic prescriptions for children under five were for viral infections")
A(a, "five", "children under five", "age", "age band")
A(a, "1.27", "attributed 1.27 million deaths worldwide", "aggregate", "world deaths")
G(a, "IND", "amr_deaths", K_AMR_DEATH, 300000, "count", 2019,
  "researchers estimated that almost 300,000 deaths were directly attributable to resistance that year")
G(a, "USA", "antimicrobial_resistant_infections", K_AMR_INF, 2800000, "count", None,
  "more than 2.8 million antimicrobial-resistant infections a year")
A(a, "12", "Only 12 antibiotics have been approved worldwide since 2017", "aggregate", "world approvals")
A(a, "27", "lists 27 antibacterial candidates", "aggregate", "world pipeline")
A(a, "20", "cut total antibiotic consumption by 20% by 2030", "aggregate", "EU target")
A(a, "65", "at least 65% of the antibiotics used", "aggregate", "EU target")
A(a, "second", "meet that second goal", "word", "second goal")

# 1003 age of leaving home (2024-09-11; last year = 2023) ------------------------------------------
a = 1003
G(a, "HRV", "age_leaving_parental_home", K_LEAVE, 31.8, "years", 2023,
  "Young Croatians move out of their parents' home at an average age of 31.8")
I(a, "HRV", 32, "headline: 'almost 32' (rounded)")
A(a, "22", "before their 22nd birthday", "age", "vague Nordic bound")
A(a, "26.3", "was 26.3 last year", "aggregate", "EU average")
A(a, "26.2", "up from 26.2 in 2022", "aggregate", "EU average")
A(a, "26.0", "and 26.0 a decade earlier", "aggregate", "EU average")
rep(a, "31.8", "1. Croatia – 31.8 years")
for c, rank, name, v, suf in [("SVK", 2, "Slovakia", 30.8, ""), ("GRC", 3, "Greece", 30.6, ""),
                              ("ESP", 4, "Spain", 30.4, ""), ("BGR", 5, "Bulgaria", 30.3, ""),
                              ("ITA", 6, "Italy", 30.0, "")]:
    G(a, c, "age_leaving_parental_home", K_LEAVE, v, "years", 2023, "%d. %s – %.1f" % (rank, name, v))
for c, rank in [("HRV", 1), ("SVK", 2), ("GRC", 3), ("ESP", 4), ("BGR", 5), ("ITA", 6)]:
    I(a, c, rank, "list position among the slowest leavers")
q = "Finland (21.4), Sweden (21.4) and Denmark (21.7) were the earliest leavers."
for c, v in [("FIN", 21.4), ("SWE", 21.4), ("DNK", 21.7)]:
    G(a, c, "age_leaving_parental_home", K_LEAVE, v, "years", 2023, q)
q = "Germany, at 23.9, and France (23.4) sit comfortably below the EU average"
G(a, "DEU", "age_leaving_parental_home", K_LEAVE, 23.9, "years", 2023, q, year_ok=[2024])
G(a, "FRA", "age_leaving_parental_home", K_LEAVE, 23.4, "years", 2023, q, year_ok=[2024])
q = "Ireland, where rents have roughly doubled in a decade, came 12th at 28.0"
G(a, "IRL", "age_leaving_parental_home", K_LEAVE, 28.0, "years", 2023, q)
G(a, "IRL", "age_leaving_parental_home_rank", K_LEAVE_RANK, 12, "rank", 2023, q)
A(a, "first", "into their first jobs", "word", "first jobs")
G(a, "ESP", "youth_rent_to_salary", K_RENT, 94, "%", None,
  "a young person would need to spend 94% of their net salary to rent a flat alone", year_ok=[2024])
G(a, "ESP", "youth_emancipation_rate", K_EMANC, 15.6, "%", 2023,
  "only 15.6% of those aged 16 to 29 had moved out by the second half of last year")
A(a, "16", "aged 16 to 29", "age", "age band")
A(a, "29", "aged 16 to 29", "age", "age band")
A(a, "second", "by the second half of last year", "period", "second half")
G(a, "ESP", "age_leaving_parental_home_change", K_LEAVE_CHG, 1.4, "years", 2023,
  "Spain's average has risen by 1.4 years since 2013", year_ok=[2013])
G(a, "ITA", "age_leaving_parental_home_change", K_LEAVE_CHG, 0.8, "years", 2023, "and Italy's by 0.8 years",
  year_ok=[2013])
q = "In Italy, men typically leave at 31.0 and women at 29.0"
G(a, "ITA", "age_leaving_parental_home_men", K_LEAVE_M, 31.0, "years", 2023, q)
G(a, "ITA", "age_leaving_parental_home_women", K_LEAVE_F, 29.0, "years", 2023, q)
A(a, "two", "young men leave home about two years later", "aggregate", "EU gender gap")
A(a, "29", "a 29-year-old nurse in Zagreb", "age", "interviewee's age")
A(a, "1,250", "She earns about €1,250 a month", "person", "interviewee's pay")
A(a, "one", "a one-bedroom flat", "word", "one-bedroom")
A(a, "650", "costs €650", "person", "city-centre rent (Zagreb)")
A(a, "55", "a 55-square-metre flat", "person", "flat size")
q = "Luxembourg's average fell to 26.8 from 27.5"
G(a, "LUX", "age_leaving_parental_home", K_LEAVE, 26.8, "years", 2023, q)
G(a, "LUX", "age_leaving_parental_home", K_LEAVE, 27.5, "years", 2022, q, tier="hard")
G(a, "POL", "age_leaving_parental_home", K_LEAVE, 28.0, "years", 2023, "Poland's edged down to 28.0")
q = "Nearly half (47.7%) of Slovaks aged 25 to 34 still lived with their parents in 2022"
G(a, "SVK", "young_adults_living_with_parents", K_LIVEPAR, 47.7, "%", 2022, q)
A(a, "25", "aged 25 to 34", "age", "age band")
A(a, "34", "aged 25 to 34", "age", "age band")
G(a, "SVK", "young_adults_living_with_parents_rank", ["rank", "highest", "position"], 1, "rank", 2022,
  "the highest share in the EU", tier="hard")
G(a, "DNK", "young_adults_living_with_parents", K_LIVEPAR, 4.1, "%", 2022, "compared with 4.1% in Denmark")
I(a, "ITA", 2000, "tax break of up to €2,000 a year (policy ceiling)")
A(a, "31", "renters under 31", "age", "eligibility age")
A(a, "45", "buyers under 45", "age", "eligibility age")
I(a, "ESP", 250, "youth rental bonus €250 a month (policy)")
A(a, "two", "€250 a month for two years", "duration", "policy duration")

# 1004 heat records (dateline 2023-07-18) ----------------------------------------------------------
a = 1004
G(a, "ITA", "record_temperature", K_TEMP, 48.8, "celsius", 2021,
  "the continent's all-time temperature record of 48.8 degrees Celsius, set in Sicily two years ago", tier="hard")
A(a, "48.8", "Italy eyes 48.8C mark", "headline", "headline repeats 48.8")
A(a, "two", "set in Sicily two years ago", "duration", "relative year")
A(a, "second", "the second peak of a brutal heatwave", "word", "second peak")
G(a, "ITA", "heat_red_alert_cities", K_ALERT, 23, "count", 2023,
  "Italy's health ministry issued red alerts for 23 of the 27 cities it monitors")
I(a, "ITA", 27, "cities monitored")
I(a, "ITA", 40.5, "Rome (a city) record of 40.5C")
I(a, "ITA", 46, "Sardinia forecast 46C to 47C (range, forecast)")
I(a, "ITA", 47, "Sardinia forecast 46C to 47C (range, forecast)")
I(a, "GRC", 6, "Acropolis closed for a sixth straight day")
G(a, "GRC", "record_temperature", K_TEMP, 48.0, "celsius", 1977,
  "Greece's national record, 48.0C, measured at Elefsina and Tatoi in July 1977")
A(a, "46", "has stood for 46 years", "duration", "age of the record")
I(a, "GRC", 44, "Athens (a city) forecast 44C")
G(a, "ESP", "record_temperature", K_TEMP, 47.6, "celsius", 2021,
  "the country's official record of 47.6C, measured at La Rambla near Córdoba in August 2021")
I(a, "ESP", 45.4, "Catalonia regional record 45.4C")
G(a, "CHN", "record_temperature", K_TEMP, 52.2, "celsius", 2023,
  "the remote township of Sanbao in the Xinjiang region recorded 52.2C on Sunday, a national record")
G(a, "CHN", "record_temperature", K_TEMP, 50.6, "celsius", 2015, "breaking the previous high of 50.6C set in 2015")
A(a, "18", "its 18th consecutive day above 110 Fahrenheit (43.3C)", "city", "Phoenix streak")
A(a, "110", "its 18th consecutive day above 110 Fahrenheit (43.3C)", "city", "Phoenix threshold")
A(a, "43.3", "its 18th consecutive day above 110 Fahrenheit (43.3C)", "city", "Phoenix threshold")
G(a, "USA", "record_temperature", K_TEMP, 56.7, "celsius", 1913,
  "Death Valley in California, which holds the world record of 56.7C from 1913", tier="hard")
I(a, "USA", 53.3, "Death Valley reading of the day")
A(a, "61,672", "estimated that 61,672 people died", "aggregate", "Europe heat deaths")
q = "Italy, Spain and Germany recorded the most deaths, at 18,010, 11,324 and 8,173 respectively."
for c, v in [("ITA", 18010), ("ESP", 11324), ("DEU", 8173)]:
    G(a, c, "heat_related_deaths", K_HEATDEATH, v, "count", 2022, q)
q = "Italy's rate of 295 deaths per million people was the highest, ahead of Greece (280) and Spain (237)"
for c, v in [("ITA", 295), ("GRC", 280), ("ESP", 237)]:
    G(a, c, "heat_related_deaths_per_million", K_HEATRATE, v, "per_million", 2022, q)
A(a, "94,000", "more than 94,000 heat deaths a year by 2040", "aggregate", "Europe forecast")
A(a, "one", "one of the study's authors", "word", "one of")
A(a, "64", "Jenny Walsh, 64,", "age", "tourist's age")
A(a, "two", "after two hours", "person", "tourist")
A(a, "30", "coming here for 30 years", "person", "tourist")
A(a, "2.3", "warmed by about 2.3C", "aggregate", "Europe warming")
I(a, "GRC", 50, "more than 50 wildfires on the day")

# 1005 music markets (2024-03-21; last year = 2023) -----------------------------------------------
a = 1005
A(a, "10", "as global revenues rise 10%", "headline", "world growth, rounded")
A(a, "five", "top five", "headline", "China enters the top five (rank 5 is in gold)")
A(a, "10.2", "rose 10.2% to $28.6bn", "aggregate", "world growth")
A(a, "28.6", "rose 10.2% to $28.6bn", "aggregate", "world revenues")
A(a, "ninth", "the ninth consecutive year of growth", "aggregate", "streak")
A(a, "667", "passed 667 million worldwide", "aggregate", "world subscriptions")
q = "China, which climbed one place to fifth after revenues grew 25.9%"
G(a, "CHN", "recorded_music_market_rank", K_MUSRANK, 5, "rank", 2023, q)
G(a, "CHN", "recorded_music_market_rank_change", K_MUSCHG, 1, "places", 2023, q)
G(a, "CHN", "recorded_music_revenue_growth", K_MUSGROW, 25.9, "%", 2023, q)
G(a, "USA", "recorded_music_market_rank", K_MUSRANK, 1, "rank", 2023,
  "The United States remained by far the largest market", tier="hard")
q = "with Japan second, the United Kingdom third and Germany fourth"
G(a, "JPN", "recorded_music_market_rank", K_MUSRANK, 2, "rank", 2023, q)
G(a, "GBR", "recorded_music_market_rank", K_MUSRANK, 3, "rank", 2023, q)
G(a, "DEU", "recorded_music_market_rank", K_MUSRANK, 4, "rank", 2023, q)
for c, v in [("FRA", 6), ("KOR", 7), ("CAN", 8), ("AUS", 10)]:
    I(a, c, v, "implied: rank from the order of 'France, South Korea, Canada, Brazil and Australia completed the top ten'")
A(a, "ten", "completed the top ten", "word", "top ten")
A(a, "ten", "fastest-growing of the top ten markets", "word", "top ten")
q = "In the US, revenues at retail value reached a record $17.1bn"
G(a, "USA", "recorded_music_revenue", K_MUSREV, 17.1e9, "USD", 2023, q)
G(a, "USA", "recorded_music_streaming_share", K_STREAM, 84, "%", 2023, "with streaming accounting for 84% of the total")
A(a, "second", "second year running", "word", "streak")
q = "with 43 million LPs sold against 37 million CDs"
G(a, "USA", "vinyl_lp_sales", K_VINYL, 43e6, "units", 2023, q)
G(a, "USA", "cd_sales", K_CD, 37e6, "units", 2023, q)
q = "Physical formats such as CDs still generated about 62% of Japanese recorded music revenues, which totalled roughly ¥330bn"
G(a, "JPN", "recorded_music_physical_share", K_PHYS, 62, "%", 2023, q)
G(a, "JPN", "recorded_music_revenue", K_MUSREV, 330e9, "JPY", 2023, q)
G(a, "JPN", "music_streaming_revenue_growth", K_STREAMGROW, 13, "%", 2023, "Streaming revenue there rose 13%", tier="hard")
q = "British labels grew revenues by 8.1% to £1.3bn, the BPI said, while the German market rose 6.2% to €2.2bn"
G(a, "GBR", "recorded_music_revenue_growth", K_MUSGROW, 8.1, "%", 2023, q)
G(a, "GBR", "recorded_music_revenue", K_MUSREV, 1.3e9, "GBP", 2023, q)
G(a, "DEU", "recorded_music_revenue_growth", K_MUSGROW, 6.2, "%", 2023, q)
G(a, "DEU", "recorded_music_revenue", K_MUSREV, 2.2e9, "EUR", 2023, q)
q = "Brazil, ranked ninth, was the fastest-growing of the top ten markets at 13.4%"
G(a, "BRA", "recorded_music_market_rank", K_MUSRANK, 9, "rank", 2023, q)
G(a, "BRA", "recorded_music_revenue_growth", K_MUSGROW, 13.4, "%", 2023, q)
G(a, "KOR", "kpop_album_sales_change", K_ALBUM + ["change"], -19.5, "%", 2024,
  "shipments of K-pop albums in South Korea fell 19.5% in the first two months of this year", value_ok=[19.5])
A(a, "first", "in the first two months of this year", "period", "first two months")
A(a, "two", "in the first two months of this year", "period", "first two months")
G(a, "KOR", "kpop_album_sales", K_ALBUM, 115.9e6, "units", 2023, "after a record 115.9 million albums were sold in 2023")
A(a, "14", "for the 14th year in a row", "aggregate", "Latin America streak")
A(a, "19.4", "with revenues up 19.4%", "aggregate", "Latin America growth")
A(a, "24.7", "expanded 24.7% from a low base", "aggregate", "sub-Saharan Africa growth")
A(a, "67.3", "Streaming made up 67.3% of global revenues", "aggregate", "world streaming share")
A(a, "11.1", "reported 2023 revenue of €11.1bn, up 6.4%", "company", "UMG revenue")
A(a, "6.4", "reported 2023 revenue of €11.1bn, up 6.4%", "company", "UMG growth")
A(a, "10", "cutting about 10% of its workforce", "company", "Warner job cuts")
A(a, "34", "Taylor Swift, 34,", "age", "artist's age")
A(a, "fourth", "the fourth time overall", "person", "artist award count")
A(a, "1", "grossed more than $1bn", "person", "tour gross")
q = "India, ranked 15th, grew 15.8%"
G(a, "IND", "recorded_music_market_rank", K_MUSRANK, 15, "rank", 2023, q)
G(a, "IND", "recorded_music_revenue_growth", K_MUSGROW, 15.8, "%", 2023, q)
I(a, "IND", 1.4e9, "implied: 'a country of 1.4 billion people' (population, country only implied)")
A(a, "one", "said one Mumbai-based label executive", "word", "one executive")

# 1006 ransomware (2024-10-08) ----------------------------------------------------------------------
a = 1006
A(a, "6", "6 min read", "furniture", "reading time")
G(a, "GBR", "ransomware_victim_rank", K_RANSOM_RANK, 2, "rank", 2024, "UK a distant second")
G(a, "USA", "ransomware_victim_rank", K_RANSOM_RANK, 1, "rank", 2024,
  "US accounts for half of ransomware victims, UK a distant second", tier="hard")
I(a, "USA", 50, "implied: 'half of ransomware victims' (headline rounding of 49%)")
I(a, "CAN", 3, "implied: third place from the enumeration order")
G(a, "USA", "ransomware_victim_share", K_RANSOM_SHARE, 49, "%", 2024,
  "Organisations in the United States accounted for 49% of the victims named on ransomware gangs' leak sites in the first nine months of the year")
A(a, "first", "in the first nine months of the year", "period", "first nine months")
A(a, "nine", "in the first nine months of the year", "period", "first nine months")
q = "far ahead of the United Kingdom (6%), Canada (4.5%) and Germany"
G(a, "GBR", "ransomware_victim_share", K_RANSOM_SHARE, 6, "%", 2024, q)
G(a, "CAN", "ransomware_victim_share", K_RANSOM_SHARE, 4.5, "%", 2024, q)
I(a, "DEU", 4, "implied: fourth place from the enumeration order")
q = "Italy was in fifth place with 3.3%"
G(a, "ITA", "ransomware_victim_share", K_RANSOM_SHARE, 3.3, "%", 2024, q)
G(a, "ITA", "ransomware_victim_rank", K_RANSOM_RANK, 5, "rank", 2024, q)
A(a, "4,257", "The firm counted 4,257 victims worldwide", "aggregate", "world victims")
A(a, "12", "12% more than a year earlier", "aggregate", "world change")
A(a, "two", "disrupted two of the largest gangs", "word", "two gangs")
q = ("The FBI's Internet Crime Complaint Center (IC3) received 2,825 ransomware complaints last year, "
     "with reported losses of $59.6m")
G(a, "USA", "ransomware_complaints", K_COMPLAINT, 2825, "count", 2023, q)
G(a, "USA", "ransomware_losses", K_RLOSS, 59.6e6, "USD", 2023, q)
q = "Americans reported losses of $12.5bn, up 22% on 2022"
G(a, "USA", "cybercrime_losses", K_CLOSS, 12.5e9, "USD", 2023, q)
G(a, "USA", "cybercrime_losses_change", K_CCHG, 22, "%", 2023, q)
q = ("the National Cyber Security Centre (NCSC) handled 430 incidents in the 12 months to August, "
     "of which 89 were judged nationally significant, and 12 of those highly significant")
G(a, "GBR", "cyber_incidents_handled", K_INCID, 430, "count", 2024, q, year_ok=[2023])
G(a, "GBR", "cyber_incidents_nationally_significant", K_NATSIG, 89, "count", 2024, q, year_ok=[2023])
G(a, "GBR", "cyber_incidents_highly_significant", K_HIGHSIG, 12, "count", 2024, q, year_ok=[2023])
A(a, "12", "12 months", "period", "12-month window")
G(a, "AUS", "cybercrime_reports", K_CREPORT, 94000, "count", 2023,
  "Australia's Signals Directorate received more than 94,000 cybercrime reports in the 2022-23 financial year",
  year_ok=[2022])
A(a, "one", "about one every six minutes", "word", "rate restated")
A(a, "six", "about one every six minutes", "word", "rate restated")
G(a, "AUS", "cybercrime_average_cost_small_business", K_AVGCOST, 71600, "AUD", 2023,
  "estimated the average cost of an attack at A$71,600 for a small business", year_ok=[2022])
q = ("Bitkom estimates that theft, espionage and sabotage cost German companies €266.6bn in the 12 months to "
     "mid-2024, up 29% from €206bn a year earlier")
G(a, "DEU", "cybercrime_damage", K_CLOSS, 266.6e9, "EUR", 2024, q)
G(a, "DEU", "cybercrime_damage", K_CLOSS, 206e9, "EUR", 2023, q)
G(a, "DEU", "cybercrime_damage_change", K_CCHG, 29, "%", 2024, q)
A(a, "Two", "Two-thirds of the companies it surveyed", "fraction", "survey share, vague")
A(a, "2.45", "had cost it $2.45bn so far", "company", "UnitedHealth cost")
A(a, "22", "paying a ransom of $22m", "company", "ransom paid")
I(a, "GBR", 10000, "London hospitals postponed more than 10,000 appointments")
A(a, "68", "now has 68 members", "aggregate", "initiative membership")
A(a, "50", "50 of them pledged", "aggregate", "initiative members")
G(a, "IDN", "government_agencies_disrupted", K_AGENCY, 200, "count", 2024,
  "a ransomware attack on a national data centre had disrupted more than 200 government agencies")
A(a, "10.5", "$10.5tn a year globally by 2025", "aggregate", "world forecast")
A(a, "third", "the world's third-largest economy", "word", "comparison")

# 1007 sovereign wealth fund (dateline without year; 2024 from the text) -------------------------
a = 1007
G(a, "NOR", "sovereign_wealth_fund_value", K_SWF_VAL, 1.7e12, "USD", None, "Norway's $1.7 trillion oil fund",
  year_ok=[2024])
A(a, "1.48", "oil fund earns 1.48 trillion crowns in first half", "headline", "headline repeats profit")
A(a, "first", "in first half", "period", "first half")
q = ("Norway's sovereign wealth fund, the world's largest, made a profit of 1.48 trillion crowns ($138bn) "
     "in the first six months of 2024")
G(a, "NOR", "sovereign_wealth_fund_profit", K_SWF_PROFIT, 1.48e12, "NOK", 2024, q, value_ok=[138e9])
I(a, "NOR", 138e9, "profit in USD ($138bn), same claim")
G(a, "NOR", "sovereign_wealth_fund_rank", K_SWF_RANK, 1, "rank", 2024,
  "Norway's sovereign wealth fund, the world's largest", tier="hard")
A(a, "first", "in the first six months of 2024", "period", "first six months")
A(a, "six", "in the first six months of 2024", "period", "first six months")
G(a, "NOR", "sovereign_wealth_fund_profit", K_SWF_PROFIT, 1.50e12, "NOK", 2023,
  "compared with 1.50 trillion crowns a year earlier")
G(a, "NOR", "sovereign_wealth_fund_return", K_SWF_RET, 8.6, "%", 2024, "The fund returned 8.6% in the period")
G(a, "NOR", "sovereign_wealth_fund_relative_return", K_SWF_REL, -0.08, "pp", 2024,
  "0.08 percentage points less than its benchmark index", value_ok=[0.08])
q = "Its equity investments returned 12.5%, while bonds lost 0.7% and unlisted real estate fell 1.1%."
G(a, "NOR", "sovereign_wealth_fund_equity_return", K_SWF_EQRET, 12.5, "%", 2024, q)
G(a, "NOR", "sovereign_wealth_fund_bond_return", K_SWF_BOND, -0.7, "%", 2024, q, value_ok=[0.7])
G(a, "NOR", "sovereign_wealth_fund_real_estate_return", K_SWF_RE, -1.1, "%", 2024, q, value_ok=[1.1])
G(a, "NOR", "sovereign_wealth_fund_equity_share", K_SWF_EQSHARE, 72.2, "%", 2024,
  "Equities made up 72.2% of the portfolio at the end of June.")
G(a, "NOR", "sovereign_wealth_fund_value", K_SWF_VAL, 17745e9, "NOK", 2024,
  "was worth 17,745 billion crowns at the half-year mark")
G(a, "NOR", "sovereign_wealth_fund_value_per_capita", K_SWF_PC, 3.3e6, "NOK", 2024,
  "equal to about 3.3 million crowns for every Norwegian")
G(a, "NOR", "sovereign_wealth_fund_global_equity_ownership", K_SWF_OWN, 1.5, "%", 2024,
  "It owns on average 1.5% of every listed company in the world")
I(a, "NOR", 8859, "number of companies held")
I(a, "NOR", 70, "number of countries invested in")
A(a, "58", "Nicolai Tangen, 58,", "age", "CEO's age")
A(a, "20", "a 20% fall in markets", "hypothetical", "scenario")
G(a, "NOR", "sovereign_wealth_fund_technology_return", K_SWF_TECH, 29.4, "%", 2024,
  "Technology shares returned 29.4% in the half.")
A(a, "1.3", "a stake of about 1.3% in Microsoft", "company", "Microsoft stake")
A(a, "43", "worth some $43bn", "company", "Microsoft stake value")
A(a, "30", "gained more than $30bn in value", "company", "Nvidia gain")
G(a, "NOR", "sovereign_wealth_fund_budget_withdrawal", K_SWF_WD, 416e9, "NOK", 2024,
  "The government's budget for this year draws 416 billion crowns from the fund", tier="hard")
A(a, "fifth", "about a fifth of total state spending", "fraction", "share of budget, vague")
I(a, "NOR", 3, "fiscal rule: withdrawals at most 3% (rule, not a measurement)")
q = "China Investment Corporation, the second largest, manages about $1.33tn"
G(a, "CHN", "sovereign_wealth_fund_value", K_SWF_VAL, 1.33e12, "USD", None, q, year_ok=[2024])
G(a, "CHN", "sovereign_wealth_fund_rank", K_SWF_RANK, 2, "rank", None, q, year_ok=[2024])
I(a, "ARE", 850e9, "ADIA range $850bn-$1tn (lower bound)")
I(a, "ARE", 1e12, "ADIA range $850bn-$1tn (upper bound)")
I(a, "SAU", 2e12, "PIF target of $2tn by 2030")
G(a, "SAU", "sovereign_wealth_fund_value", K_SWF_VAL, 925e9, "USD", 2023,
  "reported assets of $925bn at the end of last year", tier="hard")
G(a, "SGP", "sovereign_wealth_fund_value", K_SWF_VAL, 770e9, "USD", None,
  "is estimated by the Global SWF consultancy at about $770bn", year_ok=[2024])
G(a, "KWT", "sovereign_wealth_fund_value", K_SWF_VAL, 970e9, "USD", None,
  "Kuwait's fund, the world's oldest, set up in 1953, manages roughly USD 970 billion", year_ok=[2024])
I(a, "NOR", 180, "companies excluded on ethical grounds since 2004")
I(a, "NOR", 11000, "shareholder meetings voted at")
I(a, "NOR", 0.04, "management costs as % of assets")
G(a, "NOR", "sovereign_wealth_fund_value", K_SWF_VAL, 10000e9, "NOK", 2019,
  "Its value passed 10,000 billion crowns for the first time in 2019")
A(a, "first", "received its first deposit in 1996", "word", "first deposit")
A(a, "first", "for the first time in 2019", "word", "first time")

# 1008 sugar (2025-02-27) ---------------------------------------------------------------------------
a = 1008
A(a, "first", "for first time in eight years", "headline", "first time")
A(a, "eight", "for first time in eight years", "headline", "duration")
G(a, "IND", "sugar_production", K_SUGAR, 27.27e6, "tonnes", 2024,
  "India's sugar production is set to fall to 27.27 million tonnes in the 2024/25 marketing year", year_ok=[2025])
A(a, "five", "its lowest level in five seasons", "duration", "five seasons")
G(a, "IND", "sugar_consumption", K_SUGARCONS, 28e6, "tonnes", 2024,
  "below domestic consumption of about 28 million tonnes", year_ok=[2025])
G(a, "IND", "sugar_production", K_SUGAR, 31.9e6, "tonnes", 2023,
  "compares with 31.9 million tonnes produced in 2023/24", year_ok=[2024])
q = ("ISMA expects about 3.5 million tonnes of sugar to be diverted to ethanol production this season, "
     "up from 2.15 million tonnes a year earlier")
G(a, "IND", "sugar_diverted_to_ethanol", K_ETHANOL, 3.5e6, "tonnes", 2024, q, year_ok=[2025])
G(a, "IND", "sugar_diverted_to_ethanol", K_ETHANOL, 2.15e6, "tonnes", 2023, q, year_ok=[2024])
I(a, "IND", 20, "ethanol blending goal of 20%")
I(a, "IND", 8.1e6, "Maharashtra (a state) output")
I(a, "IND", 11e6, "Maharashtra (a state) output, previous season")
G(a, "IND", "sugar_production_rank", K_SUGRANK, 2, "rank", None,
  "India, the world's second-largest producer after Brazil", year_ok=[2024, 2025])
G(a, "BRA", "sugar_production_rank", K_SUGRANK, 1, "rank", None,
  "India, the world's second-largest producer after Brazil", tier="hard", year_ok=[2024, 2025])
G(a, "IND", "sugar_opening_stocks", K_STOCK, 8e6, "tonnes", 2024,
  "with opening inventories of about 8 million tonnes on October 1", tier="hard")
I(a, "IND", 1e6, "exports permitted (1 million tonnes)")
G(a, "BRA", "sugar_production", K_SUGAR, 44e6, "tonnes", 2024,
  "The US Department of Agriculture puts Brazil's total 2024/25 output at 44 million tonnes", year_ok=[2025])
I(a, "BRA", 90, "centre-south share of Brazil's sugar")
I(a, "BRA", 40.2e6, "centre-south region crush")
I(a, "BRA", 5.3, "centre-south change")
q = "Thailand, the third-largest producer, is expected to produce 10 million tonnes, up from 8.8 million tonnes in the previous year"
G(a, "THA", "sugar_production_rank", K_SUGRANK, 3, "rank", None, q, year_ok=[2024, 2025])
G(a, "THA", "sugar_production", K_SUGAR, 10e6, "tonnes", 2024, q, year_ok=[2025])
G(a, "THA", "sugar_production", K_SUGAR, 8.8e6, "tonnes", 2023, q, year_ok=[2024])
G(a, "PAK", "sugar_production", K_SUGAR, 6.8e6, "tonnes", 2024, "Pakistan's output rose to about 6.8 million tonnes",
  year_ok=[2025])
A(a, "1.8", "rose 1.8% to 19.6 cents a pound", "market", "futures price change")
A(a, "19.6", "rose 1.8% to 19.6 cents a pound", "market", "futures price")
A(a, "4.88", "a global deficit of 4.88 million tonnes", "aggregate", "world balance forecast")
A(a, "second", "the second consecutive shortfall", "aggregate", "world streak")
G(a, "IND", "sugar_minimum_selling_price", K_MSP, 31, "INR/kg", None,
  "the minimum selling price of sugar, which has been unchanged at ₹31 a kilogram since 2019", year_ok=[2025, 2019])
I(a, "IND", 40, "mills' demand: ₹40 a kilogram")
G(a, "IND", "sugarcane_arrears", K_ARREARS, 1.2e11, "INR", 2025,
  "arrears owed to farmers reached ₹12,000 crore at the end of January")
A(a, "2.3", "Balrampur Chini Mills fell 2.3%", "company", "share price")
A(a, "1.9", "Triveni Engineering lost 1.9%", "company", "share price")
G(a, "IND", "sugar_consumption_per_capita", K_PERCAP, 20, "kg", None,
  "Per-capita consumption in India is about 20 kg a year", year_ok=[2025])
I(a, "IND", 33e6, "forecast for next season")


def main():
    def dump(path, recs):
        with open(path, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump(os.path.join(ROOT, "gold.jsonl"), GOLD)
    dump(os.path.join(ROOT, "gold.ignore.jsonl"), IGN)
    with open(os.path.join(HERE, "accounted.json"), "w", encoding="utf-8") as fh:
        json.dump([r for r in ACC if r], fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("build.py: %d gold (%d core, %d hard), %d ignore, %d accounted" % (
        len(GOLD), sum(r["tier"] == "core" for r in GOLD), sum(r["tier"] == "hard" for r in GOLD),
        len(IGN), len(ACC)))


if __name__ == "__main__":
    main()
