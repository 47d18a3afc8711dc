using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Tracker.Data.Tests;

/// <summary>Every SQLite connection the tracker opens, pooled and reopened included, has the configured page cache.</summary>
public sealed class SqlitePageCacheTests
{
    [Theory]
    [InlineData(null, TrackerDataOptions.DefaultSqliteCacheKiB)]
    [InlineData("4096", 4096)]
    public async Task Each_connection_has_the_configured_page_cache_also_when_reopened_from_the_pool(string? setting, int kib)
    {
        using var database = new TempDatabase(settings: setting is null ? null : new Dictionary<string, string?> { ["Tracker:Sqlite:CacheSizeKiB"] = setting });
        await database.MigrateAsync();

        for (var round = 0; round < 3; round++)
        {
            await using var db = await database.Factory.CreateDbContextAsync();
            var cache = await db.Database.SqlQueryRaw<long>("SELECT cache_size AS \"Value\" FROM pragma_cache_size").SingleAsync();
            Assert.Equal(-kib, cache);
        }
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-5")]
    [InlineData("99")]
    public void A_cache_size_out_of_range_is_refused_at_start(string text)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Tracker:Sqlite:CacheSizeKiB"] = text, ["Tracker:DataFolder"] = Path.GetTempPath() }).Build();

        var error = Assert.Throws<InvalidSettingException>(() => TrackerDataOptions.From(configuration));

        Assert.Contains("Tracker:Sqlite:CacheSizeKiB", error.Message);
    }
}
