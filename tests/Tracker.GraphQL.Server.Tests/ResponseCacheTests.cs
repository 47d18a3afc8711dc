using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Caching;
using Tracker.GraphQL.Server.Configuration;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// The response cache at the server layer, with a version the test moves by hand: what is kept and served, what
/// never is, the bytes bound, and GET's ETag, 304 and Cache-Control. (Tracker.Api's tests prove that real writes
/// move the version on both databases and across processes.)
/// </summary>
public sealed class ResponseCacheTests
{
    private sealed class HandVersion : IResponseVersion
    {
        public string? Value { get; set; } = "1";

        public string? Current() => Value;
    }

    private readonly HandVersion _version = new();

    private Task<TestApp> StartAsync(Action<GraphQLServerOptions>? configure = null) =>
        TestApp.StartAsync(configure, services: services => services.AddSingleton<IResponseVersion>(_version));

    private static HttpRequestMessage Get(string query, string? ifNoneMatch = null) => GetWith("query=" + Uri.EscapeDataString(query), ifNoneMatch);

    private static HttpRequestMessage GetWith(string parameters, string? ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + parameters);
        request.Headers.Accept.ParseAdd("application/json");
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        return request;
    }

    private static string? XCache(HttpResponseMessage response) => response.Headers.TryGetValues("X-Cache", out var values) ? values.Single() : null;

    [Fact]
    public async Task A_repeated_query_is_answered_from_the_cache_until_the_version_moves()
    {
        await using var app = await StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();
        var query = Json(new { query = "query ($n: String) { hello(name: $n) }", variables = new { n = "cache" } });

        var first = await app.Client.SendAsync(Post(query));
        var second = await app.Client.SendAsync(Post(query));
        var callsWhileCached = shop.ResolverCalls;
        _version.Value = "2";
        var third = await app.Client.SendAsync(Post(query));

        Assert.Equal(("MISS", "HIT", "MISS"), (XCache(first), XCache(second), XCache(third)));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("{\"data\":{\"hello\":\"Hello, cache!\"}}", await second.Content.ReadAsStringAsync());
        Assert.Equal(1, callsWhileCached);
        Assert.Equal(2, shop.ResolverCalls);
        Assert.Equal(1, app.Services.GetRequiredService<ResponseCache>().Hits);
    }

    [Fact]
    public async Task Other_variables_and_other_operations_are_other_entries()
    {
        await using var app = await StartAsync();
        const string document = "query A($n: String) { hello(name: $n) } query B($n: String) { hello(name: $n) }";

        var a = await app.Client.SendAsync(Post(Json(new { query = document, operationName = "A", variables = new { n = "one" } })));
        var otherVariables = await app.Client.SendAsync(Post(Json(new { query = document, operationName = "A", variables = new { n = "two" } })));
        var otherOperation = await app.Client.SendAsync(Post(Json(new { query = document, operationName = "B", variables = new { n = "one" } })));

        Assert.Equal(("MISS", "MISS", "MISS"), (XCache(a), XCache(otherVariables), XCache(otherOperation)));
        Assert.Contains("Hello, two!", await otherVariables.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Mutations_are_never_kept()
    {
        await using var app = await StartAsync();
        var mutation = Json(new { query = "mutation { addBook(input: { title: \"Twice\" }) { id } }" });

        var first = await app.Client.SendAsync(Post(mutation));
        var second = await app.Client.SendAsync(Post(mutation));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal((null, null), (XCache(first), XCache(second)));
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(0, app.Services.GetRequiredService<ResponseCache>().Count);
    }

    [Fact]
    public async Task Requests_with_an_Authorization_header_are_neither_answered_from_the_cache_nor_kept()
    {
        await using var app = await StartAsync();
        var shop = app.Services.GetRequiredService<Bookshop>();
        var query = Json(new { query = "{ hello }" });
        await app.Client.SendAsync(Post(query));

        var withKey = Post(query);
        withKey.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "some-key");
        var response = await app.Client.SendAsync(withKey);

        Assert.Null(XCache(response));
        Assert.Equal(2, shop.ResolverCalls);
        Assert.Equal(1, app.Services.GetRequiredService<ResponseCache>().Count);
        Assert.Contains("Authorization", response.Headers.Vary);
    }

    [Fact]
    public async Task Results_with_errors_and_request_errors_are_not_kept()
    {
        await using var app = await StartAsync();
        string[] documents = ["{ fail }", "{ nope }", "{ hello(name: 1) }"];

        foreach (var document in documents)
        {
            var first = await app.Client.SendAsync(Post(Json(new { query = document })));
            var second = await app.Client.SendAsync(Post(Json(new { query = document })));
            Assert.Contains("\"errors\"", await second.Content.ReadAsStringAsync());
            Assert.Equal((null, null), (XCache(first), XCache(second)));
        }
        Assert.Equal(0, app.Services.GetRequiredService<ResponseCache>().Count);
    }

    [Fact]
    public async Task Incremental_responses_are_not_kept()
    {
        await using var app = await StartAsync();
        var deferred = Json(new { query = "{ hello ... @defer { books { id } } }" });
        const string multipart = "multipart/mixed;incrementalSpec=v0.2, application/json;q=0.9";

        var first = await app.Client.SendAsync(Post(deferred, multipart));
        var second = await app.Client.SendAsync(Post(deferred, multipart));

        Assert.Equal("multipart/mixed", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal((null, null), (XCache(first), XCache(second)));
        Assert.Equal(0, app.Services.GetRequiredService<ResponseCache>().Count);
    }

    [Fact]
    public async Task Without_a_known_version_nothing_is_kept_or_served()
    {
        await using var app = await StartAsync();
        _version.Value = null;
        var query = Json(new { query = "{ hello }" });

        var first = await app.Client.SendAsync(Post(query));
        var second = await app.Client.SendAsync(Post(query));

        Assert.Equal((null, null), (XCache(first), XCache(second)));
        Assert.Equal(2, app.Services.GetRequiredService<Bookshop>().ResolverCalls);
    }

    [Fact]
    public async Task A_request_saying_no_cache_runs_the_query()
    {
        await using var app = await StartAsync();
        var query = Json(new { query = "{ hello }" });
        await app.Client.SendAsync(Post(query));

        var revalidating = Post(query);
        revalidating.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        var response = await app.Client.SendAsync(revalidating);

        Assert.Equal("MISS", XCache(response));
        Assert.Equal(2, app.Services.GetRequiredService<Bookshop>().ResolverCalls);
    }

    [Fact]
    public async Task Documents_that_differ_only_in_case_are_different_entries()
    {
        // Entries are keyed by the document's text, compared exactly: GraphQL names are case-sensitive, and a key
        // compared without case would answer the second request with the first one's response key.
        await using var app = await StartAsync();

        var lower = await app.Client.SendAsync(Post(Json(new { query = "{ a: hello }" })));
        var upper = await app.Client.SendAsync(Post(Json(new { query = "{ A: hello }" })));

        Assert.Equal(("MISS", "MISS"), (XCache(lower), XCache(upper)));
        Assert.Equal("{\"data\":{\"A\":\"Hello, world!\"}}", await upper.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Variables_with_a_number_beyond_a_double_are_executed_and_answered_with_an_error()
    {
        // 1e400 reads as infinity, which has no JSON form: the key could not be written, and the request failed with
        // 500 and an empty body before it reached the executor.
        await using var app = await StartAsync();

        var response = await app.Client.SendAsync(Post("{\"query\":\"query ($n: String) { hello(name: $n) }\",\"variables\":{\"n\":1e400}}"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(XCache(response));
        Assert.Contains("String cannot represent a non string value: Infinity", body);
    }

    [Fact]
    public async Task The_same_variables_under_another_operation_name_are_another_entry()
    {
        await using var app = await StartAsync();
        const string document = "query First { hello } query Second { hello(name: \"second\") }";

        var first = await app.Client.SendAsync(Post(Json(new { query = document, operationName = "First" })));
        var second = await app.Client.SendAsync(Post(Json(new { query = document, operationName = "Second" })));

        Assert.Equal(("MISS", "MISS"), (XCache(first), XCache(second)));
        Assert.Equal("{\"data\":{\"hello\":\"Hello, second!\"}}", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_cache_stays_within_its_bytes_evicting_the_least_recently_used()
    {
        // Each entry: a body of about 40 bytes, a key of 59 characters (118 bytes) and 512; room for four.
        await using var app = await StartAsync(o => o.ResponseCacheBytes = 4 * 700);
        var cache = app.Services.GetRequiredService<ResponseCache>();
        string Query(int i) => Json(new { query = "query ($n: String) { hello(name: $n) }", variables = new { n = $"name {i:D3}" } });

        for (var i = 0; i < 20; i++)
        {
            await app.Client.SendAsync(Post(Query(i)));
            Assert.InRange(cache.Bytes, 0, cache.CapacityBytes);
        }
        var oldest = await app.Client.SendAsync(Post(Query(0)));
        var newest = await app.Client.SendAsync(Post(Query(19)));

        Assert.Equal(4, cache.Count);
        Assert.Equal(("MISS", "HIT"), (XCache(oldest), XCache(newest)));
    }

    [Fact]
    public async Task A_GET_gets_an_ETag_and_revalidation_headers_and_a_matching_If_None_Match_gets_304_until_the_version_moves()
    {
        await using var app = await StartAsync();
        const string query = "{ hello }";

        var first = await app.Client.SendAsync(Get(query));
        var etag = first.Headers.ETag?.ToString();
        var notModified = await app.Client.SendAsync(Get(query, etag));
        var otherTag = await app.Client.SendAsync(Get(query, "W/\"something-else\""));
        _version.Value = "2";
        var afterWrite = await app.Client.SendAsync(Get(query, etag));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.True(first.Headers.CacheControl?.NoCache, first.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", first.Headers.Vary);
        Assert.Contains("Authorization", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterWrite.StatusCode);
        Assert.NotEqual(etag, afterWrite.Headers.ETag?.ToString());
        Assert.Equal("{\"data\":{\"hello\":\"Hello, world!\"}}", await afterWrite.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_GET_that_is_not_a_kept_answer_tells_caches_not_to_store_it_and_a_POST_gets_no_ETag()
    {
        await using var app = await StartAsync();

        var error = await app.Client.SendAsync(Get("{ fail }"));
        var post = await app.Client.SendAsync(Post(Json(new { query = "{ hello }" })));

        Assert.True(error.Headers.CacheControl?.NoStore, error.Headers.CacheControl?.ToString());
        Assert.Null(error.Headers.ETag);
        Assert.Equal("MISS", XCache(post));
        Assert.Null(post.Headers.ETag);
    }

    [Fact]
    public async Task A_persisted_query_sent_by_hash_with_GET_is_cached_and_tagged()
    {
        await using var app = await StartAsync();
        const string document = "{ books { id title } }";
        var hash = Execution.DocumentCache.Hash(document);
        var extensions = Uri.EscapeDataString(Json(new { persistedQuery = new { version = 1, sha256Hash = hash } }));
        await app.Client.SendAsync(Post(Json(new { query = document, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } })));

        HttpRequestMessage ByHash(string? ifNoneMatch = null) => GetWith("extensions=" + extensions, ifNoneMatch);
        var byHash = await app.Client.SendAsync(ByHash());
        var revalidated = await app.Client.SendAsync(ByHash(byHash.Headers.ETag?.ToString()));

        Assert.Equal("HIT", XCache(byHash));
        Assert.NotNull(byHash.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }
}
