using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Ingest.Wind;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Wind;

public class WindPropertyTests
{
    /// <summary>A value in hundredths of USD 10 th, and a volume in tons or blank (0).</summary>
    private static readonly Gen<(int Value, int Tons)> s_month =
        from value in Gen.Choose(1, int.MaxValue)
        from tons in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, int.MaxValue)))
        select (value, tons);

    [Property(MaxTest = 60, Replay = "(20261202,17)")]
    public Property Generated_wind_exports_round_trip_with_their_units_scaled_and_blanks_missing() =>
        Prop.ForAll(Gen.ArrayOf(s_month).Where(m => m.Length is > 0 and < 120).ToArbitrary(), months =>
        {
            var end = Period.Month(2000 + ((months.Length - 1) / 12), ((months.Length - 1) % 12) + 1);
            var endText = string.Create(CultureInfo.InvariantCulture, $"{end.Year}-{end.StartMonth:D2}");
            var header = new[]
            {
                "Name,Value of Imports: Crude Oil: Russian Federation,Volume of Imports: Crude Oil: Russian Federation",
                "Frequency,Month,Month", "Unit,USD 10 th,ton", "ID,S5429119,S5429087",
                $"Time Period,2000-01:{endText},2000-01:{endText}", "Source,China Customs,China Customs", "Update,'2022-12-30,'2022-12-30",
            };
            var rows = months.Select((m, i) => string.Create(CultureInfo.InvariantCulture,
                $"{2000 + (i / 12)}-{(i % 12) + 1:D2},{m.Value / 100m:0.00} ,{(m.Tons == 0 ? string.Empty : m.Tons + ".00 ")}"));
            using var file = Write("wind.csv", [.. header, .. rows, string.Empty, "数据来源：Wind,,"], "\n");

            var (records, context) = ReadAll(new WindReader(), file.Path);

            return context.Errors.Count == 0
                && records.Select(r => r.ValueUsd).SequenceEqual(months.Select(m => m.Value * 100m))
                && records.Select(r => r.Quantity?.Amount).SequenceEqual(months.Select(m => m.Tons == 0 ? (double?)null : m.Tons * 1000d))
                && records.All(r => r.Partner.Code == 643 && r.Product == Product.Hs(2709, 4, "Wind"));
        });
}
