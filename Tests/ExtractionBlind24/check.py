#!/usr/bin/env python3
"""Validate every NAME.gold.json in this folder (blind24) against NAME.txt.

Adapted from ExtractionBlind23/check.py; changed for blind24: the subject (the
first word of the file name) must not be one of blind15's to blind23's
subjects (besides occurring in no earlier set's file name, a listing only);
blind23's twelve (Clobot, MORAI, Saramin, Bunjang, Day1 Company, MangoBoost,
Rockchip, Kuro Games, Leju Robotics, MetaX, Espressif, Youzan) are added to
the list, and this set's twelve subjects are in SUBJECTS below (six Korean
groups, six Chinese ones). Added for blind24: the first full date (year, month
and day) written in the first four lines of a dated report, or else in its
last four lines, must be `published` (a date stamp read wrongly, or a
`published` that no stamp carries, is caught).
Everything else is kept from blind23.

Kept from blind23: a weekday written beside the publication date in the first
or last four lines (`(금)`, `Thu,`) must be the weekday of `published`.
Kept from blind21: an orgUnit with a `code` must be written `name(CODE)` or
`name (CODE)` in the report (the code stands in brackets right after the
unit's name).
Kept from blind20: a publication year written `Feb 12 2026` (month, day and
year without a comma) counts as a year at the top.
Kept from blind18: exactly one gold has `published` null (the brief asks for
one report with no publication date), and it holds at least one --MM-DD date
(a metric `date`); a publication year written day.month.year with dots
(`11.06.2026`) counts as a year at the top.
Kept from blind17: the twelve subjects are distinct; at least two reports
carry no publication year in their first four lines, and each dated one has
the year of `published` in its last four lines (a footer or closing byline).
Kept from blind16: a `dated` fact with an `end` and an event with an `end`
give both sides at the same precision; one metric per (subject, what, value)
and no two orgs sharing a name, native or alias; every `native` differs from
its `name`. Kept from blind15: report length 900-2,200 chars; 8 KO and 4 EN
reports; the note says where the publication date was read; every `dated`
fact names a subject; the year of `published` must occur in the report; a
quote text must not keep its closing full stop; a summary line counts the
reports whose top lines carry no publication year; `published` may be null
only for a report that gives no publication date, and only such a gold may
hold a --MM-DD date, and only as a metric `date` (score.py pairs no gold
--MM-DD date); a --MM-DD date carries no yearInferred flag.

Checks: top-level keys equal the dev gold's; report length; fields allowed per
FACTS.md; every string field verbatim in the report; ISO dates; cross
references; qualifiers/units; self-score F1 1.00 and attributes 1.00 with
/work/shared/eval/score.py (its functions are imported; no extractor is run).
Prints problems, exit 1 if any.
"""
import datetime
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, "/work/shared/eval")
import score as scoring  # noqa: E402

HERE = Path(__file__).resolve().parent
# file names of the earlier sets (a listing only; no earlier file is opened)
EARLIER = sorted({f.name.lower() for d in HERE.parent.glob("ExtractionBlind*")
                  if d.is_dir() and d.resolve() != HERE for f in d.iterdir()
                  if f.name.endswith(".txt")})
# blind15's to blind19's, [blind21] blind20's, [blind22] blind21's, [blind23] blind22's and [blind24] blind23's subjects
# (they also name those sets' files)
EARLIER_SUBJECTS = {"saltlux", "cafe24", "devsisters", "rainbow", "rainbowrobotics", "yonyou", "dreame", "pudu",
                    "kunlun", "kunluntech", "telechips", "soop", "sangfor", "sunny", "sunnyoptical",
                    "webzen", "vuno", "musinsa", "autoever", "hyundaiautoever", "deepx", "42dot",
                    "megvii", "blacksesame", "4paradigm", "goertek", "robosense", "insta360",
                    "gravity", "golfzon", "nota", "notaai", "twelvelabs", "bearrobotics", "wrtn",
                    "luxshare", "unisoc", "cloudwalk", "anker", "ehang", "quectel",
                    "makinarocks", "neuromeka", "mobilint", "scatterlab", "sendbird", "socar",
                    "mobvoi", "inovance", "mihoyo", "narwal", "goodix", "bambulab",
                    "lablup", "kurly", "riiid", "robotis", "parksystems", "zigbang",
                    "estun", "hypergryph", "loongson", "qianxin", "ecoflow", "geekplus",
                    "suprema", "tmap", "channelcorp", "myrealtrip", "bucketplace", "seoulrobotics",
                    "biren", "fourier", "perfectworld", "weimob", "xgimi", "sungrow",
                    "mathpresso", "watcha", "ridi", "wantedlab", "hyperconnect", "bithumb",
                    "enflame", "gigadevice", "keenon", "lilith", "deeproute", "ninebot", "segway",
                    "elice", "ably", "wadiz", "konan", "konantechnology", "flitto", "banksalad",
                    "fibocom", "galbot", "hygon", "papergames", "naura", "ugreen",
                    # [blind24] blind23's
                    "clobot", "morai", "saramin", "bunjang", "day1company", "day1", "mangoboost",
                    "rockchip", "kuro", "kurogames", "leju", "lejurobotics", "metax", "espressif", "youzan"}
# this set's subjects: file-name subject -> (company, country)
SUBJECTS = {
    "megazone": ("Megazone Cloud", "KR"), "twinny": ("Twinny", "KR"), "class101": ("Class101", "KR"),
    "liner": ("Liner", "KR"), "polaris": ("Polaris Office", "KR"), "korbit": ("Korbit", "KR"),
    "unisound": ("Unisound", "CN"), "allwinner": ("Allwinner Technology", "CN"), "amec": ("AMEC", "CN"),
    "modelbest": ("ModelBest", "CN"), "giant": ("Giant Network", "CN"), "mechmind": ("Mech-Mind Robotics", "CN"),
}
DEV_GOLD = Path("/work/shared/eval/dev/tencent-summit.gold.json")
DEV_KEYS = list(json.load(open(DEV_GOLD, encoding="utf-8")).keys())

LISTS = {  # gold key -> (kind, allowed fields)
    "events": ("event", {"name", "native", "aliases", "start", "end", "place", "placeNative",
                         "region", "merges", "yearInferred", "source"}),
    "people": ("person", {"name", "native", "title", "org", "unit", "source"}),
    "orgs": ("org", {"name", "native", "aliases", "source"}),
    "orgUnits": ("orgUnit", {"name", "code", "parent", "established", "yearInferred", "source"}),
    "presentations": ("presentation", {"person", "topic", "event", "source"}),
    "quotes": ("quote", {"speaker", "text", "verb", "source"}),
    "metrics": ("metric", {"subject", "what", "value", "unit", "qualifier", "date",
                           "yearInferred", "source"}),
    "dated": ("dated", {"date", "end", "subject", "summary", "yearInferred", "source"}),
}
VERBATIM = {
    "events": ["name", "native", "aliases", "place", "placeNative", "region", "merges"],
    "people": ["name", "native", "title", "org", "unit"],
    "orgs": ["name", "native", "aliases"],
    "orgUnits": ["name", "code", "parent"],
    "presentations": ["person", "topic", "event"],
    "quotes": ["speaker", "text", "verb"],
    "metrics": ["subject"],
    "dated": ["subject"],
}
DATES = {"events": ["start", "end"], "orgUnits": ["established"], "metrics": ["date"],
         "dated": ["date", "end"]}
REQUIRED = {"events": ["name"], "people": ["name"], "orgs": ["name"], "orgUnits": ["name"],
            "presentations": ["person", "topic"], "quotes": ["speaker", "text", "verb"],
            "metrics": ["subject", "what", "value", "unit", "qualifier"],
            "dated": ["date", "summary"]}
QUALIFIERS = {"=", ">", ">=", "<", "<=", "~"}
ISO4217 = {"CNY", "KRW", "USD", "JPY", "EUR", "HKD", "TWD", "SGD"}


def iso_ok(s):
    if not isinstance(s, str):
        return False
    if re.fullmatch(r"--\d{2}-\d{2}", s):
        try:
            datetime.date(2000, int(s[2:4]), int(s[5:7]))
            return True
        except ValueError:
            return False
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", s)
    if not m:
        return False
    y, mo, d = m.groups()
    try:
        datetime.date(int(y), int(mo or 1), int(d or 1))
        return True
    except ValueError:
        return False


MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def first_full_date(lines):
    """[blind24] The first full date written in these lines, as ISO, or None."""
    pats = [
        (r"(?<!\d)(\d{4})[./\-](\d{1,2})[./\-](\d{1,2})(?!\d)", lambda m: (m[1], m[2], m[3])),
        (r"(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일", lambda m: (m[1], m[2], m[3])),
        (r"\b(\d{1,2}) ([A-Z][a-z]{2,8})\.? (\d{4})\b", lambda m: (m[3], m[2], m[1])),
        (r"\b([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4})\b", lambda m: (m[3], m[1], m[2])),
        (r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b", lambda m: (m[3], m[2], m[1])),
    ]
    for line in lines:
        found = []
        for pat, parts in pats:
            for m in re.finditer(pat, line):
                y, mo, d = parts(m)
                if not mo.isdigit():
                    if mo[:3].lower() not in MONTHS:
                        continue
                    mo = str(MONTHS.index(mo[:3].lower()) + 1)
                try:
                    found.append((m.start(), datetime.date(int(y), int(mo), int(d)).isoformat()))
                except ValueError:
                    continue
        if found:
            return min(found)[1]
    return None


def to_preds(gold):
    """The gold facts as exchange-format lines, for the self-score."""
    lines = []
    for key, (kind, _) in LISTS.items():
        for f in gold.get(key, []):
            lines.append(json.dumps(dict(f, kind=kind), ensure_ascii=False))
    return lines


def check(gold_path):
    probs = []
    p = probs.append
    stem = gold_path.name[: -len(".gold.json")]
    gold = json.load(open(gold_path, encoding="utf-8"))
    if list(gold.keys()) != DEV_KEYS:
        p(f"top-level keys {list(gold.keys())} != dev {DEV_KEYS}")
    rep = HERE / gold.get("report", "")
    if gold.get("report") != stem + ".txt" or not rep.exists():
        p(f"report field {gold.get('report')!r} does not name {stem}.txt")
        return probs, None
    text = rep.read_text(encoding="utf-8")
    if not 900 <= len(text) <= 2200:
        p(f"report length {len(text)} outside 900-2200")
    pub = gold.get("published")
    if pub is not None and not iso_ok(pub):
        p(f"published {pub!r} not ISO")
    if pub is not None and not (isinstance(pub, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub)):
        p(f"published {pub!r} is neither null nor a full ISO day")
    undated = pub is None
    if pub and pub[:4] not in text:
        p(f"published year {pub[:4]} does not occur in the report")
    # a publication year written as a date at the top (2026.02.12, 2025-11-26, 2026년, Nov. 28, 2025, 19 Aug 2025,
    # [blind17] 28/08/2025, [blind18] 11.06.2026, [blind20] Feb 12 2026)
    top_has_year = bool(pub) and bool(re.search(
        r"(?:%s\s*[./\-년]|,\s*%s\b|\b\d{1,2} [A-Z][a-z]{2,8}\.? %s\b|\b\d{1,2}/\d{1,2}/%s\b"
        r"|\b\d{1,2}\.\d{1,2}\.%s\b|\b[A-Z][a-z]{2,8}\.? \d{1,2} %s\b)"
        % (pub[:4], pub[:4], pub[:4], pub[:4], pub[:4], pub[:4]),
        "\n".join(text.splitlines()[:4])))
    # [blind17] a report without the year at the top gives it in its last four lines (footer, closing byline)
    if pub and not top_has_year and pub[:4] not in "\n".join(text.strip().splitlines()[-4:]):
        p(f"no publication year at the top, and {pub[:4]} is not in the last four lines either")
    # [blind23] a weekday written beside the publication date (`(금)`, `Thu,`) in the first or last four lines
    # must be the weekday of `published`
    if pub:
        wd = datetime.date.fromisoformat(pub).weekday()
        edge = "\n".join(text.splitlines()[:4] + text.strip().splitlines()[-4:])
        for m in re.finditer(r"\((월|화|수|목|금|토|일)\)", edge):
            if "월화수목금토일".index(m.group(1)) != wd:
                p(f"weekday ({m.group(1)}) beside the publication date is not that of {pub}")
        for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,", edge):
            if ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(m.group(1)) != wd:
                p(f"weekday {m.group(0)!r} beside the publication date is not that of {pub}")
    # [blind24] the first full date (year, month, day) written in the first four lines, or else in the last four
    # lines, is the publication date (`2026.03.20`, `2026/03/27`, `2025-12-04`, `2026-05-21T09:00`, `2025년 10월 24일`,
    # `14 November 2025`, `6 Feb 2026`, `Nov. 28, 2025`, `11.06.2026`)
    if pub:
        stamp = first_full_date(text.splitlines()[:4]) or first_full_date(text.strip().splitlines()[-4:])
        if stamp and stamp != pub:
            p(f"first full date written at the top or bottom is {stamp}, not published {pub}")
    subject = stem.split("-")[0].lower()
    for other in EARLIER:
        if subject in other:
            p(f"subject {subject!r} occurs in an earlier set's file name {other!r}")
            break
    if subject in EARLIER_SUBJECTS:
        p(f"subject {subject!r} is one of blind15's to blind23's subjects")
    if subject not in SUBJECTS:
        p(f"subject {subject!r} is not one of this set's twelve subjects")
    if pub and pub[:4] not in str(gold.get("note")) and "publication date" not in str(gold.get("note")):
        p("note does not say where the publication date was read")
    if undated and "publication date" not in str(gold.get("note")):
        p("published is null but the note does not say how the missing publication date was handled")
    nomd = 0
    if not isinstance(gold.get("note"), str) or not gold["note"].strip():
        p("note missing or empty")
    for key, (kind, allowed) in LISTS.items():
        items = gold.get(key)
        if not isinstance(items, list):
            p(f"{key} is not a list")
            continue
        for f in items:
            if not isinstance(f, dict):
                p(f"{key}: item not an object: {f!r}")
                continue
            extra = set(f) - allowed
            if extra:
                p(f"{key}: fields not in FACTS.md: {sorted(extra)} in {f}")
            for r in REQUIRED[key]:
                if f.get(r) in (None, "", []):
                    p(f"{key}: missing {r} in {f}")
            for fld in VERBATIM[key]:
                v = f.get(fld)
                vals = v if isinstance(v, list) else [v]
                for s in vals:
                    if s in (None, ""):
                        continue
                    if not isinstance(s, str):
                        p(f"{key}.{fld} not a string: {s!r}")
                    elif s not in text:
                        p(f"{key}.{fld} not verbatim in report: {s!r}")
            for fld in DATES.get(key, []):
                if f.get(fld) not in (None, "") and not iso_ok(f[fld]):
                    p(f"{key}.{fld} not ISO: {f[fld]!r}")
                if iso_ok(f.get(fld)) and not str(f[fld]).startswith("--") \
                        and not 1980 <= int(str(f[fld])[:4]) <= 2035:
                    p(f"{key}.{fld} year out of 1980-2035: {f[fld]!r}")
                if str(f.get(fld) or "").startswith("--"):
                    nomd += 1
                    if not undated:
                        p(f"{key}.{fld} is --MM-DD in a report with a publication date: {f[fld]!r}")
                    elif (key, fld) != ("metrics", "date"):
                        p(f"{key}.{fld} is --MM-DD; score.py cannot pair a gold without a year here")
                    if f.get("yearInferred"):
                        p(f"{key}.{fld} is --MM-DD yet flagged yearInferred")
            if key == "metrics":
                if not isinstance(f.get("value"), (int, float)) or isinstance(f.get("value"), bool):
                    p(f"metric value not a plain number: {f}")
                if f.get("qualifier") not in QUALIFIERS:
                    p(f"metric qualifier {f.get('qualifier')!r} invalid")
                u = f.get("unit", "")
                if u not in ISO4217 and u != "%" and u not in text:
                    p(f"metric unit {u!r} neither ISO 4217 nor verbatim")
                if not isinstance(f.get("what"), str) or not f.get("what"):
                    p(f"metric what missing: {f}")
            if key == "quotes":
                t = f.get("text", "")
                starts = [m.start() for m in re.finditer(re.escape(t), text)] if t else []
                if t and not any(i > 0 and text[i - 1] in "“\"‘'「『" for i in starts):
                    p(f"quote text does not start right after an opening quotation mark: {t[:40]!r}")
                v = f.get("verb", "")
                if v and starts and not any(v in text[max(0, i - 400): i + len(t) + 400] for i in starts):
                    p(f"quote verb {v!r} not near its quotation {t[:30]!r}")
                if t and t.rstrip().endswith("."):
                    p(f"quote text keeps its closing full stop: {t[-40:]!r}")
                if t and (t[0] in "“”\"'‘’「『" and t[-1] in "“”\"'‘’」』"):
                    p(f"quote text keeps its outer quotation marks: {t!r}")
    for f in gold.get("dated", []):
        if not f.get("subject"):
            p(f"dated fact without a subject: {f}")
        d, e = str(f.get("date") or ""), str(f.get("end") or "")
        if d and e and e[:len(d)] < d[:len(e)]:
            p(f"dated ends before it starts: {f}")
    # cross references
    ev = {e["name"] for e in gold.get("events", [])}
    ppl = {x["name"] for x in gold.get("people", [])}
    orgs = {o["name"] for o in gold.get("orgs", [])}
    units = {u["name"] for u in gold.get("orgUnits", [])}
    codes = {u["code"] for u in gold.get("orgUnits", []) if u.get("code")}
    subjects = ev | ppl | orgs | units | codes
    for e in gold.get("events", []):
        for m in e.get("merges", []) or []:
            if m not in ev:
                p(f"event merges unknown event {m!r}")
        if e.get("end") and e.get("start") and e["end"] < e["start"] and not e["start"].startswith("--"):
            p(f"event ends before it starts: {e['name']}")
    for x in gold.get("people", []):
        if x.get("org") and x["org"] not in orgs:
            p(f"person {x['name']} org {x['org']!r} is not an org name")
        if x.get("unit") and x["unit"] not in codes | units:
            p(f"person {x['name']} unit {x['unit']!r} is not a unit code or name")
    for u in gold.get("orgUnits", []):
        if u.get("parent") and u["parent"] not in orgs | units:
            p(f"orgUnit {u['name']} parent {u['parent']!r} unknown")
        # [blind21] a unit code stands in brackets right after the unit's name
        if u.get("code") and not re.search(re.escape(u["name"]) + r"\s?\(" + re.escape(u["code"]) + r"\)", text):
            p(f"orgUnit {u['name']} code {u['code']!r} not written right after its name as name(CODE)")
    for pr in gold.get("presentations", []):
        if pr.get("person") not in ppl:
            p(f"presentation person {pr.get('person')!r} is not a person")
        if pr.get("event") and pr["event"] not in ev:
            p(f"presentation event {pr['event']!r} is not an event")
    for q in gold.get("quotes", []):
        if q.get("speaker") not in ppl:
            p(f"quote speaker {q.get('speaker')!r} is not a person")
    for key in ("metrics", "dated"):
        for f in gold.get(key, []):
            if f.get("subject") and f["subject"] not in subjects:
                p(f"{key} subject {f['subject']!r} is not an org/event/person/unit")
    # duplicate keys within a kind
    for key, fld in (("people", "name"), ("orgs", "name"), ("events", "name"), ("orgUnits", "name")):
        names = [f.get(fld) for f in gold.get(key, [])]
        for n in set(names):
            if names.count(n) > 1:
                p(f"{key}: duplicate {n!r}")
    qs = [(q.get("speaker"), q.get("text")) for q in gold.get("quotes", [])]
    if len(set(qs)) != len(qs):
        p("quotes: duplicate speaker/text")
    # [blind16] one metric per (subject, what, value); no org key shared by two orgs;
    # a native differs from its name; a range has the same precision on both sides
    ms = [(m.get("subject"), m.get("what"), m.get("value")) for m in gold.get("metrics", [])]
    for m in set(ms):
        if ms.count(m) > 1:
            p(f"metrics: duplicate subject/what/value {m}")
    seen = {}
    for o in gold.get("orgs", []):
        for k in scoring.names(o, ("name", "native", "aliases")):
            if scoring.norm(k) in seen and seen[scoring.norm(k)] != o["name"]:
                p(f"orgs: {k!r} names both {seen[scoring.norm(k)]!r} and {o['name']!r}")
            seen[scoring.norm(k)] = o["name"]
    for key in ("events", "people", "orgs"):
        for f in gold.get(key, []):
            if f.get("native") and scoring.norm(f["native"]) == scoring.norm(f.get("name")):
                p(f"{key}: native equals name: {f['name']!r}")
    for key, a, b in (("events", "start", "end"), ("dated", "date", "end")):
        for f in gold.get(key, []):
            if f.get(b) and len(str(f.get(a) or "")) != len(str(f[b])):
                p(f"{key}: {a} and {b} differ in precision: {f}")
    # self-score
    rows = scoring.score(gold, scoring.read_preds(to_preds(gold)))
    buf = []
    F, attr = scoring.report(rows, out=buf.append)
    if F < 0.9999 or attr < 0.9999:
        p(f"self-score {buf[-1]}")
    counts = {k: len(gold.get(k, [])) for k in LISTS}
    letters = [c for c in text if c.isalpha()]
    hangul = sum("\uac00" <= c <= "\ud7a3" for c in letters)
    lang = "KO" if letters and hangul / len(letters) > 0.3 else "EN"
    return probs, (len(text), counts, buf[-1], lang, undated, nomd, top_has_year)


def main():
    golds = sorted(HERE.glob("*.gold.json"))
    total = 0
    bad = 0
    langs = {}
    undated_n = nomd_n = 0
    noyear_top = []
    subjects = []
    for g in golds:
        subjects.append(g.name.split("-")[0].lower())
        probs, info = check(g)
        if info:
            n, counts, line, lang, undated, nomd, top_has_year = info
            if not top_has_year:
                noyear_top.append(g.name[: -len('.gold.json')])
            total += sum(counts.values())
            langs[lang] = langs.get(lang, 0) + 1
            undated_n += undated
            nomd_n += nomd
            print(f"{g.name}: {lang} {n} chars, " + " ".join(f"{k}={v}" for k, v in counts.items())
                  + f" | {line}")
        for pr in probs:
            print(f"  PROBLEM {pr}")
        bad += len(probs)
    print("languages: " + ", ".join(f"{v} {k}" for k, v in sorted(langs.items(), reverse=True)))
    if langs.get("KO", 0) != 8 or langs.get("EN", 0) != 4:
        print("  PROBLEM the brief asks for 8 Korean and 4 English reports")
        bad += 1
    print(f"no publication date: {undated_n} gold(s), {nomd_n} --MM-DD date(s)")
    print(f"no publication year in the first four lines: {len(noyear_top)} report(s)"
          + (f" ({', '.join(noyear_top)})" if noyear_top else ""))
    # [blind17] twelve distinct subjects, six Korean and six Chinese; at least two reports without a year at the top
    if len(set(subjects)) != len(subjects):
        print("  PROBLEM two reports share a subject")
        bad += 1
    kr = sorted(s for s in set(subjects) if SUBJECTS.get(s, ("", ""))[1] == "KR")
    cn = sorted(s for s in set(subjects) if SUBJECTS.get(s, ("", ""))[1] == "CN")
    print(f"subjects: {len(kr)} Korean ({', '.join(SUBJECTS[s][0] for s in kr)}), "
          f"{len(cn)} Chinese ({', '.join(SUBJECTS[s][0] for s in cn)})")
    if len(golds) != 12 or len(kr) != 6 or len(cn) != 6:
        print("  PROBLEM the brief asks for 12 reports on six Korean and six Chinese subjects")
        bad += 1
    if len(noyear_top) < 2:
        print("  PROBLEM at least two reports should carry no publication year at the top (footer-dated or undated)")
        bad += 1
    # [blind18] exactly one report without any publication date, and its gold holds a --MM-DD date
    if undated_n != 1:
        print("  PROBLEM the brief asks for exactly one report with no publication date")
        bad += 1
    if undated_n and not nomd_n:
        print("  PROBLEM the undated report's gold holds no --MM-DD date")
        bad += 1
    print(f"{len(golds)} golds, {total} facts, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
