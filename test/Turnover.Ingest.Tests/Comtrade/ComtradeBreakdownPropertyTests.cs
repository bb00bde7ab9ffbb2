using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>
/// Properties of breakdown rows in the real download layout, built from the real total on line 344 of TradeData.csv
/// (Thailand's 2017 imports of HS 8542 from China): every part reads back with its own codes and value beside an
/// untouched total, and a row whose three codes are the totals' is a total however its descriptions read. Seeded.
/// </summary>
public class ComtradeBreakdownPropertyTests
{
    private const int TotalLine = 344;
    private static readonly IngestOptions s_included = new() { IncludeBreakdowns = true };

    [Property(MaxTest = 60, Replay = "(20261203,3)")]
    public Property Generated_parts_read_back_with_their_codes_beside_the_untouched_total() =>
        Prop.ForAll(Parts.ToArbitrary(), parts =>
        {
            var lines = TradeDataLines();
            var header = lines[0].Split(',');
            var extra = parts.Select(p => Edit(lines[TotalLine - 1], header, [(p.Column, p.Code)], p.Description, p.Value)).ToList();
            using var file = WriteTradeData([.. lines.Take(lines.Length - 1), .. extra, string.Empty]);

            var (records, context) = Read(file.Path, s_included);

            Assert.Empty(context.Errors);
            Assert.Null(records.At(TotalLine).Breakdown);
            Assert.Equal(841_607_641.96m, records.At(TotalLine).ValueUsd);
            var read = records.Where(r => r.Breakdown is not null).ToList();
            Assert.Equal(parts.Count, read.Count);
            for (var i = 0; i < parts.Count; i++)
            {
                var dimension = DimensionOf(parts[i].Column);
                Assert.Equal(new BreakdownCode(parts[i].Code, parts[i].Description), read[i].Breakdown!.Of(dimension));
                Assert.Equal([dimension], read[i].Breakdown!.Dimensions);
                Assert.Equal(parts[i].Value, read[i].ValueUsd);
                Assert.Equal((records.At(TotalLine).Reporter, records.At(TotalLine).Partner, records.At(TotalLine).Period, records.At(TotalLine).Product),
                    (read[i].Reporter, read[i].Partner, read[i].Period, read[i].Product));
            }
        });

    [Property(MaxTest = 60, Replay = "(20261203,5)")]
    public Property A_row_at_the_total_codes_is_a_total_whatever_its_descriptions() =>
        Prop.ForAll(Gen.Elements("C00", "c00", string.Empty).ToArbitrary(), Gen.Elements("0", string.Empty).ToArbitrary(), Description.ToArbitrary(), (customs, zero, description) =>
        {
            var lines = TradeDataLines();
            var header = lines[0].Split(',');
            lines[TotalLine - 1] = Edit(lines[TotalLine - 1], header, [("customsCode", customs), ("motCode", zero), ("partner2Code", zero)], description, null);
            using var file = WriteTradeData(lines);

            var (records, context) = Read(file.Path, s_included);

            Assert.Empty(context.Errors);
            Assert.Null(records.At(TotalLine).Breakdown);
        });

    private static Gen<string> Description { get; } = Gen.Elements("Sea", "Air", "TOTAL MOT", "Cura\u00e7ao", "China, Hong Kong SAR", string.Empty);

    // Distinct codes per dimension, each part breaking the total down by one dimension, values to the cent.
    private static Gen<List<Part>> Parts { get; } =
        from count in Gen.Choose(1, 12)
        from parts in Gen.ListOf(
            from column in Gen.Elements("customsCode", "motCode", "partner2Code")
            from number in Gen.Choose(1, 9999)
            from description in Description
            from cents in Gen.Choose(0, int.MaxValue)
            select new Part(column, column == "customsCode" ? "C" + (number % 100).ToString("D2", CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture), description, cents / 100m), count)
        select parts.Where(p => p.Code != "C00").DistinctBy(p => (p.Column, p.Code)).ToList();

    private static BreakdownDimension DimensionOf(string column) => column switch
    {
        "customsCode" => BreakdownDimension.CustomsProcedure,
        "motCode" => BreakdownDimension.TransportMode,
        _ => BreakdownDimension.SecondPartner,
    };

    // The row with breakdown columns (and their descriptions) set, and primaryValue when given: one split, as the fields
    // of line 344 hold no commas (a description with one is quoted, as Comtrade quotes every value).
    private static string Edit(string line, string[] header, (string Column, string Code)[] codes, string description, decimal? value)
    {
        var fields = line.Split(',');
        foreach (var (column, code) in codes)
        {
            var descriptionColumn = column switch { "customsCode" => "customsDesc", "motCode" => "motDesc", _ => "partner2Desc" };
            fields[Array.IndexOf(header, column)] = code.Length == 0 ? string.Empty : $"\"{code}\"";
            fields[Array.IndexOf(header, descriptionColumn)] = description.Length == 0 ? string.Empty : $"\"{description}\"";
        }

        if (value is { } usd)
        {
            fields[Array.IndexOf(header, "primaryValue")] = $"\"{usd.ToString(CultureInfo.InvariantCulture)}\"";
        }

        return string.Join(',', fields);
    }

    private sealed record Part(string Column, string Code, string Description, decimal Value);
}
