-- Installation, version discipline and clean removal.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS portemis CASCADE;
RESET client_min_messages;

-- PostGIS came with CASCADE
SELECT extname FROM pg_extension WHERE extname IN ('postgis', 'portemis') ORDER BY 1;

-- the installed version is the control file's default_version
SELECT e.extversion = a.default_version AS version_matches_control
FROM pg_extension e JOIN pg_available_extensions a ON a.name = e.extname
WHERE e.extname = 'portemis';

-- updating to the current version is a no-op, not an error
ALTER EXTENSION portemis UPDATE;

-- the three base types exist
SELECT typname, typlen, typbyval FROM pg_type
WHERE typname IN ('locode', 'voyage', 'emissions') ORDER BY typname;

-- every function of the extension has a C or SQL body and a label; list the
-- volatility and parallel safety of those that are not immutable/safe
SELECT p.oid::regprocedure, p.provolatile, p.proparallel
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
WHERE d.deptype = 'e' AND (p.provolatile <> 'i' OR p.proparallel <> 's')
ORDER BY p.oid::regprocedure::text;

-- every user-facing function and every type has a comment
SELECT p.oid::regprocedure AS uncommented
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
WHERE d.deptype = 'e' AND obj_description(p.oid, 'pg_proc') IS NULL
ORDER BY p.oid::regprocedure::text;
-- and every table, view and type
SELECT c.oid::regclass AS uncommented FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
WHERE d.deptype = 'e' AND c.relkind IN ('r', 'v') AND obj_description(c.oid, 'pg_class') IS NULL;
SELECT t.oid::regtype AS uncommented FROM pg_type t JOIN pg_depend d ON d.objid = t.oid AND d.classid = 'pg_type'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
WHERE d.deptype = 'e' AND obj_description(t.oid, 'pg_type') IS NULL;
-- and every operator, cast and sequence (\do+, \dC+, \ds+)
SELECT o.oid::regoperator AS uncommented FROM pg_operator o JOIN pg_depend d ON d.objid = o.oid AND d.classid = 'pg_operator'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
WHERE d.deptype = 'e' AND obj_description(o.oid, 'pg_operator') IS NULL;
SELECT format('%s -> %s', c.castsource::regtype, c.casttarget::regtype) AS uncommented
FROM pg_cast c JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_cast'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
WHERE d.deptype = 'e' AND obj_description(c.oid, 'pg_cast') IS NULL;
SELECT c.oid::regclass AS uncommented FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'portemis'
WHERE d.deptype = 'e' AND c.relkind = 'S' AND obj_description(c.oid, 'pg_class') IS NULL;

-- DROP EXTENSION leaves nothing behind
CREATE TEMP TABLE before_drop AS
SELECT count(*) AS n FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
WHERE e.extname = 'portemis' AND d.deptype = 'e';
SELECT n > 50 AS has_many_members FROM before_drop;
DROP EXTENSION portemis;
SELECT count(*) AS leftover_types FROM pg_type WHERE typname IN ('locode', 'voyage', 'emissions', 'vessel', '_locode', '_voyage', '_emissions', '_vessel', 'corridor_summary');
SELECT count(*) AS leftover_functions FROM pg_proc
WHERE proname IN ('locode_in', 'voyage_in', 'emissions_in', 'imo', 'origin', 'tonnes', 'co2e_t', 'fuel_uses');
SELECT count(*) AS leftover_operators FROM pg_operator o JOIN pg_type t ON t.oid = o.oprleft
WHERE t.typname IN ('locode', 'voyage', 'emissions');
SELECT count(*) AS leftover_relations FROM pg_class
WHERE relname IN ('factor_set', 'fuel_factor', 'fuel_pollutant_factor', 'fuel_alias', 'emission_factors', 'energy_factor',
                  'energy_fuel', 'llaf_coefficient', 'auxiliary_power', 'transit_speed_ratio', 'activity_codes', 'vessel',
                  'zone', 'port', 'port_alias');

-- and it installs again into a schema of the user's choosing
CREATE SCHEMA pm;
CREATE EXTENSION portemis SCHEMA pm;
SELECT 'USLAX'::pm.locode;
DROP EXTENSION portemis;
DROP SCHEMA pm;
CREATE EXTENSION portemis;
