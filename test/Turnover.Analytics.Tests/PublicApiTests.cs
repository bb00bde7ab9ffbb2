using PublicApiGenerator;
using Turnover.Testing;

namespace Turnover.Analytics.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void When_the_public_api_changes_then_the_snapshot_shows_it()
    {
        var api = typeof(GrowthAnalysis).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Which assemblies see internals and which framework was targeted are build settings, not API.
            ExcludeAttributes =
            [
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
                "System.Runtime.Versioning.TargetFrameworkAttribute",
            ],
        });

        Golden.Verify(api, "PublicApi");
    }
}
