using Turnover.Ingest;

namespace Turnover.Cli.Rendering;

/// <summary>
/// Text from input files (file names, datasets, reasons, evidence, messages) made safe to show: control characters
/// escaped, so a cell holding <c>ESC[2J</c> cannot clear the terminal, and, for Spectre, markup brackets escaped, so
/// a name holding <c>[red]</c> prints as it is instead of styling or failing the table.
/// </summary>
internal static class Escape
{
    /// <summary>For Spectre markup (table cells, <c>MarkupLine</c>).</summary>
    public static string Markup(string text) => Spectre.Console.Markup.Escape(Echo.Controls(text));

    /// <summary>For plain writers (the error stream).</summary>
    public static string Plain(string text) => Echo.Controls(text);
}
