using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Validation;

namespace Tracker.GraphQL.Tests.Validation;

/// <summary>How the validator calls the handlers a rule registers (graphql-js visitInParallel).</summary>
public sealed class RuleVisitorTests
{
    /// <summary>Two handlers for fields: the first skips the subtree of <c>outer</c>, the second records every field it sees.</summary>
    private sealed class TwoFieldHandlersRule(List<string> skipperSaw, List<string> recorderSaw) : ValidationRule
    {
        public override string Name => "TwoFieldHandlers";

        public override void Register(ValidationContext context, RuleVisitor visitor)
        {
            visitor.Enter<FieldNode>(NodeKind.Field, field =>
            {
                skipperSaw.Add(field.Name.Value);
                return field.Name.Value != "outer";
            });
            visitor.Enter<FieldNode>(NodeKind.Field, field => recorderSaw.Add(field.Name.Value));
        }
    }

    /// <summary>A rule after the skipping one, which must see the whole document.</summary>
    private sealed class RecordingRule(List<string> saw) : ValidationRule
    {
        public override string Name => "Recording";

        public override void Register(ValidationContext context, RuleVisitor visitor) =>
            visitor.Enter<FieldNode>(NodeKind.Field, field => saw.Add(field.Name.Value));
    }

    [Fact]
    public void Every_handler_of_a_rule_sees_the_node_that_one_of_them_skips_and_none_sees_its_subtree()
    {
        var schema = SchemaBuilder.Build("type Query { outer: Inner, other: Int } type Inner { inner: Int }");
        List<string> skipperSaw = [], recorderSaw = [], otherRuleSaw = [];

        DocumentValidator.Validate(
            schema,
            Parser.Parse("{ outer { inner } other }"),
            [new TwoFieldHandlersRule(skipperSaw, recorderSaw), new RecordingRule(otherRuleSaw)]);

        Assert.Equal(["outer", "other"], skipperSaw);
        Assert.Equal(["outer", "other"], recorderSaw);
        Assert.Equal(["outer", "inner", "other"], otherRuleSaw);
    }
}
