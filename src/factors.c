/*
 * factors.c: the per-backend cache of the emission-factor registry.
 *
 * The registry tables (src/sql/40_factors.sql) are read once per backend
 * through SPI into memory under TopMemoryContext.  A statement trigger on
 * every registry table calls CacheInvalidateRelcache; our relcache callback
 * marks the cache stale, so the next call reloads it: in the same session
 * after the changing command, in other sessions after its commit.  Calls
 * keep their resolved set and fuels in fn_extra, checked against the
 * registry generation, so the per-row cost is a few comparisons.
 */
#include "portemis.h"

#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "factors.h"

/* The session's default factor set: SET portemis.factor_set = 'fueleu'. */
char	   *pm_default_factor_set = NULL;

typedef struct PmAlias
{
	char		alias[PM_FUEL_CODE_MAX + 1];
	char		fuel[PM_FUEL_CODE_MAX + 1];
} PmAlias;

static MemoryContext registry_context = NULL;
static bool registry_valid = false;
static uint64 registry_generation = 0;
static int	registry_nsets = 0;
static PmFactorSet *registry_sets = NULL;
static int	registry_naliases = 0;
static PmAlias *registry_aliases = NULL;

#define REGISTRY_TABLES 4
static Oid	registry_relids[REGISTRY_TABLES];

static void
registry_relcache_callback(Datum arg pg_attribute_unused(), Oid relid)
{
	int			i;

	if (!registry_valid)
		return;
	if (relid == InvalidOid)
	{
		registry_valid = false;
		return;
	}
	for (i = 0; i < REGISTRY_TABLES; i++)
		if (registry_relids[i] == relid)
			registry_valid = false;
}

static bool
check_factor_set_name(char **newval, void **extra pg_attribute_unused(),
					  GucSource source pg_attribute_unused())
{
	const char *p = *newval;

	if (p == NULL || *p < 'a' || *p > 'z' || strlen(p) > PM_FACTOR_SET_NAME_MAX)
	{
		GUC_check_errdetail("A factor set name is a lower-case identifier such as imo or fueleu.");
		return false;
	}
	for (; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
		{
			GUC_check_errdetail("A factor set name is a lower-case identifier such as imo or fueleu.");
			return false;
		}
	return true;
}

void
pm_factors_init(void)
{
	DefineCustomStringVariable("portemis.factor_set",
							   "Default emission-factor set of portemis's calculating functions.",
							   "A name from the table factor_set: imo (MEPC.364(79)) or fueleu (Regulation (EU) 2023/1805 Annex II), or a user set.",
							   &pm_default_factor_set,
							   "imo",
							   PGC_USERSET,
							   0,
							   check_factor_set_name, NULL, NULL);
	MarkGUCPrefixReserved("portemis");
	CacheRegisterRelcacheCallback(registry_relcache_callback, (Datum) 0);
}

/* ---------- loading ---------- */

static double
spi_float8(HeapTuple tup, TupleDesc desc, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(tup, desc, col, isnull);

	return *isnull ? 0.0 : DatumGetFloat8(d);
}

static void
spi_text(HeapTuple tup, TupleDesc desc, int col, char *buf, size_t size)
{
	char	   *s = SPI_getvalue(tup, desc, col);

	strlcpy(buf, s ? s : "", size);
}

static void
spi_run(const char *query)
{
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "portemis: factor registry query failed: %s", query);
}

static PmFactorSet *
find_loaded_set(const char *name)
{
	int			i;

	for (i = 0; i < registry_nsets; i++)
		if (strcmp(registry_sets[i].name, name) == 0)
			return &registry_sets[i];
	return NULL;
}

static void
registry_load(void)
{
	const char *schema;
	StringInfoData q;
	MemoryContext oldcxt;
	uint64		i;
	int			s;

	if (registry_context == NULL)
		registry_context = AllocSetContextCreate(TopMemoryContext, "portemis factor registry",
												 ALLOCSET_SMALL_SIZES);
	MemoryContextReset(registry_context);
	registry_nsets = 0;
	registry_naliases = 0;
	/* mark valid before reading, so an invalidation during the load is not lost */
	registry_valid = true;
	registry_generation++;

	SPI_connect();
	spi_run("SELECT n.nspname FROM pg_catalog.pg_extension e "
			"JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'portemis'");
	if (SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("extension \"portemis\" is not installed in this database")));
	schema = quote_identifier(SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1));
	initStringInfo(&q);

	appendStringInfo(&q, "SELECT c.oid FROM pg_catalog.pg_class c WHERE c.relnamespace = %s::regnamespace "
					 "AND c.relname IN ('factor_set', 'fuel_factor', 'fuel_pollutant_factor', 'fuel_alias')",
					 quote_literal_cstr(schema));
	spi_run(q.data);
	for (i = 0; i < REGISTRY_TABLES; i++)
	{
		bool		isnull;

		registry_relids[i] = i < SPI_processed ?
			DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull)) :
			InvalidOid;
	}

	resetStringInfo(&q);
	appendStringInfo(&q, "SELECT s.name, count(f.fuel) FROM %s.factor_set s "
					 "LEFT JOIN %s.fuel_factor f ON f.factor_set = s.name GROUP BY s.name ORDER BY s.name",
					 schema, schema);
	spi_run(q.data);
	oldcxt = MemoryContextSwitchTo(registry_context);
	registry_nsets = (int) SPI_processed;
	registry_sets = palloc0(sizeof(PmFactorSet) * Max(registry_nsets, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		PmFactorSet *set = &registry_sets[i];

		spi_text(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, set->name, sizeof(set->name));
		set->nfuels = 0;
		set->capacity = (int) DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i],
														  SPI_tuptable->tupdesc, 2, &isnull));
		set->fuels = palloc0(sizeof(PmFuelFactor) * Max(1, set->capacity));
	}
	MemoryContextSwitchTo(oldcxt);

	resetStringInfo(&q);
	appendStringInfo(&q, "SELECT factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, slip_pct, "
					 "wtt_gco2e_per_mj, sulphur_pct FROM %s.fuel_factor ORDER BY factor_set, fuel", schema);
	spi_run(q.data);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char		setname[PM_FACTOR_SET_NAME_MAX + 1];
		PmFactorSet *set;
		PmFuelFactor *f;
		bool		isnull;

		spi_text(tup, desc, 1, setname, sizeof(setname));
		set = find_loaded_set(setname);
		if (set == NULL || set->nfuels == set->capacity)
			continue;			/* cannot happen: foreign key, one snapshot */
		f = &set->fuels[set->nfuels++];
		spi_text(tup, desc, 2, f->fuel, sizeof(f->fuel));
		f->lcv_mj_per_g = spi_float8(tup, desc, 3, &isnull);
		f->cf_co2 = spi_float8(tup, desc, 4, &isnull);
		f->cf_ch4 = spi_float8(tup, desc, 5, &isnull);
		f->cf_n2o = spi_float8(tup, desc, 6, &isnull);
		f->slip_pct = spi_float8(tup, desc, 7, &isnull);
		f->wtt_gco2e_per_mj = spi_float8(tup, desc, 8, &isnull);
		f->has_wtt = !isnull;
		f->sulphur_pct = spi_float8(tup, desc, 9, &isnull);
		f->has_sulphur = !isnull;
	}

	resetStringInfo(&q);
	appendStringInfo(&q, "SELECT factor_set, fuel, pollutant, t_per_t FROM %s.fuel_pollutant_factor", schema);
	spi_run(q.data);
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char		setname[PM_FACTOR_SET_NAME_MAX + 1];
		char		fuel[PM_FUEL_CODE_MAX + 1];
		char		pollutant[16];
		PmFactorSet *set;
		int			idx;
		bool		isnull;

		spi_text(tup, desc, 1, setname, sizeof(setname));
		spi_text(tup, desc, 2, fuel, sizeof(fuel));
		spi_text(tup, desc, 3, pollutant, sizeof(pollutant));
		set = find_loaded_set(setname);
		idx = pm_pollutant_lookup(pollutant, strlen(pollutant));
		if (set == NULL || idx < 0)
			continue;			/* cannot happen: foreign key and CHECK */
		for (s = 0; s < set->nfuels; s++)
			if (strcmp(set->fuels[s].fuel, fuel) == 0)
				set->fuels[s].other_t_per_t[idx] = spi_float8(tup, desc, 4, &isnull);
	}

	resetStringInfo(&q);
	appendStringInfo(&q, "SELECT alias, fuel FROM %s.fuel_alias ORDER BY alias", schema);
	spi_run(q.data);
	oldcxt = MemoryContextSwitchTo(registry_context);
	registry_aliases = palloc0(sizeof(PmAlias) * Max(1, SPI_processed));
	MemoryContextSwitchTo(oldcxt);
	for (i = 0; i < SPI_processed; i++)
	{
		spi_text(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1,
				 registry_aliases[i].alias, sizeof(registry_aliases[i].alias));
		spi_text(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2,
				 registry_aliases[i].fuel, sizeof(registry_aliases[i].fuel));
	}
	registry_naliases = (int) SPI_processed;
	SPI_finish();
}

static void
registry_ensure(void)
{
	if (!registry_valid)
	{
		PG_TRY();
		{
			registry_load();
		}
		PG_CATCH();
		{
			registry_valid = false;
			PG_RE_THROW();
		}
		PG_END_TRY();
	}
}

/* ---------- lookups ---------- */

static const PmFactorSet *
set_lookup(const char *name)
{
	const PmFactorSet *set;
	StringInfoData known;
	int			i;

	registry_ensure();
	set = find_loaded_set(name);
	if (set != NULL)
		return set;
	initStringInfo(&known);
	for (i = 0; i < registry_nsets; i++)
		appendStringInfo(&known, "%s%s", i > 0 ? ", " : "", registry_sets[i].name);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown factor set \"%s\"", name),
			 errhint("Known factor sets: %s. Add one to the table factor_set, or copy one with factor_set_copy().",
					 known.data)));
	return NULL;				/* keep compiler quiet */
}

static const PmFuelFactor *
fuel_lookup(const PmFactorSet *set, const char *code)
{
	StringInfoData known;
	int			i,
				a;

	for (i = 0; i < set->nfuels; i++)
		if (strcmp(set->fuels[i].fuel, code) == 0)
			return &set->fuels[i];
	for (a = 0; a < registry_naliases; a++)
		if (strcmp(registry_aliases[a].alias, code) == 0)
			for (i = 0; i < set->nfuels; i++)
				if (strcmp(set->fuels[i].fuel, registry_aliases[a].fuel) == 0)
					return &set->fuels[i];
	initStringInfo(&known);
	for (i = 0; i < set->nfuels; i++)
		appendStringInfo(&known, "%s%s", i > 0 ? ", " : "", set->fuels[i].fuel);
	for (a = 0; a < registry_naliases; a++)
		appendStringInfo(&known, ", %s (= %s)", registry_aliases[a].alias, registry_aliases[a].fuel);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown fuel \"%s\" in factor set \"%s\"", code, set->name),
			 errhint("Fuels of set %s: %s.", set->name, known.data)));
	return NULL;				/* keep compiler quiet */
}

/*
 * What one call site has resolved, kept in fn_extra and checked against the
 * registry generation.
 */
#define MEMO_FUELS 8
typedef struct FactorCallCache
{
	uint64		generation;
	char		set_name[PM_FACTOR_SET_NAME_MAX + 1];
	const PmFactorSet *set;
	int			nmemo;
	int			next_slot;
	struct
	{
		char		code[PM_FUEL_CODE_MAX + 1];
		const PmFuelFactor *factor;
	}			memo[MEMO_FUELS];
} FactorCallCache;

static FactorCallCache *
call_cache(FunctionCallInfo fcinfo)
{
	FactorCallCache *cache = (FactorCallCache *) fcinfo->flinfo->fn_extra;

	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(FactorCallCache));
		fcinfo->flinfo->fn_extra = cache;
	}
	registry_ensure();
	if (cache->generation != registry_generation)
	{
		cache->generation = registry_generation;
		cache->set = NULL;
		cache->nmemo = 0;
	}
	return cache;
}

const PmFactorSet *
pm_factor_set_named(FunctionCallInfo fcinfo, const char *name)
{
	FactorCallCache *cache = call_cache(fcinfo);

	if (name == NULL)
		name = pm_default_factor_set ? pm_default_factor_set : "imo";
	if (cache->set == NULL || strcmp(cache->set_name, name) != 0)
	{
		cache->set = set_lookup(name);
		strlcpy(cache->set_name, cache->set->name, sizeof(cache->set_name));
		cache->nmemo = 0;
	}
	return cache->set;
}

const PmFactorSet *
pm_factor_set_arg(FunctionCallInfo fcinfo, int argno)
{
	char		name[PM_FACTOR_SET_NAME_MAX + 2];

	if (PG_ARGISNULL(argno))
		return pm_factor_set_named(fcinfo, NULL);
	text_to_cstring_buffer(PG_GETARG_TEXT_PP(argno), name, sizeof(name));
	return pm_factor_set_named(fcinfo, name);
}

const PmFuelFactor *
pm_fuel_factor(FunctionCallInfo fcinfo, const PmFactorSet *set, const char *code)
{
	FactorCallCache *cache = (FactorCallCache *) fcinfo->flinfo->fn_extra;
	const PmFuelFactor *f;
	int			i;

	Assert(cache != NULL && cache->set == set);
	for (i = 0; i < cache->nmemo; i++)
		if (strcmp(cache->memo[i].code, code) == 0)
			return cache->memo[i].factor;
	f = fuel_lookup(set, code);
	i = cache->nmemo < MEMO_FUELS ? cache->nmemo++ : (cache->next_slot++ % MEMO_FUELS);
	strlcpy(cache->memo[i].code, code, sizeof(cache->memo[i].code));
	cache->memo[i].factor = f;
	return f;
}

/* ---------- the invalidation trigger ---------- */

PG_FUNCTION_INFO_V1(factor_registry_changed);
Datum
factor_registry_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("factor_registry_changed() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
