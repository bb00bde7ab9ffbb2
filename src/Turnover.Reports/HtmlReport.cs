using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Turnover.Reports;

/// <summary>
/// Writes a <see cref="ReportPage"/> as one HTML file that opens with no network: styles inline, charts as inline
/// SVG, no scripts, no fonts or images fetched. Every text is HTML-encoded.
/// </summary>
public static partial class HtmlReport
{
    private const string Style = """
        body { font-family: "DejaVu Sans", Verdana, sans-serif; margin: 2rem auto; max-width: 1080px; color: #1b1b1b; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        .subtitle { color: #555; margin-top: 0; }
        h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; margin-top: 2rem; }
        .cards { display: flex; flex-wrap: wrap; gap: 1rem; }
        .card { border: 1px solid #ddd; border-radius: 6px; padding: 0.8rem 1rem; min-width: 12rem; }
        .card .label { color: #555; font-size: 0.85rem; }
        .card .value { font-size: 1.4rem; font-weight: bold; }
        .card .context { color: #555; font-size: 0.85rem; }
        table { border-collapse: collapse; font-size: 0.9rem; }
        th, td { border-bottom: 1px solid #e2e2e2; padding: 0.25rem 0.6rem; text-align: right; }
        th:first-child, td:first-child { text-align: left; }
        .note, figcaption { color: #555; font-size: 0.85rem; }
        figure { margin: 0; }
        figure svg { max-width: 100%; height: auto; }
        """;

    /// <summary>The page as a complete HTML document.</summary>
    /// <exception cref="ArgumentException">A figure's SVG is not an SVG document, or would load something from elsewhere.</exception>
    public static string Write(ReportPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<title>").Append(Encode(page.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Encode(page.Title)).Append("</h1>\n<p class=\"subtitle\">").Append(Encode(page.Subtitle)).Append("</p>\n");
        foreach (var section in page.Sections)
        {
            html.Append("<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            switch (section)
            {
                case HeadlineSection headlines:
                    WriteHeadlines(html, headlines);
                    break;
                case TableSection table:
                    WriteTable(html, table);
                    break;
                case FigureSection figure:
                    WriteFigure(html, figure);
                    break;
                case TextSection text:
                    foreach (var paragraph in text.Paragraphs)
                    {
                        html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
                    }

                    break;
                default:
                    throw new ArgumentException($"unknown section type {section.GetType().Name}", nameof(page));
            }

            html.Append("</section>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void WriteHeadlines(StringBuilder html, HeadlineSection section)
    {
        html.Append("<div class=\"cards\">\n");
        foreach (var figure in section.Figures)
        {
            html.Append("<div class=\"card\"><div class=\"label\">").Append(Encode(figure.Label)).Append("</div><div class=\"value\">")
                .Append(Encode(figure.Value)).Append("</div>");
            if (figure.Context is { } context)
            {
                html.Append("<div class=\"context\">").Append(Encode(context)).Append("</div>");
            }

            html.Append("</div>\n");
        }

        html.Append("</div>\n");
    }

    private static void WriteTable(StringBuilder html, TableSection table)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            if (row.Count != table.Columns.Count)
            {
                throw new ArgumentException($"table '{table.Heading}': a row has {row.Count} cells for {table.Columns.Count} columns", nameof(table));
            }

            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (table.Note is { } note)
        {
            html.Append("<p class=\"note\">").Append(Encode(note)).Append("</p>\n");
        }
    }

    private static void WriteFigure(StringBuilder html, FigureSection figure)
    {
        var svg = figure.Svg;
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"figure '{figure.Heading}': not an SVG document", nameof(figure));
        }

        // Charts come from ScottPlot; refuse anything that would make the file depend on the network or run code.
        if (External().IsMatch(svg))
        {
            throw new ArgumentException($"figure '{figure.Heading}': the SVG refers to an external resource or a script", nameof(figure));
        }

        html.Append("<figure>\n").Append(svg, start, svg.Length - start).Append("\n<figcaption>").Append(Encode(figure.Caption)).Append("</figcaption>\n</figure>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"<script|<foreignObject|(href|src)\s*=\s*[""'](?!#|data:)|url\(\s*['""]?(?!#|data:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex External();
}
