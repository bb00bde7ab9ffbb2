using Turnover.Store;

namespace Turnover.Fuzz;

/// <summary>A digest of everything an ingest may write: equal digests before and after mean the store is unchanged.</summary>
internal static class StoreDigest
{
    private static readonly string[] s_tables = ["releases", "records", "skipped_rows", "discrepancies", "classifications", "units", "release_reading", "published_rates", "rate_disagreements", "stated_figures"];

    private static readonly string s_sql = "SELECT concat_ws('|', "
        + string.Join(", ", s_tables.Select(t => $"(SELECT count(*) || ':' || coalesce(sum(hash(t)), 0) FROM {t} t)"))
        + ")";

    public static string Of(TradeStore store) => store.Scalar<string>(s_sql) ?? string.Empty;
}
