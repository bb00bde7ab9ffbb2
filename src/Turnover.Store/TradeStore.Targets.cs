using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Store;

public sealed partial class TradeStore
{
    /// <summary>The targets users registered in this store, by name.</summary>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public IReadOnlyList<Target> UserTargets() => Reading(() =>
    {
        using var command = Command("""
            SELECT name, first_country, second_country, metric, amount_usd, basis, from_year, deadline_year, baseline_year,
                   announced_by, announced_on, source, note
            FROM user_targets ORDER BY name
            """);
        using var reader = command.ExecuteReader();
        var targets = new List<Target>();
        while (reader.Read())
        {
            targets.Add(new Target(
                reader.GetString(0),
                CountryCatalog.Default.FromCode(reader.GetInt16(1)),
                CountryCatalog.Default.FromCode(reader.GetInt16(2)),
                Enum.Parse<Measure>(reader.GetString(3)),
                reader.GetDecimal(4),
                Enum.Parse<TargetBasis>(reader.GetString(5)),
                reader.GetInt16(6),
                reader.GetInt16(7),
                reader.IsDBNull(8) ? null : reader.GetInt16(8),
                reader.GetString(9),
                DateOnly.FromDateTime(reader.GetDateTime(10)),
                reader.GetString(11),
                reader.GetString(12)));
        }

        return targets;
    });

    /// <summary>Registers a target; false when this store already has one of that name (compared case-insensitively).</summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public bool AddUserTarget(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireWritable();
        return Reading(() =>
        {
            if (Scalar<long>("SELECT count(*) FROM user_targets WHERE lower(name) = lower(?)", target.Name) > 0)
            {
                return false;
            }

            Execute(
                "INSERT INTO user_targets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                target.Name, (short)target.First.Code, (short)target.Second.Code, target.Metric.ToString(), target.AmountUsd,
                target.Basis.ToString(), (short)target.FromYear, (short)target.DeadlineYear, (short?)target.BaselineYear,
                target.AnnouncedBy, target.AnnouncedOn.ToDateTime(TimeOnly.MinValue), target.Source, target.Note,
                _clock.GetUtcNow().UtcDateTime);
            return true;
        });
    }

    /// <summary>Removes a registered target; false when this store has none of that name.</summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    /// <exception cref="StoreException">The file is damaged.</exception>
    public bool RemoveUserTarget(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        RequireWritable();
        return Reading(() =>
        {
            using var command = Command("DELETE FROM user_targets WHERE lower(name) = lower(?)", name);
            return command.ExecuteNonQuery() > 0;
        });
    }
}
