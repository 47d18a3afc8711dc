using System.Globalization;

namespace Tracker.ScaleBench;

/// <summary>
/// Runs every cell of <see cref="LoadOptions"/> and prints one Markdown row per cell as soon as it is measured.
/// Before the cells of a query, one cached and one uncached request are compared: the nonce must not change the
/// answer.
/// </summary>
internal static class LoadTest
{
    public static async Task<int> RunAsync(LoadOptions options, TextWriter output)
    {
        var loop = options.Rate > 0 ? $"open loop at {options.Rate:N0} requests/s in all, latency from each request's due time" : "closed loop: each client waits for its answer";
        output.WriteLine($"{options.Duration.TotalSeconds:N0} s per cell after {options.WarmUp.TotalSeconds:N0} s of warm-up; {loop}");
        output.WriteLine();
        if (options.WarmUp > TimeSpan.Zero)
        {
            await WarmUpServerAsync(options);
            output.WriteLine($"Before the first cell, every query ran {options.WarmUp.TotalSeconds:N0} s at {options.Clients.Max()} clients in each mode, unmeasured.");
            output.WriteLine();
        }
        output.WriteLine("| query | clients | mode | requests/s | p50 ms | p95 ms | p99 ms | max ms | requests | response bytes | load avg |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var file in options.QueryFiles)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var query = new QueryRequest(options.Endpoint, name, await File.ReadAllTextAsync(file), options.UncachedHeader);
            int size;
            using (var http = LoadCell.CreateClient(1))
            {
                var cached = await LoadCell.SendAsync(http, query, LoadMode.Cached);
                var uncached = await LoadCell.SendAsync(http, query, LoadMode.Uncached);
                if (!cached.AsSpan().SequenceEqual(uncached))
                {
                    throw new InvalidOperationException($"{name}: the uncached request's answer differs from the cached one's; the nonce must not change the answer.");
                }
                size = cached.Length;
            }
            foreach (var clients in options.Clients)
            {
                foreach (var mode in options.Modes)
                {
                    using var http = LoadCell.CreateClient(clients);
                    if (options.WarmUp > TimeSpan.Zero)
                    {
                        await LoadCell.RunAsync(http, query, mode, clients, options.WarmUp, options.Rate);
                    }
                    var result = await LoadCell.RunAsync(http, query, mode, clients, options.Duration, options.Rate);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {name} | {clients} | {mode.ToString().ToLowerInvariant()} | {result.Throughput:N0} | {result.Percentile(0.50):F1} | {result.Percentile(0.95):F1} | {result.Percentile(0.99):F1} | {result.SortedMilliseconds[^1]:F1} | {result.Requests:N0} | {size:N0} | {LoadAverage()} |"));
                    await output.FlushAsync();
                }
            }
        }
        return 0;
    }

    /// <summary>
    /// One unmeasured pass over every query before the first cell. A server's first seconds (the JIT promoting hot
    /// methods, EF Core compiling statements, the GC growing its heap) otherwise fall on whichever query is measured
    /// first: at a million signatures the first query's p99 was three to four times its own in a second run. Each
    /// cell still has its own warm-up.
    /// </summary>
    private static async Task WarmUpServerAsync(LoadOptions options)
    {
        var clients = options.Clients.Max();
        using var http = LoadCell.CreateClient(clients);
        foreach (var file in options.QueryFiles)
        {
            var query = new QueryRequest(options.Endpoint, Path.GetFileNameWithoutExtension(file), await File.ReadAllTextAsync(file), options.UncachedHeader);
            foreach (var mode in options.Modes)
            {
                await LoadCell.RunAsync(http, query, mode, clients, options.WarmUp, options.Rate);
            }
        }
    }

    /// <summary>The one-minute load average when the cell ended: on a shared machine, part of every figure.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
