using System.Linq.Expressions;

namespace Tracker.Api.Sources;

/// <summary>Citations of records and the sources they name, batched per owner kind.</summary>
public sealed class CitationLoaders(ModelLoader loader)
{
    public Task<IReadOnlyList<CitationModel>> OfAsync(CitationOwner owner, int ownerKey)
    {
        var ownerOf = OwnerColumn(owner);
        return loader.ListAsync<CitationModel>($"citations:{owner}", ownerKey, async (db, keys, ct) =>
        {
            var rows = await db.Citations.Where(KeyPredicates.In(ownerOf, keys)).OrderBy(c => c.Id)
                .Select(Project(ownerOf)).ToListAsync(ct);
            return rows.GroupBy(r => r.Owner).ToDictionary(g => g.Key, g => (IReadOnlyList<CitationModel>)g.Select(r => new CitationModel(r.SourceKey, r.Quote)).ToList());
        });
    }

    public Task<SourceModel?> SourceAsync(int key) =>
        loader.ByKeyAsync<Source, SourceModel, int>(TypeNames.Source, key, db => db.Sources, s => s.Id, m => m.Key);

    private sealed record CitationRow(int Owner, int SourceKey, string? Quote);

    private static Expression<Func<Citation, CitationRow>> Project(Expression<Func<Citation, int>> ownerOf) =>
        OwnerRows.Projection<Citation, CitationRow>(ownerOf, (c, owner) => new CitationRow(owner, c.SourceId, c.Quote));

    private static Expression<Func<Citation, int>> OwnerColumn(CitationOwner owner) => OwnerRows.Column<Citation>(owner.ToString());
}
