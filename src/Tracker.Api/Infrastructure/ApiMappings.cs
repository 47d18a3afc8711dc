namespace Tracker.Api.Infrastructure;

/// <summary>
/// How entities become API models. Mapster matches members by name; only what differs is stated here
/// (keys renamed, aliases flattened, retraction as a flag). Every model member must have a source, checked
/// when the configuration compiles at start, so a renamed entity property fails fast instead of reading null.
/// </summary>
public static class ApiMappings
{
    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.NewConfig<Jurisdiction, JurisdictionModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.ParentKey, s => s.ParentId)
            .Map(d => d.Status, s => s.CurrentStatus)
            .Map(d => d.CurrentStatusEventKey, s => s.CurrentStatusEventId)
            .Ignore(d => d.AsOf);
        config.NewConfig<StatusEvent, StatusEventModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId)
            .Map(d => d.LegislationKey, s => s.LegislationId)
            .Map(d => d.Retracted, s => s.RetractedAt != null);
        config.NewConfig<LegislationStage, LegislationStageModel>()
            .Map(d => d.Key, s => s.Id);
        config.NewConfig<Legislation, LegislationModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId)
            .Map(d => d.Stages, s => s.Stages.OrderBy(stage => stage.Date).ThenBy(stage => stage.Id));
        config.NewConfig<Organization, OrganizationModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.ParentKey, s => s.ParentId)
            .Map(d => d.Aliases, s => s.Aliases.OrderBy(a => a.Name).Select(a => a.Name));
        config.NewConfig<Person, PersonModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.OrganizationKey, s => s.OrganizationId);
        config.NewConfig<Letter, LetterModel>()
            .Map(d => d.Key, s => s.Id);
        config.NewConfig<Signature, SignatureModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.LetterKey, s => s.LetterId)
            .Map(d => d.OrganizationKey, s => s.OrganizationId)
            .Map(d => d.PersonKey, s => s.PersonId);
        config.NewConfig<Event, EventModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.StartTimeOfDay, s => s.StartTime)
            .Map(d => d.EndTimeOfDay, s => s.EndTime)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId);
        config.NewConfig<Source, SourceModel>()
            .Map(d => d.Key, s => s.Id);
        config.NewConfig<Body, BodyModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId)
            .Map(d => d.ParentKey, s => s.ParentId)
            .Map(d => d.Aliases, s => s.Aliases.OrderBy(a => a.NormalizedName).ThenBy(a => a.Name).Select(a => a.Name));
        config.NewConfig<DeportationCase, DeportationCaseModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId);
        config.NewConfig<Statistic, StatisticModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.JurisdictionKey, s => s.JurisdictionId)
            .Map(d => d.StatementKey, s => s.StatementId)
            .Map(d => d.LetterKey, s => s.LetterId);
        config.NewConfig<Statement, StatementModel>()
            .Map(d => d.Key, s => s.Id)
            .Map(d => d.LetterKey, s => s.LetterId)
            .Map(d => d.LegislationKey, s => s.LegislationId)
            .Map(d => d.EventKey, s => s.EventId);
        config.NewConfig<LegislationStage, StageRecordModel>()
            .Map(d => d.Key, s => s.Id);
        config.Compile();
        return config;
    }
}
