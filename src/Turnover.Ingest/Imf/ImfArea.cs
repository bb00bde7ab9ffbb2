using Turnover.Core;

namespace Turnover.Ingest.Imf;

/// <summary>What an IMF area code stands for: a country, the world total, a group, or nothing known.</summary>
/// <param name="Kind">The outcome.</param>
/// <param name="Country">The country or World, when <paramref name="Kind"/> says so.</param>
/// <param name="Error">Why an unknown code failed, with a suggestion where one is close.</param>
internal readonly record struct ImfArea(ImfAreaKind Kind, Country Country, string Error);
