using System.Globalization;
using Turnover.Application;
using Turnover.Charts;
using Turnover.Core;

namespace Turnover.Presentation.Wording;

/// <summary>Words a chart: its title, and a caption saying whose figures, from which releases, converted how, and what the fan is.</summary>
internal static class ChartWording
{
    public static TradeChart Chart(ChartAnswer answer, DateOnly? asOf)
    {
        var table = answer.Series.Table;
        var chart = TradeCharts.From(table, SeriesTitle.Of(table), Caption(answer, asOf));
        return chart with
        {
            Target = answer.Target is { } t
                ? new ChartTarget(string.Create(CultureInfo.InvariantCulture, $"Target {t.Name}: US${t.AmountUsd / 1e9m:0.##} bn in {t.DeadlineYear}"), t.AmountUsd, t.DeadlineYear)
                : null,
            Fan = answer.Fan,
            FanMethod = answer.FanMethod is { } method ? ForecastMethodWording.Legend(method) : null,
        };
    }

    public static IReadOnlyList<string> Caption(ChartAnswer answer, DateOnly? asOf)
    {
        var choice = answer.Series.Choice;
        var lines = new List<string>
        {
            (SourceCatalog.Of(choice.Source).Reconciled
                ? $"Source: {SourceNames.Describe(choice.Source)}, reconciled from both sides"
                : $"Source: {SourceNames.Describe(choice.Source)}, as reported by {choice.Reporter.Name}")
            + (asOf is { } date ? string.Create(CultureInfo.InvariantCulture, $"; as published by {date:yyyy-MM-dd}") : string.Empty),
            "Releases: " + (answer.Releases.Count == 0 ? "none" : string.Join(", ", answer.Releases.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.FileName} (#{r.Id})")))),
        };
        if (GapsNote.List(answer.Series.Table) is { } missing)
        {
            // The line breaks at them; the caption says which they are.
            lines.Add($"No figure stored for: {missing}");
        }

        if (ConvertedNote.Currencies(answer.Series.Table) is { } from)
        {
            lines.Add($"Converted from {from} to US$ at the monthly mean of the IMF daily rates");
        }

        if (answer.FittedThrough is { } through)
        {
            lines.Add($"Forecast: {ForecastMethodWording.Legend(answer.FanMethod!)}, fitted on the months through {through}; fan = 80% and 95% of simulated paths");
        }
        else if (answer.FanGap != FanGap.None)
        {
            lines.Add(answer.FanGap switch
            {
                FanGap.Balance => "No forecast: a trade balance is not forecast (chart exports or imports)",
                FanGap.TooFewForSpread => "No forecast: too few monthly figures for the model to estimate a spread (a fan of no width would look certain)",
                _ => "No forecast: the source holds no monthly figures for the pair",
            });
        }

        return lines;
    }
}
