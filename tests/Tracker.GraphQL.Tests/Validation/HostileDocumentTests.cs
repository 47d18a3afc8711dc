using System.Text;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Tests.Validation;

/// <summary>
/// Documents built to make validation expensive or deep: validation must finish, and never crash the process.
/// Sizes are chosen so that an exponential or unguarded algorithm could not get through them.
/// </summary>
public sealed class HostileDocumentTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build("type Query { node: Node } type Node { id: ID name: String next: Node }");

    private static readonly ParseOptions Unlimited = new() { MaxTokens = null };

    private static string FragmentChain(int length)
    {
        var document = new StringBuilder("{ node { ...F0 } }\n");
        for (var i = 0; i < length; i++)
        {
            document.Append($"fragment F{i} on Node {{ id ...F{i + 1} }}\n");
        }
        return document.Append($"fragment F{length} on Node {{ id }}").ToString();
    }

    /// <summary>graphql-js 17.1.0 answers exactly this: its fragment work budget runs out.</summary>
    [Theory]
    [InlineData(1000)]
    [InlineData(3000)]
    public void A_long_fragment_chain_exhausts_the_fragment_work_budget_as_in_graphql_js(int length)
    {
        var errors = DocumentValidator.Validate(Schema, Parser.Parse(FragmentChain(length), Unlimited));

        var error = Assert.Single(errors);
        Assert.Equal("Validation aborted.", error.Message);
        Assert.Null(error.Locations);
    }

    /// <summary>
    /// Rules that follow fragment spreads recurse once per link of a chain. On a small stack the stack guard
    /// stops them with "Validation aborted." (graphql-js overflows its stack on such chains).
    /// </summary>
    [Fact]
    public void Recursion_along_a_fragment_chain_cannot_overflow_the_stack()
    {
        // Unreferenced fragments: no fragment budget is spent on them, only NoFragmentCycles follows the chain.
        var document = new StringBuilder("{ node { id } }\n");
        for (var i = 0; i < 20_000; i++)
        {
            document.Append($"fragment F{i} on Node {{ ...F{i + 1} }}\n");
        }
        document.Append("fragment F20000 on Node { id }");
        var parsed = Parser.Parse(document.ToString(), Unlimited);
        var rules = new[] { SpecifiedRules.ByName("NoFragmentCycles")! };
        IReadOnlyList<GraphQLError>? errors = null;

        var thread = new Thread(() => errors = DocumentValidator.Validate(Schema, parsed, rules), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(["Validation aborted."], errors!.Select(e => e.Message));
    }

    [Fact]
    public void A_long_acyclic_fragment_chain_validates_when_the_stack_allows_it()
    {
        var document = new StringBuilder("{ node { id } }\n");
        for (var i = 0; i < 200; i++)
        {
            document.Append($"fragment F{i} on Node {{ ...F{i + 1} }}\n");
        }
        document.Append("fragment F200 on Node { id }");

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document.ToString()), [SpecifiedRules.ByName("NoFragmentCycles")!]);

        Assert.Empty(errors);
    }

    /// <summary>Each fragment spreads the one before it three times at three depths: 3^30 paths, linear work.</summary>
    [Fact]
    public void Fragments_spreading_the_previous_one_repeatedly_at_several_depths_validate()
    {
        var document = new StringBuilder("{ node { ...F30 } }\nfragment F0 on Node { id name }\n");
        for (var i = 1; i <= 30; i++)
        {
            document.Append($"fragment F{i} on Node {{ ...F{i - 1} next {{ ...F{i - 1} next {{ ...F{i - 1} id }} }} ...F{i - 1} }}\n");
        }

        Assert.Empty(DocumentValidator.Validate(Schema, Parser.Parse(document.ToString())));
    }

    /// <summary>The same conflict reached through 3^20 fragment paths is found and reported once (as graphql-js does).</summary>
    [Fact]
    public void A_conflict_reached_through_many_repeated_fragments_is_reported_once()
    {
        var document = new StringBuilder("{ node { ...F20 x: name } }\nfragment F0 on Node { x: id }\n");
        for (var i = 1; i <= 20; i++)
        {
            document.Append($"fragment F{i} on Node {{ ...F{i - 1} ...F{i - 1} ...F{i - 1} }}\n");
        }

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document.ToString()));

        ValidationHarness.AssertErrors(
            [
                ValidationHarness.E(
                    "Fields \"x\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.",
                    (1, 17),
                    (2, 23)),
            ],
            errors);
    }

    [Fact]
    public void Hundreds_of_identical_fields_in_nested_selections_validate()
    {
        var wide = string.Concat(Enumerable.Repeat("id name next { id } ", 200));
        var document = $"{{ node {{ {wide} next {{ {wide} }} }} }}";

        Assert.Empty(DocumentValidator.Validate(Schema, Parser.Parse(document)));
    }

    [Fact]
    public void Selections_nested_to_the_parser_limit_validate()
    {
        const int depth = 120;
        var document = "{ node " + string.Concat(Enumerable.Repeat("{ next ", depth)) + "{ id }" + new string('}', depth) + " }";

        Assert.Empty(DocumentValidator.Validate(Schema, Parser.Parse(document)));
    }

    /// <summary>
    /// A parser limit raised far beyond the default must not let nesting overflow the validator's stack:
    /// the walk keeps its own stack, so a valid 5,000-deep document validates cleanly on a 256 KB thread.
    /// </summary>
    [Fact]
    public void Nesting_far_beyond_the_stack_validates_without_overflowing_it()
    {
        const int depth = 5_000;
        var text = "{ node " + string.Concat(Enumerable.Repeat("{ next ", depth)) + "{ id }" + new string('}', depth) + " }";
        DocumentNode? document = null;
        var parse = new Thread(() => document = Parser.Parse(text, new ParseOptions { MaxDepth = depth * 2, MaxTokens = null }), maxStackSize: 64 * 1024 * 1024);
        parse.Start();
        parse.Join();
        IReadOnlyList<GraphQLError>? errors = null;

        var validate = new Thread(() => errors = DocumentValidator.Validate(Schema, document!), maxStackSize: 256 * 1024);
        validate.Start();
        validate.Join();

        Assert.NotNull(errors);
        Assert.Empty(errors);
    }

    [Fact]
    public void Many_operations_sharing_many_fragments_validate()
    {
        var document = new StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            document.Append($"query Q{i}($v: ID) {{ node {{ ...A ...B ...C }} }}\n");
        }
        document.Append("fragment A on Node { id ...B }\nfragment B on Node { name ...C }\nfragment C on Node { next { id } }");

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document.ToString()));

        Assert.Equal(100, errors.Count);
        Assert.All(errors, e => Assert.StartsWith("Variable \"$v\" is never used in operation \"Q", e.Message, StringComparison.Ordinal));
    }
}
