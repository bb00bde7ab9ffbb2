using BenchmarkDotNet.Attributes;
using Turnover.Claims;

namespace Turnover.Benchmarks;

/// <summary>BenchmarkDotNet: one extraction of the megabyte of mixed news.</summary>
[MemoryDiagnoser]
public sealed class ClaimsMicro
{
    private string _text = string.Empty;

    [GlobalSetup]
    public void Setup() => _text = ClaimsText.Build(ClaimsText.DefaultDataFolder(), 1_000_000);

    [Benchmark]
    public int ExtractMegabyte() => ClaimExtractor.Extract(_text).Claims.Count;
}
