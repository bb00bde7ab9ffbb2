using Turnover.Ingest.Mapped;
using Turnover.Testing;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Mapped;

public class MappingValidationTests
{
    private const string Valid = """
        "delimiter": ";", "thousandsSeparator": ",",
        "period": { "column": "Month", "format": "MMMM yyyy" },
        "values": { "Export": "Exports", "Import": "Imports" },
        "unit": "millions", "currency": "USD", "reporter": "USA", "partner": "China"
        """;

    private static readonly string s_census = RepoPaths.Data("national", "us_census_usa_china_monthly.csv");

    [Theory]
    [InlineData("\"delimeter\": \";\",", "mapping 'm.json': field 'delimeter': unknown field (did you mean 'delimiter'?)")]
    [InlineData("\"unit\": 1000,", "mapping 'm.json': field 'unit': appears twice; give each field once")]
    [InlineData("\"decimalSeparator\": \";\",", "mapping 'm.json': field 'decimalSeparator': should be \".\" or \",\", not \";\"")]
    [InlineData("\"encoding\": \"cp1251\",", "mapping 'm.json': field 'encoding': should be \"auto\", \"utf-8\" or \"latin1\", not \"cp1251\"")]
    [InlineData("\"decimalSeparator\": \",\",", "mapping 'm.json': field 'thousandsSeparator': should differ from decimalSeparator \",\"")]
    [InlineData("\"header\": \"yes\",", "mapping 'm.json': field 'header': should be true or false, not a string")]
    [InlineData("\"finalLineBreak\": \"no\",", "mapping 'm.json': field 'finalLineBreak': should be \"required\" or \"optional\", not \"no\"")]
    [InlineData("\"emptyValues\": \"zero\",", "mapping 'm.json': field 'emptyValues': should be \"error\" or \"skip\", not \"zero\"")]
    [InlineData("\"product\": { \"column\": \"HS\", \"digits\": 3 },", "mapping 'm.json': field 'product.digits': should be 2, 4 or 6, not 3")]
    [InlineData("\"value\": \"Value\",", "mapping 'm.json': field 'value': give either 'values' (one column per flow) or 'value' with 'flow', not both")]
    public void When_one_field_is_wrong_then_the_error_names_the_mapping_file_and_the_field(string extra, string message) =>
        Assert.Equal([message], Errors("{" + extra + Valid + "}"));

    [Theory]
    [InlineData("\"unit\": \"millions\"", "\"unit\": 100", "mapping 'm.json': field 'unit': 100 is not a unit: use 1, 1000, 1000000 or 1000000000, or \"units\", \"thousands\", \"millions\", \"billions\"")]
    [InlineData("\"MMMM yyyy\"", "\"MMMM yyyy-dd\"", "mapping 'm.json': field 'period.format': format 'MMMM yyyy-dd' has the letter 'd', which is not a period part; quote literal text, e.g. 'Q'")]
    [InlineData("\"MMMM yyyy\"", "\"MMMM\"", "mapping 'm.json': field 'period.format': format 'MMMM' should contain 'yyyy' exactly once")]
    [InlineData("\"USD\"", "\"dollars\"", "mapping 'm.json': field 'currency': \"dollars\" is not a three-letter ISO 4217 code such as USD or CNY")]
    [InlineData("\"China\"", "\"Chna\"", "mapping 'm.json': field 'partner': unknown country 'Chna' (did you mean 'China'?)")]
    [InlineData("\"Export\": \"Exports\"", "\"Exprt\": \"Exports\"", "mapping 'm.json': field 'values.Exprt': 'Exprt' is not a flow: use Export, Import, ReExport, ReImport or Turnover")]
    [InlineData("\"delimiter\": \";\"", "\"delimiter\": \";;\"", "mapping 'm.json': field 'delimiter': should be a single character, not \";;\"")]
    [InlineData("\"Month\"", "0", "mapping 'm.json': field 'period.column': should be a header name or a 1-based column position, not 0")]
    [InlineData("\"unit\"", "\"publicationLagDays\": 3651, \"unit\"", "mapping 'm.json': field 'publicationLagDays': should be a whole number of days from 0 to 3650, not 3651")]
    [InlineData("\"unit\"", "\"publicationLagDays\": -1, \"unit\"", "mapping 'm.json': field 'publicationLagDays': should be a whole number of days from 0 to 3650, not -1")]
    [InlineData("\"unit\"", "\"publicationLagDays\": 1.5, \"unit\"", "mapping 'm.json': field 'publicationLagDays': should be a whole number of days from 0 to 3650, not 1.5")]
    [InlineData("\"unit\"", "\"publicationLagDays\": \"30\", \"unit\"", "mapping 'm.json': field 'publicationLagDays': should be a whole number of days from 0 to 3650, not \"30\"")]
    [InlineData("\"China\"", "\"United States\"", "mapping 'm.json': field 'partner': is the reporter itself (USA): trade of a country with itself is not trade between two countries")]
    [InlineData("\"Import\": \"Imports\"", "\"Import\": \"exports \"", "mapping 'm.json': field 'values.Import': column 'exports' is already the column of 'values.Export': one column cannot hold two flows")]
    [InlineData("\"Import\": \"Imports\"", "\"export\": \"Imports\"", "mapping 'm.json': field 'values.export': gives the flow Export again ('values.Export' gives it already); give each flow once")]
    public void When_a_value_is_wrong_then_the_error_names_the_field_and_the_rule(string from, string to, string message) =>
        Assert.Equal([message], Errors("{" + Valid.Replace(from, to, StringComparison.Ordinal) + "}"));

    [Fact]
    public void When_the_currency_is_missing_then_it_is_required_not_assumed_usd() =>
        Assert.Equal(
            ["mapping 'm.json': field 'currency': is required (e.g. \"USD\"; values are never assumed to be USD)"],
            Errors("{" + Valid.Replace("\"currency\": \"USD\", ", string.Empty, StringComparison.Ordinal) + "}"));

    [Fact]
    public void When_columns_are_named_but_there_is_no_header_then_positions_are_asked_for() =>
        Assert.Contains(
            "mapping 'm.json': field 'period.column': names column 'Month', but 'header' is false: give the 1-based column position instead",
            Errors("{\"header\": false," + Valid + "}"));

    [Fact]
    public void When_the_json_is_cut_off_then_the_error_says_it_is_not_valid_json()
    {
        var error = Assert.Single(Errors("{" + Valid[..40]));
        Assert.StartsWith("mapping 'm.json' is not valid JSON: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_mapping_file_does_not_exist_then_the_path_is_named()
    {
        var context = new ReadContext(s_census, new IngestOptions { MappingPath = "no/such/mapping.json" });

        Assert.Empty(new MappedCsvReader().Read(context));
        Assert.Equal("mapping file 'no/such/mapping.json' not found", Assert.Single(context.Errors).Message);
    }

    private static string[] Errors(string json)
    {
        using var mapping = TempFile.WithText("m.json", json);
        var (records, context) = ReadAll(new MappedCsvReader(), s_census, new IngestOptions { MappingPath = mapping.Path });
        Assert.Empty(records);
        Assert.All(context.Errors, e => Assert.Equal((0L, string.Empty), (e.Line, e.Column)));
        return [.. context.Errors.Select(e => e.Message)];
    }
}
