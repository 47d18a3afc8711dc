namespace Tracker.Api.Tests;

/// <summary>
/// A mutation's transaction is rolled back whole on any failure, so EF Core makes it no savepoints: each was two more
/// statements per save, and one made with the request's token after the client had gone (a reset mid-mutation, found
/// by a probe) was logged by EF Core as an error.
/// </summary>
public sealed class MutationTransactionTests(MaintainerApi api) : IClassFixture<MaintainerApi>
{
    [Fact]
    public async Task A_mutation_commits_without_a_savepoint()
    {
        using var counter = new StatementCounter(api.Factory.DataFolder);

        var created = await api.MutateAsync("createOrganization", "organization { name }", new { name = "Savepoint Free Coalition", kind = "NONPROFIT" });

        Assert.Equal("Savepoint Free Coalition", (string)created["organization"]!["name"]!);
        Assert.Contains(counter.Statements, s => s.Contains("INSERT", StringComparison.Ordinal));
        Assert.Equal(0, counter.Savepoints);
    }
}
