using System.Globalization;

namespace Tracker.Api.Events;

/// <summary>The fields of <c>Event</c> that need more than the model's own properties.</summary>
[GraphQLType(TypeNames.Event)]
public sealed class EventResolvers(EventLoaders loaders, JurisdictionLoaders jurisdictions, CitationLoaders citations, LinkLoaders links, ActorLoaders actors)
{
    public static string? StartTime([Parent] EventModel model) => model.StartTimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string? EndTime([Parent] EventModel model) => model.EndTimeOfDay?.ToString("HH:mm", CultureInfo.InvariantCulture);

    public Task<JurisdictionModel?> Jurisdiction([Parent] EventModel model) => References.LoadAsync(model.JurisdictionKey, jurisdictions.ByKeyAsync);

    public Task<IReadOnlyList<JurisdictionModel>> Targets([Parent] EventModel model) =>
        loaders.TargetsAsync(model.Key);

    public Task<IReadOnlyList<CitationModel>> Citations([Parent] EventModel model) => citations.OfAsync(CitationOwner.Event, model.Key);

    // The letters and legislation createEvent/updateEvent link, read from the event's side (Letter.events reads the
    // same links from the letter's).
    public Task<IReadOnlyList<LetterModel>> Letters([Parent] EventModel model) => links.RecordsAsync(ReverseLinks.EventLetters, model.Key, LetterQueryMaps.Records);

    public Task<IReadOnlyList<LegislationModel>> Legislation([Parent] EventModel model) =>
        links.RecordsAsync<Legislation, LegislationModel>(ReverseLinks.EventLegislation, model.Key, db => db.Legislation);

    // Who organised, sponsored, took part in and was addressed by the event (the Actor union, in printed order): a
    // field per role, as Legislation has its sponsors and actors.
    public Task<IReadOnlyList<object>> Organizers([Parent] EventModel model) => Playing(model, ActorRole.Organizer);

    public Task<IReadOnlyList<object>> Sponsors([Parent] EventModel model) => Playing(model, ActorRole.Sponsor);

    public Task<IReadOnlyList<object>> Participants([Parent] EventModel model) => Playing(model, ActorRole.Participant);

    public Task<IReadOnlyList<object>> AddressedTo([Parent] EventModel model) => Playing(model, ActorRole.AddressedTo);

    private Task<IReadOnlyList<object>> Playing(EventModel ev, ActorRole role) => actors.OfAsync(ActorOwner.Event, ev.Key, role);
}
