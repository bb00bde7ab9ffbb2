namespace Turnover.Ingest.Mapped;

/// <summary>A column named in a mapping: by header name, or by 1-based position; <see cref="Field"/> is the JSON field that named it.</summary>
internal readonly record struct ColumnRef(string? Name, int Position, string Field)
{
    /// <summary>Finds the 0-based index in the header; −1 when the name is not there.</summary>
    public int IndexIn(IReadOnlyList<string> header)
    {
        if (Name is null)
        {
            return Position - 1;
        }

        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Trim().Equals(Name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override string ToString() => Name ?? $"column {Position}";
}
