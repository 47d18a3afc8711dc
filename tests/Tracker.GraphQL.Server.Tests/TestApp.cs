using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
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

    public static async Task<TestApp> StartAsync(Action<GraphQLServerOptions>? configure = null, bool development = false, ILoggerProvider? logs = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = development ? "Development" : "Production" });
        builder.WebHost.UseTestServer();
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
