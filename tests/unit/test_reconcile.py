"""Tests for pipeline.reconcile: rounding-aware agreement, value and year conflicts, stable ids."""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable

import pytest

from pipeline.models import Claim, TrustedFigure
from pipeline.conflicts import attribution_tokens, shared_source
from pipeline.reconcile import agrees, cluster_values, reconcile
from pipeline.reference import ReferenceFigure

COUNTRY_NAMES = {"CHN": "China", "USA": "United States", "KOR": "South Korea"}


def _claim(
    value: float,
    value_text: str,
    precision: float,
    *,
    unit: str = "USD",
    qualifier: str = "exact",
    value_max: float | None = None,
    year: int | None = 2023,
    article: str = "a.txt",
    country: str = "CHN",
    metric: str = "ai_private_investment",
    char_start: int = 40,
    sentence_start: int = 0,
    claim_id: str | None = None,
    source: str | None = None,
    rank_of: int | None = None,
) -> Claim:
    """A valid Claim; `precision` is the last written digit fully scaled ("$7.8 billion" -> 1e8).
    The id is a hash of where the claim is, unless a test needs to fix the order of equal values."""
    key = f"{article}|{char_start}|{country}|{metric}|{value_text}|{year}"
    sentence = f"{COUNTRY_NAMES.get(country, country)} reported {value_text}."
    return Claim(
        claim_id=claim_id or hashlib.sha256(key.encode()).hexdigest()[:16],
        article=article,
        country=country,
        country_name=COUNTRY_NAMES.get(country, country),
        metric=metric,
        metric_label=metric.replace("_", " "),
        value=value,
        value_max=value_max,
        value_text=value_text,
        precision=precision,
        unit=unit,
        qualifier=qualifier,
        rank_of=rank_of,
        year=year,
        year_source="explicit" if year is not None else None,
        year_text=str(year) if year is not None else None,
        sentence=sentence,
        sentence_start=sentence_start,
        char_start=char_start,
        char_end=char_start + len(value_text),
        source_attribution=source,
        rule_id="test",
    )



def _row(label: str, a: Claim, b: Claim, expected: bool, **kwargs: object) -> object:
    return pytest.param(a, b, expected, id=label, **kwargs)


AGREEMENT = [
    _row("8.73 vs 8.7", _claim(8.73, "8.73", 0.01, unit="percent"), _claim(8.7, "8.7", 0.1, unit="percent"), True),
    _row("$67.2bn vs $67.22bn", _claim(67.2e9, "$67.2bn", 1e8), _claim(67.22e9, "$67.22bn", 1e7), True),
    _row(
        "683.8 vs 683.76 billion",
        _claim(683.8e9, "683.8 billion", 1e8),
        _claim(683.76e9, "683.76 billion", 1e7),
        True,
    ),
    _row(
        "about 230,000 vs 229,970",
        _claim(230_000, "about 230,000", 1, unit="count", qualifier="approx"),
        _claim(229_970, "229,970", 1, unit="count"),
        True,
    ),
    _row(
        "more than 40% vs 43%",
        _claim(40, "more than 40%", 1, unit="percent", qualifier="more_than"),
        _claim(43, "43%", 1, unit="percent"),
        True,
    ),
    _row(
        "82 to 92 percent vs 85%",
        _claim(82, "82 to 92 percent", 1, unit="percent", value_max=92),
        _claim(85, "85%", 1, unit="percent"),
        True,
    ),
    _row(
        "about $8 billion vs $7.8 billion",
        _claim(8e9, "about $8 billion", 1e9, qualifier="approx"),
        _claim(7.8e9, "$7.8 billion", 1e8),
        True,
    ),
    _row("$7.8bn vs $7.8bn", _claim(7.8e9, "$7.8bn", 1e8), _claim(7.8e9, "$7.8bn", 1e8, article="b.txt"), True),
    # negative rows
    _row("$7.26bn vs $7.8bn", _claim(7.26e9, "$7.26bn", 1e7), _claim(7.8e9, "$7.8bn", 1e8), False),
    _row(
        "2.13 vs 2.34", _claim(2.13, "2.13", 0.01, unit="percent"), _claim(2.34, "2.34", 0.01, unit="percent"), False
    ),
    _row(
        "26.5 vs 26.05 trillion",
        _claim(26.5e12, "26.5 trillion won", 1e11, unit="KRW"),
        _claim(26.05e12, "26.05 trillion won", 1e10, unit="KRW"),
        False,
    ),
    _row(
        "188,300 vs 183,300",
        _claim(188_300, "188,300", 1, unit="count"),
        _claim(183_300, "183,300", 1, unit="count"),
        False,
    ),
    _row("$4.5bn vs £4.5bn", _claim(4.5e9, "$4.5bn", 1e8, unit="USD"), _claim(4.5e9, "£4.5bn", 1e8, unit="GBP"), False),
    _row(
        "about 230,000 vs 236,000",
        _claim(230_000, "about 230,000", 1, unit="count", qualifier="approx"),
        _claim(236_000, "236,000", 1, unit="count"),
        False,
    ),
    _row(
        "more than 40% vs 38%",
        _claim(40, "more than 40%", 1, unit="percent", qualifier="more_than"),
        _claim(38, "38%", 1, unit="percent"),
        False,
    ),
]


@pytest.mark.parametrize("a,b,expected", AGREEMENT)
def test_reconcile_agrees_within_written_precision(a: Claim, b: Claim, expected: bool) -> None:
    assert (agrees(a, b), agrees(b, a)) == (expected, expected)


def test_reconcile_cluster_values_groups_rounding_variants_in_any_order() -> None:
    claims = [
        _claim(7.8e9, "$7.8bn", 1e8, article="d.txt"),
        _claim(7.26e9, "$7.26bn", 1e7, article="a.txt"),
        _claim(7.76e9, "$7.76bn", 1e7, article="c.txt"),
        _claim(7.26e9, "$7.26bn", 1e7, article="b.txt"),
    ]
    expected = [["$7.26bn", "$7.26bn"], ["$7.76bn", "$7.8bn"]]
    assert [[c.value_text for c in cluster] for cluster in cluster_values(claims)] == expected
    assert [[c.value_text for c in cluster] for cluster in cluster_values(claims[::-1])] == expected


@pytest.mark.parametrize(
    "ids",
    [
        pytest.param(("c2", "c1", "c3"), id="$7.0bn first among equal values"),
        pytest.param(("c1", "c3", "c2"), id="$7.0bn last among equal values"),
        pytest.param(("c1", "c2", "c3"), id="$7.0bn between two $7bn"),
    ],
)
def test_reconcile_flags_pair_beyond_rounding_inside_a_round_cluster(ids: tuple[str, str, str]) -> None:
    round_a, precise, round_b = ids
    claims = [
        _claim(7e9, "$7bn", 1e9, article="a.txt", claim_id=round_a),
        _claim(7e9, "$7.0bn", 1e8, article="b.txt", claim_id=precise),
        _claim(7e9, "$7bn", 1e9, article="c.txt", claim_id=round_b),
        _claim(7.24e9, "$7.24bn", 1e7, article="d.txt", claim_id="c4"),
    ]
    assert not agrees(claims[1], claims[3])
    conflicts = reconcile(claims)
    assert [c.kind for c in conflicts] == ["value"]
    assert {precise, "c4"} <= {c.claim_id for c in conflicts[0].claims}
    clusters = cluster_values(claims)
    assert all(agrees(a, b) for cluster in clusters for a in cluster for b in cluster)


CHINA_2023 = [
    _claim(7.26e9, "$7.26bn", 1e7, article="a.txt"),
    _claim(7.26e9, "$7.26 billion", 1e7, article="b.txt"),
    _claim(7.76e9, "$7.76bn", 1e7, article="c.txt"),
    _claim(7.8e9, "$7.8 billion", 1e8, article="d.txt"),
]


def test_reconcile_flags_one_value_conflict_with_all_claims() -> None:
    conflicts = reconcile(CHINA_2023)
    assert [(c.kind, c.country, c.metric, c.year) for c in conflicts] == [
        ("value", "CHN", "ai_private_investment", 2023)
    ]
    [conflict] = conflicts
    assert sorted(c.claim_id for c in conflict.claims) == sorted(c.claim_id for c in CHINA_2023)
    assert "7.26" in conflict.explanation
    assert "$7.76bn and $7.8 billion" in conflict.explanation  # the rounding pair is one side


@pytest.mark.parametrize(
    "claims",
    [
        pytest.param(
            [_claim(7.26e9, "$7.26bn", 1e7, char_start=10), _claim(7.8e9, "$7.8bn", 1e8, char_start=90)],
            id="two values in one article",
        ),
        pytest.param(
            [_claim(8.73, "8.73", 0.01, unit="percent"), _claim(8.7, "8.7", 0.1, unit="percent", article="b.txt")],
            id="rounding pair 8.73 vs 8.7",
        ),
        pytest.param(
            [_claim(7.26e9, "$7.26bn", 1e7, year=None), _claim(7.8e9, "$7.8bn", 1e8, year=None, article="b.txt")],
            id="both undated",
        ),
        pytest.param(
            [_claim(7.26e9, "$7.26bn", 1e7, year=2022), _claim(7.8e9, "$7.8bn", 1e8, year=2023, article="b.txt")],
            id="different years",
        ),
        pytest.param(
            [_claim(7.26e9, "$7.26bn", 1e7), _claim(7.8e9, "$7.8bn", 1e8, country="USA", article="b.txt")],
            id="different countries",
        ),
        pytest.param([], id="no claims"),
    ],
)
def test_reconcile_finds_no_conflict(claims: list[Claim]) -> None:
    assert reconcile(claims) == []


def test_reconcile_leaves_undated_claims_out_of_value_conflicts() -> None:
    undated = _claim(9.1e9, "$9.1bn", 1e8, year=None, article="e.txt")
    [conflict] = reconcile([*CHINA_2023, undated])
    assert conflict.kind == "value"
    assert undated.claim_id not in {c.claim_id for c in conflict.claims}
    assert len(conflict.claims) == 4


@pytest.mark.parametrize(
    "value,value_text,precision,unit,expected",
    [
        (7.26e9, "$7.26bn", 1e7, "USD", [("year", None)]),  # 3 significant digits
        (188_300, "188,300", 1, "count", [("year", None)]),
        (15, "15", 1, "count", []),  # 2 digits: may well be two different years
        (7.3e9, "$7.3bn", 1e8, "USD", []),
    ],
)
def test_reconcile_flags_same_precise_figure_in_two_years(
    value: float, value_text: str, precision: float, unit: str, expected: list[tuple[str, None]]
) -> None:
    claims = [
        _claim(value, value_text, precision, unit=unit, year=2022, article="a.txt"),
        _claim(value, value_text, precision, unit=unit, year=2023, article="b.txt"),
    ]
    conflicts = reconcile(claims)
    assert [(c.kind, c.year) for c in conflicts] == expected
    for conflict in conflicts:
        assert sorted(c.claim_id for c in conflict.claims) == sorted(c.claim_id for c in claims)
        assert f"{value_text} for 2022 (a.txt) and 2023 (b.txt)" in conflict.explanation


@pytest.mark.parametrize(
    "first,second,expected",
    [
        # "6th out of 62" in two articles is one place in one edition: D7, 109 (2023) vs 003 (2024)
        ((6, 62), (6, 62), ["Global AI Index rank for South Korea is given as 6th out of 62 for 2023 (a.txt) and "
                            "2024 (b.txt) by different articles; the same place in a field of the same size in "
                            "different years suggests one of them is misdated."]),
        # negative rows: a place without its field recurs by chance; fields of other sizes are other places
        ((6, None), (6, None), []),
        ((6, 62), (6, 83), []),
        ((6, 62), (6, None), []),
    ],
)
def test_reconcile_year_conflict_for_a_rank_in_a_field_of_the_same_size(
    first: tuple[int, int | None], second: tuple[int, int | None], expected: list[str]
) -> None:
    claims = [
        _rank(first[0], "6th", country="KOR", rank_of=first[1], year=2023, article="a.txt"),
        _rank(second[0], "6th", country="KOR", rank_of=second[1], year=2024, article="b.txt"),
    ]
    claims = [c.model_copy(update={"metric_label": "Global AI Index rank"}) for c in claims]
    conflicts = reconcile(claims)
    assert [c.explanation for c in conflicts] == expected
    assert all(c.kind == "year" and c.year is None for c in conflicts)


def test_reconcile_needs_two_articles_for_a_year_conflict() -> None:
    claims = [
        _claim(7.26e9, "$7.26bn", 1e7, year=2022, char_start=10),
        _claim(7.26e9, "$7.26bn", 1e7, year=2023, char_start=90),
    ]
    assert reconcile(claims) == []


def test_reconcile_conflict_ids_do_not_depend_on_input_order() -> None:
    claims = [
        *CHINA_2023,
        _claim(67.2e9, "$67.2bn", 1e8, country="USA", article="a.txt"),
        _claim(62.5e9, "$62.5bn", 1e8, country="USA", article="c.txt"),
        _claim(10.26, "10.26", 0.01, unit="per_100k", metric="ai_patents_per_100k", country="KOR", year=2022),
        _claim(10.26, "10.26", 0.01, unit="per_100k", metric="ai_patents_per_100k", country="KOR", article="b.txt"),
    ]
    expected = reconcile(claims)
    assert [(c.kind, c.country) for c in expected] == [("value", "CHN"), ("year", "KOR"), ("value", "USA")]
    assert len({c.conflict_id for c in expected}) == 3
    rng = random.Random(1234)
    for _ in range(5):
        shuffled = claims[:]
        rng.shuffle(shuffled)
        again = reconcile(shuffled)
        assert [c.conflict_id for c in again] == [c.conflict_id for c in expected]
        assert [[x.claim_id for x in c.claims] for c in again] == [[x.claim_id for x in c.claims] for c in expected]


def _synthetic_claims(n_keys: int = 1_000, per_key: int = 100) -> list[Claim]:
    """Claims as a news corpus has them: 1,000 (country, metric) keys, each figure dated to one
    of five years and repeated across 25 articles at one or two decimals, one in ten an
    outlier, one in twenty undated. model_construct skips validation to keep the setup fast."""
    rng = random.Random(7)
    claims = []
    for key in range(n_keys):
        country = "".join(chr(65 + (key // 26**i) % 26) for i in range(3))
        metric = f"synthetic_metric_{key % 10}"
        for index in range(per_key):
            year = 2019 + index % 5
            true = 1_000 + 37 * key + 11 * year + (250 if rng.random() < 0.1 else 0)
            decimals = rng.choice([1, 2])
            value = round(true / 100, decimals)
            claims.append(
                Claim.model_construct(
                    claim_id=f"{key:04d}-{index:03d}",
                    article=f"article_{index % 25:02d}.txt",
                    country=country,
                    country_name=country,
                    metric=metric,
                    metric_label=metric,
                    value=value,
                    value_max=None,
                    value_text=f"{value:.{decimals}f}",
                    precision=10.0**-decimals,
                    unit="count",
                    qualifier="exact",
                    year=None if index % 20 == 19 else year,
                    year_source=None,
                    year_text=None,
                    sentence="synthetic",
                    sentence_start=index,
                    char_start=index,
                    char_end=index + 4,
                    source_attribution=None,
                    rule_id="synthetic",
                )
            )
    return claims


def test_reconcile_handles_100k_claims_in_under_five_seconds() -> None:
    claims = _synthetic_claims()
    assert len(claims) == 100_000
    assert len({(c.country, c.metric) for c in claims}) == 1_000
    started = time.perf_counter()
    conflicts = reconcile(claims)
    elapsed = time.perf_counter() - started
    assert elapsed < 5.0, f"reconcile took {elapsed:.2f} s"
    assert len({(c.country, c.metric) for c in conflicts if c.kind == "value"}) == 1_000


def _copies(n: int) -> list[Claim]:
    return [_claim(67.2e9, "$67.2bn", 1e8, article=f"{i:03d}.txt") for i in range(n)]


def _distinct(n: int) -> list[Claim]:
    return [_claim(1_000.0 + 10 * i, f"{1_000 + 10 * i:,}", 1, unit="count", article=f"{i:03d}.txt") for i in range(n)]


@pytest.mark.parametrize(
    "make,n_conflicts",
    [
        pytest.param(_copies, 0, id="one figure repeated"),
        pytest.param(_distinct, 1, id="all figures different"),
    ],
)
def test_reconcile_compares_each_claim_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch, make: Callable[[int], list[Claim]], n_conflicts: int
) -> None:
    import pipeline.agreement
    import pipeline.reconcile

    calls = 0
    original = pipeline.agreement.intervals_overlap

    def counting_overlap(low: float, high: float) -> bool:
        nonlocal calls
        calls += 1
        return original(low, high)

    for module in (pipeline.agreement, pipeline.reconcile):
        monkeypatch.setattr(module, "intervals_overlap", counting_overlap)
    claims = make(300)
    assert len(reconcile(claims)) == n_conflicts
    assert len(claims) - 1 <= calls <= 10 * len(claims), f"{calls} comparisons for {len(claims)} claims"


def _kinds(conflicts: list) -> list[tuple[str, str, str, int | None]]:
    return [(c.kind, c.country, c.metric, c.year) for c in conflicts]


# --- unit conflicts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "claims,expected",
    [
        pytest.param(
            [_claim(4.5e9, "$4.5 billion", 1e8), _claim(4.5e9, "£4.5 billion", 1e8, unit="GBP", article="b.txt")],
            [("unit", "CHN", "ai_private_investment", 2023)],
            id="$4.5bn vs £4.5bn across articles",
        ),
        pytest.param(
            [_claim(4.5e9, "$4.5 billion", 1e8), _claim(4.52e9, "£4.52 billion", 1e7, unit="GBP", char_start=90)],
            [("unit", "CHN", "ai_private_investment", 2023)],
            id="rounding variant in another currency, same article",
        ),
        # negative rows
        pytest.param(
            [_claim(26.5e12, "26.5 trillion won", 1e11, unit="KRW"), _claim(20.4e9, "US$20.4bil", 1e8, char_start=90)],
            [],
            id="a converted amount is a different figure",
        ),
        pytest.param(
            [
                _claim(40, "40%", 1, unit="percent", metric="ai_adoption"),
                _claim(40, "40 points", 1, unit="percentage_points", metric="ai_adoption", article="b.txt"),
            ],
            [],
            id="percent vs percentage points is not a currency",
        ),
        pytest.param(
            [_claim(4.5e9, "$4.5 billion", 1e8), _claim(4.5e9, "£4.5 billion", 1e8, unit="GBP", year=2022, article="b.txt")],
            [],
            id="different years",
        ),
        pytest.param(
            [_claim(4.5e9, "$4.5 billion", 1e8), _claim(4.5e9, "£4.5 billion", 1e8, unit="GBP", year=None, article="b.txt")],
            [],
            id="undated claim is not grouped",
        ),
    ],
)
def test_reconcile_flags_same_figure_in_two_currencies(claims: list[Claim], expected: list[tuple]) -> None:
    conflicts = reconcile(claims)
    assert _kinds(conflicts) == expected
    for conflict in conflicts:
        assert {c.claim_id for c in conflict.claims} == {c.claim_id for c in claims}
        assert "in GBP" in conflict.explanation and "in USD" in conflict.explanation


# --- rank conflicts ---------------------------------------------------------------------


def _rank(value: int, text: str, **kwargs: object) -> Claim:
    return _claim(float(value), text, 1, unit="rank", metric="global_ai_index_rank", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "claims,expected",
    [
        pytest.param(
            [_rank(6, "6th", country="KOR"), _rank(7, "7th", country="KOR", article="b.txt")],
            [("rank", "KOR", "global_ai_index_rank", 2023)],
            id="6th vs 7th across articles",
        ),
        pytest.param(
            [_rank(1, "first", country="USA"), _rank(1, "top", country="CHN", article="b.txt")],
            [("rank", "CHN+USA", "global_ai_index_rank", 2023)],
            id="two countries first",
        ),
        # negative rows
        pytest.param(
            [_rank(6, "6th", country="KOR"), _rank(7, "7th", country="KOR", char_start=90)],
            [],
            id="two ranks in one article",
        ),
        pytest.param(
            [_rank(6, "6th", country="KOR"), _rank(6, "sixth", country="KOR", article="b.txt")],
            [],
            id="same rank",
        ),
        pytest.param(
            [_rank(6, "6th", country="KOR"), _rank(7, "7th", country="KOR", year=2024, article="b.txt")],
            [],
            id="different years",
        ),
        pytest.param(
            [_rank(2, "second", country="USA"), _rank(2, "second", country="CHN", article="b.txt")],
            [],
            id="two countries second: ties below first are common",
        ),
        pytest.param(
            [_rank(1, "first", country="USA"), _rank(1, "first", country="CHN", char_start=90)],
            [],
            id="two countries first in one article",
        ),
        pytest.param(
            [_rank(1, "first", country="USA"), _rank(1, "first", country="CHN", year=None, article="b.txt")],
            [],
            id="undated first place",
        ),
    ],
)
def test_reconcile_flags_ranks_that_cannot_both_be_true(claims: list[Claim], expected: list[tuple]) -> None:
    conflicts = reconcile(claims)
    assert _kinds(conflicts) == expected
    for conflict in conflicts:
        assert "cannot both be true" in conflict.explanation
        assert len(conflict.claims) == 2


# --- internal conflicts -----------------------------------------------------------------


def _sentence(*claims: Claim) -> list[Claim]:
    """Claims of one sentence of article a.txt."""
    return [c.model_copy(update={"sentence_start": 0}) for c in claims]


@pytest.mark.parametrize(
    "claims,expected",
    [
        pytest.param(
            _sentence(
                _claim(31.1e12, "31.1 trillion won", 1e11, unit="KRW", metric="rnd_budget", char_start=10),
                _claim(-5.2e12, "5.2 trillion won", 1e11, unit="KRW", metric="rnd_budget_change", char_start=40),
                _claim(26.05e12, "26.05 trillion won", 1e10, unit="KRW", metric="rnd_budget", char_start=70),
            ),
            [("internal", "CHN", "rnd_budget", 2023)],
            id="31.1 to 26.05 is not a 5.2 cut",
        ),
        pytest.param(
            _sentence(
                _claim(705.1e9, "KRW 705.1 billion", 1e8, unit="KRW", metric="ai_budget", char_start=10),
                _claim(777.2e9, "KRW 777.2 billion", 1e8, unit="KRW", metric="ai_budget", char_start=40),
                _claim(20, "20%", 1, unit="percent", metric="ai_budget_change", char_start=70),
            ),
            [("internal", "CHN", "ai_budget", 2023)],
            id="705.1 to 777.2 is not a 20% increase",
        ),
        pytest.param(
            _sentence(
                _claim(100, "100", 1, unit="count", metric="ai_experts", char_start=10),
                _claim(80, "80", 1, unit="count", metric="ai_experts", char_start=40),
                _claim(25, "25%", 1, unit="percent", metric="ai_experts_change", char_start=70),
            ),
            [("internal", "CHN", "ai_experts", 2023)],
            id="a fall stated as a rise",
        ),
        # negative rows
        pytest.param(
            _sentence(
                _claim(705.1e9, "KRW 705.1 billion", 1e8, unit="KRW", metric="ai_budget", char_start=10),
                _claim(777.2e9, "KRW 777.2 billion", 1e8, unit="KRW", metric="ai_budget", char_start=40),
                _claim(10, "10%", 1, unit="percent", metric="ai_budget_change", char_start=70),
            ),
            [],
            id="705.1 to 777.2 is a 10% increase (10.2%)",
        ),
        pytest.param(
            _sentence(
                _claim(0.5e12, "0.5 trillion won", 1e11, unit="KRW", metric="global_rnd_budget", char_start=10),
                _claim(1.8e12, "1.8 trillion won", 1e11, unit="KRW", metric="global_rnd_budget", char_start=40),
                _claim(258, "258%", 1, unit="percent", metric="global_rnd_budget_change", char_start=70),
            ),
            [],
            id="0.5 to 1.8 is +258% at the precision written",
        ),
        pytest.param(
            _sentence(
                _claim(443_000, "443,000", 1, unit="count", metric="school_age_population", year=2023, char_start=10),
                _claim(706_000, "706,000", 1, unit="count", metric="school_age_population", year=2011, char_start=40),
                _claim(-37.3, "37.3%", 0.1, unit="percent", metric="school_age_population_change", char_start=70),
            ),
            [],
            id="years order start and end when the text does not",
        ),
        pytest.param(
            _sentence(
                _claim(4, "4%", 1, unit="percent", metric="unemployment_rate", char_start=10),
                _claim(5, "5%", 1, unit="percent", metric="unemployment_rate", char_start=40),
                _claim(1, "1 point", 1, unit="percentage_points", metric="unemployment_rate_change", char_start=70),
            ),
            [],
            id="a change in points of a percentage",
        ),
        pytest.param(
            _sentence(
                _claim(26.5e12, "26.5 trillion won", 1e11, unit="KRW", metric="rnd_budget", char_start=10),
                _claim(-15, "15%", 1, unit="percent", metric="rnd_budget_change", char_start=40),
            ),
            [],
            id="no start value: nothing to check",
        ),
        pytest.param(
            [
                _claim(705.1e9, "KRW 705.1 billion", 1e8, unit="KRW", metric="ai_budget", char_start=10),
                _claim(777.2e9, "KRW 777.2 billion", 1e8, unit="KRW", metric="ai_budget", char_start=40, sentence_start=35),
                _claim(20, "20%", 1, unit="percent", metric="ai_budget_change", char_start=70, sentence_start=35),
            ],
            [],
            id="start value in another sentence",
        ),
    ],
)
def test_reconcile_flags_change_that_contradicts_its_own_figures(claims: list[Claim], expected: list[tuple]) -> None:
    conflicts = reconcile(claims)
    assert _kinds(conflicts) == expected
    for conflict in conflicts:
        figures = sorted((c for c in claims if not c.metric.endswith("_change")), key=lambda c: c.char_start)
        changes = [c for c in claims if c.metric.endswith("_change")]
        assert [c.claim_id for c in conflict.claims] == [c.claim_id for c in [*figures, *changes]]
        assert "one of the three numbers is wrong" in conflict.explanation


def test_reconcile_internal_explanation_gives_the_implied_change() -> None:
    claims = _sentence(
        _claim(31.1e12, "31.1 trillion won", 1e11, unit="KRW", metric="rnd_budget", char_start=10),
        _claim(-5.2e12, "5.2 trillion won", 1e11, unit="KRW", metric="rnd_budget_change", char_start=40),
        _claim(26.05e12, "26.05 trillion won", 1e10, unit="KRW", metric="rnd_budget", char_start=70),
    )
    [conflict] = reconcile(claims)
    assert "from 31.1 trillion won to 26.05 trillion won" in conflict.explanation
    assert "-5,200,000,000,000 KRW" in conflict.explanation
    assert "-5,050,000,000,000 KRW" in conflict.explanation


# --- same-report note -------------------------------------------------------------------


@pytest.mark.parametrize(
    "names,expected",
    [
        (["AI Index 2024", "AI Index 2024"], "AI Index 2024"),
        (["AI Index 2024", "the ai index 2024 report"], "AI Index 2024"),
        (["Stanford’s AI Index", "Stanford's AI Index"], "Stanford's AI Index"),
        (["Element AI", "Element AI's Global AI Talent Report 2020"], "Element AI"),
        (["2020 Global AI Talent Report", "Global AI Talent Report 2020"], "2020 Global AI Talent Report"),
        # negative rows
        (["AI Index 2024", "AI Index 2025"], None),  # two editions
        (["AI", "AI Index 2024"], None),  # one word is too vague to contain
        (["AI Index 2024", None], None),
        (["CB Insights", "Stanford University"], None),
    ],
)
def test_reconcile_shared_source_normalises_names(names: list[str | None], expected: str | None) -> None:
    claims = [_claim(7.26e9, "$7.26bn", 1e7, article=f"{i}.txt", source=name) for i, name in enumerate(names)]
    assert shared_source(claims) == expected


def test_reconcile_attribution_tokens_ignore_case_quotes_and_punctuation() -> None:
    assert attribution_tokens("Stanford’s AI-Index (2024)") == attribution_tokens("stanford's AI index 2024")
    assert attribution_tokens("Stanford’s AI-Index (2024)") == ("stanford", "s", "ai", "index", "2024")


def test_reconcile_value_conflict_says_when_all_cite_one_report() -> None:
    claims = [
        _claim(188_300, "188,300", 1, unit="count", metric="ai_experts", source="Element AI Global AI Talent Report"),
        _claim(183_300, "183,300", 1, unit="count", metric="ai_experts", article="b.txt", source="element ai global ai talent report"),
    ]
    [conflict] = reconcile(claims)
    assert "All cite Element AI Global AI Talent Report, so this is a transcription error" in conflict.explanation
    other = [claims[0], claims[1].model_copy(update={"source_attribution": "LinkedIn"})]
    [conflict] = reconcile(other)
    assert "All cite" not in conflict.explanation


# --- reference conflicts ----------------------------------------------------------------


def _trusted(value: str, **kwargs: object) -> ReferenceFigure:
    fields = {"country": "CHN", "metric": "ai_private_investment", "year": 2023, "unit": "USD", "source": "AI Index 2024", "line": 2}
    return ReferenceFigure(value=value, **{**fields, **kwargs})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "reference,expected_ids",
    [
        pytest.param([_trusted("7760000000")], {"a.txt", "b.txt"}, id="exact reference value"),
        pytest.param([_trusted("7.76e9")], {"a.txt", "b.txt"}, id="reference in scientific notation"),
        pytest.param([_trusted("7.26e9"), _trusted("7.8e9", source="other")], set(), id="any row agrees"),
        # negative rows
        pytest.param([_trusted("7.76e9", year=2022)], None, id="other year"),
        pytest.param([_trusted("7.76e9", unit="EUR")], None, id="other unit"),
        pytest.param([_trusted("7.76e9", country="USA")], None, id="other country"),
        pytest.param([], None, id="no reference"),
    ],
)
def test_reconcile_flags_claims_that_disagree_with_reference(
    reference: list[ReferenceFigure], expected_ids: set[str] | None
) -> None:
    conflicts = [c for c in reconcile(CHINA_2023, reference=reference) if c.kind == "reference"]
    if not expected_ids:
        assert conflicts == []
        return
    [conflict] = conflicts
    assert (conflict.country, conflict.metric, conflict.year) == ("CHN", "ai_private_investment", 2023)
    assert {c.article for c in conflict.claims} == expected_ids  # the $7.26bn claims only
    assert "according to AI Index 2024 (trusted reference)" in conflict.explanation
    assert conflict.trusted == [TrustedFigure(value=r.value, unit=r.unit, source=r.source) for r in reference]


@pytest.mark.parametrize("enabled", [True, False])
def test_reconcile_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    import gc

    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        reconcile(CHINA_2023)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


# --- undated claims tied by their source ------------------------------------------------

ELEMENT = "Element AI Global AI Talent Report"


def _experts(value: int, **kwargs: object) -> Claim:
    return _claim(float(value), f"{value:,}", 1, unit="count", metric="ai_experts", country="USA", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "claims,expected",
    [
        pytest.param(
            [_experts(188_300, year=2020, source=ELEMENT), _experts(183_300, year=None, article="b.txt", source=ELEMENT)],
            [("value", "USA", "ai_experts", 2020)],
            id="same source dated 2020 elsewhere",
        ),
        pytest.param(
            [
                _experts(188_300, year=2020, source=ELEMENT),
                _experts(183_300, year=None, article="b.txt", source="element ai global ai talent report"),
            ],
            [("value", "USA", "ai_experts", 2020)],
            id="same source spelt differently",
        ),
        # negative rows
        pytest.param(
            [
                _experts(188_300, year=2020, source=ELEMENT),
                _experts(190_000, year=2021, article="c.txt", source=ELEMENT),
                _experts(183_300, year=None, article="b.txt", source=ELEMENT),
            ],
            [],
            id="the source is dated to two years",
        ),
        pytest.param(
            [
                _experts(188_300, year=2020, source=ELEMENT),
                _claim(0.4, "0.40", 0.01, unit="per_10k", metric="ai_talent_migration", article="c.txt", year=2022, source=ELEMENT),
                _experts(183_300, year=None, article="b.txt", source=ELEMENT),
            ],
            [],
            id="the source dates another metric to another year",
        ),
        pytest.param(
            [_experts(188_300, year=2020, source=ELEMENT), _experts(183_300, year=None, article="b.txt", source="LinkedIn")],
            [],
            id="another source",
        ),
        pytest.param(
            [_experts(188_300, year=2020, source=ELEMENT), _experts(183_300, year=None, article="b.txt")],
            [],
            id="no source",
        ),
        pytest.param(
            [
                _experts(188_300, year=2020, source=ELEMENT),
                _experts(183_300, year=None, char_start=90, source=ELEMENT),
                _experts(188_300, year=2020, article="b.txt"),
            ],
            [],
            id="dated only by its own article",
        ),
    ],
)
def test_reconcile_dates_undated_claim_by_its_source(claims: list[Claim], expected: list[tuple]) -> None:
    conflicts = reconcile(claims)
    assert _kinds(conflicts) == expected
    for conflict in conflicts:
        assert len(conflict.claims) == 2
        assert f"Claims without a year that cite {claims[1].source_attribution} are placed in 2020" in conflict.explanation
        assert "another figure of their sentence" not in conflict.explanation
