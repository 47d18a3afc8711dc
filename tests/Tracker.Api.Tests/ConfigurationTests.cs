using Microsoft.Extensions.Configuration;
using Tracker.Data;

namespace Tracker.Api.Tests;

/// <summary>The server's shipped appsettings.json with what README tells operators to add.</summary>
public sealed class ConfigurationTests
{
    private static TrackerDataOptions Resolve(params (string Key, string Value)[] settings) =>
        TrackerDataOptions.From(new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Paths.Root, "src", "Tracker.Api", "appsettings.json"))
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build());

    [Fact]
    public void Without_settings_the_server_runs_on_sqlite_in_the_users_data_folder()
    {
        var options = Resolve();

        Assert.Equal(TrackerProvider.Sqlite, options.Provider);
        Assert.EndsWith(Path.Combine("tracker", "tracker.db"), new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString).DataSource);
    }

    [Fact]
    public void A_connection_string_alone_selects_postgresql_as_readme_says()
    {
        var options = Resolve(("ConnectionStrings:Tracker", "Host=localhost;Database=tracker"));

        Assert.Equal(TrackerProvider.Postgres, options.Provider);
        // The string as written, with the pool bounded to PostgresPool's default (it sets no size of its own) and
        // PostgresStatementReuse's defaults.
        Assert.Equal("Host=localhost;Database=tracker;Maximum Pool Size=20;Max Auto Prepare=200;Auto Prepare Min Usages=2;No Reset On Close=True", options.ConnectionString);
    }

    [Fact]
    public void An_explicit_provider_wins_and_an_unknown_one_is_named()
    {
        Assert.Equal(TrackerProvider.Sqlite, Resolve(("ConnectionStrings:Tracker", "Host=x"), ("Tracker:Provider", "sqlite")).Provider);

        var error = Assert.Throws<InvalidSettingException>(() => Resolve(("Tracker:Provider", "mysql")));
        Assert.Contains("\"mysql\" is neither", error.Message);
        Assert.Throws<InvalidSettingException>(() => Resolve(("Tracker:Provider", "Postgres")));
    }
}
