using Turnover.Application;
using Turnover.Presentation.Wording;

namespace Turnover.Web.Internal;

/// <summary>The web's pointers after a failure: the endpoint (under <c>/api</c>) that shows what is missing.</summary>
internal sealed class WebHints : HintWording
{
    public static readonly WebHints Instance = new();

    private WebHints()
    {
    }

    public override string Pointer(FailureHint hint) => hint switch
    {
        FailureHint.StoreContents => "; GET /api/info shows what the store holds",
        FailureHint.Releases => "; GET /api/info lists the releases",
        FailureHint.Targets => " (GET /api/targets lists them)",
        FailureHint.TargetCheck => "; GET /api/targets/check?name=… measures its progress",
        // The web API adds targets but removes none: the pointer would lead nowhere.
        _ => string.Empty,
    };

    public override string Parameter(RequestParameter parameter) => parameter switch
    {
        RequestParameter.Top => "top",
        RequestParameter.ArticleSource => "source",
        RequestParameter.AsOf => "asOf",
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "a request parameter the web does not name"),
    };
}
