using Tracker.Api.Dashboard;
using Tracker.Api.Events;
using Tracker.Api.Infrastructure;
using Tracker.Api.Infrastructure.Paging;
using Tracker.Api.Jurisdictions;
using Tracker.Api.Letters;
using Tracker.Api.Maintainers;
using Tracker.Api.Nodes;
using Tracker.Api.Organizations;
using Tracker.Api.Record;
using Tracker.Api.Search;
using Tracker.Api.Sources;
using Tracker.Data.Entities;
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
        services.AddScoped<Connections>();
        services.AddScoped<StatusTimelineBuilder>();
        services.AddHostedService<DailyStatusRefresh>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton(provider => FailedAttemptOptions.From(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<FailedAttempts>();
        services.AddScoped<CallerIdentity>();
        services.AddScoped<MutationRunner>();
        // With PostgreSQL, subscription events reach every server instance (registered before the in-memory default).
        if (services.Any(d => d.ServiceType == typeof(Tracker.Data.TrackerDataOptions) && d.ImplementationInstance is Tracker.Data.TrackerDataOptions { Provider: Tracker.Data.TrackerProvider.Postgres }))
        {
            services.AddSingleton<PostgresTopicBus>();
            services.AddHostedService(provider => provider.GetRequiredService<PostgresTopicBus>());
            services.AddSingleton<Tracker.GraphQL.Server.Subscriptions.ITopicEventSender>(provider => provider.GetRequiredService<PostgresTopicBus>());
            services.AddSingleton<Tracker.GraphQL.Server.Subscriptions.ITopicEventReceiver>(provider => provider.GetRequiredService<PostgresTopicBus>());
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
            .BindEnum<SortDirection>()
            .BindEnum<JurisdictionKind>()
            .BindEnum<ParticipationStatus>()
            .BindEnum<DatePrecision>()
            .BindEnum<DateQualifier>()
            .BindEnum<LegislationKind>()
            .BindEnum<LegislationStance>()
            .BindEnum<LegislationStageKind>()
            .BindEnum<OrganizationKind>()
            .BindEnum<LetterKind>()
            .BindEnum<EventKind>()
            .BindEnum<SignatoryKind>()
            .BindEnum<ApiKeyRole>()
            .BindEnum<SignatureRowOutcome>()
            .BindEnum<UserErrorCode>()
            .BindRuntimeType<PageInfo>()
            .BindRuntimeType<Connection<JurisdictionModel>>("JurisdictionConnection")
            .BindRuntimeType<Edge<JurisdictionModel>>("JurisdictionEdge")
            .BindRuntimeType<Connection<StatusEventModel>>("StatusEventConnection")
            .BindRuntimeType<Edge<StatusEventModel>>("StatusEventEdge")
            .BindRuntimeType<Connection<OrganizationModel>>("OrganizationConnection")
            .BindRuntimeType<Edge<OrganizationModel>>("OrganizationEdge")
            .BindRuntimeType<Connection<PersonModel>>("PersonConnection")
            .BindRuntimeType<Edge<PersonModel>>("PersonEdge")
            .BindRuntimeType<Connection<LetterModel>>("LetterConnection")
            .BindRuntimeType<Edge<LetterModel>>("LetterEdge")
            .BindRuntimeType<Connection<SignatureModel>>("SignatureConnection")
            .BindRuntimeType<Edge<SignatureModel>>("SignatureEdge")
            .BindRuntimeType<Connection<SourceModel>>("SourceConnection")
            .BindRuntimeType<Edge<SourceModel>>("SourceEdge")
            .BindRuntimeType<Connection<EventModel>>("EventConnection")
            .BindRuntimeType<Edge<EventModel>>("EventEdge")
            .BindRuntimeType<EventModel>("Event")
            .BindRuntimeType<JurisdictionModel>("Jurisdiction")
            .BindRuntimeType<StatusEventModel>("StatusEvent")
            .BindRuntimeType<LegislationModel>("Legislation")
            .BindRuntimeType<LegislationStageModel>("LegislationStage")
            .BindRuntimeType<OrganizationModel>("Organization")
            .BindRuntimeType<PersonModel>("Person")
            .BindRuntimeType<LetterModel>("Letter")
            .BindRuntimeType<SignatureModel>("Signature")
            .BindRuntimeType<StateSignatoryCount>()
            .BindRuntimeType<SourceModel>("Source")
            .BindRuntimeType<CitationModel>("Citation")
            .BindRuntimeType<StatusSummaryModel>("StatusSummary")
            .BindRuntimeType<StatusCount>()
            .BindRuntimeType<KindStatusCount>()
            .BindRuntimeType<StateStatusCount>()
            .BindRuntimeType<StatusTimelineModel>("StatusTimeline")
            .BindRuntimeType<TimelinePoint>()
            .BindRuntimeType<ValidationErrorModel>("ValidationError")
            .BindRuntimeType<NotFoundErrorModel>("NotFoundError")
            .BindRuntimeType<ConflictErrorModel>("ConflictError")
            .BindRuntimeType<StatusEventPayload>()
            .BindRuntimeType<JurisdictionPayload>()
            .BindRuntimeType<LegislationPayload>()
            .BindRuntimeType<OrganizationPayload>()
            .BindRuntimeType<MergeOrganizationsPayload>()
            .BindRuntimeType<PersonPayload>()
            .BindRuntimeType<LetterPayload>()
            .BindRuntimeType<AddSignaturesPayload>()
            .BindRuntimeType<SignatureRowResult>()
            .BindRuntimeType<SignaturePayload>()
            .BindRuntimeType<SourcePayload>()
            .BindRuntimeType<AttachSourcePayload>()
            .BindRuntimeType<CreateApiKeyPayload>()
            .BindRuntimeType<RevokeApiKeyPayload>()
            .BindRuntimeType<ApiKeyInfo>("ApiKey")
            .BindRuntimeType<AuditEntryModel>("AuditEntry")
            .BindRuntimeType<Connection<AuditEntryModel>>("AuditEntryConnection")
            .BindRuntimeType<Edge<AuditEntryModel>>("AuditEntryEdge")
            .AddOperationGuard<OperationKeyCheck>()
            .AddConnectionInitGuard<ConnectionKeyCheck>()
            .AddResolvers<NodeQueries>()
            .AddResolvers<JurisdictionQueries>()
            .AddResolvers<StatusQueries>()
            .AddResolvers<SignatoryQueries>()
            .AddResolvers<LetterQueries>()
            .AddResolvers<SourceQueries>()
            .AddResolvers<SearchQueries>()
            .AddResolvers<MaintainerQueries>()
            .AddResolvers<StatusMutations>()
            .AddResolvers<JurisdictionMutations>()
            .AddResolvers<OrganizationMutations>()
            .AddResolvers<PersonMutations>()
            .AddResolvers<LetterMutations>()
            .AddResolvers<SignatureMutations>()
            .AddResolvers<SourceMutations>()
            .AddResolvers<KeyMutations>()
            .AddResolvers<TrackerSubscriptions>()
            .AddResolvers<JurisdictionResolvers>()
            .AddResolvers<StatusEventResolvers>()
            .AddResolvers<LegislationResolvers>()
            .AddResolvers<LegislationStageResolvers>()
            .AddResolvers<StateStatusCountResolvers>()
            .AddResolvers<OrganizationResolvers>()
            .AddResolvers<PersonResolvers>()
            .AddResolvers<LetterResolvers>()
            .AddResolvers<EventQueries>()
            .AddResolvers<EventResolvers>()
            .AddResolvers<StateSignatoryCountResolvers>()
            .AddResolvers<SignatureResolvers>()
            .AddResolvers<SourceResolvers>()
            .AddResolvers<CitationResolvers>()
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
