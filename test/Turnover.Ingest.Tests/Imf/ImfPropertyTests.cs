using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Ingest.Imf;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Imf;

public sealed class ImfPropertyTests
{
    private static readonly string[] s_iso3 = CountryCatalog.Default.All.Where(c => !c.IsWorld && c.Iso3 is not null).Select(c => c.Iso3!).Distinct().ToArray();

    /// <summary>One generated IMTS observation.</summary>
    public sealed record Obs(string Reporter, bool Exports, string Counterpart, char Frequency, int Year, int Sub, long Mantissa, int Decimals);

    private static Arbitrary<Obs[]> Observations()
    {
        var obs =
            from reporter in Gen.Elements(s_iso3)
            from exports in Gen.Elements(true, false)
            from counterpart in Gen.Frequency((6, Gen.Elements(s_iso3)), (1, Gen.Constant("G001")), (1, Gen.Elements("G998", "G110", "G200")))
            from frequency in Gen.Elements('A', 'Q', 'M')
            from year in Gen.Choose(1948, 2030)
            from sub in Gen.Choose(1, 12)
            from mantissa in Gen.Choose(0, int.MaxValue)
            from shift in Gen.Choose(0, 6)
            from decimals in Gen.Choose(0, 8)
            select new Obs(reporter, exports, counterpart, frequency, year, frequency == 'Q' ? ((sub - 1) % 4) + 1 : sub, mantissa * (long)Math.Pow(10, shift), decimals);
        return Gen.ArrayOf(obs).ToArbitrary();
    }

    [Property(MaxTest = 60, Replay = "(20261201,25)")]
    public Property Generated_SDMX_CSV_rows_round_trip_and_groups_are_skipped() =>
        Prop.ForAll(Observations(), observations =>
        {
            var text = new StringBuilder("STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE,SCALE\n");
            foreach (var o in observations)
            {
                text.Append(CultureInfo.InvariantCulture, $"dataflow,IMF.STA:IMTS(1.0.0),I,{o.Reporter},{(o.Exports ? "XG_FOB_USD" : "MG_CIF_USD")},{o.Counterpart},{o.Frequency},{TimePeriod(o)},{Value(o).ToString(CultureInfo.InvariantCulture)},6\n");
            }

            using var file = TempFile.WithText("imts.csv", text.ToString());
            var context = new ReadContext(file.Path, new IngestOptions());
            var records = new ImfReader().Read(context).ToList();

            var kept = observations.Where(o => o.Counterpart == "G001" || !o.Counterpart.Any(char.IsAsciiDigit)).ToArray();
            Assert.Empty(context.Errors);
            Assert.Equal(observations.Length - kept.Length, context.Skipped.GetValueOrDefault("partner group (would double count)"));
            Assert.Equal(kept.Length, records.Count);
            for (var n = 0; n < kept.Length; n++)
            {
                var o = kept[n];
                var r = records[n];
                Assert.Equal(CountryCatalog.Default.Resolve(o.Reporter).Country, r.Reporter);
                Assert.Equal(o.Counterpart == "G001" ? CountryCatalog.Default.World : CountryCatalog.Default.Resolve(o.Counterpart).Country, r.Partner);
                Assert.Equal(o.Exports ? Flow.Export : Flow.Import, r.Flow);
                Assert.Equal(Period.Parse(TimePeriod(o).Replace("-M", "-", StringComparison.Ordinal)), r.Period);
                Assert.Equal(Value(o), r.ValueUsd);
            }
        });

    [Property(MaxTest = 200, Replay = "(20261201,27)")]
    public void Arbitrary_rows_never_throw_only_report(string? garbage)
    {
        using var file = TempFile.WithText("imts.csv", "STRUCTURE,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\n" + garbage);
        var context = new ReadContext(file.Path, new IngestOptions());

        var records = new ImfReader().Read(context).ToList();

        Assert.True(records.Count <= context.RowsRead);
    }

    [Property(MaxTest = 100, Replay = "(20261201,29)")]
    public void Arbitrary_text_in_any_layout_never_throws(string? garbage, bool xml)
    {
        using var file = TempFile.WithText("imf.txt", (xml ? "<" : "{") + garbage);
        var context = new ReadContext(file.Path, new IngestOptions());

        var records = new ImfReader().Read(context).ToList();

        Assert.True(records.Count == 0 || !context.HasErrors || records.Count <= context.RowsRead);
    }

    private static string TimePeriod(Obs o) => o.Frequency switch
    {
        'A' => o.Year.ToString(CultureInfo.InvariantCulture),
        'Q' => string.Create(CultureInfo.InvariantCulture, $"{o.Year}-Q{o.Sub}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{o.Year}-M{o.Sub:D2}"),
    };

    private static decimal Value(Obs o) => new(unchecked((int)o.Mantissa), (int)(o.Mantissa >> 32), 0, false, (byte)o.Decimals);
}
