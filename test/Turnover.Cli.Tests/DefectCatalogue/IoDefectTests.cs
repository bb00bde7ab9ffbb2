using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Turnover.Testing;

namespace Turnover.Cli.Tests.DefectCatalogue;

/// <summary>
/// The defect catalogue of the I/O layer (issue 7): for each class of bad input, the exact message a user gets, the
/// exit code, and that the store is unchanged. Every bad file is a temporary copy of a real one, mutated.
/// </summary>
/// <remarks>Split by concern: cells and lines here, paths in <c>.Paths.cs</c>, encodings in <c>.Encodings.cs</c>.</remarks>
public sealed partial class IoDefectTests
{
    private const string Kosis = "kosis_korea_china_monthly.csv";
    private const char Esc = '\u001B';

    [Fact]
    public void When_a_numeric_cell_holds_millions_of_characters_then_it_is_named_cut_short_and_the_file_rejected()
    {
        using var cli = new CliRun();
        using var bad = KosisWith("1513733", new string('9', 6_000_000));

        var (exit, error) = IngestLeavingStoreUnchanged(cli, bad.Path);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: {Kosis}:3: column 'Exports': value '999999999999…' (6,000,000 characters) is too large: above the ceiling of 10^15 USD (40 years of world trade)",
            error.Trim());
    }

    [Fact]
    public void When_a_line_is_longer_than_16_MiB_then_the_file_is_rejected_naming_the_line()
    {
        using var cli = new CliRun();
        using var bad = KosisWith("1513733", "1" + new string('x', 17 * 1024 * 1024));

        var (exit, error) = IngestLeavingStoreUnchanged(cli, bad.Path);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: {Kosis}:3: a row reaching this line is longer than 16,777,216 characters, the most a row may hold (a line that long, or a quote never closed)",
            error.Trim());
    }

    [Fact]
    public void When_a_cell_holds_terminal_control_sequences_then_the_message_shows_them_escaped()
    {
        using var cli = new CliRun();
        using var bad = KosisWith("1513733", $"15{Esc}[2J{Esc}]0;title\u0007");

        var (exit, error) = IngestLeavingStoreUnchanged(cli, bad.Path);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: {Kosis}:3: column 'Exports': value '15\\u001B[2J\\u001B]0;title\\u0007' is not a number",
            error.Trim());
    }

    [Fact]
    public void When_a_file_name_holds_control_characters_and_markup_then_ingest_and_info_print_them_escaped()
    {
        using var cli = new CliRun();
        var lines = File.ReadAllLines(Bundled.KoreaChina);
        using var good = TempFile.WithText($"korea{Esc}[2J[red]x.csv", string.Join('\n', lines) + "\n");

        var (exit, console, _, _) = cli.Run("ingest", good.Path, "--format", "kosis");
        var (_, info, _, _) = cli.Run("info");

        Assert.Equal(0, exit);
        Assert.Contains("korea\\u001B[2J[red]x.csv", console, StringComparison.Ordinal);
        Assert.Contains("korea\\u001B[2J[red]x.csv", info, StringComparison.Ordinal);
        Assert.DoesNotContain(Esc, console + info);
    }

    [Fact]
    public void When_a_gzipped_real_file_is_corrupt_then_the_file_is_rejected_naming_the_line_reached()
    {
        using var cli = new CliRun();
        var gz = Gzip(File.ReadAllBytes(Bundled.KoreaChina));
        // Flip bytes in the middle of the compressed data: the first lines still inflate, then it fails.
        for (var i = gz.Length / 2; i < (gz.Length / 2) + 8; i++)
        {
            gz[i] ^= 0x5A;
        }

        using var bad = TempFile.WithBytes(Kosis + ".gz", gz);

        var (exit, error) = IngestLeavingStoreUnchanged(cli, bad.Path);

        Assert.Equal(1, exit);
        var match = Regex.Match(error.Trim(), $@"^error: {Kosis}\.gz:(\d+): the gzip data is corrupt: it cannot be inflated past line \1 \(near compressed byte [\d,]+ of [\d,]+: .+\)$");
        Assert.True(match.Success, error);
        // The first lines inflated; the line named is where the data went bad, not the first row.
        Assert.InRange(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), 10, 228);
    }

    [Fact]
    public void When_the_real_gzip_fixture_has_flipped_bytes_then_the_file_is_rejected_with_its_name()
    {
        using var cli = new CliRun();
        var gz = File.ReadAllBytes(RepoPaths.Fixture("comtrade", "TradeData_bulk.txt.gz"));
        gz[300] ^= 0xFF;
        using var bad = TempFile.WithBytes("TradeData_bulk.txt.gz", gz);

        var (exit, error) = IngestLeavingStoreUnchanged(cli, bad.Path);

        Assert.Equal(1, exit);
        // The Comtrade reader reads the head of the file itself and reports the fault without a line.
        Assert.Equal(
            "error: TradeData_bulk.txt.gz: the file cannot be read: The archive entry was compressed using an unsupported compression method.",
            error.Trim());
    }

    [Fact]
    public void When_a_gzipped_file_is_cut_short_then_the_file_is_rejected_as_cut_short()
    {
        using var cli = new CliRun();
        var gz = Gzip(File.ReadAllBytes(Bundled.KoreaChina));
        using var bad = TempFile.WithBytes(Kosis + ".gz", gz[..(gz.Length * 2 / 3)]);

        var (exit, error) = IngestLeavingStoreUnchanged(cli, bad.Path);

        Assert.Equal(1, exit);
        Assert.Matches($@"(?m)^error: {Kosis}\.gz:\d+: the gzip data ends early, in or after this line: [\d,]+ bytes inflated where its trailer promises [\d,]+; the file is cut short$", error);
    }

    [Fact]
    public void When_the_quantity_file_is_corrupt_or_cut_gzip_then_the_error_names_it_not_the_value_file()
    {
        // Such faults were put on the value file (at its last line), and a quantity file cut short was stored.
        using var cli = new CliRun();
        var value = RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_value_2019_excerpt.csv");
        var gz = Gzip(File.ReadAllBytes(RepoPaths.Fixture("fao", "fao_china_seafood_imports_by_partner_quantity_2019_excerpt.csv")));
        using var cut = TempFile.WithBytes("fao_quantity_2019.csv.gz", gz[..^12]);
        gz[10] |= 0b110; // the first deflate block's type becomes 11, which deflate reserves
        using var corrupt = TempFile.WithBytes("fao_quantity_2019.csv.gz", gz);

        var (cutExit, cutError) = IngestLeavingStoreUnchanged(cli, value, "--quantities", cut.Path);
        var (corruptExit, corruptError) = IngestLeavingStoreUnchanged(cli, value, "--quantities", corrupt.Path);

        Assert.Equal((1, 1), (cutExit, corruptExit));
        Assert.Matches(@"(?m)^error: fao_quantity_2019\.csv\.gz:61: the quantity file: the gzip data ends early, in or after this line: [\d,]+ bytes inflated where its trailer promises [\d,]+; the file is cut short$", cutError);
        Assert.Matches(@"^error: fao_quantity_2019\.csv\.gz:1: the quantity file: the gzip data is corrupt: it cannot be inflated past line 1 \(near compressed byte [\d,]+ of [\d,]+: .+\)$", corruptError.Trim());
    }

    [Fact]
    public void When_a_mapping_names_a_currency_the_rates_do_not_hold_then_one_error_counts_the_lines_it_stops()
    {
        // Was one error a value (two a row), 25 printed and "… and 431 more error(s)".
        using var cli = new CliRun();
        var json = File.ReadAllText(RepoPaths.Fixture("mapped", "kosis_korea_china.json")).Replace("\"currency\": \"USD\"", "\"currency\": \"XYZ\"", StringComparison.Ordinal);
        using var mapping = TempFile.WithText("kosis_xyz.json", json);

        var (exit, error) = IngestLeavingStoreUnchanged(cli, Bundled.KoreaChina, "--format", "mapped", "--mapping", mapping.Path);

        Assert.Equal(1, exit);
        Assert.Equal(
            $"error: {Kosis}:2: column 'Exports': unknown currency 'XYZ' on line 2 and 227 more lines: the exchange rates (imf_exchange_rates_daily.csv) hold no XYZ rate "
                + "in any month (only CNY, JPY, KRW), so no value can be converted to USD (mapping 'kosis_xyz.json', field 'currency')",
            error.Trim());
    }

    [Fact]
    public void When_a_mapping_file_is_invalid_then_the_error_names_the_mapping_and_what_is_wrong()
    {
        using var cli = new CliRun();
        var json = File.ReadAllText(RepoPaths.Fixture("mapped", "census_usa_china.json"));
        using var cut = TempFile.WithText("cut.json", json[..200]);
        using var unit = TempFile.WithText("unit.json", json.Replace("\"millions\"", "\"gazillions\"", StringComparison.Ordinal));
        using var column = TempFile.WithText("column.json", json.Replace("\"Exports\"", "\"Exprots\"", StringComparison.Ordinal));

        var (cutExit, cutError) = IngestLeavingStoreUnchanged(cli, Bundled.UsChina, "--format", "mapped", "--mapping", cut.Path);
        var (_, unitError) = IngestLeavingStoreUnchanged(cli, Bundled.UsChina, "--format", "mapped", "--mapping", unit.Path);
        var (_, columnError) = IngestLeavingStoreUnchanged(cli, Bundled.UsChina, "--format", "mapped", "--mapping", column.Path);
        var (folderExit, folderError) = IngestLeavingStoreUnchanged(cli, Bundled.UsChina, "--format", "mapped", "--mapping", cli.Folder);

        Assert.Equal(1, cutExit);
        Assert.StartsWith("error: us_census_usa_china_monthly.csv: mapping 'cut.json' is not valid JSON: ", cutError, StringComparison.Ordinal);
        Assert.Contains("mapping 'unit.json': field 'unit': \"gazillions\" is not a unit", unitError, StringComparison.Ordinal);
        Assert.Contains("us_census_usa_china_monthly.csv:1: column 'Exprots': column 'Exprots' (mapping 'column.json', field 'values.Export') is not in the header", columnError, StringComparison.Ordinal);
        Assert.Equal(1, folderExit);
        Assert.Equal($"error: {cli.Folder} (--mapping): is a directory, not a file; name the files inside it.", folderError.Trim());
    }

    [Fact]
    public void When_exchange_rate_cells_are_corrupt_then_they_are_left_out_with_escaped_and_shortened_warnings()
    {
        using var cli = new CliRun();
        var lines = File.ReadAllLines(RepoPaths.Data("fx", "imf_exchange_rates_daily.csv"));
        Assert.Equal("21-May-2001;8.2778;123.45;1299.2;1", lines[100]);
        lines[100] = $"21-May-2001;8.27{Esc}[2J;{new string('9', 3_000_000)};1299.2;1";
        using var rates = TempFile.WithText("fx_bad.csv", string.Join('\n', lines));

        var (exit, _, _, error) = cli.Run("ingest", Bundled.KoreaChina, "--rates", rates.Path);

        Assert.Equal(0, exit);
        Assert.Contains("warning: fx_bad.csv:101: column 'CNY': rate '8.27\\u001B[2J' is not a positive number", error, StringComparison.Ordinal);
        Assert.Contains(
            "warning: fx_bad.csv:101: column 'JPY': rate '999999999999…' (3,000,000 characters) is out of range: above 2,555,747,177,879,494,761,082,062,914, the largest daily rate a month's average is taken of",
            error, StringComparison.Ordinal);
        Assert.DoesNotContain(Esc, error);
        Assert.True(error.Length < 1000, $"the warnings should be short, got {error.Length:N0} characters");
    }

    [Fact]
    public void When_the_exchange_rate_file_is_corrupt_gzip_then_ingest_stops_naming_it()
    {
        using var cli = new CliRun();
        var gz = Gzip(File.ReadAllBytes(RepoPaths.Data("fx", "imf_exchange_rates_daily.csv")));
        gz[gz.Length / 2] ^= 0xFF;
        gz[(gz.Length / 2) + 1] ^= 0xFF;
        using var rates = TempFile.WithBytes("fx.csv.gz", gz);

        var (exit, error) = IngestLeavingStoreUnchanged(cli, Bundled.KoreaChina, "--rates", rates.Path);

        Assert.Equal(1, exit);
        Assert.Matches(@"^error: exchange rates unusable: fx\.csv\.gz:\d+: the text is not readable as CSV: .+", error.Trim());
    }

    private static TempFile KosisWith(string oldCell, string newCell)
    {
        var lines = File.ReadAllLines(Bundled.KoreaChina);
        Assert.Contains(oldCell, lines[2], StringComparison.Ordinal);
        lines[2] = lines[2].Replace(oldCell, newCell, StringComparison.Ordinal);
        return TempFile.WithText(Kosis, string.Join('\n', lines) + "\n");
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Stores a small real file first, runs the ingest, and checks <c>info</c> shows the same store afterwards;
    /// returns the exit code and the error stream.
    /// </summary>
    private static (int Exit, string Error) IngestLeavingStoreUnchanged(CliRun cli, params string[] args)
    {
        var baseline = cli.Run("ingest", RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv"));
        var before = cli.Run("info").Console;

        var (exit, console, _, error) = cli.Run(["ingest", .. args]);

        Assert.True(baseline.Exit == 0, baseline.Error);
        Assert.Equal(before, cli.Run("info").Console);
        Assert.DoesNotContain(Esc, console + error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        return (exit, error);
    }
}
