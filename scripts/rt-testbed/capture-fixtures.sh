#!/usr/bin/env bash
# Saves what the RT testbed really serves into tests/fixtures/rt/, so the RT
# adapter's tests parse genuine RT 5 markup and JSON instead of hand-written
# guesses. Needs a running testbed with samples:
#   bash scripts/rt-testbed/rt-testbed.sh start && bash scripts/rt-testbed/rt-testbed.sh samples
#   bash scripts/rt-testbed/capture-fixtures.sh
# Environment: RT_PORT (8080), RT_DATA (/var/lib/plazo-rt, for samples.tsv),
# RT_ROOT_PASSWORD (S3cretRootPw, only to check it leaks nowhere), OUT_DIR.
#
# Everything is fetched as alice, a staff member (Privileged, in group Staff):
# that is the user the extension runs for. The REST calls use the web
# session cookie, not basic auth, because that is all a content script has.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
RT_PORT="${RT_PORT:-8080}"
RT_DATA="${RT_DATA:-/var/lib/plazo-rt}"
RT_ROOT_PASSWORD="${RT_ROOT_PASSWORD:-S3cretRootPw}"
OUT_DIR="${OUT_DIR:-$REPO/tests/fixtures/rt}"
BASE_URL="http://127.0.0.1:$RT_PORT"
USER_NAME=alice
USER_PASS=alicepass1

say() { printf '[capture] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

SAMPLES_FILE="$RT_DATA/samples.tsv"
[ -f "$SAMPLES_FILE" ] || die "no $SAMPLES_FILE: run rt-testbed.sh samples first"
declare -A ID
while IFS=$'\t' read -r tid key; do
    ID[$key]="$tid"
done <"$SAMPLES_FILE"
for key in sla-standard sla-urgent staff-replied no-sla-overdue stalled resolved; do
    [ -n "${ID[$key]:-}" ] || die "$SAMPLES_FILE has no '$key' ticket"
done

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"
mkdir -p "$OUT_DIR"

# GET PATH FILE: the body exactly as served (no --compressed, no rewriting).
get() {
    curl -sS --fail -m 30 -b "$JAR" -o "$2" "$BASE_URL$1" || die "GET $1 failed"
}

# RT serves JSON keys in Perl's random hash order; sorting them keeps
# recaptures diffable. Values, strings vs numbers, are left exactly as served.
get_json() {
    get "$1" "$WORK/raw.json"
    node -e '
        const fs = require("node:fs");
        const sort = (v) => Array.isArray(v) ? v.map(sort)
            : v && typeof v === "object"
                ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])]))
                : v;
        const data = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
        fs.writeFileSync(process.argv[2], JSON.stringify(sort(data), null, 2) + "\n");
    ' "$WORK/raw.json" "$2"
}

expect_in() { # expect_in FILE TEXT: a login page or error saved by mistake fails here
    grep -qF -- "$2" "$1" || die "$(basename "$1") lacks '$2'"
}

login_status="$(curl -sS -m 30 -c "$JAR" -b "$JAR" -o "$WORK/login.html" -w '%{http_code}' \
    --data-urlencode "user=$USER_NAME" --data-urlencode "pass=$USER_PASS" --data-urlencode 'next=' \
    "$BASE_URL/NoAuth/Login.html")" || die "RT does not answer at $BASE_URL"
grep -q "RT_SID_" "$JAR" || die "login as $USER_NAME failed (HTTP $login_status)"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$BASE_URL/REST/2.0/ticket/${ID[sla-standard]}")" = 200 ] ||
    die "the session cookie does not open REST 2.0"
CAPTURED_AT="$(date -u '+%Y-%m-%dT%H:%M:%SZ')"
say "logged in as $USER_NAME at $CAPTURED_AT"

page() { # page KEY FILE
    local file="$OUT_DIR/$2"
    get "/Ticket/Display.html?id=${ID[$1]}" "$file"
    expect_in "$file" 'id="comp-Ticket-Display"'
    expect_in "$file" "#${ID[$1]}:"
}
page sla-standard ticket-sla-standard.html
page sla-urgent ticket-sla-urgent.html
page no-sla-overdue ticket-no-sla-overdue.html
page stalled ticket-stalled.html
page resolved ticket-resolved.html
page staff-replied ticket-staff-replied.html

# The history is not in the page: the page's own script loads it. Take the URL
# from the page rather than assume it, so a change in RT shows up here.
# It sits in a JSON string in a <script>, where RT escapes '/' as '\/'.
history_url="$(perl -ne 'if (m{"((?:\\?/)Helpers\\?/TicketHistory\?[^"]*)"}) { (my $u = $1) =~ s{\\/}{/}g; print "$u\n"; exit }' \
    "$OUT_DIR/ticket-staff-replied.html")"
[ -n "$history_url" ] || die "no /Helpers/TicketHistory URL in ticket-staff-replied.html"
get "$history_url" "$OUT_DIR/ticket-staff-replied-history.html"
expect_in "$OUT_DIR/ticket-staff-replied-history.html" 'Correspond'

uri() { node -p 'encodeURIComponent(process.argv[1])' "$1"; }
all_tickets_query='id > 0'
get "/Search/Results.html?Query=$(uri "$all_tickets_query")&OrderBy=id&Order=ASC" "$OUT_DIR/search-results-default.html"
expect_in "$OUT_DIR/search-results-default.html" 'id="comp-Search-Results"'

sla_format="'<b><a href=\"__WebPath__/Ticket/Display.html?id=__id__\">__id__</a></b>/TITLE:#', '<b><a href=\"__WebPath__/Ticket/Display.html?id=__id__\">__Subject__</a></b>/TITLE:Subject', Status, QueueName, Owner, Priority, SLA, Created, Starts, Due, DueRelative, LastUpdated, Requestors"
get "/Search/Results.html?Query=$(uri "$all_tickets_query")&Format=$(uri "$sla_format")&OrderBy=id&Order=ASC&RowsPerPage=50" \
    "$OUT_DIR/search-results-sla.html"
expect_in "$OUT_DIR/search-results-sla.html" 'id="comp-Search-Results"'

get_json "/REST/2.0/ticket/${ID[sla-standard]}" "$OUT_DIR/rest-ticket-sla-standard.json"
get_json "/REST/2.0/ticket/${ID[no-sla-overdue]}" "$OUT_DIR/rest-ticket-no-sla-overdue.json"

ids_query="$(sort -n "$SAMPLES_FILE" | awk '{ printf "%sid=%s", (NR > 1 ? " OR " : ""), $1 }')"
ticket_fields='Subject,Status,Priority,Queue,SLA,Created,Starts,Due,Resolved,Told,Owner'
get_json "/REST/2.0/tickets?query=$(uri "$ids_query")&fields=$ticket_fields&fields%5BQueue%5D=Name&fields%5BOwner%5D=Name,RealName&orderby=id&order=ASC&per_page=100" \
    "$OUT_DIR/rest-tickets-batch.json"

get_json "/REST/2.0/ticket/${ID[staff-replied]}/history?fields=Type,Created,Creator,Field,OldValue,NewValue&fields%5BCreator%5D=Name,RealName&per_page=100" \
    "$OUT_DIR/rest-ticket-staff-replied-history.json"
# Privileged is what tells staff from customers, and only the user resource has it.
get_json "/REST/2.0/user/alice" "$OUT_DIR/rest-user-alice.json"
get_json "/REST/2.0/user/carol" "$OUT_DIR/rest-user-carol.json"

curl -sS -m 30 -b "$JAR" -o /dev/null "$BASE_URL/NoAuth/Logout.html" || true

# Nothing is rewritten in the saved files, so prove there is nothing to hide.
session="$(awk '$6 ~ /^RT_SID_/ { print $7 }' "$JAR")"
for secret in "$USER_PASS" "$RT_ROOT_PASSWORD" carolpass1 "$session"; do
    if grep -rlF -- "$secret" "$OUT_DIR"; then
        die "a password or the session id appears in the files above"
    fi
done

RT_VERSION="$(dpkg-query -W -f='${Version}' request-tracker5 2>/dev/null || echo unknown)"
echo "captured_at=$CAPTURED_AT rt=$RT_VERSION user=$USER_NAME history_url=$history_url"
for key in sla-standard sla-urgent sla-low staff-replied no-sla-overdue stalled resolved; do
    echo "$key=${ID[$key]:-}"
done
say "saved $(find "$OUT_DIR" -maxdepth 1 -type f ! -name README.md | wc -l) files in $OUT_DIR; no password or session id in them"
