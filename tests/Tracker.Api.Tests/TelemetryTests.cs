using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Tracker.Api.Tests;

/// <summary>
/// The tracker's operations surface: the write-lock wait metric, traces and metrics reaching an OTLP collector,
/// the Prometheus endpoint (absent by default, restricted to its hosts when enabled), UTC timestamps in the logs.
/// </summary>
public sealed class TelemetryTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    [Fact]
    public async Task A_mutation_records_how_long_it_waited_for_the_write_lock()
    {
        using var waits = new MetricCollector<double>(api.Factory.Services.GetRequiredService<IMeterFactory>(), "Tracker.Api", "tracker.write_lock.wait");

        await api.MutateAsync("createOrganization", "organization { slug }", new { name = "Observed Coalition", kind = "COALITION" });

        var wait = Assert.Single(waits.GetMeasurementSnapshot());
        Assert.Equal("createOrganization", wait.Tags["tracker.mutation"]);
        Assert.True(wait.Value >= 0);
    }

    [Fact]
    public async Task Without_telemetry_settings_there_is_no_metrics_endpoint_and_nothing_listens()
    {
        using var factory = new TrackerApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task The_metrics_endpoint_serves_Prometheus_text_on_its_hosts_only()
    {
        using var factory = new TrackerApiFactory(new()
        {
            ["Telemetry:Prometheus:Enabled"] = "true",
            ["Telemetry:Prometheus:Hosts:0"] = "metrics.internal",
        });
        using var client = factory.CreateClient();
        // Signatures of each letter are read by a DataLoader: one batch for the page.
        await client.PostAsJsonAsync("/graphql", new { query = "query Letters { letters(first: 2) { nodes { signatures(first: 2) { nodes { printedName } } } } }" });
        await client.PostAsJsonAsync("/graphql", new { query = "{ nope }" });

        using var elsewhere = await client.GetAsync("/metrics");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Host = "metrics.internal";
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("graphql_server_requests_total{", text);
        Assert.Contains("graphql_error_code=\"GRAPHQL_VALIDATION_FAILED\"", text);
        Assert.Contains("graphql_operation_name=\"Letters\"", text);
        Assert.Contains("graphql_server_request_duration_seconds_bucket{", text);
        Assert.Contains("graphql_dataloader_batch_size_bucket{", text);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
    }

    [Fact]
    public async Task Traces_and_metrics_reach_an_OTLP_collector()
    {
        await using var collector = await FakeCollector.StartAsync();
        using var factory = new TrackerApiFactory(new()
        {
            ["Telemetry:Otlp:Endpoint"] = collector.Address.ToString(),
            ["Telemetry:Otlp:Protocol"] = "http/protobuf",
        });
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "query Letters { letters(first: 2) { nodes { slug signatures(first: 2) { nodes { printedName } } } } }" });
        Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync());
        // Exporters send on a schedule (5 s for spans, 60 s for metrics); a flush sends now. The HTTP span ends
        // when the server has finished the request, which can be just after the client has read the response:
        // flushed until it has arrived, for at most 10 s.
        // EF Core caches for a while that nobody listened to its command events (nobody did while the server
        // migrated and seeded), so the first request's statements may go unreported: the query is sent again until
        // they are, for at most 20 s. A pause between tries rather than a signal: EF Core's statements are had only by
        // asking again (nothing announces that it listens once more), so the loop is a bounded retry of the query.
        var tracer = factory.Services.GetRequiredService<TracerProvider>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (tracer.ForceFlush(10_000) && !(collector.Received("traces").Contains("POST /graphql") && collector.Received("traces").Contains("SELECT")) && !deadline.IsCancellationRequested)
        {
            await Task.Delay(50, CancellationToken.None);
            if (!collector.Received("traces").Contains("SELECT"))
            {
                // Executed again, not answered from the response cache (which runs no statement).
                using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "query Letters { letters(first: 2) { nodes { slug signatures(first: 2) { nodes { printedName } } } } }" }) };
                request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
                using var again = await client.SendAsync(request);
            }
        }
        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var traces = collector.Received("traces");
        var metrics = collector.Received("metrics");
        // The request span is named for its operation, as OpenTelemetry's GraphQL conventions name it.
        foreach (var span in new[] { "query Letters", "graphql.parse", "graphql.validate", "graphql.execute", "graphql.dataloader.batch", "POST /graphql", "Tracker.GraphQL.Server" })
        {
            Assert.Contains(span, traces);
        }
        // EF Core's instrumentation: the SQL statements are spans of the same trace.
        Assert.Contains("SELECT", traces);
        foreach (var metric in new[] { "graphql.server.requests", "graphql.server.request.duration", "graphql.dataloader.batch.size", "http.server.request.duration" })
        {
            Assert.Contains(metric, metrics);
        }
    }

    [Fact]
    public void Json_log_lines_carry_their_UTC_time_in_ISO_8601()
    {
        using var factory = new TrackerApiFactory();
        factory.CreateClient().Dispose();
        var options = factory.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;
        var formatter = factory.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
        using var line = new StringWriter();

        formatter.Write(new LogEntry<string>(LogLevel.Information, "Test", new EventId(1), "state", null, (state, _) => "A line."), null, line);

        Assert.True(options.UseUtcTimestamp);
        var timestamp = JsonDocument.Parse(line.ToString()).RootElement.GetProperty("Timestamp").GetString()!;
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", timestamp);
        var parsed = DateTime.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    /// <summary>An OTLP/HTTP collector that keeps what it receives, by signal.</summary>
    private sealed class FakeCollector : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(string Signal, byte[] Body)> _received = new();
        private WebApplication _app = null!;

        public Uri Address => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        public static async Task<FakeCollector> StartAsync()
        {
            var collector = new FakeCollector();
            var builder = WebApplication.CreateBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            collector._app = builder.Build();
            collector._app.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                collector._received.Enqueue((signal, body.ToArray()));
                return Results.Bytes([], "application/x-protobuf");
            });
            await collector._app.StartAsync();
            return collector;
        }

        /// <summary>Everything received for a signal, as text (protobuf keeps names and strings as UTF-8).</summary>
        public string Received(string signal) =>
            string.Concat(_received.Where(r => r.Signal == signal).Select(r => Encoding.UTF8.GetString(r.Body)));

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
