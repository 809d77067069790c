"""Tests for pipeline.reconcile: rounding-aware agreement, value and year conflicts, stable ids."""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Callable

import pytest

from pipeline.models import Claim
from pipeline.reconcile import agrees, cluster_values, reconcile

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
        year=year,
        year_source="explicit" if year is not None else None,
        year_text=str(year) if year is not None else None,
        sentence=sentence,
        sentence_start=sentence_start,
        char_start=char_start,
        char_end=char_start + len(value_text),
        source_attribution=None,
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
        assert "2022 and 2023" in conflict.explanation


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
    assert calls <= 10 * len(claims), f"{calls} comparisons for {len(claims)} claims"
