#!/usr/bin/env python3
"""Check the blind set in this folder.

For every NAME.gold.json beside a NAME.txt:
  * the gold has exactly the dev gold's top-level keys and names its report;
  * 'published' and every date are ISO 8601 at some precision (YYYY, YYYY-MM,
    YYYY-MM-DD, or --MM-DD), and no range ends before it starts;
  * the gold, turned into predictions, scores against itself with the
    scorer's own functions at F1 1.00 and attributes 1.00;
  * every name, native, alias, place, region, title, org, unit, code, parent,
    merged event, speaker, quote text, verb, topic and metric subject occurs
    verbatim in the report, and every quote text sits inside quotation marks;
  * cross references resolve (a person's org is an org, a unit code is a
    unit's code, a speaker / presenter is a person, merges are events, ...);
  * the report is 1,200 to 3,500 characters long.
Prints one line a report and a summary table; exit status 1 on any problem.

usage: python3 check.py [--table]
"""
import io
import json
import re
import sys
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/eval")
sys.path.insert(0, str(SCORER))
import score as scoring  # noqa: E402

DEV_GOLD = SCORER / "dev" / "tencent-summit.gold.json"
KEYS = ["report", "published", "note", "events", "people", "orgs", "orgUnits",
        "presentations", "quotes", "metrics", "dated"]
LISTS = {"events": "event", "people": "person", "orgs": "org", "orgUnits": "orgUnit",
         "presentations": "presentation", "quotes": "quote", "metrics": "metric",
         "dated": "dated"}
ALLOWED = {
    "event": {"name", "native", "aliases", "start", "end", "place", "placeNative", "region", "merges"},
    "person": {"name", "native", "title", "org", "unit"},
    "org": {"name", "native", "aliases"},
    "orgUnit": {"name", "code", "parent", "established"},
    "presentation": {"person", "topic", "event"},
    "quote": {"speaker", "text", "verb"},
    "metric": {"subject", "what", "value", "unit", "qualifier", "date"},
    "dated": {"date", "end", "subject", "summary"},
}
VERBATIM = {
    "event": ("name", "native", "aliases", "place", "placeNative", "region", "merges"),
    "person": ("name", "native", "title", "org", "unit"),
    "org": ("name", "native", "aliases"),
    "orgUnit": ("name", "code", "parent"),
    "presentation": ("person", "topic", "event"),
    "quote": ("speaker", "text", "verb"),
    "metric": ("subject",),
    "dated": ("subject",),
}
REQUIRED = {"event": ("name",), "person": ("name",), "org": ("name",), "orgUnit": ("name",),
            "presentation": ("person", "topic"), "quote": ("speaker", "text"),
            "metric": ("subject", "what", "value", "qualifier"), "dated": ("date", "summary")}
ISO_CCY = {"CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "GBP"}
STANDARD_UNITS = {"%"}
QUALIFIERS = {"=", ">", ">=", "<", "<=", "~"}
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$")
OPEN_CLOSE = [("“", "”"), ("‘", "’"), ("「", "」")]


def strings(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def in_quotes(text, report):
    """True when some occurrence of text lies inside a quotation span on its line."""
    start = 0
    while True:
        i = report.find(text, start)
        if i < 0:
            return False
        line_start = report.rfind("\n", 0, i) + 1
        prefix = report[line_start:i]
        for o, c in OPEN_CLOSE:
            if prefix.count(o) > prefix.count(c):
                return True
        if prefix.count('"') % 2 == 1:
            return True
        start = i + 1


def valid_date(d):
    return isinstance(d, str) and bool(DATE_RE.match(d))


def self_score(gold):
    lines = []
    for key, kind in LISTS.items():
        for fact in gold.get(key, []):
            lines.append(json.dumps(dict(fact, kind=kind), ensure_ascii=False))
    preds = scoring.read_preds(lines)
    rows = scoring.score(gold, preds)
    out = []
    f1, attr = scoring.report(rows, out=out.append)
    bad = [k for k, (g, p, n, ar, aa) in rows.items() if g != n or p != n or ar != aa]
    return f1, attr, out[-1], bad


def check(gold_path, dev_keys):
    problems = []
    gold = json.load(open(gold_path, encoding="utf-8"))
    stem = gold_path.name[: -len(".gold.json")]
    report_path = gold_path.with_name(stem + ".txt")
    if not report_path.exists():
        return [f"no report {report_path.name}"], gold, "", None
    report = report_path.read_text(encoding="utf-8")

    if list(gold.keys()) != dev_keys:
        problems.append(f"top-level keys {list(gold.keys())} != dev {dev_keys}")
    if gold.get("report") != report_path.name:
        problems.append(f"report field {gold.get('report')!r} != {report_path.name}")
    if not valid_date(gold.get("published")) or str(gold.get("published")).startswith("--"):
        problems.append(f"published {gold.get('published')!r} is no ISO date with a year")
    if not (1200 <= len(report) <= 3500):
        problems.append(f"report is {len(report)} characters (want 1200-3500)")

    for key, kind in LISTS.items():
        for fact in gold.get(key, []):
            extra = set(fact) - ALLOWED[kind]
            if extra:
                problems.append(f"{kind} has unknown fields {sorted(extra)}: {fact}")
            for f in REQUIRED[kind]:
                if fact.get(f) in (None, "", []):
                    problems.append(f"{kind} lacks {f}: {fact}")
            for f in VERBATIM[kind]:
                for s in strings(fact.get(f)):
                    if not isinstance(s, str) or s not in report:
                        problems.append(f"{kind}.{f} not verbatim in report: {s!r}")
            for f in ("start", "end", "established", "date"):
                if f in fact and fact[f] is not None and not valid_date(fact[f]):
                    problems.append(f"{kind}.{f} is no ISO date: {fact[f]!r}")
            lo = fact.get("start") or fact.get("date")
            hi = fact.get("end")
            if lo and hi and valid_date(lo) and valid_date(hi) and hi < lo:
                problems.append(f"{kind} ends before it starts: {fact}")

    # quotes sit inside quotation marks
    for q in gold.get("quotes", []):
        if q.get("text") and q["text"] in report and not in_quotes(q["text"], report):
            problems.append(f"quote text not inside quotation marks: {q['text']!r}")

    # metrics: numbers, qualifiers, units
    for m in gold.get("metrics", []):
        if not isinstance(m.get("value"), (int, float)):
            problems.append(f"metric value is not a number: {m}")
        if m.get("qualifier") not in QUALIFIERS:
            problems.append(f"metric qualifier {m.get('qualifier')!r} not in {sorted(QUALIFIERS)}")
        u = m.get("unit")
        if u is not None and u not in ISO_CCY | STANDARD_UNITS and u not in report:
            problems.append(f"metric unit {u!r} is neither an ISO currency nor written in the report")

    # cross references
    org_names = {n for o in gold.get("orgs", []) for n in [o.get("name")] + strings(o.get("aliases"))}
    unit_codes = {u.get("code") for u in gold.get("orgUnits", []) if u.get("code")}
    unit_names = {u.get("name") for u in gold.get("orgUnits", [])}
    people = {p.get("name") for p in gold.get("people", [])}
    events = {e.get("name") for e in gold.get("events", [])}
    event_keys = {n for e in gold.get("events", []) for n in [e.get("name"), e.get("native")] + strings(e.get("aliases")) if n}
    canon_orgs = {o.get("name") for o in gold.get("orgs", [])}
    for p in gold.get("people", []):
        if p.get("org") and p["org"] not in canon_orgs:
            problems.append(f"person org {p['org']!r} is not an org's name")
        if p.get("unit") and p["unit"] not in unit_codes:
            problems.append(f"person unit {p['unit']!r} is not a unit code")
    for u in gold.get("orgUnits", []):
        if u.get("parent") and u["parent"] not in canon_orgs:
            problems.append(f"unit parent {u['parent']!r} is not an org's name")
    for pr in gold.get("presentations", []):
        if pr.get("person") not in people:
            problems.append(f"presenter {pr.get('person')!r} is not a person")
        if pr.get("event") and pr["event"] not in events:
            problems.append(f"presentation event {pr['event']!r} is not an event name")
    for q in gold.get("quotes", []):
        if q.get("speaker") not in people:
            problems.append(f"speaker {q.get('speaker')!r} is not a person")
    for e in gold.get("events", []):
        for m in strings(e.get("merges")):
            if m not in events:
                problems.append(f"merged event {m!r} is not an event")
    for m in gold.get("metrics", []):
        s = m.get("subject")
        if s and s not in canon_orgs | unit_codes | unit_names | events and s not in org_names | event_keys:
            # markets and the like are allowed, but say so
            pass
    names = [n for o in gold.get("orgs", []) for n in [o.get("name")]]
    if len(names) != len(set(names)):
        problems.append("duplicate org names")
    if len(people) != len(gold.get("people", [])):
        problems.append("duplicate person names")
    dates = [d.get("date") for d in gold.get("dated", [])]
    if len(dates) != len(set(dates)):
        problems.append("more than one dated fact for one date")

    f1, attr, line, bad = self_score(gold)
    if round(f1, 2) != 1.0 or round(attr, 2) != 1.0 or bad:
        problems.append(f"self-score not perfect ({line}; kinds {bad})")
    return problems, gold, report, line


def main(argv):
    dev_keys = list(json.load(open(DEV_GOLD, encoding="utf-8")).keys()) if DEV_GOLD.exists() else KEYS
    if dev_keys != KEYS:
        print(f"note: dev gold keys are {dev_keys}")
    total_problems = 0
    table = []
    for gold_path in sorted(HERE.glob("*.gold.json")):
        problems, gold, report, line = check(gold_path, dev_keys)
        n = sum(len(gold.get(k, [])) for k in LISTS)
        counts = {k: len(gold.get(k, [])) for k in LISTS}
        table.append((gold_path.name[: -len(".gold.json")], len(report), n, counts))
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{gold_path.name}: {status}; {line}")
        for p in problems:
            print("   - " + p)
        total_problems += len(problems)
    print()
    print(f"{'report':<26}{'chars':>6}{'facts':>6}  " + " ".join(f"{k[:6]:>6}" for k in LISTS))
    for name, chars, n, counts in table:
        print(f"{name:<26}{chars:>6}{n:>6}  " + " ".join(f"{counts[k]:>6}" for k in LISTS))
    print(f"{'total':<26}{sum(t[1] for t in table):>6}{sum(t[2] for t in table):>6}")
    print(f"\n{len(table)} reports, {total_problems} problem(s)")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
