using Turnover.Testing;

namespace Turnover.Fuzz;

/// <summary>
/// One real file as <c>turnover ingest</c> takes it: the file, its format, and the mapping and exchange rates it
/// needs. <see cref="MutateRates"/> mutates the <c>--rates</c> file instead of the input. <see cref="Quantities"/> is the
/// FAO quantity file read with a FAO value file (<c>--quantities</c>), never mutated.
/// </summary>
internal sealed record FuzzTarget(string Reader, string Input, string Format, string? Mapping = null, string? Rates = null, bool MutateRates = false, string? Quantities = null)
{
    /// <summary>
    /// The readers in the order they are reported; "rates" is the FX file given with <c>--rates</c>. A reader's place
    /// seeds its cases (CaseRunner), so a new reader goes last: earlier seeds keep giving the same cases.
    /// </summary>
    public static IReadOnlyList<string> Readers { get; } = ["comtrade", "baci", "imf", "gacc", "census", "kosis", "wind", "mapped", "rates", "fcs", "fao"];

    /// <summary>The file this target mutates.</summary>
    public string Mutated => MutateRates ? Rates! : Input;

    /// <summary>The real files (inputs, mappings, rates) that cannot be found, or the repository itself when it cannot.</summary>
    public static IReadOnlyList<string> Missing()
    {
        try
        {
            return [.. All().SelectMany(t => new[] { t.Input, t.Mapping, t.Rates, t.Quantities }).OfType<string>().Distinct().Where(f => !File.Exists(f))];
        }
        catch (InvalidOperationException ex)
        {
            return [ex.Message];
        }
    }

    /// <summary>
    /// Every real file of test/fixtures, plus the bundled real files their READMEs point to (data/national, data/gacc,
    /// data/fx, data/products, data/mirror), each with the reader that reads it; mapped files once per mapping written for them.
    /// </summary>
    public static IReadOnlyList<FuzzTarget> All()
    {
        string F(string folder, string name) => RepoPaths.Fixture(folder, name);
        var census = RepoPaths.Data("national", "us_census_usa_china_monthly.csv");
        var kosis = RepoPaths.Data("national", "kosis_korea_china_monthly.csv");
        var rates = RepoPaths.Data("fx", "imf_exchange_rates_daily.csv");
        var cny = F("mapped", "census_2015_usd_declared_cny.csv");
        var cnyMapping = F("mapped", "census_2015_declared_cny.json");
        return
        [
            .. new[] { "HS-4f1d0f.json", "HS-5e2730.body.json", "HS-60a6ad.json", "TradeData.csv", "TradeData_bulk.txt.gz", "comtrade.csv", "legacy_full_dragonfly.csv" }
                .Select(n => new FuzzTarget("comtrade", F("comtrade", n), "comtrade")),
            new("baci", F("baci", "BACI_HS92_Y2021_V202301.csv"), "baci"),
            new("baci", F("baci", "ExampleTradeData.csv"), "baci"),
            .. new[] { "CompactData_DOT_A.US.TXG_FOB_USD.W00+B0.json", "CompactData_DOT_A.US.TXG_FOB_USD.B0.one-series.json", "IMTS_USA.XG_FOB_USD.G001+G998.A.xml", "IMTS_USA.XG_FOB_USD.G001+G998.A.csv" }
                .Select(n => new FuzzTarget("imf", F("imf", n), "imf")),
            .. new[] { "country_table_2019_02.csv", "country_table_2023_10.csv", "country_table_2023_11.csv", "country_table_2024_02_preliminary.csv" }
                .Select(n => new FuzzTarget("gacc", F("gacc", n), "gacc")),
            new("gacc", RepoPaths.Data("gacc", "china_russia.csv"), "gacc"),
            new("census", census, "census"),
            new("kosis", kosis, "kosis"),
            .. new[] { "crea_china_customs_fossil_imports_from_russia_monthly_1995-2023-02.csv", "crea_china_customs_fossil_imports_by_origin_monthly_1993-2022-11.csv" }
                .Select(n => new FuzzTarget("wind", RepoPaths.Data("products", n), "wind")),
            new("mapped", census, "mapped", F("mapped", "census_usa_china.json")),
            new("mapped", census, "mapped", F("mapped", "census_by_position.json")),
            new("mapped", kosis, "mapped", F("mapped", "kosis_korea_china.json")),
            new("mapped", F("mapped", "comtrade_legacy_us_china_2017_excerpt.csv"), "mapped", F("mapped", "comtrade_legacy_long.json")),
            new("mapped", cny, "mapped", cnyMapping, rates),
            new("rates", cny, "mapped", cnyMapping, rates, MutateRates: true),
            new("fcs", RepoPaths.Data("mirror", "russia_side_china_trade.csv"), "fcs"),
            new("fao", F("fao", "fao_china_seafood_imports_by_partner_value_2019_excerpt.csv"), "fao",
                Quantities: F("fao", "fao_china_seafood_imports_by_partner_quantity_2019_excerpt.csv")),
            new("fao", RepoPaths.Data("products", "fao_china_seafood_imports_by_partner_value_2019_raw.csv"), "fao",
                Quantities: RepoPaths.Data("products", "fao_china_seafood_imports_by_partner_quantity_2019_raw.csv")),
        ];
    }
}
