#!/usr/bin/env python3
"""Check every gold file in this folder.

1. it loads and self-scores F1 1.00 / attributes 1.00 through ../shared/eval/score.py;
2. every name, native, alias, title, org, unit code, orgUnit name/code/parent, event
   place/placeNative/region/merges, quote text and presentation topic occurs verbatim
   in its report (metric units other than ISO currency codes too);
3. cross references resolve (merges -> events, person.org / orgUnit.parent -> orgs,
   person.unit -> orgUnit codes, presentation.person / quote.speaker -> people,
   presentation.event -> events); dates are ISO at some precision (no --MM-DD, which
   the scorer cannot pair in a gold file).
usage: python3 check.py [DIR]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/work/shared/eval")
import score as scoring  # noqa: E402

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CURRENCIES = {"KRW", "CNY", "USD", "JPY", "EUR", "HKD"}
QUALS = {"=", ">", ">=", "<", "<=", "~"}


def facts_as_preds(gold):
    kinds = {"events": "event", "people": "person", "orgs": "org", "orgUnits": "orgUnit",
             "presentations": "presentation", "quotes": "quote", "metrics": "metric",
             "dated": "dated"}
    lines = []
    for key, kind in kinds.items():
        for f in gold.get(key, []):
            lines.append(json.dumps(dict(f, kind=kind), ensure_ascii=False))
    return lines


def check(gold_path):
    errs = []
    gold = json.load(open(gold_path, encoding="utf-8"))
    report = gold_path.with_name(gold["report"])
    text = report.read_text(encoding="utf-8")

    def need(val, what):
        if val in (None, ""):
            return
        if val not in text:
            errs.append(f"{what} not in report: {val!r}")

    rows = scoring.score(gold, scoring.read_preds(facts_as_preds(gold)))
    out = []
    F, attr = scoring.report(rows, out=out.append)
    if F < 0.999 or attr < 0.999:
        errs.append("self-score " + out[-1])

    events = {e["name"] for e in gold["events"]}
    orgs = set()
    for o in gold["orgs"]:
        orgs |= {o["name"], o.get("native")} | set(o.get("aliases", []))
    codes = {u.get("code") for u in gold["orgUnits"]}
    people = {p["name"] for p in gold["people"]}
    for e in gold["events"]:
        for f in ("name", "native", "place", "placeNative", "region"):
            need(e.get(f), f"event.{f}")
        for a in e.get("aliases", []):
            need(a, "event.alias")
        for m in e.get("merges", []):
            if m not in events:
                errs.append(f"merge target not an event: {m}")
        for f in ("start", "end"):
            if e.get(f) and not ISO.match(e[f]):
                errs.append(f"bad date {e[f]}")
    for p in gold["people"]:
        for f in ("name", "native", "title", "unit"):
            need(p.get(f), f"person.{f}")
        if p.get("org") and p["org"] not in orgs:
            errs.append(f"person org not an org: {p['org']}")
        if p.get("unit") and p["unit"] not in codes:
            errs.append(f"person unit not a unit code: {p['unit']}")
    for o in gold["orgs"]:
        need(o["name"], "org.name")
        need(o.get("native"), "org.native")
        for a in o.get("aliases", []):
            need(a, "org.alias")
    for u in gold["orgUnits"]:
        need(u.get("name"), "orgUnit.name")
        need(u.get("code"), "orgUnit.code")
        if u.get("parent") and u["parent"] not in orgs:
            errs.append(f"unit parent not an org: {u['parent']}")
        if u.get("established") and not ISO.match(u["established"]):
            errs.append(f"bad date {u['established']}")
    for pr in gold["presentations"]:
        if pr["person"] not in people:
            errs.append(f"presenter not a person: {pr['person']}")
        need(pr["topic"], "presentation.topic")
        if pr.get("event") and pr["event"] not in events:
            errs.append(f"presentation event not an event: {pr['event']}")
    for q in gold["quotes"]:
        if q["speaker"] not in people:
            errs.append(f"speaker not a person: {q['speaker']}")
        need(q["text"], "quote.text")
        need(q.get("verb"), "quote.verb")
    for m in gold["metrics"]:
        if not isinstance(m["value"], (int, float)):
            errs.append(f"metric value not a number: {m}")
        if m.get("qualifier") not in QUALS:
            errs.append(f"bad qualifier: {m}")
        if m.get("unit") and m["unit"] not in CURRENCIES:
            need(m["unit"], "metric.unit")
        if m.get("date") and not ISO.match(m["date"]):
            errs.append(f"bad date {m['date']}")
    for d in gold["dated"]:
        for f in ("date", "end"):
            if d.get(f) and not ISO.match(d[f]):
                errs.append(f"bad date {d[f]}")
    n = sum(len(gold[k]) for k in ("events", "people", "orgs", "orgUnits",
                                   "presentations", "quotes", "metrics", "dated"))
    return n, out[-1], errs


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    bad = 0
    total = 0
    for g in sorted(folder.glob("*.gold.json")):
        n, line, errs = check(g)
        total += n
        print(f"{g.name}: {n} facts; {line}" + ("" if not errs else f"; {len(errs)} problem(s)"))
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print(f"{total} facts; {'all good' if not bad else f'{bad} file(s) with problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
