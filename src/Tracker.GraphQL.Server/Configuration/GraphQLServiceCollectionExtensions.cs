using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Tracker.GraphQL.DataLoader;
using Tracker.GraphQL.Diagnostics;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Server.Diagnostics;
using Tracker.GraphQL.Server.Execution;
using Tracker.GraphQL.Server.Subscriptions;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Server.Configuration;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds the GraphQL server: the schema (built from SDL and bound to resolvers on first use, failing with
    /// every binding problem listed), the request executor, a DataLoader scope per request, the in-memory
    /// topic bus, the WebSocket handler, and the engine's and server's telemetry (spans and metrics through the
    /// host's <see cref="IMeterFactory"/>, recorded only while something listens).
    /// </summary>
    public static GraphQLServerBuilder AddGraphQLServer(this IServiceCollection services)
    {
        var builder = new GraphQLServerBuilder(services);
        services.AddSingleton(provider =>
        {
            var options = new GraphQLServerOptions();
            foreach (var configure in builder.OptionActions)
            {
                configure(options);
            }
            return options;
        });
        services.AddSingleton(provider =>
        {
            var sdl = string.Join("\n\n", builder.SchemaSources.Select(source => source()));
            var schema = SchemaBuilder.Build(Parser.Parse(new Source(sdl, "schema"), ParseOptions.Default with { MaxTokens = null }));
            SchemaValidator.AssertValid(schema);
            SchemaBinder.Bind(schema, builder.Registrations, provider.GetRequiredService<IServiceProviderIsService>());
            return schema;
        });
        services.TryAddSingleton<IPersistedDocumentStore>(provider =>
        {
            var store = new InMemoryPersistedDocumentStore(provider.GetRequiredService<GraphQLServerOptions>().PersistedDocumentCacheBytes);
            foreach (var document in builder.PersistedDocumentSources.SelectMany(source => source()))
            {
                store.Preload(document);
            }
            return store;
        });
        services.TryAddSingleton(provider => new GraphQLTelemetry(
            provider.GetService<IMeterFactory>(), provider.GetRequiredService<GraphQLServerOptions>().ResolverSpanThreshold));
        services.TryAddSingleton(provider => new GraphQLServerTelemetry(
            provider.GetService<IMeterFactory>(), provider.GetRequiredService<GraphQLServerOptions>().MaxOperationNameTags));
        services.AddSingleton<RequestExecutor>();
        services.TryAddSingleton(provider => new Caching.ResponseCache(provider.GetRequiredService<GraphQLServerOptions>().ResponseCacheBytes));
        services.AddScoped<DataLoaderScope>();
        services.TryAddSingleton<InMemoryTopicBus>();
        services.TryAddSingleton<ITopicEventSender>(provider => provider.GetRequiredService<InMemoryTopicBus>());
        services.TryAddSingleton<ITopicEventReceiver>(provider => provider.GetRequiredService<InMemoryTopicBus>());
        services.AddSingleton<GraphQLWebSocketHandler>();
        services.AddSingleton<LiveConnections>();
        services.AddSingleton(provider => new EventStreams.EventStreamReservations(
            provider.GetRequiredService<GraphQLServerOptions>(), provider.GetService<TimeProvider>() ?? TimeProvider.System));
        return builder;
    }
}
