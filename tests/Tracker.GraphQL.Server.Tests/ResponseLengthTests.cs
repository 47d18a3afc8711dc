using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// An answer goes out with its <c>Content-Length</c>, not chunked, over Kestrel on loopback: a small one, one larger
/// than the blocks Kestrel keeps unsent data in, an error answer, a GET and a HEAD.
/// </summary>
public sealed class ResponseLengthTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(300_000)]
    public async Task A_posted_query_is_answered_with_its_length(int nameLength)
    {
        await using var app = await TestApp.StartOnLoopbackAsync(o => o.MaxRequestBodyBytes = 1_000_000);
        using var client = new HttpClient { BaseAddress = app.Address };
        var name = new string('n', nameLength);
        var body = JsonSerializer.Serialize(new { query = "query ($n: String) { hello(name: $n) }", variables = new { n = name } });

        var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal($"Hello, {name}!", JsonDocument.Parse(bytes).RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Answers_stay_whole_when_a_callback_holds_their_headers_back()
    {
        // An asynchronous OnStarting callback keeps each answer's one write pending while the thread serves others:
        // the buffer the answer was written into must not be handed to the next answer meanwhile.
        await using var app = await TestApp.StartOnLoopbackAsync(o => o.MaxRequestBodyBytes = 1_000_000, host: builder => builder.Services.AddTransient<IStartupFilter, SlowStart>());
        using var client = new HttpClient { BaseAddress = app.Address };
        var names = Enumerable.Range(0, 300).Select(i => new string((char)('a' + i % 26), 1 + i * 37 % 3000)).ToList();

        var answers = await Task.WhenAll(names.Select(async name =>
        {
            var body = JsonSerializer.Serialize(new { query = "query ($n: String) { hello(name: $n) }", variables = new { n = name } });
            var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
            return JsonDocument.Parse(bytes).RootElement.GetProperty("data").GetProperty("hello").GetString();
        }));

        Assert.Equal(names.Select(n => $"Hello, {n}!"), answers);
    }

    private sealed class SlowStart : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                // Yields: the callback (and so the answer's write) completes later, on the thread pool.
                context.Response.OnStarting(async () => await Task.Yield());
                await following(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task An_error_answer_is_sent_with_its_length()
    {
        await using var app = await TestApp.StartOnLoopbackAsync();
        using var client = new HttpClient { BaseAddress = app.Address };

        var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ nope }"}""", Encoding.UTF8, "application/json"));

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Contains("Cannot query field", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task A_get_and_a_head_announce_the_same_length()
    {
        await using var app = await TestApp.StartOnLoopbackAsync();
        using var client = new HttpClient { BaseAddress = app.Address };
        var uri = "/graphql?query=%7B%20hello%20%7D";

        var get = await client.GetAsync(uri);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri));

        var bytes = await get.Content.ReadAsByteArrayAsync();
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", Encoding.UTF8.GetString(bytes));
        Assert.Equal(bytes.Length, get.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(bytes.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
