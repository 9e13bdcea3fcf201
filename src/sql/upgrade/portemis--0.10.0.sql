-- portemis install script, assembled by the Makefile from src/sql/*.sql and
-- src/sql/data/*.sql in the order of their NN_ prefixes.
--
-- Two schemas:
--   @extschema@  the user-facing types, operators, functions and aggregates
--                (public unless CREATE EXTENSION ... SCHEMA says otherwise);
--   portemis     the registry tables and views, and the internal support
--                functions (aggregate transition/combine/final functions, WKB
--                helpers, triggers): names an analyst's own tables are likely to
--                have (port, zone, corridor, vessel) never land in their schema.
-- Every reference is schema-qualified, so nothing depends on the caller's
-- search_path.

\echo Use "CREATE EXTENSION portemis CASCADE" to load this file. \quit

-- CREATE EXTENSION portemis SCHEMA portemis puts everything in one schema, the
-- user's own: its comment and privileges stay the user's to set.
DO $$
BEGIN
    IF '@extschema@' <> 'portemis' THEN
        CREATE SCHEMA portemis;
        COMMENT ON SCHEMA portemis IS
            'portemis registry (emission factors, activity tables, zones, ports, corridors, CII lines) and internal support functions';
        -- the registry is public reference data: every role may read it (README, Security)
        GRANT USAGE ON SCHEMA portemis TO PUBLIC;
    END IF;
END $$;
-- ---------------------------------------------------------------------------
-- locode: a UN/LOCODE port code packed into 4 bytes
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.locode;

CREATE FUNCTION @extschema@.locode_in(cstring) RETURNS @extschema@.locode
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.locode_out(@extschema@.locode) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.locode_recv(internal) RETURNS @extschema@.locode
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.locode_send(@extschema@.locode) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.locode (
    INPUT = @extschema@.locode_in,
    OUTPUT = @extschema@.locode_out,
    RECEIVE = @extschema@.locode_recv,
    SEND = @extschema@.locode_send,
    INTERNALLENGTH = 4,
    PASSEDBYVALUE,
    ALIGNMENT = int4,
    STORAGE = plain
);
COMMENT ON TYPE @extschema@.locode IS
    'UN/LOCODE port code: 2-letter country + 3 characters of A-Z or 2-9; input ''USLAX'', ''uslax'' or ''US LAX'', output ''USLAX''; 4 bytes';

CREATE FUNCTION @extschema@.country_code(code @extschema@.locode) RETURNS text
    AS 'MODULE_PATHNAME', 'locode_country' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.country_code(@extschema@.locode) IS
    'ISO 3166-1 alpha-2 country part of a UN/LOCODE (''US'' for USLAX)';

CREATE FUNCTION @extschema@.locode_lt(@extschema@.locode, @extschema@.locode) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.locode_le(@extschema@.locode, @extschema@.locode) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.locode_eq(@extschema@.locode, @extschema@.locode) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.locode_ne(@extschema@.locode, @extschema@.locode) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.locode_ge(@extschema@.locode, @extschema@.locode) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.locode_gt(@extschema@.locode, @extschema@.locode) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.locode_cmp(@extschema@.locode, @extschema@.locode) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.locode_hash(@extschema@.locode) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.locode_hash_extended(@extschema@.locode, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.locode, RIGHTARG = @extschema@.locode, FUNCTION = @extschema@.locode_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.locode, RIGHTARG = @extschema@.locode, FUNCTION = @extschema@.locode_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.locode, RIGHTARG = @extschema@.locode, FUNCTION = @extschema@.locode_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.locode, RIGHTARG = @extschema@.locode, FUNCTION = @extschema@.locode_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.locode, RIGHTARG = @extschema@.locode, FUNCTION = @extschema@.locode_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.locode, RIGHTARG = @extschema@.locode, FUNCTION = @extschema@.locode_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);

CREATE OPERATOR CLASS @extschema@.locode_ops
    DEFAULT FOR TYPE @extschema@.locode USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.locode_cmp(@extschema@.locode, @extschema@.locode);

CREATE OPERATOR CLASS @extschema@.locode_hash_ops
    DEFAULT FOR TYPE @extschema@.locode USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.locode_hash(@extschema@.locode),
        FUNCTION 2 @extschema@.locode_hash_extended(@extschema@.locode, bigint);

-- Descriptions of the support functions, for \df+ and \dx+.
COMMENT ON FUNCTION @extschema@.locode_in(cstring) IS 'Text input of type locode';
COMMENT ON FUNCTION @extschema@.locode_out(@extschema@.locode) IS 'Text output of type locode';
COMMENT ON FUNCTION @extschema@.locode_recv(internal) IS 'Binary input (validated like text input) of type locode';
COMMENT ON FUNCTION @extschema@.locode_send(@extschema@.locode) IS 'Binary output of type locode';
COMMENT ON FUNCTION @extschema@.locode_lt(@extschema@.locode, @extschema@.locode) IS 'Implementation of the < operator on locode';
COMMENT ON FUNCTION @extschema@.locode_le(@extschema@.locode, @extschema@.locode) IS 'Implementation of the <= operator on locode';
COMMENT ON FUNCTION @extschema@.locode_eq(@extschema@.locode, @extschema@.locode) IS 'Implementation of the = operator on locode';
COMMENT ON FUNCTION @extschema@.locode_ne(@extschema@.locode, @extschema@.locode) IS 'Implementation of the <> operator on locode';
COMMENT ON FUNCTION @extschema@.locode_ge(@extschema@.locode, @extschema@.locode) IS 'Implementation of the >= operator on locode';
COMMENT ON FUNCTION @extschema@.locode_gt(@extschema@.locode, @extschema@.locode) IS 'Implementation of the > operator on locode';
COMMENT ON FUNCTION @extschema@.locode_cmp(@extschema@.locode, @extschema@.locode) IS 'Btree comparison support of locode';
COMMENT ON FUNCTION @extschema@.locode_hash(@extschema@.locode) IS 'Hash support of locode';
COMMENT ON FUNCTION @extschema@.locode_hash_extended(@extschema@.locode, bigint) IS 'Extended hash support of locode';
-- ---------------------------------------------------------------------------
-- voyage: one leg from an origin port to a destination port
-- ---------------------------------------------------------------------------

CREATE TYPE @extschema@.voyage;

CREATE FUNCTION @extschema@.voyage_in(cstring) RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_out(@extschema@.voyage) RETURNS cstring
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_recv(internal) RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_send(@extschema@.voyage) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.voyage (
    INPUT = @extschema@.voyage_in,
    OUTPUT = @extschema@.voyage_out,
    RECEIVE = @extschema@.voyage_recv,
    SEND = @extschema@.voyage_send,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = main
);
COMMENT ON TYPE @extschema@.voyage IS
    'One voyage leg: IMO number, origin and destination UN/LOCODE, departure and arrival (UTC), distance (nm), cargo (t), up to 16 fuel uses (fuel code, t, sulphur % m/m)';

CREATE FUNCTION @extschema@.voyage(
    imo integer,
    origin @extschema@.locode,
    destination @extschema@.locode,
    departure timestamptz,
    arrival timestamptz,
    distance_nm double precision DEFAULT NULL,
    cargo_t double precision DEFAULT NULL,
    fuels jsonb DEFAULT NULL)
RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME', 'voyage_make' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.voyage(integer, @extschema@.locode, @extschema@.locode, timestamptz, timestamptz, double precision, double precision, jsonb) IS
    'Build a voyage from columns; imo, distance_nm (nm), cargo_t (t) and fuels may be NULL; fuels maps fuel code to tonnes, {"HFO": 410.2}, or to {"t": 410.2, "sulphur_pct": 0.48}';

CREATE FUNCTION @extschema@.imo(v @extschema@.voyage) RETURNS integer
    AS 'MODULE_PATHNAME', 'voyage_imo' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.imo(@extschema@.voyage) IS 'IMO ship number of the voyage, NULL if not given';

CREATE FUNCTION @extschema@.origin(v @extschema@.voyage) RETURNS @extschema@.locode
    AS 'MODULE_PATHNAME', 'voyage_origin' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.origin(@extschema@.voyage) IS 'Port of departure (UN/LOCODE)';

CREATE FUNCTION @extschema@.destination(v @extschema@.voyage) RETURNS @extschema@.locode
    AS 'MODULE_PATHNAME', 'voyage_destination' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.destination(@extschema@.voyage) IS 'Port of arrival (UN/LOCODE)';

CREATE FUNCTION @extschema@.departure(v @extschema@.voyage) RETURNS timestamptz
    AS 'MODULE_PATHNAME', 'voyage_departure' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.departure(@extschema@.voyage) IS 'Departure time';

CREATE FUNCTION @extschema@.arrival(v @extschema@.voyage) RETURNS timestamptz
    AS 'MODULE_PATHNAME', 'voyage_arrival' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.arrival(@extschema@.voyage) IS 'Arrival time';

CREATE FUNCTION @extschema@.duration_h(v @extschema@.voyage) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_duration_h' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.duration_h(@extschema@.voyage) IS 'Arrival minus departure, in hours (h)';

CREATE FUNCTION @extschema@.distance_nm(v @extschema@.voyage) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_distance_nm' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.distance_nm(@extschema@.voyage) IS 'Distance sailed in nautical miles (nm), NULL if not given';

CREATE FUNCTION @extschema@.cargo_t(v @extschema@.voyage) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_cargo_t' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cargo_t(@extschema@.voyage) IS 'Cargo carried in tonnes (t), NULL if not given; 0 is a ballast leg';

CREATE FUNCTION @extschema@.fuel_t(v @extschema@.voyage) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_fuel_t' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fuel_t(@extschema@.voyage) IS 'Total fuel consumed over all fuel uses, in tonnes (t); NULL for a voyage that reports no fuel uses (unknown, not 0)';

CREATE FUNCTION @extschema@.fuel_t(v @extschema@.voyage, fuel text) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_fuel_t_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fuel_t(@extschema@.voyage, text) IS 'Tonnes (t) of one fuel code (any case) as the voyage writes it, aliases not resolved (IMMUTABLE: portemis.fuel_alias is not read); 0 if the voyage reports fuels and not this one, NULL if it reports none (unknown)';

CREATE FUNCTION @extschema@.fuel_uses(v @extschema@.voyage,
    OUT fuel text, OUT tonnes double precision, OUT sulphur_pct double precision)
RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'voyage_fuel_uses' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;
COMMENT ON FUNCTION @extschema@.fuel_uses(@extschema@.voyage) IS
    'One row per fuel use: fuel code, tonnes (t), sulphur_pct (% m/m, NULL if not stated)';

-- Ordering (departure, arrival, origin, destination, then the rest), equality, hashing.
CREATE FUNCTION @extschema@.voyage_lt(@extschema@.voyage, @extschema@.voyage) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_le(@extschema@.voyage, @extschema@.voyage) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_eq(@extschema@.voyage, @extschema@.voyage) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_ne(@extschema@.voyage, @extschema@.voyage) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_ge(@extschema@.voyage, @extschema@.voyage) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_gt(@extschema@.voyage, @extschema@.voyage) RETURNS boolean
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_cmp(@extschema@.voyage, @extschema@.voyage) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_hash(@extschema@.voyage) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.voyage_hash_extended(@extschema@.voyage, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.voyage, RIGHTARG = @extschema@.voyage, FUNCTION = @extschema@.voyage_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.voyage, RIGHTARG = @extschema@.voyage, FUNCTION = @extschema@.voyage_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.voyage, RIGHTARG = @extschema@.voyage, FUNCTION = @extschema@.voyage_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.voyage, RIGHTARG = @extschema@.voyage, FUNCTION = @extschema@.voyage_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.voyage, RIGHTARG = @extschema@.voyage, FUNCTION = @extschema@.voyage_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.voyage, RIGHTARG = @extschema@.voyage, FUNCTION = @extschema@.voyage_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel);

CREATE OPERATOR CLASS @extschema@.voyage_ops
    DEFAULT FOR TYPE @extschema@.voyage USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.voyage_cmp(@extschema@.voyage, @extschema@.voyage);

CREATE OPERATOR CLASS @extschema@.voyage_hash_ops
    DEFAULT FOR TYPE @extschema@.voyage USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.voyage_hash(@extschema@.voyage),
        FUNCTION 2 @extschema@.voyage_hash_extended(@extschema@.voyage, bigint);

-- Descriptions of the support functions, for \df+ and \dx+.
COMMENT ON FUNCTION @extschema@.voyage_in(cstring) IS 'Text input of type voyage';
COMMENT ON FUNCTION @extschema@.voyage_out(@extschema@.voyage) IS 'Text output of type voyage';
COMMENT ON FUNCTION @extschema@.voyage_recv(internal) IS 'Binary input (validated like text input) of type voyage';
COMMENT ON FUNCTION @extschema@.voyage_send(@extschema@.voyage) IS 'Binary output of type voyage';
COMMENT ON FUNCTION @extschema@.voyage_lt(@extschema@.voyage, @extschema@.voyage) IS 'Implementation of the < operator on voyage';
COMMENT ON FUNCTION @extschema@.voyage_le(@extschema@.voyage, @extschema@.voyage) IS 'Implementation of the <= operator on voyage';
COMMENT ON FUNCTION @extschema@.voyage_eq(@extschema@.voyage, @extschema@.voyage) IS 'Implementation of the = operator on voyage';
COMMENT ON FUNCTION @extschema@.voyage_ne(@extschema@.voyage, @extschema@.voyage) IS 'Implementation of the <> operator on voyage';
COMMENT ON FUNCTION @extschema@.voyage_ge(@extschema@.voyage, @extschema@.voyage) IS 'Implementation of the >= operator on voyage';
COMMENT ON FUNCTION @extschema@.voyage_gt(@extschema@.voyage, @extschema@.voyage) IS 'Implementation of the > operator on voyage';
COMMENT ON FUNCTION @extschema@.voyage_cmp(@extschema@.voyage, @extschema@.voyage) IS 'Btree comparison support of voyage';
COMMENT ON FUNCTION @extschema@.voyage_hash(@extschema@.voyage) IS 'Hash support of voyage';
COMMENT ON FUNCTION @extschema@.voyage_hash_extended(@extschema@.voyage, bigint) IS 'Extended hash support of voyage';
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
-- ---------------------------------------------------------------------------
-- The emission-factor registry: extension tables seeded with the shipped
-- factor sets ('imo', 'fueleu'), each row naming its source.  Users add rows
-- and whole sets; their rows are dumped by pg_dump, the shipped rows are
-- protected and come back with the extension.
-- ---------------------------------------------------------------------------

CREATE TABLE portemis.factor_set (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_]{0,62}$'),
    description text NOT NULL,
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE portemis.factor_set IS
    'Named sets of emission factors; ''imo'' and ''fueleu'' ship with portemis, users add their own';

CREATE TABLE portemis.fuel_factor (
    factor_set        text NOT NULL REFERENCES portemis.factor_set (name) ON UPDATE CASCADE,
    fuel              text NOT NULL CHECK (fuel ~ '^[A-Z0-9_]{1,32}$'),
    lcv_mj_per_g      double precision NOT NULL CHECK (lcv_mj_per_g > 0 AND lcv_mj_per_g < 1),
    cf_co2            double precision NOT NULL CHECK (cf_co2 >= 0 AND cf_co2 < 10),
    cf_ch4            double precision NOT NULL DEFAULT 0 CHECK (cf_ch4 >= 0 AND cf_ch4 < 1),
    cf_n2o            double precision NOT NULL DEFAULT 0 CHECK (cf_n2o >= 0 AND cf_n2o < 1),
    slip_pct          double precision NOT NULL DEFAULT 0 CHECK (slip_pct >= 0 AND slip_pct <= 100),
    wtt_gco2e_per_mj  double precision CHECK (wtt_gco2e_per_mj > -1000 AND wtt_gco2e_per_mj < 1000),
    sulphur_pct       double precision CHECK (sulphur_pct >= 0 AND sulphur_pct <= 100),
    zero_or_low_carbon boolean NOT NULL DEFAULT false,
    source            text NOT NULL CHECK (source <> ''),
    unconfirmed       text,
    shipped           boolean NOT NULL DEFAULT false,
    PRIMARY KEY (factor_set, fuel)
);
-- (the fuel_name_unique trigger looks a fuel code up across sets)
CREATE INDEX fuel_factor_fuel ON portemis.fuel_factor (fuel);
COMMENT ON TABLE portemis.fuel_factor IS
    'Per factor set and fuel: LCV (MJ/g), carbon factors Cf (t/t fuel), methane slip (% of fuel), well-to-tank (gCO2e/MJ), default sulphur (% m/m, NULL = MARPOL global limit on the date), source';
COMMENT ON COLUMN portemis.fuel_factor.lcv_mj_per_g IS 'Lower calorific value, MJ/g (= GJ/t)';
COMMENT ON COLUMN portemis.fuel_factor.cf_co2 IS 'CO2 emitted per fuel burnt, t/t';
COMMENT ON COLUMN portemis.fuel_factor.cf_ch4 IS 'CH4 emitted per fuel burnt, t/t (slip excluded)';
COMMENT ON COLUMN portemis.fuel_factor.cf_n2o IS 'N2O emitted per fuel burnt, t/t';
COMMENT ON COLUMN portemis.fuel_factor.slip_pct IS 'Unburnt methane slip, % of fuel mass (FuelEU Cslip)';
COMMENT ON COLUMN portemis.fuel_factor.wtt_gco2e_per_mj IS 'Well-to-tank emissions, gCO2e/MJ; NULL if the set gives none';
COMMENT ON COLUMN portemis.fuel_factor.sulphur_pct IS 'Default sulphur, % m/m; NULL means the MARPOL Annex VI global limit on the voyage date';
COMMENT ON COLUMN portemis.fuel_factor.zero_or_low_carbon IS 'Counts towards the zero/low-carbon energy share of corridor_summary (certified bio- and e-fuels); no shipped (fossil) fuel does';
COMMENT ON COLUMN portemis.fuel_factor.unconfirmed IS 'Why a value is not confirmed against the primary text; NULL if confirmed';

CREATE TABLE portemis.fuel_pollutant_factor (
    factor_set  text NOT NULL,
    fuel        text NOT NULL,
    pollutant   text NOT NULL CHECK (pollutant IN ('NOx', 'PM10', 'PM2.5', 'CO', 'HC', 'BC')),
    t_per_t     double precision NOT NULL CHECK (t_per_t >= 0 AND t_per_t < 1),
    source      text NOT NULL CHECK (source <> ''),
    unconfirmed text,
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (factor_set, fuel, pollutant),
    FOREIGN KEY (factor_set, fuel) REFERENCES portemis.fuel_factor (factor_set, fuel) ON UPDATE CASCADE
);
COMMENT ON TABLE portemis.fuel_pollutant_factor IS
    'Fuel-based factors (t per t fuel) for NOx, PM10, PM2.5, CO, HC and BC where a source gives them; none ship (the cited sources give these per kWh)';

CREATE TABLE portemis.fuel_alias (
    alias   text PRIMARY KEY CHECK (alias ~ '^[A-Z0-9_]{1,32}$'),
    fuel    text NOT NULL CHECK (fuel ~ '^[A-Z0-9_]{1,32}$'),
    note    text NOT NULL,
    shipped boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE portemis.fuel_alias IS
    'Other fuel codes accepted for a registry fuel in every set, e.g. LNG for LNG_OTTO_MS';

-- ---------------------------------------------------------------------------
-- Shipped rows; each names its source.
-- ---------------------------------------------------------------------------

INSERT INTO portemis.factor_set VALUES
 ('imo', 'IMO carbon factors and LCVs of MEPC.364(79) (CII, EEOI, EEDI, DCS, EU MRV CO2); CH4 and N2O fuel-based factors as FuelEU Annex II; no methane slip', true),
 ('fueleu', 'FuelEU Maritime, Regulation (EU) 2023/1805, Annex II default factors: LCV, well-to-tank, Cf CO2/CH4/N2O, methane slip by LNG engine', true);

-- IMO: Cf (t CO2/t fuel) and LCV (kJ/kg, here MJ/g) of MEPC.364(79), same table as MEPC.308(73);
-- Cf confirmed by MEPC.1/Circ.684.  CH4/N2O per t fuel: FuelEU Annex II values.
INSERT INTO portemis.fuel_factor
    (factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, slip_pct, wtt_gco2e_per_mj, sulphur_pct, source, unconfirmed, shipped)
VALUES
 ('imo', 'HFO',          0.0402, 3.114, 0.00005, 0.00018, 0, NULL, NULL, 'MEPC.364(79) Cf/LCV table (HFO, ISO 8217 RME-RMK); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LFO',          0.0412, 3.151, 0.00005, 0.00018, 0, NULL, NULL, 'MEPC.364(79) Cf/LCV table (LFO, ISO 8217 RMA-RMD); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'MDO',          0.0427, 3.206, 0.00005, 0.00018, 0, NULL, NULL, 'MEPC.364(79) Cf/LCV table (diesel/gas oil, ISO 8217 DMX-DMB); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'MGO',          0.0427, 3.206, 0.00005, 0.00018, 0, NULL, NULL, 'MEPC.364(79) Cf/LCV table (diesel/gas oil, ISO 8217 DMX-DMB); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LPG_PROPANE',  0.0463, 3.000, 0.00005, 0.00018, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LPG propane); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LPG_BUTANE',   0.0457, 3.030, 0.00005, 0.00018, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LPG butane); CH4/N2O: FuelEU Annex II', NULL, true),
 ('imo', 'ETHANE',       0.0464, 2.927, 0,       0,       0, NULL, 0,    'MEPC.364(79) Cf/LCV table (ethane)', 'no CH4/N2O factor in the cited sources; 0 used', true),
 ('imo', 'LNG_OTTO_MS',  0.0480, 2.750, 0,       0.00011, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LNG); N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LNG_OTTO_SS',  0.0480, 2.750, 0,       0.00011, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LNG); N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LNG_DIESEL_SS',0.0480, 2.750, 0,       0.00011, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LNG); N2O: FuelEU Annex II', NULL, true),
 ('imo', 'LNG_LBSI',     0.0480, 2.750, 0,       0.00011, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (LNG); N2O: FuelEU Annex II', NULL, true),
 ('imo', 'METHANOL',     0.0199, 1.375, 0.00005, 0.00018, 0, NULL, 0,    'MEPC.364(79) Cf/LCV table (methanol); CH4/N2O: FuelEU Annex II', 'CH4 0.00005 unconfirmed; another source gives 0', true),
 ('imo', 'ETHANOL',      0.0268, 1.913, 0,       0,       0, NULL, 0,    'MEPC.364(79) Cf/LCV table (ethanol)', 'no CH4/N2O factor in the cited sources; 0 used', true),
 ('imo', 'AMMONIA',      0.0186, 0,     0,       0.00018, 0, NULL, 0,    'Cf 0: carbon-free fuel; LCV and N2O: FuelEU Annex II (MEPC.364(79) lists no ammonia)', 'LCV from FuelEU, not an IMO value', true),
 ('imo', 'HYDROGEN',     0.1200, 0,     0,       0.00018, 0, NULL, 0,    'Cf 0: carbon-free fuel; LCV and N2O: FuelEU Annex II (MEPC.364(79) lists no hydrogen)', 'LCV from FuelEU, not an IMO value', true);

-- FuelEU Maritime, Regulation (EU) 2023/1805, Annex II defaults, as transcribed by
-- four independent secondary sources.
INSERT INTO portemis.fuel_factor
    (factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, slip_pct, wtt_gco2e_per_mj, sulphur_pct, source, unconfirmed, shipped)
VALUES
 ('fueleu', 'HFO',           0.0405, 3.114, 0.00005, 0.00018, 0,   13.5, NULL, 'Regulation (EU) 2023/1805 Annex II (HFO)', NULL, true),
 ('fueleu', 'LFO',           0.0410, 3.151, 0.00005, 0.00018, 0,   13.2, NULL, 'Regulation (EU) 2023/1805 Annex II (LFO)', NULL, true),
 ('fueleu', 'MDO',           0.0427, 3.206, 0.00005, 0.00018, 0,   14.4, NULL, 'Regulation (EU) 2023/1805 Annex II (MDO/MGO)', NULL, true),
 ('fueleu', 'MGO',           0.0427, 3.206, 0.00005, 0.00018, 0,   14.4, NULL, 'Regulation (EU) 2023/1805 Annex II (MDO/MGO)', NULL, true),
 ('fueleu', 'LNG_OTTO_MS',   0.0491, 2.750, 0,       0.00011, 3.1, 18.5, 0,    'Regulation (EU) 2023/1805 Annex II (LNG, Otto dual-fuel medium speed)', 'WtT 18.5 not confirmed against the Annex text', true),
 ('fueleu', 'LNG_OTTO_SS',   0.0491, 2.750, 0,       0.00011, 1.7, 18.5, 0,    'Regulation (EU) 2023/1805 Annex II (LNG, Otto dual-fuel slow speed)', 'WtT 18.5 not confirmed against the Annex text', true),
 ('fueleu', 'LNG_DIESEL_SS', 0.0491, 2.750, 0,       0.00011, 0.2, 18.5, 0,    'Regulation (EU) 2023/1805 Annex II (LNG, Diesel dual-fuel slow speed)', 'WtT 18.5 not confirmed against the Annex text', true),
 ('fueleu', 'LNG_LBSI',      0.0491, 2.750, 0,       0.00011, 2.6, 18.5, 0,    'Regulation (EU) 2023/1805 Annex II (LNG, lean-burn spark-ignited)', 'WtT 18.5 not confirmed against the Annex text', true),
 ('fueleu', 'LPG_PROPANE',   0.0460, 3.000, 0.00005, 0.00018, 0,   7.8,  0,    'Regulation (EU) 2023/1805 Annex II (LPG propane)', NULL, true),
 ('fueleu', 'LPG_BUTANE',    0.0460, 3.030, 0.00005, 0.00018, 0,   7.8,  0,    'Regulation (EU) 2023/1805 Annex II (LPG butane)', NULL, true),
 ('fueleu', 'METHANOL',      0.0199, 1.375, 0.00005, 0.00018, 0,   31.3, 0,    'Regulation (EU) 2023/1805 Annex II (methanol, fossil, from natural gas)', 'CH4 0.00005 unconfirmed; another source gives 0', true),
 ('fueleu', 'AMMONIA',       0.0186, 0,     0,       0.00018, 0,   121,  0,    'Regulation (EU) 2023/1805 Annex II (ammonia, fossil)', 'WtT 121 unconfirmed; another source gives 100', true),
 ('fueleu', 'HYDROGEN',      0.1200, 0,     0,       0.00018, 0,   132,  0,    'Regulation (EU) 2023/1805 Annex II (hydrogen, fossil)', 'WtT 132 unconfirmed; another source gives 100', true);

-- Plain LNG: the engine is unknown, so take the pathway with the highest
-- methane slip (Otto dual-fuel medium speed, 3.1 %) and never understate it.
INSERT INTO portemis.fuel_alias VALUES
 ('LNG', 'LNG_OTTO_MS', 'LNG on an unknown engine: the highest-slip FuelEU pathway, so methane slip is never understated', true);

-- One name, one fuel: an alias holds in every set, so it must not be a fuel code of any set (ETHANOL as an
-- alias of METHANOL would turn the imo set's ethanol into methanol in fueleu, where ethanol has no row).
-- The trigger runs after the row is written, and its lookups read the other table's latest rows, waiting for
-- a transaction that is writing one (src/pg/registry_names.c): the transaction's own snapshot would miss a
-- clash another one commits (REPEATABLE READ) or is writing at the same moment.
-- A trigger's table: Citus runs a reference table's triggers on its shards (fuel_alias_102011, ...).
CREATE FUNCTION portemis._registry_table(rel regclass) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_table_name' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis._registry_table(regclass) IS
    'Internal (triggers): the registry table a relation is, itself or (on Citus) the reference table it is a shard of';
-- Citus copies the shipped rows into a reference table's shards: a row may come in there only as the install
-- script wrote it into this node's table.
CREATE FUNCTION portemis._shipped_row_installed(shard regclass, r record) RETURNS boolean
    AS 'MODULE_PATHNAME', 'registry_shipped_row_installed' LANGUAGE C STRICT STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis._shipped_row_installed(regclass, record) IS
    'Internal (trigger protect_shipped_factor, on Citus): is the row, written into a shard of a registry table, a shipped row that the install script wrote into the table on this node, equal in every column?';
CREATE FUNCTION portemis._fuel_code_set(fuel text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_fuel_code_set' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._fuel_code_set(text) IS
    'Internal (trigger fuel_name_unique): the first factor set, by name, with this fuel code in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';
CREATE FUNCTION portemis._fuel_alias_of(alias text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_fuel_alias_of' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._fuel_alias_of(text) IS
    'Internal (trigger fuel_name_unique): the fuel this alias names in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';

CREATE FUNCTION portemis.fuel_name_unique() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    other text;
BEGIN
    IF portemis._registry_table(TG_RELID) = 'fuel_alias' THEN
        other := portemis._fuel_code_set(NEW.alias);
        IF other IS NOT NULL THEN
            RAISE EXCEPTION 'fuel alias % is a fuel code of factor set %', NEW.alias, other
                USING ERRCODE = 'unique_violation',
                      HINT = 'An alias names a fuel in every set: choose a name no set uses as a fuel code.';
        END IF;
    ELSE
        other := portemis._fuel_alias_of(NEW.fuel);
        IF other IS NOT NULL THEN
            RAISE EXCEPTION 'fuel code % is an alias of %', NEW.fuel, other
                USING ERRCODE = 'unique_violation',
                      HINT = 'Aliases name a fuel in every set: give your fuel another code.';
        END IF;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.fuel_name_unique() IS
    'Trigger: a fuel alias is no fuel code of any set, and a fuel code no alias';
CREATE TRIGGER fuel_name_unique AFTER INSERT OR UPDATE OF alias ON portemis.fuel_alias
    FOR EACH ROW EXECUTE FUNCTION portemis.fuel_name_unique();
CREATE TRIGGER fuel_name_unique AFTER INSERT OR UPDATE OF fuel ON portemis.fuel_factor
    FOR EACH ROW EXECUTE FUNCTION portemis.fuel_name_unique();

-- ---------------------------------------------------------------------------
-- Protection of shipped rows, and pg_dump of user rows
-- ---------------------------------------------------------------------------

CREATE FUNCTION portemis.protect_shipped_factor() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tname text := portemis._registry_table(TG_RELID);
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        RAISE EXCEPTION 'cannot truncate %: it holds rows shipped with portemis', tname
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'Delete your own rows with DELETE ... WHERE NOT shipped.';
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.shipped THEN
        RAISE EXCEPTION 'cannot % a shipped row of %: %', lower(TG_OP), tname,
                        to_jsonb(OLD) - 'geom' - 'source' - 'shipped' - 'unconfirmed'
            USING ERRCODE = 'insufficient_privilege',
                  HINT = CASE WHEN tname IN ('factor_set', 'fuel_factor', 'fuel_pollutant_factor', 'fuel_alias')
                              THEN 'Copy the set with factor_set_copy(''imo'', ''my_set'') and change your copy.'
                              WHEN tname IN ('zone', 'port', 'port_alias')
                              THEN 'Add your own rows (shipped = false) beside the shipped ones.'
                              ELSE 'Insert your own row with the same key (shipped = false): it overrides the shipped one.' END;
    END IF;
    -- Citus copies the shipped rows into a reference table's shards, as the table's owner: on a shard, the
    -- owner may insert a row the install script wrote into this node's table, as it was written; nothing else
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.shipped
       AND NOT (TG_OP = 'INSERT' AND tname IS DISTINCT FROM TG_TABLE_NAME
                AND pg_has_role((SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER')
                AND portemis._shipped_row_installed(TG_RELID, NEW)) THEN
        RAISE EXCEPTION 'rows of % with shipped = true come only from the portemis install script', tname
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION portemis.protect_shipped_factor() IS
    'Trigger: shipped registry rows cannot be changed or deleted; users add their own rows and sets';

-- Tell every backend's factor cache that a registry table changed.
CREATE FUNCTION portemis.factor_registry_changed() RETURNS trigger
    AS 'MODULE_PATHNAME' LANGUAGE C;
COMMENT ON FUNCTION portemis.factor_registry_changed() IS
    'Trigger: invalidates the per-backend factor cache when a registry table changes';

-- Copy a whole set (shipped or not) into a new user set, to edit freely.
CREATE FUNCTION @extschema@.factor_set_copy(source text, target text, description text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    copied integer;
BEGIN
    IF source IS NULL OR target IS NULL THEN
        RAISE EXCEPTION 'factor_set_copy needs a source and a target set name, got % and %',
            coalesce(quote_literal(source), 'NULL'), coalesce(quote_literal(target), 'NULL')
            USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM portemis.factor_set s WHERE s.name = factor_set_copy.source) THEN
        RAISE EXCEPTION 'unknown factor set "%"', factor_set_copy.source USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF target !~ '^[a-z][a-z0-9_]{0,62}$' THEN
        RAISE EXCEPTION 'invalid factor set name "%"', target
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'A set name is a lowercase letter, then up to 62 lowercase letters, digits or underscores.';
    END IF;
    IF EXISTS (SELECT 1 FROM portemis.factor_set s WHERE s.name = factor_set_copy.target) THEN
        RAISE EXCEPTION 'factor set "%" already exists', target
            USING ERRCODE = 'unique_violation', HINT = 'Choose another name, or delete your set first.';
    END IF;
    INSERT INTO portemis.factor_set (name, description)
    SELECT factor_set_copy.target,
           coalesce(factor_set_copy.description, 'copy of ' || s.name || ': ' || s.description)
    FROM portemis.factor_set s WHERE s.name = factor_set_copy.source;
    INSERT INTO portemis.fuel_factor
        (factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, slip_pct, wtt_gco2e_per_mj, sulphur_pct,
         zero_or_low_carbon, source, unconfirmed)
    SELECT factor_set_copy.target, f.fuel, f.lcv_mj_per_g, f.cf_co2, f.cf_ch4, f.cf_n2o, f.slip_pct,
           f.wtt_gco2e_per_mj, f.sulphur_pct, f.zero_or_low_carbon, f.source, f.unconfirmed
    FROM portemis.fuel_factor f WHERE f.factor_set = factor_set_copy.source;
    GET DIAGNOSTICS copied = ROW_COUNT;
    INSERT INTO portemis.fuel_pollutant_factor (factor_set, fuel, pollutant, t_per_t, source, unconfirmed)
    SELECT factor_set_copy.target, p.fuel, p.pollutant, p.t_per_t, p.source, p.unconfirmed
    FROM portemis.fuel_pollutant_factor p WHERE p.factor_set = factor_set_copy.source;
    RETURN copied;
END $$;
COMMENT ON FUNCTION @extschema@.factor_set_copy(text, text, text) IS
    'Copy factor set source into a new user set target (rows not shipped, so editable and dumped); returns the fuels copied';

-- Every factor in one list, with its source: CO2, CH4, N2O per t of fuel
-- burnt, SOx from sulphur, methane slip, and the fuel-based rows of
-- fuel_pollutant_factor.
CREATE VIEW portemis.emission_factors AS
SELECT f.factor_set, f.fuel, p.pollutant, p.t_per_t_fuel, p.basis, f.source, f.unconfirmed, f.shipped
FROM portemis.fuel_factor f
CROSS JOIN LATERAL (VALUES
    ('CO2', f.cf_co2, 'per t of fuel burnt (excluding slip)'),
    ('CH4', f.cf_ch4, 'per t of fuel burnt (excluding slip)'),
    ('N2O', f.cf_n2o, 'per t of fuel burnt (excluding slip)'),
    ('CH4 slip', f.slip_pct / 100, 'unburnt methane per t of fuel'),
    ('SOx', 2 * 0.97753 * f.sulphur_pct / 100,
        CASE WHEN f.sulphur_pct IS NULL
             THEN 'SO2 = fuel x 2 x 0.97753 x S/100, S = MARPOL global limit on the voyage date (EPA Marine_Emissions_Tools)'
             ELSE 'SO2 = fuel x 2 x 0.97753 x S/100 at the default S (EPA Marine_Emissions_Tools)' END)
) AS p(pollutant, t_per_t_fuel, basis)
UNION ALL
SELECT x.factor_set, x.fuel, x.pollutant, x.t_per_t, 'per t of fuel', x.source, x.unconfirmed, x.shipped
FROM portemis.fuel_pollutant_factor x;
COMMENT ON VIEW portemis.emission_factors IS
    'Every fuel-based emission factor of the registry (t per t fuel) with its basis and source';
-- ---------------------------------------------------------------------------
-- Fuel-based emissions (tank-to-wake), energy and FuelEU GHG intensity.
-- STABLE: they read the factor registry and the portemis.factor_set setting.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.emission_factor(fuel text, pollutant text, factor_set text DEFAULT NULL)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.emission_factor(text, text, text) IS
    't of pollutant per t of fuel in a factor set (NULL: portemis.factor_set); CH4 includes slip, SOx at the fuel''s default sulphur or today''s MARPOL global limit';

CREATE FUNCTION @extschema@.fuel_emissions(fuel text, tonnes double precision,
    sulphur_pct double precision DEFAULT NULL, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.fuel_emissions(text, double precision, double precision, text) IS
    'Emissions (t) of burning tonnes (t) of a fuel at sulphur_pct (% m/m; NULL: the fuel''s default or today''s MARPOL global limit) with a factor set (NULL: portemis.factor_set)';

CREATE FUNCTION @extschema@.voyage_emissions(v @extschema@.voyage, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.voyage_emissions(@extschema@.voyage, text) IS
    'Tank-to-wake emissions (t) of a voyage''s fuel uses; sulphur from the fuel use, else the fuel''s default, else the MARPOL Annex VI regulation 14 global limit on the departure date (4.50 % before 2012, 3.50 % before 2020, 0.50 % since)';

CREATE FUNCTION @extschema@.energy_mj(v @extschema@.voyage, factor_set text DEFAULT NULL)
RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_energy_mj' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.energy_mj(@extschema@.voyage, text) IS
    'Energy of the voyage''s fuels, sum of t x LCV, in MJ, with a factor set (NULL: portemis.factor_set)';

CREATE FUNCTION @extschema@.ghg_intensity(v @extschema@.voyage, factor_set text DEFAULT 'fueleu')
RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_ghg_intensity' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ghg_intensity(@extschema@.voyage, text) IS
    'FuelEU Maritime Annex I well-to-wake GHG intensity (WtT + TtW with methane slip, GWP100 CH4 25, N2O 298) in gCO2e/MJ; NULL without fuel';

CREATE FUNCTION portemis.ghg_intensity_accum(double precision[], @extschema@.voyage, text)
RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION portemis.ghg_intensity_accum(double precision[], @extschema@.voyage)
RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'ghg_intensity_accum_fueleu' LANGUAGE C STABLE PARALLEL SAFE;
CREATE FUNCTION portemis.ghg_intensity_combine(double precision[], double precision[])
RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION portemis.ghg_intensity_final(double precision[])
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE AGGREGATE @extschema@.ghg_intensity_agg(v @extschema@.voyage) (
    SFUNC = portemis.ghg_intensity_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.ghg_intensity_combine,
    FINALFUNC = portemis.ghg_intensity_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ghg_intensity_agg(@extschema@.voyage) IS
    'FuelEU well-to-wake GHG intensity of many voyages in gCO2e/MJ with the fueleu set: sum of gCO2e over sum of MJ (energy-weighted), NULL without fuel';

CREATE AGGREGATE @extschema@.ghg_intensity_agg(v @extschema@.voyage, factor_set text) (
    SFUNC = portemis.ghg_intensity_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.ghg_intensity_combine,
    FINALFUNC = portemis.ghg_intensity_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ghg_intensity_agg(@extschema@.voyage, text) IS
    'FuelEU well-to-wake GHG intensity of many voyages in gCO2e/MJ with a given factor set';

COMMENT ON FUNCTION portemis.ghg_intensity_accum(double precision[], @extschema@.voyage, text) IS
    'Transition function of ghg_intensity_agg(voyage, text): adds {MJ, WtT gCO2e, TtW gCO2e}';
COMMENT ON FUNCTION portemis.ghg_intensity_accum(double precision[], @extschema@.voyage) IS
    'Transition function of ghg_intensity_agg(voyage) with the fueleu set';
COMMENT ON FUNCTION portemis.ghg_intensity_combine(double precision[], double precision[]) IS
    'Combine function of ghg_intensity_agg: adds two partial states';
COMMENT ON FUNCTION portemis.ghg_intensity_final(double precision[]) IS
    'Final function of ghg_intensity_agg: (WtT + TtW) / MJ, NULL without energy';
-- ---------------------------------------------------------------------------
-- Activity-based (engine energy) method of the US EPA Ports Emissions
-- Inventory Guidance (EPA-420-B-22-011, April 2022): registry tables.
-- Rows are in 61_activity_data.sql, generated from the EPA's own data tables.
-- Shipped rows are protected like the fuel factors; a user row with the same
-- key (shipped = false) overrides the shipped one, and user rows are dumped.
-- ---------------------------------------------------------------------------

CREATE TABLE portemis.energy_factor (
    engine_group text NOT NULL CHECK (engine_group IN ('propulsion', 'auxiliary', 'boiler')),
    engine       text NOT NULL CHECK (engine ~ '^[A-Z0-9_]{1,16}$'),
    fuel         text NOT NULL CHECK (fuel IN ('HFO', 'MGO', 'LNG')),
    quantity     text NOT NULL CHECK (quantity IN ('BSFC', 'NOx', 'HC', 'CO', 'PM10', 'CH4', 'N2O')),
    tier         integer CHECK (tier BETWEEN 0 AND 3),
    g_per_kwh    double precision NOT NULL CHECK (g_per_kwh >= 0 AND g_per_kwh < 10000),
    source       text NOT NULL CHECK (source <> ''),
    unconfirmed  text,
    shipped      boolean NOT NULL DEFAULT false,
    CHECK ((quantity = 'NOx') = (tier IS NOT NULL))
);
CREATE UNIQUE INDEX energy_factor_key ON portemis.energy_factor (engine_group, engine, fuel, quantity, coalesce(tier, -1), shipped);
COMMENT ON TABLE portemis.energy_factor IS
    'Energy-based factors in g/kWh by engine group, engine type and fuel: BSFC (fuel), NOx by IMO tier, HC, CO, fixed PM10 (ST, GT, LNG), CH4, N2O';

CREATE TABLE portemis.energy_fuel (
    fuel              text NOT NULL CHECK (fuel IN ('HFO', 'MGO', 'LNG')),
    cf_co2            double precision NOT NULL CHECK (cf_co2 >= 0 AND cf_co2 < 10),
    sulphur_pct       double precision NOT NULL CHECK (sulphur_pct >= 0 AND sulphur_pct <= 100),
    so2_g_per_g_fuel  double precision CHECK (so2_g_per_g_fuel >= 0 AND so2_g_per_g_fuel < 1),
    pm_nom_g_per_kwh  double precision CHECK (pm_nom_g_per_kwh >= 0),
    pm_mwr            double precision CHECK (pm_mwr >= 0),
    pm_fsc            double precision CHECK (pm_fsc >= 0),
    source            text NOT NULL CHECK (source <> ''),
    shipped           boolean NOT NULL DEFAULT false,
    PRIMARY KEY (fuel, shipped)
);
COMMENT ON TABLE portemis.energy_fuel IS
    'Fuels of the activity-based method: CO2 per t fuel, default sulphur (% m/m), fixed SO2 per g fuel (LNG), PM sulphur-equation coefficients';

CREATE TABLE portemis.llaf_coefficient (
    pollutant text NOT NULL CHECK (pollutant IN ('NOx', 'HC', 'CO', 'PM10', 'PM2.5', 'SOx', 'CO2')),
    a         double precision NOT NULL,
    x         double precision,
    b         double precision NOT NULL,
    source    text NOT NULL CHECK (source <> ''),
    shipped   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (pollutant, shipped),
    CHECK ((pollutant = 'SOx') = (x IS NULL))
);
COMMENT ON TABLE portemis.llaf_coefficient IS
    'Low-load adjustment: LLAF(LF) = (a LF^-x + b) / (a 0.2^-x + b) for 0 < LF <= 0.2; SOx uses (a (14.1205/LF + 205.7169) S + b) / (a (14.1205/0.2 + 205.7169) S + b)';

CREATE TABLE portemis.auxiliary_power (
    basis          text NOT NULL CHECK (basis ~ '^[a-z][a-z0-9_]*$'),
    ship_type      text NOT NULL CHECK (ship_type ~ '^[a-z][a-z0-9_]*$'),
    size_min       double precision NOT NULL,
    size_max       double precision NOT NULL CHECK (size_max > size_min),
    size_unit      text NOT NULL CHECK (size_unit IN ('dwt', 'gt', 'teu', 'passengers')),
    sub_type       text,
    engine_group   text NOT NULL CHECK (engine_group IN ('auxiliary', 'boiler')),
    transit_kw     double precision NOT NULL CHECK (transit_kw >= 0),
    maneuvering_kw double precision NOT NULL CHECK (maneuvering_kw >= 0),
    berth_kw       double precision NOT NULL CHECK (berth_kw >= 0),
    anchorage_kw   double precision NOT NULL CHECK (anchorage_kw >= 0),
    source         text NOT NULL CHECK (source <> ''),
    shipped        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (basis, ship_type, engine_group, size_min, shipped)
);
COMMENT ON TABLE portemis.auxiliary_power IS
    'Default auxiliary engine and boiler power (kW) by ship type, size bin [size_min, size_max) and mode; basis imo_ghg3 (EPA guidance Appendix E) or starcrest2016 (Port of Los Angeles)';

CREATE TABLE portemis.transit_speed_ratio (
    ship_type text NOT NULL CHECK (ship_type ~ '^[a-z][a-z0-9_]*$'),
    ratio     double precision NOT NULL CHECK (ratio > 0 AND ratio <= 1),
    source    text NOT NULL CHECK (source <> ''),
    shipped   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (ship_type, shipped)
);
COMMENT ON TABLE portemis.transit_speed_ratio IS
    'Default transit speed as a fraction of maximum speed, by ship type (EPA guidance Table 3.12)';
-- GENERATED by tools/gen_epa_seed.py from the US EPA Marine_Emissions_Tools data
-- tables (ShipEF / ShipPowerModel 0.2, commit 752696e; US Government work, public domain).
-- Do not edit by hand: change the generator and regenerate.

INSERT INTO portemis.energy_factor (engine_group, engine, fuel, quantity, tier, g_per_kwh, source, unconfirmed, shipped) VALUES
 ('propulsion', 'SSD', 'MGO', 'BSFC', NULL, 185, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'MSD', 'MGO', 'BSFC', NULL, 205, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'ST', 'MGO', 'BSFC', NULL, 300, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'GT', 'MGO', 'BSFC', NULL, 300, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'MSD_ED', 'MGO', 'BSFC', NULL, 205, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'GT_ED', 'MGO', 'BSFC', NULL, 300, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'SSD', 'HFO', 'BSFC', NULL, 195, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'MSD', 'HFO', 'BSFC', NULL, 215, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'ST', 'HFO', 'BSFC', NULL, 305, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'GT', 'HFO', 'BSFC', NULL, 305, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'MSD_ED', 'HFO', 'BSFC', NULL, 215, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'GT_ED', 'HFO', 'BSFC', NULL, 305, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('propulsion', 'LNG', 'LNG', 'BSFC', NULL, 166, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainBSFC (IMO GHG 3 & Wartsila 2014)', NULL, true),
 ('propulsion', 'SSD', 'MGO', 'NOx', 0, 17, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'MSD', 'MGO', 'NOx', 0, 13.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'MSD_ED', 'MGO', 'NOx', 0, 13.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'ST', 'MGO', 'NOx', 0, 2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'GT', 'MGO', 'NOx', 0, 5.7, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'GT_ED', 'MGO', 'NOx', 0, 5.7, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'SSD', 'MGO', 'NOx', 1, 16, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'MSD', 'MGO', 'NOx', 1, 12.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'MSD_ED', 'MGO', 'NOx', 1, 12.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'SSD', 'MGO', 'NOx', 2, 14.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'MSD', 'MGO', 'NOx', 2, 10.5, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'MSD_ED', 'MGO', 'NOx', 2, 10.5, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'SSD', 'MGO', 'NOx', 3, 3.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'MSD', 'MGO', 'NOx', 3, 2.6, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'MSD_ED', 'MGO', 'NOx', 3, 2.6, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'SSD', 'HFO', 'NOx', 0, 18.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'MSD', 'HFO', 'NOx', 0, 14, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'MSD_ED', 'HFO', 'NOx', 0, 14, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'ST', 'HFO', 'NOx', 0, 2.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'GT', 'HFO', 'NOx', 0, 6.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'GT_ED', 'HFO', 'NOx', 0, 6.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (ENTEC 2002)', NULL, true),
 ('propulsion', 'SSD', 'HFO', 'NOx', 1, 17, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (IMO GHG 2)', NULL, true),
 ('propulsion', 'MSD', 'HFO', 'NOx', 1, 13, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (IMO GHG 2)', NULL, true),
 ('propulsion', 'MSD_ED', 'HFO', 'NOx', 1, 13, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (IMO GHG 2)', NULL, true),
 ('propulsion', 'SSD', 'HFO', 'NOx', 2, 15.3, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (IMO GHG 2)', NULL, true),
 ('propulsion', 'MSD', 'HFO', 'NOx', 2, 11.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (IMO GHG 2)', NULL, true),
 ('propulsion', 'MSD_ED', 'HFO', 'NOx', 2, 11.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (IMO GHG 2)', NULL, true),
 ('propulsion', 'SSD', 'HFO', 'NOx', 3, 3.6, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'MSD', 'HFO', 'NOx', 3, 2.8, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'MSD_ED', 'HFO', 'NOx', 3, 2.8, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('propulsion', 'LNG', 'LNG', 'NOx', 0, 1.3, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), MainNOxEF (IMO GHG 3)', NULL, true),
 ('propulsion', 'SSD', 'MGO', 'HC', NULL, 0.6, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'SSD', 'MGO', 'CO', NULL, 1.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'SSD', 'HFO', 'HC', NULL, 0.6, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'SSD', 'HFO', 'CO', NULL, 1.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'MSD', 'MGO', 'HC', NULL, 0.5, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'MSD', 'MGO', 'CO', NULL, 1.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'MSD', 'HFO', 'HC', NULL, 0.5, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'MSD', 'HFO', 'CO', NULL, 1.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'ST', 'MGO', 'HC', NULL, 0.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'ST', 'MGO', 'CO', NULL, 0.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'ST', 'HFO', 'HC', NULL, 0.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'ST', 'HFO', 'CO', NULL, 0.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'GT', 'MGO', 'HC', NULL, 0.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'GT', 'MGO', 'CO', NULL, 0.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'GT', 'HFO', 'HC', NULL, 0.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'GT', 'HFO', 'CO', NULL, 0.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'MSD_ED', 'MGO', 'HC', NULL, 0.5, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'MSD_ED', 'MGO', 'CO', NULL, 1.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'MSD_ED', 'HFO', 'HC', NULL, 0.5, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'MSD_ED', 'HFO', 'CO', NULL, 1.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'GT_ED', 'MGO', 'HC', NULL, 0.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'GT_ED', 'MGO', 'CO', NULL, 0.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'GT_ED', 'HFO', 'HC', NULL, 0.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'GT_ED', 'HFO', 'CO', NULL, 0.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (ENTEC & EPA & Starcrest)', NULL, true),
 ('propulsion', 'LNG', 'LNG', 'HC', NULL, 0, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (IMO GHG 3)', NULL, true),
 ('propulsion', 'LNG', 'LNG', 'CO', NULL, 1.3, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Main_HC_CO_EF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'HSD', 'HFO', 'BSFC', NULL, 227, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('auxiliary', 'MSD', 'HFO', 'BSFC', NULL, 227, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('auxiliary', 'HSD', 'MGO', 'BSFC', NULL, 217, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('auxiliary', 'MSD', 'MGO', 'BSFC', NULL, 217, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxBSFC (IMO GHG 3 & IVL 2004)', NULL, true),
 ('auxiliary', 'LNG', 'LNG', 'BSFC', NULL, 166, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxBSFC (IMO GHG 3 & Wartsila 2014)', NULL, true),
 ('auxiliary', 'MSD', 'HFO', 'NOx', 0, 14.7, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'HSD', 'HFO', 'NOx', 0, 11.6, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'LNG', 'LNG', 'NOx', 0, 1.3, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'MSD', 'HFO', 'NOx', 1, 13, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'HSD', 'HFO', 'NOx', 1, 10.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'MSD', 'HFO', 'NOx', 2, 11.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'HSD', 'HFO', 'NOx', 2, 8.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'MSD', 'HFO', 'NOx', 3, 2.8, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'HSD', 'HFO', 'NOx', 3, 2.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'HSD', 'MGO', 'NOx', 0, 10.9, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'MSD', 'MGO', 'NOx', 0, 13.8, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'HSD', 'MGO', 'NOx', 1, 9.8, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'MSD', 'MGO', 'NOx', 1, 12.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'HSD', 'MGO', 'NOx', 2, 7.7, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'MSD', 'MGO', 'NOx', 2, 10.5, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'HSD', 'MGO', 'NOx', 3, 2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'MSD', 'MGO', 'NOx', 3, 2.6, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), AuxNOxEF (Starcrest San Pedro Bay Ports 2021)', NULL, true),
 ('auxiliary', 'HSD', 'HFO', 'HC', NULL, 0.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('auxiliary', 'HSD', 'HFO', 'CO', NULL, 0.9, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('auxiliary', 'HSD', 'MGO', 'HC', NULL, 0.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('auxiliary', 'HSD', 'MGO', 'CO', NULL, 0.9, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('auxiliary', 'MSD', 'HFO', 'HC', NULL, 0.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('auxiliary', 'MSD', 'HFO', 'CO', NULL, 1.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('auxiliary', 'MSD', 'MGO', 'HC', NULL, 0.4, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('auxiliary', 'MSD', 'MGO', 'CO', NULL, 1.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('auxiliary', 'LNG', 'LNG', 'HC', NULL, 0, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (IMO GHG 3)', NULL, true),
 ('auxiliary', 'LNG', 'LNG', 'CO', NULL, 1.3, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Aux_HC_CO_EF (IMO GHG 3)', NULL, true),
 ('boiler', 'BOILER', 'HFO', 'BSFC', NULL, 305, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), BoilerBSFC (IMO GHG 3)', NULL, true),
 ('boiler', 'BOILER', 'MGO', 'BSFC', NULL, 300, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), BoilerBSFC (IMO GHG 3)', NULL, true),
 ('boiler', 'BOILER', 'HFO', 'NOx', 0, 2.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), BoilerNOxEF (Starcrest NY & NJ 2014)', NULL, true),
 ('boiler', 'BOILER', 'MGO', 'NOx', 0, 2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), BoilerNOxEF (Starcrest LA 2016)', NULL, true),
 ('boiler', 'BOILER', 'HFO', 'HC', NULL, 0.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Boiler_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('boiler', 'BOILER', 'HFO', 'CO', NULL, 0.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Boiler_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('boiler', 'BOILER', 'MGO', 'HC', NULL, 0.1, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Boiler_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('boiler', 'BOILER', 'MGO', 'CO', NULL, 0.2, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), Boiler_HC_CO_EF (Starcrest LA 2016)', NULL, true),
 ('propulsion', 'ST', 'MGO', 'PM10', NULL, 0.16, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), EF_PM_ST_GT_LNG (IVL 2004/IMO GHG 3)', NULL, true),
 ('propulsion', 'GT', 'MGO', 'PM10', NULL, 0.01, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), EF_PM_ST_GT_LNG (IVL 2004/IMO GHG 3)', NULL, true),
 ('propulsion', 'GT_ED', 'MGO', 'PM10', NULL, 0.01, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), EF_PM_ST_GT_LNG (IVL 2004/IMO GHG 3)', NULL, true),
 ('propulsion', 'ST', 'HFO', 'PM10', NULL, 0.93, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), EF_PM_ST_GT_LNG (IVL 2004/IMO GHG 3)', NULL, true),
 ('propulsion', 'GT_ED', 'HFO', 'PM10', NULL, 0.06, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), EF_PM_ST_GT_LNG (IVL 2004/IMO GHG 3)', NULL, true),
 ('propulsion', 'GT', 'HFO', 'PM10', NULL, 0.06, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), EF_PM_ST_GT_LNG (IVL 2004/IMO GHG 3)', NULL, true),
 ('propulsion', 'LNG', 'LNG', 'PM10', NULL, 0.03, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), EF_PM_ST_GT_LNG (Kristensen 2012/IMO GHG 3)', NULL, true),
 ('auxiliary', 'LNG', 'LNG', 'PM10', NULL, 0.03, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), EF_PM_ST_GT_LNG (Kristensen 2012/IMO GHG 3)', NULL, true),
 ('auxiliary', 'HSD', 'HFO', 'CH4', NULL, 0.008, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('auxiliary', 'HSD', 'MGO', 'CH4', NULL, 0.008, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('auxiliary', 'MSD', 'HFO', 'CH4', NULL, 0.008, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('auxiliary', 'MSD', 'MGO', 'CH4', NULL, 0.008, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('boiler', 'BOILER', 'HFO', 'CH4', NULL, 0.002, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('boiler', 'BOILER', 'HFO', 'N2O', NULL, 0.08, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('boiler', 'BOILER', 'MGO', 'CH4', NULL, 0.002, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('boiler', 'BOILER', 'MGO', 'N2O', NULL, 0.075, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'GT', 'MGO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'GT', 'MGO', 'N2O', NULL, 0.029, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'GT', 'HFO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'GT', 'HFO', 'N2O', NULL, 0.031, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'GT_ED', 'MGO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'GT_ED', 'MGO', 'N2O', NULL, 0.029, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'GT_ED', 'HFO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'GT_ED', 'HFO', 'N2O', NULL, 0.031, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'MSD', 'MGO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'MSD', 'MGO', 'N2O', NULL, 0.029, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'MSD', 'HFO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'MSD', 'HFO', 'N2O', NULL, 0.031, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'MSD_ED', 'MGO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'MSD_ED', 'MGO', 'N2O', NULL, 0.029, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'MSD_ED', 'HFO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'MSD_ED', 'HFO', 'N2O', NULL, 0.031, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'SSD', 'MGO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'SSD', 'MGO', 'N2O', NULL, 0.029, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'SSD', 'HFO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'SSD', 'HFO', 'N2O', NULL, 0.031, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'ST', 'MGO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'ST', 'MGO', 'N2O', NULL, 0.029, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'ST', 'HFO', 'CH4', NULL, 0.012, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true),
 ('propulsion', 'ST', 'HFO', 'N2O', NULL, 0.031, 'g/kWh value of a single secondary compilation; primary document not identified', 'unconfirmed, single secondary source', true);

INSERT INTO portemis.energy_fuel (fuel, cf_co2, sulphur_pct, so2_g_per_g_fuel, pm_nom_g_per_kwh, pm_mwr, pm_fsc, source, shipped) VALUES
 ('HFO', 3.114, 0.5, NULL, 0.5761, 7, 2.247, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), CO2ConversionFactor (IMO GHG 3 & MEPC 63/28 Annex 8), EFSulfurEQCoefficients, calcEF_SO2; default sulphur: MARPOL Annex VI global limit 0.50 % (2020)', true),
 ('MGO', 3.206, 0.1, NULL, 0.1545, 7, 2.247, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), CO2ConversionFactor (IMO GHG 3 & MEPC 63/28 Annex 8), EFSulfurEQCoefficients, calcEF_SO2; default sulphur: ECA limit 0.10 % (the EPA tool''s distillate value)', true),
 ('LNG', 2.75, 0, 0.0002, NULL, NULL, NULL, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), CO2ConversionFactor (IMO GHG 3 & MEPC 63/28 Annex 8), EFSulfurEQCoefficients, calcEF_SO2; default sulphur: no sulphur; SO2 = 2e-4 g per g fuel (EPA tool)', true);

INSERT INTO portemis.llaf_coefficient (pollutant, a, x, b, source, shipped) VALUES
 ('NOx', 0.1255, 1.5, 10.4496, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), LLAFCoeff (guidance Table 3.10)', true),
 ('HC', 0.0667, 1.5, 0.3859, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), LLAFCoeff (guidance Table 3.10)', true),
 ('CO', 0.8378, 1, 0.1548, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), LLAFCoeff (guidance Table 3.10)', true),
 ('PM10', 0.0059, 1.5, 0.2551, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), LLAFCoeff (guidance Table 3.10)', true),
 ('PM2.5', 0.0059, 1.5, 0.2551, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), LLAFCoeff (guidance Table 3.10)', true),
 ('SOx', 2.3735, NULL, -0.4792, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), LLAFCoeff (guidance Table 3.10)', true),
 ('CO2', 44.1, 1, 648.6, 'US EPA Marine_Emissions_Tools ShipEF 0.2 (EPA-420-B-22-011 reference implementation), LLAFCoeff (guidance Table 3.10)', true);

INSERT INTO portemis.auxiliary_power (basis, ship_type, size_min, size_max, size_unit, sub_type, engine_group, transit_kw, maneuvering_kw, berth_kw, anchorage_kw, source, shipped) VALUES
 ('imo_ghg3', 'bulk_carrier', 0.0, 10000.0, 'dwt', 'bulk.carrier.small', 'auxiliary', 190, 310, 280, 190, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 10000.0, 35000.0, 'dwt', 'bulk.carrier.handysize', 'auxiliary', 190, 310, 280, 190, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 35000.0, 60000.0, 'dwt', 'bulk.carrier.handymax', 'auxiliary', 260, 420, 370, 260, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 60000.0, 100000.0, 'dwt', 'bulk.carrier.panamax', 'auxiliary', 420, 680, 600, 420, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 100000.0, 200000.0, 'dwt', 'bulk.carrier.capesize', 'auxiliary', 420, 680, 600, 420, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 200000.0, 'Infinity', 'dwt', 'bulk.carrier.capesize.largest', 'auxiliary', 420, 680, 600, 420, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'chemical_tanker', 0.0, 5000.0, 'dwt', 'chemical.tanker.smallest', 'auxiliary', 80, 110, 160, 80, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'chemical_tanker', 5000.0, 10000.0, 'dwt', 'chemical.tanker.small', 'auxiliary', 230, 330, 490, 230, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'chemical_tanker', 10000.0, 20000.0, 'dwt', 'chemical.tanker.handysize', 'auxiliary', 230, 330, 490, 230, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'chemical_tanker', 20000.0, 'Infinity', 'dwt', 'chemical.tanker.handymax', 'auxiliary', 550, 780, 1170, 550, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 0.0, 1000.0, 'teu', 'container.ship.1000', 'auxiliary', 300, 550, 340, 300, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 1000.0, 2000.0, 'teu', 'container.ship.2000', 'auxiliary', 820, 1320, 600, 820, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 2000.0, 3000.0, 'teu', 'container.ship.3000', 'auxiliary', 1230, 1800, 700, 1230, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 3000.0, 5000.0, 'teu', 'container.ship.5000', 'auxiliary', 1390, 2470, 940, 1390, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 5000.0, 8000.0, 'teu', 'container.ship.8000', 'auxiliary', 1420, 2600, 970, 1420, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 8000.0, 12000.0, 'teu', 'container.ship.12000', 'auxiliary', 1630, 2780, 1000, 1630, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 12000.0, 14500.0, 'teu', 'container.ship.14500', 'auxiliary', 1960, 3330, 1200, 1960, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 14500.0, 'Infinity', 'teu', 'container.ship.largest', 'auxiliary', 2160, 3670, 1320, 2160, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'general_cargo', 0.0, 5000.0, 'dwt', 'general.cargo.5000', 'auxiliary', 60, 90, 120, 60, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'general_cargo', 5000.0, 10000.0, 'dwt', 'general.cargo.10000', 'auxiliary', 170, 250, 330, 170, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'general_cargo', 10000.0, 'Infinity', 'dwt', 'general.cargo.largest', 'auxiliary', 490, 730, 970, 490, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'gas_carrier', 0.0, 5000.0, 'dwt', 'liquified.gas.tanker.5000', 'auxiliary', 240, 360, 240, 240, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'gas_carrier', 5000.0, 10000.0, 'dwt', 'liquified.gas.tanker.10000', 'auxiliary', 240, 360, 240, 240, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'gas_carrier', 10000.0, 20000.0, 'dwt', 'liquified.gas.tanker.20000', 'auxiliary', 1710, 2565, 1710, 1710, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'gas_carrier', 20000.0, 'Infinity', 'dwt', 'liquified.gas.tanker.largest', 'auxiliary', 1710, 2565, 1710, 1710, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 0.0, 5000.0, 'dwt', 'oil.tanker.smallest', 'auxiliary', 250, 375, 250, 250, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 5000.0, 10000.0, 'dwt', 'oil.tanker.small', 'auxiliary', 375, 563, 375, 375, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 10000.0, 20000.0, 'dwt', 'oil.tanker.handysize', 'auxiliary', 625, 938, 625, 625, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 20000.0, 60000.0, 'dwt', 'oil.tanker.handymax', 'auxiliary', 750, 1125, 750, 750, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 60000.0, 80000.0, 'dwt', 'oil.tanker.panamax', 'auxiliary', 750, 1125, 750, 750, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 80000.0, 120000.0, 'dwt', 'oil.tanker.aframax', 'auxiliary', 1000, 1500, 1000, 1000, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 120000.0, 200000.0, 'dwt', 'oil.tanker.suezmax', 'auxiliary', 1250, 1875, 1250, 1250, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 200000.0, 'Infinity', 'dwt', 'oil.tanker.vlcc', 'auxiliary', 1500, 2250, 1500, 1500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'other_tanker', 0.0, 'Infinity', 'dwt', 'other.tanker', 'auxiliary', 500, 750, 500, 500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ferry_pax', 0.0, 2000.0, 'gt', 'ferry.pax.2000', 'auxiliary', 186, 186, 186, 186, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ferry_pax', 2000.0, 'Infinity', 'gt', 'ferry.pax.largest', 'auxiliary', 524, 524, 524, 524, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 0.0, 2000.0, 'gt', 'cruise.2000', 'auxiliary', 450, 580, 450, 450, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 2000.0, 10000.0, 'gt', 'cruise.10000', 'auxiliary', 450, 580, 450, 450, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 10000.0, 60000.0, 'gt', 'cruise.60000', 'auxiliary', 3500, 5460, 3500, 3500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 60000.0, 100000.0, 'gt', 'cruise.100000', 'auxiliary', 11480, 14900, 11480, 11480, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 100000.0, 'Infinity', 'gt', 'cruise.largest', 'auxiliary', 11480, 14900, 11480, 11480, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_passenger', 0.0, 2000.0, 'gt', 'ferry.ro.pax.2000', 'auxiliary', 105, 105, 105, 105, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_passenger', 2000.0, 'Infinity', 'gt', 'ferry.ro.pax.largest', 'auxiliary', 710, 710, 710, 710, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'refrigerated_cargo', 0.0, 'Infinity', 'dwt', 'reefer', 'auxiliary', 1170, 1150, 1080, 1170, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_cargo', 0.0, 5000.0, 'gt', 'ro.ro.5000', 'auxiliary', 600, 1700, 800, 600, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_cargo', 5000.0, 'Infinity', 'gt', 'ro.ro.largest', 'auxiliary', 950, 2720, 1200, 950, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_vehicle', 0.0, 10000.0, 'dwt', 'vehicle.carrier.10000', 'auxiliary', 500, 1125, 800, 500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_vehicle', 10000.0, 20000.0, 'dwt', 'vehicle.carrier.20000', 'auxiliary', 500, 1125, 800, 500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_vehicle', 20000.0, 30000.0, 'dwt', 'vehicle.carrier.30000', 'auxiliary', 500, 1125, 800, 500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_vehicle', 30000.0, 'Infinity', 'dwt', 'vehicle.carrier.largest', 'auxiliary', 500, 1125, 800, 500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'yacht', 0.0, 'Infinity', 'gt', 'yacht', 'auxiliary', 130, 130, 130, 130, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'tug', 0.0, 'Infinity', 'gt', 'service.tug', 'auxiliary', 50, 50, 50, 50, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'fishing', 0.0, 'Infinity', 'gt', 'miscellaneous.fishing', 'auxiliary', 200, 200, 200, 200, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'offshore', 0.0, 'Infinity', 'gt', 'offshore', 'auxiliary', 320, 320, 320, 320, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'service_other', 0.0, 'Infinity', 'gt', 'service.other', 'auxiliary', 220, 220, 220, 220, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'miscellaneous', 0.0, 'Infinity', 'gt', 'miscellaneous.other', 'auxiliary', 190, 190, 190, 190, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 0.0, 10000.0, 'dwt', 'bulk.carrier.small', 'boiler', 0, 50, 50, 50, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 10000.0, 35000.0, 'dwt', 'bulk.carrier.handysize', 'boiler', 0, 50, 50, 50, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 35000.0, 60000.0, 'dwt', 'bulk.carrier.handymax', 'boiler', 0, 100, 100, 100, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 60000.0, 100000.0, 'dwt', 'bulk.carrier.panamax', 'boiler', 0, 200, 200, 200, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 100000.0, 200000.0, 'dwt', 'bulk.carrier.capesize', 'boiler', 0, 200, 200, 200, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'bulk_carrier', 200000.0, 'Infinity', 'dwt', 'bulk.carrier.capesize.largest', 'boiler', 0, 200, 200, 200, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'chemical_tanker', 0.0, 5000.0, 'dwt', 'chemical.tanker.smallest', 'boiler', 0, 125, 125, 125, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'chemical_tanker', 5000.0, 10000.0, 'dwt', 'chemical.tanker.small', 'boiler', 0, 250, 250, 250, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'chemical_tanker', 10000.0, 20000.0, 'dwt', 'chemical.tanker.handysize', 'boiler', 0, 250, 250, 250, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'chemical_tanker', 20000.0, 'Infinity', 'dwt', 'chemical.tanker.handymax', 'boiler', 0, 250, 250, 250, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 0.0, 1000.0, 'teu', 'container.ship.1000', 'boiler', 0, 120, 120, 120, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 1000.0, 2000.0, 'teu', 'container.ship.2000', 'boiler', 0, 290, 290, 290, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 2000.0, 3000.0, 'teu', 'container.ship.3000', 'boiler', 0, 350, 350, 350, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 3000.0, 5000.0, 'teu', 'container.ship.5000', 'boiler', 0, 450, 450, 450, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 5000.0, 8000.0, 'teu', 'container.ship.8000', 'boiler', 0, 450, 450, 450, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 8000.0, 12000.0, 'teu', 'container.ship.12000', 'boiler', 0, 520, 520, 520, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 12000.0, 14500.0, 'teu', 'container.ship.14500', 'boiler', 0, 630, 630, 630, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'container_ship', 14500.0, 'Infinity', 'teu', 'container.ship.largest', 'boiler', 0, 700, 700, 700, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'general_cargo', 0.0, 5000.0, 'dwt', 'general.cargo.5000', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'general_cargo', 5000.0, 10000.0, 'dwt', 'general.cargo.10000', 'boiler', 0, 75, 75, 75, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'general_cargo', 10000.0, 'Infinity', 'dwt', 'general.cargo.largest', 'boiler', 0, 100, 100, 100, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'gas_carrier', 0.0, 5000.0, 'dwt', 'liquified.gas.tanker.5000', 'boiler', 100, 200, 1000, 200, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'gas_carrier', 5000.0, 10000.0, 'dwt', 'liquified.gas.tanker.10000', 'boiler', 100, 200, 1000, 200, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'gas_carrier', 10000.0, 20000.0, 'dwt', 'liquified.gas.tanker.20000', 'boiler', 150, 300, 1500, 300, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'gas_carrier', 20000.0, 'Infinity', 'dwt', 'liquified.gas.tanker.largest', 'boiler', 300, 600, 3000, 600, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 0.0, 5000.0, 'dwt', 'oil.tanker.smallest', 'boiler', 0, 100, 500, 100, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 5000.0, 10000.0, 'dwt', 'oil.tanker.small', 'boiler', 0, 150, 750, 150, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 10000.0, 20000.0, 'dwt', 'oil.tanker.handysize', 'boiler', 0, 250, 1250, 250, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 20000.0, 60000.0, 'dwt', 'oil.tanker.handymax', 'boiler', 150, 300, 1500, 300, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 60000.0, 80000.0, 'dwt', 'oil.tanker.panamax', 'boiler', 150, 300, 1500, 300, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 80000.0, 120000.0, 'dwt', 'oil.tanker.aframax', 'boiler', 200, 400, 2000, 400, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 120000.0, 200000.0, 'dwt', 'oil.tanker.suezmax', 'boiler', 250, 500, 2500, 500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'oil_tanker', 200000.0, 'Infinity', 'dwt', 'oil.tanker.vlcc', 'boiler', 300, 600, 3000, 600, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'other_tanker', 0.0, 'Infinity', 'dwt', 'other.tanker', 'boiler', 100, 200, 1000, 200, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ferry_pax', 0.0, 2000.0, 'gt', 'ferry.pax.2000', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ferry_pax', 2000.0, 'Infinity', 'gt', 'ferry.pax.largest', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 0.0, 2000.0, 'gt', 'cruise.2000', 'boiler', 0, 250, 250, 250, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 2000.0, 10000.0, 'gt', 'cruise.10000', 'boiler', 0, 250, 250, 250, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 10000.0, 60000.0, 'gt', 'cruise.60000', 'boiler', 0, 1000, 1000, 1000, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 60000.0, 100000.0, 'gt', 'cruise.100000', 'boiler', 0, 500, 500, 500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'cruise_passenger', 100000.0, 'Infinity', 'gt', 'cruise.largest', 'boiler', 0, 500, 500, 500, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_passenger', 0.0, 2000.0, 'gt', 'ferry.ro.pax.2000', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_passenger', 2000.0, 'Infinity', 'gt', 'ferry.ro.pax.largest', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'refrigerated_cargo', 0.0, 'Infinity', 'dwt', 'reefer', 'boiler', 0, 270, 270, 270, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_cargo', 0.0, 5000.0, 'gt', 'ro.ro.5000', 'boiler', 0, 200, 200, 200, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_cargo', 5000.0, 'Infinity', 'gt', 'ro.ro.largest', 'boiler', 0, 300, 300, 300, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_vehicle', 0.0, 10000.0, 'dwt', 'vehicle.carrier.10000', 'boiler', 0, 268, 268, 268, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_vehicle', 10000.0, 20000.0, 'dwt', 'vehicle.carrier.20000', 'boiler', 0, 268, 268, 268, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_vehicle', 20000.0, 30000.0, 'dwt', 'vehicle.carrier.30000', 'boiler', 0, 268, 268, 268, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'ro_ro_vehicle', 30000.0, 'Infinity', 'dwt', 'vehicle.carrier.largest', 'boiler', 0, 268, 268, 268, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'yacht', 0.0, 'Infinity', 'gt', 'yacht', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'tug', 0.0, 'Infinity', 'gt', 'service.tug', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'fishing', 0.0, 'Infinity', 'gt', 'miscellaneous.fishing', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'offshore', 0.0, 'Infinity', 'gt', 'offshore', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'service_other', 0.0, 'Infinity', 'gt', 'service.other', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('imo_ghg3', 'miscellaneous', 0.0, 'Infinity', 'gt', 'miscellaneous.other', 'boiler', 0, 0, 0, 0, 'EPA-420-B-22-011 Appendix E Tables E.1/E.2 (IMO GHG3), ShipPowerModel data', true),
 ('starcrest2016', 'ro_ro_vehicle', 0.0, 'Infinity', 'dwt', 'vehicle.carrier', 'auxiliary', 520, 1238, 859, 622, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'bulk_carrier', 0.0, 'Infinity', 'dwt', 'bulk.carrier', 'auxiliary', 255, 675, 150, 253, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 0.0, 2000.0, 'teu', 'container.ship.1000', 'auxiliary', 545, 1058, 429, 1000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 2000.0, 3000.0, 'teu', 'container.ship.2000', 'auxiliary', 981, 2180, 1035, 1008, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 3000.0, 4000.0, 'teu', 'container.ship.3000', 'auxiliary', 602, 2063, 516, 559, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 4000.0, 5000.0, 'teu', 'container.ship.4000', 'auxiliary', 1434, 2526, 1161, 1200, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 5000.0, 6000.0, 'teu', 'container.ship.5000', 'auxiliary', 1811, 3293, 945, 967, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 6000.0, 7000.0, 'teu', 'container.ship.6000', 'auxiliary', 1453, 2197, 990, 1645, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 7000.0, 8000.0, 'teu', 'container.ship.7000', 'auxiliary', 1107, 3086, 2456, 1000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 8000.0, 9000.0, 'teu', 'container.ship.8000', 'auxiliary', 1494, 2753, 902, 986, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 9000.0, 10000.0, 'teu', 'container.ship.9000', 'auxiliary', 1501, 2942, 1037, 968, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 10000.0, 11000.0, 'teu', 'container.ship.10000', 'auxiliary', 2300, 2350, 1450, 1129, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 11000.0, 12000.0, 'teu', 'container.ship.11000', 'auxiliary', 2500, 3500, 1500, 2000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 12000.0, 13000.0, 'teu', 'container.ship.12000', 'auxiliary', 2460, 3300, 1780, 2000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 13000.0, 14000.0, 'teu', 'container.ship.13000', 'auxiliary', 1865, 3085, 982, 1015, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 14000.0, 15000.0, 'teu', 'container.ship.14000', 'auxiliary', 2500, 3500, 1500, 1015, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 15000.0, 17000.0, 'teu', 'container.ship.17000', 'auxiliary', 1500, 1750, 1000, 1000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 17000.0, 'Infinity', 'teu', 'container.ship.18000', 'auxiliary', 1500, 1750, 1000, 1250, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger', 0.0, 'Infinity', 'dwt', 'cruise', 'auxiliary', 7290, 9787, 6004, 7782, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'general_cargo', 0.0, 'Infinity', 'dwt', 'general.cargo', 'auxiliary', 516, 1439, 722, 180, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'tug', 0.0, 'Infinity', 'dwt', 'tug', 'auxiliary', 79, 208, 102, 79, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'miscellaneous', 0.0, 'Infinity', 'dwt', 'miscellaneous', 'auxiliary', 643, 597, 228, 200, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'refrigerated_cargo', 0.0, 'Infinity', 'dwt', 'reefer', 'auxiliary', 513, 1540, 890, 513, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'ro_ro_cargo', 0.0, 'Infinity', 'dwt', 'ro.ro', 'auxiliary', 434, 1301, 751, 434, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'tanker', 0.0, 35000.0, 'dwt', 'tanker.chemical', 'auxiliary', 658, 890, 816, 402, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'tanker', 35000.0, 55000.0, 'dwt', 'tanker.handysize', 'auxiliary', 537, 601, 820, 560, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'tanker', 55000.0, 'Infinity', 'dwt', 'tanker.panamax', 'auxiliary', 561, 763, 623, 379, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 0.0, 1500.0, 'passengers', 'cruise.ed.1500', 'auxiliary', 3500, 3500, 3000, 3000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 1500.0, 2000.0, 'passengers', 'cruise.ed.2000', 'auxiliary', 7000, 7000, 6500, 6500, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 2000.0, 2500.0, 'passengers', 'cruise.ed.2500', 'auxiliary', 10500, 10500, 9500, 9500, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 2500.0, 3000.0, 'passengers', 'cruise.ed.3000', 'auxiliary', 11000, 11000, 10000, 10000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 3000.0, 3500.0, 'passengers', 'cruise.ed.3500', 'auxiliary', 11500, 11500, 10500, 10500, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 3500.0, 4000.0, 'passengers', 'cruise.ed.4000', 'auxiliary', 12000, 12000, 11000, 11000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 4000.0, 'Infinity', 'passengers', 'cruise.ed.largest', 'auxiliary', 13000, 13000, 12000, 12000, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'ro_ro_vehicle', 0.0, 'Infinity', 'dwt', 'vehicle.carrier', 'boiler', 87, 184, 314, 305, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'bulk_carrier', 0.0, 'Infinity', 'dwt', 'bulk.carrier', 'boiler', 35, 94, 125, 125, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 0.0, 2000.0, 'teu', 'container.ship.1000', 'boiler', 106, 213, 273, 270, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 2000.0, 3000.0, 'teu', 'container.ship.2000', 'boiler', 141, 282, 361, 358, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 3000.0, 4000.0, 'teu', 'container.ship.3000', 'boiler', 164, 328, 420, 416, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 4000.0, 5000.0, 'teu', 'container.ship.4000', 'boiler', 195, 371, 477, 472, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 5000.0, 6000.0, 'teu', 'container.ship.5000', 'boiler', 247, 473, 579, 572, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 6000.0, 7000.0, 'teu', 'container.ship.6000', 'boiler', 182, 567, 615, 611, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 7000.0, 8000.0, 'teu', 'container.ship.7000', 'boiler', 259, 470, 623, 619, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 8000.0, 9000.0, 'teu', 'container.ship.8000', 'boiler', 228, 506, 668, 673, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 9000.0, 10000.0, 'teu', 'container.ship.9000', 'boiler', 381, 613, 677, 675, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 10000.0, 11000.0, 'teu', 'container.ship.10000', 'boiler', 384, 458, 581, 581, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 11000.0, 12000.0, 'teu', 'container.ship.11000', 'boiler', 330, 575, 790, 790, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 12000.0, 13000.0, 'teu', 'container.ship.12000', 'boiler', 330, 575, 790, 790, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 13000.0, 14000.0, 'teu', 'container.ship.13000', 'boiler', 203, 420, 612, 612, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 14000.0, 15000.0, 'teu', 'container.ship.14000', 'boiler', 203, 420, 612, 612, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 15000.0, 17000.0, 'teu', 'container.ship.17000', 'boiler', 216, 485, 647, 647, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'container_ship', 17000.0, 'Infinity', 'teu', 'container.ship.18000', 'boiler', 216, 485, 647, 647, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger', 0.0, 'Infinity', 'dwt', 'cruise', 'boiler', 282, 361, 612, 306, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'general_cargo', 0.0, 'Infinity', 'dwt', 'general.cargo', 'boiler', 56, 124, 160, 160, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'tug', 0.0, 'Infinity', 'dwt', 'tug', 'boiler', 0, 0, 0, 0, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'miscellaneous', 0.0, 'Infinity', 'dwt', 'miscellaneous', 'boiler', 33, 65, 96, 96, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'refrigerated_cargo', 0.0, 'Infinity', 'dwt', 'reefer', 'boiler', 104, 237, 304, 304, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'ro_ro_cargo', 0.0, 'Infinity', 'dwt', 'ro.ro', 'boiler', 67, 148, 259, 251, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'tanker', 0.0, 35000.0, 'dwt', 'tanker.chemical', 'boiler', 59, 136, 568, 255, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'tanker', 35000.0, 55000.0, 'dwt', 'tanker.handysize', 'boiler', 144, 144, 2586, 144, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'tanker', 55000.0, 'Infinity', 'dwt', 'tanker.panamax', 'boiler', 167, 351, 3421, 451, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 0.0, 1500.0, 'passengers', 'cruise.ed.1500', 'boiler', 0, 0, 0, 0, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 1500.0, 2000.0, 'passengers', 'cruise.ed.2000', 'boiler', 0, 0, 0, 0, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 2000.0, 2500.0, 'passengers', 'cruise.ed.2500', 'boiler', 0, 0, 0, 0, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 2500.0, 3000.0, 'passengers', 'cruise.ed.3000', 'boiler', 0, 0, 0, 0, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 3000.0, 3500.0, 'passengers', 'cruise.ed.3500', 'boiler', 0, 0, 0, 0, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 3500.0, 4000.0, 'passengers', 'cruise.ed.4000', 'boiler', 0, 0, 0, 0, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true),
 ('starcrest2016', 'cruise_passenger_ed', 4000.0, 'Infinity', 'passengers', 'cruise.ed.largest', 'boiler', 0, 0, 0, 0, 'Port of Los Angeles inventory (Starcrest 2016), ShipPowerModel data', true);

-- EPA-420-B-22-011 Table 3.12
INSERT INTO portemis.transit_speed_ratio (ship_type, ratio, source, shipped) VALUES
 ('container_ship', 0.74, 'EPA-420-B-22-011 Table 3.12 (transit speed / maximum speed)', true),
 ('bulk_carrier', 0.76, 'EPA-420-B-22-011 Table 3.12 (transit speed / maximum speed)', true),
 ('oil_tanker', 0.83, 'EPA-420-B-22-011 Table 3.12 (transit speed / maximum speed)', true),
 ('cruise_passenger', 0.75, 'EPA-420-B-22-011 Table 3.12 (transit speed / maximum speed)', true),
 ('general_cargo', 0.68, 'EPA-420-B-22-011 Table 3.12 (transit speed / maximum speed)', true),
 ('ro_ro_cargo', 0.73, 'EPA-420-B-22-011 Table 3.12 (transit speed / maximum speed)', true),
 ('refrigerated_cargo', 0.8, 'EPA-420-B-22-011 Table 3.12 (transit speed / maximum speed)', true),
 ('gas_carrier', 0.81, 'EPA-420-B-22-011 Table 3.12 (transit speed / maximum speed)', true);
-- ---------------------------------------------------------------------------
-- One ship-type vocabulary for every function: activity-based defaults, CII,
-- the ship register and AIS type codes.  Codes are the MARPOL Annex VI ship
-- types where the regulation has one (container_ship, bulk_carrier, ...) and
-- snake_case names of the EPA guidance's types where it has none (tug,
-- offshore, ...).  Every other spelling (the EPA tool's container.ship, the
-- MRV's "Container ship", reefer, ...) is an alias in ship_type_alias.
-- ---------------------------------------------------------------------------

CREATE TABLE portemis.ship_type (
    code        text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
    description text NOT NULL CHECK (description <> ''),
    parent      text CHECK (parent <> code),
    cii_type    text,
    source      text NOT NULL CHECK (source <> ''),
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (code, shipped)
);
COMMENT ON TABLE portemis.ship_type IS
    'The ship types every portemis function accepts: code, description, parent (a broader type whose defaults apply when this one has none), cii_type (the MARPOL Annex VI reg. 28 type of cii_reference_line; NULL: the CII does not apply)';

CREATE TABLE portemis.ship_type_alias (
    alias     text NOT NULL CHECK (alias <> '' AND alias = lower(alias)),
    ship_type text NOT NULL,
    source    text NOT NULL CHECK (source <> ''),
    shipped   boolean NOT NULL DEFAULT false,
    PRIMARY KEY (alias, shipped)
);
COMMENT ON TABLE portemis.ship_type_alias IS
    'Other spellings of the ship types (case-insensitive): the EPA tool''s keys (container.ship), EU MRV and register names (Container ship), common names (reefer)';

CREATE TABLE portemis.ais_ship_type (
    code_min    integer NOT NULL CHECK (code_min BETWEEN 0 AND 99),
    code_max    integer NOT NULL CHECK (code_max BETWEEN code_min AND 99),
    ship_type   text NOT NULL,
    ais_meaning text NOT NULL,
    source      text NOT NULL CHECK (source <> ''),
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (code_min, shipped)
);
COMMENT ON TABLE portemis.ais_ship_type IS
    'AIS "type of ship and cargo" codes (ITU-R M.1371-5 Annex 8 Table 53) mapped to a ship type; the AIS code says less than a register does, so the mapped type is an estimate';

INSERT INTO portemis.ship_type (code, description, parent, cii_type, source, shipped) VALUES
 ('bulk_carrier',        'bulk carrier (dry bulk, ore)',                    NULL,               'bulk_carrier',        'MARPOL Annex VI reg. 2.2.5; EPA-420-B-22-011 Appendix E', true),
 ('combination_carrier', 'combination carrier (liquid or dry bulk)',        'bulk_carrier',     'combination_carrier', 'MARPOL Annex VI reg. 2.2.8', true),
 ('container_ship',      'container ship',                                  NULL,               'container_ship',      'MARPOL Annex VI reg. 2.2.9; EPA-420-B-22-011 Appendix E', true),
 ('general_cargo',       'general cargo ship',                              NULL,               'general_cargo',       'MARPOL Annex VI reg. 2.2.13; EPA-420-B-22-011 Appendix E', true),
 ('refrigerated_cargo',  'refrigerated cargo carrier (reefer)',             NULL,               'refrigerated_cargo',  'MARPOL Annex VI reg. 2.2.19; EPA-420-B-22-011 Appendix E', true),
 ('tanker',              'tanker, cargo unknown',                           NULL,               'tanker',              'MARPOL Annex VI reg. 2.2.26', true),
 ('oil_tanker',          'oil tanker (crude or products)',                  'tanker',           'tanker',              'MARPOL Annex I reg. 1.5; EPA-420-B-22-011 Appendix E', true),
 ('chemical_tanker',     'chemical tanker',                                 'tanker',           'tanker',              'MARPOL Annex II reg. 1.16; EPA-420-B-22-011 Appendix E', true),
 ('other_tanker',        'other liquid cargo tanker',                       'tanker',           'tanker',              'EPA-420-B-22-011 Appendix E', true),
 ('gas_carrier',         'gas carrier (liquefied gases other than LNG)',    'tanker',           'gas_carrier',         'MARPOL Annex VI reg. 2.2.12; EPA-420-B-22-011 Appendix E', true),
 ('lng_carrier',         'LNG carrier',                                     'gas_carrier',      'lng_carrier',         'MARPOL Annex VI reg. 2.2.14', true),
 ('ro_ro_cargo',         'ro-ro cargo ship',                                NULL,               'ro_ro_cargo',         'MARPOL Annex VI reg. 2.2.22; EPA-420-B-22-011 Appendix E', true),
 ('ro_ro_vehicle',       'ro-ro cargo ship (vehicle carrier)',              NULL,               'ro_ro_vehicle',       'MARPOL Annex VI reg. 2.2.23; EPA-420-B-22-011 Appendix E', true),
 ('ro_ro_passenger',     'ro-ro passenger ship (ro-pax ferry)',             NULL,               'ro_ro_passenger',     'MARPOL Annex VI reg. 2.2.24; EPA-420-B-22-011 Appendix E', true),
 ('ro_ro_passenger_hsc', 'high-speed ro-ro passenger craft',                'ro_ro_passenger',  'ro_ro_passenger_hsc', 'MARPOL Annex VI reg. 28 and MEPC.353(78)', true),
 ('cruise_passenger',    'cruise passenger ship',                           NULL,               'cruise_passenger',    'MARPOL Annex VI reg. 2.2.11; EPA-420-B-22-011 Appendix E', true),
 ('cruise_passenger_ed', 'cruise passenger ship, diesel-electric',          'cruise_passenger', 'cruise_passenger',    'Port of Los Angeles inventory (Starcrest 2016)', true),
 ('ferry_pax',           'passenger ferry (no ro-ro deck)',                 NULL,               NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('yacht',               'yacht',                                           NULL,               NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('tug',                 'tug',                                             NULL,               NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('offshore',            'offshore supply and service',                     'miscellaneous',    NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('fishing',             'fishing vessel',                                  'miscellaneous',    NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('service_other',       'other service vessel (pilot, research, dredger)', 'miscellaneous',    NULL,                  'EPA-420-B-22-011 Appendix E', true),
 ('miscellaneous',       'other ship',                                      NULL,               NULL,                  'EPA-420-B-22-011 Appendix E', true);

-- The EPA tool's keys (ShipPowerModel shipType), MRV/THETIS type names and common names.
INSERT INTO portemis.ship_type_alias (alias, ship_type, source, shipped)
SELECT alias, ship_type, source, true FROM (VALUES
 ('bulk.carrier', 'bulk_carrier'), ('chemical.tanker', 'chemical_tanker'), ('container.ship', 'container_ship'),
 ('cruise', 'cruise_passenger'), ('cruise.ed', 'cruise_passenger_ed'), ('ferry.pax', 'ferry_pax'),
 ('ferry.ro.pax', 'ro_ro_passenger'), ('general.cargo', 'general_cargo'), ('liquified.gas.tanker', 'gas_carrier'),
 ('miscellaneous.fishing', 'fishing'), ('miscellaneous.other', 'miscellaneous'), ('oil.tanker', 'oil_tanker'),
 ('other.tanker', 'other_tanker'), ('reefer', 'refrigerated_cargo'), ('ro.ro', 'ro_ro_cargo'),
 ('service.other', 'service_other'), ('service.tug', 'tug'), ('vehicle.carrier', 'ro_ro_vehicle')) a(alias, ship_type),
 (VALUES ('US EPA Marine_Emissions_Tools (ShipPowerModel) ship type key')) s(source)
UNION ALL
SELECT alias, ship_type, source, true FROM (VALUES
 ('bulk carrier', 'bulk_carrier'), ('chemical tanker', 'chemical_tanker'), ('combination carrier', 'combination_carrier'),
 ('container ship', 'container_ship'), ('gas carrier', 'gas_carrier'), ('general cargo ship', 'general_cargo'),
 ('lng carrier', 'lng_carrier'), ('oil tanker', 'oil_tanker'), ('other ship types', 'miscellaneous'),
 ('passenger ship', 'ferry_pax'), ('refrigerated cargo carrier', 'refrigerated_cargo'), ('ro-pax ship', 'ro_ro_passenger'),
 ('ro-ro ship', 'ro_ro_cargo'), ('vehicle carrier', 'ro_ro_vehicle'), ('container/ro-ro cargo ship', 'ro_ro_cargo'))
 a(alias, ship_type),
 (VALUES ('EU MRV (THETIS-MRV) ship type name')) s(source)
UNION ALL
SELECT alias, ship_type, source, true FROM (VALUES
 ('containership', 'container_ship'), ('dry bulk', 'bulk_carrier'), ('ro-ro', 'ro_ro_cargo'),
 ('vehicles carrier', 'ro_ro_vehicle'), ('general cargo', 'general_cargo'), ('tug/supply', 'offshore'))
 a(alias, ship_type),
 (VALUES ('US MARAD US-flag fleet list ship type name')) s(source)
UNION ALL
SELECT alias, ship_type, source, true FROM (VALUES
 ('ro_ro', 'ro_ro_cargo'), ('vehicle_carrier', 'ro_ro_vehicle'), ('lng_tanker', 'lng_carrier'),
 ('cruise_ship', 'cruise_passenger'), ('ro_pax', 'ro_ro_passenger'), ('service_tug', 'tug'))
 a(alias, ship_type),
 (VALUES ('common name')) s(source);

-- ITU-R M.1371-5 Annex 8 Table 53 (first digit: 3 special, 4 high-speed craft, 5 special, 6 passenger,
-- 7 cargo, 8 tanker, 9 other; second digit: hazardous cargo category).  Codes 0-19 say nothing.
INSERT INTO portemis.ais_ship_type (code_min, code_max, ship_type, ais_meaning, source, shipped)
SELECT code_min, code_max, ship_type, ais_meaning, 'ITU-R M.1371-5 Annex 8 Table 53', true FROM (VALUES
 (20, 29, 'miscellaneous',    'wing in ground craft'),
 (30, 30, 'fishing',          'fishing'),
 (31, 32, 'tug',              'towing'),
 (33, 35, 'service_other',    'dredging or underwater operations, diving, military'),
 (36, 37, 'yacht',            'sailing, pleasure craft'),
 (38, 39, 'miscellaneous',    'reserved'),
 (40, 49, 'ferry_pax',        'high-speed craft (assumed a passenger ferry)'),
 (50, 51, 'service_other',    'pilot, search and rescue'),
 (52, 52, 'tug',              'tug'),
 (53, 59, 'service_other',    'port tender, anti-pollution, law enforcement, local, medical, non-combatant'),
 (60, 69, 'cruise_passenger', 'passenger ship (assumed a cruise ship)'),
 (70, 79, 'general_cargo',    'cargo ship (any cargo: container, bulk and ro-ro ships report 7x too)'),
 (80, 89, 'oil_tanker',       'tanker (any liquid cargo; assumed oil)'),
 (90, 99, 'miscellaneous',    'other type')) m(code_min, code_max, ship_type, ais_meaning);

-- The code of a ship type name or alias (case-insensitive); user rows override shipped ones.
-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ship_type(name text)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    v_code text;
BEGIN
    SELECT t.code INTO v_code FROM portemis.ship_type t WHERE t.code = lower(btrim(name)) LIMIT 1;
    IF v_code IS NULL THEN
        SELECT a.ship_type INTO v_code FROM portemis.ship_type_alias a
        WHERE a.alias = lower(btrim(name)) ORDER BY a.shipped LIMIT 1;
        IF v_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = v_code) THEN
            RAISE EXCEPTION 'ship type alias "%" names an unknown ship type "%"', lower(btrim(name)), v_code
                USING ERRCODE = 'invalid_parameter_value', HINT = 'Fix the row of portemis.ship_type_alias.';
        END IF;
    END IF;
    IF v_code IS NULL THEN
        RAISE EXCEPTION 'unknown ship type "%"', name
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Known: ' || (SELECT string_agg(DISTINCT t.code, ', ') FROM portemis.ship_type t)
                         || ' (and the aliases in portemis.ship_type_alias).';
    END IF;
    RETURN v_code;
END $$;
COMMENT ON FUNCTION @extschema@.ship_type(text) IS
    'The portemis ship type of a name or alias, any case: ship_type(''container.ship'') = ''container_ship''; unknown names are an error';

-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ship_type_from_ais(ais_type integer)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
SET citus.allow_nested_distributed_execution = on AS $$
BEGIN
    -- (PL/pgSQL: Citus cannot plan this read of reference tables in a SQL function on a worker)
    RETURN (SELECT m.ship_type FROM portemis.ais_ship_type m
            WHERE ais_type BETWEEN m.code_min AND m.code_max
              AND EXISTS (SELECT 1 FROM portemis.ship_type t WHERE t.code = m.ship_type)
            ORDER BY m.shipped LIMIT 1);
END $$;
COMMENT ON FUNCTION @extschema@.ship_type_from_ais(integer) IS
    'The ship type an AIS "type of ship and cargo" code implies (ITU-R M.1371-5 Table 53), NULL for codes 0-19, outside 0-99 or mapped to no known type: an estimate, the code is coarse';
-- ---------------------------------------------------------------------------
-- Activity-based functions: load, low-load adjustment, tier, engine runs,
-- vessels in operating modes, shore power.
-- ---------------------------------------------------------------------------

CREATE FUNCTION @extschema@.propulsion_load(speed_kn double precision, max_speed_kn double precision,
    sea_margin_pct double precision DEFAULT 0, draught_m double precision DEFAULT NULL,
    max_draught_m double precision DEFAULT NULL, speed_reference text DEFAULT 'maximum')
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.propulsion_load(double precision, double precision, double precision, double precision, double precision, text) IS
    'Main-engine load (fraction of MCR): propeller law (speed/max speed)^3 x (1 + sea margin %/100), times (draught/max draught)^(2/3) when both draughts are given (Admiralty formula); floor 0.02 and cap 1 while moving, 0 at speed 0; speed_reference ''service'' takes max_speed_kn as a service speed (max = service / 0.94)';

CREATE FUNCTION @extschema@.llaf(pollutant text, load double precision, sulphur_pct double precision DEFAULT NULL,
    engine text DEFAULT NULL)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.llaf(text, double precision, double precision, text) IS
    'EPA low-load adjustment factor of a propulsion engine at fractional load [0, 1]: 1 above 0.20, at 0 (engine off), the 0.02 factor below 0.02 (the method''s minimum load) and for electric drive (MSD_ED, GT_ED); SOx needs sulphur_pct (% m/m), except for a gas engine (LNG), whose SO2 follows its fuel (the CO2 factor); CH4, N2O: 1';

CREATE FUNCTION @extschema@.nox_tier(keel_laid_year integer, engine text DEFAULT 'SSD', in_tier3_area boolean DEFAULT true,
    engine_category integer DEFAULT 3)
RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.nox_tier(integer, text, boolean, integer) IS
    'IMO NOx tier of a category 3 engine from the keel-laid year: ST, GT, LNG or before 2000: 0; before 2011: 1; before 2016: 2; else 3 inside a NOx ECA (in_tier3_area), 2 outside; NULL for category 1 and 2 engines (the guidance''s category 3 factors do not apply)';

CREATE FUNCTION @extschema@.operating_mode(speed_kn double precision, load double precision,
    at_berth boolean DEFAULT false, in_anchorage boolean DEFAULT false)
RETURNS text
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.operating_mode(double precision, double precision, boolean, boolean) IS
    'EPA operating mode: anchorage (in an anchorage area at <= 3 kn), berth (in a berth area at <= 1 kn), maneuvering (> 1 kn, load <= 0.20), transit (load > 0.20), else anchorage';

CREATE FUNCTION @extschema@.teu_from_dwt(dwt double precision)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.teu_from_dwt(double precision) IS
    'Container capacity (TEU) estimated from deadweight (t), Kristensen''s Ship-Desmo relations as in the EPA tool: (dwt/15.19)^(1/0.9814) up to 35,000 t, (dwt/28.81)^(1/0.902) up to 60,000 t, else (dwt/37)^(1/0.875)';

CREATE FUNCTION @extschema@.engine_emissions(engine text, fuel text, power_kw double precision, hours double precision,
    load double precision DEFAULT NULL, tier integer DEFAULT NULL, sulphur_pct double precision DEFAULT NULL,
    engine_group text DEFAULT 'propulsion')
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.engine_emissions(text, text, double precision, double precision, double precision, integer, double precision, text) IS
    'Emissions (t) of an engine run: power (kW) x hours x EF (g/kWh) x LLAF (propulsion, load <= 0.2); tier NULL = 0; Tier III uses Tier II below 25 % load; sulphur NULL = the fuel default (HFO 0.50, MGO 0.10 %)';

CREATE TYPE portemis.vessel AS (
    imo              integer,
    ship_type        text,
    dwt              double precision,
    gt               double precision,
    teu              double precision,
    passengers       double precision,
    main_engine      text,
    mcr_kw           double precision,
    max_speed_kn     double precision,
    service_speed_kn double precision,
    keel_laid_year   integer,
    aux_engine       text,
    aux_kw           double precision,
    boiler_kw        double precision,
    shore_power      boolean,
    mmsi             integer,
    name             text,
    length_m         double precision,
    beam_m           double precision,
    design_draught_m double precision,
    engine_category  integer,
    estimated        jsonb
);
COMMENT ON TYPE portemis.vessel IS
    'Particulars for the activity-based method: ship type (portemis.ship_type), size (dwt, gt, teu, passengers), main engine and MCR (kW), maximum or service speed (kn), keel-laid year, auxiliary engine, aux/boiler kW overrides, shore-power capability, identity (imo, mmsi, name), dimensions (m), engine category; estimated: which values are derived or estimated and by which relationship (vessel_estimates() adds the assumptions for unknown values)';

-- Particulars by name; what is derived (type from the AIS code, TEU from DWT) is noted in estimated.
CREATE FUNCTION @extschema@.vessel(ship_type text DEFAULT NULL, imo integer DEFAULT NULL,
    dwt double precision DEFAULT NULL, gt double precision DEFAULT NULL, teu double precision DEFAULT NULL,
    passengers double precision DEFAULT NULL, main_engine text DEFAULT NULL, mcr_kw double precision DEFAULT NULL,
    max_speed_kn double precision DEFAULT NULL, service_speed_kn double precision DEFAULT NULL,
    keel_laid_year integer DEFAULT NULL, aux_engine text DEFAULT NULL, aux_kw double precision DEFAULT NULL,
    boiler_kw double precision DEFAULT NULL, shore_power boolean DEFAULT false,
    mmsi integer DEFAULT NULL, name text DEFAULT NULL, length_m double precision DEFAULT NULL,
    beam_m double precision DEFAULT NULL, design_draught_m double precision DEFAULT NULL,
    engine_category integer DEFAULT NULL, ais_type integer DEFAULT NULL, estimated jsonb DEFAULT '{}')
RETURNS portemis.vessel
    AS 'MODULE_PATHNAME', 'vessel_make' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.vessel(text, integer, double precision, double precision, double precision, double precision, text, double precision, double precision, double precision, integer, text, double precision, double precision, boolean, integer, text, double precision, double precision, double precision, integer, integer, jsonb) IS
    'Build vessel particulars by name: vessel(''container_ship'', teu => 10000, mcr_kw => 48000, max_speed_kn => 24, keel_laid_year => 2012); ship_type from ais_type when not given, TEU from DWT for container ships, both noted in estimated; vessel_estimates() adds what is assumed of unknown values';

-- Every estimate behind a vessel's numbers: its own notes (derived values, a register's notes) and
-- what the activity functions assume of what is unknown.  Not stored per row: the NULLs say it.
CREATE FUNCTION @extschema@.vessel_estimates(v portemis.vessel) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN jsonb_strip_nulls(jsonb_build_object(
           'keel_laid_year', CASE WHEN ($1).keel_laid_year IS NULL THEN 'unknown: NOx Tier 0 assumed, the highest factors' END,
           'main_engine', CASE WHEN ($1).main_engine IS NULL THEN 'unknown: SSD assumed' END,
           'aux_engine', CASE WHEN ($1).aux_engine IS NULL THEN 'unknown: MSD assumed (EPA tool calcEngineType)' END,
           'engine_category', CASE WHEN ($1).engine_category IS NULL THEN 'unknown: category 3 assumed (ocean-going)' END,
           'max_speed_kn', CASE WHEN ($1).max_speed_kn IS NULL AND ($1).service_speed_kn IS NOT NULL
                                THEN 'service_speed_kn / 0.94 (EPA tool, ShipPowerModel calcPropPwr)' END))
       || coalesce(($1).estimated, '{}');
COMMENT ON FUNCTION @extschema@.vessel_estimates(portemis.vessel) IS
    'Every estimate behind a vessel''s numbers, as attribute: relationship: the vessel''s own notes (type from an AIS code, TEU from DWT, a register''s notes) and the assumptions for unknown values (keel year: Tier 0; main engine: SSD; auxiliary: MSD; category 3; maximum speed from the service speed)';

CREATE FUNCTION @extschema@.mode_emissions(v portemis.vessel, mode text, hours double precision,
    speed_kn double precision DEFAULT NULL, in_eca boolean DEFAULT true, shore_power boolean DEFAULT false,
    location text DEFAULT NULL, sea_margin_pct double precision DEFAULT 0, draught_m double precision DEFAULT NULL,
    tier3_area boolean DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.mode_emissions(portemis.vessel, text, double precision, double precision, boolean, boolean, text, double precision, double precision, boolean) IS
    'Ship-side emissions (t) of hours in a mode (transit, maneuvering, berth, anchorage): propulsion (transit, maneuvering, and anchorage when drifting above 1 kn) + auxiliary + boiler; fuel and Tier III by location (eca, outside_eca, great_lakes; default from in_eca); load by the propeller law with sea_margin_pct, or the Admiralty formula when draught_m and the vessel''s design_draught_m are known; NOx Tier III for ships built from 2016 where tier3_area (default: inside an ECA; true everywhere reproduces the EPA tool); shore power zeroes the auxiliary engines, whose grid emissions shore_power_emissions() reports';

-- ---------------------------------------------------------------------------
-- The ship register: your ships' particulars, keyed by IMO number and MMSI
-- (either may be missing).  Rows are yours (dumped by pg_dump); estimated
-- names every value that is not reported, with the relationship used.
-- ---------------------------------------------------------------------------

-- The IMO ship identification number's check digit (IMO Resolution A.1117(30)):
-- the first six digits weighted 7, 6, 5, 4, 3, 2; the sum's last digit is the seventh.
CREATE FUNCTION portemis.imo_number_valid(imo integer)
RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN imo BETWEEN 1000000 AND 9999999
   AND ((imo / 1000000) * 7 + (imo / 100000 % 10) * 6 + (imo / 10000 % 10) * 5 + (imo / 1000 % 10) * 4
        + (imo / 100 % 10) * 3 + (imo / 10 % 10) * 2) % 10 = imo % 10;
COMMENT ON FUNCTION portemis.imo_number_valid(integer) IS
    'True for a seven-digit IMO number whose check digit is right (IMO Resolution A.1117(30))';

CREATE TABLE portemis.ship_register (
    imo              integer UNIQUE CHECK (portemis.imo_number_valid(imo)),
    mmsi             integer UNIQUE CHECK (mmsi BETWEEN 100000000 AND 999999999),
    name             text,
    ship_type        text,
    dwt              double precision CHECK (dwt > 0 AND dwt < 1e6),
    gt               double precision CHECK (gt > 0 AND gt < 1e6),
    teu              double precision CHECK (teu > 0 AND teu < 1e5),
    passengers       double precision CHECK (passengers >= 0 AND passengers < 1e5),
    length_m         double precision CHECK (length_m > 0 AND length_m < 600),
    beam_m           double precision CHECK (beam_m > 0 AND beam_m < 100),
    design_draught_m double precision CHECK (design_draught_m > 0 AND design_draught_m < 40),
    main_engine      text CHECK (upper(main_engine) IN ('SSD', 'MSD', 'MSD_ED', 'GT', 'GT_ED', 'ST', 'LNG')),
    engine_category  integer CHECK (engine_category BETWEEN 1 AND 3),
    mcr_kw           double precision CHECK (mcr_kw > 0 AND mcr_kw < 2e5),
    service_speed_kn double precision CHECK (service_speed_kn > 0 AND service_speed_kn < 60),
    max_speed_kn     double precision CHECK (max_speed_kn > 0 AND max_speed_kn < 60),
    aux_engine       text CHECK (upper(aux_engine) IN ('MSD', 'HSD', 'LNG')),
    aux_kw           double precision CHECK (aux_kw >= 0 AND aux_kw < 1e5),
    boiler_kw        double precision CHECK (boiler_kw >= 0 AND boiler_kw < 1e5),
    keel_laid_year   integer CHECK (keel_laid_year BETWEEN 1800 AND 2200),
    build_year       integer CHECK (build_year BETWEEN 1800 AND 2200),
    shore_power      boolean NOT NULL DEFAULT false,
    estimated        jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(estimated) = 'object'),
    source           text,
    CHECK (imo IS NOT NULL OR mmsi IS NOT NULL)
);
COMMENT ON TABLE portemis.ship_register IS
    'Your ships: particulars keyed by IMO number and/or MMSI; ship_type is normalised to portemis.ship_type on write; estimated lists the values that are estimates ({"dwt": "from ..."}); ship(imo => ...) reads a row as a vessel';

-- Normalise the ship type (aliases, case) and check that estimated names columns.
CREATE FUNCTION portemis.ship_register_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    bad text;
BEGIN
    -- Normalise a known name or alias.  An unknown one is kept as written, with a warning, not refused:
    -- pg_restore loads this table before the user rows of ship_type that may define it.  ship() refuses it.
    IF NEW.ship_type IS NOT NULL THEN
        BEGIN
            NEW.ship_type := @extschema@.ship_type(NEW.ship_type);
        EXCEPTION WHEN invalid_parameter_value THEN
            RAISE WARNING 'ship_register: unknown ship type "%" kept as written (%)',
                NEW.ship_type, concat_ws(', ', 'IMO ' || NEW.imo, 'MMSI ' || NEW.mmsi)
                USING HINT = 'Define it in portemis.ship_type or portemis.ship_type_alias; ship() refuses it until then.';
        END;
    END IF;
    NEW.main_engine := upper(NEW.main_engine);
    NEW.aux_engine := upper(NEW.aux_engine);
    SELECT string_agg(k, ', ') INTO bad FROM jsonb_object_keys(NEW.estimated) k
    WHERE k NOT IN (SELECT a.attname FROM pg_attribute a
                    WHERE a.attrelid = 'portemis.ship_register'::regclass AND a.attnum > 0 AND NOT a.attisdropped);
    IF bad IS NOT NULL THEN
        RAISE EXCEPTION 'estimated names no column of ship_register: %', bad USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN NEW;
END $$;
COMMENT ON FUNCTION portemis.ship_register_check() IS
    'Trigger of portemis.ship_register: normalises ship_type (aliases, case; an unknown type is kept with a WARNING, so that a dump restores) and the engine codes, and refuses an estimated key that names no column (22023)';
CREATE TRIGGER ship_register_check BEFORE INSERT OR UPDATE ON portemis.ship_register
    FOR EACH ROW EXECUTE FUNCTION portemis.ship_register_check();
SELECT pg_catalog.pg_extension_config_dump('portemis.ship_register', '');
GRANT SELECT ON portemis.ship_register TO PUBLIC;

-- A register row as vessel particulars, by IMO number or MMSI.
-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ship(imo integer DEFAULT NULL, mmsi integer DEFAULT NULL)
RETURNS portemis.vessel
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    r portemis.ship_register;
    est jsonb;
BEGIN
    IF ship.imo IS NULL AND ship.mmsi IS NULL THEN
        RAISE EXCEPTION 'ship() needs an imo or an mmsi' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF NOT portemis.imo_number_valid(ship.imo) THEN
        RAISE EXCEPTION 'IMO number % is not valid', ship.imo
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'An IMO number is seven digits, the last a check digit (IMO Resolution A.1117(30)).';
    END IF;
    SELECT * INTO r FROM portemis.ship_register s
    WHERE (ship.imo IS NULL OR s.imo = ship.imo) AND (ship.mmsi IS NULL OR s.mmsi = ship.mmsi);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no ship with % in portemis.ship_register',
            concat_ws(' and ', 'IMO ' || ship.imo, 'MMSI ' || ship.mmsi)
            USING ERRCODE = 'no_data_found';
    END IF;
    est := r.estimated;
    IF r.keel_laid_year IS NULL AND r.build_year IS NOT NULL THEN
        r.keel_laid_year := r.build_year;
        est := est || '{"keel_laid_year": "the year of build (the keel is laid earlier: near 2000, 2011 and 2016 the tier may be one too new)"}';
    END IF;
    RETURN @extschema@.vessel(r.ship_type, r.imo, r.dwt, r.gt, r.teu, r.passengers, r.main_engine, r.mcr_kw,
                              r.max_speed_kn, r.service_speed_kn, r.keel_laid_year, r.aux_engine, r.aux_kw,
                              r.boiler_kw, r.shore_power, r.mmsi, r.name, r.length_m, r.beam_m,
                              r.design_draught_m, r.engine_category, NULL::integer, est);
END $$;
COMMENT ON FUNCTION @extschema@.ship(integer, integer) IS
    'The vessel particulars of a ship_register row, by IMO number and/or MMSI: mode_emissions(ship(imo => 9321483), ''berth'', 24)';

-- The size bin of a ship in an auxiliary power basis (EPA guidance Appendix E; bins are [min, max)).
-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ship_subtype(ship_type text, dwt double precision DEFAULT NULL,
    gt double precision DEFAULT NULL, teu double precision DEFAULT NULL, passengers double precision DEFAULT NULL,
    basis text DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    v_code text := CASE WHEN ship_subtype.ship_type IS NOT NULL THEN @extschema@.ship_type(ship_subtype.ship_type) END;
    b text := coalesce(basis, current_setting('portemis.aux_power_basis', true), 'imo_ghg3');
    unit text;
    size double precision;
    result text;
    depth integer := 0;
BEGIN
    IF v_code IS NULL THEN
        RETURN NULL;
    END IF;
    IF b = '' THEN
        b := 'imo_ghg3';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM portemis.auxiliary_power a WHERE a.basis = b) THEN
        RAISE EXCEPTION 'unknown auxiliary power basis "%"', b
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Known: imo_ghg3, starcrest2016, or a basis of your rows in portemis.auxiliary_power.';
    END IF;
    -- a type without rows of its own uses its parent's (lng_carrier -> gas_carrier -> tanker)
    WHILE v_code IS NOT NULL AND depth < 8 LOOP
        SELECT a.size_unit INTO unit FROM portemis.auxiliary_power a
        WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary' LIMIT 1;
        EXIT WHEN FOUND;
        SELECT t.parent INTO v_code FROM portemis.ship_type t WHERE t.code = v_code ORDER BY t.shipped LIMIT 1;
        depth := depth + 1;
    END LOOP;
    IF unit IS NULL THEN
        RAISE EXCEPTION 'ship type % has no size bins in basis %', ship_subtype.ship_type, b
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    size := CASE unit WHEN 'dwt' THEN dwt WHEN 'gt' THEN gt WHEN 'teu' THEN teu ELSE passengers END;
    IF size IS NULL THEN
        IF (SELECT count(*) FROM portemis.auxiliary_power a
            WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary') = 1 THEN
            size := 0;			-- one bin for every size: no size needed (as in the EPA tool)
        ELSE
            RAISE EXCEPTION 'the size bins of % in basis % need its %', v_code, b, unit
                USING ERRCODE = 'null_value_not_allowed';
        END IF;
    END IF;
    IF NOT (size >= 0) OR size = 'Infinity' OR size = 'NaN' THEN
        RAISE EXCEPTION '% must be a finite non-negative number, got %', unit, size USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    SELECT a.sub_type INTO result FROM portemis.auxiliary_power a
    WHERE a.basis = b AND a.ship_type = v_code AND a.engine_group = 'auxiliary' AND size >= a.size_min AND size < a.size_max
    ORDER BY a.shipped LIMIT 1;
    RETURN result;
END $$;
COMMENT ON FUNCTION @extschema@.ship_subtype(text, double precision, double precision, double precision, double precision, text) IS
    'The size bin (sub type) of a ship in an auxiliary power basis (default portemis.aux_power_basis, else imo_ghg3): bins are [size_min, size_max) in the type''s unit (dwt, gt, teu or passengers); a type with one bin needs no size';

CREATE FUNCTION @extschema@.shore_power_kwh(v portemis.vessel, hours double precision)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shore_power_kwh(portemis.vessel, double precision) IS
    'Electricity (kWh) the grid supplies at berth instead of the auxiliary engines: berth auxiliary kW x hours';

CREATE FUNCTION @extschema@.shore_power_emissions(v portemis.vessel, hours double precision, grid_kg_co2_per_kwh double precision)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.shore_power_emissions(portemis.vessel, double precision, double precision) IS
    'CO2 (t) of the grid electricity of shore power: shore_power_kwh x grid_kg_co2_per_kwh / 1000; the grid factor is yours';

-- Every code the activity-based functions accept, in one list.
CREATE VIEW portemis.activity_codes AS
SELECT 'engine_group' AS kind, code, description FROM (VALUES
    ('propulsion', 'main engines (also: main)'), ('auxiliary', 'auxiliary engines (also: aux)'), ('boiler', 'auxiliary boilers')) v(code, description)
UNION ALL
SELECT 'engine', code, description FROM (VALUES
    ('SSD', 'slow-speed diesel'), ('MSD', 'medium-speed diesel'), ('MSD_ED', 'medium-speed diesel-electric (no low-load adjustment)'),
    ('GT', 'gas turbine'), ('GT_ED', 'gas turbine, electric drive'), ('ST', 'steam turbine'), ('LNG', 'gas engine on LNG'),
    ('HSD', 'high-speed diesel (auxiliary)'), ('BOILER', 'boiler')) v(code, description)
UNION ALL
SELECT 'fuel', code, description FROM (VALUES
    ('HFO', 'residual fuel (RM); default sulphur 0.50 %'), ('MGO', 'distillate (MGO/MDO, also: MDO); default sulphur 0.10 %'), ('LNG', 'liquefied natural gas')) v(code, description)
UNION ALL
SELECT 'mode', code, description FROM (VALUES
    ('transit', 'under way, load above 0.20'), ('maneuvering', 'speed above 1 kn, load at most 0.20 (also: manoeuvring)'),
    ('berth', 'hotelling at berth (also: hotelling)'), ('anchorage', 'at anchor')) v(code, description)
UNION ALL
SELECT 'ship_type', code, description FROM portemis.ship_type WHERE shipped;
COMMENT ON VIEW portemis.activity_codes IS
    'Engine groups, engines, fuels, modes and ship types of the activity-based method (codes are case-insensitive)';
-- ---------------------------------------------------------------------------
-- Routes and zones.  PostGIS stays at the SQL boundary: these SQL functions
-- hand ST_AsBinary/ST_SRID to C, which measures geodesics on WGS 84 with
-- Karney's algorithm (PROJ geodesic.h).  Their bodies are parsed at install
-- time (SQL-standard bodies), so PostGIS's functions are bound by OID and the
-- caller's search_path does not matter.
-- ---------------------------------------------------------------------------

CREATE FUNCTION portemis.route_length_nm_wkb(wkb bytea, srid integer) RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_length_nm_wkb(bytea, integer) IS
    'Geodesic length (nm) of a LineString/MultiLineString given as WKB; use route_length_nm(geometry)';
CREATE FUNCTION portemis.route_inside_nm_wkb(route bytea, route_srid integer, zone bytea, zone_srid integer)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_inside_nm_wkb(bytea, integer, bytea, integer) IS
    'Geodesic length (nm) of a route inside a zone, both as WKB; use route_split_nm(geometry, geometry)';
CREATE FUNCTION portemis.route_share_wkb(route bytea, route_srid integer, zone bytea, zone_srid integer)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_share_wkb(bytea, integer, bytea, integer) IS
    'Share (0..1) of a route''s geodesic length inside a zone, both as WKB; use route_share(geometry, geometry)';

CREATE FUNCTION @extschema@.route_length_nm(route geometry) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN portemis.route_length_nm_wkb(st_asbinary(route), st_srid(route));
COMMENT ON FUNCTION @extschema@.route_length_nm(geometry) IS
    'Geodesic length on WGS 84 of a LineString or MultiLineString in SRID 4326, nautical miles; a segment takes the short way round (across the antimeridian if shorter); longitudes -180..180 or 0..360; empty: 0';

CREATE FUNCTION @extschema@.route_share(route geometry, zone geometry) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN portemis.route_share_wkb(st_asbinary(route), st_srid(route), st_asbinary(zone), st_srid(zone));
COMMENT ON FUNCTION @extschema@.route_share(geometry, geometry) IS
    'Fraction (0..1) of a route''s geodesic length inside a zone (Polygon/MultiPolygon, SRID 4326): the route is split at the zone boundary in longitude/latitude, pieces measured geodesically; antimeridian-safe; NULL for an empty route';

CREATE FUNCTION @extschema@.route_split_nm(route geometry, zone geometry,
    OUT inside_nm double precision, OUT outside_nm double precision)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT i, greatest(0, t - i)
    FROM (SELECT portemis.route_inside_nm_wkb(st_asbinary(route), st_srid(route), st_asbinary(zone), st_srid(zone)) AS i,
                 portemis.route_length_nm_wkb(st_asbinary(route), st_srid(route)) AS t) s;
END;
COMMENT ON FUNCTION @extschema@.route_split_nm(geometry, geometry) IS
    'Nautical miles of a route inside and outside a zone (see route_share)';

-- Zones: ECAs with their dated limits, port areas, user polygons.
-- Every vertex of a zone where the C code reads it (src/core/pm_geo.c): latitudes within +-90 degrees,
-- longitudes within +-540, no NaN (which a geometry's bounding box leaves out).
CREATE FUNCTION portemis.zone_coordinates_valid(geom geometry) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(bool_and(st_y(d.geom) BETWEEN -90 AND 90 AND st_x(d.geom) BETWEEN -540 AND 540), true)
    FROM st_dumppoints(geom) d;
END;
COMMENT ON FUNCTION portemis.zone_coordinates_valid(geometry) IS
    'Support function of portemis.zone''s check: every vertex within +-90 degrees of latitude and +-540 of longitude, none NaN';

CREATE TABLE portemis.zone (
    name            text NOT NULL CHECK (name <> ''),
    kind            text NOT NULL CHECK (kind IN ('eca', 'port_area', 'berth', 'anchorage', 'inventory', 'custom')),
    valid_from      date NOT NULL DEFAULT '-infinity',
    valid_to        date CHECK (valid_to > valid_from),
    sulphur_pct     double precision CHECK (sulphur_pct >= 0 AND sulphur_pct <= 100),
    nox_tier3_from  date,
    geom            geometry NOT NULL CHECK (st_srid(geom) = 4326 AND geometrytype(geom) IN ('POLYGON', 'MULTIPOLYGON')),
    source          text NOT NULL CHECK (source <> ''),
    shipped         boolean NOT NULL DEFAULT false,
    locode          @extschema@.locode,
    PRIMARY KEY (name, valid_from),
    -- what the C code reads (src/core/pm_geo.c): a zone it refuses would stop every user's ais_activity
    CONSTRAINT zone_coordinates CHECK (portemis.zone_coordinates_valid(geom)),
    -- zones are unioned and intersected (eca_shares): one Z or self-intersecting row would stop every query
    CONSTRAINT zone_shape CHECK (st_ndims(geom) = 2 AND st_isvalid(geom))
);
COMMENT ON CONSTRAINT zone_coordinates ON portemis.zone IS
    'Latitudes within +-90 degrees, longitudes within +-540 (a zone across the antimeridian may use 0..360 or beyond 180); no NaN';
COMMENT ON CONSTRAINT zone_shape ON portemis.zone IS
    'Two-dimensional (ST_Force2D a Z or M polygon) and valid (ST_MakeValid a self-intersecting one; ST_IsValidReason says why)';
COMMENT ON COLUMN portemis.zone.locode IS
    'The port (UN/LOCODE) of a port_area, berth or anchorage zone: ais_port_calls() names a call by it';
COMMENT ON TABLE portemis.zone IS
    'Zones: Emission Control Areas (one row per period of a sulphur limit, % m/m, with the NOx Tier III start for ships built from that date), port areas, berths, anchorages, inventory boundaries and user polygons (custom); geometry SRID 4326; ais_activity() splits AIS intervals at their boundaries';
CREATE INDEX zone_geom ON portemis.zone USING gist (geom);

-- The port gazetteer: the World Port Index (NGA Pub. 150, US Government work, public domain).
CREATE TABLE portemis.port (
    id          integer GENERATED BY DEFAULT AS IDENTITY (START WITH 1000000) PRIMARY KEY,
    wpi_number  numeric,
    locode      @extschema@.locode,
    wpi_locode  text,
    name        text NOT NULL,
    country     text NOT NULL,
    geom        geometry NOT NULL CHECK (st_srid(geom) = 4326 AND geometrytype(geom) = 'POINT'),
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE portemis.port IS
    'Ports of the World Port Index (NGA Pub. 150, public domain): UN/LOCODE (normalised from "US LAX", corrected where WPI differs), the WPI''s own code, name, country, position (SRID 4326)';
CREATE INDEX port_locode ON portemis.port (locode);
CREATE INDEX port_wpi_number ON portemis.port (wpi_number);

CREATE TABLE portemis.port_alias (
    alias   @extschema@.locode PRIMARY KEY,
    locode  @extschema@.locode NOT NULL,
    note    text NOT NULL,
    shipped boolean NOT NULL DEFAULT false
);
-- (the port_alias_check trigger looks up the aliases that lead to a port)
CREATE INDEX port_alias_locode ON portemis.port_alias (locode);
COMMENT ON TABLE portemis.port_alias IS
    'Other codes for a port: alias -> UN/LOCODE (e.g. CNSGH, the World Port Index code of Shanghai, -> CNSHA)';
-- An alias leads to a port of the gazetteer: port_geom resolves an alias first, so an alias to a code the
-- gazetteer lacks (another alias, a typo) would lose the port (port_geom NULL).  Checked from both sides: a new
-- or changed alias, and a port whose last row with a code an alias leads to is deleted or re-coded.  (An alias
-- may be a port's own code: a user's mapping of one port under another, Yokohama under Tokyo.)
-- The trigger runs after the row is written, and its lookups read the other table's latest rows, waiting for
-- a transaction that is writing one (src/pg/registry_names.c): the transaction's own snapshot would miss a
-- change another one commits (REPEATABLE READ) or is making at the same moment.
CREATE FUNCTION portemis._port_with_code(code text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_port_with_code' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._port_with_code(text) IS
    'Internal (trigger port_alias_check): the code, if a port of the gazetteer has it in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';
CREATE FUNCTION portemis._port_alias_to(code text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_port_alias_to' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._port_alias_to(text) IS
    'Internal (trigger port_alias_check): the first port alias, by code, that leads to this code in the latest state (not the transaction''s snapshot; waits for a transaction writing such a row); NULL if none';

CREATE FUNCTION portemis.port_alias_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    orphan text;
BEGIN
    IF portemis._registry_table(TG_RELID) = 'port_alias' THEN
        IF portemis._port_with_code(NEW.locode::text) IS NULL THEN
            RAISE EXCEPTION 'port alias % leads to %, which is not a port of portemis.port', NEW.alias, NEW.locode
                USING ERRCODE = 'foreign_key_violation', HINT = 'Point the alias at the code the gazetteer uses (not at another alias).';
        END IF;
        RETURN NULL;
    END IF;
    IF portemis._port_with_code(OLD.locode::text) IS NULL THEN
        orphan := portemis._port_alias_to(OLD.locode::text);
        IF orphan IS NOT NULL THEN
            RAISE EXCEPTION 'port % is the last of its code, and port alias % leads to it', OLD.locode, orphan
                USING ERRCODE = 'foreign_key_violation', HINT = 'Delete or re-point the alias first.';
        END IF;
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.port_alias_check() IS
    'Trigger: a port alias leads to a port of the gazetteer (checked on port_alias, and on port when a code goes)';
CREATE TRIGGER port_alias_check AFTER INSERT OR UPDATE ON portemis.port_alias
    FOR EACH ROW EXECUTE FUNCTION portemis.port_alias_check();
CREATE TRIGGER port_alias_check AFTER DELETE OR UPDATE OF locode ON portemis.port
    FOR EACH ROW EXECUTE FUNCTION portemis.port_alias_check();
-- GENERATED by tools/gen_zones.py; do not edit by hand.
-- Sulphur limits and dates: MARPOL Annex VI regulation 14.4 (1.50 % until 2010-07-01, 1.00 % until
-- 2015-01-01, 0.10 % since) and the ECA entry-into-force dates; NOx Tier III: regulation 13.5.
INSERT INTO portemis.zone (name, kind, valid_from, valid_to, sulphur_pct, nox_tier3_from, geom, source, shipped) VALUES
 ('North American ECA (Pacific coast)', 'eca', '2012-08-01', '2015-01-01', 1.0, '2016-01-01', st_geomfromtext('POLYGON((-117.103056 32.536111, -117.124722 32.534444, -117.238889 32.5275, -117.263889 32.553611, -117.366944 32.5725, -117.464722 32.589722, -117.826111 32.627222, -118.605833 31.133056, -121.791389 30.556944, -123.289444 31.769722, -123.845556 32.366111, -124.196389 32.944167, -124.454167 33.67, -125.281111 34.524444, -125.723056 35.243889, -126.314722 35.733333, -126.758333 36.273611, -127.121667 37.026389, -127.633889 37.760833, -127.883333 38.418889, -128.523056 39.418056, -128.762778 40.313056, -128.672778 41.2275, -129.010556 42.213611, -129.095 42.792778, -129.023889 43.439444, -128.689722 44.411944, -128.667222 45.511944, -128.816944 46.183611, -129.074722 46.565278, -131.261389 47.665278, -132.683333 48.542222, -133.246389 48.963056, -134.264167 49.3775, -135.316944 50.031111, -136.7625 51.055, -137.698333 51.901111, -138.337222 52.753333, -138.676667 53.488889, -138.814722 53.6775, -139.543889 54.229167, -139.938611 54.656944, -140.929167 55.338333, -141.605 56.12, -142.288611 56.475556, -142.815833 56.621944, -153.250833 58.851111, -153.250833 64.0, -110.0 64.0, -110.0 32.4, -117.0 32.4, -117.103056 32.536111))', 4326), 'MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis', true),
 ('North American ECA (Pacific coast)', 'eca', '2015-01-01', NULL, 0.1, '2016-01-01', st_geomfromtext('POLYGON((-117.103056 32.536111, -117.124722 32.534444, -117.238889 32.5275, -117.263889 32.553611, -117.366944 32.5725, -117.464722 32.589722, -117.826111 32.627222, -118.605833 31.133056, -121.791389 30.556944, -123.289444 31.769722, -123.845556 32.366111, -124.196389 32.944167, -124.454167 33.67, -125.281111 34.524444, -125.723056 35.243889, -126.314722 35.733333, -126.758333 36.273611, -127.121667 37.026389, -127.633889 37.760833, -127.883333 38.418889, -128.523056 39.418056, -128.762778 40.313056, -128.672778 41.2275, -129.010556 42.213611, -129.095 42.792778, -129.023889 43.439444, -128.689722 44.411944, -128.667222 45.511944, -128.816944 46.183611, -129.074722 46.565278, -131.261389 47.665278, -132.683333 48.542222, -133.246389 48.963056, -134.264167 49.3775, -135.316944 50.031111, -136.7625 51.055, -137.698333 51.901111, -138.337222 52.753333, -138.676667 53.488889, -138.814722 53.6775, -139.543889 54.229167, -139.938611 54.656944, -140.929167 55.338333, -141.605 56.12, -142.288611 56.475556, -142.815833 56.621944, -153.250833 58.851111, -153.250833 64.0, -110.0 64.0, -110.0 32.4, -117.0 32.4, -117.103056 32.536111))', 4326), 'MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis', true),
 ('North American ECA (Atlantic and Gulf coasts)', 'eca', '2012-08-01', '2015-01-01', 1.0, '2016-01-01', st_geomfromtext('POLYGON((-64.16 60.0, -56.716667 60.0, -55.634722 58.900278, -55.063056 57.847778, -54.016389 57.586944, -53.132778 57.238889, -52.391389 56.8025, -51.828333 56.303611, -50.295556 54.389167, -50.121389 53.748333, -50.168056 53.083056, -49.9525 52.335, -48.879167 51.572222, -48.267778 50.670833, -48.1175 50.041111, -48.159722 49.400833, -47.921389 48.656111, -47.782222 47.406944, -48.015 46.586667, -48.724444 45.329167, -49.280556 44.727222, -49.856389 44.277222, -50.566944 43.8875, -51.344722 43.601667, -52.289444 43.399722, -53.336944 43.330556, -54.155556 43.353889, -55.128056 43.494722, -55.528889 42.67, -56.159444 41.971944, -57.086944 41.339167, -58.048611 40.926111, -59.088333 40.693889, -60.205556 40.6425, -61.234167 40.762778, -62.296944 41.081111, -63.180278 40.615278, -64.143611 40.292222, -64.991944 40.129444, -65.885278 40.095556, -65.9975 39.968056, -66.353889 39.473333, -66.809167 39.031667, -67.349722 38.654444, -68.033611 38.322222, -68.781944 38.091389, -69.568611 37.970556, -70.4025 37.963056, -70.630556 37.879444, -71.1425 37.310278, -71.566389 36.540278, -71.433889 35.582778, -71.617778 34.552778, -71.876389 33.913611, -72.286667 33.323056, -72.901389 32.758611, -74.200556 31.920278, -75.255556 31.453889, -75.855 31.054444, -76.527222 30.761667, -77.308056 30.213333, -76.945 29.421389, -76.8 28.616389, -76.669444 28.286944, -79.189722 28.286667, -79.476389 27.882222, -79.527222 27.433611, -79.571667 27.270278, -79.582222 27.198333, -79.588611 27.099722, -79.588056 27.007778, -79.5775 26.921111, -79.574167 26.899444, -79.544722 26.762778, -79.539722 26.741667, -79.538889 26.727778, -79.533611 26.686667, -79.525556 26.636944, -79.518333 26.608333, -79.513889 26.589167, -79.512778 26.580833, -79.510556 26.569722, -79.504167 26.52, -79.498056 26.484722, -79.499444 26.425278, -79.498611 26.391389, -79.498333 26.389167, -79.531944 26.315833, -79.554722 26.257222, -79.556389 26.253611, -79.598056 26.135833, -79.6025 26.129722, -79.609722 26.116389, -79.639444 26.047778, -79.6675 25.991667, -79.668889 25.987778, -79.677222 25.963333, -79.685 25.938333, -79.693889 25.901111, -79.696111 25.89, -79.699722 25.865, -79.704444 25.825833, -79.706389 25.806667, -79.706667 25.805556, -79.712222 25.773889, -79.7125 25.771111, -79.716389 25.727778, -79.713333 25.708611, -79.7075 25.676944, -79.7075 25.623333, -79.7075 25.618889, -79.703333 25.5175, -79.703056 25.466389, -79.703333 25.401111, -79.705556 25.3725, -79.702222 25.358056, -79.69 25.281111, -79.691944 25.265833, -79.691944 25.1775, -79.693333 25.164167, -79.695833 25.150833, -79.708056 25.065278, -79.715556 25.05, -79.734722 25.008333, -79.746667 24.984167, -79.765833 24.924444, -79.823333 24.738333, -79.827222 24.717778, -79.847222 24.71, -79.8825 24.696389, -79.999444 24.642222, -80.064167 24.6075, -80.211944 24.555, -80.2225 24.551389, -80.254444 24.536944, -80.281944 24.524167, -80.296389 24.515833, -80.3225 24.503889, -80.328889 24.501667, -80.351389 24.493889, -80.409722 24.471667, -80.419444 24.468333, -80.455556 24.456389, -80.491667 24.441667, -80.539444 24.418611, -80.6025 24.391667, -80.648889 24.375833, -80.664167 24.368611, -80.755833 24.325278, -80.763056 24.321111, -80.780278 24.310556, -80.781667 24.309722, -80.996389 24.164167, -80.9975 24.163333, -81.018611 24.149444, -81.030833 24.141667, -81.0325 24.140556, -81.051667 24.124444, -81.151389 24.038889, -81.187778 24.0, -81.215278 23.925556, -81.328611 23.897778, -81.499722 23.847778, -81.666389 23.833889, -81.833056 23.818056, -82.003056 23.818056, -82.166389 23.828333, -82.416389 23.853889, -82.666389 23.853889, -82.814722 23.828333, -82.853056 23.825556, -82.999722 23.823333, -83.249722 23.831111, -83.430278 23.856111, -83.550278 23.874167, -83.693056 23.901111, -83.803056 23.929722, -83.999722 23.977222, -84.490833 24.160278, -84.644167 24.222222, -84.768611 24.278056, -84.999722 24.391667, -85.105278 24.443611, -85.531667 24.649167, -85.719722 24.738056, -85.999722 24.899167, -86.501944 25.178889, -86.353889 25.720833, -86.1125 26.220278, -86.220833 26.456111, -86.618611 26.562778, -87.493056 26.023333, -88.55 25.706944, -90.494722 25.781667, -90.784722 25.744167, -91.880556 25.861944, -93.066389 26.295556, -93.564444 25.998611, -95.6575 26.008889, -96.808333 26.009167, -96.924444 25.975556, -96.978056 25.970833, -97.031667 25.966111, -97.085556 25.961389, -97.139167 25.956667, -97.146389 25.956667, -99.0 25.9, -99.0 47.0, -75.0 47.0, -70.0 55.0, -65.0 60.3, -64.16 60.0))', 4326), 'MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis', true),
 ('North American ECA (Atlantic and Gulf coasts)', 'eca', '2015-01-01', NULL, 0.1, '2016-01-01', st_geomfromtext('POLYGON((-64.16 60.0, -56.716667 60.0, -55.634722 58.900278, -55.063056 57.847778, -54.016389 57.586944, -53.132778 57.238889, -52.391389 56.8025, -51.828333 56.303611, -50.295556 54.389167, -50.121389 53.748333, -50.168056 53.083056, -49.9525 52.335, -48.879167 51.572222, -48.267778 50.670833, -48.1175 50.041111, -48.159722 49.400833, -47.921389 48.656111, -47.782222 47.406944, -48.015 46.586667, -48.724444 45.329167, -49.280556 44.727222, -49.856389 44.277222, -50.566944 43.8875, -51.344722 43.601667, -52.289444 43.399722, -53.336944 43.330556, -54.155556 43.353889, -55.128056 43.494722, -55.528889 42.67, -56.159444 41.971944, -57.086944 41.339167, -58.048611 40.926111, -59.088333 40.693889, -60.205556 40.6425, -61.234167 40.762778, -62.296944 41.081111, -63.180278 40.615278, -64.143611 40.292222, -64.991944 40.129444, -65.885278 40.095556, -65.9975 39.968056, -66.353889 39.473333, -66.809167 39.031667, -67.349722 38.654444, -68.033611 38.322222, -68.781944 38.091389, -69.568611 37.970556, -70.4025 37.963056, -70.630556 37.879444, -71.1425 37.310278, -71.566389 36.540278, -71.433889 35.582778, -71.617778 34.552778, -71.876389 33.913611, -72.286667 33.323056, -72.901389 32.758611, -74.200556 31.920278, -75.255556 31.453889, -75.855 31.054444, -76.527222 30.761667, -77.308056 30.213333, -76.945 29.421389, -76.8 28.616389, -76.669444 28.286944, -79.189722 28.286667, -79.476389 27.882222, -79.527222 27.433611, -79.571667 27.270278, -79.582222 27.198333, -79.588611 27.099722, -79.588056 27.007778, -79.5775 26.921111, -79.574167 26.899444, -79.544722 26.762778, -79.539722 26.741667, -79.538889 26.727778, -79.533611 26.686667, -79.525556 26.636944, -79.518333 26.608333, -79.513889 26.589167, -79.512778 26.580833, -79.510556 26.569722, -79.504167 26.52, -79.498056 26.484722, -79.499444 26.425278, -79.498611 26.391389, -79.498333 26.389167, -79.531944 26.315833, -79.554722 26.257222, -79.556389 26.253611, -79.598056 26.135833, -79.6025 26.129722, -79.609722 26.116389, -79.639444 26.047778, -79.6675 25.991667, -79.668889 25.987778, -79.677222 25.963333, -79.685 25.938333, -79.693889 25.901111, -79.696111 25.89, -79.699722 25.865, -79.704444 25.825833, -79.706389 25.806667, -79.706667 25.805556, -79.712222 25.773889, -79.7125 25.771111, -79.716389 25.727778, -79.713333 25.708611, -79.7075 25.676944, -79.7075 25.623333, -79.7075 25.618889, -79.703333 25.5175, -79.703056 25.466389, -79.703333 25.401111, -79.705556 25.3725, -79.702222 25.358056, -79.69 25.281111, -79.691944 25.265833, -79.691944 25.1775, -79.693333 25.164167, -79.695833 25.150833, -79.708056 25.065278, -79.715556 25.05, -79.734722 25.008333, -79.746667 24.984167, -79.765833 24.924444, -79.823333 24.738333, -79.827222 24.717778, -79.847222 24.71, -79.8825 24.696389, -79.999444 24.642222, -80.064167 24.6075, -80.211944 24.555, -80.2225 24.551389, -80.254444 24.536944, -80.281944 24.524167, -80.296389 24.515833, -80.3225 24.503889, -80.328889 24.501667, -80.351389 24.493889, -80.409722 24.471667, -80.419444 24.468333, -80.455556 24.456389, -80.491667 24.441667, -80.539444 24.418611, -80.6025 24.391667, -80.648889 24.375833, -80.664167 24.368611, -80.755833 24.325278, -80.763056 24.321111, -80.780278 24.310556, -80.781667 24.309722, -80.996389 24.164167, -80.9975 24.163333, -81.018611 24.149444, -81.030833 24.141667, -81.0325 24.140556, -81.051667 24.124444, -81.151389 24.038889, -81.187778 24.0, -81.215278 23.925556, -81.328611 23.897778, -81.499722 23.847778, -81.666389 23.833889, -81.833056 23.818056, -82.003056 23.818056, -82.166389 23.828333, -82.416389 23.853889, -82.666389 23.853889, -82.814722 23.828333, -82.853056 23.825556, -82.999722 23.823333, -83.249722 23.831111, -83.430278 23.856111, -83.550278 23.874167, -83.693056 23.901111, -83.803056 23.929722, -83.999722 23.977222, -84.490833 24.160278, -84.644167 24.222222, -84.768611 24.278056, -84.999722 24.391667, -85.105278 24.443611, -85.531667 24.649167, -85.719722 24.738056, -85.999722 24.899167, -86.501944 25.178889, -86.353889 25.720833, -86.1125 26.220278, -86.220833 26.456111, -86.618611 26.562778, -87.493056 26.023333, -88.55 25.706944, -90.494722 25.781667, -90.784722 25.744167, -91.880556 25.861944, -93.066389 26.295556, -93.564444 25.998611, -95.6575 26.008889, -96.808333 26.009167, -96.924444 25.975556, -96.978056 25.970833, -97.031667 25.966111, -97.085556 25.961389, -97.139167 25.956667, -97.146389 25.956667, -99.0 25.9, -99.0 47.0, -75.0 47.0, -70.0 55.0, -65.0 60.3, -64.16 60.0))', 4326), 'MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis', true),
 ('North American ECA (Hawaii)', 'eca', '2012-08-01', '2015-01-01', 1.0, '2016-01-01', st_geomfromtext('POLYGON((-153.009167 22.548333, -153.476667 23.101389, -154.036667 23.536389, -154.613333 23.863056, -155.853611 24.363611, -156.4575 24.696389, -157.371389 24.959167, -157.903611 25.228056, -158.51 25.425278, -159.163056 25.521944, -159.905833 25.508611, -160.664722 25.364722, -161.6425 25.001667, -162.220278 24.680278, -162.718889 24.264722, -163.216667 23.680556, -163.549444 23.055556, -163.744722 22.335833, -163.7675 21.6125, -163.628889 20.923889, -163.320278 20.226111, -162.896667 19.650833, -162.343056 19.161944, -161.320556 18.654444, -160.641667 18.508611, -159.938056 18.491944, -159.235556 18.178056, -158.948611 17.521389, -158.508056 16.901667, -157.990278 16.430278, -157.293056 15.999167, -156.351667 15.676944, -155.371111 15.626667, -154.776944 15.729444, -154.218056 15.925556, -152.819722 16.774167, -152.008889 17.561667, -151.506667 18.504444, -151.371389 19.046389, -151.329722 19.579444, -151.382778 20.128333, -151.526667 20.645278, -151.997222 21.485833, -152.523611 22.116111, -153.009167 22.548333))', 4326), 'MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis', true),
 ('North American ECA (Hawaii)', 'eca', '2015-01-01', NULL, 0.1, '2016-01-01', st_geomfromtext('POLYGON((-153.009167 22.548333, -153.476667 23.101389, -154.036667 23.536389, -154.613333 23.863056, -155.853611 24.363611, -156.4575 24.696389, -157.371389 24.959167, -157.903611 25.228056, -158.51 25.425278, -159.163056 25.521944, -159.905833 25.508611, -160.664722 25.364722, -161.6425 25.001667, -162.220278 24.680278, -162.718889 24.264722, -163.216667 23.680556, -163.549444 23.055556, -163.744722 22.335833, -163.7675 21.6125, -163.628889 20.923889, -163.320278 20.226111, -162.896667 19.650833, -162.343056 19.161944, -161.320556 18.654444, -160.641667 18.508611, -159.938056 18.491944, -159.235556 18.178056, -158.948611 17.521389, -158.508056 16.901667, -157.990278 16.430278, -157.293056 15.999167, -156.351667 15.676944, -155.371111 15.626667, -154.776944 15.729444, -154.218056 15.925556, -152.819722 16.774167, -152.008889 17.561667, -151.506667 18.504444, -151.371389 19.046389, -151.329722 19.579444, -151.382778 20.128333, -151.526667 20.645278, -151.997222 21.485833, -152.523611 22.116111, -153.009167 22.548333))', 4326), 'MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis', true),
 ('United States Caribbean Sea ECA', 'eca', '2014-01-01', '2015-01-01', 1.0, '2016-01-01', st_geomfromtext('POLYGON((-67.537222 17.310278, -67.445833 19.187222, -65.28 19.507778, -65.102222 19.206944, -65.006111 18.753611, -64.9925 18.687222, -64.8975 18.489444, -64.889444 18.459722, -64.8775 18.4225, -64.871944 18.408333, -64.863889 18.3975, -64.856389 18.395, -64.838056 18.393333, -64.828056 18.396667, -64.816667 18.403056, -64.799167 18.407778, -64.783611 18.405, -64.776944 18.386944, -64.755556 18.376944, -64.745 18.3775, -64.743333 18.378333, -64.74 18.376944, -64.728333 18.3775, -64.726667 18.375, -64.716111 18.373611, -64.707778 18.373889, -64.700833 18.370833, -64.683333 18.372778, -64.670833 18.365833, -64.639722 18.364167, -64.637778 18.356111, -64.6425 18.344167, -64.637222 18.320833, -64.637778 18.318611, -64.660556 18.289722, -64.661389 18.278611, -64.649444 18.1925, -64.634167 18.050556, -64.493056 18.048889, -64.450556 18.0475, -64.352222 18.041667, -64.335556 18.041944, -64.265833 18.034167, -64.041389 18.003333, -64.017778 17.999444, -63.950278 17.979722, -63.898333 17.964167, -63.889167 17.943889, -63.914722 17.661111, -63.919444 17.618889, -63.932222 17.505833, -63.965833 17.193333, -63.978056 17.083333, -63.988333 16.996944, -67.537222 17.310278))', 4326), 'MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis', true),
 ('United States Caribbean Sea ECA', 'eca', '2015-01-01', NULL, 0.1, '2016-01-01', st_geomfromtext('POLYGON((-67.537222 17.310278, -67.445833 19.187222, -65.28 19.507778, -65.102222 19.206944, -65.006111 18.753611, -64.9925 18.687222, -64.8975 18.489444, -64.889444 18.459722, -64.8775 18.4225, -64.871944 18.408333, -64.863889 18.3975, -64.856389 18.395, -64.838056 18.393333, -64.828056 18.396667, -64.816667 18.403056, -64.799167 18.407778, -64.783611 18.405, -64.776944 18.386944, -64.755556 18.376944, -64.745 18.3775, -64.743333 18.378333, -64.74 18.376944, -64.728333 18.3775, -64.726667 18.375, -64.716111 18.373611, -64.707778 18.373889, -64.700833 18.370833, -64.683333 18.372778, -64.670833 18.365833, -64.639722 18.364167, -64.637778 18.356111, -64.6425 18.344167, -64.637222 18.320833, -64.637778 18.318611, -64.660556 18.289722, -64.661389 18.278611, -64.649444 18.1925, -64.634167 18.050556, -64.493056 18.048889, -64.450556 18.0475, -64.352222 18.041667, -64.335556 18.041944, -64.265833 18.034167, -64.041389 18.003333, -64.017778 17.999444, -63.950278 17.979722, -63.898333 17.964167, -63.889167 17.943889, -63.914722 17.661111, -63.919444 17.618889, -63.932222 17.505833, -63.965833 17.193333, -63.978056 17.083333, -63.988333 16.996944, -67.537222 17.310278))', 4326), 'MARPOL Annex VI Appendix VII seaward limit points (IMO); landward side closed inland by portemis', true),
 ('North Sea ECA', 'eca', '2007-11-22', '2010-07-01', 1.5, '2021-01-01', st_geomfromtext('POLYGON((-4.0 62.0, 5.0 62.0, 8.0 61.5, 10.5 59.5, 11.5 58.9, 12.0 57.74666666666667, 10.6 57.74666666666667, 9.5 57.0, 9.0 54.9, 8.5 53.3, 6.0 52.5, 4.5 51.0, 2.0 50.5, 0.0 49.2, -1.5 48.5, -5.0 48.5, -5.0 50.2, -4.0 50.6, -2.0 51.0, -2.0 54.0, -4.0 57.5, -4.0 62.0))', 4326), 'MARPOL Annex VI reg. 14.3 and Annex V reg. 1.14.6 (North Sea area); approximate polygon built by portemis from the legal description; exact at the seaward limits, coasts closed inland', true),
 ('North Sea ECA', 'eca', '2010-07-01', '2015-01-01', 1.0, '2021-01-01', st_geomfromtext('POLYGON((-4.0 62.0, 5.0 62.0, 8.0 61.5, 10.5 59.5, 11.5 58.9, 12.0 57.74666666666667, 10.6 57.74666666666667, 9.5 57.0, 9.0 54.9, 8.5 53.3, 6.0 52.5, 4.5 51.0, 2.0 50.5, 0.0 49.2, -1.5 48.5, -5.0 48.5, -5.0 50.2, -4.0 50.6, -2.0 51.0, -2.0 54.0, -4.0 57.5, -4.0 62.0))', 4326), 'MARPOL Annex VI reg. 14.3 and Annex V reg. 1.14.6 (North Sea area); approximate polygon built by portemis from the legal description; exact at the seaward limits, coasts closed inland', true),
 ('North Sea ECA', 'eca', '2015-01-01', NULL, 0.1, '2021-01-01', st_geomfromtext('POLYGON((-4.0 62.0, 5.0 62.0, 8.0 61.5, 10.5 59.5, 11.5 58.9, 12.0 57.74666666666667, 10.6 57.74666666666667, 9.5 57.0, 9.0 54.9, 8.5 53.3, 6.0 52.5, 4.5 51.0, 2.0 50.5, 0.0 49.2, -1.5 48.5, -5.0 48.5, -5.0 50.2, -4.0 50.6, -2.0 51.0, -2.0 54.0, -4.0 57.5, -4.0 62.0))', 4326), 'MARPOL Annex VI reg. 14.3 and Annex V reg. 1.14.6 (North Sea area); approximate polygon built by portemis from the legal description; exact at the seaward limits, coasts closed inland', true),
 ('Baltic Sea ECA', 'eca', '2006-05-19', '2010-07-01', 1.5, '2021-01-01', st_geomfromtext('POLYGON((10.6 57.74666666666667, 12.0 57.74666666666667, 14.0 60.0, 18.0 66.5, 26.0 67.0, 32.0 62.0, 32.0 59.0, 25.0 56.0, 22.0 54.0, 14.5 53.3, 10.5 53.8, 9.0 54.9, 9.5 57.0, 10.6 57.74666666666667))', 4326), 'MARPOL Annex VI reg. 14.3 and Annex I reg. 1.11.2 (Baltic Sea area); approximate polygon built by portemis from the legal description; exact at the seaward limits, coasts closed inland', true),
 ('Baltic Sea ECA', 'eca', '2010-07-01', '2015-01-01', 1.0, '2021-01-01', st_geomfromtext('POLYGON((10.6 57.74666666666667, 12.0 57.74666666666667, 14.0 60.0, 18.0 66.5, 26.0 67.0, 32.0 62.0, 32.0 59.0, 25.0 56.0, 22.0 54.0, 14.5 53.3, 10.5 53.8, 9.0 54.9, 9.5 57.0, 10.6 57.74666666666667))', 4326), 'MARPOL Annex VI reg. 14.3 and Annex I reg. 1.11.2 (Baltic Sea area); approximate polygon built by portemis from the legal description; exact at the seaward limits, coasts closed inland', true),
 ('Baltic Sea ECA', 'eca', '2015-01-01', NULL, 0.1, '2021-01-01', st_geomfromtext('POLYGON((10.6 57.74666666666667, 12.0 57.74666666666667, 14.0 60.0, 18.0 66.5, 26.0 67.0, 32.0 62.0, 32.0 59.0, 25.0 56.0, 22.0 54.0, 14.5 53.3, 10.5 53.8, 9.0 54.9, 9.5 57.0, 10.6 57.74666666666667))', 4326), 'MARPOL Annex VI reg. 14.3 and Annex I reg. 1.11.2 (Baltic Sea area); approximate polygon built by portemis from the legal description; exact at the seaward limits, coasts closed inland', true),
 ('Mediterranean Sea ECA', 'eca', '2025-05-01', NULL, 0.1, NULL, st_geomfromtext('POLYGON((-5.6 36.0, -5.6 37.5, -3.0 40.0, 2.0 43.5, 7.0 44.5, 13.0 46.0, 14.5 45.8, 19.0 44.0, 21.0 42.0, 25.0 41.0, 26.5 41.0, 30.0 41.0, 36.0 38.0, 37.0 36.5, 36.5 33.0, 35.0 31.0, 32.5 30.5, 25.0 29.5, 20.0 30.0, 12.0 32.0, 9.0 34.0, 0.0 35.0, -5.6 34.5, -5.6 36.0))', 4326), 'MARPOL Annex VI reg. 14.3 as amended by MEPC.361(79) and Annex I reg. 1.11.1 (Mediterranean Sea area); approximate polygon built by portemis from the legal description; exact at the seaward limits, coasts closed inland', true);
-- GENERATED by tools/gen_ports.py from the World Port Index (NGA Pub. 150, public domain); do not edit by hand.
INSERT INTO portemis.port (id, wpi_number, locode, wpi_locode, name, country, geom, shipped) VALUES
 (1, '7950', NULL, NULL, 'Maurer', 'United States', st_setsrid(st_makepoint(-74.25, 40.533333), 4326), true),
 (2, '52235', NULL, NULL, 'Mangkasa Oil Terminal', 'Indonesia', st_setsrid(st_makepoint(121.066667, -2.733333), 4326), true),
 (3, '47620', NULL, NULL, 'Iharana', 'Madagascar', st_setsrid(st_makepoint(50.0, -13.35), 4326), true),
 (4, '47360', NULL, NULL, 'Andoany', 'Madagascar', st_setsrid(st_makepoint(48.3, -13.4), 4326), true),
 (5, '47020', NULL, NULL, 'Chake Chake', 'Tanzania', st_setsrid(st_makepoint(39.766667, -5.25), 4326), true),
 (6, '47005', NULL, NULL, 'Mjimwema Terminal', 'Tanzania', st_setsrid(st_makepoint(39.366667, -6.816667), 4326), true),
 (7, '57245', NULL, NULL, 'Forari Bay', 'Vanuatu', st_setsrid(st_makepoint(168.55, -17.683333), 4326), true),
 (8, '56820', NULL, NULL, 'Kokopo', 'Papua New Guinea', st_setsrid(st_makepoint(152.266667, -4.333333), 4326), true),
 (9, '56710', NULL, NULL, 'Longan Island', 'Papua New Guinea', st_setsrid(st_makepoint(144.3, -1.216667), 4326), true),
 (10, '56660', NULL, NULL, 'Malakal Harbor', 'Palau', st_setsrid(st_makepoint(134.45, 7.333333), 4326), true),
 (11, '56630', NULL, NULL, 'Colonia', 'Federated States of Micronesia', st_setsrid(st_makepoint(138.133333, 9.516667), 4326), true),
 (12, '56600', NULL, NULL, 'Moen', 'Federated States of Micronesia', st_setsrid(st_makepoint(151.833333, 7.433333), 4326), true),
 (13, '56570', NULL, NULL, 'Lele Harbor', 'Federated States of Micronesia', st_setsrid(st_makepoint(163.033333, 5.333333), 4326), true),
 (14, '44804', NULL, NULL, 'Delta Terminal', 'Turkey', st_setsrid(st_makepoint(36.166667, 36.85), 4326), true),
 (15, '50350', NULL, NULL, 'Cinta Oil Terminal', 'Indonesia', st_setsrid(st_makepoint(106.233333, -5.5), 4326), true),
 (16, '4000', NULL, NULL, 'Port Severn', 'Canada', st_setsrid(st_makepoint(-79.716667, 44.8), 4326), true),
 (17, '38330', NULL, NULL, 'Europa Point', 'Gibraltar', st_setsrid(st_makepoint(-5.35, 36.133333), 4326), true),
 (18, '56945', NULL, NULL, 'Queen Carola Harbor', 'Papua New Guinea', st_setsrid(st_makepoint(154.55, -5.166667), 4326), true),
 (19, '7010', NULL, NULL, 'New Harbor', 'United States', st_setsrid(st_makepoint(-69.483333, 43.866667), 4326), true),
 (20, '5980', NULL, NULL, 'Little Bras D Or', 'Canada', st_setsrid(st_makepoint(-60.3, 46.25), 4326), true),
 (21, '53020', NULL, NULL, 'Tg. Sorong', 'Indonesia', st_setsrid(st_makepoint(131.233333, -0.883333), 4326), true),
 (22, '4950', NULL, NULL, 'Depere', 'United States', st_setsrid(st_makepoint(-88.066667, 44.45), 4326), true),
 (23, '4630', NULL, NULL, 'Leland', 'United States', st_setsrid(st_makepoint(-85.766667, 45.016667), 4326), true),
 (24, '20940', NULL, NULL, 'Bredvik', 'Norway', st_setsrid(st_makepoint(22.133333, 70.583333), 4326), true),
 (25, '19880', NULL, NULL, 'Lazy Bay', 'United States', st_setsrid(st_makepoint(-154.25, 56.9), 4326), true),
 (26, '12900', NULL, NULL, 'Dtse / Gegua Oil Terminal', 'Brazil', st_setsrid(st_makepoint(-43.15, -22.816667), 4326), true),
 (27, '48104', NULL, NULL, 'Sharmah', 'Saudi Arabia', st_setsrid(st_makepoint(35.25, 27.933333), 4326), true),
 (28, '9210', NULL, NULL, 'Norsworthy', 'United States', st_setsrid(st_makepoint(-95.2, 29.733333), 4326), true),
 (29, '8400', NULL, NULL, 'Bayboro', 'United States', st_setsrid(st_makepoint(-76.766667, 35.15), 4326), true),
 (30, '4240', NULL, NULL, 'Hilton', 'Canada', st_setsrid(st_makepoint(-83.883333, 46.25), 4326), true),
 (31, '4160', NULL, NULL, 'Kagawong', 'Canada', st_setsrid(st_makepoint(-82.25, 45.916667), 4326), true),
 (32, '3130', NULL, NULL, 'Chaumont', 'United States', st_setsrid(st_makepoint(-76.133333, 44.066667), 4326), true),
 (33, '20000', NULL, NULL, 'Kanatak', 'United States', st_setsrid(st_makepoint(-156.033333, 57.566667), 4326), true),
 (34, '5520', NULL, NULL, 'Douglastown', 'Canada', st_setsrid(st_makepoint(-64.383333, 48.766667), 4326), true),
 (35, '28615', NULL, NULL, 'Lielupe', 'Latvia', st_setsrid(st_makepoint(23.433333, 57.0), 4326), true),
 (36, '19630', NULL, NULL, 'Katalla', 'United States', st_setsrid(st_makepoint(-144.533333, 60.2), 4326), true),
 (37, '6750', NULL, NULL, 'Minturn', 'United States', st_setsrid(st_makepoint(-68.45, 44.15), 4326), true),
 (38, '6820', NULL, NULL, 'Criehaven', 'United States', st_setsrid(st_makepoint(-68.883333, 43.833333), 4326), true),
 (39, '29800', NULL, NULL, 'Aeroskobing', 'Denmark', st_setsrid(st_makepoint(10.416667, 54.883333), 4326), true),
 (40, '43950', NULL, NULL, 'Kyrylivka', 'Ukraine', st_setsrid(st_makepoint(35.366667, 46.35), 4326), true),
 (41, '48533', NULL, NULL, 'Bandar Taheri Offshore Terminal', 'Iran', st_setsrid(st_makepoint(52.35, 27.65), 4326), true),
 (42, '46691', NULL, NULL, 'North Point', 'Saint Helena, Ascension, and Tristan da Cunha', st_setsrid(st_makepoint(-14.366667, -7.883333), 4326), true),
 (43, '57433', NULL, NULL, 'Bongkot Terminal', 'Thailand', st_setsrid(st_makepoint(102.333333, 8.05), 4326), true),
 (44, '52350', NULL, NULL, 'Donggala', 'Indonesia', st_setsrid(st_makepoint(119.733333, -0.65), 4326), true),
 (45, '3790', NULL, NULL, 'Lions Head', 'Canada', st_setsrid(st_makepoint(-81.25, 44.983333), 4326), true),
 (46, '4150', NULL, NULL, 'Honora', 'Canada', st_setsrid(st_makepoint(-82.166667, 45.866667), 4326), true),
 (47, '23300', NULL, NULL, 'Meling', 'Norway', st_setsrid(st_makepoint(5.116667, 59.783333), 4326), true),
 (48, '23107', NULL, NULL, 'Bud', 'Norway', st_setsrid(st_makepoint(6.916667, 62.9), 4326), true),
 (49, '23455', NULL, NULL, 'Espevaer', 'Norway', st_setsrid(st_makepoint(5.15, 59.583333), 4326), true),
 (50, '19970', NULL, NULL, 'Bear Island', 'United States', st_setsrid(st_makepoint(-152.683333, 58.45), 4326), true),
 (51, '20270', NULL, NULL, 'Koggiung', 'United States', st_setsrid(st_makepoint(-156.916667, 58.966667), 4326), true),
 (52, '20350', NULL, NULL, 'Hamilton', 'United States', st_setsrid(st_makepoint(-163.916667, 62.9), 4326), true),
 (53, '5150', NULL, NULL, 'Gargantua', 'Canada', st_setsrid(st_makepoint(-84.966667, 47.566667), 4326), true),
 (54, '42415', NULL, NULL, 'Larimna', 'Greece', st_setsrid(st_makepoint(23.283333, 38.566667), 4326), true),
 (55, '31895', NULL, NULL, 'Bird Port', 'United Kingdom', st_setsrid(st_makepoint(-2.966667, 51.566667), 4326), true),
 (56, '38420', NULL, NULL, 'Hornillo', 'Spain', st_setsrid(st_makepoint(-1.55, 37.4), 4326), true),
 (57, '40245', NULL, NULL, 'Melilli Oil Terminal', 'Italy', st_setsrid(st_makepoint(15.25, 37.116667), 4326), true),
 (58, '43940', NULL, NULL, 'Henichesk', 'Ukraine', st_setsrid(st_makepoint(34.816667, 46.166667), 4326), true),
 (59, '48464', NULL, NULL, 'Barkan Oil-loading Terminal', 'Iran', st_setsrid(st_makepoint(50.166667, 29.733333), 4326), true),
 (60, '49660', NULL, NULL, 'Moulmein Harbor', 'Burma', st_setsrid(st_makepoint(97.616667, 16.483333), 4326), true),
 (61, '55500', NULL, NULL, 'Kingston', 'Norfolk Island', st_setsrid(st_makepoint(167.95, -29.066667), 4326), true),
 (62, '51290', NULL, NULL, 'Labuhanhaji', 'Indonesia', st_setsrid(st_makepoint(116.566667, -8.7), 4326), true),
 (63, '57415', NULL, NULL, 'Kirteh Oil Terminal', 'Malaysia', st_setsrid(st_makepoint(103.466667, 4.566667), 4326), true),
 (64, '47942', NULL, NULL, 'Al Khair Oil Terminal', 'Sudan', st_setsrid(st_makepoint(37.25, 19.583333), 4326), true),
 (65, '18915', NULL, NULL, 'Bella Bella', 'Canada', st_setsrid(st_makepoint(-128.15, 52.166667), 4326), true),
 (66, '19290', NULL, NULL, 'Fishermans Harbor', 'United States', st_setsrid(st_makepoint(-133.8, 55.966667), 4326), true),
 (67, '5970', NULL, NULL, 'Grand Narrows', 'Canada', st_setsrid(st_makepoint(-60.783333, 45.95), 4326), true),
 (68, '6670', NULL, NULL, 'Corea', 'United States', st_setsrid(st_makepoint(-67.966667, 44.4), 4326), true),
 (69, '7315', NULL, NULL, 'Hyannis Port', 'United States', st_setsrid(st_makepoint(-70.3, 41.633333), 4326), true),
 (70, '58630', NULL, NULL, 'Laoang', 'Philippines', st_setsrid(st_makepoint(125.016667, 12.566667), 4326), true),
 (71, '59550', NULL, NULL, 'Margosatubig', 'Philippines', st_setsrid(st_makepoint(123.166667, 7.583333), 4326), true),
 (72, '60720', NULL, NULL, 'Bukhta Gaydamak', 'Russia', st_setsrid(st_makepoint(132.683333, 42.866667), 4326), true),
 (73, '4720', NULL, NULL, 'Saugatuck', 'United States', st_setsrid(st_makepoint(-86.2, 42.666667), 4326), true),
 (74, '19930', NULL, NULL, 'Dry Spruce Bay', 'United States', st_setsrid(st_makepoint(-153.033333, 57.933333), 4326), true),
 (75, '19980', NULL, NULL, 'Hogg Island', 'United States', st_setsrid(st_makepoint(-152.683333, 58.466667), 4326), true),
 (76, '20410', NULL, NULL, 'Grantley Harbor', 'United States', st_setsrid(st_makepoint(-166.333333, 65.266667), 4326), true),
 (77, '5070', NULL, NULL, 'Nahma', 'United States', st_setsrid(st_makepoint(-86.666667, 45.833333), 4326), true),
 (78, '44270', NULL, NULL, 'Adler', 'Russia', st_setsrid(st_makepoint(39.933333, 43.433333), 4326), true),
 (79, '45635', NULL, NULL, 'Arzew El Djedid', 'Algeria', st_setsrid(st_makepoint(-0.25, 35.816667), 4326), true),
 (80, '45822', NULL, NULL, 'Karabane', 'Senegal', st_setsrid(st_makepoint(-16.666667, 12.566667), 4326), true),
 (81, '46335', NULL, NULL, 'Ceiba Terminal', 'Equatorial Guinea', st_setsrid(st_makepoint(9.233333, 1.416667), 4326), true),
 (82, '46710', NULL, NULL, 'Edinburgh Of The Seven Seas', 'Saint Helena, Ascension, and Tristan da Cunha', st_setsrid(st_makepoint(-12.3, -37.05), 4326), true),
 (83, '14175', NULL, NULL, 'Caleta Mina Elena', 'Chile', st_setsrid(st_makepoint(-71.9, -52.683333), 4326), true),
 (84, '19100', NULL, NULL, 'Hidden Inlet', 'United States', st_setsrid(st_makepoint(-130.333333, 54.95), 4326), true),
 (85, '19120', NULL, NULL, 'George Inlet', 'United States', st_setsrid(st_makepoint(-131.466667, 55.383333), 4326), true),
 (86, '19200', NULL, NULL, 'Burnett Inlet', 'United States', st_setsrid(st_makepoint(-132.466667, 56.066667), 4326), true),
 (87, '19600', NULL, NULL, 'Letnikof Cove', 'United States', st_setsrid(st_makepoint(-135.4, 59.183333), 4326), true),
 (88, '19710', NULL, NULL, 'Crab Bay', 'United States', st_setsrid(st_makepoint(-148.0, 60.066667), 4326), true),
 (89, '6970', NULL, NULL, 'Monhegan', 'United States', st_setsrid(st_makepoint(-69.316667, 43.766667), 4326), true),
 (90, '6710', NULL, NULL, 'Northeast Harbor', 'United States', st_setsrid(st_makepoint(-68.283333, 44.3), 4326), true),
 (91, '6800', NULL, NULL, 'Bucks Harbor', 'United States', st_setsrid(st_makepoint(-68.733333, 44.333333), 4326), true),
 (92, '6830', NULL, NULL, 'Matinicus', 'United States', st_setsrid(st_makepoint(-68.883333, 43.866667), 4326), true),
 (93, '43780', NULL, NULL, 'Balaklava', 'Ukraine', st_setsrid(st_makepoint(33.6, 44.5), 4326), true),
 (94, '43810', NULL, NULL, 'Alushta', 'Ukraine', st_setsrid(st_makepoint(34.416667, 44.683333), 4326), true),
 (95, '48475', NULL, NULL, 'Bandar-E Pars Terminal', 'Iran', st_setsrid(st_makepoint(52.533333, 27.533333), 4326), true),
 (96, '49460', NULL, NULL, 'Machilipatnam', 'India', st_setsrid(st_makepoint(81.166667, 16.15), 4326), true),
 (97, '49875', NULL, NULL, 'Malong Marine Terminal', 'Malaysia', st_setsrid(st_makepoint(104.816667, 4.633333), 4326), true),
 (98, '63090', NULL, NULL, 'Admiralty Bay', 'Antarctica', st_setsrid(st_makepoint(-58.416667, -62.083333), 4326), true),
 (99, '63110', NULL, NULL, 'Melchior Harbor', 'Antarctica', st_setsrid(st_makepoint(-63.0, -64.316667), 4326), true),
 (100, '7900', NULL, NULL, 'Grasselli', 'United States', st_setsrid(st_makepoint(-74.2, 40.616667), 4326), true),
 (101, '543', NULL, NULL, 'Kusanartoq', 'Greenland', st_setsrid(st_makepoint(-42.216667, 61.766667), 4326), true),
 (102, '2350', NULL, NULL, 'Carillon', 'Canada', st_setsrid(st_makepoint(-74.366667, 45.566667), 4326), true),
 (103, '4020', NULL, NULL, 'Depot Harbour', 'Canada', st_setsrid(st_makepoint(-80.1, 45.316667), 4326), true),
 (104, '44807', NULL, NULL, 'Aksaz Limani', 'Turkey', st_setsrid(st_makepoint(28.383333, 36.833333), 4326), true),
 (105, '46239', NULL, NULL, 'Egina Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(6.7, 3.066667), 4326), true),
 (106, '46452', NULL, NULL, 'Olowi Marine Terminal', 'Gabon', st_setsrid(st_makepoint(10.216667, -3.133333), 4326), true),
 (107, '47625', NULL, NULL, 'Antsohim Bondrona', 'Madagascar', st_setsrid(st_makepoint(48.833333, -13.083333), 4326), true),
 (108, '48121', NULL, NULL, 'King Fahd Port', 'Saudi Arabia', st_setsrid(st_makepoint(38.216667, 23.95), 4326), true),
 (109, '51780', NULL, NULL, 'Lingkas', 'Indonesia', st_setsrid(st_makepoint(117.6, 3.283333), 4326), true),
 (110, '53195', NULL, NULL, 'Discovery Bay', 'Papua New Guinea', st_setsrid(st_makepoint(150.416667, -10.416667), 4326), true),
 (111, '54830', NULL, NULL, 'Dover', 'Australia', st_setsrid(st_makepoint(147.033333, -43.316667), 4326), true),
 (112, '55270', NULL, NULL, 'Collingwood', 'New Zealand', st_setsrid(st_makepoint(172.666667, -40.683333), 4326), true),
 (113, '56039', NULL, NULL, 'English Harbor', 'Kiribati', st_setsrid(st_makepoint(-159.366667, 3.85), 4326), true),
 (114, '26990', NULL, NULL, 'Gumbodahamn', 'Sweden', st_setsrid(st_makepoint(21.1, 64.233333), 4326), true),
 (115, '42180', NULL, NULL, 'Ayios Nikolaos', 'Greece', st_setsrid(st_makepoint(23.533333, 37.983333), 4326), true),
 (116, '43093', NULL, NULL, 'Akra Kavonisi', 'Greece', st_setsrid(st_makepoint(23.633333, 35.516667), 4326), true),
 (117, '43384', NULL, NULL, 'Borusan Fertilizer Jetty', 'Turkey', st_setsrid(st_makepoint(29.1, 40.416667), 4326), true),
 (118, '60030', NULL, NULL, 'Ankingcheng', 'China', st_setsrid(st_makepoint(117.033333, 30.516667), 4326), true),
 (119, '60350', NULL, NULL, 'Cheju Hang', 'South Korea', st_setsrid(st_makepoint(126.533333, 33.516667), 4326), true),
 (120, '61110', NULL, NULL, 'Mombetsu Ko', 'Japan', st_setsrid(st_makepoint(143.35, 44.35), 4326), true),
 (121, '63070', NULL, NULL, 'Ellefsen Harbor', 'Antarctica', st_setsrid(st_makepoint(-45.033333, -60.733333), 4326), true),
 (122, '63120', NULL, NULL, 'Andersen Harbor', 'Antarctica', st_setsrid(st_makepoint(-62.933333, -64.316667), 4326), true),
 (123, '19750', NULL, NULL, 'Latouche', 'United States', st_setsrid(st_makepoint(-147.9042, 60.0505), 4326), true),
 (124, '11360', NULL, NULL, 'Baie Du Marigot', 'France', st_setsrid(st_makepoint(-63.083333, 18.066667), 4326), true),
 (125, '11372', NULL, NULL, 'Coles Bay Oil Terminal', 'Sint Maarten', st_setsrid(st_makepoint(-63.083333, 18.016667), 4326), true),
 (126, '48057', NULL, NULL, 'Zafarana Terminal', 'Egypt', st_setsrid(st_makepoint(32.683333, 29.166667), 4326), true),
 (127, '60205', NULL, NULL, 'Suizhang Gang', 'China', st_setsrid(st_makepoint(121.05, 40.066667), 4326), true),
 (128, '55960', NULL, NULL, 'Port Rikitea', 'French Polynesia', st_setsrid(st_makepoint(-134.966667, -23.116667), 4326), true),
 (129, '57900', NULL, NULL, 'Su-Ao', 'Taiwan', st_setsrid(st_makepoint(121.866667, 24.6), 4326), true),
 (130, '60870', NULL, NULL, 'Vitaz Marine Terminal', 'Russia', st_setsrid(st_makepoint(143.55, 52.7), 4326), true),
 (131, '60010', NULL, NULL, 'Wu Hu', 'China', st_setsrid(st_makepoint(118.366667, 31.333333), 4326), true),
 (132, '49685', NULL, NULL, 'Yetagun Marine Terminal', 'Burma', st_setsrid(st_makepoint(96.85, 13.05), 4326), true),
 (133, '48214', NULL, NULL, 'Rudum Terminal', 'Yemen', st_setsrid(st_makepoint(47.916667, 13.983333), 4326), true),
 (134, '48272', NULL, NULL, 'Sharjah Offshore Terminal', 'United Arab Emirates', st_setsrid(st_makepoint(55.4, 25.583333), 4326), true),
 (135, '47989', NULL, NULL, 'Zeit Bay Lpg Terminal', 'Egypt', st_setsrid(st_makepoint(33.566667, 27.8), 4326), true),
 (136, '51800', NULL, NULL, 'Tanjungredeb', 'Indonesia', st_setsrid(st_makepoint(117.483333, 2.15), 4326), true),
 (137, '59575', NULL, NULL, 'Santa Clara', 'Philippines', st_setsrid(st_makepoint(122.683333, 7.783333), 4326), true),
 (138, '11048', NULL, NULL, 'Punta Nizao Oil Terminal', 'Dominican Republic', st_setsrid(st_makepoint(-70.2, 18.2), 4326), true),
 (139, '57490', NULL, NULL, 'Phsar Ream', 'Cambodia', st_setsrid(st_makepoint(103.6, 10.5), 4326), true),
 (140, '50231', NULL, NULL, 'Ramba', 'Indonesia', st_setsrid(st_makepoint(104.133333, -2.616667), 4326), true),
 (141, '56330', NULL, NULL, 'Wake Island', 'Wake Island', st_setsrid(st_makepoint(166.616667, 19.283333), 4326), true),
 (142, '61090', NULL, NULL, 'Shakotan', 'Russia', st_setsrid(st_makepoint(146.833333, 43.866667), 4326), true),
 (143, '50932', NULL, NULL, 'Tanjung Gerem', 'Indonesia', st_setsrid(st_makepoint(105.983333, -5.966667), 4326), true),
 (144, '51680', NULL, NULL, 'Victoria', 'Malaysia', st_setsrid(st_makepoint(115.233333, 5.283333), 4326), true),
 (145, '48341', NULL, NULL, 'Ras Al Ghar', 'Saudi Arabia', st_setsrid(st_makepoint(49.866667, 26.9), 4326), true),
 (146, '7890', NULL, NULL, 'Port Socony', 'United States', st_setsrid(st_makepoint(-74.25, 40.55), 4326), true),
 (147, '8890', NULL, NULL, 'Tri-City Port', 'United States', st_setsrid(st_makepoint(-90.2, 38.716667), 4326), true),
 (148, '11005', NULL, NULL, 'Puerto Botado', 'Dominican Republic', st_setsrid(st_makepoint(-69.45, 19.2), 4326), true),
 (149, '63100', NULL, NULL, 'Port Lockroy', 'Antarctica', st_setsrid(st_makepoint(-63.5, -64.816667), 4326), true),
 (150, '51500', NULL, NULL, 'Tarempah', 'Indonesia', st_setsrid(st_makepoint(106.216667, 3.216667), 4326), true),
 (151, '52440', NULL, NULL, 'Tahuna', 'Indonesia', st_setsrid(st_makepoint(125.483333, 3.616667), 4326), true),
 (152, '57472', NULL, NULL, 'Petchburi Terminal', 'Thailand', st_setsrid(st_makepoint(100.15, 13.166667), 4326), true),
 (153, '63080', NULL, NULL, 'Scotia Bay', 'Antarctica', st_setsrid(st_makepoint(-44.716667, -60.75), 4326), true),
 (154, '19589', NULL, NULL, 'Tanani Point', 'United States', st_setsrid(st_makepoint(-135.45, 59.283333), 4326), true),
 (155, '33470', NULL, NULL, 'Rothesay Dock', 'United Kingdom', st_setsrid(st_makepoint(-4.4, 55.9), 4326), true),
 (156, '12650', NULL, NULL, 'Porto De Mucuripe', 'Brazil', st_setsrid(st_makepoint(-38.483333, -3.716667), 4326), true),
 (157, '4130', NULL, NULL, 'Sheguiandah', 'Canada', st_setsrid(st_makepoint(-81.916667, 45.9), 4326), true),
 (158, '19807', NULL, NULL, 'Snug Harbor', 'United States', st_setsrid(st_makepoint(-152.583333, 60.1), 4326), true),
 (159, '47690', NULL, NULL, 'Port Est', 'Reunion', st_setsrid(st_makepoint(55.316667, -20.933333), 4326), true),
 (160, '28715', NULL, NULL, 'Port Polnochny', 'Poland', st_setsrid(st_makepoint(18.716667, 54.4), 4326), true),
 (161, '42790', NULL, NULL, 'Vrakhonisis Kallonis', 'Greece', st_setsrid(st_makepoint(26.083333, 39.083333), 4326), true),
 (162, '45515', NULL, NULL, 'Port Methanier', 'Algeria', st_setsrid(st_makepoint(6.95, 36.883333), 4326), true),
 (163, '19950', NULL, NULL, 'Port Vita', 'United States', st_setsrid(st_makepoint(-153.066667, 58.066667), 4326), true),
 (164, '19830', NULL, NULL, 'Womens Bay', 'United States', st_setsrid(st_makepoint(-152.516667, 57.716667), 4326), true),
 (165, '542', NULL, NULL, 'Qutdleq', 'Greenland', st_setsrid(st_makepoint(-42.216667, 61.516667), 4326), true),
 (166, '14090', NULL, NULL, 'Puerto Sara', 'Chile', st_setsrid(st_makepoint(-70.2, -52.633333), 4326), true),
 (167, '9665', NULL, NULL, 'Puerto Este', 'Honduras', st_setsrid(st_makepoint(-86.9, 16.083333), 4326), true),
 (168, '6650', NULL, NULL, 'Wyman', 'United States', st_setsrid(st_makepoint(-67.866667, 44.516667), 4326), true),
 (169, '12820', NULL, NULL, 'Portocel', 'Brazil', st_setsrid(st_makepoint(-40.05, -19.85), 4326), true),
 (170, '35835', NULL, NULL, 'Port Du Havre-Antifer', 'France', st_setsrid(st_makepoint(0.15, 49.65), 4326), true),
 (171, '26280', NULL, NULL, 'Ulvvik', 'Sweden', st_setsrid(st_makepoint(17.866667, 62.666667), 4326), true),
 (172, '7020', NULL, NULL, 'Pemaquid Beach', 'United States', st_setsrid(st_makepoint(-69.533333, 43.866667), 4326), true),
 (173, '3950', NULL, NULL, 'Tiffin', 'Canada', st_setsrid(st_makepoint(-79.85, 44.75), 4326), true),
 (174, '1820', NULL, NULL, 'St George''s', 'Canada', st_setsrid(st_makepoint(-58.45, 48.45), 4326), true),
 (175, '40750', NULL, NULL, 'Porto Di Malamocco', 'Italy', st_setsrid(st_makepoint(12.316667, 45.333333), 4326), true),
 (176, '4380', NULL, NULL, 'Port Hope', 'United States', st_setsrid(st_makepoint(-82.7, 43.95), 4326), true),
 (177, '3960', NULL, NULL, 'Port Mcnicoll', 'Canada', st_setsrid(st_makepoint(-79.8, 44.75), 4326), true),
 (178, '3150', NULL, NULL, 'Sackets Harbor', 'United States', st_setsrid(st_makepoint(-76.116667, 43.95), 4326), true),
 (179, '46544', NULL, NULL, 'Psvm Terminal', 'Angola', st_setsrid(st_makepoint(10.733333, -6.25), 4326), true),
 (180, '12857', NULL, NULL, 'Santa Clara', 'Brazil', st_setsrid(st_makepoint(-51.366667, -20.883333), 4326), true),
 (181, '4270', NULL, NULL, 'Richards Landing', 'Canada', st_setsrid(st_makepoint(-84.033333, 46.3), 4326), true),
 (182, '19180', NULL, NULL, 'Yes Bay', 'United States', st_setsrid(st_makepoint(-131.8, 55.916667), 4326), true),
 (183, '47695', NULL, NULL, 'Port Ouest', 'Reunion', st_setsrid(st_makepoint(55.283333, -20.933333), 4326), true),
 (184, '9230', NULL, NULL, 'Sinco', 'United States', st_setsrid(st_makepoint(-95.233333, 29.716667), 4326), true),
 (185, '14020', NULL, NULL, 'Prince Olav Harbor', 'South Georgia and South Sandwich Islands', st_setsrid(st_makepoint(-37.15, -54.033333), 4326), true),
 (186, '43835', NULL, NULL, 'Sudak', 'Ukraine', st_setsrid(st_makepoint(34.983333, 44.85), 4326), true),
 (187, '5170', NULL, NULL, 'Quebec Harbour', 'Canada', st_setsrid(st_makepoint(-85.8, 47.7), 4326), true),
 (188, '19490', NULL, NULL, 'Todd', 'United States', st_setsrid(st_makepoint(-135.05, 57.466667), 4326), true),
 (189, '19730', NULL, NULL, 'Port Ashton', 'United States', st_setsrid(st_makepoint(-148.05, 60.066667), 4326), true),
 (190, '3980', NULL, NULL, 'Waubaushene', 'Canada', st_setsrid(st_makepoint(-79.716667, 44.766667), 4326), true),
 (191, '4480', NULL, NULL, 'Rockport', 'United States', st_setsrid(st_makepoint(-83.383333, 45.2), 4326), true),
 (192, '19585', NULL, NULL, 'Port Chilkoot', 'United States', st_setsrid(st_makepoint(-135.433333, 59.233333), 4326), true),
 (193, '7070', NULL, NULL, 'Robinhood', 'United States', st_setsrid(st_makepoint(-69.733333, 43.85), 4326), true),
 (194, '6980', NULL, NULL, 'Port Clyde', 'United States', st_setsrid(st_makepoint(-69.25, 43.916667), 4326), true),
 (195, '42440', NULL, NULL, 'Stilis', 'Greece', st_setsrid(st_makepoint(22.616667, 38.916667), 4326), true),
 (196, '42205', NULL, NULL, 'Pakhi Oil Terminal', 'Greece', st_setsrid(st_makepoint(23.383333, 37.966667), 4326), true),
 (197, '19870', NULL, NULL, 'Trap Point', 'United States', st_setsrid(st_makepoint(-154.15, 57.0), 4326), true),
 (198, '5110', NULL, NULL, 'Port Inland', 'United States', st_setsrid(st_makepoint(-85.866667, 45.966667), 4326), true),
 (199, '19650', NULL, NULL, 'Shepard Point', 'United States', st_setsrid(st_makepoint(-145.666667, 60.633333), 4326), true),
 (200, '4580', NULL, NULL, 'St. James Harbor', 'United States', st_setsrid(st_makepoint(-85.516667, 45.733333), 4326), true),
 (201, '14040', NULL, NULL, 'Stromness Harbor', 'South Georgia and South Sandwich Islands', st_setsrid(st_makepoint(-36.7, -54.15), 4326), true),
 (202, '19840', NULL, NULL, 'Port Hobron', 'United States', st_setsrid(st_makepoint(-153.166667, 57.166667), 4326), true),
 (203, '4540', NULL, NULL, 'St Ignace', 'United States', st_setsrid(st_makepoint(-84.716667, 45.85), 4326), true),
 (204, '3610', NULL, NULL, 'Rouge River', 'United States', st_setsrid(st_makepoint(-83.116667, 42.283333), 4326), true),
 (205, '45845', NULL, NULL, 'Victoria', 'Guinea', st_setsrid(st_makepoint(-14.566667, 10.816667), 4326), true),
 (206, '19190', NULL, NULL, 'Union Bay', 'United States', st_setsrid(st_makepoint(-132.216667, 55.766667), 4326), true),
 (207, '3340', NULL, NULL, 'Pelee I West Dock', 'Canada', st_setsrid(st_makepoint(-82.683333, 41.766667), 4326), true),
 (208, '19860', NULL, NULL, 'Three Saints Bay', 'United States', st_setsrid(st_makepoint(-153.5, 57.116667), 4326), true),
 (209, '20330', NULL, NULL, 'Kwiguk', 'United States', st_setsrid(st_makepoint(-164.466667, 62.733333), 4326), true),
 (210, '4450', NULL, NULL, 'Au Sable', 'United States', st_setsrid(st_makepoint(-83.316667, 44.4), 4326), true),
 (211, '61662', 'JPIWK', 'JPIWK', 'Iwakuni Ko', 'Japan', st_setsrid(st_makepoint(132.25, 34.183333), 4326), true),
 (212, '61356', 'JPHTC', 'JPHTC', 'Hitachi', 'Japan', st_setsrid(st_makepoint(140.633333, 36.5), 4326), true),
 (213, '50140', 'IDMUO', 'IDMUO', 'Muntok', 'Indonesia', st_setsrid(st_makepoint(105.166667, -2.066667), 4326), true),
 (214, '40590', 'ITMFR', 'ITMFR', 'Manfredonia', 'Italy', st_setsrid(st_makepoint(15.916667, 41.616667), 4326), true),
 (215, '39810', 'ITCVV', 'ITCVV', 'Civitavecchia', 'Italy', st_setsrid(st_makepoint(11.771, 42.102), 4326), true),
 (216, '45855', 'GNCKY', 'GNCKY', 'Conakry', 'Guinea', st_setsrid(st_makepoint(-13.716667, 9.516667), 4326), true),
 (217, '45838', 'GWOXB', 'GWOXB', 'Bissau', 'Guinea-Bissau', st_setsrid(st_makepoint(-15.633333, 11.866667), 4326), true),
 (218, '34160', 'IEFEN', 'IEFEN', 'Fenit', 'Ireland', st_setsrid(st_makepoint(-9.866667, 52.266667), 4326), true),
 (219, '41420', 'HRKOR', 'HRKOR', 'Korcula', 'Croatia', st_setsrid(st_makepoint(17.133333, 42.933333), 4326), true),
 (220, '41840', 'GRGIE', 'GRGIE', 'Aigio', 'Greece', st_setsrid(st_makepoint(22.083333, 38.25), 4326), true),
 (221, '32700', NULL, NULL, 'Kongshavn', 'Faroe Islands', st_setsrid(st_makepoint(-6.733333, 62.116667), 4326), true),
 (222, '19510', NULL, NULL, 'Hood Bay', 'United States', st_setsrid(st_makepoint(-134.5, 57.4), 4326), true),
 (223, '19330', NULL, NULL, 'Bay Of Pillars', 'United States', st_setsrid(st_makepoint(-134.233333, 56.6), 4326), true),
 (224, '700', NULL, NULL, 'Attu', 'Greenland', st_setsrid(st_makepoint(-53.733333, 67.95), 4326), true),
 (225, '31640', 'GBGSY', 'GBGSY', 'Grimsby', 'United Kingdom', st_setsrid(st_makepoint(-0.066667, 53.583333), 4326), true),
 (226, '31610', 'GBKLN', 'GBKLN', 'King''s Lynn', 'United Kingdom', st_setsrid(st_makepoint(0.4, 52.75), 4326), true),
 (227, '31310', 'BEOST', 'BEOST', 'Oostende', 'Belgium', st_setsrid(st_makepoint(2.916667, 51.233333), 4326), true),
 (228, '30990', 'NLDZL', 'NLDZL', 'Delfzijl', 'Netherlands', st_setsrid(st_makepoint(6.933333, 53.333333), 4326), true),
 (229, '25590', 'SEGVX', 'SEGVX', 'Gavle', 'Sweden', st_setsrid(st_makepoint(17.166667, 60.683333), 4326), true),
 (230, '33560', 'GBAYR', 'GBAYR', 'Ayr', 'United Kingdom', st_setsrid(st_makepoint(-4.633333, 55.466667), 4326), true),
 (231, '7000', 'USFSP', 'USFSP', 'Friendship', 'United States', st_setsrid(st_makepoint(-69.333333, 43.966667), 4326), true),
 (232, '6880', 'USBUP', 'USBUP', 'Bucksport', 'United States', st_setsrid(st_makepoint(-68.783333, 44.566667), 4326), true),
 (233, '23660', 'NOBVK', 'NOBVK', 'Brevik', 'Norway', st_setsrid(st_makepoint(9.7, 59.066667), 4326), true),
 (234, '19588', 'USHNS', 'USHNS', 'Haines', 'United States', st_setsrid(st_makepoint(-135.433333, 59.233333), 4326), true),
 (235, '19110', 'USMTM', 'USMTM', 'Metlakatla', 'United States', st_setsrid(st_makepoint(-131.566667, 55.133333), 4326), true),
 (236, '5460', 'USDLH', 'USDLH', 'Duluth', 'United States', st_setsrid(st_makepoint(-92.1, 46.766667), 4326), true),
 (237, '5390', 'USASX', 'USASX', 'Ashland', 'United States', st_setsrid(st_makepoint(-90.866667, 46.6), 4326), true),
 (238, '4690', 'USMKG', 'USMKG', 'Muskegon', 'United States', st_setsrid(st_makepoint(-86.266667, 43.233333), 4326), true),
 (239, '4650', 'USMBL', 'USMBL', 'Manistee', 'United States', st_setsrid(st_makepoint(-86.316667, 44.25), 4326), true),
 (240, '4520', 'USKWY', 'USKWY', 'Mackinaw City', 'United States', st_setsrid(st_makepoint(-84.716667, 45.783333), 4326), true),
 (241, '9240', 'USHOU', 'USHOU', 'Houston', 'United States', st_setsrid(st_makepoint(-95.283333, 29.75), 4326), true),
 (242, '8410', 'USEWN', 'USEWN', 'New Bern', 'United States', st_setsrid(st_makepoint(-77.05, 35.1), 4326), true),
 (243, '4200', 'CABLR', 'CABLR', 'Blind River', 'Canada', st_setsrid(st_makepoint(-82.95, 46.183333), 4326), true),
 (244, '3940', 'CAMID', 'CAMID', 'Midland', 'Canada', st_setsrid(st_makepoint(-79.916667, 44.75), 4326), true),
 (245, '3520', 'USHUB', 'USHUB', 'Huron', 'United States', st_setsrid(st_makepoint(-82.55, 41.4), 4326), true),
 (246, '3430', 'USBUF', 'USBUF', 'Buffalo', 'United States', st_setsrid(st_makepoint(-78.883333, 42.883333), 4326), true),
 (247, '5320', 'USRGA', 'USRGA', 'Baraga', 'United States', st_setsrid(st_makepoint(-88.483333, 46.783333), 4326), true),
 (248, '33310', 'GBLAH', 'GBLAH', 'Lamlash Harbor', 'United Kingdom', st_setsrid(st_makepoint(-5.116667, 55.533333), 4326), true),
 (249, '33530', 'GBARD', 'GBARD', 'Ardrossan', 'United Kingdom', st_setsrid(st_makepoint(-4.816667, 55.65), 4326), true),
 (250, '2790', 'USAXB', 'USAXB', 'Alexandria Bay', 'United States', st_setsrid(st_makepoint(-75.916667, 44.333333), 4326), true),
 (251, '3100', 'CANOL', 'CANOL', 'Niagara', 'Canada', st_setsrid(st_makepoint(-79.066667, 43.25), 4326), true),
 (252, '4490', 'USMI3', 'USMI3', 'Calcite', 'United States', st_setsrid(st_makepoint(-83.783333, 45.416667), 4326), true),
 (253, '23080', 'NOHOK', 'NOHOK', 'Hommelvik', 'Norway', st_setsrid(st_makepoint(10.8, 63.416667), 4326), true),
 (254, '12772', 'BRARB', 'BRARB', 'Aratu', 'Brazil', st_setsrid(st_makepoint(-38.5, -12.783333), 4326), true),
 (255, '22790', 'NOHNE', 'NOHNE', 'Hemnesberget', 'Norway', st_setsrid(st_makepoint(13.616667, 66.233333), 4326), true),
 (256, '30500', 'DKHSB', 'DKHSB', 'Holstebro-Stuer', 'Denmark', st_setsrid(st_makepoint(8.583333, 56.5), 4326), true),
 (257, '30785', 'DEBUZ', 'DEBUZ', 'Butzfleth', 'Germany', st_setsrid(st_makepoint(9.516667, 53.65), 4326), true),
 (258, '31375', 'GBIOG', 'GBIOG', 'Isle Of Grain', 'United Kingdom', st_setsrid(st_makepoint(0.7, 51.433333), 4326), true),
 (259, '31945', 'GBBFB', 'GBBFB', 'Braefoot Bay Terminal', 'United Kingdom', st_setsrid(st_makepoint(-3.316667, 56.033333), 4326), true),
 (260, '19130', 'USKTN', 'USKTN', 'Ketchikan', 'United States', st_setsrid(st_makepoint(-131.65, 55.333333), 4326), true),
 (261, '24530', 'SEBEA', 'SEBEA', 'Bergkvara', 'Sweden', st_setsrid(st_makepoint(16.1, 56.383333), 4326), true),
 (262, '26240', 'SEHND', 'SEHND', 'Harnosand', 'Sweden', st_setsrid(st_makepoint(17.933333, 62.633333), 4326), true),
 (263, '12710', 'BRCDO', 'BRCDO', 'Cabedelo', 'Brazil', st_setsrid(st_makepoint(-34.833333, -6.966667), 4326), true),
 (264, '5560', 'CADHS', 'CADHS', 'Dalhousie', 'Canada', st_setsrid(st_makepoint(-66.366667, 48.066667), 4326), true),
 (265, '15290', 'ECLLD', 'ECLLD', 'La Libertad', 'Ecuador', st_setsrid(st_makepoint(-80.916667, -2.216667), 4326), true),
 (266, '14380', 'CLLTA', 'CLLTA', 'Lota', 'Chile', st_setsrid(st_makepoint(-73.15, -37.1), 4326), true),
 (267, '19850', 'USQMW', 'USQMW', 'Mccord', 'United States', st_setsrid(st_makepoint(-153.2, 57.15), 4326), true),
 (268, '5990', 'CANSY', 'CANSY', 'North Sydney', 'Canada', st_setsrid(st_makepoint(-60.25, 46.216667), 4326), true),
 (269, '3380', 'CAAMH', 'CAAMH', 'Amherstburg', 'Canada', st_setsrid(st_makepoint(-83.1, 42.1), 4326), true),
 (270, '10010', 'BSMAT', 'BSMAT', 'Matthew Town', 'The Bahamas', st_setsrid(st_makepoint(-73.683333, 20.95), 4326), true),
 (271, '11100', 'PRARE', 'PRARE', 'Arecibo', 'Puerto Rico', st_setsrid(st_makepoint(-66.7, 18.483333), 4326), true),
 (272, '7190', 'USZMP', 'USZMP', 'Newburyport', 'United States', st_setsrid(st_makepoint(-70.866667, 42.816667), 4326), true),
 (273, '29120', 'DKHSL', 'DKHSL', 'Hasle', 'Denmark', st_setsrid(st_makepoint(14.7, 55.183333), 4326), true),
 (274, '30170', 'DKFRC', 'DKFRC', 'Fredericia', 'Denmark', st_setsrid(st_makepoint(9.766667, 55.566667), 4326), true),
 (275, '30640', 'DKEBJ', 'DKEBJ', 'Esbjerg', 'Denmark', st_setsrid(st_makepoint(8.45, 55.466667), 4326), true),
 (276, '31320', 'BENIE', 'BENIE', 'Nieuwpoort', 'Belgium', st_setsrid(st_makepoint(2.75, 51.133333), 4326), true),
 (277, '32910', 'GBKYN', 'GBKYN', 'Kyleakin', 'United Kingdom', st_setsrid(st_makepoint(-5.733333, 57.266667), 4326), true),
 (278, '32920', 'GBBDF', 'GBBDF', 'Broadford Bay', 'United Kingdom', st_setsrid(st_makepoint(-5.883333, 57.25), 4326), true),
 (279, '10430', 'CUCEI', 'CUCEI', 'Ceiba Hueca', 'Cuba', st_setsrid(st_makepoint(-77.316667, 20.216667), 4326), true),
 (280, '61160', 'JPKUH', 'JPKUH', 'Kushiro Ko', 'Japan', st_setsrid(st_makepoint(144.366667, 42.983333), 4326), true),
 (281, '60320', 'KRINC', 'KRINC', 'Inchon', 'South Korea', st_setsrid(st_makepoint(126.616667, 37.466667), 4326), true),
 (282, '60250', 'CNDAL', 'CNDAL', 'Dalian', 'China', st_setsrid(st_makepoint(121.666667, 38.916667), 4326), true),
 (283, '55210', 'NZNPL', 'NZNPL', 'New Plymouth', 'New Zealand', st_setsrid(st_makepoint(174.033333, -39.066667), 4326), true),
 (284, '55060', 'NZAKL', 'NZAKL', 'Auckland', 'New Zealand', st_setsrid(st_makepoint(174.766667, -36.85), 4326), true),
 (285, '54880', 'AUBWT', 'AUBWT', 'Burnie', 'Australia', st_setsrid(st_makepoint(145.95, -41.05), 4326), true),
 (286, '52720', 'IDAMQ', 'IDAMQ', 'Ambon', 'Indonesia', st_setsrid(st_makepoint(128.166667, -3.683333), 4326), true),
 (287, '48076', 'ILETH', 'ILETH', 'Elat', 'Israel', st_setsrid(st_makepoint(34.95, 29.55), 4326), true),
 (288, '47990', 'EGHRG', 'EGHRG', 'El Ghardaqa', 'Egypt', st_setsrid(st_makepoint(33.85, 27.216667), 4326), true),
 (289, '47630', 'MGDIE', 'MGDIE', 'Antsiranana', 'Madagascar', st_setsrid(st_makepoint(49.283333, -12.266667), 4326), true),
 (290, '47510', 'MGMNJ', 'MGMNJ', 'Mananjary', 'Madagascar', st_setsrid(st_makepoint(48.333333, -21.25), 4326), true),
 (291, '47130', 'SOKMU', 'SOKMU', 'Kismaayo', 'Somalia', st_setsrid(st_makepoint(42.55, -0.366667), 4326), true),
 (292, '47100', 'KEMBA', 'KEMBA', 'Mombasa', 'Kenya', st_setsrid(st_makepoint(39.666667, -4.066667), 4326), true),
 (293, '46590', 'AOLOB', 'AOLOB', 'Lobito', 'Angola', st_setsrid(st_makepoint(13.566667, -12.333333), 4326), true),
 (294, '45820', 'SNDKR', 'SNDKR', 'Dakar', 'Senegal', st_setsrid(st_makepoint(-17.433333, 14.683333), 4326), true),
 (295, '48465', 'IRKHK', 'IRKHK', 'Kharg Island Oil Terminal', 'Iran', st_setsrid(st_makepoint(50.333333, 29.233333), 4326), true),
 (296, '48450', 'IRMRX', 'IRMRX', 'Bandar-E Mahshahr', 'Iran', st_setsrid(st_makepoint(49.183333, 30.466667), 4326), true),
 (297, '44080', 'RUAZO', 'RUAZO', 'Azov', 'Russia', st_setsrid(st_makepoint(39.433333, 47.1), 4326), true),
 (298, '43550', 'ROMAG', 'ROMAG', 'Mangalia', 'Romania', st_setsrid(st_makepoint(28.583333, 43.816667), 4326), true),
 (299, '41940', 'GRKLX', 'GRKLX', 'Kalamata', 'Greece', st_setsrid(st_makepoint(22.116667, 37.016667), 4326), true),
 (300, '41820', 'GRITA', 'GRITA', 'Itea', 'Greece', st_setsrid(st_makepoint(22.416667, 38.433333), 4326), true),
 (301, '41550', 'HRDBV', 'HRDBV', 'Dubrovnik', 'Croatia', st_setsrid(st_makepoint(18.083333, 42.666667), 4326), true),
 (302, '39590', 'ITLIV', 'ITLIV', 'Livorno', 'Italy', st_setsrid(st_makepoint(10.29, 43.542), 4326), true),
 (303, '39025', 'MCMON', 'MCMON', 'Monaco', 'Monaco', st_setsrid(st_makepoint(7.416667, 43.733333), 4326), true),
 (304, '46095', 'TGKPE', 'TGKPE', 'Kpeme', 'Togo', st_setsrid(st_makepoint(1.516667, 6.2), 4326), true),
 (305, '37770', 'ESLCG', 'ESLCG', 'La Coruna', 'Spain', st_setsrid(st_makepoint(-8.4, 43.366667), 4326), true),
 (306, '37120', 'FRLVE', 'FRLVE', 'Le Verdon', 'France', st_setsrid(st_makepoint(-1.05, 45.55), 4326), true),
 (307, '35400', 'GBBRX', 'GBBRX', 'Brixham Harbour', 'United Kingdom', st_setsrid(st_makepoint(-3.516667, 50.4), 4326), true),
 (308, '35150', 'GBBID', 'GBBID', 'Bideford', 'United Kingdom', st_setsrid(st_makepoint(-4.2, 51.033333), 4326), true),
 (309, '34700', 'GBMNC', 'GBMNC', 'Manchester', 'United Kingdom', st_setsrid(st_makepoint(-2.266667, 53.483333), 4326), true),
 (310, '34660', 'GBFLE', 'GBFLE', 'Fleetwood', 'United Kingdom', st_setsrid(st_makepoint(-3.016667, 53.916667), 4326), true),
 (311, '33930', 'IEKBS', 'IEKBS', 'Killybegs', 'Ireland', st_setsrid(st_makepoint(-8.45, 54.633333), 4326), true),
 (312, '34260', 'IEBTH', 'IEBTH', 'Bantry', 'Ireland', st_setsrid(st_makepoint(-9.45, 51.683333), 4326), true),
 (313, '34648', 'GBGIS', 'GBGIS', 'Garlston', 'United Kingdom', st_setsrid(st_makepoint(-2.9, 53.35), 4326), true),
 (314, '42345', 'GRAST', 'GRAST', 'Astakos', 'Greece', st_setsrid(st_makepoint(21.1, 38.483333), 4326), true),
 (315, '41800', 'GRMEL', 'GRMEL', 'Mesolongion', 'Greece', st_setsrid(st_makepoint(21.416667, 38.366667), 4326), true),
 (316, '48470', 'IRBUZ', 'IRBUZ', 'Bushehr', 'Iran', st_setsrid(st_makepoint(50.833333, 28.983333), 4326), true),
 (317, '45350', 'LYABK', 'LYABK', 'Abu Khammash', 'Libya', st_setsrid(st_makepoint(11.816667, 33.066667), 4326), true),
 (318, '45819', 'SNMBA', 'SNMBA', 'M Bao Oil Terminal', 'Senegal', st_setsrid(st_makepoint(-17.4, 14.716667), 4326), true),
 (319, '46237', 'NGABM', 'NGABM', 'Agbami Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(5.566667, 3.466667), 4326), true),
 (320, '56730', 'PGLOR', 'PGLOR', 'Lorengau', 'Papua New Guinea', st_setsrid(st_makepoint(147.266667, -2.016667), 4326), true),
 (321, '53520', 'AUBNK', 'AUBNK', 'Ballina', 'Australia', st_setsrid(st_makepoint(153.566667, -28.866667), 4326), true),
 (322, '42890', 'GRAND', 'GRAND', 'Andros', 'Greece', st_setsrid(st_makepoint(24.95, 37.833333), 4326), true),
 (323, '37960', 'PTDOU', 'PTDOU', 'Oporto', 'Portugal', st_setsrid(st_makepoint(-8.666667, 41.15), 4326), true),
 (324, '57990', 'PHCLV', 'PHCLV', 'Claveria', 'Philippines', st_setsrid(st_makepoint(121.083333, 18.616667), 4326), true),
 (325, '58370', 'PHMNL', 'PHMNL', 'Manila', 'Philippines', st_setsrid(st_makepoint(120.966667, 14.583333), 4326), true),
 (326, '60240', 'CNLSH', 'CNLSH', 'Lushun', 'China', st_setsrid(st_makepoint(121.25, 38.783333), 4326), true),
 (327, '61140', 'JPHNK', 'JPHNK', 'Hanasaki Ko', 'Japan', st_setsrid(st_makepoint(145.583333, 43.283333), 4326), true),
 (328, '46473', 'CGNKO', 'CGNKO', 'N''kossa Terminal', 'Congo (Brazzaville)', st_setsrid(st_makepoint(11.566667, -5.266667), 4326), true),
 (329, '45952', 'LRGRE', 'LRGRE', 'Greenville', 'Liberia', st_setsrid(st_makepoint(-9.05, 4.983333), 4326), true),
 (330, '51501', 'IDBNT', 'IDBNT', 'Belanak Field Terminal', 'Indonesia', st_setsrid(st_makepoint(106.25, 4.15), 4326), true),
 (331, '51570', 'MYBTN', 'MYBTN', 'Bintangor', 'Malaysia', st_setsrid(st_makepoint(111.633333, 2.166667), 4326), true),
 (332, '39820', 'ITFCO', 'ITFCO', 'Fiumicino', 'Italy', st_setsrid(st_makepoint(12.214, 41.772), 4326), true),
 (333, '43388', 'TRAMR', 'TRAMR', 'Ambarli', 'Turkey', st_setsrid(st_makepoint(28.7, 40.966667), 4326), true),
 (334, '51220', 'IDCXP', 'IDCXP', 'Cilacap', 'Indonesia', st_setsrid(st_makepoint(109.0, -7.733333), 4326), true),
 (335, '46900', 'MZINE', 'MZINE', 'Chinde', 'Mozambique', st_setsrid(st_makepoint(36.5, -18.566667), 4326), true),
 (336, '47420', 'MGMXT', 'MGMXT', 'Maintirano', 'Madagascar', st_setsrid(st_makepoint(44.016667, -18.066667), 4326), true),
 (337, '47590', 'MGWMN', 'MGWMN', 'Maroantsetra', 'Madagascar', st_setsrid(st_makepoint(49.816667, -15.45), 4326), true),
 (338, '52240', 'IDKDI', 'IDKDI', 'Kendari', 'Indonesia', st_setsrid(st_makepoint(122.583333, -3.966667), 4326), true),
 (339, '61360', 'JPCHO', 'JPCHO', 'Choshi', 'Japan', st_setsrid(st_makepoint(140.85, 35.733333), 4326), true),
 (340, '61555', 'JPAMA', 'JPAMA', 'Amagasaki', 'Japan', st_setsrid(st_makepoint(135.383333, 34.7), 4326), true),
 (341, '53142', 'PGKUL', 'PGKUL', 'Kumul', 'Papua New Guinea', st_setsrid(st_makepoint(144.566667, -8.1), 4326), true),
 (342, '53230', 'PGLAE', 'PGLAE', 'Lae', 'Papua New Guinea', st_setsrid(st_makepoint(147.0, -6.733333), 4326), true),
 (343, '54943', 'AUBYP', 'AUBYP', 'Beauty Point', 'Australia', st_setsrid(st_makepoint(146.816667, -41.15), 4326), true),
 (344, '55590', 'TOTBU', 'TOTBU', 'Nuku Alofa', 'Tonga', st_setsrid(st_makepoint(-175.2, -21.133333), 4326), true),
 (345, '58170', 'PHLGP', 'PHLGP', 'Legazpi Port', 'Philippines', st_setsrid(st_makepoint(123.75, 13.15), 4326), true),
 (346, '59974', 'CNCGS', 'CNCGS', 'Changshu', 'China', st_setsrid(st_makepoint(120.95, 31.766667), 4326), true),
 (347, '60990', 'RULES', 'RULES', 'Lesogorsk', 'Russia', st_setsrid(st_makepoint(142.133333, 49.45), 4326), true),
 (348, '44965', 'CYDHK', 'CYDHK', 'Dhekelia', 'Cyprus', st_setsrid(st_makepoint(33.716667, 34.966667), 4326), true),
 (349, '45100', 'ILASH', 'ILASH', 'Ashdod', 'Israel', st_setsrid(st_makepoint(34.65, 31.816667), 4326), true),
 (350, '45175', 'EGMAH', 'EGMAH', 'El Hamra Oil Terminal', 'Egypt', st_setsrid(st_makepoint(28.866667, 30.983333), 4326), true),
 (351, '45620', 'DZMOS', 'DZMOS', 'Mostaganem', 'Algeria', st_setsrid(st_makepoint(0.083333, 35.933333), 4326), true),
 (352, '46552', 'AOGPO', 'AOGPO', 'Greater Plutonio Terminal', 'Angola', st_setsrid(st_makepoint(12.1, -7.833333), 4326), true),
 (353, '49780', 'THKRV', 'THKRV', 'Krabi', 'Thailand', st_setsrid(st_makepoint(98.916667, 8.066667), 4326), true),
 (354, '49792', 'THBSP', 'THBSP', 'Bang Saphan', 'Thailand', st_setsrid(st_makepoint(99.6, 11.183333), 4326), true),
 (355, '50180', 'IDBLI', 'IDBLI', 'Blinyu', 'Indonesia', st_setsrid(st_makepoint(105.783333, -1.633333), 4326), true),
 (356, '44808', 'TRUZE', 'TRUZE', 'Antalya Offshore Terminal', 'Turkey', st_setsrid(st_makepoint(30.6, 36.816667), 4326), true),
 (357, '44820', 'TRAYT', 'TRAYT', 'Antalya', 'Turkey', st_setsrid(st_makepoint(30.616667, 36.833333), 4326), true),
 (358, '45630', 'DZAZW', 'DZAZW', 'Arzew', 'Algeria', st_setsrid(st_makepoint(-0.3, 35.85), 4326), true),
 (359, '46286', 'CMMOU', 'CMMOU', 'Moudi Marine Terminal', 'Cameroon', st_setsrid(st_makepoint(8.483333, 4.116667), 4326), true),
 (360, '46488', 'AOKOT', 'AOKOT', 'Kuito Oil Field', 'Angola', st_setsrid(st_makepoint(11.5, -5.466667), 4326), true),
 (361, '57410', 'MYKUA', 'MYKUA', 'Kuantan New Port', 'Malaysia', st_setsrid(st_makepoint(103.433333, 3.966667), 4326), true),
 (362, '57436', 'THBEN', 'THBEN', 'Benchamas Terminal', 'Thailand', st_setsrid(st_makepoint(101.25, 10.516667), 4326), true),
 (363, '53045', 'IDKAS', 'IDKAS', 'Kasim Terminal', 'Indonesia', st_setsrid(st_makepoint(131.016667, -1.3), 4326), true),
 (364, '61277', 'JPNSR', 'JPNSR', 'Noshiro Ko', 'Japan', st_setsrid(st_makepoint(140.0, 40.216667), 4326), true),
 (365, '53115', 'IDAMA', 'IDAMA', 'Amamapare', 'Indonesia', st_setsrid(st_makepoint(136.966667, -4.816667), 4326), true),
 (366, '53370', 'AULUC', 'AULUC', 'Lucinda', 'Australia', st_setsrid(st_makepoint(146.333333, -18.516667), 4326), true),
 (367, '54920', 'AUDPO', 'AUDPO', 'Devonport', 'Australia', st_setsrid(st_makepoint(146.366667, -41.183333), 4326), true),
 (368, '58540', 'PHCLP', 'PHCLP', 'Calapan', 'Philippines', st_setsrid(st_makepoint(121.183333, 13.416667), 4326), true),
 (369, '61020', 'RUOKT', 'RUOKT', 'Mys Rogatyy Oktyabrskiy', 'Russia', st_setsrid(st_makepoint(142.1, 50.733333), 4326), true),
 (370, '42378', 'GRASS', 'GRASS', 'Aspropirgos', 'Greece', st_setsrid(st_makepoint(23.6, 38.033333), 4326), true),
 (371, '42434', 'GRACL', 'GRACL', 'Achladi', 'Greece', st_setsrid(st_makepoint(22.816667, 38.9), 4326), true),
 (372, '38083', 'PTLDP', 'PTLDP', 'Lajes', 'Portugal', st_setsrid(st_makepoint(-28.266667, 38.4), 4326), true),
 (373, '38440', 'ESALC', 'ESALC', 'Alicante', 'Spain', st_setsrid(st_makepoint(-0.483333, 38.333333), 4326), true),
 (374, '43130', 'GRHER', 'GRHER', 'Iraklion', 'Greece', st_setsrid(st_makepoint(25.15, 35.35), 4326), true),
 (375, '59930', 'CNHME', 'CNHME', 'Haimen', 'China', st_setsrid(st_makepoint(121.45, 28.683333), 4326), true),
 (376, '61270', 'JPAOJ', 'JPAOJ', 'Aomori Ko', 'Japan', st_setsrid(st_makepoint(140.75, 40.833333), 4326), true),
 (377, '48550', 'IRZBR', 'IRZBR', 'Chah Bahar', 'Iran', st_setsrid(st_makepoint(60.616667, 25.266667), 4326), true),
 (378, '27870', NULL, NULL, 'Signilskar', 'Finland', st_setsrid(st_makepoint(19.333333, 60.2), 4326), true),
 (379, '19390', NULL, NULL, 'Port Conclusion', 'United States', st_setsrid(st_makepoint(-134.683333, 56.25), 4326), true),
 (380, '12117', NULL, NULL, 'Venterminals', 'Venezuela', st_setsrid(st_makepoint(-68.033333, 10.483333), 4326), true),
 (381, '19230', NULL, NULL, 'Rose Inlet', 'United States', st_setsrid(st_makepoint(-132.966667, 54.95), 4326), true),
 (382, '18705', NULL, NULL, 'Port San Juan', 'Canada', st_setsrid(st_makepoint(-124.433333, 48.55), 4326), true),
 (383, '11782', NULL, NULL, 'Salina', 'Caribbean Netherlands', st_setsrid(st_makepoint(-68.283333, 12.083333), 4326), true),
 (384, '7490', 'USMYC', 'USMYC', 'Mystic', 'United States', st_setsrid(st_makepoint(-71.966667, 41.35), 4326), true),
 (385, '3480', 'USFPT', 'USFPT', 'Fairport', 'United States', st_setsrid(st_makepoint(-81.3, 41.766667), 4326), true),
 (386, '8280', 'USORF', 'USORF', 'Norfolk', 'United States', st_setsrid(st_makepoint(-76.3, 36.85), 4326), true),
 (387, '63130', 'AQMCM', 'AQMCM', 'Mcmurdo Station', 'Antarctica', st_setsrid(st_makepoint(166.65, -77.85), 4326), true),
 (388, '62890', 'RUKAN', 'RUKAN', 'Kandalaksha', 'Russia', st_setsrid(st_makepoint(32.416667, 67.133333), 4326), true),
 (389, '62540', 'RUOHO', 'RUOHO', 'Okhotsk Iy Reyd', 'Russia', st_setsrid(st_makepoint(143.2, 59.366667), 4326), true),
 (390, '61867', 'JPKWZ', 'JPKWZ', 'Kashiwazaki', 'Japan', st_setsrid(st_makepoint(138.55, 37.366667), 4326), true),
 (391, '62520', 'JPISG', 'JPISG', 'Ishigaki', 'Japan', st_setsrid(st_makepoint(124.166667, 24.333333), 4326), true),
 (392, '7460', 'USGP4', 'USGP4', 'Greenport', 'United States', st_setsrid(st_makepoint(-72.366667, 41.1), 4326), true),
 (393, '39000', 'FRVSS', 'FRVSS', 'Villefranche', 'France', st_setsrid(st_makepoint(7.316667, 43.7), 4326), true),
 (394, '6910', 'USSRP', 'USSRP', 'Searsport', 'United States', st_setsrid(st_makepoint(-68.916667, 44.45), 4326), true),
 (395, '26730', 'SEOER', 'SEOER', 'Ornskoldsvik', 'Sweden', st_setsrid(st_makepoint(18.716667, 63.283333), 4326), true),
 (396, '39261', 'ITQOS', 'ITQOS', 'Porto Di Oristano', 'Italy', st_setsrid(st_makepoint(8.55, 39.866667), 4326), true),
 (397, '26180', 'SESOR', 'SESOR', 'Soraker', 'Sweden', st_setsrid(st_makepoint(17.5, 62.5), 4326), true),
 (398, '8390', 'USKJH', 'USKJH', 'Washington', 'United States', st_setsrid(st_makepoint(-77.05, 35.55), 4326), true),
 (399, '38870', 'FRTLN', 'FRTLN', 'Toulon', 'France', st_setsrid(st_makepoint(5.916667, 43.1), 4326), true),
 (400, '2940', 'CATTC', 'CATTC', 'Trenton', 'Canada', st_setsrid(st_makepoint(-77.566667, 44.1), 4326), true),
 (401, '38270', 'ESSVQ', 'ESSVQ', 'Sevilla', 'Spain', st_setsrid(st_makepoint(-6.0, 37.366667), 4326), true),
 (402, '32890', 'GBPLO', 'GBPLO', 'Plockton', 'United Kingdom', st_setsrid(st_makepoint(-5.65, 57.333333), 4326), true),
 (403, '15445', 'PAPED', 'PAPED', 'Pedregal', 'Panama', st_setsrid(st_makepoint(-82.433333, 8.35), 4326), true),
 (404, '38095', 'PTPRV', 'PTPRV', 'Praia De Vitoria', 'Portugal', st_setsrid(st_makepoint(-27.05, 38.716667), 4326), true),
 (405, '25395', 'SEVST', 'SEVST', 'Vasteras', 'Sweden', st_setsrid(st_makepoint(16.55, 59.616667), 4326), true),
 (406, '40620', 'ITOTN', 'ITOTN', 'Ortona', 'Italy', st_setsrid(st_makepoint(14.416667, 42.35), 4326), true),
 (407, '7290', 'USPVC', 'USPVC', 'Provincetown', 'United States', st_setsrid(st_makepoint(-70.183333, 42.05), 4326), true),
 (408, '6950', 'USRP3', 'USRP3', 'Rockport', 'United States', st_setsrid(st_makepoint(-69.066667, 44.183333), 4326), true),
 (409, '31600', 'GBWIS', 'GBWIS', 'Wisbech', 'United Kingdom', st_setsrid(st_makepoint(0.15, 52.666667), 4326), true),
 (410, '19639', 'USOSZ', 'USOSZ', 'Orca', 'United States', st_setsrid(st_makepoint(-145.716667, 60.583333), 4326), true),
 (411, '38050', 'PTVNC', 'PTVNC', 'Vila Real De S Antonio', 'Portugal', st_setsrid(st_makepoint(-7.4, 37.183333), 4326), true),
 (412, '33140', 'GBTOB', 'GBTOB', 'Tobermory', 'United Kingdom', st_setsrid(st_makepoint(-6.066667, 56.616667), 4326), true),
 (413, '15190', 'PETYL', 'PETYL', 'Talara', 'Peru', st_setsrid(st_makepoint(-81.283333, -4.583333), 4326), true),
 (414, '25720', 'SESOO', 'SESOO', 'Soderhamn', 'Sweden', st_setsrid(st_makepoint(17.083333, 61.3), 4326), true),
 (415, '3510', 'USVE9', 'USVE9', 'Vermilion', 'United States', st_setsrid(st_makepoint(-82.366667, 41.433333), 4326), true),
 (416, '790', 'GLJCH', 'GLJCH', 'Qasigiannguit-Christianshab', 'Greenland', st_setsrid(st_makepoint(-51.183333, 68.816667), 4326), true),
 (417, '13900', 'ARPMY', 'ARPMY', 'Puerto Madryn', 'Argentina', st_setsrid(st_makepoint(-65.033333, -42.766667), 4326), true),
 (418, '30457', 'DKTED', 'DKTED', 'Thisted', 'Denmark', st_setsrid(st_makepoint(8.7, 56.95), 4326), true),
 (419, '35210', 'GBSVZ', 'GBSVZ', 'St. Mary''s (Scilly Isl.)', 'United Kingdom', st_setsrid(st_makepoint(-6.316667, 49.916667), 4326), true),
 (420, '39215', 'ITPFX', 'ITPFX', 'Sarroch Oil Terminal', 'Italy', st_setsrid(st_makepoint(9.033333, 39.083333), 4326), true),
 (421, '15915', 'MXSJC', 'MXSJC', 'San Juan De La Costa', 'Mexico', st_setsrid(st_makepoint(-110.7, 24.4), 4326), true),
 (422, '4560', 'USSSM', 'USSSM', 'Sault Ste Marie', 'United States', st_setsrid(st_makepoint(-84.35, 46.5), 4326), true),
 (423, '35330', 'GBPAR', 'GBPAR', 'Par', 'United Kingdom', st_setsrid(st_makepoint(-4.7, 50.35), 4326), true),
 (424, '39220', 'ITPPF', 'ITPPF', 'Porto Ponte Romano', 'Italy', st_setsrid(st_makepoint(8.466667, 39.05), 4326), true),
 (425, '26140', 'SEVIV', 'SEVIV', 'Vivstavarv', 'Sweden', st_setsrid(st_makepoint(17.35, 62.483333), 4326), true),
 (426, '6680', 'USWH5', 'USWH5', 'Winter Harbor', 'United States', st_setsrid(st_makepoint(-68.083333, 44.383333), 4326), true),
 (427, '3970', 'CAVIH', 'CAVIH', 'Victoria Harbour', 'Canada', st_setsrid(st_makepoint(-79.816667, 44.75), 4326), true),
 (428, '38100', 'PTPDL', 'PTPDL', 'Ponta Delgada', 'Portugal', st_setsrid(st_makepoint(-25.666667, 37.733333), 4326), true),
 (429, '3200', 'USROC', 'USROC', 'Rochester', 'United States', st_setsrid(st_makepoint(-77.6, 43.266667), 4326), true),
 (430, '40470', 'ITTAR', 'ITTAR', 'Taranto', 'Italy', st_setsrid(st_makepoint(17.2, 40.466667), 4326), true),
 (431, '4900', 'USTWR', 'USTWR', 'Two Rivers', 'United States', st_setsrid(st_makepoint(-87.566667, 44.15), 4326), true),
 (432, '3190', 'USSOD', 'USSOD', 'Sodus Bay', 'United States', st_setsrid(st_makepoint(-76.983333, 43.266667), 4326), true),
 (433, '8030', 'USNSX', 'USNSX', 'New Castle', 'United States', st_setsrid(st_makepoint(-75.566667, 39.65), 4326), true),
 (434, '31130', 'NLSCI', 'NLSCI', 'Schiedam', 'Netherlands', st_setsrid(st_makepoint(4.4, 51.9), 4326), true),
 (435, '46570', 'AOPBN', 'AOPBN', 'Porto Amboim', 'Angola', st_setsrid(st_makepoint(13.75, -10.733333), 4326), true),
 (436, '45755', 'MATNG', 'MATNG', 'Tanger', 'Morocco', st_setsrid(st_makepoint(-5.816667, 35.783333), 4326), true),
 (437, '46925', 'MZPEB', 'MZPEB', 'Pebane', 'Mozambique', st_setsrid(st_makepoint(38.15, -17.266667), 4326), true),
 (438, '43747', 'UAUDY', 'UAUDY', 'Ust-Dunaisk', 'Ukraine', st_setsrid(st_makepoint(29.7, 45.466667), 4326), true),
 (439, '42570', 'GRSTI', 'GRSTI', 'Stratoni', 'Greece', st_setsrid(st_makepoint(23.833333, 40.516667), 4326), true),
 (440, '43510', 'BGVAR', 'BGVAR', 'Varna', 'Bulgaria', st_setsrid(st_makepoint(27.966667, 43.183333), 4326), true),
 (441, '42550', 'GRYER', 'GRYER', 'Yerakini', 'Greece', st_setsrid(st_makepoint(23.466667, 40.266667), 4326), true),
 (442, '42780', 'GRPLM', 'GRPLM', 'Plomarion', 'Greece', st_setsrid(st_makepoint(26.366667, 38.983333), 4326), true),
 (443, '47540', 'MGTOA', 'MGTOA', 'Toamasina', 'Madagascar', st_setsrid(st_makepoint(49.416667, -18.166667), 4326), true),
 (444, '41410', 'HRPLE', 'HRPLE', 'Ploce', 'Croatia', st_setsrid(st_makepoint(17.433333, 43.05), 4326), true),
 (445, '42460', 'GRTSI', 'GRTSI', 'Tsingeli', 'Greece', st_setsrid(st_makepoint(22.85, 39.166667), 4326), true),
 (446, '46375', 'STSAA', 'STSAA', 'Santo Antonio', 'Sao Tome and Principe', st_setsrid(st_makepoint(7.45, 1.65), 4326), true),
 (447, '46063', 'GHSPD', 'GHSPD', 'Saltpond', 'Ghana', st_setsrid(st_makepoint(-1.05, 5.2), 4326), true),
 (448, '62175', 'JPSAE', 'JPSAE', 'Saiki Ko', 'Japan', st_setsrid(st_makepoint(131.933333, 32.966667), 4326), true),
 (449, '51040', 'IDSRG', 'IDSRG', 'Semarang', 'Indonesia', st_setsrid(st_makepoint(110.416667, -6.95), 4326), true),
 (450, '59580', 'PHZAM', 'PHZAM', 'Zamboanga', 'Philippines', st_setsrid(st_makepoint(122.066667, 6.9), 4326), true),
 (451, '48020', 'EGRAG', 'EGRAG', 'Ras Gharib', 'Egypt', st_setsrid(st_makepoint(33.1, 28.35), 4326), true),
 (452, '61175', 'JPTOK', 'JPTOK', 'Tokachi', 'Japan', st_setsrid(st_makepoint(143.3, 42.25), 4326), true),
 (453, '47940', 'SDPZU', 'SDPZU', 'Port Sudan', 'Sudan', st_setsrid(st_makepoint(37.233333, 19.6), 4326), true),
 (454, '57100', 'SBTLG', 'SBTLG', 'Tulaghi', 'Solomon Islands', st_setsrid(st_makepoint(160.15, -9.1), 4326), true),
 (455, '58150', 'PHTBC', 'PHTBC', 'Tabaco', 'Philippines', st_setsrid(st_makepoint(123.733333, 13.366667), 4326), true),
 (456, '57446', 'THSAT', 'THSAT', 'Sattahip', 'Thailand', st_setsrid(st_makepoint(100.916667, 12.616667), 4326), true),
 (457, '57872', 'CNZZU', 'CNZZU', 'Zhangzhou', 'China', st_setsrid(st_makepoint(118.15, 24.683333), 4326), true),
 (458, '57439', 'THSGK', 'THSGK', 'Songkhla Harbor', 'Thailand', st_setsrid(st_makepoint(100.583333, 7.216667), 4326), true),
 (459, '55350', 'NZTIU', 'NZTIU', 'Timaru', 'New Zealand', st_setsrid(st_makepoint(171.25, -44.4), 4326), true),
 (460, '51941', 'IDPNK', 'IDPNK', 'Pontianak', 'Indonesia', st_setsrid(st_makepoint(109.333333, -0.016667), 4326), true),
 (461, '50010', 'SGPUB', 'SGPUB', 'Pulau Bukom', 'Singapore', st_setsrid(st_makepoint(103.766667, 1.233333), 4326), true),
 (462, '51583', 'MYSAR', 'MYSAR', 'Sarikei', 'Malaysia', st_setsrid(st_makepoint(111.533333, 2.133333), 4326), true),
 (463, '50450', 'IDTBR', 'IDTBR', 'Teluk Bayur', 'Indonesia', st_setsrid(st_makepoint(100.366667, -1.0), 4326), true),
 (464, '51586', 'MYTWU', 'MYTWU', 'Tawa', 'Malaysia', st_setsrid(st_makepoint(117.883333, 4.25), 4326), true),
 (465, '59120', 'PHPUL', 'PHPUL', 'Pulupandan', 'Philippines', st_setsrid(st_makepoint(122.8, 10.516667), 4326), true),
 (466, '8290', 'USPTM', 'USPTM', 'Portsmouth', 'United States', st_setsrid(st_makepoint(-76.3, 36.816667), 4326), true),
 (467, '57005', 'SBRIN', 'SBRIN', 'Ringgi Cove', 'Solomon Islands', st_setsrid(st_makepoint(157.1, -8.116667), 4326), true),
 (468, '57821', 'CNZUH', 'CNZUH', 'Zhuhai', 'China', st_setsrid(st_makepoint(113.583333, 22.233333), 4326), true),
 (469, '52320', 'IDUPG', 'IDUPG', 'Ujung Pandang', 'Indonesia', st_setsrid(st_makepoint(119.4, -5.133333), 4326), true),
 (470, '54325', 'AUPBY', 'AUPBY', 'Port Bonython', 'Australia', st_setsrid(st_makepoint(137.766667, -33.016667), 4326), true),
 (471, '60133', 'CNRZH', 'CNRZH', 'Rizhao', 'China', st_setsrid(st_makepoint(119.566667, 35.383333), 4326), true),
 (472, '8110', 'USPHL', 'USPHL', 'Philadelphia', 'United States', st_setsrid(st_makepoint(-75.133333, 39.95), 4326), true),
 (473, '50250', 'IDTJQ', 'IDTJQ', 'Tanjungpandan', 'Indonesia', st_setsrid(st_makepoint(107.633333, -2.75), 4326), true),
 (474, '54290', 'AUPPI', 'AUPPI', 'Port Pirie', 'Australia', st_setsrid(st_makepoint(138.016667, -33.183333), 4326), true),
 (475, '62010', 'JPUWA', 'JPUWA', 'Uwajima Ko', 'Japan', st_setsrid(st_makepoint(132.566667, 33.216667), 4326), true),
 (476, '52295', 'IDPUM', 'IDPUM', 'Pomalaa', 'Indonesia', st_setsrid(st_makepoint(121.6, -4.166667), 4326), true),
 (477, '51200', 'IDPRN', 'IDPRN', 'Panarukan', 'Indonesia', st_setsrid(st_makepoint(113.933333, -7.7), 4326), true),
 (478, '51645', 'BNSER', 'BNSER', 'Seria Oil Loading Terminal', 'Brunei', st_setsrid(st_makepoint(114.316667, 4.616667), 4326), true),
 (479, '75', 'ISSTR', 'ISSTR', 'Straumsvik', 'Iceland', st_setsrid(st_makepoint(-22.05, 64.05), 4326), true),
 (480, '8025', 'USSEM', 'USSEM', 'Salem Nj', 'United States', st_setsrid(st_makepoint(-75.483333, 39.666667), 4326), true),
 (481, '53050', NULL, NULL, 'Sailolof', 'Indonesia', st_setsrid(st_makepoint(130.75, -1.25), 4326), true),
 (482, '56150', NULL, NULL, 'Kiholo', 'United States', st_setsrid(st_makepoint(-155.95, 19.866667), 4326), true),
 (483, '56120', NULL, NULL, 'Kauhako Bay', 'United States', st_setsrid(st_makepoint(-155.9, 19.383333), 4326), true),
 (484, '56110', NULL, NULL, 'Milolii', 'United States', st_setsrid(st_makepoint(-155.9, 19.183333), 4326), true),
 (485, '56090', 'USITO', 'USITO', 'Hilo', 'United States', st_setsrid(st_makepoint(-155.066667, 19.733333), 4326), true),
 (486, '56325', NULL, NULL, 'Johnston Atoll', 'Johnson Atoll', st_setsrid(st_makepoint(-169.516667, 16.75), 4326), true),
 (487, '17790', 'USPAE', 'USPAE', 'Everett', 'United States', st_setsrid(st_makepoint(-122.216667, 48.0), 4326), true),
 (488, '17760', NULL, NULL, 'Edwards Point', 'United States', st_setsrid(st_makepoint(-122.4, 47.8), 4326), true),
 (489, '17090', NULL, NULL, 'La Push', 'United States', st_setsrid(st_makepoint(-124.633333, 47.9), 4326), true),
 (490, '17000', NULL, NULL, 'Nahcotta', 'United States', st_setsrid(st_makepoint(-124.033333, 46.5), 4326), true),
 (491, '16170', NULL, NULL, 'Gaviota', 'United States', st_setsrid(st_makepoint(-120.2, 34.466667), 4326), true),
 (492, '16080', 'USLAX', 'USLAX', 'Los Angeles', 'United States', st_setsrid(st_makepoint(-118.25, 33.75), 4326), true),
 (493, '16040', NULL, NULL, 'Isthmus Cove', 'United States', st_setsrid(st_makepoint(-118.5, 33.45), 4326), true),
 (494, '17050', NULL, NULL, 'Bay City', 'United States', st_setsrid(st_makepoint(-124.066667, 46.866667), 4326), true),
 (495, '16160', 'USEL3', 'USEL3', 'Ellwood', 'United States', st_setsrid(st_makepoint(-119.916667, 34.433333), 4326), true),
 (496, '16808', NULL, NULL, 'Cushman', 'United States', st_setsrid(st_makepoint(-124.066667, 43.983333), 4326), true),
 (497, '16835', NULL, NULL, 'Depoe Bay', 'United States', st_setsrid(st_makepoint(-124.066667, 44.8), 4326), true),
 (498, '17260', 'USKYP', 'USKYP', 'Keyport', 'United States', st_setsrid(st_makepoint(-122.616667, 47.7), 4326), true),
 (499, '17350', NULL, NULL, 'Fort Ward', 'United States', st_setsrid(st_makepoint(-122.516667, 47.583333), 4326), true),
 (500, '17670', NULL, NULL, 'Nisqually Head', 'United States', st_setsrid(st_makepoint(-122.75, 47.116667), 4326), true),
 (501, '20499', NULL, NULL, 'Lady Franklin Point', 'Canada', st_setsrid(st_makepoint(-113.266667, 68.483333), 4326), true),
 (502, '16805', NULL, NULL, 'Glenada', 'United States', st_setsrid(st_makepoint(-124.116667, 43.966667), 4326), true),
 (503, '16740', NULL, NULL, 'Empire', 'United States', st_setsrid(st_makepoint(-124.283333, 43.4), 4326), true),
 (504, '16803', 'USFNE', 'USFNE', 'Florence', 'United States', st_setsrid(st_makepoint(-124.116667, 43.966667), 4326), true),
 (505, '17170', NULL, NULL, 'Glen Cove', 'United States', st_setsrid(st_makepoint(-122.783333, 48.083333), 4326), true),
 (506, '17330', NULL, NULL, 'Creosote', 'United States', st_setsrid(st_makepoint(-122.5, 47.616667), 4326), true),
 (507, '17380', NULL, NULL, 'East Bremerton', 'United States', st_setsrid(st_makepoint(-122.616667, 47.566667), 4326), true),
 (508, '56250', NULL, NULL, 'Kamalo', 'United States', st_setsrid(st_makepoint(-156.883333, 21.05), 4326), true),
 (509, '17120', 'USCLM', 'USCLM', 'Port Angeles', 'United States', st_setsrid(st_makepoint(-123.433333, 48.116667), 4326), true),
 (510, '16810', NULL, NULL, 'Waldport', 'United States', st_setsrid(st_makepoint(-124.066667, 44.433333), 4326), true),
 (511, '16790', NULL, NULL, 'Winchester Bay', 'United States', st_setsrid(st_makepoint(-124.183333, 43.683333), 4326), true),
 (512, '1035', NULL, NULL, 'Padloping Island', 'Canada', st_setsrid(st_makepoint(-62.733333, 67.033333), 4326), true),
 (513, '17320', NULL, NULL, 'Winslow', 'United States', st_setsrid(st_makepoint(-122.516667, 47.616667), 4326), true),
 (514, '17550', NULL, NULL, 'Quartermaster Harbor', 'United States', st_setsrid(st_makepoint(-122.466667, 47.383333), 4326), true),
 (515, '16310', NULL, NULL, 'Yerbabuena Island', 'United States', st_setsrid(st_makepoint(-122.366667, 37.816667), 4326), true),
 (516, '16870', NULL, NULL, 'Tongue Point', 'United States', st_setsrid(st_makepoint(-123.75, 46.2), 4326), true),
 (517, '1020', 'CAPDI', 'CAPDI', 'Pond Inlet', 'Canada', st_setsrid(st_makepoint(-76.75, 72.75), 4326), true),
 (518, '17230', 'USPGH', 'USPGH', 'Port Gamble', 'United States', st_setsrid(st_makepoint(-122.583333, 47.85), 4326), true),
 (519, '16140', 'USVNT', 'USVNT', 'Ventura', 'United States', st_setsrid(st_makepoint(-119.283333, 34.283333), 4326), true),
 (520, '17110', NULL, NULL, 'Sekiu', 'United States', st_setsrid(st_makepoint(-124.3, 48.266667), 4326), true),
 (521, '16800', NULL, NULL, 'Reedsport', 'United States', st_setsrid(st_makepoint(-124.1, 43.7), 4326), true),
 (522, '16130', NULL, NULL, 'Prisoners', 'United States', st_setsrid(st_makepoint(-119.683333, 34.016667), 4326), true),
 (523, '56290', 'USPAL', 'USPAL', 'Port Allen', 'United States', st_setsrid(st_makepoint(-159.583333, 21.9), 4326), true),
 (524, '18060', NULL, NULL, 'Semiahmoo', 'United States', st_setsrid(st_makepoint(-122.766667, 48.983333), 4326), true),
 (525, '56240', NULL, NULL, 'Pukoo', 'United States', st_setsrid(st_makepoint(-156.8, 21.066667), 4326), true),
 (526, '39140', 'ITMDA', 'ITMDA', 'Maddalena', 'Italy', st_setsrid(st_makepoint(9.403, 41.208), 4326), true),
 (527, '39370', 'ITIMP', 'ITIMP', 'Imperia', 'Italy', st_setsrid(st_makepoint(8.033333, 43.883333), 4326), true),
 (528, '40170', 'ITMRA', 'ITMRA', 'Marsala', 'Italy', st_setsrid(st_makepoint(12.433333, 37.783333), 4326), true),
 (529, '40180', 'ITMAZ', 'ITMAZ', 'Mazara Del Vallo', 'Italy', st_setsrid(st_makepoint(12.592, 37.644), 4326), true),
 (530, '40300', 'ITLIP', 'ITLIP', 'Lipari', 'Italy', st_setsrid(st_makepoint(14.966667, 38.483333), 4326), true),
 (531, '50785', 'IDDUM', 'IDDUM', 'Dumai', 'Indonesia', st_setsrid(st_makepoint(101.45, 1.683333), 4326), true),
 (532, '50925', 'IDBTN', 'IDBTN', 'Banten', 'Indonesia', st_setsrid(st_makepoint(105.966667, -6.016667), 4326), true),
 (533, '51855', 'IDNPL', 'IDNPL', 'North Pulau Laut Coal Terminal', 'Indonesia', st_setsrid(st_makepoint(116.283333, -3.2), 4326), true),
 (534, '51920', 'IDKUM', 'IDKUM', 'Kumai', 'Indonesia', st_setsrid(st_makepoint(111.716667, -2.75), 4326), true),
 (535, '54470', 'AUALH', 'AUALH', 'Albany', 'Australia', st_setsrid(st_makepoint(117.883333, -35.033333), 4326), true),
 (536, '54450', 'AUEPR', 'AUEPR', 'Esperance', 'Australia', st_setsrid(st_makepoint(121.9, -33.866667), 4326), true),
 (537, '46610', 'AOMSZ', 'AOMSZ', 'Namibe', 'Angola', st_setsrid(st_makepoint(12.15, -15.2), 4326), true),
 (538, '46490', 'AOCAB', 'AOCAB', 'Cabinda', 'Angola', st_setsrid(st_makepoint(12.2, -5.533333), 4326), true),
 (539, '13780', 'ARMDQ', 'ARMDQ', 'Mar Del Plata', 'Argentina', st_setsrid(st_makepoint(-57.533333, -38.033333), 4326), true),
 (540, '13770', 'ARLPG', 'ARLPG', 'La Plata', 'Argentina', st_setsrid(st_makepoint(-57.883333, -34.833333), 4326), true),
 (541, '13760', 'ARBUE', 'ARBUE', 'Buenos Aires', 'Argentina', st_setsrid(st_makepoint(-58.366667, -34.6), 4326), true),
 (542, '13040', 'BRIBB', 'BRIBB', 'Imbituba', 'Brazil', st_setsrid(st_makepoint(-48.666667, -28.233333), 4326), true),
 (543, '12940', 'BRADR', 'BRADR', 'Angra Dos Reis', 'Brazil', st_setsrid(st_makepoint(-44.316667, -23.016667), 4326), true),
 (544, '5160', 'CAMIH', 'CAMIH', 'Michipicoten', 'Canada', st_setsrid(st_makepoint(-84.9, 47.966667), 4326), true),
 (545, '12690', 'BRNAT', 'BRNAT', 'Natal', 'Brazil', st_setsrid(st_makepoint(-35.2, -5.783333), 4326), true),
 (546, '12661', 'BRGUA', 'BRGUA', 'Guamare Oil Terminal', 'Brazil', st_setsrid(st_makepoint(-36.283333, -4.866667), 4326), true),
 (547, '12585', 'BRIQI', 'BRIQI', 'Itaqui', 'Brazil', st_setsrid(st_makepoint(-44.366667, -2.566667), 4326), true),
 (548, '12560', 'BRMAO', 'BRMAO', 'Manaus', 'Brazil', st_setsrid(st_makepoint(-60.016667, -3.133333), 4326), true),
 (549, '12540', 'BRIAR', 'BRIAR', 'Itacoatiara', 'Brazil', st_setsrid(st_makepoint(-58.45, -3.15), 4326), true),
 (550, '12490', 'BRBEL', 'BRBEL', 'Belem', 'Brazil', st_setsrid(st_makepoint(-48.5, -1.45), 4326), true),
 (551, '9950', 'BMFPT', 'BMFPT', 'Ireland Island', 'Bermuda', st_setsrid(st_makepoint(-64.833333, 32.316667), 4326), true),
 (552, '4180', 'CAMDB', 'CAMDB', 'Meldrum Bay', 'Canada', st_setsrid(st_makepoint(-83.116667, 45.933333), 4326), true),
 (553, '4140', 'CALIC', 'CALIC', 'Little Current', 'Canada', st_setsrid(st_makepoint(-81.933333, 45.983333), 4326), true),
 (554, '4080', 'CAKLY', 'CAKLY', 'Killarney', 'Canada', st_setsrid(st_makepoint(-81.516667, 45.966667), 4326), true),
 (555, '4060', 'CAKHO', 'CAKHO', 'Key Harbour', 'Canada', st_setsrid(st_makepoint(-80.75, 45.883333), 4326), true),
 (556, '2930', 'CABLV', 'CABLV', 'Belleville', 'Canada', st_setsrid(st_makepoint(-77.4, 44.15), 4326), true),
 (557, '2130', 'CACHI', 'CACHI', 'Chicoutimi (Port Saguenay)', 'Canada', st_setsrid(st_makepoint(-71.066667, 48.433333), 4326), true),
 (558, '18925', 'CAKTM', 'CAKTM', 'Kitimat', 'Canada', st_setsrid(st_makepoint(-128.683333, 54.0), 4326), true),
 (559, '46495', 'AOFLT', 'AOFLT', 'Futila Terminal', 'Angola', st_setsrid(st_makepoint(12.183333, -5.45), 4326), true),
 (560, '2960', 'CACBG', 'CACBG', 'Cobourg', 'Canada', st_setsrid(st_makepoint(-78.166667, 43.95), 4326), true),
 (561, '12890', 'BRMEA', 'BRMEA', 'Macae', 'Brazil', st_setsrid(st_makepoint(-41.766667, -22.366667), 4326), true),
 (562, '46110', 'BJCOO', 'BJCOO', 'Cotonou', 'Benin', st_setsrid(st_makepoint(2.433333, 6.35), 4326), true),
 (563, '51635', 'BNLUM', 'BNLUM', 'Lumut', 'Brunei', st_setsrid(st_makepoint(114.45, 4.716667), 4326), true),
 (564, '53810', 'AUQDN', 'AUQDN', 'Eden', 'Australia', st_setsrid(st_makepoint(149.916667, -37.066667), 4326), true),
 (565, '3350', 'CALMN', 'CALMN', 'Leamington', 'Canada', st_setsrid(st_makepoint(-82.6, 42.033333), 4326), true),
 (566, '12930', 'BRNTR', 'BRNTR', 'Niteroi', 'Brazil', st_setsrid(st_makepoint(-43.116667, -22.883333), 4326), true),
 (567, '5510', 'CAGPE', 'CAGPE', 'Gaspe', 'Canada', st_setsrid(st_makepoint(-64.483333, 48.833333), 4326), true),
 (568, '5600', 'CACAQ', 'CACAQ', 'Caraquet', 'Canada', st_setsrid(st_makepoint(-64.933333, 47.8), 4326), true),
 (569, '6020', 'CALOU', 'CALOU', 'Louisburg', 'Canada', st_setsrid(st_makepoint(-59.966667, 45.916667), 4326), true),
 (570, '9995', 'BSCLP', 'BSCLP', 'Clifton Pier', 'The Bahamas', st_setsrid(st_makepoint(-77.55, 25.0), 4326), true),
 (571, '46549', 'AOGIR', 'AOGIR', 'Girassol Terminal', 'Angola', st_setsrid(st_makepoint(11.683333, -7.65), 4326), true),
 (572, '46551', 'AODAL', 'AODAL', 'Dalia Terminal', 'Angola', st_setsrid(st_makepoint(11.766667, -7.683333), 4326), true),
 (573, '51646', 'BNKUB', 'BNKUB', 'Kuala Belait', 'Brunei', st_setsrid(st_makepoint(114.2, 4.633333), 4326), true),
 (574, '54200', 'AUKGC', 'AUKGC', 'Kingscote', 'Australia', st_setsrid(st_makepoint(137.633333, -35.633333), 4326), true),
 (575, '54580', 'AUONS', 'AUONS', 'Onslow', 'Australia', st_setsrid(st_makepoint(115.1, -21.65), 4326), true),
 (576, '54970', 'AULST', 'AULST', 'Launceston', 'Australia', st_setsrid(st_makepoint(147.116667, -41.45), 4326), true),
 (577, '43500', 'BGBOJ', 'BGBOJ', 'Burgas', 'Bulgaria', st_setsrid(st_makepoint(27.483333, 42.483333), 4326), true),
 (578, '48276', 'AEJEA', 'AEJEA', 'Mina Jabal Ali', 'United Arab Emirates', st_setsrid(st_makepoint(55.05, 25.016667), 4326), true),
 (579, '48275', 'AEDXB', 'AEDXB', 'Dubayy', 'United Arab Emirates', st_setsrid(st_makepoint(55.3, 25.266667), 4326), true),
 (580, '1040', 'CAPNT', 'CAPNT', 'Pangnirtung', 'Canada', st_setsrid(st_makepoint(-65.75, 66.133333), 4326), true),
 (581, '18210', 'CASQA', 'CASQA', 'Squamish', 'Canada', st_setsrid(st_makepoint(-123.15, 49.683333), 4326), true),
 (582, '3860', 'CAOWS', 'CAOWS', 'Owen Sound', 'Canada', st_setsrid(st_makepoint(-80.933333, 44.583333), 4326), true),
 (583, '13070', 'BRPET', 'BRPET', 'Pelotas', 'Brazil', st_setsrid(st_makepoint(-52.333333, -31.783333), 4326), true),
 (584, '2970', 'CAOPE', 'CAOPE', 'Port Hope', 'Canada', st_setsrid(st_makepoint(-78.283333, 43.933333), 4326), true),
 (585, '18150', 'CAVAN', 'CAVAN', 'Vancouver', 'Canada', st_setsrid(st_makepoint(-123.116667, 49.283333), 4326), true),
 (586, '46545', 'AOSZA', 'AOSZA', 'Soyo Angola Lng Terminal', 'Angola', st_setsrid(st_makepoint(12.333333, -6.116667), 4326), true),
 (587, '4290', 'CASSM', 'CASSM', 'Sault Ste Marie', 'Canada', st_setsrid(st_makepoint(-84.35, 46.516667), 4326), true),
 (588, '5620', 'CASHP', 'CASHP', 'Shippegan', 'Canada', st_setsrid(st_makepoint(-64.7, 47.75), 4326), true),
 (589, '4030', 'CAPRS', 'CAPRS', 'Parry Sound', 'Canada', st_setsrid(st_makepoint(-80.033333, 45.333333), 4326), true),
 (590, '18980', 'CASTW', 'CASTW', 'Stewart', 'Canada', st_setsrid(st_makepoint(-130.0, 55.933333), 4326), true),
 (591, '46485', 'AOTAK', 'AOTAK', 'Takula Terminal', 'Angola', st_setsrid(st_makepoint(11.783333, -5.216667), 4326), true),
 (592, '18950', 'CAPRR', 'CAPRR', 'Prince Rupert', 'Canada', st_setsrid(st_makepoint(-130.333333, 54.316667), 4326), true),
 (593, '12920', 'BRRIO', 'BRRIO', 'Rio De Janeiro', 'Brazil', st_setsrid(st_makepoint(-43.166667, -22.9), 4326), true),
 (594, '3930', 'CAPTH', 'CAPTH', 'Penetanguishene', 'Canada', st_setsrid(st_makepoint(-79.933333, 44.766667), 4326), true),
 (595, '11830', 'AWSNL', 'AWSNL', 'Sint Nicolaas Baai', 'Aruba', st_setsrid(st_makepoint(-69.916667, 12.433333), 4326), true),
 (596, '46547', 'AOPAT', 'AOPAT', 'Palanca Terminal', 'Angola', st_setsrid(st_makepoint(12.4, -6.95), 4326), true),
 (597, '18130', 'CAPTC', 'CAPTC', 'Port Coquitlam', 'Canada', st_setsrid(st_makepoint(-122.7666667, 49.23333333), 4326), true),
 (598, '13800', 'ARPRS', 'ARPRS', 'Puerto Rosales', 'Argentina', st_setsrid(st_makepoint(-62.066667, -38.933333), 4326), true),
 (599, '12730', 'BRREC', 'BRREC', 'Recife', 'Brazil', st_setsrid(st_makepoint(-34.866667, -8.05), 4326), true),
 (600, '2520', 'CAOTT', 'CAOTT', 'Ottawa', 'Canada', st_setsrid(st_makepoint(-75.7, 45.433333), 4326), true),
 (601, '3750', 'CAPEL', 'CAPEL', 'Port Elgin', 'Canada', st_setsrid(st_makepoint(-81.4, 44.433333), 4326), true),
 (602, '13930', 'ARPUD', 'ARPUD', 'Puerto Deseado', 'Argentina', st_setsrid(st_makepoint(-65.9, -47.75), 4326), true),
 (603, '46580', 'AONDD', 'AONDD', 'Sumbe', 'Angola', st_setsrid(st_makepoint(13.833333, -11.2), 4326), true),
 (604, '31280', 'BEZEE', 'BEZEE', 'Zeebrugge', 'Belgium', st_setsrid(st_makepoint(3.2, 51.333333), 4326), true),
 (605, '13810', 'ARPBG', 'ARPBG', 'Puerto Belgrano', 'Argentina', st_setsrid(st_makepoint(-62.1, -38.883333), 4326), true),
 (606, '5210', 'CATHU', 'CATHU', 'Thunder Bay', 'Canada', st_setsrid(st_makepoint(-89.233333, 48.4), 4326), true),
 (607, '13055', 'BRTRM', 'BRTRM', 'Tramandai', 'Brazil', st_setsrid(st_makepoint(-50.133333, -29.983333), 4326), true),
 (608, '54810', 'AUPHU', 'AUPHU', 'Port Huon', 'Australia', st_setsrid(st_makepoint(146.983333, -43.166667), 4326), true),
 (609, '54940', 'AUPTD', 'AUPTD', 'Port Dalrymple', 'Australia', st_setsrid(st_makepoint(146.833333, -41.133333), 4326), true),
 (610, '54410', 'AUTHE', 'AUTHE', 'Thevenard', 'Australia', st_setsrid(st_makepoint(133.65, -32.166667), 4326), true),
 (611, '54280', 'AUWAL', 'AUWAL', 'Wallaroo', 'Australia', st_setsrid(st_makepoint(137.616667, -33.933333), 4326), true),
 (612, '53840', 'AUWHL', 'AUWHL', 'Welshpool', 'Australia', st_setsrid(st_makepoint(146.466667, -38.7), 4326), true),
 (613, '53930', 'AUWEP', 'AUWEP', 'Western Port', 'Australia', st_setsrid(st_makepoint(145.233333, -38.35), 4326), true),
 (614, '63095', 'AQPFS', 'AQPFS', 'Port Foster', 'Antarctica', st_setsrid(st_makepoint(-60.633333, -62.95), 4326), true),
 (615, '55680', 'ASPPG', 'ASPPG', 'Pago Pago Harbor', 'American Samoa', st_setsrid(st_makepoint(-170.666667, -14.283333), 4326), true),
 (616, '54320', 'AUWYA', 'AUWYA', 'Whyalla', 'Australia', st_setsrid(st_makepoint(137.583333, -33.033333), 4326), true),
 (617, '12370', 'GYGEO', 'GYGEO', 'Georgetown', 'Guyana', st_setsrid(st_makepoint(-58.166667, 6.833333), 4326), true),
 (618, '51400', 'IDKOE', 'IDKOE', 'Kupang', 'Indonesia', st_setsrid(st_makepoint(123.583333, -10.166667), 4326), true),
 (619, '48420', 'IRKHO', 'IRKHO', 'Khorramshahr', 'Iran', st_setsrid(st_makepoint(48.183333, 30.433333), 4326), true),
 (620, '48620', 'INMDV', 'INMDV', 'Mandvi', 'India', st_setsrid(st_makepoint(69.35, 22.833333), 4326), true),
 (621, '50930', 'IDANR', 'IDANR', 'Anyer Lor', 'Indonesia', st_setsrid(st_makepoint(105.916667, -6.05), 4326), true),
 (622, '51280', 'IDAMP', 'IDAMP', 'Ampenan', 'Indonesia', st_setsrid(st_makepoint(116.066667, -8.566667), 4326), true),
 (623, '61120', 'JPABA', 'JPABA', 'Abashiri Ko', 'Japan', st_setsrid(st_makepoint(144.283333, 44.016667), 4326), true),
 (624, '61170', 'JPMUR', 'JPMUR', 'Muroran Ko', 'Japan', st_setsrid(st_makepoint(140.966667, 42.35), 4326), true),
 (625, '57830', 'CNGGZ', 'CNGGZ', 'Guangzhou', 'China', st_setsrid(st_makepoint(113.233333, 23.116667), 4326), true),
 (626, '47880', 'ERASA', 'ERASA', 'Assab', 'Eritrea', st_setsrid(st_makepoint(42.75, 13.0), 4326), true),
 (627, '46530', 'CDMAT', 'CDMAT', 'Matadi', 'Congo (Kinshasa)', st_setsrid(st_makepoint(13.45, -5.816667), 4326), true),
 (628, '46520', 'CDBOA', 'CDBOA', 'Boma', 'Congo (Kinshasa)', st_setsrid(st_makepoint(13.05, -5.85), 4326), true),
 (629, '46510', 'CDBNW', 'CDBNW', 'Banana', 'Congo (Kinshasa)', st_setsrid(st_makepoint(12.383333, -5.983333), 4326), true),
 (630, '45670', 'DZGHZ', 'DZGHZ', 'Ghazaouet', 'Algeria', st_setsrid(st_makepoint(-1.866667, 35.1), 4326), true),
 (631, '45570', 'DZALG', 'DZALG', 'Alger', 'Algeria', st_setsrid(st_makepoint(3.066667, 36.766667), 4326), true),
 (632, '45490', 'DZAAE', 'DZAAE', 'Annaba', 'Algeria', st_setsrid(st_makepoint(7.766667, 36.916667), 4326), true),
 (633, '44970', 'CYFMG', 'CYFMG', 'Famagusta', 'Cyprus', st_setsrid(st_makepoint(33.933333, 35.116667), 4326), true),
 (634, '44960', 'CYLCA', 'CYLCA', 'Larnaca', 'Cyprus', st_setsrid(st_makepoint(33.65, 34.916667), 4326), true),
 (635, '50910', 'CXFFC', 'CXFFC', 'Flying Fish Cove', 'Christmas Island', st_setsrid(st_makepoint(105.7, -10.416667), 4326), true),
 (636, '46000', 'CIABJ', 'CIABJ', 'Abidjan', 'Cote D''Ivoire', st_setsrid(st_makepoint(-4.016667, 5.25), 4326), true),
 (637, '30950', 'DEEME', 'DEEME', 'Emden', 'Germany', st_setsrid(st_makepoint(7.183333, 53.333333), 4326), true),
 (638, '30900', 'DEBRE', 'DEBRE', 'Bremen', 'Germany', st_setsrid(st_makepoint(8.766667, 53.133333), 4326), true),
 (639, '30840', 'DENHA', 'DENHA', 'Nordenham', 'Germany', st_setsrid(st_makepoint(8.483333, 53.483333), 4326), true),
 (640, '30810', 'DEBRV', 'DEBRV', 'Bremerhaven', 'Germany', st_setsrid(st_makepoint(8.583333, 53.533333), 4326), true),
 (641, '30800', 'DECUX', 'DECUX', 'Cuxhaven', 'Germany', st_setsrid(st_makepoint(8.716667, 53.866667), 4326), true),
 (642, '30780', 'DEHAM', 'DEHAM', 'Hamburg', 'Germany', st_setsrid(st_makepoint(9.933333, 53.55), 4326), true),
 (643, '29350', 'DKHLS', 'DKHLS', 'Helsingor', 'Denmark', st_setsrid(st_makepoint(12.616667, 56.033333), 4326), true),
 (644, '15480', 'CRGLF', 'CRGLF', 'Golfito', 'Costa Rica', st_setsrid(st_makepoint(-83.166667, 8.633333), 4326), true),
 (645, '15370', 'COBUN', 'COBUN', 'Buenaventura', 'Colombia', st_setsrid(st_makepoint(-77.066667, 3.883333), 4326), true),
 (646, '15330', 'ECESM', 'ECESM', 'Esmeraldas', 'Ecuador', st_setsrid(st_makepoint(-79.65, 1.0), 4326), true),
 (647, '15310', 'ECMEC', 'ECMEC', 'Manta', 'Ecuador', st_setsrid(st_makepoint(-80.716667, -0.95), 4326), true),
 (648, '15270', 'ECGYE', 'ECGYE', 'Guayaquil', 'Ecuador', st_setsrid(st_makepoint(-79.883333, -2.2), 4326), true),
 (649, '14760', 'CLIQQ', 'CLIQQ', 'Iquique', 'Chile', st_setsrid(st_makepoint(-70.166667, -20.2), 4326), true),
 (650, '14660', 'CLANF', 'CLANF', 'Antofagasta', 'Chile', st_setsrid(st_makepoint(-70.416667, -23.65), 4326), true),
 (651, '14425', 'CLLQN', 'CLLQN', 'Lirquen', 'Chile', st_setsrid(st_makepoint(-72.983333, -36.716667), 4326), true),
 (652, '14415', 'CLSVE', 'CLSVE', 'Bahia San Vicente', 'Chile', st_setsrid(st_makepoint(-73.166667, -36.733333), 4326), true),
 (653, '10500', 'CUJUC', 'CUJUC', 'Jucaro', 'Cuba', st_setsrid(st_makepoint(-78.85, 21.616667), 4326), true),
 (654, '14670', 'CLMJS', 'CLMJS', 'Mejillones', 'Chile', st_setsrid(st_makepoint(-70.466667, -23.1), 4326), true),
 (655, '30100', 'DKAAB', 'DKAAB', 'Abenra', 'Denmark', st_setsrid(st_makepoint(9.433333, 55.05), 4326), true),
 (656, '30870', 'DEOLO', 'DEOLO', 'Oldenburg', 'Germany', st_setsrid(st_makepoint(8.216667, 53.116667), 4326), true),
 (657, '46008', 'CIESP', 'CIESP', 'Espoir Marine Terminal', 'Cote D''Ivoire', st_setsrid(st_makepoint(-4.45, 5.05), 4326), true),
 (658, '45520', 'DZCOL', 'DZCOL', 'Collo', 'Algeria', st_setsrid(st_makepoint(6.583333, 37.0), 4326), true),
 (659, '45525', 'DZDJE', 'DZDJE', 'Djen-Djen', 'Algeria', st_setsrid(st_makepoint(5.883333, 36.816667), 4326), true),
 (660, '45530', 'DZDJI', 'DZDJI', 'Jijel', 'Algeria', st_setsrid(st_makepoint(5.783333, 36.833333), 4326), true),
 (661, '11908', 'COEBQ', 'COEBQ', 'El Bosque', 'Colombia', st_setsrid(st_makepoint(-75.533333, 10.4), 4326), true),
 (662, '30105', 'DKENS', 'DKENS', 'Ensted', 'Denmark', st_setsrid(st_makepoint(9.433333, 55.016667), 4326), true),
 (663, '30480', 'DKLVG', 'DKLVG', 'Lemvig', 'Denmark', st_setsrid(st_makepoint(8.283333, 56.583333), 4326), true),
 (664, '30710', 'DEBRB', 'DEBRB', 'Brunsbuttel Elbahafen', 'Germany', st_setsrid(st_makepoint(9.166667, 53.883333), 4326), true),
 (665, '30740', 'DENEH', 'DENEH', 'Neuhaus', 'Germany', st_setsrid(st_makepoint(9.033333, 53.8), 4326), true),
 (666, '30760', 'DEGLU', 'DEGLU', 'Gluckstadt', 'Germany', st_setsrid(st_makepoint(9.416667, 53.783333), 4326), true),
 (667, '45970', 'CIBAO', 'CIBAO', 'Baobab Marine Terminal', 'Cote D''Ivoire', st_setsrid(st_makepoint(-4.55, 4.966667), 4326), true),
 (668, '14400', 'CLCNL', 'CLCNL', 'Coronel', 'Chile', st_setsrid(st_makepoint(-73.166667, -37.033333), 4326), true),
 (669, '29130', 'DKCSO', 'DKCSO', 'Christianso Harbor', 'Denmark', st_setsrid(st_makepoint(15.183333, 55.316667), 4326), true),
 (670, '57745', 'CNFAN', 'CNFAN', 'Fang-Cheng', 'China', st_setsrid(st_makepoint(108.35, 21.75), 4326), true),
 (671, '59991', 'CNNTG', 'CNNTG', 'Nantong', 'China', st_setsrid(st_makepoint(120.8, 32.0), 4326), true),
 (672, '60170', 'CNLKU', 'CNLKU', 'Longkou Gang', 'China', st_setsrid(st_makepoint(120.283333, 37.633333), 4326), true),
 (673, '60215', 'CNJNZ', 'CNJNZ', 'Jinzhou Wan', 'China', st_setsrid(st_makepoint(121.1, 40.75), 4326), true),
 (674, '44900', 'CYKYR', 'CYKYR', 'Kyrenia', 'Cyprus', st_setsrid(st_makepoint(33.333333, 35.35), 4326), true),
 (675, '14095', 'CLCLR', 'CLCLR', 'Caleta Clarencia', 'Chile', st_setsrid(st_makepoint(-70.1, -52.9), 4326), true),
 (676, '14610', 'CLHSO', 'CLHSO', 'Huasco', 'Chile', st_setsrid(st_makepoint(-71.25, -28.466667), 4326), true),
 (677, '10420', 'CUMEL', 'CUMEL', 'Media Luna', 'Cuba', st_setsrid(st_makepoint(-77.433333, 20.15), 4326), true),
 (678, '11905', 'COMAM', 'COMAM', 'Mamonal', 'Colombia', st_setsrid(st_makepoint(-75.516667, 10.316667), 4326), true),
 (679, '45560', 'DZDEL', 'DZDEL', 'Dellys', 'Algeria', st_setsrid(st_makepoint(3.916667, 36.916667), 4326), true),
 (680, '57822', 'CNHUA', 'CNHUA', 'Huangpu', 'China', st_setsrid(st_makepoint(113.416667, 23.083333), 4326), true),
 (681, '57859', 'CNHUI', 'CNHUI', 'Huizhou', 'China', st_setsrid(st_makepoint(114.516667, 22.716667), 4326), true),
 (682, '57862', 'CNCOZ', 'CNCOZ', 'Chaozhou', 'China', st_setsrid(st_makepoint(117.083333, 23.616667), 4326), true),
 (683, '29520', 'DKKRR', 'DKKRR', 'Korsor', 'Denmark', st_setsrid(st_makepoint(11.133333, 55.333333), 4326), true),
 (684, '30850', 'DEBKE', 'DEBKE', 'Brake', 'Germany', st_setsrid(st_makepoint(8.483333, 53.333333), 4326), true),
 (685, '30860', 'DEELS', 'DEELS', 'Elsfleth', 'Germany', st_setsrid(st_makepoint(8.466667, 53.233333), 4326), true),
 (686, '59985', 'CNJGY', 'CNJGY', 'Jiangyin', 'China', st_setsrid(st_makepoint(120.233333, 31.916667), 4326), true),
 (687, '59986', 'CNCZX', 'CNCZX', 'Changzhou', 'China', st_setsrid(st_makepoint(119.983333, 31.966667), 4326), true),
 (688, '59987', 'CNGAO', 'CNGAO', 'Gaogang', 'China', st_setsrid(st_makepoint(119.85, 32.283333), 4326), true),
 (689, '60210', 'CNHUD', 'CNHUD', 'Huludao Gang', 'China', st_setsrid(st_makepoint(120.983333, 40.7), 4326), true),
 (690, '60230', 'CNBYQ', 'CNBYQ', 'Bayuquan', 'China', st_setsrid(st_makepoint(122.083333, 40.3), 4326), true),
 (691, '45510', 'DZSKI', 'DZSKI', 'Skikda', 'Algeria', st_setsrid(st_makepoint(6.916667, 36.883333), 4326), true),
 (692, '45610', 'DZTEN', 'DZTEN', 'Tenes', 'Algeria', st_setsrid(st_makepoint(1.316667, 36.533333), 4326), true),
 (693, '15500', 'CRPTC', 'CRPTC', 'Puerto Caldera', 'Costa Rica', st_setsrid(st_makepoint(-84.716667, 9.916667), 4326), true),
 (694, '30910', 'DEWVN', 'DEWVN', 'Wilhelmshaven', 'Germany', st_setsrid(st_makepoint(8.166667, 53.533333), 4326), true),
 (695, '14420', 'CLTAL', 'CLTAL', 'Talcahuano', 'Chile', st_setsrid(st_makepoint(-73.1, -36.7), 4326), true),
 (696, '14720', 'CLTOQ', 'CLTOQ', 'Tocopilla', 'Chile', st_setsrid(st_makepoint(-70.233333, -22.083333), 4326), true),
 (697, '15360', 'COTCO', 'COTCO', 'Tumaco', 'Colombia', st_setsrid(st_makepoint(-78.75, 1.816667), 4326), true),
 (698, '11821', 'CWSMB', 'CWSMB', 'Sint Michelsbaai', 'Curacao', st_setsrid(st_makepoint(-69.016667, 12.133333), 4326), true),
 (699, '45880', 'CVGRA', 'CVGRA', 'Porto Grande', 'Cabo Verde', st_setsrid(st_makepoint(-25.0, 16.883333), 4326), true),
 (700, '14440', 'CLPEO', 'CLPEO', 'Penco', 'Chile', st_setsrid(st_makepoint(-73.0, -36.716667), 4326), true),
 (701, '52695', 'IDSWT', 'IDSWT', 'Salawati', 'Indonesia', st_setsrid(st_makepoint(130.983333, -1.35), 4326), true),
 (702, '15510', 'CRPAS', 'CRPAS', 'Puntarenas', 'Costa Rica', st_setsrid(st_makepoint(-84.833333, 9.983333), 4326), true),
 (703, '29260', 'DKTUB', 'DKTUB', 'Tuborg', 'Denmark', st_setsrid(st_makepoint(12.583333, 55.716667), 4326), true),
 (704, '15250', 'ECPBO', 'ECPBO', 'Puerto Bolivar', 'Ecuador', st_setsrid(st_makepoint(-80.0, -3.266667), 4326), true),
 (705, '9805', 'CRPMN', 'CRPMN', 'Puerto Moin', 'Costa Rica', st_setsrid(st_makepoint(-83.083333, 10.0), 4326), true),
 (706, '14197', 'CLPCH', 'CLPCH', 'Puerto Chacabuco', 'Chile', st_setsrid(st_makepoint(-72.833333, -45.466667), 4326), true),
 (707, '59988', 'CNYZH', 'CNYZH', 'Yangzhou', 'China', st_setsrid(st_makepoint(119.433333, 32.266667), 4326), true),
 (708, '48015', 'EGRSH', 'EGRSH', 'Ras Shukhier', 'Egypt', st_setsrid(st_makepoint(33.283333, 28.133333), 4326), true),
 (709, '48025', 'EGRAB', 'EGRAB', 'Ras Badran Oil Terminal', 'Egypt', st_setsrid(st_makepoint(33.166667, 28.95), 4326), true),
 (710, '60165', 'CNPLI', 'CNPLI', 'Penglai', 'China', st_setsrid(st_makepoint(120.833333, 37.816667), 4326), true),
 (711, '48065', 'EGWAF', 'EGWAF', 'Wadi Feiran', 'Egypt', st_setsrid(st_makepoint(33.2, 28.75), 4326), true),
 (712, '47988', 'EGSSH', 'EGSSH', 'Sharm El Sheikh', 'Egypt', st_setsrid(st_makepoint(34.283333, 27.85), 4326), true),
 (713, '57857', 'CNYTN', 'CNYTN', 'Yantian', 'China', st_setsrid(st_makepoint(114.266667, 22.583333), 4326), true),
 (714, '60140', 'CNQIN', 'CNQIN', 'Qingdao Gang', 'China', st_setsrid(st_makepoint(120.266667, 36.033333), 4326), true),
 (715, '60193', 'CNTGS', 'CNTGS', 'Tangshan (Jingtang)', 'China', st_setsrid(st_makepoint(119.016667, 39.2), 4326), true),
 (716, '48053', 'EGRSU', 'EGRSU', 'Ras Sudr', 'Egypt', st_setsrid(st_makepoint(32.7, 29.583333), 4326), true),
 (717, '11060', 'DOPVA', 'DOPVA', 'Puerto Viejo De Azua', 'Dominican Republic', st_setsrid(st_makepoint(-70.833333, 18.35), 4326), true),
 (718, '57876', 'CNXYG', 'CNXYG', 'Xiuyu', 'China', st_setsrid(st_makepoint(118.983333, 25.233333), 4326), true),
 (719, '57874', 'CNQZL', 'CNQZL', 'Quanzhou', 'China', st_setsrid(st_makepoint(118.6, 24.883333), 4326), true),
 (720, '57819', 'CNSDG', 'CNSDG', 'Shui Dong', 'China', st_setsrid(st_makepoint(111.083333, 21.483333), 4326), true),
 (721, '10520', 'CUTDZ', 'CUTDZ', 'Tunas De Zaza', 'Cuba', st_setsrid(st_makepoint(-79.55, 21.633333), 4326), true),
 (722, '59990', 'CNZJG', 'CNZJG', 'Zhangjiangang', 'China', st_setsrid(st_makepoint(120.4, 31.966667), 4326), true),
 (723, '57777', 'CNSHK', 'CNSHK', 'Shekou', 'China', st_setsrid(st_makepoint(113.866667, 22.466667), 4326), true),
 (724, '57816', 'CNSYA', 'CNSYA', 'Sanya', 'China', st_setsrid(st_makepoint(109.45, 18.316667), 4326), true),
 (725, '59995', 'CNZHE', 'CNZHE', 'Zhenjiang', 'China', st_setsrid(st_makepoint(119.433333, 32.216667), 4326), true),
 (726, '57817', 'CNYPG', 'CNYPG', 'Yangpu', 'China', st_setsrid(st_makepoint(109.183333, 19.733333), 4326), true),
 (727, '57770', 'CNZNG', 'CNZNG', 'Zhanjiang', 'China', st_setsrid(st_makepoint(110.4, 21.2), 4326), true),
 (728, '59963', 'CNZPU', 'CNZPU', 'Zhapu', 'China', st_setsrid(st_makepoint(121.083333, 30.583333), 4326), true),
 (729, '60150', 'CNWEG', 'CNWEG', 'Weihai', 'China', st_setsrid(st_makepoint(122.1, 37.5), 4326), true),
 (730, '11030', 'DOSPM', 'DOSPM', 'San Pedro De Macoris', 'Dominican Republic', st_setsrid(st_makepoint(-69.316667, 18.45), 4326), true),
 (731, '4840', 'USENW', 'USENW', 'Kenosha', 'United States', st_setsrid(st_makepoint(-87.816667, 42.583333), 4326), true),
 (732, '61840', 'JPNNO', 'JPNNO', 'Nanao Ko', 'Japan', st_setsrid(st_makepoint(136.983333, 37.05), 4326), true),
 (733, '41350', 'HRDUR', 'HRDUR', 'Dugi Rat', 'Croatia', st_setsrid(st_makepoint(16.65, 43.45), 4326), true),
 (734, '42327', 'GRCLK', 'GRCLK', 'Chalkis', 'Greece', st_setsrid(st_makepoint(23.6, 38.466667), 4326), true),
 (735, '42980', 'GRJNX', 'GRJNX', 'Nisos Naxos', 'Greece', st_setsrid(st_makepoint(25.366667, 37.1), 4326), true),
 (736, '61180', 'JPMOR', 'JPMOR', 'Mori', 'Japan', st_setsrid(st_makepoint(140.583333, 42.116667), 4326), true),
 (737, '46454', 'GAMBY', 'GAMBY', 'M''bya Oil Terminal', 'Gabon', st_setsrid(st_makepoint(10.933333, -3.883333), 4326), true),
 (738, '46453', 'GAGAX', 'GAGAX', 'Gamba Oil Terminal', 'Gabon', st_setsrid(st_makepoint(10.0, -2.833333), 4326), true),
 (739, '46445', 'GACLZ', 'GACLZ', 'Cap Lopez', 'Gabon', st_setsrid(st_makepoint(8.716667, -0.633333), 4326), true),
 (740, '45730', 'ESCEU', 'ESCEU', 'Ceuta', 'Spain', st_setsrid(st_makepoint(-5.316667, 35.9), 4326), true),
 (741, '38990', 'FRNCE', 'FRNCE', 'Nice', 'France', st_setsrid(st_makepoint(7.283333, 43.7), 4326), true),
 (742, '38775', 'FRFOS', 'FRFOS', 'Fos', 'France', st_setsrid(st_makepoint(4.883333, 43.416667), 4326), true),
 (743, '38290', 'ESCAD', 'ESCAD', 'Cadiz', 'Spain', st_setsrid(st_makepoint(-6.3, 36.533333), 4326), true),
 (744, '38220', 'ESHUV', 'ESHUV', 'Huelva', 'Spain', st_setsrid(st_makepoint(-6.95, 37.25), 4326), true),
 (745, '37740', 'ESFRO', 'ESFRO', 'Ferrol', 'Spain', st_setsrid(st_makepoint(-8.233333, 43.483333), 4326), true),
 (746, '37560', 'ESGIJ', 'ESGIJ', 'Gijon', 'Spain', st_setsrid(st_makepoint(-5.666667, 43.55), 4326), true),
 (747, '33090', 'GBMLG', 'GBMLG', 'Mallaig', 'United Kingdom', st_setsrid(st_makepoint(-5.816667, 57.0), 4326), true),
 (748, '32955', 'GBLMA', 'GBLMA', 'Lochmaddy', 'United Kingdom', st_setsrid(st_makepoint(-7.166667, 57.6), 4326), true),
 (749, '32320', 'GBBUH', 'GBBUH', 'Burghead', 'United Kingdom', st_setsrid(st_makepoint(-3.5, 57.7), 4326), true),
 (750, '32290', 'GBBUC', 'GBBUC', 'Buckie Harbor', 'United Kingdom', st_setsrid(st_makepoint(-2.966667, 57.683333), 4326), true),
 (751, '32220', 'GBABD', 'GBABD', 'Aberdeen', 'United Kingdom', st_setsrid(st_makepoint(-2.083333, 57.15), 4326), true),
 (752, '32010', 'GBGRG', 'GBGRG', 'Grangemouth', 'United Kingdom', st_setsrid(st_makepoint(-3.716667, 56.016667), 4326), true),
 (753, '31930', 'GBLEI', 'GBLEI', 'Leith', 'United Kingdom', st_setsrid(st_makepoint(-3.183333, 55.983333), 4326), true),
 (754, '31680', 'GBBRT', 'GBBRT', 'Bridlington', 'United Kingdom', st_setsrid(st_makepoint(-0.183333, 54.083333), 4326), true),
 (755, '31550', 'GBIPS', 'GBIPS', 'Ipswich', 'United Kingdom', st_setsrid(st_makepoint(1.166667, 52.05), 4326), true),
 (756, '37230', 'FRBAY', 'FRBAY', 'Bayonne', 'France', st_setsrid(st_makepoint(-1.466667, 43.5), 4326), true),
 (757, '36900', 'FRNTE', 'FRNTE', 'Nantes', 'France', st_setsrid(st_makepoint(-1.566667, 47.2), 4326), true),
 (758, '36860', 'FRDON', 'FRDON', 'Donges', 'France', st_setsrid(st_makepoint(-2.066667, 47.3), 4326), true),
 (759, '35340', 'GBFOY', 'GBFOY', 'Fowey Harbour', 'United Kingdom', st_setsrid(st_makepoint(-4.633333, 50.333333), 4326), true),
 (760, '35070', 'GBBRS', 'GBBRS', 'Bristol', 'United Kingdom', st_setsrid(st_makepoint(-2.633333, 51.466667), 4326), true),
 (761, '34690', 'GBLIV', 'GBLIV', 'Liverpool', 'United Kingdom', st_setsrid(st_makepoint(-3.0, 53.416667), 4326), true),
 (762, '34630', 'GBBIF', 'GBBIF', 'Barrow In Furness', 'United Kingdom', st_setsrid(st_makepoint(-3.233333, 54.116667), 4326), true),
 (763, '33690', 'GBAGL', 'GBAGL', 'Ardglass', 'United Kingdom', st_setsrid(st_makepoint(-5.616667, 54.266667), 4326), true),
 (764, '33490', 'GBGLW', 'GBGLW', 'Glasgow', 'United Kingdom', st_setsrid(st_makepoint(-4.283333, 55.866667), 4326), true),
 (765, '33450', 'GBBOW', 'GBBOW', 'Bowling', 'United Kingdom', st_setsrid(st_makepoint(-4.483333, 55.933333), 4326), true),
 (766, '35870', 'FRDOL', 'FRDOL', 'Deauville', 'France', st_setsrid(st_makepoint(0.083333, 49.366667), 4326), true),
 (767, '31972', 'GBHPT', 'GBHPT', 'Hound Point Terminal', 'United Kingdom', st_setsrid(st_makepoint(-3.366667, 56.0), 4326), true),
 (768, '32990', 'GBLBD', 'GBLBD', 'Lochboisdale', 'United Kingdom', st_setsrid(st_makepoint(-7.3, 57.15), 4326), true),
 (769, '38310', 'ESALG', 'ESALG', 'Algeciras', 'Spain', st_setsrid(st_makepoint(-5.433333, 36.133333), 4326), true),
 (770, '32330', 'GBINV', 'GBINV', 'Inverness', 'United Kingdom', st_setsrid(st_makepoint(-4.233333, 57.483333), 4326), true),
 (771, '32070', 'GBMTH', 'GBMTH', 'Methil', 'United Kingdom', st_setsrid(st_makepoint(-3.0, 56.183333), 4326), true),
 (772, '32300', 'GBLSS', 'GBLSS', 'Lossiemouth', 'United Kingdom', st_setsrid(st_makepoint(-3.283333, 57.716667), 4326), true),
 (773, '32350', 'GBIVG', 'GBIVG', 'Invergordon', 'United Kingdom', st_setsrid(st_makepoint(-4.166667, 57.683333), 4326), true),
 (774, '37600', 'ESAVS', 'ESAVS', 'Aviles', 'Spain', st_setsrid(st_makepoint(-5.933333, 43.6), 4326), true),
 (775, '38375', 'ESMOT', 'ESMOT', 'Motril', 'Spain', st_setsrid(st_makepoint(-3.516667, 36.75), 4326), true),
 (776, '38390', 'ESLEI', 'ESLEI', 'Almeria', 'Spain', st_setsrid(st_makepoint(-2.466667, 36.833333), 4326), true),
 (777, '38500', 'ESGCS', 'ESGCS', 'El Grao', 'Spain', st_setsrid(st_makepoint(0.016667, 39.966667), 4326), true),
 (778, '38610', 'ESIBZ', 'ESIBZ', 'Ibiza', 'Spain', st_setsrid(st_makepoint(1.45, 38.9), 4326), true),
 (779, '39080', 'FRBON', 'FRBON', 'Bonifacio', 'France', st_setsrid(st_makepoint(9.166667, 41.383333), 4326), true),
 (780, '33190', 'GBCOR', 'GBCOR', 'Corpach', 'United Kingdom', st_setsrid(st_makepoint(-5.116667, 56.85), 4326), true),
 (781, '33160', 'GBLOL', 'GBLOL', 'Lochaline', 'United Kingdom', st_setsrid(st_makepoint(-5.766667, 56.55), 4326), true),
 (782, '33170', 'GBCNU', 'GBCNU', 'Craignure', 'United Kingdom', st_setsrid(st_makepoint(-5.7, 56.466667), 4326), true),
 (783, '34640', 'GBHYM', 'GBHYM', 'Heysham', 'United Kingdom', st_setsrid(st_makepoint(-2.916667, 54.033333), 4326), true),
 (784, '34650', 'GBLIB', 'GBLIB', 'Liverpool Bay Terminal', 'United Kingdom', st_setsrid(st_makepoint(-3.55, 53.533333), 4326), true),
 (785, '34970', 'GBNEA', 'GBNEA', 'Neath', 'United Kingdom', st_setsrid(st_makepoint(-3.833333, 51.633333), 4326), true),
 (786, '35240', 'GBNYL', 'GBNYL', 'Newlyn', 'United Kingdom', st_setsrid(st_makepoint(-5.55, 50.1), 4326), true),
 (787, '35590', 'GBFAW', 'GBFAW', 'Fawley Marine Terminal', 'United Kingdom', st_setsrid(st_makepoint(-1.333333, 50.816667), 4326), true),
 (788, '36620', 'FRCOC', 'FRCOC', 'Concarneau', 'France', st_setsrid(st_makepoint(-3.916667, 47.866667), 4326), true),
 (789, '27540', 'FIHIM', 'FIHIM', 'Himanka', 'Finland', st_setsrid(st_makepoint(23.65, 64.0), 4326), true),
 (790, '27590', 'FIKAN', 'FIKAN', 'Kantlax', 'Finland', st_setsrid(st_makepoint(22.283333, 63.416667), 4326), true),
 (791, '33200', 'GBFWM', 'GBFWM', 'Fort William', 'United Kingdom', st_setsrid(st_makepoint(-5.116667, 56.816667), 4326), true),
 (792, '33390', 'GBGRK', 'GBGRK', 'Greenock', 'United Kingdom', st_setsrid(st_makepoint(-4.75, 55.95), 4326), true),
 (793, '33405', 'GBFNT', 'GBFNT', 'Finnart Oil Terminal', 'United Kingdom', st_setsrid(st_makepoint(-4.833333, 56.116667), 4326), true),
 (794, '33460', 'GBOKK', 'GBOKK', 'Old Kilpatrick', 'United Kingdom', st_setsrid(st_makepoint(-4.466667, 55.916667), 4326), true),
 (795, '33985', 'GBLAN', 'GBLAN', 'Lancaster', 'United Kingdom', st_setsrid(st_makepoint(-2.783333, 54.05), 4326), true),
 (796, '46446', 'GAOGU', 'GAOGU', 'Oguendjo Terminal', 'Gabon', st_setsrid(st_makepoint(8.916667, -1.466667), 4326), true),
 (797, '35300', 'GBMVG', 'GBMVG', 'Mevagissey', 'United Kingdom', st_setsrid(st_makepoint(-4.783333, 50.266667), 4326), true),
 (798, '35320', 'GBCHF', 'GBCHF', 'Charlestown', 'United Kingdom', st_setsrid(st_makepoint(-4.75, 50.333333), 4326), true),
 (799, '35700', 'GBFOL', 'GBFOL', 'Folkestone Harbour', 'United Kingdom', st_setsrid(st_makepoint(1.2, 51.083333), 4326), true),
 (800, '35830', 'FRFEC', 'FRFEC', 'Fecamp', 'France', st_setsrid(st_makepoint(0.366667, 49.766667), 4326), true),
 (801, '36855', 'FRMTX', 'FRMTX', 'Montoir', 'France', st_setsrid(st_makepoint(-2.133333, 47.3), 4326), true),
 (802, '37350', 'ESBRM', 'ESBRM', 'Bermeo', 'Spain', st_setsrid(st_makepoint(-2.716667, 43.416667), 4326), true),
 (803, '31890', 'GBDBR', 'GBDBR', 'Dunbar', 'United Kingdom', st_setsrid(st_makepoint(-2.516667, 56.0), 4326), true),
 (804, '32830', 'GBAUL', 'GBAUL', 'Aultbea', 'United Kingdom', st_setsrid(st_makepoint(-5.583333, 57.833333), 4326), true),
 (805, '32850', 'GBGAR', 'GBGAR', 'Gairloch', 'United Kingdom', st_setsrid(st_makepoint(-5.683333, 57.716667), 4326), true),
 (806, '32900', 'GBKYL', 'GBKYL', 'Kyle Of Lochalsh', 'United Kingdom', st_setsrid(st_makepoint(-5.716667, 57.283333), 4326), true),
 (807, '38380', 'ESADR', 'ESADR', 'Adra', 'Spain', st_setsrid(st_makepoint(-3.033333, 36.733333), 4326), true),
 (808, '38410', 'ESAGU', 'ESAGU', 'Aguilas', 'Spain', st_setsrid(st_makepoint(-1.566667, 37.4), 4326), true),
 (809, '34950', 'GBSWA', 'GBSWA', 'Swansea', 'United Kingdom', st_setsrid(st_makepoint(-3.95, 51.616667), 4326), true),
 (810, '38160', 'ESSCT', 'ESSCT', 'Santa Cruz De Tenerife', 'Spain', st_setsrid(st_makepoint(-16.233333, 28.466667), 4326), true),
 (811, '27400', 'FITOR', 'FITOR', 'Tornio', 'Finland', st_setsrid(st_makepoint(24.166667, 65.766667), 4326), true),
 (812, '35715', 'GBRMG', 'GBRMG', 'Ramsgate', 'United Kingdom', st_setsrid(st_makepoint(1.416667, 51.333333), 4326), true),
 (813, '32950', 'GBUIG', 'GBUIG', 'Uig', 'United Kingdom', st_setsrid(st_makepoint(-6.35, 57.583333), 4326), true),
 (814, '34610', 'GBWOR', 'GBWOR', 'Workington', 'United Kingdom', st_setsrid(st_makepoint(-3.633333, 54.566667), 4326), true),
 (815, '38460', 'ESGAN', 'ESGAN', 'Puerto De Gandia', 'Spain', st_setsrid(st_makepoint(-0.15, 39.0), 4326), true),
 (816, '31980', 'GBROY', 'GBROY', 'Rosyth', 'United Kingdom', st_setsrid(st_makepoint(-3.433333, 56.016667), 4326), true),
 (817, '46440', 'GAPOG', 'GAPOG', 'Port Gentil', 'Gabon', st_setsrid(st_makepoint(8.8, -0.7), 4326), true),
 (818, '32230', 'GBPHD', 'GBPHD', 'Peterhead', 'United Kingdom', st_setsrid(st_makepoint(-1.783333, 57.5), 4326), true),
 (819, '27650', 'FIVAA', 'FIVAA', 'Vaasa', 'Finland', st_setsrid(st_makepoint(21.583333, 63.1), 4326), true),
 (820, '510', 'ISVES', 'ISVES', 'Vestmannaeyjar', 'Iceland', st_setsrid(st_makepoint(-20.283333, 63.433333), 4326), true),
 (821, '35880', 'FRCFR', 'FRCFR', 'Port De Caen', 'France', st_setsrid(st_makepoint(-0.35, 49.183333), 4326), true),
 (822, '27740', 'FIPOR', 'FIPOR', 'Pori', 'Finland', st_setsrid(st_makepoint(21.8, 61.483333), 4326), true),
 (823, '32820', 'GBULL', 'GBULL', 'Ullapool', 'United Kingdom', st_setsrid(st_makepoint(-5.15, 57.9), 4326), true),
 (824, '31690', 'GBSCA', 'GBSCA', 'Scarborough', 'United Kingdom', st_setsrid(st_makepoint(-0.4, 54.283333), 4326), true),
 (825, '32930', 'GBPRT', 'GBPRT', 'Portree Harbor', 'United Kingdom', st_setsrid(st_makepoint(-6.2, 57.416667), 4326), true),
 (826, '34590', 'GBSIL', 'GBSIL', 'Silloth', 'United Kingdom', st_setsrid(st_makepoint(-3.4, 54.866667), 4326), true),
 (827, '33280', 'GBPLN', 'GBPLN', 'Port Ellen', 'United Kingdom', st_setsrid(st_makepoint(-6.2, 55.633333), 4326), true),
 (828, '37470', 'ESSDR', 'ESSDR', 'Santander', 'Spain', st_setsrid(st_makepoint(-3.783333, 43.466667), 4326), true),
 (829, '35250', 'GBPEN', 'GBPEN', 'Penzance', 'United Kingdom', st_setsrid(st_makepoint(-5.533333, 50.116667), 4326), true),
 (830, '27755', 'FITHK', 'FITHK', 'Tahkoluoto', 'Finland', st_setsrid(st_makepoint(21.4, 61.633333), 4326), true),
 (831, '33550', 'GBTRN', 'GBTRN', 'Troon', 'United Kingdom', st_setsrid(st_makepoint(-4.683333, 55.55), 4326), true),
 (832, '38435', 'ESTOR', 'ESTOR', 'Torrevieja', 'Spain', st_setsrid(st_makepoint(-0.683333, 37.966667), 4326), true),
 (833, '27850', 'FITOK', 'FITOK', 'Tolkkinen', 'Finland', st_setsrid(st_makepoint(25.583333, 60.033333), 4326), true),
 (834, '31360', 'GBWTS', 'GBWTS', 'Whitstable', 'United Kingdom', st_setsrid(st_makepoint(1.033333, 51.366667), 4326), true),
 (835, '31700', 'GBWTB', 'GBWTB', 'Whitby', 'United Kingdom', st_setsrid(st_makepoint(-0.616667, 54.483333), 4326), true),
 (836, '28210', 'FIPRV', 'FIPRV', 'Porvoo', 'Finland', st_setsrid(st_makepoint(25.633333, 60.3), 4326), true),
 (837, '38940', 'FRSRL', 'FRSRL', 'Saint-Raphael', 'France', st_setsrid(st_makepoint(6.766667, 43.416667), 4326), true),
 (838, '38398', 'ESGAR', 'ESGAR', 'Puerto De Garrucha', 'Spain', st_setsrid(st_makepoint(-1.816667, 37.183333), 4326), true),
 (839, '38280', 'ESROT', 'ESROT', 'Rota', 'Spain', st_setsrid(st_makepoint(-6.333333, 36.616667), 4326), true),
 (840, '35885', 'FROUI', 'FROUI', 'Ouistreham', 'France', st_setsrid(st_makepoint(-0.25, 49.283333), 4326), true),
 (841, '33480', 'GBREN', 'GBREN', 'Renfrew', 'United Kingdom', st_setsrid(st_makepoint(-4.383333, 55.883333), 4326), true),
 (842, '38150', 'ESSPC', 'ESSPC', 'Santa Cruz De La Palma', 'Spain', st_setsrid(st_makepoint(-17.75, 28.683333), 4326), true),
 (843, '38780', 'FRPDB', 'FRPDB', 'Port-de-Bouc', 'France', st_setsrid(st_makepoint(4.983333, 43.4), 4326), true),
 (844, '38730', 'FRNOU', 'FRNOU', 'Port-La-Nouvelle', 'France', st_setsrid(st_makepoint(3.066667, 43.016667), 4326), true),
 (845, '35040', 'GBSSS', 'GBSSS', 'Sharpness', 'United Kingdom', st_setsrid(st_makepoint(-2.483333, 51.716667), 4326), true),
 (846, '56590', 'FMPNI', 'FMPNI', 'Pohnpei Harbor', 'Federated States of Micronesia', st_setsrid(st_makepoint(158.2, 6.983333), 4326), true),
 (847, '90', 'ISKJF', 'ISKJF', 'Skerjafjordur', 'Iceland', st_setsrid(st_makepoint(-22.016667, 64.15), 4326), true),
 (848, '62400', 'JPIMI', 'JPIMI', 'Imari', 'Japan', st_setsrid(st_makepoint(129.883333, 33.283333), 4326), true),
 (849, '44340', 'GEPTI', 'GEPTI', 'Poti', 'Georgia', st_setsrid(st_makepoint(41.583333, 42.15), 4326), true),
 (850, '10620', 'JMFMH', 'JMFMH', 'Falmouth', 'Jamaica', st_setsrid(st_makepoint(-77.65, 18.483333), 4326), true),
 (851, '62190', 'JPHSM', 'JPHSM', 'Hososhima Ko', 'Japan', st_setsrid(st_makepoint(131.666667, 32.433333), 4326), true),
 (852, '62340', 'JPAOK', 'JPAOK', 'Aokata', 'Japan', st_setsrid(st_makepoint(129.066667, 32.983333), 4326), true),
 (853, '62440', 'JPIZH', 'JPIZH', 'Izuhara', 'Japan', st_setsrid(st_makepoint(129.3, 34.2), 4326), true),
 (854, '61960', 'JPKOM', 'JPKOM', 'Komatsushima', 'Japan', st_setsrid(st_makepoint(134.6, 34.016667), 4326), true),
 (855, '62333', 'JPMTS', 'JPMTS', 'Matsu-Shima', 'Japan', st_setsrid(st_makepoint(129.6, 32.933333), 4326), true),
 (856, '42300', 'GRVAT', 'GRVAT', 'Ormos Mikro Vathi', 'Greece', st_setsrid(st_makepoint(23.6, 38.433333), 4326), true),
 (857, '43120', 'GRRET', 'GRRET', 'Rethimnon', 'Greece', st_setsrid(st_makepoint(24.466667, 35.366667), 4326), true),
 (858, '9680', 'HNTJI', 'HNTJI', 'Trujillo', 'Honduras', st_setsrid(st_makepoint(-85.95, 15.916667), 4326), true),
 (859, '43100', 'GRSDH', 'GRSDH', 'Soudha', 'Greece', st_setsrid(st_makepoint(24.183333, 35.483333), 4326), true),
 (860, '42230', 'GRPIR', 'GRPIR', 'Piraievs', 'Greece', st_setsrid(st_makepoint(23.65, 37.933333), 4326), true),
 (861, '1000', 'GLTHU', 'GLTHU', 'Pituffik (Thule Air Base)', 'Greenland', st_setsrid(st_makepoint(-68.866667, 76.533333), 4326), true),
 (862, '41010', 'HRRJK', 'HRRJK', 'Rijeka Luka', 'Croatia', st_setsrid(st_makepoint(14.433333, 45.333333), 4326), true),
 (863, '40880', 'HRUMG', 'HRUMG', 'Umag', 'Croatia', st_setsrid(st_makepoint(13.516667, 45.433333), 4326), true),
 (864, '15660', 'GTPRQ', 'GTPRQ', 'Puerto Quetzal', 'Guatemala', st_setsrid(st_makepoint(-90.8, 13.916667), 4326), true),
 (865, '9650', 'HNPCR', 'HNPCR', 'Puerto Cortes', 'Honduras', st_setsrid(st_makepoint(-87.95, 15.833333), 4326), true),
 (866, '51130', 'IDSUB', 'IDSUB', 'Surabaya', 'Indonesia', st_setsrid(st_makepoint(112.733333, -7.2), 4326), true),
 (867, '51020', 'IDTEG', 'IDTEG', 'Tegal', 'Indonesia', st_setsrid(st_makepoint(109.133333, -6.85), 4326), true),
 (868, '61980', 'JPSUZ', 'JPSUZ', 'Susaki Ko', 'Japan', st_setsrid(st_makepoint(133.3, 33.383333), 4326), true),
 (869, '62170', 'JPTMI', 'JPTMI', 'Tsukumi Ko', 'Japan', st_setsrid(st_makepoint(131.866667, 33.083333), 4326), true),
 (870, '50060', 'IDPSS', 'IDPSS', 'Pulau Sambu', 'Indonesia', st_setsrid(st_makepoint(103.9, 1.166667), 4326), true),
 (871, '61965', 'JPTBN', 'JPTBN', 'Tachibana', 'Japan', st_setsrid(st_makepoint(134.666667, 33.866667), 4326), true),
 (872, '50210', 'IDPGK', 'IDPGK', 'Pangkalpinang', 'Indonesia', st_setsrid(st_makepoint(106.133333, -2.116667), 4326), true),
 (873, '51502', 'IDUDG', 'IDUDG', 'Udang Oilfield', 'Indonesia', st_setsrid(st_makepoint(106.483333, 4.033333), 4326), true),
 (874, '51820', 'IDSRI', 'IDSRI', 'Samarinda', 'Indonesia', st_setsrid(st_makepoint(117.116667, -0.516667), 4326), true),
 (875, '48399', 'IQUQR', 'IQUQR', 'Umm Qasr', 'Iraq', st_setsrid(st_makepoint(47.95, 30.016667), 4326), true),
 (876, '61760', 'JPSMN', 'JPSMN', 'Sakaiminato', 'Japan', st_setsrid(st_makepoint(133.233333, 35.533333), 4326), true),
 (877, '51865', 'IDTAL', 'IDTAL', 'Tanah Merah', 'Indonesia', st_setsrid(st_makepoint(116.166667, -1.816667), 4326), true),
 (878, '50935', 'IDTSE', 'IDTSE', 'Tanjung Sekong', 'Indonesia', st_setsrid(st_makepoint(106.0, -5.916667), 4326), true),
 (879, '50040', 'IDTNJ', 'IDTNJ', 'Tanjungpinang', 'Indonesia', st_setsrid(st_makepoint(104.45, 0.916667), 4326), true),
 (880, '61540', 'JPTAE', 'JPTAE', 'Tanabe Ko', 'Japan', st_setsrid(st_makepoint(135.366667, 33.716667), 4326), true),
 (881, '62121', 'JPYWT', 'JPYWT', 'Yahata', 'Japan', st_setsrid(st_makepoint(130.816667, 33.866667), 4326), true),
 (882, '40440', 'ITCRV', 'ITCRV', 'Crotone', 'Italy', st_setsrid(st_makepoint(17.136, 39.078), 4326), true),
 (883, '40580', 'ITBLT', 'ITBLT', 'Porto Di Barletta', 'Italy', st_setsrid(st_makepoint(16.292, 41.334), 4326), true),
 (884, '40530', 'ITBRI', 'ITBRI', 'Bari', 'Italy', st_setsrid(st_makepoint(16.846, 41.146), 4326), true),
 (885, '40660', 'ITAOI', 'ITAOI', 'Ancona', 'Italy', st_setsrid(st_makepoint(13.494, 43.629), 4326), true),
 (886, '56550', 'GUAPR', 'GUAPR', 'Apra Harbor', 'Guam', st_setsrid(st_makepoint(144.616667, 13.45), 4326), true),
 (887, '48460', 'IRBKM', 'IRBKM', 'Bandar Khomeyni', 'Iran', st_setsrid(st_makepoint(49.083333, 30.433333), 4326), true),
 (888, '43165', 'GRKLL', 'GRKLL', 'Kali Limenes', 'Greece', st_setsrid(st_makepoint(24.833333, 34.933333), 4326), true),
 (889, '41720', 'GRCFU', 'GRCFU', 'Kerkira', 'Greece', st_setsrid(st_makepoint(19.933333, 39.616667), 4326), true),
 (890, '39960', 'ITNAP', 'ITNAP', 'Napoli', 'Italy', st_setsrid(st_makepoint(14.275, 40.833), 4326), true),
 (891, '39210', 'ITCAG', 'ITCAG', 'Cagliari', 'Italy', st_setsrid(st_makepoint(9.102, 39.19), 4326), true),
 (892, '34060', 'IEGWY', 'IEGWY', 'Galway', 'Ireland', st_setsrid(st_makepoint(-9.05, 53.266667), 4326), true),
 (893, '42905', 'GRJMK', 'GRJMK', 'Mikonos', 'Greece', st_setsrid(st_makepoint(25.333333, 37.45), 4326), true),
 (894, '50517', 'IDJBT', 'IDJBT', 'Jabung Batanghari Marine Terminal', 'Indonesia', st_setsrid(st_makepoint(104.066667, -0.916667), 4326), true),
 (895, '42600', 'GRKVA', 'GRKVA', 'Kavala', 'Greece', st_setsrid(st_makepoint(24.4, 40.933333), 4326), true),
 (896, '39830', 'ITANZ', 'ITANZ', 'Anzio - Nettuno', 'Italy', st_setsrid(st_makepoint(12.637, 41.446), 4326), true),
 (897, '39860', 'ITGAE', 'ITGAE', 'Gaeta', 'Italy', st_setsrid(st_makepoint(13.577, 41.223), 4326), true),
 (898, '40550', 'ITMOL', 'ITMOL', 'Molfetta', 'Italy', st_setsrid(st_makepoint(16.6, 41.216667), 4326), true),
 (899, '42120', 'GRLAV', 'GRLAV', 'Lavrio', 'Greece', st_setsrid(st_makepoint(24.066667, 37.7), 4326), true),
 (900, '51010', 'IDCBN', 'IDCBN', 'Cirebon', 'Indonesia', st_setsrid(st_makepoint(108.566667, -6.716667), 4326), true),
 (901, '51120', 'IDGRE', 'IDGRE', 'Gresik', 'Indonesia', st_setsrid(st_makepoint(112.65, -7.15), 4326), true),
 (902, '53130', 'IDMKQ', 'IDMKQ', 'Merauke', 'Indonesia', st_setsrid(st_makepoint(140.383333, -8.483333), 4326), true),
 (903, '34110', 'IELMK', 'IELMK', 'Limerick', 'Ireland', st_setsrid(st_makepoint(-8.616667, 52.633333), 4326), true),
 (904, '50070', 'IDLAT', 'IDLAT', 'Lalang Marine Terminal', 'Indonesia', st_setsrid(st_makepoint(102.216667, 1.183333), 4326), true),
 (905, '51890', 'IDBDJ', 'IDBDJ', 'Banjarmasin', 'Indonesia', st_setsrid(st_makepoint(114.583333, -3.333333), 4326), true),
 (906, '61425', 'JPOMZ', 'JPOMZ', 'Omaezaki Ko', 'Japan', st_setsrid(st_makepoint(138.233333, 34.6), 4326), true),
 (907, '61130', 'JPNEM', 'JPNEM', 'Nemuro Ko', 'Japan', st_setsrid(st_makepoint(145.583333, 43.333333), 4326), true),
 (908, '61720', 'JPHAG', 'JPHAG', 'Hagi Ko', 'Japan', st_setsrid(st_makepoint(131.4, 34.416667), 4326), true),
 (909, '61730', 'JPHMD', 'JPHMD', 'Hamada Ko', 'Japan', st_setsrid(st_makepoint(132.083333, 34.9), 4326), true),
 (910, '42630', 'GRAXD', 'GRAXD', 'Alexandroupoli', 'Greece', st_setsrid(st_makepoint(25.883333, 40.833333), 4326), true),
 (911, '42840', 'GRKAR', 'GRKAR', 'Neon Karlovas', 'Greece', st_setsrid(st_makepoint(26.683333, 37.8), 4326), true),
 (912, '42880', 'GRGAV', 'GRGAV', 'Gavrio', 'Greece', st_setsrid(st_makepoint(24.733333, 37.883333), 4326), true),
 (913, '39190', 'ITATX', 'ITATX', 'Arbatax', 'Italy', st_setsrid(st_makepoint(9.7, 39.933333), 4326), true),
 (914, '39550', 'ITMDC', 'ITMDC', 'Marina Di Carrara', 'Italy', st_setsrid(st_makepoint(10.047, 44.027), 4326), true),
 (915, '41790', 'GRARM', 'GRARM', 'Argostolion', 'Greece', st_setsrid(st_makepoint(20.516667, 38.183333), 4326), true),
 (916, '41880', 'GRKAK', 'GRKAK', 'Katakolon', 'Greece', st_setsrid(st_makepoint(21.316667, 37.65), 4326), true),
 (917, '42050', 'GRNPK', 'GRNPK', 'Navplio', 'Greece', st_setsrid(st_makepoint(22.8, 37.566667), 4326), true),
 (918, '42160', 'GRMGR', 'GRMGR', 'Megara Oil Terminal', 'Greece', st_setsrid(st_makepoint(23.4, 37.966667), 4326), true),
 (919, '61790', 'JPMIY', 'JPMIY', 'Miyazu', 'Japan', st_setsrid(st_makepoint(135.2, 35.533333), 4326), true),
 (920, '61541', 'JPYUA', 'JPYUA', 'Yura', 'Japan', st_setsrid(st_makepoint(135.1, 33.95), 4326), true),
 (921, '33880', 'IERAT', 'IERAT', 'Rathmullan', 'Ireland', st_setsrid(st_makepoint(-7.533333, 55.1), 4326), true),
 (922, '41290', 'HRSIB', 'HRSIB', 'Sibenik', 'Croatia', st_setsrid(st_makepoint(15.883333, 43.733333), 4326), true),
 (923, '42340', 'GRLVR', 'GRLVR', 'Ormos Aliveriou', 'Greece', st_setsrid(st_makepoint(24.05, 38.383333), 4326), true),
 (924, '42070', NULL, NULL, 'Spetses', 'Greece', st_setsrid(st_makepoint(23.166667, 37.266667), 4326), true),
 (925, '41850', 'GRGPA', 'GRGPA', 'Patrai', 'Greece', st_setsrid(st_makepoint(21.733333, 38.25), 4326), true),
 (926, '39610', 'ITVDA', 'ITVDA', 'Vada', 'Italy', st_setsrid(st_makepoint(10.45, 43.35), 4326), true),
 (927, '40240', 'ITSIR', 'ITSIR', 'Siracusa', 'Italy', st_setsrid(st_makepoint(15.283333, 37.05), 4326), true),
 (928, '39990', 'ITTOA', 'ITTOA', 'Torre Annunziata', 'Italy', st_setsrid(st_makepoint(14.45, 40.75), 4326), true),
 (929, '40760', 'ITVCE', 'ITVCE', 'Porto Di Lido-Venezia', 'Italy', st_setsrid(st_makepoint(12.433333, 45.416667), 4326), true),
 (930, '40040', 'ITSAL', 'ITSAL', 'Salerno', 'Italy', st_setsrid(st_makepoint(14.75, 40.666667), 4326), true),
 (931, '50330', 'IDPLM', 'IDPLM', 'Palembang', 'Indonesia', st_setsrid(st_makepoint(104.766667, -2.983333), 4326), true),
 (932, '10870', 'HTPEG', 'HTPEG', 'Petit Goave', 'Haiti', st_setsrid(st_makepoint(-72.866667, 18.433333), 4326), true),
 (933, '51770', 'IDBYQ', 'IDBYQ', 'Tanjung Arang  (Bunyu)', 'Indonesia', st_setsrid(st_makepoint(117.833333, 3.466667), 4326), true),
 (934, '49720', 'INIXZ', 'INIXZ', 'Port Blair', 'India', st_setsrid(st_makepoint(92.75, 11.683333), 4326), true),
 (935, '50120', 'IDTBL', 'IDTBL', 'Toboali', 'Indonesia', st_setsrid(st_makepoint(106.45, -3.016667), 4326), true),
 (936, '61750', 'JPSAK', 'JPSAK', 'Sakai Ko', 'Japan', st_setsrid(st_makepoint(133.25, 35.55), 4326), true),
 (937, '51254', 'IDBEN', 'IDBEN', 'Tanjung Benete', 'Indonesia', st_setsrid(st_makepoint(116.75, -8.9), 4326), true),
 (938, '50700', 'IDPKN', 'IDPKN', 'Pangkalansusu', 'Indonesia', st_setsrid(st_makepoint(98.216667, 4.116667), 4326), true),
 (939, '50380', 'IDPNJ', 'IDPNJ', 'Panjang', 'Indonesia', st_setsrid(st_makepoint(105.316667, -5.466667), 4326), true),
 (940, '40130', 'ITPMO', 'ITPMO', 'Porto Di Palermo', 'Italy', st_setsrid(st_makepoint(13.38, 38.119), 4326), true),
 (941, '39740', 'ITPIO', 'ITPIO', 'Portovecchio Di Piombino', 'Italy', st_setsrid(st_makepoint(10.557, 42.933), 4326), true),
 (942, '59485', 'PHGES', 'PHGES', 'General Santos', 'Philippines', st_setsrid(st_makepoint(125.183333, 6.116667), 4326), true),
 (943, '59345', 'PHNAS', 'PHNAS', 'Nasipit Port', 'Philippines', st_setsrid(st_makepoint(125.333333, 8.983333), 4326), true),
 (944, '55695', 'NUALO', 'NUALO', 'Alofi', 'Niue', st_setsrid(st_makepoint(-169.933333, -19.033333), 4326), true),
 (945, '55440', 'NZGMN', 'NZGMN', 'Greymouth', 'New Zealand', st_setsrid(st_makepoint(171.216667, -42.433333), 4326), true),
 (946, '55400', 'NZBLU', 'NZBLU', 'Bluff Harbor', 'New Zealand', st_setsrid(st_makepoint(168.333333, -46.6), 4326), true),
 (947, '47105', 'KEKLF', 'KEKLF', 'Kilifi', 'Kenya', st_setsrid(st_makepoint(39.866667, -3.633333), 4326), true),
 (948, '46935', 'MZMNC', 'MZMNC', 'Nacala', 'Mozambique', st_setsrid(st_makepoint(40.666667, -14.533333), 4326), true),
 (949, '46930', 'MZMZQ', 'MZMZQ', 'Mocambique', 'Mozambique', st_setsrid(st_makepoint(40.733333, -15.033333), 4326), true),
 (950, '57320', 'NCNOU', 'NCNOU', 'Noumea', 'New Caledonia', st_setsrid(st_makepoint(166.433333, -22.283333), 4326), true),
 (951, '56500', 'NRINU', 'NRINU', 'Nauru', 'Nauru', st_setsrid(st_makepoint(166.916667, -0.533333), 4326), true),
 (952, '46240', 'NGOKW', 'NGOKW', 'Okwori Terminal', 'Nigeria', st_setsrid(st_makepoint(6.983333, 3.85), 4326), true),
 (953, '46230', 'NGCBQ', 'NGCBQ', 'Calabar', 'Nigeria', st_setsrid(st_makepoint(8.316667, 4.966667), 4326), true),
 (954, '45812', 'MRNDB', 'MRNDB', 'Nouadhibou', 'Mauritania', st_setsrid(st_makepoint(-17.05, 20.916667), 4326), true),
 (955, '45793', 'MACAS', 'MACAS', 'Casablanca', 'Morocco', st_setsrid(st_makepoint(-7.616667, 33.6), 4326), true),
 (956, '45297', 'LYESI', 'LYESI', 'As Sidr', 'Libya', st_setsrid(st_makepoint(18.366667, 30.633333), 4326), true),
 (957, '45295', 'LYMBR', 'LYMBR', 'Al Burayqah', 'Libya', st_setsrid(st_makepoint(19.6, 30.416667), 4326), true),
 (958, '44200', 'RUNVS', 'RUNVS', 'Novorossiysk', 'Russia', st_setsrid(st_makepoint(37.783333, 44.716667), 4326), true),
 (959, '43560', 'ROCND', 'ROCND', 'Constanta', 'Romania', st_setsrid(st_makepoint(28.65, 44.166667), 4326), true),
 (960, '46140', 'NGKOK', 'NGKOK', 'Koko', 'Nigeria', st_setsrid(st_makepoint(5.466667, 6.0), 4326), true),
 (961, '45950', 'LRUCN', 'LRUCN', 'Buchanan', 'Liberia', st_setsrid(st_makepoint(-10.066667, 5.866667), 4326), true),
 (962, '45940', 'LRMLW', 'LRMLW', 'Monrovia', 'Liberia', st_setsrid(st_makepoint(-10.816667, 6.316667), 4326), true),
 (963, '43600', 'ROGAL', 'ROGAL', 'Galati', 'Romania', st_setsrid(st_makepoint(28.083333, 45.416667), 4326), true),
 (964, '37990', 'PTLIS', 'PTLIS', 'Lisboa', 'Portugal', st_setsrid(st_makepoint(-9.166667, 38.7), 4326), true),
 (965, '31150', 'NLDOR', 'NLDOR', 'Dordrecht', 'Netherlands', st_setsrid(st_makepoint(4.65, 51.816667), 4326), true),
 (966, '31010', 'NLHAR', 'NLHAR', 'Harlingen', 'Netherlands', st_setsrid(st_makepoint(5.416667, 53.183333), 4326), true),
 (967, '38130', 'PTFNC', 'PTFNC', 'Funchal', 'Portugal', st_setsrid(st_makepoint(-16.916667, 32.633333), 4326), true),
 (968, '28720', 'PLNWA', 'PLNWA', 'Nowy Port', 'Poland', st_setsrid(st_makepoint(18.666667, 54.416667), 4326), true),
 (969, '15550', 'NICIO', 'NICIO', 'Corinto', 'Nicaragua', st_setsrid(st_makepoint(-87.166667, 12.483333), 4326), true),
 (970, '23110', 'NOMOL', 'NOMOL', 'Molde', 'Norway', st_setsrid(st_makepoint(7.166667, 62.733333), 4326), true),
 (971, '15990', 'MXESE', 'MXESE', 'Ensenada', 'Mexico', st_setsrid(st_makepoint(-116.633333, 31.866667), 4326), true),
 (972, '14955', 'PELPP', 'PELPP', 'La Pampilla Oil Terminal', 'Peru', st_setsrid(st_makepoint(-77.133333, -11.933333), 4326), true),
 (973, '9410', 'MXNAN', 'MXNAN', 'Nanchital', 'Mexico', st_setsrid(st_makepoint(-94.416667, 18.066667), 4326), true),
 (974, '9770', 'NIBEF', 'NIBEF', 'Bluefields', 'Nicaragua', st_setsrid(st_makepoint(-83.75, 12.016667), 4326), true),
 (975, '9769', 'NIELB', 'NIELB', 'El Bluff', 'Nicaragua', st_setsrid(st_makepoint(-83.7, 12.0), 4326), true),
 (976, '23115', 'NOMLT', 'NOMLT', 'Moldtustranda', 'Norway', st_setsrid(st_makepoint(5.65, 62.3), 4326), true),
 (977, '23125', 'NOMAY', 'NOMAY', 'Maloy', 'Norway', st_setsrid(st_makepoint(5.116667, 61.933333), 4326), true),
 (978, '23451', 'NOKAR', 'NOKAR', 'Karsto', 'Norway', st_setsrid(st_makepoint(5.516667, 59.266667), 4326), true),
 (979, '11090', 'PRBQN', 'PRBQN', 'Aguadilla', 'Puerto Rico', st_setsrid(st_makepoint(-67.15, 18.433333), 4326), true),
 (980, '11290', 'PRMAZ', 'PRMAZ', 'Mayaguez', 'Puerto Rico', st_setsrid(st_makepoint(-67.15, 18.2), 4326), true),
 (981, '11625', 'LCCDS', 'LCCDS', 'Grand Cul De Sac Bay', 'Saint Lucia', st_setsrid(st_makepoint(-61.016667, 13.983333), 4326), true),
 (982, '30985', 'NLEEM', 'NLEEM', 'Eemshaven', 'Netherlands', st_setsrid(st_makepoint(6.833333, 53.45), 4326), true),
 (983, '58100', 'PHJPM', 'PHJPM', 'Jose Panganiban', 'Philippines', st_setsrid(st_makepoint(122.683333, 14.283333), 4326), true),
 (984, '59380', 'PHHNT', 'PHHNT', 'Hinatuan', 'Philippines', st_setsrid(st_makepoint(126.333333, 8.366667), 4326), true),
 (985, '59400', 'PHMXI', 'PHMXI', 'Mati', 'Philippines', st_setsrid(st_makepoint(126.216667, 6.95), 4326), true),
 (986, '59720', 'PHBUG', 'PHBUG', 'Bugo', 'Philippines', st_setsrid(st_makepoint(124.75, 8.516667), 4326), true),
 (987, '61060', 'RUMVO', 'RUMVO', 'Moskal Vo', 'Russia', st_setsrid(st_makepoint(142.5, 53.583333), 4326), true),
 (988, '46190', 'NGBRA', 'NGBRA', 'Brass Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(6.283333, 4.066667), 4326), true),
 (989, '56835', 'PGKIM', 'PGKIM', 'Kimbe', 'Papua New Guinea', st_setsrid(st_makepoint(150.533333, -5.133333), 4326), true),
 (990, '48357', 'KWSAA', 'KWSAA', 'Mina Ash Shuaybah', 'Kuwait', st_setsrid(st_makepoint(48.166667, 29.033333), 4326), true),
 (991, '48370', 'KWKWI', 'KWKWI', 'Al Kuwayt', 'Kuwait', st_setsrid(st_makepoint(47.933333, 29.35), 4326), true),
 (992, '47107', 'KEMYD', 'KEMYD', 'Malindi', 'Kenya', st_setsrid(st_makepoint(40.133333, -3.216667), 4326), true),
 (993, '48142', 'SAGIZ', 'SAGIZ', 'Jizan', 'Saudi Arabia', st_setsrid(st_makepoint(42.483333, 16.9), 4326), true),
 (994, '28400', 'RUKDT', 'RUKDT', 'Kronshtadt', 'Russia', st_setsrid(st_makepoint(29.783333, 59.983333), 4326), true),
 (995, '53250', 'PGMAG', 'PGMAG', 'Madang', 'Papua New Guinea', st_setsrid(st_makepoint(145.816667, -5.216667), 4326), true),
 (996, '57810', 'MOMFM', 'MOMFM', 'Macau', 'Macau', st_setsrid(st_makepoint(113.566667, 22.183333), 4326), true),
 (997, '57970', 'PHBSO', 'PHBSO', 'Basco', 'Philippines', st_setsrid(st_makepoint(121.966667, 20.45), 4326), true),
 (998, '58655', 'PHGUN', 'PHGUN', 'Guiuan', 'Philippines', st_setsrid(st_makepoint(125.716667, 11.033333), 4326), true),
 (999, '58670', 'PHCTS', 'PHCTS', 'Catbalogan', 'Philippines', st_setsrid(st_makepoint(124.883333, 11.766667), 4326), true),
 (1000, '58750', 'PHBYB', 'PHBYB', 'Baybay', 'Philippines', st_setsrid(st_makepoint(124.8, 10.683333), 4326), true),
 (1001, '62775', 'RUMEZ', 'RUMEZ', 'Mezen', 'Russia', st_setsrid(st_makepoint(44.183333, 65.833333), 4326), true),
 (1002, '59430', 'PHDVO', 'PHDVO', 'Davao', 'Philippines', st_setsrid(st_makepoint(125.616667, 7.066667), 4326), true),
 (1003, '59770', 'PHBCT', 'PHBCT', 'Basilian City (Isabela)', 'Philippines', st_setsrid(st_makepoint(121.966667, 6.716667), 4326), true),
 (1004, '59800', 'PHJOL', 'PHJOL', 'Jolo', 'Philippines', st_setsrid(st_makepoint(121.0, 6.05), 4326), true),
 (1005, '60860', 'RUOKA', 'RUOKA', 'Okha', 'Russia', st_setsrid(st_makepoint(143.0, 53.55), 4326), true),
 (1006, '12570', 'PEIQT', 'PEIQT', 'Iquitos', 'Peru', st_setsrid(st_makepoint(-73.233333, -3.75), 4326), true),
 (1007, '45240', 'LYDRX', 'LYDRX', 'Darnah', 'Libya', st_setsrid(st_makepoint(22.65, 32.766667), 4326), true),
 (1008, '45335', 'LYZAW', 'LYZAW', 'Az Zawiya', 'Libya', st_setsrid(st_makepoint(12.716667, 32.8), 4326), true),
 (1009, '45785', 'MANNA', 'MANNA', 'Kenitra', 'Morocco', st_setsrid(st_makepoint(-6.6, 34.3), 4326), true),
 (1010, '45802', 'MAAGA', 'MAAGA', 'Agadir', 'Morocco', st_setsrid(st_makepoint(-9.633333, 30.433333), 4326), true),
 (1011, '56400', 'MHMAJ', 'MHMAJ', 'Majuro Atoll', 'Marshall Islands', st_setsrid(st_makepoint(171.383333, 7.083333), 4326), true),
 (1012, '14970', 'PECHY', 'PECHY', 'Chancay', 'Peru', st_setsrid(st_makepoint(-77.25, -11.583333), 4326), true),
 (1013, '15427', 'PACHA', 'PACHA', 'Charco Azul', 'Panama', st_setsrid(st_makepoint(-82.866667, 8.216667), 4326), true),
 (1014, '48338', 'SAJBI', 'SAJBI', 'Al Jubayl', 'Saudi Arabia', st_setsrid(st_makepoint(49.666667, 27.083333), 4326), true),
 (1015, '48356', 'KWMIS', 'KWMIS', 'Mina Az Zawr', 'Kuwait', st_setsrid(st_makepoint(48.4, 28.733333), 4326), true),
 (1016, '49980', 'MYMUA', 'MYMUA', 'Muar', 'Malaysia', st_setsrid(st_makepoint(102.566667, 2.05), 4326), true),
 (1017, '23450', 'NOKOP', 'NOKOP', 'Kopervik', 'Norway', st_setsrid(st_makepoint(5.316667, 59.283333), 4326), true),
 (1018, '11250', 'PRLAM', 'PRLAM', 'Las Mareas', 'Puerto Rico', st_setsrid(st_makepoint(-66.166667, 17.95), 4326), true),
 (1019, '45800', 'MAESS', 'MAESS', 'Essaouira', 'Morocco', st_setsrid(st_makepoint(-9.783333, 31.5), 4326), true),
 (1020, '46207', 'NGOKR', 'NGOKR', 'Okrika', 'Nigeria', st_setsrid(st_makepoint(7.083333, 4.716667), 4326), true),
 (1021, '46241', 'NGAKP', 'NGAKP', 'Akpo Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(6.816667, 3.133333), 4326), true),
 (1022, '57485', 'KHKOS', 'KHKOS', 'Kampong Saom', 'Cambodia', st_setsrid(st_makepoint(103.5, 10.633333), 4326), true),
 (1023, '46880', 'MZINH', 'MZINH', 'Inhambane', 'Mozambique', st_setsrid(st_makepoint(35.4, -23.916667), 4326), true),
 (1024, '47110', 'KELAU', 'KELAU', 'Lamu', 'Kenya', st_setsrid(st_makepoint(40.9, -2.266667), 4326), true),
 (1025, '47430', 'MGMOQ', 'MGMOQ', 'Morondava', 'Madagascar', st_setsrid(st_makepoint(44.3, -20.283333), 4326), true),
 (1026, '47500', 'MGWVK', 'MGWVK', 'Manakara', 'Madagascar', st_setsrid(st_makepoint(48.05, -22.116667), 4326), true),
 (1027, '53150', 'PGDAU', 'PGDAU', 'Daru', 'Papua New Guinea', st_setsrid(st_makepoint(143.2, -9.066667), 4326), true),
 (1028, '53165', 'PGGUR', 'PGGUR', 'Alotoa', 'Papua New Guinea', st_setsrid(st_makepoint(150.45, -10.316667), 4326), true),
 (1029, '55030', 'NZOPX', 'NZOPX', 'Opua', 'New Zealand', st_setsrid(st_makepoint(174.116667, -35.316667), 4326), true),
 (1030, '55330', 'NZAKA', 'NZAKA', 'Akaroa', 'New Zealand', st_setsrid(st_makepoint(172.966667, -43.8), 4326), true),
 (1031, '58390', 'PHMVS', 'PHMVS', 'Mariveles', 'Philippines', st_setsrid(st_makepoint(120.483333, 14.433333), 4326), true),
 (1032, '31020', 'NLDHR', 'NLDHR', 'Den Helder', 'Netherlands', st_setsrid(st_makepoint(4.783333, 52.966667), 4326), true),
 (1033, '31215', 'NLHAN', 'NLHAN', 'Hansweert', 'Netherlands', st_setsrid(st_makepoint(4.0, 51.45), 4326), true),
 (1034, '37980', 'PTFDF', 'PTFDF', 'Figueira Da Foz', 'Portugal', st_setsrid(st_makepoint(-8.85, 40.15), 4326), true),
 (1035, '38030', 'PTFAO', 'PTFAO', 'Faro', 'Portugal', st_setsrid(st_makepoint(-7.933333, 37.033333), 4326), true),
 (1036, '45955', 'LRCPA', 'LRCPA', 'Cape Palmas', 'Liberia', st_setsrid(st_makepoint(-7.716667, 4.366667), 4326), true),
 (1037, '58620', 'PHMBT', 'PHMBT', 'Masbate', 'Philippines', st_setsrid(st_makepoint(123.616667, 12.366667), 4326), true),
 (1038, '59100', 'PHLZB', 'PHLZB', 'Lazi', 'Philippines', st_setsrid(st_makepoint(123.633333, 9.133333), 4326), true),
 (1039, '60290', 'KPSGN', 'KPSGN', 'Kyomip''o', 'North Korea', st_setsrid(st_makepoint(125.616667, 38.733333), 4326), true),
 (1040, '61040', 'RUSAK', 'RUSAK', 'Aleksandrovsk -Sakhalinskiy', 'Russia', st_setsrid(st_makepoint(142.133333, 50.9), 4326), true),
 (1041, '46150', 'NGSPL', 'NGSPL', 'Sapele', 'Nigeria', st_setsrid(st_makepoint(5.683333, 5.9), 4326), true),
 (1042, '44090', 'RUYEY', 'RUYEY', 'Yeysk', 'Russia', st_setsrid(st_makepoint(38.266667, 46.733333), 4326), true),
 (1043, '45040', 'LBSAY', 'LBSAY', 'Sayda', 'Lebanon', st_setsrid(st_makepoint(35.35, 33.5), 4326), true),
 (1044, '37950', 'PTLEI', 'PTLEI', 'Porto De Leixoes', 'Portugal', st_setsrid(st_makepoint(-8.7, 41.183333), 4326), true),
 (1045, '38110', 'PTVDP', 'PTVDP', 'Vila Do Porto', 'Portugal', st_setsrid(st_makepoint(-25.15, 36.933333), 4326), true),
 (1046, '44070', 'RURND', 'RURND', 'Rostov-Na-Donu', 'Russia', st_setsrid(st_makepoint(39.716667, 47.166667), 4326), true),
 (1047, '44060', 'RUTAG', 'RUTAG', 'Taganrog', 'Russia', st_setsrid(st_makepoint(38.95, 47.2), 4326), true),
 (1048, '15710', 'MXPMD', 'MXPMD', 'Puerto Madero', 'Mexico', st_setsrid(st_makepoint(-92.45, 14.7), 4326), true),
 (1049, '11205', 'PRPYA', 'PRPYA', 'Puerto Yabucoa', 'Puerto Rico', st_setsrid(st_makepoint(-65.833333, 18.05), 4326), true),
 (1050, '31120', 'NLVLA', 'NLVLA', 'Vlaardingen', 'Netherlands', st_setsrid(st_makepoint(4.35, 51.9), 4326), true),
 (1051, '40330', 'MTMLA', 'MTMLA', 'Valletta Harbors', 'Malta', st_setsrid(st_makepoint(14.516667, 35.9), 4326), true),
 (1052, '14990', 'PESUP', 'PESUP', 'Puerto Supe', 'Peru', st_setsrid(st_makepoint(-77.75, -10.8), 4326), true),
 (1053, '23105', 'NOSUN', 'NOSUN', 'Sunndalsora', 'Norway', st_setsrid(st_makepoint(8.55, 62.683333), 4326), true),
 (1054, '15140', 'PEPUB', 'PEPUB', 'Puerto Bayovar', 'Peru', st_setsrid(st_makepoint(-81.05, -5.833333), 4326), true),
 (1055, '15423', 'PAVAC', 'PAVAC', 'Vacamonte', 'Panama', st_setsrid(st_makepoint(-79.666667, 8.866667), 4326), true),
 (1056, '28300', 'RUVYG', 'RUVYG', 'Vyborg', 'Russia', st_setsrid(st_makepoint(28.75, 60.716667), 4326), true),
 (1057, '38000', 'PTSET', 'PTSET', 'Setubal', 'Portugal', st_setsrid(st_makepoint(-8.9, 38.516667), 4326), true),
 (1058, '21690', 'NOSKN', 'NOSKN', 'Stokkmarknes', 'Norway', st_setsrid(st_makepoint(14.916667, 68.566667), 4326), true),
 (1059, '38005', 'PTSIE', 'PTSIE', 'Sines', 'Portugal', st_setsrid(st_makepoint(-8.866667, 37.95), 4326), true),
 (1060, '31210', 'NLVLI', 'NLVLI', 'Vlissingen', 'Netherlands', st_setsrid(st_makepoint(3.6, 51.45), 4326), true),
 (1061, '46920', 'MZPBE', 'MZPBE', 'Porto Belo', 'Mozambique', st_setsrid(st_makepoint(37.183333, -17.7), 4326), true),
 (1062, '15170', 'PEPAI', 'PEPAI', 'Paita', 'Peru', st_setsrid(st_makepoint(-81.116667, -5.083333), 4326), true),
 (1063, '15730', 'MXSCX', 'MXSCX', 'Salina Cruz', 'Mexico', st_setsrid(st_makepoint(-95.2, 16.166667), 4326), true),
 (1064, '43570', 'ROSUL', 'ROSUL', 'Sulina', 'Romania', st_setsrid(st_makepoint(29.666667, 45.166667), 4326), true),
 (1065, '15917', 'MXPIC', 'MXPIC', 'Pichilingue', 'Mexico', st_setsrid(st_makepoint(-110.333333, 24.266667), 4326), true),
 (1066, '31050', 'NLZAA', 'NLZAA', 'Zaandam', 'Netherlands', st_setsrid(st_makepoint(4.833333, 52.433333), 4326), true),
 (1067, '15545', 'NIPSN', 'NIPSN', 'Puerto Sandino', 'Nicaragua', st_setsrid(st_makepoint(-86.766667, 12.183333), 4326), true),
 (1068, '15460', 'PAAML', 'PAAML', 'Puerto Armuelles', 'Panama', st_setsrid(st_makepoint(-82.85, 8.266667), 4326), true),
 (1069, '28360', 'RUPRI', 'RUPRI', 'Primorsk', 'Russia', st_setsrid(st_makepoint(28.633333, 60.366667), 4326), true),
 (1070, '15050', 'PESVY', 'PESVY', 'Salaverry', 'Peru', st_setsrid(st_makepoint(-78.983333, -8.233333), 4326), true),
 (1071, '37940', 'PTVDC', 'PTVDC', 'Viana Do Castelo', 'Portugal', st_setsrid(st_makepoint(-8.833333, 41.7), 4326), true),
 (1072, '23835', 'NOSPG', 'NOSPG', 'Sarpsborg', 'Norway', st_setsrid(st_makepoint(11.1, 59.266667), 4326), true),
 (1073, '44240', 'RUAER', 'RUAER', 'Sochi', 'Russia', st_setsrid(st_makepoint(39.733333, 43.583333), 4326), true),
 (1074, '46910', 'MZUEL', 'MZUEL', 'Quelimane', 'Mozambique', st_setsrid(st_makepoint(36.883333, -17.883333), 4326), true),
 (1075, '58395', 'PHSFS', 'PHSFS', 'Subic Bay', 'Philippines', st_setsrid(st_makepoint(120.266667, 14.8), 4326), true),
 (1076, '62680', 'RUPWE', 'RUPWE', 'Pevek', 'Russia', st_setsrid(st_makepoint(170.3, 69.716667), 4326), true),
 (1077, '55000', 'NZWHR', 'NZWHR', 'Whangaroa', 'New Zealand', st_setsrid(st_makepoint(173.766667, -35.05), 4326), true),
 (1078, '48297', 'QARLF', 'QARLF', 'Ras Laffan', 'Qatar', st_setsrid(st_makepoint(51.583333, 25.916667), 4326), true),
 (1079, '56450', 'KITRW', 'KITRW', 'Tarawa Atoll', 'Kiribati', st_setsrid(st_makepoint(172.933333, 1.333333), 4326), true),
 (1080, '57425', 'MYTAT', 'MYTAT', 'Tapis Marine Terminal A', 'Malaysia', st_setsrid(st_makepoint(105.016667, 5.516667), 4326), true),
 (1081, '55840', 'PFPPT', 'PFPPT', 'Papeete', 'French Polynesia', st_setsrid(st_makepoint(-149.583333, -17.533333), 4326), true),
 (1082, '55080', 'NZTRG', 'NZTRG', 'Tauranga', 'New Zealand', st_setsrid(st_makepoint(176.166667, -37.633333), 4326), true),
 (1083, '55180', 'NZWAG', 'NZWAG', 'Wanganui', 'New Zealand', st_setsrid(st_makepoint(175.033333, -39.95), 4326), true),
 (1084, '59820', 'PHSSV', 'PHSSV', 'Siasi', 'Philippines', st_setsrid(st_makepoint(120.816667, 5.55), 4326), true),
 (1085, '59725', 'PHVNV', 'PHVNV', 'Villanueva', 'Philippines', st_setsrid(st_makepoint(124.766667, 8.583333), 4326), true),
 (1086, '59270', 'PHPPS', 'PHPPS', 'Puerto Princesa', 'Philippines', st_setsrid(st_makepoint(118.733333, 9.733333), 4326), true),
 (1087, '55275', 'NZTKH', 'NZTKH', 'Tarakohe', 'New Zealand', st_setsrid(st_makepoint(172.9, -40.85), 4326), true),
 (1088, '62894', 'RUVIT', 'RUVIT', 'Vitino', 'Russia', st_setsrid(st_makepoint(32.316667, 67.083333), 4326), true),
 (1089, '59780', 'PHPHD', 'PHPHD', 'Port Holland', 'Philippines', st_setsrid(st_makepoint(121.866667, 6.55), 4326), true),
 (1090, '48348', 'SARAM', 'SARAM', 'Ras Al Mishab', 'Saudi Arabia', st_setsrid(st_makepoint(48.633333, 28.116667), 4326), true),
 (1091, '58870', 'PHTAG', 'PHTAG', 'Tagbilaran', 'Philippines', st_setsrid(st_makepoint(123.85, 9.65), 4326), true),
 (1092, '56810', 'PGRAB', 'PGRAB', 'Rabaul', 'Papua New Guinea', st_setsrid(st_makepoint(152.183333, -4.2), 4326), true),
 (1093, '58890', 'PHTON', 'PHTON', 'Tubigan', 'Philippines', st_setsrid(st_makepoint(123.966667, 9.95), 4326), true),
 (1094, '60981', 'RUSHA', 'RUSHA', 'Shakhtersk', 'Russia', st_setsrid(st_makepoint(142.066667, 49.166667), 4326), true),
 (1095, '53170', 'PGSQT', 'PGSQT', 'Samarai', 'Papua New Guinea', st_setsrid(st_makepoint(150.666667, -10.616667), 4326), true),
 (1096, '48349', 'SARAR', 'SARAR', 'Ras Al Khafji', 'Saudi Arabia', st_setsrid(st_makepoint(48.583333, 28.433333), 4326), true),
 (1097, '59530', 'PHPAG', 'PHPAG', 'Pagadian', 'Philippines', st_setsrid(st_makepoint(123.433333, 7.833333), 4326), true),
 (1098, '60431', 'KRTGA', 'KRTGA', 'Tonghae', 'South Korea', st_setsrid(st_makepoint(129.15, 37.533333), 4326), true),
 (1099, '47750', 'MUPMA', 'MUPMA', 'Port Mathurin', 'Mauritius', st_setsrid(st_makepoint(63.416667, -19.683333), 4326), true),
 (1100, '55770', 'PFVAI', 'PFVAI', 'Vaitape', 'French Polynesia', st_setsrid(st_makepoint(-151.75, -16.5), 4326), true),
 (1101, '60880', 'RUPRN', 'RUPRN', 'Poronaysk', 'Russia', st_setsrid(st_makepoint(143.133333, 49.216667), 4326), true),
 (1102, '60582', 'RUZAR', 'RUZAR', 'Zarubino', 'Russia', st_setsrid(st_makepoint(131.083333, 42.633333), 4326), true),
 (1103, '53282', 'PGVAI', 'PGVAI', 'Vanimo', 'Papua New Guinea', st_setsrid(st_makepoint(141.133333, -2.683333), 4326), true),
 (1104, '56738', 'PGWWK', 'PGWWK', 'Wewak Harbor', 'Papua New Guinea', st_setsrid(st_makepoint(143.633333, -3.566667), 4326), true),
 (1105, '60325', 'KRPTK', 'KRPTK', 'Pyeongtaek Hang', 'South Korea', st_setsrid(st_makepoint(126.8, 37.0), 4326), true),
 (1106, '49825', 'MYLGK', 'MYLGK', 'Port Langkawi', 'Malaysia', st_setsrid(st_makepoint(99.766667, 6.433333), 4326), true),
 (1107, '58770', 'PHORC', 'PHORC', 'Ormoc', 'Philippines', st_setsrid(st_makepoint(124.6, 11.0), 4326), true),
 (1108, '53160', 'PGPOM', 'PGPOM', 'Port Moresby', 'Papua New Guinea', st_setsrid(st_makepoint(147.133333, -9.466667), 4326), true),
 (1109, '58205', 'PHSOR', 'PHSOR', 'Sorsogon', 'Philippines', st_setsrid(st_makepoint(124.0, 12.966667), 4326), true),
 (1110, '59500', 'PHPLC', 'PHPLC', 'Polloc (Cotabato)', 'Philippines', st_setsrid(st_makepoint(124.216667, 7.35), 4326), true),
 (1111, '48340', 'SARTA', 'SARTA', 'Ras  Tannurah', 'Saudi Arabia', st_setsrid(st_makepoint(50.166667, 26.633333), 4326), true),
 (1112, '8225', 'USANP', 'USANP', 'Annapolis', 'United States', st_setsrid(st_makepoint(-76.483333, 38.983333), 4326), true),
 (1113, '8210', 'USBAL', 'USBAL', 'Baltimore', 'United States', st_setsrid(st_makepoint(-76.583333, 39.266667), 4326), true),
 (1114, '8130', 'USCDE', 'USCDE', 'Camden', 'United States', st_setsrid(st_makepoint(-75.133333, 39.95), 4326), true),
 (1115, '8080', 'USCHT', 'USCHT', 'Chester', 'United States', st_setsrid(st_makepoint(-75.35, 39.85), 4326), true),
 (1116, '7810', 'USEWR', 'USEWR', 'Newark', 'United States', st_setsrid(st_makepoint(-74.15, 40.7), 4326), true),
 (1117, '7790', 'USBAY', 'USBAY', 'Bayonne', 'United States', st_setsrid(st_makepoint(-74.1, 40.683333), 4326), true),
 (1118, '7770', 'USHBK', 'USHBK', 'Hoboken', 'United States', st_setsrid(st_makepoint(-74.016667, 40.75), 4326), true),
 (1119, '7610', 'USGRH', 'USGRH', 'Greenwich', 'United States', st_setsrid(st_makepoint(-73.616667, 41.016667), 4326), true),
 (1120, '7570', 'USBDR', 'USBDR', 'Bridgeport', 'United States', st_setsrid(st_makepoint(-73.183333, 41.166667), 4326), true),
 (1121, '7400', 'USFAV', 'USFAV', 'Fall River', 'United States', st_setsrid(st_makepoint(-71.166667, 41.7), 4326), true),
 (1122, '7720', 'USALB', 'USALB', 'Albany', 'United States', st_setsrid(st_makepoint(-73.75, 42.65), 4326), true),
 (1123, '46690', 'SHSHN', 'SHSHN', 'Jamestown', 'Saint Helena, Ascension, and Tristan da Cunha', st_setsrid(st_makepoint(-5.716667, -15.916667), 4326), true),
 (1124, '56280', 'USHNL', 'USHNL', 'Honolulu', 'United States', st_setsrid(st_makepoint(-157.866667, 21.3), 4326), true),
 (1125, '47820', 'SOBBO', 'SOBBO', 'Berbera', 'Somalia', st_setsrid(st_makepoint(45.016667, 10.45), 4326), true),
 (1126, '57120', 'SBHIR', 'SBHIR', 'Honiara', 'Solomon Islands', st_setsrid(st_makepoint(159.95, -9.416667), 4326), true),
 (1127, '56970', 'SBGZO', 'SBGZO', 'Gizo Harbor', 'Solomon Islands', st_setsrid(st_makepoint(156.85, -8.1), 4326), true),
 (1128, '45400', 'TNMAD', 'TNMAD', 'Mahdia', 'Tunisia', st_setsrid(st_makepoint(11.066667, 35.5), 4326), true),
 (1129, '44870', 'TRBOT', 'TRBOT', 'Botas', 'Turkey', st_setsrid(st_makepoint(35.933333, 36.883333), 4326), true),
 (1130, '50000', 'SGSIN', 'SGKEP', 'Keppel - (East Singapore)', 'Singapore', st_setsrid(st_makepoint(103.85, 1.283333), 4326), true),
 (1131, '44010', 'UAMPW', 'UAMPW', 'Mariupol', 'Ukraine', st_setsrid(st_makepoint(37.566667, 47.083333), 4326), true),
 (1132, '44000', 'UAERD', 'UAERD', 'Berdyansk', 'Ukraine', st_setsrid(st_makepoint(36.783333, 46.75), 4326), true),
 (1133, '40860', 'SIKOP', 'SIKOP', 'Koper', 'Slovenia', st_setsrid(st_makepoint(13.733333, 45.55), 4326), true),
 (1134, '45867', 'SLBTE', 'SLBTE', 'Bonthe', 'Sierra Leone', st_setsrid(st_makepoint(-12.5, 7.533333), 4326), true),
 (1135, '6940', 'USAQQ', 'USAQQ', 'Camden', 'United States', st_setsrid(st_makepoint(-69.066667, 44.216667), 4326), true),
 (1136, '7340', 'USETW', 'USETW', 'Edgartown', 'United States', st_setsrid(st_makepoint(-70.5, 41.383333), 4326), true),
 (1137, '6900', 'USBGR', 'USBGR', 'Bangor', 'United States', st_setsrid(st_makepoint(-68.766667, 44.8), 4326), true),
 (1138, '6860', 'USCAS', 'USCAS', 'Castine', 'United States', st_setsrid(st_makepoint(-68.733333, 44.383333), 4326), true),
 (1139, '19800', 'USANC', 'USANC', 'Anchorage', 'United States', st_setsrid(st_makepoint(-149.9, 61.216667), 4326), true),
 (1140, '19640', 'USCDV', 'USCDV', 'Cordova', 'United States', st_setsrid(st_makepoint(-145.766667, 60.55), 4326), true),
 (1141, '19480', 'USCYM', 'USCYM', 'Chatham', 'United States', st_setsrid(st_makepoint(-134.933333, 57.516667), 4326), true),
 (1142, '18055', 'USCP4', 'USCP4', 'Cherry Point', 'United States', st_setsrid(st_makepoint(-122.75, 48.866667), 4326), true),
 (1143, '18050', 'USBLI', 'USBLI', 'Bellingham', 'United States', st_setsrid(st_makepoint(-122.5, 48.75), 4326), true),
 (1144, '17060', 'USGHR', 'USGHR', 'Aberdeen', 'United States', st_setsrid(st_makepoint(-123.816667, 46.983333), 4326), true),
 (1145, '16850', 'USAST', 'USAST', 'Astoria', 'United States', st_setsrid(st_makepoint(-123.833333, 46.2), 4326), true),
 (1146, '16700', 'USCEC', 'USCEC', 'Crescent City', 'United States', st_setsrid(st_makepoint(-124.2, 41.75), 4326), true),
 (1147, '16670', 'USEKA', 'USEKA', 'Eureka', 'United States', st_setsrid(st_makepoint(-124.183333, 40.8), 4326), true),
 (1148, '16630', 'USDHB', 'USDHB', 'Bodega Bay', 'United States', st_setsrid(st_makepoint(-123.05, 38.333333), 4326), true),
 (1149, '4790', 'USCAY', 'USCAY', 'Calumet Harbor', 'United States', st_setsrid(st_makepoint(-87.516667, 41.733333), 4326), true),
 (1150, '4710', 'USHLM', 'USHLM', 'Holland', 'United States', st_setsrid(st_makepoint(-86.133333, 42.783333), 4326), true),
 (1151, '4700', 'USGHN', 'USGHN', 'Grand Haven', 'United States', st_setsrid(st_makepoint(-86.233333, 43.066667), 4326), true),
 (1152, '4640', 'USFNF', 'USFNF', 'Frankfort', 'United States', st_setsrid(st_makepoint(-86.25, 44.633333), 4326), true),
 (1153, '20290', 'USCLP', 'USCLP', 'Clarks Point', 'United States', st_setsrid(st_makepoint(-158.55, 58.85), 4326), true),
 (1154, '16470', 'USBNC', 'USBNC', 'Benicia', 'United States', st_setsrid(st_makepoint(-122.15, 38.05), 4326), true),
 (1155, '16050', 'USAOU', 'USAOU', 'Avalon', 'United States', st_setsrid(st_makepoint(-118.316667, 33.35), 4326), true),
 (1156, '9340', 'USBRO', 'USBRO', 'Brownsville', 'United States', st_setsrid(st_makepoint(-97.4, 25.95), 4326), true),
 (1157, '9150', 'USGLS', 'USGLS', 'Galveston', 'United States', st_setsrid(st_makepoint(-94.783333, 29.316667), 4326), true),
 (1158, '9140', 'USBPT', 'USBPT', 'Beaumont', 'United States', st_setsrid(st_makepoint(-94.083333, 30.083333), 4326), true),
 (1159, '8970', 'USBTR', 'USBTR', 'Baton Rouge', 'United States', st_setsrid(st_makepoint(-91.183333, 30.45), 4326), true),
 (1160, '8720', 'USCRB', 'USCRB', 'Carrabelle', 'United States', st_setsrid(st_makepoint(-84.666667, 29.85), 4326), true),
 (1161, '8660', 'USEYW', 'USEYW', 'Key West', 'United States', st_setsrid(st_makepoint(-81.816667, 24.55), 4326), true),
 (1162, '8600', 'USFPR', 'USFPR', 'Fort Pierce', 'United States', st_setsrid(st_makepoint(-80.316667, 27.466667), 4326), true),
 (1163, '8570', 'USNRB', 'USNRB', 'Mayport', 'United States', st_setsrid(st_makepoint(-81.433333, 30.4), 4326), true),
 (1164, '8560', 'USFEB', 'USFEB', 'Fernandina Beach', 'United States', st_setsrid(st_makepoint(-81.466667, 30.683333), 4326), true),
 (1165, '8380', 'USBPV', 'USBPV', 'Belhaven', 'United States', st_setsrid(st_makepoint(-76.616667, 35.616667), 4326), true),
 (1166, '8325', 'USECG', 'USECG', 'Elizabeth City', 'United States', st_setsrid(st_makepoint(-76.216667, 36.3), 4326), true),
 (1167, '4420', 'USLBA', 'USLBA', 'Alabaster', 'United States', st_setsrid(st_makepoint(-83.55, 44.183333), 4326), true),
 (1168, '4400', 'USBCY', 'USBCY', 'Bay City', 'United States', st_setsrid(st_makepoint(-83.866667, 43.6), 4326), true),
 (1169, '3470', 'USASF', 'USASF', 'Ashtabula', 'United States', st_setsrid(st_makepoint(-80.8, 41.9), 4326), true),
 (1170, '3460', 'USCDY', 'USCDY', 'Conneaut', 'United States', st_setsrid(st_makepoint(-80.55, 41.966667), 4326), true),
 (1171, '3440', 'USDKK', 'USDKK', 'Dunkirk', 'United States', st_setsrid(st_makepoint(-79.333333, 42.483333), 4326), true),
 (1172, '19550', 'USPUP', 'USPUP', 'Dupont', 'United States', st_setsrid(st_makepoint(-134.266667, 58.233333), 4326), true),
 (1173, '6630', 'USACI', 'USACI', 'Machias', 'United States', st_setsrid(st_makepoint(-67.466667, 44.716667), 4326), true),
 (1174, '46090', 'TGLFW', 'TGLFW', 'Lome', 'Togo', st_setsrid(st_makepoint(1.283333, 6.133333), 4326), true),
 (1175, '43670', 'UANLV', 'UANLV', 'Mykolayiv', 'Ukraine', st_setsrid(st_makepoint(31.983333, 46.95), 4326), true),
 (1176, '44790', 'TRBXN', 'TRBXN', 'Bodrum', 'Turkey', st_setsrid(st_makepoint(27.433333, 37.033333), 4326), true),
 (1177, '47000', 'TZKIK', 'TZKIK', 'Kilwa Kivinje', 'Tanzania', st_setsrid(st_makepoint(39.416667, -8.733333), 4326), true),
 (1178, '8140', 'USBUH', 'USBUH', 'Burlington', 'United States', st_setsrid(st_makepoint(-74.866667, 40.083333), 4326), true),
 (1179, '16280', 'USDAV', 'USDAV', 'Davenport', 'United States', st_setsrid(st_makepoint(-122.2, 37.016667), 4326), true),
 (1180, '8420', 'USBFO', 'USBFO', 'Beaufort', 'United States', st_setsrid(st_makepoint(-76.666667, 34.716667), 4326), true),
 (1181, '16145', 'USCPT', 'USCPT', 'Carpinteria', 'United States', st_setsrid(st_makepoint(-119.516667, 34.383333), 4326), true),
 (1182, '16440', 'USCRM', 'USCRM', 'Crockett', 'United States', st_setsrid(st_makepoint(-122.216667, 38.05), 4326), true),
 (1183, '20300', 'USDLG', 'USDLG', 'Dillingham', 'United States', st_setsrid(st_makepoint(-158.483333, 59.033333), 4326), true),
 (1184, '50017', 'SGJUR', 'SGJUR', 'Jurong Island', 'Singapore', st_setsrid(st_makepoint(103.733333, 1.283333), 4326), true),
 (1185, '57440', 'THERA', 'THERA', 'Erawan Terminal', 'Thailand', st_setsrid(st_makepoint(101.35, 9.1), 4326), true),
 (1186, '5370', 'USHTL', 'USHTL', 'Houghton', 'United States', st_setsrid(st_makepoint(-88.566667, 47.116667), 4326), true),
 (1187, '6700', 'USBHB', 'USBHB', 'Bar Harbor', 'United States', st_setsrid(st_makepoint(-68.2, 44.383333), 4326), true),
 (1188, '24720', 'SEFIG', 'SEFIG', 'Figeholm', 'Sweden', st_setsrid(st_makepoint(16.5, 57.366667), 4326), true),
 (1189, '24900', 'SEFSD', 'SEFSD', 'Farosund', 'Sweden', st_setsrid(st_makepoint(19.05, 57.916667), 4326), true),
 (1190, '25440', 'SEGRH', 'SEGRH', 'Grisslehamn', 'Sweden', st_setsrid(st_makepoint(18.816667, 60.1), 4326), true),
 (1191, '25480', 'SEHAN', 'SEHAN', 'Hargshamn', 'Sweden', st_setsrid(st_makepoint(18.45, 60.183333), 4326), true),
 (1192, '25610', 'SENOT', 'SENOT', 'Norrsundet', 'Sweden', st_setsrid(st_makepoint(17.166667, 60.933333), 4326), true),
 (1193, '26310', 'SEGUS', 'SEGUS', 'Gustavsvik', 'Sweden', st_setsrid(st_makepoint(17.883333, 62.833333), 4326), true),
 (1194, '26380', 'SEKRF', 'SEKRF', 'Kramfors', 'Sweden', st_setsrid(st_makepoint(17.8, 62.933333), 4326), true),
 (1195, '26720', 'SEDOM', 'SEDOM', 'Domsjo', 'Sweden', st_setsrid(st_makepoint(18.733333, 63.266667), 4326), true),
 (1196, '26790', 'SEHUS', 'SEHUS', 'Husum', 'Sweden', st_setsrid(st_makepoint(19.15, 63.333333), 4326), true),
 (1197, '55610', 'TONEI', 'TONEI', 'Neiafu', 'Tonga', st_setsrid(st_makepoint(-173.983333, -18.65), 4326), true),
 (1198, '55617', 'TVFUN', 'TVFUN', 'Funafuti Atoll', 'Tuvalu', st_setsrid(st_makepoint(179.133333, -8.516667), 4326), true),
 (1199, '57910', 'TWHUN', 'TWHUN', 'Hua-Lien Kang', 'Taiwan', st_setsrid(st_makepoint(121.6, 23.983333), 4326), true),
 (1200, '44622', 'TRGEB', 'TRGEB', 'Gebze', 'Turkey', st_setsrid(st_makepoint(29.55, 40.766667), 4326), true),
 (1201, '44740', 'TRDIK', 'TRDIK', 'Dikili', 'Turkey', st_setsrid(st_makepoint(26.816667, 39.016667), 4326), true),
 (1202, '45368', 'TNDID', 'TNDID', 'Didon Terminal', 'Tunisia', st_setsrid(st_makepoint(11.9, 33.783333), 4326), true),
 (1203, '45375', 'TNGAE', 'TNGAE', 'Gabes', 'Tunisia', st_setsrid(st_makepoint(10.116667, 33.9), 4326), true),
 (1204, '45420', 'TNLGN', 'TNLGN', 'La Goulette', 'Tunisia', st_setsrid(st_makepoint(10.3, 36.8), 4326), true),
 (1205, '15640', 'SVAQJ', 'SVAQJ', 'Acajutla', 'El Salvador', st_setsrid(st_makepoint(-89.833333, 13.583333), 4326), true),
 (1206, '16770', 'USCOB', 'USCOB', 'Coos Bay', 'United States', st_setsrid(st_makepoint(-124.216667, 43.366667), 4326), true),
 (1207, '16795', 'USGDR', 'USGDR', 'Gardiner', 'United States', st_setsrid(st_makepoint(-124.1, 43.716667), 4326), true),
 (1208, '6600', 'USEPM', 'USEPM', 'Eastport', 'United States', st_setsrid(st_makepoint(-66.983333, 44.9), 4326), true),
 (1209, '6620', 'US9MP', 'US9MP', 'Machiasport', 'United States', st_setsrid(st_makepoint(-67.4, 44.7), 4326), true),
 (1210, '43625', 'UAIZM', 'UAIZM', 'Izmayil', 'Ukraine', st_setsrid(st_makepoint(28.85, 45.333333), 4326), true),
 (1211, '49794', 'THKHA', 'THKHA', 'Khanom', 'Thailand', st_setsrid(st_makepoint(99.9, 9.2), 4326), true),
 (1212, '44660', 'TRERK', 'TRERK', 'Erdek', 'Turkey', st_setsrid(st_makepoint(27.8, 40.383333), 4326), true),
 (1213, '44730', 'TRAYV', 'TRAYV', 'Ayvalik', 'Turkey', st_setsrid(st_makepoint(26.7, 39.316667), 4326), true),
 (1214, '44752', 'TRNEM', 'TRNEM', 'Nemrut Limani Bay', 'Turkey', st_setsrid(st_makepoint(26.916667, 38.766667), 4326), true),
 (1215, '7440', 'USDVV', 'USDVV', 'Davisville Depot', 'United States', st_setsrid(st_makepoint(-71.4, 41.616667), 4326), true),
 (1216, '8000', 'USBG7', 'USBG7', 'Barnegat', 'United States', st_setsrid(st_makepoint(-74.1, 39.766667), 4326), true),
 (1217, '4370', 'USHB4', 'USHB4', 'Harbor Beach', 'United States', st_setsrid(st_makepoint(-82.65, 43.85), 4326), true),
 (1218, '9235', 'USDEX', 'USDEX', 'Deer Park', 'United States', st_setsrid(st_makepoint(-95.333333, 29.75), 4326), true),
 (1219, '44810', 'TRFET', 'TRFET', 'Fethiye', 'Turkey', st_setsrid(st_makepoint(29.1, 36.633333), 4326), true),
 (1220, '23905', 'SEBLD', 'SEBLD', 'Bovallstrand', 'Sweden', st_setsrid(st_makepoint(11.333333, 58.483333), 4326), true),
 (1221, '25190', 'SENRK', 'SENRK', 'Norrkoping', 'Sweden', st_setsrid(st_makepoint(16.2, 58.583333), 4326), true),
 (1222, '25460', 'SEHAK', 'SEHAK', 'Hallstavik', 'Sweden', st_setsrid(st_makepoint(18.583333, 60.05), 4326), true),
 (1223, '26710', 'SEKMH', 'SEKMH', 'Kopmanholmen', 'Sweden', st_setsrid(st_makepoint(18.583333, 63.166667), 4326), true),
 (1224, '26810', 'SENOG', 'SENOG', 'Nordmaling', 'Sweden', st_setsrid(st_makepoint(19.483333, 63.566667), 4326), true),
 (1225, '26880', 'SEOBB', 'SEOBB', 'Obbola', 'Sweden', st_setsrid(st_makepoint(20.333333, 63.7), 4326), true),
 (1226, '43334', 'TRALI', 'TRALI', 'Aliaga', 'Turkey', st_setsrid(st_makepoint(26.933333, 38.833333), 4326), true),
 (1227, '8180', 'USCCJ', 'USCCJ', 'Cape Charles', 'United States', st_setsrid(st_makepoint(-76.016667, 37.266667), 4326), true),
 (1228, '18070', 'USBWS', 'USBWS', 'Blaine', 'United States', st_setsrid(st_makepoint(-122.75, 49.0), 4326), true),
 (1229, '26290', 'SEUTA', 'SEUTA', 'Utansjo', 'Sweden', st_setsrid(st_makepoint(17.933333, 62.766667), 4326), true),
 (1230, '45430', 'TNTUN', 'TNTUN', 'Tunis', 'Tunisia', st_setsrid(st_makepoint(10.25, 36.8), 4326), true),
 (1231, '40870', 'SIPIR', 'SIPIR', 'Piran', 'Slovenia', st_setsrid(st_makepoint(13.566667, 45.533333), 4326), true),
 (1232, '25380', 'SESTO', 'SESTO', 'Stockholm', 'Sweden', st_setsrid(st_makepoint(18.05, 59.333333), 4326), true),
 (1233, '25700', 'SESAE', 'SESAE', 'Sandarne', 'Sweden', st_setsrid(st_makepoint(17.183333, 61.266667), 4326), true),
 (1234, '17020', 'USACC', 'USACC', 'Raymond', 'United States', st_setsrid(st_makepoint(-123.733333, 46.683333), 4326), true),
 (1235, '45365', 'TNZRZ', 'TNZRZ', 'Zarzis', 'Tunisia', st_setsrid(st_makepoint(11.116667, 33.5), 4326), true),
 (1236, '27330', 'SESAK', 'SESAK', 'Sandvik', 'Sweden', st_setsrid(st_makepoint(23.766667, 65.733333), 4326), true),
 (1237, '25550', 'SESSR', 'SESSR', 'Skutskar', 'Sweden', st_setsrid(st_makepoint(17.4, 60.65), 4326), true),
 (1238, '25800', 'SESTA', 'SESTA', 'Stocka', 'Sweden', st_setsrid(st_makepoint(17.35, 61.9), 4326), true),
 (1239, '26800', 'SERUV', 'SERUV', 'Rundvik', 'Sweden', st_setsrid(st_makepoint(19.45, 63.533333), 4326), true),
 (1240, '44801', 'TRTGT', 'TRTGT', 'Toros Gubre', 'Turkey', st_setsrid(st_makepoint(35.966667, 36.916667), 4326), true),
 (1241, '45410', 'TNSUS', 'TNSUS', 'Sousse', 'Tunisia', st_setsrid(st_makepoint(10.65, 35.833333), 4326), true),
 (1242, '45432', 'TNRDS', 'TNRDS', 'Rades', 'Tunisia', st_setsrid(st_makepoint(10.3, 36.816667), 4326), true),
 (1243, '17010', 'USACJ', 'USACJ', 'South Bend', 'United States', st_setsrid(st_makepoint(-123.783333, 46.666667), 4326), true),
 (1244, '25910', 'SESDL', 'SESDL', 'Sundsvall', 'Sweden', st_setsrid(st_makepoint(17.35, 62.383333), 4326), true),
 (1245, '12410', 'SRPBM', 'SRPBM', 'Paramaribo', 'Suriname', st_setsrid(st_makepoint(-55.166667, 5.833333), 4326), true),
 (1246, '43925', 'UARNI', 'UARNI', 'Reni', 'Ukraine', st_setsrid(st_makepoint(28.3, 45.433333), 4326), true),
 (1247, '25060', 'SEVVK', 'SEVVK', 'Vastervik', 'Sweden', st_setsrid(st_makepoint(16.65, 57.766667), 4326), true),
 (1248, '25900', 'SESTK', 'SESTK', 'Stockvik', 'Sweden', st_setsrid(st_makepoint(17.383333, 62.333333), 4326), true),
 (1249, '27190', 'SEPIT', 'SEPIT', 'Pitea', 'Sweden', st_setsrid(st_makepoint(21.483333, 65.316667), 4326), true),
 (1250, '25050', 'SEVER', 'SEVER', 'Verkeback', 'Sweden', st_setsrid(st_makepoint(16.533333, 57.733333), 4326), true),
 (1251, '57070', 'SBXYA', 'SBXYA', 'Yandina', 'Solomon Islands', st_setsrid(st_makepoint(159.216667, -9.083333), 4326), true),
 (1252, '57435', 'THPTN', 'THPTN', 'Pattani', 'Thailand', st_setsrid(st_makepoint(101.3, 6.95), 4326), true),
 (1253, '57461', 'THSBP', 'THSBP', 'Siam Seaport', 'Thailand', st_setsrid(st_makepoint(100.883333, 13.133333), 4326), true),
 (1254, '7820', 'USZIP', 'USZIP', 'Elizabethport', 'United States', st_setsrid(st_makepoint(-74.183333, 40.65), 4326), true),
 (1255, '7780', 'USJEC', 'USJEC', 'Jersey City', 'United States', st_setsrid(st_makepoint(-74.033333, 40.716667), 4326), true),
 (1256, '7550', 'USHVN', 'USHVN', 'New Haven', 'United States', st_setsrid(st_makepoint(-72.916667, 41.233333), 4326), true),
 (1257, '7500', 'USNLO', 'USNLO', 'New London', 'United States', st_setsrid(st_makepoint(-72.083333, 41.35), 4326), true),
 (1258, '7480', 'USNK3', 'USNK3', 'Noank', 'United States', st_setsrid(st_makepoint(-71.983333, 41.316667), 4326), true),
 (1259, '8070', 'USMAH', 'USMAH', 'Marcus Hook', 'United States', st_setsrid(st_makepoint(-75.416667, 39.816667), 4326), true),
 (1260, '8300', 'USNNS', 'USNNS', 'Newport News', 'United States', st_setsrid(st_makepoint(-76.433333, 36.966667), 4326), true),
 (1261, '56180', 'USOGG', 'USOGG', 'Kahului', 'United States', st_setsrid(st_makepoint(-156.466667, 20.9), 4326), true),
 (1262, '57620', 'VNNHA', 'VNNHA', 'Nha Trang', 'Vietnam', st_setsrid(st_makepoint(109.233333, 12.25), 4326), true),
 (1263, '7380', 'USNPT', 'USNPT', 'Newport', 'United States', st_setsrid(st_makepoint(-71.333333, 41.5), 4326), true),
 (1264, '7170', 'USKBP', 'USKBP', 'Kennebunkport', 'United States', st_setsrid(st_makepoint(-70.466667, 43.366667), 4326), true),
 (1265, '7040', 'USOYH', 'USOYH', 'Boothbay Harbor', 'United States', st_setsrid(st_makepoint(-69.583333, 43.866667), 4326), true),
 (1266, '6640', 'USJON', 'USJON', 'Jonesport', 'United States', st_setsrid(st_makepoint(-67.616667, 44.533333), 4326), true),
 (1267, '6610', 'USLB2', 'USLB2', 'Lubec', 'United States', st_setsrid(st_makepoint(-66.983333, 44.866667), 4326), true),
 (1268, '19580', 'USJNU', 'USJNU', 'Juneau', 'United States', st_setsrid(st_makepoint(-134.416667, 58.3), 4326), true),
 (1269, '19520', 'USHWI', 'USHWI', 'Hawk Inlet', 'United States', st_setsrid(st_makepoint(-134.75, 58.116667), 4326), true),
 (1270, '17660', 'USOLM', 'USOLM', 'Olympia', 'United States', st_setsrid(st_makepoint(-122.9, 47.05), 4326), true),
 (1271, '17430', 'USPWT', 'USPWT', 'Bremerton', 'United States', st_setsrid(st_makepoint(-122.65, 47.566667), 4326), true),
 (1272, '16900', 'USLOG', 'USLOG', 'Longview', 'United States', st_setsrid(st_makepoint(-122.933333, 46.133333), 4326), true),
 (1273, '16820', 'USNPO', 'USNPO', 'Newport', 'United States', st_setsrid(st_makepoint(-124.05, 44.633333), 4326), true),
 (1274, '13150', 'UYNVP', 'UYNVP', 'Nueva Palmira', 'Uruguay', st_setsrid(st_makepoint(-58.416667, -33.883333), 4326), true),
 (1275, '4920', 'USQAG', 'USQAG', 'Algoma', 'United States', st_setsrid(st_makepoint(-87.433333, 44.6), 4326), true),
 (1276, '4910', 'USKWU', 'USKWU', 'Kewaunee', 'United States', st_setsrid(st_makepoint(-87.5, 44.466667), 4326), true),
 (1277, '4860', 'USMKE', 'USMKE', 'Milwaukee', 'United States', st_setsrid(st_makepoint(-87.883333, 43.033333), 4326), true),
 (1278, '4670', 'USLDM', 'USLDM', 'Ludington', 'United States', st_setsrid(st_makepoint(-86.45, 43.95), 4326), true),
 (1279, '4590', 'USHS3', 'USHS3', 'Harbor Springs', 'United States', st_setsrid(st_makepoint(-84.983333, 45.433333), 4326), true),
 (1280, '20400', 'USOME', 'USOME', 'Nome', 'United States', st_setsrid(st_makepoint(-165.416667, 64.5), 4326), true),
 (1281, '11310', 'VICHA', 'VICHA', 'Charlotte Amalie', 'U.S. Virgin Islands', st_setsrid(st_makepoint(-64.933333, 18.35), 4326), true),
 (1282, '16340', 'USOAK', 'USOAK', 'Oakland', 'United States', st_setsrid(st_makepoint(-122.333333, 37.816667), 4326), true),
 (1283, '16240', 'USMY3', 'USMY3', 'Monterey', 'United States', st_setsrid(st_makepoint(-121.883333, 36.616667), 4326), true),
 (1284, '16210', 'USMJK', 'USMJK', 'Morro Bay', 'United States', st_setsrid(st_makepoint(-120.85, 35.366667), 4326), true),
 (1285, '16070', 'USLGB', 'USLGB', 'Long Beach', 'United States', st_setsrid(st_makepoint(-118.183333, 33.766667), 4326), true),
 (1286, '8860', 'USMSY', 'USMSY', 'New Orleans', 'United States', st_setsrid(st_makepoint(-90.05, 29.95), 4326), true),
 (1287, '8820', 'USINV', 'USINV', 'Madisonville', 'United States', st_setsrid(st_makepoint(-90.15, 30.4), 4326), true),
 (1288, '8770', 'USMOB', 'USMOB', 'Mobile', 'United States', st_setsrid(st_makepoint(-88.116667, 30.683333), 4326), true),
 (1289, '8640', 'USMIA', 'USMIA', 'Miami', 'United States', st_setsrid(st_makepoint(-80.183333, 25.783333), 4326), true),
 (1290, '8580', 'USJAX', 'USJAX', 'Jacksonville', 'United States', st_setsrid(st_makepoint(-81.65, 30.316667), 4326), true),
 (1291, '8500', 'USCHS', 'USCHS', 'Charleston', 'United States', st_setsrid(st_makepoint(-79.916667, 32.783333), 4326), true),
 (1292, '16330', 'USNGZ', 'USNGZ', 'Alameda', 'United States', st_setsrid(st_makepoint(-122.266667, 37.783333), 4326), true),
 (1293, '8430', 'USMRH', 'USMRH', 'Morehead City', 'United States', st_setsrid(st_makepoint(-76.7, 34.716667), 4326), true),
 (1294, '8370', 'USCUB', 'USCUB', 'Columbia', 'United States', st_setsrid(st_makepoint(-76.25, 35.916667), 4326), true),
 (1295, '8340', 'USEDE', 'USEDE', 'Edenton', 'United States', st_setsrid(st_makepoint(-76.616667, 36.05), 4326), true),
 (1296, '3500', 'USLOR', 'USLOR', 'Lorain', 'United States', st_setsrid(st_makepoint(-82.183333, 41.466667), 4326), true),
 (1297, '3450', 'USERI', 'USERI', 'Erie', 'United States', st_setsrid(st_makepoint(-80.1, 42.15), 4326), true),
 (1298, '56300', 'USNIJ', 'USNIJ', 'Nawiliwili Bay', 'United States', st_setsrid(st_makepoint(-159.35, 21.95), 4326), true),
 (1299, '12280', 'VECAR', 'VECAR', 'Caripito', 'Venezuela', st_setsrid(st_makepoint(-63.033333, 10.15), 4326), true),
 (1300, '57650', 'VNDAD', 'VNDAD', 'Da Nang', 'Vietnam', st_setsrid(st_makepoint(108.216667, 16.1), 4326), true),
 (1301, '13100', 'UYLAP', 'UYLAP', 'La Paloma', 'Uruguay', st_setsrid(st_makepoint(-54.15, -34.65), 4326), true),
 (1302, '13140', 'UYCYR', 'UYCYR', 'Colonia', 'Uruguay', st_setsrid(st_makepoint(-57.85, -34.466667), 4326), true),
 (1303, '13160', 'UYFZB', 'UYFZB', 'Fray Bentos', 'Uruguay', st_setsrid(st_makepoint(-58.316667, -33.116667), 4326), true),
 (1304, '7240', 'USLZN', 'USLZN', 'Lynn', 'United States', st_setsrid(st_makepoint(-70.95, 42.45), 4326), true),
 (1305, '57660', 'VNNGT', 'VNNGT', 'Nghe Tinh', 'Vietnam', st_setsrid(st_makepoint(105.766667, 18.766667), 4326), true),
 (1306, '4530', 'USMCD', 'USMCD', 'Mackinac Island', 'United States', st_setsrid(st_makepoint(-84.616667, 45.85), 4326), true),
 (1307, '5100', 'USISQ', 'USISQ', 'Manistique', 'United States', st_setsrid(st_makepoint(-86.25, 45.95), 4326), true),
 (1308, '13120', 'UYMVD', 'UYMVD', 'Montevideo', 'Uruguay', st_setsrid(st_makepoint(-56.216667, -34.9), 4326), true),
 (1309, '16750', 'USOTH', 'USOTH', 'North Bend', 'United States', st_setsrid(st_makepoint(-124.216667, 43.4), 4326), true),
 (1310, '19375', 'USLPW', 'USLPW', 'Little Port Walter', 'United States', st_setsrid(st_makepoint(-134.633333, 56.383333), 4326), true),
 (1311, '8940', 'USNEW', 'USNEW', 'Destrehan', 'United States', st_setsrid(st_makepoint(-90.366667, 29.95), 4326), true),
 (1312, '16360', 'USJBK', 'USJBK', 'Berkeley', 'United States', st_setsrid(st_makepoint(-122.3, 37.866667), 4326), true),
 (1313, '11335', 'VILIB', 'VILIB', 'Limetree Bay', 'U.S. Virgin Islands', st_setsrid(st_makepoint(-64.75, 17.7), 4326), true),
 (1314, '57575', 'VNCLI', 'VNCLI', 'Cat Lai', 'Vietnam', st_setsrid(st_makepoint(106.783333, 10.75), 4326), true),
 (1315, '55650', 'WFMAU', 'WFMAU', 'Mata-Utu', 'Wallis and Futuna', st_setsrid(st_makepoint(-176.133333, -13.283333), 4326), true),
 (1316, '57710', 'VNCPH', 'VNCPH', 'Cam Pha', 'Vietnam', st_setsrid(st_makepoint(107.366667, 21.033333), 4326), true),
 (1317, '7230', 'USMH2', 'USMH2', 'Marblehead', 'United States', st_setsrid(st_makepoint(-70.85, 42.5), 4326), true),
 (1318, '11336', 'VIPAX', 'VIPAX', 'Port Alucroix', 'U.S. Virgin Islands', st_setsrid(st_makepoint(-64.766667, 17.7), 4326), true),
 (1319, '17440', 'USPXO', 'USPXO', 'Port Orchard', 'United States', st_setsrid(st_makepoint(-122.633333, 47.533333), 4326), true),
 (1320, '6810', 'USSG4', 'USSG4', 'Stonington', 'United States', st_setsrid(st_makepoint(-68.666667, 44.15), 4326), true),
 (1321, '16950', 'USVAN', 'USVAN', 'Vancouver', 'United States', st_setsrid(st_makepoint(-122.683333, 45.633333), 4326), true),
 (1322, '7270', 'USSCU', 'USSCU', 'Scituate', 'United States', st_setsrid(st_makepoint(-70.716667, 42.2), 4326), true),
 (1323, '9330', 'USPIS', 'USPIS', 'Port Isabel', 'United States', st_setsrid(st_makepoint(-97.2, 26.083333), 4326), true),
 (1324, '20220', 'USPIP', 'USPIP', 'Pilot Point', 'United States', st_setsrid(st_makepoint(-157.6, 57.566667), 4326), true),
 (1325, '8700', 'USZKL', 'USZKL', 'Tarpon Springs', 'United States', st_setsrid(st_makepoint(-82.766667, 28.15), 4326), true),
 (1326, '7180', 'USPSM', 'USPSM', 'Portsmouth', 'United States', st_setsrid(st_makepoint(-70.75, 43.083333), 4326), true),
 (1327, '9270', 'USPLV', 'USPLV', 'Port Lavaca', 'United States', st_setsrid(st_makepoint(-96.616667, 28.616667), 4326), true),
 (1328, '16300', 'USSFO', 'USSFO', 'San Francisco', 'United States', st_setsrid(st_makepoint(-122.416667, 37.816667), 4326), true),
 (1329, '9160', 'USTXT', 'USTXT', 'Texas City', 'United States', st_setsrid(st_makepoint(-94.916667, 29.383333), 4326), true),
 (1330, '7225', 'USSLM', 'USSLM', 'Salem', 'United States', st_setsrid(st_makepoint(-70.883333, 42.516667), 4326), true),
 (1331, '3170', 'USOSW', 'USOSW', 'Oswego', 'United States', st_setsrid(st_makepoint(-76.516667, 43.466667), 4326), true),
 (1332, '8760', 'USPNS', 'USPNS', 'Pensacola', 'United States', st_setsrid(st_makepoint(-87.216667, 30.4), 4326), true),
 (1333, '16150', 'USSBA', 'USSBA', 'Santa Barbara', 'United States', st_setsrid(st_makepoint(-119.683333, 34.416667), 4326), true),
 (1334, '9060', 'USNSS', 'USNSS', 'Sabine Pass', 'United States', st_setsrid(st_makepoint(-93.9, 29.733333), 4326), true),
 (1335, '6960', 'USRKD', 'USRKD', 'Rockland', 'United States', st_setsrid(st_makepoint(-69.1, 44.1), 4326), true),
 (1336, '4850', 'USRAC', 'USRAC', 'Racine', 'United States', st_setsrid(st_makepoint(-87.783333, 42.733333), 4326), true),
 (1337, '16010', 'USSAN', 'USSAN', 'San Diego', 'United States', st_setsrid(st_makepoint(-117.183333, 32.716667), 4326), true),
 (1338, '17730', 'USSEA', 'USSEA', 'Seattle', 'United States', st_setsrid(st_makepoint(-122.333333, 47.6), 4326), true),
 (1339, '7260', 'USMQI', 'USMQI', 'Quincy', 'United States', st_setsrid(st_makepoint(-70.966667, 42.25), 4326), true),
 (1340, '6890', 'USWIE', 'USWIE', 'Winterport', 'United States', st_setsrid(st_makepoint(-68.85, 44.633333), 4326), true),
 (1341, '9100', 'USPON', 'USPON', 'Port Neches', 'United States', st_setsrid(st_makepoint(-93.95, 30.0), 4326), true),
 (1342, '17030', 'USWIH', 'USWIH', 'Willapa Harbor', 'United States', st_setsrid(st_makepoint(-123.75, 46.683333), 4326), true),
 (1343, '19470', 'USTKE', 'USTKE', 'Tenakee Springs', 'United States', st_setsrid(st_makepoint(-135.2, 57.783333), 4326), true),
 (1344, '7200', 'USJRT', 'USJRT', 'Rockport', 'United States', st_setsrid(st_makepoint(-70.616667, 42.666667), 4326), true),
 (1345, '7350', 'USVYH', 'USVYH', 'Vineyard Haven', 'United States', st_setsrid(st_makepoint(-70.6, 41.45), 4326), true),
 (1346, '4880', 'USSBM', 'USSBM', 'Sheboygan', 'United States', st_setsrid(st_makepoint(-87.7, 43.75), 4326), true),
 (1347, '17700', 'USTIW', 'USTIW', 'Tacoma', 'United States', st_setsrid(st_makepoint(-122.416667, 47.283333), 4326), true),
 (1348, '16730', 'USQPX', 'USQPX', 'Prosper', 'United States', st_setsrid(st_makepoint(-124.366667, 43.15), 4326), true),
 (1349, '16880', 'USWSZ', 'USWSZ', 'Westport', 'United States', st_setsrid(st_makepoint(-123.383333, 46.133333), 4326), true),
 (1350, '17160', 'USTWD', 'USTWD', 'Port Townsend', 'United States', st_setsrid(st_makepoint(-122.75, 48.116667), 4326), true),
 (1351, '16840', 'USWTO', 'USWTO', 'Warrenton', 'United States', st_setsrid(st_makepoint(-123.916667, 46.166667), 4326), true),
 (1352, '19250', 'USKWF', 'USKWF', 'Waterfall', 'United States', st_setsrid(st_makepoint(-133.233333, 55.3), 4326), true),
 (1353, '9290', 'USRKP', 'USRKP', 'Rockport', 'United States', st_setsrid(st_makepoint(-97.05, 28.016667), 4326), true),
 (1354, '4830', 'USUGN', 'USUGN', 'Waukegan', 'United States', st_setsrid(st_makepoint(-87.816667, 42.366667), 4326), true),
 (1355, '46780', 'ZASMN', 'ZASMN', 'Simonstown', 'South Africa', st_setsrid(st_makepoint(18.43666667, -34.185), 4326), true),
 (1356, '4410', 'USSGM', 'USSGM', 'Saginaw', 'United States', st_setsrid(st_makepoint(-83.933333, 43.433333), 4326), true),
 (1357, '16320', 'USRWC', 'USRWC', 'Redwood City', 'United States', st_setsrid(st_makepoint(-122.2, 37.533333), 4326), true),
 (1358, '7150', 'USPWM', 'USPWM', 'Portland', 'United States', st_setsrid(st_makepoint(-70.25, 43.666667), 4326), true),
 (1359, '16420', 'USVLO', 'USVLO', 'South Vallejo', 'United States', st_setsrid(st_makepoint(-122.25, 38.083333), 4326), true),
 (1360, '8470', 'USILM', 'USILM', 'Wilmington', 'United States', st_setsrid(st_makepoint(-77.95, 34.233333), 4326), true),
 (1361, '9050', 'USSAB', 'USSAB', 'Sabine', 'United States', st_setsrid(st_makepoint(-93.866667, 29.716667), 4326), true),
 (1362, '4460', 'USOSC', 'USOSC', 'Oscoda', 'United States', st_setsrid(st_makepoint(-83.316667, 44.416667), 4326), true),
 (1363, '8780', 'USPGL', 'USPGL', 'Pascagoula', 'United States', st_setsrid(st_makepoint(-88.566667, 30.35), 4326), true),
 (1364, '16890', 'USRAI', 'USRAI', 'Rainier', 'United States', st_setsrid(st_makepoint(-122.933333, 46.083333), 4326), true),
 (1365, '16940', 'USPDX', 'USPDX', 'Portland', 'United States', st_setsrid(st_makepoint(-122.666667, 45.516667), 4326), true),
 (1366, '4730', 'USSOH', 'USSOH', 'South Haven', 'United States', st_setsrid(st_makepoint(-86.283333, 42.4), 4326), true),
 (1367, '4870', 'USPWA', 'USPWA', 'Port Washington', 'United States', st_setsrid(st_makepoint(-87.866667, 43.383333), 4326), true),
 (1368, '19590', 'USSGY', 'USSGY', 'Skagway', 'United States', st_setsrid(st_makepoint(-135.333333, 59.45), 4326), true),
 (1369, '12330', 'VEPLA', 'VEPLA', 'Palua', 'Venezuela', st_setsrid(st_makepoint(-62.683333, 8.366667), 4326), true),
 (1370, '5450', 'USSUW', 'USSUW', 'Superior', 'United States', st_setsrid(st_makepoint(-92.066667, 46.733333), 4326), true),
 (1371, '8750', 'USPFN', 'USPFN', 'Panama City', 'United States', st_setsrid(st_makepoint(-85.65, 30.133333), 4326), true),
 (1372, '4680', 'USWEK', 'USWEK', 'White Lake', 'United States', st_setsrid(st_makepoint(-86.35, 43.383333), 4326), true),
 (1373, '17750', 'USOW4', 'USOW4', 'Point Wells', 'United States', st_setsrid(st_makepoint(-122.4, 47.783333), 4326), true),
 (1374, '19670', 'USVDZ', 'USVDZ', 'Valdez', 'United States', st_setsrid(st_makepoint(-146.25, 61.116667), 4326), true),
 (1375, '6870', 'USSYP', 'USSYP', 'Sandypoint', 'United States', st_setsrid(st_makepoint(-68.816667, 44.516667), 4326), true),
 (1376, '7160', 'USQSK', 'USQSK', 'Saco', 'United States', st_setsrid(st_makepoint(-70.45, 43.5), 4326), true),
 (1377, '3220', 'USYTW', 'USYTW', 'Youngstown', 'United States', st_setsrid(st_makepoint(-79.05, 43.25), 4326), true),
 (1378, '57570', 'VNVUT', 'VNVUT', 'Vung Tau', 'Vietnam', st_setsrid(st_makepoint(107.066667, 10.35), 4326), true),
 (1379, '7470', 'USSGN', 'USSGN', 'Stonington', 'United States', st_setsrid(st_makepoint(-71.9, 41.333333), 4326), true),
 (1380, '8227', 'USOMU', 'USOMU', 'Solomons Island', 'United States', st_setsrid(st_makepoint(-76.45, 38.316667), 4326), true),
 (1381, '8260', 'USVI2', 'USVI2', 'West Point', 'United States', st_setsrid(st_makepoint(-76.8, 37.533333), 4326), true),
 (1382, '16680', 'USIOR', 'USIOR', 'Samoa', 'United States', st_setsrid(st_makepoint(-124.183333, 40.816667), 4326), true),
 (1383, '7930', 'USPRD', 'USPRD', 'Port Reading', 'United States', st_setsrid(st_makepoint(-74.233333, 40.566667), 4326), true),
 (1384, '7620', 'USUXZ', 'USUXZ', 'Port Chester', 'United States', st_setsrid(st_makepoint(-73.666667, 41.0), 4326), true),
 (1385, '7420', 'USPVD', 'USPVD', 'Providence', 'United States', st_setsrid(st_makepoint(-71.4, 41.8), 4326), true),
 (1386, '7970', 'USXNA', 'USXNA', 'Sayreville', 'United States', st_setsrid(st_makepoint(-74.366667, 40.466667), 4326), true),
 (1387, '57230', 'VUVLI', 'VUVLI', 'Port Vila', 'Vanuatu', st_setsrid(st_makepoint(168.316667, -17.733333), 4326), true),
 (1388, '7960', 'USPAY', 'USPAY', 'Perth Amboy', 'United States', st_setsrid(st_makepoint(-74.266667, 40.5), 4326), true),
 (1389, '8250', 'USYKW', 'USYKW', 'Yorktown', 'United States', st_setsrid(st_makepoint(-76.5, 37.233333), 4326), true),
 (1390, '7641', 'USPCP', 'USPCP', 'Patchogue', 'United States', st_setsrid(st_makepoint(-73.016667, 40.75), 4326), true),
 (1391, '7750', 'USEGW', 'USEGW', 'Edgewater', 'United States', st_setsrid(st_makepoint(-73.983333, 40.816667), 4326), true),
 (1392, '57470', 'THKSI', 'THKSI', 'Ko Si Chang Terminal', 'Thailand', st_setsrid(st_makepoint(100.816667, 13.166667), 4326), true),
 (1393, '48325', 'BHMIN', 'BHMIN', 'Mina Salman', 'Bahrain', st_setsrid(st_makepoint(50.633333, 26.2), 4326), true),
 (1394, '18040', 'USOTS', 'USOTS', 'Anacortes', 'United States', st_setsrid(st_makepoint(-122.616667, 48.516667), 4326), true),
 (1395, '12775', 'BRMDD', 'BRMDD', 'Madre De Deus', 'Brazil', st_setsrid(st_makepoint(-38.616667, -12.75), 4326), true),
 (1396, '2720', 'CAGNE', 'CAGNE', 'Gananoque', 'Canada', st_setsrid(st_makepoint(-76.166667, 44.333333), 4326), true),
 (1397, '5260', NULL, NULL, 'Grand Marais', 'United States', st_setsrid(st_makepoint(-85.966667, 46.683333), 4326), true),
 (1398, '6780', 'USESR', 'USESR', 'Ellsworth', 'United States', st_setsrid(st_makepoint(-68.416667, 44.55), 4326), true),
 (1399, '53710', 'AUJEB', 'AUJEB', 'Jervis Bay', 'Australia', st_setsrid(st_makepoint(150.8, -35.116667), 4326), true),
 (1400, '6740', 'USF8O', 'USF8O', 'Frenchboro', 'United States', st_setsrid(st_makepoint(-68.366667, 44.116667), 4326), true),
 (1401, '53750', 'AUQBW', 'AUQBW', 'Batemans Bay', 'Australia', st_setsrid(st_makepoint(150.166667, -35.7), 4326), true),
 (1402, '13050', 'BRLGA', 'BRLGA', 'Laguna', 'Brazil', st_setsrid(st_makepoint(-48.783333, -28.5), 4326), true),
 (1403, '19370', 'USPWR', 'USPWR', 'Big Port Walter', 'United States', st_setsrid(st_makepoint(-134.733333, 56.383333), 4326), true),
 (1404, '19790', 'USENA', 'USENA', 'Kenai', 'United States', st_setsrid(st_makepoint(-151.266667, 60.55), 4326), true),
 (1405, '48392', 'IQMAB', 'IQMAB', 'Al-Basra Oil Terminal', 'Iraq', st_setsrid(st_makepoint(48.816667, 29.683333), 4326), true),
 (1406, '2110', 'CALBA', 'CALBA', 'La Baie (Port Alfred)', 'Canada', st_setsrid(st_makepoint(-70.883333, 48.333333), 4326), true),
 (1407, '45660', 'DZBSF', 'DZBSF', 'Beni Saf', 'Algeria', st_setsrid(st_makepoint(-1.383333, 35.3), 4326), true),
 (1408, '46487', 'AOMAL', 'AOMAL', 'Malongo Oil Terminal', 'Angola', st_setsrid(st_makepoint(12.083333, -5.433333), 4326), true),
 (1409, '48277', 'AEDAS', 'AEDAS', 'Jazirat Das', 'United Arab Emirates', st_setsrid(st_makepoint(52.866667, 25.15), 4326), true),
 (1410, '12760', 'BRAJU', 'BRAJU', 'Port De Aracaju', 'Brazil', st_setsrid(st_makepoint(-37.05, -10.916667), 4326), true),
 (1411, '12485', 'BRSTN', 'BRSTN', 'Porto Santana', 'Brazil', st_setsrid(st_makepoint(-51.183333, -0.05), 4326), true),
 (1412, '12750', 'BRMCZ', 'BRMCZ', 'Porto De Maceio', 'Brazil', st_setsrid(st_makepoint(-35.733333, -9.666667), 4326), true),
 (1413, '45910', 'CVRAI', 'CVRAI', 'Porto Da Praia', 'Cabo Verde', st_setsrid(st_makepoint(-23.516667, 14.916667), 4326), true),
 (1414, '12770', 'BRSSA', 'BRSSA', 'Port De Salvador', 'Brazil', st_setsrid(st_makepoint(-38.516667, -12.966667), 4326), true),
 (1415, '13950', 'ARRZA', 'ARRZA', 'Puerto Santa Cruz', 'Argentina', st_setsrid(st_makepoint(-68.516667, -50.016667), 4326), true),
 (1416, '13060', 'BRRIG', 'BRRIG', 'Rio Grande', 'Brazil', st_setsrid(st_makepoint(-52.083333, -32.05), 4326), true),
 (1417, '12510', 'BRSTM', 'BRSTM', 'Santarem', 'Brazil', st_setsrid(st_makepoint(-54.716667, -2.416667), 4326), true),
 (1418, '12910', 'BRFNO', 'BRFNO', 'Porto Do Forno', 'Brazil', st_setsrid(st_makepoint(-42.016667, -22.966667), 4326), true),
 (1419, '19900', 'USKUY', 'USKUY', 'Uyak', 'United States', st_setsrid(st_makepoint(-154.0, 57.633333), 4326), true),
 (1420, '46550', 'AOAZZ', 'AOAZZ', 'Porto Do Ambriz', 'Angola', st_setsrid(st_makepoint(13.1, -7.833333), 4326), true),
 (1421, '37290', 'ESPAS', 'ESPAS', 'Puerto De Pasajes', 'Spain', st_setsrid(st_makepoint(-1.933333, 43.333333), 4326), true),
 (1422, '12810', 'BRIOS', 'BRIOS', 'Port Of Ilheus', 'Brazil', st_setsrid(st_makepoint(-39.016667, -14.783333), 4326), true),
 (1423, '11430', 'AGSJO', 'AGSJO', 'St Johns', 'Antigua and Barbuda', st_setsrid(st_makepoint(-61.85, 17.116667), 4326), true),
 (1424, '4810', 'USXTT', 'USXTT', 'Wilmette', 'United States', st_setsrid(st_makepoint(-87.683333, 42.083333), 4326), true),
 (1425, '49620', 'MMAKY', 'MMAKY', 'Sittwe', 'Burma', st_setsrid(st_makepoint(92.9, 20.133333), 4326), true),
 (1426, '49650', 'MMRGN', 'MMRGN', 'Rangoon', 'Burma', st_setsrid(st_makepoint(96.166667, 16.766667), 4326), true),
 (1427, '8240', 'USAXR', 'USAXR', 'Alexandria', 'United States', st_setsrid(st_makepoint(-77.033333, 38.8), 4326), true),
 (1428, '7910', 'USCSF', 'USCSF', 'Carteret', 'United States', st_setsrid(st_makepoint(-74.216667, 40.583333), 4326), true),
 (1429, '7640', 'USNYC', 'USNYC', 'New York City', 'United States', st_setsrid(st_makepoint(-74.016667, 40.7), 4326), true),
 (1430, '7630', 'USBOY', 'USBOY', 'Brooklyn', 'United States', st_setsrid(st_makepoint(-74.016667, 40.666667), 4326), true),
 (1431, '7625', 'USIS3', 'USIS3', 'City Island', 'United States', st_setsrid(st_makepoint(-73.783333, 40.85), 4326), true),
 (1432, '62950', 'RUMMK', 'RUMMK', 'Murmansk', 'Russia', st_setsrid(st_makepoint(33.05, 68.983333), 4326), true),
 (1433, '62360', 'JPNGS', 'JPNGS', 'Nagasaki', 'Japan', st_setsrid(st_makepoint(129.85, 32.716667), 4326), true),
 (1434, '62280', 'JPMIS', 'JPMIS', 'Misumi Ko', 'Japan', st_setsrid(st_makepoint(130.466667, 32.6), 4326), true),
 (1435, '62220', 'JPKOJ', 'JPKOJ', 'Kagoshima Ko', 'Japan', st_setsrid(st_makepoint(130.566667, 31.583333), 4326), true),
 (1436, '62150', 'JPBPU', 'JPBPU', 'Beppu', 'Japan', st_setsrid(st_makepoint(131.516667, 33.316667), 4326), true),
 (1437, '62145', 'JPKND', 'JPKND', 'Kanda', 'Japan', st_setsrid(st_makepoint(131.016667, 33.783333), 4326), true),
 (1438, '62140', 'JPMOJ', 'JPMOJ', 'Moji Ko', 'Japan', st_setsrid(st_makepoint(130.966667, 33.95), 4326), true),
 (1439, '62080', 'JPIHA', 'JPIHA', 'Niihama', 'Japan', st_setsrid(st_makepoint(133.283333, 33.983333), 4326), true),
 (1440, '62065', 'JPMTR', 'JPMTR', 'Muturezima Ko', 'Japan', st_setsrid(st_makepoint(130.866667, 33.966667), 4326), true),
 (1441, '61870', 'JPKIJ', 'JPKIJ', 'Niigata Ko', 'Japan', st_setsrid(st_makepoint(139.05, 37.916667), 4326), true),
 (1442, '61800', 'JPMAI', 'JPMAI', 'Maizuru Ko', 'Japan', st_setsrid(st_makepoint(135.333333, 35.516667), 4326), true),
 (1443, '61640', 'JPKRE', 'JPKRE', 'Kure', 'Japan', st_setsrid(st_makepoint(132.55, 34.233333), 4326), true),
 (1444, '61617', 'JPHAB', 'JPHAB', 'Habu Ko', 'Japan', st_setsrid(st_makepoint(133.183333, 34.283333), 4326), true),
 (1445, '61590', 'JPHIB', 'JPHIB', 'Hibi Ko', 'Japan', st_setsrid(st_makepoint(133.933333, 34.45), 4326), true),
 (1446, '61570', 'JPAIO', 'JPAIO', 'Aioi', 'Japan', st_setsrid(st_makepoint(134.466667, 34.783333), 4326), true),
 (1447, '61567', 'JPHIM', 'JPHIM', 'Himeji', 'Japan', st_setsrid(st_makepoint(134.633333, 34.75), 4326), true),
 (1448, '61560', 'JPUKB', 'JPUKB', 'Kobe', 'Japan', st_setsrid(st_makepoint(135.183333, 34.65), 4326), true),
 (1449, '61190', 'JPHKD', 'JPHKD', 'Hakodate Ko', 'Japan', st_setsrid(st_makepoint(140.716667, 41.783333), 4326), true),
 (1450, '59190', 'PHILO', 'PHILO', 'Iloilo', 'Philippines', st_setsrid(st_makepoint(122.583333, 10.7), 4326), true),
 (1451, '58960', 'PHCEB', 'PHCEB', 'Cebu', 'Philippines', st_setsrid(st_makepoint(123.9, 10.3), 4326), true),
 (1452, '58410', 'PHMSC', 'PHMSC', 'Masinloc', 'Philippines', st_setsrid(st_makepoint(119.95, 15.55), 4326), true),
 (1453, '57840', 'HKHKG', 'HKHKG', 'Hong Kong', 'Hong Kong', st_setsrid(st_makepoint(114.2, 22.266667), 4326), true),
 (1454, '57680', 'VNHPH', 'VNHPH', 'Hai Phong', 'Vietnam', st_setsrid(st_makepoint(106.683333, 20.916667), 4326), true),
 (1455, '55670', 'WSAPW', 'WSAPW', 'Apia', 'Samoa', st_setsrid(st_makepoint(-171.766667, -13.816667), 4326), true),
 (1456, '54675', 'AUGOV', 'AUGOV', 'Gove', 'Australia', st_setsrid(st_makepoint(136.7, -12.2), 4326), true),
 (1457, '54500', 'AUBUY', 'AUBUY', 'Bunbury', 'Australia', st_setsrid(st_makepoint(115.633333, -33.316667), 4326), true),
 (1458, '53460', 'AUBDB', 'AUBDB', 'Bundaberg', 'Australia', st_setsrid(st_makepoint(152.35, -24.866667), 4326), true),
 (1459, '53360', 'AUMOU', 'AUMOU', 'Mourilyan Harbour', 'Australia', st_setsrid(st_makepoint(146.133333, -17.6), 4326), true),
 (1460, '53340', 'AUCNS', 'AUCNS', 'Cairns', 'Australia', st_setsrid(st_makepoint(145.783333, -16.916667), 4326), true),
 (1461, '61372', 'JPKZU', 'JPKZU', 'Kisarazu Ko', 'Japan', st_setsrid(st_makepoint(139.883333, 35.366667), 4326), true),
 (1462, '61320', 'JPOFO', 'JPOFO', 'Ofunato', 'Japan', st_setsrid(st_makepoint(141.733333, 39.05), 4326), true),
 (1463, '61290', 'JPMYK', 'JPMYK', 'Miyako', 'Japan', st_setsrid(st_makepoint(141.983333, 39.633333), 4326), true),
 (1464, '52065', 'IDBIT', 'IDBIT', 'Bitung', 'Indonesia', st_setsrid(st_makepoint(125.183333, 1.433333), 4326), true),
 (1465, '51845', 'IDLLA', 'IDLLA', 'Lawi Lawi Oil Terminal', 'Indonesia', st_setsrid(st_makepoint(116.766667, -1.45), 4326), true),
 (1466, '51840', 'IDBPN', 'IDBPN', 'Balikpapan', 'Indonesia', st_setsrid(st_makepoint(116.816667, -1.25), 4326), true),
 (1467, '51620', 'BNMUA', 'BNMUA', 'Muara Harbor', 'Brunei', st_setsrid(st_makepoint(115.066667, 5.033333), 4326), true),
 (1468, '51600', 'MYLUT', 'MYLUT', 'Lutong', 'Malaysia', st_setsrid(st_makepoint(114.0, 4.466667), 4326), true),
 (1469, '51590', 'MYMYY', 'MYMYY', 'Miri', 'Malaysia', st_setsrid(st_makepoint(113.966667, 4.383333), 4326), true),
 (1470, '51585', 'MYBTU', 'MYBTU', 'Bintulu Port', 'Malaysia', st_setsrid(st_makepoint(113.066667, 3.266667), 4326), true),
 (1471, '48300', 'QARYN', 'QARYN', 'Al Rayyan Terminal', 'Qatar', st_setsrid(st_makepoint(51.55, 26.65), 4326), true),
 (1472, '48290', 'QADOH', 'QADOH', 'Doha', 'Qatar', st_setsrid(st_makepoint(51.533333, 25.283333), 4326), true),
 (1473, '48265', 'AEFAT', 'AEFAT', 'Fateh Oil Terminal', 'United Arab Emirates', st_setsrid(st_makepoint(54.416667, 25.583333), 4326), true),
 (1474, '48040', 'EGSUZ', 'EGSUZ', 'As Suways', 'Egypt', st_setsrid(st_makepoint(32.55, 29.966667), 4326), true),
 (1475, '47970', 'EGAQU', 'EGAQU', 'Al Qusayr', 'Egypt', st_setsrid(st_makepoint(34.283333, 26.1), 4326), true),
 (1476, '47010', 'TZDAR', 'TZDAR', 'Dar Es Salaam', 'Tanzania', st_setsrid(st_makepoint(39.3, -6.816667), 4326), true),
 (1477, '46975', 'TZMYW', 'TZMYW', 'Mtwara', 'Tanzania', st_setsrid(st_makepoint(40.2, -10.266667), 4326), true),
 (1478, '46890', 'MZBEW', 'MZBEW', 'Beira', 'Mozambique', st_setsrid(st_makepoint(34.833333, -19.833333), 4326), true),
 (1479, '46870', 'MZMPM', 'MZMPM', 'Maputo', 'Mozambique', st_setsrid(st_makepoint(32.54472222, -25.96277778), 4326), true),
 (1480, '46850', 'ZADUR', 'ZADUR', 'Durban', 'South Africa', st_setsrid(st_makepoint(31.066667, -29.866667), 4326), true),
 (1481, '46830', 'ZAELS', 'ZAELS', 'East London', 'South Africa', st_setsrid(st_makepoint(27.916667, -33.033333), 4326), true),
 (1482, '57450', 'THBKK', 'THBKK', 'Bangkok', 'Thailand', st_setsrid(st_makepoint(100.5, 13.75), 4326), true),
 (1483, '56328', NULL, NULL, 'Midway Island', 'Midway Islands', st_setsrid(st_makepoint(-177.366667, 28.183333), 4326), true),
 (1484, '46770', 'ZACPT', 'ZACPT', 'Cape Town', 'South Africa', st_setsrid(st_makepoint(18.416667, -33.916667), 4326), true),
 (1485, '46650', 'NALUD', 'NALUD', 'Luderitz Bay', 'Namibia', st_setsrid(st_makepoint(15.15, -26.65), 4326), true),
 (1486, '46238', 'NGOKN', 'NGOKN', 'Okono Terminal', 'Nigeria', st_setsrid(st_makepoint(7.3, 3.983333), 4326), true),
 (1487, '45825', 'GMBJL', 'GMBJL', 'Banjul', 'The Gambia', st_setsrid(st_makepoint(-16.566667, 13.45), 4326), true),
 (1488, '45640', 'DZORN', 'DZORN', 'Oran', 'Algeria', st_setsrid(st_makepoint(-0.633333, 35.7), 4326), true),
 (1489, '45550', 'DZBJA', 'DZBJA', 'Bejaia', 'Algeria', st_setsrid(st_makepoint(5.083333, 36.75), 4326), true),
 (1490, '44750', 'TRIZM', 'TRIZM', 'Izmir', 'Turkey', st_setsrid(st_makepoint(27.133333, 38.433333), 4326), true),
 (1491, '44610', 'TRDRC', 'TRDRC', 'Derince Burnu', 'Turkey', st_setsrid(st_makepoint(29.816667, 40.75), 4326), true),
 (1492, '44540', 'TRHAY', 'TRHAY', 'Haydarpasa', 'Turkey', st_setsrid(st_makepoint(29.016667, 41.0), 4326), true),
 (1493, '44410', 'TRGIR', 'TRGIR', 'Giresun', 'Turkey', st_setsrid(st_makepoint(38.4, 40.933333), 4326), true),
 (1494, '50970', 'IDJKT', 'IDJKT', 'Jakarta', 'Indonesia', st_setsrid(st_makepoint(106.883333, -6.1), 4326), true),
 (1495, '50730', 'IDBLW', 'IDBLW', 'Belawan', 'Indonesia', st_setsrid(st_makepoint(98.683333, 3.783333), 4326), true),
 (1496, '49982', 'MYJHB', 'MYJHB', 'Johor', 'Malaysia', st_setsrid(st_makepoint(103.9, 1.433333), 4326), true),
 (1497, '43680', 'UAKHE', 'UAKHE', 'Kherson', 'Ukraine', st_setsrid(st_makepoint(32.6, 46.616667), 4326), true),
 (1498, '43650', 'UAODS', 'UAODS', 'Odesa', 'Ukraine', st_setsrid(st_makepoint(30.733333, 46.483333), 4326), true),
 (1499, '43420', 'TRIST', 'TRIST', 'Istanbul', 'Turkey', st_setsrid(st_makepoint(28.966667, 41.016667), 4326), true),
 (1500, '41670', 'ALDRZ', 'ALDRZ', 'Durres', 'Albania', st_setsrid(st_makepoint(19.45, 41.316667), 4326), true),
 (1501, '41640', 'MEBAR', 'MEBAR', 'Bar', 'Montenegro', st_setsrid(st_makepoint(19.083333, 42.083333), 4326), true),
 (1502, '41610', 'MEKOT', 'MEKOT', 'Kotor', 'Montenegro', st_setsrid(st_makepoint(18.766667, 42.416667), 4326), true),
 (1503, '41030', 'HRBAK', 'HRBAK', 'Bakar', 'Croatia', st_setsrid(st_makepoint(14.533333, 45.3), 4326), true),
 (1504, '40500', 'ITBDS', 'ITBDS', 'Brindisi', 'Italy', st_setsrid(st_makepoint(17.983333, 40.65), 4326), true),
 (1505, '40480', 'ITGAL', 'ITGAL', 'Gallipoli', 'Italy', st_setsrid(st_makepoint(17.984, 40.06), 4326), true),
 (1506, '40110', 'ITMLZ', 'ITMLZ', 'Milazzo', 'Italy', st_setsrid(st_makepoint(15.25, 38.216667), 4326), true),
 (1507, '39950', 'ITBLN', 'ITBLN', 'Bagnoli', 'Italy', st_setsrid(st_makepoint(14.158, 40.81), 4326), true),
 (1508, '39520', 'ITSPE', 'ITSPE', 'La Spezia', 'Italy', st_setsrid(st_makepoint(9.833333, 44.1), 4326), true),
 (1509, '39470', 'ITGOA', 'ITGOA', 'Genova', 'Italy', st_setsrid(st_makepoint(8.922, 44.398), 4326), true),
 (1510, '39120', 'FRILR', 'FRILR', 'L''ile Rousse', 'France', st_setsrid(st_makepoint(8.933333, 42.633333), 4326), true),
 (1511, '38810', 'FRMRS', 'FRMRS', 'Marseille', 'France', st_setsrid(st_makepoint(5.366667, 43.316667), 4326), true),
 (1512, '51560', 'MYKCH', 'MYKCH', 'Kuching', 'Malaysia', st_setsrid(st_makepoint(110.35, 1.566667), 4326), true),
 (1513, '46205', 'NGBON', 'NGBON', 'Bonny', 'Nigeria', st_setsrid(st_makepoint(7.166667, 4.45), 4326), true),
 (1514, '46165', 'NGBUR', 'NGBUR', 'Burutu', 'Nigeria', st_setsrid(st_makepoint(5.5, 5.35), 4326), true),
 (1515, '46160', 'NGFOR', 'NGFOR', 'Forcados', 'Nigeria', st_setsrid(st_makepoint(5.433333, 5.366667), 4326), true),
 (1516, '46135', 'NGESC', 'NGESC', 'Escravos Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(5.0, 5.5), 4326), true),
 (1517, '45862', 'SLFNA', 'SLFNA', 'Freetown', 'Sierra Leone', st_setsrid(st_makepoint(-13.233333, 8.5), 4326), true),
 (1518, '38550', 'ESBCN', 'ESBCN', 'Barcelona', 'Spain', st_setsrid(st_makepoint(2.166667, 41.35), 4326), true),
 (1519, '38495', 'ESBRX', 'ESBRX', 'Burriana', 'Spain', st_setsrid(st_makepoint(-0.05, 39.883333), 4326), true),
 (1520, '38430', 'ESCAR', 'ESCAR', 'Cartagena', 'Spain', st_setsrid(st_makepoint(-0.983333, 37.583333), 4326), true),
 (1521, '38090', 'PTADH', 'PTADH', 'Angra Do Heroismo', 'Portugal', st_setsrid(st_makepoint(-27.216667, 38.65), 4326), true),
 (1522, '38080', 'PTHOR', 'PTHOR', 'Horta', 'Portugal', st_setsrid(st_makepoint(-28.633333, 38.533333), 4326), true),
 (1523, '37970', 'PTAVE', 'PTAVE', 'Aveiro', 'Portugal', st_setsrid(st_makepoint(-8.65, 40.65), 4326), true),
 (1524, '37860', 'ESMPG', 'ESMPG', 'Marin', 'Spain', st_setsrid(st_makepoint(-8.7, 42.4), 4326), true),
 (1525, '32240', 'GBFRB', 'GBFRB', 'Fraserburgh Harbor', 'United Kingdom', st_setsrid(st_makepoint(-2.0, 57.683333), 4326), true),
 (1526, '32200', 'GBMON', 'GBMON', 'Montrose', 'United Kingdom', st_setsrid(st_makepoint(-2.466667, 56.7), 4326), true),
 (1527, '32170', 'GBDUN', 'GBDUN', 'Dundee', 'United Kingdom', st_setsrid(st_makepoint(-2.95, 56.466667), 4326), true),
 (1528, '31860', 'GBBWK', 'GBBWK', 'Berwick-Upon-Tweed', 'United Kingdom', st_setsrid(st_makepoint(-2.0, 55.766667), 4326), true),
 (1529, '31820', 'GBBLY', 'GBBLY', 'Blyth', 'United Kingdom', st_setsrid(st_makepoint(-1.5, 55.116667), 4326), true),
 (1530, '31580', 'GBGTY', 'GBGTY', 'Great Yarmouth', 'United Kingdom', st_setsrid(st_makepoint(1.733333, 52.616667), 4326), true),
 (1531, '31570', 'GBLOW', 'GBLOW', 'Lowestoft', 'United Kingdom', st_setsrid(st_makepoint(1.75, 52.483333), 4326), true),
 (1532, '31560', 'GBFXT', 'GBFXT', 'Felixstowe', 'United Kingdom', st_setsrid(st_makepoint(1.316667, 51.95), 4326), true),
 (1533, '31530', 'GBHRW', 'GBHRW', 'Harwich', 'United Kingdom', st_setsrid(st_makepoint(1.283333, 51.95), 4326), true),
 (1534, '31420', 'GBGVS', 'GBGVS', 'Gravesend', 'United Kingdom', st_setsrid(st_makepoint(0.366667, 51.45), 4326), true),
 (1535, '31290', 'BEBGS', 'BEBGS', 'Bruges', 'Belgium', st_setsrid(st_makepoint(3.216667, 51.233333), 4326), true),
 (1536, '31270', 'BEGNE', 'BEGNE', 'Ghent', 'Belgium', st_setsrid(st_makepoint(3.733333, 51.066667), 4326), true),
 (1537, '31260', 'BEBRU', 'BEBRU', 'Bruxelles', 'Belgium', st_setsrid(st_makepoint(4.35, 50.866667), 4326), true),
 (1538, '31250', 'BEANR', 'BEANR', 'Antwerpen', 'Belgium', st_setsrid(st_makepoint(4.4, 51.216667), 4326), true),
 (1539, '31060', 'NLAMS', 'NLAMS', 'Amsterdam', 'Netherlands', st_setsrid(st_makepoint(4.9, 52.366667), 4326), true),
 (1540, '31040', 'NLIJM', 'NLIJM', 'Ijmuiden', 'Netherlands', st_setsrid(st_makepoint(4.583333, 52.466667), 4326), true),
 (1541, '30680', 'DEHUS', 'DEHUS', 'Husum', 'Germany', st_setsrid(st_makepoint(9.05, 54.483333), 4326), true),
 (1542, '27280', 'SEKXV', 'SEKXV', 'Karlsborg', 'Sweden', st_setsrid(st_makepoint(23.283333, 65.8), 4326), true),
 (1543, '27220', 'SELLA', 'SELLA', 'Lulea', 'Sweden', st_setsrid(st_makepoint(22.166667, 65.583333), 4326), true),
 (1544, '25330', 'SENYN', 'SENYN', 'Nynashamn', 'Sweden', st_setsrid(st_makepoint(17.966667, 58.9), 4326), true),
 (1545, '25290', 'SENYO', 'SENYO', 'Nykoping', 'Sweden', st_setsrid(st_makepoint(17.016667, 58.75), 4326), true),
 (1546, '24570', 'SEKLR', 'SEKLR', 'Kalmar', 'Sweden', st_setsrid(st_makepoint(16.366667, 56.666667), 4326), true),
 (1547, '24460', 'SEKAA', 'SEKAA', 'Karlskrona', 'Sweden', st_setsrid(st_makepoint(15.6, 56.166667), 4326), true),
 (1548, '7370', 'USNBD', 'USNBD', 'New Bedford', 'United States', st_setsrid(st_makepoint(-70.916667, 41.633333), 4326), true),
 (1549, '7250', 'USBOS', 'USBOS', 'Boston', 'United States', st_setsrid(st_makepoint(-71.05, 42.35), 4326), true),
 (1550, '7210', 'USGLC', 'USGLC', 'Gloucester', 'United States', st_setsrid(st_makepoint(-75.133333, 39.9), 4326), true),
 (1551, '7080', 'USBTH', 'USBTH', 'Bath', 'United States', st_setsrid(st_makepoint(-69.816667, 43.916667), 4326), true),
 (1552, '37190', 'FRBOD', 'FRBOD', 'Bordeaux', 'France', st_setsrid(st_makepoint(-0.566667, 44.866667), 4326), true),
 (1553, '37010', 'FRLRH', 'FRLRH', 'La Rochelle', 'France', st_setsrid(st_makepoint(-1.15, 46.15), 4326), true),
 (1554, '37000', 'FRLPE', 'FRLPE', 'La Pallice', 'France', st_setsrid(st_makepoint(-1.216667, 46.166667), 4326), true),
 (1555, '35810', 'FRDPE', 'FRDPE', 'Dieppe', 'France', st_setsrid(st_makepoint(1.083333, 49.933333), 4326), true),
 (1556, '35730', 'FRDKK', 'FRDKK', 'Dunkerque Port Est', 'France', st_setsrid(st_makepoint(2.383333, 51.05), 4326), true),
 (1557, '35710', 'GBDVR', 'GBDVR', 'Dover Harbor', 'United Kingdom', st_setsrid(st_makepoint(1.333333, 51.116667), 4326), true),
 (1558, '35650', 'GBNHV', 'GBNHV', 'Newhaven Harbour', 'United Kingdom', st_setsrid(st_makepoint(0.05, 50.783333), 4326), true),
 (1559, '35610', 'GBLIT', 'GBLIT', 'Littlehampton Harbour', 'United Kingdom', st_setsrid(st_makepoint(-0.533333, 50.783333), 4326), true),
 (1560, '35550', 'GBCOW', 'GBCOW', 'Cowes Harbour', 'United Kingdom', st_setsrid(st_makepoint(-1.3, 50.766667), 4326), true),
 (1561, '35390', 'GBDTM', 'GBDTM', 'Dartmouth Harbour', 'United Kingdom', st_setsrid(st_makepoint(-3.616667, 50.35), 4326), true),
 (1562, '35200', 'GBHAY', 'GBHAY', 'Hayle', 'United Kingdom', st_setsrid(st_makepoint(-5.416667, 50.183333), 4326), true),
 (1563, '35060', 'GBAVO', 'GBAVO', 'Avonmouth', 'United Kingdom', st_setsrid(st_makepoint(-2.716667, 51.5), 4326), true),
 (1564, '35010', 'GBCDF', 'GBCDF', 'Cardiff', 'United Kingdom', st_setsrid(st_makepoint(-3.166667, 51.45), 4326), true),
 (1565, '34990', 'GBBAD', 'GBBAD', 'Barry', 'United Kingdom', st_setsrid(st_makepoint(-3.266667, 51.4), 4326), true),
 (1566, '34880', 'GBMLF', 'GBMLF', 'Milford Haven', 'United Kingdom', st_setsrid(st_makepoint(-5.033333, 51.716667), 4326), true),
 (1567, '33830', 'GBLDY', 'GBLDY', 'Londonderry', 'United Kingdom', st_setsrid(st_makepoint(-7.316667, 55.0), 4326), true),
 (1568, '33610', 'IMDGS', 'IMDGS', 'Douglas', 'Isle of Man', st_setsrid(st_makepoint(-4.466667, 54.15), 4326), true),
 (1569, '33520', 'GBMLP', 'GBMLP', 'Millport', 'United Kingdom', st_setsrid(st_makepoint(-4.916667, 55.75), 4326), true),
 (1570, '33340', 'GBASG', 'GBASG', 'Ardrishaig', 'United Kingdom', st_setsrid(st_makepoint(-5.45, 56.016667), 4326), true),
 (1571, '33300', 'GBCBT', 'GBCBT', 'Campbeltown', 'United Kingdom', st_setsrid(st_makepoint(-5.6, 55.433333), 4326), true),
 (1572, '6410', 'CABKN', 'CABKN', 'Liverpool (Brooklyn)', 'Canada', st_setsrid(st_makepoint(-64.65, 44.033333), 4326), true),
 (1573, '6340', 'CAHAL', 'CAHAL', 'Halifax', 'Canada', st_setsrid(st_makepoint(-63.583333, 44.65), 4326), true),
 (1574, '19781', 'USHOM', 'USHOM', 'Homer', 'United States', st_setsrid(st_makepoint(-151.416667, 59.6), 4326), true),
 (1575, '19610', 'USEXI', 'USEXI', 'Excursion Inlet', 'United States', st_setsrid(st_makepoint(-135.45, 58.416667), 4326), true),
 (1576, '19460', 'USHNH', 'USHNH', 'Hoonah', 'United States', st_setsrid(st_makepoint(-135.45, 58.116667), 4326), true),
 (1577, '19160', NULL, NULL, 'Knudson Cove', 'United States', st_setsrid(st_makepoint(-131.8, 55.466667), 4326), true),
 (1578, '19000', 'CAMSS', 'CAMSS', 'Masset Harbor', 'Canada', st_setsrid(st_makepoint(-132.15, 54.016667), 4326), true),
 (1579, '18923', NULL, NULL, 'Kemano Bay', 'Canada', st_setsrid(st_makepoint(-128.133333, 53.483333), 4326), true),
 (1580, '18835', 'CACAU', 'CACAU', 'Coal Harbor', 'Canada', st_setsrid(st_makepoint(-127.583333, 50.6), 4326), true),
 (1581, '18680', 'CAESQ', 'CAESQ', 'Esquimalt Harbor', 'Canada', st_setsrid(st_makepoint(-123.433333, 48.433333), 4326), true),
 (1582, '18570', 'CACRO', 'CACRO', 'Crofton', 'Canada', st_setsrid(st_makepoint(-123.633333, 48.866667), 4326), true),
 (1583, '18560', 'CACHM', 'CACHM', 'Chemainus', 'Canada', st_setsrid(st_makepoint(-123.716667, 48.933333), 4326), true),
 (1584, '18520', 'CANNO', 'CANNO', 'Nanaimo', 'Canada', st_setsrid(st_makepoint(-123.933333, 49.166667), 4326), true),
 (1585, '18460', 'CACOX', 'CACOX', 'Comox Harbor', 'Canada', st_setsrid(st_makepoint(-124.916667, 49.666667), 4326), true),
 (1586, '18450', 'CACAM', 'CACAM', 'Campbell River', 'Canada', st_setsrid(st_makepoint(-125.2356667, 50.03244444), 4326), true),
 (1587, '18110', 'CAFRR', 'CAFRR', 'Fraser Mills', 'Canada', st_setsrid(st_makepoint(-122.8559667, 49.22414722), 4326), true),
 (1588, '18100', 'CANWE', 'CANWE', 'New Westminster', 'Canada', st_setsrid(st_makepoint(-122.916667, 49.2), 4326), true),
 (1589, '17780', 'USMKI', 'USMKI', 'Mukilteo', 'United States', st_setsrid(st_makepoint(-122.3, 47.95), 4326), true),
 (1590, '28880', 'DETRV', 'DETRV', 'Lubeck-Travemunde', 'Germany', st_setsrid(st_makepoint(10.883333, 53.966667), 4326), true),
 (1591, '27580', 'FIUKP', 'FIUKP', 'Nykarleby', 'Finland', st_setsrid(st_makepoint(22.533333, 63.516667), 4326), true),
 (1592, '15410', 'PABLB', 'PABLB', 'Balboa', 'Panama', st_setsrid(st_makepoint(-79.566667, 8.95), 4326), true),
 (1593, '14940', 'PECON', 'PECON', 'Conchan Oil Terminal', 'Peru', st_setsrid(st_makepoint(-77.0, -12.166667), 4326), true),
 (1594, '14570', 'CLCQQ', 'CLCQQ', 'Coquimbo', 'Chile', st_setsrid(st_makepoint(-71.333333, -29.95), 4326), true),
 (1595, '13920', 'ARCRD', 'ARCRD', 'Comodoro Rivadavia', 'Argentina', st_setsrid(st_makepoint(-67.466667, -45.866667), 4326), true),
 (1596, '13815', 'ARBHI', 'ARBHI', 'Bahia Blanca', 'Argentina', st_setsrid(st_makepoint(-62.266667, -38.783333), 4326), true),
 (1597, '13020', 'BRITJ', 'BRITJ', 'Itajai', 'Brazil', st_setsrid(st_makepoint(-48.633333, -26.916667), 4326), true),
 (1598, '21610', 'NOHRD', 'NOHRD', 'Harstad', 'Norway', st_setsrid(st_makepoint(16.55, 68.8), 4326), true),
 (1599, '5750', 'CACHA', 'CACHA', 'Charlottetown', 'Canada', st_setsrid(st_makepoint(-63.133333, 46.233333), 4326), true),
 (1600, '4760', 'USGYY', 'USGYY', 'Gary', 'United States', st_setsrid(st_makepoint(-87.333333, 41.616667), 4326), true),
 (1601, '20430', 'USDRG', 'USDRG', 'Deering', 'United States', st_setsrid(st_makepoint(-162.733333, 66.083333), 4326), true),
 (1602, '20120', 'USDUT', 'USDUT', 'Dutch Harbor', 'United States', st_setsrid(st_makepoint(-166.533333, 53.9), 4326), true),
 (1603, '12500', 'BRCMA', 'BRCMA', 'Cameta', 'Brazil', st_setsrid(st_makepoint(-49.5, -2.25), 4326), true),
 (1604, '12405', 'SRICK', 'SRICK', 'Nieuw Nickerie', 'Suriname', st_setsrid(st_makepoint(-57.0, 5.95), 4326), true),
 (1605, '9300', 'USCRP', 'USCRP', 'Corpus Christi', 'United States', st_setsrid(st_makepoint(-97.4, 27.816667), 4326), true),
 (1606, '9170', 'USHPY', 'USHPY', 'Baytown', 'United States', st_setsrid(st_makepoint(-95.016667, 29.733333), 4326), true),
 (1607, '9070', 'USORG', 'USORG', 'Orange', 'United States', st_setsrid(st_makepoint(-93.733333, 30.083333), 4326), true),
 (1608, '9040', 'USLCH', 'USLCH', 'Lake Charles', 'United States', st_setsrid(st_makepoint(-93.25, 30.216667), 4326), true),
 (1609, '9000', 'USLMO', 'USLMO', 'Morgan City', 'United States', st_setsrid(st_makepoint(-91.216667, 29.7), 4326), true),
 (1610, '8980', 'USLO9', 'USLO9', 'Loop Terminal', 'United States', st_setsrid(st_makepoint(-90.016667, 28.883333), 4326), true),
 (1611, '8800', 'USGPT', 'USGPT', 'Gulfport', 'United States', st_setsrid(st_makepoint(-89.083333, 30.35), 4326), true),
 (1612, '8730', 'USAAF', 'USAAF', 'Apalachicola', 'United States', st_setsrid(st_makepoint(-84.983333, 29.716667), 4326), true),
 (1613, '8665', 'USBCG', 'USBCG', 'Boca Grande', 'United States', st_setsrid(st_makepoint(-82.333333, 26.7), 4326), true),
 (1614, '8595', 'USPCV', 'USPCV', 'Canaveral Harbor', 'United States', st_setsrid(st_makepoint(-80.616667, 28.7), 4326), true),
 (1615, '8550', 'USSSI', 'USSSI', 'Brunswick', 'United States', st_setsrid(st_makepoint(-81.5, 31.15), 4326), true),
 (1616, '8540', 'USDIE', 'USDIE', 'Darien', 'United States', st_setsrid(st_makepoint(-81.433333, 31.366667), 4326), true),
 (1617, '8520', 'USBFT', 'USBFT', 'Beaufort', 'United States', st_setsrid(st_makepoint(-80.666667, 32.433333), 4326), true),
 (1618, '4330', NULL, NULL, 'Marine City', 'United States', st_setsrid(st_makepoint(-82.5, 42.716667), 4326), true),
 (1619, '4320', 'USALG', 'USALG', 'Algonac', 'United States', st_setsrid(st_makepoint(-82.516667, 42.616667), 4326), true),
 (1620, '4250', NULL, NULL, 'Desbarats', 'Canada', st_setsrid(st_makepoint(-83.916667, 46.333333), 4326), true),
 (1621, '3900', 'CACOL', 'CACOL', 'Collingwood', 'Canada', st_setsrid(st_makepoint(-80.233333, 44.5), 4326), true),
 (1622, '3880', 'CAMFD', 'CAMFD', 'Meaford', 'Canada', st_setsrid(st_makepoint(-80.6, 44.616667), 4326), true),
 (1623, '3730', 'CAGOH', 'CAGOH', 'Goderich', 'Canada', st_setsrid(st_makepoint(-81.733333, 43.75), 4326), true),
 (1624, '3670', 'CACRR', 'CACRR', 'Courtright', 'Canada', st_setsrid(st_makepoint(-82.466667, 42.816667), 4326), true),
 (1625, '3620', 'USDET', 'USDET', 'Detroit', 'United States', st_setsrid(st_makepoint(-83.033333, 42.333333), 4326), true),
 (1626, '3030', NULL, NULL, 'Bronte', 'Canada', st_setsrid(st_makepoint(-79.716667, 43.4), 4326), true),
 (1627, '2800', 'USCLY', 'USCLY', 'Clayton', 'United States', st_setsrid(st_makepoint(-76.05, 44.233333), 4326), true),
 (1628, '2770', 'USOGS', 'USOGS', 'Ogdensburg', 'United States', st_setsrid(st_makepoint(-75.5, 44.7), 4326), true),
 (1629, '2235', 'CAMTR', 'CAMTR', 'Montreal', 'Canada', st_setsrid(st_makepoint(-73.55, 45.516667), 4326), true),
 (1630, '1990', 'CAMNE', 'CAMNE', 'Matane', 'Canada', st_setsrid(st_makepoint(-67.533333, 48.85), 4326), true),
 (1631, '13740', 'ARCOU', 'ARCOU', 'Concepcion Del Uruguay', 'Argentina', st_setsrid(st_makepoint(-58.233333, -32.483333), 4326), true),
 (1632, '14110', NULL, NULL, 'Bahia Agua Fresca', 'Chile', st_setsrid(st_makepoint(-70.966667, -53.383333), 4326), true),
 (1633, '18780', NULL, NULL, 'Clayoquot', 'Canada', st_setsrid(st_makepoint(-125.916667, 49.15), 4326), true),
 (1634, '28900', 'DENGL', 'DENGL', 'Neustadt', 'Germany', st_setsrid(st_makepoint(10.816667, 54.1), 4326), true),
 (1635, '18140', 'CAMIB', 'CAMIB', 'Mission City', 'Canada', st_setsrid(st_makepoint(-122.2586111, 49.14638889), 4326), true),
 (1636, '18860', 'CAAAL', 'CAAAL', 'Alert Bay', 'Canada', st_setsrid(st_makepoint(-126.933333, 50.583333), 4326), true),
 (1637, '18890', 'CABLC', 'CABLC', 'Bella Coola', 'Canada', st_setsrid(st_makepoint(-126.8, 52.366667), 4326), true),
 (1638, '6730', 'USDZT', 'USDZT', 'Mount Desert', 'United States', st_setsrid(st_makepoint(-68.333333, 44.366667), 4326), true),
 (1639, '34780', 'GBCNV', 'GBCNV', 'Caernarvon', 'United Kingdom', st_setsrid(st_makepoint(-4.266667, 53.15), 4326), true),
 (1640, '35760', 'FRBOL', 'FRBOL', 'Boulogne-Sur-Mer', 'France', st_setsrid(st_makepoint(1.6, 50.733333), 4326), true),
 (1641, '37170', 'FRAMS', 'FRAMS', 'Ambes', 'France', st_setsrid(st_makepoint(-0.533333, 45.016667), 4326), true),
 (1642, '29180', 'DKFAK', 'DKFAK', 'Fakse Ladeplads Havn', 'Denmark', st_setsrid(st_makepoint(12.166667, 55.216667), 4326), true),
 (1643, '30095', 'DKAUB', 'DKAUB', 'Augustenborg', 'Denmark', st_setsrid(st_makepoint(9.866667, 54.95), 4326), true),
 (1644, '31080', 'NLHVH', 'NLHVH', 'Hoek Van Holland', 'Netherlands', st_setsrid(st_makepoint(4.133333, 51.95), 4326), true),
 (1645, '38433', NULL, NULL, 'Islas Hormigas', 'Spain', st_setsrid(st_makepoint(-0.65, 37.65), 4326), true),
 (1646, '38585', NULL, NULL, 'Las Hormigas', 'Spain', st_setsrid(st_makepoint(3.183333, 41.866667), 4326), true),
 (1647, '40000', 'ITCAS', 'ITCAS', 'Castellammare Di Stabia', 'Italy', st_setsrid(st_makepoint(14.476, 40.7), 4326), true),
 (1648, '40210', 'ITLIC', 'ITLIC', 'Licata', 'Italy', st_setsrid(st_makepoint(13.936, 37.092), 4326), true),
 (1649, '40340', 'MTMAR', 'MTMAR', 'Marsaxlokk', 'Malta', st_setsrid(st_makepoint(14.55, 35.816667), 4326), true),
 (1650, '43340', 'TRGEM', 'TRGEM', 'Gemlik', 'Turkey', st_setsrid(st_makepoint(29.116667, 40.416667), 4326), true),
 (1651, '50650', 'IDLSW', 'IDLSW', 'Lhokseumawe', 'Indonesia', st_setsrid(st_makepoint(97.116667, 5.25), 4326), true),
 (1652, '51484', 'IDBET', 'IDBET', 'Belida Marine Terminal', 'Indonesia', st_setsrid(st_makepoint(105.133333, 4.133333), 4326), true),
 (1653, '44350', 'GEBUS', 'GEBUS', 'Batumi', 'Georgia', st_setsrid(st_makepoint(41.65, 41.65), 4326), true),
 (1654, '44620', 'TRIZT', 'TRIZT', 'Izmit', 'Turkey', st_setsrid(st_makepoint(29.916667, 40.766667), 4326), true),
 (1655, '44690', 'TRCKZ', 'TRCKZ', 'Canakkale', 'Turkey', st_setsrid(st_makepoint(26.4, 40.15), 4326), true),
 (1656, '44880', 'TRISK', 'TRISK', 'Iskenderun', 'Turkey', st_setsrid(st_makepoint(36.166667, 36.6), 4326), true),
 (1657, '45084', 'ILHAD', 'ILHAD', 'Hadera', 'Israel', st_setsrid(st_makepoint(34.9, 32.466667), 4326), true),
 (1658, '56855', 'PGKIE', 'PGKIE', 'Kieta', 'Papua New Guinea', st_setsrid(st_makepoint(155.633333, -6.216667), 4326), true),
 (1659, '57200', 'VULUG', 'VULUG', 'Luganville', 'Vanuatu', st_setsrid(st_makepoint(167.166667, -15.516667), 4326), true),
 (1660, '47855', 'DJDCT', 'DJDCT', 'Doraleh', 'Djibouti', st_setsrid(st_makepoint(43.083333, 11.6), 4326), true),
 (1661, '48108', NULL, NULL, 'Duba Bulk Plant Tanker Terminal', 'Saudi Arabia', st_setsrid(st_makepoint(35.9, 27.316667), 4326), true),
 (1662, '51811', 'IDBXT', 'IDBXT', 'Bontang Lng Terminal', 'Indonesia', st_setsrid(st_makepoint(117.483333, 0.1), 4326), true),
 (1663, '52523', 'IDLAH', 'IDLAH', 'Labuha', 'Indonesia', st_setsrid(st_makepoint(127.466667, -0.633333), 4326), true),
 (1664, '61310', 'JPKIS', 'JPKIS', 'Kamaishi Ko', 'Japan', st_setsrid(st_makepoint(141.9, 39.266667), 4326), true),
 (1665, '61357', 'JPKSM', 'JPKSM', 'Kashima Ko', 'Japan', st_setsrid(st_makepoint(140.7, 35.933333), 4326), true),
 (1666, '56270', NULL, NULL, 'Barbers Point Terminal', 'United States', st_setsrid(st_makepoint(-158.1, 21.266667), 4326), true),
 (1667, '57768', 'CNBSP', 'CNBSP', 'Basuo', 'China', st_setsrid(st_makepoint(108.616667, 19.1), 4326), true),
 (1668, '62085', 'JPMKX', 'JPMKX', 'Mishima-Kawanoe Ko', 'Japan', st_setsrid(st_makepoint(133.55, 34.0), 4326), true),
 (1669, '62720', 'RUDUD', 'RUDUD', 'Dudinka', 'Russia', st_setsrid(st_makepoint(86.166667, 69.4), 4326), true),
 (1670, '7590', 'USORQ', 'USORQ', 'Norwalk', 'United States', st_setsrid(st_makepoint(-73.416667, 41.1), 4326), true),
 (1671, '8020', 'USAIY', 'USAIY', 'Atlantic City', 'United States', st_setsrid(st_makepoint(-74.416667, 39.366667), 4326), true),
 (1672, '8120', 'USGLC', 'USGLC', 'Gloucester', 'United States', st_setsrid(st_makepoint(-70.666667, 42.6), 4326), true),
 (1673, '590', 'GLUAK', 'GLUAK', 'Narsarssuaq', 'Greenland', st_setsrid(st_makepoint(-45.433333, 61.15), 4326), true),
 (1674, '2670', 'CACDN', 'CACDN', 'Cardinal', 'Canada', st_setsrid(st_makepoint(-75.383333, 44.783333), 4326), true),
 (1675, '3015', 'CACSN', 'CACSN', 'Clarkson', 'Canada', st_setsrid(st_makepoint(-79.6, 43.5), 4326), true),
 (1676, '9030', NULL, NULL, 'Haymark Terminal', 'United States', st_setsrid(st_makepoint(-93.316667, 30.133333), 4326), true),
 (1677, '9395', 'MXCAT', 'MXCAT', 'Cayo Arcas Terminal', 'Mexico', st_setsrid(st_makepoint(-91.983333, 20.166667), 4326), true),
 (1678, '1890', 'CAHSP', 'CAHSP', 'Havre St Pierre', 'Canada', st_setsrid(st_makepoint(-63.6, 50.233333), 4326), true),
 (1679, '8990', 'USGIJ', 'USGIJ', 'Grand Isle', 'United States', st_setsrid(st_makepoint(-90.0, 29.233333), 4326), true),
 (1680, '12380', 'GYLDN', 'GYLDN', 'Linden', 'Guyana', st_setsrid(st_makepoint(-58.3, 6.0), 4326), true),
 (1681, '21920', 'NOBTS', 'NOBTS', 'Brettesnes', 'Norway', st_setsrid(st_makepoint(14.85, 68.233333), 4326), true),
 (1682, '22120', 'NODRG', 'NODRG', 'Drag', 'Norway', st_setsrid(st_makepoint(16.083333, 68.05), 4326), true),
 (1683, '11460', 'GPBBR', 'GPBBR', 'Basse Terre', 'Guadeloupe', st_setsrid(st_makepoint(-61.733333, 16.0), 4326), true),
 (1684, '12390', 'GYNAM', 'GYNAM', 'New Amsterdam', 'Guyana', st_setsrid(st_makepoint(-57.516667, 6.25), 4326), true),
 (1685, '12455', 'GFDDC', 'GFDDC', 'Degrad Des Cannes', 'French Guiana', st_setsrid(st_makepoint(-52.266667, 4.85), 4326), true),
 (1686, '20486', NULL, NULL, 'Bernard Harbor', 'United States', st_setsrid(st_makepoint(-143.633333, 70.133333), 4326), true),
 (1687, '30350', 'DKMRR', 'DKMRR', 'Mariager', 'Denmark', st_setsrid(st_makepoint(9.983333, 56.65), 4326), true),
 (1688, '30360', 'DKHBO', 'DKHBO', 'Hobro', 'Denmark', st_setsrid(st_makepoint(9.8, 56.633333), 4326), true),
 (1689, '42420', 'GRKYM', 'GRKYM', 'Kymassi', 'Greece', st_setsrid(st_makepoint(23.466667, 38.833333), 4326), true),
 (1690, '31085', 'NLEUR', 'NLEUR', 'Europoort', 'Netherlands', st_setsrid(st_makepoint(4.116667, 51.95), 4326), true),
 (1691, '31100', 'NLMSL', 'NLMSL', 'Maassluis', 'Netherlands', st_setsrid(st_makepoint(4.25, 51.916667), 4326), true),
 (1692, '31470', 'GBLON', 'GBLON', 'London', 'United Kingdom', st_setsrid(st_makepoint(-0.083333, 51.5), 4326), true),
 (1693, '31630', 'GBBOS', 'GBBOS', 'Boston', 'United Kingdom', st_setsrid(st_makepoint(-0.016667, 52.966667), 4326), true),
 (1694, '31940', 'GBGRN', 'GBGRN', 'Granton', 'United Kingdom', st_setsrid(st_makepoint(-3.216667, 55.983333), 4326), true),
 (1695, '32030', 'GBBTL', 'GBBTL', 'Burntisland', 'United Kingdom', st_setsrid(st_makepoint(-3.233333, 56.05), 4326), true),
 (1696, '32250', 'GBMCD', 'GBMCD', 'Macduff', 'United Kingdom', st_setsrid(st_makepoint(-2.5, 57.666667), 4326), true),
 (1697, '32370', 'GBHMA', 'GBHMA', 'Helmsdale Harbor', 'United Kingdom', st_setsrid(st_makepoint(-3.65, 58.116667), 4326), true),
 (1698, '38170', 'ESLPA', 'ESLPA', 'Las Palmas', 'Spain', st_setsrid(st_makepoint(-15.416667, 28.15), 4326), true),
 (1699, '38370', 'ESAGP', 'ESAGP', 'Malaga', 'Spain', st_setsrid(st_makepoint(-4.416667, 36.716667), 4326), true),
 (1700, '59475', 'PHGIN', 'PHGIN', 'Gingoog', 'Philippines', st_setsrid(st_makepoint(125.1, 8.833333), 4326), true),
 (1701, '61862', 'JPHMK', 'JPHMK', 'Himekawa', 'Japan', st_setsrid(st_makepoint(137.85, 37.033333), 4326), true),
 (1702, '38980', 'FRANT', 'FRANT', 'Antibes', 'France', st_setsrid(st_makepoint(7.133333, 43.583333), 4326), true),
 (1703, '39060', 'FRBIA', 'FRBIA', 'Bastia', 'France', st_setsrid(st_makepoint(9.45, 42.7), 4326), true),
 (1704, '39110', 'FRCLY', 'FRCLY', 'Calvi', 'France', st_setsrid(st_makepoint(8.75, 42.566667), 4326), true),
 (1705, '39250', 'ITCLF', 'ITCLF', 'Carloforte', 'Italy', st_setsrid(st_makepoint(8.317, 39.147), 4326), true),
 (1706, '40115', 'ITGIT', 'ITGIT', 'Gioia Tauro', 'Italy', st_setsrid(st_makepoint(15.89, 38.444), 4326), true),
 (1707, '40220', 'ITGEA', 'ITGEA', 'Gela', 'Italy', st_setsrid(st_makepoint(14.25, 37.066667), 4326), true),
 (1708, '40270', 'ITCTA', 'ITCTA', 'Catania', 'Italy', st_setsrid(st_makepoint(15.1, 37.5), 4326), true),
 (1709, '40830', 'ITUGG', 'ITUGG', 'Muggia', 'Italy', st_setsrid(st_makepoint(13.766667, 45.6), 4326), true),
 (1710, '40985', NULL, NULL, 'Brsica', 'Croatia', st_setsrid(st_makepoint(14.05, 45.033333), 4326), true),
 (1711, '43280', 'GRPKK', 'GRPKK', 'Lakki', 'Greece', st_setsrid(st_makepoint(26.85, 37.133333), 4326), true),
 (1712, '43566', 'ROCEV', 'ROCEV', 'Cernavoda', 'Romania', st_setsrid(st_makepoint(28.05, 44.333333), 4326), true),
 (1713, '43677', NULL, NULL, 'Dnipro-Buzkyy', 'Ukraine', st_setsrid(st_makepoint(31.883333, 46.733333), 4326), true),
 (1714, '57325', 'NCBUG', 'NCBUG', 'Baie Ugue', 'New Caledonia', st_setsrid(st_makepoint(165.55, -21.15), 4326), true),
 (1715, '43720', NULL, NULL, 'Khorly', 'Ukraine', st_setsrid(st_makepoint(33.283333, 46.083333), 4326), true),
 (1716, '44162', 'RUKZP', 'RUKZP', 'Kavkaz Oil Terminal', 'Russia', st_setsrid(st_makepoint(36.65, 45.333333), 4326), true),
 (1717, '48327', 'BHKBS', 'BHKBS', 'Khalifa Bin Salman', 'Bahrain', st_setsrid(st_makepoint(50.75, 26.25), 4326), true),
 (1718, '48590', 'PKGWD', 'PKGWD', 'Gwadar', 'Pakistan', st_setsrid(st_makepoint(62.3, 25.133333), 4326), true),
 (1719, '49890', 'MYLUM', 'MYLUM', 'Lumut', 'Malaysia', st_setsrid(st_makepoint(100.633333, 4.233333), 4326), true),
 (1720, '50100', 'IDDAS', 'IDDAS', 'Dabo', 'Indonesia', st_setsrid(st_makepoint(104.566667, -0.5), 4326), true),
 (1721, '50740', 'IDKKA', 'IDKKA', 'Kuala Kapus', 'Indonesia', st_setsrid(st_makepoint(114.366667, 3.0), 4326), true),
 (1722, '51205', 'IDCEB', 'IDCEB', 'Celukan Bawang', 'Indonesia', st_setsrid(st_makepoint(114.833333, -8.183333), 4326), true),
 (1723, '51260', 'IDBOA', 'IDBOA', 'Benoa', 'Indonesia', st_setsrid(st_makepoint(115.216667, -8.75), 4326), true),
 (1724, '51320', 'IDMOF', 'IDMOF', 'Maumere', 'Indonesia', st_setsrid(st_makepoint(122.216667, -8.616667), 4326), true),
 (1725, '57411', 'MYKEM', 'MYKEM', 'Kemaman Harbor', 'Malaysia', st_setsrid(st_makepoint(103.466667, 4.25), 4326), true),
 (1726, '57420', 'MYTGG', 'MYTGG', 'Kuala Trengganu', 'Malaysia', st_setsrid(st_makepoint(103.133333, 5.35), 4326), true),
 (1727, '57642', NULL, NULL, 'Dai Hang', 'Vietnam', st_setsrid(st_makepoint(108.683333, 8.483333), 4326), true),
 (1728, '46970', 'TZMIK', 'TZMIK', 'Mikindani', 'Tanzania', st_setsrid(st_makepoint(40.133333, -10.266667), 4326), true),
 (1729, '47140', NULL, NULL, 'Baraawe', 'Somalia', st_setsrid(st_makepoint(44.05, 1.1), 4326), true),
 (1730, '47300', 'KMYVA', 'KMYVA', 'Moroni', 'Comoros', st_setsrid(st_makepoint(43.25, -11.7), 4326), true),
 (1731, '47974', 'EGHAM', 'EGHAM', 'Hamrawein', 'Egypt', st_setsrid(st_makepoint(34.2, 26.25), 4326), true),
 (1732, '48268', 'AEMBS', 'AEMBS', 'Mubarraz Oil Terminal', 'United Arab Emirates', st_setsrid(st_makepoint(53.516667, 24.433333), 4326), true),
 (1733, '51733', 'MYBKP', 'MYBKP', 'Bakapit', 'Malaysia', st_setsrid(st_makepoint(118.583333, 4.95), 4326), true),
 (1734, '52040', 'IDMDC', 'IDMDC', 'Manado', 'Indonesia', st_setsrid(st_makepoint(124.833333, 1.5), 4326), true),
 (1735, '53000', NULL, NULL, 'Miei', 'Indonesia', st_setsrid(st_makepoint(134.5, -2.733333), 4326), true),
 (1736, '61245', 'JPISI', 'JPISI', 'Ishikari Bay New Port', 'Japan', st_setsrid(st_makepoint(141.283333, 43.216667), 4326), true),
 (1737, '61325', 'JPKSN', 'JPKSN', 'Kesennuma Ko', 'Japan', st_setsrid(st_makepoint(141.6, 38.866667), 4326), true),
 (1738, '61330', 'JPONG', 'JPONG', 'Onagawa', 'Japan', st_setsrid(st_makepoint(141.45, 38.45), 4326), true),
 (1739, '61340', 'JPISM', 'JPISM', 'Ishinomaki Ko', 'Japan', st_setsrid(st_makepoint(141.316667, 38.4), 4326), true),
 (1740, '61355', 'JPONA', 'JPONA', 'Onahama Ko', 'Japan', st_setsrid(st_makepoint(140.9, 36.933333), 4326), true),
 (1741, '61375', 'JPCHB', 'JPCHB', 'Chiba Ko', 'Japan', st_setsrid(st_makepoint(140.066667, 35.583333), 4326), true),
 (1742, '61385', 'JPKWS', 'JPKWS', 'Kawasaki Ko', 'Japan', st_setsrid(st_makepoint(139.766667, 35.5), 4326), true),
 (1743, '61416', 'JPATM', 'JPATM', 'Atsumi', 'Japan', st_setsrid(st_makepoint(137.066667, 34.666667), 4326), true),
 (1744, '61470', 'JPKNU', 'JPKNU', 'Kinuura Ko', 'Japan', st_setsrid(st_makepoint(136.95, 34.85), 4326), true),
 (1745, '5380', 'USONG', 'USONG', 'Ontonagon', 'United States', st_setsrid(st_makepoint(-89.333333, 46.883333), 4326), true),
 (1746, '5430', NULL, NULL, 'Cornucopia', 'United States', st_setsrid(st_makepoint(-91.1, 46.866667), 4326), true),
 (1747, '12950', NULL, NULL, 'Gebig', 'Brazil', st_setsrid(st_makepoint(-44.216667, -23.05), 4326), true),
 (1748, '14140', NULL, NULL, 'Bahia Harris', 'Chile', st_setsrid(st_makepoint(-70.45, -53.85), 4326), true),
 (1749, '14510', 'CLQTV', 'CLQTV', 'Bahia Quintero (Ventanas)', 'Chile', st_setsrid(st_makepoint(-71.533333, -32.766667), 4326), true),
 (1750, '14671', 'CLCAL', 'CLCAL', 'Caleta Patillos', 'Chile', st_setsrid(st_makepoint(-70.2, -20.733333), 4326), true),
 (1751, '14895', 'PESNX', 'PESNX', 'Bahia San Nicolas', 'Peru', st_setsrid(st_makepoint(-75.233333, -15.25), 4326), true),
 (1752, '28170', 'FITAI', 'FITAI', 'Ekenas', 'Finland', st_setsrid(st_makepoint(23.433333, 59.983333), 4326), true),
 (1753, '28180', 'FIJUS', 'FIJUS', 'Jussaro', 'Finland', st_setsrid(st_makepoint(23.566667, 59.833333), 4326), true),
 (1754, '18518', 'CANNE', 'CANNE', 'Nanoose Harbor', 'Canada', st_setsrid(st_makepoint(-124.15, 49.266667), 4326), true),
 (1755, '18790', NULL, NULL, 'Ahousat', 'Canada', st_setsrid(st_makepoint(-126.066667, 49.283333), 4326), true),
 (1756, '18600', 'CAGGS', 'CAGGS', 'Ganges', 'Canada', st_setsrid(st_makepoint(-123.483333, 48.85), 4326), true),
 (1757, '18818', NULL, NULL, 'Bergh Cove', 'Canada', st_setsrid(st_makepoint(-127.616667, 50.533333), 4326), true),
 (1758, '33210', 'GBGSA', 'GBGSA', 'Glensanda', 'United Kingdom', st_setsrid(st_makepoint(-5.533333, 56.566667), 4326), true),
 (1759, '33250', 'GBOBA', 'GBOBA', 'Oban', 'United Kingdom', st_setsrid(st_makepoint(-5.466667, 56.416667), 4326), true),
 (1760, '33290', 'GBCNC', 'GBCNC', 'Crinan (Canal)', 'United Kingdom', st_setsrid(st_makepoint(-5.566667, 56.083333), 4326), true),
 (1761, '33577', 'GBBAN', 'GBBAN', 'Bangor', 'United Kingdom', st_setsrid(st_makepoint(-5.666667, 54.65), 4326), true),
 (1762, '34190', 'IECTB', 'IECTB', 'Castletown Bearhaven', 'Ireland', st_setsrid(st_makepoint(-9.916667, 51.65), 4326), true),
 (1763, '34200', 'IEKLR', 'IEKLR', 'Kilrush', 'Ireland', st_setsrid(st_makepoint(-9.5, 52.633333), 4326), true),
 (1764, '34850', 'GBFIS', 'GBFIS', 'Fishguard', 'United Kingdom', st_setsrid(st_makepoint(-4.983333, 52.016667), 4326), true),
 (1765, '35800', 'FRLTR', 'FRLTR', 'Le Treport', 'France', st_setsrid(st_makepoint(1.366667, 50.066667), 4326), true),
 (1766, '36360', 'FRMXN', 'FRMXN', 'Morlaix', 'France', st_setsrid(st_makepoint(-3.833333, 48.583333), 4326), true),
 (1767, '37160', 'FRBYE', 'FRBYE', 'Blaye', 'France', st_setsrid(st_makepoint(-0.666667, 45.133333), 4326), true),
 (1768, '7100', 'USGDN', 'USGDN', 'Gardiner', 'United States', st_setsrid(st_makepoint(-69.766667, 44.233333), 4326), true),
 (1769, '7130', NULL, NULL, 'Cundy Harbor', 'United States', st_setsrid(st_makepoint(-69.9, 43.783333), 4326), true),
 (1770, '26340', NULL, NULL, 'Lunde', 'Sweden', st_setsrid(st_makepoint(17.883333, 62.883333), 4326), true),
 (1771, '29455', 'DKNYM', 'DKNYM', 'Nykobing (Mor)', 'Denmark', st_setsrid(st_makepoint(11.866667, 56.766667), 4326), true),
 (1772, '29410', 'DKFDV', 'DKFDV', 'Frederiksvaerk', 'Denmark', st_setsrid(st_makepoint(12.016667, 55.966667), 4326), true),
 (1773, '29420', 'DKFDS', 'DKFDS', 'Frederikssund', 'Denmark', st_setsrid(st_makepoint(12.05, 55.833333), 4326), true),
 (1774, '29440', 'DKHBK', 'DKHBK', 'Holbaek', 'Denmark', st_setsrid(st_makepoint(11.716667, 55.716667), 4326), true),
 (1775, '29546', 'DKGFH', 'DKGFH', 'Gulfhaven', 'Denmark', st_setsrid(st_makepoint(11.266667, 55.2), 4326), true),
 (1776, '61475', 'JPGAM', 'JPGAM', 'Gamagori Ko', 'Japan', st_setsrid(st_makepoint(137.216667, 34.816667), 4326), true),
 (1777, '61495', 'JPMSA', 'JPMSA', 'Matsusaka', 'Japan', st_setsrid(st_makepoint(136.566667, 34.6), 4326), true),
 (1778, '54210', 'AUKLP', 'AUKLP', 'Klein Point', 'Australia', st_setsrid(st_makepoint(137.766667, -34.966667), 4326), true),
 (1779, '54236', 'AUARD', 'AUARD', 'Ardrossan', 'Australia', st_setsrid(st_makepoint(137.916667, -34.433333), 4326), true),
 (1780, '54565', 'AUCCU', 'AUCCU', 'Cape Cuvier', 'Australia', st_setsrid(st_makepoint(113.383333, -24.216667), 4326), true),
 (1781, '54671', 'AUMIB', 'AUMIB', 'Milner Bay', 'Australia', st_setsrid(st_makepoint(136.416667, -13.866667), 4326), true),
 (1782, '55130', 'NZNPE', 'NZNPE', 'Napier', 'New Zealand', st_setsrid(st_makepoint(176.916667, -39.483333), 4326), true),
 (1783, '55290', 'NZNSN', 'NZNSN', 'Nelson', 'New Zealand', st_setsrid(st_makepoint(173.266667, -41.266667), 4326), true),
 (1784, '55530', 'FJLTK', 'FJLTK', 'Lautoka Harbor', 'Fiji', st_setsrid(st_makepoint(177.45, -17.6), 4326), true),
 (1785, '56230', NULL, NULL, 'Kaumalapau Harbor', 'United States', st_setsrid(st_makepoint(-157.0, 20.783333), 4326), true),
 (1786, '57700', 'VNHON', 'VNHON', 'Hon Gai', 'Vietnam', st_setsrid(st_makepoint(107.066667, 20.95), 4326), true),
 (1787, '57750', 'CNBIH', 'CNBIH', 'Beihai', 'China', st_setsrid(st_makepoint(109.066667, 21.483333), 4326), true),
 (1788, '58000', 'PHAPR', 'PHAPR', 'Aparri', 'Philippines', st_setsrid(st_makepoint(121.633333, 18.366667), 4326), true),
 (1789, '58320', 'PHBTG', 'PHBTG', 'Batangas City', 'Philippines', st_setsrid(st_makepoint(121.05, 13.75), 4326), true),
 (1790, '58795', 'PHISL', 'PHISL', 'Isabel', 'Philippines', st_setsrid(st_makepoint(124.433333, 10.916667), 4326), true),
 (1791, '59090', 'PHDGT', 'PHDGT', 'Dumaguete', 'Philippines', st_setsrid(st_makepoint(123.3, 9.316667), 4326), true),
 (1792, '59180', NULL, NULL, 'Jordan', 'Philippines', st_setsrid(st_makepoint(122.583333, 10.666667), 4326), true),
 (1793, '59700', 'PHIGN', 'PHIGN', 'Iligan', 'Philippines', st_setsrid(st_makepoint(124.233333, 8.233333), 4326), true),
 (1794, '59760', 'PHBXU', 'PHBXU', 'Butuan City', 'Philippines', st_setsrid(st_makepoint(125.533333, 8.95), 4326), true),
 (1795, '59940', 'CNNBO', 'CNNBO', 'Ningbo', 'China', st_setsrid(st_makepoint(121.55, 29.883333), 4326), true),
 (1796, '12630', 'BRCMC', 'BRCMC', 'Camocim', 'Brazil', st_setsrid(st_makepoint(-40.833333, -2.9), 4326), true),
 (1797, '60180', NULL, NULL, 'Dagu Tanggu', 'China', st_setsrid(st_makepoint(117.666667, 38.966667), 4326), true),
 (1798, '60376', 'KRKAN', 'KRKAN', 'Gwangyang Hang', 'South Korea', st_setsrid(st_makepoint(127.8, 34.85), 4326), true),
 (1799, '12420', 'SRMOJ', 'SRMOJ', 'Moengo', 'Suriname', st_setsrid(st_makepoint(-54.416667, 5.633333), 4326), true),
 (1800, '20310', 'USBET', 'USBET', 'Bethel', 'United States', st_setsrid(st_makepoint(-161.716667, 60.816667), 4326), true),
 (1801, '20320', NULL, NULL, 'Nash Harbor', 'United States', st_setsrid(st_makepoint(-166.983333, 60.2), 4326), true),
 (1802, '20497', NULL, NULL, 'Cape Young', 'Canada', st_setsrid(st_makepoint(-116.933333, 68.933333), 4326), true),
 (1803, '4770', NULL, NULL, 'Buffington', 'United States', st_setsrid(st_makepoint(-87.416667, 41.633333), 4326), true),
 (1804, '5140', NULL, NULL, 'Batchawana Bay', 'Canada', st_setsrid(st_makepoint(-84.6, 46.916667), 4326), true),
 (1805, '5360', NULL, NULL, 'Eagle Harbor', 'United States', st_setsrid(st_makepoint(-88.166667, 47.466667), 4326), true),
 (1806, '13115', 'UYJIT', 'UYJIT', 'Jose Ignacio', 'Uruguay', st_setsrid(st_makepoint(-54.7, -34.95), 4326), true),
 (1807, '13580', 'ARDME', 'ARDME', 'Diamante', 'Argentina', st_setsrid(st_makepoint(-60.65, -32.066667), 4326), true),
 (1808, '13720', 'ARCOC', 'ARCOC', 'Concordia', 'Argentina', st_setsrid(st_makepoint(-58.033333, -31.4), 4326), true),
 (1809, '13730', 'ARCOL', 'ARCOL', 'Colon', 'Argentina', st_setsrid(st_makepoint(-58.133333, -32.216667), 4326), true),
 (1810, '44370', 'TRHOP', 'TRHOP', 'Hopa', 'Turkey', st_setsrid(st_makepoint(41.4, 41.416667), 4326), true),
 (1811, '44500', 'TRERE', 'TRERE', 'Eregli', 'Turkey', st_setsrid(st_makepoint(31.45, 41.3), 4326), true),
 (1812, '44542', NULL, NULL, 'Botas Natural Gas Terminal', 'Turkey', st_setsrid(st_makepoint(27.983333, 41.0), 4326), true),
 (1813, '44640', 'TRMUD', 'TRMUD', 'Mudanya', 'Turkey', st_setsrid(st_makepoint(28.883333, 40.383333), 4326), true),
 (1814, '44650', 'TRBDM', 'TRBDM', 'Bandirma', 'Turkey', st_setsrid(st_makepoint(27.966667, 40.35), 4326), true),
 (1815, '44670', 'TRKRB', 'TRKRB', 'Karabiga', 'Turkey', st_setsrid(st_makepoint(27.316667, 40.4), 4326), true),
 (1816, '44950', 'CYLMS', 'CYLMS', 'Limassol', 'Cyprus', st_setsrid(st_makepoint(33.05, 34.666667), 4326), true),
 (1817, '45080', 'ILHFA', 'ILHFA', 'Haifa', 'Israel', st_setsrid(st_makepoint(35.0, 32.816667), 4326), true),
 (1818, '45180', 'EGMMU', 'EGMMU', 'Mersa Matruh', 'Egypt', st_setsrid(st_makepoint(27.233333, 31.35), 4326), true),
 (1819, '45340', NULL, NULL, 'Marsa Sabratah', 'Libya', st_setsrid(st_makepoint(12.5, 32.816667), 4326), true),
 (1820, '45823', 'SNLYN', 'SNLYN', 'Lyndiane', 'Senegal', st_setsrid(st_makepoint(-16.166667, 14.166667), 4326), true),
 (1821, '46541', NULL, NULL, 'Kizomba A Terminal', 'Angola', st_setsrid(st_makepoint(11.05, -6.316667), 4326), true),
 (1822, '28390', 'RUBRK', 'RUBRK', 'Lomonosov', 'Russia', st_setsrid(st_makepoint(29.766667, 59.916667), 4326), true),
 (1823, '18580', 'CACCB', 'CACCB', 'Cowichan Bay', 'Canada', st_setsrid(st_makepoint(-123.616667, 48.75), 4326), true),
 (1824, '18650', NULL, NULL, 'Hope Bay', 'Canada', st_setsrid(st_makepoint(-123.283333, 48.8), 4326), true),
 (1825, '18665', 'CABAM', 'CABAM', 'Bamberton', 'Canada', st_setsrid(st_makepoint(-123.516667, 48.55), 4326), true),
 (1826, '18792', 'CAGOR', 'CAGOR', 'Gold River', 'Canada', st_setsrid(st_makepoint(-126.116667, 49.683333), 4326), true),
 (1827, '18920', NULL, NULL, 'Butedale', 'Canada', st_setsrid(st_makepoint(-128.683333, 53.166667), 4326), true),
 (1828, '19055', NULL, NULL, 'Alliford Bay', 'Canada', st_setsrid(st_makepoint(-131.983333, 53.216667), 4326), true),
 (1829, '19170', 'USWLR', 'USWLR', 'Loring', 'United States', st_setsrid(st_makepoint(-131.633333, 55.6), 4326), true),
 (1830, '19430', NULL, NULL, 'Kimshan Cove', 'United States', st_setsrid(st_makepoint(-136.116667, 57.683333), 4326), true),
 (1831, '6330', 'CAMUS', 'CAMUS', 'Musquodoboit Harbour', 'Canada', st_setsrid(st_makepoint(-63.15, 44.783333), 4326), true),
 (1832, '6470', 'CADIG', 'CADIG', 'Digby', 'Canada', st_setsrid(st_makepoint(-65.766667, 44.616667), 4326), true),
 (1833, '6545', 'CACPT', 'CACPT', 'Canaport (St. John)', 'Canada', st_setsrid(st_makepoint(-65.983333, 45.2), 4326), true),
 (1834, '33500', 'GBLGS', 'GBLGS', 'Largs', 'United Kingdom', st_setsrid(st_makepoint(-4.866667, 55.8), 4326), true),
 (1835, '33515', 'GBHST', 'GBHST', 'Hunterston', 'United Kingdom', st_setsrid(st_makepoint(-4.883333, 55.75), 4326), true),
 (1836, '33820', 'GBCLR', 'GBCLR', 'Coleraine', 'United Kingdom', st_setsrid(st_makepoint(-6.666667, 55.133333), 4326), true),
 (1837, '34130', 'IEFOV', 'IEFOV', 'Foynes', 'Ireland', st_setsrid(st_makepoint(-9.116667, 52.616667), 4326), true),
 (1838, '34685', 'GBCHE', 'GBCHE', 'Mostyn', 'United Kingdom', st_setsrid(st_makepoint(-3.266667, 53.316667), 4326), true),
 (1839, '43745', 'UAILK', 'UAILK', 'Chornomors Ke', 'Ukraine', st_setsrid(st_makepoint(32.7, 45.516667), 4326), true),
 (1840, '48400', 'IQBSR', 'IQBSR', 'Al Basrah', 'Iraq', st_setsrid(st_makepoint(47.833333, 30.516667), 4326), true),
 (1841, '48404', 'IQKAZ', 'IQKAZ', 'Khawr Al Zubair', 'Iraq', st_setsrid(st_makepoint(47.9, 30.183333), 4326), true),
 (1842, '48430', 'IRABD', 'IRABD', 'Abadan', 'Iran', st_setsrid(st_makepoint(48.283333, 30.333333), 4326), true),
 (1843, '48440', NULL, NULL, 'Khosrowabad', 'Iran', st_setsrid(st_makepoint(48.416667, 30.166667), 4326), true),
 (1844, '48790', 'INHZA', 'INHZA', 'Hazira', 'India', st_setsrid(st_makepoint(72.633333, 21.083333), 4326), true),
 (1845, '49690', 'MMMER', 'MMMER', 'Mergui', 'Burma', st_setsrid(st_makepoint(98.6, 12.433333), 4326), true),
 (1846, '49790', 'THKAN', 'THKAN', 'Kantang Harbor', 'Thailand', st_setsrid(st_makepoint(99.516667, 7.4), 4326), true),
 (1847, '49970', 'MYMEA', 'MYMEA', 'Melaka', 'Malaysia', st_setsrid(st_makepoint(102.25, 2.2), 4326), true),
 (1848, '50440', 'IDBKS', 'IDBKS', 'Bengkulu', 'Indonesia', st_setsrid(st_makepoint(102.25, -3.783333), 4326), true),
 (1849, '50652', 'IDBLL', 'IDBLL', 'Blanglancang', 'Indonesia', st_setsrid(st_makepoint(97.1, 5.233333), 4326), true),
 (1850, '50790', 'IDBKI', 'IDBKI', 'Bengkalis', 'Indonesia', st_setsrid(st_makepoint(102.1, 1.466667), 4326), true),
 (1851, '51440', 'TLDIL', 'TLDIL', 'Dili', 'Timor-Leste', st_setsrid(st_makepoint(125.583333, -8.533333), 4326), true),
 (1852, '44480', 'TRINE', 'TRINE', 'Inebolu', 'Turkey', st_setsrid(st_makepoint(33.766667, 41.983333), 4326), true),
 (1853, '44605', NULL, NULL, 'Kaba Burnu', 'Turkey', st_setsrid(st_makepoint(29.533333, 40.766667), 4326), true),
 (1854, '44751', 'TRGUL', 'TRGUL', 'Gulluk', 'Turkey', st_setsrid(st_makepoint(27.616667, 37.25), 4326), true),
 (1855, '44770', 'TRKUS', 'TRKUS', 'Kusadasi', 'Turkey', st_setsrid(st_makepoint(27.25, 37.866667), 4326), true),
 (1856, '44805', 'TRMRM', 'TRMRM', 'Marmaris', 'Turkey', st_setsrid(st_makepoint(28.283333, 36.85), 4326), true),
 (1857, '62970', NULL, NULL, 'Mys Abram', 'Russia', st_setsrid(st_makepoint(33.033333, 68.983333), 4326), true),
 (1858, '7990', 'USDOJ', 'USDOJ', 'Leonardo', 'United States', st_setsrid(st_makepoint(-74.066667, 40.433333), 4326), true),
 (1859, '2560', 'CACQA', 'CACQA', 'Coteau Landing', 'Canada', st_setsrid(st_makepoint(-74.2, 45.25), 4326), true),
 (1860, '2620', 'CACWL', 'CACWL', 'Cornwall', 'Canada', st_setsrid(st_makepoint(-74.733333, 45.016667), 4326), true),
 (1861, '2680', 'CAJOH', 'CAJOH', 'Lower Lakes Terminal', 'Canada', st_setsrid(st_makepoint(-75.466667, 44.733333), 4326), true),
 (1862, '2700', 'CABCK', 'CABCK', 'Brockville', 'Canada', st_setsrid(st_makepoint(-75.666667, 44.583333), 4326), true),
 (1863, '3020', 'CAOAJ', 'CAOAJ', 'Oakville', 'Canada', st_setsrid(st_makepoint(-79.666667, 43.433333), 4326), true),
 (1864, '21840', 'NOBSD', 'NOBSD', 'Ballstad', 'Norway', st_setsrid(st_makepoint(13.7, 68.066667), 4326), true),
 (1865, '11170', NULL, NULL, 'Ensenada Honda', 'Puerto Rico', st_setsrid(st_makepoint(-65.633333, 18.233333), 4326), true),
 (1866, '12037', 'VEETV', 'VEETV', 'El Tabiazo', 'Venezuela', st_setsrid(st_makepoint(-71.533333, 10.766667), 4326), true),
 (1867, '12060', 'VELSP', 'VELSP', 'Las Piedras', 'Venezuela', st_setsrid(st_makepoint(-70.216667, 11.7), 4326), true),
 (1868, '45377', 'TNASH', 'TNASH', 'Ashtart Oil Terminal', 'Tunisia', st_setsrid(st_makepoint(11.383333, 34.283333), 4326), true),
 (1869, '45444', 'TNMBA', 'TNMBA', 'Menzel Bourguiba', 'Tunisia', st_setsrid(st_makepoint(9.8, 37.15), 4326), true),
 (1870, '45650', NULL, NULL, 'Mers El Kebir', 'Algeria', st_setsrid(st_makepoint(-0.7, 35.733333), 4326), true),
 (1871, '45790', 'MAMOH', 'MAMOH', 'Mohammedia', 'Morocco', st_setsrid(st_makepoint(-7.4, 33.716667), 4326), true),
 (1872, '45795', 'MAELJ', 'MAELJ', 'El Jadida', 'Morocco', st_setsrid(st_makepoint(-8.5, 33.25), 4326), true),
 (1873, '45796', 'MAJFL', 'MAJFL', 'El Jorf Lasfar', 'Morocco', st_setsrid(st_makepoint(-8.616667, 33.116667), 4326), true),
 (1874, '46225', 'NGANA', 'NGANA', 'Antan Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(8.333333, 4.216667), 4326), true),
 (1875, '46262', 'CMLIT', 'CMLIT', 'Limboh Terminal', 'Cameroon', st_setsrid(st_makepoint(9.15, 3.983333), 4326), true),
 (1876, '46285', 'CMKOL', 'CMKOL', 'Kole Oil Terminal', 'Cameroon', st_setsrid(st_makepoint(8.55, 4.25), 4326), true),
 (1877, '46287', 'CMEBT', 'CMEBT', 'Ebome Marine Terminal', 'Cameroon', st_setsrid(st_makepoint(9.816667, 2.8), 4326), true),
 (1878, '46292', 'CMKBI', 'CMKBI', 'Kome Kribi 1 Marine Terminal', 'Cameroon', st_setsrid(st_makepoint(9.8, 2.916667), 4326), true),
 (1879, '46459', NULL, NULL, 'Dussafu Terminal', 'Congo (Brazzaville)', st_setsrid(st_makepoint(10.816667, -4.25), 4326), true),
 (1880, '46472', 'CGDJE', 'CGDJE', 'Djeno Terminal', 'Congo (Brazzaville)', st_setsrid(st_makepoint(11.9, -4.933333), 4326), true),
 (1881, '46542', NULL, NULL, 'Kizomba B Terminal', 'Angola', st_setsrid(st_makepoint(11.15, -6.35), 4326), true),
 (1882, '46543', NULL, NULL, 'Kizomba C Terminal', 'Angola', st_setsrid(st_makepoint(11.283333, -6.316667), 4326), true),
 (1883, '46553', NULL, NULL, 'Estrela Oil Field', 'Angola', st_setsrid(st_makepoint(12.4, -6.45), 4326), true),
 (1884, '56320', NULL, NULL, 'Nonopapa', 'United States', st_setsrid(st_makepoint(-160.233333, 21.866667), 4326), true),
 (1885, '56740', NULL, NULL, 'Hamburg Harbor', 'Papua New Guinea', st_setsrid(st_makepoint(149.966667, -1.633333), 4326), true),
 (1886, '56760', 'PGKVG', 'PGKVG', 'Kavieng Harbor', 'Papua New Guinea', st_setsrid(st_makepoint(150.8, -2.583333), 4326), true),
 (1887, '57462', 'THLCH', 'THLCH', 'Laem Chabang', 'Thailand', st_setsrid(st_makepoint(100.883333, 13.083333), 4326), true),
 (1888, '46950', 'MZIBO', 'MZIBO', 'Ibo', 'Mozambique', st_setsrid(st_makepoint(40.616667, -12.333333), 4326), true),
 (1889, '47400', 'MGMJN', 'MGMJN', 'Mahajanga', 'Madagascar', st_setsrid(st_makepoint(46.3, -15.716667), 4326), true),
 (1890, '47944', NULL, NULL, 'Beshayer Oil Terminal', 'Sudan', st_setsrid(st_makepoint(37.316667, 19.4), 4326), true),
 (1891, '48050', 'EGISM', 'EGISM', 'El Ismailiya', 'Egypt', st_setsrid(st_makepoint(32.283333, 30.583333), 4326), true),
 (1892, '48298', 'QAASN', 'QAASN', 'Al Shaheen Terminal', 'Qatar', st_setsrid(st_makepoint(52.0, 26.583333), 4326), true),
 (1893, '51630', 'BNBWN', 'BNBWN', 'Bandar Seri Begawan', 'Brunei', st_setsrid(st_makepoint(114.883333, 4.883333), 4326), true),
 (1894, '51690', 'MYBKI', 'MYBKI', 'Kota Kinabalu', 'Malaysia', st_setsrid(st_makepoint(116.066667, 5.983333), 4326), true),
 (1895, '51710', 'MYKUD', 'MYKUD', 'Kudat', 'Malaysia', st_setsrid(st_makepoint(116.85, 6.883333), 4326), true),
 (1896, '51730', 'MYLDU', 'MYLDU', 'Lahad Datu', 'Malaysia', st_setsrid(st_makepoint(118.316667, 5.016667), 4326), true),
 (1897, '51810', NULL, NULL, 'Benoa', 'Indonesia', st_setsrid(st_makepoint(117.966667, 0.983333), 4326), true),
 (1898, '52220', 'IDLUW', 'IDLUW', 'Luwuk', 'Indonesia', st_setsrid(st_makepoint(122.8, -0.95), 4326), true),
 (1899, '52680', 'IDBUA', 'IDBUA', 'Bula', 'Indonesia', st_setsrid(st_makepoint(130.5, -3.1), 4326), true),
 (1900, '53010', 'IDMKW', 'IDMKW', 'Manokwari Road', 'Indonesia', st_setsrid(st_makepoint(134.083333, -0.866667), 4326), true),
 (1901, '61378', NULL, NULL, 'Katsunan Ko', 'Japan', st_setsrid(st_makepoint(139.983333, 35.666667), 4326), true),
 (1902, '61379', 'JPFNB', 'JPFNB', 'Funabashi', 'Japan', st_setsrid(st_makepoint(139.95, 35.666667), 4326), true),
 (1903, '61465', 'JPMKW', 'JPMKW', 'Mikawa', 'Japan', st_setsrid(st_makepoint(137.3, 34.716667), 4326), true),
 (1904, '53133', 'IDDJJ', 'IDDJJ', 'Jayapura', 'Indonesia', st_setsrid(st_makepoint(140.716667, -2.533333), 4326), true),
 (1905, '53318', 'AUCQP', 'AUCQP', 'Cape Flattery Harbor', 'Australia', st_setsrid(st_makepoint(145.35, -14.95), 4326), true),
 (1906, '54690', 'AUKRB', 'AUKRB', 'Karumba', 'Australia', st_setsrid(st_makepoint(140.833333, -17.483333), 4326), true),
 (1907, '55110', 'NZGIS', 'NZGIS', 'Gisborne', 'New Zealand', st_setsrid(st_makepoint(178.033333, -38.666667), 4326), true),
 (1908, '55550', NULL, NULL, 'Levuka', 'Fiji', st_setsrid(st_makepoint(178.833333, -17.683333), 4326), true),
 (1909, '55556', NULL, NULL, 'Malai', 'Fiji', st_setsrid(st_makepoint(179.366667, -16.35), 4326), true),
 (1910, '57775', NULL, NULL, 'Lon Shui Terminal', 'China', st_setsrid(st_makepoint(115.683333, 20.833333), 4326), true),
 (1911, '57818', 'CNCWN', 'CNCWN', 'Chiwan', 'China', st_setsrid(st_makepoint(110.033333, 19.966667), 4326), true),
 (1912, '57920', 'TWKHH', 'TWKHH', 'Kao-Hsiung', 'Taiwan', st_setsrid(st_makepoint(120.25, 22.616667), 4326), true),
 (1913, '58070', 'PHHON', 'PHHON', 'Hondagua', 'Philippines', st_setsrid(st_makepoint(122.233333, 13.95), 4326), true),
 (1914, '61205', 'JPESI', 'JPESI', 'Esasi Ko', 'Japan', st_setsrid(st_makepoint(140.116667, 41.866667), 4326), true),
 (1915, '61232', NULL, NULL, 'Isikari Wan', 'Japan', st_setsrid(st_makepoint(141.366667, 43.233333), 4326), true),
 (1916, '2380', 'CAGRZ', 'CAGRZ', 'Grenville', 'Canada', st_setsrid(st_makepoint(-74.6, 45.633333), 4326), true),
 (1917, '61571', NULL, NULL, 'O0kihama', 'Japan', st_setsrid(st_makepoint(134.566667, 34.75), 4326), true),
 (1918, '61595', 'JPMIZ', 'JPMIZ', 'Mizushima Ko', 'Japan', st_setsrid(st_makepoint(133.75, 34.5), 4326), true),
 (1919, '61650', 'JPHIJ', 'JPHIJ', 'Hiroshima', 'Japan', st_setsrid(st_makepoint(132.466667, 34.35), 4326), true),
 (1920, '61664', 'JPNIT', 'JPNIT', 'Namikata', 'Japan', st_setsrid(st_makepoint(132.9, 34.116667), 4326), true),
 (1921, '61675', 'JPKUD', 'JPKUD', 'Kudamatsu', 'Japan', st_setsrid(st_makepoint(131.866667, 34.0), 4326), true),
 (1922, '61695', 'JPHKR', 'JPHKR', 'Hikari', 'Japan', st_setsrid(st_makepoint(131.933333, 33.95), 4326), true),
 (1923, '61805', 'JPFKJ', 'JPFKJ', 'Fukui', 'Japan', st_setsrid(st_makepoint(136.2, 36.066667), 4326), true),
 (1924, '61932', NULL, NULL, 'Mega', 'Japan', st_setsrid(st_makepoint(134.7, 34.783333), 4326), true),
 (1925, '61935', 'JPHAN', 'JPHAN', 'Hannan Ko', 'Japan', st_setsrid(st_makepoint(135.35, 34.466667), 4326), true),
 (1926, '61970', 'JPKCZ', 'JPKCZ', 'Kochi Ko', 'Japan', st_setsrid(st_makepoint(133.566667, 33.5), 4326), true),
 (1927, '62100', 'JPMAR', 'JPMAR', 'Marugame Ko', 'Japan', st_setsrid(st_makepoint(133.783333, 34.3), 4326), true),
 (1928, '62430', 'JPHKT', 'JPHKT', 'Hakata', 'Japan', st_setsrid(st_makepoint(130.4, 33.6), 4326), true),
 (1929, '2320', 'CAHUD', 'CAHUD', 'Hudson', 'Canada', st_setsrid(st_makepoint(-74.133333, 45.466667), 4326), true),
 (1930, '62500', 'JPNAH', 'JPNAH', 'Naha Ko', 'Japan', st_setsrid(st_makepoint(127.683333, 26.216667), 4326), true),
 (1931, '62630', NULL, NULL, 'Nikol Skoye', 'Russia', st_setsrid(st_makepoint(165.983333, 55.2), 4326), true),
 (1932, '34770', 'GBHLY', 'GBHLY', 'Holyhead', 'United Kingdom', st_setsrid(st_makepoint(-4.633333, 53.316667), 4326), true),
 (1933, '35100', 'GBBRW', 'GBBRW', 'Bridgwater', 'United Kingdom', st_setsrid(st_makepoint(-3.0, 51.133333), 4326), true),
 (1934, '35440', 'GBBRP', 'GBBRP', 'Bridport Harbour', 'United Kingdom', st_setsrid(st_makepoint(-2.766667, 50.716667), 4326), true),
 (1935, '35860', 'FRHON', 'FRHON', 'Honfleur', 'France', st_setsrid(st_makepoint(0.216667, 49.416667), 4326), true),
 (1936, '35980', 'GGACI', 'GGACI', 'Alderney Harbour', 'Guernsey', st_setsrid(st_makepoint(-2.2, 49.733333), 4326), true),
 (1937, '36110', 'FRGFR', 'FRGFR', 'Granville', 'France', st_setsrid(st_makepoint(-1.6, 48.833333), 4326), true),
 (1938, '36960', 'FRLSO', 'FRLSO', 'Les Sables D'' Olonne', 'France', st_setsrid(st_makepoint(-1.8, 46.5), 4326), true),
 (1939, '25360', 'SEGUB', 'SEGUB', 'Gustavsberg', 'Sweden', st_setsrid(st_makepoint(18.383333, 59.316667), 4326), true),
 (1940, '25570', 'SEKAS', 'SEKAS', 'Karskar', 'Sweden', st_setsrid(st_makepoint(17.266667, 60.683333), 4326), true),
 (1941, '25780', 'SEHUV', 'SEHUV', 'Hudiksvall', 'Sweden', st_setsrid(st_makepoint(17.116667, 61.733333), 4326), true),
 (1942, '26430', 'SEBOL', 'SEBOL', 'Bollstabruk', 'Sweden', st_setsrid(st_makepoint(17.7, 63.0), 4326), true),
 (1943, '27090', NULL, NULL, 'Kagehamn', 'Sweden', st_setsrid(st_makepoint(21.033333, 64.833333), 4326), true),
 (1944, '29220', 'DKKOG', 'DKKOG', 'Koge', 'Denmark', st_setsrid(st_makepoint(12.2, 55.45), 4326), true),
 (1945, '42490', NULL, NULL, 'Miliana', 'Greece', st_setsrid(st_makepoint(23.216667, 39.166667), 4326), true),
 (1946, '30695', 'DEBUM', 'DEBUM', 'Busum', 'Germany', st_setsrid(st_makepoint(8.866667, 54.133333), 4326), true),
 (1947, '30960', 'DELEE', 'DELEE', 'Leer', 'Germany', st_setsrid(st_makepoint(7.45, 53.233333), 4326), true),
 (1948, '31506', 'GBCOL', 'GBCOL', 'Colchester', 'United Kingdom', st_setsrid(st_makepoint(0.916667, 51.883333), 4326), true),
 (1949, '31665', 'GBHDD', 'GBHDD', 'Howdendyke', 'United Kingdom', st_setsrid(st_makepoint(-0.883333, 53.733333), 4326), true),
 (1950, '31740', 'GBHTP', 'GBHTP', 'Hartlepool', 'United Kingdom', st_setsrid(st_makepoint(-1.183333, 54.7), 4326), true),
 (1951, '56010', 'PFAUQ', 'PFAUQ', 'Atuona', 'French Polynesia', st_setsrid(st_makepoint(-139.033333, -9.816667), 4326), true),
 (1952, '31880', 'GBEYM', 'GBEYM', 'Eyemouth', 'United Kingdom', st_setsrid(st_makepoint(-2.083333, 55.866667), 4326), true),
 (1953, '32420', 'GBKET', 'GBKET', 'Kettletoft', 'United Kingdom', st_setsrid(st_makepoint(-2.6, 59.233333), 4326), true),
 (1954, '32490', 'GBLYS', 'GBLYS', 'Lyness', 'United Kingdom', st_setsrid(st_makepoint(-3.2, 58.833333), 4326), true),
 (1955, '38690', 'ESMAH', 'ESMAH', 'Mahon', 'Spain', st_setsrid(st_makepoint(4.266667, 39.883333), 4326), true),
 (1956, '38960', 'FRCEQ', 'FRCEQ', 'Cannes', 'France', st_setsrid(st_makepoint(7.016667, 43.55), 4326), true),
 (1957, '43562', 'ROMED', 'ROMED', 'Medgidia', 'Romania', st_setsrid(st_makepoint(28.266667, 44.25), 4326), true),
 (1958, '39180', 'ITOLB', 'ITOLB', 'Olbia', 'Italy', st_setsrid(st_makepoint(9.528, 40.925), 4326), true),
 (1959, '40790', 'ITMNF', 'ITMNF', 'Monfalcone', 'Italy', st_setsrid(st_makepoint(13.55, 45.783333), 4326), true),
 (1960, '41415', 'BANEM', 'BANEM', 'Neum', 'Bosnia and Herzegovina', st_setsrid(st_makepoint(17.6, 42.916667), 4326), true),
 (1961, '43260', 'GRKMI', 'GRKMI', 'Kalimnos', 'Greece', st_setsrid(st_makepoint(26.983333, 36.95), 4326), true),
 (1962, '43380', 'TRGEL', 'TRGEL', 'Gelibolu', 'Turkey', st_setsrid(st_makepoint(26.666667, 40.4), 4326), true),
 (1963, '43430', NULL, NULL, 'Defterdar Burnu', 'Turkey', st_setsrid(st_makepoint(29.033333, 41.05), 4326), true),
 (1964, '43558', 'ROBAB', 'ROBAB', 'Basarabi', 'Romania', st_setsrid(st_makepoint(28.433333, 44.166667), 4326), true),
 (1965, '43565', NULL, NULL, 'Danube-Black Sea Canal', 'Romania', st_setsrid(st_makepoint(28.183333, 44.266667), 4326), true),
 (1966, '43568', 'ROMID', 'ROMID', 'Midia', 'Romania', st_setsrid(st_makepoint(28.666667, 44.35), 4326), true),
 (1967, '59080', 'PHBAI', 'PHBAI', 'Bais', 'Philippines', st_setsrid(st_makepoint(123.116667, 9.6), 4326), true),
 (1968, '59343', 'PHMAS', 'PHMAS', 'Masao', 'Philippines', st_setsrid(st_makepoint(125.416667, 9.0), 4326), true),
 (1969, '59710', 'PHCGY', 'PHCGY', 'Cagayan De Oro', 'Philippines', st_setsrid(st_makepoint(124.666667, 8.5), 4326), true),
 (1970, '60120', NULL, NULL, 'Chung Ching', 'China', st_setsrid(st_makepoint(106.633333, 29.566667), 4326), true),
 (1971, '60130', 'CNLYG', 'CNLYG', 'Lianyungang', 'China', st_setsrid(st_makepoint(119.45, 34.733333), 4326), true),
 (1972, '61564', 'JPHRH', 'JPHRH', 'Hirohata', 'Japan', st_setsrid(st_makepoint(134.633333, 34.766667), 4326), true),
 (1973, '61568', 'JPHHR', 'JPHHR', 'Higashi-Harima', 'Japan', st_setsrid(st_makepoint(134.833333, 34.7), 4326), true),
 (1974, '61573', 'JPKGA', 'JPKGA', 'Kakogawa', 'Japan', st_setsrid(st_makepoint(134.833333, 34.7), 4326), true),
 (1975, '61605', 'JPFYM', 'JPFYM', 'Fukuyama', 'Japan', st_setsrid(st_makepoint(133.433333, 34.433333), 4326), true),
 (1976, '61630', 'JPONX', 'JPONX', 'Onomichi-Itozaki', 'Japan', st_setsrid(st_makepoint(133.166667, 34.383333), 4326), true),
 (1977, '61655', 'JPKKW', 'JPKKW', 'Kanokawa Ko', 'Japan', st_setsrid(st_makepoint(132.433333, 34.183333), 4326), true),
 (1978, '61822', 'JPKNZ', 'JPKNZ', 'Kanazawa', 'Japan', st_setsrid(st_makepoint(136.6, 36.616667), 4326), true),
 (1979, '61850', 'JPFTX', 'JPFTX', 'Fushiki-Toyama', 'Japan', st_setsrid(st_makepoint(137.133333, 36.766667), 4326), true),
 (1980, '61865', 'JPNAO', 'JPNAO', 'Naoetsu Ko', 'Japan', st_setsrid(st_makepoint(138.25, 37.183333), 4326), true),
 (1981, '62030', 'JPMYJ', 'JPMYJ', 'Matsuyama', 'Japan', st_setsrid(st_makepoint(132.7, 33.85), 4326), true),
 (1982, '62060', 'JPKIK', 'JPKIK', 'Kikuma Ko', 'Japan', st_setsrid(st_makepoint(132.833333, 34.033333), 4326), true),
 (1983, '62070', 'JPIMB', 'JPIMB', 'Imabari Ko', 'Japan', st_setsrid(st_makepoint(133.016667, 34.066667), 4326), true),
 (1984, '62079', 'JPOND', 'JPOND', 'Onoda', 'Japan', st_setsrid(st_makepoint(131.183333, 34.0), 4326), true),
 (1985, '62160', 'JPOIT', 'JPOIT', 'Oita Ko', 'Japan', st_setsrid(st_makepoint(131.666667, 33.25), 4326), true),
 (1986, '62250', 'JPMIN', 'JPMIN', 'Minamata Ko', 'Japan', st_setsrid(st_makepoint(130.383333, 32.2), 4326), true),
 (1987, '62290', 'JPMII', 'JPMII', 'Miike Ko', 'Japan', st_setsrid(st_makepoint(130.416667, 33.0), 4326), true),
 (1988, '62420', 'JPKAR', 'JPKAR', 'Karatsu', 'Japan', st_setsrid(st_makepoint(129.966667, 33.483333), 4326), true),
 (1989, '62510', 'JPHRR', 'JPHRR', 'Hirara Ko', 'Japan', st_setsrid(st_makepoint(125.283333, 24.8), 4326), true),
 (1990, '15600', 'SVLUN', 'SVLUN', 'La Union', 'El Salvador', st_setsrid(st_makepoint(-87.833333, 13.333333), 4326), true),
 (1991, '16400', 'USOL2', 'USOL2', 'Oleum', 'United States', st_setsrid(st_makepoint(-122.266667, 38.05), 4326), true),
 (1992, '48264', 'AEMSA', 'AEMSA', 'Mina Saqr', 'United Arab Emirates', st_setsrid(st_makepoint(56.05, 25.983333), 4326), true),
 (1993, '48278', 'AEAUH', 'AEAUH', 'Abu Zaby', 'United Arab Emirates', st_setsrid(st_makepoint(54.333333, 24.5), 4326), true),
 (1994, '46800', 'ZAMZY', 'ZAMZY', 'Mossel Bay', 'South Africa', st_setsrid(st_makepoint(22.14611111, -34.17472222), 4326), true),
 (1995, '48270', 'AEAJM', 'AEAJM', 'Ajman', 'United Arab Emirates', st_setsrid(st_makepoint(55.433333, 25.416667), 4326), true),
 (1996, '19785', NULL, NULL, 'Coal Point', 'United States', st_setsrid(st_makepoint(-151.4111, 59.6014), 4326), true),
 (1997, '2200', 'CABEC', 'CABEC', 'Port De Becancour', 'Canada', st_setsrid(st_makepoint(-72.383333, 46.4), 4326), true),
 (1998, '14150', NULL, NULL, 'Puerto Yartou', 'Chile', st_setsrid(st_makepoint(-70.15, -53.883333), 4326), true),
 (1999, '18850', NULL, NULL, 'Sointula', 'Canada', st_setsrid(st_makepoint(-127.016667, 50.633333), 4326), true),
 (2000, '19140', 'USWDC', 'USWDC', 'Ward Cove', 'United States', st_setsrid(st_makepoint(-131.733333, 55.4), 4326), true),
 (2001, '18840', 'CAPHY', 'CAPHY', 'Port Hardy', 'Canada', st_setsrid(st_makepoint(-127.483333, 50.716667), 4326), true),
 (2002, '18670', 'CAVIC', 'CAVIC', 'Victoria Harbor', 'Canada', st_setsrid(st_makepoint(-123.383333, 48.433333), 4326), true),
 (2003, '13790', 'ARQQN', 'ARQQN', 'Quequen', 'Argentina', st_setsrid(st_makepoint(-58.7, -38.583333), 4326), true),
 (2004, '16385', 'USJMC', 'USJMC', 'Sausalito', 'United States', st_setsrid(st_makepoint(-122.483333, 37.85), 4326), true),
 (2005, '19030', 'CAPCS', 'CAPCS', 'Port Clements', 'Canada', st_setsrid(st_makepoint(-132.183333, 53.683333), 4326), true),
 (2006, '2980', 'CAOSH', 'CAOSH', 'Oshawa', 'Canada', st_setsrid(st_makepoint(-78.816667, 43.866667), 4326), true),
 (2007, '18942', NULL, NULL, 'Porpoise Harbor', 'Canada', st_setsrid(st_makepoint(-130.283333, 54.216667), 4326), true),
 (2008, '18235', 'CAPML', 'CAPML', 'Port Mellon', 'Canada', st_setsrid(st_makepoint(-123.483333, 49.516667), 4326), true),
 (2009, '12275', 'VEPHO', 'VEPHO', 'Puerto De Hierro', 'Venezuela', st_setsrid(st_makepoint(-62.1, 10.633333), 4326), true),
 (2010, '3250', 'CAPCO', 'CAPCO', 'Port Colborne', 'Canada', st_setsrid(st_makepoint(-79.25, 42.883333), 4326), true),
 (2011, '3700', 'CASNI', 'CASNI', 'Sarnia', 'Canada', st_setsrid(st_makepoint(-82.416667, 42.983333), 4326), true),
 (2012, '2150', 'CARDL', 'CARDL', 'Riviere Du Loup', 'Canada', st_setsrid(st_makepoint(-69.516667, 47.833333), 4326), true),
 (2013, '13570', 'ARPRA', 'ARPRA', 'Parana', 'Argentina', st_setsrid(st_makepoint(-60.533333, -31.716667), 4326), true),
 (2014, '13560', 'ARSFN', 'ARSFN', 'Santa Fe', 'Argentina', st_setsrid(st_makepoint(-60.7, -31.65), 4326), true),
 (2015, '12600', 'BRTUT', 'BRTUT', 'Tutoia', 'Brazil', st_setsrid(st_makepoint(-42.283333, -2.783333), 4326), true),
 (2016, '610', 'GLJFR', 'GLJFR', 'Paamuit (Frederikshab)', 'Greenland', st_setsrid(st_makepoint(-49.666667, 62.0), 4326), true),
 (2017, '15000', 'PEPLO', 'PEPLO', 'Punta Lobitos (Bahia De Huarmey)', 'Peru', st_setsrid(st_makepoint(-78.166667, -10.1), 4326), true),
 (2018, '15995', 'MXRST', 'MXRST', 'Rosarito', 'Mexico', st_setsrid(st_makepoint(-117.1, 32.366667), 4326), true),
 (2019, '16980', 'USDLS', 'USDLS', 'The Dalles', 'United States', st_setsrid(st_makepoint(-121.183333, 45.6), 4326), true),
 (2020, '13660', 'ARRAM', 'ARRAM', 'Ramallo', 'Argentina', st_setsrid(st_makepoint(-60.016667, -33.483333), 4326), true),
 (2021, '13980', 'ARUSH', 'ARUSH', 'Ushuaia', 'Argentina', st_setsrid(st_makepoint(-68.3, -54.816667), 4326), true),
 (2022, '3270', 'CAPDV', 'CAPDV', 'Port Dover', 'Canada', st_setsrid(st_makepoint(-80.2, 42.783333), 4326), true),
 (2023, '19320', 'USHQJ', 'USHQJ', 'Washington Bay', 'United States', st_setsrid(st_makepoint(-134.35, 56.733333), 4326), true),
 (2024, '12740', 'BRSUA', 'BRSUA', 'Porto De Suape', 'Brazil', st_setsrid(st_makepoint(-34.966667, -8.4), 4326), true),
 (2025, '3092', 'CATHD', 'CATHD', 'Thorold', 'Canada', st_setsrid(st_makepoint(-79.716667, 43.083333), 4326), true),
 (2026, '14270', 'CLPMC', 'CLPMC', 'Puerto Montt', 'Chile', st_setsrid(st_makepoint(-72.966667, -41.483333), 4326), true),
 (2027, '13970', 'ARRGA', 'ARRGA', 'Rio Grande', 'Argentina', st_setsrid(st_makepoint(-67.683333, -53.783333), 4326), true),
 (2028, '3650', NULL, NULL, 'Walpole Island', 'Canada', st_setsrid(st_makepoint(-82.516667, 42.616667), 4326), true),
 (2029, '12960', 'BRSSO', 'BRSSO', 'Sao Sebastiao', 'Brazil', st_setsrid(st_makepoint(-45.4, -23.8), 4326), true),
 (2030, '2030', 'CARIM', 'CARIM', 'Rimouski', 'Canada', st_setsrid(st_makepoint(-68.516667, 48.45), 4326), true),
 (2031, '13080', 'BRPOA', 'BRPOA', 'Porto Alegre', 'Brazil', st_setsrid(st_makepoint(-51.233333, -30.033333), 4326), true),
 (2032, '3390', 'CAWND', 'CAWND', 'Windsor', 'Canada', st_setsrid(st_makepoint(-83.033333, 42.316667), 4326), true),
 (2033, '9220', 'USPAS', 'USPAS', 'Pasadena', 'United States', st_setsrid(st_makepoint(-95.216667, 29.716667), 4326), true),
 (2034, '3890', 'CATBY', 'CATBY', 'Thornbury', 'Canada', st_setsrid(st_makepoint(-80.45, 44.566667), 4326), true),
 (2035, '12415', 'SRPRM', 'SRPRM', 'Paranam', 'Suriname', st_setsrid(st_makepoint(-55.1, 5.616667), 4326), true),
 (2036, '19050', 'CAQCH', 'CAQCH', 'Queen Charlotte', 'Canada', st_setsrid(st_makepoint(-132.083333, 53.25), 4326), true),
 (2037, '8667', 'USPME', 'USPME', 'Port Manatee', 'United States', st_setsrid(st_makepoint(-82.566667, 27.633333), 4326), true),
 (2038, '19920', NULL, NULL, 'Port Obrien', 'United States', st_setsrid(st_makepoint(-153.316667, 57.733333), 4326), true),
 (2039, '18730', 'CAPAB', 'CAPAB', 'Port Alberni', 'Canada', st_setsrid(st_makepoint(-124.816667, 49.233333), 4326), true),
 (2040, '13000', 'BRSFS', 'BRSFS', 'Sao Francisco', 'Brazil', st_setsrid(st_makepoint(-48.633333, -26.25), 4326), true),
 (2041, '18660', 'CASDY', 'CASDY', 'Sidney', 'Canada', st_setsrid(st_makepoint(-123.383333, 48.65), 4326), true),
 (2042, '12970', 'BRSSZ', 'BRSSZ', 'Santos', 'Brazil', st_setsrid(st_makepoint(-46.3, -23.95), 4326), true),
 (2043, '3530', 'USSKY', 'USSKY', 'Sandusky', 'United States', st_setsrid(st_makepoint(-82.716667, 41.45), 4326), true),
 (2044, '16590', 'USSAC', 'USSAC', 'Sacramento', 'United States', st_setsrid(st_makepoint(-121.5, 38.583333), 4326), true),
 (2045, '14190', 'CLPNT', 'CLPNT', 'Puerto Natales', 'Chile', st_setsrid(st_makepoint(-72.566667, -51.716667), 4326), true),
 (2046, '13170', 'UYPDU', 'UYPDU', 'Paysandu', 'Uruguay', st_setsrid(st_makepoint(-58.066667, -32.316667), 4326), true),
 (2047, '8670', 'USTPA', 'USTPA', 'Tampa', 'United States', st_setsrid(st_makepoint(-82.45, 27.916667), 4326), true),
 (2048, '18805', 'CAPTA', 'CAPTA', 'Tahsis', 'Canada', st_setsrid(st_makepoint(-126.666667, 49.916667), 4326), true),
 (2049, '8320', 'USRIC', 'USRIC', 'Richmond', 'United States', st_setsrid(st_makepoint(-77.416667, 37.533333), 4326), true),
 (2050, '4350', 'USPHN', 'USPHN', 'Port Huron', 'United States', st_setsrid(st_makepoint(-82.433333, 43.0), 4326), true),
 (2051, '13965', 'ARSSN', 'ARSSN', 'San Sebastian Bay', 'Argentina', st_setsrid(st_makepoint(-68.5, -53.166667), 4326), true),
 (2052, '13830', 'ARPNL', 'ARPNL', 'Puerto Nacional', 'Argentina', st_setsrid(st_makepoint(-62.283333, -38.8), 4326), true),
 (2053, '13640', 'ARVCN', 'ARVCN', 'Villa Constitucion', 'Argentina', st_setsrid(st_makepoint(-60.333333, -33.233333), 4326), true),
 (2054, '13840', 'ARPGV', 'ARPGV', 'Puerto Galvan', 'Argentina', st_setsrid(st_makepoint(-62.3, -38.783333), 4326), true),
 (2055, '18330', NULL, NULL, 'Westview', 'Canada', st_setsrid(st_makepoint(-124.5319444, 49.83416667), 4326), true),
 (2056, '17900', NULL, NULL, 'Richardson', 'United States', st_setsrid(st_makepoint(-122.9, 48.45), 4326), true),
 (2057, '3000', 'CATOR', 'CATOR', 'Toronto', 'Canada', st_setsrid(st_makepoint(-79.383333, 43.616667), 4326), true),
 (2058, '13960', 'ARRGL', 'ARRGL', 'Puerto Gallegos', 'Argentina', st_setsrid(st_makepoint(-68.966667, -51.616667), 4326), true),
 (2059, '18760', 'CAUCL', 'CAUCL', 'Ucluelet', 'Canada', st_setsrid(st_makepoint(-125.55, 48.95), 4326), true),
 (2060, '8610', 'USPAB', 'USPAB', 'Palm Beach', 'United States', st_setsrid(st_makepoint(-80.05, 26.766667), 4326), true),
 (2061, '13630', 'ARROS', 'ARROS', 'Rosario', 'Argentina', st_setsrid(st_makepoint(-60.633333, -32.95), 4326), true),
 (2062, '13650', 'ARSNS', 'ARSNS', 'San Nicolas', 'Argentina', st_setsrid(st_makepoint(-60.233333, -33.333333), 4326), true),
 (2063, '13690', 'ARIBY', 'ARIBY', 'Puerto Ibicuy', 'Argentina', st_setsrid(st_makepoint(-59.183333, -33.75), 4326), true),
 (2064, '9280', NULL, NULL, 'Port Oconnor', 'United States', st_setsrid(st_makepoint(-96.4, 28.45), 4326), true),
 (2065, '12850', 'BRVIX', 'BRVIX', 'Vitoria', 'Brazil', st_setsrid(st_makepoint(-40.333333, -20.316667), 4326), true),
 (2066, '17410', 'USSIF', 'USSIF', 'Silverdale', 'United States', st_setsrid(st_makepoint(-122.7, 47.65), 4326), true),
 (2067, '14640', 'CLCNR', 'CLCNR', 'Puerto Chanaral', 'Chile', st_setsrid(st_makepoint(-70.65, -26.35), 4326), true),
 (2068, '16560', 'USYXG', 'USYXG', 'Walnut Grove', 'United States', st_setsrid(st_makepoint(-121.516667, 38.233333), 4326), true),
 (2069, '14220', 'CLWCA', 'CLWCA', 'Puerto Castro', 'Chile', st_setsrid(st_makepoint(-73.766667, -42.483333), 4326), true),
 (2070, '3710', 'CAPEW', 'CAPEW', 'Point Edward', 'Canada', st_setsrid(st_makepoint(-82.416667, 43.0), 4326), true),
 (2071, '2210', 'CATRR', 'CATRR', 'Trois Rivieres', 'Canada', st_setsrid(st_makepoint(-72.55, 46.35), 4326), true),
 (2072, '2710', 'CAGNN', 'CAGNN', 'Rockport', 'Canada', st_setsrid(st_makepoint(-75.933333, 44.383333), 4326), true),
 (2073, '13820', 'ARINW', 'ARINW', 'Puerto Ingeniero White', 'Argentina', st_setsrid(st_makepoint(-62.266667, -38.8), 4326), true),
 (2074, '13600', 'ARSMA', 'ARSMA', 'Puerto San Martin', 'Argentina', st_setsrid(st_makepoint(-60.733333, -32.716667), 4326), true),
 (2075, '12491', 'BRVDC', 'BRVDC', 'Vila Do Conde', 'Brazil', st_setsrid(st_makepoint(-48.75, -1.55), 4326), true),
 (2076, '8630', 'USPEF', 'USPEF', 'Port Everglades', 'United States', st_setsrid(st_makepoint(-80.116667, 26.1), 4326), true),
 (2077, '3070', 'CAPWE', 'CAPWE', 'Port Weller', 'Canada', st_setsrid(st_makepoint(-79.216667, 43.233333), 4326), true),
 (2078, '1955', 'CASEI', 'CASEI', 'Sept Iles', 'Canada', st_setsrid(st_makepoint(-66.383333, 50.2), 4326), true),
 (2079, '16120', 'USNTD', 'USNTD', 'Port Hueneme', 'United States', st_setsrid(st_makepoint(-119.2, 34.15), 4326), true),
 (2080, '18160', 'CAPMO', 'CAPMO', 'Port Moody', 'Canada', st_setsrid(st_makepoint(-122.883333, 49.283333), 4326), true),
 (2081, '14075', 'CLWPU', 'CLWPU', 'Puerto Williams', 'Chile', st_setsrid(st_makepoint(-67.6, -54.933333), 4326), true),
 (2082, '14650', 'CLTTC', 'CLTTC', 'Taltal', 'Chile', st_setsrid(st_makepoint(-70.483333, -25.4), 4326), true),
 (2083, '13981', NULL, NULL, 'Villa Constitucion', 'Argentina', st_setsrid(st_makepoint(-60.333333, -33.3), 4326), true),
 (2084, '15030', 'PECHM', 'PECHM', 'Puerto De Chimbote', 'Peru', st_setsrid(st_makepoint(-78.616667, -9.083333), 4326), true),
 (2085, '3660', 'CASOM', 'CASOM', 'Sombra', 'Canada', st_setsrid(st_makepoint(-82.483333, 42.716667), 4326), true),
 (2086, '3590', 'USWYD', 'USWYD', 'Wyandotte', 'United States', st_setsrid(st_makepoint(-83.15, 42.2), 4326), true),
 (2087, '3010', 'CAPCR', 'CAPCR', 'Port Credit', 'Canada', st_setsrid(st_makepoint(-79.583333, 43.55), 4326), true),
 (2088, '13700', 'ARZAE', 'ARZAE', 'Zarate', 'Argentina', st_setsrid(st_makepoint(-59.033333, -34.083333), 4326), true),
 (2089, '8830', 'USSUL', 'USSUL', 'Port Sulphur', 'United States', st_setsrid(st_makepoint(-89.683333, 29.483333), 4326), true),
 (2090, '12855', 'BRTUB', 'BRTUB', 'Tubarao', 'Brazil', st_setsrid(st_makepoint(-40.25, -20.283333), 4326), true),
 (2091, '3090', 'CAWEL', 'CAWEL', 'Welland', 'Canada', st_setsrid(st_makepoint(-79.25, 43.0), 4326), true),
 (2092, '13940', 'ARSJL', 'ARSJL', 'Puerto San Julian', 'Argentina', st_setsrid(st_makepoint(-67.7, -49.316667), 4326), true),
 (2093, '11770', 'TTPTF', 'TTPTF', 'Point Fortin', 'Trinidad and Tobago', st_setsrid(st_makepoint(-61.7, 10.2), 4326), true),
 (2094, '8530', 'USSAV', 'USSAV', 'Savannah', 'United States', st_setsrid(st_makepoint(-81.083333, 32.083333), 4326), true),
 (2095, '15110', 'PEPMT', 'PEPMT', 'Pimental', 'Peru', st_setsrid(st_makepoint(-79.933333, -6.833333), 4326), true),
 (2096, '2180', 'CAQUE', 'CAQUE', 'Quebec', 'Canada', st_setsrid(st_makepoint(-71.216667, 46.816667), 4326), true),
 (2097, '12980', 'BRPNG', 'BRPNG', 'Paranagua', 'Brazil', st_setsrid(st_makepoint(-48.516667, -25.5), 4326), true),
 (2098, '18340', 'CAPOW', 'CAPOW', 'Powell River', 'Canada', st_setsrid(st_makepoint(-124.533333, 49.866667), 4326), true),
 (2099, '2220', 'CASOR', 'CASOR', 'Sorel', 'Canada', st_setsrid(st_makepoint(-73.116667, 46.05), 4326), true),
 (2100, '14130', NULL, NULL, 'Port San Juan De La Juan', 'Chile', st_setsrid(st_makepoint(-70.916667, -53.633333), 4326), true),
 (2101, '8460', 'USWGC', 'USWGC', 'Wrightsville', 'United States', st_setsrid(st_makepoint(-77.816667, 34.216667), 4326), true),
 (2102, '13610', 'ARSLO', 'ARSLO', 'San Lorenzo', 'Argentina', st_setsrid(st_makepoint(-60.733333, -32.75), 4326), true),
 (2103, '14080', NULL, NULL, 'Punta Delgada', 'Chile', st_setsrid(st_makepoint(-69.55, -52.466667), 4326), true),
 (2104, '8440', NULL, NULL, 'Swansboro', 'United States', st_setsrid(st_makepoint(-77.133333, 34.683333), 4326), true),
 (2105, '9510', 'MXPGO', 'MXPGO', 'Progreso', 'Mexico', st_setsrid(st_makepoint(-89.666667, 21.283333), 4326), true),
 (2106, '13860', 'ARBSB', 'ARBSB', 'San Blas', 'Argentina', st_setsrid(st_makepoint(-62.233333, -40.566667), 4326), true),
 (2107, '18960', 'CAPSI', 'CAPSI', 'Port Simpson', 'Canada', st_setsrid(st_makepoint(-130.433333, 54.566667), 4326), true),
 (2108, '18872', 'CAPMA', 'CAPMA', 'Port Mcneill', 'Canada', st_setsrid(st_makepoint(-127.083333, 50.583333), 4326), true),
 (2109, '28550', 'EEPRN', 'EEPRN', 'Parnu', 'Estonia', st_setsrid(st_makepoint(24.480001, 58.383351), 4326), true),
 (2110, '28520', 'EEHLT', 'EEHLT', 'Heltermaa', 'Estonia', st_setsrid(st_makepoint(23.048341, 58.866684), 4326), true),
 (2111, '46855', 'ZARCB', 'ZARCB', 'Richards Bay', 'South Africa', st_setsrid(st_makepoint(32.09833333, -28.81), 4326), true),
 (2112, '28740', 'PLGDY', 'PLGDY', 'Gdynia', 'Poland', st_setsrid(st_makepoint(18.55, 54.533333), 4326), true),
 (2113, '28710', 'PLGDN', 'PLGDN', 'Gdansk', 'Poland', st_setsrid(st_makepoint(18.666667, 54.35), 4326), true),
 (2114, '28790', 'PLDAR', 'PLDAR', 'Darlowo', 'Poland', st_setsrid(st_makepoint(16.416667, 54.433333), 4326), true),
 (2115, '28800', 'PLKOL', 'PLKOL', 'Kolobrzeg', 'Poland', st_setsrid(st_makepoint(15.55, 54.216667), 4326), true),
 (2116, '29085', 'DKNEX', 'DKNEX', 'Nekso', 'Denmark', st_setsrid(st_makepoint(15.133333, 55.066667), 4326), true),
 (2117, '24960', 'SEKLI', 'SEKLI', 'Klintehamn', 'Sweden', st_setsrid(st_makepoint(18.2, 57.383333), 4326), true),
 (2118, '62130', 'JPKOK', 'JPKOK', 'Kokura Ko', 'Japan', st_setsrid(st_makepoint(130.883333, 33.883333), 4326), true),
 (2119, '41045', 'HROMI', 'HROMI', 'Omisalj', 'Croatia', st_setsrid(st_makepoint(14.55, 45.216667), 4326), true),
 (2120, '40100', 'ITMSN', 'ITMSN', 'Messina', 'Italy', st_setsrid(st_makepoint(15.566667, 38.2), 4326), true),
 (2121, '30725', 'DEITZ', 'DEITZ', 'Itzehoe', 'Germany', st_setsrid(st_makepoint(9.516667, 53.916667), 4326), true),
 (2122, '35750', 'FRCQF', 'FRCQF', 'Calais', 'France', st_setsrid(st_makepoint(1.85, 50.966667), 4326), true),
 (2123, '35740', 'FRGRV', 'FRGRV', 'Gravelines', 'France', st_setsrid(st_makepoint(2.116667, 51.0), 4326), true),
 (2124, '5480', 'USGRM', 'USGRM', 'Grand Marais', 'United States', st_setsrid(st_makepoint(-90.333333, 47.75), 4326), true),
 (2125, '4800', 'USCHI', 'USCHI', 'Chicago', 'United States', st_setsrid(st_makepoint(-87.6, 41.883333), 4326), true),
 (2126, '12935', NULL, NULL, 'Guaiba Island Terminal', 'Brazil', st_setsrid(st_makepoint(-44.033333, -23.016667), 4326), true),
 (2127, '2975', 'CACOC', 'CACOC', 'Contrecour', 'Canada', st_setsrid(st_makepoint(-73.2, 45.883333), 4326), true),
 (2128, '29720', 'DKNTD', 'DKNTD', 'Nysted', 'Denmark', st_setsrid(st_makepoint(11.733333, 54.666667), 4326), true),
 (2129, '52090', 'IDGTO', 'IDGTO', 'Gorontalo', 'Indonesia', st_setsrid(st_makepoint(123.05, 0.5), 4326), true),
 (2130, '25760', 'SEIGG', 'SEIGG', 'Iggesund', 'Sweden', st_setsrid(st_makepoint(17.083333, 61.65), 4326), true),
 (2131, '5350', NULL, NULL, 'Copper Harbor', 'United States', st_setsrid(st_makepoint(-87.866667, 47.466667), 4326), true),
 (2132, '13710', 'ARCMP', 'ARCMP', 'Campana', 'Argentina', st_setsrid(st_makepoint(-58.966667, -34.15), 4326), true),
 (2133, '45814', 'MRNKC', 'MRNKC', 'Nouakchott', 'Mauritania', st_setsrid(st_makepoint(-16.033333, 18.033333), 4326), true),
 (2134, '36220', 'FRLLG', 'FRLLG', 'Le Legue', 'France', st_setsrid(st_makepoint(-2.75, 48.533333), 4326), true),
 (2135, '60000', 'CNNJI', 'CNNJI', 'Nanjing', 'China', st_setsrid(st_makepoint(118.75, 32.083333), 4326), true),
 (2136, '9080', 'USPOA', 'USPOA', 'Port Arthur', 'United States', st_setsrid(st_makepoint(-93.966667, 29.833333), 4326), true),
 (2137, '400', 'ISSEY', 'ISSEY', 'Seydhisfjordhur', 'Iceland', st_setsrid(st_makepoint(-14.0, 65.266667), 4326), true),
 (2138, '13670', 'ARSPD', 'ARSPD', 'San Pedro', 'Argentina', st_setsrid(st_makepoint(-59.816667, -33.583333), 4326), true),
 (2139, '18820', 'CAPAC', 'CAPAC', 'Port Alice', 'Canada', st_setsrid(st_makepoint(-127.45, 50.383333), 4326), true),
 (2140, '60060', 'CNHNK', 'CNHNK', 'Hankow', 'China', st_setsrid(st_makepoint(114.283333, 30.583333), 4326), true),
 (2141, '55740', 'CKAVA', 'CKAVA', 'Avatiu', 'Cook Islands', st_setsrid(st_makepoint(-159.783333, -21.2), 4326), true),
 (2142, '47900', 'ERMSW', 'ERMSW', 'Mitsiwa Harbor', 'Eritrea', st_setsrid(st_makepoint(39.466667, 15.616667), 4326), true),
 (2143, '46305', 'GQBSG', 'GQBSG', 'Bata', 'Equatorial Guinea', st_setsrid(st_makepoint(9.766667, 1.866667), 4326), true),
 (2144, '45165', 'EGALY', 'EGALY', 'Al Iskandariyh (Alexandria)', 'Egypt', st_setsrid(st_makepoint(29.833333, 31.166667), 4326), true),
 (2145, '42920', 'GRJSY', 'GRJSY', 'Limin Sirou', 'Greece', st_setsrid(st_makepoint(24.95, 37.433333), 4326), true),
 (2146, '42200', 'GRFLS', 'GRFLS', 'Elevsis', 'Greece', st_setsrid(st_makepoint(23.55, 38.033333), 4326), true),
 (2147, '35732', 'FRDKK', 'FRDKK', 'Dunkerque Port Ouest', 'France', st_setsrid(st_makepoint(2.35, 51.066667), 4326), true),
 (2148, '18441', 'CADCN', 'CADCN', 'Duncan Bay', 'Canada', st_setsrid(st_makepoint(-125.283333, 50.066667), 4326), true),
 (2149, '14500', 'CLVAP', 'CLVAP', 'Bahia De Valparaiso', 'Chile', st_setsrid(st_makepoint(-71.616667, -33.033333), 4326), true),
 (2150, '14340', 'CLZAL', 'CLZAL', 'Bahia De Valdivia', 'Chile', st_setsrid(st_makepoint(-73.25, -39.8), 4326), true),
 (2151, '5740', 'CAGEO', 'CAGEO', 'Georgetown', 'Canada', st_setsrid(st_makepoint(-62.533333, 46.183333), 4326), true),
 (2152, '4230', 'CABCM', 'CABCM', 'Bruce Mines', 'Canada', st_setsrid(st_makepoint(-83.783333, 46.283333), 4326), true),
 (2153, '4170', 'CAYZE', 'CAYZE', 'Gore Bay', 'Canada', st_setsrid(st_makepoint(-82.466667, 45.916667), 4326), true),
 (2154, '4050', 'CABTT', 'CABTT', 'Byng Inlet', 'Canada', st_setsrid(st_makepoint(-80.566667, 45.766667), 4326), true),
 (2155, '3050', 'CAHAM', 'CAHAM', 'Hamilton', 'Canada', st_setsrid(st_makepoint(-79.85, 43.25), 4326), true),
 (2156, '2740', 'CAKIN', 'CAKIN', 'Kingston', 'Canada', st_setsrid(st_makepoint(-76.5, 44.233333), 4326), true),
 (2157, '18630', 'CAYAJ', 'CAYAJ', 'Lyall Harbor', 'Canada', st_setsrid(st_makepoint(-123.2, 48.8), 4326), true),
 (2158, '46330', 'GQLUB', 'GQLUB', 'Luba', 'Equatorial Guinea', st_setsrid(st_makepoint(8.566667, 3.5), 4326), true),
 (2159, '2310', 'CAOKA', 'CAOKA', 'Oka Sur Le Lac', 'Canada', st_setsrid(st_makepoint(-74.083333, 45.466667), 4326), true),
 (2160, '2420', 'CAMBO', 'CAMBO', 'Montebello', 'Canada', st_setsrid(st_makepoint(-74.933333, 45.65), 4326), true),
 (2161, '2510', 'CAGAT', 'CAGAT', 'Gatineau', 'Canada', st_setsrid(st_makepoint(-75.65, 45.483333), 4326), true),
 (2162, '2530', 'CAHUL', 'CAHUL', 'Hull', 'Canada', st_setsrid(st_makepoint(-75.7, 45.433333), 4326), true),
 (2163, '5130', 'CA345', 'CA345', 'Goulais Bay', 'Canada', st_setsrid(st_makepoint(-84.5, 46.733333), 4326), true),
 (2164, '42760', 'GRMJT', 'GRMJT', 'Mitilini', 'Greece', st_setsrid(st_makepoint(26.566667, 39.1), 4326), true),
 (2165, '42820', 'GRJKH', 'GRJKH', 'Khios', 'Greece', st_setsrid(st_makepoint(26.133333, 38.366667), 4326), true),
 (2166, '30720', 'DEBRB', 'DEBRB', 'Brunsbuttel Canal Terminals', 'Germany', st_setsrid(st_makepoint(9.15, 53.9), 4326), true),
 (2167, '42310', 'GRQKG', 'GRQKG', 'Dhiavlos Steno', 'Greece', st_setsrid(st_makepoint(23.6, 38.45), 4326), true),
 (2168, '43030', 'GRMLO', 'GRMLO', 'Milos', 'Greece', st_setsrid(st_makepoint(24.45, 36.716667), 4326), true),
 (2169, '43155', 'GRANI', 'GRANI', 'Ayios Nikolaos', 'Greece', st_setsrid(st_makepoint(25.716667, 35.2), 4326), true),
 (2170, '43250', 'GRKGS', 'GRKGS', 'Limin Kos', 'Greece', st_setsrid(st_makepoint(27.283333, 36.9), 4326), true),
 (2171, '47310', 'KMFOU', 'KMFOU', 'Fomboni', 'Comoros', st_setsrid(st_makepoint(43.75, -12.266667), 4326), true),
 (2172, '5180', 'CAHBY', 'CAHBY', 'Heron Bay', 'Canada', st_setsrid(st_makepoint(-86.316667, 48.65), 4326), true),
 (2173, '27610', 'FIHLL', 'FIHLL', 'Hellnas', 'Finland', st_setsrid(st_makepoint(22.233333, 63.283333), 4326), true),
 (2174, '18525', 'CAHMC', 'CAHMC', 'Harmac', 'Canada', st_setsrid(st_makepoint(-123.85, 49.133333), 4326), true),
 (2175, '6170', 'CAGBR', 'CAGBR', 'Goldsboro', 'Canada', st_setsrid(st_makepoint(-61.65, 45.183333), 4326), true),
 (2176, '56015', 'PFTAI', 'PFTAI', 'Baie Taiohae', 'French Polynesia', st_setsrid(st_makepoint(-140.083333, -8.933333), 4326), true),
 (2177, '57825', 'CNHUN', 'CNHUN', 'Huangpuxingang', 'China', st_setsrid(st_makepoint(113.5, 23.05), 4326), true),
 (2178, '20498', 'CABBN', 'CABBN', 'Bernard Harbor', 'Canada', st_setsrid(st_makepoint(-114.766667, 68.783333), 4326), true),
 (2179, '14560', 'CLGYC', 'CLGYC', 'Bahia Herradura Guayacan', 'Chile', st_setsrid(st_makepoint(-71.366667, -29.966667), 4326), true),
 (2180, '15645', 'SVAQJ', 'SVAQJ', 'Acajutla Offshore Terminal', 'El Salvador', st_setsrid(st_makepoint(-89.866667, 13.583333), 4326), true),
 (2181, '18916', 'CAYKT', 'CAYKT', 'Klemtu', 'Canada', st_setsrid(st_makepoint(-128.516667, 52.6), 4326), true),
 (2182, '2370', 'CACAB', 'CACAB', 'Chute A Blondeau', 'Canada', st_setsrid(st_makepoint(-74.466667, 45.583333), 4326), true),
 (2183, '2390', 'CAHAW', 'CAHAW', 'Hawkesbury', 'Canada', st_setsrid(st_makepoint(-74.616667, 45.616667), 4326), true),
 (2184, '2400', 'CAFSS', 'CAFSS', 'Fassett', 'Canada', st_setsrid(st_makepoint(-74.866667, 45.65), 4326), true),
 (2185, '2480', 'CAOCL', 'CAOCL', 'Cumberland', 'Canada', st_setsrid(st_makepoint(-75.4, 45.516667), 4326), true),
 (2186, '2490', 'CAMAS', 'CAMAS', 'Masson', 'Canada', st_setsrid(st_makepoint(-75.416667, 45.533333), 4326), true),
 (2187, '2550', 'CABHA', 'CABHA', 'Beauharnois', 'Canada', st_setsrid(st_makepoint(-73.883333, 45.316667), 4326), true),
 (2188, '2830', 'CAILL', 'CAILL', 'Millhaven', 'Canada', st_setsrid(st_makepoint(-76.733333, 44.2), 4326), true),
 (2189, '4120', 'CAYEM', 'CAYEM', 'Manitowaning', 'Canada', st_setsrid(st_makepoint(-81.8, 45.75), 4326), true),
 (2190, '11050', 'DOLCS', 'DOLCS', 'Las Calderas', 'Dominican Republic', st_setsrid(st_makepoint(-70.516667, 18.216667), 4326), true),
 (2191, '45151', 'EGDAM', 'EGDAM', 'Damietta', 'Egypt', st_setsrid(st_makepoint(31.75, 31.483333), 4326), true),
 (2192, '46340', 'GCCOG', 'GCCOG', 'Cogo', 'Equatorial Guinea', st_setsrid(st_makepoint(9.7, 1.083333), 4326), true),
 (2193, '46451', 'GAETA', 'GAETA', 'Etame Terminal', 'Gabon', st_setsrid(st_makepoint(10.516667, -3.75), 4326), true),
 (2194, '47320', 'KMMUT', 'KMMUT', 'Moutsamoudu', 'Comoros', st_setsrid(st_makepoint(44.4, -12.15), 4326), true),
 (2195, '47340', 'KMDZA', 'KMDZA', 'Dzaoudzi', 'Comoros', st_setsrid(st_makepoint(45.25, -12.783333), 4326), true),
 (2196, '28496', 'EEMRS', 'EEMRS', 'Meeruse', 'Estonia', st_setsrid(st_makepoint(24.6722, 59.45087), 4326), true),
 (2197, '28498', 'EEBEK', 'EEBEK', 'Bekkeri', 'Estonia', st_setsrid(st_makepoint(24.66745, 59.45454), 4326), true),
 (2198, '28492', 'EELHS', 'EELHS', 'Lahesuu', 'Estonia', st_setsrid(st_makepoint(24.70300272, 59.4570562), 4326), true),
 (2199, '14635', 'CLCAA', 'CLCAA', 'Puerto Calderilla', 'Chile', st_setsrid(st_makepoint(-70.866667, -27.083333), 4326), true),
 (2200, '2430', 'CAPPV', 'CAPPV', 'Papineauville', 'Canada', st_setsrid(st_makepoint(-75.016667, 45.616667), 4326), true),
 (2201, '14250', 'CLQMC', 'CLQMC', 'Puerto Quemchi', 'Chile', st_setsrid(st_makepoint(-73.483333, -42.15), 4326), true),
 (2202, '3330', 'CADLM', 'CADLM', 'Pelee I North Wharf', 'Canada', st_setsrid(st_makepoint(-82.666667, 41.816667), 4326), true),
 (2203, '41950', 'GRGYT', 'GRGYT', 'Yithion', 'Greece', st_setsrid(st_makepoint(22.566667, 36.75), 4326), true),
 (2204, '18090', 'CASVN', 'CASVN', 'Steveston', 'Canada', st_setsrid(st_makepoint(-123.183333, 49.133333), 4326), true),
 (2205, '14630', 'CLCLD', 'CLCLD', 'Puerto Caldera', 'Chile', st_setsrid(st_makepoint(-70.833333, -27.05), 4326), true),
 (2206, '15490', 'CRXQP', 'CRXQP', 'Puerto Quepos', 'Costa Rica', st_setsrid(st_makepoint(-84.166667, 9.433333), 4326), true),
 (2207, '41910', 'GRNAV', 'GRNAV', 'Pilos', 'Greece', st_setsrid(st_makepoint(21.666667, 36.9), 4326), true),
 (2208, '2300', 'CADON', 'CADON', 'Vaudreuil', 'Canada', st_setsrid(st_makepoint(-74.033333, 45.4), 4326), true),
 (2209, '3095', 'CASC4', 'CASC4', 'St Catherine', 'Canada', st_setsrid(st_makepoint(-79.283333, 43.183333), 4326), true),
 (2210, '2880', 'CAPIC', 'CAPIC', 'Picton', 'Canada', st_setsrid(st_makepoint(-77.133333, 44.016667), 4326), true),
 (2211, '3110', 'CAQNS', 'CAQNS', 'Queenston', 'Canada', st_setsrid(st_makepoint(-79.066667, 43.166667), 4326), true),
 (2212, '44910', 'CYKAR', 'CYKAR', 'Xeros', 'Cyprus', st_setsrid(st_makepoint(32.833333, 35.133333), 4326), true),
 (2213, '36850', 'FRSNR', 'FRSNR', 'St Nazaire', 'France', st_setsrid(st_makepoint(-2.2, 47.283333), 4326), true),
 (2214, '3810', 'CAYVV', 'CAYVV', 'Wiarton', 'Canada', st_setsrid(st_makepoint(-81.133333, 44.75), 4326), true),
 (2215, '15275', 'ECPEV', 'ECPEV', 'Puerto Maritimo De Guayaquil', 'Ecuador', st_setsrid(st_makepoint(-79.9, -2.283333), 4326), true),
 (2216, '40980', 'HRRAS', 'HRRAS', 'Zaliv Rasa', 'Croatia', st_setsrid(st_makepoint(14.066667, 45.05), 4326), true),
 (2217, '14470', 'CLSAI', 'CLSAI', 'Puerto San Antonio', 'Chile', st_setsrid(st_makepoint(-71.616667, -33.583333), 4326), true),
 (2218, '45172', 'EGSKT', 'EGSKT', 'Sidi Kerir (Kurayr)', 'Egypt', st_setsrid(st_makepoint(29.616667, 31.1), 4326), true),
 (2219, '38770', 'FRPSL', 'FRPSL', 'Port Saint Louis Du Rhone', 'France', st_setsrid(st_makepoint(4.816667, 43.383333), 4326), true),
 (2220, '42860', 'GRPYT', 'GRPYT', 'Pithagorion', 'Greece', st_setsrid(st_makepoint(26.95, 37.683333), 4326), true),
 (2221, '2990', 'CAWHI', 'CAWHI', 'Port Whitby', 'Canada', st_setsrid(st_makepoint(-78.933333, 43.85), 4326), true),
 (2222, '14800', 'CLARI', 'CLARI', 'Rada De Arica', 'Chile', st_setsrid(st_makepoint(-70.333333, -18.466667), 4326), true),
 (2223, '29905', 'DKSKB', 'DKSKB', 'Skaerbaek', 'Denmark', st_setsrid(st_makepoint(9.616667, 55.516667), 4326), true),
 (2224, '39100', 'FRAJA', 'FRAJA', 'Port D'' Ajaccio', 'France', st_setsrid(st_makepoint(8.75, 41.916667), 4326), true),
 (2225, '2340', 'CASAE', 'CASAE', 'St Andrews East', 'Canada', st_setsrid(st_makepoint(-74.333333, 45.566667), 4326), true),
 (2226, '2590', 'CAAIT', 'CAAIT', 'St Anicet', 'Canada', st_setsrid(st_makepoint(-74.366667, 45.133333), 4326), true),
 (2227, '46310', 'GQSER', 'GQSER', 'Serpentina Terminal', 'Equatorial Guinea', st_setsrid(st_makepoint(8.083333, 3.8), 4326), true),
 (2228, '45963', 'CISPY', 'CISPY', 'San Pedro', 'Cote D''Ivoire', st_setsrid(st_makepoint(-6.616667, 4.733333), 4326), true),
 (2229, '4220', 'CATHS', 'CATHS', 'Thessalon', 'Canada', st_setsrid(st_makepoint(-83.566667, 46.25), 4326), true),
 (2230, '2470', 'CAROK', 'CAROK', 'Rockland', 'Canada', st_setsrid(st_makepoint(-75.3, 45.55), 4326), true),
 (2231, '35840', 'FRLEH', 'FRLEH', 'Port Of Le Havre', 'France', st_setsrid(st_makepoint(0.116667, 49.483333), 4326), true),
 (2232, '14100', 'CLPUQ', 'CLPUQ', 'Rada Punta Arenas', 'Chile', st_setsrid(st_makepoint(-70.9, -53.166667), 4326), true),
 (2233, '14000', 'FKPSY', 'FKPSY', 'Stanley', 'Falkland Islands (Islas Malvinas)', st_setsrid(st_makepoint(-57.833333, -51.7), 4326), true),
 (2234, '45990', 'CIPBT', 'CIPBT', 'Port Bouet', 'Cote D''Ivoire', st_setsrid(st_makepoint(-3.966667, 5.233333), 4326), true),
 (2235, '44345', 'GESPS', 'GESPS', 'Supsa Marine Terminal', 'Georgia', st_setsrid(st_makepoint(41.716667, 42.1), 4326), true),
 (2236, '39090', 'FRPRP', 'FRPRP', 'Port De Propriano', 'France', st_setsrid(st_makepoint(8.9, 41.683333), 4326), true),
 (2237, '2330', 'CAPLI', 'CAPLI', 'St Placide', 'Canada', st_setsrid(st_makepoint(-74.2, 45.533333), 4326), true),
 (2238, '35950', 'FRCER', 'FRCER', 'Rade De Cherbourg', 'France', st_setsrid(st_makepoint(-1.633333, 49.65), 4326), true),
 (2239, '3760', 'CASON', 'CASON', 'Southampton', 'Canada', st_setsrid(st_makepoint(-81.383333, 44.5), 4326), true),
 (2240, '2570', 'CASZT', 'CASZT', 'St Zotique', 'Canada', st_setsrid(st_makepoint(-74.25, 45.25), 4326), true),
 (2241, '14330', 'CLCRR', 'CLCRR', 'Puerto De Corral', 'Chile', st_setsrid(st_makepoint(-73.433333, -39.866667), 4326), true),
 (2242, '2460', 'CAURS', 'CAURS', 'Thurso', 'Canada', st_setsrid(st_makepoint(-75.233333, 45.6), 4326), true),
 (2243, '2730', 'CAWFI', 'CAWFI', 'Wolfe Island', 'Canada', st_setsrid(st_makepoint(-76.433333, 44.2), 4326), true),
 (2244, '35850', 'FRURO', 'FRURO', 'Port Of Rouen', 'France', st_setsrid(st_makepoint(1.066667, 49.45), 4326), true),
 (2245, '2600', 'CALCS', 'CALCS', 'South Lancaster', 'Canada', st_setsrid(st_makepoint(-74.5, 45.133333), 4326), true),
 (2246, '47985', 'EGZTB', 'EGZTB', 'Zeit Bay Terminal', 'Egypt', st_setsrid(st_makepoint(33.6, 27.833333), 4326), true),
 (2247, '48060', 'EGAZA', 'EGAZA', 'Ras Abu Zanimah', 'Egypt', st_setsrid(st_makepoint(33.116667, 29.033333), 4326), true),
 (2248, '62118', 'JBHBI', 'JBHBI', 'Hibikinada', 'Japan', st_setsrid(st_makepoint(130.833333, 33.933333), 4326), true),
 (2249, '61480', 'JPNGO', 'JPNGO', 'Nagoya Ko', 'Japan', st_setsrid(st_makepoint(136.866667, 35.066667), 4326), true),
 (2250, '48090', 'JOAQJ', 'JOAQJ', 'Al Aqabah', 'Jordan', st_setsrid(st_makepoint(35.0, 29.516667), 4326), true),
 (2251, '45320', 'LYMIS', 'LYMIS', 'Misratah', 'Libya', st_setsrid(st_makepoint(15.216667, 32.366667), 4326), true),
 (2252, '45290', 'LYZUE', 'LYZUE', 'Ez Zueitina', 'Libya', st_setsrid(st_makepoint(20.05, 30.85), 4326), true),
 (2253, '45280', 'LYBEN', 'LYBEN', 'Banghazi', 'Libya', st_setsrid(st_makepoint(20.05, 32.116667), 4326), true),
 (2254, '50045', 'IDKIJ', 'IDKIJ', 'Kijang', 'Indonesia', st_setsrid(st_makepoint(104.6, 0.85), 4326), true),
 (2255, '48480', 'IRLVP', 'IRLVP', 'Jazireh-Ye Lavan Oil Terminal', 'Iran', st_setsrid(st_makepoint(53.333333, 26.783333), 4326), true),
 (2256, '48390', 'IQKHA', 'IQKHA', 'Khawr Al Amaya', 'Iraq', st_setsrid(st_makepoint(48.8, 29.783333), 4326), true),
 (2257, '48360', 'KWMIB', 'KWMIB', 'Mina Abd Allah', 'Kuwait', st_setsrid(st_makepoint(48.166667, 29.016667), 4326), true),
 (2258, '40250', 'ITAUG', 'ITAUG', 'Augusta', 'Italy', st_setsrid(st_makepoint(15.233333, 37.216667), 4326), true),
 (2259, '50340', 'IDAJN', 'IDAJN', 'Ardjuna Oil Field', 'Indonesia', st_setsrid(st_makepoint(107.716667, -5.883333), 4326), true),
 (2260, '45323', 'LYKHM', 'LYKHM', 'Khoms', 'Libya', st_setsrid(st_makepoint(14.25, 32.666667), 4326), true),
 (2261, '45337', 'LYBOU', 'LYBOU', 'Bouri Oil Field', 'Libya', st_setsrid(st_makepoint(12.65, 33.9), 4326), true),
 (2262, '450', 'ISFAS', 'ISFAS', 'Budir', 'Iceland', st_setsrid(st_makepoint(-14.016667, 64.933333), 4326), true),
 (2263, '61875', 'JPNIH', 'JPNIH', 'Eastern Part Of Niigata-Ko', 'Japan', st_setsrid(st_makepoint(139.233333, 38.016667), 4326), true),
 (2264, '45850', 'GNKMC', 'GNKMC', 'Kamsar', 'Guinea', st_setsrid(st_makepoint(-14.616667, 10.633333), 4326), true),
 (2265, '45857', 'GNBTY', 'GNBTY', 'Benti', 'Guinea', st_setsrid(st_makepoint(-13.2, 9.166667), 4326), true),
 (2266, '48361', 'KWMEA', 'KWMEA', 'Mina Al Ahmadi', 'Kuwait', st_setsrid(st_makepoint(48.166667, 29.066667), 4326), true),
 (2267, '48540', 'IRJAK', 'IRJAK', 'Jask', 'Iran', st_setsrid(st_makepoint(57.766667, 25.633333), 4326), true),
 (2268, '51850', 'IDBTH', 'IDBTH', 'Gunung Batu Besar', 'Indonesia', st_setsrid(st_makepoint(116.3, -2.616667), 4326), true),
 (2269, '52760', 'IDNAM', 'IDNAM', 'Namlea', 'Indonesia', st_setsrid(st_makepoint(127.083333, -3.283333), 4326), true),
 (2270, '51330', 'IDLKA', 'IDLKA', 'Larantuka', 'Indonesia', st_setsrid(st_makepoint(122.983333, -8.35), 4326), true),
 (2271, '51340', 'IDENE', 'IDENE', 'Ende', 'Indonesia', st_setsrid(st_makepoint(121.65, -8.833333), 4326), true),
 (2272, '45110', 'ILAKL', 'ILAKL', 'Ashqelon', 'Israel', st_setsrid(st_makepoint(34.5, 31.666667), 4326), true),
 (2273, '45220', 'LYTOB', 'LYTOB', 'Mersa Tobruq', 'Libya', st_setsrid(st_makepoint(23.983333, 32.083333), 4326), true),
 (2274, '45330', 'LYTIP', 'LYTIP', 'Mina Tarabulus (Tripoli)', 'Libya', st_setsrid(st_makepoint(13.183333, 32.9), 4326), true),
 (2275, '48406', 'IQKAZ', 'IQKAZ', 'Khawr Al Zubair Lng Terminal', 'Iraq', st_setsrid(st_makepoint(47.916667, 30.133333), 4326), true),
 (2276, '48530', 'IRHOR', 'IRHOR', 'Jazireh-Ye Hormoz', 'Iran', st_setsrid(st_makepoint(56.45, 27.1), 4326), true),
 (2277, '48535', 'IRSXI', 'IRSXI', 'Jazireh-Ye Sirri', 'Iran', st_setsrid(st_makepoint(54.55, 25.9), 4326), true),
 (2278, '50518', 'IDKTJ', 'IDKTJ', 'Kuala Tanjung', 'Indonesia', st_setsrid(st_makepoint(99.483333, 3.366667), 4326), true),
 (2279, '51736', 'MYMZS', 'MYMZS', 'Mostyn', 'Malaysia', st_setsrid(st_makepoint(118.25, 4.683333), 4326), true),
 (2280, '51860', 'IDKBU', 'IDKBU', 'Kota Baru', 'Indonesia', st_setsrid(st_makepoint(116.216667, -3.233333), 4326), true),
 (2281, '52230', 'IDKNL', 'IDKNL', 'Kolonodale', 'Indonesia', st_setsrid(st_makepoint(121.333333, -1.983333), 4326), true),
 (2282, '52260', 'IDBUW', 'IDBUW', 'Baubau', 'Indonesia', st_setsrid(st_makepoint(122.616667, -5.466667), 4326), true),
 (2283, '53100', 'IDFKQ', 'IDFKQ', 'Fakfak', 'Indonesia', st_setsrid(st_makepoint(132.283333, -2.933333), 4326), true),
 (2284, '56025', 'KICIS', 'KICIS', 'Canton Island', 'Kiribati', st_setsrid(st_makepoint(-171.716667, -2.833333), 4326), true),
 (2285, '61642', 'JPMKS', 'JPMKS', 'Mitsukojima', 'Japan', st_setsrid(st_makepoint(132.516667, 34.183333), 4326), true),
 (2286, '61820', 'JPFKJ', 'JPFKJ', 'Fukui Ko', 'Japan', st_setsrid(st_makepoint(136.1, 36.183333), 4326), true),
 (2287, '34020', 'IEWES', 'IEWES', 'Westport', 'Ireland', st_setsrid(st_makepoint(-9.533333, 53.8), 4326), true),
 (2288, '45296', 'LYRLA', 'LYRLA', 'Ras   Lanuf', 'Libya', st_setsrid(st_makepoint(18.566667, 30.516667), 4326), true),
 (2289, '15570', 'HNSLO', 'HNSLO', 'Puerto De Hencan', 'Honduras', st_setsrid(st_makepoint(-87.45, 13.4), 4326), true),
 (2290, '51720', 'MYSDK', 'MYSDK', 'Pelabuhan Sandakan', 'Malaysia', st_setsrid(st_makepoint(118.116667, 5.833333), 4326), true),
 (2291, '61353', 'JPSOM', 'JPSOM', 'Soma', 'Japan', st_setsrid(st_makepoint(140.95, 37.833333), 4326), true),
 (2292, '11450', 'GPPTP', 'GPPTP', 'Pointe A Pitre', 'Guadeloupe', st_setsrid(st_makepoint(-61.533333, 16.233333), 4326), true),
 (2293, '50805', 'IDSEQ', 'IDSEQ', 'Sungaipakning', 'Indonesia', st_setsrid(st_makepoint(102.166667, 1.35), 4326), true),
 (2294, '11670', 'GDSTG', 'GDSTG', 'St George''s', 'Grenada', st_setsrid(st_makepoint(-61.75, 12.05), 4326), true),
 (2295, '52270', 'IDRAQ', 'IDRAQ', 'Raha Roadstead', 'Indonesia', st_setsrid(st_makepoint(122.733333, -4.85), 4326), true),
 (2296, '48468', 'IRCYT', 'IRCYT', 'Sirus Oil Terminal', 'Iran', st_setsrid(st_makepoint(49.483333, 29.016667), 4326), true),
 (2297, '51584', 'MYTMP', 'MYTMP', 'Tg. Mani', 'Malaysia', st_setsrid(st_makepoint(111.35, 2.15), 4326), true),
 (2298, '51803', 'IDSGQ', 'IDSGQ', 'Tanjung Sangata', 'Indonesia', st_setsrid(st_makepoint(117.566667, 0.366667), 4326), true),
 (2299, '51504', 'IDWID', 'IDWID', 'Widuri Marine Terminal', 'Indonesia', st_setsrid(st_makepoint(106.65, -4.666667), 4326), true),
 (2300, '50300', 'IDSUG', 'IDSUG', 'Sungaigerong', 'Indonesia', st_setsrid(st_makepoint(104.833333, -2.983333), 4326), true),
 (2301, '59385', 'PHMGG', 'PHMGG', 'Mangagoy', 'Philippines', st_setsrid(st_makepoint(126.316667, 8.233333), 4326), true),
 (2302, '48295', 'QAHAL', 'QAHAL', 'Jazirat Halul', 'Qatar', st_setsrid(st_makepoint(52.416667, 25.683333), 4326), true),
 (2303, '48140', 'SAJED', 'SAJED', 'Jiddah', 'Saudi Arabia', st_setsrid(st_makepoint(39.183333, 21.483333), 4326), true),
 (2304, '47160', 'SOMGQ', 'SOMGQ', 'Muqdisho', 'Somalia', st_setsrid(st_makepoint(45.35, 2.033333), 4326), true),
 (2305, '47150', 'SOMER', 'SOMER', 'Marka', 'Somalia', st_setsrid(st_makepoint(44.783333, 1.716667), 4326), true),
 (2306, '46235', 'NGODU', 'NGODU', 'Odudu Terminal', 'Nigeria', st_setsrid(st_makepoint(7.766667, 4.0), 4326), true),
 (2307, '43590', 'ROBRA', 'ROBRA', 'Braila', 'Romania', st_setsrid(st_makepoint(27.983333, 45.25), 4326), true),
 (2308, '14860', 'PEMRI', 'PEMRI', 'Bahia De Matarani', 'Peru', st_setsrid(st_makepoint(-72.116667, -17.0), 4326), true),
 (2309, '46161', 'NGFOR', 'NGFOR', 'Forcados Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(5.183333, 5.166667), 4326), true),
 (2310, '46206', 'NGBON', 'NGBON', 'Bonny Offshore Terminal', 'Nigeria', st_setsrid(st_makepoint(7.233333, 4.183333), 4326), true),
 (2311, '57275', 'NCKOU', 'NCKOU', 'Baie De Kouaoua', 'New Caledonia', st_setsrid(st_makepoint(165.816667, -21.383333), 4326), true),
 (2312, '23465', 'NOAKM', 'NOAKM', 'Akrahamn', 'Norway', st_setsrid(st_makepoint(5.183333, 59.266667), 4326), true),
 (2313, '11550', 'MQFDF', 'MQFDF', 'Fort De France', 'Martinique', st_setsrid(st_makepoint(-61.066667, 14.6), 4326), true),
 (2314, '57890', 'TWKEL', 'TWKEL', 'Chi-Lung', 'Taiwan', st_setsrid(st_makepoint(121.766667, 25.133333), 4326), true),
 (2315, '57953', 'TWMLI', 'TWMLI', 'Mailiao', 'Taiwan', st_setsrid(st_makepoint(120.166667, 23.783333), 4326), true),
 (2316, '60330', 'KRKUV', 'KRKUV', 'Kunsan', 'South Korea', st_setsrid(st_makepoint(126.616667, 35.983333), 4326), true),
 (2317, '44180', 'RUAAQ', 'RUAAQ', 'Anapa', 'Russia', st_setsrid(st_makepoint(37.316667, 44.883333), 4326), true),
 (2318, '56840', 'PGBAA', 'PGBAA', 'Bialla', 'Papua New Guinea', st_setsrid(st_makepoint(150.983333, -5.3), 4326), true),
 (2319, '14060', 'GSGRV', 'GSGRV', 'Grytviken', 'South Georgia and South Sandwich Islands', st_setsrid(st_makepoint(-36.5, -54.266667), 4326), true),
 (2320, '28310', 'RUVYS', 'RUVYS', 'Gavan Vysotsk', 'Russia', st_setsrid(st_makepoint(28.566667, 60.616667), 4326), true),
 (2321, '27130', 'SEBNF', 'SEBNF', 'Brannfors', 'Sweden', st_setsrid(st_makepoint(21.383333, 65.016667), 4326), true),
 (2322, '59670', 'PHJNZ', 'PHJNZ', 'Jimenez', 'Philippines', st_setsrid(st_makepoint(123.866667, 8.333333), 4326), true),
 (2323, '14960', 'PEANC', 'PEANC', 'Bahia De Ancon', 'Peru', st_setsrid(st_makepoint(-77.183333, -11.75), 4326), true),
 (2324, '15200', 'PELOB', 'PELOB', 'Caleta Lobitos', 'Peru', st_setsrid(st_makepoint(-81.283333, -4.45), 4326), true),
 (2325, '44210', 'RUGDZ', 'RUGDZ', 'Gelendzhik', 'Russia', st_setsrid(st_makepoint(38.066667, 44.55), 4326), true),
 (2326, '11160', 'PRFAJ', 'PRFAJ', 'Bahia De Fajardo', 'Puerto Rico', st_setsrid(st_makepoint(-65.633333, 18.333333), 4326), true),
 (2327, '46670', 'SHASI', 'SHASI', 'Georgetown', 'Saint Helena, Ascension, and Tristan da Cunha', st_setsrid(st_makepoint(-14.416667, -7.933333), 4326), true),
 (2328, '56350', 'MHENT', 'MHENT', 'Enitwetak Island', 'Marshall Islands', st_setsrid(st_makepoint(162.333333, 11.333333), 4326), true),
 (2329, '57437', 'THMAT', 'THMAT', 'Map Ta Phut', 'Thailand', st_setsrid(st_makepoint(101.166667, 12.666667), 4326), true),
 (2330, '48106', 'SADHU', 'SADHU', 'Duba', 'Saudi Arabia', st_setsrid(st_makepoint(35.533333, 27.566667), 4326), true),
 (2331, '55230', 'NZMCY', 'NZMCY', 'Manukau Harbor', 'New Zealand', st_setsrid(st_makepoint(174.783333, -36.933333), 4326), true),
 (2332, '38190', 'ESACE', 'ESACE', 'Arrecife', 'Spain', st_setsrid(st_makepoint(-13.533333, 28.95), 4326), true),
 (2333, '58740', 'PHMAA', 'PHMAA', 'Maasin', 'Philippines', st_setsrid(st_makepoint(124.833333, 10.133333), 4326), true),
 (2334, '48235', 'OMDQM', 'OMDQM', 'Duqm', 'Oman', st_setsrid(st_makepoint(57.71690892, 19.67325258), 4326), true),
 (2335, '56370', 'MHKWA', 'MHKWA', 'Kwajalein', 'Marshall Islands', st_setsrid(st_makepoint(167.733333, 8.716667), 4326), true),
 (2336, '21315', 'NORMJ', 'NORMJ', 'Olavsvern', 'Norway', st_setsrid(st_makepoint(19.00754929, 69.52562925), 4326), true),
 (2337, '46195', 'NGQIB', 'NGQIB', 'Qua Iboe Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(8.033333, 4.233333), 4326), true),
 (2338, '14840', 'PEILQ', 'PEILQ', 'Puerto Ilo', 'Peru', st_setsrid(st_makepoint(-71.366667, -17.633333), 4326), true),
 (2339, '47700', 'REZSE', 'REZSE', 'Saint-Pierre', 'Reunion', st_setsrid(st_makepoint(55.466667, -21.35), 4326), true),
 (2340, '47680', 'RERUN', 'RERUN', 'Saint-Denis', 'Reunion', st_setsrid(st_makepoint(55.45, -20.866667), 4326), true),
 (2341, '28410', 'RUULU', 'RUULU', 'Reka Luga', 'Russia', st_setsrid(st_makepoint(28.316667, 59.666667), 4326), true),
 (2342, '15210', 'PECAB', 'PECAB', 'Puerto Cabo Blanco', 'Peru', st_setsrid(st_makepoint(-81.233333, -4.25), 4326), true),
 (2343, '27250', 'SETOE', 'SETOE', 'Torehamn', 'Sweden', st_setsrid(st_makepoint(22.65, 65.9), 4326), true),
 (2344, '46171', 'NGUKP', 'NGUKP', 'Ukpokiti Marine Terminal', 'Nigeria', st_setsrid(st_makepoint(4.833333, 5.716667), 4326), true),
 (2345, '14980', 'PEHCO', 'PEHCO', 'Puerto De Huacho', 'Peru', st_setsrid(st_makepoint(-77.616667, -11.116667), 4326), true),
 (2346, '28370', 'RULED', 'RULED', 'Sankt-Peterburg', 'Russia', st_setsrid(st_makepoint(30.3, 59.933333), 4326), true),
 (2347, '14950', 'PECLL', 'PECLL', 'Puerto Del Callao', 'Peru', st_setsrid(st_makepoint(-77.15, -12.05), 4326), true),
 (2348, '45821', 'SNRQ2', 'SNRQ2', 'Rufisque', 'Senegal', st_setsrid(st_makepoint(-17.283333, 14.7), 4326), true),
 (2349, '11110', 'PRSJU', 'PRSJU', 'San Juan', 'Puerto Rico', st_setsrid(st_makepoint(-66.116667, 18.466667), 4326), true),
 (2350, '47220', 'SCPOV', 'SCPOV', 'Victoria', 'Seychelles', st_setsrid(st_makepoint(55.45, -4.616667), 4326), true),
 (2351, '13250', 'PYASU', 'PYASU', 'Puerto De Asuncion', 'Paraguay', st_setsrid(st_makepoint(-57.683333, -25.266667), 4326), true),
 (2352, '44140', 'RUTMR', 'RUTMR', 'Temryuk', 'Russia', st_setsrid(st_makepoint(37.35, 45.35), 4326), true),
 (2353, '11280', 'PRGUX', 'PRGUX', 'Playa De Guanica', 'Puerto Rico', st_setsrid(st_makepoint(-66.916667, 17.966667), 4326), true),
 (2354, '45720', 'MAAHU', 'MAAHU', 'Port D Al Hoceima', 'Morocco', st_setsrid(st_makepoint(-3.916667, 35.25), 4326), true),
 (2355, '11260', 'PRPSE', 'PRPSE', 'Playa De Ponce', 'Puerto Rico', st_setsrid(st_makepoint(-66.616667, 17.983333), 4326), true),
 (2356, '46200', 'NGPEN', 'NGPEN', 'Pennington Oil Terminal', 'Nigeria', st_setsrid(st_makepoint(5.616667, 4.25), 4326), true),
 (2357, '11270', 'PRGUY', 'PRGUY', 'Playa De Guayanilla', 'Puerto Rico', st_setsrid(st_makepoint(-66.766667, 18.016667), 4326), true),
 (2358, '55320', 'NZLYT', 'NZLYT', 'Port Lyttelton', 'New Zealand', st_setsrid(st_makepoint(172.716667, -43.6), 4326), true),
 (2359, '59070', 'PHSCA', 'PHSCA', 'San Carlos', 'Philippines', st_setsrid(st_makepoint(123.416667, 10.483333), 4326), true),
 (2360, '56530', 'MPTIQ', 'MPTIQ', 'Tinian', 'Northern Mariana Islands', st_setsrid(st_makepoint(145.616667, 14.966667), 4326), true),
 (2361, '58800', 'PHPPN', 'PHPPN', 'Palompon', 'Philippines', st_setsrid(st_makepoint(124.383333, 11.05), 4326), true),
 (2362, '56975', 'SBNOR', 'SBNOR', 'Port Noro', 'Solomon Islands', st_setsrid(st_makepoint(157.183333, -8.216667), 4326), true),
 (2363, '57434', 'THTTE', 'THTTE', 'Tantawan Marine Terminal', 'Thailand', st_setsrid(st_makepoint(101.416667, 10.083333), 4326), true),
 (2364, '57460', 'THSRI', 'THSRI', 'Si Racha Terminal', 'Thailand', st_setsrid(st_makepoint(100.883333, 13.116667), 4326), true),
 (2365, '58640', 'PHBGV', 'PHBGV', 'Port Borongan', 'Philippines', st_setsrid(st_makepoint(125.433333, 11.6), 4326), true),
 (2366, '57443', 'THRYG', 'THRYG', 'Rayong Tpi Terminal', 'Thailand', st_setsrid(st_makepoint(101.3, 12.633333), 4326), true),
 (2367, '47946', 'SDSSD', 'SDSSD', 'Sawakin Harbor', 'Sudan', st_setsrid(st_makepoint(37.35, 19.133333), 4326), true),
 (2368, '48282', 'AEJED', 'AEJED', 'Jabal Az Zannah/ruways', 'United Arab Emirates', st_setsrid(st_makepoint(52.7, 24.2), 4326), true),
 (2369, '45440', 'TNBIZ', 'TNBIZ', 'Banzart', 'Tunisia', st_setsrid(st_makepoint(9.883333, 37.283333), 4326), true),
 (2370, '43900', 'UAKEH', 'UAKEH', 'Kerch', 'Ukraine', st_setsrid(st_makepoint(36.483333, 45.35), 4326), true),
 (2371, '43850', 'UAFEO', 'UAFEO', 'Feodosiya', 'Ukraine', st_setsrid(st_makepoint(35.433333, 45.016667), 4326), true),
 (2372, '43645', 'UAILK', 'UAILK', 'Illichivsk', 'Ukraine', st_setsrid(st_makepoint(30.65, 46.3), 4326), true),
 (2373, '35290', 'GBFAL', 'GBFAL', 'Falmouth Harbour', 'United Kingdom', st_setsrid(st_makepoint(-5.066667, 50.15), 4326), true),
 (2374, '35015', 'GBNPT', 'GBNPT', 'Newport', 'United Kingdom', st_setsrid(st_makepoint(-2.983333, 51.55), 4326), true),
 (2375, '45808', 'EHVIC', 'EHVIC', 'Ad Dakhla', 'Western Sahara', st_setsrid(st_makepoint(-15.916667, 23.7), 4326), true),
 (2376, '48198', 'YENIS', 'YENIS', 'Nishtun', 'Yemen', st_setsrid(st_makepoint(52.2, 15.816667), 4326), true),
 (2377, '12210', 'VEPRG', 'VEPRG', 'Bahia De Pertigalete', 'Venezuela', st_setsrid(st_makepoint(-64.566667, 10.233333), 4326), true),
 (2378, '32980', 'GBCBA', 'GBCBA', 'Castle Bay', 'United Kingdom', st_setsrid(st_makepoint(-7.483333, 56.95), 4326), true),
 (2379, '43370', 'TRECE', 'TRECE', 'Eceabat', 'Turkey', st_setsrid(st_makepoint(26.366667, 40.183333), 4326), true),
 (2380, '43435', 'TRITY', 'TRITY', 'Istinye', 'Turkey', st_setsrid(st_makepoint(29.05, 41.116667), 4326), true),
 (2381, '57655', 'VNVUT', 'VNVUT', 'Mui Vung Tau', 'Vietnam', st_setsrid(st_makepoint(107.066667, 10.316667), 4326), true),
 (2382, '48202', 'YEASR', 'YEASR', 'Ash Shihr Oil Terminal', 'Yemen', st_setsrid(st_makepoint(49.5, 14.733333), 4326), true),
 (2383, '48216', 'YEBLH', 'YEBLH', 'Balhaf', 'Yemen', st_setsrid(st_makepoint(48.183333, 13.966667), 4326), true),
 (2384, '44625', 'TRGOK', 'TRGOK', 'Golcuk Burnu', 'Turkey', st_setsrid(st_makepoint(29.816667, 40.733333), 4326), true),
 (2385, '44802', 'TRBOT', 'TRBOT', 'Botas Dortyol Oil Terminal', 'Turkey', st_setsrid(st_makepoint(36.133333, 36.866667), 4326), true),
 (2386, '45809', 'MAEUN', 'MAEUN', 'Laayoune', 'Western Sahara', st_setsrid(st_makepoint(-13.433333, 27.083333), 4326), true),
 (2387, '43700', 'UABGD', 'UABGD', 'Belgorod-Dnestrovsky', 'Ukraine', st_setsrid(st_makepoint(30.366667, 46.183333), 4326), true),
 (2388, '45370', 'TNDJE', 'TNDJE', 'Houmt Souk', 'Tunisia', st_setsrid(st_makepoint(10.85, 33.883333), 4326), true),
 (2389, '45390', 'TNSFA', 'TNSFA', 'Mersa Sfax', 'Tunisia', st_setsrid(st_makepoint(10.766667, 34.733333), 4326), true),
 (2390, '57520', 'VNPQC', 'VNPQC', 'Duong Dong', 'Vietnam', st_setsrid(st_makepoint(103.966667, 10.216667), 4326), true),
 (2391, '48274', 'AEHAM', 'AEHAM', 'Al Hamriyah Lpg Terminal', 'United Arab Emirates', st_setsrid(st_makepoint(55.483333, 25.466667), 4326), true),
 (2392, '31390', 'GBCTM', 'GBCTM', 'Chatham Docks', 'United Kingdom', st_setsrid(st_makepoint(0.55, 51.4), 4326), true),
 (2393, '48271', 'AESHJ', 'AESHJ', 'Ash Shariqah', 'United Arab Emirates', st_setsrid(st_makepoint(55.366667, 25.416667), 4326), true),
 (2394, '11750', 'TTPTS', 'TTPTS', 'Point Lisas Industrial Port', 'Trinidad and Tobago', st_setsrid(st_makepoint(-61.5, 10.4), 4326), true),
 (2395, '45460', 'TNTBJ', 'TNTBJ', 'Tabarka', 'Tunisia', st_setsrid(st_makepoint(8.766667, 36.966667), 4326), true),
 (2396, '43673', 'UAOCT', 'UAOCT', 'Port Oktyabrsk', 'Ukraine', st_setsrid(st_makepoint(31.933333, 46.833333), 4326), true),
 (2397, '13130', 'UYJLC', 'UYJLC', 'Puerto Sauce', 'Uruguay', st_setsrid(st_makepoint(-57.45, -34.433333), 4326), true),
 (2398, '57610', 'VNBNO', 'VNBNO', 'Vinh Cam Ranh', 'Vietnam', st_setsrid(st_makepoint(109.166667, 11.883333), 4326), true),
 (2399, '48152', 'YESAL', 'YESAL', 'Salif', 'Yemen', st_setsrid(st_makepoint(42.666667, 15.3), 4326), true),
 (2400, '48650', 'INBED', 'INBED', 'Bedi', 'India', st_setsrid(st_makepoint(70.04555556, 22.57305556), 4326), true),
 (2401, '48605', 'PKBQM', 'PKBQM', 'Muhamamad Bin Qasim', 'Pakistan', st_setsrid(st_makepoint(67.35, 24.766667), 4326), true),
 (2402, '48600', 'PKKHI', 'PKKHI', 'Karachi', 'Pakistan', st_setsrid(st_makepoint(66.983333, 24.783333), 4326), true),
 (2403, '48617', 'INMUN', 'INMUN', 'Mundra', 'India', st_setsrid(st_makepoint(69.70666667, 22.72833333), 4326), true),
 (2404, '48670', 'INOKH', 'INOKH', 'Okha', 'India', st_setsrid(st_makepoint(69.07972222, 22.46805556), 4326), true),
 (2405, '8170', 'USOCE', 'USOCE', 'Ocean City', 'United States', st_setsrid(st_makepoint(-75.083333, 38.333333), 4326), true),
 (2406, '7920', 'USHYM', 'USHYM', 'Chrome', 'United States', st_setsrid(st_makepoint(-74.216667, 40.566667), 4326), true),
 (2407, '7895', 'US8BY', 'US8BY', 'Bayway', 'United States', st_setsrid(st_makepoint(-74.2, 40.633333), 4326), true),
 (2408, '7690', 'USACG', 'USACG', 'Catskill', 'United States', st_setsrid(st_makepoint(-73.85, 42.216667), 4326), true),
 (2409, '7680', 'USKGT', 'USKGT', 'Kingston', 'United States', st_setsrid(st_makepoint(-73.966667, 41.933333), 4326), true),
 (2410, '7660', 'USSWF', 'USSWF', 'Newburgh', 'United States', st_setsrid(st_makepoint(-74.0, 41.5), 4326), true),
 (2411, '7520', 'USEEX', 'USEEX', 'Essex', 'United States', st_setsrid(st_makepoint(-72.383333, 41.35), 4326), true),
 (2412, '7510', 'USNOC', 'USNOC', 'Norwich', 'United States', st_setsrid(st_makepoint(-72.083333, 41.516667), 4326), true),
 (2413, '7450', 'USMTP', 'USMTP', 'Montauk Harbor', 'United States', st_setsrid(st_makepoint(-71.933333, 41.066667), 4326), true),
 (2414, '56272', 'USNAX', 'USNAX', 'Barber''s Point', 'United States', st_setsrid(st_makepoint(-158.116667, 21.316667), 4326), true),
 (2415, '56260', 'USKUA', 'USKUA', 'Kaunakakai', 'United States', st_setsrid(st_makepoint(-157.033333, 21.083333), 4326), true),
 (2416, '56200', 'USLHN', 'USLHN', 'Lahaina', 'United States', st_setsrid(st_makepoint(-156.666667, 20.866667), 4326), true),
 (2417, '17080', 'USHQM', 'USHQM', 'Hoquiam', 'United States', st_setsrid(st_makepoint(-123.9, 46.966667), 4326), true),
 (2418, '7320', 'USFMH', 'USFMH', 'Falmouth', 'United States', st_setsrid(st_makepoint(-70.616667, 41.55), 4326), true),
 (2419, '6770', 'US9HA', 'US9HA', 'Bass Harbor', 'United States', st_setsrid(st_makepoint(-68.35, 44.233333), 4326), true),
 (2420, '19820', 'USADQ', 'USADQ', 'Kodiak', 'United States', st_setsrid(st_makepoint(-152.4, 57.783333), 4326), true),
 (2421, '19795', 'USNIK', 'USNIK', 'Nikiski', 'United States', st_setsrid(st_makepoint(-151.4, 60.683333), 4326), true),
 (2422, '19530', 'USFNR', 'USFNR', 'Funter', 'United States', st_setsrid(st_makepoint(-134.9, 58.25), 4326), true),
 (2423, '19240', 'USHYG', 'USHYG', 'Hydaburg', 'United States', st_setsrid(st_makepoint(-132.833333, 55.2), 4326), true),
 (2424, '19220', 'USKXA', 'USKXA', 'Kasaan', 'United States', st_setsrid(st_makepoint(-132.4, 55.533333), 4326), true),
 (2425, '17920', 'USFRD', 'USFRD', 'Friday Harbor', 'United States', st_setsrid(st_makepoint(-123.016667, 48.533333), 4326), true),
 (2426, '17100', 'USNEB', 'USNEB', 'Neah Bay', 'United States', st_setsrid(st_makepoint(-124.616667, 48.366667), 4326), true),
 (2427, '16720', 'USBDY', 'USBDY', 'Bandon', 'United States', st_setsrid(st_makepoint(-124.416667, 43.116667), 4326), true),
 (2428, '16660', 'USF5L', 'USF5L', 'Fields Landing', 'United States', st_setsrid(st_makepoint(-124.216667, 40.716667), 4326), true),
 (2429, '5410', 'USBFI', 'USBFI', 'Bayfield', 'United States', st_setsrid(st_makepoint(-90.816667, 46.8), 4326), true),
 (2430, '5280', 'USMQT', 'USMQT', 'Marquette', 'United States', st_setsrid(st_makepoint(-87.383333, 46.533333), 4326), true),
 (2431, '5020', 'USMOY', 'USMOY', 'Marinette', 'United States', st_setsrid(st_makepoint(-87.6, 45.083333), 4326), true),
 (2432, '4960', 'USKAU', 'USKAU', 'Kaukauna', 'United States', st_setsrid(st_makepoint(-88.266667, 44.283333), 4326), true),
 (2433, '4780', 'USECH', 'USECH', 'Indiana Harbor', 'United States', st_setsrid(st_makepoint(-87.433333, 41.666667), 4326), true),
 (2434, '4750', 'USMGC', 'USMGC', 'Michigan City', 'United States', st_setsrid(st_makepoint(-86.9, 41.733333), 4326), true),
 (2435, '4510', 'USSHG', 'USSHG', 'Cheboygan', 'United States', st_setsrid(st_makepoint(-84.466667, 45.65), 4326), true),
 (2436, '20480', 'USBRW', 'USBRW', 'Barrow', 'United States', st_setsrid(st_makepoint(-156.783333, 71.283333), 4326), true),
 (2437, '19910', 'USKLN', 'USKLN', 'Larsen Bay', 'United States', st_setsrid(st_makepoint(-153.983333, 57.533333), 4326), true),
 (2438, '16410', 'USMI8', 'USMI8', 'Mare Island', 'United States', st_setsrid(st_makepoint(-122.266667, 38.1), 4326), true),
 (2439, '16260', 'USMLG', 'USMLG', 'Moss Landing', 'United States', st_setsrid(st_makepoint(-121.783333, 36.8), 4326), true),
 (2440, '9250', 'USFPO', 'USFPO', 'Freeport', 'United States', st_setsrid(st_makepoint(-95.333333, 28.95), 4326), true),
 (2441, '8790', 'USBIX', 'USBIX', 'Biloxi', 'United States', st_setsrid(st_makepoint(-88.883333, 30.383333), 4326), true),
 (2442, '8490', 'USGGE', 'USGGE', 'Georgetown', 'United States', st_setsrid(st_makepoint(-79.283333, 33.366667), 4326), true),
 (2443, '4470', 'USAPN', 'USAPN', 'Alpena', 'United States', st_setsrid(st_makepoint(-83.416667, 45.066667), 4326), true),
 (2444, '5270', 'USMGS', 'USMGS', 'Munising', 'United States', st_setsrid(st_makepoint(-86.65, 46.416667), 4326), true),
 (2445, '19310', 'USKAE', 'USKAE', 'Kake', 'United States', st_setsrid(st_makepoint(-133.933333, 56.966667), 4326), true),
 (2446, '7330', 'USACK', 'USACK', 'Nantucket', 'United States', st_setsrid(st_makepoint(-70.1, 41.283333), 4326), true),
 (2447, '7410', 'USBSE', 'USBSE', 'Bristol', 'United States', st_setsrid(st_makepoint(-71.266667, 41.666667), 4326), true),
 (2448, '8850', 'USGTL', 'USGTL', 'Gretna', 'United States', st_setsrid(st_makepoint(-90.066667, 29.916667), 4326), true),
 (2449, '20250', 'USNNK', 'USNNK', 'Naknek', 'United States', st_setsrid(st_makepoint(-157.016667, 58.716667), 4326), true),
 (2450, '20280', 'USKKU', 'USKKU', 'Ekuk', 'United States', st_setsrid(st_makepoint(-158.566667, 58.816667), 4326), true),
 (2451, '20340', 'USKOT', 'USKOT', 'Kotlik', 'United States', st_setsrid(st_makepoint(-163.55, 63.033333), 4326), true),
 (2452, '20450', 'USOTZ', 'USOTZ', 'Kotzebue', 'United States', st_setsrid(st_makepoint(-162.583333, 66.916667), 4326), true),
 (2453, '4610', 'USCSX', 'USCSX', 'Charlevoix', 'United States', st_setsrid(st_makepoint(-85.266667, 45.316667), 4326), true),
 (2454, '4820', 'USGRL', 'USGRL', 'Great Lakes', 'United States', st_setsrid(st_makepoint(-87.833333, 42.3), 4326), true),
 (2455, '16838', 'USIQL', 'USIQL', 'Ilwaco', 'United States', st_setsrid(st_makepoint(-124.05, 46.3), 4326), true),
 (2456, '16920', 'USKAM', 'USKAM', 'Kalama', 'United States', st_setsrid(st_makepoint(-122.85, 46.016667), 4326), true),
 (2457, '17840', 'USCBL', 'USCBL', 'Coupeville', 'United States', st_setsrid(st_makepoint(-122.683333, 48.233333), 4326), true),
 (2458, '19450', 'USELV', 'USELV', 'Elfin Cove', 'United States', st_setsrid(st_makepoint(-136.35, 58.2), 4326), true),
 (2459, '19788', 'USNIN', 'USNIN', 'Ninilchik', 'United States', st_setsrid(st_makepoint(-151.683333, 60.05), 4326), true),
 (2460, '6660', 'USMLQ', 'USMLQ', 'Milbridge', 'United States', st_setsrid(st_makepoint(-67.883333, 44.533333), 4326), true),
 (2461, '6790', 'USBL3', 'USBL3', 'Brooklin', 'United States', st_setsrid(st_makepoint(-68.583333, 44.266667), 4326), true),
 (2462, '56160', 'USKWH', 'USKWH', 'Kawaihae', 'United States', st_setsrid(st_makepoint(-155.833333, 20.033333), 4326), true),
 (2463, '19890', 'USKYK', 'USKYK', 'Karluk', 'United States', st_setsrid(st_makepoint(-154.45, 57.566667), 4326), true),
 (2464, '20240', 'USEGX', 'USEGX', 'Egegik', 'United States', st_setsrid(st_makepoint(-157.366667, 58.2), 4326), true),
 (2465, '5310', 'USLAJ', 'USLAJ', 'L Anse', 'United States', st_setsrid(st_makepoint(-88.466667, 46.766667), 4326), true),
 (2466, '5420', 'USJPP', 'USJPP', 'La Pointe', 'United States', st_setsrid(st_makepoint(-90.783333, 46.783333), 4326), true),
 (2467, '19090', 'USWHD', 'USWHD', 'Hyder', 'United States', st_setsrid(st_makepoint(-130.0, 55.916667), 4326), true),
 (2468, '19805', 'USDRF', 'USDRF', 'Drift River', 'United States', st_setsrid(st_makepoint(-152.133333, 60.55), 4326), true),
 (2469, '6850', 'US9NV', 'US9NV', 'North Haven', 'United States', st_setsrid(st_makepoint(-68.866667, 44.133333), 4326), true),
 (2470, '8040', 'USDPW', 'USDPW', 'Deepwater Point', 'United States', st_setsrid(st_makepoint(-75.516667, 39.7), 4326), true),
 (2471, '8200', 'USHDC', 'USHDC', 'Havre De Grace', 'United States', st_setsrid(st_makepoint(-76.083333, 39.533333), 4326), true),
 (2472, '8330', 'USHD4', 'USHD4', 'Hertford', 'United States', st_setsrid(st_makepoint(-76.466667, 36.183333), 4326), true),
 (2473, '8895', 'USCEN', 'USCEN', 'Convent', 'United States', st_setsrid(st_makepoint(-90.833333, 30.016667), 4326), true),
 (2474, '16480', 'USMRZ', 'USMRZ', 'Martinez', 'United States', st_setsrid(st_makepoint(-122.133333, 38.033333), 4326), true),
 (2475, '16550', 'USIL8', 'USIL8', 'Isleton', 'United States', st_setsrid(st_makepoint(-121.6, 38.166667), 4326), true),
 (2476, '48210', 'YEZAM', 'YEZAM', 'Al Mukalla', 'Yemen', st_setsrid(st_makepoint(49.116667, 14.516667), 4326), true),
 (2477, '7120', 'USAUG', 'USAUG', 'Augusta', 'United States', st_setsrid(st_makepoint(-69.766667, 44.316667), 4326), true),
 (2478, '7220', 'USBVY', 'USBVY', 'Beverly', 'United States', st_setsrid(st_makepoint(-70.883333, 42.533333), 4326), true),
 (2479, '7310', 'USHYA', 'USHYA', 'Hyannis', 'United States', st_setsrid(st_makepoint(-70.283333, 41.65), 4326), true),
 (2480, '8150', 'USUAC', 'USUAC', 'Bristol', 'United States', st_setsrid(st_makepoint(-74.85, 40.1), 4326), true),
 (2481, '16960', 'USCMS', 'USCMS', 'Camas', 'United States', st_setsrid(st_makepoint(-122.4, 45.583333), 4326), true),
 (2482, '19270', 'USKLW', 'USKLW', 'Klawock', 'United States', st_setsrid(st_makepoint(-133.1, 55.55), 4326), true),
 (2483, '16570', 'USURD', 'USURD', 'Courtland', 'United States', st_setsrid(st_makepoint(-121.566667, 38.333333), 4326), true),
 (2484, '19260', 'USCGA', 'USCGA', 'Craig', 'United States', st_setsrid(st_makepoint(-133.15, 55.466667), 4326), true),
 (2485, '8480', 'USXMK', 'USXMK', 'Southport', 'United States', st_setsrid(st_makepoint(-78.016667, 33.916667), 4326), true),
 (2486, '8740', 'USPSJ', 'USPSJ', 'Port St Joe', 'United States', st_setsrid(st_makepoint(-85.316667, 29.816667), 4326), true),
 (2487, '8920', 'USSRE', 'USSRE', 'St Rose', 'United States', st_setsrid(st_makepoint(-90.316667, 29.95), 4326), true),
 (2488, '9310', 'USYAS', 'USYAS', 'Port Aransas', 'United States', st_setsrid(st_makepoint(-97.05, 27.833333), 4326), true),
 (2489, '8510', 'USPRJ', 'USPRJ', 'Port Royal', 'United States', st_setsrid(st_makepoint(-80.683333, 32.366667), 4326), true),
 (2490, '19400', 'USPTD', 'USPTD', 'Port Alexander', 'United States', st_setsrid(st_makepoint(-134.65, 56.25), 4326), true),
 (2491, '19380', 'USPTL', 'USPTL', 'Port Armstrong', 'United States', st_setsrid(st_makepoint(-134.666667, 56.3), 4326), true),
 (2492, '16450', 'USPCX', 'USPCX', 'Port Costa', 'United States', st_setsrid(st_makepoint(-122.183333, 38.05), 4326), true),
 (2493, '20230', 'USUGS', 'USUGS', 'Ugashik', 'United States', st_setsrid(st_makepoint(-157.416667, 57.533333), 4326), true),
 (2494, '4620', 'USTVC', 'USTVC', 'Traverse City', 'United States', st_setsrid(st_makepoint(-85.616667, 44.766667), 4326), true),
 (2495, '19620', 'USYAK', 'USYAK', 'Yakutat', 'United States', st_setsrid(st_makepoint(-139.733333, 59.55), 4326), true),
 (2496, '3580', 'USXNG', 'USXNG', 'Trenton', 'United States', st_setsrid(st_makepoint(-83.166667, 42.133333), 4326), true),
 (2497, '9320', 'USYIG', 'USYIG', 'Port Ingleside', 'United States', st_setsrid(st_makepoint(-97.183333, 27.816667), 4326), true),
 (2498, '19760', 'USSWD', 'USSWD', 'Seward', 'United States', st_setsrid(st_makepoint(-149.433333, 60.1), 4326), true),
 (2499, '20130', 'USUAA', 'USUAA', 'Unalaska', 'United States', st_setsrid(st_makepoint(-166.533333, 53.866667), 4326), true),
 (2500, '5290', 'USPSS', 'USPSS', 'Presque Isle', 'United States', st_setsrid(st_makepoint(-87.383333, 46.566667), 4326), true),
 (2501, '7280', 'USPYM', 'USPYM', 'Plymouth', 'United States', st_setsrid(st_makepoint(-70.666667, 41.95), 4326), true),
 (2502, '6760', 'USIS9', 'USIS9', 'Swans Island', 'United States', st_setsrid(st_makepoint(-68.45, 44.133333), 4326), true),
 (2503, '19210', 'USWRG', 'USWRG', 'Wrangell', 'United States', st_setsrid(st_makepoint(-132.383333, 56.466667), 4326), true),
 (2504, '16270', 'USSRU', 'USSRU', 'Santa Cruz', 'United States', st_setsrid(st_makepoint(-122.016667, 36.966667), 4326), true),
 (2505, '8930', 'USRSF', 'USRSF', 'Reserve', 'United States', st_setsrid(st_makepoint(-90.55, 30.05), 4326), true),
 (2506, '3420', 'USUZF', 'USUZF', 'Tonawanda', 'United States', st_setsrid(st_makepoint(-78.883333, 43.033333), 4326), true),
 (2507, '19440', 'USPEC', 'USPEC', 'Pelican', 'United States', st_setsrid(st_makepoint(-136.233333, 57.966667), 4326), true),
 (2508, '17940', 'USRCE', 'USRCE', 'Roche  Harbor', 'United States', st_setsrid(st_makepoint(-123.166667, 48.616667), 4326), true),
 (2509, '17040', 'USWSZ', 'USWSZ', 'Westhaven Cove', 'United States', st_setsrid(st_makepoint(-124.116667, 46.916667), 4326), true),
 (2510, '5400', 'USWZU', 'USWZU', 'Washburn', 'United States', st_setsrid(st_makepoint(-90.883333, 46.666667), 4326), true),
 (2511, '16370', 'USRCH', 'USRCH', 'Point Richmond', 'United States', st_setsrid(st_makepoint(-122.366667, 37.916667), 4326), true),
 (2512, '6690', 'US9SO', 'US9SO', 'Sorrento', 'United States', st_setsrid(st_makepoint(-68.183333, 44.466667), 4326), true),
 (2513, '19410', 'USSIT', 'USSIT', 'Sitka', 'United States', st_setsrid(st_makepoint(-135.333333, 57.05), 4326), true),
 (2514, '4430', 'USTWY', 'USTWY', 'Tawas City', 'United States', st_setsrid(st_makepoint(-83.5, 44.266667), 4326), true),
 (2515, '19780', 'USSOV', 'USSOV', 'Seldovia', 'United States', st_setsrid(st_makepoint(-151.733333, 59.433333), 4326), true),
 (2516, '8893', 'USSNJ', 'USSNJ', 'St. James', 'United States', st_setsrid(st_makepoint(-90.8275, 29.9792), 4326), true),
 (2517, '9260', 'USPSX', 'USPSX', 'Palacios', 'United States', st_setsrid(st_makepoint(-96.216667, 28.683333), 4326), true),
 (2518, '3540', 'USPCN', 'USPCN', 'Port Clinton', 'United States', st_setsrid(st_makepoint(-82.933333, 41.516667), 4326), true),
 (2519, '16520', 'USSCK', 'USSCK', 'Stockton', 'United States', st_setsrid(st_makepoint(-121.3, 37.95), 4326), true),
 (2520, '7030', 'USS8B', 'USS8B', 'South Bristol', 'United States', st_setsrid(st_makepoint(-69.55, 43.866667), 4326), true),
 (2521, '4740', 'USSXX', 'USSXX', 'St Joseph', 'United States', st_setsrid(st_makepoint(-86.483333, 42.116667), 4326), true),
 (2522, '20305', 'USPTU', 'USPTU', 'Platinum', 'United States', st_setsrid(st_makepoint(-161.833333, 59.016667), 4326), true),
 (2523, '4600', 'USPET', 'USPET', 'Petoskey', 'United States', st_setsrid(st_makepoint(-84.966667, 45.366667), 4326), true),
 (2524, '19770', 'USPGM', 'USPGM', 'Port Graham', 'United States', st_setsrid(st_makepoint(-151.816667, 59.35), 4326), true),
 (2525, '16540', 'USRVA', 'USRVA', 'Rio Vista', 'United States', st_setsrid(st_makepoint(-121.7, 38.15), 4326), true),
 (2526, '19280', 'USWSB', 'USWSB', 'Steamboat Bay', 'United States', st_setsrid(st_makepoint(-133.633333, 55.533333), 4326), true),
 (2527, '20360', 'USSMK', 'USSMK', 'St. Michael', 'United States', st_setsrid(st_makepoint(-162.033333, 63.483333), 4326), true),
 (2528, '19740', 'USPJS', 'USPJS', 'San Juan Cannery', 'United States', st_setsrid(st_makepoint(-148.066667, 60.05), 4326), true),
 (2529, '8590', 'USUST', 'USUST', 'St Augustine', 'United States', st_setsrid(st_makepoint(-81.316667, 29.9), 4326), true),
 (2530, '8822', 'USSW8', 'USSW8', 'Southwest Pass', 'United States', st_setsrid(st_makepoint(-90.7, 28.45), 4326), true),
 (2531, '6990', 'US9SA', 'US9SA', 'Thomaston', 'United States', st_setsrid(st_makepoint(-69.183333, 44.066667), 4326), true),
 (2532, '8680', 'USPIE', 'USPIE', 'St Petersburg', 'United States', st_setsrid(st_makepoint(-82.616667, 27.766667), 4326), true),
 (2533, '7140', 'USHP4', 'USHP4', 'South Harpswell', 'United States', st_setsrid(st_makepoint(-70.016667, 43.733333), 4326), true),
 (2534, '4340', 'USSCL', 'USSCL', 'St Clair', 'United States', st_setsrid(st_makepoint(-82.483333, 42.816667), 4326), true),
 (2535, '16190', 'USPB5', 'USPB5', 'Pismo Beach', 'United States', st_setsrid(st_makepoint(-120.65, 35.133333), 4326), true),
 (2536, '16380', 'USSAK', 'USSAK', 'Point San Pablo', 'United States', st_setsrid(st_makepoint(-122.433333, 37.966667), 4326), true),
 (2537, '6720', 'USW8S', 'USW8S', 'Southwest Harbor', 'United States', st_setsrid(st_makepoint(-68.316667, 44.283333), 4326), true),
 (2538, '19300', 'USPSG', 'USPSG', 'Petersburg', 'United States', st_setsrid(st_makepoint(-132.95, 56.816667), 4326), true),
 (2539, '8350', 'USXKN', 'USXKN', 'Plymouth', 'United States', st_setsrid(st_makepoint(-76.75, 35.866667), 4326), true),
 (2540, '8870', 'USMEM', 'USMEM', 'Port Of Memphis', 'United States', st_setsrid(st_makepoint(-90.166667, 35.066667), 4326), true),
 (2541, '19990', 'USPWI', 'USPWI', 'Port William', 'United States', st_setsrid(st_makepoint(-152.583333, 58.483333), 4326), true),
 (2542, '17250', 'USPUL', 'USPUL', 'Poulsbo', 'United States', st_setsrid(st_makepoint(-122.65, 47.733333), 4326), true),
 (2543, '3550', 'USPU2', 'USPU2', 'Put In Bay', 'United States', st_setsrid(st_makepoint(-82.816667, 41.65), 4326), true),
 (2544, '16930', 'USSTH', 'USSTH', 'St Helens', 'United States', st_setsrid(st_makepoint(-122.8, 45.866667), 4326), true),
 (2545, '19810', 'USKOZ', 'USKOZ', 'Ouzinkie', 'United States', st_setsrid(st_makepoint(-152.5, 57.916667), 4326), true),
 (2546, '7940', 'USSWN', 'USSWN', 'Sewaren', 'United States', st_setsrid(st_makepoint(-74.25, 40.55), 4326), true),
 (2547, '17990', 'USXJY', 'USXJY', 'Orcas', 'United States', st_setsrid(st_makepoint(-122.933333, 48.6), 4326), true),
 (2548, '16390', 'USP2C', 'USP2C', 'Pinole Point', 'United States', st_setsrid(st_makepoint(-122.366667, 38.016667), 4326), true),
 (2549, '7580', 'USUTP', 'USUTP', 'Southport', 'United States', st_setsrid(st_makepoint(-73.283333, 41.133333), 4326), true),
 (2550, '8160', 'USTTN', 'USTTN', 'Trenton', 'United States', st_setsrid(st_makepoint(-74.766667, 40.2), 4326), true),
 (2551, '7760', 'USWJQ', 'USWJQ', 'Weehawken', 'United States', st_setsrid(st_makepoint(-74.016667, 40.766667), 4326), true),
 (2552, '7730', 'USRER', 'USRER', 'Rensselaer', 'United States', st_setsrid(st_makepoint(-73.75, 42.65), 4326), true),
 (2553, '19680', 'USWQF', 'USWQF', 'Whittier', 'United States', st_setsrid(st_makepoint(-148.6944444, 60.77833333), 4326), true),
 (2554, '7670', 'USPOU', 'USPOU', 'Poughkeepsie', 'United States', st_setsrid(st_makepoint(-73.95, 41.7), 4326), true),
 (2555, '7650', 'USYON', 'USYON', 'Yonkers', 'United States', st_setsrid(st_makepoint(-73.9, 40.933333), 4326), true),
 (2556, '7430', 'USNCO', 'USNCO', 'Quonset Point', 'United States', st_setsrid(st_makepoint(-71.4, 41.583333), 4326), true),
 (2557, '8190', 'USSBY', 'USSBY', 'Salisbury', 'United States', st_setsrid(st_makepoint(-75.6, 38.366667), 4326), true),
 (2558, '32440', 'GBKWL', 'GBKWL', 'Kirkwall', 'United Kingdom', st_setsrid(st_makepoint(-2.966667, 58.983333), 4326), true),
 (2559, '32730', 'FOSRV', 'FOSRV', 'Sorvagur', 'Faroe Islands', st_setsrid(st_makepoint(-7.25, 62.083333), 4326), true),
 (2560, '32340', 'GBCRN', 'GBCRN', 'Cromarty', 'United Kingdom', st_setsrid(st_makepoint(-4.033333, 57.683333), 4326), true),
 (2561, '32702', 'FORVK', 'FORVK', 'Runavik', 'Faroe Islands', st_setsrid(st_makepoint(-6.716667, 62.116667), 4326), true),
 (2562, '32676', 'FOVAG', 'FOVAG', 'Vagur', 'Faroe Islands', st_setsrid(st_makepoint(-6.8, 61.483333), 4326), true),
 (2563, '32780', 'GBSCR', 'GBSCR', 'Scrabster Harbor', 'United Kingdom', st_setsrid(st_makepoint(-3.55, 58.616667), 4326), true),
 (2564, '32720', 'FOVES', 'FOVES', 'Vestmanna', 'Faroe Islands', st_setsrid(st_makepoint(-7.166667, 62.15), 4326), true),
 (2565, '32600', 'GBLER', 'GBLER', 'Lerwick', 'United Kingdom', st_setsrid(st_makepoint(-1.15, 60.167), 4326), true),
 (2566, '32680', 'FOTVO', 'FOTVO', 'Tvoroyri', 'Faroe Islands', st_setsrid(st_makepoint(-6.8, 61.55), 4326), true),
 (2567, '32740', 'FOFUG', 'FOFUG', 'Fuglafjordur', 'Faroe Islands', st_setsrid(st_makepoint(-6.8, 62.25), 4326), true),
 (2568, '32450', 'GBSNS', 'GBSNS', 'Stromness', 'United Kingdom', st_setsrid(st_makepoint(-3.3, 58.966667), 4326), true),
 (2569, '32750', 'FOKVI', 'FOKVI', 'Klaksvik', 'Faroe Islands', st_setsrid(st_makepoint(-6.583333, 62.233333), 4326), true),
 (2570, '32690', 'FOTOR', 'FOTOR', 'Torshavn', 'Faroe Islands', st_setsrid(st_makepoint(-6.75, 62.0), 4326), true),
 (2571, '34560', 'IEGRN', 'IEGRN', 'Greenore', 'Ireland', st_setsrid(st_makepoint(-6.133333, 54.033333), 4326), true),
 (2572, '3360', 'CAKVL', 'CAKVL', 'Kingsville', 'Canada', st_setsrid(st_makepoint(-82.733333, 42.016667), 4326), true),
 (2573, '34360', 'IEORK', 'IEORK', 'Cork', 'Ireland', st_setsrid(st_makepoint(-8.266667, 51.85), 4326), true),
 (2574, '62550', 'RUMAG', 'RUMAG', 'Bukhta Nagayeva (Magadan)', 'Russia', st_setsrid(st_makepoint(150.716667, 59.566667), 4326), true),
 (2575, '59860', 'CNFZH', 'CNFZH', 'Fuzhou', 'China', st_setsrid(st_makepoint(119.3, 26.083333), 4326), true),
 (2576, '60390', 'KRPUS', 'KRPUS', 'Busan', 'South Korea', st_setsrid(st_makepoint(129.033333, 35.1), 4326), true),
 (2577, '60385', 'KRCHF', 'KRCHF', 'Chinae', 'South Korea', st_setsrid(st_makepoint(128.65, 35.133333), 4326), true),
 (2578, '57864', 'CNDSN', 'CNDSN', 'Dongshan', 'China', st_setsrid(st_makepoint(117.505, 23.75666667), 4326), true),
 (2579, '62225', 'JPKII', 'JPKII', 'Kiire', 'Japan', st_setsrid(st_makepoint(130.55, 31.383333), 4326), true),
 (2580, '15830', 'MXTPB', 'MXTPB', 'Topolobampo', 'Mexico', st_setsrid(st_makepoint(-109.066667, 25.6), 4326), true),
 (2581, '46130', 'NGLOS', 'NGLOS', 'Lagos', 'Nigeria', st_setsrid(st_makepoint(3.4, 6.4), 4326), true),
 (2582, '48230', 'OMSLL', 'OMSLL', 'Mina Raysut', 'Oman', st_setsrid(st_makepoint(54.02916667, 16.95111111), 4326), true),
 (2583, '33780', 'GBKLR', 'GBKLR', 'Kilroot', 'United Kingdom', st_setsrid(st_makepoint(-5.716667, 54.733333), 4326), true),
 (2584, '15850', 'MXGYM', 'MXGYM', 'Guaymas', 'Mexico', st_setsrid(st_makepoint(-110.916667, 27.916667), 4326), true),
 (2585, '3490', 'USCLE', 'USCLE', 'Cleveland', 'United States', st_setsrid(st_makepoint(-81.716667, 41.5), 4326), true),
 (2586, '3560', 'USTOL', 'USTOL', 'Toledo', 'United States', st_setsrid(st_makepoint(-83.466667, 41.7), 4326), true),
 (2587, '60610', 'RUVVO', 'RUVVO', 'Vladivostok', 'Russia', st_setsrid(st_makepoint(131.8883333, 43.10888889), 4326), true),
 (2588, '15765', 'MXLZC', 'MXLZC', 'Lazaro Cardenas', 'Mexico', st_setsrid(st_makepoint(-102.166667, 17.933333), 4326), true),
 (2589, '61910', 'JPAXT', 'JPAXT', 'Akita-Funakawa Ko', 'Japan', st_setsrid(st_makepoint(140.015, 39.78138889), 4326), true),
 (2590, '60980', 'RUUGL', 'RUUGL', 'Uglegorsk', 'Russia', st_setsrid(st_makepoint(142.033333, 49.083333), 4326), true),
 (2591, '48495', 'IRBSR', 'IRBSR', 'Bandar-E Shahid Reajie', 'Iran', st_setsrid(st_makepoint(56.066667, 27.1), 4326), true),
 (2592, '48263', 'AEKLF', 'AEKLF', 'Khawr Fakkan', 'United Arab Emirates', st_setsrid(st_makepoint(56.36888889, 25.36277778), 4326), true),
 (2593, '54670', 'AUDRW', 'AUDRW', 'Darwin', 'Australia', st_setsrid(st_makepoint(130.8477778, -12.47138889), 4326), true),
 (2594, '46320', 'GQSSG', 'GQSSG', 'Malabo', 'Equatorial Guinea', st_setsrid(st_makepoint(8.783333, 3.75), 4326), true),
 (2595, '61280', 'JPHHE', 'JPHHE', 'Hachinohe Ko', 'Japan', st_setsrid(st_makepoint(141.55, 40.533333), 4326), true),
 (2596, '60410', 'KRKPO', 'KRKPO', 'Pohang', 'South Korea', st_setsrid(st_makepoint(129.383333, 36.05), 4326), true),
 (2597, '61250', 'JPRMI', 'JPRMI', 'Rumoi Ko', 'Japan', st_setsrid(st_makepoint(141.633333, 43.95), 4326), true),
 (2598, '15880', 'MXSMI', 'MXSMI', 'Isla San Marcos', 'Mexico', st_setsrid(st_makepoint(-112.1, 27.183333), 4326), true),
 (2599, '36460', 'FRBES', 'FRBES', 'Rade De Brest', 'France', st_setsrid(st_makepoint(-4.5, 48.383333), 4326), true),
 (2600, '60820', 'RUNIA', 'RUNIA', 'Nikolayevsk Na Amur', 'Russia', st_setsrid(st_makepoint(140.733333, 53.133333), 4326), true),
 (2601, '57935', 'TWTPE', 'TWTPE', 'Tan-Shui', 'Taiwan', st_setsrid(st_makepoint(121.4, 25.183333), 4326), true),
 (2602, '38010', 'PTLOS', 'PTLOS', 'Lagos', 'Portugal', st_setsrid(st_makepoint(-8.616667, 37.1), 4326), true),
 (2603, '15790', 'MXPVR', 'MXPVR', 'Puerto Vallarta', 'Mexico', st_setsrid(st_makepoint(-105.266667, 20.616667), 4326), true),
 (2604, '61045', 'RULAZ', 'RULAZ', 'Lazarev', 'Russia', st_setsrid(st_makepoint(141.516667, 52.216667), 4326), true),
 (2605, '6000', 'CASYD', 'CASYD', 'Sydney', 'Canada', st_setsrid(st_makepoint(-60.2, 46.15), 4326), true),
 (2606, '60810', 'RUDKA', 'RUDKA', 'De Kastri', 'Russia', st_setsrid(st_makepoint(140.783333, 51.466667), 4326), true),
 (2607, '15870', 'MXSRL', 'MXSRL', 'Santa Rosalia', 'Mexico', st_setsrid(st_makepoint(-112.283333, 27.333333), 4326), true),
 (2608, '6920', 'USBEL', 'USBEL', 'Belfast', 'United States', st_setsrid(st_makepoint(-69.0, 44.416667), 4326), true),
 (2609, '60540', 'RUPSE', 'RUPSE', 'Pos''yet', 'Russia', st_setsrid(st_makepoint(130.8, 42.65), 4326), true),
 (2610, '47850', 'DJJIB', 'DJJIB', 'Djibouti', 'Djibouti', st_setsrid(st_makepoint(43.133333, 11.6), 4326), true),
 (2611, '15770', 'MXZLO', 'MXZLO', 'Manzanillo', 'Mexico', st_setsrid(st_makepoint(-104.316667, 19.05), 4326), true),
 (2612, '50922', 'IDMRK', 'IDMRK', 'Merak Mas Terminal', 'Indonesia', st_setsrid(st_makepoint(105.9972222, -5.919166667), 4326), true),
 (2613, '15920', 'MXLAP', 'MXLAP', 'La Paz', 'Mexico', st_setsrid(st_makepoint(-110.316667, 24.166667), 4326), true),
 (2614, '15975', 'MXPMS', 'MXPMS', 'Puerto Morro Redondo', 'Mexico', st_setsrid(st_makepoint(-115.183333, 28.05), 4326), true),
 (2615, '54620', 'AUPHE', 'AUPHE', 'Port Hedland', 'Australia', st_setsrid(st_makepoint(118.583333, -20.316667), 4326), true),
 (2616, '46470', 'CGPNR', 'CGPNR', 'Pointe Noire', 'Congo (Brazzaville)', st_setsrid(st_makepoint(11.833333, -4.783333), 4326), true),
 (2617, '48250', 'OMSTQ', 'OMSTQ', 'Mina Qabus', 'Oman', st_setsrid(st_makepoint(58.583333, 23.633333), 4326), true),
 (2618, '60930', 'RUNEV', 'RUNEV', 'Nevelsk', 'Russia', st_setsrid(st_makepoint(141.866667, 46.666667), 4326), true),
 (2619, '54520', 'AUFRE', 'AUFRE', 'Fremantle', 'Australia', st_setsrid(st_makepoint(115.75, -32.05), 4326), true),
 (2620, '3570', 'USMOI', 'USMOI', 'Monroe', 'United States', st_setsrid(st_makepoint(-83.333333, 41.883333), 4326), true),
 (2621, '7870', NULL, NULL, 'Gulfport SI', 'United States', st_setsrid(st_makepoint(-74.2, 40.633333), 4326), true),
 (2622, '16830', 'USTDX', 'USTDX', 'Toledo', 'United States', st_setsrid(st_makepoint(-123.933333, 44.616667), 4326), true),
 (2623, '54630', 'AUBME', 'AUBME', 'Broome', 'Australia', st_setsrid(st_makepoint(122.233333, -17.966667), 4326), true),
 (2624, '10006', 'BSCBT', 'BSCBT', 'Cockburn Town', 'The Bahamas', st_setsrid(st_makepoint(-74.533333, 24.05), 4326), true),
 (2625, '54555', 'AUUSL', 'AUUSL', 'Useless Loop', 'Australia', st_setsrid(st_makepoint(113.4, -26.083333), 4326), true),
 (2626, '54540', 'AUGET', 'AUGET', 'Geraldton', 'Australia', st_setsrid(st_makepoint(114.6, -28.783333), 4326), true),
 (2627, '62495', 'JPKNN', 'JPKNN', 'Kin Wan', 'Japan', st_setsrid(st_makepoint(127.9, 26.416667), 4326), true),
 (2628, '33770', 'GBBEL', 'GBBEL', 'Belfast', 'United Kingdom', st_setsrid(st_makepoint(-5.9, 54.616667), 4326), true),
 (2629, '60940', 'RUKHO', 'RUKHO', 'Kholmsk', 'Russia', st_setsrid(st_makepoint(142.05, 47.05), 4326), true),
 (2630, '33145', 'GBKLK', 'GBKLK', 'Kilkeel', 'United Kingdom', st_setsrid(st_makepoint(-5.983333, 54.05), 4326), true),
 (2631, '48255', 'OMMFH', 'OMMFH', 'Mina Al Fahl', 'Oman', st_setsrid(st_makepoint(58.516667, 23.633333), 4326), true),
 (2632, '60730', 'RUNJK', 'RUNJK', 'Nakhodka', 'Russia', st_setsrid(st_makepoint(132.883333, 42.8), 4326), true),
 (2633, '46640', 'NAWVB', 'NAWVB', 'Walvis Bay', 'Namibia', st_setsrid(st_makepoint(14.5, -22.95), 4326), true),
 (2634, '62505', 'JPNAK', 'JPNAK', 'Nakagusuku', 'Japan', st_setsrid(st_makepoint(127.916667, 26.266667), 4326), true),
 (2635, '60370', 'KRYOS', 'KRYOS', 'Yosu', 'South Korea', st_setsrid(st_makepoint(127.75, 34.733333), 4326), true),
 (2636, '48190', 'YEADE', 'YEADE', 'Aden', 'Yemen', st_setsrid(st_makepoint(44.95, 12.783333), 4326), true),
 (2637, '48520', 'IRBND', 'IRBND', 'Bandar Abbas', 'Iran', st_setsrid(st_makepoint(56.2, 27.15), 4326), true),
 (2638, '46280', 'CMDLA', 'CMDLA', 'Douala', 'Cameroon', st_setsrid(st_makepoint(9.683333, 4.05), 4326), true),
 (2639, '60795', 'RUSOG', 'RUSOG', 'Sovetskaya Gavan', 'Russia', st_setsrid(st_makepoint(140.2680556, 48.97361111), 4326), true),
 (2640, '34480', 'IEMTL', 'IEMTL', 'Dublin', 'Ireland', st_setsrid(st_makepoint(-6.25, 53.35), 4326), true),
 (2641, '1957', 'CAPNO', 'CAPNO', 'Pointe Noire', 'Canada', st_setsrid(st_makepoint(-66.483333, 50.166667), 4326), true),
 (2642, '60800', 'RUVNN', 'RUVNN', 'Bukhta Vanino', 'Russia', st_setsrid(st_makepoint(140.283333, 49.083333), 4326), true),
 (2643, '33790', 'GBLAR', 'GBLAR', 'Larne', 'United Kingdom', st_setsrid(st_makepoint(-5.8, 54.85), 4326), true),
 (2644, '7850', 'USRI4', 'USRI4', 'Port Richmond SI', 'United States', st_setsrid(st_makepoint(-74.133333, 40.65), 4326), true),
 (2645, '60380', 'KRMAS', 'KRMAS', 'Masan', 'South Korea', st_setsrid(st_makepoint(128.566667, 35.183333), 4326), true),
 (2646, '57870', 'CNXMG', 'CNXMG', 'Xiamen', 'China', st_setsrid(st_makepoint(118.066667, 24.45), 4326), true),
 (2647, '15810', 'MXMZT', 'MXMZT', 'Mazatlan', 'Mexico', st_setsrid(st_makepoint(-106.416667, 23.2), 4326), true),
 (2648, '46210', 'NGPHC', 'NGPHC', 'Port Harcourt', 'Nigeria', st_setsrid(st_makepoint(7.0, 4.766667), 4326), true),
 (2649, '33680', 'GBWPT', 'GBWPT', 'Warren Point', 'United Kingdom', st_setsrid(st_makepoint(-6.25, 54.1), 4326), true),
 (2650, '15760', 'MXACA', 'MXACA', 'Acapulco', 'Mexico', st_setsrid(st_makepoint(-99.933333, 16.85), 4326), true),
 (2651, '34390', 'IENRS', 'IENRS', 'New Ross', 'Ireland', st_setsrid(st_makepoint(-6.95, 52.383333), 4326), true),
 (2652, '36680', 'FRLRT', 'FRLRT', 'Lorient', 'France', st_setsrid(st_makepoint(-3.35, 47.75), 4326), true),
 (2653, '34025', 'IEDRO', 'IEDRO', 'Drogheda', 'Ireland', st_setsrid(st_makepoint(-6.3, 53.716667), 4326), true),
 (2654, '57760', 'CNHIG', 'CNHIG', 'Haikou', 'China', st_setsrid(st_makepoint(110.283333, 20.05), 4326), true),
 (2655, '34350', 'IECOB', 'IECOB', 'Cobh', 'Ireland', st_setsrid(st_makepoint(-8.3, 51.85), 4326), true),
 (2656, '42620', 'GRPTL', 'GRPTL', 'Lagos', 'Greece', st_setsrid(st_makepoint(25.133333, 41.0), 4326), true),
 (2657, '59910', 'CNWZO', 'CNWZO', 'Wenzhou', 'China', st_setsrid(st_makepoint(120.65, 28.016667), 4326), true),
 (2658, '54760', 'AUHBA', 'AUHBA', 'Hobart', 'Australia', st_setsrid(st_makepoint(147.333333, -42.883333), 4326), true),
 (2659, '7860', NULL, NULL, 'Mariners Harbor SI', 'United States', st_setsrid(st_makepoint(-74.166667, 40.633333), 4326), true),
 (2660, '34420', 'IEROE', 'IEROE', 'Rosslare', 'Ireland', st_setsrid(st_makepoint(-6.333333, 52.25), 4326), true),
 (2661, '34400', 'IEWAT', 'IEWAT', 'Waterford', 'Ireland', st_setsrid(st_makepoint(-7.116667, 52.266667), 4326), true),
 (2662, '62497', 'JPNHR', 'JPNHR', 'Nishihara', 'Japan', st_setsrid(st_makepoint(127.8, 26.216667), 4326), true),
 (2663, '54605', 'AUDAM', 'AUDAM', 'Dampier', 'Australia', st_setsrid(st_makepoint(116.716667, -20.633333), 4326), true),
 (2664, '46560', 'AOLAD', 'AOLAD', 'Luanda', 'Angola', st_setsrid(st_makepoint(13.25, -8.8), 4326), true),
 (2665, '60920', 'RUKOR', 'RUKOR', 'Korsakov', 'Russia', st_setsrid(st_makepoint(142.766667, 46.616667), 4326), true),
 (2666, '61545', 'JPWAK', 'JPWAK', 'Wakayama-Shimotsu Ko', 'Japan', st_setsrid(st_makepoint(135.133333, 34.2), 4326), true),
 (2667, '60340', 'KRMOK', 'KRMOK', 'Mokpo', 'South Korea', st_setsrid(st_makepoint(126.383333, 34.783333), 4326), true),
 (2668, '9940', 'BMSGE', 'BMSGE', 'St George', 'Bermuda', st_setsrid(st_makepoint(-64.683333, 32.383333), 4326), true),
 (2669, '60725', 'RUVYP', 'RUVYP', 'Vostochnyy', 'Russia', st_setsrid(st_makepoint(133.083333, 42.75), 4326), true),
 (2670, '60500', 'KPCHO', 'KPCHO', 'Ch''ongjin', 'North Korea', st_setsrid(st_makepoint(129.816667, 41.766667), 4326), true),
 (2671, '56100', NULL, NULL, 'Honuapo', 'United States', st_setsrid(st_makepoint(-155.55, 19.083333), 4326), true),
 (2672, '56070', NULL, NULL, 'Honokaa', 'United States', st_setsrid(st_makepoint(-155.466667, 20.1), 4326), true),
 (2673, '48165', 'YEHOD', 'YEHOD', 'Al Ahmadi', 'Yemen', st_setsrid(st_makepoint(42.966667, 14.833333), 4326), true),
 (2674, '47800', 'IODGA', 'IODGA', 'Diego Garcia', 'British Indian Ocean Territory', st_setsrid(st_makepoint(72.466667, -7.35), 4326), true),
 (2675, '46430', 'GALBV', 'GALBV', 'Libreville', 'Gabon', st_setsrid(st_makepoint(9.45, 0.383333), 4326), true),
 (2676, '48335', 'SADMM', 'SADMM', 'Dammam', 'Saudi Arabia', st_setsrid(st_makepoint(50.2, 26.5), 4326), true),
 (2677, '31670', 'GBGOO', 'GBGOO', 'Goole', 'United Kingdom', st_setsrid(st_makepoint(-0.833333, 53.7), 4326), true),
 (2678, '31660', 'GBHUL', 'GBHUL', 'Kingston Upon Hull', 'United Kingdom', st_setsrid(st_makepoint(-0.283333, 53.75), 4326), true),
 (2679, '31650', 'GBIMM', 'GBIMM', 'Immingham', 'United Kingdom', st_setsrid(st_makepoint(-0.2, 53.633333), 4326), true),
 (2680, '28690', 'RUKGD', 'RUKGD', 'Kaliningrad', 'Russia', st_setsrid(st_makepoint(20.483333, 54.7), 4326), true),
 (2681, '16650', 'USFOB', 'USFOB', 'Fort Bragg', 'United States', st_setsrid(st_makepoint(-123.816667, 39.45), 4326), true),
 (2682, '20150', NULL, NULL, 'Constantine Harbor', 'United States', st_setsrid(st_makepoint(179.3, 51.4), 4326), true),
 (2683, '20140', 'USAXK', 'USAXK', 'Adak Naval Air Station', 'United States', st_setsrid(st_makepoint(-176.633333, 51.866667), 4326), true),
 (2684, '20080', 'USKVC', 'USKVC', 'King Cove', 'United States', st_setsrid(st_makepoint(-162.316667, 55.05), 4326), true),
 (2685, '20050', NULL, NULL, 'Baralof Bay', 'United States', st_setsrid(st_makepoint(-160.533333, 55.233333), 4326), true),
 (2686, '11340', 'VICTD', 'VICTD', 'Christiansted', 'U.S. Virgin Islands', st_setsrid(st_makepoint(-64.7, 17.75), 4326), true),
 (2687, '11230', 'PRARR', 'PRARR', 'Arroyo', 'Puerto Rico', st_setsrid(st_makepoint(-66.066667, 17.966667), 4326), true),
 (2688, '16060', 'USJNP', 'USJNP', 'Newport Beach', 'United States', st_setsrid(st_makepoint(-117.9, 33.616667), 4326), true),
 (2689, '31668', 'GBNHO', 'GBNHO', 'New Holland', 'United Kingdom', st_setsrid(st_makepoint(-0.366667, 53.7), 4326), true),
 (2690, '44860', 'TRMER', 'TRMER', 'Mersin', 'Turkey', st_setsrid(st_makepoint(34.633333, 36.8), 4326), true),
 (2691, '46208', 'NGONN', 'NGONN', 'Onne', 'Nigeria', st_setsrid(st_makepoint(7.15, 4.683333), 4326), true),
 (2692, '48280', 'AEHTL', 'AEHTL', 'Hulaylah Oil Terminal', 'United Arab Emirates', st_setsrid(st_makepoint(55.933333, 25.983333), 4326), true),
 (2693, '56130', NULL, NULL, 'Napoopoo', 'United States', st_setsrid(st_makepoint(-155.933333, 19.483333), 4326), true),
 (2694, '56170', NULL, NULL, 'Mahukona', 'United States', st_setsrid(st_makepoint(-155.9, 20.183333), 4326), true),
 (2695, '16110', 'USELS', 'USELS', 'El Segundo', 'United States', st_setsrid(st_makepoint(-118.433333, 33.916667), 4326), true),
 (2696, '11240', 'PRPJO', 'PRPJO', 'Bahia De Jobos', 'Puerto Rico', st_setsrid(st_makepoint(-66.183333, 17.95), 4326), true),
 (2697, '11320', 'VICZB', 'VICZB', 'Cruz Bay', 'U.S. Virgin Islands', st_setsrid(st_makepoint(-64.8, 18.333333), 4326), true),
 (2698, '20010', 'USKCL', 'USKCL', 'Chignik', 'United States', st_setsrid(st_makepoint(-158.4, 56.3), 4326), true),
 (2699, '20020', 'USKIB', 'USKIB', 'Ivanof Bay', 'United States', st_setsrid(st_makepoint(-159.466667, 55.8), 4326), true),
 (2700, '20085', 'USCDB', 'USCDB', 'Cold Bay', 'United States', st_setsrid(st_makepoint(-162.7, 55.2), 4326), true),
 (2701, '20097', 'USKQA', 'USKQA', 'Akutan Harbor', 'United States', st_setsrid(st_makepoint(-165.8, 54.133333), 4326), true),
 (2702, '20100', NULL, NULL, 'Cannery Bay', 'United States', st_setsrid(st_makepoint(-166.75, 53.7), 4326), true),
 (2703, '20110', NULL, NULL, 'Makushin', 'United States', st_setsrid(st_makepoint(-166.983333, 53.766667), 4326), true),
 (2704, '20160', 'USKIS', 'USKIS', 'Kiska', 'United States', st_setsrid(st_makepoint(177.55, 51.966667), 4326), true),
 (2705, '60233', 'CNDDZ', 'CNDDZ', 'Dandong', 'China', st_setsrid(st_makepoint(124.15, 39.816667), 4326), true),
 (2706, '48343', 'SAJUT', 'SAJUT', 'Ju Aymah Oil Terminal', 'Saudi Arabia', st_setsrid(st_makepoint(50.033333, 26.933333), 4326), true),
 (2707, '47830', 'SOBSA', 'SOBSA', 'Boosaaso', 'Somalia', st_setsrid(st_makepoint(49.183333, 11.283333), 4326), true),
 (2708, '48310', 'BHAMH', 'BHAMH', 'Al Manamah', 'Bahrain', st_setsrid(st_makepoint(50.583333, 26.233333), 4326), true),
 (2709, '17190', 'US9WA', 'US9WA', 'Hoodsport', 'United States', st_setsrid(st_makepoint(-123.133333, 47.416667), 4326), true),
 (2710, '28680', 'RUBLT', 'RUBLT', 'Baltiysk', 'Russia', st_setsrid(st_makepoint(19.9, 54.633333), 4326), true),
 (2711, '56140', 'USKA7', 'USKA7', 'Kailua', 'United States', st_setsrid(st_makepoint(-156.0, 19.633333), 4326), true),
 (2712, '56190', 'USHNM', 'USHNM', 'Hana', 'United States', st_setsrid(st_makepoint(-155.983333, 20.75), 4326), true),
 (2713, '58350', 'PHNUG', 'PHNUG', 'Nasugbu', 'Philippines', st_setsrid(st_makepoint(120.616667, 14.083333), 4326), true),
 (2714, '60280', 'KPNAM', 'KPNAM', 'Nampo', 'North Korea', st_setsrid(st_makepoint(125.4, 38.716667), 4326), true),
 (2715, '60323', 'KRTSN', 'KRTSN', 'Daesan Hang', 'South Korea', st_setsrid(st_makepoint(126.4, 37.016667), 4326), true),
 (2716, '60430', 'KRMUK', 'KRMUK', 'Mukho', 'South Korea', st_setsrid(st_makepoint(129.116667, 37.566667), 4326), true),
 (2717, '60470', NULL, NULL, 'Ch''aho', 'North Korea', st_setsrid(st_makepoint(128.65, 40.2), 4326), true),
 (2718, '20070', NULL, NULL, 'Belkofski', 'United States', st_setsrid(st_makepoint(-162.033333, 55.083333), 4326), true),
 (2719, '20170', 'USZAK', 'USZAK', 'Alcan Harbor', 'United States', st_setsrid(st_makepoint(174.066667, 52.733333), 4326), true),
 (2720, '20180', NULL, NULL, 'Massacre Bay', 'United States', st_setsrid(st_makepoint(173.233333, 52.833333), 4326), true),
 (2721, '45163', NULL, NULL, 'El Maadiya', 'Egypt', st_setsrid(st_makepoint(30.15, 31.266667), 4326), true),
 (2722, '56310', NULL, NULL, 'Ahukini Landing', 'United States', st_setsrid(st_makepoint(-159.333333, 22.0), 4326), true),
 (2723, '48342', NULL, NULL, 'Ju Aymah Lpg Terminal', 'Saudi Arabia', st_setsrid(st_makepoint(50.05, 26.866667), 4326), true),
 (2724, '48374', 'KWDOH', 'KWDOH', 'Doha Harbor', 'Kuwait', st_setsrid(st_makepoint(47.8, 29.383333), 4326), true),
 (2725, '11330', 'VIFRD', 'VIFRD', 'Frederiksted', 'U.S. Virgin Islands', st_setsrid(st_makepoint(-64.883333, 17.716667), 4326), true),
 (2726, '11901', 'COCOV', 'COCOV', 'Covenas Offshore Term.', 'Colombia', st_setsrid(st_makepoint(-75.733333, 9.5), 4326), true),
 (2727, '44825', 'TRALA', 'TRALA', 'Alanya', 'Turkey', st_setsrid(st_makepoint(32.0, 36.533333), 4326), true),
 (2728, '48175', 'YEMOK', 'YEMOK', 'Al Mukha', 'Yemen', st_setsrid(st_makepoint(43.25, 13.316667), 4326), true),
 (2729, '48259', 'OMKHS', 'OMKHS', 'Khawr Khasab', 'Oman', st_setsrid(st_makepoint(56.233333, 26.216667), 4326), true),
 (2730, '8270', 'USFDB', 'USFDB', 'Fredericksburg', 'United States', st_setsrid(st_makepoint(-77.45, 38.3), 4326), true),
 (2731, '30970', 'DEPAP', 'DEPAP', 'Papenburg', 'Germany', st_setsrid(st_makepoint(7.383333, 53.1), 4326), true),
 (2732, '60310', 'KPHAE', 'KPHAE', 'Haeju Hang', 'North Korea', st_setsrid(st_makepoint(125.7, 38.0), 4326), true),
 (2733, '60450', 'KPHGM', 'KPHGM', 'Hungnam', 'North Korea', st_setsrid(st_makepoint(127.616667, 39.833333), 4326), true),
 (2734, '60480', 'KPSON', 'KPSON', 'Kimch''aek', 'North Korea', st_setsrid(st_makepoint(129.2, 40.666667), 4326), true),
 (2735, '60510', 'KPRJN', 'KPRJN', 'Najin', 'North Korea', st_setsrid(st_makepoint(130.3, 42.233333), 4326), true),
 (2736, '16515', 'USANZ', 'USANZ', 'Antioch', 'United States', st_setsrid(st_makepoint(-121.8, 38.016667), 4326), true),
 (2737, '48269', 'AEJAZ', 'AEJAZ', 'Al Jazeera Port', 'United Arab Emirates', st_setsrid(st_makepoint(55.783333, 25.716667), 4326), true),
 (2738, '35990', 'GGSTS', 'GGSTS', 'Saint Sampson', 'Guernsey', st_setsrid(st_makepoint(-2.516667, 49.483333), 4326), true),
 (2739, '36260', 'FRPAI', 'FRPAI', 'Paimpol', 'France', st_setsrid(st_makepoint(-3.05, 48.783333), 4326), true),
 (2740, '42400', NULL, NULL, 'Porthmos Evripou', 'Greece', st_setsrid(st_makepoint(23.583333, 38.466667), 4326), true),
 (2741, '44380', 'TRRIZ', 'TRRIZ', 'Rize', 'Turkey', st_setsrid(st_makepoint(40.516667, 41.066667), 4326), true),
 (2742, '20370', 'USUNK', 'USUNK', 'Unalakleet', 'United States', st_setsrid(st_makepoint(-160.783333, 63.883333), 4326), true),
 (2743, '31140', 'NLRTM', 'NLRTM', 'Rotterdam', 'Netherlands', st_setsrid(st_makepoint(4.483333, 51.9), 4326), true),
 (2744, '20425', 'USSHH', 'USSHH', 'Shishmaref', 'United States', st_setsrid(st_makepoint(-166.083333, 66.25), 4326), true),
 (2745, '35370', 'GBPLY', 'GBPLY', 'Plymouth', 'United Kingdom', st_setsrid(st_makepoint(-4.15, 50.366667), 4326), true),
 (2746, '30630', 'DKRKG', 'DKRKG', 'Ringkobing', 'Denmark', st_setsrid(st_makepoint(8.25, 56.083333), 4326), true),
 (2747, '5440', NULL, NULL, 'Port Wing', 'United States', st_setsrid(st_makepoint(-91.383333, 46.783333), 4326), true),
 (2748, '31760', 'GBSUN', 'GBSUN', 'Sunderland', 'United Kingdom', st_setsrid(st_makepoint(-1.366667, 54.916667), 4326), true),
 (2749, '41590', 'MERSN', 'MERSN', 'Risan', 'Montenegro', st_setsrid(st_makepoint(18.7, 42.516667), 4326), true),
 (2750, '20060', NULL, NULL, 'Unga', 'United States', st_setsrid(st_makepoint(-160.5, 55.183333), 4326), true),
 (2751, '39360', 'ITSRE', 'ITSRE', 'San Remo', 'Italy', st_setsrid(st_makepoint(7.786, 43.817), 4326), true),
 (2752, '41220', 'HRZAD', 'HRZAD', 'Zadar', 'Croatia', st_setsrid(st_makepoint(15.216667, 44.116667), 4326), true),
 (2753, '45865', 'SLPEP', 'SLPEP', 'Pepel', 'Sierra Leone', st_setsrid(st_makepoint(-13.05, 8.583333), 4326), true),
 (2754, '38720', 'FRPOV', 'FRPOV', 'Port-Vendres', 'France', st_setsrid(st_makepoint(3.116667, 42.516667), 4326), true),
 (2755, '35600', NULL, NULL, 'Portsmouth Harbour', 'United Kingdom', st_setsrid(st_makepoint(-1.1, 50.8), 4326), true),
 (2756, '38580', 'ESPAL', 'ESPAL', 'Palamos', 'Spain', st_setsrid(st_makepoint(3.116667, 41.833333), 4326), true),
 (2757, '20492', NULL, NULL, 'Police Point', 'Canada', st_setsrid(st_makepoint(-124.75, 70.183333), 4326), true),
 (2758, '33020', 'GBSTO', 'GBSTO', 'Stornoway Harbor', 'United Kingdom', st_setsrid(st_makepoint(-6.366667, 58.183333), 4326), true),
 (2759, '32360', 'GBPMK', 'GBPMK', 'Portmahomack Harbor', 'United Kingdom', st_setsrid(st_makepoint(-3.833333, 57.833333), 4326), true),
 (2760, '37400', 'ESBIO', 'ESBIO', 'Puerto De Bilbao', 'Spain', st_setsrid(st_makepoint(-3.05, 43.35), 4326), true),
 (2761, '42470', 'GRVOL', 'GRVOL', 'Volos', 'Greece', st_setsrid(st_makepoint(22.95, 39.366667), 4326), true),
 (2762, '34980', 'GBPTB', 'GBPTB', 'Port Talbot', 'United Kingdom', st_setsrid(st_makepoint(-3.816667, 51.583333), 4326), true),
 (2763, '46178', NULL, NULL, 'Yoho Terminal', 'Nigeria', st_setsrid(st_makepoint(7.466667, 4.016667), 4326), true),
 (2764, '44490', 'TRZON', 'TRZON', 'Zonguldak', 'Turkey', st_setsrid(st_makepoint(31.816667, 41.466667), 4326), true),
 (2765, '36300', 'FRTRE', 'FRTRE', 'Treguier', 'France', st_setsrid(st_makepoint(-3.233333, 48.783333), 4326), true),
 (2766, '32590', 'GBSWY', 'GBSWY', 'Scalloway', 'United Kingdom', st_setsrid(st_makepoint(-1.283333, 60.133333), 4326), true),
 (2767, '20420', 'USSVA', 'USSVA', 'Savoonga', 'United States', st_setsrid(st_makepoint(-170.4, 63.683333), 4326), true),
 (2768, '23195', NULL, NULL, 'Tranneset', 'Norway', st_setsrid(st_makepoint(5.016667, 60.416667), 4326), true),
 (2769, '6840', 'US9VV', 'US9VV', 'Vinalhaven', 'United States', st_setsrid(st_makepoint(-68.833333, 44.05), 4326), true),
 (2770, '20210', 'USPTH', 'USPTH', 'Port Heiden', 'United States', st_setsrid(st_makepoint(-158.7, 56.883333), 4326), true),
 (2771, '39720', 'ITPFE', 'ITPFE', 'Portoferraio', 'Italy', st_setsrid(st_makepoint(10.333333, 42.816667), 4326), true),
 (2772, '43572', 'ROTCE', 'ROTCE', 'Tulcea', 'Romania', st_setsrid(st_makepoint(28.816667, 45.166667), 4326), true),
 (2773, '20175', NULL, NULL, 'Skoot Cove', 'United States', st_setsrid(st_makepoint(174.066667, 52.716667), 4326), true),
 (2774, '32430', 'GBWHL', 'GBWHL', 'Whitehall', 'United Kingdom', st_setsrid(st_makepoint(-2.6, 59.133333), 4326), true),
 (2775, '6220', NULL, NULL, 'Sonora', 'Canada', st_setsrid(st_makepoint(-61.916667, 45.066667), 4326), true),
 (2776, '45762', 'MANDR', 'MANDR', 'Port Nador', 'Morocco', st_setsrid(st_makepoint(-2.933333, 35.283333), 4326), true),
 (2777, '35630', 'GBSHO', 'GBSHO', 'Shoreham Harbour', 'United Kingdom', st_setsrid(st_makepoint(-0.25, 50.816667), 4326), true),
 (2778, '46820', 'ZAPLZ', 'ZAPLZ', 'Port Elizabeth', 'South Africa', st_setsrid(st_makepoint(25.6425, -33.95194444), 4326), true),
 (2779, '46460', 'CGYOM', 'CGYOM', 'Yombo Terminal', 'Congo (Brazzaville)', st_setsrid(st_makepoint(11.1, -4.45), 4326), true),
 (2780, '40940', 'HRROV', 'HRROV', 'Rovinj', 'Croatia', st_setsrid(st_makepoint(13.633333, 45.083333), 4326), true),
 (2781, '32470', 'GBSGP', 'GBSGP', 'St Margarets Hope', 'United Kingdom', st_setsrid(st_makepoint(-2.95, 58.833333), 4326), true),
 (2782, '20494', NULL, NULL, 'Pearce Point', 'Canada', st_setsrid(st_makepoint(-122.75, 69.816667), 4326), true),
 (2783, '41690', 'ALVOA', 'ALVOA', 'Vlores', 'Albania', st_setsrid(st_makepoint(19.5, 40.466667), 4326), true),
 (2784, '41320', 'HRSPU', 'HRSPU', 'Split', 'Croatia', st_setsrid(st_makepoint(16.433333, 43.5), 4326), true),
 (2785, '45835', 'GWCAC', 'GWCAC', 'Rio Cacheu', 'Guinea-Bissau', st_setsrid(st_makepoint(-16.233333, 12.283333), 4326), true),
 (2786, '35410', 'GBTOR', 'GBTOR', 'Torquay Harbour', 'United Kingdom', st_setsrid(st_makepoint(-3.533333, 50.466667), 4326), true),
 (2787, '43750', 'UAZKA', 'UAZKA', 'Yevpatoriya', 'Ukraine', st_setsrid(st_makepoint(33.383333, 45.2), 4326), true),
 (2788, '26890', 'SEUME', 'SEUME', 'Umea Hamn', 'Sweden', st_setsrid(st_makepoint(20.35, 63.7), 4326), true),
 (2789, '38920', 'FRSTP', 'FRSTP', 'Saint-Tropez', 'France', st_setsrid(st_makepoint(6.633333, 43.266667), 4326), true),
 (2790, '27535', 'FIVEI', 'FIVEI', 'Veitsiluoto', 'Finland', st_setsrid(st_makepoint(24.616667, 65.7), 4326), true),
 (2791, '20470', 'USAIN', 'USAIN', 'Wainwright', 'United States', st_setsrid(st_makepoint(-160.0, 70.65), 4326), true),
 (2792, '24635', 'SEJAT', 'SEJAT', 'Stora Jatterson', 'Sweden', st_setsrid(st_makepoint(16.566667, 57.1), 4326), true),
 (2793, '5770', 'CASUM', 'CASUM', 'Summerside', 'Canada', st_setsrid(st_makepoint(-63.783333, 46.4), 4326), true),
 (2794, '29580', 'DKSBK', 'DKSBK', 'Stubbekobing', 'Denmark', st_setsrid(st_makepoint(12.05, 54.883333), 4326), true),
 (2795, '44420', 'TRORD', 'TRORD', 'Ordu', 'Turkey', st_setsrid(st_makepoint(37.883333, 41.0), 4326), true),
 (2796, '47460', 'MGTLE', 'MGTLE', 'Toliara', 'Madagascar', st_setsrid(st_makepoint(43.666667, -23.366667), 4326), true),
 (2797, '37150', 'FRPAP', 'FRPAP', 'Pauillac', 'France', st_setsrid(st_makepoint(-0.75, 45.2), 4326), true),
 (2798, '29710', 'DKROF', 'DKROF', 'Rodby Havn', 'Denmark', st_setsrid(st_makepoint(11.35, 54.65), 4326), true),
 (2799, '42530', 'GRSKG', 'GRSKG', 'Thessaloniki', 'Greece', st_setsrid(st_makepoint(22.933333, 40.633333), 4326), true),
 (2800, '44460', 'TRSIC', 'TRSIC', 'Sinop', 'Turkey', st_setsrid(st_makepoint(35.166667, 42.05), 4326), true),
 (2801, '28820', 'PLSWI', 'PLSWI', 'Swinoujscie', 'Poland', st_setsrid(st_makepoint(14.266667, 53.916667), 4326), true),
 (2802, '11190', 'PRHUC', 'PRHUC', 'Playa De Humacao', 'Puerto Rico', st_setsrid(st_makepoint(-65.75, 18.166667), 4326), true),
 (2803, '43210', 'GRRHO', 'GRRHO', 'Rodhos', 'Greece', st_setsrid(st_makepoint(28.233333, 36.45), 4326), true),
 (2804, '45380', 'TNLSK', 'TNLSK', 'Skhira', 'Tunisia', st_setsrid(st_makepoint(10.1, 34.283333), 4326), true),
 (2805, '47050', 'TZZNZ', 'TZZNZ', 'Zanzibar', 'Tanzania', st_setsrid(st_makepoint(39.183333, -6.166667), 4326), true),
 (2806, '38630', 'ESPMI', 'ESPMI', 'Palma De Mallorca', 'Spain', st_setsrid(st_makepoint(2.633333, 39.566667), 4326), true),
 (2807, '46170', 'NGWAR', 'NGWAR', 'Warri', 'Nigeria', st_setsrid(st_makepoint(5.733333, 5.516667), 4326), true),
 (2808, '41730', 'GRPVK', 'GRPVK', 'Preveza', 'Greece', st_setsrid(st_makepoint(20.75, 38.95), 4326), true),
 (2809, '24940', 'SESUS', 'SESUS', 'Storugns', 'Sweden', st_setsrid(st_makepoint(18.8, 57.833333), 4326), true),
 (2810, '28912', 'DEORT', 'DEORT', 'Orth', 'Germany', st_setsrid(st_makepoint(11.05, 54.45), 4326), true),
 (2811, '46750', 'ZASDB', 'ZASDB', 'Saldanha Bay', 'South Africa', st_setsrid(st_makepoint(17.966667, -33.033333), 4326), true),
 (2812, '40615', 'ITVSO', 'ITVSO', 'Vasto', 'Italy', st_setsrid(st_makepoint(14.716667, 42.116667), 4326), true),
 (2813, '31430', 'GBTIL', 'GBTIL', 'Tilbury', 'United Kingdom', st_setsrid(st_makepoint(0.333333, 51.466667), 4326), true),
 (2814, '20491', 'CATUK', 'CATUK', 'Tuktoyaktuk', 'Canada', st_setsrid(st_makepoint(-133.0, 69.45), 4326), true),
 (2815, '31376', 'GBTHP', 'GBTHP', 'Thamesport', 'United Kingdom', st_setsrid(st_makepoint(0.7, 51.433333), 4326), true),
 (2816, '45753', 'MAPTM', 'MAPTM', 'Tangier-Mediterranean', 'Morocco', st_setsrid(st_makepoint(-5.516667, 35.9), 4326), true),
 (2817, '25370', NULL, NULL, 'Sandhamn', 'Sweden', st_setsrid(st_makepoint(18.916667, 59.283333), 4326), true),
 (2818, '45797', 'MASFI', 'MASFI', 'Safi', 'Morocco', st_setsrid(st_makepoint(-9.25, 32.3), 4326), true),
 (2819, '32460', NULL, NULL, 'South Ness', 'United Kingdom', st_setsrid(st_makepoint(-3.2, 58.8), 4326), true),
 (2820, '43790', 'UAYAL', 'UAYAL', 'Yalta', 'Ukraine', st_setsrid(st_makepoint(34.166667, 44.483333), 4326), true),
 (2821, '25280', 'SEOXE', 'SEOXE', 'Oxelosund', 'Sweden', st_setsrid(st_makepoint(17.116667, 58.666667), 4326), true),
 (2822, '47470', 'MGTLN', 'MGTLN', 'Tolanaro', 'Madagascar', st_setsrid(st_makepoint(47.0, -25.033333), 4326), true),
 (2823, '36290', 'FRPOX', 'FRPOX', 'Pontrieux', 'France', st_setsrid(st_makepoint(-3.15, 48.7), 4326), true),
 (2824, '5870', 'CAPHW', 'CAPHW', 'Port Hawkesbury', 'Canada', st_setsrid(st_makepoint(-61.366667, 45.616667), 4326), true),
 (2825, '46045', 'GHSEK', 'GHSEK', 'Sekondi', 'Ghana', st_setsrid(st_makepoint(-1.7, 4.95), 4326), true),
 (2826, '39070', 'FRPVO', 'FRPVO', 'Porto Vecchio', 'France', st_setsrid(st_makepoint(9.283333, 41.583333), 4326), true),
 (2827, '33030', 'GBTAR', 'GBTAR', 'Tarbert', 'United Kingdom', st_setsrid(st_makepoint(-6.816667, 57.9), 4326), true),
 (2828, '16200', 'USPSL', 'USPSL', 'Port San Luis', 'United States', st_setsrid(st_makepoint(-120.75, 35.166667), 4326), true),
 (2829, '4500', 'USRCY', 'USRCY', 'Rogers City', 'United States', st_setsrid(st_makepoint(-83.816667, 45.45), 4326), true),
 (2830, '36000', 'GGSPT', 'GGSPT', 'Saint Peter Port', 'Guernsey', st_setsrid(st_makepoint(-2.533333, 49.45), 4326), true),
 (2831, '37690', 'ESSCI', 'ESSCI', 'San Ciprian', 'Spain', st_setsrid(st_makepoint(-7.433333, 43.7), 4326), true),
 (2832, '34196', NULL, NULL, 'Valentia', 'Ireland', st_setsrid(st_makepoint(-10.3, 51.933333), 4326), true),
 (2833, '35450', 'GBPRH', 'GBPRH', 'Portland Harbour', 'United Kingdom', st_setsrid(st_makepoint(-2.433333, 50.583333), 4326), true),
 (2834, '38540', 'ESTAR', 'ESTAR', 'Tarragona', 'Spain', st_setsrid(st_makepoint(1.233333, 41.1), 4326), true),
 (2835, '25320', 'SESOE', 'SESOE', 'Sodertalje', 'Sweden', st_setsrid(st_makepoint(17.65, 59.183333), 4326), true),
 (2836, '27790', 'FIUKI', 'FIUKI', 'Uusikaupunki', 'Finland', st_setsrid(st_makepoint(21.4, 60.8), 4326), true),
 (2837, '38670', 'ESALD', 'ESALD', 'Puerto De Alcudia', 'Spain', st_setsrid(st_makepoint(3.133333, 39.833333), 4326), true),
 (2838, '36130', 'FRSML', 'FRSML', 'Saint-Malo', 'France', st_setsrid(st_makepoint(-2.016667, 48.65), 4326), true),
 (2839, '16290', NULL, NULL, 'Princetown', 'United States', st_setsrid(st_makepoint(-122.483333, 37.5), 4326), true),
 (2840, '44603', 'TRYAR', 'TRYAR', 'Yarimca', 'Turkey', st_setsrid(st_makepoint(29.7, 40.8), 4326), true),
 (2841, '37900', 'ESVGO', 'ESVGO', 'Vigo', 'Spain', st_setsrid(st_makepoint(-8.716667, 42.233333), 4326), true),
 (2842, '43390', 'TRTEK', 'TRTEK', 'Tekirdag', 'Turkey', st_setsrid(st_makepoint(27.516667, 40.983333), 4326), true),
 (2843, '41620', 'METIV', 'METIV', 'Tivat', 'Montenegro', st_setsrid(st_makepoint(18.7, 42.433333), 4326), true),
 (2844, '32500', 'GBSCF', 'GBSCF', 'Scapa Bay', 'United Kingdom', st_setsrid(st_makepoint(-2.983333, 58.95), 4326), true),
 (2845, '42850', 'GRSMI', 'GRSMI', 'Samos', 'Greece', st_setsrid(st_makepoint(26.966667, 37.75), 4326), true),
 (2846, '5470', 'USTHB', 'USTHB', 'Two Harbors', 'United States', st_setsrid(st_makepoint(-91.65, 47.016667), 4326), true),
 (2847, '29545', 'DKSIT', 'DKSIT', 'Stigsnaesvaerket', 'Denmark', st_setsrid(st_makepoint(11.25, 55.2), 4326), true),
 (2848, '5800', 'CAPTO', 'CAPTO', 'Pictou', 'Canada', st_setsrid(st_makepoint(-62.716667, 45.666667), 4326), true),
 (2849, '35690', 'GBRU7', 'GBRU7', 'Rye Harbour', 'United Kingdom', st_setsrid(st_makepoint(0.766667, 50.933333), 4326), true),
 (2850, '33060', NULL, NULL, 'Ornsay', 'United Kingdom', st_setsrid(st_makepoint(-5.8, 57.15), 4326), true),
 (2851, '32180', 'GBPER', 'GBPER', 'Perth', 'United Kingdom', st_setsrid(st_makepoint(-3.45, 56.4), 4326), true),
 (2852, '38543', 'ESVLG', 'ESVLG', 'Villanueva Y Geltru', 'Spain', st_setsrid(st_makepoint(1.733333, 41.233333), 4326), true),
 (2853, '46180', NULL, NULL, 'Sea Eagle Terminal', 'Nigeria', st_setsrid(st_makepoint(5.316667, 4.8), 4326), true),
 (2854, '16710', 'USPO2', 'USPO2', 'Port Orford', 'United States', st_setsrid(st_makepoint(-124.5, 42.733333), 4326), true),
 (2855, '40960', 'HRPUY', 'HRPUY', 'Pula', 'Croatia', st_setsrid(st_makepoint(13.8, 44.883333), 4326), true),
 (2856, '20190', NULL, NULL, 'Village Cove', 'United States', st_setsrid(st_makepoint(-170.266667, 57.133333), 4326), true),
 (2857, '34150', 'IETAR', 'IETAR', 'Tarbert', 'Ireland', st_setsrid(st_makepoint(-9.366667, 52.583333), 4326), true),
 (2858, '28750', 'PLPLC', 'PLPLC', 'Police', 'Poland', st_setsrid(st_makepoint(14.566667, 53.566667), 4326), true),
 (2859, '44450', 'TRSSX', 'TRSSX', 'Samsun', 'Turkey', st_setsrid(st_makepoint(36.35, 41.3), 4326), true),
 (2860, '26420', 'SEVAJ', 'SEVAJ', 'Vaja', 'Sweden', st_setsrid(st_makepoint(17.716667, 62.983333), 4326), true),
 (2861, '28828', 'DEWOL', 'DEWOL', 'Wolgast', 'Germany', st_setsrid(st_makepoint(13.783333, 54.05), 4326), true),
 (2862, '35415', 'GBTNM', 'GBTNM', 'Teignmouth Harbour', 'United Kingdom', st_setsrid(st_makepoint(-3.5, 50.55), 4326), true),
 (2863, '20390', 'USSOL', 'USSOL', 'Solomon', 'United States', st_setsrid(st_makepoint(-164.4, 64.55), 4326), true),
 (2864, '32380', 'GBWIC', 'GBWIC', 'Wick', 'United Kingdom', st_setsrid(st_makepoint(-3.083333, 58.433333), 4326), true),
 (2865, '35170', 'GBPAD', 'GBPAD', 'Padstow', 'United Kingdom', st_setsrid(st_makepoint(-4.933333, 50.55), 4326), true),
 (2866, '27820', 'FITKU', 'FITKU', 'Turku', 'Finland', st_setsrid(st_makepoint(22.233333, 60.45), 4326), true),
 (2867, '43655', 'UAYZE', 'UAYZE', 'Yuzhnyy', 'Ukraine', st_setsrid(st_makepoint(31.016667, 46.6), 4326), true),
 (2868, '24810', 'SERNH', 'SERNH', 'Ronehamn', 'Sweden', st_setsrid(st_makepoint(18.5, 57.116667), 4326), true),
 (2869, '44230', 'RUTUA', 'RUTUA', 'Tuapse', 'Russia', st_setsrid(st_makepoint(39.066667, 44.1), 4326), true),
 (2870, '31220', 'NLTNZ', 'NLTNZ', 'Terneuzen', 'Netherlands', st_setsrid(st_makepoint(3.816667, 51.35), 4326), true),
 (2871, '38180', 'ESFUE', 'ESFUE', 'Puerto Del Rosario', 'Spain', st_setsrid(st_makepoint(-13.85, 28.5), 4326), true),
 (2872, '20090', NULL, NULL, 'Sanak', 'United States', st_setsrid(st_makepoint(-162.816667, 54.483333), 4326), true),
 (2873, '20493', 'CAYPC', 'CAYPC', 'Paulatuk', 'Canada', st_setsrid(st_makepoint(-124.083333, 69.35), 4326), true),
 (2874, '35790', 'FRSVS', 'FRSVS', 'Saint-Valery-Sur-Somme', 'France', st_setsrid(st_makepoint(1.616667, 50.183333), 4326), true),
 (2875, '41660', 'ALSHG', 'ALSHG', 'Shengjin', 'Albania', st_setsrid(st_makepoint(19.6, 41.816667), 4326), true),
 (2876, '38570', 'ESSFU', 'ESSFU', 'San Feliu De Guixols', 'Spain', st_setsrid(st_makepoint(3.033333, 41.783333), 4326), true),
 (2877, '29660', 'DKSAX', 'DKSAX', 'Sakskobing', 'Denmark', st_setsrid(st_makepoint(11.633333, 54.8), 4326), true),
 (2878, '39440', 'ITSVN', 'ITSVN', 'Savona', 'Italy', st_setsrid(st_makepoint(8.5, 44.316667), 4326), true),
 (2879, '6500', 'CAWDR', 'CAWDR', 'Windsor', 'Canada', st_setsrid(st_makepoint(-64.15, 45.0), 4326), true),
 (2880, '38750', 'FRSET', 'FRSET', 'Sete', 'France', st_setsrid(st_makepoint(3.7, 43.4), 4326), true),
 (2881, '24950', 'SEVBY', 'SEVBY', 'Visby', 'Sweden', st_setsrid(st_makepoint(18.283333, 57.633333), 4326), true),
 (2882, '8810', 'USUYN', 'USUYN', 'Slidell', 'United States', st_setsrid(st_makepoint(-89.783333, 30.266667), 4326), true),
 (2883, '28823', 'PLSZZ', 'PLSZZ', 'Szczecin', 'Poland', st_setsrid(st_makepoint(14.55, 53.416667), 4326), true),
 (2884, '29560', 'DKVOR', 'DKVOR', 'Vordingborg', 'Denmark', st_setsrid(st_makepoint(11.9, 55.0), 4326), true),
 (2885, '47030', 'TZTGT', 'TZTGT', 'Tanga', 'Tanzania', st_setsrid(st_makepoint(39.116667, -5.083333), 4326), true),
 (2886, '31750', 'GBSEA', 'GBSEA', 'Seaham', 'United Kingdom', st_setsrid(st_makepoint(-1.316667, 54.833333), 4326), true),
 (2887, '7360', 'USWHO', 'USWHO', 'Woods Hole', 'United States', st_setsrid(st_makepoint(-70.666667, 41.516667), 4326), true),
 (2888, '35460', 'GBWEY', 'GBWEY', 'Weymouth Harbour', 'United Kingdom', st_setsrid(st_makepoint(-2.45, 50.616667), 4326), true),
 (2889, '27990', 'FIPAR', 'FIPAR', 'Pargas', 'Finland', st_setsrid(st_makepoint(22.066667, 60.283333), 4326), true),
 (2890, '32630', 'GBSUL', 'GBSUL', 'Sullom Voe', 'United Kingdom', st_setsrid(st_makepoint(-1.3, 60.466667), 4326), true),
 (2891, '46040', 'GHTKD', 'GHTKD', 'Takoradi', 'Ghana', st_setsrid(st_makepoint(-1.733333, 4.883333), 4326), true),
 (2892, '36040', 'JESTH', 'JESTH', 'Saint Helier Harbour', 'Jersey', st_setsrid(st_makepoint(-2.116667, 49.183333), 4326), true),
 (2893, '31370', 'GBSHS', 'GBSHS', 'Sheerness', 'United Kingdom', st_setsrid(st_makepoint(0.75, 51.45), 4326), true),
 (2894, '35560', 'GBYMO', 'GBYMO', 'Yarmouth Harbour', 'United Kingdom', st_setsrid(st_makepoint(-1.5, 50.7), 4326), true),
 (2895, '46435', 'GAOWE', 'GAOWE', 'Port Owendo', 'Gabon', st_setsrid(st_makepoint(9.5, 0.283333), 4326), true),
 (2896, '43710', 'UASKD', 'UASKD', 'Skadovs''k', 'Ukraine', st_setsrid(st_makepoint(32.916667, 46.1), 4326), true),
 (2897, '43150', 'GRJSH', 'GRJSH', 'Sitia', 'Greece', st_setsrid(st_makepoint(26.133333, 35.216667), 4326), true),
 (2898, '35480', 'GBPOO', 'GBPOO', 'Poole Harbour', 'United Kingdom', st_setsrid(st_makepoint(-1.95, 50.683333), 4326), true),
 (2899, '46306', 'GQPET', 'GQPET', 'Punta Europa Terminal', 'Equatorial Guinea', st_setsrid(st_makepoint(8.716667, 3.783333), 4326), true),
 (2900, '20520', 'CAREB', 'CAREB', 'Resolute Bay', 'Canada', st_setsrid(st_makepoint(-95.9, 74.683333), 4326), true),
 (2901, '45818', 'SNXLS', 'SNXLS', 'St Louis', 'Senegal', st_setsrid(st_makepoint(-16.516667, 16.016667), 4326), true),
 (2902, '24840', 'SESLI', 'SESLI', 'Slite', 'Sweden', st_setsrid(st_makepoint(18.816667, 57.7), 4326), true),
 (2903, '38480', 'ESVLC', 'ESVLC', 'Valencia', 'Spain', st_setsrid(st_makepoint(-0.316667, 39.45), 4326), true),
 (2904, '20483', 'USSCC', 'USSCC', 'Prudhoe Bay', 'United States', st_setsrid(st_makepoint(-148.416667, 70.333333), 4326), true),
 (2905, '37830', 'ESVIL', 'ESVIL', 'Villagarcia De Arosa', 'Spain', st_setsrid(st_makepoint(-8.766667, 42.6), 4326), true),
 (2906, '20495', NULL, NULL, 'Tysoe Point', 'Canada', st_setsrid(st_makepoint(-120.75, 69.6), 4326), true),
 (2907, '20135', NULL, NULL, 'Palisades Point', 'United States', st_setsrid(st_makepoint(-174.166667, 52.233333), 4326), true),
 (2908, '38590', 'ESROS', 'ESROS', 'Rosas', 'Spain', st_setsrid(st_makepoint(3.183333, 42.266667), 4326), true),
 (2909, '38490', 'ESSAG', 'ESSAG', 'Sagunto', 'Spain', st_setsrid(st_makepoint(-0.216667, 39.65), 4326), true),
 (2910, '30730', 'DEREN', 'DEREN', 'Rendsburg', 'Germany', st_setsrid(st_makepoint(9.683333, 54.3), 4326), true),
 (2911, '11934', 'COPPR', 'COPPR', 'Puerto Prodeco', 'Colombia', st_setsrid(st_makepoint(-74.216667, 11.15), 4326), true),
 (2912, '40505', 'ITTDG', 'ITTDG', 'Torre Del Greco', 'Italy', st_setsrid(st_makepoint(14.366667, 40.783333), 4326), true),
 (2913, '28770', 'PLUST', 'PLUST', 'Ustka', 'Poland', st_setsrid(st_makepoint(16.85, 54.583333), 4326), true),
 (2914, '37040', 'FRRCO', 'FRRCO', 'Rochefort', 'France', st_setsrid(st_makepoint(-0.95, 45.933333), 4326), true),
 (2915, '16030', NULL, NULL, 'Wilson Cove', 'United States', st_setsrid(st_makepoint(-118.55, 33.0), 4326), true),
 (2916, '27080', 'SESKE', 'SESKE', 'Skelleftehamn', 'Sweden', st_setsrid(st_makepoint(21.233333, 64.683333), 4326), true),
 (2917, '44803', 'TRYAK', 'TRYAK', 'Yakacik', 'Turkey', st_setsrid(st_makepoint(36.183333, 36.716667), 4326), true),
 (2918, '5960', NULL, NULL, 'Whycocomagh', 'Canada', st_setsrid(st_makepoint(-61.133333, 45.966667), 4326), true),
 (2919, '44320', 'GEABK', 'GEABK', 'Sokhumi', 'Georgia', st_setsrid(st_makepoint(40.983333, 42.983333), 4326), true),
 (2920, '37050', 'FRTON', 'FRTON', 'Tonnay Charente', 'France', st_setsrid(st_makepoint(-0.9, 45.933333), 4326), true),
 (2921, '31720', 'GBTEE', 'GBTEE', 'Teesport', 'United Kingdom', st_setsrid(st_makepoint(-1.133333, 54.65), 4326), true),
 (2922, '33620', 'IMRAM', 'IMRAM', 'Ramsey', 'Isle of Man', st_setsrid(st_makepoint(-4.366667, 54.316667), 4326), true),
 (2923, '42210', 'GRPER', 'GRPER', 'Perama', 'Greece', st_setsrid(st_makepoint(23.566667, 37.966667), 4326), true),
 (2924, '28610', 'LVRIX', 'LVRIX', 'Riga', 'Latvia', st_setsrid(st_makepoint(24.1, 56.95), 4326), true),
 (2925, '38395', 'ESCRS', 'ESCRS', 'Puerto De Carboneras', 'Spain', st_setsrid(st_makepoint(-1.883333, 37.0), 4326), true),
 (2926, '31765', 'GBTYM', 'GBTYM', 'Tynemouth', 'United Kingdom', st_setsrid(st_makepoint(-1.4, 55.0), 4326), true),
 (2927, '35580', 'GBSOU', 'GBSOU', 'Southampton', 'United Kingdom', st_setsrid(st_makepoint(-1.4, 50.9), 4326), true),
 (2928, '31070', 'NLSCE', 'NLSCE', 'Scheveningen', 'Netherlands', st_setsrid(st_makepoint(4.266667, 52.1), 4326), true),
 (2929, '25640', 'SEVAL', 'SEVAL', 'Vallvik', 'Sweden', st_setsrid(st_makepoint(17.166667, 61.183333), 4326), true),
 (2930, '33570', 'GBSTR', 'GBSTR', 'Stranraer', 'United Kingdom', st_setsrid(st_makepoint(-5.033333, 54.9), 4326), true),
 (2931, '6190', 'CASMT', 'CASMT', 'Stormont', 'Canada', st_setsrid(st_makepoint(-61.716667, 45.216667), 4326), true),
 (2932, '46940', 'MZPOL', 'MZPOL', 'Pemba', 'Mozambique', st_setsrid(st_makepoint(40.5, -12.966667), 4326), true),
 (2933, '20040', 'USSDP', 'USSDP', 'Sand Point', 'United States', st_setsrid(st_makepoint(-160.533333, 55.333333), 4326), true),
 (2934, '44850', 'TRTAS', 'TRTAS', 'Tasucu', 'Turkey', st_setsrid(st_makepoint(33.883333, 36.316667), 4326), true),
 (2935, '46380', 'STTMS', 'STTMS', 'Sao Tome', 'Sao Tome and Principe', st_setsrid(st_makepoint(6.733333, 0.35), 4326), true),
 (2936, '37670', 'ESRIB', 'ESRIB', 'Ribadeo', 'Spain', st_setsrid(st_makepoint(-7.033333, 43.533333), 4326), true),
 (2937, '30460', 'DKTHN', 'DKTHN', 'Thyboron', 'Denmark', st_setsrid(st_makepoint(8.216667, 56.7), 4326), true),
 (2938, '31830', 'GBWKO', 'GBWKO', 'Warkworth Harbour', 'United Kingdom', st_setsrid(st_makepoint(-1.583333, 55.333333), 4326), true),
 (2939, '35110', 'GBWAT', 'GBWAT', 'Watchet Harbor', 'United Kingdom', st_setsrid(st_makepoint(-3.333333, 51.183333), 4326), true),
 (2940, '29600', 'DKSTE', 'DKSTE', 'Stege', 'Denmark', st_setsrid(st_makepoint(12.283333, 54.983333), 4326), true),
 (2941, '44390', 'TRTZX', 'TRTZX', 'Trabzon', 'Turkey', st_setsrid(st_makepoint(39.766667, 41.016667), 4326), true),
 (2942, '33370', 'GBRAY', 'GBRAY', 'Rothesay Harbor', 'United Kingdom', st_setsrid(st_makepoint(-5.05, 55.833333), 4326), true),
 (2943, '20200', 'USPML', 'USPML', 'Port Moller', 'United States', st_setsrid(st_makepoint(-160.566667, 55.983333), 4326), true),
 (2944, '41090', 'HRSEN', 'HRSEN', 'Senj', 'Croatia', st_setsrid(st_makepoint(14.9, 44.983333), 4326), true),
 (2945, '45435', 'TNTAT', 'TNTAT', 'Tazerka Oil Terminal', 'Tunisia', st_setsrid(st_makepoint(11.683333, 36.6), 4326), true),
 (2946, '28510', 'EEOSM', 'EEOSM', 'Osmussaar', 'Estonia', st_setsrid(st_makepoint(23.366667, 59.3), 4326), true),
 (2947, '43760', 'UASVP', 'UASVP', 'Sevastopol', 'Ukraine', st_setsrid(st_makepoint(33.533333, 44.616667), 4326), true),
 (2948, '20496', 'CAYSY', 'CAYSY', 'Sachs Harbor', 'Canada', st_setsrid(st_makepoint(-125.25, 71.966667), 4326), true),
 (2949, '36370', 'FRROS', 'FRROS', 'Port De Roscoff-Bloscon', 'France', st_setsrid(st_makepoint(-3.983333, 48.733333), 4326), true),
 (2950, '33950', 'IESLI', 'IESLI', 'Sligo', 'Ireland', st_setsrid(st_makepoint(-8.466667, 54.266667), 4326), true),
 (2951, '5880', 'CAPHA', 'CAPHA', 'Port Hastings', 'Canada', st_setsrid(st_makepoint(-61.4, 45.65), 4326), true),
 (2952, '5490', NULL, NULL, 'Washington Harbor', 'United States', st_setsrid(st_makepoint(-89.15, 47.916667), 4326), true),
 (2953, '61230', 'JPOTR', 'JPOTR', 'Otaru Ko', 'Japan', st_setsrid(st_makepoint(141.016667, 43.2), 4326), true),
 (2954, '60435', 'KRSHO', 'KRSHO', 'Sokch''o Hang', 'South Korea', st_setsrid(st_makepoint(128.6, 38.2), 4326), true),
 (2955, '19660', 'USVDZ', 'USVDZ', 'Valdez Marine Terminal', 'United States', st_setsrid(st_makepoint(-146.4, 61.083333), 4326), true),
 (2956, '61967', 'JPSHN', 'JPSHN', 'Shingu', 'Japan', st_setsrid(st_makepoint(135.983333, 33.666667), 4326), true),
 (2957, '51030', 'IDPEX', 'IDPEX', 'Pekalongan', 'Indonesia', st_setsrid(st_makepoint(109.7, -6.85), 4326), true),
 (2958, '50030', 'IDTAN', 'IDTAN', 'Tanjunguban', 'Indonesia', st_setsrid(st_makepoint(104.216667, 1.066667), 4326), true),
 (2959, '55600', 'TOPAN', 'TOPAN', 'Pangai', 'Tonga', st_setsrid(st_makepoint(-174.35, -19.8), 4326), true),
 (2960, '62535', 'RUSKA', 'RUSKA', 'Slavyanka', 'Russia', st_setsrid(st_makepoint(131.383333, 42.866667), 4326), true),
 (2961, '3320', 'CAENE', 'CAENE', 'Rondeau', 'Canada', st_setsrid(st_makepoint(-81.9, 42.266667), 4326), true),
 (2962, '57860', NULL, NULL, 'Shan T Ou', 'China', st_setsrid(st_makepoint(116.683333, 23.366667), 4326), true),
 (2963, '61515', 'JPOWA', 'JPOWA', 'Owase Ko', 'Japan', st_setsrid(st_makepoint(136.216667, 34.066667), 4326), true),
 (2964, '62078', 'JPTND', 'JPTND', 'Tonda', 'Japan', st_setsrid(st_makepoint(131.75, 34.033333), 4326), true),
 (2965, '16510', 'USPBG', 'USPBG', 'Pittsburg', 'United States', st_setsrid(st_makepoint(-121.883333, 38.033333), 4326), true),
 (2966, '16970', 'USW9A', 'USW9A', 'Washougal', 'United States', st_setsrid(st_makepoint(-122.35, 45.583333), 4326), true),
 (2967, '61380', 'JPTYO', 'JPTYO', 'Tokyo Ko', 'Japan', st_setsrid(st_makepoint(139.75, 35.666667), 4326), true),
 (2968, '59680', 'PHOZC', 'PHOZC', 'Port Ozamis', 'Philippines', st_setsrid(st_makepoint(123.85, 8.133333), 4326), true),
 (2969, '62255', 'JPYAT', 'JPYAT', 'Yatsushiro Ko', 'Japan', st_setsrid(st_makepoint(130.533333, 32.5), 4326), true),
 (2970, '53300', 'AUTIS', 'AUTIS', 'Thursday Island', 'Australia', st_setsrid(st_makepoint(142.216667, -10.583333), 4326), true),
 (2971, '61390', 'JPYOK', 'JPYOK', 'Yokohama Ko', 'Japan', st_setsrid(st_makepoint(139.583333, 35.45), 4326), true),
 (2972, '58460', 'PHSFE', 'PHSFE', 'San Fernando Harbor', 'Philippines', st_setsrid(st_makepoint(120.316667, 16.616667), 4326), true),
 (2973, '8050', 'USILG', 'USILG', 'Wilmington', 'United States', st_setsrid(st_makepoint(-75.55, 39.733333), 4326), true),
 (2974, '54870', 'AUSTA', 'AUSTA', 'Stanley', 'Australia', st_setsrid(st_makepoint(145.283333, -40.766667), 4326), true),
 (2975, '48273', 'AEQIW', 'AEQIW', 'Umm Al Qaywayn', 'United Arab Emirates', st_setsrid(st_makepoint(55.583333, 25.583333), 4326), true),
 (2976, '8245', 'USPYP', 'USPYP', 'Piney Point', 'United States', st_setsrid(st_makepoint(-76.533333, 38.133333), 4326), true),
 (2977, '54875', 'AUPLA', 'AUPLA', 'Port Latta', 'Australia', st_setsrid(st_makepoint(145.383333, -40.833333), 4326), true),
 (2978, '62115', 'JPTBT', 'JPTBT', 'Tobata', 'Japan', st_setsrid(st_makepoint(130.816667, 33.916667), 4326), true),
 (2979, '10773', 'JMROP', 'JMROP', 'Rocky Point', 'Jamaica', st_setsrid(st_makepoint(-77.15, 17.816667), 4326), true),
 (2980, '59976', 'CNTAC', 'CNTAC', 'Taicang', 'China', st_setsrid(st_makepoint(121.2, 31.65), 4326), true),
 (2981, '49850', 'MYPEN', 'MYPEN', 'Pulau Pinang', 'Malaysia', st_setsrid(st_makepoint(100.35, 5.416667), 4326), true),
 (2982, '49930', 'MYPKG', 'MYPKG', 'Port Klang', 'Malaysia', st_setsrid(st_makepoint(101.4, 3.0), 4326), true),
 (2983, '58590', 'PHROM', 'PHROM', 'Port Romblon', 'Philippines', st_setsrid(st_makepoint(122.266667, 12.583333), 4326), true),
 (2984, '57955', 'TWTXG', 'TWTXG', 'Tai-Chung Kang', 'Taiwan', st_setsrid(st_makepoint(120.5, 24.3), 4326), true),
 (2985, '59970', 'CNSHA', 'CNSGH', 'Shanghai', 'China', st_setsrid(st_makepoint(121.5, 31.216667), 4326), true),
 (2986, '52480', NULL, NULL, 'Teluk Beo', 'Indonesia', st_setsrid(st_makepoint(126.783333, 4.233333), 4326), true),
 (2987, '61900', 'JPSKT', 'JPSKT', 'Sakata Ko', 'Japan', st_setsrid(st_makepoint(139.816667, 38.933333), 4326), true),
 (2988, '50015', 'SGSEB', 'SGSEB', 'Pulau Sebarok', 'Singapore', st_setsrid(st_makepoint(103.8, 1.2), 4326), true),
 (2989, '48240', 'OMQAL', 'OMQAL', 'Qalhat Lng Terminal', 'Oman', st_setsrid(st_makepoint(59.4, 22.683333), 4326), true),
 (2990, '61420', 'JPSMD', 'JPSMD', 'Shimoda Ko', 'Japan', st_setsrid(st_makepoint(138.95, 34.666667), 4326), true),
 (2991, '28500', 'EEVEB', 'EEVEB', 'Vene-Balti', 'Estonia', st_setsrid(st_makepoint(24.65636, 59.45696), 4326), true),
 (2992, '51870', 'IDSTN', 'IDSTN', 'Stagen', 'Indonesia', st_setsrid(st_makepoint(116.15, -3.3), 4326), true),
 (2993, '28540', 'EEVIR', 'EEVIR', 'Virtsu', 'Estonia', st_setsrid(st_makepoint(23.510001, 58.575016), 4326), true),
 (2994, '59340', 'PHSUG', 'PHSUG', 'Surigao City', 'Philippines', st_setsrid(st_makepoint(125.5, 9.783333), 4326), true),
 (2995, '58690', 'PHTAC', 'PHTAC', 'Tacloban', 'Philippines', st_setsrid(st_makepoint(125.0, 11.25), 4326), true),
 (2996, '56520', 'MPSPN', 'MPSPN', 'Saipan', 'Northern Mariana Islands', st_setsrid(st_makepoint(145.683333, 15.2), 4326), true),
 (2997, '61165', 'JPTMK', 'JPTMK', 'Tomakomai Ko', 'Japan', st_setsrid(st_makepoint(141.633333, 42.633333), 4326), true),
 (2998, '62165', 'JPSAG', 'JPSAG', 'Saganoseki Ko', 'Japan', st_setsrid(st_makepoint(131.866667, 33.25), 4326), true),
 (2999, '57950', 'TWMZG', 'TWMZG', 'Peng-Hu Kang', 'Taiwan', st_setsrid(st_makepoint(119.533333, 23.583333), 4326), true),
 (3000, '61690', 'JPUBJ', 'JPUBJ', 'Ube Ko', 'Japan', st_setsrid(st_makepoint(131.233333, 33.933333), 4326), true),
 (3001, '55300', 'NZPCN', 'NZPCN', 'Picton', 'New Zealand', st_setsrid(st_makepoint(174.016667, -41.283333), 4326), true),
 (3002, '60190', 'CNTXG', 'CNTXG', 'Tianjin Xin Gang', 'China', st_setsrid(st_makepoint(117.833333, 38.966667), 4326), true),
 (3003, '62020', 'JPYWH', 'JPYWH', 'Yawatahama', 'Japan', st_setsrid(st_makepoint(132.416667, 33.45), 4326), true),
 (3004, '52660', 'IDWBA', 'IDWBA', 'Wahai', 'Indonesia', st_setsrid(st_makepoint(129.5, -2.783333), 4326), true),
 (3005, '54350', 'AUPLO', 'AUPLO', 'Port Lincoln', 'Australia', st_setsrid(st_makepoint(135.85, -34.716667), 4326), true),
 (3006, '48155', 'YERAI', 'YERAI', 'Ras Isa Marine Terminal', 'Yemen', st_setsrid(st_makepoint(42.6, 15.133333), 4326), true),
 (3007, '7405', 'USTIV', 'USTIV', 'Tiverton', 'United States', st_setsrid(st_makepoint(-71.216667, 41.633333), 4326), true),
 (3008, '50510', 'IDSLG', 'IDSLG', 'Sibolga', 'Indonesia', st_setsrid(st_makepoint(98.766667, 1.733333), 4326), true),
 (3009, '51587', 'MYTPP', 'MYTPP', 'Tanjung Pelepas', 'Malaysia', st_setsrid(st_makepoint(103.55, 1.35), 4326), true),
 (3010, '51070', 'IDREM', 'IDREM', 'Rembang', 'Indonesia', st_setsrid(st_makepoint(111.35, -6.7), 4326), true),
 (3011, '62077', 'JPTKM', 'JPTKM', 'Takuma', 'Japan', st_setsrid(st_makepoint(133.683333, 34.216667), 4326), true),
 (3012, '51100', 'IDTBN', 'IDTBN', 'Tuban', 'Indonesia', st_setsrid(st_makepoint(112.15, -6.733333), 4326), true),
 (3013, '7980', 'USZZM', 'USZZM', 'South Amboy', 'United States', st_setsrid(st_makepoint(-74.266667, 40.483333), 4326), true),
 (3014, '11470', 'GPPTL', 'GPPTL', 'Port Louis', 'Guadeloupe', st_setsrid(st_makepoint(-61.533333, 16.416667), 4326), true),
 (3015, '48120', 'SAYBI', 'SAYBI', 'Yanbu', 'Saudi Arabia', st_setsrid(st_makepoint(38.05, 24.083333), 4326), true),
 (3016, '58695', 'PHTNU', 'PHTNU', 'Tanauan', 'Philippines', st_setsrid(st_makepoint(125.016667, 11.1), 4326), true),
 (3017, '51580', 'MYSBW', 'MYSBW', 'Sibu', 'Malaysia', st_setsrid(st_makepoint(111.816667, 2.283333), 4326), true),
 (3018, '8115', 'USPAU', 'USPAU', 'Paulsboro', 'United States', st_setsrid(st_makepoint(-75.25, 39.85), 4326), true),
 (3019, '61415', 'JPTGO', 'JPTGO', 'Tagonoura Ko', 'Japan', st_setsrid(st_makepoint(138.7, 35.133333), 4326), true),
 (3020, '48690', 'INVVA', 'INVVA', 'Veraval', 'India', st_setsrid(st_makepoint(70.366667, 20.9), 4326), true),
 (3021, '50600', 'IDOLO', 'IDOLO', 'Uleelheue', 'Indonesia', st_setsrid(st_makepoint(95.283333, 5.566667), 4326), true),
 (3022, '55800', 'PFUTU', 'PFUTU', 'Uturoa', 'French Polynesia', st_setsrid(st_makepoint(-151.45, -16.733333), 4326), true),
 (3023, '10960', 'DOSAL', 'DOSAL', 'Pepillo Salcedo', 'Dominican Republic', st_setsrid(st_makepoint(-71.75, 19.7), 4326), true),
 (3024, '60440', 'KPWON', 'KPWON', 'Wonsan', 'North Korea', st_setsrid(st_makepoint(127.45, 39.166667), 4326), true),
 (3025, '59150', 'PHCSI', 'PHCSI', 'Port Capiz', 'Philippines', st_setsrid(st_makepoint(122.716667, 11.6), 4326), true),
 (3026, '53206', 'PGROR', 'PGROR', 'Oro Bay', 'Papua New Guinea', st_setsrid(st_makepoint(148.483333, -8.883333), 4326), true),
 (3027, '52297', 'IDPAP', 'IDPAP', 'Parepare', 'Indonesia', st_setsrid(st_makepoint(119.616667, -4.0), 4326), true),
 (3028, '61802', 'JPUCR', 'JPUCR', 'Uchiura', 'Japan', st_setsrid(st_makepoint(135.5, 35.516667), 4326), true),
 (3029, '55560', 'FJSVU', 'FJSVU', 'Savusavu Bay', 'Fiji', st_setsrid(st_makepoint(179.333333, -16.766667), 4326), true),
 (3030, '60200', 'CNSHP', 'CNSHP', 'Qinhuangdao', 'China', st_setsrid(st_makepoint(119.616667, 39.933333), 4326), true),
 (3031, '10800', 'JMSLM', 'JMSLM', 'Savannah La Mar', 'Jamaica', st_setsrid(st_makepoint(-78.133333, 18.2), 4326), true),
 (3032, '61566', 'JPSKM', 'JPSKM', 'Shikama', 'Japan', st_setsrid(st_makepoint(134.65, 34.766667), 4326), true),
 (3033, '53190', NULL, NULL, 'Suloga Harbor', 'Papua New Guinea', st_setsrid(st_makepoint(152.766667, -9.216667), 4326), true),
 (3034, '7560', 'USPTJ', 'USPTJ', 'Port Jefferson', 'United States', st_setsrid(st_makepoint(-73.083333, 40.95), 4326), true),
 (3035, '60220', 'CNYIK', 'CNYIK', 'Yingkou', 'China', st_setsrid(st_makepoint(122.233333, 40.683333), 4326), true),
 (3036, '28515', 'EERHK', 'EERHK', 'Rohukula', 'Estonia', st_setsrid(st_makepoint(23.423923, 58.90606), 4326), true),
 (3037, '55150', 'NZWLG', 'NZWLG', 'Wellington', 'New Zealand', st_setsrid(st_makepoint(174.783333, -41.283333), 4326), true),
 (3038, '48267', 'AEZUR', 'AEZUR', 'Zirkuh Oil Field', 'United Arab Emirates', st_setsrid(st_makepoint(53.05, 24.866667), 4326), true),
 (3039, '49995', NULL, NULL, 'Serangoon Harbor', 'Singapore', st_setsrid(st_makepoint(103.95, 1.4), 4326), true),
 (3040, '49910', 'MYTAN', 'MYTAN', 'Teluk Anson', 'Malaysia', st_setsrid(st_makepoint(101.016667, 4.016667), 4326), true),
 (3041, '62120', 'JPWAM', 'JPWAM', 'Wakamatsu Ko', 'Japan', st_setsrid(st_makepoint(130.816667, 33.9), 4326), true),
 (3042, '48320', 'BHSIT', 'BHSIT', 'Sitrah', 'Bahrain', st_setsrid(st_makepoint(50.666667, 26.166667), 4326), true),
 (3043, '55540', 'FJSUV', 'FJSUV', 'Suva Harbor', 'Fiji', st_setsrid(st_makepoint(178.416667, -18.133333), 4326), true),
 (3044, '54255', 'AUPGI', 'AUPGI', 'Port Giles', 'Australia', st_setsrid(st_makepoint(137.766667, -35.033333), 4326), true),
 (3045, '60110', 'CNWAX', 'CNWAX', 'Wanxian', 'China', st_setsrid(st_makepoint(108.433333, 30.816667), 4326), true),
 (3046, '60520', NULL, NULL, 'Senbong', 'North Korea', st_setsrid(st_makepoint(130.4, 42.333333), 4326), true),
 (3047, '51180', 'IDPRO', 'IDPRO', 'Probolinggo', 'Indonesia', st_setsrid(st_makepoint(113.216667, -7.716667), 4326), true),
 (3048, '61890', 'JPRYO', 'JPRYO', 'Ryotu Ko', 'Japan', st_setsrid(st_makepoint(138.566667, 38.083333), 4326), true),
 (3049, '48279', 'AEULR', 'AEULR', 'Umm An Nar', 'United Arab Emirates', st_setsrid(st_makepoint(54.483333, 24.45), 4326), true),
 (3050, '61350', 'JPSGM', 'JPSGM', 'Sendai-Shiogama', 'Japan', st_setsrid(st_makepoint(141.033333, 38.316667), 4326), true),
 (3051, '62380', 'JPSSB', 'JPSSB', 'Sasebo', 'Japan', st_setsrid(st_makepoint(129.716667, 33.166667), 4326), true),
 (3052, '57995', NULL, NULL, 'Port San Vicente', 'Philippines', st_setsrid(st_makepoint(122.133333, 18.516667), 4326), true),
 (3053, '49770', 'THPKT', 'THPKT', 'Phuket', 'Thailand', st_setsrid(st_makepoint(98.4, 7.833333), 4326), true),
 (3054, '8230', 'USWAS', 'USWAS', 'Washington D.C.', 'United States', st_setsrid(st_makepoint(-77.033333, 38.866667), 4326), true),
 (3055, '50516', 'IDTJB', 'IDTJB', 'Tanjung Balai Karimun', 'Indonesia', st_setsrid(st_makepoint(103.433333, 0.983333), 4326), true),
 (3056, '51830', 'IDSZH', 'IDSZH', 'Senipah Oil Terminal', 'Indonesia', st_setsrid(st_makepoint(117.166667, -0.95), 4326), true),
 (3057, '62110', 'JPSKD', 'JPSKD', 'Sakaide Ko', 'Japan', st_setsrid(st_makepoint(133.85, 34.333333), 4326), true),
 (3058, '55450', 'NZWSZ', 'NZWSZ', 'Westport', 'New Zealand', st_setsrid(st_makepoint(171.6, -41.75), 4326), true),
 (3059, '61500', 'JPTOB', 'JPTOB', 'Toba', 'Japan', st_setsrid(st_makepoint(136.85, 34.483333), 4326), true),
 (3060, '54660', 'AUWYN', 'AUWYN', 'Wyndham', 'Australia', st_setsrid(st_makepoint(128.1, -15.466667), 4326), true),
 (3061, '54575', NULL, NULL, 'Point Murat', 'Australia', st_setsrid(st_makepoint(114.183333, -21.816667), 4326), true),
 (3062, '60160', 'CNYTG', 'CNYTG', 'Yantai', 'China', st_setsrid(st_makepoint(121.45, 37.55), 4326), true),
 (3063, '61547', 'JPSBK', 'JPSBK', 'Sakai-Senboku', 'Japan', st_setsrid(st_makepoint(135.433333, 34.55), 4326), true),
 (3064, '8318', NULL, NULL, 'Warwick', 'United States', st_setsrid(st_makepoint(-77.416667, 37.45), 4326), true),
 (3065, '57458', 'THSRI', 'THSRI', 'Si Racha', 'Thailand', st_setsrid(st_makepoint(100.916667, 13.166667), 4326), true),
 (3066, '50610', 'IDSBG', 'IDSBG', 'Sabang', 'Indonesia', st_setsrid(st_makepoint(95.316667, 5.883333), 4326), true),
 (3067, '49962', 'MYSUP', 'MYSUP', 'Pelabuhan Sungai Udang', 'Malaysia', st_setsrid(st_makepoint(102.133333, 2.25), 4326), true),
 (3068, '54120', 'AUWMB', 'AUWMB', 'Warrnambool', 'Australia', st_setsrid(st_makepoint(142.483333, -38.4), 4326), true),
 (3069, '28506', 'EEPLN', 'EEPLN', 'Paldiski Pohjasadam', 'Estonia', st_setsrid(st_makepoint(24.047504, 59.349752), 4326), true),
 (3070, '50971', 'IDPOL', 'IDPOL', 'Poleng Oil Field', 'Indonesia', st_setsrid(st_makepoint(112.916667, -6.65), 4326), true),
 (3071, '61940', 'JPTAK', 'JPTAK', 'Takamatsu', 'Japan', st_setsrid(st_makepoint(134.05, 34.35), 4326), true),
 (3072, '7600', 'USXLX', 'USXLX', 'Stamford', 'United States', st_setsrid(st_makepoint(-73.55, 41.033333), 4326), true),
 (3073, '61680', 'JPTKY', 'JPTKY', 'Tokuyama', 'Japan', st_setsrid(st_makepoint(131.816667, 34.033333), 4326), true),
 (3074, '7740', 'USTRY', 'USTRY', 'Troy', 'United States', st_setsrid(st_makepoint(-73.7, 42.733333), 4326), true),
 (3075, '61490', 'JPYKK', 'JPYKK', 'Yokkaichi', 'Japan', st_setsrid(st_makepoint(136.633333, 34.966667), 4326), true),
 (3076, '57820', 'CNQZH', 'CNQZH', 'Qinzhou', 'China', st_setsrid(st_makepoint(108.583333, 21.733333), 4326), true),
 (3077, '51910', 'IDSMQ', 'IDSMQ', 'Sampit', 'Indonesia', st_setsrid(st_makepoint(113.0, -2.516667), 4326), true),
 (3078, '62224', 'JPSBS', 'JPSBS', 'Shibushi Wan', 'Japan', st_setsrid(st_makepoint(131.1, 31.466667), 4326), true),
 (3079, '48287', 'QAUMS', 'QAUMS', 'Umm Said', 'Qatar', st_setsrid(st_makepoint(51.566667, 24.916667), 4326), true),
 (3080, '51350', 'IDWGP', 'IDWGP', 'Waingapu', 'Indonesia', st_setsrid(st_makepoint(120.216667, -9.633333), 4326), true),
 (3081, '55370', 'NZORR', 'NZORR', 'Otago Harbor', 'New Zealand', st_setsrid(st_makepoint(170.633333, -45.816667), 4326), true),
 (3082, '54220', 'AUPAE', 'AUPAE', 'Port Adelaide', 'Australia', st_setsrid(st_makepoint(138.5, -34.85), 4326), true),
 (3083, '61410', 'JPURG', 'JPURG', 'Uraga Ko', 'Japan', st_setsrid(st_makepoint(139.716667, 35.233333), 4326), true),
 (3084, '49830', NULL, NULL, 'Pelabuhan Bass', 'Malaysia', st_setsrid(st_makepoint(99.833333, 6.316667), 4326), true),
 (3085, '61855', NULL, NULL, 'Shimminato', 'Japan', st_setsrid(st_makepoint(137.116667, 36.766667), 4326), true),
 (3086, '50055', 'IDSKP', 'IDSKP', 'Sekupang', 'Indonesia', st_setsrid(st_makepoint(103.916667, 1.133333), 4326), true),
 (3087, '59950', 'CNZHI', 'CNZHI', 'Zhen Hai', 'China', st_setsrid(st_makepoint(121.7, 29.95), 4326), true),
 (3088, '57572', 'VNPHU', 'VNPHU', 'Phu My', 'Vietnam', st_setsrid(st_makepoint(107.033333, 10.583333), 4326), true),
 (3089, '11045', 'DOINA', 'DOINA', 'Puerto De Haina', 'Dominican Republic', st_setsrid(st_makepoint(-70.016667, 18.416667), 4326), true),
 (3090, '51695', NULL, NULL, 'Sapangar Bay', 'Malaysia', st_setsrid(st_makepoint(116.116667, 6.083333), 4326), true),
 (3091, '56323', NULL, NULL, 'Tern Island', 'United States', st_setsrid(st_makepoint(-166.283333, 23.866667), 4326), true),
 (3092, '58315', NULL, NULL, 'Santa Cruz (Marinduque Isl)', 'Philippines', st_setsrid(st_makepoint(122.066667, 13.5), 4326), true),
 (3093, '28490', 'EEPAS', 'EEPAS', 'Paljassaare', 'Estonia', st_setsrid(st_makepoint(24.70564, 59.459102), 4326), true),
 (3094, '52510', 'IDTTE', 'IDTTE', 'Ternate', 'Indonesia', st_setsrid(st_makepoint(127.383333, 0.783333), 4326), true),
 (3095, '59960', 'CNZOS', 'CNZOS', 'Zhoushan', 'China', st_setsrid(st_makepoint(122.1, 30.0), 4326), true),
 (3096, '3310', 'CAPST', 'CAPST', 'Port Stanley', 'Canada', st_setsrid(st_makepoint(-81.2, 42.666667), 4326), true),
 (3097, '52940', NULL, NULL, 'Serui', 'Indonesia', st_setsrid(st_makepoint(136.25, -1.9), 4326), true),
 (3098, '52140', 'IDPSJ', 'IDPSJ', 'Poso', 'Indonesia', st_setsrid(st_makepoint(120.75, -1.366667), 4326), true),
 (3099, '17650', 'USXSI', 'USXSI', 'Shelton', 'United States', st_setsrid(st_makepoint(-123.1, 47.216667), 4326), true),
 (3100, '52870', 'IDSXK', 'IDSXK', 'Saumlaki', 'Indonesia', st_setsrid(st_makepoint(131.3, -7.983333), 4326), true),
 (3101, '28525', 'EESMA', 'EESMA', 'Saaremaa sadam', 'Estonia', st_setsrid(st_makepoint(22.236096, 58.536129), 4326), true),
 (3102, '48035', 'EGSOK', 'EGSOK', 'Sokhna Port Gas Tanker Terminal', 'Egypt', st_setsrid(st_makepoint(32.366667, 29.683333), 4326), true),
 (3103, '58130', 'PHVRC', 'PHVRC', 'Virac', 'Philippines', st_setsrid(st_makepoint(124.25, 13.583333), 4326), true),
 (3104, '57580', 'VNSGN', 'VNSGN', 'Thanh Ho Chi Minh', 'Vietnam', st_setsrid(st_makepoint(106.716667, 10.766667), 4326), true),
 (3105, '50441', NULL, NULL, 'Pulau Baai', 'Indonesia', st_setsrid(st_makepoint(102.283333, -3.916667), 4326), true),
 (3106, '61370', 'JPTTY', 'JPTTY', 'Tateyama Ko', 'Japan', st_setsrid(st_makepoint(139.8, 35.0), 4326), true),
 (3107, '52560', NULL, NULL, 'Patani', 'Indonesia', st_setsrid(st_makepoint(128.75, 0.366667), 4326), true),
 (3108, '56540', 'MPROP', 'MPROP', 'Rota', 'Northern Mariana Islands', st_setsrid(st_makepoint(145.15, 14.133333), 4326), true),
 (3109, '49960', 'MYPDI', 'MYPDI', 'Port Dickson', 'Malaysia', st_setsrid(st_makepoint(101.783333, 2.533333), 4326), true),
 (3110, '61580', 'JPUNO', 'JPUNO', 'Uno Ko', 'Japan', st_setsrid(st_makepoint(133.95, 34.483333), 4326), true),
 (3111, '62113', 'JPYAN', 'JPYAN', 'Yanai', 'Japan', st_setsrid(st_makepoint(132.133333, 33.95), 4326), true),
 (3112, '57640', 'VNUIH', 'VNUIH', 'Qui Nhon', 'Vietnam', st_setsrid(st_makepoint(109.233333, 13.766667), 4326), true),
 (3113, '54672', 'AUWEI', 'AUWEI', 'Weipa', 'Australia', st_setsrid(st_makepoint(141.866667, -12.666667), 4326), true),
 (3114, '53380', 'AUTSV', 'AUTSV', 'Townsville', 'Australia', st_setsrid(st_makepoint(146.816667, -19.266667), 4326), true),
 (3115, '48130', 'SARAB', 'SARAB', 'Rabigh', 'Saudi Arabia', st_setsrid(st_makepoint(38.983333, 22.733333), 4326), true),
 (3116, '55050', 'NZWRE', 'NZWRE', 'Whangarei', 'New Zealand', st_setsrid(st_makepoint(174.433333, -35.8), 4326), true),
 (3117, '61550', 'JPOSA', 'JPOSA', 'Osaka', 'Japan', st_setsrid(st_makepoint(135.433333, 34.65), 4326), true),
 (3118, '61460', 'JPSMZ', 'JPSMZ', 'Shimizu Ko', 'Japan', st_setsrid(st_makepoint(138.5, 35.016667), 4326), true),
 (3119, '57657', 'VNTHO', 'VNTHO', 'Thanh Hoa', 'Vietnam', st_setsrid(st_makepoint(106.766667, 10.816667), 4326), true),
 (3120, '61700', 'JPSHS', 'JPSHS', 'Shimonoseki', 'Japan', st_setsrid(st_makepoint(130.933333, 33.933333), 4326), true),
 (3121, '51815', 'IDSAT', 'IDSAT', 'Tanjung Santan', 'Indonesia', st_setsrid(st_makepoint(117.533333, -0.1), 4326), true),
 (3122, '33400', 'GBFAS', 'GBFAS', 'Faslane', 'United Kingdom', st_setsrid(st_makepoint(-4.819456751, 56.0638893), 4326), true),
 (3123, '39935', NULL, NULL, 'Miseno', 'Italy', st_setsrid(st_makepoint(14.09109726, 40.78815816), 4326), true),
 (3124, '40352', NULL, NULL, 'Scalo Vecchio', 'Italy', st_setsrid(st_makepoint(12.863, 35.855), 4326), true),
 (3125, '40745', 'ITCHI', 'ITCHI', 'Porto Di Chioggia', 'Italy', st_setsrid(st_makepoint(12.3, 45.233333), 4326), true),
 (3126, '40650', 'ITIOA', 'ITIOA', 'Civitanova Marche', 'Italy', st_setsrid(st_makepoint(13.734, 43.316), 4326), true),
 (3127, '40155', 'ITLEV', 'ITLEV', 'Levanzo', 'Italy', st_setsrid(st_makepoint(12.341, 37.987), 4326), true),
 (3128, '1700', NULL, NULL, 'Placentia Bay', 'Canada', st_setsrid(st_makepoint(-54.01421577, 47.25355454), 4326), true),
 (3129, '40720', 'ITPCS', 'ITPCS', 'Porto Di Corsini', 'Italy', st_setsrid(st_makepoint(12.291, 44.495), 4326), true),
 (3130, '40785', 'ITGRD', 'ITGRD', 'Grado', 'Italy', st_setsrid(st_makepoint(13.298, 45.697), 4326), true),
 (3131, '39910', 'ITISH', 'ITISH', 'Ischia', 'Italy', st_setsrid(st_makepoint(13.944, 40.748), 4326), true),
 (3132, '40090', 'ITVSG', 'ITVSG', 'Villa San Giovanni', 'Italy', st_setsrid(st_makepoint(15.63, 38.222), 4326), true),
 (3133, '23170', NULL, NULL, 'Haakonsvern', 'Norway', st_setsrid(st_makepoint(5.235305876, 60.33316436), 4326), true),
 (3134, '40560', 'ITBCE', 'ITBCE', 'Bisceglie', 'Italy', st_setsrid(st_makepoint(16.509, 41.246), 4326), true),
 (3135, '40570', 'ITTNI', 'ITTNI', 'Trani', 'Italy', st_setsrid(st_makepoint(16.42370575, 41.28342064), 4326), true),
 (3136, '40700', 'ITRMI', 'ITRMI', 'Rimini', 'Italy', st_setsrid(st_makepoint(12.574, 44.081), 4326), true),
 (3137, '39840', 'ITPNZ', 'ITPNZ', 'Ponza', 'Italy', st_setsrid(st_makepoint(12.964, 40.895), 4326), true),
 (3138, '40060', 'ITVVA', 'ITVVA', 'Vibo Valentia Marina', 'Italy', st_setsrid(st_makepoint(16.13, 38.723), 4326), true),
 (3139, '40145', 'ITSVC', 'ITSVC', 'San Vito Lo Capo', 'Italy', st_setsrid(st_makepoint(12.736, 38.181), 4326), true),
 (3140, '39795', 'ITPTH', 'ITPTH', 'Porto Ercole', 'Italy', st_setsrid(st_makepoint(11.213, 42.404), 4326), true),
 (3141, '40282', 'ITGIA', 'ITGIA', 'Giardini Naxos', 'Italy', st_setsrid(st_makepoint(15.273, 37.828), 4326), true),
 (3142, '40120', 'ITTRI', 'ITTRI', 'Termini Imerese', 'Italy', st_setsrid(st_makepoint(13.723, 37.985), 4326), true),
 (3143, '40680', 'ITFAO', 'ITFAO', 'Fano', 'Italy', st_setsrid(st_makepoint(13.017, 43.857), 4326), true),
 (3144, '39855', 'ITTRC', 'ITTRC', 'Terracina', 'Italy', st_setsrid(st_makepoint(13.258, 41.283), 4326), true),
 (3145, '40640', 'ITSDB', 'ITSDB', 'San Benedetto Del Tronto', 'Italy', st_setsrid(st_makepoint(13.892, 42.96), 4326), true),
 (3146, '39500', 'ITCHX', 'ITCHX', 'Chiavari - Lavagna', 'Italy', st_setsrid(st_makepoint(9.326, 44.305), 4326), true),
 (3147, '39570', 'ITVIA', 'ITVIA', 'Viareggio', 'Italy', st_setsrid(st_makepoint(10.234, 43.862), 4326), true),
 (3148, '39850', 'ITSFE', 'ITSFE', 'San Felice Circeo', 'Italy', st_setsrid(st_makepoint(13.097, 41.226), 4326), true),
 (3149, '40360', 'ITPNL', 'ITPNL', 'Pantelleria', 'Italy', st_setsrid(st_makepoint(11.942, 36.838), 4326), true),
 (3150, '40460', 'ITCGC', 'ITCGC', 'Corigliano Calabro', 'Italy', st_setsrid(st_makepoint(16.529, 39.672), 4326), true),
 (3151, '40450', 'ITMRM', 'ITMRM', 'Ciro Marina', 'Italy', st_setsrid(st_makepoint(17.136, 39.372), 4326), true),
 (3152, '40510', 'ITMNP', 'ITMNP', 'Monopoli', 'Italy', st_setsrid(st_makepoint(17.308, 40.955), 4326), true),
 (3153, '40280', 'ITRPT', 'ITRPT', 'Riposta', 'Italy', st_setsrid(st_makepoint(15.209, 37.735), 4326), true),
 (3154, '40140', 'ITCTR', 'ITCTR', 'Castellammare Del Golfo', 'Italy', st_setsrid(st_makepoint(12.885, 38.032), 4326), true),
 (3155, '40520', 'ITODB', 'ITODB', 'Mola Di Bari', 'Italy', st_setsrid(st_makepoint(17.1, 41.062), 4326), true),
 (3156, '40820', 'ITTRS', 'ITTRS', 'Trieste', 'Italy', st_setsrid(st_makepoint(13.746, 45.651), 4326), true),
 (3157, '39940', 'ITPOZ', 'ITPOZ', 'Pozzuoli', 'Italy', st_setsrid(st_makepoint(14.11, 40.824), 4326), true),
 (3158, '40355', NULL, NULL, 'Cala Pozzolana', 'Italy', st_setsrid(st_makepoint(12.852, 35.864), 4326), true),
 (3159, '39900', 'ITFRD', 'ITFRD', 'Forio', 'Italy', st_setsrid(st_makepoint(13.859, 40.742), 4326), true),
 (3160, '39310', 'ITPTO', 'ITPTO', 'Porto Torres', 'Italy', st_setsrid(st_makepoint(8.396, 40.852), 4326), true),
 (3161, '40200', 'ITPEM', 'ITPEM', 'Porto Empedocle', 'Italy', st_setsrid(st_makepoint(13.528, 37.278), 4326), true),
 (3162, '40630', 'ITPSR', 'ITPSR', 'Pescara', 'Italy', st_setsrid(st_makepoint(14.236, 42.464), 4326), true),
 (3163, '40490', 'ITOTO', 'ITOTO', 'Otranto', 'Italy', st_setsrid(st_makepoint(18.493, 40.152), 4326), true),
 (3164, '40165', 'ITFAV', 'ITFAV', 'Favignana', 'Italy', st_setsrid(st_makepoint(12.324, 37.933), 4326), true),
 (3165, '39920', 'ITPRO', 'ITPRO', 'Procida', 'Italy', st_setsrid(st_makepoint(14.031, 40.77), 4326), true),
 (3166, '39865', 'ITFOM', 'ITFOM', 'Formia', 'Italy', st_setsrid(st_makepoint(13.614, 41.254), 4326), true),
 (3167, '40670', 'ITSEG', 'ITSEG', 'Senigallia', 'Italy', st_setsrid(st_makepoint(13.221, 43.724), 4326), true),
 (3168, '40635', 'ITGUI', 'ITGUI', 'Giulianova', 'Italy', st_setsrid(st_makepoint(13.979, 42.756), 4326), true),
 (3169, '40150', 'ITTPS', 'ITTPS', 'Trapani', 'Italy', st_setsrid(st_makepoint(12.506, 38.012), 4326), true),
 (3170, '39420', 'ITVDL', 'ITVDL', 'Rada Di Vado', 'Italy', st_setsrid(st_makepoint(8.453, 44.265), 4326), true),
 (3171, '40160', 'ITMMO', 'ITMMO', 'Marettimo', 'Italy', st_setsrid(st_makepoint(12.075, 37.966), 4326), true),
 (3172, '39260', 'ITPVE', 'ITPVE', 'Porto Vesme', 'Italy', st_setsrid(st_makepoint(8.384, 39.194), 4326), true),
 (3173, '40080', 'ITREG', 'ITREG', 'Reggio Di Calabria', 'Italy', st_setsrid(st_makepoint(15.65, 38.129), 4326), true),
 (3174, '1760', NULL, NULL, 'Miquelon', 'Saint Pierre and Miquelon', st_setsrid(st_makepoint(-56.36666667, 47.1), 4326), true),
 (3175, '39905', 'ITCML', 'ITCML', 'Casamicciola', 'Italy', st_setsrid(st_makepoint(13.912, 40.752), 4326), true),
 (3176, '40710', 'ITCNT', 'ITCNT', 'Cesenatico', 'Italy', st_setsrid(st_makepoint(12.408, 44.208), 4326), true),
 (3177, '39790', 'ITPSS', 'ITPSS', 'Porto Santo Stefano', 'Italy', st_setsrid(st_makepoint(11.122, 42.44), 4326), true),
 (3178, '60400', 'KRUSN', 'KRUSN', 'Ulsan', 'South Korea', st_setsrid(st_makepoint(129.4, 35.45), 4326), true),
 (3179, '7840', NULL, NULL, 'Tompkinsville SI', 'United States', st_setsrid(st_makepoint(-74.066667, 40.633333), 4326), true),
 (3180, '46295', 'CMKBI', 'CMKBI', 'Kribi Deep Sea Port', 'Cameroon', st_setsrid(st_makepoint(9.860530084, 2.71853154), 4326), true),
 (3181, '40350', 'ITLMP', 'ITLMP', 'Lampedusa', 'Italy', st_setsrid(st_makepoint(12.601, 35.494), 4326), true),
 (3182, '59015', 'PHSNG', 'PHSNG', 'Toledo', 'Philippines', st_setsrid(st_makepoint(123.633333, 10.366667), 4326), true),
 (3183, '61810', 'JPTRG', 'JPTRG', 'Tsuruga Ko', 'Japan', st_setsrid(st_makepoint(136.066667, 35.65), 4326), true),
 (3184, '46070', 'GHTEM', 'GHTEM', 'Tema', 'Ghana', st_setsrid(st_makepoint(0.015555556, 5.631944444), 4326), true),
 (3185, '7830', NULL, NULL, 'Stapleton SI', 'United States', st_setsrid(st_makepoint(-74.066667, 40.633333), 4326), true),
 (3186, '48257', 'OMSOH', 'OMSOH', 'Port Of Sohar', 'Oman', st_setsrid(st_makepoint(56.633333, 24.516667), 4326), true),
 (3187, '62600', 'RUPKC', 'RUPKC', 'Petropavlovsk', 'Russia', st_setsrid(st_makepoint(158.65, 53.05), 4326), true),
 (3188, '40243', 'ITSPA', 'ITSPA', 'Santa Panagia', 'Italy', st_setsrid(st_makepoint(15.297, 37.069), 4326), true),
 (3189, '54600', 'AUPWL', 'AUPWL', 'Port Walcott', 'Australia', st_setsrid(st_makepoint(117.183333, -20.65), 4326), true),
 (3190, '61400', 'JPYOS', 'JPYOS', 'Yokosuka Ko', 'Japan', st_setsrid(st_makepoint(139.666667, 35.283333), 4326), true),
 (3191, '39780', 'ITGPR', 'ITGPR', 'Giglio Porto', 'Italy', st_setsrid(st_makepoint(10.921, 42.362), 4326), true),
 (3192, '60125', 'CNLSN', 'CNLSN', 'Lanshan', 'China', st_setsrid(st_makepoint(119.366667, 35.08), 4326), true),
 (3193, '40230', 'ITPZL', 'ITPZL', 'Pozzallo', 'Italy', st_setsrid(st_makepoint(14.85, 36.716667), 4326), true),
 (3194, '46131', 'NGTIN', 'NGTIN', 'Tin Can Island', 'Nigeria', st_setsrid(st_makepoint(3.35, 6.35), 4326), true),
 (3195, '61260', 'JPWKJ', 'JPWKJ', 'Wakkanai', 'Japan', st_setsrid(st_makepoint(141.683333, 43.416667), 4326), true),
 (3196, '40190', 'ITSCK', 'ITSCK', 'Sciacca', 'Italy', st_setsrid(st_makepoint(13.075, 37.502), 4326), true),
 (3197, '39930', 'ITBAI', 'ITBAI', 'Baia', 'Italy', st_setsrid(st_makepoint(14.074, 40.817), 4326), true),
 (3198, '40780', 'ITPNG', 'ITPNG', 'Nogaro', 'Italy', st_setsrid(st_makepoint(13.167, 45.759), 4326), true),
 (3199, '48262', NULL, NULL, 'Al Fujayrah', 'United Arab Emirates', st_setsrid(st_makepoint(56.36916667, 25.17305556), 4326), true),
 (3200, '40730', 'ITPGA', 'ITPGA', 'Porto Garibaldi', 'Italy', st_setsrid(st_makepoint(12.252, 44.677), 4326), true),
 (3201, '40690', 'ITPES', 'ITPES', 'Pesaro', 'Italy', st_setsrid(st_makepoint(12.903, 43.928), 4326), true),
 (3202, '48266', 'AEZUR', 'AEZUR', 'Zirkuh', 'United Arab Emirates', st_setsrid(st_makepoint(53.0, 25.016667), 4326), true),
 (3203, '47980', 'EGSGA', 'EGSGA', 'Safaja', 'Egypt', st_setsrid(st_makepoint(33.95, 26.733333), 4326), true),
 (3204, '45140', 'EGPSD', 'EGPSD', 'Bur Sa''id', 'Egypt', st_setsrid(st_makepoint(32.3, 31.266667), 4326), true),
 (3205, '47960', 'EGNUW', 'EGNUW', 'Nuwaybi''', 'Egypt', st_setsrid(st_makepoint(34.65, 28.966667), 4326), true),
 (3206, '47982', 'EGTOR', 'EGTOR', 'At Tur', 'Egypt', st_setsrid(st_makepoint(33.616667, 28.233333), 4326), true),
 (3207, '47987', NULL, NULL, 'Marsa az Zaytiyah', 'Egypt', st_setsrid(st_makepoint(33.6, 27.85), 4326), true),
 (3208, '6575', 'CABST', 'CABST', 'Port Bayside Nb', 'Canada', st_setsrid(st_makepoint(-67.133333, 45.15), 4326), true),
 (3209, '2015', 'CABCO', 'CABCO', 'Baie Comeau', 'Canada', st_setsrid(st_makepoint(-68.133333, 49.233333), 4326), true),
 (3210, '6550', 'CASJB', 'CASJB', 'St John', 'Canada', st_setsrid(st_makepoint(-66.05, 45.266667), 4326), true),
 (3211, '48615', 'INVAD', 'INVAD', 'Vadinar Terminal', 'India', st_setsrid(st_makepoint(69.66666667, 22.46666667), 4326), true),
 (3212, '48613', 'INSKK', 'INSKK', 'Sikka', 'India', st_setsrid(st_makepoint(69.833333, 22.433333), 4326), true),
 (3213, '48630', 'INIXY', 'INIXY', 'Kandla', 'India', st_setsrid(st_makepoint(70.216667, 23.033333), 4326), true),
 (3214, '48680', 'INPBD', 'INPBD', 'Porbandar', 'India', st_setsrid(st_makepoint(69.6, 21.633333), 4326), true),
 (3215, '48635', 'INNAV', 'INNAV', 'Navlakhi', 'India', st_setsrid(st_makepoint(70.44758333, 22.95638889), 4326), true),
 (3216, '49030', 'INNML', 'INNML', 'New Mangalore', 'India', st_setsrid(st_makepoint(74.816667, 12.916667), 4326), true),
 (3217, '49130', 'INKOC', 'INKOC', 'Kochi (Cochin)', 'India', st_setsrid(st_makepoint(76.233333, 9.966667), 4326), true),
 (3218, '49320', 'INTUT', 'INTUT', 'Tuticorin', 'India', st_setsrid(st_makepoint(78.166667, 8.8), 4326), true),
 (3219, '49010', NULL, NULL, 'Honavar', 'India', st_setsrid(st_makepoint(74.45, 14.28333333), 4326), true),
 (3220, '49455', 'INKRI', 'INKRI', 'Krishnapatnam', 'India', st_setsrid(st_makepoint(80.13333333, 14.25), 4326), true),
 (3221, '49287', NULL, NULL, 'Batticaloa Roads', 'Sri Lanka', st_setsrid(st_makepoint(81.68333333, 7.766666667), 4326), true),
 (3222, '49255', 'LKHBA', 'LKHBA', 'Hambantota', 'Sri Lanka', st_setsrid(st_makepoint(81.13333333, 6.116666667), 4326), true),
 (3223, '48890', 'INDHP', 'INDHP', 'Port Dabhol', 'India', st_setsrid(st_makepoint(73.16666667, 17.58333333), 4326), true),
 (3224, '48895', 'INJGD', 'INJGD', 'Jaigarh Bay', 'India', st_setsrid(st_makepoint(73.21666667, 17.3), 4326), true),
 (3225, '48720', 'INJBD', 'INJBD', 'Jafarabad', 'India', st_setsrid(st_makepoint(71.38333333, 20.86666667), 4326), true),
 (3226, '49540', 'INDMQ', 'INDMQ', 'Dhamra', 'India', st_setsrid(st_makepoint(86.96666667, 20.81666667), 4326), true),
 (3227, '49479', 'INGGV', 'INGGV', 'Gangavaram', 'India', st_setsrid(st_makepoint(83.25, 17.63333333), 4326), true),
 (3228, '1730', NULL, NULL, 'Marystown', 'Canada', st_setsrid(st_makepoint(-55.11666667, 47.18333333), 4326), true),
 (3229, '20920', 'NOHFT', 'NOHFT', 'Hammerfest', 'Norway', st_setsrid(st_makepoint(23.666667, 70.666667), 4326), true),
 (3230, '49470', 'INKAK', 'INKAK', 'Kakinada Bay', 'India', st_setsrid(st_makepoint(82.316667, 17.0), 4326), true),
 (3231, '49370', 'INKRK', 'INKRK', 'Karaikal Port', 'India', st_setsrid(st_makepoint(79.866667, 10.833333), 4326), true),
 (3232, '49410', 'INCDL', 'INCDL', 'Cuddalore', 'India', st_setsrid(st_makepoint(79.766667, 11.716667), 4326), true),
 (3233, '49580', 'BDMGL', 'BDMGL', 'Mongla', 'Bangladesh', st_setsrid(st_makepoint(89.6, 22.466667), 4326), true),
 (3234, '48770', 'INMDA', 'INMDA', 'Magdalla', 'India', st_setsrid(st_makepoint(72.75, 21.15), 4326), true),
 (3235, '49290', 'LKTRR', 'LKTRR', 'Trincomalee Harbor', 'Sri Lanka', st_setsrid(st_makepoint(81.216667, 8.55), 4326), true),
 (3236, '21900', 'NOSVJ', 'NOSVJ', 'Svolvaer', 'Norway', st_setsrid(st_makepoint(14.583333, 68.233333), 4326), true),
 (3237, '4210', 'BSCBT', 'BSCBT', 'Cockburn', 'Canada', st_setsrid(st_makepoint(-83.316667, 45.95), 4326), true),
 (3238, '3260', 'CAPTM', 'CAPTM', 'Port Maitland', 'Canada', st_setsrid(st_makepoint(-79.583333, 42.85), 4326), true),
 (3239, '1605', NULL, NULL, 'Port Union', 'Canada', st_setsrid(st_makepoint(-53.083333, 48.5), 4326), true),
 (3240, '3770', 'GBTOB', 'GBTOB', 'Tobermory', 'Canada', st_setsrid(st_makepoint(-81.666667, 45.266667), 4326), true),
 (3241, '3060', 'CADHS', 'CADHS', 'Port Dalhousie', 'Canada', st_setsrid(st_makepoint(-79.266667, 43.216667), 4326), true),
 (3242, '20730', 'NOMEH', 'NOMEH', 'Mehamnfjorden', '', st_setsrid(st_makepoint(27.83533847, 71.04134661), 4326), true),
 (3243, '20740', 'NOKJF', 'NOKJF', 'Kjollefjorden', 'Norway', st_setsrid(st_makepoint(27.333333, 70.95), 4326), true),
 (3244, '21120', 'NOOKF', 'NOOKF', 'Oksfjord', 'Norway', st_setsrid(st_makepoint(22.35, 70.233333), 4326), true),
 (3245, '21950', 'NOLOD', 'NOLOD', 'Lodingen', 'Norway', st_setsrid(st_makepoint(16.0, 68.416667), 4326), true),
 (3246, '23480', 'NOSVG', 'NOSVG', 'Stavanger', 'Norway', st_setsrid(st_makepoint(5.75, 58.966667), 4326), true),
 (3247, '21310', 'NOTOS', 'NOTOS', 'Tromso', 'Norway', st_setsrid(st_makepoint(18.966667, 69.65), 4326), true),
 (3248, '39155', 'ITPCE', 'ITPCE', 'Porto Cervo', 'Italy', st_setsrid(st_makepoint(9.54, 41.137), 4326), true),
 (3249, '39280', 'ITAHO', 'ITAHO', 'Alghero', 'Italy', st_setsrid(st_makepoint(8.307, 40.568), 4326), true),
 (3250, '39170', 'ITGAI', 'ITGAI', 'Golfo Aranci', 'Italy', st_setsrid(st_makepoint(9.624, 40.993), 4326), true),
 (3251, '39230', 'ITSAT', 'ITSAT', 'Sant''Antioco', 'Italy', st_setsrid(st_makepoint(8.46, 39.066), 4326), true),
 (3252, '39150', NULL, NULL, 'Liscia Di Vacca', 'Italy', st_setsrid(st_makepoint(9.511, 41.141), 4326), true),
 (3253, '39160', NULL, NULL, 'Cala Volpe', 'Italy', st_setsrid(st_makepoint(9.542, 41.088), 4326), true),
 (3254, '49560', 'INCCU', 'INCCU', 'Calcutta', 'India', st_setsrid(st_makepoint(88.333333, 22.55), 4326), true),
 (3255, '49200', 'MVMCP', 'MVMCP', 'Male', 'Maldives', st_setsrid(st_makepoint(73.5, 4.166667), 4326), true),
 (3256, '48845', 'INNSA', 'INNSA', 'Jawaharlal Nehru Port (Nhava Shiva)', 'India', st_setsrid(st_makepoint(72.95, 18.95), 4326), true),
 (3257, '48990', 'INKRW', 'INKRW', 'Karwar', 'India', st_setsrid(st_makepoint(74.116667, 14.816667), 4326), true),
 (3258, '49590', 'BDCGP', 'BDCGP', 'Chittagong', 'Bangladesh', st_setsrid(st_makepoint(91.816667, 22.316667), 4326), true),
 (3259, '49555', 'INHAL', 'INHAL', 'Haldia Port', 'India', st_setsrid(st_makepoint(88.083333, 22.016667), 4326), true),
 (3260, '49450', 'INMAA', 'INMAA', 'Chennai (Madras)', 'India', st_setsrid(st_makepoint(80.3, 13.1), 4326), true),
 (3261, '48730', 'INPAV', 'INPAV', 'Pipavav Bandar', 'India', st_setsrid(st_makepoint(71.516667, 20.916667), 4326), true),
 (3262, '49430', 'INPNY', 'INPNY', 'Pondicherry', 'India', st_setsrid(st_makepoint(79.833333, 11.933333), 4326), true),
 (3263, '48760', 'INBHU', 'INBHU', 'Bhavnagar', 'India', st_setsrid(st_makepoint(72.233333, 21.766667), 4326), true),
 (3264, '49240', 'LKCMB', 'LKCMB', 'Colombo', 'Sri Lanka', st_setsrid(st_makepoint(79.85, 6.95), 4326), true),
 (3265, '49480', 'INNRP', 'INNRP', 'Vishakhapatnam', 'India', st_setsrid(st_makepoint(83.3, 17.683333), 4326), true),
 (3266, '49535', 'INPPT', 'INPPT', 'Paradip', 'India', st_setsrid(st_makepoint(86.683333, 20.266667), 4326), true),
 (3267, '49454', 'INENR', 'INENR', 'Kamarajar Port', 'India', st_setsrid(st_makepoint(80.3425, 13.26138889), 4326), true),
 (3268, '49250', 'LKGAL', 'LKGAL', 'Galle Harbor', 'Sri Lanka', st_setsrid(st_makepoint(80.22833333, 6.033055556), 4326), true),
 (3269, '49500', 'INGPR', 'INGPR', 'Gopalpur', 'India', st_setsrid(st_makepoint(84.96666667, 19.30194444), 4326), true),
 (3270, '23120', 'NOAES', 'NOAES', 'Alesund', 'Norway', st_setsrid(st_makepoint(6.166667, 62.466667), 4326), true),
 (3271, '1958', 'CAPCA', 'CAPCA', 'Port Cartier', 'Canada', st_setsrid(st_makepoint(-66.783333, 50.033333), 4326), true),
 (3272, '48970', 'INMRM', 'INMRM', 'Marmagao', 'India', st_setsrid(st_makepoint(73.795, 15.4175), 4326), true),
 (3273, '48840', 'INBOM', 'INBOM', 'Mumbai (Bombay)', 'India', st_setsrid(st_makepoint(72.866667, 18.966667), 4326), true),
 (3274, '21490', 'NOFNE', 'NOFNE', 'Finnsnes', 'Norway', st_setsrid(st_makepoint(17.966667, 69.233333), 4326), true),
 (3275, '49110', 'INBEY', 'INBEY', 'Beypore', 'India', st_setsrid(st_makepoint(75.8, 11.166667), 4326), true),
 (3276, '48900', 'INRTC', 'INRTC', 'Ratnagiri', 'India', st_setsrid(st_makepoint(73.283333, 16.983333), 4326), true),
 (3277, '49000', 'INBLK', 'INBLK', 'Belekeri', 'India', st_setsrid(st_makepoint(74.266667, 14.7), 4326), true),
 (3278, '49350', 'INNPT', 'INNPT', 'Nagappattinam', 'India', st_setsrid(st_makepoint(79.85, 10.766667), 4326), true),
 (3279, '48674', 'INDAH', 'INDAH', 'Dahej', 'India', st_setsrid(st_makepoint(72.533333, 21.7), 4326), true),
 (3280, '48960', 'INPAN', 'INPAN', 'Panaji', 'India', st_setsrid(st_makepoint(73.816667, 15.5), 4326), true),
 (3281, '49300', 'LKKNK', 'LKKNK', 'Kankesanturai', 'Sri Lanka', st_setsrid(st_makepoint(80.05, 9.816667), 4326), true),
 (3282, '49454.5', 'INKRI', 'INKRI', 'Kattupalli Port', 'India', st_setsrid(st_makepoint(80.35222222, 13.30694444), 4326), true),
 (3283, '49330', NULL, NULL, 'Pamban', 'India', st_setsrid(st_makepoint(79.21666667, 9.283333333), 4326), true),
 (3284, '49550', NULL, NULL, 'Baleshwar', 'India', st_setsrid(st_makepoint(86.95, 21.48333333), 4326), true),
 (3285, '49460', NULL, NULL, 'Machilipatnam', 'India', st_setsrid(st_makepoint(81.15, 16.15), 4326), true),
 (3286, '49160', 'INQUI', 'INQUI', 'Quilon (Kollam)', 'India', st_setsrid(st_makepoint(76.58388889, 8.871944444), 4326), true),
 (3287, '49040', 'INAZK', 'INAZK', 'Azhikal (Azhikkal)', 'India', st_setsrid(st_makepoint(75.30944444, 11.94555556), 4326), true),
 (3288, '49170', 'INTRV', 'INTRV', 'Trivandrum', 'India', st_setsrid(st_makepoint(76.95, 8.483333), 4326), true),
 (3289, '49180', NULL, NULL, 'Kolachel', 'India', st_setsrid(st_makepoint(77.25, 8.166667), 4326), true),
 (3290, '49100', 'INCCJ', 'INCCJ', 'Calicut (Kozhikode)', 'India', st_setsrid(st_makepoint(75.766667, 11.25), 4326), true),
 (3291, '9860', 'PACTB', 'PACTB', 'Puerto Cristobal', 'Panama', st_setsrid(st_makepoint(-79.916667, 9.35), 4326), true),
 (3292, '12025', 'VELSV', 'VELSV', 'La Salina', 'Venezuela', st_setsrid(st_makepoint(-71.466667, 10.366667), 4326), true),
 (3293, '9405', 'MXCOA', 'MXCOA', 'Coatzacoalcos', 'Mexico', st_setsrid(st_makepoint(-94.416667, 18.15), 4326), true),
 (3294, '11800', 'CWCRB', 'CWCRB', 'Caracasbaai', 'Curacao', st_setsrid(st_makepoint(-68.866667, 12.066667), 4326), true),
 (3295, '9830', 'PAPAM', 'PAPAM', 'Almirante', 'Panama', st_setsrid(st_makepoint(-82.4, 9.3), 4326), true),
 (3296, '11700', 'TTSCA', 'TTSCA', 'Scarborough', 'Trinidad and Tobago', st_setsrid(st_makepoint(-60.733333, 11.183333), 4326), true),
 (3297, '9590', 'BZBZE', 'BZBZE', 'Belize City', 'Belize', st_setsrid(st_makepoint(-88.183333, 17.5), 4326), true),
 (3298, '9490', 'MXCME', 'MXCME', 'Ciudad Del Carmen', 'Mexico', st_setsrid(st_makepoint(-91.866667, 18.633333), 4326), true),
 (3299, '11710', 'TTCHA', 'TTCHA', 'Chaguaramas', 'Trinidad and Tobago', st_setsrid(st_makepoint(-61.65, 10.683333), 4326), true),
 (3300, '9360', 'MXTAM', 'MXTAM', 'Tampico', 'Mexico', st_setsrid(st_makepoint(-97.866667, 22.216667), 4326), true),
 (3301, '9380', 'MXVER', 'MXVER', 'Veracruz', 'Mexico', st_setsrid(st_makepoint(-96.133333, 19.2), 4326), true),
 (3302, '9840', 'PABOC', 'PABOC', 'Bocas Del Toro', 'Panama', st_setsrid(st_makepoint(-82.233333, 9.333333), 4326), true),
 (3303, '9865', 'PAONX', 'PAONX', 'Puerto Colon', 'Panama', st_setsrid(st_makepoint(-79.883333, 9.366667), 4326), true),
 (3304, '11880', 'COTRB', 'COTRB', 'Turbo', 'Colombia', st_setsrid(st_makepoint(-76.733333, 8.083333), 4326), true),
 (3305, '9420', 'MXMTT', 'MXMTT', 'Minatitlan', 'Mexico', st_setsrid(st_makepoint(-94.583333, 17.9), 4326), true),
 (3306, '9810', 'CRLIO', 'CRLIO', 'Puerto Limon', 'Costa Rica', st_setsrid(st_makepoint(-83.016667, 9.983333), 4326), true),
 (3307, '9550', 'MXCZM', 'MXCZM', 'San Miguel De Cozumel', 'Mexico', st_setsrid(st_makepoint(-86.966667, 20.5), 4326), true),
 (3308, '9620', 'GTPBR', 'GTPBR', 'Puerto Barrios', 'Guatemala', st_setsrid(st_makepoint(-88.6, 15.733333), 4326), true),
 (3309, '9500', 'MXCPE', 'MXCPE', 'Campeche', 'Mexico', st_setsrid(st_makepoint(-90.55, 19.85), 4326), true),
 (3310, '9370', 'MXTUX', 'MXTUX', 'Tuxpan', 'Mexico', st_setsrid(st_makepoint(-97.4, 20.95), 4326), true),
 (3311, '9760', 'NIPUZ', 'NIPUZ', 'Puerto Cabezas', 'Nicaragua', st_setsrid(st_makepoint(-83.383333, 14.016667), 4326), true),
 (3312, '9440', 'MXFRN', 'MXFRN', 'Frontera', 'Mexico', st_setsrid(st_makepoint(-92.65, 18.533333), 4326), true),
 (3313, '11772', 'TTGUA', 'TTGUA', 'Galeota Point Terminal', 'Trinidad and Tobago', st_setsrid(st_makepoint(-60.983333, 10.133333), 4326), true),
 (3314, '9425', 'MXDBT', 'MXDBT', 'Dos Bocas Terminal', 'Mexico', st_setsrid(st_makepoint(-93.216667, 18.433333), 4326), true),
 (3315, '9675', 'HNRTB', 'HNRTB', 'Coxen Hole', 'Honduras', st_setsrid(st_makepoint(-86.55, 16.316667), 4326), true),
 (3316, '9825', 'PACHG', 'PACHG', 'Chiriqui Grande', 'Panama', st_setsrid(st_makepoint(-82.116667, 8.95), 4326), true),
 (3317, '12032', 'VEPLV', 'VEPLV', 'Punta De Palmas', 'Venezuela', st_setsrid(st_makepoint(-71.583333, 10.783333), 4326), true),
 (3318, '11980', 'VESLV', 'VESLV', 'San Lorenzo', 'Venezuela', st_setsrid(st_makepoint(-71.066667, 9.783333), 4326), true),
 (3319, '9355', 'MXATM', 'MXATM', 'Altamira', 'Mexico', st_setsrid(st_makepoint(-97.85, 22.483333), 4326), true),
 (3320, '9660', 'HNTEA', 'HNTEA', 'Tela', 'Honduras', st_setsrid(st_makepoint(-87.45, 15.783333), 4326), true),
 (3321, '9875', 'PAMNP', 'PAMNP', 'Bahia De Las Minas', 'Panama', st_setsrid(st_makepoint(-79.816667, 9.4), 4326), true),
 (3322, '9625', 'GTIZ4', 'GTIZ4', 'Santo Tomas De Castilla', 'Guatemala', st_setsrid(st_makepoint(-88.616667, 15.7), 4326), true),
 (3323, '11718', 'TTTEM', 'TTTEM', 'Anse Tembladora', 'Trinidad and Tobago', st_setsrid(st_makepoint(-61.583333, 10.683333), 4326), true),
 (3324, '9690', 'HNPCA', 'HNPCA', 'Puerto Castilla', 'Honduras', st_setsrid(st_makepoint(-85.983333, 16.0), 4326), true),
 (3325, '1714', NULL, NULL, 'Arnold''s Cove', 'Canada', st_setsrid(st_makepoint(-53.9810655, 47.76479904), 4326), true),
 (3326, '27825', 'FIUTO', 'FIUTO', 'Uto', 'Finland', st_setsrid(st_makepoint(21.36666667, 59.78333333), 4326), true),
 (3327, '11730', 'TTPTP', 'TTPTP', 'Pointe A Pierre', 'Trinidad and Tobago', st_setsrid(st_makepoint(-61.466667, 10.316667), 4326), true),
 (3328, '11720', 'TTPOS', 'TTPOS', 'Port Of Spain', 'Trinidad and Tobago', st_setsrid(st_makepoint(-61.516667, 10.65), 4326), true),
 (3329, '9670', 'HNLCE', 'HNLCE', 'La Ceiba', 'Honduras', st_setsrid(st_makepoint(-86.8, 15.783333), 4326), true),
 (3330, '12070', 'VEAMY', 'VEAMY', 'Amuay (Bahia De Amuay)', 'Venezuela', st_setsrid(st_makepoint(-70.233333, 11.75), 4326), true),
 (3331, '12260', 'VECUP', 'VECUP', 'Carupano', 'Venezuela', st_setsrid(st_makepoint(-63.25, 10.7), 4326), true),
 (3332, '11900', 'COCVE', 'COCVE', 'Covenas', 'Colombia', st_setsrid(st_makepoint(-75.683333, 9.416667), 4326), true),
 (3333, '11840', 'AWORJ', 'AWORJ', 'Paarden Baai - (Oranjestad)', 'Aruba', st_setsrid(st_makepoint(-70.033333, 12.516667), 4326), true),
 (3334, '12230', 'VEEGU', 'VEEGU', 'El Guamache', 'Venezuela', st_setsrid(st_makepoint(-64.1, 10.9), 4326), true),
 (3335, '27570', 'FIPRS', 'FIPRS', 'Pietarsaari', 'Finland', st_setsrid(st_makepoint(22.666667, 63.683333), 4326), true),
 (3336, '12185', 'VEPCZ', 'VEPCZ', 'Puerto La Cruz', 'Venezuela', st_setsrid(st_makepoint(-64.633333, 10.25), 4326), true),
 (3337, '12200', 'VEGUT', 'VEGUT', 'Guanta', 'Venezuela', st_setsrid(st_makepoint(-64.583333, 10.25), 4326), true),
 (3338, '27805', 'FINLI', 'FINLI', 'Naantali', 'Finland', st_setsrid(st_makepoint(22.016667, 60.466667), 4326), true),
 (3339, '28230', 'FIKTK', 'FIKTK', 'Kotka', 'Finland', st_setsrid(st_makepoint(26.966667, 60.466667), 4326), true),
 (3340, '27410', 'FIKEM', 'FIKEM', 'Kemi', 'Finland', st_setsrid(st_makepoint(24.566667, 65.733333), 4326), true),
 (3341, '12150', 'VELAG', 'VELAG', 'La Guaira', 'Venezuela', st_setsrid(st_makepoint(-66.933333, 10.616667), 4326), true),
 (3342, '12090', 'VECMR', 'VECMR', 'Puerto Cumarebo', 'Venezuela', st_setsrid(st_makepoint(-69.35, 11.483333), 4326), true),
 (3343, '28185', 'FIPOA', 'FIPOA', 'Porkkala', 'Finland', st_setsrid(st_makepoint(24.383333, 60.083333), 4326), true),
 (3344, '12335', 'VEPZO', 'VEPZO', 'Puerto Ordaz', 'Venezuela', st_setsrid(st_makepoint(-62.716667, 8.35), 4326), true),
 (3345, '28505', 'EEPLS', 'EEPLS', 'Paldiski Lounasadam', 'Estonia', st_setsrid(st_makepoint(24.081111, 59.333343), 4326), true),
 (3346, '12034', 'VEBJV', 'VEBJV', 'Bajo Grande', 'Venezuela', st_setsrid(st_makepoint(-71.633333, 10.516667), 4326), true),
 (3347, '11780', 'BQKRA', 'BQKRA', 'Kralendijk', 'Caribbean Netherlands', st_setsrid(st_makepoint(-68.283333, 12.15), 4326), true),
 (3348, '11930', 'COBAQ', 'COBAQ', 'Barranquilla', 'Colombia', st_setsrid(st_makepoint(-74.766667, 10.966667), 4326), true),
 (3349, '12340', 'VECBL', 'VECBL', 'Ciudad Bolivar', 'Venezuela', st_setsrid(st_makepoint(-63.55, 8.133333), 4326), true),
 (3350, '11960', 'VEMAR', 'VEMAR', 'Maracaibo', 'Venezuela', st_setsrid(st_makepoint(-71.6, 10.633333), 4326), true),
 (3351, '12120', 'VEPBL', 'VEPBL', 'Puerto Cabello', 'Venezuela', st_setsrid(st_makepoint(-68.0, 10.483333), 4326), true),
 (3352, '12220', 'VECUM', 'VECUM', 'Cumana (Puerto Sucre)', 'Venezuela', st_setsrid(st_makepoint(-64.183333, 10.466667), 4326), true),
 (3353, '28240', 'FIHMN', 'FIHMN', 'Hamina', 'Finland', st_setsrid(st_makepoint(27.2, 60.566667), 4326), true),
 (3354, '28190', 'FIHEL', 'FIHEL', 'Helsinki', 'Finland', st_setsrid(st_makepoint(24.966667, 60.166667), 4326), true),
 (3355, '28187', 'FIINK', 'FIINK', 'Inkoo', 'Finland', st_setsrid(st_makepoint(23.916667, 60.016667), 4326), true),
 (3356, '11725', 'TTPTS', 'TTPTS', 'Point Lisas Port', 'Trinidad and Tobago', st_setsrid(st_makepoint(-61.483333, 10.383333), 4326), true),
 (3357, '12145', 'VECLM', 'VECLM', 'Catia La Mar', 'Venezuela', st_setsrid(st_makepoint(-67.016667, 10.6), 4326), true),
 (3358, '28140', 'FIHKO', 'FIHKO', 'Hanko', 'Finland', st_setsrid(st_makepoint(22.95, 59.816667), 4326), true),
 (3359, '27920', 'FIMHQ', 'FIMHQ', 'Mariehamn', 'Finland', st_setsrid(st_makepoint(19.916667, 60.1), 4326), true),
 (3360, '27680', 'FIKRS', 'FIKRS', 'Kristinestad', 'Finland', st_setsrid(st_makepoint(21.4, 62.283333), 4326), true),
 (3361, '27560', 'FIKOK', 'FIKOK', 'Kokkola', 'Finland', st_setsrid(st_makepoint(23.016667, 63.85), 4326), true),
 (3362, '27670', 'FIKAS', 'FIKAS', 'Kaskinen', 'Finland', st_setsrid(st_makepoint(21.233333, 62.383333), 4326), true),
 (3363, '11781', 'BQGOT', 'BQGOT', 'Goto Oil Terminal', 'Caribbean Netherlands', st_setsrid(st_makepoint(-68.383333, 12.216667), 4326), true),
 (3364, '11940', 'COSMR', 'COSMR', 'Santa Marta', 'Colombia', st_setsrid(st_makepoint(-74.216667, 11.25), 4326), true),
 (3365, '12035', 'VEMIV', 'VEMIV', 'Puerto Miranda', 'Venezuela', st_setsrid(st_makepoint(-71.566667, 10.766667), 4326), true),
 (3366, '12270', 'VEGUI', 'VEGUI', 'Guiria', 'Venezuela', st_setsrid(st_makepoint(-62.3, 10.566667), 4326), true),
 (3367, '12115', 'VEELP', 'VEELP', 'El Palito', 'Venezuela', st_setsrid(st_makepoint(-68.116667, 10.483333), 4326), true),
 (3368, '28460', 'EELSA', 'EELSA', 'Loksa', 'Estonia', st_setsrid(st_makepoint(25.698938, 59.583392), 4326), true),
 (3369, '28425', 'EESLM', 'EESLM', 'Sillamae', 'Estonia', st_setsrid(st_makepoint(27.73945, 59.42612), 4326), true),
 (3370, '11820', 'CWBUB', 'CWBUB', 'Bullen Baai', 'Curacao', st_setsrid(st_makepoint(-69.033333, 12.183333), 4326), true),
 (3371, '12100', 'VECHV', 'VECHV', 'Puerto Chichiriviche', 'Venezuela', st_setsrid(st_makepoint(-68.266667, 10.916667), 4326), true),
 (3372, '11910', 'COCTG', 'COCTG', 'Cartagena', 'Colombia', st_setsrid(st_makepoint(-75.533333, 10.416667), 4326), true),
 (3373, '11935', 'COPOC', 'COPOC', 'Pozos Colorados', 'Colombia', st_setsrid(st_makepoint(-74.25, 11.15), 4326), true),
 (3374, '12050', 'VEPCN', 'VEPCN', 'Punta Cardon', 'Venezuela', st_setsrid(st_makepoint(-70.233333, 11.633333), 4326), true),
 (3375, '28482', 'EEMDR', 'EEMDR', 'Miiduranna', 'Estonia', st_setsrid(st_makepoint(24.816063, 59.499402), 4326), true),
 (3376, '28484', 'EEMUG', 'EEMUG', 'Muuga-Port of Tallin', 'Estonia', st_setsrid(st_makepoint(24.966693, 59.500042), 4326), true),
 (3377, '12130', 'VEBOR', 'VEBOR', 'Puerto Borburata', 'Venezuela', st_setsrid(st_makepoint(-67.983333, 10.483333), 4326), true),
 (3378, '11760', 'TTLAB', 'TTLAB', 'Brighton', 'Trinidad and Tobago', st_setsrid(st_makepoint(-61.633333, 10.25), 4326), true),
 (3379, '11946', 'COPBO', 'COPBO', 'Puerto Bolivar', 'Colombia', st_setsrid(st_makepoint(-71.966667, 12.25), 4326), true),
 (3380, '28220', 'FILOV', 'FILOV', 'Loviisa', 'Finland', st_setsrid(st_makepoint(26.233333, 60.45), 4326), true),
 (3381, '11810', 'CWWIL', 'CWWIL', 'Willemstad', 'Curacao', st_setsrid(st_makepoint(-68.933333, 12.116667), 4326), true),
 (3382, '28480', 'EETLL', 'EETLL', 'Vanasadam - Port of Tallinn', 'Estonia', st_setsrid(st_makepoint(24.766676, 59.450128), 4326), true),
 (3383, '28440', 'EEKND', 'EEKND', 'Kunda', 'Estonia', st_setsrid(st_makepoint(26.547196, 59.527775), 4326), true),
 (3384, '12180', 'VEJOT', 'VEJOT', 'Jose Terminal', 'Venezuela', st_setsrid(st_makepoint(-64.85, 10.1), 4326), true),
 (3385, '1675', 'CABBU', 'CABBU', 'Bay Bulls', 'Canada', st_setsrid(st_makepoint(-52.81666667, 47.31666667), 4326), true),
 (3386, '23065', 'NOSKX', 'NOSKX', 'Fiborgtangen', '', st_setsrid(st_makepoint(11.14797225, 63.71764299), 4326), true),
 (3387, '1790', 'CABUO', 'CABUO', 'Burgeo', 'Canada', st_setsrid(st_makepoint(-57.6, 47.61666667), 4326), true),
 (3388, '1784', NULL, NULL, 'Fortune', 'Canada', st_setsrid(st_makepoint(-55.83068712, 47.0732822), 4326), true),
 (3389, '23503', 'NOJOS', 'NOJOS', 'Jossingfjord', '', st_setsrid(st_makepoint(6.333204587, 58.31490714), 4326), true),
 (3390, '1712', NULL, NULL, 'Long Harbour', 'Canada', st_setsrid(st_makepoint(-53.82677346, 47.42362411), 4326), true),
 (3391, '1658', NULL, NULL, 'Long Pond', 'Canada', st_setsrid(st_makepoint(-52.97841343, 47.51920116), 4326), true),
 (3392, '1785', 'CAGRB', 'CAGRB', 'Grand Bank', 'Canada', st_setsrid(st_makepoint(-55.75, 47.1), 4326), true),
 (3393, '1650', 'CABYR', 'CABYR', 'Bay Roberts', 'Canada', st_setsrid(st_makepoint(-53.26265, 47.58905), 4326), true),
 (3394, '1786', NULL, NULL, 'Harbour Breton', 'Canada', st_setsrid(st_makepoint(-55.8, 47.48333333), 4326), true),
 (3395, '22770', 'NONSN', 'NONSN', 'Nesna', '', st_setsrid(st_makepoint(13.01014353, 66.20098705), 4326), true),
 (3396, '1655', NULL, NULL, 'Holyrood', 'Canada', st_setsrid(st_makepoint(-53.13333333, 47.4), 4326), true),
 (3397, '1750', 'PMFSP', 'PMFSP', 'Port De St Pierre', 'Saint Pierre and Miquelon', st_setsrid(st_makepoint(-56.166667, 46.783333), 4326), true),
 (3398, '27750', 'FIMTY', 'FIMTY', 'Mantyluoto', 'Finland', st_setsrid(st_makepoint(21.48333333, 61.6), 4326), true),
 (3399, '1710', 'CANWP', 'CANWP', 'Argentia', 'Canada', st_setsrid(st_makepoint(-53.983333, 47.3), 4326), true),
 (3400, '1670', 'CASJF', 'CASJF', 'St John''s', 'Canada', st_setsrid(st_makepoint(-52.7, 47.566667), 4326), true),
 (3401, '1830', 'CACBK', 'CACBK', 'Corner Brook', 'Canada', st_setsrid(st_makepoint(-57.95, 48.95), 4326), true),
 (3402, '1795', 'CAPBQ', 'CAPBQ', 'Port Aux Basques', 'Canada', st_setsrid(st_makepoint(-59.133333, 47.566667), 4326), true),
 (3403, '20800', 'NOHVG', 'NOHVG', 'Honningsvag', 'Norway', st_setsrid(st_makepoint(25.9500555, 70.98258756), 4326), true),
 (3404, '27537', 'FIRAH', 'FIRAH', 'Rahja', 'Finland', st_setsrid(st_makepoint(23.67972222, 64.21777778), 4326), true),
 (3405, '27530', 'FIRAA', 'FIRAA', 'Raahe', 'Finland', st_setsrid(st_makepoint(24.416667, 64.683333), 4326), true),
 (3406, '1611', 'CACLE', 'CACLE', 'Clarenville', 'Canada', st_setsrid(st_makepoint(-53.9591, 48.17515), 4326), true),
 (3407, '27780', 'FIRAU', 'FIRAU', 'Rauma', 'Finland', st_setsrid(st_makepoint(21.44611111, 61.125), 4326), true),
 (3408, '27520', 'FIOUL', 'FIOUL', 'Oulu', 'Finland', st_setsrid(st_makepoint(25.4, 65.016667), 4326), true),
 (3409, '1715', 'CACBC', 'CACBC', 'Come By Chance Harbor', 'Canada', st_setsrid(st_makepoint(-54.016667, 47.8), 4326), true),
 (3410, '1810', 'CASTV', 'CASTV', 'Stephenville', 'Canada', st_setsrid(st_makepoint(-58.533333, 48.533333), 4326), true),
 (3411, '1600', 'CACAT', 'CACAT', 'Catalina Harbor', 'Canada', st_setsrid(st_makepoint(-53.07055556, 48.51611111), 4326), true),
 (3412, '4940', 'USGRB', 'USGRB', 'Green Bay', 'United States', st_setsrid(st_makepoint(-88.016667, 44.516667), 4326), true),
 (3413, '23050', 'NOOSY', 'NOOSY', 'Namsos', 'Norway', st_setsrid(st_makepoint(11.50944444, 64.45833333), 4326), true),
 (3414, '23770', 'NOSVV', 'NOSVV', 'Svelvik', 'Norway', st_setsrid(st_makepoint(10.41138889, 59.62027778), 4326), true),
 (3415, '23730', 'NOVAL', 'NOVAL', 'Valloy', 'Norway', st_setsrid(st_makepoint(10.49, 59.25805556), 4326), true),
 (3416, '5010', 'USOCQ', 'USOCQ', 'Oconto', 'United States', st_setsrid(st_makepoint(-87.82944444, 44.89444444), 4326), true),
 (3417, '4890', 'USMTW', 'USMTW', 'Manitowoc', 'United States', st_setsrid(st_makepoint(-87.64833333, 44.09222222), 4326), true),
 (3418, '23020', 'NOBER', 'NOBER', 'Berg', 'Norway', st_setsrid(st_makepoint(12.19666667, 65.36527778), 4326), true),
 (3419, '22990', 'NOBNN', 'NOBNN', 'Bronnoysund', 'Norway', st_setsrid(st_makepoint(12.19611111, 65.46805556), 4326), true),
 (3420, '22760', 'NOMQN', 'NOMQN', 'Mo I Rana', 'Norway', st_setsrid(st_makepoint(14.12222222, 66.32444444), 4326), true),
 (3421, '23829', 'NOKMO', 'NOKMO', 'Kambo', 'Norway', st_setsrid(st_makepoint(10.67972222, 59.47305556), 4326), true),
 (3422, '23820', 'NODRK', 'NODRK', 'Drobak', 'Norway', st_setsrid(st_makepoint(10.625, 59.66055556), 4326), true),
 (3423, '23040', 'NORVK', 'NORVK', 'Rorvik', 'Norway', st_setsrid(st_makepoint(11.25194444, 64.86472222), 4326), true),
 (3424, '23046', 'NOSBU', 'NOSBU', 'Salsbruket', 'Norway', st_setsrid(st_makepoint(11.86027778, 64.79777778), 4326), true),
 (3425, '32410', 'GBPIE', 'GBPIE', 'Pierowall', 'United Kingdom', st_setsrid(st_makepoint(-2.988611111, 59.31777778), 4326), true),
 (3426, '22940', 'NOTJL', 'NOTJL', 'Tjotta', 'Norway', st_setsrid(st_makepoint(12.43333333, 65.82111111), 4326), true),
 (3427, '23790', NULL, NULL, 'Storsteilene', 'Norway', st_setsrid(st_makepoint(10.6075, 59.81666667), 4326), true),
 (3428, '10978', 'COAMB', 'COAMB', 'Amber Cove', 'Dominican Republic', st_setsrid(st_makepoint(-70.76666667, 19.83333333), 4326), true),
 (3429, '45036', 'LBZHR', 'LBZHR', 'Sidon/zahrani Terminal', 'Lebanon', st_setsrid(st_makepoint(35.316667, 33.533333), 4326), true),
 (3430, '5030', 'USMNM', 'USMNM', 'Menominee', 'United States', st_setsrid(st_makepoint(-87.58944444, 45.09527778), 4326), true),
 (3431, '4930', 'USSUE', 'USSUE', 'Sturgeon Bay', 'United States', st_setsrid(st_makepoint(-87.383333, 44.833333), 4326), true),
 (3432, '45025', 'LBKYE', 'LBKYE', 'Tarabulus', 'Lebanon', st_setsrid(st_makepoint(35.833333, 34.45), 4326), true),
 (3433, '45003', 'SYTTS', 'SYTTS', 'Tartus', 'Syria', st_setsrid(st_makepoint(35.866667, 34.9), 4326), true),
 (3434, '45010', 'SYALD', 'SYALD', 'Al Ladhiqiyah', 'Syria', st_setsrid(st_makepoint(35.766667, 35.533333), 4326), true),
 (3435, '1880', 'CAYBX', 'CAYBX', 'Blanc Sablon', 'Canada', st_setsrid(st_makepoint(-57.133333, 51.416667), 4326), true),
 (3436, '5050', 'USESC', 'USESC', 'Escanaba', 'United States', st_setsrid(st_makepoint(-87.05, 45.766667), 4326), true),
 (3437, '45030', 'LBBEY', 'LBBEY', 'Bayrut', 'Lebanon', st_setsrid(st_makepoint(35.5, 33.9), 4326), true),
 (3438, '5060', 'USGDE', 'USGDE', 'Gladstone', 'United States', st_setsrid(st_makepoint(-87.016667, 45.85), 4326), true),
 (3439, '45005', 'SYBAN', 'SYBAN', 'Baniyas', 'Syria', st_setsrid(st_makepoint(35.94333333, 35.18833333), 4326), true),
 (3440, '62800', 'RUARH', 'RUARH', 'Arkhangels''k', 'Russia', st_setsrid(st_makepoint(40.52166667, 64.52972222), 4326), true),
 (3441, '62730', 'RUIAA', 'RUIAA', 'Igarka', 'Russia', st_setsrid(st_makepoint(86.58888889, 67.45833333), 4326), true),
 (3442, '24370', 'SEKAN', 'SEKAN', 'Karlshamn', 'Sweden', st_setsrid(st_makepoint(14.86916667, 56.15277778), 4326), true),
 (3443, '24220', 'SELIM', 'SELIM', 'Limhamn', 'Sweden', st_setsrid(st_makepoint(12.91833333, 55.59111111), 4326), true),
 (3444, '24210', 'SEMMA', 'SEMMA', 'Malmo', 'Sweden', st_setsrid(st_makepoint(12.98472222, 55.62333333), 4326), true),
 (3445, '24180', 'SELAA', 'SELAA', 'Landskrona', 'Sweden', st_setsrid(st_makepoint(12.82666667, 55.85972222), 4326), true),
 (3446, '24120', 'SEHEL', 'SEHEL', 'Helsingborg', 'Sweden', st_setsrid(st_makepoint(12.68777778, 56.03527778), 4326), true),
 (3447, '23840', 'NOFRK', 'NOFRK', 'Fredrikstad', 'Norway', st_setsrid(st_makepoint(10.95277778, 59.17916667), 4326), true),
 (3448, '20695', 'NOBJF', 'NOBJF', 'Batsfjorden', 'Norway', st_setsrid(st_makepoint(29.73722222, 70.63472222), 4326), true),
 (3449, '20650', 'NOKKN', 'NOKKN', 'Kirkenes', 'Norway', st_setsrid(st_makepoint(30.06888889, 69.72972222), 4326), true),
 (3450, '23490', 'NOEGE', 'NOEGE', 'Egersund', 'Norway', st_setsrid(st_makepoint(5.986388889, 58.43861111), 4326), true),
 (3451, '23440', 'NOHAU', 'NOHAU', 'Haugesund', 'Norway', st_setsrid(st_makepoint(5.253611111, 59.41222222), 4326), true),
 (3452, '23355', 'NOHUS', 'NOHUS', 'Husnes', 'Norway', st_setsrid(st_makepoint(5.762222222, 59.8775), 4326), true),
 (3453, '23160', 'NOBGO', 'NOBGO', 'Bergen', 'Norway', st_setsrid(st_makepoint(5.298611111, 60.40277778), 4326), true),
 (3454, '23130', 'NOFRO', 'NOFRO', 'Floro', 'Norway', st_setsrid(st_makepoint(5.030833333, 61.60388889), 4326), true),
 (3455, '23075', 'NOMRV', 'NOMRV', 'Muruvik', 'Norway', st_setsrid(st_makepoint(10.84138889, 63.44138889), 4326), true),
 (3456, '23058', NULL, NULL, 'Djupviken', 'Norway', st_setsrid(st_makepoint(11.42722222, 63.78777778), 4326), true),
 (3457, '23053', 'NOMLM', 'NOMLM', 'Malm', 'Norway', st_setsrid(st_makepoint(11.2275, 64.06722222), 4326), true),
 (3458, '22920', 'NOMJF', 'NOMJF', 'Mosjoen', 'Norway', st_setsrid(st_makepoint(13.17083333, 65.85888889), 4326), true),
 (3459, '22295', 'NOLVG', 'NOLVG', 'Lakselv', 'Norway', st_setsrid(st_makepoint(15.59222222, 67.35777778), 4326), true),
 (3460, '22290', 'NOBOO', 'NOBOO', 'Bodo', 'Norway', st_setsrid(st_makepoint(14.36416667, 67.28555556), 4326), true),
 (3461, '22030', 'NONVK', 'NONVK', 'Narvik', 'Norway', st_setsrid(st_makepoint(17.40222222, 68.42111111), 4326), true),
 (3462, '21660', 'NOADN', 'NOADN', 'Andenes', 'Norway', st_setsrid(st_makepoint(16.12777778, 69.32833333), 4326), true),
 (3463, '24300', 'SEAHU', 'SEAHU', 'Ahus', 'Sweden', st_setsrid(st_makepoint(14.32805556, 55.9275), 4326), true),
 (3464, '21880', 'NOHEN', 'NOHEN', 'Henningsvaer', 'Norway', st_setsrid(st_makepoint(14.21277778, 68.15361111), 4326), true),
 (3465, '23180', 'NONZG', 'NONZG', 'Brattholmen', 'Norway', st_setsrid(st_makepoint(5.1775, 60.34861111), 4326), true),
 (3466, '23240', 'NOODD', 'NOODD', 'Odda', 'Norway', st_setsrid(st_makepoint(6.541111111, 60.09694444), 4326), true),
 (3467, '22320', 'NOFAU', 'NOFAU', 'Fauske', 'Norway', st_setsrid(st_makepoint(15.39888889, 67.25), 4326), true),
 (3468, '23100', 'NOKSU', 'NOKSU', 'Kristiansund', 'Norway', st_setsrid(st_makepoint(7.738611111, 63.11388889), 4326), true),
 (3469, '23108', 'NOHRS', 'NOHRS', 'Haroysund', 'Norway', st_setsrid(st_makepoint(6.958055556, 62.89111111), 4326), true),
 (3470, '23111', 'NOAND', 'NOAND', 'Andalsnes', 'Norway', st_setsrid(st_makepoint(7.677222222, 62.56805556), 4326), true),
 (3471, '23112', 'NOHRI', 'NOHRI', 'Hareid', 'Norway', st_setsrid(st_makepoint(6.035555556, 62.37222222), 4326), true),
 (3472, '23136', 'NOARD', 'NOARD', 'Ardalstangen', 'Norway', st_setsrid(st_makepoint(7.698611111, 61.23277778), 4326), true),
 (3473, '23505', 'NOKIR', 'NOKIR', 'Kirkehamn', 'Norway', st_setsrid(st_makepoint(6.527222222, 58.23138889), 4326), true),
 (3474, '23510', 'NOFFD', 'NOFFD', 'Flekkefjorden', 'Norway', st_setsrid(st_makepoint(6.655277778, 58.26416667), 4326), true),
 (3475, '20510', 'CAYCB', 'CAYCB', 'Cambridge Bay', 'Canada', st_setsrid(st_makepoint(-105.0597222, 69.11361111), 4326), true),
 (3476, '20560', 'SJBAR', 'SJBAR', 'Barentsburg', 'Svalbard', st_setsrid(st_makepoint(14.20222222, 78.05944444), 4326), true),
 (3477, '20710', 'NOBVG', 'NOBVG', 'Berlevag', 'Norway', st_setsrid(st_makepoint(29.11194444, 70.86166667), 4326), true),
 (3478, '21380', 'NOGBD', 'NOGBD', 'Gibostad', 'Norway', st_setsrid(st_makepoint(18.08194444, 69.35611111), 4326), true),
 (3479, '23890', 'SEGRE', 'SEGRE', 'Grebbestad', 'Sweden', st_setsrid(st_makepoint(11.24777778, 58.67694444), 4326), true),
 (3480, '23900', 'SEFJA', 'SEFJA', 'Fjallbacka', 'Sweden', st_setsrid(st_makepoint(11.27722222, 58.60027778), 4326), true),
 (3481, '23910', 'SEHUN', 'SEHUN', 'Hunnebostrand', 'Sweden', st_setsrid(st_makepoint(11.28611111, 58.43777778), 4326), true),
 (3482, '20570', 'SJLYR', 'SJLYR', 'Longyearbyen', 'Svalbard', st_setsrid(st_makepoint(15.63333333, 78.22722222), 4326), true),
 (3483, '20580', 'SJNYA', 'SJNYA', 'Ny Alesund', 'Svalbard', st_setsrid(st_makepoint(11.93305556, 78.92833333), 4326), true),
 (3484, '20910', 'NOKVS', 'NOKVS', 'Kvalsund', 'Norway', st_setsrid(st_makepoint(23.98333333, 70.50694444), 4326), true),
 (3485, '21130', 'NOALF', 'NOALF', 'Alta', 'Norway', st_setsrid(st_makepoint(23.23527778, 69.97333333), 4326), true),
 (3486, '21495', NULL, NULL, 'Medby', 'Norway', st_setsrid(st_makepoint(17.72833333, 68.90888889), 4326), true),
 (3487, '22010', 'NOLID', 'NOLID', 'Lilandsgrunnen', 'Norway', st_setsrid(st_makepoint(16.89055556, 68.47805556), 4326), true),
 (3488, '22050', 'NOBLL', 'NOBLL', 'Litle Ballangen', 'Norway', st_setsrid(st_makepoint(16.87277778, 68.34861111), 4326), true),
 (3489, '22140', NULL, NULL, 'Korsnes', 'Norway', st_setsrid(st_makepoint(16.06166667, 68.25194444), 4326), true),
 (3490, '22270', 'NOKJE', 'NOKJE', 'Kjerringoy', 'Norway', st_setsrid(st_makepoint(14.75972222, 67.5225), 4326), true),
 (3491, '22540', 'NOGLO', 'NOGLO', 'Glomfjord', 'Norway', st_setsrid(st_makepoint(13.98027778, 66.8075), 4326), true),
 (3492, '23060', 'NOLEV', 'NOLEV', 'Levanger', 'Norway', st_setsrid(st_makepoint(11.29333333, 63.75472222), 4326), true),
 (3493, '23070', 'NOLGS', 'NOLGS', 'Langstein', 'Norway', st_setsrid(st_makepoint(10.89, 63.54861111), 4326), true),
 (3494, '23230', 'NONHS', 'NONHS', 'Norheimsund', 'Norway', st_setsrid(st_makepoint(6.153888889, 60.36611111), 4326), true),
 (3495, '23310', 'NOMOS', 'NOMOS', 'Mosterhamn', 'Norway', st_setsrid(st_makepoint(5.391111111, 59.69888889), 4326), true),
 (3496, '23340', 'NOLRI', 'NOLRI', 'Leirvik', 'Norway', st_setsrid(st_makepoint(5.496666667, 59.75833333), 4326), true),
 (3497, '23520', 'NOFAN', 'NOFAN', 'Farsund', 'Norway', st_setsrid(st_makepoint(6.811388889, 58.08638889), 4326), true),
 (3498, '24010', 'SEMSD', 'SEMSD', 'Marstrand', 'Sweden', st_setsrid(st_makepoint(11.58833333, 57.88388889), 4326), true),
 (3499, '24100', 'SEHOG', 'SEHOG', 'Hoganas', 'Sweden', st_setsrid(st_makepoint(12.54472222, 56.19666667), 4326), true),
 (3500, '62900', NULL, NULL, 'Bolshaya Piryu Guba', 'Russia', st_setsrid(st_makepoint(34.36138889, 66.67305556), 4326), true),
 (3501, '120', 'ISGRF', 'ISGRF', 'Grundarfjordur', 'Iceland', st_setsrid(st_makepoint(-23.25, 64.93333333), 4326), true),
 (3502, '23055', 'NOSTE', 'NOSTE', 'Steinkjer', 'Norway', st_setsrid(st_makepoint(11.47861111, 64.01), 4326), true),
 (3503, '23220', NULL, NULL, 'Strandvik', 'Norway', st_setsrid(st_makepoint(5.677777778, 60.15861111), 4326), true),
 (3504, '23139', 'NOSTU', 'NOSTU', 'Stura', 'Norway', st_setsrid(st_makepoint(4.863333333, 60.62222222), 4326), true),
 (3505, '20700', 'NOVAO', 'NOVAO', 'Vardo', 'Norway', st_setsrid(st_makepoint(31.10555556, 70.37694444), 4326), true),
 (3506, '20690', 'NOVDS', 'NOVDS', 'Vadso', 'Norway', st_setsrid(st_makepoint(29.74138889, 70.07222222), 4326), true),
 (3507, '21820', 'NOREI', 'NOREI', 'Reine', 'Norway', st_setsrid(st_makepoint(13.10166667, 67.93861111), 4326), true),
 (3508, '21970', 'NOUVK', 'NOUVK', 'Ulvik', 'Norway', st_setsrid(st_makepoint(16.23388889, 68.56083333), 4326), true),
 (3509, '21510', 'NOSJV', 'NOSJV', 'Sjovegan', 'Norway', st_setsrid(st_makepoint(17.82861111, 68.87361111), 4326), true),
 (3510, '23118', 'NOORS', 'NOORS', 'Orstav', 'Norway', st_setsrid(st_makepoint(6.114444444, 62.19611111), 4326), true),
 (3511, '24260', 'SEYST', 'SEYST', 'Ystad', 'Sweden', st_setsrid(st_makepoint(13.81805556, 55.41833333), 4326), true),
 (3512, '21910', 'NOSRO', 'NOSRO', 'Skrova Havn', 'Norway', st_setsrid(st_makepoint(14.66416667, 68.16583333), 4326), true),
 (3513, '22750', 'NOSSJ', 'NOSSJ', 'Sandnessjoen', 'Norway', st_setsrid(st_makepoint(12.62944444, 66.02638889), 4326), true),
 (3514, '23090', 'NOTRD', 'NOTRD', 'Trondheim', 'Norway', st_setsrid(st_makepoint(10.40166667, 63.44833333), 4326), true),
 (3515, '24310', 'SESOL', 'SESOL', 'Solvesborg', 'Sweden', st_setsrid(st_makepoint(14.58638889, 56.04555556), 4326), true),
 (3516, '24440', 'SERNB', 'SERNB', 'Ronneby', 'Sweden', st_setsrid(st_makepoint(15.30138889, 56.17277778), 4326), true),
 (3517, '23095', NULL, NULL, 'Thamshamm', 'Norway', st_setsrid(st_makepoint(9.872222222, 63.32361111), 4326), true),
 (3518, '22160', 'NOTRY', 'NOTRY', 'Tranoy', 'Norway', st_setsrid(st_makepoint(15.67361111, 68.18083333), 4326), true),
 (3519, '23140', 'NOVAK', 'NOVAK', 'Vaksdal', 'Norway', st_setsrid(st_makepoint(5.732777778, 60.47833333), 4326), true),
 (3520, '23460', 'NOSAU', 'NOSAU', 'Sauda', 'Norway', st_setsrid(st_makepoint(6.341111111, 59.63694444), 4326), true),
 (3521, '22520', 'NOSVI', 'NOSVI', 'Ornes', 'Norway', st_setsrid(st_makepoint(13.70694444, 66.86472222), 4326), true),
 (3522, '21140', NULL, NULL, 'Talvik', 'Norway', st_setsrid(st_makepoint(22.95, 70.03333333), 4326), true),
 (3523, '23525', NULL, NULL, 'Stusvik', 'Norway', st_setsrid(st_makepoint(7.034166667, 58.00444444), 4326), true),
 (3524, '23485', 'NOSKU', 'NOSKU', 'Skudeneshavn', 'Norway', st_setsrid(st_makepoint(5.258333333, 59.14333333), 4326), true),
 (3525, '21670', 'NOSLX', 'NOSLX', 'Sortland', 'Norway', st_setsrid(st_makepoint(15.42194444, 68.69694444), 4326), true),
 (3526, '23680', 'NOSKE', 'NOSKE', 'Skien', 'Norway', st_setsrid(st_makepoint(9.603611111, 59.19972222), 4326), true),
 (3527, '20930', 'NOSVR', 'NOSVR', 'Sorvaer', 'Norway', st_setsrid(st_makepoint(21.96472222, 70.62722222), 4326), true),
 (3528, '21870', 'NOSUZ', 'NOSUZ', 'Stamsund', 'Norway', st_setsrid(st_makepoint(13.84888889, 68.12111111), 4326), true),
 (3529, '22350', 'NOROG', 'NOROG', 'Rognan', 'Norway', st_setsrid(st_makepoint(15.39777778, 67.10861111), 4326), true),
 (3530, '23500', 'NOREK', 'NOREK', 'Rekefjord', 'Norway', st_setsrid(st_makepoint(6.258333333, 58.32583333), 4326), true),
 (3531, '23487', 'NOTAE', 'NOTAE', 'Tananger', 'Norway', st_setsrid(st_makepoint(5.570833333, 58.93), 4326), true),
 (3532, '23330', NULL, NULL, 'Sagvag', 'Norway', st_setsrid(st_makepoint(5.378888889, 59.77166667), 4326), true),
 (3533, '24280', 'SESIM', 'SESIM', 'Simrishamn', 'Sweden', st_setsrid(st_makepoint(14.35805556, 55.55833333), 4326), true),
 (3534, '62840', NULL, NULL, 'Rabocheostrovsk', 'Russia', st_setsrid(st_makepoint(34.79527778, 64.99166667), 4326), true),
 (3535, '62810', 'RUSEW', 'RUSEW', 'Severodvinsk', 'Russia', st_setsrid(st_makepoint(39.77305556, 64.57722222), 4326), true),
 (3536, '62910', 'RUGRH', 'RUGRH', 'Ostrovnoy Gremikha', 'Russia', st_setsrid(st_makepoint(39.52555556, 68.05833333), 4326), true),
 (3537, '62670', 'RUIKS', 'RUIKS', 'Tiksi', 'Russia', st_setsrid(st_makepoint(128.8905556, 71.64444444), 4326), true),
 (3538, '62635', 'RUBER', 'RUBER', 'Port Beringovsky', 'Russia', st_setsrid(st_makepoint(179.3675, 63.06305556), 4326), true),
 (3539, '62695', 'RUDKS', 'RUDKS', 'Port Dikson', 'Russia', st_setsrid(st_makepoint(80.50611111, 73.50638889), 4326), true),
 (3540, '62640', 'RUPVS', 'RUPVS', 'Provideniya', 'Russia', st_setsrid(st_makepoint(-173.2275, 64.42111111), 4326), true),
 (3541, '23470', 'NOSAS', 'NOSAS', 'Sandnes', 'Norway', st_setsrid(st_makepoint(5.752777778, 58.87333333), 4326), true),
 (3542, '24250', 'SETRG', 'SETRG', 'Trelleborg', 'Sweden', st_setsrid(st_makepoint(13.15055556, 55.36), 4326), true),
 (3543, '23138', 'NOMON', 'NOMON', 'Mongstad', 'Norway', st_setsrid(st_makepoint(5.036666667, 60.83083333), 4326), true),
 (3544, '20500', 'CACOP', 'CACOP', 'Coppermine', 'Canada', st_setsrid(st_makepoint(-115.0963889, 67.83), 4326), true),
 (3545, '23670', 'NOPOR', 'NOPOR', 'Porsgrunn', 'Norway', st_setsrid(st_makepoint(9.653888889, 59.14722222), 4326), true),
 (3546, '1340', 'CAGOO', 'CAGOO', 'Goose Bay', 'Canada', st_setsrid(st_makepoint(-60.3, 53.366667), 4326), true),
 (3547, '24020', 'SEGOT', 'SEGOT', 'Goteborg', 'Sweden', st_setsrid(st_makepoint(11.95472222, 57.70972222), 4326), true),
 (3548, '1470', 'CABVE', 'CABVE', 'Baie Verte', 'Canada', st_setsrid(st_makepoint(-56.2, 49.91666667), 4326), true),
 (3549, '1420', 'CASAT', 'CASAT', 'St Anthony', 'Canada', st_setsrid(st_makepoint(-55.56666667, 51.36666667), 4326), true),
 (3550, '1591', 'CACMV', 'CACMV', 'Carmanville', 'Canada', st_setsrid(st_makepoint(-54.26666667, 49.4), 4326), true),
 (3551, '1090', 'CACHV', 'CACHV', 'Churchill', 'Canada', st_setsrid(st_makepoint(-94.2, 58.78333333), 4326), true),
 (3552, '1500', 'CASPD', 'CASPD', 'Springdale', 'Canada', st_setsrid(st_makepoint(-56.06666667, 49.5), 4326), true),
 (3553, '1450', 'CAROD', 'CAROD', 'Roddickton', 'Canada', st_setsrid(st_makepoint(-56.13333333, 50.86666667), 4326), true),
 (3554, '1560', 'CALWP', 'CALWP', 'Lewisporte', 'Canada', st_setsrid(st_makepoint(-55.05, 49.25), 4326), true),
 (3555, '1150', 'CADEB', 'CADEB', 'Deception Bay', 'Canada', st_setsrid(st_makepoint(-74.68333333, 62.15), 4326), true),
 (3556, '1260', 'CANAI', 'CANAI', 'Nain', 'Canada', st_setsrid(st_makepoint(-61.68333333, 56.55), 4326), true),
 (3557, '1540', 'CABWD', 'CABWD', 'Botwood', 'Canada', st_setsrid(st_makepoint(-55.33333333, 49.13333333), 4326), true),
 (3558, '1570', 'CATWI', 'CATWI', 'Twillingate', 'Canada', st_setsrid(st_makepoint(-54.76666667, 49.65), 4326), true),
 (3559, '29670', 'DKBDX', 'DKBDX', 'Bandholm', 'Denmark', st_setsrid(st_makepoint(11.5, 54.833333), 4326), true),
 (3560, '28930', 'DEKEL', 'DEKEL', 'Kiel', 'Germany', st_setsrid(st_makepoint(10.133333, 54.316667), 4326), true),
 (3561, '29555', 'DKNVD', 'DKNVD', 'Naestved', 'Denmark', st_setsrid(st_makepoint(11.75, 55.233333), 4326), true),
 (3562, '29700', 'DKNAK', 'DKNAK', 'Nakskov', 'Denmark', st_setsrid(st_makepoint(11.133333, 54.833333), 4326), true),
 (3563, '28848', 'DESTL', 'DESTL', 'Stralsund', 'Germany', st_setsrid(st_makepoint(13.1, 54.316667), 4326), true),
 (3564, '29530', 'DKSSK', 'DKSSK', 'Skaelskor', 'Denmark', st_setsrid(st_makepoint(11.3, 55.25), 4326), true),
 (3565, '940', 'GLJUV', 'GLJUV', 'Kajalleq Upernavik', 'Greenland', st_setsrid(st_makepoint(-55.533333, 72.15), 4326), true),
 (3566, '280', 'ISDAL', 'ISDAL', 'Dalvik', 'Iceland', st_setsrid(st_makepoint(-18.516667, 65.983333), 4326), true),
 (3567, '29490', 'DKKAL', 'DKKAL', 'Kalundborg', 'Denmark', st_setsrid(st_makepoint(11.1, 55.683333), 4326), true),
 (3568, '420', 'ISNES', 'ISNES', 'Neskaupstadur', 'Iceland', st_setsrid(st_makepoint(-13.683333, 65.15), 4326), true),
 (3569, '28890', 'DELBC', 'DELBC', 'Lubeck', 'Germany', st_setsrid(st_makepoint(10.7, 53.883333), 4326), true),
 (3570, '30160', 'DKKOL', 'DKKOL', 'Kolding', 'Denmark', st_setsrid(st_makepoint(9.5, 55.483333), 4326), true),
 (3571, '28870', 'DEWIS', 'DEWIS', 'Wismar', 'Germany', st_setsrid(st_makepoint(11.466667, 53.9), 4326), true),
 (3572, '28620', 'LVVNT', 'LVVNT', 'Ventspils', 'Latvia', st_setsrid(st_makepoint(21.533333, 57.4), 4326), true),
 (3573, '28920', 'DEHHF', 'DEHHF', 'Heiligenhafen', 'Germany', st_setsrid(st_makepoint(10.983333, 54.366667), 4326), true),
 (3574, '24790', 'SEDEG', 'SEDEG', 'Degerhamn', 'Sweden', st_setsrid(st_makepoint(16.416667, 56.35), 4326), true),
 (3575, '29830', 'DKSVE', 'DKSVE', 'Svendborg', 'Denmark', st_setsrid(st_makepoint(10.616667, 55.066667), 4326), true),
 (3576, '28640', 'LVLPX', 'LVLPX', 'Liepaja', 'Latvia', st_setsrid(st_makepoint(21.016667, 56.516667), 4326), true),
 (3577, '28950', 'DEECK', 'DEECK', 'Eckernforde', 'Germany', st_setsrid(st_makepoint(9.833333, 54.483333), 4326), true),
 (3578, '30060', 'DKSGD', 'DKSGD', 'Sonderborg', 'Denmark', st_setsrid(st_makepoint(9.783333, 54.916667), 4326), true),
 (3579, '605', 'GLJGR', 'GLJGR', 'Gronnedal (Kangilinnguit)', 'Greenland', st_setsrid(st_makepoint(-48.1, 61.233333), 4326), true),
 (3580, '28654', 'LTBOT', 'LTBOT', 'Butinge Oil Terminal', 'Lithuania', st_setsrid(st_makepoint(20.95, 56.033333), 4326), true),
 (3581, '105', 'ISGRT', 'ISGRT', 'Grundartangi', 'Iceland', st_setsrid(st_makepoint(-22.0, 64.266667), 4326), true),
 (3582, '100', 'ISREY', 'ISREY', 'Reykjavik', 'Iceland', st_setsrid(st_makepoint(-21.933333, 64.15), 4326), true),
 (3583, '810', 'GLJAV', 'GLJAV', 'Illulissat (Jakobshavn)', 'Greenland', st_setsrid(st_makepoint(-51.1, 69.216667), 4326), true),
 (3584, '29790', 'DKMRS', 'DKMRS', 'Marstal', 'Denmark', st_setsrid(st_makepoint(10.333333, 54.916667), 4326), true),
 (3585, '760', 'GLJEG', 'GLJEG', 'Aasiaat', 'Greenland', st_setsrid(st_makepoint(-52.86833333, 68.71083333), 4326), true),
 (3586, '29005', 'DEFLF', 'DEFLF', 'Flensburg', 'Germany', st_setsrid(st_makepoint(9.433333, 54.8), 4326), true),
 (3587, '29930', 'DKASN', 'DKASN', 'Assens', 'Denmark', st_setsrid(st_makepoint(9.883333, 55.266667), 4326), true),
 (3588, '29910', 'DKMID', 'DKMID', 'Middelfart', 'Denmark', st_setsrid(st_makepoint(9.733333, 55.5), 4326), true),
 (3589, '28530', 'EERMS', 'EERMS', 'Roomassaare', 'Estonia', st_setsrid(st_makepoint(22.50695, 58.21504), 4326), true),
 (3590, '29630', 'DKNYF', 'DKNYF', 'Nykobing', 'Denmark', st_setsrid(st_makepoint(11.866667, 54.766667), 4326), true),
 (3591, '480', 'ISHFN', 'ISHFN', 'Hornafjordur', 'Iceland', st_setsrid(st_makepoint(-15.233333, 64.25), 4326), true),
 (3592, '840', 'GLJGO', 'GLJGO', 'Qeqertarsuaq', 'Greenland', st_setsrid(st_makepoint(-53.533333, 69.233333), 4326), true),
 (3593, '80', 'ISHAF', 'ISHAF', 'Hafnarfjordur', 'Iceland', st_setsrid(st_makepoint(-21.95, 64.066667), 4326), true),
 (3594, '30120', 'DKHAD', 'DKHAD', 'Haderslev', 'Denmark', st_setsrid(st_makepoint(9.5, 55.25), 4326), true),
 (3595, '28840', 'DESAS', 'DESAS', 'Sassnitz', 'Germany', st_setsrid(st_makepoint(13.65, 54.516667), 4326), true),
 (3596, '28860', 'DERSK', 'DERSK', 'Rostock', 'Germany', st_setsrid(st_makepoint(12.133333, 54.1), 4326), true),
 (3597, '28660', 'LTKLJ', 'LTKLJ', 'Klaipeda', 'Lithuania', st_setsrid(st_makepoint(21.116667, 55.716667), 4326), true),
 (3598, '29760', 'DKRKB', 'DKRKB', 'Rudkobing', 'Denmark', st_setsrid(st_makepoint(10.716667, 54.95), 4326), true),
 (3599, '28605', 'LVSAL', 'LVSAL', 'Salacgriva', 'Latvia', st_setsrid(st_makepoint(24.366667, 57.7), 4326), true),
 (3600, '29880', 'DKODE', 'DKODE', 'Odense', 'Denmark', st_setsrid(st_makepoint(10.383333, 55.416667), 4326), true),
 (3601, '29940', 'DKFAA', 'DKFAA', 'Faborg', 'Denmark', st_setsrid(st_makepoint(10.25, 55.1), 4326), true),
 (3602, '29230', 'DKCPH', 'DKCPH', 'Kobenhavn', 'Denmark', st_setsrid(st_makepoint(12.616667, 55.7), 4326), true),
 (3603, '170', 'ISTEY', 'ISTEY', 'Thingeyri', 'Iceland', st_setsrid(st_makepoint(-23.483333, 65.883333), 4326), true),
 (3604, '29860', 'DKNBG', 'DKNBG', 'Nyborg', 'Denmark', st_setsrid(st_makepoint(10.8, 55.316667), 4326), true),
 (3605, '29870', 'DKKTD', 'DKKTD', 'Kerteminde', 'Denmark', st_setsrid(st_makepoint(10.666667, 55.45), 4326), true),
 (3606, '640', 'GLGOH', 'GLGOH', 'Nuuk', 'Greenland', st_setsrid(st_makepoint(-51.75, 64.183333), 4326), true),
 (3607, '28955', 'DEKAP', 'DEKAP', 'Kappeln', 'Germany', st_setsrid(st_makepoint(9.933333, 54.666667), 4326), true),
 (3608, '310', 'ISAKU', 'ISAKU', 'Akureyri', 'Iceland', st_setsrid(st_makepoint(-18.083333, 65.683333), 4326), true),
 (3609, '29110', 'DKRNN', 'DKRNN', 'Ronne', 'Denmark', st_setsrid(st_makepoint(14.7, 55.1), 4326), true),
 (3610, '250', 'ISSAU', 'ISSAU', 'Saudarkrokur', 'Iceland', st_setsrid(st_makepoint(-19.666667, 65.75), 4326), true),
 (3611, '190', 'ISISA', 'ISISA', 'Isafjordur', 'Iceland', st_setsrid(st_makepoint(-23.116667, 66.066667), 4326), true),
 (3612, '24690', 'SEOSK', 'SEOSK', 'Oskarshamn', 'Sweden', st_setsrid(st_makepoint(16.45, 57.266667), 4326), true),
 (3613, '30190', 'DKVEJ', 'DKVEJ', 'Vejle', 'Denmark', st_setsrid(st_makepoint(9.55, 55.716667), 4326), true),
 (3614, '185', 'ISBOL', 'ISBOL', 'Bolungarvik', 'Iceland', st_setsrid(st_makepoint(-23.233333, 66.166667), 4326), true),
 (3615, '560', 'GLJNN', 'GLJNN', 'Nanortalik Havn', 'Greenland', st_setsrid(st_makepoint(-45.2, 60.116667), 4326), true),
 (3616, '690', 'GLJHS', 'GLJHS', 'Sisimiut', 'Greenland', st_setsrid(st_makepoint(-53.7, 66.916667), 4326), true),
 (3617, '260', 'ISSIG', 'ISSIG', 'Siglufjorhurd', 'Iceland', st_setsrid(st_makepoint(-18.916667, 66.15), 4326), true),
 (3618, '585', 'GLJNS', 'GLJNS', 'Narsaq', 'Greenland', st_setsrid(st_makepoint(-46.05, 60.916667), 4326), true),
 (3619, '430', 'ISESK', 'ISESK', 'Eskifjordhur', 'Iceland', st_setsrid(st_makepoint(-14.016667, 65.066667), 4326), true),
 (3620, '670', 'GLJSU', 'GLJSU', 'Maniitsoq', 'Greenland', st_setsrid(st_makepoint(-52.916667, 65.416667), 4326), true),
 (3621, '320', 'ISHUS', 'ISHUS', 'Husavik', 'Iceland', st_setsrid(st_makepoint(-17.333333, 66.033333), 4326), true),
 (3622, '160', 'ISBIL', 'ISBIL', 'Bildudalur', 'Iceland', st_setsrid(st_makepoint(-23.6, 65.683333), 4326), true),
 (3623, '70', 'ISKEV', 'ISKEV', 'Keflavik', 'Iceland', st_setsrid(st_makepoint(-22.55, 64.0), 4326), true),
 (3624, '10050', 'CUSLU', 'CUSLU', 'Santa Lucia', 'Cuba', st_setsrid(st_makepoint(-83.96666667, 22.66666667), 4326), true),
 (3625, '10962', 'DOMAN', 'DOMAN', 'Manzanillo', 'Dominican Republic', st_setsrid(st_makepoint(-71.75, 19.71666667), 4326), true),
 (3626, '9930', 'BMFPT', 'BMFPT', 'Freeport', 'Bermuda', st_setsrid(st_makepoint(-64.83333333, 32.31666667), 4326), true),
 (3627, '10190', 'CUVIT', 'CUVIT', 'Vita', 'Cuba', st_setsrid(st_makepoint(-75.96666667, 21.1), 4326), true),
 (3628, '10030', 'TCPLS', 'TCPLS', 'Providenciales', 'Turks and Caicos Islands', st_setsrid(st_makepoint(-72.28333333, 21.73333333), 4326), true),
 (3629, '505', 'CUPAL', 'CUPAL', 'Palo Alto', 'Cuba', st_setsrid(st_makepoint(-78.96666667, 21.58333333), 4326), true),
 (3630, '11410', 'KNCHA', 'KNCHA', 'Charlestown', 'Saint Kitts and Nevis', st_setsrid(st_makepoint(-62.633333, 17.133333), 4326), true),
 (3631, '10370', 'CUSCU', 'CUSCU', 'Santiago De Cuba', 'Cuba', st_setsrid(st_makepoint(-75.833333, 20.016667), 4326), true),
 (3632, '23950', 'SEBRO', 'SEBRO', 'Brofjorden', 'Sweden', st_setsrid(st_makepoint(11.42111111, 58.36027778), 4326), true),
 (3633, '30230', 'DKHOR', 'DKHOR', 'Horsens', 'Denmark', st_setsrid(st_makepoint(9.85, 55.866667), 4326), true),
 (3634, '24050', 'SEHAD', 'SEHAD', 'Halmstad', 'Sweden', st_setsrid(st_makepoint(12.866667, 56.666667), 4326), true),
 (3635, '23600', 'NOARE', 'NOARE', 'Arendal', 'Norway', st_setsrid(st_makepoint(8.776944444, 58.45388889), 4326), true),
 (3636, '24030', 'SEVAG', 'SEVAG', 'Varberg', 'Sweden', st_setsrid(st_makepoint(12.2325, 57.10888889), 4326), true),
 (3637, '30285', 'DKSSV', 'DKSSV', 'Studstrup', 'Denmark', st_setsrid(st_makepoint(10.35, 56.25), 4326), true),
 (3638, '10772', 'JMPEV', 'JMPEV', 'Port Esquivel', 'Jamaica', st_setsrid(st_makepoint(-77.133333, 17.883333), 4326), true),
 (3639, '10320', 'CUGUB', 'CUGUB', 'Puerto Guantanamo', 'Cuba', st_setsrid(st_makepoint(-75.133333, 19.983333), 4326), true),
 (3640, '23700', 'NOLAR', 'NOLAR', 'Larvik', 'Norway', st_setsrid(st_makepoint(10.03111111, 59.03805556), 4326), true),
 (3641, '23750', 'NOHOR', 'NOHOR', 'Horten', 'Norway', st_setsrid(st_makepoint(10.5, 59.416667), 4326), true),
 (3642, '29435', 'DKKBY', 'DKKBY', 'Kyndbyvaerkets Havn', 'Denmark', st_setsrid(st_makepoint(11.883333, 55.816667), 4326), true),
 (3643, '30330', 'DKRAN', 'DKRAN', 'Randers', 'Denmark', st_setsrid(st_makepoint(10.05, 56.466667), 4326), true),
 (3644, '11400', 'KNBAS', 'KNBAS', 'Basseterre', 'Saint Kitts and Nevis', st_setsrid(st_makepoint(-62.716667, 17.3), 4326), true),
 (3645, '30260', 'DKAAR', 'DKAAR', 'Arhus', 'Denmark', st_setsrid(st_makepoint(10.216667, 56.15), 4326), true),
 (3646, '47720', 'MUPLU', 'MUPLU', 'Port Louis', 'Mauritius', st_setsrid(st_makepoint(57.5, -20.15), 4326), true),
 (3647, '10260', 'CUICR', 'CUICR', 'Nicaro', 'Cuba', st_setsrid(st_makepoint(-75.55, 20.716667), 4326), true),
 (3648, '23830', 'NOMSS', 'NOMSS', 'Moss', 'Norway', st_setsrid(st_makepoint(10.65527778, 59.44055556), 4326), true),
 (3649, '23780', 'NODRM', 'NODRM', 'Drammen', 'Norway', st_setsrid(st_makepoint(10.25, 59.733333), 4326), true),
 (3650, '23990', 'SEUDD', 'SEUDD', 'Uddevalla', 'Sweden', st_setsrid(st_makepoint(11.8775, 58.33472222), 4326), true),
 (3651, '10025', 'TC9CB', 'TC9CB', 'Cockburn Harbor', 'Turks and Caicos Islands', st_setsrid(st_makepoint(-71.533333, 21.5), 4326), true),
 (3652, '23710', 'NOSAD', 'NOSAD', 'Sandefjorden', 'Norway', st_setsrid(st_makepoint(10.23305556, 59.10055556), 4326), true),
 (3653, '53655', 'AUBTB', 'AUBTB', 'Botany Bay', 'Australia', st_setsrid(st_makepoint(151.233333, -34.0), 4326), true),
 (3654, '11010', 'DOSNZ', 'DOSNZ', 'Sanchez', 'Dominican Republic', st_setsrid(st_makepoint(-69.616667, 19.233333), 4326), true),
 (3655, '53405', 'AUHPT', 'AUHPT', 'Hay Point', 'Australia', st_setsrid(st_makepoint(149.3, -21.283333), 4326), true),
 (3656, '9960', 'BMBDA', 'BMBDA', 'Hamilton', 'Bermuda', st_setsrid(st_makepoint(-64.783333, 32.3), 4326), true),
 (3657, '23620', 'NOTVE', 'NOTVE', 'Tvedestrand', 'Norway', st_setsrid(st_makepoint(8.9425, 58.61166667), 4326), true),
 (3658, '11000', 'DOSAM', 'DOSAM', 'Santa Barbara De Samana', 'Dominican Republic', st_setsrid(st_makepoint(-69.333333, 19.2), 4326), true),
 (3659, '10160', 'CUPPA', 'CUPPA', 'Puerto Padre', 'Cuba', st_setsrid(st_makepoint(-76.533333, 21.283333), 4326), true),
 (3660, '30380', 'DKHAS', 'DKHAS', 'Hals', 'Denmark', st_setsrid(st_makepoint(10.316667, 56.983333), 4326), true),
 (3661, '23720', 'NOTON', 'NOTON', 'Tonsberg', 'Norway', st_setsrid(st_makepoint(10.41, 59.26222222), 4326), true),
 (3662, '10280', 'CUMOA', 'CUMOA', 'Cayo Moa Grande', 'Cuba', st_setsrid(st_makepoint(-74.9, 20.666667), 4326), true),
 (3663, '10630', 'JMRIB', 'JMRIB', 'Rio Bueno', 'Jamaica', st_setsrid(st_makepoint(-77.466667, 18.466667), 4326), true),
 (3664, '10020', 'TCGDT', 'TCGDT', 'Grand Turk', 'Turks and Caicos Islands', st_setsrid(st_makepoint(-71.15, 21.433333), 4326), true),
 (3665, '30450', 'DKHIR', 'DKHIR', 'Hirtshals', 'Denmark', st_setsrid(st_makepoint(9.966667, 57.6), 4326), true),
 (3666, '30455', 'DKHAN', 'DKHAN', 'Hanstholm', 'Denmark', st_setsrid(st_makepoint(8.6, 57.133333), 4326), true),
 (3667, '30430', 'DKFDH', 'DKFDH', 'Frederikshavn', 'Denmark', st_setsrid(st_makepoint(10.55, 57.433333), 4326), true),
 (3668, '23760', 'NOHOL', 'NOHOL', 'Holmestrand', 'Norway', st_setsrid(st_makepoint(10.32666667, 59.49055556), 4326), true),
 (3669, '11035', 'DOBCC', 'DOBCC', 'Andres (Andres Lng Terminal)', 'Dominican Republic', st_setsrid(st_makepoint(-69.633333, 18.433333), 4326), true),
 (3670, '10585', 'KYCYB', 'KYCYB', 'Cayman Brac', 'Cayman Islands', st_setsrid(st_makepoint(-79.75, 19.75), 4326), true),
 (3671, '11620', 'LCVIF', 'LCVIF', 'Vieux Fort', 'Saint Lucia', st_setsrid(st_makepoint(-60.966667, 13.716667), 4326), true),
 (3672, '23810', 'NOOSL', 'NOOSL', 'Oslo', 'Norway', st_setsrid(st_makepoint(10.74555556, 59.89805556), 4326), true),
 (3673, '10120', 'CUCAR', 'CUCAR', 'Cardenas', 'Cuba', st_setsrid(st_makepoint(-81.2, 23.05), 4326), true),
 (3674, '10610', 'JMMBJ', 'JMMBJ', 'Montego Bay', 'Jamaica', st_setsrid(st_makepoint(-77.933333, 18.466667), 4326), true),
 (3675, '23630', 'NORIS', 'NORIS', 'Risor', 'Norway', st_setsrid(st_makepoint(9.245277778, 58.72194444), 4326), true),
 (3676, '11390', 'BQORA', 'BQORA', 'Oranjestad', 'Caribbean Netherlands', st_setsrid(st_makepoint(-62.983333, 17.483333), 4326), true),
 (3677, '10550', 'CUGER', 'CUGER', 'Nueva Gerona', 'Cuba', st_setsrid(st_makepoint(-82.8, 21.916667), 4326), true),
 (3678, '53690', 'AUPKL', 'AUPKL', 'Port Kembla', 'Australia', st_setsrid(st_makepoint(150.916667, -34.483333), 4326), true),
 (3679, '11075', 'DOCBJ', 'DOCBJ', 'Cabo Rojo', 'Dominican Republic', st_setsrid(st_makepoint(-71.65, 17.916667), 4326), true),
 (3680, '11690', 'BBBGI', 'BBBGI', 'Bridgetown', 'Barbados', st_setsrid(st_makepoint(-59.633333, 13.1), 4326), true),
 (3681, '49640', 'MMBSX', 'MMBSX', 'Bassein', 'Burma', st_setsrid(st_makepoint(94.733333, 16.783333), 4326), true),
 (3682, '10775', 'JMPKS', 'JMPKS', 'Port Kaiser', 'Jamaica', st_setsrid(st_makepoint(-77.6, 17.866667), 4326), true),
 (3683, '10130', 'CUIDS', 'CUIDS', 'Isabela De Sagua', 'Cuba', st_setsrid(st_makepoint(-80.0, 22.95), 4326), true),
 (3684, '10710', 'JMPOT', 'JMPOT', 'Port Antonio', 'Jamaica', st_setsrid(st_makepoint(-76.45, 18.183333), 4326), true),
 (3685, '10860', 'HTMIR', 'HTMIR', 'Miragoane', 'Haiti', st_setsrid(st_makepoint(-73.083333, 18.45), 4326), true),
 (3686, '30400', 'DKAAL', 'DKAAL', 'Alborg', 'Denmark', st_setsrid(st_makepoint(9.933333, 57.05), 4326), true),
 (3687, '10230', 'CUANT', 'CUANT', 'Antilla', 'Cuba', st_setsrid(st_makepoint(-75.733333, 20.833333), 4326), true),
 (3688, '23817', 'NOFAX', 'NOFAX', 'Fagerstrand', 'Norway', st_setsrid(st_makepoint(10.58472222, 59.73305556), 4326), true),
 (3689, '24040', 'SEFAG', 'SEFAG', 'Falkenberg', 'Sweden', st_setsrid(st_makepoint(12.46611111, 56.88166667), 4326), true),
 (3690, '23640', 'NOKRA', 'NOKRA', 'Kragero', 'Norway', st_setsrid(st_makepoint(9.413055556, 58.86361111), 4326), true),
 (3691, '23970', 'SELYS', 'SELYS', 'Lysekil', 'Sweden', st_setsrid(st_makepoint(11.44416667, 58.27138889), 4326), true),
 (3692, '11380', 'BLGUS', 'BLGUS', 'Gustavia', 'Guadeloupe', st_setsrid(st_makepoint(-62.85, 17.9), 4326), true),
 (3693, '30290', 'DKGRE', 'DKGRE', 'Grenaa Havn', 'Denmark', st_setsrid(st_makepoint(10.933333, 56.416667), 4326), true),
 (3694, '23550', 'NOKRS', 'NOKRS', 'Kristiansand', 'Norway', st_setsrid(st_makepoint(8.012777778, 58.13888889), 4326), true),
 (3695, '10110', 'CUQMA', 'CUQMA', 'Matanzas', 'Cuba', st_setsrid(st_makepoint(-81.55, 23.05), 4326), true),
 (3696, '10600', 'JMLUC', 'JMLUC', 'Lucea', 'Jamaica', st_setsrid(st_makepoint(-78.166667, 18.45), 4326), true),
 (3697, '54030', 'AUMEL', 'AUMEL', 'Melbourne', 'Australia', st_setsrid(st_makepoint(144.966667, -37.833333), 4326), true),
 (3698, '53490', 'AUBNE', 'AUBNE', 'Brisbane', 'Australia', st_setsrid(st_makepoint(153.033333, -27.466667), 4326), true),
 (3699, '11040', 'DOSDQ', 'DOSDQ', 'Santo Domingo', 'Dominican Republic', st_setsrid(st_makepoint(-69.883333, 18.466667), 4326), true),
 (3700, '10980', 'DOPOP', 'DOPOP', 'Puerto Plata', 'Dominican Republic', st_setsrid(st_makepoint(-70.7, 19.8), 4326), true),
 (3701, '54140', 'AUPTJ', 'AUPTJ', 'Portland', 'Australia', st_setsrid(st_makepoint(141.6, -38.333333), 4326), true),
 (3702, '10250', 'CUFEL', 'CUFEL', 'Felton', 'Cuba', st_setsrid(st_makepoint(-75.6, 20.733333), 4326), true),
 (3703, '23850', 'NOHAL', 'NOHAL', 'Halden', 'Norway', st_setsrid(st_makepoint(11.383333, 59.116667), 4326), true),
 (3704, '10158', 'CUMNT', 'CUMNT', 'Manati', 'Cuba', st_setsrid(st_makepoint(-76.816667, 21.366667), 4326), true),
 (3705, '11070', 'DOBRX', 'DOBRX', 'Santa Cruz De Barahona', 'Dominican Republic', st_setsrid(st_makepoint(-71.083333, 18.2), 4326), true),
 (3706, '23870', 'SESMD', 'SESMD', 'Stromstad', 'Sweden', st_setsrid(st_makepoint(11.166667, 58.933333), 4326), true),
 (3707, '10100', 'CUHAV', 'CUHAV', 'Bahai De La Habana', 'Cuba', st_setsrid(st_makepoint(-82.366667, 23.133333), 4326), true),
 (3708, '30440', 'DKSKA', 'DKSKA', 'Skagen Havn', 'Denmark', st_setsrid(st_makepoint(10.6, 57.716667), 4326), true),
 (3709, '23530', 'NOMAN', 'NOMAN', 'Mandal', 'Norway', st_setsrid(st_makepoint(7.466667, 58.016667), 4326), true),
 (3710, '23823', 'NOHUR', 'NOHUR', 'Tofte', 'Norway', st_setsrid(st_makepoint(10.57055556, 59.54416667), 4326), true),
 (3711, '54050', 'AUGEX', 'AUGEX', 'Geelong', 'Australia', st_setsrid(st_makepoint(144.366667, -38.15), 4326), true),
 (3712, '10270', 'CUSDT', 'CUSDT', 'Bahia De Sagua De Tanamo', 'Cuba', st_setsrid(st_makepoint(-75.333333, 20.683333), 4326), true),
 (3713, '10770', 'JMKIN', 'JMKIN', 'Kingston', 'Jamaica', st_setsrid(st_makepoint(-76.783333, 17.966667), 4326), true),
 (3714, '53450', 'AUGLT', 'AUGLT', 'Gladstone', 'Australia', st_setsrid(st_makepoint(151.25, -23.85), 4326), true),
 (3715, '10930', 'HTCAP', 'HTCAP', 'Cap Haitien', 'Haiti', st_setsrid(st_makepoint(-72.2, 19.766667), 4326), true),
 (3716, '10150', 'CUNVT', 'CUNVT', 'Nuevitas Bay', 'Cuba', st_setsrid(st_makepoint(-77.266667, 21.55), 4326), true),
 (3717, '9985', 'BSFPO', 'BSFPO', 'Freeport', 'The Bahamas', st_setsrid(st_makepoint(-78.783333, 26.516667), 4326), true),
 (3718, '10820', 'HTJAK', 'HTJAK', 'Jacmel', 'Haiti', st_setsrid(st_makepoint(-72.533333, 18.233333), 4326), true),
 (3719, '11370', 'SXPHI', 'SXPHI', 'Philipsburg', 'Sint Maarten', st_setsrid(st_makepoint(-63.05, 18.016667), 4326), true),
 (3720, '53400', 'AUMKY', 'AUMKY', 'Mackay', 'Australia', st_setsrid(st_makepoint(149.216667, -21.116667), 4326), true),
 (3721, '635', 'GLFHN', 'GLFHN', 'Faeringehavn', 'Greenland', st_setsrid(st_makepoint(-51.51666667, 63.68333333), 4326), true),
 (3722, '11530', 'DMPOR', 'DMPOR', 'Portsmouth', 'Dominica', st_setsrid(st_makepoint(-61.466667, 15.566667), 4326), true),
 (3723, '30340', 'DKHSU', 'DKHSU', 'Hadsund', 'Denmark', st_setsrid(st_makepoint(10.116667, 56.716667), 4326), true),
 (3724, '10880', 'HTPAP', 'HTPAP', 'Port Au Prince', 'Haiti', st_setsrid(st_makepoint(-72.35, 18.55), 4326), true),
 (3725, '10080', 'CUCAB', 'CUCAB', 'Cabanas', 'Cuba', st_setsrid(st_makepoint(-82.966667, 23.0), 4326), true),
 (3726, '11520', 'DMRSU', 'DMRSU', 'Roseau', 'Dominica', st_setsrid(st_makepoint(-61.4, 15.3), 4326), true),
 (3727, '10580', 'KYGEC', 'KYGEC', 'Georgetown', 'Cayman Islands', st_setsrid(st_makepoint(-81.383333, 19.3), 4326), true),
 (3728, '23736', 'NOSEG', 'NOSEG', 'Slagenstangen', 'Norway', st_setsrid(st_makepoint(10.51944444, 59.32777778), 4326), true),
 (3729, '11350', 'VGRAD', 'VGRAD', 'Road Harbor', 'British Virgin Islands', st_setsrid(st_makepoint(-64.616667, 18.416667), 4326), true),
 (3730, '10460', 'CUMZO', 'CUMZO', 'Manzanillo', 'Cuba', st_setsrid(st_makepoint(-77.116667, 20.35), 4326), true),
 (3731, '9987', 'BSSRP', 'BSSRP', 'South Riding Point', 'The Bahamas', st_setsrid(st_makepoint(-78.216667, 26.616667), 4326), true),
 (3732, '11630', 'LCCAS', 'LCCAS', 'Castries', 'Saint Lucia', st_setsrid(st_makepoint(-61.0, 14.016667), 4326), true),
 (3733, '53650', 'AUSYD', 'AUSYD', 'Sydney', 'Australia', st_setsrid(st_makepoint(151.2, -33.866667), 4326), true),
 (3734, '53440', 'AUPTL', 'AUPTL', 'Port Alma', 'Australia', st_setsrid(st_makepoint(150.85, -23.583333), 4326), true),
 (3735, '10660', 'JMOCJ', 'JMOCJ', 'Ocho Rios', 'Jamaica', st_setsrid(st_makepoint(-77.116667, 18.416667), 4326), true),
 (3736, '29390', 'DKHUN', 'DKHUN', 'Hundested', 'Denmark', st_setsrid(st_makepoint(11.85, 55.966667), 4326), true),
 (3737, '10090', 'CUMAR', 'CUMAR', 'Mariel', 'Cuba', st_setsrid(st_makepoint(-82.75, 22.983333), 4326), true),
 (3738, '24000', 'SESTE', 'SESTE', 'Stenungsund', 'Sweden', st_setsrid(st_makepoint(11.8, 58.07972222), 4326), true),
 (3739, '10540', 'CUCFG', 'CUCFG', 'Cienfuegos', 'Cuba', st_setsrid(st_makepoint(-80.45, 22.15), 4326), true),
 (3740, '10530', 'CUCAS', 'CUCAS', 'Casilda', 'Cuba', st_setsrid(st_makepoint(-79.983333, 21.75), 4326), true),
 (3741, '53610', 'AUNTL', 'AUNTL', 'Newcastle', 'Australia', st_setsrid(st_makepoint(151.783333, -32.916667), 4326), true),
 (3742, '11640', 'VCKTN', 'VCKTN', 'Kingstown', 'Saint Vincent and the Grenadines (Windward Islands)', st_setsrid(st_makepoint(-61.233333, 13.15), 4326), true),
 (3743, '11020', 'DOLRM', 'DOLRM', 'La Romana', 'Dominican Republic', st_setsrid(st_makepoint(-68.966667, 18.416667), 4326), true),
 (3744, '9990', 'BSNAS', 'BSNAS', 'Nassau', 'The Bahamas', st_setsrid(st_makepoint(-77.35, 25.083333), 4326), true),
 (3745, '10470', 'CUGYB', 'CUGYB', 'Guayabal', 'Cuba', st_setsrid(st_makepoint(-77.616667, 20.7), 4326), true),
 (3746, '40', 'ISTHH', 'ISTHH', 'Thorlakshofn', 'Iceland', st_setsrid(st_makepoint(-21.36666667, 63.85), 4326), true),
 (3747, '230', 'ISSKA', 'ISSKA', 'Skagastrond', 'Iceland', st_setsrid(st_makepoint(-20.31666667, 65.81666667), 4326), true),
 (3748, '340', 'ISRAU', 'ISRAU', 'Raufarhofn', 'Iceland', st_setsrid(st_makepoint(-15.93333333, 66.45), 4326), true),
 (3749, '465', 'ISDJU', 'ISDJU', 'Djupivogur', 'Iceland', st_setsrid(st_makepoint(-14.28333333, 64.66666667), 4326), true),
 (3750, '900', 'GLUMD', 'GLUMD', 'Uummannaq', 'Greenland', st_setsrid(st_makepoint(-52.11666667, 70.66666667), 4326), true),
 (3751, '360', 'ISVPN', 'ISVPN', 'Vopnafjordur', 'Iceland', st_setsrid(st_makepoint(-14.81666667, 65.75), 4326), true),
 (3752, '350', 'ISTHO', 'ISTHO', 'Thorshofn', 'Iceland', st_setsrid(st_makepoint(-15.33333333, 66.2), 4326), true),
 (3753, '400', 'ISSEY', 'ISSEY', 'Seydisfjordur', 'Iceland', st_setsrid(st_makepoint(-14.0, 65.26666667), 4326), true),
 (3754, '65', 'ISGRI', 'ISGRI', 'Grindavik', 'Iceland', st_setsrid(st_makepoint(-22.43333333, 63.83333333), 4326), true),
 (3755, '315', 'ISGRE', 'ISGRE', 'Grenivik', 'Iceland', st_setsrid(st_makepoint(-18.18333333, 65.95), 4326), true),
 (3756, '540', 'GLAGM', 'GLAGM', 'Ammassalik', 'Greenland', st_setsrid(st_makepoint(-37.61666667, 65.61666667), 4326), true),
 (3757, '453', 'ISFAS', 'ISFAS', 'Faskrudsfjordur', 'Iceland', st_setsrid(st_makepoint(-14.01666667, 64.91666667), 4326), true),
 (3758, '72', 'ISHEL', 'ISHEL', 'Helguvik', 'Iceland', st_setsrid(st_makepoint(-22.55, 64.01666667), 4326), true),
 (3759, '210', 'ISHVM', 'ISHVM', 'Hvammstangi', 'Iceland', st_setsrid(st_makepoint(-20.95, 65.4), 4326), true),
 (3760, '680', 'GLSFJ', 'GLSFJ', 'Soendre Stroemfjord', 'Greenland', st_setsrid(st_makepoint(-50.95, 66.95), 4326), true),
 (3761, '85', 'ISKOV', 'ISKOV', 'Kopavogur', 'Iceland', st_setsrid(st_makepoint(-21.95, 64.11666667), 4326), true),
 (3762, '580', 'GLJJU', 'GLJJU', 'Qaqortoq', 'Greenland', st_setsrid(st_makepoint(-46.03333333, 60.71666667), 4326), true),
 (3763, '155', 'ISPAT', 'ISPAT', 'Patreksfjordur', 'Iceland', st_setsrid(st_makepoint(-24.0, 65.6), 4326), true),
 (3764, '270', 'ISOLF', 'ISOLF', 'Olafsfjordur', 'Iceland', st_setsrid(st_makepoint(-18.65, 66.06666667), 4326), true),
 (3765, '125', 'ISSTY', 'ISSTY', 'Stykkisholmur', 'Iceland', st_setsrid(st_makepoint(-22.73333333, 65.08333333), 4326), true),
 (3766, '48045', 'EGADA', 'EGADA', 'El-Adabiya', 'Egypt', st_setsrid(st_makepoint(32.466667, 29.866667), 4326), true),
 (3767, '48030', 'EGAIS', 'EGAIS', 'North Ain Sukhna Port', 'Egypt', st_setsrid(st_makepoint(32.366667, 29.65), 4326), true),
 (3768, '48055', 'EGAIS', 'EGAIS', 'Ain Sukhna Terminal', 'Egypt', st_setsrid(st_makepoint(32.366667, 29.583333), 4326), true);

INSERT INTO portemis.port_alias (alias, locode, note, shipped) VALUES
 ('CNSGH', 'CNSHA', 'Shanghai: WPI writes CN SGH, UN/LOCODE is CNSHA', true),
 ('SGKEP', 'SGSIN', 'Singapore (Keppel): WPI writes SG KEP, UN/LOCODE is SGSIN', true);
-- ---------------------------------------------------------------------------
-- Ports, port areas and ECA-aware emissions.
-- ---------------------------------------------------------------------------

-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.port_geom(code @extschema@.locode) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    SELECT p.geom FROM portemis.port p
    WHERE p.locode = coalesce((SELECT a.locode FROM portemis.port_alias a WHERE a.alias = $1), $1)
    ORDER BY p.shipped, p.wpi_number, p.id LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.port_geom(@extschema@.locode) IS
    'Position of a port (Point, SRID 4326) from the gazetteer, through port_alias; NULL if unknown; a row of yours (shipped = false) before the shipped ones, then the lowest WPI number where a code has several entries';

-- Validates a port-area request and returns the port's position.
-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION portemis.port_area_centre(@extschema@.locode, radius_nm double precision)
RETURNS geometry
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    centre portemis.port.geom%TYPE := @extschema@.port_geom($1);
BEGIN
    IF centre IS NULL THEN
        RAISE EXCEPTION 'unknown port %', $1 USING ERRCODE = 'invalid_parameter_value',
            HINT = 'Add it to the table portemis.port, or an alias to portemis.port_alias.';
    END IF;
    IF NOT (radius_nm > 0 AND radius_nm <= 1000) THEN
        RAISE EXCEPTION 'radius_nm must lie in (0, 1000], got %', radius_nm USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    RETURN centre;
END $$;
COMMENT ON FUNCTION portemis.port_area_centre(@extschema@.locode, double precision) IS
    'Support function of port_area: the port''s position, after checking the port and the radius';

-- A circle round a pole is no polygon in longitude/latitude (its ring goes once round the globe).
CREATE FUNCTION portemis.port_area_round_pole(@extschema@.locode, radius_nm double precision, north boolean)
RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a port area of % nm around % would contain the % pole', radius_nm, $1,
                    CASE WHEN north THEN 'north' ELSE 'south' END
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Use a smaller radius, or draw the zone yourself.';
END $$;
COMMENT ON FUNCTION portemis.port_area_round_pole(@extschema@.locode, double precision, boolean) IS
    'Support function of port_area: raises 22023 for a circle that would contain a pole';

-- The search_path is pinned: PostGIS looks up spatial_ref_sys for the
-- geography buffer with a query whose operators resolve through the path.
-- A circle across the antimeridian comes back with longitudes wrapped into
-- [-180, 180], a band round the globe: its negative longitudes then take
-- +360, so it lies in (0, 360) as a zone across the antimeridian may.
CREATE FUNCTION @extschema@.port_area(code @extschema@.locode, radius_nm double precision) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN (SELECT CASE WHEN radius_nm * 1852 >= st_distance(c.centre::geography, c.pole::geography)
                    THEN portemis.port_area_round_pole($1, radius_nm, st_y(c.pole) > 0)
                    ELSE (SELECT CASE WHEN st_xmax(b.g) - st_xmin(b.g) > 180 THEN st_shiftlongitude(b.g) ELSE b.g END
                          FROM (SELECT st_setsrid(st_buffer(c.centre::geography, radius_nm * 1852, 64)::geometry, 4326) AS g) b) END
        FROM (SELECT p.centre, st_setsrid(st_makepoint(0, CASE WHEN st_y(p.centre) >= 0 THEN 90 ELSE -90 END), 4326) AS pole
              FROM (SELECT portemis.port_area_centre($1, radius_nm) AS centre) p) c);
COMMENT ON FUNCTION @extschema@.port_area(@extschema@.locode, double precision) IS
    'A circular port area (Polygon, SRID 4326) of radius_nm nautical miles (geodesic) around a port of the gazetteer; across the antimeridian with longitudes in (0, 360); none round a pole (22023)';

-- A user's zone for an overlay with the ECAs: GEOS cannot intersect an invalid
-- polygon (it raises an internal error), so say what is wrong instead.  The
-- raiser is STABLE so that a constant zone is never folded into an error at
-- plan time (the CASE decides).
CREATE FUNCTION portemis.invalid_zone(reason text) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'zone is not a valid polygon: %', reason
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Repair it with ST_MakeValid(zone).';
END $$;
COMMENT ON FUNCTION portemis.invalid_zone(text) IS
    'Support function of voyage_emissions_in: raises 22023 naming why a zone is not a valid polygon';
CREATE FUNCTION portemis.zone_not_4326(srid integer) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'zone must be in SRID 4326 (WGS 84 longitude/latitude), not SRID %', srid
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Set the SRID with ST_SetSRID(geom, 4326).';
END $$;
COMMENT ON FUNCTION portemis.zone_not_4326(integer) IS
    'Support function of voyage_emissions_in: raises 22023 for a zone not in SRID 4326 (as route_share does)';
-- (the SRID first: PostGIS raises an internal error when it intersects zones of two SRIDs)
CREATE FUNCTION portemis.valid_zone(zone geometry) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN CASE WHEN st_srid(zone) <> 4326 THEN portemis.zone_not_4326(st_srid(zone))
            WHEN st_isvalid(zone) THEN zone ELSE portemis.invalid_zone(st_isvalidreason(zone)) END;
COMMENT ON FUNCTION portemis.valid_zone(geometry) IS
    'Support function of voyage_emissions_in: the zone if it is a valid polygon in SRID 4326, else error 22023 saying why';

-- Sulphur by zone: the voyage's fuel uses apportioned by distance.
CREATE FUNCTION portemis.voyage_emissions_apportioned(@extschema@.voyage, fraction double precision,
    zone_shares double precision[], zone_sulphur_pct double precision[], factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.voyage_emissions_apportioned(@extschema@.voyage, double precision, double precision[], double precision[], text) IS
    'Emissions (t) of a fraction of a voyage''s fuel uses, whose shares zone_shares were burnt under the sulphur limits zone_sulphur_pct (the rest of the fraction under the global limit); the engine of voyage_emissions(voyage, route) and voyage_emissions_in';

-- A route without length cannot apportion anything by distance: say so (STABLE, so that a constant is not
-- folded into an error at plan time).
CREATE FUNCTION portemis.route_without_length() RETURNS double precision
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'route has no length, so the voyage''s fuel cannot be apportioned by distance'
        USING ERRCODE = 'invalid_parameter_value',
              HINT = 'Pass the route the voyage sailed, or NULL (then the result is NULL), or use voyage_emissions(voyage).';
END $$;
COMMENT ON FUNCTION portemis.route_without_length() IS
    'Support function of the ECA apportioning: raises 22023 for an empty route or one of zero length';

-- The share of a route's length under each sulphur limit of the ECAs in force at a time (within a zone,
-- when one is given).  Where ECAs overlap the strictest limit applies and the stretch counts once: the
-- share under limit L is the share inside the union of the ECAs whose limit is at most L (one
-- MultiPolygon whose parts may overlap, which route_share counts once), less that of the stricter limits.
-- A route without length has NULL shares: its callers raise route_without_length().
CREATE FUNCTION portemis.eca_shares(route geometry, at timestamptz, within geometry DEFAULT NULL)
RETURNS TABLE (sulphur_pct double precision, share double precision)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH eca AS (
        SELECT z.sulphur_pct,
               CASE WHEN within IS NULL THEN z.geom
                    ELSE st_collectionextract(st_intersection(within, z.geom), 3) END AS geom
        FROM portemis.zone z
        WHERE route IS NOT NULL AND z.kind = 'eca' AND z.sulphur_pct IS NOT NULL
          -- a zone's dates are UTC days, whatever the session's TimeZone
          AND (z.valid_from::timestamp AT TIME ZONE 'UTC') <= at
          AND (z.valid_to IS NULL OR at < (z.valid_to::timestamp AT TIME ZONE 'UTC'))
          AND (within IS NULL OR st_intersects(portemis.valid_zone(within), z.geom))),
    cumulative AS (
        SELECT l.sulphur_pct,
               @extschema@.route_share(route, (SELECT st_collectionextract(st_collect(e.geom), 3)
                                               FROM eca e WHERE e.sulphur_pct <= l.sulphur_pct)) AS share
        FROM (SELECT DISTINCT e.sulphur_pct FROM eca e) l)
    SELECT c.sulphur_pct, greatest(0, c.share - coalesce(lag(c.share) OVER (ORDER BY c.sulphur_pct), 0))
    FROM cumulative c;
END;
COMMENT ON FUNCTION portemis.eca_shares(geometry, timestamptz, geometry) IS
    'Support function of voyage_emissions(voyage, route) and voyage_emissions_in: the share of the route''s length under each sulphur limit of the ECAs in force at a time (inside a zone, if given); overlapping ECAs count once, at the strictest limit';

-- PL/pgSQL, not SQL: on a Citus cluster it runs inside the workers' shard queries and reads the ECAs, reference
-- tables there, which Citus plans for a PL/pgSQL query but refuses in a SQL function's; and it allows that read
-- for itself (SET citus.allow_nested_distributed_execution: src/sql/92_citus.sql).  Not on eca_shares, which
-- stays inlined here (a SET would stop that and double the cost).
CREATE FUNCTION @extschema@.voyage_emissions(v @extschema@.voyage, route geometry, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
SET citus.allow_nested_distributed_execution = on AS $$
BEGIN
    IF route IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT portemis.voyage_emissions_apportioned(v,
                CASE WHEN @extschema@.route_length_nm(route) > 0 THEN 1 ELSE portemis.route_without_length() END,
                coalesce(array_agg(s.share), '{}'), coalesce(array_agg(s.sulphur_pct), '{}'), factor_set)
            FROM portemis.eca_shares(route, @extschema@.departure(v)) s);
END $$;
COMMENT ON FUNCTION @extschema@.voyage_emissions(@extschema@.voyage, geometry, text) IS
    'Emissions (t) of a voyage sailed along route: each fuel use is apportioned by the share of the route''s distance inside the ECAs in force on the departure date (overlapping ECAs once, at the strictest limit); fuel without a stated sulphur burns at the ECA''s limit inside and the global limit outside';

-- (PL/pgSQL with the SET, as voyage_emissions(voyage, route) above)
CREATE FUNCTION @extschema@.voyage_emissions_in(v @extschema@.voyage, route geometry, zone geometry, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp
SET citus.allow_nested_distributed_execution = on AS $$
BEGIN
    IF route IS NULL OR zone IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN (SELECT portemis.voyage_emissions_apportioned(v,
                coalesce(@extschema@.route_share(route, portemis.valid_zone(zone)), portemis.route_without_length()),
                coalesce(array_agg(s.share), '{}'), coalesce(array_agg(s.sulphur_pct), '{}'), factor_set)
            FROM portemis.eca_shares(route, @extschema@.departure(v), zone) s);
END $$;
COMMENT ON FUNCTION @extschema@.voyage_emissions_in(@extschema@.voyage, geometry, geometry, text) IS
    'The part (t) of a voyage''s emissions emitted inside a zone (a port inventory''s question), apportioned by distance along route; sulphur by the ECAs in force inside the zone (overlapping ECAs once, at the strictest limit)';
-- ---------------------------------------------------------------------------
-- Geometries for maps: GeoJSON (RFC 7946) that QGIS and web maps draw right
-- across the antimeridian.  RFC 7946 section 3.1.9 asks for geometries that
-- cross it to be split there, with longitudes in [-180, 180].
-- ---------------------------------------------------------------------------

CREATE FUNCTION portemis.route_for_maps_wkb(bytea, integer) RETURNS bytea
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.route_for_maps_wkb(bytea, integer) IS
    'A route (WKB) split at the antimeridian where its geodesic segments cross it, as MultiLineString WKB; use geometry_for_maps(geometry)';

-- The raiser is STABLE so that a constant argument is never folded into an error at plan time.
CREATE FUNCTION portemis.not_for_maps(srid integer) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF srid = 4326 THEN
        RAISE EXCEPTION 'a geometry for maps must have longitudes within -540..540 and latitudes within -90..90'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RAISE EXCEPTION 'a geometry for maps must be in SRID 4326 (WGS 84 longitude/latitude), not SRID %', srid
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Transform it with ST_Transform(geom, 4326).';
END $$;
COMMENT ON FUNCTION portemis.not_for_maps(integer) IS
    'Support function of geometry_for_maps: raises 22023 for a geometry not in SRID 4326 or out of range';
CREATE FUNCTION portemis.curve_not_for_maps(geomtype text) RETURNS geometry
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'a geometry for maps cannot have arcs (%)', geomtype
        USING ERRCODE = 'invalid_parameter_value', HINT = 'Approximate it with ST_CurveToLine(geom).';
END $$;
COMMENT ON FUNCTION portemis.curve_not_for_maps(text) IS
    'Support function of geometry_for_maps: raises 22023 for a geometry with arcs (CircularString, CurvePolygon, ...)';

CREATE FUNCTION portemis.bad_properties(properties jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'GeoJSON properties must be a JSON object, got %', jsonb_typeof(properties)
        USING ERRCODE = 'invalid_parameter_value';
END $$;
COMMENT ON FUNCTION portemis.bad_properties(jsonb) IS
    'Support function of geojson_feature: raises 22023 for properties that are not a JSON object';

-- Lines are routes: each segment is a geodesic taken the short way round (as route_length_nm measures
-- it), split at the latitude where that geodesic crosses the antimeridian, so the lengths add up.
-- Polygons and points are zones and ports, whose edges are straight in longitude/latitude (as
-- route_share reads them): a zone across the antimeridian is stored with longitudes beyond 180 and
-- split at +-180 in that plane (PostGIS ST_WrapX).
CREATE FUNCTION @extschema@.geometry_for_maps(geom geometry) RETURNS geometry
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN st_srid(geom) <> 4326 THEN portemis.not_for_maps(st_srid(geom))
            WHEN st_hasarc(geom) THEN portemis.curve_not_for_maps(geometrytype(geom))
            WHEN geometrytype(geom) IN ('LINESTRING', 'MULTILINESTRING', 'LINESTRINGM', 'MULTILINESTRINGM')
            THEN st_setsrid(st_geomfromwkb(portemis.route_for_maps_wkb(st_asbinary(geom), 4326)), 4326)
            WHEN NOT st_isempty(geom) AND (st_xmin(geom) < -540 OR st_xmax(geom) > 540 OR st_ymin(geom) < -90 OR st_ymax(geom) > 90)
            THEN portemis.not_for_maps(4326)
            ELSE st_wrapx(st_wrapx(st_wrapx(st_wrapx(geom, 180, -360), 180, -360), -180, 360), -180, 360) END;
COMMENT ON FUNCTION @extschema@.geometry_for_maps(geometry) IS
    'A geometry (SRID 4326) with longitudes in [-180, 180], split at the antimeridian: routes at the latitude where each geodesic segment crosses it (lengths are kept), zones and points in the longitude/latitude plane; routes lose Z and M';

CREATE FUNCTION @extschema@.geojson_feature(geom geometry, properties jsonb DEFAULT '{}') RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN jsonb_build_object(
    'type', 'Feature',
    'geometry', CASE WHEN geom IS NOT NULL THEN st_asgeojson(@extschema@.geometry_for_maps(geom), 9)::jsonb END,
    'properties', CASE WHEN properties IS NULL OR jsonb_typeof(properties) IN ('object', 'null') THEN properties
                       ELSE portemis.bad_properties(properties) END);
COMMENT ON FUNCTION @extschema@.geojson_feature(geometry, jsonb) IS
    'A GeoJSON Feature (RFC 7946) of a geometry in SRID 4326, drawn right across the antimeridian (geometry_for_maps), coordinates to 9 decimals, with a JSON object of properties';

CREATE FUNCTION portemis.geojson_collection_accum(internal, geometry, jsonb) RETURNS internal
    AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION portemis.geojson_collection_accum(internal, geometry, jsonb) IS
    'Transition function of geojson_collection: appends geojson_feature(geometry, properties)';
CREATE FUNCTION portemis.geojson_collection_final(internal) RETURNS jsonb
    AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION portemis.geojson_collection_final(internal) IS
    'Final function of geojson_collection';
CREATE AGGREGATE @extschema@.geojson_collection(geom geometry, properties jsonb) (
    SFUNC = portemis.geojson_collection_accum,
    STYPE = internal,
    FINALFUNC = portemis.geojson_collection_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.geojson_collection(geometry, jsonb) IS
    'A GeoJSON FeatureCollection of the rows'' geometries and properties: SELECT geojson_collection(geom, jsonb_build_object(''name'', name)) FROM portemis.zone';
-- ---------------------------------------------------------------------------
-- AIS: pings to intervals (ais_track), intervals split at UTC days and at
-- the zones of portemis.zone (ais_activity), operating mode and emissions
-- of an interval (ais_mode, ais_emissions).  The method: docs/ais.md.
-- ---------------------------------------------------------------------------

CREATE TYPE portemis.ais_interval AS (
    t_start          timestamptz,
    t_end            timestamptz,
    hours            double precision,
    distance_nm      double precision,
    speed_kn         double precision,
    speed_source     text,
    nav_status       integer,
    draught_m        double precision,
    gap              boolean,
    lon_start        double precision,
    lat_start        double precision,
    lon_end          double precision,
    lat_end          double precision,
    pings_duplicate  integer,
    pings_rejected   integer,
    pings_unusable   integer,
    zones            text[],
    at_berth         boolean,
    in_anchorage     boolean,
    in_port_area     boolean,
    in_inventory     boolean,
    in_eca           boolean
);
COMMENT ON TYPE portemis.ais_interval IS
    'An interval of a ship''s AIS track: from one kept ping to the next (ais_track), or a piece of one split at UTC days and zone boundaries (ais_activity); hours, geodesic distance_nm, speed_kn (mean of the two SOGs, else derived), the first ping''s navigational status and draught, gap (longer than max_gap: hours reported, no activity), the pings dropped inside it (duplicate time, impossible jump, unusable position), and the zones containing it with one flag per zone kind (NULL: not split, or a gap)';

-- The transition function, declared once per form of the aggregate (one C function reads PG_NARGS).
CREATE FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision,
    double precision, integer)
RETURNS internal AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision,
    double precision, integer, double precision)
RETURNS internal AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision,
    double precision, integer, double precision, interval, double precision)
RETURNS internal AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
CREATE FUNCTION portemis.ais_track_final(internal) RETURNS portemis.ais_interval[]
    AS 'MODULE_PATHNAME' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision, double precision, integer) IS
    'Support function of ais_track: collects a ping';
COMMENT ON FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision, double precision, integer, double precision) IS
    'Support function of ais_track: collects a ping';
COMMENT ON FUNCTION portemis.ais_track_accum(internal, timestamptz, double precision, double precision, double precision, integer, double precision, interval, double precision) IS
    'Support function of ais_track: collects a ping';
COMMENT ON FUNCTION portemis.ais_track_final(internal) IS
    'Support function of ais_track: sorts the pings and builds the intervals';

-- The final function sorts the collected pings in place (READ_WRITE: not shared, not a window aggregate).
CREATE AGGREGATE @extschema@.ais_track(t timestamptz, lon double precision, lat double precision,
    sog_kn double precision, nav_status integer) (
    SFUNC = portemis.ais_track_accum, STYPE = internal,
    FINALFUNC = portemis.ais_track_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.ais_track(t timestamptz, lon double precision, lat double precision,
    sog_kn double precision, nav_status integer, draught_m double precision) (
    SFUNC = portemis.ais_track_accum, STYPE = internal,
    FINALFUNC = portemis.ais_track_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.ais_track(t timestamptz, lon double precision, lat double precision,
    sog_kn double precision, nav_status integer, draught_m double precision, max_gap interval,
    max_speed_kn double precision) (
    SFUNC = portemis.ais_track_accum, STYPE = internal,
    FINALFUNC = portemis.ais_track_final, FINALFUNC_MODIFY = READ_WRITE, PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer) IS
    'One ship''s AIS pings (any order) as its intervals between kept pings (portemis.ais_interval[]): duplicates, unusable positions (NULL, 91/181 placeholders) and impossible jumps (above 50 kn from the last kept ping; of the two ends, the one fewer of the next four pings can reach) are dropped and counted (of pings at one time, the one nearest the track is kept); intervals longer than 6 h are gaps; SOG 102.3 (or above max_speed_kn) and nav_status 15 are "not available"; group by ship: SELECT mmsi, ais_track(t, lon, lat, sog, nav_status) FROM pings GROUP BY mmsi';
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer, double precision) IS
    'ais_track with the reported draught (m; 0 is "not available"), for the Admiralty formula in ais_emissions';
COMMENT ON AGGREGATE @extschema@.ais_track(timestamptz, double precision, double precision, double precision, integer, double precision, interval, double precision) IS
    'ais_track with the rules given: max_gap (a longer interval is a gap; default 6 hours) and max_speed_kn (a ping implying a faster move from the last kept ping is rejected; default 50 kn); NULL takes the default';

CREATE FUNCTION @extschema@.ais_activity(track portemis.ais_interval[], zone_kinds text[] DEFAULT NULL)
RETURNS SETOF portemis.ais_interval
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION @extschema@.ais_activity(portemis.ais_interval[], text[]) IS
    'A track''s intervals split at UTC midnights and where they cross the boundary of a zone of portemis.zone (of zone_kinds: berth, anchorage, port_area, inventory, eca, custom; NULL: all), each piece with its share of hours and distance, the names of the zones containing it and a flag per kind; a gap is split at midnights only, its zones unknown (NULL)';

-- The reported draught for the Admiralty formula, when the vessel's design draught is known and the ratio
-- is one propulsion_load accepts (0, 1.5]; else NULL (the propeller law): a bad AIS draught does not stop
-- an inventory.
CREATE FUNCTION portemis.ais_draught(v portemis.vessel, a portemis.ais_interval) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN (a).draught_m / (v).design_draught_m > 0 AND (a).draught_m / (v).design_draught_m <= 1.5
            THEN (a).draught_m END;
COMMENT ON FUNCTION portemis.ais_draught(portemis.vessel, portemis.ais_interval) IS
    'Support function of ais_mode, ais_emissions and ais_fuel: the reported draught (m) when the vessel''s design draught is known and their ratio lies in (0, 1.5], else NULL (propeller law)';

-- The mode of an interval: the zones say berth or anchorage, so does the AIS navigational status
-- (5 moored, 1 at anchor), so that a port without drawn berths still has berth hours.
CREATE FUNCTION @extschema@.ais_mode(v portemis.vessel, a portemis.ais_interval, sea_margin_pct double precision DEFAULT 0)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN NOT (a).gap THEN
           @extschema@.operating_mode((a).speed_kn,
               coalesce(@extschema@.propulsion_load((a).speed_kn, coalesce((v).max_speed_kn, (v).service_speed_kn),
                            coalesce(sea_margin_pct, 0),
                            portemis.ais_draught(v, a),
                            CASE WHEN portemis.ais_draught(v, a) IS NOT NULL THEN (v).design_draught_m END,
                            CASE WHEN (v).max_speed_kn IS NULL THEN 'service' ELSE 'maximum' END),
                        -- without the ship's speed the load is unknown, but at these speeds no load decides
                        CASE WHEN (a).speed_kn <= 1 OR (s.anchorage AND (a).speed_kn <= 3) THEN 0 END),
               s.berth, s.anchorage) END
    FROM (SELECT coalesce((a).at_berth, false) OR coalesce((a).nav_status = 5, false) AS berth,
                 coalesce((a).in_anchorage, false) OR coalesce((a).nav_status = 1, false) AS anchorage) s;
END;
COMMENT ON FUNCTION @extschema@.ais_mode(portemis.vessel, portemis.ais_interval, double precision) IS
    'EPA operating mode of an AIS interval (operating_mode): load from its speed by the propeller law (Admiralty formula with the reported and design draughts); at berth in a berth zone or with navigational status 5 (moored), in an anchorage zone or with status 1 (at anchor); NULL for a gap, or when the load would decide and the vessel has no maximum or service speed';

-- mode_emissions with an eleventh argument: a particular the mode needs that the vessel lacks gives NULL.
CREATE FUNCTION portemis.mode_emissions_or_unknown(portemis.vessel, mode text, hours double precision,
    speed_kn double precision, in_eca boolean, shore_power boolean, location text, sea_margin_pct double precision,
    draught_m double precision, tier3_area boolean, unknown_if_missing boolean)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME', 'mode_emissions' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.mode_emissions_or_unknown(portemis.vessel, text, double precision, double precision, boolean, boolean, text, double precision, double precision, boolean, boolean) IS
    'Support function of ais_emissions: mode_emissions, but NULL (unknown) when unknown_if_missing and the vessel lacks a particular the mode needs (type, size, MCR, maximum or service speed) or its engines are not category 3';

-- Of the ECAs named in zones and in force at a time, the first keel year of NOx Tier III (C: ais_emissions is
-- inlined only without a subquery).
CREATE FUNCTION portemis._eca_tier3_year(zones text[], at timestamptz) RETURNS integer
    AS 'MODULE_PATHNAME', 'ais_eca_tier3_year' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis._eca_tier3_year(text[], timestamptz) IS
    'Support function of ais_emissions: of the ECAs named (portemis.zone) in force at the time, the first keel year of NOx Tier III (the keel year wholly on or after nox_tier3_from; the earliest of several); NULL if none sets one';

CREATE FUNCTION @extschema@.ais_emissions(v portemis.vessel, a portemis.ais_interval,
    sea_margin_pct double precision DEFAULT 0, shore_power boolean DEFAULT false)
RETURNS @extschema@.emissions
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- one expression, no FROM and no subquery, so that PostgreSQL inlines it (a call of a SQL function that is
    -- not inlined costs about twenty times the arithmetic)
    SELECT CASE WHEN @extschema@.ais_mode(v, a, sea_margin_pct) IS NOT NULL THEN
        portemis.mode_emissions_or_unknown(v, @extschema@.ais_mode(v, a, sea_margin_pct), (a).hours, (a).speed_kn,
            coalesce((a).in_eca, true),
            coalesce(shore_power AND @extschema@.ais_mode(v, a, sea_margin_pct) = 'berth' AND (v).shore_power, false),
            NULL, coalesce(sea_margin_pct, 0), portemis.ais_draught(v, a),
            -- NOx Tier III: inside an ECA in force whose row gives a Tier III date the keel year reaches (MARPOL
            -- Annex VI regulation 13.5.1: 1 January 2016 in the North American and US Caribbean ECAs, 1 January
            -- 2021 in the Baltic and North Sea ECAs; the Mediterranean ECA has none).  The vessel has a keel
            -- year only: in the year of a date after 1 January the ship counts as laid before it.  A piece not
            -- split by ais_activity (in_eca NULL) takes mode_emissions' default (Tier III in an ECA from 2016).
            CASE WHEN (a).in_eca IS NULL THEN NULL
                 WHEN NOT (a).in_eca OR (v).keel_laid_year IS NULL THEN false
                 ELSE coalesce((v).keel_laid_year >= portemis._eca_tier3_year((a).zones, (a).t_start), false) END,
            true) END;
END;
COMMENT ON FUNCTION @extschema@.ais_emissions(portemis.vessel, portemis.ais_interval, double precision, boolean) IS
    'Ship-side emissions (t) of an AIS interval: mode_emissions in its ais_mode for its hours at its speed, in or outside an ECA by its in_eca flag (an interval not split by ais_activity counts as inside), NOx Tier III where its ECA sets a date the keel year reaches (portemis.zone.nox_tier3_from), the Admiralty formula when the reported and design draughts are known, shore power at berth when the berth has it (shore_power) and the vessel can take it; NULL (unknown) for a gap, an unknown mode, a vessel without a particular the mode needs (type, size, MCR, speed) or with category 1/2 engines: an inventory over a mixed fleet reports them apart, never as 0';

-- AIS placeholders for the IMO number: "IMO0000000", empty, or a number whose check digit fails.
CREATE FUNCTION @extschema@.ais_imo(reported text) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.ais_imo(text) IS
    'The IMO number of an AIS report (''IMO9321483'' or ''9321483''), NULL for a placeholder (IMO0000000), an empty field or a number whose check digit fails';

-- Port calls: a stay in a port area (consecutive pieces inside one, across gaps) during which the ship
-- stopped: at most 1 kn, or at anchor.  A ship passing through a port area makes no call.
-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ais_port_calls(track portemis.ais_interval[])
RETURNS TABLE (port text, locode @extschema@.locode, arrival timestamptz, departure timestamptz, hours double precision,
               berth_hours double precision, anchorage_hours double precision, gap_hours double precision)
LANGUAGE sql STABLE PARALLEL SAFE SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    WITH gaps AS MATERIALIZED (
        -- the track's gaps whole, unpacked once (not once per piece: that grew with gaps x intervals)
        SELECT i.t_start, i.t_end, i.lon_start, i.lat_start, i.lon_end, i.lat_end FROM unnest(track) i WHERE i.gap
    ), pieces AS (
        SELECT a.t_start, a.t_end, a.hours, a.gap, coalesce(pz.name, gz.name) AS port,
               coalesce(pz.locode, gz.locode) AS locode,
               NOT a.gap AND a.speed_kn <= 1 AND (coalesce(a.at_berth, false) OR coalesce(a.nav_status = 5, false))
                   AS at_berth,
               NOT a.gap AND a.speed_kn <= 3 AND (coalesce(a.in_anchorage, false) OR coalesce(a.nav_status = 1, false))
                   AS at_anchor,
               NOT a.gap AND a.speed_kn <= 1 AS stopped
        FROM @extschema@.ais_activity(track, '{port_area,berth,anchorage}') a
        -- where port areas overlap, the smallest (a terminal's area inside a port complex's)
        LEFT JOIN LATERAL (SELECT z.name, z.locode FROM portemis.zone z
                           WHERE NOT a.gap AND z.kind = 'port_area' AND z.name = ANY (a.zones)
                           ORDER BY st_area(z.geom), z.name LIMIT 1) pz ON true
        -- a gap with both ends in one port area belongs to the stay there (whatever the ship did between);
        -- at a track's start or end it is how the stay reaches the track's first or last report.  The ends
        -- are the whole gap's (of the track), not its pieces': a piece cut at midnight ends where the line
        -- between the two reports crosses midnight, which may still lie in the port area.
        LEFT JOIN LATERAL (SELECT g.lon_start, g.lat_start, g.lon_end, g.lat_end FROM gaps g
                           WHERE a.gap AND g.t_start <= a.t_start AND a.t_end <= g.t_end
                           ORDER BY g.t_start LIMIT 1) whole ON true
        LEFT JOIN LATERAL (SELECT z.name, z.locode FROM portemis.zone z
                           WHERE a.gap AND z.kind = 'port_area'
                             AND (z.valid_from::timestamp AT TIME ZONE 'UTC') <= a.t_start
                             AND (z.valid_to IS NULL OR a.t_end < (z.valid_to::timestamp AT TIME ZONE 'UTC'))
                             AND st_covers(z.geom, st_setsrid(st_makepoint(coalesce(whole.lon_start, a.lon_start),
                                                                           coalesce(whole.lat_start, a.lat_start)), 4326))
                             AND st_covers(z.geom, st_setsrid(st_makepoint(coalesce(whole.lon_end, a.lon_end),
                                                                           coalesce(whole.lat_end, a.lat_end)), 4326))
                           ORDER BY st_area(z.geom), z.name LIMIT 1) gz ON true
    ), stays AS (
        -- gaps-and-islands over the pieces, but gaps outside a port area: a new stay where the port changes
        -- (its locode: a terminal's area inside a port complex's is the same port, one call)
        SELECT p.*, count(*) FILTER (WHERE p.new_stay) OVER (ORDER BY p.t_start) AS stay
        FROM (SELECT q.*, q.port_key IS DISTINCT FROM lag(q.port_key) OVER (ORDER BY q.t_start) AS new_stay
              FROM (SELECT r.*, coalesce('locode ' || r.locode::text, 'zone ' || r.port) AS port_key FROM pieces r) q
              WHERE NOT q.gap OR q.port IS NOT NULL) p
    ), stop_areas AS (
        SELECT s.stay, s.port, sum(s.hours) FILTER (WHERE s.stopped OR s.at_anchor) AS stop_hours
        FROM stays s WHERE s.port IS NOT NULL GROUP BY s.stay, s.port
    ), calls AS (
        -- named after the port area where the ship stopped longest
        SELECT (SELECT a.port FROM stop_areas a WHERE a.stay = s.stay
                ORDER BY a.stop_hours DESC NULLS LAST, a.port LIMIT 1) AS port,
               min(s.locode::text)::@extschema@.locode AS locode, min(s.t_start) AS arrival,
               max(s.t_end) AS departure,
               sum(s.hours) FILTER (WHERE s.at_berth AND NOT s.at_anchor) AS berth_hours,
               sum(s.hours) FILTER (WHERE s.at_anchor) AS anchorage_hours
        FROM stays s
        WHERE s.port IS NOT NULL
        GROUP BY s.stay
        HAVING bool_or(s.stopped OR s.at_anchor)
    )
    SELECT c.port, c.locode, c.arrival, c.departure,
           extract(epoch FROM c.departure - c.arrival)::double precision / 3600,
           coalesce(c.berth_hours, 0), coalesce(c.anchorage_hours, 0),
           coalesce((SELECT sum(g.hours) FROM pieces g WHERE g.gap AND g.t_start >= c.arrival AND g.t_end <= c.departure), 0)
    FROM calls c
    ORDER BY c.arrival;
END;
COMMENT ON FUNCTION @extschema@.ais_port_calls(portemis.ais_interval[]) IS
    'The port calls of a track: stays inside the port_area zones of one port (its locode; across gaps whose two ends lie in it, at the track''s start and end too) in which the ship stopped (at most 1 kn, or at anchor), with arrival and departure (first entry, last exit), hours, hours at berth (a berth zone or status moored, at most 1 kn) and at anchor (an anchorage zone or status at anchor, at most 3 kn), and the gap hours inside the stay; where port areas overlap, the smallest; port is the name of the area where the ship stopped longest, locode its port';

-- The fuel of an interval (t by fuel), the same engine runs as ais_emissions.
CREATE FUNCTION portemis.mode_fuel_or_unknown(portemis.vessel, mode text, hours double precision,
    speed_kn double precision, in_eca boolean, shore_power boolean, location text, sea_margin_pct double precision,
    draught_m double precision, tier3_area boolean, unknown_if_missing boolean)
RETURNS jsonb
    AS 'MODULE_PATHNAME', 'mode_fuel' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.mode_fuel_or_unknown(portemis.vessel, text, double precision, double precision, boolean, boolean, text, double precision, double precision, boolean, boolean) IS
    'Support function of ais_fuel: the fuel (t by fuel code) of the engine runs of mode_emissions_or_unknown: energy x BSFC x the CO2 low-load adjustment';

CREATE FUNCTION @extschema@.ais_fuel(v portemis.vessel, a portemis.ais_interval,
    sea_margin_pct double precision DEFAULT 0, shore_power boolean DEFAULT false)
RETURNS jsonb
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- one expression, so that PostgreSQL inlines it (as ais_emissions); the NOx tier does not change the fuel
    SELECT CASE WHEN @extschema@.ais_mode(v, a, sea_margin_pct) IS NOT NULL THEN
        portemis.mode_fuel_or_unknown(v, @extschema@.ais_mode(v, a, sea_margin_pct), (a).hours, (a).speed_kn,
            coalesce((a).in_eca, true),
            coalesce(shore_power AND @extschema@.ais_mode(v, a, sea_margin_pct) = 'berth' AND (v).shore_power, false),
            NULL, coalesce(sea_margin_pct, 0), portemis.ais_draught(v, a), NULL, true) END;
END;
COMMENT ON FUNCTION @extschema@.ais_fuel(portemis.vessel, portemis.ais_interval, double precision, boolean) IS
    'The fuel (t by fuel code, {"HFO": ..., "MGO": ...}) of the engine runs behind ais_emissions: energy x BSFC (EPA guidance, energy_factor) x the CO2 low-load adjustment; distillate inside an ECA, residual outside (the method''s fuel rule); NULL where ais_emissions is NULL';

-- Voyages: the legs between consecutive port calls, with the fuel of the activity between them.
-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION @extschema@.ais_voyages(track portemis.ais_interval[], v portemis.vessel,
    sea_margin_pct double precision DEFAULT 0)
RETURNS TABLE (leg @extschema@.voyage, origin @extschema@.locode, destination @extschema@.locode,
               departure timestamptz, arrival timestamptz, distance_nm double precision, hours double precision,
               gap_hours double precision, fuel jsonb, fuel_complete boolean)
LANGUAGE sql STABLE PARALLEL SAFE SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    WITH calls AS (
        SELECT c.locode, c.arrival, c.departure, row_number() OVER (ORDER BY c.arrival) AS k
        FROM @extschema@.ais_port_calls(track) c
    ), pieces AS (
        SELECT a.t_start, a.t_end, a.hours, a.distance_nm, a.gap,
               CASE WHEN NOT a.gap THEN @extschema@.ais_fuel(v, a, sea_margin_pct) END AS fuel
        FROM @extschema@.ais_activity(track) a
    ), legs AS (
        SELECT o.locode AS origin, d.locode AS destination, o.departure, d.arrival,
               s.distance_nm, s.gap_hours, s.fuel_complete,
               (SELECT jsonb_object_agg(f.key, f.t)
                FROM (SELECT e.key, sum(e.value::text::double precision) AS t
                      FROM pieces p, jsonb_each(p.fuel) e
                      WHERE p.t_start >= o.departure AND p.t_end <= d.arrival
                      GROUP BY e.key) f) AS fuel
        FROM calls o
        JOIN calls d ON d.k = o.k + 1
        CROSS JOIN LATERAL (
            SELECT coalesce(sum(p.distance_nm), 0) AS distance_nm,
                   coalesce(sum(p.hours) FILTER (WHERE p.gap), 0) AS gap_hours,
                   coalesce(bool_and(NOT p.gap AND p.fuel IS NOT NULL), true) AS fuel_complete
            FROM pieces p
            WHERE p.t_start >= o.departure AND p.t_end <= d.arrival) s
    )
    SELECT CASE WHEN l.fuel_complete AND l.origin IS NOT NULL AND l.destination IS NOT NULL
                THEN @extschema@.voyage((v).imo, l.origin, l.destination, l.departure, l.arrival,
                                        distance_nm => l.distance_nm, fuels => coalesce(
                    -- each fuel with the sulphur the activity method burnt it at (portemis.energy_fuel: 0.1 %
                    -- distillate, 0.5 % residual), not the fuel-based default (the global limit on the date)
                    -- (a gas engine's SO2 is a fixed share of its fuel, its pilot oil, which the fuel-based
                    -- method does not have: LNG keeps the fuel-based default)
                    (SELECT jsonb_object_agg(e.key, CASE WHEN s.sulphur_pct IS NOT NULL AND s.so2_g_per_g_fuel IS NULL
                                                         THEN jsonb_build_object('t', e.value, 'sulphur_pct', s.sulphur_pct)
                                                         ELSE e.value END)
                     FROM jsonb_each(l.fuel) e
                     LEFT JOIN LATERAL (SELECT f.sulphur_pct, f.so2_g_per_g_fuel FROM portemis.energy_fuel f
                                        WHERE f.fuel = e.key ORDER BY f.shipped LIMIT 1) s ON true), '{}')) END,
           l.origin, l.destination, l.departure, l.arrival, l.distance_nm,
           extract(epoch FROM l.arrival - l.departure)::double precision / 3600, l.gap_hours,
           CASE WHEN l.fuel_complete THEN l.fuel END, l.fuel_complete
    FROM legs l
    WHERE l.arrival > l.departure       -- calls that adjoin (port areas that touch) have no leg between them
    ORDER BY l.departure;
END;
COMMENT ON FUNCTION @extschema@.ais_voyages(portemis.ais_interval[], portemis.vessel, double precision) IS
    'The legs of a track between consecutive port calls (ais_port_calls) as voyage values: origin and destination (the port zones'' locode), departure and arrival at the port areas'' boundaries, distance along the track (nm), and the fuel of the activity between them by ais_fuel; a leg with a gap or a piece of unknown fuel has fuel_complete false and no voyage value (its fuel is not wholly known, and a voyage with part of its fuel would undercount)';
-- ---------------------------------------------------------------------------
-- Intensity metrics: CII (MARPOL Annex VI reg. 28), FuelEU Maritime targets,
-- compliance balance and penalty; the corridor registry.
-- ---------------------------------------------------------------------------

-- CII reference lines, MEPC.353(78) (reference lines) and MEPC.354(78)
-- (rating boundaries, given here as exp(d)).
CREATE TABLE portemis.cii_reference_line (
    ship_type      text NOT NULL CHECK (ship_type ~ '^[a-z_]+$'),
    size_min       double precision NOT NULL,
    size_max       double precision NOT NULL CHECK (size_max > size_min),
    size_unit      text NOT NULL CHECK (size_unit IN ('dwt', 'gt')),
    capacity_fixed double precision CHECK (capacity_fixed > 0),
    a              double precision NOT NULL CHECK (a > 0),
    c              double precision NOT NULL CHECK (c >= 0),
    d1             double precision NOT NULL,
    d2             double precision NOT NULL,
    d3             double precision NOT NULL,
    d4             double precision NOT NULL,
    source         text NOT NULL CHECK (source <> ''),
    unconfirmed    text,
    shipped        boolean NOT NULL DEFAULT false,
    CHECK (d1 < d2 AND d2 < d3 AND d3 < d4),
    PRIMARY KEY (ship_type, size_min, shipped)
);
COMMENT ON TABLE portemis.cii_reference_line IS
    'CII reference line a x capacity^-c and rating boundaries exp(d1..d4) by ship type and size band [size_min, size_max) in DWT or GT; capacity_fixed replaces the size where the regulation fixes it';

INSERT INTO portemis.cii_reference_line
    (ship_type, size_min, size_max, size_unit, capacity_fixed, a, c, d1, d2, d3, d4, source, unconfirmed, shipped)
VALUES
 ('bulk_carrier', 279000, 'Infinity', 'dwt', 279000, 4745, 0.622, 0.86, 0.94, 1.06, 1.18, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('bulk_carrier', 0, 279000, 'dwt', NULL, 4745, 0.622, 0.86, 0.94, 1.06, 1.18, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('gas_carrier', 65000, 'Infinity', 'dwt', NULL, 14405E7, 2.071, 0.81, 0.91, 1.12, 1.44, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('gas_carrier', 0, 65000, 'dwt', NULL, 8104, 0.639, 0.85, 0.95, 1.06, 1.25, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('tanker', 0, 'Infinity', 'dwt', NULL, 5247, 0.610, 0.82, 0.93, 1.08, 1.28, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('container_ship', 0, 'Infinity', 'dwt', NULL, 1984, 0.489, 0.83, 0.94, 1.07, 1.19, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('general_cargo', 20000, 'Infinity', 'dwt', NULL, 31948, 0.792, 0.83, 0.94, 1.06, 1.19, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('general_cargo', 0, 20000, 'dwt', NULL, 588, 0.3885, 0.83, 0.94, 1.06, 1.19, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('refrigerated_cargo', 0, 'Infinity', 'dwt', NULL, 4600, 0.557, 0.78, 0.91, 1.07, 1.20, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('combination_carrier', 0, 'Infinity', 'dwt', NULL, 5119, 0.622, 0.87, 0.96, 1.06, 1.14, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('lng_carrier', 100000, 'Infinity', 'dwt', NULL, 9.827, 0.000, 0.89, 0.98, 1.06, 1.13, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('lng_carrier', 65000, 100000, 'dwt', NULL, 14479E10, 2.673, 0.78, 0.92, 1.10, 1.37, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('lng_carrier', 0, 65000, 'dwt', 65000, 14779E10, 2.673, 0.78, 0.92, 1.10, 1.37, 'MEPC.353(78), MEPC.354(78)', 'a = 14779E10 unconfirmed; another source gives 14479E10', true),
 ('ro_ro_vehicle', 57700, 'Infinity', 'gt', 57700, 3627, 0.590, 0.86, 0.94, 1.06, 1.16, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('ro_ro_vehicle', 30000, 57700, 'gt', NULL, 3627, 0.590, 0.86, 0.94, 1.06, 1.16, 'MEPC.353(78), MEPC.354(78)', 'a = 3627 unconfirmed; another source gives 5739', true),
 ('ro_ro_vehicle', 0, 30000, 'gt', NULL, 330, 0.329, 0.86, 0.94, 1.06, 1.16, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('ro_ro_cargo', 0, 'Infinity', 'gt', NULL, 1967, 0.485, 0.76, 0.89, 1.08, 1.27, 'MEPC.353(78), MEPC.354(78)', 'capacity GT unconfirmed', true),
 ('ro_ro_passenger', 0, 'Infinity', 'gt', NULL, 2023, 0.460, 0.76, 0.92, 1.14, 1.30, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('ro_ro_passenger_hsc', 0, 'Infinity', 'gt', NULL, 4196, 0.460, 0.76, 0.92, 1.14, 1.30, 'MEPC.353(78), MEPC.354(78)', NULL, true),
 ('cruise_passenger', 0, 'Infinity', 'gt', NULL, 930, 0.383, 0.87, 0.95, 1.06, 1.16, 'MEPC.353(78), MEPC.354(78)', NULL, true);

CREATE TABLE portemis.cii_reduction (
    year        integer NOT NULL CHECK (year BETWEEN 2019 AND 2100),
    z_pct       double precision NOT NULL CHECK (z_pct >= 0 AND z_pct < 100),
    source      text NOT NULL CHECK (source <> ''),
    unconfirmed text,
    shipped     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (year, shipped)
);
COMMENT ON TABLE portemis.cii_reduction IS 'CII reduction factor Z (%) below the 2019 reference line, by year';
INSERT INTO portemis.cii_reduction (year, z_pct, source, unconfirmed, shipped) VALUES
 (2019, 0, 'MEPC.338(76): 2019 is the reference year of the reference lines (MEPC.353(78))', NULL, true),
 (2020, 1, 'MEPC.338(76) Table 1', NULL, true),
 (2021, 2, 'MEPC.338(76) Table 1', NULL, true),
 (2022, 3, 'MEPC.338(76) Table 1', NULL, true),
 (2023, 5, 'MEPC.338(76)', NULL, true),
 (2024, 7, 'MEPC.338(76)', NULL, true),
 (2025, 9, 'MEPC.338(76)', NULL, true),
 (2026, 11, 'MEPC.338(76)', NULL, true),
 (2027, 13.625, '2025 amendment to MEPC.338(76)', 'unconfirmed', true),
 (2028, 16.25, '2025 amendment to MEPC.338(76)', 'unconfirmed', true),
 (2029, 18.875, '2025 amendment to MEPC.338(76)', 'unconfirmed', true),
 (2030, 21.5, '2025 amendment to MEPC.338(76)', 'unconfirmed', true);

-- The reference line row for a ship (user rows first: they override).
-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION portemis.cii_line(ship_type text, dwt double precision, gt double precision)
RETURNS portemis.cii_reference_line
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    line portemis.cii_reference_line;
    v_code text := @extschema@.ship_type(cii_line.ship_type);
    v_cii text;
    known text;
BEGIN
    SELECT t.cii_type INTO v_cii FROM portemis.ship_type t WHERE t.code = v_code ORDER BY t.shipped LIMIT 1;
    IF v_cii IS NULL THEN
        SELECT string_agg(DISTINCT t.code, ', ') INTO known FROM portemis.ship_type t WHERE t.cii_type IS NOT NULL;
        RAISE EXCEPTION 'the CII does not apply to ship type %', v_code
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'MARPOL Annex VI reg. 28 rates: ' || known || '.';
    END IF;
    SELECT l.* INTO line FROM portemis.cii_reference_line l
    WHERE l.ship_type = v_cii
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END >= l.size_min
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END > 0
      AND CASE l.size_unit WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END < l.size_max
    ORDER BY l.shipped LIMIT 1;
    IF NOT FOUND THEN
        SELECT l.size_unit INTO known FROM portemis.cii_reference_line l WHERE l.ship_type = v_cii LIMIT 1;
        IF known IS NULL THEN
            RAISE EXCEPTION 'no CII reference line for % in portemis.cii_reference_line', v_cii
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RAISE EXCEPTION 'the CII of a % needs its % (a positive number), got %', v_code, upper(known),
            CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END
            USING ERRCODE = CASE WHEN (CASE known WHEN 'dwt' THEN cii_line.dwt ELSE cii_line.gt END) IS NULL
                                 THEN 'null_value_not_allowed' ELSE 'numeric_value_out_of_range' END;
    END IF;
    RETURN line;
END $$;
COMMENT ON FUNCTION portemis.cii_line(text, double precision, double precision) IS
    'The CII reference line and rating boundaries (table cii_reference_line) of a ship type and size';

CREATE FUNCTION @extschema@.cii_capacity(ship_type text, dwt double precision, gt double precision)
RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(l.capacity_fixed, CASE l.size_unit WHEN 'dwt' THEN dwt ELSE gt END)
    FROM portemis.cii_line(ship_type, dwt, gt) l;
END;
COMMENT ON FUNCTION @extschema@.cii_capacity(text, double precision, double precision) IS
    'The CII capacity of a ship: DWT or GT by ship type, fixed at 279,000 DWT (bulk), 65,000 DWT (LNG) or 57,700 GT (vehicle carriers) above those sizes';

CREATE FUNCTION @extschema@.cii_reference(ship_type text, dwt double precision, gt double precision)
RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT l.a * power(coalesce(l.capacity_fixed, CASE l.size_unit WHEN 'dwt' THEN dwt ELSE gt END), -l.c)
    FROM portemis.cii_line(ship_type, dwt, gt) l;
END;
COMMENT ON FUNCTION @extschema@.cii_reference(text, double precision, double precision) IS
    'CII reference value a x capacity^-c (g CO2 per capacity-nm), MEPC.353(78)';

-- (SET citus.allow_nested_distributed_execution: it reads registry tables, Citus reference tables on a
-- cluster, inside the workers' shard queries: src/sql/92_citus.sql)
CREATE FUNCTION portemis.cii_reduction_pct(year integer) RETURNS double precision
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp SET citus.allow_nested_distributed_execution = on AS $$
DECLARE
    z double precision;
BEGIN
    SELECT r.z_pct INTO z FROM portemis.cii_reduction r WHERE r.year = cii_reduction_pct.year ORDER BY r.shipped LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no CII reduction factor is adopted for %', year
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'Adopted: 2019 (the reference year) to 2026 (MEPC.338(76)); 2027 to 2030 as amended in 2025. Add a row to portemis.cii_reduction for others.';
    END IF;
    RETURN z;
END $$;
COMMENT ON FUNCTION portemis.cii_reduction_pct(integer) IS
    'Reduction factor Z (%) of a year (table cii_reduction); an error for years without an adopted factor';

CREATE FUNCTION @extschema@.cii_required(ship_type text, dwt double precision, gt double precision, year integer)
RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
RETURN (1 - portemis.cii_reduction_pct(year) / 100) * @extschema@.cii_reference(ship_type, dwt, gt);
COMMENT ON FUNCTION @extschema@.cii_required(text, double precision, double precision, integer) IS
    'Required CII of a year: (1 - Z/100) x reference (g CO2 per capacity-nm), MARPOL Annex VI reg. 28';

-- An argument out of its range: 22003 naming it.  IMMUTABLE, as its callers are: the CASE that calls it
-- decides, and is folded at plan time only where the branch is taken anyway.
CREATE FUNCTION portemis.bad_argument(name text, value double precision, must text) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% must be %, got %', name, must, value USING ERRCODE = 'numeric_value_out_of_range';
END $$;
COMMENT ON FUNCTION portemis.bad_argument(text, double precision, text) IS
    'Support function of the metric functions (cii_rating, FuelEU): raises 22003 naming an argument out of its range';

CREATE FUNCTION @extschema@.cii_rating(ship_type text, dwt double precision, gt double precision, year integer,
    attained double precision)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- the boundaries are required x exp(d), with required computed as cii_required does, so an attained
    -- value of cii_required(...) x exp(d) is exactly on its boundary and takes the worse rating
    SELECT CASE WHEN attained IS NULL OR attained = 'NaN'::float8 THEN NULL      -- unknown: no rating
                WHEN NOT (attained >= 0 AND attained < 'Infinity')
                THEN portemis.bad_argument('attained (g CO2 per capacity-nm)', attained, 'a finite number >= 0 (NULL or NaN: unknown)')::text
                WHEN q.required IS NULL THEN NULL                                  -- the year is unknown
                WHEN attained < q.required * l.d1 THEN 'A' WHEN attained < q.required * l.d2 THEN 'B'
                WHEN attained < q.required * l.d3 THEN 'C' WHEN attained < q.required * l.d4 THEN 'D'
                ELSE 'E' END
    FROM portemis.cii_line(ship_type, dwt, gt) l,
         LATERAL (SELECT (1 - portemis.cii_reduction_pct(year) / 100)
                         * (l.a * power(coalesce(l.capacity_fixed, CASE l.size_unit WHEN 'dwt' THEN dwt ELSE gt END), -l.c)) AS required) q;
END;
COMMENT ON FUNCTION @extschema@.cii_rating(text, double precision, double precision, integer, double precision) IS
    'CII rating A-E of an attained CII: below required x exp(d1) A, d2 B, d3 C, d4 D, else E; exactly on a boundary (cii_required(...) x exp(d)) the worse rating; NULL for an unknown (NULL or NaN) attained CII or a NULL year, 22003 for a negative or infinite one';

-- FuelEU Maritime (Regulation (EU) 2023/1805) Article 4 and Annex IV.
CREATE FUNCTION @extschema@.fueleu_target(year integer) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- reference 91.16 gCO2e/MJ reduced by 2 % from 2025, 6 % from 2030, 14.5 % from 2035,
    -- 31 % from 2040, 62 % from 2045, 80 % from 2050 (Article 4(2))
    IF year < 2025 THEN
        RAISE EXCEPTION 'FuelEU Maritime sets no GHG intensity target before 2025, got %', year
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN 91.16 * (1 - CASE WHEN year >= 2050 THEN 0.80 WHEN year >= 2045 THEN 0.62 WHEN year >= 2040 THEN 0.31
                             WHEN year >= 2035 THEN 0.145 WHEN year >= 2030 THEN 0.06 ELSE 0.02 END);
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_target(integer) IS
    'FuelEU Maritime GHG intensity limit of a year, gCO2e/MJ: 91.16 reduced by 2 % (2025), 6 % (2030), 14.5 % (2035), 31 % (2040), 62 % (2045), 80 % (2050)';

CREATE FUNCTION @extschema@.fueleu_balance_t(ghg_intensity double precision, energy_mj double precision, year integer)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN NOT (ghg_intensity > '-Infinity' AND ghg_intensity < 'Infinity')
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, 'a finite number')
            WHEN NOT (energy_mj >= 0 AND energy_mj < 'Infinity')
            THEN portemis.bad_argument('energy_mj', energy_mj, 'a finite number >= 0')
            ELSE (@extschema@.fueleu_target(year) - ghg_intensity) * energy_mj / 1e6 END;
COMMENT ON FUNCTION @extschema@.fueleu_balance_t(double precision, double precision, integer) IS
    'FuelEU compliance balance (Annex IV), t CO2e: (target - actual gCO2e/MJ) x energy in scope (MJ) / 1e6; negative is a deficit';

CREATE FUNCTION @extschema@.fueleu_penalty_eur(balance_t double precision, ghg_intensity double precision,
    consecutive_deficit_years integer DEFAULT 1)
RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN NOT (balance_t > '-Infinity' AND balance_t < 'Infinity')
            THEN portemis.bad_argument('balance_t', balance_t, 'a finite number')
            WHEN consecutive_deficit_years < 1
            THEN portemis.bad_argument('consecutive_deficit_years', consecutive_deficit_years, 'at least 1')
            WHEN NOT (ghg_intensity > '-Infinity' AND ghg_intensity < 'Infinity')
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, 'a finite number')
            WHEN balance_t >= 0 THEN 0
            -- a deficit: the actual intensity is above the target, so it is > 0 unless the arguments disagree
            WHEN ghg_intensity <= 0
            THEN portemis.bad_argument('ghg_intensity (g CO2e/MJ)', ghg_intensity, '> 0 with a deficit (the penalty divides by it)')
            ELSE abs(balance_t) * 1e6 / (ghg_intensity * 41000) * 2400
                 * (1 + (consecutive_deficit_years - 1) / 10.0) END;
COMMENT ON FUNCTION @extschema@.fueleu_penalty_eur(double precision, double precision, integer) IS
    'FuelEU penalty (Annex IV), EUR: |balance| / (actual x 41,000 MJ/t VLSFO) x 2,400 EUR/t, x (1 + (n - 1)/10) for the n-th consecutive deficit year; 0 without deficit';

-- EU and EEA states (FuelEU Article 2 scope: ports "under the jurisdiction of a Member State"): ISO 3166-1
-- codes of the UN/LOCODE.  Parts of member states with codes of their own are EU territory too: the French
-- outermost regions Guadeloupe GP, French Guiana GF, Martinique MQ, Mayotte YT, Reunion RE and Saint-Martin MF
-- (TFEU Articles 349 and 355(1); the Azores, Madeira and the Canary Islands are PT and ES) and the Aland
-- Islands AX (TFEU Article 355(4)).  Their derogations are not modelled (README, EU ETS).
CREATE FUNCTION @extschema@.is_eu_eea_port(code @extschema@.locode) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.country_code($1) = ANY (ARRAY['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR',
    'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
    'GP', 'GF', 'MQ', 'YT', 'RE', 'MF', 'AX']);
COMMENT ON FUNCTION @extschema@.is_eu_eea_port(@extschema@.locode) IS
    'True for a port in an EU member state (27, with the French outermost regions GP GF MQ YT RE MF and the Aland Islands AX, which have UN/LOCODE countries of their own) or an EEA state (Iceland, Liechtenstein, Norway)';

CREATE FUNCTION @extschema@.fueleu_scope(v @extschema@.voyage) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN @extschema@.is_eu_eea_port(@extschema@.origin($1)) AND @extschema@.is_eu_eea_port(@extschema@.destination($1)) THEN 1.0
            WHEN @extschema@.is_eu_eea_port(@extschema@.origin($1)) OR @extschema@.is_eu_eea_port(@extschema@.destination($1)) THEN 0.5
            ELSE 0.0 END;
COMMENT ON FUNCTION @extschema@.fueleu_scope(@extschema@.voyage) IS
    'Share of a voyage in scope of FuelEU Maritime (Regulation (EU) 2023/1805 Article 2) and of the EU ETS (Directive 2003/87/EC Article 3ga): 1 between EU/EEA ports, 0.5 from or to one, 0 otherwise';

-- EU ETS for maritime transport: Directive 2003/87/EC as amended by Directive (EU) 2023/959.
CREATE FUNCTION @extschema@.eu_ets_surrender_share(year integer) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF year < 2024 THEN
        RAISE EXCEPTION 'the EU ETS covers maritime emissions from 2024, got %', year
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Article 3gb: 40 % of the verified emissions of 2024, 70 % of 2025, 100 % from 2026
    RETURN CASE year WHEN 2024 THEN 0.40 WHEN 2025 THEN 0.70 ELSE 1.0 END;
END $$;
COMMENT ON FUNCTION @extschema@.eu_ets_surrender_share(integer) IS
    'Share of a year''s in-scope maritime emissions for which allowances are surrendered (Directive 2003/87/EC Article 3gb): 0.40 for 2024, 0.70 for 2025, 1 from 2026';

CREATE FUNCTION portemis.bad_scope(scope double precision) RETURNS double precision
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'scope must lie between 0 and 1 (the share of the emissions in scope), got %', scope
        USING ERRCODE = 'numeric_value_out_of_range';
END $$;
COMMENT ON FUNCTION portemis.bad_scope(double precision) IS
    'Support function of eu_ets_allowances: raises 22003 for a scope outside 0..1';

CREATE FUNCTION @extschema@.eu_ets_allowances(e @extschema@.emissions, scope double precision, year integer,
    gwp text DEFAULT 'AR5') RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN NOT (scope >= 0 AND scope <= 1) THEN portemis.bad_scope(scope)
            -- nothing in scope owes nothing, whatever is unknown (the GWP set is still checked)
            WHEN scope = 0 THEN 0 * @extschema@.co2e_t('CO2=0, CH4=0, N2O=0'::@extschema@.emissions, gwp)
            -- CH4 and N2O count from 2026 (Annex I as amended); before, CO2 alone (the GWP set still checked)
            ELSE scope * @extschema@.eu_ets_surrender_share(year)
                 * CASE WHEN year >= 2026 THEN @extschema@.co2e_t($1, gwp)
                        WHEN @extschema@.co2e_t('CO2=0, CH4=0, N2O=0'::@extschema@.emissions, gwp) = 0
                        THEN @extschema@.tonnes($1, 'CO2') END END;
COMMENT ON FUNCTION @extschema@.eu_ets_allowances(@extschema@.emissions, double precision, integer, text) IS
    'EU ETS allowances (t CO2e) to surrender for emissions of a year: scope (0.5 or 1, Article 3ga) x surrender share (Article 3gb) x CO2, and from 2026 CO2e with CH4 and N2O (Annex I as amended; NULL if they are unknown); 0 with scope 0; multiply by the allowance price for a cost';

CREATE FUNCTION @extschema@.eu_ets_allowances(v @extschema@.voyage, year integer, factor_set text DEFAULT 'fueleu',
    gwp text DEFAULT 'AR5') RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
RETURN @extschema@.eu_ets_allowances(@extschema@.voyage_emissions($1, factor_set), @extschema@.fueleu_scope($1), year, gwp);
COMMENT ON FUNCTION @extschema@.eu_ets_allowances(@extschema@.voyage, integer, text, text) IS
    'EU ETS allowances (t CO2e) for a voyage reported in a year: its emissions (factor set, default fueleu: CH4 includes LNG slip), its scope (1 between EU/EEA ports, 0.5 from or to one, 0 otherwise) and the year''s surrender share';
-- ---------------------------------------------------------------------------
-- Corridors and the corridor aggregates.
-- ---------------------------------------------------------------------------

CREATE TABLE portemis.corridor (
    name        text PRIMARY KEY CHECK (name <> ''),
    description text NOT NULL,
    source      text NOT NULL CHECK (source <> ''),
    shipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE portemis.corridor IS 'Named shipping corridors between two port groups, served in both directions';

CREATE TABLE portemis.corridor_port (
    corridor text NOT NULL REFERENCES portemis.corridor (name) ON UPDATE CASCADE,
    side     text NOT NULL CHECK (side IN ('a', 'b')),
    locode   @extschema@.locode NOT NULL,
    shipped  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (corridor, side, locode)
);
COMMENT ON TABLE portemis.corridor_port IS 'The ports of each end (side a, side b) of a corridor';

INSERT INTO portemis.corridor VALUES
 ('LA-Shanghai', 'Los Angeles/Long Beach - Shanghai green shipping corridor', 'Port of Los Angeles and Port of Shanghai green shipping corridor partnership (2022)', true),
 ('LA-Singapore', 'Los Angeles/Long Beach - Singapore green and digital shipping corridor', 'Ports of Los Angeles and Long Beach with the Maritime and Port Authority of Singapore (2022)', true),
 ('LA-Tokyo', 'Los Angeles/Long Beach - Tokyo green shipping corridor', 'Port of Los Angeles and Port of Tokyo green shipping corridor agreement', true),
 ('LA-Yokohama', 'Los Angeles/Long Beach - Yokohama green shipping corridor', 'Port of Los Angeles and Port of Yokohama green shipping corridor agreement', true);
INSERT INTO portemis.corridor_port VALUES
 ('LA-Shanghai', 'a', 'USLAX', true), ('LA-Shanghai', 'a', 'USLGB', true), ('LA-Shanghai', 'b', 'CNSHA', true),
 ('LA-Singapore', 'a', 'USLAX', true), ('LA-Singapore', 'a', 'USLGB', true), ('LA-Singapore', 'b', 'SGSIN', true),
 ('LA-Tokyo', 'a', 'USLAX', true), ('LA-Tokyo', 'a', 'USLGB', true), ('LA-Tokyo', 'b', 'JPTYO', true),
 ('LA-Yokohama', 'a', 'USLAX', true), ('LA-Yokohama', 'a', 'USLGB', true), ('LA-Yokohama', 'b', 'JPYOK', true);

CREATE FUNCTION @extschema@.corridor_of(v @extschema@.voyage) RETURNS text
    AS 'MODULE_PATHNAME', 'voyage_corridor_of' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.corridor_of(@extschema@.voyage) IS
    'The corridor (table corridor_port) whose two ends the voyage joins, in either direction, its ports also known by their aliases (port_alias); a pair of ports you map overrides a shipped corridor''s, two of yours (or two shipped) for one pair are an error; NULL if none';

CREATE TYPE portemis.corridor_summary AS (
    voyages                     bigint,
    distance_nm                 double precision,
    hours_under_way             double precision,
    fuel_t                      double precision,
    energy_mj                   double precision,
    emissions                   @extschema@.emissions,
    co2e_ttw_t                  double precision,
    co2e_wtw_t                  double precision,
    transport_work_tnm          double precision,
    eeoi_g_per_tnm              double precision,
    ghg_intensity_gco2e_per_mj  double precision,
    zero_low_carbon_share       double precision
);
COMMENT ON TYPE portemis.corridor_summary IS
    'Result of corridor_summary(voyage): sums over voyages; CO2e tank-to-wake and well-to-wake per FuelEU Annex I (t); EEOI in g CO2 per t nm; GHG intensity in gCO2e/MJ; share of energy from zero/low-carbon fuels';

CREATE FUNCTION portemis.corridor_state_combine(double precision[], double precision[]) RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.corridor_state_combine(double precision[], double precision[]) IS
    'Combine function of the corridor aggregates: element-wise sum of two partial states';
CREATE FUNCTION portemis.corridor_summary_accum(double precision[], @extschema@.voyage) RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.corridor_summary_accum(double precision[], @extschema@.voyage) IS
    'Transition function of corridor_summary(voyage)';
CREATE FUNCTION portemis.corridor_summary_accum(double precision[], @extschema@.voyage, text) RETURNS double precision[]
    AS 'MODULE_PATHNAME', 'corridor_summary_accum_set' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.corridor_summary_accum(double precision[], @extschema@.voyage, text) IS
    'Transition function of corridor_summary(voyage, factor_set)';
CREATE FUNCTION portemis.corridor_summary_final(double precision[]) RETURNS portemis.corridor_summary
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.corridor_summary_final(double precision[]) IS
    'Final function of corridor_summary';

CREATE AGGREGATE @extschema@.corridor_summary(v @extschema@.voyage) (
    SFUNC = portemis.corridor_summary_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.corridor_summary_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.corridor_summary(@extschema@.voyage) IS
    'Summary of voyages: counts, distance, hours, fuel, energy, emissions (session factor set), CO2e TtW/WtW and intensity (fueleu set), transport work, EEOI, zero/low-carbon share';

CREATE AGGREGATE @extschema@.corridor_summary(v @extschema@.voyage, factor_set text) (
    SFUNC = portemis.corridor_summary_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.corridor_summary_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.corridor_summary(@extschema@.voyage, text) IS
    'corridor_summary with one factor set for every quantity';

CREATE FUNCTION portemis.eeoi_accum(double precision[], @extschema@.voyage) RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.eeoi_accum(double precision[], @extschema@.voyage) IS 'Transition function of eeoi';
CREATE FUNCTION portemis.eeoi_final(double precision[]) RETURNS double precision
    AS 'MODULE_PATHNAME', 'ratio_final' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.eeoi_final(double precision[]) IS 'Final function of eeoi';
CREATE AGGREGATE @extschema@.eeoi(v @extschema@.voyage) (
    SFUNC = portemis.eeoi_accum,
    STYPE = double precision[],
    INITCOND = '{0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.eeoi_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.eeoi(@extschema@.voyage) IS
    'EEOI (MEPC.1/Circ.684), g CO2 per t nm: sum of CO2 over sum of cargo x distance of the voyages with known cargo and distance; a ballast leg adds CO2, not work';

CREATE FUNCTION portemis.cii_attained_accum(double precision[], @extschema@.voyage, double precision) RETURNS double precision[]
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION portemis.cii_attained_accum(double precision[], @extschema@.voyage, double precision) IS 'Transition function of cii_attained';
CREATE FUNCTION portemis.cii_attained_final(double precision[]) RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION portemis.cii_attained_final(double precision[]) IS 'Final function of cii_attained';
CREATE AGGREGATE @extschema@.cii_attained(v @extschema@.voyage, capacity double precision) (
    SFUNC = portemis.cii_attained_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.cii_attained_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.cii_attained(@extschema@.voyage, double precision) IS
    'Attained CII (AER form), g CO2 per capacity nm: sum of CO2 / (capacity x sum of distance) over a ship''s voyages; one capacity per group';

-- FuelEU compliance balance of a set of voyages: the in-scope share of each
-- voyage's energy and emissions (fueleu factors), balanced against a year's target.
-- The state {in-scope MJ, in-scope gCO2e, year}, checked: a role may call the support functions by hand.
CREATE FUNCTION portemis.fueleu_balance_state(s double precision[]) RETURNS double precision[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF s IS NULL THEN
        RAISE EXCEPTION 'fueleu_balance_t state must not be NULL' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF array_ndims(s) IS DISTINCT FROM 1 OR array_lower(s, 1) <> 1 OR array_length(s, 1) <> 3 THEN
        RAISE EXCEPTION 'fueleu_balance_t state must be a float8[3] {in-scope MJ, in-scope gCO2e, year}, got %', s
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- energy: NULL once a voyage's fuel is unknown, else a sum of non-negative amounts
    IF s[1] < 0 OR s[1] = 'Infinity' OR s[1] = 'NaN' OR s[2] IN ('Infinity', '-Infinity', 'NaN') THEN
        RAISE EXCEPTION 'fueleu_balance_t state is not one the aggregate builds (in-scope MJ %, gCO2e %)', s[1], s[2]
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF s[3] IS NULL OR s[3] <> trunc(s[3]) OR NOT (s[3] BETWEEN 0 AND 2147483647) THEN
        RAISE EXCEPTION 'fueleu_balance_t state has no valid year: %', s[3] USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN s;
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_state(double precision[]) IS
    'Support function of fueleu_balance_t: its state {in-scope MJ (NULL: unknown), in-scope gCO2e, year (0: none yet)} checked (22004 NULL, 22023 otherwise) and returned';
CREATE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer) RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    scope double precision;
    energy double precision;
BEGIN
    IF array_ndims($1) IS DISTINCT FROM 1 OR array_length($1, 1) <> 3 OR array_lower($1, 1) <> 1 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- raises, naming what is wrong (the rest: combine, final)
    END IF;
    IF $2 IS NULL OR $3 IS NULL THEN
        RETURN $1;
    END IF;
    IF $3 < 2025 THEN
        PERFORM @extschema@.fueleu_target($3);          -- raises: no target before 2025, naming the year
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- a forged year (NaN, 1e300) is named as such
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $3
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    scope := @extschema@.fueleu_scope($2);
    IF scope = 0 THEN
        RETURN ARRAY[$1[1], $1[2], $3::double precision];    -- out of scope, even with its fuel unknown
    END IF;
    -- NULL for a voyage that does not report its fuel: the balance is then unknown (NULL), not 0
    energy := @extschema@.energy_mj($2, 'fueleu');
    RETURN ARRAY[$1[1] + scope * energy,
                 $1[2] + scope * energy * coalesce(@extschema@.ghg_intensity($2, 'fueleu'), 0),
                 $3::double precision];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer) IS
    'Transition function of fueleu_balance_t: {in-scope MJ, in-scope gCO2e, year}';
CREATE FUNCTION portemis.fueleu_balance_combine(double precision[], double precision[]) RETURNS double precision[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM portemis.fueleu_balance_state($1), portemis.fueleu_balance_state($2);
    IF $1[3] <> 0 AND $2[3] <> 0 AND $1[3] <> $2[3] THEN
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $2[3]::integer
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    RETURN ARRAY[$1[1] + $2[1], $1[2] + $2[2], greatest($1[3], $2[3])];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_combine(double precision[], double precision[]) IS
    'Combine function of fueleu_balance_t';
CREATE FUNCTION portemis.fueleu_balance_final(double precision[]) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (SELECT CASE WHEN c.s[1] > 0 THEN @extschema@.fueleu_balance_t(c.s[2] / c.s[1], c.s[1], c.s[3]::integer) END
        FROM (SELECT portemis.fueleu_balance_state($1) AS s) c);
COMMENT ON FUNCTION portemis.fueleu_balance_final(double precision[]) IS
    'Final function of fueleu_balance_t';
CREATE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer) IS
    'FuelEU compliance balance (t CO2e) of a ship''s voyages in a reporting year: (target - in-scope intensity) x in-scope energy; 100 % of voyages between EU/EEA ports, 50 % of those from or to one; NULL when nothing is in scope (FuelEU does not apply: see the as_if_in_scope form)';

-- The same as if every voyage were fully in scope (a ship outside FuelEU's reach, or a what-if):
-- fueleu_balance_t(v, year, true) (an aggregate takes no named arguments).  Without it, a group with nothing
-- in scope is NULL.
CREATE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN portemis.fueleu_balance_accum($1, $2, $3, $4, 'fueleu');
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean) IS
    'Transition function of fueleu_balance_t(voyage, year, as_if_in_scope): every voyage fully in scope when the flag is true';
-- With a factor set of the user's (a copy of fueleu with certified biofuel batches): its energy and
-- well-to-wake intensity.  (The form without a set, the common case, keeps its own body: a second plpgsql
-- call per row costs 5-15 %.)
CREATE FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean, text)
RETURNS double precision[]
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    scope double precision;
    energy double precision;
BEGIN
    IF array_ndims($1) IS DISTINCT FROM 1 OR array_length($1, 1) <> 3 OR array_lower($1, 1) <> 1 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- raises, naming what is wrong (the rest: combine, final)
    END IF;
    IF $2 IS NULL OR $3 IS NULL THEN
        RETURN $1;
    END IF;
    IF $3 < 2025 THEN
        PERFORM @extschema@.fueleu_target($3);          -- raises: no target before 2025, naming the year
    END IF;
    IF $1[3] <> 0 AND $1[3] <> $3 THEN
        PERFORM portemis.fueleu_balance_state($1);      -- a forged year (NaN, 1e300) is named as such
        RAISE EXCEPTION 'fueleu_balance_t needs one reporting year per group: got % and %', $1[3]::integer, $3
            USING ERRCODE = 'invalid_parameter_value', HINT = 'Group by year.';
    END IF;
    scope := CASE WHEN coalesce($4, false) THEN 1 ELSE @extschema@.fueleu_scope($2) END;
    IF scope = 0 THEN
        RETURN ARRAY[$1[1], $1[2], $3::double precision];    -- out of scope, even with its fuel unknown
    END IF;
    -- NULL for a voyage that does not report its fuel: the balance is then unknown (NULL), not 0
    energy := @extschema@.energy_mj($2, coalesce($5, 'fueleu'));
    RETURN ARRAY[$1[1] + scope * energy,
                 $1[2] + scope * energy * coalesce(@extschema@.ghg_intensity($2, coalesce($5, 'fueleu')), 0),
                 $3::double precision];
END $$;
COMMENT ON FUNCTION portemis.fueleu_balance_accum(double precision[], @extschema@.voyage, integer, boolean, text) IS
    'Transition function of fueleu_balance_t(voyage, year, as_if_in_scope, factor_set): energy and intensity with that set (NULL: fueleu)';
CREATE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer, as_if_in_scope boolean) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer, boolean) IS
    'FuelEU compliance balance (t CO2e) of a ship''s voyages in a reporting year, with every voyage fully in scope when as_if_in_scope (else as fueleu_balance_t(voyage, year))';
CREATE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer, as_if_in_scope boolean, factor_set text) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.fueleu_balance_t(@extschema@.voyage, integer, boolean, text) IS
    'FuelEU compliance balance (t CO2e) with the energy and well-to-wake intensity of a factor set of yours (a copy of fueleu with certified biofuel batches; NULL: fueleu): fueleu_balance_t(v, 2025, false, ''my_set'')';

CREATE FUNCTION @extschema@.voyage_with_fuel(v @extschema@.voyage, from_fuel text, to_fuel text, factor_set text DEFAULT 'fueleu')
RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.voyage_with_fuel(@extschema@.voyage, text, text, text) IS
    'What if: the voyage with from_fuel replaced by to_fuel at equal energy (tonnes x LCV ratio of factor_set)';
CREATE FUNCTION @extschema@.voyage_slow_steamed(v @extschema@.voyage, speed_reduction_pct double precision)
RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.voyage_slow_steamed(@extschema@.voyage, double precision) IS
    'What if: the voyage x % slower over the same distance; fuel x (1 - x/100)^2 (propeller law: power ~ speed^3, time ~ 1/speed), duration / (1 - x/100)';
-- ---------------------------------------------------------------------------
-- FuelEU Maritime flexibility (Regulation (EU) 2023/1805): banking and borrowing
-- between a ship's reporting periods (Article 20) and pooling of ships'
-- compliance balances (Article 21(4)), over compliance balances in t CO2e as
-- fueleu_balance_t returns them (positive: a surplus).  The text of Article 20
-- and Article 21(4) was checked only against a secondary verbatim quote
-- (bettersea.tech), not against the Official Journal.  Amounts are compared
-- with a tolerance of 1e-6 t (1 g CO2e).  The method: docs/metrics.md.
-- ---------------------------------------------------------------------------

-- The borrowing limit (a) of Article 20: 2 % of the GHG intensity limit of Article 4(2) times the energy
-- used (Annex I); gCO2e/MJ x MJ / 1e6 = t CO2e, the conversion of fueleu_balance_t.
CREATE FUNCTION @extschema@.fueleu_borrow_limit_t(energy_mj double precision, year integer)
RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (energy_mj >= 0 AND energy_mj < 'Infinity'::double precision) THEN
        RAISE EXCEPTION 'energy_mj must be a finite non-negative number (MJ), got %', energy_mj
            USING ERRCODE = 'numeric_value_out_of_range';
    END IF;
    RETURN 0.02 * @extschema@.fueleu_target(year) * energy_mj / 1e6;
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_borrow_limit_t(double precision, integer) IS
    'FuelEU borrowing limit, t CO2e: the largest advance compliance surplus a ship may borrow for a year, 2 % x the GHG intensity limit of the year (fueleu_target, gCO2e/MJ) x the ship''s energy in scope (MJ) / 1e6 (Regulation (EU) 2023/1805 Article 20, limit (a); text checked only against a secondary verbatim quote, bettersea.tech)';

-- One reporting period of a ship's FuelEU ledger (fueleu_ledger).
CREATE TYPE portemis.fueleu_period AS (
    year                      integer,
    balance_t                 double precision,
    banked_in_t               double precision,
    repaid_t                  double precision,
    borrowed_t                double precision,
    borrow_limit_t            double precision,
    banked_t                  double precision,
    final_balance_t           double precision,
    deficit_t                 double precision,
    consecutive_deficit_years integer
);
COMMENT ON TYPE portemis.fueleu_period IS
    'A reporting period of a ship''s FuelEU ledger (fueleu_ledger), t CO2e: balance_t as given; banked_in_t the surplus banked from the previous period (added); repaid_t 1.1 x the advance surplus borrowed in the previous period (subtracted); borrowed_t the advance surplus borrowed from the next period (added); borrow_limit_t the Article 20 limit (a) of the period; banked_t the surplus banked to the next period (taken out); final_balance_t = balance + banked_in - repaid + borrowed - banked, what stays with the period; deficit_t its deficit (0 within 1e-6 t), the one the penalty is computed on; consecutive_deficit_years the n of fueleu_penalty_eur, counted from the ledger''s first year';

CREATE FUNCTION @extschema@.fueleu_ledger(year integer[], balance_t double precision[], energy_mj double precision[],
    bank boolean[] DEFAULT NULL, borrow_t double precision[] DEFAULT NULL)
RETURNS SETOF portemis.fueleu_period
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE ROWS 10 SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tol CONSTANT double precision := 1e-6;     -- t CO2e (1 g): float rounding, never an amount that matters
    n integer;
    k integer;
    y integer;
    b double precision;
    e double precision;
    borrow double precision;
    banking boolean;
    adjusted double precision;
    carried_banked double precision := 0;
    carried_borrowed double precision := 0;
    run integer := 0;
    r portemis.fueleu_period;
BEGIN
    -- NULL arrays give no rows, as a STRICT function would (bank and borrow_t NULL: no choice made)
    IF fueleu_ledger.year IS NULL OR fueleu_ledger.balance_t IS NULL OR fueleu_ledger.energy_mj IS NULL THEN
        RETURN;
    END IF;
    IF array_ndims(fueleu_ledger.year) > 1 OR array_ndims(fueleu_ledger.balance_t) > 1
       OR array_ndims(fueleu_ledger.energy_mj) > 1 OR array_ndims(fueleu_ledger.bank) > 1
       OR array_ndims(fueleu_ledger.borrow_t) > 1 THEN
        RAISE EXCEPTION 'fueleu_ledger needs one-dimensional arrays'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    n := cardinality(fueleu_ledger.year);
    IF cardinality(fueleu_ledger.balance_t) <> n OR cardinality(fueleu_ledger.energy_mj) <> n
       OR cardinality(fueleu_ledger.bank) <> n OR cardinality(fueleu_ledger.borrow_t) <> n THEN
        RAISE EXCEPTION 'fueleu_ledger needs arrays of one length (one element per reporting year): year has %, balance_t %, energy_mj %, bank %, borrow_t %',
            n, cardinality(fueleu_ledger.balance_t), cardinality(fueleu_ledger.energy_mj),
            coalesce(cardinality(fueleu_ledger.bank)::text, 'NULL'), coalesce(cardinality(fueleu_ledger.borrow_t)::text, 'NULL')
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR k IN 1 .. n LOOP
        y := fueleu_ledger.year[array_lower(fueleu_ledger.year, 1) + k - 1];
        b := fueleu_ledger.balance_t[array_lower(fueleu_ledger.balance_t, 1) + k - 1];
        e := fueleu_ledger.energy_mj[array_lower(fueleu_ledger.energy_mj, 1) + k - 1];
        banking := coalesce(fueleu_ledger.bank[array_lower(fueleu_ledger.bank, 1) + k - 1], false);
        borrow := coalesce(fueleu_ledger.borrow_t[array_lower(fueleu_ledger.borrow_t, 1) + k - 1], 0);
        IF y IS NULL THEN
            RAISE EXCEPTION 'fueleu_ledger: year[%] is NULL', k USING ERRCODE = 'null_value_not_allowed';
        END IF;
        IF k > 1 AND y = r.year THEN
            RAISE EXCEPTION 'fueleu_ledger: year % appears twice (one balance per ship and reporting period)', y
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Give one ship''s ledger per call: GROUP BY the ship, and sum its balances of a year first.';
        END IF;
        IF k > 1 AND y::bigint <> r.year::bigint + 1 THEN
            RAISE EXCEPTION 'fueleu_ledger needs consecutive reporting years in ascending order: % follows %', y, r.year
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'Banking and borrowing move a balance to the following reporting period: order the arrays by year (array_agg(... ORDER BY year)) and give a year without activity in scope a balance and energy of 0.';
        END IF;
        IF b IS NULL THEN
            RAISE EXCEPTION 'fueleu_ledger: balance_t[%] (year %) is NULL', k, y
                USING ERRCODE = 'null_value_not_allowed',
                      HINT = 'fueleu_balance_t is NULL for a year with nothing in scope: give such a year a balance and energy of 0 (coalesce).';
        END IF;
        IF NOT (b > '-Infinity'::double precision AND b < 'Infinity'::double precision) THEN
            RAISE EXCEPTION 'fueleu_ledger: balance_t[%] (year %) must be a finite number (t CO2e), got %', k, y, b
                USING ERRCODE = 'numeric_value_out_of_range';
        END IF;
        IF e IS NULL THEN
            RAISE EXCEPTION 'fueleu_ledger: energy_mj[%] (year %) is NULL', k, y USING ERRCODE = 'null_value_not_allowed';
        END IF;
        IF NOT (e >= 0 AND e < 'Infinity'::double precision) THEN
            RAISE EXCEPTION 'fueleu_ledger: energy_mj[%] (year %) must be a finite non-negative number (MJ), got %', k, y, e
                USING ERRCODE = 'numeric_value_out_of_range';
        END IF;
        IF NOT (borrow >= 0 AND borrow < 'Infinity'::double precision) THEN
            RAISE EXCEPTION 'fueleu_ledger: borrow_t[%] (year %) must be a finite non-negative number (t CO2e), got %', k, y, borrow
                USING ERRCODE = 'numeric_value_out_of_range';
        END IF;

        r.year := y;
        r.balance_t := b;
        r.banked_in_t := carried_banked;
        r.repaid_t := carried_borrowed * 11 / 10;       -- x 1.1 (x 11 / 10: 500 gives 550, 100 gives 110, exactly)
        r.borrow_limit_t := @extschema@.fueleu_borrow_limit_t(e, y);     -- raises for a year before 2025
        adjusted := b + r.banked_in_t - r.repaid_t;
        IF banking AND adjusted < 0 THEN
            RAISE EXCEPTION 'fueleu_ledger: year % has a compliance deficit (% t CO2e with what is carried in) and a deficit cannot be banked (Regulation (EU) 2023/1805 Article 20(1): a compliance surplus may be banked)',
                y, adjusted USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF borrow > 0 THEN
            IF carried_borrowed > 0 THEN
                RAISE EXCEPTION 'fueleu_ledger: borrowing in % and % (an advance compliance surplus may not be borrowed for two consecutive reporting periods, Regulation (EU) 2023/1805 Article 20(2)(b))',
                    r.year - 1, y USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF adjusted >= 0 THEN
                RAISE EXCEPTION 'fueleu_ledger: year % has no compliance deficit (% t CO2e with what is carried in) to borrow for (Regulation (EU) 2023/1805 Article 20(2): borrowing needs a compliance deficit)',
                    y, adjusted USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF borrow > -adjusted + tol THEN
                RAISE EXCEPTION 'fueleu_ledger: % t CO2e borrowed in % exceeds the compliance deficit of % t CO2e (Regulation (EU) 2023/1805 Article 20(2): an advance surplus of the corresponding amount)',
                    borrow, y, -adjusted USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF borrow > r.borrow_limit_t + tol THEN
                RAISE EXCEPTION 'fueleu_ledger: % t CO2e borrowed in % exceeds the limit of % t CO2e (Regulation (EU) 2023/1805 Article 20(2)(a): 2 %% of the GHG intensity limit x the energy used)',
                    borrow, y, r.borrow_limit_t USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END IF;
        r.borrowed_t := borrow;
        r.banked_t := CASE WHEN banking THEN adjusted ELSE 0 END;
        r.final_balance_t := adjusted + borrow - r.banked_t;
        r.deficit_t := CASE WHEN r.final_balance_t < -tol THEN -r.final_balance_t ELSE 0 END;
        run := CASE WHEN r.deficit_t > 0 THEN run + 1 ELSE 0 END;
        r.consecutive_deficit_years := run;
        carried_banked := r.banked_t;
        carried_borrowed := borrow;
        RETURN NEXT r;
    END LOOP;
    RETURN;
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_ledger(integer[], double precision[], double precision[], boolean[], double precision[]) IS
    'FuelEU banking and borrowing (Regulation (EU) 2023/1805 Article 20; text checked only against a secondary verbatim quote, bettersea.tech) over one ship''s consecutive reporting years, ascending: balance_t (t CO2e, fueleu_balance_t) and energy_mj (MJ in scope) of each year, and the company''s choices: bank (the whole surplus of the year, with what is carried in, goes to the next year) and borrow_t (t CO2e added now, 1.1 x subtracted next year); NULL choices: none. One row a year (portemis.fueleu_period): what is carried in, the final balance that stays with the year (a deficit is not carried: it is settled by the penalty), deficit_t for fueleu_penalty_eur. Refused (22023): banking a deficit, borrowing without a deficit, above it, above 2 % x fueleu_target x energy (limit (a)) or in two consecutive years (limit (b)), duplicate or non-consecutive years, arrays of different lengths; a NULL (22004) or non-finite (22003) balance or energy, a negative energy or borrow_t (22003); amounts compared within 1e-6 t';

-- The balances of a pool, checked: one dimension, no NULL, finite; returned with lower bound 1.
CREATE FUNCTION portemis.fueleu_pool_values(balances_t double precision[], arg text) RETURNS double precision[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    x double precision;
    k integer := 0;
    result double precision[] := '{}';
BEGIN
    IF array_ndims(balances_t) > 1 THEN
        RAISE EXCEPTION '% must be a one-dimensional array of balances (t CO2e), one per ship', arg
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF cardinality(balances_t) = 0 THEN
        RAISE EXCEPTION '% is empty: a pool needs its ships'' balances (t CO2e)', arg
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOREACH x IN ARRAY balances_t LOOP
        k := k + 1;
        IF x IS NULL THEN
            RAISE EXCEPTION '%[%] is NULL', arg, k USING ERRCODE = 'null_value_not_allowed';
        END IF;
        IF NOT (x > '-Infinity'::double precision AND x < 'Infinity'::double precision) THEN
            RAISE EXCEPTION '%[%] must be a finite number (t CO2e), got %', arg, k, x
                USING ERRCODE = 'numeric_value_out_of_range';
        END IF;
        result := result || x;
    END LOOP;
    RETURN result;
END $$;
COMMENT ON FUNCTION portemis.fueleu_pool_values(double precision[], text) IS
    'Support function of fueleu_pool_check and fueleu_pool_allocate: the balances of a pool (t CO2e) checked (one dimension, not empty: 22023; no NULL: 22004; finite: 22003) and returned with lower bound 1';

-- Neumaier's compensated sum: the pool's total does not depend on the ships' order when balances of very
-- different magnitudes cancel (a plain sum of {1e20, 5, -1e20} is 0, of {1e20, -1e20, 5} is 5).
CREATE FUNCTION portemis.fueleu_pool_sum(balances_t double precision[]) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    x double precision;
    s double precision := 0;
    c double precision := 0;
    t double precision;
BEGIN
    FOREACH x IN ARRAY balances_t LOOP
        t := s + x;
        c := c + CASE WHEN abs(s) >= abs(x) THEN (s - t) + x ELSE (x - t) + s END;
        s := t;
    END LOOP;
    RETURN s + c;
END $$;
COMMENT ON FUNCTION portemis.fueleu_pool_sum(double precision[]) IS
    'Support function of fueleu_pool_check and fueleu_pool_allocate: the sum of balances (t CO2e), compensated (Neumaier) so that it does not depend on their order';

CREATE FUNCTION @extschema@.fueleu_pool_check(before_t double precision[], after_t double precision[],
    OUT valid boolean, OUT failed_rule text)
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tol CONSTANT double precision := 1e-6;     -- t CO2e (1 g): float rounding, never an amount that matters
    b double precision[] := portemis.fueleu_pool_values(before_t, 'before_t');
    a double precision[] := portemis.fueleu_pool_values(after_t, 'after_t');
    n integer := cardinality(b);
    k integer;
    sum_b double precision := portemis.fueleu_pool_sum(b);
    sum_a double precision := portemis.fueleu_pool_sum(a);
    -- the total is kept within 1 g, or where the rounding of an allocation is larger (each share rounds by
    -- up to 2.2e-16 of the balance it scales: about 2e-6 t at 1e10 t), within 1e-15 of the gross balances
    tol_total double precision := greatest(tol, 1e-15 * (SELECT sum(abs(x)) FROM unnest(b) x));
    worse integer := 0;
    worse_first integer;
    lost integer := 0;
    lost_first integer;
    rules text[] := '{}';
BEGIN
    IF cardinality(a) <> n THEN
        RAISE EXCEPTION 'fueleu_pool_check needs one balance per ship before and after the allocation: before_t has %, after_t %',
            n, cardinality(a) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    FOR k IN 1 .. n LOOP
        IF b[k] < 0 AND a[k] < b[k] - tol THEN
            worse := worse + 1;
            worse_first := coalesce(worse_first, k);
        ELSIF b[k] >= 0 AND a[k] < -tol THEN
            lost := lost + 1;
            lost_first := coalesce(lost_first, k);
        END IF;
    END LOOP;
    IF NOT (sum_b > tol) THEN
        rules := rules || format('Article 21(4): the total pooled compliance must be positive, got %s t CO2e', sum_b);
    END IF;
    IF abs(sum_a - sum_b) > tol_total THEN
        rules := rules || format('the allocation must keep the pool''s total: %s t CO2e before, %s t CO2e after', sum_b, sum_a);
    END IF;
    IF worse > 0 THEN
        rules := rules || format('Article 21(4): ship %s had a compliance deficit of %s t CO2e and has a higher one after the allocation, %s t CO2e%s',
                                 worse_first, -b[worse_first], -a[worse_first],
                                 CASE WHEN worse = 2 THEN ', and 1 other ship' WHEN worse > 2 THEN format(', and %s other ships', worse - 1) ELSE '' END);
    END IF;
    IF lost > 0 THEN
        rules := rules || format('Article 21(4): ship %s had no compliance deficit (%s t CO2e) and has a deficit of %s t CO2e after the allocation%s',
                                 lost_first, b[lost_first], -a[lost_first],
                                 CASE WHEN lost = 2 THEN ', and 1 other ship' WHEN lost > 2 THEN format(', and %s other ships', lost - 1) ELSE '' END);
    END IF;
    valid := cardinality(rules) = 0;
    failed_rule := CASE WHEN NOT valid THEN array_to_string(rules, '; ') END;
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_pool_check(double precision[], double precision[]) IS
    'FuelEU pool check (Regulation (EU) 2023/1805 Article 21(4); text checked only against a secondary verbatim quote, bettersea.tech): the ships'' compliance balances (t CO2e, in the same order) before and after the allocation of the pooled compliance; valid, or false with failed_rule naming every rule broken (the first ship, by position, for each): the total must be positive (more than 1e-6 t: a total of 0 is not positive), the allocation must keep the total (within 1e-6 t, or 1e-15 of the sum of the balances'' magnitudes where that is larger), a ship with a deficit may not end with a higher one, a ship without a deficit (a surplus, or exactly 0) may not end with one. Arrays of different lengths, empty or multi-dimensional: 22023; a NULL balance 22004; a non-finite one 22003';

CREATE FUNCTION @extschema@.fueleu_pool_allocate(before_t double precision[]) RETURNS double precision[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    tol CONSTANT double precision := 1e-6;     -- t CO2e (1 g), as fueleu_pool_check
    b double precision[] := portemis.fueleu_pool_values(before_t, 'before_t');
    x double precision;
    total double precision := portemis.fueleu_pool_sum(b);
    surplus double precision := portemis.fueleu_pool_sum(ARRAY(SELECT y FROM unnest(b) y WHERE y > 0));
    share double precision;
    result double precision[] := '{}';
BEGIN
    IF NOT (total > tol) THEN
        RAISE EXCEPTION 'fueleu_pool_allocate: the total pooled compliance is % t CO2e; a pool is valid only if it is positive (Regulation (EU) 2023/1805 Article 21(4))',
            total USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- every deficit brought to 0; every surplus keeps the same share of itself, total / surplus
    share := total / surplus;
    FOREACH x IN ARRAY b LOOP
        result := result || CASE WHEN x > 0 THEN x * share ELSE 0 END;
    END LOOP;
    RETURN result;
END $$;
COMMENT ON FUNCTION @extschema@.fueleu_pool_allocate(double precision[]) IS
    'A valid allocation of a FuelEU pool (Regulation (EU) 2023/1805 Article 21(4); text checked only against a secondary verbatim quote, bettersea.tech): the ships'' compliance balances (t CO2e) after pooling, in the order given: every deficit brought to 0, every surplus reduced in proportion (each ship keeps total / sum of surpluses of its own), so the total is kept and the result does not depend on the order of the ships; a pool whose total is not positive (0 or less, within 1e-6 t) is refused (22023)';
-- ---------------------------------------------------------------------------
-- Every registry table, once: shipped rows protected, user rows dumped by
-- pg_dump, readable by every role, and (for the tables the C code caches)
-- each backend's cache invalidated when a row changes.  Created last, after
-- the shipped rows are in.
-- ---------------------------------------------------------------------------

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        -- table                   cached by the C registry loader (src/pg/registry.c)
        ('factor_set',             true),
        ('fuel_factor',            true),
        ('fuel_pollutant_factor',  true),
        ('fuel_alias',             true),
        ('energy_factor',          true),
        ('energy_fuel',            true),
        ('llaf_coefficient',       true),
        ('auxiliary_power',        true),
        ('transit_speed_ratio',    true),
        ('corridor',               true),
        ('corridor_port',          true),
        ('ship_type',              true),
        ('ship_type_alias',        true),
        ('ais_ship_type',          true),
        ('zone',                   false),
        ('port',                   false),
        ('port_alias',             true),
        ('cii_reference_line',     false),
        ('cii_reduction',          false)) AS r(name, cached)
    LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON portemis.%I '
                       'FOR EACH ROW EXECUTE FUNCTION portemis.protect_shipped_factor()', t.name);
        EXECUTE pg_catalog.format('CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON portemis.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION portemis.protect_shipped_factor()', t.name);
        IF t.cached THEN
            EXECUTE pg_catalog.format('CREATE TRIGGER registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portemis.%I '
                           'FOR EACH STATEMENT EXECUTE FUNCTION portemis.factor_registry_changed()', t.name);
        END IF;
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.format('portemis.%I', t.name)::regclass, 'WHERE NOT shipped');
        EXECUTE pg_catalog.format('GRANT SELECT ON portemis.%I TO PUBLIC', t.name);
    END LOOP;
END $$;
GRANT SELECT ON portemis.emission_factors, portemis.activity_codes TO PUBLIC;
-- ---------------------------------------------------------------------------
-- Citus: the registry the same on every node.  CREATE EXTENSION reaches every
-- node with the shipped rows.  The way since 0.10.0: registry_to_reference_tables()
-- (at the end of this file) makes the registry tables reference tables, which
-- Citus keeps the same on every node.  Before it is run, each node has its own
-- copy of the tables: your rows are copied from the coordinator by
-- registry_sync(), and until they are, the planner check of src/pg/citus.c
-- refuses distributed queries that call portemis, since a worker would compute
-- with rows it does not have.
-- ---------------------------------------------------------------------------

-- Statements that may have changed the registry's user rows: one row each, written by the trigger below
-- as the role that wrote the registry table.  Any role may read the log; a role may add a row only for a
-- registry table it may write (row-level security), so no other role can have distributed queries refused.
-- A statement rolled back leaves no row.
CREATE TABLE portemis.registry_change (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    changed_by name NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE portemis.registry_change IS
    'Citus: one row per statement that wrote a registry table (by its trigger); registry_sync() records the last id it copied';
ALTER TABLE portemis.registry_change ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON portemis.registry_change FOR SELECT TO PUBLIC USING (true);
GRANT SELECT, INSERT ON portemis.registry_change TO PUBLIC;

CREATE TABLE portemis.registry_sync_state (
    one            boolean PRIMARY KEY DEFAULT true CHECK (one),
    synced_changes bigint NOT NULL DEFAULT 0,
    synced_at      timestamptz
);
COMMENT ON TABLE portemis.registry_sync_state IS
    'Citus: the last portemis.registry_change whose registry registry_sync() copied to the workers; distributed queries that call portemis are refused while a later change exists';
INSERT INTO portemis.registry_sync_state DEFAULT VALUES;
GRANT SELECT ON portemis.registry_sync_state TO PUBLIC;

-- The last change: 0 before the first.
CREATE FUNCTION portemis.registry_changes_now() RETURNS bigint
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT coalesce(max(c.id), 0) FROM portemis.registry_change c;
END;
COMMENT ON FUNCTION portemis.registry_changes_now() IS
    'Citus: the id of the last statement that wrote a registry table (portemis.registry_change; 0 before the first)';

CREATE FUNCTION portemis.registry_user_rows_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- on a Citus reference table's shard: Citus writes every node's copy, nothing for registry_sync() to do
    IF portemis._registry_table(TG_RELID) IS DISTINCT FROM TG_TABLE_NAME THEN
        RETURN NULL;
    END IF;
    INSERT INTO portemis.registry_change (table_name) VALUES (TG_TABLE_NAME);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION portemis.registry_user_rows_changed() IS
    'Trigger: logs a statement that may have changed the registry''s user rows (portemis.registry_change)';

-- The registry tables whose user rows registry_sync() copies, parents before children.
CREATE FUNCTION portemis.registry_tables() RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN unnest(ARRAY['factor_set', 'fuel_factor', 'fuel_pollutant_factor', 'fuel_alias', 'energy_factor',
                    'energy_fuel', 'llaf_coefficient', 'auxiliary_power', 'transit_speed_ratio', 'corridor',
                    'corridor_port', 'ship_type', 'ship_type_alias', 'ais_ship_type', 'zone', 'port', 'port_alias',
                    'cii_reference_line', 'cii_reduction', 'ship_register']);
COMMENT ON FUNCTION portemis.registry_tables() IS
    'The registry tables, parents before children: registry_to_reference_tables() makes them Citus reference tables (else registry_sync() copies their user rows to the workers)';

-- (the log's insert policy: a row only for a registry table the role may write, column grants included, in
-- its own name, at the time of its transaction, and with the id the sequence just gave it: OVERRIDING SYSTEM
-- VALUE needs only INSERT, and an id of one's own could take the ids others' rows will get, or the largest
-- bigint, after which no change would count as unsynced.  currval needs SELECT on the sequence, not USAGE.)
GRANT SELECT ON SEQUENCE portemis.registry_change_id_seq TO PUBLIC;
CREATE POLICY registry_writers ON portemis.registry_change FOR INSERT TO PUBLIC
    WITH CHECK (CASE WHEN table_name IN (SELECT portemis.registry_tables())      -- first: then it names a table
                     THEN has_any_column_privilege(to_regclass(format('portemis.%I', table_name)), 'INSERT, UPDATE')
                          OR has_table_privilege(to_regclass(format('portemis.%I', table_name)), 'DELETE, TRUNCATE')
                     ELSE false END
                AND changed_by = current_user AND changed_at = now()
                AND id = currval('portemis.registry_change_id_seq'::regclass));

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT * FROM portemis.registry_tables() LOOP
        EXECUTE pg_catalog.format('CREATE TRIGGER registry_sync_count AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE '
                                  'ON portemis.%I FOR EACH STATEMENT EXECUTE FUNCTION portemis.registry_user_rows_changed()', t);
    END LOOP;
END $$;

CREATE FUNCTION @extschema@.registry_sync() RETURNS TABLE (node text, user_rows bigint)
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp SET extra_float_digits = 3 AS $$
DECLARE
    t text;
    rows_json jsonb;
    script text := '';
    total bigint := 0;
    n bigint;
    changes_now bigint;
    r record;
BEGIN
    IF to_regproc('pg_catalog.run_command_on_workers') IS NULL THEN
        RAISE EXCEPTION 'registry_sync() copies the registry to Citus workers, and Citus is not installed here'
            USING ERRCODE = 'feature_not_supported';
    END IF;
    CASE portemis.registry_citus_state()
    WHEN 'reference' THEN
        RAISE NOTICE 'the registry tables are Citus reference tables: every node has every row, nothing to copy';
        RETURN;
    WHEN 'mixed' THEN
        RAISE EXCEPTION 'some registry tables are Citus reference tables and some are not'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'Run SELECT * FROM registry_to_reference_tables(); to convert the others.';
    ELSE
        NULL;                                                  -- local: each node has its own, copied below
    END CASE;
    PERFORM FROM portemis.registry_sync_state FOR UPDATE;     -- one sync at a time
    -- no writer between the counter and the copy: a change committed later moves the counter past it
    FOR t IN SELECT * FROM portemis.registry_tables() LOOP
        EXECUTE format('LOCK TABLE portemis.%I IN SHARE MODE', t);
    END LOOP;
    changes_now := portemis.registry_changes_now();
    -- children first out, parents first in
    FOR t IN SELECT x FROM portemis.registry_tables() WITH ORDINALITY AS r(x, k) ORDER BY k DESC LOOP
        script := script || format('DELETE FROM portemis.%I%s; ', t,
                                   CASE WHEN t = 'ship_register' THEN '' ELSE ' WHERE NOT shipped' END);
    END LOOP;
    FOR t IN SELECT * FROM portemis.registry_tables() LOOP
        -- geometries travel as their text form (hex EWKB, with the SRID), not as GeoJSON
        EXECUTE format('SELECT jsonb_agg(to_jsonb(r)%s), count(*) FROM portemis.%I r%s',
                       CASE WHEN t IN ('zone', 'port') THEN ' || jsonb_build_object(''geom'', r.geom::text)' ELSE '' END, t,
                       CASE WHEN t = 'ship_register' THEN '' ELSE ' WHERE NOT r.shipped' END) INTO rows_json, n;
        IF n > 0 THEN
            script := script || format('INSERT INTO portemis.%I SELECT * FROM jsonb_populate_recordset(NULL::portemis.%I, %L); ',
                                       t, t, rows_json);
            total := total + n;
        END IF;
    END LOOP;
    -- a worker's own check (queries issued from a worker) sees the copy as in sync
    script := script || 'UPDATE portemis.registry_sync_state SET synced_changes = portemis.registry_changes_now(), synced_at = now();';
    FOR r IN SELECT w.nodename, w.nodeport, w.success, w.result FROM run_command_on_workers(script) w LOOP
        IF NOT r.success THEN
            RAISE EXCEPTION 'registry_sync: worker %:% refused the copy: %', r.nodename, r.nodeport, r.result
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'The worker keeps its previous registry; distributed queries that call portemis stay refused until a copy succeeds.';
        END IF;
        node := r.nodename || ':' || r.nodeport;
        user_rows := total;
        RETURN NEXT;
    END LOOP;
    UPDATE portemis.registry_sync_state SET synced_changes = changes_now, synced_at = now();
END $$;
COMMENT ON FUNCTION @extschema@.registry_sync() IS
    'Citus: copy the registry''s user rows (your factor sets, corridors, zones, ports, ship types, register, ...) from this coordinator to every worker, replacing theirs; distributed queries that call portemis are refused until the registry is in sync';

-- ---------------------------------------------------------------------------
-- Citus, since 0.10.0: the registry tables as reference tables.  Citus keeps a
-- copy of every row on every node and writes each change to all of them in
-- one transaction, so your rows need no copying and no query waits for a sync.
-- The C code reads them inside the workers' shard queries, which Citus allows
-- for reference tables only when asked (src/pg/citus.c); the triggers run on
-- each node's shard (shipped rows stay protected: src/sql/40_factors.sql).
-- ---------------------------------------------------------------------------

-- How the registry tables stand on this node: 'reference' (all Citus reference tables), 'local' (none), 'mixed'.
CREATE FUNCTION portemis.registry_citus_state() RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    n_reference bigint := 0;
    n_total bigint;
BEGIN
    SELECT count(*) INTO n_total FROM portemis.registry_tables();
    IF to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
        EXECUTE 'SELECT count(*) FROM portemis.registry_tables() t(name) JOIN pg_catalog.pg_dist_partition p
                 ON p.logicalrelid = pg_catalog.to_regclass(pg_catalog.format(''portemis.%I'', t.name))
                 AND p.repmodel = ''t'''
        INTO n_reference;
    END IF;
    RETURN CASE n_reference WHEN 0 THEN 'local' WHEN n_total THEN 'reference' ELSE 'mixed' END;
END $$;
COMMENT ON FUNCTION portemis.registry_citus_state() IS
    'Citus: reference when every registry table is a Citus reference table (registry_to_reference_tables()), local when none is, mixed otherwise (distributed queries that call portemis are then refused)';

CREATE FUNCTION @extschema@.registry_to_reference_tables() RETURNS SETOF regclass
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t text;
    rel regclass;
    fk record;
    fks jsonb := '[]';
    unsafe_triggers text;
BEGIN
    IF to_regproc('pg_catalog.create_reference_table') IS NULL THEN
        RAISE EXCEPTION 'registry_to_reference_tables() makes the registry tables Citus reference tables, and Citus is not installed here'
            USING ERRCODE = 'feature_not_supported';
    END IF;
    -- Citus converts a local table that references a reference table into a "Citus local table", and in doing so
    -- would drop and re-create the extension's views, which it may not: the foreign keys between registry tables
    -- go first, on every node, and come back once both ends are reference tables (Citus then adds them everywhere)
    FOR fk IN SELECT c.conrelid::regclass AS tab, c.conname, pg_get_constraintdef(c.oid) AS def
              FROM pg_constraint c
              WHERE c.contype = 'f' AND c.connamespace = 'portemis'::regnamespace
                AND c.conrelid IN (SELECT to_regclass(format('portemis.%I', r)) FROM portemis.registry_tables() r)
                AND NOT EXISTS (SELECT FROM pg_dist_partition p WHERE p.logicalrelid = c.conrelid) LOOP
        fks := fks || jsonb_build_object('tab', fk.tab::text, 'name', fk.conname, 'def', fk.def);
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', fk.tab, fk.conname);
        PERFORM run_command_on_workers(format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS %I', fk.tab, fk.conname));
    END LOOP;
    -- the registry's triggers (shipped rows, names, cache) run on every node's shard
    unsafe_triggers := current_setting('citus.enable_unsafe_triggers');
    PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
    FOR t IN SELECT * FROM portemis.registry_tables() LOOP
        rel := format('portemis.%I', t)::regclass;
        CONTINUE WHEN EXISTS (SELECT FROM pg_dist_partition p WHERE p.logicalrelid = rel);
        -- Citus copies a reference table to a node added later by logical replication, which needs a replica
        -- identity: the whole row where the table has no primary key (energy_factor, ship_register)
        IF NOT EXISTS (SELECT FROM pg_index i WHERE i.indrelid = rel AND i.indisprimary)
           AND (SELECT c.relreplident FROM pg_class c WHERE c.oid = rel) = 'd' THEN
            EXECUTE format('ALTER TABLE %s REPLICA IDENTITY FULL', rel);
        END IF;
        PERFORM create_reference_table(rel);
        RETURN NEXT rel;
    END LOOP;
    PERFORM set_config('citus.enable_unsafe_triggers', unsafe_triggers, true);
    FOR fk IN SELECT * FROM jsonb_to_recordset(fks) AS x(tab text, name text, def text) LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', fk.tab, fk.name, fk.def);
    END LOOP;
END $$;
COMMENT ON FUNCTION @extschema@.registry_to_reference_tables() IS
    'Citus: make the registry tables (portemis.registry_tables()) reference tables, on the coordinator, once: every node then holds every registry row and each change reaches all nodes in its transaction; returns the tables it converted';
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
