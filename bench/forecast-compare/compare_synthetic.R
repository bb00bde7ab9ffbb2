# The R side of the synthetic benchmark (see README.md): fits forecast::ets, thetaf and snaive to the first 120
# points of every series in the generated long-format CSV (id,t,value) and forecasts 24 months; auto.arima only on
# the first N series (--sample N, default 100; 0 = none, "all" = every series), as it takes seconds per series.
# Every method runs with its defaults, single-threaded, one fit per series and method, timed with proc.time().
# Writes one row per series and method, ';'-separated (ARIMA names contain commas):
#   id;method;model|AICc;cpu_seconds;wall_seconds;f1;...;f24
# Usage: Rscript compare_synthetic.R <synthetic.csv> <output.csv> [--sample N] [--series M]
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
option <- function(name, default) {
  i <- match(name, args)
  if (is.na(i)) default else args[i + 1]
}
positional <- args[!(args %in% c("--sample", "--series")) & !(c("", head(args, -1)) %in% c("--sample", "--series"))]
input <- if (length(positional) >= 1) positional[1] else "out/synthetic.csv"
output <- if (length(positional) >= 2) positional[2] else "out/r_synthetic.csv"
sample_arg <- option("--sample", "100")
series_arg <- option("--series", "all")
h <- 24
training <- 120

long <- read.csv(input)
long <- long[order(long$id, long$t), ]
ids <- unique(long$id)
if (series_arg != "all") ids <- head(ids, as.integer(series_arg))
arima_ids <- if (sample_arg == "all") ids else head(ids, as.integer(sample_arg))
values <- split(long$value, long$id)

con <- file(output, "w")
writeLines(paste(c("id", "method", "model", "cpu_seconds", "wall_seconds", paste0("f", 1:h)), collapse = ";"), con)
started <- proc.time()
for (k in seq_along(ids)) {
  id <- ids[k]
  y <- ts(values[[as.character(id)]][1:training], frequency = 12)
  methods <- c("ets", "thetaf", "snaive", if (id %in% arima_ids) "auto.arima")
  for (method in methods) {
    t0 <- proc.time()
    if (method == "ets") {
      fit <- ets(y); fc <- forecast(fit, h = h)$mean; model <- paste0(fit$method, "|", sprintf("%.4f", fit$aicc))
    } else if (method == "thetaf") {
      fc <- thetaf(y, h = h)$mean; model <- "Theta"
    } else if (method == "auto.arima") {
      fit <- auto.arima(y); fc <- forecast(fit, h = h)$mean; model <- paste0(forecast:::arima.string(fit, padding = FALSE), "|", sprintf("%.4f", fit$aicc))
    } else {
      fc <- snaive(y, h = h)$mean; model <- "Seasonal naive"
    }
    d <- proc.time() - t0
    cpu <- d[["user.self"]] + d[["sys.self"]]
    writeLines(paste(c(id, method, model, sprintf("%.6f", cpu), sprintf("%.6f", d[["elapsed"]]), sprintf("%.6f", as.numeric(fc))), collapse = ";"), con)
  }
  if (k %% 50 == 0 || k == length(ids)) {
    message(sprintf("R: %d of %d series, %.0f s elapsed", k, length(ids), (proc.time() - started)[["elapsed"]]))
    flush(con)
  }
}
close(con)
message(sprintf("R: ets/thetaf/snaive on %d series, auto.arima on %d (the first %d); %.0f s elapsed",
  length(ids), length(arima_ids), length(arima_ids), (proc.time() - started)[["elapsed"]]))
