using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Data.Entities;
using Tracker.Data.Search;

namespace Tracker.Data.Tests;

/// <summary>Search finds what a reader might type (issue 11 item 10): notes, cc lists, cases, statements, events, places.</summary>
public sealed class RecordSearchTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Search_finds_cc_lists_cases_statements_places_figures_and_notes_on_both_databases(bool postgres)
    {
        using var database = new TempDatabase(postgres);
        await database.MigrateAndSeedAsync();
        var index = database.Services.GetRequiredService<ISearchIndex>();
        await using var db = await database.Factory.CreateDbContextAsync();

        async Task<List<string>> Found(string text, SearchKind kind)
        {
            var ids = (await index.SearchAsync(text, 20, default)).Where(h => h.Kind == kind).Select(h => h.EntityId).ToList();
            return kind switch
            {
                SearchKind.Letter => await db.Letters.Where(l => ids.Contains(l.Id)).Select(l => l.Slug).ToListAsync(),
                SearchKind.Person => await db.People.Where(p => ids.Contains(p.Id)).Select(p => p.Slug).ToListAsync(),
                SearchKind.DeportationCase => await db.DeportationCases.Where(c => ids.Contains(c.Id)).Select(c => c.Slug).ToListAsync(),
                SearchKind.Statement => await db.Statements.Where(s => ids.Contains(s.Id)).Select(s => s.Slug).ToListAsync(),
                SearchKind.Event => await db.Events.Where(e => ids.Contains(e.Id)).Select(e => e.Slug).ToListAsync(),
                SearchKind.Body => await db.Bodies.Where(b => ids.Contains(b.Id)).Select(b => b.Slug).ToListAsync(),
                SearchKind.Statistic => await db.Statistics.Where(s => ids.Contains(s.Id)).Select(s => s.Slug).ToListAsync(),
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            };
        }

        // Margo Schlanger is only in the Morton letter's cc list.
        Assert.Contains("morton-2011-07-20", await Found("Schlanger", SearchKind.Letter));
        Assert.Contains("margo-schlanger", await Found("Schlanger", SearchKind.Person));
        Assert.Equal(["ched-nin"], await Found("Ched Nin", SearchKind.DeportationCase));
        // David Axelrod is named only in a statement's notes.
        Assert.Equal(["lovato-obama-campaign"], await Found("Axelrod", SearchKind.Statement));
        Assert.Contains("campaign-meeting-2011-06-04", await Found("Walker Church", SearchKind.Event));
        Assert.Contains("orloff-battered-women-reporting", await Found("battered", SearchKind.Statistic));
        Assert.Contains("dhs", await Found("Homeland Security", SearchKind.Body));
    }

    [Fact]
    public async Task An_upgraded_database_indexes_notes_and_moved_campaigns_at_start()
    {
        // The previous schema, whose documents held neither notes nor cc lists, with a campaign letter to move.
        using var database = new TempDatabase();
        await database.MigrateAndSeedAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync("FailedKeyChecks");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "SearchDocuments" SET "Text" = 'nothing' WHERE "Kind" = 'Letter'""");
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "Letters" ("Slug", "Title", "Kind", "Notes", "Version", "CreatedAt", "UpdatedAt")
                VALUES ('qwertyuiop-campaign', 'A campaign', 'Campaign', 'Zxcvbnm notes', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')
                """);
        }

        await database.MigrateAndSeedAsync();

        var index = database.Services.GetRequiredService<ISearchIndex>();
        await using var check = await database.Factory.CreateDbContextAsync();
        var morton = await check.Letters.Where(l => l.Slug == "morton-2011-07-20").Select(l => l.Id).SingleAsync();
        Assert.Contains(await index.SearchAsync("Schlanger", 20, default), h => h.Kind == SearchKind.Letter && h.EntityId == morton);
        var moved = await check.Events.Where(e => e.Slug == "qwertyuiop-campaign").Select(e => e.Id).SingleAsync();
        Assert.Equal([(SearchKind.Event, moved)], (await index.SearchAsync("Zxcvbnm", 20, default)).Select(h => (h.Kind, h.EntityId)));
    }
}
