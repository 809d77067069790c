"""pipeline/ingest.py: corpus files -> Documents or rejected Articles, never an exception."""

import hashlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.errors import ConfigError
from pipeline.ingest import CorpusReader, SourceFile, read_corpus, read_path
from pipeline.models import Article, Document, Reason
from pipeline.settings import Settings

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
SETTINGS = Settings()

ENGLISH = (
    "South Korea lost 0.36 AI professionals per 10,000 people last year, ranking 35th out of 38 "
    "OECD countries, according to a report released on Tuesday by the Korea Chamber of Commerce.\n"
)


def _meta(result: Document | Article) -> Article:
    return result.meta if isinstance(result, Document) else result


def _outcome(result: Document | Article) -> tuple[str, str, Reason | None]:
    meta = _meta(result)
    return meta.article, meta.status, meta.reason


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _only(path: Path, root: Path, settings: Settings = SETTINGS) -> Document | Article:
    results = read_path(path, root, settings)
    assert len(results) == 1
    return results[0]


# -- tests/data/bad: every file accounted for -------------------------------------------

#: what read_corpus makes of each file in tests/data/bad, in reading order (shared with the e2e batch test)
BAD_EXPECTED = [
    (row["article"], row["status"], row["reason"])
    for row in map(json.loads, (BAD.parent / "bad-outcomes.jsonl").read_text().splitlines())
]


def test_ingest_bad_inputs_all_accounted_for() -> None:
    results = list(read_corpus(BAD, SETTINGS))
    assert [_outcome(r) for r in results] == BAD_EXPECTED
    seen_files = {_meta(r).article.split("#")[0] for r in results}
    on_disk = {p.name for p in BAD.iterdir() if not p.name.startswith(".")}
    assert seen_files == on_disk
    assert ".skipped-notes.txt" not in seen_files  # hidden: skipped silently


@pytest.mark.parametrize(
    "name,detail",
    [
        ("README", "Files with no extension are not read; supported: .htm, .html, .jsonl, .md, .txt."),
        ("photo.png", "Files with '.png' are not read; supported: .htm, .html, .jsonl, .md, .txt."),
        ("binary.txt", "The file contains a NUL byte at offset 8; it is binary data, not text."),
        ("controls.txt", "46% of the bytes are control characters (at most 10% in text); it is binary data, not text."),
        ("empty.txt", "The file is empty (0 bytes)."),
        ("blank.txt", "The text is empty or only whitespace."),
        ("broken.html", "No main text could be extracted from the HTML."),
        ("broken_front_matter.md", "The front matter is not valid YAML: found unexpected end of stream (line 4 of the file)."),
        (
            "undecodable.txt",
            "The bytes are not valid UTF-8 (byte 0x81 at offset 14), and no charset could be detected with confidence.",
        ),
        (
            "korean.txt",
            "The text is not English (best guess 'ko', confidence 1.00): 0% of its words are common English "
            "function words (at least 15% needed) and 100% of its letters are outside the Latin script (at most 30% allowed).",
        ),
    ],
)
def test_ingest_rejection_detail(name: str, detail: str) -> None:
    result = _only(BAD / name, BAD)
    assert isinstance(result, Article)
    assert result.detail == detail
    assert result.status == "rejected"


@pytest.mark.parametrize(
    "name,language",
    [("german.txt", "de"), ("korean.txt", "ko"), ("empty.txt", None), ("latin1.txt", "en"), ("good.html", "en")],
)
def test_ingest_language_recorded(name: str, language: str | None) -> None:
    assert _meta(_only(BAD / name, BAD)).language == language


@pytest.mark.parametrize(
    "name,hashed",
    [("binary.txt", True), ("empty.txt", True), ("german.txt", True), ("photo.png", False), ("README", False)],
)
def test_ingest_sha256_of_raw_bytes(name: str, hashed: bool) -> None:
    expected = _sha((BAD / name).read_bytes()) if hashed else None
    assert _meta(_only(BAD / name, BAD)).sha256 == expected


def test_ingest_latin1_decoded_by_detection() -> None:
    raw = (BAD / "latin1.txt").read_bytes()
    result = _only(BAD / "latin1.txt", BAD)
    assert isinstance(result, Document)
    assert result.text == raw.decode("latin-1")
    assert "Hélène Dubois" in result.text and "São Paulo" in result.text
    assert (result.meta.title, result.meta.published, result.meta.published_source) == (
        "Zurich cafe chain expands to Sao Paulo",
        date(2024, 3, 4),
        "dateline",
    )


def test_ingest_good_html_main_text_only() -> None:
    result = _only(BAD / "good.html", BAD)
    assert isinstance(result, Document)
    assert result.text == (
        "Korea raises R&D budget for 2025\n"
        "SEOUL, Aug. 27 (Example Daily) - South Korea will raise its research and development budget to "
        "29.7 trillion won next year, the finance ministry said on Tuesday, reversing a cut that had angered scientists.\n"
        "The increase of 11.8 percent is the largest in a decade, and the ministry said most of the new money "
        "would go to artificial intelligence, semiconductors and biotechnology.\n"
        "Researchers welcomed the plan but said the government should also restore the grants that were cut "
        "this year, when the budget fell for the first time in 33 years."
    )
    for boilerplate in ("cookie", "Accept all", "great move", "Too little", "Copyright", "Home"):
        assert boilerplate not in result.text
    meta = result.meta
    assert (meta.title, meta.url, meta.source, meta.published, meta.published_source) == (
        "Korea raises R&D budget for 2025",
        "https://daily.example.com/2024/08/27/korea-rd-budget",
        "Example Daily",
        date(2024, 8, 27),
        "metadata",
    )


def test_ingest_mixed_jsonl_lines() -> None:
    lines = (BAD / "mixed.jsonl").read_bytes().split(b"\n")
    results = read_path(BAD / "mixed.jsonl", BAD, SETTINGS)
    assert [_outcome(r) for r in results] == [
        ("mixed.jsonl#a1", "ok", None),
        ("mixed.jsonl#2", "rejected", Reason.JSONL),
        ("mixed.jsonl#3", "ok", None),
    ]
    assert [_meta(r).sha256 for r in results] == [_sha(line) for line in lines[:3]]
    first = results[0]
    assert isinstance(first, Document)
    assert first.text == json.loads(lines[0])["text"]
    assert (first.meta.title, first.meta.url, first.meta.source, first.meta.published, first.meta.published_source) == (
        "Korea's AI talent drain widens",
        "https://news.example.com/a1",
        "Example Wire",
        date(2024, 6, 18),
        "metadata",
    )
    assert results[1].detail == "Line 2 is not valid JSON: Unterminated string starting at (column 51)."


@pytest.mark.parametrize(
    "line,expected",
    [
        ({"id": 7, "text": ENGLISH}, ("x.jsonl#7", "ok", None, None)),
        ({"text": ENGLISH, "author": "ignored"}, ("x.jsonl#1", "ok", None, None)),
        ({"id": "a", "title": "No text"}, ("x.jsonl#a", "rejected", Reason.JSONL, "Line 1 has a bad field: 'text': Field required.")),
        ({"text": 42}, ("x.jsonl#1", "rejected", Reason.JSONL, "Line 1 has a bad field: 'text': Input should be a valid string.")),
        ([ENGLISH], ("x.jsonl#1", "rejected", Reason.JSONL, "Line 1 is a JSON list, not an object.")),
        ({"text": "   "}, ("x.jsonl#1", "rejected", Reason.EMPTY, "The text is empty or only whitespace.")),
        ({"text": "GDP\u0000 grew"}, ("x.jsonl#1", "rejected", Reason.BINARY, "The text contains a NUL character at offset 3.")),
    ],
)
def test_ingest_jsonl_line_outcome(tmp_path: Path, line, expected: tuple) -> None:
    (tmp_path / "x.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    meta = _meta(_only(tmp_path / "x.jsonl", tmp_path))
    assert (meta.article, meta.status, meta.reason, meta.detail) == expected


def test_ingest_jsonl_duplicate_ids_blank_lines_and_bad_utf8(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": ENGLISH}).encode()
    (tmp_path / "x.jsonl").write_bytes(b"\xef\xbb\xbf" + good + b"\r\n\n  \n" + good + b"\n" + b'{"text": "caf\xe9"}\n')
    results = read_path(tmp_path / "x.jsonl", tmp_path, SETTINGS)
    assert [(_outcome(r), _meta(r).detail) for r in results] == [
        (("x.jsonl#a", "ok", None), None),
        (("x.jsonl#a", "rejected", Reason.JSONL), "Line 4 repeats the id of line 1; ids must be unique within a file."),
        (("x.jsonl#5", "rejected", Reason.ENCODING), "Line 5 is not valid UTF-8 (byte 0xe9 at offset 13 of the line)."),
    ]
    assert _meta(results[0]).sha256 == _sha(b"\xef\xbb\xbf" + good)


def test_ingest_jsonl_without_lines_is_empty(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text("\n  \n", encoding="utf-8")
    assert _outcome(_only(tmp_path / "x.jsonl", tmp_path)) == ("x.jsonl", "rejected", Reason.EMPTY)


def test_ingest_jsonl_line_over_limit(tmp_path: Path) -> None:
    settings = Settings(max_bytes=300)
    long_line = json.dumps({"id": "long", "text": ENGLISH * 4}).encode()
    short_line = json.dumps({"id": "short", "text": ENGLISH}).encode()
    (tmp_path / "x.jsonl").write_bytes(long_line + b"\n" + short_line + b"\n")
    results = read_path(tmp_path / "x.jsonl", tmp_path, settings)
    assert [_outcome(r) for r in results] == [("x.jsonl#1", "rejected", Reason.TOO_LARGE), ("x.jsonl#short", "ok", None)]
    assert _meta(results[0]).sha256 == _sha(long_line)
    assert _meta(results[0]).detail == f"The input has {len(long_line):,} bytes, more than the limit of 300 (Settings.max_bytes)."


# -- size, decoding, front matter --------------------------------------------------------


def test_ingest_huge_file_rejected_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: the size is there, the bytes are not written
        handle.truncate(SETTINGS.max_bytes + 1)

    def refuse(*args, **kwargs):
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(Path, "open", refuse)
    result = _only(huge, tmp_path)
    assert (_outcome(result), result.sha256, result.detail) == (
        ("huge.txt", "rejected", Reason.TOO_LARGE),
        None,
        "The input has 5,000,001 bytes, more than the limit of 5,000,000 (Settings.max_bytes).",
    )


@pytest.mark.parametrize(
    "name,content,fingerprint",
    [
        ("a.txt", b"Korea", "sha256:" + hashlib.sha256(b"Korea").hexdigest()),
        ("a.jsonl", b'{"text": "x"}\n' * 3, "sha256:" + hashlib.sha256(b'{"text": "x"}\n' * 3).hexdigest()),
        ("a.png", b"\x89PNG", "size:4"),  # unsupported: never read
        ("huge.txt", None, f"size:{SETTINGS.max_bytes + 1}"),  # over the limit: never read
    ],
)
def test_ingest_fingerprint_reads_only_what_ingest_would_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes | None, fingerprint: str
) -> None:
    path = tmp_path / name
    if content is None:
        with path.open("wb") as handle:  # sparse: the size is there, the bytes are not written
            handle.truncate(SETTINGS.max_bytes + 1)

        def refuse(*args, **kwargs):
            raise AssertionError("a file over the limit must not be opened")

        monkeypatch.setattr(Path, "open", refuse)
    else:
        path.write_bytes(content)
    reader = CorpusReader(tmp_path, SETTINGS)
    assert reader.fingerprint(SourceFile(path, name)) == fingerprint


def test_ingest_fingerprint_of_a_directory_names_the_refusal(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    reader = CorpusReader(tmp_path, SETTINGS)
    assert reader.fingerprint(SourceFile(tmp_path / "folder.txt", "folder.txt")) == (
        "refused:The path is not a regular file (a directory, pipe or device)."
    )


@pytest.mark.parametrize("size,expected", [(len(ENGLISH), ("ok", None)), (len(ENGLISH) + 1, ("rejected", Reason.TOO_LARGE))])
def test_ingest_size_limit_boundary(tmp_path: Path, size: int, expected: tuple) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH + " " * (size - len(ENGLISH)), encoding="utf-8")
    _, status, reason = _outcome(_only(tmp_path / "a.txt", tmp_path, Settings(max_bytes=len(ENGLISH))))
    assert (status, reason) == expected


RUSSIAN = "Правительство России увеличит расходы на исследования в следующем году."


@pytest.mark.parametrize(
    "name,raw,expected",
    [
        # UTF-8 with a BOM: the BOM is dropped, the hash covers it
        ("bom.txt", b"\xef\xbb\xbf" + ENGLISH.encode(), ("ok", None, "en", ENGLISH)),
        # Latin-1 declared in a meta tag
        (
            "meta.html",
            b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
            b"<body><article><p>" + ENGLISH.strip().encode() + b" Caf\xe9 owners agreed.</p></article></body></html>",
            ("ok", None, "en", ENGLISH.strip() + " Café owners agreed."),
        ),
        # Windows-1252 declared in an XML declaration (0x92 is a curly apostrophe there)
        (
            "xml.html",
            b'<?xml version="1.0" encoding="windows-1252"?><html><body><article><p>'
            + ENGLISH.strip().encode()
            + b" The country\x92s budget grew.</p></article></body></html>",
            ("ok", None, "en", ENGLISH.strip() + " The country\u2019s budget grew."),
        ),
        # a wrong declaration does not stop detection
        (
            "wrong.html",
            b'<html><head><meta charset="no-such-charset"></head><body><article><p>'
            + ENGLISH.strip().encode()
            + b" Caf\xe9 owners in S\xe3o Paulo and Z\xfcrich agreed.</p></article></body></html>",
            ("ok", None, "en", ENGLISH.strip() + " Café owners in São Paulo and Zürich agreed."),
        ),
        # too short for charset detection
        ("short.txt", b"GDP \xff\xfe\xfd\xfc\x81\x8d", ("rejected", Reason.ENCODING, None, None)),
        # Windows-1251 Russian: detected, decoded, then rejected for its language
        ("ru.txt", RUSSIAN.encode("cp1251"), ("rejected", Reason.LANGUAGE, "ru", None)),
    ],
)
def test_ingest_decoding(tmp_path: Path, name: str, raw: bytes, expected: tuple) -> None:
    (tmp_path / name).write_bytes(raw)
    result = _only(tmp_path / name, tmp_path)
    meta = _meta(result)
    text = result.text if isinstance(result, Document) else None
    assert (meta.status, meta.reason, meta.language, text) == expected
    assert meta.sha256 == _sha(raw)


@pytest.mark.parametrize(
    "content,expected",
    [
        # the body is everything after the closing '---' line, unchanged
        ("---\ntitle: T\ndate: 2023-12-25\n---\n" + ENGLISH, ("ok", None, ENGLISH, "T", date(2023, 12, 25))),
        ("---\r\ntitle: T\r\n---\r\n\r\n" + ENGLISH, ("ok", None, "\r\n" + ENGLISH, "T", None)),
        ("---\n---\n" + ENGLISH, ("ok", None, ENGLISH, None, None)),
        # without a date in the metadata or the text, the URL's date is the publication date
        ("---\nurl: https://x.example/2024/05/02/a\n---\n" + ENGLISH, ("ok", None, ENGLISH, None, date(2024, 5, 2))),
        ("---\nurl: https://x.example/2024/05/02/a\ndate: 2024-05-03\n---\n" + ENGLISH,
         ("ok", None, ENGLISH, None, date(2024, 5, 3))),
        ("---\ntags: [a, b]\nauthor: X\n---\n" + ENGLISH, ("ok", None, ENGLISH, None, None)),
        # no front matter: the whole file is the body, and no title is guessed for .md
        ("Title line\n\n" + ENGLISH, ("ok", None, "Title line\n\n" + ENGLISH, None, None)),
        # an unquoted colon in a value is read as site generators read it, not refused as bad YAML
        ("---\ntitle: Korea slips: report\ndate: 2025-04-08\n---\n" + ENGLISH,
         ("ok", None, ENGLISH, "Korea slips: report", date(2025, 4, 8))),
        ("---\ntitle: Korea slips: report\n- a\n---\n" + ENGLISH, ("rejected", Reason.FRONT_MATTER, None, None, None)),
        ("---\ntitle: T\n" + ENGLISH, ("rejected", Reason.FRONT_MATTER, None, None, None)),
        ("---\ntitle: [a, b]\n---\n" + ENGLISH, ("rejected", Reason.FRONT_MATTER, None, None, None)),
        ("---\n- a\n- b\n---\n" + ENGLISH, ("rejected", Reason.FRONT_MATTER, None, None, None)),
        ("---\ntitle: T\n---\n\n  \n", ("rejected", Reason.EMPTY, None, None, None)),
        ("---\ntitle: T\n---", ("rejected", Reason.EMPTY, None, None, None)),
        ("---", ("rejected", Reason.FRONT_MATTER, None, None, None)),
    ],
)
def test_ingest_markdown_front_matter(tmp_path: Path, content: str, expected: tuple) -> None:
    (tmp_path / "a.md").write_bytes(content.encode("utf-8"))
    result = _only(tmp_path / "a.md", tmp_path)
    meta = _meta(result)
    text = result.text if isinstance(result, Document) else None
    assert (meta.status, meta.reason, text, meta.title, meta.published) == expected


@pytest.mark.parametrize(
    "content,detail",
    [
        ("---\ntitle: T\n" + ENGLISH, "The front matter opened by '---' on the first line is never closed by a '---' line."),
        ("---\ntitle: [a, b]\n---\n" + ENGLISH, "The front matter has a bad field: 'title': Input should be a valid string."),
        ("---\n- a\n---\n" + ENGLISH, "The front matter is not a mapping of keys to values."),
    ],
)
def test_ingest_markdown_front_matter_detail(tmp_path: Path, content: str, detail: str) -> None:
    (tmp_path / "a.md").write_text(content, encoding="utf-8")
    assert _meta(_only(tmp_path / "a.md", tmp_path)).detail == detail


def test_ingest_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    result = _only(tmp_path / "a.txt", tmp_path)
    assert (_outcome(result), result.detail, result.sha256) == (
        ("a.txt", "rejected", Reason.UNREADABLE),
        "The file could not be read: Permission denied.",
        None,
    )


def test_ingest_html_parser_failure_is_a_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def explode(*args, **kwargs):
        raise ValueError("tree too deep")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    (tmp_path / "a.html").write_text("<html><body><p>" + ENGLISH + "</p></body></html>", encoding="utf-8")
    result = _only(tmp_path / "a.html", tmp_path)
    assert (_outcome(result), result.detail) == (
        ("a.html", "rejected", Reason.HTML),
        "The HTML could not be parsed (ValueError: tree too deep).",
    )


# -- walking: order, hidden files, symbolic links ---------------------------------------


def test_ingest_walk_sorted_relative_paths(tmp_path: Path) -> None:
    for rel in ["b/z.txt", "b/a.md", "a.txt", "c.TXT", ".git/x.txt", "b/.hidden.txt", "b/sub/n.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(ENGLISH, encoding="utf-8")
    assert [_outcome(r) for r in read_corpus(tmp_path, SETTINGS)] == [
        ("a.txt", "ok", None),
        ("b/a.md", "ok", None),
        ("b/sub/n.txt", "ok", None),
        ("b/z.txt", "ok", None),
        ("c.TXT", "ok", None),
    ]


def test_ingest_symbolic_links(tmp_path: Path) -> None:
    root, outside = tmp_path / "corpus", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (root / "sub" / "inside.txt").write_text(ENGLISH, encoding="utf-8")
    (outside / "secret.txt").write_text(ENGLISH, encoding="utf-8")
    os.symlink(root / "sub" / "inside.txt", root / "link_in.txt")
    os.symlink(outside / "secret.txt", root / "link_out.txt")
    os.symlink(outside, root / "link_dir_out")
    os.symlink(root, root / "sub" / "loop")  # a cycle: must end
    os.symlink(root / "missing.txt", root / "broken.txt")
    results = list(read_corpus(root, SETTINGS))
    assert [_outcome(r) for r in results] == [
        ("broken.txt", "rejected", Reason.UNREADABLE),
        ("link_dir_out", "rejected", Reason.SYMLINK),
        ("link_in.txt", "ok", None),
        ("link_out.txt", "rejected", Reason.SYMLINK),
        ("sub/inside.txt", "ok", None),
    ]
    assert _meta(results[3]).detail == f"The symbolic link points outside the corpus root, to {outside.resolve() / 'secret.txt'}."
    assert _meta(results[2]).sha256 == _sha(ENGLISH.encode())
    # read_path applies the same rule to a single link, and to a file reached through a linked directory
    assert _outcome(_only(root / "link_out.txt", root)) == ("link_out.txt", "rejected", Reason.SYMLINK)
    assert _outcome(_only(root / "link_dir_out" / "secret.txt", root)) == (
        "link_dir_out/secret.txt",
        "rejected",
        Reason.SYMLINK,
    )


def test_ingest_directory_link_inside_root_walked_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    os.symlink(tmp_path / "real", tmp_path / "alias")
    os.symlink(tmp_path / "real", tmp_path / "zz_alias")
    # "alias" sorts first and is followed; "real" and "zz_alias" are the same directory
    assert [_outcome(r) for r in read_corpus(tmp_path, SETTINGS)] == [("alias/a.txt", "ok", None)]


@pytest.mark.parametrize("make", [lambda p: None, lambda p: p.write_text("x", encoding="utf-8")])
def test_ingest_root_must_be_a_directory(tmp_path: Path, make) -> None:
    root = tmp_path / "corpus"
    make(root)
    with pytest.raises(ConfigError, match="is not a directory"):
        list(read_corpus(root, SETTINGS))


def test_ingest_read_path_outside_root_is_a_caller_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is not under the corpus root"):
        read_path(BAD / "empty.txt", tmp_path, SETTINGS)


# -- the bundled corpus -----------------------------------------------------------------

CORPUS_PUBLISHED = {
    "000_5e9228e8853b5bd3.txt": (None, None),  # "SEOUL, April 17" has no year
    "001_f3264cf3099be723.txt": (date(2024, 4, 17), "dateline"),
    "002_26d237262a6b8aba.txt": (None, None),
    "003_b421b400f0a5eeaa.txt": (date(2025, 3, 6), "dateline"),
    "004_4407f960f5acb31d.txt": (None, None),
    "101_meritalk-us-ahead-of-china-vibrancy.md": (None, None),
    "102_blondellonline-us-leads-world-in-ai.md": (None, None),  # "July 4, 2024" is in a caption
    "103_businesskorea-element-ai-talent-share.md": (None, None),
    "104_chosun-korea-lacks-ai-experts.md": (date(2023, 11, 21), "metadata"),
    "105_koreabizwire-brain-balance-deficit.md": (None, None),
    "106_daily8-koreaherald-oecd-ai-brain-drain.md": (None, None),
    "107_thestar-korea-approves-rd-budget-cut.md": (date(2023, 12, 25), "metadata"),
    "108_asiae-rd-budget-cut-global-rd.md": (date(2025, 2, 20), "metadata"),
    "109_kotra-korea-6th-global-ai-index.md": (date(2023, 10, 16), "metadata"),
    "110_news1global-korea-ai-index-2025.md": (None, None),
}


@pytest.fixture(scope="module")
def corpus_results() -> list[Document | Article]:
    return list(read_corpus(CORPUS, SETTINGS))


def test_ingest_corpus_all_accepted_as_english(corpus_results: list) -> None:
    assert [_outcome(r) for r in corpus_results] == [(name, "ok", None) for name in sorted(CORPUS_PUBLISHED)]
    assert all(isinstance(r, Document) and r.meta.language == "en" for r in corpus_results)


def test_ingest_corpus_publication_dates(corpus_results: list) -> None:
    found = {r.meta.article: (r.meta.published, r.meta.published_source) for r in corpus_results}
    assert found == CORPUS_PUBLISHED


@pytest.mark.parametrize("name", sorted(CORPUS_PUBLISHED))
def test_ingest_corpus_text_and_hash(corpus_results: list, name: str) -> None:
    raw = (CORPUS / name).read_bytes()
    document = next(r for r in corpus_results if r.meta.article == name)
    assert document.meta.sha256 == _sha(raw)
    content = raw.decode("utf-8")
    if name.endswith(".md"):
        # the body starts right after the closing '---\n'; offsets into it are offsets into the file
        closing = content.index("\n---\n", 3) + len("\n---\n")
        assert document.text == content[closing:]
        assert content.encode("utf-8").endswith(document.text.encode("utf-8"))
    else:
        assert document.text == content


@pytest.mark.parametrize(
    "name,title,url",
    [
        ("000_5e9228e8853b5bd3.txt", "South Korea Lags in AI Model Development Despite Human Capital Strengths | Be Korea-savvy", None),
        ("001_f3264cf3099be723.txt", "Korea increasingly losing AI talent abroad: report", None),
        ("102_blondellonline-us-leads-world-in-ai.md", "The U.S. leads the world in AI. Here’s who else is at the top",
         "https://blondellonline.com/the-u-s-leads-the-world-in-ai-heres-who-else-is-at-the-top/"),
        ("103_businesskorea-element-ai-talent-share.md", None, "http://www.businesskorea.co.kr/news/articleView.html?idxno=206118"),
    ],
)
def test_ingest_corpus_titles_and_urls(corpus_results: list, name: str, title: str | None, url: str | None) -> None:
    document = next(r for r in corpus_results if r.meta.article == name)
    assert (document.meta.title, document.meta.url) == (title, url)


# -- any bytes: a result, never an exception --------------------------------------------

PIECES = st.sampled_from(
    [ENGLISH.encode(), b"---\n", b"title: x\n", b"\xef\xbb\xbf", b"\x00", b"\xe9", b"\xff\xfe", b"<p>", b"{", b"}\n",
     b'{"text": "', b'"}', b"\n", b"\x1b", "한국".encode(), b"2024-04-17 10:00 "]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]),
    raw=st.one_of(st.binary(max_size=300), st.lists(PIECES, max_size=12).map(b"".join)),
)
def test_ingest_any_bytes_give_a_result(suffix: str, raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / f"a{suffix}").write_bytes(raw)
        results = read_path(root / f"a{suffix}", root, SETTINGS)
    assert results
    for result in results:
        meta = _meta(result)
        assert meta.article.startswith(f"a{suffix}")
        if isinstance(result, Document):
            assert (meta.status, meta.reason, meta.detail, meta.language) == ("ok", None, None, "en")
            assert result.text.strip()
        else:
            assert meta.status == "rejected" and meta.reason in Reason and meta.detail
