using System.Diagnostics.CodeAnalysis;

namespace Turnover.Application;

/// <summary>
/// A use case's result: a value, or the <see cref="Application.Failure"/> that stopped it (in the style of NodaTime's
/// <c>ParseResult</c>). Expected failures travel as values; only programmer errors and store failures throw.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
public readonly record struct Outcome<T>
{
    private readonly T? _value;
    private readonly Failure? _failure;
    private readonly bool _succeeded;

    private Outcome(T value, Failure? failure) => (_value, _failure, _succeeded) = (value, failure, failure is null);

    // Outcome.Of calls this: a conversion from an interface-typed value is never applied implicitly.
    internal static Outcome<T> Success(T value) => new(value, null);

    /// <summary>The failure; null when the use case succeeded. A <c>default</c> outcome, which no use case returns, is a failure too.</summary>
    public Failure? Failure => _succeeded ? null : _failure ?? new Failure(FailureKind.BadInput, "no outcome: an uninitialised Outcome was read");

    /// <summary>True when there is a value.</summary>
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => _succeeded;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The use case failed: check <see cref="Succeeded"/> or use <see cref="TryGetValue"/> first.</exception>
    public T Value => Succeeded ? _value! : throw new InvalidOperationException($"the use case failed ({Failure.Kind}): {Failure.Message}");

    /// <summary>A success.</summary>
    public static implicit operator Outcome<T>(T value) => new(value, null);

    /// <summary>A failure.</summary>
    public static implicit operator Outcome<T>(Failure failure) => new(default!, failure ?? throw new ArgumentNullException(nameof(failure)));

    /// <summary>The value when there is one.</summary>
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return Succeeded;
    }

    /// <summary>The next step on the value, or this failure unchanged.</summary>
    public Outcome<TNext> Then<TNext>(Func<T, Outcome<TNext>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Succeeded ? next(_value!) : Failure;
    }

    /// <summary>The value transformed, or this failure unchanged.</summary>
    public Outcome<TNext> Map<TNext>(Func<T, TNext> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Succeeded ? Outcome<TNext>.Success(map(_value!)) : Failure;
    }
}
