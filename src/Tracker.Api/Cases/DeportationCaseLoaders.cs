namespace Tracker.Api.Cases;

/// <summary>The per-request loads of deportation cases, batched.</summary>
public sealed class DeportationCaseLoaders(ModelLoader loader)
{
    public Task<DeportationCaseModel?> ByKeyAsync(int key) =>
        loader.ByKeyAsync<DeportationCase, DeportationCaseModel, int>("DeportationCase", key, db => db.DeportationCases, c => c.Id, m => m.Key);

    /// <summary>Keys of the petitions (letters) for a case, oldest first.</summary>
    public Task<IReadOnlyList<int>> PetitionKeysAsync(int caseKey) =>
        loader.ListAsync<int>("DeportationCase.petitions", caseKey, async (db, keys, ct) =>
        {
            var rows = await db.DeportationCases.Where(KeyPredicates.In<DeportationCase, int>(c => c.Id, keys))
                .SelectMany(c => c.Petitions, (c, l) => new { CaseId = c.Id, l.Id }).ToListAsync(ct);
            return rows.GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.Select(r => r.Id).Order().ToList());
        });
}
