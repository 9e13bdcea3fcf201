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
