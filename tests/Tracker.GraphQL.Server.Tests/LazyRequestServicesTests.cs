using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.DataLoader;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// A request's DI scope is opened only when something asks for a service, and loads queued through the request's
/// scope are dispatched however the resolver reached it.
/// </summary>
public sealed class LazyRequestServicesTests
{
    private const string Sdl = """
        type Query {
          plain(name: String!): String!
          scoped: Int!
          viaContext(keys: [String!]!): [String!]!
          viaContextLater(keys: [String!]!): [String!]!
        }
        """;

    public sealed class Batches
    {
        public int Count;
    }

    /// <summary>Upper-cases its keys, counting its batches.</summary>
    public sealed class UpperLoader(DataLoaderScope scope, Batches batches) : BatchDataLoader<string, string>(scope)
    {
        protected override Task<IReadOnlyDictionary<string, string?>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref batches.Count);
            return Task.FromResult<IReadOnlyDictionary<string, string?>>(keys.Distinct().ToDictionary(k => k, k => (string?)k.ToUpperInvariant()));
        }
    }

    /// <summary>A scoped resolver class: asking for it opens the scope.</summary>
    public sealed class ScopedResolvers(Batches batches)
    {
        public int Scoped() => batches.Count;
    }

    [GraphQLType("Query")]
    public sealed class StaticResolvers
    {
        public static string Plain(string name) => $"Hello, {name}!";

        /// <summary>Reaches the loader through the HTTP request's own scope, not through the executor's services.</summary>
        public static Task<string[]> ViaContext(HttpContext http, IReadOnlyList<string> keys)
        {
            var loader = http.RequestServices.GetRequiredService<UpperLoader>();
            return Task.WhenAll(keys.Select(k => loader.LoadAsync(k)!)).ContinueWith(t => t.Result.Select(v => v!).ToArray(), TaskScheduler.Default);
        }

        /// <summary>The same, the scope first opened on the thread pool after the executor began waiting.</summary>
        public static async Task<string[]> ViaContextLater(HttpContext http, IReadOnlyList<string> keys)
        {
            // Off the executor's context onto the thread pool, without waiting any fixed time.
            await Task.Run(static () => { }).ConfigureAwait(false);
            var loader = http.RequestServices.GetRequiredService<UpperLoader>();
            var values = await Task.WhenAll(keys.Select(k => loader.LoadAsync(k)!)).ConfigureAwait(false);
            return values.Select(v => v!).ToArray();
        }
    }

    private sealed class App(WebApplication app, List<bool> scopeOpened) : IAsyncDisposable
    {
        public HttpClient Client { get; } = app.GetTestServer().CreateClient();

        public Batches Batches => app.Services.GetRequiredService<Batches>();

        /// <summary>For each request so far: whether its DI scope had been opened when it ended.</summary>
        public List<bool> ScopeOpened => scopeOpened;

        public async Task<JsonElement> PostAsync(string query)
        {
            var response = await Client.PostAsJsonAsync("/graphql", new { query });
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<App> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<Batches>();
        builder.Services.AddGraphQLServer()
            .AddSchemaFromString(Sdl)
            .AddResolvers<StaticResolvers>()
            .AddResolvers<ScopedResolvers>("Query")
            .AddDataLoader<UpperLoader>()
            .ModifyOptions(options => options.ExecutionTimeout = TimeSpan.FromSeconds(20));
        var app = builder.Build();
        var opened = new List<bool>();
        // Outermost: sees, after the endpoint, whether anything read the request's services.
        app.Use(async (context, next) =>
        {
            await next(context);
            lock (opened)
            {
                opened.Add(context.Features.Get<IServiceProvidersFeature>() is not null);
            }
        });
        app.MapGraphQL();
        await app.StartAsync();
        return new App(app, opened);
    }

    [Fact]
    public async Task A_query_whose_resolvers_need_no_service_opens_no_scope_and_one_that_does_opens_it()
    {
        await using var app = await StartAsync();

        var plain = await app.PostAsync("""{ plain(name: "x") }""");
        var scoped = await app.PostAsync("{ scoped }");

        Assert.Equal("Hello, x!", plain.GetProperty("data").GetProperty("plain").GetString());
        Assert.Equal(0, scoped.GetProperty("data").GetProperty("scoped").GetInt32());
        Assert.Equal([false, true], app.ScopeOpened);
    }

    [Fact]
    public async Task Loads_queued_through_the_request_scope_itself_are_dispatched_in_one_batch()
    {
        await using var app = await StartAsync();

        var result = await app.PostAsync("""{ viaContext(keys: ["a", "b", "c"]) }""");

        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        Assert.Equal(["A", "B", "C"], result.GetProperty("data").GetProperty("viaContext").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, app.Batches.Count);
    }

    [Fact]
    public async Task Loads_queued_after_the_executor_began_waiting_wake_it()
    {
        await using var app = await StartAsync();

        var result = await app.PostAsync("""{ viaContextLater(keys: ["a", "b"]) }""");

        // Unwoken, the executor would wait for the 20-second timeout and answer with its error instead.
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        Assert.Equal(["A", "B"], result.GetProperty("data").GetProperty("viaContextLater").EnumerateArray().Select(e => e.GetString()));
    }
}
