#!/usr/bin/env bash
# The main job, on a fresh Debian 12 machine as root (or with the packages
# already installed): installs what is missing, builds and installs portemis,
# starts a throwaway PostgreSQL cluster, creates portemis_routing (with portemis,
# PostGIS and pgRouting), loads the sample Los Angeles corridor voyages (their sea
# routes made by sea_routes at load time), prints the corridor report and writes
# it as a self-contained HTML page with a map and charts (portemis-report.html,
# sample/report_html.sql).
# PORTEMIS_KEEP=1 leaves the cluster running for exploration (psql -h /tmp/portemis-cluster-54329 -p 54329 -U postgres portemis_demo).
set -eu
cd "$(dirname "$0")/.."
. scripts/common.sh

ensure_packages
build_and_install
cluster_start
[ "${PORTEMIS_KEEP:-0}" = 1 ] || trap cluster_stop EXIT

psql -X -q -d postgres -c "CREATE DATABASE portemis_demo"
# the ships and voyage legs, the legs' sea routes (sea_routes, into sample_route) and the voyages built on them
psql -X -q -d portemis_demo -v ON_ERROR_STOP=1 \
    -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis_routing CASCADE" \
    -f sample/la_corridor_voyages.sql
psql -X -q -d portemis_demo -v ON_ERROR_STOP=1 -f sample/report.sql
# the port inventory from real AIS pings: the Southern California extract of ../shared/data when present,
# else the repository's extract of its cargo ships and tankers, the ships the inventory keeps
ais_file=$PM_REPO_DIR/test/data/ais_socal_cargo.csv
marad_file=$PM_REPO_DIR/test/data/marad_fleet_sample.csv
marad_extra=
if [ -n "${PM_DATA_DIR:-}" ]; then
    ais_file=$PM_DATA_DIR/ais/marinecadastre_ais_2022-01-03_socal.csv
    marad_file=$PM_DATA_DIR/ships/marad_usflag_fleet_2023-04-10.csv
    marad_extra=", operator text, msp text, visa text, vta text, jones_act text, military text"
fi
psql -X -q -d portemis_demo -v ON_ERROR_STOP=1 -v ais_file="$ais_file" -v marad_file="$marad_file" \
    -v marad_extra="$marad_extra" -f sample/ais_inventory.sql
psql -X -q -t -A -d portemis_demo -v ON_ERROR_STOP=1 -f sample/report_html.sql -o portemis-report.html
echo
echo "HTML report (map and charts, opens offline): $PM_REPO_DIR/portemis-report.html"
if [ "${PORTEMIS_KEEP:-0}" = 1 ]; then
    echo
    echo "cluster left running: psql -h $PGHOST -p $PGPORT -U postgres portemis_demo"
    echo "stop it with: runuser -u postgres -- $PG_BIN/pg_ctl -D $PM_CLUSTER_DIR/data stop"
fi
