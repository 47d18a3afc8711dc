using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tracker.Api.Jurisdictions;
using Tracker.Data;
using Tracker.Data.Entities;
using Tracker.Data.Versioning;

namespace Tracker.Api.Tests;

/// <summary>
/// The status record kept in memory for the current data version (<see cref="StatusRecordCache"/>) answers the
/// map, the summaries and the timeline; a committed write must change the very next answer, whether it is a
/// maintainer's mutation through this server or a write from another connection outside it (another process on
/// SQLite, seen through its data_version; another instance on PostgreSQL, seen through its NOTIFY). Queries go
/// with <c>Cache-Control: no-cache</c>, so the response cache cannot be what answers. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class StatusRecordCacheTestsBase(MaintainerApi api)
{
    private const string Maps = """
        {
          now: statusSummary { byStatus { status count } }
          day: statusSummary(asOf: "2011-12-31") { byStatus { status count } }
          refused: jurisdictions(asOf: "2011-12-31", where: { status: { eq: REFUSED_TO_JOIN } }) { totalCount }
          timeline: statusTimeline(from: "2011-01-01", to: "2011-12-31") { events { slug } points { date counts { status count } } }
        }
        """;

    [Fact]
    public async Task A_status_change_recorded_through_the_api_changes_the_next_map_summary_and_timeline()
    {
        await ResponseCacheTests.VersionKnownAsync(api.Factory);
        var county = await CountyWithoutEventsAsync();
        var before = await MapsAsync();
        Assert.NotNull(await api.Factory.Services.GetRequiredService<StatusRecordCache>().CurrentAsync(default));

        var recorded = await api.MutateAsync("recordStatusChange", "statusEvent { slug }", new
        {
            jurisdiction = county, status = "REFUSED_TO_JOIN", effectiveOn = "2011-06-15", datePrecision = "DAY", dateQualifier = "EXACT",
            earliestOn = (string?)null, latestOn = (string?)null, description = "Refused in June 2011.", sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
        });
        var after = await MapsAsync();

        Assert.Equal(Count(before["now"]!, "REFUSED_TO_JOIN") + 1, Count(after["now"]!, "REFUSED_TO_JOIN"));
        Assert.Equal(Count(before["now"]!, "UNKNOWN") - 1, Count(after["now"]!, "UNKNOWN"));
        AssertRefusedOnceMore(before, after, (string)recorded["statusEvent"]!["slug"]!);
    }

    [Fact]
    public async Task A_write_from_outside_the_server_changes_the_next_summary_and_timeline()
    {
        await ResponseCacheTests.VersionKnownAsync(api.Factory);
        var county = await CountyWithoutEventsAsync();
        var recorded = await api.MutateAsync("recordStatusChange", "statusEvent { slug }", new
        {
            jurisdiction = county, status = "REFUSED_TO_JOIN", effectiveOn = "2011-06-15", datePrecision = "DAY", dateQualifier = "EXACT",
            earliestOn = (string?)null, latestOn = (string?)null, description = "Refused, then retracted elsewhere.", sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
        });
        var slug = (string)recorded["statusEvent"]!["slug"]!;
        var withEvent = await MapsAsync();
        var version = api.Factory.Services.GetRequiredService<DataVersion>();
        var seen = version.Current();

        var connectionString = await api.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await RetractOutsideAsync(connectionString, slug);
        await ResponseCacheTests.VersionMovedAsync(api.Factory, seen);
        var retracted = await MapsAsync();

        AssertRefusedOnceMore(retracted, withEvent, slug);
    }

    /// <summary>
    /// The timeline's events name their jurisdictions from the kept record (read at the same version as the events):
    /// a jurisdiction renamed through the API is named so in the very next timeline.
    /// </summary>
    [Fact]
    public async Task A_jurisdiction_renamed_through_the_api_is_named_so_in_the_next_timeline()
    {
        await ResponseCacheTests.VersionKnownAsync(api.Factory);
        var (code, slug) = await CountyInTheTimelineAsync("Renamed through the API.");
        var named = await TimelineNameAsync(code, slug);
        var county = (await ExecutedAsync($$"""{ jurisdiction(code: "{{code}}") { id version } }"""))["jurisdiction"]!;

        await api.MutateAsync("updateJurisdiction", "jurisdiction { name }", new { id = (string)county["id"]!, version = (int)county["version"]!, name = $"{named} (renamed)" });

        Assert.Equal($"{named} (renamed)", await TimelineNameAsync(code, slug));
    }

    /// <summary>As above, the rename written on a connection of its own (another process or instance).</summary>
    [Fact]
    public async Task A_jurisdiction_renamed_outside_the_server_is_named_so_in_the_next_timeline()
    {
        await ResponseCacheTests.VersionKnownAsync(api.Factory);
        var (code, slug) = await CountyInTheTimelineAsync("Renamed outside the server.");
        var named = await TimelineNameAsync(code, slug);
        var seen = api.Factory.Services.GetRequiredService<DataVersion>().Current();

        var connectionString = await api.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await RenameOutsideAsync(connectionString, code, $"{named} (renamed outside)");
        await ResponseCacheTests.VersionMovedAsync(api.Factory, seen);

        Assert.Equal($"{named} (renamed outside)", await TimelineNameAsync(code, slug));
    }

    /// <summary>
    /// The timeline of a period is charted once per kept record: the requests of one data version share it, and the
    /// first after a write charts the new record (with the new event).
    /// </summary>
    [Fact]
    public async Task A_timeline_is_charted_once_per_data_version_and_again_after_a_write()
    {
        await ResponseCacheTests.VersionKnownAsync(api.Factory);
        var first = await TimelineAsync();
        var again = await TimelineAsync();

        var (_, slug) = await CountyInTheTimelineAsync("Charted again after this.");
        var afterWrite = await TimelineAsync();

        Assert.Same(first, again);
        Assert.NotSame(first, afterWrite);
        Assert.DoesNotContain(slug, first.Events.Select(e => e.Slug));
        Assert.Contains(slug, afterWrite.Events.Select(e => e.Slug));
        Assert.Same(afterWrite, await TimelineAsync());
    }

    /// <summary>2011's timeline as a request of its own would build it.</summary>
    private async Task<StatusTimelineModel> TimelineAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StatusTimelineBuilder>().BuildAsync(new(2011, 1, 1), new(2011, 12, 31), null, default);
    }

    /// <summary>A county without events given one in June 2011, so that 2011's timeline lists it: its code and the event's slug.</summary>
    private async Task<(string Code, string Slug)> CountyInTheTimelineAsync(string description)
    {
        var county = await CountyWithoutEventsAsync();
        var recorded = await api.MutateAsync("recordStatusChange", "statusEvent { slug }", new
        {
            jurisdiction = county, status = "REFUSED_TO_JOIN", effectiveOn = "2011-06-15", datePrecision = "DAY", dateQualifier = "EXACT",
            earliestOn = (string?)null, latestOn = (string?)null, description, sources = new[] { new { source = "mirac-blog", quote = (string?)null } },
        });
        return (county, (string)recorded["statusEvent"]!["slug"]!);
    }

    /// <summary>The name 2011's timeline gives the jurisdiction of the event <paramref name="slug"/> (checked to be <paramref name="code"/>).</summary>
    private async Task<string> TimelineNameAsync(string code, string slug)
    {
        var timeline = await ExecutedAsync("""{ statusTimeline(from: "2011-01-01", to: "2011-12-31") { events { slug jurisdiction { code name } } } }""");
        var listed = timeline["statusTimeline"]!["events"]!.AsArray().Single(e => (string)e!["slug"]! == slug)!;
        Assert.Equal(code, (string)listed["jurisdiction"]!["code"]!);
        return (string)listed["jurisdiction"]!["name"]!;
    }

    /// <summary>
    /// Retracts the event on a connection of its own, as another process or instance would: not through this
    /// server's EF Core, so only the provider's signal can tell the server.
    /// </summary>
    protected abstract Task RetractOutsideAsync(string connectionString, string slug);

    /// <summary>Renames the jurisdiction on a connection of its own, as <see cref="RetractOutsideAsync"/> retracts.</summary>
    protected abstract Task RenameOutsideAsync(string connectionString, string code, string name);

    /// <summary>The retraction's statement, and the NOTIFY every writer sends with it on PostgreSQL.</summary>
    protected static Task RunAsync(DbConnection connection, string slug, string? notify) =>
        RunAsync(connection, "UPDATE \"StatusEvents\" SET \"RetractedAt\" = CURRENT_TIMESTAMP WHERE \"Slug\" = @slug", [("slug", slug)], notify);

    /// <summary>The rename's statement.</summary>
    protected const string Rename = "UPDATE \"Jurisdictions\" SET \"Name\" = @name WHERE \"Code\" = @code";

    /// <summary>One statement changing one row, and the NOTIFY every writer sends with it on PostgreSQL.</summary>
    protected static Task RunAsync(DbConnection connection, string statement, (string Name, string Value)[] parameters, string? notify) =>
        OutsideWrite.RunAsync(connection, statement, parameters, notify);

    /// <summary><paramref name="after"/> has one more REFUSED_TO_JOIN jurisdiction on the day and at 2011's end, and the event listed.</summary>
    private static void AssertRefusedOnceMore(JsonNode before, JsonNode after, string slug)
    {
        Assert.Equal(Count(before["day"]!, "REFUSED_TO_JOIN") + 1, Count(after["day"]!, "REFUSED_TO_JOIN"));
        Assert.Equal(Count(before["day"]!, "UNKNOWN") - 1, Count(after["day"]!, "UNKNOWN"));
        Assert.Equal((int)before["refused"]!["totalCount"]! + 1, (int)after["refused"]!["totalCount"]!);
        Assert.DoesNotContain(slug, Slugs(before));
        Assert.Contains(slug, Slugs(after));
        Assert.Equal(Count(LastPoint(before), "REFUSED_TO_JOIN") + 1, Count(LastPoint(after), "REFUSED_TO_JOIN"));
    }

    private Task<JsonNode> MapsAsync() => ExecutedAsync(Maps);

    /// <summary>The query's data, executed (not answered by the response cache).</summary>
    private Task<JsonNode> ExecutedAsync(string query) => ExecutedQuery.DataAsync(api.Factory, query);

    /// <summary>A county with no status event at all, so that one recorded for it moves it out of UNKNOWN everywhere.</summary>
    private Task<string> CountyWithoutEventsAsync() => api.WithDbAsync(db => db.Jurisdictions
        .Where(j => j.Kind == JurisdictionKind.County && !j.StatusEvents.Any()).OrderBy(j => j.Id).Select(j => j.Code).FirstAsync());

    private static int Count(JsonNode counts, string status) =>
        (counts["byStatus"] ?? counts["counts"])!.AsArray().Where(c => (string)c!["status"]! == status).Select(c => (int)c!["count"]!).SingleOrDefault();

    private static JsonNode LastPoint(JsonNode maps) => maps["timeline"]!["points"]!.AsArray()[^1]!;

    private static IEnumerable<string> Slugs(JsonNode maps) => maps["timeline"]!["events"]!.AsArray().Select(e => (string)e!["slug"]!);
}

public sealed class StatusRecordCacheTests(MaintainerApi api) : StatusRecordCacheTestsBase(api), IClassFixture<MaintainerApi>
{
    protected override async Task RetractOutsideAsync(string connectionString, string slug)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await RunAsync(connection, slug, notify: null);
    }

    protected override async Task RenameOutsideAsync(string connectionString, string code, string name)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await RunAsync(connection, Rename, [("code", code), ("name", name)], notify: null);
    }
}

public sealed class PostgresStatusRecordCacheTests(PostgresMaintainerApi api) : StatusRecordCacheTestsBase(api), IClassFixture<PostgresMaintainerApi>
{
    protected override async Task RetractOutsideAsync(string connectionString, string slug)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await RunAsync(connection, slug, DataVersion.PostgresNotify);
    }

    protected override async Task RenameOutsideAsync(string connectionString, string code, string name)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await RunAsync(connection, Rename, [("code", code), ("name", name)], DataVersion.PostgresNotify);
    }
}
