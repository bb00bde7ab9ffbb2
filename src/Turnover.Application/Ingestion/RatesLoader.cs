using Turnover.Ingest;
using Turnover.Ingest.Rates;

namespace Turnover.Application;

/// <summary>Loads the exchange-rate table for files not in US dollars, reporting flagged rate rows as warnings.</summary>
public static class RatesLoader
{
    /// <summary>Loads <paramref name="path"/>, or the bundled IMF rates when null and present; an empty result when neither exists.</summary>
    /// <param name="path">The rates file; null for the bundled one.</param>
    /// <param name="parameter">How the host names the rates file in a failure ("--rates" on the command line); null says "exchange rates".</param>
    /// <returns>The rates; <see cref="FailureKind.BadInput"/> when the file is unreadable or its rates unusable.</returns>
    public static Outcome<LoadedRates> Load(string? path, string? parameter = null)
    {
        if (path is not null && IngestFiles.InputProblem(path, $" ({parameter ?? "exchange rates"})") is { } problem)
        {
            return Failure.BadInput(problem);
        }

        path ??= Bundled();
        if (path is null)
        {
            return new LoadedRates(null, []);
        }

        RateLoadResult result;
        try
        {
            result = ImfExchangeRateReader.Load(path);
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            // The rates reader reads the file whole and does not count lines, so the fault is the whole file's.
            return Failure.BadInput($"{path}: the exchange rates{(parameter is null ? string.Empty : $" ({parameter})")} are unreadable as a whole: {Echo.Message(InputFault.Describe(ex, IsGzip(path), "where reading stopped"))}.");
        }

        return result.Succeeded
            ? new LoadedRates(result.Table, result.Warnings)
            : Failure.BadInput($"exchange rates unusable: {string.Join("; ", result.Errors)}");
    }

    private static string? Bundled()
    {
        var folder = BundledData.FindFolder();
        var bundled = folder is null ? null : Path.Combine(folder, BundledData.ExchangeRates);
        return bundled is not null && File.Exists(bundled) ? bundled : null;
    }

    private static bool IsGzip(string path)
    {
        using var file = File.OpenRead(path);
        return TextDecoding.StartsWithGzipMagic(file);
    }
}
