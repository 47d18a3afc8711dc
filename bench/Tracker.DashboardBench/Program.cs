using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

// The dashboard's first meaningful render from a cold browser: each run starts a new Chromium (empty profile, so
// empty caches), opens the dashboard and reads the time from navigation start to the map drawn with its
// statuses (the page's `tracker:map-ready` mark), with first contentful paint and the bytes transferred.
//   Tracker.DashboardBench <dashboard url> [runs]
var url = args.Length > 0 ? args[0] : "http://127.0.0.1:5098/";
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;

using var playwright = await Playwright.CreateAsync();
var ready = new List<double>();
var paints = new List<double>();
// When each part of the first view had arrived (responseEnd), to see what the render waits for.
var parts = new Dictionary<string, List<double>> { ["script"] = [], ["states paths"] = [], ["first status query"] = [] };
// The page's own marks on the way to the map (main.ts and mapView.ts set them).
var marks = new Dictionary<string, List<double>> { ["tracker:script-start"] = [], ["tracker:states-geometry-ready"] = [], ["tracker:statuses-ready"] = [] };
long transferred = 0;
// One untimed run first: the server is measured warm (as in use), the browser always cold.
for (var run = -1; run < runs; run++)
{
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
    await page.GotoAsync(url);
    await page.WaitForFunctionAsync("() => performance.getEntriesByName('tracker:map-ready').length > 0", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
    var timings = JsonDocument.Parse(await page.EvaluateAsync<string>("""
        () => JSON.stringify({
          ready: performance.getEntriesByName('tracker:map-ready')[0].startTime,
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
          bytes: performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + (e.transferSize || 0), 0),
          script: performance.getEntriesByType('resource').find((e) => /\/assets\/app-.*\.js$/.test(e.name))?.responseEnd ?? -1,
          states: performance.getEntriesByType('resource').find((e) => /\/assets\/states-.*\.json$/.test(e.name))?.responseEnd ?? -1,
          marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
          query: Math.min(...performance.getEntriesByType('resource').filter((e) => e.name.includes('/graphql?')).map((e) => e.responseEnd)),
        })
        """)).RootElement;
    if (run < 0)
    {
        continue;
    }
    ready.Add(timings.GetProperty("ready").GetDouble());
    paints.Add(timings.GetProperty("paint").GetDouble());
    transferred = timings.GetProperty("bytes").GetInt64();
    parts["script"].Add(timings.GetProperty("script").GetDouble());
    parts["states paths"].Add(timings.GetProperty("states").GetDouble());
    parts["first status query"].Add(timings.GetProperty("query").GetDouble());
    foreach (var (name, values) in marks)
    {
        values.Add(timings.GetProperty("marks").TryGetProperty(name, out var at) ? at.GetDouble() : double.NaN);
    }
    Console.WriteLine($"run {run + 1,2}: map drawn with statuses at {ready[^1],7:F1} ms, first contentful paint {paints[^1],7:F1} ms");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

Console.WriteLine($"first meaningful render (map with statuses): median {Median(ready):F1} ms, min {ready.Min():F1} ms, max {ready.Max():F1} ms over {runs} cold browsers");
Console.WriteLine($"first contentful paint: median {Median(paints):F1} ms");
Console.WriteLine("arrived (median responseEnd): " + string.Join(", ", parts.Select(p => $"{p.Key} {Median(p.Value):F1} ms")));
Console.WriteLine("page marks (median): " + string.Join(", ", marks.Select(m => $"{m.Key["tracker:".Length..]} {Median(m.Value):F1} ms")));
Console.WriteLine($"transferred for the first view (compressed, headers included): {transferred / 1024.0:F1} KB");
