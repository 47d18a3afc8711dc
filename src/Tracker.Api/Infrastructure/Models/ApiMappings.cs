namespace Tracker.Api.Infrastructure.Models;

/// <summary>
/// How entities become API models. Mapster matches members by name, with one naming rule: the API calls a database
/// key a key, so a model's <c>Key</c> reads the entity's <c>Id</c> and a reference <c>XKey</c> its <c>XId</c>. Only
/// what differs is stated here (aliases flattened, retraction as a flag, renamed times). Every model member must
/// have a source, checked when the configuration compiles at start, so a renamed entity property fails fast instead
/// of reading null.
/// </summary>
public static class ApiMappings
{
    /// <summary>Mapped by the naming rule alone; registered so that compiling the configuration checks them too.</summary>
    private static readonly (Type Entity, Type Model)[] ByNameAlone =
    [
        (typeof(LegislationStage), typeof(LegislationStageModel)),
        (typeof(Person), typeof(PersonModel)), (typeof(Letter), typeof(LetterModel)), (typeof(Signature), typeof(SignatureModel)),
        (typeof(Source), typeof(SourceModel)), (typeof(DeportationCase), typeof(DeportationCaseModel)),
        (typeof(Statistic), typeof(StatisticModel)), (typeof(Statement), typeof(StatementModel)),
    ];

    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Default.NameMatchingStrategy(new NameMatchingStrategy
        {
            SourceMemberNameConverter = NameMatchingStrategy.Identity,
            DestinationMemberNameConverter = KeysAsIds,
        });
        config.NewConfig<Jurisdiction, JurisdictionModel>()
            .Map(d => d.Status, s => s.CurrentStatus)
            .Ignore(d => d.AsOf);
        config.NewConfig<StatusEvent, StatusEventModel>()
            .Map(d => d.Retracted, s => s.RetractedAt != null);
        config.NewConfig<Legislation, LegislationModel>()
            .Map(d => d.Stages, s => s.Stages.OrderBy(stage => stage.Date).ThenBy(stage => stage.Id));
        config.NewConfig<Organization, OrganizationModel>()
            .Map(d => d.Aliases, s => s.Aliases.OrderBy(a => a.Name).Select(a => a.Name));
        config.NewConfig<Event, EventModel>()
            .Map(d => d.StartTimeOfDay, s => s.StartTime)
            .Map(d => d.EndTimeOfDay, s => s.EndTime);
        config.NewConfig<Body, BodyModel>()
            .Map(d => d.Aliases, s => s.Aliases.OrderBy(a => a.NormalizedName).ThenBy(a => a.Name).Select(a => a.Name));
        foreach (var (entity, model) in ByNameAlone)
        {
            config.NewConfig(entity, model);
        }
        config.Compile();
        return config;
    }

    /// <summary>The entity member a model member reads: <c>Key</c> is <c>Id</c>, <c>ParentKey</c> is <c>ParentId</c>.</summary>
    private static string KeysAsIds(string modelMember) => modelMember switch
    {
        "Key" => "Id",
        _ when modelMember.EndsWith("Key", StringComparison.Ordinal) => modelMember[..^"Key".Length] + "Id",
        _ => modelMember,
    };
}
