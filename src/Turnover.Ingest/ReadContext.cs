using Turnover.Core;

namespace Turnover.Ingest;

/// <summary>
/// What a reader gets (the file, the options) and where it reports (errors, skipped rows, conflicts, and what
/// the release is). One per file.
/// </summary>
public sealed class ReadContext
{
    private readonly List<IngestError> _errors = [];
    private readonly Dictionary<string, long> _skipped = new(StringComparer.Ordinal);
    private readonly List<Discrepancy> _discrepancies = [];
    private readonly List<PublishedRate> _publishedRates = [];
    private readonly List<RateDisagreement> _rateDisagreements = [];
    private readonly List<StatedFigure> _statedFigures = [];
    private readonly List<string> _notices = [];
    private readonly IProgress<long>? _bytesProgress;
    private CountingStream? _lastOpened;

    /// <summary>Creates a context for one file.</summary>
    public ReadContext(string path, IngestOptions options, IProgress<long>? bytesProgress = null)
    {
        Path = path;
        FileName = System.IO.Path.GetFileName(path);
        Options = options;
        _bytesProgress = bytesProgress;
    }

    /// <summary>The file path as given.</summary>
    public string Path { get; }

    /// <summary>File name without directory, used in messages.</summary>
    public string FileName { get; }

    /// <summary>Reading options.</summary>
    public IngestOptions Options { get; }

    /// <summary>Country resolution.</summary>
    public CountryCatalog Countries => Options.Countries;

    /// <summary>Data rows seen (header excluded), counted by the reader.</summary>
    public long RowsRead { get; set; }

    /// <summary>The publisher's description of the file, set by the reader.</summary>
    public string Dataset { get; set; } = string.Empty;

    /// <summary>Publication date of the file, where the file says it.</summary>
    public DateOnly? Vintage { get; set; }

    /// <summary>The day the file says its figures were last updated, where that is not their publication (<see cref="Release.UpdatedOn"/>).</summary>
    public DateOnly? UpdatedOn { get; set; }

    /// <summary>How values were normalised (units, currency, derivations).</summary>
    public string Note { get; set; } = string.Empty;

    /// <summary>How values were converted to US dollars, set by a reader that converts; null for a file in US dollars.</summary>
    public CurrencyConversion? Conversion { get; set; }

    /// <summary>Defects found; any one rejects the file.</summary>
    public IReadOnlyList<IngestError> Errors => _errors;

    /// <summary>True once any defect was reported.</summary>
    public bool HasErrors => _errors.Count > 0 || ErrorsDropped > 0;

    /// <summary>Errors beyond <see cref="IngestOptions.MaxErrors"/> that were counted but not kept.</summary>
    public long ErrorsDropped { get; private set; }

    /// <summary>True when enough errors are collected and reading can stop early.</summary>
    public bool ShouldStop => _errors.Count >= Options.MaxErrors;

    /// <summary>Rows deliberately left out, by reason.</summary>
    public IReadOnlyDictionary<string, long> Skipped => _skipped;

    /// <summary>Disagreeing reports of one figure (evidence for <c>turnover info</c>).</summary>
    public IReadOnlyList<Discrepancy> Discrepancies => _discrepancies;

    /// <summary>Growth rates the file prints, one per reporter, partner, flow and period (stored with the release).</summary>
    public IReadOnlyList<PublishedRate> PublishedRates => _publishedRates;

    /// <summary>Reports of one published rate that disagree beyond rounding (evidence for <c>turnover info</c>).</summary>
    public IReadOnlyList<RateDisagreement> RateDisagreements => _rateDisagreements;

    /// <summary>Figures as pages stated them, with their words and pages (news-sourced tables; stored with the release).</summary>
    public IReadOnlyList<StatedFigure> StatedFigures => _statedFigures;

    /// <summary>What the user should know about how a stored file was read (one line each, naming no file), such as how its figures were dated.</summary>
    public IReadOnlyList<string> Notices => _notices;

    /// <summary>Opens the file for reading, inflating gzip and counting bytes for the progress bar.</summary>
    /// <remarks>
    /// Corrupt gzip data surfaces as an <see cref="IOException"/> naming the line reached; gzip data cut short is
    /// found at its end and reported by <see cref="TradeReaders.ReadSafely"/>.
    /// </remarks>
    public Stream OpenRead()
    {
        var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var counted = _bytesProgress is null ? (Stream)file : new ProgressStream(file, _bytesProgress);
        var decoded = TextDecoding.OpenMaybeGzip(counted, Path);
        _lastOpened = new CountingStream(decoded, file, gzip: !ReferenceEquals(decoded, counted));
        return _lastOpened;
    }

    /// <summary>
    /// Opens another file read with this one (a companion, such as FAO's quantities) as <see cref="OpenRead"/> opens
    /// this one, so a fault in it can be placed at its own line and gzip cut short found; <see cref="Reached"/> stays
    /// this file's.
    /// </summary>
    internal static CountingStream OpenCompanion(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var decoded = TextDecoding.OpenMaybeGzip(file, path);
        return new CountingStream(decoded, file, gzip: !ReferenceEquals(decoded, file));
    }

    /// <summary>How far the last stream <see cref="OpenRead"/> handed out got, for placing a fault; null before any.</summary>
    internal CountingStream? Reached => _lastOpened;

    /// <summary>Opens the file as text with the detected encoding.</summary>
    public StreamReader OpenText() => TextDecoding.OpenText(OpenRead());

    /// <summary>
    /// Names the record being read where its line alone does not ("record 3": an API response on one line); put before
    /// the messages of readers shared with line-based layouts, which name no record.
    /// </summary>
    internal string? RecordLabel { get; set; }

    /// <summary>Reports a defect at a line and column.</summary>
    public void Error(long line, string column, string message) =>
        ErrorIn(FileName, line, column, RecordLabel is null ? message : $"{RecordLabel}: {message}");

    /// <summary>Reports a defect of another file read with this one (a companion file, such as FAO's quantities).</summary>
    public void ErrorIn(string fileName, long line, string column, string message)
    {
        if (_errors.Count < Options.MaxErrors)
        {
            _errors.Add(new IngestError(fileName, line, column, message));
        }
        else
        {
            ErrorsDropped++;
        }
    }

    /// <summary>Counts a row left out on purpose (aggregate, breakdown, duplicate report…).</summary>
    public void Skip(string reason, long count = 1)
    {
        _skipped[reason] = _skipped.GetValueOrDefault(reason) + count;
    }

    /// <summary>Records two reports of one figure that disagree beyond rounding.</summary>
    public void Conflict(Discrepancy discrepancy) => _discrepancies.Add(discrepancy);

    /// <summary>Records a growth rate as the file prints it.</summary>
    public void Rate(PublishedRate rate) => _publishedRates.Add(rate);

    /// <summary>Records two reports of one growth rate that disagree beyond rounding.</summary>
    public void RateConflict(RateDisagreement disagreement) => _rateDisagreements.Add(disagreement);

    /// <summary>Adds a line the user should read once the file is stored (<see cref="Notices"/>).</summary>
    public void Notice(string text) => _notices.Add(text);

    /// <summary>Records a figure as a page stated it (its quote, page and attribution).</summary>
    public void State(StatedFigure figure) => _statedFigures.Add(figure);
}
