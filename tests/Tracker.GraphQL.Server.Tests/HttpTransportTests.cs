using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>The GraphQL-over-HTTP rules: methods, media types, status codes, malformed requests.</summary>
public sealed class HttpTransportTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    internal static HttpRequestMessage Post(string body, string? accept = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return request;
    }

    internal static string Json(object value) => JsonSerializer.Serialize(value);

    private async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> Send(HttpRequestMessage request)
    {
        var response = await _app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Post_with_json_executes_and_answers_application_json()
    {
        var (status, mediaType, body) = await Send(Post(Json(new { query = "query($n: String) { hello(name: $n) }", variables = new { n = "Ada" } })));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        Assert.Equal("Hello, Ada!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    [InlineData(null, "application/json")]
    public async Task The_accept_header_chooses_the_response_media_type(string? accept, string expected)
    {
        var (status, mediaType, _) = await Send(Post(Json(new { query = "{ hello }" }), accept));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, mediaType);
    }

    [Fact]
    public async Task An_unacceptable_accept_header_gets_406()
    {
        var response = await _app.Client.SendAsync(Post(Json(new { query = "{ hello }" }), "text/csv"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json;q=0, */*", "application/graphql-response+json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/graphql-response+json;q=0.5, application/json;q=0.8", "application/json")]
    [InlineData("application/*;q=0.1, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("text/event-stream;q=0, application/json", "application/json")]
    public async Task Accept_is_read_with_its_qualities_and_specificity(string accept, string mediaType)
    {
        var response = await _app.Client.SendAsync(Post(Json(new { query = "{ hello }" }), accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("application/jsonp")]
    [InlineData("application/json-patch+json")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Other_body_types_and_charsets_get_415(string contentType)
    {
        var response = await _app.Client.SendAsync(Post(Json(new { query = "{ hello }" }), contentType: contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_operation_name_is_no_operation_name()
    {
        var response = await _app.Client.GetAsync("/graphql?query=%7B+hello+%7D&operationName=");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hello, world!", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{ hello(", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task Request_errors_are_400_with_graphql_response_json_and_200_with_json(string query, string code)
    {
        var (strictStatus, _, strictBody) = await Send(Post(Json(new { query }), "application/graphql-response+json"));
        var (legacyStatus, _, legacyBody) = await Send(Post(Json(new { query }), "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, strictStatus);
        Assert.Equal(HttpStatusCode.OK, legacyStatus);
        foreach (var body in new[] { strictBody, legacyBody })
        {
            Assert.False(body.TryGetProperty("data", out _));
            Assert.Equal(code, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Variable_coercion_errors_are_request_errors()
    {
        var (status, _, body) = await Send(Post(Json(new { query = "query($id: ID!) { book(id: $id) { title } }", variables = new { id = true } }), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Variable \"$id\" has invalid value", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(1, body.GetProperty("errors")[0].GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Theory]
    [InlineData("{ hello(name: \"a\\u0000b\") }", 1, 15)]
    [InlineData("{ hello(name: \"fine\") book(id: \"\\u{0}\") { title } }", 1, 32)]
    public async Task A_nul_character_in_a_literal_is_refused_at_the_literal(string query, int line, int column)
    {
        var (status, _, body) = await Send(Post(Json(new { query }), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("String values cannot contain U+0000 (the NUL character): the database cannot store it.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(line, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(column, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task A_nul_character_deep_inside_a_variable_is_refused_before_any_resolver_runs()
    {
        var query = "mutation ($title: String, $input: BookInput!) { rename(id: \"1\", title: $title) addBook(input: $input) { title } }";
        var (status, _, body) = await Send(Post(Json(new { query, variables = new { title = "fine", input = new { title = "Bad\u0000Title" } } }), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Variable \"$input\" cannot contain U+0000 (the NUL character): the database cannot store it.", error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(27, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("query a { hello } query b { hello }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query a { hello }", "b", "Unknown operation named \"b\".")]
    public async Task An_operation_that_cannot_be_chosen_is_a_coded_request_error(string query, string? operationName, string message)
    {
        var (status, _, body) = await Send(Post(Json(new { query, operationName }), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(message, body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("OPERATION_RESOLUTION_FAILURE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Field_errors_keep_status_200_with_data()
    {
        var (status, _, body) = await Send(Post(Json(new { query = "{ hello fail }" }), "application/graphql-response+json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("fail").ValueKind);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{}", "has no query")]
    [InlineData("{\"query\": 42}", "\"query\" must be a string")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"x\"}", "\"variables\" must be a JSON object")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": [1]}", "\"variables\" must be a JSON object")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": {}}", "\"operationName\" must be a string")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": 3}", "\"extensions\" must be a JSON object")]
    [InlineData("{\"query\": \"{ hello }\", \"query\": \"{ __typename }\"}", "The request body gives the property \"query\" more than once")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": {\"a\": 1, \"a\": 2}}", "The parameter \"variables\" gives the property \"a\" more than once")]
    public async Task Malformed_requests_get_400_with_a_graphql_error_body(string body, string expectedMessage)
    {
        foreach (var accept in new[] { "application/json", "application/graphql-response+json" })
        {
            var (status, _, json) = await Send(Post(body, accept));

            Assert.Equal(HttpStatusCode.BadRequest, status);
            var error = json.GetProperty("errors")[0];
            Assert.Contains(expectedMessage, error.GetProperty("message").GetString());
            Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Null_optional_parameters_are_allowed()
    {
        var (status, _, body) = await Send(Post("{\"query\": \"{ hello }\", \"variables\": null, \"operationName\": null, \"extensions\": null}"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        var response = await _app.Client.SendAsync(Post("{ hello }", contentType: "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_executes_queries_from_the_query_string()
    {
        var (status, _, body) = await Send(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("{\"n\":\"Bo\"}")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Hello, Bo!", body.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405()
    {
        var before = _app.Services.GetRequiredService<Bookshop>().Books.Count;
        var response = await _app.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { addBook(input: {title: \"X\"}) { id } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Equal(before, _app.Services.GetRequiredService<Bookshop>().Books.Count);
    }

    [Fact]
    public async Task Other_methods_are_refused_with_405()
    {
        // PUT and DELETE belong to graphql-sse's single connection mode (SingleConnectionEventStreamTests).
        var response = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/graphql") { Content = new StringContent("{}") });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST", "PUT", "DELETE"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Head_works_wherever_get_does()
    {
        var query = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/graphql?query=%7B+hello+%7D"));
        var asset = await _app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/graphql/playground/graphiql.js"));

        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
        Assert.Equal("application/json", query.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
    }

    [Fact]
    public async Task Mutations_run_over_post_and_bind_inputs_to_records_and_enums()
    {
        var (_, _, body) = await Send(Post(Json(new { query = "mutation { addBook(input: {title: \"New\", pages: 12, kind: HARD_COVER}) { title pages kind } }" })));

        var book = body.GetProperty("data").GetProperty("addBook");
        Assert.Equal("New", book.GetProperty("title").GetString());
        Assert.Equal(12, book.GetProperty("pages").GetInt32());
        Assert.Equal("HARD_COVER", book.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Optional_arguments_tell_absent_from_null()
    {
        var (_, _, body) = await Send(Post(Json(new { query = "mutation { a: rename(id: \"1\") b: rename(id: \"1\", title: null) c: rename(id: \"1\", title: \"T\") }" })));

        var data = body.GetProperty("data");
        Assert.Equal("1: unchanged", data.GetProperty("a").GetString());
        Assert.Equal("1: set to null", data.GetProperty("b").GetString());
        Assert.Equal("1: set to T", data.GetProperty("c").GetString());
    }

    [Fact]
    public async Task Unexpected_exceptions_are_masked()
    {
        var (_, _, body) = await Send(Post(Json(new { query = "{ fail }" })));

        var error = body.GetProperty("errors")[0];
        Assert.Equal("Unexpected error.", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("secret", body.GetRawText());
        Assert.False(error.GetProperty("extensions").TryGetProperty("exception", out _));
    }

    [Fact]
    public async Task Exception_details_appear_only_when_enabled()
    {
        await using var app = await TestApp.StartAsync(options => options.IncludeExceptionDetails = true);

        var response = await app.Client.SendAsync(Post(Json(new { query = "{ fail }" })));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var exception = body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("exception");
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Repeated_documents_are_parsed_and_validated_once()
    {
        var executor = _app.Services.GetRequiredService<Execution.RequestExecutor>();
        var before = executor.Documents.Count;

        for (var i = 0; i < 5; i++)
        {
            await _app.Client.SendAsync(Post(Json(new { query = "{ books(first: 2) { id } }" })));
        }

        Assert.Equal(before + 1, executor.Documents.Count);
    }
}
