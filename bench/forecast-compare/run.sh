#!/usr/bin/env bash
# The synthetic benchmark end to end: generate the series (C#, fixed seed), fit and forecast them in R
# (compare_synthetic.R), in Python's statsmodels (compare_statsmodels.py), then in C# (SyntheticBench.cs), and print
# every side. Single-threaded on every side, and the sides run one after the other, never at the same time.
# Everything it writes goes to out/ (gitignored).
#
# Usage: ./run.sh [--sample N] [--series M] [--skip-r] [--skip-py]
#   --sample N  auto.arima on the first N series only (default 100; "all" for every series: ~70 minutes more)
#   --series M  only the first M series for every method (default all 1,000: R needs ~15–20 minutes)
#   --skip-r    reuse out/r_synthetic.csv from an earlier run
#   --skip-py   reuse out/py_synthetic.csv from an earlier run (statsmodels: Debian's python3-statsmodels and
#               python3-pandas, run with /usr/bin/python3; ~1 s of CPU per series for ETS's 15 forms)
set -euo pipefail
cd "$(dirname "$0")"

sample=100
series=all
skip_r=0
skip_py=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sample) sample="$2"; shift 2 ;;
    --series) series="$2"; shift 2 ;;
    --skip-r) skip_r=1; shift ;;
    --skip-py) skip_py=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

started=$SECONDS
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'); $(getconf _NPROCESSORS_ONLN) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# One thread everywhere: R's BLAS (the reference BLAS on Debian is single-threaded anyway), numpy's and .NET's GC.
export OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 DOTNET_gcServer=0 DOTNET_CLI_TELEMETRY_OPTOUT=1
echo "== $(Rscript -e 'cat(R.version.string, "; forecast", as.character(packageVersion("forecast")))' 2>/dev/null); .NET SDK $(dotnet --version); $(/usr/bin/python3 -c 'import sys, statsmodels; print("Python", sys.version.split()[0], "+ statsmodels", statsmodels.__version__)' 2>/dev/null || echo 'no statsmodels')"

mkdir -p out
dotnet build -c Release --nologo -v quiet >out/build.log 2>&1 || { cat out/build.log; exit 1; }
dotnet run -c Release --no-build -- synthetic generate out/synthetic.csv --count 1000

if [ "$skip_r" = 0 ]; then
  t=$SECONDS
  echo "== R: ets, thetaf, snaive on ${series} series, auto.arima on ${sample} (progress every 50 series)"
  Rscript compare_synthetic.R out/synthetic.csv out/r_synthetic.csv --sample "$sample" --series "$series"
  echo "== R side: $((SECONDS - t)) s"
fi

if [ "$skip_py" = 0 ]; then
  t=$SECONDS
  echo "== Python: statsmodels ETSModel (AICc over 15 forms) and Holt-Winters on ${series} series"
  /usr/bin/python3 compare_statsmodels.py out/synthetic.csv out/py_synthetic.csv --series "$series"
  echo "== Python side: $((SECONDS - t)) s"
fi

t=$SECONDS
limit=()
[ "$series" != all ] && limit=(--series "$series")
dotnet run -c Release --no-build -- synthetic compare out/synthetic.csv out/r_synthetic.csv --csv out/cs_synthetic.csv "${limit[@]}" | tee out/synthetic_report.txt
echo "== C# side: $((SECONDS - t)) s; total $((SECONDS - started)) s"
