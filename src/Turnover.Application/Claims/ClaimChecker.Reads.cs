using Turnover.Analytics.Targets;
using Turnover.Core;
using Turnover.Core.Targets;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>
/// The store reads and model runs of one text, each made once: a text's claims mostly ask about the same pair, date
/// and targets, and reading them again per claim made judging cost about 0.15 s of CPU a claim.
/// </summary>
internal sealed partial class ClaimChecker
{
    private readonly Dictionary<SourceRequest, Outcome<SourceChoice>> _choices = [];
    private readonly Dictionary<(Country Reporter, Country Partner, SourceKind Source, Measure Measure, DateOnly? AsOf), StoredFigures> _figures = [];
    private readonly Dictionary<(Target Target, DateOnly AsOf), TargetReport> _reports = [];
    private IReadOnlyList<SourceCoverage>? _coverage;

    private IReadOnlyList<SourceCoverage> Coverage() => _coverage ??= store.Coverage();

    private Outcome<SourceChoice> Choose(SourceRequest pair)
    {
        if (!_choices.TryGetValue(pair, out var choice))
        {
            _choices[pair] = choice = new SeriesQuery(store).Choose(pair);
        }

        return choice;
    }

    private StoredFigures Figures(SourceChoice choice, Measure measure, DateOnly? asOf)
    {
        var key = (choice.Reporter, choice.Partner, choice.Source, measure, asOf);
        if (!_figures.TryGetValue(key, out var figures))
        {
            _figures[key] = figures = new StoredFigures(store, choice, measure, asOf);
        }

        return figures;
    }

    private TargetReport Report(Target target, DateOnly asOf)
    {
        if (!_reports.TryGetValue((target, asOf), out var report))
        {
            report = new TargetCheckQuery(store).Run(new TargetCheckRequest(target, asOf) { Forecaster = request.Forecaster, Options = request.Options }).Reports[0];
            _reports[(target, asOf)] = report;
        }

        return report;
    }
}
