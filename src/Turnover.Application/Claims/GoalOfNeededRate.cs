using Turnover.Core;

namespace Turnover.Application;

/// <summary>
/// A rate the text says a goal needs names no goal of its own ("To reach that goal, trade would have to grow by 3.6% a
/// year"): the goal is the claim just before it, in its own sentence or the one before.
/// </summary>
/// <param name="GoalUsd">The goal's amount in US dollars.</param>
/// <param name="Deadline">The goal's year.</param>
/// <param name="Sentence">The sentence the goal was taken from, as in the text.</param>
public sealed record GoalOfNeededRate(decimal GoalUsd, Period Deadline, string Sentence) : ClaimNote;
