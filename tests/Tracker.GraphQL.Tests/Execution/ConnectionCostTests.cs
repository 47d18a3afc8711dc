using Tracker.GraphQL.Execution.Limits;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;

namespace Tracker.GraphQL.Tests.Execution;

/// <summary>
/// The cost estimate understands Relay connections: a page size on a field returning a connection object counts
/// once, for the connection's list fields (edges, nodes), not again for each list inside.
/// </summary>
public sealed class ConnectionCostTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build("""
        type Query { letters(first: Int, last: Int): LetterConnection!  tags(first: Int): [String!]!  all: [Letter!]! }
        type LetterConnection { nodes: [Letter!]!  edges: [LetterEdge!]!  totalCount: Int! }
        type LetterEdge { cursor: String!  node: Letter! }
        type Letter { title: String!  signatures(first: Int): SignatureConnection! }
        type SignatureConnection { nodes: [Signature!]! }
        type Signature { name: String! }
        """);

    private static string? CostError(string query, int maxCost)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var errors = OperationLimitsAnalyzer.Check(Schema, document, operation, new Dictionary<string, object?>(), OperationLimits.Default with { MaxCost = maxCost });
        return errors.SingleOrDefault(e => (string?)e.Extensions?["code"] == LimitErrorCodes.MaxCostExceeded)?.Message;
    }

    [Theory]
    // letters 1 + totalCount 1 + nodes (1 + 50 x title 1) = 53
    [InlineData("{ letters(first: 50) { totalCount nodes { title } } }", 53)]
    // letters 1 + edges (1 + 10 x (cursor 1 + node (1 + title 1))) = 32
    [InlineData("{ letters(first: 10) { edges { cursor node { title } } } }", 32)]
    // letters 1 + nodes (1 + 50 x (signatures 1 + nodes (1 + 100 x name 1))) = 5,102
    [InlineData("{ letters(first: 50) { nodes { signatures(first: 100) { nodes { name } } } } }", 5_102)]
    // A plain paginated list multiplies its own selection; an unpaginated list uses the default list size (10).
    [InlineData("{ tags(first: 7) }", 1)]
    [InlineData("{ all { title } }", 11)]
    // No page size given: the default page size (20) applies to the connection's lists.
    [InlineData("{ letters { nodes { title } } }", 22)]
    public void Cost_counts_each_page_once(string query, int cost)
    {
        Assert.Null(CostError(query, cost));
        Assert.Equal($"The operation has an estimated cost of {cost}; at most {cost - 1} is allowed.", CostError(query, cost - 1));
    }
}
