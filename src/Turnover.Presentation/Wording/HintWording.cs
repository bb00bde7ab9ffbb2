using Turnover.Application;

namespace Turnover.Presentation.Wording;

/// <summary>
/// How a host points to where the user can look next (<see cref="FailureHint"/>) and names the parts of a request
/// (<see cref="RequestParameter"/>): the command line names a command and its options, the web an endpoint and its
/// query parameters. Each host has one; every other word is shared.
/// </summary>
internal abstract class HintWording
{
    /// <summary>
    /// What follows a sentence to point there, with its separator, e.g. "; see 'turnover info' for what the store
    /// holds"; empty where the host has nothing to point to.
    /// </summary>
    public abstract string Pointer(FailureHint hint);

    /// <summary>The host's name for a part of the request, e.g. "--top" on the command line, "top" on the web.</summary>
    public abstract string Parameter(RequestParameter parameter);

    /// <summary>The failure's message (its facts worded, where it has them) with the host's pointer, as one sentence.</summary>
    public string Message(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var message = failure.Reason is { } reason ? FailureWording.Sentence(reason, this) : failure.Message;
        return failure.Hint is { } hint ? Append(message, hint) : message;
    }

    /// <summary>A sentence with the pointer before its full stop (if it has one).</summary>
    public string Append(string sentence, FailureHint hint)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.EndsWith('.') ? $"{sentence[..^1]}{Pointer(hint)}." : sentence + Pointer(hint);
    }
}
