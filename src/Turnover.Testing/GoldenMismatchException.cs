namespace Turnover.Testing;

/// <summary>A snapshot did not match its verified text.</summary>
public sealed class GoldenMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoldenMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public GoldenMismatchException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public GoldenMismatchException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
