namespace Turnover.Application;

/// <summary>Makes an <see cref="Outcome{T}"/> where the implicit conversions cannot (a value of an interface type).</summary>
public static class Outcome
{
    /// <summary>A success holding <paramref name="value"/>.</summary>
    public static Outcome<T> Of<T>(T value) => Outcome<T>.Success(value);
}
