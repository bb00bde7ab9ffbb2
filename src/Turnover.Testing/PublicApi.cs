using System.Reflection;
using PublicApiGenerator;

namespace Turnover.Testing;

/// <summary>An assembly's public API as text, for a golden-file snapshot (<see cref="Golden"/>).</summary>
public static class PublicApi
{
    /// <summary>The public API of <paramref name="assembly"/>, without the build settings that are not API.</summary>
    public static string Of(Assembly assembly) => assembly.GeneratePublicApi(new ApiGeneratorOptions
    {
        // Which assemblies see internals and which framework was targeted are build settings, not API.
        ExcludeAttributes =
        [
            "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            "System.Runtime.Versioning.TargetFrameworkAttribute",
        ],
    });
}
