using System.Globalization;

namespace Tracker.Api.Events;

/// <summary>The fields of <c>Event</c> that need more than the model's own properties.</summary>
[GraphQLType("Event")]
public sealed class EventResolvers(EventLoaders loaders, JurisdictionLoaders jurisdictions, CitationLoaders citations)
{
    public static string Id([Parent] EventModel model) => GlobalId.Encode("Event", model.Key);

    public static string? StartTime([Parent] EventModel model) => model.StartTimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string? EndTime([Parent] EventModel model) => model.EndTimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public Task<JurisdictionModel?> Jurisdiction([Parent] EventModel model) =>
        model.JurisdictionKey is { } key ? jurisdictions.ByKeyAsync(key) : Task.FromResult<JurisdictionModel?>(null);

    public async Task<IReadOnlyList<JurisdictionModel>> Targets([Parent] EventModel model)
    {
        var keys = await loaders.TargetKeysAsync(model.Key);
        var targets = await Task.WhenAll(keys.Select(jurisdictions.ByKeyAsync));
        return targets.OfType<JurisdictionModel>().ToList();
    }

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] EventModel model) => citations.OfAsync(CitationOwner.Event, model.Key);
}
