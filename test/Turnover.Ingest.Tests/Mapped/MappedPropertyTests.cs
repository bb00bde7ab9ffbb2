using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Ingest.Mapped;
using static Turnover.Ingest.Tests.Mapped.MappedCsvReaderTests;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Mapped;

public class MappedPropertyTests
{
    private static readonly string[] s_monthFormats = ["yyyy-MM", "yyyy.MM", "MMMM yyyy", "MMM yyyy", "yyyyMM", "M/yyyy", "'M'MM yyyy"];
    private static readonly string[] s_quarterFormats = ["yyyy-'Q'q", "q'Q'yyyy"];

    [Property(MaxTest = 300, Replay = "(20261201,31)")]
    public Property Every_period_format_round_trips() =>
        Prop.ForAll(
            (from year in Gen.Choose(1900, 2200)
             from month in Gen.Choose(1, 12)
             from quarter in Gen.Choose(1, 4)
             from m in Gen.Elements(s_monthFormats)
             from q in Gen.Elements(s_quarterFormats)
             from pick in Gen.Choose(0, 2)
             select pick switch
             {
                 0 => (m, Period.Month(year, month)),
                 1 => (q, Period.Quarter(year, quarter)),
                 _ => ("yyyy", Period.OfYear(year)),
             }).ToArbitrary(),
            c =>
            {
                Assert.True(PeriodPattern.TryCreate(c.Item1, out var pattern, out _));
                var text = pattern!.FormatPeriod(c.Item2);
                return pattern.TryParse(text, out var parsed, out var error) && parsed == c.Item2 && error.Length == 0;
            });

    [Property(MaxTest = 100, Replay = "(20261201,33)")]
    public Property Arbitrary_text_never_throws_only_reports() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements("Month;Exports;Imports;Balance", "January 2001;1,187.5;8,427.5;-7,240.0", ";;;", "\"a;b", "x", "Sept 2001;1;2;3", "December 1899;1;1;0", "\u00e9;1;2", "", "March 2001;1e40;2;3"))
            .ToArbitrary(), lines =>
        {
            using var file = Write("census.csv", lines);
            var (records, context) = ReadAll(new MappedCsvReader(), file.Path, Mapping("census_usa_china.json"));
            return records.All(r => r.ValueUsd >= 0) && context.Errors.All(e => e.Message.Length > 0);
        });
}
