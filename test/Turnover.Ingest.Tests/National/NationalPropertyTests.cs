using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Ingest.National;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.National;

public class NationalPropertyTests
{
    /// <summary>A month and two values in tenths of a million (the Census precision), up to 214,748,364.7 million.</summary>
    private static readonly Gen<(int Year, int Month, int Exports, int Imports)> s_censusRow =
        from year in Gen.Choose(1900, 2200)
        from month in Gen.Choose(1, 12)
        from exports in Gen.Choose(0, int.MaxValue)
        from imports in Gen.Choose(0, int.MaxValue)
        select (year, month, exports, imports);

    [Property(MaxTest = 60, Replay = "(20261201,35)")]
    public Property Generated_census_rows_with_thousands_separators_round_trip_exactly() =>
        Prop.ForAll(Gen.ArrayOf(s_censusRow).ToArbitrary(), rows =>
        {
            var lines = rows.Select(r =>
            {
                var (e, i) = (r.Exports / 10m, r.Imports / 10m);
                var month = new DateTime(2000, r.Month, 1).ToString("MMMM", CultureInfo.InvariantCulture);
                return string.Create(CultureInfo.InvariantCulture, $"{month} {r.Year};{e:#,0.0};{i:#,0.0};{e - i:#,0.0}");
            });
            using var file = Write("usa_china.csv", lines.Prepend("Month;Exports;Imports;Balance"));
            var (records, context) = ReadAll(new CensusReader(), file.Path);

            var expected = rows.SelectMany(r => new[] { r.Exports * 100_000m, r.Imports * 100_000m });
            return context.Errors.Count == 0
                && records.Select(x => x.ValueUsd).SequenceEqual(expected)
                && records.Where((_, k) => k % 2 == 0).Select(x => x.Period)
                    .SequenceEqual(rows.Select(r => Period.Month(r.Year, r.Month)));
        });

    [Property(MaxTest = 60, Replay = "(20261201,37)")]
    public Property Generated_kosis_rows_round_trip_exactly() =>
        Prop.ForAll(Gen.ArrayOf(s_censusRow).ToArbitrary(), rows =>
        {
            var lines = rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"\"China, peoples' republic of\",\"{r.Year:D4}.{r.Month:D2}\",{r.Exports},{r.Imports}"));
            using var file = Write("kosis.csv", lines.Prepend("\"Country\",\"Date\",Exports,Imports"), "\n");
            var (records, context) = ReadAll(new KosisReader(), file.Path);

            return context.Errors.Count == 0
                && records.Select(x => x.ValueUsd).SequenceEqual(rows.SelectMany(r => new[] { r.Exports * 1000m, r.Imports * 1000m }));
        });

    [Property(MaxTest = 100, Replay = "(20261201,39)")]
    public Property Arbitrary_text_never_throws_and_any_defect_is_located() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements("Month;Exports;Imports;Balance", "January 2001;1,187.5;8,427.5;-7,240.0", ";;;", "\"", "x;y", "TOTAL 19;1;1;0", "é;1;2", "Febuary 2001;1;2;-1", "", "March 2001;-1;2;3"))
            .ToArbitrary(), lines =>
        {
            using var file = Write("us_china.csv", lines);
            var census = ReadAll(new CensusReader(), file.Path).Context;
            var kosis = ReadAll(new KosisReader(), file.Path).Context;
            return census.Errors.Concat(kosis.Errors).All(e => e.Message.Length > 0 && e.Line >= 0);
        });
}
