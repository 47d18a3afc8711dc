using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Tracker.ScaleBench;

/// <summary>
/// Times each example query against a running server over HTTP, one request at a time (a dashboard's view of
/// latency, not throughput): warm-up requests first, then percentiles over the timed ones. A response with
/// errors stops the run: a fast wrong answer is not a result.
/// </summary>
internal static class Latency
{
    public static async Task<int> MeasureAsync(Uri endpoint, string queryFolder, int iterations, TextWriter output)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        output.WriteLine($"| query | p50 ms | p95 ms | p99 ms | max ms | response bytes |");
        output.WriteLine($"|---|---|---|---|---|---|");
        var worstP95 = 0.0;
        foreach (var file in Directory.EnumerateFiles(queryFolder, "*.graphql").Order(StringComparer.Ordinal))
        {
            var query = await File.ReadAllTextAsync(file);
            var size = 0;
            for (var i = 0; i < 10; i++)
            {
                size = await SendAsync(client, endpoint, query, file);
            }
            var times = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                await SendAsync(client, endpoint, query, file);
                times[i] = watch.Elapsed.TotalMilliseconds;
            }
            Array.Sort(times);
            var p95 = Percentile(times, 0.95);
            worstP95 = Math.Max(worstP95, p95);
            output.WriteLine($"| {Path.GetFileNameWithoutExtension(file)} | {Percentile(times, 0.50):F1} | {p95:F1} | {Percentile(times, 0.99):F1} | {times[^1]:F1} | {size:N0} |");
        }
        output.WriteLine();
        output.WriteLine($"worst p95: {worstP95:F1} ms (target: under 50 ms)");
        return 0;
    }

    private static async Task<int> SendAsync(HttpClient client, Uri endpoint, string query, string file)
    {
        using var response = await client.PostAsJsonAsync(endpoint, new { query });
        var body = await response.Content.ReadAsByteArrayAsync();
        using var json = JsonDocument.Parse(body);
        if (!response.IsSuccessStatusCode || json.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed: {System.Text.Encoding.UTF8.GetString(body)}");
        }
        return body.Length;
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
