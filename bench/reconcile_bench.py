"""Time reconcile() on 1,000,000 synthetic claims (issue 6: under 10 s on the CI machine).

Not part of the test suite: run `.venv/bin/python bench/reconcile_bench.py [N_CLAIMS]`.
The mix resembles a large news corpus: about 50,000 (country, metric) keys of 20
claims each, figures repeated across articles at one or two decimals (rounding variants
that must agree), one claim in fifty a real outlier, one in ten undated, a few ranks,
changes, a second currency and a source named in one claim of three. Claims are built with model_construct so the timing is
reconcile's, not pydantic's validation.
"""

from __future__ import annotations

import random
import sys
import time

from pipeline.models import Claim
from pipeline.reconcile import reconcile

CLAIMS_PER_KEY = 20
YEARS = (2021, 2022, 2023, 2024)


def synthetic_claims(n_claims: int, seed: int = 11) -> list[Claim]:
    rng = random.Random(seed)
    claims = []
    for index in range(n_claims):
        key, position = divmod(index, CLAIMS_PER_KEY)
        country = "".join(chr(65 + (key // 26**i) % 26) for i in range(3))
        metric, unit = _metric_and_unit(key)
        year = YEARS[position % len(YEARS)]
        true = 100 + (key % 997) + 7 * year % 50 + (40 if rng.random() < 0.02 else 0)
        decimals = 1 if unit == "rank" else rng.choice((1, 2))
        value = float(round(true / 10)) if unit == "rank" else round(true / 10, decimals)
        if unit == "USD" and rng.random() < 0.001:
            unit = "GBP"  # a wrong currency now and then
        claims.append(
            Claim.model_construct(
                claim_id=f"{index:08x}",
                article=f"article_{(key * 7 + position) % 5_000:05d}.txt",
                country=country,
                country_name=country,
                metric=metric,
                metric_label=metric.replace("_", " "),
                value=value,
                value_max=None,
                value_text=f"{value:.{decimals}f}",
                precision=1.0 if unit == "rank" else 10.0**-decimals,
                unit=unit,
                qualifier="exact",
                year=None if position % 10 == 9 else year,
                year_source=None,
                year_text=None,
                sentence="synthetic",
                sentence_start=position // 2 * 100,
                char_start=position * 10,
                char_end=position * 10 + 4,
                source_attribution=f"Synthetic Report {key % 7}" if position % 3 == 0 else None,
                rule_id="synthetic",
            )
        )
    return claims


def _metric_and_unit(key: int) -> tuple[str, str]:
    kind = key % 20
    if kind == 0:
        return f"synthetic_{key % 50}_rank", "rank"
    if kind == 1:
        return f"synthetic_{key % 50}_change", "percent"
    if kind < 8:
        return f"synthetic_{key % 50}", "USD"
    return f"synthetic_{key % 50}", "count"


def main() -> None:
    n_claims = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    claims = synthetic_claims(n_claims)
    started, cpu_started = time.perf_counter(), time.process_time()
    conflicts = reconcile(claims)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    kinds: dict[str, int] = {}
    for conflict in conflicts:
        kinds[conflict.kind] = kinds.get(conflict.kind, 0) + 1
    keys = len({(c.country, c.metric) for c in claims})
    print(
        f"reconcile: {n_claims:,} claims, {keys:,} keys -> {len(conflicts):,} conflicts {kinds} "
        f"in {elapsed:.2f} s ({cpu:.2f} s CPU)"
    )


if __name__ == "__main__":
    main()
