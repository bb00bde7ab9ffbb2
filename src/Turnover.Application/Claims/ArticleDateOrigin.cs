namespace Turnover.Application;

/// <summary>Where the date a text's claims were judged as of came from.</summary>
public enum ArticleDateOrigin
{
    /// <summary>Given with the request (<c>--date</c> on the command line, <c>date</c> over HTTP).</summary>
    Given,

    /// <summary>Read from the text's dateline.</summary>
    Dateline,

    /// <summary>Neither: today was assumed, and the answer says so.</summary>
    AssumedToday,
}
