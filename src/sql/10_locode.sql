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
