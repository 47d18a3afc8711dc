using System.Linq.Expressions;

namespace Tracker.Api.Sources;

/// <summary>
/// Citations of records with the sources they name, in one statement per owner kind and batch (the citations and
/// then their sources by key took two, each a round trip and, on PostgreSQL, a parse and plan of its own).
/// </summary>
public sealed class CitationLoaders(ModelLoader loader, TypeAdapterConfig mapping)
{
    public Task<IReadOnlyList<CitationModel>> OfAsync(CitationOwner owner, int ownerKey)
    {
        // The statement (and the owner's column in it) is built only when it is compiled, once per owner kind.
        return loader.GroupsAsync<int, CitationRow, CitationModel>(
            Names[owner], ownerKey, r => r.Owner, (db, within) =>
            {
                var ownerOf = OwnerColumn(owner);
                return db.Citations.Where(KeyPredicates.Within(ownerOf, within)).OrderBy(c => c.Id).Select(Project(ownerOf));
            },
            static rows => rows.Select(r => new CitationModel(r.SourceKey, r.Quote, r.Source)).ToList());
    }

    /// <summary>The loads' names by owner kind, written once rather than on every call.</summary>
    private static readonly Dictionary<CitationOwner, string> Names = Enum.GetValues<CitationOwner>().ToDictionary(o => o, o => $"citations:{o}");

    private static readonly KeyedLoad<Source, SourceModel, int> SourceByKey = new(TypeNames.Source, db => db.Sources, s => s.Id, m => m.Key);

    public Task<SourceModel?> SourceAsync(int key) => loader.ByKeyAsync(SourceByKey, key);

    private sealed record CitationRow(int Owner, int SourceKey, string? Quote, SourceModel Source);

    private Expression<Func<Citation, CitationRow>> Project(Expression<Func<Citation, int>> ownerOf)
    {
        var citation = ownerOf.Parameters[0];
        var source = ModelProjection.Of<Source, SourceModel>(mapping, Expression.Property(citation, nameof(Citation.Source)));
        var row = ModelProjection.Row<CitationRow>(ownerOf.Body, Expression.Property(citation, nameof(Citation.SourceId)), Expression.Property(citation, nameof(Citation.Quote)), source);
        return Expression.Lambda<Func<Citation, CitationRow>>(row, citation);
    }

    private static Expression<Func<Citation, int>> OwnerColumn(CitationOwner owner) => OwnerRows.Column<Citation>(owner.ToString());
}
