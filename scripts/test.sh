#!/usr/bin/env bash
# Runs every test: installs what the tests need (Chromium, PostgreSQL, an SMTP server, nginx, python3-icalendar) when missing,
# starts a throwaway PostgreSQL and SMTP server on loopback, runs `dotnet test` (SQLite and PostgreSQL), and stops them again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/sbin/nginx ] || need+=(nginx)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
# Debian's Python, not the first python3 on PATH (which may be a build without Debian's modules).
/usr/bin/python3 -c "import aiosmtpd" >/dev/null 2>&1 || need+=(python3-aiosmtpd)
# A second reader of the feeds, besides Ical.Net: the iCalendar library calendar programs written in Python use.
/usr/bin/python3 -c "import icalendar" >/dev/null 2>&1 || need+=(python3-icalendar)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGDATA=$(mktemp -d /tmp/arbeidsplan-pg.XXXXXX)
PGPORT=${ARBEIDSPLAN_PG_PORT:-55432}
run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
MAILDIR=$(mktemp -d /tmp/arbeidsplan-mail.XXXXXX)
SMTPPORT=${ARBEIDSPLAN_SMTP_PORT:-2525}
SMTPPID=""
stop_servers() {
  [ -n "$SMTPPID" ] && kill "$SMTPPID" >/dev/null 2>&1 || true
  rm -rf "$MAILDIR" "$MAILDIR.log"
  run_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap stop_servers EXIT
run_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
run_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDATA -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null
# A real SMTP server for the reminder tests: it writes each message it receives to a Maildir the tests read.
/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$SMTPPORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR/box" >"$MAILDIR.log" 2>&1 &
SMTPPID=$!
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$SMTPPORT") 2>/dev/null && break; sleep 0.2; done
export ARBEIDSPLAN_TEST_SMTP="127.0.0.1:$SMTPPORT"
export ARBEIDSPLAN_TEST_MAILDIR="$MAILDIR/box"
export ARBEIDSPLAN_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
export ARBEIDSPLAN_TEST_CHROMIUM="$(command -v chromium)"
# The two-instance test puts Debian's nginx in front of two app processes (it writes its own configuration in a temp folder).
export ARBEIDSPLAN_TEST_NGINX=/usr/sbin/nginx

dotnet tool restore >/dev/null
dotnet restore Arbeidsplan.slnx
dotnet build Arbeidsplan.slnx --no-restore -c Release
# A model change without its migration fails here, for both providers.
dotnet ef migrations has-pending-model-changes --no-build --configuration Release --project src/Arbeidsplan.Web --context SqliteAppDbContext
dotnet ef migrations has-pending-model-changes --no-build --configuration Release --project src/Arbeidsplan.Web --context PostgresAppDbContext
log=$(mktemp)
status=0
dotnet test Arbeidsplan.slnx --no-build -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
# The API and page tests once more on PostgreSQL (the data tests above already ran on both): what a national party deploys. The
# security walk there renders every page as every role; the browser tests, whose flows are the same on either database, run
# once, on SQLite, which keeps the whole run within its time.
ARBEIDSPLAN_TEST_PROVIDER=Postgres dotnet test Arbeidsplan.slnx --no-build -c Release --logger "console;verbosity=normal" \
  --filter "FullyQualifiedName~Arbeidsplan.Tests.Features" "$@" 2>&1 | tee -a "$log" || status=$?
# awk alone: grep would exit 1 (and end the script under pipefail) when a run has no "Failed:" line.
passed=$(awk '/^[[:space:]]+Passed: [0-9]+/ {s+=$2} END {print s+0}' "$log")
failed=$(awk '/^[[:space:]]+Failed: [0-9]+/ {s+=$2} END {print s+0}' "$log")
rm -f "$log"
echo "$passed passed, $failed failed"
exit $status
