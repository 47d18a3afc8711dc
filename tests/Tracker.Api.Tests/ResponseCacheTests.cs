using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Shell;
using Tracker.Data.Versioning;

namespace Tracker.Api.Tests;

/// <summary>
/// The response cache on the real server and database: a repeated public query is answered from it (the
/// <c>X-Cache</c> header says so), and no answer from before a committed write is served after it, whether the
/// write is a maintainer's mutation or the shell import (another process on SQLite, another connection and a NOTIFY
/// on PostgreSQL). GET revalidates with ETags; requests with a key never touch the cache.
/// </summary>
public abstract class ResponseCacheTests(MaintainerApi api)
{
    private const string SignatureCount = "query ($slug: String!) { letter(slug: $slug) { signatures { totalCount } } }";

    /// <summary>The letter's signature count through POST, and whether the cache answered.</summary>
    internal static async Task<(int Count, string? Cache)> CountAsync(TrackerApiFactory server, string letter, string? key = null)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = SignatureCount, variables = new { slug = letter } }) };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        using var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return ((int)body["data"]!["letter"]!["signatures"]!["totalCount"]!, response.Headers.TryGetValues("X-Cache", out var cache) ? cache.Single() : null);
    }

    internal static async Task AddSignatureAsync(TrackerApiFactory server, string key, string letter, string printedName)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = $"mutation {{ addSignatures(input: {{ letter: \"{letter}\", signatures: [{{ printedName: \"{printedName}\" }}] }}) {{ added errors {{ message }} }} }}" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        Assert.Contains("\"added\":1", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Until the server's data version differs from <paramref name="before"/>, at most 15 s: at once in process and
    /// on SQLite (where asking the version reads the file's own counter), a NOTIFY away across PostgreSQL instances.
    /// </summary>
    internal static Task VersionMovedAsync(TrackerApiFactory server, long? before) => VersionAsync(server, now => now is not null && now != before);

    /// <summary>Until the server knows its data version (on PostgreSQL, once it LISTENs), at most 15 s.</summary>
    internal static Task VersionKnownAsync(TrackerApiFactory server) => VersionAsync(server, now => now is not null);

    private static Task VersionAsync(TrackerApiFactory server, Func<long?, bool> condition)
    {
        var version = server.Services.GetRequiredService<DataVersion>();
        return Signalled.WaitUntilAsync(() => version.NextChange, () => condition(version.Current()), () => "The data version did not get there within 15 s.", TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_repeated_query_is_served_from_the_cache_and_the_first_after_a_mutation_commits_has_the_new_data()
    {
        const string letter = "no-more-deportations-petition-2011";
        await VersionKnownAsync(api.Factory);
        var first = await CountAsync(api.Factory, letter);
        var repeated = await CountAsync(api.Factory, letter);

        await AddSignatureAsync(api.Factory, api.Maintainer, letter, "Cached Answer Breaker");
        var afterWrite = await CountAsync(api.Factory, letter);
        var repeatedAfterWrite = await CountAsync(api.Factory, letter);

        Assert.Equal((first.Count, "MISS"), (repeated.Count, first.Cache));
        Assert.Equal("HIT", repeated.Cache);
        Assert.Equal((first.Count + 1, "MISS"), afterWrite);
        Assert.Equal((first.Count + 1, "HIT"), repeatedAfterWrite);
    }

    [Fact]
    public async Task A_shell_import_into_the_database_of_a_running_server_is_seen_by_its_next_query()
    {
        const string letter = "cambodian-deportation-petitions-2016";
        await VersionKnownAsync(api.Factory);
        var first = await CountAsync(api.Factory, letter);
        var cached = await CountAsync(api.Factory, letter);
        var before = api.Factory.Services.GetRequiredService<DataVersion>().Current();
        Directory.CreateDirectory(api.Factory.DataFolder);
        var file = Path.Combine(api.Factory.DataFolder, $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, ["printed_name", "\"Imported Cache Breaker One\"", "\"Imported Cache Breaker Two\""]);
        var settings = new ConfigurationBuilder().AddConfiguration(api.Factory.Services.GetRequiredService<IConfiguration>()).Build();

        var exit = await ShellCommands.RunAsync(["import", "signatures", "--letter", letter, file, "--as", "maria"], settings, new StringWriter(), new StringWriter());
        await VersionMovedAsync(api.Factory, before);
        var afterImport = await CountAsync(api.Factory, letter);

        Assert.Equal(0, exit);
        Assert.Equal((first.Count, "HIT"), cached);
        Assert.Equal((first.Count + 2, "MISS"), afterImport);
    }

    [Fact]
    public async Task A_GET_revalidates_with_304_until_a_write_then_gets_the_new_data_with_a_new_ETag()
    {
        const string letter = "petition-obama-end-secure-communities";
        await VersionKnownAsync(api.Factory);
        using var client = api.Factory.CreateClient();
        HttpRequestMessage Get(string? etag)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(SignatureCount) + "&variables=" + Uri.EscapeDataString($"{{\"slug\":\"{letter}\"}}"));
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }
            return request;
        }
        using var first = await client.SendAsync(Get(null));
        var etag = first.Headers.ETag?.ToString();
        using var unchanged = await client.SendAsync(Get(etag));

        await AddSignatureAsync(api.Factory, api.Maintainer, letter, "Conditional Request Breaker");
        using var changed = await client.SendAsync(Get(etag));
        var before = (int)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["data"]!["letter"]!["signatures"]!["totalCount"]!;
        var after = (int)JsonNode.Parse(await changed.Content.ReadAsStringAsync())!["data"]!["letter"]!["signatures"]!["totalCount"]!;

        Assert.NotNull(etag);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept", "Authorization"], first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag?.ToString());
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task A_query_sent_with_a_key_is_never_answered_from_the_cache()
    {
        const string letter = "massachusetts-sign-on-letters";
        await VersionKnownAsync(api.Factory);
        await CountAsync(api.Factory, letter);
        var cached = await CountAsync(api.Factory, letter);

        var withKey = await CountAsync(api.Factory, letter, api.Maintainer);

        Assert.Equal("HIT", cached.Cache);
        Assert.Null(withKey.Cache);
        Assert.Equal(cached.Count, withKey.Count);
    }
}

public sealed class SqliteResponseCacheTests(MaintainerApi api) : ResponseCacheTests(api), IClassFixture<MaintainerApi>;

public sealed class PostgresResponseCacheTests(PostgresMaintainerApi api) : ResponseCacheTests(api), IClassFixture<PostgresMaintainerApi>;
