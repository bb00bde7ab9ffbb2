using BenchmarkDotNet.Running;
using Turnover.Benchmarks;

// Modes (see bench/README.md):
//   generate-baci ROWS PATH [YEAR] deterministic BACI-format file of one year (default 2021)
//   ingest PATH DB                 turnover ingest end to end (the CLI's own code path), prints wall time
//   read PATH                      the BACI reader alone (parse, store nothing), prints wall time
//   duckdb-read-csv PATH DB        DuckDB's own read_csv into a table (CREATE TABLE AS), prints wall time
//   query DB [A B]                 pair series query latency on a loaded store, a DuckDB file or clickhouse://… (default: the pair with the most records)
//   products DB [A B [YEAR]]      turnover products latency per level, in process (default: the pair with the most lines)
//   decompose DB [A B [FROM TO]]  turnover decompose latency (HS6 and chapters), in process
//   claims [DATA] [ROUNDS]         claim extraction on 1 MB of mixed news built from ../shared/data, prints CPU and wall time
//   claims-text PATH [DATA]        writes that megabyte to PATH (UTF-8), for timing 'turnover claims PATH' end to end
//   micro [BenchmarkDotNet args]   BenchmarkDotNet micro-benchmarks (ClaimsMicro: the same megabyte)
return args.FirstOrDefault() switch
{
    "generate-baci" => BaciGenerator.Run(
        long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
        args[2],
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : BaciGenerator.DefaultYear),
    "ingest" => IngestBench.RunIngest(args[1], args[2]),
    "read" => ReadBench.Run(args[1]),
    "duckdb-read-csv" => IngestBench.RunDuckDbReadCsv(args[1], args[2]),
    "query" => QueryBench.Run(args[1], args.ElementAtOrDefault(2), args.ElementAtOrDefault(3)),
    "products" => ProductsBench.RunProducts(args[1], args.ElementAtOrDefault(2), args.ElementAtOrDefault(3), args.ElementAtOrDefault(4)),
    "decompose" => ProductsBench.RunDecompose(args[1], args.ElementAtOrDefault(2), args.ElementAtOrDefault(3), args.ElementAtOrDefault(4), args.ElementAtOrDefault(5)),
    "claims" => ClaimsBench.Run(args.ElementAtOrDefault(1), int.Parse(args.ElementAtOrDefault(2) ?? "3", System.Globalization.CultureInfo.InvariantCulture)),
    "claims-text" => ClaimsBench.WriteText(args[1], args.ElementAtOrDefault(2)),
    "micro" => RunMicro(args[1..]),
    _ => Usage(),
};

static int RunMicro(string[] rest)
{
    BenchmarkSwitcher.FromAssembly(typeof(BaciGenerator).Assembly).Run(rest);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: generate-baci ROWS PATH | ingest PATH DB | read PATH | duckdb-read-csv PATH DB | query DB [A B] | products DB [A B [YEAR]] | decompose DB [A B [FROM TO]] | claims [DATA] [ROUNDS] | claims-text PATH [DATA] | micro [args]");
    return 1;
}
