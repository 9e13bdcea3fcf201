-- The portemis corridor report: per corridor and year, what the sample voyages
-- burnt and emitted, how intense they were, and how their ships rate.
\pset footer off
\echo
\echo '== Los Angeles green shipping corridors (sample voyages along sea_route''s MARNET sea routes) =='
\echo
WITH per_voyage AS (
    SELECT corridor, year, ship, dwt, v,
           distance_nm(v) * (SELECT coalesce(sum(route_share(route, z.geom)), 0) FROM portemis.zone z
                             WHERE z.kind = 'eca' AND z.valid_from <= departure(v)
                               AND (z.valid_to IS NULL OR departure(v) < z.valid_to)) AS eca_nm
    FROM sample_corridor_voyage
),
ratings AS (
    -- CII of each ship's corridor voyages in the year (AER, capacity = DWT)
    SELECT corridor, year, cii_rating('container_ship', dwt, NULL, year, cii_attained(v, dwt)) AS rating
    FROM per_voyage GROUP BY corridor, year, ship, dwt
)
SELECT p.corridor, p.year,
       (s).voyages,
       round((s).distance_nm::numeric)                                  AS distance_nm,
       round((s).fuel_t::numeric)                                       AS fuel_t,
       round(tonnes((s).emissions, 'CO2')::numeric)                     AS co2_t,
       round((s).co2e_wtw_t::numeric)                                   AS co2e_wtw_t,
       round((s).eeoi_g_per_tnm::numeric, 2)                            AS eeoi_g_per_tnm,
       round((s).ghg_intensity_gco2e_per_mj::numeric, 2)                AS wtw_gco2e_per_mj,
       round((p.eca_nm / (s).distance_nm)::numeric, 3)                  AS eca_share,
       (SELECT string_agg(rating || '=' || n, ' ' ORDER BY rating)
        FROM (SELECT rating, count(*) AS n FROM ratings r WHERE r.corridor = p.corridor AND r.year = p.year GROUP BY rating) c)
                                                                        AS cii_ratings
FROM (SELECT corridor, year, corridor_summary(v) AS s, sum(eca_nm) AS eca_nm FROM per_voyage GROUP BY corridor, year) p
ORDER BY p.corridor, p.year;

\echo
\echo '== What if: LA-Shanghai 2024 on LNG (Diesel slow-speed engines) at equal energy, or 10 % slower =='
\echo
SELECT scenario, round(tonnes((s).emissions, 'CO2')::numeric) AS co2_t, round((s).co2e_wtw_t::numeric) AS co2e_wtw_t,
       round((s).ghg_intensity_gco2e_per_mj::numeric, 2) AS wtw_gco2e_per_mj, round((s).hours_under_way::numeric) AS hours
FROM (SELECT 'as sailed' AS scenario, corridor_summary(v) AS s FROM sample_corridor_voyage WHERE corridor = 'LA-Shanghai' AND year = 2024
      UNION ALL
      SELECT 'HFO -> LNG', corridor_summary(voyage_with_fuel(v, 'HFO', 'LNG_DIESEL_SS')) FROM sample_corridor_voyage WHERE corridor = 'LA-Shanghai' AND year = 2024
      UNION ALL
      SELECT '10 % slower', corridor_summary(voyage_slow_steamed(v, 10)) FROM sample_corridor_voyage WHERE corridor = 'LA-Shanghai' AND year = 2024) x;

\echo
\echo 'Factors: imo set (MEPC.364(79)) for CO2 and SOx; fueleu set (Regulation (EU) 2023/1805 Annex II) for CO2e and well-to-wake intensity.'
\echo 'ECA share: distance inside the North American ECA along the route; CII: rating of each ship''s corridor voyages (AER, DWT).'
\echo 'Every factor and its source: SELECT * FROM portemis.emission_factors;'
