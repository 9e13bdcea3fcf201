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
