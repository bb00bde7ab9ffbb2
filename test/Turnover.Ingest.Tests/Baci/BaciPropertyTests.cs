using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Ingest.Baci;
using Turnover.Testing;

namespace Turnover.Ingest.Tests.Baci;

public sealed class BaciPropertyTests
{
    private static readonly int[] s_codes = CountryCatalog.Default.All.Where(c => !c.IsWorld).Select(c => c.Code).ToArray();

    // vShift up to 7 gives 17-digit values, beyond the 15-digit fast path, so the general parser is covered too.
    /// <summary>One generated BACI row and the spelling choices to write it with.</summary>
    public sealed record Row(int Exporter, int Importer, int Hs, bool ZeroPad, long VMantissa, int VDecimals, long? QMantissa, int QDecimals, int QStyle);

    private static Arbitrary<Row[]> Rows()
    {
        var row =
            from exporter in Gen.Elements(s_codes)
            from importer in Gen.Elements(s_codes)
            from hs in Gen.Choose(10_000, 999_999)
            from zeroPad in Gen.Elements(true, false)
            from vDigits in Gen.Choose(0, int.MaxValue)
            from vShift in Gen.Choose(0, 7)
            from vDecimals in Gen.Choose(0, 6)
            from hasQ in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from qMantissa in Gen.Choose(0, int.MaxValue)
            from qDecimals in Gen.Choose(0, 6)
            from qStyle in Gen.Choose(0, 3)
            select new Row(exporter, importer, hs, zeroPad, vDigits * (long)Math.Pow(10, vShift), vDecimals, hasQ ? qMantissa : null, qDecimals, qStyle);
        return Gen.ArrayOf(row).ToArbitrary();
    }

    [Property(MaxTest = 60, Replay = "(20261201,11)")]
    public Property Generated_rows_round_trip_exactly_in_CEPII_and_R_spellings() =>
        Prop.ForAll(Rows(), rows =>
        {
            var text = new StringBuilder("t,i,j,k,v,q\n");
            foreach (var row in rows)
            {
                var k = row.ZeroPad ? row.Hs.ToString("D6", CultureInfo.InvariantCulture) : row.Hs.ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"2019,{row.Exporter},{row.Importer},{k},{Fixed(row.VMantissa, row.VDecimals)},{Quantity(row)}\n");
            }

            using var file = TempFile.WithText("BACI_HS12_Y2019_V202401.csv", text.ToString());
            var context = new ReadContext(file.Path, new IngestOptions());
            var records = new BaciReader().Read(context).ToList();

            Assert.Empty(context.Errors);
            Assert.Equal(rows.Length, records.Count);
            for (var n = 0; n < rows.Length; n++)
            {
                var row = rows[n];
                var record = records[n];
                Assert.Equal(row.Exporter, record.Reporter.Code);
                Assert.Equal(row.Importer, record.Partner.Code);
                Assert.Equal(Product.Hs(row.Hs, 6, "HS12"), record.Product);
                Assert.Equal(Decimal(row.VMantissa, row.VDecimals) * 1000m, record.ValueUsd);
                Assert.Equal(Period.OfYear(2019), record.Period);
                Assert.Equal(n + 2, record.SourceLine);
                if (row.QMantissa is { } q)
                {
                    // The reference: the double nearest the exact kilogram value, as the BCL's correctly rounded parser finds it.
                    var kg = double.Parse((Decimal(q, row.QDecimals) * 1000m).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                    Assert.Equal(global::Turnover.Core.Quantity.Kilograms(kg), record.Quantity);
                }
                else
                {
                    Assert.Null(record.Quantity);
                }
            }
        });

    [Property(MaxTest = 200, Replay = "(20261201,13)")]
    public void Arbitrary_text_never_throws_only_reports(string? garbage)
    {
        using var file = TempFile.WithText("BACI_HS92_Y2021_V202301.csv", "t,i,j,k,v,q\n" + garbage);
        var context = new ReadContext(file.Path, new IngestOptions());

        var records = new BaciReader().Read(context).ToList();

        Assert.True(records.Count <= context.RowsRead);
    }

    private static decimal Decimal(long mantissa, int decimals) => new(unchecked((int)mantissa), (int)(mantissa >> 32), 0, false, (byte)decimals);

    private static string Fixed(long mantissa, int decimals) => Decimal(mantissa, decimals).ToString(CultureInfo.InvariantCulture);

    // CEPII leaves q empty or writes padded NA; R quotes and pads it.
    private static string Quantity(Row row) => (row.QMantissa, row.QStyle) switch
    {
        (null, 0) => string.Empty,
        (null, 1) => "           NA",
        (null, _) => "\"           NA\"",
        ({ } q, 0 or 1) => Fixed(q, row.QDecimals).PadLeft(13),
        ({ } q, _) => "\"" + Fixed(q, row.QDecimals).PadLeft(13) + "\"",
    };
}
