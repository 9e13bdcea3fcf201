-- The portemis corridor report as one self-contained HTML page (inline SVG and CSS, no script, no network):
-- a Pacific-centred map of the corridor routes, the Emission Control Areas and the corridor ports, and per
-- corridor and year bar charts of CO2, CO2e well-to-wake, GHG intensity and the ships' CII ratings.
-- The numbers are those of sample/report.sql.  The SQL does the numbers and the geometry; the page is the
-- single value of the last SELECT:
--
--   psql -X -q -t -A -v ON_ERROR_STOP=1 -d portemis_demo -f sample/report_html.sql -o portemis-report.html
--
-- Every chart mark is a <rect class="mark"> with data-chart, data-corridor, data-year (data-rating for the
-- CII chart) and data-value; every map path has data-kind ("route", "eca", "graticule").
-- Temporary objects only (pg_temp): nothing is left in the database.
-- This file is ASCII; non-ASCII characters of the page are HTML character references.
SET client_min_messages = warning;
SET client_encoding = 'UTF8';

-- HTML text and attribute escaping.
CREATE OR REPLACE FUNCTION pg_temp.esc(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS
$$ SELECT replace(replace(replace(replace($1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') $$;

-- A "nice" axis step (1, 2 or 5 times a power of ten) for about five ticks up to m.
CREATE OR REPLACE FUNCTION pg_temp.nice_step(m numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT e * CASE WHEN f <= 1 THEN 1 WHEN f <= 2 THEN 2 WHEN f <= 5 THEN 5 ELSE 10 END
    FROM (SELECT e, greatest(m, 1e-9) / 5 / e AS f
          FROM (SELECT power(10::numeric, floor(log(greatest(m, 1e-9) / 5))) AS e) p) q
$$;

-- --------------------------------------------------------------------------------------------------------
-- The numbers, as in sample/report.sql
-- --------------------------------------------------------------------------------------------------------

-- One colour per corridor (map routes and chart bars); on the map, where corridors share a sea route, each
-- is drawn narrower than the one before it, so that all show side by side.
CREATE OR REPLACE TEMP VIEW report_corridor AS
SELECT corridor, (ARRAY['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf', '#7f7f7f'])
                 [1 + (i - 1) % 8] AS colour,
       2.5 + 3 * (count(*) OVER () - i) AS line_px
FROM (SELECT corridor, dense_rank() OVER (ORDER BY corridor)::int AS i
      FROM (SELECT DISTINCT corridor FROM sample_corridor_voyage) c) c;

-- CII rating colours, A (best) to E.
CREATE OR REPLACE TEMP VIEW report_rating AS
SELECT * FROM (VALUES ('A', '#1a9850'), ('B', '#91cf60'), ('C', '#fee08b'), ('D', '#fc8d59'), ('E', '#d73027')) r(rating, colour);

-- One row per chart mark: the bar of a corridor and year (CO2, CO2e, intensity), or the segment of a CII
-- rating in a corridor and year's stacked bar (value = ships, base = ships of the better ratings before it).
CREATE OR REPLACE TEMP VIEW report_mark AS
WITH summary AS (
    SELECT corridor, year, corridor_summary(v) AS s FROM sample_corridor_voyage GROUP BY corridor, year
),
ratings AS (
    -- CII of each ship's corridor voyages in the year (AER, capacity = DWT)
    SELECT corridor, year, cii_rating('container_ship', dwt, NULL, year, cii_attained(v, dwt)) AS rating
    FROM sample_corridor_voyage GROUP BY corridor, year, ship, dwt
)
SELECT m.chart, s.corridor, s.year, NULL::text AS rating, m.value, 0::numeric AS base
FROM summary s,
     LATERAL (VALUES ('co2',           round(tonnes((s.s).emissions, 'CO2')::numeric)),
                     ('co2e_wtw',      round((s.s).co2e_wtw_t::numeric)),
                     ('ghg_intensity', round((s.s).ghg_intensity_gco2e_per_mj::numeric, 2))) m(chart, value)
UNION ALL
SELECT 'cii', corridor, year, rating, ships,
       coalesce(sum(ships) OVER (PARTITION BY corridor, year ORDER BY rating
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
FROM (SELECT corridor, year, rating, count(*)::numeric AS ships FROM ratings GROUP BY 1, 2, 3) r;

-- The charts: title, axis label with its unit, order.
CREATE OR REPLACE TEMP VIEW report_chart AS
SELECT * FROM (VALUES
    (1, 'co2',           'CO&#8322; emitted (tank-to-wake)',     'CO&#8322; (t)'),
    (2, 'co2e_wtw',      'CO&#8322;e well-to-wake',              'CO&#8322;e well-to-wake (t, GWP100 AR4)'),
    (3, 'ghg_intensity', 'GHG intensity (FuelEU, well-to-wake)', 'GHG intensity (gCO&#8322;e/MJ)'),
    (4, 'cii',           'CII ratings of the ships',             'ships (count) by CII rating, A best to E worst')
) c(ord, chart, title, axis);

-- --------------------------------------------------------------------------------------------------------
-- The map: longitudes shifted so that 120E..60W are contiguous (x = lon + 360 for lon < 0), y = -lat
-- (ST_AsSVG), an equirectangular view of the routes' extent with a 10-degree margin.
-- --------------------------------------------------------------------------------------------------------

CREATE OR REPLACE TEMP VIEW map_route AS
SELECT r.origin, r.destination, c.corridor, c.voyages, st_shiftlongitude(r.geom) AS geom,
       route_length_nm(r.geom) AS length_nm
FROM sample_route r
JOIN (SELECT corridor, origin(v) AS origin, destination(v) AS destination, count(*) AS voyages
      FROM sample_corridor_voyage GROUP BY 1, 2, 3) c ON c.origin = r.origin AND c.destination = r.destination;

CREATE OR REPLACE TEMP VIEW map_port AS
SELECT DISTINCT ON (p.locode) p.locode, p.name, st_shiftlongitude(p.geom) AS geom
FROM portemis.port p
WHERE p.locode IN (SELECT cp.locode FROM portemis.corridor_port cp
                   WHERE cp.corridor IN (SELECT corridor FROM report_corridor))
ORDER BY p.locode, p.wpi_number;

CREATE OR REPLACE TEMP VIEW map_window AS
SELECT (floor((st_xmin(e) - 10) / 10) * 10)::int AS x0, (ceil((st_xmax(e) + 10) / 10) * 10)::int AS x1,
       (floor((st_ymin(e) - 10) / 10) * 10)::int AS y0, (ceil((st_ymax(e) + 10) / 10) * 10)::int AS y1
FROM (SELECT st_extent(geom) AS e FROM (SELECT geom FROM map_route UNION ALL SELECT geom FROM map_port) g) x;

-- ECAs in force today, clipped to the window: the part east of x0 as is, the part west of x1 - 360 moved
-- by +360 (a polygon across Greenwich, outside the window, is never stretched across the map).
CREATE OR REPLACE TEMP VIEW map_eca AS
SELECT name, valid_from, sulphur_pct, geom
FROM (SELECT z.name, z.valid_from, z.sulphur_pct,
             st_union(st_intersection(z.geom, st_makeenvelope(w.x0, w.y0, 180, w.y1, 4326)),
                      st_translate(st_intersection(z.geom, st_makeenvelope(-180, w.y0, w.x1 - 360, w.y1, 4326)),
                                   360, 0)) AS geom
      FROM portemis.zone z, map_window w
      WHERE z.kind = 'eca' AND z.valid_from <= current_date AND (z.valid_to IS NULL OR current_date < z.valid_to)) e
WHERE NOT st_isempty(geom);

-- --------------------------------------------------------------------------------------------------------
-- The port inventory from AIS (sample/ais_inventory.sql), when the database has one: hours by ship type and
-- mode as stacked bars (one <rect class="mark" data-chart="ais_hours"> per ship type and mode, data-value the
-- hours) and the inventory table, "unknown" where the emissions are.
-- --------------------------------------------------------------------------------------------------------
CREATE TEMP TABLE ais_section (html text);
SELECT to_regclass('ais_inventory') IS NOT NULL AS has_ais_inventory \gset
\if :has_ais_inventory
INSERT INTO ais_section
WITH m AS (SELECT i.*, sum(hours) OVER (PARTITION BY ship_type ORDER BY mode) - hours AS base,
                  dense_rank() OVER (ORDER BY ship_type) AS row_k
           FROM ais_inventory i),
     l AS (SELECT 560 AS width, 150 AS left_w, 80 AS right_w, 22 AS top_h, 24 AS row_h, 16 AS bar_h,
                  (SELECT max(t) FROM (SELECT sum(hours) AS t FROM ais_inventory GROUP BY ship_type) x) AS max_h),
     colour AS (SELECT * FROM (VALUES ('anchorage', '#8c6d31'), ('berth', '#3182bd'), ('maneuvering', '#e6550d'),
                                      ('transit', '#31a354'), ('unknown', '#969696')) v(mode, fill))
SELECT format('<h2>Port inventory from AIS</h2><div class="charts"><figure class="chart-box">'
              '<figcaption>Hours by ship type and mode inside the inventory boundary (real NOAA pings, 2022-01-03)</figcaption>'
              '<svg class="chart" viewBox="0 0 %s %s" width="%s" height="%s" role="img">%s%s</svg>'
              '<div class="legend">%s</div></figure></div>%s',
              l.width, l.top_h + (SELECT max(row_k) FROM m) * l.row_h + 30, l.width,
              l.top_h + (SELECT max(row_k) FROM m) * l.row_h + 30,
              (SELECT string_agg(format(E'\n<rect class="mark" data-chart="ais_hours" data-ship-type="%s" data-mode="%s" '
                                        'data-value="%s" x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s, %s: %s h</title></rect>',
                                        pg_temp.esc(m.ship_type), m.mode, round(m.hours::numeric, 4),
                                        round((l.left_w + m.base / l.max_h * (l.width - l.left_w - l.right_w))::numeric, 2),
                                        l.top_h + (m.row_k - 1) * l.row_h,
                                        round(greatest(m.hours / l.max_h * (l.width - l.left_w - l.right_w), 1)::numeric, 2),
                                        l.bar_h, coalesce(c.fill, '#969696'), pg_temp.esc(m.ship_type), m.mode,
                                        round(m.hours::numeric, 2)), '' ORDER BY m.ship_type, m.mode)
               FROM m LEFT JOIN colour c USING (mode)),
              (SELECT string_agg(DISTINCT format(E'\n<text x="%s" y="%s" text-anchor="end" class="label">%s</text>',
                                                 l.left_w - 6, l.top_h + (m.row_k - 1) * l.row_h + l.bar_h - 4,
                                                 pg_temp.esc(m.ship_type)), '')
               FROM m),
              (SELECT string_agg(format('<span><i class="swatch" style="background:%s"></i>%s</span>', fill, mode), ' ' ORDER BY mode) FROM colour),
              '<table class="inventory"><tr><th>ship type</th><th>mode</th><th>ships</th><th>hours</th><th>unknown h</th>'
              '<th>CO&#8322; t</th><th>NO<sub>x</sub> t</th><th>PM2.5 t</th></tr>'
              || (SELECT string_agg(format('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>',
                                           pg_temp.esc(ship_type), mode, ships, round(hours::numeric, 2),
                                           round(unknown_hours::numeric, 2),
                                           coalesce(round(co2_t::numeric, 3)::text, 'unknown'),
                                           coalesce(round(nox_t::numeric, 4)::text, 'unknown'),
                                           coalesce(round(pm2_5_t::numeric, 5)::text, 'unknown')), '' ORDER BY ship_type, mode)
                  FROM ais_inventory)
              || '</table><p class="note">Emissions are unknown where a ship''s particulars are: AIS gives type and '
                 'dimensions, not size and engine power; the register holds MARAD''s US-flag fleet. Gaps between '
                 'reports longer than 6 hours are left out, never counted.</p>')
FROM l;
\endif

-- --------------------------------------------------------------------------------------------------------
-- The page
-- --------------------------------------------------------------------------------------------------------

WITH
map_svg AS (
    SELECT format('<svg class="map" viewBox="%s %s %s %s" role="img" aria-label="Map of the corridor routes, '
                  'Emission Control Areas and ports">', w.x0, -w.y1, w.x1 - w.x0, w.y1 - w.y0)
        || format(E'\n<rect class="sea" x="%s" y="%s" width="%s" height="%s"/>', w.x0, -w.y1, w.x1 - w.x0, w.y1 - w.y0)
        -- graticule every 10 degrees
        || (SELECT string_agg(format(E'\n<path data-kind="graticule" class="%s" d="M %s %s V %s"/>',
                                     CASE WHEN x = 180 THEN 'grid antimeridian' ELSE 'grid' END, x, -w.y1, -w.y0)
                              || format('<text class="glabel" x="%s" y="%s" text-anchor="middle">%s</text>',
                                        x, -w.y0 - 0.8,
                                        CASE WHEN x < 180 THEN x || '&#176;E' WHEN x = 180 THEN '180&#176;'
                                             ELSE (360 - x) || '&#176;W' END), '' ORDER BY x)
            FROM generate_series(w.x0 + 10, w.x1 - 10, 10) x)
        || (SELECT string_agg(format(E'\n<path data-kind="graticule" class="%s" d="M %s %s H %s"/>',
                                     CASE WHEN y = 0 THEN 'grid equator' ELSE 'grid' END, w.x0, -y, w.x1)
                              || format('<text class="glabel" x="%s" y="%s">%s</text>', w.x0 + 0.6, -y - 0.6,
                                        CASE WHEN y > 0 THEN y || '&#176;N' WHEN y = 0 THEN '0&#176;'
                                             ELSE -y || '&#176;S' END), '' ORDER BY y)
            FROM generate_series(w.y0 + 10, w.y1 - 10, 10) y)
        -- Emission Control Areas
        || coalesce((SELECT string_agg(format(E'\n<path data-kind="eca" class="eca" data-zone="%s" d="%s">'
                                              '<title>%s: %s %% m/m sulphur since %s</title></path>',
                                              pg_temp.esc(name), st_assvg(geom, 0, 2), pg_temp.esc(name),
                                              to_char(sulphur_pct, 'FM0.00'), valid_from), '' ORDER BY name)
                     FROM map_eca), '')
        || coalesce((SELECT string_agg(format(E'\n<text class="ecalabel" x="%s" y="%s" text-anchor="middle">%s</text>',
                                              round(st_x(p)::numeric, 2), round(-st_y(p)::numeric, 2),
                                              pg_temp.esc(name)), '' ORDER BY name)
                     FROM (SELECT name, st_pointonsurface(geom) AS p FROM map_eca) e), '')
        -- routes, one path each, coloured by corridor
        || (SELECT string_agg(format(E'\n<path data-kind="route" class="route" data-corridor="%s" data-origin="%s" '
                                     'data-destination="%s" stroke="%s" stroke-width="%s" d="%s"><title>%s &#8594; %s, %s: %s nm '
                                     '(geodesic), %s voyages</title></path>',
                                     pg_temp.esc(r.corridor), r.origin, r.destination, c.colour, c.line_px,
                                     st_assvg(r.geom, 0, 2), r.origin, r.destination, pg_temp.esc(r.corridor),
                                     to_char(r.length_nm, 'FM999,990'), r.voyages),
                              '' ORDER BY r.corridor, r.origin, r.destination)
            FROM map_route r JOIN report_corridor c USING (corridor))
        -- ports: labels of close ports (within 2 degrees) above and below each other
        || (SELECT string_agg(format(E'\n<circle class="port" data-locode="%s" cx="%s" cy="%s" r="0.7"/>'
                                     '<text class="plabel" x="%s" y="%s" text-anchor="%s">%s (%s)</text>',
                                     locode, x, -y, x + CASE WHEN east THEN -1.2 ELSE 1.2 END,
                                     -y + CASE WHEN n = 1 THEN 0.6 WHEN k = 1 THEN -0.9 ELSE 2.1 END,
                                     CASE WHEN east THEN 'end' ELSE 'start' END, pg_temp.esc(name), locode),
                              '' ORDER BY locode)
            FROM (SELECT locode, name, round(st_x(geom)::numeric, 2) AS x, round(st_y(geom)::numeric, 2) AS y,
                         st_x(geom) > (w.x0 + w.x1) / 2 AS east,
                         row_number() OVER (PARTITION BY cl ORDER BY st_y(geom) DESC) AS k,
                         count(*) OVER (PARTITION BY cl) AS n
                  FROM (SELECT *, st_clusterdbscan(geom, 2, 1) OVER () AS cl FROM map_port) p) p)
        || E'\n</svg>' AS svg
    FROM map_window w
),
map_legend AS (
    SELECT string_agg(format('<span><i class="swatch" style="background:%s"></i>%s</span>', colour,
                             pg_temp.esc(corridor)), ' ' ORDER BY corridor)
        || ' <span><i class="swatch eca"></i>Emission Control Area in force today</span>'
        || ' <span><i class="swatch port"></i>corridor port (World Port Index)</span>' AS html
    FROM report_corridor
),
-- chart geometry, in pixels: label column, plot area, one row per corridor and year, a gap between corridors
layout AS (SELECT 560 AS width, 150 AS left_w, 80 AS right_w, 22 AS top_h, 24 AS row_h, 16 AS bar_h,
                  10 AS gap_h, 46 AS bottom_h),
scale AS (
    SELECT chart, max(base + value) AS max_value, pg_temp.nice_step(max(base + value)) AS step,
           count(DISTINCT (corridor, year)) AS nrows, count(DISTINCT corridor) AS ngroups
    FROM report_mark GROUP BY chart
),
axis AS (
    SELECT s.chart, s.step,
           CASE WHEN s.chart = 'cii' THEN greatest(1, ceil(s.max_value)) ELSE ceil(s.max_value / s.step) * s.step END AS max_x,
           CASE WHEN s.chart = 'cii' THEN 1 ELSE s.step END AS tick,
           l.top_h + s.nrows * l.row_h + (s.ngroups - 1) * l.gap_h AS plot_bottom,
           l.width - l.left_w - l.right_w AS plot_w
    FROM scale s, layout l
),
placed AS (
    SELECT m.*, c.colour,
           l.top_h + (dense_rank() OVER w_row - 1) * l.row_h + (dense_rank() OVER w_grp - 1) * l.gap_h AS row_y,
           dense_rank() OVER w_grp AS grp, rank() OVER (PARTITION BY m.chart, m.corridor ORDER BY m.year) AS year_in_grp,
           max(m.year) OVER (PARTITION BY m.chart) AS last_year,
           l.left_w + m.base / a.max_x * a.plot_w AS x, m.value / a.max_x * a.plot_w AS w
    FROM report_mark m JOIN report_corridor c USING (corridor) JOIN axis a USING (chart), layout l
    WINDOW w_row AS (PARTITION BY m.chart ORDER BY m.corridor, m.year), w_grp AS (PARTITION BY m.chart ORDER BY m.corridor)
),
chart_svg AS (
    SELECT a.chart,
           format('<svg class="chart" viewBox="0 0 %s %s" role="img" aria-label="%s by corridor and year">',
                  l.width, a.plot_bottom + l.bottom_h, a.chart)
        -- vertical grid lines and tick labels
        || (SELECT string_agg(format(E'\n<line class="tick" x1="%2$s" x2="%2$s" y1="%3$s" y2="%4$s"/>'
                                     '<text class="tlabel" x="%2$s" y="%5$s" text-anchor="middle">%1$s</text>',
                                     to_char(t, CASE WHEN a.step < 1 THEN 'FM999,990.0' ELSE 'FM999,999,990' END),
                                     round(l.left_w + t / a.max_x * a.plot_w, 1), l.top_h - 4, a.plot_bottom,
                                     a.plot_bottom + 14), '' ORDER BY t)
            FROM generate_series(0, a.max_x, a.tick) t)
        -- row labels: the corridor on its first row, the year on every row
        || (SELECT string_agg(DISTINCT format(E'\n<text class="rlabel" x="%s" y="%s" text-anchor="end">%s</text>',
                                              l.left_w - 8, round(row_y + l.bar_h - 4), year)
                                       || CASE WHEN year_in_grp = 1
                                               THEN format('<text class="clabel" x="4" y="%s">%s</text>',
                                                           round(row_y + l.bar_h - 4), pg_temp.esc(corridor))
                                               ELSE '' END, '')
            FROM placed p WHERE p.chart = a.chart)
        -- the marks
        || (SELECT string_agg(format(E'\n<rect class="mark" data-chart="%s" data-corridor="%s" data-year="%s"%s '
                                     'data-value="%s" x="%s" y="%s" width="%s" height="%s" fill="%s"%s>'
                                     '<title>%s %s%s: %s</title></rect>',
                                     p.chart, pg_temp.esc(p.corridor), p.year,
                                     CASE WHEN p.rating IS NULL THEN '' ELSE format(' data-rating="%s"', p.rating) END,
                                     p.value, round(p.x, 2), p.row_y, round(p.w, 2), l.bar_h,
                                     coalesce((SELECT colour FROM report_rating r WHERE r.rating = p.rating), p.colour),
                                     CASE WHEN p.chart <> 'cii' AND p.year <> p.last_year THEN ' fill-opacity="0.5"' ELSE '' END,
                                     pg_temp.esc(p.corridor), p.year,
                                     CASE WHEN p.rating IS NULL THEN '' ELSE ', rating ' || p.rating END,
                                     CASE WHEN p.chart = 'cii' THEN p.value || ' ship' || CASE WHEN p.value = 1 THEN '' ELSE 's' END
                                          ELSE to_char(p.value, CASE WHEN p.chart = 'ghg_intensity' THEN 'FM990.00'
                                                                     ELSE 'FM999,999,990' END) END)
                              -- value at the end of a bar; the rating letter (and ships if more than one) inside a segment
                              || CASE WHEN p.chart = 'cii'
                                      THEN format('<text class="seglabel" x="%s" y="%s" text-anchor="middle">%s</text>',
                                                  round(p.x + p.w / 2, 1), p.row_y + l.bar_h - 4,
                                                  p.rating || CASE WHEN p.value > 1 THEN ' &#215;' || p.value ELSE '' END)
                                      ELSE format('<text class="vlabel" x="%s" y="%s">%s</text>', round(p.x + p.w + 4, 1),
                                                  p.row_y + l.bar_h - 4,
                                                  to_char(p.value, CASE WHEN p.chart = 'ghg_intensity' THEN 'FM990.00'
                                                                        ELSE 'FM999,999,990' END)) END,
                              '' ORDER BY p.corridor, p.year, p.rating)
            FROM placed p WHERE p.chart = a.chart)
        -- FuelEU limit on the intensity chart
        || CASE WHEN a.chart = 'ghg_intensity' THEN
               (SELECT format(E'\n<line class="limit" x1="%1$s" x2="%1$s" y1="%2$s" y2="%3$s"/>'
                              '<text class="limitlabel" x="%4$s" y="%5$s" text-anchor="end">FuelEU limit from %6$s: %7$s</text>',
                              round(l.left_w + t / a.max_x * a.plot_w, 1), l.top_h - 10, a.plot_bottom + 2,
                              round(l.left_w + t / a.max_x * a.plot_w - 4, 1), l.top_h - 8, y, to_char(t, 'FM990.00'))
                FROM (SELECT y, fueleu_target(y)::numeric AS t
                      FROM (SELECT greatest(2025, max(year) + 1) AS y FROM report_mark) y) f)
           ELSE '' END
        -- axis line and label
        || format(E'\n<line class="axis" x1="%1$s" x2="%2$s" y1="%3$s" y2="%3$s"/>', l.left_w, l.left_w + a.plot_w, a.plot_bottom)
        || format(E'\n<text class="alabel" x="%s" y="%s" text-anchor="middle">%s</text>',
                  l.left_w + a.plot_w / 2, a.plot_bottom + l.bottom_h - 4, c.axis)
        || E'\n</svg>' AS svg
    FROM axis a JOIN report_chart c USING (chart), layout l
),
charts AS (
    SELECT string_agg(format(E'<figure class="chart-box" id="chart-%s">\n<figcaption>%s</figcaption>\n%s%s\n</figure>',
                             c.chart, c.title, s.svg,
                             CASE WHEN c.chart = 'cii'
                                  THEN E'\n<div class="legend">' || (SELECT string_agg(format(
                                       '<span><i class="swatch" style="background:%s"></i>%s</span>',
                                       colour, rating), ' ' ORDER BY rating) FROM report_rating) || '</div>'
                                  ELSE E'\n<div class="legend"><span>later year solid, earlier years light</span></div>' END),
                      E'\n' ORDER BY c.ord) AS html
    FROM report_chart c JOIN chart_svg s USING (chart)
)
SELECT concat_ws(E'\n',
'<!DOCTYPE html>',
'<html lang="en">',
'<head>',
'<meta charset="utf-8">',
'<meta name="viewport" content="width=device-width, initial-scale=1">',
'<title>portemis &#8211; Los Angeles green shipping corridors</title>',
'<style>
:root { --ink: #1d2733; --muted: #5b6775; --sea: #dcebf5; --grid: #a9c3d6; }
body { margin: 0; padding: 24px 32px; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
       color: var(--ink); background: #fff; }
main { max-width: 1200px; margin: 0 auto; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 24px 0 8px; }
p.sub, p.note, footer { color: var(--muted); margin: 4px 0; }
svg { display: block; width: 100%; height: auto; overflow: hidden; }
svg text { font-family: inherit; fill: var(--ink); }
.map .sea { fill: var(--sea); }
.map .grid { fill: none; stroke: var(--grid); stroke-width: 0.6px; vector-effect: non-scaling-stroke; }
.map .antimeridian { stroke: #6f93ad; stroke-dasharray: 4 3; stroke-width: 1px; }
.map .equator { stroke: #8fb0c6; stroke-width: 1px; }
.map .glabel { font-size: 1.5px; fill: #4d6b82; }
.map .eca { fill: #f2b84b; fill-opacity: 0.45; fill-rule: evenodd; stroke: #b7791f; stroke-width: 1px;
            vector-effect: non-scaling-stroke; }
.map .ecalabel { font-size: 1.4px; fill: #8a5a12; font-style: italic; }
.map .route { fill: none; stroke-linejoin: round; stroke-linecap: round;
              vector-effect: non-scaling-stroke; }
.map .port { fill: #fff; stroke: var(--ink); stroke-width: 1.5px; vector-effect: non-scaling-stroke; }
.map .plabel { font-size: 1.8px; font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 0.35px;
               stroke-linejoin: round; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 6px 0; color: var(--muted); font-size: 13px; }
.swatch { display: inline-block; width: 22px; height: 10px; margin-right: 6px; vertical-align: middle; border-radius: 2px; }
.swatch.eca { background: rgba(242, 184, 75, 0.45); border: 1px solid #b7791f; }
.swatch.port { width: 10px; height: 10px; border-radius: 50%; background: #fff; border: 1.5px solid var(--ink); }
.charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px 40px; }
figure.chart-box { margin: 0; }
figcaption { font-weight: 600; margin: 8px 0 4px; }
.chart text { font-size: 12px; }
.chart .tick { stroke: #e3e8ee; }
.chart .axis { stroke: var(--ink); }
.chart .tlabel, .chart .rlabel { fill: var(--muted); }
.chart .clabel { font-weight: 600; }
.chart .alabel { font-size: 12.5px; }
.chart .vlabel { font-size: 11.5px; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.chart .seglabel { font-size: 11.5px; font-weight: 600; }
.chart .mark { stroke: #fff; stroke-width: 0.5px; }
table.inventory { border-collapse: collapse; font-size: 12px; margin: 8px 0; }
table.inventory th, table.inventory td { border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: right; }
table.inventory td:first-child, table.inventory td:nth-child(2) { text-align: left; }
.chart .limit { stroke: var(--ink); stroke-dasharray: 5 3; stroke-width: 1.5px; }
.chart .limitlabel { font-size: 11.5px; fill: var(--ink); }
footer { margin-top: 24px; font-size: 13px; }
</style>',
'</head>',
'<body>',
'<main>',
'<h1>Los Angeles green shipping corridors</h1>',
format('<p class="sub">%s voyages of %s ships, %s&#8211;%s, along sea routes made by sea_route over MARNET '
       '(portemis_routing; illustrative sample data). Generated by portemis %s from database %s on %s.</p>',
       (SELECT count(*) FROM sample_corridor_voyage), (SELECT count(DISTINCT ship) FROM sample_corridor_voyage),
       (SELECT min(year) FROM sample_corridor_voyage), (SELECT max(year) FROM sample_corridor_voyage),
       (SELECT extversion FROM pg_extension WHERE extname = 'portemis'), pg_temp.esc(current_database()), current_date),
'<h2>Routes and Emission Control Areas</h2>',
(SELECT svg FROM map_svg),
'<div class="legend">' || (SELECT html FROM map_legend) || '</div>',
format('<p class="note">Equirectangular, Pacific-centred: longitudes west of Greenwich are drawn as 360&#176; + '
       'longitude, so the routes run on across the 180&#176; meridian (dashed). One line per sailed route and '
       'direction (%s); Emission Control Areas in force today that reach into the map (%s of %s). '
       'No coastline is drawn.</p>',
       (SELECT count(*) FROM map_route), (SELECT count(*) FROM map_eca),
       (SELECT count(*) FROM portemis.zone z WHERE z.kind = 'eca' AND z.valid_from <= current_date
                                              AND (z.valid_to IS NULL OR current_date < z.valid_to))),
'<h2>Per corridor and year</h2>',
'<div class="charts">',
(SELECT html FROM charts),
'</div>',
(SELECT coalesce(string_agg(html, ''), '') FROM ais_section),
'<footer>Factors: imo set (MEPC.364(79)) for CO&#8322;; fueleu set (Regulation (EU) 2023/1805 Annex II) for '
'CO&#8322;e and well-to-wake intensity. CII: rating of each ship''s corridor voyages in the year (AER, capacity = DWT). '
'Every factor and its source: <code>SELECT * FROM portemis.emission_factors;</code> '
'Text version: <code>sample/report.sql</code>.</footer>',
'</main>',
'</body>',
'</html>');
