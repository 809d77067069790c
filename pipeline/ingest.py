"""Corpus files -> accepted Documents or rejected Articles. A bad file never raises.

`read_corpus` walks a corpus root in sorted order; `read_path` reads one file (a .jsonl file
gives one result per line). A caller that keeps earlier results (the store) uses the two
halves apart: `CorpusReader.walk` lists the inputs without reading them, `fingerprint` says
cheaply whether one has changed, and `read` parses it. Every input ends as exactly one of:

* a `Document` whose `.meta` is an Article with status "ok", language "en", and `.text` the
  exact text claims will point into (for .md: the body after the front matter, unchanged);
* an `Article` with status "rejected", a `Reason` and a one-sentence `detail`.

Hidden files and directories (name starting with '.') are skipped silently. Thresholds and
charset choices live in rules/language.yaml, dateline patterns in rules/datelines.yaml.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import re
import stat
from collections.abc import Iterator
from email.message import Message
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple

import trafilatura
import yaml
from charset_normalizer import from_bytes
from pydantic import BaseModel, ConfigDict, StrictInt, StrictStr, ValidationError, field_validator

from pipeline.errors import ConfigError
from pipeline.language import ENGLISH, DecodingRules, LanguageRules, guess_language, load_language_rules
from pipeline.models import Article, Document, Reason
from pipeline.published import DatelineRules, find_published, find_title, load_dateline_rules
from pipeline.settings import Settings

FORMATS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
FRONT_MATTER_FENCE = "---"
FRONT_MATTER_FIRST_LINE = 2  # 1-based file line of the first front-matter line
HIDDEN_PREFIX = "."
XML_DECLARATION = "xml"
NUL = b"\x00"
HASH_CHUNK_BYTES = 1 << 20
# ASCII control bytes that are not whitespace: NUL, BEL, BS, ESC, DEL ...
CONTROL_BYTES = bytes(b for b in range(128) if not chr(b).isprintable() and not chr(b).isspace())

Result = Document | Article


class _Refusal(NamedTuple):
    """Why one input is rejected; turned into an Article by `_reject`."""

    reason: Reason
    detail: str


class _Rules(NamedTuple):
    language: LanguageRules
    datelines: DatelineRules


def _load_rules(settings: Settings) -> _Rules:
    return _Rules(load_language_rules(settings.rules), load_dateline_rules(settings.rules))


class _InputMetadata(BaseModel):
    """Metadata an input file may carry (front matter, a JSONL line). Unknown keys are ignored:
    they are the publisher's, not ours."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    title: StrictStr | None = None
    date: StrictStr | None = None
    url: StrictStr | None = None
    source: StrictStr | None = None

    @field_validator("title", "date", "url", "source")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return (value.strip() or None) if value is not None else None


class _JsonlRecord(_InputMetadata):
    text: StrictStr
    id: StrictStr | StrictInt | None = None


# ---------------------------------------------------------------------------------------
# Walking


class SourceFile(NamedTuple):
    """A corpus file to read: where it is, and its name relative to the corpus root."""

    path: Path
    name: str


class CorpusReader:
    """Reads one corpus root with the rules loaded once. Never raises for a bad file."""

    def __init__(self, root: Path, settings: Settings) -> None:
        """Raises ConfigError when `root` is not a directory."""
        self.root = Path(os.path.abspath(root))  # absolute, links kept: names stay relative to it
        if not self.root.is_dir():
            raise ConfigError(
                f"corpus root {self.root} is not a directory; pass the folder that holds the articles"
            )
        self.real_root = self.root.resolve()
        self.settings = settings
        self.rules = _load_rules(settings)

    def walk(self, start: Path | None = None) -> Iterator[SourceFile | Article]:
        """Each input under `start` (a folder or a file; default: the root), in sorted path order:
        a file to read, or a rejected Article for what cannot be read at all (a link leading
        outside the root, an unlistable directory).

        Symbolic links whose target lies inside root are followed (a directory is walked once,
        so link loops end); a link leading outside root is rejected as "symlink".
        Raises ConfigError when `start` is not under the root.
        """
        visited = {self.real_root}
        if start is None or Path(os.path.abspath(start)) == self.root:
            yield from self._walk(self.root, visited)
            return
        start = Path(os.path.abspath(start))
        found = self._follow(start, self.name_of(start), visited)
        if isinstance(found, Path):
            visited.add(found)
            yield from self._walk(start, visited)
        elif found is not None:
            yield found

    def name_of(self, path: Path) -> str:
        """The name of `path` relative to the root. Raises ConfigError when it is not under it."""
        return _relative(Path(os.path.abspath(path)), self.root)

    def _walk(self, directory: Path, visited: set[Path]) -> Iterator[SourceFile | Article]:
        try:
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as err:
            detail = f"The directory could not be listed: {_os_error(err)}."
            yield _reject(_relative(directory, self.root), Reason.UNREADABLE, detail)
            return
        for entry in entries:
            if entry.name.startswith(HIDDEN_PREFIX):
                continue
            path = Path(entry.path)
            rel = _relative(path, self.root)
            if not entry.is_symlink() and not entry.is_dir(follow_symlinks=False):
                yield SourceFile(path, rel)
                continue
            found = self._follow(path, rel, visited)
            if isinstance(found, Path):
                visited.add(found)
                yield from self._walk(path, visited)
            elif found is not None:
                yield found

    def _follow(self, path: Path, rel: str, visited: set[Path]) -> SourceFile | Article | Path | None:
        """A link or directory: the file to read, a rejection, a directory to walk (its real
        path), or None for a directory already walked (a link loop or an alias)."""
        target = _link_target(path)
        if isinstance(target, _Refusal):
            return _reject(rel, *target)
        if not _inside(target, self.real_root):
            return _reject(rel, *_outside(target))
        if not target.is_dir():
            return SourceFile(path, rel)
        return None if target in visited else target

    def fingerprint(self, source: SourceFile) -> str:
        """What reading `source` depends on, without parsing it: the sha256 of its bytes, or,
        for a file that is rejected unread (unsupported, too large, unreadable), the fact that
        decides the rejection, so a huge file is not read again to learn it is still huge."""
        kind = FORMATS.get(source.path.suffix.lower())
        size = _regular_file_size(source.path)
        if isinstance(size, _Refusal):
            return f"refused:{size.detail}"
        if kind is None or (kind != "jsonl" and size > self.settings.max_bytes):
            return f"size:{size}"
        digest = hashlib.sha256()
        try:
            with source.path.open("rb") as handle:
                while chunk := handle.read(HASH_CHUNK_BYTES):
                    digest.update(chunk)
        except OSError as err:
            return f"refused:{_os_error(err)}"
        return f"sha256:{digest.hexdigest()}"

    def read(self, source: SourceFile) -> Iterator[Result]:
        """Parse one file: one result, or one per line of a .jsonl file."""
        yield from _read(source.path, source.name, self.settings, self.rules)


def read_corpus(root: Path, settings: Settings) -> Iterator[Result]:
    """Yield one result per input under `root`, in sorted path order. Never raises for a bad file.

    Raises ConfigError only when `root` itself is not a directory.
    """
    reader = CorpusReader(root, settings)
    yield from _results(reader, reader.walk())


def read_path(path: Path, root: Path, settings: Settings) -> list[Result]:
    """Read one corpus file (several results for a .jsonl file) or folder. Never raises for a bad file.

    A path whose real location (after following links) is outside root is rejected as "symlink".
    Raises ConfigError when `path` is not under `root`.
    """
    reader = CorpusReader(root, settings)
    return list(_results(reader, reader.walk(path)))


def _results(reader: CorpusReader, items: Iterator[SourceFile | Article]) -> Iterator[Result]:
    for item in items:
        if isinstance(item, SourceFile):
            yield from reader.read(item)
        else:
            yield item


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        raise ConfigError(f"{path} is not under the corpus root {root}") from None


def _link_target(path: Path) -> Path | _Refusal:
    try:
        return path.resolve()
    except (OSError, RuntimeError) as err:  # RuntimeError: a link loop, on Python < 3.13
        return _Refusal(Reason.UNREADABLE, f"The symbolic link cannot be resolved: {err}.")


def _inside(target: Path, real_root: Path) -> bool:
    return target == real_root or real_root in target.parents


def _outside(target: Path) -> _Refusal:
    return _Refusal(Reason.SYMLINK, f"The symbolic link points outside the corpus root, to {target}.")


def _os_error(err: OSError) -> str:
    return err.strerror or str(err)


# ---------------------------------------------------------------------------------------
# One file


def _read(path: Path, rel: str, settings: Settings, rules: _Rules) -> Iterator[Result]:
    suffix = path.suffix.lower()
    kind = FORMATS.get(suffix)
    if kind is None:
        written = f"'{suffix}'" if suffix else "no extension"
        detail = f"Files with {written} are not read; supported: {', '.join(sorted(FORMATS))}."
        yield _reject(rel, Reason.UNSUPPORTED, detail)
        return
    size = _regular_file_size(path)
    if isinstance(size, _Refusal):
        yield _reject(rel, *size)
        return
    if kind == "jsonl":
        yield from _read_jsonl(path, rel, settings, rules)
        return
    if size > settings.max_bytes:
        yield _reject(rel, *_too_large(size, settings))
        return
    try:
        with path.open("rb") as handle:
            data = handle.read(settings.max_bytes + 1)
    except OSError as err:
        yield _reject(rel, Reason.UNREADABLE, f"The file could not be read: {_os_error(err)}.")
        return
    if len(data) > settings.max_bytes:  # grew since stat, or a file that reports no size
        yield _reject(rel, *_too_large(len(data), settings))
        return
    sha = hashlib.sha256(data).hexdigest()
    refusal = _check_bytes(data, rules.language.decoding)
    text = refusal or _decode(data, rules.language.decoding, markup=kind == "html")
    if isinstance(text, _Refusal):
        yield _reject(rel, *text, sha256=sha)
        return
    content = _PARSERS[kind](text, rules)
    if isinstance(content, _Refusal):
        yield _reject(rel, *content, sha256=sha)
        return
    body, meta = content
    yield _accept(rel, sha, body, meta, rules)


def _regular_file_size(path: Path) -> int | _Refusal:
    try:
        info = path.stat()
    except OSError as err:
        return _Refusal(Reason.UNREADABLE, f"The file could not be read: {_os_error(err)}.")
    if not stat.S_ISREG(info.st_mode):
        return _Refusal(Reason.UNREADABLE, "The path is not a regular file (a directory, pipe or device).")
    return info.st_size


def _too_large(size: int, settings: Settings) -> _Refusal:
    return _Refusal(
        Reason.TOO_LARGE,
        f"The input has {size:,} bytes, more than the limit of {settings.max_bytes:,} (Settings.max_bytes).",
    )


def _check_bytes(data: bytes, rules: DecodingRules) -> _Refusal | None:
    if not data:
        return _Refusal(Reason.EMPTY, "The file is empty (0 bytes).")
    nul = data.find(NUL)
    if nul >= 0:
        return _Refusal(Reason.BINARY, f"The file contains a NUL byte at offset {nul}; it is binary data, not text.")
    control = len(data) - len(data.translate(None, CONTROL_BYTES))
    if control / len(data) > rules.max_control_byte_share:
        return _Refusal(
            Reason.BINARY,
            f"{control / len(data):.0%} of the bytes are control characters "
            f"(at most {rules.max_control_byte_share:.0%} in text); it is binary data, not text.",
        )
    return None


# ---------------------------------------------------------------------------------------
# Bytes to text


def _decode(data: bytes, rules: DecodingRules, *, markup: bool = False) -> str | _Refusal:
    """UTF-8 (BOM dropped), else the charset the markup declares, else a confident detection.

    Never lossy: no errors="replace"."""
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    try:
        return data[len(bom) :].decode("utf-8")
    except UnicodeDecodeError as err:
        offset = err.start + len(bom)
        utf8_problem = f"The bytes are not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset})"
    declared_problem = ""
    declared = _declared_charset(data) if markup else None
    if declared:
        try:
            return data.decode(declared)
        except LookupError:
            declared_problem = f", the declared charset {declared!r} is unknown"
        except UnicodeDecodeError as err:
            declared_problem = f", the declared charset {declared!r} fails at offset {err.start}"
    detected = _detect(data, rules)
    if detected is not None:
        return detected
    return _Refusal(
        Reason.ENCODING, f"{utf8_problem}{declared_problem}, and no charset could be detected with confidence."
    )


def _detect(data: bytes, rules: DecodingRules) -> str | None:
    if len(data) < rules.min_bytes:
        return None
    matches = from_bytes(data, cp_isolation=rules.candidates)
    best = matches.best()
    if best is None or best.chaos > rules.max_chaos:
        return None
    ties = [match for match in matches if match.chaos <= best.chaos + rules.tie_margin]
    if len(ties) == 1:
        charsets = [best.encoding]
    else:  # equally plausible decodings that differ: only a preferred charset settles it
        charsets = [name for name in rules.preferred if any(name in match.could_be_from_charset for match in ties)]
    for charset in charsets:
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            continue
    return None


class _CharsetDeclaration(HTMLParser):
    """Finds <meta charset="...">, <meta http-equiv="Content-Type" content="...; charset=...">
    or an <?xml ... encoding="..."?> declaration, whichever comes first."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset: str | None = None
        self.attributes: dict[str, str] = {}  # of the last <xml ...> tag: how a declaration is read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "").strip() for name, value in attrs}
        if tag == XML_DECLARATION:
            self.attributes = values
        elif tag == "meta" and not self.charset:
            if values.get("charset"):
                self.charset = values["charset"]
            elif values.get("http-equiv", "").lower() == "content-type" and values.get("content"):
                header = Message()
                header["content-type"] = values["content"]
                self.charset = header.get_content_charset()

    def handle_pi(self, data: str) -> None:
        name, _, rest = data.partition(" ")
        if self.charset or name != XML_DECLARATION:
            return
        reader = _CharsetDeclaration()
        reader.feed(f"<{XML_DECLARATION} {rest.rstrip('?')}>")
        self.charset = reader.attributes.get("encoding") or None


def _declared_charset(data: bytes) -> str | None:
    finder = _CharsetDeclaration()
    try:
        finder.feed(data.decode("latin-1"))  # one character per byte: enough to read ASCII markup
        finder.close()
    except (AssertionError, ValueError):  # html.parser gives up on some garbage
        return None
    return finder.charset


# ---------------------------------------------------------------------------------------
# Formats: text -> (body, metadata) or a refusal


def _parse_txt(text: str, rules: _Rules) -> tuple[str, _InputMetadata]:
    return text, _InputMetadata(title=find_title(text, rules.datelines))


def _parse_md(text: str, rules: _Rules) -> tuple[str, _InputMetadata] | _Refusal:
    """Optional YAML front matter between two '---' lines; the body is everything after the
    closing line, unchanged (claim offsets point into it)."""
    first_end = text.find("\n")
    if text[: first_end if first_end >= 0 else len(text)].rstrip() != FRONT_MATTER_FENCE:
        return text, _InputMetadata()
    position = start = first_end + 1 if first_end >= 0 else len(text)
    while position < len(text):
        end = text.find("\n", position)
        line_end = end + 1 if end >= 0 else len(text)
        if text[position:line_end].rstrip() == FRONT_MATTER_FENCE:
            return _front_matter(text[start:position], text[line_end:])
        position = line_end
    return _Refusal(
        Reason.FRONT_MATTER, "The front matter opened by '---' on the first line is never closed by a '---' line."
    )


def _front_matter(front: str, body: str) -> tuple[str, _InputMetadata] | _Refusal:
    try:
        fields = yaml.load(front, Loader=yaml.BaseLoader) or {}  # noqa: S506 (BaseLoader: strings only)
    except yaml.YAMLError as err:
        fields = _plain_fields(front)
        if fields is None:
            problem = getattr(err, "problem", None) or _one_line(err)
            mark = getattr(err, "problem_mark", None)
            where = f" (line {mark.line + FRONT_MATTER_FIRST_LINE} of the file)" if mark is not None else ""
            return _Refusal(Reason.FRONT_MATTER, f"The front matter is not valid YAML: {problem}{where}.")
    if not isinstance(fields, dict):
        return _Refusal(Reason.FRONT_MATTER, "The front matter is not a mapping of keys to values.")
    try:
        return body, _InputMetadata.model_validate(fields)
    except ValidationError as err:
        return _Refusal(Reason.FRONT_MATTER, f"The front matter has a bad field: {_validation(err)}.")


def _plain_fields(front: str) -> dict[str, str] | None:
    """Front matter written without YAML's quoting, one "key: value" per line, as many site
    generators accept it ("title: Korea slips to 11th: Stanford report"); None when a line
    is not of that shape, so that broken YAML is still refused with YAML's own message."""
    fields: dict[str, str] = {}
    for line in front.splitlines():
        if not line.strip():
            continue
        match = _PLAIN_FIELD.fullmatch(line)
        if match is None:
            return None
        fields[match["key"]] = match["value"].strip()
    return fields


#: a plain value: not one that opens YAML's quotes, lists or mappings and breaks them
_PLAIN_FIELD = re.compile(r"(?P<key>[A-Za-z_][\w-]*):(?P<value>(?:[ \t]+[^ \t\"'\[{].*)?)[ \t]*")


def _parse_html(text: str, rules: _Rules) -> tuple[str, _InputMetadata] | _Refusal:
    try:
        found = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            # dates from the page's metadata only, never guessed from its text or URL
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as err:  # a third-party parser on untrusted input: any failure is this input's
        return _Refusal(Reason.HTML, f"The HTML could not be parsed ({type(err).__name__}: {_one_line(err)}).")
    body = getattr(found, "text", None) if found is not None else None
    if not body or not body.strip():
        return _Refusal(Reason.HTML, "No main text could be extracted from the HTML.")
    return body, _InputMetadata(
        title=found.title or None, date=found.date or None, url=found.url or None, source=found.sitename or None
    )


_PARSERS = {"txt": _parse_txt, "md": _parse_md, "html": _parse_html}


# ---------------------------------------------------------------------------------------
# JSONL: one article per line


def _read_jsonl(path: Path, rel: str, settings: Settings, rules: _Rules) -> Iterator[Result]:
    seen: dict[str, int] = {}
    articles = 0
    try:
        with path.open("rb") as handle:
            number = 0
            while (line := _read_line(handle, settings.max_bytes)) is not None:
                number += 1
                raw, length, sha = line
                if number == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                if length <= settings.max_bytes and not raw.strip():
                    continue  # a blank line is no article
                articles += 1
                yield _jsonl_line(rel, number, raw, length, sha, seen, settings, rules)
    except OSError as err:
        yield _reject(rel, Reason.UNREADABLE, f"The file could not be read: {_os_error(err)}.")
        return
    if not articles:
        yield _reject(rel, Reason.EMPTY, "The JSONL file has no non-blank line.")


def _read_line(handle: io.BufferedReader, limit: int) -> tuple[bytes, int, str] | None:
    """(content without its line break, length, sha256 of the content), or None at the end.

    Holds at most `limit` + 1 bytes: a longer line is hashed piece by piece and its content
    returned empty, to be rejected as too large."""
    chunk = handle.readline(limit + 1)
    if not chunk:
        return None
    if chunk.endswith(b"\n") or len(chunk) <= limit:
        content = chunk.rstrip(b"\r\n")
        return content, len(content), hashlib.sha256(content).hexdigest()
    digest = hashlib.sha256()
    length = 0
    while chunk:
        ends = chunk.endswith(b"\n")
        piece = chunk.rstrip(b"\r\n") if ends else chunk
        digest.update(piece)
        length += len(piece)
        if ends:
            break
        chunk = handle.readline(io.DEFAULT_BUFFER_SIZE)
    return b"", length, digest.hexdigest()


def _jsonl_line(
    rel: str, number: int, raw: bytes, length: int, sha: str, seen: dict[str, int], settings: Settings, rules: _Rules
) -> Result:
    name = f"{rel}#{number}"
    where = f"Line {number}"
    if length > settings.max_bytes:
        return _reject(name, *_too_large(length, settings), sha256=sha)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        detail = f"{where} is not valid UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start} of the line)."
        return _reject(name, Reason.ENCODING, detail, sha256=sha)
    try:
        fields: Any = json.loads(text)
    except json.JSONDecodeError as err:
        detail = f"{where} is not valid JSON: {err.msg} (column {err.colno})."
        return _reject(name, Reason.JSONL, detail, sha256=sha)
    if not isinstance(fields, dict):
        detail = f"{where} is a JSON {type(fields).__name__}, not an object."
        return _reject(name, Reason.JSONL, detail, sha256=sha)
    line_id = fields.get("id")
    if isinstance(line_id, (str, int)) and not isinstance(line_id, bool) and str(line_id).strip():
        name = f"{rel}#{str(line_id).strip()}"
    if name in seen:
        detail = f"{where} repeats the id of line {seen[name]}; ids must be unique within a file."
        return _reject(name, Reason.JSONL, detail, sha256=sha)
    seen[name] = number
    try:
        record = _JsonlRecord.model_validate(fields)
    except ValidationError as err:
        return _reject(name, Reason.JSONL, f"{where} has a bad field: {_validation(err)}.", sha256=sha)
    meta = _InputMetadata(title=record.title, date=record.date, url=record.url, source=record.source)
    return _accept(name, sha, record.text, meta, rules)


# ---------------------------------------------------------------------------------------
# Accept or reject


def _accept(name: str, sha: str, text: str, meta: _InputMetadata, rules: _Rules) -> Result:
    if not text.strip():
        return _reject(name, Reason.EMPTY, "The text is empty or only whitespace.", sha256=sha)
    nul = text.find(NUL.decode())
    if nul >= 0:
        return _reject(name, Reason.BINARY, f"The text contains a NUL character at offset {nul}.", sha256=sha)
    guess = guess_language(text, rules.language)
    if guess.language != ENGLISH:
        limits = rules.language.thresholds
        return _reject(
            name,
            Reason.LANGUAGE,
            f"The text is not English (best guess {guess.language!r}, confidence {guess.confidence:.2f}): "
            f"{guess.english_share:.0%} of its words are common English function words "
            f"(at least {limits.min_english_share:.0%} needed) and {guess.non_latin_share:.0%} of its letters "
            f"are outside the Latin script (at most {limits.max_non_latin_share:.0%} allowed).",
            sha256=sha,
            language=guess.language,
        )
    published, published_source = find_published(meta.date, text, rules.datelines, url=meta.url)
    article = Article(
        article=name,
        title=meta.title,
        url=meta.url,
        source=meta.source,
        published=published,
        published_source=published_source,
        language=ENGLISH,
        sha256=sha,
    )
    return Document(meta=article, text=text)


def _reject(
    name: str, reason: Reason, detail: str, *, sha256: str | None = None, language: str | None = None
) -> Article:
    return Article(article=name, status="rejected", reason=reason, detail=detail, sha256=sha256, language=language)


def _one_line(err: Exception) -> str:
    return " ".join(str(err).split())


def _validation(err: ValidationError) -> str:
    return "; ".join(f"'{'.'.join(str(part) for part in e['loc'])}': {e['msg']}" for e in err.errors())
