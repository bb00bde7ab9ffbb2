using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Store.Internal;

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
        int name = reader.Column("name"), firstCountry = reader.Column("first_country"), secondCountry = reader.Column("second_country");
        int metric = reader.Column("metric"), amountUsd = reader.Column("amount_usd"), basis = reader.Column("basis"), fromYear = reader.Column("from_year");
        int deadlineYear = reader.Column("deadline_year"), baselineYear = reader.Column("baseline_year"), announcedBy = reader.Column("announced_by");
        int announcedOn = reader.Column("announced_on"), source = reader.Column("source"), note = reader.Column("note");
        var targets = new List<Target>();
        while (reader.Read())
        {
            targets.Add(new Target(
                reader.GetString(name),
                CountryCatalog.Default.FromCode(reader.GetInt16(firstCountry)),
                CountryCatalog.Default.FromCode(reader.GetInt16(secondCountry)),
                Enum.Parse<Measure>(reader.GetString(metric)),
                reader.GetDecimal(amountUsd),
                Enum.Parse<TargetBasis>(reader.GetString(basis)),
                reader.GetInt16(fromYear),
                reader.GetInt16(deadlineYear),
                reader.IsDBNull(baselineYear) ? null : reader.GetInt16(baselineYear),
                reader.GetString(announcedBy),
                DateOnly.FromDateTime(reader.GetDateTime(announcedOn)),
                reader.GetString(source),
                reader.GetString(note)));
        }

        return targets;
    });

    /// <summary>Registers a target; false when this store already has one of that name (compared case-insensitively).</summary>
    /// <exception cref="InvalidOperationException">The store was opened read-only.</exception>
    /// <exception cref="StoreException">The database refused the change (nothing was written).</exception>
    public bool AddUserTarget(Target target)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireWritable();
        return Writing(() =>
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
    /// <exception cref="StoreException">The database refused the change (nothing was written).</exception>
    public bool RemoveUserTarget(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        RequireWritable();
        return Writing(() =>
        {
            using var command = Command("DELETE FROM user_targets WHERE lower(name) = lower(?)", name);
            return command.ExecuteNonQuery() > 0;
        });
    }
}
