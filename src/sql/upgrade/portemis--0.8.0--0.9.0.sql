-- portemis 0.8.0 -> 0.9.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.9.0'" to load this file. \quit

-- The name triggers read the latest committed rows (src/pg/registry_names.c), as a foreign key does: under
-- REPEATABLE READ a transaction's own snapshot missed a clash committed after it was taken, and both sides
-- of it committed.
CREATE FUNCTION portemis._fuel_code_set(fuel text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_fuel_code_set' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._fuel_code_set(text) IS
    'Internal (trigger fuel_name_unique): the first factor set, by name, with this fuel code in the latest committed state (not the transaction''s snapshot); NULL if none';
CREATE FUNCTION portemis._fuel_alias_of(alias text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_fuel_alias_of' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._fuel_alias_of(text) IS
    'Internal (trigger fuel_name_unique): the fuel this alias names in the latest committed state (not the transaction''s snapshot); NULL if none';

CREATE OR REPLACE FUNCTION portemis.fuel_name_unique() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    other text;
BEGIN
    -- one writer of fuel names at a time, so that two transactions cannot each add one side of a clash
    -- (the lookups below then see what the other committed, at any isolation level)
    PERFORM pg_advisory_xact_lock(pg_catalog.hashtext('portemis.fuel_name_unique'));
    IF TG_TABLE_NAME = 'fuel_alias' THEN
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
    RETURN NEW;
END $$;
COMMENT ON FUNCTION portemis.fuel_name_unique() IS
    'Trigger: a fuel alias is no fuel code of any set, and a fuel code no alias';
CREATE FUNCTION portemis._port_with_code(code text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_port_with_code' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._port_with_code(text) IS
    'Internal (trigger port_alias_check): the code, if a port of the gazetteer has it in the latest committed state (not the transaction''s snapshot); NULL if none';
CREATE FUNCTION portemis._port_alias_to(code text) RETURNS text
    AS 'MODULE_PATHNAME', 'registry_port_alias_to' LANGUAGE C STRICT VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION portemis._port_alias_to(text) IS
    'Internal (trigger port_alias_check): the first port alias, by code, that leads to this code in the latest committed state (not the transaction''s snapshot); NULL if none';

CREATE OR REPLACE FUNCTION portemis.port_alias_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    orphan text;
BEGIN
    -- one writer at a time, so that the lookups see what another transaction committed (at any isolation level)
    PERFORM pg_advisory_xact_lock(pg_catalog.hashtext('portemis.port_alias_check'));
    IF TG_TABLE_NAME = 'port_alias' THEN
        IF portemis._port_with_code(NEW.locode::text) IS NULL THEN
            RAISE EXCEPTION 'port alias % leads to %, which is not a port of portemis.port', NEW.alias, NEW.locode
                USING ERRCODE = 'foreign_key_violation', HINT = 'Point the alias at the code the gazetteer uses (not at another alias).';
        END IF;
        RETURN NEW;
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
