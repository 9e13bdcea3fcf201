#!/usr/bin/env bash
# The demo's HTML report (sample/report_html.sql): generated from the sample voyages, self-contained, with one
# chart mark per row of each chart and the text report's numbers, a map with one path per route and per ECA
# in the map, drawn across the antimeridian without a jump; then rendered by headless Chromium to a PNG that
# is checked pixel by pixel (the map is drawn, routes on both sides of 180 degrees and across it, no line
# across the whole map, bars visible).  Chromium (Debian package chromium) is installed if missing when run
# as root; without it the rendering checks are skipped.  Also checks that the sample's routes are sea_route's
# and its voyages' distances 1.00-1.03 times their routes' lengths.  Prints TAP lines; needs PGHOST/PGPORT/PGUSER
# of a running cluster with portemis and portemis_routing installed (scripts/test.sh provides them).  Keeps the
# HTML and the screenshot under /tmp and prints their paths.
set -u
cd "$(dirname "$0")/../.."
db=portemis_report_visual
out=$(mktemp -d /tmp/portemis-report-visual.XXXXXX)
html=$out/portemis-report.html
png=$out/portemis-report.png
q() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
started=$(date +%s)

n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
check() {
    n=$((n + 1))
    if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "#   got: '$2' expected: '$3'"; fi
}
check_ge() {  # description, value, minimum (integers or decimals)
    n=$((n + 1))
    if awk -v a="$2" -v b="$3" 'BEGIN { exit !(a + 0 >= b + 0) }'; then echo "ok $n - $1 ($2 >= $3)"
    else echo "not ok $n - $1"; echo "#   got: '$2' expected at least: '$3'"; fi
}
skip() { n=$((n + 1)); echo "ok $n - # SKIP $1"; }

q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
q -d postgres -c "CREATE DATABASE $db"
# the sample voyages, their sea routes made by sea_routes (portemis_routing) as they load
q -d $db -c "SET client_min_messages = warning" -c "CREATE EXTENSION portemis_routing CASCADE" \
  -f sample/la_corridor_voyages.sql >/dev/null 2>"$out/load.err"
check "the sample loads" "$?:$(cat "$out/load.err")" "0:"
check "the sample's routes are sea_route's, one per port pair sailed" \
    "$(q -d $db -c "SELECT count(*) FILTER (WHERE st_equals(r.geom, sea_route(r.origin, r.destination))) || '/' || count(*)
                    FROM sample_route r")" \
    "$(q -d $db -c "SELECT n || '/' || n FROM (SELECT count(DISTINCT (origin(v), destination(v))) AS n FROM sample_voyage) x")"
check "voyage distances 1.00-1.03 times sea_route_nm (to the nearest nm)" \
    "$(q -d $db -c "WITH r AS MATERIALIZED (  -- one sea_route_nm a port pair (about 20 ms each)
                        SELECT o, d, sea_route_nm(o, d) AS nm
                        FROM (SELECT DISTINCT origin(v) AS o, destination(v) AS d FROM sample_voyage) p)
                    SELECT count(*) FROM sample_voyage s JOIN r ON r.o = origin(s.v) AND r.d = destination(s.v)
                    WHERE distance_nm(s.v) NOT BETWEEN r.nm - 0.5 AND 1.03 * r.nm + 0.5")" "0"
# the demo's port inventory from AIS, from the repository's fixtures
q -d $db -v ais_file=test/data/ais_socal_cargo.csv -v marad_file=test/data/marad_fleet_sample.csv \
  -f sample/ais_inventory.sql >/dev/null

# --- the HTML, as scripts/demo.sh writes it -------------------------------------------------------------------
q -d $db -f sample/report_html.sql -o "$html" 2>"$out/psql.err"
check "the report SQL runs without errors" "$?:$(cat "$out/psql.err")" "0:"
check "one HTML document" "$(head -c 15 "$html")|$(tail -n 1 "$html")" "<!DOCTYPE html>|</html>"
check "self-contained: no http(s):// reference" "$(grep -ciE 'https?://' "$html")" "0"
check "self-contained: no external resource (src=, href=, <link, @import, url()" \
    "$(grep -ciE '(src|href)=|<link|@import|url\(' "$html")" "0"
check "no script" "$(grep -ci '<script' "$html")" "0"

# chart marks: one per corridor x year (one per corridor x year x rating for CII)
marks() { grep -o "<rect class=\"mark\" data-chart=\"$1\"" "$html" | wc -l; }
corridor_years=$(q -d $db -c "SELECT count(*) FROM (SELECT DISTINCT corridor, year FROM sample_corridor_voyage) x")
for chart in co2 co2e_wtw ghg_intensity; do
    check "$chart chart: one mark per corridor and year ($corridor_years)" "$(marks $chart)" "$corridor_years"
done
cii_rows=$(q -d $db -c "SELECT count(*) FROM (SELECT DISTINCT corridor, year, cii_rating('container_ship', dwt, NULL, year, r)
                                              FROM (SELECT corridor, year, dwt, cii_attained(v, dwt) AS r FROM sample_corridor_voyage
                                                    GROUP BY corridor, year, ship, dwt) s) x")
check "cii chart: one mark per corridor, year and rating ($cii_rows)" "$(marks cii)" "$cii_rows"
ais_rows=$(q -d $db -c "SELECT count(*) FROM ais_inventory")
check "AIS inventory chart: one mark per ship type and mode ($ais_rows)" "$(marks ais_hours)" "$ais_rows"
check "... carrying the inventory's hours" \
    "$(grep -o '<rect class="mark" data-chart="ais_hours" data-ship-type="[^"]*" data-mode="[^"]*" data-value="[^"]*"' "$html" |
       sed -E 's/.*data-ship-type="([^"]*)" data-mode="([^"]*)" data-value="([^"]*)"/\1|\2|\3/' | sort)" \
    "$(q -d $db -c "SELECT ship_type || '|' || mode || '|' || round(hours::numeric, 4) FROM ais_inventory" | sort)"
check "... and its table has one row per ship type and mode" \
    "$(grep -o '<table class="inventory">.*</table>' "$html" | grep -o '<tr><td>' | wc -l)" "$ais_rows"

# the marks carry the text report's numbers (sample/report.sql, unaligned: columns 1, 2, 6, 7, 9, 11)
q -d $db -F '|' -P footer=off -f sample/report.sql | awk -F '|' 'NF == 11 && $2 ~ /^[0-9]+$/' >"$out/text_report"
values() {  # chart -> "corridor|year|value" lines of its marks
    grep -o "<rect class=\"mark\" data-chart=\"$1\" data-corridor=\"[^\"]*\" data-year=\"[^\"]*\" data-value=\"[^\"]*\"" "$html" |
        sed -E 's/.*data-corridor="([^"]*)" data-year="([^"]*)" data-value="([^"]*)"/\1|\2|\3/' | sort
}
check "the text report has the corridor x year rows" "$(wc -l <"$out/text_report")" "$corridor_years"
check "CO2 marks: the text report's co2_t" "$(values co2)" "$(awk -F '|' '{ print $1 "|" $2 "|" $6 }' "$out/text_report" | sort)"
check "CO2e marks: the text report's co2e_wtw_t" "$(values co2e_wtw)" "$(awk -F '|' '{ print $1 "|" $2 "|" $7 }' "$out/text_report" | sort)"
check "intensity marks: the text report's wtw_gco2e_per_mj" "$(values ghg_intensity)" \
    "$(awk -F '|' '{ print $1 "|" $2 "|" $9 }' "$out/text_report" | sort)"
check "CII marks: the text report's cii_ratings" \
    "$(grep -o '<rect class="mark" data-chart="cii" data-corridor="[^"]*" data-year="[^"]*" data-rating="[^"]*" data-value="[^"]*"' "$html" |
       sed -E 's/.*data-corridor="([^"]*)" data-year="([^"]*)" data-rating="([^"]*)" data-value="([^"]*)"/\1|\2|\3=\4/' | sort)" \
    "$(awk -F '|' '{ k = split($11, r, " "); for (i = 1; i <= k; i++) print $1 "|" $2 "|" r[i] }' "$out/text_report" | sort)"

# the map: one path per sailed route, one per ECA in force that reaches into the map's window
viewbox=$(grep -o '<svg class="map" viewBox="[^"]*"' "$html" | sed -E 's/.*viewBox="([^"]*)"/\1/')
read -r vx vy vw vh <<<"${viewbox:-0 0 0 0}"
x0=$vx; x1=$((vx + vw)); y1=$((-vy)); y0=$((-vy - vh))
check "the map's window is Pacific-centred (spans 180 degrees)" "$([ "$x0" -lt 180 ] && [ "$x1" -gt 180 ] && echo yes)" "yes"
check "one map path per sailed route" "$(grep -c 'data-kind="route"' "$html")" \
    "$(q -d $db -c "SELECT count(*) FROM (SELECT DISTINCT origin(v), destination(v) FROM sample_corridor_voyage) x")"
check "one map path per ECA row in force in the window" "$(grep -c 'data-kind="eca"' "$html")" \
    "$(q -d $db -c "SELECT count(*) FROM portemis.zone
                    WHERE kind = 'eca' AND valid_from <= current_date AND (valid_to IS NULL OR current_date < valid_to)
                      AND (st_intersects(geom, st_makeenvelope($x0, $y0, 180, $y1, 4326))
                           OR st_intersects(geom, st_makeenvelope(-180, $y0, $x1 - 360, $y1, 4326)))")"
check "the North American Pacific coast and Hawaii ECAs are drawn" \
    "$(grep -o 'data-kind="eca" class="eca" data-zone="[^"]*"' "$html" | grep -cE 'Pacific coast|Hawaii')" "2"
check "one marker per corridor port" "$(grep -o '<circle class="port" data-locode="[A-Z0-9]*"' "$html" | sort -u | wc -l)" \
    "$(q -d $db -c "SELECT count(DISTINCT locode) FROM portemis.corridor_port
                    WHERE corridor IN (SELECT corridor FROM sample_corridor_voyage)")"

have_python=false
command -v python3 >/dev/null && have_python=true
if $have_python; then
    # every route and ECA path inside the window, no segment jumping across the map; some route crossing 180
    geom=$(python3 - "$html" "$x0" "$x1" <<'PY'
import re, sys
html, x0, x1 = open(sys.argv[1]).read(), float(sys.argv[2]), float(sys.argv[3])
jump, outside, crossing = 0.0, 0, 0
for kind, d in re.findall(r'data-kind="(route|eca)"[^>]* d="([^"]*)"', html):
    for part in re.split(r'[MZ]', d):
        xs = [float(v) for v in re.findall(r'-?[0-9.]+', part)[0::2]]
        jump = max([jump] + [abs(b - a) for a, b in zip(xs, xs[1:])])
        outside += sum(1 for x in xs if not x0 <= x <= x1)
        crossing += kind == 'route' and bool(xs) and min(xs) < 180 < max(xs)
print(round(jump, 2), outside, crossing)
PY
)
    read -r jump outside crossing <<<"$geom"
    check "map paths: every vertex inside the window" "$outside" "0"
    # (a path wrapped at the antimeridian would have a segment of more than 180 degrees)
    check "map paths: no segment spans more than 90 degrees of longitude" "$(awk -v j="$jump" 'BEGIN { print (j <= 90) ? "yes" : "no: " j }')" "yes"
    check_ge "routes drawn across 180 degrees as one path" "$crossing" 1
else
    skip "python3 not available (path checks)"; skip "python3 not available"; skip "python3 not available"
fi

# --- rendering ------------------------------------------------------------------------------------------------
chromium_bin=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium_bin" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "# installing chromium"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium ||
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }; } >"$out/apt.log" 2>&1
    chromium_bin=$(command -v chromium || true)
fi
render_checks=7
if [ -z "$chromium_bin" ]; then
    for _ in $(seq $render_checks); do skip "chromium not available"; done
elif ! $have_python; then
    for _ in $(seq $render_checks); do skip "python3 not available"; done
else
    profile=$(mktemp -d)
    t0=$(date +%s.%N)
    timeout 180 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
        --screenshot="$png" --window-size=1400,2400 "file://$html" >"$out/chromium.log" 2>&1
    echo "# chromium rendered in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
    rm -rf "$profile"
    check "chromium wrote a screenshot" "$([ -s "$png" ] && echo yes)" "yes"
    colours=$(grep -o 'data-kind="route"[^>]* stroke="#[0-9a-f]*"' "$html" | grep -o '#[0-9a-f]*' | sort -u | tr '\n' ' ')
    ratings=$(grep -o 'data-chart="cii"[^>]* fill="#[0-9a-f]*"' "$html" | grep -o 'fill="#[0-9a-f]*"' | grep -o '#[0-9a-f]*' | sort -u | tr '\n' ' ')
    sea=$(grep -o -e '--sea: #[0-9a-f]*' "$html" | grep -o '#[0-9a-f]*')
    pixels=$(python3 - "$png" "$sea" "$x0" "$x1" "$colours" "$ratings" <<'PY'
import struct, sys, zlib

def read_png(path):
    """8-bit RGB or RGBA, non-interlaced (what Chromium writes) -> width, height, bytes per pixel, rows."""
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        length, ctype = struct.unpack('>I4s', data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if ctype == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', chunk)
        elif ctype == b'IDAT':
            idat.append(chunk)
        elif ctype == b'IEND':
            break
    w, h, depth, ctype, _, _, interlace = ihdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError('unsupported PNG: depth %d, colour type %d, interlace %d' % (depth, ctype, interlace))
    bpp = 3 if ctype == 2 else 4
    raw, stride = zlib.decompress(b''.join(idat)), w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride):
                line[i] = (line[i] + ((line[i - bpp] if i >= bpp else 0) + prev[i]) // 2) & 255
        elif f == 4:
            for i in range(stride):
                a, b, c = (line[i - bpp] if i >= bpp else 0), prev[i], (prev[i - bpp] if i >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return w, h, bpp, rows

def rgb(hexcode):
    return tuple(int(hexcode[i:i + 2], 16) for i in (1, 3, 5))

png, sea, x0, x1 = sys.argv[1], rgb(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
routes = [rgb(c) for c in sys.argv[5].split()]
ratings = [rgb(c) for c in sys.argv[6].split()]
w, h, bpp, rows = read_png(png)
near = lambda p, c, tol: abs(p[0] - c[0]) + abs(p[1] - c[1]) + abs(p[2] - c[2]) <= tol
px = lambda r, x: (r[x * bpp], r[x * bpp + 1], r[x * bpp + 2])

# the map: the bounding box of the sea colour
top = left = 10 ** 9
bottom = right = -1
for y in range(h):
    r = rows[y]
    xs = [x for x in range(0, w, 2) if px(r, x) == sea]
    if xs:
        top, bottom = min(top, y), y
        left, right = min(left, xs[0]), max(right, xs[-1])
mw, mh = right - left + 1, bottom - top + 1
# inside it: pixels not of the sea, route pixels left of, right of and on the 180 degree meridian,
# the longest run of route pixels in a row (a line across the map would be as long as the map)
col180 = left + (180 - x0) / (x1 - x0) * mw
drawn = west = east = on180 = 0
widest = 0
for y in range(top, bottom + 1):
    r, count = rows[y], 0
    for x in range(left, right + 1):
        p = px(r, x)
        if not near(p, sea, 12):
            drawn += 1
        if any(near(p, c, 30) for c in routes):
            count += 1
            if x < col180 - 3:
                west += 1
            elif x > col180 + 3:
                east += 1
            else:
                on180 += 1
    widest = max(widest, count)
# below the map: the bars (corridor colours) and the CII segments (rating colours)
bars = cii = 0
for y in range(bottom + 1, h):
    r = rows[y]
    for x in range(0, w, 2):
        p = px(r, x)
        if any(p == c for c in routes):
            bars += 1
        elif any(p == c for c in ratings):
            cii += 1
print(w, h, mw if bottom >= 0 else 0, mh if bottom >= 0 else 0, round(100.0 * drawn / max(1, mw * mh), 1),
      west, east, on180, round(100.0 * widest / max(1, mw), 1), bars, cii)
PY
)
    read -r pw ph mw mh drawn_pct west east on180 widest_pct bars cii <<<"${pixels:-0 0 0 0 0 0 0 0 100 0 0}"
    echo "# screenshot: $png (${pw}x${ph}); map ${mw}x${mh} px, ${drawn_pct} % drawn; route pixels west/east/on 180: $west/$east/$on180; widest route row ${widest_pct} %; bar pixels $bars, CII pixels $cii (sampled every 2nd column)"
    check "the screenshot is 1400x2400" "${pw}x${ph}" "1400x2400"
    check_ge "the map is rendered: sea area at least 1000 px wide" "$mw" 1000
    check_ge "the map is not blank: share of its pixels drawn over the sea (%)" "$drawn_pct" 4
    check_ge "routes drawn on both sides of 180 degrees: fewest route pixels of west and east" \
        "$([ "$west" -lt "$east" ] && echo "$west" || echo "$east")" 1000
    check_ge "routes continuous across 180 degrees: route pixels on the meridian" "$on180" 10
    check "no route line across the whole map: widest row of route pixels under 50 % of the map" \
        "$(awk -v p="$widest_pct" 'BEGIN { print (p < 50) ? "yes" : "no" }')" "yes"
    check "the charts are rendered: bar and CII segment pixels" \
        "$([ "${bars:-0}" -ge 3000 ] && [ "${cii:-0}" -ge 1000 ] && echo yes)" "yes"
fi
echo "# report: $html"
echo "# test took $(($(date +%s) - started)) s"
echo "1..$n"
q -d postgres -c "DROP DATABASE $db"
