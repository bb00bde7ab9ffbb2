namespace Turnover.Ingest.Comtrade;

/// <summary>
/// The fields the Comtrade readers use, whatever the layout calls them (Comtrade+ <c>primaryValue</c>, legacy
/// <c>Trade Value (US$)</c>, bulk-tool <c>TradeValueUS</c>…). Columns not listed are ignored.
/// </summary>
internal enum ComtradeColumn
{
    TypeCode,
    FreqCode,
    RefYear,
    RefMonth,
    Period,
    ReporterCode,
    ReporterIso,
    ReporterDesc,
    FlowCode,
    PartnerCode,
    PartnerIso,
    PartnerDesc,
    Partner2Code,
    Partner2Desc,
    ClassificationCode,
    CmdCode,
    AggrLevel,
    CustomsCode,
    CustomsDesc,
    MosCode,
    MotCode,
    MotDesc,
    QtyUnitCode,
    QtyUnitAbbr,
    Qty,
    NetWgt,
    PrimaryValue,
}
