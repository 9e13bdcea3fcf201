# Shared by scripts/*.sh: dependencies and a throwaway PostgreSQL cluster.
# Source it; it defines functions and PG* environment variables.

PG_MAJOR=${PG_MAJOR:-15}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/$PG_MAJOR/bin}
export PGPORT=${PGPORT:-54329}
PM_CLUSTER_DIR=${PM_CLUSTER_DIR:-/tmp/portemis-cluster-$PGPORT}
export PGHOST=$PM_CLUSTER_DIR
export PGUSER=${PGUSER:-postgres}
# Real public test data (never shipped): ../shared/data beside the repository.
PM_REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Absent on a user's clone: tests then use the fixtures in test/data and say what they skipped.
PM_DATA_DIR=${PORTEMIS_DATA:-$PM_REPO_DIR/../shared/data}
if [ -d "$PM_DATA_DIR" ]; then PM_DATA_DIR=$(cd "$PM_DATA_DIR" && pwd); else PM_DATA_DIR=""; fi
APT_PACKAGES="make gcc libproj-dev postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR postgresql-$PG_MAJOR-postgis-3 postgresql-$PG_MAJOR-pgtap libtap-parser-sourcehandler-pgtap-perl postgresql-$PG_MAJOR-pgrouting"

# Install the Debian packages the build and tests need, if any is missing.
ensure_packages() {
    local missing=""
    for p in $APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing packages:$missing (run as root, or install them)" >&2
        return 1
    fi
    echo "== installing:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
}

# The server refuses to run as root: run it as the postgres system user.
as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# WERROR=-Werror in the test command (and CI); a plain user build only warns.
build_and_install() {
    make -s ${PM_WERROR:+WERROR=-Werror}
    make -s install >/dev/null
}

# Start a private cluster: own data directory and socket directory, own port, trust auth.
cluster_start() {
    cluster_stop >/dev/null 2>&1 || true
    rm -rf "$PM_CLUSTER_DIR"
    mkdir -p "$PM_CLUSTER_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PM_CLUSTER_DIR"
    as_server_user "$PG_BIN/initdb" -D "$PM_CLUSTER_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$PM_CLUSTER_DIR/initdb.log" 2>&1 ||
        { cat "$PM_CLUSTER_DIR/initdb.log"; return 1; }
    as_server_user "$PG_BIN/pg_ctl" -D "$PM_CLUSTER_DIR/data" -l "$PM_CLUSTER_DIR/server.log" -w \
        -o "-p $PGPORT -k $PM_CLUSTER_DIR -c listen_addresses='' -c max_parallel_workers_per_gather=2" \
        start >/dev/null || { cat "$PM_CLUSTER_DIR/server.log"; return 1; }
}

cluster_stop() {
    [ -d "$PM_CLUSTER_DIR/data" ] || return 0
    as_server_user "$PG_BIN/pg_ctl" -D "$PM_CLUSTER_DIR/data" -m fast -w stop >/dev/null
}
