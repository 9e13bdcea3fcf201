-- portemis 0.9.0 -> 0.10.0.  Complain if script is sourced in psql rather than via ALTER EXTENSION.
\echo Use "ALTER EXTENSION portemis UPDATE TO '0.10.0'" to load this file. \quit

-- The registry tables can be Citus reference tables (registry_to_reference_tables()).  Citus runs their
-- triggers on each node's shard, named like fuel_alias_102011: the triggers name their table through
-- portemis._registry_table, the owner's copy of the shipped rows into a shard passes, and the name
-- lookups read the other table's shard on the node (src/pg/registry_names.c).
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

CREATE OR REPLACE FUNCTION portemis.fuel_name_unique() RETURNS trigger
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

CREATE OR REPLACE FUNCTION portemis.protect_shipped_factor() RETURNS trigger
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

CREATE OR REPLACE FUNCTION portemis.port_alias_check() RETURNS trigger
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

CREATE OR REPLACE FUNCTION portemis.registry_user_rows_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- on a Citus reference table's shard: Citus writes every node's copy, nothing for registry_sync() to do
    IF portemis._registry_table(TG_RELID) IS DISTINCT FROM TG_TABLE_NAME THEN
        RETURN NULL;
    END IF;
    INSERT INTO portemis.registry_change (table_name) VALUES (TG_TABLE_NAME);
    RETURN NULL;
END $$;

-- registry_sync() copies nothing once the tables are reference tables, and refuses a mix
CREATE OR REPLACE FUNCTION @extschema@.registry_sync() RETURNS TABLE (node text, user_rows bigint)
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

COMMENT ON FUNCTION portemis.registry_tables() IS
    'The registry tables, parents before children: registry_to_reference_tables() makes them Citus reference tables (else registry_sync() copies their user rows to the workers)';

-- Functions that read registry tables inside the Citus workers' shard queries allow it for themselves
-- (reference tables are on every node; Citus refuses any nested query unless asked).  voyage_emissions along
-- a route, voyage_emissions_in and ship_type_from_ais become PL/pgSQL: Citus cannot plan their reads of
-- reference tables inside a SQL function on a worker.
CREATE OR REPLACE FUNCTION @extschema@.ship_type(name text)
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

CREATE OR REPLACE FUNCTION @extschema@.ship_type_from_ais(ais_type integer)
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

CREATE OR REPLACE FUNCTION @extschema@.ship(imo integer DEFAULT NULL, mmsi integer DEFAULT NULL)
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

CREATE OR REPLACE FUNCTION @extschema@.ship_subtype(ship_type text, dwt double precision DEFAULT NULL,
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

CREATE OR REPLACE FUNCTION @extschema@.port_geom(@extschema@.locode) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    SELECT p.geom FROM portemis.port p
    WHERE p.locode = coalesce((SELECT a.locode FROM portemis.port_alias a WHERE a.alias = $1), $1)
    ORDER BY p.shipped, p.wpi_number, p.id LIMIT 1;
END;

CREATE OR REPLACE FUNCTION portemis.port_area_centre(@extschema@.locode, radius_nm double precision)
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

CREATE OR REPLACE FUNCTION @extschema@.voyage_emissions(v @extschema@.voyage, route geometry, factor_set text DEFAULT NULL)
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

CREATE OR REPLACE FUNCTION @extschema@.voyage_emissions_in(v @extschema@.voyage, route geometry, zone geometry, factor_set text DEFAULT NULL)
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

CREATE OR REPLACE FUNCTION @extschema@.ais_port_calls(track portemis.ais_interval[])
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

CREATE OR REPLACE FUNCTION @extschema@.ais_voyages(track portemis.ais_interval[], v portemis.vessel,
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

CREATE OR REPLACE FUNCTION portemis.cii_line(ship_type text, dwt double precision, gt double precision)
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

CREATE OR REPLACE FUNCTION portemis.cii_reduction_pct(year integer) RETURNS double precision
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

-- Names for the first argument of the functions and aggregates that had none (v for a voyage or a vessel,
-- e for emissions, code for a UN/LOCODE): \df reads voyage_emissions(v voyage, factor_set text), and named
-- notation works (PostgreSQL lets CREATE OR REPLACE name a formerly unnamed argument).
CREATE OR REPLACE FUNCTION @extschema@.country_code(code @extschema@.locode) RETURNS text
    AS 'MODULE_PATHNAME', 'locode_country' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.imo(v @extschema@.voyage) RETURNS integer
    AS 'MODULE_PATHNAME', 'voyage_imo' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.origin(v @extschema@.voyage) RETURNS @extschema@.locode
    AS 'MODULE_PATHNAME', 'voyage_origin' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.destination(v @extschema@.voyage) RETURNS @extschema@.locode
    AS 'MODULE_PATHNAME', 'voyage_destination' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.departure(v @extschema@.voyage) RETURNS timestamptz
    AS 'MODULE_PATHNAME', 'voyage_departure' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.arrival(v @extschema@.voyage) RETURNS timestamptz
    AS 'MODULE_PATHNAME', 'voyage_arrival' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.duration_h(v @extschema@.voyage) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_duration_h' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.distance_nm(v @extschema@.voyage) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_distance_nm' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.cargo_t(v @extschema@.voyage) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_cargo_t' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.fuel_t(v @extschema@.voyage) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_fuel_t' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.fuel_t(v @extschema@.voyage, fuel text) RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_fuel_t_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.fuel_uses(v @extschema@.voyage,
    OUT fuel text, OUT tonnes double precision, OUT sulphur_pct double precision)
RETURNS SETOF record
    AS 'MODULE_PATHNAME', 'voyage_fuel_uses' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 2;
CREATE OR REPLACE FUNCTION @extschema@.tonnes(e @extschema@.emissions, pollutant text) RETURNS double precision
    AS 'MODULE_PATHNAME', 'emissions_tonnes' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.tonnes(e @extschema@.emissions) RETURNS portemis.emissions_tonnes
    AS 'MODULE_PATHNAME', 'emissions_tonnes_row' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.co2e_t(e @extschema@.emissions, gwp text DEFAULT 'AR5') RETURNS double precision
    AS 'MODULE_PATHNAME', 'emissions_co2e_t' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.jsonb(e @extschema@.emissions) RETURNS jsonb
    AS 'MODULE_PATHNAME', 'emissions_to_jsonb' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.sum(e @extschema@.emissions) (
    SFUNC = portemis.emissions_sum_accum,
    STYPE = @extschema@.emissions,
    COMBINEFUNC = portemis.emissions_sum_accum,
    PARALLEL = SAFE
);
CREATE OR REPLACE FUNCTION @extschema@.voyage_emissions(v @extschema@.voyage, factor_set text DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.energy_mj(v @extschema@.voyage, factor_set text DEFAULT NULL)
RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_energy_mj' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.ghg_intensity(v @extschema@.voyage, factor_set text DEFAULT 'fueleu')
RETURNS double precision
    AS 'MODULE_PATHNAME', 'voyage_ghg_intensity' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.ghg_intensity_agg(v @extschema@.voyage) (
    SFUNC = portemis.ghg_intensity_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.ghg_intensity_combine,
    FINALFUNC = portemis.ghg_intensity_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.ghg_intensity_agg(v @extschema@.voyage, factor_set text) (
    SFUNC = portemis.ghg_intensity_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.ghg_intensity_combine,
    FINALFUNC = portemis.ghg_intensity_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE FUNCTION @extschema@.vessel_estimates(v portemis.vessel) RETURNS jsonb
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN jsonb_strip_nulls(jsonb_build_object(
           'keel_laid_year', CASE WHEN ($1).keel_laid_year IS NULL THEN 'unknown: NOx Tier 0 assumed, the highest factors' END,
           'main_engine', CASE WHEN ($1).main_engine IS NULL THEN 'unknown: SSD assumed' END,
           'aux_engine', CASE WHEN ($1).aux_engine IS NULL THEN 'unknown: MSD assumed (EPA tool calcEngineType)' END,
           'engine_category', CASE WHEN ($1).engine_category IS NULL THEN 'unknown: category 3 assumed (ocean-going)' END,
           'max_speed_kn', CASE WHEN ($1).max_speed_kn IS NULL AND ($1).service_speed_kn IS NOT NULL
                                THEN 'service_speed_kn / 0.94 (EPA tool, ShipPowerModel calcPropPwr)' END))
       || coalesce(($1).estimated, '{}');
CREATE OR REPLACE FUNCTION @extschema@.mode_emissions(v portemis.vessel, mode text, hours double precision,
    speed_kn double precision DEFAULT NULL, in_eca boolean DEFAULT true, shore_power boolean DEFAULT false,
    location text DEFAULT NULL, sea_margin_pct double precision DEFAULT 0, draught_m double precision DEFAULT NULL,
    tier3_area boolean DEFAULT NULL)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.shore_power_kwh(v portemis.vessel, hours double precision)
RETURNS double precision
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.shore_power_emissions(v portemis.vessel, hours double precision, grid_kg_co2_per_kwh double precision)
RETURNS @extschema@.emissions
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.port_geom(code @extschema@.locode) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    SELECT p.geom FROM portemis.port p
    WHERE p.locode = coalesce((SELECT a.locode FROM portemis.port_alias a WHERE a.alias = $1), $1)
    ORDER BY p.shipped, p.wpi_number, p.id LIMIT 1;
END;
CREATE OR REPLACE FUNCTION @extschema@.port_area(code @extschema@.locode, radius_nm double precision) RETURNS geometry
LANGUAGE sql STABLE STRICT PARALLEL SAFE SET search_path = pg_catalog, pg_temp
RETURN (SELECT CASE WHEN radius_nm * 1852 >= st_distance(c.centre::geography, c.pole::geography)
                    THEN portemis.port_area_round_pole($1, radius_nm, st_y(c.pole) > 0)
                    ELSE (SELECT CASE WHEN st_xmax(b.g) - st_xmin(b.g) > 180 THEN st_shiftlongitude(b.g) ELSE b.g END
                          FROM (SELECT st_setsrid(st_buffer(c.centre::geography, radius_nm * 1852, 64)::geometry, 4326) AS g) b) END
        FROM (SELECT p.centre, st_setsrid(st_makepoint(0, CASE WHEN st_y(p.centre) >= 0 THEN 90 ELSE -90 END), 4326) AS pole
              FROM (SELECT portemis.port_area_centre($1, radius_nm) AS centre) p) c);
CREATE OR REPLACE AGGREGATE @extschema@.geojson_collection(geom geometry, properties jsonb) (
    SFUNC = portemis.geojson_collection_accum,
    STYPE = internal,
    FINALFUNC = portemis.geojson_collection_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE FUNCTION @extschema@.ais_imo(reported text) RETURNS integer
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.is_eu_eea_port(code @extschema@.locode) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.country_code($1) = ANY (ARRAY['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR',
    'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
    'GP', 'GF', 'MQ', 'YT', 'RE', 'MF', 'AX']);
CREATE OR REPLACE FUNCTION @extschema@.fueleu_scope(v @extschema@.voyage) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN @extschema@.is_eu_eea_port(@extschema@.origin($1)) AND @extschema@.is_eu_eea_port(@extschema@.destination($1)) THEN 1.0
            WHEN @extschema@.is_eu_eea_port(@extschema@.origin($1)) OR @extschema@.is_eu_eea_port(@extschema@.destination($1)) THEN 0.5
            ELSE 0.0 END;
CREATE OR REPLACE FUNCTION @extschema@.eu_ets_allowances(e @extschema@.emissions, scope double precision, year integer,
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
CREATE OR REPLACE FUNCTION @extschema@.eu_ets_allowances(v @extschema@.voyage, year integer, factor_set text DEFAULT 'fueleu',
    gwp text DEFAULT 'AR5') RETURNS double precision
LANGUAGE sql STABLE PARALLEL SAFE
RETURN @extschema@.eu_ets_allowances(@extschema@.voyage_emissions($1, factor_set), @extschema@.fueleu_scope($1), year, gwp);
CREATE OR REPLACE FUNCTION @extschema@.corridor_of(v @extschema@.voyage) RETURNS text
    AS 'MODULE_PATHNAME', 'voyage_corridor_of' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.voyage_with_fuel(v @extschema@.voyage, from_fuel text, to_fuel text, factor_set text DEFAULT 'fueleu')
RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME' LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION @extschema@.voyage_slow_steamed(v @extschema@.voyage, speed_reduction_pct double precision)
RETURNS @extschema@.voyage
    AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE AGGREGATE @extschema@.corridor_summary(v @extschema@.voyage) (
    SFUNC = portemis.corridor_summary_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.corridor_summary_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.corridor_summary(v @extschema@.voyage, factor_set text) (
    SFUNC = portemis.corridor_summary_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.corridor_summary_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.eeoi(v @extschema@.voyage) (
    SFUNC = portemis.eeoi_accum,
    STYPE = double precision[],
    INITCOND = '{0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.eeoi_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.cii_attained(v @extschema@.voyage, capacity double precision) (
    SFUNC = portemis.cii_attained_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0,0,0}',
    COMBINEFUNC = portemis.corridor_state_combine,
    FINALFUNC = portemis.cii_attained_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer, as_if_in_scope boolean) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE @extschema@.fueleu_balance_t(v @extschema@.voyage, year integer, as_if_in_scope boolean, factor_set text) (
    SFUNC = portemis.fueleu_balance_accum,
    STYPE = double precision[],
    INITCOND = '{0,0,0}',
    COMBINEFUNC = portemis.fueleu_balance_combine,
    FINALFUNC = portemis.fueleu_balance_final,
    PARALLEL = SAFE
);
