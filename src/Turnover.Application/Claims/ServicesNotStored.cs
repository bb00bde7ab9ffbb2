namespace Turnover.Application;

/// <summary>
/// The text says goods and services; the store holds goods (merchandise) trade only. The claim is judged on the goods
/// figure, which confirms a goods count loosely called "goods and services" but cannot show a count with services wrong.
/// </summary>
/// <param name="Words">The text's words ("goods and services", "товаров и услуг", "货物和服务").</param>
public sealed record ServicesNotStored(string Words) : ClaimNote;
