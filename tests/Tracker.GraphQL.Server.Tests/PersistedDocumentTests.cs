using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Execution;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>Automatic persisted queries (Apollo's protocol) and the known-documents-only mode.</summary>
public sealed class PersistedDocumentTests
{
    private const string Query = "{ hello }";

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static async Task<JsonElement> Send(TestApp app, object body)
    {
        var response = await app.Client.SendAsync(Post(Json(body)));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task An_unknown_hash_asks_the_client_for_the_document_then_the_hash_alone_works()
    {
        await using var app = await TestApp.StartAsync();

        var first = await Send(app, new { extensions = Persisted(Sha(Query)) });
        var register = await Send(app, new { query = Query, extensions = Persisted(Sha(Query)) });
        var byHash = await Send(app, new { extensions = Persisted(Sha(Query)) });

        Assert.Equal("PersistedQueryNotFound", first.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", first.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Hello, world!", register.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, world!", byHash.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_document_is_refused()
    {
        await using var app = await TestApp.StartAsync();

        var body = await Send(app, new { query = Query, extensions = Persisted(Sha("{ other }")) });

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task In_known_documents_only_mode_text_is_refused_unless_it_is_a_known_document()
    {
        await using var app = await TestApp.StartAsync(o => o.OnlyPersistedDocuments = true);
        var store = app.Services.GetRequiredService<IPersistedDocumentStore>();
        store.Add(Sha(Query), Query);

        var unknownText = await Send(app, new { query = "{ books(first: 1) { id } }" });
        var unknownRegistration = await Send(app, new { query = "{ books(first: 1) { id } }", extensions = Persisted(Sha("{ books(first: 1) { id } }")) });
        var knownHash = await Send(app, new { extensions = Persisted(Sha(Query)) });
        var knownText = await Send(app, new { query = Query });

        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", unknownText.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("PERSISTED_DOCUMENT_REQUIRED", unknownRegistration.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Hello, world!", knownHash.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, world!", knownText.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_document_that_fails_to_parse_or_validate_is_not_registered()
    {
        await using var app = await TestApp.StartAsync();
        const string broken = "{ hello ";
        const string invalid = "{ nope }";

        await Send(app, new { query = broken, extensions = Persisted(Sha(broken)) });
        await Send(app, new { query = invalid, extensions = Persisted(Sha(invalid)) });
        var brokenByHash = await Send(app, new { extensions = Persisted(Sha(broken)) });
        var invalidByHash = await Send(app, new { extensions = Persisted(Sha(invalid)) });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", brokenByHash.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", invalidByHash.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_full_store_makes_way_for_the_least_recently_used_documents()
    {
        var documents = Enumerable.Range(0, 5).Select(i => $"{{ hello(name: \"{i}\") }}").ToList();
        await using var app = await TestApp.StartAsync(o => o.PersistedDocumentCacheBytes = 3 * InMemoryPersistedDocumentStore.EstimateBytes(documents[0]));

        foreach (var document in documents[..3])
        {
            await Send(app, new { query = document, extensions = Persisted(Sha(document)) });
        }
        await Send(app, new { extensions = Persisted(Sha(documents[0])) });
        foreach (var document in documents[3..])
        {
            await Send(app, new { query = document, extensions = Persisted(Sha(document)) });
        }
        var newest = await Send(app, new { extensions = Persisted(Sha(documents[^1])) });
        var usedRecently = await Send(app, new { extensions = Persisted(Sha(documents[0])) });
        var leastRecentlyUsed = await Send(app, new { extensions = Persisted(Sha(documents[1])) });

        Assert.Equal("Hello, 4!", newest.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, 0!", usedRecently.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", leastRecentlyUsed.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Registrations_are_bounded_by_bytes_and_a_document_refused_by_a_limit_is_not_registered()
    {
        const long capacity = 64 * 1024;
        await using var app = await TestApp.StartAsync(o =>
        {
            o.PersistedDocumentCacheBytes = capacity;
            o.Operation = o.Operation with { MaxAliases = 2 };
        });
        var store = (InMemoryPersistedDocumentStore)app.Services.GetRequiredService<IPersistedDocumentStore>();
        const string overLimit = "{ a: hello b: hello c: hello }";

        await Send(app, new { query = overLimit, extensions = Persisted(Sha(overLimit)) });
        var overLimitByHash = await Send(app, new { extensions = Persisted(Sha(overLimit)) });
        var largest = 0L;
        for (var n = 0; n < 20; n++)
        {
            var document = $"# {n} {new string('x', 10_000)}\n{{ hello }}";
            var registered = await Send(app, new { query = document, extensions = Persisted(Sha(document)) });
            Assert.Equal("Hello, world!", registered.GetProperty("data").GetProperty("hello").GetString());
            largest = Math.Max(largest, store.RegisteredBytes);
        }

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", overLimitByHash.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.InRange(largest, 1, capacity);
        Assert.Equal(3, store.RegisteredCount);
    }

    [Fact]
    public async Task Only_version_1_of_the_protocol_is_understood()
    {
        await using var app = await TestApp.StartAsync();

        var response = await Send(app, new { query = Query, extensions = new { persistedQuery = new { version = 2, sha256Hash = Sha(Query) } } });

        Assert.Equal("Unsupported persisted query version: only version 1 is known.", response.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
