using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Ingest.Fao;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Fao;

public class FaoPropertyTests
{
    private const string Header = "Reporting country (Name),Country,Commodity (Name),Trade flow (Name),Unit (Name),Unit,";
    private static readonly string[] s_partners = ["Norway", "Russian Federation", "China, Hong Kong SAR", "Taiwan Province of China", "Viet Nam", "Chile"];
    private static readonly int[] s_codes = [579, 643, 344, 490, 704, 152];

    /// <summary>A row: partner index, a commodity name (commas and quotes included), value and tonnes in hundredths.</summary>
    private static readonly Gen<(int Partner, string Commodity, long Value, long Tonnes)> s_row =
        from partner in Gen.Choose(0, s_partners.Length - 1)
        from words in Gen.ArrayOf(Gen.Elements("Cods", "frozen", "nei", "\"fresh\"", "or chilled", "(Gadus spp.)", "fillets,", "salted & dried")).Where(w => w.Length > 0)
        from value in Gen.Choose(0, int.MaxValue).Select(v => (long)v)
        from tonnes in Gen.Choose(0, 5_000_000).Select(t => (long)t)
        select (partner, string.Join(' ', words), value, tonnes);

    [Property(MaxTest = 60, Replay = "(20261203,15)")]
    public Property Generated_fishstat_files_round_trip_values_and_tonnes_paired_in_any_order() =>
        Prop.ForAll(Gen.ArrayOf(s_row).Where(r => r.Length is > 0 and < 80).ToArbitrary(), generated =>
        {
            // One row per partner and commodity, as FishStat gives them.
            var rows = generated.DistinctBy(r => (r.Partner, r.Commodity)).ToList();
            using var values = Write("fao_value_2019.csv",
                [Header + "Value", .. rows.Select(r => Row(r.Partner, r.Commodity, "Value (USD 1000),USD 1000", r.Value))]);
            // The quantity file lists the same rows backwards: pairing is by key, not by position.
            using var quantities = Write("fao_quantity_2019.csv",
                [Header + "Quantity", .. Enumerable.Reverse(rows).Select(r => Row(r.Partner, r.Commodity, "Tonnes - net product weight,Tonnes - net product weight", r.Tonnes))]);

            var (records, context) = ReadAll(new FaoReader(), values.Path, new IngestOptions { QuantitiesPath = quantities.Path });

            return context.Errors.Count == 0
                && records.Select(r => r.ValueUsd).SequenceEqual(rows.Select(r => r.Value * 10m))
                && records.Select(r => r.Quantity!.Value.Amount).SequenceEqual(rows.Select(r => r.Tonnes * 10d))
                && records.Select(r => r.Partner.Code).SequenceEqual(rows.Select(r => s_codes[r.Partner]))
                && records.Select(r => r.Product).SequenceEqual(rows.Select(r => Product.Commodity(r.Commodity, "FAO")))
                && records.All(r => r.Period == Period.OfYear(2019) && r.Flow == Flow.Import && r.Reporter.Code == 156);
        });

    [Property(MaxTest = 40, Replay = "(20261203,13)")]
    public Property A_quantity_row_missing_from_the_pair_always_refuses_the_whole_file() =>
        Prop.ForAll(Gen.ArrayOf(s_row).Where(r => r.Length is > 1 and < 40).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (generated, pick) =>
        {
            var rows = generated.DistinctBy(r => (r.Partner, r.Commodity)).ToList();
            var dropped = pick % rows.Count;
            using var values = Write("fao_value_2019.csv",
                [Header + "Value", .. rows.Select(r => Row(r.Partner, r.Commodity, "Value (USD 1000),USD 1000", r.Value))]);
            using var quantities = Write("fao_quantity_2019.csv",
                [Header + "Quantity", .. rows.Where((_, i) => i != dropped).Select(r => Row(r.Partner, r.Commodity, "Tonnes - net product weight,Tonnes - net product weight", r.Tonnes))]);

            var (records, context) = ReadAll(new FaoReader(), values.Path, new IngestOptions { QuantitiesPath = quantities.Path });

            return records.Count == 0 && context.Errors.Count == 1 && context.Errors[0].Line == dropped + 2;
        });

    // Amounts in hundredths written with two decimals ("12.34"); a commodity quoted with its quotes doubled.
    private static string Row(int partner, string commodity, string units, long hundredths) => string.Create(CultureInfo.InvariantCulture,
        $"China,\"{s_partners[partner]}\",\"{commodity.Replace("\"", "\"\"", StringComparison.Ordinal)}\",Imports,{units},{hundredths / 100}.{hundredths % 100:D2}");
}
