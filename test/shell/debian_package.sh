#!/usr/bin/env bash
# The Debian packages (debian/, pg_buildext): a copy of the repository's files
# (tracked and new, not ignored) in /tmp is built with `dpkg-buildpackage -us
# -uc -b` (which runs the pg_regress and isolation suites on a pg_virtualenv cluster on port
# 54391); the .debs hold what they should; they install with dpkg -i over the
# `make install` copy; on a cluster of its own (port 54391) CREATE EXTENSION
# works for both extensions and the pg_regress and isolation suites pass against the packaged
# files; removing the routing package takes portemis_routing away.  Then the
# packages are purged and the files that were installed before are put back.
# Installs the build tools when missing (as root); says it skipped only when it
# cannot.  Prints TAP lines; needs nothing running.
set -u
cd "$(dirname "$0")/../.."
repo=$(pwd)
# Its own port and cluster, whatever the caller's (scripts/test.sh exports 54329).
export PGPORT=54391
PM_CLUSTER_DIR=/tmp/portemis-debpkg-$PGPORT
. scripts/common.sh
n=0
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}
skip_all() { echo "ok 1 # SKIP $1"; exit 0; }
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

# Build tools, and what the packages depend on at build and run time.
tools="dpkg-dev debhelper fakeroot postgresql-server-dev-all postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR
    libproj-dev make gcc postgresql-$PG_MAJOR-postgis-3 postgresql-$PG_MAJOR-pgrouting"
missing=""
for p in $tools; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    [ "$(id -u)" -eq 0 ] || skip_all "not root, and the build tools are missing:$missing"
    echo "# installing:$missing"
    # shellcheck disable=SC2086
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing; } >/dev/null 2>&1 ||
        skip_all "the build tools could not be installed:$missing"
fi
[ "$(id -u)" -eq 0 ] || skip_all "installing the packages with dpkg -i needs root"

version=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" portemis.control)
rversion=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" portemis_routing.control)
main=postgresql-$PG_MAJOR-portemis
routing=postgresql-$PG_MAJOR-portemis-routing
sharedir=$(pg_config --sharedir)/extension
pkglibdir=$(pg_config --pkglibdir)
work=$(mktemp -d /tmp/portemis-debpkg.XXXXXX)
installed=""

# What `make install` (or anyone) had installed: put back at the end, byte for byte.
snapshot=$work/before
mkdir -p "$snapshot"
(cd / && find "${sharedir#/}" "${pkglibdir#/}" -maxdepth 1 \( -name 'portemis*' \) -print0 2>/dev/null |
    tar --null -T - -cf "$snapshot/files.tar" 2>/dev/null)
[ -d "$pkglibdir/bitcode/portemis" ] && (cd / && tar -rf "$snapshot/files.tar" "${pkglibdir#/}/bitcode/portemis" "${pkglibdir#/}/bitcode/portemis.index.bc" 2>/dev/null)
snapshot_files=$(tar -tf "$snapshot/files.tar" 2>/dev/null | grep -v '/$' | wc -l)

cleanup() {
    cluster_stop >/dev/null 2>&1
    rm -rf "$PM_CLUSTER_DIR"
    if [ -n "$installed" ]; then
        dpkg --purge "$routing" "$main" >/dev/null 2>&1
        if [ "$snapshot_files" -gt 0 ]; then
            (cd / && tar -xpf "$snapshot/files.tar")
        else
            make -s -C "$repo" install >/dev/null 2>&1
        fi
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The repository's files as a fresh checkout has them (and the work not yet committed).
mkdir -p "$work/src"
git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -xf - -C "$work/src"
check "debian/changelog's upstream version is portemis.control's ($version)" \
    "$(cd "$work/src" && dpkg-parsechangelog -S Version | sed 's/-[^-]*$//')" "$version"
check "debian/control is up to date with debian/control.in (pg_buildext checkcontrol)" \
    "$(cd "$work/src" && pg_buildext checkcontrol >/dev/null 2>&1 && echo yes)" "yes"

echo "# dpkg-buildpackage -us -uc -b in $work/src (log: build.log)"
start=$(date +%s)
(cd "$work/src" && env -u DEB_BUILD_OPTIONS -u DEB_BUILD_PROFILES dpkg-buildpackage -us -uc -b -j2) >"$work/build.log" 2>&1
rc=$?
[ "$rc" -ne 0 ] && tail -n 60 "$work/build.log" | sed 's/^/#   /'
check "dpkg-buildpackage -us -uc -b builds ($(($(date +%s) - start)) s)" "$rc" "0"
check "the build ran the pg_regress and isolation suites on its throwaway cluster" \
    "$(grep -cE '^ *All [0-9]+ tests passed' "$work/build.log")" "2"

deb_main=$(ls "$work"/${main}_"$version"-*_*.deb 2>/dev/null | head -1)
deb_routing=$(ls "$work"/${routing}_"$version"-*_all.deb 2>/dev/null | head -1)
check "two packages: $main and $routing (Architecture: all)" \
    "$([ -f "$deb_main" ] && [ -f "$deb_routing" ] && echo yes)" "yes"
[ -f "$deb_main" ] && [ -f "$deb_routing" ] || exit 0

# Contents: the files a package must hold, and none of the other package's.
contents() { dpkg-deb -c "$1" | awk '{print $6}' | sed 's,^\./,/,' | grep -v '/$' | sort; }
contents "$deb_main" >"$work/main.list"
contents "$deb_routing" >"$work/routing.list"
sed 's/^/#   /' "$work/main.list" | grep -v '/bitcode/'
sed 's/^/#   /' "$work/routing.list"
expect_main=$(printf '%s\n' "$pkglibdir/portemis.so" "$sharedir/portemis.control" "$sharedir/portemis--$version.sql" \
    $(cd src/sql/upgrade && ls portemis--*.sql | sed "s,^,$sharedir/,") | sort)
expect_routing=$(printf '%s\n' "$sharedir/portemis_routing.control" "$sharedir/portemis_routing--$rversion.sql" | sort)
holds() {  # package list, expected files: prints the missing ones
    printf '%s\n' "$2" | while read -r f; do grep -qxF "$f" "$1" || echo "missing $f"; done
}
check "$main holds portemis.so, portemis.control, portemis--$version.sql and every upgrade script" \
    "$(holds "$work/main.list" "$expect_main")" ""
check "$main holds no file of portemis_routing" "$(grep -c 'portemis_routing' "$work/main.list")" "0"
check "$routing holds portemis_routing.control and portemis_routing--$rversion.sql" \
    "$(holds "$work/routing.list" "$expect_routing")" ""
check "$routing holds no library and no file of portemis" \
    "$(grep -cE '\.so$|/portemis\.control$|/portemis--' "$work/routing.list")" "0"
check "the check itself fails on the wrong package (the routing package has no portemis.so)" \
    "$(holds "$work/routing.list" "$expect_main" | grep -c missing)" "$(printf '%s\n' "$expect_main" | wc -l)"
check "$routing ships the MARNET NOTICE and both ship debian/copyright" \
    "$(grep -cxE "/usr/share/doc/$routing/NOTICE|/usr/share/doc/($main|$routing)/copyright" "$work/main.list" "$work/routing.list" | awk -F: '{s += $2} END {print s}')" "3"
mkdir -p "$work/x"
dpkg-deb -x "$deb_main" "$work/x" && dpkg-deb -x "$deb_routing" "$work/x"
check "the packaged control files are the repository's" \
    "$(cmp -s "$work/x$sharedir/portemis.control" portemis.control && cmp -s "$work/x$sharedir/portemis_routing.control" portemis_routing.control && echo same)" "same"
check "the packaged portemis--$version.sql is the Makefile's concatenation of src/sql" \
    "$(make -s -C "$work/src" "portemis--$version.sql" >/dev/null 2>&1 && cmp -s "$work/x$sharedir/portemis--$version.sql" "$work/src/portemis--$version.sql" && echo same)" "same"
depends_main=$(dpkg-deb -f "$deb_main" Depends)
depends_routing=$(dpkg-deb -f "$deb_routing" Depends)
echo "#   $main Depends: $depends_main"
echo "#   $routing Depends: $depends_routing"
check "$main depends on PostGIS 3, PostgreSQL $PG_MAJOR and PROJ (shlibs)" \
    "$(echo "$depends_main" | grep -oE "postgresql-$PG_MAJOR-postgis-3|postgresql-$PG_MAJOR \(|libproj[0-9]+" | sort -u | wc -l)" "3"
check "$routing depends on pgRouting and on $main of the same source version" \
    "$(echo "$depends_routing" | grep -oE "postgresql-$PG_MAJOR-pgrouting|$main \((>=|<<) $version-[^)]*\)" | wc -l)" "3"

# Install over the `make install` copy (dpkg replaces files no package owns).
installed=yes
for try in 1 2 3 4 5 6 7 8 9 10; do  # another apt or dpkg may hold the lock for a while
    out=$(dpkg -i "$deb_main" "$deb_routing" 2>&1)
    rc=$?
    [ "$rc" -ne 0 ] && echo "$out" | grep -q 'lock' && { sleep 6; continue; }
    break
done
[ "$rc" -ne 0 ] && echo "$out" | sed 's/^/#   /'
check "dpkg -i installs both packages" "$rc" "0"
check "dpkg lists the library and the control files as the packages'" \
    "$( (dpkg -L "$main"; dpkg -L "$routing") | grep -cxE "$pkglibdir/portemis\.so|$sharedir/portemis\.control|$sharedir/portemis_routing\.control")" "3"

cluster_start || { echo "not ok $((n + 1)) - cluster on port $PGPORT"; exit 1; }
q -d postgres -c "CREATE DATABASE pm_debpkg"
check "CREATE EXTENSION portemis CASCADE from the package (version $version)" \
    "$(q -d pm_debpkg -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE" \
        -c "SELECT extversion FROM pg_extension WHERE extname = 'portemis'" 2>&1)" "$version"
check "CREATE EXTENSION portemis_routing CASCADE from the package (version $rversion)" \
    "$(q -d pm_debpkg -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis_routing CASCADE" \
        -c "SELECT extversion FROM pg_extension WHERE extname = 'portemis_routing'" 2>&1)" "$rversion"
check "a sea route from the packaged network (USLAX to CNSHA, more than 5,000 nm)" \
    "$(q -d pm_debpkg -c "SELECT sea_route_nm('USLAX', 'CNSHA') > 5000" 2>&1)" "t"
check "the installed portemis.so is the package's" \
    "$(cmp -s "$pkglibdir/portemis.so" "$work/x$pkglibdir/portemis.so" && echo same)" "same"

# The pg_regress suite against the installed packages, from the copy.
make -s -C "$work/src" installcheck >"$work/regress.log" 2>&1
rc=$?
sed -n 's/^test /#   test /p' "$work/regress.log"
[ "$rc" -ne 0 ] && cat "$work/src/regression.diffs" "$work/src/output_iso/regression.diffs" 2>/dev/null | head -n 60 | sed 's/^/#   /'
regress_count=$(sed -n 's/^\(REGRESS\|ISOLATION\) *= *//p' Makefile | wc -w)
check "make installcheck: the $regress_count pg_regress and isolation tests pass against the packaged files" \
    "$rc $(grep -cE '^test .* \.\.\. ok' "$work/regress.log")" "0 $regress_count"
check "the packaged files were not changed while the suite ran (dpkg --verify)" \
    "$(dpkg --verify "$main" "$routing" 2>&1)" ""

# Removing the routing package takes portemis_routing away, and only it.
dpkg -r "$routing" >/dev/null 2>&1
q -d postgres -c "CREATE DATABASE pm_debpkg2"
check "without $routing, CREATE EXTENSION portemis_routing fails for want of its control file" \
    "$(q -d pm_debpkg2 -c "CREATE EXTENSION portemis_routing CASCADE" 2>&1 | grep -c 'portemis_routing.control')" "1"
check "without $routing, CREATE EXTENSION portemis CASCADE still works" \
    "$(q -d pm_debpkg2 -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis CASCADE" -c "SELECT 1" 2>&1)" "1"
cluster_stop

# Purge both, then put back what was there before.
dpkg --purge "$routing" "$main" >/dev/null 2>&1
check "dpkg --purge removes the packages and their files" \
    "$(dpkg-query -W -f='${Status}\n' "$main" "$routing" 2>/dev/null | grep -c 'install ok installed'):$([ -e "$pkglibdir/portemis.so" ] && echo left || echo gone)" "0:gone"
if [ "$snapshot_files" -gt 0 ]; then
    (cd / && tar -xpf "$snapshot/files.tar")
    restored=$(cd / && tar -df "$snapshot/files.tar" 2>&1 | wc -l)
    check "the $snapshot_files files installed before are back, byte for byte" "$restored" "0"
else
    make -s -C "$repo" install >/dev/null
    check "make install puts the files back" "$([ -f "$pkglibdir/portemis.so" ] && echo yes)" "yes"
fi
installed=""
