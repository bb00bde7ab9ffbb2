using Turnover.Testing;

namespace Turnover.Application.Tests;

public sealed class ConsistencyTests
{
    // Deliberate exceptions, each exactly as the failure reports it, with a comment why. None so far.
    private static readonly string[] s_allowed = [];

    [Fact]
    public void When_public_types_are_reflected_then_classes_are_sealed_and_structs_are_readonly_and_equatable()
    {
        var violations = TypeConsistency.Violations(typeof(SeriesQuery).Assembly, s_allowed);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
