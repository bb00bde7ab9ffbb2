"""The Python side of the synthetic benchmark (see README.md): statsmodels' ETSModel with the model chosen by AICc
among the forms R's ets() tries by default, and Holt-Winters (ExponentialSmoothing, additive trend, multiplicative
season), fitted to the first 120 points of every series in the generated long-format CSV (id,t,value), 24 months
forecast. One fit per series and method, single-threaded (run.sh sets OMP/OPENBLAS/MKL threads to 1), timed with
time.process_time() (user + system CPU of the process) and time.perf_counter() (wall).

Writes the rows compare_synthetic.R writes, ';'-separated: id;method;model|AICc;cpu_seconds;wall_seconds;f1;...;f24
Usage: /usr/bin/python3 compare_statsmodels.py <synthetic.csv> <output.csv> [--series M]
Needs Debian's python3-statsmodels and python3-pandas (statsmodels 0.13.5 on bookworm).
"""
import csv
import sys
import time
import warnings

import numpy as np
import pandas as pd
from statsmodels.tools.sm_exceptions import ConvergenceWarning
from statsmodels.tsa.exponential_smoothing.ets import ETSModel
from statsmodels.tsa.holtwinters import ExponentialSmoothing

H = 24
TRAINING = 120
PERIOD = 12

# R's ets() defaults: error A or M; trend N, A or Ad; season N, A or M; no multiplicative trend; an additive error with
# a multiplicative season is left out (restrict = TRUE: infinite variance). 15 forms.
FORMS = [
    (error, trend, damped, season)
    for error in ("add", "mul")
    for (trend, damped) in ((None, False), ("add", False), ("add", True))
    for season in (None, "add", "mul")
    if not (error == "add" and season == "mul")
]


def form_name(error, trend, damped, season):
    letter = {None: "N", "add": "A", "mul": "M"}
    return f"ETS({letter[error]},{letter[trend]}{'d' if damped else ''},{letter[season]})"


def ets_aicc(y):
    """Every form fitted by maximum likelihood; the lowest AICc forecasts. Forms whose fit fails are skipped."""
    best = None
    for error, trend, damped, season in FORMS:
        try:
            model = ETSModel(y, error=error, trend=trend, damped_trend=damped, seasonal=season,
                             seasonal_periods=PERIOD if season else None, initialization_method="estimated")
            fit = model.fit(disp=False)
        except (ValueError, np.linalg.LinAlgError):
            continue
        if np.isfinite(fit.aicc) and (best is None or fit.aicc < best[1]):
            best = (form_name(error, trend, damped, season), fit.aicc, fit)
    if best is None:
        raise RuntimeError("no ETS form could be fitted")
    name, aicc, fit = best
    return f"{name}|{aicc:.4f}", np.asarray(fit.forecast(H))


def holt_winters(y):
    fit = ExponentialSmoothing(y, trend="add", seasonal="mul", seasonal_periods=PERIOD,
                               initialization_method="estimated").fit()
    return f"Holt-Winters(A,M)|{fit.aicc:.4f}", np.asarray(fit.forecast(H))


def main(args):
    positional = [a for i, a in enumerate(args) if a != "--series" and (i == 0 or args[i - 1] != "--series")]
    source = positional[0] if positional else "out/synthetic.csv"
    target = positional[1] if len(positional) > 1 else "out/py_synthetic.csv"
    limit = int(args[args.index("--series") + 1]) if "--series" in args and args[args.index("--series") + 1] != "all" else None

    long = pd.read_csv(source).sort_values(["id", "t"])
    ids = list(dict.fromkeys(long["id"]))[:limit]
    values = {i: g["value"].to_numpy(dtype=float) for i, g in long.groupby("id")}
    warnings.simplefilter("ignore", ConvergenceWarning)
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", UserWarning)

    started = time.perf_counter()
    with open(target, "w", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(["id", "method", "model", "cpu_seconds", "wall_seconds"] + [f"f{k}" for k in range(1, H + 1)])
        for k, series_id in enumerate(ids, start=1):
            y = values[series_id][:TRAINING]
            for method, run in (("ets", ets_aicc), ("hw", holt_winters)):
                cpu, wall = time.process_time(), time.perf_counter()
                model, mean = run(y)
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                writer.writerow([series_id, method, model, f"{cpu:.6f}", f"{wall:.6f}"] + [f"{v:.6f}" for v in mean])
            if k % 25 == 0 or k == len(ids):
                out.flush()
                print(f"statsmodels: {k} of {len(ids)} series, {time.perf_counter() - started:.0f} s elapsed", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
