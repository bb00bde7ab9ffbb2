using System.Globalization;
using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>A clashing record key in the user's terms: who reports what with whom, when, for which goods.</summary>
internal static class DuplicateKeyText
{
    public static string Of(int reporter, int partner, Flow flow, Period period, int productCode, int productDigits)
    {
        var goods = productDigits == 0 ? "all goods" : "HS " + productCode.ToString(CultureInfo.InvariantCulture).PadLeft(productDigits, '0');
        return $"{Trade(reporter, partner, flow, period)}, {goods}";
    }

    /// <summary>Who reports what with whom, when, without the goods: "Afghanistan's exports to Angola, 2021".</summary>
    public static string Trade(int reporter, int partner, Flow flow, Period period)
    {
        var countries = CountryCatalog.Default;
        var what = flow switch
        {
            Flow.Export => "exports to",
            Flow.Import => "imports from",
            Flow.ReExport => "re-exports to",
            Flow.ReImport => "re-imports from",
            _ => "trade with",
        };
        return $"{Name(countries, reporter)}'s {what} {Name(countries, partner)}, {period}";
    }

    private static string Name(CountryCatalog countries, int code) =>
        countries.TryFromCode(code, out var country) ? country.Name : code.ToString(CultureInfo.InvariantCulture);
}
