namespace Turnover.Ingest.Comtrade;

/// <summary>The user-facing texts of the Comtrade readers, in one place so they stay consistent.</summary>
internal static class ComtradeMessages
{
    public const string EmptyFile = "the file is empty (expected a Comtrade header or JSON response)";

    public const string NotComtrade = "not a Comtrade file: expected a Comtrade+ header (typeCode,freqCode,…,primaryValue), a legacy header (Classification,Year,Trade Flow Code,…) or a Comtrade+ API JSON response";

    public const string BulkListing = "this is a bulk file listing, not trade data: its records describe downloadable files (fileUrl, fileSize); download the listed .txt.gz files and read those";

    public const string NoDataArray = "the JSON has no 'data' array: not a Comtrade+ API data response";

    public const string NotAnObject = "the JSON is not an object: a Comtrade+ API response is {\"elapsedTime\":…,\"count\":…,\"data\":[…],\"error\":\"\"}";

    public static string WrongDelimiter(char delimiter, string header) =>
        $"header '{Abbreviate(header)}' is separated by '{delimiter}': Comtrade files use ',' (download) or a tab (bulk)";

    public static string MissingColumn(string name, string header) =>
        $"required column '{name}' is missing from the header '{Abbreviate(header)}'";

    public static string Empty(string column) => $"{column} is empty";

    // The store keys editions and units by name, and a name reaches DuckDB cut at a NUL: "H4" and "H4\0" would collide.
    public static string ControlCharacter(ReadOnlySpan<char> value) => $"value {Echo.Of(value)} contains a control character";

    public static string NotANumber(ReadOnlySpan<char> value) => $"value '{value}' is not a number";

    public static string Negative(ReadOnlySpan<char> value) => $"value '{value}' is negative";

    public static string NotACountryCode(ReadOnlySpan<char> value) => $"value '{value}' is not a country code (expected a number such as 156)";

    public static string UnknownCountry(string role, int code, ReadOnlySpan<char> description) => description.IsEmpty
        ? $"unknown {role} code {code}: not in the country catalogue"
        : $"unknown {role} code {code} ('{description}'): not in the country catalogue";

    public static string IsoMismatch(string codeColumn, int code, string country, ReadOnlySpan<char> iso) =>
        $"ISO code '{iso}' does not match {codeColumn} {code} ({country})";

    public static string BadFrequency(ReadOnlySpan<char> value) => $"freqCode '{value}' is not A (annual) or M (monthly)";

    public static string BadYear(int year) => $"year {year} should be in range [1900-2200]";

    public static string BadMonth(int month) => $"month {month} should be in range [1-12] for monthly data (52 marks annual data)";

    public static string AnnualMonth(int month) => $"refMonth {month} on an annual row (freqCode A rows have refMonth 52)";

    public static string PeriodMismatch(ReadOnlySpan<char> text, string period) => $"period '{text}' disagrees with the year and month columns ({period})";

    public static string BadType(ReadOnlySpan<char> value) => $"typeCode '{value}' is not C (goods) or S (services)";

    public static string BadFlow(ReadOnlySpan<char> value) => $"flow '{value}' is not a Comtrade flow code (M, X, RM, RX or legacy 1-4)";

    public static string SubFlowSkip(ReadOnlySpan<char> value) => $"flow {value} (sub-flow of M/X/RM/RX; would double count)";

    public static string ApiError(string error) => $"the Comtrade API returned an error: '{error}'";

    public static string CountMismatch(long count, int records) => $"'count' says {count} records but 'data' holds {records} (incomplete response)";

    public static string JsonCutOff(int record) =>
        $"the JSON is cut off or malformed inside record {record} ({record - 1} complete records before it)";

    public static string RecordNotAnObject(int record) => $"record {record} is not an object";

    public static string RecordLacks(int record, string field) => $"record {record} has no '{field}'";

    public static string RecordLacksPeriod(int record) => $"record {record} has neither 'refYear' nor 'period'";

    public static string JsonBroken(string where) => $"the JSON is cut off or malformed {where}";

    public static string Unreadable(string what) => $"the file cannot be read: {what}";

    public const string BreakdownCustoms = "customs procedure breakdown (customsCode not C00)";
    public const string BreakdownTransport = "mode of transport breakdown (motCode not 0)";
    public const string BreakdownSupply = "mode of supply breakdown (mosCode not 0)";

    public static string NotABreakdownCode(ReadOnlySpan<char> value) => $"value '{value}' is not a code (expected a number such as 0, 2100 or 156)";
    public const string BreakdownPartner2 = "second partner breakdown (partner2Code not 0)";
    public const string Services = "services trade (typeCode S; goods only)";

    private static string Abbreviate(string header) => header.Length <= 80 ? header : header[..77] + "…";
}
