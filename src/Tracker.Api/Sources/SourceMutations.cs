namespace Tracker.Api.Sources;

/// <summary>Adding sources and citing them on records.</summary>
[GraphQLType("Mutation")]
public sealed class SourceMutations(RecordMutations mutations)
{
    public Task<SourcePayload> AddSource(AddSourceInput input, CancellationToken cancellationToken) =>
        mutations.CreateAsync<Source, SourceModel, SourcePayload>(input, async (scope, ct) =>
        {
            var slug = await scope.NewSlugAsync(scope.Db.Sources, input.Slug, s => s.Slug, "A source", ct);
            scope.HttpUrl(input.Url, "url");
            scope.NotInFuture(input.PublishedOn, "publishedOn");
            return new Source
            {
                Slug = slug ?? "",
                Title = scope.Required<Source>(input.Title, s => s.Title, "title") ?? "",
                Url = scope.Optional<Source>(input.Url, s => s.Url, "url"),
                Publisher = scope.Optional<Source>(input.Publisher, s => s.Publisher, "publisher"),
                PublishedOn = input.PublishedOn,
                Notes = scope.Optional(input.Notes, UnboundedTextLimits.SourceNotes, "notes"),
            };
        }, (source, errors) => new SourcePayload(source, errors), cancellationToken);

    public Task<AttachSourcePayload> AttachSource(AttachSourceInput input, CancellationToken cancellationToken) =>
        mutations.RunAsync(input, async (scope, ct) =>
        {
            var source = await scope.ReferencedAsync(scope.Db.Sources, input.Source, s => s.Slug, "source", "source", ct);
            var quote = scope.Optional<Citation>(input.Quote, c => c.Quote, "quote");
            var citation = new Citation { Source = source!, Quote = quote };
            var found = GlobalId.TryDecode(input.To, out var type, out var key) && type switch
            {
                TypeNames.StatusEvent => await scope.Db.StatusEvents.AnyAsync(e => e.Id == key, ct) && Set(() => citation.StatusEventId = key),
                TypeNames.Letter => await scope.Db.Letters.AnyAsync(l => l.Id == key, ct) && Set(() => citation.LetterId = key),
                TypeNames.Legislation => await scope.Db.Legislation.AnyAsync(l => l.Id == key, ct) && Set(() => citation.LegislationId = key),
                TypeNames.Organization => await scope.Db.Organizations.AnyAsync(o => o.Id == key, ct) && Set(() => citation.OrganizationId = key),
                TypeNames.Person => await scope.Db.People.AnyAsync(p => p.Id == key, ct) && Set(() => citation.PersonId = key),
                TypeNames.Jurisdiction => await scope.Db.Jurisdictions.AnyAsync(j => j.Id == key, ct) && Set(() => citation.JurisdictionId = key),
                _ => false,
            };
            if (!found)
            {
                scope.NotFound($"\"{input.To}\" is not the id of a status event, letter, legislation, organisation, person or jurisdiction.", "to");
            }
            if (source is not null && found && await scope.Db.Citations.AnyAsync(c => c.SourceId == source.Id && c.Quote == quote
                && c.StatusEventId == citation.StatusEventId && c.LetterId == citation.LetterId && c.LegislationId == citation.LegislationId
                && c.OrganizationId == citation.OrganizationId && c.PersonId == citation.PersonId && c.JurisdictionId == citation.JurisdictionId, ct))
            {
                scope.Invalid("This record already cites this source with this quote.", "source");
            }
            if (scope.Failed)
            {
                return new AttachSourcePayload(null, []);
            }
            scope.Db.Citations.Add(citation);
            scope.Audit(type, () => key, null, () => new { source = source!.Slug, quote });
            return new AttachSourcePayload(new CitationModel(source!.Id, quote), []);
        }, errors => new AttachSourcePayload(null, errors), cancellationToken);

    private static bool Set(Action assign)
    {
        assign();
        return true;
    }
}
