using System.Globalization;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Store.ClickHouse.Internal;

namespace Turnover.Store.ClickHouse;

// Targets users registered (turnover target add/remove), as the DuckDB store keeps them (TradeStore.Targets.cs): a name
// is one target whatever its case. Kept as a log of adds and removals (StoreTables, user_targets), read whole: a store
// holds a handful. One writer at a time, as for loads (docs/clickhouse.md, "Atomic releases").
public sealed partial class ClickHouseTradeStore
{
    /// <inheritdoc />
    public IReadOnlyList<Target> UserTargets() => [.. StandingTargets().Values.OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public bool AddUserTarget(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireWritable();
        if (StandingTargets().ContainsKey(NameKey(target.Name)))
        {
            return false;
        }

        AppendTarget(target, removed: false);
        return true;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    public bool RemoveUserTarget(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        RequireWritable();
        if (!StandingTargets().TryGetValue(NameKey(name), out var standing))
        {
            return false;
        }

        AppendTarget(standing, removed: true);
        return true;
    }

    // The targets that stand, by lower-case name: each name's last row, unless it is a removal.
    private Dictionary<string, Target> StandingTargets()
    {
        var last = new Dictionary<string, (Target Target, bool Removed)>(StringComparer.Ordinal);
        foreach (var row in _server.Rows($"""
            SELECT name, removed, first_country, second_country, metric, amount_usd, basis, from_year, deadline_year, baseline_year,
                   announced_by, announced_on, source, note
            FROM {Tables.UserTargets} ORDER BY seq
            """))
        {
            var target = new Target(
                row[0]!,
                CountryCatalog.Default.FromCode(Int(row[2])),
                CountryCatalog.Default.FromCode(Int(row[3])),
                Enum.Parse<Measure>(row[4]!),
                Money(row[5]),
                Enum.Parse<TargetBasis>(row[6]!),
                Int(row[7]),
                Int(row[8]),
                row[9] is null ? null : Int(row[9]),
                row[10]!,
                Day(row[11]),
                row[12]!,
                row[13]!);
            last[NameKey(target.Name)] = (target, row[1] == "1");
        }

        return last.Where(kv => !kv.Value.Removed).ToDictionary(kv => kv.Key, kv => kv.Value.Target, StringComparer.Ordinal);
    }

    private void AppendTarget(Target t, bool removed)
    {
        var next = NextNumber(Tables.UserTargets, "seq");
        var baseline = t.BaselineYear is { } year ? SqlLiteral.Of(year) : "NULL";
        _server.Execute(string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO {Tables.UserTargets} VALUES (
                {SqlLiteral.Of(next)}, {SqlLiteral.Of(t.Name)}, {(removed ? 1 : 0)}, {SqlLiteral.Of(t.First.Code)}, {SqlLiteral.Of(t.Second.Code)},
                {SqlLiteral.Of(t.Metric.ToString())}, {SqlLiteral.OfMoney(t.AmountUsd)}, {SqlLiteral.Of(t.Basis.ToString())},
                {SqlLiteral.Of(t.FromYear)}, {SqlLiteral.Of(t.DeadlineYear)}, {baseline}, {SqlLiteral.Of(t.AnnouncedBy)},
                {SqlLiteral.DayNumber(t.AnnouncedOn)}, {SqlLiteral.Of(t.Source)}, {SqlLiteral.Of(t.Note)},
                {SqlLiteral.Of(Microseconds(_clock.GetUtcNow().UtcTicks))})
            """));
    }

    // DuckDB compares names with lower(); a name is one target whatever its case.
    private static string NameKey(string name) => name.ToLowerInvariant();
}
