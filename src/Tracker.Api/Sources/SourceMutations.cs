namespace Tracker.Api.Sources;

/// <summary>Citing sources on records (adding a source is <see cref="SourceWrites"/>).</summary>
[GraphQLType("Mutation")]
public sealed class SourceMutations(RecordMutations mutations)
{
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
