using System.Text;
using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Tests.Validation;

public sealed class ValidationLimitsTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.Build("type Query { node: Node } type Node { id: ID name: String next: Node }");

    /// <summary>
    /// Each fragment spreads the previous one four times: a naive OverlappingFieldsCanBeMerged would compare
    /// 4^40 field pairs. With graphql-js's caches this document validates in linear work.
    /// </summary>
    [Fact]
    public void Repeated_fragment_spreads_do_not_blow_up_field_merging()
    {
        var document = new StringBuilder("{ node { ...F40 } }\nfragment F0 on Node { id name }\n");
        for (var i = 1; i <= 40; i++)
        {
            document.Append($"fragment F{i} on Node {{ ...F{i - 1} ...F{i - 1} next {{ ...F{i - 1} }} ...F{i - 1} }}\n");
        }

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document.ToString()));

        Assert.Empty(errors);
    }

    [Fact]
    public void A_wide_selection_of_one_field_validates()
    {
        var document = "{ node { " + string.Concat(Enumerable.Repeat("id name ", 300)) + "} }";

        Assert.Empty(DocumentValidator.Validate(Schema, Parser.Parse(document)));
    }

    /// <summary>Comparing every pair of 4,000 same-named fields exceeds the work budget: graphql-js aborts too.</summary>
    [Fact]
    public void A_huge_selection_of_one_field_aborts_validation_instead_of_running_for_ever()
    {
        var document = "{ node { " + string.Concat(Enumerable.Repeat("id name ", 2000)) + "} }";

        var error = Assert.Single(DocumentValidator.Validate(Schema, Parser.Parse(document)));

        Assert.Equal("Validation aborted.", error.Message);
    }

    [Fact]
    public void Too_many_errors_stop_validation_with_graphql_js_message()
    {
        var document = "{ " + string.Concat(Enumerable.Range(0, 150).Select(i => $"unknown{i} ")) + "}";

        var errors = DocumentValidator.Validate(Schema, Parser.Parse(document), options: new ValidationOptions { MaxErrors = 100 });

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
        Assert.All(errors, e => Assert.Equal(ErrorCodes.ValidationFailed, e.Code));
    }

    [Theory]
    [InlineData("ScalarLeafs")]
    [InlineData("ScalarLeafsRule")]
    [InlineData("OverlappingFieldsCanBeMerged")]
    [InlineData("UniqueTypeNames")]
    public void Rules_are_addressable_by_graphql_js_name(string name)
    {
        Assert.NotNull(SpecifiedRules.ByName(name));
    }
}
