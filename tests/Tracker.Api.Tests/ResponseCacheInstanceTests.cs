using Microsoft.Extensions.DependencyInjection;
using Tracker.Api.Auth;
using Tracker.Data.Entities;
using Tracker.Data.Versioning;

namespace Tracker.Api.Tests;

/// <summary>
/// Two server instances on one database, each with its own response cache: a write through one is seen by the
/// other, whose next answer has the new data. On PostgreSQL the other hears the NOTIFY sent inside the writing
/// transaction; on SQLite its <c>PRAGMA data_version</c> (asked on its own connection) moves with the other's commit.
/// </summary>
public abstract class ResponseCacheInstanceTests(ITestDatabase database) : IAsyncLifetime
{
    private TrackerApiFactory _writer = null!;
    private TrackerApiFactory _reader = null!;

    public Task InitializeAsync()
    {
        _writer = new TrackerApiFactory(database.ServerSettings());
        _reader = new TrackerApiFactory(database.ServerSettings());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _writer.Dispose();
        _reader.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_write_through_one_instance_is_seen_by_the_next_query_on_the_other()
    {
        const string letter = "morton-2011-07-20";
        _writer.CreateClient().Dispose();
        await ResponseCacheTests.VersionKnownAsync(_reader);
        var (_, key) = await _writer.Services.GetRequiredService<ApiKeys>().CreateAsync("two-instances", ApiKeyRole.Maintainer, default);
        var first = await ResponseCacheTests.CountAsync(_reader, letter);
        var cached = await ResponseCacheTests.CountAsync(_reader, letter);
        var before = _reader.Services.GetRequiredService<DataVersion>().Current();

        await ResponseCacheTests.AddSignatureAsync(_writer, key, letter, "Other Instance Writer");
        await ResponseCacheTests.VersionMovedAsync(_reader, before);
        var afterWrite = await ResponseCacheTests.CountAsync(_reader, letter);
        var cachedAfterWrite = await ResponseCacheTests.CountAsync(_reader, letter);

        Assert.Equal((first.Count, "HIT"), cached);
        Assert.Equal((first.Count + 1, "MISS"), afterWrite);
        Assert.Equal((first.Count + 1, "HIT"), cachedAfterWrite);
    }
}

public sealed class PostgresResponseCacheInstanceTests() : ResponseCacheInstanceTests(new PostgresDatabase());

public sealed class SqliteResponseCacheInstanceTests() : ResponseCacheInstanceTests(new SqliteDatabase());
