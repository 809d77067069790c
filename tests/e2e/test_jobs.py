"""--jobs N: worker processes give byte-identical outputs, and die with a killed parent."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.engines import ProcessPoolEngine
from pipeline.run import run_batch
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ("claims.jsonl", "articles.jsonl", "conflicts.jsonl", "report.md", "report.html")
COPIES = 3  # 45 articles: more than the 32 a default --jobs 2 run needs before it starts workers
DEADLINE_SECONDS = 180
POLL_SECONDS = 0.05


def test_jobs_two_workers_write_the_same_outputs_as_one_process(corpus_run, tmp_path: Path) -> None:
    _, fresh = corpus_run
    # task_size=2: eight tasks over two workers, so results really come back out of order
    result = run_batch(Settings(corpus=ROOT / "corpus", out=tmp_path, rules=ROOT / "rules"), engine=ProcessPoolEngine(2, 2))
    assert result.update.new == 15
    assert result.stage_seconds["waiting for workers"] > 0, "the work did not go to worker processes"
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == (fresh / name).read_bytes(), name


def _children(pid: int) -> set[int]:
    """Live (not zombie) child processes of `pid`, from /proc."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        state, parent = fields[0], int(fields[1])
        if parent == pid and state != "Z":
            children.add(int(stat.parent.name))
    return children


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists() or not hasattr(signal, "SIGKILL"), reason="needs Linux /proc")
def test_jobs_workers_die_with_a_killed_parent_and_a_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for copy in range(COPIES):
        shutil.copytree(ROOT / "corpus", corpus / f"copy{copy}")
    out = tmp_path / "out"
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "run", str(corpus), "--out", str(out), "-q"]

    run = subprocess.Popen([*command, "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + DEADLINE_SECONDS
    while len(workers := _children(run.pid)) < 2:  # spawned workers (and multiprocessing's resource tracker)
        if run.poll() is not None or time.monotonic() > deadline:
            run.kill()
            pytest.fail(f"no worker processes started: {run.stderr.read().decode()}")
        time.sleep(POLL_SECONDS)
    os.kill(run.pid, signal.SIGKILL)
    run.wait(timeout=30)

    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in workers):
        if time.monotonic() > deadline:
            for pid in workers:
                os.kill(pid, signal.SIGKILL)
            pytest.fail("worker processes outlived their killed parent")
        time.sleep(POLL_SECONDS)

    rerun = subprocess.run([*command, "--jobs", "2"], capture_output=True, timeout=DEADLINE_SECONDS, check=False)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert len((out / "articles.jsonl").read_text().splitlines()) == COPIES * 15


@pytest.mark.parametrize("options", [["--jobs", "0"], ["--scheduler", "tcp://127.0.0.1:8786"]])
def test_jobs_cli_refuses_bad_engine_options(tmp_path: Path, options: list[str]) -> None:
    result = CliRunner().invoke(app, ["run", str(ROOT / "corpus"), "--out", str(tmp_path), *options])
    assert result.exit_code == 2
    assert not (tmp_path / "claims.jsonl").exists()
