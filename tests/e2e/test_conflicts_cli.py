"""End to end on the bundled corpus: which conflicts it holds, --reference, and the
`newsfacts conflicts` / `newsfacts show` commands that read them back."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app, conflict_lines
from pipeline.models import Claim, Conflict, ConflictClaim
from pipeline.reconcile import reconcile
from pipeline.reference import load_reference

ROOT = Path(__file__).resolve().parents[2]
WIDE = {"COLUMNS": "250"}  # rich wraps tables to the terminal width; keep rows on one line

#: the disagreements listed in shared/corpus-extra/README.md that the extractor yields claims for
KNOWN_CONFLICTS = {
    ("value", "CHN", "ai_private_investment", 2023),  # D1: $7.26bn vs $7.76bn / $7.8bn
    ("value", "USA", "ai_experts", 2020),  # D2: 188,300 vs 183,300
    ("value", "CHN", "ai_experts", 2020),  # D3: 22,191 vs 21,191
    ("value", "DEU", "ai_talent_migration", 2024),  # D4: +2.13 vs 2.34
    ("value", "KOR", "rnd_budget", 2024),  # D5: 26.5 vs 26.05 trillion won
    ("internal", "KOR", "rnd_budget", 2024),  # D5 note: 108's 31.1 - 5.2 is not 26.05
    ("value", "KOR", "rnd_budget_change", 2024),  # D6 note: a 4.6 vs a 5.2 trillion won cut
    ("year", "KOR", "global_ai_index_rank", None),  # D7: 6th of 62, 2023 (109) vs 2024 (003)
}

#: what each explanation must say, beyond the key (D5 without 107's 178.2 billion won allocation)
EXPLAINED = {
    ("value", "KOR", "rnd_budget", 2024): [
        "26.05 trillion won (108_asiae-rd-budget-cut-global-rd.md) vs 26.5 trillion won "
        "(107_thestar-korea-approves-rd-budget-cut.md), which differ beyond rounding."
    ],
    ("year", "KOR", "global_ai_index_rank", None): [
        "Global AI Index (Tortoise) rank for South Korea is given as 6th out of 62 for 2023 "
        "(109_kotra-korea-6th-global-ai-index.md) and 2024 (003_b421b400f0a5eeaa.txt) by different articles; "
        "the same place in a field of the same size in different years suggests one of them is misdated."
    ],
    # $7.76 billion and $7.8 billion agree (rounding): one side of the conflict
    ("value", "CHN", "ai_private_investment", 2023): ["$7.26 billion", "vs $7.76 billion and $7.8 billion ("],
}


def test_conflicts_corpus_holds_exactly_the_known_disagreements(corpus_run) -> None:
    result, _ = corpus_run
    assert {(c.kind, c.country, c.metric, c.year) for c in result.conflicts} == KNOWN_CONFLICTS
    by_key = {(c.kind, c.country, c.metric, c.year): c for c in result.conflicts}
    for key, phrases in EXPLAINED.items():
        for phrase in phrases:
            assert phrase in by_key[key].explanation
    budget = by_key[("value", "KOR", "rnd_budget", 2024)]
    assert sorted(c.value_text for c in budget.claims) == ["26.05 trillion won", "26.5 trillion won"]


@pytest.mark.parametrize(
    "country,metric,articles",
    [
        ("USA", "ai_private_investment", {"101", "102"}),  # $67.22 billion vs $67.2 billion: rounding
        ("KOR", "ai_talent_migration", {"105", "106"}),  # -0.36 vs "a net loss of 0.36"
        ("CHN", "notable_ai_models", {"101", "110"}),  # 15 in 2023 and in 2024: two editions, not a misdating
    ],
)
def test_conflicts_corpus_agreements_are_not_flagged(corpus_run, country: str, metric: str, articles: set[str]) -> None:
    result, _ = corpus_run
    stated = {c.article[:3] for c in result.claims if (c.country, c.metric) == (country, metric)}
    assert articles <= stated  # both articles' claims are there ...
    flagged = [c for c in result.conflicts if (c.country, c.metric) == (country, metric)]
    assert not [c for c in flagged if articles <= {x.article[:3] for x in c.claims}]  # ... and agree


def test_conflicts_reference_flags_only_the_figures_that_disagree(corpus_run) -> None:
    result, _ = corpus_run
    conflicts = reconcile(result.claims, reference=load_reference(ROOT / "tests" / "data" / "reference.csv"))
    flagged = {
        (c.country, c.metric, c.year, frozenset(x.value_text for x in c.claims))
        for c in conflicts
        if c.kind == "reference"
    }
    assert flagged == {
        ("CHN", "ai_private_investment", 2023, frozenset({"$7.26 billion"})),
        ("USA", "ai_experts", 2020, frozenset({"183,300"})),
        ("CHN", "ai_experts", 2020, frozenset({"21,191"})),
    }  # $67.2bn and $67.22bn agree with the trusted $67.22bn
    china = next(c for c in conflicts if c.kind == "reference" and c.metric == "ai_private_investment")
    assert "trusted: 7.76e9 USD, Stanford HAI AI Index 2024" in conflict_lines(china, {}, {})


def test_conflicts_cli_run_rejects_bad_reference_before_extracting(tmp_path: Path) -> None:
    bad = tmp_path / "trusted.csv"
    bad.write_text("country,metric,year,value,unit,source\nCHN,ai_experts,2020,many,count,X\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path), "--reference", str(bad)], env=WIDE)
    assert result.exit_code == 2
    assert "trusted.csv:2: value" in result.output
    assert not (tmp_path / "claims.jsonl").exists()


@pytest.mark.parametrize(
    "options,expected",
    [
        ([], KNOWN_CONFLICTS),
        (["--country", "deu"], {("value", "DEU", "ai_talent_migration", 2024)}),
        (["--kind", "value", "--country", "CHN"], {k for k in KNOWN_CONFLICTS if k[1] == "CHN"}),
        (["--kind", "year"], {("year", "KOR", "global_ai_index_rank", None)}),
        (["--country", "FRA"], set()),
    ],
)
def test_conflicts_cli_lists_filtered_conflicts(corpus_run, options: list[str], expected: set[tuple]) -> None:
    run, out = corpus_run
    result = CliRunner().invoke(app, ["conflicts", "--out", str(out), *options], env=WIDE)
    assert result.exit_code == 0, result.output
    listed = {c.conflict_id for c in run.conflicts if c.conflict_id in result.output}
    assert listed == {c.conflict_id for c in run.conflicts if (c.kind, c.country, c.metric, c.year) in expected}
    assert f"{len(expected)} of {len(run.conflicts)} conflicts" in result.output


@pytest.mark.parametrize(
    "args,message",
    [
        (["conflicts", "--kind", "values"], "--kind must be one of value, year, unit, rank, internal, reference"),
        (["show", "ffffffffffff"], "matches no conflict"),
        (["show", ""], f"matches {len(KNOWN_CONFLICTS)} conflicts"),
    ],
)
def test_conflicts_cli_usage_errors_exit_2(corpus_run, args: list[str], message: str) -> None:
    _, out = corpus_run
    result = CliRunner().invoke(app, [*args, "--out", str(out)], env=WIDE)
    assert result.exit_code == 2
    assert message in result.output


def test_conflicts_cli_without_a_run_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["conflicts", "--out", str(tmp_path)], env=WIDE)
    assert result.exit_code == 2
    assert "conflicts.jsonl does not exist; run `newsfacts run --out" in result.output


def test_conflicts_cli_show_prints_one_conflict_in_full_by_id_prefix(corpus_run) -> None:
    run, out = corpus_run
    china = next(c for c in run.conflicts if c.country == "CHN" and c.metric == "ai_private_investment")
    result = CliRunner().invoke(app, ["show", china.conflict_id[:6], "--out", str(out)], env=WIDE)
    assert result.exit_code == 0, result.output
    assert f"value conflict {china.conflict_id}: CHN · ai_private_investment · 2023" in result.output
    assert "title: Korea increasingly losing AI talent abroad: report" in result.output
    assert "published: 2024-04-17" in result.output
    assert "The U.S. topped the list with $67.2 billion and China trailed behind at $7.26 billion." in result.output
    assert result.output.count("article: ") == len(china.claims) == 4


def _conflict_about(sentence: str, value_text: str) -> tuple[Conflict, dict[str, Claim]]:
    start = sentence.index(value_text)
    claim = Claim(
        claim_id="c1", article="a[b].txt", country="KOR", country_name="South Korea", metric="rnd_budget",
        metric_label="R&D budget", value=1.0, value_text=value_text, precision=1.0, unit="count",
        sentence=sentence, sentence_start=100, char_start=100 + start, char_end=100 + start + len(value_text),
        source_attribution="[red]Ministry[/red]", rule_id="test",
    )
    summary = ConflictClaim(**{name: getattr(claim, name) for name in ConflictClaim.model_fields})
    conflict = Conflict(
        conflict_id="abc", kind="value", country="KOR", metric="rnd_budget", year=2024,
        claims=[summary], explanation="[bold]x[/bold] differs",
    )
    return conflict, {"c1": claim}


def test_conflicts_show_highlights_the_number_and_escapes_article_text() -> None:
    conflict, claims = _conflict_about("The [link]budget[/link] is 1 unit, not 2.", "1 unit")
    lines = conflict_lines(conflict, claims, {})
    assert "\\[bold]x\\[/bold] differs" in lines
    assert "   source: \\[red]Ministry\\[/red]" in lines
    assert "   “The \\[link]budget\\[/link] is [bold yellow]1 unit[/], not 2.”" in lines
    assert "   article: a\\[b].txt" in lines
