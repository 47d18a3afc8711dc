using Microsoft.Extensions.DependencyInjection;
using Tracker.GraphQL.Server.Binding;
using Tracker.GraphQL.Server.Configuration;
using Tracker.GraphQL.Server.Execution;

namespace Tracker.GraphQL.Server.Tests;

/// <summary>A resolver takes a group of its field's arguments as one record (<see cref="ArgumentsAttribute"/>).</summary>
public sealed class ArgumentsBindingTests
{
    public sealed record PageRequest(int? First, string? After, string? Order = "by default");

    [GraphQLType("Query")]
    public sealed class PagedQuery
    {
        public string Page([Arguments] PageRequest request, string label) =>
            $"{label}: first {request.First}, after {request.After ?? "none"}, order {request.Order}";
    }

    private static ServiceProvider Server(string sdl)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        GraphQLServiceCollectionExtensions.AddGraphQLServer(services).AddSchemaFromString(sdl).AddResolvers<PagedQuery>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task The_record_receives_the_arguments_it_names_and_its_defaults_for_those_the_field_lacks()
    {
        await using var provider = Server("type Query { page(first: Int, after: String, label: String!): String }");
        var executor = provider.GetRequiredService<RequestExecutor>();
        await using var scope = provider.CreateAsyncScope();

        var response = await executor.ExecuteAsync(
            new GraphQLRequest { Query = "{ page(first: 2, label: \"p\") }" }, scope.ServiceProvider, null, allowMutations: false, CancellationToken.None);

        Assert.Null(response.Result.Errors);
        Assert.Equal("p: first 2, after none, order by default", response.Result.Data!["page"]);
    }

    [Fact]
    public void A_record_that_needs_an_argument_the_field_lacks_is_a_binding_problem()
    {
        using var provider = Server("type Query { page(first: Int, label: String!): String }");

        var exception = Assert.Throws<BindingException>(() => provider.GetRequiredService<GraphQL.Types.GraphQLSchema>());

        Assert.Contains("PagedQuery.Page (field Query.page): PageRequest takes \"After\", which is not an argument of the field.", exception.Problems);
    }
}
