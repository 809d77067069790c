"""Write gold.jsonl and gold.ignore.jsonl from gold_data.py."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gold_data  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    order = {name: i for i, name in enumerate(sorted(gold_data.FILES.values()))}
    gold = sorted(gold_data.GOLD, key=lambda r: order[r["article"]])  # stable: keeps reading order
    ign = sorted(gold_data.IGNORE, key=lambda r: order[r["article"]])
    write(os.path.join(ROOT, "gold.jsonl"), gold)
    write(os.path.join(ROOT, "gold.ignore.jsonl"), ign)
    print(f"wrote {len(gold)} gold and {len(ign)} ignore records")


if __name__ == "__main__":
    main()
