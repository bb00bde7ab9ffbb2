using System.Buffers;
using Turnover.Core;

namespace Turnover.Ingest.Comtrade;

/// <summary>
/// Comtrade flow codes. Comtrade+ uses letters (M, X, RM, RX, plus sub-flows such as DX domestic exports, FM foreign
/// imports, MIP/XIP/MOP/XOP processing trade); the legacy layout uses numbers 1–4.
/// </summary>
internal static class ComtradeFlows
{
    private static readonly SearchValues<char> s_upperLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The outcome of reading a flow code.</summary>
    public enum Kind
    {
        /// <summary>One of the four main flows.</summary>
        Main,

        /// <summary>A Comtrade+ sub-flow: part of a main flow, so storing it beside the main flow would double count.</summary>
        SubFlow,

        /// <summary>Not a flow code at all.</summary>
        Invalid,
    }

    public static Kind Read(ReadOnlySpan<char> code, out Flow flow)
    {
        flow = default;
        switch (code)
        {
            case "M" or "m" or "1":
                flow = Flow.Import;
                return Kind.Main;
            case "X" or "x" or "2":
                flow = Flow.Export;
                return Kind.Main;
            case "RX" or "rx" or "3":
                flow = Flow.ReExport;
                return Kind.Main;
            case "RM" or "rm" or "4":
                flow = Flow.ReImport;
                return Kind.Main;
        }

        // Comtrade+ sub-flow codes are short upper-case words; anything else is a defect, not a flow we skip.
        return code.Length is >= 1 and <= 4 && !code.ContainsAnyExcept(s_upperLetters) ? Kind.SubFlow : Kind.Invalid;
    }
}
