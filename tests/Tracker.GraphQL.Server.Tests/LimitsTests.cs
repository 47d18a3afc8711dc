using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using static Tracker.GraphQL.Server.Tests.HttpTransportTests;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>Every limit refuses before any resolver runs, with a GraphQL error and its extensions.code.</summary>
public sealed class LimitsTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, int ResolverCalls)> Run(
        Action<Configuration.GraphQLServerOptions> configure,
        string query,
        object? variables = null)
    {
        await using var app = await TestApp.StartAsync(configure);
        var response = await app.Client.SendAsync(Post(Json(new { query, variables }), "application/graphql-response+json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body, app.Services.GetRequiredService<Bookshop>().ResolverCalls);
    }

    private static string Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Depth_beyond_the_limit_is_refused()
    {
        var (status, body, calls) = await Run(o => o.Operation = o.Operation with { MaxDepth = 3 }, "{ hello deep { nested { nested { value } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("MAX_DEPTH_EXCEEDED", Code(body));
        Assert.Equal("The operation has a depth of 4; at most 3 is allowed.", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Too_many_aliases_are_refused()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 5).Select(i => $"a{i}: hello ")) + "}";

        var (_, body, calls) = await Run(o => o.Operation = o.Operation with { MaxAliases = 4 }, query);

        Assert.Equal("MAX_ALIASES_EXCEEDED", Code(body));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Cost_multiplies_by_page_size_and_is_refused_beyond_the_budget()
    {
        var (_, body, _) = await Run(o => o.Operation = o.Operation with { MaxCost = 100 }, "{ books(first: 50) { title author { name } } }");

        Assert.Equal("MAX_COST_EXCEEDED", Code(body));
        Assert.Equal("The operation has an estimated cost of 151; at most 100 is allowed.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Page_size_beyond_the_maximum_is_refused_also_through_variables()
    {
        var (_, literal, _) = await Run(o => o.Operation = o.Operation with { MaxPageSize = 20 }, "{ books(first: 21) { id } }");
        var (_, variable, _) = await Run(o => o.Operation = o.Operation with { MaxPageSize = 20 }, "query($n: Int) { books(first: $n) { id } }", new { n = 500 });

        Assert.Equal("PAGE_SIZE_EXCEEDED", Code(literal));
        Assert.Equal("PAGE_SIZE_EXCEEDED", Code(variable));
        Assert.Equal("The field \"Query.books\" asks for a page of 500 items; at most 20 are allowed.", variable.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_document_that_passed_with_one_page_size_is_measured_again_with_another()
    {
        // An operation within the limits whatever its variables is measured once; one sized by a variable, every time.
        await using var app = await TestApp.StartAsync(o => o.Operation = o.Operation with { MaxPageSize = 20 });
        const string sized = "query($n: Int) { books(first: $n) { id } }";
        const string fixedSize = "query($s: String) { books(first: 2) { id } hello(name: $s) }";

        var within = await Send(app, sized, new { n = 2 });
        var beyond = await Send(app, sized, new { n = 500 });
        var fixedFirst = await Send(app, fixedSize, new { s = "a" });
        var fixedAgain = await Send(app, fixedSize, new { s = "b" });

        Assert.Equal(2, within.GetProperty("data").GetProperty("books").GetArrayLength());
        Assert.Equal("PAGE_SIZE_EXCEEDED", Code(beyond));
        Assert.Equal(2, fixedFirst.GetProperty("data").GetProperty("books").GetArrayLength());
        Assert.Equal("Hello, b!", fixedAgain.GetProperty("data").GetProperty("hello").GetString());
    }

    private static async Task<JsonElement> Send(TestApp app, string query, object variables)
    {
        var response = await app.Client.SendAsync(Post(Json(new { query, variables }), "application/graphql-response+json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Token_count_beyond_the_limit_is_a_parse_error()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("hello ", 50)) + "}";

        var (_, body, calls) = await Run(o => o.Parse = o.Parse with { MaxTokens = 20 }, query);

        Assert.Equal("GRAPHQL_PARSE_FAILED", Code(body));
        Assert.Contains("more than 20 tokens", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Variables_nested_deeper_than_json_allows_are_a_bad_request_and_nothing_runs()
    {
        // Coercing variables recurses once per level: the JSON reader's depth limit (64) is what keeps a client's
        // nesting from reaching it, over POST and GET alike. (200 levels: over the limit, yet shallow enough that a
        // regression fails this test rather than the test process.)
        await using var app = await TestApp.StartAsync();
        static string Nested(int levels) => string.Concat(Enumerable.Repeat("{\"a\":[", levels)) + "1" + string.Concat(Enumerable.Repeat("]}", levels));

        var post = await app.Client.SendAsync(Post("{\"query\":\"query ($v: BookInput) { hello }\",\"variables\":{\"v\":" + Nested(200) + "}}"));
        var get = await app.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query ($v: BookInput) { hello }") + "&variables=" + Uri.EscapeDataString("{\"v\":" + Nested(200) + "}"));

        foreach (var response in new[] { post, get })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("BAD_REQUEST", Code(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
        }
        Assert.Equal(0, app.Services.GetRequiredService<Bookshop>().ResolverCalls);
    }

    [Fact]
    public async Task Execution_beyond_the_timeout_is_stopped()
    {
        var (status, body, _) = await Run(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(100), "{ slow(ms: 10000) }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("EXECUTION_TIMEOUT", Code(body));
    }

    [Fact]
    public async Task Bodies_beyond_the_size_limit_get_413()
    {
        await using var app = await TestApp.StartAsync(o => o.MaxRequestBodyBytes = 100);

        var response = await app.Client.SendAsync(Post(Json(new { query = "{ hello }", variables = new { padding = new string('x', 200) } })));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("REQUEST_TOO_LARGE", Code(body));
    }

    [Fact]
    public async Task Introspection_is_exempt_from_depth_but_bounded_by_its_own_rule()
    {
        var (_, allowed, _) = await Run(o => o.Operation = o.Operation with { MaxDepth = 2 }, "{ __schema { types { name fields { name type { name } } } } }");
        var (_, refused, _) = await Run(o => { }, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");

        Assert.False(allowed.TryGetProperty("errors", out _));
        Assert.Equal("Maximum introspection depth exceeded", refused.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Aliases_inside_introspection_count_and_a_list_does_not_multiply_them()
    {
        var introspection = "{ __schema { " + string.Concat(Enumerable.Range(0, 5).Select(i => $"t{i}: types {{ name }} ")) + "} }";
        var listed = "{ books(first: 50) { t: title } }";

        var (_, refused, calls) = await Run(o => o.Operation = o.Operation with { MaxAliases = 4 }, introspection);
        var (_, allowed, _) = await Run(o => o.Operation = o.Operation with { MaxAliases = 4 }, listed);

        Assert.Equal("MAX_ALIASES_EXCEEDED", Code(refused));
        Assert.Equal(0, calls);
        Assert.False(allowed.TryGetProperty("errors", out _), allowed.ToString());
    }

    [Fact]
    public async Task Page_sizes_from_variable_defaults_are_checked_and_numbers_beyond_int_left_to_coercion()
    {
        var (_, fromDefault, calls) = await Run(o => o.Operation = o.Operation with { MaxPageSize = 20 }, "query($n: Int = 500) { books(first: $n) { id } }");
        var (_, beyondInt, _) = await Run(o => { }, "query($n: Int) { books(first: $n) { id } }", new { n = 1e20 });

        Assert.Equal("PAGE_SIZE_EXCEEDED", Code(fromDefault));
        Assert.Equal(0, calls);
        Assert.StartsWith("Variable \"$n\" has invalid value", beyondInt.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
