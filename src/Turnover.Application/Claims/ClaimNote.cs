namespace Turnover.Application;

/// <summary>What else the reader should know about how a claim was read or judged, as facts: the renderers word it.</summary>
public abstract record ClaimNote;
