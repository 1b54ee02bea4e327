#!/usr/bin/env bash
# Makes a PostgreSQL server available on 127.0.0.1 for the tests and prints a connection URL
# for a superuser role as the last line of stdout. Everything else goes to stderr.
#
#   TEST_DATABASE_URL set     -> printed as is; nothing is installed or started.
#   otherwise (Debian, root)  -> installs the `postgresql` package if missing, creates/starts a
#                                cluster with pg_ctlcluster (no systemd needed), and ensures the
#                                role `touchpoint_test` (LOGIN SUPERUSER, random password kept in
#                                $PASSWORD_FILE, readable by root only).
#
# Idempotent: a second run finds the cluster up and the role working and only prints the URL.
# Concurrent runs (several `npm test` at once) are serialised with flock.
set -euo pipefail

ROLE=touchpoint_test
PASSWORD_FILE=${TOUCHPOINT_PG_PASSWORD_FILE:-/var/lib/postgresql/.touchpoint_test_password}
LOCK_FILE=/run/lock/touchpoint-ensure-postgres.lock

say() { echo "ensure-postgres: $*" >&2; }
die() { echo "ensure-postgres: $*" >&2; exit 1; }

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  echo "$TEST_DATABASE_URL"
  exit 0
fi

server_installed() {
  command -v pg_ctlcluster >/dev/null 2>&1 && command -v pg_lsclusters >/dev/null 2>&1 &&
    compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null
}

if [[ $EUID -ne 0 ]]; then
  if ! server_installed; then
    die "the PostgreSQL server is not installed. Install it with \`sudo apt-get install postgresql\`,
  or point the tests at an existing server: TEST_DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/postgres (USER must be a superuser)."
  fi
  die "starting a PostgreSQL cluster and creating the test role needs root. Run \`sudo bash scripts/ensure-postgres.sh\` once and
  set TEST_DATABASE_URL to the URL it prints, or set TEST_DATABASE_URL=postgres://USER:PASSWORD@HOST:PORT/postgres for any superuser."
fi

mkdir -p "$(dirname "$LOCK_FILE")"
exec 9>"$LOCK_FILE"
flock -w 900 9 || die "timed out waiting for another ensure-postgres run (lock $LOCK_FILE)"

# --- Package -----------------------------------------------------------------------------------
if ! server_installed; then
  say "installing the Debian postgresql package (apt-get, quiet)..."
  {
    apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
  } >&2 9>&- || die "apt-get install postgresql failed (see above)"
  server_installed || die "postgresql was installed but pg_ctlcluster or the server binary is still missing"
fi

# --- Cluster -----------------------------------------------------------------------------------
newest_version() {
  local v best=0
  for p in /usr/lib/postgresql/*/bin/postgres; do
    v=${p#/usr/lib/postgresql/}; v=${v%%/*}
    [[ $v =~ ^[0-9]+$ ]] && ((v > best)) && best=$v
  done
  echo "$best"
}

# Picks one cluster: an online one if any, else `main` of the newest server version, else any.
# Prints "version name port status".
pick_cluster() {
  pg_lsclusters --no-header 2>/dev/null | awk -v want="$(newest_version)" '
    { line = $1 " " $2 " " $3 " " $4 }
    $4 ~ /^online/ && !online { online = line }
    $1 == want && $2 == "main" { mainline = line }
    !first { first = line }
    END { if (online) print online; else if (mainline) print mainline; else if (first) print first }'
}

cluster=$(pick_cluster)
if [[ -z $cluster ]]; then
  ver=$(newest_version)
  say "no cluster found: creating $ver/main"
  pg_createcluster --locale C.UTF-8 --encoding UTF8 "$ver" main >&2 9>&- ||
    die "pg_createcluster $ver main failed"
  cluster=$(pick_cluster)
fi
read -r ver name port status <<<"$cluster"

if [[ $status != online* ]]; then
  say "starting cluster $ver/$name on port $port"
  # A container restart leaves no socket directory behind.
  install -d -o postgres -g postgres -m 2775 /var/run/postgresql
  # 9>&-: the postmaster must not inherit (and so hold forever) the flock descriptor.
  if ! pg_ctlcluster "$ver" "$name" start >&2 9>&-; then
    log=/var/log/postgresql/postgresql-$ver-$name.log
    [[ -r $log ]] && tail -n 20 "$log" >&2
    die "could not start cluster $ver/$name (pg_ctlcluster $ver $name start)"
  fi
fi

for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" ||
  die "cluster $ver/$name is running but does not accept TCP connections on 127.0.0.1:$port (check listen_addresses in /etc/postgresql/$ver/$name/postgresql.conf)"

# --- Role --------------------------------------------------------------------------------------
if [[ ! -s $PASSWORD_FILE ]]; then
  (umask 077 && head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$PASSWORD_FILE")
fi
password=$(<"$PASSWORD_FILE")
url="postgres://$ROLE:$password@127.0.0.1:$port/postgres"

role_works() {
  [[ $(PGPASSWORD=$password PGCONNECT_TIMEOUT=5 psql -X -q -w -h 127.0.0.1 -p "$port" -U "$ROLE" -d postgres \
    -tAc "select rolsuper from pg_roles where rolname = current_user" 2>/dev/null) == t ]]
}

if ! role_works; then
  say "creating role $ROLE (SUPERUSER) on $ver/$name"
  # The password is hex, so it needs no quoting beyond the literal's own.
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres >&2 <<SQL ||
select format('create role %I', '$ROLE') where not exists (select 1 from pg_roles where rolname = '$ROLE') \gexec
alter role $ROLE with login superuser password '$password';
SQL
    die "could not create role $ROLE with psql as the postgres user"
  role_works || die "role $ROLE exists but cannot log in over TCP on 127.0.0.1:$port (check pg_hba.conf allows scram-sha-256 or md5 for host connections)"
fi

echo "$url"
