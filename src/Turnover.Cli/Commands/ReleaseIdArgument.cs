using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Turnover.Cli.Commands;

/// <summary>
/// The ID of <c>release show ID</c> and <c>release retract ID</c>: a whole number from 1, the id column of
/// <c>turnover release list</c>; "#3", as other output cites a release, is read as 3.
/// </summary>
internal static class ReleaseIdArgument
{
    public static Argument<int> Create() => new("id")
    {
        Description = "Release id: the number in the id column of 'turnover release list' (1, 2, …; #3 is read as 3)",
        CustomParser = Parse,
    };

    // The parser's own message ("Cannot parse argument 'abc' for command 'show' as expected type 'System.Int32'")
    // names a .NET type, not what an id looks like or where to find one.
    private static int Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var digits = text.Trim().TrimStart('#');
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }

        result.AddError(
            $"a release id is a whole number from 1, as in the id column of 'turnover release list' (other output cites release 3 as #3); '{text}' is not one.");
        return 0;
    }
}
