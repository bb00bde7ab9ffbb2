namespace Turnover.Analytics.Forecasting;

/// <summary>
/// The method behind a forecast once fitted, as facts: its family, the ETS form chosen, whether Theta adjusted for
/// the season, and a combination's members with their weights. The renderers word it (e.g. "ETS(M,Ad,M)").
/// </summary>
public sealed record ForecastMethod
{
    private ForecastMethod(ForecastFamily family, EtsModel? form, bool seasonallyAdjusted, IReadOnlyList<ForecastMethodPart> parts)
    {
        Family = family;
        Form = form;
        SeasonallyAdjusted = seasonallyAdjusted;
        Parts = parts;
    }

    /// <summary>Naive: the last observation repeated.</summary>
    public static ForecastMethod Naive { get; } = new(ForecastFamily.Naive, null, false, []);

    /// <summary>Seasonal naive: the last observation of the same season repeated.</summary>
    public static ForecastMethod SeasonalNaive { get; } = new(ForecastFamily.SeasonalNaive, null, false, []);

    /// <summary>Random walk with drift.</summary>
    public static ForecastMethod Drift { get; } = new(ForecastFamily.Drift, null, false, []);

    /// <summary>Random walk with drift on the seasonally adjusted series, the season multiplied back in.</summary>
    public static ForecastMethod SeasonallyAdjustedDrift { get; } = new(ForecastFamily.Drift, null, true, []);

    /// <summary>What kind of method.</summary>
    public ForecastFamily Family { get; }

    /// <summary>The ETS form fitted (<see cref="ForecastFamily.Ets"/>); null for the family as a whole, and for other families.</summary>
    public EtsModel? Form { get; }

    /// <summary>True when Theta or drift ran on seasonally adjusted data; false otherwise.</summary>
    public bool SeasonallyAdjusted { get; }

    /// <summary>A combination's members in order, with their weights where it weighs them; empty for a single method.</summary>
    public IReadOnlyList<ForecastMethodPart> Parts { get; }

    /// <summary>ETS of <paramref name="form"/>, or the ETS family as a whole when <paramref name="form"/> is null.</summary>
    public static ForecastMethod Ets(EtsModel? form) => new(ForecastFamily.Ets, form, false, []);

    /// <summary>The Theta method, on seasonally adjusted data or not.</summary>
    public static ForecastMethod Theta(bool seasonallyAdjusted) => new(ForecastFamily.Theta, null, seasonallyAdjusted, []);

    /// <summary>ETS forms combined with Akaike weights, heaviest first as given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="forms"/> is null.</exception>
    public static ForecastMethod AkaikeWeightedEts(IEnumerable<(EtsModel Form, double Weight)> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        return new(ForecastFamily.AkaikeWeightedEts, null, false, [.. forms.Select(f => new ForecastMethodPart(Ets(f.Form), f.Weight))]);
    }

    /// <summary>An equal-weight combination of <paramref name="members"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    public static ForecastMethod Ensemble(IEnumerable<ForecastMethod> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return new(ForecastFamily.Ensemble, null, false, [.. members.Select(m => new ForecastMethodPart(m, null))]);
    }

    /// <summary>A combination of members with the weights found on a holdout.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    public static ForecastMethod WeightedEnsemble(IEnumerable<(ForecastMethod Method, double Weight)> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return new(ForecastFamily.WeightedEnsemble, null, false, [.. members.Select(m => new ForecastMethodPart(m.Method, m.Weight))]);
    }

    /// <summary>True when this method or one of its members (at any depth) is of <paramref name="family"/>.</summary>
    public bool Involves(ForecastFamily family) => Family == family || Parts.Any(p => p.Method.Involves(family));

    /// <summary>Equal when family, form, adjustment and members (in order, with weights) are.</summary>
    public bool Equals(ForecastMethod? other) =>
        other is not null && Family == other.Family && Form == other.Form && SeasonallyAdjusted == other.SeasonallyAdjusted && Parts.SequenceEqual(other.Parts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Family, Form, SeasonallyAdjusted, Parts.Count);
}
