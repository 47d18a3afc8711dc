using Microsoft.EntityFrameworkCore;
using Tracker.Data.Entities;

namespace Tracker.Data.Tests;

/// <summary>
/// The search index written again at start for more records than one SQLite statement may name (32,766
/// parameters): a migration that clears the documents of a large database must not leave the server unable to start.
/// </summary>
public sealed class SearchRefreshTests : IAsyncLifetime
{
    private const int Orphans = 40_000;

    private readonly TempDatabase _database = new();

    public Task InitializeAsync() => _database.MigrateAndSeedAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Cleared_documents_of_more_records_than_a_statement_may_name_are_written_again_and_orphans_removed()
    {
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            // As a migration leaves them: titles cleared to be written again, plus documents of records long gone.
            await db.SearchDocuments.ExecuteUpdateAsync(set => set.SetProperty(d => d.Title, ""));
            var firstUnused = await db.Organizations.MaxAsync(o => o.Id) + 1;
            db.SearchDocuments.AddRange(Enumerable.Range(firstUnused, Orphans)
                .Select(id => new SearchDocument { Kind = SearchKind.Organization, EntityId = id, Title = "", Text = "" }));
            await db.SaveChangesAsync();
        }

        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var filled = await NormalizedNames.FillAsync(db);
            Assert.True(filled > Orphans, $"{filled} documents written again");
        }

        await using (var check = await _database.Factory.CreateDbContextAsync())
        {
            Assert.False(await check.SearchDocuments.AnyAsync(d => d.Title == ""));
            Assert.Equal(await check.Organizations.CountAsync(), await check.SearchDocuments.CountAsync(d => d.Kind == SearchKind.Organization));
            Assert.Equal(await check.Letters.CountAsync(), await check.SearchDocuments.CountAsync(d => d.Kind == SearchKind.Letter));
        }
    }
}
