using System.Diagnostics;
using System.Net;

namespace Tracker.ScaleBench;

/// <summary>What one query at one client count in one mode did in its measured window.</summary>
internal sealed record LoadCellResult(int Requests, double Seconds, double[] SortedMilliseconds)
{
    public double Throughput => Requests / Seconds;

    /// <summary>Nearest-rank percentile: every latency was recorded, so this is exact, not a histogram's bucket.</summary>
    public double Percentile(double p) =>
        SortedMilliseconds.Length == 0 ? double.NaN : SortedMilliseconds[Math.Clamp((int)Math.Ceiling(p * SortedMilliseconds.Length) - 1, 0, SortedMilliseconds.Length - 1)];
}

/// <summary>
/// Runs N clients against one query for a fixed time, each on its own connection with one request in flight
/// (closed loop), or on a fixed schedule when a rate is given (open loop, latency from the time each request was
/// due). Every response is checked; the first wrong one stops the run.
/// </summary>
internal static class LoadCell
{
    public static async Task<LoadCellResult> RunAsync(HttpClient http, QueryRequest query, LoadMode mode, int clients, TimeSpan duration, double rate)
    {
        var start = Stopwatch.GetTimestamp();
        var until = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var interval = rate > 0 ? Stopwatch.Frequency * clients / rate : 0;
        var latencies = new List<long>[clients];
        var lastDone = new long[clients];
        var tasks = new Task[clients];
        for (var c = 0; c < clients; c++)
        {
            var client = c;
            latencies[client] = new List<long>(4096);
            tasks[client] = Task.Run(async () =>
            {
                for (long k = 0; ; k++)
                {
                    long begin;
                    if (interval > 0)
                    {
                        // Staggered: client c's k-th request is due at start + (k + c / clients) intervals.
                        begin = start + (long)((k + (double)client / clients) * interval);
                        if (begin >= until)
                        {
                            break;
                        }
                        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), begin);
                        if (wait > TimeSpan.Zero)
                        {
                            await Task.Delay(wait);
                        }
                    }
                    else
                    {
                        begin = Stopwatch.GetTimestamp();
                        if (begin >= until)
                        {
                            break;
                        }
                    }
                    await SendAsync(http, query, mode);
                    var done = Stopwatch.GetTimestamp();
                    latencies[client].Add(done - begin);
                    lastDone[client] = done;
                }
            });
        }
        await Task.WhenAll(tasks);
        var all = latencies.SelectMany(l => l).Select(t => t * 1000.0 / Stopwatch.Frequency).ToArray();
        Array.Sort(all);
        // The window ends with the last answer: requests started before the deadline are all counted and waited for.
        var end = Math.Max(until, lastDone.Max());
        return new LoadCellResult(all.Length, (end - start) / (double)Stopwatch.Frequency, all);
    }

    public static async Task<byte[]> SendAsync(HttpClient http, QueryRequest query, LoadMode mode)
    {
        using var request = query.Create(mode);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (ResponseCheck.Problem(response.StatusCode, body) is { } problem)
        {
            throw new InvalidOperationException($"{query.Name} ({mode}): {problem}");
        }
        return body;
    }

    public static HttpClient CreateClient(int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        AutomaticDecompression = DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    })
    {
        Timeout = TimeSpan.FromMinutes(2),
    };
}
