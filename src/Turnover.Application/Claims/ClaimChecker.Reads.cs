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
    // The name every target is checked under (Report).
    private const string CheckedName = "claim";

    private readonly Dictionary<SourceRequest, Outcome<SourceChoice>> _choices = [];
    private readonly Dictionary<(Country Reporter, Country Partner, SourceKind Source, Measure Measure, DateOnly? AsOf, int BalanceSign), StoredFigures> _figures = [];

    private IReadOnlyList<SourceCoverage> Coverage() => reads.Coverage();

    private Outcome<SourceChoice> Choose(SourceRequest pair)
    {
        if (!_choices.TryGetValue(pair, out var choice))
        {
            _choices[pair] = choice = new SeriesQuery(reads).Choose(pair);
        }

        return choice;
    }

    private StoredFigures Figures(SourceChoice choice, Measure measure, DateOnly? asOf, int balanceSign = 1)
    {
        var key = (choice.Reporter, choice.Partner, choice.Source, measure, asOf, balanceSign);
        if (!_figures.TryGetValue(key, out var figures))
        {
            _figures[key] = figures = new StoredFigures(reads, choice, measure, asOf, balanceSign);
        }

        return figures;
    }

    // Memoised by the reads (StoreReads.Memoised), which a watch shares between its articles and targets. A target
    // made from a claim is named after its sentence, and the name plays no part in the check: it is checked under one
    // name, so the same target stated in many sentences (9,690 claims of 1 MB of news) is checked once. Only the
    // chosen side's report is used, so the other side is not judged (ChosenSideOnly).
    private TargetReport Report(Target target, DateOnly asOf, SourceChoice? side)
    {
        var checkedAs = target with { Name = CheckedName };
        var check = new TargetCheckRequest(checkedAs, asOf)
        {
            Reporter = side?.Reporter,
            Source = side?.Source,
            Forecaster = request.Forecaster,
            Options = request.Options,
            ChosenSideOnly = true,
        };
        var report = new TargetCheckQuery(reads).Run(check).Reports[0];
        return report with { Target = target };
    }
}
