using System.Net;

namespace Tracker.Api.Tests;

/// <summary>
/// Every response a browser might open carries security headers: the playground its page policy, the GraphQL
/// answers, CSV downloads, the SDL and the health check the data policy (nothing runs, nothing is framed).
/// </summary>
public sealed class SecurityHeadersTests(SeededApi api) : IClassFixture<SeededApi>
{
    private const string DataPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox";

    [Theory]
    [InlineData("/csv/jurisdictions.csv")]
    [InlineData("/csv/letters/morton-2011-07-20/signatories.csv")]
    [InlineData("/csv/letters/no-such-letter/signatories.csv")]
    [InlineData("/graphql/schema.graphql")]
    [InlineData("/healthz")]
    [InlineData("/graphql?query=%7B__typename%7D")]
    public async Task Data_responses_carry_the_data_policy(string path)
    {
        using var client = api.Factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        Assert.Equal(DataPolicy, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_playground_page_allows_only_its_own_scripts_and_no_framing()
    {
        using var client = api.Factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Add("Accept", "text/html");

        var response = await client.SendAsync(request);
        var policy = Header(response, "Content-Security-Policy");

        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(',', values)
            : $"<no {name}>";
}
