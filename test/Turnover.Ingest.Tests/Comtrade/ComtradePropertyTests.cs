using System.Globalization;
using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Testing;
using static Turnover.Ingest.Tests.Comtrade.ComtradeFixture;

namespace Turnover.Ingest.Tests.Comtrade;

/// <summary>
/// Properties: generated rows in the real Comtrade+ download layout read back exactly; no input, however broken,
/// makes Read throw (defects become errors). Seeds are fixed so CI runs are repeatable.
/// </summary>
public class ComtradePropertyTests
{
    private static readonly string[] s_fixtures =
        ["TradeData.csv", "TradeData_bulk.txt.gz", "comtrade.csv", "legacy_full_dragonfly.csv", "HS-60a6ad.json", "HS-5e2730.body.json", "HS-4f1d0f.json"];

    private static readonly Country[] s_countries = CountryCatalog.Default.All.Where(c => c.Iso3 is not null).ToArray();

    [Property(MaxTest = 60, Replay = "(20251128,7)")]
    public Property Generated_plus_csv_rows_round_trip_exact_values() =>
        Prop.ForAll(Gen.NonEmptyListOf(GeneratedRow.Generator).Select(l => l.Take(25).ToList()).ToArbitrary(), rows =>
        {
            using var file = TempFile.WithBytes("TradeData.csv", Encoding.Latin1.GetBytes(GeneratedRow.Csv(rows)));

            var (records, context) = Read(file.Path);

            Assert.Empty(context.Errors);
            Assert.Equal(rows.Select((row, i) => row.Expected(i + 2)), records);
        });

    [Property(MaxTest = 200, Replay = "(20251128,11)")]
    public Property Arbitrary_bytes_never_throw_out_of_read() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), Gen.Elements(".csv", ".txt.gz", ".json").ToArbitrary(), (bytes, extension) =>
            ReadsWithoutThrowing("data" + extension, bytes ?? []));

    [Property(MaxTest = 200, Replay = "(20251128,13)")]
    public Property Damaged_real_files_never_throw_out_of_read() =>
        Prop.ForAll(Gen.Elements(s_fixtures).ToArbitrary(), Damage.Generator.ToArbitrary(), (name, damage) =>
            ReadsWithoutThrowing(name, damage.Apply(File.ReadAllBytes(Path(name)))));

    [Property(MaxTest = 100, Replay = "(20251128,17)")]
    public Property Arbitrary_text_after_a_comtrade_header_never_throws(string text) =>
        Prop.ForAll(Gen.Elements(s_fixtures.Take(4).ToArray()).ToArbitrary(), name =>
        {
            var header = Gunzipped(File.ReadAllBytes(Path(name))).Split('\n')[0];
            return ReadsWithoutThrowing(name.Replace(".gz", string.Empty, StringComparison.Ordinal), Encoding.UTF8.GetBytes(header + "\n" + text));
        });

    [Property(MaxTest = 60, Replay = "(20251128,19)")]
    public Property Garbage_inside_gzip_never_throws(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes ?? []);
        }

        var compressed = buffer.ToArray();
        return Prop.ForAll(Gen.Choose(0, compressed.Length).ToArbitrary(), cut => ReadsWithoutThrowing("C_A.txt.gz", compressed[..cut]));
    }

    private static bool ReadsWithoutThrowing(string fileName, byte[] bytes)
    {
        using var file = TempFile.WithBytes(fileName, bytes);
        var (records, context) = Read(file.Path);
        // Whatever was read is accounted for: every record comes from a data row.
        return records.Count <= Math.Max(context.RowsRead, 0) && records.All(r => r.ValueUsd >= 0);
    }

    private static string Gunzipped(byte[] bytes)
    {
        if (bytes is not [0x1F, 0x8B, ..])
        {
            return Encoding.Latin1.GetString(bytes);
        }

        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    /// <summary>Overwrites, inserts or cuts bytes at generated positions.</summary>
    public sealed record Damage(int Kind, double Position, byte Value)
    {
        public static Gen<Damage> Generator { get; } =
            from kind in Gen.Choose(0, 2)
            from position in Gen.Choose(0, 10_000).Select(p => p / 10_000.0)
            from value in Gen.Choose(0, 255).Select(v => (byte)v)
            select new Damage(kind, position, value);

        public byte[] Apply(byte[] bytes)
        {
            var at = (int)(Position * bytes.Length);
            return Kind switch
            {
                0 when at < bytes.Length => [.. bytes[..at], Value, .. bytes[(at + 1)..]],
                1 => [.. bytes[..at], Value, .. bytes[at..]],
                _ => bytes[..at],
            };
        }
    }

    /// <summary>One row in the Comtrade+ download layout, built from catalogue countries and generated values.</summary>
    public sealed record GeneratedRow(Country Reporter, Country Partner, string FlowCode, int Year, int? Month, string CmdCode, decimal Value, decimal? NetWeight)
    {
        public static Gen<GeneratedRow> Generator { get; } =
            from reporter in Gen.Elements(s_countries)
            from partner in Gen.Elements(s_countries)
            from flow in Gen.Elements("M", "X", "RM", "RX")
            from year in Gen.Choose(1962, 2030)
            from month in Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Choose(1, 12).Select(m => (int?)m)))
            from cmd in Gen.OneOf(Gen.Constant("TOTAL"), Gen.Elements(2, 4, 6).SelectMany(d => HsCodeGen.Code(d).Select(c => c.ToString("D" + d, CultureInfo.InvariantCulture))))
            from value in Amount
            from weight in Gen.OneOf(Gen.Constant<decimal?>(null), Amount.Select(w => (decimal?)w))
            select new GeneratedRow(reporter, partner, flow, year, month, cmd, value, weight);

        private static Gen<decimal> Amount { get; } =
            from high in Gen.Choose(0, 999_999)
            from low in Gen.Choose(0, 999_999_999)
            from scale in Gen.Choose(0, 3)
            select ((high * 1_000_000_000m) + low) / (scale switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m });

        public static string Csv(IEnumerable<GeneratedRow> rows)
        {
            var text = new StringBuilder(TradeDataLines()[0]).Append("\r\n");
            foreach (var row in rows)
            {
                text.AppendJoin(',', row.Fields().Select(f => f.Length == 0 ? f : $"\"{f.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")).Append(",\r\n");
            }

            return text.ToString();
        }

        public TradeRecord Expected(long line)
        {
            Product.TryParse(CmdCode, "H6", out var product);
            var flow = FlowCode switch { "M" => Flow.Import, "X" => Flow.Export, "RM" => Flow.ReImport, _ => Flow.ReExport };
            var period = Month is { } m ? Period.Month(Year, m) : Period.OfYear(Year);
            return new TradeRecord(Reporter, Partner, flow, period, product, Value, NetWeight is { } kg ? Quantity.Kilograms((double)kg) : null, Derivation.Reported, null, line);
        }

        /// <summary>The 47 fields of the real header, in its order.</summary>
        private IEnumerable<string> Fields()
        {
            var inv = CultureInfo.InvariantCulture;
            var period = Month is { } m ? string.Create(inv, $"{Year}{m:D2}") : Year.ToString(inv);
            string[] fields =
            [
                "C", Month is null ? "A" : "M", string.Create(inv, $"{Year}{Month ?? 1:D2}01"), Year.ToString(inv), (Month ?? 52).ToString(inv), period,
                Reporter.Code.ToString(inv), Reporter.Iso3!, Reporter.Name, FlowCode, "flow",
                Partner.Code.ToString(inv), Partner.Iso3!, Partner.Name, "0", "W00", "World",
                "H6", "HS", "true", CmdCode, "description, with comma", CmdCode == "TOTAL" ? "0" : CmdCode.Length.ToString(inv), "false",
                "C00", "TOTAL CPC", "0", "0", "TOTAL MOT", "-1", "N/A", string.Empty, "false", "-1", "N/A", string.Empty, "false",
                NetWeight?.ToString(inv) ?? string.Empty, "false", string.Empty, "false",
                FlowCode is "M" or "RM" ? Value.ToString(inv) : string.Empty, FlowCode is "X" or "RX" ? Value.ToString(inv) : string.Empty, Value.ToString(inv),
                "0", "true", "false",
            ];
            return fields;
        }
    }
}
