-- Protection, invalidation and pg_dump of the activity tables (as for the fuel factors).
CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.energy_factor
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.energy_factor
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.energy_factor
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.factor_registry_changed();
SELECT pg_catalog.pg_extension_config_dump('@extschema@.energy_factor', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.energy_fuel
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.energy_fuel
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.energy_fuel
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.factor_registry_changed();
SELECT pg_catalog.pg_extension_config_dump('@extschema@.energy_fuel', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.llaf_coefficient
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.llaf_coefficient
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.llaf_coefficient
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.factor_registry_changed();
SELECT pg_catalog.pg_extension_config_dump('@extschema@.llaf_coefficient', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.auxiliary_power
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.auxiliary_power
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.auxiliary_power
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.factor_registry_changed();
SELECT pg_catalog.pg_extension_config_dump('@extschema@.auxiliary_power', 'WHERE NOT shipped');

CREATE TRIGGER protect_shipped BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.transit_speed_ratio
    FOR EACH ROW EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER protect_shipped_truncate BEFORE TRUNCATE ON @extschema@.transit_speed_ratio
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.protect_shipped_factor();
CREATE TRIGGER registry_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON @extschema@.transit_speed_ratio
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.factor_registry_changed();
SELECT pg_catalog.pg_extension_config_dump('@extschema@.transit_speed_ratio', 'WHERE NOT shipped');
