# Gold and ignore records for heldout6, written by reading the article texts only.
import json, os, sys

sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

FILES = {a["fname"][:3]: a["fname"] for a in ARTICLES}

KW = {
    "rnd_expenditure": ["r&d", "research", "spending"],
    "rnd_expenditure_change": ["r&d", "research", "spending"],
    "business_rnd_expenditure": ["business", "companies", "r&d"],
    "rnd_intensity": ["r&d", "research", "gdp"],
    "rnd_intensity_rank": ["r&d", "research", "intensity"],
    "rnd_intensity_change": ["r&d", "intensity", "research"],
    "rnd_government_share": ["government", "centre", "r&d"],
    "rnd_business_share": ["business", "private", "industry"],
    "researchers": ["researcher"],
    "researchers_change": ["researcher"],
    "researchers_rank": ["researcher"],
    "researchers_per_million": ["researcher"],
    "robot_density": ["robot", "density"],
    "robot_density_rank": ["robot", "density"],
    "robot_installations": ["robot", "installation", "installed"],
    "robot_installations_change": ["robot", "installation", "installed"],
    "robot_installations_rank": ["robot", "installation", "market"],
    "robot_installations_share": ["robot", "installation", "share"],
    "patent_applications": ["patent", "application", "filing"],
    "patent_applications_change": ["patent", "application", "filing"],
    "ai_skill_penetration": ["skill", "penetration"],
    "ai_skill_penetration_rank": ["skill", "penetration"],
    "global_ai_index_rank": ["index", "rank", "ai"],
    "global_ai_index_strategy_rank": ["strategy", "government", "index"],
    "global_ai_index_investment_rank": ["investment", "index"],
    "ai_talent_migration": ["migration", "mobility", "flow"],
    "ai_talent_migration_rank": ["migration", "mobility", "flow"],
    "ai_private_investment": ["investment", "funding"],
    "ai_private_investment_rank": ["investment", "funding"],
    "data_centres": ["data", "centre", "center"],
    "data_centre_capacity": ["data", "capacity", "centre"],
    "ai_qualified_workforce_share": ["workforce", "qualification", "skill"],
    "exports": ["export"],
    "exports_change": ["export"],
    "chip_exports": ["chip", "semiconductor", "export"],
    "chip_exports_change": ["chip", "semiconductor", "export"],
    "monthly_exports": ["export", "december", "monthly"],
    "monthly_exports_change": ["export", "december", "monthly"],
    "monthly_chip_exports": ["chip", "semiconductor", "export"],
    "monthly_chip_exports_change": ["chip", "semiconductor", "export"],
    "imports": ["import"],
    "imports_change": ["import"],
    "trade_surplus": ["trade", "surplus", "balance"],
    "gdp_growth": ["gdp", "growth", "economy"],
    "gdp_growth_annualized_quarter": ["gdp", "growth", "quarter"],
    "gdp_growth_qoq": ["gdp", "growth", "quarter"],
    "gdp": ["gdp", "output", "nominal"],
    "fertility_rate": ["fertility"],
    "fertility_rate_change": ["fertility"],
    "births": ["birth", "newborn"],
    "births_change": ["birth", "newborn"],
    "deaths": ["death"],
    "natural_population_change": ["population", "natural", "decline"],
    "marriages": ["marriage"],
    "marriages_change": ["marriage"],
    "notable_ai_models": ["notable", "model"],
    "ai_patent_share": ["patent", "share"],
    "newly_funded_ai_companies": ["funded", "companies", "startups"],
    "ai_regulations": ["regulation", "regulations"],
    "datacentre_electricity_share": ["datacenter", "data", "electricity"],
    "datacentre_electricity_consumption": ["datacenter", "electricity", "consumption"],
    "datacentre_electricity_consumption_change": ["datacenter", "electricity", "consumption"],
    "household_electricity_share": ["household", "electricity"],
    "gas_electricity_share": ["gas", "electricity"],
    "basic_research_expenditure": ["basic", "research"],
    "basic_research_expenditure_change": ["basic", "research"],
    "basic_research_share": ["basic", "research", "share"],
    "stem_graduates": ["stem", "graduate"],
    "stem_graduates_rank": ["stem", "graduate"],
    "stem_phds": ["stem", "phd", "doctoral"],
    "stem_graduate_share": ["stem", "share", "graduate"],
    "stem_first_degree_share": ["stem", "degree", "share"],
    "foreign_share_se_doctorates": ["doctorate", "foreign", "share"],
    "h1b_approvals": ["h-1b", "visa", "petition"],
    "h1b_share": ["h-1b", "visa", "share"],
    "students_in_us": ["student"],
    "ai_professionals": ["professional", "talent", "workforce"],
    "ai_budget": ["budget", "ai"],
    "ai_budget_change": ["budget", "ai"],
    "ai_startup_funding": ["startup", "funding", "venture"],
    "ai_startup_funding_change": ["startup", "funding", "venture"],
    "core_cpi": ["price", "inflation", "cpi"],
    "unemployment_rate": ["jobless", "unemployment"],
    "policy_rate": ["rate", "policy", "interest"],
    "population": ["population", "nationals"],
    "population_change": ["population", "nationals"],
}

GOLD = []
IGN = []


def g(art, country, metric, value, unit, year, quote, tier="core", value_ok=None, year_ok=None, keywords=None):
    GOLD.append({
        "article": FILES[art], "country": country, "metric": metric,
        "keywords": keywords or KW[metric], "value": value, "value_ok": value_ok or [],
        "unit": unit, "year": year, "year_ok": year_ok or [], "quote": quote, "tier": tier,
    })


def ig(art, country, value, note):
    IGN.append({"article": FILES[art], "country": country, "value": value, "note": note})


# ---------------------------------------------------------------- 701 Nikkei (no date)
a = "701"
FY = [2024]
g(a, "JPN", "rnd_expenditure", 2.205e13, "JPY", 2023, "rose 6.5% in fiscal 2023 to a record 22.05 trillion yen", value_ok=[22.05], year_ok=FY)
g(a, "JPN", "rnd_expenditure_change", 6.5, "%", 2023, "Japan's spending on research and development rose 6.5% in fiscal 2023", year_ok=FY)
g(a, "JPN", "business_rnd_expenditure", 1.61e13, "JPY", 2023, "Companies spent 16.1 trillion yen", tier="hard", value_ok=[16.1], year_ok=FY)
g(a, "JPN", "rnd_intensity", 3.7, "%", 2023, "The ratio of R&D outlays to gross domestic product climbed to 3.70%", year_ok=FY)
g(a, "JPN", "researchers", 924000, "count", 2024, "The number of researchers stood at 924,000 as of March 31", year_ok=[2023])
g(a, "JPN", "researchers_change", 1.2, "%", 2024, "up 1.2% on the year", year_ok=[2023])
g(a, "JPN", "researchers_rank", 3, "rank", 2024, "third in the world behind China and the U.S.", year_ok=[2023])
g(a, "KOR", "rnd_intensity", 5.2, "%", 2022, "South Korea spent 5.2% of GDP on R&D in 2022")
g(a, "KOR", "rnd_intensity_rank", 2, "rank", 2022, "second only to Israel's 6.0%", tier="hard")
g(a, "ISR", "rnd_intensity", 6.0, "%", 2022, "second only to Israel's 6.0%")
g(a, "USA", "rnd_intensity", 3.6, "%", 2022, "the U.S. stood at 3.6%")
g(a, "DEU", "rnd_intensity", 3.1, "%", 2022, "Germany at 3.1%")
g(a, "CHN", "rnd_intensity", 2.65, "%", 2024, "put its own ratio at 2.65% in 2024")
g(a, "JPN", "robot_density", 419, "per_10k", 2023, "Japan had 419 industrial robots per 10,000 manufacturing employees in 2023")
g(a, "KOR", "robot_density", 1012, "per_10k", 2023, "behind South Korea (1,012), Singapore (770), China (470) and Germany (429)")
g(a, "SGP", "robot_density", 770, "per_10k", 2023, "behind South Korea (1,012), Singapore (770), China (470) and Germany (429)")
g(a, "CHN", "robot_density", 470, "per_10k", 2023, "behind South Korea (1,012), Singapore (770), China (470) and Germany (429)")
g(a, "DEU", "robot_density", 429, "per_10k", 2023, "behind South Korea (1,012), Singapore (770), China (470) and Germany (429)")
g(a, "JPN", "robot_density_rank", 5, "rank", 2023, "behind South Korea (1,012), Singapore (770), China (470) and Germany (429)", tier="hard")
ig(a, "JPN", 147000000000, "currency conversion in parentheses ($147 billion)")
ig(a, "JPN", 73, "share of total R&D spent by companies (ratio)")
ig(a, "JPN", 45, "Japanese makers' share of world robot supply (company/world figure)")
ig(a, "JPN", 1e13, "10 trillion yen university endowment fund (plan/fund)")
ig(a, "JPN", 2040, "target year: threefold doctorate holders by 2040")
ig(a, "JPN", 3.92e12, "related-headline: chip subsidies top 3.92 trillion yen")
ig(a, "JPN", 2003, "year as value: doctoral enrollment peak in fiscal 2003")

# ---------------------------------------------------------------- 702 Economic Times (dated in text 2024-03-01)
a = "702"
g(a, "IND", "rnd_expenditure", 1.27381e12, "INR", 2020, "India's gross expenditure on R&D (GERD) rose to \u20b91,27,381 crore in 2020-21", value_ok=[127381], year_ok=[2021])
g(a, "IND", "rnd_expenditure", 6.0196e11, "INR", 2010, "from \u20b960,196 crore in 2010-11", value_ok=[60196], year_ok=[2011])
g(a, "IND", "rnd_intensity", 0.64, "%", 2020, "As a share of GDP, however, it fell to 0.64%", year_ok=[2021])
g(a, "IND", "rnd_intensity", 0.8, "%", 2010, "from 0.8% a decade earlier", tier="hard", year_ok=[2011])
g(a, "IND", "rnd_government_share", 43.7, "%", 2020, "The Centre accounted for 43.7% of GERD", year_ok=[2021])
g(a, "IND", "rnd_business_share", 36.4, "%", 2020, "private industry contributed 36.4%", year_ok=[2021])
g(a, "IND", "researchers_per_million", 262, "per_million", 2020, "The country had 262 researchers per million inhabitants in 2020")
g(a, "CHN", "researchers_per_million", 1602, "per_million", 2020, "against 1,602 in China, 4,821 in the US and 7,980 in South Korea")
g(a, "USA", "researchers_per_million", 4821, "per_million", 2020, "against 1,602 in China, 4,821 in the US and 7,980 in South Korea")
g(a, "KOR", "researchers_per_million", 7980, "per_million", 2020, "against 1,602 in China, 4,821 in the US and 7,980 in South Korea")
g(a, "IND", "patent_applications", 82811, "count", 2022, "Patent applications filed at the Indian Patent Office rose 24.6% to 82,811 in 2022-23", year_ok=[2023])
g(a, "IND", "patent_applications_change", 24.6, "%", 2022, "Patent applications filed at the Indian Patent Office rose 24.6% to 82,811 in 2022-23", year_ok=[2023])
g(a, "IND", "ai_skill_penetration", 3.23, "score", None, "relative AI skill penetration with a score of 3.23", year_ok=[2022, 2023])
g(a, "USA", "ai_skill_penetration", 2.23, "score", None, "ahead of the US (2.23) and Germany (1.72)", year_ok=[2022, 2023])
g(a, "DEU", "ai_skill_penetration", 1.72, "score", None, "ahead of the US (2.23) and Germany (1.72)", year_ok=[2022, 2023])
g(a, "IND", "ai_skill_penetration_rank", 1, "rank", None, "India also tops Stanford University's AI Index 2023 ranking for relative AI skill penetration", tier="hard", year_ok=[2022, 2023])
ig(a, "IND", 1.037192e11, "IndiaAI Mission outlay over five years (plan)")
ig(a, "IND", 10000, "GPU computing capacity target (plan)")
ig(a, "USA", 70, "'70%-plus' business share, qualifier, several countries")
ig(a, "CHN", 70, "'70%-plus' business share, qualifier, several countries")
ig(a, "JPN", 70, "'70%-plus' business share, qualifier, several countries")
ig(a, "IND", 1e12, "related headline: Rs 1 lakh crore research corpus (plan)")
ig(a, "IND", 2024, "year as value (Budget 2024, date line)")

# ---------------------------------------------------------------- 703 Gulf News (no date)
a = "703"
g(a, "ARE", "global_ai_index_rank", 20, "rank", 2024, "The UAE ranked 20th out of 83 countries in the 2024 edition of Tortoise Media's Global AI Index")
g(a, "ARE", "global_ai_index_rank", 28, "rank", 2023, "up from 28th a year earlier", tier="hard")
g(a, "SAU", "global_ai_index_rank", 14, "rank", 2024, "Saudi Arabia posted the sharpest climb of any country, jumping to 14th from 31st")
g(a, "SAU", "global_ai_index_rank", 31, "rank", 2023, "jumping to 14th from 31st", tier="hard")
g(a, "SAU", "global_ai_index_strategy_rank", 1, "rank", 2024, "The kingdom placed first in the index's government strategy pillar", tier="hard")
g(a, "ARE", "ai_talent_migration_rank", 2, "rank", 2023, "ranked the UAE second in the world for net AI talent migration in 2023")
g(a, "ARE", "ai_talent_migration", 1.48, "per_10k", 2023, "with an inflow of 1.48 per 10,000 LinkedIn members")
g(a, "LUX", "ai_talent_migration", 3.67, "per_10k", 2023, "behind only Luxembourg (3.67)")
g(a, "ARE", "ai_private_investment", 1.77e9, "USD", 2024, "Private AI investment in the UAE reached $1.77 billion in 2024")
g(a, "USA", "ai_private_investment", 1.091e11, "USD", 2024, "well behind the US ($109.1 billion), China ($9.3 billion) and the UK ($3.4 billion)")
g(a, "CHN", "ai_private_investment", 9.3e9, "USD", 2024, "well behind the US ($109.1 billion), China ($9.3 billion) and the UK ($3.4 billion)")
g(a, "GBR", "ai_private_investment", 3.4e9, "USD", 2024, "well behind the US ($109.1 billion), China ($9.3 billion) and the UK ($3.4 billion)")
g(a, "ARE", "data_centres", 35, "count", None, "The UAE had 35 operational data centres")
g(a, "ARE", "data_centre_capacity", 235, "MW", None, "a combined IT capacity of 235MW at the end of last year", value_ok=[235000000])
g(a, "SAU", "data_centre_capacity", 290, "MW", None, "Saudi Arabia's installed capacity stood at about 290MW", value_ok=[290000000])
g(a, "ARE", "ai_qualified_workforce_share", 0.3, "%", None, "Only 0.3% of the UAE workforce holds advanced AI qualifications")
ig(a, "ARE", 83, "out of 83 countries (one of N)")
ig(a, "SAU", 83, "out of 83 countries (one of N)")
ig(a, "SAU", 1e11, "Project Transcendence: planned, 'could be backed by'")
ig(a, "ARE", 1e11, "MGX (company) aims to manage $100 billion")
ig(a, "ARE", 14, "national strategy target: AI 14% of GDP by 2030")
ig(a, "ARE", 2030, "target year")
ig(a, "ARE", 5, "Stargate UAE campus will draw 5GW (plan, photo caption)")

# ---------------------------------------------------------------- 704 Reuters (2025-01-01)
a = "704"
g(a, "KOR", "exports", 6.838e11, "USD", 2024, "South Korea's exports rose 8.2% to a record $683.8 billion in 2024")
g(a, "KOR", "exports_change", 8.2, "%", 2024, "South Korea's exports rose 8.2% to a record $683.8 billion in 2024")
g(a, "KOR", "chip_exports", 1.419e11, "USD", 2024, "Semiconductor exports jumped 43.9% to an all-time high of $141.9 billion last year")
g(a, "KOR", "chip_exports_change", 43.9, "%", 2024, "Semiconductor exports jumped 43.9% to an all-time high of $141.9 billion last year")
g(a, "KOR", "imports", 6.321e11, "USD", 2024, "Imports fell 1.6% to $632.1 billion")
g(a, "KOR", "imports_change", -1.6, "%", 2024, "Imports fell 1.6% to $632.1 billion", value_ok=[1.6])
g(a, "KOR", "trade_surplus", 5.18e10, "USD", 2024, "leaving a trade surplus of $51.8 billion, the largest since 2018")
g(a, "KOR", "monthly_exports_change", 6.6, "%", 2024, "In December alone, exports rose 6.6% from a year earlier to $61.4 billion")
g(a, "KOR", "monthly_exports", 6.14e10, "USD", 2024, "In December alone, exports rose 6.6% from a year earlier to $61.4 billion")
g(a, "KOR", "monthly_chip_exports_change", 31.5, "%", 2024, "Chip exports rose 31.5% to $14.5 billion in the month.")
g(a, "KOR", "monthly_chip_exports", 1.45e10, "USD", 2024, "Chip exports rose 31.5% to $14.5 billion in the month.")
g(a, "KOR", "gdp_growth", 2.2, "%", 2024, "Asia's fourth-largest economy grew an estimated 2.2% in 2024", tier="hard")
ig(a, "KOR", 1.33e11, "bilateral: shipments to China")
ig(a, "CHN", 1.33e11, "bilateral: Korean shipments to China")
ig(a, "CHN", 6.6, "bilateral: growth of Korean shipments to China")
ig(a, "KOR", 1.278e11, "bilateral: exports to the United States")
ig(a, "USA", 1.278e11, "bilateral: Korean exports to the United States")
ig(a, "KOR", 10.5, "bilateral: growth of exports to the US")
ig(a, "USA", 10.5, "bilateral: growth of Korean exports to the US")
ig(a, "KOR", 7.8, "poll forecast for December exports")
ig(a, "KOR", 1.5, "trade ministry export forecast for 2025")
ig(a, "KOR", 1.9, "Bank of Korea 2025 growth forecast")
ig(a, "KOR", 2018, "year as value (largest since 2018)")
ig(a, "KOR", 4, "Asia's fourth-largest economy (regional rank)")

# ---------------------------------------------------------------- 705 Yonhap (Feb. 26, no year)
a = "705"
g(a, "KOR", "fertility_rate", 0.75, "children_per_woman", 2024, "came to 0.75 in 2024")
g(a, "KOR", "fertility_rate_change", 0.03, "children_per_woman", 2024, "up 0.03 from a year earlier")
g(a, "KOR", "births", 238300, "count", 2024, "The number of newborns rose 3.6 percent on-year to 238,300 in 2024")
g(a, "KOR", "births_change", 3.6, "%", 2024, "The number of newborns rose 3.6 percent on-year to 238,300 in 2024")
g(a, "KOR", "deaths", 358400, "count", 2024, "Deaths reached 358,400")
g(a, "KOR", "natural_population_change", -120100, "count", 2024, "leaving a natural population decline of 120,100", value_ok=[120100])
g(a, "KOR", "marriages", 222400, "count", 2024, "Marriages jumped 14.8 percent to 222,400", tier="hard")
g(a, "KOR", "marriages_change", 14.8, "%", 2024, "Marriages jumped 14.8 percent to 222,400", tier="hard")
g(a, "JPN", "fertility_rate", 1.2, "children_per_woman", 2023, "Japan's rate was 1.20 in 2023")
ig(a, "KOR", 0.58, "Seoul (city) fertility rate")
ig(a, "KOR", 1.03, "Sejong (city) fertility rate")
ig(a, "KOR", 17, "17 major cities and provinces")
ig(a, "KOR", 33.7, "average age of mothers")
ig(a, "KOR", 1, "'below 1' threshold")
ig(a, "KOR", 9, "first time in nine years")
ig(a, "KOR", 5, "fifth straight year")
ig(a, "KOR", 1970, "year as value")
ig(a, "KOR", 0.72, "2023 rate, only implied by '0.75 ... up 0.03'")

# ---------------------------------------------------------------- 706 Euronews (2024-12-13)
a = "706"
q = "Sweden had the highest R&D intensity in the EU last year at 3.57% of GDP, followed by Belgium (3.32%), Austria (3.29%) and Germany (3.11%)"
g(a, "SWE", "rnd_intensity", 3.57, "%", 2023, q)
g(a, "SWE", "rnd_intensity_rank", 1, "rank", 2023, "Sweden had the highest R&D intensity in the EU", tier="hard")
g(a, "BEL", "rnd_intensity", 3.32, "%", 2023, q)
g(a, "AUT", "rnd_intensity", 3.29, "%", 2023, q)
g(a, "DEU", "rnd_intensity", 3.11, "%", 2023, q)
q2 = "Romania (0.52%), Malta (0.6%) and Bulgaria (0.78%) spent the least"
g(a, "ROU", "rnd_intensity", 0.52, "%", 2023, q2)
g(a, "MLT", "rnd_intensity", 0.6, "%", 2023, q2)
g(a, "BGR", "rnd_intensity", 0.78, "%", 2023, q2)
g(a, "DEU", "rnd_expenditure", 1.297e11, "EUR", 2023, "Germany alone accounted for \u20ac129.7 billion")
g(a, "FRA", "rnd_expenditure", 6.02e10, "EUR", 2023, "followed by France (\u20ac60.2 billion) and Italy (\u20ac27.3 billion)")
g(a, "ITA", "rnd_expenditure", 2.73e10, "EUR", 2023, "followed by France (\u20ac60.2 billion) and Italy (\u20ac27.3 billion)")
g(a, "FIN", "rnd_intensity", 2.75, "%", 2023, "The sharpest drop was in Finland, where it slipped by 0.2 percentage points to 2.75%.")
g(a, "FIN", "rnd_intensity_change", -0.2, "pp", 2023, "The sharpest drop was in Finland, where it slipped by 0.2 percentage points to 2.75%.", value_ok=[0.2])
q3 = "In that year, Israel (6%) and South Korea (4.9%) were far ahead, while the US (3.6%) and Japan (3.4%)"
g(a, "ISR", "rnd_intensity", 6, "%", 2022, q3)
g(a, "KOR", "rnd_intensity", 4.9, "%", 2022, q3)
g(a, "USA", "rnd_intensity", 3.6, "%", 2022, q3)
g(a, "JPN", "rnd_intensity", 3.4, "%", 2022, q3)
g(a, "CHN", "rnd_intensity", 2.6, "%", 2022, "China (2.6%) was just above it.")
ig(a, "DEU", 33, "'about a third of the EU total' (share in words)")

# ---------------------------------------------------------------- 707 TechCrunch (2025-04-07)
a = "707"
g(a, "USA", "ai_private_investment", 1.091e11, "USD", 2024, "pouring $109.1 billion into the sector", value_ok=[1.09e11])
g(a, "CHN", "ai_private_investment", 9.3e9, "USD", 2024, "nearly 12 times China's $9.3 billion")
g(a, "GBR", "ai_private_investment", 4.5e9, "USD", 2024, "24 times the U.K.'s $4.5 billion")
g(a, "USA", "notable_ai_models", 40, "count", 2024, "U.S.-based institutions produced 40 notable AI models last year")
g(a, "CHN", "notable_ai_models", 15, "count", 2024, "compared with 15 from China")
g(a, "CHN", "ai_patent_share", 69.7, "%", 2023, "The country accounted for 69.7% of all AI patents granted worldwide in 2023", tier="hard")
g(a, "USA", "newly_funded_ai_companies", 1143, "count", 2024, "The number of newly funded AI companies in the U.S. rose to 1,143 in 2024")
g(a, "USA", "ai_regulations", 59, "count", 2024, "U.S. federal agencies introduced 59 AI-related regulations in 2024")
ig(a, "CHN", 12, "ratio: nearly 12 times China's")
ig(a, "GBR", 24, "ratio: 24 times the U.K.'s")
ig(a, "CAN", 2.4e9, "government pledge (plan)")
ig(a, "FRA", 1.09e11, "government commitment (plan)")
ig(a, "IND", 1.25e9, "government promise (plan)")
ig(a, "SAU", 1e11, "Project Transcendence initiative (plan)")
ig(a, "USA", 280, "280-fold price drop (ratio, not a country figure)")

# ---------------------------------------------------------------- 708 The Register (2024-10-21)
a = "708"
g(a, "IRL", "datacentre_electricity_share", 21, "%", 2023, "Datacenters consumed 21 percent of all metered electricity in Ireland last year")
g(a, "IRL", "datacentre_electricity_share", 18, "%", 2022, "up from 18 percent in 2022")
g(a, "IRL", "datacentre_electricity_share", 5, "%", 2015, "just 5 percent in 2015")
g(a, "IRL", "datacentre_electricity_consumption", 6969, "GWh", 2023, "The facilities used 6,969 gigawatt-hours (GWh) in 2023", value_ok=[6.969e12])
g(a, "IRL", "datacentre_electricity_consumption_change", 20, "%", 2023, "a 20 percent jump on the previous year")
g(a, "IRL", "household_electricity_share", 18, "%", 2023, "which accounted for 18 percent of metered demand", tier="hard")
g(a, "USA", "datacentre_electricity_share", 4.4, "%", 2023, "Datacenters accounted for about 4.4 percent of total US electricity consumption in 2023")
q = "The US is home to 5,381 datacenters, far more than Germany (521), the UK (514) and China (449)"
g(a, "USA", "data_centres", 5381, "count", None, q, year_ok=[2024], keywords=["datacenter", "data", "centre"])
g(a, "DEU", "data_centres", 521, "count", None, q, year_ok=[2024], keywords=["datacenter", "data", "centre"])
g(a, "GBR", "data_centres", 514, "count", None, q, year_ok=[2024], keywords=["datacenter", "data", "centre"])
g(a, "CHN", "data_centres", 449, "count", None, q, year_ok=[2024], keywords=["datacenter", "data", "centre"])
g(a, "IRL", "gas_electricity_share", 40, "%", None, "Nearly 40 percent of Irish electricity still comes from gas", year_ok=[2024])
ig(a, "USA", 12, "LBNL forecast: up to 12 percent by 2028")
ig(a, "USA", 2028, "forecast year")
ig(a, "IRL", 30, "EirGrid forecast: 30 percent by 2032")
ig(a, "IRL", 2032, "forecast year")
ig(a, "IRL", 2028, "connections halted until 2028")
ig(a, "IRL", 1000, "Microsoft (company) Irish facilities drew about 1,000 GWh")
ig(a, "IRL", 51, "emissions-cut target by 2030")

# ---------------------------------------------------------------- 709 SCMP (dated in text 2025-01-20)
a = "709"
g(a, "CHN", "rnd_expenditure", 3.61e12, "CNY", 2024, "rose 8.3 per cent last year to 3.61 trillion yuan", value_ok=[3.6e12])
g(a, "CHN", "rnd_expenditure_change", 8.3, "%", 2024, "rose 8.3 per cent last year to 3.61 trillion yuan")
g(a, "CHN", "rnd_intensity", 2.68, "%", 2024, "reached 2.68 per cent in 2024")
g(a, "CHN", "rnd_intensity", 2.65, "%", 2023, "up from 2.65 per cent in 2023")
g(a, "CHN", "basic_research_expenditure", 2.497e11, "CNY", 2024, "Spending on basic research grew 10.5 per cent to 249.7 billion yuan")
g(a, "CHN", "basic_research_expenditure_change", 10.5, "%", 2024, "Spending on basic research grew 10.5 per cent to 249.7 billion yuan")
g(a, "CHN", "basic_research_share", 6.91, "%", 2024, "making up 6.91 per cent of the total")
g(a, "CHN", "gdp_growth", 5, "%", 2024, "The economy grew 5 per cent last year")
g(a, "CHN", "gdp", 1.349e14, "CNY", 2024, "with output reaching 134.9 trillion yuan")
g(a, "USA", "rnd_expenditure", 8.86e11, "USD", 2022, "the United States spent US$886 billion on R&D in 2022")
g(a, "USA", "rnd_intensity", 3.4, "%", 2022, "about 3.4 per cent of its GDP")
g(a, "KOR", "rnd_intensity", 5.21, "%", 2022, "South Korea devoted 5.21 per cent of its economy to research that year")
g(a, "CHN", "stem_graduates", 3.6e6, "count", 2020, "its universities turned out some 3.6 million STEM graduates in 2020")
ig(a, "CHN", 4.96e11, "currency conversion in parentheses (US$496 billion)")
ig(a, "CHN", 7, "pledge: R&D growth of more than 7 per cent a year (target)")
ig(a, "CHN", 5e11, "Guangdong (province) R&D spending")
ig(a, "CHN", 2025, "target year")

# ---------------------------------------------------------------- 710 Rest of World (year only in URL)
a = "710"
g(a, "IND", "ai_talent_migration", -0.76, "per_10k", 2023, "India recorded a net AI talent migration of -0.76 per 10,000 LinkedIn members in 2023", value_ok=[0.76])
g(a, "ISR", "ai_talent_migration", -0.57, "per_10k", 2023, "alongside Israel (-0.57)", value_ok=[0.57])
g(a, "USA", "h1b_approvals", 386318, "count", 2023, "The country approved 386,318 H-1B petitions in fiscal 2023", tier="hard")
g(a, "IND", "h1b_share", 72.3, "%", 2023, "Indian nationals received 72.3% of them")
g(a, "CHN", "h1b_share", 11.7, "%", 2023, "compared with 11.7% for Chinese nationals")
g(a, "IND", "students_in_us", 331602, "count", 2023, "Indian students in the U.S. numbered 331,602 in the 2023-24 academic year", year_ok=[2024])
g(a, "CHN", "students_in_us", 277398, "count", 2023, "overtaking China (277,398)", year_ok=[2024])
g(a, "IND", "ai_professionals", 416000, "count", None, "Nasscom estimates India has about 416,000 AI professionals")
ig(a, "IND", 629000, "estimated demand for AI professionals")
ig(a, "IND", 1e6, "projected gap by 2026 (forecast)")
ig(a, "IND", 2026, "forecast year")
ig(a, "IND", 2009, "year as value")
ig(a, "IND", 1.2e6, "individual salary (Rs 12 lakh a year)")
ig(a, "IND", 1.0372e11, "IndiaAI Mission outlay (plan)")

# ---------------------------------------------------------------- 711 Korea Times (.txt, no date)
a = "711"
g(a, "KOR", "robot_density", 1012, "per_10k", 2023, "with 1,012 industrial robots per 10,000 manufacturing workers in 2023")
g(a, "KOR", "robot_density_rank", 1, "rank", 2023, "South Korea remained the world's most automated manufacturing nation", tier="hard")
g(a, "SGP", "robot_density", 770, "per_10k", 2023, "Singapore ranked second with 770 units")
g(a, "SGP", "robot_density_rank", 2, "rank", 2023, "Singapore ranked second with 770 units")
g(a, "CHN", "robot_density", 470, "per_10k", 2023, "followed by China with 470 units, Japan (419) and Germany (415)")
g(a, "CHN", "robot_density_rank", 3, "rank", 2023, "Singapore ranked second with 770 units, followed by China", tier="hard")
g(a, "JPN", "robot_density", 419, "per_10k", 2023, "followed by China with 470 units, Japan (419) and Germany (415)")
g(a, "DEU", "robot_density", 415, "per_10k", 2023, "followed by China with 470 units, Japan (419) and Germany (415)")
g(a, "USA", "robot_density", 295, "per_10k", 2023, "The United States came in 10th with 295 units.")
g(a, "USA", "robot_density_rank", 10, "rank", 2023, "The United States came in 10th with 295 units.")
g(a, "KOR", "robot_installations", 31444, "count", 2023, "Korea installed 31,444 industrial robots in 2023")
g(a, "KOR", "robot_installations_change", -1, "%", 2023, "down 1 percent from the previous year", value_ok=[1])
g(a, "KOR", "robot_installations_rank", 4, "rank", 2023, "making it the world's fourth-largest market")
g(a, "CHN", "robot_installations", 276288, "count", 2023, "China led with 276,288 units")
g(a, "CHN", "robot_installations_share", 51, "%", 2023, "or 51 percent of the global total")
g(a, "JPN", "robot_installations", 46106, "count", 2023, "followed by Japan (46,106) and the U.S. (37,587)")
g(a, "USA", "robot_installations", 37587, "count", 2023, "followed by Japan (46,106) and the U.S. (37,587)")
ig(a, "KOR", 162, "global average robot density (world figure)")
ig(a, "KOR", 6, "'more than six times' (ratio)")
ig(a, "KOR", 2010, "year as value (top spot since 2010)")
ig(a, "CHN", 100, "'below 100' in 2015 (bound, not a value)")
ig(a, "CHN", 2015, "year as value")
ig(a, "KOR", 3e12, "government plan: invest 3 trillion won by 2030")
ig(a, "KOR", 1e6, "target: deploy 1 million robots by 2030")
ig(a, "KOR", 2030, "target year")
ig(a, "KOR", 5.3e10, "Doosan Robotics (company) sales")

# ---------------------------------------------------------------- 712 JoongAng (no date)
a = "712"
g(a, "KOR", "ai_private_investment", 1.33e9, "USD", 2024, "Private investment in Korea's AI sector fell to $1.33 billion in 2024")
g(a, "KOR", "ai_private_investment_rank", 11, "rank", 2024, "pushing the country down to 11th place")
g(a, "KOR", "ai_private_investment_rank", 9, "rank", 2023, "from ninth a year earlier", tier="hard")
q = "The United States led by a wide margin with $109.1 billion, followed by China at $9.29 billion and the United Kingdom at $4.52 billion."
g(a, "USA", "ai_private_investment", 1.091e11, "USD", 2024, q)
g(a, "CHN", "ai_private_investment", 9.29e9, "USD", 2024, q)
g(a, "GBR", "ai_private_investment", 4.52e9, "USD", 2024, q)
g(a, "KOR", "notable_ai_models", 1, "count", 2024, "Korea produced one notable AI model during the year", tier="hard")
g(a, "USA", "notable_ai_models", 40, "count", 2024, "compared to 40 from the United States and 15 from China")
g(a, "CHN", "notable_ai_models", 15, "count", 2024, "compared to 40 from the United States and 15 from China")
g(a, "KOR", "chip_exports", 1.42e11, "USD", None, "Semiconductor exports, the nation's biggest export item, reached about $142 billion last year", year_ok=[2024])
g(a, "KOR", "robot_density", 1012, "per_10k", None, "the world's highest robot density at 1,012 units per 10,000 workers")
g(a, "KOR", "robot_density_rank", 1, "rank", None, "the country still has the world's highest robot density", tier="hard")
g(a, "KOR", "global_ai_index_rank", 6, "rank", 2024, "Korea ranked sixth among 83 countries in Tortoise Media's 2024 Global AI Index")
g(a, "KOR", "global_ai_index_investment_rank", 18, "rank", 2024, "but only 18th in the investment category")
g(a, "KOR", "ai_budget", 1.8e12, "KRW", None, "earmarked 1.8 trillion won ($1.3 billion) for AI this year", year_ok=[2025])
g(a, "KOR", "ai_budget_change", 20, "%", None, "up 20 percent from 2024", year_ok=[2025])
g(a, "KOR", "ai_startup_funding", 2.1e12, "KRW", 2024, "Korean AI startups raised 2.1 trillion won in venture funding in 2024")
g(a, "KOR", "ai_startup_funding_change", -14, "%", 2024, "down 14 percent from 2023", value_ok=[14])
ig(a, "KOR", 1.3e9, "currency conversion in parentheses ($1.3 billion)")
ig(a, "KOR", 83, "among 83 countries (one of N)")
ig(a, "KOR", 10000, "plan: secure 10,000 GPUs by 2025")
ig(a, "KOR", 1e12, "Naver (company) spending / related headline computing center")
ig(a, "KOR", 3.0, "model version number (Exaone 3.0)")
ig(a, "KOR", 2025, "target year")

# ---------------------------------------------------------------- 713 CNBC (2025-02-16)
a = "713"
g(a, "JPN", "gdp_growth_annualized_quarter", 2.8, "%", 2024, "Japan's economy grew an annualized 2.8% in the fourth quarter")
g(a, "JPN", "gdp_growth", 0.1, "%", 2024, "For the full year, the economy expanded 0.1%")
g(a, "JPN", "gdp_growth", 1.5, "%", 2023, "slowing sharply from 1.5% in 2023")
g(a, "JPN", "gdp", 6.093e14, "JPY", 2024, "reaching 609.3 trillion yen", value_ok=[609.3])
g(a, "JPN", "gdp_growth_qoq", 0.7, "%", 2024, "Quarter on quarter, GDP rose 0.7%.")
g(a, "JPN", "core_cpi", 3.0, "%", 2024, "Core consumer prices rose 3.0% in December from a year earlier")
g(a, "JPN", "unemployment_rate", 2.5, "%", 2024, "the jobless rate averaged 2.5% last year")
g(a, "JPN", "policy_rate", 0.5, "%", 2025, "The Bank of Japan raised its policy rate to 0.5% in January", tier="hard")
g(a, "JPN", "population_change", -898000, "count", 2024, "The number of Japanese nationals fell by a record 898,000 to 120.3 million last year", value_ok=[898000])
g(a, "JPN", "population", 1.203e8, "count", 2024, "The number of Japanese nationals fell by a record 898,000 to 120.3 million last year")
g(a, "JPN", "fertility_rate", 1.2, "children_per_woman", 2023, "the fertility rate hit a record low of 1.20 in 2023")
g(a, "KOR", "fertility_rate", 0.72, "children_per_woman", 2024, "Neighboring South Korea, at 0.72 in 2024")
ig(a, "JPN", 1, "Reuters poll expectation of 1%")
ig(a, "JPN", 6e14, "'topped 600 trillion yen' threshold")
ig(a, "JPN", 17, "highest in 17 years")
ig(a, "JPN", 1.1, "Reuters poll forecast for 2025")

# ---------------------------------------------------------------- 714 Policy Notes blog (.txt, no date)
a = "714"
g(a, "CHN", "stem_graduates", 3.57e6, "count", 2020, "Chinese universities produced 3.57 million STEM graduates in 2020")
g(a, "USA", "stem_graduates", 820000, "count", 2020, "compared with 820,000 in the United States")
g(a, "CHN", "stem_phds", 49498, "count", 2019, "China awarded 49,498 STEM PhDs in 2019 against 33,759 in the US")
g(a, "USA", "stem_phds", 33759, "count", 2019, "China awarded 49,498 STEM PhDs in 2019 against 33,759 in the US")
g(a, "IND", "stem_graduates", 2.55e6, "count", None, "India produces roughly 2.55 million STEM graduates a year")
g(a, "IND", "stem_graduates_rank", 2, "rank", None, "second only to China", tier="hard")
g(a, "IND", "rnd_intensity", 0.65, "%", 2020, "it spends just 0.65% of GDP on R&D (2020-21)", year_ok=[2021])
g(a, "CHN", "rnd_intensity", 2.4, "%", None, "a fraction of China's 2.4%", tier="hard", year_ok=[2020, 2021])
g(a, "IND", "students_in_us", 331000, "count", 2023, "about 331,000 Indians were enrolled at US universities in 2023-24", year_ok=[2024])
g(a, "USA", "foreign_share_se_doctorates", 38, "%", 2022, "Foreign nationals earned 38% of US doctorates in science and engineering in 2022")
g(a, "DEU", "stem_graduate_share", 35, "%", None, "about 35% of its new tertiary graduates studied STEM subjects")
g(a, "DEU", "stem_graduate_share_rank", 1, "rank", None, "the highest share in the OECD", tier="hard", keywords=["stem", "share", "graduate"])
g(a, "FRA", "stem_graduates", 130000, "count", None, "France produced around 130,000 STEM graduates")
g(a, "GBR", "stem_first_degree_share", 27, "%", None, "the UK awarded 27% of first degrees in STEM")
g(a, "KOR", "stem_graduate_share", 30, "%", None, "South Korea and Japan both have strong STEM shares (about 30% and 20% respectively)")
g(a, "JPN", "stem_graduate_share", 20, "%", None, "South Korea and Japan both have strong STEM shares (about 30% and 20% respectively)")
g(a, "JPN", "stem_graduates", 195000, "count", None, "Japan produced about 195,000 STEM graduates a year")
ig(a, "CHN", 77000, "CSET projection for 2025")
ig(a, "CHN", 2025, "projection year")
ig(a, "JPN", 1e6, "projection: 18-year-olds below 1 million by 2032")
ig(a, "JPN", 2032, "projection year")
ig(a, "KOR", 5, "list marker '5.'")
ig(a, "CHN", 1, "list marker '1.'")
ig(a, "USA", 3, "list marker '3.'")
ig(a, "DEU", 4, "list marker '4.'")


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..")
    with open(os.path.join(out, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in GOLD:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "gold.ignore.jsonl"), "w", encoding="utf-8") as f:
        for r in IGN:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(GOLD), "gold", len(IGN), "ignore")
