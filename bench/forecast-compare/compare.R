# Fits R's forecast::ets (and thetaf, auto.arima, snaive) to the same windows as the C# side (Program.cs) and writes
# r_forecasts.csv: series; window start; train length; method; fitted model|AICc; CPU seconds (best of 3); the h
# point forecasts. Every method runs with its defaults (auto.arima: stepwise, approximation for series longer than
# 150, i.e. the full-history windows).
# Usage: Rscript compare.R <data/national folder> <output csv>   (~8 minutes, auto.arima most of it)
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) >= 1) args[1] else "../../data/national"
out <- if (length(args) >= 2) args[2] else "r_forecasts.csv"
h <- 24
reps <- 3

kosis <- read.csv(file.path(dir, "kosis_korea_china_monthly.csv"))
census <- read.csv(file.path(dir, "us_census_usa_china_monthly.csv"), sep = ";")
num <- function(x) as.numeric(gsub(",", "", x))
series <- list(
  kr_exports = kosis$Exports, kr_imports = kosis$Imports,
  us_exports = num(census$Exports), us_imports = num(census$Imports))

# Windows: the full history minus the last h months, and 120-month windows every 12 months.
windows <- list()
for (name in names(series)) {
  n <- length(series[[name]])
  windows[[length(windows) + 1]] <- list(name = name, start = 0, len = n - h)
  for (s in seq(0, n - 120 - h, by = 12)) windows[[length(windows) + 1]] <- list(name = name, start = s, len = 120)
}

rows <- list()
for (w in windows) {
  y <- ts(series[[w$name]][(w$start + 1):(w$start + w$len)], frequency = 12)
  for (method in c("ets", "thetaf", "auto.arima", "snaive")) {
    # CPU time (the machine is shared), best of `reps` runs.
    secs <- Inf
    for (rep in 1:reps) {
      t0 <- sum(proc.time()[c("user.self", "sys.self")])
      if (method == "ets") { fit <- ets(y); fc <- forecast(fit, h = h)$mean; model <- paste0(fit$method, "|", sprintf("%.4f", fit$aicc)) }
      else if (method == "thetaf") { fc <- thetaf(y, h = h)$mean; model <- "Theta" }
      else if (method == "auto.arima") { fit <- auto.arima(y); fc <- forecast(fit, h = h)$mean; model <- paste0(forecast:::arima.string(fit, padding = FALSE), "|", sprintf("%.4f", fit$aicc)) }
      else { fc <- snaive(y, h = h)$mean; model <- "Seasonal naive" }
      secs <- min(secs, sum(proc.time()[c("user.self", "sys.self")]) - t0)
    }
    rows[[length(rows) + 1]] <- c(w$name, w$start, w$len, method, model, sprintf("%.4f", secs), sprintf("%.6f", as.numeric(fc)))
  }
}
writeLines(sapply(rows, paste, collapse = ";"), out)
