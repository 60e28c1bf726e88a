#!/usr/bin/env bash
# Checks the projection files people look at with the real tools: index.html in headless
# Chromium (the seed's units and people in the rendered DOM, and a screenshot), timeline.ics
# with Python's icalendar, org.dot with Graphviz. Installs what is missing (Debian's chromium,
# graphviz and fonts-noto-cjk with apt-get; icalendar with pip). Exits non-zero on any failure.
# The screenshot is left in .build/screenshots/ (not in git): look at it for the CJK text.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
started=$SECONDS
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }

echo "== installing what is missing"
missing=()
for pkg in chromium graphviz fonts-noto-cjk; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! python3 -c 'import icalendar' 2>/dev/null; then
    python3 -m pip install -q icalendar 2>/dev/null || python3 -m pip install -q --user --break-system-packages icalendar
fi

echo "== building dossier (debug)"
swift build --product dossier 2>&1 | tail -1
dossier=.build/debug/dossier

scratch=$(mktemp -d /tmp/dossier-views.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
state="$scratch/var"
seed=../shared/seeds/000_63bb047d686c7fea.txt
[ -f "$seed" ] || seed=Tests/DossierExtractionTests/Fixtures/tencent-summit.txt
fixtures=Tests/DossierExtractionTests/Fixtures
echo "== ingesting $seed and two fixture reports"
"$dossier" ingest --config Config/dossier.toml --state-dir "$state" \
    "$seed" "$fixtures/alibaba-reorg-en.txt" "$fixtures/skt-ai-summit.txt"
projections="$state/projections"
for file in index.html org.dot timeline.ics org.md; do
    [ -s "$projections/$file" ] || fail "$file was not written"
done
grep -q '```mermaid' "$projections/org.md" && ok "org.md has a Mermaid diagram" || fail "org.md has no Mermaid diagram"
[ "$("$dossier" open --print-only --config Config/dossier.toml --state-dir "$state")" = "$(realpath "$projections/index.html")" ] \
    && ok "dossier open prints the page's path" || fail "dossier open printed another path"

echo "== index.html in headless chromium"
chrome=(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run
    --user-data-dir="$scratch/chromium")
page="file://$(realpath "$projections/index.html")"
"${chrome[@]}" --dump-dom "$page" >"$scratch/dom.html" 2>"$scratch/chromium.log" || fail "chromium --dump-dom failed: $(tail -3 "$scratch/chromium.log")"
for expected in CSIG PCG 리우츠핑 치우위에펑 邱跃鹏 '<span lang="zh">邱跃鹏</span>' 부총재 '21–23 May' 'id="filter"'; do
    grep -qF -- "$expected" "$scratch/dom.html" && ok "rendered DOM has $expected" || fail "rendered DOM lacks $expected"
done
# The filter box, through the page's #q= link: one person shown, the others hidden.
"${chrome[@]}" --dump-dom "$page#q=%EC%B9%98%EC%9A%B0%EC%9C%84%EC%97%90%ED%8E%91" >"$scratch/filtered.html" 2>>"$scratch/chromium.log" || true
if grep -qF '<li data-f="" hidden=""><div class="node person"><b>리우츠핑' "$scratch/filtered.html" \
    && grep -qF '<li data-f=""><div class="node person"><b>치우위에펑' "$scratch/filtered.html" \
    && grep -qE 'id="filter-count" class="meta">[1-9][0-9]* matching' "$scratch/filtered.html"; then
    ok "the filter (#q=치우위에펑) shows 치우위에펑 and hides 리우츠핑"
else
    fail "the filter box did not filter"
fi
mkdir -p .build/screenshots
shot=.build/screenshots/index.png
rm -f "$shot"
"${chrome[@]}" --hide-scrollbars --screenshot="$shot" --window-size=1280,2000 "$page" >/dev/null 2>>"$scratch/chromium.log" || true
if [ -s "$shot" ] && [ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; then
    ok "screenshot in $shot"
else
    fail "no screenshot: $(tail -3 "$scratch/chromium.log")"
fi

echo "== timeline.ics with python icalendar"
python3 - "$projections/timeline.ics" <<'PY' || fail "timeline.ics did not validate"
import datetime, sys
import icalendar
raw = open(sys.argv[1], "rb").read()
assert raw.count(b"\n") == raw.count(b"\r\n"), "a line ends without CR"
assert all(len(line) <= 75 for line in raw.split(b"\r\n")), "a line is longer than 75 octets"
calendar = icalendar.Calendar.from_ical(raw)
events = list(calendar.walk("VEVENT"))
assert len(events) == raw.count(b"BEGIN:VEVENT") and events, f"{len(events)} events"
uids = [str(e["UID"]) for e in events]
assert len(set(uids)) == len(uids), "UIDs repeat"
for e in events:
    start, end = e["DTSTART"].dt, e["DTEND"].dt
    assert type(start) is datetime.date and type(end) is datetime.date, f"not all-day: {e['SUMMARY']}"
    assert end > start, f"DTEND not after DTSTART: {e['SUMMARY']}"
    assert isinstance(e["DTSTAMP"].dt, datetime.datetime)
days = {(str(e["SUMMARY"]), e["DTSTART"].dt, e["DTEND"].dt) for e in events}
assert any(s.endswith("(CSIG) established") and a == datetime.date(2018, 9, 30) and b == datetime.date(2018, 10, 1)
           for s, a, b in days), "CSIG founding day missing"
print(f"ok: timeline.ics parses: {len(events)} all-day events, unique UIDs")
PY

echo "== org.dot with graphviz"
if dot -Tsvg "$projections/org.dot" -o "$scratch/org.svg" 2>"$scratch/dot.log" && grep -q '<svg' "$scratch/org.svg"; then
    grep -q CSIG "$scratch/org.svg" && ok "dot -Tsvg draws org.dot (with CSIG)" || fail "org.svg lacks CSIG"
else
    fail "dot -Tsvg failed: $(cat "$scratch/dot.log")"
fi

echo "== rebuild gives the same files"
cp -r "$projections" "$scratch/before"
"$dossier" rebuild --config Config/dossier.toml --state-dir "$state" >/dev/null
diff -r -x '.state-checkpoint*' "$scratch/before" "$projections" >/dev/null && ok "rebuild is byte-identical (the state checkpoint aside)" || fail "rebuild differs"

echo "== $((SECONDS - started)) s"
if ((failures)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all view checks passed"
