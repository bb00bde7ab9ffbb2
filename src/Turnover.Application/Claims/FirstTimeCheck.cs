namespace Turnover.Application;

/// <summary>
/// Whether a threshold the text says was crossed for the first time ("exceeded $200 billion for the first time") was
/// never reached before: every earlier stored figure of the same kind at most the threshold (the periods compared as
/// for <see cref="RecordCheck"/>). It can only be confirmed as far back as the store goes.
/// </summary>
/// <param name="Holds">No earlier figure compared is above the threshold.</param>
/// <param name="ThresholdUsd">The amount the text says was crossed, in US dollars.</param>
/// <param name="Earlier">The earlier figures compared: the first, how many, and the highest (its <c>Holds</c> says whether the figure is also a record).</param>
public sealed record FirstTimeCheck(bool Holds, decimal ThresholdUsd, RecordCheck Earlier);
