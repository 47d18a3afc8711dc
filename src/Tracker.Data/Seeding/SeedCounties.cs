using Tracker.Data.Entities;
using Tracker.Data.Search;

namespace Tracker.Data.Seeding;

/// <summary>
/// Writes the ~3,200 counties of counties.json on first start (and any added to the file later) with their
/// citations and search documents, in bulk: through change tracking they would cost ten seconds of CPU, in bulk
/// a fraction of one. Runs in the seed load's transaction, after the states and sources they refer to are saved.
/// </summary>
internal static class SeedCounties
{
    public static async Task<int> WriteAsync(TrackerDbContext db, IReadOnlyList<PendingCounty> counties, CancellationToken cancellationToken)
    {
        if (counties.Count == 0)
        {
            return 0;
        }
        var now = DateTime.UtcNow;
        await using var jurisdictions = await BulkInsert.PrepareAsync(db, typeof(Jurisdiction),
            ["Code", "Kind", "Name", "Fips", "ParentId", "CurrentStatus", "Version", "CreatedAt", "UpdatedAt"], cancellationToken);
        await using var citations = await BulkInsert.PrepareAsync(db, typeof(Citation), ["SourceId", "JurisdictionId"], cancellationToken);
        await using var documents = await BulkInsert.PrepareAsync(db, typeof(SearchDocument), ["Kind", "EntityId", "Title", "Text"], cancellationToken);
        foreach (var (record, state, sources) in counties)
        {
            var id = await jurisdictions.InsertAsync(cancellationToken,
                record.Code, nameof(JurisdictionKind.County), record.Name, record.Fips, state.Id, nameof(ParticipationStatus.Unknown), 1, now, now);
            foreach (var source in sources)
            {
                await citations.InsertAsync(cancellationToken, source.Id, id);
            }
            // The same document SearchDocumentWriter writes for a jurisdiction saved through the context.
            var document = SearchDocumentWriter.Document(SearchKind.Jurisdiction, id, record.Name, [record.Code, null]);
            await documents.InsertAsync(cancellationToken, nameof(SearchKind.Jurisdiction), id, document.Title, document.Text);
        }
        return counties.Count;
    }
}
