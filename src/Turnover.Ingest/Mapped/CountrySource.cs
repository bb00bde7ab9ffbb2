using Turnover.Core;

namespace Turnover.Ingest.Mapped;

/// <summary>A reporter or partner: the same country for every row, or read from a column.</summary>
internal readonly record struct CountrySource(Country? Fixed, ColumnRef? Column);
