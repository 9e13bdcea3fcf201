/*
 * citus.c: no result-changing setting may differ between a Citus coordinator
 * and its workers.
 *
 * Citus sends a query's work to the workers as SQL; a session's SET does not
 * travel with it (only SET LOCAL does, inside a transaction, with
 * citus.propagate_set_commands = 'local').  A worker computing with its own
 * default factor set would give a silently different number.  So, on a node
 * where Citus is loaded, the planner refuses a query that reads a distributed
 * table and calls a portemis function (or a routine of the user's in SQL or
 * a procedural language, which may call one) while a portemis setting that
 * changes results was changed in this session and not propagated.  Settings from
 * postgresql.conf, ALTER DATABASE or ALTER ROLE are each node's own: they
 * must be the same on every node (README, "Running on Citus").
 *
 * The registry tables are Citus reference tables once registry_to_reference_tables()
 * has run (src/sql/92_citus.sql): Citus keeps them the same on every node, and
 * portemis reads them inside the workers' shard queries (below).  Before, each
 * node has its own, and a query is refused too while the registry's user rows
 * changed since registry_sync() copied them to the workers; and while some
 * registry tables are reference tables and some are not.
 *
 * The check runs where portemis is loaded when the query is planned: on a
 * Citus coordinator, put portemis in shared_preload_libraries.
 */
#include "portemis.h"

#include <ctype.h>
#include <errno.h>

#include "access/genam.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/namespace.h"
#include "catalog/pg_aggregate.h"
#include "catalog/pg_class.h"
#include "catalog/pg_language.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_proc.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "optimizer/planner.h"
#include "parser/parse_func.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/plancache.h"
#include "utils/guc.h"
#include "utils/guc_tables.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/typcache.h"


/* The settings whose value changes a result. */
static const char *const result_settings[] = {"portemis.factor_set", "portemis.aux_power_basis"};
#define N_RESULT_SETTINGS 2

static planner_hook_type prev_planner = NULL;

static bool
citus_loaded(void)
{
	return GetConfigOption("citus.propagate_set_commands", true, false) != NULL;
}

/* Was the setting's current value made by SET LOCAL in this transaction (which Citus can propagate)? */
static bool
set_locally(const char *name)
{
	struct config_generic **vars = get_guc_variables();
	int			n = GetNumConfigOptions(),
				i;

	for (i = 0; i < n; i++)
		if (pg_strcasecmp(vars[i]->name, name) == 0)
			return vars[i]->stack != NULL &&
				(vars[i]->stack->state == GUC_LOCAL || vars[i]->stack->state == GUC_SET_LOCAL);
	return false;
}

/* The first result-changing setting this session changed that Citus does not send to workers, or NULL. */
static const char *
unpropagated_setting(void)
{
	const char *propagate = GetConfigOption("citus.propagate_set_commands", true, false);
	bool		propagates = propagate != NULL && pg_strcasecmp(propagate, "local") == 0 && IsTransactionBlock();
	int			i;

	for (i = 0; i < N_RESULT_SETTINGS; i++)
	{
		const char *now = GetConfigOption(result_settings[i], true, false);
		const char *reset = GetConfigOptionResetString(result_settings[i]);

		if (now == NULL || reset == NULL || strcmp(now, reset) == 0)
			continue;			/* not changed in this session */
		if (propagates && set_locally(result_settings[i]))
			continue;
		return result_settings[i];
	}
	return NULL;
}

/*
 * Column want of the rows of a Citus catalog (pg_catalog.<catalog>) whose
 * column key equals value (through the named index): the last non-null one
 * into *result; returns how many there were (0 where Citus is not there).
 */
static int
citus_catalog_lookup(const char *catalog, const char *index, AttrNumber key, RegProcedure eq, Datum value,
					 AttrNumber want, Datum *result)
{
	Oid			catalog_oid = get_relname_relid(catalog, PG_CATALOG_NAMESPACE);
	Oid			index_oid = get_relname_relid(index, PG_CATALOG_NAMESPACE);
	Relation	rel;
	SysScanDesc scan;
	ScanKeyData sk;
	HeapTuple	tup;
	int			n = 0;

	if (!OidIsValid(catalog_oid))
		return 0;
	rel = table_open(catalog_oid, AccessShareLock);
	ScanKeyInit(&sk, key, BTEqualStrategyNumber, eq, value);
	scan = systable_beginscan(rel, index_oid, OidIsValid(index_oid), NULL, 1, &sk);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		bool		isnull;
		Datum		d = heap_getattr(tup, want, RelationGetDescr(rel), &isnull);

		if (!isnull)
		{
			*result = d;
			n++;
		}
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return n;
}

/* Is the relation a distributed table: a row of Citus's pg_dist_partition with a partition method? */
static bool
is_distributed_table(Oid relid)
{
	Datum		method;

	/* partmethod 'n': none (reference tables, Citus local tables): every node holds the rows */
	return citus_catalog_lookup("pg_dist_partition", "pg_dist_partition_logical_relid_index", 1, F_OIDEQ,
								ObjectIdGetDatum(relid), 2, &method) > 0 && DatumGetChar(method) != 'n';
}

typedef struct UseWalk
{
	Oid			extension;
	List	   *functions;		/* the functions the query calls */
	bool		reads_distributed;
} UseWalk;

/*
 * May the function compute with portemis: is it portemis's, or a routine of
 * the user's in a procedural language (SQL, PL/pgSQL, ...) whose body may
 * call portemis out of the planner's sight?  Built-in functions and those of
 * other extensions do not.  Remembered per backend (a pg_depend scan each
 * time slowed every plan).
 */
typedef struct FuncMemo
{
	Oid			funcid;
	bool		portemis;
} FuncMemo;

static HTAB *func_memo = NULL;
static Oid	func_memo_extension = InvalidOid;

static bool may_call_portemis(Oid funcid, Oid extension);

/* Not remembered yet: decide.  An aggregate of the user's counts by its support functions. */
static bool
decide_may_call_portemis(Oid funcid, Oid extension)
{
	Oid			owner_extension = getExtensionOfObject(ProcedureRelationId, funcid);
	HeapTuple	proc;
	Oid			language;
	char		kind;

	if (owner_extension == extension)
		return true;
	if (OidIsValid(owner_extension) || funcid < FirstNormalObjectId)
		return false;
	proc = SearchSysCache1(PROCOID, ObjectIdGetDatum(funcid));
	if (!HeapTupleIsValid(proc))
		return false;
	language = ((Form_pg_proc) GETSTRUCT(proc))->prolang;
	kind = ((Form_pg_proc) GETSTRUCT(proc))->prokind;
	ReleaseSysCache(proc);
	if (kind == PROKIND_AGGREGATE)
	{
		HeapTuple	agg = SearchSysCache1(AGGFNOID, ObjectIdGetDatum(funcid));
		Oid			support[3] = {InvalidOid, InvalidOid, InvalidOid};
		int			k;

		if (!HeapTupleIsValid(agg))
			return false;
		support[0] = ((Form_pg_aggregate) GETSTRUCT(agg))->aggtransfn;
		support[1] = ((Form_pg_aggregate) GETSTRUCT(agg))->aggfinalfn;
		support[2] = ((Form_pg_aggregate) GETSTRUCT(agg))->aggcombinefn;
		ReleaseSysCache(agg);
		for (k = 0; k < 3; k++)
			if (OidIsValid(support[k]) && support[k] != funcid && may_call_portemis(support[k], extension))
				return true;
		return false;
	}
	return language != INTERNALlanguageId && language != ClanguageId;
}

static bool
may_call_portemis(Oid funcid, Oid extension)
{
	FuncMemo   *m;
	bool		result;

	if (!OidIsValid(funcid))
		return false;
	if (func_memo == NULL || func_memo_extension != extension)
	{
		HASHCTL		ctl;

		if (func_memo != NULL)
			hash_destroy(func_memo);
		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(FuncMemo);
		func_memo = hash_create("portemis functions", 256, &ctl, HASH_ELEM | HASH_BLOBS);
		func_memo_extension = extension;
	}
	m = hash_search(func_memo, &funcid, HASH_FIND, NULL);
	if (m != NULL)
		return m->portemis;
	/* decided before the entry is made: deciding may look up (and remember) other functions */
	result = decide_may_call_portemis(funcid, extension);
	m = hash_search(func_memo, &funcid, HASH_ENTER, NULL);
	m->portemis = result;
	return result;
}

static bool
calls_portemis(UseWalk *w)
{
	ListCell   *lc;

	foreach(lc, w->functions)
		if (may_call_portemis(lfirst_oid(lc), w->extension))
			return true;
	return false;
}

static bool
use_walker(Node *node, UseWalk *w)
{
	if (node == NULL)
		return false;
	if (IsA(node, RangeTblEntry))
	{
		RangeTblEntry *rte = (RangeTblEntry *) node;

		if (rte->rtekind == RTE_RELATION && !w->reads_distributed)
			w->reads_distributed = is_distributed_table(rte->relid);
		return false;
	}
	if (IsA(node, Query))
		return query_tree_walker((Query *) node, use_walker, w, QTW_EXAMINE_RTES_BEFORE);
	if (IsA(node, FuncExpr))
		w->functions = lappend_oid(w->functions, ((FuncExpr *) node)->funcid);
	else if (IsA(node, Aggref))
		w->functions = lappend_oid(w->functions, ((Aggref *) node)->aggfnoid);
	else if (IsA(node, WindowFunc))
		w->functions = lappend_oid(w->functions, ((WindowFunc *) node)->winfnoid);
	else if (IsA(node, OpExpr) || IsA(node, DistinctExpr) || IsA(node, NullIfExpr))
	{
		set_opfuncid((OpExpr *) node);
		w->functions = lappend_oid(w->functions, ((OpExpr *) node)->opfuncid);
	}
	else if (IsA(node, ScalarArrayOpExpr))
	{
		set_sa_opfuncid((ScalarArrayOpExpr *) node);
		w->functions = lappend_oid(w->functions, ((ScalarArrayOpExpr *) node)->opfuncid);
	}
	return expression_tree_walker(node, use_walker, w);
}

/* portemis.name(), or InvalidOid (a database of an older portemis) */
static Oid
portemis_function(const char *name)
{
	return LookupFuncName(list_make2(makeString("portemis"), makeString(pstrdup(name))), 0, NULL, true);
}

typedef enum RegistryState
{
	REGISTRY_SAME,				/* reference tables, or local ones in sync */
	REGISTRY_OUT_OF_SYNC,		/* local tables changed since registry_sync() */
	REGISTRY_MIXED				/* some reference tables, some local */
} RegistryState;

/*
 * Do the workers hold the coordinator's registry?  Yes where the registry
 * tables are reference tables; where they are each node's own, if their
 * user rows have not changed since registry_sync() copied them.
 */
static RegistryState
registry_state(void)
{
	RegistryState state = REGISTRY_SAME;
	bool		isnull;

	if (!OidIsValid(get_relname_relid("registry_sync_state", get_namespace_oid("portemis", true))))
		return REGISTRY_SAME;	/* an older portemis: nothing recorded */
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "portemis: SPI_connect failed");
	if (OidIsValid(portemis_function("registry_citus_state")) &&
		SPI_execute("SELECT portemis.registry_citus_state()", true, 1) == SPI_OK_SELECT && SPI_processed == 1)
	{
		char	   *s = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);

		if (s != NULL && strcmp(s, "mixed") == 0)
			state = REGISTRY_MIXED;
		else if (s == NULL || strcmp(s, "local") == 0)
			state = REGISTRY_OUT_OF_SYNC;	/* to be decided below */
	}
	else
		state = REGISTRY_OUT_OF_SYNC;
	if (state == REGISTRY_OUT_OF_SYNC)
	{
		state = REGISTRY_SAME;
		if (SPI_execute("SELECT portemis.registry_changes_now() OPERATOR(pg_catalog.<>) s.synced_changes "
						"FROM portemis.registry_sync_state s", true, 1) == SPI_OK_SELECT && SPI_processed == 1 &&
			DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)) && !isnull)
			state = REGISTRY_OUT_OF_SYNC;
	}
	SPI_finish();
	return state;
}

static PlannedStmt *
pm_planner(Query *parse, const char *query_string, int cursor_options, ParamListInfo bound_params)
{
	UseWalk		w = {InvalidOid, NIL, false};
	RegistryState state;

	if (citus_loaded() && parse->commandType != CMD_UTILITY &&
		OidIsValid(w.extension = get_extension_oid("portemis", true)))
	{
		(void) query_tree_walker(parse, use_walker, &w, QTW_EXAMINE_RTES_BEFORE);
		if (w.reads_distributed && calls_portemis(&w))
		{
			const char *setting = unpropagated_setting();

			if (setting != NULL)
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("%s = '%s' was set in this session, and the Citus workers that compute this query would not see it",
								setting, GetConfigOption(setting, false, false)),
						 errdetail("Citus sends a session's SET LOCAL to the workers (with citus.propagate_set_commands = 'local', inside a transaction), not its SET."),
						 errhint("Inside a transaction, in this order: SET LOCAL citus.propagate_set_commands = 'local'; SET LOCAL %s = '%s'; or pass the value as an argument, or RESET %s.",
								 setting, GetConfigOption(setting, false, false), setting)));
			state = registry_state();
			if (state == REGISTRY_MIXED)
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("some portemis registry tables are Citus reference tables and some are not"),
						 errdetail("The workers would compute this query with their own copies of the others."),
						 errhint("Run SELECT * FROM registry_to_reference_tables(); on the coordinator.")));
			if (state == REGISTRY_OUT_OF_SYNC)
				ereport(ERROR,
						(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						 errmsg("the portemis registry has rows the Citus workers do not have"),
						 errdetail("Rows were added to, changed in or deleted from the registry tables since registry_sync() last copied them to the workers, which would compute this query without them."),
						 errhint("Run SELECT * FROM registry_to_reference_tables(); on the coordinator once (or registry_sync() after each change).")));
		}
	}
	return prev_planner ? prev_planner(parse, query_string, cursor_options, bound_params)
		: standard_planner(parse, query_string, cursor_options, bound_params);
}

/*
 * A result-changing setting changed: plans cached before (PREPARE, PL/pgSQL)
 * are planned again, so that the check above sees the new value.  Only where
 * Citus is loaded: elsewhere nothing needs it.
 */
void
pm_citus_setting_changed(void)
{
	if (citus_loaded())
		ResetPlanCache();
}

/*
 * The relation that holds a registry table's rows on this node: the table,
 * or, where Citus made it a reference table, its shard on this node (the
 * table is then a shell that Citus reads and writes through; its rows from
 * CREATE EXTENSION stay on disk, unseen).  The name triggers run on that
 * shard (Citus creates them there) and read the other table's shard beside it.
 */
Oid
pm_registry_relation_here(Oid relid)
{
	Datum		shardid = 0;
	int			shards;
	char	   *name;
	Oid			shard;

	if (!citus_loaded())
		return relid;
	shards = citus_catalog_lookup("pg_dist_shard", "pg_dist_shard_logical_relid_index", 1, F_OIDEQ,
								  ObjectIdGetDatum(relid), 2, &shardid);
	if (shards == 0)
		return relid;
	if (shards > 1)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the registry table %s is split into %d Citus shards", get_rel_name(relid), shards),
				 errdetail("portemis's name checks need every row of it on every node."),
				 errhint("Make it a reference table: undistribute_table(), then registry_to_reference_tables().")));
	name = psprintf("%s_" INT64_FORMAT, get_rel_name(relid), DatumGetInt64(shardid));
	shard = get_relname_relid(name, get_rel_namespace(relid));
	if (!OidIsValid(shard))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the registry table %s has no shard on this node", get_rel_name(relid)),
				 errhint("Run portemis's name checks where Citus keeps a copy of the reference table.")));
	return shard;
}

/* The Citus table whose shard this relation is, or InvalidOid: a shard is named after its table and shard id. */
static Oid
shard_of(Oid relid)
{
	char	   *name = get_rel_name(relid);
	char	   *suffix = name ? strrchr(name, '_') : NULL;
	char	   *end;
	int64		shardid;
	Datum		table_datum = 0;
	Oid			table;

	if (suffix == NULL || !isdigit((unsigned char) suffix[1]) || !citus_loaded())
		return InvalidOid;
	errno = 0;
	shardid = strtoi64(suffix + 1, &end, 10);
	/* the id as Citus writes it: no sign, no leading zero, nothing after */
	if (errno != 0 || *end != '\0' || strcmp(psprintf(INT64_FORMAT, shardid), suffix + 1) != 0)
		return InvalidOid;
	if (citus_catalog_lookup("pg_dist_shard", "pg_dist_shard_shardid_index", 2, F_INT8EQ,
							 Int64GetDatum(shardid), 1, &table_datum) == 0)
		return InvalidOid;
	table = DatumGetObjectId(table_datum);
	/* the shard is the table's name, '_', the id, in the table's schema */
	if (!OidIsValid(table) || get_rel_namespace(table) != get_rel_namespace(relid) ||
		get_rel_name(table) == NULL || strlen(get_rel_name(table)) != (size_t) (suffix - name) ||
		strncmp(get_rel_name(table), name, suffix - name) != 0)
		return InvalidOid;
	return table;
}

/*
 * portemis._registry_table(regclass): the registry table's name for a
 * trigger, which Citus runs on a reference table's shards (named like
 * fuel_alias_102011).
 */
PG_FUNCTION_INFO_V1(registry_table_name);
Datum
registry_table_name(PG_FUNCTION_ARGS)
{
	Oid			relid = PG_GETARG_OID(0);
	Oid			table = shard_of(relid);
	char	   *name = get_rel_name(OidIsValid(table) ? table : relid);

	if (name == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/* Is tup (of the table's descriptor) a shipped row equal to the record's values in every column (map: by name)? */
static bool
same_shipped_row(HeapTuple tup, TupleDesc tdesc, const int *map, const Datum *rvalues, const bool *rnulls,
				 AttrNumber shipped_att)
{
	Datum	   *values = palloc(tdesc->natts * sizeof(Datum));
	bool	   *nulls = palloc(tdesc->natts * sizeof(bool));
	bool		same;
	int			i;

	heap_deform_tuple(tup, tdesc, values, nulls);
	same = !nulls[shipped_att - 1] && DatumGetBool(values[shipped_att - 1]);
	for (i = 0; same && i < tdesc->natts; i++)
	{
		Form_pg_attribute a = TupleDescAttr(tdesc, i);

		if (a->attisdropped)
			continue;
		same = nulls[i] == rnulls[map[i]] &&
			(nulls[i] || datum_image_eq(values[i], rvalues[map[i]], a->attbyval, a->attlen));
	}
	pfree(values);
	pfree(nulls);
	return same;
}

/*
 * portemis._shipped_row_installed(shard regclass, r record): is r, a row
 * being written into a Citus shard of a registry table, a shipped row that
 * this node's install script wrote into the table itself, equal in every
 * column?  Citus copies the shipped rows into a reference table's shards;
 * the trigger lets those in, and nothing else.  The table's rows are read
 * directly (through Citus, the table reads as its shard).  They are the rows
 * of CREATE EXTENSION and of the updates run before the conversion: an
 * update that changes shipped rows on a converted cluster must change them
 * there too (none has yet).
 */
PG_FUNCTION_INFO_V1(registry_shipped_row_installed);
Datum
registry_shipped_row_installed(PG_FUNCTION_ARGS)
{
	Oid			table = shard_of(PG_GETARG_OID(0));
	HeapTupleHeader rec = PG_GETARG_HEAPTUPLEHEADER(1);
	TupleDesc	rdesc,
				tdesc;
	HeapTupleData rtup;
	Datum	   *rvalues;
	bool	   *rnulls;
	Relation	rel;
	Oid			pk;
	int		   *map;
	int			i,
				j,
				live = 0,
				rlive = 0;
	AttrNumber	shipped_att;
	bool		columns_match = true,
				found = false;

	/* a registry table, which the caller may read */
	if (!OidIsValid(table) || get_rel_namespace(table) != get_namespace_oid("portemis", true) ||
		pg_class_aclcheck(table, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
		PG_RETURN_BOOL(false);
	rdesc = lookup_rowtype_tupdesc(HeapTupleHeaderGetTypeId(rec), HeapTupleHeaderGetTypMod(rec));
	rtup.t_len = HeapTupleHeaderGetDatumLength(rec);
	rtup.t_data = rec;
	ItemPointerSetInvalid(&rtup.t_self);
	rtup.t_tableOid = InvalidOid;
	rvalues = palloc(rdesc->natts * sizeof(Datum));
	rnulls = palloc(rdesc->natts * sizeof(bool));
	heap_deform_tuple(&rtup, rdesc, rvalues, rnulls);
	for (j = 0; j < rdesc->natts; j++)
		rlive += !TupleDescAttr(rdesc, j)->attisdropped;

	rel = table_open(table, AccessShareLock);
	if (rel->rd_rel->relkind != RELKIND_RELATION)
	{
		table_close(rel, AccessShareLock);
		ReleaseTupleDesc(rdesc);
		PG_RETURN_BOOL(false);
	}
	tdesc = RelationGetDescr(rel);
	shipped_att = get_attnum(table, "shipped");
	/* the record's column of each of the table's, by name and type: the same columns, or no match */
	map = palloc(tdesc->natts * sizeof(int));
	for (i = 0; i < tdesc->natts; i++)
	{
		Form_pg_attribute a = TupleDescAttr(tdesc, i);

		map[i] = -1;
		if (a->attisdropped)
			continue;
		live++;
		for (j = 0; j < rdesc->natts; j++)
			if (!TupleDescAttr(rdesc, j)->attisdropped && TupleDescAttr(rdesc, j)->atttypid == a->atttypid &&
				strcmp(NameStr(TupleDescAttr(rdesc, j)->attname), NameStr(a->attname)) == 0)
				map[i] = j;
		columns_match = columns_match && map[i] >= 0;
	}
	if (columns_match && live == rlive && shipped_att != InvalidAttrNumber)
	{
		pk = RelationGetPrimaryKeyIndex(rel);
		if (OidIsValid(pk))
		{
			/* the one row with the record's key */
			Relation	index = index_open(pk, AccessShareLock);
			int			nkeys = index->rd_index->indnkeyatts;
			ScanKeyData *keys = palloc(nkeys * sizeof(ScanKeyData));
			SysScanDesc scan;
			HeapTuple	tup;
			bool		keyed = true;
			int			k;

			for (k = 0; k < nkeys; k++)
			{
				AttrNumber	att = index->rd_index->indkey.values[k];
				Oid			type = TupleDescAttr(tdesc, att - 1)->atttypid;
				Oid			op = get_opfamily_member(index->rd_opfamily[k], type, type, BTEqualStrategyNumber);

				if (!OidIsValid(op) || rnulls[map[att - 1]])
					keyed = false;
				else
					ScanKeyEntryInitialize(&keys[k], 0, att, BTEqualStrategyNumber, InvalidOid,
										   index->rd_indcollation[k], get_opcode(op), rvalues[map[att - 1]]);
			}
			index_close(index, AccessShareLock);
			if (keyed)
			{
				scan = systable_beginscan(rel, pk, true, GetActiveSnapshot(), nkeys, keys);
				while (!found && HeapTupleIsValid(tup = systable_getnext(scan)))
					found = same_shipped_row(tup, tdesc, map, rvalues, rnulls, shipped_att);
				systable_endscan(scan);
			}
		}
		else
		{
			/* no key (energy_factor: 150 rows): every row */
			TableScanDesc scan = table_beginscan(rel, GetActiveSnapshot(), 0, NULL);
			HeapTuple	tup;

			while (!found && (tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
			{
				CHECK_FOR_INTERRUPTS();
				found = same_shipped_row(tup, tdesc, map, rvalues, rnulls, shipped_att);
			}
			table_endscan(scan);
		}
	}
	table_close(rel, AccessShareLock);
	ReleaseTupleDesc(rdesc);
	PG_RETURN_BOOL(found);
}

/*
 * The registry tables may be Citus reference tables (registry_to_reference_tables(),
 * src/sql/92_citus.sql): every node holds all their rows, and they never move.
 * A worker computing its part of a distributed query reads them through
 * Citus, which refuses any query on a Citus table inside a shard query
 * ("nested distributed execution"), because a distributed table's shards may
 * move or live elsewhere.  A reference table's rows are on this node, so
 * portemis's own reads of its registry allow it for their duration only:
 * the setting is restored at the end, or by the abort of the transaction or
 * subtransaction on an error.  Returns the GUC nest level to end, or -1
 * where Citus is not loaded.
 */
int
pm_citus_registry_read_begin(void)
{
	int			level;

	if (!citus_loaded())
		return -1;
	level = NewGUCNestLevel();
	(void) set_config_option("citus.allow_nested_distributed_execution", "on", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	return level;
}

void
pm_citus_registry_read_end(int level)
{
	if (level >= 0)
		AtEOXact_GUC(true, level);
}

void
pm_citus_init(void)
{
	prev_planner = planner_hook;
	planner_hook = pm_planner;
}
