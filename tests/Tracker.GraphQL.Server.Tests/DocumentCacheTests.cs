using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Execution;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// The document cache keeps only documents that passed parsing, validation and the limits, and is bounded by the
/// estimated bytes of what it holds, least recently used first out.
/// </summary>
public sealed class DocumentCacheTests
{
    /// <summary>A distinct document of <paramref name="aliases"/> aliased fields (three tokens each).</summary>
    internal static string Aliases(int n, int aliases) =>
        $"query Flood{n} {{ " + string.Join(' ', Enumerable.Range(0, aliases).Select(i => $"a{i}: hello")) + " }";

    [Fact]
    public async Task Documents_refused_by_parsing_validation_or_a_limit_are_not_kept()
    {
        await using var app = await TestApp.StartAsync(o => o.Operation = o.Operation with { MaxAliases = 4 });
        var cache = app.Services.GetRequiredService<RequestExecutor>().Documents;
        string[] refused = ["{ hello ", "{ nope }", Aliases(0, 5), "query A { hello } query B { hello }"];

        foreach (var document in refused)
        {
            var response = await app.Client.SendAsync(Post(Json(new { query = document })));
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            Assert.True(body.TryGetProperty("errors", out _), document);
        }
        var countAfterRefusals = cache.Count;
        await app.Client.SendAsync(Post(Json(new { query = Aliases(1, 4) })));

        Assert.Equal(0, countAfterRefusals);
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(Aliases(1, 4), out _));
    }

    [Fact]
    public async Task Texts_that_differ_only_in_case_are_different_documents()
    {
        // The cache is keyed by the text itself: a comparison that ignored case would answer the second with the first.
        await using var app = await TestApp.StartAsync();
        var known = await app.Client.SendAsync(Post(Json(new { query = "{ hello }" })));
        var other = await app.Client.SendAsync(Post(Json(new { query = "{ HELLO }" })));

        Assert.Contains("\"hello\":", await known.Content.ReadAsStringAsync());
        Assert.Contains("Cannot query field \"HELLO\"", JsonDocument.Parse(await other.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(1, app.Services.GetRequiredService<RequestExecutor>().Documents.Count);
    }

    [Fact]
    public async Task A_flood_of_large_distinct_documents_keeps_the_cache_within_its_bytes()
    {
        const long capacity = 4 * 1024 * 1024;
        await using var app = await TestApp.StartAsync(o =>
        {
            o.DocumentCacheBytes = capacity;
            o.Operation = o.Operation with { MaxAliases = 2_000 };
        });
        var cache = app.Services.GetRequiredService<RequestExecutor>().Documents;
        var largest = 0L;

        for (var n = 0; n < 40; n++)
        {
            // Accepted (1,000 aliases, ~15 KB, estimated 1.2 MB) and refused (4,990 aliases: MAX_ALIASES_EXCEEDED) in turn.
            var accepted = await app.Client.SendAsync(Post(Json(new { query = Aliases(n, 1_000) })));
            var refused = await app.Client.SendAsync(Post(Json(new { query = Aliases(1_000 + n, 4_990) })));
            Assert.Contains("\"a999\":\"Hello, world!\"", await accepted.Content.ReadAsStringAsync());
            Assert.Contains("MAX_ALIASES_EXCEEDED", await refused.Content.ReadAsStringAsync());
            largest = Math.Max(largest, cache.Bytes);
        }

        Assert.InRange(largest, 1, capacity);
        Assert.InRange(cache.Count, 1, (int)(capacity / DocumentCache.EstimateBytes(Aliases(0, 1_000))));
        Assert.True(cache.TryGet(Aliases(39, 1_000), out _), "the latest accepted document is kept");
        Assert.False(cache.TryGet(Aliases(0, 1_000), out _), "the oldest accepted document made way");
        Assert.False(cache.TryGet(Aliases(1_039, 4_990), out _), "refused documents are not kept");
    }

    [Fact]
    public void The_least_recently_used_document_makes_way_first()
    {
        var texts = new[] { "{ a }", "{ b }", "{ c }", "{ d }" };
        var cache = new DocumentCache(3 * DocumentCache.EstimateBytes(texts[0]));
        foreach (var text in texts[..3])
        {
            cache.Add(text, Language.Parser.Parse(text));
        }

        Assert.True(cache.TryGet("{ a }", out _));
        cache.Add(texts[3], Language.Parser.Parse(texts[3]));

        Assert.True(cache.TryGet("{ a }", out _), "used recently");
        Assert.False(cache.TryGet("{ b }", out _), "least recently used");
        Assert.True(cache.TryGet("{ c }", out _));
        Assert.True(cache.TryGet("{ d }", out _));
        Assert.Equal(3 * DocumentCache.EstimateBytes(texts[0]), cache.Bytes);
    }

    [Fact]
    public void A_document_larger_than_the_whole_cache_is_not_kept()
    {
        const string text = "{ hello }";
        var cache = new DocumentCache(DocumentCache.EstimateBytes(text) - 1);

        cache.Add(text, Language.Parser.Parse(text));

        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Bytes);
    }
}
