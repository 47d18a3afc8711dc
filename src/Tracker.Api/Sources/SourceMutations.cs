using Mapster;
using Microsoft.EntityFrameworkCore;
using Tracker.Api.Infrastructure;
using Tracker.Api.Mutations;
using Tracker.Data.Entities;
using Tracker.GraphQL.Server.Binding;

namespace Tracker.Api.Sources;

/// <summary>Adding sources and citing them on records.</summary>
[GraphQLType("Mutation")]
public sealed class SourceMutations(MutationRunner runner, TypeAdapterConfig mapping)
{
    public Task<SourcePayload> AddSource(AddSourceInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("addSource", input, async (scope, ct) =>
        {
            var slug = scope.Slug(input.Slug, "slug");
            if (await scope.Db.Sources.AnyAsync(s => s.Slug == slug, ct))
            {
                scope.Invalid($"A source already has the slug \"{slug}\".", "slug");
            }
            scope.HttpUrl(input.Url, "url");
            scope.NotInFuture(input.PublishedOn, "publishedOn");
            var source = new Source
            {
                Slug = slug ?? "",
                Title = scope.Text(input.Title, 500, true, "title") ?? "",
                Url = scope.Text(input.Url, 2000, false, "url"),
                Publisher = scope.Text(input.Publisher, 300, false, "publisher"),
                PublishedOn = input.PublishedOn,
                Notes = scope.Text(input.Notes, 4000, false, "notes"),
            };
            if (scope.Failed)
            {
                return new SourcePayload(null, []);
            }
            scope.Db.Sources.Add(source);
            scope.Audit("Source", () => source.Id, null, () => source.Adapt<SourceModel>(mapping));
            await scope.Db.SaveChangesAsync(ct);
            return new SourcePayload(source.Adapt<SourceModel>(mapping), []);
        }, errors => new SourcePayload(null, errors), cancellationToken);

    public Task<AttachSourcePayload> AttachSource(AttachSourceInput input, CancellationToken cancellationToken) =>
        runner.RunAsync("attachSource", input, async (scope, ct) =>
        {
            var source = await scope.Db.Sources.SingleOrDefaultAsync(s => s.Slug == input.Source, ct);
            if (source is null)
            {
                scope.NotFound($"No source has the slug \"{input.Source}\".", "source");
            }
            var quote = scope.Text(input.Quote, 4000, false, "quote");
            var citation = new Citation { Source = source!, Quote = quote };
            var found = GlobalId.TryDecode(input.To, out var type, out var key) && type switch
            {
                "StatusEvent" => await scope.Db.StatusEvents.AnyAsync(e => e.Id == key, ct) && Set(() => citation.StatusEventId = key),
                "Letter" => await scope.Db.Letters.AnyAsync(l => l.Id == key, ct) && Set(() => citation.LetterId = key),
                "Legislation" => await scope.Db.Legislation.AnyAsync(l => l.Id == key, ct) && Set(() => citation.LegislationId = key),
                "Organization" => await scope.Db.Organizations.AnyAsync(o => o.Id == key, ct) && Set(() => citation.OrganizationId = key),
                "Person" => await scope.Db.People.AnyAsync(p => p.Id == key, ct) && Set(() => citation.PersonId = key),
                "Jurisdiction" => await scope.Db.Jurisdictions.AnyAsync(j => j.Id == key, ct) && Set(() => citation.JurisdictionId = key),
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
