-- ---------------------------------------------------------------------------
-- Comments on the operators, the cast and the sequences (\do+, \dC+, \ds+),
-- kept together: each names what the operator means for the type.
-- ---------------------------------------------------------------------------

COMMENT ON OPERATOR @extschema@.= (@extschema@.locode, @extschema@.locode) IS 'Same UN/LOCODE';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.locode, @extschema@.locode) IS 'Different UN/LOCODEs';
COMMENT ON OPERATOR @extschema@.< (@extschema@.locode, @extschema@.locode) IS 'Before, in the alphabetical order of the codes';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.locode, @extschema@.locode) IS 'Before or equal, in the alphabetical order of the codes';
COMMENT ON OPERATOR @extschema@.> (@extschema@.locode, @extschema@.locode) IS 'After, in the alphabetical order of the codes';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.locode, @extschema@.locode) IS 'After or equal, in the alphabetical order of the codes';

COMMENT ON OPERATOR @extschema@.= (@extschema@.voyage, @extschema@.voyage) IS 'The same voyage: every field and fuel use equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.voyage, @extschema@.voyage) IS 'Not the same voyage';
COMMENT ON OPERATOR @extschema@.< (@extschema@.voyage, @extschema@.voyage) IS 'Before: by departure, then arrival, origin, destination and the other fields (a total order for indexes and sorting)';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.voyage, @extschema@.voyage) IS 'Before or the same (by departure first)';
COMMENT ON OPERATOR @extschema@.> (@extschema@.voyage, @extschema@.voyage) IS 'After (by departure first)';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.voyage, @extschema@.voyage) IS 'After or the same (by departure first)';

COMMENT ON OPERATOR @extschema@.+ (@extschema@.emissions, @extschema@.emissions) IS 'Sum of the masses (t), pollutant by pollutant; unknown where either is unknown';
COMMENT ON OPERATOR @extschema@.- (@extschema@.emissions, @extschema@.emissions) IS 'Difference of the masses (t), pollutant by pollutant (a negative mass is a reduction); unknown where either is unknown';
COMMENT ON OPERATOR @extschema@.* (@extschema@.emissions, double precision) IS 'Every mass times a factor';
COMMENT ON OPERATOR @extschema@.* (double precision, @extschema@.emissions) IS 'Every mass times a factor';
COMMENT ON OPERATOR @extschema@./ (@extschema@.emissions, double precision) IS 'Every mass divided by a factor';
COMMENT ON OPERATOR @extschema@.= (@extschema@.emissions, @extschema@.emissions) IS 'The same masses: equal where known, unknown in the same pollutants';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.emissions, @extschema@.emissions) IS 'Not the same masses';

COMMENT ON CAST (@extschema@.emissions AS jsonb) IS 'The masses as a JSON object of tonnes by pollutant, {"co2_t": 3.114, ..., "nox_t": null}: null where unknown';

COMMENT ON SEQUENCE portemis.port_id_seq IS 'Ids of portemis.port rows (the shipped ports below 1,000,000, yours from it)';
COMMENT ON SEQUENCE portemis.registry_change_id_seq IS 'Ids of portemis.registry_change: the Citus change log''s order';

-- Columns whose names do not say it all (\d+).
COMMENT ON COLUMN portemis.cii_reference_line.capacity_fixed IS 'The capacity used for every ship of this row instead of its own size, if any (bulk carriers from 279,000 DWT: 279,000; MEPC.353(78))';
COMMENT ON COLUMN portemis.cii_reference_line.a IS 'Reference line CII_ref = a x capacity^(-c), g CO2 per capacity-nm (MEPC.353(78))';
COMMENT ON COLUMN portemis.cii_reference_line.c IS 'Exponent of the reference line CII_ref = a x capacity^(-c) (MEPC.353(78))';
COMMENT ON COLUMN portemis.cii_reference_line.d1 IS 'Rating boundary exp(d1): attained / required below it is A (MEPC.354(78))';
COMMENT ON COLUMN portemis.cii_reference_line.d2 IS 'Rating boundary exp(d2): below it B (MEPC.354(78))';
COMMENT ON COLUMN portemis.cii_reference_line.d3 IS 'Rating boundary exp(d3): below it C (MEPC.354(78))';
COMMENT ON COLUMN portemis.cii_reference_line.d4 IS 'Rating boundary exp(d4): below it D, from it E (MEPC.354(78))';
COMMENT ON COLUMN portemis.cii_reference_line.size_unit IS 'What size_min and size_max (and the capacity) count: dwt or gt';
COMMENT ON COLUMN portemis.cii_reduction.z_pct IS 'Reduction factor Z, % below the 2019 reference line: required CII = (1 - Z/100) x CII_ref (MEPC.338(76))';
COMMENT ON COLUMN portemis.llaf_coefficient.a IS 'Low-load adjustment LLAF(load) = (a x load^-x + b) / (a x 0.2^-x + b) (EPA-420-B-22-011 Table 3.10; SOx: its own form)';
COMMENT ON COLUMN portemis.llaf_coefficient.x IS 'Exponent of the low-load adjustment (unused for SOx)';
COMMENT ON COLUMN portemis.llaf_coefficient.b IS 'Constant of the low-load adjustment';
COMMENT ON COLUMN portemis.energy_fuel.cf_co2 IS 'CO2 per fuel burnt, t/t (the activity method''s fuel x carbon factor)';
COMMENT ON COLUMN portemis.energy_fuel.sulphur_pct IS 'Sulphur the activity method burns the fuel at, % m/m (SO2 = BSFC x 2 x 0.97753 x S/100)';
COMMENT ON COLUMN portemis.energy_fuel.so2_g_per_g_fuel IS 'A fixed SO2 per g of fuel instead (gas engines: their pilot oil), g/g';
COMMENT ON COLUMN portemis.energy_fuel.pm_nom_g_per_kwh IS 'Nominal PM10, g/kWh: PM10 = pm_nom + S x BSFC x pm_fsc x pm_mwr x 1e-4';
COMMENT ON COLUMN portemis.energy_fuel.pm_mwr IS 'Molecular weight ratio of sulphate PM to sulphur (7) in the PM10 formula';
COMMENT ON COLUMN portemis.energy_fuel.pm_fsc IS 'Fraction of sulphur converted to sulphate PM (2.247, %) in the PM10 formula';
COMMENT ON COLUMN portemis.transit_speed_ratio.ratio IS 'Transit speed as a fraction of maximum speed, when the voyage gives none (mode_emissions)';
COMMENT ON COLUMN portemis.zone.kind IS 'eca, port_area, berth, anchorage, inventory or custom';
COMMENT ON COLUMN portemis.zone.nox_tier3_from IS 'An ECA''s NOx Tier III start: ships whose keel is laid from this date (MARPOL Annex VI reg. 13.5.1: 2016-01-01 North America and US Caribbean, 2021-01-01 Baltic and North Sea); NULL: no Tier III (Mediterranean)';
COMMENT ON COLUMN portemis.zone.sulphur_pct IS 'An ECA''s fuel sulphur limit in the period, % m/m';

COMMENT ON COLUMN portemis.corridor_summary.voyages IS 'Voyages counted';
COMMENT ON COLUMN portemis.corridor_summary.distance_nm IS 'Sum of the voyages'' distances, nm; NULL if a voyage has none';
COMMENT ON COLUMN portemis.corridor_summary.hours_under_way IS 'Sum of departure-to-arrival hours';
COMMENT ON COLUMN portemis.corridor_summary.fuel_t IS 'Fuel burnt, t; NULL if a voyage reports no fuel';
COMMENT ON COLUMN portemis.corridor_summary.energy_mj IS 'Energy of the fuels, MJ (fueleu LCVs, or the set given)';
COMMENT ON COLUMN portemis.corridor_summary.emissions IS 'Masses, t, with the session''s factor set (or the set given)';
COMMENT ON COLUMN portemis.corridor_summary.co2e_ttw_t IS 'Tank-to-wake CO2e, t (GWP100: CH4 25, N2O 298; slip included)';
COMMENT ON COLUMN portemis.corridor_summary.co2e_wtw_t IS 'Well-to-wake CO2e, t (well-to-tank + tank-to-wake)';
COMMENT ON COLUMN portemis.corridor_summary.transport_work_tnm IS 'Cargo t x distance nm of the voyages with both known';
COMMENT ON COLUMN portemis.corridor_summary.eeoi_g_per_tnm IS 'EEOI: g CO2 per t nm over the voyages with cargo and distance (MEPC.1/Circ.684)';
COMMENT ON COLUMN portemis.corridor_summary.ghg_intensity_gco2e_per_mj IS 'Well-to-wake GHG intensity, g CO2e/MJ, energy-weighted (FuelEU Annex I)';
COMMENT ON COLUMN portemis.corridor_summary.zero_low_carbon_share IS 'Share of the energy from fuels marked zero_or_low_carbon (0..1)';

COMMENT ON COLUMN portemis.ais_interval.hours IS 'Hours of the interval (or piece)';
COMMENT ON COLUMN portemis.ais_interval.distance_nm IS 'Geodesic distance, nm (WGS 84, the short way across the antimeridian)';
COMMENT ON COLUMN portemis.ais_interval.speed_kn IS 'Speed, kn: the mean of the two reports'' SOG, else distance / hours';
COMMENT ON COLUMN portemis.ais_interval.speed_source IS 'sog (the reports''), derived (distance / hours) or none (zero hours)';
COMMENT ON COLUMN portemis.ais_interval.nav_status IS 'AIS navigational status of the first report (0 under way, 1 at anchor, 5 moored; NULL: not available)';
COMMENT ON COLUMN portemis.ais_interval.draught_m IS 'Reported draught of the first report, m; NULL if not available';
COMMENT ON COLUMN portemis.ais_interval.gap IS 'Longer than max_gap: hours reported, no activity';
COMMENT ON COLUMN portemis.ais_interval.pings_duplicate IS 'Reports dropped inside it for a time already kept';
COMMENT ON COLUMN portemis.ais_interval.pings_rejected IS 'Reports dropped inside it as impossible jumps';
COMMENT ON COLUMN portemis.ais_interval.pings_unusable IS 'Reports dropped inside it for want of a usable position or time';
COMMENT ON COLUMN portemis.ais_interval.zones IS 'Names of the zones containing the piece (ais_activity); NULL: not split, or a gap';
COMMENT ON COLUMN portemis.ais_interval.in_eca IS 'Inside an ECA in force (ais_activity); NULL: not split, or a gap';
