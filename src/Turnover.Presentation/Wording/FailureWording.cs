using System.Globalization;
using Turnover.Application;
using Turnover.Core;
using Turnover.Core.Targets;

namespace Turnover.Presentation.Wording;

/// <summary>
/// The facts behind a use case's failure (<see cref="FailureReason"/>) in one sentence, for the command line and the
/// web alike, naming request parameters as the host does; without the host's pointer.
/// </summary>
internal static class FailureWording
{
    /// <summary>E.g. "the horizon must be 1 to 120 months, not 0." or "no product lines stored for USA–Korea (…)."</summary>
    public static string Sentence(FailureReason reason, HintWording host)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(host);
        return reason switch
        {
            StatisticsNotChosen s => ChoiceWording.Sentence(s.Facts),
            ReporterNotOfPair r => $"the reporter {r.Reporter.Name} is neither {r.A.Name} nor {r.B.Name}.",
            ReporterOfNoTarget { Targets: [var only] } r =>
                $"the reporter {r.Reporter.Name} is neither {only.First.Name} nor {only.Second.Name}, the countries of the target {only.Name}.",
            ReporterOfNoTarget r => Invariant($"the reporter {r.Reporter.Name} is a country of none of the {r.Targets.Count} targets checked: ")
                + string.Join("; ", r.Targets.GroupBy(t => (t.First, t.Second)).Select(p => $"{p.Key.First.Name}–{p.Key.Second.Name} ({string.Join(", ", p.Select(t => t.Name))})")) + ".",
            BalanceNotForecast => "a trade balance changes sign and is not forecast: forecast the exports and the imports.",
            GranularityNotForecast => "a forecast is by month or by year.",
            HorizonOutOfRange h => Invariant($"the horizon must be 1 to {h.Most} {(h.Granularity == Granularity.Year ? "years" : "months")}, not {h.Horizon}."),
            NoMonthlyFigures m =>
                $"{m.Reporter.Name}'s statistics ({SourceCatalog.Of(m.Source).Code}) hold no monthly figure of this flow with {m.Partner.Name}"
                + (m.AsOf is { } asOf ? Invariant($" published by {asOf:yyyy-MM-dd}") : string.Empty) + ": the models forecast months.",
            TooFewForSpread f =>
                $"{f.Reporter.Name}'s statistics ({SourceCatalog.Of(f.Source).Code}) hold {(f.Observations == 1 ? "1 monthly figure" : Invariant($"{f.Observations} monthly figures"))} of this flow with {f.Partner.Name}"
                + (f.AsOf is { } published ? Invariant($" published by {published:yyyy-MM-dd}") : string.Empty)
                + ": too few for the model to estimate how far a forecast may stray, and intervals of no width, or resting on a single change, would show it as surer than the figures can; "
                + (f.ObservationsNeeded is { } needed ? Invariant($"it needs at least {needed} in consecutive months.") : "it needs more."),
            TargetOfAnotherPair t => $"the target {t.Target.Name} is for {t.Target.First.Name}–{t.Target.Second.Name}, not {t.A.Name}–{t.B.Name}.",
            TargetOnOtherSide t =>
                $"the target {t.Target.Name} is {t.Target.First.Name}'s {Flow(t.Target.Metric)}: draw it on {t.Target.First.Name}'s statistics (reporter {t.Target.First.Name}).",
            TargetNotAnnualValue t =>
                $"the target {t.Target.Name} is not a year's value but {(t.Target.Basis == TargetBasis.Cumulative ? "a cumulative sum" : "an increment over a baseline")}: "
                + "it cannot be drawn as a line at its amount.",
            TargetOfAnotherFlow t => $"the target {t.Target.Name} is for {Flow(t.Target.Metric)}, the chart shows {Flow(t.Shown)}: choose the flow the target names.",
            NoProductLines p =>
                $"no product lines stored for {p.A.Name}–{p.B.Name}{(p.Within is { } w ? $" inside {ProductsWording.Named(w)}" : string.Empty)} (product lines are read from BACI, Comtrade, Wind and FAO files).",
            NoProductLinesAsAsked p =>
                $"no product lines of {p.A.Name}–{p.B.Name} as asked ({string.Join(", ", AsAsked(p))}); stored: {string.Join(", ", p.Available.Select(ChoiceWording.Available).Distinct(StringComparer.Ordinal))}.",
            NoProductLinesInYears p =>
                Invariant($"no product lines of {p.A.Name}–{p.B.Name} in {string.Join(", ", p.Years)} ({SourceCatalog.Of(p.Source).Code}); years stored: {string.Join(", ", p.YearsStored)}."),
            NoSupplierLines s => $"no lines of {ProductsWording.Named(s.Product)} stored for {s.Importer.Name}'s imports.",
            NoSupplierLinesInYears s =>
                Invariant($"no lines of {ProductsWording.Named(s.Product)} for {s.Importer.Name}'s imports in {s.First}–{s.Last} ({SourceCatalog.Of(s.Source).Code}); years stored: {s.FirstStored}–{s.LastStored}."),
            TooFewRowsAsked t => Invariant($"{host.Parameter(RequestParameter.Top)} {t.Top} should be at least 1."),
            FirstYearAfterLast y => Invariant($"the first year {y.First} is after the last {y.Last}: nothing lies between them."),
            ArticleSourceMissing => $"a saved article needs a source: say where it came from ({host.Parameter(RequestParameter.ArticleSource)}).",
            AsOfAfterToday a => AsOfAfterToday(a, host.Parameter(RequestParameter.AsOf)),
            ReleaseNotFound r => Invariant($"no release {r.ReleaseId} in the store."),
            ReleaseAlreadyRetracted r => Invariant($"release {r.ReleaseId} was already retracted {ReleaseWording.Retraction(r.Retraction)}; nothing changed."),
            SameCountryTwice s => $"both countries are {s.Country.Name}: a pair is two different countries.",
            NoOwnStatistics n => $"neither {n.A.Name}'s nor {n.B.Name}'s own statistics of {n.A.Name}–{n.B.Name} are stored.",
            ProductCodeRequired { Question: ProductQuestionKind.Suppliers } => "suppliers needs an HS code (2, 4 or 6 digits), not the total of all goods.",
            ProductCodeRequired => "the product to decompose should be an HS code (27, 2709, 271111), not the all-goods total.",
            DecomposeYearsOutOfOrder d => Invariant($"decompose compares two years: the first, {d.First}, should come before the last, {d.Last}."),
            FirstPeriodAfterLast p => $"the first period {p.From} is after the last {p.To}: nothing lies between them.",
            StoreOpenedReadOnly s =>
                $"the store {s.StorePath} was opened read-only: {(s.Write == StoreWrite.SaveClaims ? "claims cannot be saved" : "judgements cannot be recorded")}.",
            NothingToExport n => $"no stored record matches the export ({Selection(n.Request)}): no file was written.",
            OutputPathUnusable u => OutputPath(u),
            _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "a failure reason this wording does not know"),
        };
    }

    private static string AsOfAfterToday(AsOfAfterToday after, string parameter) =>
        Invariant($"{parameter} {after.AsOf:yyyy-MM-dd} is after today ({after.Today:yyyy-MM-dd}): what will be published by then is not known; leave {parameter} out for what is known today.");

    private static string OutputPath(OutputPathUnusable unusable)
    {
        // A link's target is named, since that is what is refused, not the link the user gave.
        var named = unusable.LinkTarget is { } target ? $"{unusable.Path} is a symbolic link to {target}, which" : unusable.Path;
        return unusable.Problem switch
        {
            OutputPathProblem.IsFolder => $"{named} is a folder: name the file to write.",
            OutputPathProblem.IsDevice => $"{named} is a device, not a regular file: name a file to write (writing would replace the device).",
            OutputPathProblem.IsNamedPipe => $"{named} is a named pipe (FIFO), not a regular file: name a file to write.",
            OutputPathProblem.IsSocket => $"{named} is a socket, not a regular file: name a file to write.",
            OutputPathProblem.NotRegularFile when unusable.LinkTarget is null =>
                $"{unusable.Path} is not a regular file (or is a symbolic link that cannot be followed): name a file to write.",
            OutputPathProblem.NotRegularFile => $"{named} is not a regular file: name a file to write.",
            OutputPathProblem.FolderMissing when unusable.LinkTarget is { } missing => $"{unusable.Path} is a symbolic link to {missing}, whose folder does not exist.",
            OutputPathProblem.FolderMissing => $"the folder of {unusable.Path} does not exist.",
            OutputPathProblem.NoFileName => $"the output path '{unusable.Path}' names no file: name the file to write.",
            _ => $"the folder of {unusable.Path} cannot be written to.",
        };
    }

    private static string Flow(Measure measure) => measure switch
    {
        Measure.Exports => "exports",
        Measure.Imports => "imports",
        Measure.Balance => "the balance",
        _ => "turnover",
    };

    // "China–Russia, 2030 to 2031, as published by 2020-01-01": what an export was asked for.
    private static string Selection(ExportRequest request)
    {
        var parts = new List<string> { request.Pair is { } p ? $"{p.A.Name}–{p.B.Name}" : "every pair" };
        if (request.Years is { From: var from, To: var to } && (from is not null || to is not null))
        {
            parts.Add(from == to ? Invariant($"{from}") : Invariant($"{from?.ToString(CultureInfo.InvariantCulture) ?? "the first year"} to {to?.ToString(CultureInfo.InvariantCulture) ?? "the last"}"));
        }

        if (request.AsOf is { } asOf)
        {
            parts.Add(Invariant($"as published by {asOf:yyyy-MM-dd}"));
        }

        return string.Join(", ", parts);
    }

    // What a products question asked for: reporter, source and flow, each only when given.
    private static IEnumerable<string> AsAsked(NoProductLinesAsAsked p)
    {
        if (p.Reporter is { } reporter)
        {
            yield return $"reporter {reporter.Name}";
        }

        if (p.Source is { } source)
        {
            yield return $"source {SourceCatalog.Of(source).Code}";
        }

        if (p.Flow is { } flow)
        {
            yield return ProductsWording.FlowName(flow);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
