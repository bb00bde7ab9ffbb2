namespace Turnover.Charts;

/// <summary>The image formats a chart is written in.</summary>
public enum ChartFormat
{
    /// <summary>A raster image (PNG).</summary>
    Png,

    /// <summary>A vector image (SVG), text kept as text.</summary>
    Svg,
}

/// <summary>Chooses a chart format from a file name.</summary>
public static class ChartFormats
{
    /// <summary>The format a file name's extension asks for (.png or .svg, any case); null for any other.</summary>
    public static ChartFormat? FromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return System.IO.Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PNG" => ChartFormat.Png,
            ".SVG" => ChartFormat.Svg,
            _ => null,
        };
    }
}
