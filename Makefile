# portemis: PGXS build.  The version lives only in portemis.control.

EXTENSION  = portemis
EXTVERSION := $(shell sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" $(dir $(lastword $(MAKEFILE_LIST)))portemis.control)

MODULE_big = portemis
OBJS = \
	src/pm_core.o \
	src/pm_locode.o \
	src/pm_voyage.o \
	src/pm_emissions.o \
	src/portemis.o \
	src/locode.o \
	src/voyage.o \
	src/emissions.o \
	src/pm_fuel.o \
	src/factors.o \
	src/fuel.o \
	src/pm_activity.o \
	src/activity.o \
	src/pm_geo.o \
	src/route.o \
	src/corridor.o

# The install script of the current version is assembled from fragments;
# upgrade scripts (portemis--A--B.sql) are written by hand in src/sql/upgrade.
SQL_FRAGMENTS = $(sort $(wildcard src/sql/*.sql))
DATA_built    = portemis--$(EXTVERSION).sql
DATA          = $(wildcard src/sql/upgrade/portemis--*--*.sql)

REGRESS      = install locode voyage emissions fuel activity routes corridors
REGRESS_OPTS = --inputdir=test/regress --outputdir=test/regress

# PostgreSQL's own headers are not -Wextra clean; -isystem keeps the warnings to our code.
PG_CPPFLAGS = -Isrc -isystem $(shell $(PG_CONFIG) --includedir-server)
PG_CFLAGS   = -Wall -Wextra -Werror

SHLIB_LINK = -lproj

EXTRA_CLEAN = test/regress/results test/regress/regression.diffs test/regress/regression.out

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

portemis--$(EXTVERSION).sql: $(SQL_FRAGMENTS) portemis.control
	cat $(SQL_FRAGMENTS) > $@

.PHONY: demo test fuzz bench
demo:
	scripts/demo.sh
test:
	scripts/test.sh
fuzz:
	$(MAKE) -C test/fuzz run
bench:
	scripts/bench.sh
