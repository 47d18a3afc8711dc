using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Http;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>An in-process server with the small bookshop schema the server tests use.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    public const string Sdl = """
        directive @defer(if: Boolean! = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @stream(initialCount: Int! = 0, if: Boolean! = true, label: String) on FIELD

        type Query {
          hello(name: String = "world"): String!
          book(id: ID!): Book
          books(first: Int = 10): [Book!]!
          shelf(kind: Kind!): [Book!]!
          slow(ms: Int!): Int
          fail: String
          deep: Nested
        }

        type Mutation {
          addBook(input: BookInput!): Book!
          rename(id: ID!, title: String): String
        }

        type Subscription {
          bookAdded: Book!
          countdown(from: Int!): Int!
        }

        type Book {
          id: ID!
          title: String!
          pages: Int
          kind: Kind!
          author: Author
        }

        type Author {
          name: String!
        }

        type Nested {
          value: Int
          nested: Nested
        }

        input BookInput {
          title: String!
          pages: Int
          kind: Kind = PAPER_BACK
        }

        enum Kind {
          PAPER_BACK
          HARD_COVER
        }
        """;

    private TestApp(WebApplication app) => App = app;

    public WebApplication App { get; }

    public TestServer Server => App.GetTestServer();

    public HttpClient Client => Server.CreateClient();

    public IServiceProvider Services => App.Services;

    /// <summary>Where a loopback server listens (<see cref="StartOnLoopbackAsync"/>), e.g. http://127.0.0.1:41234.</summary>
    public Uri Address => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>In memory (TestServer): requests through <see cref="Client"/> and <see cref="Server"/>.</summary>
    public static Task<TestApp> StartAsync(Action<GraphQLServerOptions>? configure = null, bool development = false, ILoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = development ? "Development" : "Production" });
        builder.WebHost.UseTestServer();
        services?.Invoke(builder.Services);
        return StartAsync(builder, configure, logs);
    }

    /// <summary>On Kestrel at a free loopback port (<see cref="Address"/>), for real browsers, sockets and shutdowns.</summary>
    public static Task<TestApp> StartOnLoopbackAsync(Action<GraphQLServerOptions>? configure = null, Action<WebApplicationBuilder>? host = null, ILoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        host?.Invoke(builder);
        return StartAsync(builder, configure, logs);
    }

    private static async Task<TestApp> StartAsync(WebApplicationBuilder builder, Action<GraphQLServerOptions>? configure, ILoggerProvider? logs)
    {
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }
        builder.Services.AddSingleton<Bookshop>();
        builder.Services.AddGraphQLServer()
            .AddSchemaFromString(Sdl)
            .AddResolvers<QueryResolvers>()
            .AddResolvers<MutationResolvers>()
            .AddResolvers<SubscriptionResolvers>()
            .AddResolvers<BookResolvers>()
            .AddResolvers<NestedResolvers>()
            .BindRuntimeType<Book>()
            .BindRuntimeType<Author>()
            .BindRuntimeType<Nested>()
            .BindEnum<Kind>()
            .AddDataLoader<AuthorLoader>()
            .ModifyOptions(options => configure?.Invoke(options));
        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL();
        await app.StartAsync();
        return new TestApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
