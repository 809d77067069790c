"""The `newsfacts` command: parse arguments, call the library, render with rich.

Only this module prints or exits. Progress and tables go to stderr; stdout is kept for
machine-readable output (`newsfacts schema`). Exit codes: 0 when a run completed (even
with rejected articles), 1 when `eval` is below a requested floor, 2 on a usage or
configuration error.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .engines import Engine, ProcessPoolEngine
from .errors import NewsfactsError
from .evaluate import Evaluation, GoldRecord, IgnoreRecord, evaluate, read_records
from .models import Article, Claim, Conflict, RunSummary, StoreUpdate
from .reports import ClaimFormat, format_claims, write_claims
from .settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Turn news articles into checked numbers.")
err_console = Console(stderr=True)

DEFAULTS = Settings()
DB_HELP = "the claim store (SQLite); default: OUT/newsfacts.sqlite"
JOBS_HELP = "extraction processes (default: all cores); with --engine dask, local workers when there is no --scheduler"


class EngineName(StrEnum):
    LOCAL = "local"
    DASK = "dask"


def _fail(err: NewsfactsError, debug: bool) -> typer.Exit:
    if debug:
        err_console.print_exception()
    err_console.print(f"[red]error:[/] {err}")
    return typer.Exit(2)


@app.command()
def run(
    corpus: Annotated[Path, typer.Argument(help="folder of articles (txt, md, html, jsonl)")] = DEFAULTS.corpus,
    out: Annotated[Path, typer.Option(help="folder for claims, conflicts and reports")] = DEFAULTS.out,
    db: Annotated[Path | None, typer.Option(help=DB_HELP)] = None,
    prune: Annotated[bool, typer.Option("--prune", help="delete stored articles whose file is gone")] = False,
    rules: Annotated[Path, typer.Option(help="rules folder")] = DEFAULTS.rules,
    max_bytes: Annotated[int, typer.Option(help="reject files larger than this")] = DEFAULTS.max_bytes,
    jobs: Annotated[int | None, typer.Option(min=1, help=JOBS_HELP)] = None,
    engine: Annotated[EngineName, typer.Option(help="local processes, or a Dask cluster")] = EngineName.LOCAL,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (tcp://host:8786); default: a local cluster")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar or summary")] = False,
    debug: Annotated[bool, typer.Option(help="show tracebacks")] = False,
) -> None:
    """Bring the store up to date with every article in CORPUS, reconcile and write the reports.

    Files unchanged since the last run are not read again; an interrupted run resumes."""
    from .run import run_batch  # spaCy loads only for commands that need it

    if not corpus.is_dir():
        err_console.print(f"[red]error:[/] corpus folder {corpus} does not exist")
        raise typer.Exit(2)
    if scheduler is not None and engine is not EngineName.DASK:
        err_console.print("[red]error:[/] --scheduler needs --engine dask")
        raise typer.Exit(2)
    settings = _settings(corpus=corpus, out=out, db=db, rules=rules, max_bytes=max_bytes)
    total = sum(1 for path in corpus.rglob("*") if path.is_file() and not path.name.startswith("."))
    try:
        with _progress(quiet, total) as advance:
            result = run_batch(settings, on_source=advance, prune=prune, engine=_engine(engine, jobs, scheduler))
    except NewsfactsError as err:
        raise _fail(err, debug) from err
    if not quiet:
        err_console.print(summary_table(result.summary, result.update, settings))


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="article files or folders, inside the corpus folder")],
    corpus: Annotated[Path, typer.Option(help="the corpus folder the store was built from")] = DEFAULTS.corpus,
    out: Annotated[Path, typer.Option(help="folder for claims, conflicts and reports")] = DEFAULTS.out,
    db: Annotated[Path | None, typer.Option(help=DB_HELP)] = None,
    rules: Annotated[Path, typer.Option(help="rules folder")] = DEFAULTS.rules,
    max_bytes: Annotated[int, typer.Option(help="reject files larger than this")] = DEFAULTS.max_bytes,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar or summary")] = False,
    debug: Annotated[bool, typer.Option(help="show tracebacks")] = False,
) -> None:
    """Add or update the articles in PATHS without walking the whole corpus, then rewrite the reports."""
    from .run import ingest_paths

    missing = [path for path in paths if not path.exists() and not path.is_symlink()]
    if missing:
        err_console.print(f"[red]error:[/] {missing[0]} does not exist")
        raise typer.Exit(2)
    settings = _settings(corpus=corpus, out=out, db=db, rules=rules, max_bytes=max_bytes)
    try:
        with _progress(quiet, None) as advance:
            result = ingest_paths(settings, paths, on_source=advance)
    except NewsfactsError as err:
        raise _fail(err, debug) from err
    if not quiet:
        err_console.print(summary_table(result.summary, result.update, settings))


@app.command()
def export(
    claim_format: Annotated[ClaimFormat, typer.Option("--format", help="jsonl or csv")] = ClaimFormat.JSONL,
    output: Annotated[Path | None, typer.Option(help="file to write; default: stdout")] = None,
    out: Annotated[Path, typer.Option(help="the run's output folder (where the store is by default)")] = DEFAULTS.out,
    db: Annotated[Path | None, typer.Option(help=DB_HELP)] = None,
    debug: Annotated[bool, typer.Option(help="show tracebacks")] = False,
) -> None:
    """Write the stored claims as JSONL or CSV."""
    from .run import read_stored_claims

    try:
        claims = read_stored_claims(_settings(out=out, db=db).store_path)
    except NewsfactsError as err:
        raise _fail(err, debug) from err
    if output is None:
        typer.echo(format_claims(claims, claim_format), nl=False)
        return
    try:
        write_claims(output, claims, claim_format)
    except OSError as err:
        err_console.print(f"[red]error:[/] cannot write {output}: {err.strerror or err}")
        raise typer.Exit(2) from err


def _engine(name: EngineName, jobs: int | None, scheduler: str | None) -> Engine:
    if name is EngineName.DASK:
        from .cluster import DaskEngine

        return DaskEngine(scheduler, jobs or os.cpu_count() or 1)
    return ProcessPoolEngine(jobs or os.cpu_count() or 1)


def _settings(**values: object) -> Settings:
    """Settings from command-line values; a value pydantic refuses is a usage error (exit 2)."""
    try:
        return Settings(**values)
    except ValidationError as err:
        problems = "; ".join(f"--{'-'.join(str(p) for p in e['loc']).replace('_', '-')}: {e['msg']}" for e in err.errors())
        err_console.print(f"[red]error:[/] {problems}")
        raise typer.Exit(2) from err


@contextmanager
def _progress(quiet: bool, total: int | None) -> Iterator[Callable[[str], None]]:
    """A transient progress bar on stderr, advanced once per corpus file."""
    progress = Progress(
        TextColumn("[bold]extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err_console,
        disable=quiet,
        transient=True,
    )
    with progress:
        task = progress.add_task("", total=total)

        def advance(name: str) -> None:
            progress.update(task, advance=1, description=name)

        yield advance


def summary_table(summary: RunSummary, update: StoreUpdate, settings: Settings) -> Table:
    table = Table(title="newsfacts run", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for name, count in update.model_dump().items():
        if name not in ("missing", "pruned") or count:
            table.add_row(f"articles {name}", str(count))
    table.add_row("articles in store", str(summary.articles_read))
    table.add_row("articles rejected", str(summary.articles_rejected))
    for reason, count in summary.rejected_by_reason.items():
        table.add_row(f"  {reason}", str(count))
    table.add_row("claims", str(summary.claims))
    table.add_row("conflicts", str(summary.conflicts))
    table.add_row("store", str(settings.store_path))
    table.add_row("outputs", str(settings.out))
    return table


@app.command()
def schema() -> None:
    """Print the JSON Schema of the Article, Claim and Conflict records."""
    schemas = {model.__name__: model.model_json_schema() for model in (Article, Claim, Conflict)}
    typer.echo(json.dumps(schemas, indent=2, sort_keys=True))


@app.command(name="eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="gold claims (JSONL)")],
    claims: Annotated[Path, typer.Option(help="claims to score")] = DEFAULTS.out / "claims.jsonl",
    ignore: Annotated[Path | None, typer.Option(help="statements that may be extracted or not")] = None,
    tier: Annotated[str, typer.Option(help="gold tier to score; 'all' for every tier")] = "core",
    debug: Annotated[bool, typer.Option(help="show tracebacks")] = False,
) -> None:
    """Print precision, recall and F1 (loose and strict), the misses and the false positives."""
    try:
        gold_records = read_records(gold, GoldRecord)
        claim_records = read_records(claims, Claim)
        ignore_records = read_records(ignore, IgnoreRecord) if ignore else []
    except NewsfactsError as err:
        raise _fail(err, debug) from err
    result = evaluate(gold_records, claim_records, ignore_records, None if tier == "all" else tier)
    console = Console()
    console.print(evaluation_table(result, tier))
    for record in result.misses:
        console.print(f"miss  {record.article} {record.country} {record.metric} {record.value:g} ({record.year})")
    for record, years in result.wrong_year:
        console.print(f"year  {record.article} {record.country} {record.metric} {record.value:g}: "
                      f"gold {record.year}, extracted {years}")
    for claim in result.false_positives:
        console.print(f"false {claim.article} {claim.country} {claim.metric} {claim.value:g} ({claim.year}) "
                      f"'{claim.value_text}'")


def evaluation_table(result: Evaluation, tier: str) -> Table:
    table = Table(title=f"gold evaluation (tier: {tier})")
    for column in ("match", "precision", "recall", "F1", "TP", "FP", "gold found / gold"):
        table.add_column(column, justify="right")
    for name, score in (("loose", result.loose), ("strict", result.strict)):
        table.add_row(
            name,
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
            str(score.true_positives),
            str(score.false_positives),
            f"{score.gold_found} / {score.gold}",
        )
    return table
