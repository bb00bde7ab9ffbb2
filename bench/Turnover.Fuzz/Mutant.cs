namespace Turnover.Fuzz;

/// <summary>A mutated copy of a real file: its bytes, whether they are gzipped, and what was done, to replay it.</summary>
internal sealed record Mutant(byte[] Bytes, bool Gzipped, string Description);
