using System.Globalization;

namespace Tracker.Api.Events;

/// <summary>The fields of <c>Event</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Event)]
public sealed class EventResolvers(EventLoaders loaders, JurisdictionLoaders jurisdictions, CitationLoaders citations)
{
    public static string? StartTime([Parent] EventModel model) => model.StartTimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string? EndTime([Parent] EventModel model) => model.EndTimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public Task<JurisdictionModel?> Jurisdiction([Parent] EventModel model) => References.LoadAsync(model.JurisdictionKey, jurisdictions.ByKeyAsync);

    public Task<IReadOnlyList<JurisdictionModel>> Targets([Parent] EventModel model) =>
        loaders.TargetsAsync(model.Key);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] EventModel model) => citations.OfAsync(CitationOwner.Event, model.Key);
}
