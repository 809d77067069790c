"""report.html in a real headless browser (Debian's chromium driven by Playwright).

The report is rendered from the bundled corpus plus a crafted article whose title and
conflicting sentence carry `<script>window.__pwned=1</script>`. The page must load
without console errors or network requests, show every conflict, never run the
article's script, filter by country and kind, and fit a phone's width.

Without chromium the test is skipped on a developer machine and fails in CI (.ci/run
sets CI and installs chromium).
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from pipeline.reference import load_reference
from pipeline.run import run_batch
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "<script>window.__pwned=1</script>"
CRAFTED = f"""---
url: javascript:window.__pwned=2
date: 2024-05-01
title: "{SCRIPT}AI money & <b>China</b>"
---
In 2023, China attracted $9.99 billion in AI-related private investment {SCRIPT} according to the report.
"""
PHONE = {"width": 375, "height": 812}


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs Debian's chromium package")
        pytest.skip("chromium is not installed (apt-get install chromium); CI runs this test")
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """report.html and the conflicts of corpus/ plus the crafted article, checked against
tests/data/reference.csv so that more than one kind of conflict is shown."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in (ROOT / "corpus").iterdir():
        shutil.copy(path, corpus / path.name)
    (corpus / "900_crafted-script.md").write_text(CRAFTED, encoding="utf-8")
    out = tmp_path_factory.mktemp("outputs")
    trusted = load_reference(ROOT / "tests" / "data" / "reference.csv")
    run_batch(Settings(corpus=corpus, out=out, rules=ROOT / "rules"), reference=trusted)
    conflicts = [json.loads(line) for line in (out / "conflicts.jsonl").read_text(encoding="utf-8").splitlines()]
    return out / "report.html", conflicts


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = _chromium()
    with sync_playwright() as playwright:
        # chromium's sandbox refuses to start as root, which CI machines often are
        args = ["--no-sandbox"] if os.geteuid() == 0 else []
        launched = playwright.chromium.launch(executable_path=executable, args=args)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser, report: tuple[Path, list[dict]]) -> Iterator[tuple[object, list[str]]]:
    """The report open in a fresh page, with every console error, page error and
    request to anything but the file itself recorded in `problems`."""
    html, _ = report
    context = browser.new_context()  # type: ignore[attr-defined]
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda message: problems.append(f"console {message.type}: {message.text}")
              if message.type in ("error", "warning") else None)
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.on("request", lambda request: problems.append(f"request: {request.url}")
              if request.url != html.as_uri() else None)
    opened.goto(html.as_uri())
    opened.wait_for_load_state("load")
    yield opened, problems
    context.close()


def _visible_cards(page) -> int:  # type: ignore[no-untyped-def]
    return page.locator("#conflict-list .card:visible").count()


def test_report_browser_loads_cleanly_and_shows_every_conflict(page, report) -> None:  # type: ignore[no-untyped-def]
    opened, problems = page
    _, conflicts = report
    assert len(conflicts) >= 2
    assert opened.locator("#conflict-list .card").count() == len(conflicts)
    assert _visible_cards(opened) == len(conflicts)
    assert opened.locator("#controls").is_visible()  # the inline filter script ran under the CSP
    assert opened.locator("#shown-count").inner_text() == f"{len(conflicts)} of {len(conflicts)} shown"
    assert opened.locator(".card .value.trusted").count() == sum(len(c["trusted"]) for c in conflicts) > 0
    assert problems == []


def test_report_browser_never_runs_article_script(page, report) -> None:  # type: ignore[no-untyped-def]
    opened, problems = page
    _, conflicts = report
    assert any(claim["article"] == "900_crafted-script.md" for c in conflicts for claim in c["claims"])
    assert opened.evaluate("window.__pwned") is None
    crafted = sum(claim["article"] == "900_crafted-script.md" for c in conflicts for claim in c["claims"])
    quoted = opened.locator("#conflict-list blockquote", has_text="window.__pwned=1")
    assert quoted.count() == crafted  # in the value conflict and against the reference
    assert all(SCRIPT in text for text in quoted.all_inner_texts())  # shown as text, not parsed
    assert opened.locator("#conflict-list mark", has_text="$9.99 billion").count() == crafted
    assert opened.locator("a[href^='javascript:']").count() == 0
    assert opened.locator("b", has_text="China").count() == 0
    assert problems == []


def test_report_browser_filters_by_country_and_kind(page, report) -> None:  # type: ignore[no-untyped-def]
    opened, problems = page
    _, conflicts = report

    def about(code: str) -> list[dict]:
        return [c for c in conflicts if code in c["country"].split("+")]

    countries = sorted({code for c in conflicts for code in c["country"].split("+")})
    kinds = sorted({c["kind"] for c in conflicts})
    assert len(kinds) > 1
    assert opened.locator("#filter-country option").all_inner_texts()[0] == "All countries"
    for code in countries:
        opened.select_option("#filter-country", code)
        assert _visible_cards(opened) == len(about(code)), code
    opened.select_option("#filter-country", "")
    for kind in kinds:
        opened.select_option("#filter-kind", kind)
        assert _visible_cards(opened) == len([c for c in conflicts if c["kind"] == kind]), kind
    opened.select_option("#filter-country", "USA")
    opened.select_option("#filter-kind", "value")
    both = [c for c in about("USA") if c["kind"] == "value"]
    assert _visible_cards(opened) == len(both) > 0
    assert opened.locator("#shown-count").inner_text() == f"{len(both)} of {len(conflicts)} shown"
    opened.select_option("#filter-country", "")
    opened.select_option("#filter-kind", "")
    assert _visible_cards(opened) == len(conflicts)
    assert problems == []


def test_report_browser_fits_a_phone_screen(browser, report) -> None:  # type: ignore[no-untyped-def]
    html, _ = report
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True)
    opened = context.new_page()
    opened.goto(html.as_uri())
    overflow = opened.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert overflow <= 0
