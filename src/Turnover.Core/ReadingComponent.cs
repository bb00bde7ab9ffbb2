namespace Turnover.Core;

/// <summary>
/// One input that decides the values read from a file: the file's bytes, the format, a mapping, an exchange-rate
/// file, a setting. A release's identity is its ordered list of components (<see cref="ReleaseReading"/>).
/// </summary>
/// <param name="Name">What the input is, e.g. <c>bytes</c>, <c>format</c>, <c>mapping</c>, <c>rates</c>.</param>
/// <param name="Label">What to show: a file name, or the setting's value.</param>
/// <param name="Fingerprint">What identifies it: a file's lower-case hex SHA-256, or the setting's value. File names are not part of it, so a renamed copy reads the same.</param>
public readonly record struct ReadingComponent(string Name, string Label, string Fingerprint)
{
    /// <summary>The component for a file: its name as label and the SHA-256 of its bytes as fingerprint.</summary>
    public static ReadingComponent OfFile(string name, string fileName, string sha256) => new(name, fileName, sha256);

    /// <summary>The component for a setting: its value is both label and fingerprint.</summary>
    public static ReadingComponent OfSetting(string name, string value) => new(name, value, value);
}
