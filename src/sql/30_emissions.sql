-- ---------------------------------------------------------------------------
-- emissions: masses in tonnes of ten pollutants, fixed 80 bytes
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.emissions;

CREATE FUNCTION @extschema@.emissions_in(cstring) RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_out(@extschema@.emissions) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_recv(internal) RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_send(@extschema@.emissions) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.emissions (
    INPUT = @extschema@.emissions_in,
    OUTPUT = @extschema@.emissions_out,
    RECEIVE = @extschema@.emissions_recv,
    SEND = @extschema@.emissions_send,
    INTERNALLENGTH = 80,
    ALIGNMENT = double,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.emissions IS
    'Masses in tonnes (t) of CO2, CH4, N2O, NOx, SOx (as SO2), PM10, PM2.5, CO, HC and BC; a pollutant not computed is unknown (not listed, NULL from tonnes), never 0; literal ''CO2=3114 t, CH4=0.05 t''';

CREATE FUNCTION @extschema@.emissions(
    co2_t double precision DEFAULT NULL, ch4_t double precision DEFAULT NULL,
    n2o_t double precision DEFAULT NULL, nox_t double precision DEFAULT NULL,
    sox_t double precision DEFAULT NULL, pm10_t double precision DEFAULT NULL,
    pm2_5_t double precision DEFAULT NULL, co_t double precision DEFAULT NULL,
    hc_t double precision DEFAULT NULL, bc_t double precision DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME', 'emissions_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.emissions(double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision, double precision) IS
    'Build emissions from masses in tonnes (t), by name: emissions(co2_t => 3114, sox_t => 9.7); a mass not given (or NULL) is unknown, not 0';

CREATE FUNCTION @extschema@.emissions_add(@extschema@.emissions, @extschema@.emissions) RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_sub(@extschema@.emissions, @extschema@.emissions) RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_mul(@extschema@.emissions, double precision) RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_mul_commuted(double precision, @extschema@.emissions) RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_div(@extschema@.emissions, double precision) RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_eq(@extschema@.emissions, @extschema@.emissions) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.emissions_ne(@extschema@.emissions, @extschema@.emissions) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.+ (
    LEFTARG = @extschema@.emissions, RIGHTARG = @extschema@.emissions,
    FUNCTION = @extschema@.emissions_add, COMMUTATOR = OPERATOR(@extschema@.+));
CREATE OPERATOR @extschema@.- (
    LEFTARG = @extschema@.emissions, RIGHTARG = @extschema@.emissions,
    FUNCTION = @extschema@.emissions_sub);
CREATE OPERATOR @extschema@.* (
    LEFTARG = @extschema@.emissions, RIGHTARG = double precision,
    FUNCTION = @extschema@.emissions_mul, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@.* (
    LEFTARG = double precision, RIGHTARG = @extschema@.emissions,
    FUNCTION = @extschema@.emissions_mul_commuted, COMMUTATOR = OPERATOR(@extschema@.*));
CREATE OPERATOR @extschema@./ (
    LEFTARG = @extschema@.emissions, RIGHTARG = double precision,
    FUNCTION = @extschema@.emissions_div);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.emissions, RIGHTARG = @extschema@.emissions, FUNCTION = @extschema@.emissions_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.emissions, RIGHTARG = @extschema@.emissions, FUNCTION = @extschema@.emissions_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);

-- Hashing, consistent with = (unknown masses alike, -0 as 0): DISTINCT, GROUP BY and UNION on emissions.
-- No btree: emissions have no order.  (= is not marked HASHES, as 0.7.0 created it and PostgreSQL 15 cannot
-- alter that: hash joins on emissions are not offered.)
CREATE FUNCTION @extschema@.emissions_hash(@extschema@.emissions) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_hash_extended(@extschema@.emissions, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR CLASS @extschema@.emissions_hash_ops
    DEFAULT FOR TYPE @extschema@.emissions USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.emissions_hash(@extschema@.emissions),
        FUNCTION 2 @extschema@.emissions_hash_extended(@extschema@.emissions, bigint);

CREATE FUNCTION @extschema@.tonnes(e @extschema@.emissions, pollutant text) RETURNS double precision
    AS 'MODULE_PATHNAME', 'emissions_tonnes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tonnes(@extschema@.emissions, text) IS
    'Mass in tonnes (t) of one pollutant: CO2, CH4, N2O, NOx, SOx (or SO2), PM10, PM2.5, CO, HC, BC (any case); NULL when it was not computed';

-- One column per pollutant, for reports and CSV: SELECT t.* FROM my_rows, LATERAL tonnes(e) t
CREATE TYPE portemis.emissions_tonnes AS (
    co2_t double precision, ch4_t double precision, n2o_t double precision, nox_t double precision,
    sox_t double precision, pm10_t double precision, pm2_5_t double precision, co_t double precision,
    hc_t double precision, bc_t double precision);
COMMENT ON TYPE portemis.emissions_tonnes IS
    'An emissions value as one column per pollutant, in tonnes (t); NULL where the mass is unknown';
CREATE FUNCTION @extschema@.tonnes(e @extschema@.emissions) RETURNS portemis.emissions_tonnes
    AS 'MODULE_PATHNAME', 'emissions_tonnes_row' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tonnes(@extschema@.emissions) IS
    'Every pollutant as a column in tonnes (t), NULL where unknown: SELECT t.* FROM rows, LATERAL tonnes(e) t';

CREATE FUNCTION @extschema@.co2e_t(e @extschema@.emissions, gwp text DEFAULT 'AR5') RETURNS double precision
    AS 'MODULE_PATHNAME', 'emissions_co2e_t' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.co2e_t(@extschema@.emissions, text) IS
    'CO2-equivalent in tonnes (t) over GWP100: CO2 + GWP(CH4)*CH4 + GWP(N2O)*N2O; sets AR4 (25, 298; FuelEU) and AR5 (28, 265); NULL if one of the three is unknown';

CREATE FUNCTION @extschema@.jsonb(e @extschema@.emissions) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'emissions_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.jsonb(@extschema@.emissions) IS
    'Emissions as a JSON object of masses in tonnes: {"co2_t": ..., "ch4_t": ..., ..., "bc_t": ...}; null for an unknown mass';
CREATE CAST (@extschema@.emissions AS jsonb) WITH FUNCTION @extschema@.jsonb(@extschema@.emissions);

CREATE FUNCTION portemis.emissions_sum_accum(@extschema@.emissions, @extschema@.emissions) RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.sum(e @extschema@.emissions) (
    SFUNC = portemis.emissions_sum_accum,
    STYPE = @extschema@.emissions,
    COMBINEFUNC = portemis.emissions_sum_accum,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.sum(@extschema@.emissions) IS
    'Sum of emissions per pollutant, in tonnes (t); a pollutant unknown in any row is unknown in the sum; NULL over no rows, like sum()';

-- Descriptions of the support functions, for \df+ and \dx+.
COMMENT ON FUNCTION @extschema@.emissions_in(cstring) IS 'Text input of type emissions';
COMMENT ON FUNCTION @extschema@.emissions_out(@extschema@.emissions) IS 'Text output of type emissions';
COMMENT ON FUNCTION @extschema@.emissions_recv(internal) IS 'Binary input (validated like text input) of type emissions';
COMMENT ON FUNCTION @extschema@.emissions_send(@extschema@.emissions) IS 'Binary output of type emissions';
COMMENT ON FUNCTION @extschema@.emissions_add(@extschema@.emissions, @extschema@.emissions) IS 'Implementation of emissions + emissions';
COMMENT ON FUNCTION @extschema@.emissions_sub(@extschema@.emissions, @extschema@.emissions) IS 'Implementation of emissions - emissions';
COMMENT ON FUNCTION @extschema@.emissions_mul(@extschema@.emissions, double precision) IS 'Implementation of emissions * double precision';
COMMENT ON FUNCTION @extschema@.emissions_mul_commuted(double precision, @extschema@.emissions) IS 'Implementation of double precision * emissions';
COMMENT ON FUNCTION @extschema@.emissions_div(@extschema@.emissions, double precision) IS 'Implementation of emissions / double precision';
COMMENT ON FUNCTION @extschema@.emissions_eq(@extschema@.emissions, @extschema@.emissions) IS 'Implementation of the = operator on emissions';
COMMENT ON FUNCTION @extschema@.emissions_hash(@extschema@.emissions) IS 'Hash support of emissions';
COMMENT ON FUNCTION @extschema@.emissions_hash_extended(@extschema@.emissions, bigint) IS 'Extended hash support of emissions';
COMMENT ON FUNCTION @extschema@.emissions_ne(@extschema@.emissions, @extschema@.emissions) IS 'Implementation of the <> operator on emissions';
COMMENT ON FUNCTION portemis.emissions_sum_accum(@extschema@.emissions, @extschema@.emissions) IS 'Transition and combine function of sum(emissions)';
