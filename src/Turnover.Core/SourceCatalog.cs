namespace Turnover.Core;

/// <summary>
/// The one declaration of every publisher (<see cref="SourceDeclaration"/>). Add a <see cref="SourceKind"/> here and
/// nowhere else: the store fills its <c>sources</c> table from this list on every schema update, tests fail while a
/// declared source has no reader (or a reader no declaration), and names and valuations are views of it.
/// </summary>
public static class SourceCatalog
{
    /// <summary>Every source, in <see cref="SourceKind"/> order.</summary>
    public static IReadOnlyList<SourceDeclaration> All { get; } =
    [
        new()
        {
            Kind = SourceKind.Comtrade, Code = "Comtrade", DisplayName = "UN Comtrade", ReaderFormat = "comtrade",
            PublicationLagDays = 180, ExportsValuation = ValuationBasis.AsDeclared, ImportsValuation = ValuationBasis.AsDeclared,
        },
        new()
        {
            // The release (e.g. V202301) in the file name dates most files; 540 days is the usual delay otherwise.
            Kind = SourceKind.Baci, Code = "Baci", DisplayName = "CEPII BACI", ReaderFormat = "baci",
            PublicationLagDays = 540, ExportsValuation = ValuationBasis.Fob, ImportsValuation = ValuationBasis.Fob, Reconciled = true,
        },
        new()
        {
            Kind = SourceKind.Imf, Code = "Imf", DisplayName = "IMF", ReaderFormat = "imf",
            PublicationLagDays = 90, ExportsValuation = ValuationBasis.Fob, ImportsValuation = ValuationBasis.Cif,
        },
        new()
        {
            // The readers date every figure (release calendar, dated page, estimate: Ingest's GaccPublicationLag); 14
            // days, the estimate's latest day, is a last resort for GACC figures entered otherwise.
            Kind = SourceKind.Gacc, Code = "Gacc", DisplayName = "China's customs, GACC", ReaderFormat = "gacc",
            PublicationLagDays = 14, ExportsValuation = ValuationBasis.Fob, ImportsValuation = ValuationBasis.Cif, ConvertsCurrency = true,
            // China's exports shipped to Hong Kong count as exports to Hong Kong; a partner that records imports by
            // country of origin counts the re-exported part as imports from China.
            ReExportHubs = [HongKong],
        },
        new()
        {
            // The FT-900 release comes about five weeks after the month. Its exhibits by country headline seasonally
            // adjusted months; the country pages (c5700 for China), the reader's layout, are not adjusted.
            Kind = SourceKind.UsCensus, Code = "UsCensus", DisplayName = "US Census Bureau", ReaderFormat = "census",
            PublicationLagDays = 36, ExportsValuation = ValuationBasis.Fas, ImportsValuation = ValuationBasis.CustomsValue,
            HeadlinesSeasonallyAdjusted = true,
        },
        new()
        {
            Kind = SourceKind.Kosis, Code = "Kosis", DisplayName = "KOSIS", ReaderFormat = "kosis",
            PublicationLagDays = 15, ExportsValuation = ValuationBasis.Fob, ImportsValuation = ValuationBasis.Cif,
        },
        new()
        {
            // A last resort only: the mapped reader dates every figure (--published, the mapping's publicationLagDays,
            // else the day of the ingest; MappedPublication), since no lag fits every table a mapping can read.
            Kind = SourceKind.Mapped, Code = "Mapped", DisplayName = "mapped CSV", ReaderFormat = "mapped",
            PublicationLagDays = 0, ExportsValuation = ValuationBasis.Unknown, ImportsValuation = ValuationBasis.Unknown, ConvertsCurrency = true,
        },
        new()
        {
            // Exports FOB, imports CIF (the Bank of Russia's notes to its mirror tables, cbr.ru/eng/statistics/macro_itm/svs/mirror).
            // The service stopped publishing trade by country in 2022; its Jan–Jul 2012 figures came out on 20 September
            // 2012 (51 days after the period), the one release date the bundled rows give.
            Kind = SourceKind.Fcs, Code = "Fcs", DisplayName = "Russia's customs, FCS", ReaderFormat = "fcs",
            PublicationLagDays = 51, ExportsValuation = ValuationBasis.Fob, ImportsValuation = ValuationBasis.Cif,
            PartnerDetailWithheldFrom = 2022,
        },
        new()
        {
            // FishStat's trade figures are "based primarily on data provided by countries" (FAO's dataset page), so
            // each side's valuation is its own declaration. FAO's trade release of 1976-2020 was "Updated 2022"
            // (September 2022, the OECD FISH_TRADE metadata that cites it): about 600 days after the last year's end.
            Kind = SourceKind.Fao, Code = "Fao", DisplayName = "FAO FishStat", ReaderFormat = "fao",
            PublicationLagDays = 600, ExportsValuation = ValuationBasis.AsDeclared, ImportsValuation = ValuationBasis.AsDeclared,
        },
    ];

    // Hong Kong's trade code (BACI 344, "China, Hong Kong SAR").
    private const int HongKong = 344;

    // Indexed by the enum's value, so a lookup on a query's path is an array access.
    private static readonly SourceDeclaration?[] s_byKind = ByKind();

    /// <summary>The stored codes, in catalogue order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(s => s.Code)];

    /// <summary>The declaration of a source.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a declared source.</exception>
    public static SourceDeclaration Of(SourceKind kind) =>
        (int)kind < s_byKind.Length && s_byKind[(int)kind] is { } declared
            ? declared
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Source kind should be declared in SourceCatalog.");

    /// <summary>The source whose stored code is exactly <paramref name="code"/> (a release's <c>source</c> column).</summary>
    /// <exception cref="ArgumentException">No source has that code.</exception>
    public static SourceKind FromCode(string code) =>
        All.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal))?.Kind
            ?? throw new ArgumentException($"Source code '{code}' should be one of: {string.Join(", ", Codes)}.", nameof(code));

    /// <summary>
    /// The source a user named: its code or its reader's format, in any case ("gacc", "UsCensus", "census").
    /// </summary>
    public static SourceKind? FromName(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Code, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(s.ReaderFormat, name, StringComparison.OrdinalIgnoreCase))?.Kind;

    private static SourceDeclaration?[] ByKind()
    {
        var table = new SourceDeclaration?[All.Max(s => (int)s.Kind) + 1];
        foreach (var source in All)
        {
            table[(int)source.Kind] = source;
        }

        return table;
    }
}
