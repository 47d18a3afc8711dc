using Tracker.Api.Csv;

namespace Tracker.Api.Tests;

/// <summary>
/// The record's downloads, filtered as the dashboard filters them, are the same bytes on PostgreSQL as on SQLite
/// (the filters and the events' asOf are SQL on both; the order is the same).
/// </summary>
public sealed class RecordCsvPostgresTests(SeededApi sqlite) : IClassFixture<SeededApi>, IAsyncLifetime
{
    private readonly PostgresDatabase _database = new();
    private TrackerApiFactory? _postgres;

    public Task InitializeAsync()
    {
        _postgres = new TrackerApiFactory(_database.ServerSettings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _postgres?.Dispose();
        await _database.DisposeAsync();
    }

    /// <summary>Each download unfiltered and with every filter it takes.</summary>
    private static readonly Dictionary<string, string[]> Queries = new()
    {
        ["events.csv"] = ["?kind=MEETING,LEGAL_CLINIC&state=MN&from=2011-06-01&to=2011-12-31", "?asOf=2011-12-31", "?asOf=2011-12-30&state=US"],
        ["statistics.csv"] = ["?unit=PERCENT&state=US&from=2008-01-01&to=2008-12-31", "?state=MA"],
        ["statements.csv"] = ["?kind=ACTION,QUOTE&state=IL&from=2011-01-01&to=2012-12-31"],
        ["deportation-cases.csv"] = ["?petition=cambodian-deportation-petitions-2016&state=MN"],
        ["bodies.csv"] = ["?kind=DEPARTMENT,AGENCY&state=US"],
    };

    [Fact]
    public async Task Every_record_download_is_the_same_on_both_databases()
    {
        using var onSqlite = sqlite.Factory.CreateClient();
        using var onPostgres = _postgres!.CreateClient();
        var compared = 0;
        foreach (var download in RecordCsvDownloads.All)
        {
            foreach (var query in Queries[download.FileName].Prepend(""))
            {
                var path = $"/csv/{download.FileName}{query}";
                using var sqliteResponse = await onSqlite.GetAsync(path);
                using var postgresResponse = await onPostgres.GetAsync(path);
                var expected = await sqliteResponse.Content.ReadAsStringAsync();

                Assert.True(sqliteResponse.IsSuccessStatusCode, $"{path}: {expected}");
                Assert.True(CsvRows.Parse(expected).Count > 0, path);
                Assert.Equal(expected, await postgresResponse.Content.ReadAsStringAsync());
                compared++;
            }
        }
        Assert.True(compared == 13, $"only {compared} downloads compared");
    }
}
