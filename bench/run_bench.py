"""Throughput, scaling, re-run cost and peak memory of `newsfacts run` (issue 6).

    .venv/bin/python bench/run_bench.py --articles 1000

Builds a corpus of N articles from the bundled ones in a temporary folder (each copy gets
its own closing line, so content hashing does not skip it), then measures on that same
text, each configuration in its own subprocess so that each peak memory is its own:

* baseline: bare `nlp.pipe` with newsfacts' spaCy pipeline (same load_nlp, same
  components, same batch size), one process, texts read beforehand; and the same with
  spaCy's own `n_process=J`, the ceiling for `--jobs J`;
* `newsfacts run --jobs 1` end to end (Python start-up and model load included), with
  seconds per stage;
* the same run again on the unchanged corpus (the incremental re-run);
* `newsfacts run --jobs J` for each J in --jobs (scaling).

Each configuration reports wall and CPU seconds (CPU time is the steadier figure when
other work shares the machine; the load average before each step is recorded), and each
run its peak RSS while extracting and overall (the export streams the claims, so the two
should stay close).
Prints tables and writes bench/results/bench-N.json. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "corpus"
RESULTS = ROOT / "bench" / "results"
STAGES = ("ingest", "nlp", "rules", "years", "store", "reconcile", "reports")


def build_corpus(target: Path, articles: int) -> None:
    """N articles cycling through the bundled ones. Each copy ends with a line of its own
    (an archive note, as news archives add), so every file has its own hash and is read."""
    sources = sorted(path for path in BUNDLED.iterdir() if path.is_file())
    target.mkdir(parents=True)
    for index in range(articles):
        source = sources[index % len(sources)]
        text = source.read_text(encoding="utf-8").rstrip("\n")
        note = f"\n\nArchive copy {index // len(sources) + 1} of this article.\n"
        (target / f"{index:06d}_{source.name}").write_text(text + note, encoding="utf-8")


# --- the measured configurations, each run as `run_bench.py --child ...` ---------------


def child_baseline(corpus: Path, processes: int) -> dict[str, object]:
    from pipeline.engines import PIPE_BATCH_SIZE
    from pipeline.ingest import read_corpus
    from pipeline.models import Document
    from pipeline.nlp import load_nlp
    from pipeline.settings import Settings

    settings = Settings(corpus=corpus)
    texts = [result.text for result in read_corpus(corpus, settings) if isinstance(result, Document)]
    nlp = load_nlp(settings.spacy_model)
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=PIPE_BATCH_SIZE, n_process=processes):
        pass
    return {"seconds": time.perf_counter() - start, "cpu_seconds": time.process_time() - cpu_start,
            "words": sum(len(text.split()) for text in texts), "components": nlp.pipe_names}


def child_run(corpus: Path, out: Path, jobs: int) -> dict[str, object]:
    from pipeline.engines import ProcessPoolEngine
    from pipeline.run import run_batch
    from pipeline.settings import Settings
    from pipeline.timing import StageTimer

    timer = StageTimer()
    extracting_peak = 0

    def after_each_source(_: str) -> None:  # ru_maxrss only grows: the last value is the peak so far
        nonlocal extracting_peak
        extracting_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    result = run_batch(Settings(corpus=corpus, out=out), after_each_source, engine=ProcessPoolEngine(jobs), timer=timer)
    return {
        "stage_seconds": dict(timer.seconds),
        "extracting_peak_rss_mb": _rss_mb(extracting_peak),
        "articles": result.summary.articles_read,
        "claims": result.summary.claims,
        "update": result.update.model_dump(),
        "worker_peak_rss_mb": _rss_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss),
    }


def measure(args: list[str]) -> dict[str, object]:
    """Run one configuration in a subprocess: its wall time, its peak RSS, its report."""
    load = os.getloadavg()[0]
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", *args], stdout=subprocess.PIPE, cwd=ROOT)
    stdout = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark step {args} failed")
    report = json.loads(stdout)
    report.update(wall_seconds=wall, total_cpu_seconds=usage.ru_utime + usage.ru_stime,
                  peak_rss_mb=_rss_mb(usage.ru_maxrss), load_before=load)
    return report


def _rss_mb(maxrss: int) -> float:
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024  # bytes on macOS, KiB on Linux


def bench(articles: int, jobs: list[int], console: Console) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="newsfacts-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        build_corpus(corpus, articles)
        console.log(f"{articles} articles in {corpus}; baseline (bare nlp.pipe)")
        baseline = measure(["baseline", str(corpus), "1"])
        words = baseline["words"]
        baselines_parallel = {}
        for count in (j for j in jobs if j != 1):
            console.log(f"baseline, nlp.pipe(n_process={count})")
            baselines_parallel[f"n_process{count}"] = measure(["baseline", str(corpus), str(count)])
        runs: dict[str, dict[str, object]] = {}
        for count in [1, *(j for j in jobs if j != 1)]:
            out = Path(tmp) / f"out-jobs{count}"
            console.log(f"newsfacts run --jobs {count}")
            runs[f"jobs{count}"] = measure(["run", str(corpus), str(out), str(count)])
            if count == 1:
                console.log("re-run on the unchanged corpus")
                runs["rerun"] = measure(["run", str(corpus), str(out), "1"])
            shutil.rmtree(out)
    baseline_wps = words / baseline["seconds"]
    first = runs["jobs1"]
    report: dict[str, object] = {
        "articles": articles,
        "words": words,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "baseline": {**baseline, "words_per_second": baseline_wps},
        "baseline_parallel": {
            name: {**run, "words_per_second": words / run["seconds"], "speedup": baseline["seconds"] / run["seconds"]}
            for name, run in baselines_parallel.items()
        },
        "runs": {
            name: {
                **run,
                "words_per_second": words / run["wall_seconds"],
                "ratio_to_baseline": words / run["wall_seconds"] / baseline_wps,
                # same figure on CPU time, which other work on the machine disturbs less
                "cpu_ratio_to_baseline": baseline["cpu_seconds"] / run["total_cpu_seconds"],
                "overhead_on_nlp_stage": _overhead(run["stage_seconds"]),
            }
            for name, run in runs.items()
        },
        "rerun_fraction": runs["rerun"]["wall_seconds"] / first["wall_seconds"],
        "speedup": {name: first["wall_seconds"] / run["wall_seconds"] for name, run in runs.items() if name.startswith("jobs")},
    }
    return report


def _overhead(stage_seconds: dict[str, float]) -> float | None:
    """Seconds in every stage but spaCy's, per second in spaCy: what newsfacts adds."""
    nlp = stage_seconds.get("nlp", 0.0)
    added = sum(seconds for stage, seconds in stage_seconds.items() if stage not in ("nlp", "waiting for workers"))
    return added / nlp if nlp else None


def render(report: dict[str, object]) -> list[Table]:
    """Two tables: throughput and memory per configuration, then seconds per stage."""
    runs = report["runs"]
    summary = Table(title=f"newsfacts bench: {report['articles']:,} articles, {report['words']:,} words")
    for column in ("configuration", "wall s", "CPU s", "words/s", "x baseline", "x baseline (CPU)", "speed-up",
                   "peak RSS MB (extracting)", "load before"):
        summary.add_column(column, justify="right")
    baseline = report["baseline"]
    summary.add_row("bare nlp.pipe", f"{baseline['seconds']:.1f}", f"{baseline['cpu_seconds']:.1f}",
                    f"{baseline['words_per_second']:,.0f}", "1.00", "1.00", "", f"{baseline['peak_rss_mb']:.0f}",
                    f"{baseline['load_before']:.1f}")
    for name, run in report["baseline_parallel"].items():
        summary.add_row(f"bare nlp.pipe {name}", f"{run['seconds']:.1f}", "", f"{run['words_per_second']:,.0f}",
                        "", "", f"{run['speedup']:.2f}x", f"{run['peak_rss_mb']:.0f}", f"{run['load_before']:.1f}")
    for name, run in runs.items():
        versus = f"{report['rerun_fraction']:.1%} time" if name == "rerun" else f"{report['speedup'][name]:.2f}x"
        summary.add_row(name, f"{run['wall_seconds']:.1f}", f"{run['total_cpu_seconds']:.1f}",
                        f"{run['words_per_second']:,.0f}", f"{run['ratio_to_baseline']:.2f}",
                        f"{run['cpu_ratio_to_baseline']:.2f}", versus,
                        f"{run['peak_rss_mb']:.0f} ({run['extracting_peak_rss_mb']:.0f})", f"{run['load_before']:.1f}")
    stages = Table(title="seconds per stage (workers' stages summed over workers)")
    stages.add_column("configuration")
    for stage in (*STAGES, "waiting for workers", "added / nlp"):
        stages.add_column(stage, justify="right")
    for name, run in runs.items():
        seconds = run["stage_seconds"]
        overhead = run["overhead_on_nlp_stage"]
        stages.add_row(name, *(f"{seconds.get(stage, 0):.2f}" for stage in (*STAGES, "waiting for workers")),
                       "" if overhead is None else f"{overhead:.1%}")
    return [summary, stages]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        kind, *rest = sys.argv[2:]
        if kind == "baseline":
            report = child_baseline(Path(rest[0]), int(rest[1]))
        else:
            report = child_run(Path(rest[0]), Path(rest[1]), int(rest[2]))
        print(json.dumps(report))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000], help="corpus sizes (default 1000)")
    parser.add_argument("--jobs", type=int, nargs="*", default=[2], help="job counts to compare with --jobs 1 (none: skip)")
    options = parser.parse_args()
    console = Console(stderr=True, width=140)
    RESULTS.mkdir(parents=True, exist_ok=True)
    for articles in options.articles:
        report = bench(articles, options.jobs, console)
        path = RESULTS / f"bench-{articles}.json"
        path.write_text(json.dumps(report, indent=2))
        for table in render(report):
            console.print(table)
        console.print(f"re-run: {report['rerun_fraction']:.1%} of the first run; written {path}")


if __name__ == "__main__":
    main()
