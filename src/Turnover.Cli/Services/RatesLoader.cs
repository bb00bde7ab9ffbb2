using Turnover.Ingest;
using Turnover.Ingest.Rates;

namespace Turnover.Cli.Services;

/// <summary>Loads the exchange-rate table for non-USD files, reporting flagged rate rows as warnings.</summary>
internal static class RatesLoader
{
    /// <summary>Loads <paramref name="path"/>, or the bundled IMF rates when null and present; null when neither exists.</summary>
    public static ExchangeRateTable? Load(string? path, CliEnvironment env)
    {
        path = Resolve(path);
        if (path is null)
        {
            return null;
        }

        RateLoadResult result;
        try
        {
            result = ImfExchangeRateReader.Load(path);
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            // The rates reader reads the file whole and does not count lines, so the fault is the whole file's.
            throw new UserInputException($"{path}: the exchange rates (--rates) are unreadable as a whole: {Echo.Message(InputFault.Describe(ex, IsGzip(path), "where reading stopped"))}.");
        }

        if (!result.Succeeded)
        {
            throw new UserInputException($"exchange rates unusable: {string.Join("; ", result.Errors)}");
        }

        foreach (var warning in result.Warnings)
        {
            env.Error.WriteLine($"warning: {warning} (row not used)");
        }

        return result.Table;
    }

    // The given file (checked readable), else the bundled rates when present, else null.
    private static string? Resolve(string? path)
    {
        if (path is not null)
        {
            IngestService.RequireReadable(path, " (--rates)");
            return path;
        }

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
