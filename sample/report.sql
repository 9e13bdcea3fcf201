-- The portemis demo report: per corridor, what the sample voyages burnt and emitted.
\pset footer off
\echo
\echo '== Los Angeles green shipping corridors, 2024 (sample voyages) =='
\echo
SELECT corridor,
       count(*)                                                     AS voyages,
       round(sum(distance_nm(v))::numeric)                          AS distance_nm,
       round(sum(fuel_t(v))::numeric, 1)                            AS fuel_t,
       round(sum(energy_mj(v, 'fueleu'))::numeric / 1e6, 1)         AS energy_tj,
       round(tonnes(sum(voyage_emissions(v)), 'CO2')::numeric, 1)   AS co2_t,
       round(tonnes(sum(voyage_emissions(v, route)), 'SOx')::numeric, 2) AS sox_t,
       round((sum(distance_nm(v) * (SELECT sum(route_share(route, z.geom)) FROM zone z
                                    WHERE z.kind = 'eca' AND departure(v) >= z.valid_from
                                      AND (z.valid_to IS NULL OR departure(v) < z.valid_to)))
              / sum(distance_nm(v)))::numeric, 3)                   AS eca_share,
       round(co2e_t(sum(voyage_emissions(v, 'fueleu')), 'AR4')::numeric, 1) AS co2e_ttw_t,
       round(ghg_intensity_agg(v)::numeric, 2)                      AS wtw_gco2e_per_mj,
       round((1e6 * tonnes(sum(voyage_emissions(v)), 'CO2') / sum(cargo_t(v) * distance_nm(v)))::numeric, 2) AS eeoi_g_per_tnm
FROM sample_corridor_voyage
GROUP BY corridor
ORDER BY corridor;

\echo
\echo '== Per voyage =='
\echo
SELECT corridor, ship, origin(v), destination(v), departure(v)::date AS departed,
       round(duration_h(v)::numeric / 24, 1) AS days,
       round(tonnes(voyage_emissions(v), 'CO2')::numeric, 1) AS co2_t,
       round(ghg_intensity(v)::numeric, 2) AS wtw_gco2e_per_mj
FROM sample_corridor_voyage
ORDER BY departure(v);

\echo
\echo 'Factors: imo set (MEPC.364(79)) for CO2 and SOx; fueleu set (Regulation (EU) 2023/1805 Annex II) for energy, CO2e and well-to-wake intensity.'
\echo 'SOx: fuel without a stated sulphur burns at the ECA limit inside the North American ECA and the global limit outside, apportioned by distance along the route.'
\echo 'Every factor and its source: SELECT * FROM emission_factors;'
