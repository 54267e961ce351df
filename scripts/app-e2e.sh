#!/usr/bin/env bash
# End-to-end run of the real app under Xvfb: plays scripted calls to the debrief in English
# and Polish (rewind and retry included), negotiates terms in the call's terms panel (a refused
# proposal explained, then a plan typed the language's way) and fills the wrap-up's structured
# fields, checking the record's terms, wrap-up fields and Arrangement score, kills a call with SIGKILL and resumes it, breaks and
# repairs a scenario while the app runs (hot reload), opens the coordinator dashboard over a
# synthetic cohort with a corrupt and a tampered record, drives the trainer view (walk,
# playtest from a node), shows the pre-call desk and plays a case of two calls, plays an
# assigned track and opens the coordinator's Assignments tab, and saves a screenshot of every screen.
#
#   scripts/app-e2e.sh                # screenshots go to docs/screenshots/
#   SHOTS=/tmp/shots scripts/app-e2e.sh
#
# Exits non-zero on any failure. Run as root, it installs its Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHOTS=${SHOTS:-$ROOT/docs/screenshots}
# Without BIN, a release build with the scripting this run needs (a plain release build has none).
if [ -z "${BIN:-}" ]; then
  cargo build --release --features callcoach-app/script
  BIN=$ROOT/target/release/callcoach
fi
WORK=$(mktemp -d)
trap 'kill_all; rm -rf "$WORK"' EXIT
PIDS=()
kill_all() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; }
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" = 0 ] && ! command -v Xvfb >/dev/null; then
  apt-get update -qq && apt-get install -y -qq xvfb mesa-vulkan-drivers libvulkan1 libxkbcommon-x11-0 >/dev/null
fi
command -v Xvfb >/dev/null || fail "Xvfb is not installed"
# pdftoppm renders a certificate's page for its screenshot.
if [ "$(id -u)" = 0 ] && ! command -v pdftoppm >/dev/null; then
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi
command -v pdftoppm >/dev/null || fail "pdftoppm is not installed (Debian package poppler-utils)"
[ -x "$BIN" ] || { echo "FAIL: $BIN is not a program" >&2; exit 1; }
mkdir -p "$SHOTS"

DISPLAY_NUM=${DISPLAY_NUM:-97}
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 >/dev/null 2>&1 &
PIDS+=($!)
export DISPLAY=":$DISPLAY_NUM"
sleep 1

DATA=$WORK/data
# Runs the app with a script; $1 = script file, $2 = log file, rest = extra arguments.
run_app() {
  local script=$1 log=$2; shift 2
  CALLCOACH_SCRIPT=$script timeout 300 "$BIN" --data-dir "$DATA" "$@" >"$log" 2>&1
}
records() { { find "$DATA/records" -name '*.json' 2>/dev/null || true; } | wc -l; }

# ---- 1. A whole call in each language, with rewind and retry -------------------------------
for lang in en pl; do
  cat >"$WORK/$lang.txt" <<EOF
wait-ready
trainee Ala Test
lang $lang
mode practice
shot $SHOTS/signin-$lang.png
signin
expect library
shot $SHOTS/library-$lang.png
start job-loss-hardship 7
expect call
shot $SHOTS/call-$lang.png
pick 3
pick 2
pick-to-end
expect wrapup
disposition payment-plan
next-action await-payment
notes Customer lost her job in August; agreed a small monthly plan; letter to follow.
submit
expect debrief
wait-debrief
shot $SHOTS/debrief-$lang.png
rewind 2
expect call
expect-turn 2
shot $SHOTS/rewind-$lang.png
pick 1
retry
expect call
expect-turn 1
leave
expect library
EOF
  before=$(records)
  run_app "$WORK/$lang.txt" "$WORK/$lang.log" || { tail -30 "$WORK/$lang.log"; fail "scripted call ($lang)"; }
  grep -q "first frame after" "$WORK/$lang.log" || fail "no first frame ($lang)"
  [ "$(records)" -eq $((before + 1)) ] || fail "expected one new record ($lang)"
  echo "ok: whole call in $lang, record written, rewind and retry"
done

# ---- 1a. Today's drills: a call that broke rules (played by the CLI, today), then tomorrow's
# drills in the app: the shelf, a drill from the decision where the rule was broken, its result
# (passed in English, failed in Polish), recorded apart from calls.
# Its own data folder, so that nothing here reaches the later sections' records or journals.
MAIN_DATA=$DATA
DATA=$WORK/drill-data
tomorrow=$(date -u -d tomorrow +%F)
drills() { { find "$DATA/drills" -name '*.json' 2>/dev/null || true; } | wc -l; }
for lang in en pl; do
  who="Drew Drill $lang"
  "$BIN" --data-dir "$DATA" play uk-bad-time --seed 2 --agent "$who" --picks 2,2,3,1,1,1,1,1,1,1 \
    --disposition hung-up --wrap-terms none --next-action none >"$WORK/drill-call-$lang.log" 2>&1 \
    || { tail -20 "$WORK/drill-call-$lang.log"; fail "the call that breaks rules ($lang)"; }
  due=$("$BIN" --data-dir "$DATA" drill list --trainee "$who" --date "$tomorrow" | grep -c '^[a-z0-9-]*/')
  [ "$due" -ge 1 ] || fail "no drill due tomorrow ($lang)"
  # At turn 4, the 2nd answer accepts the £40 offered (UK-03 kept); the 1st presses again.
  if [ "$lang" = en ]; then answer=2 verdict=passed after=expect-not-due; else answer=1 verdict=failed after=expect-due; fi
  cat >"$WORK/drill-$lang.txt" <<EOF
wait-ready
trainee $who
lang $lang
mode practice
signin
expect library
expect-drills 0
drills-day $tomorrow
sleep 300
expect-drills $due
expect-due compliance-uk/UK-03
shot $SHOTS/drills-$lang.png
drill-start compliance-uk/UK-03
expect call
expect-turn 4
shot $SHOTS/drill-$lang.png
pick $answer
expect drillresult
expect-drill $verdict
shot $SHOTS/drill-result-$lang.png
leave
expect library
$after compliance-uk/UK-03
EOF
  before=$(records) drills_before=$(drills)
  run_app "$WORK/drill-$lang.txt" "$WORK/drill-$lang.log" || { tail -30 "$WORK/drill-$lang.log"; fail "today's drills ($lang)"; }
  [ "$(drills)" -eq $((drills_before + 1)) ] || fail "expected one drill recorded ($lang)"
  [ "$(records)" -eq "$before" ] || fail "a drill was counted as a call ($lang)"
  echo "ok: today's drills in $lang ($due due, one $verdict and recorded apart from calls)"
done
DATA=$MAIN_DATA

# ---- 1b. A negotiated call: terms typed in the panel, wrap-up fields, the arrangement debrief --
# NEGO_LIBRARY: another library to negotiate in (default: the shipped one).
NEGO_ARGS=()
[ -n "${NEGO_LIBRARY:-}" ] && NEGO_ARGS=(--library "$NEGO_LIBRARY")
for lang in en pl; do
  if [ "$lang" = pl ]; then
    amount="60,00"
    notes="Straciła pracę w sierpniu; uzgodniono 21 rat po 60,00 USD miesięcznie od 24 listopada; potwierdzenie e-mailem."
  else
    amount="60.00"
    notes="Lost her job in August; 21 x 60.00 monthly from 24 November agreed; written confirmation by email."
  fi
  cat >"$WORK/nego-$lang.txt" <<EOF
wait-ready
trainee Nina Negotiator $lang
lang $lang
mode practice
signin
start job-loss-hardship 7
pick-id ask-for-dana
pick-id verify-dob
pick-id mm-and-purpose
pick-id acknowledge-listen
pick-id affordability
pick-id texas
expect call
expect-turn 7
terms kind settlement
terms settle-amount 5000
terms settle-by 2026-11-30
propose
expect-terms-message
expect-turn 7
terms kind plan
terms amount $amount
terms every monthly
terms count 21
terms first 2026-11-24
shot $SHOTS/negotiation-$lang.png
propose
expect-no-terms-message
expect-turn 8
pick-id read-back
pick-id routes-and-confirm
pick-id signpost-summarise
expect wrapup
disposition payment-plan
wrap-terms agreed
next-action await-payment
next-date 2026-11-24
flag hardship
flag vulnerability
notes $notes
shot $SHOTS/wrapup-$lang.png
submit
expect debrief
wait-debrief
shot $SHOTS/debrief-arrangement-$lang.png
quit
EOF
  before=$(records)
  run_app "$WORK/nego-$lang.txt" "$WORK/nego-$lang.log" "${NEGO_ARGS[@]}" \
    || { tail -30 "$WORK/nego-$lang.log"; fail "negotiated call ($lang)"; }
  [ "$(records)" -eq $((before + 1)) ] || fail "negotiated call ($lang): expected one new record"
  rec=$(grep -l "Nina Negotiator $lang" "$DATA"/records/*.json | head -1)
  [ -n "$rec" ] || fail "negotiated call ($lang): no record of the trainee"
  jq -e '[.turns[] | select(.terms != null)] | length == 1' "$rec" >/dev/null \
    || fail "negotiated call ($lang): expected one proposal in the record"
  jq -e '[.turns[] | select(.terms != null)][0].terms.Plan
         | .amount == "60.00" and .count == 21 and .every == "Monthly" and .first == "2026-11-24"' \
    "$rec" >/dev/null || fail "negotiated call ($lang): the proposed plan is not the one typed"
  jq -e '.wrap_up.fields | .terms.Plan.amount == "60.00" and .next_action == "AwaitPayment"
         and .next_date == "2026-11-24" and (.flags | index("Hardship") != null)' "$rec" >/dev/null \
    || fail "negotiated call ($lang): the wrap-up fields did not reach the record"
  score=$(jq -r '.scores.dimensions[] | select(.dimension == "Arrangement") | .score' "$rec")
  [ -n "$score" ] || fail "negotiated call ($lang): no Arrangement score"
  echo "ok: negotiated call in $lang: refused terms explained, plan proposed, Arrangement $score/100"
done

# ---- 2. kill -9 during a call, then resume ---------------------------------------------------
cat >"$WORK/kill.txt" <<EOF
wait-ready
trainee Kill Test
lang en
signin
start job-loss-hardship 11
pick 3
pick 1
expect-turn 3
sleep 600000
EOF
before=$(records)
CALLCOACH_SCRIPT=$WORK/kill.txt "$BIN" --data-dir "$DATA" >"$WORK/kill.log" 2>&1 &
APP=$!
PIDS+=($APP)
for _ in $(seq 1 120); do grep -q "script: sleep" "$WORK/kill.log" && break; sleep 0.5; done
grep -q "script: sleep" "$WORK/kill.log" || fail "the call to kill never reached turn 3"
kill -9 "$APP"; wait "$APP" 2>/dev/null || true
# One journal per session, under the trainee's collision-free key (journal/kill-test-<hash>/).
kill_journals() { find "$DATA/journal" -path '*/kill-test-*/*.jsonl' -size +0 2>/dev/null | wc -l; }
[ "$(kill_journals)" -eq 1 ] || fail "no journal after kill -9"
cat >"$WORK/resume.txt" <<EOF
wait-ready
trainee Kill Test
lang pl
signin
expect library
shot $SHOTS/resume-pl.png
resume
expect call
expect-turn 3
pick-to-end
expect wrapup
submit
expect debrief
EOF
run_app "$WORK/resume.txt" "$WORK/resume.log" || { tail -30 "$WORK/resume.log"; fail "resume after kill -9"; }
[ "$(records)" -eq $((before + 1)) ] || fail "resume: expected exactly one new record"
[ "$(kill_journals)" -eq 0 ] || fail "resume: journal left behind"
echo "ok: kill -9 mid-call, resumed at turn 3, one record"

# ---- 3. Hot reload: break a scenario while the app runs, then repair it ----------------------
LIB=$WORK/library
mkdir -p "$LIB"
cp -r "$ROOT/scenarios" "$ROOT/locales" "$LIB/"
cat >"$WORK/reload.txt" <<EOF
wait-ready
trainee Ala Test
lang en
signin
expect library
wait-errors
shot $SHOTS/library-broken-en.png
lang pl
shot $SHOTS/library-broken-pl.png
start job-loss-hardship 7
expect call
wait-clean
quit
EOF
CALLCOACH_SCRIPT=$WORK/reload.txt "$BIN" --library "$LIB" --data-dir "$DATA" >"$WORK/reload.log" 2>&1 &
APP=$!
PIDS+=($APP)
for _ in $(seq 1 120); do grep -q "script: wait-errors" "$WORK/reload.log" && break; sleep 0.5; done
SC=$LIB/scenarios/job-loss-hardship.ron
cp "$SC" "$WORK/good.ron"
t0=$(date +%s%N)
sed -i '0,/start: "opening",/s//start: "no-such-node",/' "$SC"
for _ in $(seq 1 100); do grep -qE "content checked: [1-9][0-9]* error" "$WORK/reload.log" && break; sleep 0.05; done
t1=$(date +%s%N)
grep -qE "content checked: [1-9][0-9]* error" "$WORK/reload.log" || fail "the broken edit was not noticed"
echo "ok: broken edit shown after $(((t1 - t0) / 1000000)) ms (the last good version stays playable)"
sleep 3
cp "$WORK/good.ron" "$SC"
wait "$APP" || { tail -30 "$WORK/reload.log"; fail "hot reload run"; }
echo "ok: repaired edit picked up, app kept running"

# ---- 3b. A hostile library and data folder, under a 2 GB address-space limit ---------------
# A FIFO named like a scenario, two links to "." (a walk of 2^n paths), /dev/zero as a
# Fluent file, a Fluent file nested past the limit; in the data folder a FIFO as a record and
# as a journal. The app must start, name each in its diagnostics and stay usable.
HLIB=$WORK/hostile-library
HDATA=$WORK/hostile-data
mkdir -p "$HLIB" "$HDATA/records"
cp -r "$ROOT/scenarios" "$ROOT/locales" "$HLIB/"
mkfifo "$HLIB/scenarios/fifo.ron"
ln -s . "$HLIB/scenarios/loop-a"
ln -s . "$HLIB/scenarios/loop-b"
ln -s /dev/zero "$HLIB/locales/en/zero.ftl"
{ printf 'deep = '; printf '{ %.0s' $(seq 3000); printf 'x'; printf ' }%.0s' $(seq 3000); echo; } >"$HLIB/locales/en/deep.ftl"
mkfifo "$HDATA/records/fifo.json"
# Ala Test's own journal folder (slug and 12 hex digits of SHA-256 of the name), and the old layout.
akey="ala-test-$(printf 'Ala Test' | sha256sum | cut -c1-12)"
mkdir -p "$HDATA/journal/$akey"
mkfifo "$HDATA/journal/$akey/fifo.jsonl" "$HDATA/journal/ala-test.jsonl"
cat >"$WORK/hostile.txt" <<EOF
wait-ready
trainee Ala Test
lang en
signin
expect library
wait-errors
shot $SHOTS/library-hostile-en.png
start job-loss-hardship 7
expect call
quit
EOF
CALLCOACH_SCRIPT=$WORK/hostile.txt timeout 120 prlimit --as=2147483648 -- \
  "$BIN" --library "$HLIB" --data-dir "$HDATA" >"$WORK/hostile.log" 2>&1 \
  || { tail -30 "$WORK/hostile.log"; fail "hostile library under prlimit --as=2G"; }
for code in E021 W023 E022 E025; do
  grep -q "$code" "$WORK/hostile.log" || { tail -30 "$WORK/hostile.log"; fail "hostile library: $code not reported"; }
done
echo "ok: hostile library and data folder under a 2 GB limit: FIFO, link loops, /dev/zero, deep nesting named; a call still starts"

# ---- 4. Coordinator dashboard over a synthetic cohort (one corrupt, one tampered record) ----
COHORT=$WORK/cohort
"$BIN" --data-dir "$COHORT" synth-records --count 1000 --seed 3 --trainees 14 >/dev/null 2>&1 \
  || fail "synth-records"
mapfile -t FILES < <(find "$COHORT/records" -name '*.json' | sort)
head -c 300 "${FILES[0]}" >"$WORK/cut.json" && mv "$WORK/cut.json" "${FILES[0]}"
sed -i '0,/"overall": *[0-9]*/s//"overall":101/' "${FILES[4]}"
for lang in en pl; do
  cat >"$WORK/dash-$lang.txt" <<EOF
wait-ready
trainee Carla Coordinator
role coordinator
lang $lang
signin
expect dashboard
wait-idle
sleep 300
shot $SHOTS/dashboard-$lang.png
dashboard-tab trainees
dashboard-sort best desc
dashboard-select-first
sleep 300
shot $SHOTS/dashboard-table-$lang.png
dashboard-grid on
sleep 300
shot $SHOTS/dashboard-grid-$lang.png
dashboard-grid off
dashboard-open-first
sleep 1500
shot $SHOTS/dashboard-session-$lang.png
dashboard-close
dashboard-tab answers
dashboard-scenario us-hostile-debtor
sleep 300
shot $SHOTS/dashboard-answers-$lang.png
dashboard-tab problems
dashboard-open-flagged
sleep 1500
shot $SHOTS/dashboard-tampered-$lang.png
quit
EOF
  CALLCOACH_SCRIPT=$WORK/dash-$lang.txt timeout 300 "$BIN" --data-dir "$COHORT" >"$WORK/dash-$lang.log" 2>&1 \
    || { tail -30 "$WORK/dash-$lang.log"; fail "dashboard ($lang)"; }
  grep -q "dashboard loaded 999 record(s) (1 corrupt)" "$WORK/dash-$lang.log" \
    || { grep dashboard "$WORK/dash-$lang.log"; fail "dashboard ($lang): expected 999 records and 1 corrupt"; }
  echo "ok: dashboard in $lang: $(grep -o 'dashboard loaded.*' "$WORK/dash-$lang.log")"
done

# ---- 5. Trainer view: graph, diagnostics, walk, playtest from a node and back -----------------
cat >"$WORK/trainer.txt" <<EOF
wait-ready
trainee Tom Trainer
role trainer
lang en
signin
expect trainer
trainer-select us-hostile-debtor
wait-idle
trainer-node first-rant
trainer-walk 1000 7
wait-idle
shot $SHOTS/trainer-en.png
trainer-playtest 5
expect call
pick 1
shot $SHOTS/playtest-en.png
leave
expect trainer
lang pl
trainer-select pl-already-paid
wait-idle
trainer-node verified
trainer-walk 10000 7
wait-idle
shot $SHOTS/trainer-pl.png
font 12
trainer-select job-loss-hardship
wait-idle
trainer-node dana-wary
trainer-var mood 35
shot $SHOTS/trainer-playtest-pl.png
font 16
quit
EOF
before=$(records)
run_app "$WORK/trainer.txt" "$WORK/trainer.log" || { tail -30 "$WORK/trainer.log"; fail "trainer view"; }
[ "$(records)" -eq "$before" ] || fail "trainer view: a playtest wrote a record"
echo "ok: trainer view (graph, walk, playtest from a node, nothing recorded)"

# ---- 5b. Item analysis on the trainer's graph: 400 skilled synthetic calls of uk-time-barred
# with a planted miskey (strong trainees blurt at the opening); the graph badges the decision,
# the inspector gives each answer's figures. Its own data folder.
MAIN_DATA=$DATA
DATA=$WORK/items-data
"$BIN" --data-dir "$DATA" synth-records --count 400 --seed 7 --trainees 40 --scenario uk-time-barred --skilled \
  --plant-miskey uk-time-barred:opening:blurt >/dev/null 2>&1 || fail "synth-records (planted miskey)"
for lang in en pl; do
  cat >"$WORK/items-$lang.txt" <<EOF
wait-ready
trainee Tom Trainer
role trainer
lang $lang
signin
expect trainer
trainer-select uk-time-barred
wait-idle
trainer-expect-miskeys uk-time-barred opening:blurt
trainer-node opening
font 12
sleep 300
shot $SHOTS/trainer-items-$lang.png
font 16
quit
EOF
  # The pointer off the graph, so that no node's hover text covers the inspector in the shot.
  if command -v xdotool >/dev/null; then xdotool mousemove 1275 795 || true; fi
  run_app "$WORK/items-$lang.txt" "$WORK/items-$lang.log" || { tail -30 "$WORK/items-$lang.log"; fail "item analysis on the graph ($lang)"; }
  grep -q "item analysis: 400 record(s)" "$WORK/items-$lang.log" \
    || { grep 'item analysis' "$WORK/items-$lang.log"; fail "item analysis ($lang): expected 400 records"; }
done
echo "ok: item analysis on the trainer's graph flags the planted miskey ($(grep -o 'item analysis: .*' "$WORK/items-en.log"))"
DATA=$MAIN_DATA

# ---- 6. The pre-call desk: the account before dialling, in both languages ------------------
# The shipped us-stop-calling once it has a desk; until then the app tests' fixture scenario
# (crates/app/tests/fixtures/desk/) laid over a copy of the shipped library.
DESK_LIB=$WORK/desk-library
mkdir -p "$DESK_LIB"
cp -r "$ROOT/scenarios" "$ROOT/locales" "$DESK_LIB/"
if grep -q 'Desk(' "$ROOT/scenarios/us-stop-calling.ron"; then
  DESK=us-stop-calling
else
  DESK=fx-desk-cease
  cp -r "$ROOT/crates/app/tests/fixtures/desk/." "$DESK_LIB/"
fi
for lang in en pl; do
  cat >"$WORK/desk-$lang.txt" <<EOF
wait-ready
trainee Dana Desk $lang
role trainee
lang $lang
mode practice
signin
expect library
start $DESK 7
expect call
expect-desk
sleep 300
shot $SHOTS/desk-$lang.png
pick-to-end
expect wrapup
submit
expect debrief
quit
EOF
  before=$(records)
  run_app "$WORK/desk-$lang.txt" "$WORK/desk-$lang.log" --library "$DESK_LIB" \
    || { tail -30 "$WORK/desk-$lang.log"; fail "pre-call desk ($lang)"; }
  [ "$(records)" -eq $((before + 1)) ] || fail "pre-call desk ($lang): expected one new record"
  echo "ok: pre-call desk of $DESK in $lang, decided, recorded"
done

# ---- 7. A case of two calls: call one, kill -9 between the calls, continue, call two's desk --
# The app tests' fixture case (crates/app/tests/fixtures/case/: every plan breaks, so call two
# always shows call one's notes, the promise and the missed payment) over the shipped library.
CASE_LIB=$WORK/case-library
mkdir -p "$CASE_LIB"
cp -r "$ROOT/scenarios" "$ROOT/locales" "$CASE_LIB/"
cp -r "$ROOT/crates/app/tests/fixtures/case/." "$CASE_LIB/"
for lang in en pl; do
  if [ "$lang" = pl ]; then
    notes="Uzgodniono 12 rat po 50,00 GBP od 10 listopada; dochód 1500, czynsz 900; potwierdzenie listem."
  else
    notes="Agreed 12 x 50.00 monthly from 10 Nov; income 1500, rent 900; letter to confirm."
  fi
  cat >"$WORK/case1-$lang.txt" <<EOF
wait-ready
trainee Casey Case $lang
role trainee
lang $lang
mode practice
signin
expect library
shot $SHOTS/library-cases-$lang.png
start-case fx-case 3
expect call
pick-id introduce
pick-id ask-budget
pick-id offer-plan
expect wrapup
disposition payment-plan
wrap-terms agreed
next-action await-payment
next-date 2026-11-10
notes $notes
submit
expect debrief
wait-debrief
next-case-call
expect casebetween
expect-case-next
shot $SHOTS/case-between-fixture-$lang.png
sleep 600000
EOF
  before=$(records)
  CALLCOACH_SCRIPT=$WORK/case1-$lang.txt "$BIN" --library "$CASE_LIB" --data-dir "$DATA" >"$WORK/case1-$lang.log" 2>&1 &
  APP=$!
  PIDS+=($APP)
  for _ in $(seq 1 240); do grep -q "script: sleep" "$WORK/case1-$lang.log" && break; sleep 0.5; done
  grep -q "script: sleep" "$WORK/case1-$lang.log" || { tail -30 "$WORK/case1-$lang.log"; fail "case call one ($lang) never reached the between-calls screen"; }
  kill -9 "$APP"; wait "$APP" 2>/dev/null || true
  [ "$(records)" -eq $((before + 1)) ] || fail "case ($lang): expected call one's record"
  cat >"$WORK/case2-$lang.txt" <<EOF
wait-ready
trainee Casey Case $lang
role trainee
lang $lang
signin
expect library
continue-case fx-case
expect casebetween
play-case-call
expect call
expect-desk
expect-carried $notes
sleep 300
shot $SHOTS/case-call2-fixture-$lang.png
pick-id call-now
expect-no-desk
toggle-history
sleep 300
shot $SHOTS/case-call2-history-$lang.png
pick-id ask-why
expect wrapup
disposition payment-plan
next-action await-payment
notes Hours cut; asked for a smaller plan.
submit
expect debrief
next-case-call
expect casebetween
expect-case-end
quit
EOF
  run_app "$WORK/case2-$lang.txt" "$WORK/case2-$lang.log" --library "$CASE_LIB" \
    || { tail -30 "$WORK/case2-$lang.log"; fail "case call two ($lang)"; }
  [ "$(records)" -eq $((before + 2)) ] || fail "case ($lang): expected call two's record"
  rec=$(grep -l "\"step\": *1" $(grep -l "Casey Case $lang" "$DATA"/records/*.json) | head -1)
  [ -n "$rec" ] || fail "case ($lang): no record of call two"
  jq -e --arg n "$notes" '[.case.inherited[] | select(.text == $n)] | length == 1' "$rec" >/dev/null \
    || fail "case ($lang): call two's record does not carry call one's notes"
  jq -e '[.case.inherited[] | select(.what.Promise != null)] | length == 1' "$rec" >/dev/null \
    || fail "case ($lang): call two's record does not carry call one's arrangement"
  echo "ok: case of two calls in $lang: kill -9 between the calls, continued, call one's notes and arrangement on call two's desk"
done

# ---- 7b. A shipped case: uk-broken-promise, a plan she cannot keep, then call two's desk -----
# 7 x £180.00 asks twice what Ms Doyle can spare; with case seed 1 the plan breaks and call two
# follows. The screenshots of a case's second call are of this one.
if [ -f "$ROOT/scenarios/cases/uk-broken-promise.ron" ]; then
  for lang in en pl; do
    if [ "$lang" = pl ]; then
      notes="Uzgodniono 7 rat po 180,00 GBP od 17 listopada; skrócone godziny pracy; potwierdzenie listem."
    else
      notes="Agreed 7 x 180.00 monthly from 17 Nov; hours cut at the care home; confirmation by letter."
    fi
    cat >"$WORK/shipped-case-$lang.txt" <<EOF
wait-ready
trainee Bea Broken $lang
role trainee
lang $lang
mode practice
signin
expect library
start-case uk-broken-promise 1
expect call
pick-id intro-verify
pick-id purpose-open
pick-id acknowledge-listen
pick-id income-expenditure
pick-id offer-stretch
pick-id lock-it-in
pick-id routes-writing
pick-id signpost-summarise
expect wrapup
disposition payment-plan
wrap-terms agreed
next-action await-payment
next-date 2026-11-17
notes $notes
submit
expect debrief
wait-debrief
next-case-call
expect casebetween
expect-case-next
shot $SHOTS/case-between-$lang.png
play-case-call
expect call
expect-desk
expect-carried $notes
font 14
sleep 300
shot $SHOTS/case-call2-$lang.png
quit
EOF
    before=$(records)
    run_app "$WORK/shipped-case-$lang.txt" "$WORK/shipped-case-$lang.log" \
      || { tail -30 "$WORK/shipped-case-$lang.log"; fail "shipped case ($lang)"; }
    [ "$(records)" -eq $((before + 1)) ] || fail "shipped case ($lang): expected call one's record"
    echo "ok: shipped case uk-broken-promise in $lang: a plan too dear, broken, call two's desk with call one's notes and arrangement"
  done
fi

# ---- 8. The training programme: a track assigned to a group (and a scenario overdue) by the
# CLI; each trainee sees "Assigned to you" first, plays its first step in the window, and the
# coordinator's Assignments tab shows the tracks, the funnel moved and the mastery matrix.
# Its own data folder, like 1a.
MAIN_DATA=$DATA
DATA=$WORK/prog-data
prog() { "$BIN" --data-dir "$DATA" programme "$@"; }
week=$(date -u -d '+7 days' +%F) yesterday=$(date -u -d yesterday +%F)
PASS=ask-for-dana,verify-dob,mm-and-purpose,acknowledge-listen,affordability,texas,offer-affordable-plan,routes-and-confirm,signpost-summarise
prog track add hardship-1 --title "Hardship calls, level 1" --title-pl "Rozmowy o trudnej sytuacji, poziom 1" \
  --step job-loss-hardship=passed --step uk-bad-time=passed >/dev/null || fail "programme track add"
prog group add cohort-a --name "Cohort A" --trainee "Ala Test" --trainee "Ola Test" --trainee "Ben Late" >/dev/null \
  || fail "programme group add"
prog assign --track hardship-1 --group cohort-a --due "$week" --by "Carla Coordinator" >/dev/null \
  || fail "programme assign (group)"
prog assign --scenario us-hostile-debtor --trainee "Ben Late" --due "$yesterday" --by "Carla Coordinator" >/dev/null \
  || fail "programme assign (past its due date)"
# Ben fails the first step twice, then passes it twice: the matrix has trends to show.
BROKEN=(--seed 4 --picks 1,1,1,1,1,1,1,1,1,1,1,1 --disposition hung-up --wrap-terms none --next-action none)
PASSED=(--seed 99 --picks "$PASS" --disposition payment-plan --wrap-terms plan:70:18:monthly:2026-11-24
  --next-action await-payment --next-date 2026-11-24 --flags hardship,vulnerability --notes "Lost her job; 70 a month.")
for call in BROKEN BROKEN PASSED PASSED; do
  declare -n args=$call
  "$BIN" --data-dir "$DATA" play job-loss-hardship --agent "Ben Late" "${args[@]}" >"$WORK/prog-ben.log" 2>&1 \
    || { tail -20 "$WORK/prog-ben.log"; fail "Ben's call"; }
  unset -n args
done
# A trainee's status and steps done on a piece of work, from the CLI's funnel.
status() { prog funnel --format csv | awk -F, -v w="$1" -v t="$2" '$2 == w && $4 == t { print $5 "/" $6 }'; }
[ "$(status track:hardship-1 'Ala Test')" = not-started/0 ] || fail "Ala has started before the window"
[ "$(status track:hardship-1 'Ben Late')" = in-progress/1 ] || fail "Ben's track: $(status track:hardship-1 'Ben Late')"
for lang in en pl; do
  if [ "$lang" = en ]; then who="Ala Test"; else who="Ola Test"; fi
  { printf 'wait-ready\ntrainee %s\nrole trainee\nlang %s\nmode practice\nsignin\nexpect library\n' "$who" "$lang"
    printf 'sleep 300\nshot %s\nstart job-loss-hardship 99\nexpect call\n' "$SHOTS/assigned-$lang.png"
    tr , '\n' <<<"$PASS" | sed 's/^/pick-id /'
    printf 'expect wrapup\nsubmit\nexpect debrief\nwait-debrief\nleave\nexpect library\nsleep 300\nshot %s\n' \
      "$SHOTS/assigned-progress-$lang.png"
  } >"$WORK/prog-$lang.txt"
  run_app "$WORK/prog-$lang.txt" "$WORK/prog-$lang.log" || { tail -30 "$WORK/prog-$lang.log"; fail "assigned track ($lang)"; }
  cat >"$WORK/progc-$lang.txt" <<EOF
wait-ready
trainee Carla Coordinator
role coordinator
lang $lang
signin
expect dashboard
wait-idle
dashboard-tab assignments
dashboard-programme-view edit
sleep 500
shot $SHOTS/assignments-$lang.png
dashboard-programme-view funnel
sleep 500
shot $SHOTS/funnel-$lang.png
dashboard-programme-view mastery
sleep 500
shot $SHOTS/mastery-$lang.png
quit
EOF
  run_app "$WORK/progc-$lang.txt" "$WORK/progc-$lang.log" || { tail -30 "$WORK/progc-$lang.log"; fail "assignments tab ($lang)"; }
done
# The first step played in the window counts for both; Ben is overdue on the scenario.
for who in "Ala Test" "Ola Test"; do
  [ "$(status track:hardship-1 "$who")" = in-progress/1 ] || fail "$who's track: $(status track:hardship-1 "$who")"
done
[ "$(status scenario:us-hostile-debtor 'Ben Late')" = overdue/0 ] \
  || fail "Ben's overdue scenario: $(status scenario:us-hostile-debtor 'Ben Late')"
echo "ok: the programme in the window (assigned first, the first step played in en and pl, the funnel moved, one overdue)"
# A certificate of a one-step track that Ala (English) and Ola (Polish) completed in the
# window: issued from the programme's track in the trainee's language, its page rendered to
# PNG for a look, and its printed code verified against the records.
prog track add hardship-basics --title "Hardship calls: the basics" \
  --title-pl "Rozmowy o trudnej sytuacji: podstawy" --step job-loss-hardship=passed >/dev/null \
  || fail "programme track add (certificate)"
for lang in en pl; do
  if [ "$lang" = en ]; then who="Ala Test"; else who="Ola Test"; fi
  "$BIN" --data-dir "$DATA" certificate issue --trainee "$who" --track hardship-basics --out "$WORK/cert-$lang" \
    >"$WORK/cert-$lang.log" 2>&1 || { cat "$WORK/cert-$lang.log"; fail "certificate issue ($lang)"; }
  grep -q '"language": "'"$lang"'"' "$DATA"/certificates/*.json || fail "no certificate in $lang"
  pdftoppm -png -r 80 -singlefile "$WORK/cert-$lang/cert.pdf" "$SHOTS/certificate-$lang" || fail "the PDF ($lang) does not render"
  code=$(sed -n 's/^code: //p' "$WORK/cert-$lang.log")
  "$BIN" --data-dir "$DATA" certificate verify --code "$code" >"$WORK/verify-$lang.log" 2>&1 \
    || { cat "$WORK/verify-$lang.log"; fail "certificate verify ($lang)"; }
done
echo "ok: certificates issued from the programme's track in en and pl, rendered and verified"
DATA=$MAIN_DATA

grep -h "first frame after" "$WORK"/*.log | head -3
echo "e2e passed; screenshots in $SHOTS"
