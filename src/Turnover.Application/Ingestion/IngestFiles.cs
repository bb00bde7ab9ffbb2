using Turnover.Core;
using Turnover.Ingest;
using Turnover.Store;

namespace Turnover.Application;

/// <summary>Reads a file with the right reader, hashes it, and stores it whole or not at all as one release.</summary>
/// <param name="store">The store, open for writing.</param>
public sealed class IngestFiles(ITradeStore store)
{
    /// <summary>
    /// Ingests one file. Every problem of the file is in the report, never thrown: a path that is not a readable
    /// regular file (missing, a directory, a FIFO, a device, no permission), an unknown or undetectable format,
    /// defects, duplicate or implausible figures, or the same reading as a retracted release.
    /// </summary>
    public FileIngestReport Run(FileIngestRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (path, options) = (request.Path, request.Options);
        // Before anything opens the file: a FIFO would block the open and a device would be hashed forever.
        if (InputProblem(path, string.Empty) is { } unreadable)
        {
            return FileIngestReport.Refused(path, unreadable);
        }

        var picked = PickReader(path, request.Format, request.FormatParameter);
        if (!picked.TryGetValue(out var reader))
        {
            return FileIngestReport.Refused(path, picked.Failure.Message);
        }

        if (reader.Format == "mapped" && !string.IsNullOrWhiteSpace(options.MappingPath) && InputProblem(options.MappingPath, $" ({request.MappingParameter ?? "mapping"})") is { } mapping)
        {
            return FileIngestReport.Refused(path, mapping);
        }

        if (!string.IsNullOrWhiteSpace(options.QuantitiesPath))
        {
            if (reader.Format != "fao")
            {
                return FileIngestReport.Refused(path, $"a quantity file ({request.QuantitiesParameter ?? "quantities"}) is read only with FAO FishStat value files, not with format {reader.Format}.");
            }

            if (InputProblem(options.QuantitiesPath, $" ({request.QuantitiesParameter ?? "quantities"})") is { } quantities)
            {
                return FileIngestReport.Refused(path, quantities);
            }
        }

        // A file of a name stored before is most likely the same file again: hashed first, a re-ingest reads no row
        // (a load beside the hash cost it 0.5-1 s of CPU more for a BACI year). Any other is hashed beside its load.
        Outcome<ReleaseReading> Identity() => Sha256(path).Then(bytes => Reading(path, bytes, reader.Format, options));
        ReleaseReading? known = null;
        if (store.MayHoldFile(System.IO.Path.GetFileName(path)))
        {
            var identity = Identity();
            if (!identity.TryGetValue(out known))
            {
                return FileIngestReport.Refused(path, identity.Failure.Message);
            }

            if (store.FindRelease(known) is { Kind: not ReleaseMatchKind.OtherReading } existing)
            {
                return Held(path, reader.Format, existing.Kind == ReleaseMatchKind.SameReadingRetracted ? LoadStatus.AlreadyRetracted : LoadStatus.AlreadyIngested, existing.ReleaseId, existing);
            }
        }

        ReadContext? context = null;
        var progress = request.Progress;
        // Bytes come from the stream; rows from the reader's own count, read when bytes are reported.
        IProgress<long>? bytesRead = progress is null ? null : new Progress<long>(bytes => progress(bytes, context?.RowsRead ?? 0));
        context = new ReadContext(path, options, bytesRead);
        // Else the hash is computed beside the load (the store calls complete after it); a store already holding this
        // reading stops the load as soon as the hash shows it, and nothing is stored.
        string? hash = known?.BytesHash;
        ReleaseReading IdentityBesideTheLoad()
        {
            var identity = Identity();
            if (!identity.TryGetValue(out var computed))
            {
                throw new ReadingRefusedException(identity.Failure.Message);
            }

            hash = computed.BytesHash;
            return computed;
        }

        LoadResult result;
        try
        {
            var records = TradeReaders.ReadSafely(reader, context);
            result = known is null
                ? store.Load(IdentityBesideTheLoad, records, () => Outcome(reader, context, hash!), request.Load)
                : store.Load(known, records, () => Outcome(reader, context, hash!), request.Load);
        }
        catch (ReadingRefusedException refused)
        {
            return FileIngestReport.Refused(path, refused.Message);
        }

        // The same reading stored (or retracted) before: nothing read counts.
        if (result.Status is LoadStatus.AlreadyIngested or LoadStatus.AlreadyRetracted)
        {
            return Held(path, reader.Format, result.Status, result.ReleaseId, result.Match);
        }

        var errors = context.Errors.Select(e => e.ToString()).ToList();
        if (context.ErrorsDropped > 0)
        {
            errors.Add($"{context.FileName}: … and {context.ErrorsDropped} more error(s)");
        }

        errors.AddRange(result.DuplicateKeys.Select(d =>
            $"{context.FileName}:{d.SecondLine}: the same figure as line {d.FirstLine} again ({d.Key}); a figure may appear once per file"));
        errors.AddRange(result.EditionClashes.Select(c => EditionClashText.Of(context.FileName, c)));
        var stored = result.Status == LoadStatus.Stored;
        return new FileIngestReport(
            path, reader.Format, result.Status, context.RowsRead, result.RowsStored, context.Skipped, errors,
            stored ? context.Discrepancies.Count : 0, result.ReleaseId)
        {
            Match = result.Match,
            AcceptedOutliers = stored ? result.Outliers : [],
            Breakdowns = result.Breakdowns,
            RejectedOutliers = result.Status == LoadStatus.RejectedOutliers ? result.Outliers : [],
            Notices = stored ? context.Notices : [],
        };
    }

    /// <summary>Why the path is not a readable regular file, as "PATH ROLE: problem.", or null when it is.</summary>
    /// <param name="path">The file.</param>
    /// <param name="role">What the file is for, e.g. " (exchange rates)"; empty for the file being read.</param>
    internal static string? InputProblem(string path, string role) =>
        InputFile.Problem(path) is { } problem ? $"{path}{role}: {problem}." : null;

    // The bytes and everything that changes how they read (ReleaseReadings lists it): the release's identity.
    // A file the store already holds read the same way (live or retracted): nothing read counts.
    private static FileIngestReport Held(string path, string format, LoadStatus status, int releaseId, ReleaseMatch? match) =>
        new(path, format, status, 0, 0, new Dictionary<string, long>(), [], 0, releaseId) { Match = match };

    private static Outcome<ReleaseReading> Reading(string path, string hash, string format, IngestOptions options)
    {
        try
        {
            return ReleaseReadings.Of(System.IO.Path.GetFileName(path), hash, format, options);
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            // The mapping and rates were checked readable just before; this is a disk error, or a file changed under us.
            return Failure.BadInput($"{path}: an input that decides how it reads (mapping, rates) could not be read ({ex.Message}).");
        }
    }

    private static ReleaseOutcome Outcome(ITradeReader reader, ReadContext context, string hash)
    {
        var release = context.HasErrors
            ? null
            : new Release(reader.Source, context.Dataset.Length > 0 ? context.Dataset : reader.Format, context.FileName, hash, context.Vintage, context.Note)
            {
                Conversion = context.Conversion,
                UpdatedOn = context.UpdatedOn,
            };
        return new ReleaseOutcome(release, reader.Format, context.RowsRead, context.Skipped, context.Discrepancies)
        {
            PublishedRates = context.PublishedRates,
            RateDisagreements = context.RateDisagreements,
            StatedFigures = context.StatedFigures,
        };
    }

    // The failure names the host's way to choose a format (--format, a query parameter) when the host gives one.
    private static Outcome<ITradeReader> PickReader(string path, string format, string? formatParameter)
    {
        if (!string.Equals(format, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return TradeReaders.ByFormat(format) is { } named
                ? Application.Outcome.Of(named)
                : Failure.BadInput($"unknown format '{format}' (expected one of: {string.Join(", ", TradeReaders.FormatNames)}).");
        }

        // An empty file (nothing, a byte-order mark, blank lines) has no layout to recognise: that, not the layout, is
        // what the user must hear, as each reader says it once a format is named.
        var sample = FileSample.Of(path);
        return TradeReaders.Detect(sample) is { } detected ? Application.Outcome.Of(detected)
            : Failure.BadInput(sample.Problem is { } problem
                ? $"{System.IO.Path.GetFileName(path)}: {problem}."
                : string.IsNullOrWhiteSpace(sample.Head)
                ? $"{System.IO.Path.GetFileName(path)}: the file is empty (no text, or only blank lines): nothing to store"
                : $"{System.IO.Path.GetFileName(path)}: the layout was not recognised; {(formatParameter is null ? "name its format" : $"name it with {formatParameter}")} ({string.Join(", ", TradeReaders.FormatNames.Skip(1))}).");
    }

    private static Outcome<string> Sha256(string path)
    {
        try
        {
            return ReleaseReadings.Sha256(path);
        }
        catch (Exception ex) when (InputFault.Is(ex))
        {
            // The file was checked just before; this is a disk error, or the file changed under us.
            return Failure.BadInput($"{path}: the file could not be read ({ex.Message}).");
        }
    }
}
