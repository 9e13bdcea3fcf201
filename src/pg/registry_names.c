/*
 * registry_names.c: the lookups of the registry's name triggers
 * (portemis.fuel_name_unique, portemis.port_alias_check).
 *
 * A trigger checks a rule across two tables (an alias is no fuel code; an
 * alias leads to a port), which no index can hold.  Each lookup reads the
 * other table through an index on the key, in the latest state, other
 * transactions' uncommitted changes included (a dirty snapshot, as a unique
 * index's check does): a row another
 * transaction is inserting or deleting is waited for, and the scan starts
 * again once that transaction has ended.  The triggers run AFTER the row is
 * written, so of two transactions that write the two sides of a clash at
 * once, the second to look sees the first's row and waits for it (or the
 * deadlock detector ends one of them).  So the rule holds at every isolation
 * level, with no lock a role without write access could hold to stall the
 * writers (0.9.0 replaced an advisory lock that any role could take).  On a
 * Citus node where the registry tables are reference tables, the triggers run
 * on their shards there, and the lookups read the other table's shard.
 */
#include "portemis.h"

#include "access/genam.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/nbtree.h"
#include "access/relscan.h"
#include "access/skey.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "catalog/pg_am_d.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "storage/lmgr.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/snapmgr.h"

/* Column col of the tuple as text (its type's output), or NULL. */
static char *
column_text(HeapTuple tup, TupleDesc desc, AttrNumber col)
{
	bool		isnull;
	Datum		d = heap_getattr(tup, col, desc, &isnull);
	Oid			out;
	bool		varlena;

	if (isnull)
		return NULL;
	getTypeOutputInfo(TupleDescAttr(desc, col - 1)->atttypid, &out, &varlena);
	return OidOutputFunctionCall(out, d);
}

/* A valid btree index of rel whose first column is att (InvalidOid: none). */
static Oid
index_on(Relation rel, AttrNumber att)
{
	List	   *indexes = RelationGetIndexList(rel);
	ListCell   *lc;
	Oid			found = InvalidOid;

	foreach(lc, indexes)
	{
		Relation	idx = index_open(lfirst_oid(lc), AccessShareLock);

		if (idx->rd_index->indisvalid && idx->rd_rel->relam == BTREE_AM_OID &&
			idx->rd_index->indkey.values[0] == att && !OidIsValid(found))
			found = RelationGetRelid(idx);
		index_close(idx, AccessShareLock);
	}
	list_free(indexes);
	return found;
}

/* The scan key "column att = key" for the btree index idx (key as text, read by the column's type). */
static void
equality_key(Relation rel, Oid idx, AttrNumber att, const char *key, ScanKey sk)
{
	Relation	index = index_open(idx, AccessShareLock);
	Oid			type = TupleDescAttr(RelationGetDescr(rel), att - 1)->atttypid;
	Oid			op = get_opfamily_member(index->rd_opfamily[0], type, type, BTEqualStrategyNumber);
	Oid			input,
				ioparam;

	if (!OidIsValid(op))
		elog(ERROR, "no equality operator for the index of %s", RelationGetRelationName(rel));
	getTypeInputInfo(type, &input, &ioparam);
	ScanKeyEntryInitialize(sk, 0, att, BTEqualStrategyNumber, InvalidOid, index->rd_indcollation[0],
						   get_opcode(op), OidInputFunctionCall(input, (char *) key, ioparam, -1));
	index_close(index, AccessShareLock);
}

/*
 * The smallest value, as text, of column result_col among the rows of
 * portemis.relname whose column key_col reads as key; NULL without a row.
 * Through an index on key_col where there is one (every lookup of the four
 * has one: a write of many rows stays linear).  The caller must be able to
 * read the table.
 */
static text *
latest_min(const char *relname, const char *key_col, const char *key, const char *result_col)
{
	Oid			relid = RangeVarGetRelid(makeRangeVar("portemis", pstrdup(relname), -1), AccessShareLock, false);
	Oid			here;
	Relation	rel;
	AttrNumber	key_att,
				result_att;
	SnapshotData dirty;
	ScanKeyData key_template,
				sk;
	Oid			idx;
	char	   *best = NULL;
	AclResult	acl = pg_class_aclcheck(relid, GetUserId(), ACL_SELECT);

	if (acl != ACLCHECK_OK)
		aclcheck_error(acl, OBJECT_TABLE, relname);
	/* a Citus reference table: its shard on this node (columns by name: a shard has no dropped ones) */
	here = pm_registry_relation_here(relid);
	rel = table_open(here, AccessShareLock);
	key_att = get_attnum(here, key_col);
	result_att = get_attnum(here, result_col);
	if (key_att == InvalidAttrNumber || result_att == InvalidAttrNumber)
		elog(ERROR, "portemis.%s has no column %s or %s", relname, key_col, result_col);
	idx = index_on(rel, key_att);
	memset(&key_template, 0, sizeof(key_template));
	if (OidIsValid(idx))
		equality_key(rel, idx, key_att, key, &key_template);
	InitDirtySnapshot(dirty);
	for (;;)
	{
		SysScanDesc scan;
		HeapTuple	tup;
		TransactionId wait_for = InvalidTransactionId;
		ItemPointerData wait_tid;

		/*
		 * By the index with the key, else every row (the key is tested below
		 * either way); systable_beginscan rewrites its key to the index's
		 * column numbers, so each pass starts from a fresh copy.
		 */
		sk = key_template;
		scan = systable_beginscan(rel, idx, OidIsValid(idx), &dirty, OidIsValid(idx) ? 1 : 0, &sk);

		best = NULL;
		while ((tup = systable_getnext(scan)) != NULL)
		{
			char	   *k = column_text(tup, RelationGetDescr(rel), key_att);
			char	   *r;

			CHECK_FOR_INTERRUPTS();
			if (k == NULL || strcmp(k, key) != 0)
				continue;
			/* set by the visibility test of this tuple: another transaction is writing it */
			wait_for = TransactionIdIsValid(dirty.xmin) ? dirty.xmin : dirty.xmax;
			if (TransactionIdIsValid(wait_for))
			{
				wait_tid = tup->t_self;
				break;
			}
			r = column_text(tup, RelationGetDescr(rel), result_att);
			if (r != NULL && (best == NULL || strcmp(r, best) < 0))
				best = r;
		}
		systable_endscan(scan);
		if (!TransactionIdIsValid(wait_for))
			break;
		XactLockTableWait(wait_for, rel, &wait_tid, XLTW_None);
	}
	table_close(rel, AccessShareLock);
	return best == NULL ? NULL : cstring_to_text(best);
}

static Datum
lookup_result(FunctionCallInfo fcinfo, const char *relname, const char *key_col, const char *result_col)
{
	text	   *found = latest_min(relname, key_col, text_to_cstring(PG_GETARG_TEXT_PP(0)), result_col);

	if (found == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(found);
}

/* portemis._fuel_code_set(fuel text): the first factor set (by name) with that fuel code */
PG_FUNCTION_INFO_V1(registry_fuel_code_set);
Datum
registry_fuel_code_set(PG_FUNCTION_ARGS)
{
	return lookup_result(fcinfo, "fuel_factor", "fuel", "factor_set");
}

/* portemis._fuel_alias_of(alias text): the fuel that alias names */
PG_FUNCTION_INFO_V1(registry_fuel_alias_of);
Datum
registry_fuel_alias_of(PG_FUNCTION_ARGS)
{
	return lookup_result(fcinfo, "fuel_alias", "alias", "fuel");
}

/* portemis._port_with_code(code text): the code, if a port of the gazetteer has it */
PG_FUNCTION_INFO_V1(registry_port_with_code);
Datum
registry_port_with_code(PG_FUNCTION_ARGS)
{
	return lookup_result(fcinfo, "port", "locode", "locode");
}

/* portemis._port_alias_to(code text): the first alias (by code) that leads to the code */
PG_FUNCTION_INFO_V1(registry_port_alias_to);
Datum
registry_port_alias_to(PG_FUNCTION_ARGS)
{
	return lookup_result(fcinfo, "port_alias", "locode", "alias");
}
