using Microsoft.Extensions.Configuration;
using Npgsql;
using Tracker.Data;

namespace Tracker.Api.Tests;

/// <summary>
/// The server's PostgreSQL connections prepare the statements they run often and are not reset when they go back
/// to the pool, by default, configurably, and a value in the connection string wins.
/// </summary>
public sealed class PostgresStatementReuseTests
{
    private const string Server = "Host=db.example;Username=tracker;Password=secret;Database=tracker";

    [Fact]
    public void Statements_are_prepared_on_their_second_run_and_connections_not_reset_by_default()
    {
        var built = Built(new() { ["ConnectionStrings:Tracker"] = Server });

        Assert.Equal(PostgresStatementReuse.DefaultMaxAutoPrepare, built.MaxAutoPrepare);
        Assert.Equal(2, built.AutoPrepareMinUsages);
        Assert.True(built.NoResetOnClose);
        Assert.Equal("db.example", built.Host);
        Assert.Equal(PostgresPool.DefaultMaxSize, built.MaxPoolSize);
    }

    [Fact]
    public void Each_setting_is_configurable()
    {
        var built = Built(new()
        {
            ["ConnectionStrings:Tracker"] = Server,
            ["Tracker:Postgres:MaxAutoPrepare"] = "0",
            ["Tracker:Postgres:AutoPrepareMinUsages"] = "9",
            ["Tracker:Postgres:ResetOnClose"] = "true",
        });

        Assert.Equal(0, built.MaxAutoPrepare);
        Assert.Equal(9, built.AutoPrepareMinUsages);
        Assert.False(built.NoResetOnClose);
    }

    [Theory]
    [InlineData("Max Auto Prepare=7;Auto Prepare Min Usages=3;No Reset On Close=false")]
    [InlineData("MAXAUTOPREPARE=7;autoprepareminusages=3;NoResetOnClose=false")]
    public void Values_in_the_connection_string_win(string settings)
    {
        var built = Built(new()
        {
            ["ConnectionStrings:Tracker"] = $"{Server};{settings}",
            ["Tracker:Postgres:MaxAutoPrepare"] = "50",
            ["Tracker:Postgres:AutoPrepareMinUsages"] = "4",
            ["Tracker:Postgres:ResetOnClose"] = "false",
        });

        Assert.Equal(7, built.MaxAutoPrepare);
        Assert.Equal(3, built.AutoPrepareMinUsages);
        Assert.False(built.NoResetOnClose);
    }

    [Theory]
    [InlineData("Tracker:Postgres:MaxAutoPrepare", "-1")]
    [InlineData("Tracker:Postgres:MaxAutoPrepare", "10001")]
    [InlineData("Tracker:Postgres:MaxAutoPrepare", "many")]
    [InlineData("Tracker:Postgres:AutoPrepareMinUsages", "0")]
    [InlineData("Tracker:Postgres:ResetOnClose", "sometimes")]
    public void A_value_out_of_range_is_refused_with_the_setting_named(string key, string value)
    {
        var error = Assert.Throws<InvalidSettingException>(() => Built(new() { ["ConnectionStrings:Tracker"] = Server, [key] = value }));

        Assert.Contains(key, error.Message);
        Assert.Contains($"\"{value}\"", error.Message);
    }

    private static NpgsqlConnectionStringBuilder Built(Dictionary<string, string?> settings) =>
        new(TrackerDataOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).ConnectionString);
}
