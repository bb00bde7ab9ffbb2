using System.Globalization;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Takes a release back: no answer counts its figures any more; they stay stored for audit.</summary>
/// <param name="store">The store, open for writing.</param>
public sealed class RetractRelease(TradeStore store)
{
    /// <summary>Retracts the release now.</summary>
    /// <returns>
    /// The retraction made; <see cref="FailureKind.NotFound"/> when no release has the id, <see cref="FailureKind.Conflict"/>
    /// when it was retracted before (nothing changes).
    /// </returns>
    public Outcome<Retraction> Run(RetractRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = store.Retract(request.ReleaseId, request.Reason.Trim());
        return result.Status switch
        {
            RetractStatus.UnknownRelease => ReleaseQuery.Unknown(request.ReleaseId),
            RetractStatus.AlreadyRetracted => Failure.Conflict(
                $"release {request.ReleaseId.ToString(CultureInfo.InvariantCulture)} was already retracted {Said(result.Retraction!)}; nothing changed."),
            _ => result.Retraction!,
        };
    }

    // The CLI's success line words a retraction the same way (ReleaseMessages.Retraction).
    private static string Said(Retraction r) =>
        $"on {r.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC: {(r.Reason.Length == 0 ? "(no reason given)" : r.Reason)}";
}
