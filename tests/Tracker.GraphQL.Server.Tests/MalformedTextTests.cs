using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>
/// JSON that parses but whose strings are not Unicode text (an escaped lone surrogate, bytes that are not UTF-8):
/// over every transport a clear GraphQL error, never an empty 500, a dropped socket or a stack trace in the log.
/// </summary>
public sealed class MalformedTextTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync(logs: _logs);

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        // Client mistakes are no server errors: nothing logged at Error, no exception (with its stack trace) at the levels a server logs.
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error || (e.Level >= LogLevel.Information && e.Exception is not null));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostBytes(byte[] body, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await _app.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task A_lone_surrogate_in_the_query_is_the_syntax_error_graphql_js_gives()
    {
        var (status, body) = await PostBytes(Utf8("""{"query":"{ \ud800__typename }"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Syntax Error: Invalid character: U+D800.", Message(body));
        Assert.Equal("GRAPHQL_PARSE_FAILED", Code(body));
        Assert.Equal("""[{"line":1,"column":3}]""", body.GetProperty("errors")[0].GetProperty("locations").GetRawText());
    }

    [Fact]
    public async Task A_lone_surrogate_inside_a_string_of_the_query_is_the_string_syntax_error()
    {
        var (_, body) = await PostBytes(Utf8("""{"query":"{ hello(name: \"a\udc00\") }"}"""));

        Assert.Equal("Syntax Error: Invalid character within String: U+DC00.", Message(body));
    }

    [Theory]
    [InlineData("""{"query":"query ($n: String) { hello(name: $n) }","variables":{"n":"\ud800"}}""", "variables", """holds a lone surrogate (\ud800)""")]
    [InlineData("""{"query":"{ hello }","variables":{"\udfff":1}}""", "variables", """holds a lone surrogate (\udfff)""")]
    [InlineData("""{"query":"{ hello }","variables":{"n":[{"deep":"x\ud83dy"}]}}""", "variables", """holds a lone surrogate (\ud83d)""")]
    [InlineData("""{"query":"{ hello }","operationName":"\ud800"}""", "operationName", """holds a lone surrogate (\ud800)""")]
    [InlineData("""{"query":"{ hello }","extensions":{"x":"\ud800"}}""", "extensions", """holds a lone surrogate (\ud800)""")]
    [InlineData("""{"\ud800":1,"query":"{ hello }"}""", null, """holds a lone surrogate (\ud800)""")]
    public async Task A_lone_surrogate_anywhere_else_is_a_bad_request(string json, string? parameter, string why)
    {
        var (status, body) = await PostBytes(Utf8(json));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(parameter is null ? $"The request body is not Unicode text: a property name {why}." : $"The parameter \"{parameter}\" is not Unicode text: it {why}.", Message(body));
        Assert.Equal("BAD_REQUEST", Code(body));
    }

    [Fact]
    public async Task A_surrogate_pair_is_text_and_runs()
    {
        var (status, body) = await PostBytes(Utf8("""{"query":"query ($n: String) { hello(name: $n) }","variables":{"n":"\ud83d\ude00"}}"""));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Hello, \U0001F600!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("query")]
    [InlineData("variables")]
    [InlineData("operationName")]
    public async Task Bytes_that_are_not_utf8_inside_a_string_are_a_bad_request(string parameter)
    {
        byte[] invalid = [0xC3, 0x28];
        byte[] body = parameter switch
        {
            "query" => [.. Utf8("""{"query":"{ hello """), .. invalid, .. Utf8(""" }"}""")],
            "variables" => [.. Utf8("""{"query":"{ hello }","variables":{"n":" """), .. invalid, .. Utf8("\"}}")],
            _ => [.. Utf8("""{"query":"{ hello }","operationName":" """), .. invalid, .. Utf8("\"}")],
        };

        var (status, response) = await PostBytes(body, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal($"The parameter \"{parameter}\" is not Unicode text: it holds bytes that are not UTF-8.", Message(response));
        Assert.Equal("BAD_REQUEST", Code(response));
    }

    [Fact]
    public async Task A_lone_surrogate_in_the_variables_of_a_get_request_is_a_bad_request()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query ($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"\ud800"}""");

        var response = await _app.Client.GetAsync(url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BAD_REQUEST", Code(body));
        Assert.Equal("""The parameter "variables" is not Unicode text: it holds a lone surrogate (\ud800).""", Message(body));
    }

    [Fact]
    public async Task Event_stream_requests_get_the_same_answers()
    {
        var badVariables = await _app.Client.SendAsync(Post("""{"query":"subscription { countdown(from: 1) }","variables":{"n":"\ud800"}}""", "text/event-stream"));
        var badQuery = await _app.Client.SendAsync(Post("""{"query":"subscription { \ud800countdown(from: 1) }"}""", "text/event-stream"));

        Assert.Equal(HttpStatusCode.BadRequest, badVariables.StatusCode);
        Assert.Contains("BAD_REQUEST", await badVariables.Content.ReadAsStringAsync());
        // A GraphQL error (here the parser's) is reported in the stream, as graphql-sse's protocol requires.
        var stream = await badQuery.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, badQuery.StatusCode);
        Assert.StartsWith("event: next\ndata: ", stream);
        Assert.Equal("Syntax Error: Invalid character: U+D800.", Message(JsonDocument.Parse(stream.Split('\n')[1]["data: ".Length..]).RootElement));
        Assert.EndsWith("event: complete\ndata: \n\n", stream);
    }

    [Fact]
    public async Task Over_websocket_a_lone_surrogate_in_the_query_is_an_error_message_and_the_connection_goes_on()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();

        await client.SendTextAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { \ud800countdown(from: 1) }"}}""");
        var error = (await client.ReceiveAsync())!.Value;
        await client.SendAsync(new { type = "ping" });

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("Syntax Error: Invalid character: U+D800.", error.GetProperty("payload")[0].GetProperty("message").GetString());
        Assert.Equal("pong", await client.ReceiveTypeAsync());
    }

    [Theory]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }","variables":{"n":"\ud800"}}}""")]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }","operationName":"\udc00"}}""")]
    [InlineData("""{"id":"\ud800","type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"ping","payload":{"\ud800":1}}""")]
    [InlineData("""{"\udc00":1,"type":"ping"}""")]
    public async Task Over_websocket_a_lone_surrogate_elsewhere_closes_with_4400_and_a_reason(string message)
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();

        await client.SendTextAsync(message);

        Assert.Null(await client.ReceiveAsync());
        Assert.Equal((WebSocketCloseStatus)4400, client.Socket.CloseStatus);
        Assert.StartsWith("Invalid message received: a string holds a lone surrogate (\\u", client.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Over_websocket_a_message_that_is_not_utf8_closes_with_4400()
    {
        await using var client = await WebSocketClient.ConnectAsync(_app);
        await client.InitAsync();

        byte[] message = [.. Utf8("""{"id":"1","type":"subscribe","payload":{"query":"{ hello """), 0xC3, 0x28, .. Utf8(""" }"}}""")];
        await client.Socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None);

        Assert.Null(await client.ReceiveAsync());
        Assert.Equal((WebSocketCloseStatus)4400, client.Socket.CloseStatus);
        Assert.Equal("Invalid message received: not UTF-8 text", client.Socket.CloseStatusDescription);
    }
}
