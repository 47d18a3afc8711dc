using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Http;

// The HTTP load target of bench/http.sh: a small GraphQL query through the whole server (parse cache, validation,
// limits, execution, JSON), next to an endpoint that reads the same request body and returns the same response
// bytes without GraphQL. Their ratio is the server's distance from what Kestrel itself allows.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Services.AddGraphQLServer()
    .AddSchemaFromString("""
        type Query { greeting(name: String!): Greeting! }
        type Greeting { text: String! length: Int! tags: [String!]! }
        """)
    .AddResolvers<QueryResolvers>()
    .BindRuntimeType<Greeting>();
var app = builder.Build();
app.MapGraphQL("/graphql");
var fixedBody = """{"data":{"greeting":{"text":"Hello, load test!","length":17,"tags":["a","b","c"]}}}"""u8.ToArray();
app.MapPost("/fixed", async (HttpContext context) =>
{
    // Read the request as the GraphQL endpoint must, then answer the same bytes, with their length as it does.
    await context.Request.Body.CopyToAsync(Stream.Null);
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = fixedBody.Length;
    await context.Response.Body.WriteAsync(fixedBody);
});
// What the process has allocated so far, read by bench/http.sh before and after each run: bytes per request.
app.MapGet("/allocated", () => GC.GetTotalAllocatedBytes(precise: true));
app.Run();

[GraphQLType("Query")]
internal sealed class QueryResolvers
{
    public static Greeting Greeting(string name) => new($"Hello, {name}!", $"Hello, {name}!".Length, ["a", "b", "c"]);
}

internal sealed record Greeting(string Text, int Length, string[] Tags);
