using System.Globalization;
using System.Text.Json;
using Turnover.Testing;

namespace Turnover.Cli.Tests;

/// <summary><c>turnover forecast</c> on the bundled real data: the fan per month and per year, the model, and what it was fitted on.</summary>
public sealed class ForecastCommandTests
{
    [Fact]
    public void When_china_russia_is_forecast_by_year_as_of_the_seed_article_then_2022_adds_the_observed_months_to_the_simulated_december()
    {
        using var cli = new CliRun(200, new StoppedClock(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, wrapped, _, error) = cli.Run("forecast", "CHN", "RUS", "--freq", "year", "--as-of", "2022-12-30");
        var console = Flat(wrapped);

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("China–Russian Federation trade turnover, forecast after 2022-11 by calendar year, US$ bn, as reported by China (China's customs, GACC)", console, StringComparison.Ordinal);
        Assert.Contains("2022: January to 2022-11 as observed (172.400 bn) plus the simulated rest of the year.", console, StringComparison.Ordinal);
        Assert.Contains("the default method", console, StringComparison.Ordinal);
        // 66 steps from 2016-12 to 2022-11 (January-February one), 23 with a figure: the span alone read as every month of it.
        Assert.Contains("Fitted on 23 monthly figures, 2016-12 to 2022-11 (43 steps between them unpublished, left missing), as published by 2022-12-30, of China's customs, GACC (release #1 china_russia.csv)", console.ReplaceLineEndings(" "), StringComparison.Ordinal);
        // Two calendar years: the unfinished 2022 and 2023; no month table by year.
        Assert.Contains("│ 2023 │", wrapped, StringComparison.Ordinal);
        Assert.DoesNotContain("│ month", console, StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_forecast_table_is_printed_then_it_says_what_the_point_forecast_is_for_the_method_used()
    {
        using var cli = new CliRun(200, new StoppedClock(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
        cli.Run("ingest", Bundled.ChinaRussia);
        cli.Run("ingest", Bundled.KoreaChina);

        var young = Flat(cli.Run("forecast", "CHN", "RUS", "--as-of", "2023-06-30", "--horizon", "3").Console);
        var theta = Flat(cli.Run("forecast", "CHN", "RUS", "--as-of", "2023-06-30", "--horizon", "3", "--method", "theta").Console);
        var scored = Flat(cli.Run("forecast", "KOR", "CHN", "--horizon", "3").Console);
        var (_, _, json, _) = cli.Run("forecast", "KOR", "CHN", "--horizon", "3", "--format", "json");

        // ets-drift (the default) mixes ETS and drift in its paths and weighs ETS against Theta for its point forecast,
        // with the weights it used and what they were scored on; the other methods average their paths.
        Assert.Contains("mean: the point forecast (ETS AICc-weighted 0.50 and Theta 0.50, the prior weights: no earlier year end of this series to weigh them on);", young, StringComparison.Ordinal);
        Assert.Contains("mean: the point forecast (the average of the simulated paths);", theta, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var point = document.RootElement.GetProperty("model").GetProperty("point");
        var members = point.GetProperty("members").EnumerateArray().ToList();
        var (etsShare, thetaShare) = (members[0].GetProperty("weightPct").GetDecimal() / 100, members[1].GetProperty("weightPct").GetDecimal() / 100);
        Assert.Equal(1m, etsShare + thetaShare);
        Assert.NotEqual(0.5m, thetaShare);
        Assert.StartsWith("Theta", members[1].GetProperty("fitted").GetString(), StringComparison.Ordinal);
        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"mean: the point forecast (ETS AICc-weighted {etsShare:0.00} and {members[1].GetProperty("fitted").GetString()} {thetaShare:0.00}, weighed by how each forecast this series after {point.GetProperty("scoredOrigins").GetInt32()} of its earlier year ends);"),
            scored,
            StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_forecast_is_asked_as_json_then_every_interval_is_nested_and_the_year_holds_its_observed_months()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, output, error) = cli.Run("forecast", "CHN", "RUS", "--as-of", "2023-06-30", "--horizon", "7", "--method", "ets", "--format", "json");

        Assert.Equal((0, string.Empty), (exit, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("turnover.forecast/2", root.GetProperty("contract").GetString());
        Assert.Equal(("named", "ETS (AICc)"), (root.GetProperty("model").GetProperty("chosen").GetString(), root.GetProperty("model").GetProperty("method").GetString()));
        Assert.StartsWith("ETS(", root.GetProperty("model").GetProperty("fitted").GetString(), StringComparison.Ordinal);
        Assert.Equal("2023-05", root.GetProperty("fittedOn").GetProperty("through").GetString());
        // 71 steps from 2016-12 to 2023-05 (January-February one each year), 28 with a figure.
        Assert.Equal((28, 43), (root.GetProperty("fittedOn").GetProperty("observations").GetInt32(), root.GetProperty("fittedOn").GetProperty("unpublishedSteps").GetInt32()));
        var steps = root.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11", "2023-12"], steps.Select(s => s.GetProperty("period").GetString()));
        foreach (var s in steps.Concat(root.GetProperty("years").EnumerateArray()))
        {
            var q = new[] { "lower95Usd", "lower80Usd", "medianUsd", "upper80Usd", "upper95Usd" }.Select(n => s.GetProperty(n).GetDecimal()).ToList();
            Assert.Equal(q.Order(), q);
            Assert.True(s.GetProperty("meanUsd").GetDecimal() > 0);
        }

        // 2023: January–May as published plus the seven simulated months, so every path is above the observed part.
        var year = Assert.Single(root.GetProperty("years").EnumerateArray());
        Assert.Equal("2023", year.GetProperty("period").GetString());
        var observed = root.GetProperty("observedYearToDateUsd").GetDecimal();
        Assert.True(year.GetProperty("lower95Usd").GetDecimal() > observed, string.Create(CultureInfo.InvariantCulture, $"{year} vs {observed}"));
    }

    [Fact]
    public void When_the_same_forecast_is_asked_twice_then_the_seeded_paths_give_the_same_numbers()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.KoreaChina);

        var first = cli.Run("forecast", "KOR", "CHN", "--flow", "exports", "--format", "json");
        var second = cli.Run("forecast", "KOR", "CHN", "--flow", "exports", "--format", "json");

        Assert.Equal(0, first.Exit);
        Assert.Equal(first.Out, second.Out);
        Assert.Contains("\"iso3\": \"KOR\"", first.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--horizon", "0", "the horizon must be 1 to 120 months, not 0.")]
    [InlineData("--freq", "year", "--horizon", "11", "the horizon must be 1 to 10 years, not 11.")]
    public void When_the_horizon_is_out_of_range_then_the_error_says_the_range(params string[] args)
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, _, error) = cli.Run(["forecast", "CHN", "RUS", .. args[..^1]]);

        Assert.Equal(1, exit);
        Assert.Contains(args[^1], error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_reporter_is_neither_country_then_the_forecast_is_refused_as_series_refuses_it()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, _, _, error) = cli.Run("forecast", "CHN", "RUS", "--reporter", "USA");

        Assert.Equal(1, exit);
        Assert.Equal("error: the reporter USA is neither China nor Russian Federation.", error.Trim());
    }

    [Fact]
    public void When_the_source_holds_only_years_then_the_forecast_is_refused_saying_the_models_need_months()
    {
        using var cli = new CliRun();
        cli.Run("ingest", RepoPaths.Fixture("baci", "BACI_HS92_Y2021_V202301.csv"));

        var (exit, _, _, error) = cli.Run("forecast", "AFG", "CHN");

        Assert.Equal(1, exit);
        Assert.Contains("hold no monthly figure of this flow", error, StringComparison.Ordinal);
        Assert.Contains("the models forecast months.", error, StringComparison.Ordinal);
    }

    // Console lines wrap at the console's width: the sentences are compared with their line breaks as spaces.
    [Fact]
    public void When_the_series_holds_one_monthly_figure_then_the_forecast_is_refused_naming_how_many_figures_the_model_needs()
    {
        // As of 2017-01-20 China's customs had published one month of the bundled series (2016-12): the forecast showed
        // intervals of no width (7.160–7.160), a certainty one figure cannot give, and its mean line named Theta where
        // its model line named drift.
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, error) = cli.Run("forecast", "CHN", "RUS", "--as-of", "2017-01-20", "--horizon", "3");
        var drift = cli.Run("forecast", "CHN", "RUS", "--as-of", "2017-01-20", "--method", "drift");
        var snaive = cli.Run("forecast", "CHN", "RUS", "--as-of", "2017-01-20", "--method", "snaive");

        Assert.Equal((1, string.Empty), (exit, console));
        Assert.Equal(
            "error: China's statistics (Gacc) hold 1 monthly figure of this flow with Russian Federation published by 2017-01-20: too few for the model to estimate "
            + "how far a forecast may stray, and intervals of no width, or resting on a single change, would show it as surer than the figures can; it needs at least 3 in consecutive months.",
            error.Trim());
        Assert.EndsWith("it needs at least 3 in consecutive months.", drift.Error.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("it needs at least 14 in consecutive months.", snaive.Error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_series_holds_a_single_change_between_consecutive_months_then_no_interval_rests_on_it()
    {
        // As of 2019-06-30 the bundled series holds 2016-12, 2017-12, 2018-12 and 2019-01..02: one change between
        // consecutive steps. The default printed 2019's 80% interval as 51.215–146.100 bn from that change alone, and
        // target check a chance read off the same paths.
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, error) = cli.Run("forecast", "CHN", "RUS", "--as-of", "2019-06-30", "--freq", "year");
        var target = cli.Run("target", "check", "cn-ru-200bn-2020", "--as-of", "2019-06-30", "--reporter", "CHN");

        Assert.Equal((1, string.Empty), (exit, console));
        Assert.Equal(
            "error: China's statistics (Gacc) hold 4 monthly figures of this flow with Russian Federation published by 2019-06-30: too few for the model to estimate "
            + "how far a forecast may stray, and intervals of no width, or resting on a single change, would show it as surer than the figures can; it needs at least 3 in consecutive months.",
            error.Trim());
        Assert.Contains(
            "(no model run: 4 monthly figures, too few for the model to estimate a spread (it needs 3 in consecutive months)",
            System.Text.RegularExpressions.Regex.Replace(target.Console, @"\s+", " "),
            StringComparison.Ordinal);
    }

    [Fact]
    public void When_a_target_is_checked_on_one_monthly_figure_then_no_model_chance_is_given_and_the_verdict_says_why()
    {
        // It gave "off track: 0% chance of $200 bn by 2020" from 2,000 identical paths.
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var (exit, console, _, _) = cli.Run("target", "check", "cn-ru-200bn-2020", "--as-of", "2017-01-20", "--reporter", "CHN");
        var (_, _, json, _) = cli.Run("target", "check", "cn-ru-200bn-2020", "--as-of", "2017-01-20", "--reporter", "CHN", "--format", "json");
        var prose = System.Text.RegularExpressions.Regex.Replace(console, @"\s+", " ");

        Assert.Equal(0, exit);
        Assert.Contains(
            "verdict: open: no \"at this rate\" projection reaches $200 bn by 2020 (no model run: 1 monthly figure, too few for the model to estimate a spread "
            + "(it needs 3 in consecutive months): a chance read off its paths would be 0% or 100%)",
            prose,
            StringComparison.Ordinal);
        Assert.DoesNotContain("simulated paths", prose, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var report = document.RootElement.GetProperty("checks")[0].GetProperty("reports")[0];
        Assert.Equal(JsonValueKind.Null, report.GetProperty("model").ValueKind);
        Assert.Contains("no model run: 1 monthly figure", report.GetProperty("verdictText").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_mean_is_made_apart_from_the_paths_then_the_model_line_says_it_is_the_model_of_the_paths()
    {
        using var cli = new CliRun();
        cli.Run("ingest", Bundled.ChinaRussia);

        var mixed = Flat(cli.Run("forecast", "CHN", "RUS", "--as-of", "2023-06-30", "--horizon", "3").Console);
        var theta = Flat(cli.Run("forecast", "CHN", "RUS", "--as-of", "2023-06-30", "--horizon", "3", "--method", "theta").Console);

        // The mean line names ETS and Theta, the model line ETS and drift: each now says which numbers it is behind.
        Assert.Contains("mean: the point forecast (ETS AICc-weighted 0.50 and Theta 0.50,", mixed, StringComparison.Ordinal);
        Assert.Contains("Model of the paths (median and intervals): Weighted ensemble(ETS AICc-weighted 0.50 (", mixed, StringComparison.Ordinal);
        Assert.Contains("Model: Theta.", theta, StringComparison.Ordinal);
    }

    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @" *\n", " ");

    [Fact]
    public void When_a_balance_is_asked_then_the_option_is_refused()
    {
        using var cli = new CliRun();

        var (exit, _, _, error) = cli.Run("forecast", "CHN", "RUS", "--flow", "balance");

        Assert.Equal(1, exit);
        Assert.Contains("'balance' not recognized", error, StringComparison.Ordinal);
    }
}
