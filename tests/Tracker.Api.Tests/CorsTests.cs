namespace Tracker.Api.Tests;

/// <summary>Dashboards on the configured origins may call the API from a browser; other origins get no CORS grant.</summary>
public sealed class CorsTests : IDisposable
{
    private readonly TrackerApiFactory _factory = new(new Dictionary<string, string?> { ["Cors:Origins:0"] = "https://dashboard.example.org" });

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("https://dashboard.example.org", true)]
    [InlineData("https://elsewhere.example.com", false)]
    public async Task Only_configured_origins_are_allowed(string origin, bool allowed)
    {
        using var client = _factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");

        using var response = await client.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }
}
