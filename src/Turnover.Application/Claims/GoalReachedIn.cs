using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A goal named with a month or part of a year ("passed the $200 billion goal in November") was judged as the goal,
/// not as that period's figure: the period says when the goal was reached. The note gives the text's words and the
/// month the figures first reach it (null: not reached by them).
/// </summary>
/// <param name="Words">The period as the text gives it ("in November").</param>
/// <param name="Stated">The period the words were read as.</param>
/// <param name="MetIn">The month the stored figures first reach the goal; null when they do not.</param>
public sealed record GoalReachedIn(string Words, Period Stated, Period? MetIn) : ClaimNote;
