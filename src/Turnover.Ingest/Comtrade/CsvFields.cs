using nietras.SeparatedValues;

namespace Turnover.Ingest.Comtrade;

/// <summary>A Sep row read through the header map, without copying the fields.</summary>
internal readonly ref struct CsvFields(SepReader.Row row, ComtradeHeader header) : IComtradeFields
{
    private readonly SepReader.Row _row = row;

    public bool Has(ComtradeColumn column) => header.IndexOf(column) >= 0;

    public ReadOnlySpan<char> this[ComtradeColumn column]
    {
        get
        {
            var index = header.IndexOf(column);
            return index >= 0 && index < _row.ColCount ? _row[index].Span.Trim() : default;
        }
    }
}
