using System.Security.Cryptography;
using Turnover.Core;
using Turnover.Ingest;
using Turnover.Store;

namespace Turnover.Cli.Services;

/// <summary>Reads a file with the right reader and stores it whole or not at all.</summary>
internal static class IngestService
{
    /// <summary>Ingests one file. Bad input is reported in the result, never thrown.</summary>
    /// <exception cref="UserInputException">
    /// The path is not a readable regular file (missing, a directory, a FIFO, a device, a symlink loop, no
    /// permission), or the format is unknown or undetectable.
    /// </exception>
    public static FileIngestReport IngestFile(TradeStore store, string path, string format, IngestOptions options, LoadOptions load, Action<long, long>? progress = null)
    {
        // Before anything opens the file: a FIFO would block the open and a device would be hashed forever.
        RequireReadable(path, string.Empty);
        var reader = PickReader(path, format);
        if (reader.Format == "mapped" && !string.IsNullOrWhiteSpace(options.MappingPath))
        {
            RequireReadable(options.MappingPath, " (--mapping)");
        }

        var hash = Sha256(path);
        var reading = Reading(path, hash, reader.Format, options);
        // Known before reading a row: the same reading stored (or retracted) before.
        if (store.FindRelease(reading) is { Kind: not ReleaseMatchKind.OtherReading } existing)
        {
            var status = existing.Kind == ReleaseMatchKind.SameReadingRetracted ? LoadStatus.AlreadyRetracted : LoadStatus.AlreadyIngested;
            string[] refusal = status == LoadStatus.AlreadyRetracted ? [ReleaseMessages.ReadingRetracted(Path.GetFileName(path), existing)] : [];
            return new FileIngestReport(path, reader.Format, status, 0, 0, new Dictionary<string, long>(), refusal, 0, existing.ReleaseId) { Match = existing };
        }

        ReadContext? context = null;
        // Bytes come from the stream; rows from the reader's own count, read when bytes are reported.
        IProgress<long>? bytesRead = progress is null ? null : new Progress<long>(bytes => progress(bytes, context?.RowsRead ?? 0));
        context = new ReadContext(path, options, bytesRead);
        var result = store.Load(reading, TradeReaders.ReadSafely(reader, context), () => Outcome(reader, context, hash), load);
        var errors = context.Errors.Select(e => e.ToString()).ToList();
        if (context.ErrorsDropped > 0)
        {
            errors.Add($"{context.FileName}: … and {context.ErrorsDropped} more error(s)");
        }

        errors.AddRange(result.DuplicateKeys.Select(d =>
            $"{context.FileName}:{d.SecondLine}: the same figure as line {d.FirstLine} again ({d.Key}); a figure may appear once per file"));
        if (result.Status == LoadStatus.RejectedOutliers)
        {
            errors.AddRange(ReleaseMessages.Outliers(context.FileName, result.Outliers));
        }

        return new FileIngestReport(
            path, reader.Format, result.Status, context.RowsRead, result.RowsStored, context.Skipped, errors,
            result.Status == LoadStatus.Stored ? context.Discrepancies.Count : 0, result.ReleaseId)
        {
            Match = result.Match,
            AcceptedOutliers = result.Status == LoadStatus.Stored ? result.Outliers : [],
        };
    }

    // The bytes and everything that changes how they read (ReleaseReadings lists it): the release's identity.
    private static ReleaseReading Reading(string path, string hash, string format, IngestOptions options)
    {
        try
        {
            return ReleaseReadings.Of(Path.GetFileName(path), hash, format, options);
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            // The mapping and rates were checked readable just before; this is a disk error, or a file changed under us.
            throw new UserInputException($"{path}: an input that decides how it reads (mapping, rates) could not be read ({ex.Message}).");
        }
    }

    /// <exception cref="UserInputException">The path is not a readable regular file.</exception>
    public static void RequireReadable(string path, string role)
    {
        if (InputFile.Problem(path) is { } problem)
        {
            throw new UserInputException($"{path}{role}: {problem}.");
        }
    }

    private static ReleaseOutcome Outcome(ITradeReader reader, ReadContext context, string hash)
    {
        var release = context.HasErrors
            ? null
            : new Release(reader.Source, context.Dataset.Length > 0 ? context.Dataset : reader.Format, context.FileName, hash, context.Vintage, context.Note)
            {
                Conversion = context.Conversion,
            };
        return new ReleaseOutcome(release, reader.Format, context.RowsRead, context.Skipped, context.Discrepancies)
        {
            PublishedRates = context.PublishedRates,
            RateDisagreements = context.RateDisagreements,
        };
    }

    private static ITradeReader PickReader(string path, string format)
    {
        if (!string.Equals(format, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return TradeReaders.ByFormat(format)
                ?? throw new UserInputException($"unknown format '{format}' (expected one of: {string.Join(", ", TradeReaders.FormatNames)}).");
        }

        var sample = FileSample.Of(path);
        return TradeReaders.Detect(sample)
            ?? throw new UserInputException(sample.Problem is { } problem
                ? $"{Path.GetFileName(path)}: {problem}."
                : $"{Path.GetFileName(path)}: the layout was not recognised; name it with --format ({string.Join(", ", TradeReaders.FormatNames.Skip(1))}).");
    }

    private static string Sha256(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            // The file was checked just before; this is a disk error, or the file changed under us.
            throw new UserInputException($"{path}: the file could not be read ({ex.Message}).");
        }
    }
}
