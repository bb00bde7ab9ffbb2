using Turnover.Core.Targets;

namespace Turnover.Application;

/// <summary>A target and where it is registered: a targets file (the bundled one by default) or the store.</summary>
/// <param name="Target">The target.</param>
/// <param name="Origin">The file's path, or "store PATH".</param>
public sealed record RegisteredTarget(Target Target, string Origin);
