-- portemis install script, assembled by the Makefile from src/sql/*.sql.
-- Every reference to an object of this extension is schema-qualified with
-- @extschema@, so nothing depends on the caller's search_path.

\echo Use "CREATE EXTENSION portemis CASCADE" to load this file. \quit
