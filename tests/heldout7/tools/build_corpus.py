"""Write corpus/ from articles.py: front matter + body, bodies of `cut` pages
truncated to the first 2,000 UTF-8 bytes (never inside a multi-byte char),
no final newline anywhere."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import articles  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT = 2000


def yaml_scalar(v):
    if ": " in v or " #" in v or v.endswith(":") or v[:1] in "&*!|>%@`[]{},'\"#?-":
        return json.dumps(v, ensure_ascii=False)
    return v


def body_of(a):
    raw = a["full"].encode("utf-8")
    if a["cut"]:
        if len(raw) <= LIMIT:
            raise SystemExit(f"{a['name']}: marked cut but only {len(raw)} bytes")
        body = raw[:LIMIT]
        body.decode("utf-8")  # raises if a multi-byte char were split
        return body
    body = raw.rstrip(b"\n")
    if len(body) >= LIMIT:
        raise SystemExit(f"{a['name']}: whole page must be shorter than {LIMIT} bytes")
    return body


def page_of(a):
    body = body_of(a)
    if a["front"] is None:
        return body
    lines = ["---"]
    for k in ("url", "date", "title"):
        if k in a["front"]:
            lines.append(f"{k}: {yaml_scalar(a['front'][k])}")
    lines.append("---")
    return ("\n".join(lines) + "\n").encode("utf-8") + body


def main():
    out = os.path.join(ROOT, "corpus")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    for a in articles.ARTICLES:
        with open(os.path.join(out, a["name"]), "wb") as fh:
            fh.write(page_of(a))
    print(f"wrote {len(articles.ARTICLES)} pages to {out}")


if __name__ == "__main__":
    main()
