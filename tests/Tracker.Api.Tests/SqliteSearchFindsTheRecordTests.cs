namespace Tracker.Api.Tests;

/// <summary><see cref="SearchFindsTheRecordTests"/> on SQLite (FTS5).</summary>
public sealed class SqliteSearchFindsTheRecordTests(SeededApi api) : SearchFindsTheRecordTests(() => api.Factory), IClassFixture<SeededApi>;
