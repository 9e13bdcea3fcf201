# portemis: PGXS build.  Versions live only in the control files (portemis.control, portemis_routing.control).

EXTENSION  = portemis portemis_routing
EXTVERSION := $(shell sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" $(dir $(lastword $(MAKEFILE_LIST)))portemis.control)
# portemis_routing has its own version (its own control file), raised only when its SQL changes.
ROUTINGVERSION := $(shell sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" $(dir $(lastword $(MAKEFILE_LIST)))portemis_routing.control)

MODULE_big = portemis
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/core/*.c) $(wildcard src/pg/*.c)))

# The install script of the current version is assembled from fragments;
# upgrade scripts (portemis--A--B.sql) are written by hand in src/sql/upgrade.
# Fragments are ordered by file name across src/sql and src/sql/data (NN_ prefixes).
SQL_FRAGMENTS = $(wildcard src/sql/*.sql src/sql/data/*.sql)
SQL_ORDERED   = $(shell for f in $(SQL_FRAGMENTS); do echo "$$(basename $$f) $$f"; done | sort | cut -d' ' -f2)
DATA_built    = portemis--$(EXTVERSION).sql portemis_routing--$(ROUTINGVERSION).sql
DATA          = $(wildcard src/sql/upgrade/portemis--*.sql src/routing/upgrade/portemis_routing--*.sql)

# The companion extension portemis_routing (needs pgRouting): its fragments in src/routing and src/routing/data.
ROUTING_FRAGMENTS = $(wildcard src/routing/*.sql src/routing/data/*.sql)
ROUTING_ORDERED   = $(shell for f in $(ROUTING_FRAGMENTS); do echo "$$(basename $$f) $$f"; done | sort | cut -d' ' -f2)

REGRESS      = install namespace hardening locode voyage emissions fuel activity routes corridors
# Isolation tests (specs/, expected/): concurrent transactions, run by pg_isolation_regress after REGRESS.
ISOLATION    = registry_names
ISOLATION_OPTS = --load-extension=postgis --load-extension=portemis

# PostgreSQL's own headers are not -Wextra clean; -isystem keeps the warnings to our code.
PG_CPPFLAGS = -Isrc/core -Isrc/pg -isystem $(shell $(PG_CONFIG) --includedir-server)
# CI and scripts/test.sh add WERROR=-Werror; a user's make does not fail on a new compiler's warning.
PG_CFLAGS   = -Wall -Wextra $(WERROR)

SHLIB_LINK = -lproj

EXTRA_CLEAN = results regression.diffs regression.out output_iso

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS tracks no header dependencies: rebuild every object when a header changes.
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

portemis--$(EXTVERSION).sql: $(SQL_FRAGMENTS) portemis.control
	cat $(SQL_ORDERED) > $@

portemis_routing--$(ROUTINGVERSION).sql: $(ROUTING_FRAGMENTS) portemis_routing.control
	cat $(ROUTING_ORDERED) > $@

.PHONY: demo test fuzz bench
demo:
	scripts/demo.sh
test:
	scripts/test.sh
fuzz:
	$(MAKE) -C test/fuzz run
bench:
	scripts/bench.sh
