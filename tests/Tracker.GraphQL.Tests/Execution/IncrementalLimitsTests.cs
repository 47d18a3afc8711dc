using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// Deferring or streaming work does not make it free: the operation limits measure the document as written, so a
/// deferred selection counts toward depth, aliases and cost exactly as the same selection in place, and a streamed
/// list counts its whole size (every item is delivered in the end).
/// </summary>
public sealed class IncrementalLimitsTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build(IncrementalDirectives.Sdl + """

        type Query { hero: Hero heroes: [Hero] }
        type Hero { name: String friends: [Hero] }
        """);

    private static IReadOnlyList<GraphQLError> Check(string query, OperationLimits limits)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return OperationLimitsAnalyzer.Check(Schema, document, operation, new Dictionary<string, object?>(), limits);
    }

    private static string? Message(string query, OperationLimits limits, string code) =>
        Check(query, limits).SingleOrDefault(e => (string?)e.Extensions?["code"] == code)?.Message;

    [Theory]
    [InlineData("{ hero { friends { name } } }")]
    [InlineData("{ hero { ... @defer { friends { name } } } }")]
    [InlineData("{ ... @defer { hero { friends { name } } } }")]
    [InlineData("{ hero { ...Friends @defer(label: \"friends\") } } fragment Friends on Hero { friends { name } }")]
    [InlineData("{ hero { ... @defer { friends { ... @defer { name } } } } }")]
    public void A_deferred_selection_counts_toward_depth_as_in_place(string query)
    {
        Assert.Empty(Check(query, OperationLimits.Default with { MaxDepth = 3 }));
        Assert.Equal(
            "The operation has a depth of 3; at most 2 is allowed.",
            Message(query, OperationLimits.Default with { MaxDepth = 2 }, LimitErrorCodes.MaxDepthExceeded));
    }

    [Theory]
    // hero 1 + friends (1 + 10 x name 1) = 12, deferred or not.
    [InlineData("{ hero { friends { name } } }")]
    [InlineData("{ hero { ... @defer { friends { name } } } }")]
    [InlineData("{ ... @defer(label: \"all\") { hero { friends { name } } } }")]
    // A streamed list counts all its items, not only the initial ones.
    [InlineData("{ hero { friends @stream(initialCount: 1) { name } } }")]
    [InlineData("{ hero { ... @defer { friends @stream { ... @defer { name } } } } }")]
    public void Deferred_and_streamed_selections_count_toward_cost_as_in_place(string query)
    {
        Assert.Null(Message(query, OperationLimits.Default with { MaxCost = 12 }, LimitErrorCodes.MaxCostExceeded));
        Assert.Equal(
            "The operation has an estimated cost of 12; at most 11 is allowed.",
            Message(query, OperationLimits.Default with { MaxCost = 11 }, LimitErrorCodes.MaxCostExceeded));
    }

    [Fact]
    public void Aliases_inside_deferred_fragments_count()
    {
        const string query = "{ hero { ... @defer { a: name b: name } ... @defer { c: name } } }";

        Assert.Equal(
            "The operation uses 3 aliases; at most 2 are allowed.",
            Message(query, OperationLimits.Default with { MaxAliases = 2 }, LimitErrorCodes.MaxAliasesExceeded));
    }
}
