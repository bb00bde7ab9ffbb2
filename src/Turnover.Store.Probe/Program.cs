using DuckDB.NET.Data;

// Opens a store file read-only in this throwaway process and reads every value of every table into .NET, as the
// store's queries do, so that a damaged file which crashes the reader (SIGSEGV on segment metadata that DuckDB's weak
// block checksum lets through: hashing the values inside DuckDB does not crash, materialising them does) kills this
// process instead of the caller's. Each table is read by its own query, so an error in one does not hide another's crash.
// Exit codes: 0 every column read; 2 DuckDB refused the file or a column (first message on stderr); 3 another
// process holds the file; 64 usage.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: turnover-store-probe STORE_FILE");
    return 64;
}

var builder = new DuckDBConnectionStringBuilder { DataSource = args[0] };
builder["access_mode"] = "READ_ONLY";
// Blocks read stay in DuckDB's buffer pool up to its limit (80% of RAM by default): streaming a 100 M-line store whole
// held 1.6 GB without this, 0.43 GB with it. Each block is read once here, so a small pool costs nothing.
builder["memory_limit"] = "256MB";
using var connection = new DuckDBConnection(builder.ConnectionString);
try
{
    connection.Open();
}
catch (DuckDBException ex)
{
    Console.Error.WriteLine(ex.Message);
    return ex.Message.Contains("Could not set lock on file", StringComparison.Ordinal) ? 3 : 2;
}

string? firstError = null;
foreach (var table in Tables(connection))
{
    try
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        // Streamed, not materialised: the materialised records of a 30 M-line store held 1.7 GB (0.4 GB streamed).
        command.UseStreamingMode = true;
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            for (var i = 0; i < rows.FieldCount; i++)
            {
                _ = rows.GetValue(i);
            }
        }
    }
    catch (DuckDBException ex)
    {
        firstError ??= ex.Message;
    }
}

if (firstError is not null)
{
    Console.Error.WriteLine(firstError);
    return 2;
}

return 0;

static List<string> Tables(DuckDBConnection connection)
{
    var tables = new List<string>();
    using var list = connection.CreateCommand();
    list.CommandText = "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database() ORDER BY ALL";
    using var reader = list.ExecuteReader();
    // Read by name, as the store reads every result (Turnover.Store's ResultColumns).
    int schema = reader.GetOrdinal("schema_name"), table = reader.GetOrdinal("table_name");
    while (reader.Read())
    {
        tables.Add($"{Quoted(reader.GetString(schema))}.{Quoted(reader.GetString(table))}");
    }

    return tables;
}

static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
