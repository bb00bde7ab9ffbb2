using Turnover.Testing;

namespace Turnover.Claims.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void When_the_public_api_changes_then_the_snapshot_shows_it()
    {
        Golden.Verify(PublicApi.Of(typeof(ClaimExtractor).Assembly), "PublicApi");
    }

    [Fact]
    public void When_public_types_are_reflected_then_classes_are_sealed_and_structs_are_readonly_and_equatable()
    {
        var violations = TypeConsistency.Violations(typeof(ClaimExtractor).Assembly);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
