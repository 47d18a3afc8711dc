using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Tracker.Api.Tests.Dashboard;

/// <summary>
/// The real server on a random loopback port with the seeded SQLite database, and Debian's Chromium driven by
/// Playwright: what a reader of the dashboard has. Screenshots go to TestResults/dashboard/ beside the project.
/// </summary>
public sealed class DashboardBrowser : IAsyncLifetime
{
    public const float Timeout = 30_000;

    private IPlaywright? _playwright;

    public DashboardBrowser()
    {
        // The machine is shared: a page may take longer than Playwright's default 5 s to show what is awaited.
        Assertions.SetDefaultExpectTimeout(Timeout);
        Factory = new TrackerApiFactory(new Dictionary<string, string?> { ["Tracker:Auth:MaxFailedAttempts"] = "100000" });
        Factory.UseKestrel(0);
        Factory.StartServer();
        Address = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public TrackerApiFactory Factory { get; }

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; }

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot, "tests", "Tracker.Api.Tests", "TestResults", "dashboard");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        Factory.Dispose();
    }

    /// <summary>A fresh page (its own context) of the given size; console errors are collected into <paramref name="errors"/>.</summary>
    public async Task<IPage> OpenAsync(string path, List<string>? errors = null, int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(Timeout);
        if (errors is not null)
        {
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    errors.Add(message.Text);
                }
            };
            page.PageError += (_, error) => errors.Add(error);
        }
        await page.GotoAsync(Address + path);
        return page;
    }

    /// <summary>Waits until the map has drawn the statuses of a date ("today" for the current status).</summary>
    public static Task MapReadyAsync(IPage page, string date = "today") =>
        page.Locator($"body[data-map-ready=\"{date}\"]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>Runs axe-core (from the dashboard's own node_modules) on the page for WCAG 2.1 A and AA; returns the violations.</summary>
    public static async Task<List<string>> AxeViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryRoot, "src", "Tracker.Web", "node_modules", "axe-core", "axe.min.js") });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Tracker.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Tracker.sln not found above " + AppContext.BaseDirectory);
    }
}
