using Microsoft.Extensions.Configuration;
using Npgsql;
using Tracker.Data;

namespace Tracker.Api.Tests;

/// <summary>The server's PostgreSQL pool is bounded by default, configurably, and a size in the connection string wins.</summary>
public sealed class PostgresPoolTests
{
    private const string Server = "Host=db.example;Username=tracker;Password=secret;Database=tracker";

    [Fact]
    public void The_pool_is_bounded_by_default()
    {
        var options = TrackerDataOptions.From(Configuration(new() { ["ConnectionStrings:Tracker"] = Server }));

        Assert.Equal(PostgresPool.DefaultMaxSize, new NpgsqlConnectionStringBuilder(options.ConnectionString).MaxPoolSize);
        Assert.Equal("db.example", new NpgsqlConnectionStringBuilder(options.ConnectionString).Host);
    }

    [Fact]
    public void The_pool_size_is_configurable()
    {
        var options = TrackerDataOptions.From(Configuration(new() { ["ConnectionStrings:Tracker"] = Server, ["Tracker:Postgres:MaxPoolSize"] = "7" }));

        Assert.Equal(7, new NpgsqlConnectionStringBuilder(options.ConnectionString).MaxPoolSize);
    }

    [Theory]
    [InlineData("Maximum Pool Size=33")]
    [InlineData("MAXIMUM POOL SIZE=33")]
    [InlineData("MaxPoolSize=33")]
    public void A_size_in_the_connection_string_wins(string setting)
    {
        var options = TrackerDataOptions.From(Configuration(new() { ["ConnectionStrings:Tracker"] = $"{Server};{setting}", ["Tracker:Postgres:MaxPoolSize"] = "7" }));

        Assert.Equal(33, new NpgsqlConnectionStringBuilder(options.ConnectionString).MaxPoolSize);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    [InlineData("1001")]
    [InlineData("2147483647")]
    public void A_pool_size_that_is_not_from_one_to_a_thousand_is_refused(string size)
    {
        var error = Assert.Throws<InvalidSettingException>(() =>
            TrackerDataOptions.From(Configuration(new() { ["ConnectionStrings:Tracker"] = Server, ["Tracker:Postgres:MaxPoolSize"] = size })));

        Assert.Equal($"Tracker:Postgres:MaxPoolSize must be a whole number of connections from 1 to 1000; \"{size}\" is not.", error.Message);
    }

    [Fact]
    public void The_largest_pool_allowed_is_taken()
    {
        var options = TrackerDataOptions.From(Configuration(new() { ["ConnectionStrings:Tracker"] = Server, ["Tracker:Postgres:MaxPoolSize"] = "1000" }));

        Assert.Equal(PostgresPool.MaxSize, new NpgsqlConnectionStringBuilder(options.ConnectionString).MaxPoolSize);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
