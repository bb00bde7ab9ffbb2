using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Turnover.Core;
using Turnover.Ingest.Rates;
using static Turnover.Ingest.Tests.National.ReaderRun;

namespace Turnover.Ingest.Tests.Rates;

public class RatePropertyTests
{
    [Property(MaxTest = 60, Replay = "(20261201,41)")]
    public Property Monthly_average_is_the_arithmetic_mean_of_the_given_days() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(-1, 99_999_999)).ToArbitrary(), cells =>
        {
            // Day d of March 2010 gets cell d; -1 is a holiday (empty cell).
            var days = cells.Take(31).ToArray();
            var lines = days.Select((c, d) => string.Create(CultureInfo.InvariantCulture, $"{d + 1:D2}-Mar-2010;{(c < 0 ? string.Empty : (c / 10_000m).ToString(CultureInfo.InvariantCulture))};1"));
            using var file = Write("rates.csv", lines.Prepend("Date;CNY;USD"));

            var result = ImfExchangeRateReader.Load(file.Path);

            var given = days.Where(c => c >= 0).Select(c => c / 10_000m).ToList();
            var found = result.Table.TryGetRate(new Currency("CNY"), 2010, 3, out var rate);
            var positive = given.Where(g => g > 0).ToList();
            return result.Succeeded
                && result.Warnings.Count == given.Count - positive.Count
                && (positive.Count == 0 ? !found : found && rate == positive.Sum() / positive.Count);
        });
}
