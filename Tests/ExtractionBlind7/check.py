#!/usr/bin/env python3
"""Self-check of the blind set: every gold file loads, scores F1 1.00 / attributes
1.00 against itself through ../shared/eval/score.py, and every name, native, alias,
title, unit, code, quote text and topic string occurs verbatim in its report.

usage: python3 check.py [DIR]   (default: the folder of this script)
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import score as scoring  # noqa: E402

KIND_OF = {"events": "event", "people": "person", "orgs": "org", "orgUnits": "orgUnit",
           "presentations": "presentation", "quotes": "quote", "metrics": "metric", "dated": "dated"}
# fields whose string values must appear verbatim in the report
TEXT_FIELDS = {
    "events": ("name", "native", "aliases", "place", "placeNative", "region", "merges"),
    "people": ("name", "native", "title", "org", "unit"),
    "orgs": ("name", "native", "aliases"),
    "orgUnits": ("name", "code", "parent"),
    "presentations": ("person", "topic"),
    "quotes": ("speaker", "text"),
    "metrics": (),
    "dated": (),
}
OPS = {"=", ">", ">=", "<", "<=", "~"}


def strings(v):
    return v if isinstance(v, list) else ([v] if isinstance(v, str) and v else [])


def check(gold_path):
    problems = []
    gold = json.load(open(gold_path, encoding="utf-8"))
    report = gold_path.with_name(gold["report"])
    text = report.read_text(encoding="utf-8")
    pub = gold.get("published", "")
    if len(pub) != 10:
        problems.append(f"published date not a full day: {pub!r}")
    preds = {}
    for key, kind in KIND_OF.items():
        for fact in gold.get(key, []):
            preds.setdefault(kind, []).append(dict(fact, kind=kind))
            for f in TEXT_FIELDS[key]:
                for s in strings(fact.get(f)):
                    if s not in text:
                        problems.append(f"{key}.{f} not in report: {s!r}")
            for f in ("start", "end", "established", "date"):
                d = fact.get(f)
                if d and str(d).startswith("--"):
                    problems.append(f"{key}.{f} has no year: {d}")
            if key == "metrics":
                if fact.get("qualifier") not in OPS:
                    problems.append(f"bad qualifier: {fact}")
                if not isinstance(fact.get("value"), (int, float)):
                    problems.append(f"value not a number: {fact}")
    names = {p["name"] for p in gold.get("people", [])}
    for key, f in (("quotes", "speaker"), ("presentations", "person")):
        for fact in gold.get(key, []):
            if fact[f] not in names:
                problems.append(f"{key}.{f} is not an annotated person: {fact[f]!r}")
    units = {u.get("code") for u in gold.get("orgUnits", [])}
    for p in gold.get("people", []):
        if p.get("unit") and p["unit"] not in units:
            problems.append(f"person unit not an annotated unit code: {p['unit']}")
    rows = scoring.score(gold, preds)
    lines = []
    F, attr = scoring.report(rows, out=lines.append)
    if round(F, 2) != 1.0 or round(attr, 2) != 1.0:
        problems.append("self-score below 1.00: " + lines[-1])
    n = sum(r[0] for r in rows.values())
    return n, len(text), lines[-1], problems


def main(argv):
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    total, bad = 0, 0
    for g in sorted(folder.glob("*.gold.json")):
        n, chars, line, problems = check(g)
        total += n
        print(f"{g.name:<36} {chars:>5} chars  {line}")
        for p in problems:
            print("   PROBLEM", p)
        bad += bool(problems)
    print(f"{total} facts; {bad} file(s) with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
