"""Tests for pipeline.evaluate: loose and strict scoring of claims against hand-made gold."""

from __future__ import annotations

import hashlib

import pytest

from pipeline.evaluate import Evaluation, GoldRecord, IgnoreRecord, Score, evaluate
from pipeline.models import Claim


def _gold(
    value: float,
    *,
    article: str = "a.txt",
    country: str = "CHN",
    keywords: tuple[str, ...] = ("investment",),
    year: int | None = 2023,
    value_ok: tuple[float, ...] = (),
    year_ok: tuple[int, ...] = (),
    tier: str = "core",
) -> GoldRecord:
    return GoldRecord(
        article=article,
        country=country,
        metric="ai_private_investment",
        keywords=list(keywords),
        value=value,
        value_ok=list(value_ok),
        year=year,
        year_ok=list(year_ok),
        tier=tier,
    )


def _claim(
    value: float,
    *,
    article: str = "a.txt",
    country: str = "CHN",
    metric: str = "ai_private_investment",
    metric_label: str = "private AI investment",
    year: int | None = 2023,
    char_start: int = 30,
) -> Claim:
    key = f"{article}|{char_start}|{country}|{metric}"
    return Claim(
        claim_id=hashlib.sha256(key.encode()).hexdigest()[:16],
        article=article,
        country=country,
        country_name=country,
        metric=metric,
        metric_label=metric_label,
        value=value,
        value_text=f"{value:g}",
        precision=1.0,
        unit="USD",
        year=year,
        year_source="explicit" if year is not None else None,
        year_text=str(year) if year is not None else None,
        sentence="A sentence.",
        sentence_start=0,
        char_start=char_start,
        char_end=char_start + 5,
        rule_id="test",
    )


def _counts(score: Score) -> tuple[int, int, int, int]:
    return (score.true_positives, score.false_positives, score.gold, score.gold_found)


GOLD = _gold(7.26e9)

# gold, claims, ignore, tier, loose (tp, fp, gold, found), strict (tp, fp, gold, found)
CASES = [
    pytest.param([GOLD], [_claim(7.26e9)], [], "core", (1, 0, 1, 1), (1, 0, 1, 1), id="exact match"),
    pytest.param([GOLD], [_claim(7.26e9, year=2022)], [], "core", (1, 0, 1, 1), (0, 1, 1, 0), id="wrong year"),
    pytest.param([GOLD], [_claim(7.26e9, year=None)], [], "core", (1, 0, 1, 1), (0, 1, 1, 0), id="missing year"),
    pytest.param(
        [_gold(7.26e9, year_ok=(2022,))], [_claim(7.26e9, year=2022)], [], "core", (1, 0, 1, 1), (1, 0, 1, 1),
        id="year_ok accepted",
    ),
    pytest.param(
        [_gold(7.26e9, year=None)], [_claim(7.26e9, year=2019)], [], "core", (1, 0, 1, 1), (1, 0, 1, 1),
        id="gold without year accepts any year",
    ),
    pytest.param(
        [_gold(7.26e9, value_ok=(7.3e9,))], [_claim(7.3e9)], [], "core", (1, 0, 1, 1), (1, 0, 1, 1),
        id="value_ok accepted",
    ),
    pytest.param([GOLD], [_claim(7.3e9)], [], "core", (0, 1, 1, 0), (0, 1, 1, 0), id="other value"),
    pytest.param(
        [GOLD], [_claim(7.26e9, metric="funding_total", metric_label="Private Investment total")], [], "core",
        (1, 0, 1, 1), (1, 0, 1, 1), id="keyword in metric_label",
    ),
    pytest.param(
        [GOLD], [_claim(7.26e9, metric="ai_private_investment", metric_label="funding")], [], "core",
        (1, 0, 1, 1), (1, 0, 1, 1), id="keyword in metric",
    ),
    pytest.param(
        [GOLD], [_claim(7.26e9, metric="ai_patents", metric_label="AI patents granted")], [], "core",
        (0, 1, 1, 0), (0, 1, 1, 0), id="keyword absent",
    ),
    pytest.param([GOLD], [_claim(7.26e9, country="USA")], [], "core", (0, 1, 1, 0), (0, 1, 1, 0), id="other country"),
    pytest.param(
        [GOLD], [_claim(7.26e9, char_start=30), _claim(7.26e9, char_start=250)], [], "core",
        (1, 0, 1, 1), (1, 0, 1, 1), id="figure stated twice counts once",
    ),
    pytest.param(
        [GOLD], [_claim(7.26e9), _claim(7.26e9, metric="private_investment", metric_label="private investment")],
        [], "core", (2, 0, 1, 1), (2, 0, 1, 1), id="same figure under two metrics is two groups",
    ),
    pytest.param(
        [GOLD], [_claim(46, country="USA")], [IgnoreRecord(article="a.txt", country="USA", value=46)], "core",
        (0, 0, 1, 0), (0, 0, 1, 0), id="ignored claim not counted",
    ),
    pytest.param(
        [GOLD], [_claim(46, country="USA")], [IgnoreRecord(article="a.txt", country="KOR", value=46)], "core",
        (0, 1, 1, 0), (0, 1, 1, 0), id="ignore record of another country",
    ),
    pytest.param(
        [GOLD], [_claim(7.26e9, article="z.txt")], [], "core", (0, 1, 1, 0), (0, 1, 1, 0),
        id="article without gold",
    ),
    pytest.param(
        [GOLD, _gold(0, country="KOR", tier="hard")], [_claim(0, country="KOR")], [], "core",
        (0, 0, 1, 0), (0, 0, 1, 0), id="hard gold neither TP nor FP under core",
    ),
    pytest.param(
        [GOLD, _gold(0, country="KOR", tier="hard")], [_claim(0, country="KOR")], [], "hard",
        (1, 0, 1, 1), (1, 0, 1, 1), id="hard gold scored under hard",
    ),
    pytest.param(
        [GOLD, _gold(0, country="KOR", tier="hard")], [_claim(0, country="KOR")], [], None,
        (1, 0, 2, 1), (1, 0, 2, 1), id="all tiers",
    ),
]


@pytest.mark.parametrize("gold,claims,ignore,tier,loose,strict", CASES)
def test_evaluate_counts_true_and_false_positives(
    gold: list[GoldRecord],
    claims: list[Claim],
    ignore: list[IgnoreRecord],
    tier: str | None,
    loose: tuple[int, int, int, int],
    strict: tuple[int, int, int, int],
) -> None:
    result = evaluate(gold, claims, ignore, tier)
    assert (_counts(result.loose), _counts(result.strict)) == (loose, strict)


def _mixed() -> Evaluation:
    gold = [
        GOLD,
        _gold(67.2e9, country="USA"),
        _gold(10.26, article="b.txt", country="KOR", keywords=("patent",)),
        _gold(0, country="KOR", tier="hard"),
    ]
    claims = [
        _claim(7.26e9),  # loose and strict TP
        _claim(7.26e9, char_start=300),  # the same figure again: no extra count
        _claim(67.2e9, country="USA", year=2022),  # loose TP, strict FP
        _claim(5.0, article="z.txt"),  # article without gold: FP
        _claim(0, country="KOR"),  # hard tier only: not counted
    ]
    return evaluate(gold, claims, [], "core")


def test_evaluate_scores_precision_recall_and_f1() -> None:
    result = _mixed()
    assert _counts(result.loose) == (2, 1, 3, 2)
    assert _counts(result.strict) == (1, 2, 3, 1)
    assert (result.loose.precision, result.loose.recall, result.loose.f1) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert (result.strict.precision, result.strict.recall, result.strict.f1) == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_evaluate_lists_misses_wrong_years_and_false_positives() -> None:
    result = _mixed()
    assert [(g.article, g.country, g.value) for g in result.misses] == [("b.txt", "KOR", 10.26)]
    assert [(g.country, years) for g, years in result.wrong_year] == [("USA", [2022])]
    assert [(c.article, c.value) for c in result.false_positives] == [("z.txt", 5.0)]


@pytest.mark.parametrize(
    "score,precision,recall,f1",
    [
        (Score(true_positives=3, false_positives=1, gold=6, gold_found=3), 0.75, 0.5, 0.6),
        (Score(true_positives=2, false_positives=0, gold=2, gold_found=2), 1.0, 1.0, 1.0),
        (Score(true_positives=0, false_positives=4, gold=2, gold_found=0), 0.0, 0.0, 0.0),
        (Score(true_positives=0, false_positives=0, gold=0, gold_found=0), 0.0, 0.0, 0.0),
    ],
)
def test_evaluate_score_computes_f1(score: Score, precision: float, recall: float, f1: float) -> None:
    assert (score.precision, score.recall, score.f1) == pytest.approx((precision, recall, f1))
