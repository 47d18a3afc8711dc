namespace Tracker.Api.Links;

/// <summary>
/// What an event is linked to: the letters and legislation <c>createEvent</c>/<c>updateEvent</c> write, read from the
/// event's side (<c>Letter.events</c> reads the same links from the letter's).
/// </summary>
[GraphQLType(TypeNames.Event)]
public sealed class EventLinkResolvers(LinkLoaders links, LetterLoaders letters, JurisdictionLoaders jurisdictions)
{
    public Task<IReadOnlyList<LetterModel>> Letters([Parent] EventModel model) => links.RecordsAsync(ReverseLinks.EventLetters, model.Key, letters.ByKeyAsync);

    public Task<IReadOnlyList<LegislationModel>> Legislation([Parent] EventModel model) =>
        links.RecordsAsync(ReverseLinks.EventLegislation, model.Key, jurisdictions.LegislationAsync);
}
