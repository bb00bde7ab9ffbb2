namespace Turnover.Cli;

/// <summary>Process exit codes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A file was rejected or an argument was wrong.</summary>
    public const int BadInput = 1;

    /// <summary>The store failed.</summary>
    public const int StoreFailure = 2;
}
