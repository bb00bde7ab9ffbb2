namespace Turnover.Reports;

/// <summary>
/// A report as data: a title, what it is about, and its sections in order. <see cref="HtmlReport"/> writes it as one
/// self-contained HTML file. The wording is the caller's; this layer only lays it out.
/// </summary>
/// <param name="Title">The page title and first heading.</param>
/// <param name="Subtitle">One line under the title: the pair, the reporter, the date the report is as of.</param>
/// <param name="Sections">The sections, in order.</param>
public sealed record ReportPage(string Title, string Subtitle, IReadOnlyList<ReportSection> Sections);

/// <summary>One section of a report, with its heading.</summary>
/// <param name="Heading">The section's heading.</param>
public abstract record ReportSection(string Heading);

/// <summary>A few headline figures, each a label and a value, shown as cards.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Figures">The figures, in order.</param>
public sealed record HeadlineSection(string Heading, IReadOnlyList<Headline> Figures) : ReportSection(Heading);

/// <summary>A headline figure: "2023 turnover" — "US$240.1 bn", with a line of context ("+26.3% published").</summary>
/// <param name="Label">What the figure is.</param>
/// <param name="Value">The figure as printed.</param>
/// <param name="Context">One line of context, or null.</param>
public sealed record Headline(string Label, string Value, string? Context);

/// <summary>A table: column headings and rows of cells as printed, with an optional note under it.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">Rows, each with one cell per column.</param>
/// <param name="Note">A note under the table (sources, what is computed and what published), or null.</param>
public sealed record TableSection(string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note)
    : ReportSection(Heading);

/// <summary>A chart embedded as SVG (text stays text), with its caption.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Svg">The chart's SVG document.</param>
/// <param name="Caption">What the chart shows and from which data.</param>
public sealed record FigureSection(string Heading, string Svg, string Caption) : ReportSection(Heading);

/// <summary>Paragraphs of text.</summary>
/// <param name="Heading">The section's heading.</param>
/// <param name="Paragraphs">The paragraphs, in order.</param>
public sealed record TextSection(string Heading, IReadOnlyList<string> Paragraphs) : ReportSection(Heading);
