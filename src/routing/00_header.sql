-- portemis_routing: sea routes between ports over the MARNET maritime network, with pgRouting.
-- A companion of portemis (as h3_postgis is of h3): it needs pgRouting, which portemis does not.
\echo Use "CREATE EXTENSION portemis_routing CASCADE" to load this file. \quit
