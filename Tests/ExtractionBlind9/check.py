#!/usr/bin/env python3
"""Check the blind set in this folder: every NAME.gold.json beside its NAME.txt.

usage: check.py [DIR] [--scorer DIR] [--verbose]

DIR defaults to the folder of this script; the scorer (score.py) is looked for in
--scorer, else $SCORER_DIR, else ../shared/eval beside DIR, else /work/shared/eval.
For each gold it checks that
  * the gold scored against itself with score.py gives F1 1.00 and attributes 1.00;
  * top-level keys are those of the dev gold, and `report` names the report;
  * every name, native, alias, place, placeNative, region, title, org, unit, code,
    parent, speaker, quote text, verb, topic, presentation event, merge, metric
    subject and dated subject occurs verbatim in the report;
  * every quote text sits inside quotation marks on its line;
  * dates are ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) and no range ends before it starts;
  * cross references resolve: a person's org and a unit's parent are org names,
    a person's unit is a unit code or name, speakers and presenters are people,
    merges and a presentation's event are event names;
  * metric values are numbers, qualifiers one of = > >= < <= ~, units an ISO 4217
    code, % or written in the report;
  * the report is 1,200-3,500 characters long.
It prints one line per report and the totals, then `problems: N`; exit status 1
when there is any problem.
"""
import datetime
import json
import os
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True

TOP = ["report", "published", "note", "events", "people", "orgs", "orgUnits",
       "presentations", "quotes", "metrics", "dated"]
KIND_OF = {"events": "event", "people": "person", "orgs": "org", "orgUnits": "orgUnit",
           "presentations": "presentation", "quotes": "quote", "metrics": "metric",
           "dated": "dated"}
ISO_CURRENCIES = {"KRW", "CNY", "USD", "JPY", "EUR", "HKD", "SGD", "GBP", "TWD"}
QUALIFIERS = {"=", ">", ">=", "<", "<=", "~"}
OPEN_CLOSE = [("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』")]


def load_scorer(argv, here):
    cands = []
    if "--scorer" in argv:
        cands.append(Path(argv[argv.index("--scorer") + 1]))
    if os.environ.get("SCORER_DIR"):
        cands.append(Path(os.environ["SCORER_DIR"]))
    cands += [here.parent / "shared" / "eval", Path("/work/shared/eval")]
    for c in cands:
        if (c / "score.py").exists():
            sys.path.insert(0, str(c))
            import score  # noqa: E402
            return score
    sys.exit("check.py: score.py not found; pass --scorer DIR")


def iso_ok(d):
    if not isinstance(d, str):
        return False
    try:
        if re.fullmatch(r"\d{4}", d):
            return True
        if re.fullmatch(r"\d{4}-\d{2}", d):
            datetime.date(int(d[:4]), int(d[5:7]), 1)
            return True
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            datetime.date.fromisoformat(d)
            return True
    except ValueError:
        return False
    return False


def range_ok(start, end):
    n = min(len(start), len(end))
    return end[:n] >= start[:n]


def inside_quotes(text, report):
    """True when some occurrence of text lies inside a pair of quotation marks
    opened earlier on the same line and closed later on it."""
    if any(ch in text for ch in "“”\""):
        return False
    start = 0
    while True:
        pos = report.find(text, start)
        if pos < 0:
            return False
        line_start = report.rfind("\n", 0, pos) + 1
        line_end = report.find("\n", pos)
        line_end = len(report) if line_end < 0 else line_end
        before = report[line_start:pos]
        after = report[pos + len(text):line_end]
        for o, c in OPEN_CLOSE:
            if before.count(o) > before.count(c) and c in after:
                return True
        if before.count('"') % 2 == 1 and '"' in after:
            return True
        start = pos + 1


def check_one(gold_path, scoring, verbose):
    problems = []
    gold = json.load(open(gold_path, encoding="utf-8"))
    stem = gold_path.name[: -len(".gold.json")]
    report_path = gold_path.with_name(stem + ".txt")
    if not report_path.exists():
        return [f"no report {report_path.name}"], gold, 0
    report = report_path.read_text(encoding="utf-8")
    n = len(report)

    def p(msg):
        problems.append(msg)

    if list(gold.keys()) != TOP:
        p(f"top-level keys {list(gold.keys())} differ from {TOP}")
    if gold.get("report") != report_path.name:
        p(f"report field {gold.get('report')!r} is not {report_path.name!r}")
    if not iso_ok(gold.get("published")):
        p(f"published {gold.get('published')!r} is not ISO")
    if not gold.get("note"):
        p("note is empty")
    if not 1200 <= n <= 3500:
        p(f"report has {n} characters, outside 1,200-3,500")
    for key in TOP[3:]:
        if not isinstance(gold.get(key), list):
            p(f"{key} is not a list")
            gold[key] = []

    # 1. self score
    preds = {}
    for key, kind in KIND_OF.items():
        for fact in gold[key]:
            preds.setdefault(kind, []).append(dict(fact, kind=kind))
    rows = scoring.score(gold, preds)
    lines = []
    F, attr = scoring.report(rows, out=lines.append)
    if round(F, 2) != 1.0 or round(attr, 2) != 1.0:
        p(f"self score: {lines[-1]}")
        if verbose:
            scoring.score(gold, preds, verbose=True, out=lambda s: p("  " + s))

    # 2. verbatim strings
    def verbatim(where, value):
        if value in (None, ""):
            return
        vals = value if isinstance(value, list) else [value]
        for v in vals:
            if not isinstance(v, str) or not v.strip():
                p(f"{where}: empty or not a string: {v!r}")
            elif v not in report:
                p(f"{where}: {v!r} not in report")

    fields = {
        "events": ["name", "native", "aliases", "place", "placeNative", "region", "merges"],
        "people": ["name", "native", "title", "org", "unit"],
        "orgs": ["name", "native", "aliases"],
        "orgUnits": ["name", "code", "parent"],
        "presentations": ["person", "topic", "event"],
        "quotes": ["speaker", "text", "verb"],
        "metrics": ["subject"],
        "dated": ["subject"],
    }
    for key, fs in fields.items():
        for i, fact in enumerate(gold[key]):
            for f in fs:
                verbatim(f"{key}[{i}].{f}", fact.get(f))

    # required fields
    need = {"events": ["name"], "people": ["name"], "orgs": ["name"], "orgUnits": ["name", "parent"],
            "presentations": ["person", "topic"], "quotes": ["speaker", "text", "verb"],
            "metrics": ["subject", "what", "value", "unit", "qualifier"], "dated": ["date", "summary"]}
    for key, fs in need.items():
        for i, fact in enumerate(gold[key]):
            for f in fs:
                if fact.get(f) in (None, "", []):
                    p(f"{key}[{i}] lacks {f}")

    # 3. quotes inside quotation marks
    for i, q in enumerate(gold["quotes"]):
        t = q.get("text") or ""
        if t and t in report and not inside_quotes(t, report):
            p(f"quotes[{i}].text not inside quotation marks: {t!r}")

    # 4. dates
    def date_ok(where, d):
        if d in (None, ""):
            return
        if not iso_ok(d):
            p(f"{where}: {d!r} is not an ISO date")

    for i, e in enumerate(gold["events"]):
        date_ok(f"events[{i}].start", e.get("start"))
        date_ok(f"events[{i}].end", e.get("end"))
        if e.get("end") and not e.get("start"):
            p(f"events[{i}] has an end and no start")
        if iso_ok(e.get("start")) and iso_ok(e.get("end")) and not range_ok(e["start"], e["end"]):
            p(f"events[{i}] ends {e['end']} before it starts {e['start']}")
    for i, u in enumerate(gold["orgUnits"]):
        date_ok(f"orgUnits[{i}].established", u.get("established"))
    for i, m in enumerate(gold["metrics"]):
        date_ok(f"metrics[{i}].date", m.get("date"))
    for i, d in enumerate(gold["dated"]):
        date_ok(f"dated[{i}].date", d.get("date"))
        date_ok(f"dated[{i}].end", d.get("end"))
        if iso_ok(d.get("date")) and iso_ok(d.get("end")) and not range_ok(d["date"], d["end"]):
            p(f"dated[{i}] ends {d['end']} before it starts {d['date']}")

    # 5. cross references
    org_names = {o["name"] for o in gold["orgs"]}
    unit_keys = {u.get("code") for u in gold["orgUnits"]} | {u.get("name") for u in gold["orgUnits"]}
    unit_keys.discard(None)
    people = {x["name"] for x in gold["people"]}
    event_names = {e["name"] for e in gold["events"]}
    for i, x in enumerate(gold["people"]):
        if x.get("org") and x["org"] not in org_names:
            p(f"people[{i}].org {x['org']!r} is not an org name")
        if x.get("unit") and x["unit"] not in unit_keys:
            p(f"people[{i}].unit {x['unit']!r} is not a unit code or name")
    for i, u in enumerate(gold["orgUnits"]):
        if u.get("parent") and u["parent"] not in org_names:
            p(f"orgUnits[{i}].parent {u['parent']!r} is not an org name")
    for i, q in enumerate(gold["quotes"]):
        if q.get("speaker") not in people:
            p(f"quotes[{i}].speaker {q.get('speaker')!r} is not a person")
    for i, pr in enumerate(gold["presentations"]):
        if pr.get("person") not in people:
            p(f"presentations[{i}].person {pr.get('person')!r} is not a person")
        if pr.get("event") and pr["event"] not in event_names:
            p(f"presentations[{i}].event {pr['event']!r} is not an event name")
    for i, e in enumerate(gold["events"]):
        for m in e.get("merges") or []:
            if m not in event_names:
                p(f"events[{i}].merges {m!r} is not an event name")

    # references use canonical names, never an alias
    aliases = {}
    for key in ("orgs", "events"):
        for x in gold[key]:
            for a in x.get("aliases") or []:
                aliases[a] = x["name"]
    for key, f in (("metrics", "subject"), ("dated", "subject"), ("people", "org"),
                   ("orgUnits", "parent"), ("presentations", "event")):
        for i, x in enumerate(gold[key]):
            if x.get(f) in aliases and x.get(f) not in org_names | event_names:
                p(f"{key}[{i}].{f} {x[f]!r} is an alias; use {aliases[x[f]]!r}")

    # duplicates on the scorer's keys that would make pairing ambiguous
    for key, f in (("people", "name"), ("orgs", "name"), ("events", "name"), ("presentations", "person")):
        seen = [x.get(f) for x in gold[key]]
        for v in {v for v in seen if seen.count(v) > 1}:
            p(f"{key}: {v!r} appears more than once")
    for i, u in enumerate(gold["orgUnits"]):
        if not u.get("code") and not u.get("name"):
            p(f"orgUnits[{i}] has neither code nor name")

    # 6. metrics
    for i, m in enumerate(gold["metrics"]):
        v = m.get("value")
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            p(f"metrics[{i}].value {v!r} is not a number")
        if m.get("qualifier") not in QUALIFIERS:
            p(f"metrics[{i}].qualifier {m.get('qualifier')!r} is not one of {sorted(QUALIFIERS)}")
        u = m.get("unit")
        if u and not (u in ISO_CURRENCIES or u == "%" or u in report):
            p(f"metrics[{i}].unit {u!r} is neither ISO currency, % nor written in the report")

    return problems, gold, n


def main(argv):
    verbose = "--verbose" in argv
    rest = [a for i, a in enumerate(argv[1:], 1)
            if not a.startswith("--") and argv[i - 1] != "--scorer"]
    here = Path(__file__).resolve().parent
    folder = Path(rest[0]).resolve() if rest else here
    scoring = load_scorer(argv, folder)
    total_problems = 0
    totals = {k: 0 for k in TOP[3:]}
    golds = sorted(folder.glob("*.gold.json"))
    if not golds:
        print("no gold files")
        return 1
    for g in golds:
        problems, gold, n = check_one(g, scoring, verbose)
        counts = {k: len(gold.get(k) or []) for k in TOP[3:]}
        for k, c in counts.items():
            totals[k] += c
        facts = sum(counts.values())
        print(f"{g.name[:-10]:<28} {n:>5} chars {facts:>4} facts  "
              + " ".join(f"{k}={c}" for k, c in counts.items())
              + f"  problems={len(problems)}")
        for msg in problems:
            print("   - " + msg)
        total_problems += len(problems)
    print(f"\nreports {len(golds)}, facts {sum(totals.values())}: "
          + ", ".join(f"{k} {c}" for k, c in totals.items()))
    print(f"problems: {total_problems}")
    return 1 if total_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
