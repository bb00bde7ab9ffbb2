using System.Globalization;
using System.Text;
using Turnover.Core;

namespace Turnover.Ingest.Mapped;

/// <summary>
/// Reads any delimited text file through a small JSON mapping (<see cref="IngestOptions.MappingPath"/>; fields in
/// docs/mapped-csv.md): which columns hold the period, the values per flow, the countries and the product, and
/// in what units and currency. Values in another currency than USD are converted with
/// <see cref="IngestOptions.ExchangeRates"/> (monthly averages) and rounded to the cent; a missing month is an
/// error, never an assumption. Mapped files are never auto-detected. Figures are dated by <c>--published</c>, else the
/// mapping's <c>publicationLagDays</c>, else the day of the ingest (<see cref="MappedPublication"/>).
/// </summary>
/// <remarks>
/// Every row has the header's field count (one trailing empty field allowed when the first data row has it too),
/// and a quote left open that would swallow the following lines is refused. A last line without a line break, where
/// the other lines end with one, is refused as a file cut short unless the mapping says <c>"finalLineBreak":
/// "optional"</c> (publishers whose files end so); a file with no data rows is refused, and one of blank lines only is
/// empty. A blank line between rows is skipped (it carries nothing); a line of one empty quoted field (<c>""</c>) is not
/// blank but a row of one field, refused with the other rows of the wrong shape, as every reader refuses it: something
/// was written there (if nothing is missing there, delete the line).
/// </remarks>
public sealed class MappedCsvReader : ITradeReader
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public string Format => "mapped";

    /// <inheritdoc />
    public SourceKind Source => SourceKind.Mapped;

    /// <summary>Always false: a mapping is chosen by the user, not guessed.</summary>
    public bool Recognises(FileSample sample) => false;

    /// <inheritdoc />
    public IEnumerable<TradeRecord> Read(ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Internal.RecordGuard.RequireAny(ReadRows(context), context);
    }

    private static IEnumerable<TradeRecord> ReadRows(ReadContext context)
    {
        var mapping = CsvMappingLoader.Load(context.Options.MappingPath, context.Countries, context.Error);
        if (mapping is null)
        {
            yield break;
        }

        Describe(mapping, context);
        if (mapping.Currency != Currency.Usd && context.Options.ExchangeRates is null)
        {
            context.Error(0, string.Empty, $"mapping '{mapping.FileName}' says the values are in {mapping.Currency}, but no exchange rates were given; values are never assumed to be USD");
            yield break;
        }

        using var text = OpenText(context, mapping.Encoding);
        for (var skipped = 0; skipped < mapping.SkipLines; skipped++)
        {
            if (CsvRows.ReadLine(text, context.OpenRead, context.Error) is null)
            {
                if (!context.HasErrors)
                {
                    context.Error(0, string.Empty, $"the file ends within the {mapping.SkipLines} line(s) the mapping skips (field 'skipLines')");
                }

                yield break;
            }
        }

        // The header is read by hand so messages can quote it as written (Sep would hand back unescaped names).
        var header = mapping.Header ? CsvRows.ReadLine(text, context.OpenRead, context.Error) : null;
        if (mapping.Header && (header is null || (header.Trim().Length == 0 && Internal.BlankText.IsBlank(context))))
        {
            if (!context.HasErrors)
            {
                context.Error(0, string.Empty, "the file has no header line (the mapping says 'header': true)");
            }

            yield break;
        }

        var offset = mapping.SkipLines + (header is null ? 0 : 1);
        using var rows = CsvRows.Open(text, mapping.Delimiter, hasHeader: false, offset, context.OpenRead, context.Error);
        var parser = MappedRowParser.Create(mapping, header, context);
        if (parser is null)
        {
            yield break;
        }

        var publication = MappedPublication.For(mapping, context);
        var output = new List<TradeRecord>(4);
        long lastRow = 0;
        while (!context.ShouldStop && rows.MoveNext())
        {
            context.RowsRead++;
            lastRow = rows.Line;
            output.Clear();
            parser.Parse(rows, output);
            foreach (var record in output)
            {
                if (publication is null)
                {
                    yield return record;
                }
                else if (publication.Date(record, context) is { } dated)
                {
                    yield return dated;
                }
            }
        }

        parser.ReportRecurring();
        RequireFinalLineBreak(mapping, context, lastRow, rows.LastLine);
    }

    // A last row without its line break, where the lines before it have theirs, is a file cut short: a number cut to
    // fewer digits still parses (9,023,873 thousand read as 9,023). Only a file of one line has no other line to go by.
    private static void RequireFinalLineBreak(CsvMapping mapping, ReadContext context, long lastRow, long lastLine)
    {
        if (mapping.FinalLineBreakRequired && !context.HasErrors && lastRow > 1 && lastRow == lastLine && !Internal.FileEnding.EndsWithLineBreak(context.Path))
        {
            context.Error(lastRow, string.Empty,
                $"the file ends inside line {lastRow}, without a line break: the file looks cut short (its other lines end with one); download it again, or, if its publisher's files end so, set field 'finalLineBreak' to \"optional\" in mapping '{mapping.FileName}'");
        }
    }

    private static void Describe(CsvMapping mapping, ReadContext context)
    {
        context.Dataset = mapping.Source ?? $"CSV read through mapping {mapping.FileName}";
        var unit = mapping.Unit.ToString("#,0", CultureInfo.InvariantCulture);
        context.Conversion = mapping.Currency == Currency.Usd
            ? null
            : context.Options.ExchangeRates?.ConversionFrom(mapping.Currency) ?? new CurrencyConversion(mapping.Currency, null);
        context.Note = context.Conversion is null
            ? $"values in USD multiplied by {unit} (mapping {mapping.FileName})"
            : $"values in {mapping.Currency} multiplied by {unit}, {context.Conversion.ToNote()}, rounded to the cent (mapping {mapping.FileName})";
    }

    private static StreamReader OpenText(ReadContext context, MappingEncoding encoding) => encoding switch
    {
        MappingEncoding.Utf8 => new StreamReader(context.OpenRead(), s_strictUtf8, detectEncodingFromByteOrderMarks: true),
        MappingEncoding.Latin1 => new StreamReader(context.OpenRead(), Encoding.Latin1, detectEncodingFromByteOrderMarks: true),
        _ => context.OpenText(),
    };
}
