using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Api.Tests;

/// <summary>
/// The real server in process, on a fresh SQLite database in a temporary data folder (created, migrated and
/// seeded at start exactly as <c>dotnet run</c> does it). Extra settings select another provider.
/// </summary>
public class TrackerApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public TrackerApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    public TrackerApiFactory(Dictionary<string, string?> settings)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "tracker-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?> { ["Tracker:DataFolder"] = DataFolder, ["Urls"] = "" };
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }
    }

    public string DataFolder { get; }

    /// <summary>Replaces services after the server registered its own (a controlled clock, shorter timeouts).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(Live.OpenedSubscriptions.Decorate);
        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    /// <summary>Posts a query and returns the parsed response body.</summary>
    public async Task<JsonObject> QueryAsync(string query, object? variables = null)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The response as indented JSON, for snapshots.</summary>
    public static string Pretty(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a temporary folder behind.
            }
        }
    }
}
