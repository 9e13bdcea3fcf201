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
