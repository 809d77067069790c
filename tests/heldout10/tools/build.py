#!/usr/bin/env python3
"""Build gold.jsonl and gold.ignore.jsonl for the heldout10 set.

Annotations are kept here as data, one call per record. Each gold record is
written with the same field names and order as /work/shared/gold/corpus-gold.jsonl:
article, country, metric, keywords, value, unit, year, year_ok, quote, tier
(+ value_ok, appended last, only when there are acceptable alternative values).
Ignore records follow corpus-gold.ignore.jsonl: article, country, value, note.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A = {
    925: "925_meridianmarkets-trade-imbalances.md",
    926: "926_ledgerindia-forex-reserves.md",
    927: "927_bondwatch-france-spread-ratings.txt",
    928: "928_gadgetpulse-smartphone-shipments-asia.md",
    929: "929_healthdesk-who-tobacco-trends.md",
    930: "930_roadsafetyreview-traffic-death-rates.txt",
    931: "931_energywire-eu-gas-storage-winter.txt",
    932: "932_moneycompass-savings-confidence.md",
    933: "933_wealthwire-billionaires-by-country.md",
    934: "934_atomwatch-nuclear-share-electricity.md",
    935: "935_nordicpost-asylum-applications-europe.txt",
    936: "936_taxnotesdaily-oecd-revenue-statistics.md",
}

GOLD = []
IGNORE = []


def g(art, country, metric, keywords, value, unit, year, year_ok, quote, tier="core", value_ok=None):
    rec = {
        "article": A[art],
        "country": country,
        "metric": metric,
        "keywords": keywords,
        "value": value,
        "unit": unit,
        "year": year,
        "year_ok": year_ok,
        "quote": quote,
        "tier": tier,
    }
    if value_ok:
        rec["value_ok"] = value_ok
    GOLD.append(rec)


def ig(art, country, value, note):
    IGNORE.append({"article": A[art], "country": country, "value": value, "note": note})


# Keyword sets
K_SURPLUS = ["surplus", "trade", "balance"]
K_DEFICIT = ["deficit", "trade", "balance"]
K_CA = ["current account", "current", "account", "surplus"]
K_EXPORT = ["export"]
K_IMPORT = ["import"]
K_RES = ["reserve", "forex", "fx", "foreign exchange"]

# ---------------------------------------------------------------- 925 trade
Q = "China's goods trade surplus climbed to a record $992.2 billion last year"
g(925, "CHN", "trade_surplus", K_SURPLUS, 992.2e9, "USD", 2024, [], Q, value_ok=[992.2])
g(925, "CHN", "exports_growth", K_EXPORT, 5.9, "%", 2024, [], "as exports rose 5.9% while imports edged up just 1.1%")
g(925, "CHN", "imports_growth", K_IMPORT, 1.1, "%", 2024, [], "as exports rose 5.9% while imports edged up just 1.1%")
g(925, "CHN", "trade_surplus", K_SURPLUS, 823e9, "USD", 2023, [], "The surplus was up from $823 billion in 2023", value_ok=[823])
g(925, "CHN", "trade_surplus_monthly", K_SURPLUS + ["december", "month"], 104.8e9, "USD", 2024, [],
  "December alone contributed $104.8 billion", value_ok=[104.8])
Q = "The country's current account surplus, a broader measure that also counts services and investment income, came to roughly $422 billion, or about 2.2% of gross domestic product"
g(925, "CHN", "current_account_surplus", K_CA, 422e9, "USD", 2024, [], Q, "hard", value_ok=[422])
g(925, "CHN", "current_account_pct_gdp", K_CA + ["gdp"], 2.2, "%", 2024, [], Q, "hard")
Q = "The federal statistics office put the 2024 trade surplus at €240.6 billion, compared with €209.5bn a year earlier, even though exports fell 1.2% and imports dropped 2.8%."
g(925, "DEU", "trade_surplus", K_SURPLUS, 240.6e9, "EUR", 2024, [], Q, "hard", value_ok=[240.6])
g(925, "DEU", "trade_surplus", K_SURPLUS, 209.5e9, "EUR", 2023, [], Q, "hard", value_ok=[209.5])
g(925, "DEU", "exports_growth", K_EXPORT, -1.2, "%", 2024, [], Q, "hard", value_ok=[1.2])
g(925, "DEU", "imports_growth", K_IMPORT, -2.8, "%", 2024, [], Q, "hard", value_ok=[2.8])
g(925, "DEU", "exports", K_EXPORT + ["goods", "shipped"], 1.56e12, "EUR", 2024, [],
  "German firms still shipped goods worth about €1.56 trillion abroad.", value_ok=[1.56])
g(925, "DEU", "current_account_pct_gdp", K_CA + ["gdp"], 5.7, "%", 2024, [],
  "The Bundesbank estimates the current account surplus at 5.7% of GDP", "hard")
g(925, "DEU", "trade_surplus_rank", ["surplus", "rank"], 2, "rank", 2024, [],
  "Germany's surplus remains the second-largest in the world after China's.")
Q = "the U.S. deficit in goods and services jumped 17% to $918.4 billion in 2024, up from $784.9 billion in 2023"
g(925, "USA", "trade_deficit", K_DEFICIT, 918.4e9, "USD", 2024, [], Q, value_ok=[918.4, -918.4e9])
g(925, "USA", "trade_deficit_change", K_DEFICIT + ["change", "growth", "increase"], 17, "%", 2024, [], Q)
g(925, "USA", "trade_deficit", K_DEFICIT, 784.9e9, "USD", 2023, [], Q, value_ok=[784.9, -784.9e9])
g(925, "USA", "goods_trade_deficit", K_DEFICIT + ["goods"], 1.21e12, "USD", 2024, [],
  "The goods deficit alone hit a record $1.21 trillion", value_ok=[1.21, -1.21e12])
Q = "Japan, by contrast, posted a trade deficit of ¥5.33 trillion in 2024, its fourth straight year in the red, although the shortfall narrowed by about 43%"
g(925, "JPN", "trade_deficit", K_DEFICIT, 5.33e12, "JPY", 2024, [], Q, value_ok=[5.33, -5.33e12])
g(925, "JPN", "trade_deficit_change", K_DEFICIT + ["change", "narrow"], -43, "%", 2024, [], Q, value_ok=[43])
g(925, "JPN", "current_account_surplus", K_CA, 29.3e12, "JPY", 2024, [],
  "Its current account surplus hit a record 29.3 trillion yen", "hard", value_ok=[29.3])
ig(925, "CHN", 1e12, "forecast: surplus to top $1 trillion this year")
ig(925, "DEU", 200e9, "forecast: surplus could shrink toward EUR 200 billion")
ig(925, "DEU", 6, "European Commission warning threshold, not a German figure")
ig(925, "CHN", 1, "implied rank 1 ('second-largest ... after China's'), no ordinal")
ig(925, "JPN", 4, "fourth straight year of deficit (count of years)")
ig(925, "JPN", 11, "related headline: yen slid 11% (exchange rate, page furniture)")

# ---------------------------------------------------------------- 926 reserves
Q = "India's foreign exchange reserves fell by $2.68 billion to $682.13 billion in the week ended November 1"
g(926, "IND", "fx_reserves", K_RES, 682.13e9, "USD", 2024, [], Q, value_ok=[682.13])
g(926, "IND", "fx_reserves_change", K_RES + ["change", "fell", "decline"], -2.68e9, "USD", 2024, [], Q,
  value_ok=[2.68, 2.68e9, -2.68])
g(926, "IND", "fx_reserves", K_RES, 704.89e9, "USD", 2024, [],
  "The kitty had touched an all-time high of $704.89 billion on September 27.", "hard", value_ok=[704.89])
Q = "Foreign currency assets, the largest component of the reserves, declined $4.26 billion to $589.85 billion, while the value of gold reserves rose $1.22 billion to $69.84 billion"
g(926, "IND", "foreign_currency_assets", ["foreign currency", "currency", "asset"], 589.85e9, "USD", 2024, [], Q, "hard",
  value_ok=[589.85])
g(926, "IND", "foreign_currency_assets_change", ["foreign currency", "currency", "asset"], -4.26e9, "USD", 2024, [], Q,
  "hard", value_ok=[4.26, 4.26e9, -4.26])
g(926, "IND", "gold_reserves", ["gold"], 69.84e9, "USD", 2024, [], Q, "hard", value_ok=[69.84])
g(926, "IND", "gold_reserves_change", ["gold"], 1.22e9, "USD", 2024, [], Q, "hard", value_ok=[1.22])
g(926, "IND", "fx_reserves_rank", K_RES + ["rank"], 4, "rank", 2024, [],
  "India holds the fourth-largest reserves in the world")
Q = "China's reserves stood at $3.26 trillion at the end of October, down $55.3 billion from September"
g(926, "CHN", "fx_reserves", K_RES, 3.26e12, "USD", 2024, [], Q, value_ok=[3.26])
g(926, "CHN", "fx_reserves_change", K_RES + ["change", "down", "decline"], -55.3e9, "USD", 2024, [], Q,
  value_ok=[55.3, 55.3e9, -55.3])
g(926, "JPN", "fx_reserves", K_RES, 1238.9e9, "USD", 2024, [], "Japan's reserves dipped to $1,238.9 billion",
  value_ok=[1238.9])
g(926, "CHE", "fx_reserves", K_RES, 715e9, "CHF", 2024, [],
  "held foreign currency reserves of about CHF 715 billion", value_ok=[715])
Q = "Saudi Arabia's central bank reported reserve assets of 1.64 trillion riyals, or roughly $437 billion, in September, which puts the kingdom seventh."
g(926, "SAU", "fx_reserves", K_RES + ["asset"], 1.64e12, "SAR", 2024, [], Q, value_ok=[1.64])
g(926, "SAU", "fx_reserves_rank", K_RES + ["rank"], 7, "rank", 2024, [], Q)
g(926, "CHN", "fx_reserves_rank", K_RES + ["rank"], 1, "rank", 2024, [], "1. China: $3.26 trillion")
g(926, "JPN", "fx_reserves_rank", K_RES + ["rank"], 2, "rank", 2024, [], "2. Japan: $1.24 trillion")
g(926, "JPN", "fx_reserves", K_RES, 1.24e12, "USD", 2024, [], "2. Japan: $1.24 trillion", value_ok=[1.24])
g(926, "CHE", "fx_reserves_rank", K_RES + ["rank"], 3, "rank", 2024, [], "3. Switzerland: $866 billion")
g(926, "CHE", "fx_reserves", K_RES, 866e9, "USD", 2024, [], "3. Switzerland: $866 billion", value_ok=[866])
g(926, "IND", "fx_reserves", K_RES, 682e9, "USD", 2024, [], "4. India: $682 billion", value_ok=[682])
g(926, "RUS", "fx_reserves_rank", K_RES + ["rank"], 5, "rank", 2024, [], "5. Russia: $631 billion")
g(926, "RUS", "fx_reserves", K_RES, 631e9, "USD", 2024, [], "5. Russia: $631 billion", value_ok=[631])
ig(926, "SAU", 437e9, "USD conversion of the SAR 1.64 trillion figure")
ig(926, "IND", 670e9, "forecast: reserves to slide toward $670 billion by December")
ig(926, "IND", 11, "import cover, analyst statement inside a forecast sentence")
ig(926, "IND", 84.11, "exchange rate (price)")
ig(926, "IND", 900, "related headline: Sensex points (market index, page furniture)")
ig(926, "IND", 22, "related headline: 22nd session of FPI selling (page furniture)")
ig(926, "IND", 5, "fifth straight weekly decline (count of weeks)")

# ---------------------------------------------------------------- 927 bonds (undated page)
K_Y = ["yield", "10-year", "bond"]
K_SPREAD = ["spread", "gap", "bund"]
Q = "pushing the yield on the benchmark 10-year OAT up 6 basis points to 3.03%"
g(927, "FRA", "bond_yield_10y", K_Y, 3.03, "%", None, [], Q)
g(927, "FRA", "bond_yield_10y_change", K_Y + ["change"], 6, "bps", None, [], Q)
g(927, "GRC", "bond_yield_10y", K_Y, 3.03, "%", None, [],
  "up 6 basis points to 3.03%, briefly level with Greece for the first time on record", "hard")
g(927, "FRA", "bond_spread_vs_germany", K_SPREAD, 88, "bps", None, [],
  "The spread over German Bunds, the market's preferred gauge of French risk, widened to 88 basis points")
Q = "France's public debt stood at 110.6% of GDP at the end of 2023, and the nation paid about €51 billion in interest on it last year."
g(927, "FRA", "public_debt_pct_gdp", ["debt"], 110.6, "%", 2023, [], Q)
g(927, "FRA", "interest_payments", ["interest"], 51e9, "EUR", None, [], Q, value_ok=[51])
Q = "Its 10-year BTP yield fell 9 basis points to 3.39%, and the gap over Bunds narrowed to 116 basis points"
g(927, "ITA", "bond_yield_10y", K_Y, 3.39, "%", None, [], Q, "hard")
g(927, "ITA", "bond_yield_10y_change", K_Y + ["change"], -9, "bps", None, [], Q, "hard", value_ok=[9])
g(927, "ITA", "bond_spread_vs_germany", K_SPREAD, 116, "bps", None, [], Q, "hard")
Q = "Italian public debt was 134.8% of GDP in 2023, the second-highest ratio in the euro area after Greece, and the deficit was 7.2% of output."
g(927, "ITA", "public_debt_pct_gdp", ["debt"], 134.8, "%", 2023, [], Q)
g(927, "ITA", "public_debt_pct_gdp_rank", ["debt", "rank"], 2, "rank", 2023, [], Q)
g(927, "GRC", "public_debt_pct_gdp_rank", ["debt", "rank"], 1, "rank", 2023, [], Q, "hard")
g(927, "ITA", "budget_deficit_pct_gdp", ["deficit"], 7.2, "%", 2023, [], Q, value_ok=[-7.2])
Q = "Britain's 10-year gilt yield held at 4.32%, some 25 basis points higher than before Chancellor Rachel Reeves presented her first budget"
g(927, "GBR", "bond_yield_10y", K_Y + ["gilt"], 4.32, "%", None, [], Q)
g(927, "GBR", "bond_yield_10y_change", K_Y + ["gilt", "change"], 25, "bps", None, [], Q)
g(927, "GBR", "public_debt_pct_gdp", ["debt"], 98, "%", None, [],
  "UK public sector net debt is running at about 98% of GDP.")
Q = "the 10-year Treasury yield slipped 4 basis points to 4.26%"
g(927, "USA", "bond_yield_10y", K_Y + ["treasury"], 4.26, "%", None, [], Q)
g(927, "USA", "bond_yield_10y_change", K_Y + ["treasury", "change"], -4, "bps", None, [], Q, value_ok=[4])
Q = "the federal deficit reached $1.83 trillion in the 2024 fiscal year, or 6.4% of GDP"
g(927, "USA", "budget_deficit", ["deficit"], 1.83e12, "USD", 2024, [2023], Q, value_ok=[1.83, -1.83e12])
g(927, "USA", "budget_deficit_pct_gdp", ["deficit"], 6.4, "%", 2024, [2023], Q, value_ok=[-6.4])
ig(927, "FRA", 5, "government target: deficit 5% of GDP next year")
ig(927, "FRA", 6.1, "expected deficit this year (forecast)")
ig(927, "FRA", 1, "S&P cut by one notch (rating move)")
ig(927, "FRA", 100, "analyst forecast: spread at 100 bps before Christmas")
ig(927, "GBR", 4, "related headline: gilt yields stuck above 4% (page furniture)")

# ---------------------------------------------------------------- 928 smartphones
K_SHIP = ["shipment", "smartphone", "phone"]
Q = "China remained the largest market, with shipments rising 5.6% to 285.8 million units"
g(928, "CHN", "smartphone_shipments", K_SHIP, 285.8e6, "units", 2024, [], Q, value_ok=[285.8])
g(928, "CHN", "smartphone_shipments_growth", K_SHIP, 5.6, "%", 2024, [], Q)
Q = "India, the world's second-largest smartphone market, grew 4% to 151M units."
g(928, "IND", "smartphone_market_rank", K_SHIP + ["rank", "market"], 2, "rank", 2024, [2025], Q)
g(928, "IND", "smartphone_shipments", K_SHIP, 151e6, "units", 2024, [], Q, value_ok=[151])
g(928, "IND", "smartphone_shipments_growth", K_SHIP, 4, "%", 2024, [], Q)
Q = "Shipments in the fourth quarter, however, fell 3% year on year to about 36 million"
g(928, "IND", "smartphone_shipments_q4", K_SHIP + ["quarter", "q4"], 36e6, "units", 2024, [], Q, value_ok=[36])
g(928, "IND", "smartphone_shipments_q4_growth", K_SHIP + ["quarter", "q4"], -3, "%", 2024, [], Q, value_ok=[3])
Q = "5G handsets made up 82% of all shipments, up from 57% in 2023"
g(928, "IND", "5g_share_of_shipments", ["5g"], 82, "%", 2024, [], Q)
g(928, "IND", "5g_share_of_shipments", ["5g"], 57, "%", 2023, [], Q)
Q = "Southeast Asia's biggest market expanded 15.5% to roughly 40 million phones"
g(928, "IDN", "smartphone_shipments_growth", K_SHIP, 15.5, "%", 2024, [], Q, "hard")
g(928, "IDN", "smartphone_shipments", K_SHIP, 40e6, "units", 2024, [], Q, "hard", value_ok=[40])
Q = "Vietnam's shipments fell 2.4% to roughly 16.3 million units, and the Philippines recorded a contraction of 1.2%."
g(928, "VNM", "smartphone_shipments", K_SHIP, 16.3e6, "units", 2024, [], Q, value_ok=[16.3])
g(928, "VNM", "smartphone_shipments_growth", K_SHIP, -2.4, "%", 2024, [], Q, value_ok=[2.4])
g(928, "PHL", "smartphone_shipments_growth", K_SHIP, -1.2, "%", 2024, [], Q, value_ok=[1.2])
ig(928, "CHN", 1, "'remained the largest market' (implied rank 1, no ordinal)")
ig(928, "IDN", 1, "'Southeast Asia's biggest market' (regional rank, implied)")
ig(928, "CHN", 6000, "subsidy price threshold (price)")
ig(928, "IND", 259, "average selling price (price)")
ig(928, "CHN", 290e6, "forecast: Counterpoint 2025 shipments")
ig(928, "IND", 20000, "related headline: phones under Rs 20,000 (price, page furniture)")
ig(928, "IND", 7, "related headline: 7 numbers (page furniture)")

# ---------------------------------------------------------------- 929 tobacco
K_TOB = ["tobacco", "smok", "prevalence"]
Q = "An estimated 38.7% of Indonesian adults used tobacco in 2022, and among men the rate was above 70%"
g(929, "IDN", "tobacco_use_prevalence", K_TOB, 38.7, "%", 2022, [], Q)
g(929, "IDN", "tobacco_use_prevalence_men", K_TOB + ["men", "male"], 70, "%", 2022, [], Q)
Q = "France's rate was estimated at 33.4%, barely changed from a decade earlier, while Serbia (38%) and Bulgaria (36.6%) were higher still."
g(929, "FRA", "tobacco_use_prevalence", K_TOB, 33.4, "%", 2022, [], Q)
g(929, "SRB", "tobacco_use_prevalence", K_TOB, 38, "%", 2022, [], Q)
g(929, "BGR", "tobacco_use_prevalence", K_TOB, 36.6, "%", 2022, [], Q)
g(929, "DEU", "tobacco_use_prevalence", K_TOB, 22, "%", 2022, [], "Germany came in at about 22%.")
Q = "In the United Kingdom, tobacco use fell to 14.1%, down 8.6 percentage points since 2010"
g(929, "GBR", "tobacco_use_prevalence", K_TOB, 14.1, "%", 2022, [], Q)
g(929, "GBR", "tobacco_use_prevalence_change", K_TOB + ["change", "decline"], -8.6, "pp", 2022, [], Q, value_ok=[8.6])
Q = "Brazil's rate dropped to 12.8% from 34.8% in 2000"
g(929, "BRA", "tobacco_use_prevalence", K_TOB, 12.8, "%", 2022, [], Q)
g(929, "BRA", "tobacco_use_prevalence", K_TOB, 34.8, "%", 2000, [], Q)
g(929, "USA", "tobacco_use_prevalence", K_TOB, 23, "%", 2022, [],
  "The U.S. rate, which includes smokeless products and cigars, stood at 23%.")
Q = "The lowest prevalence was estimated in Ghana, at 3.5%, followed by Ethiopia (4.6%) and Nigeria (5.5%)."
g(929, "GHA", "tobacco_use_prevalence", K_TOB, 3.5, "%", 2022, [], Q)
g(929, "ETH", "tobacco_use_prevalence", K_TOB, 4.6, "%", 2022, [], Q)
g(929, "NGA", "tobacco_use_prevalence", K_TOB, 5.5, "%", 2022, [], Q)
Q = "has the lowest cigarette smoking rate in the European Union at 5.6%, although its overall tobacco use is closer to 23%"
g(929, "SWE", "cigarette_smoking_rate", ["smok", "cigarette"], 5.6, "%", 2022, [], Q)
g(929, "SWE", "tobacco_use_prevalence", K_TOB, 23, "%", 2022, [], Q)
ig(929, "IDN", 37, "WHO projection for 2025")
ig(929, "FRA", 30, "WHO projection for 2025")
ig(929, "GHA", 1, "'lowest prevalence' (implied rank, no ordinal)")
ig(929, "SWE", 1, "'lowest cigarette smoking rate in the EU' (implied rank)")

# ---------------------------------------------------------------- 930 road deaths (date in byline only: 2024-03-21)
K_RD = ["road", "traffic", "death", "fatalit"]
Q = "The WHO puts Thailand's rate at 25.4 in 2021, among the worst in Asia, while Brazil recorded 15.7 and India 15.6."
g(930, "THA", "road_deaths_per_100k", K_RD, 25.4, "per_100k", 2021, [], Q)
g(930, "BRA", "road_deaths_per_100k", K_RD, 15.7, "per_100k", 2021, [], Q)
g(930, "IND", "road_deaths_per_100k", K_RD, 15.6, "per_100k", 2021, [], Q)
Q = "In India, the road transport ministry counted 1,68,491 deaths in 2022, up 9.4% on a year earlier"
g(930, "IND", "road_deaths", K_RD, 168491, "count", 2022, [], Q)
g(930, "IND", "road_deaths_change", K_RD + ["change"], 9.4, "%", 2022, [], Q)
Q = "American roads claimed an estimated 40,990 lives last year, a decline of 3.6% from 2022, which still works out to about 12.2 deaths per 100,000 residents"
g(930, "USA", "road_deaths", K_RD, 40990, "count", 2023, [], Q)
g(930, "USA", "road_deaths_change", K_RD + ["change"], -3.6, "%", 2023, [], Q, value_ok=[3.6])
g(930, "USA", "road_deaths_per_100k", K_RD, 12.2, "per_100k", 2023, [], Q)
Q = "in Britain, where 1,624 people died in reported road collisions in the year ending June 2023, or about 2.4 per 100,000"
g(930, "GBR", "road_deaths", K_RD, 1624, "count", 2023, [2022], Q)
g(930, "GBR", "road_deaths_per_100k", K_RD, 2.4, "per_100k", 2023, [2022], Q)
Q = "the safest roads last year were in Sweden, with 22 deaths per million inhabitants, and Denmark, with 27"
g(930, "SWE", "road_deaths_per_million", K_RD, 22, "per_million", 2023, [], Q)
g(930, "DNK", "road_deaths_per_million", K_RD, 27, "per_million", 2023, [], Q)
Q = "Romania and Bulgaria, with 81 and 82 deaths per million respectively"
g(930, "ROU", "road_deaths_per_million", K_RD, 81, "per_million", 2023, [], Q)
g(930, "BGR", "road_deaths_per_million", K_RD, 82, "per_million", 2023, [], Q)
Q = "Germany recorded 2,839 fatalities, 27 more than in 2022, while France's toll was 3,167"
g(930, "DEU", "road_deaths", K_RD, 2839, "count", 2023, [], Q)
g(930, "DEU", "road_deaths_change", K_RD + ["change"], 27, "count", 2023, [], Q)
g(930, "FRA", "road_deaths", K_RD, 3167, "count", 2023, [], Q)
Q = "Norway, outside the EU, continues to post the lowest rate in Europe at about 2.1 per 100,000, with only 110 deaths."
g(930, "NOR", "road_deaths_per_100k", K_RD, 2.1, "per_100k", 2023, [2024], Q)
g(930, "NOR", "road_deaths", K_RD, 110, "count", 2023, [2024], Q)
ig(930, "IND", 10, "'one in ten road deaths worldwide' (share of world, ratio)")
ig(930, "USA", 4, "'roughly four times the rate in Britain' (ratio)")
ig(930, "SWE", 1, "'safest roads' in the EU (implied rank)")
ig(930, "NOR", 1, "'lowest rate in Europe' (implied rank)")
ig(930, "BGR", 2, "'ranked last for the second year running' (count of years)")

# ---------------------------------------------------------------- 931 gas (2024-11-04)
K_STOR = ["storage", "full", "fill"]
K_GAS = ["gas", "consumption", "demand", "use"]
Q = "Germany, which has the largest storage capacity in the European Union at about 250 terawatt-hours, reported its sites at 97.6% on November 1"
g(931, "DEU", "gas_storage_capacity", ["storage", "capacity"], 250, "TWh", 2024, [], Q)
g(931, "DEU", "gas_storage_fill", K_STOR, 97.6, "%", 2024, [], Q)
Q = "Italy's were at 97.9% and France's at 93.4%."
g(931, "ITA", "gas_storage_fill", K_STOR, 97.9, "%", 2024, [], Q)
g(931, "FRA", "gas_storage_fill", K_STOR, 93.4, "%", 2024, [], Q)
g(931, "NLD", "gas_storage_fill", K_STOR, 89.1, "%", 2024, [],
  "The Netherlands, where the giant Bergermeer and Norg sites sit, lagged at 89.1%")
Q = "German gas use fell to about 810 TWh in 2023, down 4.9% from the previous year and 17.5% below the 2018-2021 average"
g(931, "DEU", "gas_consumption", K_GAS, 810, "TWh", 2023, [], Q)
g(931, "DEU", "gas_consumption_change", K_GAS + ["change"], -4.9, "%", 2023, [], Q, value_ok=[4.9])
g(931, "DEU", "gas_consumption_vs_2018_2021_average", K_GAS + ["average"], -17.5, "%", 2023, [], Q, value_ok=[17.5])
g(931, "DEU", "gas_consumption_change", K_GAS + ["change"], 2.2, "%", 2024, [],
  "In the first nine months of this year, consumption rose 2.2%", "hard")
Q = "Italy consumed 61.5 billion cubic metres in 2023, a drop of 10.1%"
g(931, "ITA", "gas_consumption", K_GAS, 61.5e9, "m3", 2023, [], Q, value_ok=[61.5])
g(931, "ITA", "gas_consumption_change", K_GAS + ["change"], -10.1, "%", 2023, [], Q, value_ok=[10.1])
g(931, "ITA", "gas_import_share_algeria_azerbaijan", ["import", "share", "algeria", "azerbaijan"], 40, "%", 2024, [],
  "the country now imports about 40% of its gas from Algeria and Azerbaijan combined", "hard")
Q = "France's consumption fell 11.4% to 381 TWh"
g(931, "FRA", "gas_consumption_change", K_GAS + ["change"], -11.4, "%", 2023, [], Q, value_ok=[11.4])
g(931, "FRA", "gas_consumption", K_GAS, 381, "TWh", 2023, [], Q)
g(931, "NLD", "gas_consumption", K_GAS, 27.6e9, "m3", 2023, [], "Dutch demand shrank to roughly 27.6 bcm",
  value_ok=[27.6])
g(931, "NOR", "gas_exports", ["export", "pipeline", "gas", "supply", "sent"], 117.6e9, "m3", 2023, [],
  "Norway, now Europe's biggest supplier, sent a record 117.6 bcm of pipeline gas to the continent last year",
  value_ok=[117.6])
Q = "Germany's three floating LNG terminals handled about 7 billion cubic metres"
g(931, "DEU", "lng_terminals", ["lng", "terminal"], 3, "count", 2023, [2024], Q)
g(931, "DEU", "lng_imports", ["lng", "import", "terminal"], 7e9, "m3", 2023, [], Q, value_ok=[7])
ig(931, "DEU", 1, "'largest storage capacity in the EU' (implied rank)")
ig(931, "DEU", 90, "legal filling target (target)")
ig(931, "DEU", 30, "legal filling target for February 1 (target)")
ig(931, "NLD", 40, "TTF price EUR 40/MWh (price)")
ig(931, "NLD", 340, "TTF peak price EUR 340 (price)")
ig(931, "NOR", 1, "'Europe's biggest supplier' (implied rank)")

# ---------------------------------------------------------------- 932 savings & confidence (byline 2025-01-06)
K_SAV = ["saving"]
K_CONF = ["confidence", "sentiment", "consumer"]
g(932, "FRA", "household_savings_rate", K_SAV, 18.2, "%", 2024, [],
  "Their savings rate rose 0.4 percentage points to 18.2% of disposable income in the third quarter")
g(932, "FRA", "household_savings_rate_change", K_SAV + ["change"], 0.4, "pp", 2024, [],
  "Their savings rate rose 0.4 percentage points to 18.2% of disposable income in the third quarter", "hard")
g(932, "FRA", "household_savings_rate", K_SAV, 15, "%", None, [2019], "Before Covid, it hovered around 15%.", "hard")
g(932, "FRA", "consumer_confidence", K_CONF, 89, "index", 2024, [],
  "The INSEE consumer confidence indicator slipped to 89 in December")
Q = "the GfK consumer climate index fell to minus 21.3 heading into January, from -18.4 a month earlier"
g(932, "DEU", "consumer_confidence", K_CONF + ["climate", "gfk"], -21.3, "index", 2025, [2024], Q, value_ok=[21.3])
g(932, "DEU", "consumer_confidence", K_CONF + ["climate", "gfk"], -18.4, "index", 2024, [2025], Q, value_ok=[18.4])
Q = "German households put aside 11.1% of their disposable income in the third quarter, and retail sales contracted 1.5% in November from October"
g(932, "DEU", "household_savings_rate", K_SAV, 11.1, "%", 2024, [], Q)
g(932, "DEU", "retail_sales_change", ["retail"], -1.5, "%", 2024, [], Q, value_ok=[1.5])
Q = "The Italian household saving rate was 9.1% in the second quarter, up from 6.3% a year earlier"
g(932, "ITA", "household_savings_rate", K_SAV, 9.1, "%", 2024, [], Q)
g(932, "ITA", "household_savings_rate", K_SAV, 6.3, "%", 2023, [], Q)
Q = "The U.S. personal saving rate was 4.4% in November, down from more than 5% in the spring."
g(932, "USA", "household_savings_rate", K_SAV, 4.4, "%", 2024, [], Q)
g(932, "USA", "household_savings_rate", K_SAV, 5, "%", 2024, [], Q)
Q = "the Conference Board's consumer confidence index fell 8.1 points to 104.7 in December"
g(932, "USA", "consumer_confidence", K_CONF, 104.7, "index", 2024, [], Q)
g(932, "USA", "consumer_confidence_change", K_CONF + ["change"], -8.1, "points", 2024, [], Q, value_ok=[8.1])
g(932, "USA", "consumer_sentiment", K_CONF + ["michigan"], 74.0, "index", 2024, [],
  "the University of Michigan's sentiment gauge rose to 74.0")
Q = "Britain's savings ratio stood at 10.1% in the third quarter, and the GfK measure of UK consumer confidence fell to -17 in December."
g(932, "GBR", "household_savings_rate", K_SAV, 10.1, "%", 2024, [], Q)
g(932, "GBR", "consumer_confidence", K_CONF, -17, "index", 2024, [], Q, value_ok=[17])
g(932, "JPN", "consumer_confidence", K_CONF, 36.2, "index", 2024, [],
  "In Japan, the consumer confidence index edged down to 36.2 last month.")
ig(932, "FRA", 100, "long-run average of the confidence indicator (benchmark)")
ig(932, "FRA", 17.5, "economist forecast for end of this year")
ig(932, "DEU", 3, "related headline: 3 biggest carmakers (page furniture)")
ig(932, "DEU", 20000, "related headline: 20,000 jobs at risk (page furniture)")

# ---------------------------------------------------------------- 933 billionaires (undated page)
K_BIL = ["billionaire"]
K_MIL = ["millionaire"]
Q = "The United States remains far ahead, with 813 billionaires, up from 735 a year earlier."
g(933, "USA", "billionaires", K_BIL, 813, "count", 2024, [], Q)
g(933, "USA", "billionaires", K_BIL, 735, "count", 2023, [], Q)
g(933, "USA", "billionaire_wealth", K_BIL + ["wealth", "net worth", "worth"], 5.7e12, "USD", 2024, [],
  "Their combined net worth came to $5.7 trillion.", "hard", value_ok=[5.7])
Q = "China ranked second with 406 billionaires, down from 495 the year before"
g(933, "CHN", "billionaires_rank", K_BIL + ["rank"], 2, "rank", 2024, [], Q)
g(933, "CHN", "billionaires", K_BIL, 406, "count", 2024, [], Q)
g(933, "CHN", "billionaires", K_BIL, 495, "count", 2023, [], Q)
g(933, "HKG", "billionaires", K_BIL, 67, "count", 2024, [], "Add Hong Kong's 67 and the total rises to 473.")
Q = "India, in third place, counted 200 billionaires, up from 169, and their combined wealth jumped 41% to a record $954B."
g(933, "IND", "billionaires_rank", K_BIL + ["rank"], 3, "rank", 2024, [], Q)
g(933, "IND", "billionaires", K_BIL, 200, "count", 2024, [], Q)
g(933, "IND", "billionaires", K_BIL, 169, "count", 2023, [], Q)
g(933, "IND", "billionaire_wealth_change", K_BIL + ["wealth", "change", "growth"], 41, "%", 2024, [], Q)
g(933, "IND", "billionaire_wealth", K_BIL + ["wealth", "net worth", "worth"], 954e9, "USD", 2024, [], Q, value_ok=[954])
Q = "Germany was fourth with 132, followed by Russia (120) and Italy (73)."
g(933, "DEU", "billionaires_rank", K_BIL + ["rank"], 4, "rank", 2024, [], Q)
g(933, "DEU", "billionaires", K_BIL, 132, "count", 2024, [], Q)
g(933, "RUS", "billionaires", K_BIL, 120, "count", 2024, [], Q)
g(933, "ITA", "billionaires", K_BIL, 73, "count", 2024, [], Q)
g(933, "RUS", "billionaires_rank", K_BIL + ["rank"], 5, "rank", 2024, [], Q, "hard")
g(933, "ITA", "billionaires_rank", K_BIL + ["rank"], 6, "rank", 2024, [], Q, "hard")
Q = "Brazil, with 69, came in eighth place."
g(933, "BRA", "billionaires", K_BIL, 69, "count", 2024, [], Q)
g(933, "BRA", "billionaires_rank", K_BIL + ["rank"], 8, "rank", 2024, [], Q)
Q = "counted nearly 22 million millionaires in the U.S. at the end of 2023, about 40% of the global total, while China had 6.3 million and Britain just over 3 million"
g(933, "USA", "millionaires", K_MIL, 22e6, "count", 2023, [], Q, value_ok=[22])
g(933, "CHN", "millionaires", K_MIL, 6.3e6, "count", 2023, [], Q, value_ok=[6.3])
g(933, "GBR", "millionaires", K_MIL, 3e6, "count", 2023, [], Q, value_ok=[3])
g(933, "ARE", "millionaire_net_migration", K_MIL + ["migration", "inflow", "net"], 4500, "count", 2023, [],
  "the UAE attracted a net 4,500 millionaires in 2023")
Q = "China lost a net 13,500, and India about five thousand."
g(933, "CHN", "millionaire_net_migration", K_MIL + ["migration", "outflow", "net"], -13500, "count", 2023, [], Q,
  value_ok=[13500])
g(933, "IND", "millionaire_net_migration", K_MIL + ["migration", "outflow", "net"], -5000, "count", 2023, [], Q,
  value_ok=[5000])
ig(933, "USA", 110, "New York City billionaires (sub-national)")
ig(933, "RUS", 74, "Moscow billionaires (sub-national)")
ig(933, "CHN", 473, "China plus Hong Kong combined")
ig(933, "USA", 40, "share of global millionaires (ratio to world total)")
ig(933, "GBR", 17, "forecast fall in UK millionaires by 2028")
ig(933, "ARE", 6700, "Henley forecast for this year")
ig(933, "ARE", 1, "'more than any other country' (implied rank)")
ig(933, "USA", 1, "'remains far ahead' (implied rank)")
ig(933, "BRA", 2, "proposed 2% minimum tax on billionaires (proposal)")
ig(933, "BRA", 250e9, "proposed tax revenue 'up to $250 billion' (proposal)")

# ---------------------------------------------------------------- 934 nuclear (2025-03-10)
K_GEN = ["nuclear", "generation", "output", "generated"]
K_SHARE = ["share", "nuclear", "electricity", "power"]
K_REAC = ["reactor"]
K_CAP = ["capacity"]
Q = "Nuclear plants generated 361.7 terawatt-hours in France last year, up from 320.4 TWh in 2023, supplying about 67% of the country's electricity"
g(934, "FRA", "nuclear_generation", K_GEN, 361.7, "TWh", 2024, [], Q)
g(934, "FRA", "nuclear_generation", K_GEN, 320.4, "TWh", 2023, [], Q)
g(934, "FRA", "nuclear_share_of_electricity", K_SHARE, 67, "%", 2024, [], Q)
g(934, "FRA", "electricity_exports", ["export"], 89, "TWh", 2024, [], "The country exported a record 89 TWh of power",
  "hard")
Q = "France operates 57 reactors with a combined capacity of about 63 gigawatts"
g(934, "FRA", "nuclear_reactors", K_REAC, 57, "count", 2025, [2024], Q)
g(934, "FRA", "nuclear_capacity", K_CAP, 63, "GW", 2025, [2024], Q)
Q = "94 reactors with about 97 GW of capacity, which produced roughly 782 TWh, or 18.6% of U.S. electricity, in 2024"
g(934, "USA", "nuclear_reactors", K_REAC, 94, "count", 2024, [2025], Q)
g(934, "USA", "nuclear_capacity", K_CAP, 97, "GW", 2024, [2025], Q)
g(934, "USA", "nuclear_generation", K_GEN, 782, "TWh", 2024, [], Q)
g(934, "USA", "nuclear_share_of_electricity", K_SHARE, 18.6, "%", 2024, [], Q)
Q = "With 57 reactors in operation and 28 more under construction, the country is now the second-largest nuclear generator and ranks third by installed capacity, at roughly 58 GW."
g(934, "CHN", "nuclear_reactors", K_REAC, 57, "count", 2025, [2024], "| China | 57 | 4.5% |")
g(934, "CHN", "nuclear_reactors_under_construction", K_REAC + ["construction"], 28, "count", 2025, [2024], Q, "hard")
g(934, "CHN", "nuclear_generation_rank", K_GEN + ["rank"], 2, "rank", 2025, [2024], Q)
g(934, "CHN", "nuclear_capacity_rank", K_CAP + ["rank"], 3, "rank", 2025, [2024], Q)
g(934, "CHN", "nuclear_capacity", K_CAP, 58, "GW", 2025, [2024], Q, "hard")
g(934, "CHN", "nuclear_share_of_electricity", K_SHARE, 4.5, "%", 2024, [], "| China | 57 | 4.5% |")
g(934, "CHN", "nuclear_reactor_approvals", K_REAC + ["approv"], 11, "count", 2024, [],
  "Beijing approved 11 new reactors in August alone.", "hard")
Q = "South Korea's 26 reactors, the 5th-largest fleet by capacity at about 26.1 GW, supplied 31.7% of the nation's power in 2024"
g(934, "KOR", "nuclear_reactors", K_REAC, 26, "count", 2024, [2025], Q)
g(934, "KOR", "nuclear_capacity_rank", K_CAP + ["rank"], 5, "rank", 2024, [2025], Q)
g(934, "KOR", "nuclear_capacity", K_CAP, 26.1, "GW", 2024, [2025], Q)
g(934, "KOR", "nuclear_share_of_electricity", K_SHARE, 31.7, "%", 2024, [], Q)
g(934, "JPN", "nuclear_reactors_restarted", K_REAC + ["restart", "service", "operat"], 14, "count", 2025, [2024],
  "| Japan | 14 | 8.5% |")
g(934, "JPN", "nuclear_reactors_operable", K_REAC + ["operable"], 33, "count", 2025, [2024],
  "Fourteen reactors have now returned to service since the 2011 Fukushima disaster, out of 33 that remain operable",
  "hard")
Q = "nuclear accounted for 8.5% of Japanese power generation last year, up from 5.6% in 2022"
g(934, "JPN", "nuclear_share_of_electricity", K_SHARE, 8.5, "%", 2024, [], Q)
g(934, "JPN", "nuclear_share_of_electricity", K_SHARE, 5.6, "%", 2022, [], Q)
Q = "India has 24 reactors with 8.2 GW of capacity"
g(934, "IND", "nuclear_reactors", K_REAC, 24, "count", 2025, [2024], Q)
g(934, "IND", "nuclear_capacity", K_CAP, 8.2, "GW", 2025, [2024], Q)
ig(934, "FRA", 50, "corrosion crisis idled 'half its fleet' (fraction word, past event)")
ig(934, "FRA", 1, "exported more than any other nation in Europe (implied rank)")
ig(934, "FRA", 3, "Flamanville 3 (unit name)")
ig(934, "USA", 1, "'world's largest fleet' (implied rank)")
ig(934, "USA", 3, "Vogtle 3 (unit name)")
ig(934, "USA", 4, "Vogtle 4 (unit name)")
ig(934, "CHN", 5, "'less than 5%' of electricity mix (bound, restated as 4.5%)")
ig(934, "JPN", 20, "energy plan target for 2040")
ig(934, "IND", 100, "target of 100 GW by 2047")
ig(934, "DEU", 3, "related headline: 3 lessons (page furniture)")

# ---------------------------------------------------------------- 935 asylum (byline 14.01.2025)
K_ASY = ["asylum", "application", "claim"]
Q = "Germany received 229,751 first-time asylum applications last year, the Federal Office for Migration and Refugees (BAMF) said on Monday, a fall of 30.2% from 329,120 in 2023."
g(935, "DEU", "asylum_applications", K_ASY, 229751, "count", 2024, [], Q)
g(935, "DEU", "asylum_applications_change", K_ASY + ["change"], -30.2, "%", 2024, [], Q, value_ok=[30.2])
g(935, "DEU", "asylum_applications", K_ASY, 329120, "count", 2023, [], Q)
Q = "The country registered about 164,000 applications, putting it in second place in the bloc, ahead of Italy (151,000) and France (131,000)."
g(935, "ESP", "asylum_applications", K_ASY, 164000, "count", 2024, [], Q, "hard")
g(935, "ESP", "asylum_applications_rank", K_ASY + ["rank"], 2, "rank", 2024, [], Q)
g(935, "ITA", "asylum_applications", K_ASY, 151000, "count", 2024, [], Q)
g(935, "FRA", "asylum_applications", K_ASY, 131000, "count", 2024, [], Q)
g(935, "ITA", "asylum_applications_rank", K_ASY + ["rank"], 3, "rank", 2024, [], Q, "hard")
g(935, "FRA", "asylum_applications_rank", K_ASY + ["rank"], 4, "rank", 2024, [], Q, "hard")
Q = "In Britain, 99,790 people claimed asylum in the year to September, up 11% on the previous 12 months"
g(935, "GBR", "asylum_applications", K_ASY, 99790, "count", 2024, [2023], Q)
g(935, "GBR", "asylum_applications_change", K_ASY + ["change"], 11, "%", 2024, [2023], Q)
g(935, "GBR", "small_boat_crossings", ["boat", "channel", "crossing"], 36800, "count", 2024, [],
  "About 36,800 people crossed the Channel in small boats in 2024")
Q = "The backlog of cases awaiting an initial decision fell to about 90,700, down from a peak of more than 175,000."
g(935, "GBR", "asylum_backlog", ["backlog", "awaiting", "pending"], 90700, "count", 2024, [2025], Q, "hard")
g(935, "GBR", "asylum_backlog", ["backlog", "awaiting", "pending"], 175000, "count", None, [2023], Q, "hard")
Q = "Germany hosts about 2.7 million refugees and people in refugee-like situations, making it the fourth-largest host country in the world after Iran, Türkiye and Colombia"
g(935, "DEU", "refugees_hosted", ["refugee", "host"], 2.7e6, "count", 2025, [2024], Q, value_ok=[2.7])
g(935, "DEU", "refugees_hosted_rank", ["refugee", "host", "rank"], 4, "rank", 2025, [2024], Q)
g(935, "IRN", "refugees_hosted_rank", ["refugee", "host", "rank"], 1, "rank", 2025, [2024], Q, "hard")
g(935, "TUR", "refugees_hosted_rank", ["refugee", "host", "rank"], 2, "rank", 2025, [2024], Q, "hard")
g(935, "COL", "refugees_hosted_rank", ["refugee", "host", "rank"], 3, "rank", 2025, [2024], Q, "hard")
g(935, "IRN", "refugees_hosted", ["refugee", "host"], 3.8e6, "count", 2025, [2024], "Iran alone hosts 3.8 million.",
  value_ok=[3.8])
Q = "while Italy approved 36% and Germany 44%"
g(935, "ITA", "asylum_approval_rate", ["approv", "recognition", "grant", "protection"], 36, "%", 2024, [], Q)
g(935, "DEU", "asylum_approval_rate", ["approv", "recognition", "grant", "protection"], 44, "%", 2024, [], Q)
ig(935, "DEU", 1, "'top destination in the EU' (implied rank)")
ig(935, "DEU", 25, "'nearly a quarter of all claims' (share, fraction word)")
ig(935, "ESP", 46800, "Canary Islands sea arrivals (sub-national)")
ig(935, "GBR", 2, "'second-highest annual total on record' (rank among years, not countries)")
ig(935, "FRA", 33.3, "'about one third' approval rate (fraction word)")
ig(935, "DEU", 3, "three largest applicant groups (count of nationalities)")

# ---------------------------------------------------------------- 936 tax (date in URL only: 2024-12-05)
K_TAX = ["tax", "revenue", "gdp"]
K_CIT = ["corporate", "corporation", "tax", "rate"]
Q = "France again collected the most, with tax revenues equal to 43.8% of gross domestic product in 2023, down from 45.6% the previous year."
g(936, "FRA", "tax_revenue_pct_gdp", K_TAX, 43.8, "%", 2023, [], Q)
g(936, "FRA", "tax_revenue_pct_gdp", K_TAX, 45.6, "%", 2022, [], Q)
Q = "Denmark, in second place, recorded 43.4%, followed by Austria (43.2%) and Finland (42.7%), which ranked third and fourth respectively."
g(936, "DNK", "tax_revenue_pct_gdp", K_TAX, 43.4, "%", 2023, [], Q)
g(936, "DNK", "tax_revenue_pct_gdp_rank", K_TAX + ["rank"], 2, "rank", 2023, [], Q)
g(936, "AUT", "tax_revenue_pct_gdp", K_TAX, 43.2, "%", 2023, [], Q)
g(936, "AUT", "tax_revenue_pct_gdp_rank", K_TAX + ["rank"], 3, "rank", 2023, [], Q)
g(936, "FIN", "tax_revenue_pct_gdp", K_TAX, 42.7, "%", 2023, [], Q)
g(936, "FIN", "tax_revenue_pct_gdp_rank", K_TAX + ["rank"], 4, "rank", 2023, [], Q)
g(936, "ITA", "tax_revenue_pct_gdp", K_TAX, 41.5, "%", 2023, [], "Italy's ratio was 41.5%.")
Q = "Mexico collected just 17.7% of GDP in taxes and Ireland 21.1%"
g(936, "MEX", "tax_revenue_pct_gdp", K_TAX, 17.7, "%", 2023, [], Q)
g(936, "IRL", "tax_revenue_pct_gdp", K_TAX, 21.1, "%", 2023, [], Q)
Q = "The U.S. tax-to-GDP ratio dropped 2.5 percentage points to 25.2%"
g(936, "USA", "tax_revenue_pct_gdp", K_TAX, 25.2, "%", 2023, [], Q)
g(936, "USA", "tax_revenue_pct_gdp_change", K_TAX + ["change"], -2.5, "pp", 2023, [], Q, value_ok=[2.5])
Q = "Hungary's ratio slipped 0.9 points to 34.9%."
g(936, "HUN", "tax_revenue_pct_gdp", K_TAX, 34.9, "%", 2023, [], Q)
g(936, "HUN", "tax_revenue_pct_gdp_change", K_TAX + ["change"], -0.9, "pp", 2023, [], Q, value_ok=[0.9])
g(936, "IRL", "corporation_tax_receipts", ["corporat", "tax", "receipt", "revenue"], 23.8e9, "EUR", 2023, [],
  "In Ireland, corporation tax receipts reached €23.8 billion in 2023", value_ok=[23.8])
g(936, "HUN", "corporate_tax_rate", K_CIT, 9, "%", 2024, [], "Hungary's 9% rate is the lowest in the OECD")
g(936, "IRL", "corporate_tax_rate", K_CIT, 12.5, "%", 2024, [], "Ireland's headline 12.5% now applies only to smaller firms")
Q = "France's combined rate stands at 25.8%, Denmark's at 22% and the U.S. federal rate at 21%, or about 25.6% including state taxes."
g(936, "FRA", "corporate_tax_rate", K_CIT, 25.8, "%", 2024, [], Q)
g(936, "DNK", "corporate_tax_rate", K_CIT, 22, "%", 2024, [], Q)
g(936, "USA", "corporate_tax_rate_federal", K_CIT + ["federal"], 21, "%", 2024, [], Q)
g(936, "USA", "corporate_tax_rate_combined", K_CIT + ["combined", "state"], 25.6, "%", 2024, [], Q)
ig(936, "FRA", 1, "'collected the most' / 'keeps top spot' (implied rank)")
ig(936, "IRL", 35, "counterfactual ratio against modified GNI")
ig(936, "IRL", 25, "'around a quarter of all tax revenue' (share, fraction word)")
ig(936, "IRL", 14e9, "expected Apple state-aid windfall (forecast)")
ig(936, "IRL", 750e6, "revenue threshold for the minimum tax")
ig(936, "IRL", 15, "minimum-tax rate for large groups (Pillar Two), not the headline rate")
ig(936, "HUN", 1, "'lowest in the OECD' (implied rank)")
ig(936, "IRL", 13e9, "related headline: EUR 13bn from Apple (page furniture)")


def main():
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in GOLD:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "gold.ignore.jsonl"), "w", encoding="utf-8") as f:
        for r in IGNORE:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} gold and {len(IGNORE)} ignore records")


if __name__ == "__main__":
    main()
