namespace Turnover.Application;

/// <summary>
/// The file's identity (its hash, or an input that decides how it reads) could not be computed: thrown from the
/// reading the store computes beside the load, caught by <see cref="IngestFiles"/> as a refusal with this message.
/// </summary>
internal sealed class ReadingRefusedException(string message) : Exception(message);
