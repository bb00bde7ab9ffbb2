namespace Turnover.Ingest.Internal;

/// <summary>What is wrong with a row's shape, and the field it is in.</summary>
/// <param name="Message">The problem, worded for the user.</param>
/// <param name="Field">
/// 1-based field the fault is in: the one whose quoted value holds the line break (or opens the quote never closed),
/// or the first one missing from a row cut short; 0 where no one field is at fault (a field too many).
/// </param>
internal readonly record struct RowFault(string Message, int Field)
{
    /// <summary>The name of <see cref="Field"/> in <paramref name="header"/>, or empty where the header has none.</summary>
    public string ColumnIn(IReadOnlyList<string> header) =>
        Field > 0 && Field <= header.Count ? header[Field - 1].Trim() : string.Empty;
}
