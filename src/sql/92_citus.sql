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
-- The SQL and PL/pgSQL functions that read registry tables inside those
-- queries ask the same with SET citus.allow_nested_distributed_execution = on
-- (a placeholder setting without Citus), each marked by a one-line comment;
-- the reads are local, since a reference table is on every node.
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
