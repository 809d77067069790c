"""Hand annotations for heldout7 (read from the article texts only).

G(...) adds one gold record, I(...) one ignore record. `raw`/`scale` give a
figure as printed and its multiplier ("$355.5 billion" -> raw=355.5,
scale=1e9); the printed number then goes into value_ok automatically, and
so does the unsigned value of a decrease.
"""
from decimal import Decimal

KEYWORDS = {
    "exports": ["exports", "export"],
    "exports_growth": ["exports", "export", "growth"],
    "imports": ["imports", "import"],
    "imports_growth": ["imports", "import", "growth"],
    "trade_surplus": ["trade", "surplus"],
    "phone_exports": ["phone", "phones", "exports"],
    "phone_exports_growth": ["phone", "phones", "exports", "growth"],
    "electronics_exports": ["electronics", "computers", "exports"],
    "electronics_exports_growth": ["electronics", "computers", "exports", "growth"],
    "rice_exports_volume": ["rice", "exports", "tonnes"],
    "rice_exports_value": ["rice", "exports", "value"],
    "rice_exports_value_growth": ["rice", "exports", "growth"],
    "exports_to_usa": ["exports", "usa", "us"],
    "exports_to_usa_growth": ["exports", "usa", "growth"],
    "exports_to_china": ["exports", "china"],
    "exports_monthly_change": ["exports", "monthly", "change"],
    "us_import_source_rank": ["rank", "imports", "source", "supplier"],
    "exporter_rank": ["exporter", "exports", "rank"],
    "fdi": ["fdi", "foreign", "investment"],
    "fdi_growth": ["fdi", "investment", "growth"],
    "remittances": ["remittances", "remittance"],
    "gdp_growth": ["gdp", "growth", "economy"],
    "household_consumption_growth": ["household", "consumption", "growth"],
    "government_consumption_growth": ["government", "consumption", "growth"],
    "unemployment_rate": ["unemployment", "jobless", "rate"],
    "unemployment_rank": ["unemployment", "jobless", "rank"],
    "unemployed": ["unemployed", "unemployment", "jobless"],
    "unemployed_change": ["unemployed", "unemployment", "change"],
    "youth_unemployment_rate": ["youth", "unemployment"],
    "youth_unemployment_rank": ["youth", "unemployment", "rank"],
    "expanded_unemployment_rate": ["expanded", "unemployment"],
    "inflation": ["inflation", "cpi", "prices"],
    "inflation_monthly": ["inflation", "monthly", "prices"],
    "food_inflation": ["food", "inflation", "prices"],
    "policy_rate": ["rate", "policy", "interest"],
    "policy_rate_change": ["rate", "policy", "change", "cut"],
    "soybean_exports": ["soybean", "soybeans", "exports"],
    "renewables_power_share": ["renewables", "renewable", "share"],
    "coal_power_share": ["coal", "share"],
    "coal_power_share_change": ["coal", "share", "change"],
    "wind_power_share": ["wind", "share"],
    "rooftop_solar_power_share": ["rooftop", "solar", "share"],
    "hydro_power_share": ["hydro", "share"],
    "renewable_generation": ["renewable", "renewables", "generation", "twh"],
    "power_sector_emissions": ["emissions", "electricity", "co2"],
    "power_sector_emissions_change": ["emissions", "electricity", "change"],
    "renewable_capacity_added": ["renewable", "capacity", "added"],
    "solar_capacity_added": ["solar", "capacity", "added"],
    "solar_capacity": ["solar", "capacity", "installed"],
    "coal_production": ["coal", "production", "output"],
    "coal_production_growth": ["coal", "production", "growth"],
    "ev_sales": ["ev", "electric", "vehicle", "sales"],
    "ev_sales_growth": ["ev", "sales", "growth"],
    "green_hydrogen_mission_outlay": ["hydrogen", "outlay", "budget"],
    "rooftop_solar_scheme_outlay": ["rooftop", "solar", "scheme", "outlay"],
    "solar_generation_rank": ["solar", "generation", "rank"],
    "births": ["births", "birth"],
    "births_change": ["births", "birth", "change"],
    "deaths": ["deaths", "death"],
    "natural_change": ["natural", "births", "deaths"],
    "fertility_rate": ["fertility", "rate"],
    "life_expectancy": ["life", "expectancy"],
    "population": ["population", "people", "inhabitants"],
    "population_change": ["population", "change", "decline"],
    "population_rank": ["population", "populous", "rank"],
    "international_arrivals": ["arrivals", "visitors", "tourists", "tourism"],
    "international_arrivals_growth": ["arrivals", "visitors", "growth"],
    "tourism_receipts": ["tourism", "receipts", "revenue", "spending"],
    "tourism_gdp_share": ["tourism", "gdp", "share"],
    "tourist_arrivals_rank": ["visited", "arrivals", "rank", "tourists"],
    "global_ai_index_rank": ["ai", "index", "rank", "tortoise"],
    "ai_talent_pillar_rank": ["talent", "pillar", "rank"],
    "ai_infrastructure_pillar_rank": ["infrastructure", "pillar", "rank"],
    "ai_research_pillar_rank": ["research", "pillar", "rank"],
    "private_ai_investment": ["investment", "private", "ai"],
    "rnd_intensity": ["r&d", "rnd", "research", "gdp"],
    "rnd_intensity_rank": ["r&d", "rnd", "rank"],
    "business_rnd_share": ["business", "r&d", "rnd", "share"],
    "digital_competitiveness_rank": ["digital", "competitiveness", "rank", "imd"],
    "digital_knowledge_rank": ["knowledge", "digital", "rank"],
    "digital_technology_rank": ["technology", "digital", "rank"],
    "digital_future_readiness_rank": ["future", "readiness", "rank"],
}

FILES = {
    "801": "801_vnexpress-vietnam-exports-fall-2023.md",
    "802": "802_mexiconewsdaily-mexico-overtakes-china-us-imports.txt",
    "803": "803_thelocal-german-exports-fall-2023.md",
    "804": "804_riotimes-brazil-inflation-2023-selic.md",
    "805": "805_marketswrap-turkey-hike-boe-hold.txt",
    "806": "806_euronews-spain-jobless-south-africa-unemployment.md",
    "807": "807_abc-renewables-record-share-australia-2023.md",
    "808": "808_etenergyworld-india-solar-coal-fy24.txt",
    "809": "809_qz-italy-births-record-low-nigeria-population.md",
    "810": "810_travelweeklyasia-thailand-arrivals-2023.md",
    "811": "811_straitstimes-singapore-third-global-ai-index.md",
    "812": "812_globes-israel-leads-oecd-rd-spending.md",
    "813": "813_betakit-canada-slips-ninth-global-ai-index.txt",
    "814": "814_koreabizwire-korea-sixth-imd-digital-ranking.md",
}

GOLD = []
IGNORE = []


def _num(x):
    f = float(x)
    return f


def G(art, country, metric, raw, unit, year, quote, tier="core", scale=1,
      yok=(), vok=()):
    value = float(Decimal(str(raw)) * Decimal(str(scale)))
    ok = []
    if scale != 1:
        ok.append(float(raw))
    if value < 0:
        ok.append(-value)
        if scale != 1:
            ok.append(-float(raw))
    ok.extend(float(v) for v in vok)
    seen, value_ok = set(), []
    for v in ok:
        if v != value and v not in seen:
            seen.add(v)
            value_ok.append(v)
    GOLD.append({
        "article": FILES[art], "country": country, "metric": metric,
        "keywords": KEYWORDS[metric], "value": value, "value_ok": value_ok,
        "unit": unit, "year": year, "year_ok": list(yok), "quote": quote,
        "tier": tier,
    })


def I(art, country, value, note):
    IGNORE.append({"article": FILES[art], "country": country,
                   "value": float(value), "note": note})


B, M, T = 1e9, 1e6, 1e12

# ------------------------------------------------------------------ 801 (page date 2024-01-03; "last year" = 2023)
G("801", "VNM", "exports_growth", -4.4, "%", 2023, "Vietnam's exports fell 4.4% last year")
G("801", "VNM", "exports", 355.5, "USD", 2023, "fell 4.4% last year to $355.5 billion", scale=B)
G("801", "VNM", "imports_growth", -8.9, "%", 2023, "Vietnam's imports dropped 8.9% to $327.5 billion")
G("801", "VNM", "imports", 327.5, "USD", 2023, "Vietnam's imports dropped 8.9% to $327.5 billion", scale=B)
G("801", "VNM", "trade_surplus", 28, "USD", 2023, "leaving a record trade surplus of $28 billion", scale=B)
G("801", "VNM", "phone_exports_growth", -10.9, "%", 2023, "Vietnam's exports of phones and components declined 10.9%")
G("801", "VNM", "phone_exports", 52.4, "USD", 2023, "exports of phones and components declined 10.9% to $52.4 billion", scale=B)
G("801", "VNM", "electronics_exports_growth", 3.2, "%", 2023, "computers and electronics, which rose 3.2% to $57.3 billion")
G("801", "VNM", "electronics_exports", 57.3, "USD", 2023, "computers and electronics, which rose 3.2% to $57.3 billion", scale=B)
G("801", "VNM", "rice_exports_volume", 8.13, "tonnes", 2023, "Vietnam shipped 8.13 million tonnes of rice in 2023", scale=M)
G("801", "VNM", "rice_exports_value", 4.78, "USD", 2023, "earning $4.78 billion", scale=B)
G("801", "VNM", "rice_exports_value_growth", 38.4, "%", 2023, "a jump of 38.4% from the previous year")
G("801", "VNM", "exports_to_usa", 97, "USD", 2023, "The U.S. remained the largest buyer of Vietnamese goods at $97 billion", "hard", scale=B)
G("801", "VNM", "exports_to_usa_growth", -11.6, "%", 2023, "at $97 billion, down 11.6%", "hard")
G("801", "VNM", "exports_to_china", 61.7, "USD", 2023, "followed by China at $61.7 billion", "hard", scale=B)
G("801", "VNM", "gdp_growth", 5.05, "%", 2023, "Vietnam's economy grew 5.05% in 2023")
G("801", "VNM", "international_arrivals", 12.6, "count", 2023, "Vietnam welcomed 12.6 million foreign visitors in 2023", scale=M)
G("801", "THA", "international_arrivals", 28.2, "count", 2023, "Regional rival Thailand drew 28.2 million.", scale=M)
I("801", "VNM", 3, "'more than three times the number in 2022' (ratio)")
I("801", "VNM", 6, "export growth target of 6% this year; also lower end of the 6-6.5% GDP target")
I("801", "VNM", 6.5, "GDP growth target 6-6.5% (target)")
I("801", "USA", 97e9, "$97bn read as US imports from Vietnam (partner-side reading)")
I("801", "CHN", 61.7e9, "$61.7bn read as Chinese imports from Vietnam (partner-side reading)")
I("801", "USA", 1, "US is the largest buyer of Vietnamese goods (market rank)")

# ------------------------------------------------------------------ 802 (no date; "last year" -> null, likely 2023)
G("802", "MEX", "us_import_source_rank", 1, "rank", None, "Mexico has overtaken China to become the largest source of goods imported by the United States", "hard", yok=[2023])
G("802", "CHN", "us_import_source_rank", 2, "rank", None, "Mexico has overtaken China to become the largest source of goods imported by the United States", "hard", yok=[2023])
G("802", "MEX", "exports_to_usa", 475.6, "USD", None, "Mexican exports to the United States reached US $475.6 billion last year", scale=B, yok=[2023])
G("802", "MEX", "exports_to_usa_growth", 5, "%", None, "up nearly 5% compared with the year before", yok=[2023])
G("802", "CHN", "exports_to_usa", 427.2, "USD", None, "shipments from China plunged 20.3% to $427.2 billion", scale=B, yok=[2023])
G("802", "CHN", "exports_to_usa_growth", -20.3, "%", None, "shipments from China plunged 20.3% to $427.2 billion", yok=[2023])
G("802", "CAN", "exports_to_usa", 421.1, "USD", None, "Canada came third with $421.1 billion", scale=B, yok=[2023])
G("802", "CAN", "us_import_source_rank", 3, "rank", None, "Canada came third with $421.1 billion", yok=[2023])
G("802", "MEX", "fdi", 36.06, "USD", 2023, "Foreign direct investment in Mexico totaled $36.06 billion in 2023", scale=B)
G("802", "MEX", "fdi_growth", 2.2, "%", 2023, "up 2.2% from 2022")
G("802", "MEX", "exports", 593, "USD", None, "Mexico's total exports grew 2.6% to a record $593 billion", scale=B, yok=[2023])
G("802", "MEX", "exports_growth", 2.6, "%", None, "Mexico's total exports grew 2.6% to a record $593 billion", yok=[2023])
G("802", "VNM", "exports", 354.7, "USD", 2023, "Vietnam's exports totalled $354.7 billion in 2023", scale=B)
G("802", "VNM", "exports_to_usa", 114.4, "USD", 2023, "its shipments to the US, worth $114.4 billion", scale=B)
G("802", "VNM", "us_import_source_rank", 7, "rank", 2023, "made it the seventh-largest supplier of US imports")
G("802", "MEX", "remittances", 63.3, "USD", None, "Remittances sent home by Mexicans working abroad hit a record $63.3 billion", scale=B, yok=[2023])
I("802", "MEX", 3.72e9, "Nuevo León (state) FDI")
I("802", "MEX", 13, "peso gained 13% against the dollar (currency move)")
I("802", "MEX", 3, "Banorte forecast: exports to grow 3% this year")
I("802", "USA", 475.6e9, "US imports from Mexico (partner-side reading)")
I("802", "USA", 427.2e9, "US imports from China (partner-side reading)")
I("802", "USA", 421.1e9, "US imports from Canada (partner-side reading)")
I("802", "USA", 114.4e9, "US imports from Vietnam (partner-side reading)")

# ------------------------------------------------------------------ 803 (URL/page date 2024-02-08)
G("803", "DEU", "exports_growth", -1.4, "%", 2023, "Germany's exports fell 1.4 percent last year")
G("803", "DEU", "exports", 1.56, "EUR", 2023, "fell 1.4 percent last year to €1.56tn", scale=T)
G("803", "DEU", "imports_growth", -9.7, "%", 2023, "German imports slumped 9.7 percent to €1.35tn")
G("803", "DEU", "imports", 1.35, "EUR", 2023, "German imports slumped 9.7 percent to €1.35tn", scale=T)
G("803", "DEU", "trade_surplus", 209.6, "EUR", 2023, "pushing the trade surplus up to €209.6bn", scale=B)
G("803", "DEU", "trade_surplus", 86.2, "EUR", 2022, "from €86.2bn a year earlier", scale=B)
G("803", "DEU", "exports_to_usa", 157.9, "EUR", 2023, "The United States remained the biggest buyer of German goods, taking €157.9bn worth", "hard", scale=B)
G("803", "DEU", "exports_monthly_change", -4.6, "%", 2023, "In December alone exports dropped 4.6 percent from November", "hard")
G("803", "DEU", "gdp_growth", -0.3, "%", 2023, "German gross domestic product shrank 0.3 percent")
G("803", "DEU", "household_consumption_growth", -0.8, "%", 2023, "with household consumption falling 0.8 percent")
G("803", "DEU", "government_consumption_growth", -1.7, "%", 2023, "Government consumption: -1.7%", "hard")
G("803", "DEU", "unemployment_rate", 5.7, "%", 2023, "Germany's jobless rate averaged 5.7 percent")
G("803", "DEU", "unemployment_rate", 5.3, "%", 2022, "up from 5.3 percent the previous year")
G("803", "DEU", "exporter_rank", 3, "rank", None, "Germany remains the world's third-largest exporter", yok=[2023, 2024])
I("803", "DEU", 1.6, "analysts had expected a 1.6% fall (expectation)")
I("803", "DEU", -1.6, "analysts had expected a 1.6% fall (expectation)")
I("803", "DEU", 0.2, "government growth forecast for this year")
I("803", "DEU", -2, "Bavaria (state) exports fell 2%")
I("803", "DEU", 2, "Bavaria (state) exports fell 2%")
I("803", "DEU", 253.1e9, "total German-Chinese trade (bilateral)")
I("803", "CHN", 253.1e9, "total German-Chinese trade (bilateral)")
I("803", "CHN", 1, "China is Germany's most important trading partner (partner rank)")
I("803", "CHN", 8, "for the eighth year in a row")
I("803", "USA", 157.9e9, "US purchases of German goods (partner-side reading)")

# ------------------------------------------------------------------ 804 (page date 2024-01-11)
G("804", "BRA", "inflation", 4.62, "%", 2023, "Brazil's consumer prices rose 4.62% in 2023")
G("804", "BRA", "inflation", 5.79, "%", 2022, "down from 5.79% the previous year")
G("804", "BRA", "inflation_monthly", 0.56, "%", 2023, "In December alone the IPCA index rose 0.56%", "hard")
G("804", "BRA", "inflation_monthly", 0.28, "%", 2023, "after 0.28% in November", "hard")
G("804", "BRA", "food_inflation", 1.03, "%", 2023, "Food and beverage prices increased just 1.03% over the year", "hard")
G("804", "BRA", "policy_rate", 11.75, "%", 2023, "lowered the benchmark Selic rate by half a percentage point to 11.75% in December")
G("804", "BRA", "policy_rate_change", -0.5, "pp", 2023, "lowered the benchmark Selic rate by half a percentage point")
G("804", "BRA", "policy_rate", 13.75, "%", 2023, "after holding it at 13.75% until August")
G("804", "BRA", "exports_growth", 1.7, "%", 2023, "Exports rose 1.7% in 2023 to $339.7 billion")
G("804", "BRA", "exports", 339.7, "USD", 2023, "Exports rose 1.7% in 2023 to $339.7 billion", scale=B)
G("804", "BRA", "trade_surplus", 98.8, "USD", 2023, "the trade surplus reached $98.8 billion", scale=B)
G("804", "BRA", "soybean_exports", 101.9, "tonnes", 2023, "Soybean shipments hit 101.9 million tonnes", scale=M)
G("804", "BRA", "unemployment_rate", 7.5, "%", 2023, "Brazil's unemployment rate fell to 7.5% in the three months to November")
I("804", "BRA", 1.75, "lower bound of the inflation tolerance range (target band)")
I("804", "BRA", 4.75, "upper bound of the inflation tolerance range (target band)")
I("804", "BRA", 9, "Focus survey: Selic expected to end 2024 at 9% (forecast)")
I("804", "BRA", 480e9, "R$480 billion conversion of the trade surplus in parentheses")
I("804", "BRA", 4, "fourth straight cut (count of cuts)")

# ------------------------------------------------------------------ 805 (no date; months -> null, likely 2024)
G("805", "TUR", "policy_rate", 50, "%", None, "raised its one-week repo rate by 500 basis points to 50%", yok=[2024])
G("805", "TUR", "policy_rate_change", 5, "pp", None, "raised its one-week repo rate by 500 basis points to 50%", yok=[2024], vok=[500])
G("805", "TUR", "inflation", 67.07, "%", None, "Annual consumer price inflation accelerated to 67.07% in February", yok=[2024])
G("805", "TUR", "inflation", 64.86, "%", None, "from 64.86% in January", yok=[2024])
G("805", "TUR", "inflation_monthly", 4.53, "%", None, "prices rose 4.53% on the month", yok=[2024])
G("805", "TUR", "inflation", 64.77, "%", 2023, "The country ended 2023 with inflation of 64.77%", "hard")
G("805", "TUR", "inflation", 85.51, "%", 2022, "having peaked at 85.51% in October 2022", "hard")
G("805", "GBR", "policy_rate", 5.25, "%", None, "the Bank of England kept Bank Rate at 5.25%", yok=[2024])
G("805", "GBR", "inflation", 3.4, "%", None, "UK consumer price inflation slowed to 3.4% in February", yok=[2024])
G("805", "GBR", "inflation", 4, "%", None, "from 4% in January", yok=[2024])
G("805", "BRA", "policy_rate", 10.75, "%", None, "Brazil's Copom cut the Selic by half a point for a sixth time, to 10.75%", yok=[2024])
G("805", "BRA", "policy_rate_change", -0.5, "pp", None, "Brazil's Copom cut the Selic by half a point", yok=[2024])
G("805", "BRA", "inflation", 4.62, "%", 2023, "Brazilian inflation, which closed 2023 at 4.62%")
G("805", "BRA", "inflation", 4.5, "%", None, "ran at 4.5% in the 12 months to February", yok=[2024])
I("805", "TUR", 1, "'one-week repo rate' (tenor, number word)")
I("805", "TUR", 36, "central bank expects inflation to fall to 36% (forecast)")
I("805", "TUR", 8, "lira lost about 8% against the dollar (currency move)")
I("805", "TUR", -8, "lira lost about 8% against the dollar (currency move)")
I("805", "GBR", 16, "16-year high")
I("805", "GBR", 5, "fifth straight meeting")
I("805", "GBR", 8, "eight MPC members voted to hold")
I("805", "GBR", 1, "one member voted for a cut")
I("805", "BRA", 6, "sixth cut in a row")
I("805", "BRA", 12, "'12 months to February' (period length)")
I("805", "JPN", 0.1, "policy rate range 0 to 0.1% (range bound)")
I("805", "JPN", 0, "policy rate range 0 to 0.1% (range bound)")
I("805", "JPN", 8, "eight years of negative rates")

# ------------------------------------------------------------------ 806 (no date; explicit 2023 in text)
G("806", "ESP", "unemployment_rate", 11.76, "%", 2023, "Spain’s unemployment rate fell to 11.76% in the fourth quarter of 2023", vok=[11.8])
G("806", "ESP", "unemployed_change", -24600, "count", 2023, "The number of unemployed dropped by 24,600 to 2.83 million")
G("806", "ESP", "unemployed", 2.83, "count", 2023, "The number of unemployed dropped by 24,600 to 2.83 million", scale=M)
G("806", "ESP", "youth_unemployment_rate", 28.4, "%", 2023, "Youth unemployment remains the country’s sore point: 28.4% of under-25s were out of work in December", "hard")
G("806", "ESP", "youth_unemployment_rank", 1, "rank", 2023, "the highest rate in the European Union", "hard")
G("806", "DEU", "unemployment_rate", 3.1, "%", 2023, "Eurostat figures for 2023 put Germany’s jobless rate at 3.1%")
G("806", "ITA", "unemployment_rate", 7.7, "%", 2023, "Italy’s at 7.7%")
G("806", "ZAF", "unemployment_rate", 32.1, "%", 2023, "the official unemployment rate rose to 32.1% in the final quarter of 2023")
G("806", "ZAF", "unemployment_rate", 31.9, "%", 2023, "from 31.9% in the previous quarter")
G("806", "ZAF", "expanded_unemployment_rate", 41.1, "%", 2023, "The expanded definition, which includes discouraged job seekers, stood at 41.1%")
G("806", "ZAF", "unemployed", 8, "count", None, "Nearly eight million South Africans are now without work", scale=M, yok=[2023, 2024])
G("806", "ZAF", "unemployment_rank", 1, "rank", None, "Of the 82 economies tracked by Bloomberg, South Africa has the highest jobless rate", "hard", yok=[2023, 2024])
I("806", "ESP", 12, "headline bound: 'drops below 12%'")
I("806", "ZAF", 32, "headline bound: 'climbs past 32%'")
I("806", "ESP", 18.6, "Andalusia (region) jobless rate")
I("806", "ZAF", 34.4, "Gauteng (province) jobless rate")
I("806", "ZAF", 82, "82 economies tracked by Bloomberg")
I("806", "ESP", 25, "'under-25s' (age bound)")

# ------------------------------------------------------------------ 807 (URL/page date 2024-05-08)
G("807", "AUS", "renewables_power_share", 39.4, "%", 2023, "Renewable sources generated a record 39.4 per cent of Australia's electricity last year")
G("807", "AUS", "renewables_power_share", 35.9, "%", 2022, "up from 35.9 per cent in 2022")
G("807", "AUS", "coal_power_share", 46.6, "%", 2023, "Coal's share of Australian generation fell to 46.6 per cent")
G("807", "AUS", "coal_power_share_change", -2.7, "pp", 2023, "down 2.7 percentage points")
G("807", "AUS", "wind_power_share", 11.7, "%", 2023, "Wind, rooftop solar and hydro provided 11.7, 11.2 and 5.8 per cent of total generation respectively", "hard")
G("807", "AUS", "rooftop_solar_power_share", 11.2, "%", 2023, "Wind, rooftop solar and hydro provided 11.7, 11.2 and 5.8 per cent of total generation respectively", "hard")
G("807", "AUS", "hydro_power_share", 5.8, "%", 2023, "Wind, rooftop solar and hydro provided 11.7, 11.2 and 5.8 per cent of total generation respectively", "hard")
G("807", "AUS", "renewable_generation", 104.2, "TWh", 2023, "Altogether, renewables produced 104.2 terawatt hours", "hard")
G("807", "AUS", "power_sector_emissions_change", -5.1, "%", 2023, "Emissions from Australia's electricity sector fell 5.1 per cent")
G("807", "AUS", "power_sector_emissions", 141, "tCO2e", 2023, "fell 5.1 per cent to 141 million tonnes of carbon dioxide equivalent", scale=M)
G("807", "POL", "coal_power_share", 61, "%", 2023, "In Poland coal supplied 61 per cent of power in 2023")
G("807", "DEU", "coal_power_share", 26, "%", 2023, "in Germany 26 per cent")
G("807", "GBR", "coal_power_share", 1, "%", 2023, "in the United Kingdom it has fallen to just 1 per cent")
I("807", "AUS", 70, "South Australia (state) renewables share")
I("807", "AUS", 100, "Tasmania (state) close to 100 per cent")
I("807", "AUS", 82, "government target of 82 per cent renewables by 2030")

# ------------------------------------------------------------------ 808 (no full date: "Apr 09" only; FY24 = 2023-24)
G("808", "IND", "renewable_capacity_added", 18.48, "GW", 2023, "India added a record 18.48 GW of renewable energy capacity in 2023-24", yok=[2024])
G("808", "IND", "solar_capacity_added", 15.03, "GW", 2023, "of which solar accounted for 15.03 GW", yok=[2024], vok=[15])
G("808", "IND", "solar_capacity", 81.81, "GW", 2023, "taking the country’s installed solar capacity to 81.81 GW by March 31", yok=[2024])
G("808", "IND", "coal_production", 997.83, "tonnes", 2023, "Indian coal production rose 11.65% to 997.83 million tonnes in FY24", scale=M, yok=[2024])
G("808", "IND", "coal_production_growth", 11.65, "%", 2023, "Indian coal production rose 11.65%", yok=[2024])
G("808", "IND", "ev_sales", 16.8, "count", 2023, "Electric vehicle sales in India crossed 16.8 lakh units in FY24", scale=100000, yok=[2024])
G("808", "IND", "ev_sales_growth", 40, "%", 2023, "up 40% from the previous year", yok=[2024])
G("808", "IND", "green_hydrogen_mission_outlay", 19744, "INR", None, "₹19,744 crore (about $2.4 billion) for the National Green Hydrogen Mission", scale=10000000)
G("808", "IND", "rooftop_solar_scheme_outlay", 75021, "INR", None, "the ₹75,021 crore PM Surya Ghar scheme", scale=10000000)
G("808", "IND", "coal_power_share", 75, "%", 2023, "India          75%")
G("808", "CHN", "coal_power_share", 61, "%", 2023, "China          61%")
G("808", "POL", "coal_power_share", 63, "%", 2023, "Poland         63%")
G("808", "AUS", "coal_power_share", 47, "%", 2023, "Australia      47%")
G("808", "USA", "coal_power_share", 16, "%", 2023, "United States  16%")
G("808", "IND", "solar_generation_rank", 3, "rank", 2023, "India overtook Japan in 2023 to become the world’s third-largest generator of solar power")
I("808", "IND", 1e9, "headline 'coal output nears 1 billion tonnes' (approximation of 997.83 Mt)")
I("808", "IND", 2.4e9, "USD conversion of ₹19,744 crore in parentheses")
I("808", "IND", 1e7, "rooftop solar on 1 crore households (scheme goal)")
I("808", "IND", 1, "'1 crore households' unscaled (scheme goal)")
I("808", "IND", 22, "Rajasthan (state) 22 GW solar")
I("808", "IND", 500, "pledge of 500 GW non-fossil capacity by 2030 (target)")
I("808", "JPN", 4, "Japan overtaken by India, implied fourth place")

# ------------------------------------------------------------------ 809 (no date; explicit years)
G("809", "ITA", "births", 379000, "count", 2023, "Italy registered 379,000 births in 2023")
G("809", "ITA", "births_change", -3.6, "%", 2023, "3.6% fewer than in 2022")
G("809", "ITA", "deaths", 661000, "count", 2023, "Deaths totalled 661,000")
G("809", "ITA", "natural_change", -282000, "count", 2023, "deaths outnumbered births by 282,000", "hard")
G("809", "ITA", "fertility_rate", 1.2, "children_per_woman", 2023, "Italy’s fertility rate fell to 1.20 children per woman")
G("809", "ITA", "fertility_rate", 1.24, "children_per_woman", 2022, "from 1.24 a year earlier", "hard")
G("809", "ITA", "life_expectancy", 83.1, "years", 2023, "Life expectancy at birth rose to 83.1 years")
G("809", "ITA", "population", 58.99, "count", 2024, "Italy’s resident population stood at 58.99 million at the start of 2024", scale=M)
G("809", "ITA", "population_change", -7000, "count", 2023, "down 7,000 from a year before", yok=[2024])
G("809", "NGA", "population", 223.8, "count", 2023, "Africa’s most populous country has about 223.8 million people according to UN estimates for 2023", "hard", scale=M)
G("809", "NGA", "population_rank", 6, "rank", 2023, "making it the sixth most populous nation on Earth", "hard")
G("809", "NGA", "fertility_rate", 5.1, "children_per_woman", None, "Fertility rate      1.20       5.1", "hard", yok=[2023])
G("809", "NGA", "life_expectancy", 54.5, "years", None, "Life expectancy     83.1       54.5", "hard", yok=[2023])
I("809", "NGA", 16e6, "Lagos (city) population")
I("809", "NGA", 377e6, "UN projection for 2050")
I("809", "NGA", 1, "Africa's most populous country (continental rank)")
I("809", "ITA", 1861, "year of unification")
I("809", "JPN", 13, "related-list headline cut inside '13th' (Japan's population falls for 13...)")

# ------------------------------------------------------------------ 810 (date in headline 2024-01-15; "last year" = 2023)
G("810", "THA", "international_arrivals", 28.15, "count", 2023, "Thailand received 28.15 million foreign visitors last year", scale=M)
G("810", "THA", "international_arrivals_growth", 152, "%", 2023, "up 152% from 11.15 million in 2022")
G("810", "THA", "international_arrivals", 11.15, "count", 2022, "up 152% from 11.15 million in 2022", scale=M)
G("810", "THA", "international_arrivals", 39.9, "count", 2019, "the record 39.9 million who came in 2019", scale=M)
G("810", "THA", "tourism_receipts", 1.2, "THB", 2023, "Receipts from foreign visitors came to 1.2 trillion baht", "hard", scale=T)
G("810", "THA", "tourism_gdp_share", 12, "%", None, "Before the pandemic, tourism accounted for about 12% of the kingdom’s GDP", "hard", yok=[2019])
G("810", "VNM", "international_arrivals", 12.6, "count", 2023, "Vietnam welcomed 12.6 million international visitors in 2023", scale=M)
G("810", "SGP", "international_arrivals", 13.6, "count", 2023, "Singapore and Indonesia received 13.6 million and 11.7 million respectively", scale=M)
G("810", "IDN", "international_arrivals", 11.7, "count", 2023, "Singapore and Indonesia received 13.6 million and 11.7 million respectively", scale=M)
G("810", "FRA", "international_arrivals", 100, "count", 2023, "France kept its crown as the world’s most visited country with 100 million foreign tourists in 2023", scale=M)
G("810", "FRA", "tourist_arrivals_rank", 1, "rank", 2023, "France kept its crown as the world’s most visited country", "hard")
G("810", "FRA", "tourism_receipts", 63.5, "EUR", 2023, "who spent a record €63.5 billion", scale=B)
G("810", "ESP", "international_arrivals", 85.1, "count", 2023, "Spain received 85.1 million, also a record", scale=M)
I("810", "THA", 34e9, "US$34 billion conversion in parentheses")
I("810", "MYS", 4.6e6, "arrivals in Thailand from Malaysia (source market, not Malaysia's own statistic)")
I("810", "MYS", 1, "Malaysia largest source market for Thailand")
I("810", "CHN", 3.5e6, "arrivals in Thailand from China (source market)")
I("810", "KOR", 1.6e6, "arrivals in Thailand from South Korea (source market)")
I("810", "THA", 35e6, "target of 35 million arrivals in 2024")

# ------------------------------------------------------------------ 811 (no date; explicit 2024/2023 editions)
G("811", "SGP", "global_ai_index_rank", 3, "rank", 2024, "Singapore has been ranked third in the 2024 Global AI Index", yok=[2023])
G("811", "USA", "global_ai_index_rank", 1, "rank", 2024, "again put the US first and China second")
G("811", "CHN", "global_ai_index_rank", 2, "rank", 2024, "again put the US first and China second")
G("811", "GBR", "global_ai_index_rank", 4, "rank", 2024, "Britain came fourth, France fifth and South Korea sixth")
G("811", "FRA", "global_ai_index_rank", 5, "rank", 2024, "Britain came fourth, France fifth and South Korea sixth")
G("811", "KOR", "global_ai_index_rank", 6, "rank", 2024, "Britain came fourth, France fifth and South Korea sixth")
G("811", "DEU", "global_ai_index_rank", 7, "rank", 2024, "followed by Germany, Canada and Israel", "hard")
G("811", "CAN", "global_ai_index_rank", 8, "rank", 2024, "followed by Germany, Canada and Israel", "hard")
G("811", "ISR", "global_ai_index_rank", 9, "rank", 2024, "followed by Germany, Canada and Israel", "hard")
G("811", "SGP", "ai_talent_pillar_rank", 1, "rank", 2024, "The Republic topped the talent pillar", "hard")
G("811", "SGP", "ai_infrastructure_pillar_rank", 5, "rank", 2024, "The Republic topped the talent pillar and came fifth for infrastructure", "hard")
G("811", "GBR", "private_ai_investment", 3.8, "USD", 2023, "Britain attracted US$3.8 billion of private AI investment in 2023", scale=B)
G("811", "CAN", "private_ai_investment", 1.6, "USD", 2023, "Canada drew US$1.6 billion", scale=B)
G("811", "ISR", "private_ai_investment", 1.5, "USD", 2023, "Israel US$1.5 billion", scale=B)
G("811", "ISR", "rnd_intensity", 6.3, "%", 2022, "Israel, which spent 6.3 per cent of GDP on research and development in 2022")
G("811", "ISR", "rnd_intensity_rank", 1, "rank", 2022, "has the world’s highest R&D intensity", "hard")
I("811", "SGP", 83, "83 countries assessed")
I("811", "SGP", 2, "National AI Strategy 2.0 (version number)")
I("811", "SGP", 1e9, "S$1 billion plan 'in the coming years' (commitment)")
I("811", "SGP", 743e6, "US$743 million conversion in parentheses")
I("811", "SGP", 100, "AI Verify Foundation has more than 100 members (organisation)")
I("811", "SGP", 15000, "related-list headline: train 15,000 AI practitioners (target)")
I("811", "GBR", 1, "'the most in Europe' (regional rank)")

# ------------------------------------------------------------------ 812 (page date 2024-03-19; whole page)
G("812", "ISR", "rnd_intensity", 6.02, "%", 2022, "Israel’s national expenditure on research and development reached 6.02% of GDP in 2022")
G("812", "ISR", "rnd_intensity_rank", 1, "rank", 2022, "the highest proportion among the countries tracked by the OECD", "hard")
G("812", "KOR", "rnd_intensity", 5.21, "%", 2022, "South Korea was second with 5.21%")
G("812", "KOR", "rnd_intensity_rank", 2, "rank", 2022, "South Korea was second with 5.21%")
G("812", "TWN", "rnd_intensity", 3.96, "%", 2022, "Taiwan (3.96%)")
G("812", "USA", "rnd_intensity", 3.59, "%", 2022, "the US (3.59%)")
G("812", "JPN", "rnd_intensity", 3.41, "%", 2022, "Japan (3.41%)")
G("812", "ISR", "rnd_intensity", 5.56, "%", 2021, "Israel’s R&D intensity was 5.56% in 2021")
G("812", "KOR", "rnd_intensity", 4.93, "%", 2021, "and Korea’s 4.93%")
G("812", "ISR", "business_rnd_share", 89, "%", 2022, "Business enterprises carried out 89% of Israel’s R&D in 2022")
G("812", "DEU", "rnd_intensity", 3.13, "%", 2022, "Germany spent 3.13%, France 2.22% and the UK 2.78%", "hard")
G("812", "FRA", "rnd_intensity", 2.22, "%", 2022, "Germany spent 3.13%, France 2.22% and the UK 2.78%", "hard")
G("812", "GBR", "rnd_intensity", 2.78, "%", 2022, "Germany spent 3.13%, France 2.22% and the UK 2.78%", "hard")
G("812", "CAN", "rnd_intensity", 1.70, "%", 2022, "Canada, at 1.70%, lagged well behind the OECD average", "hard")
I("812", "ISR", 1983, "'Itonut (1983) Ltd.' company name in the copyright line")

# ------------------------------------------------------------------ 813 (no date; explicit years)
G("813", "CAN", "global_ai_index_rank", 9, "rank", 2024, "Canada has fallen to ninth place in Tortoise Media’s 2024 Global AI Index")
G("813", "CAN", "global_ai_index_rank", 5, "rank", 2023, "down from fifth in the 2023 edition")
G("813", "SGP", "global_ai_index_rank", 3, "rank", 2024, "Singapore placed third")
G("813", "CAN", "ai_research_pillar_rank", 4, "rank", 2024, "The index gave Canada its best marks for research, where it ranked fourth")
G("813", "CAN", "ai_infrastructure_pillar_rank", 23, "rank", 2024, "its weakest for infrastructure, where it placed 23rd")
G("813", "CAN", "private_ai_investment", 2.1, "USD", 2023, "Canadian AI companies raised US$2.1bn in private investment in 2023", scale=B)
G("813", "GBR", "private_ai_investment", 3.78, "USD", 2023, "the UK drew US$3.78bn", scale=B)
G("813", "ISR", "private_ai_investment", 1.5, "USD", 2023, "Israel US$1.5bn", scale=B)
G("813", "CAN", "rnd_intensity", 1.7, "%", 2022, "In 2022 Canada spent 1.7% of GDP on R&D")
G("813", "ISR", "rnd_intensity", 6, "%", 2022, "roughly 6% in Israel")
G("813", "KOR", "rnd_intensity", 5.2, "%", 2022, "5.2% in South Korea")
I("813", "CAN", 2.4e9, "Budget 2024 earmarks $2.4bn for AI compute (commitment, CAD)")
I("813", "CAN", 1000, "Toronto (city) home to more than 1,000 AI companies")
I("813", "CAN", 32, "model name 'Aya Expanse 32B' (model version)")
I("813", "CAN", 32e9, "model name 'Aya Expanse 32B' read as 32 billion")

# ------------------------------------------------------------------ 814 (no full date: "June 18" only; whole page)
G("814", "KOR", "digital_competitiveness_rank", 6, "rank", 2024, "South Korea ranked sixth among 67 economies in the IMD World Digital Competitiveness Ranking 2024", yok=[2023])
G("814", "SGP", "digital_competitiveness_rank", 1, "rank", 2024, "Singapore climbed to first place from third")
G("814", "SGP", "digital_competitiveness_rank", 3, "rank", 2023, "Singapore climbed to first place from third", "hard")
G("814", "CHE", "digital_competitiveness_rank", 2, "rank", 2024, "Switzerland and Denmark came second and third")
G("814", "DNK", "digital_competitiveness_rank", 3, "rank", 2024, "Switzerland and Denmark came second and third")
G("814", "USA", "digital_competitiveness_rank", 4, "rank", 2024, "The United States, which topped the list a year earlier, slipped to fourth")
G("814", "USA", "digital_competitiveness_rank", 1, "rank", 2023, "The United States, which topped the list a year earlier", "hard")
G("814", "KOR", "digital_knowledge_rank", 11, "rank", 2024, "Korea placed 11th in knowledge")
G("814", "KOR", "digital_technology_rank", 15, "rank", 2024, "15th in technology")
G("814", "KOR", "digital_future_readiness_rank", 2, "rank", 2024, "second in future readiness")
G("814", "JPN", "digital_competitiveness_rank", 31, "rank", 2024, "Japan, by contrast, came in 31st place")
G("814", "KOR", "rnd_intensity", 4.9, "%", 2022, "Total R&D spending reached 4.9 percent of GDP in 2022")
G("814", "KOR", "rnd_intensity_rank", 2, "rank", 2022, "the second-highest ratio in the world after Israel")
I("814", "KOR", 3, "government aims to enter the top three by 2027 (target)")
I("814", "KOR", 67, "67 economies ranked")
I("814", "ISR", 1, "'after Israel' (implied first place in R&D ratio)")
