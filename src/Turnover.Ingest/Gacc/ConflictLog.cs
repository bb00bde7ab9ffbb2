using Turnover.Core;

namespace Turnover.Ingest.Gacc;

/// <summary>Turns disagreements between figures (billions of USD) into <see cref="Discrepancy"/> evidence.</summary>
internal sealed class ConflictLog(ReadContext context, Country reporter, Country partner)
{
    public Country Reporter { get; } = reporter;

    public Country Partner { get; } = partner;

    /// <summary>Billions of USD to whole USD, exactly.</summary>
    public static decimal Usd(Figure figure) => figure.Value * 1_000_000_000m;

    public void Add(Period period, Flow flow, Figure chosen, string chosenEvidence, Figure other, string otherEvidence, string reason) =>
        context.Conflict(new Discrepancy(Reporter, Partner, flow, period, Usd(chosen), chosenEvidence, Usd(other), otherEvidence, reason));
}
