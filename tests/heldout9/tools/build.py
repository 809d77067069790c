#!/usr/bin/env python3
"""Build gold.jsonl and gold.ignore.jsonl for the heldout9 set.

The annotations are kept here as data. Output format mirrors
/work/shared/gold/corpus-gold.jsonl (article, country, metric, keywords, value,
unit, year, year_ok, quote, tier[, value_ok]) and corpus-gold.ignore.jsonl
(article, country, value, note). value_ok is written only when non-empty, last,
as in the shared gold.

Year convention: `year` is the year stated for the figure in its own sentence
(explicit, or a relative/month/quarter phrase resolved against the page date,
or carried by the sentence/list/table header that governs it). When the
sentence gives no year, `year` is null and the year a careful reader infers from
the rest of the page goes in `year_ok`. On undated pages relative phrases
("last year") give null.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# metric id -> keywords (any sensible metric name for the figure contains one of them)
KW = {
    "unemployment_rate": ["unemployment", "jobless"],
    "unemployment_rate_change": ["unemployment", "jobless"],
    "unemployment_rate_rank": ["unemployment", "jobless"],
    "youth_unemployment_rate": ["youth", "young", "under_25"],
    "unemployed_persons": ["unemploy", "jobless"],
    "gdp_growth": ["gdp", "growth"],
    "gdp_growth_qoq": ["gdp", "growth"],
    "gdp_growth_annualized": ["gdp", "growth"],
    "gdp_growth_rank": ["gdp", "growth"],
    "inflation_monthly": ["inflation", "cpi", "price"],
    "inflation_annual": ["inflation", "cpi", "price"],
    "policy_rate": ["rate", "policy", "selic", "benchmark"],
    "policy_rate_change": ["rate", "policy", "cut"],
    "real_interest_rate": ["real", "rate"],
    "remittance_inflows": ["remittance"],
    "remittance_inflows_change": ["remittance"],
    "remittance_inflows_rank": ["remittance"],
    "remittances_share_gdp": ["remittance"],
    "remittances_share_gdp_rank": ["remittance"],
    "solar_capacity_additions": ["solar", "pv", "photovoltaic"],
    "solar_capacity_additions_change": ["solar", "pv", "photovoltaic"],
    "solar_capacity_additions_rank": ["solar", "pv", "photovoltaic"],
    "solar_capacity_cumulative": ["solar", "pv", "photovoltaic"],
    "renewable_electricity_share": ["renewable"],
    "co2_emissions": ["emission", "co2"],
    "co2_emissions_change": ["emission", "co2"],
    "co2_emissions_per_capita": ["emission", "co2"],
    "co2_emissions_rank": ["emission", "co2", "emitter"],
    "ghg_emissions": ["emission", "greenhouse", "ghg"],
    "ghg_emissions_change": ["emission", "greenhouse", "ghg"],
    "wheat_production": ["wheat"],
    "wheat_production_change": ["wheat"],
    "wheat_exports": ["wheat"],
    "wheat_exports_rank": ["wheat", "export"],
    "fdi_inflows": ["fdi", "investment"],
    "fdi_inflows_change": ["fdi", "investment"],
    "fdi_inflows_rank": ["fdi", "investment"],
    "fdi_outflows": ["fdi", "investment", "outflow", "outward"],
    "fdi_outflows_rank": ["fdi", "investment", "outflow", "outward"],
    "greenfield_projects": ["greenfield"],
    "greenfield_projects_rank": ["greenfield"],
    "births": ["birth"],
    "births_change": ["birth"],
    "deaths": ["death"],
    "birth_rate": ["birth"],
    "fertility_rate": ["fertility"],
    "natural_population_change": ["population", "natural"],
    "population": ["population"],
    "population_change": ["population"],
    "population_rank": ["population", "populous"],
    "fertility_policy_spending": ["spend", "budget", "child", "fertility", "birth"],
    "mobile_download_speed": ["mobile", "speed", "download"],
    "mobile_download_speed_rank": ["mobile", "speed", "download"],
    "fixed_broadband_speed": ["fixed", "broadband", "speed"],
    "fixed_broadband_speed_rank": ["fixed", "broadband", "speed"],
    "internet_penetration": ["internet", "penetration", "online"],
    "minimum_wage_hourly": ["wage"],
    "minimum_wage_hourly_change": ["wage"],
    "minimum_wage_monthly": ["wage"],
    "minimum_wage_monthly_change": ["wage"],
    "minimum_wage_monthly_rank": ["wage"],
    "minimum_wage_annual": ["wage"],
    "youth_minimum_wage_hourly": ["wage"],
    "youth_minimum_wage_hourly_change": ["wage"],
    "minimum_wage_beneficiaries": ["wage", "worker", "benefit"],
    "crude_steel_production": ["steel"],
    "crude_steel_production_change": ["steel"],
    "crude_steel_production_rank": ["steel"],
    "steel_exports": ["steel", "export"],
    "steel_exports_change": ["steel", "export"],
}

GOLD = []
IGNORE = []


def g(article, country, metric, value, unit, year, year_ok, quote, tier="core", value_ok=None):
    if metric not in KW:
        raise KeyError(f"unknown metric {metric}")
    GOLD.append({
        "article": article, "country": country, "metric": metric, "keywords": KW[metric],
        "value": value, "unit": unit, "year": year, "year_ok": list(year_ok), "quote": quote,
        "tier": tier, "value_ok": list(value_ok or []),
    })


def ig(article, country, value, note):
    IGNORE.append({"article": article, "country": country, "value": value, "note": note})


# ---------------------------------------------------------------- 913 (date 2024-10-01)
A = "913_continentalledger-euro-area-unemployment.md"
ROW_ES = "| Spain | 11.5% | 12.2% | 26.5% |"
ROW_IT = "| Italy | 6.2% | 7.3% | 21.0% |"
ROW_FR = "| France | 7.5% | 7.3% | 18.6% |"
ROW_DE = "| Germany | 3.5% | 3.1% | 6.6% |"
ROW_NL = "| Netherlands | 3.7% | 3.6% | 8.7% |"
g(A, "ESP", "unemployment_rate", 11.5, "%", 2024, [], ROW_ES)
g(A, "ESP", "unemployment_rate", 12.2, "%", 2023, [], ROW_ES)
g(A, "ESP", "youth_unemployment_rate", 26.5, "%", 2024, [], ROW_ES)
g(A, "ESP", "unemployment_rate_rank", 1, "rank", None, [2024], "Spain still has the highest rate in the currency bloc at 11.5%", "hard")
g(A, "GRC", "unemployment_rate", 9.5, "%", None, [2024], "followed by Greece (9.5%) and Finland (8.5%)")
g(A, "FIN", "unemployment_rate", 8.5, "%", None, [2024], "followed by Greece (9.5%) and Finland (8.5%)")
g(A, "ESP", "unemployed_persons", 2.6e6, "count", None, [2024], "About 2.6 million Spaniards were looking for work.", value_ok=[2.6])
g(A, "ITA", "unemployment_rate", 6.2, "%", 2024, [], ROW_IT)
g(A, "ITA", "unemployment_rate", 7.3, "%", 2023, [], "the 7.3% recorded in August 2023")
g(A, "ITA", "youth_unemployment_rate", 21.0, "%", 2024, [], ROW_IT)
g(A, "ITA", "unemployment_rate_change", -1.1, "pp", None, [2024], "Its rate dropped to 6.2%, 1.1 percentage points below the 7.3% recorded in August 2023.", value_ok=[1.1])
g(A, "FRA", "unemployment_rate", 7.5, "%", 2024, [], ROW_FR)
g(A, "FRA", "unemployment_rate", 7.4, "%", 2024, [], "the rate edged up to 7.5% from 7.4% in July")
g(A, "FRA", "unemployment_rate", 7.3, "%", 2023, [], ROW_FR)
g(A, "FRA", "youth_unemployment_rate", 18.6, "%", 2024, [], ROW_FR)
g(A, "CZE", "unemployment_rate", 2.6, "%", None, [2024], "Czechia (2.6%) and Poland (2.9%) had the lowest rates in the EU")
g(A, "POL", "unemployment_rate", 2.9, "%", None, [2024], "Czechia (2.6%) and Poland (2.9%) had the lowest rates in the EU")
g(A, "MLT", "unemployment_rate", 3.1, "%", None, [2024], "Malta, at 3.1%, and Germany, at 3.5%")
g(A, "DEU", "unemployment_rate", 3.5, "%", 2024, [], ROW_DE)
g(A, "DEU", "unemployment_rate", 3.1, "%", 2023, [], ROW_DE)
g(A, "DEU", "youth_unemployment_rate", 6.6, "%", 2024, [], ROW_DE)
g(A, "DEU", "unemployed_persons", 2.8e6, "count", None, [2024], "the country's own Federal Employment Agency counts more than 2.8 million people as jobless", value_ok=[2.8])
g(A, "SWE", "youth_unemployment_rate", 24.4, "%", None, [2024], "the rate for Swedish youth was 24.4%")
g(A, "NLD", "unemployment_rate", 3.7, "%", 2024, [], ROW_NL)
g(A, "NLD", "unemployment_rate", 3.6, "%", 2023, [], ROW_NL)
g(A, "NLD", "youth_unemployment_rate", 8.7, "%", 2024, [], ROW_NL)
ig(A, "ESP", 11.6, "Commission forecast for this year")
ig(A, "ESP", 20, "'among the 20 euro countries' (caption; group size)")
ig(A, "ITA", 62.3, "Read-more headline (employment rate), page furniture")
ig(A, "GRC", 3, "Read-more headline '3 stories'")
ig(A, "GRC", 2, "implied rank after 'followed by'")
ig(A, "FIN", 3, "implied rank after 'followed by'")
# 6.4/6.0/13.3m/10.9m/14.3% are euro-area/EU aggregates: in neither file

# ---------------------------------------------------------------- 914 (dateline Aug. 16, 2024)
A = "914_asiamarketswire-asia-q2-gdp.txt"
Q1 = "Vietnam's economy expanded 6.93% in the April-June quarter from a year earlier, the fastest pace among the region's major economies, followed by the Philippines (6.3%), with Malaysia third at 5.9%"
g(A, "VNM", "gdp_growth", 6.93, "%", 2024, [], Q1)
g(A, "VNM", "gdp_growth_rank", 1, "rank", 2024, [], Q1, "hard")
g(A, "PHL", "gdp_growth", 6.3, "%", 2024, [], Q1)
g(A, "MYS", "gdp_growth", 5.9, "%", 2024, [], Q1)
g(A, "MYS", "gdp_growth_rank", 3, "rank", 2024, [], "with Malaysia third at 5.9%")
g(A, "PHL", "gdp_growth", 5.8, "%", 2024, [], "The Philippine figure was up from 5.8% in the first quarter")
g(A, "CHN", "gdp_growth", 4.7, "%", 2024, [], "grew 4.7%, slowing from 5.3% in the first quarter")
g(A, "CHN", "gdp_growth", 5.3, "%", 2024, [], "grew 4.7%, slowing from 5.3% in the first quarter")
g(A, "CHN", "gdp_growth_qoq", 0.7, "%", None, [2024], "On a quarterly basis the country's output rose just 0.7%")
g(A, "JPN", "gdp_growth_annualized", 3.1, "%", 2024, [], "Real gross domestic product expanded at an annualised 3.1% in the second quarter")
g(A, "JPN", "gdp_growth_qoq", 0.8, "%", 2024, [], "or 0.8% on the quarter")
g(A, "JPN", "gdp_growth_annualized", -2.3, "%", 2024, [], "after a contraction of 2.3% in January-March", value_ok=[2.3])
g(A, "KOR", "gdp_growth_qoq", -0.2, "%", None, [2024], "Its economy shrank 0.2% from the previous quarter", value_ok=[0.2])
g(A, "KOR", "gdp_growth", 2.3, "%", None, [2024], "output was still 2.3% higher than a year earlier")
g(A, "IDN", "gdp_growth", 5.05, "%", None, [2024], "Indonesia and Thailand grew 5.05% and 2.3%, respectively")
g(A, "THA", "gdp_growth", 2.3, "%", None, [2024], "Indonesia and Thailand grew 5.05% and 2.3%, respectively")
g(A, "SGP", "gdp_growth", 2.9, "%", 2024, [], "Singapore's trade-reliant economy expanded 2.9%, up from 2.7% in the first three months of the year")
g(A, "SGP", "gdp_growth", 2.7, "%", 2024, [], "up from 2.7% in the first three months of the year")
g(A, "TWN", "gdp_growth", 5.06, "%", 2024, [], "Taiwan's export machine grew 5.06%, its fastest pace in three years")
ig(A, "CHN", 5.1, "economists' expectation for the quarter (forecast)")
ig(A, "CHN", 5, "full-year growth forecast / Beijing's target")
ig(A, "CHN", 1, "'the region's largest economy' (regional size rank, no figure)")
ig(A, "PHL", 2, "implied rank after 'followed by'")
ig(A, "IND", 7, "expected growth (forecast)")
ig(A, "SGP", 2, "related headline: 2024 growth forecast 2%-3%")
ig(A, "SGP", 3, "related headline: 2024 growth forecast 2%-3%")
ig(A, "KOR", 2022, "year as value ('since late 2022')")
ig(A, "TWN", 3, "'fastest pace in three years'")
ig(A, "CHN", 7, "related headline '7 charts'")

# ---------------------------------------------------------------- 915 (URL date 2024-06-12, no date in text)
A = "915_andesandplata-latam-inflation-rates.md"
g(A, "ARG", "inflation_monthly", 4.2, "%", 2024, [], "Argentina's monthly inflation slowed to 4.2% in May")
g(A, "ARG", "inflation_monthly", 8.8, "%", 2024, [], "less than half April's 8.8%")
g(A, "ARG", "inflation_annual", 276.4, "%", None, [2024], "The annual rate, still by far the highest in the region, eased to 276.4% from 289.4%.")
g(A, "ARG", "inflation_annual", 289.4, "%", None, [2024], "The annual rate, still by far the highest in the region, eased to 276.4% from 289.4%.")
g(A, "ARG", "policy_rate", 40, "%", 2024, [], "most recently to 40% in mid-May")
g(A, "ARG", "policy_rate", 133, "%", 2023, [], "from 133% last December", "hard")
g(A, "BRA", "inflation_annual", 3.93, "%", 2024, [], "consumer prices rose 3.93% in the 12 months to May, up from 3.69% in April")
g(A, "BRA", "inflation_annual", 3.69, "%", 2024, [], "up from 3.69% in April")
g(A, "BRA", "inflation_monthly", 0.46, "%", None, [2024], "Monthly IPCA inflation was 0.46%.")
g(A, "BRA", "policy_rate_change", -25, "bp", 2024, [], "slowed its easing cycle in May with a 25 basis-point cut", value_ok=[25, -0.25, 0.25])
g(A, "BRA", "policy_rate", 10.5, "%", 2024, [], "taking the Selic to 10.50%")
g(A, "BRA", "real_interest_rate", 6.5, "%", None, [2024], "In real terms that still leaves the country with a rate of about 6.5%")
g(A, "MEX", "inflation_annual", 4.69, "%", None, [2024], "Mexican inflation quickened for a third straight month, to 4.69%")
g(A, "MEX", "policy_rate", 11.0, "%", None, [2024], "Banxico has held its benchmark at 11.00%")
g(A, "MEX", "policy_rate_change", -25, "bp", 2024, [], "since a quarter-point cut in March", "hard", value_ok=[-0.25, 0.25, 25])
g(A, "CHL", "inflation_annual", 4.1, "%", None, [2024], "Chile's annual inflation rate stood at 4.1%.")
g(A, "CHL", "policy_rate_change", -50, "bp", 2024, [], "Its central bank cut its rate by 50 basis points to 6% in May", value_ok=[50, -0.5, 0.5])
g(A, "CHL", "policy_rate", 6, "%", 2024, [], "Its central bank cut its rate by 50 basis points to 6% in May")
g(A, "COL", "inflation_annual", 7.16, "%", None, [2024], "Consumer prices there rose 7.16% from a year earlier")
g(A, "COL", "policy_rate", 11.75, "%", 2024, [], "BanRep's benchmark stands at 11.75% after a half-point reduction on April 30")
g(A, "COL", "policy_rate_change", -50, "bp", 2024, [], "after a half-point reduction on April 30", "hard", value_ok=[-0.5, 0.5, 50])
ig(A, "ARG", 2022, "year as value ('lowest reading since January 2022')")
ig(A, "ARG", 1, "'by far the highest in the region' (regional superlative) / most-read list position")
ig(A, "ARG", 5, "'cut ... five times this year' (count of decisions)")
ig(A, "ARG", 4, "private forecasters: monthly inflation near 4% (forecast)")
ig(A, "ARG", 12, "most-read headline '12 charts'")
ig(A, "BRA", 3.9, "Focus poll year-end inflation (forecast)")
ig(A, "MEX", 3, "inflation target 3% / 'third straight month' / most-read list position")
ig(A, "MEX", 2, "date 'June 2 election'")
ig(A, "MEX", 7, "most-read headline '7 things'")
ig(A, "COL", 3, "inflation target 3%")
ig(A, "COL", 30, "date 'April 30'")
ig(A, "COL", 28, "date 'June 28'")
ig(A, "PER", 5.75, "most-read headline (Peru rate cut), page furniture")
ig(A, "PER", 2, "most-read list position 2")

# ---------------------------------------------------------------- 916 (no date anywhere)
A = "916_remittancereview-remittances-india-mexico.txt"
g(A, "IND", "remittance_inflows", 120e9, "USD", 2023, [], "India received a record $120 billion in remittances in 2023", value_ok=[120])
g(A, "IND", "remittance_inflows_rank", 1, "rank", 2023, [], "keeping its place as the world's top recipient by a wide margin", "hard")
g(A, "MEX", "remittance_inflows", 66e9, "USD", None, [2023], "Mexico, in second place, drew $66 billion", value_ok=[66])
g(A, "MEX", "remittance_inflows_rank", 2, "rank", None, [2023], "Mexico, in second place, drew $66 billion")
g(A, "CHN", "remittance_inflows", 50e9, "USD", None, [2023], "followed by China ($50 billion), the Philippines ($39 billion) and Pakistan ($27 billion)", value_ok=[50])
g(A, "PHL", "remittance_inflows", 39e9, "USD", None, [2023], "followed by China ($50 billion), the Philippines ($39 billion) and Pakistan ($27 billion)", value_ok=[39])
g(A, "PAK", "remittance_inflows", 27e9, "USD", None, [2023], "followed by China ($50 billion), the Philippines ($39 billion) and Pakistan ($27 billion)", value_ok=[27])
g(A, "IND", "remittance_inflows_change", 7.5, "%", None, [2023], "The Indian total was up 7.5% from $111 billion in 2022.")
g(A, "IND", "remittance_inflows", 111e9, "USD", 2022, [], "The Indian total was up 7.5% from $111 billion in 2022.", value_ok=[111])
g(A, "MEX", "remittance_inflows_change", 8, "%", None, [2023], "Mexico's receipts, almost all of them from the United States, rose nearly 8%")
g(A, "PHL", "remittances_share_gdp", 8.9, "%", None, [2023], "Remittances were equivalent to 8.9% and 7.9% of GDP in the Philippines and Pakistan, respectively")
g(A, "PAK", "remittances_share_gdp", 7.9, "%", None, [2023], "Remittances were equivalent to 8.9% and 7.9% of GDP in the Philippines and Pakistan, respectively")
g(A, "IND", "remittances_share_gdp", 3.4, "%", None, [2023], "compared with 3.4% for India and 3.7% for Mexico")
g(A, "MEX", "remittances_share_gdp", 3.7, "%", None, [2023], "compared with 3.4% for India and 3.7% for Mexico")
g(A, "TJK", "remittances_share_gdp", 48, "%", None, [2023], "48% of GDP")
g(A, "TJK", "remittances_share_gdp_rank", 1, "rank", None, [2023], "tops that measure", "hard")
g(A, "TON", "remittances_share_gdp", 41, "%", None, [2023], "followed by Tonga (41%) and Samoa (32%)")
g(A, "WSM", "remittances_share_gdp", 32, "%", None, [2023], "followed by Tonga (41%) and Samoa (32%)")
g(A, "PAK", "remittance_inflows_change", -12, "%", None, [2023], "Pakistan's inflows fell 12% last year", value_ok=[12])
g(A, "EGY", "remittance_inflows_rank", 5, "rank", None, [2022], "which was the fifth-largest recipient two years ago")
g(A, "EGY", "remittance_inflows_change", -30, "%", None, [2023], "saw inflows slump by nearly 30% to $19.5 billion", value_ok=[30])
g(A, "EGY", "remittance_inflows", 19.5e9, "USD", None, [2023], "saw inflows slump by nearly 30% to $19.5 billion", value_ok=[19.5])
ig(A, "IND", 124e9, "World Bank forecast for this year")
ig(A, "IND", 129e9, "World Bank forecast for 2025")
ig(A, "IND", 2025, "year as value (forecast year)")
ig(A, "CHN", 3, "implied rank after 'followed by'")
ig(A, "PHL", 4, "implied rank after 'followed by'")
ig(A, "PAK", 5, "implied rank after 'followed by'")
ig(A, "TJK", 50, "'nearly half of output' (fraction in words; 48% is gold)")
ig(A, "TON", 2, "implied rank after 'followed by'")
ig(A, "WSM", 3, "implied rank after 'followed by'")
ig(A, "BGD", 2.5e9, "read-next headline (monthly remittances), page furniture")
# $656bn, 0.7%, 6.4% cost, 3% SDG goal: aggregates, in neither file

# ---------------------------------------------------------------- 917 (date 2024-03-14)
A = "917_greengridjournal-solar-additions-2023.md"
R_CN = "| China | 217 | 609 | 31% |"
R_US = "| United States | 40 | 177 | 22% |"
R_DE = "| Germany | 14.3 | 82 | 52% |"
R_IN = "| India | 12.5 | 73 | 20% |"
R_ES = "| Spain | 7.2 | 32 | 50.3% |"
g(A, "CHN", "solar_capacity_additions", 2e11, "W", 2023, [], "China alone added more than 200 GW in 2023", value_ok=[200])
g(A, "CHN", "solar_capacity_additions", 2.17e11, "W", 2023, [], "China connected 217 GW of new photovoltaic capacity in 2023", value_ok=[217])
g(A, "CHN", "solar_capacity_additions_change", 148, "%", 2023, [], "an increase of about 148% on the 87 GW it added a year earlier")
g(A, "CHN", "solar_capacity_additions", 8.7e10, "W", 2022, [], "the 87 GW it added a year earlier", value_ok=[87])
g(A, "USA", "solar_capacity_additions", 4e10, "W", 2023, [], R_US, value_ok=[40])
g(A, "USA", "solar_capacity_additions_rank", 2, "rank", None, [2023], "The U.S. was a distant second with roughly 40 GW")
g(A, "DEU", "solar_capacity_additions_rank", 3, "rank", None, [2023], "Germany, in third place, added 14.3 GW")
g(A, "DEU", "solar_capacity_additions", 1.43e10, "W", 2023, [], R_DE, value_ok=[14.3])
g(A, "DEU", "solar_capacity_additions", 7.4e9, "W", 2022, [], "nearly double its 7.4 GW of 2022", value_ok=[7.4])
g(A, "IND", "solar_capacity_additions", 1.25e10, "W", 2023, [], R_IN, value_ok=[12.5])
g(A, "BRA", "solar_capacity_additions", 1.19e10, "W", None, [2023], "followed by India (12.5 GW) and Brazil (11.9 GW)", value_ok=[11.9])
g(A, "ESP", "solar_capacity_additions", 7.2e9, "W", 2023, [], R_ES, value_ok=[7.2])
g(A, "CHN", "solar_capacity_cumulative", 6.09e11, "W", 2023, [], R_CN, value_ok=[609])
g(A, "USA", "solar_capacity_cumulative", 1.77e11, "W", 2023, [], R_US, value_ok=[177])
g(A, "DEU", "solar_capacity_cumulative", 8.2e10, "W", 2023, [], R_DE, value_ok=[82])
g(A, "IND", "solar_capacity_cumulative", 7.3e10, "W", 2023, [], R_IN, value_ok=[73])
g(A, "ESP", "solar_capacity_cumulative", 3.2e10, "W", 2023, [], R_ES, value_ok=[32])
g(A, "CHN", "renewable_electricity_share", 31, "%", 2023, [], R_CN)
g(A, "USA", "renewable_electricity_share", 22, "%", 2023, [], R_US)
g(A, "DEU", "renewable_electricity_share", 52, "%", 2023, [], "German renewables met 52% of electricity demand last year, up from 46% in 2022")
g(A, "DEU", "renewable_electricity_share", 46, "%", 2022, [], "up from 46% in 2022")
g(A, "IND", "renewable_electricity_share", 20, "%", 2023, [], R_IN)
g(A, "ESP", "renewable_electricity_share", 50.3, "%", 2023, [], R_ES)
g(A, "GBR", "renewable_electricity_share", 47.3, "%", None, [2023], "in Britain renewables generated 47.3% of electricity, also a record")
g(A, "NOR", "renewable_electricity_share", 98, "%", None, [2023], "Norway, as ever, got about 98% of its power from renewable sources")
ig(A, "CHN", 1, "implied first place ('one country did most of the work')")
ig(A, "IND", 4, "implied rank after 'followed by'")
ig(A, "BRA", 5, "implied rank after 'followed by'")
ig(A, "CHN", 2e10, "sub-national: Qinghai province hosts more than 20 GW (caption)")
ig(A, "CHN", 0.11, "price: Chinese modules about EUR 0.11 per watt")
ig(A, "DEU", 80, "target: 80% renewable power by 2030")
ig(A, "DEU", 2, "'nearly double' (ratio)")
ig(A, "IND", 5e11, "target: 500 GW of non-fossil capacity by 2030")
ig(A, "ITA", 3e10, "related headline 'Italy passes 30 GW of installed solar', page furniture")
ig(A, "GBR", 11873402, "company registration number in footer")

# ---------------------------------------------------------------- 918 (posted 2024-03-01)
A = "918_climatedeskdaily-co2-emissions-2023.txt"
g(A, "CHN", "co2_emissions_change", 5.65e8, "t", None, [2023], "China's emissions grew by about 565 million tonnes (Mt), or 4.7%", value_ok=[565])
g(A, "CHN", "co2_emissions_change", 4.7, "%", None, [2023], "China and India rose 4.7% and 6.1%, respectively")
g(A, "CHN", "co2_emissions", 1.26e10, "t", None, [2023, 2024], "The country now emits roughly 12.6 Gt a year.", value_ok=[12.6])
g(A, "CHN", "co2_emissions_per_capita", 8.9, "t_per_capita", None, [2023, 2024], "Its per capita emissions, about 8.9 tonnes")
g(A, "IND", "co2_emissions_rank", 3, "rank", None, [2023, 2024], "India, the world's third-largest emitter")
g(A, "IND", "co2_emissions_change", 1.9e8, "t", None, [2023], "saw emissions climb 190 Mt, or 6.1%, to about 2.8 Gt", value_ok=[190])
g(A, "IND", "co2_emissions_change", 6.1, "%", None, [2023], "saw emissions climb 190 Mt, or 6.1%, to about 2.8 Gt")
g(A, "IND", "co2_emissions", 2.8e9, "t", None, [2023], "saw emissions climb 190 Mt, or 6.1%, to about 2.8 Gt", value_ok=[2.8])
g(A, "IND", "co2_emissions_per_capita", 2, "t_per_capita", None, [2023, 2024], "the average Indian is responsible for only around 2 tonnes a year")
g(A, "USA", "co2_emissions_change", -4.1, "%", None, [2023], "In the U.S., emissions fell 4.1%, or 190 Mt, to roughly 4.5 Gt", value_ok=[4.1])
g(A, "USA", "co2_emissions_change", -1.9e8, "t", None, [2023], "In the U.S., emissions fell 4.1%, or 190 Mt, to roughly 4.5 Gt", value_ok=[190, -190, 1.9e8])
g(A, "USA", "co2_emissions", 4.5e9, "t", None, [2023], "In the U.S., emissions fell 4.1%, or 190 Mt, to roughly 4.5 Gt", value_ok=[4.5])
g(A, "USA", "co2_emissions_per_capita", 14, "t_per_capita", None, [2023, 2024], "Americans still emit about 14 tonnes of CO2 per person.")
g(A, "JPN", "co2_emissions_change", -4, "%", None, [2023], "Japan's emissions dropped 4% as more reactors restarted.", value_ok=[4])
g(A, "DEU", "ghg_emissions_change", -10, "%", None, [2023], "its total greenhouse gas output dropped by about 10% to 673 million tonnes of CO2-equivalent", value_ok=[10])
g(A, "DEU", "ghg_emissions", 6.73e8, "t", None, [2023], "its total greenhouse gas output dropped by about 10% to 673 million tonnes of CO2-equivalent", value_ok=[673])
g(A, "GBR", "ghg_emissions_change", -5.4, "%", None, [2023], "British emissions fell 5.4% to 384 Mt", value_ok=[5.4])
g(A, "GBR", "ghg_emissions", 3.84e8, "t", None, [2023], "British emissions fell 5.4% to 384 Mt", value_ok=[384])
ig(A, "CHN", 15, "ratio: per capita 15% above advanced economies")
ig(A, "CHN", 3, "'three years of Covid restrictions'")
ig(A, "CHN", 2024, "forecast: emissions could begin to fall as early as 2024")
ig(A, "CHN", 2030, "target: peak emissions before 2030")
ig(A, "DEU", 70, "'the lowest in 70 years'")
ig(A, "GBR", 0.5, "'less than half the CO2 it did a decade ago' (ratio)")
ig(A, "AUS", -0.4, "related headline (Australia emissions), page furniture")
ig(A, "AUS", 0.4, "related headline (Australia emissions), page furniture")
ig(A, "AUS", 12, "related headline '12 months to September'")
# 37.4 Gt, 1.1%, 4.6 t world average, advanced economies -4.5%, EU -9%: aggregates, in neither file

# ---------------------------------------------------------------- 919 (updated July 12, 2024)
A = "919_farmgatenews-wheat-exporters-2023-24.md"
g(A, "RUS", "wheat_exports", 5.5e7, "t", 2023, [2024], "Russia shipped a record 55 million tonnes of wheat in the 2023/24 marketing year", value_ok=[55])
g(A, "RUS", "wheat_exports_rank", 1, "rank", 2023, [2024], "cementing its place as the world's largest exporter", "hard")
g(A, "RUS", "wheat_production", 9.15e7, "t", 2023, [], "Russian farmers harvested 91.5 million tonnes last year", value_ok=[91.5])
g(A, "RUS", "wheat_production", 1.04e8, "t", 2022, [], "after 2022's 104 million tonnes", value_ok=[104])
g(A, "FRA", "wheat_production", 3.5e7, "t", 2023, [], "France, the bloc's biggest grower, brought in 35 million tonnes of soft wheat in 2023", value_ok=[35])
g(A, "DEU", "wheat_production", 2.15e7, "t", 2023, [], "while Germany produced 21.5 million", value_ok=[21.5])
g(A, "CAN", "wheat_exports_rank", 3, "rank", None, [2023, 2024], "Canada, ranked third among exporters behind Russia and the EU")
g(A, "CAN", "wheat_production", 3.2e7, "t", None, [2023, 2024], "produced about 32 million tonnes and shipped roughly 24 million", value_ok=[32])
g(A, "CAN", "wheat_exports", 2.4e7, "t", None, [2023, 2024], "produced about 32 million tonnes and shipped roughly 24 million", value_ok=[24])
g(A, "AUS", "wheat_production", 2.6e7, "t", 2023, [2024], "Australia's 2023/24 crop fell 36% to 26 million tonnes from a record 40.5 million tonnes a year earlier", value_ok=[26])
g(A, "AUS", "wheat_production_change", -36, "%", 2023, [2024], "Australia's 2023/24 crop fell 36% to 26 million tonnes", value_ok=[36])
g(A, "AUS", "wheat_production", 4.05e7, "t", 2022, [2023], "from a record 40.5 million tonnes a year earlier", value_ok=[40.5])
g(A, "AUS", "wheat_exports", 1.95e7, "t", None, [2023, 2024], "Exports shrank to about 19.5 million tonnes", value_ok=[19.5])
g(A, "AUS", "wheat_exports_rank", 4, "rank", None, [2023, 2024], "Australia slipped to fourth place among sellers")
g(A, "UKR", "wheat_production", 2.28e7, "t", 2023, [], "The country harvested 22.8 million tonnes in 2023", value_ok=[22.8])
g(A, "UKR", "wheat_exports", 1.8e7, "t", 2023, [2024], "still exported about 18 million tonnes", value_ok=[18])
g(A, "UKR", "wheat_exports", 1.68e7, "t", 2022, [2023], "That was up from about 16.8 million tonnes in 2022/23", value_ok=[16.8])
ig(A, "RUS", 25, "'about a quarter of global trade' (share in words)")
ig(A, "RUS", 0.25, "'about a quarter of global trade' (share in words)")
ig(A, "RUS", 2, "'second-biggest crop in the country's history' (historical rank, not a country ranking)")
ig(A, "RUS", 12.5, "wheat protein grade")
ig(A, "RUS", 225, "price per tonne")
ig(A, "RUS", 1.1e7, "sub-national: Rostov region (caption)")
ig(A, "RUS", 8.3e7, "USDA forecast 2024/25 crop")
ig(A, "RUS", 4.8e7, "USDA forecast 2024/25 exports")
ig(A, "FRA", 1, "'the bloc's biggest grower' (regional superlative)")
ig(A, "FRA", 4, "'smallest crop in four decades' (warning / forecast)")
ig(A, "EGY", 1, "'the largest importer' (no figure)")
ig(A, "EGY", 470000, "related headline (Egypt tender), page furniture")
ig(A, "USA", 3, "related headline '3 weather risks'")
# EU 134 Mt: aggregate, in neither file

# ---------------------------------------------------------------- 920 (no date anywhere)
A = "920_capitalcompass-fdi-top-destinations.md"
LIST = [
    ("USA", "1. United States — $311 billion", 311),
    ("CHN", "2. China — $163 billion", 163),
    ("SGP", "3. Singapore — $160 billion", 160),
    ("HKG", "4. Hong Kong — $113 billion", 113),
    ("BRA", "5. Brazil — $66 billion", 66),
    ("CAN", "6. Canada — $50 billion", 50),
    ("FRA", "7. France — $42 billion", 42),
    ("DEU", "8. Germany — $37 billion", 37),
    ("MEX", "9. Mexico — $36 billion", 36),
    ("ESP", "10. Spain — $36 billion", 36),
]
for i, (iso, line, bn) in enumerate(LIST, 1):
    g(A, iso, "fdi_inflows", bn * 1e9, "USD", 2023, [], line, value_ok=[bn])
    if iso == "USA":
        g(A, iso, "fdi_inflows_rank", 1, "rank", 2023, [], "The United States remained in first place by a wide margin")
    elif iso == "CHN":
        g(A, iso, "fdi_inflows_rank", 2, "rank", 2023, [], "China held on to second place despite a 14% fall in inflows")
    else:
        g(A, iso, "fdi_inflows_rank", i, "rank", 2023, [], line, "hard")
g(A, "CHN", "fdi_inflows_change", -14, "%", None, [2023], "China held on to second place despite a 14% fall in inflows", value_ok=[14])
g(A, "IND", "fdi_inflows_change", -43, "%", None, [2023], "Inflows to the country dropped 43% to $28 billion", value_ok=[43])
g(A, "IND", "fdi_inflows", 28e9, "USD", None, [2023], "Inflows to the country dropped 43% to $28 billion", value_ok=[28])
g(A, "IND", "fdi_inflows_rank", 15, "rank", None, [2023], "pushing it down to 15th place")
g(A, "ARE", "greenfield_projects", 1323, "count", None, [2023], "The United Arab Emirates was second only to the U.S. in the number of announced greenfield projects, with 1,323")
g(A, "ARE", "greenfield_projects_rank", 2, "rank", None, [2023], "The United Arab Emirates was second only to the U.S. in the number of announced greenfield projects")
g(A, "EGY", "fdi_inflows", 9.8e9, "USD", None, [2023], "Egypt was the largest recipient with $9.8 billion", value_ok=[9.8])
g(A, "USA", "fdi_outflows", 404e9, "USD", None, [2023], "the U.S. was again the largest source of outward investment at $404 billion", value_ok=[404])
g(A, "USA", "fdi_outflows_rank", 1, "rank", None, [2023], "the U.S. was again the largest source of outward investment", "hard")
g(A, "JPN", "fdi_outflows", 184e9, "USD", None, [2023], "followed by Japan ($184 billion) and China ($148 billion)", value_ok=[184])
g(A, "CHN", "fdi_outflows", 148e9, "USD", None, [2023], "followed by Japan ($184 billion) and China ($148 billion)", value_ok=[148])
ig(A, "IND", 40e9, "Capital Economics forecast (recovery to about $40 billion)")
ig(A, "EGY", 1, "'largest recipient' in Africa (regional superlative)")
ig(A, "JPN", 2, "implied outward-investment rank after 'followed by'")
ig(A, "CHN", 3, "implied outward-investment rank after 'followed by'")
ig(A, "SAU", 100e9, "related headline: Saudi $100bn investment target (target, furniture)")
# $1.33 trillion, -2%, ~10%: global aggregates, in neither file

# ---------------------------------------------------------------- 921 (TOKYO — Wednesday 5 June 2024)
A = "921_pacificherald-east-asia-births-decline.txt"
g(A, "JPN", "births", 727277, "count", 2023, [], "The number of babies born in Japan fell for an eighth consecutive year in 2023, to 727,277")
g(A, "JPN", "births_change", -5.6, "%", 2023, [], "a decline of 5.6% from a year earlier", value_ok=[5.6])
g(A, "JPN", "fertility_rate", 1.2, "per_woman", None, [2023], "dropped to a record low of 1.20 from 1.26")
g(A, "JPN", "fertility_rate", 1.26, "per_woman", None, [2022], "dropped to a record low of 1.20 from 1.26", "hard")
g(A, "JPN", "deaths", 1575936, "count", None, [2023], "Deaths rose to 1,575,936")
g(A, "JPN", "natural_population_change", -848659, "count", None, [2023], "the population shrank naturally by 848,659 people", value_ok=[848659])
g(A, "KOR", "fertility_rate", 0.72, "per_woman", 2023, [], "saw it fall to 0.72 last year from 0.78 in 2022")
g(A, "KOR", "fertility_rate", 0.78, "per_woman", 2022, [], "from 0.78 in 2022")
g(A, "KOR", "births", 230000, "count", 2023, [], "Only about 230,000 babies were born in the nation in 2023, down 7.7%")
g(A, "KOR", "births_change", -7.7, "%", 2023, [], "Only about 230,000 babies were born in the nation in 2023, down 7.7%", value_ok=[7.7])
g(A, "KOR", "deaths", 352700, "count", 2023, [], "while deaths numbered 352,700")
g(A, "KOR", "fertility_policy_spending", 3.8e14, "KRW", None, [], "Seoul says it has spent more than 380 trillion won since 2006", value_ok=[380])
g(A, "ITA", "births", 379000, "count", 2023, [], "Italy registered 379,000 births last year")
g(A, "ITA", "deaths", 661000, "count", 2023, [], "and 661,000 deaths")
g(A, "ITA", "fertility_rate", 1.2, "per_woman", None, [2023], "Italian women now have 1.20 children on average")
g(A, "ITA", "population_change", -7000, "count", 2023, [], "The resident population fell by about 7,000 in 2023", value_ok=[7000])
g(A, "ITA", "population", 5.899e7, "count", 2024, [], "stood at 58.99 million at the start of this year", value_ok=[58.99])
g(A, "CHN", "population_change", -2.08e6, "count", 2023, [], "China's population fell for a second straight year in 2023, by 2.08 million to 1.41 billion", value_ok=[2.08, 2.08e6])
g(A, "CHN", "population", 1.41e9, "count", 2023, [], "by 2.08 million to 1.41 billion", value_ok=[1.41])
g(A, "CHN", "births", 9.02e6, "count", 2023, [], "as births slid to 9.02 million", value_ok=[9.02])
g(A, "CHN", "deaths", 1.11e7, "count", 2023, [], "deaths rose to 11.1 million", value_ok=[11.1])
g(A, "CHN", "birth_rate", 6.39, "per_1k", None, [2023], "The birth rate, 6.39 per 1,000 people")
g(A, "IND", "population_rank", 1, "rank", 2023, [], "India overtook China as the world's most populous country last year", "hard")
ig(A, "JPN", 8, "'eighth consecutive year'")
ig(A, "JPN", 1899, "year as value (records began)")
ig(A, "JPN", 0.99, "sub-national: Tokyo fertility rate")
ig(A, "JPN", 3.6e12, "spending pledge (plan) / related headline")
ig(A, "KOR", 1, "'world's lowest fertility rate' (superlative; rank direction ambiguous)")
ig(A, "KOR", 0.65, "Statistics Korea projection for next year")
ig(A, "KOR", 2006, "year as value ('since 2006')")
ig(A, "CHN", 2, "'second straight year' / India overtook China (implied rank 2)")
ig(A, "CHN", 1949, "year as value")

# ---------------------------------------------------------------- 922 (date 2024-03-19)
A = "922_bytemeter-speedtest-global-index-feb.md"
M1 = "The United Arab Emirates again topped Ookla's Speedtest Global Index for mobile internet in February, with a median download speed of 398.51 Mbps, followed by Qatar (344.34 Mbps) and Kuwait (239.83 Mbps)."
g(A, "ARE", "mobile_download_speed", 398.51, "Mbps", 2024, [], M1)
g(A, "ARE", "mobile_download_speed_rank", 1, "rank", 2024, [], M1, "hard")
g(A, "QAT", "mobile_download_speed", 344.34, "Mbps", 2024, [], M1)
g(A, "KWT", "mobile_download_speed", 239.83, "Mbps", 2024, [], M1)
g(A, "DNK", "mobile_download_speed", 181.5, "Mbps", None, [2024], "Denmark, in fourth place, recorded 181.5 Mbps")
g(A, "DNK", "mobile_download_speed_rank", 4, "rank", None, [2024], "Denmark, in fourth place, recorded 181.5 Mbps")
g(A, "SGP", "fixed_broadband_speed", 276.2, "Mbps", None, [2024], "In fixed broadband, Singapore led again at 276.2 Mbps")
g(A, "SGP", "fixed_broadband_speed_rank", 1, "rank", None, [2024], "In fixed broadband, Singapore led again at 276.2 Mbps", "hard")
g(A, "CHL", "fixed_broadband_speed", 253.4, "Mbps", None, [2024], "with Chile second (253.4 Mbps)")
g(A, "CHL", "fixed_broadband_speed_rank", 2, "rank", None, [2024], "with Chile second (253.4 Mbps)")
g(A, "ARE", "fixed_broadband_speed", 250.9, "Mbps", None, [2024], "the UAE third (250.9 Mbps)")
g(A, "ARE", "fixed_broadband_speed_rank", 3, "rank", None, [2024], "the UAE third (250.9 Mbps)")
g(A, "USA", "fixed_broadband_speed", 242.4, "Mbps", None, [2024], "The U.S. climbed one place to sixth, at 242.4 Mbps")
g(A, "USA", "fixed_broadband_speed_rank", 6, "rank", None, [2024], "The U.S. climbed one place to sixth, at 242.4 Mbps")
g(A, "IND", "mobile_download_speed", 97.6, "Mbps", None, [2024], "ranked 15th on mobile with a median of 97.6 Mbps")
g(A, "IND", "mobile_download_speed_rank", 15, "rank", None, [2024], "ranked 15th on mobile with a median of 97.6 Mbps")
g(A, "PAK", "mobile_download_speed", 20.1, "Mbps", None, [2024], "Pakistan came 100th out of 111 countries on mobile, at 20.1 Mbps.")
g(A, "PAK", "mobile_download_speed_rank", 100, "rank", None, [2024], "Pakistan came 100th out of 111 countries on mobile, at 20.1 Mbps.")
PEN = "Internet penetration stood at about 97% in South Korea and 92% in the U.S., but only 46% in India and around 39% in Nigeria."
g(A, "KOR", "internet_penetration", 97, "%", None, [2023], PEN)
g(A, "USA", "internet_penetration", 92, "%", None, [2023], PEN)
g(A, "IND", "internet_penetration", 46, "%", None, [2023], PEN)
g(A, "NGA", "internet_penetration", 39, "%", None, [2023], PEN)
g(A, "ETH", "internet_penetration", 20, "%", None, [2023], "In Ethiopia, fewer than one in five people use the internet.", "hard", value_ok=[0.2])
ig(A, "QAT", 2, "implied rank after 'followed by'")
ig(A, "KWT", 3, "implied rank after 'followed by'")
ig(A, "DNK", 1, "'the fastest in Europe' (regional superlative)")
ig(A, "ARE", 2, "'more than doubled since early 2022' (ratio)")
ig(A, "ARE", 3.5, "spectrum band 3.5 GHz")
ig(A, "ARE", 5, "'5G'")
ig(A, "USA", 1, "'climbed one place' (rank change)")
ig(A, "PAK", 111, "'out of 111 countries' (group size)")
ig(A, "ETH", 5, "'one in five' (ratio words)")
ig(A, "BRA", 60, "related headline (Brazil mobile speed), page furniture")
# 67% of the world online: aggregate, in neither file

# ---------------------------------------------------------------- 923 (01.04.2025)
A = "923_labourlens-minimum-wage-rises-2025.md"
g(A, "GBR", "minimum_wage_hourly_change", 6.7, "%", 2025, [], "Britain's 6.7% rise tops this year's increases")
g(A, "GBR", "minimum_wage_hourly", 12.21, "GBP", 2025, [], "climbs 6.7% to £12.21 an hour, from £11.44")
g(A, "GBR", "minimum_wage_hourly", 11.44, "GBP", None, [2024], "climbs 6.7% to £12.21 an hour, from £11.44")
g(A, "GBR", "youth_minimum_wage_hourly_change", 16.3, "%", None, [2025], "The rate for 18- to 20-year-olds jumps 16.3% to £10.00.")
g(A, "GBR", "youth_minimum_wage_hourly", 10.0, "GBP", None, [2025], "The rate for 18- to 20-year-olds jumps 16.3% to £10.00.")
g(A, "GBR", "minimum_wage_beneficiaries", 3e6, "count", None, [2025], "The government says about three million workers will benefit.", value_ok=[3])
g(A, "DEU", "minimum_wage_hourly", 12.82, "EUR", 2025, [], "German workers have earned at least €12.82 an hour since January 1")
g(A, "DEU", "minimum_wage_hourly_change", 3.3, "%", 2025, [], "up 3.3% from €12.41 last year")
g(A, "DEU", "minimum_wage_hourly", 12.41, "EUR", 2024, [], "up 3.3% from €12.41 last year")
g(A, "ESP", "minimum_wage_monthly_change", 4.4, "%", 2025, [], "Spain's cabinet approved a 4.4% increase in the interprofessional minimum wage (SMI) in February")
g(A, "ESP", "minimum_wage_monthly", 1184, "EUR", 2025, [], "to €1,184 a month paid in 14 instalments")
g(A, "ESP", "minimum_wage_annual", 16576, "EUR", None, [2025], "That is equivalent to €16,576 a year")
g(A, "ESP", "minimum_wage_monthly", 1381, "EUR", None, [2025], "or €1,381 a month in the 12-payment terms Eurostat uses for comparison")
g(A, "FRA", "minimum_wage_hourly", 11.88, "EUR", 2024, [2025], "France's SMIC has stood at €11.88 gross per hour since November 1")
g(A, "FRA", "minimum_wage_hourly_change", 2, "%", 2024, [], "when it was raised 2% to compensate for inflation")
g(A, "POL", "minimum_wage_monthly_change", 8.5, "%", 2025, [], "the minimum monthly pay rose 8.5% in January to 4,666 zloty")
g(A, "POL", "minimum_wage_monthly", 4666, "PLN", 2025, [], "the minimum monthly pay rose 8.5% in January to 4,666 zloty")
g(A, "POL", "minimum_wage_monthly", 4300, "PLN", 2024, [], "up from 4,300 zloty set last July")
g(A, "POL", "minimum_wage_hourly", 30.5, "PLN", 2025, [], "the hourly minimum for contract workers to PLN 30.50")
g(A, "LUX", "minimum_wage_monthly", 2638, "EUR", 2025, [], "Luxembourg had the highest at €2,638")
g(A, "LUX", "minimum_wage_monthly_rank", 1, "rank", 2025, [], "Luxembourg had the highest at €2,638", "hard")
g(A, "DEU", "minimum_wage_monthly", 2161, "EUR", 2025, [], "Germany's €2,161 put it in fourth place")
g(A, "DEU", "minimum_wage_monthly_rank", 4, "rank", 2025, [], "Germany's €2,161 put it in fourth place")
g(A, "BGR", "minimum_wage_monthly", 551, "EUR", None, [2025], "Bulgaria's €551 was the lowest")
ig(A, "GBR", 12.71, "Low Pay Commission projection for next year")
ig(A, "GBR", 21, "age threshold 'aged 21 and over'")
ig(A, "GBR", 18, "age band '18- to 20-year-olds'")
ig(A, "GBR", 20, "age band '18- to 20-year-olds'")
ig(A, "GBR", 1, "'tops this year's increases' (superlative)")
ig(A, "GBR", 61, "read-more headline '61 UK companies'")
ig(A, "DEU", 15, "target: EUR 15 by 2026")
ig(A, "DEU", 2026, "year as value (target year)")
ig(A, "ESP", 14, "'14 instalments'")
ig(A, "ESP", 12, "'12-payment terms'")
ig(A, "POL", 1090, "currency conversion of the 4,666 zloty (about EUR 1,090)")
ig(A, "POL", 2, "'more than doubled in euro terms in a decade' (ratio)")
ig(A, "IRL", 2, "implied rank (behind Ireland and the Netherlands)")
ig(A, "NLD", 3, "implied rank (behind Ireland and the Netherlands)")
ig(A, "BGR", 22, "'of the 22 EU countries' (group size)")
ig(A, "IRL", 13.5, "read-more headline (Ireland minimum wage), page furniture")

# ---------------------------------------------------------------- 924 (no date anywhere)
A = "924_forgeandfoundry-steel-output-exports.md"
g(A, "CHN", "crude_steel_production", 1.019e9, "t", None, [2023, 2022], "China produced 1,019 million tonnes, unchanged from 2022", value_ok=[1019])
g(A, "CHN", "steel_exports", 9.03e7, "t", None, [2023], "Chinese mills exported 90.3 million tonnes of finished steel, up 36.2% on the year", value_ok=[90.3])
g(A, "CHN", "steel_exports_change", 36.2, "%", None, [2023], "Chinese mills exported 90.3 million tonnes of finished steel, up 36.2% on the year")
g(A, "CHN", "steel_exports", 5.34e7, "t", None, [2024], "Exports have kept climbing this year, reaching 53.4 million tonnes in the first five months.", value_ok=[53.4])
g(A, "IND", "crude_steel_production_rank", 2, "rank", None, [2023], "India, the second-largest producer")
g(A, "IND", "crude_steel_production_change", 11.8, "%", None, [2023], "lifted output 11.8% to 140.2 million tonnes")
g(A, "IND", "crude_steel_production", 1.402e8, "t", None, [2023], "lifted output 11.8% to 140.2 million tonnes", value_ok=[140.2])
g(A, "JPN", "crude_steel_production_rank", 3, "rank", None, [2023], "Japan, which came third with 87.0 million tonnes, down 2.5%")
g(A, "JPN", "crude_steel_production", 8.7e7, "t", None, [2023], "Japan, which came third with 87.0 million tonnes, down 2.5%", value_ok=[87.0])
g(A, "JPN", "crude_steel_production_change", -2.5, "%", None, [2023], "Japan, which came third with 87.0 million tonnes, down 2.5%", value_ok=[2.5])
g(A, "USA", "crude_steel_production_change", 0.2, "%", None, [2023], "The U.S. edged up 0.2% to 81.4 million tonnes")
g(A, "USA", "crude_steel_production", 8.14e7, "t", None, [2023], "The U.S. edged up 0.2% to 81.4 million tonnes", value_ok=[81.4])
g(A, "RUS", "crude_steel_production", 7.58e7, "t", None, [2023], "made an estimated 75.8 million tonnes, a rise of 5.6%", value_ok=[75.8])
g(A, "RUS", "crude_steel_production_change", 5.6, "%", None, [2023], "made an estimated 75.8 million tonnes, a rise of 5.6%")
g(A, "KOR", "crude_steel_production_change", 1.3, "%", None, [2023], "South Korean output rose 1.3% to 66.7 million tonnes.")
g(A, "KOR", "crude_steel_production", 6.67e7, "t", None, [2023], "South Korean output rose 1.3% to 66.7 million tonnes.", value_ok=[66.7])
RESP = "Germany and Türkiye, Europe's two biggest producers outside Russia, fell 3.9% and 4%, respectively, to 35.4 million and 33.7 million tonnes."
g(A, "DEU", "crude_steel_production_change", -3.9, "%", None, [2023], RESP, value_ok=[3.9])
g(A, "DEU", "crude_steel_production", 3.54e7, "t", None, [2023], RESP, value_ok=[35.4])
g(A, "TUR", "crude_steel_production_change", -4, "%", None, [2023], RESP, value_ok=[4])
g(A, "TUR", "crude_steel_production", 3.37e7, "t", None, [2023], RESP, value_ok=[33.7])
g(A, "BRA", "crude_steel_production_change", -6.5, "%", None, [2023], "Brazil's output contracted 6.5% to 31.9 million tonnes", value_ok=[6.5])
g(A, "BRA", "crude_steel_production", 3.19e7, "t", None, [2023], "Brazil's output contracted 6.5% to 31.9 million tonnes", value_ok=[31.9])
g(A, "JPN", "steel_exports", 3.2e7, "t", None, [2023, 2024], "Japanese exports, about 32 million tonnes", value_ok=[32])
ig(A, "CHN", 50, "'more than half of the world total' (share in words)")
ig(A, "CHN", 0, "'unchanged from 2022' (zero change in words)")
ig(A, "CHN", 2016, "year as value ('the most since 2016')")
ig(A, "CHN", 5, "'first five months'")
ig(A, "DEU", 1, "'Europe's two biggest producers' (regional rank)")
ig(A, "TUR", 2, "'Europe's two biggest producers' (regional rank)")
ig(A, "BRA", 25, "tariff rate (policy), not a statistic")
ig(A, "MEX", 80, "tariff rate (policy), not a statistic")
ig(A, "VNM", 40, "related headline (Vietnam steel imports), page furniture")
# Company figures (Baowu 130.8 Mt, ArcelorMittal 55.6 Mt / $68.3bn, Nippon Steel $14.9bn bid,
# POSCO 38.4 Mt, Tata Steel 20.6 Mt) are in NEITHER file: an extractor reporting them as
# country claims is wrong. World 1,888 Mt: aggregate, in neither file.


GOLD_FIELDS = ["article", "country", "metric", "keywords", "value", "unit", "year", "year_ok", "quote", "tier"]
IGNORE_FIELDS = ["article", "country", "value", "note"]


def num(v):
    # keep integers as ints, scaled values as floats (as the shared gold does)
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e6:
        return int(v)
    return v


def main():
    out_gold = ROOT / "gold.jsonl"
    out_ign = ROOT / "gold.ignore.jsonl"
    with out_gold.open("w", encoding="utf-8") as fh:
        for r in GOLD:
            rec = {k: r[k] for k in GOLD_FIELDS}
            rec["value"] = num(rec["value"])
            if r["value_ok"]:
                rec["value_ok"] = [num(v) for v in r["value_ok"]]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with out_ign.open("w", encoding="utf-8") as fh:
        for r in IGNORE:
            rec = {k: r[k] for k in IGNORE_FIELDS}
            rec["value"] = num(rec["value"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} gold records to {out_gold}")
    print(f"wrote {len(IGNORE)} ignore records to {out_ign}")


if __name__ == "__main__":
    main()
