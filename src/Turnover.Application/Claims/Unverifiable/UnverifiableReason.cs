namespace Turnover.Application;

/// <summary>
/// Why the store cannot settle a claim (<see cref="ClaimVerdict.NotVerifiable"/>): what is missing, as facts. The
/// renderers word it, so every format says the same.
/// </summary>
public abstract record UnverifiableReason;
