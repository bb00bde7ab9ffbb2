using Xunit.Abstractions;
using Xunit.Sdk;

namespace Turnover.Store.ClickHouse.Tests;

/// <summary>
/// A fact of the shared suite: run on every back-end, but skipped with the reason on a ClickHouse class
/// (<see cref="IClickHouseSuite"/>) when no ClickHouse server can be had (<see cref="ClickHouseServer.UnavailableReason"/>,
/// or <see cref="ClickHouseCluster.UnavailableReason"/> on the cluster's classes).
/// </summary>
[XunitTestCaseDiscoverer("Turnover.Store.ClickHouse.Tests.BackendFactDiscoverer", "Turnover.Store.ClickHouse.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class BackendFactAttribute : FactAttribute
{
    /// <summary>The test stops and starts the server itself: skipped when the server is one given by TURNOVER_TEST_CLICKHOUSE.</summary>
    public bool NeedsOwnServer { get; set; }
}

/// <summary>Marks a test class that needs a ClickHouse server.</summary>
public interface IClickHouseSuite;

/// <summary>Marks a test class that needs the 2-shard cluster (<see cref="ClickHouseCluster"/>).</summary>
public interface IClickHouseClusterSuite : IClickHouseSuite;

/// <summary>Decides per test class (the method may be inherited from the abstract suite) whether it can run.</summary>
public sealed class BackendFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    /// <inheritdoc />
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        ArgumentNullException.ThrowIfNull(factAttribute);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var type = testMethod.TestClass.Class.ToRuntimeType();
        var onClickHouse = type is not null && typeof(IClickHouseSuite).IsAssignableFrom(type);
        var onCluster = type is not null && typeof(IClickHouseClusterSuite).IsAssignableFrom(type);
        var reason = !onClickHouse ? null
            : onCluster ? ClickHouseCluster.UnavailableReason
            : ClickHouseServer.UnavailableReason
              ?? (factAttribute.GetNamedArgument<bool>(nameof(BackendFactAttribute.NeedsOwnServer)) && ClickHouseServer.Given is not null
                  ? $"stops and starts the server itself, and {ClickHouseServer.Variable} names one it must not stop"
                  : null);
        return reason is null
            ? [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)]
            : [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)];
    }
}
