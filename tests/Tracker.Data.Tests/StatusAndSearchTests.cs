using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tracker.Data.Entities;
using Tracker.Data.Search;

namespace Tracker.Data.Tests;

/// <summary>The current-status rule, the search index, and the SQLite settings.</summary>
public sealed class StatusAndSearchTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private readonly TempDatabase _database = new();

    public Task InitializeAsync() => _database.MigrateAndSeedAsync();

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Current_status_follows_the_latest_effective_date_not_the_order_of_entry_and_ignores_retractions()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var texas = await db.Jurisdictions.SingleAsync(j => j.Code == "TX");
        var source = await db.Sources.FirstAsync();
        StatusEvent Event(string slug, ParticipationStatus status, string date) => new()
        {
            Slug = slug, Jurisdiction = texas, Status = status, EffectiveOn = DateOnly.Parse(date), Description = slug,
            Citations = [new Citation { Source = source }],
        };
        var later = Event("tx-later", ParticipationStatus.Withdrew, "2012-03-01");
        var earlier = Event("tx-earlier", ParticipationStatus.Participating, "2010-01-01");
        db.StatusEvents.AddRange(later, earlier);
        await db.SaveChangesAsync();

        await JurisdictionStatuses.RecomputeAsync(db, [texas.Id], Today, default);
        await db.SaveChangesAsync();
        Assert.Equal(ParticipationStatus.Withdrew, texas.CurrentStatus);
        Assert.Equal(later.Id, texas.CurrentStatusEventId);

        later.RetractedAt = DateTime.UtcNow;
        later.RetractionReason = "entered in error";
        await db.SaveChangesAsync();
        await JurisdictionStatuses.RecomputeAsync(db, [texas.Id], Today, default);
        await db.SaveChangesAsync();
        Assert.Equal(ParticipationStatus.Participating, texas.CurrentStatus);

        earlier.RetractedAt = DateTime.UtcNow;
        await db.SaveChangesAsync();
        await JurisdictionStatuses.RecomputeAsync(db, [texas.Id], Today, default);
        Assert.Equal(ParticipationStatus.Unknown, texas.CurrentStatus);
        Assert.Null(texas.CurrentStatusEventId);
    }

    [Fact]
    public async Task A_planned_effect_counts_from_its_day_and_the_refresh_brings_the_stored_status_up_to_it()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var texas = await db.Jurisdictions.SingleAsync(j => j.Code == "TX");
        var source = await db.Sources.FirstAsync();
        var participating = new StatusEvent
        {
            Slug = "tx-participating", Jurisdiction = texas, Status = ParticipationStatus.Participating, EffectiveOn = new DateOnly(2010, 1, 1),
            Description = "joined", Citations = [new Citation { Source = source }],
        };
        var planned = new StatusEvent
        {
            Slug = "tx-planned", Jurisdiction = texas, Status = ParticipationStatus.Withdrew, EffectiveOn = new DateOnly(2027, 3, 1),
            DateQualifier = DateQualifier.Planned, Description = "announced", Citations = [new Citation { Source = source }],
        };
        db.StatusEvents.AddRange(participating, planned);
        await db.SaveChangesAsync();
        Assert.Equal(new DateOnly(2027, 3, 1), planned.CountsFrom);

        await JurisdictionStatuses.RecomputeAsync(db, [texas.Id], new DateOnly(2027, 2, 28), default);
        await db.SaveChangesAsync();
        Assert.Equal(ParticipationStatus.Participating, texas.CurrentStatus);

        // The day comes: nothing was written, and the refresh (start, midnight) finds the stale row.
        await using var later = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await JurisdictionStatuses.RefreshAsync(later, new DateOnly(2027, 3, 1), default));
        var refreshed = await later.Jurisdictions.AsNoTracking().SingleAsync(j => j.Code == "TX");
        Assert.Equal(ParticipationStatus.Withdrew, refreshed.CurrentStatus);
        Assert.Equal(planned.Id, refreshed.CurrentStatusEventId);
        Assert.Equal(0, await JurisdictionStatuses.RefreshAsync(later, new DateOnly(2027, 3, 1), default));
    }

    [Fact]
    public async Task Among_the_events_that_count_the_latest_effective_date_decides_and_an_open_on_or_after_counts_only_today()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var oregon = await db.Jurisdictions.SingleAsync(j => j.Code == "OR");
        var nevada = await db.Jurisdictions.SingleAsync(j => j.Code == "NV");
        var source = await db.Sources.FirstAsync();
        StatusEvent Event(Jurisdiction where, string slug, ParticipationStatus status, string date, DateQualifier qualifier, DatePrecision precision = DatePrecision.Day) => new()
        {
            Slug = slug, Jurisdiction = where, Status = status, EffectiveOn = DateOnly.Parse(date), DateQualifier = qualifier, DatePrecision = precision,
            Description = slug, Citations = [new Citation { Source = source }],
        };
        var open = Event(oregon, "or-open", ParticipationStatus.RefusedToJoin, "2011-03-01", DateQualifier.OnOrAfter);
        var later = Event(oregon, "or-later", ParticipationStatus.Participating, "2012-01-01", DateQualifier.Exact);
        var alone = Event(nevada, "nv-open", ParticipationStatus.OptOutRequested, "2011-03-01", DateQualifier.OnOrAfter);
        var month = Event(nevada, "nv-month", ParticipationStatus.Participating, "2010-06-01", DateQualifier.Exact, DatePrecision.Month);
        db.StatusEvents.AddRange(open, later, alone, month);
        await db.SaveChangesAsync();

        await JurisdictionStatuses.RecomputeAsync(db, [oregon.Id, nevada.Id], Today, default);
        Assert.Equal(ParticipationStatus.Participating, oregon.CurrentStatus);
        Assert.Equal(ParticipationStatus.OptOutRequested, nevada.CurrentStatus);

        // On a past day the open event does not count; a month-precise date counts from the month's last day.
        var decidingOn = async (DateOnly day) => await StatusEventDates.Deciding(db.StatusEvents.Where(e => e.JurisdictionId == nevada.Id), db.StatusEvents, day, Today)
            .Select(e => e.Slug).SingleOrDefaultAsync();
        Assert.Null(await decidingOn(new DateOnly(2010, 6, 29)));
        Assert.Equal("nv-month", await decidingOn(new DateOnly(2010, 6, 30)));
        Assert.Equal("nv-month", await decidingOn(Today.AddDays(-1)));
        Assert.Equal("nv-open", await decidingOn(Today));
    }

    [Theory]
    [InlineData("minn", SearchKind.Jurisdiction, "MN")]
    [InlineData("MIRAc", SearchKind.Organization, "mirac")]
    [InlineData("derechos inmigrantes", SearchKind.Organization, "mirac")]
    [InlineData("advisory committee", SearchKind.Letter, "morton-2011-07-20")]
    [InlineData("curran", SearchKind.Person, null)]
    public async Task Search_finds_records_by_name_acronym_alias_prefix_and_body(string text, SearchKind kind, string? key)
    {
        var hits = await _database.Services.GetRequiredService<ISearchIndex>().SearchAsync(text, 20, default);

        Assert.Contains(hits, h => h.Kind == kind);
        if (key is not null)
        {
            await using var db = await _database.Factory.CreateDbContextAsync();
            var ids = hits.Where(h => h.Kind == kind).Select(h => h.EntityId).ToList();
            var keys = kind switch
            {
                SearchKind.Jurisdiction => await db.Jurisdictions.Where(j => ids.Contains(j.Id)).Select(j => j.Code).ToListAsync(),
                SearchKind.Organization => await db.Organizations.Where(o => ids.Contains(o.Id)).Select(o => o.Slug).ToListAsync(),
                _ => await db.Letters.Where(l => ids.Contains(l.Id)).Select(l => l.Slug).ToListAsync(),
            };
            Assert.Contains(key, keys);
        }
    }

    [Fact]
    public async Task Search_documents_follow_edits()
    {
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var mirac = await db.Organizations.Include(o => o.Aliases).SingleAsync(o => o.Slug == "mirac");
            mirac.Aliases.Add(new OrganizationAlias { Name = "Zyxwvut Collective", NormalizedName = "zyxwvut collective" });
            await db.SaveChangesAsync();
        }

        var hits = await _database.Services.GetRequiredService<ISearchIndex>().SearchAsync("zyxwv", 5, default);

        Assert.Single(hits);
        Assert.Equal(SearchKind.Organization, hits[0].Kind);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(minnesota illinois)")]
    [InlineData("* OR -")]
    [InlineData("minnesota\"*")]
    [InlineData("")]
    [InlineData("col:value ^ AND")]
    public async Task Search_never_fails_on_query_syntax(string text)
    {
        var hits = await _database.Services.GetRequiredService<ISearchIndex>().SearchAsync(text, 5, default);

        Assert.NotNull(hits);
    }

    [Fact]
    public async Task Sqlite_runs_with_foreign_keys_and_write_ahead_logging()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar(connection, "PRAGMA foreign_keys"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
