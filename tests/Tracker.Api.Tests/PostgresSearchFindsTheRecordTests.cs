namespace Tracker.Api.Tests;

/// <summary><see cref="SearchFindsTheRecordTests"/> on PostgreSQL (tsvector); the server comes from TRACKER_TEST_POSTGRES.</summary>
public sealed class PostgresSearchFindsTheRecordTests(SeededPostgresApi api) : SearchFindsTheRecordTests(() => api.Factory), IClassFixture<SeededPostgresApi>;
