using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// The breakdown records of one load (<see cref="TradeRecord.Breakdown"/> set), kept out of <c>records</c> and
/// checked for duplicates as they come: a breakdown's identity is its total's key plus its customs procedure, mode of
/// transport and second partner, so a total and its parts never clash, while the same part twice does.
/// </summary>
/// <remarks>Held in memory until the load ends: breakdown downloads are small (the API caps a query at 100,000 rows).</remarks>
internal sealed class BreakdownRows
{
    private const int MaxDuplicates = 20;

    private readonly Dictionary<(long Key, string Customs, string Transport, string Partner2), long> _firstLine = [];
    private readonly List<DuplicateKey> _duplicates = [];

    /// <summary>The rows in file order, each with its total's key.</summary>
    public List<(long Key, TradeRecord Record)> Rows { get; } = [];

    /// <summary>Parts given twice (up to 20, by line): the file is refused as for totals.</summary>
    public IReadOnlyList<DuplicateKey> Duplicates => _duplicates;

    /// <summary>Takes one breakdown record.</summary>
    public void Add(long key, in TradeRecord record)
    {
        var breakdown = record.Breakdown!;
        var identity = (key, breakdown.Customs.Code, breakdown.Transport.Code, breakdown.SecondPartner.Code);
        if (_firstLine.TryGetValue(identity, out var first))
        {
            if (_duplicates.Count < MaxDuplicates)
            {
                var period = record.Period;
                var total = DuplicateKeyText.Of(record.Reporter.Code, record.Partner.Code, record.Flow, period, record.Product.Code, record.Product.Digits);
                _duplicates.Add(new DuplicateKey(first, record.SourceLine, $"{total}; {Describe(breakdown)}"));
            }

            return;
        }

        _firstLine.Add(identity, record.SourceLine);
        Rows.Add((key, record));
    }

    /// <summary>The breakdown's fields by their Comtrade names, for messages: <c>customsCode C00, motCode 2100 (Sea), partner2Code 0</c>.</summary>
    public static string Describe(TradeBreakdown breakdown) =>
        $"customsCode {Field(breakdown.Customs)}, motCode {Field(breakdown.Transport)}, partner2Code {Field(breakdown.SecondPartner)}";

    private static string Field(BreakdownCode code) => code.Description.Length == 0 ? code.Code : $"{code.Code} ({code.Description})";
}
