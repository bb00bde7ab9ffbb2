using System.Data.Common;
using Turnover.Core;

namespace Turnover.Store.Internal;

/// <summary>
/// A record key decoded into named result columns (the <c>record_*</c> macros of <c>Sql/schema.sql</c>) and read back
/// by those names: for the queries that describe a stored figure to the user (duplicates, outliers).
/// </summary>
internal readonly record struct DecodedKey(int Reporter, int Partner, int Flow, int Year, int StartMonth, int Months, int ProductCode, int ProductDigits)
{
    /// <summary>The SELECT list that decodes <paramref name="key"/> (a column such as <c>n.key</c>) into the columns <see cref="Of"/> reads.</summary>
    public static string Columns(string key) =>
        $"record_reporter({key}) AS reporter, record_partner({key}) AS partner, record_flow({key}) AS flow, record_year({key}) AS year, "
        + $"record_start_month({key}) AS start_month, record_months({key}) AS months, record_product_code({key}) AS product_code, "
        + $"record_product_digits({key}) AS product_digits";

    /// <summary>The decoded columns' ordinals in a result.</summary>
    public static DecodedKey Of(DbDataReader reader) => new(
        reader.Column("reporter"), reader.Column("partner"), reader.Column("flow"), reader.Column("year"), reader.Column("start_month"),
        reader.Column("months"), reader.Column("product_code"), reader.Column("product_digits"));

    /// <summary>The current row's figure in words (<see cref="DuplicateKeyText"/>).</summary>
    public string Describe(DbDataReader reader) => DuplicateKeyText.Of(
        reader.GetInt16(Reporter), reader.GetInt16(Partner), (Flow)reader.GetByte(Flow), Period.Span(reader.GetInt16(Year), reader.GetByte(StartMonth), reader.GetByte(Months)),
        reader.GetInt32(ProductCode), reader.GetByte(ProductDigits));

    /// <summary>The current row's period of trade in words, without its product (<see cref="DuplicateKeyText.Trade"/>).</summary>
    public string DescribePeriod(DbDataReader reader) => DuplicateKeyText.Trade(
        reader.GetInt16(Reporter), reader.GetInt16(Partner), (Flow)reader.GetByte(Flow), Period.Span(reader.GetInt16(Year), reader.GetByte(StartMonth), reader.GetByte(Months)));
}
