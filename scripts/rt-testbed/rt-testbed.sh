#!/usr/bin/env bash
# A real Request Tracker 5 (Debian 12 packages, SQLite) on 127.0.0.1, for
# developing and testing Plazo's RT adapter against the pages RT really serves.
#
#   rt-testbed.sh start     install what is missing, create the DB once, serve
#   rt-testbed.sh stop      stop the server
#   rt-testbed.sh restart
#   rt-testbed.sh reset     stop, new DB, start, sample tickets
#   rt-testbed.sh status    exit 0 when up, 3 when not
#   rt-testbed.sh samples   create the sample tickets; prints one line per ticket:
#                           id, key, queue, status, SLA, Due (tab-separated)
#
# Environment: RT_DATA (/var/lib/plazo-rt), RT_PORT (8080), RT_WORKERS (2),
# RT_ROOT_PASSWORD (S3cretRootPw), RT_TIMEZONE (UTC), RT_START_TIMEOUT (90 s).
# Needs root (apt-get, /var/lib). What the samples look like in RT:
# tests/fixtures/rt/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RT_DATA="${RT_DATA:-/var/lib/plazo-rt}"
RT_PORT="${RT_PORT:-8080}"
RT_WORKERS="${RT_WORKERS:-2}"
RT_ROOT_PASSWORD="${RT_ROOT_PASSWORD:-S3cretRootPw}"
RT_TIMEZONE="${RT_TIMEZONE:-UTC}"
RT_START_TIMEOUT="${RT_START_TIMEOUT:-90}"
# Loopback only: the testbed has well-known passwords.
RT_HOST=127.0.0.1
BASE_URL="http://$RT_HOST:$RT_PORT"

ALICE_AUTH='alice:alicepass1'
CAROL_AUTH='carol:carolpass1'

RT_SHARE=/usr/share/request-tracker5
RT_SERVER="$RT_SHARE/libexec/rt-server"
PACKAGES=(request-tracker5 rt5-db-sqlite rt5-standalone dbconfig-no-thanks dma w3m)

ETC="$RT_DATA/etc"
DB_FILE="$RT_DATA/db/rt5.sqlite"
# Written only after both setup steps succeeded, so a half-made DB is redone.
DB_READY="$RT_DATA/db/.ready"
LOG_DIR="$RT_DATA/log"
SERVER_LOG="$LOG_DIR/rt-server.log"
PID_FILE="$RT_DATA/rt-server.pid"
SAMPLES_FILE="$RT_DATA/samples.tsv"

# Every RT tool falls back to Debian's default DB (and silently creates an
# empty one) without these; the empty .d folder keeps Debian's snippets, which
# would move RT under /rt, from overriding ours.
export RT_SITE_CONFIG="$ETC/RT_SiteConfig.pm"
export RT_SITE_CONFIG_DIR="$ETC/RT_SiteConfig.d"

say() { printf '[rt-testbed] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

# They are pasted into Perl and a command line.
[[ "$RT_PORT" =~ ^[0-9]+$ && "$RT_WORKERS" =~ ^[0-9]+$ && "$RT_START_TIMEOUT" =~ ^[0-9]+$ ]] ||
    die "RT_PORT, RT_WORKERS and RT_START_TIMEOUT must be whole numbers"
[[ "$RT_DATA" =~ ^/[A-Za-z0-9._/-]+$ ]] || die "RT_DATA must be an absolute path of plain characters"
[[ "$RT_TIMEZONE" =~ ^[A-Za-z0-9_+/-]+$ ]] || die "RT_TIMEZONE must be a zone name such as Europe/Madrid"

require_root() {
    [ "$(id -u)" -eq 0 ] || die "must run as root (apt-get, $RT_DATA)"
}

# One rt-testbed.sh at a time: two concurrent starts would both install and
# both init the DB. The server must not inherit this descriptor (see launch).
take_lock() {
    mkdir -p "$RT_DATA"
    exec 9>"$RT_DATA/.lock"
    flock -w 900 9 || die "another rt-testbed.sh still holds $RT_DATA/.lock"
}

missing_packages() {
    local pkg
    for pkg in "${PACKAGES[@]}"; do
        if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" != 'install ok installed' ]; then
            printf '%s\n' "$pkg"
        fi
    done
}

# apt-get update has no lock timeout of its own (DPkg::Lock::Timeout only
# covers the dpkg lock), so another apt run makes it fail at once: retry.
apt_update() {
    local try
    for try in $(seq 1 60); do
        if apt-get -q update >>"$LOG_DIR/apt.log" 2>&1; then
            return 0
        fi
        if ! grep -q 'Could not get lock\|Unable to lock' <(tail -n 5 "$LOG_DIR/apt.log"); then
            tail -n 20 "$LOG_DIR/apt.log" >&2
            die "apt-get update failed (log: $LOG_DIR/apt.log)"
        fi
        [ "$try" -eq 1 ] && say "waiting for another apt/dpkg run to release its lock"
        sleep 5
    done
    die "apt lists still locked after 5 min"
}

install_packages() {
    local missing t0
    mapfile -t missing < <(missing_packages)
    [ "${#missing[@]}" -eq 0 ] && return 0
    t0=$(now)
    # Only the missing ones: naming an installed package would upgrade it.
    say "installing ${missing[*]}"
    apt_update
    # The debconf DB has its own lock, also held while another dpkg configures.
    local try
    for try in $(seq 1 60); do
        debconf-set-selections "$HERE/debconf-preseed.txt" 2>>"$LOG_DIR/apt.log" && break
        [ "$try" -eq 60 ] && die "debconf-set-selections kept failing (log: $LOG_DIR/apt.log)"
        sleep 5
    done
    # dma stands in for exim4 (no daemon); no Recommends keeps it to ~230 packages.
    if ! DEBIAN_FRONTEND=noninteractive apt-get -q -y --no-install-recommends \
        -o DPkg::Lock::Timeout=600 install "${missing[@]}" >>"$LOG_DIR/apt.log" 2>&1; then
        tail -n 20 "$LOG_DIR/apt.log" >&2
        die "apt-get install failed (log: $LOG_DIR/apt.log)"
    fi
    say "packages installed in $(since "$t0")"
}

render_config() {
    mkdir -p "$ETC" "$RT_SITE_CONFIG_DIR" "$RT_DATA/db" "$LOG_DIR"
    local tmp
    tmp="$(mktemp "$ETC/.RT_SiteConfig.XXXXXX")"
    sed -e "s|@RT_PORT@|$RT_PORT|g" \
        -e "s|@RT_DATA@|$RT_DATA|g" \
        -e "s|@RT_TIMEZONE@|$RT_TIMEZONE|g" \
        "$HERE/RT_SiteConfig.pm.template" >"$tmp"
    if cmp -s "$tmp" "$RT_SITE_CONFIG"; then
        rm -f "$tmp"
        return 0
    fi
    chmod 644 "$tmp"
    mv "$tmp" "$RT_SITE_CONFIG"
    say "wrote $RT_SITE_CONFIG"
    if server_pid >/dev/null; then
        say "the running server still uses the old config: run restart"
    fi
}

init_db() {
    [ -f "$DB_READY" ] && return 0
    local t0 pwfile setup_log="$LOG_DIR/setup.log"
    t0=$(now)
    rm -f "$DB_FILE"
    pwfile="$(umask 077 && mktemp)"
    printf '%s\n' "$RT_ROOT_PASSWORD" >"$pwfile"
    : >"$setup_log"
    # --skip-create: SQLite has no DBA to ask for a password.
    if ! rt-setup-database-5 --action init --skip-create \
        --root-password-file "$pwfile" >>"$setup_log" 2>&1; then
        rm -f "$pwfile"
        tail -n 20 "$setup_log" >&2
        die "rt-setup-database init failed (log: $setup_log)"
    fi
    rm -f "$pwfile"
    if ! rt-setup-database-5 --action insert --skip-create \
        --datafile "$HERE/initialdata.pl" >>"$setup_log" 2>&1; then
        tail -n 20 "$setup_log" >&2
        die "inserting initialdata.pl failed (log: $setup_log)"
    fi
    # A bad item in initialdata is only logged, and the command still succeeds.
    if grep -q '\[\(error\|critical\)\]' "$setup_log"; then
        grep '\[\(error\|critical\)\]' "$setup_log" >&2
        die "initialdata.pl: RT logged errors (log: $setup_log)"
    fi
    touch "$DB_READY"
    say "database created in $(since "$t0")"
}

# Prints the PID when the recorded Starlet master is alive.
server_pid() {
    local pid
    [ -f "$PID_FILE" ] || return 1
    pid="$(cat "$PID_FILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    # A reused PID must not pass for the server.
    grep -q 'rt-server' "/proc/$pid/cmdline" 2>/dev/null || return 1
    printf '%s\n' "$pid"
}

login_page_answers() {
    [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE_URL/NoAuth/Login.html" || true)" = 200 ]
}

port_taken() {
    curl -s -o /dev/null -m 2 "$BASE_URL/" 2>/dev/null
}

launch() {
    local t0 pid deadline
    t0=$(now)
    if port_taken; then
        die "something else already answers on $BASE_URL (not our pid file $PID_FILE)"
    fi
    cd "$RT_DATA"
    # No subshell and no '&&' list before the '&': then $! is the Starlet master
    # itself, not a bash that would also keep the caller's stdout open. All output
    # goes to the log, and setsid keeps it alive when the caller's group is killed.
    setsid nohup "$RT_SERVER" --server Starlet --host "$RT_HOST" --port "$RT_PORT" \
        --max-workers "$RT_WORKERS" >>"$SERVER_LOG" 2>&1 </dev/null 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
    deadline=$(( $(date +%s) + RT_START_TIMEOUT ))
    until login_page_answers; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 30 "$SERVER_LOG" >&2
            rm -f "$PID_FILE"
            die "rt-server exited during start-up (log: $SERVER_LOG)"
        fi
        if [ "$(date +%s)" -ge "$deadline" ]; then
            tail -n 30 "$SERVER_LOG" >&2
            die "no login page at $BASE_URL/NoAuth/Login.html after ${RT_START_TIMEOUT}s (pid $pid still running; log: $SERVER_LOG)"
        fi
        sleep 0.3
    done
    # setsid forks when it leads a process group (a caller with job control):
    # then $! is gone and the pid file would point at nothing.
    server_pid >/dev/null || die "pid $pid is not the rt-server master; stop it by hand"
    say "up at $BASE_URL (pid $pid) in $(since "$t0")"
}

cmd_start() {
    local t0
    t0=$(now)
    require_root
    take_lock
    mkdir -p "$LOG_DIR"
    install_packages
    render_config
    init_db
    if server_pid >/dev/null; then
        if login_page_answers; then
            say "already up at $BASE_URL (pid $(server_pid))"
            return 0
        fi
        say "pid $(server_pid) does not answer: restarting it"
        stop_server
    fi
    rm -f "$PID_FILE"
    launch
    say "start took $(since "$t0")"
}

stop_server() {
    local pid i
    pid="$(server_pid)" || { rm -f "$PID_FILE"; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    if kill -0 "$pid" 2>/dev/null; then
        say "pid $pid ignored SIGTERM for 20 s: SIGKILL"
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$PID_FILE"
    # Workers finish their request after the master is gone; wait for the port.
    for i in $(seq 1 50); do
        port_taken || break
        sleep 0.2
    done
    say "stopped (pid $pid)"
}

cmd_stop() {
    require_root
    take_lock
    stop_server
}

cmd_status() {
    local pid
    if pid="$(server_pid)" && login_page_answers; then
        echo "up: $BASE_URL (pid $pid, data $RT_DATA)"
        return 0
    fi
    if pid="$(server_pid)"; then
        echo "not answering: pid $pid runs but $BASE_URL/NoAuth/Login.html does not answer 200"
    else
        echo "down: no running rt-server for $RT_DATA"
    fi
    return 3
}

# rest USER:PASS METHOD PATH [JSON]: the response body on stdout.
rest() {
    local auth="$1" method="$2" path="$3" body="${4:-}"
    local args=(-sS --fail-with-body -m 30 -u "$auth" -X "$method" "$BASE_URL/REST/2.0/$path")
    if [ -n "$body" ]; then
        args+=(-H 'Content-Type: application/json' --data-binary "$body")
    fi
    curl "${args[@]}" || die "REST $method /$path as ${auth%%:*} failed"
}

json_field() { # json_field KEY <<< json
    perl -MJSON::PP -e 'my $k = shift; local $/; my $d = decode_json(<STDIN>); my $v = $d->{$k}; print defined $v ? (ref $v ? encode_json($v) : $v) : "", "\n"' "$1"
}

# create AUTH JSON: prints the new ticket's id.
create_ticket() {
    local id
    id="$(rest "$1" POST ticket "$2" | json_field id)"
    [[ "$id" =~ ^[0-9]+$ ]] || die "ticket creation returned no id: $2"
    printf '%s\n' "$id"
}

text_body() { # text_body CONTENT: a JSON body for comment/correspond
    perl -MJSON::PP -e 'my %b = (Content => $ARGV[0], ContentType => "text/plain"); print JSON::PP->new->canonical->encode(\%b)' "$1"
}

# Wall-clock dependent by nature: Due values follow from the creation instant
# and the business hours (see tests/fixtures/rt/README.md).
cmd_samples() {
    local t0 id out=()
    t0=$(now)
    login_page_answers || die "RT is not answering at $BASE_URL: run start first"
    local root="root:$RT_ROOT_PASSWORD"

    id=$(create_ticket "$root" '{"Queue":"General","Subject":"Printer on the 3rd floor is jammed","Requestor":"carol@example.com","Priority":50,"Content":"Paper jam again, tray 2.","ContentType":"text/plain"}')
    out+=("$id	sla-standard	General")

    id=$(create_ticket "$root" '{"Queue":"General","Subject":"Checkout is down for all customers","Requestor":"dave@example.com","Priority":100,"SLA":"urgent","Content":"Every payment fails with error 502.","ContentType":"text/plain"}')
    out+=("$id	sla-urgent	General")

    id=$(create_ticket "$root" '{"Queue":"Support","Subject":"Feature request: dark mode","Requestor":"erin@example.com","Priority":0,"SLA":"low","Content":"Would love a dark theme.","ContentType":"text/plain"}')
    out+=("$id	sla-low	Support")

    # Opened by the requestor herself, then taken and answered by alice. The
    # reply only counts as a response when it comes from the Owner (or an
    # AdminCc): with AssumeOutsideActor every other user is an outside actor.
    # Over REST the creator is no Requestor unless named (the web form and the
    # mail gateway name her), and without one RT never sets Told.
    id=$(create_ticket "$CAROL_AUTH" '{"Queue":"Support","Subject":"Cannot reset my password","Requestor":"carol@example.com","Content":"The reset link in the email says it has expired.","ContentType":"text/plain"}')
    sleep 1
    rest "$ALICE_AUTH" PUT "ticket/$id" '{"Owner":"alice"}' >/dev/null
    sleep 1
    rest "$ALICE_AUTH" POST "ticket/$id/comment" "$(text_body 'Reset mails to example.com bounced this morning; sending a fresh link by hand.')" >/dev/null
    sleep 1
    rest "$ALICE_AUTH" POST "ticket/$id/correspond" "$(text_body 'Hi Carol, I have sent you a new reset link. It is valid for 24 hours.')" >/dev/null
    out+=("$id	staff-replied	Support")

    # Sales has no SLA, so only a hand-set Due can make it overdue.
    local due
    due="$(date -u -d '-36 hours' '+%Y-%m-%d %H:00:00')"
    id=$(create_ticket "$root" "{\"Queue\":\"Sales\",\"Subject\":\"Quote for 40 seats\",\"Requestor\":\"frank@example.com\",\"Priority\":50,\"Due\":\"$due\",\"Content\":\"Please send a quote for 40 seats.\",\"ContentType\":\"text/plain\"}")
    out+=("$id	no-sla-overdue	Sales")

    id=$(create_ticket "$root" '{"Queue":"General","Subject":"VPN drops every hour","Requestor":"gina@example.com","Priority":50,"Content":"The VPN disconnects every hour on the hour.","ContentType":"text/plain"}')
    rest "$ALICE_AUTH" PUT "ticket/$id" '{"Owner":"alice","Status":"stalled"}' >/dev/null
    out+=("$id	stalled	General")

    id=$(create_ticket "$root" '{"Queue":"General","Subject":"Website shows a certificate warning","Requestor":"henry@example.com","Priority":100,"SLA":"urgent","Owner":"alice","Content":"Browsers warn that the certificate expired.","ContentType":"text/plain"}')
    rest "$ALICE_AUTH" POST "ticket/$id/correspond" "$(text_body 'Renewed the certificate; the warning is gone.')" >/dev/null
    rest "$ALICE_AUTH" PUT "ticket/$id" '{"Status":"resolved"}' >/dev/null
    out+=("$id	resolved	General")

    : >"$SAMPLES_FILE"
    local line tid key queue json
    for line in "${out[@]}"; do
        IFS=$'\t' read -r tid key queue <<<"$line"
        json="$(rest "$root" GET "ticket/$tid")"
        printf '%s\t%s\n' "$tid" "$key" >>"$SAMPLES_FILE"
        printf '%s\t%s\t%s\tstatus=%s\tSLA=%s\tDue=%s\n' "$tid" "$key" "$queue" \
            "$(json_field Status <<<"$json")" \
            "$(json_field SLA <<<"$json")" \
            "$(json_field Due <<<"$json")"
    done
    say "samples created in $(since "$t0") (ids also in $SAMPLES_FILE)"
}

cmd_reset() {
    local t0
    t0=$(now)
    require_root
    take_lock
    stop_server
    rm -f "$DB_READY" "$DB_FILE" "$SAMPLES_FILE"
    cmd_start
    cmd_samples
    say "reset took $(since "$t0")"
}

case "${1:-}" in
start) cmd_start ;;
stop) cmd_stop ;;
restart)
    cmd_stop
    cmd_start
    ;;
reset) cmd_reset ;;
status) cmd_status ;;
samples) cmd_samples ;;
*)
    echo "usage: $0 start|stop|restart|reset|status|samples" >&2
    exit 2
    ;;
esac
