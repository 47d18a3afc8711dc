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
            var owner = GlobalId.TryDecode(input.To, out var type, out var key) ? await CitedRecords.OwnerAsync(scope.Db, type, key, ct) : null;
            if (owner is null)
            {
                scope.NotFound($"\"{input.To}\" is not the id of {CitedRecords.Described}.", "to");
            }
            else
            {
                CitedRecords.Assign(citation, owner, key);
            }
            if (source is not null && owner is not null && await scope.Db.Citations.Where(c => c.SourceId == source.Id && c.Quote == quote).AnyAsync(CitedRecords.Of(owner, key), ct))
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
}
