namespace Turnover.Core;

/// <summary>
/// A growth rate as the publisher printed it (e.g. China's customs: 2016 turnover +2.2% on 2015), kept beside the
/// levels rather than recomputed from rounded totals. Percent, against the same period a year earlier.
/// </summary>
/// <param name="Reporter">Whose statistics.</param>
/// <param name="Partner">Counterpart.</param>
/// <param name="Flow">Direction, from the reporter's side (Turnover for exports plus imports).</param>
/// <param name="Period">The period the rate is for (a year, a January-to-month span, or a single month).</param>
/// <param name="RatePercent">The rate as printed, in percent (−27.8 for a fall of 27.8%).</param>
/// <param name="Published">When it was first public, where known; else the source's publication rules apply.</param>
/// <param name="SourceLine">1-based line of the file the kept report is on.</param>
/// <param name="Evidence">Where the kept report came from (a URL or file:line).</param>
public sealed record PublishedRate(
    Country Reporter,
    Country Partner,
    Flow Flow,
    Period Period,
    decimal RatePercent,
    DateOnly? Published,
    long SourceLine,
    string Evidence);
