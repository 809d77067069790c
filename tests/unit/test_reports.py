"""Tests for pipeline.reports: the five output files, escaping, highlighting, determinism."""

from __future__ import annotations

import base64
import hashlib
import html
import re
from datetime import date
from pathlib import Path

import pytest

from pipeline.models import Article, Claim, Conflict, ConflictClaim, Reason, RunSummary
from pipeline.reports import escape_markdown, highlight_number, write_outputs

OUTPUT_FILES = ("articles.jsonl", "claims.jsonl", "conflicts.jsonl", "report.md", "report.html")

TEXT_A = (
    "Stanford's AI Index counts US private AI investment at $67.2 billion. "
    "China's private AI investment reached $7.26 billion in 2023, the report said."
)
TEXT_B = (
    "Beijing-based analysts said China's private AI investment was $7.8 billion in 2023 "
    "<script>alert(1)</script> | according to a CB Insights tally."
)


def _claim(text: str, article: str, sentence: str, value_text: str, value: float, **extra) -> Claim:
    """A Claim whose offsets point at `value_text` inside `sentence` inside `text`."""
    sentence_start = text.index(sentence)
    char_start = sentence_start + sentence.index(value_text)
    fields = dict(
        claim_id=f"{article}:{char_start}",
        article=article,
        country="CHN",
        country_name="China",
        metric="private_ai_investment",
        metric_label="Private AI investment",
        value=value,
        value_text=value_text,
        precision=1e7,
        unit="USD",
        qualifier="exact",
        year=2023,
        year_source="explicit",
        year_text="2023",
        sentence=sentence,
        sentence_start=sentence_start,
        char_start=char_start,
        char_end=char_start + len(value_text),
        source_attribution=None,
        rule_id="money_investment",
    )
    fields.update(extra)
    return Claim(**fields)


def _conflict_claim(claim: Claim) -> ConflictClaim:
    return ConflictClaim(
        **claim.model_dump(
            include={
                "claim_id", "article", "value", "value_text", "unit", "qualifier", "year",
                "year_source", "sentence", "char_start", "char_end", "source_attribution",
            }
        )
    )


@pytest.fixture
def records():
    articles = [
        Article(
            article="ai-index-2024.txt",
            title="AI Index 2024: investment | trends",
            url="https://example.org/ai-index-2024",
            source="Example News",
            published=date(2024, 4, 15),
            published_source="metadata",
            language="en",
            sha256="a" * 64,
            n_claims=1,
        ),
        Article(
            article="cbinsights.html",
            title="China AI funding",
            url="javascript:alert(2)",
            published=date(2024, 2, 1),
            published_source="dateline",
            language="en",
            sha256="b" * 64,
            n_claims=1,
        ),
        Article(
            article="empty.txt",
            sha256="c" * 64,
            status="rejected",
            reason=Reason.EMPTY,
            detail="0 bytes after stripping <whitespace>",
        ),
    ]
    claim_a = _claim(
        TEXT_A,
        "ai-index-2024.txt",
        "China's private AI investment reached $7.26 billion in 2023, the report said.",
        "$7.26 billion",
        7.26e9,
        source_attribution="Stanford AI Index",
    )
    claim_b = _claim(
        TEXT_B,
        "cbinsights.html",
        TEXT_B,
        "$7.8 billion",
        7.8e9,
        precision=1e8,
        source_attribution="CB Insights",
    )
    conflict = Conflict(
        conflict_id="3f9c2a7d51e04b6a",
        kind="value",
        country="CHN",
        metric="private_ai_investment",
        year=2023,
        claims=[_conflict_claim(claim_a), _conflict_claim(claim_b)],
        explanation="$7.26 billion and $7.8 billion differ by 7.4%, more than rounding allows.",
    )
    summary = RunSummary(
        articles_read=3,
        articles_rejected=1,
        rejected_by_reason={"empty": 1},
        claims=2,
        conflicts=1,
        rules_sha256="d" * 64,
    )
    return {"articles": articles, "claims": [claim_a, claim_b], "conflicts": [conflict], "summary": summary}


def _write(out_dir: Path, records) -> dict[str, str]:
    write_outputs(out_dir, records["articles"], records["claims"], records["conflicts"], records["summary"])
    return {name: (out_dir / name).read_text(encoding="utf-8") for name in OUTPUT_FILES}


def _empty_summary() -> RunSummary:
    return RunSummary(
        articles_read=0, articles_rejected=0, rejected_by_reason={}, claims=0, conflicts=0, rules_sha256="e" * 64
    )


def test_reports_writes_all_five_files_into_a_new_folder(tmp_path, records):
    out_dir = tmp_path / "nested" / "out"
    _write(out_dir, records)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(OUTPUT_FILES)


@pytest.mark.parametrize(
    "name,model,key,count",
    [
        ("articles.jsonl", Article, "articles", 3),
        ("claims.jsonl", Claim, "claims", 2),
        ("conflicts.jsonl", Conflict, "conflicts", 1),
    ],
)
def test_reports_jsonl_lines_validate_back_in_order(tmp_path, records, name, model, key, count):
    files = _write(tmp_path, records)
    lines = files[name].splitlines()
    assert len(lines) == count
    assert files[name].endswith("\n")
    assert [model.model_validate_json(line) for line in lines] == list(records[key])


def test_reports_highlight_is_exactly_the_offsets_text(tmp_path, records):
    files = _write(tmp_path, records)
    texts = {"ai-index-2024.txt": TEXT_A, "cbinsights.html": TEXT_B}
    for claim in records["conflicts"][0].claims:
        number = texts[claim.article][claim.char_start : claim.char_end]
        assert number == claim.value_text
        assert f"<mark>{html.escape(number)}</mark>" in files["report.html"]
        assert f"**{escape_markdown(number)}**" in files["report.md"]
    assert re.findall(r"<mark>(.*?)</mark>", files["report.html"]) == [
        "$7.26 billion", "$7.8 billion", "$7.26 billion", "$7.8 billion"
    ]


def test_reports_highlight_uses_offsets_not_first_occurrence(tmp_path, records):
    # The same figure appears twice in the sentence; the offsets point at the second one.
    text = "Forecasts of 5% were revised: Vietnam's GDP grew 5% in 2023."
    sentence = text
    second = text.rindex("5%")
    claim = _claim(
        text, "vn.txt", sentence, "5%", 5.0, country="VNM", country_name="Vietnam",
        metric="gdp_growth", metric_label="GDP growth", unit="percent", precision=1.0,
    ).model_copy(update={"char_start": second, "char_end": second + 2})
    other = _claim(
        "Vietnam's economy expanded 5.05% in 2023.", "vn2.txt", "Vietnam's economy expanded 5.05% in 2023.",
        "5.05%", 5.05, country="VNM", country_name="Vietnam", metric="gdp_growth", metric_label="GDP growth",
        unit="percent", precision=0.01,
    )
    conflict = Conflict(
        conflict_id="vnm-gdp-2023", kind="value", country="VNM", metric="gdp_growth", year=2023,
        claims=[_conflict_claim(claim), _conflict_claim(other)], explanation="5% and 5.05% differ.",
    )
    files = _write(tmp_path, {**records, "claims": [claim, other], "conflicts": [conflict]})
    assert "grew <mark>5%</mark> in 2023" in files["report.html"]
    assert "Forecasts of 5% were revised" in files["report.html"]
    assert "grew **5%** in 2023" in files["report.md"]


@pytest.mark.parametrize(
    "sentence,rel_start,rel_end,value_text,expected",
    [
        ("GDP grew 5% in 2023.", 9, 11, "5%", ("GDP grew ", "5%", " in 2023.")),
        # full Claim not found: fall back to locating value_text
        ("GDP grew 5% in 2023.", None, None, "5%", ("GDP grew ", "5%", " in 2023.")),
        # offsets out of range: fall back
        ("GDP grew 5% in 2023.", 90, 92, "5%", ("GDP grew ", "5%", " in 2023.")),
        # nothing to highlight (negative row)
        ("GDP grew five percent.", None, None, "5%", ("GDP grew five percent.", "", "")),
    ],
)
def test_reports_highlight_number_splits_sentence(sentence, rel_start, rel_end, value_text, expected):
    result = highlight_number(sentence, rel_start, rel_end, value_text)
    assert (result.before, result.number, result.after) == expected


def test_reports_html_escapes_article_text(tmp_path, records):
    page = _write(tmp_path, records)["report.html"]
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "0 bytes after stripping &lt;whitespace&gt;" in page
    # a javascript: URL from article metadata never becomes a link
    assert "javascript:" not in page
    assert 'href="https://example.org/ai-index-2024"' in page


def test_reports_html_is_self_contained(tmp_path, records):
    page = _write(tmp_path, records)["report.html"]
    assert '<meta name="viewport"' in page
    assert not re.search(r"<(link|img|iframe)\b", page)
    assert not re.search(r"<script[^>]+src=", page)
    assert page.count("<script>") == 1
    assert "@import" not in page


def test_reports_markdown_escapes_table_pipes(tmp_path, records):
    report = _write(tmp_path, records)["report.md"]
    assert "\\<script\\>alert(1)\\</script\\> \\| according" in report
    assert "<script>" not in report
    table_rows = [line for line in report.splitlines() if line.startswith("| 1 | ") or line.startswith("| 2 | ")]
    assert len(table_rows) == 2
    for row in table_rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 9


@pytest.mark.parametrize(
    "raw,escaped",
    [
        ("a | b", "a \\| b"),
        ("<b>x</b>", "\\<b\\>x\\</b\\>"),
        ("private_ai_investment", "private_ai_investment"),
        ("_emphasis_", "\\_emphasis\\_"),
        ("S&P 500", "S&P 500"),
        ("&amp;", "\\&amp;"),
        ("line one\nline two", "line one line two"),
        (None, ""),
    ],
)
def test_reports_escape_markdown(raw, escaped):
    assert escape_markdown(raw) == escaped


def test_reports_conflict_count_and_ids_in_both_reports(tmp_path, records):
    files = _write(tmp_path, records)
    for name in ("report.md", "report.html"):
        assert "Conflicts (1)" in files[name]
        for conflict in records["conflicts"]:
            assert conflict.conflict_id in files[name]
    assert 'data-country="CHN"' in files["report.html"]
    assert 'data-kind="value"' in files["report.html"]


def test_reports_markdown_sections(tmp_path, records):
    report = _write(tmp_path, records)["report.md"]
    assert report.startswith("# newsfacts report\n")
    assert "| empty | 1 |" in report
    assert "### 1. value conflict: CHN (China), Private AI investment, 2023" in report
    assert "| 1 | ai-index-2024.txt | $7.26 billion | USD | exact | 2023 | explicit | Stanford AI Index |" in report
    assert "- empty.txt: empty (0 bytes after stripping \\<whitespace\\>)" in report


def test_reports_empty_inputs_write_valid_files(tmp_path):
    write_outputs(tmp_path, [], [], [], _empty_summary())
    for name in ("articles.jsonl", "claims.jsonl", "conflicts.jsonl"):
        assert (tmp_path / name).read_text(encoding="utf-8") == ""
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Conflicts (0)" in report and "No conflicts found." in report
    assert "Conflicts (0)" in page and "No conflicts found." in page
    assert page.rstrip().endswith("</html>")


def test_reports_rerun_is_byte_identical(tmp_path, records):
    _write(tmp_path / "one", records)
    _write(tmp_path / "two", records)
    _write(tmp_path / "one", records)  # overwrite in place
    for name in OUTPUT_FILES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_reports_leaves_no_temporary_files(tmp_path, records):
    _write(tmp_path, records)
    _write(tmp_path, records)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUT_FILES)


def test_reports_failed_write_keeps_previous_file(tmp_path, records, monkeypatch):
    _write(tmp_path, records)
    before = (tmp_path / "articles.jsonl").read_bytes()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr("pipeline.reports.os.replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_outputs(tmp_path, records["articles"][:1], [], [], _empty_summary())
    assert (tmp_path / "articles.jsonl").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(OUTPUT_FILES)


def test_reports_html_csp_allows_only_the_report_script(tmp_path, records):
    page = _write(tmp_path, records)["report.html"]
    script = re.search(r"<script>(.*?)</script>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    policy = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    assert "default-src 'none'" in policy
    assert f"script-src 'sha256-{digest}'" in policy


def test_reports_highlight_falls_back_when_full_claim_missing(tmp_path, records):
    # conflicts.jsonl written by an older run: the full Claims are not passed in
    files = _write(tmp_path, {**records, "claims": []})
    assert "reached <mark>$7.26 billion</mark> in 2023" in files["report.html"]
    assert "reached **$7.26 billion** in 2023" in files["report.md"]
    assert "No claims extracted." in files["report.html"]
