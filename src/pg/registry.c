/*
 * registry.c: the per-backend cache of the registry tables (factors, activity tables, corridors).
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

#include "catalog/namespace.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "storage/proc.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "registry.h"

/* The session's default factor set: SET portemis.factor_set = 'fueleu'. */
char	   *pm_default_factor_set = NULL;

typedef struct PmAlias
{
	char		alias[PM_FUEL_CODE_MAX + 1];
	char		fuel[PM_FUEL_CODE_MAX + 1];
} PmAlias;

static MemoryContext registry_context = NULL;
static bool registry_valid = false;	/* no invalidation since the last load */
static bool registry_loaded = false;	/* the cache holds a complete load */
static bool registry_own_change = false;	/* this backend changed a registry table */
static uint64 registry_generation = 0;
static int	registry_nsets = 0;
static PmFactorSet *registry_sets = NULL;
static int	registry_naliases = 0;
static PmAlias *registry_aliases = NULL;

static const char *const registry_table_names[] = {
	"factor_set", "fuel_factor", "fuel_pollutant_factor", "fuel_alias",
	"energy_factor", "energy_fuel", "llaf_coefficient", "auxiliary_power", "transit_speed_ratio",
	"corridor", "corridor_port", "ship_type", "ship_type_alias", "ais_ship_type", "port_alias"
};

#define REGISTRY_TABLES ((int) lengthof(registry_table_names))
static Oid	registry_relids[REGISTRY_TABLES];

/* The activity-based method's tables. */
typedef struct PmAuxPowerRow
{
	char	   *basis;			/* in registry_context: names of any length */
	char	   *ship_type;
	double		size_min;
	double		size_max;
	PmSizeUnit	unit;
	PmEngineGroup group;
	double		kw[PM_NMODES];
} PmAuxPowerRow;

typedef struct PmSpeedRatioRow
{
	char	   *ship_type;
	double		ratio;
} PmSpeedRatioRow;

/* The ship-type vocabulary: codes with their parents, and aliases. */
typedef struct PmShipTypeRow
{
	char	   *code;			/* in registry_context */
	char	   *parent;			/* NULL: none */
} PmShipTypeRow;

typedef struct PmShipTypeAlias
{
	char	   *alias;
	char	   *code;
} PmShipTypeAlias;

static int	registry_nship_types = 0;
static PmShipTypeRow *registry_ship_types = NULL;
static int	registry_nship_aliases = 0;
static PmShipTypeAlias *registry_ship_aliases = NULL;

/* AIS type codes, user rows first. */
typedef struct PmAisTypeRow
{
	int			code_min;
	int			code_max;
	char	   *ship_type;		/* in registry_context */
	char	   *meaning;
} PmAisTypeRow;

static int	registry_nais = 0;
static PmAisTypeRow *registry_ais = NULL;

const char *const pm_size_unit_names[PM_NSIZE_UNITS] = {"dwt", "gt", "teu", "passengers"};

/* Corridors: each port of either end, with the corridor's name. */
typedef struct PmCorridorPort
{
	char	   *corridor;		/* in registry_context */
	bool		side_a;
	int32		locode;			/* the port's code, or an alias of it (portemis.port_alias) */
	bool		shipped;		/* the row, and the alias row through which it is reached, are shipped */
} PmCorridorPort;

static int	registry_ncorridor_ports = 0;
static PmCorridorPort *registry_corridor_ports = NULL;

static PmEnergyTables *registry_energy = NULL;
static int	registry_naux = 0;
static PmAuxPowerRow *registry_aux = NULL;

/* The rows of one (basis, ship type, engine group), user rows first: registry_aux[first .. first + count). */
typedef struct PmAuxGroup
{
	const char *basis;
	const char *ship_type;
	PmEngineGroup group;
	int			first;
	int			count;
} PmAuxGroup;

static int	registry_naux_groups = 0;
static PmAuxGroup *registry_aux_groups = NULL;
static int	registry_nratios = 0;
static PmSpeedRatioRow *registry_ratios = NULL;

/* Which auxiliary power defaults: SET portemis.aux_power_basis = 'starcrest2016'. */
char	   *pm_aux_power_basis = NULL;

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

/* A result-changing setting changed: on Citus, plans cached before are planned (and checked) again. */
static void
assign_result_setting(const char *newval pg_attribute_unused(), void *extra pg_attribute_unused())
{
	pm_citus_setting_changed();
}

void
pm_factors_init(void)
{
	DefineCustomStringVariable("portemis.factor_set",
							   "Default emission-factor set of portemis's calculating functions.",
							   "A name from the table portemis.factor_set: imo (MEPC.364(79)) or fueleu (Regulation (EU) 2023/1805 Annex II), or a user set.",
							   &pm_default_factor_set,
							   "imo",
							   PGC_USERSET,
							   0,
							   check_factor_set_name, assign_result_setting, NULL);
	DefineCustomStringVariable("portemis.aux_power_basis",
							   "Auxiliary engine and boiler power defaults of mode_emissions.",
							   "A basis of the table portemis.auxiliary_power: imo_ghg3 (EPA guidance Appendix E) or starcrest2016 (Port of Los Angeles).",
							   &pm_aux_power_basis,
							   "imo_ghg3",
							   PGC_USERSET,
							   0,
							   check_factor_set_name, assign_result_setting, NULL);
	MarkGUCPrefixReserved("portemis");
	CacheRegisterRelcacheCallback(registry_relcache_callback, (Datum) 0);
}

/* ---------- loading ---------- */

/*
 * The registry is read by one table-driven loop: each entry names a query and
 * a function that stores one row.  Every name in the queries is qualified
 * (portemis.*, pg_catalog.*), so a caller's search_path cannot substitute a
 * function, operator or table of its own.
 */
typedef struct RegistryReader
{
	const char *query;
	void		(*start) (uint64 nrows);	/* allocate for nrows rows, or NULL */
	void		(*row) (HeapTuple tup, TupleDesc desc, uint64 i);
	void		(*finish) (void);	/* after the last row, or NULL */
} RegistryReader;

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

/* A text column, whole, in the registry's memory (names have no length limit). */
static char *
spi_strdup(HeapTuple tup, TupleDesc desc, int col)
{
	char	   *s = SPI_getvalue(tup, desc, col);

	return MemoryContextStrdup(registry_context, s ? s : "");
}

static int
spi_code(HeapTuple tup, TupleDesc desc, int col, int (*lookup_fn) (const char *, size_t))
{
	char	   *v = SPI_getvalue(tup, desc, col);

	return v ? lookup_fn(v, strlen(v)) : -1;
}

static void *
registry_alloc(size_t size, uint64 n)
{
	return MemoryContextAllocZero(registry_context, size * Max(n, 1));
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

/* factor_set, with the number of fuels of each (the capacity of its array) */
static void
sets_start(uint64 n)
{
	registry_sets = registry_alloc(sizeof(PmFactorSet), n);
	registry_nsets = (int) n;
}

static void
sets_row(HeapTuple tup, TupleDesc desc, uint64 i)
{
	PmFactorSet *set = &registry_sets[i];
	bool		isnull;

	spi_text(tup, desc, 1, set->name, sizeof(set->name));
	set->nfuels = 0;
	set->capacity = (int) DatumGetInt64(SPI_getbinval(tup, desc, 2, &isnull));
	set->fuels = registry_alloc(sizeof(PmFuelFactor), set->capacity);
}

static void
fuel_factor_row(HeapTuple tup, TupleDesc desc, uint64 row pg_attribute_unused())
{
	int			i;
	char		setname[PM_FACTOR_SET_NAME_MAX + 1];
	PmFactorSet *set;
	PmFuelFactor *f;
	bool		isnull;

	spi_text(tup, desc, 1, setname, sizeof(setname));
	set = find_loaded_set(setname);
	if (set == NULL || set->nfuels == set->capacity)
		return;					/* cannot happen: foreign key, one snapshot */
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
	f->zero_or_low_carbon = DatumGetBool(SPI_getbinval(tup, desc, 10, &isnull));
	for (i = 0; i < PM_NPOLLUTANTS; i++)
		f->other_t_per_t[i] = PM_UNKNOWN;	/* until fuel_pollutant_factor gives one */
}

static void
fuel_pollutant_row(HeapTuple tup, TupleDesc desc, uint64 i pg_attribute_unused())
{
	char		setname[PM_FACTOR_SET_NAME_MAX + 1];
	char		fuel[PM_FUEL_CODE_MAX + 1];
	char		pollutant[16];
	PmFactorSet *set;
	int			idx,
				s;
	bool		isnull;

	spi_text(tup, desc, 1, setname, sizeof(setname));
	spi_text(tup, desc, 2, fuel, sizeof(fuel));
	spi_text(tup, desc, 3, pollutant, sizeof(pollutant));
	set = find_loaded_set(setname);
	idx = pm_pollutant_lookup(pollutant, strlen(pollutant));
	if (set == NULL || idx < 0)
		return;					/* cannot happen: foreign key and CHECK */
	for (s = 0; s < set->nfuels; s++)
		if (strcmp(set->fuels[s].fuel, fuel) == 0)
		{
			double		t_per_t = spi_float8(tup, desc, 4, &isnull);

			set->fuels[s].other_t_per_t[idx] = isnull ? PM_UNKNOWN : t_per_t;
		}
}

static void
aliases_start(uint64 n)
{
	registry_aliases = registry_alloc(sizeof(PmAlias), n);
	registry_naliases = (int) n;
}

static void
alias_row(HeapTuple tup, TupleDesc desc, uint64 i)
{
	spi_text(tup, desc, 1, registry_aliases[i].alias, sizeof(registry_aliases[i].alias));
	spi_text(tup, desc, 2, registry_aliases[i].fuel, sizeof(registry_aliases[i].fuel));
}

/* ---------- the activity-based tables ---------- */

static int
size_unit_lookup(const char *s, size_t len)
{
	int			i;

	for (i = 0; i < PM_NSIZE_UNITS; i++)
		if (pm_word_eq(s, len, pm_size_unit_names[i]))
			return i;
	return -1;
}

static void
energy_start(uint64 n pg_attribute_unused())
{
	registry_energy = registry_alloc(sizeof(PmEnergyTables), 1);
}

/* Rows come shipped first, so a user row with the same key overrides the shipped one. */
static void
energy_factor_row(HeapTuple tup, TupleDesc desc, uint64 i pg_attribute_unused())
{
	int			g = spi_code(tup, desc, 1, pm_group_lookup);
	int			e = spi_code(tup, desc, 2, pm_engine_lookup);
	int			f = spi_code(tup, desc, 3, pm_energy_fuel_lookup);
	char	   *quantity = SPI_getvalue(tup, desc, 4);
	bool		isnull;
	int			tier = DatumGetInt32(SPI_getbinval(tup, desc, 5, &isnull));
	PmOptional *slot;

	if (g < 0 || e < 0 || f < 0 || (!isnull && (tier < 0 || tier >= PM_NTIERS)))
		return;					/* a code the C layer does not know (the tables' CHECKs keep tiers 0..3) */
	if (strcmp(quantity, "NOx") == 0)
		slot = &registry_energy->nox[g][e][f][tier];
	else
	{
		int			qn = pm_quantity_lookup(quantity, strlen(quantity));

		if (qn < 0)
			return;
		slot = &registry_energy->ef[g][e][f][qn];
	}
	slot->has = true;
	slot->v = spi_float8(tup, desc, 6, &isnull);
}

static void
energy_fuel_row(HeapTuple tup, TupleDesc desc, uint64 i pg_attribute_unused())
{
	int			f = spi_code(tup, desc, 1, pm_energy_fuel_lookup);
	PmEnergyFuelRow *row;
	bool		isnull;

	if (f < 0)
		return;
	row = &registry_energy->fuel[f];
	row->has = true;
	row->cf_co2 = spi_float8(tup, desc, 2, &isnull);
	row->sulphur_pct = spi_float8(tup, desc, 3, &isnull);
	row->so2_g_per_g.v = spi_float8(tup, desc, 4, &isnull);
	row->so2_g_per_g.has = !isnull;
	row->pm_nom.v = spi_float8(tup, desc, 5, &isnull);
	row->pm_nom.has = !isnull;
	row->pm_mwr = spi_float8(tup, desc, 6, &isnull);
	row->pm_fsc = spi_float8(tup, desc, 7, &isnull);
}

static void
llaf_row(HeapTuple tup, TupleDesc desc, uint64 i pg_attribute_unused())
{
	int			p = spi_code(tup, desc, 1, pm_pollutant_lookup);
	PmLlafRow  *row;
	bool		isnull;

	if (p < 0)
		return;
	row = &registry_energy->llaf[p];
	row->has = true;
	row->a = spi_float8(tup, desc, 2, &isnull);
	row->x = spi_float8(tup, desc, 3, &isnull);
	row->b = spi_float8(tup, desc, 4, &isnull);
}

static void
aux_start(uint64 n)
{
	registry_aux = registry_alloc(sizeof(PmAuxPowerRow), n);
	registry_naux = 0;
}

static void
aux_row(HeapTuple tup, TupleDesc desc, uint64 i pg_attribute_unused())
{
	PmAuxPowerRow *row = &registry_aux[registry_naux];
	int			unit = spi_code(tup, desc, 5, size_unit_lookup);
	int			group = spi_code(tup, desc, 6, pm_group_lookup);
	bool		isnull;
	int			m;

	if (unit < 0 || group < 0)
		return;
	row->basis = spi_strdup(tup, desc, 1);
	row->ship_type = spi_strdup(tup, desc, 2);
	row->size_min = spi_float8(tup, desc, 3, &isnull);
	row->size_max = spi_float8(tup, desc, 4, &isnull);
	row->unit = (PmSizeUnit) unit;
	row->group = (PmEngineGroup) group;
	for (m = 0; m < PM_NMODES; m++)
		row->kw[m] = spi_float8(tup, desc, 7 + m, &isnull);
	registry_naux++;
}

/* The rows arrive sorted by (basis, ship type, group), user rows first: index the runs. */
static void
aux_finish(void)
{
	int			i;

	registry_aux_groups = registry_alloc(sizeof(PmAuxGroup), registry_naux);
	registry_naux_groups = 0;
	for (i = 0; i < registry_naux; i++)
	{
		const PmAuxPowerRow *row = &registry_aux[i];
		PmAuxGroup *g = registry_naux_groups > 0 ? &registry_aux_groups[registry_naux_groups - 1] : NULL;

		if (g == NULL || strcmp(g->basis, row->basis) != 0 || strcmp(g->ship_type, row->ship_type) != 0 ||
			g->group != row->group)
		{
			g = &registry_aux_groups[registry_naux_groups++];
			g->basis = row->basis;
			g->ship_type = row->ship_type;
			g->group = row->group;
			g->first = i;
			g->count = 0;
		}
		g->count++;
	}
}

static void
ratios_start(uint64 n)
{
	registry_ratios = registry_alloc(sizeof(PmSpeedRatioRow), n);
	registry_nratios = (int) n;
}

static void
ratio_row(HeapTuple tup, TupleDesc desc, uint64 i)
{
	bool		isnull;

	registry_ratios[i].ship_type = spi_strdup(tup, desc, 1);
	registry_ratios[i].ratio = spi_float8(tup, desc, 2, &isnull);
}

static void
ship_types_start(uint64 n)
{
	registry_ship_types = registry_alloc(sizeof(PmShipTypeRow), n);
	registry_nship_types = (int) n;
}

static void
ship_type_row(HeapTuple tup, TupleDesc desc, uint64 i)
{
	bool		isnull;

	registry_ship_types[i].code = spi_strdup(tup, desc, 1);
	(void) SPI_getbinval(tup, desc, 2, &isnull);
	registry_ship_types[i].parent = isnull ? NULL : spi_strdup(tup, desc, 2);
}

static void
ship_aliases_start(uint64 n)
{
	registry_ship_aliases = registry_alloc(sizeof(PmShipTypeAlias), n);
	registry_nship_aliases = (int) n;
}

static void
ship_alias_row(HeapTuple tup, TupleDesc desc, uint64 i)
{
	registry_ship_aliases[i].alias = spi_strdup(tup, desc, 1);
	registry_ship_aliases[i].code = spi_strdup(tup, desc, 2);
}

static void
ais_start(uint64 n)
{
	registry_ais = registry_alloc(sizeof(PmAisTypeRow), n);
	registry_nais = (int) n;
}

static void
ais_row(HeapTuple tup, TupleDesc desc, uint64 i)
{
	bool		isnull;

	registry_ais[i].code_min = DatumGetInt32(SPI_getbinval(tup, desc, 1, &isnull));
	registry_ais[i].code_max = DatumGetInt32(SPI_getbinval(tup, desc, 2, &isnull));
	registry_ais[i].ship_type = spi_strdup(tup, desc, 3);
	registry_ais[i].meaning = spi_strdup(tup, desc, 4);
}

static void
corridor_ports_start(uint64 n)
{
	registry_corridor_ports = registry_alloc(sizeof(PmCorridorPort), n);
	registry_ncorridor_ports = 0;
}

static void
corridor_port_row(HeapTuple tup, TupleDesc desc, uint64 i pg_attribute_unused())
{
	PmCorridorPort *cp = &registry_corridor_ports[registry_ncorridor_ports];
	char		code[PM_LOCODE_LEN + 1];
	bool		isnull;
	int32_t		packed;
	PmError		err;

	cp->corridor = spi_strdup(tup, desc, 1);
	cp->side_a = DatumGetBool(SPI_getbinval(tup, desc, 2, &isnull));
	cp->shipped = DatumGetBool(SPI_getbinval(tup, desc, 4, &isnull));
	spi_text(tup, desc, 3, code, sizeof(code));
	if (!pm_locode_parse(code, strlen(code), &packed, &err))
		return;
	cp->locode = packed;
	registry_ncorridor_ports++;
}

/*
 * In load order: sets before their fuels and pollutant rows, the energy
 * tables after energy_start.  ORDER BY on text uses the type's default
 * operator class, never a search_path lookup.
 */
static const RegistryReader registry_readers[] = {
	{"SELECT s.name, pg_catalog.count(f.fuel) FROM portemis.factor_set s "
		"LEFT JOIN portemis.fuel_factor f ON f.factor_set OPERATOR(pg_catalog.=) s.name "
		"GROUP BY s.name ORDER BY s.name", sets_start, sets_row, NULL},
	{"SELECT factor_set, fuel, lcv_mj_per_g, cf_co2, cf_ch4, cf_n2o, slip_pct, wtt_gco2e_per_mj, sulphur_pct, "
		"zero_or_low_carbon FROM portemis.fuel_factor ORDER BY factor_set, fuel", NULL, fuel_factor_row, NULL},
	{"SELECT factor_set, fuel, pollutant, t_per_t FROM portemis.fuel_pollutant_factor",
		NULL, fuel_pollutant_row, NULL},
	{"SELECT alias, fuel FROM portemis.fuel_alias ORDER BY alias", aliases_start, alias_row, NULL},
	{"SELECT engine_group, engine, fuel, quantity, tier, g_per_kwh FROM portemis.energy_factor "
		"ORDER BY shipped DESC", energy_start, energy_factor_row, NULL},
	{"SELECT fuel, cf_co2, sulphur_pct, so2_g_per_g_fuel, pm_nom_g_per_kwh, pm_mwr, pm_fsc "
		"FROM portemis.energy_fuel ORDER BY shipped DESC", NULL, energy_fuel_row, NULL},
	{"SELECT pollutant, a, x, b FROM portemis.llaf_coefficient ORDER BY shipped DESC", NULL, llaf_row, NULL},
	{"SELECT basis, ship_type, size_min, size_max, size_unit, engine_group, "
		"transit_kw, maneuvering_kw, berth_kw, anchorage_kw FROM portemis.auxiliary_power "
		"ORDER BY basis, ship_type, engine_group, shipped, size_min", aux_start, aux_row, aux_finish},
	{"SELECT ship_type, ratio FROM portemis.transit_speed_ratio ORDER BY shipped, ship_type",
		ratios_start, ratio_row, NULL},
	/* a corridor's ports under their own codes and their aliases (CNSGH, the WPI code of Shanghai) */
	{"SELECT cp.corridor, cp.side OPERATOR(pg_catalog.=) 'a', cp.locode::pg_catalog.text, cp.shipped "
		"FROM portemis.corridor_port cp UNION ALL "
		"SELECT cp.corridor, cp.side OPERATOR(pg_catalog.=) 'a', a.alias::pg_catalog.text, cp.shipped AND a.shipped "
		"FROM portemis.corridor_port cp JOIN portemis.port_alias a "
		"ON a.locode::pg_catalog.text OPERATOR(pg_catalog.=) cp.locode::pg_catalog.text ORDER BY 1",
		corridor_ports_start, corridor_port_row, NULL},
	/* user rows first: they override a shipped row with the same key */
	{"SELECT code, parent FROM portemis.ship_type ORDER BY shipped, code", ship_types_start, ship_type_row, NULL},
	{"SELECT alias, ship_type FROM portemis.ship_type_alias ORDER BY shipped, alias",
		ship_aliases_start, ship_alias_row, NULL},
	{"SELECT code_min, code_max, ship_type, ais_meaning FROM portemis.ais_ship_type ORDER BY shipped, code_min",
		ais_start, ais_row, NULL},
};

static void
registry_read(const RegistryReader *reader)
{
	uint64		i;

	if (SPI_execute(reader->query, true, 0) != SPI_OK_SELECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("portemis could not read its registry tables"),
				 errdetail("Query: %s", reader->query)));
	if (reader->start)
		reader->start(SPI_processed);
	for (i = 0; i < SPI_processed; i++)
	{
		CHECK_FOR_INTERRUPTS();
		reader->row(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, i);
	}
	if (reader->finish)
		reader->finish();
}

/* The registry tables' OIDs, for the relcache callback. */
static void
registry_find_relids(void)
{
	Oid			schema = get_namespace_oid(PM_REGISTRY_SCHEMA, true);
	int			i;

	if (!OidIsValid(schema) && OidIsValid(get_extension_oid("portemis", true)))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("extension \"portemis\" in this database is older than its installed library"),
				 errhint("ALTER EXTENSION portemis UPDATE;")));
	if (!OidIsValid(schema))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("extension \"portemis\" is not installed in this database"),
				 errhint("CREATE EXTENSION portemis CASCADE;")));
	for (i = 0; i < REGISTRY_TABLES; i++)
	{
		registry_relids[i] = get_relname_relid(registry_table_names[i], schema);
		/* a table this library reads is missing: the database has an older version (0.2.0 had no ship_type) */
		if (!OidIsValid(registry_relids[i]))
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("extension \"portemis\" in this database is older than its installed library"),
					 errdetail("The registry table portemis.%s is missing.", registry_table_names[i]),
					 errhint("ALTER EXTENSION portemis UPDATE;")));
	}
}

/*
 * One snapshot, one registry.  The relcache callback alone is not enough:
 * another session's commit becomes visible to a new snapshot before its
 * invalidation message is read, so a backend could keep an older cache while
 * its parallel workers (which load afresh with the query's snapshot) see the
 * new rows.  So at the first call under each new snapshot (each statement,
 * and each query inside a function or DO block) the cache is checked
 * against a fingerprint of the registry rows under that snapshot:
 * the row count and the XOR of a 64-bit hash of every row version's identity
 * (table, xmin, ctid; distinct for distinct versions), which changes with any
 * insert, update or delete.  A worker loads once, with the leader's snapshot;
 * both see the same rows.
 */
#define FINGERPRINT_TABLE(t) \
	"SELECT pg_catalog.hashtidextended(t.ctid, (t.tableoid::pg_catalog.int8 OPERATOR(pg_catalog.<<) 32) " \
	"OPERATOR(pg_catalog.+) t.xmin::pg_catalog.text::pg_catalog.int8) AS h FROM portemis." t " t"
static const char fingerprint_query[] =
	"SELECT pg_catalog.count(*)::pg_catalog.text OPERATOR(pg_catalog.||) ':' OPERATOR(pg_catalog.||) "
	"COALESCE(pg_catalog.bit_xor(r.h), 0)::pg_catalog.text "
	"FROM (" FINGERPRINT_TABLE("factor_set") " UNION ALL " FINGERPRINT_TABLE("fuel_factor")
	" UNION ALL " FINGERPRINT_TABLE("fuel_pollutant_factor") " UNION ALL " FINGERPRINT_TABLE("fuel_alias")
	" UNION ALL " FINGERPRINT_TABLE("energy_factor") " UNION ALL " FINGERPRINT_TABLE("energy_fuel")
	" UNION ALL " FINGERPRINT_TABLE("llaf_coefficient") " UNION ALL " FINGERPRINT_TABLE("auxiliary_power")
	" UNION ALL " FINGERPRINT_TABLE("transit_speed_ratio") " UNION ALL " FINGERPRINT_TABLE("corridor")
	" UNION ALL " FINGERPRINT_TABLE("corridor_port") " UNION ALL " FINGERPRINT_TABLE("ship_type")
	" UNION ALL " FINGERPRINT_TABLE("ship_type_alias") " UNION ALL " FINGERPRINT_TABLE("ais_ship_type")
	" UNION ALL " FINGERPRINT_TABLE("port_alias") ") r";

static SPIPlanPtr fingerprint_plan = NULL;
static char registry_fingerprint[128];

/* The fingerprint under the active snapshot, into buf; call inside SPI. */
static void
registry_fingerprint_now(char *buf, size_t size)
{
	if (fingerprint_plan == NULL)
	{
		SPIPlanPtr	plan = SPI_prepare(fingerprint_query, 0, NULL);

		if (plan == NULL || SPI_keepplan(plan) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INTERNAL_ERROR),
					 errmsg("portemis could not prepare its registry check")));
		fingerprint_plan = plan;
	}
	if (SPI_execute_plan(fingerprint_plan, NULL, NULL, true, 1) != SPI_OK_SELECT || SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("portemis could not read its registry tables")));
	spi_text(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, buf, size);
}

/*
 * The snapshot the registry was last checked under.  Within a transaction a
 * new snapshot shows other sessions' commits only if the set of completed
 * transactions changed (snapXactCompletionCount, PostgreSQL 14+); xmin and
 * xmax tell snapshots of different transactions apart.  Queries nested in a
 * DO block or a function get snapshots of their own, so the key is the
 * snapshot, not the top-level statement.  A restored snapshot (parallel
 * worker) has no completion count: then any other snapshot is checked.
 */
typedef struct SnapshotKey
{
	bool		set;
	TransactionId xmin;
	TransactionId xmax;
	uint64		completions;
	Snapshot	snapshot;
	LocalTransactionId lxid;
} SnapshotKey;

static SnapshotKey registry_checked;

static void
current_snapshot_key(SnapshotKey *k)
{
	Snapshot	snap = ActiveSnapshotSet() ? GetActiveSnapshot() : NULL;

	memset(k, 0, sizeof(*k));
	k->set = true;
	k->lxid = MyProc->lxid;
	if (snap == NULL)
		return;
	k->xmin = snap->xmin;
	k->xmax = snap->xmax;
	k->completions = snap->snapXactCompletionCount;
	if (k->completions == 0)
		k->snapshot = snap;
}

/* Has the visible registry possibly changed since it was last checked?  (Asked on every call: no copy.) */
static bool
snapshot_changed(void)
{
	Snapshot	snap = ActiveSnapshotSet() ? GetActiveSnapshot() : NULL;

	if (!registry_checked.set || MyProc->lxid != registry_checked.lxid)
		return true;
	if (snap == NULL)
		return registry_checked.xmin != InvalidTransactionId || registry_checked.xmax != InvalidTransactionId ||
			registry_checked.completions != 0 || registry_checked.snapshot != NULL;
	return snap->xmin != registry_checked.xmin || snap->xmax != registry_checked.xmax ||
		snap->snapXactCompletionCount != registry_checked.completions ||
		(snap->snapXactCompletionCount == 0 ? snap : NULL) != registry_checked.snapshot;
}

static void
mark_snapshot_checked(void)
{
	current_snapshot_key(&registry_checked);
}

static void
registry_load(void)
{
	int			i,
				level;

	if (registry_context == NULL)
		registry_context = AllocSetContextCreate(TopMemoryContext, "portemis registry",
												 ALLOCSET_SMALL_SIZES);
	MemoryContextReset(registry_context);
	registry_loaded = false;
	registry_nsets = 0;
	registry_naliases = 0;
	/* mark valid before reading, so an invalidation during the load is not lost */
	registry_valid = true;
	registry_own_change = false;
	registry_generation++;

	registry_find_relids();
	mark_snapshot_checked();
	level = pm_citus_registry_read_begin();
	SPI_connect();
	for (i = 0; i < (int) lengthof(registry_readers); i++)
		registry_read(&registry_readers[i]);
	registry_fingerprint_now(registry_fingerprint, sizeof(registry_fingerprint));
	SPI_finish();
	pm_citus_registry_read_end(level);
	registry_loaded = true;
}

/* At a statement's first call: does the cache still match what its snapshot sees? */
static bool
registry_matches_snapshot(void)
{
	char		now[sizeof(registry_fingerprint)];
	int			level;

	if (!ActiveSnapshotSet())
		return true;
	level = pm_citus_registry_read_begin();
	SPI_connect();
	registry_fingerprint_now(now, sizeof(now));
	SPI_finish();
	pm_citus_registry_read_end(level);
	return strcmp(now, registry_fingerprint) == 0;
}

/*
 * While the snapshot is the same the cache is kept: a reload could only read
 * the same rows (other sessions' invalidations arrive mid-query and would
 * otherwise cause a reload per row while a writer is busy).  This backend's
 * own changes to the registry (the trigger) and a snapshot that may see other
 * commits are the moments to look again.
 */
static pg_noinline void
registry_refresh(void)
{
	PG_TRY();
	{
		if (!registry_loaded || registry_own_change || !registry_valid)
			registry_load();
		else
		{
			mark_snapshot_checked();
			if (!registry_matches_snapshot())
				registry_load();
		}
	}
	PG_CATCH();
	{
		registry_valid = false;
		registry_loaded = false;
		PG_RE_THROW();
	}
	PG_END_TRY();
}

/* Called on every row: the common case (nothing changed) stays inline. */
static inline void
registry_ensure(void)
{
	if (likely(registry_loaded && !registry_own_change && !snapshot_changed()))
		return;
	registry_refresh();
}

/* ---------- lookups ---------- */

const PmFactorSet *
pm_factor_set_find(const char *name)
{
	const PmFactorSet *set;
	StringInfoData known;
	int			i;

	if (name == NULL)
		name = pm_factor_set_default();
	registry_ensure();
	set = find_loaded_set(name);
	if (set != NULL)
		return set;
	/* an untyped route literal resolves to the text overload: say so */
	if (pg_strncasecmp(name, "SRID=", 5) == 0 || pg_strncasecmp(name, "LINESTRING", 10) == 0 ||
		pg_strncasecmp(name, "MULTILINESTRING", 15) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown factor set \"%s\"", name),
				 errhint("That looks like a route: an untyped literal is taken as text (the factor set). "
						 "Cast it: voyage_emissions(v, '...'::geometry).")));
	initStringInfo(&known);
	for (i = 0; i < registry_nsets; i++)
		appendStringInfo(&known, "%s%s", i > 0 ? ", " : "", registry_sets[i].name);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown factor set \"%s\"", name),
			 errhint("Known factor sets: %s. Add one to the table portemis.factor_set, or copy one with factor_set_copy().",
					 known.data)));
	return NULL;				/* keep compiler quiet */
}

const PmFuelFactor *
pm_fuel_lookup(const PmFactorSet *set, const char *code)
{
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
	return NULL;
}

const PmFuelFactor *
pm_fuel_find(const PmFactorSet *set, const char *code)
{
	const PmFuelFactor *found = pm_fuel_lookup(set, code);
	StringInfoData known;
	int			i,
				a;

	if (found != NULL)
		return found;
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
 * Equality of two short NUL-terminated strings (set names, fuel codes),
 * inline: the aggregates compare them on every row, where a call to strcmp
 * cost more than the comparison.
 */
static inline bool
short_str_eq(const char *a, const char *b)
{
	while (*a == *b)
	{
		if (*a == '\0')
			return true;
		a++, b++;
	}
	return false;
}

/*
 * What one call site has resolved, kept in fn_extra and checked against the
 * registry generation: a mass set, optionally an energy set, and for the
 * fuel codes seen their factors in both.  This keeps name lookups out of the
 * per-row path of every calculating function and aggregate.
 */
#define MEMO_FUELS 8
struct PmFactorCache
{
	uint64		generation;
	char		mass_name[PM_FACTOR_SET_NAME_MAX + 2];
	char		energy_name[PM_FACTOR_SET_NAME_MAX + 2];
	const PmFactorSet *mass_set;
	const PmFactorSet *energy_set;	/* NULL: masses only */
	int			nmemo;
	int			next_slot;
	struct
	{
		char		code[PM_FUEL_CODE_MAX + 1];
		const PmFuelFactor *mass;
		const PmFuelFactor *energy;
	}			memo[MEMO_FUELS];
};

const char *
pm_factor_set_default(void)
{
	return pm_default_factor_set ? pm_default_factor_set : "imo";
}

PmFactorCache *
pm_factor_cache(FunctionCallInfo fcinfo, const char *mass_name, const char *energy_name)
{
	PmFactorCache *c = (PmFactorCache *) fcinfo->flinfo->fn_extra;

	if (mass_name == NULL)
		mass_name = pm_factor_set_default();
	if (energy_name == NULL)
		energy_name = "";
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(PmFactorCache));
		fcinfo->flinfo->fn_extra = c;
	}
	registry_ensure();
	if (c->generation != registry_generation || c->mass_set == NULL ||
		!short_str_eq(c->mass_name, mass_name) || !short_str_eq(c->energy_name, energy_name))
	{
		c->mass_set = pm_factor_set_find(mass_name);
		c->energy_set = energy_name[0] ? pm_factor_set_find(energy_name) : NULL;
		strlcpy(c->mass_name, mass_name, sizeof(c->mass_name));
		strlcpy(c->energy_name, energy_name, sizeof(c->energy_name));
		c->generation = registry_generation;
		c->nmemo = 0;
	}
	return c;
}

const PmFactorSet *
pm_factor_cache_set(const PmFactorCache *c, bool energy)
{
	return energy ? c->energy_set : c->mass_set;
}

void
pm_factor_cache_fuel(PmFactorCache *c, const char *code, const PmFuelFactor **mass, const PmFuelFactor **energy)
{
	int			i;

	for (i = 0; i < c->nmemo; i++)
		if (short_str_eq(c->memo[i].code, code))
		{
			*mass = c->memo[i].mass;
			if (energy)
				*energy = c->memo[i].energy;
			return;
		}
	*mass = pm_fuel_find(c->mass_set, code);
	i = c->nmemo < MEMO_FUELS ? c->nmemo++ : (c->next_slot++ % MEMO_FUELS);
	strlcpy(c->memo[i].code, code, sizeof(c->memo[i].code));
	c->memo[i].mass = *mass;
	c->memo[i].energy = c->energy_set == NULL ? NULL :
		c->energy_set == c->mass_set ? *mass : pm_fuel_find(c->energy_set, code);
	if (energy)
		*energy = c->memo[i].energy;
}

const PmFactorSet *
pm_factor_set_named(FunctionCallInfo fcinfo, const char *name)
{
	return pm_factor_cache(fcinfo, name, NULL)->mass_set;
}

PmFactorCache *
pm_factor_cache_arg(FunctionCallInfo fcinfo, int argno)
{
	char		name[PM_FACTOR_SET_NAME_MAX + 2];

	if (PG_ARGISNULL(argno))
		return pm_factor_cache(fcinfo, NULL, NULL);
	text_to_cstring_buffer(PG_GETARG_TEXT_PP(argno), name, sizeof(name));
	return pm_factor_cache(fcinfo, name, NULL);
}

const PmFactorSet *
pm_factor_set_arg(FunctionCallInfo fcinfo, int argno)
{
	return pm_factor_cache_arg(fcinfo, argno)->mass_set;
}

const PmFuelFactor *
pm_fuel_factor(FunctionCallInfo fcinfo, const PmFactorSet *set, const char *code)
{
	PmFactorCache *c = (PmFactorCache *) fcinfo->flinfo->fn_extra;
	const PmFuelFactor *f;

	Assert(c != NULL && c->mass_set == set);
	(void) set;
	pm_factor_cache_fuel(c, code, &f, NULL);
	return f;
}

uint64
pm_registry_generation(void)
{
	registry_ensure();
	return registry_generation;
}

/* ---------- activity lookups ---------- */

const PmEnergyTables *
pm_energy_tables(void)
{
	registry_ensure();
	return registry_energy;
}

/*
 * The run of auxiliary_power rows for (basis, ship type, group), or NULL.
 * A few recent answers are remembered: a query usually sees few ship types.
 */
#define AUX_MEMO 8
static const PmAuxGroup *
aux_group(const char *basis, const char *ship_type, PmEngineGroup group)
{
	static struct
	{
		uint64		generation;
		char		basis[32];
		char		ship_type[48];
		PmEngineGroup group;
		const PmAuxGroup *found;
	}			memo[AUX_MEMO];
	static int	next_slot = 0;
	const PmAuxGroup *found = NULL;
	int			i;

	for (i = 0; i < AUX_MEMO; i++)
		if (memo[i].generation == registry_generation && memo[i].group == group &&
			strcmp(memo[i].ship_type, ship_type) == 0 && strcmp(memo[i].basis, basis) == 0)
			return memo[i].found;
	for (i = 0; i < registry_naux_groups && found == NULL; i++)
	{
		const PmAuxGroup *g = &registry_aux_groups[i];

		if (g->group == group && strcmp(g->basis, basis) == 0 && strcmp(g->ship_type, ship_type) == 0)
			found = g;
	}
	if (strlen(basis) < sizeof(memo[0].basis) && strlen(ship_type) < sizeof(memo[0].ship_type))
	{
		i = next_slot++ % AUX_MEMO;
		memo[i].generation = registry_generation;
		strlcpy(memo[i].basis, basis, sizeof(memo[i].basis));
		strlcpy(memo[i].ship_type, ship_type, sizeof(memo[i].ship_type));
		memo[i].group = group;
		memo[i].found = found;
	}
	return found;
}

static const PmShipTypeRow *
ship_type_find(const char *code)
{
	int			i;

	for (i = 0; i < registry_nship_types; i++)
		if (strcmp(registry_ship_types[i].code, code) == 0)
			return &registry_ship_types[i];
	return NULL;
}

/* The known ship types, comma-separated, for a hint. */
static char *
ship_type_list(void)
{
	StringInfoData known;
	int			i;

	initStringInfo(&known);
	for (i = 0; i < registry_nship_types; i++)
		if (ship_type_find(registry_ship_types[i].code) == &registry_ship_types[i])
			appendStringInfo(&known, "%s%s", known.len > 0 ? ", " : "", registry_ship_types[i].code);
	return known.data;
}

bool
pm_ship_type_from_ais(int ais_code, char **code, char **meaning)
{
	int			i;

	registry_ensure();
	for (i = 0; i < registry_nais; i++)
		if (ais_code >= registry_ais[i].code_min && ais_code <= registry_ais[i].code_max &&
			ship_type_find(registry_ais[i].ship_type) != NULL)
		{
			*code = pstrdup(registry_ais[i].ship_type);
			*meaning = pstrdup(registry_ais[i].meaning);
			return true;
		}
	return false;
}

char *
pm_ship_type_resolve(const char *name)
{
	const PmShipTypeRow *row;
	char	   *key;
	char	   *p;
	size_t		len;
	int			i;

	/* as ship_type() does: surrounding blanks ignored, any case */
	while (*name == ' ' || *name == '\t' || *name == '\n' || *name == '\r')
		name++;
	len = strlen(name);
	while (len > 0 && (name[len - 1] == ' ' || name[len - 1] == '\t' || name[len - 1] == '\n' || name[len - 1] == '\r'))
		len--;
	key = pnstrdup(name, len);
	for (p = key; *p; p++)
		*p = pg_ascii_tolower((unsigned char) *p);
	registry_ensure();
	row = ship_type_find(key);
	for (i = 0; row == NULL && i < registry_nship_aliases; i++)
		if (strcmp(registry_ship_aliases[i].alias, key) == 0)
		{
			row = ship_type_find(registry_ship_aliases[i].code);
			if (row == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("ship type alias \"%s\" names an unknown ship type \"%s\"",
								key, registry_ship_aliases[i].code),
						 errhint("Fix the row of portemis.ship_type_alias.")));
		}
	if (row == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown ship type \"%s\"", name),
				 errhint("Known: %s (and the aliases in portemis.ship_type_alias).", ship_type_list())));
	return pstrdup(row->code);
}

/* The broader type whose defaults a type without its own uses, or NULL. */
static const char *
ship_type_parent(const char *code)
{
	const PmShipTypeRow *row = ship_type_find(code);

	return row ? row->parent : NULL;
}

/* Parents are a chain; a loop in user rows must not hang. */
#define SHIP_TYPE_MAX_DEPTH 8

double
pm_auxiliary_power(const char *ship_type, const bool *has_size, const double *size,
				   PmEngineGroup group, PmMode mode, bool *missing)
{
	const char *basis = pm_aux_power_basis ? pm_aux_power_basis : "imo_ghg3";
	const PmAuxGroup *g = NULL;
	const char *code = ship_type;
	bool		basis_known = false;
	int			depth,
				i;

	registry_ensure();
	for (depth = 0; code != NULL && g == NULL && depth < SHIP_TYPE_MAX_DEPTH; depth++)
	{
		g = aux_group(basis, code, group);
		if (g == NULL)
			code = ship_type_parent(code);
	}
	if (g != NULL)
	{
		for (i = g->first; i < g->first + g->count; i++)
		{
			const PmAuxPowerRow *row = &registry_aux[i];

			/* a type with one bin for every size needs no size (as in the EPA tool's calcSubType) */
			if (!has_size[row->unit] && g->count == 1)
				return row->kw[mode];
			if (!has_size[row->unit] && missing != NULL)
			{
				*missing = true;
				return 0;
			}
			if (!has_size[row->unit])
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("the %s power defaults of ship type %s need the vessel's %s",
								pm_group_names[group], row->ship_type, pm_size_unit_names[row->unit]),
						 errhint("Give the vessel's %s, or its %s_kw.", pm_size_unit_names[row->unit],
								 group == PM_GROUP_AUXILIARY ? "aux" : "boiler")));
			if (size[row->unit] >= row->size_min && size[row->unit] < row->size_max)
				return row->kw[mode];
		}
		if (missing != NULL)
		{
			/* a size the rows leave out (a basis of the user's with gaps): no default, unknown */
			*missing = true;
			return 0;
		}
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("no %s power default for a %s of that size", pm_group_names[group], ship_type)));
	}

	/* not found: say why */
	for (i = 0; i < registry_naux; i++)
		basis_known |= strcmp(registry_aux[i].basis, basis) == 0;
	if (basis_known && missing != NULL)
	{
		/* a type too general for the defaults (tanker: oil, chemical or gas?) */
		*missing = true;
		return 0;
	}
	if (!basis_known)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown auxiliary power basis \"%s\"", basis),
				 errhint("Known: imo_ghg3, starcrest2016, or a basis of your rows in portemis.auxiliary_power.")));
	else
	{
		StringInfoData known;
		const char *last = "";

		initStringInfo(&known);
		for (i = 0; i < registry_naux; i++)
			if (strcmp(registry_aux[i].basis, basis) == 0 && registry_aux[i].group == group &&
				strcmp(registry_aux[i].ship_type, last) != 0)
			{
				appendStringInfo(&known, "%s%s", known.len > 0 ? ", " : "", registry_aux[i].ship_type);
				last = registry_aux[i].ship_type;
			}
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("ship type %s has no %s power defaults in basis %s", ship_type, pm_group_names[group], basis),
				 errhint("Basis %s has them for: %s; or give the vessel's %s_kw.", basis, known.data,
						 group == PM_GROUP_AUXILIARY ? "aux" : "boiler")));
	}
	return 0;					/* keep compiler quiet */
}

bool
pm_transit_speed_ratio(const char *ship_type, double *ratio)
{
	const char *code = ship_type;
	int			depth,
				i;

	registry_ensure();
	for (depth = 0; code != NULL && depth < SHIP_TYPE_MAX_DEPTH; depth++)
	{
		for (i = 0; i < registry_nratios; i++)
			if (strcmp(registry_ratios[i].ship_type, code) == 0)
			{
				*ratio = registry_ratios[i].ratio;
				return true;
			}
		code = ship_type_parent(code);
	}
	return false;
}

/* The first corridor of one kind (the user's, or shipped) found for a port pair, and another one if any. */
typedef struct CorridorMatch
{
	const char *first;
	const char *other;
} CorridorMatch;

static void
corridor_match_add(CorridorMatch *m, const char *corridor)
{
	if (m->first == NULL)
		m->first = corridor;
	else if (m->other == NULL && strcmp(m->first, corridor) != 0)
		m->other = corridor;
}

/*
 * The corridor corridor_of gives: a user's mapping of a port pair overrides
 * a shipped one (as a user row with the same key does elsewhere in the
 * registry), and two corridors of the same kind are an error: one voyage,
 * one corridor, never the first name in alphabetical order.
 */
static const char *
one_corridor(const CorridorMatch *m, bool shipped, int32 origin, int32 destination)
{
	char		from[PM_LOCODE_LEN + 1],
				to[PM_LOCODE_LEN + 1];

	if (m->other == NULL)
		return m->first;
	pm_locode_format(origin, from);
	pm_locode_format(destination, to);
	ereport(ERROR,
			(errcode(ERRCODE_CARDINALITY_VIOLATION),
			 errmsg("a voyage from %s to %s lies on two corridors, \"%s\" and \"%s\"", from, to, m->first, m->other),
			 errdetail("corridor_of gives one corridor per voyage; %s map this pair of ports (or their aliases in portemis.port_alias) in portemis.corridor_port.",
					   shipped ? "two shipped corridors" : "two corridors of yours"),
			 errhint("%s", shipped ?
					 "Map the pair to the corridor you mean with rows of your own (they override the shipped ones), or remove the alias of yours that joins them." :
					 "Remove the pair, or the alias, from one of them.")));
	return NULL;				/* keep compiler quiet */
}

const char *
pm_corridor_of(int32 origin, int32 destination)
{
	CorridorMatch user = {NULL, NULL},
				shipped = {NULL, NULL};
	int			i,
				j;

	registry_ensure();
	for (i = 0; i < registry_ncorridor_ports; i++)
	{
		const PmCorridorPort *a = &registry_corridor_ports[i];

		if (a->locode != origin)
			continue;
		for (j = 0; j < registry_ncorridor_ports; j++)
		{
			const PmCorridorPort *b = &registry_corridor_ports[j];

			if (b->locode == destination && b->side_a != a->side_a && strcmp(a->corridor, b->corridor) == 0)
				corridor_match_add(a->shipped && b->shipped ? &shipped : &user, a->corridor);
		}
	}
	return user.first != NULL ? one_corridor(&user, false, origin, destination)
		: one_corridor(&shipped, true, origin, destination);
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
	registry_own_change = true;	/* reload at the next call, even within this statement */
	return PointerGetDatum(NULL);
}
