namespace Tracker.Api.Cases;

/// <summary>The per-request loads of deportation cases, batched.</summary>
public sealed class DeportationCaseLoaders(ModelLoader loader)
{
    public Task<DeportationCaseModel?> ByKeyAsync(int key) => loader.ByKeyAsync(DeportationCaseQueryMaps.Records, key);

    /// <summary>Keys of the petitions (letters) for a case, oldest first.</summary>
    public Task<IReadOnlyList<int>> PetitionKeysAsync(int caseKey) =>
        loader.LinkedKeysAsync("DeportationCase.petitions", caseKey, db => db.DeportationCases, c => c.Petitions, l => l.Id);
}
