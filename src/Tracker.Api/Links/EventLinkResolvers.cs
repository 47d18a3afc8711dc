namespace Tracker.Api.Links;

/// <summary>
/// What an event is linked to: the letters and legislation <c>createEvent</c>/<c>updateEvent</c> write, read from the
/// event's side (<c>Letter.events</c> reads the same links from the letter's).
/// </summary>
[GraphQLType(TypeNames.Event)]
public sealed class EventLinkResolvers(LinkLoaders links)
{
    public Task<IReadOnlyList<LetterModel>> Letters([Parent] EventModel model) => links.RecordsAsync(ReverseLinks.EventLetters, model.Key, LetterQueryMaps.Records);

    public Task<IReadOnlyList<LegislationModel>> Legislation([Parent] EventModel model) =>
        links.RecordsAsync<Legislation, LegislationModel>(ReverseLinks.EventLegislation, model.Key, db => db.Legislation);
}
