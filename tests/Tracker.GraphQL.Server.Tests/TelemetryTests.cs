using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// The engine's and server's spans and metrics, seen by plain listeners (as an OpenTelemetry SDK would see them):
/// spans by trace, metrics through the app's own meter factory so other tests' servers do not count.
/// </summary>
public sealed class TelemetryTests
{
    private const string HttpSpan = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    private static async Task<string> SendAsync(TestApp app, object body, SpanRecorder? trace = null, string? accept = null)
    {
        using var request = Post(Json(body), accept);
        if (trace is not null)
        {
            request.Headers.Add("traceparent", trace.TraceParent);
        }
        using var response = await app.Client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static MetricCollector<T> Collect<T>(TestApp app, string meter, string instrument)
        where T : struct =>
        new(app.Services.GetRequiredService<IMeterFactory>(), meter, instrument);

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task A_request_has_parse_validate_and_execute_spans_under_its_HTTP_span()
    {
        await using var app = await TestApp.StartAsync();
        using var trace = new SpanRecorder();
        const string query = "query Greet($name: String) { hello(name: $name) }";

        var body = await SendAsync(app, new { query, variables = new { name = "s3cret-value" } }, trace);

        Assert.Contains("s3cret-value", body);
        var http = await trace.WaitForAsync(HttpSpan);
        var request = await trace.WaitForAsync("graphql.request");
        var parse = await trace.WaitForAsync("graphql.parse");
        var validate = await trace.WaitForAsync("graphql.validate");
        var execute = await trace.WaitForAsync("graphql.execute");
        Assert.Equal(http.SpanId, request.ParentSpanId);
        Assert.All([parse, validate, execute], step => Assert.Equal(request.SpanId, step.ParentSpanId));
        Assert.Equal("query Greet", request.DisplayName);
        Assert.Equal("Greet", request.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", request.GetTagItem("graphql.operation.type"));
        Assert.Equal(Sha(query), request.GetTagItem("graphql.document.hash"));
        Assert.Equal(false, request.GetTagItem("graphql.document.cached"));
        Assert.Equal("Greet", execute.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", execute.GetTagItem("graphql.operation.type"));
        // Variable values never reach a span.
        Assert.DoesNotContain(trace.Spans.SelectMany(s => s.TagObjects), tag => tag.Value?.ToString()?.Contains("s3cret") == true);
    }

    [Fact]
    public async Task A_cached_document_is_not_parsed_again_and_its_span_says_so()
    {
        await using var app = await TestApp.StartAsync();
        await SendAsync(app, new { query = "{ hello }" });
        using var trace = new SpanRecorder();

        await SendAsync(app, new { query = "{ hello }" }, trace);

        var request = await trace.WaitForAsync("graphql.request");
        await trace.WaitForAsync("graphql.execute");
        Assert.Equal(true, request.GetTagItem("graphql.document.cached"));
        Assert.DoesNotContain(trace.Spans, s => s.OperationName is "graphql.parse" or "graphql.validate");
    }

    [Fact]
    public async Task A_slow_resolver_has_a_span_and_a_fast_one_does_not()
    {
        await using var app = await TestApp.StartAsync(o => o.ResolverSpanThreshold = TimeSpan.FromMilliseconds(100));
        using var trace = new SpanRecorder();

        await SendAsync(app, new { query = "{ slow(ms: 300) hello book(id: \"1\") { title } }" }, trace);

        var execute = await trace.WaitForAsync("graphql.execute");
        var resolvers = trace.Spans.Where(s => s.OperationName == "graphql.resolve").ToList();
        var slow = Assert.Single(resolvers);
        Assert.Equal("Query.slow", slow.GetTagItem("graphql.field.coordinate"));
        Assert.Equal("slow", slow.GetTagItem("graphql.field.path"));
        Assert.Equal(execute.SpanId, slow.ParentSpanId);
        // Created after the resolver returned, with the time it started: it covers the resolver's 300 ms.
        Assert.True(slow.Duration >= TimeSpan.FromMilliseconds(250), $"{slow.Duration}");
        Assert.True(slow.StartTimeUtc >= execute.StartTimeUtc, $"{slow.StartTimeUtc:O} before {execute.StartTimeUtc:O}");
    }

    [Fact]
    public async Task Without_a_threshold_no_resolver_has_a_span()
    {
        await using var app = await TestApp.StartAsync(o => o.ResolverSpanThreshold = null);
        using var trace = new SpanRecorder();

        await SendAsync(app, new { query = "{ slow(ms: 50) }" }, trace);

        await trace.WaitForAsync("graphql.execute");
        Assert.DoesNotContain(trace.Spans, s => s.OperationName == "graphql.resolve");
    }

    [Fact]
    public async Task A_DataLoader_batch_has_a_span_and_a_size_measurement()
    {
        await using var app = await TestApp.StartAsync();
        using var sizes = Collect<int>(app, "Tracker.GraphQL", "graphql.dataloader.batch.size");
        using var trace = new SpanRecorder();

        await SendAsync(app, new { query = "{ books(first: 7) { author { name } } }" }, trace);

        var execute = await trace.WaitForAsync("graphql.execute");
        var batch = Assert.Single(trace.Spans, s => s.OperationName == "graphql.dataloader.batch");
        Assert.Equal("AuthorLoader", batch.GetTagItem("graphql.dataloader.name"));
        Assert.Equal(7, batch.GetTagItem("graphql.dataloader.batch.size"));
        Assert.Equal(execute.SpanId, batch.ParentSpanId);
        var size = Assert.Single(sizes.GetMeasurementSnapshot());
        Assert.Equal(7, size.Value);
        Assert.Equal("AuthorLoader", size.Tags["graphql.dataloader.name"]);
    }

    [Fact]
    public async Task Requests_and_errors_are_counted_by_code()
    {
        await using var app = await TestApp.StartAsync();
        using var requests = Collect<long>(app, "Tracker.GraphQL.Server", "graphql.server.requests");
        using var errors = Collect<long>(app, "Tracker.GraphQL.Server", "graphql.server.errors");

        await SendAsync(app, new { query = "{ hello }" });
        await SendAsync(app, new { query = "{ nope }" });
        await SendAsync(app, new { query = "{ hello" });
        await SendAsync(app, new { query = "{ fail }" });

        Assert.Equal(["query", "(none)", "(none)", "query"], requests.GetMeasurementSnapshot().Select(m => m.Tags["graphql.operation.type"]));
        Assert.Equal(
            ["GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED", "INTERNAL_SERVER_ERROR"],
            errors.GetMeasurementSnapshot().Select(m => m.Tags["graphql.error.code"]));
        Assert.All(errors.GetMeasurementSnapshot(), m => Assert.Equal(1, m.Value));
    }

    [Fact]
    public async Task Request_duration_is_tagged_by_operation_name_with_a_bounded_number_of_names()
    {
        await using var app = await TestApp.StartAsync(o => o.MaxOperationNameTags = 2);
        using var durations = Collect<double>(app, "Tracker.GraphQL.Server", "graphql.server.request.duration");

        foreach (var name in new[] { "First", "Second", "Third", "First" })
        {
            await SendAsync(app, new { query = $"query {name} {{ hello }}" });
        }
        await SendAsync(app, new { query = "{ hello }" });
        await SendAsync(app, new { query = "mutation Rename { rename(id: \"1\") }" });

        var measurements = durations.GetMeasurementSnapshot();
        Assert.Equal(
            ["First", "Second", "(other)", "First", "(anonymous)", "(other)"],
            measurements.Select(m => m.Tags["graphql.operation.name"]));
        Assert.Equal("mutation", measurements[^1].Tags["graphql.operation.type"]);
        Assert.All(measurements, m => Assert.True(m.Value > 0));
    }

    [Fact]
    public async Task Document_cache_and_persisted_document_lookups_are_counted()
    {
        await using var app = await TestApp.StartAsync();
        using var cache = Collect<long>(app, "Tracker.GraphQL.Server", "graphql.server.document_cache.lookups");
        using var persisted = Collect<long>(app, "Tracker.GraphQL.Server", "graphql.server.persisted_document.lookups");
        const string query = "{ hello }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha(query) } };

        await SendAsync(app, new { query });
        await SendAsync(app, new { query });
        await SendAsync(app, new { extensions });
        await SendAsync(app, new { query, extensions });
        await SendAsync(app, new { extensions });

        Assert.Equal(["miss", "hit", "hit", "hit"], cache.GetMeasurementSnapshot().Select(m => m.Tags["graphql.lookup.result"]));
        Assert.Equal(["miss", "hit"], persisted.GetMeasurementSnapshot().Select(m => m.Tags["graphql.lookup.result"]));
    }

    [Fact]
    public async Task Open_subscriptions_go_up_while_streaming_and_down_when_they_end()
    {
        await using var app = await TestApp.StartAsync();
        using var open = Collect<long>(app, "Tracker.GraphQL.Server", "graphql.server.subscriptions.active");
        using var request = Post(Json(new { query = "subscription { bookAdded { title } }" }), "text/event-stream");

        var response = await app.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await open.WaitForMeasurementsAsync(1, TimeSpan.FromSeconds(10));
        Assert.Equal(1, open.GetMeasurementSnapshot().Sum(m => m.Value));

        // The client goes away: the stream ends.
        response.Dispose();
        await open.WaitForMeasurementsAsync(2, TimeSpan.FromSeconds(10));
        Assert.Equal([1L, -1L], open.GetMeasurementSnapshot().Select(m => m.Value));
    }
}
