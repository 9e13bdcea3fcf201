-- portemis 0.7.0 -> 0.8.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.8.0'" to load this file. \quit

-- emissions can be hashed: DISTINCT, GROUP BY and UNION on an emissions column.
CREATE FUNCTION @extschema@.emissions_hash(@extschema@.emissions) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.emissions_hash_extended(@extschema@.emissions, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OPERATOR CLASS @extschema@.emissions_hash_ops
    DEFAULT FOR TYPE @extschema@.emissions USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.emissions_hash(@extschema@.emissions),
        FUNCTION 2 @extschema@.emissions_hash_extended(@extschema@.emissions, bigint);
COMMENT ON FUNCTION @extschema@.emissions_hash(@extschema@.emissions) IS 'Hash support of emissions';
COMMENT ON FUNCTION @extschema@.emissions_hash_extended(@extschema@.emissions, bigint) IS 'Extended hash support of emissions';
