using Tracker.Api.Caching;
using Tracker.Api.Dashboard;
using Tracker.Api.Nodes;
using Tracker.Api.Search;
using Tracker.GraphQL.Server.Configuration;

namespace Tracker.Api;

/// <summary>Registers the tracker's GraphQL API: the SDL in <c>schema/</c>, every resolver class, loader and model.</summary>
public static class TrackerApiServices
{
    public static GraphQLServerBuilder AddTrackerGraphQL(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddSingleton(ApiMappings.Create());
        var dashboard = DashboardAssets.Load();
        services.AddSingleton(dashboard);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var limits = provider.GetRequiredService<GraphQLServerOptions>().Operation;
            return new PagingOptions(limits.DefaultPageSize, limits.MaxPageSize);
        });
        services.AddScoped<LoaderRegistry>();
        services.AddScoped<ModelLoader>();
        services.AddSingleton<CompiledLoads>();
        services.AddSingleton<LoadMemo>();
        services.AddSingleton(provider => LoadMemoOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddScoped<Connections>();
        services.AddScoped<StatusTimelineBuilder>();
        services.AddScoped<DayStatusReader>();
        services.AddSingleton<StatusRecordCache>();
        services.AddSingleton(provider => StatusRecordOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => TimelineOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton(provider => DateLimits.From(provider.GetRequiredService<IConfiguration>()));
        services.AddHostedService<DailyStatusRefresh>();
        // The response cache's version: the data version (every committed write, any process) and today's date.
        services.AddSingleton<Tracker.GraphQL.Server.Caching.IResponseVersion, PublicReadVersion>();
        services.AddScoped<MutationRunner>();
        services.AddScoped<RecordMutations>();
        services.AddScoped<TopicSubscriptions>();
        services.AddScoped<RecordKindWrites>();
        // With PostgreSQL, subscription events reach every server instance (registered before the in-memory default).
        if (services.Any(d => d.ServiceType == typeof(Tracker.Data.TrackerDataOptions) && d.ImplementationInstance is Tracker.Data.TrackerDataOptions { Provider: Tracker.Data.TrackerProvider.Postgres }))
        {
            services.AddSingleton<PostgresTopicBus>();
            services.AddHostedService(provider => provider.GetRequiredService<PostgresTopicBus>());
            services.AddSingleton<Tracker.GraphQL.Server.Subscriptions.ITopicEventSender>(provider => provider.GetRequiredService<PostgresTopicBus>());
            services.AddSingleton<Tracker.GraphQL.Server.Subscriptions.ITopicEventReceiver>(provider => provider.GetRequiredService<PostgresTopicBus>());
            // Writes of other instances and of the shell import reach this instance's response cache as notifications.
            services.AddHostedService<PostgresDataVersionListener>();
        }
        else
        {
            // With SQLite, events written by other processes (the shell import) arrive through the event outbox.
            services.AddSingleton(provider => OutboxOptions.From(provider.GetRequiredService<IConfiguration>()));
            services.AddSingleton<OutboxRelay>();
            services.AddHostedService(provider => provider.GetRequiredService<OutboxRelay>());
        }

        return services.AddGraphQLServer()
            .AddSchemaFromFiles("schema")
            .ModifyOptions(options =>
            {
                options.IncludeExceptionDetails = environment.IsDevelopment();
                // A full page of pages (100 letters x 100 signatures, a few fields each) must fit: about 60,000.
                options.Operation = options.Operation with { MaxCost = 100_000 };
                options.PlaygroundDefaultQuery = PlaygroundQuery;
            })
            // The dashboard's queries are known by hash from the start: it sends only hashes, by GET.
            .AddPersistedDocuments(() => dashboard.Documents)
            .AddScalar("Date", DateScalars.ConfigureDate)
            .AddScalar("DateTime", DateScalars.ConfigureDateTime)
            // By convention (README "Registration"): enums and object types by name, resolver classes by [GraphQLType].
            .BindTypesFromAssemblies(typeof(TrackerApiServices).Assembly, typeof(Letter).Assembly)
            .AddMaintainerKeys()
            .AddResolversFromAssembly(typeof(TrackerApiServices).Assembly)
            .AddDataLoader<JurisdictionLoaders>()
            .AddDataLoader<SignatoryLoaders>()
            .AddDataLoader<LetterLoaders>()
            .AddDataLoader<EventLoaders>()
            .AddDataLoader<CitationLoaders>()
            .AddRecord();
    }

    /// <summary>What a journalist sees first in the playground: the states that refused to join, with the source of each.</summary>
    private const string PlaygroundQuery = """
        # Welcome to the Secure Communities tracker. Open the docs (book icon) for every type and field.
        # Which states refused to join or withdrew, when, and on what evidence?
        {
          jurisdictions(
            where: { kind: { in: [STATE, DISTRICT] }, status: { in: [REFUSED_TO_JOIN, WITHDREW] } }
            order: [{ name: ASC }]
          ) {
            totalCount
            nodes {
              name
              status
              currentStatusEvent {
                effectiveOn
                dateQualifier
                actor
                description
                citations { quote source { title publisher } }
              }
            }
          }
        }

        """;
}
