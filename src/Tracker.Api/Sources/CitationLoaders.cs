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

    private static Expression<Func<Citation, CitationRow>> Project(Expression<Func<Citation, int>> ownerOf)
    {
        var citation = ownerOf.Parameters[0];
        var body = Expression.New(
            typeof(CitationRow).GetConstructors()[0],
            ownerOf.Body,
            Expression.Property(citation, nameof(Citation.SourceId)),
            Expression.Property(citation, nameof(Citation.Quote)));
        return Expression.Lambda<Func<Citation, CitationRow>>(body, citation);
    }

    private static Expression<Func<Citation, int>> OwnerColumn(CitationOwner owner) => owner switch
    {
        CitationOwner.Jurisdiction => c => c.JurisdictionId!.Value,
        CitationOwner.StatusEvent => c => c.StatusEventId!.Value,
        CitationOwner.Legislation => c => c.LegislationId!.Value,
        CitationOwner.LegislationStage => c => c.LegislationStageId!.Value,
        CitationOwner.Organization => c => c.OrganizationId!.Value,
        CitationOwner.Person => c => c.PersonId!.Value,
        CitationOwner.Letter => c => c.LetterId!.Value,
        CitationOwner.Event => c => c.EventId!.Value,
        CitationOwner.Body => c => c.BodyId!.Value,
        CitationOwner.DeportationCase => c => c.DeportationCaseId!.Value,
        CitationOwner.Statement => c => c.StatementId!.Value,
        CitationOwner.Statistic => c => c.StatisticId!.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(owner)),
    };
}
