using System.Globalization;

namespace Turnover.Fuzz;

/// <summary>"--name value" pairs, a name possibly repeated: the harness's few options need no parser library.</summary>
internal sealed class Options
{
    private readonly List<(string Name, string Value)> _pairs = [];

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"expected '--name value', found '{args[i]}'");
            }

            options._pairs.Add((args[i], args[++i]));
        }

        return options;
    }

    public IReadOnlyList<string> All(string name) => [.. _pairs.Where(p => p.Name == name).Select(p => p.Value)];

    public string One(string name) => All(name) is [var value] ? value : throw new ArgumentException($"{name} is required once");

    public int Int(string name, int fallback) => All(name) is [.., var v] ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public long Long(string name, long fallback) => All(name) is [.., var v] ? long.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) => All(name) is [.., var v] ? double.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
