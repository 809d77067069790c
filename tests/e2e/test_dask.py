"""--engine dask: a Dask run writes the same claims and conflicts as a local run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import ConfigError, ExtractionError
from pipeline.run import run_batch
from pipeline.settings import Settings

distributed = pytest.importorskip("distributed")

# after importorskip: pipeline.cluster is only importable with dask installed
from pipeline.cluster import DaskEngine

ROOT = Path(__file__).resolve().parents[2]
COMPARED = ("claims.jsonl", "conflicts.jsonl")
DEADLINE_SECONDS = 180


def _settings(out: Path) -> Settings:
    return Settings(corpus=ROOT / "corpus", out=out, rules=ROOT / "rules")


def test_dask_cli_local_cluster_matches_a_local_run(corpus_run, tmp_path: Path) -> None:
    """Without --scheduler the run starts its own cluster: here one worker process."""
    _, fresh = corpus_run
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "run", str(ROOT / "corpus"),
               "--out", str(tmp_path), "--engine", "dask", "--jobs", "1", "--quiet"]
    done = subprocess.run(command, capture_output=True, timeout=DEADLINE_SECONDS, check=False)
    assert done.returncode == 0, done.stderr.decode()
    for name in COMPARED:
        assert (tmp_path / name).read_bytes() == (fresh / name).read_bytes(), name


def test_dask_existing_scheduler_matches_a_local_run(corpus_run, tmp_path: Path) -> None:
    _, fresh = corpus_run
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = run_batch(_settings(tmp_path), engine=DaskEngine(cluster.scheduler_address))
    assert result.update.new == 15
    assert result.stage_seconds["waiting for workers"] > 0, "the work did not go to the cluster"
    for name in COMPARED:
        assert (tmp_path / name).read_bytes() == (fresh / name).read_bytes(), name


def test_dask_unreachable_scheduler_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run_batch(_settings(tmp_path), engine=DaskEngine("tcp://127.0.0.1:9", connect_timeout=1))


def test_dask_worker_with_other_code_refuses_the_work() -> None:
    from pipeline.cluster import _extract_on_worker
    from pipeline.rules import load_rules

    with pytest.raises(ExtractionError, match="another newsfacts, spaCy or model"):
        _extract_on_worker([], load_rules(ROOT / "rules"), Settings().spacy_model, "0" * 64)
