using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Subscriptions;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// Subscriptions over HTTP multipart as Apollo Client's HttpLink asks for them (Accept with subscriptionSpec=1.0) and
/// parses them (@apollo/client 4.3.8's readMultipartBody): JSON parts {"payload": result} after "\r\n--graphql",
/// {} heartbeats while quiet, and the closing boundary when the subscription ends.
/// </summary>
public sealed class MultipartSubscriptionTests
{
    private const string ApolloAccept = "multipart/mixed;boundary=graphql;subscriptionSpec=1.0,application/graphql-response+json,application/json;q=0.9";

    [Fact]
    public async Task Each_result_is_a_payload_part_and_the_closing_boundary_ends_the_response()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = "subscription { countdown(from: 1) }" }), ApolloAccept));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("multipart/mixed;boundary=\"graphql\";subscriptionSpec=\"1.0\"", response.Content.Headers.ContentType?.ToString().Replace(" ", ""));
        Assert.Equal(
            ["{\"payload\":{\"data\":{\"countdown\":1}}}", "{\"payload\":{\"data\":{\"countdown\":0}}}"],
            Parts(body).Where(p => p != "{}"));
        Assert.EndsWith("\r\n--graphql--\r\n", body);
    }

    [Fact]
    public async Task A_quiet_subscription_gets_heartbeats_and_then_its_events()
    {
        await using var app = await TestApp.StartAsync(o => o.MultipartHeartbeatInterval = TimeSpan.FromMilliseconds(50));
        using var client = app.Client;
        using var response = await client.SendAsync(Post(Json(new { query = "subscription { bookAdded { title } }" }), ApolloAccept), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));

        Assert.Equal("{}", await NextPartAsync(reader, timeout.Token));
        var bus = app.Services.GetRequiredService<InMemoryTopicBus>();
        await Signalled.WaitUntilAsync(() => bus.NextSubscriberChange, () => bus.SubscriberCount("bookAdded") == 1);
        (await client.SendAsync(Post(Json(new { query = "mutation { addBook(input: { title: \"Multipart\" }) { id } }" })))).EnsureSuccessStatusCode();
        string part;
        do
        {
            part = await NextPartAsync(reader, timeout.Token);
        }
        while (part == "{}");

        Assert.Equal("{\"payload\":{\"data\":{\"bookAdded\":{\"title\":\"Multipart\"}}}}", part);
    }

    [Fact]
    public async Task A_refused_subscription_is_a_payload_with_its_errors_then_the_end()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client.SendAsync(Post(Json(new { query = "subscription { nope }" }), ApolloAccept));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var part = Assert.Single(Parts(body));
        Assert.StartsWith("{\"payload\":{\"errors\":[{\"message\":\"Cannot query field", part);
        Assert.EndsWith("\r\n--graphql--\r\n", body);
    }

    /// <summary>The JSON of each part, split as Apollo Client splits them (on "\r\n--graphql", body after the blank line).</summary>
    private static IEnumerable<string> Parts(string body) =>
        body.Split("\r\n--graphql")
            .Where(message => message.Contains("\r\n\r\n", StringComparison.Ordinal))
            .Select(message => message[(message.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);

    /// <summary>Reads lines until a part's JSON (the line after its headers' blank line).</summary>
    private static async Task<string> NextPartAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var afterBlank = false;
        var inPart = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "--graphql")
            {
                inPart = true;
                afterBlank = false;
                continue;
            }
            if (inPart && line.Length == 0)
            {
                afterBlank = true;
                continue;
            }
            if (afterBlank)
            {
                return line;
            }
        }
        throw new InvalidOperationException("The response ended.");
    }

}
