/*
 * registry_names.c: the lookups of the registry's name triggers
 * (portemis.fuel_name_unique, portemis.port_alias_check), run with the latest
 * committed state instead of the transaction's snapshot.
 *
 * Each trigger first takes an advisory lock, so writers of fuel names (or of
 * port aliases) follow one another.  Under READ COMMITTED the trigger's next
 * query then sees what the previous writer committed; under REPEATABLE READ
 * or SERIALIZABLE the transaction keeps the snapshot of its first statement,
 * and two transactions could each add one side of a clash.  PostgreSQL's own
 * foreign keys meet the same problem the same way (ri_triggers.c): the check
 * reads with GetLatestSnapshot().
 *
 * The queries are fixed and schema-qualified (operators included); they run
 * with the caller's privileges, like any query of the registry tables, which
 * PUBLIC may read.
 */
#include "portemis.h"

#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/snapmgr.h"

/*
 * The first column of the first row of query (one text parameter), read with
 * the latest snapshot advanced past this transaction's own last command (the
 * deleted row of an AFTER DELETE trigger is gone); NULL without a row.
 */
static Datum
latest_lookup(FunctionCallInfo fcinfo, const char *query)
{
	Oid			argtype = TEXTOID;
	Datum		arg = PG_GETARG_DATUM(0);
	Datum		result = (Datum) 0;
	bool		isnull = true;
	SPIPlanPtr	plan;

	SPI_connect();
	plan = SPI_prepare(query, 1, &argtype);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for \"%s\": %s", query, SPI_result_code_string(SPI_result));
	/* read_only false: SPI advances the command ID, as the foreign-key checks do */
	if (SPI_execute_snapshot(plan, &arg, NULL, GetLatestSnapshot(), InvalidSnapshot, false, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_snapshot failed for \"%s\"", query);
	if (SPI_processed == 1)
	{
		result = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
		if (!isnull)
			result = SPI_datumTransfer(result, false, -1);
	}
	SPI_finish();
	if (isnull)
		PG_RETURN_NULL();
	return result;
}

/* portemis._fuel_code_set(fuel text): the first factor set (by name) with that fuel code */
PG_FUNCTION_INFO_V1(registry_fuel_code_set);
Datum
registry_fuel_code_set(PG_FUNCTION_ARGS)
{
	return latest_lookup(fcinfo,
						 "SELECT f.factor_set FROM portemis.fuel_factor f "
						 "WHERE f.fuel OPERATOR(pg_catalog.=) $1 ORDER BY 1 LIMIT 1");
}

/* portemis._fuel_alias_of(alias text): the fuel that alias names */
PG_FUNCTION_INFO_V1(registry_fuel_alias_of);
Datum
registry_fuel_alias_of(PG_FUNCTION_ARGS)
{
	return latest_lookup(fcinfo,
						 "SELECT a.fuel FROM portemis.fuel_alias a WHERE a.alias OPERATOR(pg_catalog.=) $1");
}

/* portemis._port_with_code(code text): the code, if a port of the gazetteer has it */
PG_FUNCTION_INFO_V1(registry_port_with_code);
Datum
registry_port_with_code(PG_FUNCTION_ARGS)
{
	return latest_lookup(fcinfo,
						 "SELECT p.locode::pg_catalog.text FROM portemis.port p "
						 "WHERE p.locode::pg_catalog.text OPERATOR(pg_catalog.=) $1 LIMIT 1");
}

/* portemis._port_alias_to(code text): the first alias (by name) that leads to the code */
PG_FUNCTION_INFO_V1(registry_port_alias_to);
Datum
registry_port_alias_to(PG_FUNCTION_ARGS)
{
	return latest_lookup(fcinfo,
						 "SELECT a.alias::pg_catalog.text FROM portemis.port_alias a "
						 "WHERE a.locode::pg_catalog.text OPERATOR(pg_catalog.=) $1 ORDER BY 1 LIMIT 1");
}
