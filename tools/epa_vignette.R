# Reference values for test/pgtap/16_epa_vignette.sql: the AIS example of the US EPA's reference code
# (USEPA/Marine_Emissions_Tools, package ShipEF 0.2, vignette "OverviewOfShipEF": four ships, fourteen reports
# each; US Government work), computed by that code.
#
#   R_LIBS=<library with ShipEF installed> Rscript tools/epa_vignette.R > test/data/epa_vignette.csv
#
# (Debian: r-base-core r-cran-data.table r-cran-plyr; ShipEF installed from that repository, as for
# tools/epa_parity.R.)  The inputs are the vignette's: the ships' engines (bore, stroke, propulsion type, stroke
# type, rpm, keel-laid year, installed power), each report's hours since the last one and location (ECA or
# outside), and the engine loads the vignette states (main engine from ShipPowerModel::calcAdmPwr, auxiliary
# engines and boiler from calcAuxBoilerLoad).  The reference code derives each ship's category, engine types
# and NOx tier (calcShipCategory, calcEngineType, calcTier) and the grams of each pollutant of each engine run
# (calcEF with the low-load adjustment, times kW, times hours).  One row per ship, report, engine group and
# pollutant, with the report's speed and draught and the ship's service speed, maximum draught and installed power.
suppressPackageStartupMessages({library(ShipEF); library(data.table)})
options(digits = 17)

ships <- data.table(ship = 1:4, bore = c(320, 500, 420, 400), stroke = c(440, 2000, 1764, 460),
                    propulsion = c("Oil Engine(s), Direct Drive", "Oil Engine(s), Electric Drive",
                                   "Steam Recip(s), Direct Drive", "Gas Turbine(s), Geared Drive"),
                    stroke_type = c(4, 2, NA, NA), rpm = c(450, NA, 350, 650), keel = c(1999, 2003, 2017, 2014),
                    mcr_kw = c(31640, 31990, 15820, 22705), service_speed_kn = c(15.9, 22.7, 20.5, 21),
                    max_draught_m = c(22.28, 12, 10, 7.52))
ships[, category := calcShipCategory(mainEngineBore = bore, mainEngineStroke = stroke)]
ships[, main_engine := calcEngineType(propulsionType = propulsion, mainEngineStrokeType = stroke_type,
                                      mainEngineRPM = rpm, main_aux_boiler = "main")]
ships[, aux_engine := calcEngineType(propulsionType = propulsion, main_aux_boiler = "aux")]
ships[, boiler_engine := calcEngineType(propulsionType = propulsion, main_aux_boiler = "boiler")]
ships[, tier := calcTier(engineType = main_engine, keelLaidYear = keel, shipCategory = category)]

# every ship makes the same 14 reports: hours since the previous one, inside the ECA for the first 8
reports <- data.table(report = 1:14,
                      hours = c(0, 0.333333, 0.333333, 0.333333, 0.333333, 0.333333, 0.333333, 0.333333,
                                1, 0.666667, 2, 0.333333, 0.333333, 8),
                      speed_kn = c(0, 7, 15, 15, 19, 3, 19, 20, 6, 20, 14, 13, 12, 14),
                      location = c(rep("ECA", 8), rep("OutsideECA", 6)))
runs <- CJ(ship = 1:4, report = 1:14)[ships, on = "ship"][reports, on = "report"]
setorder(runs, ship, report)
# the vignette's draught column has four values, which data.table recycles down its 56 rows
runs[, draught_m := rep(c(11.14, 10.8, 7.5, 5.64), 14)]
runs[, main_kw := c(0.0000, 1591.3279, 12279.0377, 10154.1340, 31640.0000, 632.8000, 24954.6428, 24069.0585,
                    1023.0423, 31640.0000, 9983.3124, 6609.9652, 8184.3384, 12730.6230, 0.0000, 1576.1479,
                    24414.4723, 23915.1468, 31990.0000, 639.8000, 31990.0000, 31990.0000, 1200.2675, 31990.0000,
                    19849.8702, 15567.8748, 9602.1397, 12609.1830, 0.0000, 1357.2915, 10473.1613, 8660.7670,
                    15820.0000, 316.4000, 15820.0000, 15820.0000, 872.5836, 15820.0000, 8515.0681, 5637.8385,
                    6980.6689, 10858.3320, 0.0000, 1527.6124, 22705.0000, 22705.0000, 22705.0000, 454.1000,
                    22705.0000, 22705.0000, 1163.3067, 22705.0000, 19238.6182, 15088.4815, 9306.4537, 12220.8989)]
runs[, aux_kw := c(970, 730, 490, 490, 490, 490, 490, 490, 730, 490, 490, 490, 490, 490, 940, 2470,
                   1390, 1390, 1390, 1390, 1390, 1390, 2470, 1390, 1390, 1390, 1390, 1390, 1200,
                   2720, 950, 950, 950, 950, 950, 950, 2720, 950, 950, 950, 950, 950, 3500, 5460,
                   3500, 3500, 3500, 3500, 3500, 3500, 5460, 3500, 3500, 3500, 3500, 3500)]
runs[, boiler_kw := c(100, 100, 0, 0, 0, 100, 0, 0, 100, 0, 0, 0, 0, 0, 450, 450, 0, 0, 0, 450, 0, 0, 450, 0,
                      0, 0, 0, 0, 300, 300, 0, 0, 0, 300, 0, 0, 300, 0, 0, 0, 0, 0, 1000, 1000, 0, 0, 0,
                      1000, 0, 0, 1000, 0, 0, 0, 0, 0)]
runs[, load := main_kw / mcr_kw]

pollutants <- c("pm2.5", "pm10", "so2", "co2", "co", "hc", "nox")
out <- list()
emit <- function(group, engine, tier, kw, ef) {
  for (p in pollutants)
    out[[length(out) + 1]] <<- data.table(ship = runs$ship, report = runs$report, hours = runs$hours,
                                          speed_kn = runs$speed_kn, draught_m = runs$draught_m,
                                          service_speed_kn = runs$service_speed_kn,
                                          max_draught_m = runs$max_draught_m, mcr_kw = runs$mcr_kw,
                                          location = runs$location, group = group, engine = engine,
                                          tier = tier, kw = kw, load = runs$load, pollutant = p,
                                          grams = sprintf("%.17g", ef[[p]] * kw * runs$hours))
}
emit("main", runs$main_engine, runs$tier, runs$main_kw,
     calcEF(engineType = runs$main_engine, tier = runs$tier, location = runs$location, loadFactor = runs$load,
            pollutants = "ALL", main_aux_boiler = "main"))
emit("aux", runs$aux_engine, runs$tier, runs$aux_kw,
     calcEF(engineType = runs$aux_engine, tier = runs$tier, location = runs$location, pollutants = "ALL",
            main_aux_boiler = "aux"))
emit("boiler", runs$boiler_engine, NA, runs$boiler_kw,
     calcEF(engineType = runs$boiler_engine, tier = NULL, location = runs$location, pollutants = "ALL",
            main_aux_boiler = "boiler"))
res <- rbindlist(out)
res[, load := sprintf("%.17g", load)]
write.csv(res, stdout(), row.names = FALSE, na = "", quote = FALSE)
