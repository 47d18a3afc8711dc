namespace Tracker.Api.Cases;

/// <summary>The per-request loads of deportation cases, batched.</summary>
public sealed class DeportationCaseLoaders(ModelLoader loader)
{
    public Task<DeportationCaseModel?> ByKeyAsync(int key) => loader.ByKeyAsync(DeportationCaseQueryMaps.Records, key);

    private static readonly LinkedLoad<DeportationCase, Letter, int> Petitions = new("DeportationCase.petitions", db => db.DeportationCases, c => c.Petitions, l => l.Id);

    /// <summary>The petitions (letters) for a case, in the order they were recorded (by key).</summary>
    public Task<IReadOnlyList<LetterModel>> PetitionsAsync(int caseKey) =>
        loader.LinkedAsync<DeportationCase, Letter, LetterModel, int>(Petitions, caseKey);
}
