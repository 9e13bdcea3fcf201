-- ---------------------------------------------------------------------------
-- Citus: the registry the same on every node.  Each node has its own copy of
-- the registry tables (CREATE EXTENSION reaches every node with the shipped
-- rows; the tables stay local, because functions that read them run inside
-- the workers' shard queries, where Citus forbids distributed queries).  Your
-- rows are copied from the coordinator by registry_sync(); until they are,
-- the planner check of src/pg/citus.c refuses distributed queries that call
-- portemis, since a worker would compute with rows it does not have.
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
    'The registry tables whose user rows registry_sync() copies to Citus workers, parents before children';

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
