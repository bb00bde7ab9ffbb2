using Turnover.Core;

namespace Turnover.Store;

/// <summary>What one source holds for one reporter and partner (all goods).</summary>
/// <param name="Source">Publisher.</param>
/// <param name="Reporter">Reporter.</param>
/// <param name="Partner">Partner.</param>
/// <param name="Records">Visible records.</param>
/// <param name="FirstMonth">First month covered.</param>
/// <param name="LastMonth">Last month covered.</param>
/// <param name="MonthsPublished">Single months published.</param>
/// <param name="YearsPublished">Full years published.</param>
public sealed record SourceCoverage(
    SourceKind Source, Country Reporter, Country Partner, long Records, DateOnly FirstMonth, DateOnly LastMonth, long MonthsPublished, long YearsPublished);
