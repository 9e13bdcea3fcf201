# Reference values from the US EPA's own implementation of its port-inventory method
# (USEPA/Marine_Emissions_Tools: R packages ShipEF and ShipPowerModel, US Government work),
# for test/pgtap/08_epa_parity.sql, which checks portemis against them.
#
#   R_LIBS=<library with ShipEF and ShipPowerModel installed> Rscript tools/epa_parity.R > test/data/epa_parity.csv
#
# Debian: apt-get install r-base-core r-cran-data.table r-cran-plyr; then R CMD INSTALL the two
# package directories of the repository.  One row per value: fn, the arguments a1..a5 (text; NA = none),
# and the reference code's result.
suppressPackageStartupMessages({library(ShipEF); library(ShipPowerModel); library(data.table)})
options(digits = 17)
rows <- list()
add <- function(fn, args, value) {
  a <- c(vapply(args, function(x) if (is.na(x)) NA_character_ else as.character(x), ""), rep(NA, 5 - length(args)))
  rows[[length(rows) + 1]] <<- data.table(fn = fn, a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4], a5 = a[5],
                                          value = format(value, digits = 17))
}
pollutants <- c("hc", "co2", "co", "nox", "pm2.5", "so2", "pm10")

# emission factors in g/kWh, times the low-load adjustment for main engines (calcEF, output EF_LLAF)
main <- CJ(engine = c("SSD", "MSD", "MSD-ED", "GT", "GT-ED", "ST", "LNG"), location = c("ECA", "OutsideECA", "GreatLakes"),
           tier = c("Tier 0", "Tier 2", "Tier 3"), load = c(0.02, 0.1, 0.2, 0.24, 0.8))
ef <- calcEF(engineType = main$engine, tier = main$tier, location = main$location, loadFactor = main$load)
for (i in seq_len(nrow(main))) for (p in pollutants)
  if (!is.na(ef[[p]][i])) add("main_ef", list(main$engine[i], main$location[i], main$tier[i], main$load[i], p), ef[[p]][i])
aux <- CJ(engine = c("MSD", "HSD", "LNG"), location = c("ECA", "OutsideECA", "GreatLakes"), tier = c("Tier 0", "Tier 1", "Tier 2", "Tier 3"))
ef <- calcEF(engineType = aux$engine, tier = aux$tier, location = aux$location, main_aux_boiler = "aux")
for (i in seq_len(nrow(aux))) for (p in pollutants)
  if (!is.na(ef[[p]][i])) add("aux_ef", list(aux$engine[i], aux$location[i], aux$tier[i], NA, p), ef[[p]][i])
boiler <- data.table(location = c("ECA", "OutsideECA", "GreatLakes"))
ef <- calcEF(engineType = rep("Boiler", 3), tier = rep("Tier 0", 3), location = boiler$location, main_aux_boiler = "boiler")
for (i in seq_len(nrow(boiler))) for (p in pollutants)
  if (!is.na(ef[[p]][i])) add("boiler_ef", list("BOILER", boiler$location[i], NA, NA, p), ef[[p]][i])

# propulsion power per kW installed: propeller law and Admiralty formula, both speed conventions
pw <- CJ(speed = c(0, 0.2, 3, 8.5, 12, 16, 19, 23.5, 30), ref = c(14, 20, 25), margin = c(0, 10, 15),
         reftype = c("serviceSpeed", "maxSpeed"), draught_ratio = c(NA, 0.55, 0.8, 1))
for (i in seq_len(nrow(pw))) {
  r <- pw[i]
  v <- if (is.na(r$draught_ratio)) calcPropPwr(1, r$speed, r$ref, r$margin, 3, r$reftype)
       else calcAdmPwr(1, r$speed, r$ref, 10 * r$draught_ratio, 10, r$margin, 3, r$reftype)
  add("power", list(r$speed, r$ref, r$margin, r$reftype, r$draught_ratio), v)
}

# operating modes
om <- CJ(speed = c(0, 0.5, 1, 1.5, 3, 3.5, 8, 14), load = c(0, 0.02, 0.2, 0.21, 0.6), berth = c(FALSE, TRUE), anchorage = c(FALSE, TRUE))
m <- calcOperatingMode(om$speed, om$load, om$berth, om$anchorage)
for (i in seq_len(nrow(om))) add("opmode", list(om$speed[i], om$load[i], om$berth[i], om$anchorage[i]), tolower(m[i]))

# sub types (IMO GHG3 and Starcrest bins) at every bin edge and inside every bin
for (method in c("imo", "starcrest")) {
  tab <- if (method == "imo") IMOGHG3_AuxLoadFactor else Starcrest2016_AuxLoadFactor
  for (j in seq_len(nrow(tab))) {
    t <- tab[j]
    sizes <- unique(c(t$sizeMin, if (is.finite(t$sizeMax)) c(t$sizeMax - 0.5, (t$sizeMin + t$sizeMax) / 2) else t$sizeMin * 2 + 1000))
    for (s in sizes) {
      st <- calcSubType(t$shipType, DWT = if (t$sizeUnits == "Deadweight") s else NA, GT = if (t$sizeUnits == "Gross_Tonnage") s else NA,
                        TEU = if (t$sizeUnits == "TEU") s else NA, nPassengers = if (t$sizeUnits == "Number_of_Passengers") s else NA,
                        method = method)
      add("subtype", list(method, t$shipType, t$sizeUnits, s), st$subType)
    }
  }
}

# TEU from DWT, tiers
for (d in c(1000, 15190, 20000, 35000, 35001, 50000, 60000, 60001, 100000, 191144, 240000)) add("teu", list(d), calcTEU("container.ship", d))
tt <- CJ(engine = c("SSD", "MSD", "MSD-ED", "GT", "GT-ED", "ST", "LNG"), year = c(1985, 1999, 2000, 2010, 2011, 2015, 2016, 2024), category = c(1, 2, 3))
tier <- as.character(calcTier(tt$engine, tt$year, tt$category))
for (i in seq_len(nrow(tt))) add("tier", list(tt$engine[i], tt$year[i], tt$category[i]), tier[i])

write.csv(rbindlist(rows), stdout(), row.names = FALSE, na = "", quote = FALSE)
