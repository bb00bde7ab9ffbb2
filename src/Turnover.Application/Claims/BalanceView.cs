using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// How a balance's figures are read for a surplus or deficit claim: <paramref name="Owner"/>'s exports to
/// <paramref name="Partner"/> less its imports from it (a surplus), or its imports less exports (a deficit), as the
/// evidence's reporter counts them; negative when the balance has the other sign.
/// </summary>
public sealed record BalanceView(Country Owner, Country Partner, bool Surplus);
