using Microsoft.Playwright;
using Turnover.Testing;

namespace Turnover.Web.Tests;

/// <summary>
/// The dashboard in a real browser: Debian's Chromium driven by Playwright (its own browser download is blocked
/// here, so the test names the executable). Saves the screenshot the README shows (docs/images/dashboard.png).
/// </summary>
[Collection(DemoStoreCollection.Name)]
public sealed class DashboardBrowserTests(DemoStore demo)
{
    [ChromiumFact]
    public async Task When_china_russia_is_chosen_then_the_chart_the_growth_table_and_the_200bn_verdict_show()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Executable, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 1500 } });
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(demo.ReadOnly.Addresses[0].ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        await page.SelectOptionAsync("#pair", new SelectOptionValue { Label = "China – Russian Federation" });
        var row = page.Locator("#targets tbody tr[data-target='cn-ru-200bn-2024']");
        await row.WaitForAsync(new() { Timeout = 120_000 });
        await page.WaitForSelectorAsync("#chart[data-loaded=true]", new() { Timeout = 60_000 });

        Assert.Equal("met", await row.Locator(".verdict").TextContentAsync());
        Assert.Contains("China–Russian Federation", await page.TextContentAsync("#title"), StringComparison.Ordinal);
        Assert.True(await page.EvalOnSelectorAsync<int>("#chart", "img => img.naturalWidth") > 0, "the chart image did not load");
        Assert.Contains("2024", await page.TextContentAsync("#growth tbody"), StringComparison.Ordinal);
        Assert.True(await page.IsHiddenAsync("#claims"), "the claims box shows although the server cannot judge claims");
        Assert.Empty(errors);

        var images = Path.Combine(RepoPaths.Root, "docs", "images");
        Directory.CreateDirectory(images);
        await page.ScreenshotAsync(new() { Path = Path.Combine(images, "dashboard.png"), FullPage = true });
    }
}

/// <summary>A fact that runs where Debian's Chromium is installed (.ci/run installs it) and is skipped, saying why, elsewhere.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Executable))
        {
            Skip = $"{Executable} is missing: install Debian's chromium (apt-get install -y chromium) to run the dashboard in a browser.";
        }
    }
}
