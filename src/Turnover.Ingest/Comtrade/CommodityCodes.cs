using System.Globalization;
using Turnover.Core;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Turns a Comtrade commodity code into a <see cref="Product"/>, restoring leading zeros that spreadsheets drop.
/// </summary>
/// <remarks>
/// HS codes have 2, 4 or 6 digits and chapters run 01–99, so at most one leading zero can be lost and a code of odd
/// length (1, 3 or 5 digits: <c>1</c>, <c>101</c>, <c>10121</c>) is the next even length with a zero in front
/// (<c>01</c>, <c>0101</c>, <c>010121</c>). Where the file states the level (Comtrade+ <c>aggrLevel</c>, legacy
/// <c>Aggregate Level</c>) the level decides instead. SITC and BEC codes can start with several zeros (SITC section
/// <c>0</c>, division <c>00</c>), so they are padded only to a stated level, never guessed. HS codes are also held to
/// the structure every edition shares (<see cref="Internal.HsCodes"/>: no chapter 00 or 77, no heading 00, no heading
/// past the end of chapters 01–09).
/// </remarks>
internal static class CommodityCodes
{
    /// <summary>The outcome of reading a commodity code.</summary>
    public enum Outcome
    {
        /// <summary>A product was read.</summary>
        Ok,

        /// <summary>A valid code at a level <see cref="Product"/> cannot hold (SITC 1, 3 or 5 digits): skip the row.</summary>
        Unrepresentable,

        /// <summary>Not a commodity code.</summary>
        Invalid,
    }

    /// <summary>HS in any version (H0–H6, HS) or unknown; unknown is read as HS.</summary>
    public static bool IsHs(string? classification) =>
        classification is null || (classification.Length > 0 && classification[0] is 'H' or 'h');

    public static Outcome Read(ReadOnlySpan<char> code, string? classification, int? level, out Product product, out string problem)
    {
        product = default;
        problem = string.Empty;
        if (code.Equals("TOTAL", StringComparison.OrdinalIgnoreCase) || code.Equals("ALL", StringComparison.OrdinalIgnoreCase))
        {
            product = Product.Total;
            return Outcome.Ok;
        }

        if (code.IsEmpty || code.Length > 6 || code.ContainsAnyExceptInRange('0', '9'))
        {
            problem = $"value '{code}' is not a commodity code (expected digits or TOTAL)";
            return Outcome.Invalid;
        }

        var value = int.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture);
        var hs = IsHs(classification);
        int digits;
        if (level is { } stated and > 0)
        {
            // A stated level may be one digit longer than the text (a lost zero), never shorter.
            if (code.Length != stated && !(hs && code.Length == stated - 1) && !(!hs && code.Length < stated))
            {
                problem = $"code '{code}' has {code.Length} digits but the stated level is {stated}";
                return Outcome.Invalid;
            }

            digits = stated;
        }
        else
        {
            digits = hs && code.Length % 2 == 1 ? code.Length + 1 : code.Length;
        }

        if (Product.TryHs(value, digits, classification, out product))
        {
            if (hs && Internal.HsCodes.Problem(value, digits) is { } structure)
            {
                product = default;
                problem = $"code '{code}': {structure}";
                return Outcome.Invalid;
            }

            return Outcome.Ok;
        }

        if (!hs)
        {
            problem = $"{classification} code at {digits} digits (only 2-, 4- and 6-digit codes are stored)";
            return Outcome.Unrepresentable;
        }

        problem = $"code '{code}' is not a 2-, 4- or 6-digit HS code";
        return Outcome.Invalid;
    }
}
