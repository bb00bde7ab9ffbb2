using Turnover.Application;
using Turnover.Presentation.Wording;

namespace Turnover.Cli;

/// <summary>The command line's pointers after a failure: the command that shows what is missing.</summary>
internal sealed class CommandLineHints : HintWording
{
    public static readonly CommandLineHints Instance = new();

    private CommandLineHints()
    {
    }

    public override string Pointer(FailureHint hint) => hint switch
    {
        FailureHint.StoreContents => "; see 'turnover info' for what the store holds",
        FailureHint.Releases => "; 'turnover release list' shows the releases",
        FailureHint.Targets => " (see 'turnover target list')",
        FailureHint.RemoveTarget => "; remove one with 'turnover target remove'",
        FailureHint.TargetCheck => "; see 'target check'",
        _ => string.Empty,
    };

    public override string Parameter(RequestParameter parameter) => parameter switch
    {
        RequestParameter.Top => "--top",
        RequestParameter.ArticleSource => "--source",
        RequestParameter.AsOf => "--as-of",
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "a request parameter the command line does not name"),
    };
}
