"""Crash safety for real: SIGKILL a run in a subprocess once it has committed some articles,
run again, and end with the same store and byte-identical outputs as an uninterrupted run."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from pipeline.store import Store

ROOT = Path(__file__).resolve().parents[2]
OUTPUTS = ("claims.jsonl", "articles.jsonl", "conflicts.jsonl", "report.md", "report.html")
ARTICLES = 15
DEADLINE_SECONDS = 180  # a slow, busy CI machine: loading spaCy alone can take several seconds
POLL_SECONDS = 0.01

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")


def _newsfacts(corpus: Path, out: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-c", "from pipeline.cli import app; app()", "run", str(corpus), "--out", str(out), "--quiet"]
    return subprocess.Popen(command, cwd=out.parent, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _committed_sources(db: Path) -> int:
    """Sources committed so far, read by a second connection while the run writes (WAL)."""
    if not db.exists():
        return 0
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as reader:
            return int(reader.execute("SELECT COUNT(*) FROM sources").fetchone()[0])
    except sqlite3.Error:  # not created or migrated yet
        return 0


def _kill_after_first_commit(process: subprocess.Popen[bytes], db: Path) -> None:
    """Poll rather than sleep a fixed time: the first commit comes after spaCy loads, which
    takes anywhere from one to many seconds."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while _committed_sources(db) == 0:
        if process.poll() is not None:
            pytest.fail(f"the run ended before committing anything: {process.stderr.read().decode()}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("no article was committed before the deadline")
        time.sleep(POLL_SECONDS)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def test_resume_after_sigkill_matches_an_uninterrupted_run(corpus_run, tmp_path: Path) -> None:
    _, fresh = corpus_run
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    out = tmp_path / "out"
    out.mkdir()
    db = out / "newsfacts.sqlite"

    killed = _newsfacts(corpus, out)
    _kill_after_first_commit(killed, db)
    assert killed.returncode == -signal.SIGKILL
    interrupted_at = _committed_sources(db)
    assert 0 < interrupted_at < ARTICLES, "the run was not interrupted halfway: the test proves nothing"
    assert not (out / "claims.jsonl").exists()

    resumed = _newsfacts(corpus, out)
    _, stderr = resumed.communicate(timeout=DEADLINE_SECONDS)
    assert resumed.returncode == 0, stderr.decode()

    for name in OUTPUTS:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    with Store(db) as store, Store(fresh / "newsfacts.sqlite") as reference:
        assert store.sources() == reference.sources()
        assert store.articles() == reference.articles()
        assert store.claims() == reference.claims()
