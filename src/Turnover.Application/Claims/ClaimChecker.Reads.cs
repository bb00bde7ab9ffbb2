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

    private IReadOnlyList<SourceCoverage> Coverage() => reads.Coverage();

    private Outcome<SourceChoice> Choose(SourceRequest pair)
    {
        if (!_choices.TryGetValue(pair, out var choice))
        {
            _choices[pair] = choice = new SeriesQuery(reads).Choose(pair);
        }

        return choice;
    }

    private StoredFigures Figures(SourceChoice choice, Measure measure, DateOnly? asOf)
    {
        var key = (choice.Reporter, choice.Partner, choice.Source, measure, asOf);
        if (!_figures.TryGetValue(key, out var figures))
        {
            _figures[key] = figures = new StoredFigures(reads, choice, measure, asOf);
        }

        return figures;
    }

    // Memoised by the reads (StoreReads.Memoised), which a watch shares between its articles and targets.
    private TargetReport Report(Target target, DateOnly asOf) =>
        new TargetCheckQuery(reads).Run(new TargetCheckRequest(target, asOf) { Forecaster = request.Forecaster, Options = request.Options }).Reports[0];
}
