using Turnover.Store;

namespace Turnover.Application;

/// <summary>Takes a release back: no answer counts its figures any more; they stay stored for audit.</summary>
/// <param name="store">The store, open for writing.</param>
public sealed class RetractRelease(ITradeStore store)
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
            RetractStatus.AlreadyRetracted => Failure.Because(FailureKind.Conflict, new ReleaseAlreadyRetracted(request.ReleaseId, result.Retraction!)),
            _ => result.Retraction!,
        };
    }
}
