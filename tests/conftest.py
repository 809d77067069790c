"""The one conftest: shared fixtures, the bundled corpus run once per session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.run import RunResult, run_batch
from pipeline.settings import Settings
from pipeline.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[RunResult, Path]:
    """newsfacts run over the bundled corpus/ (spaCy is slow to load: do it once). The store
    is out/newsfacts.sqlite."""
    out = tmp_path_factory.mktemp("outputs")
    settings = Settings(corpus=ROOT / "corpus", out=out, rules=ROOT / "rules")
    return run_batch(settings), out


@pytest.fixture
def tmp_store(tmp_path: Path) -> Iterator[Store]:
    """An empty claim store in a temporary folder."""
    with Store(tmp_path / "store.sqlite") as store:
        yield store
