using Turnover.Testing;

namespace Turnover.Cli.Tests.DefectCatalogue;

/// <summary>
/// Issue 7, the defect catalogue for readers: each class of bad input, made from a temporary copy of a real file with
/// one change, and the exact message a user gets from <c>turnover ingest</c>. Every case exits with 1 and leaves the
/// store without the file.
/// </summary>
public sealed class ReaderDefectTests
{
    private const string Kosis = "kosis_korea_china_monthly.csv";
    private const string Census = "us_census_usa_china_monthly.csv";
    private const string Baci = "BACI_HS92_Y2021_V202301.csv";
    private const string Imts = "IMTS_USA.XG_FOB_USD.G001+G998.A.csv";
    private const string Comtrade = "TradeData.csv";
    private const string KosisLine7 = "\"China, peoples' republic of\",\"2001.06\",1647397,1114709";

    public static TheoryData<string, string> Cases => new()
    {
        { "extra field (a decimal comma)", "error: kosis_korea_china_monthly.csv:7: row has 5 fields, expected 4 as in the header (an unquoted delimiter inside a value, such as a decimal comma or a thousands separator?)" },
        { "missing field", "error: kosis_korea_china_monthly.csv:7: column 'Imports': row has 3 fields, expected 4 as in the header (line cut short, or a wrong delimiter?)" },
        { "truncated last line", "error: kosis_korea_china_monthly.csv:229: the file ends inside line 229, without a line break: the file looks cut short (KOSIS files end every line with one); download it again" },
        { "empty file", "error: kosis_korea_china_monthly.csv: the file is empty: expected the KOSIS header \"Country\",\"Date\",Exports,Imports" },
        { "header-only file", "error: kosis_korea_china_monthly.csv: the file has no data rows (empty, or a header only): nothing to store" },
        { "bad product code", "error: BACI_HS92_Y2021_V202301.csv:2: column 'k': product '38239': HS code 038239 has heading 0382, which does not exist (chapter 03 ends at 0309); a digit lost or added?" },
        { "month 13", "error: kosis_korea_china_monthly.csv:7: column 'Date': period '2001.13' has month 13; months are 1-12" },
        { "unknown country code", "error: BACI_HS92_Y2021_V202301.csv:2: column 'j': unknown country code 999 (not in the BACI country table)" },
        { "NaN", "error: IMTS_USA.XG_FOB_USD.G001+G998.A.csv:2: column 'OBS_VALUE': OBS_VALUE 'NaN' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)" },
        { "Infinity", "error: BACI_HS92_Y2021_V202301.csv:2: column 'v': value 'Infinity' is not a number (NaN and Infinity are not trade values; leave the cell empty where a value is missing)" },
        { "negative", "error: us_census_usa_china_monthly.csv:2: column 'Imports': value '-8,427.5' is negative; trade values cannot be negative" },
        { "1e308", "error: TradeData.csv:2: column 'primaryValue': value '1e308' is too large: above the ceiling of 10^15 USD (40 years of world trade)" },
        { "above the ceiling", "error: kosis_korea_china_monthly.csv:7: column 'Imports': value '1000000000001' stands for 1,000,000,000,001,000 USD, above the ceiling of 10^15 USD (40 years of world trade; a unit or digit slip?)" },
        { "thousands-separator confusion", "error: us_census_usa_china_monthly.csv:2: column 'Exports': value '1,187,5' has a thousands separator ',' out of place (groups of three digits expected, before the decimal separator '.'); a decimal separator or a digit is wrong" },
        { "duplicate row", "error: kosis_korea_china_monthly.csv:230: the same figure as line 2 again (Rep. of Korea's exports to China, 2001-01, all goods); a figure may appear once per file" },
        { "column named twice", "error: BACI_HS92_Y2021_V202301.csv:1: the header row cannot be used: Col name 'j' found 2 times at 0:'j' 2:'j' in header row 'j,i,j,k,v,q' (every column needs its own name)" },
        { "multi-megabyte country cell", "error: kosis_korea_china_monthly.csv:7: column 'Country': unknown country 'China, xxxxx…' (3,000,007 characters)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void When_a_real_file_has_the_defect_then_ingest_names_file_line_and_rule_and_stores_nothing(string defect, string message)
    {
        using var cli = new CliRun();
        using var file = Mutated(defect);

        var (exit, console, _, error) = cli.Run("ingest", file.Path, "--format", FormatOf(Path.GetFileName(file.Path)));

        Assert.Equal((1, message), (exit, error.Split('\n')[0].TrimEnd('\r')));
        Assert.Contains("rejected", console, StringComparison.Ordinal);
        var (infoExit, info, _, _) = cli.Run("info");
        Assert.Equal(0, infoExit);
        Assert.DoesNotContain(Path.GetFileName(file.Path), info, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_figures_product_lines_sum_beyond_what_a_total_may_reach_then_even_accepted_outliers_are_not_stored()
    {
        // The first ten lines of the real BACI file (Afghanistan's exports to Angola, 2021), each at 900 billion
        // thousand USD: every line is below the readers' ceiling of 10^15 USD, their sum is not.
        var lines = Text(RepoPaths.Fixture("baci", Baci)).Split('\n');
        var huge = lines.Skip(1).Take(10).Select(l => string.Join(',', l.Split(',') is var f ? [.. f[..4], "900000000000.000", f[5]] : f));
        using var file = TempFile.WithText(Baci, string.Join('\n', lines.Take(1).Concat(huge)) + "\n");
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("ingest", file.Path, "--format", "baci", "--accept-outliers");

        Assert.Equal(
            (1, "error: BACI_HS92_Y2021_V202301.csv:2: Afghanistan's exports to Angola, 2021, all goods: its 10 product lines (the first on this line) sum to "
                + "US$9,000,000,000,000,000, above the US$1,000,000,000,000,000 a total may reach (forty years of world trade); not stored, even with --accept-outliers"),
            (exit, error.Split('\n')[0].TrimEnd('\r')));
        Assert.Contains("no release", cli.Run("release", "list").Console, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void When_a_year_stored_in_one_hs_edition_comes_again_in_another_then_it_is_refused_naming_the_stored_release()
    {
        // The real HS92 file, then its rows named as BACI's HS17 edition with one line's code changed (a test
        // construction: 382390, split up by HS 2017, as 382499): summed with the HS92 lines, 52,051 USD would count twice.
        using var cli = new CliRun();
        Assert.Equal(0, cli.Run("ingest", RepoPaths.Fixture("baci", Baci)).Exit);
        using var hs17 = TempFile.WithText("BACI_HS17_Y2021_V202301.csv", Text(RepoPaths.Fixture("baci", Baci)).Replace("2021,4,24,382390,", "2021,4,24,382499,", StringComparison.Ordinal));

        var (exit, console, _, error) = cli.Run("ingest", hs17.Path);

        Assert.Equal(
            (1, "error: BACI_HS17_Y2021_V202301.csv:2: Afghanistan's exports to Angola, 2021: this file's product lines are in HS17, but release 1 (BACI_HS92_Y2021_V202301.csv) "
                + "holds the period's lines in HS92; one period's product lines must be of one edition of the classification: summed together, a product renumbered "
                + "between editions would count twice (to replace that release, retract it first: turnover release retract 1; to keep both, ingest this file into another store with --db)"),
            (exit, error.Split('\n')[0].TrimEnd('\r')));
        Assert.Contains("rejected: product lines of two classification editions, nothing stored", console, StringComparison.Ordinal);
        Assert.Equal("2021,1103806,,,,,,,,lines", cli.Run("series", "AFG", "CHN", "--flow", "exports", "--format", "csv").Out.Split('\n')[1].TrimEnd('\r'));
    }

    private static string FormatOf(string fileName) => fileName switch
    {
        Kosis => "kosis",
        Census => "census",
        Baci => "baci",
        Imts => "imf",
        _ => "comtrade",
    };

    private static TempFile Mutated(string defect) => defect switch
    {
        "extra field (a decimal comma)" => KosisWithLine7(KosisLine7.Replace(",1114709", ",1114,709", StringComparison.Ordinal)),
        "missing field" => KosisWithLine7(KosisLine7.Replace(",1114709", string.Empty, StringComparison.Ordinal)),
        "truncated last line" => TempFile.WithText(Kosis, Text(Bundled.KoreaChina)[..^3]),
        "empty file" => TempFile.WithText(Kosis, string.Empty),
        "header-only file" => TempFile.WithText(Kosis, Text(Bundled.KoreaChina).Split('\n')[0] + "\n"),
        "bad product code" => Replaced(RepoPaths.Fixture("baci", Baci), "2021,4,24,382390,", "2021,4,24,38239,"),
        "month 13" => KosisWithLine7(KosisLine7.Replace("2001.06", "2001.13", StringComparison.Ordinal)),
        "unknown country code" => Replaced(RepoPaths.Fixture("baci", Baci), "2021,4,24,382390,", "2021,4,999,382390,"),
        "NaN" => Replaced(RepoPaths.Fixture("imf", Imts), ",2023,2019551635133,", ",2023,NaN,"),
        "Infinity" => Replaced(RepoPaths.Fixture("baci", Baci), ",382390,52.051,", ",382390,Infinity,"),
        "negative" => Replaced(Bundled.UsChina, "January 2001;1,187.5;8,427.5;", "January 2001;1,187.5;-8,427.5;"),
        "1e308" => Replaced(RepoPaths.Fixture("comtrade", Comtrade), "\"9680795326\",,\"9680795326\"", "\"9680795326\",,\"1e308\""),
        "above the ceiling" => KosisWithLine7(KosisLine7.Replace(",1114709", ",1000000000001", StringComparison.Ordinal)),
        "thousands-separator confusion" => Replaced(Bundled.UsChina, "January 2001;1,187.5;", "January 2001;1,187,5;"),
        "duplicate row" => TempFile.WithText(Kosis, Text(Bundled.KoreaChina) + Text(Bundled.KoreaChina).Split('\n')[1] + "\n"),
        "column named twice" => Replaced(RepoPaths.Fixture("baci", Baci), "t,i,j,k,v,q", "j,i,j,k,v,q"),
        // A suggestion for a misspelt name costs length × length: a 3 MB cell must not take minutes.
        "multi-megabyte country cell" => KosisWithLine7(KosisLine7.Replace("peoples' republic of", new string('x', 3_000_000), StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, "no such case"),
    };

    private static TempFile KosisWithLine7(string replacement) => Replaced(Bundled.KoreaChina, KosisLine7, replacement);

    // Latin-1 both ways keeps every byte of the real file (the Comtrade+ download is Latin-1) except the one change.
    private static string Text(string path) => File.ReadAllText(path, System.Text.Encoding.Latin1);

    private static TempFile Replaced(string source, string from, string to)
    {
        var text = Text(source);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {source}");
        return TempFile.WithBytes(Path.GetFileName(source), System.Text.Encoding.Latin1.GetBytes(string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length))));
    }
}
